import { describe, expect, it } from 'vitest';
import { indexAgreements } from '../data/agreements';
import { FIXTURE, FIXTURE_DISTRICTS } from '../agreements/fixture';
import { en, zh } from '../i18n/strings';
import { agreementsCsv, BOM, csvField, DISTRICT_COLUMNS, districtsCsv } from './csv';
import { EXPORT_COLUMNS, exportRow, type ExportWords } from './export-row';
import { agreementsGeoJson } from './geojson';
import { exportFileName } from './file-name';
import { metresPerPixel, scaleBar } from './scale-bar';
import type { PlaceBook } from '../agreements/places';
import type { DistrictIndex } from '../data/districts';
import type { Agreement } from '../data/agreement-schema';
import { countsByDistrict, networkLinks } from '../agreements/selectors';

const words = (lang: 'zh' | 'en'): ExportWords => ({
  lang,
  t: lang === 'zh' ? zh : en,
  article: (file) => (file === FIXTURE[0]!.article ? { title: '川渝合作的一篇报道', newspaper: '重庆日报', date: '2020-04-20' } : undefined),
});
const NAMES: Record<string, [string, string]> = { '500111': ['大足区', 'Dazu'], '511400': ['眉山市', 'Meishan'], '500153': ['荣昌区', 'Rongchang'], '510521': ['泸县', 'Luxian'] };
const book = {
  info: (p: { level: string; code: string }) => {
    const n = NAMES[p.code];
    return n ? { name: n[0], nameEn: n[1], anchor: p.code === '500111' ? [105.7, 29.7] : [103.8, 30.0], districts: [p.code] } : null;
  },
} as unknown as PlaceBook;
const indexOf = (list: Agreement[], reported?: () => string) => indexAgreements(list, new Map(FIXTURE_DISTRICTS.map((d) => [d.code, d])), reported);
const rowOf = (a: Agreement, lang: 'zh' | 'en' = 'zh') => exportRow(a, indexOf([a]), book, words(lang));
const about = { lang: 'zh' as const, about: zh.geojsonAbout, basis: 'own' as const };
const cellsOf = (csv: string) => csv.split('\r\n')[1]!.split(',');
const col = (cells: string[], name: (typeof EXPORT_COLUMNS)[number]) => cells[EXPORT_COLUMNS.indexOf(name)];

