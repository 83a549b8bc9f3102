// The reporting step of a series: figures stated to one decimal (5.2, 5.0) move in steps of 0.1.

/** The largest power of ten that every value is a whole multiple of (1e-6 at the finest). */
export function reportingStep(values: readonly number[]): number {
  for (let d = 0; d <= 6; d++) {
    const scale = 10 ** d;
    if (values.every((v) => Math.abs(v * scale - Math.round(v * scale)) < 1e-9 * Math.max(1, Math.abs(v * scale)))) return 1 / scale;
  }
  return 1e-6;
}
