import type { OfferedSource } from '../../shared/screen-source-picker';
import type { pickerTexts } from './texts';

type Texts = ReturnType<typeof pickerTexts>;

/**
 * The offered sources as radio buttons, screens first, each with its picture
 * and name: one choice, by mouse or keyboard. Text goes in as text, never as HTML.
 */
export function sourceList(offer: readonly OfferedSource[], texts: Texts): HTMLElement[] {
  const groups = [
    { kind: 'screen', legend: texts.screens },
    { kind: 'window', legend: texts.windows },
  ] as const;
  return groups.flatMap(({ kind, legend }) => {
    const sources = offer.filter((source) => source.kind === kind);
    if (sources.length === 0) return [];
    const fieldset = document.createElement('fieldset');
    const caption = document.createElement('legend');
    caption.textContent = legend;
    fieldset.append(caption);
    for (const [index, source] of sources.entries()) {
      const id = `source-${kind}-${index}`;
      const input = document.createElement('input');
      Object.assign(input, { type: 'radio', name: 'source', id, value: source.id });
      const label = document.createElement('label');
      label.htmlFor = id;
      label.className = 'picker-source';
      const picture = document.createElement('img');
      // Decorative: the name beside it says what it is.
      Object.assign(picture, { src: source.thumbnail, alt: '' });
      const name = document.createElement('span');
      name.textContent = source.name;
      label.append(input, picture, name);
      fieldset.append(label);
    }
    return [fieldset];
  });
}
