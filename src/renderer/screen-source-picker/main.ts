import type { ScreenSourcePickerApi } from '../../shared/screen-source-picker';
import { sourceList } from './sources';
import { pickerLanguage, pickerTexts } from './texts';
import '../styles.css';
import './picker.css';

// A plain page, no React: main's list of screens and windows, one choice, share or cancel.
const picker = (window as unknown as { screenSourcePicker: ScreenSourcePickerApi })
  .screenSourcePicker;
const language = pickerLanguage(location.search);
const texts = pickerTexts(language);
const byId = (id: string) => document.getElementById(id)!;

document.documentElement.lang = language;
document.title = texts.heading;
byId('picker-heading').textContent = texts.heading;
byId('picker-intro').textContent = texts.intro;
const share = byId('picker-share') as HTMLButtonElement;
share.textContent = texts.share;
const cancel = byId('picker-cancel');
cancel.textContent = texts.cancel;

let answered = false;
const answer = (id: string | null) => {
  if (answered) return;
  answered = true;
  picker.choose(id);
};
const chosen = () =>
  document.querySelector<HTMLInputElement>('input[name="source"]:checked')?.value ?? null;

cancel.addEventListener('click', () => answer(null));
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') answer(null);
});
const form = byId('picker-form');
form.addEventListener('change', () => (share.disabled = chosen() === null));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const id = chosen();
  if (id !== null) answer(id);
});

void picker.offer().then((offer) => {
  const list = byId('picker-sources');
  if (offer.length === 0) {
    const none = document.createElement('p');
    none.textContent = texts.none;
    list.append(none);
    return;
  }
  list.append(...sourceList(offer, texts));
  list.querySelector('input')?.focus();
});
