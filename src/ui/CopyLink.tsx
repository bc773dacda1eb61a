import { useEffect, useRef, useState } from 'react';
import { useStrings } from '../i18n/use-strings';
import { useLocalArticles } from '../state/local-articles-store';

type Phase = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/**
 * Copies the address of the current view. Where the clipboard is refused (an intranet page over
 * plain http, a locked-down browser), the link is shown selected so it can be copied by hand.
 * Articles added in this browser only (no team server) are not in any link: copying then says so,
 * and how to send them along.
 */
export function CopyLink() {
  const t = useStrings();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const browserOnly = useLocalArticles((s) => (s.storage === 'team' || s.storage === 'team-failed' ? 0 : s.records.length));
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (phase.kind === 'manual') input.current?.select();
    if (phase.kind !== 'copied') return;
    // (Long enough to read the note on added articles too.)
    const timer = setTimeout(() => setPhase({ kind: 'idle' }), browserOnly > 0 ? 8000 : 2500);
    return () => clearTimeout(timer);
  }, [phase, browserOnly]);

  const copy = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setPhase({ kind: 'copied' });
    } catch {
      setPhase({ kind: 'manual', url });
    }
  };

  return (
    <span className="copy-link">
      <button type="button" data-testid="copy-link" onClick={() => void copy()}>
        {t.copyLink}
      </button>
      <span role="status" aria-live="polite" className="copy-status">
        {phase.kind === 'copied' && t.linkCopied}
        {phase.kind !== 'idle' && browserOnly > 0 && (
          <span className="copy-local-note" data-testid="copy-local-note">
            {' '}
            {t.linkLeavesLocal(browserOnly)}
          </span>
        )}
      </span>
      {phase.kind === 'manual' && (
        <label className="manual-link">
          {t.copyManually}
          <input ref={input} readOnly value={phase.url} data-testid="link-text" onBlur={() => setPhase({ kind: 'idle' })} />
        </label>
      )}
    </span>
  );
}
