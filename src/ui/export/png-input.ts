import { newAreaById, newAreaName, newAreaPartners, partyName } from '../../agreements/new-areas';
import { transportName } from '../transport-name';
import { pairPlaceLabels } from '../../agreements/place-label';
import { choroplethClasses, countsByDistrict, networkLinks, newAreaMains, pairAgreements, partnersOf } from '../../agreements/selectors';
import type { AgreementIndex } from '../../data/agreements';
import { MODES, STATUSES } from '../../data/transport-schema';
import type { CaptionInput } from '../../export/png-caption';
import { activeFilters } from '../../filters/agreement-filter';
import type { Strings } from '../../i18n/strings';
import { agreementOverlay, NETWORK_MAX_ARCS, networkOverlay } from '../../map/agreement-overlay';
import type { MapData } from '../../state/data-store';
import { useViewStore } from '../../state/view-store';
import { chipLabel } from '../filters/chip-label';
import { bookOf } from '../agreements/use-agreement-data';

/** The selection in words, as its panel names it; null when nothing (or nothing the data has) is selected. */
function selectionName(data: MapData, index: AgreementIndex, t: Strings): string | null {
  const { selection: sel, lang } = useViewStore.getState();
  const book = bookOf(data);
  switch (sel.type) {
    case 'none':
      return null;
    case 'district': {
      const d = data.districts.byCode.get(sel.code);
      return d ? t.pngSelectedDistrict(lang === 'zh' ? d.name : d.nameEn, partnersOf(index, sel.code).length) : null;
    }
    case 'new-area': {
      const area = newAreaById(sel.id);
      return area ? t.pngSelectedDistrict(newAreaName(area, lang), newAreaPartners(index, area).length) : null;
    }
    case 'agreement': {
      const a = data.agreements.byId.get(sel.id);
      return a ? (lang === 'zh' ? a.title_zh : a.title_en) : null;
    }
    case 'pair': {
      // Named and counted as its panel does.
      const list = pairAgreements(index, sel.a, sel.b);
      const [a, b] = pairPlaceLabels(index, [sel.a, sel.b], list, book, lang, t);
      return t.pngSelectedPair(a, b, list.length);
    }
    case 'feature': {
      const p = data.transport.byId.get(sel.id)?.properties;
      return p ? transportName(p, lang).text : null;
    }
  }
}

/** Everything the image's header and legend say, read from the stores and the shown agreements at the moment of export. */
export function pngInput(data: MapData, index: AgreementIndex, t: Strings, now: Date): CaptionInput {
  const s = useViewStore.getState();
  const { countBasis } = s;
  const present = (pred: (p: MapData['transport']['features'][number]['properties']) => boolean) => data.transport.features.some((f) => pred(f.properties));
  const overlay = agreementOverlay({ index, book: bookOf(data), districts: data.districts.list, selection: s.selection, mapMode: s.mapMode, countBasis });
  const { classes, floor } = overlay.classes ? choroplethClasses(countsByDistrict(index, data.districts.list, countBasis)) : { classes: [], floor: 0 };
  const districtName = (code: string) => {
    const d = data.districts.byCode.get(code);
    return d ? (s.lang === 'zh' ? d.name : d.nameEn) : code;
  };
  const total = networkLinks(index).length;
  const p = (n: number) => String(n).padStart(2, '0');
  return {
    mapMode: s.mapMode,
    modes: MODES.filter((m) => !s.hiddenModes.includes(m) && present((x) => x.mode === m)),
    statuses: STATUSES.filter((st) => !s.hiddenStatuses.includes(st) && present((x) => x.status === st && x.mode !== 'station')),
    overlay,
    // As the mode box lists them: empty classes only below a class that holds districts.
    classes: classes.filter((c, i) => c.districts > 0 || classes.slice(i).some((x) => x.districts > 0)),
    selection: selectionName(data, index, t),
    network: { drawn: Math.min(total, NETWORK_MAX_ARCS), total, wide: s.mapMode === 'network' && networkOverlay(index, bookOf(data)).wide },
    countBasis,
    newAreas: overlay.classes ? newAreaMains(index).map((a) => ({ area: partyName({ name: a.area, level: 'new-area' }, s.lang), main: districtName(a.main) })) : [],
    floor,
    shown: index.list.length,
    total: data.agreements.list.length,
    chips: activeFilters(s.filters, s.asOf).map((a) => chipLabel(a, t)),
    date: `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`,
  };
}
