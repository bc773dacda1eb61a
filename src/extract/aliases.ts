// The new areas, zones and ports: their own module, which the app's new-area panel reads without the rest of this table.
export { AREA_ALIASES, type AreaAlias } from './area-aliases';

/**
 * Names that stand for several places at once: each place is its own party (遂潼 is 遂宁市 and 潼南区,
 * as the labels list them). A member is a district, a prefecture or a province code; a zone set up
 * by the places together (遂潼先行区, 万达开示范区) is read as the places themselves.
 */
export interface CompoundAlias {
  names: string[];
  /** District, prefecture (ending 00) or province codes. */
  members: string[];
  source: string;
  /**
   * Places that joined after the compound was first named: a member from `from` (YYYY-MM-DD) on. An article
   * dated before reads the compound without it; one of no date reads today's membership.
   */
  joined?: { code: string; from: string; source: string }[];
}

export const COMPOUND_ALIASES: CompoundAlias[] = [
  { names: ['川渝两地', '川渝两省市', '川渝', '重庆四川两省市', '重庆四川', '四川重庆', '两省市', '渝川', '川、渝', '渝、川'], members: ['500000', '510000'], source: 'the two provinces (川、渝 opening a list of provinces by their one-character names: 川、渝、鄂…)' },
  { names: ['成渝两地', '成渝双方', '成渝'], members: ['510100', '500000'], source: '成都与重庆（成渝地区双城经济圈的两个极核）' },
  { names: ['遂潼', '遂潼两地', '遂潼先行区', '遂潼川渝毗邻地区一体化发展先行区', '遂潼一体化'], members: ['510900', '500152'], source: '遂潼川渝毗邻地区一体化发展先行区总体方案（2021）：遂宁市与重庆市潼南区' },
  { names: ['万达开', '万—达—开', '万-达-开', '万达开川渝统筹发展示范区', '万达开示范区'], members: ['500101', '511700', '500154'], source: '万达开川渝统筹发展示范区总体方案（2021）：重庆市万州区、开州区与四川省达州市' },
  { names: ['泸永江', '泸永江融合发展示范区'], members: ['510500', '500118', '500116'], source: '泸永江融合发展示范区总体方案（2022）：泸州市、永川区、江津区' },
  { names: ['内荣', '内江荣昌', '内荣现代农业高新技术产业示范区'], members: ['511000', '500153'], source: '内江荣昌现代农业高新技术产业示范区（2021）：内江市与荣昌区' },
  { names: ['资大', '资大文旅融合发展示范区'], members: ['512000', '500111'], source: '资大文旅融合发展示范区总体方案（2021）：资阳市与大足区' },
  { names: ['高竹'], members: ['511623', '500112'], source: '川渝高竹新区：广安市邻水县与重庆市渝北区' },
  { names: ['明月山', '明月山绿色发展示范带'], members: ['500155', '500231', '511703', '511724', '511723', '511623'], source: '共建明月山绿色发展示范带合作协议（2020-04-23，党政联席会议第一次会议）：梁平区、垫江县、达川区、开江县、大竹县、邻水县六区县（四川在线 2020-04-24, sc.china.com.cn/2020/toutiao_0424/368072.html）', joined: [{ code: '500115', from: '2021-11-10', source: '重庆市发展和改革委员会 四川省发展和改革委员会关于印发《明月山绿色发展示范带总体方案》的通知（渝发改合作〔2021〕1449号，2021-11-10）致梁平区、长寿区、垫江县人民政府与广安市、达州市人民政府（fzggw.cq.gov.cn/zwxx/tzgg/202111/t20211115_9973177.html）；此后报道称“川渝七区县”，如中国网 2023-12-28 第六次党政联席会' }] },
  { names: ['城宣万', '城宣万革命老区振兴发展示范区'], members: ['500229', '511722', '511781'], source: '城宣万革命老区振兴发展示范区总体方案（2021）：城口县、宣汉县、万源市' },
  { names: ['合广长', '合广长协同发展示范区'], members: ['500117', '511600', '500115'], source: '合广长协同发展示范区总体方案（2021）：合川区、广安市、长寿区' },
  { names: ['渝广', '广渝'], members: ['500000', '511600'], source: '重庆与广安（渝广合作；铁路、高速公路名另作路线处理）' },
  { names: ['万开云', '万开云同城化'], members: ['500101', '500154', '500235'], source: '万开云同城化发展：万州区、开州区、云阳县' },
  { names: ['川南'], members: ['510300', '510500', '511000', '511500'], source: '川南经济区：自贡、泸州、内江、宜宾四市' },
  { names: ['川东北'], members: ['511300', '511600', '511700', '511900', '510800'], source: '川东北经济区：南充、广安、达州、巴中、广元五市' },
  { names: ['渝西', '渝西地区'], members: ['500116', '500117', '500118', '500110', '500111', '500120', '500151', '500152', '500153'], source: '渝西地区：江津、合川、永川、綦江、大足、璧山、铜梁、潼南、荣昌九区' },
  { names: ['渝东北'], members: ['500101', '500154', '500155', '500229', '500230', '500231', '500233', '500235', '500236', '500237', '500238'], source: '渝东北三峡库区城镇群：万州、开州、梁平、城口、丰都、垫江、忠县、云阳、奉节、巫山、巫溪' },
  { names: ['渝东南'], members: ['500114', '500156', '500240', '500241', '500242', '500243'], source: '渝东南武陵山区城镇群：黔江、武隆、石柱、秀山、酉阳、彭水' },
  { names: ['成德眉资'], members: ['510100', '510600', '511400', '512000'], source: '成德眉资同城化：成都、德阳、眉山、资阳' },
];

