import { useQuery } from '@apollo/client/react';
import { CommunesDocument } from '@passerelle/web-data-access';
import { useMemo } from 'react';
import { useDebouncedValue } from './useDebouncedValue';

export interface CommuneSuggestion {
  readonly id: string;
  readonly label: string;
  readonly departmentName: string;
  readonly lat: number;
  readonly lon: number;
}

const MIN_LENGTH = 2;
const SUGGESTIONS = 8;
const DEBOUNCE_MS = 200;

/**
 * Communes starting with the typed text, asked to the API once typing pauses. While the next
 * answer loads, the previous suggestions stay (the list does not blink); `settledFor` is the
 * text the suggestions answer once loaded, '' while they may lag behind.
 */
export function useCommuneSuggestions(text: string): {
  readonly suggestions: readonly CommuneSuggestion[];
  readonly settledFor: string;
  readonly loading: boolean;
} {
  const query = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  const skip = query.length < MIN_LENGTH;
  const { data, previousData, loading } = useQuery(CommunesDocument, {
    variables: { query, first: SUGGESTIONS },
    skip,
  });
  const suggestions = useMemo(
    () =>
      skip
        ? []
        : ((data ?? previousData)?.communes ?? []).flatMap((commune) =>
            commune.lat === null || commune.lon === null
              ? [] // a commune without a centroid cannot be searched around
              : [
                  {
                    id: commune.inseeCode,
                    label: commune.label,
                    departmentName: commune.departmentName,
                    lat: commune.lat,
                    lon: commune.lon,
                  },
                ],
          ),
    [data, previousData, skip],
  );
  const settled = !skip && !loading && data !== undefined && query === text.trim();
  return { suggestions, settledFor: settled ? query : '', loading: !skip && loading };
}
