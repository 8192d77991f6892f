import { describe, expect, it } from 'vitest';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { buildGraph } from '../../src/graph/build.js';
import { proposeSections, readLockCsv } from '../../src/propose/index.js';
import { cliVoice } from '../../src/cli/voice.js';
import type { InputError } from '../../src/core/errors.js';
import { inputErrorOf, tmpDir, tmpFile } from '../support/files.js';
import { gridZoneSet } from '../support/zoneset.js';
import { load, smallRules } from './support.js';

/** Run and return the InputError (fails the test when there is none). */
const errorOf = inputErrorOf;
// the library names its options (minMembers); the CLI says them as the flags the user typed (--min-members)
const asCli = (e: InputError) => e.sayIn(cliVoice('en'));

describe('infeasible rules are explained, not crashed on', () => {
  it('a component below the threshold names its zones, its members and how to fix it', () => {
    const { zones, graph } = load('island.geojson');
    const e = errorOf(() => proposeSections(zones, graph, resolveRules({ minMembers: 10_000, minSeats: 1, membersPerSeat: 1 })));
    expect(e.exitCode).toBe(1);
    expect(asCli(e)).toContain('component {Île-de-Ré} has 3,214 members < 10,000');
    expect(asCli(e)).toContain('--link I:');
    expect(asCli(e)).toContain('--auto-link');
    expect(asCli(e)).toContain('--min-members');
  });

  it('when the seat rule raises the threshold above all members, the hint names the seat options, not links', () => {
    // 4 zones of 1,000 members, one piece: 6 seats × 1,000 members per seat = 6,000 > 4,000 in all
    const zones = gridZoneSet(2, 2, () => 1000);
    const e = errorOf(() => proposeSections(zones, buildGraph(zones), resolveRules({ minMembers: 10, minSeats: 6, membersPerSeat: 1000 })));
    expect(e.exitCode).toBe(1);
    expect(asCli(e)).toContain('all the zones together have 4,000 members, fewer than 6,000 (= --min-seats 6 × --members-per-seat)');
    expect(asCli(e)).toContain('lower --min-seats or --members-per-seat');
    expect(asCli(e)).not.toContain('--link');
  });

  it('zones without members: the hint says to check the member counts', () => {
    const zones = gridZoneSet(2, 2, () => 0);
    const e = errorOf(() => proposeSections(zones, buildGraph(zones), resolveRules({ minMembers: 10, minSeats: 1, membersPerSeat: 1 })));
    expect(e.message).toContain('the zones have no members');
  });

  it('the island case works once the island is linked', () => {
    const { zones } = load('island.geojson');
    const graph = buildGraph(zones, { links: [{ a: 'I', b: 'E', source: '--link' }] });
    const r = proposeSections(zones, graph, resolveRules({ minMembers: 10_000, minSeats: 1, membersPerSeat: 1 }));
    expect(r.sections).toHaveLength(2); // 27,214 members: 2 sections of ≥ 10,000 (24,000 on the mainland alone)
    expect(r.plan.get('I')).toBe(r.plan.get('E'));
  });

  it('--sections above the bound says how many are possible', () => {
    // 9 zones of 10,000 in a line: at most 9 sections
    const zones = gridZoneSet(1, 9, () => 10_000);
    const e = errorOf(() => proposeSections(zones, buildGraph(zones), resolveRules({ sections: 12, minSeats: 1, membersPerSeat: 1 })));
    expect(e.exitCode).toBe(1);
    expect(asCli(e)).toContain('--sections 12 is impossible: at most 9 sections can each reach 10,000 members');
  });

  it('--sections below the number of separate parts', () => {
    const { zones, graph } = load('island.geojson');
    const e = errorOf(() => proposeSections(zones, graph, smallRules(3000, { sections: 1 })));
    expect(e.exitCode).toBe(1);
    expect(asCli(e)).toContain('--sections 1 is impossible: the zones form 2 separate parts');
  });

  it('a --within group below the threshold', () => {
    const { zones, graph } = load('line-two-deps.geojson');
    const e = errorOf(() => proposeSections(zones, graph, smallRules(20, { within: 'reg' })));
    expect(e.exitCode).toBe(1);
    expect(asCli(e)).toMatch(/zones with reg = R1 .* have 15 members in all, fewer than --min-members 20/);
    expect(asCli(e)).toContain('drop --within reg');
  });

  it('an unknown --within or --respect property', () => {
    const { zones, graph } = load('line-two-deps.geojson');
    const e = errorOf(() => proposeSections(zones, graph, smallRules(10, { within: 'region' })));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('"region"');
  });

  it('a zone above --max-members needs finer units', () => {
    const { zones, graph } = load('island.geojson');
    const e = errorOf(() => proposeSections(zones, graph, smallRules(3000, { maxMembers: 5000 })));
    expect(e.exitCode).toBe(1);
    expect(asCli(e)).toContain('more than --max-members 5,000');
    expect(e.message).toContain('more than maxMembers 5,000'); // the library's own words: its option, not the flag
    expect(asCli(e)).toContain('--split-with');
  });

  it('more separate parts than the fixed seats allow', () => {
    const { zones, graph } = load('island.geojson');
    const e = errorOf(() => proposeSections(zones, graph, resolveRules({ minMembers: 3000, seats: 6, minSeats: 6 })));
    expect(e.exitCode).toBe(1);
    expect(e.message).toContain('allows at most 1 section,');
  });

  it('locked zones that cannot be joined', () => {
    // L1 and L3 locked to X, L2 between them locked to Y: X cannot be contiguous
    const { zones, graph } = load('line-3-7.geojson');
    const lock = new Map([
      ['L1', 'X'],
      ['L3', 'X'],
      ['L2', 'Y'],
    ]);
    const e = errorOf(() => proposeSections(zones, graph, smallRules(10), { lock }));
    expect(e.exitCode).toBe(1);
    expect(e.message).toContain('the zones locked to section "X" cannot form one contiguous section');
  });

  it('a locked section that cannot reach the threshold', () => {
    // L1 locked to X and L2 locked to Y: X = {L1} (3 members) can grow nowhere
    const { zones, graph } = load('line-3-7.geojson');
    const e = errorOf(() =>
      proposeSections(zones, graph, smallRules(10), {
        lock: new Map([
          ['L1', 'X'],
          ['L2', 'Y'],
        ]),
      }),
    );
    expect(e.exitCode).toBe(1);
    expect(e.message).toContain('the section "X" locked in the lock file cannot reach 10 members');
  });

  it('a lock file that puts one zone in two sections, or names an unknown zone', () => {
    const file = tmpFile(tmpDir('propose-lock-'), 'lock.csv', 'zone,section\nL1,X\nL1,Y\n');
    const e = errorOf(() => readLockCsv(file));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('zone L1');
    expect(e.message).toContain('two sections');
    const { zones, graph } = load('line-3-7.geojson');
    const e2 = errorOf(() => proposeSections(zones, graph, smallRules(10), { lock: new Map([['Z9', 'X']]) }));
    expect(e2.exitCode).toBe(2);
    expect(e2.message).toContain('Z9');
  });

  it('--sections between what was found and the bound', () => {
    // star: bound 3 (floor(34/10)) but only 1 section is possible
    const { zones, graph } = load('star.geojson');
    const e = errorOf(() => proposeSections(zones, graph, smallRules(10, { sections: 2 })));
    expect(e.exitCode).toBe(1);
    expect(e.message).toContain('could only find 1 section that reaches');
  });
});
