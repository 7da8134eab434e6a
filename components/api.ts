// What the popup needs from the browser, as an interface, so the components render in tests
// without one.
import type { Analysis } from '../core/types';
import type { Settings } from '../utils/settings';

export interface PopupApi {
  /** The analysis of the active tab, or null where Lede cannot run (browser pages, stores). */
  getAnalysis(): Promise<Analysis | null>;
  /** Runs Lede on the tab now (the reader asked), whatever the settings say. */
  run(): Promise<Analysis | null>;
  set(toggles: { highlight?: boolean; cleanup?: boolean }): Promise<Analysis | null>;
  /** `kind`: 'company' or 'figure' (an index into the analysis' lists), or a kind with its own recogniser. */
  reveal(kind: string, index: number): Promise<void>;
  /** Puts text on the clipboard; false when the browser refuses. */
  copy(text: string): Promise<boolean>;
  settings(): Promise<Settings>;
  /** Saves what changed from `previous`; rejects where the browser refuses. */
  saveSettings(settings: Settings, previous: Settings): Promise<void>;
  /** The clean-view shortcut as the browser shows it; "" when none is set. */
  shortcut(): Promise<string>;
  openOptions(): void;
  /** The browser's on-device summariser, where there is one. */
  summarizer: DeviceSummarizer | null;
}

export type SummarizerAvailability = 'available' | 'downloadable' | 'downloading' | 'unavailable';

/** Chrome's built-in Summarizer API, narrowed to what Lede uses. */
export interface DeviceSummarizer {
  availability(): Promise<SummarizerAvailability>;
  summarize(text: string, context: string): Promise<string>;
}
