// The page's highlight colours, one rule per kind for each of the two ways Lede highlights (the
// CSS Custom Highlight API's `::highlight(lede-<id>)` and the `<mark data-lede-mark>` fallback).
// Written into the content script's stylesheet at build time (scripts/kindStyles.ts), so it
// reaches the page through the manifest, where a page's Content-Security-Policy cannot block it.
// A reader's own colours arrive as the custom properties (effects/paintColours.ts).

import type { Kind } from '../core/kinds/kind';
import { textColourFor } from '../utils/contrast';

export function kindStylesheet(kinds: readonly Kind[]): string {
  const rules: string[] = [];
  for (const { id, colour } of kinds) {
    const body = `  background-color: var(--lede-${id}-bg, ${colour});\n  color: var(--lede-${id}-fg, ${textColourFor(colour)});`;
    rules.push(`::highlight(lede-${id}) {\n${body}\n}`, `mark[data-lede-mark="${id}"] {\n${body}\n}`);
  }
  return `${rules.join('\n')}\n`;
}
