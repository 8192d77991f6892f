/**
 * The `import insee-ze` job: INSEE's zones d'emploi zip → a zone file with départements and régions (and population
 * from a commune table), kept to a région or départements when asked; then what was written, kept and missing is said.
 */
import { count, say, said, type Said, type Voice } from '../messages/index.js';
import type { Lang } from '../core/index.js';
import { chomageCsv, DEFAULT_QUARTERS, importInseeZones, parseQuarters, readChomageWorkbook, readUnitPopulation } from '../load/index.js';
import { writeOutputs } from '../io/index.js';

export interface ImportInseeJob {
  file: string;
  output: string;
  communeTable?: string;
  communePopulation?: string;
  selection?: { regions?: string[]; departements?: string[] };
  fromCrs?: string;
  maxUnzippedMb?: number;
  toCrs?: string;
  lang: Lang;
  voice: Voice;
  out(text: string): void;
}

export async function runImportInseeZones(job: ImportInseeJob): Promise<void> {
  const population = job.communePopulation === undefined ? undefined : readUnitPopulation(job.communePopulation, '--commune-population');
  const { selection } = job;
  const r = await importInseeZones(job.file, job.output, job.communeTable, population, selection, {
    fromCrs: job.fromCrs,
    maxUnzippedMb: job.maxUnzippedMb,
    toCrs: job.toCrs,
    lang: job.lang,
  });
  const n = r.collection.features.length;
  const name = new Map(r.collection.features.map((f) => [String(f.properties?.code), String(f.properties?.name ?? '')]));
  const voice = { ...job.voice, lang: job.lang };
  const line = (m: Said) => job.out(say(m, voice) + '\n');
  const sep = say(said('output.listSep'), voice);
  line(said('output.import.wroteZones', { file: job.output, n: count(n), layer: r.layer, projection: r.projection, encoding: r.encoding }));
  if (r.selected) {
    const byRegion = selection?.regions !== undefined;
    const kept = { n: count(r.selected.kept), dropped: count(r.selected.dropped) };
    line(
      byRegion
        ? said('output.import.keptRegion', { ...kept, list: selection!.regions!.join(', ') })
        : said('output.import.keptDepartements', { ...kept, list: selection!.departements!.join(', ') }),
    );
    if (r.selected.straddling.length) {
      const also = (z: { code: string; name: string; outside: string[] }) =>
        say(said(byRegion ? 'output.import.alsoRegion' : 'output.import.alsoDepartement', { code: z.code, name: z.name, list: z.outside.join(', ') }), voice);
      line(said('output.import.straddling', { n: count(r.selected.straddling.length), list: r.selected.straddling.map(also).join(sep) }));
    }
  }
  if (job.communePopulation !== undefined && r.populationGaps?.length) {
    const total = r.populationGaps.reduce((s, g) => s + g.missing, 0);
    const gap = (g: { zone: string; missing: number; examples: string[] }) =>
      say(
        said('output.import.populationGap', {
          zone: g.zone,
          name: name.get(g.zone) ?? '',
          n: count(g.missing),
          examples: `${g.examples.join(', ')}${g.missing > g.examples.length ? ', …' : ''}`,
        }),
        voice,
      );
    const list = r.populationGaps.slice(0, 8).map(gap).join(sep) + (r.populationGaps.length > 8 ? `${sep}…` : '');
    const gaps = said('output.import.populationGaps', { file: job.communePopulation, n: count(total), zones: count(r.populationGaps.length), list });
    line(said('error.warning', { message: gaps }));
  }
  line(said('output.import.nextInfo', { file: job.output }));
}

export interface ImportChomageJob {
  file: string;
  output: string;
  /** "2023-T3,2018-T3"; INSEE's default quarters when absent */
  quarters?: string;
  lang: Lang;
  voice: Voice;
  out(text: string): void;
}

/** `import insee-chomage`: INSEE's unemployment workbook → the attributes CSV (--attributes); zones without a value named. */
export async function runImportChomage(job: ImportChomageJob): Promise<void> {
  const t = await readChomageWorkbook(job.file, job.quarters === undefined ? DEFAULT_QUARTERS : parseQuarters(job.quarters));
  await writeOutputs([{ path: job.output, data: chomageCsv(t), option: '-o' }]);
  const voice = { ...job.voice, lang: job.lang };
  const line = (m: Said) => job.out(say(m, voice) + '\n');
  if (t.missing.length) {
    const list = t.missing.map((z) => `${z.code} ${z.name} (${z.quarters.join(', ')})`).join(', ');
    line(said('error.warning', { message: said('homogeneity.import.absent', { n: count(t.missing.length), list }) }));
  }
  line(said('homogeneity.import.wrote', { file: job.output, n: count(t.rows.length), columns: t.columns.slice(2).join(', '), source: t.title }));
}
