import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE } from '../../agreements/fixture';
import { indexAgreements } from '../../data/agreements';
import { indexDistricts } from '../../data/districts';
import type { MapData } from '../../data/map-data';
import { adminLabelsFile, districtsFile } from '../../data/schemas';
import { indexTransport } from '../../data/transport';
import { en, zh } from '../../i18n/strings';
import { DEFAULT_LINK_STATE } from '../../state/view-types';
import { linkFields, useViewStore } from '../../state/view-store';
import { pngInput } from './png-input';

const read = (f: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../../geodata', f), 'utf8'));
const districts = indexDistricts(districtsFile.parse(read('districts.geojson')));
const agreements = indexAgreements(FIXTURE, districts.byCode);
const data = { districts, adminLabels: adminLabelsFile.parse(read('admin-labels.geojson')), transport: indexTransport([]), agreements, articles: [], articleMeta: new Map() } as unknown as MapData;

afterEach(() => useViewStore.getState().applyLink({ ...linkFields(useViewStore.getState()), ...DEFAULT_LINK_STATE }));

describe('pngInput', () => {
  it('names a new area counted at its main district in the interface language: in English by its sourced English name', () => {
    const view = useViewStore.getState();
    view.applyLink({ ...linkFields(view), mapMode: 'choropleth', lang: 'en' });
    expect(pngInput(data, agreements, en, new Date(0)).newAreas).toContainEqual({ area: 'Liangjiang New Area', main: 'Yubei District' });
    view.applyLink({ ...linkFields(view), mapMode: 'choropleth', lang: 'zh' });
    expect(pngInput(data, agreements, zh, new Date(0)).newAreas).toContainEqual({ area: '两江新区', main: '渝北区' });
  });

  it('names an open new area and its partners as the image\'s selection', () => {
    const view = useViewStore.getState();
    view.applyLink({ ...linkFields(view), selection: { type: 'new-area', id: 'liangjiang' }, lang: 'en' });
    expect(pngInput(data, agreements, en, new Date(0)).selection).toBe(en.pngSelectedDistrict('Liangjiang New Area', 1));
  });
});
