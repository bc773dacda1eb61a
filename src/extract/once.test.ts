import { describe, expect, it } from 'vitest';
import type { Party } from '../data/agreement-schema';
import type { Kind, Reason } from '../data/agreement-vocab';
import { extractAgreements } from './agreements';
import { onceEach, oneThingEach } from './once';
import type { SentenceModel } from './sentence-model';
import type { Candidate } from './statements';
import { partyCodes, testGazetteer } from './test-gazetteer';

// Round 12: the same agreement proposed once per article. Every sentence here is written for the test.
const gaz = testGazetteer();
// A model that proposes nothing of its own: the rules' statements, told once.
const folding: SentenceModel = { threshold: 2, bias: -30, weights: new Map(), once: true, oneThing: true };
const read = (text: string, model: SentenceModel | null = folding) => extractAgreements({ file: 'o.txt', text, date: '2023-06-01' }, gaz, { model });

const party = (code: string): Party => ({ name: code, code, level: 'county' });
let at = 0;
/** A statement as mergeStatements leaves it: its thing's name at the end of its sentence. */
function statement(object: string, o: { kind?: Kind; codes?: string[]; sentence?: string; confidence?: number; date?: string | null; item?: number; learned?: boolean } = {}): Candidate {
  const sentence = o.sentence ?? `甲乙两地共同${object}。`;
  const end = sentence.lastIndexOf(object) + object.length;
  const start = (at += 100);
  return {
    trigger: { kind: o.kind ?? 'agreement', at: end - object.length, end, object, strength: 0.9 },
    parties: (o.codes ?? ['500153', '511083']).map(party),
    date: o.date === undefined ? null : o.date,
    confidence: o.confidence ?? 0.8,
    reasons: new Set<Reason>(o.date ? [] : ['no-date']),
    span: o.sentence ? { start: 0, end: sentence.length } : { start, end: start + sentence.length },
    sentence,
    headline: false,
    ...(o.item !== undefined ? { item: o.item } : {}),
    ...(o.learned ? { features: ['source:item'] } : {}),
  };
}

describe('once per article: the same agreement named again, with other parties', () => {
  it('folds an alliance’s head said again (为联盟揭牌) into the alliance named in full, keeping the first parties', () => {
    const text = '3月5日，荣昌区与隆昌市共同成立川南渝西文旅推广联盟。\n\n会上，大足区、安岳县和荣昌区签约加入川南渝西文旅推广联盟。\n\n永川区、泸县的代表为联盟揭牌。';
    const alliances = read(text).filter((a) => a.kind === 'alliance');
    expect(read(text, null).filter((a) => a.kind === 'alliance')).toHaveLength(2);
    expect(alliances).toHaveLength(1);
    expect(partyCodes(alliances[0]!)).toEqual(['500153', '511083']);
  });
  it('folds a named document told again by another pair into the surer statement, and gives it the date it lacked', () => {
    const first = statement('《森林防火联防联控协议》', { confidence: 0.95 });
    const again = statement('《森林防火联防联控协议》', { codes: ['500000', '510000'], confidence: 0.5, date: '2023-03', learned: true });
    const kept = onceEach([first, again]);
    expect(kept).toEqual([first]);
    expect(kept[0]!.date).toBe('2023-03');
    expect(kept[0]!.reasons.has('no-date')).toBe(false);
    expect(partyCodes(kept[0]!)).toEqual(['500153', '511083']);
  });
  it('keeps the rules’ statement over the learned reading’s at the same confidence, wherever it stands', () => {
    const learned = statement('川南渝西消费维权联盟', { kind: 'alliance', confidence: 0.5, learned: true });
    const rules = statement('川南渝西消费维权联盟', { kind: 'alliance', codes: ['500153', '510500'], confidence: 0.5 });
    expect(onceEach([learned, rules])).toEqual([rules]);
  });
  it('of two learned proposals as sure, keeps the body’s over the headline’s, and one naming its parties over one taking them from around', () => {
    const headline = { ...statement('川南渝西消费维权联盟', { kind: 'alliance', confidence: 0.5, codes: ['500000', '511083'], learned: true }), headline: true };
    const body = statement('川南渝西消费维权联盟', { kind: 'alliance', confidence: 0.5, codes: ['500153', '511083', '510521'], learned: true });
    expect(onceEach([headline, body])).toEqual([body]);
    const around = statement('《毗邻地区河长协作协议》', { confidence: 0.5, codes: ['500000', '510000'], learned: true });
    around.reasons.add('context-parties');
    const own = statement('《毗邻地区河长协作协议》', { confidence: 0.5, learned: true });
    expect(onceEach([around, own])).toEqual([own]);
  });
  it('keeps a batch apart from one of its members', () => {
    const batch = statement('第二批川渝产业合作示范园', { kind: 'project' });
    const one = statement('荣隆产业合作示范园', { kind: 'project' });
    const sameOne = statement('川渝产业合作示范园', { kind: 'project', codes: ['500000', '510000'] });
    expect(onceEach([batch, one, sameOne])).toHaveLength(3);
  });
  it('keeps a zone and its plan, two meetings sharing a head, and a 分别 signing’s partners apart', () => {
    const zone = statement('荣隆文旅融合发展示范区', { kind: 'project' });
    const plan = statement('《荣隆文旅融合发展示范区总体方案》', { kind: 'plan' });
    expect(onceEach([zone, plan])).toHaveLength(2);
    const m1 = statement('共建明月湖生态示范带党政联席会议', { kind: 'mechanism' });
    const m2 = statement('推动川渝两省党政联席会议', { kind: 'mechanism' });
    expect(onceEach([m1, m2])).toHaveLength(2);
    const sentence = '荣昌区与隆昌市、泸县分别签订了《文旅协作框架协议》。';
    const a = statement('《文旅协作框架协议》', { sentence, item: 0 });
    const b = statement('《文旅协作框架协议》', { sentence, codes: ['500153', '510521'], item: 1 });
    expect(onceEach([a, b])).toHaveLength(2);
  });
});

