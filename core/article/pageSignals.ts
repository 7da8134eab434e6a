// What a page declares about itself: its type (Open Graph, JSON-LD, microdata), its title, its
// language. Declarations are hints; the detector still needs prose to call a page an article.

import type { DeclineReason } from '../types';
import { namesPrice } from './price';

const ARTICLE_TYPES =
  /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|TechArticle|ScholarlyArticle|LiveBlogPosting|SocialMediaPosting)$/;
/** What a page that is not an article declares itself, by schema.org type. */
const DECLARED_KINDS: ReadonlyArray<readonly [NotArticleKind, RegExp]> = [
  ['shop', /^(?:Product|ProductGroup|IndividualProduct|ProductModel|Offer|AggregateOffer|Store|OnlineStore)$/],
  ['listing', /^(?:ItemList|SearchResultsPage|CollectionPage)$/],
  ['app', /^(?:SoftwareApplication|WebApplication|MobileApplication)$/],
];

/** Kinds of page that are not articles, whatever prose they hold. */
type NotArticleKind = Extract<DeclineReason, 'shop' | 'listing' | 'app'>;

export interface PageSignals {
  /** og:type article, an Article-like JSON-LD or microdata type, or an `<article>` element. */
  declaresArticle: boolean;
  /** og:type article or an Article-like JSON-LD or microdata type (not just an `<article>` element,
   * which shops and home pages use for their cards too). */
  declaresArticleType: boolean;
  /** A product, listing or search page, or an app, as its metadata declares it; null when it declares none. */
  declaresKind: NotArticleKind | null;
  /** A product's page in a shop: a control that puts it in the cart next to its price, or a declared product with either. */
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

/** The words of a control that puts a product in the cart, in the languages shops use (after any icon). */
const ADD_TO_CART =
  /^[^\p{L}]*(?:add to (?:cart|basket|bag|trolley)|add to shopping (?:cart|bag)|buy (?:it )?now|(?:in den|zum) (?:warenkorb|einkaufswagen)|warenkorb hinzufügen|jetzt kaufen|sofort kaufen|ajouter au panier|acheter|añadir al carrito|agregar al carrito|comprar(?: ahora)?|aggiungi al carrello|acquista|adicionar ao carrinho|toevoegen aan winkelwagen|in winkelwagen|dodaj do koszyka|köp|lägg i varukorg(?:en)?|vložit do košíku|do košíku)/iu;
/** Markup that names such a control, or a form that posts to the cart. */
const CART_CONTROLS =
  '[name*="add-to-cart" i], [name*="add_to_cart" i], [id*="add-to-cart" i], [id*="addtocart" i], [id*="add_to_cart" i], [class*="add-to-cart" i], [class*="addtocart" i], [class*="add_to_cart" i], form[action*="/cart/add" i], form[action*="checkout/cart" i], form[action*="warenkorb" i]';
/** Where shops put a product's price: schema.org's itemprop, a data attribute, a class (in English or German). */
const PRICE_ELEMENTS = '[itemprop="price"], [data-price], [class*="price" i], [class*="preis" i]';

/** Buttons (or links styled as one, with `links`) whose words put a product in the cart. */
function cartButtons(doc: Document, links: boolean): Element[] {
  const selector = `button, input[type="submit"], input[type="button"]${links ? ', a[role="button"]' : ''}`;
  const found: Element[] = [];
  for (const control of doc.querySelectorAll(selector)) {
    const label = (control.textContent || control.getAttribute('value') || control.getAttribute('aria-label') || '').trim();
    if (ADD_TO_CART.test(label)) found.push(control);
  }
  return found;
}

/** Controls that put the product in the cart, by their words or their markup, and how many of them sit in a form. */
function cartControls(doc: Document): { all: number; inForm: number } {
  const found = new Set<Element>([...doc.querySelectorAll(CART_CONTROLS), ...cartButtons(doc, true)]);
  let inForm = 0;
  for (const control of found) if (control.tagName === 'FORM' || control.closest('form')) inForm++;
  return { all: found.size, inForm };
}

/** How much text before and after a cart control its price may stand in, read through at most so many nodes. */
const NEAR_CART = { chars: 300, nodes: 400 };

/** The node before `node` in document order (the deepest last descendant of its previous sibling). */
function before(node: Node): Node | null {
  let prev = node.previousSibling;
  if (!prev) return node.parentNode;
  while (prev.lastChild) prev = prev.lastChild;
  return prev;
}

/** The node after `node` and all it holds, in document order. */
function after(node: Node): Node | null {
  for (let at: Node | null = node; at; at = at.parentNode) if (at.nextSibling) return at.nextSibling;
  return null;
}

const isShownText = (node: Node): boolean =>
  node.nodeType === 3 && !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(node.parentNode?.nodeName ?? '');

/** The text near `control`, before and after it in document order. */
function textAround(control: Element): string {
  const parts: string[] = [control.textContent ?? ''];
  let [chars, nodes] = [0, 0];
  for (let node = before(control); node && chars < NEAR_CART.chars && nodes++ < NEAR_CART.nodes; node = before(node)) {
    if (!isShownText(node)) continue;
    parts.unshift(node.nodeValue ?? '');
    chars += node.nodeValue?.length ?? 0;
  }
  [chars, nodes] = [0, 0];
  for (let node = after(control); node && chars < NEAR_CART.chars && nodes++ < NEAR_CART.nodes; node = node.firstChild ?? after(node)) {
    if (!isShownText(node)) continue;
    parts.push(node.nodeValue ?? '');
    chars += node.nodeValue?.length ?? 0;
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Whether a price is written beside a cart control, where no price markup names it. */
function priceBesideCart(controls: Iterable<Element>): boolean {
  for (const control of controls) if (namesPrice(textAround(control))) return true;
  return false;
}

/** Whether the page shows a price where shops show one: the first such element is read, one query that most articles answer with nothing. */
function showsPrice(doc: Document): boolean {
  const el = doc.querySelector(PRICE_ELEMENTS);
  return el !== null && namesPrice(el.textContent ?? '');
}

/**
 * A shop's product page: a declared product with a price or a cart, or a price next to a cart
 * control. A page that declares itself an article (a review, a deals roundup with a "buy now"
 * link per deal; and shop software that calls every page an article) is a shop only when its
 * cart is a form, as a shop's is and an affiliate link is not, and it sells one thing: no more
 * than a couple of cart forms.
 */
function sellsProduct(doc: Document, declaredProduct: boolean, declaresArticleType: boolean): boolean {
  // The price first, where the cart's controls would each have their text read.
  const priced = showsPrice(doc);
  if (!priced && !declaredProduct) {
    // A shop without price markup still writes the price beside its cart; an article's affiliate
    // box may too, so a page that declares itself an article needs the markup.
    // Only buttons are read here, by their words: a link that says "buy now" is an affiliate's as
    // often as a shop's, and the markup query of `cartControls` costs a read of every element.
    if (declaresArticleType) return false;
    return priceBesideCart(cartButtons(doc, false));
  }
  const carts = cartControls(doc);
  if (declaresArticleType) return priced && carts.inForm > 0 && carts.inForm <= 2;
  return declaredProduct || carts.all > 0;
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
  const declaresArticleType = ogType === 'article' || typeList.some((t) => ARTICLE_TYPES.test(t));
  const productTags =
    ogType === 'product' || ogType.startsWith('product.') || doc.querySelector('meta[property="product:price:amount"]') !== null;
  const declaresKind = productTags ? 'shop' : (DECLARED_KINDS.find(([, pattern]) => typeList.some((t) => pattern.test(t)))?.[0] ?? null);
  const declaresArticle = declaresArticleType || doc.querySelector('article') !== null;
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || metaContent(doc, 'meta[property="og:locale"]').replace('_', '-') || '';
  return {
    declaresArticle,
    declaresArticleType,
    declaresKind,
    sellsProduct: sellsProduct(doc, declaresKind === 'shop', declaresArticleType),
    articleBody: bodies.sort((a, b) => b.length - a.length)[0] ?? '',
    title: pageTitle(doc),
    lang,
  };
}
