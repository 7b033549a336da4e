/**
 * Checks that the counts of `searchPlan` (sums of cheap parts, ADR 0014) equal exhaustive
 * distinct counts, on the index of a search benchmark run (docs/performance.md, "Search"):
 *
 *   node -r @swc-node/register bench/search/check-counts.ts [--data-dir tmp/bench/search-100k]
 *        [--queries 1000] [--seed 4]
 *
 * For each query of the mix, with facets: `totalCount` and every facet count of the plan,
 * against one `page: 1, hitsPerPage: 0` query (distinct applied) for the total and the facets
 * the query does not filter on, and one per facet it filters on (its clause left out).
 * Exits 1 on any difference. Starts the servers of `--data-dir` (kept by `run.ts --keep`).
 */
import { parseArgs } from 'node:util';
import type { MultiSearchQuery } from 'meilisearch';
import { createMeilisearchClient } from '@passerelle/api-core';
import { freePort, startRuntime } from '@passerelle/api-runtime';
import {
  FACET_ATTRIBUTES,
  MAX_TOTAL_HITS,
  addCounts,
  searchFilter,
  searchPlan,
  toSearchQuery,
} from '@passerelle/api-search';
import { queryMix } from './queries';

type Facets = Record<string, Record<string, number>>;
/** Facet counts without zeros, keys sorted: comparable as JSON. */
const normalized = (facets: Facets) =>
  JSON.stringify(
    Object.fromEntries(
      Object.entries(facets)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([attribute, counts]) => [
          attribute,
          Object.fromEntries(
            Object.entries(counts)
              .filter(([, count]) => count > 0)
              .sort(([a], [b]) => a.localeCompare(b)),
          ),
        ]),
    ),
  );

async function main() {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string', default: 'tmp/bench/search-100k' },
      queries: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '4' },
    },
  });
  const runtime = await startRuntime({
    dataDir: values['data-dir'],
    postgresPort: await freePort(),
    meiliPort: await freePort(),
    ephemeral: false,
    database: 'bench',
  });
  let differences = 0;
  try {
    const meili = createMeilisearchClient(runtime.meiliUrl, runtime.meiliMasterKey);
    const now = new Date();
    const indexUid = 'listings';
    const mix = queryMix(Number(values.seed), Number(values.queries));
    for (const [n, item] of mix.entries()) {
      const query = toSearchQuery(item.input as never);
      const plan = searchPlan(query, { indexUid, facets: true, now });
      const { results } = await meili.multiSearch({ queries: plan.queries });
      const counted = addCounts(plan.count, results);
      const facets: Facets = {};
      for (const attribute of plan.countFacets) facets[attribute] = counted.facets[attribute] ?? {};
      for (const { attribute, parts } of plan.facets)
        facets[attribute] = addCounts(parts, results).facets[attribute] ?? {};

      const filtered = plan.facets.map((facet) => facet.attribute);
      const exhaustive = (filter: string[], facets: string[]): MultiSearchQuery => ({
        indexUid,
        q: query.text,
        filter,
        page: 1,
        hitsPerPage: 0,
        facets,
      });
      const reference = await meili.multiSearch({
        queries: [
          exhaustive(
            searchFilter(query, now),
            FACET_ATTRIBUTES.filter((attribute) => !filtered.includes(attribute)),
          ),
          ...filtered.map((attribute) =>
            exhaustive(searchFilter(query, now, attribute), [attribute]),
          ),
        ],
      });
      const expected: Facets = { ...(reference.results[0]?.facetDistribution ?? {}) };
      for (const [k, attribute] of filtered.entries())
        expected[attribute] = reference.results[k + 1]?.facetDistribution?.[attribute] ?? {};
      const total = Math.min(MAX_TOTAL_HITS, reference.results[0]?.totalHits ?? 0);
      if (total !== counted.listings || normalized(expected) !== normalized(facets)) {
        differences++;
        console.error(
          `query ${n} (${item.category}) ${JSON.stringify(item.input)}: total ${counted.listings}, exhaustive ${total}\n  plan       ${normalized(facets)}\n  exhaustive ${normalized(expected)}`,
        );
      }
    }
    console.log(`${mix.length} queries checked, ${differences} with a difference`);
  } finally {
    await runtime.stop();
  }
  process.exit(differences === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
