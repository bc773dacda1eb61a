import type { Strings } from './strings';
import type { CountBasis } from '../state/view-vocab';

/** The count basis in words (仅本区县 / own only …): as the count box, the district table, the CSV and the image's caption name it. */
export const countBasisLabel = (basis: CountBasis, t: Pick<Strings, 'countBasisOwn' | 'countBasisAll'>): string => (basis === 'own' ? t.countBasisOwn : t.countBasisAll);
