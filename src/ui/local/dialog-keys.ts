import { useEffect, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog's keyboard: Tab and Shift+Tab go round inside it (focus that lands outside, on the
 * page behind, is brought back), and Escape closes it wherever focus is, except in a part that
 * handles Escape itself (marked `data-own-escape`, such as the place picker). Escape is taken
 * before the page's own handler, so it does not close the map's panel behind the dialog too.
 */
export function useModalKeys(dialog: RefObject<HTMLElement | null>, close: () => void): void {
  useEffect(() => {
    const inside = (el: EventTarget | null) => el instanceof Node && !!dialog.current?.contains(el);
    const onKey = (e: KeyboardEvent) => {
      const root = dialog.current;
      if (!root) return;
      if (e.key === 'Escape') {
        if (e.defaultPrevented || (e.target instanceof Element && e.target.closest('[data-own-escape]'))) return;
        e.preventDefault();
        close();
        return;
      }
      if (e.key !== 'Tab') return;
      const list = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
      if (list.length === 0) return;
      const i = list.indexOf(document.activeElement as HTMLElement);
      const wrapTo = e.shiftKey ? (i <= 0 ? list.at(-1) : null) : i === list.length - 1 || !inside(document.activeElement) ? list[0] : null;
      if (wrapTo) {
        e.preventDefault();
        wrapTo.focus();
      }
    };
    const onFocusIn = (e: FocusEvent) => {
      if (dialog.current && !inside(e.target)) dialog.current.focus();
    };
    window.addEventListener('keydown', onKey, true);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [dialog, close]);
}
