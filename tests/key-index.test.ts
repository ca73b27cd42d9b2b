import { KeyIndex } from '../src/store/key-index';

describe('KeyIndex: which keys a node table may hold, in the order it stores them', () => {
  test('keys read from the table and keys appended after them come back in row order; keys never stored are left out', () => {
    const index = new KeyIndex();
    index.add('Person:王芳|湖南省', 2);
    index.add('Person:李强|四川省', 0);
    index.add('Zone:成都高新区', 1);
    index.append(['Company:宁德时代', 'Company:比亚迪']); // rows 3 and 4
    const asked = ['Company:比亚迪', 'Person:张伟|河北省', 'Person:王芳|湖南省', 'Company:宁德时代', 'Person:李强|四川省'];
    expect(index.stored(asked, (k) => k)).toEqual(['Person:李强|四川省', 'Person:王芳|湖南省', 'Company:宁德时代', 'Company:比亚迪']);
  });

  test('rows are ordered by their key, whatever else they carry', () => {
    const index = new KeyIndex();
    index.append(['a', 'b', 'c']);
    const rows = [{ key: 'c', name: 'C' }, { key: 'a', name: 'A' }, { key: 'x', name: 'X' }];
    expect(index.stored(rows, (r) => r.key).map((r) => r.name)).toEqual(['A', 'C']);
  });
});
