// The flows as a map for papers: China's provinces (outlines from the
// china-geojson package, drawn with d3-geo, no tile server), an arc from
// each origin's province to each destination's, as wide as its trips, the
// busiest arcs labelled, and a legend. City flows are drawn between their
// provinces; the table beside the map keeps the level asked for.
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import china from 'china-geojson';
import { lexicons } from '../extract/lexicons';
import { FONT_FAMILY } from '../export/picture/scene';
import { escapeXml, textWidth } from '../export/picture/text';
import type { Flow } from './flows';

export interface MapOptions { width: number; height: number; title?: string; lang: 'zh' | 'en'; unknown: number }

const MARGIN = 16;
const MAX_ARC_WIDTH = 10;
const LABELLED_ARCS = 8;
const f1 = (v: number) => (Math.round(v * 10) / 10).toString();

/** The map feature (by its short name, 吉林) of a division's province. */
function provinceFeatureName(area: string): string | undefined {
  const { placeProvinces, placeLevels, places } = lexicons();
  const province = placeLevels.get(area) === 'province' ? area : placeProvinces.get(area);
  const features = provinceOutlines().features;
  return features.map((f) => String(f.properties?.name ?? '')).find((n) => n && places.get(n) === province);
}

let provinces: FeatureCollection | undefined;

/**
 * The provinces with their rings wound as d3-geo wants them (clockwise on the
 * sphere): the package's counter-clockwise rings would otherwise stand for
 * the whole globe but the province, and the map would fit the globe.
 */
function provinceOutlines(): FeatureCollection {
  return (provinces ??= { ...china.China, features: china.China.features.map(woundForD3) });
}

function woundForD3(f: Feature): Feature {
  const g = f.geometry as Geometry;
  if (g.type === 'Polygon') return { ...f, geometry: { ...g, coordinates: wound(g.coordinates) } };
  if (g.type === 'MultiPolygon') return { ...f, geometry: { ...g, coordinates: g.coordinates.map(wound) } };
  return f;
}

/** A polygon's rings, reversed if it covers more than half the sphere (it was wound the other way). */
function wound(rings: Position[][]): Position[][] {
  return geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((r) => [...r].reverse()) : rings;
}

export function flowMapSvg(flows: Flow[], options: MapOptions): string {
  const { width, height } = options;
  const land = provinceOutlines();
  const projection = geoMercator().fitExtent([[MARGIN, MARGIN + 30], [width - MARGIN, height - MARGIN - 40]], land);
  const path = geoPath(projection);
  const centre = new Map(land.features.map((f) => [String(f.properties?.name ?? ''), path.centroid(f)]));
  const arcs = flows.map((f) => ({ flow: f, a: centre.get(provinceFeatureName(f.from) ?? ''), b: centre.get(provinceFeatureName(f.to) ?? '') }))
    .filter((x): x is { flow: Flow; a: [number, number]; b: [number, number] } => !!x.a && !!x.b && !Number.isNaN(x.a[0]));
  const most = Math.max(1, ...flows.map((f) => f.trips));
  const widthOf = (trips: number) => 1.5 + (MAX_ARC_WIDTH - 1.5) * (trips / most);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    '<g class="provinces" fill="#f1f3f5" stroke="#adb5bd" stroke-width="0.6">',
    ...land.features.map((f) => `<path d="${path(f) ?? ''}"><title>${escapeXml(String(f.properties?.name ?? ''))}</title></path>`),
    '</g>',
    '<g class="arcs" fill="none" stroke="#d9480f" stroke-opacity="0.75" stroke-linecap="round">',
    ...arcs.map(({ flow, a, b }) => `<path class="arc" data-from="${escapeXml(flow.from)}" data-to="${escapeXml(flow.to)}" d="${arcPath(a, b)}" stroke-width="${f1(widthOf(flow.trips))}"><title>${escapeXml(`${flow.from} → ${flow.to}: ${flow.trips}`)}</title></path>`),
    '</g>',
    '<g class="ends" fill="#d9480f">',
    ...[...new Set(arcs.flatMap(({ a, b }) => [a, b]))].map((p) => `<circle cx="${f1(p[0])}" cy="${f1(p[1])}" r="3"/>`),
    '</g>',
    '<g class="labels" font-size="12" fill="#212529">',
    ...arcLabels(arcs),
    '</g>',
    legend(options, most, widthOf),
    options.title ? `<text x="${MARGIN}" y="${MARGIN + 14}" font-size="18" font-weight="bold" fill="#212529">${escapeXml(options.title)}</text>` : '',
    '</svg>',
  ];
  return `${parts.filter(Boolean).join('\n')}\n`;
}

/** Labels of the busiest arcs at their middles, each left out where it would cover one already placed. */
function arcLabels(arcs: Array<{ flow: Flow; a: [number, number]; b: [number, number] }>): string[] {
  const placed: Array<{ x0: number; y0: number; x1: number; y1: number }> = [];
  const out: string[] = [];
  for (const { flow, a, b } of arcs) {
    if (out.length >= LABELLED_ARCS) break;
    const text = `${flow.from}→${flow.to} ${flow.trips}`;
    const [x, y] = arcMiddle(a, b);
    const w = textWidth(text, 12);
    const box = { x0: x - w / 2 - 2, y0: y - 18, x1: x + w / 2 + 2, y1: y };
    if (placed.some((p) => box.x0 < p.x1 && p.x0 < box.x1 && box.y0 < p.y1 && p.y0 < box.y1)) continue;
    placed.push(box);
    out.push(`<text x="${f1(x)}" y="${f1(y - 4)}" text-anchor="middle" paint-order="stroke" stroke="#ffffff" stroke-width="3">${escapeXml(text)}</text>`);
  }
  return out;
}

/** A curve bending to the left of the way from a to b, so that flows both ways stay apart. */
function arcPath(a: [number, number], b: [number, number]): string {
  const [cx, cy] = control(a, b);
  return `M${f1(a[0])},${f1(a[1])} Q${f1(cx)},${f1(cy)} ${f1(b[0])},${f1(b[1])}`;
}

function control(a: [number, number], b: [number, number]): [number, number] {
  const mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2;
  const dx = b[0] - a[0], dy = b[1] - a[1];
  return [mx - dy * 0.25, my + dx * 0.25];
}

/** The curve's point halfway (t = 0.5 on the quadratic). */
function arcMiddle(a: [number, number], b: [number, number]): [number, number] {
  const [cx, cy] = control(a, b);
  return [(a[0] + 2 * cx + b[0]) / 4, (a[1] + 2 * cy + b[1]) / 4];
}

function legend(options: MapOptions, most: number, widthOf: (n: number) => number): string {
  const zh = options.lang === 'zh';
  const y = options.height - MARGIN - 18;
  const x = MARGIN;
  const samples = [...new Set([1, Math.ceil(most / 2), most])];
  const items = samples.map((n, k) => `<line x1="${x + k * 90}" y1="${y}" x2="${x + k * 90 + 30}" y2="${y}" stroke="#d9480f" stroke-width="${f1(widthOf(n))}"/><text x="${x + k * 90 + 36}" y="${y + 4}">${n}</text>`);
  const note = zh ? `线宽：考察次数${options.unknown ? `；出发地不明 ${options.unknown} 次` : ''}` : `Width: trips${options.unknown ? `; ${options.unknown} with unknown origin` : ''}`;
  return `<g class="legend" font-size="12" fill="#495057">${items.join('')}<text x="${x}" y="${y + 22}">${escapeXml(note)}</text></g>`;
}
