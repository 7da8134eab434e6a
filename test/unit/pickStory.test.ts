// @vitest-environment happy-dom
// The reader's last word on the page: pointing at the story by keyboard or mouse, and finding it
// again on the site's next page by where it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PICKING, pickStory } from '../../effects/pickStory';
import { findStory, storyPlace } from '../../effects/storySelector';
import { FIXTURES } from '../../harness/paths';

const bodyOf = (file: string) => {
  const html = readFileSync(join(FIXTURES, 'override', file), 'utf8');
  return html.slice(html.indexOf('<body>') + 6, html.lastIndexOf('</body>'));
};
const key = (k: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Pick the story', () => {
  it('moves by the arrow keys and chooses with Enter, outlining the block meanwhile', async () => {
    document.body.innerHTML = bodyOf('story-1.html');
    const text = document.querySelector('.post-text') as Element;
    // The block in the middle of the view is where the keyboard starts; here, the story's text.
    document.elementFromPoint = () => text;
    const picked = pickStory(document, 'Pick the story', new AbortController().signal);
    expect(text.hasAttribute(PICKING)).toBe(true);
    expect(document.querySelector('[data-lede-pick-banner]')?.textContent).toBe('Pick the story');
    key('ArrowUp');
    const card = document.querySelector('.post-card') as Element;
    expect(card.hasAttribute(PICKING)).toBe(true);
    key('Enter');
    expect(await picked).toBe(card);
    expect(document.querySelectorAll(`[${PICKING}], [data-lede-pick-banner]`)).toHaveLength(0);
  });

  it('chooses the block clicked, without the page seeing the click, and leaves on Esc with nothing', async () => {
    document.body.innerHTML = bodyOf('story-1.html');
    let pageSawClick = false;
    document.addEventListener('click', () => {
      pageSawClick = true;
    });
    const card = document.querySelector('.post-card') as Element;
    const picked = pickStory(document, 'Pick the story', new AbortController().signal);
    (document.querySelector('.post-title') as HTMLElement).click();
    expect(await picked).toBe(document.querySelector('.post-card'));
    expect(card.isConnected).toBe(true);
    expect(pageSawClick).toBe(false);
    const left = pickStory(document, 'Pick the story', new AbortController().signal);
    key('Escape');
    expect(await left).toBeNull();
  });
});

describe('the story picked, on the site’s next page', () => {
  it('is found by its template’s names, and by its place where they change', () => {
    document.body.innerHTML = bodyOf('story-1.html');
    const place = storyPlace(document.querySelector('.post-card') as Element);
    expect(place.selector).toContain('post-card');
    document.body.innerHTML = bodyOf('story-2.html');
    expect(findStory(document, place)?.textContent).toContain('The town library will open until 9 pm');
    for (const el of document.querySelectorAll('[class]')) el.removeAttribute('class');
    expect(findStory(document, place)?.textContent).toContain('The town library will open until 9 pm');
    expect(findStory(document, { selector: '#nowhere', fallback: 'body > nav:nth-of-type(9)' })).toBeNull();
  });
});
