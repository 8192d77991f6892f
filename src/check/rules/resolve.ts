// The charter from option values and rules files: every rule reads its own options (RULE_OPTIONS).
import { closest, distance } from 'fastest-levenshtein';
import { InputError } from '../../core/errors.js';
import { count, option, said, type SaidValue } from '../../messages/message.js';
import { MAX_MEMBERS, MAX_SEATS } from '../../core/limits.js';
import { isLang } from '../../messages/i18n.js';
import { APPORTION_METHODS, type ApportionMethod, type Rules, type SplitIntoRequest } from '../../core/charter.js';
import { DEFAULT_RULES } from '../../core/rules.js';
import { RULE_OPTIONS } from './registry.js';
import { readNumber } from '../../load/numbers.js';
import type { OptionValue } from './types.js';

/**
 * Options as the CLI parses them (all optional strings/numbers); JSON rules files use the same names. One
 * per field of Rules (the rules' own options, declared by their modules: RULE_OPTIONS), and the settings
 * that are not rules: how seats are counted, the organisation's words, split-into.
 */
export type RuleOptions = { [K in Exclude<keyof Rules, 'seats' | 'splitInto'>]?: string | number } & {
  membersPerSeat?: string | number;
  seats?: string | number;
  method?: string;
  /** "9312:2", a list of them, or (rules.json) {"9312": 2} */
  splitInto?: unknown;
};

/** The values of a rules.json file (rulesFileFrom) and the file's name, for messages. */
export interface RulesFileValues {
  file: string;
  values: RulesFile;
}

/**
 * Build Rules from option values, on top of the values of an optional JSON rules file (options win over the
 * file; reading the file is load/rules.ts loadRules). The file's values use the option names:
 * {"min-members": 10000, "members-per-seat": 1500}.
 */
export function resolveRules(opts: RuleOptions, file?: RulesFileValues): Rules {
  let fromFile: RuleOptions = {};
  if (file) {
    const { csvSep: _settingNotRule, lang: _languageNotRule, ...rulesOnly } = file.values;
    fromFile = rulesOnly;
  }
  const rulesFile = file?.file;
  rejectConflicts(fromFile, rulesFile);
  rejectConflicts(opts, undefined);
  // an option given on the command line replaces the file's way of counting seats
  if (opts.seats !== undefined) delete fromFile.membersPerSeat;
  if (opts.membersPerSeat !== undefined) delete fromFile.seats;
  const merged: RuleOptions = { ...fromFile };
  for (const [k, v] of Object.entries(opts)) if (v !== undefined && k !== 'rules') (merged as Record<string, unknown>)[k] = v;
  const src = rulesFile ?? 'options';

  const rules: Rules = { ...DEFAULT_RULES };
  // the rules' own options, as their modules declare them (src/check/rules/)
  for (const o of RULE_OPTIONS) {
    const v = (merged as Record<string, unknown>)[o.field];
    if (v === undefined) continue;
    // a list or an object where a number or a name is expected: said as written, never "[object Object]"
    if (typeof v === 'object' && v !== null) {
      throw new InputError(said('plan.rules.notScalar', { key: o.key, value: JSON.stringify(v).slice(0, 80) }), {
        file: src === 'options' ? undefined : src,
        field: o.key,
      });
    }
    (rules as unknown as Record<string, number | string>)[o.field] = optionValue(v as string | number, o.key, o.parse, src);
  }
  for (const k of ['membersWord', 'respectLabel', 'withinLabel'] as const) {
    const v = merged[k];
    if (v !== undefined && String(v).trim() !== '') rules[k] = String(v).trim();
  }
  if (fromFile.splitInto !== undefined || opts.splitInto !== undefined) {
    // per zone, the command line wins over the file
    const byZone = new Map<string, number>();
    if (fromFile.splitInto !== undefined)
      for (const r of parseSplitInto(fromFile.splitInto, said('plan.rules.splitIntoInFile', { file: String(rulesFile) }))) byZone.set(r.zone, r.sections);
    if (opts.splitInto !== undefined) for (const r of parseSplitInto(opts.splitInto)) byZone.set(r.zone, r.sections);
    if (byZone.size) rules.splitInto = [...byZone].map(([zone, sections]) => ({ zone, sections }));
  }
  if (merged.seats !== undefined) {
    const method = String(merged.method ?? 'dhondt');
    if (!(APPORTION_METHODS as readonly string[]).includes(method)) {
      throw new InputError(said('plan.rules.unknownMethod', { method }), {
        file: src === 'options' ? undefined : src,
        field: 'method',
        hint: said('plan.useOneOf', { list: APPORTION_METHODS.join(', ') }),
      });
    }
    rules.seats = { kind: 'total', total: positiveInt(merged.seats, 'seats', src), method: method as ApportionMethod };
  } else if (merged.membersPerSeat !== undefined) {
    rules.seats = { kind: 'members-per-seat', membersPerSeat: positiveInt(merged.membersPerSeat, 'members-per-seat', src) };
  }
  if (rules.maxMembers !== undefined && rules.maxMembers < rules.minMembers) {
    const name = (k: string): SaidValue =>
      fromFile[camel(k) as keyof RuleOptions] !== undefined && (opts as Record<string, unknown>)[camel(k)] === undefined
        ? said('plan.rules.fileKey', { key: k })
        : option(camel(k));
    const [max, min] = [name('max-members'), name('min-members')];
    throw new InputError(said('plan.rules.maxBelowMin', { max, maxValue: rules.maxMembers, min, minValue: rules.minMembers }), {
      file: rulesFile,
      field: 'max-members',
      hint: said('plan.rules.maxBelowMin.hint', { max, min }),
    });
  }
  return rules;
}

