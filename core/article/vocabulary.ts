// The vocabulary of page clutter, in one place: what a class, id, role or label says a block is
// for, and what a block's own heading says it is. One signal among others: the detector weighs
// it with text and link density, and never trusts it on the article's own ancestors.

import type { Steps } from '../steps';

export type BoilerplateReason =
  | 'nav'
  | 'share'
  | 'related'
  | 'ad'
  | 'newsletter'
  | 'cookie'
  | 'footer'
  | 'disclaimer'
  | 'comments'
  | 'promo'
  | 'author'
  | 'tags'
  | 'ticker'
  | 'sidebar'
  | 'links'
  | 'other';

type Patterns = ReadonlyArray<readonly [BoilerplateReason, RegExp]>;

/**
 * Patterns over an element's class, id, role and aria-label, first match wins. Short words must be
 * whole tokens (`ad` must not match `header` or `shadow`); longer stems may sit inside a token
 * (`relatedPosts`, `comments-area`). English first, then German, French, Spanish, Italian,
 * Portuguese words that sites use in their markup.
 */
const ATTRIBUTE_PATTERNS: Patterns = [
  ['cookie', /cookie|consent|gdpr|onetrust|didomi|\bcmp\b|privacy-?banner/i],
  ['comments', /comment|disqus|discussion|\brespond\b|\breplies\b|kommentar|commentaire|comentario/i],
  ['newsletter', /newsletter|subscri(?:be|ption)|sign-?up\b|\bsignup|optin|opt-in/i],
  ['share', /\bshare|sharing|social|addthis|sharethis|sharebar|\bprint-?button|teilen|partager|compartir/i],
  [
    'related',
    /related|recommend|more-?(?:stories|articles|news|from)|read-?more|also-?read|read-?next|next-?(?:article|story|post)|trending|popular|most-?read|outbrain|taboola|you-?may|weitere|empfehl|lesen-?sie|mehr-?zum|a-?lire|relacionad|correlat|saiba-?mais|leia-?tambem|mais-?lid[ao]s/i,
  ],
  [
    'ad',
    /(?:^|[\s_-])(?:ad|ads|adv|advert|advertisement|advertising|adslot|ad-?slot|ad-?unit|ad-?container|sponsor(?:ed)?|dfp|gpt|banner-?ad|anzeige|werbung|publicite|publicidad|pubblicita)(?:$|[\s_-]|\d)|adsbygoogle|google_ads|ad-?wrapper|advertorial/i,
  ],
  ['promo', /promo|\bcta\b|app-?download|smart-?banner|app-?banner|paywall-?promo|upsell|offer-?box|teaser-?box/i],
  ['disclaimer', /disclaimer|risk-?warning|haftungsausschluss/i],
  ['author', /author-?(?:bio|box|info|card)|about-?(?:the-?)?author|bio-?box/i],
  ['tags', /(?:^|[\s_-])(?:tags|tag-?list|tagcloud|keywords|schlagworte|etiquetas)(?:$|[\s_-])/i],
  ['ticker', /ticker|quote-?bar|market-?(?:data|bar|quotes)|stock-?bar/i],
  [
    'nav',
    /next-?prev|prev-?next|post-?navigation|nav-?links|(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|pagination|pager|skip-?link|masthead|topbar|go-?top|gotop|back-?to-?top|scroll-?top|to-?top|sitemap)(?:$|[\s_-])|navigation/i,
  ],
  ['footer', /(?:^|[\s_-])(?:footer|site-?footer|colophon|copyright|legal|imprint|impressum)(?:$|[\s_-])|footer/i],
  ['sidebar', /sidebar|side-?bar|(?:^|[\s_-])(?:rail|right-?col|left-?col|side-?col|widget|widgets)(?:$|[\s_-])/i],
];

/**
 * All of a vocabulary's patterns as one expression per set of flags: most blocks match none of
 * them, and one test each says so instead of a dozen.
 */
function anyOf(patterns: Patterns): RegExp[] {
  const sources = new Map<string, string[]>();
  for (const [, pattern] of patterns) sources.set(pattern.flags, [...(sources.get(pattern.flags) ?? []), `(?:${pattern.source})`]);
  return [...sources].map(([flags, alternatives]) => new RegExp(alternatives.join('|'), flags));
}

const matchesAny = (expressions: RegExp[], text: string): boolean => expressions.some((e) => e.test(text));

const ANY_ATTRIBUTE = anyOf(ATTRIBUTE_PATTERNS);

/** Class tokens that describe the content's topic, not the block's role (WordPress et al.). */
const TOPIC_TOKEN = /(?:^|\s)(?:tag|category|cat|topic|post|format|term)-[^\s]*/gi;

/** The markup of an element that says what it is for. */
export interface Markup {
  role?: string;
  className: string;
  id: string;
  label?: string;
  component?: string;
}

/** What an element's own markup says it is for, or null. */
export function attributeReason({ role, className, id, label, component }: Markup): BoilerplateReason | null {
  if (role === 'navigation' || role === 'menubar') return 'nav';
  if (role === 'contentinfo') return 'footer';
  if (role === 'complementary') return 'sidebar';
  const described = `${className} ${id} ${label ?? ''} ${component ?? ''}`.replace(TOPIC_TOKEN, ' ').trim();
  if (!described || !matchesAny(ANY_ATTRIBUTE, described)) return null;
  for (const [reason, pattern] of ATTRIBUTE_PATTERNS) {
    if (pattern.test(described)) return reason;
  }
  return null;
}

