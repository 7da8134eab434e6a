import { useEffect, useState } from 'preact/hooks';
import { KINDS } from '../core/kinds/registry';
import { contrastRatio, textColourFor } from '../utils/contrast';
import { type MessageKey, t } from '../utils/i18n';
import { DEFAULT_SETTINGS, type Settings, withSite } from '../utils/settings';
import { RunningFields } from './RunningFields';

export interface OptionsApi {
  load(): Promise<Settings>;
  /** Saves what changed from `previous`; rejects where the browser refuses. */
  save(settings: Settings, previous: Settings): Promise<void>;
  /** The clean-view shortcut as the browser shows it; "" when none is set. */
  shortcut(): Promise<string>;
}

/** The options page: when Lede runs, what it does on the page, what it highlights in which colour. */
export function Options({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcut, setShortcut] = useState('');
  const [status, setStatus] = useState<'' | 'saved' | 'failed'>('');

  useEffect(() => {
    void api.load().then(setSettings);
    void api
      .shortcut()
      .then(setShortcut)
      .catch(() => undefined);
  }, [api]);

  if (!settings) return <main class="options" />;
  // What was stored stays on screen where a save fails, with a line saying so.
  const save = async (next: Settings): Promise<void> => {
    const previous = settings;
    setSettings(next);
    setStatus('');
    try {
      await api.save(next, previous);
      setStatus('saved');
    } catch {
      setSettings(previous);
      setStatus('failed');
    }
  };
  const setKind = (kind: string, on: boolean) => save({ ...settings, kinds: { ...settings.kinds, [kind]: on } });
  const setColour = (kind: string, colour: string) => save({ ...settings, colours: { ...settings.colours, [kind]: colour } });
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>

      <fieldset>
        <legend>{t('optionsRunning')}</legend>
        <RunningFields settings={settings} onSave={(next) => void save(next)} />
        <p class="meta">
          {shortcut ? t('shortcut', shortcut) : t('shortcutUnset')} {t('optionsShortcutHint')}
        </p>
      </fieldset>

      <fieldset>
        <legend>{t('optionsPage')}</legend>
        <label class="row check">
          <input type="checkbox" checked={settings.cleanup} onChange={(e) => save({ ...settings, cleanup: e.currentTarget.checked })} />
          <span>{t('optionsDefaultCleanup')}</span>
        </label>
        <label class="row check">
          <input type="checkbox" checked={settings.highlight} onChange={(e) => save({ ...settings, highlight: e.currentTarget.checked })} />
          <span>{t('optionsDefaultHighlight')}</span>
        </label>
      </fieldset>

      <fieldset>
        <legend>{t('optionsCategories')}</legend>
        <ul class="kinds">
          {KINDS.map(({ id: kind, label, colour }) => {
            const name = t(label as MessageKey);
            const bg = settings.colours[kind] ?? colour;
            const fg = textColourFor(bg);
            return (
              <li key={kind} class="kind">
                <label class="check">
                  <input type="checkbox" checked={settings.kinds[kind] ?? true} onChange={(e) => setKind(kind, e.currentTarget.checked)} />
                  <span class="sample" style={{ backgroundColor: bg, color: fg }}>
                    {name}
                  </span>
                </label>
                <input type="color" value={bg} aria-label={name} onChange={(e) => setColour(kind, e.currentTarget.value)} />
                <span class="meta">{t('optionsContrast', contrastRatio(bg, fg).toFixed(1))}</span>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <fieldset>
        <legend>{t('optionsSites')}</legend>
        {sites.length === 0 ? <p class="meta">{t('optionsNoSites')}</p> : null}
        <ul class="sites">
          {sites.map(([host, choice]) => (
            <li key={host}>
              <span class="host">{host}</span>
              <span class="meta">{choice === 'always' ? t('siteAlways') : t('siteNever')}</span>
              <button type="button" onClick={() => save(withSite(settings, host, null))}>
                {t('optionsRemoveSite', host)}
              </button>
            </li>
          ))}
        </ul>
      </fieldset>

      <div class="actions">
        <button type="button" onClick={() => save({ ...DEFAULT_SETTINGS, sites: {} })}>
          {t('optionsReset')}
        </button>
        <span class="status" role="status">
          {status === 'saved' ? t('optionsSaved') : status === 'failed' ? t('saveFailed') : ''}
        </span>
      </div>
    </main>
  );
}
