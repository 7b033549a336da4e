import type { OrganizationInput } from '@passerelle/shared-domain';
import { IngestErrorCode, type IssueCollector } from './ingest.errors';
import type { NormalizedOrganization } from './normalized-listing';
import { cleanText } from './text';
import { normalizeHttpUrl } from './urls';

/**
 * RNA association id: `W`, then the 3-character code of the registering prefecture (digits,
 * or `2A`/`2B`-style for Corsica and some overseas offices), then 6 digits.
 */
const RNA = /^W\d[0-9A-Z]\d{7}$/;

export function normalizeRna(raw: string): string | undefined {
  const compact = raw.replace(/[\s.-]/g, '').toUpperCase();
  return RNA.test(compact) ? compact : undefined;
}

/** SIREN from a SIREN (9 digits) or a SIRET (14 digits, its first 9), checked by Luhn. */
export function normalizeSiren(raw: string): string | undefined {
  const digits = raw.replace(/[\s.-]/g, '');
  if (!/^(\d{9}|\d{14})$/.test(digits)) return undefined;
  const siren = digits.slice(0, 9);
  return luhnValid(siren) ? siren : undefined;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits.charAt(digits.length - 1 - i));
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/**
 * Dedup key of an organization name: "Asso. Les Restos du Cœur" and
 * "ASSOCIATION LES RESTOS DU COEUR" both give "association les restos du coeur".
 */
export function normalizeOrganizationName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/&/g, ' et ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => (word === 'asso' || word === 'assoc' ? 'association' : word))
    .join(' ');
}

export function normalizeOrganization(
  input: OrganizationInput | null | undefined,
  issues: IssueCollector,
): NormalizedOrganization | null {
  if (!input || typeof input !== 'object') return null;
  const name = cleanText(input.name, 'organization.name', issues);
  const externalId = cleanText(input.externalId, 'organization.externalId', issues);
  const rawRna = cleanText(input.rna, 'organization.rna', issues);
  const rawSiren = cleanText(input.siren, 'organization.siren', issues);
  const rawUrl = cleanText(input.url, 'organization.url', issues);

  let rna: string | null = null;
  if (rawRna) {
    rna = normalizeRna(rawRna) ?? null;
    if (!rna) issues.warning(IngestErrorCode.RNA_INVALID, 'organization.rna', rawRna);
  }
  let siren: string | null = null;
  if (rawSiren) {
    siren = normalizeSiren(rawSiren) ?? null;
    if (!siren) issues.warning(IngestErrorCode.SIREN_INVALID, 'organization.siren', rawSiren);
  }
  let url: string | null = null;
  if (rawUrl) {
    url = normalizeHttpUrl(rawUrl) ?? null;
    if (!url) issues.warning(IngestErrorCode.URL_INVALID, 'organization.url', rawUrl);
  }
  if (!name) {
    issues.warning(IngestErrorCode.ORGANIZATION_NAME_MISSING, 'organization.name');
    return null;
  }
  return { externalId, name, normalizedName: normalizeOrganizationName(name), rna, siren, url };
}
