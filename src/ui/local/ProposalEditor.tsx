import { useEffect, useRef, useState } from 'react';
import type { Agreement, Party } from '../../data/agreement-schema';
import { DOMAINS, KINDS, type Kind } from '../../data/agreement-vocab';
import type { District } from '../../data/districts';
import type { AdminLabelsFile } from '../../data/schemas';
import { useStrings } from '../../i18n/use-strings';
import { readable } from '../../agreements/readable';
import { PlacePicker } from './PlacePicker';
import { partyLabel } from './party-label';
import { placeBookFor, type PlaceBook } from '../../agreements/places';
import { useViewStore } from '../../state/view-store';
import { DoubtLine } from '../agreements/Doubts';
import { articleCount } from '../../data/agreements';
import { DATE, withParties, withParty, withoutParty, withTitle, type PartyWords, type Proposal } from './review-model';

interface Props {
  proposal: Proposal;
  /** Its place in the list, and the number of an earlier proposal from the same sentence. */
  /** Its place in the list, and the earlier proposal of its sentence (`list`: an item of the same list, distinct by design). */
  number?: { at: number; of: number; sameAs: { at: number; list: boolean } | null };
  /** The article's date as the planner gave it: without it, an undated agreement shows as 日期不详. */
  articleDate: string | null;
  /** The agreement the atlas has already that this one, accepted, becomes one more report of. */
  joins?: Agreement;
  /** The one it was, as the extractor read it, before an edit (of its kind, title, date or parties) parted them. */
  parted?: Agreement;
  districts: readonly District[];
  adminLabels: AdminLabelsFile | null;
  partyWords?: PartyWords | null;
  onChange(p: Proposal): void;
  onFocus(): void;
}

