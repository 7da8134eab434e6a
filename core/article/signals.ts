// The article detector's tunables, in one place, each with the reason it has the value it has.

export const SIGNALS = {
  /** A block with at least this many characters reads as a paragraph of prose (about a sentence
   * and a half in most languages that use spaces; measured in characters so it holds for all). */
  paragraphChars: 80,
  /** Above this share of its characters inside links, a block is navigation, not prose. (A list
   * item that opens with a linked name and goes on to explain it is still prose.) */
  maxLinkDensity: 0.5,
  /** Short unlinked text (subheadings, a one-line lead, a dateline) belongs with the story but
   * says less about where the story is than a paragraph does. */
  shortTextWeight: 0.3,
  /** Each character of link text costs this much: menus, teaser lists and tag clouds pull a
   * candidate root away from the story. */
  linkPenalty: 1,
  /** Each character of text under clutter markup (share, related, comments...) costs this much:
   * comment threads and teaser rails are prose-like but are not the story. */
  boilerplatePenalty: 1.5,
  /** A block holding this share of the page's prose is the story's, whatever its class says... */
  storyShareOfProse: 0.5,
  /** ...except that a comment thread may be longer than the story it follows. */
  commentsShareOfProse: 0.8,
  /** A paragraph inside markup that names the story's body (`itemprop=articleBody`,
   * `article-body`, `entry-content`) weighs this much more: sites tell us where the story is. */
  articleBodyBonus: 0.5,
  /** A paragraph in the block that holds the headline weighs this much more: a story is written
   * under its headline, teaser rails beside it are not. */
  headlineBonus: 1,
  /** How far up from the headline to look for that block. */
  headlineBlockDepth: 3,
  /** A `<p>` weighs more than the same text in a `<div>` or `<td>`: prose is written in
   * paragraphs, furniture is not. */
  paragraphTagBonus: 0.25,
  /** A page is an article only if its story has at least this much prose... */
  minArticleChars: 400,
  /** ...in at least this many paragraphs (one long blurb is a description, not a story)... */
  minParagraphs: 2,
  /** ...unless one block holds this much: a story whose paragraphs are split by <br> only. */
  singleBlockArticleChars: 1000,
  /** ...with a little less asked of pages that declare themselves articles (og:type, JSON-LD,
   * `<article>`), since a short news item is still news. */
  declaredArticleFactor: 0.6,
  /** A page declined for short or teaser-like text still gets an article when its candidate has
   * this much prose (two short paragraphs)... */
  clearTextChars: 200,
  /** ...and this many times the prose of anything beside it: one clear main text. */
  clearTextDominance: 2.5,
  /** In that run, a `<p>` of at least this much unlinked text counts as prose though it is short:
   * a story told in one-sentence paragraphs (a tabloid's, a sports brief's) is still a story. */
  clearTextSentenceChars: 40,
  /** A root whose prose alternates with this many linked headlines is a list of teasers. */
  maxHeadlineLinks: 4,
  /** ... unless the headlines are rare next to the paragraphs. */
  headlineToParagraphRatio: 0.35,
  /** A filed-under or updated-on line is short; a longer block that starts that way is prose. */
  maxMetaLineChars: 160,
  /** Blocks denser in links than this inside the article are lists of links, left out of its text. */
  innerLinkListDensity: 0.5,
} as const;
