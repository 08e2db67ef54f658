// Where an issue is: line and column from an offset, and a readable element path.
import { clip, LineIndex, type XmlElement } from '../xml/index.js';

export { LineIndex };

/** Parents with more children than this get their sibling indexes computed once and kept. */
const INDEXED_PARENT = 64;
const siblingIndexes = new WeakMap<XmlElement, Map<XmlElement, { index: number; count: number }>>();

/** The element's 1-based index among same-named siblings, and how many there are. */
function siblingIndexOf(element: XmlElement): { index: number; count: number } {
  const parent = element.parent;
  if (parent === null) return { index: 1, count: 1 };
  const children = parent.children;
  if (children.length <= INDEXED_PARENT) {
    let index = 0;
    let count = 0;
    for (const child of children) {
      if (typeof child === 'string' || child.local !== element.local || child.ns !== element.ns) continue;
      count++;
      if (child === element) index = count;
    }
    return { index, count };
  }
  let indexes = siblingIndexes.get(parent);
  if (indexes === undefined) {
    const totals = new Map<string, number>();
    for (const child of children) {
      if (typeof child !== 'string') totals.set(keyOf(child), (totals.get(keyOf(child)) ?? 0) + 1);
    }
    const seen = new Map<string, number>();
    indexes = new Map();
    for (const child of children) {
      if (typeof child === 'string') continue;
      const key = keyOf(child);
      const index = (seen.get(key) ?? 0) + 1;
      seen.set(key, index);
      indexes.set(child, { index, count: totals.get(key)! });
    }
    siblingIndexes.set(parent, indexes);
  }
  return indexes.get(element) ?? { index: 1, count: 1 };
}

function keyOf(element: XmlElement): string {
  return `${element.ns} ${element.local}`;
}

/**
 * The element's path below the root, as written: `channel/item[3]/pubDate`. An index (1-based)
 * appears where siblings share the name. The root itself is named by its own name.
 */
export function pathOf(element: XmlElement): string {
  if (element.parent === null) return clip(element.name);
  const segments: string[] = [];
  for (let e: XmlElement | null = element; e !== null && e.parent !== null; e = e.parent) {
    const { index, count } = siblingIndexOf(e);
    segments.push(count > 1 ? `${clip(e.name)}[${index}]` : clip(e.name));
  }
  return segments.reverse().join('/');
}
