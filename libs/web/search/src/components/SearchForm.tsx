import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { type FormEvent, useCallback, useId, useState } from 'react';
import { useCommuneSuggestions } from '../hooks/useCommuneSuggestions';
import { useGeolocation } from '../hooks/useGeolocation';
import {
  changeSearch,
  RADII_KM,
  type RadiusKm,
  type SearchPlace,
  type SearchUrlState,
} from '../lib/url-state';
import { PlaceCombobox } from './PlaceCombobox';

export interface SearchFormProps {
  readonly state: SearchUrlState;
  readonly onSearch: (next: SearchUrlState) => void;
}

export const AROUND_ME = 'Autour de moi';
const PLACE_NOT_CHOSEN = 'Choisissez une commune dans la liste proposée, ou videz le champ.';

const placeKey = (place: SearchPlace | null) =>
  place ? `${place.label}|${place.lat}|${place.lon}` : '';

/** A position rounded to about 100 m: precise enough to search around, kept out of the URL. */
const rounded = (value: number) => Math.round(value * 1000) / 1000;

/**
 * What and where: words, commune (or the browser's position), radius. What is typed is a draft
 * until searched; the URL stays the truth (a back button puts its words back in the fields).
 */
export function SearchForm({ state, onSearch }: SearchFormProps) {
  const textId = useId();
  const [q, setQ] = useState(state.q);
  const [placeText, setPlaceText] = useState(state.place?.label ?? '');
  const [placeError, setPlaceError] = useState<string | null>(null);

  // The URL changed (back button, suggestion, reset): the drafts follow it.
  const [syncedQ, setSyncedQ] = useState(state.q);
  if (syncedQ !== state.q) {
    setSyncedQ(state.q);
    setQ(state.q);
  }
  const currentPlaceKey = placeKey(state.place);
  const [syncedPlace, setSyncedPlace] = useState(currentPlaceKey);
  if (syncedPlace !== currentPlaceKey) {
    setSyncedPlace(currentPlaceKey);
    setPlaceText(state.place?.label ?? '');
    setPlaceError(null);
  }

  const { suggestions, settledFor, loading } = useCommuneSuggestions(placeText);

  const search = (changes: Parameters<typeof changeSearch>[1]) =>
    onSearch(changeSearch(state, { q: q.trim(), ...changes }));

  const onPosition = useCallback(
    (lat: number, lon: number) =>
      onSearch(
        changeSearch(state, {
          q: q.trim(),
          place: { label: AROUND_ME, lat: rounded(lat), lon: rounded(lon) },
        }),
      ),
    [onSearch, q, state],
  );
  const geolocation = useGeolocation(onPosition);

  /** The place to search: the chosen one, none, the first suggestion, or not chosen yet. */
  const resolvePlace = (): SearchPlace | null | undefined => {
    const text = placeText.trim();
    if (!text) return null;
    if (state.place && text === state.place.label) return state.place;
    const first = settledFor === text ? suggestions[0] : undefined;
    return first ? { label: first.label, lat: first.lat, lon: first.lon } : undefined;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const place = resolvePlace();
    if (place === undefined) {
      setPlaceError(PLACE_NOT_CHOSEN);
      return;
    }
    setPlaceError(null);
    if (place) setPlaceText(place.label);
    search({ place });
  };

  const geolocationStatus =
    geolocation.status.state === 'locating'
      ? 'Recherche de votre position…'
      : geolocation.status.state === 'failed'
        ? geolocation.status.message
        : null;

  return (
    <form role="search" aria-label="Rechercher des annonces" onSubmit={onSubmit} noValidate>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
          <div className={fr.cx('fr-input-group')}>
            <label className={fr.cx('fr-label')} htmlFor={textId}>
              Quoi ?
              <span className={fr.cx('fr-hint-text')}>
                Mots-clés : aide alimentaire, soutien scolaire…
              </span>
            </label>
            <input
              id={textId}
              className={fr.cx('fr-input')}
              type="search"
              name="q"
              maxLength={200}
              enterKeyHint="search"
              value={q}
              onChange={(event) => setQ(event.target.value)}
            />
          </div>
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-6', 'fr-col-lg-4')}>
          <PlaceCombobox
            label="Où ?"
            hint="Commune ou code postal"
            text={placeText}
            onTextChange={(text) => {
              setPlaceText(text);
              setPlaceError(null);
            }}
            suggestions={suggestions}
            loading={loading}
            onSelect={(suggestion) => {
              setPlaceText(suggestion.label);
              setPlaceError(null);
              search({
                place: { label: suggestion.label, lat: suggestion.lat, lon: suggestion.lon },
              });
            }}
            error={placeError}
            status={geolocationStatus}
          />
          <Button
            type="button"
            priority="tertiary no outline"
            size="small"
            onClick={geolocation.locate}
            disabled={geolocation.status.state === 'locating'}
          >
            Autour de moi
          </Button>
        </div>
        <div className={fr.cx('fr-col-6', 'fr-col-md-3', 'fr-col-lg-2')}>
          <Select
            label="Rayon"
            hint="Autour du lieu"
            nativeSelectProps={{
              name: 'rayon',
              value: String(state.radiusKm),
              onChange: (event) =>
                search({ radiusKm: Number(event.target.value) as RadiusKm, place: state.place }),
            }}
          >
            {RADII_KM.map((radius) => (
              <option key={radius} value={radius}>
                {radius} km
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-col-6', 'fr-col-md-3', 'fr-col-lg-2')}>
          {/* Level with the fields: below their label and hint. */}
          <Button type="submit" iconId="fr-icon-search-line" className={fr.cx('fr-mt-7w')}>
            Rechercher
          </Button>
        </div>
      </div>
    </form>
  );
}
