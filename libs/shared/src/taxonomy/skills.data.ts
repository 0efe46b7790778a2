import type { Skill, SkillKind } from './taxonomy.types';

/** [id, Dutch B1 label, English label, Dutch synonyms and examples separated by commas] */
type SkillRow = readonly [id: string, labelNl: string, labelEn: string, synonymsNl?: string];

function inGroup(escoGroup: string, kind: SkillKind, rows: readonly SkillRow[]): Skill[] {
  return rows.map(([id, labelNl, labelEn, synonyms = '']) => ({
    id,
    labelNl,
    labelEn,
    synonymsNl: synonyms ? synonyms.split(',').map((synonym) => synonym.trim()) : [],
    escoGroup,
    kind,
  }));
}

const cleaning: Skill[] = [
  ...inGroup('S6.11.0', 'practical', [
    ['cleaning-agents', 'schoonmaakmiddelen veilig gebruiken', 'Safe use of cleaning agents', 'doseren, chemicaliën, schoonmaakmiddel, allesreiniger'],
    ['cleaning-schedule', 'werken volgens een schoonmaakrooster', 'Working to a cleaning schedule', 'takenlijst, werkprogramma, schoonmaakplan'],
    ['colour-coded-cleaning', 'schoonmaken met kleurcodes', 'Colour-coded cleaning', 'kleurcodesysteem, microvezeldoek'],
    ['disinfection', 'desinfecteren', 'Disinfecting surfaces', 'ontsmetten, hygiënisch schoonmaken, bacteriën'],
  ]),
  ...inGroup('S6.11.2', 'practical', [
    ['office-cleaning', 'kantoren schoonmaken', 'Office cleaning', 'stofzuigen, dweilen, bureaus afnemen, prullenbakken legen, schoonmaak kantoor'],
    ['toilet-cleaning', 'toiletten en sanitair schoonmaken', 'Cleaning toilets and washrooms', 'sanitair, wc schoonmaken, badkamer, toiletgroep'],
    ['floor-cleaning', 'vloeren schoonmaken', 'Floor cleaning', 'dweilen, vegen, moppen, schrobben, vloer'],
    ['floor-scrubber', 'schrobmachine gebruiken', 'Operating a floor scrubber', 'schrobzuigmachine, boenmachine, vloermachine'],
    ['window-cleaning', 'ramen wassen', 'Window cleaning', 'glazenwassen, ramen zemen, wisser, spons'],
    ['dusting', 'stof afnemen', 'Dusting', 'afstoffen, stofdoek, afnemen'],
    ['vacuuming', 'stofzuigen', 'Vacuuming', 'zuigen, tapijt zuigen, stofzuiger'],
    ['washroom-supplies', 'sanitaire middelen bijvullen', 'Refilling washroom supplies', 'zeep bijvullen, wc-papier, handdoekjes'],
    ['hotel-room-cleaning', 'hotelkamers schoonmaken', 'Cleaning hotel rooms', 'bedden opmaken, housekeeping, kamers doen, kamermeisje'],
    ['bed-making', 'bedden opmaken', 'Making beds', 'beddengoed verschonen, lakens'],
    ['healthcare-cleaning', 'schoonmaken in de zorg', 'Cleaning in healthcare facilities', 'ziekenhuis schoonmaken, verpleeghuis, isolatiekamer'],
    ['school-cleaning', 'scholen en kinderopvang schoonmaken', 'Cleaning schools and childcare centres', 'klaslokalen, schoolschoonmaak'],
    ['home-cleaning', 'huizen schoonmaken', 'Domestic cleaning', 'huishoudelijke hulp, poetsen, huishouden, schoonmaak thuis'],
    ['deep-cleaning', 'grote schoonmaak', 'Deep cleaning', 'voorjaarsschoonmaak, opleveringsschoonmaak, periodiek onderhoud'],
    ['construction-cleaning', 'bouwschoonmaak', 'Post-construction cleaning', 'bouwstof, opleveren, nieuwbouw schoonmaken'],
    ['facade-cleaning', 'gevels en buitenkant reinigen', 'Facade cleaning', 'hogedrukreiniger, gevelreiniging, dakgoten'],
    ['kitchen-cleaning', 'keuken schoonmaken', 'Kitchen cleaning', 'aanrecht, ontvetten, afzuigkap, koelkast schoonmaken'],
  ]),
  ...inGroup('S6.11.1', 'practical', [
    ['dishwashing', 'afwassen', 'Dishwashing', 'vaatwasser, spoelkeuken, afwas, plongeur, vaat'],
    ['vehicle-cleaning', "auto's wassen en poetsen", 'Vehicle washing and valeting', 'autowassen, interieur reinigen, wasstraat, poetsen'],
    ['equipment-cleaning', 'machines en gereedschap schoonmaken', 'Cleaning machines and tools', 'machine reinigen, productielijn schoonmaken'],
    ['transport-cleaning', 'treinen, bussen en vliegtuigen schoonmaken', 'Cleaning trains, buses and aircraft', 'treinschoonmaak, busschoonmaak'],
  ]),
  ...inGroup('S6.11.3', 'practical', [
    ['street-cleaning', 'straten en pleinen schoonmaken', 'Street cleaning', 'vegen, veegwagen, straatreiniging'],
    ['litter-picking', 'zwerfafval opruimen', 'Litter picking', 'zwerfvuil, afvalprikker, prikstok, rommel opruimen'],
    ['graffiti-removal', 'graffiti verwijderen', 'Graffiti removal', 'bekladding, tags verwijderen'],
    ['snow-clearing', 'sneeuw ruimen en strooien', 'Snow clearing and gritting', 'gladheidsbestrijding, zout strooien, sneeuwschuiven'],
  ]),
  ...inGroup('S6.12.0', 'practical', [
    ['laundry', 'wassen en drogen van textiel', 'Laundering', 'wasmachine, droger, wasserij, was doen'],
    ['ironing', 'strijken', 'Ironing', 'strijkijzer, mangelen, persen'],
    ['linen-folding', 'linnengoed vouwen', 'Folding linen', 'handdoeken vouwen, beddengoed, linnenkamer'],
  ]),
  ...inGroup('S6.13.2', 'practical', [
    ['waste-separation', 'afval scheiden', 'Waste separation', 'recyclen, plastic, papier, gft, restafval'],
    ['waste-collection', 'afval ophalen', 'Refuse collection', 'vuilnisophaal, containers legen, vuilniswagen, kliko'],
    ['recycling-sorting', 'sorteren voor hergebruik', 'Sorting for reuse and recycling', 'kringloop, sorteerband, milieustraat, tweedehands'],
    ['appliance-dismantling', 'apparaten uit elkaar halen voor recycling', 'Dismantling appliances for recycling', 'demonteren, e-waste, elektronica slopen'],
  ]),
  ...inGroup('S6.13.1', 'practical', [
    ['hazardous-substances', 'werken met gevaarlijke stoffen', 'Handling hazardous substances', 'chemicaliën, gevaarlijk afval, asbest, veiligheidsblad'],
  ]),
];

