// The build's lazy JSON modules: the same object as the file, parsed only when first read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyModule } from '../../scripts/lazyJson';

const load = async (code: string) =>
  (await import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).default as Record<
    string,
    unknown
  >;

afterEach(() => vi.restoreAllMocks());

describe('lazyModule', () => {
  it('reads like the JSON object, text with backticks, ${ and backslashes included', async () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text holds `${` on purpose
    const value = { names: ['a`b', 'c${d}', 'e\\f', 'Zoë'], byFirst: { x: [['x y', 'X Y', 1]] }, empty: [] };
    const module = await load(lazyModule(JSON.stringify(value, null, 2)));
    expect({ ...module }).toEqual(value);
  });

  it('parses the text on the first read, once', async () => {
    const module = await load(lazyModule(JSON.stringify({ a: [1, 2], b: { c: 3 } })));
    const parse = vi.spyOn(JSON, 'parse');
    expect(parse).not.toHaveBeenCalled();
    expect(module.a).toEqual([1, 2]);
    expect(module.b).toEqual({ c: 3 });
    expect(parse).toHaveBeenCalledTimes(1);
  });
});
