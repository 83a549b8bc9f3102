// pdf.js's legacy build needs a DOMMatrix when it loads (its canvas code builds one at module level). Browsers
// have one; Node and Electron's main process do not, and pdf.js's own fallback loads the native @napi-rs/canvas
// package, which the packaged app does not carry (and need not: reports are read for their text, never drawn).
// So the reader gives pdf.js this 2-D affine matrix, the part of DOMMatrix pdf.js's code paths use.

type Init = readonly number[] | { a: number; b: number; c: number; d: number; e: number; f: number };

/** A 2-D affine transform [a c e; b d f; 0 0 1], as DOMMatrix defines a, b, c, d, e, f. */
export class AffineMatrix {
  a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;
  readonly is2D = true;

  constructor(init?: Init) {
    if (!init) return;
    const [a, b, c, d, e, f] = Array.isArray(init) ? init : [(init as AffineMatrix).a, (init as AffineMatrix).b, (init as AffineMatrix).c, (init as AffineMatrix).d, (init as AffineMatrix).e, (init as AffineMatrix).f];
    if ([a, b, c, d, e, f].some((v) => typeof v !== 'number')) throw new TypeError('a 2-D matrix takes six numbers');
    Object.assign(this, { a, b, c, d, e, f });
  }

  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  /** this = this × m */
  multiplySelf(m: Init): this {
    const o = new AffineMatrix(m);
    const { a, b, c, d, e, f } = this;
    this.a = a * o.a + c * o.b; this.b = b * o.a + d * o.b;
    this.c = a * o.c + c * o.d; this.d = b * o.c + d * o.d;
    this.e = a * o.e + c * o.f + e; this.f = b * o.e + d * o.f + f;
    return this;
  }

  /** this = m × this */
  preMultiplySelf(m: Init): this {
    const product = new AffineMatrix(m).multiplySelf(this);
    Object.assign(this, { a: product.a, b: product.b, c: product.c, d: product.d, e: product.e, f: product.f });
    return this;
  }

  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (det === 0) {
      Object.assign(this, { a: NaN, b: NaN, c: NaN, d: NaN, e: NaN, f: NaN });
      return this;
    }
    Object.assign(this, { a: d / det, b: -b / det, c: -c / det, d: a / det, e: (c * f - d * e) / det, f: (b * e - a * f) / det });
    return this;
  }

  multiply(m: Init): AffineMatrix {
    return new AffineMatrix(this).multiplySelf(m);
  }

  translate(x = 0, y = 0): AffineMatrix {
    return this.multiply([1, 0, 0, 1, x, y]);
  }

  scale(sx = 1, sy = sx): AffineMatrix {
    return this.multiply([sx, 0, 0, sy, 0, 0]);
  }

  inverse(): AffineMatrix {
    return new AffineMatrix(this).invertSelf();
  }

  transformPoint(p: { x?: number; y?: number }): { x: number; y: number } {
    const x = p.x ?? 0;
    const y = p.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f };
  }
}

/** Gives pdf.js a DOMMatrix where the platform has none (before pdf.js is loaded). */
export function provideDomMatrix(): void {
  const g = globalThis as { DOMMatrix?: unknown };
  if (typeof g.DOMMatrix !== 'function') g.DOMMatrix = AffineMatrix;
}
