// The reader's settings: what they are, their defaults, and the rules that read them. Plain data
// and functions, so the content script, the popup, the options page and the tests share them;
// `settingsStore.ts` keeps them in `browser.storage.sync`.

import { KINDS } from '../core/kinds/registry';
import { isHexColour } from './contrast';

/** `auto`: Lede runs on every article; `click`: only when the reader opens it on a tab. */
type RunMode = 'auto' | 'click';
export type SiteChoice = 'always' | 'never';

export interface Settings {
  /** The global switch: off, Lede runs nowhere on its own. */
  enabled: boolean;
  mode: RunMode;
  /** Per-site choices by host name (`www.example.com`). */
  sites: Record<string, SiteChoice>;
  /** Whether pages start cleaned up and highlighted. */
  cleanup: boolean;
  highlight: boolean;
  /** Kinds to highlight, by kind (core/kinds/registry.ts). */
  kinds: Record<string, boolean>;
  /** Highlight background colours by kind, `#rrggbb`; the text colour is chosen for contrast. */
  colours: Record<string, string>;
}

export const DEFAULT_COLOURS: Readonly<Record<string, string>> = Object.fromEntries(KINDS.map((k) => [k.id, k.colour]));

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  enabled: true,
  mode: 'auto',
  sites: {},
  cleanup: true,
  highlight: true,
  kinds: Object.fromEntries(KINDS.map((k) => [k.id, true])),
  colours: { ...DEFAULT_COLOURS },
};

const bool = (value: unknown, fallback: boolean): boolean => (typeof value === 'boolean' ? value : fallback);

/**
 * Settings from whatever storage holds: missing or malformed fields take their defaults, so an
 * old or hand-edited store never breaks Lede, and valid fields are kept.
 */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const kinds = (r.kinds && typeof r.kinds === 'object' ? r.kinds : {}) as Record<string, unknown>;
  const colours = (r.colours && typeof r.colours === 'object' ? r.colours : {}) as Record<string, unknown>;
  const sites: Record<string, SiteChoice> = {};
  if (r.sites && typeof r.sites === 'object') {
    for (const [host, choice] of Object.entries(r.sites as Record<string, unknown>)) {
      if (choice === 'always' || choice === 'never') sites[host] = choice;
    }
  }
  return {
    enabled: bool(r.enabled, DEFAULT_SETTINGS.enabled),
    mode: r.mode === 'click' || r.mode === 'auto' ? r.mode : DEFAULT_SETTINGS.mode,
    sites,
    cleanup: bool(r.cleanup, DEFAULT_SETTINGS.cleanup),
    highlight: bool(r.highlight, DEFAULT_SETTINGS.highlight),
    kinds: Object.fromEntries(KINDS.map(({ id }) => [id, bool(kinds[id], true)])),
    colours: Object.fromEntries(KINDS.map(({ id, colour }) => [id, isHexColour(colours[id]) ? colours[id].toLowerCase() : colour])),
  };
}

/** The host a per-site choice is keyed by; "" for pages without one. */
export function siteOf(url: string): string {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname : '';
  } catch {
    return '';
  }
}

/** The reader's choice for a site, if any: its own entry only (a host may be called `constructor`). */
export function siteChoice(settings: Settings, host: string): SiteChoice | undefined {
  return Object.hasOwn(settings.sites, host) ? settings.sites[host] : undefined;
}

/**
 * Whether Lede runs on a page as it loads. A site's own choice wins; then the global switch and
 * the mode. (Opening the popup on a tab runs it regardless: that is the reader asking.)
 */
export function runsOnLoad(settings: Settings, host: string): boolean {
  const site = siteChoice(settings, host);
  if (site) return site === 'always';
  return settings.enabled && settings.mode === 'auto';
}

/** The settings with a site's choice set, or cleared with `null`. */
export function withSite(settings: Settings, host: string, choice: SiteChoice | null): Settings {
  const sites = { ...settings.sites };
  if (choice) sites[host] = choice;
  else delete sites[host];
  return { ...settings, sites };
}

/** The ids of the kinds the reader highlights. */
export function enabledKinds(settings: Settings): string[] {
  return KINDS.filter((k) => settings.kinds[k.id]).map((k) => k.id);
}
