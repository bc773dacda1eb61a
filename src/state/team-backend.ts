import type { LocalStore } from '../data/local-store';
import { createTeamClient, teamLocalStore } from '../data/team-client';
import { useTeam } from './team-store';

/** The team server as the added articles' store, writing as the planner named in this browser. */
export const openTeamBackend = async (): Promise<LocalStore> => teamLocalStore(createTeamClient(() => useTeam.getState()));
