import { formatCount as fmt, labelsFor, numberFormat, sourceIn, type Labels, type Lang } from '../core/i18n.js';
import type { Plan } from '../core/types.js';
import { sectionsOfSplitZones, type CompositeLayer } from './split.js';
import type { ProposeResult } from './types.js';
import { say, type Voice } from '../messages/index.js';


/** What propose prints (the plan files themselves are language-neutral). */
export const PROPOSE_LABELS: Labels<
  | 'section' | 'name' | 'zones' | 'members' | 'seats' | 'crosses' | 'crossesProp' | 'compactness' | 'found' | 'outside' | 'note'
  | 'compactnessNote' | 'wrotePlan' | 'whatZones' | 'whatUnits' | 'wroteSections' | 'wroteReport'
  | 'splitLine' | 'wroteUnits' | 'snapAdvice' | 'splitMissing' | 'splitExtra' | 'splitDisconnected'
  | 'boundGap' | 'boundOptimal' | 'byCount' | 'byLp' | 'byMip'
> = {
  en: {
    section: 'section',
    name: 'name',
    zones: 'zones',
    members: 'members',
    seats: 'seats',
    crosses: 'crosses',
    crossesProp: 'crosses {prop}',
    compactness: 'compactness',
    found: 'found {n} sections; at most {max} are possible (each needs ≥ {threshold} members)',
    outside: '{n} zones lie outside the main {prop} of their section',
    note: 'note: {note}',
    compactnessNote: 'compactness: Polsby–Popper, 1 = a disc, near 0 = long or ragged',
    wrotePlan: 'wrote {file}: {n} {what} in {sections} sections',
    whatZones: 'zones',
    whatUnits: 'units (zones and finer units)',
    wroteSections: 'wrote {file}: {n} sections',
    wroteReport: 'wrote {file}: the report (open it in a browser)',
    splitLine: 'zone {id} ({name}, {members} members) was split into its {units} finer units, now in {n} section{s}: {sections}',
    wroteUnits: 'wrote {file}: {n} units (use it with the plan in check, export and report, with --members members{snap} and the same links)',
    snapAdvice: ' --snap {m}',
    splitMissing: 'warning: zones {a} and {b} touch, but none of their units do: raise --split-snap (now {m} m)',
    splitExtra: 'note: the units of zones {a} and {b} touch, though the zones do not (--split-snap {m} m may be too large)',
    splitDisconnected: 'note: the units of zone {z} do not form one piece (an island or enclave among them)',
    boundGap: '{n} sections; no plan can have more than {max} ({how}), each needing ≥ {threshold} members',
    boundOptimal: '{n} sections: optimal, no plan can have more ({how}), each needing ≥ {threshold} members',
    byCount: 'counting the zones that reach the threshold alone and the members of the others',
    byLp: 'linear relaxation of the packing of minimal sections, HiGHS',
    byMip: 'packing of minimal sections solved exactly, HiGHS',
  },
  fr: {
    section: 'section',
    name: 'nom',
    zones: 'zones',
    members: 'adhérents',
    seats: 'délégués',
    crosses: 'franchit',
    crossesProp: 'franchit {prop}',
    compactness: 'compacité',
    found: '{n} sections trouvées ; au plus {max} sont possibles (chacune doit compter au moins {threshold} adhérents)',
    outside: '{n} zones sont hors du {prop} principal de leur section',
    note: 'note : {note}',
    compactnessNote: 'compacité : Polsby–Popper, 1 = un disque, proche de 0 = forme allongée ou découpée',
    wrotePlan: '{file} écrit : {n} {what} en {sections} sections',
    whatZones: 'zones',
    whatUnits: 'unités (zones et unités plus fines)',
    wroteSections: '{file} écrit : {n} sections',
    wroteReport: '{file} écrit : le rapport (à ouvrir dans un navigateur)',
    splitLine: 'la zone {id} ({name}, {members} adhérents) est découpée en ses {units} unités plus fines, réparties en {n} section{s} : {sections}',
    wroteUnits: '{file} écrit : {n} unités (à utiliser avec le découpage dans check, export et report, avec --members members{snap} et les mêmes liaisons)',
    snapAdvice: ' --snap {m}',
    splitMissing: 'attention : les zones {a} et {b} se touchent, mais aucune de leurs unités : augmentez --split-snap (actuellement {m} m)',
    splitExtra: 'remarque : des unités des zones {a} et {b} se touchent, alors que les zones non (--split-snap {m} m est peut-être trop grand)',
    splitDisconnected: 'remarque : les unités de la zone {z} ne forment pas un seul tenant (une île ou une enclave parmi elles)',
    boundGap: '{n} sections ; aucun découpage ne peut en avoir plus de {max} ({how}), chacune devant compter au moins {threshold} adhérents',
    boundOptimal: '{n} sections : optimal, aucun découpage ne peut en avoir plus ({how}), chacune devant compter au moins {threshold} adhérents',
    byCount: 'en comptant les zones qui atteignent seules le seuil et les adhérents des autres',
    byLp: 'relaxation linéaire de l\'empilement des sections minimales, HiGHS',
    byMip: 'empilement des sections minimales résolu exactement, HiGHS',
  },
};

