/**
 * Progress on long work goes to stderr, and only when stderr is a terminal, so that pipes, files and
 * tests stay clean. Library functions take an optional Progress; the CLI passes terminalProgress().
 */
export interface Progress {
  /** Replace the current status line, e.g. "propose: iteration 120/500, best 14 sections". */
  update(message: string): void;
  /** Finish the status line. */
  done(message?: string): void;
}

export const silentProgress: Progress = { update() {}, done() {} };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return silentProgress;
  let last = 0;
  return {
    update(message) {
      const now = Date.now();
      if (now - last < 100) return; // at most 10 redraws a second
      last = now;
      stream.write(`\r\x1b[K${message}`);
    },
    done(message) {
      stream.write(`\r\x1b[K${message ? message + '\n' : ''}`);
    },
  };
}
