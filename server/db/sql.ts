/**
 * The little the team store needs of a PostgreSQL connection, so one store runs on two drivers:
 * PGlite in-process (`pglite.ts`) and a PostgreSQL server through `pg` (`postgres.ts`). SQL is
 * always sent with its values as parameters ($1, $2…), never spliced into the text.
 */
export interface Sql {
  query<T extends object = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (the migrations). */
  exec(script: string): Promise<void>;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
