export * from './roles.js';
export * from './permissions.js';
export * from './org.js';
export * from './api.js';
export * from './me.js';