describe('CSV export', () => {
  it('starts with a BOM and a header, one CRLF line per row, in the order given', () => {
    const rows = FIXTURE.map((a) => rowOf(a));
    const csv = agreementsCsv(rows);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(EXPORT_COLUMNS.join(','));
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(rows.map((r) => r.id));
    expect(lines.at(-1)).toBe('');
  });

  it('names the kind and fields in the interface language and the article as it is cited, beside the codes and the file', () => {
    const a = FIXTURE[0]!;
    const cells = cellsOf(agreementsCsv([rowOf(a)]));
    expect(col(cells, 'kind')).toBe(a.kind);
    expect(col(cells, 'kind_label')).toBe(zh.kinds[a.kind]);
    expect(col(cells, 'domain_labels')).toBe(a.domains.map((d) => zh.domains[d]).join(';'));
    expect([col(cells, 'article'), col(cells, 'article_title'), col(cells, 'newspaper'), col(cells, 'article_date')]).toEqual([a.article, '川渝合作的一篇报道', '重庆日报', '2020-04-20']);
    // An article the atlas has no record of keeps its file name and leaves the rest empty, never guessed.
    const other = cellsOf(agreementsCsv([rowOf({ ...a, article: 'unknown.txt' })]));
    expect([col(other, 'article_title'), col(other, 'newspaper')]).toEqual(['', '']);
  });

  it('says how many articles report an agreement, and which, the quoted one first', () => {
    const a = FIXTURE[0]!;
    const once = cellsOf(agreementsCsv([rowOf(a)]));
    expect([col(once, 'reported_in'), col(once, 'articles'), col(once, 'article_titles')]).toEqual(['1', a.article, '川渝合作的一篇报道']);
    const local = 'local-0123456789ab';
    const twice = { ...a, sources: [{ article: a.article, span: a.span, quote: a.quote }, { article: local, span: { start: 0, end: 4 }, quote: '签署协议' }] };
    const cells = cellsOf(agreementsCsv([rowOf(twice)]));
    expect([col(cells, 'reported_in'), col(cells, 'articles'), col(cells, 'article_titles')]).toEqual(['2', `${a.article};${local}`, '川渝合作的一篇报道;']);
  });

  it("writes the quote as the cards show it, without the newspaper's print line breaks", () => {
    const a = FIXTURE[0]!;
    expect(a.quote).toContain('\n');
    const row = rowOf(a);
    expect(row.quote).toBe('4月17日，大足与四川眉山签署协议，约定在文旅融合领域开展合作。');
    expect(agreementsCsv([row])).not.toContain('\n协议');
  });

  it('gives each party its code, level and province, in party order, so the rows join to other data', () => {
    const cells = cellsOf(agreementsCsv([rowOf(FIXTURE[0]!)]));
    expect(col(cells, 'parties')).toBe('大足区;眉山市');
    expect(col(cells, 'parties_zh')).toBe('大足;眉山');
    expect(col(cells, 'party_codes')).toBe('500111;511400');
    expect(col(cells, 'party_levels')).toBe('county;prefecture');
    expect(col(cells, 'party_provinces')).toBe('500000;510000');
    // A party without a code keeps its place in every list, empty, and is named as not drawn.
    const unknown = rowOf({ ...FIXTURE[0]!, parties: [FIXTURE[0]!.parties[0]!, { name: '某协会', code: null, level: 'organisation' }] });
    expect([unknown.party_codes, unknown.party_provinces, unknown.unplaced]).toEqual(['500111;', '500000;', '某协会']);
  });

  it('names the parties in English where the atlas has an English name, and a body by its Chinese name', () => {
    expect(rowOf(FIXTURE[0]!, 'en').parties).toBe('Dazu;Meishan');
    const body = FIXTURE.find((a) => a.id === 'overseas-chinese-federations')!;
    expect(rowOf(body, 'en').parties).toBe('市侨联;四川省侨联');
  });

  it('says why the extractor is unsure, as codes and in the interface language', () => {
    const a = { ...FIXTURE[0]!, reasons: ['future', 'no-date'] as Agreement['reasons'] };
    expect(rowOf(a).reasons).toBe('future;no-date');
    expect(rowOf(a).reason_labels).toBe(`${zh.reasons.future}；${zh.reasons['no-date']}`);
    expect(rowOf(a, 'en').reason_labels).toBe(`${en.reasons.future}; ${en.reasons['no-date']}`);
    expect(rowOf(FIXTURE[0]!).reasons).toBe('');
  });

  it('gives each row the year of its first report, the one the time slider counts an undated agreement from', () => {
    const undated = { ...FIXTURE[0]!, date: null };
    const row = exportRow(undated, indexOf([undated], () => '2020-05-01'), book, words('zh'));
    expect(row.first_reported).toBe(2020);
    expect(cellsOf(agreementsCsv([row])).slice(0, 3)).toEqual([undated.id, '', '2020']);
    expect(rowOf(undated).first_reported).toBeNull();
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

describe('district CSV', () => {
  it('writes the district table as shown: one row per district, its count under the basis named, the lines crossing it', () => {
    const rows = [
      { code: '500111', name: '大足区', nameEn: 'Dazu', agreements: 4, lines: ['l1', 'l2'] },
      { code: '510521', name: '泸县', nameEn: 'Luxian', agreements: 0, lines: [] },
    ];
    const text = districtsCsv(rows, { basis: 'all', basisLabel: zh.countBasisAll, lineName: (id) => ({ l1: '成渝高铁', l2: '渝昆高铁' })[id] ?? id, separator: '、' });
    expect(text.startsWith(BOM)).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(DISTRICT_COLUMNS.join(','));
    expect(lines[1]).toBe(`500111,大足区,Dazu,4,all,${zh.countBasisAll},l1;l2,成渝高铁、渝昆高铁`);
    expect(lines[2]).toBe(`510521,泸县,Luxian,0,all,${zh.countBasisAll},,`);
  });
});

describe('GeoJSON export', () => {
  const districts = {
    geojson: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: '500111', name: '大足区', name_en: 'Dazu' }, geometry: { type: 'Polygon', coordinates: [] } }] },
    list: FIXTURE_DISTRICTS.filter((d) => d.code === '500111'),
  } as unknown as DistrictIndex;

  it("draws each agreement as lines between its parties' anchors, with the CSV row's fields, and gives every district its count", () => {
    const index = indexOf(FIXTURE.slice(0, 1));
    const row = (a: Agreement) => exportRow(a, index, book, words('zh'));
    const fc = agreementsGeoJson(index, book, districts, row, about);
    const lines = fc.features.filter((f) => f.properties!.layer === 'agreement');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.geometry).toEqual({ type: 'LineString', coordinates: [[105.7, 29.7], [103.8, 30.0]] });
    // The same fields as the CSV, the article as it is cited among them.
    expect(lines[0]!.properties).toEqual({ layer: 'agreement', ...row(FIXTURE[0]!), from_party: '大足', from_codes: '500111', to_party: '眉山', to_codes: '511400', pair: 'd:500111|p:511400', pair_agreements: 1 });
    for (const k of ['article_title', 'newspaper', 'article_date', 'party_codes', 'reason_labels'] as const) expect(lines[0]!.properties).toHaveProperty(k);
    expect(lines[0]!.properties!.article_title).toBe('川渝合作的一篇报道');
    expect(lines[0]!.properties!.first_reported).toBeNull();
    const reported = indexOf(FIXTURE.slice(0, 1), () => '2021-05-01');
    expect(agreementsGeoJson(reported, book, districts, (a) => exportRow(a, reported, book, words('zh')), about).features[0]!.properties!.first_reported).toBe(2021);
    expect(fc.features.find((f) => f.properties!.layer === 'district')!.properties).toMatchObject({ agreements: 1, count_basis: 'own' });
  });

  it("counts each district as the count map does, under the basis chosen (with its prefecture's and province's agreements)", () => {
    const index = indexOf(FIXTURE);
    const row = (a: Agreement) => exportRow(a, index, book, words('zh'));
    const district = (basis: 'own' | 'all') => agreementsGeoJson(index, book, districts, row, { ...about, basis }).features.find((f) => f.properties!.layer === 'district')!.properties;
    expect(district('own')).toMatchObject({ agreements: countsByDistrict(index, districts.list, 'own').get('500111'), count_basis: 'own' });
    expect(district('all')).toMatchObject({ agreements: countsByDistrict(index, districts.list, 'all').get('500111'), count_basis: 'all' });
    expect(district('all')!.agreements).toBeGreaterThan(district('own')!.agreements as number);
  });

  it("gives each line its pair's count of shown agreements, the network's own, and the network's pairs one line each", () => {
    // Two agreements join 大足 and 眉山, one 大足 and 荣昌 (and the network counts each once per agreement).
    const second = { ...FIXTURE[0]!, id: 'dazu-meishan-second' };
    const list = [FIXTURE[0]!, second, FIXTURE[1]!];
    const index = indexOf(list);
    const fc = agreementsGeoJson(index, book, districts, (a) => exportRow(a, index, book, words('en')), { lang: 'en', about: en.geojsonAbout, basis: 'own' });
    const lines = fc.features.filter((f) => f.properties!.layer === 'agreement');
    const count = (id: string, pair: string) => lines.find((f) => f.properties!.id === id && f.properties!.pair === pair)?.properties!.pair_agreements;
    expect(count(second.id, 'd:500111|p:511400')).toBe(2);
    expect(count(FIXTURE[1]!.id, 'd:500111|d:500153')).toBe(1);
    for (const f of lines) expect(f.properties!.pair_agreements).toBe(networkLinks(index).find((l) => `${l.a}|${l.b}` === f.properties!.pair)!.count);
    const pairs = fc.features.filter((f) => f.properties!.layer === 'pair');
    expect(pairs[0]!.properties).toEqual({
      layer: 'pair', pair: 'd:500111|p:511400', agreements: 2, network_drawn: true,
      from_name: 'Dazu', from_level: 'district', from_code: '500111', to_name: 'Meishan', to_level: 'prefecture', to_code: '511400',
    });
    expect(pairs[0]!.geometry).toEqual({ type: 'LineString', coordinates: [[105.7, 29.7], [103.8, 30.0]] });
    // Every pair the network counts (all placed here), busiest first.
    expect(pairs.map((f) => [f.properties!.pair, f.properties!.agreements])).toEqual(networkLinks(index).map((l) => [`${l.a}|${l.b}`, l.count]));
    expect(fc.about).toBe(en.geojsonAbout);
    expect(en.geojsonAbout).toContain('pair_agreements');
    expect(zh.geojsonAbout).toContain('pair_agreements');
  });

  it('keeps an agreement with nothing to draw as a feature without geometry, so it lists what the CSV lists', () => {
    const lone = { ...FIXTURE[0]!, parties: [FIXTURE[0]!.parties[0]!, { name: '某协会', code: null, level: 'organisation' as const }] };
    const index = indexOf([lone]);
    const fc = agreementsGeoJson(index, book, districts, (a) => exportRow(a, index, book, words('zh')), about);
    const own = fc.features.filter((f) => f.properties!.layer === 'agreement');
    expect(own.map((f) => [f.id, f.geometry])).toEqual([[lone.id, null]]);
    expect(own[0]!.properties!.unplaced).toBe('某协会');
  });

  it('draws one line per pair of parties, a new area at its main district, with its districts as a property', () => {
    const ga = FIXTURE.find((a) => a.id === 'liangjiang-tianfu-gateway')!;
    const index = indexOf([ga]);
    // Every place has an anchor here: the old export drew 3 × 2 = 6 lines for this one agreement.
    const anyBook = { info: (p: { code: string }) => ({ name: p.code, nameEn: p.code, anchor: [Number(p.code) / 1e4, 30], districts: [p.code] }) } as unknown as PlaceBook;
    const fc = agreementsGeoJson(index, anyBook, districts, (a) => exportRow(a, index, anyBook, words('zh')), about);
    const lines = fc.features.filter((f) => f.properties!.layer === 'agreement');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.properties).toMatchObject({ from_party: '两江新区', from_codes: '500112;500105;500109', to_party: '天府新区', to_codes: '510116;511421' });
  });
});

