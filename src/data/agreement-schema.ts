import { z } from 'zod';
import { DOMAINS, KINDS, PARTY_LEVELS, REASONS } from './agreement-vocab';
import './zod-config';

/**
 * The contract of `geodata/agreements.json` (see docs/ARCHITECTURE.md). The extractor CLI, the app's
 * loader and the bundle import of locally added articles all validate against this one schema.
 */
const code6 = z.string().regex(/^\d{6}$/, 'must be a 6-digit code');

export const partySchema = z.object({
  name: z.string().min(1),
  /** GB/T 2260 code of the district, prefecture or province; for a new area, the district it lies in (first of them); for a body, its province. null when unknown. */
  code: code6.nullable(),
  level: z.enum(PARTY_LEVELS),
  /** For a new area or zone: every district it lies in. */
  codes: z.array(code6).optional(),
});
export type Party = z.infer<typeof partySchema>;

const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });

/** One report of an agreement: an article and the sentence in it that states the agreement. */
export const sourceSchema = z
  .object({ article: z.string().min(1), span, quote: z.string().min(1) })
  .refine((s) => s.span.end > s.span.start && s.quote.length === s.span.end - s.span.start, { message: 'quote length must equal the span', path: ['quote'] });
export type Source = z.infer<typeof sourceSchema>;

export const agreementDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD').nullable();

export const agreementSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/, 'must be a lower-case slug'),
    article: z.string().min(1),
    span,
    quote: z.string().min(1),
    title_zh: z.string().min(1),
    title_en: z.string().min(1),
    kind: z.enum(KINDS),
    date: agreementDate,
    parties: z.array(partySchema),
    domains: z.array(z.enum(DOMAINS)),
    confidence: z.number().min(0).max(1),
    /** Why the extractor is unsure (absent: no doubt to report; files from before the field are valid). */
    reasons: z.array(z.enum(REASONS)).optional(),
    /**
     * An item of a list the extractor read item by item (A、B、C三大联盟; A与B、C分别签订): where that list lies in
     * the article. The items of one list share it, and are distinct by design (the review says so rather than
     * "same sentence"). Absent for an agreement of its own, and in files from before the field.
     */
    list: span.refine((s) => s.end > s.start, { message: 'list.end must be after list.start' }).optional(),
    /**
     * Every article that reports the agreement, the one quoted above first (absent: only that one).
     * Optional, so files written before it stay valid.
     */
    sources: z.array(sourceSchema).min(2).optional(),
    /**
     * Ids the same agreement (same article and sentence) had in earlier versions of the file: an id is made
     * from the title, which a better reading may change, and a link made before must still open it.
     */
    former_ids: z.array(z.string().min(1)).min(1).optional(),
  })
  .refine((a) => a.span.end > a.span.start, { message: 'span.end must be after span.start', path: ['span'] })
  .refine((a) => a.quote.length === a.span.end - a.span.start, { message: 'quote length must equal the span', path: ['quote'] })
  .refine((a) => !a.sources || (a.sources[0]!.article === a.article && a.sources[0]!.span.start === a.span.start), { message: 'the first source must be the article and span quoted', path: ['sources'] });
export type Agreement = z.infer<typeof agreementSchema>;

export const agreementsFile = z
  .object({ agreements: z.array(agreementSchema) })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.agreements.forEach((a, i) => {
      if (seen.has(a.id)) ctx.addIssue({ code: 'custom', path: ['agreements', i, 'id'], message: `duplicate id ${a.id}` });
      seen.add(a.id);
    });
  });
export type AgreementsFile = z.infer<typeof agreementsFile>;

export const articleMetaSchema = z.object({
  file: z.string().min(1),
  title: z.string().min(1),
  newspaper: z.string().min(1),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  date_reasoning: z.string().min(1),
  /** Set when the file is a whole newspaper page: headlines of the page's other stories, as printed in the file. */
  other_stories: z.array(z.string().min(1)).min(1).optional(),
});
export const articlesFile = z.object({ articles: z.array(articleMetaSchema) });
