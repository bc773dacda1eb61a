import type { Feature, Geometry } from 'geojson';
import { composeRoutes, sharersOf } from './routes';
import type { TransportFile, TransportProps } from './transport-schema';

export type TransportFeature = TransportFile['features'][number];

export interface TransportIndex {
  features: readonly TransportFeature[];
  byId: ReadonlyMap<string, TransportFeature>;
  /** For each line, the lines whose trains also run on its track, and where (from their `route`). */
  sharers: ReadonlyMap<string, readonly { by: string; from: string; to: string }[]>;
  /** The files as the map sources take them: lines and points apart. */
  lines: { type: 'FeatureCollection'; features: Feature<Geometry, TransportProps>[] };
  points: { type: 'FeatureCollection'; features: Feature<Geometry, TransportProps>[] };
}

/** Stations, ports, hubs and airports; everything else is a line. The map draws each from its own source. */
export const isPoint = (f: TransportFeature) => f.geometry.type === 'Point';

/** The features as loaded, each line with a `route` drawn whole (routes.ts). */
export function indexTransport(loaded: readonly TransportFeature[]): TransportIndex {
  const features = composeRoutes(loaded);
  return {
    features,
    sharers: sharersOf(features),
    byId: new Map(features.map((f) => [f.properties.id, f])),
    lines: { type: 'FeatureCollection', features: features.filter((f) => !isPoint(f)) as Feature<Geometry, TransportProps>[] },
    points: { type: 'FeatureCollection', features: features.filter(isPoint) as Feature<Geometry, TransportProps>[] },
  };
}
