import { useEffect, useRef, useState } from 'react';
import { createExtractClient, gazetteerInput, type ExtractClient, type Extracted } from '../../data/extract-client';
import { printedDate, type Note } from '../../extract/input';
import { useStrings } from '../../i18n/use-strings';
import { useAddArticleStore } from '../../state/add-article-store';
import type { MapData } from '../../state/data-store';
import { useLocalArticles } from '../../state/local-articles-store';
import { useViewStore } from '../../state/view-store';
import { ArticleReview } from './ArticleReview';
import { headlineOf } from './headline';
import { LocalArticles } from './LocalArticles';
import { fieldsOf, formProblem, type FormField } from './form-check';
import { problemOf, proposalsOf, recordOf, type ArticleFields, type Proposal } from './review-model';
import './local.css';
import { ADD_ARTICLE_BUTTON_ID } from './AddArticleButton';

/** A file larger than this is refused before it is read (the worker refuses text over 2 MB too). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

type Phase = { step: 'form' } | { step: 'reading'; done: number; total: number } | { step: 'review'; found: Extracted; proposals: Proposal[] };

/** A message in the planner's language: from the extractor (both languages) or from the strings. */
type Message = { kind: 'error' | 'info'; text: string };

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
  const [raw, setRaw] = useState('');
  const [fields, setFields] = useState<ArticleFields>({ title: '', newspaper: '', date: '', note: '' });
  const [dateTouched, setDateTouched] = useState(false);
  const [titleTouched, setTitleTouched] = useState(false);
  const [phase, setPhase] = useState<Phase>({ step: 'form' });
  const [message, setMessage] = useState<Message | null>(null);
  const [notes, setNotes] = useState<Note[]>([]);
  const [dragging, setDragging] = useState(false);
  const client = useRef<ExtractClient | null>(null);
  const say = (n: Note) => (lang === 'zh' ? n.zh : n.en);

  // One worker while the dialog is open.
  useEffect(() => () => client.current?.dispose(), []);
  // A keyboard user starts inside the dialog, and is back at its button when it closes.
  const dialog = useRef<HTMLElement>(null);
  useEffect(() => {
    dialog.current?.focus();
    return () => document.getElementById(ADD_ARTICLE_BUTTON_ID)?.focus();
  }, []);
  // Escape closes it wherever focus is (after a save focus may be on the page), except during a
  // review, where it would throw the planner's decisions away: there only the × closes it.
  const reviewing = phase.step === 'review';
  // After a first try, the fields still wrong are marked (and unmarked as the planner fixes them).
  const [attempted, setAttempted] = useState(false);
  const invalid = new Set<FormField>(attempted ? fieldsOf(formProblem(raw, fields)) : []);
  const fieldProps = (f: FormField) => ({ 'data-field': f, 'aria-invalid': invalid.has(f) || undefined });
  useEffect(() => {
    if (reviewing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [reviewing, setOpen]);
  const worker = () => (client.current ??= createExtractClient(gazetteerInput(data)));

  useEffect(() => {
    if (phase.step === 'review') performance.mark('atlas:review-shown');
  }, [phase.step]);

  /** The text, and what it offers for an empty or untouched title and date (the planner may change both). */
  const setText = (text: string, fallbackTitle = '') => {
    setRaw(text);
    setFields((f) => ({
      ...f,
      date: dateTouched ? f.date : (printedDate(text) ?? ''),
      title: titleTouched && f.title.trim() ? f.title : (headlineOf(text) ?? fallbackTitle),
    }));
  };

  const readFile = async (file: File) => {
    setMessage(null);
    setNotes([]);
    if (file.size > MAX_FILE_BYTES) return setMessage({ kind: 'error', text: t.local.fileTooLarge });
    const decoded = await worker().decode(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return setMessage({ kind: 'error', text: say(decoded.error) });
    setText(decoded.text, file.name.replace(/\.[a-z]+$/i, ''));
    setNotes(decoded.notes);
  };

  const read = async () => {
    setMessage(null);
    const problem = formProblem(raw, fields);
    setAttempted(true);
    if (problem) {
      // Focus the first field the problem is about, so the planner can type the fix at once.
      dialog.current?.querySelector<HTMLElement>(`[data-field="${fieldsOf(problem)[0]}"]`)?.focus();
      return setMessage({ kind: 'error', text: t.local[problem] });
    }
    const date = fields.date.trim();
    performance.mark('atlas:extract-start');
    setPhase({ step: 'reading', done: 0, total: raw.length });
    const r = await worker().extract(raw, date || null, (done, total) => setPhase({ step: 'reading', done, total }));
    if (!r.ok) {
      setPhase({ step: 'form' });
      return setMessage({ kind: 'error', text: say(r.error) });
    }
    setNotes((n) => [...n, ...r.notes.filter((x) => !n.some((y) => y.code === x.code))]);
    setPhase({ step: 'review', found: r, proposals: proposalsOf(r.agreements) });
  };

  const keep = async (found: Extracted, proposals: Proposal[]) => {
    const problems = proposals.filter((p) => p.decision === 'accepted').map((p) => problemOf(p.agreement)).filter((p): p is string => p !== null);
    if (problems.length) return setMessage({ kind: 'error', text: t.local.invalid(problems[0]!) });
    const record = recordOf(found, fields, proposals, new Date());
    const saved = await save([record]);
    // Refused (the team server's reason): the review stays as it is, to be saved again.
    if (!saved.ok) return setMessage({ kind: 'error', text: saved.problem[lang] });
    setMessage({ kind: 'info', text: (team ? t.team.saved : t.local.saved)(record.article.title, record.agreements.length) });
    setPhase({ step: 'form' });
    setRaw('');
    setNotes([]);
    setDateTouched(false);
    setTitleTouched(false);
    setFields({ title: '', newspaper: '', date: '', note: '' });
    setAttempted(false);
    // The saved message is in the dialog: keep focus there (the review that had it is gone).
    dialog.current?.focus();
  };

  const already = phase.step === 'review' ? useLocalArticles.getState().records.find((r) => r.article.sha256 === phase.found.sha256)?.article : undefined;
  const storageNotice = team ? teamProblem?.[lang] : t.local.storage[storage];

  return (
    <div className="add-article-backdrop">
      <section ref={dialog} tabIndex={-1} className="add-article" data-testid="add-article" role="dialog" aria-modal="true" aria-label={t.local.addTitle}>
        <header className="panel-head">
          <h2>{phase.step === 'review' ? t.local.review : t.local.addTitle}</h2>
          <button type="button" className="icon" data-testid="add-article-close" aria-label={t.local.close} title={t.local.close} onClick={() => setOpen(false)}>
            ×
          </button>
        </header>
        {storageNotice && (
          <p className="notice warn" role="status" data-testid="storage-notice">
            {storageNotice}
          </p>
        )}
        {message && (
          <p className={`notice ${message.kind === 'error' ? 'error' : 'ok'}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid={message.kind === 'error' ? 'add-article-error' : 'add-article-message'}>
            {message.text}
          </p>
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
              <label className="file-pick">
                {t.local.dropHere} · {t.local.chooseFile}{' '}
                <input
                  type="file"
                  data-testid="article-file"
                  accept=".txt,.html,.htm,.md,text/plain,text/html,text/markdown"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    e.target.value = '';
                    if (file) void readFile(file);
                  }}
                />
              </label>
            </div>
            <div className="field-row">
              <label className="field grow required">
                <span>{t.local.title}</span>
                <input
                  data-testid="article-title"
                  {...fieldProps('title')}
                  aria-required="true"
                  value={fields.title}
                  onChange={(e) => {
                    setTitleTouched(true);
                    setFields({ ...fields, title: e.target.value });
                  }}
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
                  onChange={(e) => {
                    setDateTouched(true);
                    setFields({ ...fields, date: e.target.value });
                  }}
                />
              </label>
            </div>
            <label className="field">
              <span>{t.local.note}</span>
              <input data-testid="article-note" value={fields.note} placeholder={t.local.notePlaceholder} onChange={(e) => setFields({ ...fields, note: e.target.value })} />
            </label>
            <p>
              <button type="submit" className="primary" data-testid="read-article">
                {t.local.read}
              </button>
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
            <ArticleReview
              articleId={phase.found.id}
              text={phase.found.text}
              date={fields.date.trim() || null}
              proposals={phase.proposals}
              setProposals={(proposals) => setPhase({ ...phase, proposals })}
              districts={data.districts.list}
              adminLabels={data.adminLabels}
            />
            <footer className="review-actions">
              {phase.proposals.some((p) => p.decision === 'pending') && <span className="muted">{t.local.pendingLeft(phase.proposals.filter((p) => p.decision === 'pending').length)}</span>}
              <button type="button" onClick={() => setPhase({ step: 'form' })}>
                {t.local.cancel}
              </button>
              <button type="button" className="primary" data-testid="save-article" onClick={() => void keep(phase.found, phase.proposals)}>
                {t.local.save(phase.proposals.filter((p) => p.decision === 'accepted').length)}
              </button>
            </footer>
          </>
        )}
        {phase.step === 'form' && <LocalArticles data={data} />}
      </section>
    </div>
  );
}
