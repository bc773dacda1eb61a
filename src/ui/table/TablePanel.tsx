import { Fragment, useDeferredValue, useMemo, useState, type KeyboardEvent } from 'react';
import { countBasisLabel } from '../../i18n/count-basis-label';
import { useStrings } from '../../i18n/use-strings';
import type { MapData } from '../../state/data-store';
import { useViewStore } from '../../state/view-store';
import { agreementRow, districtRows, keptRows, nextSort, sortRows, SORT_KEYS, type Sort, type SortKey } from '../../table/agreement-rows';
import { crossings, lineNameOf } from './crossings';
import { CountBasisSwitch } from '../CountBasisSwitch';
import { ArticleName } from '../agreements/ArticleName';
import { dateLabel } from '../agreements/date-label';
import { bookOf, useVisibleAgreements } from '../agreements/use-agreement-data';
import { partyNames } from '../../agreements/party-names';
import { ExportButtons, type TableTab } from '../export/ExportButtons';
import { ReportCount } from '../agreements/Doubts';
import { titleDetails } from '../../agreements/title-detail';

type Tab = TableTab;

/**
 * Rows drawn at first, and added per "more": a hundred times today's agreements as one table
 * would be 9,600 rows laid out again at every filter change (a second or more here). Even 100
 * rows, all replaced by a filter change at that scale, kept the page busy 50–60 ms after the map
 * had drawn; 50 (two screens of the panel) do not. The count above and the exports always cover
 * every row.
 */
const TABLE_PAGE = 50;

/** Moves focus to the next or previous row with the arrow keys; Enter or Space picks the row. */
function rowKeys(e: KeyboardEvent<HTMLTableRowElement>, pick: () => void) {
  const row = e.currentTarget;
  const to = e.key === 'ArrowDown' ? row.nextElementSibling : e.key === 'ArrowUp' ? row.previousElementSibling : null;
  if (to instanceof HTMLElement) {
    e.preventDefault();
    to.focus();
  } else if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    pick();
  }
}

/**
 * The table panel (`panel=table`): the agreements that pass the filters, sortable, one row per
 * agreement; and the districts with their agreement counts and the lines crossing them. A row
 * picked selects the agreement or district on the map.
 */
