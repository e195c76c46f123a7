import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { GOLDEN_DIR, fixtureNames, goldenReport, serialiseGolden } from './golden';

mkdirSync(GOLDEN_DIR, { recursive: true });
for (const name of fixtureNames()) {
  writeFileSync(join(GOLDEN_DIR, `${name}.json`), serialiseGolden(goldenReport(name)));
  console.log(`golden: ${name}`);
}
