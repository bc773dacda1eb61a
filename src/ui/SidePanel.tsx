import type { MapData } from '../state/data-store';
import { useViewStore } from '../state/view-store';
import { DistrictPanel } from './DistrictPanel';
import { AgreementPanel, FeaturePanel, NetworkPanel, PairPanel } from './lazy-parts';

/** The one panel for what is selected; a new kind of selection must be handled here (TypeScript checks). */
export function SidePanel({ data }: { data: MapData }) {
  const selection = useViewStore((s) => s.selection);
  const mapMode = useViewStore((s) => s.mapMode);
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
    case 'pair':
      return <PairPanel data={data} pair={[selection.a, selection.b]} />;
    default: {
      const never: never = selection;
      return never;
    }
  }
}
