#!/usr/bin/env node
// Composes a corpus of investment-promotion articles for benchmarks: node
// scripts/generate-corpus.mjs COUNT FOLDER [--seed N]. Articles are built
// from sentence templates of the genre (trips, visits, meetings, signings,
// projects landing in zones), the administrative divisions and the surnames
// and titles of the extraction lexicons, with a fixed seed: the same count
// and seed give the same files. People, companies and zones are drawn from
// pools that grow with the corpus, so entities recur across articles as in
// real news (a zone first seen in article 3 is named again in article 7000).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export function generateCorpus(count, folder, seed = 1) {
  const { lexicons } = require(path.join(root, 'dist/src/extract/lexicons.js'));
  const lex = lexicons();
  let state = seed >>> 0 || 1;
  const random = () => { state = (Math.imul(state, 1664525) + 1013904223) >>> 0; return state / 4294967296; };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

  const cities = [...lex.placeLevels].filter(([, level]) => level === 'city').map(([name]) => name).sort();
  const provinceOf = (city) => lex.placeProvinces.get(city) ?? '';
  const surnames = [...lex.surnames].filter((s) => s.length === 1).sort();
  const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华志建国文斌宏海峰林波辉鹏宇晨浩然俊凯雪梅玉兰新春成林光荣';
  const industry = ['新能源', '新材料', '生物医药', '智能制造', '电子信息', '汽车零部件', '装备制造', '数字经济', '现代物流', '食品加工', '节能环保', '集成电路'];
  const firm = ['华创', '恒信', '远航', '中科', '金源', '天成', '博瑞', '鼎盛', '宏达', '瑞丰', '联创', '汇通', '永泰', '嘉禾', '正邦', '星辰'];
  const officialTitles = [['市委', '书记'], ['市政府', '市长'], ['市政府', '副市长'], ['区委', '书记'], ['县委', '书记'], ['县政府', '县长']];
  const zoneKinds = ['经济技术开发区', '高新技术产业开发区', '工业园区', '综合保税区'];

  // Pools grow with the corpus: about one person per 3 articles, a company per 2, a zone per 10.
  const people = Array.from({ length: Math.max(30, Math.floor(count / 3)) }, () => `${pick(surnames)}${given[int(0, given.length - 1)]}${random() < 0.6 ? given[int(0, given.length - 1)] : ''}`);
  const companies = Array.from({ length: Math.max(40, Math.floor(count / 2)) }, (_, i) => `${pick(cities).replace(/市$/, '')}${pick(firm)}${pick(industry)}${i % 3 ? '有限公司' : '集团有限公司'}`);
  const zones = Array.from({ length: Math.max(10, Math.floor(count / 10)) }, () => { const c = pick(cities); return { city: c, name: `${c.replace(/市$/, '')}${pick(zoneKinds)}` }; });

  fs.mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const zone = pick(zones), dest = pick(cities);
    const [organ, title] = pick(officialTitles);
    const [leader, host, guest, manager] = [pick(people), pick(people), pick(people), pick(people)];
    const [c1, c2, c3] = [pick(companies), pick(companies), pick(companies)];
    const year = int(2016, 2025), month = int(1, 12), day = int(1, 28);
    const project = `${pick(firm)}${pick(industry)}产业园项目`;
    const sentences = [
      `${year}年${month}月${day}日，${provinceOf(zone.city)}${zone.city}${organ}${title}${leader}率队赴${dest}开展招商引资活动。`,
      `考察期间，${leader}一行先后走访了${c1}、${c2}，并与${c1}董事长${guest}进行座谈交流。`,
      `${leader}表示，${zone.name}区位优势明显，产业基础雄厚，欢迎更多企业到${zone.name}投资兴业。`,
      `${year}年${month}月${day + 1}日，${zone.name}${year}年招商引资项目集中签约仪式举行，${zone.name}管委会主任${host}出席并致辞。`,
      `活动现场，${c3}与${zone.name}签订投资协议，总投资${int(2, 80)}亿元的${project}将落户${zone.name}。`,
      `${c2}总经理${manager}参加签约仪式。`,
    ];
    const body = sentences.filter((_, k) => k < 2 || random() < 0.8);
    const text = `${zone.name}招商引资动态（第${i + 1}期）\n\n${body.join('')}\n本期共报道项目${int(1, 9)}个，编号${i + 1}。\n`;
    fs.writeFileSync(path.join(folder, `article-${String(i).padStart(6, '0')}.txt`), text);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { seed: { type: 'string', default: '1' } } });
  if (positionals.length !== 2) { process.stderr.write('usage: node scripts/generate-corpus.mjs COUNT FOLDER [--seed N]\n'); process.exit(2); }
  generateCorpus(Number(positionals[0]), positionals[1], Number(values.seed));
}
