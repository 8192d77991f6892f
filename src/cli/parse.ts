/**
 * The number options of every command, parsed one way: a bad value is an InputError (exit 2) naming the
 * option and what to write. Decimals may use a French decimal comma ("2,5"); whole numbers may group
 * thousands with spaces. Each function returns a parser for commander's .option(…, parser) and can also
 * be called on a value directly: wholeNumber('--top', 1)('5') → 5.
 */
import { InputError } from '../core/index.js';
import { readNumber } from '../load/index.js';

type Parser = (text: string) => number;

/** The number in `text`, or undefined when it is not one (or is ambiguous, such as "1,234"). */
function numberIn(text: string): number | undefined {
  const r = readNumber(text);
  return r.ok ? r.value : undefined;
}

function fail(option: string, expected: string, text: string, hint?: string): never {
  throw new InputError(`${option} must be ${expected}, got "${text}"`, { field: option.replace(/^--/, ''), hint });
}

/** A whole number ≥ min (iterations, counts, --top). */
export function wholeNumber(option: string, min = 0, hint?: string): Parser {
  return (text) => {
    const n = numberIn(String(text));
    if (n === undefined || !Number.isInteger(n) || n < min) fail(option, `a whole number ≥ ${min}`, text, hint);
    return n;
  };
}

/** A number > 0, decimals allowed; `what` says what it counts, e.g. "a number of seconds". */
export function positiveNumber(option: string, what = 'a number', hint?: string): Parser {
  return (text) => {
    const n = numberIn(String(text));
    if (n === undefined || !(n > 0)) fail(option, `${what} > 0`, text, hint);
    return n;
  };
}

/** A distance in metres, 0 or more (snapping tolerances). */
export function metres(option: string, hint?: string): Parser {
  return (text) => {
    const n = numberIn(String(text));
    if (n === undefined || n < 0) fail(option, 'a distance in metres, 0 or more', text, hint);
    return n;
  };
}

/** A rate > 0: "0.08", "0,08" or "8%" → 0.08. */
export function rate(option: string, hint?: string): Parser {
  return (text) => {
    const t = String(text).trim();
    const pct = t.endsWith('%');
    const n = numberIn(pct ? t.slice(0, -1) : t);
    if (n === undefined || !(n > 0)) fail(option, 'a positive number such as 0.08 (or 8%)', text, hint);
    return pct ? n / 100 : n;
  };
}

/** The seed of the random choices: a whole number ≥ 0 (the same seed gives the same result). */
export function seed(option = '--seed'): Parser {
  return wholeNumber(option, 0, 'for example --seed 1; any whole number works, the same one gives the same result');
}
