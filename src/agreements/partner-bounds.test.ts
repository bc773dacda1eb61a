import { describe, expect, it } from 'vitest';
import type { PlaceBook } from './places';
import { partnerBounds } from './partner-bounds';
import type { Partner } from './selectors';

const anchors: Record<string, [number, number] | null> = { '511400': [103.85, 30.05], '510000': [104.08, 30.66], '999999': null };
const book: PlaceBook = {
  info: (p) => (p.code in anchors ? { name: p.code, nameEn: p.code, anchor: anchors[p.code]!, districts: [] } : null),
  entryDistrict: () => null,
};
const partner = (level: 'prefecture' | 'province', code: string): Partner => ({ key: `${level}:${code}`, place: { level, code }, agreements: ['a'], direct: ['a'], via: [], viaAreas: [], selfAreas: [], bodies: [], itself: true });
const dazu = { bbox: [105.5, 29.4, 106.0, 29.9] as [number, number, number, number] };

describe('partnerBounds', () => {
  it('widens the district to every placed partner, with a margin around each anchor', () => {
    const box = partnerBounds(dazu, [partner('prefecture', '511400'), partner('province', '510000')], book);
    [103.7, 29.4, 106.0, 30.81].forEach((v, i) => expect(box[i]).toBeCloseTo(v, 9));
  });

  it('leaves out a partner the book cannot place, and frames the district alone without partners', () => {
    expect(partnerBounds(dazu, [partner('prefecture', '999999'), partner('prefecture', '123456')], book)).toEqual(dazu.bbox);
    expect(partnerBounds(dazu, [], book)).toEqual(dazu.bbox);
  });
});
