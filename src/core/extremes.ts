/**
 * Math.min and Math.max over an array of any length. Spreading an array into them (`Math.min(...values)`) passes
 * each value as an argument on the stack, which overflows past about 100,000 values: a plan of 160,000 sections, or
 * an audit of 200,000 plans, stopped with "Maximum call stack size exceeded". The answers are Math.min's and
 * Math.max's: NaN when a value is NaN, Infinity (min) or −Infinity (max) when there is none.
 */
export function minOf(values: ArrayLike<number>): number {
  let m = Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v) return NaN;
    if (v < m || (v === 0 && m === 0 && Object.is(v, -0))) m = v;
  }
  return m;
}

export function maxOf(values: ArrayLike<number>): number {
  let m = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v) return NaN;
    if (v > m || (v === 0 && m === 0 && Object.is(m, -0))) m = v;
  }
  return m;
}
