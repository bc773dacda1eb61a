import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createExtractClient, gazetteerInput, type ExtractClient, type Extracted } from '../../data/extract-client';
import { buildGazetteer } from '../../extract/gazetteer';
import { printedDate, type Note } from '../../extract/input';
import { useStrings } from '../../i18n/use-strings';
import { useAddArticleStore } from '../../state/add-article-store';
import type { MapData } from '../../state/data-store';
import { currentAgreementId, type AgreementIndex } from '../../data/agreements';
import { joinerOf } from '../../extract/merge';
import { useLocalArticles } from '../../state/local-articles-store';
import { useViewStore } from '../../state/view-store';
import { ArticleReview } from './ArticleReview';
import { headlineOf, offeredText, pageHeadline } from './headline';
import { LocalArticles } from './LocalArticles';
import { fieldsOf, formProblem, type FormField } from './form-check';
import { acceptSure, carryOver, problemOf, proposalsOf, recordOf, sureToAccept, type ArticleFields, type Proposal } from './review-model';
import './local.css';
import { ADD_ARTICLE_BUTTON_ID } from './AddArticleButton';
import { hasWork, useDraft, type Phase } from './draft';
import { useModalKeys } from './dialog-keys';
import { lazyPartyWords } from './retitle';
import type { IdentityHandle } from '../team/ReviewIdentity';
import type { Agreement } from '../../data/agreement-schema';
import { revealPanel, SIDE_ID } from '../show-panel';

/** A file larger than this is refused before it is read (the worker refuses text over 2 MB too). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

// Fetched only on a team server (the static build never loads team code).
const ReviewIdentity = lazy(() => import('../team/ReviewIdentity'));

/**
 * A message in the planner's language: from the extractor (both languages) or from the strings;
 * after a save, the agreements saved, each a way to its panel (undated ones would otherwise sit at
 * the end of a long district panel).
 */
type Message = { kind: 'error' | 'info'; text: string; saved?: readonly Pick<Agreement, 'id' | 'title_zh' | 'title_en'>[] };

/** How many saved agreements the message offers to show; the panel of any one lists the others. */
const SHOWN_SAVED = 5;

/**
 * Brings the next proposal still to review into view, its accept button focused (which shows its
 * sentence in the text): the first pending one below the top of the list, else the first.
 */
function nextPending(dialog: HTMLElement | null) {
  const list = dialog?.querySelector<HTMLElement>('.review-list');
  const pending = [...(dialog?.querySelectorAll<HTMLElement>('[data-testid="proposal"][data-decision="pending"]') ?? [])];
  if (!list || pending.length === 0) return;
  // The list scrolls beside the text; on a phone the dialog scrolls and the list's top may be far above.
  const top = Math.max(list.getBoundingClientRect().top, 0);
  const next = pending.find((p) => p.getBoundingClientRect().top > top + 8) ?? pending[0]!;
  next.scrollIntoView({ block: 'start' });
  next.querySelector<HTMLElement>('[data-testid="accept"]')?.focus({ preventScroll: true });
}

/**
 * Adding an article: paste or drop it, give its title, newspaper and date, let the worker find the
 * agreements, review them, and keep the accepted ones in this browser.
 */
