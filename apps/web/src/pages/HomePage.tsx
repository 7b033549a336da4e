import { fr } from '@codegouvfr/react-dsfr';
import { SearchBar } from '@codegouvfr/react-dsfr/SearchBar';
import { useDocumentTitle } from '@passerelle/web-ui';
import { useNavigate } from 'react-router';
import { DomainExplorer } from './DomainExplorer';
import { searchHref } from './search-href';

export function HomePage() {
  useDocumentTitle();
  const navigate = useNavigate();

  return (
    <div className={fr.cx('fr-container', 'fr-my-6w')}>
      <h1>Trouver une mission de bénévolat ou une offre d'entraide</h1>
      <p className={fr.cx('fr-text--lead')}>
        Passerelle rassemble les missions et les offres d'entraide publiées par les plateformes
        partenaires. Chacune garde sa plateforme&nbsp;; Passerelle montre l'ensemble, sans doublons,
        sur une liste et sur une carte.
      </p>
      <SearchBar
        big
        label="Rechercher une mission, une offre d'entraide"
        allowEmptySearch
        onButtonClick={(text) => {
          const q = text.trim();
          void navigate(searchHref(q ? { q } : {}));
        }}
      />
      <DomainExplorer />
    </div>
  );
}
