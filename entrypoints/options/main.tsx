// Options page: the reader's settings, kept in browser.storage.sync.
import '../../assets/theme.css';
import './options.css';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options, type OptionsApi } from '../../components/Options';
import { t, uiLanguage } from '../../utils/i18n';
import { TOGGLE_COMMAND } from '../../utils/messages';
import { loadSettings, saveSettings } from '../../utils/settingsStore';

const api: OptionsApi = {
  load: loadSettings,
  save: saveSettings,
  shortcut: async () => (await browser.commands.getAll()).find((c) => c.name === TOGGLE_COMMAND)?.shortcut ?? '',
};

document.documentElement.lang = uiLanguage();
document.title = t('optionsTitle');
render(<Options api={api} />, document.getElementById('app') as HTMLElement);
