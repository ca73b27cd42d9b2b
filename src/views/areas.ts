// Areas at the level a research view asks for: a place, a zone or an organ
// named in the graph lifted to its province or city through the
// administrative divisions (长春新区 → 长春市 → 吉林省; 泌阳县 → 驻马店市).
import { lexicons } from '../extract/lexicons';
import { simplifiedName, placePrefix } from '../resolve/identity';

export type AreaLevel = 'province' | 'city' | 'zone';
export const AREA_LEVELS: readonly AreaLevel[] = ['zone', 'city', 'province'];
/** The levels trips flow between (a zone is no region). */
export const FLOW_LEVELS = ['province', 'city'] as const;

/** An entity of the graph that may stand for an area: its name, aliases and label. */
export interface AreaEntity { name: string; aliases?: string[] | null; label: string }

/** The official division a name stands for (长春 → 长春市), if it is one. */
function division(name: string): string | undefined {
  return lexicons().places.get(simplifiedName(name));
}

/** A division at a level: a county lifted to its city or province; a province stays itself at city level (it names no city). */
export function liftDivision(official: string, level: 'province' | 'city'): string | undefined {
  const { placeLevels, placeProvinces, placeCities } = lexicons();
  const own = placeLevels.get(official);
  if (own === 'province' || own === 'region' || own === 'country') return own === 'province' ? official : undefined;
  if (level === 'province') return placeProvinces.get(official);
  return own === 'city' ? official : placeCities.get(official);
}

/**
 * The area an entity stands for at a level: a place's division; a zone's or
 * an organ's through the place its name opens with (长春汽开区, 吉林省商务厅);
 * at zone level a zone is itself and a place is lifted to its city.
 */
export function areaOf(entity: AreaEntity, level: AreaLevel): string | undefined {
  if (level === 'zone' && entity.label === 'Zone') return entity.name;
  const lift = level === 'zone' ? 'city' : level;
  for (const name of [entity.name, ...(entity.aliases ?? [])]) {
    const official = entity.label === 'Place' ? division(name) : placePrefix(simplifiedName(name))?.official;
    const lifted = official && liftDivision(official, lift);
    if (lifted) return lifted;
  }
  return undefined;
}
