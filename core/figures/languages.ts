// The languages whose figures (and companies) Lede reads: elsewhere it highlights none, since a
// wrong number is worse than none. Apart from the tables, so the popup can name them.

export const FIGURE_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'] as const;
export type FigureLang = (typeof FIGURE_LANGUAGES)[number];

export function isFigureLang(lang: string): lang is FigureLang {
  return (FIGURE_LANGUAGES as readonly string[]).includes(lang);
}
