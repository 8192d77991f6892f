import { sectionRule } from './section-rule.js';

/** Every section is one connected piece of the graph (shared borders, snapping and links count). */
export const contiguity = sectionRule({
  id: 'contiguity',
  applies: () => true,
  figures: ({ totals }) => ({ sections: totals.sections }),
  judge: (s) =>
    s.pieces.length > 1 ? { kind: 'split-section', section: s.id, zones: s.zones, pieces: s.pieces, value: s.pieces.length, limit: 1 } : undefined,
});
