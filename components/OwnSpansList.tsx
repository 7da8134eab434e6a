import type { Kind } from '../core/kinds/kind';
import type { Span } from '../core/types';
import { type MessageKey, t } from '../utils/i18n';

/** The spans of a kind with a recogniser of its own, one row per name with its count. */
export function OwnSpansList({ kind, spans, onReveal }: { kind: Kind; spans: Span[]; onReveal: (index: number) => void }) {
  const rows = new Map<string, { index: number; count: number }>();
  for (const [index, span] of spans.entries()) {
    const row = rows.get(span.text);
    if (row) row.count++;
    else rows.set(span.text, { index, count: 1 });
  }
  const heading = `lede-kind-${kind.id}`;
  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>{t(kind.label as MessageKey)}</h2>
      <ul class="items">
        {[...rows].map(([text, { index, count }]) => (
          <li key={text}>
            <button type="button" class="item" onClick={() => onReveal(index)}>
              <span class="name">{text}</span>
              <span class="count" title={t('mentions')}>
                {count}×
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
