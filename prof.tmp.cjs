const fs = require('fs'), path = require('path');
const { extractDocument } = require('./dist/src/extract/index.js');
const { readDocument } = require('./dist/src/read/document.js');
const docs = fs.readdirSync('samples').map((f) => readDocument(path.join('samples', f)));
extractDocument(docs[0]);
const t = Date.now();
for (let i = 0; i < 120; i++) for (const d of docs) extractDocument(d);
console.log('ms', Date.now() - t);
