// One rule for flat GIS values, shared by the GeoJSON writer (export/write.ts) and the GeoPackage writer (gpkg.ts).

/**
 * A property value as a GIS field can hold it: lists become one text ("9301; 9302"; QGIS shows them as text and
 * ogr2ogr can write them to a Shapefile, which has no list fields), objects become their JSON text.
 */
export function flatValue(v: unknown): string | number | boolean | null {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.map((x) => (x !== null && typeof x === 'object' ? JSON.stringify(x) : String(x))).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return v as string | number | boolean;
}
