import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, fixtureNames, goldenReport, serialiseGolden } from '../../../scripts/golden';

// Every fixture page has a golden report; a change in output is a reviewed diff
// (`npm run golden`), never a silent drift.
describe('golden reports', () => {
  for (const name of fixtureNames()) {
    it(`${name} matches tests/fixtures/golden/${name}.json`, () => {
      const file = join(GOLDEN_DIR, `${name}.json`);
      expect(existsSync(file), `missing golden for ${name}: run npm run golden`).toBe(true);
      expect(serialiseGolden(goldenReport(name))).toBe(readFileSync(file, 'utf8'));
    });
  }
});
