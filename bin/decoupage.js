#!/usr/bin/env node
// Only starts the CLI: everything lives in src/cli (compiled to dist/cli).
import { main } from '../dist/cli/main.js';

// `decoupage … | head`: the reader has gone, which is no error (and no stack trace)
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await main(process.argv.slice(2));
