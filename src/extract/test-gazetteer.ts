import districts from '../../geodata/districts.geojson?raw';
import admin from '../../geodata/admin-labels.geojson?raw';
import { extractAgreements } from './agreements';
import { buildGazetteer, type GazAdmin, type GazDistrict, type Gazetteer } from './gazetteer';

/** The real gazetteer for tests, built once from the committed geodata (read as text, no file APIs). */
let cached: Gazetteer | null = null;
export function testGazetteer(): Gazetteer {
  cached ??= buildGazetteer(
    (JSON.parse(districts) as { features: { properties: GazDistrict }[] }).features.map((f) => f.properties),
    (JSON.parse(admin) as { features: { properties: GazAdmin }[] }).features.map((f) => f.properties),
  );
  return cached;
}

/** The extractor on test sentences, as an article named `file`, dated `defaultDate` unless told. */
export function extractorFor(file: string, defaultDate: string) {
  return (text: string, date: string | null = defaultDate) => extractAgreements({ file, text, date }, testGazetteer());
}

/** An agreement's party codes, sorted. */
export const partyCodes = (a: { parties: { code: string | null }[] }) => a.parties.map((p) => p.code).sort();
