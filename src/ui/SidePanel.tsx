import type { MapData } from '../state/data-store';
import { useViewStore } from '../state/view-store';
import { DistrictPanel } from './DistrictPanel';
import { NewAreaPanel } from './new-area/NewAreaPanel';
import { AgreementPanel, FeaturePanel, NetworkPanel, PairPanel } from './lazy-parts';
import { useEffect } from 'react';
import { focusLost, revealPanel, SIDE_ID } from './show-panel';

/** The one panel for what is selected; a new kind of selection must be handled here (TypeScript checks). */
export function SidePanel({ data }: { data: MapData }) {
  const selection = useViewStore((s) => s.selection);
  const mapMode = useViewStore((s) => s.mapMode);
  const origin = useViewStore((s) => s.selectionOrigin);
  // A pick in a panel whose control went with the old panel (a card's title, a partner) shows the
  // new panel from its top, its heading focused; a pick that leaves its control in place (a table
  // row, the search box) keeps the focus and the scroll there (the search scrolls itself). A click
  // on the map brings the panel's top into view if it is above the pane, moving no focus.
  useEffect(() => {
    if (selection.type === 'none') return;
    if (origin === 'panel' && focusLost()) revealPanel(document.getElementById(SIDE_ID), true);
    else if (origin === 'map') revealPanel(document.getElementById(SIDE_ID), false, true);
  }, [selection, origin]);
  switch (selection.type) {
    case 'none':
      return mapMode === 'network' ? <NetworkPanel data={data} /> : null;
    case 'district':
      return <DistrictPanel index={data.districts} code={selection.code} transport={data.transport} data={data} />;
    case 'feature': {
      const feature = data.transport.byId.get(selection.id);
      return feature ? <FeaturePanel feature={feature} transport={data.transport} districts={data.districts} articles={data.articles} articleMeta={data.articleMeta} /> : null;
    }
    case 'agreement':
      return <AgreementPanel data={data} id={selection.id} />;
    case 'new-area':
      return <NewAreaPanel data={data} id={selection.id} />;
    case 'pair':
      return <PairPanel data={data} pair={[selection.a, selection.b]} />;
    default: {
      const never: never = selection;
      return never;
    }
  }
}
