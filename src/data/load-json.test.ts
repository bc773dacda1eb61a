import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from './errors';
import { loadJson, loadJsonWithBlob } from './load-json';
import { adminLabelsFile, bordersFile, contextFile, districtsFile, riversFile, seaFile } from './schemas';

const geodata = (f: string) => readFileSync(join(import.meta.dirname, '../../geodata', f), 'utf8');
const respond = (body: string, status = 200): typeof fetch => async () => new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' });

describe('loadJson', () => {
  it('accepts every committed geodata file against its schema', async () => {
    const cases = [
      ['districts.geojson', districtsFile],
      ['borders.geojson', bordersFile],
      ['admin-labels.geojson', adminLabelsFile],
      ['context/provinces.geojson', contextFile],
      ['context/countries.geojson', contextFile],
      ['context/rivers.geojson', riversFile],
      ['context/sea.geojson', seaFile],
    ] as const;
    for (const [file, schema] of cases) {
      const data = await loadJson('/x', file, schema, respond(geodata(file)));
      expect(data.features.length, file).toBeGreaterThan(0);
    }
  });

  it('keeps a blob of the validated text for the map worker, and none for a file that fails', async () => {
    const text = geodata('context/rivers.geojson');
    const { value, blob } = await loadJsonWithBlob('/x', 'context/rivers.geojson', riversFile, respond(text));
    expect(value.features.length).toBeGreaterThan(0);
    expect(blob).toMatch(/^blob:/);
    expect(await (await fetch(blob)).text()).toBe(text);
    await expect(loadJsonWithBlob('/x', 'context/rivers.geojson', riversFile, respond(text.slice(0, 100)))).rejects.toThrow('is not valid JSON');
  });

  it('names the file and the HTTP status when the file is missing', async () => {
    await expect(loadJson('/x', 'districts.geojson', districtsFile, respond('', 404))).rejects.toThrow('districts.geojson: HTTP 404 Not Found');
  });

  it('names the file when it is truncated', async () => {
    const truncated = geodata('districts.geojson').slice(0, 5000);
    const err = await loadJson('/x', 'districts.geojson', districtsFile, respond(truncated)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).message).toMatch(/^districts\.geojson: is not valid JSON .*5000 bytes received/);
  });

  it('says which feature and field break the schema', async () => {
    const fc = JSON.parse(geodata('districts.geojson'));
    fc.features[12].properties.code = '5001';
    fc.features[40].geometry.coordinates[0].pop();
    const err = (await loadJson('/x', 'districts.geojson', districtsFile, respond(JSON.stringify(fc))).catch((e: unknown) => e)) as DataError;
    expect(err.file).toBe('districts.geojson');
    expect(err.reason).toContain('features[12].properties.code: must be a 6-digit code');
    expect(err.reason).toContain('features[40].geometry: ring 0: ring is not closed');
  });

  it('rejects duplicate district codes', async () => {
    const fc = JSON.parse(geodata('districts.geojson'));
    fc.features[1].properties.code = fc.features[0].properties.code;
    await expect(loadJson('/x', 'districts.geojson', districtsFile, respond(JSON.stringify(fc)))).rejects.toThrow(/duplicate code/);
  });

  it('reports a network failure', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(loadJson('/x', 'borders.geojson', bordersFile, failing)).rejects.toThrow('borders.geojson: could not be fetched (Failed to fetch)');
  });
});
