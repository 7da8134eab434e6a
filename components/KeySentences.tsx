import { t } from '../utils/i18n';

export function KeySentences({ sentences }: { sentences: string[] }) {
  return (
    <section aria-labelledby="lede-summary">
      <h2 id="lede-summary">{t('headingKeySentences')}</h2>
      <ol class="summary">
        {sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
    </section>
  );
}
