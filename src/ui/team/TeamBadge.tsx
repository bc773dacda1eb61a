import { useState } from 'react';
import { useStrings } from '../../i18n/use-strings';
import { useLocalArticles } from '../../state/local-articles-store';
import { useTeam } from '../../state/team-store';
import './team.css';

/**
 * The header's team indicator, shown only when a team server serves the page: who this browser
 * saves as, whether the team data could be read, and the place to give a name and the token.
 */
export default function TeamBadge() {
  const t = useStrings();
  const name = useTeam((s) => s.name);
  const failed = useLocalArticles((s) => s.storage === 'team-failed');
  const [open, setOpen] = useState(false);
  return (
    <span className="team-badge-wrap">
      <button
        type="button"
        className={`team-badge ${failed ? 'failed' : name ? 'ok' : 'unnamed'}`}
        data-testid="team-indicator"
        data-state={failed ? 'failed' : 'ok'}
        aria-expanded={open}
        title={t.team.badgeTitle}
        onClick={() => setOpen(!open)}
      >
        <span className="team-dot" aria-hidden="true" />
        {t.team.badge(name)}
        {failed && <span className="team-failed"> · {t.team.failed}</span>}
      </button>
      {open && <TeamSettings close={() => setOpen(false)} />}
    </span>
  );
}

function TeamSettings({ close }: { close: () => void }) {
  const t = useStrings();
  const { name, token, setIdentity } = useTeam();
  const [draft, setDraft] = useState({ name, token });
  return (
    <form
      className="team-settings"
      data-testid="team-settings"
      aria-label={t.team.settings}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        close();
      }}
      onSubmit={(e) => {
        e.preventDefault();
        setIdentity(draft.name, draft.token);
        close();
        void useLocalArticles.getState().reload();
      }}
    >
      <label className="field">
        <span>{t.team.name}</span>
        <input data-testid="team-name" value={draft.name} maxLength={80} placeholder={t.team.namePlaceholder} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </label>
      <label className="field">
        <span>{t.team.token}</span>
        <input data-testid="team-token" type="password" autoComplete="off" value={draft.token} onChange={(e) => setDraft({ ...draft, token: e.target.value })} />
      </label>
      <p className="muted">{t.team.identityHint}</p>
      <button type="submit" className="primary" data-testid="team-save">
        {t.team.saveIdentity}
      </button>
    </form>
  );
}
