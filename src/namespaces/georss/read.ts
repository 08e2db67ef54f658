// GeoRSS Simple (point, line, polygon, box and their properties) and GeoRSS GML (georss:where).
import { textOf } from '../../common/fields.js';
import type { XmlElement } from '../../xml/index.js';
import { decimalOf } from '../values.js';
import type { GeoPoint, GeoRss } from './model.js';

export const GEORSS_URIS = ['http://www.georss.org/georss', 'http://www.georss.org/georss/10'];
const GML_NS = 'http://www.opengis.net/gml';

function emptyGeoRss(): GeoRss {
  return {
    point: null, line: null, polygon: null, box: null, featureTypeTag: null, relationshipTag: null, featureName: null,
    elevation: null, floor: null, radius: null,
  };
}

const ELEMENTS: ReadonlySet<string> = new Set([
  'point', 'line', 'polygon', 'box', 'where', 'featuretypetag', 'relationshiptag', 'featurename', 'elev', 'floor', 'radius',
]);
export const knowsGeoRss = (local: string): boolean => ELEMENTS.has(local);

export function readGeoRss(element: XmlElement, geo: GeoRss | null): GeoRss | null {
  const target = geo ?? emptyGeoRss();
  const text = textOf(element);
  switch (element.local) {
    case 'point': target.point ??= pointsOf(text, 1, 1)?.[0] ?? null; break;
    case 'line': target.line ??= pointsOf(text, 2, Infinity); break;
    case 'polygon': target.polygon ??= ringOf(pointsOf(text, 4, Infinity)); break;
    case 'box': target.box ??= boxOf(pointsOf(text, 2, 2)); break;
    case 'where': readWhere(element, target); break;
    case 'featuretypetag': target.featureTypeTag ??= text; break;
    case 'relationshiptag': target.relationshipTag ??= text; break;
    case 'featurename': target.featureName ??= text; break;
    case 'elev': target.elevation ??= decimalOf(text); break;
    case 'floor': target.floor ??= decimalOf(text); break;
    case 'radius': target.radius ??= decimalOf(text); break;
    default: return geo;
  }
  return target;
}

/** georss:where holds one GML geometry: Point (pos), LineString (posList), Polygon (exterior ring), Envelope. */
function readWhere(where: XmlElement, target: GeoRss): void {
  const geometry = where.elements().find((e) => e.ns === GML_NS);
  if (geometry === undefined) return;
  switch (geometry.local) {
    case 'Point': target.point ??= pointsOf(textOf(geometry.child(GML_NS, 'pos')), 1, 1)?.[0] ?? null; break;
    case 'LineString': target.line ??= pointsOf(textOf(geometry.child(GML_NS, 'posList')), 2, Infinity); break;
    case 'Polygon': {
      const ring = geometry.child(GML_NS, 'exterior')?.child(GML_NS, 'LinearRing')?.child(GML_NS, 'posList') ?? null;
      target.polygon ??= ringOf(pointsOf(textOf(ring), 4, Infinity));
      break;
    }
    case 'Envelope': {
      const lower = textOf(geometry.child(GML_NS, 'lowerCorner'));
      const upper = textOf(geometry.child(GML_NS, 'upperCorner'));
      target.box ??= lower === null || upper === null ? null : boxOf(pointsOf(`${lower} ${upper}`, 2, 2));
      break;
    }
  }
}

/** 'lat lon lat lon …' (spaces or commas) → points; null unless every number is a coordinate and the count fits. */
function pointsOf(text: string | null, min: number, max: number): GeoPoint[] | null {
  if (text === null) return null;
  const numbers = text.split(/[\s,]+/).filter((part) => part !== '');
  if (numbers.length % 2 !== 0 || numbers.length / 2 < min || numbers.length / 2 > max) return null;
  const points: GeoPoint[] = [];
  for (let i = 0; i < numbers.length; i += 2) {
    const latitude = decimalOf(numbers[i]!);
    const longitude = decimalOf(numbers[i + 1]!);
    if (latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
    points.push({ latitude, longitude });
  }
  return points;
}

/** A polygon's ring must close on its first point. */
function ringOf(points: GeoPoint[] | null): GeoPoint[] | null {
  if (points === null) return null;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return first.latitude === last.latitude && first.longitude === last.longitude ? points : null;
}

function boxOf(points: GeoPoint[] | null): [GeoPoint, GeoPoint] | null {
  return points === null ? null : [points[0]!, points[1]!];
}
