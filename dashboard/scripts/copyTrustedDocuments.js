// Puts the trusted-documents manifest (hash → operation text, written by codegen) beside the build in dist/, where
// the gateway loads it (TRUSTED_DOCUMENTS_FILE) and the gateway's image finds it with the rest of dist/. Vite empties
// dist/ on every build, so this runs after it.
import { copyFileSync } from 'node:fs';
import path from 'node:path';

const dashboard = path.join(import.meta.dirname, '..');
copyFileSync(
  path.join(dashboard, 'src', 'gql', 'persisted-documents.json'),
  path.join(dashboard, 'dist', 'persisted-documents.json'),
);
