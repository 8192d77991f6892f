// The geometry measures live in src/core/geometry.ts (shared by check, propose, export and report).
export { areaKm2, perimeterKm, polsbyPopper } from '../core/geometry.js';
