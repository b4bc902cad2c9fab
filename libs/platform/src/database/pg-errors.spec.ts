import { databaseErrorFields, isDatabaseUnavailable } from './pg-errors';
import { redactedMessage } from './redact-query-errors';

function serverError(code: string, message: string): Error & { code: string; severity: string } {
  return Object.assign(new Error(message), { code, severity: 'ERROR' });
}

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a pool that cannot hand out a connection', new Error('Knex: Timeout acquiring a connection. The pool is probably full.')],
    ['a query the server never answered', new Error('Query read timeout')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['statement_timeout', serverError('57014', 'canceling statement due to statement timeout')],
    ['lock_timeout', serverError('55P03', 'canceling statement due to lock timeout')],
    ['a server shutting down', serverError('57P01', 'terminating connection due to administrator command')],
    ['too many connections', serverError('53300', 'sorry, too many clients already')],
  ])('%s is retryable', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', serverError('23505', 'duplicate key value violates unique constraint "x"')],
    ['a programming error', new TypeError('cannot read properties of undefined')],
    ['nothing', undefined],
  ])('%s is not', (_case, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('redactedMessage', () => {
  it('keeps the server message of classes that name only objects', () => {
    const message = 'duplicate key value violates unique constraint "user_account_user_name_key"';
    expect(redactedMessage(serverError('23505', message), message)).toBe(message);
  });

  it('withholds messages that quote the input', () => {
    const message = 'invalid input syntax for type uuid: "jane@acme.com"';
    expect(redactedMessage(serverError('22P02', message), message)).toBe('PostgreSQL error 22P02 (message withheld: it may quote request values)');
  });

  it('keeps driver and network messages, which carry no values', () => {
    expect(redactedMessage(new Error('Connection terminated unexpectedly'), 'Connection terminated unexpectedly')).toBe('Connection terminated unexpectedly');
  });
});

describe('databaseErrorFields', () => {
  it('names where a statement failed, without its message', () => {
    const error = Object.assign(serverError('23505', 'duplicate key'), { constraint: 'k', table: 'user_account', schema: 'scim_users', detail: 'Key (user_name)=(jane@acme.com)' });
    expect(databaseErrorFields(error)).toEqual({ code: '23505', constraint: 'k', table: 'user_account', schema: 'scim_users' });
    expect(databaseErrorFields(new Error('not from the database'))).toBeUndefined();
  });
});
