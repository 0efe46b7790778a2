import type { PortalMessageCatalog } from '@meedoen/web';

/** Texts of the seekers' portal. B1 Dutch: short sentences, common words, "je". */
export const nl = {
  'portal.name': 'Werkzoekenden',
  'portal.description': 'Vind werk, vrijwilligerswerk of een opleiding bij jou in de buurt.',

  'home.title': 'Werk vinden dat bij je past',
  'home.introSearch': 'Zoek je werk, vrijwilligerswerk of een opleiding? Hier vind je plekken bij jou in de buurt.',
  'home.introHelp': 'Je casusregisseur van de gemeente helpt je. Samen kijken jullie wat bij je past.',
  'home.introPace': 'Je bepaalt zelf je tempo. Kleine stappen tellen ook.',

  'section.forYou': 'Voor jou',
  'section.forYouDescription': 'Werk en activiteiten die bij jou passen. We leggen uit waarom.',
  'section.search': 'Zoeken',
  'section.searchDescription': 'Zoek zelf naar werk, vrijwilligerswerk of een opleiding.',
  'section.responses': 'Mijn reacties',
  'section.responsesDescription': 'Zie waar je op hebt gereageerd. En wat de werkgever terugzegt.',

  'forYou.intro': 'Dit werk past bij wat je kunt en wilt. Bij elke plek staat waarom.',
  'forYou.empty': 'We vinden nu nog geen werk dat past. Vul je profiel verder in, of vraag je casusregisseur om hulp.',
  'forYou.count': 'We vonden {count} plekken die bij je passen.',
  'forYou.nearMissesTitle': 'Bijna passend',
  'forYou.nearMissesIntro': 'Bij deze plekken past één ding net niet. Praat erover met je casusregisseur.',
  'forYou.why': 'Waarom dit past',
  'forYou.whyNot': 'Wat niet past',
} as const satisfies PortalMessageCatalog;
