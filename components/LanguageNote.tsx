import { FIGURE_LANGUAGES, isFigureLang } from '../core/figures/languages';
import { t, uiLanguage } from '../utils/i18n';

/** A language's name in the reader's language (`de` → German), or the tag where the browser cannot name it. */
function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Where the page is in a language Lede does not read, or one it could not tell: it highlighted
 * no figures and no companies there, and says which languages it reads.
 */
export function LanguageNote({ lang }: { lang: string }) {
  const primary = lang.split('-')[0]?.toLowerCase() ?? '';
  if (isFigureLang(primary)) return null;
  const readable = new Intl.ListFormat([uiLanguage()], { type: 'conjunction' }).format(FIGURE_LANGUAGES.map(languageName));
  return (
    <p class="status" role="status">
      {primary ? t('statusLanguage', languageName(primary), readable) : t('statusLanguageUnknown', readable)}
    </p>
  );
}
