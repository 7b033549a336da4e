import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { BRAND_TOP, HOME_LINK_PROPS } from './SiteHeader';
import { FOOTER_ID } from './site';

/** DSFR footer of the service, with the accessibility statement link required by the RGAA. */
export function SiteFooter() {
  return (
    <Footer
      id={FOOTER_ID}
      brandTop={BRAND_TOP}
      homeLinkProps={HOME_LINK_PROPS}
      accessibility="non compliant"
      accessibilityLinkProps={{ to: '/accessibilite' }}
      contentDescription="Passerelle rassemble sur une seule carte les missions de bénévolat et les offres d'entraide publiées par les plateformes partenaires de l'État et de la société civile, sans doublons."
    />
  );
}
