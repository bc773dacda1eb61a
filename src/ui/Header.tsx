import { lazy, Suspense } from 'react';
import { servedByTeam } from '../data/team-mode';
import { useStrings } from '../i18n/use-strings';
import { useViewStore } from '../state/view-store';
import { CopyLink } from './CopyLink';
import { AddArticleButton } from './local/AddArticleButton';

// Team mode's indicator is fetched only when a team server serves the page (docs/team.md).
const TeamBadge = servedByTeam() ? lazy(() => import('./team/TeamBadge')) : null;

export function Header() {
  const t = useStrings();
  const lang = useViewStore((s) => s.lang);
  const setLang = useViewStore((s) => s.setLang);
  return (
    <header className="app-header">
      <h1>
        <span className="title-full">{t.appTitle}</span>
        <span className="title-short" aria-hidden="true">
          {t.appTitleShort}
        </span>{' '}
        <small>{t.appSubtitle}</small>
      </h1>
      <span className="header-actions">
        {TeamBadge && (
          <Suspense fallback={null}>
            <TeamBadge />
          </Suspense>
        )}
        <AddArticleButton />
        <CopyLink />
        <button type="button" data-testid="lang-switch" aria-label={t.switchLangLabel} onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
          <span lang={lang === 'zh' ? 'en' : 'zh'}>{t.switchLang}</span>
        </button>
      </span>
    </header>
  );
}
