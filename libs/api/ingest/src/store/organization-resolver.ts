import type { EntityManager } from 'typeorm';
import { OrganizationEntity } from '@passerelle/api-db';
import type { NormalizedOrganization } from '../pipeline';

/** Identity of an organization: its RNA, else its SIREN, else its normalized name at this partner. */
export function organizationKey(org: NormalizedOrganization): string {
  if (org.rna) return `rna:${org.rna}`;
  if (org.siren) return `siren:${org.siren}`;
  return `name:${org.normalizedName}`;
}

/** Finds or creates the organizations of a chunk in a few queries; returns key → id. */
export async function resolveOrganizations(
  manager: EntityManager,
  partnerId: string,
  organizations: NormalizedOrganization[],
): Promise<Map<string, string>> {
  const byKey = new Map<string, NormalizedOrganization>();
  for (const org of organizations)
    if (!byKey.has(organizationKey(org))) byKey.set(organizationKey(org), org);
  const ids = new Map<string, string>();
  if (byKey.size === 0) return ids;

  const all = [...byKey.values()];
  const rnas = all.flatMap((o) => (o.rna ? [o.rna] : []));
  const sirens = all.flatMap((o) => (o.siren && !o.rna ? [o.siren] : []));
  const names = all.flatMap((o) => (!o.rna && !o.siren ? [o.normalizedName] : []));
  const found: Array<{
    id: string;
    rna: string | null;
    siren: string | null;
    normalized_name: string;
  }> = await manager.query(
    `SELECT id, rna, siren, normalized_name FROM organization
        WHERE rna = ANY($1::text[]) OR siren = ANY($2::text[])
           OR (partner_id = $3 AND rna IS NULL AND siren IS NULL AND normalized_name = ANY($4::text[]))`,
    [rnas, sirens, partnerId, names],
  );
  for (const row of found) {
    if (row.rna) ids.set(`rna:${row.rna}`, row.id);
    else if (row.siren) ids.set(`siren:${row.siren}`, row.id);
    else ids.set(`name:${row.normalized_name}`, row.id);
    if (row.siren && !ids.has(`siren:${row.siren}`)) ids.set(`siren:${row.siren}`, row.id);
  }

  const missing = [...byKey.entries()].filter(([key]) => !ids.has(key));
  if (missing.length > 0) {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(OrganizationEntity)
      .values(
        missing.map(([, org]) => ({
          name: org.name,
          normalizedName: org.normalizedName,
          rna: org.rna,
          siren: org.siren,
          url: org.url,
          externalId: org.externalId,
          partnerId,
        })),
      )
      .returning(['id'])
      .execute();
    missing.forEach(([key], i) => {
      const id = (inserted.identifiers[i] as { id: string } | undefined)?.id;
      if (id) ids.set(key, id);
    });
  }
  return ids;
}
