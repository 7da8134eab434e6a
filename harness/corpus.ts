// The article corpus of shared/corpus/article: pages with their ground truth and their site.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SHARED } from './paths';
import { siteOf } from './sites';

const ARTICLE_CORPUS = join(SHARED, 'corpus', 'article');

export type CorpusName = 'zyte' | 'trafilatura' | 'readability';

export interface CorpusPage {
  corpus: CorpusName;
  id: string;
  url: string;
  /** The registrable domain the page was published on (or, with no URL, a name of its own): the unit of cross-validation. */
  site: string;
  html: string;
  /** Zyte: the human-checked article body; Readability: Readability.js's own expected text. */
  truth?: string;
  /** trafilatura: snippets that must and must not be in the text. */
  with?: string[];
  without?: string[];
}

const readGz = (path: string): string => gunzipSync(readFileSync(path)).toString('utf8');

export function zytePages(): CorpusPage[] {
  const dir = join(ARTICLE_CORPUS, 'zyte');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html\.gz$/, '');
      const gt = truth[id];
      const url = gt?.url ?? '';
      return {
        corpus: 'zyte' as const,
        id,
        url,
        site: siteOf(url, `zyte/${id}`),
        html: readGz(join(dir, 'html', f)),
        truth: gt?.articleBody ?? '',
      };
    });
}

export function trafilaturaPages(): CorpusPage[] {
  const dir = join(ARTICLE_CORPUS, 'trafilatura');
  const snippets = JSON.parse(readFileSync(join(dir, 'snippets.json'), 'utf8')) as Record<
    string,
    { url: string; with: string[]; without: string[] }
  >;
  return Object.keys(snippets)
    .sort()
    .map((file) => {
      const s = snippets[file] as { url: string; with: string[]; without: string[] };
      return {
        corpus: 'trafilatura' as const,
        id: file,
        url: s.url,
        site: siteOf(s.url ?? '', `trafilatura/${file}`),
        html: readGz(join(dir, 'html', `${file}.gz`)),
        with: s.with,
        without: s.without,
      };
    });
}

/** The page's address as it declares it (canonical link, else og:url), or ''. */
function declaredUrl(html: string): string {
  const head = html.slice(0, 200_000);
  return (
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)/i.exec(head)?.[1] ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)/i.exec(head)?.[1] ??
    ''
  );
}

/**
 * Readability.js's test pages. They carry no URL; the page's canonical address names its site,
 * else the folder's name without its number (`ars-1`, `ars-2`: one site).
 */
export function readabilityPages(): CorpusPage[] {
  const dir = join(ARTICLE_CORPUS, 'readability');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html.gz')))
    .sort()
    .map((name) => {
      const html = readGz(join(dir, name, 'source.html.gz'));
      const url = declaredUrl(html);
      return {
        corpus: 'readability' as const,
        id: name,
        url,
        site: siteOf(url, `readability/${name.replace(/-\d+$/, '')}`),
        html,
        truth: readFileSync(join(dir, name, 'expected.txt'), 'utf8'),
      };
    });
}

export function allPages(): CorpusPage[] {
  return [...zytePages(), ...trafilaturaPages(), ...readabilityPages()];
}
