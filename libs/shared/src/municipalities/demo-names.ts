import type { MunicipalityCode } from './municipalities';

/** Material for the deterministic demo-data generator; every resident and vacancy made from it is fictional. */

/** First names common among residents of the Netherlands, of Dutch, Turkish, Moroccan, Surinamese, Syrian, Polish and other origin. */
export const DEMO_FIRST_NAMES: readonly string[] = [
  // Dutch
  'Jan', 'Peter', 'Kees', 'Henk', 'Bram', 'Daan', 'Sem', 'Lucas', 'Thijs', 'Ruben', 'Gerrit', 'Wim', 'Marco',
  'Jeroen', 'Bas', 'Tim', 'Niels', 'Dennis', 'Erik', 'Hans',
  'Anna', 'Emma', 'Sanne', 'Lotte', 'Fleur', 'Iris', 'Marieke', 'Ingrid', 'Monique', 'Petra', 'Linda', 'Esther',
  'Anouk', 'Femke', 'Joke', 'Wilma', 'Noa', 'Julia', 'Sophie', 'Tessa',
  // Turkish
  'Mehmet', 'Mustafa', 'Emre', 'Burak', 'Ayşe', 'Fatma', 'Elif', 'Zeynep',
  // Moroccan
  'Mohamed', 'Youssef', 'Hamza', 'Karim', 'Fatima', 'Khadija', 'Naima', 'Samira',
  // Surinamese and Antillean
  'Ricardo', 'Glenn', 'Rajesh', 'Priya', 'Shanti', 'Gladys', 'Naomi', 'Dwayne',
  // Syrian and Eritrean
  'Ahmad', 'Omar', 'Khaled', 'Rania', 'Lina', 'Yonas', 'Semhar', 'Hiba',
  // Polish and other Central/Eastern European
  'Piotr', 'Tomasz', 'Krzysztof', 'Agnieszka', 'Katarzyna', 'Magdalena', 'Andrei', 'Ioana',
];

export interface DemoSurname {
  /** Dutch name prefix ('van', 'de', 'van der'); written lower-case after a first name, sorted on the surname. */
  tussenvoegsel?: string;
  surname: string;
}

const surname = (full: string): DemoSurname => {
  const prefixed = /^((?:van (?:de|der|den)|van 't|in 't|van|de|den|der|ter|ten|te|op de)) (.+)$/.exec(full);
  return prefixed ? { tussenvoegsel: prefixed[1], surname: prefixed[2] } : { surname: full };
};

export const DEMO_SURNAMES: readonly DemoSurname[] = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
  'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
  'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen',
  'van den Heuvel', 'van der Veen', 'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten', 'van Beek',
  'Willems', 'van Vliet', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'van Dam', 'van der Wal', 'Prins', 'Blom',
  'Huisman', 'Peeters', 'ter Horst', 'te Winkel', 'Wolters', 'Nijhof', 'Klein Gunnewiek', 'Hulshof', 'Wassink',
  'Heijink', 'Bulten', 'ten Have',
  'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'El Amrani', 'Bouzid', 'Benali', 'El Idrissi', 'Ouali',
  'Ramdin', 'Biharie', 'Pinas', 'Kromodimedjo', 'Al-Hassan', 'Haddad', 'Kowalski', 'Nowak', 'Wiśniewski', 'Popescu',
].map(surname);

/** Ten common street names for each Achterhoek municipality, to give demo addresses a local feel. */
export const DEMO_STREETS_BY_MUNICIPALITY: Readonly<Partial<Record<MunicipalityCode, readonly string[]>>> = {
  GM0197: ['Markt', 'Kerkstraat', 'Stationsstraat', 'Lichtenvoordsestraat', 'Bredevoortsestraat', 'Hogestraat', 'Dijkstraat', 'Admiraal de Ruyterstraat', 'Prinsenstraat', 'Landstraat'],
  GM1859: ['Markt', 'Kerkstraat', 'Stationsweg', 'Molenweg', 'Beltrumsestraat', 'Hoofdstraat', 'Eibergseweg', 'Nieuwstad', 'Julianastraat', 'Ruurloseweg'],
  GM1876: ['Kerkstraat', 'Dorpsstraat', 'Stationsweg', 'Zutphenseweg', 'Raadhuisstraat', 'Spalstraat', 'Hummeloseweg', 'Molenstraat', 'Julianalaan', 'Ruurloseweg'],
  GM0222: ['Grutstraat', 'Hamburgerstraat', 'Kerkstraat', 'Terborgseweg', 'Varsseveldseweg', 'Keppelseweg', 'Bilderdijkstraat', 'Europaweg', 'Wijnbergseweg', 'Energieweg'],
  GM0262: ['Markt', 'Molenstraat', 'Zutphenseweg', 'Tramstraat', 'Oosterwal', 'Nieuwstad', 'Stationsweg', 'Kerkstraat', 'Dorpsstraat', 'Goorseweg'],
  GM1955: ['Kerkstraat', 'Emmerikseweg', 'Stationsweg', 'Hoofdstraat', 'Molenstraat', 'Wilhelminastraat', 'Zeddamseweg', 'Julianastraat', 'Beekseweg', 'Markt'],
  GM1586: ['Markt', 'Varsseveldsestraat', 'Grotestraat', 'Kerkstraat', 'Stationsstraat', 'Zieuwentseweg', 'Hoofdstraat', 'Winterswijkseweg', 'Julianastraat', 'Molenweg'],
  GM1509: ['Kerkstraat', 'Hoofdstraat', 'Markt', 'Stationsstraat', 'Ettenseweg', 'Terborgseweg', 'Dorpsstraat', 'Kennedylaan', 'Molenstraat', 'Wilhelminastraat'],
  GM0294: ['Misterstraat', 'Wooldstraat', 'Meddosestraat', 'Kottenseweg', 'Weurden', 'Spoorstraat', 'Groenloseweg', 'Jacob Damstraat', 'Markt', 'Kerkstraat'],
};
