/** Fictional employers of the demo region; any likeness to a real business is chance. */
export interface DemoEmployer {
  name: string;
  municipalityCode: string;
  verified: boolean;
}

export const DEMO_EMPLOYERS: readonly DemoEmployer[] = [
  { name: 'Groenbedrijf De Oude IJssel', municipalityCode: 'GM1509', verified: true },
  { name: 'Bakkerij Ten Brinke', municipalityCode: 'GM1509', verified: true },
  { name: 'Metaalwerk Ulft', municipalityCode: 'GM1509', verified: true },
  { name: 'Zorgboerderij De Hessenhof', municipalityCode: 'GM1509', verified: true },
  { name: 'Kringloopwinkel Terborg', municipalityCode: 'GM1509', verified: true },
  { name: 'Supermarkt Gendringen', municipalityCode: 'GM1509', verified: true },
  { name: 'Bibliotheek Achterhoek West', municipalityCode: 'GM1509', verified: true },
  { name: 'Schoonmaakbedrijf Het Wiel', municipalityCode: 'GM0222', verified: true },
  { name: 'Logistiek Centrum Doetinchem', municipalityCode: 'GM0222', verified: true },
  { name: 'Restaurant De Graafschap', municipalityCode: 'GM0222', verified: true },
  { name: 'Zorgcentrum Slingeland', municipalityCode: 'GM0222', verified: true },
  { name: 'Drukkerij Aalten', municipalityCode: 'GM0197', verified: true },
  { name: 'Hovenier Bredevoort', municipalityCode: 'GM0197', verified: true },
  { name: 'Meubelmakerij Berkelland', municipalityCode: 'GM1859', verified: true },
  { name: 'Kaasboerderij Neede', municipalityCode: 'GM1859', verified: true },
  { name: 'Camping De Veldkamp', municipalityCode: 'GM1876', verified: true },
  { name: 'Buurthuis Vorden', municipalityCode: 'GM1876', verified: true },
  { name: 'Hotel Lochem', municipalityCode: 'GM0262', verified: true },
  { name: 'Fietsenmaker Montferland', municipalityCode: 'GM1955', verified: true },
  { name: 'Voedselbank Oost Gelre', municipalityCode: 'GM1586', verified: true },
  { name: 'Textielatelier Winterswijk', municipalityCode: 'GM0294', verified: true },
  { name: 'Technisch Bureau Eindhoven-Noord', municipalityCode: 'GM0772', verified: true },
  { name: 'Havenlogistiek Rotterdam-Zuid', municipalityCode: 'GM0599', verified: true },
  { name: 'Wijkcentrum Den Haag Transvaal', municipalityCode: 'GM0518', verified: true },
  { name: 'Schoenenfabriek Waalwijk', municipalityCode: 'GM0867', verified: true },
  { name: 'Textielrecycling Enschede', municipalityCode: 'GM0153', verified: true },
  { name: 'Klussenbedrijf Silvolde', municipalityCode: 'GM1509', verified: false },
  { name: 'Lunchroom Het Achterhuus', municipalityCode: 'GM0294', verified: false },
  { name: 'Autobedrijf Zelhem', municipalityCode: 'GM1876', verified: false },
];
