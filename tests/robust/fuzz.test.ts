// Issue 12, "make the class impossible": random damaged GeoJSON / CSV / JSON / zip inputs through every
// command, in-process. Whatever the input: exit 0, 1 or 2; never a stack trace nor "internal error"; nothing
// written on exit 2; every run ends (a hang fails the test at HANG_MS). FUZZ_RUNS sets the number of cases
// per command (npm test: 25 × 10 commands; npm run fuzz: 400 each).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { encode1252, writeDbf, writeShp, type TestRecord } from '../load/shapefile-writer.js';
import { runCli } from '../helpers.js';
import { square, tempDir, zonesText, type ZoneSpec } from './support.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
// npm test: a fixed seed (the same cases every run); npm run fuzz: new cases each time (a failure prints its seed)
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RUNS !== undefined ? Date.now() % 2 ** 31 : 20261201;
/** A run that takes longer than this is a hang (the inputs are a few zones). */
const HANG_MS = 30_000;
const t = tempDir('fuzz');

// --- valid inputs, to be damaged ------------------------------------------------------------------------
const GRID: ZoneSpec[] = [0, 1, 2, 3].map((i) => ({
  code: `z${i + 1}`,
  members: 3000 + i * 500,
  rings: [square((i % 2) * 0.1, Math.floor(i / 2) * 0.1)],
  props: { population: 40000 },
}));
const ZONES = JSON.parse(zonesText(GRID)) as unknown;
const PLAN = 'zone,section\nz1,A\nz2,A\nz3,B\nz4,B\n';
const MEMBERS = 'code,members\nz1,3000\nz2,3500\nz3,4000\nz4,4500\n';
const RULES = { 'min-members': 5000, 'min-seats': 1, 'members-per-seat': 1000 };
const VOTES = 'list,share\nA,40\nB,30\nC,30\n';
const SHP_RECORDS: TestRecord[] = [0, 1].map((i) => ({
  rings: [
    [
      [i, 45],
      [i, 45.5],
      [i + 1, 45.5],
      [i + 1, 45],
      [i, 45],
    ],
  ],
  fields: { ze2020: `00${i + 1}0`, libze2020: `Zone ${i}`, nb_com: '3' },
}));

// --- damage -------------------------------------------------------------------------------------------
type JsonValue = unknown;
const jsonDamage = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    path: fc.array(fc.nat(), { maxLength: 7 }),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(1e308, -1, 0.5, 'NaN', null, [], {}, [[]], [[0]])),
  }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.array(fc.nat(), { minLength: 1, maxLength: 7 }) }),
);
const textDamage = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('\uFEFF', '\0', ';', '\t', '"', '\r\n', '\uFFFD', '=cmd', ',,,', '\u00a0', '9'.repeat(400)),
  }),
  fc.record({ kind: fc.constant('encoding' as const), as: fc.constantFrom('utf16le', 'latin1', 'utf16bom') }),
);

/** Walk `path` (indices modulo the number of children) and replace or delete what is there. */
interface JsonDamage {
  kind: 'replace' | 'delete';
  path: number[];
  value?: unknown;
}

function damageJson(value: JsonValue, d: JsonDamage): JsonValue {
  const root = structuredClone(value);
  let parent: Record<string, unknown> | unknown[] | undefined;
  let key: string | number | undefined;
  let node: unknown = root;
  for (const step of d.path) {
    if (typeof node !== 'object' || node === null) break;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, unknown>;
    key = keys[step % keys.length];
    node = (node as Record<string | number, unknown>)[key];
  }
  if (parent === undefined || key === undefined) return d.kind === 'replace' ? d.value : root;
  if (d.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, unknown>)[key as string];
  } else (parent as Record<string | number, unknown>)[key] = d.value;
  return root;
}

