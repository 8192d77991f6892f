/**
 * Text from the data (zone and section names, file names, messages) goes into HTML and SVG only
 * through these functions, so a zone named `<script>` stays text.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for an HTML/XML text node or a quoted attribute value. */
export function escapeXml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
