// The dashboard's build: one small initial chunk (the shell, routing, sign-in), with every page, the charts and the
// query explorer split into chunks loaded on demand (issue #6: initial JS at most 300 KB gzipped). The manifest lets
// scripts/reportSize.js find the initial chunks.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL's react-compiler-runtime opens with "use no memo", a directive for React's compiler that the
        // bundle does not need; the bundler's note about dropping it is noise.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/auth': 'http://localhost:4000' } },
});
