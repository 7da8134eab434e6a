// The reader's settings: defaults, bad stored data, per-site choices, colours' contrast, and
// what the keyboard shortcut does.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../core/kinds/registry';
import type { Analysis } from '../../core/types';
import { kindStylesheet } from '../../effects/kindStylesheet';
import { ROOT } from '../../harness/paths';
import { contrastRatio, MIN_CONTRAST, textColourFor } from '../../utils/contrast';
import { DEFAULT_COLOURS, DEFAULT_SETTINGS, normalizeSettings, runsOnLoad, siteChoice, siteOf, withSite } from '../../utils/settings';
import { toggleCleanView } from '../../utils/shortcut';

describe('settings', () => {
  it('fills what storage lacks or garbles with the defaults, and keeps what is valid', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('junk')).toEqual(DEFAULT_SETTINGS);
    const s = normalizeSettings({
      enabled: 'yes',
      mode: 'click',
      sites: { 'a.example': 'never', 'b.example': 'sometimes' },
      kinds: { money: false, nonsense: true },
      colours: { money: '#ABCDEF', date: 'red' },
    });
    expect(s.enabled).toBe(true);
    expect(s.mode).toBe('click');
    expect(s.sites).toEqual({ 'a.example': 'never' });
    expect(s.kinds.money).toBe(false);
    expect(s.kinds.company).toBe(true);
    expect(s.colours.money).toBe('#abcdef');
    expect(s.colours.date).toBe(DEFAULT_COLOURS.date);
  });

  it('lets a site choice win over the global switch and the mode', () => {
    const host = siteOf('https://news.example.com/a?b');
    expect(host).toBe('news.example.com');
    expect(siteOf('chrome://extensions')).toBe('');
    expect(runsOnLoad(DEFAULT_SETTINGS, host)).toBe(true);
    expect(runsOnLoad({ ...DEFAULT_SETTINGS, mode: 'click' }, host)).toBe(false);
    expect(runsOnLoad({ ...DEFAULT_SETTINGS, enabled: false }, host)).toBe(false);
    expect(runsOnLoad(withSite({ ...DEFAULT_SETTINGS, enabled: false }, host, 'always'), host)).toBe(true);
    expect(runsOnLoad(withSite(DEFAULT_SETTINGS, host, 'never'), host)).toBe(false);
    expect(withSite(withSite(DEFAULT_SETTINGS, host, 'never'), host, null).sites).toEqual({});
  });

  it('reads a site by its own entry: a host named like an object property has no choice until given one', () => {
    expect(siteChoice(DEFAULT_SETTINGS, 'constructor')).toBeUndefined();
    expect(runsOnLoad(DEFAULT_SETTINGS, 'constructor')).toBe(true);
    expect(siteChoice(withSite(DEFAULT_SETTINGS, 'constructor', 'never'), 'constructor')).toBe('never');
  });
});

describe('highlight colours keep text readable', () => {
  it('every colour in the stylesheets pairs with its text colour at 4.5:1 or more', () => {
    const css = readFileSync(join(ROOT, 'entrypoints/content/style.css'), 'utf8') + kindStylesheet(KINDS);
    const rules = [...css.matchAll(/background-color: (?:var\([^,]+, )?(#[0-9a-f]{6})\)?;\s*color: (?:var\([^,]+, )?(#[0-9a-f]{6})\)?/g)];
    expect(rules.length).toBe(1 + 2 * KINDS.length);
    for (const [, bg, fg] of rules) expect(contrastRatio(bg as string, fg as string)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('a reader’s own colour gets black or white text at 4.5:1 or more, whatever the colour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const bg = `#${n.toString(16).padStart(6, '0')}`;
        return contrastRatio(bg, textColourFor(bg)) >= MIN_CONTRAST;
      }),
    );
  });
});

describe('the clean-view shortcut', () => {
  const page = (running: boolean, cleanup: boolean) => {
    const sent: unknown[] = [];
    const analysis = { running, toggles: { cleanup, highlight: true } } as Analysis;
    const send = async (m: unknown) => {
      sent.push(m);
      return analysis;
    };
    return { sent, send };
  };
  it('flips the clean view where Lede runs', async () => {
    const p = page(true, true);
    await toggleCleanView(p.send);
    expect(p.sent).toEqual([{ type: 'lede:get-analysis' }, { type: 'lede:set', cleanup: false }]);
  });
  it('runs Lede where it is off', async () => {
    const p = page(false, true);
    await toggleCleanView(p.send);
    expect(p.sent).toEqual([{ type: 'lede:get-analysis' }, { type: 'lede:run' }]);
  });
  it('does nothing where Lede cannot run', async () => {
    await expect(toggleCleanView(async () => null)).resolves.toBeUndefined();
  });
});
