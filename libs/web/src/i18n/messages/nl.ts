/** Texts of the shared parts of all portals. Dutch at B1 level: short sentences, common words, "je". */
export const sharedNl = {
  'product.name': 'Meedoen Werkt!',
  'page.title': '{page} - {portal} - Meedoen Werkt!',

  'layout.skipLink': 'Naar de inhoud',
  'layout.home': 'Start',
  'layout.primaryNavigation': 'Hoofdmenu',
  'layout.municipality': 'Gemeente {name}',
  'layout.signedInAs': 'Ingelogd als {name}',
  'layout.signIn': 'Inloggen',
  'layout.signOut': 'Uitloggen',
  'layout.sessionUnknown': 'We weten nu niet of je bent ingelogd. {reason}',
  'layout.footerNavigation': 'Over deze website',
  'layout.footerAbout': 'Meedoen Werkt! helpt mensen in de bijstand aan werk, vrijwilligerswerk of een opleiding.',
  'layout.credits': 'Bronnen en licenties',
  'layout.privacy': 'Privacy',

  'language.switch': 'English',
  'language.switchLabel': 'Taal',

  'state.loading': 'Even geduld. We halen de gegevens op.',
  'state.empty': 'Er is nog niets om te laten zien.',
  'state.retry': 'Probeer het opnieuw',

  'problem.network': 'We krijgen geen verbinding. Kijk of je internet werkt. Probeer het daarna opnieuw.',
  'problem.badRequest': 'Er klopt iets niet in wat je hebt ingevuld.',
  'problem.unauthorized': 'Je bent niet ingelogd. Log in en probeer het opnieuw.',
  'problem.forbidden': 'Dit mag je niet doen met jouw account.',
  'problem.notFound': 'We kunnen dit niet vinden.',
  'problem.conflict': 'Dit gaat niet. Het botst met iets wat al bestaat.',
  'problem.tooManyRequests': 'Je hebt het te vaak geprobeerd. Wacht een paar minuten. Probeer het dan opnieuw.',
  'problem.server': 'Er ging bij ons iets mis. Dat is niet jouw fout. Probeer het later opnieuw.',
  'problem.unknown': 'Er ging iets mis. Probeer het opnieuw.',
  'problem.detail': 'Meer uitleg: {detail}',

  'form.optional': '(niet verplicht)',

  'signIn.title': 'Inloggen',
  'signIn.intro': 'Log in met je e-mailadres en je wachtwoord.',
  'signIn.email': 'E-mailadres',
  'signIn.emailDescription': 'Bijvoorbeeld: naam@voorbeeld.nl',
  'signIn.password': 'Wachtwoord',
  'signIn.submit': 'Inloggen',
  'signIn.busy': 'Bezig met inloggen…',
  'signIn.emailMissing': 'Vul je e-mailadres in.',
  'signIn.emailInvalid': 'Dit is geen goed e-mailadres. Kijk of er een @ in staat.',
  'signIn.passwordMissing': 'Vul je wachtwoord in.',
  'signIn.wrongCredentials': 'E-mailadres of wachtwoord klopt niet.',
  'signIn.alreadySignedIn': 'Je bent al ingelogd als {name}.',

  'role.seeker': 'werkzoekende',
  'role.employer': 'werkgever',
  'role.caseworker': 'casusregisseur',
  'role.administrator': 'beheerder',
  'role.or': 'of',
  'role.notAllowedTitle': 'Deze pagina is niet voor jou',
  'role.notAllowed': 'Je bent ingelogd als {role}. Deze pagina is voor een {roles}.',

  'home.greeting': 'Hallo {name}',
  'home.upcomingTitle': 'Dit kun je hier straks doen',
  'home.signInHint': 'Heb je al een account? Log dan in.',

  'comingSoon.body': 'Deze pagina is nog niet klaar. Kom later terug.',

  'notFound.title': 'Deze pagina bestaat niet',
  'notFound.body': 'We kunnen deze pagina niet vinden. Misschien is de link oud. Of er zit een typfout in het adres.',

  'action.toHome': 'Naar de startpagina',

  'vacancyKind.regular': 'Betaalde baan',
  'vacancyKind.regular.explained': 'Gewoon werk met een contract en loon.',
  'vacancyKind.work-experience': 'Werkervaringsplek',
  'vacancyKind.work-experience.explained': 'Je doet werkervaring op. Een begeleider helpt je.',
  'vacancyKind.trial-placement': 'Proefplaatsing',
  'vacancyKind.trial-placement.explained': 'Je werkt een tijd op proef. Je houdt je uitkering.',
  'vacancyKind.community-job': 'Maatschappelijke baan',
  'vacancyKind.community-job.explained': 'Werk dat goed is voor de buurt of de stad. Je krijgt er loon voor.',
  'vacancyKind.volunteer': 'Vrijwilligerswerk',
  'vacancyKind.volunteer.explained': 'Je helpt mee zonder loon. Soms krijg je een onkostenvergoeding.',
  'vacancyKind.training': 'Opleiding',
  'vacancyKind.training.explained': 'Je leert een vak of een vaardigheid.',
  'vacancyKind.day-activity': 'Dagbesteding',
  'vacancyKind.day-activity.explained': 'Een vaste plek om overdag mee te doen, in je eigen tempo.',
  'hours.range': '{min} tot {max} uur per week',
  'match.score': 'Past {score} van 100',
} as const;

export type SharedMessageKey = keyof typeof sharedNl;
