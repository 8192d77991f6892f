// Public API of src/load (re-exported by src/index.ts).
export { loadZones, listProperties, ID_CANDIDATES, NAME_CANDIDATES, type LoadZonesOptions } from './zones.js';
export {
  aggregateToZones,
  communeValuesToZones,
  joinToZones,
  parseCount,
  parsePopulation,
  readCommuneTable,
  readValueCsv,
  COMMUNE_TABLE_DEFAULTS,
  type Aggregation,
  type CommuneTable,
} from './members.js';