const hospitality: Skill[] = [
  ...inGroup('S3.5.1', 'practical', [
    ['food-preparation', 'eten voorbereiden', 'Food preparation', 'snijden, mise en place, keukenwerk, voorbereiden'],
    ['vegetable-preparation', 'groente en fruit schoonmaken en snijden', 'Preparing vegetables and fruit', 'schillen, snijden, groente wassen'],
    ['basic-cooking', 'eenvoudige gerechten koken', 'Cooking simple dishes', 'koken, soep maken, pan, fornuis'],
    ['restaurant-cooking', 'koken in een restaurant', 'Professional cooking', 'à la carte, chef, sauzen, kok, gerechten'],
    ['large-scale-cooking', 'koken voor grote groepen', 'Large-scale cooking', 'grootkeuken, catering, instellingskeuken, bedrijfsrestaurant'],
    ['baking', 'brood bakken', 'Baking bread', 'bakker, deeg, oven, broodjes bakken'],
    ['pastry', 'taart en gebak maken', 'Pastry making', 'banket, patisserie, koekjes, cake'],
    ['sandwich-making', 'broodjes en lunch maken', 'Making sandwiches and lunches', 'belegde broodjes, lunch, tosti, salade'],
    ['frying', 'frituren', 'Deep frying', 'friteuse, patat bakken, snacks, frietjes'],
    ['grilling', 'grillen en bakken op de plaat', 'Grilling', 'bbq, grill, hamburgers bakken, bakplaat'],
    ['pizza-making', 'pizza maken', 'Pizza making', 'pizzadeeg, pizzaoven, pizzabakker'],
    ['coffee-making', 'koffie zetten', 'Making coffee', 'barista, espresso, cappuccino, koffiemachine'],
    ['bartending', 'drankjes maken achter de bar', 'Bartending', 'tappen, bier tappen, cocktails, bar'],
    ['special-diets', 'koken voor speciale diëten', 'Cooking for special diets', 'allergenen, dieet, glutenvrij, zoutloos, vegetarisch'],
    ['breakfast-preparation', 'ontbijt klaarzetten', 'Preparing breakfast', 'ontbijtbuffet, ontbijt'],
    ['meal-portioning', 'maaltijden opscheppen en portioneren', 'Portioning meals', 'opscheppen, porties, uitserveren, maaltijden verdelen'],
  ]),
  ...inGroup('S3.5.2', 'practical', [
    ['table-service', 'gasten bedienen aan tafel', 'Table service', 'serveren, bedienen, ober, serveerster'],
    ['order-taking', 'bestellingen opnemen', 'Taking orders', 'bestelling, handterminal, bonnen'],
    ['table-setting', 'tafels dekken', 'Setting tables', 'dekken, couverts, servetten vouwen'],
    ['clearing-tables', 'tafels afruimen', 'Clearing tables', 'afruimen, opruimen, dienblad'],
    ['buffet-service', 'buffet verzorgen', 'Buffet service', 'buffet aanvullen, catering'],
    ['counter-service', 'bediening aan de toonbank', 'Counter service', 'fastfood, toonbank, lunchroom, afhaal'],
    ['event-catering', 'catering bij evenementen', 'Event catering', 'partycatering, feest, evenement, hapjes rondbrengen'],
    ['drinks-service', 'drankjes schenken en serveren', 'Serving drinks', 'drank, inschenken, koffie rondbrengen'],
    ['meal-delivery-rounds', 'maaltijden rondbrengen', 'Delivering meals on wards and rounds', 'maaltijdservice, voedingsassistent, eten rondbrengen'],
  ]),
  ...inGroup('S1.11.3', 'practical', [
    ['menu-planning', 'menu samenstellen', 'Menu planning', 'recepten, weekmenu, boodschappenlijst'],
  ]),
  ...inGroup('S2.8.9', 'practical', [
    ['food-hygiene', 'hygiënisch werken met voedsel', 'Food hygiene', 'handen wassen, hygiëne keuken, schone werkplek, voedselveiligheid'],
    ['allergen-awareness', 'kennis van allergenen', 'Allergen awareness', 'allergie, notenallergie, gluten, lactose'],
    ['food-temperature-control', 'temperatuur van eten controleren', 'Food temperature control', 'koelcel, thermometer, koelketen, temperatuurlijst'],
    ['best-before-check', 'houdbaarheid controleren', 'Checking best-before dates', 'THT, datum controleren, derving, afprijzen'],
    ['food-quality-check', 'kwaliteit van voedsel controleren', 'Food quality control', 'keuren, smaak controleren, kwaliteitscontrole'],
  ]),
  ...inGroup('S2.8.9', 'certificate', [
    ['haccp-certificate', 'HACCP-certificaat (hygiënecode)', 'HACCP food safety certificate', 'haccp, hygiënecode, voedselveiligheid certificaat'],
  ]),
  ...inGroup('S3.3.7', 'certificate', [
    ['social-hygiene-certificate', 'diploma Sociale Hygiëne', 'Social Hygiene certificate (alcohol licensing)', 'svh, drank- en horecawet, alcoholvergunning'],
  ]),
];

const foodProcessing: Skill[] = [
  ...inGroup('S6.5.7', 'practical', [
    ['food-production-line', 'werken aan een productielijn voor voedsel', 'Working on a food production line', 'lopende band, levensmiddelenindustrie, voedingsindustrie'],
    ['meat-processing', 'vlees verwerken', 'Meat processing', 'vleesverwerking, vleeswaren, worst maken'],
    ['butchery', 'vlees snijden en uitbenen', 'Butchery', 'slagerij, uitbenen, uitsnijden, slager'],
    ['fish-processing', 'vis verwerken', 'Fish processing', 'fileren, visverwerking, vis schoonmaken'],
    ['dairy-processing', 'zuivel en kaas maken', 'Dairy processing', 'kaas maken, melk, yoghurt, zuivelfabriek'],
    ['industrial-baking', 'brood en koek bakken in een fabriek', 'Industrial baking', 'broodfabriek, bakkerij, deeg'],
    ['vegetable-processing', 'groente en aardappelen verwerken', 'Vegetable processing', 'groenteverwerking, aardappelfabriek, snijden'],
    ['food-packing', 'voedsel verpakken', 'Food packing', 'portioneren, inpakken, sealen, vacumeren'],
    ['mixing-ingredients', 'ingrediënten afwegen en mengen', 'Weighing and mixing ingredients', 'mengen, recept volgen, grondstoffen, deeg maken'],
  ]),
  ...inGroup('S8.5.4', 'practical', [
    ['food-machine-operation', 'machines voor voedselverwerking bedienen', 'Operating food processing machines', 'snijmachine, menger, deegmachine, operator voeding'],
    ['meat-slicer', 'snijmachine voor vleeswaren gebruiken', 'Using a meat slicer', 'vleessnijmachine, snijmachine, kaas snijden'],
  ]),
];

const greenAndAnimals: Skill[] = [
  ...inGroup('S6.4.2', 'practical', [
    ['lawn-mowing', 'gras maaien', 'Mowing lawns', 'grasmaaier, maaien, gazon, gras'],
    ['hedge-trimming', 'heggen knippen', 'Hedge trimming', 'heg snoeien, heggenschaar, haag'],
    ['pruning', 'struiken en bomen snoeien', 'Pruning', 'snoeischaar, snoeien, takken'],
    ['planting', 'planten en bomen planten', 'Planting', 'poten, aanplanten, bloembollen'],
    ['weeding', 'onkruid weghalen', 'Weeding', 'schoffelen, onkruid, wieden, voegen krabben'],
    ['tree-care', 'bomen verzorgen', 'Tree care', 'boomverzorging, boomchirurg, klimmen'],
    ['harvesting', 'oogsten', 'Harvesting', 'oogst, binnenhalen, snijden'],
    ['fruit-picking', 'fruit plukken', 'Fruit picking', 'appels plukken, aardbeien plukken, peren, plukker'],
    ['greenhouse-work', 'werken in een kas', 'Greenhouse work', 'glastuinbouw, kassen, tomaten, paprika, bladwerk'],
    ['watering-plants', 'planten water geven', 'Watering plants', 'sproeien, irrigatie, gieter'],
    ['leaf-clearing', 'bladeren ruimen', 'Leaf clearing', 'bladblazer, blad harken, bladruimen'],
  ]),
  ...inGroup('S6.4.1', 'practical', [
    ['soil-preparation', 'grond bewerken', 'Soil preparation', 'spitten, frezen, omspitten, grond omwerken'],
    ['sowing', 'zaaien', 'Sowing', 'zaad, inzaaien, gras zaaien'],
    ['fertilising', 'bemesten', 'Fertilising', 'mest, kunstmest, compost'],
    ['potting-cuttings', 'oppotten en stekken', 'Potting and taking cuttings', 'stekken, potten, kwekerij, verspenen'],
  ]),
  ...inGroup('S6.4.0', 'practical', [
    ['plant-knowledge', 'planten herkennen', 'Plant knowledge', 'plantenkennis, soorten herkennen, plantennamen'],
    ['garden-maintenance', 'tuinen onderhouden', 'Garden maintenance', 'tuinieren, hovenier, tuin, groenonderhoud'],
    ['public-green-maintenance', 'openbaar groen onderhouden', 'Maintaining public green spaces', 'plantsoen, parken, groenvoorziening, bermen'],
    ['landscaping', 'tuinen aanleggen', 'Landscaping', 'tuinaanleg, vijver, schutting, tuin bestraten'],
    ['plant-protection', 'planten beschermen tegen ziektes en plagen', 'Plant protection', 'ongedierte, plagen, gewasbescherming'],
  ]),
  ...inGroup('S6.4.0', 'certificate', [
    ['crop-protection-licence', 'spuitlicentie (gewasbescherming)', 'Crop protection licence', 'spuitlicentie, vakbekwaamheid gewasbescherming'],
  ]),
  ...inGroup('S8.1.2', 'practical', [
    ['ride-on-mower', 'zitmaaier rijden', 'Driving a ride-on mower', 'maaimachine, zitmaaier, maaitrekker'],
    ['tractor-driving', 'trekker rijden', 'Tractor driving', 'tractor, landbouwvoertuig, aanhanger'],
    ['chainsaw', 'kettingzaag gebruiken', 'Using a chainsaw', 'motorzaag, bomen zagen, hout zagen'],
    ['brushcutter', 'bosmaaier en bladblazer gebruiken', 'Using a brushcutter and leaf blower', 'bosmaaier, bladblazer, trimmer, strimmer'],
    ['farm-machinery', 'landbouwmachines bedienen', 'Operating farm machinery', 'ploeg, zaaimachine, oogstmachine'],
  ]),
  ...inGroup('S8.1.2', 'certificate', [
    ['chainsaw-certificate', 'certificaat motorkettingzaag', 'Chainsaw certificate', 'motorzaagcertificaat, ECC, kettingzaag diploma'],
  ]),
  ...inGroup('S6.9.5', 'practical', [
    ['animal-feeding', 'dieren voeren', 'Feeding animals', 'voeren, voer, drinkbak'],
    ['pet-care', 'huisdieren verzorgen', 'Pet care', 'dierenasiel, honden uitlaten, katten, dierenpension'],
    ['horse-care', 'paarden verzorgen', 'Horse care', 'manege, paarden poetsen, stalknecht'],
    ['stable-cleaning', 'stallen uitmesten', 'Mucking out stables', 'uitmesten, stro, hokken schoonmaken'],
  ]),
  ...inGroup('S6.9.1', 'practical', [
    ['livestock-care', 'vee verzorgen', 'Livestock care', 'koeien, varkens, kippen, veehouderij, boerderij'],
    ['milking', 'melken', 'Milking', 'melkrobot, melkstal, koeien melken'],
  ]),
];

