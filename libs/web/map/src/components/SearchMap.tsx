import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { useQuery } from '@apollo/client/react';
import {
  AppConfigDocument,
  type BoundsInput,
  type SearchInput,
  SearchMapDocument,
  type SearchMapQuery,
} from '@passerelle/web-data-access';
import {
  ClusterMarker,
  countLabel,
  MapResize,
  MapView,
  type MapViewport,
  PointMarker,
  useFitBounds,
} from '@passerelle/web-ui/map';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  FRANCE,
  PLACE_ZOOM,
  formatPeriod,
  mapInput,
  mapSummary,
  stackPoints,
} from '../lib/map-state';
import { useListSync } from './useListSync';
import './search-map.css';

export interface SearchMapProps {
  /** The page's search (filters, words, place). */
  readonly input: SearchInput;
  /** The zone applied by "Rechercher dans cette zone", if any. */
  readonly zone?: BoundsInput | null;
  /** Centre of the first view when there is no zone (the searched place). */
  readonly place?: { readonly lat: number; readonly lon: number } | null;
  /** Applies the viewport as the search zone (the page puts it in its URL). */
  readonly onSearchArea?: (bounds: BoundsInput) => void;
  /** Removes the zone (back to anywhere). */
  readonly onClearArea?: () => void;
  /** Id of the results list, to highlight and scroll to a card. Default `resultats`. */
  readonly listId?: string;
}

const DEBOUNCE_MS = 250;
const NONE: readonly string[] = [];
/** Target of the « Passer la carte » skip link. */
const AFTER_MAP_ID = 'apres-carte';

/**
 * The search map: every listing matching the page's search, clustered by the server when
 * zoomed out, as points when few; a point opens a summary and highlights its card, a hovered
 * or focused card highlights its point; "Rechercher dans cette zone" after a move. On small
 * screens a "Liste / Carte" control toggles the list and the map (list first).
 */
export function SearchMap({
  input,
  zone,
  place,
  onSearchArea,
  onClearArea,
  listId = 'resultats',
}: SearchMapProps) {
  const [view, setView] = useState<'liste' | 'carte'>('liste');
  const [viewport, setViewport] = useState<MapViewport | null>(null);
  /** The zone (by value) in force when the user last moved the map: the button shows then. */
  const [movedIn, setMovedIn] = useState<string | null>(null);
  /** The listings of the point last clicked (several when they share its place). */
  const [selected, setSelected] = useState<readonly string[]>(NONE);
  const hovered = useListSync(listId, selected);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const config = useQuery(AppConfigDocument);
  const tiles = {
    url: config.data?.appConfig.mapTileUrl ?? null,
    attribution: config.data?.appConfig.mapAttribution ?? '',
  };

  const variables = useMemo(
    () =>
      viewport
        ? { input: mapInput(input), zoom: viewport.zoom, bounds: viewport.bounds }
        : undefined,
    [input, viewport],
  );
  const result = useQuery(SearchMapDocument, {
    variables: variables!,
    skip: !variables,
  });
  const map = (result.data ?? result.previousData)?.searchMap;

  const zoneKey = zone ? JSON.stringify(zone) : '';
  const moved = movedIn === zoneKey;
  const onMove = useCallback(
    (next: MapViewport & { byUser: boolean }) => {
      clearTimeout(timer.current);
      if (next.byUser) setMovedIn(zoneKey);
      timer.current = setTimeout(
        () => setViewport({ zoom: next.zoom, bounds: next.bounds }),
        DEBOUNCE_MS,
      );
    },
    [zoneKey],
  );
  useEffect(() => () => clearTimeout(timer.current), []);

  const fitBox = zone ?? (place ? null : FRANCE);
  const highlighted = selected.length > 0 ? selected : hovered ? [hovered] : NONE;

  return (
    <section className="pass-search-map" data-view={view} aria-label="Carte des résultats">
      <div className="pass-search-map__toggle">
        <SegmentedControl
          hideLegend
          legend="Affichage des résultats"
          small
          segments={[
            {
              label: 'Liste',
              iconId: 'fr-icon-list-unordered',
              nativeInputProps: { checked: view === 'liste', onChange: () => setView('liste') },
            },
            {
              label: 'Carte',
              iconId: 'fr-icon-map-pin-2-line',
              nativeInputProps: { checked: view === 'carte', onChange: () => setView('carte') },
            },
          ]}
        />
      </div>
      <div className="pass-search-map__body">
        <a
          className={`${fr.cx('fr-link')} pass-search-map__skip`}
          href={`#${AFTER_MAP_ID}`}
          onClick={(event) => {
            const target = document.getElementById(AFTER_MAP_ID);
            if (!target) return;
            event.preventDefault();
            target.focus();
          }}
        >
          Passer la carte
        </a>
        <p className={fr.cx('fr-text--sm', 'fr-mb-1w')} aria-live="polite">
          {map ? mapSummary(map) : 'Chargement de la carte…'}
        </p>
        <div className="pass-search-map__frame">
          <MapView
            center={place ?? { lat: 46.6, lon: 2.4 }}
            zoom={place ? PLACE_ZOOM : 5}
            bounds={fitBox}
            tiles={tiles}
            label="Carte des annonces : flèches pour se déplacer, plus et moins pour zoomer"
            onMove={onMove}
          >
            <MapResize token={view} />
            <MapLayers
              clusters={map?.clusters ?? []}
              points={map?.points ?? []}
              highlighted={highlighted}
              onSelect={setSelected}
            />
          </MapView>
        </div>
        <div className={fr.cx('fr-mt-1w')} id={AFTER_MAP_ID} tabIndex={-1}>
          {moved && viewport && onSearchArea ? (
            <Button
              size="small"
              priority="secondary"
              iconId="fr-icon-search-line"
              onClick={() => {
                setMovedIn(null);
                onSearchArea(viewport.bounds);
              }}
            >
              Rechercher dans cette zone
            </Button>
          ) : null}
          {zone && onClearArea ? (
            <Button
              size="small"
              priority="tertiary"
              iconId="fr-icon-close-line"
              className={fr.cx('fr-ml-1w')}
              onClick={onClearArea}
            >
              Ne plus limiter à la zone
            </Button>
          ) : null}
        </div>
      </div>
    </section>
  );
}

