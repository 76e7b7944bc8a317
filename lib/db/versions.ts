/** The domains of cached figures, each with its own data version: a row of `data_versions`
 *  bumped by triggers on the domain's tables (migration 0009_domain_versions), read by
 *  lib/overview/cache.ts. A new domain needs a migration that adds its row and triggers. */
export const DOMAINS = ['stock', 'ikd', 'queue'] as const;
export type Domain = (typeof DOMAINS)[number];
