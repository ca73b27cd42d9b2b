// Paths between two entities of the samples, worked out by hand, checked on both stores:
// 许勇 joined 谢志敏's trip to 杭州 and heads 浙江友成塑料模件集团, which 谢志敏 visited;
// 张志军 and 刘亦功 both attended the 2023 signing ceremony (and are named in one
// article, a link that is not a path); 谢志敏 and 华景斌 share nothing.
import type { GraphQueries } from '../../src/serve/graph-queries';

/** Each path as "name -TYPE- name -TYPE- name", walked from `from`. */
async function pathsBetween(q: GraphQueries, from: string, to: string, steps: number): Promise<string[]> {
  const key = async (name: string) => (await q.search(name, name)).find((n) => n.name === name)!.key;
  const start = await key(from);
  const found = await q.paths(start, await key(to), steps);
  const names = new Map(found.nodes.map((n) => [n.key, n.name]));
  const edges = new Map(found.edges.map((e) => [e.key, e]));
  return found.paths.map((path) => {
    let at = start;
    const words = [names.get(at)];
    for (const k of path) {
      const e = edges.get(k)!;
      at = e.source === at ? e.target : e.source;
      words.push(e.type, names.get(at));
    }
    return words.join(' -');
  }).sort();
}

export async function expectSamplePaths(q: GraphQueries): Promise<void> {
  expect(await pathsBetween(q, '许勇', '谢志敏', 4)).toEqual([
    '许勇 -ATTENDED -谢志敏赴杭州 -LED -谢志敏',
    '许勇 -HOLDS_POSITION -浙江友成塑料模件集团 -VISITED -谢志敏',
  ]);
  expect(await pathsBetween(q, '许勇', '谢志敏', 1)).toEqual([]);
  expect(await pathsBetween(q, '张志军', '刘亦功', 4)).toEqual(['张志军 -ATTENDED -2023年招商引资项目集中签约暨落位项目启动仪式 -ATTENDED -刘亦功']);
  expect(await pathsBetween(q, '谢志敏', '华景斌', 6)).toEqual([]);
}