export function AddArticle({ data }: { data: MapData }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const setOpen = useAddArticleStore((s) => s.setOpen);
  const storage = useLocalArticles((s) => s.storage);
  const team = storage === 'team' || storage === 'team-failed';
  const teamProblem = useLocalArticles((s) => s.problem);
  const save = useLocalArticles((s) => s.save);
  // The planner's work lives in the draft store: closing the dialog (×, Escape) keeps it.
  const { draft, kept, update, discard } = useDraft();
  const { raw, fields, notes, phase, attempted } = draft;
  const setFields = (f: ArticleFields) => update({ fields: f });
  const setPhase = (p: Phase) => update({ phase: p });
  const [restored] = useState(() => hasWork(useDraft.getState().draft));
  const [message, setMessage] = useState<Message | null>(null);
  const messageBox = useRef<HTMLParagraphElement>(null);
  const [dragging, setDragging] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const client = useRef<ExtractClient | null>(null);
  const identity = useRef<IdentityHandle>(null);
  const say = (n: Note) => (lang === 'zh' ? n.zh : n.en);
  // The extractor's titles for a change of parties: its gazetteer built on the first change.
  const partyWords = useMemo(
    () =>
      lazyPartyWords(() => {
        const g = gazetteerInput(data);
        return buildGazetteer(g.districts, g.admin);
      }),
    [data],
  );

  // One worker while the dialog is open; a reading cut short by closing is started again from the form.
  useEffect(
    () => () => {
      client.current?.dispose();
      const { phase } = useDraft.getState().draft;
      if (phase.step === 'reading') useDraft.getState().update({ phase: { step: 'form', ...(phase.earlier ? { earlier: phase.earlier } : {}) } });
    },
    [],
  );
  // A keyboard user starts inside the dialog (on the review's heading when a review is back), and
  // is back at its button when it closes.
  const dialog = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    (useDraft.getState().draft.phase.step === 'review' ? heading.current : dialog.current)?.focus();
    return () => document.getElementById(ADD_ARTICLE_BUTTON_ID)?.focus();
  }, []);
  const close = useCallback(() => setOpen(false), [setOpen]);
  const select = useViewStore((s) => s.select);
  const showSaved = (saved: string) => {
    // An agreement the atlas had already takes the added one in as a source, under the atlas's id.
    select({ type: 'agreement', id: currentAgreementId(saved, data.agreements) }, 'panel');
    close();
    // Once the dialog is gone (its closing puts the focus back on its button): the panel's top, its heading focused.
    requestAnimationFrame(() => revealPanel(document.getElementById(SIDE_ID), true));
  };
  // Tab stays in the dialog; Escape closes it on every screen, as × does, keeping the draft.
  useModalKeys(dialog, close);
  // The button pressed to read is gone once reading starts: focus goes to the dialog, then to the review's heading.
  const step = phase.step;
  const lastStep = useRef(step);
  useEffect(() => {
    const before = lastStep.current;
    lastStep.current = step;
    if (step === before) return;
    if (step === 'reading') dialog.current?.focus();
    if (step === 'review') heading.current?.focus();
  }, [step]);
  // After a first try, the fields still wrong are marked (and unmarked as the planner fixes them).
  const invalid = new Set<FormField>(attempted ? fieldsOf(formProblem(raw, fields)) : []);
  const fieldProps = (f: FormField) => ({ 'data-field': f, 'aria-invalid': invalid.has(f) || undefined });
  const worker = () => (client.current ??= createExtractClient(gazetteerInput(data)));

  useEffect(() => {
    if (phase.step === 'review') performance.mark('atlas:review-shown');
  }, [phase.step]);

  /**
   * The text, and what it offers for an empty or untouched title and date (the planner may change
   * both). A chosen file may offer its page's headline (read from its markup) and its name.
   */
  const setText = (text: string, file?: { headline: string | null; name: string }) => {
    update((d) => ({
      raw: text,
      fields: {
        ...d.fields,
        date: d.dateTouched ? d.fields.date : (printedDate(offeredText(text)) ?? ''),
        title: d.titleTouched && d.fields.title.trim() ? d.fields.title : (file?.headline ?? headlineOf(text) ?? file?.name ?? ''),
      },
    }));
  };

  const readFile = async (file: File) => {
    setMessage(null);
    update({ notes: [] });
    if (file.size > MAX_FILE_BYTES) return setMessage({ kind: 'error', text: t.local.fileTooLarge });
    const decoded = await worker().decode(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return setMessage({ kind: 'error', text: say(decoded.error) });
    // A web page's headline is in its markup, which the text as read no longer has: read it as a pasted page is.
    const page = decoded.notes.some((n) => n.code === 'html') ? pageHeadline(new TextDecoder(decoded.encoding).decode(await file.arrayBuffer())) : null;
    setText(decoded.text, { headline: page, name: file.name.replace(/\.[a-z]+$/i, '') });
    update({ notes: decoded.notes });
  };

  const read = async () => {
    setMessage(null);
    const problem = formProblem(raw, fields);
    update({ attempted: true });
    if (problem) {
      // Focus the first field the problem is about, so the planner can type the fix at once.
      dialog.current?.querySelector<HTMLElement>(`[data-field="${fieldsOf(problem)[0]}"]`)?.focus();
      return setMessage({ kind: 'error', text: t.local[problem] });
    }
    const date = fields.date.trim();
    // The review left by 返回修改: a second reading of the same text keeps its decisions.
    const earlier = phase.step === 'form' ? phase.earlier : undefined;
    performance.mark('atlas:extract-start');
    setPhase({ step: 'reading', done: 0, total: raw.length, earlier });
    const r = await worker().extract(raw, date || null, (done, total) => setPhase({ step: 'reading', done, total, earlier }));
    if (!r.ok) {
      setPhase({ step: 'form', earlier });
      return setMessage({ kind: 'error', text: say(r.error) });
    }
    update((d) => ({ notes: [...d.notes, ...r.notes.filter((x) => !d.notes.some((y) => y.code === x.code))], phase: { step: 'review', found: r, proposals: carryOver(proposalsOf(r.agreements), earlier) } }));
  };

  const keep = async (found: Extracted, proposals: Proposal[]) => {
    const problems = proposals.filter((p) => p.decision === 'accepted').map((p) => problemOf(p.agreement)).filter((p) => p !== null);
    if (problems.length) return setMessage({ kind: 'error', text: t.local.invalid(problems[0]!) });
    // On a team server: the name and token typed in the review are kept first (or the empty one is focused).
    if (team && identity.current?.commit()) return setMessage({ kind: 'error', text: t.team.needIdentity });
    const record = recordOf(found, fields, proposals, new Date());
    const saved = await save([record]);
    // Refused (the team server's reason): the review stays as it is, to be saved again.
    if (!saved.ok) return setMessage({ kind: 'error', text: saved.problem[lang] });
    // (Read against what the atlas showed before this article joined it.)
    const joinedIn = joinerOf(data.agreements.list);
    const joined = record.agreements.filter((a) => joinedIn(a)).length;
    const said = (team ? t.team.saved : t.local.saved)(record.article.title, record.agreements.length);
    setMessage({ kind: 'info', text: joined ? said + t.local.savedJoined(joined) : said, saved: record.agreements });
    discard();
    // The saved message is in the dialog: keep focus there (the review that had it is gone), and
    // bring the message into view (on a phone the dialog stayed scrolled to where the review ended).
    dialog.current?.focus();
    requestAnimationFrame(() => messageBox.current?.scrollIntoView({ block: 'nearest' }));
  };

  const discardAll = () => {
    discard();
    setDiscarding(false);
    setMessage(null);
    dialog.current?.focus();
  };

  /** The explicit way to throw the draft away, asked once more. */
  const discardControl = discarding ? (
    <span className="discard-ask" role="alertdialog" aria-label={t.local.discard}>
      {t.local.discardAsk}{' '}
      <button type="button" className="danger" data-testid="discard-draft-confirm" onClick={discardAll}>
        {t.local.discardYes}
      </button>{' '}
      <button type="button" onClick={() => setDiscarding(false)}>
        {t.local.keep}
      </button>
    </span>
  ) : (
    <button type="button" data-testid="discard-draft" onClick={() => setDiscarding(true)}>
      {t.local.discard}
    </button>
  );

  const sure = phase.step === 'review' ? sureToAccept(phase.proposals).length : 0;
  const already = phase.step === 'review' ? useLocalArticles.getState().records.find((r) => r.article.sha256 === phase.found.sha256)?.article : undefined;
  // On a team server only a failure to read is a standing notice: a refused save is said once, as the message.
  const storageNotice = team ? (storage === 'team-failed' && teamProblem?.[lang] !== message?.text ? teamProblem?.[lang] : undefined) : t.local.storage[storage];

  return (
    <div className="add-article-backdrop">
      <section ref={dialog} tabIndex={-1} className="add-article" data-testid="add-article" role="dialog" aria-modal="true" aria-label={t.local.addTitle}>
        <header className="panel-head">
          <h2 ref={heading} tabIndex={-1} data-testid="add-article-heading">
            {phase.step === 'review' ? t.local.review : t.local.addTitle}
          </h2>
          <button type="button" className="icon" data-testid="add-article-close" aria-label={t.local.closeKeeps} title={t.local.closeKeeps} onClick={close}>
            ×
          </button>
        </header>
        {restored && hasWork(draft) && (
          <p className="notice" role="status" data-testid="draft-restored">
            {t.local.restored}
          </p>
        )}
        {!kept && hasWork(draft) && (
          <p className="notice" role="status" data-testid="draft-not-kept">
            {t.local.draftNotKept}
          </p>
        )}
        {storageNotice && (
          <p className="notice warn" role="status" data-testid="storage-notice">
            {storageNotice}
          </p>
        )}
        {message && (
          <p ref={messageBox} className={`notice ${message.kind === 'error' ? 'error' : 'ok'}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid={message.kind === 'error' ? 'add-article-error' : 'add-article-message'}>
            {message.text}
          </p>
        )}
        {message?.saved && message.saved.length > 0 && (
          <div className="saved-list" data-testid="saved-agreements">
            <span>{t.local.showSaved}</span>
            <ul className="plain">
              {message.saved.slice(0, SHOWN_SAVED).map((a) => (
                <li key={a.id}>
                  <button type="button" className="link" data-testid="show-saved" data-id={a.id} title={t.local.showSavedTitle} onClick={() => showSaved(a.id)}>
                    <SavedTitle agreement={a} shown={data.agreements} />
                  </button>
                </li>
              ))}
            </ul>
            {message.saved.length > SHOWN_SAVED && <p className="muted">{t.local.savedMore(message.saved.length - SHOWN_SAVED)}</p>}
          </div>
        )}
        {notes.length > 0 && (
          <p className="notice" data-testid="read-notes">
            {t.local.readNotes} {notes.map(say).join(' ')}
          </p>
        )}
        {phase.step === 'form' && (
          <form
            className="article-form"
            onSubmit={(e) => {
              e.preventDefault();
              void read();
            }}
          >
            <p className="muted">{team ? t.team.addIntro : t.local.addIntro}</p>
            <div
              className={`drop-zone ${dragging ? 'dragging' : ''}`}
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={(e) => {
                e.preventDefault();
                setDragging(false);
                const file = e.dataTransfer.files[0];
                if (file) void readFile(file);
              }}
            >
              <label className="field required">
                <span>{t.local.text}</span>
                <textarea data-testid="article-text" {...fieldProps('text')} aria-required="true" rows={10} value={raw} placeholder={t.local.textPlaceholder} onChange={(e) => setText(e.target.value)} />
              </label>
              <p className="file-row">
                <label className="file-pick" data-testid="choose-file">
                  {t.local.chooseFile}
                  <input
                    type="file"
                    className="visually-hidden"
                    data-testid="article-file"
                    accept=".txt,.html,.htm,.md,text/plain,text/html,text/markdown"
                    onChange={(e) => {
                      const file = e.target.files?.[0];
                      e.target.value = '';
                      if (file) void readFile(file);
                    }}
                  />
                </label>{' '}
                <span className="drop-hint muted" data-testid="drop-hint">
                  {t.local.dropHere}
                </span>
              </p>
            </div>
            <div className="field-row">
              <label className="field grow required">
                <span>{t.local.title}</span>
                <input
                  data-testid="article-title"
                  {...fieldProps('title')}
                  aria-required="true"
                  value={fields.title}
                  onChange={(e) => update({ titleTouched: true, fields: { ...fields, title: e.target.value } })}
                />
              </label>
              <label className="field">
                <span>{t.local.newspaper}</span>
                <input data-testid="article-newspaper" value={fields.newspaper} onChange={(e) => setFields({ ...fields, newspaper: e.target.value })} />
              </label>
              <label className="field">
                <span>{t.local.date}</span>
                <input
                  data-testid="article-date"
                  {...fieldProps('date')}
                  value={fields.date}
                  placeholder="YYYY-MM-DD"
                  title={t.local.dateHint}
                  onChange={(e) => update({ dateTouched: true, fields: { ...fields, date: e.target.value } })}
                />
              </label>
            </div>
            <label className="field">
              <span>{t.local.note}</span>
              <input data-testid="article-note" value={fields.note} placeholder={t.local.notePlaceholder} onChange={(e) => setFields({ ...fields, note: e.target.value })} />
            </label>
            <p className="form-actions">
              <button type="submit" className="primary" data-testid="read-article">
                {t.local.read}
              </button>
              {hasWork(draft) && discardControl}
            </p>
          </form>
        )}
        {phase.step === 'reading' && (
          <div className="reading" role="status" data-testid="extract-progress">
            <p>{t.local.reading}</p>
            <progress max={Math.max(1, phase.total)} value={phase.done} />
            <p className="muted">{t.local.progress(phase.done, phase.total)}</p>
          </div>
        )}
        {phase.step === 'review' && (
          <>
            {already && <p className="notice warn">{already.added_by ? t.team.alreadyKept(already.added_by) : t.local.alreadyKept}</p>}
            {team && (
              <Suspense fallback={null}>
                <ReviewIdentity handle={identity} />
              </Suspense>
            )}
            <ArticleReview
              articleId={phase.found.id}
              text={phase.found.text}
              date={fields.date.trim() || null}
              proposals={phase.proposals}
              setProposals={(proposals) => setPhase({ ...phase, proposals })}
              suggestions={phase.found.suggestions}
              setSuggestions={(suggestions) => setPhase({ ...phase, found: { ...phase.found, suggestions } })}
              districts={data.districts.list}
              adminLabels={data.adminLabels}
              partyWords={partyWords}
              shown={data.agreements.list}
              found={phase.found.agreements}
            />
            <footer className="review-actions">
              {phase.proposals.some((p) => p.decision === 'pending') && (
                <span className="muted pending" data-testid="pending-left">
                  {t.local.pendingLeft(phase.proposals.filter((p) => p.decision === 'pending').length)}{' '}
                  <button type="button" className="link" data-testid="next-pending" onClick={() => nextPending(dialog.current)}>
                    {t.local.nextPending}
                  </button>
                </span>
              )}
              {sure > 0 && !discarding && (
                <button type="button" data-testid="accept-sure" title={t.local.acceptSureTitle} onClick={() => setPhase({ ...phase, proposals: acceptSure(phase.proposals) })}>
                  {t.local.acceptSure(sure)}
                </button>
              )}
              {discarding ? (
                discardControl
              ) : (
                <span className="buttons">
                  <button type="button" data-testid="back-to-form" title={t.local.backTitle} onClick={() => setPhase({ step: 'form', earlier: phase.proposals })}>
                    {t.local.back}
                  </button>
                  {discardControl}
                  <button type="button" className="primary" data-testid="save-article" onClick={() => void keep(phase.found, phase.proposals)}>
                    {t.local.save(phase.proposals.filter((p) => p.decision === 'accepted').length)}
                  </button>
                </span>
              )}
            </footer>
          </>
        )}
        {phase.step === 'form' && <LocalArticles data={data} />}
      </section>
    </div>
  );
}

/** A saved agreement's title as the atlas now shows it: that of the agreement it joined, when it was one more report of one. */
function SavedTitle({ agreement, shown }: { agreement: Pick<Agreement, 'id' | 'title_zh' | 'title_en'>; shown: Pick<AgreementIndex, 'byId' | 'list'> }) {
  const lang = useViewStore((s) => s.lang);
  const a = shown.byId.get(currentAgreementId(agreement.id, shown)) ?? agreement;
  return <>{lang === 'zh' ? a.title_zh : a.title_en}</>;
}
