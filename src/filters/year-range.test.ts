import { describe, expect, it } from 'vitest';
import { YEAR_MAX, YEAR_MIN } from '../data/agreement-vocab';
import { shownYear, typedYear, withYear } from './year-range';

describe('the year filter', () => {
  it('keeps the other end open when only one box is filled', () => {
    expect(withYear(null, 'from', 2021)).toEqual([2021, YEAR_MAX]);
    expect(withYear(null, 'to', 2022)).toEqual([YEAR_MIN, 2022]);
    expect(shownYear([2021, YEAR_MAX], 'to')).toBeNull();
    expect(shownYear([2021, YEAR_MAX], 'from')).toBe(2021);
    expect(shownYear([YEAR_MIN, 2022], 'from')).toBeNull();
  });

  it('sets both ends, in either order, and takes emptying a box as opening that end', () => {
    expect(withYear(withYear(null, 'from', 2020), 'to', 2021)).toEqual([2020, 2021]);
    expect(withYear([2020, 2021], 'to', 2019)).toEqual([2019, 2020]);
    expect(withYear([2020, 2021], 'to', null)).toEqual([2020, YEAR_MAX]);
    expect(withYear([2020, YEAR_MAX], 'from', null)).toBeNull();
  });

  it('takes a typed text only once it is a whole year in range', () => {
    expect(typedYear('2')).toBeNull();
    expect(typedYear('202')).toBeNull();
    expect(typedYear(' 2021 ')).toBe(2021);
    expect(typedYear('1999')).toBeNull();
    expect(typedYear('20210')).toBeNull();
  });
});
