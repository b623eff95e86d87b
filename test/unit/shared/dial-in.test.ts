import { describe, expect, it } from 'vitest';
import {
  dialInCodeQuery,
  dialInLines,
  dialInNumbersQuery,
  dialInNumbersReplySchema,
  dialInOf,
} from '../../../src/shared/dial-in';

const room = 'abcdefghijklmnopqrstuvwxyz';
const server = 'https://meet.beratung.example';

// The answers' shapes as jitsi-meet reads them: react/features/invite/functions.ts
// (_getDefaultPhoneNumber: an array with `default`, or the deprecated `numbers` object)
// and _utils.ts (getDialInConferenceID: `conference`, `id`, `message`).
const arrayForm = [
  { countryCode: 'us', tollFree: false, formattedNumber: '+1 512 402 2718' },
  { countryCode: 'de', tollFree: false, formattedNumber: '+49 89 380 38719', default: true },
];
const objectForm = {
  numbersEnabled: true,
  numbers: { DE: ['+49.89.380.38719'], US: ['+1.512.402.2718'] },
};
const code = {
  conference: `${room}@conference.meet.beratung.example`,
  id: 3_141_592_653,
  message: 'Successfully retrieved conference mapping',
};

describe('dial-in as Jitsi asks for it', () => {
  it('asks both services for room@conference.<host>, the code service with the meeting address', () => {
    expect(dialInNumbersQuery(`${server}/dialin/numbers`, room, server)).toBe(
      `${server}/dialin/numbers?conference=${room}@conference.meet.beratung.example`,
    );
    expect(dialInCodeQuery(`${server}/mapper?tenant=x`, room, server)).toBe(
      `${server}/mapper?tenant=x&conference=${room}@conference.meet.beratung.example&url=${server}/${room}`,
    );
  });

  it('takes the array form with the default number first', () => {
    expect(dialInOf(dialInNumbersReplySchema.parse(arrayForm), code)).toEqual({
      numbers: ['+49 89 380 38719 (DE)', '+1 512 402 2718 (US)'],
      code: '3141592653',
    });
  });

  it('takes the deprecated object form by country', () => {
    expect(dialInOf(dialInNumbersReplySchema.parse(objectForm), code)).toEqual({
      numbers: ['+49.89.380.38719 (DE)', '+1.512.402.2718 (US)'],
      code: '3141592653',
    });
  });

  it('offers no dial-in without a code, without numbers, or with numbers switched off', () => {
    const numbers = dialInNumbersReplySchema.parse(arrayForm);
    expect(dialInOf(numbers, { message: 'No conference mapping was found' })).toBeNull();
    expect(dialInOf(numbers, { conference: code.conference })).toBeNull();
    expect(dialInOf([], code)).toBeNull();
    expect(dialInOf({ ...objectForm, numbersEnabled: false }, code)).toBeNull();
  });

  it('refuses answers of another shape', () => {
    expect(dialInNumbersReplySchema.safeParse({ numbers: 'call us' }).success).toBe(false);
    expect(dialInNumbersReplySchema.safeParse([{ countryCode: 'de' }]).success).toBe(false);
    // Nothing but a phone number reaches the client's invitation.
    const text = [{ countryCode: 'de', formattedNumber: 'call https://elsewhere.example' }];
    expect(dialInNumbersReplySchema.safeParse(text).success).toBe(false);
    const country = { numbers: { '<b>DE</b>': ['+49 89 380 38719'] } };
    expect(dialInNumbersReplySchema.safeParse(country).success).toBe(false);
  });

  it('words the phone line in German and English, the code ending in # as it is dialled', () => {
    const dialIn = { numbers: ['+49 89 380 38719 (DE)'], code: '3141592653' };
    expect(dialInLines(dialIn, 'de')).toEqual([
      'Sie können auch per Telefon teilnehmen: +49 89 380 38719 (DE), Konferenz-Code: 3141592653#',
    ]);
    expect(dialInLines(dialIn, 'en')).toEqual([
      'You can also join by phone: +49 89 380 38719 (DE), conference code: 3141592653#',
    ]);
  });
});
