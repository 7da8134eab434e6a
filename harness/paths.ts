import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shared folder CI lays beside the repository. */
export const SHARED = join(ROOT, '..', 'shared');
export const SAMPLE_PAGE = join(SHARED, 'pages', 'openai-code-red.html');
export const SAMPLE_EXPECTED = join(SHARED, 'pages', 'openai-code-red.expected.json');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
