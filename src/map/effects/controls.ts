import { AttributionControl, NavigationControl, ScaleControl, type IControl, type Map as MlMap } from 'maplibre-gl';
import type { Strings } from '../../i18n/strings';
import { overlayPadding, type Bounds, type Rect } from '../camera';

/** Elements floating over the map (legend, switches) carry this attribute; framing keeps clear of them. */
export const OVERLAY_ATTR = 'data-map-overlay';

/** The padding that keeps a framed view clear of the overlays now on screen, MapLibre's own controls included. */
export function paddingFor(map: MlMap, base: number) {
  const container = map.getContainer();
  const rect = (el: Element): Rect => el.getBoundingClientRect();
  const overlays = [...(container.parentElement ?? container).querySelectorAll(`[${OVERLAY_ATTR}], .maplibregl-ctrl`)].map(rect).filter((r) => r.right > r.left && r.bottom > r.top);
  return overlayPadding(rect(container), overlays, base);
}

/** The right edge of the control column at the top left, in px from the map area's left (a CSS variable). */
const FRAME_RIGHT = '--frame-right';

/** Two buttons under the zoom buttons: back to the economic circle, or out to the whole corridor. */
class FrameControl implements IControl {
  private el: HTMLElement | undefined;
  private observer: ResizeObserver | undefined;
  constructor(
    private readonly t: Strings,
    private readonly views: { home: Bounds; corridor: () => Bounds },
  ) {}
  onAdd(map: MlMap): HTMLElement {
    const el = document.createElement('div');
    el.className = 'maplibregl-ctrl maplibregl-ctrl-group frame-control';
    const button = (label: string, title: string, testId: string, bounds: () => Bounds) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.title = title;
      b.dataset.testid = testId;
      b.addEventListener('click', () => map.fitBounds(bounds(), { padding: paddingFor(map, 20), duration: 500 }));
      el.append(b);
    };
    button(this.t.viewHome, this.t.viewHomeTitle, 'view-home', () => this.views.home);
    button(this.t.viewCorridor, this.t.viewCorridorTitle, 'view-corridor', this.views.corridor);
    this.el = el;
    // The map-mode box sits to the right of this column (see .map-mode in styles.css): where the
    // column ends depends on the language and the width, so it is measured, not guessed.
    const area = map.getContainer().parentElement;
    this.observer = new ResizeObserver(() => {
      if (!el.isConnected || !area) return;
      area.style.setProperty(FRAME_RIGHT, `${Math.ceil(el.getBoundingClientRect().right - area.getBoundingClientRect().left)}px`);
    });
    this.observer.observe(el);
    return el;
  }
  onRemove(): void {
    this.observer?.disconnect();
    this.el?.remove();
  }
}

/**
 * The map's controls in the interface language: MapLibre reads its labels (zoom buttons, scale
 * units, the attribution toggle, the canvas's name) from `_locale` when a control is added, so a
 * language switch removes the controls and adds them again (`attachAttribution` after these, which
 * set the locale).
 */
export function attachControls(map: MlMap, t: Strings, views: { home: Bounds; corridor: () => Bounds }): () => void {
  map._locale = { ...map._locale, ...t.mapControls };
  map.getCanvas().setAttribute('aria-label', t.mapControls['Map.Title']!);
  const controls: [IControl, 'top-left' | 'bottom-left' | 'bottom-right'][] = [
    [new NavigationControl({ showCompass: false }), 'top-left'],
    [new FrameControl(t, views), 'top-left'],
    [new ScaleControl({ unit: 'metric' }), 'bottom-left'],
  ];
  for (const [c, at] of controls) map.addControl(c, at);
  return () => {
    for (const [c] of controls) map.removeControl(c);
  };
}

/**
 * The attribution, added once the first map is drawn: it measures the map's container (a forced
 * layout of the whole page) at every source event, some thirty while the sources arrive, which
 * cost the first map about 60 ms of the main thread. It starts collapsed: open, it covered the
 * scale bar and the labels under it (its text is printed, and one tap away).
 */
export function attachAttribution(map: MlMap, t: Strings): () => void {
  const control = new AttributionControl({ compact: true, customAttribution: t.attribution });
  map.addControl(control, 'bottom-right');
  map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  return () => map.removeControl(control);
}