describe('one thing per name: a second statement of a sentence naming no thing of its own', () => {
  it('drops a consensus reached beside the document signed', () => {
    const text = '3月5日，荣昌区与隆昌市达成一致意见，并签订了河流联防联治协议书。';
    expect(read(text, null)).toHaveLength(2);
    expect(read(text).map((a) => a.title_zh)).toEqual(['荣昌、隆昌：河流联防联治协议书']);
  });
  it('drops a platform named by what every one is beside the zone built', () => {
    const text = '3月5日，荣昌区与隆昌市签约共建荣隆文旅融合发展示范区，这是两地合作共建的区域发展功能平台。';
    expect(read(text, null)).toHaveLength(2);
    expect(read(text).map((a) => a.title_zh)).toEqual(['荣昌、隆昌：荣隆文旅融合发展示范区']);
  });
  it('drops a piece of another statement’s name, and keeps items of one list', () => {
    const sentence = '当日，川渝产业园区发展联盟在荣昌成立。';
    const whole = statement('川渝产业园区发展联盟', { kind: 'alliance', sentence });
    const piece = { ...statement('川渝产业园', { kind: 'project', sentence }), trigger: { kind: 'project' as const, at: 3, end: 8, object: '川渝产业园', strength: 0.85 } };
    expect(oneThingEach([whole, piece])).toEqual([whole]);
    const list = '两地建立联席会议机制、合作机制和荣隆文旅融合发展示范区。';
    const items = ['联席会议机制', '合作机制', '荣隆文旅融合发展示范区'].map((o) => {
      const s = statement(o, { kind: 'mechanism', sentence: list });
      return { ...s, trigger: { ...s.trigger, at: list.indexOf(o), end: list.indexOf(o) + o.length, list: { start: 4, end: list.length - 1 } } };
    });
    expect(oneThingEach(items)).toHaveLength(3);
  });
});

describe('a signing done together (共同签订) by one body with a list of others', () => {
  it('is one agreement of them all, while 分别签订 is one per partner', () => {
    const together = read('5月29日，荣昌区人民法院与隆昌市人民法院、泸县人民法院、内江市市中区人民法院共同签订了《司法协作框架协议》。', null);
    expect(together).toHaveLength(1);
    expect(partyCodes(together[0]!)).toEqual(['500153', '510521', '511002', '511083']);
    const each = read('5月29日，荣昌区人民法院与隆昌市人民法院、泸县人民法院分别签订了《司法协作框架协议》。', null);
    expect(each.map(partyCodes)).toEqual([
      ['500153', '511083'],
      ['500153', '510521'],
    ]);
  });
});
