/**
 * Import IGN's ADMIN EXPRESS (COG or COG CARTO, shapefile edition): the layers COMMUNE (fields INSEE_COM,
 * NOM, POPULATION, INSEE_DEP, INSEE_REG) and ARRONDISSEMENT_MUNICIPAL (INSEE_ARM, INSEE_COM, NOM,
 * POPULATION), from a zip or from the folder the .7z was extracted to, in any projection IGN ships
 * (Lambert-93, the overseas UTM zones, WGS84: read from each layer's .prj). The result is a units layer
 * for `propose --split-with`: one feature per commune, except Paris, Lyon and Marseille, replaced by their
 * arrondissements municipaux; each carries its commune, its zone d'emploi (from INSEE's commune → zone
 * table), its département and its région.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { createRequire } from 'node:module';
import type JSZip from 'jszip';
import { InputError } from '../core/errors.js';
import { option, said } from '../messages/message.js';
import { writeFileAtomic } from '../io/atomic.js';
import { zonesFileData } from '../io/gpkg-style.js';
import type { Lang } from '../core/i18n.js';
import { readBytes } from '../io/read.js';
import { gpkgLayerNames, isGpkgPath, loadGpkgSupport } from '../io/gpkg.js';
import { gpkgLayerWgs84 } from './gpkg.js';
import { zoneOf } from '../members/register.js';
import { cleanGeometry, dbfEncoding, featureCollectionText, readShapefile, reprojectorFromPrj, type ShapefileLayer } from './insee.js';
import type { CommuneTable } from './members.js';

// loaded when an import runs, not when any command starts
const loadJSZip = (): typeof JSZip => createRequire(import.meta.url)('jszip') as typeof JSZip;

export const ADMIN_EXPRESS_LAYERS = { commune: 'COMMUNE', arrondissement: 'ARRONDISSEMENT_MUNICIPAL' } as const;

/** Where users download ADMIN EXPRESS (also in the README and `import --help`). */
export const ADMIN_EXPRESS_URL = 'https://geoservices.ign.fr/adminexpress';

export interface AdminExpressOptions {
  /** INSEE's commune → zone table: each unit's zone d'emploi (property ze2020) */
  communeTable: CommuneTable;
  /** where the table comes from, for messages */
  tableFile: string;
  /** keep only the units of these régions (INSEE_REG), e.g. ["93"] */
  regions?: string[];
  /** members per unit code (e.g. from `decoupage members --communes-out`), written as property "members" */
  members?: ReadonlyMap<string, number>;
  /** a .gpkg output: its coordinate system (EPSG:4326 by default) and the language of its style's name */
  toCrs?: string;
  lang?: Lang;
}

export interface AdminExpressResult {
  collection: FeatureCollection<Polygon | MultiPolygon>;
  /** the COMMUNE layers read (one per territory in a France-wide delivery), with their projection */
  layers: { name: string; projection: string; communes: number; arrondissements: number }[];
  /** communes replaced by their arrondissements (75056, 69123, 13055 in a full delivery) */
  divided: { code: string; name: string; arrondissements: number }[];
  /** units whose commune the commune → zone table does not know (their ze2020 is null) */
  noZone: { code: string; name: string }[];
  /** codes of `members` that are no unit of the layer (another year's geography, 13055 instead of its arrondissements…) */
  membersLeftOut: { codes: string[]; members: number };
}

interface Found {
  name: string;
  read(): Promise<ShapefileLayer>;
  /** a layer of ADMIN EXPRESS's GeoPackage edition: read by load/gpkg.ts, already in WGS84 */
  gpkg?: { file: string; layer: string };
}

