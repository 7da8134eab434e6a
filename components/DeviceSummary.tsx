import { useEffect, useState } from 'preact/hooks';
import { t } from '../utils/i18n';
import type { DeviceSummarizer, SummarizerAvailability } from './api';

type State = 'hidden' | 'offer' | 'working' | 'done' | 'failed';

/**
 * An abstractive summary from the browser's on-device model (Chrome's Summarizer API), offered
 * only where the model is or can be made available, and made on the reader's click (creating
 * the summariser may need a user gesture to download the model). The extractive key sentences
 * stay above it either way; nothing leaves the device.
 */
export function DeviceSummary({ summarizer, text, title }: { summarizer: DeviceSummarizer | null; text: string; title: string }) {
  const [state, setState] = useState<State>('hidden');
  const [summary, setSummary] = useState('');
  const [availability, setAvailability] = useState<SummarizerAvailability>('unavailable');

  useEffect(() => {
    let cancelled = false;
    summarizer
      ?.availability()
      .then((a) => {
        if (cancelled || a === 'unavailable') return;
        setAvailability(a);
        setState('offer');
      })
      .catch(() => {
        // No model on this device: the extractive summary stands alone.
      });
    return () => {
      cancelled = true;
    };
  }, [summarizer]);

  if (!summarizer || state === 'hidden') return null;
  const summarise = async (): Promise<void> => {
    setState('working');
    try {
      setSummary(await summarizer.summarize(text, title));
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <section aria-labelledby="lede-device-summary" class="device-summary">
      <h2 id="lede-device-summary">{t('abstractiveHeading')}</h2>
      {state === 'offer' && availability === 'downloadable' ? (
        <>
          <p class="meta" id="lede-download-note">
            {t('abstractiveDownloadNote')}
          </p>
          <button type="button" class="copy" aria-describedby="lede-download-note" onClick={summarise}>
            {t('abstractiveDownloadButton')}
          </button>
        </>
      ) : state === 'offer' ? (
        <button type="button" class="copy" onClick={summarise}>
          {t('abstractiveButton')}
        </button>
      ) : null}
      {state === 'working' ? (
        <p class="status" role="status">
          {t('abstractiveWorking')}
        </p>
      ) : null}
      {state === 'failed' ? (
        <p class="status" role="status">
          {t('abstractiveFailed')}
        </p>
      ) : null}
      {state === 'done' ? (
        <>
          <p class="abstract">{summary}</p>
          <p class="meta">{t('abstractiveNote')}</p>
        </>
      ) : null}
    </section>
  );
}
