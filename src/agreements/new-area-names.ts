/**
 * What the atlas calls each new area and zone of `AREA_ALIASES` (src/extract/area-aliases.ts, where its
 * districts and their source are) in a link, in pinyin and in English. The English is the name a
 * public English page uses, with that page; where no such page was found, `en` is null and the
 * panels show the Chinese name (the extractor's own `en` in aliases.ts is a short form for
 * generated titles, not a sourced name). Pinyin is the Chinese name transliterated.
 */
export interface NewAreaNames {
  /** The link's id (`sel=n:<id>`): lower-case ASCII, never changed once published. */
  id: string;
  pinyin: string;
  en: string | null;
  /** The public page that uses `en`; or why there is none. */
  enSource: string;
}

const NONE = '未找到使用英文名称的公开页面：显示中文名 (no public page with an English name was found: the Chinese name is shown)';

export const NEW_AREA_NAMES: Readonly<Record<string, NewAreaNames>> = {
  两江新区: { id: 'liangjiang', pinyin: 'Liǎngjiāng Xīnqū', en: 'Liangjiang New Area', enSource: 'english.liangjiang.gov.cn/2024-03/25/c_859427.htm (Brief introduction to Liangjiang New Area)' },
  四川天府新区: { id: 'tianfu', pinyin: 'Sìchuān Tiānfǔ Xīnqū', en: 'Sichuan Tianfu New Area', enSource: 'en.wikipedia.org/wiki/Tianfu_New_Area (infobox: Sichuan Tianfu New Area); sc.gov.cn English pages say Tianfu New Area' },
  川渝高竹新区: { id: 'gaozhu', pinyin: 'Chuān-Yú Gāozhú Xīnqū', en: 'Sichuan-Chongqing Gaozhu New Area', enSource: 'ichongqing.info/2024/09/28/gaozhu-new-areas-power-battery-project-to-supply-250000-new-energy-vehicles-annually-yielding-18-billion-rmb/' },
  '西部（重庆）科学城': { id: 'science-city-chongqing', pinyin: 'Xībù (Chóngqìng) Kēxuéchéng', en: 'Western (Chongqing) Science City', enSource: 'ichongqing.info/2020/09/17/western-chongqing-science-city-conference-held-during-sce-ol/' },
  重庆高新区: { id: 'chongqing-hi-tech', pinyin: 'Chóngqìng Gāoxīnqū', en: 'Chongqing High-tech Zone', enSource: 'ichongqing.info/2020/10/14/chongqing-high-tech-zone-worlds-top-smart-industries-and-build-a-science-city/' },
  '西部（成都）科学城': { id: 'science-city-chengdu', pinyin: 'Xībù (Chéngdū) Kēxuéchéng', en: 'Western China (Chengdu) Science City', enSource: 'britchamswchina.org/2021/08/11/latest-news-southwest-china/ (British Chamber of Commerce Southwest China: "Western China (Chengdu) Science City and Tianfu Laboratory were officially unveiled")' },
  成都高新区: { id: 'chengdu-hi-tech', pinyin: 'Chéngdū Gāoxīnqū', en: 'Chengdu Hi-tech Zone', enSource: 'english.chengdu.gov.cn/english/_300491/_300653/_301146/index.html (Gaoxin District: Chengdu Hi-tech Zone)' },
  成都经开区: { id: 'chengdu-etdz', pinyin: 'Chéngdū Jīngkāiqū', en: 'Chengdu Economic & Technological Development Zone', enSource: 'chengdu.gov.cn/english/business/2016-01/12/content_6316526e0cc047dbb17bc35928feb952.shtml (Chengdu government English site)' },
  万盛经开区: { id: 'wansheng-etdz', pinyin: 'Wànshèng Jīngkāiqū', en: null, enSource: NONE },
  重庆经开区: { id: 'chongqing-etdz', pinyin: 'Chóngqìng Jīngkāiqū', en: 'Chongqing Economic and Technological Development Zone', enSource: 'en.investincq.com/index.php?c=content&a=show&id=193 (Invest in Chongqing: "Chongqing Economic and Technological Development Zone was established in 1993")' },
  成都东部新区: { id: 'chengdu-east', pinyin: 'Chéngdū Dōngbù Xīnqū', en: 'Chengdu Eastern New Area', enSource: 'leadprwire.com/eastern-area-unveils-a-new-chapter-in-chengdu/' },
  德阳经开区: { id: 'deyang-etdz', pinyin: 'Déyáng Jīngkāiqū', en: null, enSource: NONE },
  资阳高新区: { id: 'ziyang-hi-tech', pinyin: 'Zīyáng Gāoxīnqū', en: null, enSource: NONE },
  重庆空港工业园区: { id: 'konggang-park', pinyin: 'Chóngqìng Kōnggǎng Gōngyè Yuánqū', en: null, enSource: NONE },
  港城工业园区: { id: 'gangcheng-park', pinyin: 'Gǎngchéng Gōngyè Yuánqū', en: null, enSource: NONE },
  宜宾临港经开区: { id: 'yibin-lingang', pinyin: 'Yíbīn Língǎng Jīngkāiqū', en: null, enSource: NONE },
  宜宾三江新区: { id: 'yibin-sanjiang', pinyin: 'Yíbīn Sānjiāng Xīnqū', en: 'Yibin Sanjiang New Area', enSource: 'reportify.ai/news/1176327140719857664 (China News Service, 2025-10-16: Yibin Sanjiang New Area)' },
};
