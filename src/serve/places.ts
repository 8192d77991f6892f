/**
 * What the page shows about a commune beside its own properties: its département's name (the
 * `@etalab/decoupage-administratif` table) and its postal codes (`codes-postaux`, through
 * src/members/geography.ts), so that the search finds "83990" and the tooltip says "Var", not "dep 83".
 * The tables are read on first use, and only for zones that look like communes (INSEE codes).
 */
import { createRequire } from 'node:module';
import { geography } from '../members/geography.js';

let departements: Map<string, string> | undefined;

/** Département code → name ("13" → "Bouches-du-Rhône"). */
export function departementName(code: string): string | null {
  if (!departements) {
    const require = createRequire(import.meta.url);
    const rows = require('@etalab/decoupage-administratif/data/departements.json') as { code: string; nom: string }[];
    departements = new Map(rows.map((d) => [d.code, d.nom]));
  }
  return departements.get(code) ?? null;
}

const INSEE = /^(\d{2}|2[AB])\d{3}$/;

/** Commune code → its postal codes (an arrondissement's go to its commune too: 13001 → Marseille). Empty for zones that are not communes. */
export function postcodesOf(ids: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!ids.some((id) => INSEE.test(id))) return out;
  const g = geography();
  const add = (code: string, pc: string) => {
    const list = out.get(code) ?? out.set(code, []).get(code)!;
    if (!list.includes(pc)) list.push(pc);
  };
  for (const [pc, candidates] of g.byPostcode) {
    for (const c of candidates) {
      add(c.code, pc);
      const parent = g.places.get(c.code)?.parent;
      if (parent) add(parent, pc);
    }
  }
  const wanted = new Set(ids);
  for (const k of [...out.keys()]) if (!wanted.has(k)) out.delete(k);
  for (const list of out.values()) list.sort();
  return out;
}
