import type { ScreenSharingIndicatorApi } from '../../shared/screen-sharing-indicator';
import { indicatorLanguage, indicatorTexts } from './texts';
import './indicator.css';

// A plain page, no React: three texts and two buttons, shown while a screen is shared.
const indicator = (window as unknown as { screenSharingIndicator: ScreenSharingIndicatorApi })
  .screenSharingIndicator;
const language = indicatorLanguage(location.search);
const texts = indicatorTexts(language);

document.documentElement.lang = language;
document.title = texts.sharing;
document.getElementById('indicator-text')!.textContent = texts.sharing;
const stop = document.getElementById('indicator-stop')!;
stop.textContent = texts.stop;
stop.addEventListener('click', () => indicator.stopSharing());
const hide = document.getElementById('indicator-hide')!;
hide.textContent = texts.hide;
hide.addEventListener('click', () => indicator.hide());
