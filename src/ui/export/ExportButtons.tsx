import { useState, useSyncExternalStore } from 'react';
import { countBasisLabel } from '../../i18n/count-basis-label';
import { activeFilters } from '../../filters/agreement-filter';
import type { Agreement } from '../../data/agreement-schema';
import { agreementsCsv, districtsCsv } from '../../export/csv';
import { exportRow } from '../../export/export-row';
import { download } from '../../export/download';
import { exportFileName } from '../../export/file-name';
import { agreementsGeoJson } from '../../export/geojson';
import { mapPng } from '../../export/png';
import { pngFrame } from '../../export/png-frame';
import { HOME_BOUNDS } from '../../map/camera';
import { useStrings } from '../../i18n/use-strings';
import { getMap, subscribeMapHandle } from '../../map/map-handle';
import { pngCaption } from '../../export/png-caption';
import { pngInput } from './png-input';
import type { MapData } from '../../state/data-store';
import { useViewStore } from '../../state/view-store';
import { useMapStatus } from '../../state/map-status-store';
import { agreementRow, districtRows, sortRows } from '../../table/agreement-rows';
import { crossings, lineNameOf } from '../table/crossings';
import { bookOf, useVisibleAgreements } from '../agreements/use-agreement-data';

/** The table's tabs: the CSV is the one of the tab shown. */
export type TableTab = 'agreements' | 'districts';

/**
 * CSV, GeoJSON and PNG of exactly what is shown: the CSV of the table's tab (the agreements passing
 * the filters, or the districts with their counts under the count basis), the map view.
 */
export function ExportButtons({ data, tab }: { data: MapData; tab: TableTab }) {
  const t = useStrings();
  const index = useVisibleAgreements(data);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const noMap = useMapStatus((s) => s.unavailable);
  // Until the map is made (a link opening the table), there is nothing to draw from yet.
  const handle = useSyncExternalStore(subscribeMapHandle, getMap);
  const off = noMap || handle === null;
  const view = () => {
    const s = useViewStore.getState();
    return activeFilters(s.filters, s.asOf);
  };
  const row = (a: Agreement) => exportRow(a, index, bookOf(data), { lang: useViewStore.getState().lang, t, article: (file) => data.articleMeta.get(file) });
  const csv = () => (tab === 'districts' ? districtCsv() : agreementCsv());
  const districtCsv = () => {
    const { lang, countBasis } = useViewStore.getState();
    // The district tab's rows, in its order, under the basis its count column names.
    const rows = districtRows(data.districts.list, index, crossings(data), countBasis);
    const text = districtsCsv(rows, { basis: countBasis, basisLabel: countBasisLabel(countBasis, t), lineName: lineNameOf(data, lang), separator: t.nameSep });
    download(exportFileName(countBasis === 'own' ? 'districts' : 'districts-with-prefecture-province', 'csv', new Date(), view()), new Blob([text], { type: 'text/csv;charset=utf-8' }));
  };
  const agreementCsv = () => {
    // In the table's default order (newest first).
    const order = sortRows(index.list.map((a) => agreementRow(a, index.reportedYear)), { key: 'date', dir: 'desc' });
    const rows = order.map((r) => row(index.byId.get(r.id)!));
    download(exportFileName('agreements', 'csv', new Date(), view()), new Blob([agreementsCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  };
  const geojson = () => {
    const fc = agreementsGeoJson(index, bookOf(data), data.districts, row, { lang: useViewStore.getState().lang, about: t.geojsonAbout, basis: useViewStore.getState().countBasis });
    download(exportFileName('agreements', 'geojson', new Date(), view()), new Blob([JSON.stringify(fc)], { type: 'application/geo+json' }));
  };
  const png = () => {
    const map = getMap();
    if (!map) return;
    const now = new Date();
    const caption = pngCaption(pngInput(data, index, t, now), t);
    // The image holds the region whatever the screen shows (the table narrows the map), at its own size.
    const b = map.getBounds();
    const frame = pngFrame([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], HOME_BOUNDS);
    const notes = frame.widened ? [...caption.notes, t.pngFrameWidened] : caption.notes;
    setBusy(true);
    setError(null);
    mapPng(map, { ...caption, notes, sources: t.attribution }, frame.bounds)
      .then((blob) => download(exportFileName('map', 'png', now, view()), blob))
      .catch((e: unknown) => setError(String(e)))
      .finally(() => setBusy(false));
  };
  return (
    <div className="export-buttons" data-testid="export">
      <button type="button" data-testid="export-csv" data-of={tab} onClick={csv} title={tab === 'districts' ? t.exportCsvDistrictsTitle : undefined}>
        {tab === 'districts' ? t.exportCsvDistricts : t.exportCsv}
      </button>
      <button type="button" data-testid="export-geojson" onClick={geojson}>
        {t.exportGeojson}
      </button>
      <button type="button" data-testid="export-png" onClick={png} disabled={off || busy} aria-busy={busy} aria-describedby={off ? 'export-png-why' : undefined}>
        {busy ? t.exportPngBusy : t.exportPng}
      </button>
      {off && (
        <p className="muted needs-map" id="export-png-why" data-testid="export-png-why" role="status">
          {noMap ? t.exportPngNoMap : t.exportPngWait}
        </p>
      )}
      {error && (
        <p role="alert" className="muted">
          {t.exportFailed}
          {error}
        </p>
      )}
    </div>
  );
}