const logistics: Skill[] = [
  ...inGroup('S6.2.1', 'practical', [
    ['loading-unloading', 'laden en lossen', 'Loading and unloading', 'vrachtwagen lossen, containers lossen, uitladen'],
    ['truck-loading', 'vrachtwagen beladen', 'Loading trucks', 'stapelen, beladen, laadplan'],
    ['load-securing', 'lading vastzetten', 'Securing loads', 'spanbanden, sjorren, lading zekeren'],
  ]),
  ...inGroup('S6.2.2', 'practical', [
    ['pallet-truck', 'pompwagen gebruiken', 'Using a pallet truck', 'palletwagen, pompwagen, handpompwagen'],
    ['electric-pallet-truck', 'elektrische pompwagen rijden', 'Driving an electric pallet truck', 'EPT, elektrische palletwagen, stapelaar'],
    ['furniture-moving', 'meubels verhuizen', 'Moving furniture', 'verhuizen, sjouwen, verhuiswagen'],
    ['trolley-handling', 'karren en rolcontainers verplaatsen', 'Moving trolleys and roll cages', 'rolcontainers, karren, kooiaap, winkelwagens'],
    ['safe-lifting', 'veilig tillen', 'Safe lifting technique', 'tiltechniek, rugsparend werken, ergonomisch tillen'],
  ]),
  ...inGroup('S6.2.3', 'practical', [
    ['warehouse-storage', 'goederen opslaan in een magazijn', 'Storing goods in a warehouse', 'opslag, stellingen, locaties, wegzetten'],
    ['stock-rotation', 'voorraad goed rouleren', 'Stock rotation (FIFO)', 'FIFO, eerst in eerst uit, voorraad draaien'],
    ['stock-counting', 'voorraad tellen', 'Stock counting', 'inventarisatie, tellen, voorraadtelling'],
    ['goods-receipt', 'goederen ontvangen en controleren', 'Receiving goods', 'inslag, ontvangst, pakbon controleren, inboeken'],
    ['shelf-stocking', 'vakken vullen', 'Shelf stocking', 'vakkenvullen, schappen vullen, spiegelen, aanvullen'],
  ]),
  ...inGroup('S6.2.4', 'practical', [
    ['event-setup', 'opbouwen en afbreken bij evenementen', 'Event setup and teardown', 'opbouw, tenten, podium, afbouw'],
    ['room-setup', 'zalen en vergaderruimtes klaarzetten', 'Setting up rooms', 'tafels en stoelen klaarzetten, facilitair, vergaderzaal'],
  ]),
  ...inGroup('S6.1.1', 'practical', [
    ['order-picking', 'orders verzamelen', 'Order picking', 'orderpicken, picken, orders verzamelen, scannen'],
    ['goods-sorting', 'goederen sorteren', 'Sorting goods', 'sorteren, sorteerband, uitzoeken'],
    ['parcel-sorting', 'pakketten sorteren', 'Parcel sorting', 'pakketjes, sorteercentrum, depot'],
    ['mail-sorting', 'post sorteren', 'Sorting mail', 'brieven sorteren, postsortering'],
    ['returns-processing', 'retouren verwerken', 'Processing returns', 'retour, retouren, terugzendingen'],
  ]),
  ...inGroup('S6.1.3', 'practical', [
    ['packing', 'inpakken', 'Packing', 'verpakken, dozen vouwen, inpakwerk, ompakken'],
    ['palletising', 'pallets opbouwen en wikkelen', 'Palletising', 'pallet stapelen, wikkelen, stretchfolie'],
    ['assembling-kits', 'pakketten samenstellen', 'Assembling kits and packages', 'kerstpakketten, voedselpakketten, assemblage pakketten'],
  ]),
  ...inGroup('S6.1.2', 'practical', [
    ['labelling', 'etiketten en prijzen plakken', 'Labelling', 'stickeren, prijzen, etiketteren, prijskaartjes'],
    ['barcode-scanning', 'scannen met een handscanner', 'Barcode scanning', 'handscanner, scanner, barcode, streepjescode'],
  ]),
  ...inGroup('S8.1.3', 'practical', [
    ['forklift-driving', 'heftruck rijden', 'Forklift driving', 'heftruck, vorkheftruck, heftruckchauffeur'],
    ['reach-truck', 'reachtruck rijden', 'Reach truck driving', 'reachtruck, hoogbouw magazijn'],
    ['order-picker-truck', 'orderpicker-truck rijden', 'Driving an order picker truck', 'orderpickertruck, verticale orderpicker'],
    ['aerial-work-platform', 'hoogwerker bedienen', 'Operating an aerial work platform', 'hoogwerker, schaarlift, knikarm'],
  ]),
  ...inGroup('S8.1.3', 'certificate', [
    ['forklift-certificate', 'heftruckcertificaat', 'Forklift certificate', 'heftruckdiploma, rijbewijs heftruck, certificaat heftruck'],
    ['aerial-work-platform-certificate', 'hoogwerkercertificaat', 'Aerial work platform certificate (IPAF)', 'ipaf, hoogwerkerdiploma'],
  ]),
  ...inGroup('S4.2.4', 'practical', [
    ['route-planning', 'ritten en routes plannen', 'Route planning', 'rittenplanning, planning ritten, planner'],
    ['transport-planning', 'transport plannen', 'Transport planning', 'transportplanning, logistieke planning, planner'],
  ]),
  ...inGroup('S2.2.5', 'practical', [
    ['shipping-documents', 'vrachtpapieren invullen', 'Filling in shipping documents', 'CMR, vrachtbrief, pakbon, afleverbon'],
    ['warehouse-system', 'werken met een magazijnsysteem', 'Using a warehouse management system', 'WMS, voorraadsysteem, SAP, inboeken'],
    ['stock-administration', 'voorraad bijhouden', 'Stock administration', 'voorraadbeheer, bestellen, voorraadlijst'],
    ['work-registration', 'gedaan werk registreren', 'Recording work done', 'urenregistratie, aftekenlijst, werkbon, checklist'],
  ]),
];

const transport: Skill[] = [
  ...inGroup('S8.2.2', 'practical', [
    ['car-driving', 'auto rijden', 'Driving a car', 'autorijden, rijden'],
    ['van-driving', 'bestelbus rijden', 'Driving a delivery van', 'busje, bestelauto, bestelwagen'],
    ['passenger-transport', 'mensen vervoeren', 'Passenger transport driving', 'taxi, doelgroepenvervoer, leerlingenvervoer, zorgvervoer'],
    ['parcel-delivery', 'pakketten bezorgen', 'Parcel delivery', 'bezorgen, koerier, pakketbezorger, PostNL'],
    ['mail-delivery', 'post en folders bezorgen', 'Mail and leaflet delivery', 'postbode, folders, kranten bezorgen, reclamefolders'],
    ['scooter-riding', 'scooter rijden', 'Riding a scooter', 'bromfiets, brommer, AM rijbewijs'],
    ['cargo-bike-delivery', 'bezorgen op de (bak)fiets', 'Delivering by bike or cargo bike', 'fietskoerier, maaltijdbezorging, e-bike, bakfiets'],
  ]),
  ...inGroup('S8.2.2', 'certificate', [
    ['driving-licence-b', 'rijbewijs B', 'Driving licence B (car)', 'autorijbewijs, rijbewijs auto'],
    ['driving-licence-be', 'rijbewijs BE', 'Driving licence BE (car with trailer)', 'aanhangwagen, rijbewijs aanhanger'],
    ['driving-licence-am', 'rijbewijs AM', 'Driving licence AM (moped)', 'bromfietsrijbewijs, scooterrijbewijs'],
  ]),
  ...inGroup('S8.2.1', 'practical', [
    ['truck-driving', 'vrachtwagen rijden', 'Truck driving', 'vrachtwagenchauffeur, trucker, bakwagen'],
    ['bus-driving', 'bus rijden', 'Bus driving', 'buschauffeur, touringcar, lijnbus'],
    ['tachograph', 'tachograaf gebruiken', 'Using a tachograph', 'rijtijden, rusttijden, chauffeurskaart'],
  ]),
  ...inGroup('S8.2.1', 'certificate', [
    ['driving-licence-c', 'rijbewijs C', 'Driving licence C (truck)', 'vrachtwagenrijbewijs, groot rijbewijs'],
    ['driving-licence-ce', 'rijbewijs CE', 'Driving licence CE (truck with trailer)', 'trekker-oplegger, rijbewijs oplegger'],
    ['driving-licence-d', 'rijbewijs D', 'Driving licence D (bus)', 'busrijbewijs'],
    ['code-95', 'Code 95', 'Code 95 driver qualification (CPC)', 'vakbekwaamheid chauffeur, nascholing chauffeur'],
  ]),
  ...inGroup('S8.2.0', 'practical', [
    ['safe-driving', 'veilig en zuinig rijden', 'Safe and economical driving', 'defensief rijden, het nieuwe rijden, verkeersregels'],
    ['navigation', 'de weg vinden met navigatie of kaart', 'Navigation', 'navigatiesysteem, kaart lezen, route vinden'],
  ]),
];

