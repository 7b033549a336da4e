export { SearchScreen, type SearchScreenProps } from './components/SearchScreen';
export { SearchLayout, RESULTS_ID, type SearchLayoutProps } from './components/SearchLayout';
export { useSearchUrlState, type SearchUrlStateApi } from './hooks/useSearchUrlState';
export {
  changeSearch,
  EMPTY_SEARCH,
  formatSearchParams,
  PAGE_SIZE,
  parseSearchParams,
  searchPath,
  toSearchInput,
  type SearchPlace,
  type SearchZone,
  type SearchUrlState,
} from './lib/url-state';
