import { useEffect } from 'react';
import { useViewStore } from '../state/view-store';

/** The search box's id: the skip link's target, and where focus returns when a panel closes. */
export const SEARCH_ID = 'search';

/**
 * Escape closes the open panel (a district's or a feature's), wherever focus is, and puts focus
 * back in the search box so a keyboard user keeps a place on the page.
 */
export function useEscapeCloses(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const { selection, select } = useViewStore.getState();
      if (selection.type === 'none') return;
      select({ type: 'none' }, 'panel');
      document.getElementById(SEARCH_ID)?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