const retailAndCustomers: Skill[] = [
  ...inGroup('S4.4.2', 'practical', [
    ['cash-register', 'kassa bedienen', 'Operating a cash register', 'afrekenen, kassa, pinnen, wisselgeld, kassière'],
    ['cash-handling', 'met geld omgaan', 'Cash handling', 'geld tellen, kas opmaken, kasverschil, contant geld'],
  ]),
  ...inGroup('S1.6.1', 'practical', [
    ['selling', 'verkopen', 'Selling', 'verkoop, klanten helpen, verkoopgesprek'],
    ['fresh-counter', 'werken aan de versafdeling', 'Working a fresh food counter', 'vleeswaren, kaas snijden, versafdeling, bakkerij, AGF'],
    ['market-trading', 'verkopen op de markt', 'Market trading', 'marktkraam, markt, straathandel'],
    ['telephone-sales', 'telefonisch verkopen', 'Telephone sales', 'telemarketing, callcenter verkoop, bellen'],
    ['secondhand-pricing', 'tweedehands spullen prijzen', 'Pricing second-hand goods', 'kringloop, prijzen bepalen, tweedehands'],
  ]),
  ...inGroup('S1.5.3', 'practical', [
    ['product-advice', 'klanten advies geven over producten', 'Advising customers on products', 'adviseren, uitleg product, verkoopadvies'],
  ]),
  ...inGroup('S1.6.2', 'practical', [
    ['promotion', 'producten promoten', 'Promoting products', 'promotie, sampling, proeverij, flyeren'],
    ['social-media', 'berichten plaatsen op sociale media', 'Posting on social media', 'Instagram, Facebook, TikTok, social media'],
  ]),
  ...inGroup('S1.12.1', 'practical', [
    ['product-presentation', 'producten mooi neerzetten', 'Product presentation', 'spiegelen, facing, visual merchandising, presentatie'],
    ['window-display', 'etalage inrichten', 'Window display', 'etaleren, etalage, winkelinrichting'],
    ['flower-arranging', 'bloemschikken', 'Flower arranging', 'boeketten, bloemist, bloemstukken'],
  ]),
  ...inGroup('S3.4.0', 'transversal', [
    ['customer-friendly', 'klantvriendelijk zijn', 'Customer-friendly', 'vriendelijk, service, klantgericht, beleefd'],
  ]),
  ...inGroup('S3.4.1', 'practical', [
    ['customer-information', 'klanten informeren', 'Informing customers', 'vragen beantwoorden, uitleg geven, informatie geven'],
  ]),
  ...inGroup('S3.4.2', 'practical', [
    ['reception-desk', 'bezoekers ontvangen aan de balie', 'Reception desk work', 'receptie, baliewerk, bezoekers ontvangen, gastvrouw'],
    ['hospitality', 'gastvrij zijn', 'Hospitality', 'gastvrijheid, gastheer, gastvrouw, welkom heten'],
    ['visitor-guidance', 'bezoekers de weg wijzen', 'Guiding visitors', 'rondleiden, publieksbegeleiding, wegwijzen'],
  ]),
  ...inGroup('S1.1.3', 'practical', [
    ['complaint-handling', 'omgaan met klachten', 'Handling complaints', 'klachten, ontevreden klant, klachtafhandeling'],
  ]),
  ...inGroup('S1.1.2', 'transversal', [
    ['de-escalation', 'rustig blijven bij conflict of agressie', 'De-escalation', 'agressie, conflict, lastige klant, ruzie sussen'],
  ]),
  ...inGroup('S1.2.1', 'practical', [
    ['telephone-handling', 'telefoon aannemen', 'Answering the phone', 'telefoneren, doorverbinden, telefoniste, bellen'],
    ['customer-service', 'klanten helpen via telefoon, chat of mail', 'Customer service', 'klantenservice, callcenter, chat, klantcontact'],
  ]),
];

const administration: Skill[] = [
  ...inGroup('S4.4.3', 'practical', [
    ['filing', 'archiveren en ordenen', 'Filing and archiving', 'dossiers, archief, ordenen, mappen'],
    ['mail-handling', 'post verwerken', 'Handling incoming and outgoing mail', 'postkamer, inkomende post, frankeren'],
    ['copying-scanning', 'printen, kopiëren en scannen', 'Printing, copying and scanning', 'printer, kopieerapparaat, scannen'],
    ['appointment-scheduling', 'afspraken plannen', 'Scheduling appointments', 'agenda beheren, afspraken maken'],
    ['office-support', 'kantoorwerk doen', 'General office support', 'secretariaat, administratie, kantoor'],
    ['minute-taking', 'notuleren', 'Taking minutes', 'verslag maken, notulen'],
  ]),
  ...inGroup('S2.4.2', 'practical', [
    ['data-entry', 'gegevens invoeren', 'Data entry', 'invoeren, administratie, typen, registreren'],
    ['typing', 'snel typen', 'Touch typing', 'blind typen, typevaardigheid, toetsenbord'],
  ]),
  ...inGroup('S2.2.1', 'practical', [
    ['basic-bookkeeping', 'eenvoudige boekhouding', 'Basic bookkeeping', 'boekhouden, debiteuren, crediteuren, kasboek'],
    ['invoice-processing', 'facturen verwerken', 'Invoice processing', 'facturen, rekeningen, betalingen'],
  ]),
  ...inGroup('S2.2.7', 'practical', [
    ['incident-reporting', 'fouten en onveilige situaties melden', 'Reporting incidents and defects', 'melden, storing melden, incident, schade melden'],
  ]),
  ...inGroup('S3.3.6', 'practical', [
    ['privacy-care', 'zorgvuldig omgaan met privacy', 'Handling personal data carefully', 'AVG, geheimhouding, vertrouwelijk, privacy'],
  ]),
  ...inGroup('S4.2.1', 'practical', [
    ['rostering', 'roosters maken', 'Making work rosters', 'rooster, dienstrooster, planning personeel'],
  ]),
  ...inGroup('S4.8.1', 'practical', [
    ['team-leading', 'een kleine groep aansturen', 'Leading a small team', 'leidinggeven, voorman, ploegleider, teamleider'],
    ['volunteer-coordination', 'vrijwilligers coördineren', 'Coordinating volunteers', 'vrijwilligerscoördinator, vrijwilligers begeleiden'],
  ]),
  ...inGroup('S4.8.2', 'practical', [
    ['work-allocation', 'werk verdelen', 'Allocating work', 'taken verdelen, werkverdeling, indelen'],
  ]),
  ...inGroup('S2.6.1', 'practical', [
    ['calculating', 'rekenen', 'Calculating', 'rekenen, optellen, procenten, hoofdrekenen'],
  ]),
  ...inGroup('S2.5.2', 'practical', [
    ['weighing', 'wegen', 'Weighing', 'weegschaal, afwegen, gewicht'],
  ]),
  ...inGroup('S2.5.1', 'practical', [
    ['measuring', 'meten', 'Measuring', 'meten, duimstok, rolmaat, meetlint, schuifmaat'],
  ]),
  ...inGroup('S2.1.3', 'practical', [
    ['technical-drawings', 'tekeningen lezen', 'Reading technical drawings', 'bouwtekening, werktekening, schema lezen'],
    ['assembly-instructions', 'montagehandleiding volgen', 'Following assembly instructions', 'handleiding, bouwbeschrijving, werkinstructie'],
  ]),
];

