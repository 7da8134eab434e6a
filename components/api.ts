// What the popup needs from the browser, as an interface, so the components render in tests
// without one.
import type { Analysis } from '../core/types';

export interface PopupApi {
  /** The analysis of the active tab, or null where Lede cannot run (browser pages, stores). */
  getAnalysis(): Promise<Analysis | null>;
  set(toggles: { highlight?: boolean; cleanup?: boolean }): Promise<Analysis | null>;
  reveal(kind: 'company' | 'figure', index: number): Promise<void>;
  /** Puts text on the clipboard; false when the browser refuses. */
  copy(text: string): Promise<boolean>;
}
