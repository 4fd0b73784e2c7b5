import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The browser app lives in app/ and builds to dist/ at the repo root, which the Hono server
// serves in production. In dev, Vite serves the app and forwards the server's paths to it,
// so the app and its API stay same-origin (the session cookie must reach both).
const apiURL = process.env.PARLEY_API_URL ?? 'http://localhost:3001';
const serverPaths = ['/api', '/webhooks', '/healthz', '/simulator'];

export default defineConfig({
  root: fileURLToPath(new URL('./app', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Zero's client is most of the bundle and every screen needs it, so splitting buys nothing.
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: {
      ...Object.fromEntries(serverPaths.map((path) => [path, { target: apiURL }])),
      // The sync WebSocket: the server checks its Origin (this page's) and hands it to zero-cache.
      '/zero': { target: apiURL, ws: true },
    },
  },
});
