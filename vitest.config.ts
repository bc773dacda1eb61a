import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'geodata/**/*.test.ts', 'server/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: '.cache/test-results/unit.json' }]],
    testTimeout: 60_000,
  },
});
