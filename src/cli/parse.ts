/**
 * The number options of every command, parsed one way: a bad value is an InputError (exit 2) naming the
 * option and what to write. Decimals may use a French decimal comma ("2,5"); whole numbers may group
 * thousands with spaces. Each function returns a parser for commander's .option(…, parser) and can also
 * be called on a value directly: wholeNumber('--top', 1)('5') → 5.
 */
import { InputError } from '../core/index.js';
import { MAX_SNAP_M } from '../core/index.js';
import { readNumber } from '../load/index.js';
import { count, said, type Said } from '../messages/index.js';

type Parser = (text: string) => number;

/** The number in `text`, or undefined when it is not one (or is ambiguous, such as "1,234"). */
function numberIn(text: string): number | undefined {
  const r = readNumber(text);
  return r.ok ? r.value : undefined;
}

function fail(option: string, expected: Said, text: string, hint?: Said): never {
  throw new InputError(said('cli.number.mustBe', { option, expected, text }), { field: option.replace(/^--/, ''), hint });
}

/** A whole number from min to max (iterations, counts, --top); max is one of the bounds of core/limits.ts. */
export function wholeNumber(option: string, min = 0, hint?: Said, max = Number.MAX_SAFE_INTEGER): Parser {
  return (text) => {
    const n = numberIn(String(text));
    const range = max === Number.MAX_SAFE_INTEGER ? said('cli.number.whole', { min }) : said('cli.number.wholeRange', { min, max: count(max) });
    if (n === undefined || !Number.isInteger(n) || n < min || n > max) fail(option, range, text, hint);
    return n;
  };
}

/** A number > 0 (and ≤ max), decimals allowed; `what` says what it counts, e.g. "a number of seconds". */
export function positiveNumber(option: string, what: Said = said('cli.number.aNumber'), hint?: Said, max = Number.MAX_VALUE): Parser {
  return (text) => {
    const n = numberIn(String(text));
    if (n === undefined || !(n > 0) || n > max) {
      fail(option, max === Number.MAX_VALUE ? said('cli.number.positive', { what }) : said('cli.number.positiveMax', { what, max: count(max) }), text, hint);
    }
    return n;
  };
}

/** A distance in metres, from 0 to MAX_SNAP_M (snapping tolerances). */
export function metres(option: string, hint?: Said, max = MAX_SNAP_M): Parser {
  return (text) => {
    const n = numberIn(String(text));
    if (n === undefined || n < 0 || n > max) fail(option, said('cli.number.metres', { max: count(max) }), text, hint);
    return n;
  };
}

/** A rate > 0: "0.08", "0,08" or "8%" → 0.08. */
export function rate(option: string, hint?: Said): Parser {
  return (text) => {
    const t = String(text).trim();
    const pct = t.endsWith('%');
    const n = numberIn(pct ? t.slice(0, -1) : t);
    if (n === undefined || !(n > 0)) fail(option, said('cli.number.rate'), text, hint);
    return pct ? n / 100 : n;
  };
}

/**
 * A share, from 0 to 1: "0.005", "0,5" or "2%" → 0.02. "2" is not read as 200 % (nor as 2 %): a share above 1
 * would turn a guard off without a word, so it is refused, saying how to write a percentage.
 */
export function share(option: string, hint?: Said): Parser {
  return (text) => {
    const t = String(text).trim();
    const pct = t.endsWith('%');
    const n = numberIn(pct ? t.slice(0, -1).trim() : t);
    const v = n === undefined ? undefined : pct ? n / 100 : n;
    if (v === undefined || !(v >= 0) || v > 1) fail(option, said('cli.number.share'), text, hint);
    return v;
  };
}

/** The seed of the random choices: a whole number ≥ 0 (the same seed gives the same result). */
export function seed(option = '--seed'): Parser {
  return wholeNumber(option, 0, said('cli.hint.seed'));
}

/**
 * The seed as seats and pluralism give it to the library: as text (the draw hashes the text, a number seeds
 * directly), so that the draws of a seed stay those already published.
 */
export function seedText(seed: number): string {
  return String(seed);
}
