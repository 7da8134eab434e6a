import { useState } from 'preact/hooks';
import type { AnalysedFigure } from '../core/types';
import { t } from '../utils/i18n';
import { KindChip } from './KindChip';

/** Every figure with its kind, label and company; its sentence on demand. */
export function FigureList({ figures, onReveal }: { figures: AnalysedFigure[]; onReveal: (index: number) => void }) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <section aria-labelledby="lede-figures">
      <h2 id="lede-figures">{t('headingFigures')}</h2>
      <ul class="items">
        {figures.map((figure, i) => (
          <li key={`${figure.start}`} class="figure-row">
            <button type="button" class="item figure" onClick={() => onReveal(i)}>
              <KindChip kind={figure.kind} />
              <span class="name">{figure.text}</span>
              {figure.label || figure.company ? (
                <span class="count">{[figure.label, figure.company].filter(Boolean).join(' · ')}</span>
              ) : null}
            </button>
            <button
              type="button"
              class="more"
              aria-expanded={open === i}
              aria-controls={`lede-sentence-${i}`}
              onClick={() => setOpen(open === i ? null : i)}
            >
              {t('showSentence')}
            </button>
            {open === i ? (
              <p class="detail sentence" id={`lede-sentence-${i}`}>
                {figure.sentence}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
