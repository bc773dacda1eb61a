import type { ExpressionSpecification } from 'maplibre-gl';

/** A boolean feature-state (hover, selection), false until set. */
export const state = (key: 'hover' | 'selected'): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/**
 * The legend hides features through feature-state, not filters: a filter change makes the worker
 * lay the source out again, and with software WebGL that cost 3–4 frames (p95 ≈ 950 ms); a state
 * change is one frame. Hidden labels keep their collision boxes, but transport labels are placed
 * after every admin label and station names after hub names, so a hidden one can only crowd a
 * less important transport label.
 */
export const hidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];
export const unlessHidden = (value: number | ExpressionSpecification): ExpressionSpecification => ['case', hidden, 0, value];

/** Drawn at all: the agreement network and the places start hidden (width 0) and are shown through feature-state. */
export const shown: ExpressionSpecification = ['boolean', ['feature-state', 'shown'], false];
