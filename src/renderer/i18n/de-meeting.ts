export const deMeeting = {
  meeting: {
    windowTitle: 'Beratung – Sprechstunde',
    heading: 'Beratung von {{start}} bis {{end}} Uhr',
    planned: 'Geplant von {{start}} bis {{end}} Uhr.',
    titleInTitleBar: 'Den Titel des Termins zeigt die Titelleiste dieses Fensters.',
    knockSound: 'Ton beim Anklopfen',
    frame: 'Videokonferenz (Jitsi Meet)',
    unavailable:
      'Dieses Fenster hat keine laufende Beratung mehr (etwa nach einem Neuladen). Bitte schließen Sie es und starten Sie die Beratung neu.',
    close: 'Fenster schließen',
    announce: {
      knocking: '{{name}} klopft an und wartet im Warteraum.',
      admitted: '{{name}} wird eingelassen.',
      rejected: '{{name}} wird abgewiesen.',
    },
    before: {
      heading: 'Gleich geht es los',
      intro:
        'Prüfen Sie Kamera, Mikrofon, Lautsprecher und Verbindung. Danach treten Sie der Beratung bei; Jitsi zeigt Ihnen vorher noch eine Vorschau.',
    },
    guest: 'Sie treten als Gast bei: ohne Moderationsrechte, ohne Raumpasswort und ohne Warteraum.',
    join: 'Der Beratung beitreten',
    cancel: 'Abbrechen',
    stage: 'Videokonferenz',
    failed:
      'Die Videokonferenz konnte nicht geladen werden: Der Jitsi-Server hat seine Konferenz-Schnittstelle nicht geliefert. Bitte versuchen Sie es erneut oder wenden Sie sich an Ihre IT.',
    panel: 'Beratung steuern',
    status: {
      heading: 'Ihre Rolle',
      waiting: 'Sie sind noch nicht im Raum.',
      moderator: 'Sie moderieren diese Beratung.',
      participant: 'Sie nehmen ohne Moderationsrechte teil.',
      secured: 'Der Raum ist mit Passwort geschützt.',
      securedLobby: 'Der Raum ist mit Passwort geschützt, der Warteraum ist an.',
    },
    e2ee: {
      asked:
        'Ende-zu-Ende-Verschlüsselung angefordert: Nur Sie beide sind im Raum. Das Schloss-Symbol von Jitsi in der Konferenz bestätigt sie; fehlt es, ist die Konferenz nur bis zum Server verschlüsselt.',
      waiting:
        'Bis zum Server verschlüsselt. Die Ende-zu-Ende-Verschlüsselung wird angefordert, sobald eine weitere Person bei Ihnen ist.',
      'third-person':
        'Nur bis zum Server verschlüsselt: Eine dritte Person ist im Raum, daher ist die Ende-zu-Ende-Verschlüsselung aus, damit alle teilnehmen können.',
      guest:
        'Nur bis zum Server verschlüsselt: Ohne Moderationsrechte schaltet die App keine Ende-zu-Ende-Verschlüsselung ein.',
      'switched-off':
        'Nur bis zum Server verschlüsselt: Die Ende-zu-Ende-Verschlüsselung ist in den Einstellungen ausgeschaltet.',
    },
    knocking: {
      heading: 'Im Warteraum',
      unnamed: 'Person ohne Namen',
      admit: '{{name}} einlassen',
      reject: '{{name}} abweisen',
    },
    people: {
      heading: 'Im Raum',
      count_one: '{{count}} Person (Sie)',
      count_other: '{{count}} Personen',
      oneToOne:
        'Üblich ist das Gespräch zu zweit. Laden Sie weitere Personen nur ein, wenn die ratsuchende Person zustimmt.',
      tooMany:
        'Mehr als vier Personen mit Video: Wenn Bild oder Ton stocken, schalten Sie auf „Nur Ton“.',
    },
    firstAid: {
      heading: 'Wenn Bild oder Ton nicht gehen',
      audioOnly: 'Nur Ton',
      cameraOn: 'Kamera wieder an',
      lowerQuality: 'Bildqualität senken',
      blur: 'Hintergrund weichzeichnen',
      echo: 'Echo oder Pfeifen?',
      headsetHint:
        'Echo entsteht meist, wenn Lautsprecher und Mikrofon nah beieinander sind. Ein Headset oder Kopfhörer hilft sofort; sonst die Lautstärke senken.',
      done: {
        audioOnly: 'Ihre Kamera ist aus; es wird nur noch Ton übertragen.',
        cameraOn: 'Ihre Kamera ist wieder an.',
        lowerQuality: 'Die Bildqualität ist gesenkt.',
        blur: 'Ihr Hintergrund wird weichgezeichnet.',
      },
    },
    leave: 'Beratung verlassen',
  },
};
