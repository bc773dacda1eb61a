import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './vite-csp.ts';

export default defineConfig({
  plugins: [react(), cspPlugin()],
  // geodata/*.geojson files are imported with ?url so they ship as hashed, same-origin assets.
  assetsInclude: ['**/*.geojson'],
  build: {
    target: 'es2022',
    // MapLibre is one module of about 1,030 kB minified (≈ 295 kB gzip) that cannot be split; every
    // other chunk is far below this. A chunk of the app's own growing past it is still reported.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Fetched in parallel with the entry (modulepreload): MapLibre in a chunk of its own,
          // the other libraries in one (both cached across releases of the app's own code), and the
          // app's modules that the entry and the parts loaded on first use (src/ui/lazy-parts.tsx)
          // share in one, instead of a chunk per module.
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/, priority: 3 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 2 },
            { name: 'shared', test: /[\\/]src[\\/]/, minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
});
