import { useStrings } from '../i18n/use-strings';
import { usePrinting } from './use-printing';

/**
 * What a printed map needs beyond the map (shown only in print): the date it was printed, the link
 * to this exact view, and where the data comes from.
 */
export function PrintInfo() {
  const t = useStrings();
  usePrinting(); // re-renders when printing starts, so the date is the day of printing
  const today = new Date();
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return (
    <footer className="print-info" data-testid="print-info">
      <p>
        {t.printedOn} {date} · {t.printView} <span className="print-url">{window.location.href}</span>
      </p>
      <p>
        {t.sources}: {t.attribution}; {t.printTransportSources}
      </p>
    </footer>
  );
}
