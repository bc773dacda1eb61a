import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexDistricts } from '../data/districts';
import { adminLabelsFile, districtsFile } from '../data/schemas';
import { indexAgreements } from '../data/agreements';
import { placeBook } from '../agreements/places';
import { FIXTURE } from '../agreements/fixture';
import { agreementBounds, agreementOverlay } from './agreement-overlay';

const read = (f: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata', f), 'utf8'));
const districts = indexDistricts(districtsFile.parse(read('districts.geojson')));
const book = placeBook(districts.list, adminLabelsFile.parse(read('admin-labels.geojson')));
const index = indexAgreements(FIXTURE, districts.byCode);
const base = { index, book, districts: districts.list, mapMode: 'plain' as const, countBasis: 'own' as const };

describe('agreementOverlay', () => {
  it('with 大足 selected: partners coloured, 眉山 as an area with a ring at its label point, one arc per partner from 大足', () => {
    const o = agreementOverlay({ ...base, selection: { type: 'district', code: '500111' } });
    expect(o.partners.get('500153')).toBe('district');
    expect(o.partners.get('510521')).toBe('district');
    expect(o.partners.get('511402')).toBe('area');
    expect(o.partners.has('500111')).toBe(false);
    expect(o.places.features.map((f) => f.properties)).toEqual([{ key: 'p:511400', level: 'prefecture' }]);
    expect(o.arcs.features.map((f) => f.properties.id).sort()).toEqual(['d:500111|d:500153', 'd:500111|d:510521', 'd:500111|p:511400']);
    const dazu = districts.byCode.get('500111')!.label;
    for (const f of o.arcs.features) expect([f.geometry.coordinates[0], f.geometry.coordinates.at(-1)]).toContainEqual(dazu);
    expect(o.classes).toBeNull();
  });

  it('with an agreement selected: all its parties highlighted and joined; provinces as rings only', () => {
    const river = agreementOverlay({ ...base, selection: { type: 'agreement', id: 'laixi-river-coordination' } });
    expect([...river.partners.keys()].sort()).toEqual(['500111', '500153', '510521']);
    expect(river.arcs.features).toHaveLength(3);
    const plan = agreementOverlay({ ...base, selection: { type: 'agreement', id: 'transport-three-year-plan' } });
    expect(plan.partners.size).toBe(0);
    expect(plan.places.features.map((f) => f.properties.level)).toEqual(['province', 'province']);
    expect(plan.arcs.features).toHaveLength(1);
  });

  it('in network mode with nothing selected: every link, the busiest thickest; in choropleth mode: a class per district', () => {
    const n = agreementOverlay({ ...base, mapMode: 'network', selection: { type: 'none' } });
    // The fixture's links, a new area at its main district (selectors.test.ts).
    expect(n.arcs.features).toHaveLength(6);
    const widths = n.arcs.features.map((f) => f.properties.width);
    expect(n.arcs.features.find((f) => f.properties.id === 'v:500000|v:510000')!.properties.width).toBe(Math.max(...widths));
    const c = agreementOverlay({ ...base, mapMode: 'choropleth', selection: { type: 'none' } });
    expect(c.classes!.size).toBe(221);
    expect(c.classes!.get('500111')).toBe(2);
    expect(c.arcs.features).toHaveLength(0);
  });

  it('frames an agreement on its parties', () => {
    const b = agreementBounds(index, book, districts.byCode, 'dazu-meishan-tourism')!;
    const dazu = districts.byCode.get('500111')!.bbox;
    expect(b[2]).toBeGreaterThanOrEqual(dazu[2]);
    expect(b[0]).toBeLessThan(104);
  });
});
