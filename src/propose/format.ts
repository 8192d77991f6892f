import { formatCount as fmt, labelsFor, numberFormat, type Lang } from '../core/i18n.js';
import { say } from '../messages/message.js';
import type { Plan } from '../core/types.js';
import { sectionsOfSplitZones, type CompositeLayer } from './split.js';
import type { ProposeResult } from './types.js';
import { type Voice } from '../messages/index.js';

/** What propose prints (the plan files themselves are language-neutral). */
import { PROPOSE_LABELS } from '../messages/propose.js';
import { maxOf } from '../core/extremes.js';
export { PROPOSE_LABELS };

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
  const width = head.map((h, i) => Math.max(h.length, maxOf(rows.map((row) => row[i].length))));
  const right = [false, false, true, true, true, false, true];
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (right[i] ? c.padStart(width[i]) : c.padEnd(width[i])))
      .join('  ')
      .trimEnd() + '\n';
  let out = line(head);
  for (const row of rows) out += line(row);
  if (r.bound) {
    const how = t(r.bound.method === 'count' ? 'byCount' : r.bound.method === 'lp' ? 'byLp' : 'byMip');
    const key = r.bound.optimal ? 'boundOptimal' : 'boundGap';
    out += `\n${t(key, { n: r.sections.length, max: r.bound.value, how, threshold: int(r.threshold) })}\n`;
  } else out += `\n${t('found', { n: r.sections.length, max: r.upperBound, threshold: int(r.threshold) })}\n`;
  if (respect) out += t('outside', { n: r.objective.respectCrossings, prop: respect }) + '\n';
  for (const n of r.notes) out += t('note', { note: say(n, voice) }) + '\n';
  out += t('compactnessNote') + '\n';
  return out;
}

/** One line per split zone: into how many units, and which sections they ended in. */
export function formatSplit(layer: CompositeLayer, plan: Plan, lang: Lang = 'en'): string {
  const t = labelsFor(PROPOSE_LABELS, lang);
  const int = lang === 'en' ? fmt : (n: number) => numberFormat(lang).int(Math.round(n));
  return sectionsOfSplitZones(layer, plan)
    .map(
      ({ zone, sections }) =>
        t('splitLine', {
          id: zone.id,
          name: zone.name,
          members: int(zone.members),
          units: zone.units.length,
          n: sections.length,
          s: sections.length === 1 ? '' : 's',
          sections: sections.join(', '),
        }) + '\n',
    )
    .join('');
}
