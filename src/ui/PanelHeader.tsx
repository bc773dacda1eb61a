import type { ReactNode } from 'react';
import { useStrings } from '../i18n/use-strings';

/** The title block every side panel opens with, and its close button. */
export function PanelHeader({ titleId, title, titleLang = 'zh', subtitle, onClose }: { titleId: string; title: string; titleLang?: string; subtitle?: ReactNode; onClose(): void }) {
  const t = useStrings();
  return (
    <header className="panel-head">
      <div>
        <h2 id={titleId} lang={titleLang} tabIndex={-1}>
          {title}
        </h2>
        {subtitle && <p className="alt-names">{subtitle}</p>}
      </div>
      <button type="button" className="icon" aria-label={t.close} title={t.close} onClick={onClose}>
        ×
      </button>
    </header>
  );
}
