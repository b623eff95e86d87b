import type { deMeeting } from './de-meeting';
import type { Shape } from './shape';

export const enMeeting: Shape<typeof deMeeting> = {
  meeting: {
    windowTitle: 'Consultation – Sprechstunde',
    heading: 'Consultation from {{start}} until {{end}}',
    planned: 'Planned from {{start}} until {{end}}.',
    titleInTitleBar: 'The appointment’s title is in this window’s title bar.',
    knockSound: 'Sound when someone knocks',
    frame: 'Video conference (Jitsi Meet)',
    unavailable:
      'This window no longer has a running consultation (after a reload, for example). Please close it and start the consultation again.',
    close: 'Close window',
    announce: {
      knocking: '{{name}} is knocking and waiting in the lobby.',
      admitted: '{{name}} is being let in.',
      rejected: '{{name}} is being turned away.',
    },
    before: {
      heading: 'Almost ready',
      intro:
        'Check your camera, microphone, speakers and connection. Then join the consultation; Jitsi shows you a preview first.',
    },
    guest: 'You are joining as a guest: without moderator rights, room password or lobby.',
    join: 'Join the consultation',
    cancel: 'Cancel',
    stage: 'Video conference',
    failed:
      'The video conference could not be loaded: the Jitsi server did not deliver its conference interface. Please try again or contact your IT department.',
    panel: 'Consultation controls',
    status: {
      heading: 'Your role',
      waiting: 'You are not in the room yet.',
      moderator: 'You are moderating this consultation.',
      participant: 'You are taking part without moderator rights.',
      secured: 'The room is protected by a password.',
      securedLobby: 'The room is protected by a password, and the lobby is on.',
    },
    e2ee: {
      asked:
        'End-to-end encryption requested: only the two of you are in the room. Jitsi’s lock label in the meeting confirms it; without the label, the meeting is encrypted to the server only.',
      waiting:
        'Encrypted on the way to the server. End-to-end encryption is requested as soon as one other person joins you.',
      'third-person':
        'Encrypted to the server only: a third person is in the room, so end-to-end encryption is off and everyone can take part.',
      guest:
        'Encrypted to the server only: without moderator rights the app does not switch on end-to-end encryption.',
      'switched-off':
        'Encrypted to the server only: end-to-end encryption is switched off in the settings.',
    },
    knocking: {
      heading: 'In the lobby',
      unnamed: 'Unnamed guest',
      admit: 'Admit {{name}}',
      reject: 'Reject {{name}}',
    },
    people: {
      heading: 'In the room',
      count_one: '{{count}} person (you)',
      count_other: '{{count}} people',
      oneToOne: 'A consultation is usually one to one. Invite others only if the client agrees.',
      tooMany:
        'More than four people with video: if picture or sound stutter, switch to “Audio only”.',
    },
    firstAid: {
      heading: 'Video or audio not working?',
      audioOnly: 'Audio only',
      cameraOn: 'Camera back on',
      lowerQuality: 'Lower video quality',
      blur: 'Blur background',
      echo: 'Echo or whistling?',
      headsetHint:
        'Echo usually comes from speakers close to the microphone. A headset or headphones fix it at once; otherwise turn the volume down.',
      done: {
        audioOnly: 'Your camera is off; only sound is sent.',
        cameraOn: 'Your camera is on again.',
        lowerQuality: 'The video quality is lowered.',
        blur: 'Your background is blurred.',
      },
    },
    leave: 'Leave consultation',
  },
  deviceCheck: {
    heading: 'Check your equipment',
    checking: 'Checking …',
    again: 'Check again',
    neverBlocks: 'This check is only there to help: you can join at any time.',
    camera: {
      heading: 'Camera',
      preview: 'Your camera preview',
      checking: 'Starting the camera …',
      ok: 'Your camera works.',
      denied:
        'Sprechstunde is not allowed to use the camera. Allow access in your computer’s privacy settings.',
      missing: 'No camera found.',
      error: 'The camera does not start. Another program may be using it.',
    },
    microphone: {
      heading: 'Microphone',
      level: 'Your microphone level',
      checking: 'Say something: the bar should move.',
      ok: 'Your microphone works.',
      silent: 'Your microphone picks up nothing. Is it muted?',
      denied:
        'Sprechstunde is not allowed to use the microphone. Allow access in your computer’s privacy settings.',
      missing: 'No microphone found.',
      error: 'The microphone does not start. Another program may be using it.',
    },
    speakers: {
      heading: 'Speakers',
      play: 'Play test sound',
      question: 'Did you hear the test sound?',
      heard: 'I heard it',
      notHeard: 'I heard nothing',
      status: {
        untested: 'Play the test sound to check your speakers or headphones.',
        heard: 'Your speakers work.',
        notHeard: 'You did not hear the test sound.',
      },
    },
    choose: {
      camera: 'Use camera',
      microphone: 'Use microphone',
      speaker: 'Play sound through',
      unnamed: {
        camera: 'Camera {{number}}',
        microphone: 'Microphone {{number}}',
        speaker: 'Speaker {{number}}',
      },
    },
    download: {
      checking: 'Measuring the download speed …',
      failed: 'The download speed could not be measured.',
      enough:
        'Download: about {{kbps, number}} kbit/s – enough for video (at least {{minimum, number}} kbit/s needed).',
      slow: 'Download: only about {{kbps, number}} kbit/s – video needs at least {{minimum, number}} kbit/s.',
    },
    connection: {
      heading: 'Connection to the server',
      checking: 'Checking the connection to the server …',
      reachable: 'Server reachable (HTTPS {{https}} ms, WebSocket {{websocket}} ms)',
      websocketFailed:
        'Server reachable (HTTPS {{https}} ms), but the WebSocket connection failed.',
      unreachable: 'Server not reachable.',
      timeout: 'The server did not answer in time.',
      offline: 'No internet connection.',
    },
    verdict: {
      speakersPending: 'Nearly done: play the test sound and tell us whether you heard it.',
      good: 'All set.',
      limited: 'Limited:',
      blocked: 'The consultation cannot work like this:',
    },
    reasons: {
      offline: 'This computer is not connected to the internet. Check the Wi-Fi or network cable.',
      serverUnreachable: 'The server cannot be reached. Check the internet connection.',
      microphoneDenied:
        'Without a microphone the client cannot hear you. Allow Sprechstunde to use the microphone.',
      microphoneMissing:
        'Without a microphone the client cannot hear you. Plug in a headset or microphone.',
      microphoneError:
        'Without a microphone the client cannot hear you. Close programs that use the microphone and check again.',
      websocketFailed:
        'The server answers, but its real-time connection (WebSocket) does not get through. If the consultation does not start, contact your IT department.',
      slow: 'The connection is slow. If the picture stutters, switch your camera off.',
      slowDownload:
        'The connection is too slow for video: below 2,000 kbit/s, the minimum for video consultations. The picture may freeze; if it does, turn your camera off.',
      cameraDenied: 'Sprechstunde is not allowed to use the camera: audio only is possible.',
      cameraMissing: 'No camera found: audio only is possible.',
      cameraError:
        'The camera does not start: audio only is possible. Close programs that use the camera and check again.',
      microphoneSilent:
        'Your microphone picks up nothing. Say something; if the bar stays empty, check the mute switch on your headset or device.',
      speakersNotHeard:
        'You could not hear the test sound: turn the volume up, check the output device, or put on a headset.',
    },
  },
};
