import type { Reason } from '../data/agreement-vocab';

/**
 * The reasons worth a line on a card: doubts about the agreement itself. The date line already says
 * when there is no date, and being one item of a list is a way of counting (the panel says both).
 * The review's "accept the sure ones" reads the same doubts: a proposal with one is not sure.
 */
export const doubtsOf = (reasons: readonly Reason[] | undefined) => (reasons ?? []).filter((r) => r !== 'no-date' && r !== 'list-item');
