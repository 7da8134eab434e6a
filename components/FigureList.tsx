import type { AnalysedFigure } from '../core/types';

/** Every figure with its kind and, under it, the sentence it comes from. */
export function FigureList({ figures, onReveal }: { figures: AnalysedFigure[]; onReveal: (index: number) => void }) {
  return (
    <section aria-labelledby="lede-figures">
      <h2 id="lede-figures">Figures</h2>
      <ul class="items">
        {figures.map((figure, i) => (
          <li key={`${figure.start}`}>
            <button type="button" class="item figure" onClick={() => onReveal(i)}>
              <span class={`chip ${figure.kind}`}>{figure.kind}</span>
              <span class="name">{figure.text}</span>
              {figure.label || figure.company ? (
                <span class="count">{[figure.label, figure.company].filter(Boolean).join(' · ')}</span>
              ) : null}
              <span class="detail sentence">{figure.sentence}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
