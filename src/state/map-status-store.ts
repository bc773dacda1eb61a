import { create } from 'zustand';

/**
 * Whether a map could be made at all (no WebGL2, or MapLibre failed to start). The controls that
 * act only on the map read it, to say why they are not offered instead of doing nothing.
 */
export interface MapStatusState {
  unavailable: boolean;
  setUnavailable(): void;
}

export const useMapStatus = create<MapStatusState>()((set) => ({
  unavailable: false,
  setUnavailable: () => set({ unavailable: true }),
}));
