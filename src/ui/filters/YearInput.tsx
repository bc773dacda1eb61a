import { useState } from 'react';
import { shownYear, typedYear, withYear, type YearBound } from '../../filters/year-range';
import { YEAR_MAX, YEAR_MIN } from '../../state/view-types';

/**
 * One end of the year filter. What is typed stays in the box while it is not yet a year ("2",
 * "20"), so typing digit by digit works; a whole year in range goes to the filter at once, an
 * emptied box opens that end, and leaving the box shows the filter's value again.
 */
export function YearInput({ years, bound, testId, placeholder, onChange }: { years: readonly [number, number] | null; bound: YearBound; testId: string; placeholder: string; onChange(next: [number, number] | null): void }) {
  const committed = shownYear(years, bound);
  const asText = committed === null ? '' : String(committed);
  const [text, setText] = useState(asText);
  // The filter changed from elsewhere (a chip removed, a link, Back): show it (React's way to follow a prop, during render).
  const [seen, setSeen] = useState(committed);
  if (seen !== committed) {
    setSeen(committed);
    setText(asText);
  }
  return (
    <input
      type="number"
      inputMode="numeric"
      data-testid={testId}
      min={YEAR_MIN}
      max={YEAR_MAX}
      value={text}
      placeholder={placeholder}
      onChange={(e) => {
        const value = e.target.value;
        setText(value);
        if (value.trim() === '') onChange(withYear(years, bound, null));
        else {
          const y = typedYear(value);
          if (y !== null) onChange(withYear(years, bound, y));
        }
      }}
      onBlur={() => setText(asText)}
    />
  );
}
