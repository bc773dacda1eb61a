import type { Agreement } from '../../data/agreement-schema';
import type { AgreementIndex } from '../../data/agreements';
import type { Strings } from '../../i18n/strings';

/** An agreement's date as cards and panels show it: undated, the year it was first reported, which the time slider goes by. */
export const dateLabel = (a: Pick<Agreement, 'id' | 'date'>, index: Pick<AgreementIndex, 'reportedYear'>, t: Pick<Strings, 'undated' | 'undatedReported'>): string => {
  if (a.date) return a.date;
  const reported = index.reportedYear.get(a.id);
  return reported === undefined ? t.undated : t.undatedReported(reported);
};
