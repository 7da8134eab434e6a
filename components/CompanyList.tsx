import { companyFigurePhrases } from '../core/summary/companyFigures';
import type { AnalysedFigure, CompanySummary } from '../core/types';
import { t } from '../utils/i18n';

/** Companies by prominence, each with its mention count and the figures that belong to it. */
export function CompanyList({
  companies,
  figures,
  text,
  onReveal,
}: {
  companies: CompanySummary[];
  figures: AnalysedFigure[];
  /** The article's text, to tell a change ("from 450 million to 650 million") from two figures. */
  text: string;
  onReveal: (index: number) => void;
}) {
  return (
    <section aria-labelledby="lede-companies">
      <h2 id="lede-companies">{t('headingCompanies')}</h2>
      <ul class="items">
        {companies.map((company, i) => {
          const own = companyFigurePhrases(company.name, figures, text);
          return (
            <li key={company.name}>
              <button type="button" class="item company" onClick={() => onReveal(i)}>
                <span class="name">{company.name}</span>
                <span class="count" title={t('mentions')}>
                  {company.count}×
                </span>
                {own.length > 0 ? <span class="detail">{own.join(' · ')}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
