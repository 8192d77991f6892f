import type { LabelKey, Translator } from './i18n.js';

/**
 * Text from the data (zone and section names, file names, messages) goes into HTML and SVG only
 * through these functions, so a zone named `<script>` stays text.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for an HTML/XML text node or a quoted attribute value. */
export function escapeXml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A label of the report's dictionary with its figures, escaped for HTML. */
export type HtmlLabel = (key: LabelKey, params?: Record<string, string | number>) => string;

/** The labels of `tr`, escaped: the `tx('total')` of every part of the report. */
export function htmlLabels(tr: Translator): HtmlLabel {
  return (key, params) => escapeXml(tr.t(key, params));
}
