import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One line when ../shared/data is missing (fresh clone): which files, and that their tests are skipped.
    globalSetup: ['tests/support/real-data-setup.ts'],
    // Real-data tests (France, PACA communes) take a few seconds each on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
