/**
 * The words of the view a link carries, with no imports of their own, so the strings (src/i18n/)
 * and the stores can both use them without importing each other.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const MAP_MODES = ['plain', 'choropleth', 'network'] as const;
export type MapMode = (typeof MAP_MODES)[number];

export const PANELS = ['list', 'table'] as const;
export type Panel = (typeof PANELS)[number];

/** What a district's agreement count takes in: its own agreements, or also its prefecture's and province's. */
export const COUNT_BASES = ['own', 'all'] as const;
export type CountBasis = (typeof COUNT_BASES)[number];
