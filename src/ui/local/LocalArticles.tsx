import { useState } from 'react';
import { knownCodes, localArticleOf, mergeBundle, parseBundle, recordsOf, toBundle, verifyHashes, type LocalRecord } from '../../data/bundle';
import { useStrings } from '../../i18n/use-strings';
import type { MapData } from '../../state/data-store';
import type { Agreement } from '../../data/agreement-schema';
import { articleCount, currentAgreementId } from '../../data/agreements';
import { useLocalArticles } from '../../state/local-articles-store';
import { useViewStore } from '../../state/view-store';

/** A bundle larger than this is refused before it is read. */
const MAX_BUNDLE_BYTES = 50 * 1024 * 1024;

type Status = { kind: 'idle' } | { kind: 'busy'; phase: 'reading' | 'writing' } | { kind: 'error' | 'info'; text: string };

function download(records: readonly LocalRecord[]) {
  const blob = new Blob([`${JSON.stringify(toBundle(records), null, 1)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `chengyu-atlas-articles-${new Date().toISOString().slice(0, 10)}.json`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** How many of an added article's agreements other articles report too: they stay on the map when it is removed. */
const reportedElsewhere = (agreements: readonly Agreement[], data: MapData) =>
  agreements.filter((a) => {
    const shown = data.agreements.byId.get(currentAgreementId(a.id, data.agreements));
    return shown !== undefined && articleCount(shown) > 1;
  }).length;

/** The articles added in this browser: remove one (after a confirmation), export them all, import a bundle. */
export function LocalArticles({ data }: { data: MapData }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const records = useLocalArticles((s) => s.records);
  const team = useLocalArticles((s) => s.storage === 'team' || s.storage === 'team-failed');
  const remove = useLocalArticles((s) => s.remove);
  const save = useLocalArticles((s) => s.save);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  // A view still pointing at the removed article would be reported as a link to an article "not loaded here".
  const forget = (articleId: string) => {
    const view = useViewStore.getState();
    if (view.selection.type === 'agreement' && localArticleOf(view.selection.id) === articleId) view.select({ type: 'none' }, 'panel');
    if (view.reader?.article === articleId) view.setReader(null);
  };

  const importFile = async (file: File) => {
    if (file.size > MAX_BUNDLE_BYTES) return setStatus({ kind: 'error', text: t.local.bundleTooLarge });
    setStatus({ kind: 'busy', phase: 'reading' });
    const codes = knownCodes(data.districts.list, (data.adminLabels?.features ?? []).map((f) => f.properties.code));
    const parsed = parseBundle(await file.text(), codes);
    if (!parsed.ok) return setStatus({ kind: 'error', text: parsed.problem[lang] });
    const mismatch = await verifyHashes(parsed.bundle);
    if (mismatch) return setStatus({ kind: 'error', text: mismatch[lang] });
    const { added, duplicates } = mergeBundle(useLocalArticles.getState().records, recordsOf(parsed.bundle));
    setStatus({ kind: 'busy', phase: 'writing' });
    // One transaction for the whole bundle: closed mid-way, nothing of it is kept (on a team server:
    // one per article, so the articles before a refusal are kept and the refusal is said).
    if (added.length) {
      const saved = await save(added);
      if (!saved.ok) return setStatus({ kind: 'error', text: saved.problem[lang] });
    }
    setStatus({ kind: 'info', text: t.local.imported(added.length, duplicates.length) });
  };

  return (
    <section className="local-articles" data-testid="local-articles">
      <h3>{team ? t.team.kept : t.local.kept}</h3>
      {records.length === 0 ? (
        <p className="muted">{t.local.noneKept}</p>
      ) : (
        <ul className="plain">
          {records.map(({ article: a, agreements }) => {
            const staying = confirming === a.id ? reportedElsewhere(agreements, data) : 0;
            return (
              <li key={a.id} data-testid="local-article" data-id={a.id}>
                <strong lang="zh">{a.title}</strong>{' '}
                <span className="muted">
                  {[a.newspaper, a.date].filter(Boolean).join(' · ')} · {t.local.agreementsCount(agreements.length)}
                  {a.added_by && <> · {t.team.addedBy(a.added_by, a.added_at.slice(0, 10))}</>}
                </span>
                {a.note && <span className="local-note"> {a.note}</span>}{' '}
                {confirming === a.id ? (
                  <span className="confirm" role="alertdialog" data-testid="confirm-remove">
                    {t.local.confirmRemove(a.title, agreements.length)}
                    {staying > 0 && t.local.removeKeeps(staying)}{' '}
                    <button
                      type="button"
                      className="danger"
                      data-testid="confirm-remove-yes"
                      onClick={() => {
                        setConfirming(null);
                        forget(a.id);
                        void remove(a.id);
                      }}
                    >
                      {t.local.remove}
                    </button>{' '}
                    <button type="button" onClick={() => setConfirming(null)}>
                      {t.local.cancel}
                    </button>
                  </span>
                ) : (
                  <button type="button" className="link" data-testid="remove-article" onClick={() => setConfirming(a.id)}>
                    {t.local.remove}
                  </button>
                )}
              </li>
                      );
          })}
        </ul>
      )}
      <p className="bundle-actions">
        <button type="button" data-testid="export-bundle" disabled={records.length === 0} title={records.length === 0 ? t.local.nothingToExport : undefined} onClick={() => download(records)}>
          {t.local.exportBundle}
        </button>{' '}
        <label className="file-pick">
          {t.local.importBundle}
          <input
            type="file"
            className="visually-hidden"
            accept=".json,application/json"
            data-testid="import-bundle"
            disabled={status.kind === 'busy'}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </p>
      {status.kind === 'busy' && (
        <p className="notice" role="status" data-testid="import-status" data-phase={status.phase}>
          {t.local.importing}
        </p>
      )}
      {(status.kind === 'error' || status.kind === 'info') && (
        <p className={`notice ${status.kind === 'error' ? 'error' : 'ok'}`} role={status.kind === 'error' ? 'alert' : 'status'} data-testid={status.kind === 'error' ? 'import-error' : 'import-message'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
