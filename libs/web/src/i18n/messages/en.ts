import type { MessageCatalog } from '../types';
import type { SharedMessageKey } from './nl';

export const sharedEn: MessageCatalog<SharedMessageKey> = {
  'product.name': 'Meedoen Werkt!',
  'page.title': '{page} - {portal} - Meedoen Werkt!',

  'layout.skipLink': 'Skip to content',
  'layout.home': 'Home',
  'layout.primaryNavigation': 'Main menu',
  'layout.municipality': 'Municipality of {name}',
  'layout.signedInAs': 'Signed in as {name}',
  'layout.signIn': 'Sign in',
  'layout.signOut': 'Sign out',
  'layout.sessionUnknown': 'We cannot tell right now whether you are signed in. {reason}',
  'layout.footerNavigation': 'About this website',
  'layout.footerAbout': 'Meedoen Werkt! helps people on social assistance find work, volunteering or training.',
  'layout.credits': 'Sources and licences',
  'layout.privacy': 'Privacy',

  'language.switch': 'Nederlands',
  'language.switchLabel': 'Language',

  'state.loading': 'Please wait. We are getting the information.',
  'state.empty': 'There is nothing to show yet.',
  'state.retry': 'Try again',

  'problem.network': 'We cannot connect. Check that your internet works. Then try again.',
  'problem.badRequest': 'Something in what you filled in is not right.',
  'problem.unauthorized': 'You are not signed in. Sign in and try again.',
  'problem.forbidden': 'Your account is not allowed to do this.',
  'problem.notFound': 'We cannot find this.',
  'problem.conflict': 'This is not possible. It clashes with something that already exists.',
  'problem.tooManyRequests': 'You tried too often. Wait a few minutes. Then try again.',
  'problem.server': 'Something went wrong on our side. It is not your fault. Try again later.',
  'problem.unknown': 'Something went wrong. Try again.',
  'problem.detail': 'More information: {detail}',

  'form.optional': '(optional)',

  'signIn.title': 'Sign in',
  'signIn.intro': 'Sign in with your e-mail address and your password.',
  'signIn.email': 'E-mail address',
  'signIn.emailDescription': 'For example: name@example.com',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.busy': 'Signing in…',
  'signIn.emailMissing': 'Fill in your e-mail address.',
  'signIn.emailInvalid': 'This is not a valid e-mail address. Check that it has an @ in it.',
  'signIn.passwordMissing': 'Fill in your password.',
  'signIn.wrongCredentials': 'E-mail address or password is not correct.',
  'signIn.alreadySignedIn': 'You are already signed in as {name}.',

  'role.seeker': 'job seeker',
  'role.employer': 'employer',
  'role.caseworker': 'caseworker',
  'role.administrator': 'administrator',
  'role.or': 'or',
  'role.notAllowedTitle': 'This page is not for you',
  'role.notAllowed': 'You are signed in as {role}. This page is for a {roles}.',

  'home.greeting': 'Hello {name}',
  'home.upcomingTitle': 'What you will soon be able to do here',
  'home.signInHint': 'Do you already have an account? Then sign in.',

  'comingSoon.body': 'This page is not ready yet. Come back later.',

  'notFound.title': 'This page does not exist',
  'notFound.body': 'We cannot find this page. Maybe the link is old. Or there is a typo in the address.',

  'action.toHome': 'To the start page',

  'vacancyKind.regular': 'Paid job',
  'vacancyKind.regular.explained': 'Ordinary work with a contract and a wage.',
  'vacancyKind.work-experience': 'Work-experience place',
  'vacancyKind.work-experience.explained': 'You gain work experience. A supervisor helps you.',
  'vacancyKind.trial-placement': 'Trial placement',
  'vacancyKind.trial-placement.explained': 'You work on trial for a while. You keep your benefit.',
  'vacancyKind.community-job': 'Community job',
  'vacancyKind.community-job.explained': 'Work that is good for the neighbourhood or the town. You are paid for it.',
  'vacancyKind.volunteer': 'Volunteering',
  'vacancyKind.volunteer.explained': 'You help without a wage. Sometimes you get your expenses paid.',
  'vacancyKind.training': 'Training',
  'vacancyKind.training.explained': 'You learn a trade or a skill.',
  'vacancyKind.day-activity': 'Day activity',
  'vacancyKind.day-activity.explained': 'A regular place to take part during the day, at your own pace.',
  'hours.range': '{min} to {max} hours a week',
  'match.score': 'Fits {score} out of 100',
};
