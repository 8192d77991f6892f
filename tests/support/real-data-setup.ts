/**
 * Vitest global setup: when real data is missing (a fresh clone without ../shared/data), say so once, in one
 * line, before the run; each test that needs it is then skipped (or fails, with DECOUPAGE_REQUIRE_DATA=1).
 */
import { missingDataLine, missingRealData, REAL_DATA_FILES, REQUIRE_DATA_VARIABLE } from './real-data-files.js';

export default function setup(): void {
  const missing = missingRealData(REAL_DATA_FILES);
  if (missing.length === 0) return;
  const consequence =
    process.env[REQUIRE_DATA_VARIABLE] === '1'
      ? `the tests that need it fail (${REQUIRE_DATA_VARIABLE}=1)`
      : `the tests that need it are skipped (${REQUIRE_DATA_VARIABLE}=1 makes them fail)`;
  process.stderr.write(`${missingDataLine(missing)}: ${consequence}\n`);
}
