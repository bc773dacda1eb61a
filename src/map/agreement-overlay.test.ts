import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexDistricts } from '../data/districts';
import { adminLabelsFile, districtsFile } from '../data/schemas';
import { indexAgreements } from '../data/agreements';
import { placeBook } from '../agreements/places';
import { FIXTURE } from '../agreements/fixture';
import { agreementBounds, agreementOverlay, allPlaces, NETWORK_MAX_ARCS, networkOverlay } from './agreement-overlay';

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
    expect([...o.places]).toEqual(['p:511400']);
    expect(o.network).toBe(false);
    expect(o.arcs.features.map((f) => f.properties.id).sort()).toEqual(['d:500111|d:500153', 'd:500111|d:510521', 'd:500111|p:511400']);
    const dazu = districts.byCode.get('500111')!.label;
    for (const f of o.arcs.features) expect([f.geometry.coordinates[0], f.geometry.coordinates.at(-1)]).toContainEqual(dazu);
    // The arc to 眉山 ends at a prefecture's anchor, not at a district: it is marked to be drawn lighter.
    expect(Object.fromEntries(o.arcs.features.map((f) => [f.properties.id, f.properties.wide]))).toEqual({ 'd:500111|d:500153': false, 'd:500111|d:510521': false, 'd:500111|p:511400': true });
    expect(o.classes).toBeNull();
  });

  it('with a new area selected: its partners coloured and joined from its main district, its own districts not partners', () => {
    const o = agreementOverlay({ ...base, selection: { type: 'new-area', id: 'liangjiang' } });
    expect([...o.partners]).toEqual([['510116', 'district']]);
    expect(o.arcs.features.map((f) => f.properties.id)).toEqual(['d:500112|d:510116']);
    expect(agreementOverlay({ ...base, selection: { type: 'new-area', id: 'nowhere' } }).arcs.features).toEqual([]);
  });

  it('with an agreement selected: all its parties highlighted and joined; provinces as rings only', () => {
    const river = agreementOverlay({ ...base, selection: { type: 'agreement', id: 'laixi-river-coordination' } });
    expect([...river.partners.keys()].sort()).toEqual(['500111', '500153', '510521']);
    expect(river.arcs.features).toHaveLength(3);
    const plan = agreementOverlay({ ...base, selection: { type: 'agreement', id: 'transport-three-year-plan' } });
    expect(plan.partners.size).toBe(0);
    expect([...plan.places].sort()).toEqual(['v:500000', 'v:510000']);
    expect(plan.arcs.features).toHaveLength(1);
  });

  it('in network mode with nothing selected: every link, the busiest thickest; in choropleth mode: a class per district', () => {
    const n = agreementOverlay({ ...base, mapMode: 'network', selection: { type: 'none' } });
    expect(n.network).toBe(true);
    expect(n.arcs.features).toHaveLength(0);
    // The fixture's links, a new area at its main district (selectors.test.ts).
    const net = networkOverlay(index, book);
    expect(net.arcs.features).toHaveLength(6);
    expect(net.links).toBe(6);
    expect([...n.places].sort()).toEqual([...net.places].sort());
    expect(net.places).toEqual(expect.arrayContaining(['v:500000', 'v:510000']));
    const widths = net.arcs.features.map((f) => f.properties.width);
    expect(net.arcs.features.find((f) => f.properties.id === 'v:500000|v:510000')!.properties.width).toBe(Math.max(...widths));
    // Built once per index: the map and the panels share it.
    expect(networkOverlay(index, book)).toBe(net);
    expect(agreementOverlay({ ...base, mapMode: 'network', selection: { type: 'district', code: '500111' } }).network).toBe(false);
    const c = agreementOverlay({ ...base, mapMode: 'choropleth', selection: { type: 'none' } });
    expect(c.classes!.size).toBe(221);
    expect(c.classes!.get('500111')).toBe(2);
    expect(c.arcs.features).toHaveLength(0);
  });

  it('draws at most the busiest NETWORK_MAX_ARCS links of a large network, and counts them all', () => {
    const many = indexAgreements(
      districts.list.slice(0, 40).flatMap((a, i) =>
        districts.list.slice(i + 1, 40).map((b) => ({ ...FIXTURE[0]!, id: `${a.code}-${b.code}`, parties: [a, b].map((d) => ({ name: d.name, code: d.code, level: 'county' as const })) })),
      ),
      districts.byCode,
    );
    const net = networkOverlay(many, book);
    expect(net.links).toBe((40 * 39) / 2);
    expect(net.arcs.features).toHaveLength(NETWORK_MAX_ARCS);
  });

  it('has every district, prefecture and province at its anchor for the places layer', () => {
    const all = allPlaces(book, districts.list, adminLabelsFile.parse(read('admin-labels.geojson')));
    const keys = all.features.map((f) => f.properties.key);
    expect(keys.filter((k) => k.startsWith('d:'))).toHaveLength(221);
    expect(keys).toEqual(expect.arrayContaining(['p:511400', 'v:500000', 'v:510000']));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('frames an agreement on its parties', () => {
    const b = agreementBounds(index, book, districts.byCode, 'dazu-meishan-tourism')!;
    const dazu = districts.byCode.get('500111')!.bbox;
    expect(b[2]).toBeGreaterThanOrEqual(dazu[2]);
    expect(b[0]).toBeLessThan(104);
  });
});
