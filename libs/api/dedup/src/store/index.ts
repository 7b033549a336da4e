export { lockGroups, DEDUP_LOCK_KEY } from './dedup-lock';
export {
  GroupWorkspace,
  type RegroupOptions,
  type SourceNode,
  type WriteSummary,
} from './group-workspace';
export { ListingEvent } from './listing-rows';
export {
  type CandidateIndex,
  indexedSources,
  keyIndexPays,
  loadKeyIndex,
  othersHaveSources,
  searchCandidates,
} from './blocking';
export { planChunk, type ChunkPlan, type ChunkSource, type PlanOptions } from './plan-chunk';
export { refreshListings } from './refresh-listings';
export {
  dismissCandidate,
  mergeListingGroups,
  splitSourceOut,
  type Decider,
  type DecisionOutcome,
} from './operator-decisions';
