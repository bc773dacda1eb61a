/** Names for the context layers that the source packages give only in one language. */

/** Natural Earth (world-atlas) country → Chinese name; the build fails on a country missing here. */
export const COUNTRY_ZH: Readonly<Record<string, string>> = {
  Vietnam: '越南',
  Thailand: '泰国',
  Singapore: '新加坡',
  Philippines: '菲律宾',
  Nepal: '尼泊尔',
  Malaysia: '马来西亚',
  Laos: '老挝',
  Indonesia: '印度尼西亚',
  India: '印度',
  Cambodia: '柬埔寨',
  Myanmar: '缅甸',
  Brunei: '文莱',
  Bhutan: '不丹',
  Bangladesh: '孟加拉国',
  Japan: '日本',
};

/** Countries drawn by the Chinese province layer instead (echarts china.json covers them). */
export const COVERED_BY_PROVINCES = new Set(['156', '158', '344', '446']);

/** English names of province-level units where the official form is not plain pinyin. */
export const PROVINCE_EN: Readonly<Record<string, string>> = {
  陕西: 'Shaanxi',
  内蒙古: 'Inner Mongolia',
  西藏: 'Xizang',
  香港: 'Hong Kong',
  澳门: 'Macao',
  台湾: 'Taiwan',
};