export function TablePanel({ data }: { data: MapData }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const selection = useViewStore((s) => s.selection);
  const select = useViewStore((s) => s.select);
  // The rows follow a filter change or a slider step in the frame after the map and the count:
  // with a hundred times today's agreements, laying them out first held the map's frame back.
  const index = useDeferredValue(useVisibleAgreements(data));
  const [tab, setTab] = useState<Tab>('agreements');
  const countBasis = useViewStore((s) => s.countBasis);
  const [sort, setSort] = useState<Sort>({ key: 'date', dir: 'desc' });
  const [limit, setLimit] = useState(TABLE_PAGE);
  const all = data.agreements;
  // Each agreement's parties as the panels name them (English names in English, a body's own name), shown and sorted by.
  const names = useMemo(() => {
    const book = bookOf(data);
    return new Map(all.list.map((a) => [a.id, partyNames(a, all, book, lang)]));
  }, [data, all, lang]);
  const sortedAll = useMemo(() => sortRows(all.list.map((a) => agreementRow(a, all.reportedYear, names.get(a.id)!.map((p) => p.text).join(t.nameSep))), sort, lang), [all, names, t.nameSep, sort, lang]);
  const rows = useMemo(() => keptRows(sortedAll, all, index), [sortedAll, all, index]);
  // Alike titles told apart among the rows drawn (the item's own name in English, else the sentence).
  const details = useMemo(() => titleDetails(rows.slice(0, limit), lang), [rows, limit, lang]);
  // Counted as the count map counts (the basis chosen there or here, which a link carries).
  const districts = useMemo(() => (tab === 'districts' ? districtRows(data.districts.list, index, crossings(data), countBasis) : []), [tab, data, index, countBasis]);
  const colName: Record<SortKey, string> = { date: t.tableDate, kind: t.tableKind, field: t.tableField, parties: t.tableParties, article: t.tableArticle };
  const lineName = lineNameOf(data, lang);

  return (
    <section className="panel table-panel" data-testid="table-panel" aria-labelledby="table-title">
      <h2 id="table-title">{t.table}</h2>
      <div role="tablist" className="table-tabs">
        {(['agreements', 'districts'] as const).map((k) => (
          <button key={k} type="button" role="tab" data-tab={k} aria-selected={tab === k} onClick={() => setTab(k)}>
            {k === 'agreements' ? t.tableTabAgreements : t.tableTabDistricts}
          </button>
        ))}
      </div>
      <ExportButtons data={data} tab={tab} />
      {tab === 'districts' && <CountBasisSwitch idPrefix="table-" />}
      {tab === 'agreements' ? (
        <table className="data-table" data-testid="agreement-table">
          <thead>
            <tr>
              {SORT_KEYS.map((k) => (
                <th key={k} aria-sort={sort.key === k ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button
                    type="button"
                    data-sort={k}
                    aria-label={t.sortBy(colName[k])}
                    onClick={() => setSort((s) => nextSort(s, k))}
                  >
                    {colName[k]}
                    {sort.key === k ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((r) => {
              const pick = () => select({ type: 'agreement', id: r.id }, 'panel');
              const selected = selection.type === 'agreement' && selection.id === r.id;
              return (
                <tr key={r.id} data-id={r.id} tabIndex={0} aria-selected={selected} className={selected ? 'selected' : undefined} onClick={pick} onKeyDown={(e) => rowKeys(e, pick)}>
                  <td className={r.date ? 'col-date' : 'col-date undated'}>{dateLabel(r, index, t)}</td>
                  <td className="col-kind">{t.kinds[r.kind]}</td>
                  <td className="col-field">
                    {/* A field wraps only between fields, never a character per line. */}
                    {/* The separator stays outside the unbreakable name: the line may break after it. */}
                    {r.domains.map((d, i) => (
                      <Fragment key={d}>
                        <span className="nowrap">{t.domains[d]}</span>
                        {i < r.domains.length - 1 && t.nameSep}
                      </Fragment>
                    ))}
                  </td>
                  <td className="col-title">
                    <span className="table-title">{lang === 'zh' ? r.title_zh : r.title_en}</span>
                    {details.get(r.id) && (
                      <>
                        <br />
                        <span className="table-item" lang="zh" data-testid="table-item">
                          {details.get(r.id)}
                        </span>
                      </>
                    )}
                    <br />
                    <span className="muted" data-testid="table-parties">
                      {(names.get(r.id) ?? []).map((p, i) => (
                        <Fragment key={i}>
                          {i > 0 && t.nameSep}
                          {/* A body's own name stays as the article gives it: marked Chinese for the English page. */}
                          {p.own ? <span lang="zh">{p.text}</span> : p.text}
                        </Fragment>
                      ))}
                    </span>
                  </td>
                  <td className="col-article">
                    <ArticleName file={r.article} meta={data.articleMeta} />
                    {/* One row per agreement, however many articles report it. */}
                    {/* The whole set's lookup: the filtered one would be built again at every change. */}
                    {all.byId.get(r.id) && <ReportCount agreement={all.byId.get(r.id)!} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
          {rows.length > limit && (
            <tfoot>
              <tr>
                <td colSpan={SORT_KEYS.length}>
                  <button type="button" className="link" data-testid="table-more" onClick={() => setLimit((l) => l + TABLE_PAGE)}>
                    {t.tableMore(Math.min(TABLE_PAGE, rows.length - limit), limit, rows.length)}
                  </button>
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      ) : (
        <table className="data-table" data-testid="district-table">
          <thead>
            <tr>
              <th>{t.tableDistrict}</th>
              {/* The basis under the column's name: the count means what the count map's does. */}
              <th data-testid="table-count-head">
                {t.tableCount}
                <br />
                <span className="muted count-basis-note">{t.tableCountBasis(countBasisLabel(countBasis, t))}</span>
              </th>
              <th>{t.tableLines}</th>
            </tr>
          </thead>
          <tbody>
            {districts.map((d) => {
              const pick = () => select({ type: 'district', code: d.code }, 'panel');
              return (
                <tr key={d.code} data-code={d.code} tabIndex={0} onClick={pick} onKeyDown={(e) => rowKeys(e, pick)}>
                  <td>{lang === 'zh' ? d.name : d.nameEn}</td>
                  <td>{d.agreements}</td>
                  <td>{d.lines.map(lineName).join(t.nameSep)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
