// Runs one of jsgeoda's max-p variants (GeoDa's C++ compiled to WebAssembly) on one input, in a worker
// thread so that bench/propose.ts can stop it after a timeout (it can run for minutes on some inputs).
// method: 'greedy' (maxpGreedy), 'sa' (maxpSA: simulated annealing, cooling 0.85, 1 SA iteration per
// temperature), 'tabu' (maxpTabu: tabu list of 10, 10 non-improving moves); the same `iterations`
// constructions each, rook weights, members as the bound variable and the clustering variable.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const jsgeoda = require('jsgeoda');
const { file, members, threshold, iterations, seed, method } = workerData;
const geoda = await jsgeoda.New();
const bytes = readFileSync(file);
const t0 = performance.now();
const map = geoda.readGeoJSON(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
const w = geoda.getRookWeights(map);
const data = [members];
const result =
  method === 'sa'
    ? geoda.maxpSA(w, data, 0.85, 1, iterations, [members], [threshold], [], [], 'standardize', 'euclidean', seed)
    : method === 'tabu'
      ? geoda.maxpTabu(w, data, 10, 10, iterations, [members], [threshold], [], [], 'standardize', 'euclidean', seed)
      : geoda.maxpGreedy(w, data, iterations, [members], [threshold], [], [], 'standardize', 'euclidean', seed);
const ms = performance.now() - t0;
const clusters = result ? result.clusters : [];
const labels = new Set(clusters.filter((c) => c > 0));
parentPort.postMessage({ sections: labels.size, unassigned: clusters.filter((c) => c <= 0).length, ms });
