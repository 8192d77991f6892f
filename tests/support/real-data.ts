/**
 * What tests on real data share: describe/it blocks that skip visibly (or fail in CI) when the INSEE files are
 * missing, and the real layers with estimated members (./real-data-loaders.ts, which benchmarks import directly).
 */
import { describe, it } from 'vitest';
import { missingDataLine, missingRealData, REQUIRE_DATA_VARIABLE } from './real-data-files.js';

export * from './real-data-files.js';
export * from './real-data-loaders.js';

/**
 * A describe block that needs real data files. When one is missing, the block is replaced by one skipped test
 * whose name says which data is missing and where it comes from (its body is never run, so nothing reads the
 * files); with DECOUPAGE_REQUIRE_DATA=1 that test fails instead.
 */
export function describeWithRealData(files: readonly string[], title: string, body: () => void | Promise<void>): void {
  const missing = missingRealData(files);
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  const line = missingDataLine(missing);
  describe(title, () => {
    if (process.env[REQUIRE_DATA_VARIABLE] === '1') {
      it(line, () => {
        throw new Error(`${line}; ${REQUIRE_DATA_VARIABLE}=1 requires it`);
      });
    } else {
      it.skip(line, () => {});
    }
  });
}

/** One test that needs real data files: skipped (or failed, with DECOUPAGE_REQUIRE_DATA=1) with the same line. */
export function itWithRealData(files: readonly string[], title: string, body: () => unknown): void {
  const missing = missingRealData(files);
  if (missing.length === 0) {
    it(title, body);
    return;
  }
  const line = `${title}: ${missingDataLine(missing)}`;
  if (process.env[REQUIRE_DATA_VARIABLE] === '1') {
    it(line, () => {
      throw new Error(`${line}; ${REQUIRE_DATA_VARIABLE}=1 requires it`);
    });
  } else {
    it.skip(line, () => {});
  }
}
