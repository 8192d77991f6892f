/**
 * Invented names for the fictional demo region. None of them is meant to be a real French commune or
 * département (tests/demo checks them against the official commune list), so nobody mistakes the demo
 * for real geography.
 */
export const REGION = { code: 'VAL', name: 'Région de Valmorance (fictive)' };

export interface DepartementSpec {
  code: string;
  name: string;
  /** what kind of country it is: drives member counts and votes */
  kind: 'metro' | 'coast' | 'mountain';
  /** number of zones (the coastal département also gets the island zone on top) */
  zones: number;
  /** target number of fine cells (area) */
  cells: number;
  /** where its growth starts, in km from the region centre (x east, y north) */
  seed: [number, number];
  /** zone names, the most populous zone first */
  zoneNames: string[];
  /** zone member counts before noise, largest first (the metro zone is set apart) */
  members: number[];
}

export const DEPARTEMENTS: DepartementSpec[] = [
  {
    code: 'D1',
    name: 'Morance-et-Lys',
    kind: 'metro',
    zones: 14,
    cells: 215,
    seed: [-10, 25],
    zoneNames: [
      'Valmorance',
      'Brévalon',
      'Lissac-la-Grande',
      'Saint-Orvennes',
      'Montaudière',
      'Castelbrune',
      'Fontvérane',
      'Pradelis',
      'Vauclerin',
      'Rochemaurelle',
      'Saint-Aubrelin',
      'Les Tilleraies',
      'Ormanval',
      'Bellorme-sur-Lys',
    ],
    // 13 zones besides the metropolis
    members: [26_000, 21_000, 18_000, 15_500, 13_500, 12_000, 10_500, 9_000, 8_000, 7_000, 6_000, 5_200, 4_500],
  },
  {
    code: 'D2',
    name: "Côte d'Ambrelle",
    kind: 'coast',
    zones: 13,
    cells: 175,
    seed: [-60, -40],
    zoneNames: [
      'Port-Ambrelle',
      'Sablenval',
      'Ancrevieille',
      'Saint-Maëlig',
      'Kerambrel',
      'Pointe-Orgeval',
      'Marennac',
      'Plage-des-Lunes',
      'Cordevan',
      'Vasselande',
      'Gravemont-sur-Mer',
      'Trélivet',
      'Baie-Ondine',
    ],
    members: [23_000, 18_000, 15_000, 13_000, 11_000, 9_500, 8_000, 7_000, 6_000, 5_000, 4_300, 3_700, 3_200],
  },
  {
    code: 'D3',
    name: 'Hautes-Sorbières',
    kind: 'mountain',
    zones: 6,
    cells: 130,
    seed: [60, 45],
    zoneNames: ['Haut-Sorbier', 'Col-de-Brumaire', "Pic-d'Orvanne", 'Estivals-le-Haut', 'Combe-Fraîche', 'Névéraz'],
    members: [1_300, 1_100, 950, 800, 650, 500],
  },
  {
    code: 'D4',
    name: 'Val de Cendrine',
    kind: 'mountain',
    zones: 6,
    cells: 130,
    seed: [55, -45],
    zoneNames: ['Cendrine', 'Val-Grisolle', 'Saint-Ubrac', 'Les Orpailleurs', 'Roc-Morvel', "Vallon-d'Ysarde"],
    members: [1_450, 1_200, 1_000, 850, 700, 550],
  },
];

export const ISLAND = { name: 'Île de Malvoisine', members: 3_400, dep: 'D2' };

/** Communes of the metropolitan zone, the central one first. */
export const METRO_COMMUNES = [
  'Valmorance',
  'Saint-Lys-de-Morance',
  'Orbessac',
  'Champvermeil',
  'Le Pré-Doré',
  'Morancette',
  'Villebrume',
  'Aubrelle',
  'Clos-Sainte-Irène',
  'Beauvaillon',
  'Les Ardoisières',
  'Montmorance',
  'Pontlys',
  'Verrelande',
  'Saint-Célestin-des-Vignes',
  'La Garenne-Morance',
  'Tourvelle',
  'Chantebrise',
  'Mirevent',
  'Fresnelac',
  'Pierrelune',
  'Bois-Colombin-sur-Lys',
  'Haut-Morance',
  'Sarrazelle',
  'Lysbonne',
  'Vignerolles',
  'Castillonnet',
  'Ormelisse',
  'Pradelune',
  'Saint-Ivène',
  'Belvéron',
  'Cressandre',
];

/** Fictional lists of the list-vote scenario, and their typical vote shares (%) by kind of zone. */
export const LISTS = ['Unité', 'Renouveau', 'Écologie', 'Indépendants', 'Montagne'] as const;
export const VOTE_PROFILES: Record<'metro' | 'town' | 'coast' | 'mountain', number[]> = {
  metro: [30, 24, 27, 12, 7],
  town: [33, 27, 17, 15, 8],
  coast: [26, 38, 14, 17, 5],
  mountain: [13, 12, 7, 8, 60],
};
