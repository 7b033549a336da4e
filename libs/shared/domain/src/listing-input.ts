import type { ListingKind, RemoteMode } from './enums';

/**
 * One listing as a partner sends it (GraphQL push) or as a connector maps it from a feed:
 * the national exchange format's fields in camelCase, before validation. Values are raw:
 * dates may be ISO 8601 or dd/mm/yyyy, the domain may be a partner's own label.
 */
export interface ListingInput {
  externalId: string;
  kind?: ListingKind | null;
  title: string;
  description: string;
  applyUrl: string;
  url?: string | null;
  domain?: string | null;
  activities?: string[] | null;
  tags?: string[] | null;
  remote?: RemoteMode | null;
  places?: number | null;
  schedule?: string | null;
  startsAt?: string | null;
  endsAt?: string | null;
  postedAt?: string | null;
  openToMinors?: boolean | null;
  reducedMobilityAccessible?: boolean | null;
  closeToTransport?: boolean | null;
  imageUrl?: string | null;
  addresses?: AddressInput[] | null;
  organization?: OrganizationInput | null;
}

export interface AddressInput {
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  /** INSEE commune code. */
  cityCode?: string | null;
  departmentCode?: string | null;
  country?: string | null;
  lat?: number | null;
  lon?: number | null;
}

export interface OrganizationInput {
  externalId?: string | null;
  name: string;
  /** Association id in the RNA: `W` + 9 digits. */
  rna?: string | null;
  /** SIREN (9 digits) or SIRET (14 digits). */
  siren?: string | null;
  url?: string | null;
}
