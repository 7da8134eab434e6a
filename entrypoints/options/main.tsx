// Options page: the reader's settings, kept in browser.storage.sync.
import './options.css';
import { render } from 'preact';
import { Options, type OptionsApi } from '../../components/Options';
import { t, uiLanguage } from '../../utils/i18n';
import { loadSettings, saveSettings } from '../../utils/settingsStore';
import { cleanViewKeys } from '../../utils/shortcut';

const api: OptionsApi = {
  load: loadSettings,
  save: saveSettings,
  shortcut: cleanViewKeys,
};

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<Options api={api} />, document.getElementById('app') as HTMLElement);