/** All .shp layers of a zip or a folder, by path; or the layers of the GeoPackage edition (a .gpkg). */
async function listLayers(input: string): Promise<Found[]> {
  if (isGpkgPath(input)) {
    await loadGpkgSupport();
    const notShapefile = () => Promise.reject(new Error('a GeoPackage layer has no shapefile'));
    // named "file.gpkg/commune": the layers of one file are one delivery, as the shapefiles of one folder
    return gpkgLayerNames(input).map((layer) => ({ name: `${input.split(/[\\/]/).pop()}/${layer}`, read: notShapefile, gpkg: { file: input, layer } }));
  }
  let isDir = false;
  try {
    isDir = statSync(input).isDirectory();
  } catch {
    readBytes(input, said('load.ae.read.hint')); // throws "file not found"
  }
  const stemOf = (n: string) => n.replace(/\.[^./]+$/, '');
  if (isDir) {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(input);
    return files
      .filter((f) => /\.shp$/i.test(f))
      .map((shp) => {
        const sib = (ext: string) => files.find((f) => stemOf(f) === stemOf(shp) && f.toLowerCase().endsWith(ext));
        return {
          name: relative(input, shp),
          read: async () => {
            const dbf = sib('.dbf');
            if (!dbf) throw new InputError(said('load.ae.noDbf', { layer: relative(input, shp) }), { file: input, hint: said('load.ae.extractAgain.hint') });
            const prj = sib('.prj');
            const cpg = sib('.cpg');
            return {
              name: relative(input, shp),
              shp: readBytes(shp),
              dbf: readBytes(dbf),
              prj: prj ? readBytes(prj).toString('utf8') : undefined,
              cpg: cpg ? readBytes(cpg).toString('utf8').trim() : undefined,
            };
          },
        };
      });
  }
  let zip: JSZip;
  try {
    zip = await loadJSZip().loadAsync(readBytes(input));
  } catch {
    throw new InputError(said('load.ae.notZip'), { file: input, hint: said('load.ae.notZip.hint') });
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir && !f.name.startsWith('__MACOSX/'));
  return entries
    .filter((f) => /\.shp$/i.test(f.name))
    .map((shp) => {
      const sib = (ext: string) => entries.find((f) => stemOf(f.name) === stemOf(shp.name) && f.name.toLowerCase().endsWith(ext));
      return {
        name: shp.name,
        read: async () => {
          const dbf = sib('.dbf');
          if (!dbf) throw new InputError(said('load.ae.noDbf', { layer: shp.name }), { file: input, hint: said('load.ae.zipIncomplete.hint') });
          const prj = sib('.prj');
          const cpg = sib('.cpg');
          return {
            name: shp.name,
            shp: await shp.async('uint8array'),
            dbf: await dbf.async('uint8array'),
            prj: prj ? await prj.async('string') : undefined,
            cpg: cpg ? (await cpg.async('string')).trim() : undefined,
          };
        },
      };
    });
}

const baseName = (p: string) => (p.split(/[\\/]/).pop() ?? p).replace(/\.shp$/i, '').toUpperCase();
const folderOf = (p: string) => p.replace(/[\\/][^\\/]*$/, '');

/** Read the ADMIN EXPRESS layers and build the units layer (not written). */
export async function readAdminExpress(input: string, o: AdminExpressOptions): Promise<AdminExpressResult> {
  const all = await listLayers(input);
  const communeLayers = all.filter((l) => baseName(l.name) === ADMIN_EXPRESS_LAYERS.commune);
  if (communeLayers.length === 0) {
    throw new InputError(said('load.ae.noLayer', { layer: ADMIN_EXPRESS_LAYERS.commune }), {
      file: input,
      hint: said('load.ae.noLayer.hint', {
        url: ADMIN_EXPRESS_URL,
        found:
          all
            .map((l) => l.name)
            .slice(0, 8)
            .join(', ') || said('load.noShapefile'),
      }),
    });
  }
  const features: Feature<Polygon | MultiPolygon>[] = [];
  const layers: AdminExpressResult['layers'] = [];
  const divided: AdminExpressResult['divided'] = [];
  const noZone: AdminExpressResult['noZone'] = [];
  const seen = new Set<string>();
  /** units of the layers left out by --region */
  const outside = new Set<string>();
  const regions = o.regions?.length ? new Set(o.regions) : undefined;

  for (const cl of communeLayers) {
    const arm = all.find((l) => baseName(l.name) === ADMIN_EXPRESS_LAYERS.arrondissement && folderOf(l.name) === folderOf(cl.name));
    const communes = await readLayer(cl, input, ['INSEE_COM', 'NOM', 'POPULATION', 'INSEE_DEP', 'INSEE_REG']);
    const arms = arm ? await readLayer(arm, input, ['INSEE_ARM', 'INSEE_COM', 'NOM', 'POPULATION']) : { features: [], projection: '' };
    const armsOf = new Map<string, Feature[]>();
    for (const a of arms.features) {
      const c = text(a, 'INSEE_COM');
      let l = armsOf.get(c);
      if (!l) armsOf.set(c, (l = []));
      l.push(a);
    }
    let nCom = 0;
    let nArm = 0;
    for (const f of communes.features) {
      const com = text(f, 'INSEE_COM');
      const dep = text(f, 'INSEE_DEP');
      const reg = text(f, 'INSEE_REG');
      const parts = armsOf.get(com);
      if (regions && !regions.has(reg)) {
        outside.add(com);
        for (const a of parts ?? []) outside.add(text(a, 'INSEE_ARM'));
        continue;
      }
      const zone = zoneOf(com, o.communeTable) ?? null;
      const units = parts?.length ? parts : [f];
      if (parts?.length) divided.push({ code: com, name: text(f, 'NOM'), arrondissements: parts.length });
      for (const u of units) {
        const code = parts?.length ? text(u, 'INSEE_ARM') : com;
        if (code === '')
          throw new InputError(said('load.ae.noCode', { commune: com }), { file: input, zone: com, field: parts?.length ? 'INSEE_ARM' : 'INSEE_COM' });
        if (seen.has(code)) throw new InputError(said('load.ae.twice'), { file: input, zone: code, field: parts?.length ? 'INSEE_ARM' : 'INSEE_COM' });
        seen.add(code);
        const geometry = u.geometry as Polygon | MultiPolygon;
        const name = text(u, 'NOM');
        if (zone === null) noZone.push({ code, name });
        const properties: Record<string, unknown> = { code, name, commune: com, ze2020: zone, dep, reg, population: population(u, input, code) };
        if (o.members) properties.members = o.members.get(code) ?? 0;
        features.push({ type: 'Feature', properties, geometry });
        if (parts?.length) nArm++;
        else nCom++;
      }
    }
    layers.push({ name: cl.name, projection: communes.projection, communes: nCom, arrondissements: nArm });
  }
  if (features.length === 0) {
    throw new InputError(said('load.ae.noRegion', { regions: [...(regions ?? [])].join(', ') }), {
      file: input,
      field: 'INSEE_REG',
      hint: said('load.ae.noRegion.hint', { option: option('regions') }),
    });
  }
  features.sort((a, b) => (String(a.properties!.code) < String(b.properties!.code) ? -1 : 1));
  // members of units that --region leaves out are expected to be left out
  const relevant = [...(o.members ?? new Map<string, number>())].filter(([code, n]) => n > 0 && !seen.has(code) && !outside.has(code));
  const membersLeftOut = { codes: relevant.map(([c]) => c).sort(), members: relevant.reduce((s, [, n]) => s + n, 0) };
  return { collection: { type: 'FeatureCollection', features }, layers, divided, noZone, membersLeftOut };
}

