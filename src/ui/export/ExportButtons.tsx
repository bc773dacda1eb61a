import { useState } from 'react';
import { activeFilters } from '../../filters/agreement-filter';
import { agreementsCsv } from '../../export/csv';
import { download } from '../../export/download';
import { exportFileName } from '../../export/file-name';
import { agreementsGeoJson } from '../../export/geojson';
import { mapPng } from '../../export/png';
import { useStrings } from '../../i18n/use-strings';
import { getMapHandle } from '../../map/map-handle';
import { THEME } from '../../map/theme';
import type { MapData } from '../../state/data-store';
import { useViewStore } from '../../state/view-store';
import { useMapStatus } from '../../state/map-status-store';
import { agreementRow, sortRows } from '../../table/agreement-rows';
import { bookOf, useVisibleAgreements } from '../agreements/use-agreement-data';
import { chipLabel } from '../filters/chip-label';

const LEGEND_MODES = ['hsr', 'rail', 'expressway', 'waterway', 'corridor'] as const;

/** CSV, GeoJSON and PNG of exactly what is shown: the agreements passing the filters, the map view. */
export function ExportButtons({ data }: { data: MapData }) {
  const t = useStrings();
  const index = useVisibleAgreements(data);
  const [error, setError] = useState<string | null>(null);
  const noMap = useMapStatus((s) => s.unavailable);
  const view = () => {
    const s = useViewStore.getState();
    return { years: s.filters.years, asOf: s.asOf };
  };
  const csv = () => {
    const rows = sortRows(index.list.map((a) => agreementRow(a, index.reportedYear)), { key: 'date', dir: 'desc' });
    const words = { kinds: t.kinds, domains: t.domains, join: useViewStore.getState().lang === 'zh' ? '、' : ', ', article: (file: string) => data.articleMeta.get(file) };
    download(exportFileName('agreements', 'csv', new Date(), view()), new Blob([agreementsCsv(rows, words)], { type: 'text/csv;charset=utf-8' }));
  };
  const geojson = () => {
    const fc = agreementsGeoJson(index, bookOf(data), data.districts);
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
      <button type="button" data-testid="export-png" onClick={png} disabled={noMap} aria-describedby={noMap ? 'export-png-why' : undefined}>
        {t.exportPng}
      </button>
      {noMap && (
        <p className="muted needs-map" id="export-png-why">
          {t.exportPngNoMap}
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
