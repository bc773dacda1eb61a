import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { MODES, STATUSES, type Mode } from '../data/transport-schema';
import type { TransportIndex } from '../data/transport';
import { useStrings } from '../i18n/use-strings';
import { OVERLAY_ATTR } from '../map/effects/controls';
import { LEGEND_FOLD_BELOW, NARROW_QUERY } from '../map/camera';
import { useViewStore } from '../state/view-store';
import { TrustKey } from './TrustKey';
import { ModeSwatch, StatusSwatch } from './legend/Swatch';
import { usePrinting } from './use-printing';
import { AgreementKey } from './legend/AgreementKey';
import type { MapData } from '../state/data-store';

/**
 * What each symbol means: the agreements' arcs, tints and rings while they are drawn, then
 * switches to show or hide each mode and status. Each swatch is the
 * symbol the map draws; a switched-off entry is greyed; each entry counts its features, so a
 * status nothing has yet (no planned line) says so.
 */
export function Legend({ data }: { data: MapData }) {
  const transport = data.transport;
  const t = useStrings();
  const hiddenModes = useViewStore((s) => s.hiddenModes);
  const hiddenStatuses = useViewStore((s) => s.hiddenStatuses);
  const toggleMode = useViewStore((s) => s.toggleMode);
  const toggleStatus = useViewStore((s) => s.toggleStatus);
  const [open, setOpen] = useState(() => !window.matchMedia?.(NARROW_QUERY).matches);
  const details = useRef<HTMLDetailsElement>(null);
  // Folded while the map is narrow (a phone, or the table or an article beside it), opened again
  // when it widens: only when the width crosses LEGEND_FOLD_BELOW, so a planner's own choice
  // stands until then. Before the first paint, so a narrow map never shows it open.
  useLayoutEffect(() => {
    const area = details.current?.parentElement;
    if (!area) return;
    let narrow: boolean | null = null;
    const check = () => {
      const now = area.clientWidth < LEGEND_FOLD_BELOW;
      if (now !== narrow) setOpen(!now);
      narrow = now;
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(area);
    return () => observer.disconnect();
  }, []);
  // A printed map always carries its legend.
  const printing = usePrinting();
  const count = (pred: (p: TransportIndex['features'][number]['properties']) => boolean) => transport.features.filter((f) => pred(f.properties)).length;
  const modes = MODES.filter((m): m is Mode => count((p) => p.mode === m) > 0);

  return (
    <details ref={details} className="legend" data-testid="legend" {...{ [OVERLAY_ATTR]: '' }} aria-label={t.legend} open={open || printing} onToggle={(e) => !printing && setOpen(e.currentTarget.open)}>
      <summary>
        <h2>{t.legend}</h2>
      </summary>
      <div className="legend-body">
        <AgreementKey data={data} />
        <ToggleGroup
          title={t.mode}
          items={modes}
          hidden={hiddenModes}
          toggle={toggleMode}
          testId={(m) => `layer-toggle-${m}`}
          swatch={(m) => <ModeSwatch mode={m} />}
          label={(m) => t.modes[m]}
          count={(m) => count((p) => p.mode === m)}
        />
        <ToggleGroup
          title={t.status}
          items={STATUSES}
          hidden={hiddenStatuses}
          toggle={toggleStatus}
          testId={(s) => `status-toggle-${s}`}
          swatch={(s) => <StatusSwatch status={s} />}
          label={(s) => t.statuses[s]}
          count={(s) => count((p) => p.status === s && p.mode !== 'station')}
        />
        <p className="legend-trust" data-testid="legend-trust">
          {t.legendTrust}
        </p>
        <TrustKey />
      </div>
    </details>
  );
}

interface ToggleGroupProps<T extends string> {
  title: string;
  items: readonly T[];
  hidden: readonly T[];
  toggle: (item: T) => void;
  testId: (item: T) => string;
  swatch: (item: T) => ReactNode;
  label: (item: T) => ReactNode;
  count: (item: T) => number;
}

/** One checkbox per item, checked while the item is shown, with its swatch; an item switched off is greyed. */
function ToggleGroup<T extends string>({ title, items, hidden, toggle, testId, swatch, label, count }: ToggleGroupProps<T>) {
  return (
    <fieldset>
      <legend>{title}</legend>
      {items.map((item) => (
        <label key={item} className={hidden.includes(item) ? 'off' : undefined}>
          <input type="checkbox" data-testid={testId(item)} checked={!hidden.includes(item)} onChange={() => toggle(item)} />
          {swatch(item)} <span className="legend-label">{label(item)}</span> <span className="legend-count">{count(item)}</span>
        </label>
      ))}
    </fieldset>
  );
}
