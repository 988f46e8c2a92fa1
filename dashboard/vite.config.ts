// The dashboard's build: one small initial chunk (the shell, routing, sign-in), with every page, the charts and the
// query explorer split into chunks loaded on demand (issue #6: initial JS at most 300 KB gzipped).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, manifest: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/auth': 'http://localhost:4000' } },
});
