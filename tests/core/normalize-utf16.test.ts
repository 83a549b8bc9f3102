import { describe, expect, it } from 'vitest';
import { unitsToString } from '../../main/core/normalize/utf16';

const units = (...codes: number[]) => new Uint16Array([...codes, 0x41, 0x41]); // room after the length, as builders leave

describe('unitsToString', () => {
  it('makes the string of exactly the units given, up to the length', () => {
    expect(unitsToString(units(0x589e, 0x957f, 0x35, 0x25), 4)).toBe('增长5%');
    expect(unitsToString(units(0xd83c, 0xdfaf), 2)).toBe('🎯');
  });

  it('keeps lone surrogates as they are (never a replacement character the report did not have)', () => {
    expect(unitsToString(units(0x41, 0xd800, 0x42), 3)).toBe('A\ud800B');
    expect(unitsToString(units(0xdc00), 1)).toBe('\udc00');
  });

  it('reads units opening with U+FEFF as TextDecoder does, and keeps one inside', () => {
    expect(unitsToString(units(0xfeff, 0x41), 2)).toBe(new TextDecoder('utf-16le').decode(new Uint8Array([0xff, 0xfe, 0x41, 0])));
    expect(unitsToString(units(0x41, 0xfeff), 2)).toBe('A\ufeff');
  });
});
