// Extractors registered in one place; readReport runs them in order.
import type { Extractor } from './types';

const registered: Extractor[] = [];

export function registerExtractor(extractor: Extractor): void {
  if (registered.some((e) => e.name === extractor.name)) throw new Error(`An extractor named "${extractor.name}" is already registered.`);
  registered.push(extractor);
  registered.sort((a, b) => a.order - b.order);
}

export function registeredExtractors(): readonly Extractor[] {
  return registered;
}
