/**
 * The proposer, off the server's main thread (a worker thread), so the editor stays responsive and a
 * proposal can be cancelled (the worker is terminated). Receives the zones, the graph and the rules as
 * plain data, posts progress lines, then the plan (or the error message of an InputError).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isInputError } from '../core/errors.js';
import type { Progress } from '../core/progress.js';
import { said, say } from '../messages/index.js';
import { proposeSections } from '../propose/propose.js';
import { withPreference } from '../propose/prefer.js';
import type { JobInput, JobMessage } from './jobs.js';

const input = workerData as JobInput;
const post = (m: JobMessage) => parentPort!.postMessage(m);
let last = 0;
const progress: Progress = {
  update(message) {
    const now = Date.now();
    if (now - last < 150) return;
    last = now;
    post({ type: 'progress', message: say(message, input.lang) });
  },
  done() {},
};
try {
  const zones = { ...input.zones, byId: new Map(input.zones.zones.map((z) => [z.id, z])) };
  const graph = { ...input.graph, index: new Map(input.graph.ids.map((id, i) => [id, i])) };
  let result = proposeSections(zones, graph, input.rules, { seed: input.seed, lock: input.lock ? new Map(input.lock) : undefined, progress });
  let keptShare: number | undefined;
  if (input.prefer) {
    progress.update(said('output.progress.prefer'));
    const p = withPreference(zones, graph, input.rules, result, new Map(input.prefer));
    result = p.result;
    keptShare = p.prefer.match.keptShare;
  }
  post({ type: 'done', plan: [...result.plan], sections: result.sections.length, upperBound: result.upperBound, keptShare });
} catch (e) {
  // a programming error's own text stays as it is (English): it is for a bug report
  post({
    type: 'failed',
    message: isInputError(e) ? e.sayIn(input.lang) : say(said('plan.serve.proposerStoppedBecause', { cause: (e as Error).message }), input.lang),
  });
}
