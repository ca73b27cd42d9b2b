const neo4j = require('neo4j-driver');
const fs = require('fs');
(async () => {
  const d = neo4j.driver('bolt://127.0.0.1:7699', neo4j.auth.basic('neo4j', 'testpass123'));
  const st = fs.readFileSync('/tmp/s.cypher', 'utf8').split('\n').filter(l => l && !l.startsWith('//'));
  await d.executeQuery('MATCH (n) DETACH DELETE n');
  for (let pass = 0; pass < 2; pass++) {
    const s = d.session(); const t0 = Date.now(); const slow = [];
    for (const x of st) { const t = Date.now(); await s.run(x); const dt = Date.now() - t; if (dt > 200) slow.push(dt + ' ' + x.length + ' ' + x.slice(0, 40) + ' … ' + x.slice(-90)); }
    await s.close(); console.log('pass', pass, Date.now() - t0, 'ms'); console.log(slow.join('\n'));
  }
  await d.close();
})();
