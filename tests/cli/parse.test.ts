import { describe, expect, it } from 'vitest';
import { metres, positiveNumber, rate, seed, wholeNumber } from '../../src/cli/parse.js';
import { InputError } from '../../src/core/errors.js';
import { said } from '../../src/messages/index.js';
import { readNumber } from '../../src/load/numbers.js';
import { inputErrorOf } from '../support/files.js';

describe('readNumber: numbers as spreadsheets write them', () => {
  it.each([
    ['12345', 12345],
    ['12 345', 12345],
    ['12\u00a0345', 12345],
    ['1\u202f234\u202f567', 1234567],
    ['0,08', 0.08],
    ['0.08', 0.08],
    ['1234,5', 1234.5],
    ['12 345,5', 12345.5],
    [' -3 ', -3],
  ])('"%s" → %d', (text, value) => {
    expect(readNumber(text)).toEqual({ ok: true, value });
  });

  it('"12,345" is ambiguous (12.345 in French, 12345 in English); other oddities are not numbers', () => {
    expect(readNumber('12,345')).toEqual({ ok: false, ambiguous: true });
    for (const t of ['', 'abc', '1e3', '12,345.6', '1 23', '12  345', '1.2.3', '0x10']) expect(readNumber(t)).toEqual({ ok: false, ambiguous: false });
  });
});

describe('number options: one parser each, InputError (exit 2) naming the option', () => {
  it('whole numbers', () => {
    expect(wholeNumber('--iterations')('200')).toBe(200);
    expect(wholeNumber('--iterations')('20 000')).toBe(20000);
    const e = inputErrorOf(() => wholeNumber('--top', 1)('0'));
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe('field "top": --top must be a whole number ≥ 1, got "0"');
    expect(() => wholeNumber('--top', 1)('lots')).toThrow(InputError);
    expect(() => wholeNumber('--iterations')('2.5')).toThrow(/--iterations must be a whole number ≥ 0, got "2.5"/);
  });

  it('positive numbers say what they count', () => {
    expect(positiveNumber('--time-limit', said('cli.number.seconds'))('1,5')).toBe(1.5);
    expect(() => positiveNumber('--time-limit', said('cli.number.seconds'))('0')).toThrow(/--time-limit must be a number of seconds > 0, got "0"/);
    expect(() => positiveNumber('--concentration')('-1')).toThrow(/--concentration must be a number > 0/);
  });

  it('metres accept 0 and a decimal comma', () => {
    expect(metres('--snap')('0')).toBe(0);
    expect(metres('--snap')('2,5')).toBe(2.5);
    const e = inputErrorOf(() => metres('--snap', said('cli.hint.snap'))('-1'));
    expect(e.message).toMatch(/--snap must be a distance in metres, from 0 to 10,000, got "-1"/);
    expect(e.details).toMatchObject({ field: 'snap', hint: said('cli.hint.snap') });
    // the same error in French, the figures written the French way
    expect(e.sayIn('fr')).toBe(
      'champ « snap » : --snap doit être une distance en mètres, de 0 à 10\u202f000, et non « -1 »\n  → par exemple --snap 5 tient pour communes les frontières distantes de moins de 5 mètres',
    );
  });

  it('rates: 0.08, 0,08 or 8%', () => {
    expect(rate('--estimate-members')('0,08')).toBe(0.08);
    expect(rate('--estimate-members')('8%')).toBeCloseTo(0.08, 12);
    expect(rate('--estimate-members')('8 %')).toBeCloseTo(0.08, 12);
    expect(() => rate('--estimate-members')('0')).toThrow(/--estimate-members must be a positive number such as 0.08 \(or 8%\), got "0"/);
  });

  it('seeds are whole numbers ≥ 0', () => {
    expect(seed()('7')).toBe(7);
    expect(() => seed()('abc')).toThrow(/--seed must be a whole number ≥ 0, got "abc"/);
  });
});
