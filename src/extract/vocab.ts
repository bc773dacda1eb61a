import type { Kind } from '../data/agreement-vocab';

/**
 * The words of a joint act, as classes: what is made (object nouns, each with its kind) and how
 * (verbs). `classify.ts` builds its general act patterns from this table, `lists.ts` reads a list's
 * items by the same nouns, so a noun added here is known to every rule at once.
 */

/** Documents: signed, countersigned or issued (their kind is the act's: signed → agreement, issued → plan). */
export const DOCUMENT_NOUNS = [
  '协议书', '协议', '协定', '备忘录', '意向书', '会议纪要', '纪要', '章程', '公约', '宣言', '倡议书', '承诺书',
  '方案', '行动计划', '工作计划', '计划', '规划', '实施意见', '指导意见', '意见', '办法', '规范', '细则', '规则', '规程', '指引', '守则', '标准', '清单', '要点', '文件',
];

/** Bodies and things set up together, by kind. Longer nouns first where one ends another. */
export const MADE_NOUNS: [Kind, string[]][] = [
  ['alliance', ['联盟', '联合会', '协会', '商会', '协作组', '合作组织', '合作社', '医联体', '联合体', '共同体']],
  ['mechanism', ['联席会议', '机制', '制度', '服务中心', '分中心', '中心', '平台', '工作站', '工作专班', '专班', '工作组', '领导小组', '联合办公室', '办公室', '专窗', '窗口']],
  ['project', ['研究院', '研究所', '学院', '分院', '实验室', '基地', '产业园', '园区', '示范区', '先行区', '试验区', '合作区', '示范带', '走廊', '协作区', '公司', '集团', '数据库', '资源库', '人才库', '专家库', '师资库', '文创园', '科技园', '示范园']],
  ['fund', ['基金']],
];

/** Verbs that make something with a partner only when said to be done together (成立 alone may be one side's). */
export const SETUP_VERBS = ['发起成立', '成立', '组建', '设立', '建立', '创建', '搭建', '揭牌', '授牌', '启动'];
/** Verbs that adopt or issue a document (研究出台…细则, 联合印发…办法). */
export const ISSUE_VERBS = ['研究出台', '研究制定', '出台', '印发', '制定', '编制', '发布'];
/** Words that say the act was done together. */
export const TOGETHER = ['共同', '联合', '携手', '合作', '合力', '一起'];

const alt = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).join('|');

export const DOCUMENT = alt(DOCUMENT_NOUNS);
/** What is signed (计划, 规划, 标准 alone are issued, not signed: 签约项目计划总投资… is no document). */
export const SIGNED = alt(DOCUMENT_NOUNS.filter((w) => !['计划', '规划', '标准', '清单', '要点', '指引'].includes(w)));
/** A document an item of a list is (A方案、B办法和C机制): a named kind, not the bare 文件 a list is summed up as. */
export const ITEM_DOCUMENT = alt(DOCUMENT_NOUNS.filter((w) => !['文件', '纪要', '要点', '标准', '清单', '指引', '计划', '规划'].includes(w)));
export const MADE = alt(MADE_NOUNS.flatMap(([, ws]) => ws));
export const SETUP = alt(SETUP_VERBS);
export const ISSUE = alt(ISSUE_VERBS);
export const JOINTLY = alt(TOGETHER);

/** The kind a made thing's noun says (联盟: alliance, 研究院: project), null when it is no made thing. */
export function kindOfMade(noun: string): Kind | null {
  for (const [kind, ws] of MADE_NOUNS) for (const w of ws) if (noun.endsWith(w)) return kind;
  return null;
}
