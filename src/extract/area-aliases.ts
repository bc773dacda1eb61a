import type { PartyLevel } from '../data/agreement-vocab';

/**
 * Places and bodies that are not county-level districts but stand as parties in the articles. Each
 * maps to codes in `geodata/districts.geojson` (a new area to the districts it lies in, the first
 * being the one its administration sits in) or to its province. Where a unit spans only parts of
 * its districts, the districts are listed whole: the map shows districts, not towns.
 */
export interface AreaAlias {
  names: string[];
  zh: string;
  en: string;
  level: Extract<PartyLevel, 'new-area' | 'organisation'>;
  codes: string[];
  /** Where the composition is stated. */
  source: string;
}

export const AREA_ALIASES: AreaAlias[] = [
  { names: ['两江新区', '重庆两江新区', '重庆市两江新区', '两江'], zh: '两江新区', en: 'Liangjiang New Area', level: 'new-area', codes: ['500112', '500105', '500109'], source: '国务院关于同意设立重庆两江新区的批复（国函〔2010〕36号）：江北区、渝北区、北碚区的部分区域；管委会在渝北区' },
  { names: ['天府新区', '四川天府新区', '成都天府新区', '成都市天府新区', '四川省天府新区', '天府新区成都管委会', '四川天府新区成都管委会', '天府新区成都直管区'], zh: '四川天府新区', en: 'Tianfu New Area', level: 'new-area', codes: ['510116', '510112', '510118', '510185', '511403', '511421'], source: '国务院关于同意设立四川天府新区的批复（国函〔2014〕133号）：成都市双流、龙泉驿、新津、简阳和眉山市彭山、仁寿的部分区域；成都直管区在双流区' },
  { names: ['高竹新区', '川渝高竹新区'], zh: '川渝高竹新区', en: 'Gaozhu New Area', level: 'new-area', codes: ['511623', '500112'], source: '川渝高竹新区总体方案（2020）：广安市邻水县高滩、坛同等镇与重庆市渝北区茨竹、大湾等镇；文章003：“广安通过与毗邻的重庆市渝北区合作,共同建起了高竹新区”' },
  { names: ['西部(重庆)科学城', '西部（重庆）科学城', '重庆科学城', '科学城'], zh: '西部（重庆）科学城', en: 'Western (Chongqing) Science City', level: 'new-area', codes: ['500107', '500106', '500109', '500116', '500120'], source: '西部（重庆）科学城：沙坪坝、九龙坡、北碚、江津、璧山五区的部分区域；核心区即重庆高新区直管园，管委会在九龙坡区' },
  { names: ['重庆高新区', '重庆市高新区', '重庆高新技术产业开发区'], zh: '重庆高新区', en: 'Chongqing High-tech Zone', level: 'new-area', codes: ['500107', '500106'], source: '重庆高新区直管园：西部（重庆）科学城核心区，九龙坡区、沙坪坝区的部分区域；管委会在九龙坡区' },
  { names: ['西部(成都)科学城', '西部（成都）科学城', '成都科学城'], zh: '西部（成都）科学城', en: 'Western (Chengdu) Science City', level: 'new-area', codes: ['510116', '510117', '510118'], source: '西部（成都）科学城：成都高新区、天府新区及双流、郫都、新津的部分区域；核心区（成都科学城）在天府新区成都直管区，即双流区' },
  { names: ['成都高新区', '成都市高新区', '成都高新技术产业开发区', '成都市高新技术产业开发区'], zh: '成都高新区', en: 'Chengdu High-tech Zone', level: 'new-area', codes: ['510107', '510116'], source: '成都高新区：武侯区、双流区的部分区域；管委会在武侯区' },
  { names: ['成都经开区', '成都经济技术开发区'], zh: '成都经开区', en: 'Chengdu Economic and Technological Development Zone', level: 'new-area', codes: ['510112'], source: '成都经济技术开发区：龙泉驿区' },
  { names: ['万盛经开区', '万盛经济技术开发区', '重庆万盛经开区'], zh: '万盛经开区', en: 'Wansheng Economic and Technological Development Zone', level: 'new-area', codes: ['500110'], source: '万盛经济技术开发区：2011年原万盛区并入綦江区，经开区管理原万盛区域，在綦江区' },
  { names: ['重庆经开区', '重庆经济技术开发区'], zh: '重庆经开区', en: 'Chongqing Economic and Technological Development Zone', level: 'new-area', codes: ['500108'], source: '重庆经济技术开发区：南岸区' },
  { names: ['成都东部新区'], zh: '成都东部新区', en: 'Chengdu Eastern New Area', level: 'new-area', codes: ['510185'], source: '成都东部新区（2020）：简阳市部分区域为主，管委会在简阳' },
  // Parks and zones named by their city: the district they lie in, where a public page says which (others stay
  // their city's, as the name reads).
  { names: ['德阳经开区', '德阳经济技术开发区', '四川德阳经济技术开发区', '四川德阳经开区'], zh: '德阳经开区', en: 'Deyang Economic and Technological Development Zone', level: 'new-area', codes: ['510603', '510681'], source: '德阳经济技术开发区：位于德阳市区东南部；2017年起代管旌阳区工农街道、和新镇两村与广汉市金鱼镇部分村组（news.bangkaow.com/jyyw/202209/456510.html）' },
  { names: ['资阳高新区', '资阳高新技术产业开发区', '资阳高新技术产业园区'], zh: '资阳高新区', en: 'Ziyang High-tech Zone', level: 'new-area', codes: ['512002'], source: '雁江区地区生产总值“含高新区、临空经济区”：资阳高新区在雁江区（雁江区概况，zhiqingwang.shzq.org/shzq/4481796971508492307.html）' },
  { names: ['重庆空港工业园区', '空港工业园区', '渝北空港工业园区', '重庆渝北空港工业园区', '空港工业园'], zh: '重庆空港工业园区', en: 'Chongqing Konggang Industrial Park', level: 'new-area', codes: ['500112'], source: '“占地16.79平方公里的空港工业园是渝北区发展临空经济的重要载体”（jiadian.hnshkx.cn/zixun/2023/0502/1890.html）' },
  { names: ['港城工业园区', '重庆港城工业园区', '重庆市港城工业园区'], zh: '港城工业园区', en: 'Gangcheng Industrial Park', level: 'new-area', codes: ['500105'], source: '重庆市港城工业园区：市级特色工业园区，位于江北区境内（中招网，bp4871g.cn/chongqing/info/139388.html）' },
  { names: ['宜宾临港经开区', '宜宾临港经济技术开发区', '临港经开区'], zh: '宜宾临港经开区', en: 'Yibin Lingang Economic and Technological Development Zone', level: 'new-area', codes: ['511502'], source: '宜宾临港经济技术开发区：翠屏区白沙湾街道、沙坪街道、双城街道（四川日报 2020-02-20《宜宾三江新区获批》，sc.people.com.cn/n2/2020/0220/c345458-33811396.html）' },
  { names: ['宜宾三江新区', '三江新区'], zh: '宜宾三江新区', en: 'Yibin Sanjiang New Area', level: 'new-area', codes: ['511502', '511503'], source: '四川省人民政府关于同意设立宜宾三江新区的批复（2020）：临港经开区（翠屏区三街道）、翠屏区宋家镇与南溪区罗龙街道、江南镇局部（四川日报 2020-02-20，sc.people.com.cn/n2/2020/0220/c345458-33811396.html）' },
  { names: ['果园港'], zh: '果园港', en: 'Guoyuan Port', level: 'organisation', codes: ['500105'], source: '果园港：重庆两江新区江北区境内' },
  { names: ['宜宾港'], zh: '宜宾港', en: 'Yibin Port', level: 'organisation', codes: ['511500'], source: 'geodata/transport/hubs.geojson' },
  { names: ['泸州港'], zh: '泸州港', en: 'Luzhou Port', level: 'organisation', codes: ['510500'], source: 'geodata/transport/hubs.geojson' },
];
