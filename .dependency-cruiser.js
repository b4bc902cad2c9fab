/**
 * Module boundaries as code (STYLE.md §1): a lib is reached only through its public index.ts.
 * `npm run lint:boundaries` fails CI on a violation.
 */
module.exports = {
  forbidden: [
    {
      name: 'lib-internals-from-another-lib',
      comment: 'A lib may import another lib only through that lib\'s src/index.ts (its public contract).',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: ['^libs/$1/', '^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'lib-internals-from-app-or-tests',
      comment: 'The composition root, the benchmark and cross-module specs use the same public contracts.',
      severity: 'error',
      from: { path: '^(apps|test|bench)/' },
      to: { path: '^libs/[^/]+/src/', pathNot: ['^libs/[^/]+/src/index\\.ts$'] },
    },
    {
      name: 'libs-do-not-import-apps',
      comment: 'Bus-level specs beside a module (*.db.spec.ts) boot the app through the test harness; code never does.',
      severity: 'error',
      from: { path: '^libs/', pathNot: '\\.db\\.spec\\.ts$' },
      to: { path: '^(apps|test|bench)/' },
    },
    {
      name: 'foundations-import-no-business-module',
      comment: 'platform and scim-protocol sit under every business module; they never depend on one.',
      severity: 'error',
      from: { path: '^libs/(platform|scim-protocol)/' },
      to: { path: '^libs/', pathNot: '^libs/(platform|scim-protocol)/' },
    },
    {
      name: 'index-exports-only-the-contract',
      comment: 'A lib\'s index.ts exports its module and contract, never a controller or an entity.',
      severity: 'error',
      from: { path: '^libs/[^/]+/src/index\\.ts$' },
      to: { path: '\\.(controller|entity)\\.ts$' },
    },
    {
      name: 'business-index-exports-no-http',
      comment: 'HTTP request and response shapes of a business module stay behind its controllers.',
      severity: 'error',
      from: { path: '^libs/(?!platform/|scim-protocol/)[^/]+/src/index\\.ts$' },
      to: { path: '^libs/[^/]+/src/http/' },
    },
    {
      name: 'no-circular-between-libs',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { circular: true, path: '^libs/', pathNot: '^libs/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '(^dist/|\\.d\\.ts$)' },
  },
};
