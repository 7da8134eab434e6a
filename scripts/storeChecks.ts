// The stores' rules that can be checked offline, on the store listings (store/*.json) and on a
// built manifest: lengths within each store's limits, icons at their sizes, every permission
// justified, the version and the minimum browser versions. Each returns the problems it found.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../harness/paths';

/** Chrome Web Store and addons.mozilla.org limits, in characters. */
export const LIMITS = {
  name: 45,
  shortDescription: 132,
  summary: 250,
  longDescription: 16_000,
  justification: 1000,
};

export interface Listing {
  name: string;
  shortDescription: string;
  summary: string;
  longDescription: string;
  permissions: Record<string, string>;
}

export const STORE = join(ROOT, 'store');

export function listings(): Array<{ lang: string; listing: Listing }> {
  return readdirSync(STORE)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ lang: f.replace(/\.json$/, ''), listing: JSON.parse(readFileSync(join(STORE, f), 'utf8')) as Listing }));
}

export function listingProblems(lang: string, listing: Listing): string[] {
  const problems: string[] = [];
  for (const field of ['name', 'shortDescription', 'summary', 'longDescription'] as const) {
    const text = listing[field];
    if (typeof text !== 'string' || text.trim() === '') problems.push(`${lang}: ${field} is missing`);
    else if (text.length > LIMITS[field]) problems.push(`${lang}: ${field} has ${text.length} characters, over ${LIMITS[field]}`);
  }
  for (const [permission, why] of Object.entries(listing.permissions ?? {})) {
    if (why.length > LIMITS.justification)
      problems.push(`${lang}: the justification of ${permission} is over ${LIMITS.justification} characters`);
  }
  return problems;
}

/** The size a PNG says it is, from its header. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** A locale message of the build, for `__MSG_name__` fields. */
function message(build: string, lang: string, value: string): string {
  const name = /^__MSG_(\w+)__$/.exec(value)?.[1];
  if (!name) return value;
  const messages = JSON.parse(readFileSync(join(build, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
  return messages[name]?.message ?? '';
}

/** The problems of a built manifest (`build`: .output/chrome-mv3 or firefox-mv2), against the listings. */
export function manifestProblems(build: string, browser: 'chrome' | 'firefox'): string[] {
  const problems: string[] = [];
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
    version: string;
    icons?: Record<string, string>;
    permissions?: string[];
    host_permissions?: string[];
    description: string;
    minimum_chrome_version?: string;
    browser_specific_settings?: { gecko?: { strict_min_version?: string } };
  };
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  if (manifest.version !== version) problems.push(`${browser}: manifest version ${manifest.version}, package.json ${version}`);
  for (const size of ['16', '32', '48', '128']) {
    const icon = manifest.icons?.[size];
    if (!icon || !existsSync(join(build, icon))) problems.push(`${browser}: no ${size}px icon`);
    else if (pngSize(join(build, icon)).join('x') !== `${size}x${size}`)
      problems.push(`${browser}: the ${size}px icon is ${pngSize(join(build, icon)).join('x')}`);
  }
  for (const lang of readdirSync(join(build, '_locales'))) {
    const description = message(build, lang, manifest.description);
    if (!description || description.length > LIMITS.shortDescription)
      problems.push(`${browser}: the ${lang} description has ${description.length} characters (1 to ${LIMITS.shortDescription})`);
  }
  const permissions = [
    ...(manifest.permissions ?? []).filter((p) => !p.includes('://')),
    ...((manifest.host_permissions ?? []).length > 0 || (manifest.permissions ?? []).some((p) => p.includes('://')) ? ['hosts'] : []),
  ];
  for (const { lang, listing } of listings()) {
    for (const permission of permissions)
      if (!listing.permissions?.[permission]) problems.push(`${browser}: ${permission} is not justified in store/${lang}.json`);
  }
  if (browser === 'chrome' && !manifest.minimum_chrome_version) problems.push('chrome: no minimum_chrome_version');
  if (browser === 'firefox' && !manifest.browser_specific_settings?.gecko?.strict_min_version)
    problems.push('firefox: no strict_min_version');
  return problems;
}
