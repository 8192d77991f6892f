// decoupage/export: Writing zones with their sections as GeoJSON.

/** Every zone with its section (and its section's verdict), as GeoJSON features. */
export { zonesWithSections } from '../export/dissolve.js';
/** GeoJSON text as decoupage writes it: one feature per line (diff-friendly). */
export { geojsonText } from '../export/write.js';
