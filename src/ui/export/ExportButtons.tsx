import { useState } from 'react';
import { activeFilters } from '../../filters/agreement-filter';
import type { Agreement } from '../../data/agreement-schema';
import { agreementsCsv } from '../../export/csv';
import { exportRow } from '../../export/export-row';
import { download } from '../../export/download';
import { exportFileName } from '../../export/file-name';
import { agreementsGeoJson } from '../../export/geojson';
import { mapPng } from '../../export/png';
import { useStrings } from '../../i18n/use-strings';
import { getMapHandle } from '../../map/map-handle';
import { THEME } from '../../map/theme';
import type { MapData } from '../../state/data-store';
import { useViewStore } from '../../state/view-store';
import { agreementRow, sortRows } from '../../table/agreement-rows';
import { bookOf, useVisibleAgreements } from '../agreements/use-agreement-data';
import { chipLabel } from '../filters/chip-label';

const LEGEND_MODES = ['hsr', 'rail', 'expressway', 'waterway', 'corridor'] as const;

/** CSV, GeoJSON and PNG of exactly what is shown: the agreements passing the filters, the map view. */
export function ExportButtons({ data }: { data: MapData }) {
  const t = useStrings();
  const index = useVisibleAgreements(data);
  const [error, setError] = useState<string | null>(null);
  const view = () => {
    const s = useViewStore.getState();
    return activeFilters(s.filters, s.asOf);
  };
  const row = (a: Agreement) => exportRow(a, index, bookOf(data), { lang: useViewStore.getState().lang, t, article: (file) => data.articleMeta.get(file) });
  const csv = () => {
    // In the table's default order (newest first).
    const order = sortRows(index.list.map((a) => agreementRow(a, index.reportedYear)), { key: 'date', dir: 'desc' });
    const rows = order.map((r) => row(index.byId.get(r.id)!));
    download(exportFileName('agreements', 'csv', new Date(), view()), new Blob([agreementsCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  };
  const geojson = () => {
    const fc = agreementsGeoJson(index, bookOf(data), data.districts, row);
    download(exportFileName('agreements', 'geojson', new Date(), view()), new Blob([JSON.stringify(fc)], { type: 'application/geo+json' }));
  };
  const png = () => {
    const map = getMapHandle();
    if (!map) return;
    const s = useViewStore.getState();
    const now = new Date();
    const chips = activeFilters(s.filters, s.asOf).map((a) => chipLabel(a, t));
    const subtitle = [now.toISOString().slice(0, 10), t.filterCount(index.list.length, data.agreements.list.length), ...chips].join(' · ');
    const legend = [
      ...LEGEND_MODES.map((m) => ({ label: t.modes[m]!, colour: THEME.mode[m] ?? '#555', dash: null })),
      { label: t.statuses['under-construction']!, colour: '#555', dash: THEME.statusLine['under-construction'].dash },
      { label: t.statuses.planned!, colour: '#555', dash: THEME.statusLine.planned.dash },
    ];
    mapPng(map, { title: t.appTitle, subtitle, sources: t.attribution, legend })
      .then((blob) => download(exportFileName('map', 'png', now, view()), blob))
      .catch((e: unknown) => setError(String(e)));
  };
  return (
    <div className="export-buttons" data-testid="export">
      <button type="button" data-testid="export-csv" onClick={csv}>
        {t.exportCsv}
      </button>
      <button type="button" data-testid="export-geojson" onClick={geojson}>
        {t.exportGeojson}
      </button>
      <button type="button" data-testid="export-png" onClick={png}>
        {t.exportPng}
      </button>
      {error && (
        <p role="alert" className="muted">
          {t.exportFailed}
          {error}
        </p>
      )}
    </div>
  );
}
