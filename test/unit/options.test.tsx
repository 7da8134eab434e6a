// @vitest-environment happy-dom
// The options page keeps what is stored on screen: a change the browser refuses to save is
// undone on the page, with a line saying so.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Options, type OptionsApi } from '../../components/Options';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';

function page(save: OptionsApi['save']): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.append(root);
  const api: OptionsApi = {
    load: async () => ({ ...DEFAULT_SETTINGS, sites: { 'news.example': 'never' } }),
    save,
    shortcut: async () => '',
  };
  return act(async () => {
    render(<Options api={api} />, root);
    await new Promise((r) => setTimeout(r, 0));
  }).then(() => root);
}

const click = (input: HTMLInputElement) =>
  act(async () => {
    input.click();
    await new Promise((r) => setTimeout(r, 0));
  });

describe('the options page', () => {
  it('saves a change with what it replaces, and says it is saved', async () => {
    const saved: Array<[Settings, Settings]> = [];
    const root = await page(async (next, previous) => {
      saved.push([next, previous]);
    });
    const global = root.querySelector('input[type="checkbox"]') as HTMLInputElement;
    await click(global);
    expect(saved[0]?.[0].enabled).toBe(false);
    expect(saved[0]?.[1].enabled).toBe(true);
    expect(root.textContent).toContain('Saved');
  });

  it('shows the stored value and says so when the browser refuses the change', async () => {
    const root = await page(async () => {
      throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    });
    const global = root.querySelector('input[type="checkbox"]') as HTMLInputElement;
    await click(global);
    expect((root.querySelector('input[type="checkbox"]') as HTMLInputElement).checked).toBe(true);
    expect(root.textContent).toContain('Could not save');
    expect(root.textContent).not.toContain('Saved');
  });
});