/** One proposed agreement: every field editable, parties changeable with the picker, accept or reject. */
export function ProposalEditor({ proposal, number, articleDate, joins, parted, districts, adminLabels, partyWords, onChange, onFocus }: Props) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const book = placeBookFor(districts, adminLabels);
  const a = proposal.agreement;
  // Which party the picker replaces (the party count: a new one); null while closed.
  const [picking, setPicking] = useState<number | null>(null);
  // Once a place is picked or the picker closed, focus goes back to 添加参与方, not to the page.
  const addParty = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (picking !== null || !refocus.current) return;
    refocus.current = false;
    addParty.current?.focus();
  }, [picking]);
  const closePicker = () => {
    refocus.current = true;
    setPicking(null);
  };
  const edit = (next: Partial<Agreement>) => onChange({ ...proposal, agreement: { ...a, ...next } });
  const decide = (decision: Proposal['decision']) => onChange({ ...proposal, decision });
  // The titles name the parties: they follow a change, unless the planner typed them.
  const setParties = (parties: Agreement['parties']) => {
    // (Once changed they are the planner's, no longer the sentence's to check.)
    const { partiesFromSentence: _checked, ...next } = withParties(proposal, parties, partyWords ?? null);
    onChange(next);
  };
  const [dateText, setDateText] = useState(a.date ?? '');
  const [editingDomains, setEditingDomains] = useState(false);
  const dateOk = dateText === '' || DATE.test(dateText);
  return (
    <article className={`proposal ${proposal.decision}`} data-testid="proposal" data-id={a.id} data-decision={proposal.decision} onFocus={onFocus}>
      <p className="proposal-state">
        <strong>{t.local[proposal.decision]}</strong> <span className="muted">{proposal.manual ? t.local.manualTitle : t.local.confidence(a.confidence)}</span>
        {number && (
          <span className="muted proposal-number" data-testid="proposal-number">
            {t.local.numbered(number.at, number.of)}
          </span>
        )}
      </p>
      {number?.sameAs &&
        (number.sameAs.list ? (
          <p className="muted same-list" data-testid="same-list">
            {t.local.sameList(number.sameAs.at)}
          </p>
        ) : (
          <p className="notice same-sentence" data-testid="same-sentence">
            {t.local.sameSentence(number.sameAs.at)}
          </p>
        ))}
      {!proposal.manual && <DoubtLine agreement={a} />}
      {joins && (
        <p className="notice" data-testid="already-in-atlas" data-id={joins.id}>
          {t.local.alreadyInAtlas(lang === 'zh' ? joins.title_zh : joins.title_en, articleCount(joins))}
        </p>
      )}
      {parted && proposal.decision !== 'rejected' && (
        <p className="notice warn" data-testid="parted-from-atlas" data-id={parted.id}>
          {t.local.partedFromAtlas(lang === 'zh' ? parted.title_zh : parted.title_en)}
        </p>
      )}
      <label className="field">
        <span>{t.local.titleZh}</span>
        <input lang="zh" data-testid="proposal-title-zh" value={a.title_zh} onChange={(e) => onChange(withTitle(proposal, 'zh', e.target.value))} />
      </label>
      <label className="field">
        <span>{t.local.titleEn}</span>
        <input lang="en" data-testid="proposal-title-en" value={a.title_en} onChange={(e) => onChange(withTitle(proposal, 'en', e.target.value))} />
      </label>
      <blockquote lang="zh">{readable(a.quote)}</blockquote>
      <div className="field-row">
        <label className="field">
          <span>{t.local.kind}</span>
          <select data-testid="proposal-kind" value={a.kind} onChange={(e) => edit({ kind: e.target.value as Kind })}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t.date}</span>
          <input
            data-testid="proposal-date"
            value={dateText}
            aria-invalid={!dateOk}
            placeholder="YYYY-MM-DD"
            onChange={(e) => {
              setDateText(e.target.value);
              const v = e.target.value.trim();
              if (v === '' || DATE.test(v)) edit({ date: v || null });
            }}
          />
        </label>
      </div>
      {!dateOk && <p className="form-error">{t.local.badDate}</p>}
      {!articleDate && dateText.trim() === '' && proposal.decision !== 'rejected' && (
        <p className="notice warn" data-testid="no-date-hint">
          {t.local.noDate}
        </p>
      )}
      {/* The 17 checkboxes only when asked for: a long article proposes hundreds of agreements. */}
      <fieldset className="domains">
        <legend>{t.local.fields}</legend>
        {editingDomains
          ? DOMAINS.map((d) => (
              <label key={d} className={a.domains.includes(d) ? 'on' : undefined}>
                <input type="checkbox" checked={a.domains.includes(d)} onChange={(e) => edit({ domains: e.target.checked ? [...a.domains, d] : a.domains.filter((x) => x !== d) })} />
                {t.domains[d]}
              </label>
            ))
          : a.domains.map((d) => (
              <span key={d} className="on">
                {t.domains[d]}
              </span>
            ))}{' '}
        <button type="button" className="link" data-testid="edit-fields" aria-expanded={editingDomains} onClick={() => setEditingDomains(!editingDomains)}>
          {editingDomains ? t.local.done : t.local.editFields}
        </button>
      </fieldset>
      <h4>{t.local.parties}</h4>
      {a.parties.length === 0 && <p className="form-error">{t.local.noParty}</p>}
      {proposal.partiesFromSentence && a.parties.length > 0 && (
        <p className="notice" data-testid="parties-from-sentence">
          {t.local.partiesFromSentence}
        </p>
      )}
      <ul className="plain review-parties">
        {a.parties.map((p, i) => (
          <li key={`${p.code}-${p.name}-${i}`} data-testid="proposal-party" data-code={p.code ?? ''}>
            <PartyName party={p} book={book} />{' '}
            <button type="button" className="link" data-testid="change-party" onClick={() => setPicking(i)}>
              {t.local.changeParty}
            </button>{' '}
            <button type="button" className="link" onClick={() => setParties(withoutParty(a, i).parties)}>
              {t.local.removeParty}
            </button>
          </li>
        ))}
      </ul>
      {picking === null ? (
        <button type="button" className="link" data-testid="add-party" ref={addParty} onClick={() => setPicking(a.parties.length)}>
          + {t.local.addParty}
        </button>
      ) : (
        <PlacePicker
          districts={districts}
          adminLabels={adminLabels}
          onCancel={closePicker}
          onPick={(party) => {
            setParties(withParty(a, picking, party).parties);
            closePicker();
          }}
        />
      )}
      <p className="decide">
        {proposal.decision === 'pending' ? (
          <>
            <button type="button" className="primary" data-testid="accept" onClick={() => decide('accepted')}>
              {t.local.accept}
            </button>{' '}
            <button type="button" data-testid="reject" onClick={() => decide('rejected')}>
              {t.local.reject}
            </button>
          </>
        ) : (
          <button type="button" data-testid="undo" onClick={() => decide('pending')}>
            {t.local.undo}
          </button>
        )}
      </p>
    </article>
  );
}

/** A party's name in the interface language (English names in English, the Chinese kept beside), its level and code. */
function PartyName({ party, book }: { party: Party; book: PlaceBook }) {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const { name, zh, of, side } = partyLabel(party, book, lang);
  return (
    <>
      <span lang={zh ? 'en' : 'zh'} data-testid="party-name">
        {name}
      </span>
      {zh && (
        <span lang="zh" className="muted">
          {' '}
          {zh}
        </span>
      )}{' '}
      <span className="muted">
        {t.levels[party.level]}
        {of ? ` ${t.local.partyOf(of)}` : ''}
        {side ? ` · ${t.provinceName[side]}` : ''} {party.code ?? ''}
      </span>
    </>
  );
}
