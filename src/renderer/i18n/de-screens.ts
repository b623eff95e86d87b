export const deScreens = {
  screenSharing: {
    sharing: 'Sprechstunde teilt Ihren Bildschirm',
    stop: 'Freigabe beenden',
    hide: 'Ausblenden',
  },
  screenSourcePicker: {
    heading: 'Was möchten Sie teilen?',
    intro:
      'Die Beratung sieht nur, was Sie hier wählen. Sprechstunde zeigt die Liste selbst; die Videokonferenz erfährt nicht, was Sie sonst geöffnet haben.',
    screens: 'Bildschirme',
    windows: 'Fenster',
    none: 'Es gibt nichts, was geteilt werden könnte.',
    share: 'Teilen',
    cancel: 'Abbrechen',
  },
};
