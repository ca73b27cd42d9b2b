// Preloaded with --require: loading either store's package fails as it does
// on a machine where LadybugDB's native binary is missing (ERR_DLOPEN_FAILED),
// to show which commands need no store.
const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === '@ladybugdb/core' || request === 'neo4j-driver') {
    throw Object.assign(new Error(`${request}: not available on this machine`), { code: 'ERR_DLOPEN_FAILED' });
  }
  return load.call(this, request, ...rest);
};
