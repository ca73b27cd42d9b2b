// The extraction passes are ordered by what they declare: a rule runs after
// the rules whose output it reads, a pipeline with a missing producer, a
// cycle or a relation type the ontology lacks is refused when it is built,
// and a rule that reads or writes what it did not declare fails at once.
import { orderPasses, PipelineError, type Declared } from '../src/extract/pipeline';
import { RELATION_RULES } from '../src/extract/relations';
import { MENTION_PASSES } from '../src/extract/mentions';
import { DocView } from '../src/extract/view';
import type { DocEntity } from '../src/extract/entities';

const pass = (name: string, requires: string[], assigns: string[]): Declared => ({ name, requires, assigns });
const names = (passes: Declared[]) => passes.map((p) => p.name);

describe('orderPasses', () => {
  test('the relation rules run after the rules they read from', () => {
    const order = RELATION_RULES.map((r) => r.name);
    for (const reader of ['attendance', 'visits', 'meetings', 'locations']) expect(order.indexOf('trips')).toBeLessThan(order.indexOf(reader));
    expect(order.indexOf('visits')).toBeLessThan(order.indexOf('locations'));
  });

  test('the mention passes find people before lists, projects and bodies, and names found again after them all', () => {
    const order = MENTION_PASSES.map((p) => p.name);
    for (const later of ['lists', 'projects', 'bodies', 'places']) expect(order.indexOf('persons')).toBeLessThan(order.indexOf(later));
    expect(order.indexOf('projects again')).toBeLessThan(order.indexOf('bodies'));
    expect(order.at(-2)).toBe('named forms');
  });

  test('a rule listed before the rule it reads from runs after it; the listed order holds where it is free', () => {
    const passes = [pass('locations', ['trips', 'VISITED'], ['LOCATED_IN']), pass('positions', [], ['HOLDS_POSITION']), pass('visits', ['trips'], ['VISITED']), pass('trips', [], ['trips'])];
    expect(names(orderPasses(passes))).toEqual(['positions', 'trips', 'visits', 'locations']);
  });

  test('a requirement nobody produces is refused, naming the rule', () => {
    expect(() => orderPasses([pass('locations', ['trips', 'VISITED'], ['LOCATED_IN']), pass('trips', [], ['trips'])]))
      .toThrow(new PipelineError('locations requires VISITED, which no pass assigns'));
  });

  test('passes that wait on each other are refused', () => {
    expect(() => orderPasses([pass('a', ['y'], ['x']), pass('b', ['x'], ['y']), pass('c', [], ['z'])])).toThrow(/a, b wait on each other/);
  });

  test('a relation type the ontology lacks is refused', () => {
    expect(() => orderPasses([pass('visits', [], ['VISITS'])])).toThrow(/visits names VISITS, which is not a relation type/);
  });
});

describe('a rule is held to its declaration', () => {
  const person: DocEntity = { id: 'p1', type: 'Person', name: '林若溪', mentions: [], aliases: [], props: {} };
  const place: DocEntity = { id: 'z1', type: 'Zone', name: '惠州仲恺高新区', mentions: [], aliases: [], props: {} };
  const view = () => new DocView([], [], [person, place], undefined, [], undefined);

  test('reading a relation type it does not require', () => {
    const rule = { ...pass('sneaky', [], ['LOCATED_IN']), apply: (v: DocView) => { v.has('VISITED', person); } };
    expect(() => view().run(rule)).toThrow(/sneaky reads VISITED but does not declare it/);
  });

  test('producing a relation it does not assign', () => {
    const rule = { ...pass('sneaky', [], ['LOCATED_IN']), apply: (v: DocView) => v.relate('VISITED', person, place, 0) };
    expect(() => view().run(rule)).toThrow(/sneaky produces VISITED but does not declare it/);
  });

  test('what it declares goes through', () => {
    const v = view();
    v.run({ ...pass('visits', ['trips'], ['VISITED']), apply: (x: DocView) => { expect(x.trips).toEqual([]); x.relate('VISITED', person, place, 0); } });
    expect(v.candidates.map((c) => `${c.type} ${c.source.name} ${c.target.name}`)).toEqual(['VISITED 林若溪 惠州仲恺高新区']);
  });
});
