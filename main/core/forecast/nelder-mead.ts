// A small Nelder–Mead minimiser (the simplex search R's optim() uses by default, and the one R's ets() fits
// with). Deterministic: the same start gives the same answer on every machine. Bounds are the caller's: a
// point outside them should score Infinity, as R's ets() target function does. The simplex lives in one flat
// array and is updated in place: a batch forecast runs this search tens of thousands of times.

export interface Minimum {
  x: number[];
  value: number;
  iterations: number;
}

export interface SimplexOptions {
  /** Initial step per coordinate (the simplex's edge along each axis). */
  steps: readonly number[];
  maxIterations?: number;
  /** Stop when the simplex's values agree to this relative tolerance (R's reltol default, 1e-8). */
  relTol?: number;
}

export function nelderMead(f: (x: readonly number[]) => number, start: readonly number[], opts: SimplexOptions): Minimum {
  const dim = start.length;
  const maxIterations = opts.maxIterations ?? 200 * dim;
  const relTol = opts.relTol ?? 1e-8;
  // Vertex i is points[i]; values[i] its value.
  const points: number[][] = [];
  const values: number[] = [];
  points.push([...start]);
  values.push(f(start));
  for (let i = 0; i < dim; i++) {
    const x = [...start];
    x[i]! += opts.steps[i]!;
    let v = f(x);
    // A vertex beyond a bound is pulled back to the other side of the start so the first simplex is usable.
    if (!Number.isFinite(v)) {
      x[i] = start[i]! - opts.steps[i]!;
      v = f(x);
    }
    points.push(x);
    values.push(v);
  }
  const centroid = new Array<number>(dim).fill(0);
  const trial = new Array<number>(dim).fill(0);
  const second = new Array<number>(dim).fill(0);
  /** trial ← centroid + t·(worst − centroid). */
  const along = (into: number[], worst: readonly number[], t: number) => {
    for (let k = 0; k < dim; k++) into[k] = centroid[k]! + t * (worst[k]! - centroid[k]!);
  };
  const replaceWorst = (w: number, x: readonly number[], v: number) => {
    const p = points[w]!;
    for (let k = 0; k < dim; k++) p[k] = x[k]!;
    values[w] = v;
  };
  let it = 0;
  for (; it < maxIterations; it++) {
    // Best, worst and second worst by value (ties to the lower index, so the search is reproducible).
    let b = 0;
    let w = 0;
    for (let i = 1; i <= dim; i++) {
      if (values[i]! < values[b]!) b = i;
      if (values[i]! >= values[w]!) w = i;
    }
    let sw = w === 0 ? 1 : 0;
    for (let i = 0; i <= dim; i++) if (i !== w && values[i]! >= values[sw]!) sw = i;
    if (Number.isFinite(values[w]!) && Math.abs(values[w]! - values[b]!) <= relTol * (Math.abs(values[b]!) + relTol)) break;
    centroid.fill(0);
    for (let i = 0; i <= dim; i++) if (i !== w) for (let k = 0; k < dim; k++) centroid[k]! += points[i]![k]! / dim;
    const worst = points[w]!;
    along(trial, worst, -1);
    const vr = f(trial);
    if (vr < values[b]!) {
      along(second, worst, -2);
      const ve = f(second);
      if (ve < vr) replaceWorst(w, second, ve);
      else replaceWorst(w, trial, vr);
      continue;
    }
    if (vr < values[sw]!) {
      replaceWorst(w, trial, vr);
      continue;
    }
    const outside = vr < values[w]!;
    // Contract towards the reflected point (outside) or towards the worst one (inside).
    if (outside) for (let k = 0; k < dim; k++) second[k] = centroid[k]! + 0.5 * (trial[k]! - centroid[k]!);
    else along(second, worst, 0.5);
    const vc = f(second);
    if (vc < (outside ? vr : values[w]!)) {
      replaceWorst(w, second, vc);
      continue;
    }
    const best = points[b]!;
    for (let i = 0; i <= dim; i++) {
      if (i === b) continue;
      const p = points[i]!;
      for (let k = 0; k < dim; k++) p[k] = best[k]! + 0.5 * (p[k]! - best[k]!);
      values[i] = f(p);
    }
  }
  let b = 0;
  for (let i = 1; i <= dim; i++) if (values[i]! < values[b]!) b = i;
  return { x: [...points[b]!], value: values[b]!, iterations: it };
}
