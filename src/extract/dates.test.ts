import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const values = (text: string, pub: string | null) => findDates(text, pub).map((d) => d.value);

describe('findDates', () => {
  it('resolves full, bare and relative dates against the publication date', () => {
    expect(values('2020年1月3日，中央财经委员会会议', '2021-01')).toEqual(['2020-01-03']);
    expect(values('5月27日，四川省党政代表团来渝', '2021-05-28')).toEqual(['2021-05-27']);
    expect(values('去年12月，签订了协议', '2020-05-03')).toEqual(['2019-12']);
    expect(values('今年初两地签署', '2021-05-28')).toEqual(['2021-01']);
    expect(values('今年6月，两地商务部门签署', '2020-12-15')).toEqual(['2020-06']);
  });

  it('puts a bare month later than the publication month in the year before', () => {
    expect(values('12月14日召开', '2021-01')).toEqual(['2020-12-14']);
  });

  it('reads a day alone as the publication month, or the month before when the day is later', () => {
    expect(values('联席会31日在重庆召开', '2023-09-01')).toEqual(['2023-08-31']);
    expect(values('联席会1日在重庆召开', '2023-09-02')).toEqual(['2023-09-01']);
  });

  it('leaves relative dates unresolved without a publication date, and skips impossible ones', () => {
    expect(values('去年12月', null)).toEqual([]);
    expect(values('13月40日', '2020-05-03')).toEqual([]);
    expect(values('2.4万亿元，10个项目', '2020-05-03')).toEqual([]);
  });
});
