// "Pick the story": the reader points at the story's block on the page, by mouse (hover, click)
// or keyboard (arrows move, Enter chooses, Esc leaves). The block under consideration is marked
// with `data-lede-pick`, which Lede's stylesheet outlines; a short banner says how. Nothing the
// page does with its clicks or keys happens meanwhile, and the focus stays where it was.

/** Elements a story can be: blocks, not inline text. */
const BLOCKS = 'article, main, section, div, td, li, blockquote, figure, p';

export const PICKING = 'data-lede-pick';
const BANNER = 'data-lede-pick-banner';

function blockOf(node: EventTarget | null): Element | null {
  const el = node instanceof Element ? node : node instanceof Node ? node.parentElement : null;
  const block = el?.closest(BLOCKS) ?? null;
  return block && block.tagName !== 'BODY' ? block : null;
}

/** The next block down from `el` that holds text. */
function firstBlockChild(el: Element): Element | null {
  for (const child of el.children) if (child.matches(BLOCKS) && (child.textContent ?? '').trim()) return child;
  return null;
}

/** Resolves with the element the reader chose, or null where they left (Esc) or the signal aborted. */
export function pickStory(doc: Document, hint: string, signal: AbortSignal): Promise<Element | null> {
  const win = doc.defaultView as Window;
  return new Promise((resolve) => {
    let current: Element | null = null;
    const show = (el: Element | null): void => {
      current?.removeAttribute(PICKING);
      current = el;
      current?.setAttribute(PICKING, '');
      current?.scrollIntoView({ block: 'nearest' });
    };
    const banner = doc.createElement('div');
    banner.setAttribute(BANNER, '');
    banner.setAttribute('role', 'status');
    banner.textContent = hint;
    doc.body.append(banner);

    const done = (chosen: Element | null): void => {
      controller.abort();
      show(null);
      banner.remove();
      resolve(chosen);
    };
    const controller = new AbortController();
    const on = { capture: true, signal: controller.signal };
    signal.addEventListener('abort', () => done(null), { once: true, signal: controller.signal });

    win.addEventListener('mouseover', (e) => show(blockOf(e.target)), on);
    win.addEventListener(
      'click',
      (e) => {
        e.preventDefault();
        e.stopPropagation();
        done(blockOf(e.target) ?? current);
      },
      on,
    );
    win.addEventListener(
      'keydown',
      (e) => {
        const moves: Record<string, () => Element | null> = {
          ArrowUp: () => (current?.parentElement && current.parentElement.tagName !== 'BODY' ? current.parentElement : current),
          ArrowDown: () => (current && firstBlockChild(current)) ?? current,
          ArrowLeft: () => current?.previousElementSibling ?? current,
          ArrowRight: () => current?.nextElementSibling ?? current,
        };
        if (e.key === 'Escape') done(null);
        else if (e.key === 'Enter') done(current);
        else if (moves[e.key]) show(moves[e.key]?.() ?? null);
        else return;
        e.preventDefault();
        e.stopPropagation();
      },
      on,
    );
    // By keyboard, it starts at the block in the middle of the view.
    show(blockOf(doc.elementFromPoint(win.innerWidth / 2, win.innerHeight / 2)));
  });
}
