import type { Agreement } from '../data/agreement-schema';
import { REASONS, type Domain } from '../data/agreement-vocab';
import { FUTURE, NOT_FUTURE, partiesFor, speakerClauses, splitByParty, type Sentence } from './act';
import { domainsOf, findTriggers } from './classify';
import { ArticleContext } from './context';
import { findDates } from './dates';
import type { Gazetteer } from './gazetteer';
import { itemsOf } from './lists';
import { normalise, originalSpan } from './normalise';
import { placesIn } from './places';
import { blocks, sentences } from './segment';
import { mergeStatements, type Candidate } from './statements';
import { titlesOf } from './titles';

/** An article to read: its file name (or local id), text, and publication date (resolves 今年, 去年). */
export interface ArticleInput {
  file: string;
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; null when unknown (relative dates are then left unresolved). */
  date: string | null;
}

/** Below this an act is too uncertain to list (a hope, a one-sided plan with its partner only implied). */
export const MIN_CONFIDENCE = 0.5;
const QUESTION = /[？?]\s*$/u;

/** The agreements one article states, each with the sentence that says so. Pure: no I/O. */
export function extractAgreements(article: ArticleInput, gaz: Gazetteer): Agreement[] {
  const text = article.text;
  const found: Candidate[] = [];
  // The lead's first full date is the day of the event the article reports (本次会议).
  const allDates = findDates(normalise(text.slice(0, 4000)).text, article.date);
  const leadDate = allDates.find((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.value))?.value ?? null;
  const ctx = new ArticleContext(gaz);
  const blockList = blocks(text);
  // Sentences come in order, so the block an offset lies in is found by walking forward.
  let blockAt = 0;
  const blockOf = (at: number) => {
    while (blockAt < blockList.length - 1 && at >= blockList[blockAt]!.end) blockAt++;
    return blockAt;
  };
  // The last full date a paragraph gave (for the sentences after it in that paragraph).
  let blockDate: { value: string; block: number } | null = null;
  // An act announced with its items to follow (三地将联合推出三条线路：一是…；二是…).
  let enumeration: { base: Candidate; block: number } | null = null;
  for (const sp of sentences(text)) {
    const original = text.slice(sp.start, sp.end);
    const n = normalise(original);
    const block = blockOf(sp.start);
    const mentions = ctx.resolve(placesIn(n.text, gaz));
    const speakers = speakerClauses(n.text);
    const headline = /^[#【□]/u.test(n.text) || !/[。！!；;”」』）)]$/u.test(n.text);
    const s: Sentence = { text: n.text, headline, mentions, speakers, block };
    const spoken = mentions.filter((m) => speakers.some(([a, b]) => m.at >= a && m.end <= b));
    const span = originalSpan(n, 0, n.text.length);
    const at = { start: sp.start + span.start, end: sp.start + span.end };
    const item = enumeration && enumeration.block === block ? /^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]|第[一二三四五六七八九十]，?)(.*)$/u.exec(n.text) : null;
    if (item && enumeration) {
      const name = /“([^”]{2,30})”/u.exec(item[1]!)?.[1] ?? item[1]!.replace(/[；;。，,].*$/u, '').slice(0, 24);
      found.push({ ...enumeration.base, trigger: { ...enumeration.base.trigger, object: name }, span: at, sentence: n.text, reasons: new Set([...enumeration.base.reasons, 'list-item']), countedOf: enumeration.base.trigger.object });
    } else if (!item) enumeration = null;
    if (!QUESTION.test(original) && !item) {
      const triggers = findTriggers(n.text).flatMap((t) => itemsOf(t, n.text));
      const dates = triggers.length ? findDates(n.text.replace(/《[^》]*》|（[^）]*）|\([^)]*\)/gu, (m) => '\u0000'.repeat(m.length)), article.date) : [];
      for (const t of triggers) {
        const f = partiesFor(t, s, ctx, gaz);
        if (!f) continue;
        const dated = [...dates].reverse().find((d) => d.at < t.at) ?? dates[0];
        let date = dated?.value ?? null;
        if (!date && /(本次会议|此次会议|这次会议|会议审议|(?:^|[，,])会上)/u.test(n.text)) date = leadDate;
        // 3月11日，两地举行签约仪式。会上，两地签署了…: the paragraph's date is the day of what it tells.
        if (!date && blockDate && blockDate.block === block) date = blockDate.value;
        if (headline) f.reasons.add('headline');
        if (!date) f.reasons.add('no-date');
        if (t.list) f.reasons.add('list-item');
        const confidence = Math.max(0.05, Math.min(0.99, f.confidence + (date ? 0.05 : 0) - (headline ? 0.1 : 0)));
        const base: Candidate = { trigger: t, parties: f.parties, date, span: at, sentence: n.text, confidence, reasons: f.reasons, headline };
        // 三条精品旅游线路：一是…: the items are the agreements, not their count.
        const counted = /^[两二三四五六七八九十\d]+(条|个|项|大|类|方面)/u.test(t.object.replace(/^(了|共)/u, ''));
        if (counted && /^[:：]\s*(一是|其一|第一)/u.test(n.text.slice(t.end))) {
          const first = /^[:：]\s*(?:一是|其一|第一，?)(.*)$/u.exec(n.text.slice(t.end))![1]!;
          const name = /“([^”]{2,30})”/u.exec(first)?.[1] ?? first.replace(/[；;。，,].*$/u, '').slice(0, 24);
          found.push({ ...base, trigger: { ...t, object: name }, reasons: new Set([...f.reasons, 'list-item']), countedOf: t.object });
          enumeration = { base, block };
          continue;
        }
        const split = splitByParty(t, s, f.parties, gaz);
        split.forEach((parties, i) => found.push({ ...base, parties, ...(split.length > 1 ? { item: i, reasons: new Set([...f.reasons, 'list-item' as const]) } : {}) }));
      }
    }
    if (!item && n.text.includes('日')) {
      const full = findDates(n.text, article.date).filter((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d.value)).pop();
      if (full) blockDate = { value: full.value, block };
    }
    ctx.after(mentions, block, { headline, spoken, open: /[；;：:]$/u.test(n.text), future: FUTURE.test(n.text.replace(NOT_FUTURE, '')) && !/已|目前|截至/u.test(n.text) });
  }
  return finish(article, mergeStatements(found), gaz);
}

