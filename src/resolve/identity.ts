// The identity of an extracted entity across documents: a key computed from
// the entity and its own document alone, so that the graph does not depend on
// the order in which documents arrive.
//
// - Names are compared in simplified script (長春新區 is 长春新区).
// - Companies, organisations, zones and bodies keep their place qualifier
//   (上海电气 ≠ 哈尔滨电气) and drop only legal endings (比亚迪股份有限公司 =
//   比亚迪); zone names are abbreviated one way (长春汽车经济技术开发区 =
//   长春汽开区).
// - A short form that names nothing outside its article (经开区, 高新区,
//   集团, 商务局, a bare industry word) is local to its document.
// - A person is their name in a province: the province of the bodies they
//   hold positions at, else of the places their article is about. Two 李明 in
//   Hunan and Guangdong are two people; with no province either way, a name
//   joins the others with no province. `kg duplicates` lists same-named
//   people kept apart, for a researcher to review.
import { simplify } from '../clean/script';
import { abbreviateOrgan, abbreviateZone, NAME_NOISE, nameKey, unbracketLegalForm, withoutRegionWord } from '../extract/forms';
import { withoutCompanyEnding } from '../extract/heads';
import { lexicons } from '../extract/lexicons';
import type { DocExtraction, Entity } from '../schema/types';

const simplified = new Map<string, string>();
/** The simplified, NFKC-normalised form of a name. */
export function simplifiedName(name: string): string {
  let s = simplified.get(name);
  if (s === undefined) {
    if (simplified.size > 200_000) simplified.clear();
    simplified.set(name, (s = simplify(name.normalize('NFKC'))));
  }
  return s;
}

/** The place a name begins with (长春 of 长春汽开区): the form written and its official name. */
export function placePrefix(name: string): { form: string; official: string } | undefined {
  const { places } = lexicons();
  for (let len = Math.min(12, name.length - 1); len >= 2; len--) {
    const official = places.get(name.slice(0, len));
    if (official) return { form: name.slice(0, len), official };
  }
  return undefined;
}

export function leadingPlace(name: string): string | undefined {
  return placePrefix(name)?.official;
}

/** 长春汽开区 and 长春市汽开区 are one name: the leading place in its official form. */
function withOfficialPlace(name: string): string {
  const p = placePrefix(name);
  return p ? p.official + name.slice(p.form.length) : name;
}

export function provinceOf(placeName: string): string | undefined {
  const { placeProvinces, places } = lexicons();
  const official = places.get(placeName) ?? placeName;
  return placeProvinces.get(official);
}

/** What a document tells about its people: the province of each person's bodies, else of the article. */
export interface DocumentContext { personProvince: Map<string, string | undefined> }

export function documentContext(x: DocExtraction): DocumentContext {
  const byId = new Map(x.entities.map((e) => [e.id, e]));
  const provinceOfEntity = (e: Entity) => {
    const name = simplifiedName(e.name);
    if (e.type === 'Place') return provinceOf(name);
    const place = leadingPlace(name);
    return place && provinceOf(place);
  };
  const article = mostCommon(x.entities.filter((e) => e.type === 'Place' || e.type === 'Zone').map(provinceOfEntity));
  const personProvince = new Map<string, string | undefined>();
  for (const p of x.entities.filter((e) => e.type === 'Person')) {
    const bodies = x.relations.filter((r) => r.type === 'HOLDS_POSITION' && r.source === p.id).map((r) => byId.get(r.target)!);
    personProvince.set(p.id, mostCommon(bodies.map(provinceOfEntity)) ?? article);
  }
  return { personProvince };
}

/** The most frequent defined value; ties go to the smallest, so the choice is the same in any order. */
function mostCommon(values: Array<string | undefined>): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/**
 * The node key of an entity: `Label:identity`, or `Label:name@doc` for a
 * form that names something only inside its document.
 */
export function identityKey(e: Entity, docKey: string, context: DocumentContext): string {
  const name = simplifiedName(e.name).replace(NAME_NOISE, '');
  const local = () => `${e.type}:${name}@${docKey}`;
  switch (e.type) {
    case 'Person': return `Person:${name}|${context.personProvince.get(e.id) ?? '?'}`;
    case 'Place': {
      const { places } = lexicons();
      const region = withoutRegionWord(name);
      return `Place:${places.get(name) ?? places.get(region) ?? region}`;
    }
    case 'Company':
    case 'Organization': {
      const core = withoutCompanyEnding(unbracketLegalForm(name));
      return isGeneric(core) ? local() : `${e.type}:${withOfficialPlace(core || name)}`;
    }
    case 'Zone': {
      const key = withOfficialPlace(abbreviateZone(name));
      return leadingPlace(key) || !lexicons().bareZoneWords.has(key) && key.length > 3 ? `Zone:${key}` : local();
    }
    // 泌阳县人民政府 in one article is 泌阳县政府 in another.
    case 'GovernmentBody': return leadingPlace(name) ? `GovernmentBody:${withOfficialPlace(abbreviateOrgan(name))}` : local();
    case 'Trip': return `Trip:${name}:${e.props?.start ?? ''}`;
    default: return `${e.type}:${nameKey(e.type, name)}`;
  }
}

/**
 * 集团, 电气, 新材料, 高新区投资: without a place, a name that is only a
 * company ending, an industry word or a bare zone's body names no one firm.
 */
function isGeneric(core: string): boolean {
  if (leadingPlace(core)) return false;
  const lex = lexicons();
  return core.length < 2 || lex.industryWords.has(core) || lex.companySuffixes.includes(core)
    || [...lex.bareZoneWords].some((z) => core.startsWith(z));
}
