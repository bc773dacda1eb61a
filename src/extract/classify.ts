import type { Domain, Kind } from '../data/agreement-vocab';
import { DOCUMENT, ISSUE, ITEM_DOCUMENT, JOINTLY, kindOfMade, MADE, SETUP, SIGNED } from './vocab';

/**
 * What makes a sentence state an agreement: an act (a verb of signing, founding, adopting or
 * building together) and its object (the agreement, plan, fund, alliance, mechanism or project).
 * Each pattern is tried on the normalised sentence; `object` is the noun phrase a title is made of.
 */
export interface Trigger {
  kind: Kind;
  at: number;
  end: number;
  /** The act's object as written: 战略合作协议, 《…行动方案》, 长江上游港口联盟. */
  object: string;
  /** How plainly the words state a concluded act (before tense and party checks). */
  strength: number;
  /** Says only that something was agreed (签约, 达成共识), not what. */
  generic?: boolean;
  /**
   * Told as a shared thing's happening, the thing the subject (X合作联席会议在万州召开, X联盟在永川揭牌成立,
   * X公交车正式开通): with no one named, its parties are those of the text around it (act.ts).
   */
  event?: boolean;
  /** One item of a list: where the whole list lies in the sentence (the item's own words are at…end). */
  list?: { start: number; end: number };
  /** Only an act between named places, never between the provinces standing in (审议了《…》 at any meeting). */
  placesOnly?: boolean;
  /** The act's own kind (a signing: agreement), for an item whose noun says nothing (《…22条》). */
  actKind?: Kind;
}

// Any run of text inside one clause (no sentence or clause punctuation).
const C = '[^，。；！？,;:：]';
// One item of a list inside a clause (no 、 either): a list read as (item、)+item cannot be split two ways,
// so a long list that is no act fails at once instead of trying every split.
const CI = '[^，。；！？,;:：、]';

interface Pattern {
  kind: Kind;
  re: RegExp;
  strength: number;
  /** Words one of which the text must hold before the pattern is tried (by default its leading verbs). */
  gate?: string[];
  /**
   * Says only that something was agreed (结对合作, 达成共识, 签约): in a sentence that also names what
   * was agreed, it is that act told again and yields to it.
   */
  generic?: boolean;
  /** The kind is the object's (联盟: alliance, 平台: mechanism, 公司: project), the pattern's only when the noun says nothing. */
  byNoun?: boolean;
  placesOnly?: boolean;
  /** The thing is the subject, told as happening: its parties may come from the text around it. */
  event?: boolean;
}

/** The literal verbs of a pattern that opens with (?:A|B|C): a cheap test before the costly one. */
function gateOf(p: Pattern): string[] | null {
  if (p.gate) return p.gate;
  const m = /^\(\?:([^()]+)\)/u.exec(p.re.source);
  return m ? m[1]!.split('|').map((w) => w.replace(/.\?$/u, '')) : null;
}

// An object that goes on as a list (A方案、B方案和C机制等文件) takes the whole list; a title opened
// with 《 runs to its 》.
const OPEN_TITLE = /^[^《》，。；,;]*?》/u;
// 《…框架协议》等5个合作协议: the count after a named document belongs to the object.
const COUNT_TAIL = new RegExp(`^等(?:\\d+|[两三四五六七八九十]+)(?:个|项|份|家)${C}{0,6}?(?:${ITEM_DOCUMENT}|${MADE})`, 'u');
const MORE_COUNTED = new RegExp(`^(?:、${CI}{2,40}?等(?:\\d+|[两三四五六七八九十]+)(?:个|项|份|家)${C}{0,6}?(?:${ITEM_DOCUMENT}|${MADE}))*`, 'u');
// (An item opened by a verb is another act: 建立合作机制、搭建合作平台.)
// (Nor is any later item of the run: 共建A平台、联合对外招商、共建B园区 ends at A平台; each act is its own.)
const ITEM_VERB = `(?:${SETUP}|${ISSUE}|签署|签订|缔结|共建|推动|推进|加强|深化|开展|打造|联合|共同)`;
const LIST_TAIL = new RegExp(`^((?:(?:[、和及]|中?(?=《))(?!${C}{0,2}${ITEM_VERB})(?:(?!、${CI}{0,2}${ITEM_VERB})${C}){1,60}?(?:${ITEM_DOCUMENT}|重点任务|工作机制|机制|${MADE})》?(?:（[^）]{0,12}）)?》?)*)`, 'u');
// 《A》《B》, 《A》、《B》和《C》: a run of named documents after the first, whatever joins them.
// (A page cut off inside the last one, 《A》《B…, ends the run with it.)
const TITLE_RUN = /^(?:[、，和及与]?《[^》]{2,80}(?:》|$))+/u;

const NOUN_KIND: [RegExp, Kind][] = [
  [/(协议书|协议|备忘录|合作关系|合作协议)$/u, 'agreement'],
  [/(方案|行动计划|重点任务|工作计划|规划)$/u, 'plan'],
  [/基金$/u, 'fund'],
  // (A group of schools or hospitals, 职教集团, is an alliance of its members, not a company.)
  [/(联盟|医联体|联合体|共同体|职教集团|教育集团|医疗集团)$/u, 'alliance'],
  [/(机制|联席会议?|窗口|中心|工作组|领导小组|专班|体系|模式|制度|平台|办公室|联合党委|联合党工委|联合党总支|联合党支部|联合调解委员会|联合委员会|互认互贷|互认|互惠|互通|通办|两地通|一点通|就近办)$/u, 'mechanism'],
  [/倡议(书)?$/u, 'agreement'],
  [/(集团|公司|示范区|先行区|园区|产业园|研究院|分院|无水港|基地|线路|度假区|走廊|示范带|数据库|资源库|人才库|专家库|师资库|文创园|科技园|示范园)$/u, 'project'],
  [/(友好(城市|区县|县区|县市|区市|市县|城区|乡镇|县|区|市|镇)|友城|姊妹城市)$/u, 'agreement'],
];

