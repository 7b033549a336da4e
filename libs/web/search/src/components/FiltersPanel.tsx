import { fr } from '@codegouvfr/react-dsfr';
import { Accordion } from '@codegouvfr/react-dsfr/Accordion';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { Select } from '@codegouvfr/react-dsfr/Select';
import type { ListingKind, RemoteMode } from '@passerelle/web-data-access';
import { activityLabel, domainLabel } from '@passerelle/shared-domain';
import { useId, useState } from 'react';
import type { SearchFacetsData } from '../hooks/useSearchResults';
import { facetOptions, type FacetOption, withCount } from '../lib/facets';
import {
  activeFilterCount,
  changeSearch,
  readIsoDay,
  type SearchUrlState,
  toggled,
  withoutFilters,
} from '../lib/url-state';

export interface FiltersPanelProps {
  readonly state: SearchUrlState;
  /** Counts of the last answer (undefined before the first one). */
  readonly facets: SearchFacetsData | undefined;
  readonly onChange: (next: SearchUrlState) => void;
}

const REMOTE_ORDER: readonly RemoteMode[] = ['ONSITE', 'HYBRID', 'REMOTE'];
const REMOTE_LABELS: Record<RemoteMode, string> = {
  ONSITE: 'Sur place',
  HYBRID: 'En partie à distance',
  REMOTE: 'À distance',
};
const KIND_CHOICES: ReadonlyArray<{ value: ListingKind | null; label: string }> = [
  { value: null, label: 'Tous' },
  { value: 'NEED', label: 'Missions et besoins' },
  { value: 'OFFER', label: "Offres d'aide" },
];

const selectedCount = (count: number) =>
  count === 0 ? '' : count === 1 ? ' · 1 choisi' : ` · ${count} choisis`;

/**
 * The filters, with the number of listings each choice would give. Each change is a new search
 * (a new history entry) back on page 1. On small screens the panel is behind a disclosure button.
 */
