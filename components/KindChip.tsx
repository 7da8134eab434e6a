import { KINDS } from '../core/kinds/registry';
import { textColourFor } from '../utils/contrast';
import { type MessageKey, t } from '../utils/i18n';

/** A kind's name on its highlight colour (core/kinds/registry.ts), as the page shows it. */
export function KindChip({ kind }: { kind: string }) {
  const found = KINDS.find((k) => k.id === kind);
  if (!found) return null;
  return (
    <span class="chip" style={{ backgroundColor: found.colour, color: textColourFor(found.colour) }}>
      {t(found.label as MessageKey)}
    </span>
  );
}
