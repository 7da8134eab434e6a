// Sites and folds for cross-validation: pages of one site share templates, so a model fitted on
// one of a site's pages and scored on another is scored on what it has seen. Folds are drawn by
// site, with a fixed seed.
import { getDomain } from 'tldts';
import { seeded } from './seeded';

/** An archived copy's address names the page it archived. */
const ARCHIVED = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(.+)$/i;

/** The registrable domain of a page's URL (`www.bbc.co.uk` → `bbc.co.uk`), or `fallback` when it has none. */
export function siteOf(url: string, fallback: string): string {
  const original = ARCHIVED.exec(url)?.[1] ?? url;
  return getDomain(original) ?? fallback;
}

/** Each site's fold, 0 to k-1: sites shuffled with the seed, then dealt round. */
export function foldsBySite(sites: readonly string[], k: number, seed: number): Map<string, number> {
  const unique = [...new Set(sites)].sort();
  const random = seeded(seed);
  for (let i = unique.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [unique[i], unique[j]] = [unique[j] as string, unique[i] as string];
  }
  return new Map(unique.map((site, i) => [site, i % k]));
}
