import { failing, figure } from './words.js';
import { sectionRule } from './section-rule.js';

declare module './verdict.js' {
  interface MoreRules {
    /** every section is one connected piece (graph adjacency, links included) */
    contiguity: true;
  }
  interface MoreFailures {
    /** pieces: the zone ids of each piece, largest first */
    'split-section': { section: string; zones: string[]; pieces: string[][]; value: number; limit: 1 };
  }
}

/** Every section is one connected piece of the graph (shared borders, snapping and links count). */
export const contiguity = sectionRule({
  id: 'contiguity',
  applies: () => true,
  figures: ({ totals }) => ({ sections: totals.sections }),
  judge: (s) =>
    s.pieces.length > 1 ? { kind: 'split-section', section: s.id, zones: s.zones, pieces: s.pieces, value: s.pieces.length, limit: 1 } : undefined,
  words: {
    label: (_f, w) => w.say('label.contiguity'),
    message: (v, w) => {
      if (v.ok) return Number(v.figures.sections) ? w.say('ok.contiguity', { n: figure(v.figures, 'sections', w) }) : w.say('ok.noSection');
      const { n, list } = failing(v, w);
      return w.say('fail.contiguity', { n, list });
    },
    failure: (f, w) =>
      f.kind === 'split-section'
        ? w.say('failure.splitSection', { section: f.section, n: f.value, pieces: f.pieces.map((p) => `{${w.preview(p, 5)}}`).join(' + ') })
        : undefined,
    problem: (f, w) => (f.kind === 'split-section' ? w.say('problem.split', { n: w.int(f.value) }) : undefined),
  },
});

/** Whether a verdict says some section is in several pieces (the CLI then names the islands that may be why). */
export function breaksContiguity(verdict: { rules: readonly { rule: string; ok: boolean }[] }): boolean {
  return verdict.rules.some((r) => r.rule === contiguity.id && !r.ok);
}