/**
 * Route names made of places (渝广高速, 成达万高铁): masked before a word of transport, where they
 * name a line, not its places; elsewhere a compound (渝广合作) still names its places.
 */
export const ROUTE_NAMES = ['渝广', '渝遂', '成遂渝', '成达万', '渝昆', '成渝', '遂潼', '泸永', '内荣', '渝西', '川南', '万达开', '达万', '万达', '资大', '铜安', '江泸', '南潼', '大内', '开梁'];
export const ROUTE_WORDS = '(?:高速公路|高速|高铁|铁路|城际铁路|城际|支线|快速通道|快速路|公路|轨道|动车|客专|中线|北线|南线|线)';

/**
 * Bodies whose name holds no place but whose seat is a plain fact (a university's main campus, a
 * research institute's seat): coded to the district where that is sure, else to the city.
 */
export interface KnownBody {
  names: string[];
  zh: string;
  en: string;
  code: string;
  source: string;
}

export const KNOWN_BODIES: KnownBody[] = [
  { names: ['西南大学'], zh: '西南大学', en: 'Southwest University', code: '500109', source: '西南大学：重庆市北碚区天生路2号' },
  { names: ['西南政法大学'], zh: '西南政法大学', en: 'Southwest University of Political Science and Law', code: '500112', source: '西南政法大学：重庆市渝北区宝圣大道301号' },
  { names: ['重庆邮电大学'], zh: '重庆邮电大学', en: 'Chongqing University of Posts and Telecommunications', code: '500108', source: '重庆邮电大学：重庆市南岸区崇文路2号' },
  { names: ['四川大学'], zh: '四川大学', en: 'Sichuan University', code: '510100', source: '四川大学：成都市' },
  { names: ['电子科技大学'], zh: '电子科技大学', en: 'University of Electronic Science and Technology of China', code: '510100', source: '电子科技大学：成都市' },
  { names: ['西南交通大学'], zh: '西南交通大学', en: 'Southwest Jiaotong University', code: '510100', source: '西南交通大学：成都市' },
  { names: ['西南财经大学'], zh: '西南财经大学', en: 'Southwestern University of Finance and Economics', code: '510100', source: '西南财经大学：成都市' },
  { names: ['西南石油大学'], zh: '西南石油大学', en: 'Southwest Petroleum University', code: '510100', source: '西南石油大学：成都市新都区' },
  { names: ['西南科技大学'], zh: '西南科技大学', en: 'Southwest University of Science and Technology', code: '510700', source: '西南科技大学：绵阳市' },
  { names: ['西南医科大学'], zh: '西南医科大学', en: 'Southwest Medical University', code: '510500', source: '西南医科大学：泸州市' },
  // Universities whose names hold no place, or another province's name, than their seat's.
  { names: ['长江师范学院'], zh: '长江师范学院', en: 'Yangtze Normal University', code: '500102', source: '长江师范学院：重庆市涪陵区聚贤大道16号' },
  { names: ['四川外国语大学', '川外'], zh: '四川外国语大学', en: 'Sichuan International Studies University', code: '500106', source: '四川外国语大学：重庆市沙坪坝区烈士墓壮志路33号' },
  { names: ['四川美术学院', '川美'], zh: '四川美术学院', en: 'Sichuan Fine Arts Institute', code: '500106', source: '四川美术学院：重庆市沙坪坝区大学城（虎溪校区）、九龙坡区黄桷坪（老校区）' },
  { names: ['中国汽研', '中国汽车工程研究院'], zh: '中国汽车工程研究院', en: 'China Automotive Engineering Research Institute', code: '500112', source: '中国汽研：重庆两江新区（渝北区）金开大道' },
];

