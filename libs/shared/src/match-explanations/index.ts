export * from './types';
export * from './render';
export * from './taxonomy-labels';
