/**
 * XML parts of an OOXML package as a small ordered tree (fast-xml-parser, order kept), refusing
 * broken XML with the part's name. Pure.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ImportError } from '../source-text.ts';

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Character data, for name === '#text'. */
  text?: string;
}

const parser = new XMLParser({
  preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false,
  parseTagValue: false, parseAttributeValue: false, processEntities: true,
  // Numeric character references (&#160;, &#x1EC7;) are decoded only with this on.
  htmlEntities: true,
  // Real documents nest tables in text boxes in tables; deeper than this is damage or an attack.
  maxNestedTags: 400,
});

type Raw = Record<string, unknown>;

/** fast-xml-parser's ordered output → XmlNode, without recursion (documents may nest deeply). */
function convert(raw: Raw[]): XmlNode[] {
  const root: XmlNode[] = [];
  const stack: { items: Raw[]; into: XmlNode[] }[] = [{ items: raw, into: root }];
  while (stack.length) {
    const { items, into } = stack.pop()!;
    for (const item of items) {
      for (const key of Object.keys(item)) {
        if (key === ':@') continue;
        if (key === '#text') { into.push({ name: '#text', attrs: {}, children: [], text: String(item[key]) }); continue; }
        const node: XmlNode = { name: key, attrs: (item[':@'] as Record<string, string>) ?? {}, children: [] };
        into.push(node);
        if (Array.isArray(item[key])) stack.push({ items: item[key] as Raw[], into: node.children });
      }
    }
  }
  return root;
}

export function parseXml(xml: string, part: string, what = 'damaged .docx'): XmlNode[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new ImportError(`${what}: ${part} is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  try {
    return convert(parser.parse(xml) as Raw[]);
  } catch (e) {
    throw new ImportError(`${what}: ${part} cannot be read (${(e as Error).message})`);
  }
}

/** First element child named `name`. */
export const child = (n: XmlNode, name: string) => n.children.find((c) => c.name === name);
export const children = (n: XmlNode, name: string) => n.children.filter((c) => c.name === name);
