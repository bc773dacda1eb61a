import { useStrings } from '../i18n/use-strings';
import { useViewStore } from '../state/view-store';
import { COUNT_BASES } from '../state/view-types';

/**
 * The count basis (own only, or with the prefecture's and province's agreements): one choice,
 * kept in the view store and the link, shown in the count map's box and above the district table,
 * so that the map, the table and their exports always count alike. `idPrefix` keeps the two
 * boxes' radio groups and test ids apart.
 */
export function CountBasisSwitch({ idPrefix = '' }: { idPrefix?: string }) {
  const t = useStrings();
  const countBasis = useViewStore((s) => s.countBasis);
  const setCountBasis = useViewStore((s) => s.setCountBasis);
  return (
    <fieldset className="count-basis">
      <legend>{t.countBasis}</legend>
      {COUNT_BASES.map((b) => (
        <label key={b}>
          <input type="radio" name={`${idPrefix}count-basis`} data-testid={`${idPrefix}count-basis-${b}`} checked={countBasis === b} onChange={() => setCountBasis(b)} />{' '}
          {b === 'own' ? (
            t.countBasisOwn
          ) : (
            <>
              <span className="long-label">{t.countBasisAll}</span>
              <span className="short-label">{t.countBasisAllShort}</span>
            </>
          )}
        </label>
      ))}
    </fieldset>
  );
}
