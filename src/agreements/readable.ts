import { normalise } from '../extract/normalise';

/**
 * A quote without the newspaper's line and column breaks (which fall mid-word), as the cards, the
 * panels and the exports show it; the reader keeps the article as printed.
 */
export const readable = (quote: string): string => normalise(quote).text;
