import { fr } from '@codegouvfr/react-dsfr';
import { DomainExplorer } from './DomainExplorer';
import { useDocumentTitle } from '@passerelle/web-ui';

export function HomePage() {
  useDocumentTitle();

  return (
    <div className={fr.cx('fr-container', 'fr-my-6w')}>
      <h1>Trouver une mission de bénévolat ou une offre d'entraide</h1>
      <p className={fr.cx('fr-text--lead')}>
        Passerelle rassemble les missions et les offres d'entraide publiées par les plateformes
        partenaires. Chacune garde sa plateforme&nbsp;; Passerelle montre l'ensemble, sans doublons,
        sur une liste et sur une carte.
      </p>
      <DomainExplorer />
    </div>
  );
}
