import { MODES, STATUSES, type Mode } from '../data/transport-schema';
import type { TransportIndex } from '../data/transport';
import { useStrings } from '../i18n/use-strings';
import { THEME } from '../map/theme';
import { useViewStore } from '../state/view-store';

const DASH: Record<string, string> = { open: 'solid', 'partially-open': 'solid', 'under-construction': 'dashed', planned: 'dotted' };

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
      <fieldset>
        <legend>{t.mode}</legend>
        {modes.map((m) => (
          <label key={m}>
            <input type="checkbox" data-testid={`layer-toggle-${m}`} checked={!hiddenModes.includes(m)} onChange={() => toggleMode(m)} />
            <span className="swatch" style={{ borderColor: THEME.mode[m] }} /> {t.modes[m]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.status}</legend>
        {STATUSES.map((s) => (
          <label key={s}>
            <input type="checkbox" data-testid={`status-toggle-${s}`} checked={!hiddenStatuses.includes(s)} onChange={() => toggleStatus(s)} />
            <span className="swatch" style={{ borderTopStyle: DASH[s] as 'solid' }} /> {t.statuses[s]}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
