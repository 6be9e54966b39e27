import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The web app lives in src/web and is built to dist/web, which the Fastify server serves.
 * In development `npx vite` serves the app and forwards /api to the running server, so the
 * session cookie stays same-origin.
 */
export default defineConfig({
  root: path.join(here, 'src/web'),
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist/web'),
    emptyOutDir: true,
    // Mantine alone is above Vite's default warning size; one vendor chunk is fine for an intranet app.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}`,
    },
  },
});