export async function importAdminExpress(input: string, out: string, o: AdminExpressOptions): Promise<AdminExpressResult> {
  const r = await readAdminExpress(input, o);
  writeFileAtomic(out, await zonesFileData(out, r.collection, () => featureCollectionText(r.collection), { lang: o.lang, crs: o.toCrs }));
  return r;
}

async function readLayer(l: Found, file: string, fields: string[]): Promise<{ features: Feature[]; projection: string }> {
  let raw: Feature[];
  let project: ReturnType<typeof reprojectorFromPrj> = null;
  let projection: string;
  if (l.gpkg) {
    // the GeoPackage edition: the layer comes back in WGS84, reprojected from its own system
    const read = gpkgLayerWgs84(l.gpkg.file, l.gpkg.layer);
    raw = read.collection.features;
    projection = read.crs === 'EPSG:4326' ? 'WGS84 (no change)' : `${read.crs} → WGS84`;
  } else {
    const layer = await l.read();
    project = reprojectorFromPrj(layer.prj, file);
    raw = await readShapefile(layer, dbfEncoding(layer.cpg ?? 'UTF-8'), file);
    projection = project ? (/^\s*PROJCS\["([^"]+)"/i.exec(layer.prj ?? '')?.[1] ?? 'from .prj') + ' → WGS84' : 'WGS84 (no change)';
  }
  const out: Feature[] = [];
  raw.forEach((f, i) => {
    const props = Object.fromEntries(Object.entries(f.properties ?? {}).map(([k, v]) => [k.toUpperCase(), v]));
    const missing = fields.find((k) => !(k in props));
    if (missing) {
      throw new InputError(said('load.layer.noField', { layer: l.name, field: missing, fields: Object.keys(f.properties ?? {}).join(', ') }), {
        file,
        field: missing,
        hint: said('load.ae.notAdminExpress.hint', { url: ADMIN_EXPRESS_URL }),
      });
    }
    const g = f.geometry;
    const id = String(props[fields[0]] ?? `#${i + 1}`);
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      throw new InputError(said('load.layer.notPolygon', { type: g ? g.type : said('load.layer.missingGeometry') }), { file, zone: id, field: 'geometry' });
    }
    const geometry = cleanGeometry(g, project);
    if (!geometry) throw new InputError(said('load.layer.emptyOutline'), { file, zone: id, field: 'geometry' });
    out.push({ type: 'Feature', properties: props, geometry });
  });
  return { features: out, projection };
}

function text(f: Feature, k: string): string {
  const v = f.properties?.[k];
  return v === null || v === undefined ? '' : String(v).trim();
}

function population(f: Feature, file: string, code: string): number {
  const v = f.properties?.POPULATION;
  const n = typeof v === 'number' ? v : Number(String(v ?? '').trim());
  if (!Number.isFinite(n) || n < 0) throw new InputError(said('load.ae.badPopulation', { value: String(v) }), { file, zone: code, field: 'POPULATION' });
  return n;
}
