import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: '.cache/test-results/e2e.json' }]],
    // Generous: a test here asserts behaviour, never speed, and CI is a shared 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 60_000,
    // One browser at a time: CI has two cores and SwiftShader is CPU-bound.
    fileParallelism: false,
  },
});