/** Seats are counted one way: per members, or a fixed total shared by a method. */
function rejectConflicts(o: RuleOptions, file: string | undefined): void {
  // a key of the rules file, or an option
  const name = (k: string): SaidValue => (file ? said('plan.rules.fileKey', { key: k }) : option(camel(k)));
  if (o.seats !== undefined && o.membersPerSeat !== undefined) {
    throw new InputError(said('plan.rules.seatsTwoWays', { seats: name('seats'), perSeat: name('members-per-seat') }), {
      file,
      field: 'seats',
      hint: said('plan.rules.seatsTwoWays.hint', { perSeatOption: option('membersPerSeat'), seatsOption: option('seats'), methodOption: option('method') }),
    });
  }
  if (o.method !== undefined && o.seats === undefined && o.membersPerSeat !== undefined) {
    throw new InputError(said('plan.rules.methodNeedsSeats', { method: name('method'), seats: name('seats'), perSeat: name('members-per-seat') }), {
      file,
      field: 'method',
    });
  }
}

/** The first keys a "did you mean" lists: the thresholds and the seat rule, as the README's example. */
const FIRST_KEYS = ['min-members', 'max-members', 'min-seats', 'members-per-seat', 'seats', 'method'];

/**
 * The keys of a rules.json file, as the README writes them (kebab-case, the option names without "--");
 * camelCase is read too: the first keys, every other rule option (RULE_OPTIONS), then the settings that are
 * not rules. "csv-sep" is not a rule but the CSV separator of the outputs (see csvSepFromOptions).
 */
export const RULES_FILE_KEYS: readonly string[] = [
  ...FIRST_KEYS,
  ...RULE_OPTIONS.map((o) => o.key).filter((k) => !FIRST_KEYS.includes(k)),
  'csv-sep',
  'lang',
  'members-word',
  'respect-label',
  'within-label',
  'split-into',
];

/** What a rules.json file holds: the rule options, plus the settings that are not rules. */
export type RulesFile = RuleOptions & { csvSep?: unknown; lang?: unknown };

const kebab = (k: string) =>
  k
    .replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
    .replace(/_/g, '-')
    .toLowerCase();
const camel = (k: string) => k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Validate the parsed JSON of a rules file (`file` names it in messages): unknown keys get a "did you mean". */
export function rulesFileFrom(raw: unknown, file: string): RulesFile {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new InputError(said('plan.rules.notObject', { example: '{"min-members": 10000, "min-seats": 6}' }), { file });
  }
  const out: Record<string, unknown> = {};
  const known: readonly string[] = RULES_FILE_KEYS;
  for (const [k, v] of Object.entries(raw)) {
    if (!known.includes(kebab(k))) {
      const near = closest(kebab(k), [...known]);
      // the README's kebab-case name, and the file's own spelling of it when the file writes camelCase or snake_case
      const own = /[A-Z]/.test(k) ? camel(near) : k.includes('_') ? near.replace(/-/g, '_') : near;
      const keys = known.join(', ');
      const hint =
        distance(kebab(k), near) > Math.max(2, Math.floor(near.length / 3))
          ? said('plan.rules.unknownKey.hint', { keys })
          : own !== near
            ? said('plan.rules.unknownKey.hintNearOwn', { near, own, keys })
            : said('plan.rules.unknownKey.hintNear', { near, keys });
      throw new InputError(said('plan.rules.unknownKey', { key: k }), { file, field: k, hint });
    }
    // the language of the outputs (cli/voice.ts reads it first): fr or en
    if (kebab(k) === 'lang' && !isLang(v)) throw new InputError(said('plan.rules.lang', { value: JSON.stringify(v) }), { file, field: k });
    out[camel(kebab(k))] = v;
  }
  return out as RulesFile;
}

