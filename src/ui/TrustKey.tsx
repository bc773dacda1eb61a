import { ACCURACIES } from '../data/transport-schema';
import { useStrings } from '../i18n/use-strings';
import { THEME } from '../map/theme';

/**
 * What a line's edge says about its position: sharp for a traced track, softer and lighter for a
 * line drawn through its stations, softest for a schematic one (theme.accuracyLine); close in, the
 * last two are dotted links (theme.linkLine). A key only: nothing to switch.
 */
export function TrustKey() {
  const t = useStrings();
  return (
    <fieldset className="trust-key" data-testid="trust-key">
      <legend>{t.trust}</legend>
      {ACCURACIES.map((a) => (
        <div key={a}>
          <span className="swatch" style={{ opacity: THEME.accuracyLine[a].opacity, filter: THEME.accuracyLine[a].cssBlur ? `blur(${THEME.accuracyLine[a].cssBlur}px)` : undefined }} />{' '}
          {t.trustKey[a]}
        </div>
      ))}
      <div data-testid="trust-links">
        <svg className="swatch link-swatch" width={28} height={8} viewBox="0 0 28 8" aria-hidden="true">
          <line
            x1={3}
            y1={4}
            x2={25}
            y2={4}
            stroke="#555"
            strokeWidth={THEME.linkLine.width}
            strokeLinecap="round"
            strokeDasharray={THEME.linkLine.dash.map((d) => d * THEME.linkLine.width).join(' ')}
          />
        </svg>{' '}
        <span className="trust-links">{t.trustLinks}</span>
      </div>
    </fieldset>
  );
}
