// @vitest-environment happy-dom
// The popup's honest states and controls, rendered with a stand-in for the browser.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { PopupApi } from '../../components/api';
import { Popup } from '../../components/Popup';
import type { Analysis } from '../../core/types';

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

function fakeApi(answer: Analysis | null): PopupApi & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    getAnalysis: async () => answer,
    set: async (toggles) => {
      calls.push(['set', toggles]);
      return answer && { ...answer, toggles: { highlight: toggles.highlight ?? false, cleanup: toggles.cleanup ?? true } };
    },
    reveal: async (kind, index) => {
      calls.push(['reveal', kind, index]);
    },
    copy: async (text) => {
      calls.push(['copy', text]);
      return true;
    },
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
});
