import { useEffect, useMemo, useRef, useState } from 'react';
import { articleSegments } from '../../agreements/article-segments';
import { joinedBreaks } from '../../agreements/reflow';
import type { Agreement } from '../../data/agreement-schema';
import { joinerOf } from '../../extract/merge';
import type { District } from '../../data/districts';
import type { SuggestedSentence } from '../../data/extract-protocol';
import type { AdminLabelsFile } from '../../data/schemas';
import { en as enStrings, zh as zhStrings } from '../../i18n/strings';
import { useStrings } from '../../i18n/use-strings';
import { ArticlePieces } from '../ArticlePieces';
import { ProposalEditor } from './ProposalEditor';
import { suggestionsOf } from '../../extract/suggestions';
import { SuggestionList, suggestionId } from './SuggestionList';
import { manualProposal, sameSentence, type PartyWords, type Proposal } from './review-model';

interface Props {
  articleId: string;
  text: string;
  date: string | null;
  proposals: Proposal[];
  setProposals(p: Proposal[]): void;
  /** Sentences the model finds may state an agreement where nothing is proposed (src/extract/suggestions.ts). */
  suggestions: readonly SuggestedSentence[];
  /** The suggestions left (one said to be none is dropped, and kept dropped in the draft). */
  setSuggestions(s: SuggestedSentence[]): void;
  districts: readonly District[];
  adminLabels: AdminLabelsFile | null;
  /** How the extractor's titles name parties, so a title follows a change of parties. */
  partyWords?: PartyWords | null;
  /** The agreements the atlas shows now (its own and those added before): a proposal one of them takes in as a report says so. */
  shown: readonly Agreement[];
  /** The proposals as the extractor made them, before any edit: one an edit parted from an agreement the atlas has says so. */
  found: readonly Agreement[];
}

const MANUAL_TITLE_ZH = zhStrings.local.manualTitle;
const MANUAL_TITLE_EN = enStrings.local.manualTitle;

