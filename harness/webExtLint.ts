// Mozilla's add-on linter (web-ext lint, as addons.mozilla.org runs it) on a Firefox build, and
// the warnings Lede accepts: Preact's renderer assigns innerHTML for `dangerouslySetInnerHTML`
// (in the popup's script and the options page's, one warning each), a prop Lede never uses.
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths';

export interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
}

export function webExtLint(buildDir: string): LintReport {
  const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', buildDir, '--output', 'json', '--no-input'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(run.stdout) as LintReport;
}

/** The warnings that are not Preact's own in the popup and the options page. */
export function unacceptedWarnings(report: LintReport): LintMessage[] {
  return report.warnings.filter(
    (w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && /^(?:chunks\/popup-[\w-]+\.js|options-app\.js)$/.test(w.file ?? '')),
  );
}
