// The namespace rooms: the dispatcher the format mappers call, and the models they expose.
export { readForeign, withChannelNamespaces, withItemNamespaces, MAX_EXTENSIONS, type Foreign, type Level } from './dispatch.js';
export type * from './types.js';
