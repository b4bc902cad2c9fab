/**
 * Runs a TypeScript entry point as its own process without a build (`node run-ts.js apps/api/src/main.ts`):
 * swc transpiles each file as Node loads it (as jest does), and `@app/<lib>` resolves like tsconfig's paths.
 */
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '../..');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const lib = /^@app\/([a-z-]+)$/.exec(request);
  return resolveFilename.call(this, lib ? path.join(root, 'libs', lib[1], 'src') : request, ...rest);
};
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
    module: { type: 'commonjs', ignoreDynamic: true },
  });
  module._compile(code, filename);
};

const entry = path.resolve(root, process.argv[2]);
process.argv.splice(1, 2, entry);
require(entry);
