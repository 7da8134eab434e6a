// `npm run build:notices`: writes THIRD_PARTY_NOTICES.md (scripts/notices.ts).
import { writeFileSync } from 'node:fs';
import { bundledData, bundledPackages, NOTICES_FILE, notices } from './notices';

const packages = bundledPackages();
const data = bundledData();
writeFileSync(NOTICES_FILE, notices(packages, data));
console.log(`THIRD_PARTY_NOTICES.md: ${packages.length} packages (${packages.map((p) => p.name).join(', ')}), ${data.length} data files`);
