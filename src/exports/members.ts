// decoupage/members: A member register (personal data, read locally) → members per commune and per zone d'emploi.

/** The register's columns (postal code, town, street, count, INSEE code) from its header names or as given. */
export { registerColumns } from '../members/register.js';
/** A member register's rows → members per commune, every line accounted for (matched, shared by population, unmatched). */
export { matchRegister } from '../members/register.js';
/** Members per commune → members per zone d'emploi through INSEE's commune → zone table. */
export { registerToZones } from '../members/register.js';
/** INSEE's commune → zone table (CODGEO, ZE2020, DEP, REG), as spreadsheets save it. */
export { readCommuneTable } from '../load/members.js';
/** Rows of a register read elsewhere (a spreadsheet's cells), marked as the personal data matchRegister takes. */
export { registerRows } from '../io/register.js';
