import { describe, expect, it } from 'vitest';
import { renderMapSvg, renderPng } from '../../src/report/index.js';
import { fixture } from './support.js';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('renderPng', () => {
  it('renders the map to a valid PNG of the requested width', () => {
    const { zones, plan } = fixture();
    const svg = renderMapSvg(zones, plan, { lang: 'fr', width: 800 });
    const png = renderPng(svg, { width: 1600 });
    expect([...png.subarray(0, 8)]).toEqual(PNG_MAGIC);
    // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20
    const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
    expect(view.getUint32(16)).toBe(1600);
    const svgHeight = Number(svg.match(/height="(\d+)"/)![1]);
    expect(view.getUint32(20)).toBe(svgHeight * 2);
    // filled sections, borders and text compress to a few kB at least; a blank image would be far smaller
    expect(png.length).toBeGreaterThan(5_000);
    expect(png.length).toBeLessThan(5_000_000);
  });

  it('still draws the shapes when the SVG names a font nobody has', () => {
    const { zones, plan } = fixture();
    const svg = renderMapSvg(zones, plan).replaceAll("font-family=\"'DejaVu Sans'", "font-family=\"'No Such Font'");
    const png = renderPng(svg);
    expect([...png.subarray(0, 8)]).toEqual(PNG_MAGIC);
    expect(png.length).toBeGreaterThan(2_000);
  });
});
