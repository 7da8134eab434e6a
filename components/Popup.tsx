import { useEffect, useState } from 'preact/hooks';
import { summaryMarkdown } from '../core/summary/summaryMarkdown';
import type { Analysis } from '../core/types';
import type { PopupApi } from './api';
import { CompanyList } from './CompanyList';
import { FigureList } from './FigureList';
import { KeySentences } from './KeySentences';
import { Toggles } from './Toggles';

type State = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ready'; analysis: Analysis };

/** How often and how long to ask again while the page is still being analysed. */
const POLL_MS = 250;
const POLL_LIMIT = 40;

export function Popup({ api }: { api: PopupApi }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [toggles, setToggles] = useState({ highlight: true, cleanup: true });
  const [copied, setCopied] = useState<'' | 'done' | 'failed'>('');

  useEffect(() => {
    let cancelled = false;
    let tries = 0;
    const load = async (): Promise<void> => {
      const analysis = await api.getAnalysis().catch(() => null);
      if (cancelled) return;
      if (!analysis) return setState({ kind: 'unavailable' });
      if (analysis.toggles) setToggles(analysis.toggles);
      if (analysis.pending && tries++ < POLL_LIMIT) {
        window.setTimeout(load, POLL_MS);
        return;
      }
      setState({ kind: 'ready', analysis });
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [api]);

  const change = async (next: { highlight?: boolean; cleanup?: boolean }): Promise<void> => {
    setToggles((t) => ({ ...t, ...next }));
    const analysis = await api.set(next).catch(() => null);
    if (analysis?.toggles) setToggles(analysis.toggles);
    if (analysis) setState({ kind: 'ready', analysis });
  };

  if (state.kind === 'loading') return <Shell status="Analysing…" />;
  if (state.kind === 'unavailable') return <Shell status="Lede can't run on this page." />;
  const { analysis } = state;
  if (analysis.pending) return <Shell title={analysis.title} status="Analysing…" />;
  if (!analysis.article) return <Shell title={analysis.title} status="Not an article." />;
  const nothing = analysis.companies.length === 0 && analysis.figures.length === 0;
  return (
    <Shell title={analysis.title}>
      <p class="meta">
        {analysis.article.wordCount} words · {analysis.hidden} blocks hidden
      </p>
      <div class="actions">
        <Toggles toggles={toggles} onChange={change} />
        <button
          type="button"
          class="copy"
          onClick={async () => setCopied((await api.copy(summaryMarkdown(analysis)).catch(() => false)) ? 'done' : 'failed')}
        >
          Copy as Markdown
        </button>
        {copied ? (
          <span class="status" role="status">
            {copied === 'done' ? 'Copied' : 'Could not copy'}
          </span>
        ) : null}
      </div>
      {nothing ? <p class="status">Nothing found: no companies or key figures in this article.</p> : null}
      {analysis.companies.length > 0 ? (
        <CompanyList companies={analysis.companies} figures={analysis.figures} onReveal={(i) => api.reveal('company', i)} />
      ) : null}
      {analysis.figures.length > 0 ? <FigureList figures={analysis.figures} onReveal={(i) => api.reveal('figure', i)} /> : null}
      {analysis.summary.length > 0 ? <KeySentences sentences={analysis.summary} /> : null}
    </Shell>
  );
}

function Shell({ title, status, children }: { title?: string; status?: string; children?: preact.ComponentChildren }) {
  return (
    <main class="lede">
      <header>
        <span class="brand">Lede</span>
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
