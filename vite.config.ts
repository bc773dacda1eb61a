import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './vite-csp.ts';

export default defineConfig({
  plugins: [react(), cspPlugin()],
  // geodata/*.geojson files are imported with ?url so they ship as hashed, same-origin assets.
  assetsInclude: ['**/*.geojson'],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', port: 4173 },
});