function damageText(text: string | Uint8Array, d: { kind: string; at?: number; bytes?: Uint8Array; text?: string; as?: string }): Uint8Array {
  const b = typeof text === 'string' ? Buffer.from(text) : Buffer.from(text);
  const at = (d.at ?? 0) % (b.length + 1);
  switch (d.kind) {
    case 'truncate':
      return b.subarray(0, at);
    case 'bytes': {
      const out = Buffer.from(b);
      d.bytes!.forEach((x, i) => at + i < out.length && (out[at + i] = x));
      return out;
    }
    case 'insert':
      return Buffer.concat([b.subarray(0, at), Buffer.from(d.text!), b.subarray(at)]);
    default: {
      const s = b.toString('utf8');
      if (d.as === 'utf16le') return Buffer.from(s, 'utf16le');
      if (d.as === 'utf16bom') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
      return Buffer.from(s, 'latin1');
    }
  }
}

/** One of the inputs damaged one way or two, or left as it is. */
const damagedJson = (value: JsonValue) =>
  fc
    .tuple(fc.array(jsonDamage, { minLength: 1, maxLength: 2 }), fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: textDamage }))
    .map(([ds, td]) => {
      const v = ds.reduce((acc, d) => damageJson(acc, d), value);
      const text = JSON.stringify(v);
      return td ? damageText(text, td) : Buffer.from(text);
    });
const damagedText = (text: string) =>
  fc.array(textDamage, { minLength: 1, maxLength: 3 }).map((ds) => ds.reduce<Uint8Array>((acc, d) => damageText(acc, d), Buffer.from(text)));

async function validZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('ze2020_2030.shp', writeShp(SHP_RECORDS));
  zip.file('ze2020_2030.dbf', writeDbf(SHP_RECORDS, encode1252));
  zip.file('ze2020_2030.cpg', '1252');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

// --- one run ------------------------------------------------------------------------------------------
let caseNo = 0;
/** "check 0" → how many cases: the suite is only worth something if damaged inputs also get through. */
const outcomes = new Map<string, number>();

interface Inputs {
  zones: Uint8Array;
  plan: Uint8Array;
  members: Uint8Array;
  rules: Uint8Array;
  votes: Uint8Array;
}

/** Write the inputs into a fresh folder, run the command with its outputs in a separate folder, check the outcome. */
async function runCase(command: (f: Record<keyof Inputs, string>, out: string) => string[], inputs: Inputs): Promise<void> {
  const dir = join(t.dir, `case-${++caseNo}`);
  const out = join(dir, 'out');
  mkdirSync(out, { recursive: true });
  const f = {} as Record<keyof Inputs, string>;
  const names: Record<keyof Inputs, string> = { zones: 'zones.geojson', plan: 'plan.csv', members: 'members.csv', rules: 'rules.json', votes: 'votes.csv' };
  for (const k of Object.keys(names) as (keyof Inputs)[]) {
    f[k] = join(dir, names[k]);
    writeFileSync(f[k], inputs[k]);
  }
  const args = command(f, out);
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`hang: decoupage ${args.join(' ')}`)), HANG_MS)));
  try {
    const r = await Promise.race([runCli(...args), hang]);
    const context = `decoupage ${args.join(' ')}\n${r.stderr}`;
    expect([0, 1, 2], context).toContain(r.code);
    outcomes.set(`${args[0]} ${r.code}`, (outcomes.get(`${args[0]} ${r.code}`) ?? 0) + 1);
    expect(r.stderr, context).not.toMatch(/\n\s+at |internal error/);
    expect(r.stderr.length, context).toBeLessThan(4000);
    if (r.code === 2) expect(readdirSync(out), context).toEqual([]);
    expect(r.stdout + r.stderr, context).not.toContain('\uFFFD');
  } finally {
    clearTimeout(timer);
    rmSync(dir, { recursive: true, force: true });
  }
}

