// What the viewer shows for stored values: dates in the interface's language, evidence without pinyin glosses.
import { readableDate, readableText } from '../../viewer/src/names';

test('dates read as Chinese dates; an unknown year is left out, not shown as --', () => {
  expect(readableDate('--06-14')).toBe('6月14日');
  expect(readableDate('2023-06-14')).toBe('2023年6月14日');
  expect(readableDate('2023-06')).toBe('2023年6月');
  expect(readableDate('去年')).toBe('去年');
});

test('in the English interface, dates read as English dates, an unknown year left out', () => {
  expect(readableDate('--06-14', 'en')).toBe('14 June');
  expect(readableDate('2023-06-14', 'en')).toBe('14 June 2023');
  expect(readableDate('2023-06', 'en')).toBe('June 2023');
});

test('evidence is shown without the pinyin glosses some sites add', () => {
  expect(readableText('長春新區(qū)與吉林(jílín)省簽約。')).toBe('長春新區與吉林省簽約。');
  expect(readableText('总投资(约)5亿元')).toBe('总投资(约)5亿元');
});
