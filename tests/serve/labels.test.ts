import { describe, expect, it } from 'vitest';
import { PAGE_LABELS } from '../../src/serve/page/labels.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the editor page labels', () => {
  it('have every key in English and French, none empty, with the same placeholders', () => {
    const en = PAGE_LABELS.en;
    const fr = PAGE_LABELS.fr;
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[k].trim(), k).not.toBe('');
      expect(fr[k].trim(), k).not.toBe('');
      expect(placeholders(fr[k]), k).toEqual(placeholders(en[k]));
    }
  });
});
