import type { PortalMessageCatalog } from '@meedoen/web';
import { operationsNl } from './operations.nl';

/** Texts of the caseworkers' portal: a working tool for professionals, still in plain Dutch. */
export const nl = {
  ...operationsNl,
  'portal.name': 'Regie',
  'portal.description': 'Werkplek voor casusregisseurs van de gemeente.',

  'home.title': 'Regie op de weg naar werk',
  'home.introCases': 'Hier volg je de werkzoekenden die jij begeleidt. Je ziet welke stap ze nu zetten.',
  'home.introMatches': 'Je ziet welk werk bij wie past, en waarom. Jij beslist wat de volgende stap is.',
  'home.introAccess': 'Alleen medewerkers van de gemeente kunnen hier inloggen.',

  'section.caseload': 'Mijn werkzoekenden',
  'section.caseloadDescription': 'Alle werkzoekenden die jij begeleidt, met hun volgende stap.',
  'section.reviews': 'Controleren',
  'section.reviewsDescription': 'Nieuwe organisaties en vacatures die op jouw controle wachten.',
  'section.results': 'Resultaten',
  'section.resultsDescription': 'Hoeveel mensen aan het werk zijn gegaan. En hoe dat zich verhoudt tot het doel.',
} as const satisfies PortalMessageCatalog;
