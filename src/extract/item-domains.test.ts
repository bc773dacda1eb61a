import { describe, expect, it } from 'vitest';
import { extractorFor } from './test-gazetteer';

// The fields of one item of a list are its own name's, not its neighbours' (sentences written for the test).
const run = extractorFor('fields.txt', '2022-06-01');

describe('the fields of a list item', () => {
  it('come from the item’s own name, not from the other items the sentence lists', () => {
    const got = run('7月2日，荣昌区与隆昌市共同组建汽车、文旅、生物医药等三大产业联盟。');
    expect(got.map((a) => [a.title_zh.replace(/^.*：/u, ''), a.domains])).toEqual([
      ['汽车产业联盟', ['industry']],
      ['文旅产业联盟', ['industry', 'tourism-culture']],
      ['生物医药产业联盟', ['health', 'industry']],
    ]);
    // The English title says the item's own fields.
    expect(got[0]!.title_en).toMatch(/alliance on industry$/u);
  });
  it('come from the sentence when the item’s name gives none', () => {
    // (A guard: the sentence's field still reaches items whose names say none.)
    const got = run('7月2日，荣昌区与隆昌市在医疗卫生领域建立了联合会商、信息通报等机制。');
    expect(got).toHaveLength(2);
    for (const a of got) expect(a.domains).toEqual(['health']);
  });
});
