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
  deviceCheck: {
    heading: 'Technik-Check',
    checking: 'Der Check läuft …',
    again: 'Erneut prüfen',
    neverBlocks: 'Der Check ist nur eine Hilfe: Sie können jederzeit beitreten.',
    camera: {
      heading: 'Kamera',
      preview: 'Ihre Kameravorschau',
      checking: 'Die Kamera wird gestartet …',
      ok: 'Ihre Kamera funktioniert.',
      denied:
        'Sprechstunde darf die Kamera nicht benutzen. Erlauben Sie den Zugriff in den Datenschutz-Einstellungen des Computers.',
      missing: 'Keine Kamera gefunden.',
      error:
        'Die Kamera lässt sich nicht starten. Vielleicht benutzt ein anderes Programm sie gerade.',
    },
    microphone: {
      heading: 'Mikrofon',
      level: 'Ihr Mikrofonpegel',
      checking: 'Sagen Sie etwas: Der Balken sollte sich bewegen.',
      ok: 'Ihr Mikrofon funktioniert.',
      silent: 'Ihr Mikrofon nimmt nichts auf. Ist es stummgeschaltet?',
      denied:
        'Sprechstunde darf das Mikrofon nicht benutzen. Erlauben Sie den Zugriff in den Datenschutz-Einstellungen des Computers.',
      missing: 'Kein Mikrofon gefunden.',
      error:
        'Das Mikrofon lässt sich nicht starten. Vielleicht benutzt ein anderes Programm es gerade.',
    },
    speakers: {
      heading: 'Lautsprecher',
      play: 'Testton abspielen',
      question: 'Haben Sie den Testton gehört?',
      heard: 'Ich habe ihn gehört',
      notHeard: 'Ich habe nichts gehört',
      status: {
        untested: 'Spielen Sie den Testton ab, um Lautsprecher oder Kopfhörer zu prüfen.',
        heard: 'Ihre Lautsprecher funktionieren.',
        notHeard: 'Sie haben den Testton nicht gehört.',
      },
    },
    choose: {
      camera: 'Kamera verwenden',
      microphone: 'Mikrofon verwenden',
      speaker: 'Ton ausgeben über',
      unnamed: {
        camera: 'Kamera {{number}}',
        microphone: 'Mikrofon {{number}}',
        speaker: 'Lautsprecher {{number}}',
      },
    },
    download: {
      checking: 'Die Download-Geschwindigkeit wird gemessen …',
      failed: 'Die Download-Geschwindigkeit ließ sich nicht messen.',
      enough:
        'Download: etwa {{kbps, number}} kbit/s – genug für Video (nötig sind mindestens {{minimum, number}} kbit/s).',
      slow: 'Download: nur etwa {{kbps, number}} kbit/s – für Video sind mindestens {{minimum, number}} kbit/s nötig.',
    },
    connection: {
      heading: 'Verbindung zum Server',
      checking: 'Die Verbindung zum Server wird geprüft …',
      reachable: 'Server erreichbar (HTTPS {{https}} ms, WebSocket {{websocket}} ms)',
      websocketFailed:
        'Server erreichbar (HTTPS {{https}} ms), aber die WebSocket-Verbindung kam nicht zustande.',
      unreachable: 'Server nicht erreichbar.',
      timeout: 'Der Server hat nicht rechtzeitig geantwortet.',
      offline: 'Keine Internetverbindung.',
    },
    verdict: {
      speakersPending:
        'Fast fertig: Spielen Sie den Testton ab und sagen Sie, ob Sie ihn gehört haben.',
      good: 'Alles bereit.',
      limited: 'Eingeschränkt:',
      blocked: 'So kann die Beratung nicht gelingen:',
    },
    reasons: {
      offline:
        'Dieser Computer ist nicht mit dem Internet verbunden. Prüfen Sie WLAN oder Netzwerkkabel.',
      serverUnreachable: 'Der Server ist nicht erreichbar. Prüfen Sie die Internetverbindung.',
      microphoneDenied:
        'Ohne Mikrofon kann die ratsuchende Person Sie nicht hören. Erlauben Sie Sprechstunde den Zugriff auf das Mikrofon.',
      microphoneMissing:
        'Ohne Mikrofon kann die ratsuchende Person Sie nicht hören. Schließen Sie ein Headset oder Mikrofon an.',
      microphoneError:
        'Ohne Mikrofon kann die ratsuchende Person Sie nicht hören. Schließen Sie Programme, die das Mikrofon benutzen, und prüfen Sie erneut.',
      websocketFailed:
        'Der Server antwortet, aber seine Echtzeit-Verbindung (WebSocket) kommt nicht durch. Startet die Beratung nicht, wenden Sie sich an Ihre IT.',
      slow: 'Die Verbindung ist langsam. Wenn das Bild stockt, schalten Sie Ihre Kamera aus.',
      slowDownload:
        'Die Verbindung ist für Video zu langsam: unter 2.000 kbit/s, dem Mindestwert für Videosprechstunden. Das Bild kann stocken; schalten Sie dann Ihre Kamera aus.',
      cameraDenied:
        'Sprechstunde darf die Kamera nicht benutzen: Die Beratung ist nur mit Ton möglich.',
      cameraMissing: 'Keine Kamera gefunden: Die Beratung ist nur mit Ton möglich.',
      cameraError:
        'Die Kamera startet nicht: Die Beratung ist nur mit Ton möglich. Schließen Sie Programme, die die Kamera benutzen, und prüfen Sie erneut.',
      microphoneSilent:
        'Ihr Mikrofon nimmt nichts auf. Sprechen Sie kurz; bleibt der Balken leer, prüfen Sie den Stummschalter an Headset oder Gerät.',
      speakersNotHeard:
        'Sie hören den Testton nicht: Drehen Sie die Lautstärke auf, prüfen Sie das Ausgabegerät oder setzen Sie ein Headset auf.',
    },
  },
};
