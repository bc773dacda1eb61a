#!/usr/bin/env node
// Prints one closing line over the unit and e2e runs ("N passed, N failed"), which CI reads.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '../.cache/test-results');
let passed = 0;
let failed = 0;
let skipped = 0;
for (const f of ['unit.json', 'e2e.json']) {
  const path = join(dir, f);
  if (!existsSync(path)) {
    console.error(`test-summary: ${f} is missing: that suite did not run`);
    process.exit(1);
  }
  const r = JSON.parse(readFileSync(path, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
