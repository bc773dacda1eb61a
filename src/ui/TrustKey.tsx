import { ACCURACIES } from '../data/transport-schema';
import { useStrings } from '../i18n/use-strings';
import { THEME } from '../map/theme';

/**
 * What a line's edge says about its position: sharp for a traced track, softer and lighter for a
 * line drawn through its stations, softest for a schematic one (theme.accuracyLine). A key only:
 * nothing to switch.
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
    </fieldset>
  );
}
