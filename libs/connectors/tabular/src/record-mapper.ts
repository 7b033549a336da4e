import {
  cleanHtml,
  cleanLine,
  parseDecimal,
  parseFlag,
  parseInteger,
  splitList,
  type FeedItem,
  type ItemIssue,
} from '@passerelle/connectors-core';
import {
  ListingKind,
  RemoteMode,
  type AddressInput,
  type ListingInput,
  type OrganizationInput,
} from '@passerelle/shared-domain';
import { Crosswalk, DEFAULT_KINDS, DEFAULT_REMOTE_MODES } from './crosswalk';
import type { FieldMapping, ListingKindName, MappedField, RemoteModeName } from './field-mapping';

/**
 * Maps one record (a JSON object or a CSV row, read through a `FieldReader`) to a
 * `ListingInput` with a partner's `FieldMapping`. Lenient: an unreadable value becomes `null`
 * plus a warning, never an exception. Absent optional fields are `null`.
 */

/** The raw value of a mapped field in the current record; `undefined` when the record has none. */
export type FieldReader = (field: MappedField) => unknown;

const ADDRESS_FIELDS = new Set<MappedField>([
  'street',
  'postalCode',
  'city',
  'cityCode',
  'departmentCode',
  'lat',
  'lon',
]);

/** `ListingInput` path of a mapped field, as reported in issues. */
export function issuePath(field: MappedField): string {
  return ADDRESS_FIELDS.has(field) ? `addresses[0].${field}` : field;
}

