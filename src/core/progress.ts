/**
 * Progress on long work goes to stderr, and only when stderr is a terminal, so that pipes, files and
 * tests stay clean. Library functions take an optional Progress and say what they are doing as messages
 * of the catalogue; the CLI passes terminalProgress(), which says them in the run's language.
 */
import { say, type Said, type Voice } from '../messages/message.js';

export interface Progress {
  /** Replace the current status line, e.g. "propose: iteration 120/500, best 14 sections". */
  update(message: Said): void;
  /** Finish the status line. */
  done(message?: Said): void;
}

export const silentProgress: Progress = { update() {}, done() {} };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr, voice: Voice = { lang: 'en' }): Progress {
  if (!stream.isTTY) return silentProgress;
  let last = 0;
  return {
    update(message) {
      const now = Date.now();
      if (now - last < 100) return; // at most 10 redraws a second
      last = now;
      stream.write(`\r\x1b[K${say(message, voice)}`);
    },
    done(message) {
      stream.write(`\r\x1b[K${message ? say(message, voice) + '\n' : ''}`);
    },
  };
}
