// A pop-up that behaves like every other pop-up on the desktop: Esc closes it, and so does a press anywhere outside
// it. The owner keeps whether it is open (so only one of a row of filters is open at a time).
import { useEffect, useRef, type RefObject } from 'react';

export function usePopover<E extends HTMLElement>(open: boolean, close: () => void): RefObject<E | null> {
  const ref = useRef<E | null>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close();
    };
    const onPress = (e: PointerEvent) => {
      if (ref.current && e.target instanceof Node && !ref.current.contains(e.target)) close();
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPress, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPress, true);
    };
  }, [open, close]);
  return ref;
}
