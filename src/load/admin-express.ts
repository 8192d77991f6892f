/**
 * Import IGN's ADMIN EXPRESS (COG or COG CARTO, shapefile edition): the layers COMMUNE (fields INSEE_COM,
 * NOM, POPULATION, INSEE_DEP, INSEE_REG) and ARRONDISSEMENT_MUNICIPAL (INSEE_ARM, INSEE_COM, NOM,
 * POPULATION), from a zip or from the folder the .7z was extracted to, in any projection IGN ships
 * (Lambert-93, the overseas UTM zones, WGS84: read from each layer's .prj). The result is a units layer
 * for `propose --split-with`: one feature per commune, except Paris, Lyon and Marseille, replaced by their
 * arrondissements municipaux; each carries its commune, its zone d'emploi (from INSEE's commune → zone
 * table), its département and its région.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { InputError } from '../core/errors.js';
import { count, option, said } from '../messages/message.js';
import { writeFileAtomic } from '../io/atomic.js';
import { zonesFileData } from '../io/gpkg-style.js';
import type { Lang } from '../core/i18n.js';
import { gpkgLayerNames, isGpkgPath, loadGpkgSupport } from '../io/gpkg.js';
import { notice } from '../core/notices.js';
import { gpkgLayerWgs84 } from './gpkg.js';
import { zoneOf } from '../members/register.js';
import { featureCollectionText } from './insee.js';
import { checkInFrance, cleanGeometry, readLayer, shapefileLayers, type FoundLayer } from './shapefile.js';
import type { CommuneTable } from './members.js';

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
  /** projection of layers without .prj, e.g. "EPSG:2154" (as `import insee-ze`) */
  fromCrs?: string;
  /** at most this many MB inflated from a zip (as `import insee-ze`) */
  maxUnzippedMb?: number;
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
  /** units whose POPULATION is empty: missing (null), not 0 */
  noPopulation: string[];
}

interface Found extends FoundLayer {
  /** a layer of ADMIN EXPRESS's GeoPackage edition: read by load/gpkg.ts, already in WGS84 */
  gpkg?: { file: string; layer: string };
}

/** All .shp layers of a zip or a folder (the one shapefile reader, shapefile.ts); or the layers of the GeoPackage edition. */
async function listLayers(input: string, o: AdminExpressOptions): Promise<Found[]> {
  if (isGpkgPath(input)) {
    await loadGpkgSupport();
    const notShapefile = () => Promise.reject(new Error('a GeoPackage layer has no shapefile'));
    // named "file.gpkg/commune": the layers of one file are one delivery, as the shapefiles of one folder
    return gpkgLayerNames(input).map((layer) => ({ name: `${input.split(/[\\/]/).pop()}/${layer}`, read: notShapefile, gpkg: { file: input, layer } }));
  }
  return shapefileLayers(input, { producer: 'ign', maxUnzippedMb: o.maxUnzippedMb, readHint: said('load.ae.read.hint') });
}

const baseName = (p: string) => (p.split(/[\\/]/).pop() ?? p).replace(/\.shp$/i, '').toUpperCase();
const folderOf = (p: string) => p.replace(/[\\/][^\\/]*$/, '');

