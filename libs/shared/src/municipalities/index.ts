export * from './municipalities';
export * from './contrast';
export * from './demo-names';
