// Extraction on sentences written for the tests in the style of other
// regions' news (not copied from the samples).
import fs from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../src/extract';
import { textDocument } from '../src/read/document';
import { validateExtraction } from '../src/schema/validate';
import type { DocExtraction } from '../src/schema/types';

function extract(text: string): DocExtraction {
  const out = extractDocument(textDocument('t.txt', text)).extraction;
  expect(validateExtraction(out, text)).toEqual([]);
  return out;
}

const named = (d: DocExtraction, type: string) => d.entities.filter((e) => e.type === type).map((e) => e.name);
const rel = (d: DocExtraction, type: string) => d.relations.filter((r) => r.type === type).map((r) => {
  const name = (id: string) => d.entities.find((e) => e.id === id)!.name;
  return `${name(r.source)}→${name(r.target)}`;
});

describe('extraction on new text', () => {
  test('a trip: leader, destination, dates, title, visits', () => {
    const d = extract('2024年3月2日 来源:合肥日报\n3月5日至7日，合肥经开区党工委书记王强带队赴上海开展招商活动，先后走访了上海电气集团、华鑫证券有限公司。');
    expect(named(d, 'Person')).toEqual(['王强']);
    expect(named(d, 'Zone')).toContain('合肥经开区');
    expect(rel(d, 'HOLDS_POSITION')).toEqual(['王强→合肥经开区']);
    expect(rel(d, 'VISITED')).toEqual(expect.arrayContaining(['王强→上海电气集团', '王强→华鑫证券有限公司']));
    const trip = d.entities.find((e) => e.type === 'Trip')!;
    expect(trip.props).toEqual({ start: '2024-03-05', end: '2024-03-07' });
    expect(rel(d, 'DESTINATION')).toEqual([`${trip.name}→上海`]);
    expect(rel(d, 'LED')).toEqual([`王强→${trip.name}`]);
  });

  test("the headline's trip told again in the text is one trip, with the text's dates", () => {
    const d = extract('岳阳市委书记王一鸥率队赴深圳开展招商活动\n2024年6月12日\n6月10日至11日，岳阳市委书记王一鸥率队赴深圳开展招商活动，走访了比亚迪股份有限公司。');
    const trips = d.entities.filter((e) => e.type === 'Trip');
    expect(trips).toHaveLength(1);
    expect(trips[0].props).toEqual({ start: '2024-06-10', end: '2024-06-11' });
    expect(rel(d, 'VISITED')).toEqual(['王一鸥→比亚迪股份有限公司']);
  });

  test('a signing list: one relation per partner, towards the host zone', () => {
    const d = extract('苏州工业园区分别与博世汽车部件有限公司、恒瑞医药集团、信达生物等12家企业进行了签约。');
    expect(rel(d, 'SIGNED_WITH').sort()).toEqual(['信达生物→苏州工业园区', '博世汽车部件有限公司→苏州工业园区', '恒瑞医药集团→苏州工业园区']);
    expect(named(d, 'Company')).toEqual(expect.arrayContaining(['信达生物']));
  });

  test('a project with its investment lands in a zone; its company invests in it', () => {
    const d = extract('投资50亿元的比亚迪股份有限公司动力电池项目落户成都天府新区。');
    const project = d.entities.find((e) => e.type === 'Project')!;
    expect(project.name).toBe('比亚迪股份有限公司动力电池项目');
    expect(project.props).toMatchObject({ investment: '50亿元', investment_yuan: 5e9 });
    expect(rel(d, 'LOCATED_IN')).toEqual(['比亚迪股份有限公司动力电池项目→成都天府新区']);
    expect(rel(d, 'INVESTS_IN')).toEqual(['比亚迪股份有限公司→比亚迪股份有限公司动力电池项目']);
  });

  test('an event: where it is held, who attends and in what role, chained titles', () => {
    const d = extract('2024年5月8日\n5月8日，2024中国武汉投资推介会在武汉举行，湖北省委常委、武汉市委书记郭元出席并致辞，武汉市副市长陈华主持。');
    expect(named(d, 'Event')).toEqual(['2024中国武汉投资推介会']);
    expect(rel(d, 'LOCATED_IN')).toEqual(['2024中国武汉投资推介会→武汉市']);
    expect(rel(d, 'HOLDS_POSITION').sort()).toEqual(['郭元→武汉市', '郭元→湖北', '陈华→武汉市']);
    expect(d.entities.find((e) => e.name === '湖北')!.aliases).toEqual(['湖北省']);
    const titles = d.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => r.props?.title).sort();
    expect(titles).toEqual(['副市长', '市委书记', '省委常委']);
    expect(rel(d, 'ATTENDED').sort()).toEqual(['郭元→2024中国武汉投资推介会', '陈华→2024中国武汉投资推介会']);
    const roles = d.relations.filter((r) => r.type === 'ATTENDED').map((r) => r.props?.role).sort();
    expect(roles).toEqual(['主持', '致辞']);
  });

  test('a meeting with a named partner, and organisations and bodies by their heads', () => {
    const d = extract('郑州航空港区管委会主任赵亮与宇通客车股份有限公司董事长汤玉祥座谈，河南省商务厅、郑州大学、河南省汽车行业协会有关负责人参加。');
    expect(rel(d, 'MET_WITH')).toEqual(['赵亮→汤玉祥']);
    expect(rel(d, 'HOLDS_POSITION')).toContain('汤玉祥→宇通客车股份有限公司');
    expect(named(d, 'GovernmentBody')).toContain('河南省商务厅');
    expect(named(d, 'Organization')).toEqual(expect.arrayContaining(['郑州大学', '河南省汽车行业协会']));
  });

  test('traditional script: names as written, simplified forms as aliases', () => {
    const d = extract('廣州開發區黨工委書記陳明帶隊赴深圳，走訪華潤集團。');
    const zone = d.entities.find((e) => e.type === 'Zone')!;
    expect(zone.name).toBe('廣州開發區');
    expect(zone.aliases).toContain('广州开发区');
    expect(named(d, 'Person')).toEqual(['陳明']);
    expect(rel(d, 'HOLDS_POSITION')).toEqual(['陳明→廣州開發區']);
  });

  test('traditional script: a visit during a trip', () => {
    const d = extract('標題\n廣州開發區黨工委書記陳明帶隊赴深圳開展招商活動，先後走訪華潤集團、騰訊公司。');
    expect(rel(d, 'VISITED').sort()).toEqual(['陳明→華潤集團', '陳明→騰訊公司']);
  });

  test('generic phrases before a zone or project word name nothing', () => {
    const d = extract('标题\n此次活动充分展现高新区的营商环境。在核心区高新区的带动下，一批汽车零部件项目、服务业项目在绵阳落地，实施了一批公园、绿地、河道治理等生态项目。');
    expect(named(d, 'Zone')).toEqual(['高新区']);
    expect(named(d, 'Project')).toEqual([]);
  });

  test('a list of named projects sharing one 项目, and a count of projects is no project', () => {
    const d = extract('标题\n今年以来，总投资120亿元的18个项目集中开工，推动宁德时代二期、中创新航基地、蜂巢能源电芯等项目快速落位常州经开区。');
    expect(named(d, 'Project').sort()).toEqual(['中创新航基地', '宁德时代二期', '蜂巢能源电芯']);
  });

  test("a company's departments are not organs of state; a national ministry is", () => {
    const d = extract('标题\n商务部、工业和信息化部有关负责同志，东风汽车集团战略规划部、采购部、工程部负责人参加签约仪式。');
    const bodies = named(d, 'GovernmentBody');
    expect(bodies).toContain('商务部');
    expect(bodies).not.toEqual(expect.arrayContaining(['采购部']));
    expect(bodies).not.toEqual(expect.arrayContaining(['工程部']));
  });

  test("an event's year and edition forms are one entity, named by the longest", () => {
    const d = extract('标题\n2023(第六届)中国西部国际投资贸易洽谈会在重庆开幕。本届中国西部国际投资贸易洽谈会吸引了众多客商，而2023西部国际投资贸易洽谈会签约额创新高。');
    expect(named(d, 'Event')).toEqual(['2023(第六届)中国西部国际投资贸易洽谈会']);
  });

  test('a person named before a zone is not part of its name', () => {
    const d = extract('标题\n为落实省委书记王宁到昆明经开区调研指示精神，昆明经开区召开专题会议。');
    expect(named(d, 'Person')).toEqual(['王宁']);
    expect(named(d, 'Zone')).toEqual(['昆明经开区']);
    expect(rel(d, 'VISITED')).toEqual(['王宁→昆明经开区']);
  });

  test('企业 refers to the company just named only before a title', () => {
    const d = extract('标题\n3月2日，青岛西海岸新区党工委书记周安带队赴深圳开展招商活动。在比亚迪股份有限公司，周安在企业负责人王传福的陪同下参观了生产车间。走访企业总部是新区今年的重要任务。');
    expect(rel(d, 'HOLDS_POSITION')).toContain('王传福→比亚迪股份有限公司');
    expect(rel(d, 'VISITED')).toEqual(['周安→比亚迪股份有限公司']);
  });

  test('a whole article from another province (tests/fixtures/hefei-trip.txt)', () => {
    const text = fs.readFileSync(path.join(__dirname, 'fixtures', 'hefei-trip.txt'), 'utf8');
    const d = extract(text);
    expect(named(d, 'Company')).toEqual(expect.arrayContaining([
      '上海微电子装备（集团）股份有限公司', '国仪量子技术（合肥）股份有限公司', '商汤科技', '联影医疗', '信达生物', '博瑞医药',
    ]));
    expect(rel(d, 'HOLDS_POSITION').sort()).toEqual(['孙勇→合肥市', '张宏伟→合肥高新区', '徐冰→商汤科技', '虞爱华→合肥市', '虞爱华→安徽']);
    expect(rel(d, 'ATTENDED').sort()).toEqual(['孙勇→合肥高新区（上海）投资环境推介会', '虞爱华→合肥高新区（上海）投资环境推介会']);
    expect(rel(d, 'SIGNED_WITH')).toContain('国仪量子技术（合肥）股份有限公司→合肥高新区');
    expect(rel(d, 'VISITED')).toEqual(expect.arrayContaining(['张宏伟→商汤科技', '张宏伟→苏州工业园区', '张宏伟→博瑞医药']));
    expect(rel(d, 'LOCATED_IN')).toContain('国仪量子精密测量产业园项目→合肥高新区');
  });

  test('a signing ceremony in a new area (tests/fixtures/chengdu-signing.txt)', () => {
    const d = extract(fs.readFileSync(path.join(__dirname, 'fixtures', 'chengdu-signing.txt'), 'utf8'));
    const zone = d.entities.find((e) => e.type === 'Zone')!;
    expect(named(d, 'Zone')).toEqual(['成都天府新区']);
    expect(zone.aliases).toContain('天府新区');
    expect(named(d, 'Event')).toEqual(['成都天府新区2024年第二季度重大项目集中签约活动']);
    expect(named(d, 'GovernmentBody')).toEqual([]);
    expect(rel(d, 'HOLDS_POSITION').sort()).toEqual(['曹立军→四川', '曹立军→成都', '李维→成都天府新区', '陈历章→成都', '陈历章→成都天府新区']);
    expect(rel(d, 'ATTENDED').sort()).toEqual(['曹立军→成都天府新区2024年第二季度重大项目集中签约活动', '陈历章→成都天府新区2024年第二季度重大项目集中签约活动']);
    expect(rel(d, 'SIGNED_WITH').sort()).toEqual(['中国电子科技集团有限公司→成都天府新区', '京东方科技集团股份有限公司→成都天府新区', '通威股份→成都天府新区']);
    expect(rel(d, 'LOCATED_IN')).toContain('京东方第6代柔性显示面板生产线项目→成都天府新区');
  });

  test("a county's own news: 我县, titles without a body, companions (tests/fixtures/yudu-county.txt)", () => {
    const d = extract(fs.readFileSync(path.join(__dirname, 'fixtures', 'yudu-county.txt'), 'utf8'));
    const county = d.entities.find((e) => e.name === '于都县')!;
    expect(county.type).toBe('Place');
    expect(county.aliases).toContain('我县');
    expect(named(d, 'Event')).toEqual(['2023于都县（深圳）招商推介会']);
    expect(rel(d, 'HOLDS_POSITION')).toEqual(expect.arrayContaining(['黄小平→于都县', '钟明→于都县', '刘建国→江西省商务厅', '胡志强→深圳江西商会', '张华荣→华坚集团']));
    const trip = d.entities.find((e) => e.type === 'Trip')!;
    expect(rel(d, 'ATTENDED')).toEqual(expect.arrayContaining([`钟明→${trip.name}`, '黄小平→2023于都县（深圳）招商推介会', '刘建国→2023于都县（深圳）招商推介会']));
    expect(rel(d, 'VISITED').sort()).toEqual(['黄小平→东莞市华坚鞋业有限公司', '黄小平→欧菲光科技股份有限公司']);
    expect(rel(d, 'MET_WITH')).toEqual(['黄小平→张华荣']);
    expect(rel(d, 'SIGNED_WITH')).toEqual(expect.arrayContaining(['深圳市汇川技术股份有限公司→于都县', '比亚迪汽车工业有限公司→于都县']));
  });
});
