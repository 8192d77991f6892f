/**
 * A tiny shapefile writer for tests only: polygons (shape type 5) and a dbf of text fields, so that tests can
 * build layers INSEE does not publish in this repository (Lambert-93, windows-1252 names, nested zips).
 */
export interface TestRecord {
  /** rings as [x, y] lists, closed; shapefile order: exterior clockwise, holes counter-clockwise */
  rings: [number, number][][];
  fields: Record<string, string>;
}

export function writeShp(records: TestRecord[]): Uint8Array {
  const contents = records.map((r) => {
    const pts = r.rings.flat();
    const len = 4 + 32 + 4 + 4 + 4 * r.rings.length + 16 * pts.length;
    const b = Buffer.alloc(8 + len);
    b.writeInt32BE(0, 0); // record number set below
    b.writeInt32BE(len / 2, 4);
    let o = 8;
    b.writeInt32LE(5, o);
    o += 4;
    for (const v of bbox(pts)) {
      b.writeDoubleLE(v, o);
      o += 8;
    }
    b.writeInt32LE(r.rings.length, o);
    o += 4;
    b.writeInt32LE(pts.length, o);
    o += 4;
    let start = 0;
    for (const ring of r.rings) {
      b.writeInt32LE(start, o);
      o += 4;
      start += ring.length;
    }
    for (const [x, y] of pts) {
      b.writeDoubleLE(x, o);
      b.writeDoubleLE(y, o + 8);
      o += 16;
    }
    return b;
  });
  contents.forEach((b, i) => b.writeInt32BE(i + 1, 0));
  const header = Buffer.alloc(100);
  const total = 100 + contents.reduce((s, b) => s + b.length, 0);
  header.writeInt32BE(9994, 0);
  header.writeInt32BE(total / 2, 24);
  header.writeInt32LE(1000, 28);
  header.writeInt32LE(5, 32);
  bbox(records.flatMap((r) => r.rings.flat())).forEach((v, i) => header.writeDoubleLE(v, 36 + 8 * i));
  return new Uint8Array(Buffer.concat([header, ...contents]));
}

/** dbf with character fields, text encoded by `encode` (e.g. windows-1252). */
export function writeDbf(records: TestRecord[], encode: (s: string) => Uint8Array): Uint8Array {
  const names = Object.keys(records[0].fields);
  const widths = names.map((n) => Math.max(1, ...records.map((r) => encode(r.fields[n]).length)));
  const recordLength = 1 + widths.reduce((s, w) => s + w, 0);
  const headerLength = 32 + 32 * names.length + 1;
  const b = Buffer.alloc(headerLength + recordLength * records.length + 1, 0x20);
  b.fill(0, 0, headerLength);
  b[0] = 0x03;
  b[1] = 122;
  b[2] = 3;
  b[3] = 21;
  b.writeUInt32LE(records.length, 4);
  b.writeUInt16LE(headerLength, 8);
  b.writeUInt16LE(recordLength, 10);
  names.forEach((n, i) => {
    const o = 32 + 32 * i;
    b.write(n, o, 'latin1');
    b[o + 11] = 'C'.charCodeAt(0);
    b[o + 16] = widths[i];
  });
  b[headerLength - 1] = 0x0d;
  records.forEach((r, k) => {
    let o = headerLength + k * recordLength + 1;
    names.forEach((n, i) => {
      Buffer.from(encode(r.fields[n])).copy(b, o);
      o += widths[i];
    });
  });
  b[b.length - 1] = 0x1a;
  return new Uint8Array(b);
}

/** windows-1252 for the Latin-1 range (enough for French names). */
export function encode1252(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'latin1'));
}

function bbox(pts: [number, number][]): number[] {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

export const LAMBERT93_PRJ =
  'PROJCS["RGF_1993_Lambert_93",GEOGCS["GCS_RGF_1993",DATUM["D_RGF_1993",SPHEROID["GRS_1980",6378137.0,298.257222101]],' +
  'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],' +
  'PARAMETER["False_Easting",700000.0],PARAMETER["False_Northing",6600000.0],PARAMETER["Central_Meridian",3.0],' +
  'PARAMETER["Standard_Parallel_1",49.0],PARAMETER["Standard_Parallel_2",44.0],PARAMETER["Latitude_Of_Origin",46.5],UNIT["Meter",1.0]]';