type MapData = SearchMapQuery['searchMap'];

function MapLayers({
  clusters,
  points,
  highlighted,
  onSelect,
}: {
  readonly clusters: MapData['clusters'];
  readonly points: MapData['points'];
  readonly highlighted: readonly string[];
  readonly onSelect: (listingIds: readonly string[]) => void;
}) {
  const fitBounds = useFitBounds();
  // Not again at every hover (the highlighted listing changes, not the points).
  const stacks = useMemo(() => stackPoints(points), [points]);
  return (
    <>
      {clusters.map((cluster) => (
        <ClusterMarker
          key={`c${cluster.lat},${cluster.lon}`}
          position={cluster}
          count={cluster.count}
          onClick={() => fitBounds(cluster.bounds)}
        />
      ))}
      {stacks.map((stack) => {
        const first = stack[0]!;
        const ids = stack.map((point) => point.listingId);
        const many = stack.length > 1;
        return (
          <PointMarker
            key={`p${first.lat},${first.lon}`}
            position={first}
            label={
              many
                ? `${countLabel(stack.length)} à cet endroit${first.city ? ` (${first.city})` : ''}`
                : first.title
            }
            count={stack.length}
            selected={ids.some((id) => highlighted.includes(id))}
            onClick={() => onSelect(ids)}
            popup={
              many ? (
                <div>
                  <p className={fr.cx('fr-text--bold', 'fr-mb-1v')}>
                    {countLabel(stack.length)} à cet endroit
                  </p>
                  <ul className={`${fr.cx('fr-mb-0')} pass-map-stack`}>
                    {stack.map((point) => (
                      <li key={point.listingId}>
                        <PointSummary point={point} />
                      </li>
                    ))}
                  </ul>
                </div>
              ) : (
                <PointSummary point={first} />
              )
            }
          />
        );
      })}
    </>
  );
}

/** What a point's popup says of one listing, with its link. */
function PointSummary({ point }: { readonly point: MapData['points'][number] }) {
  const period = formatPeriod(point.startsAt, point.endsAt);
  return (
    <div>
      <p className={fr.cx('fr-text--bold', 'fr-mb-1v')}>{point.title}</p>
      {point.organizationName ? (
        <p className={fr.cx('fr-mb-1v')}>{point.organizationName}</p>
      ) : null}
      {point.city ? <p className={fr.cx('fr-mb-1v')}>{point.city}</p> : null}
      {period ? <p className={fr.cx('fr-mb-1v')}>{period}</p> : null}
      <Link
        to={`/annonces/${encodeURIComponent(point.listingId)}`}
        aria-label={`Voir l’annonce « ${point.title} »`}
      >
        Voir l’annonce
      </Link>
    </div>
  );
}

export default SearchMap;
