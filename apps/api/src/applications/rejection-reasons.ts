import type { Language } from '../users/user.entity';

/** Reasons an employer can give; the seeker reads the plain-language text, never a bare code. */
export const REJECTION_REASONS = {
  'position-filled': {
    nl: 'De plek is inmiddels aan iemand anders gegeven. Dat zegt niets over wat jij kunt.',
    en: 'The place has been given to someone else. That says nothing about what you can do.',
  },
  'other-candidate-closer-fit': {
    nl: 'We hebben gekozen voor iemand van wie de ervaring nu net beter aansluit. Bedankt voor je interesse.',
    en: 'We chose someone whose experience fits just a little better right now. Thank you for your interest.',
  },
  'skills-not-yet-matching': {
    nl: 'Voor dit werk zijn vaardigheden nodig die je nog aan het leren bent. Je werkcoach kan met je kijken naar een opleiding of werkervaringsplek.',
    en: 'This work needs skills you are still learning. Your work coach can look with you at training or a work-experience place.',
  },
  'hours-or-schedule': {
    nl: 'De uren of werktijden passen nu niet goed bij elkaar.',
    en: 'The hours or working times do not fit together right now.',
  },
  'travel-distance': {
    nl: 'De reis naar deze plek is te lang of te lastig.',
    en: 'The journey to this place is too long or too difficult.',
  },
  'language-level': {
    nl: 'Voor dit werk is nu meer Nederlands nodig. Een taalcursus kan helpen; je werkcoach weet welke.',
    en: 'This work needs more Dutch for now. A language course can help; your work coach knows which one.',
  },
  'vacancy-cancelled': {
    nl: 'De vacature gaat niet door. Het spijt ons dat je voor niets hebt gereageerd.',
    en: 'The vacancy has been cancelled. We are sorry you applied for nothing.',
  },
  'not-this-time': {
    nl: 'Het is deze keer niet gelukt. Bedankt dat je hebt gereageerd, en succes met zoeken.',
    en: 'It did not work out this time. Thank you for applying, and good luck with your search.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type RejectionReason = keyof typeof REJECTION_REASONS;
export const REJECTION_REASON_CODES = Object.keys(REJECTION_REASONS) as RejectionReason[];
