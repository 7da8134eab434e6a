// Both builds carry the licence and the third-party notices, and the notices name every package
// the builds bundle and every data set behind their generated data (scripts/notices.ts); a
// package added to a build without its entry fails here. Runs after both builds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../harness/paths';
import { bundledData, bundledPackages, NOTICES_FILE, notices } from '../../scripts/notices';

const written = readFileSync(NOTICES_FILE, 'utf8');

describe('third-party notices', () => {
  it('name every bundled package, with its licence', () => {
    const packages = bundledPackages();
    expect(packages.map((p) => p.name)).toContain('preact');
    for (const p of packages)
      expect(written, `${p.name} is missing from THIRD_PARTY_NOTICES.md (npm run build:notices)`).toContain(`### ${p.name} ${p.version}`);
  });

  it('name every data set the generated data was made from', () => {
    for (const { file, provenance } of bundledData()) {
      expect(provenance.length, `${file} records no provenance`).toBeGreaterThan(0);
      for (const source of provenance) expect(written, `${file}: ${source}`).toContain(source);
    }
  });

  it('are as the builds now make them, and ship in both, with the licence', () => {
    expect(written).toBe(notices(bundledPackages(), bundledData()));
    for (const build of ['chrome-mv3', 'firefox-mv2']) {
      expect(readFileSync(join(ROOT, '.output', build, 'THIRD_PARTY_NOTICES.md'), 'utf8')).toBe(written);
      expect(readFileSync(join(ROOT, '.output', build, 'LICENSE'), 'utf8')).toBe(readFileSync(join(ROOT, 'LICENSE'), 'utf8'));
    }
  });
});
