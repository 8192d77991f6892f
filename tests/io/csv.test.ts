import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { parseCsv } from '../../src/io/csv.js';

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('parseCsv: a broken file', () => {
  it('a misplaced quote is said with its line, in the reader’s language, not in the parser’s words', () => {
    const e = errorOf(() => parseCsv('code,members\nZ1,10\nZ2,"12\n', 'members.csv'));
    expect(e.message).toMatch(/^members\.csv: is not a readable CSV file \(line \d+: unbalanced quotes or broken cells\)/);
    expect(e.sayIn('fr')).toMatch(/^members\.csv : n’est pas un fichier CSV lisible \(ligne \d+ : guillemets mal appariés/);
    expect(e.message).not.toMatch(/Quote|quote is found/);
  });

  it('a register’s broken line is never quoted back', () => {
    const e = errorOf(() => parseCsv('nom,cp\n"Dupont Jean" x,13001\n', 'adherents.csv', { personal: true }));
    expect(e.message).not.toContain('Dupont');
    expect(e.message).toMatch(/line \d+/);
  });
});
