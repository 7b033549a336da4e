import type { EntityManager } from 'typeorm';
import { GroupWorkspace, type WriteSummary } from './group-workspace';

/**
 * After sources were withdrawn: each listing is recomputed from its remaining active sources
 * (`listing.updated`), or withdrawn when none is left (`listing.withdrawn`). Groups are not
 * re-formed: a withdrawn source only leaves its group.
 */
export async function refreshListings(
  manager: EntityManager,
  listingIds: readonly string[],
  now = new Date(),
): Promise<WriteSummary> {
  const ids = [...new Set(listingIds)];
  if (ids.length === 0) return { created: [], updated: [], withdrawn: [] };
  const workspace = new GroupWorkspace(manager, now);
  await workspace.loadListings(ids, new Set());
  for (const id of ids) if (workspace.hasListing(id)) workspace.touch(id);
  const summary = await workspace.writeListings();
  await workspace.writeGroups();
  return summary;
}
