#!/usr/bin/env node
// npm run neo4j -- [--port 7687] [--data ./neo4j-data]: builds (once) and
// starts a local Neo4j 5 Community with Bolt on 127.0.0.1, authentication on
// (user neo4j, password from NEO4J_PASSWORD, default kg-local-password).
// Prints "Neo4j ready at bolt://127.0.0.1:PORT" when it accepts connections;
// stops cleanly on SIGTERM or Ctrl-C. Needs Java 17+ and Maven.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const here = path.join(path.dirname(new URL(import.meta.url).pathname), 'neo4j');
const { values } = parseArgs({ options: { port: { type: 'string', default: '7687' }, data: { type: 'string', default: './neo4j-data' }, help: { type: 'boolean' } } });
if (values.help) {
  process.stdout.write('usage: npm run neo4j -- [--port 7687] [--data ./neo4j-data]\n(password: NEO4J_PASSWORD, default kg-local-password; user neo4j)\n');
  process.exit(0);
}
if (!/^\d+$/.test(values.port)) { process.stderr.write(`neo4j: --port wants a number, got "${values.port}"\n`); process.exit(2); }

const lib = path.join(here, 'target', 'lib');
if (!fs.existsSync(path.join(here, 'target', 'classes', 'kg', 'LocalNeo4j.class')) || !fs.existsSync(lib)) {
  process.stderr.write('neo4j: building the local server with Maven (the first time downloads Neo4j)…\n');
  const built = spawnSync('mvn', ['-q', '-B', 'package'], { cwd: here, stdio: 'inherit' });
  if (built.status !== 0) { process.stderr.write('neo4j: the Maven build failed\n'); process.exit(built.status ?? 1); }
}
const classpath = [path.join(here, 'target', 'classes'), path.join(lib, '*')].join(path.delimiter);
// The JVM options Neo4j's own launcher gives its server (neo4j.conf's server.jvm.additional): without the
// --add-opens its page cache and network layer fall back to slower paths ("using fallback mode" in debug.log).
const JVM_OPTIONS = [
  '-Xmx2g', '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow', '-XX:+UnlockExperimentalVMOptions', '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC', '-Djdk.nio.maxCachedBufferSize=1024', '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED', '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];
const child = spawn('java', [...JVM_OPTIONS, '-cp', classpath, 'kg.LocalNeo4j', values.port, path.resolve(values.data)], {
  stdio: 'inherit', env: { ...process.env, NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? 'kg-local-password' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