describe('export file names and the scale bar', () => {
  it('names what, the active filters briefly, and when', () => {
    const when = new Date(2026, 11, 1, 9, 5);
    expect(exportFileName('agreements', 'csv', when, [])).toBe('chengyu-agreements-20261201-0905.csv');
    expect(
      exportFileName('map', 'png', when, [
        { key: 'domain', value: 'tourism-culture' },
        { key: 'years', value: [2020, 2021], undatedByReport: false },
        { key: 'partner', value: '510000' },
        { key: 'asOf', value: 2027 },
      ]),
    ).toBe('chengyu-map-tourism-culture-2020-2021-with-sichuan-asof2027-20261201-0905.png');
    // Undated agreements counted by their first report make another view, and another name.
    expect(exportFileName('agreements', 'csv', when, [{ key: 'years', value: [2021, 2022], undatedByReport: true }])).toBe('chengyu-agreements-2021-2022-incl-undated-20261201-0905.csv');
    const fields = (['industry', 'transport', 'ecology'] as const).map((value) => ({ key: 'domain' as const, value }));
    expect(exportFileName('agreements', 'csv', when, [...fields, { key: 'kind', value: 'fund' }, { key: 'confidence', value: 0.8 }])).toBe('chengyu-agreements-3fields-fund-conf80-20261201-0905.csv');
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
