// A small Nelder–Mead minimiser (the simplex search R's optim() uses by default, and the one R's ets() fits
// with). Deterministic: the same start gives the same answer on every machine. Bounds are the caller's: a
// point outside them should score Infinity, as R's ets() target function does.

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
  let simplex: { x: number[]; v: number }[] = [{ x: [...start], v: f(start) }];
  for (let i = 0; i < dim; i++) {
    const x = [...start];
    x[i]! += opts.steps[i]!;
    let v = f(x);
    // A vertex beyond a bound is pulled back to the other side of the start so the first simplex is usable.
    if (!Number.isFinite(v)) {
      x[i] = start[i]! - opts.steps[i]!;
      v = f(x);
    }
    simplex.push({ x, v });
  }
  const combine = (a: readonly number[], b: readonly number[], t: number) => a.map((ai, k) => ai + t * (b[k]! - ai));
  let it = 0;
  for (; it < maxIterations; it++) {
    simplex.sort((a, b) => a.v - b.v);
    const best = simplex[0]!;
    const worst = simplex[dim]!;
    if (Number.isFinite(worst.v) && Math.abs(worst.v - best.v) <= relTol * (Math.abs(best.v) + relTol)) break;
    const centroid = new Array<number>(dim).fill(0);
    for (let i = 0; i < dim; i++) for (let k = 0; k < dim; k++) centroid[k]! += simplex[i]!.x[k]! / dim;
    const reflected = combine(centroid, worst.x, -1);
    const vr = f(reflected);
    if (vr < best.v) {
      const expanded = combine(centroid, worst.x, -2);
      const ve = f(expanded);
      simplex[dim] = ve < vr ? { x: expanded, v: ve } : { x: reflected, v: vr };
      continue;
    }
    if (vr < simplex[dim - 1]!.v) {
      simplex[dim] = { x: reflected, v: vr };
      continue;
    }
    const outside = vr < worst.v;
    const contracted = outside ? combine(centroid, reflected, 0.5) : combine(centroid, worst.x, 0.5);
    const vc = f(contracted);
    if (vc < (outside ? vr : worst.v)) {
      simplex[dim] = { x: contracted, v: vc };
      continue;
    }
    simplex = simplex.map((p, i) => {
      if (i === 0) return p;
      const x = combine(best.x, p.x, 0.5);
      return { x, v: f(x) };
    });
  }
  simplex.sort((a, b) => a.v - b.v);
  return { x: simplex[0]!.x, value: simplex[0]!.v, iterations: it };
}
