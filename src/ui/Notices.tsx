import { useState } from 'react';
import type { DataError } from '../data/errors';
import { useStrings } from '../i18n/use-strings';

/** Data files that failed, each named with what is wrong; the planner can dismiss it and go on. */
export function DataErrors({ errors }: { errors: readonly DataError[] }) {
  const t = useStrings();
  const [dismissed, setDismissed] = useState(false);
  if (errors.length === 0 || dismissed) return null;
  return (
    <div className="notice error" role="alert" data-testid="data-error">
      <strong>{t.dataError}</strong>
      <ul>
        {errors.map((e) => (
          <li key={e.file}>
            <code>{e.file}</code>: {e.reason}
          </li>
        ))}
      </ul>
      <p>{t.dataErrorHint}</p>
      <button type="button" onClick={() => setDismissed(true)}>
        {t.dismiss}
      </button>
    </div>
  );
}

export function MapUnavailable({ reason }: { reason: string | null }) {
  const t = useStrings();
  return (
    <div className="map map-unavailable" data-testid="map-unavailable" role="status">
      <p>{reason === null ? t.noWebgl : t.mapFailed(reason)}</p>
    </div>
  );
}
