import { agreementSchema, type Agreement } from '../src/data/agreement-schema';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type LocalArticle } from '../src/data/bundle';
import type { TeamAgreement, TeamArticleSummary } from '../src/data/team-schema';
import type { Database, Sql } from './db/sql';

/** An article as the API stores it: already read (text prepared, hashed, given its id). */
export interface NewArticle {
  id: string;
  sha256: string;
  title: string;
  newspaper: string;
  date: string | null;
  text: string;
  note: string;
  added_by: string;
}

export type AddOutcome = { ok: true; article: TeamArticleSummary; agreements: TeamAgreement[] } | { ok: false; existing: TeamArticleSummary };

/**
 * The one storage interface of the team server, over either driver. Every write is one
 * transaction: an article is there with all its agreements or not at all.
 */
export interface TeamStore {
  readonly kind: Database['kind'];
  /** Stores an article with the extractor's proposals as its (unreviewed) agreements; an article with the same text is not stored twice. */
  addArticle(article: NewArticle, proposals: readonly Agreement[], at: Date): Promise<AddOutcome>;
  /** Replaces an article's agreements with the reviewed ones; null when there is no such article. */
  review(articleId: string, agreements: readonly Agreement[], by: string, at: Date): Promise<TeamAgreement[] | null>;
  /** Removes an article and its agreements; false when there was none. */
  remove(articleId: string): Promise<boolean>;
  articles(): Promise<TeamArticleSummary[]>;
  article(id: string): Promise<{ article: TeamArticleSummary & { text: string }; agreements: TeamAgreement[] } | null>;
  agreements(): Promise<TeamAgreement[]>;
  /** The team's reviewed additions as the bundle the app imports and exports (src/data/bundle.ts). */
  bundle(): Promise<Bundle>;
  /** Resolves when the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

interface ArticleRow {
  id: string;
  sha256: string;
  title: string;
  newspaper: string;
  date: string | null;
  note: string;
  added_by: string;
  added_at: Date | string;
  reviewed_by: string | null;
  reviewed_at: Date | string | null;
  agreements: number | string;
  text?: string;
}
interface AgreementRow {
  body: unknown;
  added_by: string;
  added_at: Date | string;
  reviewed_by: string | null;
  reviewed_at: Date | string | null;
}

const iso = (t: Date | string): string => new Date(t).toISOString();

const summaryOf = (r: ArticleRow): TeamArticleSummary => ({
  id: r.id,
  sha256: r.sha256,
  title: r.title,
  newspaper: r.newspaper,
  date: r.date,
  note: r.note,
  added_by: r.added_by,
  added_at: iso(r.added_at),
  reviewed_by: r.reviewed_by,
  reviewed_at: r.reviewed_at === null ? null : iso(r.reviewed_at),
  agreements: Number(r.agreements),
});

// Parsed on the way out too: what the API hands on is the app's agreement schema, fields in its order.
const agreementOf = (r: AgreementRow): TeamAgreement => ({
  ...agreementSchema.parse(typeof r.body === 'string' ? JSON.parse(r.body) : r.body),
  added_by: r.added_by,
  added_at: iso(r.added_at),
  reviewed_by: r.reviewed_by,
  reviewed_at: r.reviewed_at === null ? null : iso(r.reviewed_at),
});

const SUMMARY = `a.id, a.sha256, a.title, a.newspaper, a.date, a.note, a.added_by, a.added_at, a.reviewed_by, a.reviewed_at,
  (SELECT count(*) FROM agreements g WHERE g.article_id = a.id) AS agreements`;
const AGREEMENTS = `SELECT g.body, a.added_by, a.added_at, a.reviewed_by, a.reviewed_at FROM agreements g JOIN articles a ON a.id = g.article_id`;

/** The agreements as one JSON parameter, unpacked in SQL: one statement whatever their number. */
const insertAgreements = (tx: Sql, articleId: string, agreements: readonly Agreement[]) =>
  agreements.length === 0
    ? Promise.resolve([])
    : tx.query(
        `INSERT INTO agreements (id, article_id, position, body)
         SELECT e ->> 'id', $1, (n - 1)::integer, e FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t (e, n)`,
        [articleId, JSON.stringify(agreements)],
      );

export function teamStore(db: Database): TeamStore {
  const summary = async (q: Sql, where: string, params: unknown[]) => (await q.query<ArticleRow>(`SELECT ${SUMMARY} FROM articles a WHERE ${where}`, params)).map(summaryOf)[0] ?? null;
  const agreementsOfArticle = async (q: Sql, id: string) => (await q.query<AgreementRow>(`${AGREEMENTS} WHERE g.article_id = $1 ORDER BY g.position`, [id])).map(agreementOf);

  return {
    kind: db.kind,
    async addArticle(a, proposals, at) {
      for (let attempt = 0; attempt < 3; attempt++) {
        // One statement, so one transaction: the article with all its agreements, or neither. Of two
        // writers of one text, whichever commits first keeps it; the other inserts nothing.
        const [row] = await db.query<{ inserted: number }>(
          `WITH article AS (
             INSERT INTO articles (id, sha256, title, newspaper, date, text, note, added_by, added_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id
           ), agreements AS (
             INSERT INTO agreements (id, article_id, position, body)
             SELECT e ->> 'id', article.id, (n - 1)::integer, e FROM article, jsonb_array_elements($10::jsonb) WITH ORDINALITY AS t (e, n)
           )
           SELECT count(*)::integer AS inserted FROM article`,
          [a.id, a.sha256, a.title, a.newspaper, a.date, a.text, a.note, a.added_by, at.toISOString(), JSON.stringify(proposals)],
        );
        if (row?.inserted === 1) {
          // Answered from what was written (no read-back: it would double the work of a write).
          const added = { added_by: a.added_by, added_at: at.toISOString(), reviewed_by: null, reviewed_at: null };
          const { text: _text, ...fields } = a;
          return { ok: true, article: { ...fields, ...added, agreements: proposals.length }, agreements: proposals.map((p) => ({ ...p, ...added })) };
        }
        // Same text; or, once in 2^48, another text whose hash begins alike (the id is its first 12 hex digits).
        const existing = (await summary(db, 'a.sha256 = $1', [a.sha256])) ?? (await summary(db, 'a.id = $1', [a.id]));
        if (existing) return { ok: false, existing };
        // Removed between the two statements: try again.
      }
      throw new Error(`article ${a.id} was neither stored nor found`);
    },
    review: (id, agreements, by, at) =>
      db.transaction(async (tx) => {
        // The row lock taken here also queues two reviews of one article one after the other.
        const found = await tx.query('UPDATE articles SET reviewed_by = $2, reviewed_at = $3 WHERE id = $1 RETURNING id', [id, by, at.toISOString()]);
        if (found.length === 0) return null;
        await tx.query('DELETE FROM agreements WHERE article_id = $1', [id]);
        await insertAgreements(tx, id, agreements);
        return agreementsOfArticle(tx, id);
      }),
    remove: (id) => db.transaction(async (tx) => (await tx.query('DELETE FROM articles WHERE id = $1 RETURNING id', [id])).length > 0),
    articles: async () => (await db.query<ArticleRow>(`SELECT ${SUMMARY} FROM articles a ORDER BY a.added_at, a.id`)).map(summaryOf),
    article: (id) =>
      db.transaction(async (tx) => {
        const rows = await tx.query<ArticleRow>(`SELECT ${SUMMARY}, a.text FROM articles a WHERE a.id = $1`, [id]);
        const row = rows[0];
        if (!row) return null;
        return { article: { ...summaryOf(row), text: row.text! }, agreements: await agreementsOfArticle(tx, id) };
      }),
    agreements: async () => (await db.query<AgreementRow>(`${AGREEMENTS} ORDER BY a.added_at, a.id, g.position`)).map(agreementOf),
    bundle: () =>
      db.transaction(async (tx) => {
        const articles = await tx.query<ArticleRow & { text: string }>(`SELECT ${SUMMARY}, a.text FROM articles a ORDER BY a.added_at, a.id`);
        const agreements = await tx.query<AgreementRow>(`${AGREEMENTS} WHERE a.reviewed_at IS NOT NULL ORDER BY a.added_at, a.id, g.position`);
        return {
          format: BUNDLE_FORMAT,
          version: BUNDLE_VERSION,
          articles: articles.map(
            (r): LocalArticle => ({ id: r.id, title: r.title, newspaper: r.newspaper, date: r.date, text: r.text, sha256: r.sha256, note: r.note, added_at: iso(r.added_at), added_by: r.added_by }),
          ),
          agreements: agreements.map((r) => agreementSchema.parse(typeof r.body === 'string' ? JSON.parse(r.body) : r.body)),
        };
      }),
    ping: async () => void (await db.query('SELECT 1')),
    close: () => db.close(),
  };
}
