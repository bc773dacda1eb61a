import { create } from 'zustand';

/**
 * Team mode's own state (loaded only when a team server serves the page): the name the planner
 * gives once and the team token, kept in this browser so every save says who made it.
 */
export interface TeamState {
  name: string;
  token: string;
  setIdentity(name: string, token: string): void;
}

export const TEAM_IDENTITY_KEY = 'chengyu-atlas-team';

const read = (): { name: string; token: string } => {
  try {
    const raw = JSON.parse(globalThis.localStorage?.getItem(TEAM_IDENTITY_KEY) ?? 'null') as unknown;
    if (raw && typeof raw === 'object') {
      const { name, token } = raw as Record<string, unknown>;
      return { name: typeof name === 'string' ? name : '', token: typeof token === 'string' ? token : '' };
    }
  } catch {
    /* storage refused or a broken value: start empty */
  }
  return { name: '', token: '' };
};

export const useTeam = create<TeamState>()((set) => ({
  ...read(),
  setIdentity(name, token) {
    const next = { name: name.trim(), token: token.trim() };
    try {
      globalThis.localStorage?.setItem(TEAM_IDENTITY_KEY, JSON.stringify(next));
    } catch {
      /* private mode: kept for this session only */
    }
    set(next);
  },
}));
