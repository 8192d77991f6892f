/** The part of HiGHS (WebAssembly LP/MIP solver) that the bound uses. */
export type Highs = {
  solve(problem: string, options?: Record<string, unknown>): { Status: string; ObjectiveValue: number; Columns: Record<string, { Primal: number }> };
};

let highsPromise: Promise<Highs> | undefined;
/**
 * HiGHS, loaded on first use only: commands that never need it do not pay for it.
 *
 * Compiled with V8's baseline compiler only (Liftoff): by default V8 also recompiles the hot functions of
 * this 3.5 MB module with its optimising compiler (TurboFan) in background threads, which on France's bound
 * cost ~2 s of CPU for solves of ~0.1 s, and kept the main thread waiting (idle) for ~1–2 s after the solve
 * before the next event-loop turn. Measured on the France packing (LP + MIP): 0.26 s from import to the next
 * turn with Liftoff only, 2.4 s with tiering. The flag is read when the module is compiled, so it is set for
 * that compilation only and put back (sql.js and any other WebAssembly keep V8's defaults). Same arithmetic,
 * same results: only the machine code differs.
 */
export async function loadHighs(): Promise<Highs> {
  highsPromise ??= (async () => {
    const m = (await import('highs')) as unknown as { default: () => Promise<Highs> };
    const v8 = await import('node:v8');
    v8.setFlagsFromString('--liftoff-only');
    try {
      return await m.default();
    } finally {
      v8.setFlagsFromString('--no-liftoff-only');
    }
  })();
  return highsPromise;
}
