// The dashboard's tests: pure helpers in src/lib/__tests__, and the pages in a real browser (src/__tests__)
// against the real platform, which serves the built dashboard. ESM because the workspace is "type": "module".
// globalSetup finds the browser once per run (jest.browserSetup.mjs).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const workspaceJestConfig = require('../jest.workspace.js');

export default workspaceJestConfig(import.meta.dirname, { globalSetup: '<rootDir>/jest.browserSetup.mjs' });
