import { create } from 'zustand';
import type { z } from 'zod';
import { DataError } from '../data/errors';
import { FILES } from '../data/files';
import { loadJson, loadJsonWithBlob } from '../data/load-json';
import { indexDistricts } from '../data/districts';
import { indexTransport } from '../data/transport';
import { articlesMetaUrl, loadArticle, seedFiles } from '../data/articles';
import type { ArticleText } from '../data/article';
import { articlesFile } from '../data/agreement-schema';
import { articleDateIn, EMPTY_AGREEMENTS, indexAgreements } from '../data/agreements';
import type { LocalRecord } from '../data/bundle';
import { useLocalArticles } from './local-articles-store';
import type { AsFetchedFile, FarContext, MapData } from '../data/map-data';
import { withLocal } from './with-local';

export type { MapData };

export type DataStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface DataState {
  status: DataStatus;
  /** What `data` shows, with the planner's added articles merged in (`withLocal`). */
  data: MapData | null;
  /** The files alone, without the added articles. */
  seed: MapData | null;
  errors: DataError[];
  /** The context the home view does not reach (foreign countries, the sea): null until the map first looks beyond it. */
  far: FarContext | null;
  load(fetchImpl?: typeof fetch): Promise<void>;
  /** Fetches `far`, once. */
  loadFar(fetchImpl?: typeof fetch): Promise<void>;
  /** Shows the given added articles in place of the previous ones. */
  setLocal(records: readonly LocalRecord[]): void;
}

type FileKey = keyof typeof FILES;

/** Keeps a file's failure for the notices and lets the other files carry on. */
const failureInto =
  (errors: DataError[]) =>
  (file: string) =>
  (e: unknown): null => {
    errors.push(e instanceof DataError ? e : new DataError(file, String(e)));
    return null;
  };

const attemptWith =
  (errors: DataError[], fetchImpl: typeof fetch) =>
  <K extends FileKey>(key: K): Promise<z.infer<(typeof FILES)[K]['schema']> | null> => {
    const { url, file, schema } = FILES[key];
    return (loadJson(url, file, schema, fetchImpl) as Promise<z.infer<(typeof FILES)[K]['schema']>>).catch(failureInto(errors)(file));
  };

/** As attemptWith, for a file the map draws as fetched: its blob URL goes into `asFetched`. */
const attemptKeepingWith =
  (errors: DataError[], fetchImpl: typeof fetch, asFetched: MapData['asFetched']) =>
  async <K extends AsFetchedFile>(key: K): Promise<z.infer<(typeof FILES)[K]['schema']> | null> => {
    const { url, file, schema } = FILES[key];
    try {
      const { value, blob } = await loadJsonWithBlob(url, file, schema, fetchImpl);
      asFetched[key] = blob;
      return value as z.infer<(typeof FILES)[K]['schema']>;
    } catch (e) {
      return failureInto(errors)(file)(e);
    }
  };

let farLoading = false;

/**
 * Loads every file on its own, so a broken context layer costs only that layer. Without districts
 * there is nothing to show, so that one failing makes the status 'failed'.
 */
export const useDataStore = create<DataState>()((set, get) => ({
  status: 'idle',
  data: null,
  seed: null,
  errors: [],
  setLocal(records) {
    const seed = get().seed;
    if (seed) set({ data: withLocal(seed, records) });
  },
  far: null,
  async loadFar(fetchImpl = fetch) {
    if (farLoading) return;
    farLoading = true;
    const errors: DataError[] = [];
    const attempt = attemptWith(errors, fetchImpl);
    const [contextCountries, sea] = await Promise.all([attempt('contextCountries'), attempt('sea')]);
    set((s) => ({ far: { contextCountries, sea }, errors: [...s.errors, ...errors] }));
  },
  async load(fetchImpl = fetch) {
    if (get().status === 'loading') return;
    set({ status: 'loading', errors: [] });
    const errors: DataError[] = [];
    const recordFailure = failureInto(errors);
    const attempt = attemptWith(errors, fetchImpl);
    const asFetched: MapData['asFetched'] = {};
    const attemptKeeping = attemptKeepingWith(errors, fetchImpl, asFetched);
    const metaUrl = articlesMetaUrl();
    // With the files, not after them: the texts are small, and a round trip later they held up the map.
    const texts = Promise.all(seedFiles().map((s) => loadArticle(s.file, s.url, fetchImpl).catch(recordFailure(s.file))));
    const [districts, borders, adminLabels, contextProvinces, rivers, rail, stations, network, hubs, agreements, meta] = await Promise.all([
      attemptKeeping('districts'),
      attemptKeeping('borders'),
      attempt('adminLabels'),
      attemptKeeping('contextProvinces'),
      attemptKeeping('rivers'),
      attempt('rail'),
      attempt('stations'),
      attempt('network'),
      attempt('hubs'),
      attempt('agreements'),
      metaUrl ? loadJson(metaUrl, 'seeds/articles.json', articlesFile, fetchImpl).catch(recordFailure('seeds/articles.json')) : null,
    ]);
    // Read with the files, so a link to an added agreement finds it at the first render.
    const local = useLocalArticles.getState().open();
    const articles = (await texts).filter((a): a is ArticleText => a !== null);
    if (!districts) {
      set({ status: 'failed', data: null, seed: null, errors });
      return;
    }
    const districtIndex = indexDistricts(districts);
    performance.mark('atlas:data-ready');
    const articleMeta = new Map((meta?.articles ?? []).map((m) => [m.file, m]));
    const seed: MapData = {
      districts: districtIndex,
      borders,
      adminLabels,
      contextProvinces,
      rivers,
      transport: indexTransport([rail, stations, network, hubs].flatMap((f) => f?.features ?? [])),
      articles,
      agreements: agreements ? indexAgreements(agreements.agreements, districtIndex.byCode, articleDateIn(articleMeta)) : EMPTY_AGREEMENTS,
      articleMeta,
      asFetched,
    };
    set({ status: 'ready', errors, seed, data: withLocal(seed, await local) });
  },
}));

// Every save, import or removal of an added article shows at once, everywhere the seeds show.
useLocalArticles.subscribe((s, prev) => {
  if (s.records !== prev.records) useDataStore.getState().setLocal(s.records);
});
