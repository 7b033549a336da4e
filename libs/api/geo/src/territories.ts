/**
 * Where French territory is, as bounding boxes: several for the metropole (so that the Bay of
 * Biscay, the Channel and the Gulf of Lion far from the coast are rejected), one per overseas
 * department and a few for the overseas collectivities. Boxes are generous along the coasts
 * (a few kilometres of sea, some border land of neighbouring countries) but exclude open ocean.
 */

export type Territory =
  | 'metropole'
  | 'corse'
  | 'guadeloupe'
  | 'martinique'
  | 'guyane'
  | 'la-reunion'
  | 'mayotte'
  | 'saint-pierre-et-miquelon'
  | 'saint-barthelemy'
  | 'saint-martin'
  | 'wallis-et-futuna'
  | 'polynesie-francaise'
  | 'nouvelle-caledonie';

interface Box {
  readonly territory: Territory;
  readonly south: number;
  readonly west: number;
  readonly north: number;
  readonly east: number;
}

function box(territory: Territory, south: number, west: number, north: number, east: number): Box {
  return { territory, south, west, north, east };
}

const BOXES: readonly Box[] = [
  // Metropole, in latitude bands whose western edge follows the Atlantic coast.
  box('metropole', 50.0, 1.25, 51.15, 4.9), // Flanders, Artois, Thiérache
  box('metropole', 49.75, 0.1, 50.0, 8.3), // Pays de Caux, Picardy, Ardennes
  box('metropole', 49.0, -2.0, 49.75, 8.3), // Cotentin to Alsace
  box('metropole', 48.3, -5.25, 49.0, 8.3), // north Brittany (Ouessant) to Alsace
  box('metropole', 47.6, -4.9, 48.3, 8.3), // south Finistère (île de Sein) to the Rhine
  box('metropole', 47.4, -3.3, 47.6, 7.7), // Morbihan to Basel
  box('metropole', 46.85, -3.3, 47.4, 7.1), // Belle-Île, Loire estuary to the Jura
  box('metropole', 46.1, -2.5, 46.85, 7.1), // Vendée (île d'Yeu) to Lake Geneva
  box('metropole', 45.55, -1.6, 46.1, 7.2), // Charente (Ré, Oléron) to Mont Blanc
  box('metropole', 44.0, -1.4, 45.55, 7.75), // Médoc, Landes to the southern Alps
  box('metropole', 43.25, -1.85, 44.0, 7.75), // Basque coast to the Riviera (Menton)
  box('metropole', 42.3, -1.85, 43.25, 3.3), // Pyrenees and Roussillon
  box('metropole', 43.1, 3.3, 43.25, 6.75), // Provence coast (Marseille, Toulon)
  box('metropole', 42.95, 5.8, 43.1, 6.75), // Hyères islands
  box('corse', 41.3, 8.5, 43.05, 9.6),
  // Overseas departments.
  box('guadeloupe', 15.8, -61.85, 16.55, -60.95),
  box('martinique', 14.35, -61.25, 14.9, -60.78),
  box('guyane', 2.1, -54.65, 4.6, -51.5),
  box('guyane', 4.6, -54.65, 5.2, -52.1),
  box('guyane', 5.2, -54.65, 5.85, -52.5),
  box('la-reunion', -21.42, 55.2, -20.85, 55.85),
  box('mayotte', -13.05, 44.95, -12.6, 45.35),
  // Overseas collectivities (Tuamotu, Gambier and the Austral Islands are left out: a box
  // around those archipelagos would be mostly open ocean).
  box('saint-pierre-et-miquelon', 46.74, -56.42, 47.15, -56.1),
  box('saint-barthelemy', 17.85, -62.96, 17.98, -62.78),
  box('saint-martin', 18.0, -63.16, 18.13, -62.96),
  box('wallis-et-futuna', -13.4, -176.26, -13.17, -176.1),
  box('wallis-et-futuna', -14.37, -178.22, -14.22, -177.98),
  box('polynesie-francaise', -17.95, -152.3, -16.35, -149.1), // Society Islands (Tahiti…)
  box('polynesie-francaise', -10.6, -140.9, -7.8, -138.5), // Marquesas
  box('nouvelle-caledonie', -22.8, 163.5, -19.5, 167.2), // Grande Terre, Belep, île des Pins
  box('nouvelle-caledonie', -21.75, 166.9, -20.35, 168.2), // Loyalty Islands
];

/** The French territory a point lies in, or undefined (sea, abroad, not a number). */
export function territoryOf(lat: number, lon: number): Territory | undefined {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  for (const b of BOXES) {
    if (lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east) return b.territory;
  }
  return undefined;
}

/** Whether a point is in France: metropole with Corsica, overseas departments and collectivities. */
export function isInFrance(lat: number, lon: number): boolean {
  return territoryOf(lat, lon) !== undefined;
}
