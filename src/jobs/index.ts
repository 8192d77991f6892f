// The jobs behind the commands: each takes values (zones, rules, options in the library's names) and does the
// whole job, outputs written through the one output gate; src/cli/ only turns flags into these inputs.
export { runPropose, type ProposeJob } from './propose.js';
export { runReport, type ReportJob } from './report.js';
export { runPluralism, type PluralismJob } from './pluralism.js';
export { runSeats, type SeatsJob } from './seats.js';
export { runServe, type ServeJob } from './serve.js';
export { runMembers, type MembersJob } from './members.js';
export { runExport, type ExportJob } from './export.js';
export { runImportInseeZones, runImportChomage, type ImportInseeJob, type ImportChomageJob } from './import.js';
export { runAudit, type AuditJob } from './audit.js';
