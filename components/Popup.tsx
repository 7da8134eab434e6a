import { useEffect, useState } from 'preact/hooks';
import { isFigureLang } from '../core/figures/languages';
import { KINDS } from '../core/kinds/registry';
import { summaryMarkdown } from '../core/summary/summaryMarkdown';
import type { Analysis } from '../core/types';
import { t } from '../utils/i18n';
import { DEFAULT_SETTINGS, type Settings, siteChoice, siteOf } from '../utils/settings';
import type { PopupApi } from './api';
import { CompanyList } from './CompanyList';
import { DeviceSummary } from './DeviceSummary';
import { FigureList } from './FigureList';
import { KeySentences } from './KeySentences';
import { LanguageNote } from './LanguageNote';
import { SHOWN_MARK } from './marks';
import { OwnSpansList } from './OwnSpansList';
import { SiteControls } from './SiteControls';
import { Toggles } from './Toggles';

type State = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; analysis: Analysis };

/** How often and how long to ask again while the page is still being analysed. */
const POLL_MS = 250;
const POLL_LIMIT = 40;

/** Opening the popup in "only when I click" mode is the click: Lede runs on the tab. */
function opensRun(analysis: Analysis, settings: Settings): boolean {
  if (analysis.running !== false) return false;
  const site = siteChoice(settings, siteOf(analysis.url));
  return site !== 'never' && settings.enabled && settings.mode === 'click';
}

export function Popup({ api }: { api: PopupApi }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcut, setShortcut] = useState('');
  const [toggles, setToggles] = useState({ highlight: true, cleanup: true });
  const [copied, setCopied] = useState<'' | 'done' | 'failed'>('');
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let tries = 0;
    // The settings load beside the analysis; the summary does not wait for them unless Lede is
    // off on the page and they say whether opening the popup should run it.
    const saved = api.settings().catch(() => DEFAULT_SETTINGS);
    void saved.then((s) => !cancelled && setSettings(s));
    const load = async (): Promise<void> => {
      let analysis = await api.getAnalysis().catch(() => null);
      if (cancelled) return;
      if (analysis?.running === false && opensRun(analysis, await saved)) analysis = await api.run().catch(() => null);
      if (cancelled) return;
      if (!analysis) return setState({ kind: 'unavailable' });
      if (analysis.toggles) setToggles(analysis.toggles);
      if (analysis.pending && tries++ < POLL_LIMIT) {
        window.setTimeout(() => void load(), POLL_MS);
        return;
      }
      setState({ kind: 'ready', analysis });
    };
    void load();
    api
      .shortcut()
      .then((s) => !cancelled && setShortcut(s))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [api]);

  useEffect(() => {
    if (state.kind === 'ready' && state.analysis.article && performance.getEntriesByName(SHOWN_MARK).length === 0) {
      performance.mark(SHOWN_MARK);
    }
  }, [state]);

  const show = (analysis: Analysis | null): void => {
    if (analysis?.toggles) setToggles(analysis.toggles);
    if (analysis) setState({ kind: 'ready', analysis });
  };
  const change = async (next: { highlight?: boolean; cleanup?: boolean }): Promise<void> => {
    setToggles((current) => ({ ...current, ...next }));
    show(await api.set(next).catch(() => null));
  };
  // What was stored stays on screen where a save fails, with a line saying so.
  const save = async (next: Settings, previous: Settings): Promise<void> => {
    setSettings(next);
    setSaveFailed(false);
    try {
      await api.saveSettings(next, previous);
    } catch {
      setSettings(previous);
      setSaveFailed(true);
      return;
    }
    // The content script follows the change; show the page as it is now.
    show(await api.getAnalysis().catch(() => null));
  };

  const controls =
    state.kind === 'ready' && settings ? (
      <SiteControls
        url={state.analysis.url}
        settings={settings}
        shortcut={shortcut}
        onSave={(next) => void save(next, settings)}
        onOptions={() => api.openOptions()}
        saveFailed={saveFailed}
      />
    ) : null;

  if (state.kind === 'loading') return <Shell status={t('statusAnalysing')} />;
  if (state.kind === 'unavailable') return <Shell status={t('statusCannotRun')} />;
  const { analysis } = state;
  if (analysis.running === false) {
    return (
      <Shell title={analysis.title} status={t('statusOffHere')}>
        <div class="actions">
          <button type="button" class="copy" onClick={async () => show(await api.run().catch(() => null))}>
            {t('runHere')}
          </button>
        </div>
        {controls}
      </Shell>
    );
  }
  if (analysis.unanswered) {
    return (
      <Shell title={analysis.title} status={t(analysis.unanswered === 'too-large' ? 'statusTooLarge' : 'statusUnanswered')}>
        <div class="actions">
          <button type="button" class="copy" onClick={async () => show(await api.run().catch(() => null))}>
            {t('retry')}
          </button>
        </div>
        {controls}
      </Shell>
    );
  }
  if (analysis.pending) return <Shell title={analysis.title} status={t('statusAnalysing')} />;
  if (!analysis.article) {
    return (
      <Shell title={analysis.title} status={t('statusNotArticle')}>
        {controls}
      </Shell>
    );
  }
  // The kinds with recognisers of their own, each in a section of its own.
  const own = KINDS.filter((k) => k.section === 'own' && (analysis.spans?.[k.id]?.length ?? 0) > 0);
  const nothing = analysis.companies.length === 0 && analysis.figures.length === 0 && own.length === 0;
  const markdown = () =>
    summaryMarkdown(analysis, { untitled: t('untitled'), companies: t('headingCompanies'), keySentences: t('headingKeySentences') });
  return (
    <Shell title={analysis.title}>
      <p class="meta">{t('metaLine', analysis.article.wordCount, analysis.hidden)}</p>
      <div class="actions">
        <Toggles toggles={toggles} onChange={change} />
        <button
          type="button"
          class="copy"
          onClick={async () => setCopied((await api.copy(markdown()).catch(() => false)) ? 'done' : 'failed')}
        >
          {t('copyMarkdown')}
        </button>
        {copied ? (
          <span class="status" role="status">
            {copied === 'done' ? t('copied') : t('copyFailed')}
          </span>
        ) : null}
      </div>
      <LanguageNote lang={analysis.lang} />
      {nothing && isFigureLang(analysis.lang.split('-')[0] ?? '') ? <p class="status">{t('statusNothingFound')}</p> : null}
      {analysis.companies.length > 0 ? (
        <CompanyList
          companies={analysis.companies}
          figures={analysis.figures}
          text={analysis.article.text}
          onReveal={(i) => api.reveal('company', i)}
        />
      ) : null}
      {analysis.summary.length > 0 ? <KeySentences sentences={analysis.summary} /> : null}
      <DeviceSummary summarizer={api.summarizer} text={analysis.article.text} title={analysis.title} />
      {analysis.figures.length > 0 ? <FigureList figures={analysis.figures} onReveal={(i) => api.reveal('figure', i)} /> : null}
      {own.map((kind) => (
        <OwnSpansList key={kind.id} kind={kind} spans={analysis.spans?.[kind.id] ?? []} onReveal={(i) => api.reveal(kind.id, i)} />
      ))}
      {controls}
    </Shell>
  );
}

function Shell({ title, status, children }: { title?: string; status?: string; children?: preact.ComponentChildren }) {
  return (
    <main class="lede">
      <header>
        <span class="brand">{t('extName')}</span>
        {title ? <h1>{title}</h1> : null}
      </header>
      {status ? (
        <p class="status" role="status">
          {status}
        </p>
      ) : null}
      {children}
    </main>
  );
}
