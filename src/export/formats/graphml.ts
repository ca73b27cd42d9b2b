// GraphML with typed keys (int, double, boolean, string), declared once per
// domain; lists, which GraphML has no type for, are JSON arrays in a string.
import type { KgGraph } from '../load';
import { escapeXml } from '../picture/text';
import { attributeTypes, type AttributeType } from './types';

const GRAPHML_TYPE: Record<AttributeType, string> = { int: 'long', double: 'double', boolean: 'boolean', string: 'string', 'string[]': 'string' };

export function toGraphML(graph: KgGraph): string {
  const nodeTypes = attributeTypes(graph.mapNodes((_n, a) => a));
  const edgeTypes = attributeTypes(graph.mapEdges((_e, a) => a));
  const id = (domain: string, k: string) => `${domain}_${k.replace(/[^A-Za-z0-9_]/g, '_')}`;
  const value = (v: unknown) => escapeXml(Array.isArray(v) ? JSON.stringify(v) : String(v));
  const data = (domain: string, a: Record<string, unknown>, types: Map<string, AttributeType>) =>
    [...types.keys()].filter((k) => a[k] !== undefined && a[k] !== null).map((k) => `<data key="${id(domain, k)}">${value(a[k])}</data>`).join('');
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'];
  for (const [k, t] of nodeTypes) lines.push(`  <key id="${id('n', k)}" for="node" attr.name="${escapeXml(k)}" attr.type="${GRAPHML_TYPE[t]}"/>`);
  for (const [k, t] of edgeTypes) lines.push(`  <key id="${id('e', k)}" for="edge" attr.name="${escapeXml(k)}" attr.type="${GRAPHML_TYPE[t]}"/>`);
  lines.push('  <graph edgedefault="directed">');
  graph.forEachNode((n, a) => lines.push(`    <node id="${escapeXml(n)}">${data('n', a, nodeTypes)}</node>`));
  graph.forEachEdge((e, a, s, t) => lines.push(`    <edge id="${escapeXml(e)}" source="${escapeXml(s)}" target="${escapeXml(t)}">${data('e', a, edgeTypes)}</edge>`));
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
