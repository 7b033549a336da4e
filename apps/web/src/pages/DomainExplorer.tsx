import { useQuery } from '@apollo/client/react';
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Tag } from '@codegouvfr/react-dsfr/Tag';
import { TaxonomyDocument } from '@passerelle/web-data-access';
import { sortTermsByLabel } from '@passerelle/web-ui';
import { useMemo } from 'react';
import { searchHref } from './search-href';

const HEADING_ID = 'explorer-par-domaine';

/** The taxonomy's domains, read from the API, each linking to its search results. */
export function DomainExplorer() {
  const { data, loading, error, refetch } = useQuery(TaxonomyDocument, {
    notifyOnNetworkStatusChange: true,
  });
  const domains = useMemo(() => (data ? sortTermsByLabel(data.taxonomy.domains) : []), [data]);

  return (
    <section aria-labelledby={HEADING_ID} aria-busy={loading} className={fr.cx('fr-mt-6w')}>
      <h2 id={HEADING_ID}>Explorer par domaine</h2>
      {loading ? (
        <p role="status">Chargement des domaines…</p>
      ) : error ? (
        <Alert
          severity="error"
          as="h3"
          title="Les domaines n'ont pas pu être chargés"
          description={
            <>
              <p>
                Le service ne répond pas pour le moment. Vérifiez votre connexion, puis réessayez.
              </p>
              <Button
                className={fr.cx('fr-mt-2w')}
                priority="secondary"
                iconId="fr-icon-refresh-line"
                onClick={() => void refetch()}
              >
                Réessayer
              </Button>
            </>
          }
        />
      ) : (
        <ul className={fr.cx('fr-tags-group')} aria-labelledby={HEADING_ID}>
          {domains.map((domain) => (
            <li key={domain.slug}>
              <Tag linkProps={{ to: searchHref({ domaines: domain.slug }) }}>{domain.label}</Tag>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
