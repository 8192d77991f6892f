// Folder index of src/io: what the other folders and the CLI use (the package API is src/index.ts).
export { type OutputFile, writeFileAtomic, writeFilesAtomic } from './atomic.js';
export { writeCsv } from './csv.js';
export { checkOutputs, type OutputTarget, realTarget, releaseInput, resetInputs, writeOutputs, openOutputStream, type OutputStream } from './atomic.js';
export { OUTPUT_CSV_SEPARATORS, csvStyleFor, type CsvStyle, toCsv, readCsv, requireColumn } from './csv.js';
export { readRegisterCsv, registerRows, type RegisterRow, type RegisterTable } from './register.js';
export { DEFAULT_MAX_UNZIPPED_MB } from './unzip.js';
export { GPKG_CRS, isGpkgPath, loadGpkgSupport } from './gpkg.js';
export { readBytes } from './read.js';
export { LaterWarnings } from './geometry.js';