function shown(raw: unknown): string {
  const text = String(raw).trim();
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

export class RecordMapper {
  private readonly domains: Crosswalk<string>;
  private readonly activities: Crosswalk<string>;
  private readonly remoteModes: Crosswalk<RemoteModeName>;
  private readonly kinds: Crosswalk<ListingKindName>;
  private readonly listSeparator: string;

  constructor(mapping: FieldMapping) {
    this.domains = new Crosswalk(mapping.values?.domain);
    this.activities = new Crosswalk(mapping.values?.activities);
    this.remoteModes = new Crosswalk(DEFAULT_REMOTE_MODES, mapping.values?.remote);
    this.kinds = new Crosswalk(DEFAULT_KINDS, mapping.values?.kind);
    this.listSeparator = mapping.listSeparator ?? ',';
  }

  map(index: number, read: FieldReader, warnings: ItemIssue[] = []): FeedItem {
    const record = new RecordReader(read, warnings);
    const domain = record.line('domain');
    const kind = record.choice('kind', this.kinds, 'UNKNOWN_KIND', 'Type d’annonce inconnu');
    const remote = record.choice(
      'remote',
      this.remoteModes,
      'UNKNOWN_REMOTE_MODE',
      'Mode de télétravail inconnu',
    );
    const item: ListingInput = {
      externalId: record.line('externalId') ?? '',
      kind: kind === null ? null : ListingKind[kind],
      title: record.line('title') ?? '',
      description: cleanHtml(record.text('description')) ?? '',
      applyUrl: record.line('applyUrl') ?? '',
      url: record.line('url'),
      domain: domain === null ? null : (this.domains.lookup(domain) ?? domain),
      activities:
        record
          .list('activities', this.listSeparator)
          ?.map((activity) => this.activities.lookup(activity) ?? activity) ?? null,
      tags: record.list('tags', this.listSeparator),
      remote: remote === null ? null : RemoteMode[remote],
      places: record.integer('places'),
      schedule: record.line('schedule'),
      startsAt: record.line('startsAt'),
      endsAt: record.line('endsAt'),
      postedAt: record.line('postedAt'),
      openToMinors: record.flag('openToMinors'),
      reducedMobilityAccessible: record.flag('reducedMobilityAccessible'),
      closeToTransport: record.flag('closeToTransport'),
      imageUrl: record.line('imageUrl'),
      addresses: record.address(),
      organization: record.organization(),
    };
    if (item.activities && new Set(item.activities).size !== item.activities.length) {
      item.activities = [...new Set(item.activities)];
    }
    return { index, item, warnings };
  }
}

class RecordReader {
  constructor(
    private readonly read: FieldReader,
    private readonly warnings: ItemIssue[],
  ) {}

  private warn(field: MappedField, code: string, message: string): void {
    this.warnings.push({ path: issuePath(field), code, message });
  }

  /** The value as text: strings as they are, numbers and booleans written out, objects refused. */
  text(field: MappedField): string | null {
    const value = this.read(field);
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
      return String(value);
    const kind = Array.isArray(value) ? 'une liste' : 'un objet';
    this.warn(
      field,
      'INVALID_VALUE_TYPE',
      `Valeur inattendue : ${kind} au lieu d'un texte (ignorée).`,
    );
    return null;
  }

  line(field: MappedField): string | null {
    return cleanLine(this.text(field));
  }

  /** A code written as a number loses its leading zeros (`1000` for `01000`): put them back. */
  code(field: MappedField, width: number): string | null {
    const value = this.read(field);
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0)
      return String(value).padStart(width, '0');
    return this.line(field);
  }

  list(field: MappedField, separator: string): string[] | null {
    const value = this.read(field);
    if (!Array.isArray(value)) return splitList(this.text(field), separator);
    const values: string[] = [];
    for (const element of value) {
      const text =
        typeof element === 'string' || typeof element === 'number'
          ? cleanLine(String(element))
          : null;
      if (text !== null && !values.includes(text)) values.push(text);
    }
    return values.length === 0 ? null : values;
  }

  choice<T extends string>(
    field: MappedField,
    crosswalk: Crosswalk<T>,
    code: string,
    label: string,
  ): T | null {
    const text = this.line(field);
    if (text === null) return null;
    const value = crosswalk.lookup(text);
    if (value !== undefined) return value;
    this.warn(
      field,
      code,
      `${label} : « ${shown(text)} » (ajoutez-le à la table de correspondance).`,
    );
    return null;
  }

  integer(field: MappedField): number | null {
    const value = this.read(field);
    const parsed =
      typeof value === 'number'
        ? Number.isSafeInteger(value)
          ? value
          : undefined
        : parseInteger(this.text(field));
    if (parsed !== undefined) return parsed;
    this.warn(
      field,
      'INVALID_PLACES',
      `Nombre de places illisible : « ${shown(value)} » (ignoré).`,
    );
    return null;
  }

  flag(field: MappedField): boolean | null {
    const value = this.read(field);
    if (typeof value === 'boolean') return value;
    const parsed =
      typeof value === 'number'
        ? value === 1
          ? true
          : value === 0
            ? false
            : undefined
        : parseFlag(this.text(field));
    if (parsed !== undefined) return parsed;
    this.warn(
      field,
      'INVALID_BOOLEAN',
      `Valeur oui/non illisible : « ${shown(value)} » (ignorée).`,
    );
    return null;
  }

  decimal(field: MappedField): number | null | undefined {
    const value = this.read(field);
    if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
    return parseDecimal(this.text(field));
  }

  address(): AddressInput[] | null {
    let lat = this.decimal('lat');
    let lon = this.decimal('lon');
    if (lat === undefined || lon === undefined || (lat === null) !== (lon === null)) {
      const written = `${shown(this.read('lat') ?? '')} / ${shown(this.read('lon') ?? '')}`;
      this.warnings.push({
        path: 'addresses[0]',
        code: 'INVALID_COORDINATES',
        message: `Coordonnées illisibles ou incomplètes : « ${written} » (ignorées).`,
      });
      lat = null;
      lon = null;
    }
    const address: AddressInput = {
      street: this.line('street'),
      postalCode: this.code('postalCode', 5),
      city: this.line('city'),
      cityCode: this.code('cityCode', 5),
      departmentCode: this.code('departmentCode', 2),
      country: null,
      lat,
      lon,
    };
    return Object.values(address).some((value) => value !== null) ? [address] : null;
  }

  organization(): OrganizationInput | null {
    const name = this.line('organization.name');
    const organization = {
      externalId: this.line('organization.externalId'),
      rna: this.line('organization.rna')?.replace(/\s+/g, '').toUpperCase() ?? null,
      siren: this.code('organization.siren', 9)?.replace(/\s+/g, '') ?? null,
      url: this.line('organization.url'),
    };
    if (name === null && Object.values(organization).every((value) => value === null)) return null;
    if (name === null) {
      this.warn('organization.name', 'ORGANIZATION_NAME_MISSING', 'Structure sans nom.');
    }
    return { name: name ?? '', ...organization };
  }
}
