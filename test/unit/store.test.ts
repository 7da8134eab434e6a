// The store listings (store/*.json) within the Chrome Web Store's and addons.mozilla.org's limits,
// in English and German, each justifying every permission Lede asks for.
import { describe, expect, it } from 'vitest';
import { listingProblems, listings } from '../../scripts/storeChecks';

describe('store listings', () => {
  it('exist in English and German', () => {
    expect(listings().map((l) => l.lang)).toEqual(['de', 'en']);
  });

  it.each(listings())('$lang: every field within the stores’ limits, every permission justified', ({ lang, listing }) => {
    expect(listingProblems(lang, listing)).toEqual([]);
    expect(Object.keys(listing.permissions).sort()).toEqual(['activeTab', 'hosts', 'scripting', 'storage']);
  });

  it('finds a description past the limit', () => {
    const [first] = listings();
    if (!first) throw new Error('no listing');
    expect(listingProblems('xx', { ...first.listing, shortDescription: 'x'.repeat(133) })).toEqual([
      'xx: shortDescription has 133 characters, over 132',
    ]);
  });
});
