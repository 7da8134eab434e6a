// `npm run release`: makes a release and checks it, from a clean clone.
//   1. builds both browsers, and checks the third-party notices are as the builds make them;
//   2. web-ext lint on the Firefox build: no errors, no warnings but Preact's accepted two;
//   3. the stores' rules that can be checked offline, on both manifests and the listings;
//   4. zips both builds and the sources;
//   5. proves the sources zip rebuilds the identical Firefox add-on: unpacked in a temporary
//      folder, `npm ci` and the build there, every file compared byte for byte.
// Prints each step's outcome; exits 1 at the first that fails.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import JSZip from 'jszip';
import { ROOT } from '../harness/paths';
import { unacceptedWarnings, webExtLint } from '../harness/webExtLint';
import { bundledData, bundledPackages, NOTICES_FILE, notices } from './notices';
import { listingProblems, listings, manifestProblems } from './storeChecks';

const CHROME = join(ROOT, '.output', 'chrome-mv3');
const FIREFOX = join(ROOT, '.output', 'firefox-mv2');
const run = (command: string, args: string[], cwd = ROOT) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

function step(name: string, problems: string[]): void {
  if (problems.length === 0) {
    console.log(`✔ ${name}`);
    return;
  }
  console.log(`✘ ${name}`);
  for (const p of problems) console.log(`    ${p}`);
  process.exit(1);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
console.log(`Lede ${version}\n`);

run('npx', ['wxt', 'build']);
run('npx', ['wxt', 'build', '-b', 'firefox']);
const fresh = notices(bundledPackages(), bundledData());
step(
  'both builds; THIRD_PARTY_NOTICES.md names what they bundle',
  fresh === readFileSync(NOTICES_FILE, 'utf8') ? [] : ['out of date: run npm run build:notices and rebuild'],
);

const lint = webExtLint(FIREFOX);
step(
  `web-ext lint: ${lint.errors.length} errors, ${lint.warnings.length} warnings (Preact's accepted UNSAFE_VAR_ASSIGNMENT in the popup and the options page)`,
  [...lint.errors, ...unacceptedWarnings(lint)].map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`),
);

step('store rules: icons, descriptions, permissions justified, versions', [
  ...manifestProblems(CHROME, 'chrome'),
  ...manifestProblems(FIREFOX, 'firefox'),
  ...listings().flatMap(({ lang, listing }) => listingProblems(lang, listing)),
]);

run('npx', ['wxt', 'zip']);
run('npx', ['wxt', 'zip', '-b', 'firefox']);
const zips = ['chrome', 'firefox', 'sources'].map((kind) => join(ROOT, '.output', `lede-${version}-${kind}.zip`));
step(`zips: ${zips.map((z) => `${relative(ROOT, z)} (${(statSync(z).size / 1024).toFixed(0)} KB)`).join(', ')}`, []);

// The sources rebuild the add-on a reviewer gets, to the byte.
const scratch = mkdtempSync(join(tmpdir(), 'lede-sources-'));
try {
  const sources = await JSZip.loadAsync(readFileSync(zips[2] as string));
  for (const [path, entry] of Object.entries(sources.files)) {
    if (entry.dir) continue;
    const target = join(scratch, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await entry.async('nodebuffer'));
  }
  run('npm', ['ci', '--no-audit', '--no-fund'], scratch);
  run('npm', ['run', 'build:firefox'], scratch);
  const rebuilt = join(scratch, '.output', 'firefox-mv2');
  const ours = files(FIREFOX)
    .map((f) => relative(FIREFOX, f))
    .sort();
  const theirs = files(rebuilt)
    .map((f) => relative(rebuilt, f))
    .sort();
  const differ = [
    ...ours.filter((f) => !theirs.includes(f)).map((f) => `missing from the rebuild: ${f}`),
    ...theirs.filter((f) => !ours.includes(f)).map((f) => `only in the rebuild: ${f}`),
    ...ours
      .filter((f) => theirs.includes(f) && !readFileSync(join(FIREFOX, f)).equals(readFileSync(join(rebuilt, f))))
      .map((f) => `differs: ${f}`),
  ];
  step(`the sources zip rebuilds the Firefox add-on byte for byte (${ours.length} files)`, differ);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`\nRelease ${version} ready in .output/`);
