import {
  cleanHtml,
  cleanLine,
  parseCoordinatePair,
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
import type { MissionNode, XmlNode } from './mission-collector';

/**
 * Maps one `<mission>` of the national exchange format to a `ListingInput`. Values are read
 * leniently and passed on raw where the pipeline owns the rule (dates, domain, URLs, ranges);
 * what cannot be read becomes `null` plus a warning. Absent optional fields are `null`.
 */

const REMOTE_MODES: Readonly<Record<string, RemoteMode>> = {
  no: RemoteMode.ONSITE,
  local: RemoteMode.ONSITE,
  possible: RemoteMode.HYBRID,
  full: RemoteMode.REMOTE,
};

/** The children of an element, grouped by (lowercased) name. */
class Fields {
  private readonly byName = new Map<string, XmlNode[]>();

  constructor(node: XmlNode) {
    for (const child of node.children) {
      const same = this.byName.get(child.name);
      if (same) same.push(child);
      else this.byName.set(child.name, [child]);
    }
  }

  /** The first element among `names` that has some text. */
  first(...names: string[]): XmlNode | undefined {
    for (const name of names) {
      for (const node of this.byName.get(name) ?? []) {
        if (node.text.trim().length > 0) return node;
      }
    }
    return undefined;
  }

  /** The first element among `names` that has child elements. */
  container(...names: string[]): XmlNode | undefined {
    for (const name of names) {
      const node = this.byName.get(name)?.find((candidate) => candidate.children.length > 0);
      if (node) return node;
    }
    return undefined;
  }

  all(...names: string[]): XmlNode[] {
    return names.flatMap((name) => this.byName.get(name) ?? []);
  }
}

function shown(raw: string): string {
  const text = raw.trim();
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

class MissionReader {
  readonly warnings: ItemIssue[] = [];

  constructor(private readonly maxFieldLength: number) {}

  warn(path: string, code: string, message: string): void {
    this.warnings.push({ path, code, message });
  }

  /** Raw text of the first of `names` in `fields`, with a warning when it was cut. */
  raw(fields: Fields, path: string, ...names: string[]): string | null {
    const node = fields.first(...names);
    if (!node) return null;
    if (node.truncated) {
      this.warn(path, 'FIELD_TRUNCATED', `Valeur tronquée à ${this.maxFieldLength} caractères.`);
    }
    return node.text;
  }

  line(fields: Fields, path: string, ...names: string[]): string | null {
    return cleanLine(this.raw(fields, path, ...names));
  }

  flag(fields: Fields, path: string, name: string): boolean | null {
    const raw = this.raw(fields, path, name);
    const value = parseFlag(raw);
    if (value !== undefined) return value;
    this.warn(
      path,
      'INVALID_BOOLEAN',
      `Valeur oui/non illisible : « ${shown(raw ?? '')} » (ignorée).`,
    );
    return null;
  }

  list(fields: Fields, path: string, ...names: string[]): string[] | null {
    const values: string[] = [];
    for (const node of fields.all(...names)) {
      for (const value of splitList(node.text) ?? []) {
        if (!values.includes(value)) values.push(value);
      }
    }
    return values.length === 0 ? null : values;
  }

  places(fields: Fields): number | null {
    const raw = this.raw(fields, 'places', 'places');
    const value = parseInteger(raw);
    if (value !== undefined) return value;
    this.warn(
      'places',
      'INVALID_PLACES',
      `Nombre de places illisible : « ${shown(raw ?? '')} » (ignoré).`,
    );
    return null;
  }

  remote(fields: Fields): RemoteMode | null {
    const text = this.line(fields, 'remote', 'remote');
    if (text === null) return null;
    const mode = REMOTE_MODES[text.toLowerCase()];
    if (mode) return mode;
    this.warn(
      'remote',
      'UNKNOWN_REMOTE_MODE',
      `Mode de télétravail inconnu : « ${shown(text)} » (attendu : no, possible, full ou local).`,
    );
    return null;
  }

  /** `location{lat,lon}`, `lonlat` ("lon,lat") or `lat`/`lon` elements. */
  coordinates(fields: Fields, path: string): { lat: number | null; lon: number | null } {
    const location = fields.container('location');
    let lat: number | null | undefined;
    let lon: number | null | undefined;
    let written: string;
    if (!location && fields.first('lonlat')) {
      written = this.raw(fields, path, 'lonlat') ?? '';
      const pair = parseCoordinatePair(written);
      lon = pair === undefined ? undefined : (pair?.[0] ?? null);
      lat = pair === undefined ? undefined : (pair?.[1] ?? null);
    } else {
      const source = location ? new Fields(location) : fields;
      const rawLat = this.raw(source, `${path}.lat`, 'lat', 'latitude');
      const rawLon = this.raw(source, `${path}.lon`, 'lon', 'lng', 'longitude');
      written = `${rawLat ?? ''} / ${rawLon ?? ''}`;
      lat = parseDecimal(rawLat);
      lon = parseDecimal(rawLon);
    }
    if (lat === undefined || lon === undefined || (lat === null) !== (lon === null)) {
      this.warn(
        path,
        'INVALID_COORDINATES',
        `Coordonnées illisibles ou incomplètes : « ${shown(written)} » (ignorées).`,
      );
      return { lat: null, lon: null };
    }
    return { lat, lon };
  }

  /** One site: `street` (or `address`/`adresse` as text), postal code, city, codes, coordinates. */
  address(fields: Fields, path: string): AddressInput | null {
    const address: AddressInput = {
      street: this.line(fields, `${path}.street`, 'street', 'address', 'adresse'),
      postalCode: this.line(fields, `${path}.postalCode`, 'postalcode', 'postcode'),
      city: this.line(fields, `${path}.city`, 'city'),
      cityCode: this.line(fields, `${path}.cityCode`, 'citycode'),
      departmentCode: this.line(fields, `${path}.departmentCode`, 'departmentcode'),
      country: this.line(fields, `${path}.country`, 'country'),
      ...this.coordinates(fields, path),
    };
    return Object.values(address).some((value) => value !== null) ? address : null;
  }

  addresses(mission: Fields): AddressInput[] | null {
    const list = mission.container('addresses');
    const sites = list ? new Fields(list).all('address', 'adresse') : [];
    const addresses: AddressInput[] = [];
    for (const site of sites) {
      const address = this.address(new Fields(site), `addresses[${addresses.length}]`);
      if (address) addresses.push(address);
    }
    if (addresses.length === 0) {
      // One site: the address fields sit on the mission, or in a lone <address> container.
      const container = mission.container('address', 'adresse');
      const single = container
        ? this.address(new Fields(container), 'addresses[0]')
        : this.address(mission, 'addresses[0]');
      if (single) addresses.push(single);
    }
    return addresses.length === 0 ? null : addresses;
  }

  organization(mission: Fields): OrganizationInput | null {
    const name = this.line(mission, 'organization.name', 'organizationname');
    const organization = {
      externalId: this.line(mission, 'organization.externalId', 'organizationclientid'),
      rna:
        this.line(mission, 'organization.rna', 'organizationrna')
          ?.replace(/\s+/g, '')
          .toUpperCase() ?? null,
      siren:
        this.line(mission, 'organization.siren', 'organizationsiren')?.replace(/\s+/g, '') ?? null,
      url: this.line(mission, 'organization.url', 'organizationurl'),
    };
    if (name === null && Object.values(organization).every((value) => value === null)) return null;
    if (name === null) {
      this.warn(
        'organization.name',
        'ORGANIZATION_NAME_MISSING',
        'Structure sans nom (organizationName absent).',
      );
    }
    return { name: name ?? '', ...organization };
  }
}

export function mapMission(mission: MissionNode, index: number, maxFieldLength: number): FeedItem {
  const fields = new Fields(mission);
  const externalId = cleanLine(fields.first('clientid')?.text) ?? undefined;
  if (mission.overflow) {
    return {
      index,
      ...(externalId === undefined ? {} : { externalId }),
      rejected: [
        {
          path: '',
          code: 'MISSION_TOO_LARGE',
          message: 'Mission ignorée : elle contient trop d’éléments XML.',
        },
      ],
    };
  }
  if (mission.children.length === 0) {
    return {
      index,
      rejected: [{ path: '', code: 'MISSION_EMPTY', message: 'Élément <mission> vide.' }],
    };
  }
  const read = new MissionReader(maxFieldLength);
  const item: ListingInput = {
    externalId: read.line(fields, 'externalId', 'clientid') ?? '',
    kind: ListingKind.NEED,
    title: read.line(fields, 'title', 'title') ?? '',
    description: cleanHtml(read.raw(fields, 'description', 'description')) ?? '',
    applyUrl: read.line(fields, 'applyUrl', 'applicationurl') ?? '',
    url: null,
    domain: read.line(fields, 'domain', 'domain'),
    activities: read.list(fields, 'activities', 'activity', 'activities'),
    tags: read.list(fields, 'tags', 'tags', 'tag'),
    remote: read.remote(fields),
    places: read.places(fields),
    schedule: read.line(fields, 'schedule', 'schedule'),
    startsAt: read.line(fields, 'startsAt', 'startat'),
    endsAt: read.line(fields, 'endsAt', 'endat'),
    postedAt: read.line(fields, 'postedAt', 'postedat'),
    openToMinors: read.flag(fields, 'openToMinors', 'opentominors'),
    reducedMobilityAccessible: read.flag(
      fields,
      'reducedMobilityAccessible',
      'reducedmobilityaccessible',
    ),
    closeToTransport: read.flag(fields, 'closeToTransport', 'closetotransport'),
    imageUrl: read.line(fields, 'imageUrl', 'image'),
    addresses: read.addresses(fields),
    organization: read.organization(fields),
  };
  return { index, item, warnings: read.warnings };
}
