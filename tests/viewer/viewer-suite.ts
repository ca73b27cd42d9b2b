// The viewer end to end, as a suite any store can run: the sample graph
// served by kg's server, driven in Debian's Chromium.
import { RELATION_TYPES } from '../../src/schema/ontology';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../helpers/run';
import { edgeToPairDistance, launch } from '../helpers/browser';
import { serve, type Served } from '../helpers/serve';

interface KgWindow { kg: { graph: { clear(): void; someNode(f: (n: string, a: Record<string, unknown>) => boolean): boolean; filterNodes(f: (n: string, a: Record<string, unknown>) => boolean): string[]; mapNodes<T>(f: (n: string, a: Record<string, unknown>) => T): T[] } } }

/**
 * The viewer's browser tests on the sample graph, served from the store that
 * `load` fills with the samples and names by its `kg serve` flags; run once
 * per store (here on the embedded one, in neo4j.test.ts on Neo4j).
 */
export function viewerSuite(storeName: string, load: () => Promise<string[]>): void {
  describe(`viewer on ${storeName}`, () => {
    let browser: Browser, page: Page, server: Served;
    const OUT = path.join(ROOT, 'test-output', storeName === 'LadybugDB' ? '' : storeName.toLowerCase());

    beforeAll(async () => {
      server = await serve(await load());
      browser = await launch();
      page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
      await page.goto(server.url);
      await page.waitForFunction(() => (window as unknown as { kg?: { ready: boolean } }).kg?.ready === true, null, { timeout: 30000 });
      fs.mkdirSync(OUT, { recursive: true });
    });

    afterAll(async () => {
      await browser?.close();
      server?.stop();
    });

    test('draws the sample graph on the WebGL canvas', async () => {
      await page.waitForTimeout(1000);
      const order = await page.evaluate(() => (window as unknown as { kg: { graph: { order: number } } }).kg.graph.order);
      expect(order).toBeGreaterThan(50);
      const shot = await page.locator('#sigma').screenshot({ path: path.join(OUT, 'viewer.png') });
      // Count non-white pixels of the rendered canvas area from the PNG via the browser.
      const coloured = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width; c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 0; i < px.length; i += 4) if (px[i] < 235 || px[i + 1] < 235 || px[i + 2] < 235) n++;
        return n / (px.length / 4);
      }, shot.toString('base64'));
      expect(coloured).toBeGreaterThan(0.002);
    });

    test('search finds an entity by its traditional-script alias', async () => {
      await page.fill('#search', '華景斌');
      await page.waitForSelector('#suggestions li');
      expect(await page.textContent('#suggestions li')).toContain('華景斌');
      await page.fill('#search', '长春新区');
      await page.waitForFunction(() => document.querySelector('#suggestions li')?.textContent?.includes('長春新區'));
      await page.click('#suggestions li');
      await page.waitForSelector('#panel h2');
      // Found by its written, traditional form; stored and shown under its simplified name.
      expect(await page.textContent('#panel h2')).toBe('长春新区');
    });

    test('the side panel shows evidence sentences, and the source opens highlighted', async () => {
      await page.fill('#search', '谢志敏');
      await page.waitForFunction(() => document.querySelector('#suggestions li')?.textContent?.includes('谢志敏'));
      await page.click('#suggestions li');
      // The panel still shows the previous entity until the new one arrives.
      await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === '谢志敏' && document.querySelectorAll('#panel .evidence').length > 0);
      const evidence = await page.textContent('#panel .evidence');
      expect(evidence).toMatch(/[\u4e00-\u9fff]{5,}[。！？]?$/);
      // The article by its title, date and file name, not by its digest.
      expect(await page.textContent('#panel a.doc >> nth=1')).toMatch(/^《.+》.* · .+\.txt$/);
      await page.click('#panel a.doc >> nth=1');
      await page.waitForSelector('#doc-dialog[open] mark');
      expect(await page.textContent('#doc-text mark')).toBe(evidence);
      await page.click('#doc-dialog button');
      await page.screenshot({ path: path.join(OUT, 'viewer-panel.png') });
    });

    test('a Cypher query draws its result; scalar rows show as a table', async () => {
      await page.fill('#cypher', 'MATCH (c)-[s:SIGNED_WITH]->(z:Zone) RETURN c, s, z');
      await page.click('#run');
      await page.waitForFunction(() => { const g = (window as unknown as { kg: { graph: { order: number; size: number } } }).kg.graph; return g.size > 0 && g.order < 40; });
      const drawn = await page.evaluate(() => { const g = (window as unknown as { kg: { graph: { order: number; size: number } } }).kg.graph; return { order: g.order, size: g.size }; });
      expect(drawn.size).toBeGreaterThan(2);
      await page.fill('#cypher', 'MATCH (n:Person) RETURN n.name AS name LIMIT 3');
      await page.click('#run');
      await page.waitForSelector('#table:not([hidden]) td');
      expect(await page.locator('#table td').count()).toBe(3);
      await page.fill('#cypher', "CREATE (n:Person {key: 'x'})");
      await page.click('#run');
      await page.waitForFunction(() => document.querySelector('#query-error')?.textContent?.includes('read-only'));
    });

    test('each research question takes one ready-made query, about names picked from the store', async () => {
      const answer = async (title: RegExp, expected: string) => {
        const label = (await page.$$eval('#presets option', (os) => os.map((o) => o.textContent ?? ''))).find((l) => title.test(l))!;
        await page.selectOption('#presets', { label });
        await page.evaluate(() => (window as unknown as KgWindow).kg.graph.clear()); // wait for this answer, not the picture before
        await page.click('#run');
        await page.waitForFunction((name) => (window as unknown as KgWindow).kg.graph.someNode((_n, a) => a.label === name), expected);
        return { label, names: await page.evaluate(() => (window as unknown as KgWindow).kg.graph.mapNodes((_n, a) => a.label as string)) };
      };
      // The samples' most visited destination (北京市, 華景斌's trip, first of three with one trip each); the query names it as a parameter, not in its text.
      const trip = await answer(/^赴.+考察：谁带队/, '华景斌');
      expect(trip.label).toBe('赴北京市考察：谁带队、会见和考察了谁、谁在那里签约');
      expect(await page.inputValue('#cypher')).toContain('$place');
      expect(await page.textContent('#query-params')).toBe('$place = 北京市');
      expect(trip.names).toEqual(expect.arrayContaining(['华景斌', '北京市', '华景斌赴北京']));
      // One row per fact of the trip: as many rows in its table as relationships drawn, none repeated.
      const rows = await page.$$eval('#table table tr', (trs) => trs.slice(1).map((tr) => tr.textContent));
      expect(rows.length).toBe(await page.evaluate(() => (window as any).kg.graph.size));
      expect(new Set(rows).size).toBe(rows.length);
      // The area with the most projects, as the store holds it: every project the answer shows is located there.
      const areaLabel = (await page.$$eval('#presets option', (os) => os.map((o) => o.textContent ?? ''))).find((l) => /^位于.+的项目$/.test(l))!;
      const area = /^位于(.+)的项目$/.exec(areaLabel)![1];
      const { names: projects } = await answer(/^位于.+的项目$/, area);
      const located = await page.evaluate(() => (window as unknown as KgWindow).kg.graph.filterNodes((_n, a) => a.entityType === 'Project').length);
      expect(located).toBe(projects.length - 1);
      expect(located).toBeGreaterThanOrEqual(3);
      // The parameters go into the address: the shared link runs the same query.
      expect(decodeURIComponent(await page.evaluate(() => location.hash))).toContain(`params={"area":"${area}"}`);
      // The panel no longer shows an entity of the old picture.
      expect(await page.$('#panel h2')).toBeNull();
      // A small answer labels every node, and no two labels overlap.
      await page.waitForTimeout(300);
      const labels = await page.evaluate(() => (window as any).kg.labels() as Array<{ key: string; box: { x0: number; y0: number; x1: number; y1: number } }>);
      expect(labels.map((l) => l.key).sort()).toEqual(await page.evaluate(() => (window as any).kg.graph.nodes().sort()));
      const overlapping = labels.filter((a, i) => labels.some((b, j) => j > i && a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1));
      expect(overlapping).toEqual([]);
      // Every label of the answer is inside the frame: none is cut at an edge.
      await page.waitForTimeout(300);
      const cut = await page.evaluate(() => {
        const { graph, renderer } = (window as any).kg;
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${renderer.getSetting('labelSize')}px ${renderer.getSetting('labelFont')}`;
        const { width, height } = renderer.getDimensions();
        return graph.filterNodes((n: string) => {
          const d = renderer.getNodeDisplayData(n);
          const p = renderer.framedGraphToViewport(d);
          const r = renderer.scaleSize(d.size);
          return p.x - r < 0 || p.y - r < 0 || p.y + r > height || p.x + r + 3 + ctx.measureText(d.label ?? '').width > width;
        });
      });
      expect(cut).toEqual([]);
      await page.screenshot({ path: path.join(OUT, 'viewer-question.png') });
    });

    test('exports PNG at the chosen scale and SVG with Chinese labels', async () => {
      await page.click('#reset');
      await page.waitForTimeout(500);
      await page.fill('#export-scale', '2');
      const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
      const pngPath = path.join(OUT, 'export.png');
      await png.saveAs(pngPath);
      const buf = fs.readFileSync(pngPath);
      expect(buf.subarray(1, 4).toString()).toBe('PNG');
      const box = await page.locator('#sigma').boundingBox();
      expect(buf.readUInt32BE(16)).toBe(Math.round(box!.width * 2));
      expect(buf.readUInt32BE(20)).toBe(Math.round(box!.height * 2));
      expect(buf.length).toBeGreaterThan(20000);
      const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#export-svg')]);
      const svgPath = path.join(OUT, 'export.svg');
      await svg.saveAs(svgPath);
      const text = fs.readFileSync(svgPath, 'utf8');
      expect(text).toMatch(/^<svg/);
      expect((text.match(/<circle/g) ?? []).length).toBeGreaterThan(20);
      expect(text).toMatch(/<text[^>]*>[\u4e00-\u9fff]/);
    });

    test('clicking an edge opens its evidence', async () => {
      await page.fill('#cypher', 'MATCH (p:Person)-[r:HOLDS_POSITION]->(z:Zone) RETURN p, r, z');
      await page.click('#run');
      // The query's picture, not the one before it.
      await page.waitForFunction(() => { const g = (window as any).kg.graph; return g.size > 2 && g.everyEdge((_e: string, a: { relType: string }) => a.relType === 'HOLDS_POSITION'); });
      await page.waitForTimeout(500);
      // Sigma finds the edge under a point only if it built its edge-picking layer (enableEdgeEvents
      // given to its constructor); then a click there is a clickEdge, which opens the panel.
      const picked = await page.evaluate(() => {
        const { graph, renderer } = (window as any).kg;
        return graph.mapEdges((e: string, _a: unknown, s: string, t: string) => {
          const a = renderer.graphToViewport(graph.getNodeAttributes(s)), b = renderer.graphToViewport(graph.getNodeAttributes(t));
          return renderer.getEdgeAtPoint((a.x + b.x) / 2, (a.y + b.y) / 2) === e ? e : undefined;
        }).filter(Boolean);
      });
      expect(picked.length).toBeGreaterThan(0);
      await page.evaluate((edge) => (window as any).kg.renderer.emit('clickEdge', { edge, event: {}, preventSigmaDefault() {} }), picked[0]);
      await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent?.includes('—'), null, { timeout: 5000 });
      // The relationship in words, its Cypher type on hover.
      expect(await page.textContent('#panel h2')).toMatch(/—任职→/);
      expect(await page.getAttribute('#panel h2', 'title')).toBe('HOLDS_POSITION');
      expect((await page.textContent('#panel .evidence'))!.length).toBeGreaterThan(5);
      await page.screenshot({ path: path.join(OUT, 'viewer-edge.png') });
    });

    test('pressing Layout moves the nodes, and pressing it again stops the layout', async () => {
      const positions = () => page.evaluate(() => (window as any).kg.graph.mapNodes((_n: string, a: { x: number; y: number }) => [a.x, a.y]));
      const before = await positions();
      await page.click('#layout');
      await page.waitForTimeout(1500);
      await page.click('#layout');
      expect(await page.evaluate(() => (window as any).kg.layout?.isRunning())).toBe(false);
      const after = await positions();
      const moved = before.filter((p: number[], i: number) => Math.hypot(p[0] - after[i][0], p[1] - after[i][1]) > 1e-6).length;
      expect(moved).toBeGreaterThan(before.length / 2);
    });

    test('zoomed in, edges carry their relationship names; zoomed out, only the hovered one', async () => {
      const labels = () => page.evaluate(() => {
        const { graph, renderer } = (window as any).kg;
        return [...new Set(graph.mapEdges((e: string) => renderer.getEdgeDisplayData(e)?.label ?? ''))];
      });
      await page.evaluate(() => (window as any).kg.renderer.getCamera().setState({ ratio: 1 }));
      await page.waitForTimeout(200);
      expect(await labels()).toEqual(['']);
      await page.evaluate(() => (window as any).kg.renderer.getCamera().setState({ ratio: 0.3 }));
      await page.waitForTimeout(200);
      expect(await labels()).toEqual(['任职']);
      await page.evaluate(() => (window as any).kg.renderer.getCamera().setState({ ratio: 1 }));
    });

    test('the interface names types and relationships in Chinese, dates as 6月14日', async () => {
      expect(await page.textContent('#legend')).toContain('人物');
      expect(await page.getAttribute('#rel-types label >> nth=0', 'title')).toBe('HOLDS_POSITION');
      expect(await page.textContent('#rel-types')).toContain('签约');
      await page.fill('#search', '谢志敏赴杭州');
      await page.waitForFunction(() => document.querySelector('#suggestions li')?.textContent?.includes('谢志敏赴杭州'));
      await page.click('#suggestions li');
      await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent?.startsWith('谢志敏赴杭州'));
      const panel = (await page.textContent('#panel'))!;
      expect(panel).toContain('考察行程');
      expect(panel).toMatch(/开始: 6月14日/);
      expect(panel).not.toContain('--06');
    });

    test('the interface is Chinese, and its English switch changes every text but keeps the view, also after a reload', async () => {
      // The fixed texts of the page, and whether any of them is in the other language.
      const fixedTexts = () => page.$$eval('[data-i18n]', (els) => els.map((e) => e.textContent ?? ''));
      const latinWords = (texts: string[]) => texts.join(' ').replace(/Cypher|PageRank|Louvain|English/g, '').match(/[A-Za-z]{3,}/g) ?? [];
      const chinese = (texts: string[]) => texts.filter((x) => /[\u4e00-\u9fff]/.test(x.replace('中文', '')));
      expect(await page.textContent('#run')).toBe('运行');
      expect(latinWords(await fixedTexts())).toEqual([]);
      await page.fill('#search', '谢志敏赴杭州');
      await page.waitForFunction(() => document.querySelector('#suggestions li')?.textContent?.includes('谢志敏赴杭州'));
      await page.click('#suggestions li');
      await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent?.startsWith('谢志敏赴杭州'));
      const hash = await page.evaluate(() => location.hash);

      await page.click('#language');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.textContent('#run')).toBe('Run');
      expect(chinese(await fixedTexts())).toEqual([]);
      expect(await page.textContent('#legend')).toContain('Person');
      expect(await page.textContent('#legend')).not.toContain('人物');
      expect(await page.textContent('#rel-types')).toContain('signed with');
      expect(await page.getAttribute('#rel-types label >> nth=0', 'title')).toBe('HOLDS_POSITION');
      expect(await page.textContent('#status')).toMatch(/\d+ \/ \d+ entities and \d+ \/ \d+ relationships shown/);
      expect(await page.$$eval('#presets option', (os) => os.map((o) => o.textContent))).toContain('Companies that signed with a zone');
      // The open panel is written again in English: the same entity, its type, its dates.
      const panel = (await page.textContent('#panel'))!;
      expect(panel).toContain('谢志敏赴杭州');
      expect(panel).toMatch(/^Trip/);
      expect(panel).toMatch(/start: 14 June/);
      expect(panel).toMatch(/Relationships \(\d+\)/);
      expect(page.url()).toContain(hash);
      await page.screenshot({ path: path.join(OUT, 'viewer-english.png') });

      await page.reload();
      await page.waitForFunction(() => (window as any).kg?.ready === true, null, { timeout: 30000 });
      await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent?.startsWith('谢志敏赴杭州'), null, { timeout: 30000 });
      expect(await page.textContent('#run')).toBe('Run');
      expect(await page.textContent('#panel')).toMatch(/^Trip/);

      await page.click('#language');
      expect(await page.textContent('#run')).toBe('运行');
      expect(await page.textContent('#panel')).toMatch(/^考察行程/);
      expect(latinWords(await fixedTexts())).toEqual([]);
      await page.screenshot({ path: path.join(OUT, 'viewer-chinese.png') });
    });

    test('a failing query clears the old picture and table and says what went wrong', async () => {
      await page.fill('#cypher', 'MATCH (p:Person)-[r:HOLDS_POSITION]->(z:Zone) RETURN p, r, z');
      await page.click('#run');
      await page.waitForFunction(() => (window as any).kg.graph.order > 0);
      await page.fill('#cypher', 'MATCH (n RETURN n');
      await page.click('#run');
      await page.waitForFunction(() => document.querySelector('#query-error')?.textContent?.includes('查询失败'));
      expect(await page.evaluate(() => (window as any).kg.graph.order)).toBe(0);
      expect(await page.isHidden('#table')).toBe(true);
      // In the interface's language, with the place marked under the query and the server's own words kept.
      const error = () => page.$$eval('#query-error > *', (els) => els.map((e) => e.textContent));
      expect(await error()).toEqual([
        '查询失败：语法错误：读到 RETURN 时无法继续',
        '第 1 行，第 10 列：',
        'MATCH (n RETURN n\n         ^',
        "服务器原文：query: not a read-only openCypher query: Invalid input 'RETURN'",
      ]);
      await page.fill('#cypher', 'MATCH (n)\nDETACH DELETE n');
      await page.click('#run');
      await page.waitForFunction(() => document.querySelector('#query-error')?.textContent?.includes('DETACH'));
      expect((await error())[0]).toBe('查询失败：查询框只读，不允许 DETACH（不能写入、修改或读写文件）');
      expect((await error())[1]).toBe('第 2 行，第 1 列：');
      await page.click('#language');
      expect((await error())[0]).toBe('The query failed: The query box only reads: DETACH is not allowed (nothing is written, changed, or read from files)');
      await page.click('#language');
      if (storeName === 'LadybugDB') {
        // A misspelt type: LadybugDB refuses it (Neo4j answers with no rows), and the interface says so in its words.
        await page.fill('#cypher', 'MATCH (n:Persn) RETURN n');
        await page.click('#run');
        await page.waitForFunction(() => document.querySelector('#query-error')?.textContent?.includes('Persn'));
        expect((await error())[0]).toBe('查询失败：图中没有名为 Persn 的实体类型或关系类型');
      }
    });

    test('a view is in the address: opening it again shows the same entity', async () => {
      await page.fill('#search', '谢志敏');
      await page.waitForFunction(() => document.querySelector('#suggestions li')?.textContent?.includes('谢志敏'));
      await page.click('#suggestions li');
      await page.waitForFunction(() => location.hash.includes('node='));
      const url = page.url();
      const other = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      try {
        await other.goto(url);
        await other.waitForFunction(() => document.querySelector('#panel h2')?.textContent === '谢志敏', null, { timeout: 30000 });
      } finally {
        await other.close();
      }
    });

    test('while the graph loads, the page says what it is loading', async () => {
      const other = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      try {
        let release: () => void = () => undefined;
        const held = new Promise<void>((ok) => { release = ok; });
        await other.route('**/api/graph*', async (route) => { await held; await route.continue(); });
        await other.goto(server.url);
        // Held at the graph request: the indicator says that the graph is what is loading.
        await other.waitForFunction(() => { const l = document.querySelector('#loading') as HTMLElement; return !l.hidden && l.textContent!.includes('载入图谱'); });
        expect(await other.textContent('#loading')).toMatch(/最多 \d+ 个实体，共 \d+ 个/);
        release();
        await other.waitForFunction(() => (window as any).kg?.ready === true, null, { timeout: 30000 });
        expect(await other.isHidden('#loading')).toBe(true);
      } finally {
        await other.close();
      }
    });

    test('Louvain colours bring their own legend; PageRank sizing keeps every label drawable', async () => {
      await page.click('#reset');
      await page.waitForFunction(() => (window as any).kg.graph.order > 50);
      await page.check('#communities');
      await page.waitForSelector('#community-legend:not([hidden]) div');
      expect(await page.textContent('#community-legend')).toMatch(/社区 1（\d+）/);
      expect(await page.getAttribute('#legend', 'class')).toContain('no-swatch');
      await page.uncheck('#communities');
      expect(await page.isHidden('#community-legend')).toBe(true);
      await page.selectOption('#size-by', 'pagerank');
      const smallest = await page.evaluate(() => Math.min(...(window as any).kg.graph.mapNodes((_n: string, a: { size: number }) => a.size)));
      expect(smallest).toBeGreaterThanOrEqual(6);
      await page.selectOption('#size-by', 'degree');
    });

    test('a query result is laid out: related nodes end up closer than unrelated ones', async () => {
      // Facts only: on Neo4j the first 80 relationships may be documents' provenance, which is not drawn.
      await page.fill('#cypher', `MATCH (a)-[r:${RELATION_TYPES.join('|')}]->(b) RETURN a, r, b LIMIT 80`);
      await page.evaluate(() => (window as any).kg.graph.clear()); // wait for this answer, not the picture before
      await page.click('#run');
      await page.waitForFunction(() => (window as any).kg.graph.size > 20);
      const ratio = await edgeToPairDistance(page);
      expect(ratio).toBeLessThan(0.5);
    });

    test('expanding a node adds at most a page of neighbours and says how many there are', async () => {
      const found = await (await fetch(`${server.url}/api/search?q=${encodeURIComponent('长春市汽开区')}`)).json();
      const key = found[0].key;
      const page1 = await (await fetch(`${server.url}/api/neighbors?key=${encodeURIComponent(key)}&limit=5`)).json();
      const page2 = await (await fetch(`${server.url}/api/neighbors?key=${encodeURIComponent(key)}&limit=5&offset=5`)).json();
      expect(page1.neighbours).toBeGreaterThan(10);
      expect(page1.nodes).toHaveLength(6); // the node and five neighbours
      const firstKeys = new Set(page1.nodes.map((n: { key: string }) => n.key));
      expect(page2.nodes.filter((n: { key: string }) => n.key !== key && firstKeys.has(n.key))).toEqual([]);
      await page.click('#reset');
      await page.waitForFunction((k) => (window as any).kg.graph.hasNode(k), key);
      await page.evaluate((k) => (window as any).kg.renderer.emit('doubleClickNode', { node: k, event: { preventSigmaDefault() {} }, preventSigmaDefault() {} }), key);
      await page.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('个邻居'));
      expect(await page.textContent('#status')).toMatch(new RegExp(`显示 ${page1.neighbours} / ${page1.neighbours} 个邻居`));
      // The expanded node and its neighbours are in view once the camera settles.
      await page.waitForTimeout(600);
      const outside = await page.evaluate((k) => {
        const { graph, renderer } = (window as any).kg;
        const { width, height } = renderer.getDimensions();
        return [k, ...graph.neighbors(k)].filter((n: string) => {
          const p = renderer.framedGraphToViewport(renderer.getNodeDisplayData(n));
          return p.x < 0 || p.y < 0 || p.x > width || p.y > height;
        });
      }, key);
      expect(outside).toEqual([]);
      await page.screenshot({ path: path.join(OUT, 'viewer-expanded.png') });
    });

    test('a node dragged follows the pointer and stays where it is dropped, also while the layout runs', async () => {
      await page.click('#reset');
      await page.waitForFunction(() => (window as any).kg.graph.order > 50);
      await page.waitForTimeout(500);
      const box = (await page.locator('#sigma').boundingBox())!;
      const at = await page.evaluate(() => {
        const { graph, renderer } = (window as any).kg;
        const node = graph.nodes().sort((a: string, b: string) => graph.degree(b) - graph.degree(a))[0];
        return renderer.framedGraphToViewport(renderer.getNodeDisplayData(node));
      });
      const positions = () => page.evaluate(() => Object.fromEntries((window as any).kg.graph.mapNodes((n: string, a: { x: number; y: number; fixed?: boolean }) => [n, [a.x, a.y, !!a.fixed]])) as Record<string, [number, number, boolean]>);
      const before = await positions();
      await page.mouse.move(box.x + at.x, box.y + at.y);
      await page.mouse.down();
      await page.mouse.move(box.x + at.x + 60, box.y + at.y + 40, { steps: 8 });
      await page.mouse.up();
      // The node under the pointer (the biggest there) moved with it and is fixed; no other node moved.
      const after = await positions();
      const moved = Object.keys(after).filter((n) => after[n][0] !== before[n][0] || after[n][1] !== before[n][1]);
      expect(moved).toHaveLength(1);
      const [node] = moved;
      expect(after[node][2]).toBe(true);
      // The layout moves the others, not the node dropped.
      await page.click('#layout');
      await page.waitForTimeout(800);
      await page.click('#layout');
      const settled = await positions();
      // (The layout's worker keeps positions as 32-bit floats.)
      expect(settled[node][0]).toBeCloseTo(after[node][0], 4);
      expect(settled[node][1]).toBeCloseTo(after[node][1], 4);
      expect(Object.keys(settled).filter((n) => n !== node && settled[n][0] !== after[n][0]).length).toBeGreaterThan(0);
    });

    test('an edge under the pointer is drawn thicker, with its relationship name', async () => {
      const edge = await page.evaluate(() => (window as any).kg.graph.edges()[0]);
      await page.evaluate((e) => (window as any).kg.renderer.emit('enterEdge', { edge: e }), edge);
      const hovered = await page.evaluate((e) => { const { graph, renderer } = (window as any).kg; return { size: renderer.getEdgeDisplayData(e).size, base: graph.getEdgeAttribute(e, 'size'), label: renderer.getEdgeDisplayData(e).label }; }, edge);
      expect(hovered.size).toBeGreaterThan(hovered.base);
      expect(hovered.label).not.toBe('');
      await page.evaluate(() => (window as any).kg.renderer.emit('leaveEdge', {}));
    });

    test('queries are remembered and can be saved; they are there after a reload', async () => {
      const cypher = 'MATCH (z:Zone) RETURN z.name AS zone LIMIT 4';
      await page.fill('#cypher', cypher);
      await page.click('#run');
      await page.waitForSelector('#table:not([hidden]) td');
      page.once('dialog', (d) => { void d.accept('四个园区'); });
      await page.click('#save-query');
      await page.reload();
      await page.waitForFunction(() => (window as any).kg?.ready === true, null, { timeout: 30000 });
      expect(await page.locator('#history option').allTextContents()).toContain(cypher);
      await page.selectOption('#presets', { label: '四个园区' });
      expect(await page.inputValue('#cypher')).toBe(cypher);
    });

    test('any result as a table; the entities shown as a table that sorts, filters and downloads as CSV', async () => {
      await page.fill('#cypher', 'MATCH (p:Person)-[r:HOLDS_POSITION]->(z:Zone) RETURN p, r, z');
      await page.click('#run');
      // This query's picture, not the one before it.
      await page.waitForFunction(() => { const g = (window as any).kg.graph; return g.size > 2 && g.everyEdge((_e: string, a: { relType: string }) => a.relType === 'HOLDS_POSITION'); });
      expect(await page.isHidden('#table')).toBe(true);
      await page.click('#table-toggle');
      expect(await page.locator('#table tr').count()).toBeGreaterThan(3);
      // A relationship cell names its type and its two ends, not its key.
      expect(await page.locator('#table tr td:nth-child(2)').allTextContents()).toContain('任职: 谢志敏 → 经开区');
      await page.click('#entities');
      const order = await page.evaluate(() => (window as any).kg.graph.order);
      expect(await page.locator('#table tr').count()).toBe(order + 1);
      await page.click('#table th >> nth=2'); // degree, ascending
      await page.click('#table th >> nth=2'); // descending
      const degrees = (await page.locator('#table tr td:nth-child(3)').allTextContents()).map(Number);
      expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
      await page.fill('.table-filter', '人物');
      const types = await page.locator('#table tr td:nth-child(2)').allTextContents();
      expect(types.length).toBeGreaterThan(0);
      expect(new Set(types)).toEqual(new Set(['人物']));
      const [csv] = await Promise.all([page.waitForEvent('download'), page.click('.table-csv')]);
      const text = fs.readFileSync(await csv.path(), 'utf8');
      expect(text.startsWith('\ufeff名称,类型,关系数,别名')).toBe(true);
      expect(text.trim().split('\r\n')).toHaveLength(types.length + 1);
      // A row stands for its entity: a click selects it, with its panel.
      const first = await page.textContent('#table tr.linked td >> nth=0');
      await page.click('#table tr.linked >> nth=0');
      await page.waitForFunction((name) => document.querySelector('#panel h2')?.textContent === name, first);
      // A query that answers with numbers only: its table, and no older picture left to pass for its answer.
      await page.fill('#cypher', 'MATCH (p:Person) RETURN count(p) AS people');
      await page.click('#run');
      await page.waitForFunction(() => (window as any).kg.graph.order === 0 && !document.querySelector('#table')!.hasAttribute('hidden'));
      expect(await page.locator('#table th').allTextContents()).toEqual(['people']);
      expect(await page.textContent('#status')).toContain('1 行表格');
      expect(await page.$('#panel h2')).toBeNull();
    });

    test('filters are in the address too: opening it restores them', async () => {
      await page.click('#reset');
      await page.waitForFunction(() => (window as any).kg.graph.order > 50);
      await page.uncheck('#legend label:has-text("人物") input');
      await page.fill('#min-degree', '2');
      await page.dispatchEvent('#min-degree', 'input');
      await page.waitForFunction(() => location.hash.includes('hide=Person') && location.hash.includes('minDegree=2'));
      const other = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      try {
        await other.goto(page.url());
        await other.waitForFunction(() => (window as any).kg?.ready === true, null, { timeout: 30000 });
        expect(await other.isChecked('#legend label:has-text("人物") input')).toBe(false);
        expect(await other.inputValue('#min-degree')).toBe('2');
        const people = await other.evaluate(() => { const { graph, renderer } = (window as any).kg; return graph.filterNodes((n: string, a: { entityType: string }) => a.entityType === 'Person' && !renderer.getNodeDisplayData(n)?.hidden).length; });
        expect(people).toBe(0);
      } finally {
        await other.close();
      }
      await page.check('#legend label:has-text("人物") input');
      await page.fill('#min-degree', '0');
      await page.dispatchEvent('#min-degree', 'input');
    });

    test('the timeline shows the months of dated entities; choosing months on it filters by date', async () => {
      await page.waitForSelector('#timeline rect[data-month]');
      const months = [...new Set(await page.locator('#timeline rect[data-month]').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-month')!)))];
      expect(months).toContain('2023-01'); // the signing ceremony of 2023-01-05
      // Days without a year (华景斌's trips of 6月5日 and 6月21日, in an article with no date line) are counted beside the axis.
      const yearless = await page.evaluate(() => (window as any).kg.graph.filterNodes((_n: string, a: { properties?: { date?: string; start?: string } }) => String(a.properties?.date ?? a.properties?.start ?? '').startsWith('--')).length);
      expect(yearless).toBeGreaterThan(0);
      expect(await page.textContent('#timeline')).toContain(`另有 ${yearless} 个日期没有年份`);
      const statusNodes = async () => Number(/显示 (\d+) \//.exec((await page.textContent('#status')) ?? '')![1]);
      const allShown = await statusNodes();
      const dated = () => page.evaluate(() => {
        const { graph, renderer } = (window as any).kg;
        return graph.filterNodes((n: string, a: { properties: { date?: string } }) => /^\d{4}-\d{2}/.test(a.properties?.date ?? '') && !renderer.getNodeDisplayData(n)?.hidden).length;
      });
      expect(await dated()).toBeGreaterThan(0);
      // Press on a month and release on it: the filter is that month, in the date boxes and the address.
      const bar = page.locator('#timeline rect[data-month="2023-01"] >> nth=1');
      await bar.dispatchEvent('pointerdown');
      await bar.dispatchEvent('pointerup');
      await page.waitForFunction(() => (document.querySelector('#date-from') as HTMLInputElement).value === '2023-01');
      expect(await page.inputValue('#date-to')).toBe('2023-01');
      expect(page.url()).toContain('from=2023-01');
      expect(await dated()).toBeGreaterThan(0);
      // Months without it: the event is hidden and its bar greyed.
      await page.fill('#date-from', '2024-01');
      await page.dispatchEvent('#date-from', 'change');
      await page.fill('#date-to', '2024-12');
      await page.dispatchEvent('#date-to', 'change');
      expect(await dated()).toBe(0);
      expect(await page.getAttribute('#timeline rect[data-month="2023-01"] >> nth=0', 'fill')).toBe('#ccc');
      // The status line counts what the filters leave.
      expect(await statusNodes()).toBeLessThan(allShown);
      await page.click('#dates-clear');
      expect(await page.inputValue('#date-from')).toBe('');
      expect(await dated()).toBeGreaterThan(0);
    });

    test('zoom buttons zoom in, out and back to the whole picture', async () => {
      const ratio = () => page.evaluate(() => (window as any).kg.renderer.getCamera().getState().ratio as number);
      await page.click('#zoom-fit');
      await page.waitForFunction(() => Math.abs((window as any).kg.renderer.getCamera().getState().ratio - 1) < 1e-6);
      await page.click('#zoom-in');
      await page.waitForFunction(() => (window as any).kg.renderer.getCamera().getState().ratio < 0.9);
      await page.click('#zoom-out');
      await page.click('#zoom-out');
      await page.waitForFunction(() => (window as any).kg.renderer.getCamera().getState().ratio > 1.1);
      await page.click('#zoom-fit');
      await page.waitForFunction(() => Math.abs((window as any).kg.renderer.getCamera().getState().ratio - 1) < 1e-6);
      expect(await ratio()).toBeCloseTo(1);
    });

    test('paths between two entities: both ends picked, the shortest paths drawn and listed step by step, each with its evidence', async () => {
      for (const [end, name] of [['from', '许勇'], ['to', '谢志敏']]) {
        await page.fill(`#path-${end}`, name);
        await page.waitForFunction(([e, n]) => document.querySelector(`#path-${e}-suggestions li`)?.textContent?.startsWith(n), [end, name]);
        await page.click(`#path-${end}-suggestions li`);
      }
      await page.selectOption('#path-steps', '4');
      await page.click('#path-find');
      await page.waitForFunction(() => document.querySelectorAll('#panel .path').length === 2);
      // The picture is the paths: the two ends and what lies between them.
      const drawn = await page.evaluate(() => (window as unknown as KgWindow).kg.graph.mapNodes((_n: string, a: { label: string }) => a.label).sort());
      expect(drawn).toEqual(['浙江友成塑料模件集团', '许勇', '谢志敏', '谢志敏赴杭州'].sort());
      const steps = await page.$$eval('#panel .path .rel > div:first-child', (els) => els.map((e) => e.textContent));
      expect(steps).toContain('许勇 —出席→ 谢志敏赴杭州');
      expect(steps).toContain('谢志敏赴杭州 ←带队— 谢志敏');
      expect(await page.$$eval('#panel .path .evidence', (els) => els.length)).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(OUT, 'viewer-paths.png') });
      // A step's article opens at its sentence; an entity on the path opens its own panel.
      await page.click('#panel .path .rel > a.doc >> nth=0');
      await page.waitForSelector('#doc-dialog[open] mark');
      await page.click('#doc-dialog button');
      await page.click('#panel .path a.entity >> text=浙江友成塑料模件集团');
      await page.waitForFunction(() => document.querySelector('#panel h2')?.textContent === '浙江友成塑料模件集团');
    });

    test('entities without relationships: the status says how many are not drawn, and a switch draws them', async () => {
      await page.click('#reset');
      const totals = await page.evaluate(async () => (await (await fetch('api/meta')).json()).totals as { nodes: number; lone: number });
      expect(totals.lone).toBeGreaterThan(0);
      await page.waitForFunction((lone) => document.querySelector('#status')?.textContent?.includes(`${lone} 个实体没有关系`), totals.lone);
      const drawn = await page.evaluate(() => (window as unknown as KgWindow).kg.graph.mapNodes(() => 1).length);
      expect(drawn).toBe(totals.nodes - totals.lone);
      await page.check('#show-lone');
      await page.waitForFunction((n) => (window as unknown as KgWindow).kg.graph.mapNodes(() => 1).length === n, totals.nodes);
      expect(await page.textContent('#status')).not.toContain('没有关系');
      await page.uncheck('#show-lone');
      await page.waitForFunction((n) => (window as unknown as KgWindow).kg.graph.mapNodes(() => 1).length === n, totals.nodes - totals.lone);
    });

    test('the flows view: a map of provinces whose arcs open their trips and the articles that report them', async () => {
      await page.click('#view-flows');
      await page.waitForSelector('#research-figure .arc');
      expect(await page.locator('#research-figure .arc').count()).toBe(3);
      expect(await page.locator('#research-figure .provinces path').count()).toBeGreaterThanOrEqual(34);
      expect(await page.textContent('#research-table')).toContain('浙江省');
      await page.locator('#research-figure .arc[data-to="浙江省"]').dispatchEvent('click');
      await page.waitForSelector('#research-details li');
      expect(await page.textContent('#research-details')).toContain('谢志敏');
      const quote = await page.textContent('#research-details q');
      await page.click('#research-details a');
      await page.waitForSelector('#doc-dialog[open] mark');
      expect(await page.textContent('#doc-text mark')).toBe(quote);
      await page.click('#doc-dialog button');
      await page.selectOption('#research-level', 'city');
      await page.waitForSelector('#research-figure .arc[data-to="杭州市"]');
      await page.screenshot({ path: path.join(OUT, 'viewer-flows.png') });
      await page.click('#research-close');
      expect(await page.isHidden('#research')).toBe(true);
    });

    test('the investment view: bars by area stacked by status; a bar lists its projects with amounts and evidence', async () => {
      await page.click('#view-investments');
      await page.selectOption('#research-by', 'zone');
      await page.waitForSelector('#research-figure .bar[data-area="长春新区"]');
      await page.locator('#research-figure .bar[data-area="长春新区"]').first().dispatchEvent('click');
      await page.waitForSelector('#research-details li');
      const details = (await page.textContent('#research-details'))!;
      expect(details).toContain('金赛药业国际产业园项目');
      expect(details).toContain('23.4亿元');
      expect(await page.textContent('#research-table')).toContain('23.40');
      await page.screenshot({ path: path.join(OUT, 'viewer-investments.png') });
      await page.click('#research-close');
    });
  });
}
