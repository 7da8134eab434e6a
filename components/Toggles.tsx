import { t } from '../utils/i18n';

export interface ToggleState {
  highlight: boolean;
  cleanup: boolean;
}

export function Toggles({ toggles, onChange }: { toggles: ToggleState; onChange: (next: Partial<ToggleState>) => void }) {
  return (
    <fieldset class="toggles">
      <legend class="visually-hidden">{t('toggleLegend')}</legend>
      <label>
        <input type="checkbox" checked={toggles.cleanup} onChange={(e) => onChange({ cleanup: e.currentTarget.checked })} />
        {t('toggleCleanup')}
      </label>
      <label>
        <input type="checkbox" checked={toggles.highlight} onChange={(e) => onChange({ highlight: e.currentTarget.checked })} />
        {t('toggleHighlights')}
      </label>
    </fieldset>
  );
}
