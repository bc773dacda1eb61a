import districts from '../../geodata/districts.geojson?raw';
import admin from '../../geodata/admin-labels.geojson?raw';
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