export const kindOfNoun = (noun: string): Kind | null => {
  const bare = noun.replace(/(\([^)]*\)|（[^）]*）)/gu, '').replace(/[》〉”"]+$/u, '');
  return NOUN_KIND.find(([re]) => re.test(bare))?.[1] ?? kindOfMade(bare);
};

const PATTERNS: Pattern[] = [
  // Signed documents: 签署/签订 … 协议/备忘录/方案.
  { kind: 'agreement', re: new RegExp(`(?:签署|签订|签下|签约|缔结|达成|(?<![委事大联])会签)了?(${C}{0,60}?(?:合作框架(?!协议)|大单|重点任务|${SIGNED}))`, 'gu'), strength: 0.9, gate: ['签', '缔结', '达成'] },
  // A joint meeting's documents reviewed by name: 会议审议了《…2024年工作要点》 (审议并通过, 原则通过 alike).
  { kind: 'plan', re: /(?:审议并(?:原则)?通过|审议通过|审议|审定|讨论通过|原则通过)了?(《[^》]{2,80}》)/gu, strength: 0.8, byNoun: true, placesOnly: true },
  // …or settled by the sides themselves (双方商定了《…工作要点》): any two bodies, as a signing.
  { kind: 'plan', re: /(?:共同商定|商定|议定)了?(《[^》]{2,80}》)/gu, strength: 0.8, byNoun: true },
  // Any document issued together by its name: 联合印发《关于…总体方案的批复》.
  { kind: 'plan', re: /(?:联合印发|共同印发|联合出台|共同出台|联合发布|共同发布|联合制定|共同制定|联合编制|共同编制)了?(《[^》]{2,80}》)/gu, strength: 0.85, byNoun: true },
  // An agreement named by its parties, no verb: 重庆市教委、四川省教育厅《…框架协议》的任务, 长寿、邻水两区县战略合作框架协议
  // (its parties the places right before it, act.ts; a document after 按照 or 根据 names none).
  { kind: 'agreement', re: new RegExp(`(?<=[区县市省委厅局院])(?:两区县|两区|两县|两市|两地|双方)?的?(《[^》]{2,60}(?:协议|备忘录)》|(?<=两区县|两区|两县|两市|两地|双方)${C}{2,16}?(?:框架协议|合作协议))`, 'gu'), strength: 0.7, gate: ['协议', '备忘录'] },
  // A page cut off inside an unquoted document's name (签订友好合作协): still a signing.
  { kind: 'agreement', re: new RegExp(`(?:签署|签订)了?(${C}{2,30}?(?:协|备忘|协议|框架协))$`, 'gu'), strength: 0.8, gate: ['签'] },
  // A page cut off inside the document's name (共同签署《关于加强深度合): still a signing.
  { kind: 'agreement', re: /(?:签署|签订|会签|签约)了?(《[^》]{2,80})$/gu, strength: 0.85, gate: ['《'] },
  // Any document signed by its name: 会签《…协作意见》, 签订《…机制》 (its kind is its noun's).
  { kind: 'agreement', re: /(?:签署|签订|会签|共同签署|联合签署|共同签订)了?(《[^》]{2,80}》)/gu, strength: 0.9, byNoun: true },
  { kind: 'agreement', re: new RegExp(`(?:建立|结成|确立|缔结)了?(${C}{0,12}?(?:合作|协作|友好|伙伴|战略合作伙伴)关系)`, 'gu'), strength: 0.8 },
  { kind: 'agreement', re: new RegExp(`(?<!见证|此次|本次|这次|出席|参加|参与|集中|现场)(?:合作)?签约(?!仪式|项目|活动|\\d|[一二两三四五六七八九十百千多]+个?项目)`, 'gu'), strength: 0.7, gate: ['签约'], generic: true },
  // 举行了友好城市签约仪式: the ceremony of a named relation or document is its signing.
  { kind: 'agreement', re: new RegExp(`(?:举行了?|举办了?)(${C}{0,20}?(?:友好(?:城市|区县|县区|县|区|市)|友城|姊妹城市))(?:协议)?(?:签约|签字|签署)仪式`, 'gu'), strength: 0.85, gate: ['仪式'] },
  { kind: 'agreement', re: new RegExp(`(?:签订|签署)的(${C}{0,40}?(?:协议|备忘录))`, 'gu'), strength: 0.85 },
  // A与B共同举行“…签约仪式”: two sides holding their signing ceremony together have signed.
  { kind: 'agreement', re: new RegExp(`(?:共同|联合)举行了?[“"]?(${C}{2,40}?)(?:签约|签字|签署)仪式`, 'gu'), strength: 0.85, gate: ['仪式'] },
  // A document named in quotes as the subject: “共建陆海新通道框架协议”提出…
  { kind: 'agreement', re: /(“[^”]{2,30}?(?:协议|备忘录|方案|行动计划)”)(?:明确|提出|指出|要求|规定|确定)/gu, strength: 0.7, gate: ['”明确', '”提出', '”指出', '”要求', '”规定', '”确定'] },
  // Jointly adopted plans and task lists.
  { kind: 'plan', re: new RegExp(`(?:审议通过|共同制定|联合制定|共同编制|联合编制|联合印发|共同印发|联合出台|共同出台|联合发布|共同发布|共同研究起草|确定|形成)了?(${C}{0,80}?(?:方案|行动计划|重点任务|工作机制|规划(?!\\p{Script=Han})|实施意见|指导意见|意见》|办法》|规则》|标准》|指南》|清单》|通知》))`, 'gu'), strength: 0.85 },
  { kind: 'plan', re: new RegExp(`(?:推动落实|完成)了?(${C}{0,20}?(?:重点任务|重点工作任务))`, 'gu'), strength: 0.7 },
  // Funds.
  { kind: 'fund', re: new RegExp(`(?:联合设立|共同设立|发起设立|共同发起设立|共同组建|设立|组建)了?(${C}{0,30}?(?:基金|母基金))`, 'gu'), strength: 0.85 },
  { kind: 'fund', re: new RegExp(`(首只${C}{0,20}?基金)${C}{0,4}发起设立`, 'gu'), strength: 0.9, gate: ['发起设立'] },
  // Alliances.
  { kind: 'alliance', re: new RegExp(`(?:共同打造|共同发起成立|发起成立|联合组建|共同组建|成立|组建|建立|打造|构建)了?(${C}{0,30}?联盟)`, 'gu'), strength: 0.75 },
  // (A list of them, A联盟、B联盟…等27个联盟成功签约: each item is one, lists.ts.)
  { kind: 'alliance', re: new RegExp(`((?:${CI}{2,24}?联盟、)*${C}{0,20}?联盟(?:等(?:\\d+|[两三四五六七八九十]+)个联盟)?)成功签约`, 'gu'), strength: 0.85, gate: ['成功签约'] },
  // A counted group of shared things told as happening (8个重点合作项目发布, 10个共建基地规划出炉, 推动9个合作项目落地实施):
  // one agreement for the group (its items are not named), its parties the text's around it.
  { kind: 'project', re: new RegExp(`((?:首批)?(?:\\d+|[两三四五六七八九十百]+)余?(?:个|项|份|家|批)${C}{0,10}?(?:合作|共建|协作|协同)${C}{0,8}?(?:项目|基地|园区|平台|中心|协议|联盟))(?:规划)?(?:正式|顺利|已|相继|陆续|集中)?(?:发布|出炉|落地实施|落地|开工建设|签约|联合选定|揭牌)`, 'gu'), strength: 0.7, gate: ['发布', '出炉', '落地', '开工建设', '签约', '联合选定', '揭牌'], byNoun: true, event: true },
  // Joint mechanisms, windows, centres, pairing.
  { kind: 'mechanism', re: new RegExp(`(?:建立起|建立了|建立|推动形成|形成|构建|搭建起?|开设|成立|签署|召开)了?(${C}{0,40}?(?:合作机制|联动机制|协作机制|工作机制|协调机制|沟通协调机制|联席会议机制|联席会议制度|会商制度|互评机制|合作体系|合作模式|示范窗口|服务机制|联动中心|专项工作组))`, 'gu'), strength: 0.75 },
  // Any other joint mechanism, when it is set up (not merely improved): 建立…一体化发展机制, 联防联控机制.
  { kind: 'mechanism', re: new RegExp(`(?:建立起|建立了|建立|构建起?|构建了|签署|签订)了?(${C}{2,30}?(?:发展|协同|联动|联防联控|联防联治|共享|互认|对接|交流|会商|保障|协调|合作|协作|联络|联系|沟通|互访|通报|响应|调处|执法|联勤|协查|互助|衔接|联审|联办|联调|联治|联控|联保|监测|预警|应急|互通|互办|长效)(?:制度|机制))`, 'gu'), strength: 0.7 },
  // (联席会 is its short name: 召开…协同发展联席会.)
  { kind: 'mechanism', re: new RegExp(`(?:召开|举行|举办)了?(${C}{0,40}?联席会议?)`, 'gu'), strength: 0.7 },
  // (A second meeting joined by 暨, 联席会暨…总结会日前在Z召开, is the same sitting.)
  { kind: 'mechanism', re: new RegExp(`(${C}{2,40}?联席会议?)(?:第[一二三四五六七八九十\\d]+次(?:会议|会)?)?[，,]?(?:暨${C}{1,20}?会议?)?${C}{0,12}?(?:召开|举行)`, 'gu'), strength: 0.7, gate: ['联席会'] },
  { kind: 'mechanism', re: new RegExp(`(?:搭建起?|搭建了|建立起?)了?(${C}{0,12}?(?:协同|合作|共享|服务)${C}{0,6}?平台)`, 'gu'), strength: 0.7 },
  // Named projects under a shared head (推动A、B等合作共建项目): each is one (lists.ts).
  { kind: 'project', re: new RegExp(`(?:推动|推进|实施|建设|落实)了?((?:${CI}{2,24}?、)+${CI}{2,24}?等(?:\\d+|[两三四五六七八九十]+)?(?:个|项)?(?:合作共建|共建|合作)项目)`, 'gu'), strength: 0.7, gate: ['共建项目', '合作项目'] },
  // Records moved across the line without obstacle: 共同推动养老保险关系无障碍转移, …关系转移接续.
  { kind: 'mechanism', re: new RegExp(`(${C}{0,16}?(?:保险|社保|医保|公积金)${C}{0,6}?(?:关系)?(?:无障碍转移(?:接续)?|转移接续))`, 'gu'), strength: 0.65, gate: ['转移'] },
  // Work items decided together: 两地共同敲定今年农业重点合作事项.
  { kind: 'plan', re: new RegExp(`(?:共同|联合|一起)?(?:敲定|商定|议定)了?(${C}{0,24}?(?:合作事项|重点事项|工作事项|任务清单|合作清单|事项清单))`, 'gu'), strength: 0.75, gate: ['敲定', '商定', '议定'] },
  // Projects decided together (共同确定了4个重点合作项目, 敲定十大合作项目): the list of them may follow (agreements.ts).
  { kind: 'project', re: new RegExp(`(?:共同|联合|一起)?(?:确定|敲定|商定|议定)了?(${C}{0,24}?(?:合作项目|共建项目))`, 'gu'), strength: 0.7, gate: ['确定', '敲定', '商定', '议定'] },
  // A first the sides started (两地在全国首推…结算) and what they recognise together (共同认定…导师): mechanisms
  // (one side's own first names no partner, act.ts).
  { kind: 'mechanism', re: new RegExp(`(?:在全国)?(?:首推|首创|率先推出|率先实行)了?(${C}{2,30})`, 'gu'), strength: 0.65, gate: ['首推', '首创', '率先推出', '率先实行'] },
  { kind: 'mechanism', re: new RegExp(`(?:共同|联合|互相|相互)认定了?(${C}{2,30})`, 'gu'), strength: 0.65, gate: ['认定'] },
  // A numbered joint meeting convened (第四次X与Y合作推进会议举行, 共建…第四次推进会议召开): a standing mechanism of both sides.
  { kind: 'mechanism', re: new RegExp(`(${C}{0,40}?第[一二三四五六七八九十\\d]+次${C}{0,40}?(?:推进会议?|协调会议?|联席会议?|工作会议|合作会议|对接会议?))(?:在${C}{1,14}?)?(?:召开|举行)`, 'gu'), strength: 0.65, gate: ['推进会', '协调会', '联席会', '工作会议', '合作会议', '对接会'] },
  { kind: 'mechanism', re: new RegExp(`(互派干部|干部互派)`, 'gu'), strength: 0.7, gate: ['互派干部', '干部互派'] },
  { kind: 'mechanism', re: new RegExp(`(${C}{2,24}?(?:领导小组|协调小组))(?:第[一二三四五六七八九十\\d]+次)?(?:全体)?会议`, 'gu'), strength: 0.65, gate: ['领导小组', '协调小组'] },
  { kind: 'mechanism', re: new RegExp(`(?:实现|推动|开展|推进|开通|启动|上线)了?(${C}{0,16}?(?:互认互贷|互认|互惠|互通|通办|同城化|一卡通|两地通)”?)`, 'gu'), strength: 0.6 },
  // 联合推出第三批“川渝通办”事项: a batch of services both sides run.
  { kind: 'mechanism', re: new RegExp(`(?:联合推出|共同推出|推出|发布|公布)了?(${C}{0,24}?通办${C}{0,12}?(?:事项|清单))`, 'gu'), strength: 0.7, gate: ['通办'] },
  { kind: 'mechanism', re: new RegExp(`(“[^”]{1,8}联动”)`, 'gu'), strength: 0.65, gate: ['联动”'] },
  { kind: 'agreement', re: new RegExp(`(?:达成)了?(共识|一致)`, 'gu'), strength: 0.6, generic: true },
  { kind: 'agreement', re: new RegExp(`(?:达成)了?(${C}{0,12}?合作意向)`, 'gu'), strength: 0.7, gate: ['合作意向'] },
  { kind: 'plan', re: new RegExp(`(?:联合开展|共同开展|联合实施(?!方案)|共同实施)的?(${C}{0,40}?(?:计划|行动))`, 'gu'), strength: 0.7 },
  { kind: 'mechanism', re: new RegExp(`(结对合作)`, 'gu'), strength: 0.8, gate: ['结对合作'], generic: true },
  { kind: 'mechanism', re: new RegExp(`(${C}{0,20}?(?:联动中心|治安联动中心))`, 'gu'), strength: 0.7, gate: ['联动中心'] },
  // Co-built zones, parks, routes and services.
  { kind: 'project', re: new RegExp(`(?:共同建起|共同建设|合作共建|携手共建|共建|共同打造|携手打造|合力构建|共同开通|首次联合开工|联合开工|开通)了?(${C}{0,30}?(?:新区|示范区|试验区|产业园|园区|先行区|合作区|协作区|产业带|生态带|旅游环线|风景道|港口|港区|码头|枢纽|物流园|口岸|班列(?:（[^）]{0,6}）)?号?|中欧班列${C}{0,8}|专线|公交|快巴|班车|直通车|客运线路|联运通道|通道|中心|平台|科学城|集群|走廊|基地|示范带|度假区|数据库|资源库|人才库|专家库|师资库))`, 'gu'), strength: 0.7 },
  // Routes opened from several places to one (开通A、B、C至D的城际公交): one per place of origin (lists.ts).
  { kind: 'project', re: new RegExp(`(?:开通|开行)了?((?:${CI}{2,12}、)+${CI}{2,12}?(?:至|到)${CI}{2,12}?的?${CI}{0,12}?(?:公交|快巴|班车|专线|航线|班列|巴士|客运线路))`, 'gu'), strength: 0.75, gate: ['开通', '开行'] },
  { kind: 'project', re: new RegExp(`(?:共同支持|联合实施|共同实施|共同推进|联合推进)(${C}{0,24}?(?:项目|试验区|示范区))`, 'gu'), strength: 0.7 },
  { kind: 'project', re: new RegExp(`(?:推动成立|共同构建|联合构建|合作共建|共同设立)(${C}{0,30}?(?:发展区|示范区|先行区|试验区|新区|园区|合作区))`, 'gu'), strength: 0.75 },
  { kind: 'project', re: new RegExp(`(?:加快推进|推进)(${C}{0,30}?(?:合作园区|产业园区|示范区|先行区|合作区))建设`, 'gu'), strength: 0.6 },
  { kind: 'project', re: new RegExp(`(?:首次联合开工|联合开工|共同开工)(${C}{0,20}?(?:高速公路|公路|铁路|高铁|项目))`, 'gu'), strength: 0.8 },
  { kind: 'project', re: new RegExp(`(?:合作开行|联合开行|共同开行)(${C}{0,24}?(?:支线|班列|航线|专线))`, 'gu'), strength: 0.8 },
  { kind: 'project', re: new RegExp(`(?:合资成立|共同出资组建|合资组建|联合组建|共同出资设立|共同出资成立|合资设立|联合出资设立|联合出资成立)了?(${C}{0,20}?(?:公司|集团))`, 'gu'), strength: 0.85 },
  { kind: 'project', re: new RegExp(`(${C}{2,20}?)由${C}{0,60}?共同出资组建`, 'gu'), strength: 0.85, gate: ['共同出资组建'] },
  // The document first, then its signing: 《…协议》正式签署, …战略合作协议签约仪式在永川举行.
  { kind: 'agreement', re: new RegExp(`(《[^》]{2,60}》|${C}{2,30}?(?:协议书|协议|备忘录|意向书))的?(?:在\\p{Script=Han}{1,5})?(?:正式|顺利|成功)?(?:签订|签署|签约|签字)(?:仪式)?`, 'gu'), strength: 0.85, gate: ['签订', '签署', '签约', '签字'], event: true },
  // 举行了签约仪式。其中，第一轮为《A》《B》: the documents of a signing told in the sentence before.
  { kind: 'agreement', re: new RegExp(`^其中[，,]?${C}{0,10}?(?:为|是|包括|有)(《[^》]{2,80}(?:》|$))`, 'gu'), strength: 0.75, byNoun: true, gate: ['其中'] },
  // 《A》和《B》同步签署: several named documents, then that they were signed at once (each is one, lists.ts).
  { kind: 'agreement', re: /(《[^》]{2,80}》(?:[、和及与]《[^》]{2,80}》)+)(?:也|还|均|都)?(?:同步|同时|一并|相继|随后|当场|现场)(?:签订|签署|签约)/gu, strength: 0.85, gate: ['同步签', '同时签', '一并签', '相继签', '随后签', '当场签', '现场签'] },
  // A quoted list with its head (建立了“A”“B”“C”等工作机制): the whole list, split item by item later.
  { kind: 'mechanism', re: new RegExp(`(?:建立起|建立了|建立|搭建起?|形成|构建|成立|组建)了?((?:[“"][^”"]{2,30}[”"][、和及]?){2,}等${C}{0,8}?(?:机制|制度|平台|联盟|专班|工作组))`, 'gu'), strength: 0.75, byNoun: true },
  // A notice its issuers name (A、B关于印发X清单的通知): issued together when both sides are named (act.ts).
  { kind: 'plan', re: new RegExp(`关于(?:联合)?印发(${C}{2,60}?(?:${DOCUMENT})(?:（[^）]{1,12}）)?)的通知`, 'gu'), strength: 0.75, gate: ['关于'] },
  // Lists and registers issued together: 联合发布首批…示范园区名单, 共同发布…机会清单.
  { kind: 'plan', re: new RegExp(`(?:联合发布|共同发布|联合公布|共同公布|联合印发|共同印发)了?(${C}{0,40}?(?:名单|清单|目录))`, 'gu'), strength: 0.75 },
  // Projects and campaigns launched together: 共同启动…工程.
  { kind: 'project', re: new RegExp(`(?:共同启动|联合启动|携手启动)了?(${C}{0,30}?(?:项目|工程|行动|计划|试点|建设))`, 'gu'), strength: 0.75 },
  { kind: 'mechanism', re: new RegExp(`(结对共建|结成对子|结为对子|结成帮扶对子)`, 'gu'), strength: 0.75, gate: ['结对共建', '结成对子', '结为对子', '结成帮扶对子'] },
  // Friendly cities, initiatives, things created or launched together.
  { kind: 'agreement', re: new RegExp(`(?:缔结为?|结为|结成|建立)了?(${C}{0,12}?(?:友好(?:城市|区县|县区|县市|区市|市县|城区|乡镇|县|区|市|镇)|友城|姊妹城市|兄弟(?:区县|县区|城市|县|区|市)))`, 'gu'), strength: 0.85 },
  // Working bodies set up together: 联合成立…工作专班, 组建…领导小组.
  { kind: 'mechanism', re: new RegExp(`(?:联合成立|共同成立|联合组建|共同组建|成立|组建)了?(${C}{0,30}?(?:工作专班|专班|工作组|领导小组|联合办公室|指挥部|联络处|服务中心|分中心|中心|联合党委|联合党工委|联合党总支|联合党支部|联合调解委员会))`, 'gu'), strength: 0.75, byNoun: true },
  // Joint windows and service points: 开设“川渝通办”专窗.
  { kind: 'mechanism', re: new RegExp(`(?:开设|设立|开通|设置|互设|共设)了?(${C}{0,24}?(?:专窗|窗口|服务专区|服务站|服务点))`, 'gu'), strength: 0.75 },
  // Institutes, labs and bodies set up or built together: 共同设立…研究院, 组建…医联体.
  { kind: 'project', re: new RegExp(`(?:合作设立|共同设立|联合设立|共建|合作共建|联合共建|共同组建|联合组建|组建)了?(${C}{0,30}?(?:研究院|分院|实验室|学院|医联体|联合体|共同体))`, 'gu'), strength: 0.75, byNoun: true },
  { kind: 'agreement', re: new RegExp(`(?:联合发出|共同发出|发出|联合发起|共同发起|联合发布|共同发布|联合发表|共同发表|发布)了?(${C}{0,40}?(?:倡议(?:书)?|宣言|共识)》?[”"]?)`, 'gu'), strength: 0.75, gate: ['倡议', '宣言', '共识'] },
  { kind: 'project', re: new RegExp(`(?:共同创建|联合创建|合力创建|携手创建|共同创|共创)了?(${C}{0,30}?(?:度假区|示范区|景区|试验区|先行区|园区|基地|中心|走廊|示范带)[”"]?)`, 'gu'), strength: 0.75 },
  { kind: 'project', re: new RegExp(`(?:联合推出|共同推出|携手推出)了?(${C}{0,30}?(?:线路|路线|产品|套票|年卡|一卡通))`, 'gu'), strength: 0.7 },
  { kind: 'plan', re: new RegExp(`(?:共同谋划实施|共同谋划|联合谋划)了?(${C}{0,30}?(?:重点任务|任务|项目)(?:\\d+项)?)`, 'gu'), strength: 0.7 },
  // Set up at a place on the other side: 西南大学在宜宾建设研究院, 两江新区在邻水县设立“无水港”.
  { kind: 'project', re: new RegExp(`在${C}{1,12}?(?:设立|建设|建立|成立|挂牌|揭牌|共建)了?(${C}{0,20}?(?:研究院|分院|无水港|港|分中心|中心|基地|办事处|产业园|园区|飞地)[”"]?)`, 'gu'), strength: 0.75, gate: ['在'] },
  // …told as what it is: 重庆市中医院在四川省建设的首家川渝合作示范医院, 在宜宾设立的第一个校区.
  { kind: 'project', re: new RegExp(`在${C}{1,12}?(?:设立|建设|建立|成立|挂牌|揭牌|共建)的(?:首家|首个|第一家|第一个)(${C}{0,20}?(?:医院|分院|研究院|校区|学院|中心|基地|园区|产业园))`, 'gu'), strength: 0.75, gate: ['首家', '首个', '第一家', '第一个'] },
  // The thing first, then that it was set up: 渝广文化旅游合作平台正式搭建, 三峡物流集团日前揭牌成立.
  { kind: 'mechanism', re: new RegExp(`(${C}{2,30}?(?:联盟|合作平台|平台|联动中心|中心|研究院|工作组|专班|办公室|集团|公司|示范区|园区|产业园|基地|工作站|实验室|服务站))[”"]?(?:在${C}{1,14}?|正式|日前|近日|已|于\\d+月\\d+日)?(?:正式|隆重)?(?:揭牌成立|挂牌成立|揭牌|挂牌|授牌|宣告成立|宣布成立|签约成立|正式成立|成立|搭建完成|正式搭建|正式上线|正式启动)`, 'gu'), strength: 0.7, gate: ['揭牌', '挂牌', '授牌', '成立', '搭建', '上线', '启动'], byNoun: true, event: true },
  // …its founding told as the meeting held for it (X联盟成立大会在Z召开, X联盟成立暨Y会议在Z召开, 出席X联盟成立大会;
  // the name is what follows 在/出席…, not who spoke there).
  { kind: 'alliance', re: new RegExp(`((?:(?!在|出席|参加|召开|举行)${C}){2,30}?(?:${MADE}))[”"]?成立(?:大会|暨${C}{0,30})`, 'gu'), strength: 0.7, gate: ['成立大会', '成立暨'], byNoun: true, event: true },
  // A signing ceremony named for the cooperation, told as held (A与B战略合作签约仪式在Z举行, X合作签约暨揭牌仪式举行):
  // the sides' agreement, with no document named; a ceremony named for no cooperation (招商项目集中签约仪式) is not read.
  // (A signing that names nothing it signed: beside the document the same sides signed, it is that one told again, statements.ts.)
  { kind: 'agreement', re: new RegExp(`(${C}{0,30}?(?:合作|协作|协同|友好|结对|共建|战略)${C}{0,12}?签约)(?:授牌|揭牌|挂牌)?(?:暨${C}{0,12}?)?仪式(?:在${C}{1,16}?)?(?:正式|隆重|顺利)?(?:举行|举办|召开)`, 'gu'), strength: 0.8, gate: ['仪式'], generic: true, event: true },
  { kind: 'project', re: new RegExp(`(${C}{2,24}?(?:快巴|公交车|公交线路|公交|班车|客运专线|专线|航线|班列)[”"]?)的?(?:正式|顺利|已|首次)?(?:开通|开行|首发|通车)(?![\\d一二三四五六七八九十百千万多]+)`, 'gu'), strength: 0.7, gate: ['开通', '开行', '首发', '通车'], event: true },
  // A joint meeting convened, its name saying it is shared (X区域警务合作联席会议正式拉开帷幕, X合作第5次工作推进会议在Y举行).
  { kind: 'mechanism', re: new RegExp(`([^，。；！？,;:：暨]{2,40}?(?:合作|协作|协同|联动|一体化)[^，。；！？,;:：暨]{0,16}?(?:联席会议?|推进会议?|协调会议?|协商会议?|工作会议?|会议))(?:第[一二三四五六七八九十\\d]+次(?:会议|会)?)?[”"]?(?:在${C}{1,14}?)?(?:正式|顺利|成功|隆重)?(?:召开|举行|开幕|拉开帷幕)`, 'gu'), strength: 0.7, gate: ['召开', '举行', '开幕', '拉开帷幕'], event: true },
  // The general table (vocab.ts): a thing made together (共同/联合/携手… × 成立/设立/揭牌… × 联盟/中心/学院…),
  // a document issued together or worked out at a joint meeting (联合印发/研究出台 × 办法/细则…), and
  // either told the other way round (X联盟由A、B共同发起成立).
  { kind: 'mechanism', re: new RegExp(`(?:${JOINTLY})(?:${SETUP})了?(${C}{0,40}?(?:${MADE}))`, 'gu'), strength: 0.75, byNoun: true, gate: ['共同', '联合', '携手', '合作', '合力', '一起'] },
  { kind: 'plan', re: new RegExp(`(?:(?:${JOINTLY})(?:${ISSUE})|研究出台|研究制定)了?(${C}{0,60}?(?:${DOCUMENT}))`, 'gu'), strength: 0.8, gate: ['共同', '联合', '携手', '研究出台', '研究制定'] },
  { kind: 'mechanism', re: new RegExp(`(${C}{2,40}?(?:${MADE}|${DOCUMENT}))[”"]?由${C}{2,80}?(?:${JOINTLY})(?:${SETUP}|${ISSUE}|签署|签订)`, 'gu'), strength: 0.8, byNoun: true, gate: ['由'] },
  // 由A、B共同组建的X（揭牌仪式…）: a thing whose founders a relative clause names (its parties those after 由, act.ts).
  { kind: 'mechanism', re: new RegExp(`由${C}{2,60}?(?:${JOINTLY})(?:${SETUP}|建设|打造|发起)的[“"]?(${C}{2,40}?(?:${MADE}|联合委员会|联合党委|联合党工委|联合党支部))[”"]?`, 'gu'), strength: 0.8, byNoun: true, gate: ['由'] },
  // A list of documents signed, each named at length before their count (签署了A、B、C等三个协议): each item is one (lists.ts).
  { kind: 'agreement', re: new RegExp(`(?:签署|签订|会签)了?((?:${CI}{2,50}?、)+${CI}{2,50}?等(?:\\d+|[两三四五六七八九十]+)(?:个|项|份)${C}{0,6}?(?:${SIGNED}))`, 'gu'), strength: 0.9, gate: ['等'] },
  // Things built together listed before their count (共建A联盟、B联合党支部12个): each item of a kind of its own is one (lists.ts).
  { kind: 'mechanism', re: new RegExp(`(?:共建|${SETUP})了?((?:${CI}{2,24}?、)+${CI}{2,24}?(?:${MADE}|联合党支部|联合党委))(?:\\d+|[两三四五六七八九十]+)个(?!\\p{Script=Han}{0,4}(?:项目|亿|万))`, 'gu'), strength: 0.75, byNoun: true, gate: ['个'] },
  // Things carried out together, listed with 等 and no head noun (共同实施了A、B、C等): each is one (lists.ts).
  { kind: 'project', re: new RegExp(`(?:共同实施|联合实施|合作实施)了?((?:${CI}{2,12}、)+${CI}{2,12}等)(?=[，。；,;]|$)`, 'gu'), strength: 0.7, gate: ['实施'] },
  // Patrols, inspections and law enforcement done together (一起开展跨界巡河, 联合开展执法检查).
  { kind: 'mechanism', re: new RegExp(`(?:联合|共同|一起|一同)(?:${C}{0,6}?)(?:开展|进行)了?(${C}{0,12}?(?:巡河|巡湖|巡查|巡逻|巡护|执法|执法检查|督查|检查|演练))`, 'gu'), strength: 0.7, gate: ['开展', '进行'] },
  // A plan the two governments approved for issue: 《…方案》已经A和B同意，现印发.
  { kind: 'plan', re: new RegExp(`(《[^》]{2,80}》)(?:已经|已|经)${C}{2,30}?同意[，,]?(?:现)?(?:印发|下发)`, 'gu'), strength: 0.85, byNoun: true, gate: ['同意'] },
  // A list of things set up, sharing the head after 等 (建立了A、B等机制; 成立了A、B、C等3个联盟): each item is one (lists.ts).
  { kind: 'mechanism', re: new RegExp(`(?:${SETUP}|达成|形成)了?((?:${CI}{2,40}?、)+${CI}{2,40}?等(?:\\d+|[两三四五六七八九十]+)?(?:个|项|家)?${C}{0,6}?(?:${MADE}))`, 'gu'), strength: 0.75, byNoun: true, gate: ['等'] },
  // …the same list told as running already (交叉巡河、联合执法等机制已常态化运转): the work done, its parties the text's around it.
  { kind: 'mechanism', re: new RegExp(`((?:${CI}{2,16}?、)+${CI}{2,16}?等${C}{0,6}?(?:机制|制度))(?:已经?|均已|都已)(?:呈|实现|建立|形成|常态化|运转|运行|落地)`, 'gu'), strength: 0.7, byNoun: true, gate: ['已'], event: true },
];

// A thing's name that says it is shared (an alliance, a joint body, a document, a route): told as happening, it is both sides'.
const SHARED = /(联盟|合作|协作|协同|联合|联动|一体化|共建|毗邻|跨省|跨界|省际|城际|协议书?|备忘录|《)/u;

// A clause whose subject is the pair (双方…, 两地…, 川渝两地…): what the sentence's clauses set up from there on is made together.
// (Not a pair named inside an object, 推动建立两地…基地, nor a pair's plan, 两地将…构建….)
const PAIR_CLAUSE = /(?:^|[，,；;])(?:同时|此外|目前|近年来|近年|其中|随后|此前)?(?:双方|两地|三地|两省市|川渝两地|成渝两地)(?!的|将|要|拟|计划|还将|也将|共同将)/u;
// (Only a clause opened by the verb or an adverb of it: 推动建立… says the work is pushed, not done.)
const BY_PAIR = new RegExp(`(?<=(?:^|[，,；;])(?:还|也|并|又|已|先后|共同|联合|分别|相继|已经|正式)*)(?:建立起?|建立了|搭建起?|搭建了|构建起?|设立了?|互设|开设|成立了?|组建了?)(${CI}{0,30}?(?:${MADE}))(?=[，,；;。、]|$)`, 'gu');

// What makes an act's words the name of a meeting: 党政联席会, 推进会, 论坛 right after them.
const MEETING_AFTER = new RegExp(`^${C}{0,8}?(?:党政联席会|联席会|座谈会|推进会|推介会|对接会|洽谈会|现场会|研讨会|交流会|论坛|峰会|年会|大会|工作会)`, 'u');

const GATES = new Map(PATTERNS.map((p) => [p, gateOf(p)] as const));

/** Stands in for a clause mark inside brackets while patterns are tried (one character for one). */
const MASK = '\u2027';

const CLAUSE_BREAK = /[，,；;：:]/u;
const clauseStart = (text: string, at: number) => {
  for (let i = at - 1; i >= 0; i--) if (CLAUSE_BREAK.test(text[i]!)) return i + 1;
  return 0;
};
/**
 * Whether a generic act and a specific one are one act: in one clause, or the later clause goes on
 * without a subject of its own (结对合作，签署11个协议; 签署一系列协议，并就…达成共识).
 */
function sameAct(text: string, g: Trigger, s: Trigger): boolean {
  const [first, later] = g.at < s.at ? [g, s] : [s, g];
  const start = clauseStart(text, later.at);
  if (start <= first.at) return true;
  return later.at - start <= 2 || /^(并|就|还|也|又|同时|随后)/u.test(text.slice(start));
}

/**
 * Every trigger in a normalised sentence, left to right: of overlapping ones the stronger stays, and
 * a generic one (结对合作，签署11个协议; 签署一系列合作协议，就…达成共识) yields to any specific one.
 */
export function findTriggers(sentence: string): Trigger[] {
  // A clause mark inside a short bracket (300亿元（人民币，下同）…基金) ends no clause: read as 、, one for one.
  const text = sentence.replace(/（[^（）]{0,24}）/gu, (m) => m.replace(/[，,；;：:]/gu, MASK));
  const found: Trigger[] = [];
  // Words inside a document's title (《关于推动遂潼交通互联互通…协议》) are its name, not an act.
  const titles = [...text.matchAll(/《[^》]*》/gu)].map((m) => [m.index, m.index + m[0].length] as const);
  const inTitle = (at: number) => titles.some(([s, e]) => at > s && at < e);
  for (const p of PATTERNS) {
    const gate = GATES.get(p);
    if (gate && !gate.some((w) => text.includes(w))) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (inTitle(m.index)) continue;
      let object = (m[1] ?? m[0]).replace(/^(了|与|和|的|在)/u, '');
      let end = m.index + m[0].length;
      if ((object.match(/《/gu) ?? []).length > (object.match(/》/gu) ?? []).length) {
        const close = OPEN_TITLE.exec(text.slice(end));
        if (close) {
          object += close[0];
          end += close[0].length;
        } else if (end >= text.length) object += '…';
      }
      // (签订友好合作协 at the end of a cut page: the name is marked as cut.)
      if (end >= text.length && /(?:协|备忘)$/u.test(object)) object += '…';
      const run = object.endsWith('》') ? TITLE_RUN.exec(text.slice(end)) : null;
      if (run) {
        object += run[0];
        end += run[0].length;
        if (!object.endsWith('》') && end >= text.length) object += '…';
      }
      const tail = LIST_TAIL.exec(text.slice(end));
      if (tail && tail[0]) {
        object += tail[0];
        end += tail[0].length;
      }
      const counted = COUNT_TAIL.exec(text.slice(end));
      if (counted) {
        object += counted[0];
        end += counted[0].length;
        // A等6个职教集团、B等4个联盟: more groups, each a named item and the rest of its count (lists.ts).
        const more = MORE_COUNTED.exec(text.slice(end));
        if (more?.[0]) {
          object += more[0];
          end += more[0].length;
        }
      }
      // 两地还为“荣隆高新技术产业园”揭牌: the thing is the quoted name, not who unveiled it;
      // 双方还举行了战略合作协议签约仪式: the document, not who held the ceremony.
      object = object.replace(/^[^“"]{0,30}为(?=[“"])/u, '').replace(/^(?:并|还|共同|一起|联合)?为(?=.{2})/u, '').replace(/^.{0,30}?(?:举行了?|举办了?|进行了?|完成了?)(?=.{2})/u, '');
      // 共建明月山绿色发展示范带党政联席会第六次会议召开: the act's words name a meeting, not an act.
      if (!/(联席会议?|会议?)$/u.test(object) && MEETING_AFTER.test(text.slice(end, end + 16))) continue;
      // 就共建明月山…示范带签署合作协议: what the agreement is about, not an act of its own.
      if (/就[^，。；,;]{0,30}$/u.test(text.slice(Math.max(0, m.index - 30), m.index)) && new RegExp(`^${C}{0,20}?(?:签署|签订|达成|深入交流|进行)`, 'u').test(text.slice(end))) continue;
      // “相拥明月山，共建示范带”主题: a slogan in quotes, not an act.
      if (/^[^“”]{0,6}”(?:为)?(?:主题|口号|理念|的主题)/u.test(text.slice(end, end + 12))) continue;
      // 这22条协议签署后, 以此次协议签订为契机: the act told already, pointed back to, not a new one.
      if (/(?:这|此|该|上述|本次|本轮)(?:次|份|项|个|批|些|\d+条|[一二两三四五六七八九十]+条)?\p{Script=Han}{0,6}(?:协议书?|备忘录|文件|方案|机制)$/u.test(object.replace(/[“”"]/gu, ''))) continue;
      // 合作协议签署后，举行了…: a document named only by its kind, its signing the time of what follows, told before.
      if (/^(?:后|之后|以后|以来)/u.test(text.slice(end, end + 2)) && /^(?:战略|框架|合作|协作|专项|工作|一揽子|系列)*(?:协议书?|备忘录)(?:签署|签订|签约)$/u.test(m[0])) continue;
      // 在《战略合作协议》签署后: the time of what follows, the signing told before.
      if (text[m.index - 1] === '在' && m[0].startsWith('《') && /^(?:之|以)?后/u.test(text.slice(end))) continue;
      // 此次签订的三个协议: the signing told already, pointed back to by its own words.
      if (/(?:此次|本次|这次|上述|这些|此前)$/u.test(text.slice(Math.max(0, m.index - 2), m.index)) && /^(?:签订|签署|签约)了?的/u.test(m[0])) continue;
      // 该航线的开通，将…; X协议的签署，标志着…; X的开通运营不仅…: the act named as the thing a judgement is
      // about (the subject of 将/是/标志/不仅/填补…), told as done elsewhere, not a new one.
      if (/的(?:开通|开行|签署|签订|成立|建立|组建|揭牌|启动)$/u.test(m[0]) && /^(?:运营|运行)?(?:[，,]|是|将|必将|标志|不仅|填补|为|对|让|使|意味|有利于|构成)/u.test(text.slice(end))) continue;
      // 推动…互联互通: connecting is the work's aim, not a service set up.
      if (/^(?:推动|推进)/u.test(m[0]) && /互联互通”?$/u.test(object)) continue;
      // 签署更多的协作规范: more of a kind, wished for, not a thing done; 签订了这样一个协议: one told already.
      if (/^(更多|更加|进一步|一些|这样一个|这样的|这一|这个|那个)/u.test(object)) continue;
      // 成立X联盟对于…具有重要意义, 签署X是…: the act is what a judgement is about, not told as done.
      if (/^(?:对于|对|将对)[^。；;]{0,60}?(?:意义|作用|影响)/u.test(text.slice(end, end + 64))) continue;
      // 共建、做强运营平台: a list of verbs, not an object.
      if (/^[、和及]/u.test(object) || object.replace(/[“”"《》]/gu, '').length < 2) continue;
      const nounKind = kindOfNoun(object);
      // A signing verb with a plan as its object is a plan; with a mechanism, a mechanism.
      const kind: Kind = p.byNoun ? (nounKind ?? p.kind) : p.kind === 'agreement' && nounKind && nounKind !== 'agreement' ? nounKind : p.kind;
      if (object.includes(MASK)) {
        const i = text.indexOf(object, m.index);
        if (i >= 0) object = sentence.slice(i, i + object.length);
      }
      found.push({ kind, actKind: p.kind, at: m.index, end, object, strength: p.strength, ...(p.generic ? { generic: true } : {}), ...(p.placesOnly ? { placesOnly: true } : {}), ...(p.event && SHARED.test(object) ? { event: true } : {}) });
    }
  }
  // 双方打通信息链，建立协同工作机制，搭建起对接平台: once the pair is the subject, each thing its clauses set up is made together.
  const pair = PAIR_CLAUSE.exec(text);
  if (pair) {
    BY_PAIR.lastIndex = pair.index;
    for (let m = BY_PAIR.exec(text); m; m = BY_PAIR.exec(text)) {
      const object = m[1]!;
      if (inTitle(m.index) || found.some((t) => m!.index < t.end && t.at < m!.index + m![0].length) || /^(更多|更加|进一步|一些)/u.test(object) || object.length < 2) continue;
      found.push({ kind: kindOfNoun(object) ?? 'mechanism', actKind: 'mechanism', at: m.index, end: m.index + m[0].length, object, strength: 0.7 });
    }
  }
  const specific = found.filter((t) => !t.generic);
  found.sort((a, b) => a.at - b.at || b.end - a.end);
  const out: Trigger[] = [];
  for (const t of found) {
    if (t.generic && specific.some((o) => sameAct(text, t, o))) continue;
    const clash = out.findIndex((o) => t.at < o.end && o.at < t.end);
    if (clash < 0) out.push(t);
    else if (t.strength > out[clash]!.strength) out[clash] = t;
  }
  return out.sort((a, b) => a.at - b.at);
}

const DOMAIN_WORDS: Record<Domain, string[]> = {
  industry: ['产业', '制造', '汽车', '电子信息', '工业', '集群', '产业园', '装备', '汽摩', '氢能', '医药企业'],
  transport: ['交通', '公路', '高速', '铁路', '高铁', '航空', '机场', '公交', '航运', '水运', '断头路', '火车站', '旅客'],
  logistics: ['物流', '港', '多式联运', '班列', '集散', '分拨', '无水港', '口岸', '联运', '通道'],
  trade: ['贸易', '商务', '招商', '消费', '市场', '自贸', '开放', '进出口', '会展', '商品'],
  innovation: ['科技', '创新', '科学城', '研发', '实验', '科学', '研究院'],
  digital: ['大数据', '数字', '信息化', '互联网', '智慧', '5G', '数据'],
  finance: ['金融', '基金', '财政', '税收', '投资', '资本', '税务', '纳税', '路演', '投融资'],
  'tourism-culture': ['旅游', '文旅', '文化', '石刻', '非遗', '宣传', '巴士'],
  ecology: ['生态', '环境', '流域', '污染', '绿色', '环保', '河'],
  education: ['教育', '高校', '职业教育', '学校', '大学', '培训', '学院'],
  health: ['医疗', '医药', '健康', '医院', '卫生', '药'],
  'social-security': ['社保', '养老', '失业保险', '工伤', '社会保障', '人社'],
  housing: ['公积金', '住房'],
  'public-services': ['公共服务', '政务', '办事', '窗口', '营业执照', '通办', '便捷生活', '户口', '审批'],
  governance: ['联席会议', '规划纲要', '实施方案', '党建', '干部', '监管', '公平竞争', '工作机制', '重点任务'],
  security: ['治安', '警务', '公安', '执法', '安全'],
  talent: ['人才', '就业', '招聘', '青年', '专家', '青才'],
};

/** The fields a sentence is about: words in the act's object count twice; at most three. */
export function domainsOf(sentence: string, object: string): Domain[] {
  const found = fieldsNamed(sentence, object);
  return found.length ? found : ['governance'];
}

/**
 * The fields of one item of a list (汽车、…、生物医药等产业联盟: 汽车产业联盟): its own name's; the
 * sentence's only when its name gives none (its neighbours' names are not its fields).
 */
export function itemDomainsOf(sentence: string, name: string): Domain[] {
  const own = fieldsNamed(name, name);
  return own.length ? own : domainsOf(sentence, name);
}

function fieldsNamed(sentence: string, object: string): Domain[] {
  const score = new Map<Domain, number>();
  for (const [domain, words] of Object.entries(DOMAIN_WORDS) as [Domain, string[]][]) {
    let s = 0;
    for (const w of words) {
      if (object.includes(w)) s += 2;
      else if (sentence.includes(w)) s += 1;
    }
    if (s > 0) score.set(domain, s);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return [];
  const top = ranked[0]![1];
  const min = top <= 1 ? 1 : Math.max(2, top / 2);
  return ranked.filter(([, s]) => s >= min).slice(0, 3).map(([d]) => d).sort();
}
