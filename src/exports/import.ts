// decoupage/import: Importers of the files users download: INSEE zones d'emploi, IGN ADMIN EXPRESS.

/** INSEE's zones d'emploi shapefile zip → a zone file, with départements and régions from the commune table. */
export { importInseeZones } from '../load/insee.js';
/** IGN's ADMIN EXPRESS → a units layer where Paris, Lyon and Marseille are their arrondissements. */
export { importAdminExpress } from '../load/admin-express.js';
/** INSEE's workbook of unemployment rates by zone d'emploi (xlsx) → the attributes CSV `--attributes` reads. */
export { readChomageWorkbook, chomageCsv, quarterColumn, DEFAULT_QUARTERS } from '../load/chomage.js';