/** What semantic HTML says an element is, outside an article. */
export const TAG_REASONS: Readonly<Record<string, BoilerplateReason>> = {
  NAV: 'nav',
  FOOTER: 'footer',
  ASIDE: 'sidebar',
};

/**
 * Headings and labels that open a block of clutter: the first line of a block tells what it is.
 * Matched against the start of a block's text, case-insensitively.
 */
const HEADING_PATTERNS: Patterns = [
  [
    'cookie',
    /^(?:we use cookies|this (?:web)?site uses cookies|cookies? (?:settings|policy|consent)|wir verwenden cookies|diese (?:web)?seite verwendet cookies|nous utilisons des cookies|utilizamos cookies|privacy & cookies|we (?:respect|value|care about) your privacy|wir respektieren (?:deine|ihre) privatsphäre)/i,
  ],
  [
    'related',
    /^(?:related(?: articles| stories| posts| news| content| topics|)|more (?:stories|articles|news|from|on this|about|on)|read (?:more|next|also)|you (?:may|might) also like|recommended(?: for you)?|most (?:popular|read|viewed|shared)|trending|popular (?:now|posts|stories)|top stories|further reading|see also|weitere (?:aktuelle )?(?:artikel|beiträge|themen|nachrichten|informationen|infos)|zusatzinformationen|infos zum|noch mehr infos|das könnte sie (?:auch )?interessieren|mehr (?:zum thema|zu|themen|dazu|aus|von)|zum weiterlesen|weiterlesen|lesen sie (?:auch|mehr)|verwandte|meistgelesen|à lire aussi|lire aussi|sur le même sujet|(?:le|te) puede interesar|lea también|noticias relacionadas|leia também|veja também|saiba mais|mais lid[ao]s|lo más leído|más leíd[ao]s|les plus lus|più lett[ei]|leggi anche|visto ahora)\b/i,
  ],
  [
    'comments',
    /^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|join the discussion|kommentare?|kommentieren|commentaires?|comentarios?|commenti)\b/i,
  ],
  [
    'newsletter',
    /^(?:sign up|subscribe|get (?:the|our) [\w ]*(?:newsletter|brief|briefing)|newsletter|mit unserem newsletter|jetzt (?:abonnieren|anmelden)|abonnez-vous|suscríbete|hazte miembro)/i,
  ],
  [
    'share',
    /^(?:share(?: this)?(?: article| story| post)?|rate this (?:article|post|story)|(?:hier können sie )?(?:den|diesen) (?:artikel|beitrag) bewerten|follow us|folgen sie uns|teilen|den artikel [\p{L}\s/]*teilen|partager|compartir|s[ií]guenos|siga-nos)(?:\b|:)/iu,
  ],
  ['ad', /^(?:advertisement|sponsored(?: content)?|anzeige|werbung|publicité|publicidad|pubblicità)\b/i],
  [
    'disclaimer',
    /^(?:disclaimer|risk warning|haftungsausschluss|(?:advertising|affiliate) disclosure|this (?:post|article|page) (?:contains|may contain|includes) (?:affiliate|references|links|sponsored)|(?:der|dieser) beitrag gibt (?:die|nur die) meinung)\b/i,
  ],
  [
    'promo',
    /^(?:for the latest (?:news|stories)|download (?:the|our) [\p{L} ]*app|get (?:the|our) [\p{L} ]*app|if you (?:enjoyed|liked|like) (?:reading )?this|support (?:us|our journalism)|unterstütze?n? (?:sie )?(?:uns|das projekt)|¿ya sabías|únete a nuestro|hacemos periodismo|jetzt (?:buch )?bestellen|buch bestellen|(?:unsere|our) partners?\b)/iu,
  ],
  ['footer', /^(?:©|\(c\)|copyright\b|all rights reserved|(?:presse)?kontakt:|(?:media|press) contacts?:|contact us\b|telefon:)/i],
  ['nav', /^(?:zurück(?: zu| zur)?|back to|« ?zurück|previous (?:article|post)|next (?:article|post))\b/i],
];

const ANY_HEADING = anyOf(HEADING_PATTERNS);

/**
 * Lines that belong to the page's furniture around the story's text, not to it: filed-under and
 * updated-on lines. Left out of the text, never hidden (a reader may want the date).
 */
export const META_LINE =
  /^(?:(?:tags?|categories|category|kategorien?|schlagworte|schlagwörter|stichworte|filed under|posted in|veröffentlicht (?:am|in)|aktualisiert(?: am)?|erschienen (?:in|am)|published|updated|last updated|stand)\s*(?:[:\d]|$)|dieser (?:eintrag|beitrag|artikel) wurde|this (?:entry|post) was (?:posted|published))/i;

/** What a block's leading text says it is, or null. */
export function headingReason(leadingText: string): BoilerplateReason | null {
  const text = leadingText.trimStart();
  if (!matchesAny(ANY_HEADING, text)) return null;
  for (const [reason, pattern] of HEADING_PATTERNS) {
    if (pattern.test(text)) return reason;
  }
  return null;
}

/**
 * Compiles the combined expressions, one per step. A browser compiles an expression the first
 * time it runs and again, to machine code, the next; on a fresh page the first blocks read would
 * otherwise pay for them in one step. The single patterns run only on the few blocks that match,
 * and are compiled then.
 */
export function* compileVocabularySteps(): Steps<void> {
  for (const pattern of [...ANY_ATTRIBUTE, ...ANY_HEADING]) {
    pattern.test('compile');
    pattern.test('compile');
    yield;
  }
}
