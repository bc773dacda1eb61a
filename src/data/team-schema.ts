import { z } from 'zod';
import { agreementDate, agreementSchema } from './agreement-schema';
import { TEAM_SERVICE } from './team-mode';
import './zod-config';

/**
 * The team server's API contract (server/, docs/team.md), shared by the server, which validates
 * requests with it, and the app, which validates the answers. Agreements travel in the app's own
 * agreement schema with who added and reviewed them, and when.
 */
export { TEAM_META, TEAM_SERVICE } from './team-mode';

/** A planner's name as they give it: one line of plain text (markup is shown as text, never run). */
export const plannerName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(80, 'must be at most 80 characters')
  .regex(/^[^\p{Cc}]*$/u, 'must be one line without control characters');

/** `POST /api/articles`. */
export const newArticleBody = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty').max(500),
  newspaper: z.string().trim().max(200),
  /** Publication date: resolves 今年/去年 in the text; null when unknown. */
  date: agreementDate,
  text: z.string().min(1, 'must not be empty'),
  note: z.string().trim().max(2000).optional(),
  added_by: plannerName,
});
export type NewArticleBody = z.infer<typeof newArticleBody>;

/** `PUT /api/articles/:id/agreements`: each agreement is checked against `agreementSchema` on its own, so a problem is named by its index. */
export const reviewBody = z.strictObject({
  agreements: z.array(z.unknown()).max(2000),
  reviewed_by: plannerName,
});

const isoTime = z.string().min(1);

/** Who put an agreement on the team server and when, and who reviewed it (null while it is the extractor's proposal). */
export const provenance = z.object({
  added_by: z.string(),
  added_at: isoTime,
  reviewed_by: z.string().nullable(),
  reviewed_at: isoTime.nullable(),
});
export type Provenance = z.infer<typeof provenance>;

export const teamAgreementSchema = agreementSchema.and(provenance);
export type TeamAgreement = z.infer<typeof teamAgreementSchema>;
export const teamAgreementsResponse = z.object({ agreements: z.array(teamAgreementSchema) });

export const teamArticleSummary = z.object({
  id: z.string(),
  sha256: z.string(),
  title: z.string(),
  newspaper: z.string(),
  date: z.string().nullable(),
  note: z.string(),
  added_by: z.string(),
  added_at: isoTime,
  reviewed_by: z.string().nullable(),
  reviewed_at: isoTime.nullable(),
  /** How many agreements it has: the extractor's proposals until reviewed, then the accepted ones. */
  agreements: z.number().int().min(0),
});
export type TeamArticleSummary = z.infer<typeof teamArticleSummary>;
export const teamArticlesResponse = z.object({ articles: z.array(teamArticleSummary) });
export const teamArticleResponse = z.object({ article: teamArticleSummary.extend({ text: z.string() }), agreements: z.array(teamAgreementSchema) });

export const teamHealth = z.object({
  service: z.literal(TEAM_SERVICE),
  ok: z.boolean(),
  storage: z.enum(['pglite', 'postgres']),
  schema_version: z.number().int(),
  /** Whether reads need a token too (`TEAM_READ_TOKEN`). */
  read_token: z.boolean(),
});
export type TeamHealth = z.infer<typeof teamHealth>;

/** Every error answer: a short code and the same plain message in both languages. */
export const teamError = z.object({
  error: z.object({ code: z.string(), zh: z.string(), en: z.string() }),
  /** On 409: the article already kept with the same text. */
  existing: teamArticleSummary.optional(),
});
export type TeamError = z.infer<typeof teamError>;
