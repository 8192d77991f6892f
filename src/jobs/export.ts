/**
 * The `export` job: a checked plan's sections dissolved from the zones' shared arcs, written as GeoJSON, TopoJSON, CSV
 * or GeoPackage (with its QGIS styles), and every zone with its section when asked; then what was written is said.
 */
import { verdictLine } from '../check/index.js';
import type { CheckReport } from '../check/types.js';
import { partlyEstimatedLine, type Lang, type Plan, type ZoneSet } from '../core/index.js';
import { dissolveSections, geojsonText, sectionsText, zonesWithSections, type ExportFormat } from '../export/index.js';
import { formatAutoLinks, type ZoneGraphResult } from '../graph/index.js';
import { realTarget, writeOutputs, isGpkgPath, type CsvStyle, type OutputFile } from '../io/index.js';
import { count, say, said, type Said, type Voice } from '../messages/index.js';

export interface ExportJob {
  zones: ZoneSet;
  graph: ZoneGraphResult;
  plan: Plan;
  report: CheckReport;
  output: string;
  format: ExportFormat;
  /** every zone with its section: a file of its own, or a second layer of the GeoPackage of `output` */
  zonesOut?: string;
  toCrs?: string;
  csv: CsvStyle;
  lang: Lang;
  voice: Voice;
  out(text: string): void;
}

export async function runExport(job: ExportJob): Promise<void> {
  const { zones, graph, plan, report, output, format, zonesOut, lang } = job;
  // --zones-out naming the GeoPackage of -o: a second layer "zones" of that file
  const zonesInOutput = format === 'gpkg' && zonesOut !== undefined && isGpkgPath(zonesOut) && realTarget(zonesOut) === realTarget(output);
  const sections = dissolveSections(zones, plan, { report, topology: graph.topology });
  const zonesFc = zonesOut !== undefined || format === 'topojson' ? zonesWithSections(zones, plan, report) : undefined;
  const files: OutputFile[] = [];
  if (format === 'gpkg') {
    const g = await import('../export/gpkg.js');
    const layers = [g.sectionsLayer(sections, g.sectionColours(zones, plan, graph.topology), lang)];
    if (zonesInOutput && zonesFc) layers.push(g.zonesLayer(zonesFc, lang));
    files.push({ path: output, data: await g.layersGpkg(layers, { crs: job.toCrs, lang }), option: '-o' });
  } else {
    files.push({ path: output, data: sectionsText(sections, format, format === 'topojson' ? zonesFc : undefined, job.csv), option: '-o' });
  }
  if (zonesOut !== undefined && zonesFc && !zonesInOutput) {
    const g = await import('../export/gpkg.js');
    const data = await g.layerFileData(zonesOut, 'zones', zonesFc, () => geojsonText(zonesFc), { toCrs: job.toCrs, lang });
    files.push({ path: zonesOut, data, option: '--zones-out' });
  }
  await writeOutputs(files);
  const voice = { ...job.voice, lang };
  const line = (m: Said) => job.out(say(m, voice) + '\n');
  for (const l of formatAutoLinks(zones, graph, lang)) job.out(l + '\n');
  line(said('output.export.wrote', { file: output, format, n: count(sections.features.length) }));
  if (zonesOut !== undefined && zonesFc)
    line(said(zonesInOutput ? 'output.export.wroteZonesLayer' : 'output.export.wroteZones', { file: zonesOut, n: count(zonesFc.features.length) }));
  const partly = partlyEstimatedLine(zones, lang);
  if (partly) line(said('output.export.note', { note: partly }));
  else if (zones.members.estimated) line(said('output.export.estimated', { source: say(zones.members.description, lang) }));
  const verdict = verdictLine(report, lang);
  line(report.ok ? said('output.export.check', { verdict }) : said('output.export.checkBroken', { verdict }));
}