function finish(article: ArticleInput, merged: Candidate[], gaz: Gazetteer): Agreement[] {
  const text = article.text;
  const ids = new Set<string>();
  return merged
    .filter((c) => Math.round(c.confidence * 100) / 100 >= MIN_CONFIDENCE)
    .map((c) => {
      const domains: Domain[] = domainsOf(c.sentence, c.trigger.object);
      const { zh, en, slug } = titlesOf(c.trigger, c.parties, domains, gaz);
      const prefix = article.file.replace(/\.[a-z]+$/iu, '').toLowerCase().replace(/[^a-z0-9]+/gu, '-').split('-')[0] || 'local';
      let id = `${prefix}-${slug}`.slice(0, 56).replace(/-+$/u, '');
      for (let k = 2; ids.has(id); k++) id = `${prefix}-${slug}`.slice(0, 52).replace(/-+$/u, '') + `-${k}`;
      ids.add(id);
      const reasons = REASONS.filter((r) => c.reasons.has(r));
      const a: Agreement = {
        id,
        article: article.file,
        span: c.span,
        quote: text.slice(c.span.start, c.span.end),
        title_zh: zh,
        title_en: en,
        kind: c.trigger.kind,
        date: c.date,
        parties: c.parties,
        domains,
        confidence: Math.round(c.confidence * 100) / 100,
      };
      if (reasons.length) a.reasons = reasons;
      return a;
    });
}
