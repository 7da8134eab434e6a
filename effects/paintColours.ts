// A reader's own highlight colours: set as custom properties on the root element, which Lede's
// stylesheet reads (`var(--lede-money-bg, <default>)`). Only colours that differ from the
// defaults are set, so a reader who changes nothing leaves the page's markup untouched; the text
// colour is chosen for contrast. Undone on abort.

import { textColourFor } from '../utils/contrast';

export function paintColours(
  doc: Document,
  colours: Readonly<Record<string, string>>,
  defaults: Readonly<Record<string, string>>,
  signal: AbortSignal,
): void {
  const root = doc.documentElement;
  const changed = Object.keys(colours).filter((k) => colours[k] !== defaults[k]);
  if (changed.length === 0) return;
  const hadStyle = root.hasAttribute('style');
  for (const kind of changed) {
    const colour = colours[kind] as string;
    root.style.setProperty(`--lede-${kind}-bg`, colour);
    root.style.setProperty(`--lede-${kind}-fg`, textColourFor(colour));
  }
  signal.addEventListener(
    'abort',
    () => {
      for (const kind of changed) {
        root.style.removeProperty(`--lede-${kind}-bg`);
        root.style.removeProperty(`--lede-${kind}-fg`);
      }
      if (!hadStyle && root.getAttribute('style') === '') root.removeAttribute('style');
    },
    { once: true },
  );
}