/** The offset in the article of a point in the rendered text (every piece carries its start). */
function offsetOf(node: Node, offset: number): number | null {
  const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = el?.closest<HTMLElement>('[data-start]');
  if (!piece) return null;
  return Number(piece.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

/**
 * The article as text (React text, never HTML: nothing in it runs), reflowed into paragraphs as in
 * the reader, with each proposed agreement highlighted, beside the proposals to accept, change or
 * reject. Every shown piece carries its offset in the article, so a selection maps back exactly.
 */
export function ArticleReview({ articleId, text, date, proposals, setProposals, suggestions, setSuggestions, districts, adminLabels, partyWords, shown, found }: Props) {
  const t = useStrings();
  const textRef = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  // The last one said to be none, to take back.
  const [dismissed, setDismissed] = useState<SuggestedSentence | null>(null);
  // A suggestion is gone once the planner says it is none, or a proposal (one added by hand) covers it:
  // the extractor's own rule (suggestionsOf), over the proposals as they now stand.
  const open = useMemo(() => suggestionsOf(suggestions, proposals.map((p) => p.agreement)), [suggestions, proposals]);
  const suggested = new Set(open.map(suggestionId));
  const segments = useMemo(() => articleSegments(text.length, [...proposals.map((p) => p.agreement), ...open.map((s) => ({ id: suggestionId(s), span: s.span }))]), [text, proposals, open]);
  const gaps = useMemo(() => joinedBreaks(text), [text]);
  const twins = useMemo(() => sameSentence(proposals), [proposals]);
  const decisions = new Map(proposals.map((p) => [p.agreement.id, p.decision]));
  // The agreement the atlas has already that each proposal would be one more report of (mergeReports).
  const joinerOfShown = useMemo(() => joinerOf(shown), [shown]);
  const joins = useMemo(() => proposals.map((p) => joinerOfShown(p.agreement)), [proposals, joinerOfShown]);
  const joinedAsFound = useMemo(() => new Map(found.map((a) => [a.id, joinerOfShown(a)])), [found, joinerOfShown]);

  // The sentence of the proposal (or suggestion) worked on comes into view in the text (the text box scrolls, not the
  // page): in a long article it would otherwise stay far above or below.
  useEffect(() => {
    const box = textRef.current;
    const mark = focus ? box?.querySelector<HTMLElement>(`mark[data-id="${CSS.escape(focus)}"], mark[data-suggestion="${CSS.escape(focus)}"]`) : null;
    if (!box || !mark) return;
    const [b, m] = [box.getBoundingClientRect(), mark.getBoundingClientRect()];
    if (m.top < b.top || m.bottom > b.bottom) box.scrollTop += m.top - b.top - Math.max(0, (b.height - m.height) / 3);
  }, [focus]);

  // An agreement added by hand comes into view, its 添加参与方 focused: what it needs next is its parties.
  const added = useRef<string | null>(null);
  useEffect(() => {
    if (!added.current) return;
    const card = document.querySelector<HTMLElement>(`[data-testid="proposal"][data-id="${CSS.escape(added.current)}"]`);
    card?.scrollIntoView({ block: 'center' });
    card?.querySelector<HTMLElement>('[data-testid="add-party"]')?.focus({ preventScroll: true });
    added.current = null;
  }, [proposals]);

  const addAsProposal = (start: number, end: number, suggested?: SuggestedSentence) => {
    // (Its Chinese title says 人工添加 in Chinese whatever the interface language.)
    const made = manualProposal(text, start, end, articleId, date, new Set(proposals.map((x) => x.agreement.id)), MANUAL_TITLE_ZH);
    // A suggested sentence starts with the places it names, for the planner to check, and as the extractor
    // would title it (its titles then follow a change of parties, as a proposal's do).
    const parties = suggested?.parties ?? [];
    const draft = suggested?.draft;
    const p: Proposal = !parties.length
      ? made
      : {
          ...made,
          partiesFromSentence: true,
          ...(draft ? { drafted: true } : {}),
          agreement: {
            ...made.agreement,
            parties: [...parties],
            ...(draft ? { kind: draft.kind, domains: [...draft.domains], title_zh: `${draft.title_zh}${MANUAL_TITLE_ZH}`, title_en: `${draft.title_en} ${MANUAL_TITLE_EN}` } : {}),
          },
        };
    setProposals([...proposals, p].sort((x, y) => x.agreement.span.start - y.agreement.span.start));
    setFocus(p.agreement.id);
    added.current = p.agreement.id;
    return p;
  };

  const fromSelection = () => {
    const sel = window.getSelection();
    const range = sel && sel.rangeCount ? sel.getRangeAt(0) : null;
    const inside = range && textRef.current?.contains(range.commonAncestorContainer);
    const start = inside ? offsetOf(range.startContainer, range.startOffset) : null;
    const end = inside ? offsetOf(range.endContainer, range.endOffset) : null;
    if (start === null || end === null || end <= start || text.slice(start, end).trim() === '') {
      setHint(t.local.selectFirst);
      return;
    }
    setHint(null);
    addAsProposal(start, end);
    sel?.removeAllRanges();
  };

  const show = (id: string) => {
    setFocus(id);
    document.querySelector(`[data-testid="proposal"][data-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <section className="article-review" data-testid="article-review">
      <p className="muted" data-testid="review-intro">
        {t.local.reviewIntro(proposals.filter((p) => !p.manual).length)}
        {open.length > 0 && (
          <span data-testid="suggestions-note">
            {' '}
            {t.local.suggestionsNote(open.length, proposals.length > 0)}{' '}
            <button type="button" className="link" onClick={() => document.getElementById('review-suggestions')?.scrollIntoView({ block: 'start' })}>
              {t.local.suggestionsJump}
            </button>
          </span>
        )}
      </p>
      <div className="review-columns">
        <div className="review-text-wrap">
          <h3>{t.local.articleText}</h3>
          <div className="review-text reader-text" lang="zh" ref={textRef} data-testid="review-text">
            {segments.map((s) =>
              s.kind === 'text' ? (
                <span key={s.start} data-start={s.start}>
                  <ArticlePieces text={text} start={s.start} end={s.end} gaps={gaps} />
                </span>
              ) : suggested.has(s.id) ? (
                <mark
                  key={s.start}
                  data-start={s.start}
                  data-suggestion={s.id}
                  className={`suggested ${focus === s.id ? 'current' : ''}`}
                  onClick={() => {
                    // To its line in the list, to add or dismiss it there.
                    setFocus(s.id);
                    const line = document.querySelector<HTMLElement>(`[data-testid="suggestion"][data-start="${s.start}"]`);
                    line?.scrollIntoView({ block: 'center' });
                    line?.querySelector<HTMLElement>('[data-testid="suggestion-add"]')?.focus({ preventScroll: true });
                  }}
                >
                  <ArticlePieces text={text} start={s.start} end={s.end} gaps={gaps} />
                </mark>
              ) : (
                <mark
                  key={s.start}
                  data-start={s.start}
                  data-id={s.id}
                  data-decision={decisions.get(s.id)}
                  className={`${decisions.get(s.id) ?? ''} ${focus === s.id ? 'current' : ''}`}
                  onClick={() => show(s.id)}
                >
                  <ArticlePieces text={text} start={s.start} end={s.end} gaps={gaps} />
                </mark>
              ),
            )}
          </div>
          <button type="button" data-testid="from-selection" onMouseDown={(e) => e.preventDefault()} onClick={fromSelection}>
            {t.local.fromSelection}
          </button>
          {hint && <p className="form-error">{hint}</p>}
        </div>
        <div className="review-list">
          {proposals.map((p, i) => (
            <ProposalEditor
              key={p.agreement.id}
              proposal={p}
              number={{ at: i + 1, of: proposals.length, sameAs: twins[i] ? { at: twins[i].index + 1, list: twins[i].list } : null }}
              articleDate={date}
              joins={joins[i]}
              parted={joins[i] ? undefined : joinedAsFound.get(p.agreement.id)}
              districts={districts}
              adminLabels={adminLabels}
              partyWords={partyWords}
              onFocus={() => setFocus(p.agreement.id)}
              onChange={(next) => setProposals(proposals.map((x, j) => (j === i ? next : x)))}
            />
          ))}
          {(open.length > 0 || dismissed) && (
            <SuggestionList
              text={text}
              suggestions={open}
              dismissed={dismissed}
              current={focus}
              onUndo={(s) => {
                setSuggestions([...suggestions, s].sort((a, b) => a.span.start - b.span.start));
                setDismissed(null);
              }}
              onAdd={(s) => addAsProposal(s.span.start, s.span.end, s)}
              onDismiss={(s) => {
                setSuggestions(suggestions.filter((x) => x !== s));
                setDismissed(s);
              }}
              onShow={(s) => {
                setFocus(suggestionId(s));
                // Asked for, so the page scrolls too: on a phone the text is above the list, not beside it.
                requestAnimationFrame(() => textRef.current?.querySelector(`mark[data-suggestion="${CSS.escape(suggestionId(s))}"]`)?.scrollIntoView({ block: 'center' }));
              }}
            />
          )}
        </div>
      </div>
    </section>
  );
}
