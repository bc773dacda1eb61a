import type { Map as MlMap } from 'maplibre-gl';

/**
 * Printing redraws the page from each canvas's drawing buffer, and a WebGL canvas's buffer is
 * cleared after every frame is shown (preserveDrawingBuffer would keep it, at a cost on every
 * frame): the map printed blank. So, when printing starts, the map is drawn once synchronously
 * (`redraw`) and copied at once into an image that the print stylesheet shows instead of the
 * canvas. `beforeprint` covers the browser's print; a `print` media change covers print emulation.
 * This code is loaded at the first idle moment after the first view, not with it: a print asked
 * for in the second after the map appears may come before it, and print without the snapshot.
 */
export function attachPrintSnapshot(map: MlMap): () => void {
  let img: HTMLImageElement | null = null;
  const snapshot = () => {
    map.redraw();
    const url = map.getCanvas().toDataURL('image/png');
    img ??= document.createElement('img');
    img.className = 'print-snapshot';
    img.alt = map.getCanvas().getAttribute('aria-label') ?? '';
    img.dataset.testid = 'print-snapshot';
    img.src = url;
    map.getContainer().append(img);
  };
  const drop = () => {
    img?.remove();
    img = null;
  };
  const media = window.matchMedia('print');
  const onMedia = (e: MediaQueryListEvent) => (e.matches ? snapshot() : drop());
  window.addEventListener('beforeprint', snapshot);
  window.addEventListener('afterprint', drop);
  media.addEventListener('change', onMedia);
  // Attached once the browser is first idle after the first view (MapView): printing may have begun,
  // and the print layout may have resized the map's box without MapLibre having seen it yet.
  if (media.matches) {
    map.resize();
    snapshot();
  }
  return () => {
    window.removeEventListener('beforeprint', snapshot);
    window.removeEventListener('afterprint', drop);
    media.removeEventListener('change', onMedia);
    drop();
  };
}
