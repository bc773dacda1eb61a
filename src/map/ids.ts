/** Every source and layer id, named once and used by the style, the click handlers and the tests. */
export const SOURCE = {
  countries: 'context-countries',
  contextProvinces: 'context-provinces',
  districts: 'districts',
  borders: 'borders',
  adminLabels: 'admin-labels',
  districtLabels: 'district-labels',
  contextLabels: 'context-labels',
  rivers: 'rivers',
  sea: 'sea',
  transportLines: 'transport-lines',
  transportPoints: 'transport-points',
  agreementArcs: 'agreement-arcs',
  agreementNetwork: 'agreement-network',
  agreementPlaces: 'agreement-places',
} as const;

export const LAYER = {
  background: 'background',
  sea: 'sea',
  countriesLine: 'context-countries-line',
  countriesLabel: 'context-countries-label',
  contextProvincesLine: 'context-provinces-line',
  contextProvincesLabel: 'context-provinces-label',
  districtsFill: 'districts-fill',
  districtsLine: 'districts-line',
  rivers: 'rivers',
  borders: 'borders',
  districtLabels: 'district-labels',
  prefectureLabels: 'prefecture-labels',
  provinceLabels: 'province-labels',
  transportCasing: 'transport-casing',
  transportLinks: 'transport-links',
  transportOpen: 'transport-open',
  transportPartlyOpen: 'transport-partly-open',
  transportBuilding: 'transport-under-construction',
  transportPlanned: 'transport-planned',
  transportSelected: 'transport-selected',
  transportPoints: 'transport-points',
  transportPointLabels: 'transport-point-labels',
  transportHubs: 'transport-hubs',
  transportHubLabels: 'transport-hub-labels',
  agreementArcs: 'agreement-arcs',
  agreementNetwork: 'agreement-network',
  agreementPlaces: 'agreement-places',
} as const;

export type LayerId = (typeof LAYER)[keyof typeof LAYER];
export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

/** Layers that draw transport features: clicks on them select a feature before any district. */
export const TRANSPORT_LAYERS = [LAYER.transportOpen, LAYER.transportPartlyOpen, LAYER.transportBuilding, LAYER.transportPlanned, LAYER.transportPoints, LAYER.transportHubs] as const;

/** Layers whose features are all in the source and drawn only when their feature-state says `shown`. */
export const SHOWN_BY_STATE: readonly LayerId[] = [LAYER.agreementNetwork, LAYER.agreementPlaces];
