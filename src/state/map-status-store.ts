import { create } from 'zustand';

/**
 * Whether a map could be made at all (no WebGL2, or MapLibre failed to start), and why. The app
 * shows the reason in the map's place, and the controls that act only on the map read it, to say
 * why they are not offered instead of doing nothing.
 */
export interface MapStatusState {
  unavailable: boolean;
  /** MapLibre's own reason; null when the browser has no WebGL2 at all. */
  reason: string | null;
  setUnavailable(reason: string | null): void;
}

export const useMapStatus = create<MapStatusState>()((set) => ({
  unavailable: false,
  reason: null,
  setUnavailable: (reason) => set({ unavailable: true, reason }),
}));
