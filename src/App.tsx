import { useCallback, useEffect, useState } from 'react';
import { useStrings } from './i18n/use-strings';
import { MapView } from './map/MapView';
import { supportsWebGL2 } from './map/webgl';
import { useDataStore } from './state/data-store';
import { useViewStore } from './state/view-store';
import { Legend } from './ui/Legend';
import { DistrictList } from './ui/DistrictList';
import { SidePanel } from './ui/SidePanel';
import { SourceReader } from './ui/SourceReader';
import { MapModeSwitch } from './ui/MapModeSwitch';
import { Header } from './ui/Header';
import { DataErrors, MapUnavailable } from './ui/Notices';
import { LinkNotice } from './ui/LinkNotice';
import { dropUnknownIds } from './state/url-sync';
import { FilterBar, FilterEmpty } from './ui/filters/FilterBar';
import { TimeSlider } from './ui/filters/TimeSlider';
import { TablePanel } from './ui/table/TablePanel';

type MapAvailability = { ok: true } | { ok: false; reason: string | null };

export function App() {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const panel = useViewStore((s) => s.panel);
  const { status, data, errors, load } = useDataStore();
  const [mapState, setMapState] = useState<MapAvailability>(() => (supportsWebGL2() ? { ok: true } : { ok: false, reason: null }));
  const onMapFailure = useCallback((reason: string) => setMapState({ ok: false, reason }), []);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (data) dropUnknownIds(data);
  }, [data]);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t.appTitle;
  }, [lang, t]);

  return (
    <div className="app">
      <Header />
      <DataErrors errors={errors} />
      <LinkNotice />
      <main className="layout">
        <div className="map-area">
          {mapState.ok ? <MapView data={data} onFailure={onMapFailure} /> : <MapUnavailable reason={mapState.reason} />}
          {data && mapState.ok && <Legend transport={data.transport} />}
          {data && mapState.ok && <MapModeSwitch data={data} />}
          {data && <TimeSlider />}
          {data && <FilterEmpty data={data} />}
          {status !== 'ready' && (
            <p className="map-status" role="status">
              {status === 'failed' ? t.dataError : t.loading}
            </p>
          )}
        </div>
        {data && <SourceReader data={data} />}
        <aside className="side">
          {data && <FilterBar data={data} />}
          {data && <SidePanel data={data} />}
          {data && (panel === 'table' ? <TablePanel data={data} /> : <DistrictList index={data.districts} transport={data.transport} />)}
        </aside>
      </main>
    </div>
  );
}
