import { useMemo } from 'react';
import { agreementLegend } from '../../map/agreement-legend';
import { agreementOverlay, networkOverlay } from '../../map/agreement-overlay';
import { useStrings } from '../../i18n/use-strings';
import type { MapData } from '../../state/data-store';
import { useViewStore } from '../../state/view-store';
import { bookOf, useVisibleAgreements } from '../agreements/use-agreement-data';
import { SymbolSwatch } from './Swatch';

/**
 * The agreements' part of the legend, while the map draws agreements (a selection, or the
 * network): the entries the exported image's legend lists (map/agreement-legend.ts), for the same
 * overlay the map effect draws. The choropleth's classes are left to the mode box, which lists them.
 */
export function AgreementKey({ data }: { data: MapData }) {
  const t = useStrings();
  const selection = useViewStore((s) => s.selection);
  const mapMode = useViewStore((s) => s.mapMode);
  const countBasis = useViewStore((s) => s.countBasis);
  const shown = useVisibleAgreements(data);
  const entries = useMemo(() => {
    if (selection.type === 'none' && mapMode !== 'network') return [];
    const book = bookOf(data);
    // As the map effect: a selected agreement is drawn even when the filters hide it.
    const index = selection.type === 'agreement' ? data.agreements : shown;
    const overlay = agreementOverlay({ index, book, districts: data.districts.list, selection, mapMode, countBasis });
    const networkWide = overlay.network && networkOverlay(shown, book).wide;
    return agreementLegend({ mapMode, overlay, classes: [], selected: selection.type !== 'none', networkWide }, t);
  }, [data, shown, selection, mapMode, countBasis, t]);
  if (entries.length === 0) return null;
  return (
    <fieldset className="legend-agreements" data-testid="legend-agreements">
      <legend>{t.pngAgreements}</legend>
      {entries.map((e) => (
        <div key={`${e.symbol.kind}:${e.label}`} className="legend-entry" data-kind={e.symbol.kind} data-colour={'colour' in e.symbol ? e.symbol.colour : undefined}>
          <SymbolSwatch symbol={e.symbol} /> <span className="legend-label">{e.label}</span>
        </div>
      ))}
    </fieldset>
  );
}
