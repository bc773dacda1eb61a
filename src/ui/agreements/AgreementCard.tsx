import { dateLabel } from './date-label';
import type { Agreement } from '../../data/agreement-schema';
import { reportsOf, type AgreementIndex } from '../../data/agreements';
import { isLocalArticle } from '../../data/bundle';
import { ownPlace, type PlaceBook } from '../../agreements/places';
import { viaNewArea } from '../../agreements/selectors';
import { newAreaOfParty, partyName } from '../../agreements/new-areas';
import { NewAreaButton } from '../new-area/NewAreaButton';
import { useStrings } from '../../i18n/use-strings';
import { readable } from '../../agreements/readable';
import { useViewStore } from '../../state/view-store';
import { BodyName } from './BodyName';
import { PlaceButton } from './PlaceButton';
import { LocalMark } from '../local/LocalMark';
import { DoubtLine, ReportCount } from './Doubts';

/** One agreement in a district's list: title (both languages), date, kind, fields, parties as links, the quote and a way to the article. */
export function AgreementCard({ agreement: a, index, book, current }: { agreement: Agreement; index: AgreementIndex; book: PlaceBook; current: string | null }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const select = useViewStore((s) => s.select);
  const setReader = useViewStore((s) => s.setReader);
  const via = current ? viaNewArea(index, a.id, current) : null;
  return (
    <article className="agreement-card" data-testid="agreement-card" data-id={a.id}>
      <h4>
        <button type="button" className="link title" onClick={() => select({ type: 'agreement', id: a.id }, 'panel')}>
          <span lang={lang === 'zh' ? 'zh' : 'en'}>{lang === 'zh' ? a.title_zh : a.title_en}</span>
        </button>
      </h4>
      <p className="alt-title" lang={lang === 'zh' ? 'en' : 'zh'}>
        {lang === 'zh' ? a.title_en : a.title_zh}
      </p>
      <p className="card-meta">
        <span>{dateLabel(a, index, t)}</span> · <span>{t.kinds[a.kind]}</span>
        {via && <span className="via"> · {t.viaNewArea(partyName({ name: via, level: 'new-area' }, lang))}</span>}
        <ReportCount agreement={a} />
        {/* (One of its reports added here marks it, whichever article is quoted.) */}
        <LocalMark article={reportsOf(a).find((r) => isLocalArticle(r.article))?.article ?? a.article} />
      </p>
      {a.domains.length > 0 && (
        <ul className="tags" aria-label={t.fields}>
          {a.domains.map((d) => (
            <li key={d}>{t.domains[d]}</li>
          ))}
        </ul>
      )}
      <PartyList agreement={a} index={index} book={book} current={current} />
      <DoubtLine agreement={a} />
      <blockquote lang="zh">{readable(a.quote)}</blockquote>
      <button type="button" className="link open-source" data-testid="open-source" onClick={() => setReader({ article: a.article, offset: a.span.start })}>
        {t.openSource}
      </button>
    </article>
  );
}

/** Every party with the place it stands for; one without a place is named, and said not to be drawn. */
export function PartyList({ agreement, index, book, current, showLevels = false }: { agreement: Agreement; index: AgreementIndex; book: PlaceBook; current: string | null; showLevels?: boolean }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const parties = index.places.get(agreement.id) ?? [];
  return (
    <ul className="parties" aria-label={t.parties}>
      {parties.map(({ party, places }, i) => {
        const own = ownPlace({ party, places });
        // A new area opens its own panel, named in the interface language.
        const area = newAreaOfParty(party);
        return (
          <li key={`${party.name}-${i}`}>
            {own ? (
              <PlaceButton place={own} book={book} fallback={party.name} current={current} />
            ) : (
              <>
                {area ? <NewAreaButton area={area} /> : <BodyName name={party.name} shown={partyName(party, lang)} />}
                {places.length === 0 && <span className="muted"> ({t.partyUnplaced})</span>}
                {places.length > 0 && (
                  <span className="party-places">
                    {' ('}
                    {places.map((p, j) => (
                      <span key={`${p.level}:${p.code}`}>
                        {j > 0 && t.nameSep}
                        <PlaceButton place={p} book={book} fallback={p.code} current={current} />
                      </span>
                    ))}
                    {')'}
                  </span>
                )}
              </>
            )}
            {/* A prefecture or province place already says its level. */}
            {showLevels && !(places.length === 1 && places[0]!.level !== 'district' && party.level !== 'organisation') && <span className="level"> {t.levels[party.level]}</span>}
          </li>
        );
      })}
    </ul>
  );
}
