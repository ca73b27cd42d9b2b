// The research views on the samples, figures worked out by hand from the
// articles: 谢志敏 (长春经开区's party secretary) led the one trip to 杭州;
// 华景斌 (长春新区) went to 深圳 and 北京; 金赛药业国际产业园项目 (23.4亿元)
// started in 长春新区. Through the command line on the embedded store (the
// Neo4j suite checks the same figures there).
import fs from 'node:fs';
import path from 'node:path';
import { kg, SAMPLES, tempDir } from './helpers/run';
import { FLOWS_BY_CITY, STARTED_IN_CHANGCHUN_NEW_AREA } from './helpers/views';


describe('kg flows and kg investments on the samples', () => {
  const data = tempDir('views');
  const out = tempDir('views-out');
  beforeAll(() => { expect(kg(['ingest', '-q', '--data', data, SAMPLES]).code).toBe(0); });
  const run = (args: string[]) => kg([...args, '--data', data]);

  test('flows between cities and provinces, with their leaders', () => {
    expect(JSON.parse(run(['flows', '--level', 'city', '-f', 'json']).stdout)).toEqual(FLOWS_BY_CITY);
    const provinces = JSON.parse(run(['flows', '-f', 'json']).stdout) as Array<{ from: string; to: string }>;
    expect(provinces.map((f) => `${f.from}→${f.to}`).sort()).toEqual(['吉林省→北京市', '吉林省→广东省', '吉林省→浙江省']);
  });

  test('a time filter leaves out trips without a year and says how many', () => {
    const res = run(['flows', '--from', '2023-01', '-f', 'json']);
    expect(JSON.parse(res.stdout)).toEqual([]);
    expect(res.stderr).toMatch(/3 trip\(s\) without a year left out/);
    expect(run(['flows', '--from', '2023-13']).stderr).toMatch(/--from wants YYYY-MM/);
  });

  test('the flow map: provinces, one arc per flow, a PNG', () => {
    const svg = path.join(out, 'flows.svg'), png = path.join(out, 'flows.png');
    expect(run(['flows', '-f', 'svg', '-o', svg]).code).toBe(0);
    const text = fs.readFileSync(svg, 'utf8');
    expect(text.match(/<path d=/g)!.length).toBeGreaterThanOrEqual(34); // the provinces
    expect(text.match(/class="arc"/g)).toHaveLength(3);
    expect(text).toContain('吉林省 → 浙江省: 1');
    expect(run(['flows', '-f', 'png', '-o', png]).code).toBe(0);
    expect(fs.readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
  });

  test('investment per zone: 金赛药业国际产业园项目 counts for 长春新区 as started', () => {
    const rows = JSON.parse(run(['investments', '--by', 'zone', '-f', 'json']).stdout) as Array<Record<string, unknown>>;
    expect(rows).toContainEqual(STARTED_IN_CHANGCHUN_NEW_AREA);
    // Each project once: the areas' project counts add up to the projects stored.
    const projects = Number(kg(['query', '--data', data, '--json', 'MATCH (j:Project) RETURN count(j) AS n']).stdout.match(/"n":(\d+)/)![1]);
    expect(rows.reduce((s, r) => s + (r.projects as number), 0)).toBe(projects);
    const started = JSON.parse(run(['investments', '--by', 'province', '--status', '开工', '-f', 'json']).stdout) as Array<Record<string, unknown>>;
    expect(started.every((r) => r.status === '开工')).toBe(true);
    expect(started.find((r) => r.area === '吉林省')!.amount_yuan).toBe(2340000000 + 7800000000);
  });

  test('the investment chart: bars in 亿元 with a legend', () => {
    const svg = path.join(out, 'investments.svg');
    expect(run(['investments', '--by', 'zone', '-f', 'svg', '-o', svg]).code).toBe(0);
    const text = fs.readFileSync(svg, 'utf8');
    expect(text).toContain('亿元');
    expect(text).toContain('长春新区 开工: 23.4 亿元');
  });
});

describe('kg investments over articles that report one project twice', () => {
  test('a project signed in one article and started in a later one counts once for each status, at its own date', () => {
    const texts = tempDir('status-texts');
    fs.writeFileSync(path.join(texts, 'signed.txt'), '2023年3月1日\n北湖开发区澜石新材料项目集中签约，总投资5亿元。');
    fs.writeFileSync(path.join(texts, 'started.txt'), '2023年9月8日\n北湖开发区澜石新材料项目开工建设，总投资5亿元。');
    fs.writeFileSync(path.join(texts, 'again.txt'), '2023年10月9日\n北湖开发区澜石新材料项目开工建设进展顺利。');
    const data = tempDir('status-store');
    expect(kg(['ingest', '-q', '--data', data, texts]).code).toBe(0);
    const rows = JSON.parse(kg(['investments', '--data', data, '--by', 'zone', '--per', 'month', '-f', 'json']).stdout);
    expect(rows).toEqual([
      { area: '北湖开发区', period: '2023-03', status: '签约', projects: 1, amount_yuan: 500000000, without_amount: 0, foreign: [] },
      { area: '北湖开发区', period: '2023-09', status: '开工', projects: 1, amount_yuan: 500000000, without_amount: 0, foreign: [] },
    ]);
  });
});
