import districtsUrl from '../../geodata/districts.geojson?url';
import bordersUrl from '../../geodata/borders.geojson?url';
import adminLabelsUrl from '../../geodata/admin-labels.geojson?url';
import contextProvincesUrl from '../../geodata/context/provinces.geojson?url';
import contextCountriesUrl from '../../geodata/context/countries.geojson?url';
import riversUrl from '../../geodata/context/rivers.geojson?url';
import seaUrl from '../../geodata/context/sea.geojson?url';
import railUrl from '../../geodata/transport/rail.geojson?url';
import stationsUrl from '../../geodata/transport/stations.geojson?url';
import networkUrl from '../../geodata/transport/network.geojson?url';
import hubsUrl from '../../geodata/transport/hubs.geojson?url';
// no-inline: a small file would become a data: URL, which the CSP (connect-src 'self') refuses.
import agreementsUrl from '../../geodata/agreements.json?url&no-inline';
import { adminLabelsFile, bordersFile, contextFile, districtsFile, riversFile, seaFile } from './schemas';
import { transportFile } from './transport-schema';
import { agreementsFile } from './agreement-schema';

/** Every data file the app loads: its name as planners see it in errors, URL and schema. */
export const FILES = {
  districts: { file: 'districts.geojson', url: districtsUrl, schema: districtsFile },
  borders: { file: 'borders.geojson', url: bordersUrl, schema: bordersFile },
  adminLabels: { file: 'admin-labels.geojson', url: adminLabelsUrl, schema: adminLabelsFile },
  contextProvinces: { file: 'context/provinces.geojson', url: contextProvincesUrl, schema: contextFile },
  contextCountries: { file: 'context/countries.geojson', url: contextCountriesUrl, schema: contextFile },
  rivers: { file: 'context/rivers.geojson', url: riversUrl, schema: riversFile },
  sea: { file: 'context/sea.geojson', url: seaUrl, schema: seaFile },
  rail: { file: 'transport/rail.geojson', url: railUrl, schema: transportFile },
  stations: { file: 'transport/stations.geojson', url: stationsUrl, schema: transportFile },
  network: { file: 'transport/network.geojson', url: networkUrl, schema: transportFile },
  hubs: { file: 'transport/hubs.geojson', url: hubsUrl, schema: transportFile },
  agreements: { file: 'agreements.json', url: agreementsUrl, schema: agreementsFile },
} as const;
