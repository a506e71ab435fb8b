<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Incident reports received</source>
        <translation>Signalements d&apos;incident reçus</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>Incidents resolved</source>
        <translation>Incidents résolus</translation>
    </message>
    <message>
        <source>Incidents still open at the end of the period</source>
        <translation>Incidents encore ouverts à la fin de la période</translation>
    </message>
    <message>
        <source>Incidents opened by RSIT class and type</source>
        <translation>Incidents ouverts par classe et type RSIT</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>No incident was opened in the period.</source>
        <translation>Aucun incident n&apos;a été ouvert pendant la période.</translation>
    </message>
    <message>
        <source>Incident reports by reporter type</source>
        <translation>Signalements d&apos;incident par type de déclarant</translation>
    </message>
    <message>
        <source>Reporter type</source>
        <translation>Type de déclarant</translation>
    </message>
    <message>
        <source>No incident report was received in the period.</source>
        <translation>Aucun signalement d&apos;incident n&apos;a été reçu pendant la période.</translation>
    </message>
    <message>
        <source>Response and resolution times</source>
        <translation>Délais de réponse et de résolution</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>First response to an incident report</source>
        <translation>Première réponse à un signalement d&apos;incident</translation>
    </message>
    <message>
        <source>Resolution of an incident</source>
        <translation>Résolution d&apos;un incident</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Dépassements de SLA</translation>
    </message>
    <message>
        <source>Due date missed</source>
        <translation>Échéance dépassée</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
</context>
<context>
    <name>fb::AboutDialog</name>
    <message>
        <source>About Firebreak</source>
        <translation>À propos de Firebreak</translation>
    </message>
    <message>
        <source>Firebreak %1</source>
        <translation>Firebreak %1</translation>
    </message>
    <message>
        <source>An incident-handling workbench for CSIRTs.</source>
        <translation>Un poste de travail de traitement des incidents pour les CSIRT.</translation>
    </message>
    <message>
        <source>Licence: %1. Firebreak is free software: you may share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>Licence&#xa0;: %1. Firebreak est un logiciel libre&#xa0;: vous pouvez le partager et le modifier selon les termes de la licence publique générale GNU (GNU General Public License), version 3 ou toute version ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté avec Qt %2.</translation>
    </message>
</context>
<context>
    <name>fb::AbuseReports</name>
    <message>
        <source>The X-ARF report lacks the required field %1.</source>
        <translation>Il manque au rapport X-ARF le champ obligatoire %1.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 must be a non-empty text.</source>
        <translation>Le champ X-ARF %1 doit être un texte non vide.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not an IP address.</source>
        <translation>Le champ X-ARF %1 n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not an e-mail address.</source>
        <translation>Le champ X-ARF %1 n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not an RFC 3339 date and time.</source>
        <translation>Le champ X-ARF %1 n&apos;est pas une date et heure RFC 3339.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not a port number (0 to 65535).</source>
        <translation>Le champ X-ARF %1 n&apos;est pas un numéro de port (0 à 65535).</translation>
    </message>
    <message>
        <source>The X-ARF report&apos;s Version must be &quot;3&quot;.</source>
        <translation>La version (Version) du rapport X-ARF doit être «&#x202f;3&#x202f;».</translation>
    </message>
    <message>
        <source>The X-ARF report lacks the required field ReporterInfo.</source>
        <translation>Il manque au rapport X-ARF le champ obligatoire ReporterInfo.</translation>
    </message>
    <message>
        <source>The X-ARF report lacks the required field Disclosure (true or false).</source>
        <translation>Il manque au rapport X-ARF le champ obligatoire Disclosure (true ou false).</translation>
    </message>
    <message>
        <source>The X-ARF report lacks the required field Report.</source>
        <translation>Il manque au rapport X-ARF le champ obligatoire Report.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v3 report class.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une classe de rapport X-ARF v3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v3 report type of class %2.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un type de rapport X-ARF v3 de la classe %2.</translation>
    </message>
    <message>
        <source>The X-ARF version &apos;%1&apos; is not 4.x.</source>
        <translation>La version X-ARF «&#x202f;%1&#x202f;» n&apos;est pas 4.x.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v4 category.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une catégorie X-ARF v4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v4 type of category %2.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un type X-ARF v4 de la catégorie %2.</translation>
    </message>
    <message>
        <source>The YAML parser could not be started.</source>
        <translation>L&apos;analyseur YAML n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <source>The X-ARF report is not valid YAML (line %1: %2).</source>
        <translation>Le rapport X-ARF n&apos;est pas du YAML valide (ligne %1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The X-ARF report must be a flat list of fields.</source>
        <translation>Le rapport X-ARF doit être une liste plate de champs.</translation>
    </message>
    <message>
        <source>The X-ARF report must be a list of fields, not a sequence.</source>
        <translation>Le rapport X-ARF doit être une liste de champs, pas une séquence.</translation>
    </message>
    <message>
        <source>The X-ARF report must be a list of fields.</source>
        <translation>Le rapport X-ARF doit être une liste de champs.</translation>
    </message>
    <message>
        <source>The X-ARF report uses YAML aliases, which are not accepted.</source>
        <translation>Le rapport X-ARF utilise des alias YAML, qui ne sont pas acceptés.</translation>
    </message>
    <message>
        <source>The ARF report lacks the required field Feedback-Type.</source>
        <translation>Il manque au rapport ARF le champ obligatoire Feedback-Type.</translation>
    </message>
    <message>
        <source>The X-ARF report is not valid JSON (%1 at byte %2).</source>
        <translation>Le rapport X-ARF n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The X-ARF report is not a JSON object.</source>
        <translation>Le rapport X-ARF n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The JSON is not an X-ARF report (no Version or xarf_version).</source>
        <translation>Ce JSON n&apos;est pas un rapport X-ARF (ni Version ni xarf_version).</translation>
    </message>
    <message>
        <source>The X-ARF version &apos;%1&apos; is not 0.1 or 0.2.</source>
        <translation>La version X-ARF «&#x202f;%1&#x202f;» n&apos;est ni 0.1 ni 0.2.</translation>
    </message>
    <message>
        <source>The X-ARF field Source is not an IP address.</source>
        <translation>Le champ X-ARF Source n&apos;est pas une adresse IP.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryCommands</name>
    <message>
        <source>Start an advisory from the options and/or a JSON file; it gets the next identifier of the team&apos;s scheme and is a draft (version 0) until published.</source>
        <translation>Commencer un avis de sécurité à partir des options et/ou d&apos;un fichier JSON&#x202f;; il reçoit le prochain identifiant selon le schéma de l&apos;équipe et reste un brouillon (version 0) jusqu&apos;à sa publication.</translation>
    </message>
    <message>
        <source>advisory new needs a title (--title or in --from-json).</source>
        <translation>advisory new a besoin d&apos;un titre (--title ou dans --from-json).</translation>
    </message>
    <message>
        <source>Created advisory %1 (#%2).</source>
        <translation>Avis de sécurité %1 (#%2) créé.</translation>
    </message>
    <message>
        <source>Row id or identifier.</source>
        <translation>Identifiant de ligne ou identifiant.</translation>
    </message>
    <message>
        <source>Publish as interim or final: adds a revision and bumps the version (lint errors block final).</source>
        <translation>Publier en interim ou final&#xa0;: ajoute une révision et incrémente la version (les erreurs de contrôle bloquent final).</translation>
    </message>
    <message>
        <source>With --publish: what changed in this revision.</source>
        <translation>Avec --publish&#xa0;: ce qui a changé dans cette révision.</translation>
    </message>
    <message>
        <source>Change fields (each change is a history row), then optionally publish a revision.</source>
        <translation>Modifier des champs (chaque modification est une ligne de l&apos;historique), puis publier éventuellement une révision.</translation>
    </message>
    <message>
        <source>--publish takes interim or final, not “%1”.</source>
        <translation>--publish prend interim ou final, pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>--publish needs --revision-summary saying what changed.</source>
        <translation>--publish a besoin de --revision-summary indiquant ce qui a changé.</translation>
    </message>
    <message>
        <source>--revision-summary goes with --publish.</source>
        <translation>--revision-summary va avec --publish.</translation>
    </message>
    <message>
        <source>Nothing to change; see advisory edit --help.</source>
        <translation>Rien à modifier&#x202f;; voir advisory edit --help.</translation>
    </message>
    <message>
        <source>Published %1 as %2, version %3.</source>
        <translation>%1 publié en %2, version %3.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 mis à jour.</translation>
    </message>
    <message>
        <source>Show an advisory.</source>
        <translation>Afficher un avis de sécurité.</translation>
    </message>
    <message>
        <source>Only advisories with this status (draft, interim, final).</source>
        <translation>Seulement les avis de sécurité ayant ce statut (draft, interim, final).</translation>
    </message>
    <message>
        <source>List the advisories, newest first.</source>
        <translation>Lister les avis de sécurité, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>--status takes draft, interim or final.</source>
        <translation>--status prend draft, interim ou final.</translation>
    </message>
    <message>
        <source>Check an advisory: errors (which block publishing as final, exit code 2) and warnings, each naming the field.</source>
        <translation>Contrôler un avis de sécurité&#xa0;: erreurs (qui bloquent la publication en final, code de sortie 2) et avertissements, chacun nommant le champ concerné.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s) that block publishing as final.</source>
        <translation>
            <numerusform>%1 a %n erreur qui bloque la publication en final.</numerusform>
            <numerusform>%1 a %n erreurs qui bloquent la publication en final.</numerusform>
        </translation>
    </message>
    <message>
        <source>A CSAF 2.0 JSON document.</source>
        <translation>Un document JSON CSAF 2.0.</translation>
    </message>
    <message>
        <source>Where the document came from (else its &apos;self&apos; reference).</source>
        <translation>L&apos;origine du document (sinon sa référence «&#x202f;self&#x202f;»).</translation>
    </message>
    <message>
        <source>Start a draft from a CSAF 2.0 document, keeping its publisher, tracking id, source URL and SHA-256; what the model cannot hold is named in warnings.</source>
        <translation>Commencer un brouillon à partir d&apos;un document CSAF 2.0, en conservant son éditeur, son identifiant de suivi, son URL source et son SHA-256&#x202f;; ce que le modèle ne peut pas contenir est signalé dans des avertissements.</translation>
    </message>
    <message>
        <source>Created advisory %1 (#%2) from %3 of %4.</source>
        <translation>Avis de sécurité %1 (#%2) créé à partir de %3 de %4.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryEditor</name>
    <message>
        <source>affected</source>
        <translation>affecté</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>not affected</source>
        <translation>non affecté</translation>
    </message>
    <message>
        <source>under investigation</source>
        <translation>en cours d&apos;investigation</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>CVE</source>
        <translation>CVE</translation>
    </message>
    <message>
        <source>CWE</source>
        <translation>CWE</translation>
    </message>
    <message>
        <source>CWE name</source>
        <translation>Nom CWE</translation>
    </message>
    <message>
        <source>CVSS v3.1 vector</source>
        <translation>Vecteur CVSS v3.1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Version or range (vers:…)</source>
        <translation>Version ou plage (vers:…)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <source>S&amp;olution</source>
        <translation>S&amp;olution</translation>
    </message>
    <message>
        <source>&amp;Workarounds</source>
        <translation>&amp;Contournements</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Acknowledgments</source>
        <translation>Re&amp;merciements</translation>
    </message>
    <message>
        <source>Distribution lists, separated by commas</source>
        <translation>Listes de diffusion, séparées par des virgules</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>P&amp;ublic</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · version %3</translation>
    </message>
    <message>
        <source>Distribution lists: %1</source>
        <translation>Listes de diffusion&#xa0;: %1</translation>
    </message>
    <message>
        <source>No CVSS vector in the current row.</source>
        <translation>Aucun vecteur CVSS dans la ligne actuelle.</translation>
    </message>
    <message>
        <source>Row %1: the CVSS vector is wrong at %2: %3</source>
        <translation>Ligne %1&#xa0;: le vecteur CVSS est erroné à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Row %1: base %2 (%3)</source>
        <translation>Ligne %1&#xa0;: base %2 (%3)</translation>
    </message>
    <message>
        <source>%1, temporal %2</source>
        <translation>%1, temporel %2</translation>
    </message>
    <message>
        <source>%1, environmental %2</source>
        <translation>%1, environnemental %2</translation>
    </message>
    <message>
        <source>No distribution lists yet: make one in Team → Directory → Lists</source>
        <extracomment>Team → Directory → Lists is where the window makes distribution lists</extracomment>
        <translation>Pas encore de liste de diffusion&#xa0;: créez-en une dans Équipe → Annuaire → Listes</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryExport</name>
    <message>
        <source>This format needs --out FILE.</source>
        <translation>Ce format a besoin de --out FILE.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Parmi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Where to write (&apos;-&apos; for standard output). For csaf a folder, or nothing for the current one, gets the file name of the CSAF rule.</source>
        <translation>Où écrire («&#x202f;-&#x202f;» pour la sortie standard). Pour csaf, un dossier, ou rien pour le dossier courant, reçoit le nom de fichier de la règle CSAF.</translation>
    </message>
    <message>
        <source>With text: clear-sign with the team key (OpenPGP).</source>
        <translation>Avec text&#xa0;: signer en clair avec la clé de l&apos;équipe (OpenPGP).</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key.</source>
        <translation>Signer avec cette clé au lieu de la clé de l&apos;équipe.</translation>
    </message>
    <message>
        <source>With mail: the distribution list to send to.</source>
        <translation>Avec mail&#xa0;: la liste de diffusion destinataire.</translation>
    </message>
    <message>
        <source>With mail: do not sign (mail is signed by default).</source>
        <translation>Avec mail&#xa0;: ne pas signer (le courriel est signé par défaut).</translation>
    </message>
    <message>
        <source>Write an advisory: csaf (CSAF 2.0 JSON), text (72 columns, with --sign clear-signed with the team key from your GnuPG home), html, pdf, or mail (a signed message to a distribution list, refused when a recipient may not receive the TLP label).</source>
        <translation>Écrire un avis de sécurité&#xa0;: csaf (JSON CSAF 2.0), text (72 colonnes, avec --sign signé en clair avec la clé de l&apos;équipe de votre répertoire GnuPG), html, pdf ou mail (un message signé à une liste de diffusion, refusé si un destinataire ne peut pas recevoir le marquage TLP).</translation>
    </message>
    <message>
        <source>--format takes one of: %1.</source>
        <translation>--format prend l&apos;un de&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--sign and --key go with --format text or mail.</source>
        <translation>--sign et --key vont avec --format text ou mail.</translation>
    </message>
    <message>
        <source>--list and --no-sign go with --format mail.</source>
        <translation>--list et --no-sign vont avec --format mail.</translation>
    </message>
    <message>
        <source>--format mail needs --list NAME and --out FILE.eml.</source>
        <translation>--format mail a besoin de --list NAME et --out FILE.eml.</translation>
    </message>
    <message>
        <source>--no-sign cannot go with --sign or --key.</source>
        <translation>--no-sign ne peut pas être combiné avec --sign ou --key.</translation>
    </message>
    <message>
        <source>PDF output needs the graphical runtime, which did not start.</source>
        <translation>La sortie PDF a besoin de l&apos;environnement graphique, qui n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>There is no team key to sign with: link a key to our team in the directory, or give --key FINGERPRINT.</source>
        <translation>Il n&apos;y a pas de clé d&apos;équipe pour signer&#xa0;: liez une clé à notre équipe dans l&apos;annuaire, ou indiquez --key FINGERPRINT.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bcc: %1</source>
        <translation>Cci&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryLint</name>
    <message>
        <source>The advisory has no identifier.</source>
        <translation>L&apos;avis de sécurité n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>The advisory has no title.</source>
        <translation>L&apos;avis de sécurité n&apos;a pas de titre.</translation>
    </message>
    <message>
        <source>The advisory has no summary.</source>
        <translation>L&apos;avis de sécurité n&apos;a pas de résumé.</translation>
    </message>
    <message>
        <source>The advisory has no description.</source>
        <translation>L&apos;avis de sécurité n&apos;a pas de description.</translation>
    </message>
    <message>
        <source>The advisory names no affected product.</source>
        <translation>L&apos;avis de sécurité ne nomme aucun produit affecté.</translation>
    </message>
    <message>
        <source>Product %1 needs a vendor and a product name.</source>
        <translation>Le produit %1 nécessite un éditeur et un nom de produit.</translation>
    </message>
    <message>
        <source>The advisory lists no vulnerability (CVE, CWE or CVSS).</source>
        <translation>L&apos;avis de sécurité ne mentionne aucune vulnérabilité (CVE, CWE ou CVSS).</translation>
    </message>
    <message>
        <source>%1 is not a CVE identifier.</source>
        <translation>%1 n&apos;est pas un identifiant CVE.</translation>
    </message>
    <message>
        <source>%1 is not a CWE identifier (CWE-number).</source>
        <translation>%1 n&apos;est pas un identifiant CWE (CWE-numéro).</translation>
    </message>
    <message>
        <source>%1 has no name; CSAF wants the CWE title.</source>
        <translation>%1 n&apos;a pas de nom&#x202f;; CSAF exige le titre CWE.</translation>
    </message>
    <message>
        <source>%1 has no CVSS vector.</source>
        <translation>%1 n&apos;a pas de vecteur CVSS.</translation>
    </message>
    <message>
        <source>Reference %1 is not an http(s) URL: %2</source>
        <translation>La référence %1 n&apos;est pas une URL http(s)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The advisory has no references.</source>
        <translation>L&apos;avis de sécurité n&apos;a pas de références.</translation>
    </message>
    <message>
        <source>The advisory offers neither a solution nor a workaround.</source>
        <translation>L&apos;avis de sécurité ne propose ni solution ni contournement.</translation>
    </message>
    <message>
        <source>The advisory has no revision history yet.</source>
        <translation>L&apos;avis de sécurité n&apos;a pas encore d&apos;historique des révisions.</translation>
    </message>
    <message>
        <source>The CSAF document fails mandatory test %1: %2</source>
        <translation>Le document CSAF ne satisfait pas au test obligatoire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryMailer</name>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1 (jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>%1 (no TLP level set)</source>
        <translation>%1 (aucun niveau TLP défini)</translation>
    </message>
    <message>
        <source>The distribution list “%1” has no members.</source>
        <translation>La liste de diffusion «&#x202f;%1&#x202f;» n&apos;a aucun membre.</translation>
    </message>
    <message>
        <source>Not sent: %1 may not go to %2 on the list “%3”. Take them off the list, raise their level in the directory, or lower the advisory&apos;s label.</source>
        <translation>Non envoyé&#xa0;: %1 ne peut pas être transmis à %2 sur la liste «&#x202f;%3&#x202f;». Retirez-les de la liste, relevez leur niveau dans l&apos;annuaire ou abaissez le marquage de l&apos;avis de sécurité.</translation>
    </message>
    <message>
        <source>Not sent: %1 on the list “%2” have no e-mail address in the directory.</source>
        <translation>Non envoyé&#xa0;: %1 sur la liste «&#x202f;%2&#x202f;» n&apos;ont pas d&apos;adresse électronique dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Not sent: %1 is a draft. Publish it (interim or final) before mailing it to a list.</source>
        <translation>Non envoyé&#xa0;: %1 est un brouillon. Publiez-le (interim ou final) avant de l&apos;envoyer à une liste.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryOptions</name>
    <message>
        <source>Take the fields from a JSON file in the form of &apos;advisory show --json&apos;.</source>
        <translation>Prendre les champs d&apos;un fichier JSON au format de «&#x202f;advisory show --json&#x202f;».</translation>
    </message>
    <message>
        <source>The title.</source>
        <translation>Le titre.</translation>
    </message>
    <message>
        <source>TLP 2.0 label: clear, green, amber, amber+strict, red (default amber).</source>
        <translation>Marquage TLP 2.0&#xa0;: clear, green, amber, amber+strict, red (par défaut amber).</translation>
    </message>
    <message>
        <source>The summary: what it is and what to do, in a few lines.</source>
        <translation>Le résumé&#xa0;: de quoi il s&apos;agit et que faire, en quelques lignes.</translation>
    </message>
    <message>
        <source>The description.</source>
        <translation>La description.</translation>
    </message>
    <message>
        <source>The impact.</source>
        <translation>L&apos;impact.</translation>
    </message>
    <message>
        <source>The solution (vendor fix).</source>
        <translation>La solution (correctif de l&apos;éditeur).</translation>
    </message>
    <message>
        <source>Workarounds and mitigations.</source>
        <translation>Contournements et mesures d&apos;atténuation.</translation>
    </message>
    <message>
        <source>Add a vulnerability: cve=CVE;cvss=VECTOR;cwe=CWE-n;cwe-name=NAME;title=TEXT (each part optional; repeatable).</source>
        <translation>Ajouter une vulnérabilité&#xa0;: cve=CVE;cvss=VECTOR;cwe=CWE-n;cwe-name=NAME;title=TEXT (chaque partie facultative&#x202f;; répétable).</translation>
    </message>
    <message>
        <source>Add a product: vendor=V;product=P;version=X or range=vers:...;status=S (status known_affected, fixed, known_not_affected, under_investigation; repeatable).</source>
        <translation>Ajouter un produit&#xa0;: vendor=V;product=P;version=X ou range=vers:...;status=S (statut known_affected, fixed, known_not_affected, under_investigation&#x202f;; répétable).</translation>
    </message>
    <message>
        <source>Add a reference: URL, optionally followed by a space and a summary.</source>
        <translation>Ajouter une référence&#xa0;: URL, éventuellement suivie d&apos;une espace et d&apos;un résumé.</translation>
    </message>
    <message>
        <source>Acknowledge someone (repeatable).</source>
        <translation>Remercier quelqu&apos;un (répétable).</translation>
    </message>
    <message>
        <source>Add a distribution list to the audience (repeatable).</source>
        <translation>Ajouter une liste de diffusion au public (répétable).</translation>
    </message>
    <message>
        <source>Link a ticket (repeatable).</source>
        <translation>Lier un ticket (répétable).</translation>
    </message>
    <message>
        <source>Empty a list before adding: %1.</source>
        <translation>Vider une liste avant d&apos;ajouter&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas du JSON valide&#xa0;: %2.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>position %1</translation>
    </message>
    <message>
        <source>“%1” must hold one JSON object (an advisory).</source>
        <translation>«&#x202f;%1&#x202f;» doit contenir un seul objet JSON (un avis de sécurité).</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un marquage TLP 2.0.</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE with a key of: %2.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas de la forme KEY=VALUE avec une clé parmi&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is given twice.</source>
        <translation>«&#x202f;%1&#x202f;» est indiqué deux fois.</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>La valeur est vide.</translation>
    </message>
    <message>
        <source>Give a version or a range, not both.</source>
        <translation>Indiquez une version ou une plage, pas les deux.</translation>
    </message>
    <message>
        <source>“%1” is not a product status (known_affected, fixed, known_not_affected, under_investigation).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un statut de produit (known_affected, fixed, known_not_affected, under_investigation).</translation>
    </message>
    <message>
        <source>--clear takes one of: %1; not “%2”.</source>
        <translation>--clear prend l&apos;un de&#xa0;: %1&#x202f;; pas «&#x202f;%2&#x202f;».</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryPage</name>
    <message>
        <source>Advisories</source>
        <translation>Avis de sécurité</translation>
    </message>
    <message>
        <source>&amp;New advisory</source>
        <translation>&amp;Nouvel avis de sécurité</translation>
    </message>
    <message>
        <source>&amp;Import CSAF…</source>
        <translation>&amp;Importer un CSAF…</translation>
    </message>
    <message>
        <source>Start an advisory from a CSAF 2.0 document, e.g. a vendor&apos;s.</source>
        <translation>Commencer un avis de sécurité à partir d&apos;un document CSAF 2.0, par exemple celui d&apos;un éditeur.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Fix the errors listed under Checks before publishing.</source>
        <translation>Corrigez les erreurs listées sous Contrôles avant de publier.</translation>
    </message>
    <message>
        <source>Publish a new revision and write its files into a folder.</source>
        <translation>Publier une nouvelle révision et écrire ses fichiers dans un dossier.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>New advisory</source>
        <translation>Nouvel avis de sécurité</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créé.</translation>
    </message>
    <message>
        <source>Import a CSAF 2.0 document</source>
        <translation>Importer un document CSAF 2.0</translation>
    </message>
    <message>
        <source>CSAF documents (*.json)</source>
        <translation>Documents CSAF (*.json)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#x202f;%1&#x202f;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created %1 from %2 of %3.</source>
        <translation>%1 créé à partir de %2 de %3.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Non publié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Published, but the files were not written: %1</source>
        <translation>Publié, mais les fichiers n&apos;ont pas été écrits&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s); the PDF could not be laid out.</source>
        <translation>
            <numerusform>%n fichier écrit&#x202f;; le PDF n&apos;a pas pu être mis en page.</numerusform>
            <numerusform>%n fichiers écrits&#x202f;; le PDF n&apos;a pas pu être mis en page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation>
            <numerusform>%n fichier écrit.</numerusform>
            <numerusform>%n fichiers écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing %1 and writing its files…</source>
        <translation>Publication de %1 et écriture de ses fichiers…</translation>
    </message>
    <message>
        <source>No advisories yet</source>
        <translation>Pas encore d&apos;avis de sécurité</translation>
    </message>
    <message>
        <source>Write one with New advisory below, or start from a vendor&apos;s CSAF document with Import CSAF…</source>
        <translation>Rédigez-en un avec Nouvel avis de sécurité ci-dessous, ou partez du document CSAF d&apos;un fournisseur avec Importer un CSAF…</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryPreview</name>
    <message>
        <source>Text (signed)</source>
        <translation>Texte (signé)</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Contrôles</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Erreur dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Warning about %1: %2</source>
        <translation>Avertissement sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No findings: ready to publish.</source>
        <translation>Aucune constatation&#xa0;: prêt à publier.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryPublisher</name>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier «&#x202f;%1&#x202f;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Writing CSAF and HTML</source>
        <translation>Écriture du CSAF et du HTML</translation>
    </message>
    <message>
        <source>Signing the text with the team key</source>
        <translation>Signature du texte avec la clé de l&apos;équipe</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was written.</source>
        <translation>La publication a été annulée&#x202f;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Writing the files</source>
        <translation>Écriture des fichiers</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>There is no team key to sign with; choose one in the directory or publish unsigned.</source>
        <translation>Il n&apos;y a pas de clé d&apos;équipe pour signer&#x202f;; choisissez-en une dans l&apos;annuaire ou publiez sans signature.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryRenderer</name>
    <message>
        <source>affected</source>
        <translation>affecté</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corrigé</translation>
    </message>
    <message>
        <source>not affected</source>
        <translation>non affecté</translation>
    </message>
    <message>
        <source>under investigation</source>
        <translation>en cours d&apos;investigation</translation>
    </message>
    <message>
        <source>CVSS %1 base score %2 (%3)</source>
        <translation>CVSS %1 score de base %2 (%3)</translation>
    </message>
    <message>
        <source>, temporal %1</source>
        <translation>, temporel %1</translation>
    </message>
    <message>
        <source>, environmental %1</source>
        <translation>, environnemental %1</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
    <message>
        <source>Status: %1, version %2</source>
        <translation>Statut&#xa0;: %1, version %2</translation>
    </message>
    <message>
        <source>First published: %1</source>
        <translation>Première publication&#xa0;: %1</translation>
    </message>
    <message>
        <source>This version: %1</source>
        <translation>Cette version&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnérabilités</translation>
    </message>
    <message>
        <source>Affected products</source>
        <translation>Produits affectés</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Workarounds</source>
        <translation>Contournements</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Acknowledgments</source>
        <translation>Remerciements</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Based on %1 %2.</source>
        <translation>Basé sur %1 %2.</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Historique des révisions</translation>
    </message>
    <message>
        <source>Status: %1, version %2. First published: %3. This version: %4.</source>
        <translation>Statut&#xa0;: %1, version %2. Première publication&#xa0;: %3. Cette version&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryStore</name>
    <message>
        <source>An advisory identifier scheme needs {YYYY} and {NNNN}, e.g. CERT-XX-{YYYY}-{NNNN}.</source>
        <translation>Un schéma d&apos;identifiant d&apos;avis de sécurité nécessite {YYYY} et {NNNN}, p. ex. CERT-XX-{YYYY}-{NNNN}.</translation>
    </message>
    <message>
        <source>An advisory identifier may only hold letters, digits and . _ + : - (got %1).</source>
        <translation>Un identifiant d&apos;avis de sécurité ne peut contenir que des lettres, des chiffres et . _ +&#xa0;: - (reçu&#xa0;: %1).</translation>
    </message>
    <message>
        <source>An advisory needs a title.</source>
        <translation>Un avis de sécurité nécessite un titre.</translation>
    </message>
    <message>
        <source>%1 is not a CWE identifier (CWE-number).</source>
        <translation>%1 n&apos;est pas un identifiant CWE (CWE-numéro).</translation>
    </message>
    <message>
        <source>Product %1 has no name.</source>
        <translation>Le produit %1 n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>Le ticket %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not number the advisory.</source>
        <translation>Impossible de numéroter l&apos;avis de sécurité.</translation>
    </message>
    <message>
        <source>Draft created.</source>
        <translation>Brouillon créé.</translation>
    </message>
    <message>
        <source>The new advisory could not be read back.</source>
        <translation>Le nouvel avis de sécurité n&apos;a pas pu être relu.</translation>
    </message>
    <message>
        <source>No such advisory.</source>
        <translation>Avis de sécurité introuvable.</translation>
    </message>
    <message>
        <source>Publishing means interim or final.</source>
        <translation>Publier signifie «&#x202f;interim&#x202f;» ou «&#x202f;final&#x202f;».</translation>
    </message>
    <message>
        <source>A final advisory cannot go back to interim; publish a new final version.</source>
        <translation>Un avis de sécurité final ne peut pas revenir à «&#x202f;interim&#x202f;»&#x202f;; publiez une nouvelle version finale.</translation>
    </message>
    <message>
        <source>The advisory cannot be final yet: %1</source>
        <translation>L&apos;avis de sécurité ne peut pas encore être final&#xa0;: %1</translation>
    </message>
    <message>
        <source>Final version.</source>
        <translation>Version finale.</translation>
    </message>
    <message>
        <source>Interim version.</source>
        <translation>Version intermédiaire.</translation>
    </message>
    <message>
        <source>CVSS 3.0 vectors are not accepted here; give a CVSS:3.1/ vector (the base metrics are the same). Only a vector from an imported CSAF document is kept as 3.0.</source>
        <translation>Les vecteurs CVSS 3.0 ne sont pas acceptés ici&#x202f;; indiquez un vecteur CVSS:3.1/ (les métriques de base sont les mêmes). Seul un vecteur issu d&apos;un document CSAF importé est conservé en 3.0.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryView</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>IDENTIFIER</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>RELEASED</source>
        <translation>PUBLIÉ</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>Advisory #%1 %2, %3, version %4</source>
        <translation>Avis de sécurité #%1 %2, %3, version %4</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>Public&#xa0;: %1</translation>
    </message>
    <message>
        <source>Linked tickets: %1</source>
        <translation>Tickets liés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported from %1 (%2), document %3, SHA-256 %4</source>
        <translation>Importé de %1 (%2), document %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>Revision %1, %2: %3</source>
        <translation>Révision %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucune constatation.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CHAMP</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
</context>
<context>
    <name>fb::AtomicFile</name>
    <message>
        <source>Cannot write a file without a name.</source>
        <translation>Impossible d&apos;écrire un fichier sans nom.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d&apos;écrire «&#x202f;%1&#x202f;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>fb::BulkActions</name>
    <message numerus="yes">
        <source>%n selected ticket(s)</source>
        <translation>
            <numerusform>%n ticket sélectionné</numerusform>
            <numerusform>%n tickets sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <source>Abandon…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Attribuer à…</translation>
    </message>
    <message>
        <source>Set TLP</source>
        <translation>Définir le TLP</translation>
    </message>
    <message>
        <source>Set class…</source>
        <translation>Définir la classe…</translation>
    </message>
    <message>
        <source>Link to incident…</source>
        <translation>Rattacher à un incident…</translation>
    </message>
    <message numerus="yes">
        <source>Make %n ticket(s) %1</source>
        <translation>
            <numerusform>Passer %n ticket à l&apos;état «&#x202f;%1&#x202f;»</numerusform>
            <numerusform>Passer %n tickets à l&apos;état «&#x202f;%1&#x202f;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Why are they rejected? (Kept as each ticket&apos;s resolution.)</source>
        <translation>Pourquoi sont-ils rejetés&#x202f;? (Conservé comme résolution de chaque ticket.)</translation>
    </message>
    <message>
        <source>Resolution (kept on each ticket):</source>
        <translation>Résolution (conservée sur chaque ticket)&#xa0;:</translation>
    </message>
    <message>
        <source>Say why the tickets are rejected; nothing was changed.</source>
        <translation>Indiquez pourquoi les tickets sont rejetés&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) now %1.</source>
        <translation>
            <numerusform>%n ticket désormais&#xa0;: %1.</numerusform>
            <numerusform>%n tickets désormais&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message numerus="yes">
        <source>Owner of the %n ticket(s):</source>
        <translation>
            <numerusform>Responsable pour %n ticket&#xa0;:</numerusform>
            <numerusform>Responsable pour %n tickets&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to %1.</source>
        <translation>
            <numerusform>%n ticket attribué à %1.</numerusform>
            <numerusform>%n tickets attribués à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Set class</source>
        <translation>Définir la classe</translation>
    </message>
    <message numerus="yes">
        <source>Class and type of the %n ticket(s):</source>
        <translation>
            <numerusform>Classe et type pour %n ticket&#xa0;:</numerusform>
            <numerusform>Classe et type pour %n tickets&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to incident</source>
        <translation>Rattacher à un incident</translation>
    </message>
    <message numerus="yes">
        <source>Number of the incident for the %n ticket(s):</source>
        <translation>
            <numerusform>Numéro de l&apos;incident pour %n ticket&#xa0;:</numerusform>
            <numerusform>Numéro de l&apos;incident pour les %n tickets&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket number; nothing was changed.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un numéro de ticket&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) linked to incident %1.</source>
        <translation>
            <numerusform>%n ticket rattaché à l&apos;incident %1.</numerusform>
            <numerusform>%n tickets rattachés à l&apos;incident %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n ticket(s)</source>
        <translation>
            <numerusform>Modifier %n ticket</numerusform>
            <numerusform>Modifier %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

All of them change in one step, or none does.</source>
        <translation>%1

Ils sont tous modifiés en une seule étape, ou aucun ne l&apos;est.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n ticket(s) refused.</source>
        <translation>
            <numerusform>Rien n&apos;a été modifié&#xa0;: %n ticket refusé.</numerusform>
            <numerusform>Rien n&apos;a été modifié&#xa0;: %n tickets refusés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ChangePassphraseDialog</name>
    <message>
        <source>The current passphrase is not the one of this workspace.</source>
        <translation>La phrase secrète actuelle n&apos;est pas celle de cet espace de travail.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The whole workspace is re-encrypted under a key from the new passphrase. If the computer stops meanwhile, the old passphrase still opens it. The new passphrase cannot be recovered: keep it somewhere safe.</source>
        <translation>Tout l&apos;espace de travail est rechiffré avec une clé issue de la nouvelle phrase secrète. Si l&apos;ordinateur s&apos;arrête entre-temps, l&apos;ancienne phrase secrète l&apos;ouvre toujours. La nouvelle phrase secrète ne peut pas être récupérée&#xa0;: conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Re-encrypting the workspace…</source>
        <translation>Rechiffrement de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Saisissez la phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>fb::ChannelTable</name>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Address or number</source>
        <translation>Adresse ou numéro</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Out of band</source>
        <translation>Hors bande</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>An abuse address is an e-mail channel with the usage Abuse. Out-of-band channels are for when the usual ones may be compromised or down.</source>
        <translation>Une adresse abuse est un canal de courriel avec l&apos;usage Abuse. Les canaux hors bande servent lorsque les canaux habituels risquent d&apos;être compromis ou indisponibles.</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Retirer le canal</translation>
    </message>
</context>
<context>
    <name>fb::ChartPanel</name>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export this chart as %1</source>
        <translation>Exporter ce graphique en %1</translation>
    </message>
    <message>
        <source>The chart could not be written as PNG.</source>
        <translation>Le graphique n&apos;a pas pu être écrit en PNG.</translation>
    </message>
    <message>
        <source>The chart could not be written as SVG.</source>
        <translation>Le graphique n&apos;a pas pu être écrit en SVG.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
</context>
<context>
    <name>fb::Cli</name>
    <message>
        <source>Usage: %1 [global options] &lt;noun&gt; &lt;verb&gt; [options]

Firebreak incident handling from the command line: tickets (reports, incidents, investigations,
countermeasures), observables, taxonomies and SLAs in one encrypted workspace file.

Commands:
</source>
        <translation>Usage&#xa0;: %1 [options globales] &lt;nom&gt; &lt;verbe&gt; [options]

Traitement des incidents Firebreak en ligne de commande&#xa0;: tickets (signalements, incidents, investigations,
contre-mesures), observables, taxonomies et SLA dans un seul fichier d&apos;espace de travail chiffré.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Global options (also accepted after the command):
</source>
        <translation>
Options globales (acceptées aussi après la commande)&#xa0;:
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>; see %1 --help.</source>
        <translation>; voir %1 --help.</translation>
    </message>
    <message>
        <source>No command given; see %1 --help.</source>
        <translation>Aucune commande indiquée&#x202f;; voir %1 --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; see %2 --help.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une commande&#x202f;; voir %2 --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a verb: %2.</source>
        <translation>«&#x202f;%1&#x202f;» nécessite un verbe&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; is not a command; verbs of %1: %3.</source>
        <translation>«&#x202f;%1 %2&#x202f;» n&apos;est pas une commande&#x202f;; verbes de %1&#xa0;: %3.</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium n&apos;a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; is not a command; %1 needs %3.</source>
        <translation>«&#x202f;%1 %2&#x202f;» n&apos;est pas une commande&#x202f;; %1 nécessite le verbe %3.</translation>
    </message>
    <message>
        <source>  -h, --help                 Show this help; &apos;%1 &lt;command&gt; --help&apos; shows a command&apos;s options.
  --version                  Show the version.

Environment:
  FIREBREAK_WORKSPACE        The workspace file when --workspace is not given.
  FIREBREAK_PASSPHRASE       The passphrase when --passphrase-file is not given (else a no-echo
                             prompt on the terminal; without a terminal the command fails).
  FIREBREAK_NEW_PASSPHRASE   The new passphrase for passwd.
  FIREBREAK_ACTOR            The name recorded in the history (else $USER).
  FIREBREAK_NO_SESSION       When set (not 0), like --no-session: never use a key kept by unlock.

Times are shown in local time; JSON (--json) gives ISO 8601 UTC.

Exit codes:
</source>
        <translation>  -h, --help                 Afficher cette aide&#x202f;; «&#x202f;%1 &lt;commande&gt; --help&#x202f;» affiche les options d&apos;une commande.
  --version                  Afficher la version.

Environnement&#xa0;:
  FIREBREAK_WORKSPACE        Le fichier d&apos;espace de travail quand --workspace n&apos;est pas indiqué.
  FIREBREAK_PASSPHRASE       La phrase secrète quand --passphrase-file n&apos;est pas indiqué (sinon une
                             saisie sans écho sur le terminal&#x202f;; sans terminal, la commande échoue).
  FIREBREAK_NEW_PASSPHRASE   La nouvelle phrase secrète pour passwd.
  FIREBREAK_ACTOR            Le nom enregistré dans l&apos;historique (sinon $USER).
  FIREBREAK_NO_SESSION       Si elle est définie (et différente de 0), comme --no-session&#xa0;: ne jamais
                             utiliser une clé conservée par unlock.

Les heures sont affichées en heure locale&#x202f;; le JSON (--json) donne l&apos;heure UTC en ISO 8601.

Codes de sortie&#xa0;:
</translation>
    </message>
</context>
<context>
    <name>fb::CliContext</name>
    <message>
        <source>The workspace file (default: $%1).</source>
        <translation>Le fichier d&apos;espace de travail (par défaut&#xa0;: $%1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else $%1, else a prompt).</source>
        <translation>Lire la phrase secrète sur la première ligne de FICHIER (sinon $%1, sinon une saisie).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>Name recorded in the history (default: $%1, else the login name).</source>
        <translation>Nom enregistré dans l&apos;historique (par défaut&#xa0;: $%1, sinon le nom de connexion).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>No workspace given: use --workspace FILE or set %1.</source>
        <translation>Aucun espace de travail indiqué&#xa0;: utilisez --workspace FILE ou définissez %1.</translation>
    </message>
    <message>
        <source>No passphrase given and no terminal to ask for one: use --passphrase-file FILE or set %1.</source>
        <translation>Aucune phrase secrète indiquée et aucun terminal pour la demander&#xa0;: utilisez --passphrase-file FILE ou définissez %1.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Répétez la phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>No new passphrase given and no terminal to ask for one: use a passphrase file or set %1.</source>
        <translation>Aucune nouvelle phrase secrète indiquée et aucun terminal pour la demander&#xa0;: utilisez un fichier de phrase secrète ou définissez %1.</translation>
    </message>
    <message>
        <source>There is no workspace file at %1.</source>
        <translation>Il n&apos;y a pas de fichier d&apos;espace de travail à %1.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket number.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un numéro de ticket.</translation>
    </message>
    <message>
        <source>Ignore a key kept by unlock: ask for the passphrase (also $%1=1).</source>
        <translation>Ignorer une clé conservée par unlock&#xa0;: demander la phrase secrète (aussi $%1=1).</translation>
    </message>
</context>
<context>
    <name>fb::CliFiles</name>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#x202f;%1&#x202f;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation>Aucun fichier de sortie indiqué.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>Impossible d&apos;écrire «&#x202f;%1&#x202f;»&#xa0;: c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>“%1” already exists; give --force to replace it.</source>
        <translation>«&#x202f;%1&#x202f;» existe déjà&#x202f;; indiquez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: there is no folder %2.</source>
        <translation>Impossible d&apos;écrire «&#x202f;%1&#x202f;»&#xa0;: le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder is not writable.</source>
        <translation>Impossible d&apos;écrire «&#x202f;%1&#x202f;»&#xa0;: le dossier n&apos;est pas accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>fb::Command</name>
    <message>
        <source>Add a team (or a person) to the contact directory</source>
        <translation>Ajouter une équipe (ou une personne) à l&apos;annuaire des contacts</translation>
    </message>
    <message>
        <source>Change a team in the directory</source>
        <translation>Modifier une équipe de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Show a team with its contacts and warnings</source>
        <translation>Afficher une équipe avec ses contacts et ses avertissements</translation>
    </message>
    <message>
        <source>List the teams (and people) of the directory</source>
        <translation>Lister les équipes (et les personnes) de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Who handles an IP, CIDR, ASN, domain or e-mail address</source>
        <translation>Qui traite une IP, un CIDR, un ASN, un domaine ou une adresse électronique</translation>
    </message>
    <message>
        <source>Import a Trusted Introducer teams.json or vCards</source>
        <translation>Importer un teams.json de Trusted Introducer ou des vCards</translation>
    </message>
    <message>
        <source>Export the directory as vCard or JSON</source>
        <translation>Exporter l&apos;annuaire en vCard ou JSON</translation>
    </message>
    <message>
        <source>List entries not verified for a while</source>
        <translation>Lister les entrées non vérifiées depuis un certain temps</translation>
    </message>
    <message>
        <source>Import, link and check the OpenPGP keys of teams and people</source>
        <translation>Importer, lier et contrôler les clés OpenPGP des équipes et des personnes</translation>
    </message>
    <message>
        <source>List RSIT classes and types, TLP and PAP labels (no workspace needed)</source>
        <translation>Lister les classes et types RSIT, les marquages TLP et PAP (sans espace de travail)</translation>
    </message>
    <message>
        <source>Create a ticket and print its number</source>
        <translation>Créer un ticket et afficher son numéro</translation>
    </message>
    <message>
        <source>List tickets: queues by kind, state, owner...</source>
        <translation>Lister les tickets&#xa0;: files d&apos;attente par nature, état, responsable...</translation>
    </message>
    <message>
        <source>Change one field of a ticket</source>
        <translation>Modifier un champ d&apos;un ticket</translation>
    </message>
    <message>
        <source>Move a ticket to another state</source>
        <translation>Faire passer un ticket dans un autre état</translation>
    </message>
    <message>
        <source>Link a ticket under an incident</source>
        <translation>Rattacher un ticket à un incident</translation>
    </message>
    <message>
        <source>Remove a ticket from an incident</source>
        <translation>Retirer un ticket d&apos;un incident</translation>
    </message>
    <message>
        <source>Merge a duplicate report into another</source>
        <translation>Fusionner un signalement en double dans un autre</translation>
    </message>
    <message>
        <source>Add a tag to a ticket</source>
        <translation>Ajouter une étiquette à un ticket</translation>
    </message>
    <message>
        <source>Remove a tag from a ticket</source>
        <translation>Retirer une étiquette d&apos;un ticket</translation>
    </message>
    <message>
        <source>Add an observable (address, domain, hash...)</source>
        <translation>Ajouter un observable (adresse, domaine, empreinte...)</translation>
    </message>
    <message>
        <source>Search: full text plus typed terms (ip:, cve:, owner:me...)</source>
        <translation>Rechercher&#xa0;: texte intégral et termes typés (ip:, cve:, owner:me...)</translation>
    </message>
    <message>
        <source>Show the history of a ticket</source>
        <translation>Afficher l&apos;historique d&apos;un ticket</translation>
    </message>
    <message>
        <source>Tickets with an observable; a network finds every address inside</source>
        <translation>Tickets portant un observable&#x202f;; un réseau trouve toutes les adresses qu&apos;il contient</translation>
    </message>
    <message>
        <source>Print the observables in a text (no workspace needed)</source>
        <translation>Afficher les observables d&apos;un texte (sans espace de travail)</translation>
    </message>
    <message>
        <source>Show response and resolution times per severity</source>
        <translation>Afficher les délais de réponse et de résolution par gravité</translation>
    </message>
    <message>
        <source>Change the times of one severity</source>
        <translation>Modifier les délais d&apos;une gravité</translation>
    </message>
    <message>
        <source>Create a new encrypted workspace</source>
        <translation>Créer un nouvel espace de travail chiffré</translation>
    </message>
    <message>
        <source>Change the passphrase of a workspace</source>
        <translation>Changer la phrase secrète d&apos;un espace de travail</translation>
    </message>
    <message>
        <source>Create a demo workspace (if needed) and show its queues</source>
        <translation>Créer un espace de travail de démonstration (si nécessaire) et afficher ses files d&apos;attente</translation>
    </message>
    <message>
        <source>Start an advisory (a draft)</source>
        <translation>Commencer un avis de sécurité (un brouillon)</translation>
    </message>
    <message>
        <source>Change an advisory, or publish a revision</source>
        <translation>Modifier un avis de sécurité, ou publier une révision</translation>
    </message>
    <message>
        <source>Show an advisory</source>
        <translation>Afficher un avis de sécurité</translation>
    </message>
    <message>
        <source>List the advisories</source>
        <translation>Lister les avis de sécurité</translation>
    </message>
    <message>
        <source>Check an advisory before publishing</source>
        <translation>Contrôler un avis de sécurité avant publication</translation>
    </message>
    <message>
        <source>Write an advisory as CSAF, signed text, HTML, PDF or mail</source>
        <translation>Écrire un avis de sécurité en CSAF, texte signé, HTML, PDF ou courriel</translation>
    </message>
    <message>
        <source>Start an advisory from a CSAF 2.0 document (e.g. a vendor&apos;s)</source>
        <translation>Commencer un avis de sécurité à partir d&apos;un document CSAF 2.0 (par exemple celui d&apos;un éditeur)</translation>
    </message>
    <message>
        <source>Import mail (mbox, Maildir, .eml) into reports and their tickets</source>
        <translation>Importer du courriel (mbox, Maildir, .eml) dans des signalements et leurs tickets</translation>
    </message>
    <message>
        <source>Write a reply, notification or list message from a ticket (.eml)</source>
        <translation>Écrire une réponse, une notification ou un message de liste à partir d&apos;un ticket (.eml)</translation>
    </message>
    <message>
        <source>Export a ticket&apos;s correspondence as mbox, or one message as .eml</source>
        <translation>Exporter la correspondance d&apos;un ticket en mbox, ou un message en .eml</translation>
    </message>
    <message>
        <source>Edit the team&apos;s RFC 2350 profile by section number, from a file or the directory</source>
        <translation>Modifier le profil RFC 2350 de l&apos;équipe par numéro de section, à partir d&apos;un fichier ou de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Show the profile draft, or another team&apos;s import</source>
        <translation>Afficher le brouillon du profil, ou l&apos;import d&apos;une autre équipe</translation>
    </message>
    <message>
        <source>Check the profile before signing</source>
        <translation>Contrôler le profil avant de le signer</translation>
    </message>
    <message>
        <source>Render the profile as text, HTML or PDF</source>
        <translation>Produire le profil en texte, HTML ou PDF</translation>
    </message>
    <message>
        <source>List the published versions of the profile</source>
        <translation>Lister les versions publiées du profil</translation>
    </message>
    <message>
        <source>Show what changed between two versions</source>
        <translation>Afficher ce qui a changé entre deux versions</translation>
    </message>
    <message>
        <source>Sign the profile with the team key and keep it as a new version</source>
        <translation>Signer le profil avec la clé de l&apos;équipe et le conserver comme nouvelle version</translation>
    </message>
    <message>
        <source>Check the signature of an RFC 2350 document</source>
        <translation>Vérifier la signature d&apos;un document RFC 2350</translation>
    </message>
    <message>
        <source>Write (and sign) an RFC 9116 security.txt, or lint one</source>
        <translation>Écrire (et signer) un security.txt RFC 9116, ou en contrôler un</translation>
    </message>
    <message>
        <source>Read another team&apos;s RFC 2350 document into the directory</source>
        <translation>Lire le document RFC 2350 d&apos;une autre équipe dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Show a stored message: headers, text, attachments, signature</source>
        <translation>Afficher un message stocké&#xa0;: en-têtes, texte, pièces jointes, signature</translation>
    </message>
    <message>
        <source>Show every setting with its value</source>
        <translation>Afficher chaque réglage avec sa valeur</translation>
    </message>
    <message>
        <source>Show one setting&apos;s value</source>
        <translation>Afficher la valeur d&apos;un réglage</translation>
    </message>
    <message>
        <source>Change settings (as the GUI&apos;s Settings page)</source>
        <translation>Modifier les réglages (comme la page Paramètres de l&apos;interface graphique)</translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity, the history chain and the tickets</source>
        <translation>Contrôler l&apos;intégrité du fichier, la chaîne d&apos;historique et les tickets</translation>
    </message>
    <message>
        <source>Copy what can still be read of a damaged workspace into a new one</source>
        <translation>Copier ce qui peut encore être lu d&apos;un espace de travail endommagé dans un nouveau</translation>
    </message>
    <message>
        <source>Save an attachment of a stored message</source>
        <translation>Enregistrer une pièce jointe d&apos;un message stocké</translation>
    </message>
    <message>
        <source>Show a distribution list with its members and recipients</source>
        <translation>Afficher une liste de diffusion avec ses membres et ses destinataires</translation>
    </message>
    <message>
        <source>Delete a distribution list</source>
        <translation>Supprimer une liste de diffusion</translation>
    </message>
    <message>
        <source>List the distribution lists</source>
        <translation>Lister les listes de diffusion</translation>
    </message>
    <message>
        <source>Put teams and people on a distribution list</source>
        <translation>Inscrire des équipes et des personnes sur une liste de diffusion</translation>
    </message>
    <message>
        <source>Take teams and people off a distribution list</source>
        <translation>Retirer des équipes et des personnes d&apos;une liste de diffusion</translation>
    </message>
    <message>
        <source>Create a distribution list</source>
        <translation>Créer une liste de diffusion</translation>
    </message>
    <message>
        <source>List the mail that could not be imported</source>
        <translation>Lister le courriel qui n&apos;a pas pu être importé</translation>
    </message>
    <message>
        <source>Show one quarantined message, or save its raw bytes</source>
        <translation>Afficher un message en quarantaine, ou enregistrer ses octets bruts</translation>
    </message>
    <message>
        <source>Remove an observable from a ticket</source>
        <translation>Retirer un observable d&apos;un ticket</translation>
    </message>
    <message>
        <source>Add an internal comment to a ticket</source>
        <translation>Ajouter un commentaire interne à un ticket</translation>
    </message>
    <message>
        <source>Show a ticket with its links, comments, mail and history</source>
        <translation>Afficher un ticket avec ses liens, commentaires, courriels et historique</translation>
    </message>
    <message>
        <source>Change many tickets at once, all or nothing</source>
        <translation>Modifier plusieurs tickets à la fois, tout ou rien</translation>
    </message>
    <message>
        <source>List the workspace&apos;s playbooks</source>
        <translation>Lister les playbooks de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Show a playbook and its tasks</source>
        <translation>Afficher un playbook et ses tâches</translation>
    </message>
    <message>
        <source>Import playbooks from a JSON file</source>
        <translation>Importer des playbooks depuis un fichier JSON</translation>
    </message>
    <message>
        <source>Export playbooks as JSON</source>
        <translation>Exporter des playbooks en JSON</translation>
    </message>
    <message>
        <source>Remove a playbook</source>
        <translation>Supprimer un playbook</translation>
    </message>
    <message>
        <source>Give a ticket the tasks of a playbook</source>
        <translation>Appliquer à un ticket les tâches d&apos;un playbook</translation>
    </message>
    <message>
        <source>Add a task to a ticket</source>
        <translation>Ajouter une tâche à un ticket</translation>
    </message>
    <message>
        <source>List tasks: a ticket&apos;s, yours, or the overdue ones</source>
        <translation>Lister des tâches&#xa0;: celles d&apos;un ticket, les vôtres ou celles en retard</translation>
    </message>
    <message>
        <source>Give a task to someone</source>
        <translation>Attribuer une tâche à quelqu&apos;un</translation>
    </message>
    <message>
        <source>Set when a task is due</source>
        <translation>Définir l&apos;échéance d&apos;une tâche</translation>
    </message>
    <message>
        <source>Add a note to a task</source>
        <translation>Ajouter une note à une tâche</translation>
    </message>
    <message>
        <source>Mark a task done</source>
        <translation>Marquer une tâche comme terminée</translation>
    </message>
    <message>
        <source>Mark a task not applicable</source>
        <translation>Marquer une tâche comme sans objet</translation>
    </message>
    <message>
        <source>Open a done or not applicable task again</source>
        <translation>Rouvrir une tâche terminée ou sans objet</translation>
    </message>
    <message>
        <source>Attach files to a ticket as evidence</source>
        <translation>Joindre des fichiers à un ticket comme preuves</translation>
    </message>
    <message>
        <source>List a ticket&apos;s evidence files</source>
        <translation>Lister les fichiers de preuve d&apos;un ticket</translation>
    </message>
    <message>
        <source>Export a ticket&apos;s evidence to a folder with SHA256SUMS</source>
        <translation>Exporter les preuves d&apos;un ticket dans un dossier avec SHA256SUMS</translation>
    </message>
    <message>
        <source>Remove an evidence file from its ticket</source>
        <translation>Retirer un fichier de preuve de son ticket</translation>
    </message>
    <message>
        <source>Reply to every reporter of an incident</source>
        <translation>Répondre à chaque déclarant d&apos;un incident</translation>
    </message>
    <message>
        <source>Add an event to a ticket&apos;s timeline</source>
        <translation>Ajouter un événement à la chronologie d&apos;un ticket</translation>
    </message>
    <message>
        <source>List a ticket&apos;s timeline</source>
        <translation>Lister la chronologie d&apos;un ticket</translation>
    </message>
    <message>
        <source>Change a timeline event</source>
        <translation>Modifier un événement de la chronologie</translation>
    </message>
    <message>
        <source>Remove a timeline event</source>
        <translation>Retirer un événement de la chronologie</translation>
    </message>
    <message>
        <source>Import timeline events from CSV</source>
        <translation>Importer des événements de chronologie depuis un CSV</translation>
    </message>
    <message>
        <source>Export a ticket&apos;s timeline as CSV</source>
        <translation>Exporter la chronologie d&apos;un ticket en CSV</translation>
    </message>
    <message>
        <source>Launch investigations: ask each responsible team</source>
        <translation>Lancer des investigations&#xa0;: solliciter chaque équipe responsable</translation>
    </message>
    <message>
        <source>Write an incident report as PDF, HTML or Markdown</source>
        <translation>Écrire un rapport d&apos;incident en PDF, HTML ou Markdown</translation>
    </message>
    <message>
        <source>Export a ticket as a MISP event</source>
        <translation>Exporter un ticket comme événement MISP</translation>
    </message>
    <message>
        <source>Import a MISP event</source>
        <translation>Importer un événement MISP</translation>
    </message>
    <message>
        <source>Write the periodic report on a constituency</source>
        <translation>Écrire le rapport périodique d&apos;une communauté desservie</translation>
    </message>
    <message>
        <source>Export an incident as a MISP event or IODEF document</source>
        <translation>Exporter un incident comme événement MISP ou document IODEF</translation>
    </message>
    <message>
        <source>Import a MISP event or IODEF document</source>
        <translation>Importer un événement MISP ou un document IODEF</translation>
    </message>
    <message>
        <source>Keep the workspace&apos;s key for a while: later commands skip the passphrase</source>
        <translation>Conserver la clé de l&apos;espace de travail pendant un moment&#xa0;: les commandes suivantes ne demandent pas la phrase secrète</translation>
    </message>
    <message>
        <source>Forget the key that unlock kept</source>
        <translation>Oublier la clé conservée par unlock</translation>
    </message>
    <message>
        <source>Export statistics that can be shared (small counts suppressed)</source>
        <translation>Exporter des statistiques partageables (petits effectifs masqués)</translation>
    </message>
</context>
<context>
    <name>fb::CommandHelp</name>
    <message>
        <source>Usage: %1 %2 [options]%3</source>
        <translation>Usage&#xa0;: %1 %2 [options]%3</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales&#xa0;:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Needs no workspace.</source>
        <translation>Ne nécessite pas d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Creates the workspace (--workspace or $%1).</source>
        <translation>Crée l&apos;espace de travail (--workspace ou $%1).</translation>
    </message>
    <message>
        <source>Usage: %1 %2 &lt;verb&gt; [options]

Verbs:
</source>
        <translation>Usage&#xa0;: %1 %2 &lt;verbe&gt; [options]

Verbes&#xa0;:
</translation>
    </message>
    <message>
        <source>
&apos;%1 %2 &lt;verb&gt; --help&apos; shows the options of a verb.
</source>
        <translation>
«&#x202f;%1 %2 &lt;verbe&gt; --help&#x202f;» affiche les options d&apos;un verbe.
</translation>
    </message>
    <message>
        <source>Opens the workspace (--workspace or $%1) with the key kept by unlock, else with its passphrase.</source>
        <translation>Ouvre l&apos;espace de travail (--workspace ou $%1) avec la clé conservée par unlock, sinon avec sa phrase secrète.</translation>
    </message>
    <message>
        <source>Opens the workspace (--workspace or $%1) with its passphrase, never with a key kept by unlock.</source>
        <translation>Ouvre l&apos;espace de travail (--workspace ou $%1) avec sa phrase secrète, jamais avec une clé conservée par unlock.</translation>
    </message>
    <message>
        <source>Names the workspace (--workspace or $%1) without opening it.</source>
        <translation>Désigne l&apos;espace de travail (--workspace ou $%1) sans l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>fb::CommentStore</name>
    <message>
        <source>A comment cannot be empty.</source>
        <translation>Un commentaire ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A comment can be at most %L1 characters long; this one has %L2. Attach long texts as files.</source>
        <translation>Un commentaire peut compter au plus %L1 caractères&#x202f;; celui-ci en compte %L2. Joignez les textes longs sous forme de fichiers.</translation>
    </message>
</context>
<context>
    <name>fb::ComposerDialog</name>
    <message>
        <source>Save message</source>
        <translation>Enregistrer le message</translation>
    </message>
    <message>
        <source>Mail message (*.eml)</source>
        <translation>Message électronique (*.eml)</translation>
    </message>
    <message>
        <source>Write mail for ticket %1</source>
        <translation>Écrire un courriel pour le ticket %1</translation>
    </message>
    <message>
        <source>the incident response team</source>
        <translation>l&apos;équipe de réponse aux incidents</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Reporter: %1</source>
        <translation>Déclarant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Investigation #%1: %2</source>
        <translation>Investigation #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Team: %1 &lt;%2&gt;</source>
        <translation>Équipe&#xa0;: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No known correspondent: type the address below</source>
        <translation>Aucun correspondant connu&#xa0;: saisissez l&apos;adresse ci-dessous</translation>
    </message>
    <message>
        <source>name@example.org, another@example.net</source>
        <translation>name@example.org, another@example.net</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Modifier le modèle…</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>TLP:</source>
        <translation>TLP&#xa0;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <source>The subject gets the ticket tag %1 and the TLP label; the TLP label also goes above the text.</source>
        <translation>L&apos;objet reçoit la balise de ticket %1 et le marquage TLP&#x202f;; le marquage TLP figure aussi au-dessus du texte.</translation>
    </message>
    <message>
        <source>Sign with the team key</source>
        <translation>Signer avec la clé de l&apos;équipe</translation>
    </message>
    <message>
        <source>No team key: choose our team and its key in the directory to sign mail.</source>
        <translation>Pas de clé d&apos;équipe&#xa0;: choisissez notre équipe et sa clé dans l&apos;annuaire pour signer les courriels.</translation>
    </message>
    <message>
        <source>Team key %1</source>
        <translation>Clé de l&apos;équipe %1</translation>
    </message>
    <message>
        <source>Encrypt to every recipient</source>
        <translation>Chiffrer pour chaque destinataire</translation>
    </message>
    <message>
        <source>Looking up recipients&apos; keys…</source>
        <translation>Recherche des clés des destinataires…</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Enregistrer en .eml…</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>collègue</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>Modifier le modèle</translation>
    </message>
    <message>
        <source>The template is saved in this workspace.</source>
        <translation>Le modèle est enregistré dans cet espace de travail.</translation>
    </message>
    <message>
        <source>The workspace keyring could not be read: %1</source>
        <translation>Le trousseau de l&apos;espace de travail n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>No recipient yet.</source>
        <translation>Pas encore de destinataire.</translation>
    </message>
    <message>
        <source>✔ %1: usable key %2</source>
        <translation>✔ %1&#xa0;: clé utilisable %2</translation>
    </message>
    <message>
        <source>✘ %1: no usable key in the workspace keyring (Import key… in the directory)</source>
        <translation>✘ %1&#xa0;: aucune clé utilisable dans le trousseau de l&apos;espace de travail (Importer une clé… dans l&apos;annuaire)</translation>
    </message>
    <message>
        <source>Every recipient has a usable key.</source>
        <translation>Chaque destinataire a une clé utilisable.</translation>
    </message>
    <message>
        <source>Composing…</source>
        <translation>Rédaction…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1. Sending over SMTP comes later.</source>
        <translation>Enregistré dans %1. L&apos;envoi par SMTP viendra plus tard.</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc&#xa0;:</translation>
    </message>
    <message>
        <source>Bcc:</source>
        <translation>Cci&#xa0;:</translation>
    </message>
    <message>
        <source>Blind copies: the other recipients do not see these addresses. The line stays in the saved .eml for the program that sends it, which removes it. Not with encryption, whose message would name their keys.</source>
        <translation>Copies cachées&#xa0;: les autres destinataires ne voient pas ces adresses. La ligne reste dans le .eml enregistré pour le programme qui l’envoie, qui la retire. Pas avec le chiffrement, dont le message nommerait leurs clés.</translation>
    </message>
    <message>
        <source>Sender of the last message: %1</source>
        <translation>Expéditeur du dernier message&#xa0;: %1</translation>
    </message>
    <message>
        <source>Encryption needs a recipient with a usable key.</source>
        <translation>Le chiffrement nécessite un destinataire ayant une clé utilisable.</translation>
    </message>
    <message>
        <source>Cannot encrypt: no usable key for %1.</source>
        <translation>Impossible de chiffrer&#xa0;: aucune clé utilisable pour %1.</translation>
    </message>
    <message>
        <source>⚠ %1 is less restrictive than the ticket&apos;s %2: check that everything in this message may be shared as %1.</source>
        <translation>⚠ %1 est moins restrictif que le marquage %2 du ticket&#xa0;: vérifiez que tout le contenu de ce message peut être partagé en %1.</translation>
    </message>
    <message>
        <source>“%1” for this workspace. Placeholders: {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting}, {observables}. Empty text brings back the built-in template.</source>
        <translation>«&#x202f;%1&#x202f;» pour cet espace de travail. Variables&#xa0;: {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting}, {observables}. Un texte vide rétablit le modèle intégré.</translation>
    </message>
</context>
<context>
    <name>fb::Constituency</name>
    <message>
        <source>“%1” is not an IP address or CIDR block.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est ni une adresse IP ni un bloc CIDR.</translation>
    </message>
    <message>
        <source>“%1” is not an address range (first-last).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une plage d&apos;adresses (première-dernière).</translation>
    </message>
    <message>
        <source>The range “%1” mixes IPv4 and IPv6.</source>
        <translation>La plage «&#x202f;%1&#x202f;» mélange IPv4 et IPv6.</translation>
    </message>
    <message>
        <source>The range “%1” ends before it starts.</source>
        <translation>La plage «&#x202f;%1&#x202f;» se termine avant de commencer.</translation>
    </message>
    <message>
        <source>“%1” is not an AS number.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un numéro d&apos;AS.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un nom de domaine.</translation>
    </message>
    <message>
        <source>A constituency entry cannot be empty.</source>
        <translation>Une entrée de communauté desservie ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Unknown constituency kind.</source>
        <translation>Type de communauté desservie inconnu.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number, %2 why the line was refused</extracomment>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fb::ConstituencyReport</name>
    <message>
        <source>All constituencies</source>
        <translation>Toutes les communautés desservies</translation>
    </message>
    <message>
        <source>Generated %1 by %2.</source>
        <translation>Généré le %1 par %2.</translation>
    </message>
    <message>
        <source>Generated %1 by %2 for %3.</source>
        <translation>Généré le %1 par %2 pour %3.</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Sans type</translation>
    </message>
    <message>
        <source>No ticket names the constituency “%1”.</source>
        <translation>Aucun ticket ne désigne la communauté desservie «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>Décompte des tickets…</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, du %2 au %3</translation>
    </message>
    <message>
        <source>Constituency report: %1</source>
        <translation>Rapport de communauté desservie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Incident reports received</source>
        <translation>Signalements d&apos;incident reçus</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>Incidents resolved</source>
        <translation>Incidents résolus</translation>
    </message>
    <message>
        <source>Incidents still open at the end of the period</source>
        <translation>Incidents encore ouverts à la fin de la période</translation>
    </message>
    <message>
        <source>First response to an incident report</source>
        <translation>Première réponse à un signalement d&apos;incident</translation>
    </message>
    <message>
        <source>Resolution of an incident</source>
        <translation>Résolution d&apos;un incident</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
</context>
<context>
    <name>fb::ConstituencyReportDialog</name>
    <message>
        <source>Constituency report</source>
        <translation>Rapport de communauté desservie</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Constituency:</source>
        <translation>&amp;Communauté desservie&#xa0;:</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Mis en forme</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>A&amp;perçu&#xa0;:</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>CSV (one row per number)</source>
        <translation>CSV (une ligne par nombre)</translation>
    </message>
    <message>
        <source>Export &amp;as:</source>
        <translation>&amp;Format d&apos;export&#xa0;:</translation>
    </message>
    <message>
        <source>Counts only, no ticket content: the report is labelled TLP:AMBER.</source>
        <translation>Uniquement des décomptes, aucun contenu de ticket&#xa0;: le rapport est marqué TLP:AMBER.</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>All constituencies</source>
        <translation>Toutes les communautés desservies</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Le premier jour est postérieur au dernier jour.</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>Décompte des tickets…</translation>
    </message>
    <message>
        <source>Export the constituency report</source>
        <translation>Exporter le rapport de communauté desservie</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>fb::ConstituencyReportFile</name>
    <message>
        <source>A constituency report is written as text, html, pdf or csv.</source>
        <translation>Un rapport de communauté desservie s&apos;écrit en text, html, pdf ou csv.</translation>
    </message>
</context>
<context>
    <name>fb::CorrespondencePanel</name>
    <message>
        <source>Save attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <source>Import the signer&apos;s public key</source>
        <translation>Importer la clé publique du signataire</translation>
    </message>
    <message>
        <source>OpenPGP keys (*.asc *.gpg *.pgp *.key);;All files (*)</source>
        <translation>Clés OpenPGP (*.asc *.gpg *.pgp *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import key…</source>
        <translation>Importer une clé…</translation>
    </message>
    <message>
        <source>Import the signer&apos;s public key into the workspace keyring and check again</source>
        <translation>Importer la clé publique du signataire dans le trousseau de l&apos;espace de travail et vérifier à nouveau</translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation>Entrant/Sortant</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>In, encrypted</source>
        <translation>Entrant, chiffré</translation>
    </message>
    <message>
        <source>Out, encrypted</source>
        <translation>Sortant, chiffré</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À&#xa0;: %1</translation>
    </message>
    <message>
        <source>The message was encrypted; Firebreak has not decrypted it.</source>
        <translation>Le message était chiffré&#x202f;; Firebreak ne l&apos;a pas déchiffré.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>a signature is being checked right now</extracomment>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The signature is being checked against the workspace keyring.</source>
        <translation>La signature est en cours de vérification avec le trousseau de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The message is signed; the signature has not been checked.</source>
        <translation>Le message est signé&#x202f;; la signature n&apos;a pas été vérifiée.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Cannot save the attachment to %1: %2</source>
        <translation>Impossible d&apos;enregistrer la pièce jointe dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>%1 is too large for a key file.</source>
        <translation>%1 est trop volumineux pour un fichier de clé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>Importing the key…</source>
        <translation>Importation de la clé…</translation>
    </message>
    <message>
        <source>Imported into the workspace keyring: %1. Compare the fingerprint with the sender through another channel.</source>
        <translation>Importé dans le trousseau de l&apos;espace de travail&#xa0;: %1. Comparez l&apos;empreinte avec l&apos;expéditeur par un autre canal.</translation>
    </message>
    <message>
        <source>The signatures could not be checked: %1</source>
        <translation>Les signatures n&apos;ont pas pu être vérifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Afficher le texte cité</translation>
    </message>
    <message>
        <source>Quoted lines of earlier messages are folded into one line; tick to read them.</source>
        <translation>Les lignes citées des messages précédents sont repliées en une seule ligne&#x202f;; cochez pour les lire.</translation>
    </message>
    <message>
        <source>Open in window</source>
        <translation>Ouvrir dans une fenêtre</translation>
    </message>
    <message>
        <source>Read the message in a window of its own (or double-click it in the list).</source>
        <translation>Lire le message dans une fenêtre séparée (ou double-cliquez dessus dans la liste).</translation>
    </message>
    <message>
        <source>(The message came as HTML; shown as text, without its links&apos; targets, images and scripts.)</source>
        <translation>(Le message est arrivé en HTML&#x202f;; affiché en texte, sans les cibles de ses liens, ses images ni ses scripts.)</translation>
    </message>
    <message>
        <source>OpenPGP part, not an attachment: %1 (%2)</source>
        <translation>Partie OpenPGP, pas une pièce jointe&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Pas encore de message</translation>
    </message>
    <message>
        <source>Import mail about it (File → Import mail files…) or write one (Write mail…).</source>
        <translation>Importez du courriel à son sujet (Fichier → Importer des fichiers de courriel…) ou rédigez-en un (Écrire un courriel…).</translation>
    </message>
    <message>
        <source>Add to timeline…</source>
        <translation>Ajouter à la chronologie…</translation>
    </message>
    <message>
        <source>Add an event for this message to the ticket&apos;s timeline: its date, subject and sender.</source>
        <translation>Ajouter à la chronologie du ticket un événement pour ce message&#xa0;: sa date, son objet et son expéditeur.</translation>
    </message>
</context>
<context>
    <name>fb::Countries</name>
    <message>
        <source>“%1” is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un code de pays ISO 3166-1 alpha-2.</translation>
    </message>
</context>
<context>
    <name>fb::CsafMandatoryTests</name>
    <message>
        <source>Product ID %1 is defined twice.</source>
        <translation>L&apos;ID de produit %1 est défini deux fois.</translation>
    </message>
    <message>
        <source>Product ID %1 is not defined in the product tree.</source>
        <translation>L&apos;ID de produit %1 n&apos;est pas défini dans l&apos;arborescence des produits.</translation>
    </message>
    <message>
        <source>Product ID %1 is defined in terms of itself.</source>
        <translation>L&apos;ID de produit %1 est défini par rapport à lui-même.</translation>
    </message>
    <message>
        <source>Product group ID %1 is defined twice.</source>
        <translation>L&apos;ID de groupe de produits %1 est défini deux fois.</translation>
    </message>
    <message>
        <source>Product group ID %1 is not defined in the product tree.</source>
        <translation>L&apos;ID de groupe de produits %1 n&apos;est pas défini dans l&apos;arborescence des produits.</translation>
    </message>
    <message>
        <source>Product %1 is both %2 and %3.</source>
        <translation>Le produit %1 est à la fois %2 et %3.</translation>
    </message>
    <message>
        <source>The required property %1 is missing.</source>
        <translation>La propriété obligatoire %1 est absente.</translation>
    </message>
    <message>
        <source>%1 is not a CVSS v3 version.</source>
        <translation>%1 n&apos;est pas une version de CVSS v3.</translation>
    </message>
    <message>
        <source>The vector does not start with CVSS:%1/.</source>
        <translation>Le vecteur ne commence pas par CVSS:%1/.</translation>
    </message>
    <message>
        <source>%1 is not a value of %2.</source>
        <translation>%1 n&apos;est pas une valeur de %2.</translation>
    </message>
    <message>
        <source>%1 is not a score from 0 to 10.</source>
        <translation>%1 n&apos;est pas un score de 0 à 10.</translation>
    </message>
    <message>
        <source>%1 is not a severity.</source>
        <translation>%1 n&apos;est pas une gravité.</translation>
    </message>
    <message>
        <source>Product %1 has more than one CVSS %2 score.</source>
        <translation>Le produit %1 a plus d&apos;un score CVSS %2.</translation>
    </message>
    <message>
        <source>Revision %1 is dated after revision %2 but numbered below it.</source>
        <translation>La révision %1 est datée après la révision %2 mais porte un numéro inférieur.</translation>
    </message>
    <message>
        <source>The revision history skips from %1 to %2.</source>
        <translation>L&apos;historique des révisions saute de %1 à %2.</translation>
    </message>
    <message>
        <source>The first revision is %1; it must be 0 or 1.</source>
        <translation>La première révision est %1&#x202f;; elle doit être 0 ou 1.</translation>
    </message>
    <message>
        <source>The document is %1 but its revision history holds the draft version %2.</source>
        <translation>Le document est %1 mais son historique des révisions contient la version de brouillon %2.</translation>
    </message>
    <message>
        <source>Revision %1 is a pre-release.</source>
        <translation>La révision %1 est une préversion.</translation>
    </message>
    <message>
        <source>Version %1 appears twice in the revision history.</source>
        <translation>La version %1 apparaît deux fois dans l&apos;historique des révisions.</translation>
    </message>
    <message>
        <source>The document version is %1 but the latest revision is %2.</source>
        <translation>La version du document est %1 mais la dernière révision est %2.</translation>
    </message>
    <message>
        <source>Version %1 is a draft version but the status is %2.</source>
        <translation>La version %1 est une version de brouillon mais le statut est %2.</translation>
    </message>
    <message>
        <source>The document is %1 but its version %2 is a pre-release.</source>
        <translation>Le document est %1 mais sa version %2 est une préversion.</translation>
    </message>
    <message>
        <source>Version %1 mixes integer and semantic versioning.</source>
        <translation>La version %1 mélange versionnage entier et versionnage sémantique.</translation>
    </message>
    <message>
        <source>The publisher is a translator but the source language is not given.</source>
        <translation>L&apos;éditeur est un traducteur mais la langue source n&apos;est pas indiquée.</translation>
    </message>
    <message>
        <source>The source language is the document language (%1).</source>
        <translation>La langue source est la langue du document (%1).</translation>
    </message>
    <message>
        <source>%1 is used by more than one vulnerability.</source>
        <translation>%1 est utilisé par plus d&apos;une vulnérabilité.</translation>
    </message>
    <message>
        <source>Party %1 is involved twice at the same date.</source>
        <translation>La partie %1 intervient deux fois à la même date.</translation>
    </message>
    <message>
        <source>Hash algorithm %1 is used twice.</source>
        <translation>L&apos;algorithme de hachage %1 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>The category %1 is reserved for a CSAF profile.</source>
        <translation>La catégorie %1 est réservée à un profil CSAF.</translation>
    </message>
    <message>
        <source>The document has no note of category description, details, general or summary.</source>
        <translation>Le document n&apos;a aucune note de catégorie description, details, general ou summary.</translation>
    </message>
    <message>
        <source>The document has no external reference.</source>
        <translation>Le document n&apos;a aucune référence externe.</translation>
    </message>
    <message>
        <source>An informational advisory has no vulnerabilities.</source>
        <translation>Un avis de sécurité informatif n&apos;a pas de vulnérabilités.</translation>
    </message>
    <message>
        <source>The document has no product tree.</source>
        <translation>Le document n&apos;a pas d&apos;arborescence des produits.</translation>
    </message>
    <message>
        <source>The document has no vulnerabilities.</source>
        <translation>Le document n&apos;a pas de vulnérabilités.</translation>
    </message>
    <message>
        <source>The vulnerability has no notes.</source>
        <translation>La vulnérabilité n&apos;a pas de notes.</translation>
    </message>
    <message>
        <source>The vulnerability has no product status.</source>
        <translation>La vulnérabilité n&apos;a pas de statut de produit.</translation>
    </message>
    <message>
        <source>The product status has none of fixed, known_affected, known_not_affected and under_investigation.</source>
        <translation>Le statut de produit ne contient ni fixed, ni known_affected, ni known_not_affected, ni under_investigation.</translation>
    </message>
    <message>
        <source>The vulnerability has neither a CVE nor ids.</source>
        <translation>La vulnérabilité n&apos;a ni CVE ni ids.</translation>
    </message>
    <message>
        <source>There is no impact statement for %1.</source>
        <translation>Il n&apos;y a pas de déclaration d&apos;impact pour %1.</translation>
    </message>
    <message>
        <source>There is no action statement for %1.</source>
        <translation>Il n&apos;y a pas de déclaration d&apos;action pour %1.</translation>
    </message>
    <message>
        <source>The remediation names no product or product group.</source>
        <translation>La remédiation ne nomme aucun produit ni groupe de produits.</translation>
    </message>
    <message>
        <source>The product version %1 is a version range.</source>
        <translation>La version de produit %1 est une plage de versions.</translation>
    </message>
</context>
<context>
    <name>fb::CsafReader</name>
    <message>
        <source>This is not a JSON document: %1.</source>
        <translation>Ce n&apos;est pas un document JSON&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only CSAF 2.0 documents can be imported.</source>
        <translation>Seuls les documents CSAF 2.0 peuvent être importés.</translation>
    </message>
    <message>
        <source>The CSAF document has no tracking id or title.</source>
        <translation>Le document CSAF n&apos;a ni identifiant de suivi ni titre.</translation>
    </message>
    <message>
        <source>CVSS v2 is not kept</source>
        <translation>CVSS v2 n&apos;est pas conservé</translation>
    </message>
    <message>
        <source>a further CVSS v3 score is not kept (one vector per vulnerability)</source>
        <translation>un score CVSS v3 supplémentaire n&apos;est pas conservé (un vecteur par vulnérabilité)</translation>
    </message>
    <message>
        <source>the vector is not kept: %1</source>
        <translation>le vecteur n&apos;est pas conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>a CVSS 3.0 vector, kept as given (its base score is that of CVSS 3.1)</source>
        <translation>un vecteur CVSS 3.0, conservé tel quel (son score de base est celui de CVSS 3.1)</translation>
    </message>
    <message>
        <source>%1 given, %2 from the vector; corrected</source>
        <translation>%1 indiqué, %2 d&apos;après le vecteur&#x202f;; corrigé</translation>
    </message>
    <message>
        <source>%1 given, %2 computed from the vector; corrected</source>
        <translation>%1 indiqué, %2 calculé à partir du vecteur&#x202f;; corrigé</translation>
    </message>
    <message>
        <source>%1 given, %2 in the vector; corrected</source>
        <translation>%1 indiqué, %2 dans le vecteur&#x202f;; corrigé</translation>
    </message>
    <message>
        <source>not kept (Firebreak&apos;s advisory has no place for it)</source>
        <translation>non conservé (l&apos;avis de sécurité de Firebreak n&apos;a pas de place pour cela)</translation>
    </message>
    <message>
        <source>the document&apos;s profile is %1, not csaf_security_advisory</source>
        <translation>le profil du document est %1, pas csaf_security_advisory</translation>
    </message>
    <message>
        <source>the document carries no TLP label; it was set to TLP:AMBER</source>
        <translation>le document ne porte aucun marquage TLP&#x202f;; il a été défini à TLP:AMBER</translation>
    </message>
    <message>
        <source>the note “%1” of category %2 is not kept</source>
        <translation>la note «&#x202f;%1&#x202f;» de catégorie %2 n&apos;est pas conservée</translation>
    </message>
    <message>
        <source>%1 is already %2 from an earlier vulnerability; one status per product is kept</source>
        <translation>%1 est déjà %2 d&apos;après une vulnérabilité précédente&#x202f;; un seul statut par produit est conservé</translation>
    </message>
    <message>
        <source>the remediation of category %1 is not kept</source>
        <translation>la remédiation de catégorie %1 n&apos;est pas conservée</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) had no status and were set to under investigation</source>
        <translation>
            <numerusform>%n produit n&apos;avait pas de statut et a reçu le statut «&#x202f;en cours d&apos;investigation&#x202f;»</numerusform>
            <numerusform>%n produits n&apos;avaient pas de statut et ont reçu le statut «&#x202f;en cours d&apos;investigation&#x202f;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product status entr(y/ies) named products outside the product branches (e.g. relationships); they were not imported</source>
        <translation>
            <numerusform>%n entrée de statut de produit nommait des produits hors des branches de produits (p. ex. des relations)&#x202f;; elle n&apos;a pas été importée</numerusform>
            <numerusform>%n entrées de statut de produit nommaient des produits hors des branches de produits (p. ex. des relations)&#x202f;; elles n&apos;ont pas été importées</numerusform>
        </translation>
    </message>
    <message>
        <source>the source fails CSAF mandatory test %1: %2</source>
        <translation>la source ne satisfait pas au test obligatoire CSAF %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fb::CsafWriter</name>
    <message>
        <source>Not exported: %1 (see advisory lint).</source>
        <translation>Non exporté&#xa0;: %1 (voir advisory lint).</translation>
    </message>
    <message>
        <source>Not exported: the CSAF document fails mandatory test %1 at %2: %3</source>
        <translation>Non exporté&#xa0;: le document CSAF ne satisfait pas au test obligatoire %1 à %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>fb::CsvReader</name>
    <message>
        <source>The file has %L1 bytes; at most %L2 are read.</source>
        <translation>Le fichier fait %L1 octets&#x202f;; au plus %L2 sont lus.</translation>
    </message>
    <message>
        <source>Line %L1 is not valid UTF-8.</source>
        <translation>La ligne %L1 n&apos;est pas de l&apos;UTF-8 valide.</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows.</source>
        <translation>Le fichier compte plus de %L1 lignes.</translation>
    </message>
    <message>
        <source>Row %L1, column %L2 holds a control character (U+%3).</source>
        <translation>Ligne %L1, colonne %L2&#xa0;: un caractère de contrôle (U+%3).</translation>
    </message>
    <message>
        <source>Row %L1, column %L2: text follows the closing quote of a field.</source>
        <translation>Ligne %L1, colonne %L2&#xa0;: du texte suit le guillemet fermant d&apos;un champ.</translation>
    </message>
    <message>
        <source>Row %L1, column %L2: a quote inside a field that does not start with one (write the field in quotes and double the quote).</source>
        <translation>Ligne %L1, colonne %L2&#xa0;: un guillemet dans un champ qui ne commence pas par un guillemet (mettez le champ entre guillemets et doublez le guillemet).</translation>
    </message>
    <message>
        <source>Row %L1, column %L2: a quoted field is not closed before the end of the file.</source>
        <translation>Ligne %L1, colonne %L2&#xa0;: un champ entre guillemets n&apos;est pas fermé avant la fin du fichier.</translation>
    </message>
</context>
<context>
    <name>fb::Cvss31</name>
    <message>
        <source>CVSS 3.0 vectors are not accepted here; give a CVSS:3.1/ vector.</source>
        <translation>Les vecteurs CVSS 3.0 ne sont pas acceptés ici&#x202f;; indiquez un vecteur CVSS:3.1/.</translation>
    </message>
    <message>
        <source>A CVSS v3.1 vector starts with &quot;CVSS:3.1/&quot;.</source>
        <translation>Un vecteur CVSS v3.1 commence par «&#x202f;CVSS:3.1/&#x202f;».</translation>
    </message>
    <message>
        <source>The CVSS vector has no metrics.</source>
        <translation>Le vecteur CVSS n&apos;a pas de métriques.</translation>
    </message>
    <message>
        <source>The CVSS vector has an empty component after %1 (a stray or trailing slash).</source>
        <translation>Le vecteur CVSS a un composant vide après %1 (une barre oblique superflue ou finale).</translation>
    </message>
    <message>
        <source>CVSS metric names are upper case: %1.</source>
        <translation>Les noms de métriques CVSS sont en majuscules&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 is not a CVSS v3.1 metric.</source>
        <translation>%1 n&apos;est pas une métrique CVSS v3.1.</translation>
    </message>
    <message>
        <source>The CVSS metric %1 has no value.</source>
        <translation>La métrique CVSS %1 n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>The CVSS metric %1 is given twice.</source>
        <translation>La métrique CVSS %1 est indiquée deux fois.</translation>
    </message>
    <message>
        <source>%1 is not a value of the CVSS metric %2 (allowed: %3).</source>
        <translation>%1 n&apos;est pas une valeur de la métrique CVSS %2 (valeurs autorisées&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The CVSS base metric %1 is missing.</source>
        <translation>La métrique de base CVSS %1 manque.</translation>
    </message>
    <message>
        <source>CVSS 3.0 vectors are read for their base score only; %1 is not accepted. Give a CVSS:3.1/ vector.</source>
        <translation>Les vecteurs CVSS 3.0 ne sont lus que pour leur score de base&#x202f;; %1 n&apos;est pas accepté. Indiquez un vecteur CVSS:3.1/.</translation>
    </message>
</context>
<context>
    <name>fb::CvssJson</name>
    <message>
        <source>The vector cannot be scored: %1</source>
        <translation>Le vecteur ne peut pas être évalué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is %2 but the vector gives %3.</source>
        <translation>%1 vaut %2 mais le vecteur donne %3.</translation>
    </message>
    <message>
        <source>version %1 does not match the vector&apos;s prefix.</source>
        <translation>la version %1 ne correspond pas au préfixe du vecteur.</translation>
    </message>
    <message>
        <source>%1 is %2 but the vector says %3 (%4).</source>
        <translation>%1 vaut %2 mais le vecteur indique %3 (%4).</translation>
    </message>
</context>
<context>
    <name>fb::DashboardPage</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Constituency:</source>
        <translation>&amp;Communauté desservie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Incidents per RSIT class and month</source>
        <translation>Incidents par classe RSIT et par mois</translation>
    </message>
    <message>
        <source>Open tickets by kind and state</source>
        <translation>Tickets ouverts par nature et état</translation>
    </message>
    <message>
        <source>SLA breaches per week</source>
        <translation>Dépassements de SLA par semaine</translation>
    </message>
    <message>
        <source>Incident reports by channel and reporter type</source>
        <translation>Signalements d&apos;incident par canal et type de déclarant</translation>
    </message>
    <message>
        <source>Time to first response by severity (hours)</source>
        <translation>Délai de première réponse par gravité (heures)</translation>
    </message>
    <message>
        <source>Time to resolution by severity (hours)</source>
        <translation>Délai de résolution par gravité (heures)</translation>
    </message>
    <message>
        <source>All constituencies</source>
        <translation>Toutes les communautés desservies</translation>
    </message>
    <message>
        <source>No tickets to chart yet</source>
        <translation>Pas encore de ticket à représenter</translation>
    </message>
    <message>
        <source>The charts fill as reports come in: import mail with File → Import mail files…</source>
        <translation>Les graphiques se remplissent à mesure que les signalements arrivent&#xa0;: importez du courriel avec Fichier → Importer des fichiers de courriel…</translation>
    </message>
    <message>
        <source>Overdue tasks now: %L1</source>
        <extracomment>On the dashboard: open tasks past their due date, now (not in the chosen range).</extracomment>
        <translation>Tâches en retard actuellement&#xa0;: %L1</translation>
    </message>
    <message>
        <source>Shareable &amp;statistics…</source>
        <translation>&amp;Statistiques partageables…</translation>
    </message>
    <message>
        <source>Counts per RSIT class, month and sector or country that reveal no single case</source>
        <translation>Décomptes par classe RSIT, mois et secteur ou pays qui ne révèlent aucun cas isolé</translation>
    </message>
    <message>
        <source>Constituency &amp;report…</source>
        <translation>&amp;Rapport de communauté desservie…</translation>
    </message>
    <message>
        <source>Counts, response and resolution times and SLA breaches of the chosen range and constituency, as text, HTML, PDF or CSV</source>
        <translation>Décomptes, délais de réponse et de résolution et dépassements de SLA de la période et de la communauté desservie choisies, en texte, HTML, PDF ou CSV</translation>
    </message>
</context>
<context>
    <name>fb::DemoCorrespondence</name>
    <message>
        <source>The demo file %1 is missing from this build.</source>
        <translation>Le fichier de démonstration %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>The demo report from %1 is missing.</source>
        <translation>Le signalement de démonstration de %1 manque.</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
</context>
<context>
    <name>fb::DemoDirectory</name>
    <message>
        <source>The demo directory goes into an empty directory; this one has teams.</source>
        <translation>L&apos;annuaire de démonstration va dans un annuaire vide&#x202f;; celui-ci contient des équipes.</translation>
    </message>
</context>
<context>
    <name>fb::DemoWorkspace</name>
    <message>
        <source>The demo goes into an empty workspace; this one has tickets.</source>
        <translation>La démonstration va dans un espace de travail vide&#x202f;; celui-ci contient des tickets.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryCommands</name>
    <message>
        <source>The team&apos;s official name (or the person&apos;s name with --person).</source>
        <translation>Le nom officiel de l&apos;équipe (ou le nom de la personne avec --person).</translation>
    </message>
    <message>
        <source>The team&apos;s short name (CERT-XX).</source>
        <translation>Le nom court de l&apos;équipe (CERT-XX).</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 country code.</source>
        <translation>Code de pays ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>Team type: %1.</source>
        <translation>Type d&apos;équipe&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Add a person instead of a team.</source>
        <translation>Ajouter une personne au lieu d&apos;une équipe.</translation>
    </message>
    <message>
        <source>With --person: the team the person belongs to.</source>
        <translation>Avec --person&#xa0;: l&apos;équipe à laquelle la personne appartient.</translation>
    </message>
    <message>
        <source>With --person: the role in that team (lead, handler...).</source>
        <translation>Avec --person&#xa0;: le rôle dans cette équipe (lead, handler...).</translation>
    </message>
    <message>
        <source>With --person: member since (yyyy-mm-dd).</source>
        <translation>Avec --person&#xa0;: membre depuis (aaaa-mm-jj).</translation>
    </message>
    <message>
        <source>Add a team with its channels, constituency, keys and agreements, or a person with --person.</source>
        <translation>Ajouter une équipe avec ses canaux, sa communauté desservie, ses clés et ses accords, ou une personne avec --person.</translation>
    </message>
    <message>
        <source>Added person #%1.</source>
        <translation>Personne #%1 ajoutée.</translation>
    </message>
    <message>
        <source>Added team #%1.</source>
        <translation>Équipe #%1 ajoutée.</translation>
    </message>
    <message>
        <source>Team id, UUID, short or official name.</source>
        <translation>Identifiant, UUID, nom court ou nom officiel de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Change a team. Every change is recorded in the history and protects the field from being overwritten by older imports.</source>
        <translation>Modifier une équipe. Chaque modification est enregistrée dans l&apos;historique et protège le champ contre l&apos;écrasement par des imports plus anciens.</translation>
    </message>
    <message>
        <source>Updated team #%1.</source>
        <translation>Équipe #%1 mise à jour.</translation>
    </message>
    <message>
        <source>Show everything known about a team.</source>
        <translation>Afficher tout ce que l&apos;on sait d&apos;une équipe.</translation>
    </message>
    <message>
        <source>Only teams of this country.</source>
        <translation>Seulement les équipes de ce pays.</translation>
    </message>
    <message>
        <source>Only teams of this type.</source>
        <translation>Seulement les équipes de ce type.</translation>
    </message>
    <message>
        <source>List people instead of teams.</source>
        <translation>Lister les personnes au lieu des équipes.</translation>
    </message>
    <message>
        <source>List the teams of the directory.</source>
        <translation>Lister les équipes de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TEAMS</source>
        <translation>ÉQUIPES</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (jusqu&apos;au %1)</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>PAYS</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>TI</source>
        <translation>TI</translation>
    </message>
    <message>
        <source>ENTRIES</source>
        <translation>ENTRÉES</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>VÉRIFIÉ</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>IP address, CIDR, AS number, domain, e-mail address or country code.</source>
        <translation>Adresse IP, CIDR, numéro d&apos;AS, domaine, adresse électronique ou code de pays.</translation>
    </message>
    <message>
        <source>  no team handles this</source>
        <translation>  aucune équipe ne traite ceci</translation>
    </message>
    <message>
        <source>  nothing specific; national team of %1:</source>
        <translation>  rien de spécifique&#x202f;; équipe nationale de %1&#xa0;:</translation>
    </message>
    <message>
        <source>teams.json (Trusted Introducer), a .vcf file, or ASCII-armoured keys (.asc).</source>
        <translation>teams.json (Trusted Introducer), un fichier .vcf ou des clés en armure ASCII (.asc).</translation>
    </message>
    <message>
        <source>ti, vcard or keys (default: from the file name).</source>
        <translation>ti, vcard ou keys (par défaut&#xa0;: d&apos;après le nom du fichier).</translation>
    </message>
    <message>
        <source>With keys: link the imported keys to this team.</source>
        <translation>Avec keys&#xa0;: lier les clés importées à cette équipe.</translation>
    </message>
    <message>
        <source>Import teams and people. Valid entries are imported, entries with problems are reported with their position and left out (exit code 2); fields you edited after the imported record was last changed are kept and listed.</source>
        <translation>Importer des équipes et des personnes. Les entrées valides sont importées, les entrées problématiques sont signalées avec leur position et écartées (code de sortie 2)&#x202f;; les champs que vous avez modifiés après la dernière modification de l&apos;enregistrement importé sont conservés et listés.</translation>
    </message>
    <message>
        <source>--format is ti, vcard or keys.</source>
        <translation>--format vaut ti, vcard ou keys.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the input; the valid entries were imported.</source>
        <translation>
            <numerusform>%n problème dans l&apos;entrée&#x202f;; les entrées valides ont été importées.</numerusform>
            <numerusform>%n problèmes dans l&apos;entrée&#x202f;; les entrées valides ont été importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where to write; &apos;-&apos; for standard output.</source>
        <translation>Où écrire&#x202f;; «&#x202f;-&#x202f;» pour la sortie standard.</translation>
    </message>
    <message>
        <source>vcard or json (default: from the file name).</source>
        <translation>vcard ou json (par défaut&#xa0;: d&apos;après le nom du fichier).</translation>
    </message>
    <message>
        <source>Export only this team (repeatable).</source>
        <translation>Exporter seulement cette équipe (répétable).</translation>
    </message>
    <message>
        <source>Export the directory, or the teams named with --team and their people.</source>
        <translation>Exporter l&apos;annuaire, ou les équipes nommées avec --team et leurs personnes.</translation>
    </message>
    <message>
        <source>--format is vcard or json.</source>
        <translation>--format vaut vcard ou json.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d&apos;écrire «&#x202f;%1&#x202f;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Exported %1 teams and %2 people to %3.</source>
        <translation>%1 équipes et %2 personnes exportées vers %3.</translation>
    </message>
    <message>
        <source>Not verified for this many days (default: the setting).</source>
        <translation>Non vérifié depuis ce nombre de jours (par défaut&#xa0;: le réglage).</translation>
    </message>
    <message>
        <source>Change the setting (default 180 days).</source>
        <translation>Modifier le réglage (par défaut 180 jours).</translation>
    </message>
    <message>
        <source>The number of days must be a whole number above zero.</source>
        <translation>Le nombre de jours doit être un nombre entier supérieur à zéro.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>NATURE</translation>
    </message>
    <message>
        <source>LAST VERIFIED</source>
        <translation>DERNIÈRE VÉRIFICATION</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>Only this team&apos;s keys.</source>
        <translation>Seulement les clés de cette équipe.</translation>
    </message>
    <message>
        <source>Add the public keys of an ASCII-armoured file to the workspace keyring.</source>
        <translation>Ajouter les clés publiques d&apos;un fichier en armure ASCII au trousseau de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>With --import: link the imported keys to this team.</source>
        <translation>Avec --import&#xa0;: lier les clés importées à cette équipe.</translation>
    </message>
    <message>
        <source>List the OpenPGP keys linked to teams and people with fingerprint, algorithm, dates, user IDs, validity and warnings (expired, expiring within 30 days, revoked, weak, not in the keyring). Link a key you already hold with &apos;directory edit TEAM --link-key FINGERPRINT&apos;.</source>
        <translation>Lister les clés OpenPGP liées aux équipes et aux personnes avec empreinte, algorithme, dates, identifiants utilisateur, validité et avertissements (expirée, expire dans les 30 jours, révoquée, faible, absente du trousseau). Liez une clé que vous détenez déjà avec «&#x202f;directory edit TEAM --link-key FINGERPRINT&#x202f;».</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s).</source>
        <translation>
            <numerusform>%n clé importée.</numerusform>
            <numerusform>%n clés importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>--link goes with --import.</source>
        <translation>--link va avec --import.</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>TITULAIRE</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>EMPREINTE</translation>
    </message>
    <message>
        <source>ALGORITHM</source>
        <translation>ALGORITHME</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉE</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRE</translation>
    </message>
    <message>
        <source>VALIDITY</source>
        <translation>VALIDITÉ</translation>
    </message>
    <message>
        <source>USER IDS</source>
        <translation>IDS UTILISATEUR</translation>
    </message>
    <message>
        <source>WARNINGS</source>
        <translation>AVERTISSEMENTS</translation>
    </message>
    <message>
        <source>Key %1: %2</source>
        <translation>Clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>Also answer the queries in this file, one a line (&apos;-&apos;: standard input).</source>
        <translation>Répondre aussi aux requêtes de ce fichier, une par ligne («&#x202f;-&#x202f;»&#xa0;: entrée standard).</translation>
    </message>
    <message>
        <source>Which teams handle these, most specific first, with the path of each match. Nothing specific: a name under a ccTLD falls back to that country&apos;s national team. A query that is not valid is reported and the others are answered (exit code 2).</source>
        <translation>Quelles équipes traitent ces éléments, de la plus spécifique à la moins spécifique, avec le chemin de chaque correspondance. Rien de spécifique&#xa0;: un nom sous un ccTLD se rabat sur l&apos;équipe nationale de ce pays. Une requête non valide est signalée et les autres reçoivent une réponse (code de sortie 2).</translation>
    </message>
    <message>
        <source>Name at least one query, or a file of them with --queries.</source>
        <translation>Indiquez au moins une requête, ou un fichier de requêtes avec --queries.</translation>
    </message>
    <message>
        <source>not a valid query</source>
        <translation>requête non valide</translation>
    </message>
    <message>
        <source>%1 of %2 queries were not valid; the others were answered.</source>
        <translation>%1 requêtes sur %2 n&apos;étaient pas valides&#x202f;; les autres ont reçu une réponse.</translation>
    </message>
    <message>
        <source>List teams and people not confirmed within the stale period: for a team, the later of our verification and its update at the source.</source>
        <translation>Lister les équipes et les personnes non confirmées pendant le délai de péremption&#xa0;: pour une équipe, la plus récente de notre vérification et de sa mise à jour à la source.</translation>
    </message>
    <message>
        <source>UPDATED AT SOURCE</source>
        <translation>MIS À JOUR À LA SOURCE</translation>
    </message>
    <message>
        <source>COUNTED FROM</source>
        <translation>COMPTÉ DEPUIS</translation>
    </message>
    <message>
        <source>source update</source>
        <translation>mise à jour à la source</translation>
    </message>
    <message>
        <source>our verification</source>
        <translation>notre vérification</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryImportJob</name>
    <message numerus="yes">
        <source>%1: %n key(s) imported.</source>
        <translation>
            <numerusform>%1&#xa0;: %n clé importée.</numerusform>
            <numerusform>%1&#xa0;: %n clés importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an import file&apos;s name, %2 what was wrong with it
----------
%1 is a position in the import file (line 12, teams[3].country), %2 what was wrong there</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: team %2 added to the directory.</source>
        <translation>%1&#xa0;: équipe %2 ajoutée à l&apos;annuaire.</translation>
    </message>
    <message>
        <source>%1: team %2 updated in the directory.</source>
        <translation>%1&#xa0;: équipe %2 mise à jour dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Not mapped to an RFC 2350 section, kept with the import: %1</source>
        <extracomment>%1 is a heading in the imported document that matches no RFC 2350 section</extracomment>
        <translation>Ne correspond à aucune section de la RFC 2350, conservé avec l&apos;import&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking the signature and importing the document…</source>
        <translation>Vérification de la signature et import du document…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>L’importation a été annulée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The import file could not be opened.</source>
        <translation>Le fichier d’importation n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The import file is larger than 256 MiB.</source>
        <translation>Le fichier d’importation dépasse 256 Mio.</translation>
    </message>
    <message>
        <source>The import file could not be read.</source>
        <translation>Le fichier d’importation n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Merging the entries…</source>
        <translation>Fusion des entrées…</translation>
    </message>
    <message>
        <source>Importing the keys…</source>
        <translation>Importation des clés…</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>Reading the entries…</source>
        <translation>Lecture des entrées…</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation>%1 : %2 ajoutés, %3 mis à jour, %4 inchangés, %5 ignorés.</translation>
    </message>
    <message>
        <source>The key named in 2.8 (%1) was not linked to the team.</source>
        <extracomment>%1 is an OpenPGP fingerprint</extracomment>
        <translation>La clé nommée en 2.8 (%1) n&apos;a pas été liée à l&apos;équipe.</translation>
    </message>
    <message>
        <source>Constituency (3.2), not taken: %1</source>
        <extracomment>%1 is a piece of section 3.2 of an imported RFC 2350 document and why it was not taken</extracomment>
        <translation>Communauté desservie (3.2), non reprise&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <extracomment>%1 is a position in the import file (contacts.vcf, line 12), %2 what was read differently or left out</extracomment>
        <translation>%1&#xa0;: avertissement&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: stopped on request, the entries merged so far are kept: %2 added, %3 updated, %4 unchanged, %5 skipped, %6 not reached. Import the file again to complete it.</source>
        <translation>%1&#xa0;: arrêt à la demande, les entrées déjà fusionnées sont conservées&#xa0;: %2 ajoutées, %3 mises à jour, %4 inchangées, %5 ignorées, %6 non atteintes. Importez de nouveau le fichier pour terminer l&apos;import.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryImportProgressDialog</name>
    <message>
        <source>Importing into the directory</source>
        <translation>Importation dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>&amp;Stop and keep</source>
        <translation>&amp;Arrêter et conserver</translation>
    </message>
    <message>
        <source>Keep the entries merged so far; importing the file again completes the import.</source>
        <translation>Conserver les entrées déjà fusionnées&#x202f;; importer de nouveau le fichier termine l&apos;import.</translation>
    </message>
    <message>
        <source>Undo the whole import: nothing is changed.</source>
        <translation>Annuler tout l&apos;import&#xa0;: rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be changed…</source>
        <translation>Annulation&#xa0;: rien ne sera modifié…</translation>
    </message>
    <message>
        <source>Stopping: the entries merged so far are kept…</source>
        <translation>Arrêt&#xa0;: les entrées déjà fusionnées sont conservées…</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryImporter</name>
    <message>
        <source>%1 %2: kept your edit of %3</source>
        <translation>%1 %2&#xa0;: votre modification de %3 a été conservée</translation>
    </message>
    <message>
        <source>The team %1 is not in the directory; the membership was left out.</source>
        <translation>L&apos;équipe %1 n&apos;est pas dans l&apos;annuaire&#x202f;; l&apos;appartenance a été écartée.</translation>
    </message>
    <message>
        <source>%1: kept your edits</source>
        <translation>%1&#xa0;: vos modifications ont été conservées</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;import a été annulé&#x202f;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Importing directory entries</source>
        <translation>Import des entrées de l&apos;annuaire</translation>
    </message>
    <message>
        <source>%1: the field %2 is %L3 characters long, more than the %L4 a directory field may hold; it was left out.</source>
        <translation>%1&#xa0;: le champ %2 fait %L3 caractères, plus que les %L4 qu&apos;un champ de l&apos;annuaire peut contenir&#x202f;; il a été écarté.</translation>
    </message>
    <message>
        <source>%1 (matched by e-mail address)</source>
        <translation>%1 (trouvé par adresse électronique)</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryKeys</name>
    <message>
        <source>The key is not in the workspace keyring; import it before relying on it.</source>
        <translation>La clé n&apos;est pas dans le trousseau de l&apos;espace de travail&#x202f;; importez-la avant de vous y fier.</translation>
    </message>
    <message>
        <source>the Trusted Introducer entry</source>
        <translation>l&apos;entrée Trusted Introducer</translation>
    </message>
    <message>
        <source>the imported entry</source>
        <translation>l&apos;entrée importée</translation>
    </message>
    <message>
        <source>the team&apos;s RFC 2350 profile (imported %1)</source>
        <translation>le profil RFC 2350 de l&apos;équipe (importé le %1)</translation>
    </message>
    <message>
        <source>the team&apos;s RFC 2350 profile</source>
        <translation>le profil RFC 2350 de l&apos;équipe</translation>
    </message>
    <message>
        <source>%1 names the key %2, but no key is linked to the team.</source>
        <translation>%1 nomme la clé %2, mais aucune clé n&apos;est liée à l&apos;équipe.</translation>
    </message>
    <message>
        <source>The linked key %1 differs from the key %2 names (%3): check which one the team uses.</source>
        <translation>La clé liée %1 diffère de la clé que nomme %2 (%3)&#xa0;: vérifiez laquelle l&apos;équipe utilise.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Who handles… (address, network, AS, domain, e-mail)</source>
        <translation>Qui traite… (adresse, réseau, AS, domaine, adresse électronique)</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Trusted Introducer teams.json…</source>
        <translation>teams.json de Trusted Introducer…</translation>
    </message>
    <message>
        <source>vCard file…</source>
        <translation>Fichier vCard…</translation>
    </message>
    <message>
        <source>OpenPGP keys…</source>
        <translation>Clés OpenPGP…</translation>
    </message>
    <message>
        <source>&amp;Export vCard…</source>
        <translation>&amp;Exporter en vCard…</translation>
    </message>
    <message>
        <source>The directory could not be read completely.</source>
        <translation>L&apos;annuaire n&apos;a pas pu être lu entièrement.</translation>
    </message>
    <message>
        <source>Nobody in the directory handles %1.</source>
        <translation>Personne dans l&apos;annuaire ne traite %1.</translation>
    </message>
    <message>
        <source>Nobody holds %1 itself; %2 is the team for its country (%3).</source>
        <translation>Personne ne détient %1 lui-même&#x202f;; %2 est l&apos;équipe de son pays (%3).</translation>
    </message>
    <message>
        <source>%1 is handled by %2 (constituency entry %3).</source>
        <translation>%1 est traité par %2 (entrée %3 de la communauté desservie).</translation>
    </message>
    <message numerus="yes">
        <source>%n more team(s) also match.</source>
        <translation>
            <numerusform>%n autre équipe correspond aussi.</numerusform>
            <numerusform>%n autres équipes correspondent aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trusted Introducer JSON (*.json)</source>
        <translation>JSON Trusted Introducer (*.json)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>Fichiers vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>OpenPGP keys (*.asc *.gpg *.pgp)</source>
        <translation>Clés OpenPGP (*.asc *.gpg *.pgp)</translation>
    </message>
    <message>
        <source>Import into the directory</source>
        <translation>Importer dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Export the directory as vCard</source>
        <translation>Exporter l&apos;annuaire en vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Directory written to %1.</source>
        <translation>Annuaire écrit dans %1.</translation>
    </message>
    <message>
        <source>RFC 2350 document…</source>
        <translation>Document RFC 2350…</translation>
    </message>
    <message>
        <source>RFC 2350 documents (*.txt *.asc)</source>
        <translation>Documents RFC 2350 (*.txt *.asc)</translation>
    </message>
    <message>
        <source>Signer is not the team&apos;s key</source>
        <translation>Le signataire n&apos;est pas la clé de l&apos;équipe</translation>
    </message>
    <message>
        <source>This document is signed by another key than the team&apos;s own key named in its section 2.8. Anybody can sign a text that names somebody else&apos;s key.</source>
        <translation>Ce document est signé par une autre clé que la propre clé de l&apos;équipe nommée dans sa section 2.8. N&apos;importe qui peut signer un texte qui nomme la clé de quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <source>Signed by: %1 %2
Key named in 2.8: %3

Link the key named in 2.8 to the team anyway? Answer Yes only after checking with the team that the signer may speak for it.</source>
        <extracomment>%1 and %3 are OpenPGP fingerprints, %2 the signer&apos;s user id</extracomment>
        <translation>Signé par&#xa0;: %1 %2
Clé nommée en 2.8&#xa0;: %3

Lier quand même à l&apos;équipe la clé nommée en 2.8&#x202f;? Répondez Oui seulement après avoir vérifié auprès de l&apos;équipe que le signataire peut parler en son nom.</translation>
    </message>
    <message>
        <source>&amp;Link the key</source>
        <translation>&amp;Lier la clé</translation>
    </message>
    <message>
        <source>&amp;Do not link</source>
        <translation>&amp;Ne pas lier</translation>
    </message>
    <message>
        <source>You accepted the signer: the key %1 is linked to the team.</source>
        <extracomment>%1 is an OpenPGP fingerprint</extracomment>
        <translation>Vous avez accepté le signataire&#xa0;: la clé %1 est liée à l&apos;équipe.</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>É&amp;quipes</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>Perso&amp;nnes</translation>
    </message>
    <message>
        <source>Li&amp;sts</source>
        <translation>Li&amp;stes</translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation>&amp;Ajouter une équipe…</translation>
    </message>
    <message>
        <source>&amp;Edit team…</source>
        <translation>&amp;Modifier l&apos;équipe…</translation>
    </message>
    <message>
        <source>&amp;Remove team…</source>
        <translation>S&amp;upprimer l&apos;équipe…</translation>
    </message>
    <message>
        <source>Add team…</source>
        <translation>Ajouter une équipe…</translation>
    </message>
    <message>
        <source>Edit team…</source>
        <translation>Modifier l&apos;équipe…</translation>
    </message>
    <message>
        <source>Remove team…</source>
        <translation>Supprimer l&apos;équipe…</translation>
    </message>
    <message>
        <source>%1 was added to the directory.</source>
        <extracomment>%1 is the team&apos;s name</extracomment>
        <translation>L&apos;équipe %1 a été ajoutée à l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Supprimer l&apos;équipe</translation>
    </message>
    <message>
        <source>Remove %1 from the directory? Its channels, constituency, key links and agreements go with it, and it is taken off every distribution list; people keep their other teams. The history keeps a record.</source>
        <translation>Supprimer l&apos;équipe %1 de l&apos;annuaire&#x202f;? Ses canaux, sa communauté desservie, ses liens de clés et ses accords disparaissent avec elle, et elle est retirée de toutes les listes de diffusion&#x202f;; les personnes conservent leurs autres équipes. L&apos;historique en garde une trace.</translation>
    </message>
    <message>
        <source>&amp;Remove team</source>
        <translation>&amp;Supprimer l&apos;équipe</translation>
    </message>
    <message>
        <source>%1 was removed from the directory.</source>
        <translation>L&apos;équipe %1 a été supprimée de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>No teams in the directory yet</source>
        <translation>Pas encore d&apos;équipe dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Add the teams you work with (Add team… above), or import the Trusted Introducer list, vCards or RFC 2350 documents with Import.</source>
        <translation>Ajoutez les équipes avec lesquelles vous travaillez (Ajouter une équipe… ci-dessus), ou importez la liste Trusted Introducer, des vCards ou des documents RFC 2350 avec Importer.</translation>
    </message>
    <message>
        <source>No team matches the filter</source>
        <translation>Aucune équipe ne correspond au filtre</translation>
    </message>
    <message>
        <source>Try other words, or fewer filters.</source>
        <translation>Essayez d&apos;autres mots, ou moins de filtres.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryQueries</name>
    <message>
        <source>The number of days must be positive.</source>
        <translation>Le nombre de jours doit être positif.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryTypes</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Governmental</source>
        <translation>Gouvernemental</translation>
    </message>
    <message>
        <source>Critical information infrastructure</source>
        <translation>Infrastructure d&apos;information critique</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Académique</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Commercial</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Militaire</translation>
    </message>
    <message>
        <source>ISP / abuse</source>
        <translation>FAI / abuse</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Non listée</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listée</translation>
    </message>
    <message>
        <source>Accreditation candidate</source>
        <translation>Candidate à l&apos;accréditation</translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation>Accréditée</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certifiée</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>A channel that is neither e-mail nor phone: Signal, satellite phone...</extracomment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Abuse</source>
        <extracomment>The channel for abuse reports (abuse@...)</extracomment>
        <translation>Abuse</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryVCard</name>
    <message>
        <source>“%1” is not an ISO 8601 time.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une heure ISO 8601.</translation>
    </message>
    <message>
        <source>“%1” is not a channel usage.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un usage de canal.</translation>
    </message>
    <message>
        <source>The agreement kind is missing or unknown.</source>
        <translation>Le type d&apos;accord est manquant ou inconnu.</translation>
    </message>
    <message>
        <source>A person needs a name (FN).</source>
        <translation>Une personne nécessite un nom (FN).</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 time; left out.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une heure ISO 8601&#x202f;; écarté.</translation>
    </message>
    <message>
        <source>the key is embedded in the card and was not imported; import it with “directory keys --import” and link it to the entry.</source>
        <translation>la clé est intégrée à la carte et n&apos;a pas été importée&#x202f;; importez-la avec «&#x202f;directory keys --import&#x202f;» et liez-la à l&apos;entrée.</translation>
    </message>
    <message>
        <source>“%1” is neither a fingerprint nor a valid URI; left out.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est ni une empreinte ni un URI valide&#x202f;; écarté.</translation>
    </message>
    <message>
        <source>The key was left out.</source>
        <translation>La clé a été écartée.</translation>
    </message>
    <message>
        <source>The address was left out.</source>
        <translation>L&apos;adresse a été écartée.</translation>
    </message>
    <message>
        <source>a person has one key in the directory; this second one was left out.</source>
        <translation>une personne a une seule clé dans l&apos;annuaire&#x202f;; cette deuxième clé a été écartée.</translation>
    </message>
    <message>
        <source>a person has one key address in the directory; this second one was left out.</source>
        <translation>une personne a une seule adresse de clé dans l&apos;annuaire&#x202f;; cette deuxième adresse a été écartée.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un marquage TLP.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryView</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Official name</source>
        <translation>Nom officiel</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organisation hôte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Trusted Introducer</source>
        <translation>Trusted Introducer</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> depuis le %1</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Appartenances</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures ouvrées</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>RFC 2350</source>
        <translation>RFC 2350</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Communauté desservie</translation>
    </message>
    <message>
        <source>Constituency entries</source>
        <translation>Entrées de la communauté desservie</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Highest TLP</source>
        <translation>TLP le plus élevé</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Présentée par</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3, skipped %4.
</source>
        <translation>Ajoutées %1, mises à jour %2, inchangées %3, ignorées %4.
</translation>
    </message>
    <message>
        <source>  added: %1</source>
        <translation>  ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>  updated: %1</source>
        <translation>  mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>  not overwritten: %1</source>
        <translation>  non écrasée&#xa0;: %1</translation>
    </message>
    <message>
        <source>  problem at %1: %2</source>
        <translation>  problème à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (not in the keyring)</source>
        <translation>%1 (pas dans le trousseau)</translation>
    </message>
    <message>
        <source>%1 (%2, created %3, expires %4, validity %5)</source>
        <translation>%1 (%2, créée le %3, expire le %4, validité %5)</translation>
    </message>
    <message>
        <source>Key addresses</source>
        <translation>Adresses de clé</translation>
    </message>
    <message>
        <source>Updated at source</source>
        <translation>Mis à jour à la source</translation>
    </message>
    <message>
        <source>  warning at %1: %2</source>
        <translation>  avertissement à %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fb::DistributionListCommands</name>
    <message>
        <source>The list&apos;s name (unique, not a number).</source>
        <translation>Le nom de la liste (unique, pas un nombre).</translation>
    </message>
    <message>
        <source>What the list is for.</source>
        <translation>À quoi sert la liste.</translation>
    </message>
    <message>
        <source>Create a distribution list.</source>
        <translation>Créer une liste de diffusion.</translation>
    </message>
    <message>
        <source>Added distribution list #%1.</source>
        <translation>Liste de diffusion #%1 ajoutée.</translation>
    </message>
    <message>
        <source>List id or name.</source>
        <translation>Identifiant ou nom de la liste.</translation>
    </message>
    <message>
        <source>Remove a distribution list (its teams and people stay in the directory).</source>
        <translation>Supprimer une liste de diffusion (ses équipes et personnes restent dans l&apos;annuaire).</translation>
    </message>
    <message>
        <source>Removed distribution list “%1”.</source>
        <translation>Liste de diffusion «&#x202f;%1&#x202f;» supprimée.</translation>
    </message>
    <message>
        <source>Show a list&apos;s members with their e-mail address and the highest TLP label we may share with each (a person&apos;s own, else their team&apos;s).</source>
        <translation>Afficher les membres d&apos;une liste avec leur adresse électronique et le marquage TLP le plus élevé que nous pouvons partager avec chacun (celui de la personne, sinon celui de son équipe).</translation>
    </message>
    <message>
        <source>Distribution list #%1 “%2”</source>
        <translation>Liste de diffusion #%1 «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>NATURE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>HIGHEST TLP</source>
        <translation>TLP MAXIMAL</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>(no e-mail)</source>
        <translation>(pas d&apos;adresse électronique)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>List the distribution lists.</source>
        <translation>Lister les listes de diffusion.</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MEMBRES</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>A team: id, UUID, short or official name (repeatable).</source>
        <translation>Une équipe&#xa0;: identifiant, UUID, nom court ou officiel (répétable).</translation>
    </message>
    <message>
        <source>A person: id or name (repeatable).</source>
        <translation>Une personne&#xa0;: identifiant ou nom (répétable).</translation>
    </message>
    <message>
        <source>Put teams and people on a list.</source>
        <translation>Inscrire des équipes et des personnes sur une liste.</translation>
    </message>
    <message>
        <source>Take teams and people off a list.</source>
        <translation>Retirer des équipes et des personnes d&apos;une liste.</translation>
    </message>
    <message>
        <source>Name at least one --team or --person.</source>
        <translation>Nommez au moins un --team ou un --person.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) to “%1”.</source>
        <translation>
            <numerusform>%n membre ajouté à «&#x202f;%1&#x202f;».</numerusform>
            <numerusform>%n membres ajoutés à «&#x202f;%1&#x202f;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n member(s) from “%1”.</source>
        <translation>
            <numerusform>%n membre retiré de «&#x202f;%1&#x202f;».</numerusform>
            <numerusform>%n membres retirés de «&#x202f;%1&#x202f;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::DistributionListDialog</name>
    <message>
        <source>New distribution list</source>
        <translation>Nouvelle liste de diffusion</translation>
    </message>
    <message>
        <source>national-partners</source>
        <translation>partenaires-nationaux</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create list</source>
        <translation>&amp;Créer la liste</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <extracomment>Shown in the new list dialog when the list could not be made; %1 is the reason</extracomment>
        <translation>Non créée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fb::DistributionListStore</name>
    <message>
        <source>A distribution list needs a name.</source>
        <translation>Une liste de diffusion a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>A distribution list&apos;s name cannot be a number (numbers are ids).</source>
        <translation>Le nom d&apos;une liste de diffusion ne peut pas être un nombre (les nombres sont des identifiants).</translation>
    </message>
    <message>
        <source>There is already a distribution list “%1”.</source>
        <translation>Il existe déjà une liste de diffusion «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>There is no distribution list #%1.</source>
        <translation>Il n&apos;y a pas de liste de diffusion #%1.</translation>
    </message>
    <message>
        <source>There is no distribution list “%1”.</source>
        <translation>Il n&apos;y a pas de liste de diffusion «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>A list member is a team or a person.</source>
        <translation>Un membre de liste est une équipe ou une personne.</translation>
    </message>
    <message>
        <source>%1 is already on the list “%2”.</source>
        <translation>%1 est déjà sur la liste «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>That entry is not on the list “%1”.</source>
        <translation>Cette entrée n&apos;est pas sur la liste «&#x202f;%1&#x202f;».</translation>
    </message>
</context>
<context>
    <name>fb::DistributionListsPanel</name>
    <message>
        <source>&amp;New list…</source>
        <translation>Nou&amp;velle liste…</translation>
    </message>
    <message>
        <source>Remove &amp;list…</source>
        <translation>Supprimer la &amp;liste…</translation>
    </message>
    <message>
        <source>&amp;Add members…</source>
        <translation>&amp;Ajouter des membres…</translation>
    </message>
    <message>
        <source>Take &amp;off the list</source>
        <translation>Re&amp;tirer de la liste</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Share up to</source>
        <translation>Partage jusqu&apos;à</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <extracomment>A distribution list in the list of lists: its name and how many members it has</extracomment>
        <translation>
            <numerusform>%1 (%n membre)</numerusform>
            <numerusform>%1 (%n membres)</numerusform>
        </translation>
    </message>
    <message>
        <source>No distribution lists yet. An advisory&apos;s audience names lists: make one with New list….</source>
        <translation>Pas encore de liste de diffusion. Le public d&apos;un avis de sécurité désigne des listes&#xa0;: créez-en une avec Nouvelle liste….</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (d&apos;après %2)</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>non convenu</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>pas d&apos;adresse électronique</translation>
    </message>
    <message>
        <source>Remove distribution list</source>
        <translation>Supprimer la liste de diffusion</translation>
    </message>
    <message>
        <source>Remove the list “%1”? The teams and people on it stay in the directory; advisories that name the list as their audience no longer find it.</source>
        <translation>Supprimer la liste «&#x202f;%1&#x202f;»&#x202f;? Les équipes et les personnes qui y figurent restent dans l&apos;annuaire&#x202f;; les avis de sécurité qui désignent cette liste comme public ne la trouvent plus.</translation>
    </message>
    <message>
        <source>&amp;Remove list</source>
        <translation>&amp;Supprimer la liste</translation>
    </message>
    <message>
        <source>The list “%1” was removed.</source>
        <translation>La liste «&#x202f;%1&#x202f;» a été supprimée.</translation>
    </message>
    <message>
        <source>%1 was taken off the list.</source>
        <translation>%1 ne figure plus sur la liste.</translation>
    </message>
</context>
<context>
    <name>fb::EvidenceCommands</name>
    <message>
        <source>Store each FILE inside the workspace as evidence of the ticket, with its size, SHA-256, media type, who added it and when, each in the ticket&apos;s history. A file can be at most %1; an empty file or a folder is refused. The files are added one by one: when one is refused, those before it stay added.</source>
        <translation>Conserver chaque FICHIER dans l&apos;espace de travail comme preuve du ticket, avec sa taille, son SHA-256, son type de média, qui l&apos;a ajouté et quand, chacun dans l&apos;historique du ticket. Un fichier peut faire au plus %1&#x202f;; un fichier vide ou un dossier est refusé. Les fichiers sont ajoutés un par un&#xa0;: quand l&apos;un est refusé, ceux qui le précèdent restent ajoutés.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>Le numéro du ticket.</translation>
    </message>
    <message>
        <source>A file to attach.</source>
        <translation>Un fichier à joindre.</translation>
    </message>
    <message>
        <source>What the files are (for each of them).</source>
        <translation>Ce que sont les fichiers (pour chacun d&apos;eux).</translation>
    </message>
    <message>
        <source>Ticket #%1: evidence %2 added: %3 (%4, SHA-256 %5).</source>
        <translation>Ticket #%1&#xa0;: preuve %2 ajoutée&#xa0;: %3 (%4, SHA-256 %5).</translation>
    </message>
    <message>
        <source>List the evidence of a ticket: number, name, size, SHA-256, who added it and when. --removed lists removed files too (their content is gone, their record stays).</source>
        <translation>Lister les preuves d&apos;un ticket&#xa0;: numéro, nom, taille, SHA-256, qui l&apos;a ajoutée et quand. --removed liste aussi les fichiers retirés (leur contenu a disparu, leur fiche reste).</translation>
    </message>
    <message>
        <source>Include removed files.</source>
        <translation>Inclure les fichiers retirés.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no evidence.</source>
        <translation>Le ticket #%1 n&apos;a aucune preuve.</translation>
    </message>
    <message>
        <source>(removed %1 by %2)</source>
        <translation>(retiré le %1 par %2)</translation>
    </message>
    <message>
        <source>Write the ticket&apos;s evidence files into a new or empty folder, under safe names (no folder part, repeated names numbered), with a SHA256SUMS file: check them with `sha256sum -c SHA256SUMS` in that folder. A file whose content no longer matches its recorded SHA-256 is not written (run verify).</source>
        <translation>Écrire les fichiers de preuve du ticket dans un dossier nouveau ou vide, sous des noms sûrs (sans partie de dossier, noms répétés numérotés), avec un fichier SHA256SUMS&#xa0;: vérifiez-les avec `sha256sum -c SHA256SUMS` dans ce dossier. Un fichier dont le contenu ne correspond plus au SHA-256 enregistré n&apos;est pas écrit (lancez verify).</translation>
    </message>
    <message>
        <source>The folder to write (made when missing; must be empty).</source>
        <translation>Le dossier où écrire (créé s&apos;il n&apos;existe pas&#x202f;; doit être vide).</translation>
    </message>
    <message>
        <source>Name the folder to export to with --out DIR.</source>
        <translation>Indiquez le dossier d&apos;exportation avec --out DIR.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1: %n evidence file(s) and SHA256SUMS written to %2.</source>
        <translation>
            <numerusform>Ticket #%1&#xa0;: %n fichier de preuve et SHA256SUMS écrits dans %2.</numerusform>
            <numerusform>Ticket #%1&#xa0;: %n fichiers de preuve et SHA256SUMS écrits dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete an evidence file&apos;s content from the workspace. Its record (name, size, SHA-256, who added and removed it and when) and its history stay.</source>
        <translation>Supprimer de l&apos;espace de travail le contenu d&apos;un fichier de preuve. Sa fiche (nom, taille, SHA-256, qui l&apos;a ajouté et retiré et quand) et son historique restent.</translation>
    </message>
    <message>
        <source>The evidence number (see evidence list).</source>
        <translation>Le numéro de la preuve (voir evidence list).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an evidence number.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un numéro de preuve.</translation>
    </message>
    <message>
        <source>Ticket #%1: evidence %2 (%3) removed.</source>
        <translation>Ticket #%1&#xa0;: preuve %2 (%3) retirée.</translation>
    </message>
</context>
<context>
    <name>fb::EvidencePanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Pas encore de preuves</translation>
    </message>
    <message>
        <source>Add files, or drop them here. Each is kept inside the workspace with its SHA-256.</source>
        <translation>Ajoutez des fichiers, ou déposez-les ici. Chacun est conservé dans l&apos;espace de travail avec son SHA-256.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Attach files as evidence (at most %1 each); you can also drop them here.</source>
        <translation>Joindre des fichiers comme preuves (au plus %1 chacun)&#x202f;; vous pouvez aussi les déposer ici.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the files into a new folder with a SHA256SUMS file</source>
        <translation>Écrire les fichiers dans un nouveau dossier avec un fichier SHA256SUMS</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copier le SHA-256</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Delete the file&apos;s content; its name, size, SHA-256 and history stay</source>
        <translation>Supprimer le contenu du fichier&#x202f;; son nom, sa taille, son SHA-256 et son historique restent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <extracomment>The tab of a ticket&apos;s evidence files, with their number.</extracomment>
        <translation>Preuves (%1)</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 octets</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add evidence to ticket #%1</source>
        <translation>Ajouter des preuves au ticket #%1</translation>
    </message>
    <message>
        <source>Export the evidence into a folder</source>
        <translation>Exporter les preuves dans un dossier</translation>
    </message>
    <message>
        <source>ticket-%1-evidence</source>
        <translation>ticket-%1-preuves</translation>
    </message>
    <message>
        <source>ticket-%1-evidence-%2</source>
        <translation>ticket-%1-preuves-%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n fichier ajouté.</numerusform>
            <numerusform>%n fichiers ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and SHA256SUMS written to %1.</source>
        <translation>
            <numerusform>%n fichier et SHA256SUMS écrits dans %1.</numerusform>
            <numerusform>%n fichiers et SHA256SUMS écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from ticket #%2? Its content is deleted from the workspace; its name, size, SHA-256 and history stay.</source>
        <translation>Retirer «&#x202f;%1&#x202f;» du ticket #%2&#x202f;? Son contenu est supprimé de l&apos;espace de travail&#x202f;; son nom, sa taille, son SHA-256 et son historique restent.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Retirer la preuve</translation>
    </message>
</context>
<context>
    <name>fb::EvidenceStore</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Il n&apos;y a pas de fichier «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>“%1” is a folder; add the files in it one by one.</source>
        <translation>«&#x202f;%1&#x202f;» est un dossier&#x202f;; ajoutez les fichiers qu&apos;il contient un par un.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>“%1” is empty; there is nothing to keep as evidence.</source>
        <translation>«&#x202f;%1&#x202f;» est vide&#x202f;; il n&apos;y a rien à conserver comme preuve.</translation>
    </message>
    <message>
        <source>“%1” has %2; evidence can be at most %3.</source>
        <translation>«&#x202f;%1&#x202f;» fait %2&#x202f;; une preuve peut faire au plus %3.</translation>
    </message>
    <message>
        <source>A description can be at most %L1 characters long.</source>
        <translation>Une description peut compter au plus %L1 caractères.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire «&#x202f;%1&#x202f;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” grew beyond %2 while it was read.</source>
        <translation>«&#x202f;%1&#x202f;» a dépassé %2 pendant sa lecture.</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>Ajout de %1</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) was removed already.</source>
        <translation>La preuve %1 (%2) a déjà été retirée.</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) was removed; its content is gone.</source>
        <translation>La preuve %1 (%2) a été retirée&#x202f;; son contenu a disparu.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no evidence to export.</source>
        <translation>Le ticket #%1 n&apos;a aucune preuve à exporter.</translation>
    </message>
    <message>
        <source>Name a folder to export the evidence to.</source>
        <translation>Indiquez un dossier où exporter les preuves.</translation>
    </message>
    <message>
        <source>The folder “%1” is not empty; export the evidence into a new or empty folder.</source>
        <translation>Le dossier «&#x202f;%1&#x202f;» n&apos;est pas vide&#x202f;; exportez les preuves dans un dossier nouveau ou vide.</translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportation de %1</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) of ticket #%3 no longer matches its recorded SHA-256 and size; run verify.</source>
        <translation>La preuve %1 (%2) du ticket #%3 ne correspond plus au SHA-256 et à la taille enregistrés&#x202f;; lancez verify.</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeCommands</name>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Remplacer un fichier de sortie existant.</translation>
    </message>
    <message>
        <source>The team the document goes to (name or UID in the directory).</source>
        <translation>L&apos;équipe à laquelle le document est destiné (nom ou UID dans l&apos;annuaire).</translation>
    </message>
    <message>
        <source>The highest TLP label the recipient may receive.</source>
        <translation>Le marquage TLP le plus élevé que le destinataire peut recevoir.</translation>
    </message>
    <message>
        <source>Export addresses as src (where the activity came from; the default) or dst (where it went): MISP ip-src or ip-dst, IODEF System category source or target.</source>
        <translation>Exporter les adresses comme src (d&apos;où venait l&apos;activité&#x202f;; par défaut) ou dst (où elle allait)&#xa0;: MISP ip-src ou ip-dst, catégorie de System IODEF source ou target.</translation>
    </message>
    <message>
        <source>MISP distribution: 0 your organisation only (default), 1 this community, 2 connected communities, 3 all communities.</source>
        <translation>Diffusion MISP&#xa0;: 0 votre organisation uniquement (par défaut), 1 cette communauté, 2 communautés connectées, 3 toutes les communautés.</translation>
    </message>
    <message>
        <source>Give --format misp or --format iodef.</source>
        <translation>Indiquez --format misp ou --format iodef.</translation>
    </message>
    <message>
        <source>--format takes misp or iodef, not “%1”.</source>
        <translation>--format prend misp ou iodef, pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Give --recipient or --clearance, not both.</source>
        <translation>Indiquez --recipient ou --clearance, pas les deux.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un marquage TLP 2.0.</translation>
    </message>
    <message>
        <source>--addresses takes src or dst, not “%1”.</source>
        <translation>--addresses prend src ou dst, pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>--distribution is for MISP events only.</source>
        <translation>--distribution ne concerne que les événements MISP.</translation>
    </message>
    <message>
        <source>--distribution takes a number from 0 to 3.</source>
        <translation>--distribution prend un nombre de 0 à 3.</translation>
    </message>
    <message>
        <source>--purpose is for IODEF documents only.</source>
        <translation>--purpose ne concerne que les documents IODEF.</translation>
    </message>
    <message>
        <source>--purpose takes reporting or mitigation, not “%1”.</source>
        <translation>--purpose prend reporting ou mitigation, pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>--json needs --out: standard output carries the document otherwise.</source>
        <translation>--json a besoin de --out&#xa0;: sinon la sortie standard transporte le document.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1 written to %2 as MISP event %3 (%4, %n attribute(s)).</source>
        <translation>
            <numerusform>Ticket #%1 écrit dans %2 comme événement MISP %3 (%4, %n attribut).</numerusform>
            <numerusform>Ticket #%1 écrit dans %2 comme événement MISP %3 (%4, %n attributs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1 written to %2 as an IODEF document (%3, %n observable(s)).</source>
        <translation>
            <numerusform>Ticket #%1 écrit dans %2 comme document IODEF (%3, %n observable).</numerusform>
            <numerusform>Ticket #%1 écrit dans %2 comme document IODEF (%3, %n observables).</numerusform>
        </translation>
    </message>
    <message>
        <source>New incident #%1 from the MISP event.</source>
        <translation>Nouvel incident #%1 issu de l&apos;événement MISP.</translation>
    </message>
    <message>
        <source>The MISP event added to ticket #%1.</source>
        <translation>L&apos;événement MISP a été ajouté au ticket #%1.</translation>
    </message>
    <message>
        <source>New incident #%1 from the IODEF document.</source>
        <translation>Nouvel incident #%1 issu du document IODEF.</translation>
    </message>
    <message>
        <source>The IODEF document added to ticket #%1.</source>
        <translation>Le document IODEF a été ajouté au ticket #%1.</translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s) in the event, %1 new; %2 note(s).</source>
        <translation>
            <numerusform>%n observable dans l&apos;événement, nouveaux&#xa0;: %1&#x202f;; notes&#xa0;: %2.</numerusform>
            <numerusform>%n observables dans l&apos;événement, nouveaux&#xa0;: %1&#x202f;; notes&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s) in the document, %1 new; %2 note(s).</source>
        <translation>
            <numerusform>%n observable dans le document, nouveaux&#xa0;: %1&#x202f;; notes&#xa0;: %2.</numerusform>
            <numerusform>%n observables dans le document, nouveaux&#xa0;: %1&#x202f;; notes&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avertissement&#xa0;: %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeExport</name>
    <message>
        <source>the recipient</source>
        <translation>le destinataire</translation>
    </message>
    <message>
        <source>cleared up to %1</source>
        <translation>habilité jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>no TLP level known</source>
        <translation>aucun niveau TLP connu</translation>
    </message>
    <message>
        <source>Not exported: ticket %1 (with its children) is %2, and %3 may not receive it (%4). Name a recipient who may, or lower the tickets&apos; labels.</source>
        <translation>Non exporté&#xa0;: le ticket %1 (avec ses enfants) est %2, et %3 ne peut pas le recevoir (%4). Indiquez un destinataire qui le peut, ou abaissez le marquage des tickets.</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeExportDialog</name>
    <message>
        <source>Share incident #%1 with a team</source>
        <translation>Partager l&apos;incident #%1 avec une équipe</translation>
    </message>
    <message>
        <source>MISP event (JSON)</source>
        <translation>Événement MISP (JSON)</translation>
    </message>
    <message>
        <source>IODEF v2 document (XML, RFC 7970)</source>
        <translation>Document IODEF v2 (XML, RFC 7970)</translation>
    </message>
    <message>
        <source>Someone not in the directory (TLP:CLEAR and TLP:GREEN only)</source>
        <translation>Quelqu&apos;un qui n&apos;est pas dans l&apos;annuaire (TLP:CLEAR et TLP:GREEN uniquement)</translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1 (jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>%1 (TLP:CLEAR and TLP:GREEN only)</source>
        <translation>%1 (TLP:CLEAR et TLP:GREEN uniquement)</translation>
    </message>
    <message>
        <source>Sources (where attacks come from)</source>
        <translation>Sources (d&apos;où viennent les attaques)</translation>
    </message>
    <message>
        <source>Targets (what was attacked)</source>
        <translation>Cibles (ce qui a été attaqué)</translation>
    </message>
    <message>
        <source>Your organisation only</source>
        <translation>Votre organisation uniquement</translation>
    </message>
    <message>
        <source>This community only</source>
        <translation>Cette communauté uniquement</translation>
    </message>
    <message>
        <source>Connected communities</source>
        <translation>Communautés connectées</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>Toutes les communautés</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Mitigation (asking the recipient to act)</source>
        <translation>Atténuation (demander au destinataire d&apos;agir)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Addresses are:</source>
        <translation>Les &amp;adresses sont&#xa0;:</translation>
    </message>
    <message>
        <source>MISP &amp;distribution:</source>
        <translation>Diff&amp;usion MISP&#xa0;:</translation>
    </message>
    <message>
        <source>IODEF &amp;purpose:</source>
        <translation>Finali&amp;té IODEF&#xa0;:</translation>
    </message>
    <message>
        <source>The document carries the incident&apos;s observables and those of its reports, investigations and countermeasures, labelled with the most restrictive TLP among them. It is refused when the recipient may not receive that label.</source>
        <translation>Le document contient les observables de l&apos;incident et ceux de ses signalements, investigations et contre-mesures, avec le marquage TLP le plus restrictif parmi eux. Il est refusé quand le destinataire ne peut pas recevoir ce marquage.</translation>
    </message>
    <message>
        <source>What was written appears here.</source>
        <translation>Ce qui a été écrit s&apos;affiche ici.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Écriture du document…</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n observable(s) from %2 ticket(s), labelled %3.</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: %n observable issu de %2 ticket(s), marqué %3.</numerusform>
            <numerusform>%1 écrit&#xa0;: %n observables issus de %2 ticket(s), marqués %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ExchangeImport</name>
    <message>
        <source>(no UUID)</source>
        <translation>(sans UUID)</translation>
    </message>
    <message>
        <source>Ticket %1 was %2; it is now %3, the document&apos;s label.</source>
        <translation>Le ticket %1 était %2&#x202f;; il est maintenant %3, le marquage du document.</translation>
    </message>
    <message>
        <source>The document is classified %1; ticket %2 keeps its classification %3/%4.</source>
        <translation>Le document est classé %1&#x202f;; le ticket %2 garde sa classification %3/%4.</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeImportDialog</name>
    <message>
        <source>Import an incident from a team</source>
        <translation>Importer un incident d&apos;une équipe</translation>
    </message>
    <message>
        <source>A MISP event (JSON) or an IODEF v2 document (XML) becomes a new incident, or goes onto the incident it came from or was imported into before. Its indicators become observables; what is not an observable is kept in comments. Nothing is stored when the document cannot be read.</source>
        <translation>Un événement MISP (JSON) ou un document IODEF v2 (XML) devient un nouvel incident, ou rejoint l&apos;incident dont il est issu ou dans lequel il a déjà été importé. Ses indicateurs deviennent des observables&#x202f;; ce qui n&apos;est pas un observable est conservé dans des commentaires. Rien n&apos;est enregistré quand le document ne peut pas être lu.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Accept an IODEF document that deviates from the schema (each deviation a warning)</source>
        <translation>Accepter un document IODEF qui s&apos;écarte du schéma (chaque écart donne un avertissement)</translation>
    </message>
    <message>
        <source>&amp;Warnings:</source>
        <translation>A&amp;vertissements&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;Ouvrir le ticket</translation>
    </message>
    <message>
        <source>Importing the document…</source>
        <translation>Importation du document…</translation>
    </message>
    <message>
        <source>Import an incident</source>
        <translation>Importer un incident</translation>
    </message>
    <message>
        <source>MISP events and IODEF documents (*.json *.xml *.iodef);;All files (*)</source>
        <translation>Événements MISP et documents IODEF (*.json *.xml *.iodef);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; an exchanged incident is at most %3 MiB.</source>
        <translation>%1 fait %2 Mio&#x202f;; un incident échangé fait au plus %3 Mio.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>IODEF document</source>
        <translation>Le document IODEF</translation>
    </message>
    <message>
        <source>MISP event</source>
        <translation>L&apos;événement MISP</translation>
    </message>
    <message>
        <source>The %1 became incident #%2.</source>
        <translation>%1 est devenu l&apos;incident #%2.</translation>
    </message>
    <message>
        <source>The %1 was added to ticket #%2.</source>
        <translation>%1 a été ajouté au ticket #%2.</translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s) added of %1 in the document.</source>
        <translation>
            <numerusform>%n observable ajouté sur %1 dans le document.</numerusform>
            <numerusform>%n observables ajoutés sur %1 dans le document.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) keep what is not an observable.</source>
        <translation>
            <numerusform>%n commentaire conserve ce qui n&apos;est pas un observable.</numerusform>
            <numerusform>%n commentaires conservent ce qui n&apos;est pas un observable.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeStore</name>
    <message>
        <source>Ticket %1 has a UUID already.</source>
        <translation>Le ticket %1 a déjà un UUID.</translation>
    </message>
    <message>
        <source>The UUID %1 belongs to ticket %2 already.</source>
        <translation>L&apos;UUID %1 appartient déjà au ticket %2.</translation>
    </message>
</context>
<context>
    <name>fb::ExitCodes</name>
    <message>
        <source>  0  success
  1  usage: unknown command or option, missing argument, no passphrase source
  2  bad input: a refused value, a file that is not a workspace or is from a newer
     Firebreak, a damaged workspace, a failed integrity check or a broken history
     chain (verify)
  3  wrong passphrase or key
  4  not found (ticket, file, link) or conflict (refused transition, existing file)
  5  internal error, or the system refused (I/O error, disk full)
</source>
        <translation>  0  succès
  1  usage&#xa0;: commande ou option inconnue, argument manquant, pas de source de phrase secrète
  2  entrée incorrecte&#xa0;: valeur refusée, fichier qui n&apos;est pas un espace de travail ou vient d&apos;un
     Firebreak plus récent, espace de travail endommagé, échec du contrôle d&apos;intégrité ou chaîne
     d&apos;historique rompue (verify)
  3  phrase secrète ou clé erronée
  4  introuvable (ticket, fichier, lien) ou conflit (transition refusée, fichier existant)
  5  erreur interne, ou refus du système (erreur d&apos;E/S, disque plein)
</translation>
    </message>
</context>
<context>
    <name>fb::FirstRun</name>
    <message>
        <source>Give our team&apos;s name.</source>
        <translation>Indiquez le nom de notre équipe.</translation>
    </message>
    <message>
        <source>Give our team&apos;s e-mail address.</source>
        <translation>Indiquez l&apos;adresse électronique de notre équipe.</translation>
    </message>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une empreinte OpenPGP complète.</translation>
    </message>
</context>
<context>
    <name>fb::FirstRunGuide</name>
    <message>
        <source>First steps in this workspace</source>
        <translation>Premiers pas dans cet espace de travail</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>I&amp;gnorer cette étape</translation>
    </message>
    <message>
        <source>Leave this as it is; it can be set later in Settings.</source>
        <translation>Laisser tel quel&#x202f;; cela peut être réglé plus tard dans Paramètres.</translation>
    </message>
    <message>
        <source>Skip &amp;all</source>
        <translation>To&amp;ut ignorer</translation>
    </message>
    <message>
        <source>Close the guide and change nothing (Esc). It is in Settings.</source>
        <translation>Fermer le guide sans rien modifier (Échap). Il se trouve dans Paramètres.</translation>
    </message>
    <message>
        <source>&amp;Skip this step and finish</source>
        <translation>I&amp;gnorer cette étape et terminer</translation>
    </message>
</context>
<context>
    <name>fb::FirstRunKeyPage</name>
    <message>
        <source>(no user id)</source>
        <translation>(sans identifiant utilisateur)</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>n&apos;expire pas</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 holds no secret key that can sign. The team key needs its secret part, e.g. as exported with “gpg --export-secret-keys”.</source>
        <translation>%1 ne contient aucune clé secrète capable de signer. La clé de l&apos;équipe doit comprendre sa partie secrète, telle qu&apos;exportée par exemple avec «&#x202f;gpg --export-secret-keys&#x202f;».</translation>
    </message>
    <message>
        <source>Our key</source>
        <translation>Notre clé</translation>
    </message>
    <message>
        <source>The OpenPGP key that signs our mail, team profile and advisories. It stays in your GnuPG home, %1.</source>
        <translation>La clé OpenPGP qui signe nos courriels, le profil de l&apos;équipe et les avis de sécurité. Elle reste dans votre répertoire GnuPG, %1.</translation>
    </message>
    <message>
        <source>Import a secret key</source>
        <translation>Importer une clé secrète</translation>
    </message>
    <message>
        <source>OpenPGP keys (*.asc *.gpg *.pgp *.key);;All files (*)</source>
        <translation>Clés OpenPGP (*.asc *.gpg *.pgp *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A key you have</source>
        <translation>Une clé que vous possédez</translation>
    </message>
    <message>
        <source>The secret keys in your GnuPG home that can sign.</source>
        <translation>Les clés secrètes de votre répertoire GnuPG capables de signer.</translation>
    </message>
    <message>
        <source>Team &amp;key:</source>
        <translation>Clé de l&apos;é&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Importer depuis un fichier…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Or a new key</source>
        <translation>Ou une nouvelle clé</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>E-&amp;mail address:</source>
        <translation>A&amp;dresse électronique&#xa0;:</translation>
    </message>
    <message>
        <source>ed25519 and cv25519 (recommended)</source>
        <translation>ed25519 et cv25519 (recommandé)</translation>
    </message>
    <message>
        <source>RSA 3072 (for older software)</source>
        <translation>RSA 3072 (pour les logiciels anciens)</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Durée de validité&#xa0;:</translation>
    </message>
    <message>
        <source>two years (it can be extended later with GnuPG)</source>
        <translation>deux ans (elle peut être prolongée plus tard avec GnuPG)</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>P&amp;hrase secrète de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Créer la clé</translation>
    </message>
    <message>
        <source>Reading the keys of your GnuPG home…</source>
        <translation>Lecture des clés de votre répertoire GnuPG…</translation>
    </message>
    <message>
        <source>The keys could not be read</source>
        <translation>Les clés n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>No secret key in your GnuPG home yet</source>
        <translation>Pas encore de clé secrète dans votre répertoire GnuPG</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Choisissez une clé</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Imported the key %1.</source>
        <translation>Clé %1 importée.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Création de la clé…</translation>
    </message>
    <message>
        <source>Key creation cancelled; no key was kept.</source>
        <translation>Création de la clé annulée&#x202f;; aucune clé n&apos;a été conservée.</translation>
    </message>
    <message>
        <source>Created the key %1 for %2.</source>
        <translation>Clé %1 créée pour %2.</translation>
    </message>
    <message>
        <source>Wait until the key is ready, or cancel it.</source>
        <translation>Attendez que la clé soit prête, ou annulez sa création.</translation>
    </message>
    <message>
        <source>Choose a key, import one or create one — or skip this step.</source>
        <translation>Choisissez une clé, importez-en une ou créez-en une — ou ignorez cette étape.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>fb::FirstRunSlaPage</name>
    <message>
        <source>Service levels</source>
        <translation>Niveaux de service</translation>
    </message>
    <message>
        <source>How soon a ticket gets its first response, and how soon it should be resolved, by severity. Times are calendar time, round the clock.</source>
        <translation>Dans quel délai un ticket reçoit sa première réponse, et dans quel délai il doit être résolu, selon la gravité. Les délais sont en temps calendaire, 24 heures sur 24.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>fb::FirstRunTeamPage</name>
    <message>
        <source>Our team</source>
        <translation>Notre équipe</translation>
    </message>
    <message>
        <source>Who we are in mail, the team profile and advisories. Firebreak keeps it as our entry in the directory.</source>
        <translation>Qui nous sommes dans les courriels, le profil de l&apos;équipe et les avis de sécurité. Firebreak le conserve comme notre entrée dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>e.g. CERT-X, the Example Computer Emergency Response Team</source>
        <translation>par exemple CERT-X, l&apos;équipe de réponse aux urgences informatiques d&apos;Example</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>&amp;Nom de l&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. cert@example.org</source>
        <translation>par exemple cert@example.org</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Adresse électronique&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. CERT-X</source>
        <translation>par exemple CERT-X</translation>
    </message>
    <message>
        <source>Mail subject &amp;tag:</source>
        <translation>&amp;Balise d&apos;objet des courriels&#xa0;:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Subjects will read “[%1 #123] …”.</source>
        <translation>Les objets auront la forme «&#x202f;[%1 #123] …&#x202f;».</translation>
    </message>
</context>
<context>
    <name>fb::GnupgHome</name>
    <message>
        <source>Cannot create a GnuPG home: the temporary folder path is too long for gpg-agent&apos;s sockets.</source>
        <translation>Impossible de créer un répertoire GnuPG&#xa0;: le chemin du dossier temporaire est trop long pour les sockets de gpg-agent.</translation>
    </message>
    <message>
        <source>Cannot create a temporary GnuPG home: %1</source>
        <translation>Impossible de créer un répertoire GnuPG temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write the configuration of a temporary GnuPG home.</source>
        <translation>Impossible d&apos;écrire la configuration d&apos;un répertoire GnuPG temporaire.</translation>
    </message>
    <message>
        <source>Cannot use the folder for temporary GnuPG homes: %1</source>
        <translation>Impossible d&apos;utiliser le dossier des répertoires GnuPG temporaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>The folder for temporary GnuPG homes is not a folder (a symbolic link or a file).</source>
        <translation>Le dossier des répertoires GnuPG temporaires n&apos;est pas un dossier (c&apos;est un lien symbolique ou un fichier).</translation>
    </message>
    <message>
        <source>The folder for temporary GnuPG homes belongs to another user.</source>
        <translation>Le dossier des répertoires GnuPG temporaires appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <source>Cannot make the folder for temporary GnuPG homes private: %1</source>
        <translation>Impossible de rendre privé le dossier des répertoires GnuPG temporaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for temporary GnuPG homes: %1</source>
        <translation>Impossible de créer le dossier des répertoires GnuPG temporaires&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fb::GpgmeBoundary</name>
    <message>
        <source>%1 failed: %2.</source>
        <extracomment>%1 is an operation (&quot;Signing&quot;), %2 what GnuPG said</extracomment>
        <translation>%1&#xa0;: échec, %2.</translation>
    </message>
    <message>
        <source>%1 failed: out of memory.</source>
        <translation>%1&#xa0;: échec, mémoire insuffisante.</translation>
    </message>
    <message>
        <source>an unknown exception</source>
        <translation>une exception inconnue</translation>
    </message>
    <message>
        <source>%1 failed unexpectedly in GPGME: %2.</source>
        <translation>%1 a échoué de manière inattendue dans GPGME&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>fb::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Firebreak</source>
        <translation>À &amp;propos de Firebreak</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>fb::History</name>
    <message>
        <source>History row %1 follows row %2: rows %3 to %4 are missing.</source>
        <translation>La ligne d&apos;historique %1 suit la ligne %2&#xa0;: les lignes %3 à %4 manquent.</translation>
    </message>
    <message>
        <source>History row %1 does not follow the row before it (a row was removed, reordered or replaced).</source>
        <translation>La ligne d&apos;historique %1 ne suit pas la ligne précédente (une ligne a été supprimée, déplacée ou remplacée).</translation>
    </message>
    <message>
        <source>History row %1 was changed after it was written.</source>
        <translation>La ligne d&apos;historique %1 a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>History rows %1 to %2 were removed.</source>
        <translation>Les lignes d&apos;historique %1 à %2 ont été supprimées.</translation>
    </message>
    <message>
        <source>The history&apos;s recorded head does not match its last row %1.</source>
        <translation>La tête enregistrée de l&apos;historique ne correspond pas à sa dernière ligne %1.</translation>
    </message>
</context>
<context>
    <name>fb::HistoryPhrasing</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Communauté desservie</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Reporter type</source>
        <translation>Type de déclarant</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Retour d&apos;expérience</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Échéance de réponse</translation>
    </message>
    <message>
        <source>Resolve due</source>
        <translation>Échéance de résolution</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>A history row as stored: action and field, old value → new value; &quot;∅&quot; is no value.
----------
A field&apos;s change in the history: &quot;Severity: Medium → High&quot;.</extracomment>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>Created as %1, %2</source>
        <extracomment>A ticket&apos;s first history row: &quot;Created as Incident Report, TLP:AMBER&quot;.</extracomment>
        <translation>Créé en tant que %1, %2</translation>
    </message>
    <message>
        <source>Created as %1</source>
        <translation>Créé en tant que %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>State: %1 → %2 (follows its incident)</source>
        <extracomment>The state changed because of a link or of its incident&apos;s outcome.</extracomment>
        <translation>État&#xa0;: %1 → %2 (suit son incident)</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>Lié à l&apos;incident %1</translation>
    </message>
    <message>
        <source>Ticket %1 linked to this incident</source>
        <translation>Ticket %1 lié à cet incident</translation>
    </message>
    <message>
        <source>Unlinked from incident %1</source>
        <translation>Détaché de l&apos;incident %1</translation>
    </message>
    <message>
        <source>Ticket %1 unlinked from this incident</source>
        <translation>Ticket %1 détaché de cet incident</translation>
    </message>
    <message>
        <source>Merged %1 into this ticket</source>
        <translation>%1 fusionné dans ce ticket</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionné dans %1</translation>
    </message>
    <message>
        <source>Observable added: %1 %2</source>
        <translation>Observable ajouté&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Observable removed: %1 %2</source>
        <translation>Observable retiré&#xa0;: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Observables added: %1</source>
        <translation>Observables ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Étiquette ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Étiquette retirée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mail received: %1</source>
        <translation>Courriel reçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mail sent: %1</source>
        <translation>Courriel envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mail received (no Message-ID)</source>
        <translation>Courriel reçu (sans Message-ID)</translation>
    </message>
    <message>
        <source>Mail sent (no Message-ID)</source>
        <translation>Courriel envoyé (sans Message-ID)</translation>
    </message>
    <message>
        <source>SLA policy changed</source>
        <translation>Politique de SLA modifiée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation>%1&#xa0;: %2 retiré</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>State: %1 → %2 (undone)</source>
        <extracomment>A triage decision taken back: the state it had before.</extracomment>
        <translation>État&#xa0;: %1 → %2 (annulé)</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task added: %1</source>
        <extracomment>A task added to a ticket, from the playbook named in parentheses.</extracomment>
        <translation>Tâche ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task added: %1 (playbook %2)</source>
        <translation>Tâche ajoutée&#xa0;: %1 (playbook %2)</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Tâche terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task not applicable: %1</source>
        <translation>Tâche sans objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task reopened: %1</source>
        <translation>Tâche rouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task unassigned: %1</source>
        <translation>Tâche sans responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Task %1 assigned to %2</source>
        <translation>Tâche %1 attribuée à %2</translation>
    </message>
    <message>
        <source>Task %1 due %2</source>
        <translation>Échéance de la tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Task %1: due date removed</source>
        <translation>Tâche %1&#xa0;: échéance supprimée</translation>
    </message>
    <message>
        <source>Note on task %1: %2</source>
        <translation>Note sur la tâche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Playbook changed: %1</source>
        <translation>Playbook modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Playbook added: %1</source>
        <translation>Playbook ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Playbook removed: %1</source>
        <translation>Playbook supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Evidence added: %1 (SHA-256 %2…)</source>
        <extracomment>Evidence added to a ticket: the file&apos;s name and the start of its SHA-256.</extracomment>
        <translation>Preuve ajoutée&#xa0;: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Evidence removed: %1 (SHA-256 %2…)</source>
        <translation>Preuve retirée&#xa0;: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Timeline event added: %1 (%2)</source>
        <extracomment>%1 is the event&apos;s title, %2 the date and time it happened.</extracomment>
        <translation>Événement de chronologie ajouté&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Timeline event changed: %1 (%2)</source>
        <translation>Événement de chronologie modifié&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Timeline event removed: %1 (%2)</source>
        <translation>Événement de chronologie retiré&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Exchange UUID: %1</source>
        <extracomment>The stable UUID a ticket is exported under (MISP events, IODEF documents).</extracomment>
        <translation>UUID d&apos;échange&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>MISP event %1 imported, %n observable(s) added</source>
        <translation>
            <numerusform>Événement MISP %1 importé, %n observable ajouté</numerusform>
            <numerusform>Événement MISP %1 importé, %n observables ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>IODEF incident %1 imported, %n observable(s) added</source>
        <translation>
            <numerusform>Incident IODEF %1 importé, %n observable ajouté</numerusform>
            <numerusform>Incident IODEF %1 importé, %n observables ajoutés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportDialog</name>
    <message>
        <source>Importing mail</source>
        <translation>Importation du courriel</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importation de %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling: the messages read so far are kept…</source>
        <translation>Annulation&#xa0;: les messages lus jusqu&apos;ici sont conservés…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>fb::ImportProgressLine</name>
    <message>
        <source>%1 of %2 messages, %3 of %4 MB</source>
        <translation>%1 messages sur %2, %3 Mo sur %4</translation>
    </message>
</context>
<context>
    <name>fb::ImportSummaryDialog</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Threaded</source>
        <translation>Rattaché au fil</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <source>Mail import summary</source>
        <translation>Bilan de l&apos;import du courriel</translation>
    </message>
    <message>
        <source>The import was cancelled; what was read before is kept.</source>
        <translation>L&apos;importation a été annulée&#x202f;; ce qui a été lu auparavant est conservé.</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>L&apos;importation est terminée.</translation>
    </message>
    <message>
        <source>New reports:</source>
        <translation>Nouveaux signalements&#xa0;:</translation>
    </message>
    <message>
        <source>Added to existing tickets:</source>
        <translation>Ajoutés à des tickets existants&#xa0;:</translation>
    </message>
    <message>
        <source>Duplicates (already there):</source>
        <translation>Doublons (déjà présents)&#xa0;:</translation>
    </message>
    <message>
        <source>Quarantined:</source>
        <translation>En quarantaine&#xa0;:</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Lus&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Rien ne requiert votre attention.</translation>
    </message>
    <message>
        <source>Needs your attention (select one to inspect it):</source>
        <translation>Requiert votre attention (sélectionnez une entrée pour l&apos;examiner)&#xa0;:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Motif ou note</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Ouvrir le ticket</translation>
    </message>
    <message numerus="yes">
        <source>Kept in the quarantine: %n byte(s); the first of them below.</source>
        <translation>
            <numerusform>Conservé en quarantaine&#xa0;: %n octet&#x202f;; le début ci-dessous.</numerusform>
            <numerusform>Conservés en quarantaine&#xa0;: %n octets&#x202f;; le début ci-dessous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::IncidentExchange</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is neither a MISP event (JSON) nor an IODEF document (XML).</source>
        <translation>Le fichier n&apos;est ni un événement MISP (JSON) ni un document IODEF (XML).</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>octet %1</translation>
    </message>
</context>
<context>
    <name>fb::IncidentExportCommand</name>
    <message>
        <source>Write a ticket (an incident with the observables of its children) for another team&apos;s tools: --format misp gives a MISP event (JSON, as misp export), --format iodef an IODEF v2 document (RFC 7970, XML, checked against the schema): our team and the ticket number as IncidentID, the TLP as restriction, the observables as EventData systems, hashes as indicators, RSIT as AdditionalData. The label is the most restrictive of the tickets it draws from; it is refused, with nothing written, when the recipient may not receive it (--recipient or --clearance; without either only TLP:CLEAR and TLP:GREEN go out). The ticket keeps one UUID for all its exports.</source>
        <translation>Écrire un ticket (un incident avec les observables de ses enfants) pour les outils d&apos;une autre équipe&#xa0;: --format misp produit un événement MISP (JSON, comme misp export), --format iodef un document IODEF v2 (RFC 7970, XML, contrôlé par rapport au schéma)&#xa0;: notre équipe et le numéro du ticket comme IncidentID, le TLP comme restriction, les observables comme systèmes EventData, les empreintes comme indicateurs, RSIT comme AdditionalData. Le marquage est le plus restrictif des tickets dont il est tiré&#x202f;; il est refusé, sans rien écrire, quand le destinataire ne peut pas le recevoir (--recipient ou --clearance&#x202f;; sans l&apos;un ni l&apos;autre, seuls TLP:CLEAR et TLP:GREEN sortent). Le ticket garde un seul UUID pour tous ses exports.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>Le numéro du ticket.</translation>
    </message>
    <message>
        <source>misp or iodef.</source>
        <translation>misp ou iodef.</translation>
    </message>
    <message>
        <source>IODEF purpose: reporting (the default) or mitigation (asking the recipient to act).</source>
        <translation>Finalité IODEF&#xa0;: reporting (par défaut) ou mitigation (demander au destinataire d&apos;agir).</translation>
    </message>
</context>
<context>
    <name>fb::IncidentImportCommand</name>
    <message>
        <source>Read a MISP event (JSON) or an IODEF v2 document (RFC 7970, XML; told from the content) into a new incident, or onto the ticket given with --into: indicators become observables, the label and classification are taken over, what is not an observable is kept in a comment, each odd part named in a warning. A document seen before goes onto its ticket again. An IODEF document must follow the schema (read offline, without network or DTD); --lenient imports one that deviates, each deviation a warning. A file that cannot be read is refused with the line or place, and nothing is stored.</source>
        <translation>Lire un événement MISP (JSON) ou un document IODEF v2 (RFC 7970, XML&#x202f;; reconnu d&apos;après le contenu) dans un nouvel incident, ou dans le ticket indiqué avec --into&#xa0;: les indicateurs deviennent des observables, le marquage et la classification sont repris, ce qui n&apos;est pas un observable est conservé dans un commentaire, chaque partie inhabituelle étant nommée dans un avertissement. Un document déjà vu retourne dans son ticket. Un document IODEF doit respecter le schéma (lu hors ligne, sans réseau ni DTD)&#x202f;; --lenient en importe un qui s&apos;en écarte, chaque écart donnant un avertissement. Un fichier illisible est refusé avec la ligne ou l&apos;emplacement, et rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>The document; - reads standard input.</source>
        <translation>Le document&#x202f;; - lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Add the document to this ticket.</source>
        <translation>Ajouter le document à ce ticket.</translation>
    </message>
    <message>
        <source>Import an IODEF document that deviates from the schema.</source>
        <translation>Importer un document IODEF qui s&apos;écarte du schéma.</translation>
    </message>
</context>
<context>
    <name>fb::IncidentOutcomePanel</name>
    <message>
        <source>Resolution:</source>
        <translation>Résolution&#xa0;:</translation>
    </message>
    <message>
        <source>Lessons learned:</source>
        <translation>Retour d&apos;expérience&#xa0;:</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Rien n&apos;a encore été rédigé.</translation>
    </message>
</context>
<context>
    <name>fb::IncidentReport</name>
    <message>
        <source>not classified</source>
        <translation>non classifié</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Classification (RSIT)</source>
        <translation>Classification (RSIT)</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Communauté desservie</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>not closed</source>
        <translation>non clos</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>No linked reports.</source>
        <translation>Aucun signalement lié.</translation>
    </message>
    <message>
        <source>No investigations.</source>
        <translation>Aucune investigation.</translation>
    </message>
    <message>
        <source>No countermeasures.</source>
        <translation>Aucune contre-mesure.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Aucune tâche.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No timeline events.</source>
        <translation>Aucun événement de chronologie.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>No observables.</source>
        <translation>Aucun observable.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No evidence files.</source>
        <translation>Aucun fichier de preuve.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>No correspondence.</source>
        <translation>Aucune correspondance.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>Aucun historique.</translation>
    </message>
    <message>
        <source>Generated %1 by %2.</source>
        <translation>Généré le %1 par %2.</translation>
    </message>
    <message>
        <source>Generated %1 by %2 for %3.</source>
        <translation>Généré le %1 par %2 pour %3.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Investigations</source>
        <translation>Investigations</translation>
    </message>
    <message>
        <source>Countermeasures</source>
        <translation>Contre-mesures</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report section; choose from %2.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une section du rapport&#x202f;; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>The %1 section is not available yet.</source>
        <translation>La section %1 n&apos;est pas encore disponible.</translation>
    </message>
    <message>
        <source>Choose at least one report section.</source>
        <translation>Choisissez au moins une section du rapport.</translation>
    </message>
    <message>
        <source>Ticket #%1 is a %2; a report is written for an incident.</source>
        <translation>Le ticket #%1 est de nature %2&#x202f;; un rapport s&apos;écrit pour un incident.</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>Incident #%1</translation>
    </message>
    <message>
        <source>Incident #%1: %2</source>
        <translation>Incident #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Retour d&apos;expérience</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>The report on incident #%1 holds TLP:RED content: it is for the people present only. Confirm that before it is written.</source>
        <translation>Le rapport sur l’incident #%1 contient des informations TLP:RED&#xa0;: il est réservé aux personnes présentes. Confirmez-le avant qu’il soit écrit.</translation>
    </message>
</context>
<context>
    <name>fb::IncidentReportDialog</name>
    <message>
        <source>Export report of incident #%1</source>
        <translation>Exporter le rapport de l&apos;incident #%1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Choisissez au moins une section.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>fb::InvestigationLauncher</name>
    <message>
        <source>the incident response team</source>
        <translation>l&apos;équipe de réponse aux incidents</translation>
    </message>
    <message>
        <source>Dear colleagues,</source>
        <translation>Chers collègues,</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The title of an Investigation launched from an incident: team, then the incident&apos;s title</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing to launch: no team is left that can be asked (each was refused or left out).</source>
        <translation>Rien à lancer&#xa0;: il ne reste aucune équipe à solliciter (chacune a été refusée ou écartée).</translation>
    </message>
    <message>
        <source>There is no team key to sign the notifications with; set the team key (or give one).</source>
        <translation>Il n&apos;y a pas de clé d&apos;équipe pour signer les notifications&#x202f;; définissez la clé de l&apos;équipe (ou indiquez-en une).</translation>
    </message>
    <message>
        <source>Signing the notifications needs the team&apos;s OpenPGP keys; none were given.</source>
        <translation>La signature des notifications nécessite les clés OpenPGP de l&apos;équipe&#x202f;; aucune n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>Cancelled: no investigation was launched.</source>
        <translation>Annulé&#xa0;: aucune investigation n&apos;a été lancée.</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>Écriture du message pour %1…</translation>
    </message>
    <message>
        <source>The notification to %1 could not be written: %2</source>
        <translation>La notification pour %1 n&apos;a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Launched %n investigation(s).</source>
        <translation>
            <numerusform>%n investigation lancée.</numerusform>
            <numerusform>%n investigations lancées.</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted, not signed: there is no team key</source>
        <translation>chiffré, non signé&#xa0;: il n&apos;y a pas de clé d&apos;équipe</translation>
    </message>
    <message>
        <source>not signed: there is no team key</source>
        <translation>non signé&#xa0;: il n&apos;y a pas de clé d&apos;équipe</translation>
    </message>
    <message>
        <source>signed and encrypted</source>
        <translation>signé et chiffré</translation>
    </message>
    <message>
        <source>signed, not encrypted (no valid key)</source>
        <translation>signé, non chiffré (aucune clé valide)</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2 %3
Protection: %4

%5</source>
        <translation>À&#xa0;: %1
Objet&#xa0;: %2 %3
Protection&#xa0;: %4

%5</translation>
    </message>
</context>
<context>
    <name>fb::InvestigationPlanDialog</name>
    <message>
        <source>A valid key for %1 (%2): the notification is encrypted.</source>
        <translation>Une clé valide pour %1 (%2)&#xa0;: la notification est chiffrée.</translation>
    </message>
    <message>
        <source>The key %1 has expired: the notification cannot be encrypted.</source>
        <translation>La clé %1 a expiré&#xa0;: la notification ne peut pas être chiffrée.</translation>
    </message>
    <message>
        <source>The key %1 was revoked: the notification cannot be encrypted.</source>
        <translation>La clé %1 a été révoquée&#xa0;: la notification ne peut pas être chiffrée.</translation>
    </message>
    <message>
        <source>The workspace keyring has no usable key for %1: the notification is signed but not encrypted. Import the team&apos;s key in the directory to encrypt.</source>
        <translation>Le trousseau de l&apos;espace de travail n&apos;a aucune clé utilisable pour %1&#xa0;: la notification est signée mais non chiffrée. Importez la clé de l&apos;équipe dans l&apos;annuaire pour chiffrer.</translation>
    </message>
    <message>
        <source>Launch investigations for incident %1</source>
        <translation>Lancer des investigations pour l&apos;incident %1</translation>
    </message>
    <message>
        <source>The incident&apos;s observables are planned. To plan for others, paste addresses, networks, AS numbers, domains or e-mail addresses here and press Plan again.</source>
        <translation>Le plan porte sur les observables de l&apos;incident. Pour en planifier d&apos;autres, collez ici des adresses, réseaux, numéros d&apos;AS, domaines ou adresses électroniques et cliquez sur Planifier à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Plan again</source>
        <translation>&amp;Planifier à nouveau</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy these observables, one a line, to handle them by hand</source>
        <translation>Copier ces observables, un par ligne, pour les traiter manuellement</translation>
    </message>
    <message>
        <source>No team to ask (for manual handling):</source>
        <translation>Aucune équipe à solliciter (à traiter manuellement)&#xa0;:</translation>
    </message>
    <message>
        <source>Notification to the selected team (nothing is created before Launch):</source>
        <translation>Notification à l&apos;équipe sélectionnée (rien n&apos;est créé avant Lancer)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Launch investigations</source>
        <translation>&amp;Lancer les investigations</translation>
    </message>
    <message>
        <source>Looking up the observables in the directory and the keyring…</source>
        <translation>Recherche des observables dans l&apos;annuaire et le trousseau…</translation>
    </message>
    <message>
        <source>Incident #%1 “%2”, %3: one Investigation per team below, each with a notification from the “%4” template, signed with the team key.</source>
        <translation>Incident #%1 «&#x202f;%2&#x202f;», %3&#xa0;: une investigation par équipe ci-dessous, chacune avec une notification issue du modèle «&#x202f;%4&#x202f;», signée avec la clé de l&apos;équipe.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>will be launched</source>
        <translation>sera lancée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No team in the directory covers these observables: there is nothing to launch.</source>
        <translation>Aucune équipe de l&apos;annuaire ne couvre ces observables&#xa0;: il n&apos;y a rien à lancer.</translation>
    </message>
    <message>
        <source>There is no team key to sign the notifications with: choose our team&apos;s key in Settings before launching.</source>
        <translation>Il n&apos;y a pas de clé d&apos;équipe pour signer les notifications&#xa0;: choisissez la clé de notre équipe dans Paramètres avant de lancer.</translation>
    </message>
    <message>
        <source>Select a team to read its notification.</source>
        <translation>Sélectionnez une équipe pour lire sa notification.</translation>
    </message>
    <message>
        <source>No notification: %1</source>
        <translation>Aucune notification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Left out: tick the team to launch its investigation.</source>
        <translation>Écartée&#xa0;: cochez l&apos;équipe pour lancer son investigation.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n observable(s).</source>
        <translation>
            <numerusform>%n observable copié.</numerusform>
            <numerusform>%n observables copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Lancement…</translation>
    </message>
    <message>
        <source>Cancelled: no investigation was launched.</source>
        <translation>Annulé&#xa0;: aucune investigation n&apos;a été lancée.</translation>
    </message>
    <message>
        <source>Launched %1; each notification is stored on its investigation, ready to send.</source>
        <translation>Lancé&#xa0;: %1&#x202f;; chaque notification est enregistrée sur son investigation, prête à être envoyée.</translation>
    </message>
    <message>
        <source>Cancel launch</source>
        <translation>Annuler le lancement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>fb::InvestigationPlanner</name>
    <message>
        <source>%1 has no e-mail address in the directory.</source>
        <translation>%1 n&apos;a pas d&apos;adresse électronique dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>%1 may only be sent encrypted, and there is no valid key for %2 (key: %3).</source>
        <translation>%1 ne peut être envoyé que chiffré, et il n&apos;y a pas de clé valide pour %2 (clé&#xa0;: %3).</translation>
    </message>
    <message>
        <source>%1 may not go to %2, which may receive up to %3 (directory).</source>
        <translation>%1 ne peut pas être transmis à %2, qui peut recevoir au plus %3 (annuaire).</translation>
    </message>
    <message>
        <source>not an address, network, AS number, domain, e-mail address or URL</source>
        <translation>ni une adresse, ni un réseau, ni un numéro d&apos;AS, ni un domaine, ni une adresse électronique, ni une URL</translation>
    </message>
    <message>
        <source>no team is responsible for a %1</source>
        <translation>aucune équipe n&apos;est responsable de ce type (%1)</translation>
    </message>
    <message>
        <source>no team in the directory covers it</source>
        <translation>aucune équipe de l&apos;annuaire ne le couvre</translation>
    </message>
    <message>
        <source>in our own constituency (%1): ours to handle</source>
        <translation>dans notre propre communauté desservie (%1)&#xa0;: à traiter par nous</translation>
    </message>
    <message>
        <source>Ticket #%1 is no incident: investigations are launched from an incident.</source>
        <translation>Le ticket #%1 n&apos;est pas un incident&#xa0;: les investigations se lancent à partir d&apos;un incident.</translation>
    </message>
</context>
<context>
    <name>fb::IodefExchange</name>
    <message>
        <source>The IODEF document written for ticket %1 does not follow the schema: %2</source>
        <translation>Le document IODEF écrit pour le ticket %1 ne respecte pas le schéma&#xa0;: %2</translation>
    </message>
    <message>
        <source>(no IncidentID)</source>
        <translation>(sans IncidentID)</translation>
    </message>
    <message>
        <source>IODEF incident %1</source>
        <translation>Incident IODEF %1</translation>
    </message>
    <message>
        <source>Imported from IODEF incident %1.</source>
        <translation>Importé de l&apos;incident IODEF %1.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Finalité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status there: %1</source>
        <translation>Statut là-bas&#xa0;: %1</translation>
    </message>
    <message>
        <source>The incident&apos;s restriction names no TLP label; it is labelled %1.</source>
        <translation>La restriction de l&apos;incident ne désigne aucun marquage TLP&#x202f;; il est marqué %1.</translation>
    </message>
    <message>
        <source>From IODEF incident %1, what is not an observable:</source>
        <translation>De l&apos;incident IODEF %1, ce qui n&apos;est pas un observable&#xa0;:</translation>
    </message>
    <message>
        <source>From IODEF incident %1 (%2), what is not an observable:</source>
        <translation>De l&apos;incident IODEF %1 (%2), ce qui n&apos;est pas un observable&#xa0;:</translation>
    </message>
</context>
<context>
    <name>fb::IodefReader</name>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>The document is %L1 bytes; IODEF documents of at most %L2 bytes are read.</source>
        <translation>Le document fait %L1 octets&#x202f;; les documents IODEF sont lus jusqu&apos;à %L2 octets.</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>Le document est vide.</translation>
    </message>
    <message>
        <source>The XML parser could not be started.</source>
        <translation>L&apos;analyseur XML n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>The document is not well-formed XML: %1.</source>
        <translation>Le document n&apos;est pas du XML bien formé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The document has a document type declaration (DOCTYPE); IODEF needs none, and its entities could read files or expand without bound, so it is refused.</source>
        <translation>Le document contient une déclaration de type de document (DOCTYPE)&#x202f;; IODEF n&apos;en a pas besoin, et ses entités pourraient lire des fichiers ou s&apos;étendre sans limite, il est donc refusé.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The root element is %1, not an IODEF v2 IODEF-Document in the namespace %2.</source>
        <translation>L&apos;élément racine est %1, pas un IODEF-Document IODEF v2 dans l&apos;espace de noms %2.</translation>
    </message>
    <message>
        <source>Elements are nested deeper than %1 levels.</source>
        <translation>Les éléments sont imbriqués sur plus de %1 niveaux.</translation>
    </message>
    <message>
        <source>The IODEF schema could not be loaded: %1</source>
        <translation>Le schéma IODEF n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The schema validator could not be started.</source>
        <translation>Le validateur de schéma n&apos;a pas pu être démarré.</translation>
    </message>
    <message>
        <source>the validator failed (%1)</source>
        <translation>le validateur a échoué (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The document does not follow the IODEF v2 schema (RFC 7970): %1 (%n problem(s) in all).</source>
        <translation>
            <numerusform>Le document ne respecte pas le schéma IODEF v2 (RFC 7970)&#xa0;: %1 (%n problème en tout).</numerusform>
            <numerusform>Le document ne respecte pas le schéma IODEF v2 (RFC 7970)&#xa0;: %1 (%n problèmes en tout).</numerusform>
        </translation>
    </message>
    <message>
        <source>Firebreak keeps no field for %1; it is kept in a note.</source>
        <translation>Firebreak n&apos;a pas de champ pour %1&#x202f;; il est conservé dans une note.</translation>
    </message>
    <message>
        <source>Only the first %L1 observables are read.</source>
        <translation>Seuls les %L1 premiers observables sont lus.</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 value (%3); it is kept in a note.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une valeur %2 valide (%3)&#x202f;; elle est conservée dans une note.</translation>
    </message>
    <message>
        <source>Addresses of category “%1” are not observables in Firebreak; it is kept in a note.</source>
        <translation>Les adresses de catégorie «&#x202f;%1&#x202f;» ne sont pas des observables dans Firebreak&#x202f;; elles sont conservées dans une note.</translation>
    </message>
    <message>
        <source>Hashes made with “%1” are not observables in Firebreak; it is kept in a note.</source>
        <translation>Les empreintes calculées avec «&#x202f;%1&#x202f;» ne sont pas des observables dans Firebreak&#x202f;; elles sont conservées dans une note.</translation>
    </message>
    <message>
        <source>The digest value is not Base64; it is kept in a note.</source>
        <translation>La valeur du condensé n&apos;est pas en Base64&#x202f;; elle est conservée dans une note.</translation>
    </message>
    <message>
        <source>Bulk observables of type “%1” are not observables in Firebreak; they are kept in a note.</source>
        <translation>Les observables en masse de type «&#x202f;%1&#x202f;» ne sont pas des observables dans Firebreak&#x202f;; ils sont conservés dans une note.</translation>
    </message>
    <message>
        <source>“%1” is not a class and type of the Reference Security Incident Taxonomy; it is kept in a note.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une classe et un type de la Reference Security Incident Taxonomy&#x202f;; il est conservé dans une note.</translation>
    </message>
    <message>
        <source>Contact (%1, %2): %3</source>
        <translation>Contact (%1, %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The restriction “%1” names no TLP label.</source>
        <translation>La restriction «&#x202f;%1&#x202f;» ne désigne aucun marquage TLP.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation>Rétabli&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>Signalé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Document written: %1</source>
        <translation>Document écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not as the IODEF schema says: %1</source>
        <translation>Non conforme au schéma IODEF&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only the first Incident of a document is imported; this one is not.</source>
        <translation>Seul le premier Incident d&apos;un document est importé&#x202f;; celui-ci ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>The document holds no Incident.</source>
        <translation>Le document ne contient aucun Incident.</translation>
    </message>
    <message>
        <source>The incident has no IncidentID; importing it again will not be recognised.</source>
        <translation>L&apos;incident n&apos;a pas d&apos;IncidentID&#x202f;; une nouvelle importation ne sera pas reconnue.</translation>
    </message>
</context>
<context>
    <name>fb::JobRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>fb::KeyPassphrase</name>
    <message>
        <source>The passphrase of the OpenPGP secret key, first line of FILE.</source>
        <translation>La phrase secrète de la clé secrète OpenPGP, première ligne de FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>No passphrase for the OpenPGP key and no terminal to ask for one: use --key-passphrase-file or set %1.</source>
        <translation>Pas de phrase secrète pour la clé OpenPGP et pas de terminal pour la demander&#xa0;: utilisez --key-passphrase-file ou définissez %1.</translation>
    </message>
</context>
<context>
    <name>fb::KeyPassphrasePrompt</name>
    <message>
        <source>Passphrase of the key</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <source>GnuPG needs the passphrase of
%1</source>
        <translation>GnuPG a besoin de la phrase secrète de
%1</translation>
    </message>
</context>
<context>
    <name>fb::KeyStatusText</name>
    <message>
        <source>Missing</source>
        <translation>Absente</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation>Inutilisable</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitée</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>The key is valid until %1.</source>
        <translation>La clé est valide jusqu&apos;au %1.</translation>
    </message>
    <message>
        <source>The key is valid and does not expire.</source>
        <translation>La clé est valide et n&apos;expire pas.</translation>
    </message>
</context>
<context>
    <name>fb::KeyringSession</name>
    <message>
        <source>A session key must hold 1 to %1 bytes and last a while.</source>
        <translation>Une clé de session doit contenir de 1 à %1 octets et durer un certain temps.</translation>
    </message>
    <message>
        <source>This process can reach neither a session keyring nor a user keyring: %1</source>
        <translation>Ce processus n&apos;atteint ni un trousseau de session ni un trousseau d&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The kernel keyring refused the session key: %1</source>
        <translation>Le trousseau de clés du noyau a refusé la clé de session&#xa0;: %1</translation>
    </message>
    <message>
        <source>The kernel keyring refused the session key&apos;s timeout or permissions: %1</source>
        <translation>Le trousseau de clés du noyau a refusé le délai d&apos;expiration ou les permissions de la clé de session&#xa0;: %1</translation>
    </message>
    <message>
        <source>The kernel keyring refused to forget a session key: %1</source>
        <translation>Le trousseau de clés du noyau a refusé d&apos;oublier une clé de session&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unlocked sessions need the Linux kernel keyring, which this system lacks.</source>
        <translation>Les sessions déverrouillées ont besoin du trousseau de clés du noyau Linux, dont ce système est dépourvu.</translation>
    </message>
</context>
<context>
    <name>fb::KeyringStore</name>
    <message>
        <source>“%1” is not an OpenPGP fingerprint.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une empreinte OpenPGP.</translation>
    </message>
    <message>
        <source>The key %1 is not in the workspace keyring.</source>
        <translation>La clé %1 n&apos;est pas dans le trousseau de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The key has been revoked by its owner; do not use it.</source>
        <translation>La clé a été révoquée par son titulaire&#x202f;; ne l&apos;utilisez pas.</translation>
    </message>
    <message>
        <source>The key expired on %1; ask its owner for a current key.</source>
        <translation>La clé a expiré le %1&#x202f;; demandez une clé à jour à son titulaire.</translation>
    </message>
    <message numerus="yes">
        <source>The key expires in %n day(s), on %1; ask its owner for an extended or new key.</source>
        <translation>
            <numerusform>La clé expire dans %n jour, le %1&#x202f;; demandez à son titulaire une clé prolongée ou nouvelle.</numerusform>
            <numerusform>La clé expire dans %n jours, le %1&#x202f;; demandez à son titulaire une clé prolongée ou nouvelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key is disabled.</source>
        <translation>La clé est désactivée.</translation>
    </message>
    <message>
        <source>GnuPG considers the key invalid.</source>
        <translation>GnuPG considère la clé comme non valide.</translation>
    </message>
    <message>
        <source>The key is weak: %1 bits are fewer than the %2 bits considered safe.</source>
        <translation>La clé est faible&#xa0;: %1 bits, c&apos;est moins que les %2 bits considérés comme sûrs.</translation>
    </message>
    <message>
        <source>The key cannot sign: signatures from it cannot be expected.</source>
        <translation>La clé ne peut pas signer&#xa0;: aucune signature ne peut en provenir.</translation>
    </message>
    <message>
        <source>The key cannot encrypt: messages to its owner cannot be encrypted to it.</source>
        <translation>La clé ne peut pas chiffrer&#xa0;: les messages à son titulaire ne peuvent pas être chiffrés pour elle.</translation>
    </message>
</context>
<context>
    <name>fb::LaunchDialog</name>
    <message>
        <source>Launch countermeasure</source>
        <translation>Lancer une contre-mesure</translation>
    </message>
    <message>
        <source>Launch investigation</source>
        <translation>Lancer une investigation</translation>
    </message>
    <message>
        <source>For incident #%1: %2</source>
        <translation>Pour l&apos;incident #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;LP:</source>
        <translation>T&amp;LP&#xa0;:</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancer</translation>
    </message>
</context>
<context>
    <name>fb::Lifecycle</name>
    <message>
        <source>&apos;%1&apos; is not a state of a ticket of kind %2 (its states: %3).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un état d&apos;un ticket de nature %2 (ses états&#xa0;: %3).</translation>
    </message>
    <message>
        <source>A ticket of kind %1 in state &apos;%2&apos; cannot move to &apos;%3&apos;; allowed from &apos;%2&apos;: %4.</source>
        <translation>Un ticket de nature %1 dans l&apos;état «&#x202f;%2&#x202f;» ne peut pas passer à «&#x202f;%3&#x202f;»&#x202f;; autorisés depuis «&#x202f;%2&#x202f;»&#xa0;: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>pending activation</source>
        <translation>activation en attente</translation>
    </message>
    <message>
        <source>pending removal</source>
        <translation>retrait en attente</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
</context>
<context>
    <name>fb::ListMembersDialog</name>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Tick the teams and people to put on the list “%1”.</source>
        <translation>Cochez les équipes et les personnes à inscrire sur la liste «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <extracomment>A team offered as a list member: &quot;Team: EXU-CERT (Example University CERT)&quot;</extracomment>
        <translation>Équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Team: %1 (%2)</source>
        <translation>Équipe&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Personne&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Add to list</source>
        <translation>&amp;Ajouter à la liste</translation>
    </message>
    <message>
        <source>Nobody was added: %1</source>
        <extracomment>Shown when members could not be put on a list; %1 is the reason. Nothing was added.</extracomment>
        <translation>Aucun membre n&apos;a été ajouté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fb::LockScreen</name>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Phrase secrète erronée. Réessayez.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;&lt;p&gt;%1 is closed and its key dropped. Enter the passphrase to continue.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Verrouillé&lt;/h2&gt;&lt;p&gt;%1 est fermé et sa clé effacée. Saisissez la phrase secrète pour continuer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fb::MailCommands</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>new report #%1</source>
        <translation>nouveau signalement #%1</translation>
    </message>
    <message>
        <source>added to #%1</source>
        <translation>ajouté à #%1</translation>
    </message>
    <message>
        <source>already on #%1</source>
        <translation>déjà dans #%1</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>mis en quarantaine</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quarantine id (a number from mail quarantine list).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un identifiant de quarantaine (un nombre issu de mail quarantine list).</translation>
    </message>
    <message>
        <source>Messages read: %1 (%2 MB); new reports: %3, added to existing tickets: %4, duplicates: %5, quarantined: %6.
</source>
        <translation>Messages lus&#xa0;: %1 (%2 Mo)&#x202f;; nouveaux signalements&#xa0;: %3, ajoutés à des tickets existants&#xa0;: %4, doublons&#xa0;: %5, en quarantaine&#xa0;: %6.
</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s) name their reporter from the directory.
</source>
        <translation>
            <numerusform>%n nouveau signalement nomme son déclarant d&apos;après l&apos;annuaire.
</numerusform>
            <numerusform>%n nouveaux signalements nomment leur déclarant d&apos;après l&apos;annuaire.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: what was read so far is stored; running the same import again completes it.
</source>
        <translation>Interrompu&#xa0;: ce qui a été lu jusqu&apos;ici est enregistré&#x202f;; relancer le même import le termine.
</translation>
    </message>
    <message>
        <source>Needs a look:
</source>
        <translation>À examiner&#xa0;:
</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>  %1: %2: %3
</source>
        <translation>  %1&#xa0;: %2&#xa0;: %3
</translation>
    </message>
    <message>
        <source>    - %1
</source>
        <translation>    - %1
</translation>
    </message>
    <message>
        <source>An mbox file, a Maildir folder, an .eml file or a folder of them.</source>
        <translation>Un fichier mbox, un dossier Maildir, un fichier .eml ou un dossier de ceux-ci.</translation>
    </message>
    <message>
        <source>Import mail into the workspace: each new message becomes an Incident Report, a reply (our subject tag, or In-Reply-To/References naming a stored message) goes to its ticket, a message already stored is skipped, and input that is not a usable message is kept whole in the quarantine. Signed mail is verified against the workspace keyring and encrypted mail decrypted with the team key (your GnuPG home). Senders the directory knows are named as the report&apos;s reporter. Ctrl+C stops after the current message; what was stored stays and a re-run completes the import. Exit code 2 when messages were quarantined.</source>
        <translation>Importer du courriel dans l&apos;espace de travail&#xa0;: chaque nouveau message devient un signalement d&apos;incident, une réponse (notre balise d&apos;objet, ou In-Reply-To/References désignant un message enregistré) va dans son ticket, un message déjà enregistré est ignoré, et une entrée qui n&apos;est pas un message utilisable est conservée intégralement en quarantaine. Le courriel signé est vérifié avec le trousseau de l&apos;espace de travail et le courriel chiffré est déchiffré avec la clé de l&apos;équipe (votre répertoire GnuPG). Les expéditeurs connus de l&apos;annuaire sont nommés comme déclarants du signalement. Ctrl+C s&apos;arrête après le message en cours&#x202f;; ce qui a été enregistré reste, et une nouvelle exécution termine l&apos;import. Code de sortie 2 si des messages ont été mis en quarantaine.</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Il n&apos;y a pas de fichier ni de dossier %1.</translation>
    </message>
    <message>
        <source>The import was interrupted; the messages read so far are stored, and running the same import again completes it.</source>
        <translation>L&apos;import a été interrompu&#x202f;; les messages lus jusqu&apos;ici sont enregistrés, et relancer le même import le termine.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be imported and were quarantined; see mail quarantine list.</source>
        <translation>
            <numerusform>%n message n&apos;a pas pu être importé et a été mis en quarantaine&#x202f;; voir mail quarantine list.</numerusform>
            <numerusform>%n messages n&apos;ont pas pu être importés et ont été mis en quarantaine&#x202f;; voir mail quarantine list.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the mail that could not be imported: id, when, size, where it came from and why.</source>
        <translation>Lister le courriel qui n&apos;a pas pu être importé&#xa0;: identifiant, date, taille, provenance et motif.</translation>
    </message>
    <message>
        <source>The quarantine is empty.</source>
        <translation>La quarantaine est vide.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>OCTETS</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>Save the raw message to FILE (never shown on a terminal).</source>
        <translation>Enregistrer le message brut dans FICHIER (jamais affiché sur un terminal).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FICHIER s&apos;il existe.</translation>
    </message>
    <message>
        <source>The quarantine id, from mail quarantine list.</source>
        <translation>L&apos;identifiant de quarantaine, issu de mail quarantine list.</translation>
    </message>
    <message>
        <source>Show one quarantined message: where it came from, why it was kept aside and its size. With --out, its raw bytes are saved to a file; &apos;-&apos; writes them to standard output when that is not a terminal.</source>
        <translation>Afficher un message en quarantaine&#xa0;: sa provenance, pourquoi il a été mis de côté et sa taille. Avec --out, ses octets bruts sont enregistrés dans un fichier&#x202f;; «&#x202f;-&#x202f;» les écrit sur la sortie standard si ce n&apos;est pas un terminal.</translation>
    </message>
    <message>
        <source>Raw mail is not written to a terminal; give --out FILE or redirect.</source>
        <translation>Le courriel brut n&apos;est pas écrit sur un terminal&#x202f;; indiquez --out FILE ou redirigez la sortie.</translation>
    </message>
    <message>
        <source>With --json, give --out FILE for the raw message.</source>
        <translation>Avec --json, indiquez --out FILE pour le message brut.</translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it.</source>
        <translation>%1 existe déjà&#x202f;; indiquez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Quarantined message %1
  From:    %2
  At:      %3
  Size:    %4 bytes
  Reason:  %5
</source>
        <translation>Message en quarantaine %1
  De&#xa0;:      %2
  Date&#xa0;:    %3
  Taille&#xa0;:  %4 octets
  Motif&#xa0;:   %5
</translation>
    </message>
    <message>
        <source>Saved the raw message to %1.</source>
        <translation>Message brut enregistré dans %1.</translation>
    </message>
    <message>
        <source>Give --out FILE to save the raw message.</source>
        <translation>Indiquez --out FILE pour enregistrer le message brut.</translation>
    </message>
</context>
<context>
    <name>fb::MailComposer</name>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>Give at least one recipient.</source>
        <translation>Indiquez au moins un destinataire.</translation>
    </message>
    <message>
        <source>%1 information may only be sent encrypted; ask for encryption to the recipient&apos;s key.</source>
        <translation>Les informations %1 ne peuvent être envoyées que chiffrées&#x202f;; demandez le chiffrement pour la clé du destinataire.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no stored message %2 to reply to.</source>
        <translation>Le ticket #%1 n&apos;a pas de message enregistré %2 auquel répondre.</translation>
    </message>
    <message>
        <source>The composed message could not be read back: %1</source>
        <translation>Le message rédigé n&apos;a pas pu être relu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing or encrypting mail needs the team&apos;s OpenPGP keys; none were given.</source>
        <translation>Signer ou chiffrer un courriel nécessite les clés OpenPGP de l&apos;équipe&#x202f;; aucune n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>Mail that belongs to no ticket needs a subject and cannot be a reply.</source>
        <translation>Un courriel qui n&apos;appartient à aucun ticket a besoin d&apos;un objet et ne peut pas être une réponse.</translation>
    </message>
    <message>
        <source>The message part to sign could not be prepared.</source>
        <translation>La partie du message à signer n&apos;a pas pu être préparée.</translation>
    </message>
    <message>
        <source>Only mail about a ticket is stored with it.</source>
        <translation>Seul le courriel concernant un ticket est enregistré avec celui-ci.</translation>
    </message>
    <message>
        <source>Blind copies cannot go in an encrypted message: it names every recipient&apos;s key, so the others would see who else received it. Send the blind copies as a separate message.</source>
        <translation>Les copies cachées ne peuvent pas figurer dans un message chiffré&#xa0;: il nomme la clé de chaque destinataire, les autres verraient donc qui d’autre l’a reçu. Envoyez les copies cachées dans un message à part.</translation>
    </message>
</context>
<context>
    <name>fb::MailCrypto</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 (decrypted)</source>
        <translation>%1 (déchiffré)</translation>
    </message>
</context>
<context>
    <name>fb::MailExportCommands</name>
    <message>
        <source>Ticket #%1 has no reporter address to reply to; give --to.</source>
        <translation>Le ticket #%1 n&apos;a pas d&apos;adresse de déclarant à qui répondre&#x202f;; indiquez --to.</translation>
    </message>
    <message>
        <source>Give the recipient with --to.</source>
        <translation>Indiquez le destinataire avec --to.</translation>
    </message>
    <message>
        <source>Our team has no e-mail address in the directory; give --from or choose our team with one.</source>
        <translation>Notre équipe n&apos;a pas d&apos;adresse électronique dans l&apos;annuaire&#x202f;; indiquez --from ou choisissez pour notre équipe une entrée qui en a une.</translation>
    </message>
    <message>
        <source>The ticket the message is about.</source>
        <translation>Le ticket dont traite le message.</translation>
    </message>
    <message>
        <source>reply (to the reporter, answering the newest received message; the default), notify (another team; an Investigation&apos;s correspondent unless --to is given) or list (a mailing list).</source>
        <translation>reply (au déclarant, en réponse au dernier message reçu&#x202f;; par défaut), notify (une autre équipe&#x202f;; le correspondant d&apos;une investigation sauf si --to est indiqué) ou list (une liste de diffusion).</translation>
    </message>
    <message>
        <source>A recipient (repeatable).</source>
        <translation>Un destinataire (répétable).</translation>
    </message>
    <message>
        <source>A copy recipient (repeatable).</source>
        <translation>Un destinataire en copie (répétable).</translation>
    </message>
    <message>
        <source>The sender (default: our team&apos;s name and first e-mail).</source>
        <translation>L&apos;expéditeur (par défaut&#xa0;: le nom et la première adresse électronique de notre équipe).</translation>
    </message>
    <message>
        <source>The subject, without tag and TLP label.</source>
        <translation>L&apos;objet, sans balise ni marquage TLP.</translation>
    </message>
    <message>
        <source>The UTF-8 text of the message; &apos;-&apos; for standard input.</source>
        <translation>Le texte UTF-8 du message&#x202f;; «&#x202f;-&#x202f;» pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Attach a file (repeatable).</source>
        <translation>Joindre un fichier (répétable).</translation>
    </message>
    <message>
        <source>TLP label (default: the ticket&apos;s): CLEAR, GREEN, AMBER, AMBER+STRICT, RED.</source>
        <translation>Marquage TLP (par défaut&#xa0;: celui du ticket)&#xa0;: CLEAR, GREEN, AMBER, AMBER+STRICT, RED.</translation>
    </message>
    <message>
        <source>With --kind reply: the stored message (id from &apos;mail export --json&apos;) to answer.</source>
        <translation>Avec --kind reply&#xa0;: le message enregistré (identifiant issu de «&#x202f;mail export --json&#x202f;») auquel répondre.</translation>
    </message>
    <message>
        <source>Sign with PGP/MIME using the team key.</source>
        <translation>Signer en PGP/MIME avec la clé de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key (implies --sign).</source>
        <translation>Signer avec cette clé au lieu de la clé de l&apos;équipe (implique --sign).</translation>
    </message>
    <message>
        <source>Encrypt to every recipient&apos;s key in the workspace keyring (PGP/MIME).</source>
        <translation>Chiffrer pour la clé de chaque destinataire du trousseau de l&apos;espace de travail (PGP/MIME).</translation>
    </message>
    <message>
        <source>Where to write the .eml; &apos;-&apos; for standard output.</source>
        <translation>Où écrire le .eml&#x202f;; «&#x202f;-&#x202f;» pour la sortie standard.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Remplacer un fichier de sortie existant.</translation>
    </message>
    <message>
        <source>Compose a message from a ticket with our subject tag and the TLP label, sign and encrypt it with OpenPGP when asked, write it as .eml and store it on the ticket.</source>
        <translation>Rédiger un message à partir d&apos;un ticket avec notre balise d&apos;objet et le marquage TLP, le signer et le chiffrer avec OpenPGP sur demande, l&apos;écrire en .eml et l&apos;enregistrer sur le ticket.</translation>
    </message>
    <message>
        <source>--kind is reply, notify or list.</source>
        <translation>--kind vaut reply, notify ou list.</translation>
    </message>
    <message>
        <source>Give --out FILE.eml (or &apos;-&apos; for standard output).</source>
        <translation>Indiquez --out FILE.eml (ou «&#x202f;-&#x202f;» pour la sortie standard).</translation>
    </message>
    <message>
        <source>Give the text with --body-file FILE (or &apos;-&apos; for standard input).</source>
        <translation>Indiquez le texte avec --body-file FILE (ou «&#x202f;-&#x202f;» pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un marquage TLP.</translation>
    </message>
    <message>
        <source>--reply-to takes a stored message id.</source>
        <translation>--reply-to prend l&apos;identifiant d&apos;un message enregistré.</translation>
    </message>
    <message>
        <source>There is no team key to sign with; give --key or set the team key.</source>
        <translation>Il n&apos;y a pas de clé d&apos;équipe pour signer&#x202f;; indiquez --key ou définissez la clé de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2 and stored it on ticket #%3.</source>
        <translation>%1 écrit dans %2 et enregistré sur le ticket #%3.</translation>
    </message>
    <message>
        <source>The ticket whose mail to export.</source>
        <translation>Le ticket dont le courriel est à exporter.</translation>
    </message>
    <message>
        <source>Export only this stored message, as .eml.</source>
        <translation>Exporter seulement ce message enregistré, en .eml.</translation>
    </message>
    <message>
        <source>Where to write (mboxrd, or .eml with --message); &apos;-&apos; or none for standard output.</source>
        <translation>Où écrire (mboxrd, ou .eml avec --message)&#x202f;; «&#x202f;-&#x202f;» ou rien pour la sortie standard.</translation>
    </message>
    <message>
        <source>Write a ticket&apos;s whole correspondence, received and sent, oldest first, as an mboxrd file, or one message exactly as received or sent. With --json, list the exported messages.</source>
        <translation>Écrire toute la correspondance d&apos;un ticket, reçue et envoyée, de la plus ancienne à la plus récente, dans un fichier mboxrd, ou un message exactement tel que reçu ou envoyé. Avec --json, lister les messages exportés.</translation>
    </message>
    <message>
        <source>--message takes a stored message id.</source>
        <translation>--message prend l&apos;identifiant d&apos;un message enregistré.</translation>
    </message>
    <message>
        <source>With --json, give --out FILE for the mail itself.</source>
        <translation>Avec --json, indiquez --out FILE pour le courriel lui-même.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no stored message %2.</source>
        <translation>Le ticket #%1 n&apos;a pas de message enregistré %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) of ticket #%1 to %2.</source>
        <translation>
            <numerusform>%n message du ticket #%1 écrit dans %2.</numerusform>
            <numerusform>%n messages du ticket #%1 écrits dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” already exists; give --force to replace it.</source>
        <translation>«&#x202f;%1&#x202f;» existe déjà&#x202f;; indiquez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d&apos;écrire «&#x202f;%1&#x202f;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>A blind copy recipient (repeatable; for the sending MTA, which drops the line).</source>
        <translation>Un destinataire en copie cachée (répétable ; pour le MTA d’envoi, qui retire la ligne).</translation>
    </message>
</context>
<context>
    <name>fb::MailImporter</name>
    <message>
        <source>Reading mail</source>
        <translation>Lecture des courriels</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n message lu</numerusform>
            <numerusform>%n messages lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in quarantine from an earlier import.</source>
        <translation>Déjà en quarantaine depuis un import précédent.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
</context>
<context>
    <name>fb::MailKeys</name>
    <message>
        <source>The workspace keyring has no valid key for %1 that can encrypt; add the recipient&apos;s key (after comparing its fingerprint) or send without encryption.</source>
        <translation>Le trousseau de l&apos;espace de travail n&apos;a aucune clé valide pour %1 capable de chiffrer&#x202f;; ajoutez la clé du destinataire (après avoir comparé son empreinte) ou envoyez sans chiffrement.</translation>
    </message>
    <message>
        <source>valid</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>valide</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>expirée</translation>
    </message>
    <message>
        <source>revoked</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>fb::MailReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Il n&apos;y a pas de fichier ni de dossier %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>message %1 at byte %2</source>
        <translation>message %1 à l&apos;octet %2</translation>
    </message>
</context>
<context>
    <name>fb::MailReply</name>
    <message>
        <source>Ticket #%1 has no stored message %2 to reply to.</source>
        <translation>Le ticket #%1 n&apos;a pas de message enregistré %2 auquel répondre.</translation>
    </message>
    <message>
        <source>Hello,</source>
        <extracomment>The greeting of a reply when the recipient&apos;s name is not known.</extracomment>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <extracomment>The greeting of a reply: &quot;Dear Jane Doe,&quot;.</extracomment>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>l&apos;expéditeur</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <extracomment>Above the quoted original of a reply: &quot;On 2 Mar 2026 10:00 CET, Jane Doe wrote:&quot;.</extracomment>
        <translation>Le %1, %2 a écrit&#xa0;:</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <extracomment>Above the quoted original of a reply whose date is not known.</extracomment>
        <translation>%1 a écrit&#xa0;:</translation>
    </message>
</context>
<context>
    <name>fb::MailReplyAllCommands</name>
    <message>
        <source>List the reporters of an incident&apos;s reports (one line each: address, the report answered, key status, whether the reply is encrypted or refused by the TLP gate). --preview adds every reply&apos;s text; --confirm writes one reply per reporter, threaded to that reporter&apos;s newest report and stored there as sent mail (export it with &apos;mail export&apos;), all or none. The text is the &apos;update-reporters&apos; template unless --body-file gives one; its placeholders are filled for each reporter.</source>
        <translation>Lister les déclarants des signalements d&apos;un incident (une ligne chacun&#xa0;: adresse, signalement auquel on répond, état de la clé, réponse chiffrée ou refusée par le contrôle TLP). --preview ajoute le texte de chaque réponse&#x202f;; --confirm écrit une réponse par déclarant, rattachée au fil du signalement le plus récent de ce déclarant et enregistrée là comme courriel envoyé (exportez-la avec «&#x202f;mail export&#x202f;»), toutes ou aucune. Le texte est celui du modèle «&#x202f;update-reporters&#x202f;», sauf si --body-file en fournit un&#x202f;; ses variables sont remplies pour chaque déclarant.</translation>
    </message>
    <message>
        <source>The incident whose reporters to answer.</source>
        <translation>L&apos;incident dont il faut répondre aux déclarants.</translation>
    </message>
    <message>
        <source>Leave this reporter out (repeatable).</source>
        <translation>Écarter ce déclarant (répétable).</translation>
    </message>
    <message>
        <source>The text of the replies, with placeholders such as {greeting}; &apos;-&apos; for standard input.</source>
        <translation>Le texte des réponses, avec des variables telles que {greeting}&#x202f;; «&#x202f;-&#x202f;» pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Print every reply&apos;s text as well.</source>
        <translation>Afficher aussi le texte de chaque réponse.</translation>
    </message>
    <message>
        <source>Write and store the replies.</source>
        <translation>Écrire et enregistrer les réponses.</translation>
    </message>
    <message>
        <source>Sign with PGP/MIME using the team key.</source>
        <translation>Signer en PGP/MIME avec la clé de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key (implies --sign).</source>
        <translation>Signer avec cette clé au lieu de la clé de l&apos;équipe (implique --sign).</translation>
    </message>
    <message>
        <source>Give --preview or --confirm, not both.</source>
        <translation>Indiquez --preview ou --confirm, pas les deux.</translation>
    </message>
    <message>
        <source>There is no team key to sign with; give --key or set the team key.</source>
        <translation>Il n&apos;y a pas de clé d&apos;équipe pour signer&#x202f;; indiquez --key ou définissez la clé de l&apos;équipe.</translation>
    </message>
    <message>
        <source>--- Reply to %1 on report #%2 (%3) ---</source>
        <translation>--- Réponse à %1 sur le signalement #%2 (%3) ---</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>Reply to %1 stored on report #%2.</source>
        <translation>Réponse à %1 enregistrée sur le signalement #%2.</translation>
    </message>
    <message>
        <source>REPORTER</source>
        <translation>DÉCLARANT</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>SIGNALEMENT</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>ENCRYPTED</source>
        <translation>CHIFFRÉ</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>répondre</translation>
    </message>
    <message>
        <source>Incident #%1 has no reporter with an address.</source>
        <translation>L&apos;incident #%1 n&apos;a aucun déclarant avec une adresse.</translation>
    </message>
</context>
<context>
    <name>fb::MailShowCommands</name>
    <message>
        <source>“%1” is not a message id (a number from the correspondence of ticket show).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un identifiant de message (un numéro tiré de la correspondance de ticket show).</translation>
    </message>
    <message numerus="yes">
        <source>Message %1 has no attachment %2; it has %n.</source>
        <translation>
            <numerusform>Le message %1 n&apos;a pas de pièce jointe %2&#x202f;; il en a %n.</numerusform>
            <numerusform>Le message %1 n&apos;a pas de pièce jointe %2&#x202f;; il en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 has several attachments called “%2”; give the number.</source>
        <translation>Le message %1 a plusieurs pièces jointes nommées «&#x202f;%2&#x202f;»&#x202f;; indiquez le numéro.</translation>
    </message>
    <message>
        <source>Message %1 has no attachment called “%2”.</source>
        <translation>Le message %1 n&apos;a pas de pièce jointe nommée «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>The message id, from the correspondence of ticket show.</source>
        <translation>L&apos;identifiant du message, tiré de la correspondance de ticket show.</translation>
    </message>
    <message>
        <source>Show a stored message as the correspondence tab of the GUI does: its headers, its decoded text, its attachments (number, name, type, size, SHA-256) and what its signature says, checked now against the workspace keyring.</source>
        <translation>Afficher un message stocké comme le fait l&apos;onglet de correspondance de l&apos;interface graphique&#xa0;: ses en-têtes, son texte décodé, ses pièces jointes (numéro, nom, type, taille, SHA-256) et ce que dit sa signature, vérifiée maintenant avec le trousseau de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>Le fichier à écrire (obligatoire).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FICHIER s&apos;il existe.</translation>
    </message>
    <message>
        <source>The attachment&apos;s number in mail show, or its file name.</source>
        <translation>Le numéro de la pièce jointe dans mail show, ou son nom de fichier.</translation>
    </message>
    <message>
        <source>Save one attachment of a stored message to FILE, exactly as decoded, readable by the owner only. The file is written whole or not at all; an existing file is replaced only with --force.</source>
        <translation>Enregistrer une pièce jointe d&apos;un message stocké dans FICHIER, exactement telle que décodée, lisible par le seul propriétaire. Le fichier est écrit entièrement ou pas du tout&#x202f;; un fichier existant n&apos;est remplacé qu&apos;avec --force.</translation>
    </message>
    <message>
        <source>Give --out FILE: where to save the attachment.</source>
        <translation>Indiquez --out FICHIER&#xa0;: où enregistrer la pièce jointe.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes) to %3.</source>
        <translation>%1 (%2 octets) enregistré dans %3.</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>pièce jointe %1</translation>
    </message>
</context>
<context>
    <name>fb::MailStore</name>
    <message>
        <source>The subject tag must be 1 to 40 characters without &apos;[&apos;, &apos;]&apos; or &apos;#&apos;, e.g. CERT-XX.</source>
        <translation>L&apos;étiquette d&apos;objet doit compter de 1 à 40 caractères sans «&#x202f;[&#x202f;», «&#x202f;]&#x202f;» ni «&#x202f;#&#x202f;», p. ex. CERT-XX.</translation>
    </message>
    <message>
        <source>There is no quarantined message %1.</source>
        <translation>Il n&apos;y a pas de message %1 en quarantaine.</translation>
    </message>
    <message>
        <source>There is no stored message %1.</source>
        <translation>Il n&apos;y a pas de message stocké %1.</translation>
    </message>
</context>
<context>
    <name>fb::MailTemplates</name>
    <message>
        <source>Reply to the reporter</source>
        <translation>Répondre au déclarant</translation>
    </message>
    <message>
        <source>Notify a team</source>
        <translation>Notifier une équipe</translation>
    </message>
    <message>
        <source>Ask an investigation&apos;s correspondent</source>
        <translation>Interroger le correspondant d&apos;une investigation</translation>
    </message>
    <message>
        <source>There is no mail template named “%1”.</source>
        <translation>Il n&apos;y a pas de modèle de courriel nommé «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The mail template “%1” is missing from this build.</source>
        <translation>Le modèle de courriel «&#x202f;%1&#x202f;» manque dans cette version.</translation>
    </message>
    <message>
        <source>Ask a team to investigate (launched investigations)</source>
        <translation>Demander à une équipe d&apos;investiguer (investigations lancées)</translation>
    </message>
    <message>
        <source>Update every reporter of an incident</source>
        <translation>Informer chaque déclarant d&apos;un incident</translation>
    </message>
    <message>
        <source>The template “%1” uses %2, which is not a placeholder; use {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting} or {observables}.</source>
        <translation>Le modèle «&#x202f;%1&#x202f;» utilise %2, qui n&apos;est pas une variable&#x202f;; utilisez {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting} ou {observables}.</translation>
    </message>
</context>
<context>
    <name>fb::MailView</name>
    <message>
        <source>in, encrypted</source>
        <translation>entrant, chiffré</translation>
    </message>
    <message>
        <source>out, encrypted</source>
        <translation>sortant, chiffré</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>The message is signed; the signature has not been checked.</source>
        <translation>Le message est signé&#x202f;; la signature n&apos;a pas été vérifiée.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1</source>
        <translation>La signature n&apos;a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>MSG</source>
        <translation>MSG</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>SENS</translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation>SIGNATURE</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>EXPÉDITEUR</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>OBJET</translation>
    </message>
    <message>
        <source>The signatures could not be checked: %1</source>
        <translation>Les signatures n&apos;ont pas pu être vérifiées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>%1 on ticket #%2 (%3)</source>
        <translation>%1 sur le ticket #%2 (%3)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffré</translation>
    </message>
    <message>
        <source>yes (the workspace keeps the message as it was sent or received)</source>
        <translation>oui (l&apos;espace de travail conserve le message tel qu&apos;il a été envoyé ou reçu)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>fb::MailWarning</name>
    <message>
        <source>The header field %1 appears more than once.</source>
        <translation>Le champ d&apos;en-tête %1 apparaît plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>A header parameter appears more than once (%1).</source>
        <translation>Un paramètre d&apos;en-tête apparaît plus d&apos;une fois (%1).</translation>
    </message>
    <message>
        <source>A header field holds unencoded 8-bit text (%1).</source>
        <translation>Un champ d&apos;en-tête contient du texte 8 bits non encodé (%1).</translation>
    </message>
    <message>
        <source>An invalid content type (%1) was read as application/octet-stream.</source>
        <translation>Un type de contenu non valide (%1) a été lu comme application/octet-stream.</translation>
    </message>
    <message>
        <source>A header field has an invalid encoded word (%1).</source>
        <translation>Un champ d&apos;en-tête contient un mot encodé non valide (%1).</translation>
    </message>
    <message>
        <source>A multipart has no parts (%1).</source>
        <translation>Une partie multipart n&apos;a aucune partie (%1).</translation>
    </message>
    <message>
        <source>The message is truncated.</source>
        <translation>Le message est tronqué.</translation>
    </message>
    <message>
        <source>The message is malformed.</source>
        <translation>Le message est mal formé.</translation>
    </message>
    <message>
        <source>An invalid header field name was found; part of the message may be skipped.</source>
        <translation>Un nom de champ d&apos;en-tête non valide a été trouvé&#x202f;; une partie du message peut être ignorée.</translation>
    </message>
    <message>
        <source>Header fields conflict (%1).</source>
        <translation>Des champs d&apos;en-tête sont en conflit (%1).</translation>
    </message>
    <message>
        <source>Header parameters conflict (%1).</source>
        <translation>Des paramètres d&apos;en-tête sont en conflit (%1).</translation>
    </message>
    <message>
        <source>A multipart has no boundary parameter; it was read as one opaque part.</source>
        <translation>Une partie multipart n&apos;a pas de paramètre boundary&#x202f;; elle a été lue comme une seule partie opaque.</translation>
    </message>
    <message>
        <source>A header parameter is invalid (%1).</source>
        <translation>Un paramètre d&apos;en-tête n&apos;est pas valide (%1).</translation>
    </message>
    <message>
        <source>An address list is invalid (%1).</source>
        <translation>Une liste d&apos;adresses n&apos;est pas valide (%1).</translation>
    </message>
    <message>
        <source>The MIME structure is nested too deeply; the deepest parts were not parsed.</source>
        <translation>La structure MIME est imbriquée trop profondément&#x202f;; les parties les plus profondes n&apos;ont pas été analysées.</translation>
    </message>
    <message>
        <source>A MIME part ends right after its header.</source>
        <translation>Une partie MIME se termine juste après son en-tête.</translation>
    </message>
    <message>
        <source>A MIME part has neither header nor content.</source>
        <translation>Une partie MIME n&apos;a ni en-tête ni contenu.</translation>
    </message>
    <message>
        <source>The parser reported a problem (%1).</source>
        <translation>L&apos;analyseur a signalé un problème (%1).</translation>
    </message>
    <message>
        <source>The MIME structure is nested deeper than %1 levels; the deeper parts are kept only in the raw message.</source>
        <translation>La structure MIME est imbriquée sur plus de %1 niveaux&#x202f;; les parties plus profondes ne sont conservées que dans le message brut.</translation>
    </message>
    <message>
        <source>The %1 header field is %2 characters long; only the first %3 are kept.</source>
        <translation>Le champ d&apos;en-tête %1 fait %2 caractères&#x202f;; seuls les %3 premiers sont conservés.</translation>
    </message>
    <message>
        <source>The message has %1 header fields (a header bomb?).</source>
        <translation>Le message a %1 champs d&apos;en-tête (une bombe d&apos;en-têtes&#x202f;?).</translation>
    </message>
    <message>
        <source>The X-ARF report %1 was not accepted: %2</source>
        <translation>Le rapport X-ARF %1 n&apos;a pas été accepté&#xa0;: %2</translation>
    </message>
    <message>
        <source>The message says it is an X-ARF report (Feedback-Type: xarf) but has no X-ARF JSON part that could be read.</source>
        <translation>Le message indique être un rapport X-ARF (Feedback-Type: xarf) mais n&apos;a aucune partie JSON X-ARF lisible.</translation>
    </message>
    <message>
        <source>The message says it is an X-ARF report but has no report part.</source>
        <translation>Le message se déclare rapport X-ARF mais n&apos;a pas de partie rapport.</translation>
    </message>
    <message>
        <source>The message is encrypted and was not decrypted.</source>
        <translation>Le message est chiffré et n&apos;a pas été déchiffré.</translation>
    </message>
    <message>
        <source>The message holds inline OpenPGP encrypted text that was not decrypted.</source>
        <translation>Le message contient du texte chiffré OpenPGP en ligne qui n&apos;a pas été déchiffré.</translation>
    </message>
    <message>
        <source>The mailbox ends in the middle of a line: it may be truncated.</source>
        <translation>La boîte aux lettres se termine au milieu d&apos;une ligne&#xa0;: elle est peut-être tronquée.</translation>
    </message>
    <message>
        <source>OpenPGP signatures and encryption of this message were not handled: the keys could not be prepared (%1).</source>
        <translation>Les signatures et le chiffrement OpenPGP de ce message n&apos;ont pas été traités&#xa0;: les clés n&apos;ont pas pu être préparées (%1).</translation>
    </message>
    <message>
        <source>The attachment “%1” is OpenPGP-encrypted and could not be decrypted: %2</source>
        <translation>La pièce jointe «&#x202f;%1&#x202f;» est chiffrée avec OpenPGP et n&apos;a pas pu être déchiffrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The attachment “%1” decrypts to %2 MB, more than a message may hold; only the encrypted file is kept.</source>
        <translation>La pièce jointe «&#x202f;%1&#x202f;» fait %2 Mo une fois déchiffrée, plus qu&apos;un message ne peut contenir&#x202f;; seul le fichier chiffré est conservé.</translation>
    </message>
    <message>
        <source>The decrypted attachment “%1” also carries an OpenPGP signature, which was not checked.</source>
        <translation>La pièce jointe déchiffrée «&#x202f;%1&#x202f;» porte aussi une signature OpenPGP, qui n&apos;a pas été vérifiée.</translation>
    </message>
    <message>
        <source>The encrypted message has no encrypted part.</source>
        <translation>Le message chiffré n&apos;a pas de partie chiffrée.</translation>
    </message>
    <message>
        <source>The message could not be decrypted: %1</source>
        <translation>Le message n&apos;a pas pu être déchiffré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The decrypted content is not a MIME entity.</source>
        <translation>Le contenu déchiffré n&apos;est pas une entité MIME.</translation>
    </message>
    <message>
        <source>The inline OpenPGP message was not decrypted: no complete armored block starts at the beginning of a line.</source>
        <translation>Le message OpenPGP en ligne n&apos;a pas été déchiffré&#xa0;: aucun bloc complet en armure ASCII ne commence en début de ligne.</translation>
    </message>
    <message>
        <source>The inline OpenPGP message could not be decrypted: %1</source>
        <translation>Le message OpenPGP en ligne n&apos;a pas pu être déchiffré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The signed message has no signature part.</source>
        <translation>Le message signé n&apos;a pas de partie signature.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1</source>
        <translation>La signature n&apos;a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only part of the message is signed; the other parts are not covered by the signature.</source>
        <translation>Seule une partie du message est signée&#x202f;; les autres parties ne sont pas couvertes par la signature.</translation>
    </message>
    <message>
        <source>The text quotes an inline signature but holds no complete signed block at the beginning of a line; nothing was checked.</source>
        <translation>Le texte cite une signature en ligne mais ne contient aucun bloc signé complet en début de ligne&#x202f;; rien n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>Part of the text is outside the signed block and not covered by the signature.</source>
        <translation>Une partie du texte se trouve hors du bloc signé et n&apos;est pas couverte par la signature.</translation>
    </message>
    <message>
        <source>The signature inside the encrypted message was checked in the GnuPG home that decrypted it, not against the workspace keyring.</source>
        <translation>La signature à l&apos;intérieur du message chiffré a été vérifiée dans le répertoire GnuPG qui l&apos;a déchiffré, pas avec le trousseau de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The subject names ticket #%1, which does not exist; the message was imported as a new report and can be attached to the right ticket later.</source>
        <translation>L&apos;objet mentionne le ticket #%1, qui n&apos;existe pas&#x202f;; le message a été importé comme nouveau signalement et pourra être rattaché plus tard au bon ticket.</translation>
    </message>
</context>
<context>
    <name>fb::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nouveau ticket…</translation>
    </message>
    <message>
        <source>&amp;Lock workspace</source>
        <translation>&amp;Verrouiller l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;Triage new reports</source>
        <translation>&amp;Trier les nouveaux signalements</translation>
    </message>
    <message>
        <source>&amp;Dark palette</source>
        <translation>Palette &amp;sombre</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Firebreak</source>
        <translation>Firebreak</translation>
    </message>
    <message>
        <source>%1 — Firebreak%2</source>
        <translation>%1 — Firebreak%2</translation>
    </message>
    <message>
        <source> (locked)</source>
        <translation> (verrouillé)</translation>
    </message>
    <message>
        <source>&amp;Import mail files…</source>
        <translation>&amp;Importer des fichiers de courriel…</translation>
    </message>
    <message>
        <source>Import &amp;Maildir folder…</source>
        <translation>Importer un dossier &amp;Maildir…</translation>
    </message>
    <message>
        <source>Import mail</source>
        <translation>Importer du courriel</translation>
    </message>
    <message>
        <source>Mail (*.eml *.mbox *.mbx *.txt);;All files (*)</source>
        <translation>Courriel (*.eml *.mbox *.mbx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a Maildir folder</source>
        <translation>Importer un dossier Maildir</translation>
    </message>
    <message numerus="yes">
        <source>Mail import: %n new report(s).</source>
        <translation>
            <numerusform>Import du courriel&#xa0;: %n nouveau signalement.</numerusform>
            <numerusform>Import du courriel&#xa0;: %n nouveaux signalements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <source>&amp;Go to ticket…</source>
        <translation>&amp;Aller au ticket…</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>Created %1 #%2.</source>
        <translation>Ticket créé&#xa0;: %1 #%2.</translation>
    </message>
    <message>
        <source>The open incidents could not be read: %1</source>
        <translation>Les incidents ouverts n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Go to &amp;page</source>
        <translation>Aller à la &amp;page</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Nom de la recherche enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Navigation pane</source>
        <translation>Volet de &amp;navigation</translation>
    </message>
    <message>
        <source>&amp;Write mail…</source>
        <translation>&amp;Écrire un courriel…</translation>
    </message>
    <message>
        <source>Reply to the reporter of the shown ticket, or notify a correspondent or team</source>
        <translation>Répondre au déclarant du ticket affiché, ou notifier un correspondant ou une équipe</translation>
    </message>
    <message>
        <source>%1 was not opened: this window works on %2. Quit Firebreak to open another workspace.</source>
        <translation>%1 n&apos;a pas été ouvert&#xa0;: cette fenêtre travaille sur %2. Quittez Firebreak pour ouvrir un autre espace de travail.</translation>
    </message>
    <message>
        <source>Open a ticket first: mail is written about a ticket.</source>
        <translation>Ouvrez d&apos;abord un ticket&#xa0;: un courriel se rédige toujours à propos d&apos;un ticket.</translation>
    </message>
    <message>
        <source>Import incident from a &amp;team…</source>
        <translation>Importer un incident d&apos;une é&amp;quipe…</translation>
    </message>
    <message>
        <source>Read a MISP event or IODEF document into an incident</source>
        <translation>Lire un événement MISP ou un document IODEF dans un incident</translation>
    </message>
</context>
<context>
    <name>fb::MessageParser</name>
    <message>
        <source>The input is empty.</source>
        <translation>L&apos;entrée est vide.</translation>
    </message>
    <message>
        <source>The message is %1 MiB; messages over %2 MiB are not imported.</source>
        <translation>Le message fait %1 Mio&#x202f;; les messages de plus de %2 Mio ne sont pas importés.</translation>
    </message>
    <message>
        <source>GMime could not read a message from the input.</source>
        <translation>GMime n&apos;a pas pu lire de message dans l&apos;entrée.</translation>
    </message>
    <message>
        <source>The input is not a mail message (no mail header fields, or binary data).</source>
        <translation>L&apos;entrée n&apos;est pas un courriel (aucun champ d&apos;en-tête de courriel, ou données binaires).</translation>
    </message>
</context>
<context>
    <name>fb::MessageTimeline</name>
    <message>
        <source>Mail without a subject</source>
        <translation>Courriel sans objet</translation>
    </message>
    <message>
        <source>mail #%1</source>
        <translation>courriel #%1</translation>
    </message>
    <message>
        <source>mail #%1 from %2</source>
        <translation>courriel #%1 de %2</translation>
    </message>
    <message>
        <source>mail #%1 sent</source>
        <translation>courriel #%1 envoyé</translation>
    </message>
</context>
<context>
    <name>fb::MessageVerifier</name>
    <message>
        <source>GMime could not read the message whose signature was to be checked.</source>
        <translation>GMime n&apos;a pas pu lire le message dont la signature devait être vérifiée.</translation>
    </message>
    <message>
        <source>The signed part of the message has no signature part.</source>
        <translation>La partie signée du message n&apos;a pas de partie signature.</translation>
    </message>
    <message>
        <source>The signature part of the message is empty.</source>
        <translation>La partie signature du message est vide.</translation>
    </message>
    <message>
        <source>Preparing the keyring</source>
        <translation>Préparation du trousseau</translation>
    </message>
    <message>
        <source>Checking signatures</source>
        <translation>Vérification des signatures</translation>
    </message>
    <message>
        <source>Checked when the message was decrypted at import; the workspace keeps it encrypted as received.</source>
        <translation>Vérifiée lors du déchiffrement à l’importation&#xa0;; l’espace de travail garde le message chiffré tel qu’il est arrivé.</translation>
    </message>
</context>
<context>
    <name>fb::MispEventReader</name>
    <message>
        <source>A tag without a name is skipped.</source>
        <translation>Une étiquette sans nom est ignorée.</translation>
    </message>
    <message>
        <source>The tag is longer than %1 characters or holds control characters; it is kept in a note.</source>
        <translation>L&apos;étiquette dépasse %1 caractères ou contient des caractères de contrôle&#x202f;; elle est conservée dans une note.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label; it is kept as a tag.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un marquage TLP 2.0&#x202f;; il est conservé comme étiquette.</translation>
    </message>
    <message>
        <source>“%1” is not a class and type of the Reference Security Incident Taxonomy; it is kept as a tag.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une classe et un type de la Reference Security Incident Taxonomy&#x202f;; il est conservé comme étiquette.</translation>
    </message>
    <message>
        <source>The attribute is not a JSON object; it is kept in a note.</source>
        <translation>L&apos;attribut n&apos;est pas un objet JSON&#x202f;; il est conservé dans une note.</translation>
    </message>
    <message>
        <source>The attribute is marked deleted; it is skipped.</source>
        <translation>L&apos;attribut est marqué comme supprimé&#x202f;; il est ignoré.</translation>
    </message>
    <message>
        <source>The attribute has no type; its value is kept in a note.</source>
        <translation>L&apos;attribut n&apos;a pas de type&#x202f;; sa valeur est conservée dans une note.</translation>
    </message>
    <message>
        <source>The value of the %1 attribute is not text; it is kept in a note.</source>
        <translation>La valeur de l&apos;attribut %1 n&apos;est pas du texte&#x202f;; elle est conservée dans une note.</translation>
    </message>
    <message>
        <source>The value of the %1 attribute is longer than %2 characters; it is skipped.</source>
        <translation>La valeur de l&apos;attribut %1 dépasse %2 caractères&#x202f;; elle est ignorée.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a %2 value (%n part(s) separated by “|” expected); it is kept in a note.</source>
        <translation>
            <numerusform>«&#x202f;%1&#x202f;» n&apos;est pas une valeur %2 (%n partie attendue, séparée par «&#x202f;|&#x202f;»)&#x202f;; elle est conservée dans une note.</numerusform>
            <numerusform>«&#x202f;%1&#x202f;» n&apos;est pas une valeur %2 (%n parties attendues, séparées par «&#x202f;|&#x202f;»)&#x202f;; elle est conservée dans une note.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 value (%3); it is kept in a note.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une valeur %2 valide (%3)&#x202f;; elle est conservée dans une note.</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) of type “%1” (first %2) have no observable type here; they are kept in a note.</source>
        <translation>
            <numerusform>%n attribut de type «&#x202f;%1&#x202f;» (premier&#xa0;: %2) n&apos;a pas de type d&apos;observable ici&#x202f;; il est conservé dans une note.</numerusform>
            <numerusform>%n attributs de type «&#x202f;%1&#x202f;» (premier&#xa0;: %2) n&apos;ont pas de type d&apos;observable ici&#x202f;; ils sont conservés dans une note.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is %L1 bytes; a MISP event of more than %L2 bytes is not read.</source>
        <translation>Le fichier fait %L1 octets&#x202f;; un événement MISP de plus de %L2 octets n&apos;est pas lu.</translation>
    </message>
    <message>
        <source>This is not JSON: %1 at byte %2.</source>
        <translation>Ce n&apos;est pas du JSON&#xa0;: %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>This is not a MISP event: the JSON is not an object.</source>
        <translation>Ce n&apos;est pas un événement MISP&#xa0;: le JSON n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>This is not a MISP event: &quot;Event&quot; is not an object.</source>
        <translation>Ce n&apos;est pas un événement MISP&#xa0;: &quot;Event&quot; n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>This is not a MISP event: it has no &quot;Event&quot;, and no &quot;info&quot;, &quot;uuid&quot;, &quot;Attribute&quot; or &quot;Object&quot; of a bare event.</source>
        <translation>Ce n&apos;est pas un événement MISP&#xa0;: il n&apos;a pas de &quot;Event&quot;, ni de &quot;info&quot;, &quot;uuid&quot;, &quot;Attribute&quot; ou &quot;Object&quot; d&apos;un événement nu.</translation>
    </message>
    <message>
        <source>&quot;Attribute&quot; must be a list.</source>
        <translation>&quot;Attribute&quot; doit être une liste.</translation>
    </message>
    <message>
        <source>&quot;Object&quot; must be a list.</source>
        <translation>&quot;Object&quot; doit être une liste.</translation>
    </message>
    <message>
        <source>The event has %L1 objects; at most %L2 are read.</source>
        <translation>L&apos;événement compte %L1 objets&#x202f;; au plus %L2 sont lus.</translation>
    </message>
    <message>
        <source>The event has %L1 attributes; at most %L2 are read.</source>
        <translation>L&apos;événement compte %L1 attributs&#x202f;; au plus %L2 sont lus.</translation>
    </message>
    <message>
        <source>The event has no valid UUID; importing it again will not be recognised.</source>
        <translation>L&apos;événement n&apos;a pas d&apos;UUID valide&#x202f;; une nouvelle importation ne sera pas reconnue.</translation>
    </message>
    <message>
        <source>&quot;info&quot; is not text; it is ignored.</source>
        <translation>&quot;info&quot; n&apos;est pas du texte&#x202f;; il est ignoré.</translation>
    </message>
    <message>
        <source>The threat level “%1” is not 1 to 4; it is ignored.</source>
        <translation>Le niveau de menace «&#x202f;%1&#x202f;» n&apos;est pas compris entre 1 et 4&#x202f;; il est ignoré.</translation>
    </message>
    <message>
        <source>&quot;Tag&quot; is not a list; the event&apos;s tags are ignored.</source>
        <translation>&quot;Tag&quot; n&apos;est pas une liste&#x202f;; les étiquettes de l&apos;événement sont ignorées.</translation>
    </message>
    <message>
        <source>Only the first %L1 of %L2 tags are read.</source>
        <translation>Seules les %L1 premières étiquettes sur %L2 sont lues.</translation>
    </message>
    <message>
        <source>The object is not a JSON object; it is kept in a note.</source>
        <translation>L&apos;objet n&apos;est pas un objet JSON&#x202f;; il est conservé dans une note.</translation>
    </message>
</context>
<context>
    <name>fb::MispExchange</name>
    <message>
        <source>The distribution must be 0 to 3 (your organisation only, this community, connected communities, all communities), not %1.</source>
        <translation>La diffusion doit être comprise entre 0 et 3 (votre organisation uniquement, cette communauté, communautés connectées, toutes les communautés), pas %1.</translation>
    </message>
    <message>
        <source>(no UUID)</source>
        <translation>(sans UUID)</translation>
    </message>
    <message>
        <source>MISP event %1</source>
        <translation>Événement MISP %1</translation>
    </message>
    <message>
        <source>Imported from MISP event %1.</source>
        <translation>Importé de l&apos;événement MISP %1.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created by: %1</source>
        <translation>Créé par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Event date: %1</source>
        <translation>Date de l&apos;événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Info: %1</source>
        <translation>Info&#xa0;: %1</translation>
    </message>
    <message>
        <source>The event has no TLP tag; the incident is labelled %1.</source>
        <translation>L&apos;événement n&apos;a pas d&apos;étiquette TLP&#x202f;; l&apos;incident est marqué %1.</translation>
    </message>
    <message>
        <source>From MISP event %1, what is not an observable:</source>
        <translation>De l&apos;événement MISP %1, ce qui n&apos;est pas un observable&#xa0;:</translation>
    </message>
    <message>
        <source>From MISP event %1 (%2), what is not an observable:</source>
        <translation>De l&apos;événement MISP %1 (%2), ce qui n&apos;est pas un observable&#xa0;:</translation>
    </message>
</context>
<context>
    <name>fb::MispExportCommand</name>
    <message>
        <source>Write a ticket as a MISP event (JSON): an incident with the observables of its children, its TLP and RSIT as machine tags, and an rtir object with its number, classification, constituency, queue and status. The event&apos;s label is the most restrictive of the tickets it draws from; it is refused, with nothing written, when the recipient may not receive it (--recipient names a team of the directory and uses its highest TLP, --clearance gives the level; without either only TLP:CLEAR and TLP:GREEN go out). The ticket keeps one UUID for all its exports. The same as incident export --format misp.</source>
        <translation>Écrire un ticket comme événement MISP (JSON)&#xa0;: un incident avec les observables de ses enfants, son TLP et son RSIT comme étiquettes machine, et un objet rtir avec son numéro, sa classification, sa communauté desservie, sa file d&apos;attente et son statut. Le marquage de l&apos;événement est le plus restrictif des tickets dont il est tiré&#x202f;; il est refusé, sans rien écrire, quand le destinataire ne peut pas le recevoir (--recipient désigne une équipe de l&apos;annuaire et utilise son TLP le plus élevé, --clearance indique le niveau&#x202f;; sans l&apos;un ni l&apos;autre, seuls TLP:CLEAR et TLP:GREEN sortent). Le ticket garde un seul UUID pour tous ses exports. Identique à incident export --format misp.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>Le numéro du ticket.</translation>
    </message>
</context>
<context>
    <name>fb::MispImportCommand</name>
    <message>
        <source>Read a MISP event (JSON) into a new incident, or onto the ticket given with --onto: attributes become observables, tlp: and rsit: tags the label and classification, other tags ticket tags; what is not an observable is kept in a comment, each odd attribute named in a warning. An event seen before (one we exported, or imported already) goes onto its ticket again. A file that is not a readable event is refused and nothing is stored.</source>
        <translation>Lire un événement MISP (JSON) dans un nouvel incident, ou dans le ticket indiqué avec --onto&#xa0;: les attributs deviennent des observables, les étiquettes tlp: et rsit: le marquage et la classification, les autres étiquettes des étiquettes du ticket&#x202f;; ce qui n&apos;est pas un observable est conservé dans un commentaire, chaque attribut inhabituel étant nommé dans un avertissement. Un événement déjà vu (exporté par nous, ou déjà importé) retourne dans son ticket. Un fichier qui n&apos;est pas un événement lisible est refusé et rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>The event file; - reads standard input.</source>
        <translation>Le fichier de l&apos;événement&#x202f;; - lit l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Add the event to this ticket.</source>
        <translation>Ajouter l&apos;événement à ce ticket.</translation>
    </message>
</context>
<context>
    <name>fb::NavigationPane</name>
    <message>
        <source>Queues</source>
        <translation>Files d&apos;attente</translation>
    </message>
    <message>
        <source>Triage new reports</source>
        <translation>Trier les nouveaux signalements</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Profil de l&apos;équipe</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>%1  %2 · %3 breached</source>
        <translation>%1  %2 · %3 dépassés</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n active ticket(s), none past an SLA due date.</source>
        <translation>
            <numerusform>%n ticket actif, sans échéance SLA dépassée.</numerusform>
            <numerusform>%n tickets actifs, aucun n&apos;a dépassé d&apos;échéance SLA.</numerusform>
        </translation>
    </message>
    <message>
        <source>Advisories</source>
        <translation>Avis de sécurité</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Renommer la recherche enregistrée</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n active ticket(s), %2 of them past an SLA due date.</source>
        <translation>
            <numerusform>%1&#xa0;: %n ticket actif, dont %2 en dépassement d&apos;échéance SLA.</numerusform>
            <numerusform>%1&#xa0;: %n tickets actifs, dont %2 en dépassement d&apos;échéance SLA.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::NetworkLookup</name>
    <message>
        <source>“%1” is not an IP address, CIDR block, AS number, domain, e-mail address or country code.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est ni une adresse IP, ni un bloc CIDR, ni un numéro d&apos;AS, ni un domaine, ni une adresse électronique, ni un code de pays.</translation>
    </message>
    <message>
        <source>“%1” is not a valid query: an AS number needs its number (AS64496).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une requête valide&#xa0;: un numéro d&apos;AS nécessite son numéro (AS64496).</translation>
    </message>
</context>
<context>
    <name>fb::NewPassphraseFields</name>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Répétez la phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse&#xa0;:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use several unrelated words or a longer phrase.</source>
        <translation>Cette phrase secrète est trop facile à deviner. Utilisez plusieurs mots sans rapport entre eux ou une phrase plus longue.</translation>
    </message>
    <message>
        <source>Enter a passphrase</source>
        <translation>Saisissez une phrase secrète</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Les phrases secrètes correspondent.</translation>
    </message>
    <message>
        <source>Keep typing: the repeat is shorter.</source>
        <translation>Continuez la saisie&#xa0;: la répétition est plus courte.</translation>
    </message>
</context>
<context>
    <name>fb::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Nouveau ticket</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Nature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;LP:</source>
        <translation>T&amp;LP&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Classe&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident&#xa0;:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>fb::ObservableCommands</name>
    <message>
        <source>At most N hits (default 1000).</source>
        <translation>Au plus N résultats (par défaut 1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>An address, network (CIDR), domain, URL, e-mail, hash, CVE or AS number; defanged forms are accepted.</source>
        <translation>Une adresse, un réseau (CIDR), un domaine, une URL, une adresse électronique, une empreinte, un CVE ou un numéro d&apos;AS&#x202f;; les formes désamorcées sont acceptées.</translation>
    </message>
    <message>
        <source>Find the tickets that carry an observable. An address or network gives every ticket with an address or network inside it.</source>
        <translation>Trouver les tickets qui portent un observable. Une adresse ou un réseau renvoie chaque ticket portant une adresse ou un réseau qu&apos;il contient.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hits.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un nombre de résultats.</translation>
    </message>
    <message>
        <source>No ticket carries %1.</source>
        <translation>Aucun ticket ne porte %1.</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>Read FILE instead of standard input.</source>
        <translation>Lire FICHIER au lieu de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Print the observables (addresses, networks, domains, URLs, e-mail addresses, hashes, CVE ids, AS numbers) found in a text, one per line as TYPE&lt;TAB&gt;VALUE, in order of first appearance. Defanged text is refanged.</source>
        <translation>Afficher les observables (adresses, réseaux, domaines, URL, adresses électroniques, empreintes, identifiants CVE, numéros d&apos;AS) trouvés dans un texte, un par ligne sous la forme TYPE&lt;TAB&gt;VALEUR, dans l&apos;ordre de leur première apparition. Le texte désamorcé est réarmé.</translation>
    </message>
</context>
<context>
    <name>fb::ObservableDialog</name>
    <message>
        <source>Add observable</source>
        <translation>Ajouter un observable</translation>
    </message>
    <message>
        <source>Guess from the value</source>
        <translation>Deviner d&apos;après la valeur</translation>
    </message>
    <message>
        <source>Address, network, domain, URL, e-mail, hash, CVE or AS number</source>
        <translation>Adresse, réseau, domaine, URL, courriel, empreinte, CVE ou numéro d&apos;AS</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>fb::ObservableStore</name>
    <message>
        <source>Ticket %1 has no observable %2 %3.</source>
        <translation>Le ticket %1 n&apos;a pas d&apos;observable %2 %3.</translation>
    </message>
</context>
<context>
    <name>fb::Observables</name>
    <message>
        <source>A domain name is empty.</source>
        <translation>Un nom de domaine est vide.</translation>
    </message>
    <message>
        <source>“%1” is longer than the 253 characters a domain name may have.</source>
        <translation>«&#x202f;%1&#x202f;» dépasse les 253 caractères autorisés pour un nom de domaine.</translation>
    </message>
    <message>
        <source>“%1” is not a valid internationalised domain name.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un nom de domaine internationalisé valide.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name: it needs at least two labels.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un nom de domaine&#xa0;: il lui faut au moins deux libellés.</translation>
    </message>
    <message>
        <source>“%1” has an empty label.</source>
        <translation>«&#x202f;%1&#x202f;» a un libellé vide.</translation>
    </message>
    <message>
        <source>“%1” has a label longer than 63 characters.</source>
        <translation>«&#x202f;%1&#x202f;» a un libellé de plus de 63 caractères.</translation>
    </message>
    <message>
        <source>“%1” has a label starting or ending with a hyphen.</source>
        <translation>«&#x202f;%1&#x202f;» a un libellé qui commence ou se termine par un trait d&apos;union.</translation>
    </message>
    <message>
        <source>“%1” contains a character not allowed in a domain name.</source>
        <translation>«&#x202f;%1&#x202f;» contient un caractère non autorisé dans un nom de domaine.</translation>
    </message>
    <message>
        <source>“%1” does not end in a known top-level domain.</source>
        <translation>«&#x202f;%1&#x202f;» ne se termine pas par un domaine de premier niveau connu.</translation>
    </message>
    <message>
        <source>“%1” is a public suffix, not a domain that can be registered.</source>
        <translation>«&#x202f;%1&#x202f;» est un suffixe public, pas un domaine qui peut être enregistré.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address (four numbers 0 to 255 without leading zeros, like 192.0.2.1).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une adresse IPv4 (quatre nombres de 0 à 255 sans zéros initiaux, comme 192.0.2.1).</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une adresse IPv6.</translation>
    </message>
    <message>
        <source>“%1” is not a CIDR block (an address, a slash and a prefix length, like 192.0.2.0/24 or 2001:db8::/32).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un bloc CIDR (une adresse, une barre oblique et une longueur de préfixe, comme 192.0.2.0/24 ou 2001:db8::/32).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: %2</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une adresse électronique&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid http, https or ftp URL.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une URL http, https ou ftp valide.</translation>
    </message>
    <message>
        <source>The URL “%1” is longer than 8192 characters.</source>
        <translation>L&apos;URL «&#x202f;%1&#x202f;» dépasse 8192 caractères.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une URL valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a %2 hash (%3 hexadecimal digits).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une empreinte %2 (%3 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>“%1” is not a CVE identifier (CVE-YYYY-NNNN, year 1999 or later, four or more digits).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un identifiant CVE (CVE-YYYY-NNNN, année 1999 ou ultérieure, quatre chiffres ou plus).</translation>
    </message>
    <message>
        <source>“%1” is not an AS number (AS followed by 1 to 4294967295, like AS64496).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un numéro d&apos;AS (AS suivi de 1 à 4294967295, comme AS64496).</translation>
    </message>
    <message>
        <source>Unknown observable type.</source>
        <translation>Type d&apos;observable inconnu.</translation>
    </message>
    <message>
        <source>Nothing was entered.</source>
        <translation>Rien n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>“%1” is not an address, domain, URL, e-mail address, hash, CVE or AS number.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est ni une adresse, ni un domaine, ni une URL, ni une adresse électronique, ni une empreinte, ni un CVE, ni un numéro d&apos;AS.</translation>
    </message>
</context>
<context>
    <name>fb::OpenPgp</name>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (clé %2)</translation>
    </message>
    <message>
        <source>GnuPG is not available: GPGME could not start the OpenPGP engine.</source>
        <translation>GnuPG n&apos;est pas disponible&#xa0;: GPGME n&apos;a pas pu démarrer le moteur OpenPGP.</translation>
    </message>
    <message>
        <source>Opening the GnuPG home</source>
        <translation>Ouverture du répertoire GnuPG</translation>
    </message>
    <message>
        <source>%1 failed: wrong passphrase for %2.</source>
        <translation>%1&#xa0;: échec, phrase secrète erronée pour %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2 needs a passphrase and none was given.</source>
        <translation>%1&#xa0;: échec, %2 nécessite une phrase secrète et aucune n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1&#xa0;: opération annulée.</translation>
    </message>
    <message>
        <source>“%1” is not an OpenPGP fingerprint.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une empreinte OpenPGP.</translation>
    </message>
    <message>
        <source>There is no secret key %1 in the GnuPG home.</source>
        <translation>Il n&apos;y a pas de clé secrète %1 dans le répertoire GnuPG.</translation>
    </message>
    <message>
        <source>There is no key %1 in the GnuPG home.</source>
        <translation>Il n&apos;y a pas de clé %1 dans le répertoire GnuPG.</translation>
    </message>
    <message>
        <source>Looking up a key</source>
        <translation>Recherche d&apos;une clé</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>The key %1 cannot sign: it is revoked, expired or has no signing subkey.</source>
        <translation>La clé %1 ne peut pas signer&#xa0;: elle est révoquée, expirée ou n&apos;a pas de sous-clé de signature.</translation>
    </message>
    <message>
        <source>%1 failed: GnuPG made no signature.</source>
        <translation>%1&#xa0;: échec, GnuPG n&apos;a produit aucune signature.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Importing keys</source>
        <translation>Import de clés</translation>
    </message>
    <message>
        <source>%1 failed: the data holds no OpenPGP key.</source>
        <translation>%1&#xa0;: échec, les données ne contiennent aucune clé OpenPGP.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed: GnuPG accepted none of the %n keys in the data.</source>
        <translation>
            <numerusform>%1&#xa0;: échec, les données contiennent %n clé, que GnuPG n&apos;a pas acceptée.</numerusform>
            <numerusform>%1&#xa0;: échec, les données contiennent %n clés, dont GnuPG n&apos;a accepté aucune.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing keys</source>
        <translation>Liste des clés</translation>
    </message>
    <message>
        <source>Exporting a key</source>
        <translation>Export d&apos;une clé</translation>
    </message>
    <message>
        <source>%1 failed: GnuPG exported nothing.</source>
        <translation>%1&#xa0;: échec, GnuPG n&apos;a rien exporté.</translation>
    </message>
    <message>
        <source>Trusting keys</source>
        <translation>Approbation de clés</translation>
    </message>
    <message>
        <source>Firebreak does not change the trust settings of your own GnuPG home.</source>
        <translation>Firebreak ne modifie pas les réglages de confiance de votre propre répertoire GnuPG.</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>%1 failed: no recipient was given.</source>
        <translation>%1&#xa0;: échec, aucun destinataire n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The key %1 cannot be encrypted to: it is revoked, expired, disabled or has no encryption subkey.</source>
        <translation>Impossible de chiffrer pour la clé %1&#xa0;: elle est révoquée, expirée, désactivée ou n&apos;a pas de sous-clé de chiffrement.</translation>
    </message>
    <message>
        <source>The key %1 is not trusted here, so Firebreak does not encrypt to it. Compare its fingerprint with its owner and add it to the workspace keyring.</source>
        <translation>La clé %1 n&apos;est pas approuvée ici&#x202f;; Firebreak ne chiffre donc pas pour elle. Comparez son empreinte avec son titulaire et ajoutez-la au trousseau de l&apos;espace de travail.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed: GnuPG refused %n of the recipients.</source>
        <translation>
            <numerusform>%1&#xa0;: échec, GnuPG a refusé %n destinataire.</numerusform>
            <numerusform>%1&#xa0;: échec, GnuPG a refusé %n des destinataires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Déchiffrement</translation>
    </message>
    <message>
        <source>%1 failed: none of the keys the message is encrypted to is here.</source>
        <translation>%1&#xa0;: échec, aucune des clés pour lesquelles le message est chiffré n&apos;est présente ici.</translation>
    </message>
    <message>
        <source>A key needs a name without &apos;&lt;&apos;, &apos;&gt;&apos; or line breaks.</source>
        <translation>Une clé nécessite un nom sans «&#x202f;&lt;&#x202f;», «&#x202f;&gt;&#x202f;» ni saut de ligne.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>Creating a key</source>
        <translation>Création d&apos;une clé</translation>
    </message>
    <message numerus="yes">
        <source>A key is valid for 1 day to 100 years; not %n days.</source>
        <translation>
            <numerusform>Une clé est valable de 1 jour à 100 ans&#x202f;; pas %n jour.</numerusform>
            <numerusform>Une clé est valable de 1 jour à 100 ans&#x202f;; pas %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: a new key needs a passphrase and none was given.</source>
        <translation>%1&#xa0;: échec, une nouvelle clé nécessite une phrase secrète et aucune n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>Creating the signing key…</source>
        <translation>Création de la clé de signature…</translation>
    </message>
    <message>
        <source>%1 failed: GnuPG made no key.</source>
        <translation>%1&#xa0;: échec, GnuPG n&apos;a produit aucune clé.</translation>
    </message>
    <message>
        <source>Creating the encryption subkey…</source>
        <translation>Création de la sous-clé de chiffrement…</translation>
    </message>
    <message>
        <source>Key created.</source>
        <translation>Clé créée.</translation>
    </message>
</context>
<context>
    <name>fb::OwnTeam</name>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une empreinte OpenPGP complète.</translation>
    </message>
</context>
<context>
    <name>fb::Pap</name>
    <message>
        <source>No restrictions in using this information.</source>
        <translation>Aucune restriction à l&apos;utilisation de ces informations.</translation>
    </message>
    <message>
        <source>Active actions allowed. Recipients may use PAP:GREEN information to ping the target, block incoming/outgoing traffic from/to the target or specifically configure honeypots to interact with the target.</source>
        <translation>Actions actives autorisées. Les destinataires peuvent utiliser les informations PAP:GREEN pour envoyer un ping à la cible, bloquer le trafic entrant/sortant depuis/vers la cible ou configurer spécifiquement des pots de miel pour interagir avec la cible.</translation>
    </message>
    <message>
        <source>Passive cross check. Recipients may use PAP:AMBER information for conducting online checks, like using services provided by third parties (e.g. ripe whois), or set up a monitoring honeypot.</source>
        <translation>Vérification croisée passive. Les destinataires peuvent utiliser les informations PAP:AMBER pour des vérifications en ligne, par exemple au moyen de services tiers (p. ex. whois du RIPE), ou installer un pot de miel de surveillance.</translation>
    </message>
    <message>
        <source>Non-detectable actions only. Recipients may not use PAP:RED information on the network. Only passive actions on logs, that are not detectable from the outside.</source>
        <translation>Actions non détectables uniquement. Les destinataires ne doivent pas utiliser les informations PAP:RED sur le réseau. Seulement des actions passives sur des journaux, non détectables de l&apos;extérieur.</translation>
    </message>
</context>
<context>
    <name>fb::PassphraseInput</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Impossible de lire le fichier de phrase secrète %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The first line of %1 is too long for a passphrase.</source>
        <translation>La première ligne de %1 est trop longue pour une phrase secrète.</translation>
    </message>
    <message>
        <source>The passphrase file %1 starts with an empty line.</source>
        <translation>Le fichier de phrase secrète %1 commence par une ligne vide.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>Aucune phrase secrète n&apos;a été saisie.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>La phrase secrète dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>fb::PassphraseKdf</name>
    <message>
        <source>The cryptographic library could not be initialised.</source>
        <translation>La bibliothèque cryptographique n&apos;a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>The key derivation salt has the wrong size.</source>
        <translation>Le sel de dérivation de clé n&apos;a pas la bonne taille.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB).</source>
        <translation>Mémoire insuffisante pour dériver la clé de la phrase secrète (Argon2id nécessite %1 Mio).</translation>
    </message>
</context>
<context>
    <name>fb::PassphraseStrength</name>
    <message>
        <source>Very weak: choose a longer passphrase</source>
        <translation>Très faible&#xa0;: choisissez une phrase secrète plus longue</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
</context>
<context>
    <name>fb::PdfRenderer</name>
    <message>
        <source>PDF output needs the graphical runtime, which was not started.</source>
        <translation>La sortie PDF nécessite l&apos;environnement graphique, qui n&apos;a pas été démarré.</translation>
    </message>
    <message>
        <source>Could not prepare the PDF buffer.</source>
        <translation>Impossible de préparer le tampon PDF.</translation>
    </message>
    <message>
        <source>The PDF writer produced no document.</source>
        <translation>Le générateur PDF n&apos;a produit aucun document.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>fb::PeoplePanel</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Modifier la personne…</translation>
    </message>
    <message>
        <source>&amp;Remove person…</source>
        <translation>S&amp;upprimer la personne…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Share up to</source>
        <translation>Partage jusqu&apos;à</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person&apos;s team and role in the people list: &quot;EXU-CERT (lead)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>as their team</source>
        <translation>comme son équipe</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Remove %1 from the directory? Their channels, team memberships and places on distribution lists go with them; the history keeps a record.</source>
        <translation>Supprimer %1 de l&apos;annuaire&#x202f;? Ses canaux, ses appartenances à des équipes et ses inscriptions sur des listes de diffusion disparaissent avec cette personne&#x202f;; l&apos;historique en garde une trace.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1 was removed from the directory.</source>
        <translation>%1 ne figure plus dans l&apos;annuaire.</translation>
    </message>
</context>
<context>
    <name>fb::PersonEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Where the person works; it may differ from the teams they belong to.</source>
        <translation>L&apos;organisation où la personne travaille&#x202f;; elle peut différer des équipes auxquelles la personne appartient.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>40 or 64 hex digits</source>
        <translation>40 ou 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>OpenPGP &amp;key:</source>
        <translation>&amp;Clé OpenPGP&#xa0;:</translation>
    </message>
    <message>
        <source>As their current team</source>
        <translation>Comme son équipe actuelle</translation>
    </message>
    <message>
        <source>The most restrictive TLP label we may share with this person; unset: that of the teams they currently belong to.</source>
        <translation>Le marquage TLP le plus restrictif que nous pouvons partager avec cette personne&#x202f;; non défini&#xa0;: celui des équipes auxquelles elle appartient actuellement.</translation>
    </message>
    <message>
        <source>Share &amp;up to:</source>
        <translation>Partager j&amp;usqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Dates as yyyy-mm-dd; an empty Until means they are still there. Give a past membership an end date rather than removing it, so that it stays on record.</source>
        <translation>Dates au format aaaa-mm-jj&#x202f;; une colonne Jusqu&apos;au vide signifie que la personne en fait toujours partie. Donnez une date de fin à une appartenance passée plutôt que de la retirer, afin qu&apos;elle reste enregistrée.</translation>
    </message>
    <message>
        <source>Add to a team</source>
        <translation>Ajouter à une équipe</translation>
    </message>
    <message>
        <source>Remove membership</source>
        <translation>Retirer l&apos;appartenance</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Ajouter la personne</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-jj</translation>
    </message>
    <message>
        <source>Team row %1: %2</source>
        <extracomment>%1 is the row number in the Teams table, %2 why its date was refused</extracomment>
        <translation>Ligne %1 des équipes&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>Shown in the person dialog when the person could not be saved; %1 is the reason</extracomment>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fb::PersonReader</name>
    <message>
        <source>There is no person %1 in the directory.</source>
        <translation>Il n&apos;y a pas de personne %1 dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Several people are called “%1”; use the id.</source>
        <translation>Plusieurs personnes s&apos;appellent «&#x202f;%1&#x202f;»&#x202f;; utilisez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>There is no person “%1” in the directory.</source>
        <translation>Il n&apos;y a pas de personne «&#x202f;%1&#x202f;» dans l&apos;annuaire.</translation>
    </message>
</context>
<context>
    <name>fb::PersonStore</name>
    <message>
        <source>A person needs a name.</source>
        <translation>Une personne nécessite un nom.</translation>
    </message>
    <message>
        <source>A membership cannot end before it starts.</source>
        <translation>Une appartenance ne peut pas se terminer avant de commencer.</translation>
    </message>
    <message>
        <source>There is no team %1 in the directory.</source>
        <translation>Il n&apos;y a pas d&apos;équipe %1 dans l&apos;annuaire.</translation>
    </message>
</context>
<context>
    <name>fb::PlaybookCommands</name>
    <message>
        <source>List the playbooks: their id, name, the RSIT class/type (and constituency) they are chosen for, and how many tasks they give.</source>
        <translation>Lister les playbooks&#xa0;: leur identifiant, leur nom, la classe/le type RSIT (et la communauté desservie) pour lesquels ils sont choisis, et le nombre de tâches qu&apos;ils ajoutent.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>CHOSEN FOR</source>
        <translation>CHOISI POUR</translation>
    </message>
    <message>
        <source>TASKS</source>
        <translation>TÂCHES</translation>
    </message>
    <message>
        <source>Show a playbook: what it is chosen for and each task with its owner role and due offset.</source>
        <translation>Afficher un playbook&#xa0;: ce pour quoi il est choisi et chaque tâche avec le rôle de son responsable et son délai d&apos;échéance.</translation>
    </message>
    <message>
        <source>The playbook&apos;s id (see playbook list).</source>
        <translation>L&apos;identifiant du playbook (voir playbook list).</translation>
    </message>
    <message>
        <source>Chosen for: %1</source>
        <translation>Choisi pour&#xa0;: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>TÂCHE</translation>
    </message>
    <message>
        <source>OWNER ROLE</source>
        <translation>RÔLE DU RESPONSABLE</translation>
    </message>
    <message>
        <source>DUE AFTER</source>
        <translation>ÉCHÉANCE APRÈS</translation>
    </message>
    <message>
        <source>with the ticket</source>
        <translation>à l&apos;échéance du ticket</translation>
    </message>
    <message>
        <source>Add or replace playbooks from a JSON file (the form playbook export writes; see docs/file-format.md), or the ones Firebreak ships with --shipped (those the workspace has already are kept). A file with any problem is refused whole, each problem named by its place, and nothing is changed.</source>
        <translation>Ajouter ou remplacer des playbooks à partir d&apos;un fichier JSON (la forme qu&apos;écrit playbook export&#x202f;; voir docs/file-format.md), ou ceux fournis avec Firebreak avec --shipped (ceux que l&apos;espace de travail possède déjà sont conservés). Un fichier présentant le moindre problème est refusé en entier, chaque problème étant signalé avec sa position, et rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>The JSON file; - reads standard input.</source>
        <translation>Le fichier JSON&#x202f;; - pour lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Add the playbooks Firebreak ships that the workspace lacks.</source>
        <translation>Ajouter les playbooks fournis avec Firebreak qui manquent à l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Give a FILE or --shipped, one of the two.</source>
        <translation>Indiquez un FILE ou --shipped, l&apos;un des deux.</translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s) added.</source>
        <translation>
            <numerusform>%n playbook ajouté.</numerusform>
            <numerusform>%n playbooks ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No playbook changed: the workspace has them as they are in the file.</source>
        <translation>Aucun playbook modifié&#xa0;: l&apos;espace de travail les possède déjà tels qu&apos;ils sont dans le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s) added or changed: %1.</source>
        <translation>
            <numerusform>%n playbook ajouté ou modifié&#xa0;: %1.</numerusform>
            <numerusform>%n playbooks ajoutés ou modifiés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write playbooks (all, or those named) as JSON, the form playbook import reads.</source>
        <translation>Écrire des playbooks (tous, ou ceux nommés) en JSON, la forme que lit playbook import.</translation>
    </message>
    <message>
        <source>A playbook&apos;s id; all playbooks when none is given.</source>
        <translation>L&apos;identifiant d&apos;un playbook&#x202f;; tous les playbooks si aucun n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Remplacer un fichier de sortie existant.</translation>
    </message>
    <message>
        <source>Playbooks written to %1.</source>
        <translation>Playbooks écrits dans %1.</translation>
    </message>
    <message>
        <source>Remove a playbook from the workspace. Tasks it gave tickets stay.</source>
        <translation>Supprimer un playbook de l&apos;espace de travail. Les tâches qu&apos;il a ajoutées aux tickets restent.</translation>
    </message>
    <message>
        <source>The playbook&apos;s id.</source>
        <translation>L&apos;identifiant du playbook.</translation>
    </message>
    <message>
        <source>Playbook %1 removed.</source>
        <translation>Playbook %1 supprimé.</translation>
    </message>
    <message>
        <source>Add the tasks of a playbook to a ticket, those it does not have from that playbook yet. Incidents get the playbook that matches their classification when they are created or reclassified; this applies one by hand.</source>
        <translation>Ajouter à un ticket les tâches d&apos;un playbook qu&apos;il n&apos;a pas encore reçues de ce playbook. Les incidents reçoivent le playbook qui correspond à leur classification lors de leur création ou de leur reclassification&#x202f;; cette commande en applique un manuellement.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>Le numéro du ticket.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1: %n task(s) added.</source>
        <translation>
            <numerusform>Ticket #%1&#xa0;: %n tâche ajoutée.</numerusform>
            <numerusform>Ticket #%1&#xa0;: %n tâches ajoutées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::PlaybookEditDialog</name>
    <message>
        <source>Playbook %1</source>
        <translation>Playbook %1</translation>
    </message>
    <message>
        <source>New playbook</source>
        <translation>Nouveau playbook</translation>
    </message>
    <message>
        <source>lower-case letters, digits and &apos;-&apos;, e.g. phishing-bank</source>
        <translation>lettres minuscules, chiffres et «&#x202f;-&#x202f;», par exemple phishing-bank</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Chosen for &amp;class / type:</source>
        <translation>Choisi pour la &amp;classe / le type&#xa0;:</translation>
    </message>
    <message>
        <source>any constituency</source>
        <translation>toute communauté desservie</translation>
    </message>
    <message>
        <source>C&amp;onstituency:</source>
        <translation>C&amp;ommunauté desservie&#xa0;:</translation>
    </message>
    <message>
        <source>Unclassified: the playbook is applied by hand only. The most specific playbook is chosen for a new or reclassified incident.</source>
        <translation>Non classé&#xa0;: le playbook ne s&apos;applique que manuellement. Le playbook le plus spécifique est choisi pour un incident nouveau ou reclassifié.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Rôle du responsable</translation>
    </message>
    <message>
        <source>Due after</source>
        <translation>Échéance après</translation>
    </message>
    <message>
        <source>How long after the task is added, e.g. 30m, 4h, 2d, 1d12h; empty: due with the ticket&apos;s resolution.</source>
        <translation>Délai après l&apos;ajout de la tâche, par exemple 30m, 4h, 2d, 1d12h&#x202f;; vide&#xa0;: même échéance que la résolution du ticket.</translation>
    </message>
    <message>
        <source>A role in the directory (e.g. handler, lead): the task goes to a person who has it.</source>
        <translation>Un rôle de l&apos;annuaire (par exemple handler, lead)&#xa0;: la tâche est attribuée à une personne qui a ce rôle.</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Ajouter une tâche</translation>
    </message>
    <message>
        <source>&amp;Remove task</source>
        <translation>&amp;Supprimer la tâche</translation>
    </message>
    <message>
        <source>Task %1: &apos;%2&apos; is not a due offset such as 30m, 4h, 2d or 1d12h.</source>
        <translation>Tâche %1&#xa0;: «&#x202f;%2&#x202f;» n&apos;est pas un délai d&apos;échéance tel que 30m, 4h, 2d ou 1d12h.</translation>
    </message>
</context>
<context>
    <name>fb::PlaybookJson</name>
    <message>
        <source>&apos;%1&apos; is not a playbook id: use 1 to 64 lower-case letters, digits and &apos;-&apos;.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un identifiant de playbook&#xa0;: utilisez de 1 à 64 lettres minuscules, chiffres et «&#x202f;-&#x202f;».</translation>
    </message>
    <message>
        <source>A playbook needs a name of at most %1 characters.</source>
        <translation>Un playbook nécessite un nom d&apos;au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>La description dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>A playbook that names a type or constituency must name a class.</source>
        <translation>Un playbook qui indique un type ou une communauté desservie doit indiquer une classe.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class/type of the Reference Security Incident Taxonomy.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une classe/un type de la Reference Security Incident Taxonomy.</translation>
    </message>
    <message>
        <source>A playbook needs at least one task.</source>
        <translation>Un playbook nécessite au moins une tâche.</translation>
    </message>
    <message>
        <source>A playbook can have at most %1 tasks.</source>
        <translation>Un playbook peut avoir au plus %1 tâches.</translation>
    </message>
    <message>
        <source>A task needs a title of at most %1 characters.</source>
        <translation>Une tâche nécessite un titre d&apos;au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The title &apos;%1&apos; is used by an earlier task of this playbook.</source>
        <translation>Le titre «&#x202f;%1&#x202f;» est déjà utilisé par une tâche précédente de ce playbook.</translation>
    </message>
    <message>
        <source>A due offset must be between one minute and a year.</source>
        <translation>Un délai d&apos;échéance doit être compris entre une minute et un an.</translation>
    </message>
    <message>
        <source>This is not JSON: %1 at byte %2.</source>
        <translation>Ce n&apos;est pas du JSON&#xa0;: %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>This is not a Firebreak playbook file (its &quot;format&quot; must be &quot;firebreak-playbooks&quot;).</source>
        <translation>Ce n&apos;est pas un fichier de playbooks Firebreak (son champ «&#x202f;format&#x202f;» doit valoir «&#x202f;firebreak-playbooks&#x202f;»).</translation>
    </message>
    <message>
        <source>This playbook file has version %1; this Firebreak reads version %2.</source>
        <translation>Ce fichier de playbooks est en version %1&#x202f;; cette version de Firebreak lit la version %2.</translation>
    </message>
    <message>
        <source>The file needs a &quot;playbooks&quot; list.</source>
        <translation>Le fichier nécessite une liste «&#x202f;playbooks&#x202f;».</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>doit être du texte.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>doit être un objet.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>doit être une liste.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a due offset such as 30m, 4h, 2d or 1d12h (at most a year).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un délai d&apos;échéance tel que 30m, 4h, 2d ou 1d12h (un an au plus).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the id of an earlier playbook in this file.</source>
        <translation>«&#x202f;%1&#x202f;» est l&apos;identifiant d&apos;un playbook précédent de ce fichier.</translation>
    </message>
    <message numerus="yes">
        <source>The playbooks were not imported; nothing was changed. %n problem(s):</source>
        <translation>
            <numerusform>Les playbooks n&apos;ont pas été importés&#x202f;; rien n&apos;a été modifié. %n problème&#xa0;:</numerusform>
            <numerusform>Les playbooks n&apos;ont pas été importés&#x202f;; rien n&apos;a été modifié. %n problèmes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>The text contains a control character (such as NUL or ESC).</source>
        <translation>Le texte contient un caractère de contrôle (tel que NUL ou ESC).</translation>
    </message>
</context>
<context>
    <name>fb::PlaybookStore</name>
    <message>
        <source>There is no playbook &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas de playbook «&#x202f;%1&#x202f;».</translation>
    </message>
</context>
<context>
    <name>fb::PlaybooksPanel</name>
    <message>
        <source>applied by hand</source>
        <translation>appliqué manuellement</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Task lists that a new or reclassified incident gets by its class; others are applied by hand from the ticket&apos;s Tasks tab.</source>
        <translation>Listes de tâches qu&apos;un incident nouveau ou reclassifié reçoit selon sa classe&#x202f;; les autres s&apos;appliquent manuellement depuis l&apos;onglet Tâches du ticket.</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Chosen for</source>
        <translation>Choisi pour</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer du JSON…</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xporter en JSON…</translation>
    </message>
    <message>
        <source>Playbooks (*.json)</source>
        <translation>Playbooks (*.json)</translation>
    </message>
    <message>
        <source>Export playbooks</source>
        <translation>Exporter les playbooks</translation>
    </message>
    <message>
        <source>Import playbooks</source>
        <translation>Importer des playbooks</translation>
    </message>
    <message>
        <source>Remove playbook</source>
        <translation>Supprimer le playbook</translation>
    </message>
    <message>
        <source>Remove the playbook %1? Tasks it gave tickets stay.</source>
        <translation>Supprimer le playbook %1&#x202f;? Les tâches qu&apos;il a ajoutées aux tickets restent.</translation>
    </message>
    <message>
        <source>Saved the playbook %1.</source>
        <translation>Playbook %1 enregistré.</translation>
    </message>
    <message>
        <source>Removed the playbook %1.</source>
        <translation>Playbook %1 supprimé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Rien n&apos;a été importé depuis %1&#xa0;:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n playbook(s): %1.</source>
        <translation>
            <numerusform>%n playbook importé&#xa0;: %1.</numerusform>
            <numerusform>%n playbooks importés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the playbooks to %1.</source>
        <translation>Playbooks exportés dans %1.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileCliSupport</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Impossible d&apos;écrire «&#x202f;%1&#x202f;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The translation in this language (ISO 639-1); default: the original.</source>
        <translation>La traduction dans cette langue (ISO 639-1)&#x202f;; par défaut&#xa0;: l&apos;original.</translation>
    </message>
    <message>
        <source>Read the passphrase of the team&apos;s secret key from the first line of FILE (else a prompt).</source>
        <translation>Lire la phrase secrète de la clé secrète de l&apos;équipe sur la première ligne de FICHIER (sinon une saisie).</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>No terminal to ask for the key&apos;s passphrase: use --key-passphrase-file FILE.</source>
        <translation>Pas de terminal pour demander la phrase secrète de la clé&#xa0;: utilisez --key-passphrase-file FILE.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileCommands</name>
    <message>
        <source>Set a section&apos;s text by its number (--set 3.1=&quot;...&quot;, \n for a line break; empty removes it) or a field: title, last-update, locations, fingerprint, languages, hours, priority (PRIORITY|REACTION|HANDLING, repeatable; empty clears), tlp, original-url. Repeatable.</source>
        <translation>Définir le texte d&apos;une section par son numéro (--set 3.1=&quot;...&quot;, \n pour un saut de ligne&#x202f;; vide la supprime) ou un champ&#xa0;: title, last-update, locations, fingerprint, languages, hours, priority (PRIORITY|REACTION|HANDLING, répétable&#x202f;; vide efface), tlp, original-url. Répétable.</translation>
    </message>
    <message>
        <source>Read the profile from a JSON file (as &apos;profile show --json&apos; prints it; only the keys given change) or an RFC 2350 text; &apos;-&apos; for standard input.</source>
        <translation>Lire le profil depuis un fichier JSON (tel que «&#x202f;profile show --json&#x202f;» l&apos;affiche&#x202f;; seules les clés indiquées changent) ou un texte RFC 2350&#x202f;; «&#x202f;-&#x202f;» pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Fill name, address, time zone, phones, e-mail, key, languages, hours, URL and constituency from our team&apos;s directory entry.</source>
        <translation>Remplir le nom, l&apos;adresse, le fuseau horaire, les téléphones, l&apos;adresse électronique, la clé, les langues, les heures ouvrées, l&apos;URL et la communauté desservie depuis l&apos;entrée de notre équipe dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>With --language: create or edit a translation of the original in LANG.</source>
        <translation>Avec --language&#xa0;: créer ou modifier une traduction de l&apos;original en LANG.</translation>
    </message>
    <message>
        <source>Make this directory entry our own team.</source>
        <translation>Faire de cette entrée de l&apos;annuaire notre propre équipe.</translation>
    </message>
    <message>
        <source>The fingerprint of the team key that signs the profile.</source>
        <translation>L&apos;empreinte de la clé de l&apos;équipe qui signe le profil.</translation>
    </message>
    <message>
        <source>Remove the draft of --language (a translation).</source>
        <translation>Supprimer le brouillon de --language (une traduction).</translation>
    </message>
    <message>
        <source>Create or change the team profile (or a translation of it). Options apply in this order: --from, --fill-from-directory, --set.</source>
        <translation>Créer ou modifier le profil de l&apos;équipe (ou une traduction de celui-ci). Les options s&apos;appliquent dans cet ordre&#xa0;: --from, --fill-from-directory, --set.</translation>
    </message>
    <message>
        <source>Our team is now #%1 (%2).</source>
        <translation>Notre équipe est désormais #%1 (%2).</translation>
    </message>
    <message>
        <source>The team signing key is now %1.</source>
        <translation>La clé de signature de l&apos;équipe est désormais %1.</translation>
    </message>
    <message>
        <source>--remove needs --language.</source>
        <translation>--remove a besoin de --language.</translation>
    </message>
    <message>
        <source>Removed the profile in “%1”.</source>
        <translation>Profil en «&#x202f;%1&#x202f;» supprimé.</translation>
    </message>
    <message>
        <source>Nothing to change: give --set, --from, --fill-from-directory, --translation-of, --team or --signing-key.</source>
        <translation>Rien à modifier&#xa0;: indiquez --set, --from, --fill-from-directory, --translation-of, --team ou --signing-key.</translation>
    </message>
    <message>
        <source>--translation-of needs --language.</source>
        <translation>--translation-of a besoin de --language.</translation>
    </message>
    <message>
        <source>There is no profile in “%1”; create a translation with --translation-of %2.</source>
        <translation>Il n&apos;y a pas de profil en «&#x202f;%1&#x202f;»&#x202f;; créez une traduction avec --translation-of %2.</translation>
    </message>
    <message>
        <source>No directory entry is marked as our team; choose one with “profile edit --team TEAM”.</source>
        <translation>Aucune entrée de l&apos;annuaire n&apos;est marquée comme notre équipe&#x202f;; choisissez-en une avec «&#x202f;profile edit --team TEAM&#x202f;».</translation>
    </message>
    <message>
        <source>The profile in “%1” is the original, not a translation.</source>
        <translation>Le profil en «&#x202f;%1&#x202f;» est l&apos;original, pas une traduction.</translation>
    </message>
    <message>
        <source>Saved the profile draft (%1).</source>
        <translation>Brouillon du profil enregistré (%1).</translation>
    </message>
    <message>
        <source>Show the newest imported profile of this team, with the text that maps to no section.</source>
        <translation>Afficher le dernier profil importé de cette équipe, avec le texte qui ne correspond à aucune section.</translation>
    </message>
    <message>
        <source>Show the profile draft in the canonical layout (or as JSON with --json).</source>
        <translation>Afficher le brouillon du profil dans la mise en page canonique (ou en JSON avec --json).</translation>
    </message>
    <message>
        <source>No RFC 2350 profile of %1 was imported.</source>
        <translation>Aucun profil RFC 2350 de %1 n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Check the profile draft by section number: required sections, mission and constituency, the 2.8 fingerprint against the signing key, the key&apos;s expiry and revocation, e-mail addresses without a key, the Date of Last Update, https locations. Errors block signing (exit code 2); warnings do not.</source>
        <translation>Contrôler le brouillon du profil par numéro de section&#xa0;: sections obligatoires, mission et communauté desservie, l&apos;empreinte de 2.8 par rapport à la clé de signature, l&apos;expiration et la révocation de la clé, les adresses électroniques sans clé, la date de dernière mise à jour, les emplacements https. Les erreurs bloquent la signature (code de sortie 2)&#x202f;; les avertissements non.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the profile cannot be signed yet.</source>
        <translation>
            <numerusform>%n erreur&#xa0;: le profil ne peut pas encore être signé.</numerusform>
            <numerusform>%n erreurs&#xa0;: le profil ne peut pas encore être signé.</numerusform>
        </translation>
    </message>
    <message>
        <source>text (default), html or pdf.</source>
        <translation>text (par défaut), html ou pdf.</translation>
    </message>
    <message>
        <source>Write to FILE (default: standard output).</source>
        <translation>Écrire dans FICHIER (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <source>Render this published version instead of the draft.</source>
        <translation>Produire cette version publiée au lieu du brouillon.</translation>
    </message>
    <message>
        <source>With --version: the clear-signed text exactly as published.</source>
        <translation>Avec --version&#xa0;: le texte signé en clair exactement tel que publié.</translation>
    </message>
    <message>
        <source>Render the profile: the canonical plain text (72 columns, UTF-8), HTML, or PDF.</source>
        <translation>Produire le profil&#xa0;: le texte brut canonique (72 colonnes, UTF-8), HTML ou PDF.</translation>
    </message>
    <message>
        <source>--format is text, html or pdf.</source>
        <translation>--format vaut text, html ou pdf.</translation>
    </message>
    <message>
        <source>--signed goes with --version and the text format.</source>
        <translation>--signed va avec --version et le format texte.</translation>
    </message>
    <message>
        <source>“%1” is not a version number.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un numéro de version.</translation>
    </message>
    <message>
        <source>List the published (signed) versions of the profile, newest first. &apos;profile render --version N --signed&apos; prints one as published.</source>
        <translation>Lister les versions publiées (signées) du profil, de la plus récente à la plus ancienne. «&#x202f;profile render --version N --signed&#x202f;» en affiche une telle que publiée.</translation>
    </message>
    <message>
        <source>A version number, or &apos;draft&apos;.</source>
        <translation>Un numéro de version, ou «&#x202f;draft&#x202f;».</translation>
    </message>
    <message>
        <source>A version number, or &apos;draft&apos; (default).</source>
        <translation>Un numéro de version, ou «&#x202f;draft&#x202f;» (par défaut).</translation>
    </message>
    <message>
        <source>Show the changes between two versions of the profile&apos;s canonical text as a unified diff.</source>
        <translation>Afficher les modifications entre deux versions du texte canonique du profil sous forme de diff unifié.</translation>
    </message>
    <message>
        <source>“%1” is neither a version number nor &apos;draft&apos;.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est ni un numéro de version ni «&#x202f;draft&#x202f;».</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, e.g. --set 3.1=&quot;Our mission&quot;.</source>
        <translation>--set prend KEY=VALUE, par exemple --set 3.1=&quot;Notre mission&quot;.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2024-05-01.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une date telle que 2024-05-01.</translation>
    </message>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une empreinte OpenPGP complète.</translation>
    </message>
    <message>
        <source>A priority is PRIORITY|REACTION|HANDLING, e.g. &quot;P1|within 1 hour|within 1 day&quot;.</source>
        <translation>Une priorité est de la forme PRIORITY|REACTION|HANDLING, par exemple &quot;P1|sous 1 heure|sous 1 jour&quot;.</translation>
    </message>
    <message>
        <source>“%1” is neither an RFC 2350 section number nor one of title, last-update, locations, fingerprint, languages, hours, priority, tlp, original-url.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est ni un numéro de section RFC 2350 ni l&apos;un de title, last-update, locations, fingerprint, languages, hours, priority, tlp, original-url.</translation>
    </message>
    <message>
        <source>There is no team profile yet; create one with “profile edit”.</source>
        <translation>Il n&apos;y a pas encore de profil d&apos;équipe&#x202f;; créez-en un avec «&#x202f;profile edit&#x202f;».</translation>
    </message>
    <message>
        <source>There is no profile in “%1”.</source>
        <translation>Il n&apos;y a pas de profil en «&#x202f;%1&#x202f;».</translation>
    </message>
</context>
<context>
    <name>fb::ProfileConstituency</name>
    <message>
        <source>“%1”: %2</source>
        <extracomment>%1 is a piece of text from section 3.2 of an RFC 2350 document, %2 why it was not taken</extracomment>
        <translation>«&#x202f;%1&#x202f;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>a range of AS numbers; list each AS number on its own.</source>
        <translation>une plage de numéros d&apos;AS&#x202f;; listez chaque numéro d&apos;AS séparément.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileFiller</name>
    <message>
        <source>%1 (emergency)</source>
        <translation>%1 (urgence)</translation>
    </message>
    <message>
        <source>%1 (out of band)</source>
        <translation>%1 (hors bande)</translation>
    </message>
    <message>
        <source>RFC 2350 description of %1</source>
        <translation>Description RFC 2350 de %1</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>We handle incidents of every class of the Reference Security Incident Taxonomy:</source>
        <translation>Nous traitons les incidents de toutes les classes de la Reference Security Incident Taxonomy&#xa0;:</translation>
    </message>
</context>
<context>
    <name>fb::ProfileImporter</name>
    <message>
        <source>The signature of %1 is bad: the document was changed after it was signed. Nothing was imported.</source>
        <translation>La signature de %1 est incorrecte&#xa0;: le document a été modifié après sa signature. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The document names no team in section 2.1.</source>
        <translation>Le document ne nomme aucune équipe dans la section 2.1.</translation>
    </message>
    <message>
        <source>The imported team was not stored.</source>
        <translation>L&apos;équipe importée n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <extracomment>%1 is a file name, %2 an RFC 2350 section number such as 2.7</extracomment>
        <translation>%1, section %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This import held back no key.</source>
        <translation>Cet import n&apos;a mis de côté aucune clé.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileJson</name>
    <message>
        <source>“%1” must be a list of texts.</source>
        <translation>«&#x202f;%1&#x202f;» doit être une liste de textes.</translation>
    </message>
    <message>
        <source>“%1” must be a text.</source>
        <translation>«&#x202f;%1&#x202f;» doit être un texte.</translation>
    </message>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une empreinte OpenPGP complète.</translation>
    </message>
    <message>
        <source>“%1” must be a date such as 2024-05-01.</source>
        <translation>«&#x202f;%1&#x202f;» doit être une date telle que 2024-05-01.</translation>
    </message>
    <message>
        <source>“%1” must be a list of objects.</source>
        <translation>«&#x202f;%1&#x202f;» doit être une liste d&apos;objets.</translation>
    </message>
    <message>
        <source>Each entry of “%1” needs a “priority”, a “reaction” and a “handling” text.</source>
        <translation>Chaque entrée de «&#x202f;%1&#x202f;» a besoin d&apos;un texte «&#x202f;priority&#x202f;», «&#x202f;reaction&#x202f;» et «&#x202f;handling&#x202f;».</translation>
    </message>
    <message>
        <source>“%1” must map section numbers to texts.</source>
        <translation>«&#x202f;%1&#x202f;» doit associer des numéros de section à des textes.</translation>
    </message>
    <message>
        <source>“%1” is not a section of RFC 2350.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une section de la RFC 2350.</translation>
    </message>
    <message>
        <source>“%1” is not a field of a team profile.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un champ d&apos;un profil d&apos;équipe.</translation>
    </message>
    <message>
        <source>The profile is not valid JSON: %1.</source>
        <translation>Le profil n&apos;est pas du JSON valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>position %1</translation>
    </message>
    <message>
        <source>The profile must be a JSON object.</source>
        <translation>Le profil doit être un objet JSON.</translation>
    </message>
    <message>
        <source>offset 0</source>
        <translation>position 0</translation>
    </message>
</context>
<context>
    <name>fb::ProfileLint</name>
    <message>
        <source>The mission statement (3.1) is empty.</source>
        <translation>La déclaration de mission (3.1) est vide.</translation>
    </message>
    <message>
        <source>The constituency (3.2) is empty.</source>
        <translation>La communauté desservie (3.2) est vide.</translation>
    </message>
    <message>
        <source>The required section %1 “%2” is missing or empty.</source>
        <translation>La section obligatoire %1 «&#x202f;%2&#x202f;» est absente ou vide.</translation>
    </message>
    <message>
        <source>The Date of Last Update (%1) is older than the newest change (%2); it is set anew when the profile is signed.</source>
        <translation>La date de dernière mise à jour (%1) est antérieure à la modification la plus récente (%2)&#x202f;; elle est redéfinie lors de la signature du profil.</translation>
    </message>
    <message>
        <source>“%1” is not an https URL; publish the document where readers can check where it came from.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une URL https&#x202f;; publiez le document là où les lecteurs peuvent vérifier sa provenance.</translation>
    </message>
    <message>
        <source>Section 2.8 names no key fingerprint; the key that will sign is %1.</source>
        <translation>La section 2.8 ne nomme aucune empreinte de clé&#x202f;; la clé qui signera est %1.</translation>
    </message>
    <message>
        <source>The fingerprint in 2.8 (%1) is not that of the key that will sign (%2).</source>
        <translation>L&apos;empreinte de 2.8 (%1) n&apos;est pas celle de la clé qui signera (%2).</translation>
    </message>
    <message>
        <source>The signing key %1 is not in the GnuPG home.</source>
        <translation>La clé de signature %1 n&apos;est pas dans le répertoire GnuPG.</translation>
    </message>
    <message>
        <source>The signing key: %1</source>
        <translation>La clé de signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>The secret part of the signing key %1 is not available.</source>
        <translation>La partie secrète de la clé de signature %1 n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>No OpenPGP key is known for %1; partners cannot write to it encrypted.</source>
        <translation>Aucune clé OpenPGP n&apos;est connue pour %1&#x202f;; les partenaires ne peuvent pas y écrire de façon chiffrée.</translation>
    </message>
    <message>
        <source>No team signing key is chosen, and no key is linked to our team&apos;s directory entry.</source>
        <translation>Aucune clé de signature de l&apos;équipe n&apos;est choisie, et aucune clé n&apos;est liée à l&apos;entrée de notre équipe dans l&apos;annuaire.</translation>
    </message>
</context>
<context>
    <name>fb::ProfilePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The original profile or one of its translations</source>
        <translation>Le profil original ou l&apos;une de ses traductions</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Fill from directory</source>
        <translation>Remplir depuis l&apos;&amp;annuaire</translation>
    </message>
    <message>
        <source>Take name, addresses, phone numbers, key and languages from our team&apos;s directory entry</source>
        <translation>Reprendre le nom, les adresses, les numéros de téléphone, la clé et les langues de l&apos;entrée de notre équipe dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Sign and &amp;publish…</source>
        <translation>Signer et &amp;publier…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versions…</translation>
    </message>
    <message>
        <source>Sections (RFC 2350)</source>
        <translation>Sections (RFC 2350)</translation>
    </message>
    <message>
        <source>Dates, locations, the key fingerprint, languages and service levels come from the directory (Fill from directory) and show in the preview.</source>
        <translation>Les dates, les emplacements, l&apos;empreinte de la clé, les langues et les niveaux de service viennent de l&apos;annuaire (Remplir depuis l&apos;annuaire) et s&apos;affichent dans l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Errors block signing; warnings do not. Activate a finding to go to its section.</source>
        <translation>Les erreurs empêchent la signature, les avertissements non. Activez une constatation pour aller à sa section.</translation>
    </message>
    <message>
        <source>Required: the lint reports it when it is empty.</source>
        <translation>Obligatoire&#xa0;: le contrôle la signale quand elle est vide.</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (original)</translation>
    </message>
    <message>
        <source>%1 (translation)</source>
        <translation>%1 (traduction)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>The team key could not be checked: %1</source>
        <translation>La clé de l&apos;équipe n&apos;a pas pu être vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Erreur dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>Avertissement dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No findings: the profile is ready to sign.</source>
        <translation>Aucune constatation&#xa0;: le profil est prêt à être signé.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved the profile draft.</source>
        <translation>Le brouillon du profil a été enregistré.</translation>
    </message>
    <message>
        <source>No directory entry is marked as our team; choose one in the directory first.</source>
        <translation>Aucune entrée de l&apos;annuaire n&apos;est marquée comme notre équipe&#x202f;; choisissez-en d&apos;abord une dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Filled from our directory entry “%1”; check the sections and save.</source>
        <translation>Rempli depuis notre entrée de l&apos;annuaire «&#x202f;%1&#x202f;»&#x202f;; vérifiez les sections et enregistrez.</translation>
    </message>
    <message>
        <source>Signing and publishing…</source>
        <translation>Signature et publication…</translation>
    </message>
    <message>
        <source>Version %1 was signed and kept, but the files were not written: %2</source>
        <translation>La version %1 a été signée et conservée, mais les fichiers n&apos;ont pas été écrits&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Non publié&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Signed version %1 and wrote %n file(s) to %2.</source>
        <translation>
            <numerusform>Version %1 signée et %n fichier écrit dans %2.</numerusform>
            <numerusform>Version %1 signée et %n fichiers écrits dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The PDF was not written: %2</source>
        <translation>%1 Le PDF n&apos;a pas été écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose the team key in the directory first.</source>
        <translation>Choisissez d&apos;abord la clé de l&apos;équipe dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>The lint reports errors: fix them first, errors block signing.</source>
        <translation>Le contrôle signale des erreurs&#xa0;: corrigez-les d&apos;abord, les erreurs empêchent la signature.</translation>
    </message>
    <message>
        <source>Sign with the team key and write the files to a folder</source>
        <translation>Signer avec la clé de l&apos;équipe et écrire les fichiers dans un dossier</translation>
    </message>
    <message>
        <source>New &amp;translation…</source>
        <translation>Nouvelle &amp;traduction…</translation>
    </message>
    <message>
        <source>Start a translation of the profile as a copy of the original</source>
        <translation>Commencer une traduction du profil comme copie de l&apos;original</translation>
    </message>
    <message>
        <source>There is no profile to translate yet; write the original first.</source>
        <translation>Il n&apos;y a pas encore de profil à traduire&#x202f;; rédigez d&apos;abord l&apos;original.</translation>
    </message>
    <message>
        <source>The profile already has a version in “%1”.</source>
        <translation>Le profil a déjà une version en «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>No translation created: %1</source>
        <translation>Aucune traduction créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created the translation into “%1” as a copy of the original.</source>
        <translation>Traduction en «&#x202f;%1&#x202f;» créée comme copie de l&apos;original.</translation>
    </message>
    <message>
        <source>Choose one in Team → Settings (Team signing key), or import our key for our team in Team → Directory (Import key…).</source>
        <extracomment>Where the window chooses the team signing key, or links a key to our team</extracomment>
        <translation>Choisissez-en une dans Équipe → Paramètres (Clé de signature de l&apos;équipe), ou importez notre clé pour notre équipe dans Équipe → Annuaire (Importer une clé…).</translation>
    </message>
</context>
<context>
    <name>fb::ProfileParser</name>
    <message>
        <source>This is not an RFC 2350 document: none of its lines is a heading such as “2.1 Name of the Team”.</source>
        <translation>Ce n&apos;est pas un document RFC 2350&#xa0;: aucune de ses lignes n&apos;est un titre tel que «&#x202f;2.1 Name of the Team&#x202f;».</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>ligne 1</translation>
    </message>
</context>
<context>
    <name>fb::ProfilePublishCommands</name>
    <message>
        <source>%1 is not signed.</source>
        <translation>%1 n&apos;est pas signé.</translation>
    </message>
    <message>
        <source>The signature of %1 is bad: the text was changed after signing.</source>
        <translation>La signature de %1 est incorrecte&#xa0;: le texte a été modifié après la signature.</translation>
    </message>
    <message>
        <source>%1 is signed by another key than the one its section 2.8 names.</source>
        <translation>%1 est signé par une autre clé que celle que nomme sa section 2.8.</translation>
    </message>
    <message>
        <source>Write the clear-signed text to FILE (default: standard output).</source>
        <translation>Écrire le texte signé en clair dans FICHIER (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <source>Set the Date of Last Update to today, lint (errors stop here), clear-sign the canonical text with the team key from your GnuPG home and keep it as the next version. Stock &apos;gpg --verify&apos; checks the result.</source>
        <translation>Mettre la date de dernière mise à jour à aujourd&apos;hui, contrôler (les erreurs arrêtent ici), signer en clair le texte canonique avec la clé de l&apos;équipe de votre répertoire GnuPG et le conserver comme version suivante. Un «&#x202f;gpg --verify&#x202f;» standard vérifie le résultat.</translation>
    </message>
    <message>
        <source>Signed version %1 of the profile (%2) with %3; written to %4.</source>
        <translation>Version %1 du profil (%2) signée avec %3&#x202f;; écrite dans %4.</translation>
    </message>
    <message>
        <source>The RFC 2350 document (&apos;-&apos; for standard input).</source>
        <translation>Le document RFC 2350 («&#x202f;-&#x202f;» pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Check a clear-signed RFC 2350 document: signer, fingerprint, date, validity, and whether the signer is the key the document names in 2.8. Keys come from the workspace keyring, else from your GnuPG home. Exit code 0 only for a valid signature by that key; 2 for a bad or missing signature; 3 for a missing, expired or revoked key or another signer.</source>
        <translation>Vérifier un document RFC 2350 signé en clair&#xa0;: signataire, empreinte, date, validité, et si le signataire est la clé que le document nomme en 2.8. Les clés viennent du trousseau de l&apos;espace de travail, sinon de votre répertoire GnuPG. Code de sortie 0 seulement pour une signature valide de cette clé&#x202f;; 2 pour une signature incorrecte ou absente&#x202f;; 3 pour une clé absente, expirée ou révoquée ou un autre signataire.</translation>
    </message>
    <message>
        <source>Expiry date (yyyy-mm-dd, UTC end of day); default: in %1 days.</source>
        <translation>Date d&apos;expiration (aaaa-mm-jj, fin de journée UTC)&#x202f;; par défaut&#xa0;: dans %1 jours.</translation>
    </message>
    <message>
        <source>The URL the file is published at (default: from the first https location in 1.3).</source>
        <translation>L&apos;URL à laquelle le fichier est publié (par défaut&#xa0;: le premier emplacement https de 1.3).</translation>
    </message>
    <message>
        <source>The policy URL (default: the RFC 2350 document&apos;s first https location).</source>
        <translation>L&apos;URL de la politique (par défaut&#xa0;: le premier emplacement https du document RFC 2350).</translation>
    </message>
    <message>
        <source>Where the key is (default: openpgp4fpr: with the 2.8 fingerprint).</source>
        <translation>Où se trouve la clé (par défaut&#xa0;: openpgp4fpr: avec l&apos;empreinte de 2.8).</translation>
    </message>
    <message>
        <source>Clear-sign the file with the team key.</source>
        <translation>Signer le fichier en clair avec la clé de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Write to FILE (default: standard output).</source>
        <translation>Écrire dans FICHIER (par défaut&#xa0;: la sortie standard).</translation>
    </message>
    <message>
        <source>Lint this security.txt (signed or not) instead of writing one.</source>
        <translation>Contrôler ce security.txt (signé ou non) au lieu d&apos;en écrire un.</translation>
    </message>
    <message>
        <source>Write an RFC 9116 security.txt from the profile (Contact, Expires, Encryption, Preferred-Languages, Canonical, Policy), checked against RFC 9116&apos;s rules, or lint an existing one with --lint.</source>
        <translation>Écrire un security.txt RFC 9116 à partir du profil (Contact, Expires, Encryption, Preferred-Languages, Canonical, Policy), contrôlé selon les règles de la RFC 9116, ou contrôler un fichier existant avec --lint.</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>The signature of the security.txt is bad.</source>
        <translation>La signature du security.txt est incorrecte.</translation>
    </message>
    <message>
        <source>The security.txt does not meet RFC 9116.</source>
        <translation>Le security.txt n&apos;est pas conforme à la RFC 9116.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-12-31.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une date telle que 2026-12-31.</translation>
    </message>
    <message>
        <source>No team signing key is chosen; choose one with “profile edit --signing-key”.</source>
        <translation>Aucune clé de signature d&apos;équipe n&apos;est choisie&#x202f;; choisissez-en une avec «&#x202f;profile edit --signing-key&#x202f;».</translation>
    </message>
    <message>
        <source>Another team&apos;s RFC 2350 document, plain or clear-signed.</source>
        <translation>Le document RFC 2350 d&apos;une autre équipe, en clair ou signé en clair.</translation>
    </message>
    <message>
        <source>Link the key named in 2.8 even though another key signed the document (after you checked the signer with the team).</source>
        <translation>Lier la clé nommée en 2.8 même si une autre clé a signé le document (après avoir vérifié le signataire auprès de l&apos;équipe).</translation>
    </message>
    <message>
        <source>Read another team&apos;s RFC 2350 document (numbered or not, plain text or Markdown, plain or clear-signed), check its signature (workspace keyring, else your GnuPG home), and create or update that team&apos;s directory entry. Edits you made to the entry are kept; text that maps to no section stays attached (&apos;profile show --team&apos;). A bad signature imports nothing. A document signed by another key than the one its 2.8 names is imported without linking that key (exit code 3) unless --accept-signer is given.</source>
        <translation>Lire le document RFC 2350 d&apos;une autre équipe (numéroté ou non, texte brut ou Markdown, en clair ou signé en clair), vérifier sa signature (trousseau de l&apos;espace de travail, sinon votre répertoire GnuPG) et créer ou mettre à jour l&apos;entrée de cette équipe dans l&apos;annuaire. Les modifications que vous avez apportées à l&apos;entrée sont conservées&#x202f;; le texte qui ne correspond à aucune section reste rattaché («&#x202f;profile show --team&#x202f;»). Une signature invalide n&apos;importe rien. Un document signé par une autre clé que celle nommée dans sa section 2.8 est importé sans lier cette clé (code de sortie 3), sauf si --accept-signer est indiqué.</translation>
    </message>
    <message>
        <source>%1 is signed by another key than the team&apos;s own key named in its section 2.8: the team was imported, that key was not linked. Check the signer with the team, then import again with --accept-signer to link it.</source>
        <translation>%1 est signé par une autre clé que la propre clé de l&apos;équipe nommée dans sa section 2.8&#xa0;: l&apos;équipe a été importée, cette clé n&apos;a pas été liée. Vérifiez le signataire auprès de l&apos;équipe, puis importez à nouveau avec --accept-signer pour la lier.</translation>
    </message>
</context>
<context>
    <name>fb::ProfilePublishDialog</name>
    <message>
        <source>Sign and publish the team profile</source>
        <translation>Signer et publier le profil de l&apos;équipe</translation>
    </message>
    <message>
        <source>The profile is signed with the team key and kept as a new version. The signed text, HTML, PDF and a signed security.txt are written to the folder.</source>
        <translation>Le profil est signé avec la clé de l&apos;équipe et conservé comme nouvelle version. Le texte signé, le HTML, le PDF et un security.txt signé sont écrits dans le dossier.</translation>
    </message>
    <message>
        <source>Team key:</source>
        <translation>Clé de l&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation>Signer et publier</translation>
    </message>
    <message>
        <source>Publish the team profile to</source>
        <translation>Publier le profil de l&apos;équipe dans</translation>
    </message>
</context>
<context>
    <name>fb::ProfilePublisher</name>
    <message>
        <source>There is no team profile yet; create one with “profile edit”.</source>
        <translation>Il n&apos;y a pas encore de profil d&apos;équipe&#x202f;; créez-en un avec «&#x202f;profile edit&#x202f;».</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier «&#x202f;%1&#x202f;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no team key to sign with; choose one in the directory.</source>
        <translation>Il n&apos;y a pas de clé de l&apos;équipe pour signer&#x202f;; choisissez-en une dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Checking the profile</source>
        <translation>Contrôle du profil</translation>
    </message>
    <message>
        <source>There is no saved profile to sign.</source>
        <translation>Il n&apos;y a pas de profil enregistré à signer.</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was written.</source>
        <translation>La publication a été annulée&#x202f;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Signing the profile with the team key</source>
        <translation>Signature du profil avec la clé de l&apos;équipe</translation>
    </message>
    <message>
        <source>Signing the security.txt</source>
        <translation>Signature du security.txt</translation>
    </message>
    <message>
        <source>Writing the files</source>
        <translation>Écriture des fichiers</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>fb::ProfileRenderer</name>
    <message>
        <source>This document is a translation. Only the original language version is binding; in case of doubt, refer to it.</source>
        <translation>Ce document est une traduction. Seule la version dans la langue d&apos;origine fait foi&#x202f;; en cas de doute, reportez-vous à celle-ci.</translation>
    </message>
    <message>
        <source>RFC 2350 description of %1</source>
        <translation>Description RFC 2350 de %1</translation>
    </message>
</context>
<context>
    <name>fb::ProfileSigner</name>
    <message>
        <source>Checking the profile</source>
        <translation>Contrôle du profil</translation>
    </message>
    <message>
        <source>There is no team profile yet; create one with “profile edit”.</source>
        <translation>Il n&apos;y a pas encore de profil d&apos;équipe&#x202f;; créez-en un avec «&#x202f;profile edit&#x202f;».</translation>
    </message>
    <message>
        <source>There is no profile in “%1”.</source>
        <translation>Il n&apos;y a pas de profil en «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The profile cannot be signed: %1</source>
        <translation>Le profil ne peut pas être signé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing was cancelled.</source>
        <translation>La signature a été annulée.</translation>
    </message>
    <message>
        <source>Signing the profile</source>
        <translation>Signature du profil</translation>
    </message>
    <message>
        <source>Saving the version</source>
        <translation>Enregistrement de la version</translation>
    </message>
</context>
<context>
    <name>fb::ProfileStore</name>
    <message>
        <source>The stored profile is damaged: %1</source>
        <translation>Le profil enregistré est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>A profile needs the language it is written in.</source>
        <translation>Un profil a besoin de la langue dans laquelle il est rédigé.</translation>
    </message>
    <message>
        <source>A translation needs the original profile in “%1”; the original is in “%2”.</source>
        <translation>Une traduction a besoin du profil original en «&#x202f;%1&#x202f;»&#x202f;; l&apos;original est en «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>A translation cannot be in the language of its original.</source>
        <translation>Une traduction ne peut pas être dans la langue de son original.</translation>
    </message>
    <message>
        <source>The original profile is in “%1”; a profile in “%2” must be saved as a translation of it.</source>
        <translation>Le profil original est en «&#x202f;%1&#x202f;»&#x202f;; un profil en «&#x202f;%2&#x202f;» doit être enregistré comme sa traduction.</translation>
    </message>
    <message>
        <source>There is no profile in “%1”.</source>
        <translation>Il n&apos;y a pas de profil en «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The original profile still has translations; remove them first.</source>
        <translation>Le profil original a encore des traductions&#x202f;; supprimez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>The profile has no version %1.</source>
        <translation>Le profil n&apos;a pas de version %1.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileTranslationDialog</name>
    <message>
        <source>New translation of the team profile</source>
        <translation>Nouvelle traduction du profil de l&apos;équipe</translation>
    </message>
    <message>
        <source>The translation starts as a copy of the original. Its renderings say that only the original language version is binding.</source>
        <translation>La traduction commence comme une copie de l&apos;original. Ses rendus indiquent que seule la version dans la langue d&apos;origine fait foi.</translation>
    </message>
    <message>
        <source>A language code such as de or pt-BR; any code can be typed in</source>
        <translation>Un code de langue comme de ou pt-BR&#x202f;; tout code peut être saisi</translation>
    </message>
    <message>
        <source>&amp;Language code:</source>
        <translation>Code de &amp;langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
</context>
<context>
    <name>fb::ProfileVerifier</name>
    <message>
        <source>Whether the signer is the key the profile names in 2.8 cannot be told.</source>
        <translation>Impossible de dire si le signataire est la clé que le profil nomme en 2.8.</translation>
    </message>
    <message>
        <source>The signer is the key the profile names in 2.8.</source>
        <translation>Le signataire est la clé que le profil nomme en 2.8.</translation>
    </message>
    <message>
        <source>The signer is NOT the team&apos;s own key: the document is signed by %1, but its section 2.8 names %2.</source>
        <extracomment>%1 and %2 are OpenPGP fingerprints</extracomment>
        <translation>Le signataire n&apos;est PAS la propre clé de l&apos;équipe&#xa0;: le document est signé par %1, mais sa section 2.8 nomme %2.</translation>
    </message>
    <message>
        <source>The profile names no key in 2.8, so the signer cannot be checked against the team&apos;s own key.</source>
        <translation>Le profil ne nomme aucune clé en 2.8&#x202f;; le signataire ne peut donc pas être comparé à la propre clé de l&apos;équipe.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileVersionsDialog</name>
    <message>
        <source>Team profile versions</source>
        <translation>Versions du profil de l&apos;équipe</translation>
    </message>
    <message>
        <source>Version %1, %2, signed by %3</source>
        <translation>Version %1, %2, signée par %3</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>&amp;Ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>&amp;Nouvelle&#xa0;:</translation>
    </message>
    <message>
        <source>No version of the profile has been published yet.</source>
        <translation>Aucune version du profil n&apos;a encore été publiée.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>Les deux versions ont le même texte.</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Côte à côte</translation>
    </message>
    <message>
        <source>&amp;Unified</source>
        <translation>Diff &amp;unifié</translation>
    </message>
</context>
<context>
    <name>fb::ProfileView</name>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>SECTION</source>
        <translation>SECTION</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLÈME</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Signataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Signé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date of Last Update: %1</source>
        <translation>Date de dernière mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key named in 2.8: %1</source>
        <translation>Clé nommée en 2.8&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>The signed text is not an RFC 2350 document: %1</source>
        <translation>Le texte signé n&apos;est pas un document RFC 2350&#xa0;: %1</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation>PUBLIÉ</translation>
    </message>
    <message>
        <source>DATE OF LAST UPDATE</source>
        <translation>DATE DE DERNIÈRE MISE À JOUR</translation>
    </message>
    <message>
        <source>SIGNER</source>
        <translation>SIGNATAIRE</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>PAR</translation>
    </message>
    <message>
        <source>Added team #%1 (%2).</source>
        <translation>Équipe #%1 (%2) ajoutée.</translation>
    </message>
    <message>
        <source>Updated team #%1 (%2).</source>
        <translation>Équipe #%1 (%2) mise à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the document map to no RFC 2350 section; they are kept with the import (profile show --team).</source>
        <translation>
            <numerusform>%n partie du document ne correspond à aucune section RFC 2350&#x202f;; elle est conservée avec l&apos;import (profile show --team).</numerusform>
            <numerusform>%n parties du document ne correspondent à aucune section RFC 2350&#x202f;; elles sont conservées avec l&apos;import (profile show --team).</numerusform>
        </translation>
    </message>
    <message>
        <source>[Not mapped to RFC 2350] %1</source>
        <translation>[Non associé à RFC 2350] %1</translation>
    </message>
    <message>
        <source>The key named in 2.8 (%1) was NOT linked to the team.</source>
        <translation>La clé nommée en 2.8 (%1) n&apos;a PAS été liée à l&apos;équipe.</translation>
    </message>
    <message>
        <source>Constituency (3.2), not taken: %1</source>
        <translation>Communauté desservie (3.2), non reprise&#xa0;: %1</translation>
    </message>
    <message>
        <source>You accepted the signer: the key named in 2.8 is linked to the team.</source>
        <translation>Vous avez accepté le signataire&#xa0;: la clé nommée en 2.8 est liée à l&apos;équipe.</translation>
    </message>
    <message>
        <source>Choose one with “profile edit --signing-key”.</source>
        <translation>Choisissez-en une avec «&#x202f;profile edit --signing-key&#x202f;».</translation>
    </message>
</context>
<context>
    <name>fb::PublicSuffix</name>
    <message>
        <source>%1 is under “.%2”, a special-use name for documentation, tests or private networks: it does not resolve in the public DNS.</source>
        <extracomment>%1 is a domain name, %2 the special-use suffix it ends in, such as &quot;example&quot; or &quot;internal&quot;</extracomment>
        <translation>%1 est sous «&#x202f;.%2&#x202f;», un nom à usage spécial réservé à la documentation, aux tests ou aux réseaux privés&#xa0;: il ne se résout pas dans le DNS public.</translation>
    </message>
</context>
<context>
    <name>fb::PublishDialog</name>
    <message>
        <source>Publish %1</source>
        <translation>Publier %1</translation>
    </message>
    <message>
        <source>Interim (more to come)</source>
        <translation>Interim (d&apos;autres suivront)</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Publish as</source>
        <translation>Publier en tant que</translation>
    </message>
    <message>
        <source>What changed in this revision</source>
        <translation>Ce qui a changé dans cette révision</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Clear-sign the text with the team key</source>
        <translation>Signer le texte en clair avec la clé de l&apos;équipe</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Write the files into</source>
        <translation>Écrire les fichiers dans</translation>
    </message>
    <message>
        <source>Our team has no signing key chosen: choose it in Team → Settings, then publish again to sign.</source>
        <translation>Aucune clé de signature n&apos;est choisie pour notre équipe&#xa0;: choisissez-la dans Équipe → Paramètres, puis publiez à nouveau pour signer.</translation>
    </message>
</context>
<context>
    <name>fb::QueuePage</name>
    <message>
        <source>Any TLP</source>
        <translation>Tout TLP</translation>
    </message>
    <message>
        <source>Any class</source>
        <translation>Toute classe</translation>
    </message>
    <message>
        <source>Search: words, ip:192.0.2.0/24, domain:, cve:, owner:me, tlp:red…</source>
        <translation>Rechercher&#xa0;: mots, ip:192.0.2.0/24, domain:, cve:, owner:me, tlp:red…</translation>
    </message>
    <message>
        <source>Free words search titles and descriptions. Typed terms: %1.</source>
        <translation>Les mots libres portent sur les titres et les descriptions. Termes typés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Moi (%1)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Search not understood: %1</source>
        <translation>Recherche non comprise&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to ticket: type its number, then Enter</source>
        <translation>Aller au ticket&#xa0;: saisissez son numéro, puis Entrée</translation>
    </message>
    <message>
        <source>There is no ticket #%1.</source>
        <translation>Il n&apos;y a pas de ticket #%1.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>Ticket #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Press Enter to open ticket #%1.</source>
        <translation>Appuyez sur Entrée pour ouvrir le ticket #%1.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Keep this search under Saved searches</source>
        <translation>Conserver cette recherche sous Recherches enregistrées</translation>
    </message>
    <message>
        <source>Type a search first; it is the search box&apos;s text that is kept.</source>
        <translation>Saisissez d&apos;abord une recherche&#x202f;; c&apos;est le texte du champ de recherche qui est conservé.</translation>
    </message>
    <message>
        <source>No tickets match</source>
        <translation>Aucun ticket ne correspond</translation>
    </message>
    <message>
        <source>Try other words, or fewer filters.</source>
        <translation>Essayez d&apos;autres mots, ou moins de filtres.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>No reports</source>
        <translation>Aucun signalement</translation>
    </message>
    <message>
        <source>Reports arrive with mail: import it with File → Import mail files… (or drop mail files on the window).</source>
        <translation>Les signalements arrivent par courriel&#xa0;: importez-le avec Fichier → Importer des fichiers de courriel… (ou déposez des fichiers de courriel sur la fenêtre).</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>Aucun incident</translation>
    </message>
    <message>
        <source>An incident is opened from a report in Triage, or with File → New ticket…</source>
        <translation>Un incident s&apos;ouvre à partir d&apos;un signalement lors du tri (Trier les nouveaux signalements), ou avec Fichier → Nouveau ticket…</translation>
    </message>
    <message>
        <source>No investigations</source>
        <translation>Aucune investigation</translation>
    </message>
    <message>
        <source>An investigation is launched from an incident (Ticket → Launch investigation…).</source>
        <translation>Une investigation se lance à partir d&apos;un incident (Ticket → Lancer une investigation…).</translation>
    </message>
    <message>
        <source>No countermeasures</source>
        <translation>Aucune contre-mesure</translation>
    </message>
    <message>
        <source>A countermeasure is launched from an incident (Ticket → Launch countermeasure…).</source>
        <translation>Une contre-mesure se lance à partir d&apos;un incident (Ticket → Lancer une contre-mesure…).</translation>
    </message>
</context>
<context>
    <name>fb::QuotedText</name>
    <message numerus="yes">
        <source>[%n quoted line(s) hidden]</source>
        <translation>
            <numerusform>[%n ligne citée masquée]</numerusform>
            <numerusform>[%n lignes citées masquées]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ReplyAllDialog</name>
    <message>
        <source>Reply to all reporters of incident %1</source>
        <translation>Répondre à tous les déclarants de l&apos;incident %1</translation>
    </message>
    <message>
        <source>&amp;Reporters (one reply each, on their newest report; untick to leave one out):</source>
        <translation>&amp;Déclarants (une réponse chacun, sur leur signalement le plus récent&#x202f;; décochez pour en écarter un)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text ({greeting}, {reporter}, {ticket}, {title}, {tlp} and {team} are filled in for each reporter; the answered message is quoted below):</source>
        <translation>&amp;Texte ({greeting}, {reporter}, {ticket}, {title}, {tlp} et {team} sont remplis pour chaque déclarant&#x202f;; le message auquel on répond est cité en dessous)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign with the team key</source>
        <translation>&amp;Signer avec la clé de l&apos;équipe</translation>
    </message>
    <message>
        <source>There is no team key: choose one in Settings to sign.</source>
        <translation>Il n&apos;y a pas de clé d&apos;équipe&#xa0;: choisissez-en une dans Paramètres pour signer.</translation>
    </message>
    <message>
        <source>&amp;Write replies</source>
        <translation>&amp;Écrire les réponses</translation>
    </message>
    <message>
        <source>Finding the reporters and their keys…</source>
        <translation>Recherche des déclarants et de leurs clés…</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>not encrypted (key: %1)</source>
        <translation>non chiffré (clé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 — reports %2 — refused: %3</source>
        <translation>%1 — signalements %2 — refusé&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 — reports %2 — %3</source>
        <translation>%1 — signalements %2 — %3</translation>
    </message>
    <message>
        <source>Incident #%1 has no reporter with an address.</source>
        <translation>L&apos;incident #%1 n&apos;a aucun déclarant avec une adresse.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n reply(ies)…</source>
        <translation>
            <numerusform>Écriture de %n réponse…</numerusform>
            <numerusform>Écriture de %n réponses…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no reply was stored.</source>
        <translation>Annulé&#xa0;: aucune réponse n&apos;a été enregistrée.</translation>
    </message>
</context>
<context>
    <name>fb::ReportCommands</name>
    <message>
        <source>Write the report on one constituency (or all) for a date range, as RTIR&apos;s periodic report: incident reports received, incidents opened, resolved and still open at the end of the range, incidents by RSIT class and type, reports by reporter type, the median and 90th percentile (nearest rank) of the time to first response and to resolution, and SLA breaches. Days are UTC, both included. The report holds counts only, labelled TLP:AMBER. Without --out, text, html and csv are printed.</source>
        <translation>Écrire le rapport d&apos;une communauté desservie (ou de toutes) pour une période, comme le rapport périodique de RTIR&#xa0;: signalements d&apos;incident reçus, incidents ouverts, résolus et encore ouverts à la fin de la période, incidents par classe et type RSIT, signalements par type de déclarant, la médiane et le 90e centile (rang le plus proche) du délai de première réponse et de résolution, et les dépassements de SLA. Les jours sont en UTC, tous deux inclus. Le rapport ne contient que des décomptes, marqués TLP:AMBER. Sans --out, text, html et csv sont affichés.</translation>
    </message>
    <message>
        <source>The first day, such as 2026-01-01.</source>
        <translation>Le premier jour, par exemple 2026-01-01.</translation>
    </message>
    <message>
        <source>The last day (included).</source>
        <translation>Le dernier jour (inclus).</translation>
    </message>
    <message>
        <source>Only tickets of this constituency (default: all).</source>
        <translation>Seulement les tickets de cette communauté desservie (par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <source>text, html, pdf or csv.</source>
        <translation>text, html, pdf ou csv.</translation>
    </message>
    <message>
        <source>The file to write (needed for pdf).</source>
        <translation>Le fichier à écrire (nécessaire pour pdf).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FICHIER s&apos;il existe.</translation>
    </message>
    <message>
        <source>Give the range with --from DATE and --to DATE.</source>
        <translation>Indiquez la période avec --from DATE et --to DATE.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 est postérieur à --to %2.</translation>
    </message>
    <message>
        <source>Give --format text, html, pdf or csv.</source>
        <translation>Indiquez --format text, html, pdf ou csv.</translation>
    </message>
    <message>
        <source>PDF needs a file: name it with --out FILE.</source>
        <translation>PDF a besoin d&apos;un fichier&#xa0;: nommez-le avec --out FILE.</translation>
    </message>
    <message>
        <source>PDF output needs the graphical runtime, which did not start.</source>
        <translation>La sortie PDF a besoin de l&apos;environnement graphique, qui n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>Constituency report written to %1.</source>
        <translation>Rapport de communauté desservie écrit dans %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-01-31.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une date telle que 2026-01-31.</translation>
    </message>
</context>
<context>
    <name>fb::ReportedMessage</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Reported message</source>
        <translation>Message signalé</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) in the ticket&apos;s correspondence.</source>
        <translation>
            <numerusform>%n autre message dans la correspondance du ticket.</numerusform>
            <numerusform>%n autres messages dans la correspondance du ticket.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ReporterLookup</name>
    <message>
        <source>%1 (%2) &lt;%3&gt;</source>
        <extracomment>reporter of a ticket: person, their team, their address</extracomment>
        <translation>%1 (%2) &lt;%3&gt;</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <extracomment>reporter of a ticket: team or person, then their address</extracomment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reporter recognised by signing key: %1 (person %2).</source>
        <translation>Déclarant reconnu par sa clé de signature&#xa0;: %1 (personne %2).</translation>
    </message>
    <message>
        <source>Reporter recognised by signing key: %1 (team %2).</source>
        <translation>Déclarant reconnu par sa clé de signature&#xa0;: %1 (équipe %2).</translation>
    </message>
    <message>
        <source>Reporter recognised by address: %1 (person %2).</source>
        <translation>Déclarant reconnu par son adresse&#xa0;: %1 (personne %2).</translation>
    </message>
    <message>
        <source>Reporter recognised by address: %1 (team %2).</source>
        <translation>Déclarant reconnu par son adresse&#xa0;: %1 (équipe %2).</translation>
    </message>
</context>
<context>
    <name>fb::ReporterReplies</name>
    <message>
        <source>Ticket #%1 is no incident: only an incident&apos;s reporters can be answered together.</source>
        <translation>Le ticket #%1 n&apos;est pas un incident&#xa0;: seuls les déclarants d&apos;un incident peuvent recevoir une réponse groupée.</translation>
    </message>
    <message>
        <source>%1 may only be sent encrypted, and there is no valid key for %2 (key: %3).</source>
        <translation>%1 ne peut être envoyé que chiffré, et il n&apos;y a pas de clé valide pour %2 (clé&#xa0;: %3).</translation>
    </message>
    <message>
        <source>the incident response team</source>
        <translation>l&apos;équipe de réponse aux incidents</translation>
    </message>
    <message>
        <source>Nobody to reply to: incident #%1 has no reporter left to answer.</source>
        <translation>Personne à qui répondre&#xa0;: il ne reste à l&apos;incident #%1 aucun déclarant à qui répondre.</translation>
    </message>
    <message>
        <source>Cancelled: no reply was stored.</source>
        <translation>Annulé&#xa0;: aucune réponse n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>Écriture du message pour %1…</translation>
    </message>
    <message>
        <source>The reply to %1 could not be written: %2</source>
        <translation>La réponse à %1 n&apos;a pas pu être écrite&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n reply(ies).</source>
        <translation>
            <numerusform>%n réponse enregistrée.</numerusform>
            <numerusform>%n réponses enregistrées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::Rsit</name>
    <message>
        <source>Abusive Content</source>
        <translation>Contenu abusif</translation>
    </message>
    <message>
        <source>Abusive Content.</source>
        <translation>Contenu abusif.</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Or &apos;Unsolicited Bulk Email&apos;, this means that the recipient has not granted verifiable permission for the message to be sent and that the message is sent as part of a larger collection of messages, all having a functionally comparable content. This IOC refers to resources which make up spam infrastructure, for example, harvesters like address verification, URLs in spam emails, etc.</source>
        <translation>Ou «&#x202f;Unsolicited Bulk Email&#x202f;»&#xa0;: le destinataire n&apos;a pas donné d&apos;autorisation vérifiable pour l&apos;envoi du message, et le message est envoyé dans le cadre d&apos;un ensemble plus large de messages au contenu fonctionnellement comparable. Cet IOC désigne des ressources qui constituent une infrastructure de spam, par exemple des collecteurs comme la vérification d&apos;adresses, des URL dans des courriels de spam, etc.</translation>
    </message>
    <message>
        <source>Harmful Speech</source>
        <translation>Discours préjudiciable</translation>
    </message>
    <message>
        <source>Bullying, harassment or discrimination of somebody, e.g., cyber stalking, racism or threats against one or more individuals.</source>
        <translation>Intimidation, harcèlement ou discrimination de quelqu&apos;un, p. ex. cyberharcèlement, racisme ou menaces contre une ou plusieurs personnes.</translation>
    </message>
    <message>
        <source>(Child) Sexual Exploitation/Sexual/Violent Content</source>
        <translation>Exploitation sexuelle (des enfants)/contenu sexuel/violent</translation>
    </message>
    <message>
        <source>Child Sexual Exploitation (CSE), sexual content, glorification of violence, etc.</source>
        <translation>Exploitation sexuelle des enfants (CSE), contenu sexuel, apologie de la violence, etc.</translation>
    </message>
    <message>
        <source>Malicious Code</source>
        <translation>Code malveillant</translation>
    </message>
    <message>
        <source>Software that is intentionally included or inserted in a system for a harmful purpose. A user interaction is normally necessary to activate the code.</source>
        <translation>Logiciel inclus ou inséré intentionnellement dans un système à des fins malveillantes. Une interaction de l&apos;utilisateur est normalement nécessaire pour activer le code.</translation>
    </message>
    <message>
        <source>Infected System</source>
        <translation>Système infecté</translation>
    </message>
    <message>
        <source>System infected with malware, e.g., a PC, smartphone or server infected with a rootkit. Most often this refers to a connection to a sinkholed command and control server.</source>
        <translation>Système infecté par un logiciel malveillant, p. ex. un PC, un smartphone ou un serveur infecté par un rootkit. Le plus souvent, cela désigne une connexion à un serveur de commande et de contrôle neutralisé par sinkhole.</translation>
    </message>
    <message>
        <source>C2 Server</source>
        <translation>Serveur C2</translation>
    </message>
    <message>
        <source>Command and control server contacted by malware on infected systems.</source>
        <translation>Serveur de commande et de contrôle contacté par un logiciel malveillant sur des systèmes infectés.</translation>
    </message>
    <message>
        <source>Malware Distribution</source>
        <translation>Distribution de logiciels malveillants</translation>
    </message>
    <message>
        <source>URI used for malware distribution, e.g., a download URL included in fake invoice malware spam or exploit kits (on websites).</source>
        <translation>URI utilisé pour distribuer des logiciels malveillants, p. ex. une URL de téléchargement incluse dans un spam de fausses factures ou des kits d&apos;exploitation (sur des sites web).</translation>
    </message>
    <message>
        <source>Malware Configuration</source>
        <translation>Configuration de logiciel malveillant</translation>
    </message>
    <message>
        <source>URI hosting a malware configuration file, e.g., web injects for a banking trojan.</source>
        <translation>URI hébergeant un fichier de configuration de logiciel malveillant, p. ex. des injections web pour un cheval de Troie bancaire.</translation>
    </message>
    <message>
        <source>Information Gathering</source>
        <translation>Collecte d&apos;informations</translation>
    </message>
    <message>
        <source>Information Gathering.</source>
        <translation>Collecte d&apos;informations.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <source>Attacks that send requests to a system to discover weaknesses. This also includes testing processes to gather information on hosts, services and accounts. This includes fingerd, DNS querying, ICMP, SMTP (EXPN, RCPT, etc) port scanning.</source>
        <translation>Attaques qui envoient des requêtes à un système pour découvrir des faiblesses. Cela comprend aussi les procédés de test visant à collecter des informations sur les hôtes, services et comptes, notamment fingerd, requêtes DNS, ICMP, SMTP (EXPN, RCPT, etc.) et balayage de ports.</translation>
    </message>
    <message>
        <source>Sniffing</source>
        <translation>Reniflage</translation>
    </message>
    <message>
        <source>Observing and recording of network traffic (i.e. wiretapping).</source>
        <translation>Observation et enregistrement du trafic réseau (c.-à-d. écoute clandestine).</translation>
    </message>
    <message>
        <source>Social Engineering</source>
        <translation>Ingénierie sociale</translation>
    </message>
    <message>
        <source>Gathering information from a human being in a non-technical way (e.g., using lies, tricks, bribes, or threats).</source>
        <translation>Collecte d&apos;informations auprès d&apos;un être humain par des moyens non techniques (p. ex. mensonges, ruses, pots-de-vin ou menaces).</translation>
    </message>
    <message>
        <source>Intrusion Attempts</source>
        <translation>Tentatives d&apos;intrusion</translation>
    </message>
    <message>
        <source>Intrusion Attempts.</source>
        <translation>Tentatives d&apos;intrusion.</translation>
    </message>
    <message>
        <source>Exploitation of Known Vulnerabilities</source>
        <translation>Exploitation de vulnérabilités connues</translation>
    </message>
    <message>
        <source>An attempt to compromise a system or to disrupt any service by exploiting vulnerabilities with a standardised identifier such as CVE name (e.g., using a buffer overflow, backdoor, cross site scripting)</source>
        <translation>Tentative de compromettre un système ou de perturber un service en exploitant des vulnérabilités dotées d&apos;un identifiant normalisé tel qu&apos;un nom CVE (p. ex. au moyen d&apos;un dépassement de tampon, d&apos;une porte dérobée, de cross-site scripting)</translation>
    </message>
    <message>
        <source>Login Attempts</source>
        <translation>Tentatives de connexion</translation>
    </message>
    <message>
        <source>Multiple brute-force login attempts (including guessing or cracking of passwords). This IOC refers to a resource, which has been observed to perform brute-force attacks over a given application protocol.</source>
        <translation>Multiples tentatives de connexion par force brute (y compris la devinette ou le cassage de mots de passe). Cet IOC désigne une ressource observée en train de mener des attaques par force brute sur un protocole applicatif donné.</translation>
    </message>
    <message>
        <source>New Attack Signature</source>
        <translation>Nouvelle signature d&apos;attaque</translation>
    </message>
    <message>
        <source>An attack using an unknown exploit.</source>
        <translation>Une attaque utilisant un exploit inconnu.</translation>
    </message>
    <message>
        <source>Intrusions</source>
        <translation>Intrusions</translation>
    </message>
    <message>
        <source>A successful compromise of a system or application (service). This can have been caused remotely by a known or new vulnerability, but also by an unauthorised local access. Also includes being part of a botnet.</source>
        <translation>Compromission réussie d&apos;un système ou d&apos;une application (service). Elle peut avoir été causée à distance par une vulnérabilité connue ou nouvelle, mais aussi par un accès local non autorisé. Comprend aussi l&apos;appartenance à un botnet.</translation>
    </message>
    <message>
        <source>Privileged Account Compromise</source>
        <translation>Compromission d&apos;un compte privilégié</translation>
    </message>
    <message>
        <source>Compromise of a system where the attacker has gained administrative privileges.</source>
        <translation>Compromission d&apos;un système dans laquelle l&apos;attaquant a obtenu des privilèges d&apos;administration.</translation>
    </message>
    <message>
        <source>Unprivileged Account Compromise</source>
        <translation>Compromission d&apos;un compte non privilégié</translation>
    </message>
    <message>
        <source>Compromise of a system using an unprivileged (user/service) account.</source>
        <translation>Compromission d&apos;un système au moyen d&apos;un compte non privilégié (utilisateur/service).</translation>
    </message>
    <message>
        <source>Application Compromise</source>
        <translation>Compromission d&apos;une application</translation>
    </message>
    <message>
        <source>Compromise of an application by exploiting (un)known software vulnerabilities, e.g., SQL injection.</source>
        <translation>Compromission d&apos;une application par l&apos;exploitation de vulnérabilités logicielles (in)connues, p. ex. injection SQL.</translation>
    </message>
    <message>
        <source>System Compromise</source>
        <translation>Compromission d&apos;un système</translation>
    </message>
    <message>
        <source>Compromise of a system, e.g., unauthorised logins or commands. This includes attempts to compromise honeypot systems.</source>
        <translation>Compromission d&apos;un système, p. ex. connexions ou commandes non autorisées. Comprend les tentatives de compromission de systèmes pots de miel.</translation>
    </message>
    <message>
        <source>Burglary</source>
        <translation>Cambriolage</translation>
    </message>
    <message>
        <source>Physical intrusion, e.g., into a corporate building or data centre.</source>
        <translation>Intrusion physique, p. ex. dans un bâtiment d&apos;entreprise ou un centre de données.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>By this kind of an attack a system is bombarded with so many packets that the operations are delayed or the system crashes. DoS examples are ICMP and SYN floods, Teardrop attacks and mail-bombing. DDoS often is based on DoS attacks originating from botnets, but also other scenarios exist like DNS Amplification attacks. However, the availability also can be affected by local actions (destruction, disruption of power supply, etc.) – or by Act of God, spontaneous failures or human error, without malice or gross neglect being involved.</source>
        <translation>Dans ce type d&apos;attaque, un système est bombardé de tant de paquets que les opérations sont retardées ou que le système tombe en panne. Exemples de DoS&#xa0;: inondations ICMP et SYN, attaques Teardrop et bombardement de courriels. Un DDoS repose souvent sur des attaques DoS issues de botnets, mais d&apos;autres scénarios existent, comme les attaques par amplification DNS. La disponibilité peut toutefois aussi être affectée par des actions locales (destruction, coupure de l&apos;alimentation électrique, etc.) – ou par un cas de force majeure, des pannes spontanées ou une erreur humaine, sans malveillance ni négligence grave.</translation>
    </message>
    <message>
        <source>Denial of Service</source>
        <translation>Déni de service</translation>
    </message>
    <message>
        <source>Denial of Service attack, e.g., sending specially crafted requests to a web application which causes the application to crash or slow down.</source>
        <translation>Attaque par déni de service, p. ex. envoi de requêtes spécialement conçues à une application web qui provoquent son plantage ou son ralentissement.</translation>
    </message>
    <message>
        <source>Distributed Denial of Service</source>
        <translation>Déni de service distribué</translation>
    </message>
    <message>
        <source>Distributed Denial of Service attack, e.g., SYN flood or UDP-based reflection/amplification attacks.</source>
        <translation>Attaque par déni de service distribué, p. ex. inondation SYN ou attaques par réflexion/amplification basées sur UDP.</translation>
    </message>
    <message>
        <source>Misconfiguration</source>
        <translation>Mauvaise configuration</translation>
    </message>
    <message>
        <source>Software misconfiguration resulting in service availability issues, e.g., DNS server with outdated DNSSEC Root Zone KSK.</source>
        <translation>Mauvaise configuration logicielle entraînant des problèmes de disponibilité du service, p. ex. un serveur DNS avec une KSK de zone racine DNSSEC obsolète.</translation>
    </message>
    <message>
        <source>Sabotage</source>
        <translation>Sabotage</translation>
    </message>
    <message>
        <source>Intentional actions maliciously threatening to, attempting to or actually damaging a system or component with the aim of disrupting the availability of a service. These can happen both at logical and physical levels, from malicious firewall rules dropping all traffic, to wire-cutting, bomb threats or arson.</source>
        <translation>Actions intentionnelles menaçant de manière malveillante d&apos;endommager, tentant d&apos;endommager ou endommageant effectivement un système ou un composant dans le but de perturber la disponibilité d&apos;un service. Elles peuvent se produire au niveau logique comme physique, des règles de pare-feu malveillantes rejetant tout le trafic jusqu&apos;aux câbles sectionnés, alertes à la bombe ou incendies criminels.</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Panne</translation>
    </message>
    <message>
        <source>An outage caused, for example, by air conditioning failure or natural disaster.</source>
        <translation>Une panne causée, par exemple, par une défaillance de la climatisation ou une catastrophe naturelle.</translation>
    </message>
    <message>
        <source>Information Content Security</source>
        <translation>Sécurité du contenu de l&apos;information</translation>
    </message>
    <message>
        <source>Besides a local abuse of data and systems the information security can be endangered by a successful account or application compromise. Furthermore attacks are possible that intercept and access information during transmission (wiretapping, spoofing or hijacking). Human/configuration/software error can also be the cause.</source>
        <translation>Outre un abus local de données et de systèmes, la sécurité de l&apos;information peut être mise en danger par la compromission réussie d&apos;un compte ou d&apos;une application. Des attaques sont en outre possibles pour intercepter les informations et y accéder pendant leur transmission (écoute, usurpation ou détournement). Une erreur humaine, de configuration ou logicielle peut aussi en être la cause.</translation>
    </message>
    <message>
        <source>Unauthorised Access to Information</source>
        <translation>Accès non autorisé à l&apos;information</translation>
    </message>
    <message>
        <source>Unauthorised access to information, e.g., by abusing stolen login credentials for a system or application, intercepting traffic or gaining access to physical documents.</source>
        <translation>Accès non autorisé à l&apos;information, p. ex. par l&apos;abus d&apos;identifiants de connexion volés pour un système ou une application, l&apos;interception de trafic ou l&apos;accès à des documents physiques.</translation>
    </message>
    <message>
        <source>Unauthorised Modification of Information</source>
        <translation>Modification non autorisée de l&apos;information</translation>
    </message>
    <message>
        <source>Unauthorised modification of information, e.g., by an attacker abusing stolen login credentials for a system or application, or ransomware encrypting data. Also includes defacements.</source>
        <translation>Modification non autorisée de l&apos;information, p. ex. par un attaquant abusant d&apos;identifiants de connexion volés pour un système ou une application, ou par un rançongiciel chiffrant des données. Comprend aussi les défigurations.</translation>
    </message>
    <message>
        <source>Data Loss</source>
        <translation>Perte de données</translation>
    </message>
    <message>
        <source>Loss of data caused by, for example, hard disk failure or physical theft.</source>
        <translation>Perte de données causée, par exemple, par une panne de disque dur ou un vol physique.</translation>
    </message>
    <message>
        <source>Leak of Confidential Information</source>
        <translation>Fuite d&apos;informations confidentielles</translation>
    </message>
    <message>
        <source>Leaked confidential information, e.g., credentials or personal data.</source>
        <translation>Informations confidentielles divulguées, p. ex. identifiants ou données personnelles.</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Fraude</translation>
    </message>
    <message>
        <source>Fraud.</source>
        <translation>Fraude.</translation>
    </message>
    <message>
        <source>Unauthorised Use of Resources</source>
        <translation>Utilisation non autorisée de ressources</translation>
    </message>
    <message>
        <source>Using resources for unauthorised purposes including profit-making ventures, e.g., the use of email to participate in illegal profit chain letters or pyramid schemes.</source>
        <translation>Utilisation de ressources à des fins non autorisées, y compris des entreprises lucratives, p. ex. l&apos;utilisation du courriel pour participer à des chaînes de lettres illégales ou à des systèmes pyramidaux.</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Droit d&apos;auteur</translation>
    </message>
    <message>
        <source>Offering or installing copies of unlicensed commercial software or other copyright protected materials (also known as Warez).</source>
        <translation>Offre ou installation de copies de logiciels commerciaux sans licence ou d&apos;autres contenus protégés par le droit d&apos;auteur (aussi appelés warez).</translation>
    </message>
    <message>
        <source>Masquerade</source>
        <translation>Usurpation</translation>
    </message>
    <message>
        <source>Type of attack in which one entity illegitimately impersonates the identity of another in order to benefit from it.</source>
        <translation>Type d&apos;attaque dans lequel une entité usurpe illégitimement l&apos;identité d&apos;une autre pour en tirer profit.</translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation>Hameçonnage</translation>
    </message>
    <message>
        <source>Masquerading as another entity in order to persuade the user to reveal private credentials. This IOC most often refers to a URL, which is used to phish user credentials.</source>
        <translation>Se faire passer pour une autre entité afin de persuader l&apos;utilisateur de révéler ses identifiants privés. Cet IOC désigne le plus souvent une URL utilisée pour hameçonner des identifiants d&apos;utilisateurs.</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Vulnérable</translation>
    </message>
    <message>
        <source>Open resolvers, world-readable printers, vulnerabilities apparent from scans, anti-virus signatures not up-to-date, etc.</source>
        <translation>Résolveurs ouverts, imprimantes lisibles par tous, vulnérabilités visibles lors de balayages, signatures antivirus pas à jour, etc.</translation>
    </message>
    <message>
        <source>Weak Cryptography</source>
        <translation>Cryptographie faible</translation>
    </message>
    <message>
        <source>Publicly accessible services offering weak cryptography, e.g., web servers susceptible to POODLE/FREAK attacks.</source>
        <translation>Services accessibles publiquement offrant une cryptographie faible, p. ex. serveurs web vulnérables aux attaques POODLE/FREAK.</translation>
    </message>
    <message>
        <source>DDoS Amplifier</source>
        <translation>Amplificateur DDoS</translation>
    </message>
    <message>
        <source>Publicly accessible services that can be abused for conducting DDoS reflection/amplification attacks, e.g., DNS open-resolvers or NTP servers with monlist enabled.</source>
        <translation>Services accessibles publiquement qui peuvent être détournés pour mener des attaques DDoS par réflexion/amplification, p. ex. résolveurs DNS ouverts ou serveurs NTP avec monlist activé.</translation>
    </message>
    <message>
        <source>Potentially Unwanted Accessible Services</source>
        <translation>Services accessibles potentiellement indésirables</translation>
    </message>
    <message>
        <source>Potentially unwanted publicly accessible services, e.g., Telnet, RDP or VNC.</source>
        <translation>Services accessibles publiquement potentiellement indésirables, p. ex. Telnet, RDP ou VNC.</translation>
    </message>
    <message>
        <source>Information Disclosure</source>
        <translation>Divulgation d&apos;informations</translation>
    </message>
    <message>
        <source>Publicly accessible services potentially disclosing sensitive information, e.g., SNMP or Redis.</source>
        <translation>Services accessibles publiquement divulguant potentiellement des informations sensibles, p. ex. SNMP ou Redis.</translation>
    </message>
    <message>
        <source>Vulnerable System</source>
        <translation>Système vulnérable</translation>
    </message>
    <message>
        <source>A system which is vulnerable to certain attacks, e.g., misconfigured client proxy settings (such as WPAD), outdated operating system version, or cross-site scripting vulnerabilities.</source>
        <translation>Système vulnérable à certaines attaques, p. ex. paramètres de proxy client mal configurés (comme WPAD), version de système d&apos;exploitation obsolète ou vulnérabilités de cross-site scripting.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>All incidents which don&apos;t fit in one of the given categories should be put into this class. If the number of incidents in this category increases, it is an indicator that the classification scheme must be revised.</source>
        <translation>Tous les incidents qui n&apos;entrent dans aucune des catégories données doivent être placés dans cette classe. Si le nombre d&apos;incidents de cette catégorie augmente, c&apos;est le signe que le schéma de classification doit être révisé.</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Non catégorisé</translation>
    </message>
    <message>
        <source>All incidents which don&apos;t fit in one of the given categories should be put into this class or the incident is not categorised.</source>
        <translation>Tous les incidents qui n&apos;entrent dans aucune des catégories données doivent être placés dans cette classe, ou l&apos;incident n&apos;est pas catégorisé.</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>The categorisation of the incident is unknown/undetermined.</source>
        <translation>La catégorisation de l&apos;incident est inconnue/indéterminée.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Meant for testing.</source>
        <translation>Destiné aux tests.</translation>
    </message>
    <message>
        <source>An entry of the incident taxonomy is not a JSON object.</source>
        <translation>Une entrée de la taxonomie des incidents n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>An entry of the incident taxonomy has no &quot;value&quot; text (its machine-tag key).</source>
        <translation>Une entrée de la taxonomie des incidents n&apos;a pas de texte «&#x202f;value&#x202f;» (sa clé de machine tag).</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not allowed: use lower-case letters, digits and hyphens.</source>
        <translation>La clé «&#x202f;%1&#x202f;» n&apos;est pas autorisée&#xa0;: utilisez des lettres minuscules, des chiffres et des traits d&apos;union.</translation>
    </message>
    <message>
        <source>The display name (&quot;expanded&quot;) must be text.</source>
        <translation>Le nom affiché («&#x202f;expanded&#x202f;») doit être du texte.</translation>
    </message>
    <message>
        <source>The description must be text.</source>
        <translation>La description doit être du texte.</translation>
    </message>
    <message>
        <source>The incident taxonomy has no &quot;%1&quot; list.</source>
        <translation>La taxonomie des incidents n&apos;a pas de liste «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the incident taxonomy must be a list.</source>
        <translation>«&#x202f;%1&#x202f;» dans la taxonomie des incidents doit être une liste.</translation>
    </message>
    <message>
        <source>The incident taxonomy is not valid JSON: %1.</source>
        <translation>La taxonomie des incidents n&apos;est pas du JSON valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>position %1</translation>
    </message>
    <message>
        <source>The incident taxonomy must be a JSON object with &quot;predicates&quot; and &quot;values&quot;.</source>
        <translation>La taxonomie des incidents doit être un objet JSON avec «&#x202f;predicates&#x202f;» et «&#x202f;values&#x202f;».</translation>
    </message>
    <message>
        <source>The taxonomy&apos;s namespace is not &quot;%1&quot;.</source>
        <translation>L&apos;espace de noms de la taxonomie n&apos;est pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The incident taxonomy lists no incident classes.</source>
        <translation>La taxonomie des incidents ne liste aucune classe d&apos;incident.</translation>
    </message>
    <message>
        <source>The incident class &quot;%1&quot; is listed twice.</source>
        <translation>La classe d&apos;incident «&#x202f;%1&#x202f;» est listée deux fois.</translation>
    </message>
    <message>
        <source>Each item of &quot;values&quot; must be a JSON object with &quot;predicate&quot; and &quot;entry&quot;.</source>
        <translation>Chaque élément de «&#x202f;values&#x202f;» doit être un objet JSON avec «&#x202f;predicate&#x202f;» et «&#x202f;entry&#x202f;».</translation>
    </message>
    <message>
        <source>Types are given without the &quot;predicate&quot; (incident class) they belong to.</source>
        <translation>Des types sont indiqués sans le «&#x202f;predicate&#x202f;» (classe d&apos;incident) auquel ils appartiennent.</translation>
    </message>
    <message>
        <source>Types are given for &quot;%1&quot;, which is not an incident class in &quot;predicates&quot;.</source>
        <translation>Des types sont indiqués pour «&#x202f;%1&#x202f;», qui n&apos;est pas une classe d&apos;incident dans «&#x202f;predicates&#x202f;».</translation>
    </message>
    <message>
        <source>The incident type &quot;%1&quot; is listed twice in the class &quot;%2&quot;.</source>
        <translation>Le type d&apos;incident «&#x202f;%1&#x202f;» est listé deux fois dans la classe «&#x202f;%2&#x202f;».</translation>
    </message>
</context>
<context>
    <name>fb::SavedSearches</name>
    <message>
        <source>My active tickets</source>
        <translation>Mes tickets actifs</translation>
    </message>
    <message>
        <source>TLP:RED</source>
        <translation>TLP:RED</translation>
    </message>
    <message>
        <source>My open tasks</source>
        <extracomment>A saved search: tickets with a task of mine still open.</extracomment>
        <translation>Mes tâches ouvertes</translation>
    </message>
</context>
<context>
    <name>fb::SecurityTxt</name>
    <message>
        <source>The profile names no e-mail address (2.7) for the Contact field.</source>
        <translation>Le profil ne nomme aucune adresse électronique (2.7) pour le champ Contact.</translation>
    </message>
    <message>
        <source>Line %1 of the security.txt is neither a comment nor a “Field: value” line.</source>
        <translation>La ligne %1 du security.txt n&apos;est ni un commentaire ni une ligne «&#x202f;Champ: valeur&#x202f;».</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <source>“%1” is not an RFC 3339 date and time such as 2026-12-31T23:59:00Z.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une date et heure RFC 3339 telle que 2026-12-31T23:59:00Z.</translation>
    </message>
    <message>
        <source>The file expired on %1.</source>
        <translation>Le fichier a expiré le %1.</translation>
    </message>
    <message>
        <source>Expires (%1) is more than a year ahead; RFC 9116 asks for less.</source>
        <translation>Expires (%1) est à plus d&apos;un an&#x202f;; la RFC 9116 demande moins.</translation>
    </message>
    <message>
        <source>“%1” is not a URI.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un URI.</translation>
    </message>
    <message>
        <source>“%1” must use https, not http.</source>
        <translation>«&#x202f;%1&#x202f;» doit utiliser https, pas http.</translation>
    </message>
    <message>
        <source>The canonical URI “%1” must be an https URL.</source>
        <translation>L&apos;URI canonique «&#x202f;%1&#x202f;» doit être une URL https.</translation>
    </message>
    <message>
        <source>The Contact field is required.</source>
        <translation>Le champ Contact est obligatoire.</translation>
    </message>
    <message>
        <source>The Expires field is required.</source>
        <translation>Le champ Expires est obligatoire.</translation>
    </message>
    <message>
        <source>The Expires field must appear only once.</source>
        <translation>Le champ Expires ne doit apparaître qu&apos;une fois.</translation>
    </message>
    <message>
        <source>The Preferred-Languages field must appear only once.</source>
        <translation>Le champ Preferred-Languages ne doit apparaître qu&apos;une fois.</translation>
    </message>
</context>
<context>
    <name>fb::SessionCommands</name>
    <message>
        <source>Ask for the passphrase once, check that it opens the workspace, and keep the key derived from it (never the passphrase) in the kernel keyring of this login session for DURATION. Until then, or until lock, later commands of the same user on the same workspace file open it without asking and without the slow key derivation. The key is never written to the disk; the user&apos;s other processes and root can read it while it is kept. A passphrase change forgets it; --no-session ignores it.</source>
        <translation>Demander la phrase secrète une fois, vérifier qu&apos;elle ouvre l&apos;espace de travail, et conserver la clé qui en est dérivée (jamais la phrase secrète) dans le trousseau de clés du noyau de cette session de connexion pendant DURATION. Jusque-là, ou jusqu&apos;à lock, les commandes suivantes du même utilisateur sur le même fichier d&apos;espace de travail l&apos;ouvrent sans la demander et sans la lente dérivation de clé. La clé n&apos;est jamais écrite sur le disque&#x202f;; les autres processus de l&apos;utilisateur et root peuvent la lire tant qu&apos;elle est conservée. Un changement de phrase secrète l&apos;oublie&#x202f;; --no-session l&apos;ignore.</translation>
    </message>
    <message>
        <source>Keep the key for DURATION: 30s, 15m, 2h... (default 15m, at most 12h).</source>
        <translation>Conserver la clé pendant DURATION&#xa0;: 30s, 15m, 2h... (par défaut 15m, au plus 12h).</translation>
    </message>
    <message>
        <source>Unlocked %1 until %2; lock forgets the key sooner.</source>
        <translation>%1 déverrouillé jusqu&apos;à %2&#x202f;; lock oublie la clé plus tôt.</translation>
    </message>
    <message>
        <source>Forget the key that unlock kept for the workspace, so that the next command asks for the passphrase again; with --all, the keys of every workspace. Forgetting when nothing is kept is not an error.</source>
        <translation>Oublier la clé conservée par unlock pour l&apos;espace de travail, afin que la commande suivante demande à nouveau la phrase secrète&#x202f;; avec --all, les clés de tous les espaces de travail. Oublier alors que rien n&apos;est conservé n&apos;est pas une erreur.</translation>
    </message>
    <message>
        <source>Forget the kept keys of every workspace.</source>
        <translation>Oublier les clés conservées de tous les espaces de travail.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n kept workspace key(s).</source>
        <translation>
            <numerusform>%n clé d&apos;espace de travail conservée oubliée.</numerusform>
            <numerusform>%n clés d&apos;espace de travail conservées oubliées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked %1: its key is forgotten.</source>
        <translation>%1 verrouillé&#xa0;: sa clé est oubliée.</translation>
    </message>
    <message>
        <source>No key was kept for %1.</source>
        <translation>Aucune clé n&apos;était conservée pour %1.</translation>
    </message>
</context>
<context>
    <name>fb::SettingKeys</name>
    <message>
        <source>Our team: the directory entry that names us in mail, profiles and advisories (id, UUID or name; none to clear)</source>
        <translation>Notre équipe&#xa0;: l&apos;entrée de l&apos;annuaire qui nous désigne dans les courriels, les profils et les avis de sécurité (identifiant, UUID ou nom&#x202f;; none pour effacer)</translation>
    </message>
    <message>
        <source>The fingerprint of the team key that signs and decrypts (auto: the first key of our team)</source>
        <translation>L&apos;empreinte de la clé d&apos;équipe qui signe et déchiffre (auto&#xa0;: la première clé de notre équipe)</translation>
    </message>
    <message>
        <source>The tag in mail subjects, [TAG #123]</source>
        <translation>L&apos;étiquette dans l&apos;objet des courriels, [TAG #123]</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity critical</source>
        <translation>Minutes jusqu&apos;à la première réponse, gravité critique</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity critical</source>
        <translation>Minutes jusqu&apos;à la résolution, gravité critique</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity high</source>
        <translation>Minutes jusqu&apos;à la première réponse, gravité élevée</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity high</source>
        <translation>Minutes jusqu&apos;à la résolution, gravité élevée</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity medium</source>
        <translation>Minutes jusqu&apos;à la première réponse, gravité moyenne</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity medium</source>
        <translation>Minutes jusqu&apos;à la résolution, gravité moyenne</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity low</source>
        <translation>Minutes jusqu&apos;à la première réponse, gravité faible</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity low</source>
        <translation>Minutes jusqu&apos;à la résolution, gravité faible</translation>
    </message>
    <message>
        <source>Directory entries not verified for this many days are stale</source>
        <translation>Les entrées de l&apos;annuaire non vérifiées depuis ce nombre de jours sont périmées</translation>
    </message>
    <message>
        <source>This computer: lock the GUI after this many idle minutes (0: never)</source>
        <translation>Cet ordinateur&#xa0;: verrouiller l&apos;interface graphique après ce nombre de minutes d&apos;inactivité (0&#xa0;: jamais)</translation>
    </message>
    <message>
        <source>This computer: the language of the program (empty: the system&apos;s)</source>
        <translation>Cet ordinateur&#xa0;: la langue du programme (vide&#xa0;: celle du système)</translation>
    </message>
    <message>
        <source>%1 takes a whole number; not “%2”.</source>
        <translation>%1 prend un nombre entier&#x202f;; pas «&#x202f;%2&#x202f;».</translation>
    </message>
    <message>
        <source>There is no setting “%1”.</source>
        <translation>Il n&apos;y a pas de réglage «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Replies written in the composer quote the message they answer (yes or no)</source>
        <translation>Les réponses rédigées dans la fenêtre de rédaction citent le message auquel elles répondent (yes ou no)</translation>
    </message>
    <message>
        <source>%1 takes yes or no; not “%2”.</source>
        <translation>%1 prend yes ou no&#x202f;; pas «&#x202f;%2&#x202f;».</translation>
    </message>
</context>
<context>
    <name>fb::SettingsCommands</name>
    <message>
        <source>(automatic: our team has no key)</source>
        <translation>(automatique&#xa0;: notre équipe n&apos;a pas de clé)</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (automatique)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(système)</translation>
    </message>
    <message>
        <source>There is no setting “%1”; see %2 settings list.</source>
        <translation>Il n&apos;y a pas de réglage «&#x202f;%1&#x202f;»&#x202f;; voir %2 settings list.</translation>
    </message>
    <message>
        <source>Show every setting of the Settings page: the workspace&apos;s (our team, signing key, subject tag, SLA times, stale threshold) and this computer&apos;s (auto-lock, language).</source>
        <translation>Afficher chaque réglage de la page Paramètres&#xa0;: ceux de l&apos;espace de travail (notre équipe, clé de signature, étiquette d&apos;objet, délais SLA, seuil de péremption) et ceux de cet ordinateur (verrouillage automatique, langue).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>PORTÉE</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>A setting, as settings list names it.</source>
        <translation>Un réglage, tel que settings list le nomme.</translation>
    </message>
    <message>
        <source>Show one setting&apos;s value: the value alone (empty when unset), or with --json an object with key, value, scope and description.</source>
        <translation>Afficher la valeur d&apos;un réglage&#xa0;: la valeur seule (vide si elle n&apos;est pas définie), ou avec --json un objet avec key, value, scope et description.</translation>
    </message>
    <message>
        <source>Its new value; more KEY VALUE pairs may follow.</source>
        <translation>Sa nouvelle valeur&#x202f;; d&apos;autres paires CLÉ VALEUR peuvent suivre.</translation>
    </message>
    <message>
        <source>Change settings as the GUI&apos;s Settings page does, checked by the same rules: all pairs are saved together or none is. Times are whole minutes; team takes an id, UUID or name (none clears it); signing-key a full fingerprint (auto: the first key of our team); language a code (system: the system&apos;s).</source>
        <translation>Modifier les réglages comme le fait la page Paramètres de l&apos;interface graphique, contrôlés selon les mêmes règles&#xa0;: toutes les paires sont enregistrées ensemble ou aucune ne l&apos;est. Les délais sont en minutes entières&#x202f;; team prend un identifiant, un UUID ou un nom (none l&apos;efface)&#x202f;; signing-key une empreinte complète (auto&#xa0;: la première clé de notre équipe)&#x202f;; language un code (system&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>settings set takes KEY VALUE pairs; “%1” has no value.</source>
        <translation>settings set prend des paires CLÉ VALEUR&#x202f;; «&#x202f;%1&#x202f;» n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>fb::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Cet espace de travail</translation>
    </message>
    <message>
        <source>The directory entry that is us: it names the team in mail, profiles and advisories.</source>
        <translation>L&apos;entrée de l&apos;annuaire qui nous représente&#xa0;: elle nomme l&apos;équipe dans les courriels, les profils et les avis de sécurité.</translation>
    </message>
    <message>
        <source>Our &amp;team:</source>
        <translation>Notre é&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>The fingerprint of the team key that signs and decrypts for the team. Empty: the first key linked to our directory entry.</source>
        <translation>L&apos;empreinte de la clé de l&apos;équipe qui signe et déchiffre pour l&apos;équipe. Vide&#xa0;: la première clé liée à notre entrée de l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Automatic: the first key linked to our team</source>
        <translation>Automatique&#xa0;: la première clé liée à notre équipe</translation>
    </message>
    <message>
        <source>Team signing &amp;key:</source>
        <translation>&amp;Clé de signature de l&apos;équipe&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. CERT-XX</source>
        <translation>par exemple CERT-XX</translation>
    </message>
    <message>
        <source>Mail subjects carry it with the ticket number, e.g. [CERT-XX #123].</source>
        <translation>Les objets des courriels la portent avec le numéro du ticket, par exemple [CERT-XX #123].</translation>
    </message>
    <message>
        <source>Mail subject ta&amp;g:</source>
        <translation>&amp;Balise d&apos;objet des courriels&#xa0;:</translation>
    </message>
    <message>
        <source>SLA policy:</source>
        <translation>Politique de SLA&#xa0;:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Directory entries not verified for this long are marked stale.</source>
        <translation>Les entrées de l&apos;annuaire non vérifiées depuis cette durée sont marquées comme périmées.</translation>
    </message>
    <message>
        <source>Directory entries are stal&amp;e after:</source>
        <translation>Les entrées de l&apos;annuaire sont &amp;périmées après&#xa0;:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock the workspace after this many idle minutes (0: never).</source>
        <translation>Verrouiller l&apos;espace de travail après ce nombre de minutes d&apos;inactivité (0&#xa0;: jamais).</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after:</source>
        <translation>&amp;Verrouillage automatique après&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language takes effect when Firebreak is started again.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Firebreak.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Non choisie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>&amp;Quote the answered message in replies</source>
        <translation>Ci&amp;ter le message d&apos;origine dans les réponses</translation>
    </message>
    <message>
        <source>A reply written in the composer starts with the text of the message it answers below the template, each line behind “&gt; ”.</source>
        <translation>Une réponse rédigée dans la fenêtre de rédaction commence, sous le modèle, par le texte du message auquel elle répond, chaque ligne précédée de «&#x202f;&gt; &#x202f;».</translation>
    </message>
    <message>
        <source>Run &amp;first-run guide…</source>
        <translation>Lancer le &amp;guide de premiers pas…</translation>
    </message>
    <message>
        <source>Our team, our key and the SLA policy, step by step.</source>
        <translation>Notre équipe, notre clé et la politique de SLA, étape par étape.</translation>
    </message>
</context>
<context>
    <name>fb::SharedStatistics</name>
    <message>
        <source>The statistics export was cancelled.</source>
        <translation>L&apos;export des statistiques a été annulé.</translation>
    </message>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation>La période a besoin d&apos;un premier jour antérieur ou égal à son dernier jour.</translation>
    </message>
    <message>
        <source>The threshold k must be at least %1: with k = %2 a cell of a single incident would be published.</source>
        <translation>Le seuil k doit valoir au moins %1&#xa0;: avec k = %2, une cellule d&apos;un seul incident serait publiée.</translation>
    </message>
    <message>
        <source>Reading the directory…</source>
        <translation>Lecture de l&apos;annuaire…</translation>
    </message>
    <message>
        <source>Counting incidents…</source>
        <translation>Décompte des incidents…</translation>
    </message>
    <message>
        <source>Suppressing small counts…</source>
        <translation>Masquage des petits effectifs…</translation>
    </message>
    <message>
        <source>Counted.</source>
        <translation>Décompte terminé.</translation>
    </message>
    <message>
        <source>The statistics are written as csv or json.</source>
        <translation>Les statistiques s&apos;écrivent en csv ou json.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Every cell with a count above 0 and below k = %1 is suppressed: its count is left out and the cell is marked suppressed. Cells not listed are zero. No totals or subtotals are published, so a suppressed cell cannot be recomputed from them.</source>
        <translation>Toute cellule dont l&apos;effectif est supérieur à 0 et inférieur à k = %1 est masquée&#xa0;: son effectif est omis et la cellule est marquée comme masquée. Les cellules non listées valent zéro. Aucun total ni sous-total n&apos;est publié, de sorte qu&apos;une cellule masquée ne peut pas être recalculée à partir d&apos;eux.</translation>
    </message>
    <message>
        <source>Incidents (not reports, investigations or countermeasures; merged incidents left out) by the UTC month they were created in, their RSIT class and type, and the sector or country of their constituency as the directory records it.</source>
        <translation>Incidents (ni signalements, ni investigations, ni contre-mesures&#x202f;; incidents fusionnés exclus) par mois UTC de création, par classe et type RSIT, et par secteur ou pays de leur communauté desservie tel que l&apos;annuaire l&apos;enregistre.</translation>
    </message>
</context>
<context>
    <name>fb::Shortcuts</name>
    <message>
        <source>Everywhere in the window</source>
        <translation>Partout dans la fenêtre</translation>
    </message>
    <message>
        <source>Pages of the navigation</source>
        <translation>Pages de la navigation</translation>
    </message>
    <message>
        <source>The shown ticket</source>
        <translation>Le ticket affiché</translation>
    </message>
    <message>
        <source>Triage (single keys, while the triage page has the focus)</source>
        <translation>Tri (touches simples, quand la page de tri a le focus)</translation>
    </message>
    <message>
        <source>New ticket (kind, title, TLP, class, incident)</source>
        <translation>Nouveau ticket (nature, titre, TLP, classe, incident)</translation>
    </message>
    <message>
        <source>Import mail files</source>
        <translation>Importer des fichiers de courriel</translation>
    </message>
    <message>
        <source>Search box (free words; ip:, domain:, cve:, owner:me, tlp:, state: …)</source>
        <translation>Champ de recherche (mots libres&#x202f;; ip:, domain:, cve:, owner:me, tlp:, state: …)</translation>
    </message>
    <message>
        <source>Go to a ticket: its number in the search box, then Enter</source>
        <translation>Aller à un ticket&#xa0;: son numéro dans le champ de recherche, puis Entrée</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Triage new reports</source>
        <translation>Trier les nouveaux signalements</translation>
    </message>
    <message>
        <source>Lock the workspace</source>
        <translation>Verrouiller l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (this list)</source>
        <translation>Raccourcis clavier (cette liste)</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à la page «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Take the shown ticket (you become its owner)</source>
        <translation>Prendre en charge le ticket affiché (vous en devenez le responsable)</translation>
    </message>
    <message>
        <source>Write mail from the shown ticket (reply or notification)</source>
        <translation>Écrire un courriel depuis le ticket affiché (réponse ou notification)</translation>
    </message>
    <message>
        <source>Add the comment being written to the ticket&apos;s worklog (in the comment box)</source>
        <translation>Ajouter le commentaire en cours de rédaction au journal de travail du ticket (dans le champ de commentaire)</translation>
    </message>
    <message>
        <source>Mark the shown ticket %1 (%2)</source>
        <translation>Passer le ticket affiché à l&apos;état «&#x202f;%1&#x202f;» (%2)</translation>
    </message>
    <message>
        <source>New incident from this report (asks its title; copies class, TLP, severity, observables; links the report)</source>
        <translation>Nouvel incident à partir de ce signalement (demande son titre&#x202f;; copie la classe, le TLP, la gravité, les observables&#x202f;; rattache le signalement)</translation>
    </message>
    <message>
        <source>Link to an existing incident (type to search, Enter links, Esc goes back)</source>
        <translation>Rattacher à un incident existant (saisir pour rechercher, Entrée rattache, Échap revient)</translation>
    </message>
    <message>
        <source>Reject the report (asks why)</source>
        <translation>Rejeter le signalement (demande pourquoi)</translation>
    </message>
    <message>
        <source>Next report</source>
        <translation>Signalement suivant</translation>
    </message>
    <message>
        <source>Previous report</source>
        <translation>Signalement précédent</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Classe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo the last decision</source>
        <translation>Annuler la dernière décision</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between two keys that do the same thing (&quot;J, Page Down&quot;).</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tool tip and the keys that do the same (&quot;Make me the owner (Ctrl+Shift+T)&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fb::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter: a key or a word</source>
        <translation>Filtrer&#xa0;: une touche ou un mot</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>fb::SignatureText</name>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <extracomment>the key that made a signature is not in the keyring</extracomment>
        <translation>Signataire inconnu</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Valid, key not trusted</source>
        <translation>Valide, clé non approuvée</translation>
    </message>
    <message>
        <source>Key expired</source>
        <translation>Clé expirée</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Clé révoquée</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Signature incorrecte</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>un signataire inconnu</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>The data is not signed.</source>
        <translation>Les données ne sont pas signées.</translation>
    </message>
    <message>
        <source>Signed on %1 with the key %2, which is not in the keyring, so the signature cannot be checked.</source>
        <translation>Signé le %1 avec la clé %2, qui n&apos;est pas dans le trousseau&#x202f;; la signature ne peut donc pas être vérifiée.</translation>
    </message>
    <message>
        <source>Valid signature by %1 (key %2) made on %3.</source>
        <translation>Signature valide de %1 (clé %2) faite le %3.</translation>
    </message>
    <message>
        <source>Valid signature by %1 (key %2) made on %3, but the key is not among the trusted keys, so it may not belong to %1.</source>
        <translation>Signature valide de %1 (clé %2) faite le %3, mais la clé ne fait pas partie des clés approuvées&#x202f;; elle pourrait donc ne pas appartenir à %1.</translation>
    </message>
    <message>
        <source>Signature by %1 (key %2) made on %3 with a key that has expired.</source>
        <translation>Signature de %1 (clé %2) faite le %3 avec une clé qui a expiré.</translation>
    </message>
    <message>
        <source>Signature by %1 (key %2) made on %3 with a key that its owner has revoked.</source>
        <translation>Signature de %1 (clé %2) faite le %3 avec une clé que son titulaire a révoquée.</translation>
    </message>
    <message>
        <source>Bad signature by %1 (key %2): the data was changed after it was signed, or the signature is forged.</source>
        <translation>Signature incorrecte de %1 (clé %2)&#xa0;: les données ont été modifiées après la signature, ou la signature est falsifiée.</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>La signature n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1.</source>
        <translation>La signature n&apos;a pas pu être vérifiée&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The data carries %n signatures; this is the worst of them.</source>
        <translation>
            <numerusform>Les données portent %n signature&#x202f;; voici la pire.</numerusform>
            <numerusform>Les données portent %n signatures&#x202f;; voici la pire d&apos;entre elles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the sender to sign it, or confirm the content through another channel.</source>
        <translation>Demandez à l&apos;expéditeur de le signer, ou confirmez le contenu par un autre canal.</translation>
    </message>
    <message>
        <source>Import the signer&apos;s public key into the workspace keyring (Import key…), compare its fingerprint with the sender through another channel, then verify again.</source>
        <translation>Importez la clé publique du signataire dans le trousseau de l&apos;espace de travail (Importer une clé…), comparez son empreinte avec l&apos;expéditeur par un autre canal, puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>Compare the key&apos;s fingerprint with the sender through another channel, then add the key to the workspace keyring.</source>
        <translation>Comparez l&apos;empreinte de la clé avec l&apos;expéditeur par un autre canal, puis ajoutez la clé au trousseau de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Ask the sender for their current key and, if it matters, a new signature.</source>
        <translation>Demandez à l&apos;expéditeur sa clé actuelle et, si c&apos;est important, une nouvelle signature.</translation>
    </message>
    <message>
        <source>Do not rely on this content. Ask the sender, through another channel, for their new key and a new signature.</source>
        <translation>Ne vous fiez pas à ce contenu. Demandez à l&apos;expéditeur, par un autre canal, sa nouvelle clé et une nouvelle signature.</translation>
    </message>
    <message>
        <source>Do not rely on this content. Get the original again from the sender and verify it again.</source>
        <translation>Ne vous fiez pas à ce contenu. Obtenez à nouveau l&apos;original auprès de l&apos;expéditeur et vérifiez-le à nouveau.</translation>
    </message>
    <message>
        <source>Check that GnuPG is installed and working, then try again.</source>
        <translation>Vérifiez que GnuPG est installé et fonctionne, puis réessayez.</translation>
    </message>
    <message>
        <source>Signature expired</source>
        <extracomment>a good signature whose validity period, set by the signer, is over</extracomment>
        <translation>Signature expirée</translation>
    </message>
    <message>
        <source>Valid signature by %1 (key %2) made on %3, but the signature itself has expired: its signer limited how long it is valid.</source>
        <translation>Signature valide de %1 (clé %2) faite le %3, mais la signature elle-même a expiré&#xa0;: son signataire en a limité la durée de validité.</translation>
    </message>
    <message>
        <source>Ask the sender for a fresh signature if the content still matters.</source>
        <translation>Demandez à l&apos;expéditeur une nouvelle signature si le contenu importe encore.</translation>
    </message>
</context>
<context>
    <name>fb::SingleInstance</name>
    <message>
        <source>Another Firebreak is running.</source>
        <translation>Une autre instance de Firebreak est en cours d&apos;exécution.</translation>
    </message>
</context>
<context>
    <name>fb::SlaCommands</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>RESPONSE</source>
        <translation>RÉPONSE</translation>
    </message>
    <message>
        <source>RESOLVE</source>
        <translation>RÉSOLUTION</translation>
    </message>
    <message>
        <source>Show the time to first response and to resolution for each severity. Times are calendar time, round the clock.</source>
        <translation>Afficher le délai de première réponse et de résolution pour chaque gravité. Les délais sont en temps calendaire, 24 heures sur 24.</translation>
    </message>
    <message>
        <source>1-4 or critical, high, medium, low.</source>
        <translation>1-4 ou critical, high, medium, low.</translation>
    </message>
    <message>
        <source>Time to first response, in minutes.</source>
        <translation>Délai de première réponse, en minutes.</translation>
    </message>
    <message>
        <source>Time to resolution, in minutes.</source>
        <translation>Délai de résolution, en minutes.</translation>
    </message>
    <message>
        <source>Change the times of one severity. Due dates of new tickets, and of tickets whose severity changes, follow the new times.</source>
        <translation>Modifier les délais d&apos;une gravité. Les échéances des nouveaux tickets, et des tickets dont la gravité change, suivent les nouveaux délais.</translation>
    </message>
    <message>
        <source>Severity must be 1 to 4 or critical, high, medium, low; not &apos;%1&apos;.</source>
        <translation>La gravité doit être 1 à 4 ou critical, high, medium, low&#x202f;; pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>SLA times are whole numbers of minutes above zero.</source>
        <translation>Les délais SLA sont des nombres entiers de minutes supérieurs à zéro.</translation>
    </message>
    <message>
        <source>The time to resolution cannot be shorter than the time to response.</source>
        <translation>Le délai de résolution ne peut pas être plus court que le délai de réponse.</translation>
    </message>
</context>
<context>
    <name>fb::SlaPolicy</name>
    <message>
        <source>No due date</source>
        <translation>Pas d&apos;échéance</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Dépassé</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
</context>
<context>
    <name>fb::SlaPolicyEditor</name>
    <message>
        <source>First response (hours)</source>
        <translation>Première réponse (heures)</translation>
    </message>
    <message>
        <source>Resolution (hours)</source>
        <translation>Résolution (heures)</translation>
    </message>
    <message>
        <source>First response for %1, hours</source>
        <translation>Première réponse pour %1, en heures</translation>
    </message>
    <message>
        <source>Resolution for %1, hours</source>
        <translation>Résolution pour %1, en heures</translation>
    </message>
    <message>
        <source>Applies to tickets created or re-rated from now on; existing due dates stay.</source>
        <translation>S&apos;applique aux tickets créés ou réévalués à partir de maintenant&#x202f;; les échéances existantes restent.</translation>
    </message>
</context>
<context>
    <name>fb::SlaPolicyStore</name>
    <message>
        <source>SLA times must be positive (severity %1).</source>
        <translation>Les délais SLA doivent être positifs (gravité %1).</translation>
    </message>
</context>
<context>
    <name>fb::SqliteTicketRepository</name>
    <message>
        <source>There is no ticket %1.</source>
        <translation>Il n&apos;y a pas de ticket %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is not linked to incident %2.</source>
        <translation>Le ticket %1 n&apos;est pas rattaché à l&apos;incident %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address or network.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est ni une adresse IP ni un réseau.</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>Il n&apos;y a pas de tâche %1.</translation>
    </message>
    <message>
        <source>There is no playbook &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas de playbook «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>There is no evidence %1.</source>
        <translation>Il n&apos;y a pas de preuve %1.</translation>
    </message>
    <message>
        <source>There is no timeline event %1.</source>
        <translation>Il n&apos;y a pas d&apos;événement de chronologie %1.</translation>
    </message>
</context>
<context>
    <name>fb::StartDialog</name>
    <message>
        <source>Firebreak: open a workspace</source>
        <translation>Firebreak&#xa0;: ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>Dérivation de la clé…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Workspace file:</source>
        <translation>Fichier d&apos;espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>Open demo workspace</source>
        <translation>Ouvrir l&apos;espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Firebreak workspaces (*.firebreak)</source>
        <translation>Espaces de travail Firebreak (*.firebreak)</translation>
    </message>
    <message>
        <source>A workspace is one encrypted file. Its passphrase cannot be recovered: keep it somewhere safe.</source>
        <translation>Un espace de travail est un fichier chiffré. Sa phrase secrète ne peut pas être récupérée&#xa0;: conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>New file:</source>
        <translation>Nouveau fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Choose a workspace file first.</source>
        <translation>Choisissez d&apos;abord un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>There is no workspace file at %1.</source>
        <translation>Il n&apos;y a pas de fichier d&apos;espace de travail à %1.</translation>
    </message>
    <message>
        <source>Enter the workspace&apos;s passphrase.</source>
        <translation>Saisissez la phrase secrète de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The demo workspace is not available in this build yet: its demo data generator has not landed.</source>
        <translation>L&apos;espace de travail de démonstration n&apos;est pas encore disponible dans cette version&#xa0;: son générateur de données de démonstration n&apos;a pas encore été intégré.</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Création de l&apos;espace de travail de démonstration…</translation>
    </message>
    <message>
        <source>Choose where the new workspace file goes.</source>
        <translation>Choisissez l&apos;emplacement du nouveau fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 existe déjà&#x202f;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>Création de l&apos;espace de travail…</translation>
    </message>
    <message>
        <source>Wrong passphrase for this workspace. Try again.</source>
        <translation>Phrase secrète erronée pour cet espace de travail. Réessayez.</translation>
    </message>
</context>
<context>
    <name>fb::StatisticsExportDialog</name>
    <message>
        <source>Shareable statistics</source>
        <translation>Statistiques partageables</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Counts from 1 to k-1 are suppressed.</source>
        <translation>Les effectifs de 1 à k-1 sont masqués.</translation>
    </message>
    <message>
        <source>Threshold &amp;k:</source>
        <translation>Seuil &amp;k&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Par&#xa0;:</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>C&amp;ancel export</source>
        <translation>A&amp;nnuler l&apos;export</translation>
    </message>
    <message>
        <source>Writing the statistics…</source>
        <translation>Écriture des statistiques…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Décompte…</translation>
    </message>
    <message>
        <source>RSIT class</source>
        <translation>Classe RSIT</translation>
    </message>
    <message>
        <source>RSIT type</source>
        <translation>Type RSIT</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>suppressed (&lt; %1)</source>
        <translation>masqué (&lt; %1)</translation>
    </message>
    <message>
        <source>Between 1 and %1 incidents: left out of the file.</source>
        <translation>Entre 1 et %1 incidents&#xa0;: omis du fichier.</translation>
    </message>
    <message>
        <source>No incidents in this period: the file will list no cells.</source>
        <translation>Aucun incident pendant cette période&#xa0;: le fichier ne listera aucune cellule.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s), of which %1 suppressed. No totals are written.</source>
        <translation>
            <numerusform>%n cellule, dont %1 masquée(s). Aucun total n&apos;est écrit.</numerusform>
            <numerusform>%n cellules, dont %1 masquée(s). Aucun total n&apos;est écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Enregistrer les statistiques</translation>
    </message>
    <message>
        <source>The statistics export was cancelled.</source>
        <translation>L&apos;export des statistiques a été annulé.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>Statistics written to %1.</source>
        <translation>Statistiques écrites dans %1.</translation>
    </message>
</context>
<context>
    <name>fb::StatsCommands</name>
    <message>
        <source>Write the number of incidents per RSIT class, RSIT type, month and constituency sector or country for a period, for publication or for a national team. No observables, titles, ticket numbers or constituency names are written. Every count from 1 to k-1 is suppressed (left out and marked), and no totals are written, so a suppressed count cannot be recomputed. The file states the threshold, the rule, the period, the generator and when it was made. Sector and country come from the directory team whose host organisation, official name or short name is the ticket&apos;s constituency.</source>
        <translation>Écrire le nombre d&apos;incidents par classe RSIT, type RSIT, mois et secteur ou pays de la communauté desservie pour une période, en vue d&apos;une publication ou pour une équipe nationale. Aucun observable, titre, numéro de ticket ni nom de communauté desservie n&apos;est écrit. Chaque effectif de 1 à k-1 est masqué (omis et marqué), et aucun total n&apos;est écrit, de sorte qu&apos;un effectif masqué ne peut pas être recalculé. Le fichier indique le seuil, la règle, la période, le générateur et la date de création. Le secteur et le pays viennent de l&apos;équipe de l&apos;annuaire dont l&apos;organisation hôte, le nom officiel ou le nom court est la communauté desservie du ticket.</translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD, UTC).</source>
        <translation>Le premier jour de la période (AAAA-MM-JJ, UTC).</translation>
    </message>
    <message>
        <source>The last day of the period (YYYY-MM-DD, UTC), included.</source>
        <translation>Le dernier jour de la période (AAAA-MM-JJ, UTC), inclus.</translation>
    </message>
    <message>
        <source>The threshold: counts below it are suppressed (default 5, at least 2).</source>
        <translation>Le seuil&#xa0;: les effectifs inférieurs sont masqués (par défaut 5, au moins 2).</translation>
    </message>
    <message>
        <source>sector (default) or country.</source>
        <translation>sector (par défaut) ou country.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv ou json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Remplacer un fichier de sortie existant.</translation>
    </message>
    <message>
        <source>Give --k as a whole number (at least 2).</source>
        <translation>Indiquez --k sous forme de nombre entier (au moins 2).</translation>
    </message>
    <message>
        <source>Give --by sector or country.</source>
        <translation>Indiquez --by sector ou country.</translation>
    </message>
    <message>
        <source>Give --format csv or json.</source>
        <translation>Indiquez --format csv ou json.</translation>
    </message>
    <message numerus="yes">
        <source>Statistics written to %1: %n cell(s), of which %2 suppressed.</source>
        <translation>
            <numerusform>Statistiques écrites dans %1&#xa0;: %n cellule, dont %2 masquée(s).</numerusform>
            <numerusform>Statistiques écrites dans %1&#xa0;: %n cellules, dont %2 masquée(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --%1 YYYY-MM-DD.</source>
        <translation>Indiquez --%1 AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--%1 is not a date of the form YYYY-MM-DD.</source>
        <translation>--%1 n&apos;est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>fb::TagStore</name>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Une étiquette ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Ticket %1 has no tag &apos;%2&apos;.</source>
        <translation>Le ticket %1 n&apos;a pas d&apos;étiquette «&#x202f;%2&#x202f;».</translation>
    </message>
</context>
<context>
    <name>fb::TaskCommands</name>
    <message>
        <source>&apos;%1&apos; is not a due date: give an ISO 8601 time (2026-05-01T17:00:00Z), an offset from now (30m, 4h, 2d) or none.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une échéance&#xa0;: indiquez une heure ISO 8601 (2026-05-01T17:00:00Z), un délai à partir de maintenant (30m, 4h, 2d) ou none.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task number.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un numéro de tâche.</translation>
    </message>
    <message>
        <source>The task number (see task list).</source>
        <translation>Le numéro de la tâche (voir task list).</translation>
    </message>
    <message>
        <source>Add a task to a ticket by hand, with an owner and a due date if given.</source>
        <translation>Ajouter manuellement une tâche à un ticket, avec un responsable et une échéance s&apos;ils sont indiqués.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>Le numéro du ticket.</translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation>Ce qui est à faire.</translation>
    </message>
    <message>
        <source>More about the task.</source>
        <translation>Plus de détails sur la tâche.</translation>
    </message>
    <message>
        <source>Who does it.</source>
        <translation>Qui s&apos;en charge.</translation>
    </message>
    <message>
        <source>When it is due: an ISO 8601 time or an offset from now (4h, 2d).</source>
        <translation>Son échéance&#xa0;: une heure ISO 8601 ou un délai à partir de maintenant (4h, 2d).</translation>
    </message>
    <message>
        <source>Ticket #%1: task %2 added.</source>
        <translation>Ticket #%1&#xa0;: tâche %2 ajoutée.</translation>
    </message>
    <message>
        <source>List the tasks of a ticket with its progress, or tasks across tickets: --mine for your open tasks, --owner, --open, --overdue.</source>
        <translation>Lister les tâches d&apos;un ticket avec son avancement, ou les tâches de tous les tickets&#xa0;: --mine pour vos tâches ouvertes, --owner, --open, --overdue.</translation>
    </message>
    <message>
        <source>The ticket number; all tickets when not given.</source>
        <translation>Le numéro du ticket&#x202f;; tous les tickets s&apos;il n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>Only your own open tasks (FIREBREAK_ACTOR or the user name).</source>
        <translation>Seulement vos propres tâches ouvertes (FIREBREAK_ACTOR ou le nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Only tasks of this owner.</source>
        <translation>Seulement les tâches de ce responsable.</translation>
    </message>
    <message>
        <source>Only open tasks.</source>
        <translation>Seulement les tâches ouvertes.</translation>
    </message>
    <message>
        <source>Only open tasks whose due date has passed.</source>
        <translation>Seulement les tâches ouvertes dont l&apos;échéance est dépassée.</translation>
    </message>
    <message>
        <source>At most N tasks (default 1000).</source>
        <translation>Au plus N tâches (par défaut 1000).</translation>
    </message>
    <message>
        <source>Give --mine or --owner, not both.</source>
        <translation>Indiquez --mine ou --owner, pas les deux.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of tasks.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un nombre de tâches.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>Ticket #%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Task %1: %2.</source>
        <translation>Tâche %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Set who does a task; without OWNER the task has no owner.</source>
        <translation>Définir qui se charge d&apos;une tâche&#x202f;; sans OWNER, la tâche n&apos;a pas de responsable.</translation>
    </message>
    <message>
        <source>Task %1 has no owner.</source>
        <translation>La tâche %1 n&apos;a pas de responsable.</translation>
    </message>
    <message>
        <source>Task %1 assigned to %2.</source>
        <translation>Tâche %1 attribuée à %2.</translation>
    </message>
    <message>
        <source>Set a task&apos;s due date: an ISO 8601 time, an offset from now (30m, 4h, 2d) or none.</source>
        <translation>Définir l&apos;échéance d&apos;une tâche&#xa0;: une heure ISO 8601, un délai à partir de maintenant (30m, 4h, 2d) ou none.</translation>
    </message>
    <message>
        <source>2026-05-01T17:00:00Z, 4h, 2d or none.</source>
        <translation>2026-05-01T17:00:00Z, 4h, 2d ou none.</translation>
    </message>
    <message>
        <source>Task %1 due %2.</source>
        <translation>Échéance de la tâche %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Task %1 has no due date.</source>
        <translation>La tâche %1 n&apos;a pas d&apos;échéance.</translation>
    </message>
    <message>
        <source>Add a note to a task&apos;s log: kept as written, recorded in the ticket&apos;s history and found by ticket search.</source>
        <translation>Ajouter une note au journal d&apos;une tâche&#xa0;: elle est conservée telle qu&apos;elle a été écrite, enregistrée dans l&apos;historique du ticket et trouvée par ticket search.</translation>
    </message>
    <message>
        <source>The note; or give --file.</source>
        <translation>La note&#x202f;; ou indiquez --file.</translation>
    </message>
    <message>
        <source>Read the note from FILE (- for stdin).</source>
        <translation>Lire la note dans FILE (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Give the note as TEXT or with --file, one of the two.</source>
        <translation>Indiquez la note en TEXT ou avec --file, l&apos;un des deux.</translation>
    </message>
    <message>
        <source>Task %1: note added.</source>
        <translation>Tâche %1&#xa0;: note ajoutée.</translation>
    </message>
    <message>
        <source>Mark a task done.</source>
        <translation>Marquer une tâche comme terminée.</translation>
    </message>
    <message>
        <source>Mark a task not applicable: it does not fit this ticket (tasks are never deleted).</source>
        <translation>Marquer une tâche comme sans objet&#xa0;: elle ne convient pas à ce ticket (les tâches ne sont jamais supprimées).</translation>
    </message>
    <message>
        <source>Open a done or not applicable task again.</source>
        <translation>Rouvrir une tâche terminée ou sans objet.</translation>
    </message>
</context>
<context>
    <name>fb::TaskStore</name>
    <message>
        <source>A task needs a title of at most %1 characters.</source>
        <translation>Une tâche nécessite un titre d&apos;au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Task %1 is already %2.</source>
        <translation>La tâche %1 est déjà %2.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Une note ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A note can be at most %L1 characters long; this one has %L2.</source>
        <translation>Une note peut compter au plus %L1 caractères&#x202f;; celle-ci en compte %L2.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
</context>
<context>
    <name>fb::TaskView</name>
    <message>
        <source>TASK</source>
        <translation>TÂCHE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <extracomment>A task&apos;s due date that has passed.</extracomment>
        <translation>%1 en retard</translation>
    </message>
    <message numerus="yes">
        <source>(%n note(s))</source>
        <translation>
            <numerusform>(%n note)</numerusform>
            <numerusform>(%n notes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminées</translation>
    </message>
    <message numerus="yes">
        <source>, %n not applicable</source>
        <translation>
            <numerusform>, %n sans objet</numerusform>
            <numerusform>, %n sans objet</numerusform>
        </translation>
    </message>
    <message>
        <source>by hand only</source>
        <translation>manuellement uniquement</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
</context>
<context>
    <name>fb::TasksPanel</name>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>The selected task&apos;s description and notes.</source>
        <translation>La description et les notes de la tâche sélectionnée.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>The task does not fit this ticket. Tasks are never deleted.</source>
        <translation>La tâche ne convient pas à ce ticket. Les tâches ne sont jamais supprimées.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Owner of the selected task</source>
        <translation>Responsable de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>A note on the selected task</source>
        <translation>Une note sur la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <source>Add the tasks of a playbook that this ticket does not have yet.</source>
        <translation>Ajouter les tâches d&apos;un playbook que ce ticket n&apos;a pas encore.</translation>
    </message>
    <message>
        <source>Apply playbook</source>
        <translation>Appliquer le playbook</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Tasks (%1/%2)</source>
        <extracomment>The tab of a ticket&apos;s tasks: done (and not applicable) of all.</extracomment>
        <translation>Tâches (%1/%2)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>A task&apos;s due date that has passed (said in words, not only by colour).</extracomment>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>No tasks yet.</source>
        <translation>Aucune tâche pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 terminées</translation>
    </message>
    <message numerus="yes">
        <source>, %n not applicable</source>
        <translation>
            <numerusform>, %n sans objet</numerusform>
            <numerusform>, %n sans objet</numerusform>
        </translation>
    </message>
    <message>
        <source>From playbook %1.</source>
        <translation>Issue du playbook %1.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>This ticket has every task of that playbook already.</source>
        <translation>Ce ticket a déjà toutes les tâches de ce playbook.</translation>
    </message>
</context>
<context>
    <name>fb::TaxonomyCommands</name>
    <message>
        <source>LABEL</source>
        <translation>MARQUAGE</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>SIGNIFICATION</translation>
    </message>
    <message>
        <source>rsit, tlp or pap; all three when left out.</source>
        <translation>rsit, tlp ou pap&#x202f;; les trois si omis.</translation>
    </message>
    <message>
        <source>List the Reference Security Incident Taxonomy (class/type keys as --rsit takes them), the TLP 2.0 labels and the PAP labels.</source>
        <translation>Lister la Reference Security Incident Taxonomy (clés de classe/type telles que --rsit les attend), les marquages TLP 2.0 et les marquages PAP.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a taxonomy; use rsit, tlp or pap.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une taxonomie&#x202f;; utilisez rsit, tlp ou pap.</translation>
    </message>
    <message>
        <source>RSIT</source>
        <translation>RSIT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
</context>
<context>
    <name>fb::TeamDetailView</name>
    <message>
        <source>OpenPGP keys</source>
        <translation>Clés OpenPGP</translation>
    </message>
    <message>
        <source>Import key…</source>
        <translation>Importer une clé…</translation>
    </message>
    <message>
        <source>Import an ASCII-armoured key file and link its keys to this team.</source>
        <translation>Importer un fichier de clés en armure ASCII et lier ses clés à cette équipe.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>No OpenPGP key is linked to this team.</source>
        <translation>Aucune clé OpenPGP n&apos;est liée à cette équipe.</translation>
    </message>
    <message>
        <source>Select a team to see its details.</source>
        <translation>Sélectionnez une équipe pour voir ses détails.</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organisation hôte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Trusted Introducer</source>
        <translation>Trusted Introducer</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis %2</translation>
    </message>
    <message>
        <source>Share with them</source>
        <translation>Partager avec eux</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>not agreed: ask before sharing anything above TLP:CLEAR</source>
        <translation>non convenu&#xa0;: demandez avant de partager quoi que ce soit au-dessus de TLP:CLEAR</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Heures ouvrées</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>RFC 2350</source>
        <translation>RFC 2350</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>The contact details were not verified recently; check them with the team.</source>
        <translation>Les coordonnées n&apos;ont pas été vérifiées récemment&#x202f;; vérifiez-les avec l&apos;équipe.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Communauté desservie</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1, %2: added</source>
        <extracomment>The edit log in the team detail: &quot;2026-03-02 09:00, alice: added&quot;</extracomment>
        <translation>%1, %2&#xa0;: ajoutée</translation>
    </message>
    <message>
        <source>%1, %2: %3 set to “%4”</source>
        <extracomment>&quot;2026-03-02 09:00, alice: notes set to “Call first.”&quot;</extracomment>
        <translation>%1, %2&#xa0;: champ %3 défini à «&#x202f;%4&#x202f;»</translation>
    </message>
    <message>
        <source>%1, %2: %3 cleared (was “%4”)</source>
        <translation>%1, %2&#xa0;: champ %3 vidé (auparavant «&#x202f;%4&#x202f;»)</translation>
    </message>
    <message>
        <source>%1, %2: %3 “%4” → “%5”</source>
        <extracomment>&quot;2026-03-02 09:00, alice: website “https://a.example” → “https://b.example”&quot;</extracomment>
        <translation>%1, %2&#xa0;: champ %3 «&#x202f;%4&#x202f;» → «&#x202f;%5&#x202f;»</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s)</source>
        <translation>
            <numerusform>%n modification antérieure</numerusform>
            <numerusform>%n modifications antérieures</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest changes</source>
        <translation>Dernières modifications</translation>
    </message>
</context>
<context>
    <name>fb::TeamEditDialog</name>
    <message>
        <source>Edit team %1</source>
        <translation>Modifier l&apos;équipe %1</translation>
    </message>
    <message>
        <source>Add a team</source>
        <translation>Ajouter une équipe</translation>
    </message>
    <message>
        <source>Example University CSIRT</source>
        <translation>CSIRT de l&apos;Université Exemple</translation>
    </message>
    <message>
        <source>&amp;Official name:</source>
        <translation>Nom off&amp;iciel&#xa0;:</translation>
    </message>
    <message>
        <source>EXU-CSIRT</source>
        <translation>EXU-CSIRT</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Nom &amp;court&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Host organisation:</source>
        <translation>&amp;Organisation hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;RFC 2350 URL:</source>
        <translation>URL &amp;RFC 2350&#xa0;:</translation>
    </message>
    <message>
        <source>Mon-Fri 08:00-17:00</source>
        <translation>lun.-ven. 08:00-17:00</translation>
    </message>
    <message>
        <source>&amp;Business hours:</source>
        <translation>&amp;Heures ouvrées&#xa0;:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Reachable &amp;24/7</source>
        <translation>Joignable &amp;24/7</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Non convenu</translation>
    </message>
    <message>
        <source>The most restrictive TLP label we may share with this team.</source>
        <translation>Le marquage TLP le plus restrictif que nous pouvons partager avec cette équipe.</translation>
    </message>
    <message>
        <source>Share &amp;up to:</source>
        <translation>Partager j&amp;usqu&apos;à&#xa0;:</translation>
    </message>
    <message>
        <source>I &amp;verified these details now</source>
        <translation>J&apos;ai &amp;vérifié ces coordonnées à l&apos;instant</translation>
    </message>
    <message>
        <source>Records that you confirmed the contact details today; the team is then no longer stale.</source>
        <translation>Enregistre que vous avez confirmé les coordonnées aujourd&apos;hui&#x202f;; l&apos;équipe n&apos;est alors plus périmée.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Communauté desservie</translation>
    </message>
    <message>
        <source>One entry a line: a network (192.0.2.0/24, 2001:db8::/32), an address range, an AS number (AS64496), a domain (example.org, *.ac.uk), a country code (DE), or free text after “text:”.</source>
        <translation>Une entrée par ligne&#xa0;: un réseau (192.0.2.0/24, 2001:db8::/32), une plage d&apos;adresses, un numéro d&apos;AS (AS64496), un domaine (example.org, *.ac.uk), un code de pays (DE) ou du texte libre après «&#x202f;text:&#x202f;».</translation>
    </message>
    <message>
        <source>Linked OpenPGP keys</source>
        <translation>Clés OpenPGP liées</translation>
    </message>
    <message>
        <source>One fingerprint a line. Import the keys themselves with Import → OpenPGP keys… or the team&apos;s Import key… button.</source>
        <translation>Une empreinte par ligne. Importez les clés elles-mêmes avec Importer → Clés OpenPGP… ou le bouton Importer une clé… de l&apos;équipe.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation>&amp;Ajouter l&apos;équipe</translation>
    </message>
    <message>
        <source>The constituency has lines that are not entries:
%1</source>
        <extracomment>%1 lists the refused lines, one a line (&quot;Line 2: …&quot;)</extracomment>
        <translation>La communauté desservie contient des lignes qui ne sont pas des entrées&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>Shown in the team dialog when the team could not be saved; %1 is the reason</extracomment>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>fb::TeamFields</name>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>“%1” is not a team type (one of: %2).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un type d&apos;équipe (parmi&#xa0;: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a Trusted Introducer status (one of: %2).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un statut Trusted Introducer (parmi&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Say yes or no.</source>
        <translation>Répondez par yes ou no.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un marquage TLP.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date or time.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une date ou une heure ISO 8601.</translation>
    </message>
    <message>
        <source>“%1” is not a field that can be set this way (one of: %2).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un champ qui peut être défini de cette façon (parmi&#xa0;: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a date (yyyy-mm-dd).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une date (aaaa-mm-jj).</translation>
    </message>
    <message>
        <source>“%1” is not an OpenPGP fingerprint (40 or 64 hex digits).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une empreinte OpenPGP (40 ou 64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>A team needs an official name.</source>
        <translation>Une équipe nécessite un nom officiel.</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone (such as Europe/Berlin).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un fuseau horaire IANA (comme Europe/Berlin).</translation>
    </message>
    <message>
        <source>A channel needs a value.</source>
        <translation>Un canal nécessite une valeur.</translation>
    </message>
    <message>
        <source>The %1 with %2 expired on %3.</source>
        <translation>%1 avec %2 a expiré le %3.</translation>
    </message>
    <message>
        <source>The %1 with %2 expires on %3.</source>
        <translation>%1 avec %2 expire le %3.</translation>
    </message>
    <message>
        <source>No OpenPGP key is linked: encrypted mail to this team is not possible.</source>
        <translation>Aucune clé OpenPGP liée&#xa0;: un courriel chiffré à cette équipe n&apos;est pas possible.</translation>
    </message>
    <message>
        <source>Never verified.</source>
        <translation>Jamais vérifié.</translation>
    </message>
    <message>
        <source>No OpenPGP key is linked; the entry says where to get one (%1): fetch it, check it and import it.</source>
        <translation>Aucune clé OpenPGP n&apos;est liée&#x202f;; l&apos;entrée indique où en obtenir une (%1)&#xa0;: récupérez-la, vérifiez-la et importez-la.</translation>
    </message>
    <message>
        <source>Stale: last verified by us on %1, more than %2 days ago.</source>
        <translation>Périmé&#xa0;: dernière vérification par nous le %1, il y a plus de %2 jours.</translation>
    </message>
    <message>
        <source>Stale: last updated at the source on %1 (after our last verification on %2), more than %3 days ago.</source>
        <translation>Périmé&#xa0;: dernière mise à jour à la source le %1 (après notre dernière vérification le %2), il y a plus de %3 jours.</translation>
    </message>
    <message>
        <source>Stale: last updated at the source on %1, more than %2 days ago; never verified by us.</source>
        <translation>Périmé&#xa0;: dernière mise à jour à la source le %1, il y a plus de %2 jours&#x202f;; jamais vérifié par nous.</translation>
    </message>
    <message>
        <source>Never verified by us; updated at the source on %1.</source>
        <translation>Jamais vérifié par nous&#x202f;; mis à jour à la source le %1.</translation>
    </message>
</context>
<context>
    <name>fb::TeamFilterBar</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Tout pays</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>Any TI status</source>
        <translation>Tout statut TI</translation>
    </message>
    <message>
        <source>&amp;Stale only</source>
        <translation>&amp;Périmées seulement</translation>
    </message>
    <message>
        <source>Teams whose contact details were not verified within the stale threshold (Settings).</source>
        <translation>Équipes dont les coordonnées n&apos;ont pas été vérifiées dans le délai de péremption (Paramètres).</translation>
    </message>
    <message>
        <source>&amp;Key problems</source>
        <translation>Problèmes de &amp;clés</translation>
    </message>
    <message>
        <source>Teams with a key that is missing, revoked, expired or expires within 30 days.</source>
        <translation>Équipes dont une clé est absente, révoquée, expirée ou expire dans les 30 jours.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fb::TeamOptions</name>
    <message>
        <source>Set a field: FIELD=VALUE (repeatable). Fields: %1.</source>
        <translation>Définir un champ&#xa0;: FIELD=VALUE (répétable). Champs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Add an e-mail address, optionally with a usage: ADDRESS[=USAGE].</source>
        <translation>Ajouter une adresse électronique, éventuellement avec un usage&#xa0;: ADDRESS[=USAGE].</translation>
    </message>
    <message>
        <source>Add a phone number: NUMBER[=USAGE].</source>
        <translation>Ajouter un numéro de téléphone&#xa0;: NUMBER[=USAGE].</translation>
    </message>
    <message>
        <source>Add an out-of-band channel: VALUE[=USAGE].</source>
        <translation>Ajouter un canal hors bande&#xa0;: VALUE[=USAGE].</translation>
    </message>
    <message>
        <source>Remove the channel with this value.</source>
        <translation>Retirer le canal ayant cette valeur.</translation>
    </message>
    <message>
        <source>Add a constituency entry: CIDR, range a-b, ASN, domain, *.domain or country.</source>
        <translation>Ajouter une entrée de communauté desservie&#xa0;: CIDR, plage a-b, ASN, domaine, *.domaine ou pays.</translation>
    </message>
    <message>
        <source>Add a free-text constituency entry.</source>
        <translation>Ajouter une entrée de communauté desservie en texte libre.</translation>
    </message>
    <message>
        <source>Remove a constituency entry.</source>
        <translation>Retirer une entrée de communauté desservie.</translation>
    </message>
    <message>
        <source>Link an OpenPGP key by fingerprint.</source>
        <translation>Lier une clé OpenPGP par son empreinte.</translation>
    </message>
    <message>
        <source>Remove a linked key.</source>
        <translation>Retirer une clé liée.</translation>
    </message>
    <message>
        <source>Add an agreement: KIND:PARTY:SIGNED[:EXPIRES] (kind nda, mou, code-of-conduct, other).</source>
        <translation>Ajouter un accord&#xa0;: KIND:PARTY:SIGNED[:EXPIRES] (type nda, mou, code-of-conduct, other).</translation>
    </message>
    <message>
        <source>Record that the entry was verified now, by you.</source>
        <translation>Enregistrer que l&apos;entrée vient d&apos;être vérifiée, par vous.</translation>
    </message>
    <message>
        <source>“%1” is not a channel usage (one of: %2).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un usage de canal (parmi&#xa0;: %2).</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>--set attend FIELD=VALUE, pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The team has no constituency entry “%1”.</source>
        <translation>L&apos;équipe n&apos;a pas d&apos;entrée de communauté desservie «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>--agreement takes KIND:PARTY:SIGNED[:EXPIRES], not “%1”.</source>
        <translation>--agreement attend KIND:PARTY:SIGNED[:EXPIRES], pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The highest TLP label we may share with them (a person without one: their team&apos;s).</source>
        <translation>Le marquage TLP le plus élevé que nous pouvons partager avec eux (une personne qui n&apos;en a pas&#xa0;: celui de son équipe).</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un marquage TLP 2.0.</translation>
    </message>
</context>
<context>
    <name>fb::TeamReader</name>
    <message>
        <source>There is no team %1 in the directory.</source>
        <translation>Il n&apos;y a pas d&apos;équipe %1 dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Several teams are called “%1”; use the id.</source>
        <translation>Plusieurs équipes s&apos;appellent «&#x202f;%1&#x202f;»&#x202f;; utilisez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>There is no team “%1” in the directory.</source>
        <translation>Il n&apos;y a pas d&apos;équipe «&#x202f;%1&#x202f;» dans l&apos;annuaire.</translation>
    </message>
</context>
<context>
    <name>fb::TeamTableModel</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n keys)</source>
        <translation>
            <numerusform>%1 (%n clé)</numerusform>
            <numerusform>%1 (%n clés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid (%n keys)</source>
        <translation>
            <numerusform>Valide (%n clé)</numerusform>
            <numerusform>Valides (%n clés)</numerusform>
        </translation>
    </message>
    <message>
        <source>No OpenPGP key is linked to this team.</source>
        <translation>Aucune clé OpenPGP n&apos;est liée à cette équipe.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (périmé)</translation>
    </message>
    <message>
        <source>Not verified recently: check the contact details with the team.</source>
        <translation>Non vérifié récemment&#xa0;: vérifiez les coordonnées avec l&apos;équipe.</translation>
    </message>
    <message>
        <source>Contact details verified recently.</source>
        <translation>Coordonnées vérifiées récemment.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Official name</source>
        <translation>Nom officiel</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>TI status</source>
        <translation>Statut TI</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
</context>
<context>
    <name>fb::TicketActions</name>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Prendre en charge</translation>
    </message>
    <message>
        <source>Launch &amp;investigation…</source>
        <translation>Lancer une &amp;investigation…</translation>
    </message>
    <message>
        <source>Open an investigation for this incident, linked to it</source>
        <translation>Ouvrir une investigation pour cet incident, rattachée à celui-ci</translation>
    </message>
    <message>
        <source>Launch &amp;countermeasure…</source>
        <translation>Lancer une &amp;contre-mesure…</translation>
    </message>
    <message>
        <source>Open a countermeasure (a block, a takedown) for this incident</source>
        <translation>Ouvrir une contre-mesure (un blocage, un retrait de contenu) pour cet incident</translation>
    </message>
    <message>
        <source>&amp;Link to ticket…</source>
        <translation>&amp;Rattacher à un ticket…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>Fold this duplicate report into another report</source>
        <translation>Fusionner ce signalement en double dans un autre signalement</translation>
    </message>
    <message>
        <source>Add &amp;observable…</source>
        <translation>Ajouter un &amp;observable…</translation>
    </message>
    <message>
        <source>&amp;Remove observable</source>
        <translation>Re&amp;tirer un observable</translation>
    </message>
    <message>
        <source>Add t&amp;ag…</source>
        <translation>Ajouter une éti&amp;quette…</translation>
    </message>
    <message>
        <source>Remove ta&amp;g…</source>
        <translation>Retirer une étiq&amp;uette…</translation>
    </message>
    <message>
        <source>Set &amp;lessons learned…</source>
        <translation>Définir &amp;le retour d&apos;expérience…</translation>
    </message>
    <message>
        <source>Set re&amp;solution…</source>
        <translation>Définir la ré&amp;solution…</translation>
    </message>
    <message>
        <source>&amp;Link a ticket…</source>
        <translation>&amp;Rattacher un ticket…</translation>
    </message>
    <message>
        <source>&amp;Link to incident…</source>
        <translation>&amp;Rattacher à un incident…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket number.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un numéro de ticket.</translation>
    </message>
    <message>
        <source>Take ticket</source>
        <translation>Prendre en charge le ticket</translation>
    </message>
    <message>
        <source>Ticket #%1 is now yours.</source>
        <translation>Le ticket #%1 vous est désormais attribué.</translation>
    </message>
    <message>
        <source>Launch countermeasure</source>
        <translation>Lancer une contre-mesure</translation>
    </message>
    <message>
        <source>Launch investigation</source>
        <translation>Lancer une investigation</translation>
    </message>
    <message>
        <source>%1 #%2 launched for incident #%3.</source>
        <translation>%1 #%2 lancée pour l&apos;incident #%3.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <source>Number of the report, investigation or countermeasure to put under incident #%1:</source>
        <translation>Numéro du signalement, de l&apos;investigation ou de la contre-mesure à rattacher à l&apos;incident #%1&#xa0;:</translation>
    </message>
    <message>
        <source>Number of the incident to link #%1 to:</source>
        <translation>Numéro de l&apos;incident auquel rattacher #%1&#xa0;:</translation>
    </message>
    <message>
        <source>Ticket #%1 linked to incident #%2.</source>
        <translation>Ticket #%1 rattaché à l&apos;incident #%2.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Ticket #%1 is not linked to any ticket.</source>
        <translation>Le ticket #%1 n&apos;est rattaché à aucun ticket.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Unlink which ticket from #%1?</source>
        <translation>Quel ticket détacher de #%1&#x202f;?</translation>
    </message>
    <message>
        <source>Ticket #%1 unlinked from incident #%2.</source>
        <translation>Ticket #%1 détaché de l&apos;incident #%2.</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionner dans</translation>
    </message>
    <message>
        <source>Number of the report that stays (#%1 is merged into it):</source>
        <translation>Numéro du signalement conservé (#%1 y est fusionné)&#xa0;:</translation>
    </message>
    <message>
        <source>Merge report #%1 into %2? Its observables, tags, links and description move over, and #%1 is marked as merged.</source>
        <translation>Fusionner le signalement #%1 dans %2&#x202f;? Ses observables, étiquettes, liens et sa description sont transférés, et #%1 est marqué comme fusionné.</translation>
    </message>
    <message>
        <source>Ticket #%1 merged into #%2.</source>
        <translation>Ticket #%1 fusionné dans #%2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an observable type.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un type d&apos;observable.</translation>
    </message>
    <message>
        <source>Add observable</source>
        <translation>Ajouter un observable</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 added.</source>
        <translation>Ticket #%1&#xa0;: %2 %3 ajouté.</translation>
    </message>
    <message>
        <source>Remove observable</source>
        <translation>Retirer un observable</translation>
    </message>
    <message>
        <source>Ticket #%1 has no observables.</source>
        <translation>Le ticket #%1 n&apos;a aucun observable.</translation>
    </message>
    <message>
        <source>Remove which observable from #%1?</source>
        <translation>Quel observable retirer de #%1&#x202f;?</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 removed.</source>
        <translation>Ticket #%1&#xa0;: %2 %3 retiré.</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>Tag for ticket #%1:</source>
        <translation>Étiquette pour le ticket #%1&#xa0;:</translation>
    </message>
    <message>
        <source>Ticket #%1: tag added.</source>
        <translation>Ticket #%1&#xa0;: étiquette ajoutée.</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <source>Ticket #%1 has no tags.</source>
        <translation>Le ticket #%1 n&apos;a aucune étiquette.</translation>
    </message>
    <message>
        <source>Tag to remove from #%1:</source>
        <translation>Étiquette à retirer de #%1&#xa0;:</translation>
    </message>
    <message>
        <source>Ticket #%1: tag removed.</source>
        <translation>Ticket #%1&#xa0;: étiquette retirée.</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Retour d&apos;expérience</translation>
    </message>
    <message>
        <source>What should the team do differently next time?</source>
        <translation>Que devrait faire l&apos;équipe différemment la prochaine fois&#x202f;?</translation>
    </message>
    <message>
        <source>Lessons learned cannot be empty: write what the team learned. Nothing was changed.</source>
        <translation>Le retour d&apos;expérience ne peut pas être vide&#xa0;: écrivez ce que l&apos;équipe a appris. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>Comment a-t-il été résolu&#x202f;?</translation>
    </message>
    <message>
        <source>The resolution cannot be empty: write how it was resolved. Nothing was changed.</source>
        <translation>La résolution ne peut pas être vide&#xa0;: écrivez comment il a été résolu. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Ticket #%1. %2</source>
        <translation>Ticket #%1. %2</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 set.</source>
        <translation>Ticket #%1&#xa0;: «&#x202f;%2&#x202f;» enregistré.</translation>
    </message>
    <message>
        <source>Make me the owner of this ticket</source>
        <translation>Me désigner comme responsable de ce ticket</translation>
    </message>
    <message>
        <source>Launch in&amp;vestigations…</source>
        <translation>Lancer des in&amp;vestigations…</translation>
    </message>
    <message>
        <source>Ask every team responsible for the incident&apos;s observables: one investigation and notification each</source>
        <translation>Solliciter chaque équipe responsable des observables de l&apos;incident&#xa0;: une investigation et une notification chacune</translation>
    </message>
    <message>
        <source>Reply to all re&amp;porters…</source>
        <translation>Répondre à tous les &amp;déclarants…</translation>
    </message>
    <message>
        <source>Write one reply to each reporter of the incident&apos;s reports</source>
        <translation>Écrire une réponse à chaque déclarant des signalements de l&apos;incident</translation>
    </message>
    <message>
        <source>Launch investigations</source>
        <translation>Lancer des investigations</translation>
    </message>
    <message>
        <source>Investigations %1 launched for incident #%2.</source>
        <translation>Investigations %1 lancées pour l&apos;incident #%2.</translation>
    </message>
    <message>
        <source>Reply to all reporters</source>
        <translation>Répondre à tous les déclarants</translation>
    </message>
    <message numerus="yes">
        <source>Replies stored on %n report(s) of incident #%1.</source>
        <translation>
            <numerusform>Réponses enregistrées sur %n signalement de l&apos;incident #%1.</numerusform>
            <numerusform>Réponses enregistrées sur %n signalements de l&apos;incident #%1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::TicketAudit</name>
    <message>
        <source>Ticket #%1, %2: the history says “%3”, the ticket holds “%4”.</source>
        <translation>Ticket #%1, %2&#xa0;: l&apos;historique indique «&#x202f;%3&#x202f;», le ticket contient «&#x202f;%4&#x202f;».</translation>
    </message>
    <message>
        <source>Ticket #%1, %2: history row %3 found “%4” where the history before it says “%5”: the ticket was changed without going through Firebreak before that row.</source>
        <translation>Ticket #%1, %2&#xa0;: la ligne d&apos;historique %3 a trouvé «&#x202f;%4&#x202f;» là où l&apos;historique précédent indique «&#x202f;%5&#x202f;»&#xa0;: le ticket a été modifié sans passer par Firebreak avant cette ligne.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no creation in the history: it was added without going through Firebreak.</source>
        <translation>Le ticket #%1 n&apos;a pas de création dans l&apos;historique&#xa0;: il a été ajouté sans passer par Firebreak.</translation>
    </message>
    <message>
        <source>Ticket #%1 was deleted: the history records its creation, the workspace has no such ticket.</source>
        <translation>Le ticket #%1 a été supprimé&#xa0;: l&apos;historique enregistre sa création, l&apos;espace de travail n&apos;a pas ce ticket.</translation>
    </message>
    <message>
        <source>Ticket #%1: the history records %2 comments, the ticket holds %3, differing from comment %4 on: a comment was changed, added or deleted without going through Firebreak.</source>
        <translation>Ticket #%1&#xa0;: l&apos;historique enregistre %2 commentaires, le ticket en contient %3, qui diffèrent à partir du commentaire %4&#xa0;: un commentaire a été modifié, ajouté ou supprimé sans passer par Firebreak.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Ticket #%1, task %2: the history and the ticket&apos;s tasks differ: a task or its notes were changed, added or deleted without going through Firebreak.</source>
        <translation>Ticket #%1, tâche %2&#xa0;: l&apos;historique et les tâches du ticket diffèrent&#xa0;: une tâche ou ses notes ont été modifiées, ajoutées ou supprimées sans passer par Firebreak.</translation>
    </message>
    <message>
        <source>Ticket #%1, evidence %2 “%3”: its content no longer matches what was recorded (%4 bytes, SHA-256 %5); it now has %6 bytes, SHA-256 %7.</source>
        <translation>Ticket #%1, preuve %2 «&#x202f;%3&#x202f;»&#xa0;: son contenu ne correspond plus à ce qui a été enregistré (%4 octets, SHA-256 %5)&#x202f;; il fait maintenant %6 octets, SHA-256 %7.</translation>
    </message>
    <message>
        <source>Ticket #%1, evidence %2: the history and the ticket&apos;s evidence differ: a file was added, changed or removed without going through Firebreak.</source>
        <translation>Ticket #%1, preuve %2&#xa0;: l&apos;historique et les preuves du ticket diffèrent&#xa0;: un fichier a été ajouté, modifié ou retiré sans passer par Firebreak.</translation>
    </message>
    <message>
        <source>Ticket #%1, timeline event %2: the history and the ticket&apos;s timeline differ: an event was added, changed or removed without going through Firebreak.</source>
        <translation>Ticket #%1, événement de chronologie %2&#xa0;: l&apos;historique et la chronologie du ticket diffèrent&#xa0;: un événement a été ajouté, modifié ou retiré sans passer par Firebreak.</translation>
    </message>
</context>
<context>
    <name>fb::TicketBulk</name>
    <message>
        <source>Choose at least one ticket.</source>
        <translation>Choisissez au moins un ticket.</translation>
    </message>
    <message>
        <source>At most %L1 tickets can be changed at once; %L2 were chosen.</source>
        <translation>Au plus %L1 tickets peuvent être modifiés à la fois&#x202f;; %L2 ont été choisis.</translation>
    </message>
</context>
<context>
    <name>fb::TicketCommands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class/type of the Reference Security Incident Taxonomy (see: taxonomy list rsit).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une classe/un type de la Reference Security Incident Taxonomy (voir&#xa0;: taxonomy list rsit).</translation>
    </message>
    <message>
        <source>report, incident, investigation or countermeasure.</source>
        <translation>report, incident, investigation ou countermeasure.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>NATURE</translation>
    </message>
    <message>
        <source>One line saying what happened.</source>
        <translation>Une ligne qui dit ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The description.</source>
        <translation>La description.</translation>
    </message>
    <message>
        <source>Read the description from FILE (- for stdin).</source>
        <translation>Lire la description dans FICHIER (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Who works on it.</source>
        <translation>Qui s&apos;en occupe.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TLP 2.0 label: clear, green, amber, amber+strict, red (default amber).</source>
        <translation>Marquage TLP 2.0&#xa0;: clear, green, amber, amber+strict, red (par défaut amber).</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>MARQUAGE</translation>
    </message>
    <message>
        <source>RSIT class/type, e.g. malicious-code/c2-server.</source>
        <translation>Classe/type RSIT, p. ex. malicious-code/c2-server.</translation>
    </message>
    <message>
        <source>CLASS/TYPE</source>
        <translation>CLASSE/TYPE</translation>
    </message>
    <message>
        <source>1-4 or critical, high, medium, low (default medium).</source>
        <translation>1-4 ou critical, high, medium, low (par défaut medium).</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVITÉ</translation>
    </message>
    <message>
        <source>The constituency concerned.</source>
        <translation>La communauté desservie concernée.</translation>
    </message>
    <message>
        <source>Who reported it.</source>
        <translation>Qui l&apos;a signalé.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Parmi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>COMMENT</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation>Une étiquette (répétable).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ÉTIQUETTE</translation>
    </message>
    <message>
        <source>An observable, type guessed (repeatable).</source>
        <translation>Un observable, type deviné (répétable).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>Attach the observables found in the title and description.</source>
        <translation>Joindre les observables trouvés dans le titre et la description.</translation>
    </message>
    <message>
        <source>Link the new ticket under this incident.</source>
        <translation>Rattacher le nouveau ticket à cet incident.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Create a ticket and print its number.</source>
        <translation>Créer un ticket et afficher son numéro.</translation>
    </message>
    <message>
        <source>ticket create needs --kind and --title.</source>
        <translation>ticket create nécessite --kind et --title.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket kind (%2).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une nature de ticket (%2).</translation>
    </message>
    <message>
        <source>Give --description or --description-file, not both.</source>
        <translation>Indiquez --description ou --description-file, pas les deux.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TLP 2.0 label.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un marquage TLP 2.0.</translation>
    </message>
    <message>
        <source>Severity must be 1 to 4 or critical, high, medium, low; not &apos;%1&apos;.</source>
        <translation>La gravité doit être 1 à 4 ou critical, high, medium, low&#x202f;; pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>«&#x202f;%1&#x202f;» ne fait pas partie de&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Only tickets of this kind.</source>
        <translation>Seulement les tickets de cette nature.</translation>
    </message>
    <message>
        <source>Only tickets in this state (repeatable).</source>
        <translation>Seulement les tickets dans cet état (répétable).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>Only open work (active states).</source>
        <translation>Seulement le travail en cours (états actifs).</translation>
    </message>
    <message>
        <source>Only tickets of this owner.</source>
        <translation>Seulement les tickets de ce responsable.</translation>
    </message>
    <message>
        <source>Only tickets with this TLP label.</source>
        <translation>Seulement les tickets portant ce marquage TLP.</translation>
    </message>
    <message>
        <source>Only tickets of this RSIT class.</source>
        <translation>Seulement les tickets de cette classe RSIT.</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>CLASSE</translation>
    </message>
    <message>
        <source>Include reports merged into others.</source>
        <translation>Inclure les signalements fusionnés dans d&apos;autres.</translation>
    </message>
    <message>
        <source>id, due, created, updated or severity (default id).</source>
        <translation>id, due, created, updated ou severity (par défaut id).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>Descending order.</source>
        <translation>Ordre décroissant.</translation>
    </message>
    <message>
        <source>At most N tickets (default 100).</source>
        <translation>Au plus N tickets (par défaut 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip the first N tickets.</source>
        <translation>Sauter les N premiers tickets.</translation>
    </message>
    <message>
        <source>List tickets.</source>
        <translation>Lister les tickets.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sort key (%2).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une clé de tri (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of tickets.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un nombre de tickets.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>Le numéro du ticket.</translation>
    </message>
    <message>
        <source>The new value (dates in ISO 8601).</source>
        <translation>La nouvelle valeur (dates en ISO 8601).</translation>
    </message>
    <message>
        <source>Change one field of a ticket.</source>
        <translation>Modifier un champ d&apos;un ticket.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field that can be set; fields: %2.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un champ modifiable&#x202f;; champs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 set.</source>
        <translation>Ticket #%1&#xa0;: %2 défini.</translation>
    </message>
    <message>
        <source>How it was resolved.</source>
        <translation>Comment il a été résolu.</translation>
    </message>
    <message>
        <source>Lessons learned (needed to resolve an incident).</source>
        <translation>Retour d&apos;expérience (nécessaire pour résoudre un incident).</translation>
    </message>
    <message>
        <source>The new state, e.g. open, resolved, rejected, active, pending-removal.</source>
        <translation>Le nouvel état, p. ex. open, resolved, rejected, active, pending-removal.</translation>
    </message>
    <message>
        <source>Move a ticket to another state.</source>
        <translation>Faire passer un ticket dans un autre état.</translation>
    </message>
    <message>
        <source>Ticket #%1 is now %2.</source>
        <translation>Le ticket #%1 est maintenant %2.</translation>
    </message>
    <message>
        <source>The report, investigation or countermeasure.</source>
        <translation>Le signalement, l&apos;investigation ou la contre-mesure.</translation>
    </message>
    <message>
        <source>The incident.</source>
        <translation>L&apos;incident.</translation>
    </message>
    <message>
        <source>Remove a ticket from an incident.</source>
        <translation>Retirer un ticket d&apos;un incident.</translation>
    </message>
    <message>
        <source>Link a ticket under an incident.</source>
        <translation>Rattacher un ticket à un incident.</translation>
    </message>
    <message>
        <source>Ticket #%1 unlinked from incident #%2.</source>
        <translation>Ticket #%1 détaché de l&apos;incident #%2.</translation>
    </message>
    <message>
        <source>Ticket #%1 linked to incident #%2.</source>
        <translation>Ticket #%1 rattaché à l&apos;incident #%2.</translation>
    </message>
    <message>
        <source>The report that stays.</source>
        <translation>Le signalement qui reste.</translation>
    </message>
    <message>
        <source>The duplicate report, marked as merged.</source>
        <translation>Le signalement en double, marqué comme fusionné.</translation>
    </message>
    <message>
        <source>Merge a duplicate report into another: its observables, tags, links and description move over.</source>
        <translation>Fusionner un signalement en double dans un autre&#xa0;: ses observables, étiquettes, liens et sa description sont transférés.</translation>
    </message>
    <message>
        <source>Ticket #%1 merged into #%2.</source>
        <translation>Ticket #%1 fusionné dans #%2.</translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation>L&apos;étiquette.</translation>
    </message>
    <message>
        <source>Remove a tag from a ticket.</source>
        <translation>Retirer une étiquette d&apos;un ticket.</translation>
    </message>
    <message>
        <source>Add a tag to a ticket.</source>
        <translation>Ajouter une étiquette à un ticket.</translation>
    </message>
    <message>
        <source>Ticket #%1: tag removed.</source>
        <translation>Ticket #%1&#xa0;: étiquette retirée.</translation>
    </message>
    <message>
        <source>Ticket #%1: tag added.</source>
        <translation>Ticket #%1&#xa0;: étiquette ajoutée.</translation>
    </message>
    <message>
        <source>The observable type when guessing is not wanted: %1.</source>
        <translation>Le type d&apos;observable quand on ne veut pas qu&apos;il soit deviné&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Address, network, domain, URL, e-mail, hash, CVE or AS number.</source>
        <translation>Adresse, réseau, domaine, URL, adresse électronique, empreinte, CVE ou numéro d&apos;AS.</translation>
    </message>
    <message>
        <source>Add an observable to a ticket.</source>
        <translation>Ajouter un observable à un ticket.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an observable type.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un type d&apos;observable.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 added.</source>
        <translation>Ticket #%1&#xa0;: %2 %3 ajouté.</translation>
    </message>
    <message>
        <source>Free words (every one must match; word* matches a prefix) and typed terms: %1 (e.g. ip:192.0.2.0/24 owner:me state:open).</source>
        <translation>Mots libres (chacun doit correspondre&#x202f;; mot* correspond à un préfixe) et termes typés&#xa0;: %1 (p. ex. ip:192.0.2.0/24 owner:me state:open).</translation>
    </message>
    <message>
        <source>Search tickets: full text over titles and descriptions, narrowed by typed terms as in the GUI&apos;s search box. Newest first.</source>
        <translation>Rechercher des tickets&#xa0;: texte intégral sur les titres et descriptions, affiné par des termes typés comme dans le champ de recherche de l&apos;interface graphique. Les plus récents d&apos;abord.</translation>
    </message>
    <message>
        <source>Nothing to search for.</source>
        <translation>Rien à rechercher.</translation>
    </message>
    <message>
        <source>Show the history of a ticket, oldest first.</source>
        <translation>Afficher l&apos;historique d&apos;un ticket, du plus ancien au plus récent.</translation>
    </message>
    <message>
        <source>Remove an observable from a ticket; the value stays on other tickets.</source>
        <translation>Retirer un observable d&apos;un ticket&#xa0;; la valeur reste sur les autres tickets.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 removed.</source>
        <translation>Ticket #%1&#xa0;: %2 %3 retiré.</translation>
    </message>
    <message>
        <source>Add an internal comment to a ticket&apos;s worklog. Comments are never mailed; they are kept as written, recorded in the history and found by ticket search.</source>
        <translation>Ajouter un commentaire interne au journal de travail d&apos;un ticket. Les commentaires ne sont jamais envoyés par courriel&#x202f;; ils sont conservés tels qu&apos;ils ont été écrits, enregistrés dans l&apos;historique et trouvés par ticket search.</translation>
    </message>
    <message>
        <source>The comment; or give --file.</source>
        <translation>Le commentaire&#x202f;; ou indiquez --file.</translation>
    </message>
    <message>
        <source>Read the comment from FILE (- for stdin).</source>
        <translation>Lire le commentaire dans FICHIER (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Give the comment as TEXT or with --file, one of the two.</source>
        <translation>Indiquez le commentaire en TEXT ou avec --file, l&apos;un des deux.</translation>
    </message>
    <message>
        <source>Ticket #%1: comment added.</source>
        <translation>Ticket #%1&#xa0;: commentaire ajouté.</translation>
    </message>
    <message>
        <source>Show a ticket with its links, its comments, its correspondence (signatures checked against the workspace keyring) and its history.</source>
        <translation>Afficher un ticket avec ses liens, ses commentaires, sa correspondance (signatures vérifiées avec le trousseau de l&apos;espace de travail) et son historique.</translation>
    </message>
    <message>
        <source>Apply one change to every ticket given: a state change, a field, or a link to an incident. Each ticket follows the same rules as one at a time; unless all of them can take the change, none is changed and every refusal is listed.</source>
        <translation>Appliquer une même modification à chaque ticket indiqué&#xa0;: un changement d&apos;état, un champ ou un rattachement à un incident. Chaque ticket suit les mêmes règles que s&apos;il était modifié seul&#x202f;; si tous ne peuvent pas recevoir la modification, aucun n&apos;est modifié et chaque refus est listé.</translation>
    </message>
    <message>
        <source>The ticket numbers.</source>
        <translation>Les numéros des tickets.</translation>
    </message>
    <message>
        <source>Move each ticket to STATE.</source>
        <translation>Faire passer chaque ticket à l&apos;état ÉTAT.</translation>
    </message>
    <message>
        <source>With --transition: how they were resolved.</source>
        <translation>Avec --transition&#xa0;: comment ils ont été résolus.</translation>
    </message>
    <message>
        <source>With --transition: lessons learned.</source>
        <translation>Avec --transition&#xa0;: retour d&apos;expérience.</translation>
    </message>
    <message>
        <source>Set a field on each ticket: FIELD=VALUE.</source>
        <translation>Définir un champ sur chaque ticket&#xa0;: CHAMP=VALEUR.</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>CHAMP=VALEUR</translation>
    </message>
    <message>
        <source>Link each ticket to incident ID.</source>
        <translation>Rattacher chaque ticket à l&apos;incident ID.</translation>
    </message>
    <message>
        <source>Give exactly one of --transition, --set and --link.</source>
        <translation>Indiquez exactement une option parmi --transition, --set et --link.</translation>
    </message>
    <message>
        <source>--resolution and --lessons go with --transition.</source>
        <translation>--resolution et --lessons s&apos;utilisent avec --transition.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, e.g. tlp=green.</source>
        <translation>--set attend CHAMP=VALEUR, p. ex. tlp=green.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>%n ticket modifié.</numerusform>
            <numerusform>%n tickets modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) refused the change; nothing was changed.</source>
        <translation>
            <numerusform>%n ticket a refusé la modification&#x202f;; rien n&apos;a été modifié.</numerusform>
            <numerusform>%n tickets ont refusé la modification&#x202f;; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look up the incident&apos;s observables (or the ones given) in the directory, group them by the most specific team that handles them and print the plan: one Investigation per team with its observables, address, key status, TLP and whether the notification is encrypted; refused teams with the reason, and the observables no team covers. --preview adds every notification&apos;s text. --confirm creates the Investigations, linked to the incident, and stores on each its notification, signed with the team key and encrypted where the team has a valid key, ready to send (export it with &apos;mail export&apos;). All or nothing.</source>
        <translation>Rechercher les observables de l&apos;incident (ou ceux indiqués) dans l&apos;annuaire, les regrouper par l&apos;équipe la plus spécifique qui les traite et afficher le plan&#xa0;: une investigation par équipe avec ses observables, son adresse, l&apos;état de sa clé, le TLP et si la notification est chiffrée&#x202f;; les équipes refusées avec le motif, et les observables qu&apos;aucune équipe ne couvre. --preview ajoute le texte de chaque notification. --confirm crée les investigations, liées à l&apos;incident, et enregistre sur chacune sa notification, signée avec la clé de l&apos;équipe et chiffrée quand l&apos;équipe a une clé valide, prête à être envoyée (exportez-la avec «&#x202f;mail export&#x202f;»). Tout ou rien.</translation>
    </message>
    <message>
        <source>Plan for this observable instead of the incident&apos;s (repeatable).</source>
        <translation>Planifier pour cet observable au lieu de ceux de l&apos;incident (répétable).</translation>
    </message>
    <message>
        <source>Plan for the observables in this file (white space, commas or semicolons between them; &apos;-&apos; for standard input).</source>
        <translation>Planifier pour les observables de ce fichier (séparés par des blancs, des virgules ou des points-virgules&#x202f;; «&#x202f;-&#x202f;» pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Leave this team out (its id or name; repeatable).</source>
        <translation>Écarter cette équipe (son identifiant ou son nom&#x202f;; répétable).</translation>
    </message>
    <message>
        <source>Print the plan only (the default).</source>
        <translation>Afficher uniquement le plan (par défaut).</translation>
    </message>
    <message>
        <source>Print the plan and the text of every notification.</source>
        <translation>Afficher le plan et le texte de chaque notification.</translation>
    </message>
    <message>
        <source>Launch: create the Investigations and store their notifications.</source>
        <translation>Lancer&#xa0;: créer les investigations et enregistrer leurs notifications.</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key.</source>
        <translation>Signer avec cette clé au lieu de la clé de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Give one of --plan, --preview and --confirm.</source>
        <translation>Indiquez une seule option parmi --plan, --preview et --confirm.</translation>
    </message>
    <message>
        <source>No observable was given.</source>
        <translation>Aucun observable n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>--- Notification to %1 (new Investigation “%2”) ---</source>
        <translation>--- Notification à %1 (nouvelle investigation «&#x202f;%2&#x202f;») ---</translation>
    </message>
    <message>
        <source>No team named “%1” is in the plan.</source>
        <translation>Aucune équipe nommée «&#x202f;%1&#x202f;» ne figure dans le plan.</translation>
    </message>
    <message>
        <source>Investigations for incident #%1 “%2” (%3):</source>
        <translation>Investigations pour l&apos;incident #%1 «&#x202f;%2&#x202f;» (%3)&#xa0;:</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>ÉQUIPE</translation>
    </message>
    <message>
        <source>OBSERVABLES</source>
        <translation>OBSERVABLES</translation>
    </message>
    <message>
        <source>RECIPIENT</source>
        <translation>DESTINATAIRE</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>ENCRYPTED</source>
        <translation>CHIFFRÉ</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lancer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No team in the directory covers these observables.</source>
        <translation>Aucune équipe de l&apos;annuaire ne couvre ces observables.</translation>
    </message>
    <message>
        <source>Refused: %1: %2</source>
        <translation>Refusé&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>For manual handling (no team will be asked):</source>
        <translation>À traiter manuellement (aucune équipe ne sera sollicitée)&#xa0;:</translation>
    </message>
    <message>
        <source>Investigation #%1 for %2: notification stored (%3).</source>
        <translation>Investigation #%1 pour %2&#xa0;: notification enregistrée (%3).</translation>
    </message>
    <message>
        <source>signed and encrypted</source>
        <translation>signé et chiffré</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message numerus="yes">
        <source>Launched %n investigation(s) for incident #%1; export the notifications with &apos;mail export TICKET&apos;.</source>
        <translation>
            <numerusform>%n investigation lancée pour l&apos;incident #%1&#x202f;; exportez les notifications avec «&#x202f;mail export TICKET&#x202f;».</numerusform>
            <numerusform>%n investigations lancées pour l&apos;incident #%1&#x202f;; exportez les notifications avec «&#x202f;mail export TICKET&#x202f;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Write one incident as a report for people outside the tool: summary, linked reports, investigations and countermeasures, tasks, observables, evidence (name, size, SHA-256) and a correspondence summary (date, direction, from, to, subject; no bodies), with our team&apos;s identity and the TLP label at the top and bottom of every page. --sections chooses what goes in (%1; history adds a digest of the ticket&apos;s history). A TLP:RED incident is written only with --confirm-red.</source>
        <translation>Écrire un incident sous forme de rapport destiné à des personnes extérieures à l&apos;outil&#xa0;: résumé, signalements liés, investigations et contre-mesures, tâches, observables, preuves (nom, taille, SHA-256) et un résumé de la correspondance (date, sens, expéditeur, destinataire, objet&#x202f;; sans les corps), avec l&apos;identité de notre équipe et le marquage TLP en haut et en bas de chaque page. --sections choisit le contenu (%1&#x202f;; history ajoute un condensé de l&apos;historique du ticket). Un incident TLP:RED n&apos;est écrit qu&apos;avec --confirm-red.</translation>
    </message>
    <message>
        <source>pdf, html or md.</source>
        <translation>pdf, html ou md.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>The sections, separated by commas (default: all but history).</source>
        <translation>Les sections, séparées par des virgules (par défaut&#xa0;: toutes sauf history).</translation>
    </message>
    <message>
        <source>Confirm that a TLP:RED report may be written.</source>
        <translation>Confirmer qu&apos;un rapport TLP:RED peut être écrit.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FICHIER s&apos;il existe.</translation>
    </message>
    <message>
        <source>Give --format pdf, html or md.</source>
        <translation>Indiquez --format pdf, html ou md.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>Indiquez le fichier à écrire avec --out FILE.</translation>
    </message>
    <message>
        <source>PDF output needs the graphical runtime, which did not start.</source>
        <translation>La sortie PDF a besoin de l&apos;environnement graphique, qui n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>Incident #%1: report written to %2.</source>
        <translation>Incident #%1&#xa0;: rapport écrit dans %2.</translation>
    </message>
</context>
<context>
    <name>fb::TicketEditor</name>
    <message>
        <source>A ticket needs a title.</source>
        <translation>Un ticket nécessite un titre.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>Le titre dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Severity must be 1 (critical) to 4 (low), not %1.</source>
        <translation>La gravité doit aller de 1 (critique) à 4 (faible), pas %1.</translation>
    </message>
    <message>
        <source>&apos;%1/%2&apos; is not a class and type of the Reference Security Incident Taxonomy.</source>
        <translation>«&#x202f;%1/%2&#x202f;» n&apos;est pas une classe et un type de la Reference Security Incident Taxonomy.</translation>
    </message>
    <message>
        <source>A countermeasure must be linked to an incident when it is created.</source>
        <translation>Une contre-mesure doit être rattachée à un incident lors de sa création.</translation>
    </message>
    <message>
        <source>An incident cannot be linked under another incident.</source>
        <translation>Un incident ne peut pas être rattaché à un autre incident.</translation>
    </message>
    <message>
        <source>A ticket needs a title of at most %1 characters.</source>
        <translation>Un ticket nécessite un titre d&apos;au plus %1 caractères.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TLP 2.0 label (CLEAR, GREEN, AMBER, AMBER+STRICT, RED).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un marquage TLP 2.0 (CLEAR, GREEN, AMBER, AMBER+STRICT, RED).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class/type of the Reference Security Incident Taxonomy.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une classe/un type de la Reference Security Incident Taxonomy.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>«&#x202f;%1&#x202f;» ne fait pas partie de&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Severity must be 1 to 4 or critical, high, medium, low; not &apos;%1&apos;.</source>
        <translation>La gravité doit être 1 à 4 ou critical, high, medium, low&#x202f;; pas «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-05-01T17:00:00Z).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une date et heure ISO 8601 (p. ex. 2026-05-01T17:00:00Z).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field that can be set; fields: %2.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un champ modifiable&#x202f;; champs&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>fb::TicketEnums</name>
    <message>
        <source>Incident Report</source>
        <translation>Signalement d&apos;incident</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Countermeasure</source>
        <translation>Contre-mesure</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>how reported</comment>
        <extracomment>How an incident was reported</extracomment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Constituent</source>
        <translation>Membre de la communauté desservie</translation>
    </message>
    <message>
        <source>Other CSIRT</source>
        <translation>Autre CSIRT</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>FAI</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Forces de l&apos;ordre</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>reporter type</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>fb::TicketRelationsPanel</name>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Other tickets with this value</source>
        <translation>Autres tickets avec cette valeur</translation>
    </message>
    <message>
        <source>Who handles this?</source>
        <translation>Qui traite ceci&#x202f;?</translation>
    </message>
    <message>
        <source>Chain not verified yet.</source>
        <translation>Chaîne pas encore vérifiée.</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>#%1 %2 (%3, %4)</source>
        <translation>#%1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Parent incident: %1</source>
        <translation>Incident parent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Child: %1</source>
        <translation>Enfant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Merged into: %1</source>
        <translation>Fusionné dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>No other ticket carries %1.</source>
        <translation>Aucun autre ticket ne porte %1.</translation>
    </message>
    <message numerus="yes">
        <source>History chain intact (%n row(s) checked).</source>
        <translation>
            <numerusform>Chaîne d&apos;historique intacte (%n ligne vérifiée).</numerusform>
            <numerusform>Chaîne d&apos;historique intacte (%n lignes vérifiées).</numerusform>
        </translation>
    </message>
    <message>
        <source>History chain BROKEN at row %1: %2</source>
        <translation>Chaîne d&apos;historique ROMPUE à la ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Look the selected value up in the directory of teams and constituencies.</source>
        <translation>Rechercher la valeur sélectionnée dans l&apos;annuaire des équipes et des communautés desservies.</translation>
    </message>
    <message>
        <source>Correspondence (%1)</source>
        <translation>Correspondance (%1)</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>équipe %1</translation>
    </message>
    <message>
        <source>%1 (country fallback: %2)</source>
        <translation>%1 (repli sur le pays&#xa0;: %2)</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1 (via %2)</translation>
    </message>
    <message>
        <source>No team in the directory handles %1.</source>
        <translation>Aucune équipe de l&apos;annuaire ne traite %1.</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>Enregistré sous&#xa0;: %1</translation>
    </message>
    <message>
        <source>Worklog</source>
        <translation>Journal de travail</translation>
    </message>
    <message>
        <source>No observables yet</source>
        <translation>Pas encore d&apos;observable</translation>
    </message>
    <message>
        <source>Add the addresses, domains, URLs and hashes of this ticket with the button below; other tickets with the same value are found from them.</source>
        <translation>Ajoutez les adresses, domaines, URL et empreintes de ce ticket avec le bouton ci-dessous&#x202f;; ils permettent de trouver les autres tickets portant la même valeur.</translation>
    </message>
    <message>
        <source>No linked tickets</source>
        <translation>Aucun ticket lié</translation>
    </message>
    <message>
        <source>Link this ticket to its incident, or to a related ticket, with the buttons below.</source>
        <translation>Rattachez ce ticket à son incident, ou liez-le à un ticket apparenté, avec les boutons ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to and from this ticket</source>
        <translation>
            <numerusform>%n message envoyé ou reçu pour ce ticket</numerusform>
            <numerusform>%n messages envoyés ou reçus pour ce ticket</numerusform>
        </translation>
    </message>
    <message>
        <source>Worklog (%1)</source>
        <translation>Journal de travail (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Comments, mail and changes in time order; %n comment(s)</source>
        <translation>
            <numerusform>Commentaires, courriels et modifications par ordre chronologique&#x202f;; %n commentaire</numerusform>
            <numerusform>Commentaires, courriels et modifications par ordre chronologique&#x202f;; %n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to timeline…</source>
        <translation>Ajouter à la chronologie…</translation>
    </message>
    <message>
        <source>Add an event for the selected value to the ticket&apos;s timeline.</source>
        <translation>Ajouter à la chronologie du ticket un événement pour la valeur sélectionnée.</translation>
    </message>
</context>
<context>
    <name>fb::TicketRepository</name>
    <message>
        <source>Ticket %1 was merged into %2; change that ticket instead.</source>
        <translation>Le ticket %1 a été fusionné dans %2&#x202f;; modifiez plutôt ce ticket-là.</translation>
    </message>
</context>
<context>
    <name>fb::TicketSearch</name>
    <message>
        <source>Give at least one word to search for.</source>
        <translation>Indiquez au moins un mot à rechercher.</translation>
    </message>
    <message>
        <source>The search &apos;%1&apos; could not be run.</source>
        <translation>La recherche «&#x202f;%1&#x202f;» n&apos;a pas pu être exécutée.</translation>
    </message>
</context>
<context>
    <name>fb::TicketSearchQuery</name>
    <message>
        <source>&apos;%1&apos; is not a value for %2:.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une valeur pour %2:.</translation>
    </message>
    <message>
        <source>Give a value after %1:.</source>
        <translation>Indiquez une valeur après %1:.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TLP label.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un marquage TLP.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket state.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un état de ticket.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket kind.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une nature de ticket.</translation>
    </message>
</context>
<context>
    <name>fb::TicketStatistics</name>
    <message>
        <source>The date range needs a first day on or before its last day.</source>
        <translation>La période a besoin d&apos;un premier jour antérieur ou égal à son dernier jour.</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>First response late</source>
        <translation>Première réponse en retard</translation>
    </message>
    <message>
        <source>Resolution late</source>
        <translation>Résolution en retard</translation>
    </message>
    <message>
        <source>Median first response (h)</source>
        <translation>Médiane première réponse (h)</translation>
    </message>
    <message>
        <source>90th percentile first response (h)</source>
        <translation>90e centile première réponse (h)</translation>
    </message>
    <message>
        <source>Median resolution (h)</source>
        <translation>Médiane résolution (h)</translation>
    </message>
    <message>
        <source>90th percentile resolution (h)</source>
        <translation>90e centile résolution (h)</translation>
    </message>
    <message>
        <source>Reports responded to</source>
        <translation>Signalements ayant reçu une réponse</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>Tickets résolus</translation>
    </message>
</context>
<context>
    <name>fb::TicketTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
</context>
<context>
    <name>fb::TicketView</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Retour d&apos;expérience</translation>
    </message>
    <message>
        <source>Resolving incident %1. What should the team do differently next time?</source>
        <translation>Résolution de l&apos;incident %1. Que devrait faire l&apos;équipe différemment la prochaine fois&#x202f;?</translation>
    </message>
    <message>
        <source>Select a ticket to see it here.</source>
        <translation>Sélectionnez un ticket pour l&apos;afficher ici.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>TLP:</source>
        <translation>TLP&#xa0;:</translation>
    </message>
    <message>
        <source>Class / type:</source>
        <translation>Classe / type&#xa0;:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Constituency:</source>
        <translation>Communauté desservie&#xa0;:</translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation>Échéance de résolution&#xa0;:</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · reported by %4</source>
        <translation>#%1 · %2 · %3 · signalé par %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Marquer %1</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>First response due in %1 (%2)</source>
        <translation>Première réponse attendue dans %1 (%2)</translation>
    </message>
    <message>
        <source>First response overdue by %1 (%2)</source>
        <translation>Première réponse en retard de %1 (%2)</translation>
    </message>
    <message>
        <source>Resolution due in %1 (%2)</source>
        <translation>Résolution attendue dans %1 (%2)</translation>
    </message>
    <message>
        <source>Resolution overdue by %1 (%2)</source>
        <translation>Résolution en retard de %1 (%2)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>NATURE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>SEV</source>
        <translation>GRAV</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>RSIT</source>
        <translation>RSIT</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>[merged into #%1] %2</source>
        <translation>[fusionné dans #%1] %2</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>Aucun ticket.</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>LIGNE</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>ACTEUR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>MODIFICATION</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionné dans</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Communauté desservie</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Reporter type</source>
        <translation>Type de déclarant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Première réponse</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Échéance de réponse</translation>
    </message>
    <message>
        <source>Resolve due</source>
        <translation>Échéance de résolution</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Enfants</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Observables:</source>
        <translation>Observables&#xa0;:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>Write mail…</source>
        <translation>Écrire un courriel…</translation>
    </message>
    <message>
        <source>Correspondence:</source>
        <translation>Correspondance&#xa0;:</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Who works on it: someone who already owns tickets here, you, or a new name</source>
        <translation>Qui le traite&#xa0;: une personne déjà responsable de tickets ici, vous, ou un nouveau nom</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Resolving incident %1 needs its lessons learned; it stays %2.</source>
        <translation>La résolution de l&apos;incident %1 nécessite son retour d&apos;expérience&#x202f;; il reste %2.</translation>
    </message>
    <message>
        <source>The list of owners could not be read: %1</source>
        <translation>La liste des responsables n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reply to the reporter, or notify a correspondent or team</source>
        <translation>Répondre au déclarant, ou notifier un correspondant ou une équipe</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Commentaires&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2&#xa0;:</translation>
    </message>
    <message>
        <source>Tasks (%1):</source>
        <extracomment>A ticket&apos;s tasks, followed by how far they are: &quot;Tasks (3 of 7 done):&quot;.</extracomment>
        <translation>Tâches (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Write this incident up as PDF, HTML or Markdown, with a preview</source>
        <translation>Rédiger le rapport de cet incident en PDF, HTML ou Markdown, avec un aperçu</translation>
    </message>
    <message>
        <source>Export a TLP:RED report</source>
        <translation>Exporter un rapport TLP:RED</translation>
    </message>
    <message>
        <source>Incident #%1 or a ticket linked to it is TLP:RED: its report is for the people present only. Write it anyway?</source>
        <translation>L’incident #%1 ou un ticket qui lui est lié est TLP:RED&#xa0;: son rapport est réservé aux personnes présentes. L’écrire quand même&#x202f;?</translation>
    </message>
    <message>
        <source>Share with a team…</source>
        <translation>Partager avec une équipe…</translation>
    </message>
    <message>
        <source>Save this incident&apos;s observables as a MISP event or IODEF document for another team, behind the TLP gate</source>
        <translation>Enregistrer les observables de cet incident comme événement MISP ou document IODEF pour une autre équipe, derrière le contrôle TLP</translation>
    </message>
</context>
<context>
    <name>fb::TicketWorkflow</name>
    <message>
        <source>Ticket %1 is not an incident.</source>
        <translation>Le ticket %1 n&apos;est pas un incident.</translation>
    </message>
    <message>
        <source>Resolving incident %1 needs its lessons learned.</source>
        <translation>La résolution de l&apos;incident %1 nécessite son retour d&apos;expérience.</translation>
    </message>
    <message>
        <source>Incident %1 cannot be linked under another incident.</source>
        <translation>L&apos;incident %1 ne peut pas être rattaché à un autre incident.</translation>
    </message>
    <message>
        <source>Ticket %1 is already linked to incident %2.</source>
        <translation>Le ticket %1 est déjà rattaché à l&apos;incident %2.</translation>
    </message>
    <message>
        <source>%1 %2 already belongs to incident %3; it can belong to one incident only.</source>
        <translation>%1 %2 appartient déjà à l&apos;incident %3&#x202f;; elle ne peut appartenir qu&apos;à un seul incident.</translation>
    </message>
    <message>
        <source>Ticket %1 is not linked to incident %2.</source>
        <translation>Le ticket %1 n&apos;est pas rattaché à l&apos;incident %2.</translation>
    </message>
    <message>
        <source>Countermeasure %1 must stay linked to an incident; link it to another one first.</source>
        <translation>La contre-mesure %1 doit rester rattachée à un incident&#x202f;; rattachez-la d&apos;abord à un autre.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Un ticket ne peut pas être fusionné dans lui-même.</translation>
    </message>
    <message>
        <source>Only incident reports are merged; %1 and %2 are not both reports.</source>
        <translation>Seuls les signalements d&apos;incident sont fusionnés&#x202f;; %1 et %2 ne sont pas tous deux des signalements.</translation>
    </message>
    <message>
        <source>--- Merged from %1: %2 ---</source>
        <translation>--- Fusionné depuis %1&#xa0;: %2 ---</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a state of %2.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un état de %2.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2 now, not %3; nothing was undone.</source>
        <translation>Le ticket %1 est maintenant %2, pas %3&#x202f;; rien n&apos;a été annulé.</translation>
    </message>
</context>
<context>
    <name>fb::TimelineChart</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Time (local); events stacked per hour</source>
        <extracomment>The chart&apos;s time axis; the dots of one hour (day, week) are stacked.</extracomment>
        <translation>Heure (locale)&#x202f;; événements empilés par heure</translation>
    </message>
    <message>
        <source>Time (local); events stacked per day</source>
        <translation>Heure (locale)&#x202f;; événements empilés par jour</translation>
    </message>
    <message>
        <source>Time (local); events stacked per week</source>
        <translation>Heure (locale)&#x202f;; événements empilés par semaine</translation>
    </message>
</context>
<context>
    <name>fb::TimelineCommands</name>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 time with a zone, such as 2026-03-01T14:05:00Z or 2026-03-01T15:05:00+01:00.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une heure ISO 8601 avec fuseau, comme 2026-03-01T14:05:00Z ou 2026-03-01T15:05:00+01:00.</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601 with a zone).</source>
        <translation>Quand cela s&apos;est produit (ISO 8601 avec fuseau).</translation>
    </message>
    <message>
        <source>Until when it lasted; none for a moment.</source>
        <translation>Jusqu&apos;à quand cela a duré&#x202f;; none pour un instant ponctuel.</translation>
    </message>
    <message>
        <source>Until when it lasted.</source>
        <translation>Jusqu&apos;à quand cela a duré.</translation>
    </message>
    <message>
        <source>More about it.</source>
        <translation>Plus de détails.</translation>
    </message>
    <message>
        <source>Where the account comes from (firewall log, mail #12, by hand).</source>
        <translation>D&apos;où provient le récit (journal du pare-feu, courriel #12, saisie manuelle).</translation>
    </message>
    <message>
        <source>The raw data it rests on.</source>
        <translation>Les données brutes sur lesquelles il s&apos;appuie.</translation>
    </message>
    <message>
        <source>Read the raw data from FILE (- for stdin).</source>
        <translation>Lire les données brutes dans FICHIER (- pour l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>Ce qui s&apos;est produit.</translation>
    </message>
    <message>
        <source>Give --raw or --raw-file, not both.</source>
        <translation>Indiquez --raw ou --raw-file, pas les deux.</translation>
    </message>
    <message numerus="yes">
        <source> %n observable(s) added to the ticket.</source>
        <translation>
            <numerusform> %n observable ajouté au ticket.</numerusform>
            <numerusform> %n observables ajoutés au ticket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a dated event to a ticket&apos;s timeline: by hand (WHAT and --at), or taken from a message (--message: its date, subject and sender) or an observable (--observable); the options given replace what is taken. Observables in the description and raw data are added to the ticket.</source>
        <translation>Ajouter un événement daté à la chronologie d&apos;un ticket&#xa0;: manuellement (WHAT et --at), ou tiré d&apos;un message (--message&#xa0;: sa date, son objet et son expéditeur) ou d&apos;un observable (--observable)&#x202f;; les options indiquées remplacent ce qui est tiré. Les observables de la description et des données brutes sont ajoutés au ticket.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>Le numéro du ticket.</translation>
    </message>
    <message>
        <source>Take the event from this message (see mail list).</source>
        <translation>Tirer l&apos;événement de ce message (voir mail list).</translation>
    </message>
    <message>
        <source>Take the event from this observable (type guessed).</source>
        <translation>Tirer l&apos;événement de cet observable (type deviné).</translation>
    </message>
    <message>
        <source>Give --message or --observable, not both.</source>
        <translation>Indiquez --message ou --observable, pas les deux.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a message number.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un numéro de message.</translation>
    </message>
    <message>
        <source>Say what happened (WHAT), or give --message or --observable.</source>
        <translation>Dites ce qui s&apos;est produit (WHAT), ou indiquez --message ou --observable.</translation>
    </message>
    <message>
        <source>Say when it happened with --at.</source>
        <translation>Indiquez quand cela s&apos;est produit avec --at.</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuellement</translation>
    </message>
    <message>
        <source>Ticket #%1: event %2 added.</source>
        <translation>Ticket #%1&#xa0;: événement %2 ajouté.</translation>
    </message>
    <message>
        <source>List a ticket&apos;s timeline events by the time they happened.</source>
        <translation>Lister les événements de la chronologie d&apos;un ticket dans l&apos;ordre où ils se sont produits.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event number.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un numéro d&apos;événement.</translation>
    </message>
    <message>
        <source>Change what a timeline event says; the options not given stay as they are.</source>
        <translation>Modifier le contenu d&apos;un événement de la chronologie&#x202f;; les options non indiquées restent inchangées.</translation>
    </message>
    <message>
        <source>The event number (see timeline list).</source>
        <translation>Le numéro de l&apos;événement (voir timeline list).</translation>
    </message>
    <message>
        <source>Event %1 changed.</source>
        <translation>Événement %1 modifié.</translation>
    </message>
    <message>
        <source>Remove an event from its ticket&apos;s timeline (the history keeps what it said).</source>
        <translation>Retirer un événement de la chronologie de son ticket (l&apos;historique conserve son contenu).</translation>
    </message>
    <message>
        <source>Event %1 removed.</source>
        <translation>Événement %1 retiré.</translation>
    </message>
    <message>
        <source>Add the events of a CSV file to a ticket&apos;s timeline: a header row names the columns (time and what are needed; end, description, source, raw may be given; see docs/file-format.md), times are ISO 8601 with a zone. All rows or none: a file with a bad row is refused, naming row and column, and nothing is added. At most 10,000 events and 16 MiB.</source>
        <translation>Ajouter les événements d&apos;un fichier CSV à la chronologie d&apos;un ticket&#xa0;: une ligne d&apos;en-tête nomme les colonnes (time et what sont requises&#x202f;; end, description, source, raw peuvent être indiquées&#x202f;; voir docs/file-format.md), les heures sont en ISO 8601 avec fuseau. Toutes les lignes ou aucune&#xa0;: un fichier comportant une ligne incorrecte est refusé, avec la ligne et la colonne, et rien n&apos;est ajouté. Au plus 10 000 événements et 16 Mio.</translation>
    </message>
    <message>
        <source>The CSV file; - reads standard input.</source>
        <translation>Le fichier CSV&#x202f;; - lit l&apos;entrée standard.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1: %n event(s) added.</source>
        <translation>
            <numerusform>Ticket #%1&#xa0;: %n événement ajouté.</numerusform>
            <numerusform>Ticket #%1&#xa0;: %n événements ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Colonnes non lues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Write a ticket&apos;s timeline as CSV (time, end, what, description, source, raw; times in UTC), the form timeline import reads.</source>
        <translation>Écrire la chronologie d&apos;un ticket en CSV (time, end, what, description, source, raw&#x202f;; heures en UTC), la forme que lit timeline import.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FILE au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Remplacer un fichier de sortie existant.</translation>
    </message>
    <message>
        <source>Timeline of ticket #%1 written to %2.</source>
        <translation>Chronologie du ticket #%1 écrite dans %2.</translation>
    </message>
</context>
<context>
    <name>fb::TimelineCsv</name>
    <message>
        <source>The file is empty: it needs a header row (time, what, ...) and events.</source>
        <translation>Le fichier est vide&#xa0;: il lui faut une ligne d&apos;en-tête (time, what, ...) et des événements.</translation>
    </message>
    <message>
        <source>Row 1, column %1: “%2” names the %3 column a second time (column %4 did first).</source>
        <translation>Ligne 1, colonne %1&#xa0;: «&#x202f;%2&#x202f;» nomme la colonne %3 une seconde fois (la colonne %4 l&apos;a fait d&apos;abord).</translation>
    </message>
    <message>
        <source>The header row has no %1 column; it needs time and what (and may have end, description, source, raw).</source>
        <translation>La ligne d&apos;en-tête n&apos;a pas de colonne %1&#x202f;; il lui faut time et what (et elle peut avoir end, description, source, raw).</translation>
    </message>
    <message>
        <source>Row %L1 has %2 fields; the header has %3.</source>
        <translation>La ligne %L1 a %2 champs&#x202f;; l&apos;en-tête en a %3.</translation>
    </message>
    <message>
        <source>Row %L1, column %2 (%3): “%4” is not an ISO 8601 time with a zone, such as 2026-03-01T14:05:00Z or 2026-03-01 15:05:00+01:00.</source>
        <translation>Ligne %L1, colonne %2 (%3)&#xa0;: «&#x202f;%4&#x202f;» n&apos;est pas une heure ISO 8601 avec fuseau, comme 2026-03-01T14:05:00Z ou 2026-03-01 15:05:00+01:00.</translation>
    </message>
</context>
<context>
    <name>fb::TimelineEventDialog</name>
    <message>
        <source>Change timeline event</source>
        <translation>Modifier l&apos;événement de la chronologie</translation>
    </message>
    <message>
        <source>Add timeline event</source>
        <translation>Ajouter un événement à la chronologie</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Ce qui s&apos;est produit, en une ligne</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>Q&amp;uoi&#xa0;:</translation>
    </message>
    <message>
        <source>firewall log, mail #12, by hand…</source>
        <translation>journal du pare-feu, courriel #12, manuellement…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>The log line or text this rests on; observables in it are added to the ticket.</source>
        <translation>La ligne de journal ou le texte sur lequel il s&apos;appuie&#x202f;; les observables qu&apos;il contient sont ajoutés au ticket.</translation>
    </message>
    <message>
        <source>&amp;Raw data:</source>
        <translation>Données &amp;brutes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>fb::TimelinePanel</name>
    <message numerus="yes">
        <source>%n observable(s) added to the ticket.</source>
        <translation>
            <numerusform>%n observable ajouté au ticket.</numerusform>
            <numerusform>%n observables ajoutés au ticket.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No timeline yet</source>
        <translation>Pas encore de chronologie</translation>
    </message>
    <message>
        <source>Add what happened when with the buttons below, import a CSV file, or use “Add to timeline” on a message or an observable.</source>
        <translation>Ajoutez ce qui s&apos;est produit et quand avec les boutons ci-dessous, importez un fichier CSV, ou utilisez «&#x202f;Ajouter à la chronologie&#x202f;» sur un message ou un observable.</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>Ajouter un événement…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Add the events of a CSV file: a header row (time, what; end, description, source, raw), times in ISO 8601 with a zone. A file with a bad row adds nothing.</source>
        <translation>Ajouter les événements d&apos;un fichier CSV&#xa0;: une ligne d&apos;en-tête (time, what&#x202f;; end, description, source, raw), heures en ISO 8601 avec fuseau. Un fichier comportant une ligne incorrecte n&apos;ajoute rien.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>Import timeline</source>
        <translation>Importer une chronologie</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuellement</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>The tab of a ticket&apos;s timeline, with its number of events.</extracomment>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Chronologie (%1)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1 has %L2 bytes; at most %L3 are read.</source>
        <translation>%1 fait %L2 octets&#x202f;; au plus %L3 sont lus.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported.</source>
        <translation>
            <numerusform>%n événement importé.</numerusform>
            <numerusform>%n événements importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Colonnes non lues&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n événement écrit dans %1.</numerusform>
            <numerusform>%n événements écrits dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::TimelineStore</name>
    <message>
        <source>An event needs the time it happened.</source>
        <translation>Un événement a besoin de l&apos;heure à laquelle il s&apos;est produit.</translation>
    </message>
    <message>
        <source>An event cannot end (%1) before it begins (%2).</source>
        <translation>Un événement ne peut pas se terminer (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>An event needs a title (what happened) of at most %1 characters.</source>
        <translation>Un événement a besoin d&apos;un titre (ce qui s&apos;est produit) d&apos;au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A source can be at most %1 characters long.</source>
        <translation>Une source peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The %1 holds a control character (U+%2) at position %3.</source>
        <translation>Le champ %1 contient un caractère de contrôle (U+%2) à la position %3.</translation>
    </message>
    <message>
        <source>The %1 can be at most %L2 characters long; this one has %L3.</source>
        <translation>Le champ %1 peut compter au plus %L2 caractères&#x202f;; celui-ci en compte %L3.</translation>
    </message>
    <message>
        <source>Event %L1: %2</source>
        <translation>Événement %L1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>L&apos;importation a été annulée&#x202f;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Adding events</source>
        <translation>Ajout des événements</translation>
    </message>
    <message>
        <source>The file has a header row but no events.</source>
        <translation>Le fichier a une ligne d&apos;en-tête mais aucun événement.</translation>
    </message>
    <message>
        <source>Row %L1, column %2 (%3): %4</source>
        <translation>Ligne %L1, colonne %2 (%3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 %2 seen</source>
        <extracomment>A timeline event taken from an observable: %1 its type (ipv4, domain...), %2 its value.</extracomment>
        <translation>%1 %2 observé</translation>
    </message>
    <message>
        <source>observable</source>
        <translation>observable</translation>
    </message>
</context>
<context>
    <name>fb::TimelineView</name>
    <message>
        <source>EVENT</source>
        <translation>ÉVÉNEMENT</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>END</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
</context>
<context>
    <name>fb::Tlp</name>
    <message>
        <source>Recipients can spread this to the world, there is no limit on disclosure.</source>
        <translation>Les destinataires peuvent diffuser ceci au monde entier&#x202f;; la divulgation n&apos;est pas limitée.</translation>
    </message>
    <message>
        <source>Limited disclosure, recipients can spread this within their community.</source>
        <translation>Divulgation limitée&#xa0;: les destinataires peuvent diffuser ceci au sein de leur communauté.</translation>
    </message>
    <message>
        <source>Limited disclosure, recipients can only spread this on a need-to-know basis within their organization and its clients.</source>
        <translation>Divulgation limitée&#xa0;: les destinataires ne peuvent diffuser ceci qu&apos;en fonction du besoin d&apos;en connaître, au sein de leur organisation et auprès de ses clients.</translation>
    </message>
    <message>
        <source>Limited disclosure, recipients can only spread this on a need-to-know basis within their organization.</source>
        <translation>Divulgation limitée&#xa0;: les destinataires ne peuvent diffuser ceci qu&apos;en fonction du besoin d&apos;en connaître, au sein de leur organisation.</translation>
    </message>
    <message>
        <source>For the eyes and ears of individual recipients only, no further disclosure.</source>
        <translation>Réservé aux yeux et aux oreilles des destinataires individuels, aucune autre divulgation.</translation>
    </message>
</context>
<context>
    <name>fb::Triage</name>
    <message>
        <source>Report %1: %2 set.</source>
        <translation>Signalement %1&#xa0;: %2 défini.</translation>
    </message>
    <message>
        <source>Say why the report is rejected.</source>
        <translation>Indiquez pourquoi le signalement est rejeté.</translation>
    </message>
    <message>
        <source>Report %1 rejected.</source>
        <translation>Signalement %1 rejeté.</translation>
    </message>
    <message>
        <source>Report %1 is now part of the new incident %2.</source>
        <translation>Le signalement %1 fait maintenant partie du nouvel incident %2.</translation>
    </message>
    <message>
        <source>Report %1 linked to incident %2.</source>
        <translation>Signalement %1 rattaché à l&apos;incident %2.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>Report %1 was changed since; its history shows what happened. Nothing was undone.</source>
        <translation>Le signalement %1 a été modifié depuis&#x202f;; son historique montre ce qui s&apos;est passé. Rien n&apos;a été annulé.</translation>
    </message>
    <message>
        <source>Incident %1 was worked on since it was made; it stays. Nothing was undone.</source>
        <translation>L&apos;incident %1 a été traité depuis sa création&#x202f;; il est conservé. Rien n&apos;a été annulé.</translation>
    </message>
    <message>
        <source>Made in triage by mistake; undone (report %1).</source>
        <translation>Créé par erreur lors du tri&#x202f;; annulé (signalement %1).</translation>
    </message>
</context>
<context>
    <name>fb::TriagePage</name>
    <message>
        <source>Type an incident&apos;s number or title…</source>
        <translation>Saisissez le numéro ou le titre d&apos;un incident…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>State: %1 · TLP: %2 · Severity: %3 · Class: %4</source>
        <translation>État&#xa0;: %1 · TLP&#xa0;: %2 · Gravité&#xa0;: %3 · Classe&#xa0;: %4</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>non classé</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Signalé par %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>Type an incident&apos;s number, or pick one from the list.</source>
        <translation>Saisissez le numéro d&apos;un incident, ou choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Link to incident (%1)</source>
        <translation>Rattacher à un incident (%1)</translation>
    </message>
    <message>
        <source>No new reports to triage. Import mail (Ctrl+I) or wait for the next report.</source>
        <translation>Aucun nouveau signalement à trier. Importez du courriel (Ctrl+I) ou attendez le prochain signalement.</translation>
    </message>
    <message numerus="yes">
        <source>All new reports triaged (%n handled here; K goes back).</source>
        <translation>
            <numerusform>Tous les nouveaux signalements sont triés (%n traité ici&#x202f;; K pour revenir).</numerusform>
            <numerusform>Tous les nouveaux signalements sont triés (%n traités ici&#x202f;; K pour revenir).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report %1 of %2 (%3 still new)</source>
        <translation>Signalement %1 sur %2 (%3 encore à trier)</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Title of the new incident for report %1:</source>
        <translation>Titre du nouvel incident pour le signalement %1&#xa0;:</translation>
    </message>
    <message>
        <source>An incident needs a title; nothing was made.</source>
        <translation>Un incident doit avoir un titre&#x202f;; rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Reject report</source>
        <translation>Rejeter le signalement</translation>
    </message>
    <message>
        <source>Why is report %1 rejected? (For example: spam, not an incident, outside our constituency, duplicate.)</source>
        <translation>Pourquoi le signalement %1 est-il rejeté&#x202f;? (Par exemple&#xa0;: spam, pas un incident, hors de notre communauté desservie, doublon.)</translation>
    </message>
    <message>
        <source>TLP:RED</source>
        <translation>TLP:RED</translation>
    </message>
    <message>
        <source>Mark report %1 TLP:RED? It may then be shared only with the people present, never mailed unencrypted.</source>
        <translation>Marquer le signalement %1 TLP:RED&#x202f;? Il ne pourra alors être partagé qu&apos;avec les personnes présentes, et jamais envoyé par courriel non chiffré.</translation>
    </message>
    <message>
        <source>No new reports to triage</source>
        <translation>Aucun nouveau signalement à trier</translation>
    </message>
    <message>
        <source>Reports arrive with mail: import it with File → Import mail files…, or wait for the next report.</source>
        <translation>Les signalements arrivent par courriel&#xa0;: importez-le avec Fichier → Importer des fichiers de courriel…, ou attendez le prochain signalement.</translation>
    </message>
</context>
<context>
    <name>fb::TrustedIntroducerReader</name>
    <message>
        <source>The field is missing.</source>
        <translation>Le champ est manquant.</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>Texte attendu.</translation>
    </message>
    <message>
        <source>Expected a list of text.</source>
        <translation>Liste de textes attendue.</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>Liste attendue.</translation>
    </message>
    <message>
        <source>“%1” is not a channel usage (one of: %2).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un usage de canal (parmi&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Expected text or an object.</source>
        <translation>Texte ou objet attendu.</translation>
    </message>
    <message>
        <source>“%1” is not a team type (one of: %2).</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un type d&apos;équipe (parmi&#xa0;: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a Trusted Introducer status.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas un statut Trusted Introducer.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>true ou false attendu.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Objet attendu.</translation>
    </message>
    <message>
        <source>Expected an ISO 8601 time.</source>
        <translation>Heure ISO 8601 attendue.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>Le fichier n&apos;est pas du JSON valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file holds no list of teams (expected an array or {&quot;teams&quot;: [...]}).</source>
        <translation>Le fichier ne contient pas de liste d&apos;équipes (attendu&#xa0;: un tableau ou {&quot;teams&quot;: [...]}).</translation>
    </message>
    <message>
        <source>Expected an object for a team.</source>
        <translation>Objet attendu pour une équipe.</translation>
    </message>
</context>
<context>
    <name>fb::UserGuideDialog</name>
    <message>
        <source>Firebreak user guide</source>
        <translation>Guide de l&apos;utilisateur de Firebreak</translation>
    </message>
    <message>
        <source>This build of Firebreak has no user guide.</source>
        <translation>Cette version de Firebreak n&apos;a pas de guide de l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>fb::VCardReader</name>
    <message>
        <source>Not a property line (a folded line must start with a space or a tab).</source>
        <translation>Pas une ligne de propriété (une ligne repliée doit commencer par une espace ou une tabulation).</translation>
    </message>
    <message>
        <source>A parameter must have the form NAME=value.</source>
        <translation>Un paramètre doit avoir la forme NAME=value.</translation>
    </message>
    <message>
        <source>A quoted parameter value is not closed.</source>
        <translation>Une valeur de paramètre entre guillemets n&apos;est pas fermée.</translation>
    </message>
    <message>
        <source>A double quote may only enclose a whole parameter value.</source>
        <translation>Des guillemets doubles ne peuvent entourer qu&apos;une valeur de paramètre entière.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>A continuation line has nothing to continue.</source>
        <translation>Une ligne de continuation n&apos;a rien à continuer.</translation>
    </message>
    <message>
        <source>The card starting here has no END:VCARD.</source>
        <translation>La carte qui commence ici n&apos;a pas de END:VCARD.</translation>
    </message>
    <message>
        <source>Text outside BEGIN:VCARD ... END:VCARD.</source>
        <translation>Texte en dehors de BEGIN:VCARD ... END:VCARD.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>the text is not valid %1; it was read as Latin-1 (ISO 8859-1): check it.</source>
        <translation>le texte n&apos;est pas du %1 valide&#x202f;; il a été lu comme du Latin-1 (ISO 8859-1)&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>the character set “%1” is unknown; the text was read as UTF-8 or Latin-1: check it.</source>
        <translation>le jeu de caractères «&#x202f;%1&#x202f;» est inconnu&#x202f;; le texte a été lu comme de l&apos;UTF-8 ou du Latin-1&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; it was read as Latin-1 (ISO 8859-1): check it.</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide&#x202f;; il a été lu comme du Latin-1 (ISO 8859-1)&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>The card has no VERSION (2.1, 3.0 or 4.0).</source>
        <translation>La carte n&apos;a pas de VERSION (2.1, 3.0 ou 4.0).</translation>
    </message>
    <message>
        <source>vCard version “%1” is not read (2.1, 3.0 and 4.0 are).</source>
        <translation>La version vCard «&#x202f;%1&#x202f;» n&apos;est pas lue (2.1, 3.0 et 4.0 le sont).</translation>
    </message>
</context>
<context>
    <name>fb::Vault</name>
    <message>
        <source>%1 already exists; Firebreak does not overwrite files.</source>
        <translation>%1 existe déjà&#x202f;; Firebreak n&apos;écrase pas les fichiers.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The key was derived for another file than %1.</source>
        <translation>La clé a été dérivée pour un autre fichier que %1.</translation>
    </message>
    <message>
        <source>Cannot %1 the workspace %2: %3</source>
        <translation>Impossible de %1 l&apos;espace de travail %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvrir</translation>
    </message>
    <message>
        <source>setting the key</source>
        <translation>définition de la clé</translation>
    </message>
    <message>
        <source>reading the workspace</source>
        <translation>lecture de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>%1 is read-only; Firebreak needs to write to it.</source>
        <translation>%1 est en lecture seule&#x202f;; Firebreak doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Firebreak workspace.</source>
        <translation>%1 est une base de données SQLite mais pas un espace de travail Firebreak.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Firebreak (workspace format %2; this program knows up to %3). Update Firebreak to open it; the file has not been changed.</source>
        <translation>%1 a été écrit par une version plus récente de Firebreak (format d&apos;espace de travail %2&#x202f;; ce programme connaît jusqu&apos;à %3). Mettez Firebreak à jour pour l&apos;ouvrir&#x202f;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging; is its folder writable?</source>
        <translation>Impossible de passer %1 en journalisation anticipée (write-ahead logging)&#x202f;; son dossier est-il accessible en écriture&#x202f;?</translation>
    </message>
    <message>
        <source>%1 returned nothing.</source>
        <translation>%1 n&apos;a rien renvoyé.</translation>
    </message>
    <message>
        <source>The schema migration %1 is missing from this build.</source>
        <translation>La migration de schéma %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>Upgrading %1 to format %2 failed: %3</source>
        <translation>La mise à niveau de %1 au format %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>This database is not encrypted.</source>
        <translation>Cette base de données n&apos;est pas chiffrée.</translation>
    </message>
    <message>
        <source>The workspace %1 is closed.</source>
        <translation>L&apos;espace de travail %1 est fermé.</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>préparation d&apos;une requête</translation>
    </message>
    <message>
        <source>running a statement</source>
        <translation>exécution d&apos;une instruction</translation>
    </message>
    <message>
        <source>The workspace %1 could not be written (%2 while %3).</source>
        <translation>L&apos;espace de travail %1 n&apos;a pas pu être écrit (%2 lors de&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The workspace %1 is in use by another program (%2 while %3).</source>
        <translation>L&apos;espace de travail %1 est utilisé par un autre programme (%2 lors de&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The change conflicts with what is stored (%1 while %2).</source>
        <translation>La modification est en conflit avec ce qui est enregistré (%1 lors de&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Database error in %1 (%2 while %3).</source>
        <translation>Erreur de base de données dans %1 (%2 lors de&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The transaction is no longer open.</source>
        <translation>La transaction n&apos;est plus ouverte.</translation>
    </message>
    <message>
        <source>A step of this change failed, so none of it was saved.</source>
        <translation>Une étape de cette modification a échoué&#x202f;; rien n&apos;en a donc été enregistré.</translation>
    </message>
    <message>
        <source>binding a query parameter</source>
        <translation>liaison d&apos;un paramètre de requête</translation>
    </message>
    <message>
        <source>running a query</source>
        <translation>exécution d&apos;une requête</translation>
    </message>
    <message>
        <source>preparing the copy of %1</source>
        <translation>préparation de la copie de %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>copie de %1</translation>
    </message>
    <message>
        <source>The passphrase does not open %1 (or the file is not a Firebreak workspace, or its first page is damaged).</source>
        <translation>La phrase secrète n&apos;ouvre pas %1 (ou le fichier n&apos;est pas un espace de travail Firebreak, ou sa première page est endommagée).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2, and its write-ahead log %3 holds changes that are not yet in the file. Make the file and its folder writable and open it again; nothing has been changed.</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2, et son journal d&apos;écriture anticipée %3 contient des modifications qui ne sont pas encore dans le fichier. Rendez le fichier et son dossier accessibles en écriture et ouvrez-le à nouveau&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is in workspace format %2 and must be upgraded to format %3 to be opened, but %4. Make it writable and open it again; nothing has been changed.</source>
        <translation>%1 est au format d&apos;espace de travail %2 et doit être mis à niveau au format %3 pour être ouvert, mais %4. Rendez-le accessible en écriture et ouvrez-le à nouveau&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2): changes cannot be saved. Make the file and its folder writable and open it again.</source>
        <translation>%1 est ouvert en lecture seule (%2)&#xa0;: les modifications ne peuvent pas être enregistrées. Rendez le fichier et son dossier accessibles en écriture et ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: a page fails its integrity check (while %2). Restore it from a backup; verify lists the tables that can still be read.</source>
        <translation>L&apos;espace de travail %1 est endommagé&#xa0;: une page échoue à son contrôle d&apos;intégrité (lors de&#xa0;: %2). Restaurez-le depuis une sauvegarde&#x202f;; verify liste les tables qui peuvent encore être lues.</translation>
    </message>
    <message>
        <source>The passphrase cannot be changed inside a transaction.</source>
        <translation>La phrase secrète ne peut pas être changée au sein d&apos;une transaction.</translation>
    </message>
    <message>
        <source>Cannot replace %1 with its re-encrypted copy: %2</source>
        <translation>Impossible de remplacer %1 par sa copie rechiffrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed, but the workspace could not be opened again: %2</source>
        <translation>La phrase secrète de %1 a été changée, mais l&apos;espace de travail n&apos;a pas pu être rouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is in use by another window or program; close it and change the passphrase again.</source>
        <translation>L&apos;espace de travail %1 est utilisé par une autre fenêtre ou un autre programme&#x202f;; fermez-le et changez à nouveau la phrase secrète.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>creating the re-encrypted copy</source>
        <translation>création de la copie rechiffrée</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged at page %2 (%3). Restore it from a backup; verify lists the tables that can still be read.</source>
        <translation>L&apos;espace de travail %1 est endommagé à la page %2 (%3). Restaurez-le depuis une sauvegarde&#x202f;; verify liste les tables qui peuvent encore être lues.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (%2). Restore it from a backup; verify lists the tables that can still be read.</source>
        <translation>L&apos;espace de travail %1 est endommagé (%2). Restaurez-le depuis une sauvegarde&#x202f;; verify liste les tables qui peuvent encore être lues.</translation>
    </message>
</context>
<context>
    <name>fb::WorklogPanel</name>
    <message>
        <source>Internal comment for the team — never mailed. %1 adds it.</source>
        <translation>Commentaire interne pour l&apos;équipe — jamais envoyé par courriel. %1 l&apos;ajoute.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Select an entry to read it whole.</source>
        <translation>Sélectionnez une entrée pour la lire en entier.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>This ticket was merged into another one; comment there.</source>
        <translation>Ce ticket a été fusionné dans un autre&#x202f;; commentez là-bas.</translation>
    </message>
    <message>
        <source>Mail from %1: %2</source>
        <translation>Courriel de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Mail to %1: %2</source>
        <translation>Courriel à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>From: %1
To: %2
Subject: %3

%4</source>
        <translation>De&#xa0;: %1
À&#xa0;: %2
Objet&#xa0;: %3

%4</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing logged yet</source>
        <translation>Rien n&apos;a encore été consigné</translation>
    </message>
    <message>
        <source>Comments and changes to this ticket show here; write a comment below.</source>
        <translation>Les commentaires et les modifications de ce ticket s&apos;affichent ici&#x202f;; rédigez un commentaire ci-dessous.</translation>
    </message>
    <message>
        <source>%1

As recorded: %2</source>
        <translation>%1

Tel qu&apos;enregistré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceCommands</name>
    <message>
        <source>Create a new, empty workspace at --workspace (or $%1), encrypted with a key derived from the passphrase. An existing file is never overwritten. When the passphrase is asked for, it is asked twice.</source>
        <translation>Créer un nouvel espace de travail vide à --workspace (ou $%1), chiffré avec une clé dérivée de la phrase secrète. Un fichier existant n&apos;est jamais écrasé. Quand la phrase secrète est demandée, elle l&apos;est deux fois.</translation>
    </message>
    <message>
        <source>%1 already exists; init never overwrites a file.</source>
        <translation>%1 existe déjà&#x202f;; init n&apos;écrase jamais un fichier.</translation>
    </message>
    <message>
        <source>New workspace passphrase: </source>
        <translation>Phrase secrète du nouvel espace de travail&#xa0;: </translation>
    </message>
    <message>
        <source>Created workspace %1.</source>
        <translation>Espace de travail %1 créé.</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE (else $%1, else asked twice).</source>
        <translation>Lire la nouvelle phrase secrète sur la première ligne de FICHIER (sinon $%1, sinon demandée deux fois).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Phrase secrète changée.</translation>
    </message>
    <message>
        <source>Integrity check: ok.</source>
        <translation>Contrôle d&apos;intégrité&#xa0;: ok.</translation>
    </message>
    <message>
        <source>History: %1 rows, chain intact.</source>
        <translation>Historique&#xa0;: %1 lignes, chaîne intacte.</translation>
    </message>
    <message>
        <source>History: chain broken.</source>
        <translation>Historique&#xa0;: chaîne rompue.</translation>
    </message>
    <message>
        <source>History row %1 breaks the chain: %2</source>
        <translation>La ligne d&apos;historique %1 rompt la chaîne&#xa0;: %2</translation>
    </message>
    <message>
        <source>Create a demo workspace at --workspace when there is no file there yet: about forty tickets of every kind over the last ninety days (botnet, SSH brute force, CVE-2024-3094, DDoS, ransomware, phishing, spam). Then show its queues.</source>
        <translation>Créer un espace de travail de démonstration à --workspace s&apos;il n&apos;y a pas encore de fichier&#xa0;: une quarantaine de tickets de toutes natures sur les quatre-vingt-dix derniers jours (botnet, force brute SSH, CVE-2024-3094, DDoS, rançongiciel, hameçonnage, spam). Puis afficher ses files d&apos;attente.</translation>
    </message>
    <message>
        <source>Passphrase for the demo workspace: </source>
        <translation>Phrase secrète de l&apos;espace de travail de démonstration&#xa0;: </translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>NATURE</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIFS</translation>
    </message>
    <message>
        <source>SLA BREACHED</source>
        <translation>SLA DÉPASSÉ</translation>
    </message>
    <message>
        <source>BY STATE</source>
        <translation>PAR ÉTAT</translation>
    </message>
    <message>
        <source>Created the demo workspace %1 with %2 tickets.</source>
        <translation>Espace de travail de démonstration %1 créé avec %2 tickets.</translation>
    </message>
    <message>
        <source>Demo workspace %1 (%2 tickets).</source>
        <translation>Espace de travail de démonstration %1 (%2 tickets).</translation>
    </message>
    <message>
        <source>Try:
  firebreak-cli ticket list --active --sort due
  firebreak-cli ticket show 2
  firebreak-cli observable search 203.0.113.0/24
  firebreak-cli ticket search phishing owner:bob
  firebreak-cli verify
</source>
        <translation>Essayez&#xa0;:
  firebreak-cli ticket list --active --sort due
  firebreak-cli ticket show 2
  firebreak-cli observable search 203.0.113.0/24
  firebreak-cli ticket search phishing owner:bob
  firebreak-cli verify
</translation>
    </message>
    <message numerus="yes">
        <source>  readable    %1 (%n row(s))</source>
        <translation>
            <numerusform>  lisible     %1 (%n ligne)</numerusform>
            <numerusform>  lisible     %1 (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  DAMAGED     %1 (%n row(s) read before the damage)</source>
        <translation>
            <numerusform>  ENDOMMAGÉE  %1 (%n ligne lue avant le dommage)</numerusform>
            <numerusform>  ENDOMMAGÉE  %1 (%n lignes lues avant le dommage)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Every table can still be read: the damage is in an index or in unused pages.</source>
        <translation>%1 Toutes les tables peuvent encore être lues&#xa0;: le dommage se trouve dans un index ou dans des pages inutilisées.</translation>
    </message>
    <message>
        <source>%1 Tables that cannot be read whole: %2.</source>
        <translation>%1 Tables qui ne peuvent pas être lues entièrement&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Tickets: %1 match their history.</source>
        <translation>Tickets&#xa0;: %1 correspondent à leur historique.</translation>
    </message>
    <message numerus="yes">
        <source>Tickets: %n difference(s) from their history:</source>
        <translation>
            <numerusform>Tickets&#xa0;: %n différence par rapport à leur historique&#xa0;:</numerusform>
            <numerusform>Tickets&#xa0;: %n différences par rapport à leur historique&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … et %n autre.</numerusform>
            <numerusform>  … et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tickets do not match their history: %n difference(s), the first in ticket #%1 (%2).</source>
        <translation>
            <numerusform>Les tickets ne correspondent pas à leur historique&#xa0;: %n différence, la première dans le ticket #%1 (%2).</numerusform>
            <numerusform>Les tickets ne correspondent pas à leur historique&#xa0;: %n différences, la première dans le ticket #%1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy&apos;s passphrase from the first line of FILE (else $%1, else the damaged workspace&apos;s passphrase).</source>
        <translation>La phrase secrète de la copie, lue sur la première ligne de FICHIER (sinon $%1, sinon la phrase secrète de l&apos;espace de travail endommagé).</translation>
    </message>
    <message>
        <source>Copy every row that can still be read of a damaged workspace into a new workspace OUT (never overwritten), skipping the pages that fail their check; full-text indexes are rebuilt. The damaged file is only read. Exit code 0 when everything was copied, 2 when rows were lost (run verify on the copy: its history chain names where).</source>
        <translation>Copier chaque ligne encore lisible d&apos;un espace de travail endommagé dans un nouvel espace de travail OUT (jamais écrasé), en sautant les pages qui échouent à leur contrôle&#x202f;; les index de texte intégral sont reconstruits. Le fichier endommagé est seulement lu. Code de sortie 0 si tout a été copié, 2 si des lignes ont été perdues (exécutez verify sur la copie&#xa0;: sa chaîne d&apos;historique indique où).</translation>
    </message>
    <message>
        <source>Passphrase for the copy: </source>
        <translation>Phrase secrète de la copie&#xa0;: </translation>
    </message>
    <message>
        <source>Passphrase for the copy (the same as before): </source>
        <translation>Phrase secrète de la copie (la même qu&apos;avant)&#xa0;: </translation>
    </message>
    <message numerus="yes">
        <source>  copied      %1 (%n row(s))</source>
        <translation>
            <numerusform>  copiée      %1 (%n ligne)</numerusform>
            <numerusform>  copiée      %1 (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  PARTLY      %1 (%n row(s); rows on unreadable pages lost)</source>
        <translation>
            <numerusform>  PARTIELLE   %1 (%n ligne&#x202f;; lignes des pages illisibles perdues)</numerusform>
            <numerusform>  PARTIELLE   %1 (%n lignes&#x202f;; lignes des pages illisibles perdues)</numerusform>
        </translation>
    </message>
    <message>
        <source>Salvaged into %1.</source>
        <translation>Récupéré dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Some rows could not be read and are not in %1 (%n copied row(s) refer to lost rows). Run verify on the copy.</source>
        <translation>
            <numerusform>Certaines lignes n&apos;ont pas pu être lues et ne sont pas dans %1 (%n ligne copiée fait référence à des lignes perdues). Exécutez verify sur la copie.</numerusform>
            <numerusform>Certaines lignes n&apos;ont pas pu être lues et ne sont pas dans %1 (%n lignes copiées font référence à des lignes perdues). Exécutez verify sur la copie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new workspace file.</source>
        <translation>Le nouveau fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity check over every page, walk the hash chain of the history, and replay the history of every ticket to compare it with the tickets (each difference names the ticket, the field, what the history says and what the ticket holds), and recompute every evidence file&apos;s size and SHA-256 (a changed file names its ticket and file). Exit code 0 when all is intact, 2 otherwise.</source>
        <translation>Exécuter le contrôle d&apos;intégrité de SQLite sur chaque page, parcourir la chaîne de hachage de l&apos;historique, rejouer l&apos;historique de chaque ticket pour le comparer aux tickets (chaque différence nomme le ticket, le champ, ce que dit l&apos;historique et ce que contient le ticket), et recalculer la taille et le SHA-256 de chaque fichier de preuve (un fichier modifié est signalé avec son ticket et son nom). Code de sortie 0 si tout est intact, 2 sinon.</translation>
    </message>
    <message>
        <source>Change the passphrase: the whole file is re-encrypted under a key from the new passphrase and a fresh salt. The current passphrase comes from the usual sources, never from a key kept by unlock; that key is forgotten.</source>
        <translation>Changer la phrase secrète&#xa0;: tout le fichier est rechiffré avec une clé issue de la nouvelle phrase secrète et d&apos;un sel neuf. La phrase secrète actuelle provient des sources habituelles, jamais d&apos;une clé conservée par unlock&#x202f;; cette clé est oubliée.</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceFile</name>
    <message>
        <source>There is no workspace file at %1.</source>
        <translation>Il n&apos;y a pas de fichier d&apos;espace de travail à %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Firebreak workspace.</source>
        <translation>%1 est une base de données SQLite non chiffrée, pas un espace de travail Firebreak.</translation>
    </message>
    <message>
        <source>%1 is not a Firebreak workspace, or it is truncated (%2 bytes).</source>
        <translation>%1 n&apos;est pas un espace de travail Firebreak, ou il est tronqué (%2 octets).</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>il se trouve sur un système de fichiers en lecture seule</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>its folder %1 is read-only</source>
        <translation>son dossier %1 est en lecture seule</translation>
    </message>
    <message>
        <source>Cannot open %1 for changes: %2 cannot be written by this user. Make it writable, or remove it when no program has the workspace open.</source>
        <translation>Impossible d&apos;ouvrir %1 en modification&#xa0;: %2 ne peut pas être écrit par cet utilisateur. Rendez-le accessible en écriture, ou supprimez-le quand aucun programme n&apos;a l&apos;espace de travail ouvert.</translation>
    </message>
    <message>
        <source>Cannot open %1 for changes: its write-ahead log %2 cannot be written by this user. Make it writable; do not remove it, it holds saved changes.</source>
        <translation>Impossible d&apos;ouvrir %1 en modification&#xa0;: son journal d&apos;écriture anticipée %2 ne peut pas être écrit par cet utilisateur. Rendez-le accessible en écriture&#x202f;; ne le supprimez pas, il contient des modifications enregistrées.</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk: %2</source>
        <translation>Impossible d&apos;écrire %1 sur le disque&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceSession</name>
    <message>
        <source>&apos;%1&apos; is not a duration from 1s to 12h: give seconds, minutes or hours, as 30s, 15m or 2h.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une durée de 1s à 12h&#xa0;: indiquez des secondes, des minutes ou des heures, comme 30s, 15m ou 2h.</translation>
    </message>
    <message>
        <source>A session lasts from 1 second to 12 hours.</source>
        <translation>Une session dure de 1 seconde à 12 heures.</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceSettings</name>
    <message>
        <source>SLA times are %1 minutes to %2 days; not %3 minutes (severity %4).</source>
        <translation>Les délais SLA vont de %1 minutes à %2 jours&#x202f;; pas %3 minutes (gravité %4).</translation>
    </message>
    <message>
        <source>The first response cannot be due after the resolution (severity %1).</source>
        <translation>La première réponse ne peut pas être due après la résolution (gravité %1).</translation>
    </message>
    <message>
        <source>Directory entries are stale after %1 to %2 days; not %3.</source>
        <translation>Les entrées de l&apos;annuaire sont périmées après %1 à %2 jours&#x202f;; pas %3.</translation>
    </message>
    <message>
        <source>Auto-lock is 0 (never) to %1 minutes; not %2.</source>
        <translation>Le verrouillage automatique va de 0 (jamais) à %1 minutes&#x202f;; pas %2.</translation>
    </message>
    <message>
        <source>“%1” is not a language of Firebreak; choose one of %2, or nothing for the system&apos;s.</source>
        <translation>«&#x202f;%1&#x202f;» n&apos;est pas une langue de Firebreak&#x202f;; choisissez parmi %2, ou rien pour celle du système.</translation>
    </message>
    <message>
        <source>This computer&apos;s settings could not be saved to %1.</source>
        <translation>Les réglages de cet ordinateur n&apos;ont pas pu être enregistrés dans %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Incident-handling workbench for CSIRTs</source>
        <translation>Poste de travail de traitement des incidents pour les CSIRT</translation>
    </message>
    <message>
        <source>Open the demo workspace, creating it if needed.</source>
        <translation>Ouvrir l&apos;espace de travail de démonstration, en le créant si nécessaire.</translation>
    </message>
    <message>
        <source>Render the main window to PNG files in &lt;dir&gt; (sample data) and quit.</source>
        <translation>Rendre la fenêtre principale dans des fichiers PNG dans &lt;dir&gt; (données d&apos;exemple) et quitter.</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>Le fichier d&apos;espace de travail à ouvrir.</translation>
    </message>
</context>
</TS>
