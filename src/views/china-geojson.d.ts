// china-geojson (AntV) ships no types: province outlines by short name, and 'China' for all of them.
declare module 'china-geojson' {
  import type { FeatureCollection } from 'geojson';
  const maps: Record<string, FeatureCollection>;
  export default maps;
}
