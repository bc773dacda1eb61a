import type { SuggestedSentence } from '../../data/extract-protocol';
import { useStrings } from '../../i18n/use-strings';

const LIKELY = 0.9;

/** A suggestion's key in the review (its sentence's place: one sentence, one suggestion). */
export const suggestionId = (s: SuggestedSentence) => `suggestion-${s.span.start}`;

/** What a suggestion's line shows of its sentence: whitespace folded, long ones cut. */
const gist = (text: string, s: SuggestedSentence) => {
  const one = text.slice(s.span.start, s.span.end).replace(/\s+/gu, ' ').trim();
  return one.length > 120 ? `${one.slice(0, 120)}…` : one;
};

interface Props {
  text: string;
  suggestions: readonly SuggestedSentence[];
  /** The last one said to be none: in its place, said so, with 撤销. */
  dismissed: SuggestedSentence | null;
  /** The id of the sentence worked on (clicked in the text, or shown): its line is marked. */
  current: string | null;
  onUndo(s: SuggestedSentence): void;
  onAdd(s: SuggestedSentence): void;
  onDismiss(s: SuggestedSentence): void;
  onShow(s: SuggestedSentence): void;
}

/**
 * The sentences a planner should read for what the review missed, after the proposals: each one
 * added as an agreement by hand (its parties then picked), dismissed, or shown in the text. The
 * model's score is no probability on an article it has not seen (a 99% there states an agreement
 * eight times in ten), so it is not shown as one: a sentence at LIKELY or more is said to be the
 * likelier kind (three in four state one on the held-out articles, the others two in five:
 * docs/agreements.md).
 */
export function SuggestionList({ text, suggestions, dismissed, current, onUndo, onAdd, onDismiss, onShow }: Props) {
  const t = useStrings();
  const lines = [...suggestions.map((s) => ({ s, gone: false })), ...(dismissed ? [{ s: dismissed, gone: true }] : [])].sort((a, b) => a.s.span.start - b.s.span.start);
  return (
    <section className="suggestions" data-testid="suggestions" aria-labelledby="suggestions-title" id="review-suggestions">
      <h4 id="suggestions-title">{t.local.suggestionsTitle(suggestions.length)}</h4>
      <p className="muted">{t.local.suggestionsIntro}</p>
      <ol>
        {lines.map(({ s, gone }) =>
          gone ? (
            // (Where the planner clicked, so a slip is seen and taken back at once; focus stays here.)
            <li key={`dismissed-${s.span.start}`} className="muted dismissed" data-testid="suggestion-dismissed">
              {t.local.suggestionDismissed}{' '}
              <button type="button" className="link" data-testid="suggestion-undo" autoFocus onClick={() => onUndo(s)}>
                {t.local.undo}
              </button>
            </li>
          ) : (
            <li key={suggestionId(s)} data-testid="suggestion" data-start={s.span.start} className={current === suggestionId(s) ? 'current' : undefined}>
              <span lang="zh" className="suggested-text">{gist(text, s)}</span>
              {s.score >= LIKELY && (
                <>
                  {' '}
                  <span className="tag likely" data-testid="suggestion-likely">
                    {t.local.suggestionLikely}
                  </span>
                </>
              )}
              {s.oneSide && (
                <span className="muted one-side" data-testid="suggestion-one-side">
                  {t.local.suggestionOneSide(s.oneSide)}
                </span>
              )}
              <span className="suggestion-actions">
                <button type="button" data-testid="suggestion-add" onClick={() => onAdd(s)}>
                  {t.local.suggestionAdd}
                </button>
                <button type="button" data-testid="suggestion-dismiss" onClick={() => onDismiss(s)}>
                  {t.local.suggestionDismiss}
                </button>
                <button type="button" className="link" onClick={() => onShow(s)}>
                  {t.local.suggestionShow}
                </button>
              </span>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
