/** The calendar import dialog's texts: loaded with the dialog, not at start. */
export const deCalendarImport = {
  calendarImport: {
    title: 'Termine aus einer Kalenderdatei importieren',
    file: 'Datei: {{name}}',
    period: 'Zeitraum',
    periodHint:
      'Übernommen werden Termine ab jetzt bis zum Ende des Zeitraums; Serientermine werden zu einzelnen Terminen.',
    weeks_one: 'Die nächste Woche',
    weeks_other: 'Die nächsten {{count}} Wochen',
    takeDescription: 'Beschreibung in die privaten Notizen übernehmen',
    takeDescriptionWarning:
      'Beschreibungen im Kalender enthalten oft Namen oder Angaben von Klientinnen und Klienten. Übernehmen Sie sie nur, wenn Sie sie hier wirklich brauchen.',
    cancel: 'Abbrechen',
    changeOptions: 'Zurück zu den Optionen',
    showPreview: 'Vorschau anzeigen',
    reading: 'Die Kalenderdatei wird gelesen …',
    readFailed:
      'Die Datei konnte nicht gelesen werden. Prüfen Sie, ob es sie noch gibt, und versuchen Sie es erneut.',
    refusedTitle: 'Diese Datei kann nicht importiert werden',
    unchangedNote: 'Es wurde nichts geändert.',
    caption: 'Vorschau: Was der Import ändert',
    counts: 'Neu: {{add}} · Aktualisiert: {{update}} · Übersprungen: {{skip}}',
    column: { change: 'Änderung', title: 'Titel', when: 'Datum und Uhrzeit', note: 'Hinweis' },
    kind: { add: 'Neu', update: 'Aktualisiert', skip: 'Übersprungen' },
    allDay: 'ganztägig',
    before: 'bisher',
    now: 'jetzt',
    cancelledInCalendar: 'Im Kalender abgesagt: wird hier abgesagt.',
    renamed: 'Titel oder Status geändert.',
    more: '… und {{count}} weitere',
    nothingToImport:
      'Nichts zu importieren: Alle Termine der Datei werden übersprungen oder sind schon auf dem neuesten Stand.',
    confirmNote: 'Erst wenn Sie bestätigen, wird etwas gespeichert.',
    confirm_one: '{{count}} Termin importieren',
    confirm_other: '{{count}} Termine importieren',
    importing: 'Termine werden importiert …',
    expired: 'Die Vorschau ist abgelaufen. Bitte wählen Sie die Datei noch einmal aus.',
    skipReasons: {
      'all-day': 'Ganztägig (etwa ein Feiertag oder eine Abwesenheit), kein Beratungstermin.',
      'outside-window':
        'Schon vorbei oder nach dem gewählten Zeitraum. Für spätere Termine wählen Sie einen längeren Zeitraum.',
      cancelled: 'Im Kalender abgesagt.',
      'no-title':
        'Ohne Titel. Tragen Sie im Kalender einen Titel ein und importieren Sie die Datei erneut.',
      'too-short': 'Kürzer als {{min}} Minuten oder ohne Ende.',
      'too-long': 'Länger als {{hours}} Stunden: eher ein Zeitblock als eine Beratung.',
      unchanged: 'Schon importiert und seitdem unverändert.',
      duplicate: 'Steht doppelt in der Datei; nur der erste Eintrag wird übernommen.',
    },
    errors: {
      'too-large':
        'Die Datei ist größer als 10 MB. Exportieren Sie einen kürzeren Zeitraum aus Ihrem Kalender und versuchen Sie es erneut.',
      'not-ics':
        'Das ist keine Kalenderdatei. Exportieren Sie Ihren Kalender als .ics-Datei (iCalendar) und wählen Sie diese aus.',
      'broken-folding':
        'Die Datei ist beschädigt: Einige Zeilen wurden auseinandergerissen, vielleicht von einem E-Mail-Programm. Exportieren Sie den Kalender erneut und importieren Sie die neue Datei.',
      malformed:
        'Die Datei ist beschädigt und kann nicht gelesen werden. Exportieren Sie den Kalender erneut und importieren Sie die neue Datei.',
      'unknown-time-zone':
        'Die Datei verwendet eine Zeitzone, die die App nicht kennt ({{timeZone}}). Exportieren Sie den Kalender mit Zeitzonen erneut oder wenden Sie sich an Ihre IT-Abteilung.',
      'event-without-start':
        'Ein Termin in der Datei hat keinen Beginn, deshalb kann die Datei nicht importiert werden. Ergänzen Sie ihn im Kalender und exportieren Sie erneut.',
      'too-many-events':
        'Die Datei enthält mehr als {{max}} Termine. Exportieren Sie einen kürzeren Zeitraum und versuchen Sie es erneut.',
      'too-many-occurrences':
        'Die Serientermine ergeben im gewählten Zeitraum mehr als {{max}} einzelne Termine. Wählen Sie einen kürzeren Zeitraum.',
    },
  },
};
