import { useEffect, useRef, useState } from 'react';
import { useStrings } from '../i18n/use-strings';

type Phase = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

/**
 * Copies the address of the current view. Where the clipboard is refused (an intranet page over
 * plain http, a locked-down browser), the link is shown selected so it can be copied by hand.
 */
export function CopyLink() {
  const t = useStrings();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (phase.kind === 'manual') input.current?.select();
    if (phase.kind !== 'copied') return;
    const timer = setTimeout(() => setPhase({ kind: 'idle' }), 2500);
    return () => clearTimeout(timer);
  }, [phase]);

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
