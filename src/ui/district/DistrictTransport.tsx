import { useMemo } from 'react';
import type { MultiPolygon, Polygon } from 'geojson';
import type { DistrictIndex } from '../../data/districts';
import type { TransportIndex } from '../../data/transport';
import { useStrings } from '../../i18n/use-strings';
import { transportOfDistrict, type DistrictTransport as Found, type DistrictTransportItem } from '../../state/district-transport';
import { useViewStore } from '../../state/view-store';

/** Results by district, per loaded transport index: going back to a district costs nothing. */
const cache = new WeakMap<TransportIndex, Map<string, Found>>();

/**
 * The district panel's transport: the lines in or crossing the district and the stations, ports,
 * hubs and airports in it, each with its kind and status, as links to its own panel.
 */
export function DistrictTransport({ index, code, transport }: { index: DistrictIndex; code: string; transport: TransportIndex }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const select = useViewStore((s) => s.select);
  const found = useMemo(() => {
    const f = index.geojson.features.find((x) => x.properties.code === code);
    const d = index.byCode.get(code);
    if (!f || !d) return null;
    const known = cache.get(transport) ?? new Map<string, Found>();
    cache.set(transport, known);
    const hit = known.get(code) ?? transportOfDistrict({ code, provinceCode: d.provinceCode, bbox: d.bbox, geometry: f.geometry as Polygon | MultiPolygon }, transport.features);
    known.set(code, hit);
    return hit;
  }, [index, code, transport]);
  if (!found) return null;

  const list = (items: DistrictTransportItem[], testId: string) => (
    <ul className="plain transport-list" data-testid={testId}>
      {items.map((f) => (
        <li key={f.id}>
          <button type="button" className="link" data-id={f.id} onClick={() => select({ type: 'feature', id: f.id }, 'panel')}>
            {lang === 'en' && f.nameEn ? f.nameEn : f.nameZh}
          </button>{' '}
          <span className="muted">
            {t.modes[f.mode]} · <span className={`status status-${f.status}`}>{t.statuses[f.status]}</span>
            {f.km !== null && ` · ${t.kmInDistrict(f.km)}`}
            {f.schematic && ` · ${t.schematicInDistrict}`}
          </span>
        </li>
      ))}
    </ul>
  );

  return (
    <div className="district-transport" data-testid="district-transport">
      <h3>
        {t.linesHere} ({found.lines.length})
      </h3>
      {found.lines.length === 0 ? <p className="muted">{t.noLinesHere}</p> : list(found.lines, 'district-lines')}
      <h3>
        {t.pointsHere} ({found.points.length})
      </h3>
      {found.points.length === 0 ? <p className="muted">{t.noPointsHere}</p> : list(found.points, 'district-points')}
    </div>
  );
}
