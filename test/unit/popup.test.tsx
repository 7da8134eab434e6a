// @vitest-environment happy-dom
// The popup's honest states and controls, rendered with a stand-in for the browser.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { DeviceSummarizer, PopupApi } from '../../components/api';
import { Popup } from '../../components/Popup';
import type { Analysis } from '../../core/types';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

const base: Analysis = {
  url: 'http://127.0.0.1/a',
  title: 'Acme lifts outlook',
  lang: 'en',
  article: { text: 'Acme Robotics said revenue rose 18% to $2.4 billion.', wordCount: 9 },
  hidden: 3,
  companies: [{ name: 'Acme Robotics', count: 1, mentions: [{ text: 'Acme Robotics', start: 0, end: 13 }] }],
  figures: [
    {
      text: '18%',
      kind: 'percent',
      value: 18,
      unit: '%',
      start: 32,
      end: 35,
      sentence: 'Acme Robotics said revenue rose 18% to $2.4 billion.',
      company: 'Acme Robotics',
    },
  ],
  summary: ['Acme Robotics said revenue rose 18% to $2.4 billion.'],
  timings: { totalMs: 1 },
  toggles: { highlight: false, cleanup: true },
};

function fakeApi(
  answer: Analysis | null,
  options: { settings?: Partial<Settings>; summarizer?: DeviceSummarizer | null; saveFails?: boolean } = {},
): PopupApi & { calls: unknown[] } {
  const calls: unknown[] = [];
  let current = answer;
  return {
    calls,
    getAnalysis: async () => current,
    run: async () => {
      calls.push(['run']);
      current = current && { ...current, running: true };
      return current;
    },
    set: async (toggles) => {
      calls.push(['set', toggles]);
      return current && { ...current, toggles: { highlight: toggles.highlight ?? false, cleanup: toggles.cleanup ?? true } };
    },
    reveal: async (kind, index) => {
      calls.push(['reveal', kind, index]);
    },
    copy: async (text) => {
      calls.push(['copy', text]);
      return true;
    },
    settings: async () => ({ ...DEFAULT_SETTINGS, ...options.settings }),
    saveSettings: async (settings) => {
      calls.push(['save', settings]);
      if (options.saveFails) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    },
    shortcut: async () => 'Alt+Shift+L',
    openOptions: () => calls.push(['options']),
    summarizer: options.summarizer ?? null,
  };
}

