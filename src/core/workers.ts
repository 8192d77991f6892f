import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The compiled script of a worker thread, `path` under dist/ (e.g. 'audit/chain-worker.js'), seen from the module
 * at `from` (its import.meta.url): the file next to it when it runs from dist/, else the one `npm run build` wrote
 * into dist/ (when it runs from src/ under vitest, or from the command line's bundle in dist/bundle/).
 */
export function workerScript(from: string, path: string): URL {
  const here = new URL(`./${path.slice(path.lastIndexOf('/') + 1)}`, from);
  if (existsSync(fileURLToPath(here))) return here;
  const built = new URL(`../../dist/${path}`, from);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error(`a worker thread's script is not built (${fileURLToPath(built)}): run npm run build`);
}
