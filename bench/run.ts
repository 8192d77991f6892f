// `npm run bench`: timings on real and generated inputs. Each bench module exports run(): Promise<void>
// and prints its own table. Timing lives here, never in tests.
const modules = [
  './graph.js',
  './auto-link.js',
  './propose.js',
  './propose-cli.js',
  './homogeneity.js',
  './check.js',
  './members.js',
  './report.js',
  './many-sections.js',
  './serve.js',
  './startup.js',
  './audit.js',
  './audit-enumeration.js',
];
for (const m of modules) {
  try {
    const mod = (await import(m)) as { run: () => Promise<void> };
    await mod.run();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String(e).includes(m.slice(2, -3))) continue;
    throw e;
  }
}
