import { useEffect, useState } from 'react';

/**
 * True from the browser's first idle moment after `ready` (at most `timeout` ms later): for code
 * that must be in place before an event that cannot wait for it (printing), but that the first
 * view does not need.
 */
export function useIdle(ready: boolean, timeout = 2000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    if (typeof requestIdleCallback !== 'function') {
      const id = setTimeout(() => setIdle(true), 0);
      return () => clearTimeout(id);
    }
    const id = requestIdleCallback(() => setIdle(true), { timeout });
    return () => cancelIdleCallback(id);
  }, [ready, idle, timeout]);
  return idle;
}