/** Province-wide names (both at once is a compound: see COMPOUND_ALIASES). */
export interface ProvinceAlias {
  names: string[];
  codes: ('500000' | '510000')[];
}

export const PROVINCE_ALIASES: ProvinceAlias[] = [
  // 川 and 渝 alone are everyday syllables (合川, 渝北): only their compounds name the province.
  { names: ['重庆市', '重庆', '渝方', '渝企', '渝地'], codes: ['500000'] },
  { names: ['四川省', '四川', '川方', '川企'], codes: ['510000'] },
];

/**
 * Government departments and bodies, by stem: a Chongqing body is written 市X or 重庆市X, a
 * Sichuan one 四川省X or 省X; 两地X部门 / 川渝X部门 names both at once.
 */
export interface BodyStem {
  cq: string[];
  sc: string[];
  /** The generic word after 两地/川渝/双方, e.g. 商务部门. */
  both: string[];
  zh: string;
  en: string;
}

export const BODY_STEMS: BodyStem[] = [
  { cq: ['发展改革委', '发展和改革委员会', '发改委'], sc: ['发展改革委', '发展和改革委员会', '发改委'], both: ['发改部门', '发展改革部门'], zh: '发展改革委', en: 'Development and Reform Commission' },
  { cq: ['经济信息委', '经信委', '经济和信息化委员会'], sc: ['经信厅', '经济和信息化厅', '经信部门'], both: ['经信部门'], zh: '经信部门', en: 'Economy and Information Technology Department' },
  { cq: ['财政局'], sc: ['财政厅', '财政部门'], both: ['财政部门'], zh: '财政部门', en: 'Finance Department' },
  { cq: ['大数据应用发展管理局', '大数据发展局'], sc: ['大数据中心'], both: ['大数据部门'], zh: '大数据部门', en: 'Big Data Agency' },
  { cq: ['侨联'], sc: ['侨联'], both: ['侨联'], zh: '侨联', en: 'Federation of Returned Overseas Chinese' },
  { cq: ['商务委'], sc: ['商务厅'], both: ['商务部门'], zh: '商务部门', en: 'Commerce Department' },
  { cq: ['交通局'], sc: ['交通运输厅'], both: ['交通部门'], zh: '交通部门', en: 'Transport Department' },
  { cq: ['科技局'], sc: ['科技厅'], both: ['科技部门'], zh: '科技部门', en: 'Science and Technology Department' },
  { cq: ['人力社保局', '人社局', '人力资源和社会保障局'], sc: ['人社厅', '人力资源和社会保障厅', '人力资源社会保障厅'], both: ['人社部门', '人力资源社会保障部门'], zh: '人社部门', en: 'Human Resources and Social Security Department' },
  { cq: ['教委'], sc: ['教育厅'], both: ['教育部门'], zh: '教育部门', en: 'Education Department' },
  { cq: ['政府口岸物流办', '口岸物流办'], sc: ['口岸物流办'], both: ['口岸物流部门'], zh: '口岸物流部门', en: 'Port and Logistics Office' },
  { cq: ['招商投资局'], sc: ['经济合作局'], both: ['招商部门'], zh: '招商部门', en: 'Investment Promotion Agency' },
  { cq: ['地方金融监督管理局', '金融监管局'], sc: ['地方金融监督管理局', '金融监管局'], both: ['金融监管部门', '金融管理部门'], zh: '金融管理部门', en: 'Financial Regulatory Department' },
  { cq: ['市场监管局', '市场监督管理局'], sc: ['市场监管局', '市场监督管理局'], both: ['市场监管部门'], zh: '市场监管部门', en: 'Market Regulation Department' },
  { cq: ['国资委'], sc: ['国资委'], both: ['国资系统', '国资部门'], zh: '国资委', en: 'State-owned Assets Commission' },
  { cq: ['住房城乡建委'], sc: ['住房城乡建设厅'], both: ['住房城乡建设主管部门', '住房城乡建设部门'], zh: '住房城乡建设部门', en: 'Housing and Urban-Rural Development Department' },
  { cq: ['公安局'], sc: ['公安厅'], both: ['公安部门', '公安分局'], zh: '公安部门', en: 'Public Security' },
  { cq: ['税务局'], sc: ['税务局'], both: ['税务部门'], zh: '税务部门', en: 'Tax Department' },
  { cq: ['生态环境局'], sc: ['生态环境厅'], both: ['生态环境部门'], zh: '生态环境部门', en: 'Ecology and Environment Department' },
  { cq: ['文化旅游委'], sc: ['文化和旅游厅'], both: ['文旅部门', '文化旅游部门'], zh: '文旅部门', en: 'Culture and Tourism Department' },
  { cq: ['卫生健康委'], sc: ['卫生健康委'], both: ['卫生健康部门'], zh: '卫生健康部门', en: 'Health Commission' },
  { cq: ['团市委'], sc: ['团省委'], both: ['团委'], zh: '共青团', en: 'Communist Youth League' },
  // (市人民检察院 in a city's paper is that city's: home.ts reads 市X as the outlet's own city's body. 两地检察机关
  // stays a pronoun: the pair the article names, read by act.ts.)
  { cq: ['人民检察院', '检察院'], sc: ['人民检察院', '检察院'], both: [], zh: '检察院', en: 'Procuratorate' },
  { cq: ['司法局'], sc: ['司法厅'], both: [], zh: '司法行政部门', en: 'Justice Department' },
  { cq: ['中级人民法院', '高级人民法院', '高法院'], sc: ['高级人民法院'], both: [], zh: '法院', en: 'Court' },
];

/**
 * Names that contain a place but are not a party: the region's own name, routes "X至Y" are handled
 * in code. These are masked before places are matched.
 */
export const NOT_PARTIES = [
  '成渝地区双城经济圈', '双城经济圈', '成渝地区', '川渝地区', '成渝双城', '成渝双核', '巴蜀', '长江上游', '长江经济带',
  '西部陆海新通道', '陆海新通道', '成渝中线', '成渝高铁', '成渝高速', '中欧班列(成渝)', '中欧班列（成渝）', '成渝双核', '成渝氢走廊', '成渝氢能走廊',
  '重庆日报', '四川日报', '重庆智慧之城', '重庆特色', '重庆造', '重庆主城都市区', '重庆国际会展中心', '天府总部商务区', '天府国际',
  '巴蜀文化', '川渝一家亲', '川渝合作', '川渝协同', '渝洽会', '来渝', '在渝', '赴渝', '入渝',
];
