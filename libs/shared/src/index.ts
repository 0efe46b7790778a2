export * from './taxonomy';
export * from './geo';
export * from './municipalities';
export * from './match-explanations';
