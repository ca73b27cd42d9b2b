// Cross-document resolution: which entities of different documents become one node.
import { resolve } from '../src/resolve/resolve';
import type { DocExtraction, Entity } from '../src/schema/types';

function doc(name: string, entities: Entity[]): DocExtraction {
  return { doc: name, entities, relations: [] };
}

const namesOf = (x: DocExtraction[]) => resolve(x, []).nodes.map((n) => [n.name, n.docs.length]).sort();

describe('resolve', () => {
  test('a traditional-script name and its simplified alias join the simplified name', () => {
    const nodes = namesOf([
      doc('a.txt', [{ id: 'z1', type: 'Zone', name: '長春新區', aliases: ['长春新区'] }]),
      doc('b.txt', [{ id: 'z1', type: 'Zone', name: '长春新区' }]),
    ]);
    expect(nodes).toHaveLength(1);
    expect(nodes[0][1]).toBe(2);
  });

  test('zones of two cities sharing the local form 经开区 stay apart', () => {
    const nodes = namesOf([
      doc('a.txt', [{ id: 'z1', type: 'Zone', name: '合肥经开区', aliases: ['经开区'] }]),
      doc('b.txt', [{ id: 'z1', type: 'Zone', name: '成都经开区', aliases: ['经开区', '我区'] }]),
    ]);
    expect(nodes).toEqual([['合肥经开区', 1], ['成都经开区', 1]]);
  });

  test("two years' editions of an event stay apart; the same edition joins", () => {
    const nodes = namesOf([
      doc('a.txt', [{ id: 'e1', type: 'Event', name: '2021(第五届)中国国际进口博览会', aliases: ['中国国际进口博览会'] }]),
      doc('b.txt', [{ id: 'e1', type: 'Event', name: '2022(第六届)中国国际进口博览会', aliases: ['中国国际进口博览会'] }]),
      doc('c.txt', [{ id: 'e1', type: 'Event', name: '2022(第六届)中国国际进口博览会' }]),
    ]);
    expect(nodes).toEqual([['2021(第五届)中国国际进口博览会', 1], ['2022(第六届)中国国际进口博览会', 2]]);
  });

  test('a company and its short form join across documents', () => {
    const nodes = namesOf([
      doc('a.txt', [{ id: 'c1', type: 'Company', name: '比亚迪股份有限公司', aliases: ['比亚迪'] }]),
      doc('b.txt', [{ id: 'c1', type: 'Company', name: '比亚迪' }]),
    ]);
    expect(nodes).toEqual([['比亚迪股份有限公司', 2]]);
  });
});
