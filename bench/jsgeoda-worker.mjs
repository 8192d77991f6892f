// Runs jsgeoda's max-p (GeoDa's C++ compiled to WebAssembly) on one input, in a worker thread so that
// bench/propose.ts can stop it after a timeout (it can run for minutes on some inputs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const jsgeoda = require('jsgeoda');
const { file, members, threshold, iterations, seed } = workerData;
const geoda = await jsgeoda.New();
const bytes = readFileSync(file);
const t0 = performance.now();
const map = geoda.readGeoJSON(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
const w = geoda.getRookWeights(map);
const result = geoda.maxpGreedy(w, [members], iterations, [members], [threshold], [], [], 'standardize', 'euclidean', seed);
const ms = performance.now() - t0;
const clusters = result ? result.clusters : [];
const labels = new Set(clusters.filter((c) => c > 0));
parentPort.postMessage({ sections: labels.size, unassigned: clusters.filter((c) => c <= 0).length, ms });
