import { defineConfig } from 'vite';
import { join } from 'node:path';

/** Builds the bare pages (index.html: simple layers; styled.html: the atlas's style) into dist/bare/, served by the same preview server as the atlas. */
export default defineConfig({
  root: import.meta.dirname,
  base: '/bare/',
  assetsInclude: ['**/*.geojson'],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: join(import.meta.dirname, '../../dist/bare'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      input: { main: join(import.meta.dirname, 'index.html'), styled: join(import.meta.dirname, 'styled.html') },
      output: { codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }] } },
    },
  },
});
