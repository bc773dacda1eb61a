import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useStrings } from '../../i18n/use-strings';
import { useTeam } from '../../state/team-store';
import './team.css';

/** What the review asks of the identity fields before saving: keep what was typed, or name the field still empty (focused). */
export interface IdentityHandle {
  commit(): 'name' | 'token' | null;
}

/**
 * The planner's name and the team token, asked right in the review when this browser has not got
 * them yet (the header's 团队 button is behind the dialog). Kept, as from the header, in this
 * browser only, when the planner saves.
 */
export default function ReviewIdentity({ handle }: { handle: Ref<IdentityHandle> }) {
  const t = useStrings();
  const { name, token, setIdentity } = useTeam();
  // Asked for while the review is open, once found missing (not hidden at the first letter typed).
  const [asking] = useState(() => !name.trim() || !token.trim());
  const [draft, setDraft] = useState({ name, token });
  const nameRef = useRef<HTMLInputElement>(null);
  const tokenRef = useRef<HTMLInputElement>(null);
  useImperativeHandle(handle, () => ({
    commit() {
      const missing = !draft.name.trim() ? 'name' : !draft.token.trim() ? 'token' : null;
      if (missing) (missing === 'name' ? nameRef : tokenRef).current?.focus();
      else if (asking) setIdentity(draft.name, draft.token);
      return missing;
    },
  }));
  if (!asking) return null;
  return (
    <fieldset className="review-identity" data-testid="review-identity">
      <legend>{t.team.askIdentity}</legend>
      <label className="field">
        <span>{t.team.name}</span>
        <input ref={nameRef} data-testid="review-team-name" value={draft.name} maxLength={80} placeholder={t.team.namePlaceholder} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </label>
      <label className="field">
        <span>{t.team.token}</span>
        <input ref={tokenRef} data-testid="review-team-token" type="password" autoComplete="off" value={draft.token} onChange={(e) => setDraft({ ...draft, token: e.target.value })} />
      </label>
      <p className="muted">{t.team.identityHint}</p>
    </fieldset>
  );
}
