export type MunicipalityCode = `GM${string}`;

export interface Municipality {
  /** CBS municipality code. */
  code: MunicipalityCode;
  /** Official name, as in the CBS and GeoNames lists. */
  name: string;
  /** Name used in conversation and on screen, when it differs ('Den Haag'). */
  displayName: string;
  /** Labour-market region the municipality works in. */
  region: string;
  /** Default yearly target of residents moving from benefits to work, scaled to the municipality's size. */
  defaultYearlyOutflowTarget: number;
  /** Brand colour for the municipality's pages; at least 4.5:1 contrast against white. */
  themeColor: string;
  /** PC4 areas of the municipality in the GeoNames table (2020 boundaries). */
  pc4s: readonly string[];
}

export const ACHTERHOEK = 'Achterhoek';

export const MUNICIPALITIES: readonly Municipality[] = [
  {
    code: 'GM0197',
    name: 'Aalten',
    displayName: 'Aalten',
    region: ACHTERHOEK,
    defaultYearlyOutflowTarget: 50,
    themeColor: '#8a1c2b',
    pc4s: ['7091', '7095', '7121', '7122', '7123', '7126'],
  },
  {
    code: 'GM1859',
    name: 'Berkelland',
    displayName: 'Berkelland',
    region: ACHTERHOEK,
    defaultYearlyOutflowTarget: 80,
    themeColor: '#1d5e8c',
    pc4s: ['7151', '7152', '7156', '7157', '7161', '7165', '7261', '7271', '7273', '7274', '7275'],
  },
  {
    code: 'GM1876',
    name: 'Bronckhorst',
    displayName: 'Bronckhorst',
    region: ACHTERHOEK,
    defaultYearlyOutflowTarget: 60,
    themeColor: '#2e6b30',
    pc4s: [
      '6996', '6997', '6998', '6999', '7021', '7025', '7221', '7223', '7224',
      '7225', '7226', '7227', '7233', '7234', '7251', '7255', '7256',
    ],
  },
  {
    code: 'GM0222',
    name: 'Doetinchem',
    displayName: 'Doetinchem',
    region: ACHTERHOEK,
    defaultYearlyOutflowTarget: 150,
    themeColor: '#00609c',
    pc4s: ['7001', '7002', '7003', '7004', '7005', '7006', '7007', '7008', '7009', '7011', '7031'],
  },
  {
    code: 'GM0262',
    name: 'Lochem',
    displayName: 'Lochem',
    region: ACHTERHOEK,
    defaultYearlyOutflowTarget: 55,
    themeColor: '#6b3e8e',
    pc4s: ['7211', '7213', '7214', '7215', '7216', '7217', '7218', '7241', '7242', '7244', '7245'],
  },
  {
    code: 'GM1955',
    name: 'Montferland',
    displayName: 'Montferland',
    region: ACHTERHOEK,
    defaultYearlyOutflowTarget: 75,
    themeColor: '#a03c00',
    pc4s: ['6941', '6942', '7035', '7036', '7037', '7038', '7039', '7041', '7044', '7045', '7046', '7047', '7048'],
  },
  {
    code: 'GM1586',
    name: 'Oost Gelre',
    displayName: 'Oost Gelre',
    region: ACHTERHOEK,
    defaultYearlyOutflowTarget: 55,
    themeColor: '#005a5b',
    pc4s: ['7131', '7132', '7134', '7135', '7136', '7137', '7141', '7142', '7263'],
  },
  {
    code: 'GM1509',
    name: 'Oude IJsselstreek',
    displayName: 'Oude IJsselstreek',
    region: ACHTERHOEK,
    defaultYearlyOutflowTarget: 90,
    themeColor: '#b01e3c',
    pc4s: [
      '7051', '7054', '7055', '7061', '7064', '7065', '7071',
      '7075', '7076', '7077', '7078', '7081', '7083', '7084',
    ],
  },
  {
    code: 'GM0294',
    name: 'Winterswijk',
    displayName: 'Winterswijk',
    region: ACHTERHOEK,
    defaultYearlyOutflowTarget: 60,
    themeColor: '#3d5a1e',
    pc4s: ['7101', '7102', '7103', '7104', '7105', '7106', '7107', '7108', '7109', '7113', '7115', '7119'],
  },
  {
    code: 'GM0772',
    name: 'Eindhoven',
    displayName: 'Eindhoven',
    region: 'Zuidoost-Brabant',
    defaultYearlyOutflowTarget: 800,
    themeColor: '#c8102e',
    pc4s: [
      '5611', '5612', '5613', '5614', '5615', '5616', '5617', '5621', '5622', '5623', '5624', '5625',
      '5626', '5627', '5628', '5629', '5631', '5632', '5633', '5641', '5642', '5643', '5644', '5645',
      '5646', '5647', '5651', '5652', '5653', '5654', '5655', '5656', '5657', '5658',
    ],
  },
  {
    code: 'GM0518',
    name: "'s-Gravenhage",
    displayName: 'Den Haag',
    region: 'Haaglanden',
    defaultYearlyOutflowTarget: 1500,
    themeColor: '#1a6b3c',
    pc4s: [
      '2491', '2492', '2493', '2495', '2496', '2497', '2498', '2511', '2512', '2513', '2514', '2515', '2516',
      '2517', '2518', '2521', '2522', '2523', '2524', '2525', '2526', '2531', '2532', '2533', '2541', '2542',
      '2543', '2544', '2545', '2546', '2547', '2548', '2551', '2552', '2553', '2554', '2555', '2561', '2562',
      '2563', '2564', '2565', '2566', '2571', '2572', '2573', '2574', '2581', '2582', '2583', '2584', '2585',
      '2586', '2587', '2591', '2592', '2593', '2594', '2595', '2596', '2597',
    ],
  },
  {
    code: 'GM0599',
    name: 'Rotterdam',
    displayName: 'Rotterdam',
    region: 'Rijnmond',
    defaultYearlyOutflowTarget: 2000,
    themeColor: '#006b2d',
    pc4s: [
      '3011', '3012', '3013', '3014', '3015', '3016', '3021', '3022', '3023', '3024', '3025', '3026', '3027',
      '3028', '3029', '3031', '3032', '3033', '3034', '3035', '3036', '3037', '3038', '3039', '3041', '3042',
      '3043', '3044', '3045', '3046', '3047', '3051', '3052', '3053', '3054', '3055', '3056', '3059', '3061',
      '3062', '3063', '3064', '3065', '3066', '3067', '3068', '3069', '3071', '3072', '3073', '3074', '3075',
      '3076', '3077', '3078', '3079', '3081', '3082', '3083', '3084', '3085', '3086', '3087', '3088', '3089',
      '3151', '3181', '3191', '3192', '3193', '3194', '3195', '3196', '3197', '3198', '3199',
    ],
  },
  {
    code: 'GM0153',
    name: 'Enschede',
    displayName: 'Enschede',
    region: 'Twente',
    defaultYearlyOutflowTarget: 500,
    themeColor: '#a6192e',
    pc4s: [
      '7511', '7512', '7513', '7514', '7521', '7522', '7523', '7524', '7525', '7531', '7532', '7533',
      '7534', '7535', '7536', '7541', '7542', '7543', '7544', '7545', '7546', '7547', '7548',
    ],
  },
  {
    code: 'GM0867',
    name: 'Waalwijk',
    displayName: 'Waalwijk',
    region: 'Midden-Brabant',
    defaultYearlyOutflowTarget: 120,
    themeColor: '#0b4f8a',
    pc4s: ['5141', '5142', '5143', '5144', '5145', '5146', '5161', '5165', '5171'],
  },
];

const byCode = new Map<string, Municipality>(MUNICIPALITIES.map((municipality) => [municipality.code, municipality]));
const byPc4 = new Map<string, Municipality>(
  MUNICIPALITIES.flatMap((municipality) => municipality.pc4s.map((pc4) => [pc4, municipality] as const)),
);

export function getMunicipality(code: string): Municipality | undefined {
  return byCode.get(code);
}

/** PC4 areas of a municipality; empty for a code outside the reference list. */
export function pc4sOfMunicipality(code: string): readonly string[] {
  return byCode.get(code)?.pc4s ?? [];
}

/** The reference municipality a PC4 area belongs to, if any. */
export function municipalityOfPc4(pc4: string): Municipality | undefined {
  return byPc4.get(pc4);
}
