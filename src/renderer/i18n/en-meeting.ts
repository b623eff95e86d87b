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
};
