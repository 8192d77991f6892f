/**
 * The editor's Complete obeys --max-spread (the rule's zonesTest, through propose's homogenise stage): on a grid
 * whose rate drifts west to east, a plan that breaks the limit is completed around a locked section into one that
 * holds it, as check judges it, the locked section unchanged. The limit is on a zone property, with no attributes
 * file: nothing to make alike, the stage only repairs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/index.js';
import { resolveRules } from '../../src/check/rules/resolve.js';
import { Rng } from '../../src/core/rng.js';
import type { Plan } from '../../src/core/types.js';
import { buildGraph } from '../../src/graph/index.js';
import { proposeSections } from '../../src/propose/index.js';
import type { EditorApp, RunningServer } from '../../src/serve/index.js';
import { gridZoneSet } from '../support/zoneset.js';
import { post, startDemo, waitJob } from './support.js';

const rng = new Rng(4);
const W = 8;
const zones = gridZoneSet(6, W, () => 2000 + rng.int(4000));
zones.zones.forEach((z, i) => (z.properties.rate = 5 + (10 * (i % W)) / W + 3 * rng.next()));
const graph = buildGraph(zones);
const rules = resolveRules({ minMembers: 12000, minSeats: 0, maxSpread: 'rate:4' });
const spread = (plan: Plan) => checkPlan(zones, graph, plan, rules).rules.find((r) => r.rule === 'max-spread')!;

describe('Complete with --max-spread', () => {
  let server: RunningServer;
  let app: EditorApp;
  // the search's plan without the limit: some sections break it
  const start = proposeSections(zones, graph, resolveRules({ minMembers: 12000, minSeats: 0 }), { seed: 1 }).plan;
  beforeAll(async () => {
    ({ server, app } = await startDemo({ zones, graph, rules, plan: start, compare: undefined, votes: undefined }));
  });
  afterAll(async () => {
    await server.close();
  });

  it('completes around a locked section into a plan whose every section holds the limit', async () => {
    expect(spread(start).ok).toBe(false);
    const failing = new Set(spread(start).failures.map((f) => (f as { section: string }).section));
    const keep = app.session.sections().find((s) => !failing.has(s.id))!;
    const kept = [...start].filter(([, s]) => s === keep.id).map(([z]) => z);
    await post(server, '/api/sections', { op: 'lock', id: keep.id, locked: true });
    const job = (await post(server, '/api/propose', { mode: 'complete' })).json();
    const done = await waitJob(server, job.id);
    expect(done.error ?? done.state).toBe('done');
    const plan = app.session.plan();
    expect([...plan].filter(([, s]) => s === keep.id).map(([z]) => z)).toEqual(kept);
    expect(spread(plan).ok).toBe(true);
    expect(checkPlan(zones, graph, plan, rules).ok).toBe(true);
    expect(app.session.verdict().ok).toBe(true);
  });
});
