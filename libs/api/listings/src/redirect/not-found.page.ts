/** The page of `/r/…` when there is nowhere to go: French, self-contained, no script. */
export const NOT_FOUND_PAGE = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Annonce introuvable – Passerelle</title>
<style>body{font-family:Marianne,Arial,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#161616;line-height:1.5}a{color:#000091}</style>
</head>
<body>
<main>
<h1>Annonce introuvable</h1>
<p>Cette annonce n’existe pas, ou elle n’est plus publiée par aucune plateforme partenaire.</p>
<p><a href="/">Retour à l’accueil de Passerelle</a></p>
</main>
</body>
</html>
`;
