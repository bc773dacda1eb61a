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

export const PARTNER_PROVINCES = ['500000', '510000', 'other'] as const;
export type PartnerProvince = (typeof PARTNER_PROVINCES)[number];

/** Years an agreement or a filter may name: the economic circle dates from 2020; older acts exist. */
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2035;
