// Hides clutter by marking it with data-lede-hidden="<reason>"; Lede's stylesheet does the hiding,
// so aborting (removing the attributes) gives the page back exactly as it was. A block the reader
// is using is never hidden, nor hidden again after a new analysis: hiding it would take their
// focus and the keystrokes after it.

import type { BoilerplateBlock } from '../core/article/detection';

/** A form control whose value the reader has changed from the page's own. */
function edited(control: Element): boolean {
  const c = control as HTMLInputElement & HTMLTextAreaElement & Omit<HTMLSelectElement, 'type'>;
  switch (control.tagName) {
    case 'INPUT':
      return c.type === 'checkbox' || c.type === 'radio' ? c.checked !== c.defaultChecked : c.value !== c.defaultValue;
    case 'TEXTAREA':
      return c.value !== c.defaultValue;
    case 'SELECT': {
      const options = [...c.options];
      if (c.multiple) return options.some((o) => o.selected !== o.defaultSelected);
      // A single select shows its first option where none is marked selected.
      const initial = options.findIndex((o) => o.defaultSelected);
      return c.selectedIndex !== (initial === -1 ? 0 : initial);
    }
    default:
      return false;
  }
}

/** Whether the reader is using something in the block: its focus, a place to write, or a control they changed. */
function inUse(element: Element): boolean {
  const active = element.ownerDocument.activeElement;
  if (active && active !== element.ownerDocument.body && element.contains(active)) return true;
  if ((element as HTMLElement).isContentEditable || element.querySelector('[contenteditable]:not([contenteditable="false"])')) return true;
  for (const control of element.querySelectorAll('input, textarea, select')) if (edited(control)) return true;
  return false;
}

/** Marks the blocks and returns how many were hidden. Never hides the article, an ancestor of it, or a block in use. */
export function hideBoilerplate(blocks: BoilerplateBlock[], articleRoot: Element, signal: AbortSignal): number {
  if (signal.aborted) return 0;
  const marked: Element[] = [];
  for (const { element, reason } of blocks) {
    if (element.contains(articleRoot) || element.hasAttribute('data-lede-hidden') || inUse(element)) continue;
    element.setAttribute('data-lede-hidden', reason);
    marked.push(element);
  }
  signal.addEventListener(
    'abort',
    () => {
      for (const el of marked) el.removeAttribute('data-lede-hidden');
    },
    { once: true },
  );
  return marked.length;
}
