/**
 * Whether a team server serves this page (docs/team.md): it adds `<meta name="atlas-team">` to
 * index.html; the static build has none. The one piece of team mode in the first load: read from
 * the page, no request, so the static atlas asks nothing of anyone.
 */
export const TEAM_META = 'atlas-team';
export const TEAM_SERVICE = 'chengyu-atlas-team';

export const servedByTeam = (doc: Pick<Document, 'querySelector'> | undefined = globalThis.document): boolean =>
  doc?.querySelector(`meta[name="${TEAM_META}"][content="${TEAM_SERVICE}"]`) != null;