const digital: Skill[] = [
  ...inGroup('S5.0.0', 'digital', [
    ['computer-basics', 'met een computer werken', 'Basic computer use', 'computer, laptop, muis, toetsenbord, bestanden opslaan'],
    ['smartphone-use', 'smartphone gebruiken', 'Using a smartphone', 'telefoon, apps, mobiel, whatsapp'],
    ['tablet-use', 'tablet gebruiken', 'Using a tablet', 'ipad, tablet, touchscreen'],
  ]),
  ...inGroup('S5.6.1', 'digital', [
    ['email', 'e-mailen', 'Email', 'Outlook, Gmail, mail, bijlage'],
    ['video-calling', 'videobellen', 'Video calling', 'Teams, Zoom, beeldbellen'],
    ['online-forms', 'online formulieren invullen', 'Filling in online forms', 'DigiD, webformulier, online aanvragen'],
    ['scheduling-apps', 'werken met een rooster- of werkapp', 'Using scheduling and work apps', 'roosterapp, planningsapp, werkapp'],
  ]),
  ...inGroup('S5.6.2', 'digital', [
    ['word-processing', 'tekstverwerken', 'Word processing', 'Word, brief typen, document maken'],
    ['spreadsheets', 'werken met Excel', 'Spreadsheets', 'Excel, rekenblad, tabel, lijstjes'],
    ['presentations', 'presentaties maken', 'Making presentations', 'PowerPoint, dia, presentatie'],
  ]),
  ...inGroup('S5.5.1', 'digital', [
    ['internet-search', 'informatie opzoeken op internet', 'Searching the internet', 'googelen, zoeken, internet'],
  ]),
  ...inGroup('S5.5.2', 'digital', [
    ['digital-archiving', 'digitaal archiveren', 'Digital archiving', 'bestanden ordenen, scannen en opslaan, digitaliseren'],
  ]),
  ...inGroup('S5.2.3', 'digital', [
    ['it-helpdesk', 'mensen helpen met computerproblemen', 'IT helpdesk support', 'helpdesk, storingen, servicedesk, ict-support'],
    ['computer-repair', 'computers repareren', 'Computer repair', 'pc repareren, laptop repareren, onderdelen vervangen'],
    ['phone-repair', 'telefoons repareren', 'Phone repair', 'scherm vervangen, accu vervangen, telefoonreparatie'],
  ]),
  ...inGroup('S5.2.1', 'digital', [
    ['computer-setup', 'computers klaarzetten en installeren', 'Setting up computers', 'installeren, windows installeren, laptop klaarzetten, imagen'],
    ['network-basics', 'netwerk en wifi aansluiten', 'Basic networking', 'wifi, router, netwerkkabel, internetverbinding'],
    ['software-installation', 'programma’s installeren', 'Installing software', 'software, updates, installeren'],
  ]),
  ...inGroup('S5.2.2', 'digital', [
    ['data-wiping', 'gegevens veilig wissen', 'Secure data wiping', 'refurbish, harde schijf wissen, dataverwijdering'],
    ['safe-online', 'veilig online werken', 'Staying safe online', 'phishing, wachtwoorden, virus, oplichting'],
  ]),
  ...inGroup('S5.1.0', 'digital', [
    ['programming-basics', 'programmeren (beginner)', 'Basic programming', 'coderen, Python, JavaScript, programmeren'],
    ['website-editing', 'websites bijwerken', 'Updating websites', 'CMS, WordPress, HTML, webpagina'],
    ['software-testing', 'software testen', 'Software testing', 'testen, bugs, fouten zoeken, tester'],
  ]),
  ...inGroup('S5.6.4', 'digital', [
    ['photo-video-editing', "foto's en video's bewerken", 'Photo and video editing', 'fotobewerking, videomontage, Photoshop'],
  ]),
  ...inGroup('S5.6.3', 'digital', [
    ['cad-drawing', 'tekenen met de computer (CAD)', 'CAD drawing', 'AutoCAD, technisch tekenen, SketchUp'],
  ]),
  ...inGroup('S5.7.0', 'digital', [
    ['cnc-operation', 'CNC-machine bedienen', 'Operating a CNC machine', 'cnc, draaibank, freesmachine, programma laden'],
    ['machine-control-panel', 'machine bedienen via een scherm', 'Operating machines via a control panel', 'PLC, touchscreen, bedieningspaneel, operator'],
  ]),
];

const languages: Skill[] = [
  ...inGroup('T1.1', 'language', [
    ['dutch-speaking', 'Nederlands spreken', 'Speaking Dutch', 'praten, Nederlandse taal, gesprek voeren'],
    ['dutch-listening', 'Nederlands verstaan', 'Understanding spoken Dutch', 'luisteren, begrijpen, instructies verstaan'],
    ['dutch-reading', 'Nederlands lezen', 'Reading Dutch', 'lezen, werkinstructies lezen, teksten'],
    ['dutch-writing', 'Nederlands schrijven', 'Writing Dutch', 'schrijven, briefje, verslag, formulier'],
  ]),
  ...inGroup('S1.15.1', 'language', [
    ['english', 'Engels', 'English', 'Engelse taal, English'],
    ['german', 'Duits', 'German', 'Duitse taal, Deutsch'],
    ['french', 'Frans', 'French', 'Franse taal, français'],
    ['spanish', 'Spaans', 'Spanish', 'Spaanse taal, español'],
    ['portuguese', 'Portugees', 'Portuguese', 'Portugese taal'],
    ['turkish', 'Turks', 'Turkish', 'Turkse taal, Türkçe'],
    ['arabic', 'Arabisch', 'Arabic', 'Arabische taal'],
    ['tamazight', 'Berbers (Tamazight)', 'Tamazight (Berber)', 'Berbers, Tarifit, Riffijns'],
    ['polish', 'Pools', 'Polish', 'Poolse taal, polski'],
    ['romanian', 'Roemeens', 'Romanian', 'Roemeense taal'],
    ['bulgarian', 'Bulgaars', 'Bulgarian', 'Bulgaarse taal'],
    ['ukrainian', 'Oekraïens', 'Ukrainian', 'Oekraïense taal'],
    ['russian', 'Russisch', 'Russian', 'Russische taal'],
    ['tigrinya', 'Tigrinya', 'Tigrinya', 'Tigrinya, Eritrees'],
    ['somali', 'Somalisch', 'Somali', 'Somalische taal'],
    ['persian', 'Perzisch (Farsi of Dari)', 'Persian (Farsi or Dari)', 'Farsi, Dari, Perzisch'],
    ['kurdish', 'Koerdisch', 'Kurdish', 'Koerdische taal, Kurmanci, Sorani'],
    ['papiamento', 'Papiaments', 'Papiamento', 'Papiamentu, Antilliaans'],
    ['sranan', 'Sranantongo', 'Sranan Tongo', 'Surinaams, Sranan'],
  ]),
  ...inGroup('S1.15.2', 'language', [
    ['interpreting', 'tolken voor anderen', 'Interpreting for others', 'vertalen, tolk, taalhulp'],
    ['sign-language', 'Nederlandse Gebarentaal', 'Sign Language of the Netherlands (NGT)', 'gebarentaal, NGT, doven'],
  ]),
];

