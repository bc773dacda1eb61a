import { afterEach, describe, expect, it } from 'vitest';
import districts from '../../geodata/districts.geojson?raw';
import admin from '../../geodata/admin-labels.geojson?raw';
import fixture from '../../e2e/fixtures/local-article.txt?raw';
import { createExtractClient, type ExtractClient } from './extract-client';
import { agreementsFile } from './agreement-schema';
import { isLocalAgreement, localArticleId, sha256Hex } from './bundle';
import type { GazAdmin, GazDistrict, WorkerReply, WorkerRequest } from './extract-protocol';

type Scope = { onmessage: ((e: { data: WorkerRequest }) => void) | null; postMessage: (m: WorkerReply) => void };

/** The real worker module run in this thread, behind a Worker-shaped object (messages cloned as postMessage would). */
async function inThreadWorker(): Promise<Worker> {
  const scope = globalThis as unknown as Scope;
  const fake = { onmessage: null as ((e: MessageEvent) => void) | null, onerror: null, postMessage: (m: WorkerRequest) => setTimeout(() => scope.onmessage?.({ data: structuredClone(m) })), terminate() {} };
  scope.postMessage = (m) => fake.onmessage?.({ data: structuredClone(m) } as MessageEvent);
  await import('../extract/worker');
  return fake as unknown as Worker;
}

const gaz = {
  districts: (JSON.parse(districts) as { features: { properties: GazDistrict }[] }).features.map((f) => f.properties),
  admin: (JSON.parse(admin) as { features: { properties: GazAdmin }[] }).features.map((f) => f.properties),
};

let client: ExtractClient | null = null;
afterEach(() => client?.dispose());

describe('extraction worker and its client', () => {
  it('reads an article into local agreements that follow the schema, with progress', async () => {
    const worker = await inThreadWorker();
    client = createExtractClient(gaz, () => worker);
    const steps: number[] = [];
    const r = await client.extract(fixture, '2024-04-18', (done) => steps.push(done));
    if (!r.ok) throw new Error(r.error.en);
    expect(r.id).toBe(localArticleId(await sha256Hex(fixture)));
    expect(r.agreements.length).toBeGreaterThanOrEqual(2);
    expect(r.agreements.every((a) => a.article === r.id && isLocalAgreement(a.id) && a.id.startsWith(`${r.id}-`))).toBe(true);
    expect(agreementsFile.safeParse({ agreements: r.agreements }).success).toBe(true);
    expect(steps.at(-1)).toBe(fixture.length);
  });

  it('says why it cannot read empty, binary, too large or script-laden input, and converts GB18030', async () => {
    const worker = await inThreadWorker();
    client = createExtractClient(gaz, () => worker);
    const empty = await client.extract('   \n', null, () => {});
    expect(empty).toMatchObject({ ok: false, error: { code: 'empty' } });
    const binary = await client.decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
    expect(binary).toMatchObject({ ok: false, error: { code: 'binary' } });
    const big = await client.extract('川'.repeat(800_000), null, () => {});
    expect(big).toMatchObject({ ok: false, error: { code: 'too-large' } });
    const html = await client.extract('<html><body><p>潼南区与船山区签署合作协议。</p><script>alert(1)</script></body></html>', null, () => {});
    if (!html.ok) throw new Error(html.error.en);
    expect(html.text).not.toContain('alert');
    expect(html.notes.map((n) => n.code)).toEqual(['html']);
    // 潼南区 in GB18030
    const gb = await client.decode(new Uint8Array([0xe4, 0xfc, 0xc4, 0xcf, 0xc7, 0xf8]));
    expect(gb).toMatchObject({ ok: true, text: '潼南区', encoding: 'gb18030' });
  });
});
