import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // One line when ../shared/data is missing (fresh clone): which files, and that their tests are skipped.
    globalSetup: ['tests/support/real-data-setup.ts'],
    // Real-data tests (France, PACA communes) take a few seconds each on a 2-core machine.
    testTimeout: 120_000,
    // The CLI speaks French when the system's locale is French (src/cli/voice.ts langChoice): the tests,
    // and the CLIs they spawn, run in a fixed English locale whatever the machine's, unless a test says otherwise.
    env: { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', DECOUPAGE_LANG: '' },
    hookTimeout: 120_000,
  },
});
