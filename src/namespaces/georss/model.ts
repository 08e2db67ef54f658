// GeoRSS (`georss:`), Simple and GML forms, as plain data in WGS84 degrees.
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export interface GeoRss {
  point: GeoPoint | null;
  line: GeoPoint[] | null;
  /** A closed ring: the first point is repeated last. */
  polygon: GeoPoint[] | null;
  /** The lower and upper corners. */
  box: [GeoPoint, GeoPoint] | null;
  featureTypeTag: string | null;
  relationshipTag: string | null;
  featureName: string | null;
  /** Metres above the WGS84 ellipsoid. */
  elevation: number | null;
  floor: number | null;
  /** Metres. */
  radius: number | null;
}
