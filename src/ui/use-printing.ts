import { useEffect, useState } from 'react';

/** True while the page is being printed (or print media is emulated): the legend opens, the date is taken. */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia?.('print').matches ?? false);
  useEffect(() => {
    const media = window.matchMedia?.('print');
    const on = () => setPrinting(true);
    const off = () => setPrinting(false);
    const onMedia = (e: MediaQueryListEvent) => setPrinting(e.matches);
    window.addEventListener('beforeprint', on);
    window.addEventListener('afterprint', off);
    media?.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', on);
      window.removeEventListener('afterprint', off);
      media?.removeEventListener('change', onMedia);
    };
  }, []);
  return printing;
}