const transversal: Skill[] = [
  ...inGroup('T3.1', 'transversal', [
    ['punctuality', 'op tijd komen', 'Punctuality', 'stipt, op tijd, afspraken nakomen, aanwezig'],
    ['working-accurately', 'nauwkeurig werken', 'Working accurately', 'precies, secuur, zorgvuldig, oog voor detail'],
    ['working-at-pace', 'tempo maken', 'Working at pace', 'snel werken, werktempo, productie halen'],
    ['working-independently', 'zelfstandig werken', 'Working independently', 'zelfstandig, alleen werken, eigen verantwoordelijkheid'],
    ['working-tidily', 'netjes en opgeruimd werken', 'Working tidily', 'opgeruimd, ordelijk, schoon werken'],
    ['routine-work', 'goed kunnen met vaste routines', 'Comfortable with routine work', 'herhalend werk, eentonig werk, structuur'],
  ]),
  ...inGroup('T3.2', 'transversal', [
    ['initiative', 'initiatief nemen', 'Taking initiative', 'zelf aanpakken, proactief, meedenken'],
    ['responsibility', 'verantwoordelijkheid nemen', 'Taking responsibility', 'verantwoordelijk, plichtsbesef'],
  ]),
  ...inGroup('T3.3', 'transversal', [
    ['motivation', 'gemotiveerd zijn', 'Motivation', 'inzet, enthousiasme, zin in werk'],
    ['stress-resilience', 'rustig blijven onder druk', 'Stress resilience', 'werkdruk, stressbestendig, drukte'],
    ['flexibility', 'flexibel zijn', 'Flexibility', 'wisselende taken, aanpassen, inzetbaar'],
    ['perseverance', 'doorzetten', 'Perseverance', 'doorzetter, volhouden, niet opgeven'],
  ]),
  ...inGroup('T3.4', 'transversal', [
    ['willingness-to-learn', 'willen leren', 'Willingness to learn', 'leergierig, nieuwsgierig, cursus, bijleren'],
    ['learning-by-doing', 'leren door te doen', 'Learning on the job', 'praktijkleren, meekijken, leerwerkplek'],
  ]),
  ...inGroup('T2.2', 'transversal', [
    ['planning-own-work', 'eigen werk plannen', 'Planning your own work', 'organiseren, prioriteiten stellen, tijd indelen'],
  ]),
  ...inGroup('T2.3', 'transversal', [
    ['problem-solving', 'problemen oplossen', 'Problem solving', 'oplossingsgericht, oplossing bedenken'],
  ]),
  ...inGroup('T2.4', 'transversal', [
    ['creativity', 'creatief zijn', 'Creativity', 'creatief, ideeën, knutselen, ontwerpen'],
  ]),
  ...inGroup('T4.1', 'transversal', [
    ['communication', 'duidelijk communiceren', 'Clear communication', 'uitleggen, overleggen, praten, communicatief'],
    ['asking-for-help', 'om hulp vragen', 'Asking for help', 'vragen stellen, hulp vragen, aangeven'],
  ]),
  ...inGroup('T4.2', 'transversal', [
    ['helpfulness', 'behulpzaam zijn', 'Helpfulness', 'anderen helpen, klaarstaan, hulpvaardig'],
    ['empathy', 'je kunnen inleven in anderen', 'Empathy', 'empathisch, inlevingsvermogen, meeleven'],
    ['patience', 'geduld hebben', 'Patience', 'geduldig, rustig, tijd nemen'],
  ]),
  ...inGroup('T4.5', 'transversal', [
    ['integrity', 'eerlijk en betrouwbaar zijn', 'Integrity', 'eerlijk, integer, betrouwbaar'],
    ['discretion', 'discreet zijn', 'Discretion', 'geheimhouding, zwijgplicht, vertrouwelijk'],
    ['neat-appearance', 'verzorgd voorkomen', 'Neat appearance', 'representatief, verzorgd, bedrijfskleding'],
  ]),
  ...inGroup('T6.1', 'transversal', [
    ['personal-hygiene', 'persoonlijke hygiëne', 'Personal hygiene', 'hygiëne, schone kleding, handen wassen'],
  ]),
  ...inGroup('T6.2', 'transversal', [
    ['environmental-awareness', 'milieubewust werken', 'Environmental awareness', 'duurzaam, energie besparen, milieu'],
  ]),
  ...inGroup('T6.3', 'transversal', [
    ['independent-travel', 'zelfstandig reizen met het openbaar vervoer', 'Travelling independently by public transport', 'OV, bus, trein, OV-chipkaart, reizen'],
  ]),
  ...inGroup('T6.4', 'transversal', [
    ['cultural-sensitivity', 'omgaan met verschillende culturen', 'Working with people from different cultures', 'diversiteit, cultuurverschillen, interculturele'],
  ]),
  ...inGroup('S1.8.1', 'transversal', [
    ['teamwork', 'samenwerken', 'Teamwork', 'samenwerken, team, collega’s, teamspeler'],
  ]),
  ...inGroup('S1.8.6', 'transversal', [
    ['supporting-colleagues', "collega's helpen", 'Supporting colleagues', 'collegiaal, bijspringen, meehelpen'],
  ]),
  ...inGroup('S1.8.5', 'transversal', [
    ['following-instructions', 'instructies opvolgen', 'Following instructions', 'werkinstructie, opdrachten uitvoeren, aanwijzingen'],
    ['following-procedures', 'volgens vaste regels en protocollen werken', 'Following procedures', 'protocol, werkvoorschrift, procedure'],
  ]),
  ...inGroup('S1.8.4', 'transversal', [
    ['accepting-feedback', 'feedback aannemen', 'Accepting feedback', 'kritiek, tips, leren van fouten'],
  ]),
  ...inGroup('S1.8.2', 'practical', [
    ['giving-instructions', 'uitleg geven aan anderen', 'Giving instructions', 'instrueren, voordoen, uitleggen'],
  ]),
  ...inGroup('S1.3.5', 'practical', [
    ['onboarding-colleagues', "nieuwe collega's inwerken", 'Onboarding new colleagues', 'inwerken, werkbegeleider, leermeester'],
  ]),
  ...inGroup('S1.7.3', 'transversal', [
    ['active-listening', 'goed luisteren', 'Active listening', 'luisteren, doorvragen, aandacht'],
  ]),
];

const safetyAndCertificates: Skill[] = [
  ...inGroup('S3.3.1', 'practical', [
    ['working-safely', 'veilig werken', 'Working safely', 'veiligheidsregels, veiligheid, arbo'],
    ['ppe-use', 'beschermingsmiddelen gebruiken', 'Using personal protective equipment', 'PBM, veiligheidsschoenen, handschoenen, helm, mondkapje'],
  ]),
  ...inGroup('S3.3.1', 'certificate', [
    ['vca-basic', 'VCA Basis', 'VCA basic safety certificate', 'vca, veiligheidscertificaat, b-vca'],
    ['vca-full', 'VCA VOL', 'VCA full safety certificate (supervisors)', 'vca vol, vol-vca'],
  ]),
  ...inGroup('S3.3.5', 'practical', [
    ['fire-safety', 'brandveilig werken', 'Fire safety', 'blusmiddelen, brandblusser, ontruimen'],
    ['event-stewarding', 'publiek begeleiden bij evenementen', 'Event stewarding', 'steward, publieksbegeleiding, crowd control'],
    ['traffic-control', 'verkeer regelen', 'Traffic control', 'verkeersregelaar, verkeer regelen, evenementen'],
  ]),
  ...inGroup('S3.3.5', 'certificate', [
    ['bhv-certificate', 'BHV-diploma (bedrijfshulpverlening)', 'Company emergency response certificate (BHV)', 'bhv, bedrijfshulpverlener, ontruiming'],
    ['first-aid-certificate', 'EHBO-diploma', 'First aid certificate', 'ehbo, eerste hulp, pleister plakken'],
    ['cpr-aed', 'reanimatie en AED', 'CPR and AED', 'reanimeren, aed, hartmassage'],
    ['security-diploma', 'diploma beveiliger', 'Security officer diploma', 'beveiliger 2, beveiligingsdiploma, pas beveiliger'],
    ['traffic-controller-certificate', 'certificaat verkeersregelaar', 'Traffic controller certificate', 'verkeersregelaar, evenementenverkeersregelaar'],
  ]),
  ...inGroup('S2.8.4', 'practical', [
    ['security-patrol', 'surveilleren', 'Patrolling', 'rondes lopen, toezicht, surveillance, controle'],
    ['camera-monitoring', 'camerabeelden in de gaten houden', 'CCTV monitoring', 'camera, meldkamer, toezicht'],
    ['neighbourhood-supervision', 'toezicht houden in de wijk', 'Neighbourhood supervision', 'buurtconciërge, wijkbeheer, buurtpreventie, toezicht'],
  ]),
  ...inGroup('S3.3.4', 'practical', [
    ['access-control', 'toegang en legitimatie controleren', 'Access control and ID checks', 'toegangscontrole, legitimatie, pasjes, kaartjes scannen'],
  ]),
  ...inGroup('S8.8.0', 'certificate', [
    ['nen3140', 'NEN 3140 (veilig werken aan elektrische installaties)', 'NEN 3140 electrical safety', 'nen 3140, vop, voldoend onderricht persoon'],
  ]),
  ...inGroup('S6.11.0', 'certificate', [
    ['cleaning-diploma', 'diploma Basis Schoonmaak', 'Basic cleaning diploma', 'schoonmaakdiploma, svs, vakdiploma schoonmaak'],
  ]),
];

const physical: Skill[] = [
  ...inGroup('T5.2', 'physical', [
    ['physical-fitness', 'lichamelijk fit zijn', 'Physically fit', 'conditie, sterk, fit, sportief'],
    ['heavy-lifting', 'zwaar werk en tillen aankunnen', 'Heavy physical work and lifting', 'sjouwen, tillen, dragen, zwaar werk'],
    ['standing-work', 'lang staan en lopen', 'Standing and walking for long periods', 'staand werk, veel lopen, de hele dag staan'],
    ['outdoor-work', 'buiten werken in alle weer', 'Working outdoors in all weathers', 'buitenwerk, regen, kou, weer en wind'],
    ['shift-work', 'in ploegen werken', 'Shift work', 'nachtdienst, vroege dienst, ploegendienst, late dienst'],
    ['working-at-heights', 'werken op hoogte', 'Working at heights', 'ladder, steiger, hoogte'],
    ['cold-environment', 'werken in de kou', 'Working in cold environments', 'vriescel, koelhuis, diepvries, koelcel'],
    ['noisy-environment', 'werken in lawaai', 'Working in noisy environments', 'gehoorbescherming, lawaai, fabriekshal'],
  ]),
  ...inGroup('T5.1', 'physical', [
    ['fine-motor-skills', 'fijne motoriek', 'Fine motor skills', 'precisiewerk, priegelwerk, kleine onderdelen'],
    ['manual-dexterity', 'handig zijn', 'Manual dexterity', 'handigheid, klussen, handvaardig'],
  ]),
];