/** Read the ADMIN EXPRESS layers and build the units layer (not written). */
export async function readAdminExpress(input: string, o: AdminExpressOptions): Promise<AdminExpressResult> {
  const all = await listLayers(input, o);
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
  const noPopulation: string[] = [];
  /** units of the layers left out by --region */
  const outside = new Set<string>();
  const regions = o.regions?.length ? new Set(o.regions) : undefined;

  for (const cl of communeLayers) {
    const arm = all.find((l) => baseName(l.name) === ADMIN_EXPRESS_LAYERS.arrondissement && folderOf(l.name) === folderOf(cl.name));
    const communes = await readAeLayer(cl, input, ['INSEE_COM', 'NOM', 'POPULATION', 'INSEE_DEP', 'INSEE_REG'], o);
    const arms = arm ? await readAeLayer(arm, input, ['INSEE_ARM', 'INSEE_COM', 'NOM', 'POPULATION'], o) : { features: [], projection: '' };
    const armsOf = new Map<string, Feature[]>();
    for (const a of arms.features) {
      const c = text(a, 'INSEE_COM');
      let l = armsOf.get(c);
      if (!l) armsOf.set(c, (l = []));
      l.push(a);
    }
    let nCom = 0;
    let nArm = 0;
    for (const [n, f] of communes.features.entries()) {
      const com = text(f, 'INSEE_COM');
      // a commune without its code: named by its place in the layer (there is no code to name it by)
      if (com === '') {
        throw new InputError(said('load.ae.noCodeAt', { n: n + 1, layer: cl.name, field: 'INSEE_COM' }), { file: input, field: 'INSEE_COM' });
      }
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
        const pop = population(u, input, code);
        if (pop === null) noPopulation.push(code);
        const properties: Record<string, unknown> = { code, name, commune: com, ze2020: zone, dep, reg, population: pop };
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
  // an empty POPULATION is missing, not 0 (a commune of no inhabitants would share no members): said, counted
  if (noPopulation.length) {
    notice(
      said('load.ae.noPopulation', { n: count(noPopulation.length), examples: noPopulation.slice(0, 5).join(', ') + (noPopulation.length > 5 ? ', …' : '') }),
    );
  }
  return { collection: { type: 'FeatureCollection', features }, layers, divided, noZone, membersLeftOut, noPopulation };
}

export async function importAdminExpress(input: string, out: string, o: AdminExpressOptions): Promise<AdminExpressResult> {
  const r = await readAdminExpress(input, o);
  writeFileAtomic(out, await zonesFileData(out, r.collection, () => featureCollectionText(r.collection), { lang: o.lang, crs: o.toCrs }));
  return r;
}

async function readAeLayer(l: Found, file: string, fields: string[], o: AdminExpressOptions): Promise<{ features: Feature[]; projection: string }> {
  const idOf = (properties: Record<string, unknown>, i: number): string => {
    const props = upperKeys(properties);
    const missing = fields.find((k) => !(k in props));
    if (missing) {
      throw new InputError(said('load.layer.noField', { layer: l.name, field: missing, fields: Object.keys(properties).join(', ') }), {
        file,
        field: missing,
        hint: said('load.ae.notAdminExpress.hint', { url: ADMIN_EXPRESS_URL }),
      });
    }
    const id = String(props[fields[0]] ?? '').trim();
    return id === '' ? `#${i + 1}` : id;
  };
  if (l.gpkg) {
    // the GeoPackage edition: the layer comes back in WGS84, reprojected from its own system
    const read = gpkgLayerWgs84(l.gpkg.file, l.gpkg.layer);
    const out: Feature[] = [];
    read.collection.features.forEach((f, i) => {
      const id = idOf(f.properties ?? {}, i);
      const g = f.geometry;
      if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
        throw new InputError(said('load.layer.notPolygon', { type: g ? g.type : said('load.layer.missingGeometry') }), { file, zone: id, field: 'geometry' });
      }
      const geometry = cleanGeometry(g, null);
      if (!geometry) throw new InputError(said('load.layer.emptyOutline'), { file, zone: id, field: 'geometry' });
      checkInFrance(geometry, { file, zone: id, layer: l.name, hint: said('load.zip.damaged.hintIgn') });
      out.push({ type: 'Feature', properties: upperKeys(f.properties ?? {}), geometry });
    });
    return { features: out, projection: read.crs === 'EPSG:4326' ? 'WGS84 (no change)' : `${read.crs} → WGS84` };
  }
  // the one shapefile reader: projection (.prj or --from-crs), encoding, coordinates in France
  const read = await readLayer(await l.read(), { file, producer: 'ign', fromCrs: o.fromCrs, idOf });
  return { features: read.features.map((f) => ({ ...f, properties: upperKeys(f.properties ?? {}) })), projection: read.projection };
}

function upperKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toUpperCase(), v]));
}

function text(f: Feature, k: string): string {
  const v = f.properties?.[k];
  return v === null || v === undefined ? '' : String(v).trim();
}

/** The unit's POPULATION; null when empty (missing, not 0). */
function population(f: Feature, file: string, code: string): number | null {
  const v = f.properties?.POPULATION;
  if (v === null || v === undefined || (typeof v === 'string' && v.trim() === '')) return null;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  if (!Number.isFinite(n) || n < 0) throw new InputError(said('load.ae.badPopulation', { value: String(v) }), { file, zone: code, field: 'POPULATION' });
  return n;
}
