/**
 * The official tables behind `decoupage members`: postal code → communes from the npm package
 * `codes-postaux` (Base Adresse Nationale, built from INSEE's COG and DGFiP's FIMOCT), and the current
 * communes, their former, delegated and associated communes and the arrondissements municipaux of
 * Paris, Lyon and Marseille from `@etalab/decoupage-administratif` (with each one's population légale).
 * Both are read once per process.
 */
import { createRequire } from 'node:module';
import { looseTown, normaliseTown } from './normalise.js';

interface PostalEntry {
  codePostal: string;
  codeCommune: string;
  nomCommune: string;
  libelleAcheminement: string;
}

interface EtalabCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement?: string;
  population?: number;
  anciensCodes?: string[];
  chefLieu?: string;
  commune?: string;
}

/** A current commune, or an arrondissement municipal (then `parent` is its commune: 13201 → 13055). */
export interface Place {
  code: string;
  name: string;
  dep: string;
  population: number;
  parent?: string;
}

/** One commune a postal code serves, with the names an envelope may give it. */
export interface PostalCandidate {
  code: string;
  /** the commune's own name, normalised (and without articles and small words: ownLoose) */
  own: Set<string>;
  ownLoose: Set<string>;
  /** every name: its own, its delegated communes', the delivery office's (libellé d'acheminement) */
  names: Set<string>;
  loose: Set<string>;
}

/** Normalised town name → place codes, per département: own names first, then every name; exact, then loose. */
export interface NameIndex {
  ownExact: Map<string, Map<string, Set<string>>>;
  ownLoose: Map<string, Map<string, Set<string>>>;
  anyExact: Map<string, Map<string, Set<string>>>;
  anyLoose: Map<string, Map<string, Set<string>>>;
}

export interface Geography {
  /** current communes and arrondissements municipaux by INSEE code */
  places: Map<string, Place>;
  /** former / delegated / associated commune code → current commune code */
  formerCodes: Map<string, string>;
  /** postal code → the current communes (or arrondissements) it serves */
  byPostcode: Map<string, PostalCandidate[]>;
  /** département → normalised town name → codes of the places that bear it */
  byDep: NameIndex;
  /** current commune code → the former codes merged into it (for commune tables older than the commune) */
  formerOf: Map<string, string[]>;
  /** every normalised town name of the tables (unmatched lines show their town only when it is one) */
  allNames: Set<string>;
  /** place code → every normalised name it bears (own, delegated communes', delivery offices') */
  namesOf: Map<string, Set<string>>;
}

let cached: Geography | undefined;

/** The tables, built on first use (about 0.3 s). */
export function geography(): Geography {
  return (cached ??= build());
}

function build(): Geography {
  const require = createRequire(import.meta.url);
  const postal = require('codes-postaux/codes-postaux.json') as PostalEntry[];
  const etalab = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];

  const places = new Map<string, Place>();
  const formerCodes = new Map<string, string>();
  const formerOf = new Map<string, string[]>();
  const extraNames = new Map<string, string[]>();
  const addFormer = (old: string, current: string) => {
    if (old === current) return;
    formerCodes.set(old, current);
    let l = formerOf.get(current);
    if (!l) formerOf.set(current, (l = []));
    if (!l.includes(old)) l.push(old);
  };
  for (const c of etalab) {
    if (c.type === 'commune-actuelle' || c.type === 'arrondissement-municipal') {
      places.set(c.code, {
        code: c.code,
        name: c.nom,
        dep: c.departement ?? c.code.slice(0, 2),
        population: c.population ?? 0,
        parent: c.type === 'arrondissement-municipal' ? c.commune : undefined,
      });
      for (const old of c.anciensCodes ?? []) addFormer(old, c.code);
    }
  }
  for (const c of etalab) {
    if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu) {
      if (!places.has(c.code)) addFormer(c.code, c.chefLieu);
      let l = extraNames.get(c.chefLieu);
      if (!l) extraNames.set(c.chefLieu, (l = []));
      l.push(c.nom);
    }
  }
  const current = (code: string): string | undefined => (places.has(code) ? code : formerCodes.get(code));

  const byDep: NameIndex = { ownExact: new Map(), ownLoose: new Map(), anyExact: new Map(), anyLoose: new Map() };
  const namesOf = new Map<string, Set<string>>();
  const put = (map: Map<string, Map<string, Set<string>>>, dep: string, key: string, code: string) => {
    let d = map.get(dep);
    if (!d) map.set(dep, (d = new Map()));
    let s = d.get(key);
    if (!s) d.set(key, (s = new Set()));
    s.add(code);
  };
  const index = (dep: string, name: string, code: string, own: boolean) => {
    const n = normaliseTown(name);
    if (n === '') return;
    let names = namesOf.get(code);
    if (!names) namesOf.set(code, (names = new Set()));
    names.add(n);
    const loose = looseTown(n);
    put(byDep.anyExact, dep, n, code);
    put(byDep.anyLoose, dep, loose, code);
    if (own) {
      put(byDep.ownExact, dep, n, code);
      put(byDep.ownLoose, dep, loose, code);
    }
  };
  // Paris, Lyon and Marseille are found as their arrondissements, never as the whole commune
  const divided = new Set([...places.values()].flatMap((p) => (p.parent ? [p.parent] : [])));
  for (const p of places.values()) {
    if (divided.has(p.code)) continue;
    index(p.dep, p.name, p.code, true);
    for (const n of extraNames.get(p.code) ?? []) index(p.dep, n, p.code, false);
  }

  const byPostcode = new Map<string, PostalCandidate[]>();
  for (const e of postal) {
    const code = current(e.codeCommune);
    if (code === undefined) continue;
    let list = byPostcode.get(e.codePostal);
    if (!list) byPostcode.set(e.codePostal, (list = []));
    let cand = list.find((c) => c.code === code);
    if (!cand) {
      cand = { code, own: new Set(), ownLoose: new Set(), names: new Set(), loose: new Set() };
      list.push(cand);
      const p = places.get(code)!;
      addName(cand, p.name, true);
      for (const n of extraNames.get(code) ?? []) addName(cand, n, false);
    }
    addName(cand, e.nomCommune, true);
    addName(cand, e.libelleAcheminement, false);
    // a commune served from a neighbouring département's post office (Claret, 04, is 05110) is looked up in both
    const deps = new Set([places.get(code)!.dep, ...departementsOfPostcode(e.codePostal)]);
    for (const dep of deps) {
      index(dep, e.nomCommune, code, true);
      index(dep, e.libelleAcheminement, code, false);
      for (const n of extraNames.get(code) ?? []) index(dep, n, code, false);
    }
  }
  const allNames = new Set([...byDep.anyExact.values()].flatMap((m) => [...m.keys()]));
  return { places, formerCodes, byPostcode, byDep, formerOf, namesOf, allNames };
}

function addName(c: PostalCandidate, name: string, own: boolean): void {
  const n = normaliseTown(name);
  if (n === '') return;
  c.names.add(n);
  c.loose.add(looseTown(n));
  if (own) {
    c.own.add(n);
    c.ownLoose.add(looseTown(n));
  }
}

/** The département(s) a postal code belongs to: "13013" → 13, "20000" → 2A and 2B, "97400" → 974. */
export function departementsOfPostcode(postcode: string): string[] {
  if (postcode.startsWith('97') || postcode.startsWith('98')) return [postcode.slice(0, 3)];
  if (postcode.startsWith('20')) return ['2A', '2B'];
  return [postcode.slice(0, 2)];
}
