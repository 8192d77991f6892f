// Folder index of src/messages: the catalogue and how to say its messages.
export { CATALOGUE, type MessageId, messageOf } from './catalogue.js';
export {
  count,
  decimal,
  isSaid,
  option,
  placeholdersOf,
  say,
  said,
  shown,
  type Message,
  type Said,
  type SaidValue,
  type Table,
  type Voice,
} from './message.js';
// the tables of what CLI commands print (said through labelsFor)
export { REPORT_CLI_LABELS } from './reportCli.js';
export { SERVE_LABELS } from './serve.js';
export { RULES_FILE_EXAMPLES } from './help.js';
