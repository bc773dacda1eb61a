import { describe, expect, it } from 'vitest';
import { indexAgreements } from '../data/agreements';
import { FIXTURE, FIXTURE_DISTRICTS } from '../agreements/fixture';
import { agreementRow } from '../table/agreement-rows';
import { zh } from '../i18n/strings';
import { agreementsCsv, BOM, csvField, CSV_COLUMNS, type CsvWords } from './csv';
import { agreementsGeoJson } from './geojson';
import { exportFileName } from './file-name';
import { metresPerPixel, scaleBar } from './scale-bar';
import type { PlaceBook } from '../agreements/places';
import type { DistrictIndex } from '../data/districts';

const WORDS: CsvWords = {
  kinds: zh.kinds,
  domains: zh.domains,
  join: '、',
  article: (file) => (file === FIXTURE[0]!.article ? { title: '川渝合作的一篇报道', newspaper: '重庆日报', date: '2020-04-20' } : undefined),
};

describe('CSV export', () => {
  it('starts with a BOM and a header, one CRLF line per row, in the order given', () => {
    const rows = FIXTURE.map((a) => agreementRow(a, new Map()));
    const csv = agreementsCsv(rows, WORDS);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('id,date,first_reported,kind,kind_label,domains,domain_labels,title_zh,title_en,parties,article,article_title,newspaper,article_date,quote,confidence');
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(rows.map((r) => r.id));
    expect(lines.at(-1)).toBe('');
  });

  it('names the kind and fields in the interface language and the article as it is cited, beside the codes and the file', () => {
    const a = FIXTURE[0]!;
    const cells = agreementsCsv([agreementRow(a, new Map())], WORDS).split('\r\n')[1]!.split(',');
    const col = (name: string) => cells[CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number])];
    expect(col('kind')).toBe(a.kind);
    expect(col('kind_label')).toBe(zh.kinds[a.kind]);
    expect(col('domain_labels')).toBe(a.domains.map((d) => zh.domains[d]).join('、'));
    expect([col('article'), col('article_title'), col('newspaper'), col('article_date')]).toEqual([a.article, '川渝合作的一篇报道', '重庆日报', '2020-04-20']);
    // An article the atlas has no record of keeps its file name and leaves the rest empty, never guessed.
    const other = agreementsCsv([agreementRow({ ...a, article: 'unknown.txt' }, new Map())], WORDS).split('\r\n')[1]!.split(',');
    expect([other[CSV_COLUMNS.indexOf('article_title')], other[CSV_COLUMNS.indexOf('newspaper')]]).toEqual(['', '']);
  });

  it('gives each row the year of its first report, the one the time slider counts an undated agreement from', () => {
    const undated = { ...FIXTURE[0]!, date: null };
    const row = agreementRow(undated, new Map([[undated.id, 2020]]));
    expect(row.first_reported).toBe(2020);
    expect(agreementsCsv([row], WORDS).split('\r\n')[1]!.split(',').slice(0, 3)).toEqual([undated.id, '', '2020']);
    expect(agreementRow(undated, new Map()).first_reported).toBeNull();
  });

  it('quotes commas, quotes and line breaks, keeps Chinese as it is, and defuses formulas', () => {
    expect(csvField('大足区、眉山市')).toBe('大足区、眉山市');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField(null)).toBe('');
    expect(csvField(0.95)).toBe('0.95');
  });
});

describe('GeoJSON export', () => {
  it('draws each agreement as lines between its parties\' anchors and gives every district its count', () => {
    const index = indexAgreements(FIXTURE.slice(0, 1), new Map(FIXTURE_DISTRICTS.map((d) => [d.code, d])));
    const book = { info: (p: { level: string; code: string }) => ({ anchor: p.code === '500111' ? [105.7, 29.7] : [103.8, 30.0] }) } as unknown as PlaceBook;
    const districts = {
      geojson: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: '500111', name: '大足区', name_en: 'Dazu' }, geometry: { type: 'Polygon', coordinates: [] } }] },
    } as unknown as DistrictIndex;
    const fc = agreementsGeoJson(index, book, districts);
    const lines = fc.features.filter((f) => f.properties!.layer === 'agreement');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.geometry).toEqual({ type: 'LineString', coordinates: [[105.7, 29.7], [103.8, 30.0]] });
    expect(lines[0]!.properties!.id).toBe('dazu-meishan-tourism');
    expect(lines[0]!.properties!.first_reported).toBeNull();
    const reported = indexAgreements(FIXTURE.slice(0, 1), new Map(FIXTURE_DISTRICTS.map((d) => [d.code, d])), () => '2021-05-01');
    expect(agreementsGeoJson(reported, book, districts).features[0]!.properties!.first_reported).toBe(2021);
    expect(fc.features.find((f) => f.properties!.layer === 'district')!.properties!.agreements).toBe(1);
  });
});

describe('export file names and the scale bar', () => {
  it('names what and when, with the years and the as-of year when set', () => {
    const when = new Date(2026, 11, 1, 9, 5);
    expect(exportFileName('agreements', 'csv', when, { years: null, asOf: null })).toBe('chengyu-agreements-20261201-0905.csv');
    expect(exportFileName('map', 'png', when, { years: [2020, 2021], asOf: 2027 })).toBe('chengyu-map-2020-2021-asof2027-20261201-0905.png');
  });

  it('picks a round distance that fits', () => {
    const m = metresPerPixel(30, 8);
    expect(m).toBeGreaterThan(250);
    expect(m).toBeLessThan(280);
    const bar = scaleBar(m, 120);
    expect(bar.label).toBe('20 km');
    expect(bar.px).toBeLessThanOrEqual(120);
    expect(bar.px).toBeGreaterThan(40);
    expect(scaleBar(1, 150).label).toBe('100 m');
  });
});
