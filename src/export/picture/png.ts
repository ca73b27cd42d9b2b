// SVG to PNG without a browser: resvg renders the drawing with the Noto Sans
// Hans font shipped as an npm package (@embedpdf/fonts-sc), so a fresh
// machine draws Chinese labels without any system font.
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The bundled CJK font file (OFL-1.1). */
export const BUNDLED_FONT = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');

export interface PngOptions {
  /** Pixels per SVG unit: 2 gives a picture twice as wide and high. */
  scale: number;
  /** Font files to draw text with; the bundled font by default (an empty list draws no text: for tests). */
  fontFiles?: string[];
}

export function svgToPng(svg: string, options: PngOptions): Buffer {
  const fontFiles = options.fontFiles ?? [BUNDLED_FONT];
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans Hans', sansSerifFamily: 'Noto Sans Hans' },
  });
  return resvg.render().asPng();
}