const VALID: Inputs = {
  zones: Buffer.from(JSON.stringify(ZONES)),
  plan: Buffer.from(PLAN),
  members: Buffer.from(MEMBERS),
  rules: Buffer.from(JSON.stringify(RULES)),
  votes: Buffer.from(VOTES),
};
/** One input damaged (one way or a few), the others valid; sometimes none, so the valid path is run too. */
const inputs = fc.oneof(
  { weight: 1, arbitrary: fc.constant(VALID) },
  { weight: 4, arbitrary: damagedJson(ZONES).map((zones) => ({ ...VALID, zones })) },
  { weight: 2, arbitrary: damagedText(PLAN).map((plan) => ({ ...VALID, plan })) },
  { weight: 1, arbitrary: damagedText(MEMBERS).map((members) => ({ ...VALID, members })) },
  { weight: 1, arbitrary: damagedJson(RULES).map((rules) => ({ ...VALID, rules })) },
  { weight: 1, arbitrary: damagedText(VOTES).map((votes) => ({ ...VALID, votes })) },
);

const COMMANDS: [string, (f: Record<keyof Inputs, string>, out: string) => string[]][] = [
  ['info', (f, o) => ['info', f.zones, '--members-csv', f.members, '--members-out', join(o, 'm.csv')]],
  ['graph', (f, o) => ['graph', f.zones, '--auto-link', '-o', join(o, 'edges.csv')]],
  ['check', (f) => ['check', f.zones, f.plan, '--rules', f.rules, '--auto-link', '--markdown']],
  ['seats', (f, o) => ['seats', f.zones, f.plan, '--members-csv', f.members, '--rules', f.rules, '-o', join(o, 'seats.csv')]],
  ['pluralism', (f, o) => ['pluralism', f.zones, f.plan, '--votes', f.votes, '--simulate', '5', '-o', join(o, 'p.csv')]],
  ['export', (f, o) => ['export', f.zones, f.plan, '--rules', f.rules, '--auto-link', '-o', join(o, 's.geojson'), '--zones-out', join(o, 'z.geojson')]],
  ['report', (f, o) => ['report', f.zones, f.plan, '--rules', f.rules, '--auto-link', '--votes', f.votes, '-o', join(o, 'r.html')]],
  [
    'propose',
    (f, o) => [
      'propose',
      f.zones,
      '--rules',
      f.rules,
      '--auto-link',
      '--iterations',
      '20',
      '--constructions',
      '2',
      '-o',
      join(o, 'plan.csv'),
      '--geojson',
      join(o, 's.geojson'),
    ],
  ],
];

describe('fuzz: damaged inputs through every command', () => {
  afterAll(() => {
    if (process.env.FUZZ_STATS)
      console.log(
        [...outcomes]
          .sort()
          .map(([k, n]) => `${k}: ${n}`)
          .join('\n'),
      );
    // every command both succeeded on some inputs and refused others: the damage reaches past the first check
    for (const [name] of COMMANDS) {
      expect(outcomes.get(`${name} 0`) ?? 0, `${name} never succeeded`).toBeGreaterThan(0);
      expect(outcomes.get(`${name} 2`) ?? 0, `${name} never refused`).toBeGreaterThan(0);
    }
  });

  for (const [name, command] of COMMANDS) {
    it(`${name}: exit 0/1/2, no stack trace, nothing written on exit 2`, async () => {
      await fc.assert(
        fc.asyncProperty(inputs, (i) => runCase(command, i)),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    });
  }

  it('import insee-ze: damaged zips', async () => {
    const zip = await validZip();
    const zipDamage = fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
      ),
      { maxLength: 3 },
    );
    await fc.assert(
      fc.asyncProperty(zipDamage, async (ds) => {
        const bytes = ds.reduce<Uint8Array>((acc, d) => damageText(acc, d), zip);
        const dir = join(t.dir, `zip-${++caseNo}`);
        mkdirSync(join(dir, 'out'), { recursive: true });
        writeFileSync(join(dir, 'in.zip'), bytes);
        const r = await runCli('import', 'insee-ze', join(dir, 'in.zip'), '-o', join(dir, 'out', 'z.geojson'), '--from-crs', 'EPSG:4326');
        const context = `${ds.map((d) => d.kind).join(',')}\n${r.stderr}`;
        expect([0, 2], context).toContain(r.code);
        expect(r.stderr, context).not.toMatch(/\n\s+at |internal error/);
        if (r.code === 2) expect(readdirSync(join(dir, 'out'))).toEqual([]);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: RUNS * 2, seed: SEED, endOnFailure: true },
    );
  });
});
