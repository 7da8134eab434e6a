// Every string the reader sees goes through `_locales` (English and German so far). In the
// extension the browser picks the reader's language; where there is no extension runtime (unit
// tests, the CLI) the English messages are used.
import { browser } from 'wxt/browser';
import english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** English, with `$NAME$` placeholders filled as the browser would. */
function fallback(key: MessageKey, substitutions: string[]): string {
  // A key with no message yet (a new kind's label, say) reads as itself rather than breaking the page.
  if (!Object.hasOwn(english, key)) return key;
  const { message, placeholders } = english[key] as Message;
  return message.replace(/\$([A-Z_]+)\$/g, (whole, name: string) => {
    const content = placeholders?.[name.toLowerCase()]?.content;
    const index = content ? Number(content.slice(1)) - 1 : -1;
    return substitutions[index] ?? whole;
  });
}

export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const subs = substitutions.map(String);
  try {
    // WXT types getMessage per key; one key of a union is passed here.
    const i18n = browser.i18n as unknown as { getMessage(name: string, substitutions?: string[]): string };
    const translated = i18n.getMessage(key, subs);
    if (translated) return translated;
  } catch {
    // No extension runtime here.
  }
  return fallback(key, subs);
}

/** The reader's language as the browser says, for `lang` attributes. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
