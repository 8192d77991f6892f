// Public API of src/graph (re-exported by src/index.ts).
export * from './topology.js';
export * from './types.js';
export { buildGraph } from './build.js';
export { connectedComponents } from './components.js';
export { DEFAULT_MAX_LINK_KM, type LinkTier, type UnlinkedPart } from './links.js';
export { formatAutoLinks, formatKm, LINK_LABELS } from './format.js';
export { haversineM, lineLengthM } from './geo.js';
export { EDGE_COLUMNS, edgeRows, NAMED_EDGE_COLUMNS, namedEdgeRows, formatGraphSummary, graphToJson } from './summary.js';
export { brickTessellation, type TessellationOptions } from './tessellation.js';