const care: Skill[] = [
  ...inGroup('S3.6.2', 'practical', [
    ['personal-care', 'helpen bij wassen en aankleden', 'Personal care assistance', 'ADL, verzorgen, douchen, aankleden'],
    ['help-with-eating', 'helpen bij eten en drinken', 'Helping with eating and drinking', 'eten geven, drinken aanbieden, maaltijdondersteuning'],
    ['household-help', 'huishoudelijke hulp bieden', 'Domestic help for clients', 'boodschappen doen, opruimen, thuiszorg, huishoudelijke ondersteuning'],
    ['companionship', 'gezelschap bieden', 'Keeping people company', 'praatje maken, wandelen, eenzaamheid, bezoekje'],
  ]),
  ...inGroup('S3.6.1', 'practical', [
    ['mobility-assistance', 'helpen bij lopen en verplaatsen', 'Mobility assistance', 'rolstoel duwen, tillift, rollator, transfer'],
    ['passenger-assistance', 'reizigers helpen bij in- en uitstappen', 'Assisting passengers', 'rolstoel vastzetten, begeleiden, vervoer'],
    ['patient-transport-internal', 'patiënten vervoeren binnen het ziekenhuis', 'Moving patients within a hospital', 'brancard, bed rijden, brancardier'],
  ]),
  ...inGroup('S3.6.0', 'practical', [
    ['dementia-care', 'omgaan met mensen met dementie', 'Dementia awareness', 'dementie, alzheimer, geheugenproblemen'],
    ['elderly-care', 'zorgen voor ouderen', 'Caring for older people', 'ouderenzorg, verpleeghuis, verzorgingshuis'],
  ]),
  ...inGroup('S3.6.3', 'practical', [
    ['childcare', 'op kinderen passen', 'Looking after children', 'kinderopvang, oppassen, BSO, peuters'],
    ['child-play', 'spelletjes en activiteiten doen met kinderen', 'Play activities with children', 'knutselen, spelen, buitenspelen'],
    ['reading-aloud', 'voorlezen', 'Reading aloud to children', 'voorleesmoeder, voorlezen, boekjes'],
    ['baby-care', "baby's verzorgen", 'Infant care', 'luiers verschonen, flesje geven, baby'],
    ['lunch-supervision', 'overblijven begeleiden', 'Lunchtime supervision at school', 'overblijfmoeder, tussenschoolse opvang, TSO'],
    ['classroom-assistance', 'helpen in de klas', 'Classroom assistance', 'onderwijsassistent, klassenassistent, leerkracht helpen'],
  ]),
  ...inGroup('S3.1.0', 'practical', [
    ['client-support', 'cliënten begeleiden', 'Supporting clients', 'begeleiden, dagbesteding, begeleider'],
    ['activity-supervision', 'activiteiten begeleiden', 'Supervising activities', 'activiteitenbegeleiding, dagbesteding, groepsactiviteit'],
    ['disability-support', 'werken met mensen met een beperking', 'Working with people with disabilities', 'verstandelijke beperking, lichamelijke beperking, gehandicaptenzorg'],
  ]),
  ...inGroup('S3.1.1', 'practical', [
    ['listening-ear', 'een luisterend oor bieden', 'Offering a listening ear', 'luisteren, steun, gesprek, er zijn'],
    ['buddy-support', 'maatje zijn', 'Being a buddy', 'maatjesproject, maatje, buddy'],
  ]),
  ...inGroup('S3.1.3', 'practical', [
    ['help-with-paperwork', 'mensen helpen met formulieren en post', 'Helping people with forms and paperwork', 'formulieren invullen, toeslagen, post uitzoeken, thuisadministratie'],
    ['signposting', 'mensen doorverwijzen naar hulp', 'Referring people to services', 'doorverwijzen, wegwijs maken, sociale kaart'],
  ]),
  ...inGroup('S2.8.6', 'practical', [
    ['noticing-changes', 'veranderingen bij cliënten opmerken en melden', 'Noticing and reporting changes in clients', 'signaleren, observeren, zorgen melden'],
  ]),
  ...inGroup('S1.3.1', 'practical', [
    ['homework-support', 'huiswerkbegeleiding geven', 'Homework support', 'bijles, huiswerkklas, uitleg'],
    ['language-coaching', 'anderen helpen Nederlands te leren', 'Helping others learn Dutch', 'taalmaatje, taalles, taalcoach, NT2'],
  ]),
  ...inGroup('S3.6.4', 'practical', [
    ['hairdressing', 'haren wassen en knippen', 'Hairdressing', 'kapper, knippen, föhnen, haren wassen'],
    ['beauty-care', 'schoonheidsbehandelingen geven', 'Beauty treatments', 'nagels, make-up, gezichtsbehandeling, pedicure'],
  ]),
];

const community: Skill[] = [
  ...inGroup('S1.2.4', 'practical', [
    ['neighbourhood-work', 'buurtwerk', 'Neighbourhood work', 'wijkwerk, buurthuis, buurtactiviteiten, wijkcentrum'],
    ['resident-engagement', 'bewoners betrekken bij de buurt', 'Engaging residents', 'participatie, bewonersinitiatief, buurtbewoners'],
  ]),
  ...inGroup('S4.2.2', 'practical', [
    ['event-organising', 'activiteiten en evenementen organiseren', 'Organising activities and events', 'organiseren, evenement, buurtfeest, uitje'],
  ]),
  ...inGroup('S1.14.1', 'practical', [
    ['sports-coaching', 'sport en bewegen begeleiden', 'Sports coaching', 'trainer, sportles, gym, bewegen'],
  ]),
  ...inGroup('S1.14.3', 'practical', [
    ['recreation-activities', 'recreatieve activiteiten leiden', 'Leading recreational activities', 'animatie, spelletjes, recreatie, spelleider'],
  ]),
  ...inGroup('S6.1.0', 'practical', [
    ['food-bank-distribution', 'voedselpakketten uitgeven', 'Distributing food parcels', 'voedselbank, pakketten uitdelen, uitgifte'],
  ]),
];

const construction: Skill[] = [
  ...inGroup('S7.0.0', 'practical', [
    ['construction-labour', 'helpen op de bouw', 'Construction site labour', 'bouwplaats, opperman, hulpkracht bouw, bouwvakker'],
    ['demolition', 'slopen en strippen', 'Demolition and stripping', 'sloopwerk, strippen, slopen, afbreken'],
    ['digging', 'graven', 'Digging', 'sleuven graven, schop, grondwerk'],
  ]),
  ...inGroup('S7.1.0', 'practical', [
    ['small-repairs', 'kleine reparaties en klussen', 'Small repairs and odd jobs', 'klussen, klusjesman, onderhoud, repareren'],
    ['building-maintenance', 'gebouwen onderhouden', 'Building maintenance', 'huismeester, conciërge, facilitair onderhoud, gebouwbeheer'],
  ]),
  ...inGroup('S7.1.1', 'practical', [
    ['bricklaying', 'metselen', 'Bricklaying', 'stenen, specie, muur metselen, voegen'],
    ['paving', 'bestraten', 'Paving', 'stratenmaker, tegels leggen, klinkers, straatwerk'],
  ]),
  ...inGroup('S7.1.4', 'practical', [
    ['concrete-work', 'betonwerk', 'Concrete work', 'beton storten, bekisting, vlechten'],
  ]),
  ...inGroup('S7.1.2', 'practical', [
    ['carpentry', 'timmeren', 'Carpentry', 'houtbewerking, timmerman, hout, zagen'],
    ['doors-and-frames', 'deuren en kozijnen plaatsen', 'Fitting doors and frames', 'kozijnen, deuren afhangen, ramen plaatsen'],
    ['kitchen-fitting', 'keukens monteren', 'Kitchen fitting', 'keukenmontage, kastjes ophangen, aanrechtblad'],
  ]),
  ...inGroup('S7.1.7', 'practical', [
    ['drywall', 'wanden en plafonds plaatsen', 'Drywall and ceiling installation', 'gipsplaten, metal stud, systeemplafond'],
    ['scaffolding', 'steigers bouwen', 'Scaffolding', 'steigerbouw, steiger opzetten'],
  ]),
  ...inGroup('S7.1.5', 'practical', [
    ['roofing', 'dakdekken', 'Roofing', 'dakpannen, bitumen, dak'],
  ]),
  ...inGroup('S7.1.6', 'practical', [
    ['welding', 'lassen', 'Welding', 'MIG, TIG, MAG, elektrode, lasapparaat'],
    ['soldering', 'solderen', 'Soldering', 'soldeerbout, tin, printplaat solderen'],
  ]),
  ...inGroup('S7.2.2', 'practical', [
    ['basic-plumbing', 'eenvoudig loodgieterswerk', 'Basic plumbing', 'kraan vervangen, afvoer, leidingen, ontstoppen'],
  ]),
  ...inGroup('S7.2.3', 'practical', [
    ['insulation', 'isoleren', 'Insulation', 'isolatie, spouwmuur, glaswol, tochtstrips'],
  ]),
  ...inGroup('S7.2.1', 'practical', [
    ['heating-ventilation-assist', 'helpen bij installatie van verwarming en ventilatie', 'Assisting with heating and ventilation installation', 'cv-ketel, warmtepomp, ventilatie, installatietechniek'],
  ]),
  ...inGroup('S7.2.0', 'practical', [
    ['solar-panel-installation', 'zonnepanelen leggen', 'Solar panel installation', 'zonnepanelen, pv-panelen, montage dak'],
  ]),
  ...inGroup('S7.3.3', 'practical', [
    ['painting', 'schilderen', 'Painting', 'verven, kwast, roller, lakken'],
  ]),
  ...inGroup('S7.3.4', 'practical', [
    ['wallpapering', 'behangen', 'Wallpapering', 'behang, vliesbehang, muren'],
    ['tiling', 'tegelzetten', 'Tiling', 'tegels, voegen, badkamer betegelen'],
    ['floor-laying', 'vloeren leggen', 'Floor laying', 'laminaat, pvc-vloer, tapijt leggen, parket'],
  ]),
  ...inGroup('S7.3.2', 'practical', [
    ['plastering', 'stukadoren', 'Plastering', 'stuc, pleisteren, sauzen'],
  ]),
  ...inGroup('S7.3.1', 'practical', [
    ['filling-and-sealing', 'plamuren en kitten', 'Filling and sealing', 'plamuur, kit, gaten vullen, naden'],
  ]),
  ...inGroup('S8.1.1', 'practical', [
    ['excavator-operation', 'graafmachine bedienen', 'Operating an excavator', 'kraan, minigraver, shovel, grondverzet'],
  ]),
];

