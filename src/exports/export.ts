// decoupage/export: Writing zones with their sections as GeoJSON or GeoPackage.

/** Every zone with its section (and its section's verdict), as GeoJSON features. */
export { zonesWithSections } from '../export/dissolve.js';
/** GeoJSON text as decoupage writes it: one feature per line (diff-friendly). */
export { geojsonText } from '../export/write.js';
/** A plan as a GeoPackage (layers sections and zones, styled for QGIS in layer_styles), as bytes. */
export { planGpkg } from '../export/gpkg.js';
/** Start SQLite (WebAssembly) once before loadZones reads a .gpkg; the GeoPackage writers start it themselves. */
export { loadGpkgSupport } from '../io/gpkg.js';
