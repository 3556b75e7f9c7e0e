import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The browser app: served by @weldcode/server at /console/, so every asset URL is under that
 * prefix. Built into dist/app beside the tiny Node entry (consoleAssetsDir()).
 */
export default defineConfig({
  root,
  base: '/console/',
  // Workspace libraries from source, so the app builds (and the e2e test runs) without their dist.
  resolve: {
    alias: { '@weldcode/errors': fileURLToPath(new URL('../errors/src/index.ts', import.meta.url)) },
  },
  build: { outDir: 'dist/app', emptyOutDir: true, target: 'es2022' },
  server: { proxy: { '/v1': 'http://127.0.0.1:8080' } },
});
