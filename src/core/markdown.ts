/**
 * Text from the user's files (section and zone names, property values) inside Markdown output: every
 * character Markdown or the HTML it is turned into would interpret is escaped, so a name such as
 * `<img src=x onerror=alert(1)>` or `[click](javascript:…)` is shown as written, never run or linked.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
}
