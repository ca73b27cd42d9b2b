// Figures of the research views worked out by hand from the samples, checked on both stores.
export const FLOWS_BY_CITY = [
  { from: '长春市', to: '北京市', trips: 1, leaders: ['华景斌'], first: null, last: null },
  { from: '长春市', to: '杭州市', trips: 1, leaders: ['谢志敏'], first: null, last: null },
  { from: '长春市', to: '深圳市', trips: 1, leaders: ['华景斌'], first: null, last: null },
];

export const STARTED_IN_CHANGCHUN_NEW_AREA = { area: '长春新区', period: null, status: '开工', projects: 1, amount_yuan: 2340000000, without_amount: 0, foreign: [] };
