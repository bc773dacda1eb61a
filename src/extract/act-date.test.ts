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
