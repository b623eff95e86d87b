import type { deScreens } from './de-screens';
import type { Shape } from './shape';

export const enScreens: Shape<typeof deScreens> = {
  screenSharing: {
    sharing: 'Sprechstunde is sharing your screen',
    stop: 'Stop sharing',
    hide: 'Hide',
  },
  screenSourcePicker: {
    heading: 'What do you want to share?',
    intro:
      'The consultation sees only what you choose here. Sprechstunde shows this list itself; the video conference does not learn what else you have open.',
    screens: 'Screens',
    windows: 'Windows',
    none: 'There is nothing that could be shared.',
    share: 'Share',
    cancel: 'Cancel',
  },
};
