#!/usr/bin/env node
// Only starts the CLI: everything lives in src/cli (compiled to dist/cli, bundled into dist/bundle by
// scripts/build-cli.mjs: far fewer files to resolve and compile at start-up).
import { existsSync } from 'node:fs';

const bundled = new URL('../dist/bundle/main.js', import.meta.url);
const { main } = await import(existsSync(bundled) ? bundled.href : '../dist/cli/main.js');

// `decoupage … | head`: the reader has gone, which is no error (and no stack trace)
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await main(process.argv.slice(2));
