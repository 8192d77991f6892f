import { describe, expect, it } from 'vitest';
import { EDIT_MESSAGES } from '../../src/session/messages.js';
import { PAGE_LABELS } from '../../src/serve/page/labels.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['the editor page labels', PAGE_LABELS as unknown as Record<'en' | 'fr', Record<string, string>>],
  ['the reasons an edit is refused', EDIT_MESSAGES as unknown as Record<'en' | 'fr', Record<string, string>>],
])('%s', (_name, labels) => {
  it('have every key in English and French, none empty, with the same placeholders', () => {
    const en = labels.en;
    const fr = labels.fr;
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const k of Object.keys(en)) {
      expect(en[k].trim(), k).not.toBe('');
      expect(fr[k].trim(), k).not.toBe('');
      expect(placeholders(fr[k]), k).toEqual(placeholders(en[k]));
    }
  });
});
