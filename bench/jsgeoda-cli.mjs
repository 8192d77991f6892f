// jsgeoda's greedy max-p (GeoDa's C++ compiled to WebAssembly) as a whole process, the way bench/propose-cli.ts
// times decoupage's `propose`: read the GeoJSON, rook weights, maxpGreedy with 99 constructions, members as the
// bound variable (threshold) and the clustering variable; prints the number of regions.
// Usage: node bench/jsgeoda-cli.mjs zones.geojson threshold
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jsgeoda = require('jsgeoda');
const [file, threshold] = process.argv.slice(2);
const geoda = await jsgeoda.New();
const bytes = readFileSync(file);
const members = JSON.parse(bytes.toString('utf8')).features.map((f) => f.properties.members);
const map = geoda.readGeoJSON(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
const w = geoda.getRookWeights(map);
const result = geoda.maxpGreedy(w, [members], 99, [members], [Number(threshold)], [], [], 'standardize', 'euclidean', 123456789);
process.stdout.write(`${new Set(result.clusters.filter((c) => c > 0)).size}\n`);
