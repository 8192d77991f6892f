/**
 * The one seeded random generator of decoupage. Every random choice (seeding regions, shuffling
 * candidates, drawing vote scenarios) goes through an Rng so that a run is reproducible from its seed.
 * Algorithm: mulberry32 (32-bit state, fast, good enough for heuristics and Monte Carlo).
 */
export class Rng {
  /**
   * The 32-bit state, held in a typed array: a number field holding values above 2^30 makes V8 allocate a heap number at
   * every draw, even in optimised code (a search draws millions of times: ~115 MB on the PACA communes).
   */
  private readonly state = new Uint32Array(1);

  constructor(seed: number | string = 1) {
    this.state[0] = typeof seed === 'number' ? seed >>> 0 : hashString(seed);
  }

  /** Uniform float in [0, 1). */
  next(): number {
    let t = (this.state[0] = (this.state[0] + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick on an empty list');
    return items[this.int(items.length)];
  }

  /** Fisher–Yates shuffle, in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }

  /** Standard normal (Box–Muller). */
  normal(): number {
    let u = 0;
    while (u === 0) u = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Gamma(shape, 1) by Marsaglia–Tsang; used for Dirichlet draws. */
  gamma(shape: number): number {
    if (shape < 1) return this.gamma(shape + 1) * Math.pow(this.next() || Number.MIN_VALUE, 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.next();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  }

  /** One draw from Dirichlet(alpha). */
  dirichlet(alpha: readonly number[]): number[] {
    const g = alpha.map((a) => (a > 0 ? this.gamma(a) : 0));
    const sum = g.reduce((s, x) => s + x, 0);
    return sum > 0 ? g.map((x) => x / sum) : alpha.map(() => 1 / alpha.length);
  }

  /** An independent generator derived from this one (for sub-tasks that must not disturb the main stream). */
  fork(): Rng {
    return new Rng(Math.floor(this.next() * 4294967296));
  }
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}
