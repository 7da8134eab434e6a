// @vitest-environment happy-dom
// Adding a kind of highlight touches only the registry: here a `person` kind with a recogniser of
// its own is added to it (through the module mock, the test's one change), and the analysis, the
// CLI's recognisers, the settings, the stylesheet, the page's highlights, `reveal` and the popup
// all pick it up.
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { parseHtml } from '../../cli/parseHtml';
import type { PopupApi } from '../../components/api';
import { Popup } from '../../components/Popup';
import { analyzeDocument } from '../../core/analyze';
import { recogniseEntities } from '../../core/analyzeText';
import type { Kind } from '../../core/kinds/kind';
import { KINDS } from '../../core/kinds/registry';
import { createController } from '../../effects/controller';
import { kindStylesheet } from '../../effects/kindStylesheet';
import { inProcess } from '../../harness/inProcess';
import { SAMPLE } from '../../harness/paths';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../utils/settings';

const PEOPLE = ['Tomas Reyes', 'Pieter Vos'];

vi.mock('../../core/kinds/registry', async (original) => {
  const { KINDS } = await original<{ KINDS: readonly Kind[] }>();
  const person: Kind = {
    id: 'person',
    // A stand-in recogniser: the names it knows, wherever they stand.
    recogniser: (text) =>
      PEOPLE.flatMap((name) =>
        [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ text: name, start: m.index, end: m.index + name.length })),
      ),
    colour: '#ffe9c7',
    label: 'kind_person',
    section: 'own',
  };
  return { KINDS: [...KINDS, person] };
});

const html = readFileSync(SAMPLE.page, 'utf8');

describe('a kind added to the registry', () => {
  it('is in the registry', () => {
    expect(KINDS.map((k) => k.id)).toContain('person');
  });

  it('is recognised in the analysis and by the CLI’s recognisers', () => {
    const { analysis } = analyzeDocument(parseHtml(html));
    expect(analysis.spans?.person?.map((s) => s.text).sort()).toEqual([...PEOPLE].sort());
    expect(recogniseEntities('Tomas Reyes met Pieter Vos.').spans?.person?.map((s) => s.text)).toEqual(['Tomas Reyes', 'Pieter Vos']);
  });

  it('has its setting and its default colour', () => {
    expect(DEFAULT_SETTINGS.kinds.person).toBe(true);
    expect(DEFAULT_SETTINGS.colours.person).toBe('#ffe9c7');
    expect(normalizeSettings({ kinds: { person: false } }).kinds.person).toBe(false);
  });

  it('has its highlight rules in the page’s stylesheet', () => {
    const css = kindStylesheet(KINDS);
    expect(css).toContain('::highlight(lede-person)');
    expect(css).toContain('mark[data-lede-mark="person"]');
    expect(css).toContain('var(--lede-person-bg, #ffe9c7)');
  });

  it('is highlighted on the page and revealed from the popup’s list', async () => {
    document.body.innerHTML = html.slice(html.indexOf('<body>') + 6, html.lastIndexOf('</body>'));
    const lede = createController(document, () => 'http://127.0.0.1/sample', { highlight: true, cleanup: false }, inProcess());
    await lede.runSliced();
    const marks = [...document.querySelectorAll('mark[data-lede-mark="person"]')].map((m) => m.textContent);
    expect(marks.sort()).toEqual([...PEOPLE].sort());
    lede.setKinds(KINDS.map((k) => k.id).filter((id) => id !== 'person'));
    expect(document.querySelectorAll('mark[data-lede-mark="person"]').length).toBe(0);
    expect(lede.reveal('person', 0)).toBe(true);
    lede.stop();
  });

  it('has a section of its own in the popup', async () => {
    const { analysis } = analyzeDocument(parseHtml(html));
    const revealed: unknown[] = [];
    const api = {
      getAnalysis: async () => ({ ...analysis, toggles: { highlight: true, cleanup: true } }),
      run: async () => null,
      set: async () => null,
      reveal: async (kind: string, index: number) => {
        revealed.push([kind, index]);
      },
      copy: async () => true,
      settings: async () => DEFAULT_SETTINGS,
      saveSettings: async () => undefined,
      shortcut: async () => '',
      openOptions: () => undefined,
      summarizer: null,
    } satisfies PopupApi;
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(<Popup api={api} />, root);
    });
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    const section = root.querySelector('section[aria-labelledby="lede-kind-person"]') as HTMLElement;
    expect(section.querySelector('h2')?.textContent).toBe('kind_person');
    const names = [...section.querySelectorAll('button .name')].map((b) => b.textContent);
    expect(names.sort()).toEqual([...PEOPLE].sort());
    (section.querySelector('button') as HTMLButtonElement).click();
    expect(revealed).toHaveLength(1);
    expect((revealed[0] as [string, number])[0]).toBe('person');
    render(null, root);
  });
});
