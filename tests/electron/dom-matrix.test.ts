// The 2-D DOMMatrix the document worker gives pdf.js where the platform has none (main/documents-worker/dom-matrix.ts):
// the same products and inverses a browser's DOMMatrix gives for the affine cases pdf.js builds.
import { describe, expect, it } from 'vitest';
import { AffineMatrix } from '../../main/documents-worker/dom-matrix';

const parts = (m: AffineMatrix) => [m.a, m.b, m.c, m.d, m.e, m.f];

describe('AffineMatrix', () => {
  it('starts as the identity and takes six numbers', () => {
    expect(new AffineMatrix().isIdentity).toBe(true);
    expect(parts(new AffineMatrix([2, 0, 0, 3, 10, 20]))).toEqual([2, 0, 0, 3, 10, 20]);
    expect(() => new AffineMatrix([1, 2, 3])).toThrow(TypeError);
  });

  it('multiplies on the right and on the left (translate then scale is not scale then translate)', () => {
    const t = new AffineMatrix([1, 0, 0, 1, 5, 7]);
    expect(parts(t.multiply([2, 0, 0, 2, 0, 0]))).toEqual([2, 0, 0, 2, 5, 7]);
    expect(parts(new AffineMatrix([1, 0, 0, 1, 5, 7]).preMultiplySelf([2, 0, 0, 2, 0, 0]))).toEqual([2, 0, 0, 2, 10, 14]);
    expect(parts(new AffineMatrix().translate(3, 4).scale(2, -2))).toEqual([2, 0, 0, -2, 3, 4]);
  });

  it('inverts: m × m⁻¹ is the identity; a singular matrix becomes NaN as DOMMatrix does', () => {
    const m = new AffineMatrix([2, 1, 1, 3, 4, 5]);
    const id = m.multiply(m.inverse());
    parts(id).forEach((v, i) => expect(v).toBeCloseTo([1, 0, 0, 1, 0, 0][i]!, 12));
    expect(parts(new AffineMatrix([1, 2, 2, 4, 0, 0]).invertSelf()).every(Number.isNaN)).toBe(true);
    expect(new AffineMatrix([1, 0, 0, 1, 5, 7]).transformPoint({ x: 1, y: 1 })).toEqual({ x: 6, y: 8 });
  });
});
