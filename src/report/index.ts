// Public API of src/report (re-exported by src/index.ts).
export { renderReport, renderReportAndMap } from './html.js';
export { renderMapSvg, type MapOptions } from './map.js';
export { renderPng, type PngOptions } from './png.js';
export { layoutSections, type SectionLayout, type SectionShape } from '../export/layout.js';
export { colourSections, SECTION_PALETTE } from '../export/colour.js';
export { escapeXml } from './escape.js';
export { translator, isLang, LANGS, DICTIONARY, type Lang, type LabelKey, type Translator } from './i18n.js';
export type { ReportInput, ReportPluralism, ReportComparison, ScenarioInfo } from './types.js';
export { assembleReport, type AssembleOptions } from './assemble.js';
export { type ComparedPlanInput } from './comparison.js';
export { reportHomogeneity, renderHomogeneity, type ReportHomogeneity } from './homogeneity.js';
