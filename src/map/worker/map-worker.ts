/** The map's worker: MapLibre's own (it sets `self.worker` as it loads), without its echo of the data it was given (no-echo.ts). */
import MapLibreWorker from 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import { leaveOutEcho } from './no-echo';

// Referenced, so that the bundler keeps the module (maplibre-gl declares itself free of side effects).
const worker = (self as unknown as { worker?: unknown }).worker;
if (worker instanceof MapLibreWorker) leaveOutEcho(worker as Parameters<typeof leaveOutEcho>[0]);
