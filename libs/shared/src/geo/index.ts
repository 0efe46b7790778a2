export * from './postcode';
export * from './haversine';
export * from './pc4-centroids';
