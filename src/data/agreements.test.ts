import { describe, expect, it } from 'vitest';
import { placesOf } from './agreements';

const districts = new Map([['500118', { code: '500118' }], ['500112', { code: '500112' }], ['500105', { code: '500105' }]]);

describe('placesOf', () => {
  it('places a body where it belongs: its province, its district or its city', () => {
    expect(placesOf({ name: '重庆市交通局', code: '500000', level: 'organisation' }, districts)).toEqual([{ level: 'province', code: '500000' }]);
    expect(placesOf({ name: '永川区公安局', code: '500118', level: 'organisation' }, districts)).toEqual([{ level: 'district', code: '500118' }]);
    expect(placesOf({ name: '四川大学', code: '510100', level: 'organisation' }, districts)).toEqual([{ level: 'prefecture', code: '510100' }]);
    expect(placesOf({ name: '某公司', code: null, level: 'organisation' }, districts)).toEqual([]);
  });

  it('places a new area on every district it lies in, its main district first', () => {
    expect(placesOf({ name: '两江新区', code: '500112', level: 'new-area', codes: ['500112', '500105'] }, districts)).toEqual([
      { level: 'district', code: '500112' },
      { level: 'district', code: '500105' },
    ]);
  });
});

describe('indexAgreements', () => {
  it('holds an agreement reported by several articles in each, at that article’s sentence', async () => {
    const { indexAgreements } = await import('./agreements');
    const a = {
      id: 'x', article: 'a.txt', span: { start: 0, end: 2 }, quote: '甲乙', title_zh: 't', title_en: 't', kind: 'agreement' as const, date: null,
      parties: [{ name: '永川', code: '500118', level: 'county' as const }], domains: [], confidence: 0.9,
      sources: [{ article: 'a.txt', span: { start: 0, end: 2 }, quote: '甲乙' }, { article: 'b.txt', span: { start: 5, end: 8 }, quote: '丙丁戊' }],
    };
    const index = indexAgreements([a], districts);
    expect(index.list).toHaveLength(1);
    expect(index.byArticle.get('a.txt')![0]).toBe(a);
    expect(index.byArticle.get('b.txt')![0]).toMatchObject({ id: 'x', article: 'b.txt', span: { start: 5, end: 8 }, quote: '丙丁戊' });
    expect(index.byDistrict.get('500118')).toEqual([a]);
  });
});

describe('the order of agreements', () => {
  it('puts an undated agreement where the year it was first reported puts it (after that year’s dated ones), one never reported with a date last', async () => {
    const { indexAgreements } = await import('./agreements');
    const base = {
      span: { start: 0, end: 2 }, quote: '甲乙', title_zh: 't', title_en: 't', kind: 'agreement' as const,
      parties: [{ name: '永川', code: '500118', level: 'county' as const }], domains: [], confidence: 0.9,
    };
    const list = [
      { ...base, id: 'old', article: 'a.txt', date: '2019-03-01' },
      { ...base, id: 'undated-no-report', article: 'c.txt', date: null },
      { ...base, id: 'undated-2022', article: 'new.txt', date: null },
      { ...base, id: 'may-2022', article: 'a.txt', date: '2022-05-01' },
      { ...base, id: 'new', article: 'a.txt', date: '2023-01-01' },
    ];
    const dates = new Map([['new.txt', '2022-05-20'], ['a.txt', '2023-02-01']]);
    const index = indexAgreements(list, districts, (f) => dates.get(f) ?? null);
    expect(index.list.map((a) => a.id)).toEqual(['new', 'may-2022', 'undated-2022', 'old', 'undated-no-report']);
    expect(index.byDistrict.get('500118')!.map((a) => a.id)).toEqual(['new', 'may-2022', 'undated-2022', 'old', 'undated-no-report']);
  });
});
