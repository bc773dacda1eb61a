import { describe, expect, it } from 'vitest';
import { extractAgreements } from './agreements';
import { packWeights, unpackWeights } from './packed-weights';
import { partyCandidates, type PartyCandidate } from './party-candidates';
import { modelTrigger } from './model-proposal';
import { committedPartyModel, learnedParties, scoreCandidate, type PartyModel } from './party-model';
import type { SentenceModel } from './sentence-model';
import { partyCodes, testGazetteer } from './test-gazetteer';

const gaz = testGazetteer();
// A sentence model that knows one word: any sentence holding 互访 scores 1, any other 0.
const toy: SentenceModel = { threshold: 0.5, bias: -30, weights: new Map([['互访', 60]]) };
// A party model that believes one source only.
const believing = (feature: string, more: Partial<PartyModel> = {}): PartyModel => ({ bias: -5, weights: new Map([[feature, 10]]), side: 0.5, keep: 0.9, fallback: false, ...more });
const read = (text: string, model: SentenceModel | null) => extractAgreements({ file: 'parties.txt', text, date: '2021-05-01' }, gaz, { model });

/** Every candidate the party model would be shown for the first sentence holding 互访, by code, with its features. */
function candidatesOf(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  extractAgreements({ file: 'c.txt', text, date: null }, gaz, {
    model: null,
    observe: ({ cues, sentence, ctx }) => {
      if (out.size || !cues.text.includes('互访')) return;
      for (const c of partyCandidates(modelTrigger(cues.text), sentence, ctx, gaz)) out.set(c.code, c.features);
    },
  });
  return out;
}

describe('party candidates', () => {
  it('gathers the places of the sentence, the paragraph and the headline, each once, saying where each was found', () => {
    const c = candidatesOf('荣昌区与泸州市深化合作\n\n大足区和眉山市负责人出席会议。会上，双方与潼南区组织干部互访交流。');
    expect([...c.keys()].sort()).toEqual(['500111', '500152', '500153', '510500', '511400']);
    expect(c.get('500152')).toEqual(expect.arrayContaining(['src:sentence', 'with-before', 'pronoun']));
    expect(c.get('500111')).toEqual(expect.arrayContaining(['src:group', 'group:ctx:same', 'pronoun&group']));
    expect(c.get('500111')).not.toContain('src:sentence');
    expect(c.get('510500')).toEqual(expect.arrayContaining(['src:headline']));
    for (const fs of c.values()) for (const f of fs) expect(f).not.toMatch(/\s/u);
  });
});

describe('learned parties', () => {
  const cand = (code: string, side: string, features: string[], own = true): PartyCandidate => ({ code, side, features, own, mention: { at: own ? 0 : -1, end: own ? 2 : -1, name: code, place: gaz.names.get(code === '500111' ? '大足区' : code === '511400' ? '眉山市' : '泸州市')![0]! } });
  const cs = [cand('500111', '500000', ['a']), cand('511400', '510000', ['b']), cand('510500', '510000', ['c'], false)];

  it('takes the best candidate of each side when both reach the side threshold, and any other above keep', () => {
    const model: PartyModel = { bias: 0, weights: new Map([['a', 2], ['b', 1], ['c', 0.5]]), side: 0.6, keep: 0.8, fallback: false };
    expect(scoreCandidate(model, cs[0]!)).toBeGreaterThan(0.85);
    const two = learnedParties(model, cs, gaz);
    expect(two?.parties.map((p) => p.code).sort()).toEqual(['500111', '511400']);
    expect(two?.context).toBe(false);
    const three = learnedParties({ ...model, keep: 0.6 }, cs, gaz);
    expect(three?.parties.map((p) => p.code).sort()).toEqual(['500111', '510500', '511400']);
    expect(three?.context).toBe(true);
  });

  it('finds no parties when one side is below the threshold', () => {
    const model: PartyModel = { bias: 0, weights: new Map([['a', 2], ['b', -1], ['c', -1]]), side: 0.5, keep: 0.9, fallback: false };
    expect(learnedParties(model, cs, gaz)).toBeNull();
  });

  it('gives the sentence model’s proposals the parties it picks, where partiesFor would take the paragraph’s', () => {
    const text = '荣昌区与泸州市深化合作\n\n大足区和眉山市负责人出席会议。会上，双方组织干部互访交流。';
    const byRules = read(text, toy).find((a) => a.reasons?.includes('model'));
    expect(partyCodes(byRules!)).toEqual(['500111', '511400']);
    const learned = read(text, { ...toy, parties: believing('src:headline') }).find((a) => a.reasons?.includes('model'));
    expect(partyCodes(learned!)).toEqual(['500153', '510500']);
    expect(learned!.reasons).toEqual(expect.arrayContaining(['model', 'context-parties']));
  });

  it('drops a proposal it finds no two sides for, unless told to fall back on partiesFor', () => {
    const text = '4月20日，大足区与眉山市组织干部互访交流。';
    expect(read(text, { ...toy, parties: believing('level:county') }).filter((a) => a.reasons?.includes('model'))).toEqual([]);
    const fallen = read(text, { ...toy, parties: believing('level:county', { fallback: true }) });
    expect(fallen.map(partyCodes)).toEqual([['500111', '511400']]);
  });

  it('reads the parties of the rules’ own agreements too when told to', () => {
    const text = '荣昌区与泸州市深化合作\n\n大足区和眉山市负责人出席会议。会上，双方签署了合作协议。';
    const rules = read(text, null).find((a) => a.quote.includes('双方签署'));
    expect(partyCodes(rules!)).toEqual(['500111', '511400']);
    const notTold = read(text, { ...toy, parties: believing('src:headline') }).find((a) => a.quote.includes('双方签署'));
    expect(partyCodes(notTold!)).toEqual(['500111', '511400']);
    const told = read(text, { ...toy, parties: believing('src:headline', { rules: true }) }).find((a) => a.quote.includes('双方签署'));
    expect(partyCodes(told!)).toEqual(['500153', '510500']);
    expect(told!.reasons ?? []).not.toContain('model');
  });

  it('leaves the parties of a rules’ agreement whose sentence names both sides itself, even when told to read the rules’ too', () => {
    const text = '荣昌区与泸州市深化合作\n\n大足区和眉山市负责人出席会议。会上，大足区与眉山市签署了合作协议。';
    const told = read(text, { ...toy, parties: believing('src:headline', { rules: true }) }).find((a) => a.quote.includes('签署了合作协议'));
    expect(partyCodes(told!)).toEqual(['500111', '511400']);
  });

  it('keeps the committed weights packed as generated', () => {
    const m = committedPartyModel();
    expect(unpackWeights(packWeights(m.weights))).toEqual(m.weights);
    expect(m.side).toBeGreaterThan(0);
  });
});
