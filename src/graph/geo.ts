/** Small spherical helpers (WGS84 lon/lat in degrees, distances on a sphere of the mean Earth radius). */

export const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Great-circle distance in metres between two lon/lat points (haversine). */
export function haversineM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Length in metres of a line of lon/lat positions. */
export function lineLengthM(line: readonly number[][]): number {
  let len = 0;
  for (let i = 1; i < line.length; i++) len += haversineM(line[i - 1][0], line[i - 1][1], line[i][0], line[i][1]);
  return len;
}

/** Unit-sphere 3D coordinates: chord distance grows with great-circle distance, so nearest-neighbour search works anywhere on Earth. */
export function toXYZ(lon: number, lat: number): [number, number, number] {
  const cl = Math.cos(lat * RAD);
  return [cl * Math.cos(lon * RAD), cl * Math.sin(lon * RAD), Math.sin(lat * RAD)];
}

/** Great-circle distance in metres for a chord length on the unit sphere. */
export function chordToM(chord: number): number {
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, chord / 2));
}

/** Metres per degree of latitude (and of longitude at the equator). */
export const M_PER_DEG = EARTH_RADIUS_M * RAD;
