// Public API of src/load (re-exported by src/index.ts): reading zones, member counts, INSEE imports, plans.
export { loadZones, listProperties, zonesFromGeoJson, ID_CANDIDATES, NAME_CANDIDATES, type LoadZonesOptions, type ZonesFromGeoJsonOptions } from './zones.js';
export type { Table } from '../io/csv.js';
export {
  aggregateToZones,
  communeTableFrom,
  communeValuesToZones,
  joinToZones,
  parseCount,
  parsePopulation,
  readCommuneTable,
  readUnitPopulation,
  readValueCsv,
  valuesFromTable,
  COMMUNE_TABLE_DEFAULTS,
  type Aggregation,
  type CommuneCsvOptions,
  type CommuneTable,
} from './members.js';
export { parseLinkOption, readLinksCsv } from './links.js';
export { readNumber, type NumberReading } from './numbers.js';
export { formatSummary, summarizeZones, type PropertyBrief, type ZoneBrief, type ZoneSummary } from './summary.js';
export {
  dbfEncoding,
  featureCollectionText,
  findZoneLayer,
  importInseeZones,
  pickZoneLayer,
  readInseeZones,
  reprojectorFromPrj,
  type InseeImportResult,
  type ShapefileLayer,
} from './insee.js';
export * from './plan.js';
export * from './boundaries.js';
export { membersCsvText } from './members.js';
export {
  ADMIN_EXPRESS_LAYERS,
  ADMIN_EXPRESS_URL,
  importAdminExpress,
  readAdminExpress,
  type AdminExpressOptions,
  type AdminExpressResult,
} from './admin-express.js';
export { KNOWN_CRS } from './insee.js';
export { readChomageWorkbook, chomageCsv, parseQuarters, quarterColumn, DEFAULT_QUARTERS, type ChomageTable } from './chomage.js';
