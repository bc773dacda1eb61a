import type { NewArea } from '../../agreements/new-areas';
import { newAreaName } from '../../agreements/new-areas';
import { useViewStore } from '../../state/view-store';

/** A new area's name as a link to its own panel (from a card's parties, a partner list); `text`: the part it signed as, where it did. */
export function NewAreaButton({ area, text }: { area: NewArea; text?: string }) {
  const lang = useViewStore((s) => s.lang);
  const select = useViewStore((s) => s.select);
  return (
    <button type="button" className="link" data-new-area={area.id} title={area.en ? `${area.zh} · ${area.en}` : area.zh} onClick={() => select({ type: 'new-area', id: area.id }, 'panel')}>
      {text ?? newAreaName(area, lang)}
    </button>
  );
}
