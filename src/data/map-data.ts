import type { AgreementIndex } from './agreements';
import type { ArticleMeta, ArticleText } from './article';
import type { DistrictIndex } from './districts';
import type { AdminLabelsFile, BordersFile, ContextFile, RiversFile, SeaFile } from './schemas';
import type { TransportIndex } from './transport';

/** Everything the app loaded, as typed domain objects (state/data-store.ts loads it, state/with-local.ts adds the planner's articles). */
export interface MapData {
  districts: DistrictIndex;
  borders: BordersFile | null;
  adminLabels: AdminLabelsFile | null;
  contextProvinces: ContextFile | null;
  contextCountries: ContextFile | null;
  rivers: RiversFile | null;
  sea: SeaFile | null;
  transport: TransportIndex;
  /** The seed articles that loaded; empty while none are in the repository. */
  articles: ArticleText[];
  /** The agreements, indexed by district, prefecture, province and article (empty if the file failed). */
  agreements: AgreementIndex;
  /** Title, newspaper and date of each article, by file name; empty while `seeds/articles.json` is missing. */
  articleMeta: ReadonlyMap<string, ArticleMeta>;
}
