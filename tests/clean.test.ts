import { articleDate } from '../src/clean/date';
import { TextMap } from '../src/clean/textmap';
import { removeBoilerplate } from '../src/clean/boilerplate';
import { removePinyinGlosses } from '../src/clean/pinyin';
import { collapseRepeats } from '../src/clean/repeats';
import { cleanDocument } from '../src/clean';
import { isTraditional, simplify } from '../src/clean/script';
import { removeSpacesInsideWords } from '../src/clean/width';
import { decode } from '../src/read/decode';
import { htmlToTextMap } from '../src/read/html';
import iconv from 'iconv-lite';

const map = (s: string) => TextMap.identity(s);

describe('cleaning keeps offsets into the original', () => {
  test('removed ranges map back to the original text', () => {
    const original = '合肥高新区(gāoxīnqū)举行签约仪式。';
    const cleaned = removePinyinGlosses(map(original));
    expect(cleaned.text).toBe('合肥高新区举行签约仪式。');
    const at = cleaned.text.indexOf('举行');
    const { start, end } = cleaned.toOriginal(at, at + 2);
    expect(original.slice(start, end)).toBe('举行');
  });

  test('pinyin glosses go, repeated and neutral-tone ones too, other brackets stay', () => {
    expect(removePinyinGlosses(map('成都(chéngdū)天府新区推动项目的(de)(de)建设')).text).toBe('成都天府新区推动项目的建设');
    expect(removePinyinGlosses(map('西安大医集团(长春)与5G(IP)合作')).text).toBe('西安大医集团(长春)与5G(IP)合作');
    // A name's gloss is capitalised; an abbreviation or a brand is no gloss.
    expect(removePinyinGlosses(map('党工委书记王军（Wáng Jūn）率队赴日本')).text).toBe('党工委书记王军率队赴日本');
    expect(removePinyinGlosses(map('地区生产总值(GDP)与苹果(Apple)')).text).toBe('地区生产总值(GDP)与苹果(Apple)');
    // In square brackets, and with a tone mark between characters without any.
    expect(removePinyinGlosses(map('州委书记杨永英[yáng yǒng yīng]率团赴广州')).text).toBe('州委书记杨永英率团赴广州');
    expect(removePinyinGlosses(map('市委书记 shū jì 韩杰 hán jié 出席')).text).toBe('市委书记韩杰出席');
    expect(removePinyinGlosses(map('采用 AI 技术与 LED 屏')).text).toBe('采用 AI 技术与 LED 屏');
  });

  test('boilerplate: captions, credits, editor lines and the tail after the article', () => {
    const text = [
      '苏州工业园区举行招商推介会',
      '来源:新华网 2024-03-02',
      '园区管委会主任出席并致辞。',
      '苏州工业园区举行招商推介会_fororder_现场图',
      '推介会现场 供图 园区宣传部',
      '会上签约项目12个,总投资80亿元。(记者 张三)',
      '责任编辑:李四',
      '相关推荐',
      '- 另一条无关新闻',
    ].join('\n');
    const out = removeBoilerplate(map(text)).text;
    expect(out).toContain('园区管委会主任出席并致辞。');
    expect(out).toContain('会上签约项目12个,总投资80亿元。');
    for (const gone of ['_fororder_', '供图', '记者 张三', '责任编辑', '相关推荐', '无关新闻']) expect(out).not.toContain(gone);
    // A paper's tag opening a paragraph goes; the sentence after it stays whole.
    expect(removeBoilerplate(map('【大公报讯】记者陈文报道：东莞市长吕成蹊昨日访港。\n本报讯（记者 周敏）12月5日，签约仪式举行。')).text)
      .toBe('东莞市长吕成蹊昨日访港。\n12月5日，签约仪式举行。');
    // A page's title loses the site's name; its information line (posted, source, views) goes.
    expect(removeBoilerplate(map('我县举行重点项目集中开工仪式_泰和县人民政府\n发布时间：2024-04-18 来源：县融媒体中心 浏览次数：1234\n4月17日，开工仪式举行。')).text)
      .toBe('我县举行重点项目集中开工仪式\n4月17日，开工仪式举行。');
  });

  test('navigation runs are dropped, prose lines kept', () => {
    const out = removeBoilerplate(map('正文第一段讲述项目落地情况。\n新闻\n文娱\n体育\n财经\n正文第二段。')).text;
    expect(out).not.toMatch(/文娱|体育/);
    expect(out).toContain('正文第二段');
  });

  test('a body printed twice comes out once; a headline glued to the body loses its copy', () => {
    const text = '武汉光谷举行签约仪式\n武汉光谷举行签约仪式在武汉东湖高新区,十个项目签约落位。\n第二段内容较长的正文。\n武汉东湖高新区,十个项目签约落位。\n第二段内容较长的正文。';
    const out = collapseRepeats(map(text)).text;
    expect(out.match(/第二段内容较长的正文/g)).toHaveLength(1);
    expect(out.split('\n')[1]).toBe('在武汉东湖高新区,十个项目签约落位。');
  });

  test('traditional script is detected and simplified at equal length', () => {
    const t = '廣州開發區與華為公司簽訂戰略合作協議';
    expect(isTraditional(t)).toBe(true);
    expect(isTraditional('广州开发区与华为公司签订战略合作协议')).toBe(false);
    expect(simplify(t)).toBe('广州开发区与华为公司签订战略合作协议');
    const clean = cleanDocument(map(t));
    expect(clean.map.text).toBe(t);
    expect(clean.simplified).toHaveLength(t.length);
  });

  test('full-width digits and letters read as ASCII at equal length; padded names and spread letters close up, field labels stay apart', () => {
    const original = '２０２４年１１月８日，高新区党工委书记　王　磊出席。总投资１５６．８亿元，占比５％。';
    const clean = cleanDocument(map(original));
    expect(clean.simplified).toBe('2024年11月8日，高新区党工委书记王磊出席。总投资156.8亿元，占比5%。');
    const at = clean.simplified.indexOf('王磊');
    const { start, end } = clean.map.toOriginal(at, at + 2);
    expect(original.slice(start, end)).toBe('王　磊');
    expect(removeSpacesInsideWords(map('来源:金山报 发布开发区:上海金山工业区\n吉 林 日 报 记 者')).text).toBe('来源:金山报 发布开发区:上海金山工业区\n吉林日报记者');
  });

  test('mojibake replacement characters are dropped', () => {
    expect(cleanDocument(map('项目\ufffd落地。')).simplified).toBe('项目落地。');
  });

  test('encodings: UTF-8, UTF-8 with BOM, GB18030, UTF-16', () => {
    const s = '青岛西海岸新区管委会主任王五会见客商,双方签订合作协议。';
    expect(decode(Buffer.from(s)).text).toBe(s);
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)])).text).toBe(s);
    const gb = decode(iconv.encode(s, 'gb18030'));
    expect(gb.text).toBe(s);
    expect(gb.encoding).toBe('GB18030');
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(s, 'utf16le')])).text).toBe(s);
  });

  test('HTML: text only, entities decoded, scripts and navigation left out, offsets into the markup', () => {
    const html = '<html><head><script>var x=1;</script></head><body><nav>首页</nav><p>成都&amp;重庆 签约</p></body></html>';
    const m = htmlToTextMap(html);
    expect(m.text).toContain('成都&重庆 签约');
    expect(m.text).not.toMatch(/var x|首页/);
    const at = m.text.indexOf('签约');
    const { start, end } = m.toOriginal(at, at + 2);
    expect(html.slice(start, end)).toBe('签约');
  });
});

describe('the article date', () => {
  test('from its date line, else from the address it came from: its path or a link in the text', () => {
    expect(articleDate('2026年3月5日\n林若溪带队赴深圳。')).toBe('2026-03-05');
    expect(articleDate('6月14日，林若溪带队赴深圳。', '/data/news/2021/0811/c123.html')).toBe('2021-08-11');
    expect(articleDate('6月14日，林若溪带队赴深圳。原文链接：http://www.example.gov.cn/zwgk/202112/03/t20211203_556.html')).toBe('2021-12-03');
    expect(articleDate('6月14日，林若溪带队赴深圳。', '/data/news/123456.html')).toBeUndefined();
  });
});
