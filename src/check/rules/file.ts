/**
 * Reading a rules.json file (the charter written once for a committee): the file layer on top of
 * core/rules.ts, which builds the Rules from values only.
 */
import { type Rules } from '../../core/rules.js';
import { resolveRules, rulesFileFrom, type RuleOptions, type RulesFile } from './resolve.js';
import { parseJson, readText } from '../../io/read.js';
import { option, said } from '../../messages/message.js';

/** Read and validate a rules.json file: JSON syntax errors give line and column, unknown keys a "did you mean". */
export function readRulesFile(file: string): RulesFile {
  const text = readText(file, said('load.rules.read.hint', { rules: option('rules') }));
  const raw = parseJson(text, file, said('load.rules.json.hint', { example: '{"min-members": 10000, "members-per-seat": 1500, "min-seats": 6}' }));
  return rulesFileFrom(raw, file);
}

/** The rules of option values on top of the rules file `opts.rules` names, if any (options win over the file). */
export function loadRules(opts: RuleOptions & { rules?: string }): Rules {
  const { rules: file, ...values } = opts;
  return resolveRules(values, file ? { file, values: readRulesFile(file) } : undefined);
}