/** The per-section table, the bound line and the notes (in French with lang "fr"; `voice` names options, the CLI's as flags). */
export function formatSections(r: ProposeResult, respect?: string, lang: Lang = 'en', voice: Voice | Lang = lang): string {
  const t = labelsFor(PROPOSE_LABELS, lang);
  const nf = numberFormat(lang);
  const int = lang === 'en' ? fmt : (n: number) => nf.int(Math.round(n));
  const dec2 = lang === 'en' ? (n: number) => n.toFixed(2) : (n: number) => nf.dec(n, 2);
  const rows = r.sections.map((s) => [
    s.id,
    s.name,
    String(s.zones.length),
    int(s.members),
    String(s.seats),
    s.crossed.length ? s.crossed.join('/') : '-',
    dec2(s.compactness),
  ]);
  const head = [t('section'), t('name'), t('zones'), t('members'), t('seats'), respect ? t('crossesProp', { prop: respect }) : t('crosses'), t('compactness')];
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const right = [false, false, true, true, true, false, true];
  const line = (cells: string[]) => cells.map((c, i) => (right[i] ? c.padStart(width[i]) : c.padEnd(width[i]))).join('  ').trimEnd() + '\n';
  let out = line(head);
  for (const row of rows) out += line(row);
  if (r.bound) {
    const how = t(r.bound.method === 'count' ? 'byCount' : r.bound.method === 'lp' ? 'byLp' : 'byMip');
    const key = r.bound.optimal ? 'boundOptimal' : 'boundGap';
    out += `\n${t(key, { n: r.sections.length, max: r.bound.value, how, threshold: int(r.threshold) })}\n`;
  } else out += `\n${t('found', { n: r.sections.length, max: r.upperBound, threshold: int(r.threshold) })}\n`;
  if (respect) out += t('outside', { n: r.objective.respectCrossings, prop: respect }) + '\n';
  for (const n of r.notes) out += t('note', { note: typeof n === 'string' ? sourceIn(n, lang) : say(n, voice) }) + '\n';
  out += t('compactnessNote') + '\n';
  return out;
}

/** One line per split zone: into how many units, and which sections they ended in. */
export function formatSplit(layer: CompositeLayer, plan: Plan, lang: Lang = 'en'): string {
  const t = labelsFor(PROPOSE_LABELS, lang);
  const int = lang === 'en' ? fmt : (n: number) => numberFormat(lang).int(Math.round(n));
  return sectionsOfSplitZones(layer, plan)
    .map(({ zone, sections }) =>
      t('splitLine', { id: zone.id, name: zone.name, members: int(zone.members), units: zone.units.length, n: sections.length, s: sections.length === 1 ? '' : 's', sections: sections.join(', ') }) + '\n',
    )
    .join('');
}
