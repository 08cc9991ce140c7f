// The journal's search: the field, its results and the hook that keeps the index up to date.
export { SearchField } from './SearchField';
export { SearchResults } from './SearchResults';
export { useSearchIndexSync } from './useSearchIndexSync';
