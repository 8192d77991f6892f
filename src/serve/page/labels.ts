/**
 * The editor page's own words: the catalogue's "page" messages (src/messages/page.ts). Rule titles, section
 * problems and the charter come from its "check" messages, comparison columns from its "report" messages: the
 * page says them as `decoupage check` and the report do.
 */
import { PAGE_LABELS } from '../../messages/page.js';

export type PageKey = keyof typeof PAGE_LABELS;
export { PAGE_LABELS };
