import { isValidDateTime } from './date-time';

describe('isValidDateTime', () => {
  it.each([
    '2020-02-29T10:00:00Z',
    '2015-10-10T14:38:21.8617979-07:00',
    '2024-06-01',
    '2024-06-01T10:00',
    '2024-06-01 10:00:00+0530',
    '0001-01-01T00:00:00z',
  ])('accepts %s', (text) => expect(isValidDateTime(text)).toBe(true));

  it.each(['2020-02-30', '2021-02-29', '1', 'May 2020', '0000-01-01', '2020-13-01', '2020-01-01T24:00:00Z', '2020-01-01T10:60:00Z', '2020-01-01T10:00:61Z', '2020-01-01T10:00:00+16:00', '+002020-01-01', ''])(
    'rejects %s',
    (text) => expect(isValidDateTime(text)).toBe(false),
  );
});
