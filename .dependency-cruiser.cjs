// The layer order of src/ (docs/ARCHITECTURE.md), checked in CI by `npm run depcheck`: a folder imports only
// from folders below it, and no module imports itself back through others.
const layers = [
  ['messages'],
  ['core'],
  ['io'],
  ['apportion'],
  ['members', 'load'],
  ['graph'],
  ['partition'],
  ['check'],
  ['propose', 'pluralism', 'homogeneity', 'export'],
  ['audit', 'report'],
  ['session'],
  ['serve'],
  ['workspace', 'demo', 'jobs'],
  ['cli', 'exports'],
];
const above = (i) => layers.slice(i + 1).flat();
const forbidden = [
  {
    name: 'no-circular',
    severity: 'error',
    comment: 'a module that imports itself back through others (a circle): move the shared part down a layer',
    from: { path: '^src/' },
    to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
  },
];
layers.forEach((folders, i) => {
  const up = above(i);
  if (!up.length) return;
  forbidden.push({
    name: `layer-${folders.join('-')}`,
    severity: 'error',
    comment: `${folders.join(', ')} may not import from a higher layer (${up.join(', ')})`,
    from: { path: `^src/(${folders.join('|')})/` },
    to: { path: `^src/(${up.join('|')})/`, dependencyTypesNot: ['type-only'] },
  });
});
module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/serve/page/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
