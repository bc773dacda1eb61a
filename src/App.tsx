import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { useStrings } from './i18n/use-strings';
import { MapView } from './map/MapView';
import { supportsWebGL2 } from './map/webgl';
import { useDataStore } from './state/data-store';
import { useMapStatus } from './state/map-status-store';
import { useViewStore } from './state/view-store';
import { Legend } from './ui/Legend';
import { DistrictList } from './ui/DistrictList';
import { SidePanel } from './ui/SidePanel';
import { SIDE_ID } from './ui/show-panel';
import { MapModeSwitch } from './ui/MapModeSwitch';
import { Header } from './ui/Header';
import { DataErrors, MapUnavailable } from './ui/Notices';
import { LinkNotice } from './ui/LinkNotice';
import { dropUnknownIds } from './state/url-sync';
import { SEARCH_ID, useEscapeCloses } from './ui/use-escape';
import { useAddArticleStore } from './state/add-article-store';
import { FilterBar, FilterEmpty } from './ui/filters/FilterBar';
import { TimeSlider } from './ui/filters/TimeSlider';
import { AddArticle, PrintInfo, SourceReader, TablePanel } from './ui/lazy-parts';
import { useIdle } from './ui/use-idle';
import { bookOf } from './ui/agreements/use-agreement-data';


export function App() {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const panel = useViewStore((s) => s.panel);
  const { status, data, errors, load } = useDataStore();
  const mapState = useMapStatus();
  const adding = useAddArticleStore((s) => s.open);
  const reading = useViewStore((s) => s.reader !== null);
  // Set once the first complete map is on screen (never where the map is unavailable).
  const [mapReady, setMapReady] = useState(false);
  const onMapReady = useCallback(() => setMapReady(true), []);
  const idle = useIdle(status === 'ready' && (mapReady || mapState.unavailable));
  // Walked in the first idle moment after the first map, so neither that map nor the first district panel waits for it.
  useEffect(() => {
    if (idle && data) void data.districts.neighbours;
  }, [idle, data]);
  // Asked only when the map could not be made: a test context of its own cost the load a WebGL context.
  const onMapFailure = useCallback((reason: string) => {
    useMapStatus.getState().setUnavailable(supportsWebGL2() ? reason : null);
  }, []);

  useEscapeCloses();
  // Asked for in the commit, right after the map has been made (MapView's layout effect runs
  // before this one), not after the browser has first painted the page.
  useLayoutEffect(() => {
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
      <a
        className="skip-link"
        href={`#${SEARCH_ID}`}
        onClick={(e) => {
          // Focus without a fragment in the address bar (the address is the share link).
          e.preventDefault();
          document.getElementById(SEARCH_ID)?.focus();
        }}
      >
        {t.skipToSearch}
      </a>
      <Header />
      <DataErrors errors={errors} />
      <LinkNotice />
      {/* The side panel comes first in the page, so Tab reaches the search box before the map and
          its legend; CSS (order) still draws the map first. */}
      <main className="layout">
        <aside id={SIDE_ID} className={panel === 'table' ? 'side table-open' : 'side'}>
          {data && <FilterBar data={data} />}
          {data && <SidePanel data={data} />}
          {data && (panel === 'table' ? <TablePanel data={data} /> : <DistrictList index={data.districts} transport={data.transport} book={bookOf(data)} />)}
        </aside>
        <div className="map-area">
          {mapState.unavailable ? <MapUnavailable reason={mapState.reason} /> : <MapView data={data} onFailure={onMapFailure} onReady={onMapReady} />}
          {data && !mapState.unavailable && <Legend data={data} />}
          {data && !mapState.unavailable && <MapModeSwitch data={data} />}
          {data && <TimeSlider />}
          {data && <FilterEmpty data={data} />}
          {status !== 'ready' && (
            <p className="map-status" role="status">
              {status === 'failed' ? t.dataError : t.loading}
            </p>
          )}
        </div>
        {data && reading && <SourceReader data={data} />}
      </main>
      {idle && <PrintInfo />}
      {data && adding && <AddArticle data={data} />}
    </div>
  );
}