export function FiltersPanel({ state, facets, onChange }: FiltersPanelProps) {
  const id = useId();
  const panelId = `${id}-filtres`;
  const headingId = `${id}-titre`;
  const [open, setOpen] = useState(false);
  const active = activeFilterCount(state);

  const set = (changes: Parameters<typeof changeSearch>[1]) =>
    onChange(changeSearch(state, changes));

  const checkboxes = <T extends string>(
    options: readonly FacetOption[],
    selected: readonly T[],
    name: string,
    apply: (values: T[]) => void,
  ) =>
    options.map((option) => ({
      label: withCount(option),
      nativeInputProps: {
        name,
        value: option.value,
        checked: selected.includes(option.value as T),
        onChange: () => apply(toggled(selected, option.value as T)),
      },
    }));

  const kindCount = (kind: ListingKind | null) =>
    (facets?.kind ?? [])
      .filter((item) => kind === null || item.value === kind)
      .reduce((sum, item) => sum + item.count, 0);

  const domains = facetOptions(facets?.domains, state.domains, (v) => domainLabel(v) ?? v);
  const activities = facetOptions(
    facets?.activities,
    state.activities,
    (v) => activityLabel(v) ?? v,
  );
  const remote = facetOptions(
    facets?.remote,
    state.remote,
    (v) => REMOTE_LABELS[v as RemoteMode] ?? v,
    REMOTE_ORDER,
  );
  const partners = facetOptions(facets?.partners, state.partners);
  const departments = facetOptions(
    facets?.departments,
    state.departments,
    (v) => `Département ${v}`,
  ).sort((a, b) => a.value.localeCompare(b.value, 'fr', { numeric: true }));

  return (
    <section aria-labelledby={headingId} className={fr.cx('fr-mb-4w')}>
      <h2 id={headingId} className={fr.cx('fr-h5', 'fr-mb-2w')}>
        Filtres
        {active > 0 ? (
          <span className={fr.cx('fr-text--md')}>
            {' '}
            ({active === 1 ? '1 actif' : `${active} actifs`})
          </span>
        ) : null}
      </h2>
      <Button
        className="search-filters__toggle"
        priority="secondary"
        iconId={open ? 'fr-icon-arrow-up-s-line' : 'fr-icon-arrow-down-s-line'}
        iconPosition="right"
        nativeButtonProps={{ 'aria-expanded': open, 'aria-controls': panelId }}
        onClick={() => setOpen((value) => !value)}
      >
        {open ? 'Masquer les filtres' : 'Afficher les filtres'}
      </Button>
      <div
        id={panelId}
        className={`search-filters__panel${open ? ' search-filters__panel--open' : ''}`}
      >
        <RadioButtons
          legend="Type d'annonce"
          name="type"
          small
          options={KIND_CHOICES.map((choice) => ({
            label: facets ? `${choice.label} (${kindCount(choice.value)})` : choice.label,
            nativeInputProps: {
              value: choice.value ?? 'tous',
              checked: state.kind === choice.value,
              onChange: () => set({ kind: choice.value }),
            },
          }))}
        />

        <div className={fr.cx('fr-accordions-group', 'fr-mb-3w')}>
          <Accordion
            label={`Domaines${selectedCount(state.domains.length)}`}
            defaultExpanded
            titleAs="h3"
          >
            {domains.length > 0 ? (
              <Checkbox
                legend="Domaines"
                classes={{ legend: fr.cx('fr-sr-only') }}
                small
                options={checkboxes(domains, state.domains, 'domaines', (values) =>
                  set({ domains: values }),
                )}
              />
            ) : facets ? (
              <p className={fr.cx('fr-text--sm')}>Aucun domaine pour cette recherche.</p>
            ) : (
              <p className={fr.cx('fr-text--sm')}>Chargement…</p>
            )}
          </Accordion>
          <Accordion
            label={`Activités${selectedCount(state.activities.length)}`}
            defaultExpanded={state.activities.length > 0}
            titleAs="h3"
          >
            {activities.length > 0 ? (
              <Checkbox
                legend="Activités"
                classes={{ legend: fr.cx('fr-sr-only') }}
                small
                options={checkboxes(activities, state.activities, 'activites', (values) =>
                  set({ activities: values }),
                )}
              />
            ) : facets ? (
              <p className={fr.cx('fr-text--sm')}>Aucune activité pour cette recherche.</p>
            ) : (
              <p className={fr.cx('fr-text--sm')}>Chargement…</p>
            )}
          </Accordion>
          <Accordion
            label={`Dates${selectedCount((state.from ? 1 : 0) + (state.until ? 1 : 0))}`}
            defaultExpanded={Boolean(state.from || state.until)}
            titleAs="h3"
          >
            <DateFilter
              label="Disponible à partir du"
              name="du"
              value={state.from}
              max={state.until}
              onCommit={(from) => set({ from })}
            />
            <DateFilter
              label="Disponible jusqu'au"
              name="au"
              value={state.until}
              min={state.from}
              onCommit={(until) => set({ until })}
            />
          </Accordion>
        </div>

        <Checkbox
          legend="Modalité"
          small
          options={checkboxes(remote, state.remote, 'distance', (values) =>
            set({ remote: values }),
          )}
        />

        <Select
          label="Département"
          nativeSelectProps={{
            name: 'departement',
            value: state.departments[0] ?? '',
            onChange: (event) =>
              set({ departments: event.target.value ? [event.target.value] : [] }),
          }}
        >
          <option value="">Tous les départements</option>
          {departments.map((department) => (
            <option key={department.value} value={department.value}>
              {department.value} – {withCount(department)}
            </option>
          ))}
        </Select>

        <Checkbox
          legend="Public et accessibilité"
          small
          options={[
            {
              label: 'Ouvert aux mineurs',
              nativeInputProps: {
                name: 'mineurs',
                checked: state.openToMinors,
                onChange: () => set({ openToMinors: !state.openToMinors }),
              },
            },
            {
              label: 'Accessible aux personnes à mobilité réduite',
              nativeInputProps: {
                name: 'pmr',
                checked: state.reducedMobility,
                onChange: () => set({ reducedMobility: !state.reducedMobility }),
              },
            },
          ]}
        />

        {partners.length > 0 ? (
          <Checkbox
            legend="Plateformes partenaires"
            small
            options={checkboxes(partners, state.partners, 'plateformes', (values) =>
              set({ partners: values }),
            )}
          />
        ) : null}

        <Button
          className={fr.cx('fr-mt-2w')}
          priority="tertiary"
          onClick={() => onChange(withoutFilters(state))}
        >
          Réinitialiser les filtres
        </Button>
      </div>
    </section>
  );
}

interface DateFilterProps {
  readonly label: string;
  readonly name: string;
  readonly value: string | null;
  readonly min?: string | null;
  readonly max?: string | null;
  readonly onCommit: (value: string | null) => void;
}

/**
 * A day filter. What is typed stays a draft until it is a full day (a year being typed goes
 * through "0002", "0020"…), or until the field is left; the URL's value then takes over.
 */
function DateFilter({ label, name, value, min, max, onCommit }: DateFilterProps) {
  const [draft, setDraft] = useState(value ?? '');
  const [synced, setSynced] = useState(value);
  if (synced !== value) {
    setSynced(value);
    setDraft(value ?? '');
  }
  const commit = (text: string) => {
    const day = readIsoDay(text);
    if (day !== value && (day !== null || text === '')) onCommit(day);
  };
  return (
    <Input
      label={label}
      hintText="Format : jj/mm/aaaa"
      nativeInputProps={{
        type: 'date',
        name,
        value: draft,
        min: min ?? undefined,
        max: max ?? undefined,
        onChange: (event) => {
          setDraft(event.target.value);
          if (readIsoDay(event.target.value)) commit(event.target.value);
        },
        onBlur: (event) => commit(event.target.value),
      }}
    />
  );
}
