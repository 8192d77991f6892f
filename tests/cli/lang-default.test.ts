/**
 * The language of a run: --lang, else DECOUPAGE_LANG, else "lang" in rules.json, else French when the system's
 * locale is French (LC_ALL, then LC_MESSAGES, then LANG), else English; --help says which and why.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFrenchLocale, langChoice, localeOf } from '../../src/cli/voice.js';

const BIN = new URL('../../bin/decoupage.js', import.meta.url).pathname;
const tmp = () => mkdtempSync(join(tmpdir(), 'lang-'));

/** Run the built CLI with exactly these locale variables (the others of the test environment removed). */
function cli(env: Record<string, string>, ...args: string[]) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['LC_ALL', 'LC_MESSAGES', 'LANG', 'DECOUPAGE_LANG'].includes(k)));
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...base, ...env } });
}

describe('the language of a run', () => {
  it('follows the POSIX order of the locale variables: LC_ALL, then LC_MESSAGES, then LANG; empty is unset', () => {
    expect(localeOf({ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' })).toEqual({ variable: 'LC_MESSAGES', value: 'en_GB.UTF-8' });
    expect(localeOf({ LANG: 'en_US.UTF-8', LC_ALL: 'fr_CA.UTF-8', LC_MESSAGES: 'en_GB' })).toEqual({ variable: 'LC_ALL', value: 'fr_CA.UTF-8' });
    expect(localeOf({ LANG: 'fr_BE@euro', LC_ALL: '' })).toEqual({ variable: 'LANG', value: 'fr_BE@euro' });
    expect(localeOf({})).toBeUndefined();
    expect(['fr', 'fr_FR.UTF-8', 'fr_CA', 'fr_BE@euro', 'fr-CH'].every(isFrenchLocale)).toBe(true);
    expect(['C', 'C.UTF-8', 'POSIX', 'en_US.UTF-8', 'fy_NL', 'frr_DE'].some(isFrenchLocale)).toBe(false);
  });

  it('--lang, then DECOUPAGE_LANG, then "lang" in rules.json, then the locale', () => {
    const dir = tmp();
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, '{"min-members": 10, "lang": "en"}');
    const fr = { LANG: 'fr_FR.UTF-8' };
    expect(langChoice([], fr)).toEqual({ lang: 'fr', source: 'locale', detail: 'LANG=fr_FR.UTF-8' });
    expect(langChoice([], { LANG: 'C.UTF-8' })).toMatchObject({ lang: 'en', source: 'locale' });
    expect(langChoice([], {})).toEqual({ lang: 'en', source: 'default' });
    expect(langChoice(['check', '--rules', rules], fr)).toEqual({ lang: 'en', source: 'rules', detail: rules });
    expect(langChoice(['check', `--rules=${rules}`], { ...fr, DECOUPAGE_LANG: 'fr' })).toMatchObject({ lang: 'fr', source: 'env' });
    expect(langChoice(['check', '--rules', rules, '--lang', 'fr'], { DECOUPAGE_LANG: 'en' })).toEqual({ lang: 'fr', source: 'option' });
    // a rules file that cannot be read says nothing here: the command reports it
    expect(langChoice(['check', '--rules', join(dir, 'missing.json')], fr)).toMatchObject({ lang: 'fr', source: 'locale' });
  });

  it('LANG=fr_FR.UTF-8: --help is French and says why; LANG=C: English', () => {
    const fr = cli({ LANG: 'fr_FR.UTF-8' }, 'export', '--help');
    expect(fr.status).toBe(0);
    expect(fr.stdout).toContain('Options');
    expect(fr.stdout).toMatch(/par défaut\s*:\s*français,\s+car la langue du système est le\s+français\s+\(LANG=fr_FR\.UTF-8\)/);
    const en = cli({ LANG: 'C.UTF-8' }, 'export', '--help');
    expect(en.stdout).toMatch(/default: English,\s+because the system’s locale is not\s+French\s+\(LANG=C\.UTF-8\)/);
    const forced = cli({ LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8', DECOUPAGE_LANG: 'en' }, 'export', '--help');
    expect(forced.stdout).toMatch(/default: English, as\s+DECOUPAGE_LANG=en says/);
  });

  it('rules.json "lang" wins over the locale; a wrong value is exit 2 naming the file', () => {
    const dir = tmp();
    const rules = join(dir, 'rules.json');
    writeFileSync(rules, '{"min-members": 10000, "lang": "en"}');
    const r = cli({ LANG: 'fr_FR.UTF-8' }, 'check', 'missing.geojson', 'plan.csv', '--rules', rules);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: /);
    writeFileSync(rules, '{"min-members": 10000, "lang": "de"}');
    const bad = cli(
      { LANG: 'C' },
      'check',
      new URL('../../data/demo/zones.geojson', import.meta.url).pathname,
      new URL('../../data/demo/plan-departements.csv', import.meta.url).pathname,
      '--members',
      'members',
      '--rules',
      rules,
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('rules.json');
    expect(bad.stderr).toContain('"lang" must be "fr" or "en", not "de"');
  });

  it('LANG=fr_FR.UTF-8 decoupage demo speaks French: its lines and its report', () => {
    const dir = tmp();
    const r = cli({ LANG: 'fr_FR.UTF-8' }, 'demo', '-o', dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/sections/);
    expect(r.stdout).toMatch(/délégués|écrit/);
    expect(r.stdout).not.toMatch(/\bwrote\b/);
    // boundaries are named in words, never as the property name ("dep")
    expect(r.stdout).toContain('en ne franchissant les départements que si nécessaire');
    expect(r.stdout).not.toContain('« dep »');
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('<html lang="fr">');
  });
});
