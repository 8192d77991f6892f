/** What the editor's server says to the person, in the page's language: a stale autosave, a busy proposer. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { say } from '../../src/messages/index.js';
import { describe, expect, it } from 'vitest';
import { EditorApp } from '../../src/serve/index.js';
import { JobBusyError } from '../../src/serve/jobs.js';
import { demoConfig } from './support.js';

describe('the editor speaks the page language', () => {
  it('an autosave naming an unknown zone is not restored, and says so in French', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decoupage-serve-msg-'));
    writeFileSync(join(dir, 'plan.csv.autosave.json'), JSON.stringify({ format: 'decoupage-editor-autosave', plan: [['NOPE', 'S1']], locked: [] }));
    const fr = new EditorApp(demoConfig(dir, { lang: 'fr' }));
    expect(fr.restoredFrom).toBeFalsy();
    expect(fr.warnings).toHaveLength(1);
    expect(say(fr.warnings[0], 'fr')).toMatch(
      /plan\.csv\.autosave\.json : non restauré \(la zone « NOPE » n’est pas dans zones\.geojson\) ; mis de côté sous le nom plan\.csv\.autosave\.json\.damaged-[\dTZ-]+\.json, l’éditeur part du fichier de plan$/,
    );
    await fr.close();
    // not JSON at all, in English
    writeFileSync(join(dir, 'plan.csv.autosave.json'), 'null');
    const en = new EditorApp(demoConfig(dir));
    expect(say(en.warnings[0], 'en')).toMatch(
      /autosave\.json: not restored \(not an autosave of the editor\); set aside as plan\.csv\.autosave\.json\.damaged-[\dTZ-]+\.json, the editor starts from the plan file$/,
    );
    await en.close();
  });

  it('a second proposal while one runs is refused in the page language', () => {
    expect(new JobBusyError('3', 'fr').message).toBe('une proposition est déjà en cours (tâche 3) : attendez-la ou annulez-la');
    expect(new JobBusyError('3').message).toBe('a proposal is already running (job 3): wait for it or cancel it');
  });
});
