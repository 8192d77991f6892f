// Issue 19 "make the class impossible": a value of a member's line is a type the message layer refuses.
// The @ts-expect-error lines are the test: `npm run typecheck` fails if said() ever accepts a register cell.
import { describe, expect, it } from 'vitest';
import { registerRows, type RegisterRow } from '../../src/io/register.js';
import { said, type Personal } from '../../src/messages/message.js';

describe('Personal: register values never fill a message', () => {
  it('said() does not compile with a register cell as a placeholder value; plain text and counts still do', () => {
    const row: RegisterRow = registerRows([{ nom: 'Zorglubovitch', ville: 'NICE' }])[0];
    // @ts-expect-error a cell of a register is Personal: refused
    const refused = said('load.csv.noColumn', { column: row.nom, columns: 'nom, ville' });
    const cell = 'Qwertyane' as Personal;
    // @ts-expect-error refused wherever it comes from
    said('load.register.twoColumns', { column: cell, a: 1, b: 2 });
    // what may be said about a register: column names it recognised, line numbers, counts
    const fine = said('load.register.twoColumns', { column: 'ville', a: 3, b: 7 });
    expect(fine.params).toEqual({ column: 'ville', a: 3, b: 7 });
    expect(refused.id).toBe('load.csv.noColumn'); // the guard is the compiler's; at run time said() is unchanged
  });
});