/** The bound of each whole-number setting (core/limits.ts); the rules' own bounds are in their options. */
const SETTING_MAX: Record<string, number> = {
  'members-per-seat': MAX_MEMBERS,
  seats: MAX_SEATS,
};

/** A rule option's value, read as its module declares (`name`: its key, for messages). */
function optionValue(v: string | number, name: string, parse: OptionValue, src: string): number | string {
  switch (parse.kind) {
    case 'whole':
      return positiveInt(v, name, src, parse.min === 0, parse.max);
    case 'percentage':
      return percentage(v, name, src);
    case 'property':
      return String(v);
  }
}

function positiveInt(v: string | number, name: string, src: string, allowZero = false, max = SETTING_MAX[name] ?? Number.MAX_SAFE_INTEGER): number {
  // typed text is read as every number a person types (load/numbers.ts): "10 000" yes; "" (Number: 0), "0x10" (16) no
  const read = typeof v === 'number' ? undefined : readNumber(String(v));
  const n = typeof v === 'number' ? v : read?.ok ? read.value : NaN;
  if (!Number.isInteger(n) || n < 0 || (!allowZero && n === 0) || n > max) {
    const what = src === 'options' ? option(camel(name)) : said('plan.rules.fileKey', { key: name });
    throw new InputError(said('plan.rules.wholeNumber', { what, min: allowZero ? 0 : 1, max: count(max), value: String(v) }), {
      file: src === 'options' ? undefined : src,
      field: name,
    });
  }
  return n === 0 ? 0 : n; // -0 is said "0"
}

/** A percentage strictly between 0 and 100: 5, "5", "5%", "2.5" or "2,5" (French decimal comma). */
function percentage(v: string | number, name: string, src: string): number {
  const n = typeof v === 'number' ? v : Number(String(v).trim().replace(/\s*%$/, '').replace(',', '.'));
  if (!Number.isFinite(n) || n <= 0 || n >= 100 || String(v).trim() === '') {
    throw new InputError(said('plan.rules.percentage', { what: option(camel(name)), value: String(v) }), {
      file: src === 'options' ? undefined : src,
      field: name,
    });
  }
  return n;
}

/**
 * "9312:2" → { zone: "9312", sections: 2 }. Also accepts the rules.json forms {"9312": 2} and ["9312:2"].
 * Throws InputError (exit 2) on anything else, naming where the value came from.
 */
export function parseSplitInto(value: unknown, source: SaidValue = option('splitInto')): SplitIntoRequest[] {
  const bad = (v: unknown): never => {
    throw new InputError(said('plan.rules.splitIntoForm', { source, value: String(JSON.stringify(v)) }), {
      field: 'split-into',
      hint: said('plan.rules.splitIntoForm.hint'),
    });
  };
  const one = (zone: string, k: unknown): SplitIntoRequest => {
    const n = typeof k === 'number' ? k : Number(String(k).trim());
    if (zone.trim() === '' || !Number.isInteger(n) || n < 1) bad(`${zone}:${String(k)}`);
    return { zone: zone.trim(), sections: n };
  };
  const list: SplitIntoRequest[] = [];
  if (typeof value === 'string') {
    const m = /^(.+):([^:]+)$/.exec(value.trim());
    if (!m) bad(value);
    list.push(one(m![1], m![2]));
  } else if (Array.isArray(value)) {
    for (const v of value) list.push(...parseSplitInto(v, source));
  } else if (typeof value === 'object' && value !== null) {
    for (const [z, k] of Object.entries(value)) list.push(one(z, k));
  } else bad(value);
  const seen = new Map<string, number>();
  for (const r of list) {
    const before = seen.get(r.zone);
    if (before !== undefined && before !== r.sections) {
      throw new InputError(said('plan.rules.splitIntoTwice', { source, zone: r.zone, before, sections: r.sections }), {
        zone: r.zone,
        field: 'split-into',
        hint: said('plan.rules.splitIntoTwice.hint'),
      });
    }
    seen.set(r.zone, r.sections);
  }
  return [...seen].map(([zone, sections]) => ({ zone, sections }));
}
