/** The agreement vocabularies: fields (domains), kinds, party levels, partner provinces, year bounds. */
export const DOMAINS = [
  'industry', 'transport', 'logistics', 'trade', 'innovation', 'digital', 'finance', 'tourism-culture', 'ecology',
  'education', 'health', 'social-security', 'housing', 'public-services', 'governance', 'security', 'talent',
] as const;
export type Domain = (typeof DOMAINS)[number];

export const KINDS = ['agreement', 'plan', 'fund', 'alliance', 'mechanism', 'project'] as const;
export type Kind = (typeof KINDS)[number];

export const PARTY_LEVELS = ['province', 'prefecture', 'county', 'new-area', 'organisation'] as const;
export type PartyLevel = (typeof PARTY_LEVELS)[number];

/** A party in Chongqing, in Sichuan, on each side of the line (both), or outside both (other). */
export const PARTNER_PROVINCES = ['both', '500000', '510000', 'other'] as const;
export type PartnerProvince = (typeof PARTNER_PROVINCES)[number];

/** Years an agreement or a filter may name: the economic circle dates from 2020; older acts exist. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2035;

/**
 * Why the extractor is unsure of an agreement, as codes (the words are in the interface strings):
 * future: a plan or a hope, not a done act; one-side: one side states its own plan; context-parties:
 * the sentence says only 双方/两地/三地 (or no one), the parties come from the paragraph, the
 * sentence before or the headline; province-parties: no place is said, the two provinces stand in;
 * headline: stated only in a headline; generic-act: says something was signed or agreed, not what;
 * weak-act: the words say cooperation is under way rather than that something was signed or set
 * up; list-item: one item of a list, which a reader may count as one agreement; no-date: no date;
 * nearby-date: the date is taken from another sentence (the one before in the paragraph, the lead's
 * meeting) or from another clause or paragraph the sentence runs into, not from the act's own words;
 * model: found by the learned sentence model where the rules found nothing (always the lowest confidence listed).
 */
export const REASONS = ['model', 'future', 'one-side', 'context-parties', 'province-parties', 'headline', 'generic-act', 'weak-act', 'list-item', 'no-date', 'nearby-date', 'reported-earlier'] as const;
export type Reason = (typeof REASONS)[number];