const toolsAndProduction: Skill[] = [
  ...inGroup('S6.7.0', 'practical', [
    ['hand-tools', 'handgereedschap gebruiken', 'Using hand tools', 'hamer, schroevendraaier, zaag, tang'],
  ]),
  ...inGroup('S6.7.1', 'practical', [
    ['power-tools', 'elektrisch gereedschap gebruiken', 'Using power tools', 'boormachine, accuboor, decoupeerzaag, slijptol'],
    ['sawing-drilling', 'zagen en boren', 'Sawing and drilling', 'zagen, boren, afkorten'],
  ]),
  ...inGroup('S6.7.3', 'practical', [
    ['sanding-finishing', 'schuren en afwerken', 'Sanding and finishing', 'schuren, ontbramen, polijsten, afwerken'],
  ]),
  ...inGroup('S6.7.5', 'practical', [
    ['nailing-screwing', 'spijkeren en schroeven', 'Nailing and screwing', 'spijkers, schroeven, nieten, tackeren'],
  ]),
  ...inGroup('S6.3.0', 'practical', [
    ['gluing', 'lijmen', 'Gluing', 'lijm, plakken, verlijmen'],
  ]),
  ...inGroup('S6.5.0', 'practical', [
    ['assembly-work', 'monteren', 'Assembly work', 'in elkaar zetten, assemblage, montagewerk'],
  ]),
  ...inGroup('S6.5.3', 'practical', [
    ['electronics-assembly', 'elektronica monteren', 'Electronics assembly', 'printplaten, componenten, elektronica'],
    ['cable-assembly', 'kabels en kabelbomen maken', 'Cable and harness assembly', 'kabelbomen, bekabeling, krimpen, stekkers'],
  ]),
  ...inGroup('S6.5.4', 'practical', [
    ['mechanical-assembly', 'mechanische onderdelen monteren', 'Mechanical assembly', 'metaalmontage, onderdelen, bouten en moeren'],
  ]),
  ...inGroup('S6.5.5', 'practical', [
    ['furniture-assembly', 'meubels in elkaar zetten', 'Furniture assembly', 'kasten monteren, bouwpakket, meubelmontage'],
    ['furniture-repair', 'meubels opknappen', 'Furniture repair and upcycling', 'restaureren, opknappen, upcycling, meubelmaker'],
  ]),
  ...inGroup('S6.5.6', 'practical', [
    ['sewing-machine', 'naaimachine gebruiken', 'Using a sewing machine', 'naaien, lockmachine, confectie, stikken'],
    ['clothing-repair', 'kleding repareren en vermaken', 'Clothing repairs and alterations', 'verstellen, knopen aanzetten, zomen, vermaken'],
  ]),
  ...inGroup('S8.5.0', 'practical', [
    ['production-line', 'werken aan de lopende band', 'Production line work', 'productiewerk, band, productiemedewerker, fabriek'],
    ['machine-operation', 'productiemachines bedienen', 'Machine operation', 'operator, productiemachine, machine instellen'],
  ]),
  ...inGroup('S8.5.2', 'practical', [
    ['packaging-machine', 'verpakkingsmachine bedienen', 'Operating a packaging machine', 'verpakkingslijn, sealmachine, wikkelmachine'],
  ]),
  ...inGroup('S8.5.7', 'practical', [
    ['injection-moulding', 'spuitgietmachine bedienen', 'Operating an injection moulding machine', 'spuitgieten, kunststof, matrijs'],
  ]),
  ...inGroup('S8.5.1', 'practical', [
    ['spray-painting', 'spuiten en lakken', 'Spray painting', 'spuiterij, lakspuiten, poedercoaten'],
  ]),
  ...inGroup('S8.5.6', 'practical', [
    ['print-production', 'drukpers en printmachines bedienen', 'Operating printing machines', 'drukkerij, drukpers, grafisch, zeefdruk'],
  ]),
  ...inGroup('S8.4.2', 'practical', [
    ['metalworking', 'metaal bewerken', 'Metalworking', 'metaal zagen, boren, buigen, plaatwerk'],
  ]),
  ...inGroup('S8.4.6', 'practical', [
    ['woodworking-machines', 'houtbewerkingsmachines bedienen', 'Operating woodworking machines', 'zaagmachine, schaafbank, cirkelzaag, houtbewerking'],
  ]),
  ...inGroup('S2.8.10', 'practical', [
    ['quality-control', 'kwaliteit van producten controleren', 'Quality control of products', 'controleren, afkeuren, keuren, kwaliteitscontrole'],
    ['visual-inspection', 'producten met het oog controleren', 'Visual inspection of products', 'visuele inspectie, fouten zien, nakijken'],
  ]),
];

const technical: Skill[] = [
  ...inGroup('S8.7.1', 'practical', [
    ['bicycle-repair', 'fietsen repareren', 'Bicycle repair', 'fietsenmaker, band plakken, ketting, fietsreparatie'],
    ['mechanical-repair', 'mechanische apparaten repareren', 'Repairing mechanical equipment', 'repareren, monteur, onderdelen vervangen'],
  ]),
  ...inGroup('S8.7.2', 'practical', [
    ['car-maintenance', 'auto-onderhoud', 'Car maintenance', 'olie verversen, onderhoudsbeurt, apk, garage'],
    ['tyre-changing', 'banden wisselen', 'Changing tyres', 'bandenwissel, winterbanden, bandenmonteur'],
    ['machine-maintenance', 'machines onderhouden', 'Machine maintenance', 'smeren, afstellen, preventief onderhoud'],
  ]),
  ...inGroup('S8.7.3', 'practical', [
    ['garden-machinery-maintenance', 'tuinmachines onderhouden', 'Maintaining garden machinery', 'grasmaaier onderhoud, slijpen, kettingzaag onderhoud'],
  ]),
  ...inGroup('S8.8.1', 'practical', [
    ['basic-electrical-installation', 'eenvoudig elektrawerk', 'Basic electrical installation', 'stopcontact, bekabeling, lampen ophangen, elektricien'],
    ['appliance-repair', 'huishoudelijke apparaten repareren', 'Appliance repair', 'wasmachine repareren, witgoed, repair café'],
  ]),
  ...inGroup('S8.8.2', 'practical', [
    ['electrical-testing', 'elektrische apparaten keuren', 'Testing electrical appliances', 'nen 3140 keuren, apparatenkeuring, meten'],
  ]),
];

export const SKILLS: readonly Skill[] = [
  ...cleaning,
  ...hospitality,
  ...foodProcessing,
  ...greenAndAnimals,
  ...logistics,
  ...transport,
  ...retailAndCustomers,
  ...administration,
  ...digital,
  ...languages,
  ...transversal,
  ...safetyAndCertificates,
  ...physical,
  ...care,
  ...community,
  ...construction,
  ...toolsAndProduction,
  ...technical,
];
