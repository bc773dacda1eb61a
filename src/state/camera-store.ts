import { create } from 'zustand';
import type { Camera } from './view-types';

/**
 * The camera a link carries. MapLibre owns the live camera; this store only holds where it came
 * to rest (moveend) and where a link asks it to go. No React component subscribes to it.
 */
export interface CameraState {
  camera: Camera | null;
  /** Bumped when a link or the history (not the map itself) sets the camera, so the map follows. */
  requested: number;
  /**
   * A box a panel asks the map to frame (a district with all its partners, say): a one-off
   * request, not view state a link carries (the camera it comes to rest at is).
   */
  frame: { bounds: [number, number, number, number]; n: number } | null;
  settle(camera: Camera): void;
  request(camera: Camera | null): void;
  requestFrame(bounds: [number, number, number, number]): void;
}

export const useCameraStore = create<CameraState>()((set) => ({
  camera: null,
  requested: 0,
  settle: (camera) => set({ camera }),
  request: (camera) => set((s) => ({ camera, requested: s.requested + 1 })),
  frame: null,
  requestFrame: (bounds) => set((s) => ({ frame: { bounds, n: (s.frame?.n ?? 0) + 1 } })),
}));
