// One jest configuration shape for every workspace: @swc/jest keeps the decorator metadata that TypeORM and
// type-graphql read (ts-jest is twice as slow here; esbuild-based transforms drop the metadata).
const path = require('node:path');

const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
    target: 'es2022',
  },
  module: { type: 'commonjs' },
};

/** @returns {import('jest').Config} */
module.exports = function workspaceJestConfig(dir, overrides = {}) {
  return {
    displayName: path.basename(dir),
    rootDir: dir,
    roots: ['<rootDir>/src'],
    testMatch: ['**/__tests__/**/*.test.ts'],
    testEnvironment: 'node',
    transform: { '^.+\\.tsx?$': ['@swc/jest', swc] },
    ...overrides,
  };
};
