import { useMemo } from 'react';
import { choroplethClasses, countsByDistrict, networkLinks } from '../agreements/selectors';
import { useStrings } from '../i18n/use-strings';
import { OVERLAY_ATTR } from '../map/effects/controls';
import { THEME } from '../map/theme';
import { NETWORK_MAX_ARCS } from '../map/agreement-overlay';
import type { MapData } from '../state/data-store';
import { useViewStore } from '../state/view-store';
import { MAP_MODES } from '../state/view-types';
import { useVisibleAgreements } from './agreements/use-agreement-data';
import { CountBasisSwitch } from './CountBasisSwitch';

/**
 * The map mode (plain, choropleth, network) and what the mode needs: the choropleth's count basis
 * and its classes with the number of districts in each; the network's reading hint. Apart from
 * the transport legend, so each can change without the other.
 */
export function MapModeSwitch({ data }: { data: MapData }) {
  const t = useStrings();
  const mapMode = useViewStore((s) => s.mapMode);
  // The whole network is drawn with nothing selected or a pair open (agreement-overlay.ts); else only the selection's links.
  const folded = useViewStore((s) => s.selection.type !== 'none' && s.selection.type !== 'pair');
  const setMapMode = useViewStore((s) => s.setMapMode);
  const countBasis = useViewStore((s) => s.countBasis);
  const index = useVisibleAgreements(data);
  const { classes, floor } = useMemo(
    () => (mapMode === 'choropleth' ? choroplethClasses(countsByDistrict(index, data.districts.list, countBasis)) : { classes: [], floor: 0 }),
    [mapMode, data, index, countBasis],
  );
  const links = useMemo(() => (mapMode === 'network' ? networkLinks(index).length : 0), [mapMode, index]);
  const drawn = Math.min(links, NETWORK_MAX_ARCS);
  const shown = classes.filter((c, i) => c.districts > 0 || classes.slice(i).some((x) => x.districts > 0));

  return (
    <section className="map-mode" data-testid="map-mode" aria-label={t.mapMode} {...{ [OVERLAY_ATTR]: '' }}>
      <fieldset>
        <legend>{t.mapMode}</legend>
        {MAP_MODES.map((m) => (
          <label key={m}>
            <input type="radio" name="map-mode" data-testid={`map-mode-${m}`} checked={mapMode === m} onChange={() => setMapMode(m)} />{' '}
            <span className="long-label">{t.mapModes[m]}</span>
            <span className="short-label">{t.mapModesShort[m]}</span>
          </label>
        ))}
      </fieldset>
      {mapMode === 'choropleth' && (
        <>
          <CountBasisSwitch />
          {/* A table of two short rows (the classes, then how many districts each holds), not a line per
              class: six lines covered the 四川省 label and the north of the map on a desktop. */}
          <table className="choropleth-legend" data-testid="choropleth-legend">
            <tbody>
              <tr>
                <th scope="row">{t.classRowRange}</th>
                {shown.map((c) => (
                  <td key={c.index} data-class={c.index} data-districts={c.districts} title={`${t.classRange(c.min, c.max)}: ${t.districtsInClass(c.districts)}`}>
                    <span className="class-swatch" style={{ background: THEME.agreements.classes[c.index] }} /> {t.classRangeShort(c.min, c.max)}
                  </td>
                ))}
              </tr>
              <tr className="class-districts">
                <th scope="row">{t.classRowDistricts}</th>
                {shown.map((c) => (
                  <td key={c.index}>{c.districts}</td>
                ))}
              </tr>
            </tbody>
          </table>
          <p className="muted class-floor" data-testid="count-new-area" title={t.countNewAreaTitle}>
            {t.countNewArea}
          </p>
          {floor > 0 && (
            <p className="muted class-floor" data-testid="class-floor">
              {t.classFloor(floor)}
            </p>
          )}
        </>
      )}
      {mapMode === 'network' && (
        <p className="muted" data-testid="network-hint" data-links={links} data-folded={folded || undefined}>
          {folded ? t.networkFolded(window.matchMedia?.('(pointer: fine)').matches ?? true) : t.networkHint}
          {!folded && drawn < links && <> {t.networkCapped(drawn, links)}</>}
        </p>
      )}
    </section>
  );
}
