import type { z } from 'zod';
import { DataError } from './errors';

const MAX_ISSUES = 3;

/** Formats zod issues as "features[12].properties.code: must be a 6-digit code". */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, MAX_ISSUES).map((i) => {
    const path = i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    return path ? `${path}: ${i.message}` : i.message;
  });
  const more = issues.length > MAX_ISSUES ? ` (and ${issues.length - MAX_ISSUES} more)` : '';
  return shown.join('; ') + more;
}

/** Fetches a same-origin JSON file and validates it; every failure is a DataError naming the file. */
export async function loadJson<S extends z.ZodType>(url: string, file: string, schema: S, fetchImpl: typeof fetch = fetch): Promise<z.infer<S>> {
  return validated(await fetchText(url, file, fetchImpl), file, schema);
}

/**
 * As loadJson, and a `blob:` URL of the text that passed, for MapLibre's worker: it reads exactly
 * what was validated, from memory, instead of fetching the file again (a second request, which a
 * server that does not cache answers with the whole file).
 */
export async function loadJsonWithBlob<S extends z.ZodType>(url: string, file: string, schema: S, fetchImpl: typeof fetch = fetch): Promise<{ value: z.infer<S>; blob: string }> {
  const text = await fetchText(url, file, fetchImpl);
  const value = validated(text, file, schema);
  return { value, blob: URL.createObjectURL(new Blob([text], { type: 'application/json' })) };
}

async function fetchText(url: string, file: string, fetchImpl: typeof fetch): Promise<string> {
  let res: Response;
  try {
    res = await fetchImpl(url);
  } catch (e) {
    throw new DataError(file, `could not be fetched (${(e as Error).message})`);
  }
  if (!res.ok) throw new DataError(file, `HTTP ${res.status} ${res.statusText}`.trim());
  return res.text();
}

function validated<S extends z.ZodType>(text: string, file: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new DataError(file, `is not valid JSON (${(e as Error).message}; ${text.length} bytes received)`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new DataError(file, `does not match its schema: ${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}
