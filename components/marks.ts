// Performance marks the popup sets: `npm run bench:popup` times the popup by the first, and the
// end-to-end tests check by the second that the summary takes one message to the page.

/** Marked when the summary is first on screen. */
export const SHOWN_MARK = 'lede-summary-shown';
/** Marked at each message the popup sends the page. */
export const SENT_MARK = 'lede-message-sent';
