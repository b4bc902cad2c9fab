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
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^(apps|test|bench)/' },
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