async function show(api: PopupApi): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<Popup api={api} />, root);
  });
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup', () => {
  it('says when Lede cannot run on the page', async () => {
    expect((await show(fakeApi(null))).textContent).toContain("Lede can't run on this page.");
  });

  it('says when the page is not an article', async () => {
    expect((await show(fakeApi({ ...base, article: null, companies: [], figures: [], summary: [] }))).textContent).toContain(
      'Not an article.',
    );
  });

  it('says when an article has nothing to show', async () => {
    expect((await show(fakeApi({ ...base, companies: [], figures: [] }))).textContent).toContain('Nothing found');
  });

  it('shows companies with their figures, and the toggles as the page has them', async () => {
    const root = await show(fakeApi(base));
    expect(root.textContent).toContain('Acme Robotics');
    expect(root.textContent).toContain('18%');
    const [cleanup, highlights] = [...root.querySelectorAll('input[type="checkbox"]')] as HTMLInputElement[];
    expect(cleanup?.checked).toBe(true);
    expect(highlights?.checked).toBe(false);
  });

  it('copies the summary as Markdown', async () => {
    const api = fakeApi(base);
    const root = await show(api);
    await act(async () => {
      (root.querySelector('button.copy') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 0));
    });
    const copied = api.calls.find((c) => (c as unknown[])[0] === 'copy') as [string, string];
    expect(copied[1]).toContain('# Acme lifts outlook');
    expect(copied[1]).toContain('- **Acme Robotics** (1×) — 18%');
    expect(root.textContent).toContain('Copied');
  });

  it('asks the page to reveal an item that is clicked', async () => {
    const api = fakeApi(base);
    const root = await show(api);
    await act(async () => {
      (root.querySelector('button.company') as HTMLButtonElement).click();
    });
    expect(api.calls).toContainEqual(['reveal', 'company', 0]);
  });

  it("shows a figure's sentence on demand", async () => {
    const root = await show(fakeApi(base));
    const more = root.querySelector('button.more') as HTMLButtonElement;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('.sentence')).toBeNull();
    await act(async () => more.click());
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(root.querySelector('.sentence')?.textContent).toBe(base.figures[0]?.sentence);
  });

  it('in "only when I click" mode, opening the popup runs Lede on the tab', async () => {
    const api = fakeApi({ ...base, running: false }, { settings: { mode: 'click' } });
    const root = await show(api);
    expect(api.calls).toContainEqual(['run']);
    expect(root.textContent).toContain('Acme Robotics');
  });

  it('on a site set to "never", says Lede is off and runs it only when asked', async () => {
    const api = fakeApi({ ...base, running: false }, { settings: { sites: { '127.0.0.1': 'never' } } });
    const root = await show(api);
    expect(api.calls).not.toContainEqual(['run']);
    expect(root.textContent).toContain('Lede is off on this page.');
    await act(async () => {
      (root.querySelector('button.copy') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(api.calls).toContainEqual(['run']);
    expect(root.textContent).toContain('Acme Robotics');
  });

  it("saves this site's choice, the mode and the global switch, and shows the shortcut", async () => {
    const api = fakeApi(base);
    const root = await show(api);
    expect(root.textContent).toContain('Alt+Shift+L');
    const [site, mode] = [...root.querySelectorAll('select')] as HTMLSelectElement[];
    await act(async () => {
      (site as HTMLSelectElement).value = 'never';
      site?.dispatchEvent(new Event('change'));
    });
    await act(async () => {
      (mode as HTMLSelectElement).value = 'click';
      mode?.dispatchEvent(new Event('change'));
    });
    const saved = api.calls.filter((c) => (c as unknown[])[0] === 'save').map((c) => (c as [string, Settings])[1]);
    expect(saved[0]?.sites).toEqual({ '127.0.0.1': 'never' });
    expect(saved[1]?.mode).toBe('click');
    expect(saved[1]?.sites).toEqual({ '127.0.0.1': 'never' });
  });

  it('offers an on-device summary only where the model is available, and shows it on click', async () => {
    expect((await show(fakeApi(base))).querySelector('.device-summary')).toBeNull();
    const none: DeviceSummarizer = { availability: async () => 'unavailable', summarize: async () => '' };
    expect((await show(fakeApi(base, { summarizer: none }))).querySelector('.device-summary')).toBeNull();
    document.body.innerHTML = '';
    const model: DeviceSummarizer = { availability: async () => 'available', summarize: async (text) => `Short: ${text.slice(0, 4)}` };
    const root = await show(fakeApi(base, { summarizer: model }));
    const button = root.querySelector('.device-summary button') as HTMLButtonElement;
    await act(async () => {
      button.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(root.querySelector('.device-summary .abstract')?.textContent).toBe('Short: Acme');
    // The extractive summary stays.
    expect(root.textContent).toContain('Key sentences');
  });

  it('says when a change could not be saved, and shows what is stored', async () => {
    const root = await show(fakeApi(base, { saveFails: true }));
    const [, mode] = [...root.querySelectorAll('select')] as HTMLSelectElement[];
    await act(async () => {
      (mode as HTMLSelectElement).value = 'click';
      mode?.dispatchEvent(new Event('change'));
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Could not save');
    expect((root.querySelectorAll('select')[1] as HTMLSelectElement).value).toBe('auto');
  });

  it('says when the page got no analysis, and tries again on click', async () => {
    const api = fakeApi({ ...base, article: null, companies: [], figures: [], summary: [], running: true, unanswered: 'no-answer' });
    const root = await show(api);
    expect(root.textContent).toContain('Lede could not analyse this page');
    const retry = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Try again') as HTMLButtonElement;
    await act(async () => {
      retry.click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(api.calls).toContainEqual(['run']);
  });

  it('says before anything starts that the on-device summary means a large download, where the model is not there yet', async () => {
    let asked = 0;
    const model: DeviceSummarizer = {
      availability: async () => 'downloadable',
      summarize: async () => {
        asked++;
        return 'Short';
      },
    };
    const root = await show(fakeApi(base, { summarizer: model }));
    const section = root.querySelector('.device-summary') as HTMLElement;
    expect(section.textContent).toContain('large download');
    expect(section.querySelector('button')?.textContent).toBe('Download the model and summarise');
    expect(asked).toBe(0);
  });

  it('says which languages it reads where the page is in another, or could not be told', async () => {
    const swedish = await show(fakeApi({ ...base, lang: 'sv', companies: [], figures: [] }));
    expect(swedish.textContent).toContain('This page is in Swedish');
    expect(swedish.textContent).toContain('English, German, French, Spanish, Italian, Portuguese, and Dutch');
    expect(swedish.textContent).not.toContain('Nothing found');
    document.body.innerHTML = '';
    expect((await show(fakeApi({ ...base, lang: '', companies: [], figures: [] }))).textContent).toContain(
      "could not tell this page's language",
    );
    document.body.innerHTML = '';
    expect((await show(fakeApi(base))).textContent).not.toContain('Lede reads');
  });
});
