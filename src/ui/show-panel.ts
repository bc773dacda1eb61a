/** The side pane's id (App's aside). */
export const SIDE_ID = 'side';

/**
 * The panel of what is selected, brought to the top of the side pane and, when asked, its heading
 * focused. A pick made lower down in a long panel (an agreement card, a partner, a search result)
 * replaces that panel with a shorter one, but the pane keeps its scroll position: without this it
 * would show the district list below, with the new panel above and out of sight, and the focus of
 * the control the pick removed would be lost to the page. A panel loaded on demand first shows a
 * placeholder, so this waits a few frames for the panel itself.
 */
export function revealPanel(side: HTMLElement | null, focus: boolean, onlyIfHidden = false, frames = 300): void {
  if (!side) return;
  const panel = selectedPanel(side);
  if (panel) {
    const above = panel.getBoundingClientRect().top - side.getBoundingClientRect().top;
    // The pane only: scrollIntoView would scroll the page as well on a phone, moving the map.
    if (!onlyIfHidden || above < 0) side.scrollTop += above;
    if (focus) panel.querySelector<HTMLElement>('h2[tabindex]')?.focus({ preventScroll: true });
  } else if (frames > 0) requestAnimationFrame(() => revealPanel(side, focus, onlyIfHidden, frames - 1));
}

/** The selection's panel in the side pane (not the filter bar), once its heading is drawn. */
export function selectedPanel(side: HTMLElement): HTMLElement | null {
  for (const el of side.children) {
    if (el instanceof HTMLElement && el.classList.contains('panel') && !el.classList.contains('filter-bar') && el.querySelector('h2[tabindex]')) return el;
  }
  return null;
}

/** Whether the control that made a pick is gone with it (the focus fell back to the page). */
export function focusLost(doc: Document = document): boolean {
  const el = doc.activeElement;
  return !el || el === doc.body || !el.isConnected;
}
