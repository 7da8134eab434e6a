// Where things are, for tests, benchmarks and the demo. The repository stands alone: its sample
// page is its own (test/fixtures/sample). `../shared` (corpora, training data, a second sample
// page) sits beside it in CI and on the team's machines; what needs it skips without it.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** The folder CI lays beside the repository. */
export const SHARED = join(ROOT, '..', 'shared');

export interface SamplePage {
  /** The page's file name, and its path on the test server (`/fixtures/...` or `/pages/...`). */
  name: string;
  servedAt: string;
  page: string;
  expected: string;
}

/** The repository's own sample news page (a fictional article) and its expected annotations. */
export const SAMPLE: SamplePage = {
  name: 'news-article.html',
  servedAt: '/fixtures/sample/news-article.html',
  page: join(FIXTURES, 'sample', 'news-article.html'),
  expected: join(FIXTURES, 'sample', 'news-article.expected.json'),
};

/** The repository's German sample page (a fictional article), read in German. */
export const SAMPLE_DE: SamplePage = {
  name: 'siemens-quartal.html',
  servedAt: '/fixtures/sample-de/siemens-quartal.html',
  page: join(FIXTURES, 'sample-de', 'siemens-quartal.html'),
  expected: join(FIXTURES, 'sample-de', 'siemens-quartal.expected.json'),
};

/** The team's reference page in ../shared/pages, checked too where it is present. */
const SHARED_SAMPLE: SamplePage = {
  name: 'openai-code-red.html',
  servedAt: '/pages/openai-code-red.html',
  page: join(SHARED, 'pages', 'openai-code-red.html'),
  expected: join(SHARED, 'pages', 'openai-code-red.expected.json'),
};

const told = new Set<string>();

/**
 * The path of a folder inside ../shared, or null when it is absent, saying so in one line (once
 * per folder): a plain clone has no ../shared, and what needs it is skipped.
 */
export function sharedFolder(...parts: string[]): string | null {
  const folder = join(SHARED, ...parts);
  if (existsSync(folder)) return folder;
  const name = ['..', 'shared', ...parts].join('/');
  if (!told.has(name)) {
    told.add(name);
    console.log(`skipped: ${name} is not beside this checkout`);
  }
  return null;
}

/** The sample pages present: the repository's own two, and the shared reference page where it is there. */
export function samplePages(): SamplePage[] {
  return sharedFolder('pages') && existsSync(SHARED_SAMPLE.page) ? [SAMPLE, SAMPLE_DE, SHARED_SAMPLE] : [SAMPLE, SAMPLE_DE];
}
