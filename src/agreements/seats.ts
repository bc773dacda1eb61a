/**
 * Where a province-wide party is drawn: the district that hosts its government, not the province's
 * label point (四川's lies in 甘孜, far west, so an arc ending there read as an agreement with 甘孜).
 * Curated facts, each from a public page; the anchor is that district's own label point from
 * geodata/districts.geojson, so no coordinate is invented. Also listed in docs/data-and-sources.md.
 */
export interface Seat {
  /** GB/T 2260 code of the district hosting the government. */
  district: string;
  source: string;
}

export const PROVINCE_SEATS: Readonly<Record<string, Seat>> = {
  // 四川省人民政府 sits in 锦江区, 成都 (督院街): "四川省人民代表大会和四川省人民政府驻地".
  '510000': { district: '510104', source: 'https://zh.wikipedia.org/wiki/锦江区' },
  // 重庆市人民政府 sits in 渝中区: "中国共产党重庆市委员会、重庆市人民政府的驻地". A reported move to
  // 渝北区 could not be confirmed from a public page, so the long-standing seat is used.
  '500000': { district: '500103', source: 'https://zh.wikipedia.org/wiki/渝中区' },
};
