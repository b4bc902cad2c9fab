import { InvalidConfigurationError, loadConfig } from './app-config';

describe('configuration', () => {
  it('applies the defaults and derives the public URLs', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.SCIM_MAX_RESULTS).toBe(1000);
    expect(config.scimBaseUrl).toBe('http://localhost:3000/scim/v2');
  });

  it('drops a trailing slash of PUBLIC_BASE_URL', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://scim.example.com/' }).scimBaseUrl).toBe('https://scim.example.com/scim/v2');
  });

  it('stops on a wrong value, naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(InvalidConfigurationError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });
});
