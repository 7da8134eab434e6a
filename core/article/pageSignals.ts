// What a page declares about itself: its type (Open Graph, JSON-LD, microdata), its title, its
// language. Declarations are hints; the detector still needs prose to call a page an article.

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|TechArticle|ScholarlyArticle|LiveBlogPosting|SocialMediaPosting)$/;
const NON_ARTICLE_TYPES =
  /^(?:Product|ProductGroup|Offer|AggregateOffer|ItemList|SearchResultsPage|CollectionPage|Store|SoftwareApplication|WebApplication)$/;

export interface PageSignals {
  /** og:type article, an Article-like JSON-LD or microdata type, or an `<article>` element. */
  declaresArticle: boolean;
  /** og:type article or an Article-like JSON-LD or microdata type (not just an `<article>` element,
   * which shops and home pages use for their cards too). */
  declaresArticleType: boolean;
  /** A product, listing, search page, shop or app declared in its metadata. */
  declaresNonArticle: boolean;
  /** A control that puts something in a shopping cart, next to a price: a shop's product page. */
  sellsProduct: boolean;
  /** The story's text as JSON-LD's `articleBody` gives it, when it does. */
  articleBody: string;
  title: string;
  lang: string;
}

function collectTypes(node: unknown, types: Set<string>, bodies: string[], depth = 0): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectTypes(item, types, bodies, depth + 1);
    return;
  }
  const record = node as Record<string, unknown>;
  const type = record['@type'];
  for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') types.add(t);
  if (typeof record.articleBody === 'string') bodies.push(record.articleBody);
  if (record['@graph']) collectTypes(record['@graph'], types, bodies, depth + 1);
  if (record.mainEntity) collectTypes(record.mainEntity, types, bodies, depth + 1);
}

/** The words of a button that puts a product in the cart, in the languages sites use. */
const ADD_TO_CART =
  /^(?:add to (?:cart|basket|bag|trolley)|buy (?:it )?now|in den (?:warenkorb|einkaufswagen)|jetzt kaufen|ajouter au panier|acheter|añadir al carrito|comprar(?: ahora)?|aggiungi al carrello|acquista|toevoegen aan winkelwagen|dodaj do koszyka|köp|lägg i varukorg)\b/i;
const PRICE = /(?:^|[\s>])(?:[$€£¥]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|EUR|USD|CHF|zł|kr))(?:$|[\s<])/;

function sellsProduct(doc: Document): boolean {
  // The price first: one query that most articles answer with nothing, where the cart's controls
  // would each have their text read.
  const priced = doc.querySelector('[itemprop="price"], [class*="price" i], [data-price]');
  if (!priced || !PRICE.test(` ${priced.textContent ?? ''} `)) return false;
  const controls = doc.querySelectorAll('button, input[type="submit"], input[type="button"], a[role="button"]');
  for (const control of controls) {
    const label = (control.textContent || control.getAttribute('value') || control.getAttribute('aria-label') || '').trim();
    if (ADD_TO_CART.test(label)) return true;
  }
  return false;
}

function metaContent(doc: Document, selector: string): string {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}

/** The headline: Open Graph's, else the first `<h1>`, else the document title without its site suffix. */
function pageTitle(doc: Document): string {
  const og = metaContent(doc, 'meta[property="og:title"]');
  if (og) return og;
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  if (h1) return h1;
  const title = (doc.title ?? '').trim();
  return title.replace(/\s+[|–—-]\s+[^|–—-]+$/, '').trim() || title;
}

export function readPageSignals(doc: Document): PageSignals {
  const types = new Set<string>();
  const bodies: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectTypes(JSON.parse(script.textContent ?? ''), types, bodies);
    } catch {
      // A site's broken JSON-LD says nothing; the other signals still count.
    }
  }
  for (const el of doc.querySelectorAll('[itemtype]')) {
    const t = el.getAttribute('itemtype')?.split('/').pop();
    if (t) types.add(t);
  }
  const ogType = metaContent(doc, 'meta[property="og:type"]').toLowerCase();
  const typeList = [...types];
  const declaresNonArticle = ogType === 'product' || ogType.startsWith('product.') || typeList.some((t) => NON_ARTICLE_TYPES.test(t));
  const declaresArticleType = ogType === 'article' || typeList.some((t) => ARTICLE_TYPES.test(t));
  const declaresArticle = declaresArticleType || doc.querySelector('article') !== null;
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || metaContent(doc, 'meta[property="og:locale"]').replace('_', '-') || '';
  return {
    declaresArticle,
    declaresArticleType,
    declaresNonArticle,
    sellsProduct: sellsProduct(doc),
    articleBody: bodies.sort((a, b) => b.length - a.length)[0] ?? '',
    title: pageTitle(doc),
    lang,
  };
}
