// Extraction on sentences written for the tests in the style of other
// regions' news (not copied from the samples).
import { TextMap } from '../src/clean/textmap';
import { cleanDocument } from '../src/clean';
import { extractClean } from '../src/extract';
import { validateExtraction } from '../src/schema/validate';
import type { DocExtraction } from '../src/schema/types';

function extract(text: string): DocExtraction {
  const out = extractClean('t.txt', text, cleanDocument(TextMap.identity(text)));
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
    expect(rel(d, 'HOLDS_POSITION')).toContain('陈华→武汉市');
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
});
