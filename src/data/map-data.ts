import type { AgreementIndex } from './agreements';
import type { ArticleMeta, ArticleText } from './article';
import type { DistrictIndex } from './districts';
import type { AdminLabelsFile, BordersFile, ContextFile, RiversFile, SeaFile } from './schemas';
import type { TransportIndex } from './transport';

/** The files the map draws exactly as they were fetched and validated (src/map/source-feed.ts). */
export type AsFetchedFile = 'districts' | 'borders' | 'contextProvinces' | 'rivers';

/** Everything the app loaded, as typed domain objects (state/data-store.ts loads it, state/with-local.ts adds the planner's articles). */
export interface MapData {
  districts: DistrictIndex;
  borders: BordersFile | null;
  adminLabels: AdminLabelsFile | null;
  contextProvinces: ContextFile | null;
  rivers: RiversFile | null;
  transport: TransportIndex;
  /** The seed articles that loaded; empty while none are in the repository. */
  articles: ArticleText[];
  /** The agreements, indexed by district, prefecture, province and article (empty if the file failed). */
  agreements: AgreementIndex;
  /** Title, newspaper and date of each article, by file name; empty while `seeds/articles.json` is missing. */
  articleMeta: ReadonlyMap<string, ArticleMeta>;
  /** `blob:` URLs of the validated text of the files drawn as fetched, for the map's worker; none for a file that failed. */
  asFetched: Partial<Record<AsFetchedFile, string>>;
}

/**
 * Context that the home view does not draw, loaded when the map first looks beyond the economic
 * circle (src/map/camera.ts, NEAR_BOUNDS): foreign countries and the sea. Null where a file failed.
 */
export interface FarContext {
  contextCountries: ContextFile | null;
  sea: SeaFile | null;
}
