import { createRequire } from 'node:module';

// resvg is a native module: loaded when a PNG is drawn, so that commands without one start fast
const require = createRequire(import.meta.url);
type ResvgModule = typeof import('@resvg/resvg-js');
let resvgModule: ResvgModule | undefined;
const loadResvg = (): ResvgModule => (resvgModule ??= require('@resvg/resvg-js') as ResvgModule);

export interface PngOptions {
  /** output width in px (default: the SVG's own width; 2× it gives a crisp image for slides) */
  width?: number;
  /** extra font files (.ttf/.otf) for the labels, on top of the system fonts */
  fontFiles?: string[];
}

/**
 * Render an SVG (the report's map) to PNG with resvg. Labels use the system fonts (DejaVu on Debian);
 * on a machine without any font resvg still draws every shape and only the text is missing.
 */
export function renderPng(svg: string, opts: PngOptions = {}): Uint8Array {
  const { Resvg } = loadResvg();
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: opts.width ? { mode: 'width', value: opts.width } : { mode: 'original' },
    font: {
      loadSystemFonts: true,
      fontFiles: opts.fontFiles ?? [],
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
  });
  return resvg.render().asPng();
}
