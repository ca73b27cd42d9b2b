import { defineConfig } from 'vite';
import path from 'node:path';

// Built into dist/viewer, which `kg serve` serves; no CDN, everything bundled.
export default defineConfig({
  root: __dirname,
  base: './',
  build: { outDir: path.join(__dirname, '..', 'dist', 'viewer'), emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
