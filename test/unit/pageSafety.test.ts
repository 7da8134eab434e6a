// @vitest-environment happy-dom
// Never in the reader's way: a block they are using is not hidden, and a busy page does not keep
// Lede busy (the watcher on a fake clock).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hideBoilerplate } from '../../effects/hideBoilerplate';
import { MAX_RUNS, MAX_WAIT_MS, RUN_WINDOW_MS, WATCH_DEBOUNCE_MS, watchPage } from '../../effects/watchPage';

describe('clean-up leaves alone what the reader is using', () => {
  const page = () => {
    document.body.innerHTML = `<article id="story"><p>${'Story text. '.repeat(20)}</p></article>
      <section id="focused"><textarea></textarea></section>
      <section id="editable"><div contenteditable="true">Draft</div></section>
      <section id="typed"><input type="text" value="page's own"></section>
      <section id="ticked"><input type="checkbox"></section>
      <section id="picked"><select><option>a</option><option>b</option></select></section>
      <section id="untouched"><input type="text" value="page's own"><select><option>a</option><option>b</option></select></section>`;
    const block = (id: string) => ({ element: document.getElementById(id) as Element, reason: 'comments' as const });
    return ['focused', 'editable', 'typed', 'ticked', 'picked', 'untouched'].map(block);
  };

  it('hides none of the blocks holding the focus, a place to write, or a control the reader changed', () => {
    const blocks = page();
    (document.querySelector('#focused textarea') as HTMLTextAreaElement).focus();
    (document.querySelector('#typed input') as HTMLInputElement).value = 'the reader’s words';
    (document.querySelector('#ticked input') as HTMLInputElement).checked = true;
    (document.querySelector('#picked select') as HTMLSelectElement).selectedIndex = 1;
    const hidden = hideBoilerplate(blocks, document.getElementById('story') as Element, new AbortController().signal);
    expect(hidden).toBe(1);
    expect([...document.querySelectorAll('[data-lede-hidden]')].map((e) => e.id)).toEqual(['untouched']);
    expect(document.activeElement?.tagName).toBe('TEXTAREA');
  });
});

describe('the watcher on a busy page', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = `<main><article><p>${'A story about Acme Widgets. '.repeat(10)}</p></article><div id="ticker">0</div></main>`;
  });
  afterEach(() => vi.useRealTimers());

  const watch = (analysedText: () => string | null = () => null) => {
    const root = document.querySelector('article') as Element;
    const runs: string[] = [];
    const at: number[] = [];
    const stop = new AbortController();
    watchPage(
      document,
      { root: () => root, analysedText },
      (why) => {
        runs.push(why);
        at.push(Date.now());
      },
      stop.signal,
    );
    return { root, runs, at, stop };
  };
  const paragraph = (root: Element, text = 'A late paragraph about Acme Widgets and its results. ') => {
    const p = document.createElement('p');
    p.textContent = text;
    root.append(p);
  };

  it('does not analyse again when a new address leaves the story reading the same', async () => {
    const root = document.querySelector('article') as Element;
    const { runs } = watch(() => root.textContent);
    for (let i = 0; i < 20; i++) {
      history.replaceState(null, '', `?t=${i}`);
      (document.getElementById('ticker') as Element).textContent = String(i);
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(runs).toEqual([]);
  });

  it('annotates late paragraphs within the longest wait while the story keeps changing', async () => {
    const { root, runs } = watch();
    paragraph(root);
    // Something in the story changes every 100 ms, for 5 s.
    let first = -1;
    for (let t = 0; t < 5000; t += 100) {
      paragraph(root, `Tick ${t}: a line that is long enough to count as a change to the story.`);
      await vi.advanceTimersByTimeAsync(100);
      if (first < 0 && runs.length > 0) first = t + 100;
    }
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(MAX_WAIT_MS + WATCH_DEBOUNCE_MS);
  });

  it('analyses at most a few times in any 10 s, and the changes after wait for the window', async () => {
    const { root, runs, at } = watch();
    for (let t = 0; t < 20_000; t += 350) {
      paragraph(root);
      await vi.advanceTimersByTimeAsync(350);
    }
    expect(runs.length).toBeGreaterThanOrEqual(MAX_RUNS);
    for (const [i, time] of at.entries())
      expect(at.filter((t) => t >= time && t < time + RUN_WINDOW_MS).length, `from run ${i}`).toBeLessThanOrEqual(MAX_RUNS);
    // A change now is not dropped: it is analysed once the window allows.
    const before = runs.length;
    paragraph(root);
    await vi.advanceTimersByTimeAsync(RUN_WINDOW_MS + WATCH_DEBOUNCE_MS);
    expect(runs.length).toBe(before + 1);
  });
});
