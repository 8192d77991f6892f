/**
 * A made-up member register, as a mutual insurer's export would look: one line per member, fake names,
 * fake streets, and real postal codes and town names drawn from the `codes-postaux` table, spelled as
 * envelopes carry them (delivery-office names, accents dropped, "ST" for "SAINT", lower case, "CEDEX n"
 * with a CEDEX code, a few wrong postal codes of the same département) plus a few unusable lines (no postal
 * code, a foreign address). Seeded: the same counts and seed give the same file. Used by the tests and the
 * benchmark (scripts/generate-register.ts writes one to a file); never committed as data.
 */
import { createRequire } from 'node:module';
import { Rng } from '../src/core/rng.js';
import { decodeWindows1252 } from '../src/io/encoding.js';

interface PostalEntry {
  codePostal: string;
  codeCommune: string;
  nomCommune: string;
  libelleAcheminement: string;
}

export interface RegisterOptions {
  /** INSEE code (commune or arrondissement municipal, as in codes-postaux) → members */
  counts: ReadonlyMap<string, number>;
  seed?: number;
  /** share of lines with a postal code of another commune of the département (default 0.01) */
  wrongCode?: number;
  /** share of lines with a CEDEX code and "CEDEX n" after the town (default 0.03) */
  cedex?: number;
  /** share of unusable lines: no postal code, a foreign address (default 0.0005) */
  unusable?: number;
  /** separator (default ";", as French Excel writes) */
  separator?: string;
}

export interface GeneratedRegister {
  header: string[];
  rows: string[][];
  /** lines written per kind, to check the matcher against */
  made: { lines: number; wrongCode: number; cedex: number; unusable: number };
}

const SURNAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Thomas',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Moreau',
  'Simon',
  'Laurent',
  'Lefèvre',
  'Michel',
  'Garcia',
  'Bertrand',
  'Roux',
  'Vincent',
  'Fournier',
  'Morel',
];
const GIVEN = ['Marie', 'Jean', 'Camille', 'Louis', 'Léa', 'Hugo', 'Chloé', 'Lucas', 'Inès', 'Jules', 'Zoé', 'Gabriel', 'Manon', 'Arthur', 'Élise'];
const STREETS = [
  'rue des Lilas',
  'avenue de la République',
  'chemin des Vignes',
  'boulevard Victor Hugo',
  'impasse du Moulin',
  'place de l’Église',
  'route de la Gare',
  'allée des Pins',
];

let table: PostalEntry[] | undefined;
function postalTable(): PostalEntry[] {
  return (table ??= createRequire(import.meta.url)('codes-postaux/codes-postaux.json') as PostalEntry[]);
}

const stripAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** One envelope spelling of a town. */
function spell(rng: Rng, e: PostalEntry): string {
  const x = rng.next();
  if (x < 0.45) return e.libelleAcheminement;
  if (x < 0.65) return e.nomCommune;
  if (x < 0.8) return stripAccents(e.nomCommune).toUpperCase().replace(/-/g, ' ');
  if (x < 0.9) return stripAccents(e.nomCommune).toLowerCase();
  return e.libelleAcheminement
    .replace(/\bSAINTE\b/g, 'STE')
    .replace(/\bSAINT\b/g, 'ST')
    .replace(/\bSUR\b/g, 'S/');
}

export function generateRegister(o: RegisterOptions): GeneratedRegister {
  const rng = new Rng(o.seed ?? 1);
  const wrong = o.wrongCode ?? 0.01;
  const cedex = o.cedex ?? 0.03;
  const unusable = o.unusable ?? 0.0005;
  const byCommune = new Map<string, PostalEntry[]>();
  const byDep = new Map<string, string[]>();
  const known = new Set<string>();
  for (const e of postalTable()) {
    let l = byCommune.get(e.codeCommune);
    if (!l) byCommune.set(e.codeCommune, (l = []));
    l.push(e);
    known.add(e.codePostal);
    const dep = e.codePostal.slice(0, 2);
    let d = byDep.get(dep);
    if (!d) byDep.set(dep, (d = []));
    if (!d.includes(e.codePostal)) d.push(e.codePostal);
  }
  const header = ['Nom', 'Prénom', 'Adresse', 'Code postal', 'Ville', 'Pays'];
  const rows: string[][] = [];
  const made = { lines: 0, wrongCode: 0, cedex: 0, unusable: 0 };
  for (const [code, n] of [...o.counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const entries = byCommune.get(code);
    if (!entries) throw new Error(`generateRegister: commune ${code} is not in codes-postaux`);
    for (let i = 0; i < n; i++) {
      const e = rng.pick(entries);
      const name = [rng.pick(SURNAMES).toUpperCase(), rng.pick(GIVEN)];
      const street = `${1 + rng.int(120)} ${rng.pick(STREETS)}`;
      const x = rng.next();
      let pc = e.codePostal;
      let town = spell(rng, e);
      let country = rng.next() < 0.1 ? 'FRANCE' : '';
      if (x < unusable) {
        made.unusable++;
        if (rng.next() < 0.5) pc = '';
        else {
          pc = 'B-1000';
          town = 'BRUXELLES';
          country = 'BELGIQUE';
        }
      } else if (x < unusable + cedex) {
        // a CEDEX code: the département, then 9 and two digits, not a code of the table
        let c: string;
        do c = `${pc.slice(0, 2)}9${String(rng.int(100)).padStart(2, '0')}`;
        while (known.has(c));
        pc = c;
        town = `${e.libelleAcheminement} CEDEX${rng.next() < 0.5 ? ` ${1 + rng.int(20)}` : ''}`;
        made.cedex++;
      } else if (x < unusable + cedex + wrong) {
        const others = byDep.get(pc.slice(0, 2))!.filter((c) => c !== pc);
        if (others.length) {
          pc = rng.pick(others);
          town = e.libelleAcheminement;
          made.wrongCode++;
        }
      }
      rows.push([...name, street, pc, town, country]);
      made.lines++;
    }
  }
  return { header, rows, made };
}

/** The register as CSV text (fields quoted when they hold the separator or a quote). */
export function registerCsv(r: GeneratedRegister, separator = ';'): string {
  const cell = (s: string) => (s.includes(separator) || s.includes('"') || s.includes('\n') ? `"${s.replace(/"/g, '""')}"` : s);
  return [r.header, ...r.rows].map((row) => row.map(cell).join(separator)).join('\r\n') + '\r\n';
}

/** Text → Windows-1252 bytes (French Excel's CSV encoding); characters it lacks become "?". */
export function toWindows1252(text: string): Uint8Array {
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(decodeWindows1252(new Uint8Array([b])), b);
  const out = new Uint8Array(text.length);
  let k = 0;
  for (const ch of text) out[k++] = map.get(ch) ?? 0x3f;
  return out.subarray(0, k);
}

/** Members per commune of a région: round(population × rate), the three cities by arrondissement. */
export function registerCounts(region: string, rate: number): Map<string, number> {
  const all = createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json') as {
    code: string;
    type: string;
    region?: string;
    population?: number;
  }[];
  const divided = new Set(all.filter((c) => c.type === 'arrondissement-municipal').map((c) => (c as { commune?: string }).commune));
  const counts = new Map<string, number>();
  for (const c of all) {
    if (c.region !== region || !c.population) continue;
    if (c.type === 'arrondissement-municipal' || (c.type === 'commune-actuelle' && !divided.has(c.code))) counts.set(c.code, Math.round(c.population * rate));
  }
  return counts;
}
