import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * One shader program per layer type, where it can be. MapLibre compiles a program for each layer
 * type and each pattern of how its paint properties vary: not at all or only with zoom (a
 * uniform), by feature (an attribute), or by zoom and feature (an attribute pair). With software
 * WebGL each program first used costs about 40 ms of the first full frame (link, then the
 * pipeline's compilation on the GPU side), and the home view used 17 of them. So the layers of one
 * kind write each property in one form, the most varying any of them needs, through these two
 * helpers; the values drawn stay what they were.
 *
 * Transport lines, the selection halo, the casing, agreement arcs and the network: colour by
 * feature, width, offset, opacity and blur by zoom and feature. Circles (hubs, stations, places):
 * radius by zoom and feature, every colour, opacity and stroke by feature. Labels: opacity by feature.
 */
type Value = number | string | ExpressionSpecification;

/** The same value for every feature, in the by-feature form (the feature's id is only looked at). */
export const byFeature = (value: Value): ExpressionSpecification => (isExpression(value) && dependsOnFeature(value) ? value : ['case', ['==', ['id'], null], value, value]);

/** A value at zoom 5 and at zoom 10 (linear between), in the by-zoom-and-feature form. */
export const byZoomAndFeature = (at5: Value, at10: Value = at5): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 5, byFeature(at5), 10, byFeature(at10)];

function isExpression(value: Value): value is ExpressionSpecification {
  return Array.isArray(value);
}

/** Whether an expression reads the feature (a property, its id or its state). */
function dependsOnFeature(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  if (['get', 'has', 'id', 'feature-state', 'geometry-type', 'properties'].includes(value[0] as string)) return true;
  return value.some(dependsOnFeature);
}
