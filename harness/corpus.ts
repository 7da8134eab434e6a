// The article corpus of shared/corpus/article: pages with their ground truth.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SHARED } from './paths';

const ARTICLE_CORPUS = join(SHARED, 'corpus', 'article');

export interface CorpusPage {
  corpus: 'zyte' | 'trafilatura';
  id: string;
  url: string;
  html: string;
  /** Zyte: the human-checked article body. */
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
      return { corpus: 'zyte' as const, id, url: gt?.url ?? '', html: readGz(join(dir, 'html', f)), truth: gt?.articleBody ?? '' };
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
        html: readGz(join(dir, 'html', `${file}.gz`)),
        with: s.with,
        without: s.without,
      };
    });
}
