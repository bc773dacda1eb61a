import { describe, expect, it } from 'vitest';
import { extractAgreements } from './agreements';
import { testGazetteer } from './test-gazetteer';

const gaz = testGazetteer();
const datesOf = (text: string, date: string) => extractAgreements({ file: 'd.txt', text, date }, gaz).map((a) => a.date);

describe('the date of an act', () => {
  it('is not a year that names what a phrase is about (总结2023年成效, 2024年合作协议)', () => {
    expect(datesOf('2月26日，荣昌区与内江市召开推进会，总结2023年合作成效，签署了2024年文旅合作协议。', '2024-03-06')).toEqual(['2024-02-26']);
  });
  it('is a year that stands as the time of a clause', () => {
    expect(datesOf('2020年5月，荣昌区与内江市签署文旅合作协议。2021年，大足区与资阳市签署农业合作协议。', '2024-03-06')).toEqual(['2020-05', '2021']);
    expect(datesOf('2020年5月，荣昌区与内江市签署文旅合作协议。大足区与资阳市2021年签署农业合作协议。', '2024-03-06')).toEqual(['2020-05', '2021']);
  });
});

const dated = (text: string, date: string) => extractAgreements({ file: 'd.txt', text, date }, gaz).map((a) => ({ title: a.title_zh, date: a.date, nearby: a.reasons?.includes('nearby-date') ?? false }));

describe('a date from outside the act’s own sentence or clause', () => {
  it('is marked as from a neighbouring sentence when the paragraph’s earlier sentence gave it', () => {
    const got = dated('3月8日，荣昌区举行招商推介会。会后，荣昌区与内江市签署文旅合作协议。', '2024-03-10');
    expect(got).toEqual([expect.objectContaining({ date: '2024-03-08', nearby: true })]);
  });
  it('is marked when it lies across a paragraph break a sentence with no end mark runs over', () => {
    // (A caption line with its date, then a paragraph of its own that the segmenter joins to it.)
    const got = dated('2024年3月8日，荣昌区政务大厅开设便民窗口\n\n有关人士认为，大足区与资阳市互派干部挂职交流，有利于两地融合。', '2024-03-10');
    const exchange = got.find((g) => g.title?.includes('互派干部'));
    expect(exchange).toBeDefined();
    expect(exchange!.date === null || exchange!.nearby).toBe(true);
  });
  it('is marked when it comes after the act, in another clause', () => {
    const got = dated('荣昌区与内江市签署文旅合作协议，首批线路于2024年5月开通。', '2024-06-10');
    expect(got).toEqual([expect.objectContaining({ date: '2024-05', nearby: true })]);
  });
  it('is not marked when the act’s own sentence gives it', () => {
    expect(dated('3月8日，荣昌区与内江市签署文旅合作协议。', '2024-03-10')).toEqual([expect.objectContaining({ date: '2024-03-08', nearby: false })]);
    expect(dated('荣昌区与内江市于2024年3月8日签署文旅合作协议。', '2024-03-10')).toEqual([expect.objectContaining({ date: '2024-03-08', nearby: false })]);
  });
});

describe('one agreement told twice', () => {
  it('keeps the date its own sentence gives over one taken from a neighbouring sentence', () => {
    const text = '3月8日，荣昌区召开招商推介会。会后，荣昌区与内江市签署文旅合作协议。\n\n荣昌区与内江市于2024年3月6日签署文旅合作协议，约定共推线路。';
    expect(dated(text, '2024-03-10')).toEqual([expect.objectContaining({ date: '2024-03-06', nearby: false })]);
  });
  it('keeps the mark when the date it keeps is the neighbouring sentence’s', () => {
    const text = '3月8日，荣昌区召开招商推介会。会后，荣昌区与内江市签署文旅合作协议。\n\n荣昌区与内江市签署的文旅合作协议，约定共推线路。';
    expect(dated(text, '2024-03-10')).toEqual([expect.objectContaining({ date: '2024-03-08', nearby: true })]);
  });
});
