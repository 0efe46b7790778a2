import type { PortalMessageCatalog } from '@meedoen/web';

/** Texts of the employers' portal. B1 Dutch: short sentences, common words, "je". */
export const nl = {
  'portal.name': 'Werkgevers',
  'portal.description': 'Zet werk en vrijwilligerswerk online en vind mensen uit de buurt.',

  'home.title': 'Mensen uit de buurt vinden voor jouw werk',
  'home.introOffer': 'Heb je werk, een leerplek of vrijwilligerswerk? Zet het hier online.',
  'home.introMatch': 'Wij zoeken mensen die erbij passen. Jij kiest met wie je wilt praten.',
  'home.introSupport': 'De gemeente helpt bij de start. Bijvoorbeeld met begeleiding op de werkvloer.',
  'home.reviewNotice':
    'Let op: is je organisatie nieuw? Dan kijkt een casusregisseur van de gemeente eerst of alles klopt. Pas daarna zien werkzoekenden je vacatures.',

  'section.organisation': 'Mijn organisatie',
  'section.organisationDescription': 'De gegevens van je organisatie. En of de gemeente ze al heeft gecontroleerd.',
  'section.vacancies': 'Vacatures',
  'section.vacanciesDescription': 'Zet werk online en pas het aan.',
  'section.candidates': 'Kandidaten',
  'section.candidatesDescription': 'Mensen die bij je vacatures passen. En mensen die hebben gereageerd.',
} as const satisfies PortalMessageCatalog;
