import type { CSSProperties, ReactNode } from 'react';
import { MODES, STATUSES, type Mode } from '../data/transport-schema';
import type { TransportIndex } from '../data/transport';
import { useStrings } from '../i18n/use-strings';
import { THEME } from '../map/theme';
import { useViewStore } from '../state/view-store';
import { TrustKey } from './TrustKey';

/** What each colour and dash means, and switches to show or hide each mode and status. */
export function Legend({ transport }: { transport: TransportIndex }) {
  const t = useStrings();
  const hiddenModes = useViewStore((s) => s.hiddenModes);
  const hiddenStatuses = useViewStore((s) => s.hiddenStatuses);
  const toggleMode = useViewStore((s) => s.toggleMode);
  const toggleStatus = useViewStore((s) => s.toggleStatus);
  const present = new Set(transport.features.map((f) => f.properties.mode));
  const modes = MODES.filter((m): m is Mode => present.has(m));

  return (
    <details className="legend" data-testid="legend" aria-label={t.legend} open>
      <summary>
        <h2>{t.legend}</h2>
      </summary>
      <ToggleGroup
        title={t.mode}
        items={modes}
        hidden={hiddenModes}
        toggle={toggleMode}
        testId={(m) => `layer-toggle-${m}`}
        swatch={(m) => ({ borderColor: THEME.mode[m] })}
        label={(m) => t.modes[m]}
      />
      <ToggleGroup
        title={t.status}
        items={STATUSES}
        hidden={hiddenStatuses}
        toggle={toggleStatus}
        testId={(s) => `status-toggle-${s}`}
        swatch={(s) => ({ borderTopStyle: THEME.statusLine[s].css, opacity: THEME.statusLine[s].opacity })}
        label={(s) => t.statuses[s]}
      />
      <TrustKey />
    </details>
  );
}

interface ToggleGroupProps<T extends string> {
  title: string;
  items: readonly T[];
  hidden: readonly T[];
  toggle: (item: T) => void;
  testId: (item: T) => string;
  swatch: (item: T) => CSSProperties;
  label: (item: T) => ReactNode;
}

/** One checkbox per item, checked while the item is shown, with its swatch. */
function ToggleGroup<T extends string>({ title, items, hidden, toggle, testId, swatch, label }: ToggleGroupProps<T>) {
  return (
    <fieldset>
      <legend>{title}</legend>
      {items.map((item) => (
        <label key={item}>
          <input type="checkbox" data-testid={testId(item)} checked={!hidden.includes(item)} onChange={() => toggle(item)} />
          <span className="swatch" style={swatch(item)} /> {label(item)}
        </label>
      ))}
    </fieldset>
  );
}
