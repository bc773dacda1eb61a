import { dateLabel } from './date-label';
import type { MapData } from '../../state/data-store';
import { useStrings } from '../../i18n/use-strings';
import { readable } from '../../agreements/readable';
import { useViewStore } from '../../state/view-store';
import { PanelHeader } from '../PanelHeader';
import { PartyList } from './AgreementCard';
import { ArticleName } from './ArticleName';
import { paperAndDate } from './article-label';
import { bookOf } from './use-agreement-data';
import { LocalMark } from '../local/LocalMark';
import { reportsOf } from '../../data/agreements';
import type { Source } from '../../data/agreement-schema';
import { DoubtList } from './Doubts';

/** One agreement whole: parties with their levels, date, kind, fields, the quote, its article and the article's other agreements. */
export function AgreementPanel({ data, id }: { data: MapData; id: string }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const select = useViewStore((s) => s.select);
  const a = data.agreements.byId.get(id);
  if (!a) return null;
  const book = bookOf(data);
  const others = (data.agreements.byArticle.get(a.article) ?? []).filter((o) => o.id !== a.id);
  const reports = reportsOf(a);

  return (
    <section className="panel" data-testid="agreement-panel" data-id={a.id} aria-labelledby="agreement-title">
      <PanelHeader
        titleId="agreement-title"
        title={lang === 'zh' ? a.title_zh : a.title_en}
        subtitle={<span lang={lang === 'zh' ? 'en' : 'zh'}>{lang === 'zh' ? a.title_en : a.title_zh}</span>}
        onClose={() => select({ type: 'none' }, 'panel')}
      />
      <dl className="facts">
        <dt>{t.date}</dt>
        <dd>{dateLabel(a, data.agreements, t)}</dd>
        <dt>{t.kind}</dt>
        <dd>{t.kinds[a.kind]}</dd>
        <dt>{t.fields}</dt>
        <dd>{a.domains.length ? a.domains.map((d) => t.domains[d]).join(t.nameSep) : t.noField}</dd>
        <dt>{t.confidence}</dt>
        <dd>{Math.round(a.confidence * 100)}%</dd>
      </dl>
      <DoubtList agreement={a} />
      <h3>{t.parties}</h3>
      <PartyList agreement={a} index={data.agreements} book={book} current={null} showLevels />
      {reports.length === 1 ? (
        <>
          <h3>{t.quote}</h3>
          <blockquote lang="zh">{readable(a.quote)}</blockquote>
          <h3>{t.article}</h3>
          <ArticleLine data={data} source={reports[0]!} />
        </>
      ) : (
        <>
          <h3>
            {t.reports} <span className="muted">({t.reportedIn(new Set(reports.map((r) => r.article)).size)})</span>
          </h3>
          <ol className="plain reports-list" data-testid="reports">
            {reports.map((r) => (
              <li key={`${r.article}:${r.span.start}`}>
                <ArticleLine data={data} source={r} />
                <blockquote lang="zh">{readable(r.quote)}</blockquote>
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>{t.otherInArticle}</h3>
      {others.length === 0 ? (
        <p className="muted">{t.noOtherInArticle}</p>
      ) : (
        <ul className="plain others">
          {others.map((o) => (
            <li key={o.id} className="titled-row">
              <button type="button" className="link" onClick={() => select({ type: 'agreement', id: o.id }, 'panel')}>
                {lang === 'zh' ? o.title_zh : o.title_en}
              </button>
              <span className="muted date">{o.date ?? t.undated}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** An article that reports the agreement: its title (opens the reader at the sentence), paper and date. */
function ArticleLine({ data, source }: { data: MapData; source: Source }) {
  const setReader = useViewStore((s) => s.setReader);
  const cited = paperAndDate(data.articleMeta.get(source.article));
  return (
    <p>
      <button type="button" className="link" data-testid="open-source" onClick={() => setReader({ article: source.article, offset: source.span.start })}>
        <ArticleName file={source.article} meta={data.articleMeta} />
      </button>
      <LocalMark article={source.article} />
      {cited && <span className="muted"> — {cited}</span>}
    </p>
  );
}
