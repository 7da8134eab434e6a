// dependency-cruiser, run by `npm run lint`: no import cycles, and no import that runs upward.
// The layers, from the bottom: core (the analysis, plain TypeScript) < utils (browser wiring:
// settings, messages, tabs) < effects (what Lede does to a page) < components (the popup and
// options UI) < entrypoints (where code runs). The CLI sits on core. harness (paths, corpora,
// metrics, browser drivers) serves test, bench and scripts, which never import each other.

/** A rule that files under `from` may not import files under any of `to`. */
const forbid = (name, from, to, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: `^${from}/` },
  to: { path: `^(${to.join('|')})/` },
});

const TOOLS = ['harness', 'test', 'bench', 'scripts'];

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'An import cycle ties modules that should change apart.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    forbid('core-is-the-bottom', 'core', ['utils', 'effects', 'components', 'entrypoints', 'cli', ...TOOLS], 'core imports only core.'),
    forbid('utils-below-effects', 'utils', ['effects', 'components', 'entrypoints', 'cli', ...TOOLS], 'utils sit on core.'),
    forbid('effects-below-ui', 'effects', ['components', 'entrypoints', 'cli', ...TOOLS], 'effects sit on core and utils.'),
    forbid('components-below-entrypoints', 'components', ['effects', 'entrypoints', 'cli', ...TOOLS], 'the UI sits on core and utils.'),
    forbid('entrypoints-ship-alone', 'entrypoints', ['cli', ...TOOLS], 'what ships imports nothing of the tools.'),
    forbid('cli-on-core', 'cli', ['utils', 'effects', 'components', 'entrypoints', ...TOOLS], 'the CLI runs the core in Node.'),
    {
      name: 'thin-content-script',
      comment: 'The content script hands the page to the background: it carries no detector, recogniser, word list or summary.',
      severity: 'error',
      from: { path: '^entrypoints/content/' },
      to: {
        path: '^core/(answer|analyze|analyzeText|marks)\\.ts$|^core/(article/detectArticle|article/classifyBoilerplate|companies|figures|summary|data)',
        reachable: true,
      },
    },
    forbid('harness-serves-tools', 'harness', ['test', 'bench', 'scripts'], 'harness is shared by test, bench and scripts.'),
    forbid('bench-apart-from-test', 'bench', ['test'], 'benchmarks and tests do not import each other.'),
    forbid('test-apart-from-bench', 'test', ['bench'], 'benchmarks and tests do not import each other.'),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '^(node_modules|\\.output|\\.wxt|scratch)/' },
  },
};
