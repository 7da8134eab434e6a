// Options page: the reader's settings, kept in browser.storage.sync. Built as a classic script
// of its own (an unlisted script) that entrypoints/options/index.html loads: as a module page
// beside the popup it shared a chunk with it, and the popup then had two scripts to fetch
// before its summary could show.
import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { Options, type OptionsApi } from '../../components/Options';
import { t, uiLanguage } from '../../utils/i18n';
import { loadSettings, saveSettings } from '../../utils/settingsStore';
import { cleanViewKeys } from '../../utils/shortcut';

export default defineUnlistedScript(() => {
  const api: OptionsApi = {
    load: loadSettings,
    save: saveSettings,
    shortcut: cleanViewKeys,
  };

  document.documentElement.lang = uiLanguage();
  document.title = t('optionsTitle');
  render(<Options api={api} />, document.getElementById('app') as HTMLElement);
});
