// Folder index of src/io: what the other folders and the CLI use (the package API is src/index.ts).
export { type OutputFile, writeFileAtomic, writeFilesAtomic } from './atomic.js';
export { writeCsv } from './csv.js';
