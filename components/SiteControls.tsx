import { t } from '../utils/i18n';
import { type Settings, type SiteChoice, siteChoice, siteOf, withSite } from '../utils/settings';
import { RunningFields } from './RunningFields';

/** This site's choice, the global switch and the run mode, saved as the reader changes them. */
export function SiteControls({
  url,
  settings,
  shortcut,
  onSave,
  onOptions,
  saveFailed = false,
}: {
  url: string;
  settings: Settings;
  shortcut: string;
  onSave: (next: Settings) => void;
  onOptions: () => void;
  /** The last change could not be saved (the browser refused): what is shown is what is stored. */
  saveFailed?: boolean;
}) {
  const host = siteOf(url);
  const choice = siteChoice(settings, host) ?? '';
  return (
    <section class="settings" aria-labelledby="lede-settings">
      <h2 id="lede-settings">{t('headingSettings')}</h2>
      {host ? (
        <label class="row">
          <span>{t('siteLabel', host)}</span>
          <select value={choice} onChange={(e) => onSave(withSite(settings, host, (e.currentTarget.value || null) as SiteChoice | null))}>
            <option value="">{t('siteDefault')}</option>
            <option value="always">{t('siteAlways')}</option>
            <option value="never">{t('siteNever')}</option>
          </select>
        </label>
      ) : null}
      <RunningFields settings={settings} onSave={onSave} />
      {saveFailed ? (
        <p class="status" role="alert">
          {t('saveFailed')}
        </p>
      ) : null}
      <p class="meta shortcut">{shortcut ? t('shortcut', shortcut) : t('shortcutUnset')}</p>
      <button type="button" class="link" onClick={onOptions}>
        {t('openOptions')}
      </button>
    </section>
  );
}
