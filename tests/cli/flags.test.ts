import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { VoicedCommand } from '../../src/cli/commander-voice.js';
import { AUDIT_FLAGS } from '../../src/cli/commands/audit.js';
import { CHECK_FLAGS } from '../../src/cli/commands/check.js';
import { DEMO_FLAGS } from '../../src/cli/commands/demo.js';
import { EXPORT_FLAGS } from '../../src/cli/commands/export.js';
import { GRAPH_COMMAND_FLAGS } from '../../src/cli/commands/graph.js';
import { IMPORT_FLAGS } from '../../src/cli/commands/import.js';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { INFO_FLAGS } from '../../src/cli/commands/info.js';
import { MEMBERS_FLAGS } from '../../src/cli/commands/members.js';
import { PLURALISM_FLAGS } from '../../src/cli/commands/pluralism.js';
import { PROPOSE_FLAGS, type ProposeFlags } from '../../src/cli/commands/propose.js';
import { REPORT_FLAGS } from '../../src/cli/commands/report.js';
import { SEATS_FLAGS } from '../../src/cli/commands/seats.js';
import { SERVE_FLAGS, type ServeFlags } from '../../src/cli/commands/serve.js';
import type { CliContext } from '../../src/cli/context.js';
import { cliVoice } from '../../src/cli/voice.js';
import { silentProgress } from '../../src/core/index.js';

/** The keys each command's flags interface lists (next to the interface, checked against it by the compiler). */
const FLAGS: Record<string, readonly string[]> = {
  demo: DEMO_FLAGS,
  import: IMPORT_FLAGS,
  members: MEMBERS_FLAGS,
  info: INFO_FLAGS,
  graph: GRAPH_COMMAND_FLAGS,
  propose: PROPOSE_FLAGS,
  seats: SEATS_FLAGS,
  check: CHECK_FLAGS,
  pluralism: PLURALISM_FLAGS,
  audit: AUDIT_FLAGS,
  export: EXPORT_FLAGS,
  report: REPORT_FLAGS,
  serve: SERVE_FLAGS,
};

async function program(lang: 'en' | 'fr'): Promise<Command> {
  const voice = cliVoice(lang);
  const ctx: CliContext = { stdout: () => {}, stderr: () => {}, progress: () => silentProgress, exitCode: 0, voice };
  const p = new VoicedCommand('decoupage', voice).exitOverride();
  for (const c of COMMANDS) (await c.load())(p, ctx);
  return p;
}

const sorted = (keys: readonly string[]) => [...keys].sort();

describe('the typed flags of every command', () => {
  it('list exactly the options commander parses, in both languages', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const p = await program(lang);
      expect(p.commands.map((c) => c.name()).sort()).toEqual(Object.keys(FLAGS).sort());
      for (const cmd of p.commands) {
        const keys = FLAGS[cmd.name()];
        expect(new Set(keys).size, `${cmd.name()}: a key listed twice`).toBe(keys.length);
        expect(sorted(cmd.options.map((o) => o.attributeName())), cmd.name()).toEqual(sorted(keys));
      }
    }
  });

  it('are what commander delivers: numbers from parsers, true for switches, lists for repeatable options', async () => {
    const p = await program('en');
    let got: unknown;
    const propose = p.commands.find((c) => c.name() === 'propose')!;
    propose.action((_zones: string, opts: ProposeFlags) => void (got = opts));
    await p.parseAsync(
      [
        'propose',
        'z.geojson',
        '-o',
        'plan.csv',
        '--seed',
        '7',
        '--snap',
        '2,5',
        '--link',
        'A:B',
        '--link',
        'C:D',
        '--split-into',
        '9312:2',
        '--auto-link',
        '--time-limit',
        '1,5',
      ],
      { from: 'user' },
    );
    expect(got).toMatchObject({
      output: 'plan.csv',
      seed: 7,
      snap: 2.5,
      link: ['A:B', 'C:D'],
      splitInto: ['9312:2'],
      autoLink: true,
      timeLimit: 1.5,
      contiguity: 'rook',
      lang: 'en',
    });

    const serve = p.commands.find((c) => c.name() === 'serve')!;
    serve.action((_z: string | undefined, _p: string | undefined, opts: ServeFlags) => void (got = opts));
    await p.parseAsync(['serve', '--no-open', '--port', '9000'], { from: 'user' });
    expect(got).toMatchObject({ open: false, port: 9000, seed: 1 });
    await p.parseAsync(['serve'], { from: 'user' });
    expect(got).toMatchObject({ open: true });
  });
});
