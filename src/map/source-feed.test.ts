import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexDistricts } from '../data/districts';
import { indexTransport } from '../data/transport';
import { districtsFile } from '../data/schemas';
import { EMPTY_AGREEMENTS } from '../data/agreements';
import type { MapData } from '../state/data-store';
import { SOURCE } from './ids';
import { sourceData } from './sources';
import { sourceFeed } from './source-feed';

const districts = indexDistricts(districtsFile.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata/districts.geojson'), 'utf8'))));
const fc = { type: 'FeatureCollection' as const, features: [] };
const base: MapData = { districts, borders: null, adminLabels: null, contextProvinces: null, rivers: null, transport: indexTransport([]), articles: [], agreements: EMPTY_AGREEMENTS, articleMeta: new Map(), asFetched: {} };

describe('sourceFeed', () => {
  it('hands the files drawn as fetched to the worker as blob URLs of their validated text, and only those that loaded', () => {
    const asFetched = { districts: 'blob:d', borders: 'blob:b', rivers: 'blob:r' };
    const feed = sourceFeed({ ...base, borders: fc as never, rivers: fc as never, asFetched });
    expect(feed[SOURCE.districts]).toBe('blob:d');
    expect(feed[SOURCE.borders]).toBe('blob:b');
    expect(feed[SOURCE.rivers]).toBe('blob:r');
    // Failed to load or to validate: shown empty, never fetched by the worker behind the schema's back.
    expect(feed[SOURCE.contextProvinces]).toEqual(sourceData(base)[SOURCE.contextProvinces]);
    expect(sourceFeed({ ...base, asFetched })[SOURCE.borders]).toEqual({ type: 'FeatureCollection', features: [] });
    // Without a blob, a file that loaded goes as data (never by its URL, which the worker would fetch unvalidated).
    expect(sourceFeed({ ...base, rivers: fc as never })[SOURCE.rivers]).toEqual(fc);
    expect(sourceFeed(base)[SOURCE.districts]).toBe(base.districts.geojson);
  });

  it('hands everything built by the app as data, as sourceData does', () => {
    const feed = sourceFeed(base);
    const data = sourceData(base);
    for (const id of [SOURCE.districtLabels, SOURCE.adminLabels, SOURCE.transportLines, SOURCE.transportPoints, SOURCE.agreementPlaces, SOURCE.contextLabels]) expect(feed[id], id).toEqual(data[id]);
    expect(Object.keys(feed).sort()).toEqual(Object.keys(data).sort());
  });
});
