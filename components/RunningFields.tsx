import { t } from '../utils/i18n';
import type { Settings } from '../utils/settings';

/** When Lede runs: the global switch and the mode, shared by the popup and the options page. */
export function RunningFields({ settings, onSave }: { settings: Settings; onSave: (next: Settings) => void }) {
  return (
    <>
      <label class="row check">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => onSave({ ...settings, enabled: e.currentTarget.checked })} />
        <span>{t('globalOn')}</span>
      </label>
      <label class="row">
        <span>{t('modeLabel')}</span>
        <select value={settings.mode} onChange={(e) => onSave({ ...settings, mode: e.currentTarget.value === 'click' ? 'click' : 'auto' })}>
          <option value="auto">{t('modeAuto')}</option>
          <option value="click">{t('modeClick')}</option>
        </select>
      </label>
    </>
  );
}
