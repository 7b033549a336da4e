import { fr } from '@codegouvfr/react-dsfr';
import { useDocumentTitle } from '@passerelle/web-ui';

/** Accessibility statement (déclaration d'accessibilité) linked from the footer. */
export function AccessibilityPage() {
  useDocumentTitle('Accessibilité');

  return (
    <div className={fr.cx('fr-container', 'fr-my-6w')}>
      <div className={fr.cx('fr-grid-row')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-9')}>
          <h1>Déclaration d'accessibilité</h1>
          <p>
            L'équipe de Passerelle s'engage à rendre son service accessible conformément à l'article
            47 de la loi n° 2005-102 du 11 février 2005.
          </p>
          <h2>État de conformité</h2>
          <p>
            Passerelle est <strong>non conforme</strong> avec le référentiel général d'amélioration
            de l'accessibilité (RGAA) version 4.1, car aucun audit n'a encore été réalisé. Le
            service est conçu avec le Système de design de l'État et vérifié automatiquement à
            chaque modification&nbsp;; un audit complet suivra.
          </p>
          <h2>Retour d'information et contact</h2>
          <p>
            Si vous n'arrivez pas à accéder à un contenu ou à un service, contactez l'équipe de
            Passerelle pour être orienté vers une alternative accessible ou obtenir le contenu sous
            une autre forme.
          </p>
          <h2>Voies de recours</h2>
          <p>
            Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu ou à
            une fonctionnalité du site, que vous nous le signalez et que vous ne parvenez pas à
            obtenir une réponse rapide de notre part, vous pouvez écrire au Défenseur des droits ou
            contacter son délégué dans votre région.
          </p>
        </div>
      </div>
    </div>
  );
}
