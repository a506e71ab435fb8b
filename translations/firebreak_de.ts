<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Incident reports received</source>
        <translation>Eingegangene Vorfallmeldungen</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Eröffnete Sicherheitsvorfälle</translation>
    </message>
    <message>
        <source>Incidents resolved</source>
        <translation>Gelöste Sicherheitsvorfälle</translation>
    </message>
    <message>
        <source>Incidents still open at the end of the period</source>
        <translation>Am Ende des Zeitraums noch offene Sicherheitsvorfälle</translation>
    </message>
    <message>
        <source>Incidents opened by RSIT class and type</source>
        <translation>Eröffnete Sicherheitsvorfälle nach RSIT-Klasse und -Typ</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>No incident was opened in the period.</source>
        <translation>Im Zeitraum wurde kein Sicherheitsvorfall eröffnet.</translation>
    </message>
    <message>
        <source>Incident reports by reporter type</source>
        <translation>Vorfallmeldungen nach Art des Melders</translation>
    </message>
    <message>
        <source>Reporter type</source>
        <translation>Art des Melders</translation>
    </message>
    <message>
        <source>No incident report was received in the period.</source>
        <translation>Im Zeitraum ist keine Vorfallmeldung eingegangen.</translation>
    </message>
    <message>
        <source>Response and resolution times</source>
        <translation>Reaktions- und Lösungszeiten</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>First response to an incident report</source>
        <translation>Erste Antwort auf eine Vorfallmeldung</translation>
    </message>
    <message>
        <source>Resolution of an incident</source>
        <translation>Lösung eines Sicherheitsvorfalls</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-Verletzungen</translation>
    </message>
    <message>
        <source>Due date missed</source>
        <translation>Frist überschritten</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
</context>
<context>
    <name>fb::AboutDialog</name>
    <message>
        <source>About Firebreak</source>
        <translation>Über Firebreak</translation>
    </message>
    <message>
        <source>Firebreak %1</source>
        <translation>Firebreak %1</translation>
    </message>
    <message>
        <source>An incident-handling workbench for CSIRTs.</source>
        <translation>Eine Werkbank zur Vorfallbearbeitung für CSIRTs.</translation>
    </message>
    <message>
        <source>Licence: %1. Firebreak is free software: you may share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>Lizenz: %1. Firebreak ist freie Software: Sie dürfen sie unter den Bedingungen der GNU General Public License, Version 3 oder jeder späteren Version, weitergeben und verändern. Sie wird ohne jede Gewährleistung geliefert.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft unter Qt %2.</translation>
    </message>
</context>
<context>
    <name>fb::AbuseReports</name>
    <message>
        <source>The X-ARF report lacks the required field %1.</source>
        <translation>Im X-ARF-Bericht fehlt das Pflichtfeld %1.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 must be a non-empty text.</source>
        <translation>Das X-ARF-Feld %1 muss ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not an IP address.</source>
        <translation>Das X-ARF-Feld %1 ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not an e-mail address.</source>
        <translation>Das X-ARF-Feld %1 ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not an RFC 3339 date and time.</source>
        <translation>Das X-ARF-Feld %1 ist kein Datum mit Uhrzeit nach RFC 3339.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not a port number (0 to 65535).</source>
        <translation>Das X-ARF-Feld %1 ist keine Portnummer (0 bis 65535).</translation>
    </message>
    <message>
        <source>The X-ARF report&apos;s Version must be &quot;3&quot;.</source>
        <translation>Die Version (Version) des X-ARF-Berichts muss „3“ sein.</translation>
    </message>
    <message>
        <source>The X-ARF report lacks the required field ReporterInfo.</source>
        <translation>Im X-ARF-Bericht fehlt das Pflichtfeld ReporterInfo.</translation>
    </message>
    <message>
        <source>The X-ARF report lacks the required field Disclosure (true or false).</source>
        <translation>Im X-ARF-Bericht fehlt das Pflichtfeld Disclosure (true oder false).</translation>
    </message>
    <message>
        <source>The X-ARF report lacks the required field Report.</source>
        <translation>Im X-ARF-Bericht fehlt das Pflichtfeld Report.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v3 report class.</source>
        <translation>„%1“ ist keine Berichtsklasse von X-ARF v3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v3 report type of class %2.</source>
        <translation>„%1“ ist kein Berichtstyp der Klasse %2 von X-ARF v3.</translation>
    </message>
    <message>
        <source>The X-ARF version &apos;%1&apos; is not 4.x.</source>
        <translation>Die X-ARF-Version „%1“ ist nicht 4.x.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v4 category.</source>
        <translation>„%1“ ist keine Kategorie von X-ARF v4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v4 type of category %2.</source>
        <translation>„%1“ ist kein Typ der Kategorie %2 von X-ARF v4.</translation>
    </message>
    <message>
        <source>The YAML parser could not be started.</source>
        <translation>Der YAML-Parser konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The X-ARF report is not valid YAML (line %1: %2).</source>
        <translation>Der X-ARF-Bericht ist kein gültiges YAML (Zeile %1: %2).</translation>
    </message>
    <message>
        <source>The X-ARF report must be a flat list of fields.</source>
        <translation>Der X-ARF-Bericht muss eine flache Liste von Feldern sein.</translation>
    </message>
    <message>
        <source>The X-ARF report must be a list of fields, not a sequence.</source>
        <translation>Der X-ARF-Bericht muss eine Liste von Feldern sein, keine Sequenz.</translation>
    </message>
    <message>
        <source>The X-ARF report must be a list of fields.</source>
        <translation>Der X-ARF-Bericht muss eine Liste von Feldern sein.</translation>
    </message>
    <message>
        <source>The X-ARF report uses YAML aliases, which are not accepted.</source>
        <translation>Der X-ARF-Bericht verwendet YAML-Aliase; diese werden nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The ARF report lacks the required field Feedback-Type.</source>
        <translation>Im ARF-Bericht fehlt das Pflichtfeld Feedback-Type.</translation>
    </message>
    <message>
        <source>The X-ARF report is not valid JSON (%1 at byte %2).</source>
        <translation>Der X-ARF-Bericht ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The X-ARF report is not a JSON object.</source>
        <translation>Der X-ARF-Bericht ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The JSON is not an X-ARF report (no Version or xarf_version).</source>
        <translation>Das JSON ist kein X-ARF-Bericht (weder Version noch xarf_version).</translation>
    </message>
    <message>
        <source>The X-ARF version &apos;%1&apos; is not 0.1 or 0.2.</source>
        <translation>Die X-ARF-Version „%1“ ist weder 0.1 noch 0.2.</translation>
    </message>
    <message>
        <source>The X-ARF field Source is not an IP address.</source>
        <translation>Das X-ARF-Feld Source ist keine IP-Adresse.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryCommands</name>
    <message>
        <source>Start an advisory from the options and/or a JSON file; it gets the next identifier of the team&apos;s scheme and is a draft (version 0) until published.</source>
        <translation>Einen Sicherheitshinweis aus den Optionen und/oder einer JSON-Datei beginnen; er erhält die nächste Kennung nach dem Schema des Teams und ist bis zur Veröffentlichung ein Entwurf (Version 0).</translation>
    </message>
    <message>
        <source>advisory new needs a title (--title or in --from-json).</source>
        <translation>advisory new braucht einen Titel (--title oder in --from-json).</translation>
    </message>
    <message>
        <source>Created advisory %1 (#%2).</source>
        <translation>Sicherheitshinweis %1 (#%2) angelegt.</translation>
    </message>
    <message>
        <source>Row id or identifier.</source>
        <translation>Zeilen-ID oder Kennung.</translation>
    </message>
    <message>
        <source>Publish as interim or final: adds a revision and bumps the version (lint errors block final).</source>
        <translation>Als interim oder final veröffentlichen: fügt eine Revision hinzu und erhöht die Version (Prüffehler verhindern final).</translation>
    </message>
    <message>
        <source>With --publish: what changed in this revision.</source>
        <translation>Mit --publish: was sich in dieser Revision geändert hat.</translation>
    </message>
    <message>
        <source>Change fields (each change is a history row), then optionally publish a revision.</source>
        <translation>Felder ändern (jede Änderung ist eine Zeile der Historie), dann optional eine Revision veröffentlichen.</translation>
    </message>
    <message>
        <source>--publish takes interim or final, not “%1”.</source>
        <translation>--publish nimmt interim oder final, nicht „%1“.</translation>
    </message>
    <message>
        <source>--publish needs --revision-summary saying what changed.</source>
        <translation>--publish braucht --revision-summary mit der Angabe, was sich geändert hat.</translation>
    </message>
    <message>
        <source>--revision-summary goes with --publish.</source>
        <translation>--revision-summary gehört zu --publish.</translation>
    </message>
    <message>
        <source>Nothing to change; see advisory edit --help.</source>
        <translation>Nichts zu ändern; siehe advisory edit --help.</translation>
    </message>
    <message>
        <source>Published %1 as %2, version %3.</source>
        <translation>%1 als %2 veröffentlicht, Version %3.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 aktualisiert.</translation>
    </message>
    <message>
        <source>Show an advisory.</source>
        <translation>Einen Sicherheitshinweis anzeigen.</translation>
    </message>
    <message>
        <source>Only advisories with this status (draft, interim, final).</source>
        <translation>Nur Sicherheitshinweise mit diesem Status (draft, interim, final).</translation>
    </message>
    <message>
        <source>List the advisories, newest first.</source>
        <translation>Die Sicherheitshinweise auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>--status takes draft, interim or final.</source>
        <translation>--status nimmt draft, interim oder final.</translation>
    </message>
    <message>
        <source>Check an advisory: errors (which block publishing as final, exit code 2) and warnings, each naming the field.</source>
        <translation>Einen Sicherheitshinweis prüfen: Fehler (die die Veröffentlichung als final verhindern, Exit-Code 2) und Warnungen, jeweils mit dem betroffenen Feld.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s) that block publishing as final.</source>
        <translation>
            <numerusform>%1 hat %n Fehler, der die Veröffentlichung als final verhindert.</numerusform>
            <numerusform>%1 hat %n Fehler, die die Veröffentlichung als final verhindern.</numerusform>
        </translation>
    </message>
    <message>
        <source>A CSAF 2.0 JSON document.</source>
        <translation>Ein CSAF-2.0-JSON-Dokument.</translation>
    </message>
    <message>
        <source>Where the document came from (else its &apos;self&apos; reference).</source>
        <translation>Woher das Dokument stammt (sonst seine „self“-Referenz).</translation>
    </message>
    <message>
        <source>Start a draft from a CSAF 2.0 document, keeping its publisher, tracking id, source URL and SHA-256; what the model cannot hold is named in warnings.</source>
        <translation>Einen Entwurf aus einem CSAF-2.0-Dokument beginnen, mit Herausgeber, Tracking-ID, Quell-URL und SHA-256; was das Modell nicht aufnehmen kann, wird in Warnungen genannt.</translation>
    </message>
    <message>
        <source>Created advisory %1 (#%2) from %3 of %4.</source>
        <translation>Sicherheitshinweis %1 (#%2) aus %3 von %4 angelegt.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryEditor</name>
    <message>
        <source>affected</source>
        <translation>betroffen</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>not affected</source>
        <translation>nicht betroffen</translation>
    </message>
    <message>
        <source>under investigation</source>
        <translation>in Untersuchung</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Schwachstellen</translation>
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
        <translation>CWE-Name</translation>
    </message>
    <message>
        <source>CVSS v3.1 vector</source>
        <translation>CVSS-v3.1-Vektor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Version or range (vers:…)</source>
        <translation>Version oder Bereich (vers:…)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Auswirkung</translation>
    </message>
    <message>
        <source>S&amp;olution</source>
        <translation>&amp;Lösung</translation>
    </message>
    <message>
        <source>&amp;Workarounds</source>
        <translation>&amp;Umgehungsmaßnahmen</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Acknowledgments</source>
        <translation>Dan&amp;ksagungen</translation>
    </message>
    <message>
        <source>Distribution lists, separated by commas</source>
        <translation>Verteilerlisten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>Ziel&amp;gruppe</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · Version %3</translation>
    </message>
    <message>
        <source>Distribution lists: %1</source>
        <translation>Verteilerlisten: %1</translation>
    </message>
    <message>
        <source>No CVSS vector in the current row.</source>
        <translation>Kein CVSS-Vektor in der aktuellen Zeile.</translation>
    </message>
    <message>
        <source>Row %1: the CVSS vector is wrong at %2: %3</source>
        <translation>Zeile %1: Der CVSS-Vektor ist fehlerhaft bei %2: %3</translation>
    </message>
    <message>
        <source>Row %1: base %2 (%3)</source>
        <translation>Zeile %1: Basis %2 (%3)</translation>
    </message>
    <message>
        <source>%1, temporal %2</source>
        <translation>%1, zeitlich %2</translation>
    </message>
    <message>
        <source>%1, environmental %2</source>
        <translation>%1, Umgebung %2</translation>
    </message>
    <message>
        <source>No distribution lists yet: make one in Team → Directory → Lists</source>
        <extracomment>Team → Directory → Lists is where the window makes distribution lists</extracomment>
        <translation>Noch keine Verteilerlisten: Legen Sie eine unter Team → Verzeichnis → Listen an</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryExport</name>
    <message>
        <source>This format needs --out FILE.</source>
        <translation>Dieses Format braucht --out FILE.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <source>Where to write (&apos;-&apos; for standard output). For csaf a folder, or nothing for the current one, gets the file name of the CSAF rule.</source>
        <translation>Wohin geschrieben wird („-“ für die Standardausgabe). Für csaf erhält ein Ordner, oder nichts für den aktuellen, den Dateinamen nach der CSAF-Regel.</translation>
    </message>
    <message>
        <source>With text: clear-sign with the team key (OpenPGP).</source>
        <translation>Mit text: mit dem Teamschlüssel klartextsignieren (OpenPGP).</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key.</source>
        <translation>Mit diesem Schlüssel statt mit dem Teamschlüssel signieren.</translation>
    </message>
    <message>
        <source>With mail: the distribution list to send to.</source>
        <translation>Mit mail: die Verteilerliste, an die gesendet wird.</translation>
    </message>
    <message>
        <source>With mail: do not sign (mail is signed by default).</source>
        <translation>Mit mail: nicht signieren (Mail wird standardmäßig signiert).</translation>
    </message>
    <message>
        <source>Write an advisory: csaf (CSAF 2.0 JSON), text (72 columns, with --sign clear-signed with the team key from your GnuPG home), html, pdf, or mail (a signed message to a distribution list, refused when a recipient may not receive the TLP label).</source>
        <translation>Einen Sicherheitshinweis schreiben: csaf (CSAF-2.0-JSON), text (72 Spalten, mit --sign klartextsigniert mit dem Teamschlüssel aus Ihrem GnuPG-Verzeichnis), html, pdf oder mail (eine signierte Nachricht an eine Verteilerliste, abgelehnt, wenn ein Empfänger die TLP-Kennzeichnung nicht erhalten darf).</translation>
    </message>
    <message>
        <source>--format takes one of: %1.</source>
        <translation>--format nimmt eines von: %1.</translation>
    </message>
    <message>
        <source>--sign and --key go with --format text or mail.</source>
        <translation>--sign und --key gehören zu --format text oder mail.</translation>
    </message>
    <message>
        <source>--list and --no-sign go with --format mail.</source>
        <translation>--list und --no-sign gehören zu --format mail.</translation>
    </message>
    <message>
        <source>--format mail needs --list NAME and --out FILE.eml.</source>
        <translation>--format mail braucht --list NAME und --out FILE.eml.</translation>
    </message>
    <message>
        <source>--no-sign cannot go with --sign or --key.</source>
        <translation>--no-sign kann nicht mit --sign oder --key kombiniert werden.</translation>
    </message>
    <message>
        <source>PDF output needs the graphical runtime, which did not start.</source>
        <translation>Die PDF-Ausgabe braucht die grafische Laufzeitumgebung, die nicht gestartet ist.</translation>
    </message>
    <message>
        <source>There is no team key to sign with: link a key to our team in the directory, or give --key FINGERPRINT.</source>
        <translation>Es gibt keinen Teamschlüssel zum Signieren: Verknüpfen Sie im Verzeichnis einen Schlüssel mit unserem Team oder geben Sie --key FINGERPRINT an.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Bcc: %1</source>
        <translation>Bcc: %1</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryLint</name>
    <message>
        <source>The advisory has no identifier.</source>
        <translation>Der Sicherheitshinweis hat keine Kennung.</translation>
    </message>
    <message>
        <source>The advisory has no title.</source>
        <translation>Der Sicherheitshinweis hat keinen Titel.</translation>
    </message>
    <message>
        <source>The advisory has no summary.</source>
        <translation>Der Sicherheitshinweis hat keine Zusammenfassung.</translation>
    </message>
    <message>
        <source>The advisory has no description.</source>
        <translation>Der Sicherheitshinweis hat keine Beschreibung.</translation>
    </message>
    <message>
        <source>The advisory names no affected product.</source>
        <translation>Der Sicherheitshinweis nennt kein betroffenes Produkt.</translation>
    </message>
    <message>
        <source>Product %1 needs a vendor and a product name.</source>
        <translation>Produkt %1 benötigt einen Hersteller und einen Produktnamen.</translation>
    </message>
    <message>
        <source>The advisory lists no vulnerability (CVE, CWE or CVSS).</source>
        <translation>Der Sicherheitshinweis nennt keine Schwachstelle (CVE, CWE oder CVSS).</translation>
    </message>
    <message>
        <source>%1 is not a CVE identifier.</source>
        <translation>%1 ist keine CVE-Kennung.</translation>
    </message>
    <message>
        <source>%1 is not a CWE identifier (CWE-number).</source>
        <translation>%1 ist keine CWE-Kennung (CWE-Nummer).</translation>
    </message>
    <message>
        <source>%1 has no name; CSAF wants the CWE title.</source>
        <translation>%1 hat keinen Namen; CSAF verlangt den CWE-Titel.</translation>
    </message>
    <message>
        <source>%1 has no CVSS vector.</source>
        <translation>%1 hat keinen CVSS-Vektor.</translation>
    </message>
    <message>
        <source>Reference %1 is not an http(s) URL: %2</source>
        <translation>Referenz %1 ist keine http(s)-URL: %2</translation>
    </message>
    <message>
        <source>The advisory has no references.</source>
        <translation>Der Sicherheitshinweis hat keine Referenzen.</translation>
    </message>
    <message>
        <source>The advisory offers neither a solution nor a workaround.</source>
        <translation>Der Sicherheitshinweis bietet weder eine Lösung noch eine Umgehungsmaßnahme.</translation>
    </message>
    <message>
        <source>The advisory has no revision history yet.</source>
        <translation>Der Sicherheitshinweis hat noch keine Revisionshistorie.</translation>
    </message>
    <message>
        <source>The CSAF document fails mandatory test %1: %2</source>
        <translation>Das CSAF-Dokument besteht den Pflichttest %1 nicht: %2</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryMailer</name>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1 (bis %2)</translation>
    </message>
    <message>
        <source>%1 (no TLP level set)</source>
        <translation>%1 (keine TLP-Stufe gesetzt)</translation>
    </message>
    <message>
        <source>The distribution list “%1” has no members.</source>
        <translation>Die Verteilerliste „%1“ hat keine Mitglieder.</translation>
    </message>
    <message>
        <source>Not sent: %1 may not go to %2 on the list “%3”. Take them off the list, raise their level in the directory, or lower the advisory&apos;s label.</source>
        <translation>Nicht gesendet: %1 darf nicht an %2 auf der Liste „%3“ gehen. Nehmen Sie sie von der Liste, erhöhen Sie ihre Stufe im Verzeichnis oder senken Sie die Kennzeichnung des Sicherheitshinweises.</translation>
    </message>
    <message>
        <source>Not sent: %1 on the list “%2” have no e-mail address in the directory.</source>
        <translation>Nicht gesendet: %1 auf der Liste „%2“ haben keine E-Mail-Adresse im Verzeichnis.</translation>
    </message>
    <message>
        <source>Not sent: %1 is a draft. Publish it (interim or final) before mailing it to a list.</source>
        <translation>Nicht gesendet: %1 ist ein Entwurf. Veröffentlichen Sie ihn (interim oder final), bevor Sie ihn an eine Liste senden.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryOptions</name>
    <message>
        <source>Take the fields from a JSON file in the form of &apos;advisory show --json&apos;.</source>
        <translation>Die Felder aus einer JSON-Datei in der Form von „advisory show --json“ übernehmen.</translation>
    </message>
    <message>
        <source>The title.</source>
        <translation>Der Titel.</translation>
    </message>
    <message>
        <source>TLP 2.0 label: clear, green, amber, amber+strict, red (default amber).</source>
        <translation>TLP-2.0-Kennzeichnung: clear, green, amber, amber+strict, red (Standard amber).</translation>
    </message>
    <message>
        <source>The summary: what it is and what to do, in a few lines.</source>
        <translation>Die Zusammenfassung: worum es geht und was zu tun ist, in wenigen Zeilen.</translation>
    </message>
    <message>
        <source>The description.</source>
        <translation>Die Beschreibung.</translation>
    </message>
    <message>
        <source>The impact.</source>
        <translation>Die Auswirkung.</translation>
    </message>
    <message>
        <source>The solution (vendor fix).</source>
        <translation>Die Lösung (Fix des Herstellers).</translation>
    </message>
    <message>
        <source>Workarounds and mitigations.</source>
        <translation>Umgehungs- und Minderungsmaßnahmen.</translation>
    </message>
    <message>
        <source>Add a vulnerability: cve=CVE;cvss=VECTOR;cwe=CWE-n;cwe-name=NAME;title=TEXT (each part optional; repeatable).</source>
        <translation>Eine Schwachstelle hinzufügen: cve=CVE;cvss=VECTOR;cwe=CWE-n;cwe-name=NAME;title=TEXT (jeder Teil optional; wiederholbar).</translation>
    </message>
    <message>
        <source>Add a product: vendor=V;product=P;version=X or range=vers:...;status=S (status known_affected, fixed, known_not_affected, under_investigation; repeatable).</source>
        <translation>Ein Produkt hinzufügen: vendor=V;product=P;version=X oder range=vers:...;status=S (Status known_affected, fixed, known_not_affected, under_investigation; wiederholbar).</translation>
    </message>
    <message>
        <source>Add a reference: URL, optionally followed by a space and a summary.</source>
        <translation>Eine Referenz hinzufügen: URL, optional gefolgt von einem Leerzeichen und einer Zusammenfassung.</translation>
    </message>
    <message>
        <source>Acknowledge someone (repeatable).</source>
        <translation>Jemandem danken (wiederholbar).</translation>
    </message>
    <message>
        <source>Add a distribution list to the audience (repeatable).</source>
        <translation>Eine Verteilerliste zur Zielgruppe hinzufügen (wiederholbar).</translation>
    </message>
    <message>
        <source>Link a ticket (repeatable).</source>
        <translation>Ein Ticket verknüpfen (wiederholbar).</translation>
    </message>
    <message>
        <source>Empty a list before adding: %1.</source>
        <translation>Eine Liste vor dem Hinzufügen leeren: %1.</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2.</source>
        <translation>„%1“ ist kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>Offset %1</translation>
    </message>
    <message>
        <source>“%1” must hold one JSON object (an advisory).</source>
        <translation>„%1“ muss genau ein JSON-Objekt (einen Sicherheitshinweis) enthalten.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label.</source>
        <translation>„%1“ ist keine TLP-2.0-Kennzeichnung.</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE with a key of: %2.</source>
        <translation>„%1“ ist nicht KEY=VALUE mit einem Schlüssel aus: %2.</translation>
    </message>
    <message>
        <source>“%1” is given twice.</source>
        <translation>„%1“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>Der Wert ist leer.</translation>
    </message>
    <message>
        <source>Give a version or a range, not both.</source>
        <translation>Geben Sie eine Version oder einen Bereich an, nicht beides.</translation>
    </message>
    <message>
        <source>“%1” is not a product status (known_affected, fixed, known_not_affected, under_investigation).</source>
        <translation>„%1“ ist kein Produktstatus (known_affected, fixed, known_not_affected, under_investigation).</translation>
    </message>
    <message>
        <source>--clear takes one of: %1; not “%2”.</source>
        <translation>--clear nimmt eines von: %1; nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryPage</name>
    <message>
        <source>Advisories</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>&amp;New advisory</source>
        <translation>&amp;Neuer Sicherheitshinweis</translation>
    </message>
    <message>
        <source>&amp;Import CSAF…</source>
        <translation>CSAF &amp;importieren…</translation>
    </message>
    <message>
        <source>Start an advisory from a CSAF 2.0 document, e.g. a vendor&apos;s.</source>
        <translation>Einen Sicherheitshinweis aus einem CSAF-2.0-Dokument beginnen, z. B. dem eines Herstellers.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Fix the errors listed under Checks before publishing.</source>
        <translation>Beheben Sie vor dem Veröffentlichen die unter „Prüfungen“ aufgeführten Fehler.</translation>
    </message>
    <message>
        <source>Publish a new revision and write its files into a folder.</source>
        <translation>Eine neue Revision veröffentlichen und ihre Dateien in einen Ordner schreiben.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>New advisory</source>
        <translation>Neuer Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>Import a CSAF 2.0 document</source>
        <translation>Ein CSAF-2.0-Dokument importieren</translation>
    </message>
    <message>
        <source>CSAF documents (*.json)</source>
        <translation>CSAF-Dokumente (*.json)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Created %1 from %2 of %3.</source>
        <translation>%1 aus %2 von %3 angelegt.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>Published, but the files were not written: %1</source>
        <translation>Veröffentlicht, aber die Dateien wurden nicht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s); the PDF could not be laid out.</source>
        <translation>
            <numerusform>%n Datei geschrieben; das PDF konnte nicht gesetzt werden.</numerusform>
            <numerusform>%n Dateien geschrieben; das PDF konnte nicht gesetzt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation>
            <numerusform>%n Datei geschrieben.</numerusform>
            <numerusform>%n Dateien geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing %1 and writing its files…</source>
        <translation>%1 wird veröffentlicht und seine Dateien werden geschrieben…</translation>
    </message>
    <message>
        <source>No advisories yet</source>
        <translation>Noch keine Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Write one with New advisory below, or start from a vendor&apos;s CSAF document with Import CSAF…</source>
        <translation>Schreiben Sie einen mit „Neuer Sicherheitshinweis“ unten oder beginnen Sie mit dem CSAF-Dokument eines Herstellers über „CSAF importieren…“</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryPreview</name>
    <message>
        <source>Text (signed)</source>
        <translation>Text (signiert)</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Fehler in %1: %2</translation>
    </message>
    <message>
        <source>Warning about %1: %2</source>
        <translation>Warnung zu %1: %2</translation>
    </message>
    <message>
        <source>No findings: ready to publish.</source>
        <translation>Keine Befunde: bereit zur Veröffentlichung.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryPublisher</name>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Writing CSAF and HTML</source>
        <translation>CSAF und HTML werden geschrieben</translation>
    </message>
    <message>
        <source>Signing the text with the team key</source>
        <translation>Der Text wird mit dem Teamschlüssel signiert</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was written.</source>
        <translation>Die Veröffentlichung wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Writing the files</source>
        <translation>Die Dateien werden geschrieben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>There is no team key to sign with; choose one in the directory or publish unsigned.</source>
        <translation>Es gibt keinen Teamschlüssel zum Signieren; wählen Sie einen im Verzeichnis aus oder veröffentlichen Sie unsigniert.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryRenderer</name>
    <message>
        <source>affected</source>
        <translation>betroffen</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>not affected</source>
        <translation>nicht betroffen</translation>
    </message>
    <message>
        <source>under investigation</source>
        <translation>in Untersuchung</translation>
    </message>
    <message>
        <source>CVSS %1 base score %2 (%3)</source>
        <translation>CVSS %1 Basiswert %2 (%3)</translation>
    </message>
    <message>
        <source>, temporal %1</source>
        <translation>, zeitlich %1</translation>
    </message>
    <message>
        <source>, environmental %1</source>
        <translation>, umgebungsbezogen %1</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Status: %1, version %2</source>
        <translation>Status: %1, Version %2</translation>
    </message>
    <message>
        <source>First published: %1</source>
        <translation>Erstveröffentlichung: %1</translation>
    </message>
    <message>
        <source>This version: %1</source>
        <translation>Diese Version: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>Affected products</source>
        <translation>Betroffene Produkte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkungen</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Workarounds</source>
        <translation>Umgehungsmaßnahmen</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Acknowledgments</source>
        <translation>Danksagungen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Based on %1 %2.</source>
        <translation>Basierend auf %1 %2.</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Revisionshistorie</translation>
    </message>
    <message>
        <source>Status: %1, version %2. First published: %3. This version: %4.</source>
        <translation>Status: %1, Version %2. Erstveröffentlichung: %3. Diese Version: %4.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryStore</name>
    <message>
        <source>An advisory identifier scheme needs {YYYY} and {NNNN}, e.g. CERT-XX-{YYYY}-{NNNN}.</source>
        <translation>Ein Kennungsschema für Sicherheitshinweise benötigt {YYYY} und {NNNN}, z. B. CERT-XX-{YYYY}-{NNNN}.</translation>
    </message>
    <message>
        <source>An advisory identifier may only hold letters, digits and . _ + : - (got %1).</source>
        <translation>Eine Kennung für Sicherheitshinweise darf nur Buchstaben, Ziffern und . _ + : - enthalten (erhalten: %1).</translation>
    </message>
    <message>
        <source>An advisory needs a title.</source>
        <translation>Ein Sicherheitshinweis benötigt einen Titel.</translation>
    </message>
    <message>
        <source>%1 is not a CWE identifier (CWE-number).</source>
        <translation>%1 ist keine CWE-Kennung (CWE-Nummer).</translation>
    </message>
    <message>
        <source>Product %1 has no name.</source>
        <translation>Produkt %1 hat keinen Namen.</translation>
    </message>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>Ticket %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not number the advisory.</source>
        <translation>Der Sicherheitshinweis konnte nicht nummeriert werden.</translation>
    </message>
    <message>
        <source>Draft created.</source>
        <translation>Entwurf erstellt.</translation>
    </message>
    <message>
        <source>The new advisory could not be read back.</source>
        <translation>Der neue Sicherheitshinweis konnte nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>No such advisory.</source>
        <translation>Kein solcher Sicherheitshinweis.</translation>
    </message>
    <message>
        <source>Publishing means interim or final.</source>
        <translation>Veröffentlichen bedeutet „interim“ oder „final“.</translation>
    </message>
    <message>
        <source>A final advisory cannot go back to interim; publish a new final version.</source>
        <translation>Ein finaler Sicherheitshinweis kann nicht zu „interim“ zurückkehren; veröffentlichen Sie eine neue finale Version.</translation>
    </message>
    <message>
        <source>The advisory cannot be final yet: %1</source>
        <translation>Der Sicherheitshinweis kann noch nicht final sein: %1</translation>
    </message>
    <message>
        <source>Final version.</source>
        <translation>Finale Version.</translation>
    </message>
    <message>
        <source>Interim version.</source>
        <translation>Vorläufige Version.</translation>
    </message>
    <message>
        <source>CVSS 3.0 vectors are not accepted here; give a CVSS:3.1/ vector (the base metrics are the same). Only a vector from an imported CSAF document is kept as 3.0.</source>
        <translation>CVSS-3.0-Vektoren werden hier nicht akzeptiert; geben Sie einen CVSS:3.1/-Vektor an (die Basismetriken sind dieselben). Nur ein Vektor aus einem importierten CSAF-Dokument wird als 3.0 beibehalten.</translation>
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
        <translation>KENNUNG</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
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
        <translation>VERÖFFENTLICHT</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>Advisory #%1 %2, %3, version %4</source>
        <translation>Sicherheitshinweis #%1 %2, %3, Version %4</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>Zielgruppe: %1</translation>
    </message>
    <message>
        <source>Linked tickets: %1</source>
        <translation>Verknüpfte Tickets: %1</translation>
    </message>
    <message>
        <source>Imported from %1 (%2), document %3, SHA-256 %4</source>
        <translation>Importiert aus %1 (%2), Dokument %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>Revision %1, %2: %3</source>
        <translation>Revision %1, %2: %3</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
</context>
<context>
    <name>fb::AtomicFile</name>
    <message>
        <source>Cannot write a file without a name.</source>
        <translation>Eine Datei ohne Namen kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>fb::BulkActions</name>
    <message numerus="yes">
        <source>%n selected ticket(s)</source>
        <translation>
            <numerusform>%n ausgewähltes Ticket</numerusform>
            <numerusform>%n ausgewählte Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Lösen…</translation>
    </message>
    <message>
        <source>Abandon…</source>
        <translation>Aufgeben…</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Zuweisen an…</translation>
    </message>
    <message>
        <source>Set TLP</source>
        <translation>TLP festlegen</translation>
    </message>
    <message>
        <source>Set class…</source>
        <translation>Klasse festlegen…</translation>
    </message>
    <message>
        <source>Link to incident…</source>
        <translation>Mit Sicherheitsvorfall verknüpfen…</translation>
    </message>
    <message numerus="yes">
        <source>Make %n ticket(s) %1</source>
        <translation>
            <numerusform>%n Ticket auf %1 setzen</numerusform>
            <numerusform>%n Tickets auf %1 setzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Why are they rejected? (Kept as each ticket&apos;s resolution.)</source>
        <translation>Warum werden sie abgelehnt? (Wird bei jedem Ticket als Lösung gespeichert.)</translation>
    </message>
    <message>
        <source>Resolution (kept on each ticket):</source>
        <translation>Lösung (wird bei jedem Ticket gespeichert):</translation>
    </message>
    <message>
        <source>Say why the tickets are rejected; nothing was changed.</source>
        <translation>Geben Sie an, warum die Tickets abgelehnt werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) now %1.</source>
        <translation>
            <numerusform>%n Ticket ist jetzt %1.</numerusform>
            <numerusform>%n Tickets sind jetzt %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message numerus="yes">
        <source>Owner of the %n ticket(s):</source>
        <translation>
            <numerusform>Bearbeiter für %n Ticket:</numerusform>
            <numerusform>Bearbeiter für %n Tickets:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to %1.</source>
        <translation>
            <numerusform>%n Ticket %1 zugewiesen.</numerusform>
            <numerusform>%n Tickets %1 zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Set class</source>
        <translation>Klasse festlegen</translation>
    </message>
    <message numerus="yes">
        <source>Class and type of the %n ticket(s):</source>
        <translation>
            <numerusform>Klasse und Typ für %n Ticket:</numerusform>
            <numerusform>Klasse und Typ für %n Tickets:</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to incident</source>
        <translation>Mit Sicherheitsvorfall verknüpfen</translation>
    </message>
    <message numerus="yes">
        <source>Number of the incident for the %n ticket(s):</source>
        <translation>
            <numerusform>Nummer des Sicherheitsvorfalls für %n Ticket:</numerusform>
            <numerusform>Nummer des Sicherheitsvorfalls für %n Tickets:</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket number; nothing was changed.</source>
        <translation>„%1“ ist keine Ticketnummer; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) linked to incident %1.</source>
        <translation>
            <numerusform>%n Ticket mit Sicherheitsvorfall %1 verknüpft.</numerusform>
            <numerusform>%n Tickets mit Sicherheitsvorfall %1 verknüpft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n ticket(s)</source>
        <translation>
            <numerusform>%n Ticket ändern</numerusform>
            <numerusform>%n Tickets ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

All of them change in one step, or none does.</source>
        <translation>%1

Alle werden in einem Schritt geändert, oder keines.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weiteres.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n ticket(s) refused.</source>
        <translation>
            <numerusform>Es wurde nichts geändert: %n Ticket hat die Änderung abgelehnt.</numerusform>
            <numerusform>Es wurde nichts geändert: %n Tickets haben die Änderung abgelehnt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ChangePassphraseDialog</name>
    <message>
        <source>The current passphrase is not the one of this workspace.</source>
        <translation>Die aktuelle Passphrase ist nicht die dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>The whole workspace is re-encrypted under a key from the new passphrase. If the computer stops meanwhile, the old passphrase still opens it. The new passphrase cannot be recovered: keep it somewhere safe.</source>
        <translation>Der ganze Arbeitsbereich wird mit einem Schlüssel aus der neuen Passphrase neu verschlüsselt. Hält der Computer währenddessen an, öffnet ihn weiterhin die alte Passphrase. Die neue Passphrase kann nicht wiederhergestellt werden: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message>
        <source>Re-encrypting the workspace…</source>
        <translation>Der Arbeitsbereich wird neu verschlüsselt…</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Geben Sie die aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
</context>
<context>
    <name>fb::ChannelTable</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address or number</source>
        <translation>Adresse oder Nummer</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Out of band</source>
        <translation>Out-of-Band</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>An abuse address is an e-mail channel with the usage Abuse. Out-of-band channels are for when the usual ones may be compromised or down.</source>
        <translation>Eine Abuse-Adresse ist ein E-Mail-Kanal mit der Verwendung Abuse. Out-of-Band-Kanäle sind für den Fall gedacht, dass die üblichen kompromittiert oder ausgefallen sein könnten.</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Kanal entfernen</translation>
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
        <translation>Dieses Diagramm als %1 exportieren</translation>
    </message>
    <message>
        <source>The chart could not be written as PNG.</source>
        <translation>Das Diagramm konnte nicht als PNG geschrieben werden.</translation>
    </message>
    <message>
        <source>The chart could not be written as SVG.</source>
        <translation>Das Diagramm konnte nicht als SVG geschrieben werden.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
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
        <translation>Aufruf: %1 [globale Optionen] &lt;Nomen&gt; &lt;Verb&gt; [Optionen]

Firebreak-Vorfallbearbeitung auf der Kommandozeile: Tickets (Meldungen, Sicherheitsvorfälle, Untersuchungen,
Gegenmaßnahmen), Observables, Taxonomien und SLAs in einer verschlüsselten Arbeitsbereichsdatei.

Befehle:
</translation>
    </message>
    <message>
        <source>
Global options (also accepted after the command):
</source>
        <translation>
Globale Optionen (auch nach dem Befehl akzeptiert):
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>; see %1 --help.</source>
        <translation>; siehe %1 --help.</translation>
    </message>
    <message>
        <source>No command given; see %1 --help.</source>
        <translation>Kein Befehl angegeben; siehe %1 --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; see %2 --help.</source>
        <translation>„%1“ ist kein Befehl; siehe %2 --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a verb: %2.</source>
        <translation>„%1“ benötigt ein Verb: %2.</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; is not a command; verbs of %1: %3.</source>
        <translation>„%1 %2“ ist kein Befehl; Verben von %1: %3.</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>libsodium konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; is not a command; %1 needs %3.</source>
        <translation>„%1 %2“ ist kein Befehl; %1 benötigt %3.</translation>
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
        <translation>  -h, --help                 Diese Hilfe anzeigen; „%1 &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.
  --version                  Die Version anzeigen.

Umgebung:
  FIREBREAK_WORKSPACE        Die Arbeitsbereichsdatei, wenn --workspace nicht angegeben ist.
  FIREBREAK_PASSPHRASE       Die Passphrase, wenn --passphrase-file nicht angegeben ist (sonst eine
                             Abfrage ohne Echo im Terminal; ohne Terminal schlägt der Befehl fehl).
  FIREBREAK_NEW_PASSPHRASE   Die neue Passphrase für passwd.
  FIREBREAK_ACTOR            Der im Verlauf vermerkte Name (sonst $USER).
  FIREBREAK_NO_SESSION       Wenn gesetzt (nicht 0), wie --no-session: nie einen von unlock
                             aufbewahrten Schlüssel verwenden.

Zeiten werden in Ortszeit angezeigt; JSON (--json) liefert ISO 8601 UTC.

Exit-Codes:
</translation>
    </message>
</context>
<context>
    <name>fb::CliContext</name>
    <message>
        <source>The workspace file (default: $%1).</source>
        <translation>Die Arbeitsbereichsdatei (Standard: $%1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else $%1, else a prompt).</source>
        <translation>Die Passphrase aus der ersten Zeile von DATEI lesen (sonst $%1, sonst eine Abfrage).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Name recorded in the history (default: $%1, else the login name).</source>
        <translation>Im Verlauf vermerkter Name (Standard: $%1, sonst der Anmeldename).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>No workspace given: use --workspace FILE or set %1.</source>
        <translation>Kein Arbeitsbereich angegeben: verwenden Sie --workspace FILE oder setzen Sie %1.</translation>
    </message>
    <message>
        <source>No passphrase given and no terminal to ask for one: use --passphrase-file FILE or set %1.</source>
        <translation>Keine Passphrase angegeben und kein Terminal für eine Abfrage: verwenden Sie --passphrase-file FILE oder setzen Sie %1.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>No new passphrase given and no terminal to ask for one: use a passphrase file or set %1.</source>
        <translation>Keine neue Passphrase angegeben und kein Terminal für eine Abfrage: verwenden Sie eine Passphrasendatei oder setzen Sie %1.</translation>
    </message>
    <message>
        <source>There is no workspace file at %1.</source>
        <translation>Unter %1 gibt es keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket number.</source>
        <translation>„%1“ ist keine Ticketnummer.</translation>
    </message>
    <message>
        <source>Ignore a key kept by unlock: ask for the passphrase (also $%1=1).</source>
        <translation>Einen von unlock aufbewahrten Schlüssel ignorieren: nach der Passphrase fragen (auch $%1=1).</translation>
    </message>
</context>
<context>
    <name>fb::CliFiles</name>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation>Keine Ausgabedatei angegeben.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>„%1“ kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>“%1” already exists; give --force to replace it.</source>
        <translation>„%1“ existiert bereits; geben Sie --force an, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: there is no folder %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: Es gibt keinen Ordner %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder is not writable.</source>
        <translation>„%1“ kann nicht geschrieben werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
</context>
<context>
    <name>fb::Command</name>
    <message>
        <source>Add a team (or a person) to the contact directory</source>
        <translation>Ein Team (oder eine Person) zum Kontaktverzeichnis hinzufügen</translation>
    </message>
    <message>
        <source>Change a team in the directory</source>
        <translation>Ein Team im Verzeichnis ändern</translation>
    </message>
    <message>
        <source>Show a team with its contacts and warnings</source>
        <translation>Ein Team mit seinen Kontakten und Warnungen anzeigen</translation>
    </message>
    <message>
        <source>List the teams (and people) of the directory</source>
        <translation>Die Teams (und Personen) des Verzeichnisses auflisten</translation>
    </message>
    <message>
        <source>Who handles an IP, CIDR, ASN, domain or e-mail address</source>
        <translation>Wer ist für eine IP, einen CIDR-Block, eine ASN, eine Domain oder eine E-Mail-Adresse zuständig</translation>
    </message>
    <message>
        <source>Import a Trusted Introducer teams.json or vCards</source>
        <translation>Eine teams.json von Trusted Introducer oder vCards importieren</translation>
    </message>
    <message>
        <source>Export the directory as vCard or JSON</source>
        <translation>Das Verzeichnis als vCard oder JSON exportieren</translation>
    </message>
    <message>
        <source>List entries not verified for a while</source>
        <translation>Einträge auflisten, die länger nicht verifiziert wurden</translation>
    </message>
    <message>
        <source>Import, link and check the OpenPGP keys of teams and people</source>
        <translation>OpenPGP-Schlüssel von Teams und Personen importieren, verknüpfen und prüfen</translation>
    </message>
    <message>
        <source>List RSIT classes and types, TLP and PAP labels (no workspace needed)</source>
        <translation>RSIT-Klassen und -Typen, TLP- und PAP-Kennzeichnungen auflisten (kein Arbeitsbereich nötig)</translation>
    </message>
    <message>
        <source>Create a ticket and print its number</source>
        <translation>Ein Ticket anlegen und seine Nummer ausgeben</translation>
    </message>
    <message>
        <source>List tickets: queues by kind, state, owner...</source>
        <translation>Tickets auflisten: Warteschlangen nach Art, Status, Bearbeiter ...</translation>
    </message>
    <message>
        <source>Change one field of a ticket</source>
        <translation>Ein Feld eines Tickets ändern</translation>
    </message>
    <message>
        <source>Move a ticket to another state</source>
        <translation>Ein Ticket in einen anderen Status überführen</translation>
    </message>
    <message>
        <source>Link a ticket under an incident</source>
        <translation>Ein Ticket einem Sicherheitsvorfall unterordnen</translation>
    </message>
    <message>
        <source>Remove a ticket from an incident</source>
        <translation>Ein Ticket aus einem Sicherheitsvorfall entfernen</translation>
    </message>
    <message>
        <source>Merge a duplicate report into another</source>
        <translation>Eine doppelte Meldung mit einer anderen zusammenführen</translation>
    </message>
    <message>
        <source>Add a tag to a ticket</source>
        <translation>Einem Ticket ein Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Remove a tag from a ticket</source>
        <translation>Ein Schlagwort von einem Ticket entfernen</translation>
    </message>
    <message>
        <source>Add an observable (address, domain, hash...)</source>
        <translation>Ein Observable hinzufügen (Adresse, Domain, Hash ...)</translation>
    </message>
    <message>
        <source>Search: full text plus typed terms (ip:, cve:, owner:me...)</source>
        <translation>Suche: Volltext plus typisierte Begriffe (ip:, cve:, owner:me ...)</translation>
    </message>
    <message>
        <source>Show the history of a ticket</source>
        <translation>Den Verlauf eines Tickets anzeigen</translation>
    </message>
    <message>
        <source>Tickets with an observable; a network finds every address inside</source>
        <translation>Tickets mit einem Observable; ein Netz findet jede enthaltene Adresse</translation>
    </message>
    <message>
        <source>Print the observables in a text (no workspace needed)</source>
        <translation>Die Observables in einem Text ausgeben (kein Arbeitsbereich nötig)</translation>
    </message>
    <message>
        <source>Show response and resolution times per severity</source>
        <translation>Reaktions- und Lösungszeiten je Schweregrad anzeigen</translation>
    </message>
    <message>
        <source>Change the times of one severity</source>
        <translation>Die Zeiten eines Schweregrads ändern</translation>
    </message>
    <message>
        <source>Create a new encrypted workspace</source>
        <translation>Einen neuen verschlüsselten Arbeitsbereich anlegen</translation>
    </message>
    <message>
        <source>Change the passphrase of a workspace</source>
        <translation>Die Passphrase eines Arbeitsbereichs ändern</translation>
    </message>
    <message>
        <source>Create a demo workspace (if needed) and show its queues</source>
        <translation>Einen Demo-Arbeitsbereich anlegen (falls nötig) und seine Warteschlangen anzeigen</translation>
    </message>
    <message>
        <source>Start an advisory (a draft)</source>
        <translation>Einen Sicherheitshinweis beginnen (einen Entwurf)</translation>
    </message>
    <message>
        <source>Change an advisory, or publish a revision</source>
        <translation>Einen Sicherheitshinweis ändern oder eine Revision veröffentlichen</translation>
    </message>
    <message>
        <source>Show an advisory</source>
        <translation>Einen Sicherheitshinweis anzeigen</translation>
    </message>
    <message>
        <source>List the advisories</source>
        <translation>Die Sicherheitshinweise auflisten</translation>
    </message>
    <message>
        <source>Check an advisory before publishing</source>
        <translation>Einen Sicherheitshinweis vor der Veröffentlichung prüfen</translation>
    </message>
    <message>
        <source>Write an advisory as CSAF, signed text, HTML, PDF or mail</source>
        <translation>Einen Sicherheitshinweis als CSAF, signierten Text, HTML, PDF oder Mail schreiben</translation>
    </message>
    <message>
        <source>Start an advisory from a CSAF 2.0 document (e.g. a vendor&apos;s)</source>
        <translation>Einen Sicherheitshinweis aus einem CSAF-2.0-Dokument beginnen (z. B. dem eines Herstellers)</translation>
    </message>
    <message>
        <source>Import mail (mbox, Maildir, .eml) into reports and their tickets</source>
        <translation>Mail (mbox, Maildir, .eml) in Meldungen und ihre Tickets importieren</translation>
    </message>
    <message>
        <source>Write a reply, notification or list message from a ticket (.eml)</source>
        <translation>Eine Antwort, Benachrichtigung oder Listennachricht aus einem Ticket schreiben (.eml)</translation>
    </message>
    <message>
        <source>Export a ticket&apos;s correspondence as mbox, or one message as .eml</source>
        <translation>Die Korrespondenz eines Tickets als mbox oder eine Nachricht als .eml exportieren</translation>
    </message>
    <message>
        <source>Edit the team&apos;s RFC 2350 profile by section number, from a file or the directory</source>
        <translation>Das RFC-2350-Profil des Teams nach Abschnittsnummer bearbeiten, aus einer Datei oder dem Verzeichnis</translation>
    </message>
    <message>
        <source>Show the profile draft, or another team&apos;s import</source>
        <translation>Den Profilentwurf oder den Import eines anderen Teams anzeigen</translation>
    </message>
    <message>
        <source>Check the profile before signing</source>
        <translation>Das Profil vor dem Signieren prüfen</translation>
    </message>
    <message>
        <source>Render the profile as text, HTML or PDF</source>
        <translation>Das Profil als Text, HTML oder PDF ausgeben</translation>
    </message>
    <message>
        <source>List the published versions of the profile</source>
        <translation>Die veröffentlichten Versionen des Profils auflisten</translation>
    </message>
    <message>
        <source>Show what changed between two versions</source>
        <translation>Anzeigen, was sich zwischen zwei Versionen geändert hat</translation>
    </message>
    <message>
        <source>Sign the profile with the team key and keep it as a new version</source>
        <translation>Das Profil mit dem Teamschlüssel signieren und als neue Version speichern</translation>
    </message>
    <message>
        <source>Check the signature of an RFC 2350 document</source>
        <translation>Die Signatur eines RFC-2350-Dokuments prüfen</translation>
    </message>
    <message>
        <source>Write (and sign) an RFC 9116 security.txt, or lint one</source>
        <translation>Eine RFC-9116-security.txt schreiben (und signieren) oder eine prüfen</translation>
    </message>
    <message>
        <source>Read another team&apos;s RFC 2350 document into the directory</source>
        <translation>Das RFC-2350-Dokument eines anderen Teams in das Verzeichnis einlesen</translation>
    </message>
    <message>
        <source>Show a stored message: headers, text, attachments, signature</source>
        <translation>Eine gespeicherte Nachricht anzeigen: Kopfzeilen, Text, Anhänge, Signatur</translation>
    </message>
    <message>
        <source>Show every setting with its value</source>
        <translation>Jede Einstellung mit ihrem Wert anzeigen</translation>
    </message>
    <message>
        <source>Show one setting&apos;s value</source>
        <translation>Den Wert einer Einstellung anzeigen</translation>
    </message>
    <message>
        <source>Change settings (as the GUI&apos;s Settings page)</source>
        <translation>Einstellungen ändern (wie die Einstellungsseite der GUI)</translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity, the history chain and the tickets</source>
        <translation>Die Integrität der Datei, die Verlaufskette und die Tickets prüfen</translation>
    </message>
    <message>
        <source>Copy what can still be read of a damaged workspace into a new one</source>
        <translation>Das noch Lesbare eines beschädigten Arbeitsbereichs in einen neuen kopieren</translation>
    </message>
    <message>
        <source>Save an attachment of a stored message</source>
        <translation>Einen Anhang einer gespeicherten Nachricht speichern</translation>
    </message>
    <message>
        <source>Show a distribution list with its members and recipients</source>
        <translation>Eine Verteilerliste mit ihren Mitgliedern und Empfängern anzeigen</translation>
    </message>
    <message>
        <source>Delete a distribution list</source>
        <translation>Eine Verteilerliste löschen</translation>
    </message>
    <message>
        <source>List the distribution lists</source>
        <translation>Die Verteilerlisten auflisten</translation>
    </message>
    <message>
        <source>Put teams and people on a distribution list</source>
        <translation>Teams und Personen auf eine Verteilerliste setzen</translation>
    </message>
    <message>
        <source>Take teams and people off a distribution list</source>
        <translation>Teams und Personen von einer Verteilerliste nehmen</translation>
    </message>
    <message>
        <source>Create a distribution list</source>
        <translation>Eine Verteilerliste anlegen</translation>
    </message>
    <message>
        <source>List the mail that could not be imported</source>
        <translation>Die Mail auflisten, die nicht importiert werden konnte</translation>
    </message>
    <message>
        <source>Show one quarantined message, or save its raw bytes</source>
        <translation>Eine Nachricht in Quarantäne anzeigen oder ihre Rohdaten speichern</translation>
    </message>
    <message>
        <source>Remove an observable from a ticket</source>
        <translation>Ein Observable von einem Ticket entfernen</translation>
    </message>
    <message>
        <source>Add an internal comment to a ticket</source>
        <translation>Einem Ticket einen internen Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>Show a ticket with its links, comments, mail and history</source>
        <translation>Ein Ticket mit seinen Verknüpfungen, Kommentaren, Mails und seinem Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Change many tickets at once, all or nothing</source>
        <translation>Viele Tickets auf einmal ändern, alle oder keines</translation>
    </message>
    <message>
        <source>List the workspace&apos;s playbooks</source>
        <translation>Die Playbooks des Arbeitsbereichs auflisten</translation>
    </message>
    <message>
        <source>Show a playbook and its tasks</source>
        <translation>Ein Playbook mit seinen Aufgaben anzeigen</translation>
    </message>
    <message>
        <source>Import playbooks from a JSON file</source>
        <translation>Playbooks aus einer JSON-Datei importieren</translation>
    </message>
    <message>
        <source>Export playbooks as JSON</source>
        <translation>Playbooks als JSON exportieren</translation>
    </message>
    <message>
        <source>Remove a playbook</source>
        <translation>Ein Playbook entfernen</translation>
    </message>
    <message>
        <source>Give a ticket the tasks of a playbook</source>
        <translation>Einem Ticket die Aufgaben eines Playbooks hinzufügen</translation>
    </message>
    <message>
        <source>Add a task to a ticket</source>
        <translation>Einem Ticket eine Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>List tasks: a ticket&apos;s, yours, or the overdue ones</source>
        <translation>Aufgaben auflisten: die eines Tickets, Ihre oder die überfälligen</translation>
    </message>
    <message>
        <source>Give a task to someone</source>
        <translation>Eine Aufgabe jemandem zuweisen</translation>
    </message>
    <message>
        <source>Set when a task is due</source>
        <translation>Festlegen, wann eine Aufgabe fällig ist</translation>
    </message>
    <message>
        <source>Add a note to a task</source>
        <translation>Einer Aufgabe eine Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Mark a task done</source>
        <translation>Eine Aufgabe als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark a task not applicable</source>
        <translation>Eine Aufgabe als nicht zutreffend markieren</translation>
    </message>
    <message>
        <source>Open a done or not applicable task again</source>
        <translation>Eine erledigte oder nicht zutreffende Aufgabe wieder öffnen</translation>
    </message>
    <message>
        <source>Attach files to a ticket as evidence</source>
        <translation>Dateien als Beweismittel an ein Ticket anhängen</translation>
    </message>
    <message>
        <source>List a ticket&apos;s evidence files</source>
        <translation>Die Beweisdateien eines Tickets auflisten</translation>
    </message>
    <message>
        <source>Export a ticket&apos;s evidence to a folder with SHA256SUMS</source>
        <translation>Die Beweismittel eines Tickets mit SHA256SUMS in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Remove an evidence file from its ticket</source>
        <translation>Eine Beweisdatei von ihrem Ticket entfernen</translation>
    </message>
    <message>
        <source>Reply to every reporter of an incident</source>
        <translation>Jedem Melder eines Sicherheitsvorfalls antworten</translation>
    </message>
    <message>
        <source>Add an event to a ticket&apos;s timeline</source>
        <translation>Der Zeitleiste eines Tickets ein Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>List a ticket&apos;s timeline</source>
        <translation>Die Zeitleiste eines Tickets auflisten</translation>
    </message>
    <message>
        <source>Change a timeline event</source>
        <translation>Ein Ereignis der Zeitleiste ändern</translation>
    </message>
    <message>
        <source>Remove a timeline event</source>
        <translation>Ein Ereignis aus der Zeitleiste entfernen</translation>
    </message>
    <message>
        <source>Import timeline events from CSV</source>
        <translation>Ereignisse der Zeitleiste aus CSV importieren</translation>
    </message>
    <message>
        <source>Export a ticket&apos;s timeline as CSV</source>
        <translation>Die Zeitleiste eines Tickets als CSV exportieren</translation>
    </message>
    <message>
        <source>Launch investigations: ask each responsible team</source>
        <translation>Untersuchungen starten: jedes zuständige Team anfragen</translation>
    </message>
    <message>
        <source>Write an incident report as PDF, HTML or Markdown</source>
        <translation>Einen Vorfallbericht als PDF, HTML oder Markdown schreiben</translation>
    </message>
    <message>
        <source>Export a ticket as a MISP event</source>
        <translation>Ein Ticket als MISP-Event exportieren</translation>
    </message>
    <message>
        <source>Import a MISP event</source>
        <translation>Ein MISP-Event importieren</translation>
    </message>
    <message>
        <source>Write the periodic report on a constituency</source>
        <translation>Den periodischen Bericht über einen Zuständigkeitsbereich schreiben</translation>
    </message>
    <message>
        <source>Export an incident as a MISP event or IODEF document</source>
        <translation>Einen Sicherheitsvorfall als MISP-Event oder IODEF-Dokument exportieren</translation>
    </message>
    <message>
        <source>Import a MISP event or IODEF document</source>
        <translation>Ein MISP-Event oder IODEF-Dokument importieren</translation>
    </message>
    <message>
        <source>Keep the workspace&apos;s key for a while: later commands skip the passphrase</source>
        <translation>Den Schlüssel des Arbeitsbereichs eine Weile aufbewahren: spätere Befehle überspringen die Passphrase</translation>
    </message>
    <message>
        <source>Forget the key that unlock kept</source>
        <translation>Den von unlock aufbewahrten Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Export statistics that can be shared (small counts suppressed)</source>
        <translation>Teilbare Statistiken exportieren (kleine Anzahlen unterdrückt)</translation>
    </message>
</context>
<context>
    <name>fb::CommandHelp</name>
    <message>
        <source>Usage: %1 %2 [options]%3</source>
        <translation>Aufruf: %1 %2 [Optionen]%3</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Needs no workspace.</source>
        <translation>Kein Arbeitsbereich nötig.</translation>
    </message>
    <message>
        <source>Creates the workspace (--workspace or $%1).</source>
        <translation>Legt den Arbeitsbereich an (--workspace oder $%1).</translation>
    </message>
    <message>
        <source>Usage: %1 %2 &lt;verb&gt; [options]

Verbs:
</source>
        <translation>Aufruf: %1 %2 &lt;Verb&gt; [Optionen]

Verben:
</translation>
    </message>
    <message>
        <source>
&apos;%1 %2 &lt;verb&gt; --help&apos; shows the options of a verb.
</source>
        <translation>
„%1 %2 &lt;Verb&gt; --help“ zeigt die Optionen eines Verbs.
</translation>
    </message>
    <message>
        <source>Opens the workspace (--workspace or $%1) with the key kept by unlock, else with its passphrase.</source>
        <translation>Öffnet den Arbeitsbereich (--workspace oder $%1) mit dem von unlock aufbewahrten Schlüssel, sonst mit seiner Passphrase.</translation>
    </message>
    <message>
        <source>Opens the workspace (--workspace or $%1) with its passphrase, never with a key kept by unlock.</source>
        <translation>Öffnet den Arbeitsbereich (--workspace oder $%1) mit seiner Passphrase, nie mit einem von unlock aufbewahrten Schlüssel.</translation>
    </message>
    <message>
        <source>Names the workspace (--workspace or $%1) without opening it.</source>
        <translation>Benennt den Arbeitsbereich (--workspace oder $%1), ohne ihn zu öffnen.</translation>
    </message>
</context>
<context>
    <name>fb::CommentStore</name>
    <message>
        <source>A comment cannot be empty.</source>
        <translation>Ein Kommentar darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A comment can be at most %L1 characters long; this one has %L2. Attach long texts as files.</source>
        <translation>Ein Kommentar darf höchstens %L1 Zeichen lang sein; dieser hat %L2. Hängen Sie lange Texte als Dateien an.</translation>
    </message>
</context>
<context>
    <name>fb::ComposerDialog</name>
    <message>
        <source>Save message</source>
        <translation>Nachricht speichern</translation>
    </message>
    <message>
        <source>Mail message (*.eml)</source>
        <translation>Mail-Nachricht (*.eml)</translation>
    </message>
    <message>
        <source>Write mail for ticket %1</source>
        <translation>Mail für Ticket %1 schreiben</translation>
    </message>
    <message>
        <source>the incident response team</source>
        <translation>das Incident-Response-Team</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Reporter: %1</source>
        <translation>Melder: %1</translation>
    </message>
    <message>
        <source>Investigation #%1: %2</source>
        <translation>Untersuchung #%1: %2</translation>
    </message>
    <message>
        <source>Team: %1 &lt;%2&gt;</source>
        <translation>Team: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No known correspondent: type the address below</source>
        <translation>Kein bekannter Korrespondenzpartner: Geben Sie die Adresse unten ein</translation>
    </message>
    <message>
        <source>name@example.org, another@example.net</source>
        <translation>name@example.org, another@example.net</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Vorlage bearbeiten…</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>TLP:</source>
        <translation>TLP:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>The subject gets the ticket tag %1 and the TLP label; the TLP label also goes above the text.</source>
        <translation>Der Betreff erhält die Ticketmarke %1 und die TLP-Kennzeichnung; die TLP-Kennzeichnung steht auch über dem Text.</translation>
    </message>
    <message>
        <source>Sign with the team key</source>
        <translation>Mit dem Teamschlüssel signieren</translation>
    </message>
    <message>
        <source>No team key: choose our team and its key in the directory to sign mail.</source>
        <translation>Kein Teamschlüssel: Wählen Sie im Verzeichnis unser Team und seinen Schlüssel, um Mail zu signieren.</translation>
    </message>
    <message>
        <source>Team key %1</source>
        <translation>Teamschlüssel %1</translation>
    </message>
    <message>
        <source>Encrypt to every recipient</source>
        <translation>An jeden Empfänger verschlüsseln</translation>
    </message>
    <message>
        <source>Looking up recipients&apos; keys…</source>
        <translation>Schlüssel der Empfänger werden gesucht…</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Als .eml speichern…</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>Kollegin/Kollege</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>Vorlage bearbeiten</translation>
    </message>
    <message>
        <source>The template is saved in this workspace.</source>
        <translation>Die Vorlage wird in diesem Arbeitsbereich gespeichert.</translation>
    </message>
    <message>
        <source>The workspace keyring could not be read: %1</source>
        <translation>Der Schlüsselbund des Arbeitsbereichs konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No recipient yet.</source>
        <translation>Noch kein Empfänger.</translation>
    </message>
    <message>
        <source>✔ %1: usable key %2</source>
        <translation>✔ %1: verwendbarer Schlüssel %2</translation>
    </message>
    <message>
        <source>✘ %1: no usable key in the workspace keyring (Import key… in the directory)</source>
        <translation>✘ %1: kein verwendbarer Schlüssel im Schlüsselbund des Arbeitsbereichs (Schlüssel importieren… im Verzeichnis)</translation>
    </message>
    <message>
        <source>Every recipient has a usable key.</source>
        <translation>Jeder Empfänger hat einen verwendbaren Schlüssel.</translation>
    </message>
    <message>
        <source>Composing…</source>
        <translation>Wird verfasst…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1. Sending over SMTP comes later.</source>
        <translation>In %1 gespeichert. Versand über SMTP folgt später.</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Bcc:</source>
        <translation>Bcc:</translation>
    </message>
    <message>
        <source>Blind copies: the other recipients do not see these addresses. The line stays in the saved .eml for the program that sends it, which removes it. Not with encryption, whose message would name their keys.</source>
        <translation>Blindkopien: Die anderen Empfänger sehen diese Adressen nicht. Die Zeile bleibt in der gespeicherten .eml-Datei für das Programm, das sie versendet; es entfernt sie. Nicht mit Verschlüsselung, deren Nachricht ihre Schlüssel nennen würde.</translation>
    </message>
    <message>
        <source>Sender of the last message: %1</source>
        <translation>Absender der letzten Nachricht: %1</translation>
    </message>
    <message>
        <source>Encryption needs a recipient with a usable key.</source>
        <translation>Verschlüsselung braucht einen Empfänger mit einem verwendbaren Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot encrypt: no usable key for %1.</source>
        <translation>Verschlüsseln nicht möglich: kein verwendbarer Schlüssel für %1.</translation>
    </message>
    <message>
        <source>⚠ %1 is less restrictive than the ticket&apos;s %2: check that everything in this message may be shared as %1.</source>
        <translation>⚠ %1 ist weniger restriktiv als die Kennzeichnung %2 des Tickets: Prüfen Sie, ob alles in dieser Nachricht als %1 geteilt werden darf.</translation>
    </message>
    <message>
        <source>“%1” for this workspace. Placeholders: {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting}, {observables}. Empty text brings back the built-in template.</source>
        <translation>„%1“ für diesen Arbeitsbereich. Platzhalter: {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting}, {observables}. Ein leerer Text stellt die eingebaute Vorlage wieder her.</translation>
    </message>
</context>
<context>
    <name>fb::Constituency</name>
    <message>
        <source>“%1” is not an IP address or CIDR block.</source>
        <translation>„%1“ ist keine IP-Adresse und kein CIDR-Block.</translation>
    </message>
    <message>
        <source>“%1” is not an address range (first-last).</source>
        <translation>„%1“ ist kein Adressbereich (erste–letzte).</translation>
    </message>
    <message>
        <source>The range “%1” mixes IPv4 and IPv6.</source>
        <translation>Der Bereich „%1“ mischt IPv4 und IPv6.</translation>
    </message>
    <message>
        <source>The range “%1” ends before it starts.</source>
        <translation>Der Bereich „%1“ endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>“%1” is not an AS number.</source>
        <translation>„%1“ ist keine AS-Nummer.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>„%1“ ist kein Domainname.</translation>
    </message>
    <message>
        <source>A constituency entry cannot be empty.</source>
        <translation>Ein Eintrag des Zuständigkeitsbereichs darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Unknown constituency kind.</source>
        <translation>Unbekannte Art von Zuständigkeitsbereich.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number, %2 why the line was refused</extracomment>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::ConstituencyReport</name>
    <message>
        <source>All constituencies</source>
        <translation>Alle Zuständigkeitsbereiche</translation>
    </message>
    <message>
        <source>Generated %1 by %2.</source>
        <translation>Erstellt am %1 von %2.</translation>
    </message>
    <message>
        <source>Generated %1 by %2 for %3.</source>
        <translation>Erstellt am %1 von %2 für %3.</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Kein Typ</translation>
    </message>
    <message>
        <source>No ticket names the constituency “%1”.</source>
        <translation>Kein Ticket nennt den Zuständigkeitsbereich „%1“.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>Tickets werden gezählt…</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
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
        <translation>%1, %2 bis %3</translation>
    </message>
    <message>
        <source>Constituency report: %1</source>
        <translation>Bericht zum Zuständigkeitsbereich: %1</translation>
    </message>
    <message>
        <source>Incident reports received</source>
        <translation>Eingegangene Vorfallmeldungen</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Eröffnete Sicherheitsvorfälle</translation>
    </message>
    <message>
        <source>Incidents resolved</source>
        <translation>Gelöste Sicherheitsvorfälle</translation>
    </message>
    <message>
        <source>Incidents still open at the end of the period</source>
        <translation>Am Ende des Zeitraums noch offene Sicherheitsvorfälle</translation>
    </message>
    <message>
        <source>First response to an incident report</source>
        <translation>Erste Antwort auf eine Vorfallmeldung</translation>
    </message>
    <message>
        <source>Resolution of an incident</source>
        <translation>Lösung eines Sicherheitsvorfalls</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
</context>
<context>
    <name>fb::ConstituencyReportDialog</name>
    <message>
        <source>Constituency report</source>
        <translation>Bericht zum Zuständigkeitsbereich</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Constituency:</source>
        <translation>&amp;Zuständigkeitsbereich:</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Formatiert</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>Vor&amp;schau:</translation>
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
        <translation>CSV (eine Zeile pro Zahl)</translation>
    </message>
    <message>
        <source>Export &amp;as:</source>
        <translation>Exportieren &amp;als:</translation>
    </message>
    <message>
        <source>Counts only, no ticket content: the report is labelled TLP:AMBER.</source>
        <translation>Nur Anzahlen, kein Ticketinhalt: Der Bericht ist mit TLP:AMBER gekennzeichnet.</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>All constituencies</source>
        <translation>Alle Zuständigkeitsbereiche</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag.</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>Tickets werden gezählt…</translation>
    </message>
    <message>
        <source>Export the constituency report</source>
        <translation>Den Bericht zum Zuständigkeitsbereich exportieren</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>fb::ConstituencyReportFile</name>
    <message>
        <source>A constituency report is written as text, html, pdf or csv.</source>
        <translation>Ein Bericht zum Zuständigkeitsbereich wird als text, html, pdf oder csv geschrieben.</translation>
    </message>
</context>
<context>
    <name>fb::CorrespondencePanel</name>
    <message>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <source>Import the signer&apos;s public key</source>
        <translation>Den öffentlichen Schlüssel des Unterzeichners importieren</translation>
    </message>
    <message>
        <source>OpenPGP keys (*.asc *.gpg *.pgp *.key);;All files (*)</source>
        <translation>OpenPGP-Schlüssel (*.asc *.gpg *.pgp *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import key…</source>
        <translation>Schlüssel importieren…</translation>
    </message>
    <message>
        <source>Import the signer&apos;s public key into the workspace keyring and check again</source>
        <translation>Den öffentlichen Schlüssel des Unterzeichners in den Schlüsselbund des Arbeitsbereichs importieren und erneut prüfen</translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation>Ein/Aus</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>In, encrypted</source>
        <translation>Ein, verschlüsselt</translation>
    </message>
    <message>
        <source>Out, encrypted</source>
        <translation>Aus, verschlüsselt</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>The message was encrypted; Firebreak has not decrypted it.</source>
        <translation>Die Nachricht war verschlüsselt; Firebreak hat sie nicht entschlüsselt.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>a signature is being checked right now</extracomment>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The signature is being checked against the workspace keyring.</source>
        <translation>Die Signatur wird gegen den Schlüsselbund des Arbeitsbereichs geprüft.</translation>
    </message>
    <message>
        <source>The message is signed; the signature has not been checked.</source>
        <translation>Die Nachricht ist signiert; die Signatur wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
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
        <translation>Der Anhang kann nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 is too large for a key file.</source>
        <translation>%1 ist zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Importing the key…</source>
        <translation>Der Schlüssel wird importiert…</translation>
    </message>
    <message>
        <source>Imported into the workspace keyring: %1. Compare the fingerprint with the sender through another channel.</source>
        <translation>In den Schlüsselbund des Arbeitsbereichs importiert: %1. Vergleichen Sie den Fingerabdruck über einen anderen Kanal mit dem Absender.</translation>
    </message>
    <message>
        <source>The signatures could not be checked: %1</source>
        <translation>Die Signaturen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Zitierten Text anzeigen</translation>
    </message>
    <message>
        <source>Quoted lines of earlier messages are folded into one line; tick to read them.</source>
        <translation>Zitierte Zeilen früherer Nachrichten werden zu einer Zeile zusammengefasst; setzen Sie das Häkchen, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Open in window</source>
        <translation>In Fenster öffnen</translation>
    </message>
    <message>
        <source>Read the message in a window of its own (or double-click it in the list).</source>
        <translation>Die Nachricht in einem eigenen Fenster lesen (oder in der Liste doppelt auf sie klicken).</translation>
    </message>
    <message>
        <source>(The message came as HTML; shown as text, without its links&apos; targets, images and scripts.)</source>
        <translation>(Die Nachricht kam als HTML; als Text angezeigt, ohne die Ziele ihrer Links, ohne Bilder und Skripte.)</translation>
    </message>
    <message>
        <source>OpenPGP part, not an attachment: %1 (%2)</source>
        <translation>OpenPGP-Teil, kein Anhang: %1 (%2)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <source>Import mail about it (File → Import mail files…) or write one (Write mail…).</source>
        <translation>Importieren Sie Mail dazu (Datei → Mail-Dateien importieren…) oder schreiben Sie eine (Mail schreiben…).</translation>
    </message>
    <message>
        <source>Add to timeline…</source>
        <translation>Zur Zeitleiste hinzufügen…</translation>
    </message>
    <message>
        <source>Add an event for this message to the ticket&apos;s timeline: its date, subject and sender.</source>
        <translation>Der Zeitleiste des Tickets ein Ereignis zu dieser Nachricht hinzufügen: ihr Datum, ihr Betreff und ihr Absender.</translation>
    </message>
</context>
<context>
    <name>fb::Countries</name>
    <message>
        <source>“%1” is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 alpha-2.</translation>
    </message>
</context>
<context>
    <name>fb::CsafMandatoryTests</name>
    <message>
        <source>Product ID %1 is defined twice.</source>
        <translation>Produkt-ID %1 ist zweimal definiert.</translation>
    </message>
    <message>
        <source>Product ID %1 is not defined in the product tree.</source>
        <translation>Produkt-ID %1 ist im Produktbaum nicht definiert.</translation>
    </message>
    <message>
        <source>Product ID %1 is defined in terms of itself.</source>
        <translation>Produkt-ID %1 ist durch sich selbst definiert.</translation>
    </message>
    <message>
        <source>Product group ID %1 is defined twice.</source>
        <translation>Produktgruppen-ID %1 ist zweimal definiert.</translation>
    </message>
    <message>
        <source>Product group ID %1 is not defined in the product tree.</source>
        <translation>Produktgruppen-ID %1 ist im Produktbaum nicht definiert.</translation>
    </message>
    <message>
        <source>Product %1 is both %2 and %3.</source>
        <translation>Produkt %1 ist sowohl %2 als auch %3.</translation>
    </message>
    <message>
        <source>The required property %1 is missing.</source>
        <translation>Die Pflichteigenschaft %1 fehlt.</translation>
    </message>
    <message>
        <source>%1 is not a CVSS v3 version.</source>
        <translation>%1 ist keine Version von CVSS v3.</translation>
    </message>
    <message>
        <source>The vector does not start with CVSS:%1/.</source>
        <translation>Der Vektor beginnt nicht mit CVSS:%1/.</translation>
    </message>
    <message>
        <source>%1 is not a value of %2.</source>
        <translation>%1 ist kein Wert von %2.</translation>
    </message>
    <message>
        <source>%1 is not a score from 0 to 10.</source>
        <translation>%1 ist kein Score von 0 bis 10.</translation>
    </message>
    <message>
        <source>%1 is not a severity.</source>
        <translation>%1 ist kein Schweregrad.</translation>
    </message>
    <message>
        <source>Product %1 has more than one CVSS %2 score.</source>
        <translation>Produkt %1 hat mehr als einen CVSS-%2-Score.</translation>
    </message>
    <message>
        <source>Revision %1 is dated after revision %2 but numbered below it.</source>
        <translation>Revision %1 ist später datiert als Revision %2, hat aber eine niedrigere Nummer.</translation>
    </message>
    <message>
        <source>The revision history skips from %1 to %2.</source>
        <translation>Die Revisionshistorie springt von %1 auf %2.</translation>
    </message>
    <message>
        <source>The first revision is %1; it must be 0 or 1.</source>
        <translation>Die erste Revision ist %1; sie muss 0 oder 1 sein.</translation>
    </message>
    <message>
        <source>The document is %1 but its revision history holds the draft version %2.</source>
        <translation>Das Dokument ist %1, aber seine Revisionshistorie enthält die Entwurfsversion %2.</translation>
    </message>
    <message>
        <source>Revision %1 is a pre-release.</source>
        <translation>Revision %1 ist eine Vorabversion.</translation>
    </message>
    <message>
        <source>Version %1 appears twice in the revision history.</source>
        <translation>Version %1 kommt zweimal in der Revisionshistorie vor.</translation>
    </message>
    <message>
        <source>The document version is %1 but the latest revision is %2.</source>
        <translation>Die Dokumentversion ist %1, aber die neueste Revision ist %2.</translation>
    </message>
    <message>
        <source>Version %1 is a draft version but the status is %2.</source>
        <translation>Version %1 ist eine Entwurfsversion, aber der Status ist %2.</translation>
    </message>
    <message>
        <source>The document is %1 but its version %2 is a pre-release.</source>
        <translation>Das Dokument ist %1, aber seine Version %2 ist eine Vorabversion.</translation>
    </message>
    <message>
        <source>Version %1 mixes integer and semantic versioning.</source>
        <translation>Version %1 mischt ganzzahlige und semantische Versionierung.</translation>
    </message>
    <message>
        <source>The publisher is a translator but the source language is not given.</source>
        <translation>Der Herausgeber ist ein Übersetzer, aber die Ausgangssprache ist nicht angegeben.</translation>
    </message>
    <message>
        <source>The source language is the document language (%1).</source>
        <translation>Die Ausgangssprache ist die Dokumentsprache (%1).</translation>
    </message>
    <message>
        <source>%1 is used by more than one vulnerability.</source>
        <translation>%1 wird von mehr als einer Schwachstelle verwendet.</translation>
    </message>
    <message>
        <source>Party %1 is involved twice at the same date.</source>
        <translation>Die Partei %1 ist zweimal zum selben Datum beteiligt.</translation>
    </message>
    <message>
        <source>Hash algorithm %1 is used twice.</source>
        <translation>Der Hash-Algorithmus %1 wird zweimal verwendet.</translation>
    </message>
    <message>
        <source>The category %1 is reserved for a CSAF profile.</source>
        <translation>Die Kategorie %1 ist einem CSAF-Profil vorbehalten.</translation>
    </message>
    <message>
        <source>The document has no note of category description, details, general or summary.</source>
        <translation>Das Dokument hat keine Notiz der Kategorie description, details, general oder summary.</translation>
    </message>
    <message>
        <source>The document has no external reference.</source>
        <translation>Das Dokument hat keine externe Referenz.</translation>
    </message>
    <message>
        <source>An informational advisory has no vulnerabilities.</source>
        <translation>Ein informativer Sicherheitshinweis hat keine Schwachstellen.</translation>
    </message>
    <message>
        <source>The document has no product tree.</source>
        <translation>Das Dokument hat keinen Produktbaum.</translation>
    </message>
    <message>
        <source>The document has no vulnerabilities.</source>
        <translation>Das Dokument hat keine Schwachstellen.</translation>
    </message>
    <message>
        <source>The vulnerability has no notes.</source>
        <translation>Die Schwachstelle hat keine Notizen.</translation>
    </message>
    <message>
        <source>The vulnerability has no product status.</source>
        <translation>Die Schwachstelle hat keinen Produktstatus.</translation>
    </message>
    <message>
        <source>The product status has none of fixed, known_affected, known_not_affected and under_investigation.</source>
        <translation>Der Produktstatus enthält keines von fixed, known_affected, known_not_affected und under_investigation.</translation>
    </message>
    <message>
        <source>The vulnerability has neither a CVE nor ids.</source>
        <translation>Die Schwachstelle hat weder eine CVE noch ids.</translation>
    </message>
    <message>
        <source>There is no impact statement for %1.</source>
        <translation>Es gibt keine Aussage zur Auswirkung für %1.</translation>
    </message>
    <message>
        <source>There is no action statement for %1.</source>
        <translation>Es gibt keine Aussage zu Maßnahmen für %1.</translation>
    </message>
    <message>
        <source>The remediation names no product or product group.</source>
        <translation>Die Abhilfemaßnahme nennt kein Produkt und keine Produktgruppe.</translation>
    </message>
    <message>
        <source>The product version %1 is a version range.</source>
        <translation>Die Produktversion %1 ist ein Versionsbereich.</translation>
    </message>
</context>
<context>
    <name>fb::CsafReader</name>
    <message>
        <source>This is not a JSON document: %1.</source>
        <translation>Dies ist kein JSON-Dokument: %1.</translation>
    </message>
    <message>
        <source>Only CSAF 2.0 documents can be imported.</source>
        <translation>Nur CSAF-2.0-Dokumente können importiert werden.</translation>
    </message>
    <message>
        <source>The CSAF document has no tracking id or title.</source>
        <translation>Das CSAF-Dokument hat weder Tracking-ID noch Titel.</translation>
    </message>
    <message>
        <source>CVSS v2 is not kept</source>
        <translation>CVSS v2 wird nicht übernommen</translation>
    </message>
    <message>
        <source>a further CVSS v3 score is not kept (one vector per vulnerability)</source>
        <translation>ein weiterer CVSS-v3-Score wird nicht übernommen (ein Vektor pro Schwachstelle)</translation>
    </message>
    <message>
        <source>the vector is not kept: %1</source>
        <translation>der Vektor wird nicht übernommen: %1</translation>
    </message>
    <message>
        <source>a CVSS 3.0 vector, kept as given (its base score is that of CVSS 3.1)</source>
        <translation>ein CVSS-3.0-Vektor, wie angegeben übernommen (sein Basiswert ist der von CVSS 3.1)</translation>
    </message>
    <message>
        <source>%1 given, %2 from the vector; corrected</source>
        <translation>%1 angegeben, %2 aus dem Vektor; korrigiert</translation>
    </message>
    <message>
        <source>%1 given, %2 computed from the vector; corrected</source>
        <translation>%1 angegeben, %2 aus dem Vektor berechnet; korrigiert</translation>
    </message>
    <message>
        <source>%1 given, %2 in the vector; corrected</source>
        <translation>%1 angegeben, %2 im Vektor; korrigiert</translation>
    </message>
    <message>
        <source>not kept (Firebreak&apos;s advisory has no place for it)</source>
        <translation>nicht übernommen (der Sicherheitshinweis von Firebreak hat keinen Platz dafür)</translation>
    </message>
    <message>
        <source>the document&apos;s profile is %1, not csaf_security_advisory</source>
        <translation>das Profil des Dokuments ist %1, nicht csaf_security_advisory</translation>
    </message>
    <message>
        <source>the document carries no TLP label; it was set to TLP:AMBER</source>
        <translation>das Dokument trägt keine TLP-Kennzeichnung; sie wurde auf TLP:AMBER gesetzt</translation>
    </message>
    <message>
        <source>the note “%1” of category %2 is not kept</source>
        <translation>die Notiz „%1“ der Kategorie %2 wird nicht übernommen</translation>
    </message>
    <message>
        <source>%1 is already %2 from an earlier vulnerability; one status per product is kept</source>
        <translation>%1 ist bereits %2 aus einer früheren Schwachstelle; ein Status pro Produkt wird übernommen</translation>
    </message>
    <message>
        <source>the remediation of category %1 is not kept</source>
        <translation>die Abhilfemaßnahme der Kategorie %1 wird nicht übernommen</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) had no status and were set to under investigation</source>
        <translation>
            <numerusform>%n Produkt hatte keinen Status und wurde auf „in Untersuchung“ gesetzt</numerusform>
            <numerusform>%n Produkte hatten keinen Status und wurden auf „in Untersuchung“ gesetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product status entr(y/ies) named products outside the product branches (e.g. relationships); they were not imported</source>
        <translation>
            <numerusform>%n Produktstatus-Eintrag nannte Produkte außerhalb der Produktzweige (z. B. Beziehungen); er wurde nicht importiert</numerusform>
            <numerusform>%n Produktstatus-Einträge nannten Produkte außerhalb der Produktzweige (z. B. Beziehungen); sie wurden nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>the source fails CSAF mandatory test %1: %2</source>
        <translation>die Quelle besteht den CSAF-Pflichttest %1 nicht: %2</translation>
    </message>
</context>
<context>
    <name>fb::CsafWriter</name>
    <message>
        <source>Not exported: %1 (see advisory lint).</source>
        <translation>Nicht exportiert: %1 (siehe advisory lint).</translation>
    </message>
    <message>
        <source>Not exported: the CSAF document fails mandatory test %1 at %2: %3</source>
        <translation>Nicht exportiert: Das CSAF-Dokument besteht den Pflichttest %1 bei %2 nicht: %3</translation>
    </message>
</context>
<context>
    <name>fb::CsvReader</name>
    <message>
        <source>The file has %L1 bytes; at most %L2 are read.</source>
        <translation>Die Datei hat %L1 Byte; höchstens %L2 werden gelesen.</translation>
    </message>
    <message>
        <source>Line %L1 is not valid UTF-8.</source>
        <translation>Zeile %L1 ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows.</source>
        <translation>Die Datei hat mehr als %L1 Zeilen.</translation>
    </message>
    <message>
        <source>Row %L1, column %L2 holds a control character (U+%3).</source>
        <translation>Zeile %L1, Spalte %L2 enthält ein Steuerzeichen (U+%3).</translation>
    </message>
    <message>
        <source>Row %L1, column %L2: text follows the closing quote of a field.</source>
        <translation>Zeile %L1, Spalte %L2: Auf das schließende Anführungszeichen eines Felds folgt noch Text.</translation>
    </message>
    <message>
        <source>Row %L1, column %L2: a quote inside a field that does not start with one (write the field in quotes and double the quote).</source>
        <translation>Zeile %L1, Spalte %L2: ein Anführungszeichen in einem Feld, das nicht mit einem beginnt (setzen Sie das Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen).</translation>
    </message>
    <message>
        <source>Row %L1, column %L2: a quoted field is not closed before the end of the file.</source>
        <translation>Zeile %L1, Spalte %L2: Ein Feld in Anführungszeichen ist vor dem Ende der Datei nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>fb::Cvss31</name>
    <message>
        <source>CVSS 3.0 vectors are not accepted here; give a CVSS:3.1/ vector.</source>
        <translation>CVSS-3.0-Vektoren werden hier nicht akzeptiert; geben Sie einen CVSS:3.1/-Vektor an.</translation>
    </message>
    <message>
        <source>A CVSS v3.1 vector starts with &quot;CVSS:3.1/&quot;.</source>
        <translation>Ein CVSS-v3.1-Vektor beginnt mit „CVSS:3.1/“.</translation>
    </message>
    <message>
        <source>The CVSS vector has no metrics.</source>
        <translation>Der CVSS-Vektor hat keine Metriken.</translation>
    </message>
    <message>
        <source>The CVSS vector has an empty component after %1 (a stray or trailing slash).</source>
        <translation>Der CVSS-Vektor hat eine leere Komponente nach %1 (ein überzähliger oder abschließender Schrägstrich).</translation>
    </message>
    <message>
        <source>CVSS metric names are upper case: %1.</source>
        <translation>CVSS-Metriknamen werden großgeschrieben: %1.</translation>
    </message>
    <message>
        <source>%1 is not a CVSS v3.1 metric.</source>
        <translation>%1 ist keine CVSS-v3.1-Metrik.</translation>
    </message>
    <message>
        <source>The CVSS metric %1 has no value.</source>
        <translation>Die CVSS-Metrik %1 hat keinen Wert.</translation>
    </message>
    <message>
        <source>The CVSS metric %1 is given twice.</source>
        <translation>Die CVSS-Metrik %1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>%1 is not a value of the CVSS metric %2 (allowed: %3).</source>
        <translation>%1 ist kein Wert der CVSS-Metrik %2 (erlaubt: %3).</translation>
    </message>
    <message>
        <source>The CVSS base metric %1 is missing.</source>
        <translation>Die CVSS-Basismetrik %1 fehlt.</translation>
    </message>
    <message>
        <source>CVSS 3.0 vectors are read for their base score only; %1 is not accepted. Give a CVSS:3.1/ vector.</source>
        <translation>CVSS-3.0-Vektoren werden nur für ihren Basiswert gelesen; %1 wird nicht akzeptiert. Geben Sie einen CVSS:3.1/-Vektor an.</translation>
    </message>
</context>
<context>
    <name>fb::CvssJson</name>
    <message>
        <source>The vector cannot be scored: %1</source>
        <translation>Der Vektor kann nicht bewertet werden: %1</translation>
    </message>
    <message>
        <source>%1 is %2 but the vector gives %3.</source>
        <translation>%1 ist %2, aber der Vektor ergibt %3.</translation>
    </message>
    <message>
        <source>version %1 does not match the vector&apos;s prefix.</source>
        <translation>Version %1 passt nicht zum Präfix des Vektors.</translation>
    </message>
    <message>
        <source>%1 is %2 but the vector says %3 (%4).</source>
        <translation>%1 ist %2, aber der Vektor sagt %3 (%4).</translation>
    </message>
</context>
<context>
    <name>fb::DashboardPage</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;bis:</translation>
    </message>
    <message>
        <source>&amp;Constituency:</source>
        <translation>&amp;Zuständigkeitsbereich:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Incidents per RSIT class and month</source>
        <translation>Sicherheitsvorfälle pro RSIT-Klasse und Monat</translation>
    </message>
    <message>
        <source>Open tickets by kind and state</source>
        <translation>Offene Tickets nach Art und Status</translation>
    </message>
    <message>
        <source>SLA breaches per week</source>
        <translation>SLA-Verletzungen pro Woche</translation>
    </message>
    <message>
        <source>Incident reports by channel and reporter type</source>
        <translation>Vorfallmeldungen nach Kanal und Meldertyp</translation>
    </message>
    <message>
        <source>Time to first response by severity (hours)</source>
        <translation>Zeit bis zur ersten Antwort nach Schweregrad (Stunden)</translation>
    </message>
    <message>
        <source>Time to resolution by severity (hours)</source>
        <translation>Zeit bis zur Lösung nach Schweregrad (Stunden)</translation>
    </message>
    <message>
        <source>All constituencies</source>
        <translation>Alle Zuständigkeitsbereiche</translation>
    </message>
    <message>
        <source>No tickets to chart yet</source>
        <translation>Noch keine Tickets für Diagramme</translation>
    </message>
    <message>
        <source>The charts fill as reports come in: import mail with File → Import mail files…</source>
        <translation>Die Diagramme füllen sich, sobald Meldungen eingehen: Importieren Sie Mail mit Datei → Mail-Dateien importieren…</translation>
    </message>
    <message>
        <source>Overdue tasks now: %L1</source>
        <extracomment>On the dashboard: open tasks past their due date, now (not in the chosen range).</extracomment>
        <translation>Derzeit überfällige Aufgaben: %L1</translation>
    </message>
    <message>
        <source>Shareable &amp;statistics…</source>
        <translation>Teilbare &amp;Statistiken…</translation>
    </message>
    <message>
        <source>Counts per RSIT class, month and sector or country that reveal no single case</source>
        <translation>Anzahlen pro RSIT-Klasse, Monat und Sektor oder Land, die keinen Einzelfall erkennen lassen</translation>
    </message>
    <message>
        <source>Constituency &amp;report…</source>
        <translation>&amp;Bericht zum Zuständigkeitsbereich…</translation>
    </message>
    <message>
        <source>Counts, response and resolution times and SLA breaches of the chosen range and constituency, as text, HTML, PDF or CSV</source>
        <translation>Anzahlen, Reaktions- und Lösungszeiten und SLA-Verletzungen des gewählten Zeitraums und Zuständigkeitsbereichs, als Text, HTML, PDF oder CSV</translation>
    </message>
</context>
<context>
    <name>fb::DemoCorrespondence</name>
    <message>
        <source>The demo file %1 is missing from this build.</source>
        <translation>Die Demodatei %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The demo report from %1 is missing.</source>
        <translation>Die Demo-Meldung von %1 fehlt.</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>Demodaten</translation>
    </message>
</context>
<context>
    <name>fb::DemoDirectory</name>
    <message>
        <source>The demo directory goes into an empty directory; this one has teams.</source>
        <translation>Das Demo-Verzeichnis kommt in ein leeres Verzeichnis; dieses enthält bereits Teams.</translation>
    </message>
</context>
<context>
    <name>fb::DemoWorkspace</name>
    <message>
        <source>The demo goes into an empty workspace; this one has tickets.</source>
        <translation>Die Demo gehört in einen leeren Arbeitsbereich; dieser enthält Tickets.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryCommands</name>
    <message>
        <source>The team&apos;s official name (or the person&apos;s name with --person).</source>
        <translation>Der offizielle Name des Teams (oder mit --person der Name der Person).</translation>
    </message>
    <message>
        <source>The team&apos;s short name (CERT-XX).</source>
        <translation>Der Kurzname des Teams (CERT-XX).</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 country code.</source>
        <translation>Ländercode nach ISO 3166-1 alpha-2.</translation>
    </message>
    <message>
        <source>Team type: %1.</source>
        <translation>Teamtyp: %1.</translation>
    </message>
    <message>
        <source>Add a person instead of a team.</source>
        <translation>Eine Person statt eines Teams hinzufügen.</translation>
    </message>
    <message>
        <source>With --person: the team the person belongs to.</source>
        <translation>Mit --person: das Team, dem die Person angehört.</translation>
    </message>
    <message>
        <source>With --person: the role in that team (lead, handler...).</source>
        <translation>Mit --person: die Rolle in diesem Team (lead, handler ...).</translation>
    </message>
    <message>
        <source>With --person: member since (yyyy-mm-dd).</source>
        <translation>Mit --person: Mitglied seit (jjjj-mm-tt).</translation>
    </message>
    <message>
        <source>Add a team with its channels, constituency, keys and agreements, or a person with --person.</source>
        <translation>Ein Team mit seinen Kanälen, seinem Zuständigkeitsbereich, seinen Schlüsseln und Vereinbarungen hinzufügen, oder mit --person eine Person.</translation>
    </message>
    <message>
        <source>Added person #%1.</source>
        <translation>Person #%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Added team #%1.</source>
        <translation>Team #%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Team id, UUID, short or official name.</source>
        <translation>Team-ID, UUID, Kurz- oder offizieller Name.</translation>
    </message>
    <message>
        <source>Change a team. Every change is recorded in the history and protects the field from being overwritten by older imports.</source>
        <translation>Ein Team ändern. Jede Änderung wird im Verlauf vermerkt und schützt das Feld davor, von älteren Importen überschrieben zu werden.</translation>
    </message>
    <message>
        <source>Updated team #%1.</source>
        <translation>Team #%1 aktualisiert.</translation>
    </message>
    <message>
        <source>Show everything known about a team.</source>
        <translation>Alles anzeigen, was über ein Team bekannt ist.</translation>
    </message>
    <message>
        <source>Only teams of this country.</source>
        <translation>Nur Teams dieses Landes.</translation>
    </message>
    <message>
        <source>Only teams of this type.</source>
        <translation>Nur Teams dieses Typs.</translation>
    </message>
    <message>
        <source>List people instead of teams.</source>
        <translation>Personen statt Teams auflisten.</translation>
    </message>
    <message>
        <source>List the teams of the directory.</source>
        <translation>Die Teams des Verzeichnisses auflisten.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TEAMS</source>
        <translation>TEAMS</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (bis %1)</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>LAND</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>TI</source>
        <translation>TI</translation>
    </message>
    <message>
        <source>ENTRIES</source>
        <translation>EINTRÄGE</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>VERIFIZIERT</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>IP address, CIDR, AS number, domain, e-mail address or country code.</source>
        <translation>IP-Adresse, CIDR, AS-Nummer, Domain, E-Mail-Adresse oder Ländercode.</translation>
    </message>
    <message>
        <source>  no team handles this</source>
        <translation>  kein Team ist hierfür zuständig</translation>
    </message>
    <message>
        <source>  nothing specific; national team of %1:</source>
        <translation>  nichts Spezifisches; nationales Team von %1:</translation>
    </message>
    <message>
        <source>teams.json (Trusted Introducer), a .vcf file, or ASCII-armoured keys (.asc).</source>
        <translation>teams.json (Trusted Introducer), eine .vcf-Datei oder ASCII-armierte Schlüssel (.asc).</translation>
    </message>
    <message>
        <source>ti, vcard or keys (default: from the file name).</source>
        <translation>ti, vcard oder keys (Standard: nach dem Dateinamen).</translation>
    </message>
    <message>
        <source>With keys: link the imported keys to this team.</source>
        <translation>Mit keys: die importierten Schlüssel mit diesem Team verknüpfen.</translation>
    </message>
    <message>
        <source>Import teams and people. Valid entries are imported, entries with problems are reported with their position and left out (exit code 2); fields you edited after the imported record was last changed are kept and listed.</source>
        <translation>Teams und Personen importieren. Gültige Einträge werden importiert, fehlerhafte Einträge werden mit ihrer Position gemeldet und ausgelassen (Exit-Code 2); Felder, die Sie nach der letzten Änderung des importierten Datensatzes bearbeitet haben, bleiben erhalten und werden aufgelistet.</translation>
    </message>
    <message>
        <source>--format is ti, vcard or keys.</source>
        <translation>--format ist ti, vcard oder keys.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the input; the valid entries were imported.</source>
        <translation>
            <numerusform>%n Problem in der Eingabe; die gültigen Einträge wurden importiert.</numerusform>
            <numerusform>%n Probleme in der Eingabe; die gültigen Einträge wurden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where to write; &apos;-&apos; for standard output.</source>
        <translation>Wohin geschrieben wird; „-“ für die Standardausgabe.</translation>
    </message>
    <message>
        <source>vcard or json (default: from the file name).</source>
        <translation>vcard oder json (Standard: nach dem Dateinamen).</translation>
    </message>
    <message>
        <source>Export only this team (repeatable).</source>
        <translation>Nur dieses Team exportieren (wiederholbar).</translation>
    </message>
    <message>
        <source>Export the directory, or the teams named with --team and their people.</source>
        <translation>Das Verzeichnis exportieren, oder die mit --team genannten Teams und ihre Personen.</translation>
    </message>
    <message>
        <source>--format is vcard or json.</source>
        <translation>--format ist vcard oder json.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Exported %1 teams and %2 people to %3.</source>
        <translation>%1 Teams und %2 Personen nach %3 exportiert.</translation>
    </message>
    <message>
        <source>Not verified for this many days (default: the setting).</source>
        <translation>Seit so vielen Tagen nicht verifiziert (Standard: die Einstellung).</translation>
    </message>
    <message>
        <source>Change the setting (default 180 days).</source>
        <translation>Die Einstellung ändern (Standard 180 Tage).</translation>
    </message>
    <message>
        <source>The number of days must be a whole number above zero.</source>
        <translation>Die Anzahl der Tage muss eine ganze Zahl größer als null sein.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>LAST VERIFIED</source>
        <translation>ZULETZT VERIFIZIERT</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>Only this team&apos;s keys.</source>
        <translation>Nur die Schlüssel dieses Teams.</translation>
    </message>
    <message>
        <source>Add the public keys of an ASCII-armoured file to the workspace keyring.</source>
        <translation>Die öffentlichen Schlüssel einer ASCII-armierten Datei zum Schlüsselbund des Arbeitsbereichs hinzufügen.</translation>
    </message>
    <message>
        <source>With --import: link the imported keys to this team.</source>
        <translation>Mit --import: die importierten Schlüssel mit diesem Team verknüpfen.</translation>
    </message>
    <message>
        <source>List the OpenPGP keys linked to teams and people with fingerprint, algorithm, dates, user IDs, validity and warnings (expired, expiring within 30 days, revoked, weak, not in the keyring). Link a key you already hold with &apos;directory edit TEAM --link-key FINGERPRINT&apos;.</source>
        <translation>Die mit Teams und Personen verknüpften OpenPGP-Schlüssel mit Fingerabdruck, Algorithmus, Daten, Benutzer-IDs, Gültigkeit und Warnungen auflisten (abgelaufen, läuft innerhalb von 30 Tagen ab, widerrufen, schwach, nicht im Schlüsselbund). Einen bereits vorhandenen Schlüssel verknüpfen Sie mit „directory edit TEAM --link-key FINGERPRINT“.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s).</source>
        <translation>
            <numerusform>%n Schlüssel importiert.</numerusform>
            <numerusform>%n Schlüssel importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>--link goes with --import.</source>
        <translation>--link gehört zu --import.</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>INHABER</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>FINGERABDRUCK</translation>
    </message>
    <message>
        <source>ALGORITHM</source>
        <translation>ALGORITHMUS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>VALIDITY</source>
        <translation>GÜLTIGKEIT</translation>
    </message>
    <message>
        <source>USER IDS</source>
        <translation>BENUTZER-IDS</translation>
    </message>
    <message>
        <source>WARNINGS</source>
        <translation>WARNUNGEN</translation>
    </message>
    <message>
        <source>Key %1: %2</source>
        <translation>Schlüssel %1: %2</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <source>Also answer the queries in this file, one a line (&apos;-&apos;: standard input).</source>
        <translation>Auch die Abfragen in dieser Datei beantworten, eine pro Zeile („-“: Standardeingabe).</translation>
    </message>
    <message>
        <source>Which teams handle these, most specific first, with the path of each match. Nothing specific: a name under a ccTLD falls back to that country&apos;s national team. A query that is not valid is reported and the others are answered (exit code 2).</source>
        <translation>Welche Teams hierfür zuständig sind, das spezifischste zuerst, jeweils mit dem Pfad des Treffers. Nichts Spezifisches: Ein Name unter einer ccTLD fällt auf das nationale Team dieses Landes zurück. Eine ungültige Abfrage wird gemeldet, die anderen werden beantwortet (Exit-Code 2).</translation>
    </message>
    <message>
        <source>Name at least one query, or a file of them with --queries.</source>
        <translation>Nennen Sie mindestens eine Abfrage oder mit --queries eine Datei mit Abfragen.</translation>
    </message>
    <message>
        <source>not a valid query</source>
        <translation>keine gültige Abfrage</translation>
    </message>
    <message>
        <source>%1 of %2 queries were not valid; the others were answered.</source>
        <translation>%1 von %2 Abfragen waren ungültig; die anderen wurden beantwortet.</translation>
    </message>
    <message>
        <source>List teams and people not confirmed within the stale period: for a team, the later of our verification and its update at the source.</source>
        <translation>Teams und Personen auflisten, die nicht innerhalb der Veraltungsschwelle bestätigt wurden: für ein Team das spätere Datum von unserer Verifizierung und seiner Aktualisierung an der Quelle.</translation>
    </message>
    <message>
        <source>UPDATED AT SOURCE</source>
        <translation>AN DER QUELLE AKTUALISIERT</translation>
    </message>
    <message>
        <source>COUNTED FROM</source>
        <translation>GEZÄHLT AB</translation>
    </message>
    <message>
        <source>source update</source>
        <translation>Aktualisierung an der Quelle</translation>
    </message>
    <message>
        <source>our verification</source>
        <translation>unsere Verifizierung</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryImportJob</name>
    <message numerus="yes">
        <source>%1: %n key(s) imported.</source>
        <translation>
            <numerusform>%1: %n Schlüssel importiert.</numerusform>
            <numerusform>%1: %n Schlüssel importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an import file&apos;s name, %2 what was wrong with it
----------
%1 is a position in the import file (line 12, teams[3].country), %2 what was wrong there</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: team %2 added to the directory.</source>
        <translation>%1: Team %2 in das Verzeichnis aufgenommen.</translation>
    </message>
    <message>
        <source>%1: team %2 updated in the directory.</source>
        <translation>%1: Team %2 im Verzeichnis aktualisiert.</translation>
    </message>
    <message>
        <source>Not mapped to an RFC 2350 section, kept with the import: %1</source>
        <extracomment>%1 is a heading in the imported document that matches no RFC 2350 section</extracomment>
        <translation>Keinem Abschnitt von RFC 2350 zugeordnet, beim Import aufbewahrt: %1</translation>
    </message>
    <message>
        <source>Checking the signature and importing the document…</source>
        <translation>Signatur wird geprüft und Dokument importiert…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The import file could not be opened.</source>
        <translation>Die Importdatei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The import file is larger than 256 MiB.</source>
        <translation>Die Importdatei ist größer als 256 MiB.</translation>
    </message>
    <message>
        <source>The import file could not be read.</source>
        <translation>Die Importdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Merging the entries…</source>
        <translation>Einträge werden zusammengeführt…</translation>
    </message>
    <message>
        <source>Importing the keys…</source>
        <translation>Schlüssel werden importiert…</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Reading the entries…</source>
        <translation>Einträge werden gelesen…</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 übersprungen.</translation>
    </message>
    <message>
        <source>The key named in 2.8 (%1) was not linked to the team.</source>
        <extracomment>%1 is an OpenPGP fingerprint</extracomment>
        <translation>Der in 2.8 genannte Schlüssel (%1) wurde nicht mit dem Team verknüpft.</translation>
    </message>
    <message>
        <source>Constituency (3.2), not taken: %1</source>
        <extracomment>%1 is a piece of section 3.2 of an imported RFC 2350 document and why it was not taken</extracomment>
        <translation>Zuständigkeitsbereich (3.2), nicht übernommen: %1</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <extracomment>%1 is a position in the import file (contacts.vcf, line 12), %2 what was read differently or left out</extracomment>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>%1: stopped on request, the entries merged so far are kept: %2 added, %3 updated, %4 unchanged, %5 skipped, %6 not reached. Import the file again to complete it.</source>
        <translation>%1: auf Anforderung angehalten, die bisher zusammengeführten Einträge bleiben erhalten: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 übersprungen, %6 nicht erreicht. Importieren Sie die Datei erneut, um den Import abzuschließen.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryImportProgressDialog</name>
    <message>
        <source>Importing into the directory</source>
        <translation>Import in das Verzeichnis</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>&amp;Stop and keep</source>
        <translation>&amp;Anhalten und behalten</translation>
    </message>
    <message>
        <source>Keep the entries merged so far; importing the file again completes the import.</source>
        <translation>Die bisher zusammengeführten Einträge behalten; ein erneuter Import der Datei schließt den Import ab.</translation>
    </message>
    <message>
        <source>Undo the whole import: nothing is changed.</source>
        <translation>Den gesamten Import rückgängig machen: Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be changed…</source>
        <translation>Wird abgebrochen: Es wird nichts geändert…</translation>
    </message>
    <message>
        <source>Stopping: the entries merged so far are kept…</source>
        <translation>Wird angehalten: Die bisher zusammengeführten Einträge bleiben erhalten…</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryImporter</name>
    <message>
        <source>%1 %2: kept your edit of %3</source>
        <translation>%1 %2: Ihre Bearbeitung von %3 wurde beibehalten</translation>
    </message>
    <message>
        <source>The team %1 is not in the directory; the membership was left out.</source>
        <translation>Das Team %1 ist nicht im Verzeichnis; die Mitgliedschaft wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1: kept your edits</source>
        <translation>%1: Ihre Bearbeitungen wurden beibehalten</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Importing directory entries</source>
        <translation>Verzeichniseinträge werden importiert</translation>
    </message>
    <message>
        <source>%1: the field %2 is %L3 characters long, more than the %L4 a directory field may hold; it was left out.</source>
        <translation>%1: Das Feld %2 ist %L3 Zeichen lang, mehr als die %L4, die ein Verzeichnisfeld aufnehmen kann; es wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1 (matched by e-mail address)</source>
        <translation>%1 (über die E-Mail-Adresse zugeordnet)</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryKeys</name>
    <message>
        <source>The key is not in the workspace keyring; import it before relying on it.</source>
        <translation>Der Schlüssel ist nicht im Schlüsselbund des Arbeitsbereichs; importieren Sie ihn, bevor Sie sich auf ihn verlassen.</translation>
    </message>
    <message>
        <source>the Trusted Introducer entry</source>
        <translation>der Trusted-Introducer-Eintrag</translation>
    </message>
    <message>
        <source>the imported entry</source>
        <translation>der importierte Eintrag</translation>
    </message>
    <message>
        <source>the team&apos;s RFC 2350 profile (imported %1)</source>
        <translation>das RFC-2350-Profil des Teams (importiert %1)</translation>
    </message>
    <message>
        <source>the team&apos;s RFC 2350 profile</source>
        <translation>das RFC-2350-Profil des Teams</translation>
    </message>
    <message>
        <source>%1 names the key %2, but no key is linked to the team.</source>
        <translation>%1 nennt den Schlüssel %2, aber mit dem Team ist kein Schlüssel verknüpft.</translation>
    </message>
    <message>
        <source>The linked key %1 differs from the key %2 names (%3): check which one the team uses.</source>
        <translation>Der verknüpfte Schlüssel %1 unterscheidet sich von dem Schlüssel, den %2 nennt (%3): Prüfen Sie, welchen das Team verwendet.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Who handles… (address, network, AS, domain, e-mail)</source>
        <translation>Wer ist zuständig… (Adresse, Netz, AS, Domain, E-Mail)</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Trusted Introducer teams.json…</source>
        <translation>Trusted-Introducer-teams.json…</translation>
    </message>
    <message>
        <source>vCard file…</source>
        <translation>vCard-Datei…</translation>
    </message>
    <message>
        <source>OpenPGP keys…</source>
        <translation>OpenPGP-Schlüssel…</translation>
    </message>
    <message>
        <source>&amp;Export vCard…</source>
        <translation>vCard &amp;exportieren…</translation>
    </message>
    <message>
        <source>The directory could not be read completely.</source>
        <translation>Das Verzeichnis konnte nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <source>Nobody in the directory handles %1.</source>
        <translation>Niemand im Verzeichnis ist für %1 zuständig.</translation>
    </message>
    <message>
        <source>Nobody holds %1 itself; %2 is the team for its country (%3).</source>
        <translation>Niemand hält %1 selbst; %2 ist das Team für sein Land (%3).</translation>
    </message>
    <message>
        <source>%1 is handled by %2 (constituency entry %3).</source>
        <translation>Für %1 ist %2 zuständig (Eintrag %3 des Zuständigkeitsbereichs).</translation>
    </message>
    <message numerus="yes">
        <source>%n more team(s) also match.</source>
        <translation>
            <numerusform>%n weiteres Team passt ebenfalls.</numerusform>
            <numerusform>%n weitere Teams passen ebenfalls.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trusted Introducer JSON (*.json)</source>
        <translation>Trusted-Introducer-JSON (*.json)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>vCard-Dateien (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>OpenPGP keys (*.asc *.gpg *.pgp)</source>
        <translation>OpenPGP-Schlüssel (*.asc *.gpg *.pgp)</translation>
    </message>
    <message>
        <source>Import into the directory</source>
        <translation>In das Verzeichnis importieren</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Export the directory as vCard</source>
        <translation>Das Verzeichnis als vCard exportieren</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <source>Directory written to %1.</source>
        <translation>Verzeichnis nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>RFC 2350 document…</source>
        <translation>RFC-2350-Dokument…</translation>
    </message>
    <message>
        <source>RFC 2350 documents (*.txt *.asc)</source>
        <translation>RFC-2350-Dokumente (*.txt *.asc)</translation>
    </message>
    <message>
        <source>Signer is not the team&apos;s key</source>
        <translation>Der Unterzeichner ist nicht der Schlüssel des Teams</translation>
    </message>
    <message>
        <source>This document is signed by another key than the team&apos;s own key named in its section 2.8. Anybody can sign a text that names somebody else&apos;s key.</source>
        <translation>Dieses Dokument ist mit einem anderen Schlüssel signiert als dem eigenen Schlüssel des Teams, der in seinem Abschnitt 2.8 genannt ist. Jeder kann einen Text signieren, der den Schlüssel eines anderen nennt.</translation>
    </message>
    <message>
        <source>Signed by: %1 %2
Key named in 2.8: %3

Link the key named in 2.8 to the team anyway? Answer Yes only after checking with the team that the signer may speak for it.</source>
        <extracomment>%1 and %3 are OpenPGP fingerprints, %2 the signer&apos;s user id</extracomment>
        <translation>Signiert von: %1 %2
In 2.8 genannter Schlüssel: %3

Den in 2.8 genannten Schlüssel trotzdem mit dem Team verknüpfen? Antworten Sie nur mit Ja, nachdem Sie mit dem Team geklärt haben, dass der Unterzeichner für das Team sprechen darf.</translation>
    </message>
    <message>
        <source>&amp;Link the key</source>
        <translation>Schlüssel &amp;verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Do not link</source>
        <translation>&amp;Nicht verknüpfen</translation>
    </message>
    <message>
        <source>You accepted the signer: the key %1 is linked to the team.</source>
        <extracomment>%1 is an OpenPGP fingerprint</extracomment>
        <translation>Sie haben den Unterzeichner akzeptiert: Der Schlüssel %1 ist mit dem Team verknüpft.</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>Li&amp;sts</source>
        <translation>&amp;Listen</translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation>Team &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit team…</source>
        <translation>Team &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove team…</source>
        <translation>Team ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Add team…</source>
        <translation>Team hinzufügen…</translation>
    </message>
    <message>
        <source>Edit team…</source>
        <translation>Team bearbeiten…</translation>
    </message>
    <message>
        <source>Remove team…</source>
        <translation>Team entfernen…</translation>
    </message>
    <message>
        <source>%1 was added to the directory.</source>
        <extracomment>%1 is the team&apos;s name</extracomment>
        <translation>%1 wurde in das Verzeichnis aufgenommen.</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Team entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the directory? Its channels, constituency, key links and agreements go with it, and it is taken off every distribution list; people keep their other teams. The history keeps a record.</source>
        <translation>%1 aus dem Verzeichnis entfernen? Kanäle, Zuständigkeitsbereich, Schlüsselverknüpfungen und Vereinbarungen des Teams werden mit entfernt, und das Team wird von jeder Verteilerliste genommen; Personen behalten ihre anderen Teams. Der Verlauf hält den Vorgang fest.</translation>
    </message>
    <message>
        <source>&amp;Remove team</source>
        <translation>Team &amp;entfernen</translation>
    </message>
    <message>
        <source>%1 was removed from the directory.</source>
        <translation>%1 wurde aus dem Verzeichnis entfernt.</translation>
    </message>
    <message>
        <source>No teams in the directory yet</source>
        <translation>Noch keine Teams im Verzeichnis</translation>
    </message>
    <message>
        <source>Add the teams you work with (Add team… above), or import the Trusted Introducer list, vCards or RFC 2350 documents with Import.</source>
        <translation>Fügen Sie die Teams hinzu, mit denen Sie arbeiten (Team hinzufügen… oben), oder importieren Sie die Trusted-Introducer-Liste, vCards oder RFC-2350-Dokumente mit Importieren.</translation>
    </message>
    <message>
        <source>No team matches the filter</source>
        <translation>Kein Team passt zum Filter</translation>
    </message>
    <message>
        <source>Try other words, or fewer filters.</source>
        <translation>Versuchen Sie andere Wörter oder weniger Filter.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter zurücksetzen</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryQueries</name>
    <message>
        <source>The number of days must be positive.</source>
        <translation>Die Anzahl der Tage muss positiv sein.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryTypes</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>Governmental</source>
        <translation>Staatlich</translation>
    </message>
    <message>
        <source>Critical information infrastructure</source>
        <translation>Kritische Informationsinfrastruktur</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Akademisch</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Kommerziell</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Militärisch</translation>
    </message>
    <message>
        <source>ISP / abuse</source>
        <translation>ISP / Abuse</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <source>Accreditation candidate</source>
        <translation>Akkreditierungskandidat</translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation>Akkreditiert</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Zertifiziert</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>A channel that is neither e-mail nor phone: Signal, satellite phone...</extracomment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
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
        <translation>Sprachanruf</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryVCard</name>
    <message>
        <source>“%1” is not an ISO 8601 time.</source>
        <translation>„%1“ ist keine Zeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>“%1” is not a channel usage.</source>
        <translation>„%1“ ist keine Kanalverwendung.</translation>
    </message>
    <message>
        <source>The agreement kind is missing or unknown.</source>
        <translation>Die Art der Vereinbarung fehlt oder ist unbekannt.</translation>
    </message>
    <message>
        <source>A person needs a name (FN).</source>
        <translation>Eine Person benötigt einen Namen (FN).</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 time; left out.</source>
        <translation>„%1“ ist keine Zeit nach ISO 8601; ausgelassen.</translation>
    </message>
    <message>
        <source>the key is embedded in the card and was not imported; import it with “directory keys --import” and link it to the entry.</source>
        <translation>der Schlüssel ist in die Karte eingebettet und wurde nicht importiert; importieren Sie ihn mit „directory keys --import“ und verknüpfen Sie ihn mit dem Eintrag.</translation>
    </message>
    <message>
        <source>“%1” is neither a fingerprint nor a valid URI; left out.</source>
        <translation>„%1“ ist weder ein Fingerabdruck noch ein gültiger URI; ausgelassen.</translation>
    </message>
    <message>
        <source>The key was left out.</source>
        <translation>Der Schlüssel wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The address was left out.</source>
        <translation>Die Adresse wurde ausgelassen.</translation>
    </message>
    <message>
        <source>a person has one key in the directory; this second one was left out.</source>
        <translation>eine Person hat einen Schlüssel im Verzeichnis; dieser zweite wurde ausgelassen.</translation>
    </message>
    <message>
        <source>a person has one key address in the directory; this second one was left out.</source>
        <translation>eine Person hat eine Schlüsseladresse im Verzeichnis; diese zweite wurde ausgelassen.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>„%1“ ist keine TLP-Kennzeichnung.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryView</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Official name</source>
        <translation>Offizieller Name</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Trägerorganisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sektoren</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Gegründet</translation>
    </message>
    <message>
        <source>Trusted Introducer</source>
        <translation>Trusted Introducer</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> seit %1</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>RFC 2350</source>
        <translation>RFC 2350</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Zuständigkeitsbereich</translation>
    </message>
    <message>
        <source>Constituency entries</source>
        <translation>Einträge des Zuständigkeitsbereichs</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Highest TLP</source>
        <translation>Höchste TLP-Stufe</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Eingeführt von</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3, skipped %4.
</source>
        <translation>Hinzugefügt %1, aktualisiert %2, unverändert %3, übersprungen %4.
</translation>
    </message>
    <message>
        <source>  added: %1</source>
        <translation>  hinzugefügt: %1</translation>
    </message>
    <message>
        <source>  updated: %1</source>
        <translation>  aktualisiert: %1</translation>
    </message>
    <message>
        <source>  not overwritten: %1</source>
        <translation>  nicht überschrieben: %1</translation>
    </message>
    <message>
        <source>  problem at %1: %2</source>
        <translation>  Problem bei %1: %2</translation>
    </message>
    <message>
        <source>%1 (not in the keyring)</source>
        <translation>%1 (nicht im Schlüsselbund)</translation>
    </message>
    <message>
        <source>%1 (%2, created %3, expires %4, validity %5)</source>
        <translation>%1 (%2, erstellt %3, läuft ab %4, Gültigkeit %5)</translation>
    </message>
    <message>
        <source>Key addresses</source>
        <translation>Schlüsseladressen</translation>
    </message>
    <message>
        <source>Updated at source</source>
        <translation>An der Quelle aktualisiert</translation>
    </message>
    <message>
        <source>  warning at %1: %2</source>
        <translation>  Warnung bei %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::DistributionListCommands</name>
    <message>
        <source>The list&apos;s name (unique, not a number).</source>
        <translation>Der Name der Liste (eindeutig, keine Zahl).</translation>
    </message>
    <message>
        <source>What the list is for.</source>
        <translation>Wofür die Liste dient.</translation>
    </message>
    <message>
        <source>Create a distribution list.</source>
        <translation>Eine Verteilerliste anlegen.</translation>
    </message>
    <message>
        <source>Added distribution list #%1.</source>
        <translation>Verteilerliste #%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>List id or name.</source>
        <translation>Listen-ID oder Name.</translation>
    </message>
    <message>
        <source>Remove a distribution list (its teams and people stay in the directory).</source>
        <translation>Eine Verteilerliste entfernen (ihre Teams und Personen bleiben im Verzeichnis).</translation>
    </message>
    <message>
        <source>Removed distribution list “%1”.</source>
        <translation>Verteilerliste „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Show a list&apos;s members with their e-mail address and the highest TLP label we may share with each (a person&apos;s own, else their team&apos;s).</source>
        <translation>Die Mitglieder einer Liste mit ihrer E-Mail-Adresse und der höchsten TLP-Kennzeichnung anzeigen, die wir mit jedem teilen dürfen (die eigene einer Person, sonst die ihres Teams).</translation>
    </message>
    <message>
        <source>Distribution list #%1 “%2”</source>
        <translation>Verteilerliste #%1 „%2“</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>HIGHEST TLP</source>
        <translation>HÖCHSTES TLP</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>(no e-mail)</source>
        <translation>(keine E-Mail)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>List the distribution lists.</source>
        <translation>Die Verteilerlisten auflisten.</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MITGLIEDER</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>A team: id, UUID, short or official name (repeatable).</source>
        <translation>Ein Team: ID, UUID, Kurz- oder offizieller Name (wiederholbar).</translation>
    </message>
    <message>
        <source>A person: id or name (repeatable).</source>
        <translation>Eine Person: ID oder Name (wiederholbar).</translation>
    </message>
    <message>
        <source>Put teams and people on a list.</source>
        <translation>Teams und Personen auf eine Liste setzen.</translation>
    </message>
    <message>
        <source>Take teams and people off a list.</source>
        <translation>Teams und Personen von einer Liste nehmen.</translation>
    </message>
    <message>
        <source>Name at least one --team or --person.</source>
        <translation>Nennen Sie mindestens ein --team oder --person.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) to “%1”.</source>
        <translation>
            <numerusform>%n Mitglied zu „%1“ hinzugefügt.</numerusform>
            <numerusform>%n Mitglieder zu „%1“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n member(s) from “%1”.</source>
        <translation>
            <numerusform>%n Mitglied aus „%1“ entfernt.</numerusform>
            <numerusform>%n Mitglieder aus „%1“ entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::DistributionListDialog</name>
    <message>
        <source>New distribution list</source>
        <translation>Neue Verteilerliste</translation>
    </message>
    <message>
        <source>national-partners</source>
        <translation>nationale-partner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Create list</source>
        <translation>Liste &amp;anlegen</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <extracomment>Shown in the new list dialog when the list could not be made; %1 is the reason</extracomment>
        <translation>Nicht angelegt: %1</translation>
    </message>
</context>
<context>
    <name>fb::DistributionListStore</name>
    <message>
        <source>A distribution list needs a name.</source>
        <translation>Eine Verteilerliste braucht einen Namen.</translation>
    </message>
    <message>
        <source>A distribution list&apos;s name cannot be a number (numbers are ids).</source>
        <translation>Der Name einer Verteilerliste darf keine Zahl sein (Zahlen sind IDs).</translation>
    </message>
    <message>
        <source>There is already a distribution list “%1”.</source>
        <translation>Es gibt bereits eine Verteilerliste „%1“.</translation>
    </message>
    <message>
        <source>There is no distribution list #%1.</source>
        <translation>Es gibt keine Verteilerliste #%1.</translation>
    </message>
    <message>
        <source>There is no distribution list “%1”.</source>
        <translation>Es gibt keine Verteilerliste „%1“.</translation>
    </message>
    <message>
        <source>A list member is a team or a person.</source>
        <translation>Ein Listenmitglied ist ein Team oder eine Person.</translation>
    </message>
    <message>
        <source>%1 is already on the list “%2”.</source>
        <translation>%1 steht bereits auf der Liste „%2“.</translation>
    </message>
    <message>
        <source>That entry is not on the list “%1”.</source>
        <translation>Dieser Eintrag steht nicht auf der Liste „%1“.</translation>
    </message>
</context>
<context>
    <name>fb::DistributionListsPanel</name>
    <message>
        <source>&amp;New list…</source>
        <translation>Ne&amp;ue Liste…</translation>
    </message>
    <message>
        <source>Remove &amp;list…</source>
        <translation>Liste ent&amp;fernen…</translation>
    </message>
    <message>
        <source>&amp;Add members…</source>
        <translation>Mitglieder &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Take &amp;off the list</source>
        <translation>Von der Liste neh&amp;men</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Share up to</source>
        <translation>Teilen bis</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <extracomment>A distribution list in the list of lists: its name and how many members it has</extracomment>
        <translation>
            <numerusform>%1 (%n Mitglied)</numerusform>
            <numerusform>%1 (%n Mitglieder)</numerusform>
        </translation>
    </message>
    <message>
        <source>No distribution lists yet. An advisory&apos;s audience names lists: make one with New list….</source>
        <translation>Noch keine Verteilerlisten. Die Zielgruppe eines Sicherheitshinweises nennt Listen: Legen Sie eine mit Neue Liste… an.</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>nicht vereinbart</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Remove distribution list</source>
        <translation>Verteilerliste entfernen</translation>
    </message>
    <message>
        <source>Remove the list “%1”? The teams and people on it stay in the directory; advisories that name the list as their audience no longer find it.</source>
        <translation>Die Liste „%1“ entfernen? Die Teams und Personen darauf bleiben im Verzeichnis; Sicherheitshinweise, die die Liste als Zielgruppe nennen, finden sie nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Remove list</source>
        <translation>Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>The list “%1” was removed.</source>
        <translation>Die Liste „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 was taken off the list.</source>
        <translation>%1 wurde von der Liste genommen.</translation>
    </message>
</context>
<context>
    <name>fb::EvidenceCommands</name>
    <message>
        <source>Store each FILE inside the workspace as evidence of the ticket, with its size, SHA-256, media type, who added it and when, each in the ticket&apos;s history. A file can be at most %1; an empty file or a folder is refused. The files are added one by one: when one is refused, those before it stay added.</source>
        <translation>Jede FILE im Arbeitsbereich als Beweismittel des Tickets speichern, mit Größe, SHA-256, Medientyp, wer sie wann hinzugefügt hat, jeweils im Verlauf des Tickets. Eine Datei darf höchstens %1 groß sein; eine leere Datei oder ein Ordner wird abgelehnt. Die Dateien werden einzeln hinzugefügt: Wird eine abgelehnt, bleiben die vorherigen hinzugefügt.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>Die Ticketnummer.</translation>
    </message>
    <message>
        <source>A file to attach.</source>
        <translation>Eine anzuhängende Datei.</translation>
    </message>
    <message>
        <source>What the files are (for each of them).</source>
        <translation>Was die Dateien sind (für jede von ihnen).</translation>
    </message>
    <message>
        <source>Ticket #%1: evidence %2 added: %3 (%4, SHA-256 %5).</source>
        <translation>Ticket #%1: Beweismittel %2 hinzugefügt: %3 (%4, SHA-256 %5).</translation>
    </message>
    <message>
        <source>List the evidence of a ticket: number, name, size, SHA-256, who added it and when. --removed lists removed files too (their content is gone, their record stays).</source>
        <translation>Die Beweismittel eines Tickets auflisten: Nummer, Name, Größe, SHA-256, wer es wann hinzugefügt hat. --removed listet auch entfernte Dateien auf (ihr Inhalt ist gelöscht, ihr Eintrag bleibt erhalten).</translation>
    </message>
    <message>
        <source>Include removed files.</source>
        <translation>Entfernte Dateien einbeziehen.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no evidence.</source>
        <translation>Ticket #%1 hat keine Beweismittel.</translation>
    </message>
    <message>
        <source>(removed %1 by %2)</source>
        <translation>(entfernt am %1 von %2)</translation>
    </message>
    <message>
        <source>Write the ticket&apos;s evidence files into a new or empty folder, under safe names (no folder part, repeated names numbered), with a SHA256SUMS file: check them with `sha256sum -c SHA256SUMS` in that folder. A file whose content no longer matches its recorded SHA-256 is not written (run verify).</source>
        <translation>Die Beweisdateien des Tickets unter sicheren Namen (ohne Ordneranteil, wiederholte Namen nummeriert) mit einer Datei SHA256SUMS in einen neuen oder leeren Ordner schreiben: Prüfen Sie sie in diesem Ordner mit `sha256sum -c SHA256SUMS`. Eine Datei, deren Inhalt nicht mehr zu ihrem vermerkten SHA-256 passt, wird nicht geschrieben (führen Sie verify aus).</translation>
    </message>
    <message>
        <source>The folder to write (made when missing; must be empty).</source>
        <translation>Der zu schreibende Ordner (wird angelegt, wenn er fehlt; muss leer sein).</translation>
    </message>
    <message>
        <source>Name the folder to export to with --out DIR.</source>
        <translation>Geben Sie den Zielordner des Exports mit --out DIR an.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1: %n evidence file(s) and SHA256SUMS written to %2.</source>
        <translation>
            <numerusform>Ticket #%1: %n Beweisdatei und SHA256SUMS nach %2 geschrieben.</numerusform>
            <numerusform>Ticket #%1: %n Beweisdateien und SHA256SUMS nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete an evidence file&apos;s content from the workspace. Its record (name, size, SHA-256, who added and removed it and when) and its history stay.</source>
        <translation>Den Inhalt einer Beweisdatei aus dem Arbeitsbereich löschen. Ihr Eintrag (Name, Größe, SHA-256, wer sie wann hinzugefügt und entfernt hat) und ihr Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <source>The evidence number (see evidence list).</source>
        <translation>Die Nummer des Beweismittels (siehe evidence list).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an evidence number.</source>
        <translation>„%1“ ist keine Beweismittelnummer.</translation>
    </message>
    <message>
        <source>Ticket #%1: evidence %2 (%3) removed.</source>
        <translation>Ticket #%1: Beweismittel %2 (%3) entfernt.</translation>
    </message>
</context>
<context>
    <name>fb::EvidencePanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Noch keine Beweismittel</translation>
    </message>
    <message>
        <source>Add files, or drop them here. Each is kept inside the workspace with its SHA-256.</source>
        <translation>Fügen Sie Dateien hinzu oder legen Sie sie hier ab. Jede wird mit ihrem SHA-256 im Arbeitsbereich aufbewahrt.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Attach files as evidence (at most %1 each); you can also drop them here.</source>
        <translation>Dateien als Beweismittel anhängen (jeweils höchstens %1); Sie können sie auch hier ablegen.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Write the files into a new folder with a SHA256SUMS file</source>
        <translation>Die Dateien mit einer Datei SHA256SUMS in einen neuen Ordner schreiben</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>SHA-256 kopieren</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Delete the file&apos;s content; its name, size, SHA-256 and history stay</source>
        <translation>Den Inhalt der Datei löschen; Name, Größe, SHA-256 und Verlauf bleiben erhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <extracomment>The tab of a ticket&apos;s evidence files, with their number.</extracomment>
        <translation>Beweismittel (%1)</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Byte</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Add evidence to ticket #%1</source>
        <translation>Beweismittel zu Ticket #%1 hinzufügen</translation>
    </message>
    <message>
        <source>Export the evidence into a folder</source>
        <translation>Die Beweismittel in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>ticket-%1-evidence</source>
        <translation>ticket-%1-beweismittel</translation>
    </message>
    <message>
        <source>ticket-%1-evidence-%2</source>
        <translation>ticket-%1-beweismittel-%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n Datei hinzugefügt.</numerusform>
            <numerusform>%n Dateien hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and SHA256SUMS written to %1.</source>
        <translation>
            <numerusform>%n Datei und SHA256SUMS nach %1 geschrieben.</numerusform>
            <numerusform>%n Dateien und SHA256SUMS nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from ticket #%2? Its content is deleted from the workspace; its name, size, SHA-256 and history stay.</source>
        <translation>„%1“ von Ticket #%2 entfernen? Der Inhalt wird aus dem Arbeitsbereich gelöscht; Name, Größe, SHA-256 und Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Beweismittel entfernen</translation>
    </message>
</context>
<context>
    <name>fb::EvidenceStore</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Es gibt keine Datei „%1“.</translation>
    </message>
    <message>
        <source>“%1” is a folder; add the files in it one by one.</source>
        <translation>„%1“ ist ein Ordner; fügen Sie die Dateien darin einzeln hinzu.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>„%1“ ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>“%1” is empty; there is nothing to keep as evidence.</source>
        <translation>„%1“ ist leer; es gibt nichts, was als Beweismittel aufbewahrt werden könnte.</translation>
    </message>
    <message>
        <source>“%1” has %2; evidence can be at most %3.</source>
        <translation>„%1“ ist %2 groß; ein Beweismittel darf höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>A description can be at most %L1 characters long.</source>
        <translation>Eine Beschreibung darf höchstens %L1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” grew beyond %2 while it was read.</source>
        <translation>„%1“ ist während des Lesens über %2 hinaus gewachsen.</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>%1 wird hinzugefügt</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) was removed already.</source>
        <translation>Beweismittel %1 (%2) wurde bereits entfernt.</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) was removed; its content is gone.</source>
        <translation>Beweismittel %1 (%2) wurde entfernt; sein Inhalt ist gelöscht.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no evidence to export.</source>
        <translation>Ticket #%1 hat keine Beweismittel zum Exportieren.</translation>
    </message>
    <message>
        <source>Name a folder to export the evidence to.</source>
        <translation>Geben Sie einen Ordner an, in den die Beweismittel exportiert werden.</translation>
    </message>
    <message>
        <source>The folder “%1” is not empty; export the evidence into a new or empty folder.</source>
        <translation>Der Ordner „%1“ ist nicht leer; exportieren Sie die Beweismittel in einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) of ticket #%3 no longer matches its recorded SHA-256 and size; run verify.</source>
        <translation>Beweismittel %1 (%2) von Ticket #%3 passt nicht mehr zu seinem vermerkten SHA-256 und seiner Größe; führen Sie verify aus.</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeCommands</name>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Eine vorhandene Ausgabedatei ersetzen.</translation>
    </message>
    <message>
        <source>The team the document goes to (name or UID in the directory).</source>
        <translation>Das Team, an das das Dokument geht (Name oder UID im Verzeichnis).</translation>
    </message>
    <message>
        <source>The highest TLP label the recipient may receive.</source>
        <translation>Die höchste TLP-Kennzeichnung, die der Empfänger erhalten darf.</translation>
    </message>
    <message>
        <source>Export addresses as src (where the activity came from; the default) or dst (where it went): MISP ip-src or ip-dst, IODEF System category source or target.</source>
        <translation>Adressen als src (woher die Aktivität kam; der Standard) oder dst (wohin sie ging) exportieren: MISP ip-src oder ip-dst, IODEF-System-Kategorie source oder target.</translation>
    </message>
    <message>
        <source>MISP distribution: 0 your organisation only (default), 1 this community, 2 connected communities, 3 all communities.</source>
        <translation>MISP-Verteilung: 0 nur Ihre Organisation (Standard), 1 diese Community, 2 verbundene Communities, 3 alle Communities.</translation>
    </message>
    <message>
        <source>Give --format misp or --format iodef.</source>
        <translation>Geben Sie --format misp oder --format iodef an.</translation>
    </message>
    <message>
        <source>--format takes misp or iodef, not “%1”.</source>
        <translation>--format nimmt misp oder iodef, nicht „%1“.</translation>
    </message>
    <message>
        <source>Give --recipient or --clearance, not both.</source>
        <translation>Geben Sie --recipient oder --clearance an, nicht beides.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label.</source>
        <translation>„%1“ ist keine TLP-2.0-Kennzeichnung.</translation>
    </message>
    <message>
        <source>--addresses takes src or dst, not “%1”.</source>
        <translation>--addresses nimmt src oder dst, nicht „%1“.</translation>
    </message>
    <message>
        <source>--distribution is for MISP events only.</source>
        <translation>--distribution gilt nur für MISP-Events.</translation>
    </message>
    <message>
        <source>--distribution takes a number from 0 to 3.</source>
        <translation>--distribution nimmt eine Zahl von 0 bis 3.</translation>
    </message>
    <message>
        <source>--purpose is for IODEF documents only.</source>
        <translation>--purpose gilt nur für IODEF-Dokumente.</translation>
    </message>
    <message>
        <source>--purpose takes reporting or mitigation, not “%1”.</source>
        <translation>--purpose nimmt reporting oder mitigation, nicht „%1“.</translation>
    </message>
    <message>
        <source>--json needs --out: standard output carries the document otherwise.</source>
        <translation>--json braucht --out: Sonst trägt die Standardausgabe das Dokument.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1 written to %2 as MISP event %3 (%4, %n attribute(s)).</source>
        <translation>
            <numerusform>Ticket #%1 als MISP-Event %3 nach %2 geschrieben (%4, %n Attribut).</numerusform>
            <numerusform>Ticket #%1 als MISP-Event %3 nach %2 geschrieben (%4, %n Attribute).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1 written to %2 as an IODEF document (%3, %n observable(s)).</source>
        <translation>
            <numerusform>Ticket #%1 als IODEF-Dokument nach %2 geschrieben (%3, %n Observable).</numerusform>
            <numerusform>Ticket #%1 als IODEF-Dokument nach %2 geschrieben (%3, %n Observables).</numerusform>
        </translation>
    </message>
    <message>
        <source>New incident #%1 from the MISP event.</source>
        <translation>Neuer Sicherheitsvorfall #%1 aus dem MISP-Event.</translation>
    </message>
    <message>
        <source>The MISP event added to ticket #%1.</source>
        <translation>Das MISP-Event wurde zu Ticket #%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>New incident #%1 from the IODEF document.</source>
        <translation>Neuer Sicherheitsvorfall #%1 aus dem IODEF-Dokument.</translation>
    </message>
    <message>
        <source>The IODEF document added to ticket #%1.</source>
        <translation>Das IODEF-Dokument wurde zu Ticket #%1 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s) in the event, %1 new; %2 note(s).</source>
        <translation>
            <numerusform>%n Observable im Event, %1 neu; %2 Notiz(en).</numerusform>
            <numerusform>%n Observables im Event, %1 neu; %2 Notiz(en).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s) in the document, %1 new; %2 note(s).</source>
        <translation>
            <numerusform>%n Observable im Dokument, %1 neu; %2 Notiz(en).</numerusform>
            <numerusform>%n Observables im Dokument, %1 neu; %2 Notiz(en).</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeExport</name>
    <message>
        <source>the recipient</source>
        <translation>der Empfänger</translation>
    </message>
    <message>
        <source>cleared up to %1</source>
        <translation>freigegeben bis %1</translation>
    </message>
    <message>
        <source>no TLP level known</source>
        <translation>keine TLP-Stufe bekannt</translation>
    </message>
    <message>
        <source>Not exported: ticket %1 (with its children) is %2, and %3 may not receive it (%4). Name a recipient who may, or lower the tickets&apos; labels.</source>
        <translation>Nicht exportiert: Ticket %1 (mit seinen untergeordneten Tickets) ist %2, und %3 darf es nicht erhalten (%4). Nennen Sie einen Empfänger, der es erhalten darf, oder senken Sie die Kennzeichnungen der Tickets.</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeExportDialog</name>
    <message>
        <source>Share incident #%1 with a team</source>
        <translation>Sicherheitsvorfall #%1 mit einem Team teilen</translation>
    </message>
    <message>
        <source>MISP event (JSON)</source>
        <translation>MISP-Event (JSON)</translation>
    </message>
    <message>
        <source>IODEF v2 document (XML, RFC 7970)</source>
        <translation>IODEF-v2-Dokument (XML, RFC 7970)</translation>
    </message>
    <message>
        <source>Someone not in the directory (TLP:CLEAR and TLP:GREEN only)</source>
        <translation>Jemand, der nicht im Verzeichnis steht (nur TLP:CLEAR und TLP:GREEN)</translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1 (bis %2)</translation>
    </message>
    <message>
        <source>%1 (TLP:CLEAR and TLP:GREEN only)</source>
        <translation>%1 (nur TLP:CLEAR und TLP:GREEN)</translation>
    </message>
    <message>
        <source>Sources (where attacks come from)</source>
        <translation>Quellen (woher Angriffe kommen)</translation>
    </message>
    <message>
        <source>Targets (what was attacked)</source>
        <translation>Ziele (was angegriffen wurde)</translation>
    </message>
    <message>
        <source>Your organisation only</source>
        <translation>Nur Ihre Organisation</translation>
    </message>
    <message>
        <source>This community only</source>
        <translation>Nur diese Community</translation>
    </message>
    <message>
        <source>Connected communities</source>
        <translation>Verbundene Communities</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>Alle Communities</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Mitigation (asking the recipient to act)</source>
        <translation>Mitigation (Bitte an den Empfänger, tätig zu werden)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>&amp;Addresses are:</source>
        <translation>&amp;Adressen sind:</translation>
    </message>
    <message>
        <source>MISP &amp;distribution:</source>
        <translation>MISP-&amp;Verteilung:</translation>
    </message>
    <message>
        <source>IODEF &amp;purpose:</source>
        <translation>IODEF-&amp;Zweck:</translation>
    </message>
    <message>
        <source>The document carries the incident&apos;s observables and those of its reports, investigations and countermeasures, labelled with the most restrictive TLP among them. It is refused when the recipient may not receive that label.</source>
        <translation>Das Dokument enthält die Observables des Sicherheitsvorfalls und die seiner Meldungen, Untersuchungen und Gegenmaßnahmen, gekennzeichnet mit dem restriktivsten TLP unter ihnen. Es wird verweigert, wenn der Empfänger diese Kennzeichnung nicht erhalten darf.</translation>
    </message>
    <message>
        <source>What was written appears here.</source>
        <translation>Was geschrieben wurde, erscheint hier.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Das Dokument wird geschrieben…</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Das Dokument speichern</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n observable(s) from %2 ticket(s), labelled %3.</source>
        <translation>
            <numerusform>%1 geschrieben: %n Observable aus %2 Ticket(s), gekennzeichnet mit %3.</numerusform>
            <numerusform>%1 geschrieben: %n Observables aus %2 Ticket(s), gekennzeichnet mit %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ExchangeImport</name>
    <message>
        <source>(no UUID)</source>
        <translation>(keine UUID)</translation>
    </message>
    <message>
        <source>Ticket %1 was %2; it is now %3, the document&apos;s label.</source>
        <translation>Ticket %1 war %2; es ist jetzt %3, die Kennzeichnung des Dokuments.</translation>
    </message>
    <message>
        <source>The document is classified %1; ticket %2 keeps its classification %3/%4.</source>
        <translation>Das Dokument ist als %1 klassifiziert; Ticket %2 behält seine Klassifizierung %3/%4.</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeImportDialog</name>
    <message>
        <source>Import an incident from a team</source>
        <translation>Einen Sicherheitsvorfall von einem Team importieren</translation>
    </message>
    <message>
        <source>A MISP event (JSON) or an IODEF v2 document (XML) becomes a new incident, or goes onto the incident it came from or was imported into before. Its indicators become observables; what is not an observable is kept in comments. Nothing is stored when the document cannot be read.</source>
        <translation>Ein MISP-Event (JSON) oder ein IODEF-v2-Dokument (XML) wird zu einem neuen Sicherheitsvorfall oder kommt zu dem Sicherheitsvorfall, aus dem es stammt oder in den es zuvor importiert wurde. Seine Indikatoren werden zu Observables; was kein Observable ist, wird in Kommentaren aufbewahrt. Es wird nichts gespeichert, wenn das Dokument nicht gelesen werden kann.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Accept an IODEF document that deviates from the schema (each deviation a warning)</source>
        <translation>Ein IODEF-Dokument akzeptieren, das vom Schema abweicht (jede Abweichung eine Warnung)</translation>
    </message>
    <message>
        <source>&amp;Warnings:</source>
        <translation>&amp;Warnungen:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>Ticket ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Importing the document…</source>
        <translation>Das Dokument wird importiert…</translation>
    </message>
    <message>
        <source>Import an incident</source>
        <translation>Einen Sicherheitsvorfall importieren</translation>
    </message>
    <message>
        <source>MISP events and IODEF documents (*.json *.xml *.iodef);;All files (*)</source>
        <translation>MISP-Events und IODEF-Dokumente (*.json *.xml *.iodef);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; an exchanged incident is at most %3 MiB.</source>
        <translation>%1 ist %2 MiB groß; ein ausgetauschter Sicherheitsvorfall ist höchstens %3 MiB groß.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>IODEF document</source>
        <translation>IODEF-Dokument</translation>
    </message>
    <message>
        <source>MISP event</source>
        <translation>MISP-Event</translation>
    </message>
    <message>
        <source>The %1 became incident #%2.</source>
        <translation>Das %1 wurde zu Sicherheitsvorfall #%2.</translation>
    </message>
    <message>
        <source>The %1 was added to ticket #%2.</source>
        <translation>Das %1 wurde zu Ticket #%2 hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s) added of %1 in the document.</source>
        <translation>
            <numerusform>%n Observable von %1 im Dokument hinzugefügt.</numerusform>
            <numerusform>%n von %1 Observables im Dokument hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) keep what is not an observable.</source>
        <translation>
            <numerusform>%n Kommentar enthält, was kein Observable ist.</numerusform>
            <numerusform>%n Kommentare enthalten, was kein Observable ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeStore</name>
    <message>
        <source>Ticket %1 has a UUID already.</source>
        <translation>Ticket %1 hat bereits eine UUID.</translation>
    </message>
    <message>
        <source>The UUID %1 belongs to ticket %2 already.</source>
        <translation>Die UUID %1 gehört bereits zu Ticket %2.</translation>
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
        <translation>  0  Erfolg
  1  Aufruf: unbekannter Befehl oder unbekannte Option, fehlendes Argument, keine
     Passphrasenquelle
  2  ungültige Eingabe: ein abgelehnter Wert, eine Datei, die kein Arbeitsbereich ist
     oder von einem neueren Firebreak stammt, ein beschädigter Arbeitsbereich, eine
     fehlgeschlagene Integritätsprüfung oder eine unterbrochene Verlaufskette (verify)
  3  falsche Passphrase oder falscher Schlüssel
  4  nicht gefunden (Ticket, Datei, Verknüpfung) oder Konflikt (abgelehnter
     Übergang, vorhandene Datei)
  5  interner Fehler, oder das System hat abgelehnt (E/A-Fehler, Datenträger voll)
</translation>
    </message>
</context>
<context>
    <name>fb::FirstRun</name>
    <message>
        <source>Give our team&apos;s name.</source>
        <translation>Geben Sie den Namen unseres Teams an.</translation>
    </message>
    <message>
        <source>Give our team&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse unseres Teams an.</translation>
    </message>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>„%1“ ist kein vollständiger OpenPGP-Fingerabdruck.</translation>
    </message>
</context>
<context>
    <name>fb::FirstRunGuide</name>
    <message>
        <source>First steps in this workspace</source>
        <translation>Erste Schritte in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>Schritt &amp;überspringen</translation>
    </message>
    <message>
        <source>Leave this as it is; it can be set later in Settings.</source>
        <translation>Unverändert lassen; es kann später in den Einstellungen festgelegt werden.</translation>
    </message>
    <message>
        <source>Skip &amp;all</source>
        <translation>Alle über&amp;springen</translation>
    </message>
    <message>
        <source>Close the guide and change nothing (Esc). It is in Settings.</source>
        <translation>Den Einrichtungsassistenten schließen und nichts ändern (Esc). Er ist in den Einstellungen zu finden.</translation>
    </message>
    <message>
        <source>&amp;Skip this step and finish</source>
        <translation>Schritt &amp;überspringen und abschließen</translation>
    </message>
</context>
<context>
    <name>fb::FirstRunKeyPage</name>
    <message>
        <source>(no user id)</source>
        <translation>(keine Benutzer-ID)</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 holds no secret key that can sign. The team key needs its secret part, e.g. as exported with “gpg --export-secret-keys”.</source>
        <translation>%1 enthält keinen geheimen Schlüssel, der signieren kann. Der Teamschlüssel braucht seinen geheimen Teil, z. B. so, wie ihn „gpg --export-secret-keys“ exportiert.</translation>
    </message>
    <message>
        <source>Our key</source>
        <translation>Unser Schlüssel</translation>
    </message>
    <message>
        <source>The OpenPGP key that signs our mail, team profile and advisories. It stays in your GnuPG home, %1.</source>
        <translation>Der OpenPGP-Schlüssel, der unsere Mails, unser Teamprofil und unsere Sicherheitshinweise signiert. Er bleibt in Ihrem GnuPG-Verzeichnis, %1.</translation>
    </message>
    <message>
        <source>Import a secret key</source>
        <translation>Geheimen Schlüssel importieren</translation>
    </message>
    <message>
        <source>OpenPGP keys (*.asc *.gpg *.pgp *.key);;All files (*)</source>
        <translation>OpenPGP-Schlüssel (*.asc *.gpg *.pgp *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A key you have</source>
        <translation>Ein vorhandener Schlüssel</translation>
    </message>
    <message>
        <source>The secret keys in your GnuPG home that can sign.</source>
        <translation>Die geheimen Schlüssel in Ihrem GnuPG-Verzeichnis, die signieren können.</translation>
    </message>
    <message>
        <source>Team &amp;key:</source>
        <translation>&amp;Teamschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>Aus Datei &amp;importieren…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Or a new key</source>
        <translation>Oder ein neuer Schlüssel</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>E-&amp;mail address:</source>
        <translation>E-Mail-&amp;Adresse:</translation>
    </message>
    <message>
        <source>ed25519 and cv25519 (recommended)</source>
        <translation>ed25519 und cv25519 (empfohlen)</translation>
    </message>
    <message>
        <source>RSA 3072 (for older software)</source>
        <translation>RSA 3072 (für ältere Software)</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>Al&amp;gorithmus:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Gültig für:</translation>
    </message>
    <message>
        <source>two years (it can be extended later with GnuPG)</source>
        <translation>zwei Jahre (kann später mit GnuPG verlängert werden)</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Passphrase des Schlüssels:</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <source>Reading the keys of your GnuPG home…</source>
        <translation>Die Schlüssel Ihres GnuPG-Verzeichnisses werden gelesen…</translation>
    </message>
    <message>
        <source>The keys could not be read</source>
        <translation>Die Schlüssel konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>No secret key in your GnuPG home yet</source>
        <translation>Noch kein geheimer Schlüssel in Ihrem GnuPG-Verzeichnis</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Schlüssel wählen</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Imported the key %1.</source>
        <translation>Schlüssel %1 importiert.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Der Schlüssel wird erstellt…</translation>
    </message>
    <message>
        <source>Key creation cancelled; no key was kept.</source>
        <translation>Schlüsselerstellung abgebrochen; es wurde kein Schlüssel behalten.</translation>
    </message>
    <message>
        <source>Created the key %1 for %2.</source>
        <translation>Schlüssel %1 für %2 erstellt.</translation>
    </message>
    <message>
        <source>Wait until the key is ready, or cancel it.</source>
        <translation>Warten Sie, bis der Schlüssel fertig ist, oder brechen Sie die Erstellung ab.</translation>
    </message>
    <message>
        <source>Choose a key, import one or create one — or skip this step.</source>
        <translation>Wählen Sie einen Schlüssel, importieren oder erstellen Sie einen — oder überspringen Sie diesen Schritt.</translation>
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
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>How soon a ticket gets its first response, and how soon it should be resolved, by severity. Times are calendar time, round the clock.</source>
        <translation>Wie schnell ein Ticket seine erste Antwort erhält und wie schnell es gelöst sein sollte, je Schweregrad. Die Zeiten sind Kalenderzeit, rund um die Uhr.</translation>
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
        <translation>Unser Team</translation>
    </message>
    <message>
        <source>Who we are in mail, the team profile and advisories. Firebreak keeps it as our entry in the directory.</source>
        <translation>Wer wir in Mails, im Teamprofil und in Sicherheitshinweisen sind. Firebreak speichert dies als unseren Eintrag im Verzeichnis.</translation>
    </message>
    <message>
        <source>e.g. CERT-X, the Example Computer Emergency Response Team</source>
        <translation>z. B. CERT-X, das Example Computer Emergency Response Team</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>Team&amp;name:</translation>
    </message>
    <message>
        <source>e.g. cert@example.org</source>
        <translation>z. B. cert@example.org</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>e.g. CERT-X</source>
        <translation>z. B. CERT-X</translation>
    </message>
    <message>
        <source>Mail subject &amp;tag:</source>
        <translation>Betreff&amp;marke für Mail:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Subjects will read “[%1 #123] …”.</source>
        <translation>Betreffs lauten dann „[%1 #123] …“.</translation>
    </message>
</context>
<context>
    <name>fb::GnupgHome</name>
    <message>
        <source>Cannot create a GnuPG home: the temporary folder path is too long for gpg-agent&apos;s sockets.</source>
        <translation>Es kann kein GnuPG-Home angelegt werden: Der Pfad des temporären Ordners ist zu lang für die Sockets von gpg-agent.</translation>
    </message>
    <message>
        <source>Cannot create a temporary GnuPG home: %1</source>
        <translation>Es kann kein temporäres GnuPG-Home angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the configuration of a temporary GnuPG home.</source>
        <translation>Die Konfiguration eines temporären GnuPG-Home kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot use the folder for temporary GnuPG homes: %1</source>
        <translation>Der Ordner für temporäre GnuPG-Homes kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The folder for temporary GnuPG homes is not a folder (a symbolic link or a file).</source>
        <translation>Der Ordner für temporäre GnuPG-Homes ist kein Ordner (ein symbolischer Link oder eine Datei).</translation>
    </message>
    <message>
        <source>The folder for temporary GnuPG homes belongs to another user.</source>
        <translation>Der Ordner für temporäre GnuPG-Homes gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>Cannot make the folder for temporary GnuPG homes private: %1</source>
        <translation>Der Ordner für temporäre GnuPG-Homes kann nicht privat gemacht werden: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for temporary GnuPG homes: %1</source>
        <translation>Der Ordner für temporäre GnuPG-Homes kann nicht angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>fb::GpgmeBoundary</name>
    <message>
        <source>%1 failed: %2.</source>
        <extracomment>%1 is an operation (&quot;Signing&quot;), %2 what GnuPG said</extracomment>
        <translation>%1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 failed: out of memory.</source>
        <translation>%1 fehlgeschlagen: kein Speicher mehr.</translation>
    </message>
    <message>
        <source>an unknown exception</source>
        <translation>eine unbekannte Ausnahme</translation>
    </message>
    <message>
        <source>%1 failed unexpectedly in GPGME: %2.</source>
        <translation>%1 ist in GPGME unerwartet fehlgeschlagen: %2.</translation>
    </message>
</context>
<context>
    <name>fb::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Firebreak</source>
        <translation>&amp;Über Firebreak</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>fb::History</name>
    <message>
        <source>History row %1 follows row %2: rows %3 to %4 are missing.</source>
        <translation>Verlaufszeile %1 folgt auf Zeile %2: Zeilen %3 bis %4 fehlen.</translation>
    </message>
    <message>
        <source>History row %1 does not follow the row before it (a row was removed, reordered or replaced).</source>
        <translation>Verlaufszeile %1 folgt nicht auf die Zeile davor (eine Zeile wurde entfernt, umgeordnet oder ersetzt).</translation>
    </message>
    <message>
        <source>History row %1 was changed after it was written.</source>
        <translation>Verlaufszeile %1 wurde geändert, nachdem sie geschrieben wurde.</translation>
    </message>
    <message>
        <source>History rows %1 to %2 were removed.</source>
        <translation>Verlaufszeilen %1 bis %2 wurden entfernt.</translation>
    </message>
    <message>
        <source>The history&apos;s recorded head does not match its last row %1.</source>
        <translation>Der vermerkte Kopf des Verlaufs stimmt nicht mit seiner letzten Zeile %1 überein.</translation>
    </message>
</context>
<context>
    <name>fb::HistoryPhrasing</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Zuständigkeitsbereich</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Reporter type</source>
        <translation>Art des Melders</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons Learned</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Reaktion fällig</translation>
    </message>
    <message>
        <source>Resolve due</source>
        <translation>Lösung fällig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>A history row as stored: action and field, old value → new value; &quot;∅&quot; is no value.
----------
A field&apos;s change in the history: &quot;Severity: Medium → High&quot;.</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Created as %1, %2</source>
        <extracomment>A ticket&apos;s first history row: &quot;Created as Incident Report, TLP:AMBER&quot;.</extracomment>
        <translation>Angelegt als %1, %2</translation>
    </message>
    <message>
        <source>Created as %1</source>
        <translation>Angelegt als %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>State: %1 → %2 (follows its incident)</source>
        <extracomment>The state changed because of a link or of its incident&apos;s outcome.</extracomment>
        <translation>Status: %1 → %2 (folgt seinem Sicherheitsvorfall)</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>Mit Sicherheitsvorfall %1 verknüpft</translation>
    </message>
    <message>
        <source>Ticket %1 linked to this incident</source>
        <translation>Ticket %1 mit diesem Sicherheitsvorfall verknüpft</translation>
    </message>
    <message>
        <source>Unlinked from incident %1</source>
        <translation>Verknüpfung mit Sicherheitsvorfall %1 aufgehoben</translation>
    </message>
    <message>
        <source>Ticket %1 unlinked from this incident</source>
        <translation>Verknüpfung von Ticket %1 mit diesem Sicherheitsvorfall aufgehoben</translation>
    </message>
    <message>
        <source>Merged %1 into this ticket</source>
        <translation>%1 mit diesem Ticket zusammengeführt</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Mit %1 zusammengeführt</translation>
    </message>
    <message>
        <source>Observable added: %1 %2</source>
        <translation>Observable hinzugefügt: %1 %2</translation>
    </message>
    <message>
        <source>Observable removed: %1 %2</source>
        <translation>Observable entfernt: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Observables added: %1</source>
        <translation>Observables hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Schlagwort hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Schlagwort entfernt: %1</translation>
    </message>
    <message>
        <source>Mail received: %1</source>
        <translation>Mail empfangen: %1</translation>
    </message>
    <message>
        <source>Mail sent: %1</source>
        <translation>Mail gesendet: %1</translation>
    </message>
    <message>
        <source>Mail received (no Message-ID)</source>
        <translation>Mail empfangen (ohne Message-ID)</translation>
    </message>
    <message>
        <source>Mail sent (no Message-ID)</source>
        <translation>Mail gesendet (ohne Message-ID)</translation>
    </message>
    <message>
        <source>SLA policy changed</source>
        <translation>SLA-Richtlinie geändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation>%1: %2 entfernt</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <source>State: %1 → %2 (undone)</source>
        <extracomment>A triage decision taken back: the state it had before.</extracomment>
        <translation>Status: %1 → %2 (rückgängig gemacht)</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Task added: %1</source>
        <extracomment>A task added to a ticket, from the playbook named in parentheses.</extracomment>
        <translation>Aufgabe hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Task added: %1 (playbook %2)</source>
        <translation>Aufgabe hinzugefügt: %1 (Playbook %2)</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Aufgabe erledigt: %1</translation>
    </message>
    <message>
        <source>Task not applicable: %1</source>
        <translation>Aufgabe nicht zutreffend: %1</translation>
    </message>
    <message>
        <source>Task reopened: %1</source>
        <translation>Aufgabe wieder geöffnet: %1</translation>
    </message>
    <message>
        <source>Task unassigned: %1</source>
        <translation>Zuweisung der Aufgabe aufgehoben: %1</translation>
    </message>
    <message>
        <source>Task %1 assigned to %2</source>
        <translation>Aufgabe %1 zugewiesen an %2</translation>
    </message>
    <message>
        <source>Task %1 due %2</source>
        <translation>Aufgabe %1 fällig am %2</translation>
    </message>
    <message>
        <source>Task %1: due date removed</source>
        <translation>Aufgabe %1: Frist entfernt</translation>
    </message>
    <message>
        <source>Note on task %1: %2</source>
        <translation>Notiz zu Aufgabe %1: %2</translation>
    </message>
    <message>
        <source>Playbook changed: %1</source>
        <translation>Playbook geändert: %1</translation>
    </message>
    <message>
        <source>Playbook added: %1</source>
        <translation>Playbook hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Playbook removed: %1</source>
        <translation>Playbook entfernt: %1</translation>
    </message>
    <message>
        <source>Evidence added: %1 (SHA-256 %2…)</source>
        <extracomment>Evidence added to a ticket: the file&apos;s name and the start of its SHA-256.</extracomment>
        <translation>Beweismittel hinzugefügt: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Evidence removed: %1 (SHA-256 %2…)</source>
        <translation>Beweismittel entfernt: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Timeline event added: %1 (%2)</source>
        <extracomment>%1 is the event&apos;s title, %2 the date and time it happened.</extracomment>
        <translation>Ereignis zur Zeitleiste hinzugefügt: %1 (%2)</translation>
    </message>
    <message>
        <source>Timeline event changed: %1 (%2)</source>
        <translation>Ereignis der Zeitleiste geändert: %1 (%2)</translation>
    </message>
    <message>
        <source>Timeline event removed: %1 (%2)</source>
        <translation>Ereignis aus der Zeitleiste entfernt: %1 (%2)</translation>
    </message>
    <message>
        <source>Exchange UUID: %1</source>
        <extracomment>The stable UUID a ticket is exported under (MISP events, IODEF documents).</extracomment>
        <translation>Austausch-UUID: %1</translation>
    </message>
    <message numerus="yes">
        <source>MISP event %1 imported, %n observable(s) added</source>
        <translation>
            <numerusform>MISP-Event %1 importiert, %n Observable hinzugefügt</numerusform>
            <numerusform>MISP-Event %1 importiert, %n Observables hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>IODEF incident %1 imported, %n observable(s) added</source>
        <translation>
            <numerusform>IODEF-Vorfall %1 importiert, %n Observable hinzugefügt</numerusform>
            <numerusform>IODEF-Vorfall %1 importiert, %n Observables hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportDialog</name>
    <message>
        <source>Importing mail</source>
        <translation>Mail wird importiert</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling: the messages read so far are kept…</source>
        <translation>Wird abgebrochen: Die bisher gelesenen Nachrichten bleiben erhalten…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>fb::ImportProgressLine</name>
    <message>
        <source>%1 of %2 messages, %3 of %4 MB</source>
        <translation>%1 von %2 Nachrichten, %3 von %4 MB</translation>
    </message>
</context>
<context>
    <name>fb::ImportSummaryDialog</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Threaded</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>In Quarantäne</translation>
    </message>
    <message>
        <source>Mail import summary</source>
        <translation>Zusammenfassung des Mail-Imports</translation>
    </message>
    <message>
        <source>The import was cancelled; what was read before is kept.</source>
        <translation>Der Import wurde abgebrochen; was zuvor gelesen wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>Der Import ist abgeschlossen.</translation>
    </message>
    <message>
        <source>New reports:</source>
        <translation>Neue Meldungen:</translation>
    </message>
    <message>
        <source>Added to existing tickets:</source>
        <translation>Zu bestehenden Tickets hinzugefügt:</translation>
    </message>
    <message>
        <source>Duplicates (already there):</source>
        <translation>Duplikate (bereits vorhanden):</translation>
    </message>
    <message>
        <source>Quarantined:</source>
        <translation>In Quarantäne:</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Gelesen:</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nichts erfordert Ihre Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Needs your attention (select one to inspect it):</source>
        <translation>Erfordert Ihre Aufmerksamkeit (wählen Sie einen Eintrag zur Prüfung aus):</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Grund oder Notiz</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Ticket öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Kept in the quarantine: %n byte(s); the first of them below.</source>
        <translation>
            <numerusform>In der Quarantäne aufbewahrt: %n Byte; der Anfang davon unten.</numerusform>
            <numerusform>In der Quarantäne aufbewahrt: %n Byte; der Anfang davon unten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::IncidentExchange</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is neither a MISP event (JSON) nor an IODEF document (XML).</source>
        <translation>Die Datei ist weder ein MISP-Event (JSON) noch ein IODEF-Dokument (XML).</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>Byte %1</translation>
    </message>
</context>
<context>
    <name>fb::IncidentExportCommand</name>
    <message>
        <source>Write a ticket (an incident with the observables of its children) for another team&apos;s tools: --format misp gives a MISP event (JSON, as misp export), --format iodef an IODEF v2 document (RFC 7970, XML, checked against the schema): our team and the ticket number as IncidentID, the TLP as restriction, the observables as EventData systems, hashes as indicators, RSIT as AdditionalData. The label is the most restrictive of the tickets it draws from; it is refused, with nothing written, when the recipient may not receive it (--recipient or --clearance; without either only TLP:CLEAR and TLP:GREEN go out). The ticket keeps one UUID for all its exports.</source>
        <translation>Ein Ticket (einen Sicherheitsvorfall mit den Observables seiner untergeordneten Tickets) für die Werkzeuge eines anderen Teams schreiben: --format misp liefert ein MISP-Event (JSON, wie misp export), --format iodef ein IODEF-v2-Dokument (RFC 7970, XML, gegen das Schema geprüft): unser Team und die Ticketnummer als IncidentID, das TLP als Restriction, die Observables als EventData-Systeme, Hashes als Indikatoren, RSIT als AdditionalData. Die Kennzeichnung ist die restriktivste der Tickets, aus denen es schöpft; es wird verweigert und nichts geschrieben, wenn der Empfänger sie nicht erhalten darf (--recipient oder --clearance; ohne beides gehen nur TLP:CLEAR und TLP:GREEN hinaus). Das Ticket behält eine UUID für alle seine Exporte.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>Die Ticketnummer.</translation>
    </message>
    <message>
        <source>misp or iodef.</source>
        <translation>misp oder iodef.</translation>
    </message>
    <message>
        <source>IODEF purpose: reporting (the default) or mitigation (asking the recipient to act).</source>
        <translation>IODEF-Zweck: reporting (der Standard) oder mitigation (Bitte an den Empfänger, tätig zu werden).</translation>
    </message>
</context>
<context>
    <name>fb::IncidentImportCommand</name>
    <message>
        <source>Read a MISP event (JSON) or an IODEF v2 document (RFC 7970, XML; told from the content) into a new incident, or onto the ticket given with --into: indicators become observables, the label and classification are taken over, what is not an observable is kept in a comment, each odd part named in a warning. A document seen before goes onto its ticket again. An IODEF document must follow the schema (read offline, without network or DTD); --lenient imports one that deviates, each deviation a warning. A file that cannot be read is refused with the line or place, and nothing is stored.</source>
        <translation>Ein MISP-Event (JSON) oder ein IODEF-v2-Dokument (RFC 7970, XML; am Inhalt erkannt) in einen neuen Sicherheitsvorfall einlesen oder in das mit --into angegebene Ticket: Indikatoren werden zu Observables, Kennzeichnung und Klassifizierung werden übernommen, was kein Observable ist, wird in einem Kommentar aufbewahrt, jeder ungewöhnliche Teil in einer Warnung genannt. Ein bereits gesehenes Dokument kommt wieder in sein Ticket. Ein IODEF-Dokument muss dem Schema folgen (offline gelesen, ohne Netzwerk oder DTD); --lenient importiert eines, das abweicht, jede Abweichung eine Warnung. Eine Datei, die nicht gelesen werden kann, wird mit der Zeile oder Stelle abgewiesen, und es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>The document; - reads standard input.</source>
        <translation>Das Dokument; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Add the document to this ticket.</source>
        <translation>Das Dokument zu diesem Ticket hinzufügen.</translation>
    </message>
    <message>
        <source>Import an IODEF document that deviates from the schema.</source>
        <translation>Ein IODEF-Dokument importieren, das vom Schema abweicht.</translation>
    </message>
</context>
<context>
    <name>fb::IncidentOutcomePanel</name>
    <message>
        <source>Resolution:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>Lessons learned:</source>
        <translation>Lessons Learned:</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Noch nicht eingetragen.</translation>
    </message>
</context>
<context>
    <name>fb::IncidentReport</name>
    <message>
        <source>not classified</source>
        <translation>nicht klassifiziert</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Classification (RSIT)</source>
        <translation>Klassifizierung (RSIT)</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Zuständigkeitsbereich</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>not closed</source>
        <translation>nicht geschlossen</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>No linked reports.</source>
        <translation>Keine verknüpften Meldungen.</translation>
    </message>
    <message>
        <source>No investigations.</source>
        <translation>Keine Untersuchungen.</translation>
    </message>
    <message>
        <source>No countermeasures.</source>
        <translation>Keine Gegenmaßnahmen.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Keine Aufgaben.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>No timeline events.</source>
        <translation>Keine Ereignisse in der Zeitleiste.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>No observables.</source>
        <translation>Keine Observables.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No evidence files.</source>
        <translation>Keine Beweisdateien.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>No correspondence.</source>
        <translation>Keine Korrespondenz.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>Kein Verlauf.</translation>
    </message>
    <message>
        <source>Generated %1 by %2.</source>
        <translation>Erstellt am %1 von %2.</translation>
    </message>
    <message>
        <source>Generated %1 by %2 for %3.</source>
        <translation>Erstellt am %1 von %2 für %3.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Investigations</source>
        <translation>Untersuchungen</translation>
    </message>
    <message>
        <source>Countermeasures</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Korrespondenz</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report section; choose from %2.</source>
        <translation>„%1“ ist kein Berichtsabschnitt; wählen Sie aus %2.</translation>
    </message>
    <message>
        <source>The %1 section is not available yet.</source>
        <translation>Der Abschnitt %1 ist noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Choose at least one report section.</source>
        <translation>Wählen Sie mindestens einen Berichtsabschnitt.</translation>
    </message>
    <message>
        <source>Ticket #%1 is a %2; a report is written for an incident.</source>
        <translation>Ticket #%1 hat die Art %2; ein Bericht wird nur für einen Sicherheitsvorfall geschrieben.</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>Sicherheitsvorfall #%1</translation>
    </message>
    <message>
        <source>Incident #%1: %2</source>
        <translation>Sicherheitsvorfall #%1: %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons Learned</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>The report on incident #%1 holds TLP:RED content: it is for the people present only. Confirm that before it is written.</source>
        <translation>Der Bericht zu Sicherheitsvorfall #%1 enthält Inhalte mit TLP:RED: er ist nur für die Anwesenden bestimmt. Bestätigen Sie das, bevor er geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>fb::IncidentReportDialog</name>
    <message>
        <source>Export report of incident #%1</source>
        <translation>Bericht zu Sicherheitsvorfall #%1 exportieren</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
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
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Den Bericht speichern</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>fb::InvestigationLauncher</name>
    <message>
        <source>the incident response team</source>
        <translation>das Incident-Response-Team</translation>
    </message>
    <message>
        <source>Dear colleagues,</source>
        <translation>Liebe Kolleginnen und Kollegen,</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The title of an Investigation launched from an incident: team, then the incident&apos;s title</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to launch: no team is left that can be asked (each was refused or left out).</source>
        <translation>Nichts zu starten: Es bleibt kein Team, das angefragt werden kann (jedes wurde abgelehnt oder ausgelassen).</translation>
    </message>
    <message>
        <source>There is no team key to sign the notifications with; set the team key (or give one).</source>
        <translation>Es gibt keinen Teamschlüssel zum Signieren der Benachrichtigungen; legen Sie den Teamschlüssel fest (oder geben Sie einen an).</translation>
    </message>
    <message>
        <source>Signing the notifications needs the team&apos;s OpenPGP keys; none were given.</source>
        <translation>Zum Signieren der Benachrichtigungen werden die OpenPGP-Schlüssel des Teams benötigt; es wurden keine angegeben.</translation>
    </message>
    <message>
        <source>Cancelled: no investigation was launched.</source>
        <translation>Abgebrochen: Es wurde keine Untersuchung gestartet.</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>An %1 wird geschrieben…</translation>
    </message>
    <message>
        <source>The notification to %1 could not be written: %2</source>
        <translation>Die Benachrichtigung an %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Launched %n investigation(s).</source>
        <translation>
            <numerusform>%n Untersuchung gestartet.</numerusform>
            <numerusform>%n Untersuchungen gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted, not signed: there is no team key</source>
        <translation>verschlüsselt, nicht signiert: Es gibt keinen Teamschlüssel</translation>
    </message>
    <message>
        <source>not signed: there is no team key</source>
        <translation>nicht signiert: Es gibt keinen Teamschlüssel</translation>
    </message>
    <message>
        <source>signed and encrypted</source>
        <translation>signiert und verschlüsselt</translation>
    </message>
    <message>
        <source>signed, not encrypted (no valid key)</source>
        <translation>signiert, nicht verschlüsselt (kein gültiger Schlüssel)</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2 %3
Protection: %4

%5</source>
        <translation>An: %1
Betreff: %2 %3
Schutz: %4

%5</translation>
    </message>
</context>
<context>
    <name>fb::InvestigationPlanDialog</name>
    <message>
        <source>A valid key for %1 (%2): the notification is encrypted.</source>
        <translation>Ein gültiger Schlüssel für %1 (%2): Die Benachrichtigung wird verschlüsselt.</translation>
    </message>
    <message>
        <source>The key %1 has expired: the notification cannot be encrypted.</source>
        <translation>Der Schlüssel %1 ist abgelaufen: Die Benachrichtigung kann nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The key %1 was revoked: the notification cannot be encrypted.</source>
        <translation>Der Schlüssel %1 wurde widerrufen: Die Benachrichtigung kann nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The workspace keyring has no usable key for %1: the notification is signed but not encrypted. Import the team&apos;s key in the directory to encrypt.</source>
        <translation>Der Schlüsselbund des Arbeitsbereichs hat keinen verwendbaren Schlüssel für %1: Die Benachrichtigung wird signiert, aber nicht verschlüsselt. Importieren Sie den Schlüssel des Teams im Verzeichnis, um zu verschlüsseln.</translation>
    </message>
    <message>
        <source>Launch investigations for incident %1</source>
        <translation>Untersuchungen für Sicherheitsvorfall %1 starten</translation>
    </message>
    <message>
        <source>The incident&apos;s observables are planned. To plan for others, paste addresses, networks, AS numbers, domains or e-mail addresses here and press Plan again.</source>
        <translation>Die Observables des Sicherheitsvorfalls sind eingeplant. Um für andere zu planen, fügen Sie hier Adressen, Netze, AS-Nummern, Domains oder E-Mail-Adressen ein und klicken Sie auf Erneut planen.</translation>
    </message>
    <message>
        <source>&amp;Plan again</source>
        <translation>Erneut &amp;planen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy these observables, one a line, to handle them by hand</source>
        <translation>Diese Observables kopieren, eines pro Zeile, um sie von Hand zu bearbeiten</translation>
    </message>
    <message>
        <source>No team to ask (for manual handling):</source>
        <translation>Kein Team zum Anfragen (zur manuellen Bearbeitung):</translation>
    </message>
    <message>
        <source>Notification to the selected team (nothing is created before Launch):</source>
        <translation>Benachrichtigung an das ausgewählte Team (vor dem Starten wird nichts angelegt):</translation>
    </message>
    <message>
        <source>&amp;Launch investigations</source>
        <translation>Untersuchungen &amp;starten</translation>
    </message>
    <message>
        <source>Looking up the observables in the directory and the keyring…</source>
        <translation>Die Observables werden im Verzeichnis und im Schlüsselbund gesucht…</translation>
    </message>
    <message>
        <source>Incident #%1 “%2”, %3: one Investigation per team below, each with a notification from the “%4” template, signed with the team key.</source>
        <translation>Sicherheitsvorfall #%1 „%2“, %3: eine Untersuchung je Team unten, jede mit einer Benachrichtigung aus der Vorlage „%4“, signiert mit dem Teamschlüssel.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>will be launched</source>
        <translation>wird gestartet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No team in the directory covers these observables: there is nothing to launch.</source>
        <translation>Kein Team im Verzeichnis ist für diese Observables zuständig: Es gibt nichts zu starten.</translation>
    </message>
    <message>
        <source>There is no team key to sign the notifications with: choose our team&apos;s key in Settings before launching.</source>
        <translation>Es gibt keinen Teamschlüssel zum Signieren der Benachrichtigungen: Wählen Sie vor dem Starten den Schlüssel unseres Teams in den Einstellungen aus.</translation>
    </message>
    <message>
        <source>Select a team to read its notification.</source>
        <translation>Wählen Sie ein Team aus, um seine Benachrichtigung zu lesen.</translation>
    </message>
    <message>
        <source>No notification: %1</source>
        <translation>Keine Benachrichtigung: %1</translation>
    </message>
    <message>
        <source>Left out: tick the team to launch its investigation.</source>
        <translation>Ausgelassen: Haken Sie das Team an, um seine Untersuchung zu starten.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n observable(s).</source>
        <translation>
            <numerusform>%n Observable kopiert.</numerusform>
            <numerusform>%n Observables kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelled: no investigation was launched.</source>
        <translation>Abgebrochen: Es wurde keine Untersuchung gestartet.</translation>
    </message>
    <message>
        <source>Launched %1; each notification is stored on its investigation, ready to send.</source>
        <translation>%1 gestartet; jede Benachrichtigung ist bei ihrer Untersuchung gespeichert und bereit zum Senden.</translation>
    </message>
    <message>
        <source>Cancel launch</source>
        <translation>Starten abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>fb::InvestigationPlanner</name>
    <message>
        <source>%1 has no e-mail address in the directory.</source>
        <translation>%1 hat keine E-Mail-Adresse im Verzeichnis.</translation>
    </message>
    <message>
        <source>%1 may only be sent encrypted, and there is no valid key for %2 (key: %3).</source>
        <translation>%1 darf nur verschlüsselt gesendet werden, und es gibt keinen gültigen Schlüssel für %2 (Schlüssel: %3).</translation>
    </message>
    <message>
        <source>%1 may not go to %2, which may receive up to %3 (directory).</source>
        <translation>%1 darf nicht an %2 gehen; laut Verzeichnis darf dieses Team höchstens %3 erhalten.</translation>
    </message>
    <message>
        <source>not an address, network, AS number, domain, e-mail address or URL</source>
        <translation>weder Adresse, Netz, AS-Nummer, Domain, E-Mail-Adresse noch URL</translation>
    </message>
    <message>
        <source>no team is responsible for a %1</source>
        <translation>kein Team ist für den Typ %1 zuständig</translation>
    </message>
    <message>
        <source>no team in the directory covers it</source>
        <translation>kein Team im Verzeichnis ist dafür zuständig</translation>
    </message>
    <message>
        <source>in our own constituency (%1): ours to handle</source>
        <translation>in unserem eigenen Zuständigkeitsbereich (%1): von uns zu bearbeiten</translation>
    </message>
    <message>
        <source>Ticket #%1 is no incident: investigations are launched from an incident.</source>
        <translation>Ticket #%1 ist kein Sicherheitsvorfall: Untersuchungen werden aus einem Sicherheitsvorfall gestartet.</translation>
    </message>
</context>
<context>
    <name>fb::IodefExchange</name>
    <message>
        <source>The IODEF document written for ticket %1 does not follow the schema: %2</source>
        <translation>Das für Ticket %1 geschriebene IODEF-Dokument folgt nicht dem Schema: %2</translation>
    </message>
    <message>
        <source>(no IncidentID)</source>
        <translation>(keine IncidentID)</translation>
    </message>
    <message>
        <source>IODEF incident %1</source>
        <translation>IODEF-Vorfall %1</translation>
    </message>
    <message>
        <source>Imported from IODEF incident %1.</source>
        <translation>Importiert aus IODEF-Vorfall %1.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Zweck: %1</translation>
    </message>
    <message>
        <source>Status there: %1</source>
        <translation>Status dort: %1</translation>
    </message>
    <message>
        <source>The incident&apos;s restriction names no TLP label; it is labelled %1.</source>
        <translation>Die Restriction des Vorfalls nennt keine TLP-Kennzeichnung; er wird mit %1 gekennzeichnet.</translation>
    </message>
    <message>
        <source>From IODEF incident %1, what is not an observable:</source>
        <translation>Aus IODEF-Vorfall %1, was kein Observable ist:</translation>
    </message>
    <message>
        <source>From IODEF incident %1 (%2), what is not an observable:</source>
        <translation>Aus IODEF-Vorfall %1 (%2), was kein Observable ist:</translation>
    </message>
</context>
<context>
    <name>fb::IodefReader</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>The document is %L1 bytes; IODEF documents of at most %L2 bytes are read.</source>
        <translation>Das Dokument ist %L1 Byte groß; IODEF-Dokumente werden bis höchstens %L2 Byte gelesen.</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>Das Dokument ist leer.</translation>
    </message>
    <message>
        <source>The XML parser could not be started.</source>
        <translation>Der XML-Parser konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The document is not well-formed XML: %1.</source>
        <translation>Das Dokument ist kein wohlgeformtes XML: %1.</translation>
    </message>
    <message>
        <source>The document has a document type declaration (DOCTYPE); IODEF needs none, and its entities could read files or expand without bound, so it is refused.</source>
        <translation>Das Dokument hat eine Dokumenttypdeklaration (DOCTYPE); IODEF braucht keine, und ihre Entitäten könnten Dateien lesen oder sich unbegrenzt ausdehnen, daher wird es abgewiesen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>The root element is %1, not an IODEF v2 IODEF-Document in the namespace %2.</source>
        <translation>Das Wurzelelement ist %1, kein IODEF-v2-IODEF-Document im Namensraum %2.</translation>
    </message>
    <message>
        <source>Elements are nested deeper than %1 levels.</source>
        <translation>Elemente sind tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The IODEF schema could not be loaded: %1</source>
        <translation>Das IODEF-Schema konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The schema validator could not be started.</source>
        <translation>Der Schema-Validator konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>the validator failed (%1)</source>
        <translation>der Validator ist fehlgeschlagen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The document does not follow the IODEF v2 schema (RFC 7970): %1 (%n problem(s) in all).</source>
        <translation>
            <numerusform>Das Dokument folgt nicht dem IODEF-v2-Schema (RFC 7970): %1 (insgesamt %n Problem).</numerusform>
            <numerusform>Das Dokument folgt nicht dem IODEF-v2-Schema (RFC 7970): %1 (insgesamt %n Probleme).</numerusform>
        </translation>
    </message>
    <message>
        <source>Firebreak keeps no field for %1; it is kept in a note.</source>
        <translation>Firebreak hat kein Feld für %1; es wird in einer Notiz aufbewahrt.</translation>
    </message>
    <message>
        <source>Only the first %L1 observables are read.</source>
        <translation>Nur die ersten %L1 Observables werden gelesen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 value (%3); it is kept in a note.</source>
        <translation>„%1“ ist kein gültiger %2-Wert (%3); er wird in einer Notiz aufbewahrt.</translation>
    </message>
    <message>
        <source>Addresses of category “%1” are not observables in Firebreak; it is kept in a note.</source>
        <translation>Adressen der Kategorie „%1“ sind in Firebreak keine Observables; die Adresse wird in einer Notiz aufbewahrt.</translation>
    </message>
    <message>
        <source>Hashes made with “%1” are not observables in Firebreak; it is kept in a note.</source>
        <translation>Mit „%1“ erstellte Hashes sind in Firebreak keine Observables; der Hash wird in einer Notiz aufbewahrt.</translation>
    </message>
    <message>
        <source>The digest value is not Base64; it is kept in a note.</source>
        <translation>Der Digest-Wert ist nicht Base64; er wird in einer Notiz aufbewahrt.</translation>
    </message>
    <message>
        <source>Bulk observables of type “%1” are not observables in Firebreak; they are kept in a note.</source>
        <translation>BulkObservables des Typs „%1“ sind in Firebreak keine Observables; sie werden in einer Notiz aufbewahrt.</translation>
    </message>
    <message>
        <source>“%1” is not a class and type of the Reference Security Incident Taxonomy; it is kept in a note.</source>
        <translation>„%1“ ist keine Klasse und kein Typ der Reference Security Incident Taxonomy; es wird in einer Notiz aufbewahrt.</translation>
    </message>
    <message>
        <source>Contact (%1, %2): %3</source>
        <translation>Kontakt (%1, %2): %3</translation>
    </message>
    <message>
        <source>The restriction “%1” names no TLP label.</source>
        <translation>Die Restriction „%1“ nennt keine TLP-Kennzeichnung.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>Gemeldet: %1</translation>
    </message>
    <message>
        <source>Document written: %1</source>
        <translation>Dokument geschrieben: %1</translation>
    </message>
    <message>
        <source>Not as the IODEF schema says: %1</source>
        <translation>Nicht wie im IODEF-Schema vorgesehen: %1</translation>
    </message>
    <message>
        <source>Only the first Incident of a document is imported; this one is not.</source>
        <translation>Nur das erste Incident eines Dokuments wird importiert; dieses nicht.</translation>
    </message>
    <message>
        <source>The document holds no Incident.</source>
        <translation>Das Dokument enthält kein Incident.</translation>
    </message>
    <message>
        <source>The incident has no IncidentID; importing it again will not be recognised.</source>
        <translation>Der Vorfall hat keine IncidentID; ein erneuter Import wird nicht erkannt.</translation>
    </message>
</context>
<context>
    <name>fb::JobRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>fb::KeyPassphrase</name>
    <message>
        <source>The passphrase of the OpenPGP secret key, first line of FILE.</source>
        <translation>Die Passphrase des geheimen OpenPGP-Schlüssels, erste Zeile von DATEI.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>No passphrase for the OpenPGP key and no terminal to ask for one: use --key-passphrase-file or set %1.</source>
        <translation>Keine Passphrase für den OpenPGP-Schlüssel und kein Terminal, um danach zu fragen: Verwenden Sie --key-passphrase-file oder setzen Sie %1.</translation>
    </message>
</context>
<context>
    <name>fb::KeyPassphrasePrompt</name>
    <message>
        <source>Passphrase of the key</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>GnuPG needs the passphrase of
%1</source>
        <translation>GnuPG benötigt die Passphrase von
%1</translation>
    </message>
</context>
<context>
    <name>fb::KeyStatusText</name>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation>Unbrauchbar</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>The key is valid until %1.</source>
        <translation>Der Schlüssel ist gültig bis %1.</translation>
    </message>
    <message>
        <source>The key is valid and does not expire.</source>
        <translation>Der Schlüssel ist gültig und läuft nicht ab.</translation>
    </message>
</context>
<context>
    <name>fb::KeyringSession</name>
    <message>
        <source>A session key must hold 1 to %1 bytes and last a while.</source>
        <translation>Ein Sitzungsschlüssel muss 1 bis %1 Byte umfassen und eine gewisse Zeit gelten.</translation>
    </message>
    <message>
        <source>This process can reach neither a session keyring nor a user keyring: %1</source>
        <translation>Dieser Prozess erreicht weder einen Sitzungs-Schlüsselbund noch einen Benutzer-Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>The kernel keyring refused the session key: %1</source>
        <translation>Der Kernel-Schlüsselbund hat den Sitzungsschlüssel abgelehnt: %1</translation>
    </message>
    <message>
        <source>The kernel keyring refused the session key&apos;s timeout or permissions: %1</source>
        <translation>Der Kernel-Schlüsselbund hat die Ablaufzeit oder die Berechtigungen des Sitzungsschlüssels abgelehnt: %1</translation>
    </message>
    <message>
        <source>The kernel keyring refused to forget a session key: %1</source>
        <translation>Der Kernel-Schlüsselbund hat sich geweigert, einen Sitzungsschlüssel zu vergessen: %1</translation>
    </message>
    <message>
        <source>Unlocked sessions need the Linux kernel keyring, which this system lacks.</source>
        <translation>Entsperrte Sitzungen brauchen den Linux-Kernel-Schlüsselbund, der diesem System fehlt.</translation>
    </message>
</context>
<context>
    <name>fb::KeyringStore</name>
    <message>
        <source>“%1” is not an OpenPGP fingerprint.</source>
        <translation>„%1“ ist kein OpenPGP-Fingerabdruck.</translation>
    </message>
    <message>
        <source>The key %1 is not in the workspace keyring.</source>
        <translation>Der Schlüssel %1 ist nicht im Schlüsselbund des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The key has been revoked by its owner; do not use it.</source>
        <translation>Der Schlüssel wurde von seinem Inhaber widerrufen; verwenden Sie ihn nicht.</translation>
    </message>
    <message>
        <source>The key expired on %1; ask its owner for a current key.</source>
        <translation>Der Schlüssel ist am %1 abgelaufen; bitten Sie seinen Inhaber um einen aktuellen Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>The key expires in %n day(s), on %1; ask its owner for an extended or new key.</source>
        <translation>
            <numerusform>Der Schlüssel läuft in %n Tag ab, am %1; bitten Sie seinen Inhaber um einen verlängerten oder neuen Schlüssel.</numerusform>
            <numerusform>Der Schlüssel läuft in %n Tagen ab, am %1; bitten Sie seinen Inhaber um einen verlängerten oder neuen Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key is disabled.</source>
        <translation>Der Schlüssel ist deaktiviert.</translation>
    </message>
    <message>
        <source>GnuPG considers the key invalid.</source>
        <translation>GnuPG hält den Schlüssel für ungültig.</translation>
    </message>
    <message>
        <source>The key is weak: %1 bits are fewer than the %2 bits considered safe.</source>
        <translation>Der Schlüssel ist schwach: %1 Bit sind weniger als die %2 Bit, die als sicher gelten.</translation>
    </message>
    <message>
        <source>The key cannot sign: signatures from it cannot be expected.</source>
        <translation>Der Schlüssel kann nicht signieren: Von ihm sind keine Signaturen zu erwarten.</translation>
    </message>
    <message>
        <source>The key cannot encrypt: messages to its owner cannot be encrypted to it.</source>
        <translation>Der Schlüssel kann nicht verschlüsseln: Nachrichten an seinen Inhaber können nicht für ihn verschlüsselt werden.</translation>
    </message>
</context>
<context>
    <name>fb::LaunchDialog</name>
    <message>
        <source>Launch countermeasure</source>
        <translation>Gegenmaßnahme starten</translation>
    </message>
    <message>
        <source>Launch investigation</source>
        <translation>Untersuchung starten</translation>
    </message>
    <message>
        <source>For incident #%1: %2</source>
        <translation>Für Sicherheitsvorfall #%1: %2</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;LP:</source>
        <translation>T&amp;LP:</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>fb::Lifecycle</name>
    <message>
        <source>&apos;%1&apos; is not a state of a ticket of kind %2 (its states: %3).</source>
        <translation>„%1“ ist kein Status eines Tickets der Art %2 (seine Status: %3).</translation>
    </message>
    <message>
        <source>A ticket of kind %1 in state &apos;%2&apos; cannot move to &apos;%3&apos;; allowed from &apos;%2&apos;: %4.</source>
        <translation>Ein Ticket der Art %1 im Status „%2“ kann nicht nach „%3“ wechseln; erlaubt ab „%2“: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>pending activation</source>
        <translation>Aktivierung ausstehend</translation>
    </message>
    <message>
        <source>pending removal</source>
        <translation>Entfernung ausstehend</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
</context>
<context>
    <name>fb::ListMembersDialog</name>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Tick the teams and people to put on the list “%1”.</source>
        <translation>Kreuzen Sie die Teams und Personen an, die auf die Liste „%1“ kommen sollen.</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <extracomment>A team offered as a list member: &quot;Team: EXU-CERT (Example University CERT)&quot;</extracomment>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Team: %1 (%2)</source>
        <translation>Team: %1 (%2)</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Person: %1</translation>
    </message>
    <message>
        <source>&amp;Add to list</source>
        <translation>Zur Liste &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Nobody was added: %1</source>
        <extracomment>Shown when members could not be put on a list; %1 is the reason. Nothing was added.</extracomment>
        <translation>Niemand wurde hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>fb::LockScreen</name>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Falsche Passphrase. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;&lt;p&gt;%1 is closed and its key dropped. Enter the passphrase to continue.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Gesperrt&lt;/h2&gt;&lt;p&gt;%1 ist geschlossen und sein Schlüssel verworfen. Geben Sie die Passphrase ein, um fortzufahren.&lt;/p&gt;</translation>
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
        <translation>neue Meldung #%1</translation>
    </message>
    <message>
        <source>added to #%1</source>
        <translation>zu #%1 hinzugefügt</translation>
    </message>
    <message>
        <source>already on #%1</source>
        <translation>bereits in #%1</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>in Quarantäne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quarantine id (a number from mail quarantine list).</source>
        <translation>„%1“ ist keine Quarantäne-ID (eine Zahl aus mail quarantine list).</translation>
    </message>
    <message>
        <source>Messages read: %1 (%2 MB); new reports: %3, added to existing tickets: %4, duplicates: %5, quarantined: %6.
</source>
        <translation>Gelesene Nachrichten: %1 (%2 MB); neue Meldungen: %3, zu bestehenden Tickets hinzugefügt: %4, Duplikate: %5, in Quarantäne: %6.
</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s) name their reporter from the directory.
</source>
        <translation>
            <numerusform>%n neue Meldung nennt ihren Melder aus dem Verzeichnis.
</numerusform>
            <numerusform>%n neue Meldungen nennen ihren Melder aus dem Verzeichnis.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: what was read so far is stored; running the same import again completes it.
</source>
        <translation>Unterbrochen: Was bisher gelesen wurde, ist gespeichert; ein erneuter Lauf desselben Imports schließt ihn ab.
</translation>
    </message>
    <message>
        <source>Needs a look:
</source>
        <translation>Bitte ansehen:
</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>  %1: %2: %3
</source>
        <translation>  %1: %2: %3
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
        <translation>Eine mbox-Datei, ein Maildir-Ordner, eine .eml-Datei oder ein Ordner davon.</translation>
    </message>
    <message>
        <source>Import mail into the workspace: each new message becomes an Incident Report, a reply (our subject tag, or In-Reply-To/References naming a stored message) goes to its ticket, a message already stored is skipped, and input that is not a usable message is kept whole in the quarantine. Signed mail is verified against the workspace keyring and encrypted mail decrypted with the team key (your GnuPG home). Senders the directory knows are named as the report&apos;s reporter. Ctrl+C stops after the current message; what was stored stays and a re-run completes the import. Exit code 2 when messages were quarantined.</source>
        <translation>Mail in den Arbeitsbereich importieren: Jede neue Nachricht wird zu einer Vorfallmeldung, eine Antwort (unsere Betreffmarke oder In-Reply-To/References mit einer gespeicherten Nachricht) kommt zu ihrem Ticket, eine bereits gespeicherte Nachricht wird übersprungen, und eine Eingabe, die keine verwendbare Nachricht ist, wird vollständig in der Quarantäne aufbewahrt. Signierte Mail wird gegen den Schlüsselbund des Arbeitsbereichs geprüft und verschlüsselte Mail mit dem Teamschlüssel (Ihr GnuPG-Verzeichnis) entschlüsselt. Absender, die das Verzeichnis kennt, werden als Melder der Meldung eingetragen. Strg+C hält nach der aktuellen Nachricht an; was gespeichert wurde, bleibt erhalten, und ein erneuter Lauf schließt den Import ab. Exit-Code 2, wenn Nachrichten in Quarantäne kamen.</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Es gibt keine Datei und keinen Ordner %1.</translation>
    </message>
    <message>
        <source>The import was interrupted; the messages read so far are stored, and running the same import again completes it.</source>
        <translation>Der Import wurde unterbrochen; die bisher gelesenen Nachrichten sind gespeichert, und ein erneuter Lauf desselben Imports schließt ihn ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be imported and were quarantined; see mail quarantine list.</source>
        <translation>
            <numerusform>%n Nachricht konnte nicht importiert werden und kam in Quarantäne; siehe mail quarantine list.</numerusform>
            <numerusform>%n Nachrichten konnten nicht importiert werden und kamen in Quarantäne; siehe mail quarantine list.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the mail that could not be imported: id, when, size, where it came from and why.</source>
        <translation>Die Mail auflisten, die nicht importiert werden konnte: ID, Zeitpunkt, Größe, Herkunft und Grund.</translation>
    </message>
    <message>
        <source>The quarantine is empty.</source>
        <translation>Die Quarantäne ist leer.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>Save the raw message to FILE (never shown on a terminal).</source>
        <translation>Die Rohnachricht in DATEI speichern (nie auf einem Terminal angezeigt).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>DATEI ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>The quarantine id, from mail quarantine list.</source>
        <translation>Die Quarantäne-ID aus mail quarantine list.</translation>
    </message>
    <message>
        <source>Show one quarantined message: where it came from, why it was kept aside and its size. With --out, its raw bytes are saved to a file; &apos;-&apos; writes them to standard output when that is not a terminal.</source>
        <translation>Eine Nachricht in Quarantäne anzeigen: Herkunft, warum sie zurückgehalten wurde, und ihre Größe. Mit --out werden ihre Rohdaten in eine Datei gespeichert; „-“ schreibt sie auf die Standardausgabe, wenn diese kein Terminal ist.</translation>
    </message>
    <message>
        <source>Raw mail is not written to a terminal; give --out FILE or redirect.</source>
        <translation>Rohe Mail wird nicht auf ein Terminal geschrieben; geben Sie --out FILE an oder leiten Sie um.</translation>
    </message>
    <message>
        <source>With --json, give --out FILE for the raw message.</source>
        <translation>Geben Sie mit --json für die Rohnachricht --out FILE an.</translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it.</source>
        <translation>%1 existiert bereits; geben Sie --force an, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Quarantined message %1
  From:    %2
  At:      %3
  Size:    %4 bytes
  Reason:  %5
</source>
        <translation>Nachricht %1 in Quarantäne
  Von:     %2
  Am:      %3
  Größe:   %4 Bytes
  Grund:   %5
</translation>
    </message>
    <message>
        <source>Saved the raw message to %1.</source>
        <translation>Rohnachricht in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Give --out FILE to save the raw message.</source>
        <translation>Geben Sie --out FILE an, um die Rohnachricht zu speichern.</translation>
    </message>
</context>
<context>
    <name>fb::MailComposer</name>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Give at least one recipient.</source>
        <translation>Geben Sie mindestens einen Empfänger an.</translation>
    </message>
    <message>
        <source>%1 information may only be sent encrypted; ask for encryption to the recipient&apos;s key.</source>
        <translation>%1-Informationen dürfen nur verschlüsselt versendet werden; fordern Sie die Verschlüsselung für den Schlüssel des Empfängers an.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no stored message %2 to reply to.</source>
        <translation>Ticket #%1 hat keine gespeicherte Nachricht %2, auf die geantwortet werden kann.</translation>
    </message>
    <message>
        <source>The composed message could not be read back: %1</source>
        <translation>Die verfasste Nachricht konnte nicht zurückgelesen werden: %1</translation>
    </message>
    <message>
        <source>Signing or encrypting mail needs the team&apos;s OpenPGP keys; none were given.</source>
        <translation>Zum Signieren oder Verschlüsseln von Mail werden die OpenPGP-Schlüssel des Teams benötigt; es wurden keine angegeben.</translation>
    </message>
    <message>
        <source>Mail that belongs to no ticket needs a subject and cannot be a reply.</source>
        <translation>Mail, die zu keinem Ticket gehört, braucht einen Betreff und kann keine Antwort sein.</translation>
    </message>
    <message>
        <source>The message part to sign could not be prepared.</source>
        <translation>Der zu signierende Nachrichtenteil konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Only mail about a ticket is stored with it.</source>
        <translation>Nur Mail zu einem Ticket wird bei diesem gespeichert.</translation>
    </message>
    <message>
        <source>Blind copies cannot go in an encrypted message: it names every recipient&apos;s key, so the others would see who else received it. Send the blind copies as a separate message.</source>
        <translation>Blindkopien sind in einer verschlüsselten Nachricht nicht möglich: Sie nennt den Schlüssel jedes Empfängers, die anderen sähen also, wer sie noch erhielt. Senden Sie die Blindkopien als eigene Nachricht.</translation>
    </message>
</context>
<context>
    <name>fb::MailCrypto</name>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (decrypted)</source>
        <translation>%1 (entschlüsselt)</translation>
    </message>
</context>
<context>
    <name>fb::MailExportCommands</name>
    <message>
        <source>Ticket #%1 has no reporter address to reply to; give --to.</source>
        <translation>Ticket #%1 hat keine Melderadresse für eine Antwort; geben Sie --to an.</translation>
    </message>
    <message>
        <source>Give the recipient with --to.</source>
        <translation>Geben Sie den Empfänger mit --to an.</translation>
    </message>
    <message>
        <source>Our team has no e-mail address in the directory; give --from or choose our team with one.</source>
        <translation>Unser Team hat keine E-Mail-Adresse im Verzeichnis; geben Sie --from an oder wählen Sie unser Team mit einer Adresse.</translation>
    </message>
    <message>
        <source>The ticket the message is about.</source>
        <translation>Das Ticket, um das es in der Nachricht geht.</translation>
    </message>
    <message>
        <source>reply (to the reporter, answering the newest received message; the default), notify (another team; an Investigation&apos;s correspondent unless --to is given) or list (a mailing list).</source>
        <translation>reply (an den Melder, als Antwort auf die neueste empfangene Nachricht; der Standard), notify (ein anderes Team; der Korrespondenzpartner einer Untersuchung, sofern --to nicht angegeben ist) oder list (eine Mailingliste).</translation>
    </message>
    <message>
        <source>A recipient (repeatable).</source>
        <translation>Ein Empfänger (wiederholbar).</translation>
    </message>
    <message>
        <source>A copy recipient (repeatable).</source>
        <translation>Ein Kopieempfänger (wiederholbar).</translation>
    </message>
    <message>
        <source>The sender (default: our team&apos;s name and first e-mail).</source>
        <translation>Der Absender (Standard: Name und erste E-Mail-Adresse unseres Teams).</translation>
    </message>
    <message>
        <source>The subject, without tag and TLP label.</source>
        <translation>Der Betreff, ohne Marke und TLP-Kennzeichnung.</translation>
    </message>
    <message>
        <source>The UTF-8 text of the message; &apos;-&apos; for standard input.</source>
        <translation>Der UTF-8-Text der Nachricht; „-“ für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Attach a file (repeatable).</source>
        <translation>Eine Datei anhängen (wiederholbar).</translation>
    </message>
    <message>
        <source>TLP label (default: the ticket&apos;s): CLEAR, GREEN, AMBER, AMBER+STRICT, RED.</source>
        <translation>TLP-Kennzeichnung (Standard: die des Tickets): CLEAR, GREEN, AMBER, AMBER+STRICT, RED.</translation>
    </message>
    <message>
        <source>With --kind reply: the stored message (id from &apos;mail export --json&apos;) to answer.</source>
        <translation>Mit --kind reply: die gespeicherte Nachricht (ID aus „mail export --json“), auf die geantwortet wird.</translation>
    </message>
    <message>
        <source>Sign with PGP/MIME using the team key.</source>
        <translation>Mit PGP/MIME und dem Teamschlüssel signieren.</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key (implies --sign).</source>
        <translation>Mit diesem Schlüssel statt mit dem Teamschlüssel signieren (impliziert --sign).</translation>
    </message>
    <message>
        <source>Encrypt to every recipient&apos;s key in the workspace keyring (PGP/MIME).</source>
        <translation>An den Schlüssel jedes Empfängers im Schlüsselbund des Arbeitsbereichs verschlüsseln (PGP/MIME).</translation>
    </message>
    <message>
        <source>Where to write the .eml; &apos;-&apos; for standard output.</source>
        <translation>Wohin die .eml geschrieben wird; „-“ für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Eine vorhandene Ausgabedatei ersetzen.</translation>
    </message>
    <message>
        <source>Compose a message from a ticket with our subject tag and the TLP label, sign and encrypt it with OpenPGP when asked, write it as .eml and store it on the ticket.</source>
        <translation>Eine Nachricht aus einem Ticket mit unserer Betreffmarke und der TLP-Kennzeichnung verfassen, sie auf Wunsch mit OpenPGP signieren und verschlüsseln, als .eml schreiben und beim Ticket speichern.</translation>
    </message>
    <message>
        <source>--kind is reply, notify or list.</source>
        <translation>--kind ist reply, notify oder list.</translation>
    </message>
    <message>
        <source>Give --out FILE.eml (or &apos;-&apos; for standard output).</source>
        <translation>Geben Sie --out FILE.eml an (oder „-“ für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Give the text with --body-file FILE (or &apos;-&apos; for standard input).</source>
        <translation>Geben Sie den Text mit --body-file FILE an (oder „-“ für die Standardeingabe).</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>„%1“ ist keine TLP-Kennzeichnung.</translation>
    </message>
    <message>
        <source>--reply-to takes a stored message id.</source>
        <translation>--reply-to nimmt die ID einer gespeicherten Nachricht.</translation>
    </message>
    <message>
        <source>There is no team key to sign with; give --key or set the team key.</source>
        <translation>Es gibt keinen Teamschlüssel zum Signieren; geben Sie --key an oder legen Sie den Teamschlüssel fest.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2 and stored it on ticket #%3.</source>
        <translation>%1 nach %2 geschrieben und bei Ticket #%3 gespeichert.</translation>
    </message>
    <message>
        <source>The ticket whose mail to export.</source>
        <translation>Das Ticket, dessen Mail exportiert werden soll.</translation>
    </message>
    <message>
        <source>Export only this stored message, as .eml.</source>
        <translation>Nur diese gespeicherte Nachricht exportieren, als .eml.</translation>
    </message>
    <message>
        <source>Where to write (mboxrd, or .eml with --message); &apos;-&apos; or none for standard output.</source>
        <translation>Wohin geschrieben wird (mboxrd, oder .eml mit --message); „-“ oder nichts für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Write a ticket&apos;s whole correspondence, received and sent, oldest first, as an mboxrd file, or one message exactly as received or sent. With --json, list the exported messages.</source>
        <translation>Die gesamte Korrespondenz eines Tickets, empfangen und gesendet, älteste zuerst, als mboxrd-Datei schreiben, oder eine Nachricht genau so, wie sie empfangen oder gesendet wurde. Mit --json die exportierten Nachrichten auflisten.</translation>
    </message>
    <message>
        <source>--message takes a stored message id.</source>
        <translation>--message nimmt die ID einer gespeicherten Nachricht.</translation>
    </message>
    <message>
        <source>With --json, give --out FILE for the mail itself.</source>
        <translation>Geben Sie mit --json für die Mail selbst --out FILE an.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no stored message %2.</source>
        <translation>Ticket #%1 hat keine gespeicherte Nachricht %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) of ticket #%1 to %2.</source>
        <translation>
            <numerusform>%n Nachricht von Ticket #%1 nach %2 geschrieben.</numerusform>
            <numerusform>%n Nachrichten von Ticket #%1 nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” already exists; give --force to replace it.</source>
        <translation>„%1“ existiert bereits; geben Sie --force an, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>A blind copy recipient (repeatable; for the sending MTA, which drops the line).</source>
        <translation>Ein Blindkopie-Empfänger (wiederholbar; für den versendenden MTA, der die Zeile entfernt).</translation>
    </message>
</context>
<context>
    <name>fb::MailImporter</name>
    <message>
        <source>Reading mail</source>
        <translation>E-Mail wird gelesen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n Nachricht gelesen</numerusform>
            <numerusform>%n Nachrichten gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in quarantine from an earlier import.</source>
        <translation>Bereits aus einem früheren Import in Quarantäne.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
</context>
<context>
    <name>fb::MailKeys</name>
    <message>
        <source>The workspace keyring has no valid key for %1 that can encrypt; add the recipient&apos;s key (after comparing its fingerprint) or send without encryption.</source>
        <translation>Der Schlüsselbund des Arbeitsbereichs hat keinen gültigen Schlüssel für %1, der verschlüsseln kann; fügen Sie den Schlüssel des Empfängers hinzu (nachdem Sie seinen Fingerabdruck verglichen haben) oder senden Sie ohne Verschlüsselung.</translation>
    </message>
    <message>
        <source>valid</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>gültig</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>revoked</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>fb::MailReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Es gibt keine Datei und keinen Ordner %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>message %1 at byte %2</source>
        <translation>Nachricht %1 bei Byte %2</translation>
    </message>
</context>
<context>
    <name>fb::MailReply</name>
    <message>
        <source>Ticket #%1 has no stored message %2 to reply to.</source>
        <translation>Ticket #%1 hat keine gespeicherte Nachricht %2, auf die geantwortet werden kann.</translation>
    </message>
    <message>
        <source>Hello,</source>
        <extracomment>The greeting of a reply when the recipient&apos;s name is not known.</extracomment>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <extracomment>The greeting of a reply: &quot;Dear Jane Doe,&quot;.</extracomment>
        <translation>Guten Tag %1,</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>der Absender</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <extracomment>Above the quoted original of a reply: &quot;On 2 Mar 2026 10:00 CET, Jane Doe wrote:&quot;.</extracomment>
        <translation>Am %1 schrieb %2:</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <extracomment>Above the quoted original of a reply whose date is not known.</extracomment>
        <translation>%1 schrieb:</translation>
    </message>
</context>
<context>
    <name>fb::MailReplyAllCommands</name>
    <message>
        <source>List the reporters of an incident&apos;s reports (one line each: address, the report answered, key status, whether the reply is encrypted or refused by the TLP gate). --preview adds every reply&apos;s text; --confirm writes one reply per reporter, threaded to that reporter&apos;s newest report and stored there as sent mail (export it with &apos;mail export&apos;), all or none. The text is the &apos;update-reporters&apos; template unless --body-file gives one; its placeholders are filled for each reporter.</source>
        <translation>Die Melder der Meldungen eines Sicherheitsvorfalls auflisten (je eine Zeile: Adresse, die beantwortete Meldung, Schlüsselstatus, ob die Antwort verschlüsselt ist oder von der TLP-Prüfung abgelehnt wird). --preview fügt den Text jeder Antwort hinzu; --confirm schreibt eine Antwort je Melder, zugeordnet zur neuesten Meldung dieses Melders und dort als gesendete Mail gespeichert (exportieren Sie sie mit „mail export“), alle oder keine. Der Text ist die Vorlage „update-reporters“, sofern --body-file keinen angibt; ihre Platzhalter werden für jeden Melder ausgefüllt.</translation>
    </message>
    <message>
        <source>The incident whose reporters to answer.</source>
        <translation>Der Sicherheitsvorfall, dessen Meldern geantwortet wird.</translation>
    </message>
    <message>
        <source>Leave this reporter out (repeatable).</source>
        <translation>Diesen Melder auslassen (wiederholbar).</translation>
    </message>
    <message>
        <source>The text of the replies, with placeholders such as {greeting}; &apos;-&apos; for standard input.</source>
        <translation>Der Text der Antworten, mit Platzhaltern wie {greeting}; „-“ für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Print every reply&apos;s text as well.</source>
        <translation>Auch den Text jeder Antwort ausgeben.</translation>
    </message>
    <message>
        <source>Write and store the replies.</source>
        <translation>Die Antworten schreiben und speichern.</translation>
    </message>
    <message>
        <source>Sign with PGP/MIME using the team key.</source>
        <translation>Mit PGP/MIME und dem Teamschlüssel signieren.</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key (implies --sign).</source>
        <translation>Mit diesem Schlüssel statt mit dem Teamschlüssel signieren (impliziert --sign).</translation>
    </message>
    <message>
        <source>Give --preview or --confirm, not both.</source>
        <translation>Geben Sie --preview oder --confirm an, nicht beides.</translation>
    </message>
    <message>
        <source>There is no team key to sign with; give --key or set the team key.</source>
        <translation>Es gibt keinen Teamschlüssel zum Signieren; geben Sie --key an oder legen Sie den Teamschlüssel fest.</translation>
    </message>
    <message>
        <source>--- Reply to %1 on report #%2 (%3) ---</source>
        <translation>--- Antwort an %1 zu Meldung #%2 (%3) ---</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Reply to %1 stored on report #%2.</source>
        <translation>Antwort an %1 bei Meldung #%2 gespeichert.</translation>
    </message>
    <message>
        <source>REPORTER</source>
        <translation>MELDER</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>ENCRYPTED</source>
        <translation>VERSCHLÜSSELT</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>antworten</translation>
    </message>
    <message>
        <source>Incident #%1 has no reporter with an address.</source>
        <translation>Sicherheitsvorfall #%1 hat keinen Melder mit Adresse.</translation>
    </message>
</context>
<context>
    <name>fb::MailShowCommands</name>
    <message>
        <source>“%1” is not a message id (a number from the correspondence of ticket show).</source>
        <translation>„%1“ ist keine Nachrichten-ID (eine Nummer aus der Korrespondenz von ticket show).</translation>
    </message>
    <message numerus="yes">
        <source>Message %1 has no attachment %2; it has %n.</source>
        <translation>
            <numerusform>Nachricht %1 hat keinen Anhang %2; sie hat %n.</numerusform>
            <numerusform>Nachricht %1 hat keinen Anhang %2; sie hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 has several attachments called “%2”; give the number.</source>
        <translation>Nachricht %1 hat mehrere Anhänge namens „%2“; geben Sie die Nummer an.</translation>
    </message>
    <message>
        <source>Message %1 has no attachment called “%2”.</source>
        <translation>Nachricht %1 hat keinen Anhang namens „%2“.</translation>
    </message>
    <message>
        <source>The message id, from the correspondence of ticket show.</source>
        <translation>Die Nachrichten-ID, aus der Korrespondenz von ticket show.</translation>
    </message>
    <message>
        <source>Show a stored message as the correspondence tab of the GUI does: its headers, its decoded text, its attachments (number, name, type, size, SHA-256) and what its signature says, checked now against the workspace keyring.</source>
        <translation>Eine gespeicherte Nachricht so anzeigen wie die Registerkarte Korrespondenz der GUI: ihre Kopfzeilen, ihren dekodierten Text, ihre Anhänge (Nummer, Name, Typ, Größe, SHA-256) und was ihre Signatur aussagt, jetzt gegen den Schlüsselbund des Arbeitsbereichs geprüft.</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>Die zu schreibende Datei (erforderlich).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>DATEI ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>The attachment&apos;s number in mail show, or its file name.</source>
        <translation>Die Nummer des Anhangs in mail show oder sein Dateiname.</translation>
    </message>
    <message>
        <source>Save one attachment of a stored message to FILE, exactly as decoded, readable by the owner only. The file is written whole or not at all; an existing file is replaced only with --force.</source>
        <translation>Einen Anhang einer gespeicherten Nachricht in DATEI speichern, genau so wie dekodiert, nur für den Eigentümer lesbar. Die Datei wird ganz oder gar nicht geschrieben; eine vorhandene Datei wird nur mit --force ersetzt.</translation>
    </message>
    <message>
        <source>Give --out FILE: where to save the attachment.</source>
        <translation>Geben Sie --out FILE an: wohin der Anhang gespeichert wird.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes) to %3.</source>
        <translation>%1 (%2 Byte) in %3 gespeichert.</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
</context>
<context>
    <name>fb::MailStore</name>
    <message>
        <source>The subject tag must be 1 to 40 characters without &apos;[&apos;, &apos;]&apos; or &apos;#&apos;, e.g. CERT-XX.</source>
        <translation>Das Betreff-Kürzel muss 1 bis 40 Zeichen lang sein, ohne „[“, „]“ oder „#“, z. B. CERT-XX.</translation>
    </message>
    <message>
        <source>There is no quarantined message %1.</source>
        <translation>Es gibt keine Nachricht %1 in Quarantäne.</translation>
    </message>
    <message>
        <source>There is no stored message %1.</source>
        <translation>Es gibt keine gespeicherte Nachricht %1.</translation>
    </message>
</context>
<context>
    <name>fb::MailTemplates</name>
    <message>
        <source>Reply to the reporter</source>
        <translation>Dem Melder antworten</translation>
    </message>
    <message>
        <source>Notify a team</source>
        <translation>Ein Team benachrichtigen</translation>
    </message>
    <message>
        <source>Ask an investigation&apos;s correspondent</source>
        <translation>Den Korrespondenzpartner einer Untersuchung fragen</translation>
    </message>
    <message>
        <source>There is no mail template named “%1”.</source>
        <translation>Es gibt keine Mail-Vorlage namens „%1“.</translation>
    </message>
    <message>
        <source>The mail template “%1” is missing from this build.</source>
        <translation>Die Mail-Vorlage „%1“ fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Ask a team to investigate (launched investigations)</source>
        <translation>Ein Team um Untersuchung bitten (gestartete Untersuchungen)</translation>
    </message>
    <message>
        <source>Update every reporter of an incident</source>
        <translation>Jeden Melder eines Sicherheitsvorfalls auf den neuesten Stand bringen</translation>
    </message>
    <message>
        <source>The template “%1” uses %2, which is not a placeholder; use {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting} or {observables}.</source>
        <translation>Die Vorlage „%1“ verwendet %2, das kein Platzhalter ist; verwenden Sie {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting} oder {observables}.</translation>
    </message>
</context>
<context>
    <name>fb::MailView</name>
    <message>
        <source>in, encrypted</source>
        <translation>ein, verschlüsselt</translation>
    </message>
    <message>
        <source>out, encrypted</source>
        <translation>aus, verschlüsselt</translation>
    </message>
    <message>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>The message is signed; the signature has not been checked.</source>
        <translation>Die Nachricht ist signiert; die Signatur wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1</source>
        <translation>Die Signatur konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>MSG</source>
        <translation>NACHR</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>EIN/AUS</translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation>SIGNATUR</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>BETREFF</translation>
    </message>
    <message>
        <source>The signatures could not be checked: %1</source>
        <translation>Die Signaturen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>%1 on ticket #%2 (%3)</source>
        <translation>%1 zu Ticket #%2 (%3)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>yes (the workspace keeps the message as it was sent or received)</source>
        <translation>ja (der Arbeitsbereich bewahrt die Nachricht so auf, wie sie gesendet oder empfangen wurde)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
</context>
<context>
    <name>fb::MailWarning</name>
    <message>
        <source>The header field %1 appears more than once.</source>
        <translation>Das Kopfzeilenfeld %1 kommt mehrfach vor.</translation>
    </message>
    <message>
        <source>A header parameter appears more than once (%1).</source>
        <translation>Ein Kopfzeilenparameter kommt mehrfach vor (%1).</translation>
    </message>
    <message>
        <source>A header field holds unencoded 8-bit text (%1).</source>
        <translation>Ein Kopfzeilenfeld enthält nicht kodierten 8-Bit-Text (%1).</translation>
    </message>
    <message>
        <source>An invalid content type (%1) was read as application/octet-stream.</source>
        <translation>Ein ungültiger Inhaltstyp (%1) wurde als application/octet-stream gelesen.</translation>
    </message>
    <message>
        <source>A header field has an invalid encoded word (%1).</source>
        <translation>Ein Kopfzeilenfeld hat ein ungültiges Encoded Word (%1).</translation>
    </message>
    <message>
        <source>A multipart has no parts (%1).</source>
        <translation>Ein Multipart hat keine Teile (%1).</translation>
    </message>
    <message>
        <source>The message is truncated.</source>
        <translation>Die Nachricht ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The message is malformed.</source>
        <translation>Die Nachricht ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>An invalid header field name was found; part of the message may be skipped.</source>
        <translation>Ein ungültiger Kopfzeilenfeldname wurde gefunden; ein Teil der Nachricht wird möglicherweise übersprungen.</translation>
    </message>
    <message>
        <source>Header fields conflict (%1).</source>
        <translation>Kopfzeilenfelder widersprechen sich (%1).</translation>
    </message>
    <message>
        <source>Header parameters conflict (%1).</source>
        <translation>Kopfzeilenparameter widersprechen sich (%1).</translation>
    </message>
    <message>
        <source>A multipart has no boundary parameter; it was read as one opaque part.</source>
        <translation>Ein Multipart hat keinen boundary-Parameter; es wurde als ein einziger undurchsichtiger Teil gelesen.</translation>
    </message>
    <message>
        <source>A header parameter is invalid (%1).</source>
        <translation>Ein Kopfzeilenparameter ist ungültig (%1).</translation>
    </message>
    <message>
        <source>An address list is invalid (%1).</source>
        <translation>Eine Adressliste ist ungültig (%1).</translation>
    </message>
    <message>
        <source>The MIME structure is nested too deeply; the deepest parts were not parsed.</source>
        <translation>Die MIME-Struktur ist zu tief verschachtelt; die tiefsten Teile wurden nicht geparst.</translation>
    </message>
    <message>
        <source>A MIME part ends right after its header.</source>
        <translation>Ein MIME-Teil endet direkt nach seinem Kopf.</translation>
    </message>
    <message>
        <source>A MIME part has neither header nor content.</source>
        <translation>Ein MIME-Teil hat weder Kopf noch Inhalt.</translation>
    </message>
    <message>
        <source>The parser reported a problem (%1).</source>
        <translation>Der Parser hat ein Problem gemeldet (%1).</translation>
    </message>
    <message>
        <source>The MIME structure is nested deeper than %1 levels; the deeper parts are kept only in the raw message.</source>
        <translation>Die MIME-Struktur ist tiefer als %1 Ebenen verschachtelt; die tieferen Teile sind nur in der Rohnachricht erhalten.</translation>
    </message>
    <message>
        <source>The %1 header field is %2 characters long; only the first %3 are kept.</source>
        <translation>Das Kopfzeilenfeld %1 ist %2 Zeichen lang; nur die ersten %3 werden behalten.</translation>
    </message>
    <message>
        <source>The message has %1 header fields (a header bomb?).</source>
        <translation>Die Nachricht hat %1 Kopfzeilenfelder (eine Header-Bombe?).</translation>
    </message>
    <message>
        <source>The X-ARF report %1 was not accepted: %2</source>
        <translation>Der X-ARF-Bericht %1 wurde nicht akzeptiert: %2</translation>
    </message>
    <message>
        <source>The message says it is an X-ARF report (Feedback-Type: xarf) but has no X-ARF JSON part that could be read.</source>
        <translation>Die Nachricht gibt an, ein X-ARF-Bericht zu sein (Feedback-Type: xarf), hat aber keinen lesbaren X-ARF-JSON-Teil.</translation>
    </message>
    <message>
        <source>The message says it is an X-ARF report but has no report part.</source>
        <translation>Die Nachricht gibt an, ein X-ARF-Bericht zu sein, hat aber keinen Berichtsteil.</translation>
    </message>
    <message>
        <source>The message is encrypted and was not decrypted.</source>
        <translation>Die Nachricht ist verschlüsselt und wurde nicht entschlüsselt.</translation>
    </message>
    <message>
        <source>The message holds inline OpenPGP encrypted text that was not decrypted.</source>
        <translation>Die Nachricht enthält inline mit OpenPGP verschlüsselten Text, der nicht entschlüsselt wurde.</translation>
    </message>
    <message>
        <source>The mailbox ends in the middle of a line: it may be truncated.</source>
        <translation>Das Postfach endet mitten in einer Zeile: Es ist möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <source>OpenPGP signatures and encryption of this message were not handled: the keys could not be prepared (%1).</source>
        <translation>OpenPGP-Signaturen und -Verschlüsselung dieser Nachricht wurden nicht verarbeitet: Die Schlüssel konnten nicht vorbereitet werden (%1).</translation>
    </message>
    <message>
        <source>The attachment “%1” is OpenPGP-encrypted and could not be decrypted: %2</source>
        <translation>Der Anhang „%1“ ist mit OpenPGP verschlüsselt und konnte nicht entschlüsselt werden: %2</translation>
    </message>
    <message>
        <source>The attachment “%1” decrypts to %2 MB, more than a message may hold; only the encrypted file is kept.</source>
        <translation>Der Anhang „%1“ ist entschlüsselt %2 MB groß, mehr als eine Nachricht enthalten darf; nur die verschlüsselte Datei wird aufbewahrt.</translation>
    </message>
    <message>
        <source>The decrypted attachment “%1” also carries an OpenPGP signature, which was not checked.</source>
        <translation>Der entschlüsselte Anhang „%1“ trägt auch eine OpenPGP-Signatur, die nicht geprüft wurde.</translation>
    </message>
    <message>
        <source>The encrypted message has no encrypted part.</source>
        <translation>Die verschlüsselte Nachricht hat keinen verschlüsselten Teil.</translation>
    </message>
    <message>
        <source>The message could not be decrypted: %1</source>
        <translation>Die Nachricht konnte nicht entschlüsselt werden: %1</translation>
    </message>
    <message>
        <source>The decrypted content is not a MIME entity.</source>
        <translation>Der entschlüsselte Inhalt ist keine MIME-Entität.</translation>
    </message>
    <message>
        <source>The inline OpenPGP message was not decrypted: no complete armored block starts at the beginning of a line.</source>
        <translation>Die Inline-OpenPGP-Nachricht wurde nicht entschlüsselt: Kein vollständiger ASCII-Armor-Block beginnt am Anfang einer Zeile.</translation>
    </message>
    <message>
        <source>The inline OpenPGP message could not be decrypted: %1</source>
        <translation>Die Inline-OpenPGP-Nachricht konnte nicht entschlüsselt werden: %1</translation>
    </message>
    <message>
        <source>The signed message has no signature part.</source>
        <translation>Die signierte Nachricht hat keinen Signaturteil.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1</source>
        <translation>Die Signatur konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Only part of the message is signed; the other parts are not covered by the signature.</source>
        <translation>Nur ein Teil der Nachricht ist signiert; die anderen Teile sind nicht von der Signatur abgedeckt.</translation>
    </message>
    <message>
        <source>The text quotes an inline signature but holds no complete signed block at the beginning of a line; nothing was checked.</source>
        <translation>Der Text zitiert eine Inline-Signatur, enthält aber keinen vollständigen signierten Block am Anfang einer Zeile; es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>Part of the text is outside the signed block and not covered by the signature.</source>
        <translation>Ein Teil des Textes liegt außerhalb des signierten Blocks und ist nicht von der Signatur abgedeckt.</translation>
    </message>
    <message>
        <source>The signature inside the encrypted message was checked in the GnuPG home that decrypted it, not against the workspace keyring.</source>
        <translation>Die Signatur in der verschlüsselten Nachricht wurde im GnuPG-Verzeichnis geprüft, das sie entschlüsselt hat, nicht gegen den Schlüsselbund des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The subject names ticket #%1, which does not exist; the message was imported as a new report and can be attached to the right ticket later.</source>
        <translation>Der Betreff nennt Ticket #%1, das nicht existiert; die Nachricht wurde als neue Meldung importiert und kann später dem richtigen Ticket zugeordnet werden.</translation>
    </message>
</context>
<context>
    <name>fb::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Neues Ticket…</translation>
    </message>
    <message>
        <source>&amp;Lock workspace</source>
        <translation>Arbeitsbereich &amp;sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Triage new reports</source>
        <translation>Neue Meldungen &amp;sichten</translation>
    </message>
    <message>
        <source>&amp;Dark palette</source>
        <translation>&amp;Dunkle Farbpalette</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
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
        <translation> (gesperrt)</translation>
    </message>
    <message>
        <source>&amp;Import mail files…</source>
        <translation>Mail-Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import &amp;Maildir folder…</source>
        <translation>&amp;Maildir-Ordner importieren…</translation>
    </message>
    <message>
        <source>Import mail</source>
        <translation>Mail importieren</translation>
    </message>
    <message>
        <source>Mail (*.eml *.mbox *.mbx *.txt);;All files (*)</source>
        <translation>Mail (*.eml *.mbox *.mbx *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import a Maildir folder</source>
        <translation>Einen Maildir-Ordner importieren</translation>
    </message>
    <message numerus="yes">
        <source>Mail import: %n new report(s).</source>
        <translation>
            <numerusform>Mail-Import: %n neue Meldung.</numerusform>
            <numerusform>Mail-Import: %n neue Meldungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message>
        <source>&amp;Go to ticket…</source>
        <translation>&amp;Gehe zu Ticket…</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>Created %1 #%2.</source>
        <translation>%1 #%2 angelegt.</translation>
    </message>
    <message>
        <source>The open incidents could not be read: %1</source>
        <translation>Die offenen Sicherheitsvorfälle konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Go to &amp;page</source>
        <translation>&amp;Gehe zu Seite</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Name der gespeicherten Suche:</translation>
    </message>
    <message>
        <source>&amp;Navigation pane</source>
        <translation>&amp;Navigationsleiste</translation>
    </message>
    <message>
        <source>&amp;Write mail…</source>
        <translation>Mail sch&amp;reiben…</translation>
    </message>
    <message>
        <source>Reply to the reporter of the shown ticket, or notify a correspondent or team</source>
        <translation>Dem Melder des angezeigten Tickets antworten oder einen Korrespondenzpartner oder ein Team benachrichtigen</translation>
    </message>
    <message>
        <source>%1 was not opened: this window works on %2. Quit Firebreak to open another workspace.</source>
        <translation>%1 wurde nicht geöffnet: Dieses Fenster arbeitet mit %2. Beenden Sie Firebreak, um einen anderen Arbeitsbereich zu öffnen.</translation>
    </message>
    <message>
        <source>Open a ticket first: mail is written about a ticket.</source>
        <translation>Öffnen Sie zuerst ein Ticket: Mail wird immer zu einem Ticket geschrieben.</translation>
    </message>
    <message>
        <source>Import incident from a &amp;team…</source>
        <translation>Sicherheitsvorfall von einem &amp;Team importieren…</translation>
    </message>
    <message>
        <source>Read a MISP event or IODEF document into an incident</source>
        <translation>Ein MISP-Event oder IODEF-Dokument in einen Sicherheitsvorfall einlesen</translation>
    </message>
</context>
<context>
    <name>fb::MessageParser</name>
    <message>
        <source>The input is empty.</source>
        <translation>Die Eingabe ist leer.</translation>
    </message>
    <message>
        <source>The message is %1 MiB; messages over %2 MiB are not imported.</source>
        <translation>Die Nachricht ist %1 MiB groß; Nachrichten über %2 MiB werden nicht importiert.</translation>
    </message>
    <message>
        <source>GMime could not read a message from the input.</source>
        <translation>GMime konnte keine Nachricht aus der Eingabe lesen.</translation>
    </message>
    <message>
        <source>The input is not a mail message (no mail header fields, or binary data).</source>
        <translation>Die Eingabe ist keine E-Mail-Nachricht (keine Mail-Kopfzeilenfelder oder Binärdaten).</translation>
    </message>
</context>
<context>
    <name>fb::MessageTimeline</name>
    <message>
        <source>Mail without a subject</source>
        <translation>Mail ohne Betreff</translation>
    </message>
    <message>
        <source>mail #%1</source>
        <translation>Mail #%1</translation>
    </message>
    <message>
        <source>mail #%1 from %2</source>
        <translation>Mail #%1 von %2</translation>
    </message>
    <message>
        <source>mail #%1 sent</source>
        <translation>Mail #%1 gesendet</translation>
    </message>
</context>
<context>
    <name>fb::MessageVerifier</name>
    <message>
        <source>GMime could not read the message whose signature was to be checked.</source>
        <translation>GMime konnte die Nachricht, deren Signatur geprüft werden sollte, nicht lesen.</translation>
    </message>
    <message>
        <source>The signed part of the message has no signature part.</source>
        <translation>Der signierte Teil der Nachricht hat keinen Signaturteil.</translation>
    </message>
    <message>
        <source>The signature part of the message is empty.</source>
        <translation>Der Signaturteil der Nachricht ist leer.</translation>
    </message>
    <message>
        <source>Preparing the keyring</source>
        <translation>Der Schlüsselbund wird vorbereitet</translation>
    </message>
    <message>
        <source>Checking signatures</source>
        <translation>Signaturen werden geprüft</translation>
    </message>
    <message>
        <source>Checked when the message was decrypted at import; the workspace keeps it encrypted as received.</source>
        <translation>Beim Entschlüsseln während des Imports geprüft; der Arbeitsbereich bewahrt die Nachricht verschlüsselt auf, wie sie ankam.</translation>
    </message>
</context>
<context>
    <name>fb::MispEventReader</name>
    <message>
        <source>A tag without a name is skipped.</source>
        <translation>Ein Tag ohne Namen wird übersprungen.</translation>
    </message>
    <message>
        <source>The tag is longer than %1 characters or holds control characters; it is kept in a note.</source>
        <translation>Das Tag ist länger als %1 Zeichen oder enthält Steuerzeichen; es wird in einer Notiz aufbewahrt.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label; it is kept as a tag.</source>
        <translation>„%1“ ist keine TLP-2.0-Kennzeichnung; es wird als Tag aufbewahrt.</translation>
    </message>
    <message>
        <source>“%1” is not a class and type of the Reference Security Incident Taxonomy; it is kept as a tag.</source>
        <translation>„%1“ ist keine Klasse mit Typ der Reference Security Incident Taxonomy; es wird als Tag aufbewahrt.</translation>
    </message>
    <message>
        <source>The attribute is not a JSON object; it is kept in a note.</source>
        <translation>Das Attribut ist kein JSON-Objekt; es wird in einer Notiz aufbewahrt.</translation>
    </message>
    <message>
        <source>The attribute is marked deleted; it is skipped.</source>
        <translation>Das Attribut ist als gelöscht markiert; es wird übersprungen.</translation>
    </message>
    <message>
        <source>The attribute has no type; its value is kept in a note.</source>
        <translation>Das Attribut hat keinen Typ; sein Wert wird in einer Notiz aufbewahrt.</translation>
    </message>
    <message>
        <source>The value of the %1 attribute is not text; it is kept in a note.</source>
        <translation>Der Wert des Attributs %1 ist kein Text; er wird in einer Notiz aufbewahrt.</translation>
    </message>
    <message>
        <source>The value of the %1 attribute is longer than %2 characters; it is skipped.</source>
        <translation>Der Wert des Attributs %1 ist länger als %2 Zeichen; er wird übersprungen.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a %2 value (%n part(s) separated by “|” expected); it is kept in a note.</source>
        <translation>
            <numerusform>„%1“ ist kein %2-Wert (%n Teil erwartet, getrennt durch „|“); er wird in einer Notiz aufbewahrt.</numerusform>
            <numerusform>„%1“ ist kein %2-Wert (%n durch „|“ getrennte Teile erwartet); er wird in einer Notiz aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 value (%3); it is kept in a note.</source>
        <translation>„%1“ ist kein gültiger %2-Wert (%3); er wird in einer Notiz aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) of type “%1” (first %2) have no observable type here; they are kept in a note.</source>
        <translation>
            <numerusform>%n Attribut vom Typ „%1“ (%2) hat hier keinen Observable-Typ; es wird in einer Notiz aufbewahrt.</numerusform>
            <numerusform>%n Attribute vom Typ „%1“ (das erste %2) haben hier keinen Observable-Typ; sie werden in einer Notiz aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is %L1 bytes; a MISP event of more than %L2 bytes is not read.</source>
        <translation>Die Datei hat %L1 Byte; ein MISP-Event mit mehr als %L2 Byte wird nicht gelesen.</translation>
    </message>
    <message>
        <source>This is not JSON: %1 at byte %2.</source>
        <translation>Das ist kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>This is not a MISP event: the JSON is not an object.</source>
        <translation>Das ist kein MISP-Event: Das JSON ist kein Objekt.</translation>
    </message>
    <message>
        <source>This is not a MISP event: &quot;Event&quot; is not an object.</source>
        <translation>Das ist kein MISP-Event: &quot;Event&quot; ist kein Objekt.</translation>
    </message>
    <message>
        <source>This is not a MISP event: it has no &quot;Event&quot;, and no &quot;info&quot;, &quot;uuid&quot;, &quot;Attribute&quot; or &quot;Object&quot; of a bare event.</source>
        <translation>Das ist kein MISP-Event: Es hat kein &quot;Event&quot; und kein &quot;info&quot;, &quot;uuid&quot;, &quot;Attribute&quot; oder &quot;Object&quot; eines einfachen Events.</translation>
    </message>
    <message>
        <source>&quot;Attribute&quot; must be a list.</source>
        <translation>&quot;Attribute&quot; muss eine Liste sein.</translation>
    </message>
    <message>
        <source>&quot;Object&quot; must be a list.</source>
        <translation>&quot;Object&quot; muss eine Liste sein.</translation>
    </message>
    <message>
        <source>The event has %L1 objects; at most %L2 are read.</source>
        <translation>Das Event hat %L1 Objekte; höchstens %L2 werden gelesen.</translation>
    </message>
    <message>
        <source>The event has %L1 attributes; at most %L2 are read.</source>
        <translation>Das Event hat %L1 Attribute; höchstens %L2 werden gelesen.</translation>
    </message>
    <message>
        <source>The event has no valid UUID; importing it again will not be recognised.</source>
        <translation>Das Event hat keine gültige UUID; ein erneuter Import wird nicht erkannt.</translation>
    </message>
    <message>
        <source>&quot;info&quot; is not text; it is ignored.</source>
        <translation>&quot;info&quot; ist kein Text; es wird ignoriert.</translation>
    </message>
    <message>
        <source>The threat level “%1” is not 1 to 4; it is ignored.</source>
        <translation>Die Bedrohungsstufe „%1“ liegt nicht zwischen 1 und 4; sie wird ignoriert.</translation>
    </message>
    <message>
        <source>&quot;Tag&quot; is not a list; the event&apos;s tags are ignored.</source>
        <translation>&quot;Tag&quot; ist keine Liste; die Tags des Events werden ignoriert.</translation>
    </message>
    <message>
        <source>Only the first %L1 of %L2 tags are read.</source>
        <translation>Nur die ersten %L1 von %L2 Tags werden gelesen.</translation>
    </message>
    <message>
        <source>The object is not a JSON object; it is kept in a note.</source>
        <translation>Das Objekt ist kein JSON-Objekt; es wird in einer Notiz aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>fb::MispExchange</name>
    <message>
        <source>The distribution must be 0 to 3 (your organisation only, this community, connected communities, all communities), not %1.</source>
        <translation>Die Verteilung muss 0 bis 3 sein (nur Ihre Organisation, diese Community, verbundene Communities, alle Communities), nicht %1.</translation>
    </message>
    <message>
        <source>(no UUID)</source>
        <translation>(keine UUID)</translation>
    </message>
    <message>
        <source>MISP event %1</source>
        <translation>MISP-Event %1</translation>
    </message>
    <message>
        <source>Imported from MISP event %1.</source>
        <translation>Aus MISP-Event %1 importiert.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Created by: %1</source>
        <translation>Erstellt von: %1</translation>
    </message>
    <message>
        <source>Event date: %1</source>
        <translation>Event-Datum: %1</translation>
    </message>
    <message>
        <source>Info: %1</source>
        <translation>Info: %1</translation>
    </message>
    <message>
        <source>The event has no TLP tag; the incident is labelled %1.</source>
        <translation>Das Event hat kein TLP-Tag; der Sicherheitsvorfall wird mit %1 gekennzeichnet.</translation>
    </message>
    <message>
        <source>From MISP event %1, what is not an observable:</source>
        <translation>Aus MISP-Event %1, was kein Observable ist:</translation>
    </message>
    <message>
        <source>From MISP event %1 (%2), what is not an observable:</source>
        <translation>Aus MISP-Event %1 (%2), was kein Observable ist:</translation>
    </message>
</context>
<context>
    <name>fb::MispExportCommand</name>
    <message>
        <source>Write a ticket as a MISP event (JSON): an incident with the observables of its children, its TLP and RSIT as machine tags, and an rtir object with its number, classification, constituency, queue and status. The event&apos;s label is the most restrictive of the tickets it draws from; it is refused, with nothing written, when the recipient may not receive it (--recipient names a team of the directory and uses its highest TLP, --clearance gives the level; without either only TLP:CLEAR and TLP:GREEN go out). The ticket keeps one UUID for all its exports. The same as incident export --format misp.</source>
        <translation>Ein Ticket als MISP-Event (JSON) schreiben: einen Sicherheitsvorfall mit den Observables seiner untergeordneten Tickets, seinem TLP und RSIT als Machine Tags und einem rtir-Objekt mit seiner Nummer, Klassifizierung, seinem Zuständigkeitsbereich, seiner Warteschlange und seinem Status. Die Kennzeichnung des Events ist die restriktivste der Tickets, aus denen es schöpft; es wird verweigert und nichts geschrieben, wenn der Empfänger sie nicht erhalten darf (--recipient nennt ein Team des Verzeichnisses und verwendet dessen höchstes TLP, --clearance gibt die Stufe an; ohne beides gehen nur TLP:CLEAR und TLP:GREEN hinaus). Das Ticket behält eine UUID für alle seine Exporte. Dasselbe wie incident export --format misp.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>Die Ticketnummer.</translation>
    </message>
</context>
<context>
    <name>fb::MispImportCommand</name>
    <message>
        <source>Read a MISP event (JSON) into a new incident, or onto the ticket given with --onto: attributes become observables, tlp: and rsit: tags the label and classification, other tags ticket tags; what is not an observable is kept in a comment, each odd attribute named in a warning. An event seen before (one we exported, or imported already) goes onto its ticket again. A file that is not a readable event is refused and nothing is stored.</source>
        <translation>Ein MISP-Event (JSON) in einen neuen Sicherheitsvorfall einlesen oder in das mit --onto angegebene Ticket: Attribute werden zu Observables, tlp:- und rsit:-Tags zu Kennzeichnung und Klassifizierung, andere Tags zu Schlagwörtern des Tickets; was kein Observable ist, wird in einem Kommentar aufbewahrt, jedes ungewöhnliche Attribut in einer Warnung genannt. Ein bereits gesehenes Event (eines, das wir exportiert oder schon importiert haben) kommt wieder in sein Ticket. Eine Datei, die kein lesbares Event ist, wird abgewiesen, und es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>The event file; - reads standard input.</source>
        <translation>Die Event-Datei; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Add the event to this ticket.</source>
        <translation>Das Event zu diesem Ticket hinzufügen.</translation>
    </message>
</context>
<context>
    <name>fb::NavigationPane</name>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Triage new reports</source>
        <translation>Neue Meldungen sichten</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Teamprofil</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>%1  %2 · %3 breached</source>
        <translation>%1  %2 · %3 überschritten</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n active ticket(s), none past an SLA due date.</source>
        <translation>
            <numerusform>%n aktives Ticket, ohne überschrittene SLA-Frist.</numerusform>
            <numerusform>%n aktive Tickets, keines über einer SLA-Frist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Advisories</source>
        <translation>Sicherheitshinweise</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Gespeicherte Suche umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n active ticket(s), %2 of them past an SLA due date.</source>
        <translation>
            <numerusform>%1: %n aktives Ticket, davon %2 mit überschrittener SLA-Frist.</numerusform>
            <numerusform>%1: %n aktive Tickets, davon %2 mit überschrittener SLA-Frist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::NetworkLookup</name>
    <message>
        <source>“%1” is not an IP address, CIDR block, AS number, domain, e-mail address or country code.</source>
        <translation>„%1“ ist weder IP-Adresse, CIDR-Block, AS-Nummer, Domain, E-Mail-Adresse noch Ländercode.</translation>
    </message>
    <message>
        <source>“%1” is not a valid query: an AS number needs its number (AS64496).</source>
        <translation>„%1“ ist keine gültige Abfrage: Eine AS-Nummer braucht ihre Nummer (AS64496).</translation>
    </message>
</context>
<context>
    <name>fb::NewPassphraseFields</name>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Passphrase wiederholen:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use several unrelated words or a longer phrase.</source>
        <translation>Diese Passphrase ist zu leicht zu erraten. Verwenden Sie mehrere nicht zusammenhängende Wörter oder einen längeren Satz.</translation>
    </message>
    <message>
        <source>Enter a passphrase</source>
        <translation>Geben Sie eine Passphrase ein</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Die Passphrasen stimmen überein.</translation>
    </message>
    <message>
        <source>Keep typing: the repeat is shorter.</source>
        <translation>Weiter tippen: Die Wiederholung ist kürzer.</translation>
    </message>
</context>
<context>
    <name>fb::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Neues Ticket</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;LP:</source>
        <translation>T&amp;LP:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Sicherheitsvorfall:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>fb::ObservableCommands</name>
    <message>
        <source>At most N hits (default 1000).</source>
        <translation>Höchstens N Treffer (Standard 1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>An address, network (CIDR), domain, URL, e-mail, hash, CVE or AS number; defanged forms are accepted.</source>
        <translation>Eine Adresse, ein Netz (CIDR), eine Domain, URL, E-Mail-Adresse, ein Hash, eine CVE oder AS-Nummer; entschärfte Schreibweisen werden akzeptiert.</translation>
    </message>
    <message>
        <source>Find the tickets that carry an observable. An address or network gives every ticket with an address or network inside it.</source>
        <translation>Die Tickets finden, die ein Observable tragen. Eine Adresse oder ein Netz liefert jedes Ticket mit einer darin enthaltenen Adresse oder einem darin enthaltenen Netz.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hits.</source>
        <translation>„%1“ ist keine Trefferanzahl.</translation>
    </message>
    <message>
        <source>No ticket carries %1.</source>
        <translation>Kein Ticket trägt %1.</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>Read FILE instead of standard input.</source>
        <translation>DATEI statt der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print the observables (addresses, networks, domains, URLs, e-mail addresses, hashes, CVE ids, AS numbers) found in a text, one per line as TYPE&lt;TAB&gt;VALUE, in order of first appearance. Defanged text is refanged.</source>
        <translation>Die in einem Text gefundenen Observables (Adressen, Netze, Domains, URLs, E-Mail-Adressen, Hashes, CVE-IDs, AS-Nummern) ausgeben, eines pro Zeile als TYP&lt;TAB&gt;WERT, in der Reihenfolge ihres ersten Auftretens. Entschärfter Text wird wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>fb::ObservableDialog</name>
    <message>
        <source>Add observable</source>
        <translation>Observable hinzufügen</translation>
    </message>
    <message>
        <source>Guess from the value</source>
        <translation>Aus dem Wert ermitteln</translation>
    </message>
    <message>
        <source>Address, network, domain, URL, e-mail, hash, CVE or AS number</source>
        <translation>Adresse, Netz, Domain, URL, E-Mail-Adresse, Hash, CVE oder AS-Nummer</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
</context>
<context>
    <name>fb::ObservableStore</name>
    <message>
        <source>Ticket %1 has no observable %2 %3.</source>
        <translation>Ticket %1 hat kein Observable %2 %3.</translation>
    </message>
</context>
<context>
    <name>fb::Observables</name>
    <message>
        <source>A domain name is empty.</source>
        <translation>Ein Domainname ist leer.</translation>
    </message>
    <message>
        <source>“%1” is longer than the 253 characters a domain name may have.</source>
        <translation>„%1“ ist länger als die 253 Zeichen, die ein Domainname haben darf.</translation>
    </message>
    <message>
        <source>“%1” is not a valid internationalised domain name.</source>
        <translation>„%1“ ist kein gültiger internationalisierter Domainname.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name: it needs at least two labels.</source>
        <translation>„%1“ ist kein Domainname: Er benötigt mindestens zwei Labels.</translation>
    </message>
    <message>
        <source>“%1” has an empty label.</source>
        <translation>„%1“ hat ein leeres Label.</translation>
    </message>
    <message>
        <source>“%1” has a label longer than 63 characters.</source>
        <translation>„%1“ hat ein Label, das länger als 63 Zeichen ist.</translation>
    </message>
    <message>
        <source>“%1” has a label starting or ending with a hyphen.</source>
        <translation>„%1“ hat ein Label, das mit einem Bindestrich beginnt oder endet.</translation>
    </message>
    <message>
        <source>“%1” contains a character not allowed in a domain name.</source>
        <translation>„%1“ enthält ein Zeichen, das in einem Domainnamen nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>“%1” does not end in a known top-level domain.</source>
        <translation>„%1“ endet nicht auf eine bekannte Top-Level-Domain.</translation>
    </message>
    <message>
        <source>“%1” is a public suffix, not a domain that can be registered.</source>
        <translation>„%1“ ist ein öffentliches Suffix, keine registrierbare Domain.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address (four numbers 0 to 255 without leading zeros, like 192.0.2.1).</source>
        <translation>„%1“ ist keine IPv4-Adresse (vier Zahlen von 0 bis 255 ohne führende Nullen, wie 192.0.2.1).</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>„%1“ ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a CIDR block (an address, a slash and a prefix length, like 192.0.2.0/24 or 2001:db8::/32).</source>
        <translation>„%1“ ist kein CIDR-Block (eine Adresse, ein Schrägstrich und eine Präfixlänge, wie 192.0.2.0/24 oder 2001:db8::/32).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: %2</source>
        <translation>„%1“ ist keine E-Mail-Adresse: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid http, https or ftp URL.</source>
        <translation>„%1“ ist keine gültige http-, https- oder ftp-URL.</translation>
    </message>
    <message>
        <source>The URL “%1” is longer than 8192 characters.</source>
        <translation>Die URL „%1“ ist länger als 8192 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2</source>
        <translation>„%1“ ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>“%1” is not a %2 hash (%3 hexadecimal digits).</source>
        <translation>„%1“ ist kein %2-Hash (%3 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>“%1” is not a CVE identifier (CVE-YYYY-NNNN, year 1999 or later, four or more digits).</source>
        <translation>„%1“ ist keine CVE-Kennung (CVE-YYYY-NNNN, Jahr 1999 oder später, vier oder mehr Ziffern).</translation>
    </message>
    <message>
        <source>“%1” is not an AS number (AS followed by 1 to 4294967295, like AS64496).</source>
        <translation>„%1“ ist keine AS-Nummer (AS gefolgt von 1 bis 4294967295, wie AS64496).</translation>
    </message>
    <message>
        <source>Unknown observable type.</source>
        <translation>Unbekannter Observable-Typ.</translation>
    </message>
    <message>
        <source>Nothing was entered.</source>
        <translation>Es wurde nichts eingegeben.</translation>
    </message>
    <message>
        <source>“%1” is not an address, domain, URL, e-mail address, hash, CVE or AS number.</source>
        <translation>„%1“ ist weder Adresse, Domain, URL, E-Mail-Adresse, Hash, CVE noch AS-Nummer.</translation>
    </message>
</context>
<context>
    <name>fb::OpenPgp</name>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (Schlüssel %2)</translation>
    </message>
    <message>
        <source>GnuPG is not available: GPGME could not start the OpenPGP engine.</source>
        <translation>GnuPG ist nicht verfügbar: GPGME konnte die OpenPGP-Engine nicht starten.</translation>
    </message>
    <message>
        <source>Opening the GnuPG home</source>
        <translation>Öffnen des GnuPG-Home</translation>
    </message>
    <message>
        <source>%1 failed: wrong passphrase for %2.</source>
        <translation>%1 fehlgeschlagen: falsche Passphrase für %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2 needs a passphrase and none was given.</source>
        <translation>%1 fehlgeschlagen: %2 benötigt eine Passphrase, es wurde aber keine angegeben.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” is not an OpenPGP fingerprint.</source>
        <translation>„%1“ ist kein OpenPGP-Fingerabdruck.</translation>
    </message>
    <message>
        <source>There is no secret key %1 in the GnuPG home.</source>
        <translation>Im GnuPG-Home gibt es keinen geheimen Schlüssel %1.</translation>
    </message>
    <message>
        <source>There is no key %1 in the GnuPG home.</source>
        <translation>Im GnuPG-Home gibt es keinen Schlüssel %1.</translation>
    </message>
    <message>
        <source>Looking up a key</source>
        <translation>Suchen eines Schlüssels</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>The key %1 cannot sign: it is revoked, expired or has no signing subkey.</source>
        <translation>Der Schlüssel %1 kann nicht signieren: Er ist widerrufen, abgelaufen oder hat keinen Unterschlüssel zum Signieren.</translation>
    </message>
    <message>
        <source>%1 failed: GnuPG made no signature.</source>
        <translation>%1 fehlgeschlagen: GnuPG hat keine Signatur erstellt.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <source>Importing keys</source>
        <translation>Importieren von Schlüsseln</translation>
    </message>
    <message>
        <source>%1 failed: the data holds no OpenPGP key.</source>
        <translation>%1 fehlgeschlagen: Die Daten enthalten keinen OpenPGP-Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed: GnuPG accepted none of the %n keys in the data.</source>
        <translation>
            <numerusform>%1 fehlgeschlagen: Die Daten enthalten %n Schlüssel, den GnuPG nicht akzeptiert hat.</numerusform>
            <numerusform>%1 fehlgeschlagen: Die Daten enthalten %n Schlüssel, von denen GnuPG keinen akzeptiert hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing keys</source>
        <translation>Auflisten von Schlüsseln</translation>
    </message>
    <message>
        <source>Exporting a key</source>
        <translation>Exportieren eines Schlüssels</translation>
    </message>
    <message>
        <source>%1 failed: GnuPG exported nothing.</source>
        <translation>%1 fehlgeschlagen: GnuPG hat nichts exportiert.</translation>
    </message>
    <message>
        <source>Trusting keys</source>
        <translation>Vertrauen von Schlüsseln</translation>
    </message>
    <message>
        <source>Firebreak does not change the trust settings of your own GnuPG home.</source>
        <translation>Firebreak ändert die Vertrauenseinstellungen Ihres eigenen GnuPG-Home nicht.</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>%1 failed: no recipient was given.</source>
        <translation>%1 fehlgeschlagen: Es wurde kein Empfänger angegeben.</translation>
    </message>
    <message>
        <source>The key %1 cannot be encrypted to: it is revoked, expired, disabled or has no encryption subkey.</source>
        <translation>Für den Schlüssel %1 kann nicht verschlüsselt werden: Er ist widerrufen, abgelaufen, deaktiviert oder hat keinen Unterschlüssel zum Verschlüsseln.</translation>
    </message>
    <message>
        <source>The key %1 is not trusted here, so Firebreak does not encrypt to it. Compare its fingerprint with its owner and add it to the workspace keyring.</source>
        <translation>Dem Schlüssel %1 wird hier nicht vertraut, daher verschlüsselt Firebreak nicht für ihn. Vergleichen Sie seinen Fingerabdruck mit seinem Inhaber und fügen Sie ihn zum Schlüsselbund des Arbeitsbereichs hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed: GnuPG refused %n of the recipients.</source>
        <translation>
            <numerusform>%1 fehlgeschlagen: GnuPG hat %n Empfänger abgelehnt.</numerusform>
            <numerusform>%1 fehlgeschlagen: GnuPG hat %n der Empfänger abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Entschlüsseln</translation>
    </message>
    <message>
        <source>%1 failed: none of the keys the message is encrypted to is here.</source>
        <translation>%1 fehlgeschlagen: Keiner der Schlüssel, für die die Nachricht verschlüsselt ist, ist hier vorhanden.</translation>
    </message>
    <message>
        <source>A key needs a name without &apos;&lt;&apos;, &apos;&gt;&apos; or line breaks.</source>
        <translation>Ein Schlüssel braucht einen Namen ohne „&lt;“, „&gt;“ oder Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Creating a key</source>
        <translation>Erstellen eines Schlüssels</translation>
    </message>
    <message numerus="yes">
        <source>A key is valid for 1 day to 100 years; not %n days.</source>
        <translation>
            <numerusform>Ein Schlüssel gilt 1 Tag bis 100 Jahre; nicht %n Tag.</numerusform>
            <numerusform>Ein Schlüssel gilt 1 Tag bis 100 Jahre; nicht %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: a new key needs a passphrase and none was given.</source>
        <translation>%1 fehlgeschlagen: Ein neuer Schlüssel benötigt eine Passphrase, es wurde aber keine angegeben.</translation>
    </message>
    <message>
        <source>Creating the signing key…</source>
        <translation>Der Signaturschlüssel wird erstellt…</translation>
    </message>
    <message>
        <source>%1 failed: GnuPG made no key.</source>
        <translation>%1 fehlgeschlagen: GnuPG hat keinen Schlüssel erstellt.</translation>
    </message>
    <message>
        <source>Creating the encryption subkey…</source>
        <translation>Der Unterschlüssel zum Verschlüsseln wird erstellt…</translation>
    </message>
    <message>
        <source>Key created.</source>
        <translation>Schlüssel erstellt.</translation>
    </message>
</context>
<context>
    <name>fb::OwnTeam</name>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>„%1“ ist kein vollständiger OpenPGP-Fingerabdruck.</translation>
    </message>
</context>
<context>
    <name>fb::Pap</name>
    <message>
        <source>No restrictions in using this information.</source>
        <translation>Keine Einschränkungen bei der Nutzung dieser Informationen.</translation>
    </message>
    <message>
        <source>Active actions allowed. Recipients may use PAP:GREEN information to ping the target, block incoming/outgoing traffic from/to the target or specifically configure honeypots to interact with the target.</source>
        <translation>Aktive Maßnahmen erlaubt. Empfänger dürfen PAP:GREEN-Informationen nutzen, um das Ziel anzupingen, eingehenden/ausgehenden Verkehr vom/zum Ziel zu blockieren oder Honeypots gezielt für die Interaktion mit dem Ziel zu konfigurieren.</translation>
    </message>
    <message>
        <source>Passive cross check. Recipients may use PAP:AMBER information for conducting online checks, like using services provided by third parties (e.g. ripe whois), or set up a monitoring honeypot.</source>
        <translation>Passive Gegenprüfung. Empfänger dürfen PAP:AMBER-Informationen für Online-Prüfungen nutzen, etwa über Dienste Dritter (z. B. RIPE-Whois), oder einen beobachtenden Honeypot einrichten.</translation>
    </message>
    <message>
        <source>Non-detectable actions only. Recipients may not use PAP:RED information on the network. Only passive actions on logs, that are not detectable from the outside.</source>
        <translation>Nur nicht erkennbare Maßnahmen. Empfänger dürfen PAP:RED-Informationen nicht im Netz verwenden. Nur passive Maßnahmen auf Logs, die von außen nicht erkennbar sind.</translation>
    </message>
</context>
<context>
    <name>fb::PassphraseInput</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Die Passphrasendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The first line of %1 is too long for a passphrase.</source>
        <translation>Die erste Zeile von %1 ist zu lang für eine Passphrase.</translation>
    </message>
    <message>
        <source>The passphrase file %1 starts with an empty line.</source>
        <translation>Die Passphrasendatei %1 beginnt mit einer leeren Zeile.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>Es wurde keine Passphrase eingegeben.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>Die Passphrase ist länger als %1 Byte.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>fb::PassphraseKdf</name>
    <message>
        <source>The cryptographic library could not be initialised.</source>
        <translation>Die Kryptografiebibliothek konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>The key derivation salt has the wrong size.</source>
        <translation>Das Salt für die Schlüsselableitung hat die falsche Größe.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB).</source>
        <translation>Nicht genug Speicher, um den Schlüssel aus der Passphrase abzuleiten (Argon2id benötigt %1 MiB).</translation>
    </message>
</context>
<context>
    <name>fb::PassphraseStrength</name>
    <message>
        <source>Very weak: choose a longer passphrase</source>
        <translation>Sehr schwach: Wählen Sie eine längere Passphrase</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Ausreichend</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
</context>
<context>
    <name>fb::PdfRenderer</name>
    <message>
        <source>PDF output needs the graphical runtime, which was not started.</source>
        <translation>Die PDF-Ausgabe benötigt die grafische Laufzeitumgebung, die nicht gestartet wurde.</translation>
    </message>
    <message>
        <source>Could not prepare the PDF buffer.</source>
        <translation>Der PDF-Puffer konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>The PDF writer produced no document.</source>
        <translation>Der PDF-Writer hat kein Dokument erzeugt.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>fb::PeoplePanel</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>Person &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove person…</source>
        <translation>Person ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Share up to</source>
        <translation>Teilen bis</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person&apos;s team and role in the people list: &quot;EXU-CERT (lead)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>as their team</source>
        <translation>wie ihr Team</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the directory? Their channels, team memberships and places on distribution lists go with them; the history keeps a record.</source>
        <translation>%1 aus dem Verzeichnis entfernen? Kanäle, Teammitgliedschaften und Plätze auf Verteilerlisten der Person werden mit entfernt; der Verlauf hält den Vorgang fest.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>%1 was removed from the directory.</source>
        <translation>%1 wurde aus dem Verzeichnis entfernt.</translation>
    </message>
</context>
<context>
    <name>fb::PersonEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Eine Person hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Where the person works; it may differ from the teams they belong to.</source>
        <translation>Wo die Person arbeitet; das kann von den Teams abweichen, denen sie angehört.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>40 or 64 hex digits</source>
        <translation>40 oder 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>OpenPGP &amp;key:</source>
        <translation>OpenPGP-Schlüsse&amp;l:</translation>
    </message>
    <message>
        <source>As their current team</source>
        <translation>Wie ihr aktuelles Team</translation>
    </message>
    <message>
        <source>The most restrictive TLP label we may share with this person; unset: that of the teams they currently belong to.</source>
        <translation>Die restriktivste TLP-Kennzeichnung, die wir mit dieser Person teilen dürfen; nicht gesetzt: die der Teams, denen sie derzeit angehört.</translation>
    </message>
    <message>
        <source>Share &amp;up to:</source>
        <translation>Teilen &amp;bis:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tizen:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Dates as yyyy-mm-dd; an empty Until means they are still there. Give a past membership an end date rather than removing it, so that it stays on record.</source>
        <translation>Datumsangaben als jjjj-mm-tt; ein leeres Bis bedeutet, dass die Person noch dort ist. Geben Sie einer vergangenen Mitgliedschaft ein Enddatum, statt sie zu entfernen, damit sie festgehalten bleibt.</translation>
    </message>
    <message>
        <source>Add to a team</source>
        <translation>Einem Team hinzufügen</translation>
    </message>
    <message>
        <source>Remove membership</source>
        <translation>Mitgliedschaft entfernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>jjjj-mm-tt</translation>
    </message>
    <message>
        <source>Team row %1: %2</source>
        <extracomment>%1 is the row number in the Teams table, %2 why its date was refused</extracomment>
        <translation>Zeile %1 der Teams: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>Shown in the person dialog when the person could not be saved; %1 is the reason</extracomment>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>fb::PersonReader</name>
    <message>
        <source>There is no person %1 in the directory.</source>
        <translation>Es gibt keine Person %1 im Verzeichnis.</translation>
    </message>
    <message>
        <source>Several people are called “%1”; use the id.</source>
        <translation>Mehrere Personen heißen „%1“; verwenden Sie die ID.</translation>
    </message>
    <message>
        <source>There is no person “%1” in the directory.</source>
        <translation>Es gibt keine Person „%1“ im Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>fb::PersonStore</name>
    <message>
        <source>A person needs a name.</source>
        <translation>Eine Person benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A membership cannot end before it starts.</source>
        <translation>Eine Mitgliedschaft kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>There is no team %1 in the directory.</source>
        <translation>Es gibt kein Team %1 im Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>fb::PlaybookCommands</name>
    <message>
        <source>List the playbooks: their id, name, the RSIT class/type (and constituency) they are chosen for, and how many tasks they give.</source>
        <translation>Die Playbooks auflisten: ihre ID, ihren Namen, die RSIT-Klasse/den RSIT-Typ (und den Zuständigkeitsbereich), für die sie gewählt werden, und wie viele Aufgaben sie vergeben.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>CHOSEN FOR</source>
        <translation>GEWÄHLT FÜR</translation>
    </message>
    <message>
        <source>TASKS</source>
        <translation>AUFGABEN</translation>
    </message>
    <message>
        <source>Show a playbook: what it is chosen for and each task with its owner role and due offset.</source>
        <translation>Ein Playbook anzeigen: wofür es gewählt wird und jede Aufgabe mit ihrer Bearbeiterrolle und ihrem Fälligkeitsabstand.</translation>
    </message>
    <message>
        <source>The playbook&apos;s id (see playbook list).</source>
        <translation>Die ID des Playbooks (siehe playbook list).</translation>
    </message>
    <message>
        <source>Chosen for: %1</source>
        <translation>Gewählt für: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>AUFGABE</translation>
    </message>
    <message>
        <source>OWNER ROLE</source>
        <translation>BEARBEITERROLLE</translation>
    </message>
    <message>
        <source>DUE AFTER</source>
        <translation>FÄLLIG NACH</translation>
    </message>
    <message>
        <source>with the ticket</source>
        <translation>mit dem Ticket</translation>
    </message>
    <message>
        <source>Add or replace playbooks from a JSON file (the form playbook export writes; see docs/file-format.md), or the ones Firebreak ships with --shipped (those the workspace has already are kept). A file with any problem is refused whole, each problem named by its place, and nothing is changed.</source>
        <translation>Playbooks aus einer JSON-Datei hinzufügen oder ersetzen (in der Form, die playbook export schreibt; siehe docs/file-format.md) oder mit --shipped die mit Firebreak ausgelieferten (die bereits im Arbeitsbereich vorhandenen bleiben erhalten). Eine Datei mit irgendeinem Problem wird als Ganzes abgelehnt, jedes Problem wird mit seiner Stelle genannt, und es wird nichts geändert.</translation>
    </message>
    <message>
        <source>The JSON file; - reads standard input.</source>
        <translation>Die JSON-Datei; - liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>Add the playbooks Firebreak ships that the workspace lacks.</source>
        <translation>Die mit Firebreak ausgelieferten Playbooks hinzufügen, die dem Arbeitsbereich fehlen.</translation>
    </message>
    <message>
        <source>Give a FILE or --shipped, one of the two.</source>
        <translation>Geben Sie FILE oder --shipped an, eines von beiden.</translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s) added.</source>
        <translation>
            <numerusform>%n Playbook hinzugefügt.</numerusform>
            <numerusform>%n Playbooks hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No playbook changed: the workspace has them as they are in the file.</source>
        <translation>Kein Playbook geändert: Der Arbeitsbereich hat sie bereits so, wie sie in der Datei stehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s) added or changed: %1.</source>
        <translation>
            <numerusform>%n Playbook hinzugefügt oder geändert: %1.</numerusform>
            <numerusform>%n Playbooks hinzugefügt oder geändert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write playbooks (all, or those named) as JSON, the form playbook import reads.</source>
        <translation>Playbooks (alle oder die genannten) als JSON schreiben, in der Form, die playbook import liest.</translation>
    </message>
    <message>
        <source>A playbook&apos;s id; all playbooks when none is given.</source>
        <translation>Die ID eines Playbooks; alle Playbooks, wenn keine angegeben ist.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Eine vorhandene Ausgabedatei ersetzen.</translation>
    </message>
    <message>
        <source>Playbooks written to %1.</source>
        <translation>Playbooks nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Remove a playbook from the workspace. Tasks it gave tickets stay.</source>
        <translation>Ein Playbook aus dem Arbeitsbereich entfernen. Aufgaben, die es Tickets gegeben hat, bleiben bestehen.</translation>
    </message>
    <message>
        <source>The playbook&apos;s id.</source>
        <translation>Die ID des Playbooks.</translation>
    </message>
    <message>
        <source>Playbook %1 removed.</source>
        <translation>Playbook %1 entfernt.</translation>
    </message>
    <message>
        <source>Add the tasks of a playbook to a ticket, those it does not have from that playbook yet. Incidents get the playbook that matches their classification when they are created or reclassified; this applies one by hand.</source>
        <translation>Die Aufgaben eines Playbooks einem Ticket hinzufügen, soweit es sie aus diesem Playbook noch nicht hat. Sicherheitsvorfälle erhalten das zu ihrer Klassifizierung passende Playbook, wenn sie angelegt oder neu klassifiziert werden; hiermit wird eines von Hand angewendet.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>Die Ticketnummer.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1: %n task(s) added.</source>
        <translation>
            <numerusform>Ticket #%1: %n Aufgabe hinzugefügt.</numerusform>
            <numerusform>Ticket #%1: %n Aufgaben hinzugefügt.</numerusform>
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
        <translation>Neues Playbook</translation>
    </message>
    <message>
        <source>lower-case letters, digits and &apos;-&apos;, e.g. phishing-bank</source>
        <translation>Kleinbuchstaben, Ziffern und „-“, z. B. phishing-bank</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Chosen for &amp;class / type:</source>
        <translation>Gewählt für &amp;Klasse / Typ:</translation>
    </message>
    <message>
        <source>any constituency</source>
        <translation>beliebiger Zuständigkeitsbereich</translation>
    </message>
    <message>
        <source>C&amp;onstituency:</source>
        <translation>&amp;Zuständigkeitsbereich:</translation>
    </message>
    <message>
        <source>Unclassified: the playbook is applied by hand only. The most specific playbook is chosen for a new or reclassified incident.</source>
        <translation>Nicht klassifiziert: Das Playbook wird nur von Hand angewendet. Für einen neuen oder neu klassifizierten Sicherheitsvorfall wird das spezifischste Playbook gewählt.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Bearbeiterrolle</translation>
    </message>
    <message>
        <source>Due after</source>
        <translation>Fällig nach</translation>
    </message>
    <message>
        <source>How long after the task is added, e.g. 30m, 4h, 2d, 1d12h; empty: due with the ticket&apos;s resolution.</source>
        <translation>Wie lange nach dem Hinzufügen der Aufgabe, z. B. 30m, 4h, 2d, 1d12h; leer: fällig mit der Lösung des Tickets.</translation>
    </message>
    <message>
        <source>A role in the directory (e.g. handler, lead): the task goes to a person who has it.</source>
        <translation>Eine Rolle im Verzeichnis (z. B. handler, lead): Die Aufgabe geht an eine Person, die diese Rolle hat.</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>Aufgabe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove task</source>
        <translation>Aufgabe &amp;entfernen</translation>
    </message>
    <message>
        <source>Task %1: &apos;%2&apos; is not a due offset such as 30m, 4h, 2d or 1d12h.</source>
        <translation>Aufgabe %1: „%2“ ist kein Fälligkeitsabstand wie 30m, 4h, 2d oder 1d12h.</translation>
    </message>
</context>
<context>
    <name>fb::PlaybookJson</name>
    <message>
        <source>&apos;%1&apos; is not a playbook id: use 1 to 64 lower-case letters, digits and &apos;-&apos;.</source>
        <translation>„%1“ ist keine Playbook-ID: Verwenden Sie 1 bis 64 Kleinbuchstaben, Ziffern und „-“.</translation>
    </message>
    <message>
        <source>A playbook needs a name of at most %1 characters.</source>
        <translation>Ein Playbook braucht einen Namen mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>Die Beschreibung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>A playbook that names a type or constituency must name a class.</source>
        <translation>Ein Playbook, das einen Typ oder einen Zuständigkeitsbereich nennt, muss eine Klasse nennen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class/type of the Reference Security Incident Taxonomy.</source>
        <translation>„%1“ ist keine Klasse/kein Typ der Reference Security Incident Taxonomy.</translation>
    </message>
    <message>
        <source>A playbook needs at least one task.</source>
        <translation>Ein Playbook braucht mindestens eine Aufgabe.</translation>
    </message>
    <message>
        <source>A playbook can have at most %1 tasks.</source>
        <translation>Ein Playbook kann höchstens %1 Aufgaben haben.</translation>
    </message>
    <message>
        <source>A task needs a title of at most %1 characters.</source>
        <translation>Eine Aufgabe braucht einen Titel mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The title &apos;%1&apos; is used by an earlier task of this playbook.</source>
        <translation>Der Titel „%1“ wird bereits von einer früheren Aufgabe dieses Playbooks verwendet.</translation>
    </message>
    <message>
        <source>A due offset must be between one minute and a year.</source>
        <translation>Ein Fälligkeitsabstand muss zwischen einer Minute und einem Jahr liegen.</translation>
    </message>
    <message>
        <source>This is not JSON: %1 at byte %2.</source>
        <translation>Das ist kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>This is not a Firebreak playbook file (its &quot;format&quot; must be &quot;firebreak-playbooks&quot;).</source>
        <translation>Das ist keine Playbook-Datei von Firebreak (ihr „format“ muss „firebreak-playbooks“ sein).</translation>
    </message>
    <message>
        <source>This playbook file has version %1; this Firebreak reads version %2.</source>
        <translation>Diese Playbook-Datei hat Version %1; diese Firebreak-Version liest Version %2.</translation>
    </message>
    <message>
        <source>The file needs a &quot;playbooks&quot; list.</source>
        <translation>Die Datei braucht eine „playbooks“-Liste.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>muss Text sein.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>muss eine Liste sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a due offset such as 30m, 4h, 2d or 1d12h (at most a year).</source>
        <translation>„%1“ ist kein Fälligkeitsabstand wie 30m, 4h, 2d oder 1d12h (höchstens ein Jahr).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the id of an earlier playbook in this file.</source>
        <translation>„%1“ ist die ID eines früheren Playbooks in dieser Datei.</translation>
    </message>
    <message numerus="yes">
        <source>The playbooks were not imported; nothing was changed. %n problem(s):</source>
        <translation>
            <numerusform>Die Playbooks wurden nicht importiert; es wurde nichts geändert. %n Problem:</numerusform>
            <numerusform>Die Playbooks wurden nicht importiert; es wurde nichts geändert. %n Probleme:</numerusform>
        </translation>
    </message>
    <message>
        <source>The text contains a control character (such as NUL or ESC).</source>
        <translation>Der Text enthält ein Steuerzeichen (etwa NUL oder ESC).</translation>
    </message>
</context>
<context>
    <name>fb::PlaybookStore</name>
    <message>
        <source>There is no playbook &apos;%1&apos;.</source>
        <translation>Es gibt kein Playbook „%1“.</translation>
    </message>
</context>
<context>
    <name>fb::PlaybooksPanel</name>
    <message>
        <source>applied by hand</source>
        <translation>von Hand angewendet</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Task lists that a new or reclassified incident gets by its class; others are applied by hand from the ticket&apos;s Tasks tab.</source>
        <translation>Aufgabenlisten, die ein neuer oder neu klassifizierter Sicherheitsvorfall nach seiner Klasse erhält; andere werden von Hand über die Registerkarte Aufgaben des Tickets angewendet.</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Chosen for</source>
        <translation>Gewählt für</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON im&amp;portieren…</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Playbooks (*.json)</source>
        <translation>Playbooks (*.json)</translation>
    </message>
    <message>
        <source>Export playbooks</source>
        <translation>Playbooks exportieren</translation>
    </message>
    <message>
        <source>Import playbooks</source>
        <translation>Playbooks importieren</translation>
    </message>
    <message>
        <source>Remove playbook</source>
        <translation>Playbook entfernen</translation>
    </message>
    <message>
        <source>Remove the playbook %1? Tasks it gave tickets stay.</source>
        <translation>Das Playbook %1 entfernen? Aufgaben, die es Tickets gegeben hat, bleiben bestehen.</translation>
    </message>
    <message>
        <source>Saved the playbook %1.</source>
        <translation>Playbook %1 gespeichert.</translation>
    </message>
    <message>
        <source>Removed the playbook %1.</source>
        <translation>Playbook %1 entfernt.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Aus %1 wurde nichts importiert:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n playbook(s): %1.</source>
        <translation>
            <numerusform>%n Playbook importiert: %1.</numerusform>
            <numerusform>%n Playbooks importiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the playbooks to %1.</source>
        <translation>Playbooks nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileCliSupport</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>„%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The translation in this language (ISO 639-1); default: the original.</source>
        <translation>Die Übersetzung in dieser Sprache (ISO 639-1); Standard: das Original.</translation>
    </message>
    <message>
        <source>Read the passphrase of the team&apos;s secret key from the first line of FILE (else a prompt).</source>
        <translation>Die Passphrase des geheimen Teamschlüssels aus der ersten Zeile von DATEI lesen (sonst eine Abfrage).</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>No terminal to ask for the key&apos;s passphrase: use --key-passphrase-file FILE.</source>
        <translation>Kein Terminal, um nach der Passphrase des Schlüssels zu fragen: Verwenden Sie --key-passphrase-file FILE.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileCommands</name>
    <message>
        <source>Set a section&apos;s text by its number (--set 3.1=&quot;...&quot;, \n for a line break; empty removes it) or a field: title, last-update, locations, fingerprint, languages, hours, priority (PRIORITY|REACTION|HANDLING, repeatable; empty clears), tlp, original-url. Repeatable.</source>
        <translation>Den Text eines Abschnitts über seine Nummer setzen (--set 3.1=&quot;...&quot;, \n für einen Zeilenumbruch; leer entfernt ihn) oder ein Feld: title, last-update, locations, fingerprint, languages, hours, priority (PRIORITY|REACTION|HANDLING, wiederholbar; leer leert), tlp, original-url. Wiederholbar.</translation>
    </message>
    <message>
        <source>Read the profile from a JSON file (as &apos;profile show --json&apos; prints it; only the keys given change) or an RFC 2350 text; &apos;-&apos; for standard input.</source>
        <translation>Das Profil aus einer JSON-Datei lesen (wie „profile show --json“ es ausgibt; nur die angegebenen Schlüssel ändern sich) oder aus einem RFC-2350-Text; „-“ für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Fill name, address, time zone, phones, e-mail, key, languages, hours, URL and constituency from our team&apos;s directory entry.</source>
        <translation>Name, Adresse, Zeitzone, Telefonnummern, E-Mail, Schlüssel, Sprachen, Geschäftszeiten, URL und Zuständigkeitsbereich aus dem Verzeichniseintrag unseres Teams übernehmen.</translation>
    </message>
    <message>
        <source>With --language: create or edit a translation of the original in LANG.</source>
        <translation>Mit --language: eine Übersetzung des Originals in LANG anlegen oder bearbeiten.</translation>
    </message>
    <message>
        <source>Make this directory entry our own team.</source>
        <translation>Diesen Verzeichniseintrag zu unserem eigenen Team machen.</translation>
    </message>
    <message>
        <source>The fingerprint of the team key that signs the profile.</source>
        <translation>Der Fingerabdruck des Teamschlüssels, der das Profil signiert.</translation>
    </message>
    <message>
        <source>Remove the draft of --language (a translation).</source>
        <translation>Den Entwurf von --language (einer Übersetzung) entfernen.</translation>
    </message>
    <message>
        <source>Create or change the team profile (or a translation of it). Options apply in this order: --from, --fill-from-directory, --set.</source>
        <translation>Das Teamprofil (oder eine Übersetzung davon) anlegen oder ändern. Die Optionen werden in dieser Reihenfolge angewendet: --from, --fill-from-directory, --set.</translation>
    </message>
    <message>
        <source>Our team is now #%1 (%2).</source>
        <translation>Unser Team ist jetzt #%1 (%2).</translation>
    </message>
    <message>
        <source>The team signing key is now %1.</source>
        <translation>Der Signaturschlüssel des Teams ist jetzt %1.</translation>
    </message>
    <message>
        <source>--remove needs --language.</source>
        <translation>--remove braucht --language.</translation>
    </message>
    <message>
        <source>Removed the profile in “%1”.</source>
        <translation>Das Profil in „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Nothing to change: give --set, --from, --fill-from-directory, --translation-of, --team or --signing-key.</source>
        <translation>Nichts zu ändern: Geben Sie --set, --from, --fill-from-directory, --translation-of, --team oder --signing-key an.</translation>
    </message>
    <message>
        <source>--translation-of needs --language.</source>
        <translation>--translation-of braucht --language.</translation>
    </message>
    <message>
        <source>There is no profile in “%1”; create a translation with --translation-of %2.</source>
        <translation>Es gibt kein Profil in „%1“; legen Sie eine Übersetzung mit --translation-of %2 an.</translation>
    </message>
    <message>
        <source>No directory entry is marked as our team; choose one with “profile edit --team TEAM”.</source>
        <translation>Kein Verzeichniseintrag ist als unser Team markiert; wählen Sie einen mit „profile edit --team TEAM“.</translation>
    </message>
    <message>
        <source>The profile in “%1” is the original, not a translation.</source>
        <translation>Das Profil in „%1“ ist das Original, keine Übersetzung.</translation>
    </message>
    <message>
        <source>Saved the profile draft (%1).</source>
        <translation>Profilentwurf gespeichert (%1).</translation>
    </message>
    <message>
        <source>Show the newest imported profile of this team, with the text that maps to no section.</source>
        <translation>Das neueste importierte Profil dieses Teams anzeigen, mit dem Text, der keinem Abschnitt zugeordnet ist.</translation>
    </message>
    <message>
        <source>Show the profile draft in the canonical layout (or as JSON with --json).</source>
        <translation>Den Profilentwurf im kanonischen Layout anzeigen (oder mit --json als JSON).</translation>
    </message>
    <message>
        <source>No RFC 2350 profile of %1 was imported.</source>
        <translation>Es wurde kein RFC-2350-Profil von %1 importiert.</translation>
    </message>
    <message>
        <source>Check the profile draft by section number: required sections, mission and constituency, the 2.8 fingerprint against the signing key, the key&apos;s expiry and revocation, e-mail addresses without a key, the Date of Last Update, https locations. Errors block signing (exit code 2); warnings do not.</source>
        <translation>Den Profilentwurf nach Abschnittsnummer prüfen: Pflichtabschnitte, Auftrag und Zuständigkeitsbereich, der Fingerabdruck in 2.8 gegen den Signaturschlüssel, Ablauf und Widerruf des Schlüssels, E-Mail-Adressen ohne Schlüssel, das Datum der letzten Aktualisierung, https-Adressen. Fehler verhindern das Signieren (Exit-Code 2); Warnungen nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the profile cannot be signed yet.</source>
        <translation>
            <numerusform>%n Fehler: Das Profil kann noch nicht signiert werden.</numerusform>
            <numerusform>%n Fehler: Das Profil kann noch nicht signiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>text (default), html or pdf.</source>
        <translation>text (Standard), html oder pdf.</translation>
    </message>
    <message>
        <source>Write to FILE (default: standard output).</source>
        <translation>In DATEI schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>Render this published version instead of the draft.</source>
        <translation>Diese veröffentlichte Version statt des Entwurfs ausgeben.</translation>
    </message>
    <message>
        <source>With --version: the clear-signed text exactly as published.</source>
        <translation>Mit --version: der klartextsignierte Text genau so, wie er veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>Render the profile: the canonical plain text (72 columns, UTF-8), HTML, or PDF.</source>
        <translation>Das Profil ausgeben: der kanonische Klartext (72 Spalten, UTF-8), HTML oder PDF.</translation>
    </message>
    <message>
        <source>--format is text, html or pdf.</source>
        <translation>--format ist text, html oder pdf.</translation>
    </message>
    <message>
        <source>--signed goes with --version and the text format.</source>
        <translation>--signed gehört zu --version und dem Textformat.</translation>
    </message>
    <message>
        <source>“%1” is not a version number.</source>
        <translation>„%1“ ist keine Versionsnummer.</translation>
    </message>
    <message>
        <source>List the published (signed) versions of the profile, newest first. &apos;profile render --version N --signed&apos; prints one as published.</source>
        <translation>Die veröffentlichten (signierten) Versionen des Profils auflisten, neueste zuerst. „profile render --version N --signed“ gibt eine so aus, wie sie veröffentlicht wurde.</translation>
    </message>
    <message>
        <source>A version number, or &apos;draft&apos;.</source>
        <translation>Eine Versionsnummer oder „draft“.</translation>
    </message>
    <message>
        <source>A version number, or &apos;draft&apos; (default).</source>
        <translation>Eine Versionsnummer oder „draft“ (Standard).</translation>
    </message>
    <message>
        <source>Show the changes between two versions of the profile&apos;s canonical text as a unified diff.</source>
        <translation>Die Änderungen zwischen zwei Versionen des kanonischen Profiltextes als Unified Diff anzeigen.</translation>
    </message>
    <message>
        <source>“%1” is neither a version number nor &apos;draft&apos;.</source>
        <translation>„%1“ ist weder eine Versionsnummer noch „draft“.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, e.g. --set 3.1=&quot;Our mission&quot;.</source>
        <translation>--set nimmt KEY=VALUE, z. B. --set 3.1=&quot;Unser Auftrag&quot;.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2024-05-01.</source>
        <translation>„%1“ ist kein Datum wie 2024-05-01.</translation>
    </message>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>„%1“ ist kein vollständiger OpenPGP-Fingerabdruck.</translation>
    </message>
    <message>
        <source>A priority is PRIORITY|REACTION|HANDLING, e.g. &quot;P1|within 1 hour|within 1 day&quot;.</source>
        <translation>Eine Priorität ist PRIORITY|REACTION|HANDLING, z. B. &quot;P1|innerhalb 1 Stunde|innerhalb 1 Tag&quot;.</translation>
    </message>
    <message>
        <source>“%1” is neither an RFC 2350 section number nor one of title, last-update, locations, fingerprint, languages, hours, priority, tlp, original-url.</source>
        <translation>„%1“ ist weder eine Abschnittsnummer von RFC 2350 noch eines von title, last-update, locations, fingerprint, languages, hours, priority, tlp, original-url.</translation>
    </message>
    <message>
        <source>There is no team profile yet; create one with “profile edit”.</source>
        <translation>Es gibt noch kein Teamprofil; legen Sie eines mit „profile edit“ an.</translation>
    </message>
    <message>
        <source>There is no profile in “%1”.</source>
        <translation>Es gibt kein Profil in „%1“.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileConstituency</name>
    <message>
        <source>“%1”: %2</source>
        <extracomment>%1 is a piece of text from section 3.2 of an RFC 2350 document, %2 why it was not taken</extracomment>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>a range of AS numbers; list each AS number on its own.</source>
        <translation>ein Bereich von AS-Nummern; führen Sie jede AS-Nummer einzeln auf.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileFiller</name>
    <message>
        <source>%1 (emergency)</source>
        <translation>%1 (Notfall)</translation>
    </message>
    <message>
        <source>%1 (out of band)</source>
        <translation>%1 (Out-of-Band)</translation>
    </message>
    <message>
        <source>RFC 2350 description of %1</source>
        <translation>RFC-2350-Beschreibung von %1</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>We handle incidents of every class of the Reference Security Incident Taxonomy:</source>
        <translation>Wir bearbeiten Sicherheitsvorfälle aller Klassen der Reference Security Incident Taxonomy:</translation>
    </message>
</context>
<context>
    <name>fb::ProfileImporter</name>
    <message>
        <source>The signature of %1 is bad: the document was changed after it was signed. Nothing was imported.</source>
        <translation>Die Signatur von %1 ist ungültig: Das Dokument wurde nach dem Signieren geändert. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The document names no team in section 2.1.</source>
        <translation>Das Dokument nennt in Abschnitt 2.1 kein Team.</translation>
    </message>
    <message>
        <source>The imported team was not stored.</source>
        <translation>Das importierte Team wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <extracomment>%1 is a file name, %2 an RFC 2350 section number such as 2.7</extracomment>
        <translation>%1, Abschnitt %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>This import held back no key.</source>
        <translation>Dieser Import hat keinen Schlüssel zurückgehalten.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileJson</name>
    <message>
        <source>“%1” must be a list of texts.</source>
        <translation>„%1“ muss eine Liste von Texten sein.</translation>
    </message>
    <message>
        <source>“%1” must be a text.</source>
        <translation>„%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>„%1“ ist kein vollständiger OpenPGP-Fingerabdruck.</translation>
    </message>
    <message>
        <source>“%1” must be a date such as 2024-05-01.</source>
        <translation>„%1“ muss ein Datum wie 2024-05-01 sein.</translation>
    </message>
    <message>
        <source>“%1” must be a list of objects.</source>
        <translation>„%1“ muss eine Liste von Objekten sein.</translation>
    </message>
    <message>
        <source>Each entry of “%1” needs a “priority”, a “reaction” and a “handling” text.</source>
        <translation>Jeder Eintrag von „%1“ braucht einen Text „priority“, „reaction“ und „handling“.</translation>
    </message>
    <message>
        <source>“%1” must map section numbers to texts.</source>
        <translation>„%1“ muss Abschnittsnummern auf Texte abbilden.</translation>
    </message>
    <message>
        <source>“%1” is not a section of RFC 2350.</source>
        <translation>„%1“ ist kein Abschnitt von RFC 2350.</translation>
    </message>
    <message>
        <source>“%1” is not a field of a team profile.</source>
        <translation>„%1“ ist kein Feld eines Teamprofils.</translation>
    </message>
    <message>
        <source>The profile is not valid JSON: %1.</source>
        <translation>Das Profil ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>Offset %1</translation>
    </message>
    <message>
        <source>The profile must be a JSON object.</source>
        <translation>Das Profil muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>offset 0</source>
        <translation>Offset 0</translation>
    </message>
</context>
<context>
    <name>fb::ProfileLint</name>
    <message>
        <source>The mission statement (3.1) is empty.</source>
        <translation>Das Leitbild (3.1) ist leer.</translation>
    </message>
    <message>
        <source>The constituency (3.2) is empty.</source>
        <translation>Der Zuständigkeitsbereich (3.2) ist leer.</translation>
    </message>
    <message>
        <source>The required section %1 “%2” is missing or empty.</source>
        <translation>Der Pflichtabschnitt %1 „%2“ fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>The Date of Last Update (%1) is older than the newest change (%2); it is set anew when the profile is signed.</source>
        <translation>Das Datum der letzten Aktualisierung (%1) ist älter als die neueste Änderung (%2); es wird beim Signieren des Profils neu gesetzt.</translation>
    </message>
    <message>
        <source>“%1” is not an https URL; publish the document where readers can check where it came from.</source>
        <translation>„%1“ ist keine https-URL; veröffentlichen Sie das Dokument dort, wo Leser prüfen können, woher es stammt.</translation>
    </message>
    <message>
        <source>Section 2.8 names no key fingerprint; the key that will sign is %1.</source>
        <translation>Abschnitt 2.8 nennt keinen Schlüssel-Fingerabdruck; signieren wird der Schlüssel %1.</translation>
    </message>
    <message>
        <source>The fingerprint in 2.8 (%1) is not that of the key that will sign (%2).</source>
        <translation>Der Fingerabdruck in 2.8 (%1) ist nicht der des Schlüssels, der signieren wird (%2).</translation>
    </message>
    <message>
        <source>The signing key %1 is not in the GnuPG home.</source>
        <translation>Der Signaturschlüssel %1 ist nicht im GnuPG-Verzeichnis.</translation>
    </message>
    <message>
        <source>The signing key: %1</source>
        <translation>Der Signaturschlüssel: %1</translation>
    </message>
    <message>
        <source>The secret part of the signing key %1 is not available.</source>
        <translation>Der geheime Teil des Signaturschlüssels %1 ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No OpenPGP key is known for %1; partners cannot write to it encrypted.</source>
        <translation>Für %1 ist kein OpenPGP-Schlüssel bekannt; Partner können nicht verschlüsselt dorthin schreiben.</translation>
    </message>
    <message>
        <source>No team signing key is chosen, and no key is linked to our team&apos;s directory entry.</source>
        <translation>Es ist kein Signaturschlüssel des Teams gewählt, und mit dem Verzeichniseintrag unseres Teams ist kein Schlüssel verknüpft.</translation>
    </message>
</context>
<context>
    <name>fb::ProfilePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>The original profile or one of its translations</source>
        <translation>Das Originalprofil oder eine seiner Übersetzungen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Fill from directory</source>
        <translation>Aus dem Verzeichnis &amp;füllen</translation>
    </message>
    <message>
        <source>Take name, addresses, phone numbers, key and languages from our team&apos;s directory entry</source>
        <translation>Name, Adressen, Telefonnummern, Schlüssel und Sprachen aus dem Verzeichniseintrag unseres Teams übernehmen</translation>
    </message>
    <message>
        <source>Sign and &amp;publish…</source>
        <translation>Signieren und &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>Versio&amp;nen…</translation>
    </message>
    <message>
        <source>Sections (RFC 2350)</source>
        <translation>Abschnitte (RFC 2350)</translation>
    </message>
    <message>
        <source>Dates, locations, the key fingerprint, languages and service levels come from the directory (Fill from directory) and show in the preview.</source>
        <translation>Daten, Fundorte, der Schlüssel-Fingerabdruck, Sprachen und Servicezeiten kommen aus dem Verzeichnis (Aus dem Verzeichnis füllen) und erscheinen in der Vorschau.</translation>
    </message>
    <message>
        <source>Errors block signing; warnings do not. Activate a finding to go to its section.</source>
        <translation>Fehler verhindern das Signieren, Warnungen nicht. Einen Befund aktivieren, um zu seinem Abschnitt zu springen.</translation>
    </message>
    <message>
        <source>Required: the lint reports it when it is empty.</source>
        <translation>Pflicht: die Prüfung meldet ihn, wenn er leer ist.</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (Original)</translation>
    </message>
    <message>
        <source>%1 (translation)</source>
        <translation>%1 (Übersetzung)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>The team key could not be checked: %1</source>
        <translation>Der Teamschlüssel konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Fehler in %1: %2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>Warnung in %1: %2</translation>
    </message>
    <message>
        <source>No findings: the profile is ready to sign.</source>
        <translation>Keine Befunde: das Profil ist bereit zum Signieren.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved the profile draft.</source>
        <translation>Der Profilentwurf wurde gespeichert.</translation>
    </message>
    <message>
        <source>No directory entry is marked as our team; choose one in the directory first.</source>
        <translation>Kein Verzeichniseintrag ist als unser Team markiert; zuerst im Verzeichnis einen wählen.</translation>
    </message>
    <message>
        <source>Filled from our directory entry “%1”; check the sections and save.</source>
        <translation>Aus unserem Verzeichniseintrag „%1“ gefüllt; die Abschnitte prüfen und speichern.</translation>
    </message>
    <message>
        <source>Signing and publishing…</source>
        <translation>Signieren und veröffentlichen…</translation>
    </message>
    <message>
        <source>Version %1 was signed and kept, but the files were not written: %2</source>
        <translation>Version %1 wurde signiert und aufbewahrt, aber die Dateien wurden nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Signed version %1 and wrote %n file(s) to %2.</source>
        <translation>
            <numerusform>Version %1 signiert und %n Datei nach %2 geschrieben.</numerusform>
            <numerusform>Version %1 signiert und %n Dateien nach %2 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The PDF was not written: %2</source>
        <translation>%1 Das PDF wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>Choose the team key in the directory first.</source>
        <translation>Zuerst den Teamschlüssel im Verzeichnis wählen.</translation>
    </message>
    <message>
        <source>The lint reports errors: fix them first, errors block signing.</source>
        <translation>Die Prüfung meldet Fehler: zuerst beheben, Fehler verhindern das Signieren.</translation>
    </message>
    <message>
        <source>Sign with the team key and write the files to a folder</source>
        <translation>Mit dem Teamschlüssel signieren und die Dateien in einen Ordner schreiben</translation>
    </message>
    <message>
        <source>New &amp;translation…</source>
        <translation>Neue &amp;Übersetzung…</translation>
    </message>
    <message>
        <source>Start a translation of the profile as a copy of the original</source>
        <translation>Eine Übersetzung des Profils als Kopie des Originals beginnen</translation>
    </message>
    <message>
        <source>There is no profile to translate yet; write the original first.</source>
        <translation>Es gibt noch kein Profil zum Übersetzen; schreiben Sie zuerst das Original.</translation>
    </message>
    <message>
        <source>The profile already has a version in “%1”.</source>
        <translation>Das Profil gibt es schon in „%1“.</translation>
    </message>
    <message>
        <source>No translation created: %1</source>
        <translation>Keine Übersetzung angelegt: %1</translation>
    </message>
    <message>
        <source>Created the translation into “%1” as a copy of the original.</source>
        <translation>Übersetzung in „%1“ als Kopie des Originals angelegt.</translation>
    </message>
    <message>
        <source>Choose one in Team → Settings (Team signing key), or import our key for our team in Team → Directory (Import key…).</source>
        <extracomment>Where the window chooses the team signing key, or links a key to our team</extracomment>
        <translation>Wählen Sie einen unter Team → Einstellungen (Signaturschlüssel des Teams), oder importieren Sie unseren Schlüssel für unser Team unter Team → Verzeichnis (Schlüssel importieren…).</translation>
    </message>
</context>
<context>
    <name>fb::ProfileParser</name>
    <message>
        <source>This is not an RFC 2350 document: none of its lines is a heading such as “2.1 Name of the Team”.</source>
        <translation>Dies ist kein RFC-2350-Dokument: Keine seiner Zeilen ist eine Überschrift wie „2.1 Name of the Team“.</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>Zeile 1</translation>
    </message>
</context>
<context>
    <name>fb::ProfilePublishCommands</name>
    <message>
        <source>%1 is not signed.</source>
        <translation>%1 ist nicht signiert.</translation>
    </message>
    <message>
        <source>The signature of %1 is bad: the text was changed after signing.</source>
        <translation>Die Signatur von %1 ist ungültig: Der Text wurde nach dem Signieren geändert.</translation>
    </message>
    <message>
        <source>%1 is signed by another key than the one its section 2.8 names.</source>
        <translation>%1 ist mit einem anderen Schlüssel signiert als dem, den sein Abschnitt 2.8 nennt.</translation>
    </message>
    <message>
        <source>Write the clear-signed text to FILE (default: standard output).</source>
        <translation>Den klartextsignierten Text in DATEI schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>Set the Date of Last Update to today, lint (errors stop here), clear-sign the canonical text with the team key from your GnuPG home and keep it as the next version. Stock &apos;gpg --verify&apos; checks the result.</source>
        <translation>Das Datum der letzten Aktualisierung auf heute setzen, prüfen (Fehler halten hier an), den kanonischen Text mit dem Teamschlüssel aus Ihrem GnuPG-Verzeichnis klartextsignieren und als nächste Version speichern. Ein normales „gpg --verify“ prüft das Ergebnis.</translation>
    </message>
    <message>
        <source>Signed version %1 of the profile (%2) with %3; written to %4.</source>
        <translation>Version %1 des Profils (%2) mit %3 signiert; nach %4 geschrieben.</translation>
    </message>
    <message>
        <source>The RFC 2350 document (&apos;-&apos; for standard input).</source>
        <translation>Das RFC-2350-Dokument („-“ für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Check a clear-signed RFC 2350 document: signer, fingerprint, date, validity, and whether the signer is the key the document names in 2.8. Keys come from the workspace keyring, else from your GnuPG home. Exit code 0 only for a valid signature by that key; 2 for a bad or missing signature; 3 for a missing, expired or revoked key or another signer.</source>
        <translation>Ein klartextsigniertes RFC-2350-Dokument prüfen: Unterzeichner, Fingerabdruck, Datum, Gültigkeit und ob der Unterzeichner der Schlüssel ist, den das Dokument in 2.8 nennt. Schlüssel stammen aus dem Schlüsselbund des Arbeitsbereichs, sonst aus Ihrem GnuPG-Verzeichnis. Exit-Code 0 nur bei einer gültigen Signatur dieses Schlüssels; 2 bei einer ungültigen oder fehlenden Signatur; 3 bei einem fehlenden, abgelaufenen oder widerrufenen Schlüssel oder einem anderen Unterzeichner.</translation>
    </message>
    <message>
        <source>Expiry date (yyyy-mm-dd, UTC end of day); default: in %1 days.</source>
        <translation>Ablaufdatum (yyyy-mm-dd, Tagesende UTC); Standard: in %1 Tagen.</translation>
    </message>
    <message>
        <source>The URL the file is published at (default: from the first https location in 1.3).</source>
        <translation>Die URL, unter der die Datei veröffentlicht wird (Standard: aus der ersten https-Adresse in 1.3).</translation>
    </message>
    <message>
        <source>The policy URL (default: the RFC 2350 document&apos;s first https location).</source>
        <translation>Die URL der Richtlinie (Standard: die erste https-Adresse des RFC-2350-Dokuments).</translation>
    </message>
    <message>
        <source>Where the key is (default: openpgp4fpr: with the 2.8 fingerprint).</source>
        <translation>Wo der Schlüssel liegt (Standard: openpgp4fpr: mit dem Fingerabdruck aus 2.8).</translation>
    </message>
    <message>
        <source>Clear-sign the file with the team key.</source>
        <translation>Die Datei mit dem Teamschlüssel klartextsignieren.</translation>
    </message>
    <message>
        <source>Write to FILE (default: standard output).</source>
        <translation>In DATEI schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>Lint this security.txt (signed or not) instead of writing one.</source>
        <translation>Diese security.txt (signiert oder nicht) prüfen, statt eine zu schreiben.</translation>
    </message>
    <message>
        <source>Write an RFC 9116 security.txt from the profile (Contact, Expires, Encryption, Preferred-Languages, Canonical, Policy), checked against RFC 9116&apos;s rules, or lint an existing one with --lint.</source>
        <translation>Eine RFC-9116-security.txt aus dem Profil schreiben (Contact, Expires, Encryption, Preferred-Languages, Canonical, Policy), geprüft gegen die Regeln von RFC 9116, oder eine vorhandene mit --lint prüfen.</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>The signature of the security.txt is bad.</source>
        <translation>Die Signatur der security.txt ist ungültig.</translation>
    </message>
    <message>
        <source>The security.txt does not meet RFC 9116.</source>
        <translation>Die security.txt erfüllt RFC 9116 nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-12-31.</source>
        <translation>„%1“ ist kein Datum wie 2026-12-31.</translation>
    </message>
    <message>
        <source>No team signing key is chosen; choose one with “profile edit --signing-key”.</source>
        <translation>Es ist kein Signaturschlüssel des Teams gewählt; wählen Sie einen mit „profile edit --signing-key“.</translation>
    </message>
    <message>
        <source>Another team&apos;s RFC 2350 document, plain or clear-signed.</source>
        <translation>Das RFC-2350-Dokument eines anderen Teams, unsigniert oder klartextsigniert.</translation>
    </message>
    <message>
        <source>Link the key named in 2.8 even though another key signed the document (after you checked the signer with the team).</source>
        <translation>Den in 2.8 genannten Schlüssel verknüpfen, obwohl ein anderer Schlüssel das Dokument signiert hat (nachdem Sie den Unterzeichner mit dem Team geprüft haben).</translation>
    </message>
    <message>
        <source>Read another team&apos;s RFC 2350 document (numbered or not, plain text or Markdown, plain or clear-signed), check its signature (workspace keyring, else your GnuPG home), and create or update that team&apos;s directory entry. Edits you made to the entry are kept; text that maps to no section stays attached (&apos;profile show --team&apos;). A bad signature imports nothing. A document signed by another key than the one its 2.8 names is imported without linking that key (exit code 3) unless --accept-signer is given.</source>
        <translation>Das RFC-2350-Dokument eines anderen Teams lesen (nummeriert oder nicht, Klartext oder Markdown, unsigniert oder klartextsigniert), seine Signatur prüfen (Schlüsselbund des Arbeitsbereichs, sonst Ihr GnuPG-Home) und den Verzeichniseintrag dieses Teams anlegen oder aktualisieren. Ihre Änderungen am Eintrag bleiben erhalten; Text, der keinem Abschnitt zugeordnet ist, bleibt angehängt („profile show --team“). Eine ungültige Signatur importiert nichts. Ein Dokument, das mit einem anderen Schlüssel signiert ist als dem, den sein Abschnitt 2.8 nennt, wird importiert, ohne diesen Schlüssel zu verknüpfen (Exit-Code 3), außer --accept-signer ist angegeben.</translation>
    </message>
    <message>
        <source>%1 is signed by another key than the team&apos;s own key named in its section 2.8: the team was imported, that key was not linked. Check the signer with the team, then import again with --accept-signer to link it.</source>
        <translation>%1 ist mit einem anderen Schlüssel signiert als dem eigenen Schlüssel des Teams, der in seinem Abschnitt 2.8 genannt ist: Das Team wurde importiert, dieser Schlüssel wurde nicht verknüpft. Prüfen Sie den Unterzeichner mit dem Team und importieren Sie dann erneut mit --accept-signer, um ihn zu verknüpfen.</translation>
    </message>
</context>
<context>
    <name>fb::ProfilePublishDialog</name>
    <message>
        <source>Sign and publish the team profile</source>
        <translation>Teamprofil signieren und veröffentlichen</translation>
    </message>
    <message>
        <source>The profile is signed with the team key and kept as a new version. The signed text, HTML, PDF and a signed security.txt are written to the folder.</source>
        <translation>Das Profil wird mit dem Teamschlüssel signiert und als neue Version aufbewahrt. Der signierte Text, HTML, PDF und eine signierte security.txt werden in den Ordner geschrieben.</translation>
    </message>
    <message>
        <source>Team key:</source>
        <translation>Teamschlüssel:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation>Signieren und veröffentlichen</translation>
    </message>
    <message>
        <source>Publish the team profile to</source>
        <translation>Teamprofil veröffentlichen nach</translation>
    </message>
</context>
<context>
    <name>fb::ProfilePublisher</name>
    <message>
        <source>There is no team profile yet; create one with “profile edit”.</source>
        <translation>Es gibt noch kein Teamprofil; legen Sie eines mit „profile edit“ an.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>There is no team key to sign with; choose one in the directory.</source>
        <translation>Es gibt keinen Teamschlüssel zum Signieren; wählen Sie einen im Verzeichnis.</translation>
    </message>
    <message>
        <source>Checking the profile</source>
        <translation>Das Profil wird geprüft</translation>
    </message>
    <message>
        <source>There is no saved profile to sign.</source>
        <translation>Es gibt kein gespeichertes Profil zum Signieren.</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was written.</source>
        <translation>Die Veröffentlichung wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Signing the profile with the team key</source>
        <translation>Das Profil wird mit dem Teamschlüssel signiert</translation>
    </message>
    <message>
        <source>Signing the security.txt</source>
        <translation>Die security.txt wird signiert</translation>
    </message>
    <message>
        <source>Writing the files</source>
        <translation>Die Dateien werden geschrieben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>fb::ProfileRenderer</name>
    <message>
        <source>This document is a translation. Only the original language version is binding; in case of doubt, refer to it.</source>
        <translation>Dieses Dokument ist eine Übersetzung. Verbindlich ist nur die Fassung in der Originalsprache; ziehen Sie im Zweifel diese heran.</translation>
    </message>
    <message>
        <source>RFC 2350 description of %1</source>
        <translation>RFC-2350-Beschreibung von %1</translation>
    </message>
</context>
<context>
    <name>fb::ProfileSigner</name>
    <message>
        <source>Checking the profile</source>
        <translation>Das Profil wird geprüft</translation>
    </message>
    <message>
        <source>There is no team profile yet; create one with “profile edit”.</source>
        <translation>Es gibt noch kein Teamprofil; legen Sie eines mit „profile edit“ an.</translation>
    </message>
    <message>
        <source>There is no profile in “%1”.</source>
        <translation>Es gibt kein Profil in „%1“.</translation>
    </message>
    <message>
        <source>The profile cannot be signed: %1</source>
        <translation>Das Profil kann nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>Signing was cancelled.</source>
        <translation>Das Signieren wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Signing the profile</source>
        <translation>Das Profil wird signiert</translation>
    </message>
    <message>
        <source>Saving the version</source>
        <translation>Die Version wird gespeichert</translation>
    </message>
</context>
<context>
    <name>fb::ProfileStore</name>
    <message>
        <source>The stored profile is damaged: %1</source>
        <translation>Das gespeicherte Profil ist beschädigt: %1</translation>
    </message>
    <message>
        <source>A profile needs the language it is written in.</source>
        <translation>Ein Profil braucht die Sprache, in der es geschrieben ist.</translation>
    </message>
    <message>
        <source>A translation needs the original profile in “%1”; the original is in “%2”.</source>
        <translation>Eine Übersetzung braucht das Originalprofil in „%1“; das Original ist in „%2“.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keines)</translation>
    </message>
    <message>
        <source>A translation cannot be in the language of its original.</source>
        <translation>Eine Übersetzung kann nicht in der Sprache ihres Originals sein.</translation>
    </message>
    <message>
        <source>The original profile is in “%1”; a profile in “%2” must be saved as a translation of it.</source>
        <translation>Das Originalprofil ist in „%1“; ein Profil in „%2“ muss als Übersetzung davon gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no profile in “%1”.</source>
        <translation>Es gibt kein Profil in „%1“.</translation>
    </message>
    <message>
        <source>The original profile still has translations; remove them first.</source>
        <translation>Das Originalprofil hat noch Übersetzungen; entfernen Sie diese zuerst.</translation>
    </message>
    <message>
        <source>The profile has no version %1.</source>
        <translation>Das Profil hat keine Version %1.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileTranslationDialog</name>
    <message>
        <source>New translation of the team profile</source>
        <translation>Neue Übersetzung des Teamprofils</translation>
    </message>
    <message>
        <source>The translation starts as a copy of the original. Its renderings say that only the original language version is binding.</source>
        <translation>Die Übersetzung beginnt als Kopie des Originals. Ihre Ausgaben weisen darauf hin, dass nur die Fassung in der Originalsprache verbindlich ist.</translation>
    </message>
    <message>
        <source>A language code such as de or pt-BR; any code can be typed in</source>
        <translation>Ein Sprachcode wie de oder pt-BR; jeder Code kann eingegeben werden</translation>
    </message>
    <message>
        <source>&amp;Language code:</source>
        <translation>&amp;Sprachcode:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
</context>
<context>
    <name>fb::ProfileVerifier</name>
    <message>
        <source>Whether the signer is the key the profile names in 2.8 cannot be told.</source>
        <translation>Ob der Unterzeichner der Schlüssel ist, den das Profil in 2.8 nennt, lässt sich nicht feststellen.</translation>
    </message>
    <message>
        <source>The signer is the key the profile names in 2.8.</source>
        <translation>Der Unterzeichner ist der Schlüssel, den das Profil in 2.8 nennt.</translation>
    </message>
    <message>
        <source>The signer is NOT the team&apos;s own key: the document is signed by %1, but its section 2.8 names %2.</source>
        <extracomment>%1 and %2 are OpenPGP fingerprints</extracomment>
        <translation>Der Unterzeichner ist NICHT der eigene Schlüssel des Teams: Das Dokument ist mit %1 signiert, aber sein Abschnitt 2.8 nennt %2.</translation>
    </message>
    <message>
        <source>The profile names no key in 2.8, so the signer cannot be checked against the team&apos;s own key.</source>
        <translation>Das Profil nennt in 2.8 keinen Schlüssel, daher kann der Unterzeichner nicht mit dem eigenen Schlüssel des Teams abgeglichen werden.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileVersionsDialog</name>
    <message>
        <source>Team profile versions</source>
        <translation>Versionen des Teamprofils</translation>
    </message>
    <message>
        <source>Version %1, %2, signed by %3</source>
        <translation>Version %1, %2, signiert von %3</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>Ä&amp;lter:</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>&amp;Neuer:</translation>
    </message>
    <message>
        <source>No version of the profile has been published yet.</source>
        <translation>Es wurde noch keine Version des Profils veröffentlicht.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>Die beiden Versionen haben denselben Text.</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>Ne&amp;beneinander</translation>
    </message>
    <message>
        <source>&amp;Unified</source>
        <translation>&amp;Unified Diff</translation>
    </message>
</context>
<context>
    <name>fb::ProfileView</name>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>SECTION</source>
        <translation>ABSCHNITT</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Unterzeichner: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Signiert: %1</translation>
    </message>
    <message>
        <source>Date of Last Update: %1</source>
        <translation>Datum der letzten Aktualisierung: %1</translation>
    </message>
    <message>
        <source>Key named in 2.8: %1</source>
        <translation>In 2.8 genannter Schlüssel: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>The signed text is not an RFC 2350 document: %1</source>
        <translation>Der signierte Text ist kein RFC-2350-Dokument: %1</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation>VERÖFFENTLICHT</translation>
    </message>
    <message>
        <source>DATE OF LAST UPDATE</source>
        <translation>DATUM DER LETZTEN AKTUALISIERUNG</translation>
    </message>
    <message>
        <source>SIGNER</source>
        <translation>UNTERZEICHNER</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>Added team #%1 (%2).</source>
        <translation>Team #%1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>Updated team #%1 (%2).</source>
        <translation>Team #%1 (%2) aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the document map to no RFC 2350 section; they are kept with the import (profile show --team).</source>
        <translation>
            <numerusform>%n Teil des Dokuments ist keinem RFC-2350-Abschnitt zugeordnet; er wird mit dem Import aufbewahrt (profile show --team).</numerusform>
            <numerusform>%n Teile des Dokuments sind keinem RFC-2350-Abschnitt zugeordnet; sie werden mit dem Import aufbewahrt (profile show --team).</numerusform>
        </translation>
    </message>
    <message>
        <source>[Not mapped to RFC 2350] %1</source>
        <translation>[Keinem RFC-2350-Abschnitt zugeordnet] %1</translation>
    </message>
    <message>
        <source>The key named in 2.8 (%1) was NOT linked to the team.</source>
        <translation>Der in 2.8 genannte Schlüssel (%1) wurde NICHT mit dem Team verknüpft.</translation>
    </message>
    <message>
        <source>Constituency (3.2), not taken: %1</source>
        <translation>Zuständigkeitsbereich (3.2), nicht übernommen: %1</translation>
    </message>
    <message>
        <source>You accepted the signer: the key named in 2.8 is linked to the team.</source>
        <translation>Sie haben den Unterzeichner akzeptiert: Der in 2.8 genannte Schlüssel ist mit dem Team verknüpft.</translation>
    </message>
    <message>
        <source>Choose one with “profile edit --signing-key”.</source>
        <translation>Wählen Sie einen mit „profile edit --signing-key“.</translation>
    </message>
</context>
<context>
    <name>fb::PublicSuffix</name>
    <message>
        <source>%1 is under “.%2”, a special-use name for documentation, tests or private networks: it does not resolve in the public DNS.</source>
        <extracomment>%1 is a domain name, %2 the special-use suffix it ends in, such as &quot;example&quot; or &quot;internal&quot;</extracomment>
        <translation>%1 liegt unter „.%2“, einem Namen für besondere Zwecke (Dokumentation, Tests oder private Netze): Er wird im öffentlichen DNS nicht aufgelöst.</translation>
    </message>
</context>
<context>
    <name>fb::PublishDialog</name>
    <message>
        <source>Publish %1</source>
        <translation>%1 veröffentlichen</translation>
    </message>
    <message>
        <source>Interim (more to come)</source>
        <translation>Interim (weitere folgen)</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Publish as</source>
        <translation>Veröffentlichen als</translation>
    </message>
    <message>
        <source>What changed in this revision</source>
        <translation>Was sich in dieser Revision geändert hat</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Clear-sign the text with the team key</source>
        <translation>Den Text mit dem Teamschlüssel klartextsignieren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Write the files into</source>
        <translation>Die Dateien schreiben nach</translation>
    </message>
    <message>
        <source>Our team has no signing key chosen: choose it in Team → Settings, then publish again to sign.</source>
        <translation>Für unser Team ist kein Signaturschlüssel gewählt: Wählen Sie ihn unter Team → Einstellungen und veröffentlichen Sie dann erneut, um zu signieren.</translation>
    </message>
</context>
<context>
    <name>fb::QueuePage</name>
    <message>
        <source>Any TLP</source>
        <translation>Beliebige TLP</translation>
    </message>
    <message>
        <source>Any class</source>
        <translation>Beliebige Klasse</translation>
    </message>
    <message>
        <source>Search: words, ip:192.0.2.0/24, domain:, cve:, owner:me, tlp:red…</source>
        <translation>Suche: Wörter, ip:192.0.2.0/24, domain:, cve:, owner:me, tlp:red…</translation>
    </message>
    <message>
        <source>Free words search titles and descriptions. Typed terms: %1.</source>
        <translation>Freie Wörter durchsuchen Titel und Beschreibungen. Typisierte Begriffe: %1.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Ich (%1)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Search not understood: %1</source>
        <translation>Suche nicht verstanden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n Ticket</numerusform>
            <numerusform>%n Tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to ticket: type its number, then Enter</source>
        <translation>Gehe zu Ticket: Nummer eingeben, dann Eingabetaste</translation>
    </message>
    <message>
        <source>There is no ticket #%1.</source>
        <translation>Es gibt kein Ticket #%1.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>Ticket #%1: %2</translation>
    </message>
    <message>
        <source>Press Enter to open ticket #%1.</source>
        <translation>Drücken Sie die Eingabetaste, um Ticket #%1 zu öffnen.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Keep this search under Saved searches</source>
        <translation>Diese Suche unter Gespeicherte Suchen ablegen</translation>
    </message>
    <message>
        <source>Type a search first; it is the search box&apos;s text that is kept.</source>
        <translation>Geben Sie zuerst eine Suche ein; gespeichert wird der Text des Suchfelds.</translation>
    </message>
    <message>
        <source>No tickets match</source>
        <translation>Keine passenden Tickets</translation>
    </message>
    <message>
        <source>Try other words, or fewer filters.</source>
        <translation>Versuchen Sie andere Wörter oder weniger Filter.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>No reports</source>
        <translation>Keine Meldungen</translation>
    </message>
    <message>
        <source>Reports arrive with mail: import it with File → Import mail files… (or drop mail files on the window).</source>
        <translation>Meldungen kommen per Mail: Importieren Sie sie mit Datei → Mail-Dateien importieren… (oder ziehen Sie Mail-Dateien auf das Fenster).</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>Keine Sicherheitsvorfälle</translation>
    </message>
    <message>
        <source>An incident is opened from a report in Triage, or with File → New ticket…</source>
        <translation>Ein Sicherheitsvorfall wird bei der Sichtung aus einer Meldung eröffnet oder mit Datei → Neues Ticket…</translation>
    </message>
    <message>
        <source>No investigations</source>
        <translation>Keine Untersuchungen</translation>
    </message>
    <message>
        <source>An investigation is launched from an incident (Ticket → Launch investigation…).</source>
        <translation>Eine Untersuchung wird aus einem Sicherheitsvorfall gestartet (Ticket → Untersuchung starten…).</translation>
    </message>
    <message>
        <source>No countermeasures</source>
        <translation>Keine Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>A countermeasure is launched from an incident (Ticket → Launch countermeasure…).</source>
        <translation>Eine Gegenmaßnahme wird aus einem Sicherheitsvorfall gestartet (Ticket → Gegenmaßnahme starten…).</translation>
    </message>
</context>
<context>
    <name>fb::QuotedText</name>
    <message numerus="yes">
        <source>[%n quoted line(s) hidden]</source>
        <translation>
            <numerusform>[%n zitierte Zeile ausgeblendet]</numerusform>
            <numerusform>[%n zitierte Zeilen ausgeblendet]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ReplyAllDialog</name>
    <message>
        <source>Reply to all reporters of incident %1</source>
        <translation>Allen Meldern von Sicherheitsvorfall %1 antworten</translation>
    </message>
    <message>
        <source>&amp;Reporters (one reply each, on their newest report; untick to leave one out):</source>
        <translation>&amp;Melder (je eine Antwort, zu ihrer neuesten Meldung; entfernen Sie den Haken, um einen auszulassen):</translation>
    </message>
    <message>
        <source>&amp;Text ({greeting}, {reporter}, {ticket}, {title}, {tlp} and {team} are filled in for each reporter; the answered message is quoted below):</source>
        <translation>&amp;Text ({greeting}, {reporter}, {ticket}, {title}, {tlp} und {team} werden für jeden Melder ausgefüllt; die beantwortete Nachricht wird darunter zitiert):</translation>
    </message>
    <message>
        <source>&amp;Sign with the team key</source>
        <translation>Mit dem Teamschlüssel &amp;signieren</translation>
    </message>
    <message>
        <source>There is no team key: choose one in Settings to sign.</source>
        <translation>Es gibt keinen Teamschlüssel: Wählen Sie einen in den Einstellungen aus, um zu signieren.</translation>
    </message>
    <message>
        <source>&amp;Write replies</source>
        <translation>&amp;Antworten schreiben</translation>
    </message>
    <message>
        <source>Finding the reporters and their keys…</source>
        <translation>Die Melder und ihre Schlüssel werden gesucht…</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>not encrypted (key: %1)</source>
        <translation>nicht verschlüsselt (Schlüssel: %1)</translation>
    </message>
    <message>
        <source>%1 — reports %2 — refused: %3</source>
        <translation>%1 — Meldungen %2 — abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 — reports %2 — %3</source>
        <translation>%1 — Meldungen %2 — %3</translation>
    </message>
    <message>
        <source>Incident #%1 has no reporter with an address.</source>
        <translation>Sicherheitsvorfall #%1 hat keinen Melder mit Adresse.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n reply(ies)…</source>
        <translation>
            <numerusform>%n Antwort wird geschrieben…</numerusform>
            <numerusform>%n Antworten werden geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no reply was stored.</source>
        <translation>Abgebrochen: Es wurde keine Antwort gespeichert.</translation>
    </message>
</context>
<context>
    <name>fb::ReportCommands</name>
    <message>
        <source>Write the report on one constituency (or all) for a date range, as RTIR&apos;s periodic report: incident reports received, incidents opened, resolved and still open at the end of the range, incidents by RSIT class and type, reports by reporter type, the median and 90th percentile (nearest rank) of the time to first response and to resolution, and SLA breaches. Days are UTC, both included. The report holds counts only, labelled TLP:AMBER. Without --out, text, html and csv are printed.</source>
        <translation>Den Bericht über einen Zuständigkeitsbereich (oder alle) für einen Datumsbereich schreiben, wie der periodische Bericht von RTIR: eingegangene Vorfallmeldungen, eröffnete, gelöste und am Ende des Zeitraums noch offene Sicherheitsvorfälle, Sicherheitsvorfälle nach RSIT-Klasse und -Typ, Meldungen nach Art des Melders, Median und 90. Perzentil (Nearest-Rank-Methode) der Zeit bis zur ersten Antwort und bis zur Lösung sowie SLA-Verletzungen. Tage sind UTC, beide eingeschlossen. Der Bericht enthält nur Anzahlen, gekennzeichnet mit TLP:AMBER. Ohne --out werden text, html und csv ausgegeben.</translation>
    </message>
    <message>
        <source>The first day, such as 2026-01-01.</source>
        <translation>Der erste Tag, etwa 2026-01-01.</translation>
    </message>
    <message>
        <source>The last day (included).</source>
        <translation>Der letzte Tag (eingeschlossen).</translation>
    </message>
    <message>
        <source>Only tickets of this constituency (default: all).</source>
        <translation>Nur Tickets dieses Zuständigkeitsbereichs (Standard: alle).</translation>
    </message>
    <message>
        <source>text, html, pdf or csv.</source>
        <translation>text, html, pdf oder csv.</translation>
    </message>
    <message>
        <source>The file to write (needed for pdf).</source>
        <translation>Die zu schreibende Datei (für pdf nötig).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>DATEI ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>Give the range with --from DATE and --to DATE.</source>
        <translation>Geben Sie den Zeitraum mit --from DATUM und --to DATUM an.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 liegt nach --to %2.</translation>
    </message>
    <message>
        <source>Give --format text, html, pdf or csv.</source>
        <translation>Geben Sie --format text, html, pdf oder csv an.</translation>
    </message>
    <message>
        <source>PDF needs a file: name it with --out FILE.</source>
        <translation>PDF braucht eine Datei: Nennen Sie sie mit --out FILE.</translation>
    </message>
    <message>
        <source>PDF output needs the graphical runtime, which did not start.</source>
        <translation>Die PDF-Ausgabe braucht die grafische Laufzeitumgebung, die nicht gestartet ist.</translation>
    </message>
    <message>
        <source>Constituency report written to %1.</source>
        <translation>Bericht zum Zuständigkeitsbereich nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-01-31.</source>
        <translation>„%1“ ist kein Datum wie 2026-01-31.</translation>
    </message>
</context>
<context>
    <name>fb::ReportedMessage</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Reported message</source>
        <translation>Gemeldete Nachricht</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) in the ticket&apos;s correspondence.</source>
        <translation>
            <numerusform>%n weitere Nachricht in der Korrespondenz des Tickets.</numerusform>
            <numerusform>%n weitere Nachrichten in der Korrespondenz des Tickets.</numerusform>
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
        <translation>Melder am Signaturschlüssel erkannt: %1 (Person %2).</translation>
    </message>
    <message>
        <source>Reporter recognised by signing key: %1 (team %2).</source>
        <translation>Melder am Signaturschlüssel erkannt: %1 (Team %2).</translation>
    </message>
    <message>
        <source>Reporter recognised by address: %1 (person %2).</source>
        <translation>Melder an der Adresse erkannt: %1 (Person %2).</translation>
    </message>
    <message>
        <source>Reporter recognised by address: %1 (team %2).</source>
        <translation>Melder an der Adresse erkannt: %1 (Team %2).</translation>
    </message>
</context>
<context>
    <name>fb::ReporterReplies</name>
    <message>
        <source>Ticket #%1 is no incident: only an incident&apos;s reporters can be answered together.</source>
        <translation>Ticket #%1 ist kein Sicherheitsvorfall: Nur den Meldern eines Sicherheitsvorfalls kann gemeinsam geantwortet werden.</translation>
    </message>
    <message>
        <source>%1 may only be sent encrypted, and there is no valid key for %2 (key: %3).</source>
        <translation>%1 darf nur verschlüsselt gesendet werden, und es gibt keinen gültigen Schlüssel für %2 (Schlüssel: %3).</translation>
    </message>
    <message>
        <source>the incident response team</source>
        <translation>das Incident-Response-Team</translation>
    </message>
    <message>
        <source>Nobody to reply to: incident #%1 has no reporter left to answer.</source>
        <translation>Niemand, dem geantwortet werden kann: Sicherheitsvorfall #%1 hat keinen Melder mehr, dem geantwortet werden kann.</translation>
    </message>
    <message>
        <source>Cancelled: no reply was stored.</source>
        <translation>Abgebrochen: Es wurde keine Antwort gespeichert.</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>An %1 wird geschrieben…</translation>
    </message>
    <message>
        <source>The reply to %1 could not be written: %2</source>
        <translation>Die Antwort an %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n reply(ies).</source>
        <translation>
            <numerusform>%n Antwort gespeichert.</numerusform>
            <numerusform>%n Antworten gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::Rsit</name>
    <message>
        <source>Abusive Content</source>
        <translation>Missbräuchliche Inhalte</translation>
    </message>
    <message>
        <source>Abusive Content.</source>
        <translation>Missbräuchliche Inhalte.</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Or &apos;Unsolicited Bulk Email&apos;, this means that the recipient has not granted verifiable permission for the message to be sent and that the message is sent as part of a larger collection of messages, all having a functionally comparable content. This IOC refers to resources which make up spam infrastructure, for example, harvesters like address verification, URLs in spam emails, etc.</source>
        <translation>Auch „Unsolicited Bulk Email“: Der Empfänger hat keine nachweisbare Erlaubnis zum Versand der Nachricht erteilt, und die Nachricht wird als Teil einer größeren Menge von Nachrichten mit funktional vergleichbarem Inhalt versendet. Dieser IOC bezieht sich auf Ressourcen, die Spam-Infrastruktur bilden, z. B. Harvester wie Adressverifikation, URLs in Spam-E-Mails usw.</translation>
    </message>
    <message>
        <source>Harmful Speech</source>
        <translation>Schädliche Äußerungen</translation>
    </message>
    <message>
        <source>Bullying, harassment or discrimination of somebody, e.g., cyber stalking, racism or threats against one or more individuals.</source>
        <translation>Mobbing, Belästigung oder Diskriminierung einer Person, z. B. Cyberstalking, Rassismus oder Drohungen gegen eine oder mehrere Personen.</translation>
    </message>
    <message>
        <source>(Child) Sexual Exploitation/Sexual/Violent Content</source>
        <translation>Sexuelle Ausbeutung (von Kindern)/sexuelle/gewaltverherrlichende Inhalte</translation>
    </message>
    <message>
        <source>Child Sexual Exploitation (CSE), sexual content, glorification of violence, etc.</source>
        <translation>Sexuelle Ausbeutung von Kindern (CSE), sexuelle Inhalte, Gewaltverherrlichung usw.</translation>
    </message>
    <message>
        <source>Malicious Code</source>
        <translation>Schadcode</translation>
    </message>
    <message>
        <source>Software that is intentionally included or inserted in a system for a harmful purpose. A user interaction is normally necessary to activate the code.</source>
        <translation>Software, die absichtlich zu schädlichen Zwecken in ein System aufgenommen oder eingeschleust wird. Zur Aktivierung des Codes ist normalerweise eine Benutzerinteraktion nötig.</translation>
    </message>
    <message>
        <source>Infected System</source>
        <translation>Infiziertes System</translation>
    </message>
    <message>
        <source>System infected with malware, e.g., a PC, smartphone or server infected with a rootkit. Most often this refers to a connection to a sinkholed command and control server.</source>
        <translation>Mit Schadsoftware infiziertes System, z. B. ein mit einem Rootkit infizierter PC, ein Smartphone oder Server. Meist bezieht sich dies auf eine Verbindung zu einem per Sinkhole umgeleiteten Command-and-Control-Server.</translation>
    </message>
    <message>
        <source>C2 Server</source>
        <translation>C2-Server</translation>
    </message>
    <message>
        <source>Command and control server contacted by malware on infected systems.</source>
        <translation>Command-and-Control-Server, der von Schadsoftware auf infizierten Systemen kontaktiert wird.</translation>
    </message>
    <message>
        <source>Malware Distribution</source>
        <translation>Verbreitung von Schadsoftware</translation>
    </message>
    <message>
        <source>URI used for malware distribution, e.g., a download URL included in fake invoice malware spam or exploit kits (on websites).</source>
        <translation>URI zur Verbreitung von Schadsoftware, z. B. eine Download-URL in Malspam mit gefälschten Rechnungen oder Exploit-Kits (auf Websites).</translation>
    </message>
    <message>
        <source>Malware Configuration</source>
        <translation>Schadsoftware-Konfiguration</translation>
    </message>
    <message>
        <source>URI hosting a malware configuration file, e.g., web injects for a banking trojan.</source>
        <translation>URI, unter der eine Konfigurationsdatei für Schadsoftware liegt, z. B. Web-Injects für einen Banking-Trojaner.</translation>
    </message>
    <message>
        <source>Information Gathering</source>
        <translation>Informationsgewinnung</translation>
    </message>
    <message>
        <source>Information Gathering.</source>
        <translation>Informationsgewinnung.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Scannen</translation>
    </message>
    <message>
        <source>Attacks that send requests to a system to discover weaknesses. This also includes testing processes to gather information on hosts, services and accounts. This includes fingerd, DNS querying, ICMP, SMTP (EXPN, RCPT, etc) port scanning.</source>
        <translation>Angriffe, die Anfragen an ein System senden, um Schwachstellen zu entdecken. Dazu gehören auch Testverfahren, um Informationen über Hosts, Dienste und Konten zu sammeln, etwa fingerd, DNS-Abfragen, ICMP, SMTP (EXPN, RCPT usw.) und Portscans.</translation>
    </message>
    <message>
        <source>Sniffing</source>
        <translation>Sniffing</translation>
    </message>
    <message>
        <source>Observing and recording of network traffic (i.e. wiretapping).</source>
        <translation>Beobachten und Aufzeichnen von Netzverkehr (d. h. Abhören).</translation>
    </message>
    <message>
        <source>Social Engineering</source>
        <translation>Social Engineering</translation>
    </message>
    <message>
        <source>Gathering information from a human being in a non-technical way (e.g., using lies, tricks, bribes, or threats).</source>
        <translation>Gewinnung von Informationen von einem Menschen auf nicht technischem Weg (z. B. durch Lügen, Tricks, Bestechung oder Drohungen).</translation>
    </message>
    <message>
        <source>Intrusion Attempts</source>
        <translation>Eindringversuche</translation>
    </message>
    <message>
        <source>Intrusion Attempts.</source>
        <translation>Eindringversuche.</translation>
    </message>
    <message>
        <source>Exploitation of Known Vulnerabilities</source>
        <translation>Ausnutzung bekannter Schwachstellen</translation>
    </message>
    <message>
        <source>An attempt to compromise a system or to disrupt any service by exploiting vulnerabilities with a standardised identifier such as CVE name (e.g., using a buffer overflow, backdoor, cross site scripting)</source>
        <translation>Ein Versuch, ein System zu kompromittieren oder einen Dienst zu stören, indem Schwachstellen mit einer standardisierten Kennung wie einem CVE-Namen ausgenutzt werden (z. B. durch Pufferüberlauf, Hintertür, Cross-Site-Scripting)</translation>
    </message>
    <message>
        <source>Login Attempts</source>
        <translation>Anmeldeversuche</translation>
    </message>
    <message>
        <source>Multiple brute-force login attempts (including guessing or cracking of passwords). This IOC refers to a resource, which has been observed to perform brute-force attacks over a given application protocol.</source>
        <translation>Mehrfache Brute-Force-Anmeldeversuche (einschließlich Erraten oder Knacken von Passwörtern). Dieser IOC bezieht sich auf eine Ressource, bei der Brute-Force-Angriffe über ein bestimmtes Anwendungsprotokoll beobachtet wurden.</translation>
    </message>
    <message>
        <source>New Attack Signature</source>
        <translation>Neue Angriffssignatur</translation>
    </message>
    <message>
        <source>An attack using an unknown exploit.</source>
        <translation>Ein Angriff mit einem unbekannten Exploit.</translation>
    </message>
    <message>
        <source>Intrusions</source>
        <translation>Eindringen</translation>
    </message>
    <message>
        <source>A successful compromise of a system or application (service). This can have been caused remotely by a known or new vulnerability, but also by an unauthorised local access. Also includes being part of a botnet.</source>
        <translation>Eine erfolgreiche Kompromittierung eines Systems oder einer Anwendung (eines Dienstes). Sie kann aus der Ferne durch eine bekannte oder neue Schwachstelle verursacht worden sein, aber auch durch einen unbefugten lokalen Zugriff. Umfasst auch die Teilnahme an einem Botnetz.</translation>
    </message>
    <message>
        <source>Privileged Account Compromise</source>
        <translation>Kompromittierung eines privilegierten Kontos</translation>
    </message>
    <message>
        <source>Compromise of a system where the attacker has gained administrative privileges.</source>
        <translation>Kompromittierung eines Systems, bei der der Angreifer Administratorrechte erlangt hat.</translation>
    </message>
    <message>
        <source>Unprivileged Account Compromise</source>
        <translation>Kompromittierung eines nicht privilegierten Kontos</translation>
    </message>
    <message>
        <source>Compromise of a system using an unprivileged (user/service) account.</source>
        <translation>Kompromittierung eines Systems über ein nicht privilegiertes Konto (Benutzer-/Dienstkonto).</translation>
    </message>
    <message>
        <source>Application Compromise</source>
        <translation>Kompromittierung einer Anwendung</translation>
    </message>
    <message>
        <source>Compromise of an application by exploiting (un)known software vulnerabilities, e.g., SQL injection.</source>
        <translation>Kompromittierung einer Anwendung durch Ausnutzung (un)bekannter Software-Schwachstellen, z. B. SQL-Injection.</translation>
    </message>
    <message>
        <source>System Compromise</source>
        <translation>Kompromittierung eines Systems</translation>
    </message>
    <message>
        <source>Compromise of a system, e.g., unauthorised logins or commands. This includes attempts to compromise honeypot systems.</source>
        <translation>Kompromittierung eines Systems, z. B. unbefugte Anmeldungen oder Befehle. Dazu gehören auch Versuche, Honeypot-Systeme zu kompromittieren.</translation>
    </message>
    <message>
        <source>Burglary</source>
        <translation>Einbruch</translation>
    </message>
    <message>
        <source>Physical intrusion, e.g., into a corporate building or data centre.</source>
        <translation>Physisches Eindringen, z. B. in ein Firmengebäude oder Rechenzentrum.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>By this kind of an attack a system is bombarded with so many packets that the operations are delayed or the system crashes. DoS examples are ICMP and SYN floods, Teardrop attacks and mail-bombing. DDoS often is based on DoS attacks originating from botnets, but also other scenarios exist like DNS Amplification attacks. However, the availability also can be affected by local actions (destruction, disruption of power supply, etc.) – or by Act of God, spontaneous failures or human error, without malice or gross neglect being involved.</source>
        <translation>Bei dieser Art von Angriff wird ein System mit so vielen Paketen bombardiert, dass sich die Abläufe verzögern oder das System abstürzt. Beispiele für DoS sind ICMP- und SYN-Floods, Teardrop-Angriffe und Mail-Bombing. DDoS beruht oft auf DoS-Angriffen aus Botnetzen, es gibt aber auch andere Szenarien wie DNS-Amplification-Angriffe. Die Verfügbarkeit kann jedoch auch durch lokale Handlungen (Zerstörung, Unterbrechung der Stromversorgung usw.) beeinträchtigt werden – oder durch höhere Gewalt, spontane Ausfälle oder menschliches Versagen, ohne dass Böswilligkeit oder grobe Fahrlässigkeit im Spiel sind.</translation>
    </message>
    <message>
        <source>Denial of Service</source>
        <translation>Denial of Service</translation>
    </message>
    <message>
        <source>Denial of Service attack, e.g., sending specially crafted requests to a web application which causes the application to crash or slow down.</source>
        <translation>Denial-of-Service-Angriff, z. B. das Senden speziell präparierter Anfragen an eine Webanwendung, die zum Absturz oder zur Verlangsamung der Anwendung führen.</translation>
    </message>
    <message>
        <source>Distributed Denial of Service</source>
        <translation>Distributed Denial of Service</translation>
    </message>
    <message>
        <source>Distributed Denial of Service attack, e.g., SYN flood or UDP-based reflection/amplification attacks.</source>
        <translation>Distributed-Denial-of-Service-Angriff, z. B. SYN-Flood oder UDP-basierte Reflection-/Amplification-Angriffe.</translation>
    </message>
    <message>
        <source>Misconfiguration</source>
        <translation>Fehlkonfiguration</translation>
    </message>
    <message>
        <source>Software misconfiguration resulting in service availability issues, e.g., DNS server with outdated DNSSEC Root Zone KSK.</source>
        <translation>Software-Fehlkonfiguration, die zu Problemen mit der Verfügbarkeit eines Dienstes führt, z. B. ein DNS-Server mit veraltetem DNSSEC-Root-Zone-KSK.</translation>
    </message>
    <message>
        <source>Sabotage</source>
        <translation>Sabotage</translation>
    </message>
    <message>
        <source>Intentional actions maliciously threatening to, attempting to or actually damaging a system or component with the aim of disrupting the availability of a service. These can happen both at logical and physical levels, from malicious firewall rules dropping all traffic, to wire-cutting, bomb threats or arson.</source>
        <translation>Vorsätzliche Handlungen, die ein System oder eine Komponente böswillig bedrohen, zu beschädigen versuchen oder tatsächlich beschädigen, um die Verfügbarkeit eines Dienstes zu stören. Sie können sowohl auf logischer als auch auf physischer Ebene stattfinden, von böswilligen Firewall-Regeln, die jeglichen Verkehr verwerfen, bis zu durchtrennten Kabeln, Bombendrohungen oder Brandstiftung.</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>An outage caused, for example, by air conditioning failure or natural disaster.</source>
        <translation>Ein Ausfall, verursacht zum Beispiel durch einen Defekt der Klimaanlage oder eine Naturkatastrophe.</translation>
    </message>
    <message>
        <source>Information Content Security</source>
        <translation>Sicherheit von Informationsinhalten</translation>
    </message>
    <message>
        <source>Besides a local abuse of data and systems the information security can be endangered by a successful account or application compromise. Furthermore attacks are possible that intercept and access information during transmission (wiretapping, spoofing or hijacking). Human/configuration/software error can also be the cause.</source>
        <translation>Neben einem lokalen Missbrauch von Daten und Systemen kann die Informationssicherheit durch eine erfolgreiche Kompromittierung eines Kontos oder einer Anwendung gefährdet werden. Außerdem sind Angriffe möglich, die Informationen während der Übertragung abfangen und darauf zugreifen (Abhören, Spoofing oder Hijacking). Auch menschliche Fehler, Konfigurations- oder Softwarefehler können die Ursache sein.</translation>
    </message>
    <message>
        <source>Unauthorised Access to Information</source>
        <translation>Unbefugter Zugriff auf Informationen</translation>
    </message>
    <message>
        <source>Unauthorised access to information, e.g., by abusing stolen login credentials for a system or application, intercepting traffic or gaining access to physical documents.</source>
        <translation>Unbefugter Zugriff auf Informationen, z. B. durch Missbrauch gestohlener Zugangsdaten für ein System oder eine Anwendung, Abfangen von Verkehr oder Zugang zu physischen Dokumenten.</translation>
    </message>
    <message>
        <source>Unauthorised Modification of Information</source>
        <translation>Unbefugte Änderung von Informationen</translation>
    </message>
    <message>
        <source>Unauthorised modification of information, e.g., by an attacker abusing stolen login credentials for a system or application, or ransomware encrypting data. Also includes defacements.</source>
        <translation>Unbefugte Änderung von Informationen, z. B. durch einen Angreifer, der gestohlene Zugangsdaten für ein System oder eine Anwendung missbraucht, oder durch Ransomware, die Daten verschlüsselt. Umfasst auch Defacements.</translation>
    </message>
    <message>
        <source>Data Loss</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>Loss of data caused by, for example, hard disk failure or physical theft.</source>
        <translation>Datenverlust, verursacht zum Beispiel durch einen Festplattendefekt oder physischen Diebstahl.</translation>
    </message>
    <message>
        <source>Leak of Confidential Information</source>
        <translation>Abfluss vertraulicher Informationen</translation>
    </message>
    <message>
        <source>Leaked confidential information, e.g., credentials or personal data.</source>
        <translation>Abgeflossene vertrauliche Informationen, z. B. Zugangsdaten oder personenbezogene Daten.</translation>
    </message>
    <message>
        <source>Fraud</source>
        <translation>Betrug</translation>
    </message>
    <message>
        <source>Fraud.</source>
        <translation>Betrug.</translation>
    </message>
    <message>
        <source>Unauthorised Use of Resources</source>
        <translation>Unbefugte Nutzung von Ressourcen</translation>
    </message>
    <message>
        <source>Using resources for unauthorised purposes including profit-making ventures, e.g., the use of email to participate in illegal profit chain letters or pyramid schemes.</source>
        <translation>Nutzung von Ressourcen für unbefugte Zwecke einschließlich gewinnorientierter Unternehmungen, z. B. die Nutzung von E-Mail zur Teilnahme an illegalen Kettenbriefen oder Schneeballsystemen.</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Urheberrecht</translation>
    </message>
    <message>
        <source>Offering or installing copies of unlicensed commercial software or other copyright protected materials (also known as Warez).</source>
        <translation>Anbieten oder Installieren von Kopien nicht lizenzierter kommerzieller Software oder anderer urheberrechtlich geschützter Materialien (auch als Warez bekannt).</translation>
    </message>
    <message>
        <source>Masquerade</source>
        <translation>Maskerade</translation>
    </message>
    <message>
        <source>Type of attack in which one entity illegitimately impersonates the identity of another in order to benefit from it.</source>
        <translation>Angriffsart, bei der eine Entität unrechtmäßig die Identität einer anderen annimmt, um daraus Nutzen zu ziehen.</translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation>Phishing</translation>
    </message>
    <message>
        <source>Masquerading as another entity in order to persuade the user to reveal private credentials. This IOC most often refers to a URL, which is used to phish user credentials.</source>
        <translation>Sich als andere Entität ausgeben, um den Benutzer zur Preisgabe privater Zugangsdaten zu bewegen. Dieser IOC bezieht sich meist auf eine URL, die zum Phishing von Benutzerzugangsdaten verwendet wird.</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Verwundbar</translation>
    </message>
    <message>
        <source>Open resolvers, world-readable printers, vulnerabilities apparent from scans, anti-virus signatures not up-to-date, etc.</source>
        <translation>Offene Resolver, weltweit lesbare Drucker, durch Scans erkennbare Schwachstellen, nicht aktuelle Virensignaturen usw.</translation>
    </message>
    <message>
        <source>Weak Cryptography</source>
        <translation>Schwache Kryptografie</translation>
    </message>
    <message>
        <source>Publicly accessible services offering weak cryptography, e.g., web servers susceptible to POODLE/FREAK attacks.</source>
        <translation>Öffentlich erreichbare Dienste mit schwacher Kryptografie, z. B. Webserver, die für POODLE/FREAK-Angriffe anfällig sind.</translation>
    </message>
    <message>
        <source>DDoS Amplifier</source>
        <translation>DDoS-Amplifier</translation>
    </message>
    <message>
        <source>Publicly accessible services that can be abused for conducting DDoS reflection/amplification attacks, e.g., DNS open-resolvers or NTP servers with monlist enabled.</source>
        <translation>Öffentlich erreichbare Dienste, die für DDoS-Reflection-/Amplification-Angriffe missbraucht werden können, z. B. offene DNS-Resolver oder NTP-Server mit aktiviertem monlist.</translation>
    </message>
    <message>
        <source>Potentially Unwanted Accessible Services</source>
        <translation>Potenziell unerwünschte erreichbare Dienste</translation>
    </message>
    <message>
        <source>Potentially unwanted publicly accessible services, e.g., Telnet, RDP or VNC.</source>
        <translation>Potenziell unerwünschte öffentlich erreichbare Dienste, z. B. Telnet, RDP oder VNC.</translation>
    </message>
    <message>
        <source>Information Disclosure</source>
        <translation>Informationspreisgabe</translation>
    </message>
    <message>
        <source>Publicly accessible services potentially disclosing sensitive information, e.g., SNMP or Redis.</source>
        <translation>Öffentlich erreichbare Dienste, die möglicherweise sensible Informationen preisgeben, z. B. SNMP oder Redis.</translation>
    </message>
    <message>
        <source>Vulnerable System</source>
        <translation>Verwundbares System</translation>
    </message>
    <message>
        <source>A system which is vulnerable to certain attacks, e.g., misconfigured client proxy settings (such as WPAD), outdated operating system version, or cross-site scripting vulnerabilities.</source>
        <translation>Ein System, das für bestimmte Angriffe verwundbar ist, z. B. falsch konfigurierte Client-Proxy-Einstellungen (wie WPAD), eine veraltete Betriebssystemversion oder Cross-Site-Scripting-Schwachstellen.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>All incidents which don&apos;t fit in one of the given categories should be put into this class. If the number of incidents in this category increases, it is an indicator that the classification scheme must be revised.</source>
        <translation>Alle Sicherheitsvorfälle, die in keine der vorgegebenen Kategorien passen, sollten in diese Klasse eingeordnet werden. Steigt die Zahl der Sicherheitsvorfälle in dieser Kategorie, ist das ein Hinweis darauf, dass das Klassifikationsschema überarbeitet werden muss.</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Nicht kategorisiert</translation>
    </message>
    <message>
        <source>All incidents which don&apos;t fit in one of the given categories should be put into this class or the incident is not categorised.</source>
        <translation>Alle Sicherheitsvorfälle, die in keine der vorgegebenen Kategorien passen, sollten in diese Klasse eingeordnet werden, oder der Sicherheitsvorfall ist nicht kategorisiert.</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>The categorisation of the incident is unknown/undetermined.</source>
        <translation>Die Kategorisierung des Sicherheitsvorfalls ist unbekannt/unbestimmt.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Meant for testing.</source>
        <translation>Für Testzwecke.</translation>
    </message>
    <message>
        <source>An entry of the incident taxonomy is not a JSON object.</source>
        <translation>Ein Eintrag der Vorfalltaxonomie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>An entry of the incident taxonomy has no &quot;value&quot; text (its machine-tag key).</source>
        <translation>Ein Eintrag der Vorfalltaxonomie hat keinen „value“-Text (seinen Machine-Tag-Schlüssel).</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not allowed: use lower-case letters, digits and hyphens.</source>
        <translation>Der Schlüssel „%1“ ist nicht erlaubt: Verwenden Sie Kleinbuchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>The display name (&quot;expanded&quot;) must be text.</source>
        <translation>Der Anzeigename („expanded“) muss Text sein.</translation>
    </message>
    <message>
        <source>The description must be text.</source>
        <translation>Die Beschreibung muss Text sein.</translation>
    </message>
    <message>
        <source>The incident taxonomy has no &quot;%1&quot; list.</source>
        <translation>Die Vorfalltaxonomie hat keine „%1“-Liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the incident taxonomy must be a list.</source>
        <translation>„%1“ in der Vorfalltaxonomie muss eine Liste sein.</translation>
    </message>
    <message>
        <source>The incident taxonomy is not valid JSON: %1.</source>
        <translation>Die Vorfalltaxonomie ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>Offset %1</translation>
    </message>
    <message>
        <source>The incident taxonomy must be a JSON object with &quot;predicates&quot; and &quot;values&quot;.</source>
        <translation>Die Vorfalltaxonomie muss ein JSON-Objekt mit „predicates“ und „values“ sein.</translation>
    </message>
    <message>
        <source>The taxonomy&apos;s namespace is not &quot;%1&quot;.</source>
        <translation>Der Namensraum der Taxonomie ist nicht „%1“.</translation>
    </message>
    <message>
        <source>The incident taxonomy lists no incident classes.</source>
        <translation>Die Vorfalltaxonomie nennt keine Vorfallklassen.</translation>
    </message>
    <message>
        <source>The incident class &quot;%1&quot; is listed twice.</source>
        <translation>Die Vorfallklasse „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Each item of &quot;values&quot; must be a JSON object with &quot;predicate&quot; and &quot;entry&quot;.</source>
        <translation>Jedes Element von „values“ muss ein JSON-Objekt mit „predicate“ und „entry“ sein.</translation>
    </message>
    <message>
        <source>Types are given without the &quot;predicate&quot; (incident class) they belong to.</source>
        <translation>Typen sind ohne das „predicate“ (die Vorfallklasse) angegeben, zu dem sie gehören.</translation>
    </message>
    <message>
        <source>Types are given for &quot;%1&quot;, which is not an incident class in &quot;predicates&quot;.</source>
        <translation>Typen sind für „%1“ angegeben, das keine Vorfallklasse in „predicates“ ist.</translation>
    </message>
    <message>
        <source>The incident type &quot;%1&quot; is listed twice in the class &quot;%2&quot;.</source>
        <translation>Der Vorfalltyp „%1“ ist in der Klasse „%2“ doppelt aufgeführt.</translation>
    </message>
</context>
<context>
    <name>fb::SavedSearches</name>
    <message>
        <source>My active tickets</source>
        <translation>Meine aktiven Tickets</translation>
    </message>
    <message>
        <source>TLP:RED</source>
        <translation>TLP:RED</translation>
    </message>
    <message>
        <source>My open tasks</source>
        <extracomment>A saved search: tickets with a task of mine still open.</extracomment>
        <translation>Meine offenen Aufgaben</translation>
    </message>
</context>
<context>
    <name>fb::SecurityTxt</name>
    <message>
        <source>The profile names no e-mail address (2.7) for the Contact field.</source>
        <translation>Das Profil nennt keine E-Mail-Adresse (2.7) für das Feld Contact.</translation>
    </message>
    <message>
        <source>Line %1 of the security.txt is neither a comment nor a “Field: value” line.</source>
        <translation>Zeile %1 der security.txt ist weder ein Kommentar noch eine Zeile „Feld: Wert“.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>“%1” is not an RFC 3339 date and time such as 2026-12-31T23:59:00Z.</source>
        <translation>„%1“ ist keine Datums- und Zeitangabe nach RFC 3339 wie 2026-12-31T23:59:00Z.</translation>
    </message>
    <message>
        <source>The file expired on %1.</source>
        <translation>Die Datei ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Expires (%1) is more than a year ahead; RFC 9116 asks for less.</source>
        <translation>Expires (%1) liegt mehr als ein Jahr in der Zukunft; RFC 9116 verlangt weniger.</translation>
    </message>
    <message>
        <source>“%1” is not a URI.</source>
        <translation>„%1“ ist keine URI.</translation>
    </message>
    <message>
        <source>“%1” must use https, not http.</source>
        <translation>„%1“ muss https verwenden, nicht http.</translation>
    </message>
    <message>
        <source>The canonical URI “%1” must be an https URL.</source>
        <translation>Die kanonische URI „%1“ muss eine https-URL sein.</translation>
    </message>
    <message>
        <source>The Contact field is required.</source>
        <translation>Das Feld Contact ist erforderlich.</translation>
    </message>
    <message>
        <source>The Expires field is required.</source>
        <translation>Das Feld Expires ist erforderlich.</translation>
    </message>
    <message>
        <source>The Expires field must appear only once.</source>
        <translation>Das Feld Expires darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>The Preferred-Languages field must appear only once.</source>
        <translation>Das Feld Preferred-Languages darf nur einmal vorkommen.</translation>
    </message>
</context>
<context>
    <name>fb::SessionCommands</name>
    <message>
        <source>Ask for the passphrase once, check that it opens the workspace, and keep the key derived from it (never the passphrase) in the kernel keyring of this login session for DURATION. Until then, or until lock, later commands of the same user on the same workspace file open it without asking and without the slow key derivation. The key is never written to the disk; the user&apos;s other processes and root can read it while it is kept. A passphrase change forgets it; --no-session ignores it.</source>
        <translation>Einmal nach der Passphrase fragen, prüfen, dass sie den Arbeitsbereich öffnet, und den daraus abgeleiteten Schlüssel (nie die Passphrase) für DAUER im Kernel-Schlüsselbund dieser Anmeldesitzung aufbewahren. Bis dahin oder bis lock öffnen spätere Befehle desselben Benutzers dieselbe Arbeitsbereichsdatei ohne Nachfrage und ohne die langsame Schlüsselableitung. Der Schlüssel wird nie auf die Festplatte geschrieben; die anderen Prozesse des Benutzers und root können ihn lesen, solange er aufbewahrt wird. Eine Änderung der Passphrase vergisst ihn; --no-session ignoriert ihn.</translation>
    </message>
    <message>
        <source>Keep the key for DURATION: 30s, 15m, 2h... (default 15m, at most 12h).</source>
        <translation>Den Schlüssel für DAUER aufbewahren: 30s, 15m, 2h ... (Standard 15m, höchstens 12h).</translation>
    </message>
    <message>
        <source>Unlocked %1 until %2; lock forgets the key sooner.</source>
        <translation>%1 bis %2 entsperrt; lock vergisst den Schlüssel früher.</translation>
    </message>
    <message>
        <source>Forget the key that unlock kept for the workspace, so that the next command asks for the passphrase again; with --all, the keys of every workspace. Forgetting when nothing is kept is not an error.</source>
        <translation>Den Schlüssel vergessen, den unlock für den Arbeitsbereich aufbewahrt hat, sodass der nächste Befehl wieder nach der Passphrase fragt; mit --all die Schlüssel aller Arbeitsbereiche. Vergessen, wenn nichts aufbewahrt ist, ist kein Fehler.</translation>
    </message>
    <message>
        <source>Forget the kept keys of every workspace.</source>
        <translation>Die aufbewahrten Schlüssel aller Arbeitsbereiche vergessen.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n kept workspace key(s).</source>
        <translation>
            <numerusform>%n aufbewahrter Arbeitsbereichsschlüssel vergessen.</numerusform>
            <numerusform>%n aufbewahrte Arbeitsbereichsschlüssel vergessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked %1: its key is forgotten.</source>
        <translation>%1 gesperrt: Sein Schlüssel ist vergessen.</translation>
    </message>
    <message>
        <source>No key was kept for %1.</source>
        <translation>Für %1 wurde kein Schlüssel aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>fb::SettingKeys</name>
    <message>
        <source>Our team: the directory entry that names us in mail, profiles and advisories (id, UUID or name; none to clear)</source>
        <translation>Unser Team: der Verzeichniseintrag, der uns in Mails, Profilen und Sicherheitshinweisen nennt (ID, UUID oder Name; none zum Leeren)</translation>
    </message>
    <message>
        <source>The fingerprint of the team key that signs and decrypts (auto: the first key of our team)</source>
        <translation>Der Fingerabdruck des Teamschlüssels, der signiert und entschlüsselt (auto: der erste Schlüssel unseres Teams)</translation>
    </message>
    <message>
        <source>The tag in mail subjects, [TAG #123]</source>
        <translation>Die Marke im Betreff von Mails, [TAG #123]</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity critical</source>
        <translation>Minuten bis zur ersten Reaktion, Schweregrad kritisch</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity critical</source>
        <translation>Minuten bis zur Lösung, Schweregrad kritisch</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity high</source>
        <translation>Minuten bis zur ersten Reaktion, Schweregrad hoch</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity high</source>
        <translation>Minuten bis zur Lösung, Schweregrad hoch</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity medium</source>
        <translation>Minuten bis zur ersten Reaktion, Schweregrad mittel</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity medium</source>
        <translation>Minuten bis zur Lösung, Schweregrad mittel</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity low</source>
        <translation>Minuten bis zur ersten Reaktion, Schweregrad niedrig</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity low</source>
        <translation>Minuten bis zur Lösung, Schweregrad niedrig</translation>
    </message>
    <message>
        <source>Directory entries not verified for this many days are stale</source>
        <translation>Verzeichniseinträge, die so viele Tage nicht verifiziert wurden, sind veraltet</translation>
    </message>
    <message>
        <source>This computer: lock the GUI after this many idle minutes (0: never)</source>
        <translation>Dieser Computer: die GUI nach so vielen Minuten Inaktivität sperren (0: nie)</translation>
    </message>
    <message>
        <source>This computer: the language of the program (empty: the system&apos;s)</source>
        <translation>Dieser Computer: die Sprache des Programms (leer: die des Systems)</translation>
    </message>
    <message>
        <source>%1 takes a whole number; not “%2”.</source>
        <translation>%1 nimmt eine ganze Zahl; nicht „%2“.</translation>
    </message>
    <message>
        <source>There is no setting “%1”.</source>
        <translation>Es gibt keine Einstellung „%1“.</translation>
    </message>
    <message>
        <source>Replies written in the composer quote the message they answer (yes or no)</source>
        <translation>Im Mail-Editor geschriebene Antworten zitieren die Nachricht, die sie beantworten (yes oder no)</translation>
    </message>
    <message>
        <source>%1 takes yes or no; not “%2”.</source>
        <translation>%1 nimmt yes oder no; nicht „%2“.</translation>
    </message>
</context>
<context>
    <name>fb::SettingsCommands</name>
    <message>
        <source>(automatic: our team has no key)</source>
        <translation>(automatisch: unser Team hat keinen Schlüssel)</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (automatisch)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(System)</translation>
    </message>
    <message>
        <source>There is no setting “%1”; see %2 settings list.</source>
        <translation>Es gibt keine Einstellung „%1“; siehe %2 settings list.</translation>
    </message>
    <message>
        <source>Show every setting of the Settings page: the workspace&apos;s (our team, signing key, subject tag, SLA times, stale threshold) and this computer&apos;s (auto-lock, language).</source>
        <translation>Jede Einstellung der Einstellungsseite anzeigen: die des Arbeitsbereichs (unser Team, Signaturschlüssel, Betreffmarke, SLA-Zeiten, Veraltungsschwelle) und die dieses Computers (automatisches Sperren, Sprache).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>GELTUNGSBEREICH</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>A setting, as settings list names it.</source>
        <translation>Eine Einstellung, wie settings list sie nennt.</translation>
    </message>
    <message>
        <source>Show one setting&apos;s value: the value alone (empty when unset), or with --json an object with key, value, scope and description.</source>
        <translation>Den Wert einer Einstellung anzeigen: nur den Wert (leer, wenn nicht gesetzt), oder mit --json ein Objekt mit key, value, scope und description.</translation>
    </message>
    <message>
        <source>Its new value; more KEY VALUE pairs may follow.</source>
        <translation>Ihr neuer Wert; weitere Paare SCHLÜSSEL WERT können folgen.</translation>
    </message>
    <message>
        <source>Change settings as the GUI&apos;s Settings page does, checked by the same rules: all pairs are saved together or none is. Times are whole minutes; team takes an id, UUID or name (none clears it); signing-key a full fingerprint (auto: the first key of our team); language a code (system: the system&apos;s).</source>
        <translation>Einstellungen so ändern wie die Einstellungsseite der GUI, nach denselben Regeln geprüft: Alle Paare werden zusammen gespeichert oder keines. Zeiten sind ganze Minuten; team nimmt eine ID, UUID oder einen Namen (none leert es); signing-key einen vollständigen Fingerabdruck (auto: der erste Schlüssel unseres Teams); language einen Code (system: die des Systems).</translation>
    </message>
    <message>
        <source>settings set takes KEY VALUE pairs; “%1” has no value.</source>
        <translation>settings set nimmt Paare SCHLÜSSEL WERT; „%1“ hat keinen Wert.</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Dieser Arbeitsbereich</translation>
    </message>
    <message>
        <source>The directory entry that is us: it names the team in mail, profiles and advisories.</source>
        <translation>Der Verzeichniseintrag, der uns darstellt: Er benennt das Team in Mails, Profilen und Sicherheitshinweisen.</translation>
    </message>
    <message>
        <source>Our &amp;team:</source>
        <translation>Unser &amp;Team:</translation>
    </message>
    <message>
        <source>The fingerprint of the team key that signs and decrypts for the team. Empty: the first key linked to our directory entry.</source>
        <translation>Der Fingerabdruck des Teamschlüssels, der für das Team signiert und entschlüsselt. Leer: der erste mit unserem Verzeichniseintrag verknüpfte Schlüssel.</translation>
    </message>
    <message>
        <source>Automatic: the first key linked to our team</source>
        <translation>Automatisch: der erste mit unserem Team verknüpfte Schlüssel</translation>
    </message>
    <message>
        <source>Team signing &amp;key:</source>
        <translation>Si&amp;gnaturschlüssel des Teams:</translation>
    </message>
    <message>
        <source>e.g. CERT-XX</source>
        <translation>z. B. CERT-XX</translation>
    </message>
    <message>
        <source>Mail subjects carry it with the ticket number, e.g. [CERT-XX #123].</source>
        <translation>Mail-Betreffs tragen sie mit der Ticketnummer, z. B. [CERT-XX #123].</translation>
    </message>
    <message>
        <source>Mail subject ta&amp;g:</source>
        <translation>Betreff&amp;marke für Mail:</translation>
    </message>
    <message>
        <source>SLA policy:</source>
        <translation>SLA-Richtlinie:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Directory entries not verified for this long are marked stale.</source>
        <translation>Verzeichniseinträge, die so lange nicht geprüft wurden, werden als veraltet markiert.</translation>
    </message>
    <message>
        <source>Directory entries are stal&amp;e after:</source>
        <translation>Verzeichniseinträge sind &amp;veraltet nach:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Lock the workspace after this many idle minutes (0: never).</source>
        <translation>Den Arbeitsbereich nach so vielen Minuten Inaktivität sperren (0: nie).</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after:</source>
        <translation>&amp;Automatisch sperren nach:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>A new language takes effect when Firebreak is started again.</source>
        <translation>Eine neue Sprache wird wirksam, wenn Firebreak neu gestartet wird.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Quote the answered message in replies</source>
        <translation>&amp;Beantwortete Nachricht in Antworten zitieren</translation>
    </message>
    <message>
        <source>A reply written in the composer starts with the text of the message it answers below the template, each line behind “&gt; ”.</source>
        <translation>Eine im Mail-Editor geschriebene Antwort beginnt unter der Vorlage mit dem Text der beantworteten Nachricht, jede Zeile hinter „&gt; “.</translation>
    </message>
    <message>
        <source>Run &amp;first-run guide…</source>
        <translation>&amp;Einrichtungsassistenten starten…</translation>
    </message>
    <message>
        <source>Our team, our key and the SLA policy, step by step.</source>
        <translation>Unser Team, unser Schlüssel und die SLA-Richtlinie, Schritt für Schritt.</translation>
    </message>
</context>
<context>
    <name>fb::SharedStatistics</name>
    <message>
        <source>The statistics export was cancelled.</source>
        <translation>Der Statistikexport wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation>Der erste Tag des Zeitraums muss am oder vor seinem letzten Tag liegen.</translation>
    </message>
    <message>
        <source>The threshold k must be at least %1: with k = %2 a cell of a single incident would be published.</source>
        <translation>Der Schwellenwert k muss mindestens %1 sein: Mit k = %2 würde eine Zelle mit einem einzigen Sicherheitsvorfall veröffentlicht.</translation>
    </message>
    <message>
        <source>Reading the directory…</source>
        <translation>Das Verzeichnis wird gelesen…</translation>
    </message>
    <message>
        <source>Counting incidents…</source>
        <translation>Sicherheitsvorfälle werden gezählt…</translation>
    </message>
    <message>
        <source>Suppressing small counts…</source>
        <translation>Kleine Anzahlen werden unterdrückt…</translation>
    </message>
    <message>
        <source>Counted.</source>
        <translation>Gezählt.</translation>
    </message>
    <message>
        <source>The statistics are written as csv or json.</source>
        <translation>Die Statistiken werden als csv oder json geschrieben.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Every cell with a count above 0 and below k = %1 is suppressed: its count is left out and the cell is marked suppressed. Cells not listed are zero. No totals or subtotals are published, so a suppressed cell cannot be recomputed from them.</source>
        <translation>Jede Zelle mit einer Anzahl über 0 und unter k = %1 wird unterdrückt: Ihre Anzahl wird weggelassen und die Zelle als unterdrückt markiert. Nicht aufgeführte Zellen sind null. Es werden keine Summen oder Zwischensummen veröffentlicht, sodass eine unterdrückte Zelle nicht daraus zurückgerechnet werden kann.</translation>
    </message>
    <message>
        <source>Incidents (not reports, investigations or countermeasures; merged incidents left out) by the UTC month they were created in, their RSIT class and type, and the sector or country of their constituency as the directory records it.</source>
        <translation>Sicherheitsvorfälle (keine Meldungen, Untersuchungen oder Gegenmaßnahmen; zusammengeführte Sicherheitsvorfälle ausgenommen) nach dem UTC-Monat, in dem sie angelegt wurden, ihrer RSIT-Klasse und ihrem RSIT-Typ sowie dem Sektor oder Land ihres Zuständigkeitsbereichs, wie das Verzeichnis ihn verzeichnet.</translation>
    </message>
</context>
<context>
    <name>fb::Shortcuts</name>
    <message>
        <source>Everywhere in the window</source>
        <translation>Überall im Fenster</translation>
    </message>
    <message>
        <source>Pages of the navigation</source>
        <translation>Seiten der Navigation</translation>
    </message>
    <message>
        <source>The shown ticket</source>
        <translation>Das angezeigte Ticket</translation>
    </message>
    <message>
        <source>Triage (single keys, while the triage page has the focus)</source>
        <translation>Sichtung (einzelne Tasten, solange die Sichtungsseite den Fokus hat)</translation>
    </message>
    <message>
        <source>New ticket (kind, title, TLP, class, incident)</source>
        <translation>Neues Ticket (Art, Titel, TLP, Klasse, Sicherheitsvorfall)</translation>
    </message>
    <message>
        <source>Import mail files</source>
        <translation>Mail-Dateien importieren</translation>
    </message>
    <message>
        <source>Search box (free words; ip:, domain:, cve:, owner:me, tlp:, state: …)</source>
        <translation>Suchfeld (freie Wörter; ip:, domain:, cve:, owner:me, tlp:, state: …)</translation>
    </message>
    <message>
        <source>Go to a ticket: its number in the search box, then Enter</source>
        <translation>Zu einem Ticket wechseln: seine Nummer ins Suchfeld, dann Eingabetaste</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Triage new reports</source>
        <translation>Neue Meldungen sichten</translation>
    </message>
    <message>
        <source>Lock the workspace</source>
        <translation>Den Arbeitsbereich sperren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (this list)</source>
        <translation>Tastenkürzel (diese Liste)</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Take the shown ticket (you become its owner)</source>
        <translation>Das angezeigte Ticket übernehmen (Sie werden sein Bearbeiter)</translation>
    </message>
    <message>
        <source>Write mail from the shown ticket (reply or notification)</source>
        <translation>Mail aus dem angezeigten Ticket schreiben (Antwort oder Benachrichtigung)</translation>
    </message>
    <message>
        <source>Add the comment being written to the ticket&apos;s worklog (in the comment box)</source>
        <translation>Den gerade geschriebenen Kommentar zum Arbeitsprotokoll des Tickets hinzufügen (im Kommentarfeld)</translation>
    </message>
    <message>
        <source>Mark the shown ticket %1 (%2)</source>
        <translation>Das angezeigte Ticket als %1 markieren (%2)</translation>
    </message>
    <message>
        <source>New incident from this report (asks its title; copies class, TLP, severity, observables; links the report)</source>
        <translation>Neuer Sicherheitsvorfall aus dieser Meldung (fragt nach seinem Titel; übernimmt Klasse, TLP, Schweregrad, Observables; verknüpft die Meldung)</translation>
    </message>
    <message>
        <source>Link to an existing incident (type to search, Enter links, Esc goes back)</source>
        <translation>Mit einem bestehenden Sicherheitsvorfall verknüpfen (tippen zum Suchen, Eingabetaste verknüpft, Esc geht zurück)</translation>
    </message>
    <message>
        <source>Reject the report (asks why)</source>
        <translation>Die Meldung ablehnen (fragt nach dem Grund)</translation>
    </message>
    <message>
        <source>Next report</source>
        <translation>Nächste Meldung</translation>
    </message>
    <message>
        <source>Previous report</source>
        <translation>Vorherige Meldung</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Schweregrad: %1</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Klasse: %1</translation>
    </message>
    <message>
        <source>Undo the last decision</source>
        <translation>Die letzte Entscheidung rückgängig machen</translation>
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
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter: a key or a word</source>
        <translation>Filter: eine Taste oder ein Wort</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie bewirken</translation>
    </message>
</context>
<context>
    <name>fb::SignatureText</name>
    <message>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <extracomment>the key that made a signature is not in the keyring</extracomment>
        <translation>Unbekannter Signierer</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Valid, key not trusted</source>
        <translation>Gültig, Schlüssel nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Key expired</source>
        <translation>Schlüssel abgelaufen</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Ungültige Signatur</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>ein unbekannter Signierer</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>ein unbekanntes Datum</translation>
    </message>
    <message>
        <source>The data is not signed.</source>
        <translation>Die Daten sind nicht signiert.</translation>
    </message>
    <message>
        <source>Signed on %1 with the key %2, which is not in the keyring, so the signature cannot be checked.</source>
        <translation>Am %1 mit dem Schlüssel %2 signiert, der nicht im Schlüsselbund ist; daher kann die Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Valid signature by %1 (key %2) made on %3.</source>
        <translation>Gültige Signatur von %1 (Schlüssel %2), erstellt am %3.</translation>
    </message>
    <message>
        <source>Valid signature by %1 (key %2) made on %3, but the key is not among the trusted keys, so it may not belong to %1.</source>
        <translation>Gültige Signatur von %1 (Schlüssel %2), erstellt am %3, aber der Schlüssel gehört nicht zu den vertrauenswürdigen Schlüsseln und damit möglicherweise nicht zu %1.</translation>
    </message>
    <message>
        <source>Signature by %1 (key %2) made on %3 with a key that has expired.</source>
        <translation>Signatur von %1 (Schlüssel %2), erstellt am %3 mit einem abgelaufenen Schlüssel.</translation>
    </message>
    <message>
        <source>Signature by %1 (key %2) made on %3 with a key that its owner has revoked.</source>
        <translation>Signatur von %1 (Schlüssel %2), erstellt am %3 mit einem Schlüssel, den sein Inhaber widerrufen hat.</translation>
    </message>
    <message>
        <source>Bad signature by %1 (key %2): the data was changed after it was signed, or the signature is forged.</source>
        <translation>Ungültige Signatur von %1 (Schlüssel %2): Die Daten wurden nach dem Signieren verändert, oder die Signatur ist gefälscht.</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>Die Signatur konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1.</source>
        <translation>Die Signatur konnte nicht geprüft werden: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The data carries %n signatures; this is the worst of them.</source>
        <translation>
            <numerusform>Die Daten tragen %n Signatur; dies ist die schlechteste davon.</numerusform>
            <numerusform>Die Daten tragen %n Signaturen; dies ist die schlechteste davon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the sender to sign it, or confirm the content through another channel.</source>
        <translation>Bitten Sie den Absender, sie zu signieren, oder bestätigen Sie den Inhalt über einen anderen Kanal.</translation>
    </message>
    <message>
        <source>Import the signer&apos;s public key into the workspace keyring (Import key…), compare its fingerprint with the sender through another channel, then verify again.</source>
        <translation>Importieren Sie den öffentlichen Schlüssel des Signierers in den Schlüsselbund des Arbeitsbereichs (Schlüssel importieren…), vergleichen Sie seinen Fingerabdruck über einen anderen Kanal mit dem Absender und verifizieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Compare the key&apos;s fingerprint with the sender through another channel, then add the key to the workspace keyring.</source>
        <translation>Vergleichen Sie den Fingerabdruck des Schlüssels über einen anderen Kanal mit dem Absender und fügen Sie den Schlüssel dann zum Schlüsselbund des Arbeitsbereichs hinzu.</translation>
    </message>
    <message>
        <source>Ask the sender for their current key and, if it matters, a new signature.</source>
        <translation>Bitten Sie den Absender um seinen aktuellen Schlüssel und, falls es darauf ankommt, um eine neue Signatur.</translation>
    </message>
    <message>
        <source>Do not rely on this content. Ask the sender, through another channel, for their new key and a new signature.</source>
        <translation>Verlassen Sie sich nicht auf diesen Inhalt. Bitten Sie den Absender über einen anderen Kanal um seinen neuen Schlüssel und eine neue Signatur.</translation>
    </message>
    <message>
        <source>Do not rely on this content. Get the original again from the sender and verify it again.</source>
        <translation>Verlassen Sie sich nicht auf diesen Inhalt. Besorgen Sie sich das Original erneut vom Absender und verifizieren Sie es erneut.</translation>
    </message>
    <message>
        <source>Check that GnuPG is installed and working, then try again.</source>
        <translation>Prüfen Sie, ob GnuPG installiert ist und funktioniert, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Signature expired</source>
        <extracomment>a good signature whose validity period, set by the signer, is over</extracomment>
        <translation>Signatur abgelaufen</translation>
    </message>
    <message>
        <source>Valid signature by %1 (key %2) made on %3, but the signature itself has expired: its signer limited how long it is valid.</source>
        <translation>Gültige Signatur von %1 (Schlüssel %2), erstellt am %3, aber die Signatur selbst ist abgelaufen: Ihr Unterzeichner hat ihre Gültigkeitsdauer begrenzt.</translation>
    </message>
    <message>
        <source>Ask the sender for a fresh signature if the content still matters.</source>
        <translation>Bitten Sie den Absender um eine neue Signatur, wenn der Inhalt noch von Bedeutung ist.</translation>
    </message>
</context>
<context>
    <name>fb::SingleInstance</name>
    <message>
        <source>Another Firebreak is running.</source>
        <translation>Eine andere Firebreak-Instanz läuft bereits.</translation>
    </message>
</context>
<context>
    <name>fb::SlaCommands</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
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
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>RESPONSE</source>
        <translation>REAKTION</translation>
    </message>
    <message>
        <source>RESOLVE</source>
        <translation>LÖSUNG</translation>
    </message>
    <message>
        <source>Show the time to first response and to resolution for each severity. Times are calendar time, round the clock.</source>
        <translation>Die Zeit bis zur ersten Reaktion und bis zur Lösung je Schweregrad anzeigen. Die Zeiten sind Kalenderzeit, rund um die Uhr.</translation>
    </message>
    <message>
        <source>1-4 or critical, high, medium, low.</source>
        <translation>1-4 oder critical, high, medium, low.</translation>
    </message>
    <message>
        <source>Time to first response, in minutes.</source>
        <translation>Zeit bis zur ersten Reaktion, in Minuten.</translation>
    </message>
    <message>
        <source>Time to resolution, in minutes.</source>
        <translation>Zeit bis zur Lösung, in Minuten.</translation>
    </message>
    <message>
        <source>Change the times of one severity. Due dates of new tickets, and of tickets whose severity changes, follow the new times.</source>
        <translation>Die Zeiten eines Schweregrads ändern. Fristen neuer Tickets und von Tickets, deren Schweregrad sich ändert, folgen den neuen Zeiten.</translation>
    </message>
    <message>
        <source>Severity must be 1 to 4 or critical, high, medium, low; not &apos;%1&apos;.</source>
        <translation>Der Schweregrad muss 1 bis 4 oder critical, high, medium, low sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>SLA times are whole numbers of minutes above zero.</source>
        <translation>SLA-Zeiten sind ganze Minutenzahlen größer als null.</translation>
    </message>
    <message>
        <source>The time to resolution cannot be shorter than the time to response.</source>
        <translation>Die Zeit bis zur Lösung darf nicht kürzer sein als die Zeit bis zur Reaktion.</translation>
    </message>
</context>
<context>
    <name>fb::SlaPolicy</name>
    <message>
        <source>No due date</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Im Zeitplan</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Überschritten</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Eingehalten</translation>
    </message>
</context>
<context>
    <name>fb::SlaPolicyEditor</name>
    <message>
        <source>First response (hours)</source>
        <translation>Erste Antwort (Stunden)</translation>
    </message>
    <message>
        <source>Resolution (hours)</source>
        <translation>Lösung (Stunden)</translation>
    </message>
    <message>
        <source>First response for %1, hours</source>
        <translation>Erste Antwort für %1, Stunden</translation>
    </message>
    <message>
        <source>Resolution for %1, hours</source>
        <translation>Lösung für %1, Stunden</translation>
    </message>
    <message>
        <source>Applies to tickets created or re-rated from now on; existing due dates stay.</source>
        <translation>Gilt für ab jetzt angelegte oder neu bewertete Tickets; bestehende Fristen bleiben.</translation>
    </message>
</context>
<context>
    <name>fb::SlaPolicyStore</name>
    <message>
        <source>SLA times must be positive (severity %1).</source>
        <translation>SLA-Zeiten müssen positiv sein (Schweregrad %1).</translation>
    </message>
</context>
<context>
    <name>fb::SqliteTicketRepository</name>
    <message>
        <source>There is no ticket %1.</source>
        <translation>Es gibt kein Ticket %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is not linked to incident %2.</source>
        <translation>Ticket %1 ist nicht mit Sicherheitsvorfall %2 verknüpft.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address or network.</source>
        <translation>„%1“ ist keine IP-Adresse und kein Netz.</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>Es gibt keine Aufgabe %1.</translation>
    </message>
    <message>
        <source>There is no playbook &apos;%1&apos;.</source>
        <translation>Es gibt kein Playbook „%1“.</translation>
    </message>
    <message>
        <source>There is no evidence %1.</source>
        <translation>Es gibt kein Beweismittel %1.</translation>
    </message>
    <message>
        <source>There is no timeline event %1.</source>
        <translation>Es gibt kein Ereignis %1 in der Zeitleiste.</translation>
    </message>
</context>
<context>
    <name>fb::StartDialog</name>
    <message>
        <source>Firebreak: open a workspace</source>
        <translation>Firebreak: Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>Schlüssel wird abgeleitet…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt verwendete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Workspace file:</source>
        <translation>Arbeitsbereichsdatei:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Open demo workspace</source>
        <translation>Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Firebreak workspaces (*.firebreak)</source>
        <translation>Firebreak-Arbeitsbereiche (*.firebreak)</translation>
    </message>
    <message>
        <source>A workspace is one encrypted file. Its passphrase cannot be recovered: keep it somewhere safe.</source>
        <translation>Ein Arbeitsbereich ist eine verschlüsselte Datei. Seine Passphrase kann nicht wiederhergestellt werden: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>New file:</source>
        <translation>Neue Datei:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Choose a workspace file first.</source>
        <translation>Wählen Sie zuerst eine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>There is no workspace file at %1.</source>
        <translation>Unter %1 gibt es keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Enter the workspace&apos;s passphrase.</source>
        <translation>Geben Sie die Passphrase des Arbeitsbereichs ein.</translation>
    </message>
    <message>
        <source>The demo workspace is not available in this build yet: its demo data generator has not landed.</source>
        <translation>Der Demo-Arbeitsbereich ist in diesem Build noch nicht verfügbar: Sein Demodaten-Generator ist noch nicht eingebaut.</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird angelegt…</translation>
    </message>
    <message>
        <source>Choose where the new workspace file goes.</source>
        <translation>Wählen Sie, wo die neue Arbeitsbereichsdatei abgelegt wird.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>Arbeitsbereich wird angelegt…</translation>
    </message>
    <message>
        <source>Wrong passphrase for this workspace. Try again.</source>
        <translation>Falsche Passphrase für diesen Arbeitsbereich. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>fb::StatisticsExportDialog</name>
    <message>
        <source>Shareable statistics</source>
        <translation>Teilbare Statistiken</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Counts from 1 to k-1 are suppressed.</source>
        <translation>Anzahlen von 1 bis k-1 werden unterdrückt.</translation>
    </message>
    <message>
        <source>Threshold &amp;k:</source>
        <translation>Schwellenwert &amp;k:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Nach:</translation>
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
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>C&amp;ancel export</source>
        <translation>Export abbre&amp;chen</translation>
    </message>
    <message>
        <source>Writing the statistics…</source>
        <translation>Die Statistiken werden geschrieben…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>RSIT class</source>
        <translation>RSIT-Klasse</translation>
    </message>
    <message>
        <source>RSIT type</source>
        <translation>RSIT-Typ</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Sicherheitsvorfälle</translation>
    </message>
    <message>
        <source>suppressed (&lt; %1)</source>
        <translation>unterdrückt (&lt; %1)</translation>
    </message>
    <message>
        <source>Between 1 and %1 incidents: left out of the file.</source>
        <translation>Zwischen 1 und %1 Sicherheitsvorfälle: in der Datei weggelassen.</translation>
    </message>
    <message>
        <source>No incidents in this period: the file will list no cells.</source>
        <translation>Keine Sicherheitsvorfälle in diesem Zeitraum: Die Datei wird keine Zellen auflisten.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s), of which %1 suppressed. No totals are written.</source>
        <translation>
            <numerusform>%n Zelle, davon %1 unterdrückt. Es werden keine Summen geschrieben.</numerusform>
            <numerusform>%n Zellen, davon %1 unterdrückt. Es werden keine Summen geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Die Statistiken speichern</translation>
    </message>
    <message>
        <source>The statistics export was cancelled.</source>
        <translation>Der Statistikexport wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Statistics written to %1.</source>
        <translation>Statistiken nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>fb::StatsCommands</name>
    <message>
        <source>Write the number of incidents per RSIT class, RSIT type, month and constituency sector or country for a period, for publication or for a national team. No observables, titles, ticket numbers or constituency names are written. Every count from 1 to k-1 is suppressed (left out and marked), and no totals are written, so a suppressed count cannot be recomputed. The file states the threshold, the rule, the period, the generator and when it was made. Sector and country come from the directory team whose host organisation, official name or short name is the ticket&apos;s constituency.</source>
        <translation>Die Anzahl der Sicherheitsvorfälle pro RSIT-Klasse, RSIT-Typ, Monat und Sektor oder Land des Zuständigkeitsbereichs für einen Zeitraum schreiben, zur Veröffentlichung oder für ein nationales Team. Es werden keine Observables, Titel, Ticketnummern oder Namen von Zuständigkeitsbereichen geschrieben. Jede Anzahl von 1 bis k-1 wird unterdrückt (weggelassen und markiert), und es werden keine Summen geschrieben, sodass eine unterdrückte Anzahl nicht zurückgerechnet werden kann. Die Datei nennt den Schwellenwert, die Regel, den Zeitraum, den Erzeuger und wann sie erstellt wurde. Sektor und Land stammen von dem Team im Verzeichnis, dessen Trägerorganisation, offizieller Name oder Kurzname der Zuständigkeitsbereich des Tickets ist.</translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD, UTC).</source>
        <translation>Der erste Tag des Zeitraums (JJJJ-MM-TT, UTC).</translation>
    </message>
    <message>
        <source>The last day of the period (YYYY-MM-DD, UTC), included.</source>
        <translation>Der letzte Tag des Zeitraums (JJJJ-MM-TT, UTC), eingeschlossen.</translation>
    </message>
    <message>
        <source>The threshold: counts below it are suppressed (default 5, at least 2).</source>
        <translation>Der Schwellenwert: Anzahlen darunter werden unterdrückt (Standard 5, mindestens 2).</translation>
    </message>
    <message>
        <source>sector (default) or country.</source>
        <translation>sector (Standard) oder country.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv oder json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Eine vorhandene Ausgabedatei ersetzen.</translation>
    </message>
    <message>
        <source>Give --k as a whole number (at least 2).</source>
        <translation>Geben Sie --k als ganze Zahl an (mindestens 2).</translation>
    </message>
    <message>
        <source>Give --by sector or country.</source>
        <translation>Geben Sie --by sector oder country an.</translation>
    </message>
    <message>
        <source>Give --format csv or json.</source>
        <translation>Geben Sie --format csv oder json an.</translation>
    </message>
    <message numerus="yes">
        <source>Statistics written to %1: %n cell(s), of which %2 suppressed.</source>
        <translation>
            <numerusform>Statistiken nach %1 geschrieben: %n Zelle, davon %2 unterdrückt.</numerusform>
            <numerusform>Statistiken nach %1 geschrieben: %n Zellen, davon %2 unterdrückt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --%1 YYYY-MM-DD.</source>
        <translation>Geben Sie --%1 JJJJ-MM-TT an.</translation>
    </message>
    <message>
        <source>--%1 is not a date of the form YYYY-MM-DD.</source>
        <translation>--%1 ist kein Datum der Form JJJJ-MM-TT.</translation>
    </message>
</context>
<context>
    <name>fb::TagStore</name>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Ein Schlagwort darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Ticket %1 has no tag &apos;%2&apos;.</source>
        <translation>Ticket %1 hat kein Schlagwort „%2“.</translation>
    </message>
</context>
<context>
    <name>fb::TaskCommands</name>
    <message>
        <source>&apos;%1&apos; is not a due date: give an ISO 8601 time (2026-05-01T17:00:00Z), an offset from now (30m, 4h, 2d) or none.</source>
        <translation>„%1“ ist keine Frist: Geben Sie eine Zeit nach ISO 8601 (2026-05-01T17:00:00Z), einen Abstand ab jetzt (30m, 4h, 2d) oder none an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task number.</source>
        <translation>„%1“ ist keine Aufgabennummer.</translation>
    </message>
    <message>
        <source>The task number (see task list).</source>
        <translation>Die Aufgabennummer (siehe task list).</translation>
    </message>
    <message>
        <source>Add a task to a ticket by hand, with an owner and a due date if given.</source>
        <translation>Einem Ticket von Hand eine Aufgabe hinzufügen, mit Bearbeiter und Frist, falls angegeben.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>Die Ticketnummer.</translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation>Was zu tun ist.</translation>
    </message>
    <message>
        <source>More about the task.</source>
        <translation>Mehr zur Aufgabe.</translation>
    </message>
    <message>
        <source>Who does it.</source>
        <translation>Wer sie erledigt.</translation>
    </message>
    <message>
        <source>When it is due: an ISO 8601 time or an offset from now (4h, 2d).</source>
        <translation>Wann sie fällig ist: eine Zeit nach ISO 8601 oder ein Abstand ab jetzt (4h, 2d).</translation>
    </message>
    <message>
        <source>Ticket #%1: task %2 added.</source>
        <translation>Ticket #%1: Aufgabe %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>List the tasks of a ticket with its progress, or tasks across tickets: --mine for your open tasks, --owner, --open, --overdue.</source>
        <translation>Die Aufgaben eines Tickets mit seinem Fortschritt auflisten oder Aufgaben über Tickets hinweg: --mine für Ihre offenen Aufgaben, --owner, --open, --overdue.</translation>
    </message>
    <message>
        <source>The ticket number; all tickets when not given.</source>
        <translation>Die Ticketnummer; alle Tickets, wenn nicht angegeben.</translation>
    </message>
    <message>
        <source>Only your own open tasks (FIREBREAK_ACTOR or the user name).</source>
        <translation>Nur Ihre eigenen offenen Aufgaben (FIREBREAK_ACTOR oder der Benutzername).</translation>
    </message>
    <message>
        <source>Only tasks of this owner.</source>
        <translation>Nur Aufgaben dieses Bearbeiters.</translation>
    </message>
    <message>
        <source>Only open tasks.</source>
        <translation>Nur offene Aufgaben.</translation>
    </message>
    <message>
        <source>Only open tasks whose due date has passed.</source>
        <translation>Nur offene Aufgaben, deren Frist abgelaufen ist.</translation>
    </message>
    <message>
        <source>At most N tasks (default 1000).</source>
        <translation>Höchstens N Aufgaben (Standard 1000).</translation>
    </message>
    <message>
        <source>Give --mine or --owner, not both.</source>
        <translation>Geben Sie --mine oder --owner an, nicht beides.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of tasks.</source>
        <translation>„%1“ ist keine Aufgabenanzahl.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>Ticket #%1: %2</translation>
    </message>
    <message>
        <source>Task %1: %2.</source>
        <translation>Aufgabe %1: %2.</translation>
    </message>
    <message>
        <source>Set who does a task; without OWNER the task has no owner.</source>
        <translation>Festlegen, wer eine Aufgabe erledigt; ohne OWNER hat die Aufgabe keinen Bearbeiter.</translation>
    </message>
    <message>
        <source>Task %1 has no owner.</source>
        <translation>Aufgabe %1 hat keinen Bearbeiter.</translation>
    </message>
    <message>
        <source>Task %1 assigned to %2.</source>
        <translation>Aufgabe %1 an %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Set a task&apos;s due date: an ISO 8601 time, an offset from now (30m, 4h, 2d) or none.</source>
        <translation>Die Frist einer Aufgabe festlegen: eine Zeit nach ISO 8601, ein Abstand ab jetzt (30m, 4h, 2d) oder none.</translation>
    </message>
    <message>
        <source>2026-05-01T17:00:00Z, 4h, 2d or none.</source>
        <translation>2026-05-01T17:00:00Z, 4h, 2d oder none.</translation>
    </message>
    <message>
        <source>Task %1 due %2.</source>
        <translation>Aufgabe %1 fällig am %2.</translation>
    </message>
    <message>
        <source>Task %1 has no due date.</source>
        <translation>Aufgabe %1 hat keine Frist.</translation>
    </message>
    <message>
        <source>Add a note to a task&apos;s log: kept as written, recorded in the ticket&apos;s history and found by ticket search.</source>
        <translation>Dem Protokoll einer Aufgabe eine Notiz hinzufügen: Sie wird so aufbewahrt, wie sie geschrieben wurde, im Verlauf des Tickets vermerkt und von ticket search gefunden.</translation>
    </message>
    <message>
        <source>The note; or give --file.</source>
        <translation>Die Notiz; oder geben Sie --file an.</translation>
    </message>
    <message>
        <source>Read the note from FILE (- for stdin).</source>
        <translation>Die Notiz aus FILE lesen (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Give the note as TEXT or with --file, one of the two.</source>
        <translation>Geben Sie die Notiz als TEXT oder mit --file an, eines von beiden.</translation>
    </message>
    <message>
        <source>Task %1: note added.</source>
        <translation>Aufgabe %1: Notiz hinzugefügt.</translation>
    </message>
    <message>
        <source>Mark a task done.</source>
        <translation>Eine Aufgabe als erledigt markieren.</translation>
    </message>
    <message>
        <source>Mark a task not applicable: it does not fit this ticket (tasks are never deleted).</source>
        <translation>Eine Aufgabe als nicht zutreffend markieren: Sie passt nicht zu diesem Ticket (Aufgaben werden nie gelöscht).</translation>
    </message>
    <message>
        <source>Open a done or not applicable task again.</source>
        <translation>Eine erledigte oder nicht zutreffende Aufgabe wieder öffnen.</translation>
    </message>
</context>
<context>
    <name>fb::TaskStore</name>
    <message>
        <source>A task needs a title of at most %1 characters.</source>
        <translation>Eine Aufgabe braucht einen Titel mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Task %1 is already %2.</source>
        <translation>Aufgabe %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Eine Notiz darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A note can be at most %L1 characters long; this one has %L2.</source>
        <translation>Eine Notiz darf höchstens %L1 Zeichen lang sein; diese hat %L2.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>fb::TaskView</name>
    <message>
        <source>TASK</source>
        <translation>AUFGABE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>BEARBEITER</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <extracomment>A task&apos;s due date that has passed.</extracomment>
        <translation>%1 überfällig</translation>
    </message>
    <message numerus="yes">
        <source>(%n note(s))</source>
        <translation>
            <numerusform>(%n Notiz)</numerusform>
            <numerusform>(%n Notizen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>, %n not applicable</source>
        <translation>
            <numerusform>, %n nicht zutreffend</numerusform>
            <numerusform>, %n nicht zutreffend</numerusform>
        </translation>
    </message>
    <message>
        <source>by hand only</source>
        <translation>nur von Hand</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>fb::TasksPanel</name>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>The selected task&apos;s description and notes.</source>
        <translation>Beschreibung und Notizen der ausgewählten Aufgabe.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>The task does not fit this ticket. Tasks are never deleted.</source>
        <translation>Die Aufgabe passt nicht zu diesem Ticket. Aufgaben werden nie gelöscht.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Owner of the selected task</source>
        <translation>Bearbeiter der ausgewählten Aufgabe</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>A note on the selected task</source>
        <translation>Eine Notiz zur ausgewählten Aufgabe</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Aufgabe hinzufügen</translation>
    </message>
    <message>
        <source>Add the tasks of a playbook that this ticket does not have yet.</source>
        <translation>Die Aufgaben eines Playbooks hinzufügen, die dieses Ticket noch nicht hat.</translation>
    </message>
    <message>
        <source>Apply playbook</source>
        <translation>Playbook anwenden</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Tasks (%1/%2)</source>
        <extracomment>The tab of a ticket&apos;s tasks: done (and not applicable) of all.</extracomment>
        <translation>Aufgaben (%1/%2)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>A task&apos;s due date that has passed (said in words, not only by colour).</extracomment>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>No tasks yet.</source>
        <translation>Noch keine Aufgaben.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>, %n not applicable</source>
        <translation>
            <numerusform>, %n nicht zutreffend</numerusform>
            <numerusform>, %n nicht zutreffend</numerusform>
        </translation>
    </message>
    <message>
        <source>From playbook %1.</source>
        <translation>Aus Playbook %1.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>This ticket has every task of that playbook already.</source>
        <translation>Dieses Ticket hat bereits alle Aufgaben dieses Playbooks.</translation>
    </message>
</context>
<context>
    <name>fb::TaxonomyCommands</name>
    <message>
        <source>LABEL</source>
        <translation>KENNZEICHNUNG</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>BEDEUTUNG</translation>
    </message>
    <message>
        <source>rsit, tlp or pap; all three when left out.</source>
        <translation>rsit, tlp oder pap; alle drei, wenn weggelassen.</translation>
    </message>
    <message>
        <source>List the Reference Security Incident Taxonomy (class/type keys as --rsit takes them), the TLP 2.0 labels and the PAP labels.</source>
        <translation>Die Reference Security Incident Taxonomy (Klassen-/Typschlüssel, wie --rsit sie erwartet), die TLP-2.0-Kennzeichnungen und die PAP-Kennzeichnungen auflisten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a taxonomy; use rsit, tlp or pap.</source>
        <translation>„%1“ ist keine Taxonomie; verwenden Sie rsit, tlp oder pap.</translation>
    </message>
    <message>
        <source>RSIT</source>
        <translation>RSIT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>fb::TeamDetailView</name>
    <message>
        <source>OpenPGP keys</source>
        <translation>OpenPGP-Schlüssel</translation>
    </message>
    <message>
        <source>Import key…</source>
        <translation>Schlüssel importieren…</translation>
    </message>
    <message>
        <source>Import an ASCII-armoured key file and link its keys to this team.</source>
        <translation>Eine ASCII-Armor-Schlüsseldatei importieren und ihre Schlüssel mit diesem Team verknüpfen.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>User-IDs</translation>
    </message>
    <message>
        <source>No OpenPGP key is linked to this team.</source>
        <translation>Mit diesem Team ist kein OpenPGP-Schlüssel verknüpft.</translation>
    </message>
    <message>
        <source>Select a team to see its details.</source>
        <translation>Wählen Sie ein Team aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Trägerorganisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Trusted Introducer</source>
        <translation>Trusted Introducer</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>Share with them</source>
        <translation>Mit ihnen teilen</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>not agreed: ask before sharing anything above TLP:CLEAR</source>
        <translation>nicht vereinbart: vor dem Teilen von allem über TLP:CLEAR nachfragen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>RFC 2350</source>
        <translation>RFC 2350</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The contact details were not verified recently; check them with the team.</source>
        <translation>Die Kontaktdaten wurden länger nicht geprüft; prüfen Sie sie mit dem Team.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Zuständigkeitsbereich</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1, %2: added</source>
        <extracomment>The edit log in the team detail: &quot;2026-03-02 09:00, alice: added&quot;</extracomment>
        <translation>%1, %2: hinzugefügt</translation>
    </message>
    <message>
        <source>%1, %2: %3 set to “%4”</source>
        <extracomment>&quot;2026-03-02 09:00, alice: notes set to “Call first.”&quot;</extracomment>
        <translation>%1, %2: %3 auf „%4“ gesetzt</translation>
    </message>
    <message>
        <source>%1, %2: %3 cleared (was “%4”)</source>
        <translation>%1, %2: %3 geleert (war „%4“)</translation>
    </message>
    <message>
        <source>%1, %2: %3 “%4” → “%5”</source>
        <extracomment>&quot;2026-03-02 09:00, alice: website “https://a.example” → “https://b.example”&quot;</extracomment>
        <translation>%1, %2: %3 „%4“ → „%5“</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s)</source>
        <translation>
            <numerusform>%n frühere Änderung</numerusform>
            <numerusform>%n frühere Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest changes</source>
        <translation>Neueste Änderungen</translation>
    </message>
</context>
<context>
    <name>fb::TeamEditDialog</name>
    <message>
        <source>Edit team %1</source>
        <translation>Team %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add a team</source>
        <translation>Ein Team hinzufügen</translation>
    </message>
    <message>
        <source>Example University CSIRT</source>
        <translation>CSIRT der Beispiel-Universität</translation>
    </message>
    <message>
        <source>&amp;Official name:</source>
        <translation>&amp;Offizieller Name:</translation>
    </message>
    <message>
        <source>EXU-CSIRT</source>
        <translation>EXU-CSIRT</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>&amp;Kurzname:</translation>
    </message>
    <message>
        <source>&amp;Host organisation:</source>
        <translation>Trä&amp;gerorganisation:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;RFC 2350 URL:</source>
        <translation>&amp;RFC-2350-URL:</translation>
    </message>
    <message>
        <source>Mon-Fri 08:00-17:00</source>
        <translation>Mo-Fr 08:00-17:00</translation>
    </message>
    <message>
        <source>&amp;Business hours:</source>
        <translation>Geschäfts&amp;zeiten:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Ze&amp;itzone:</translation>
    </message>
    <message>
        <source>Reachable &amp;24/7</source>
        <translation>&amp;24/7 erreichbar</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Nicht vereinbart</translation>
    </message>
    <message>
        <source>The most restrictive TLP label we may share with this team.</source>
        <translation>Die restriktivste TLP-Kennzeichnung, die wir mit diesem Team teilen dürfen.</translation>
    </message>
    <message>
        <source>Share &amp;up to:</source>
        <translation>Teilen &amp;bis:</translation>
    </message>
    <message>
        <source>I &amp;verified these details now</source>
        <translation>Ich habe diese Angaben jetzt &amp;verifiziert</translation>
    </message>
    <message>
        <source>Records that you confirmed the contact details today; the team is then no longer stale.</source>
        <translation>Vermerkt, dass Sie die Kontaktdaten heute bestätigt haben; das Team gilt dann nicht mehr als veraltet.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Zuständigkeitsbereich</translation>
    </message>
    <message>
        <source>One entry a line: a network (192.0.2.0/24, 2001:db8::/32), an address range, an AS number (AS64496), a domain (example.org, *.ac.uk), a country code (DE), or free text after “text:”.</source>
        <translation>Ein Eintrag pro Zeile: ein Netz (192.0.2.0/24, 2001:db8::/32), ein Adressbereich, eine AS-Nummer (AS64496), eine Domain (example.org, *.ac.uk), ein Ländercode (DE) oder freier Text nach „text:“.</translation>
    </message>
    <message>
        <source>Linked OpenPGP keys</source>
        <translation>Verknüpfte OpenPGP-Schlüssel</translation>
    </message>
    <message>
        <source>One fingerprint a line. Import the keys themselves with Import → OpenPGP keys… or the team&apos;s Import key… button.</source>
        <translation>Ein Fingerabdruck pro Zeile. Die Schlüssel selbst importieren Sie mit Importieren → OpenPGP-Schlüssel… oder mit der Schaltfläche Schlüssel importieren… des Teams.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation>Team &amp;hinzufügen</translation>
    </message>
    <message>
        <source>The constituency has lines that are not entries:
%1</source>
        <extracomment>%1 lists the refused lines, one a line (&quot;Line 2: …&quot;)</extracomment>
        <translation>Der Zuständigkeitsbereich hat Zeilen, die keine Einträge sind:
%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>Shown in the team dialog when the team could not be saved; %1 is the reason</extracomment>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>fb::TeamFields</name>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>„%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a team type (one of: %2).</source>
        <translation>„%1“ ist kein Teamtyp (einer von: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a Trusted Introducer status (one of: %2).</source>
        <translation>„%1“ ist kein Trusted-Introducer-Status (einer von: %2).</translation>
    </message>
    <message>
        <source>Say yes or no.</source>
        <translation>Antworten Sie mit yes oder no.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>„%1“ ist keine TLP-Kennzeichnung.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date or time.</source>
        <translation>„%1“ ist kein Datum und keine Zeit nach ISO 8601.</translation>
    </message>
    <message>
        <source>“%1” is not a field that can be set this way (one of: %2).</source>
        <translation>„%1“ ist kein Feld, das auf diese Weise gesetzt werden kann (eines von: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a date (yyyy-mm-dd).</source>
        <translation>„%1“ ist kein Datum (jjjj-mm-tt).</translation>
    </message>
    <message>
        <source>“%1” is not an OpenPGP fingerprint (40 or 64 hex digits).</source>
        <translation>„%1“ ist kein OpenPGP-Fingerabdruck (40 oder 64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>A team needs an official name.</source>
        <translation>Ein Team benötigt einen offiziellen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone (such as Europe/Berlin).</source>
        <translation>„%1“ ist keine IANA-Zeitzone (wie Europe/Berlin).</translation>
    </message>
    <message>
        <source>A channel needs a value.</source>
        <translation>Ein Kanal benötigt einen Wert.</translation>
    </message>
    <message>
        <source>The %1 with %2 expired on %3.</source>
        <translation>%1 mit %2 ist am %3 abgelaufen.</translation>
    </message>
    <message>
        <source>The %1 with %2 expires on %3.</source>
        <translation>%1 mit %2 läuft am %3 ab.</translation>
    </message>
    <message>
        <source>No OpenPGP key is linked: encrypted mail to this team is not possible.</source>
        <translation>Kein OpenPGP-Schlüssel verknüpft: Verschlüsselte Mail an dieses Team ist nicht möglich.</translation>
    </message>
    <message>
        <source>Never verified.</source>
        <translation>Nie verifiziert.</translation>
    </message>
    <message>
        <source>No OpenPGP key is linked; the entry says where to get one (%1): fetch it, check it and import it.</source>
        <translation>Kein OpenPGP-Schlüssel verknüpft; der Eintrag sagt, wo einer zu bekommen ist (%1): Holen Sie ihn, prüfen Sie ihn und importieren Sie ihn.</translation>
    </message>
    <message>
        <source>Stale: last verified by us on %1, more than %2 days ago.</source>
        <translation>Veraltet: zuletzt von uns verifiziert am %1, vor mehr als %2 Tagen.</translation>
    </message>
    <message>
        <source>Stale: last updated at the source on %1 (after our last verification on %2), more than %3 days ago.</source>
        <translation>Veraltet: zuletzt an der Quelle aktualisiert am %1 (nach unserer letzten Verifizierung am %2), vor mehr als %3 Tagen.</translation>
    </message>
    <message>
        <source>Stale: last updated at the source on %1, more than %2 days ago; never verified by us.</source>
        <translation>Veraltet: zuletzt an der Quelle aktualisiert am %1, vor mehr als %2 Tagen; nie von uns verifiziert.</translation>
    </message>
    <message>
        <source>Never verified by us; updated at the source on %1.</source>
        <translation>Nie von uns verifiziert; an der Quelle aktualisiert am %1.</translation>
    </message>
</context>
<context>
    <name>fb::TeamFilterBar</name>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Beliebiges Land</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Beliebiger Typ</translation>
    </message>
    <message>
        <source>Any TI status</source>
        <translation>Beliebiger TI-Status</translation>
    </message>
    <message>
        <source>&amp;Stale only</source>
        <translation>Nur &amp;veraltete</translation>
    </message>
    <message>
        <source>Teams whose contact details were not verified within the stale threshold (Settings).</source>
        <translation>Teams, deren Kontaktdaten nicht innerhalb der Veraltungsschwelle (Einstellungen) geprüft wurden.</translation>
    </message>
    <message>
        <source>&amp;Key problems</source>
        <translation>&amp;Schlüsselprobleme</translation>
    </message>
    <message>
        <source>Teams with a key that is missing, revoked, expired or expires within 30 days.</source>
        <translation>Teams mit einem Schlüssel, der fehlt, widerrufen oder abgelaufen ist oder innerhalb von 30 Tagen abläuft.</translation>
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
        <translation>Ein Feld setzen: FIELD=VALUE (wiederholbar). Felder: %1.</translation>
    </message>
    <message>
        <source>Add an e-mail address, optionally with a usage: ADDRESS[=USAGE].</source>
        <translation>Eine E-Mail-Adresse hinzufügen, optional mit einer Verwendung: ADDRESS[=USAGE].</translation>
    </message>
    <message>
        <source>Add a phone number: NUMBER[=USAGE].</source>
        <translation>Eine Telefonnummer hinzufügen: NUMBER[=USAGE].</translation>
    </message>
    <message>
        <source>Add an out-of-band channel: VALUE[=USAGE].</source>
        <translation>Einen Out-of-Band-Kanal hinzufügen: VALUE[=USAGE].</translation>
    </message>
    <message>
        <source>Remove the channel with this value.</source>
        <translation>Den Kanal mit diesem Wert entfernen.</translation>
    </message>
    <message>
        <source>Add a constituency entry: CIDR, range a-b, ASN, domain, *.domain or country.</source>
        <translation>Einen Eintrag zum Zuständigkeitsbereich hinzufügen: CIDR, Bereich a-b, ASN, Domain, *.domain oder Land.</translation>
    </message>
    <message>
        <source>Add a free-text constituency entry.</source>
        <translation>Einen Freitext-Eintrag zum Zuständigkeitsbereich hinzufügen.</translation>
    </message>
    <message>
        <source>Remove a constituency entry.</source>
        <translation>Einen Eintrag des Zuständigkeitsbereichs entfernen.</translation>
    </message>
    <message>
        <source>Link an OpenPGP key by fingerprint.</source>
        <translation>Einen OpenPGP-Schlüssel über seinen Fingerabdruck verknüpfen.</translation>
    </message>
    <message>
        <source>Remove a linked key.</source>
        <translation>Einen verknüpften Schlüssel entfernen.</translation>
    </message>
    <message>
        <source>Add an agreement: KIND:PARTY:SIGNED[:EXPIRES] (kind nda, mou, code-of-conduct, other).</source>
        <translation>Eine Vereinbarung hinzufügen: KIND:PARTY:SIGNED[:EXPIRES] (Art nda, mou, code-of-conduct, other).</translation>
    </message>
    <message>
        <source>Record that the entry was verified now, by you.</source>
        <translation>Vermerken, dass der Eintrag jetzt von Ihnen verifiziert wurde.</translation>
    </message>
    <message>
        <source>“%1” is not a channel usage (one of: %2).</source>
        <translation>„%1“ ist keine Kanalverwendung (eine von: %2).</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>--set erwartet FIELD=VALUE, nicht „%1“.</translation>
    </message>
    <message>
        <source>The team has no constituency entry “%1”.</source>
        <translation>Das Team hat keinen Eintrag „%1“ im Zuständigkeitsbereich.</translation>
    </message>
    <message>
        <source>--agreement takes KIND:PARTY:SIGNED[:EXPIRES], not “%1”.</source>
        <translation>--agreement erwartet KIND:PARTY:SIGNED[:EXPIRES], nicht „%1“.</translation>
    </message>
    <message>
        <source>The highest TLP label we may share with them (a person without one: their team&apos;s).</source>
        <translation>Die höchste TLP-Kennzeichnung, die wir mit ihnen teilen dürfen (eine Person ohne eigene: die ihres Teams).</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label.</source>
        <translation>„%1“ ist keine TLP-2.0-Kennzeichnung.</translation>
    </message>
</context>
<context>
    <name>fb::TeamReader</name>
    <message>
        <source>There is no team %1 in the directory.</source>
        <translation>Es gibt kein Team %1 im Verzeichnis.</translation>
    </message>
    <message>
        <source>Several teams are called “%1”; use the id.</source>
        <translation>Mehrere Teams heißen „%1“; verwenden Sie die ID.</translation>
    </message>
    <message>
        <source>There is no team “%1” in the directory.</source>
        <translation>Es gibt kein Team „%1“ im Verzeichnis.</translation>
    </message>
</context>
<context>
    <name>fb::TeamTableModel</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n keys)</source>
        <translation>
            <numerusform>%1 (%n Schlüssel)</numerusform>
            <numerusform>%1 (%n Schlüssel)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid (%n keys)</source>
        <translation>
            <numerusform>Gültig (%n Schlüssel)</numerusform>
            <numerusform>Gültig (%n Schlüssel)</numerusform>
        </translation>
    </message>
    <message>
        <source>No OpenPGP key is linked to this team.</source>
        <translation>Mit diesem Team ist kein OpenPGP-Schlüssel verknüpft.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <source>Not verified recently: check the contact details with the team.</source>
        <translation>Länger nicht geprüft: Prüfen Sie die Kontaktdaten mit dem Team.</translation>
    </message>
    <message>
        <source>Contact details verified recently.</source>
        <translation>Kontaktdaten kürzlich geprüft.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Official name</source>
        <translation>Offizieller Name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>TI status</source>
        <translation>TI-Status</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>fb::TicketActions</name>
    <message>
        <source>&amp;Take</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Launch &amp;investigation…</source>
        <translation>&amp;Untersuchung starten…</translation>
    </message>
    <message>
        <source>Open an investigation for this incident, linked to it</source>
        <translation>Eine Untersuchung zu diesem Sicherheitsvorfall eröffnen, mit ihm verknüpft</translation>
    </message>
    <message>
        <source>Launch &amp;countermeasure…</source>
        <translation>&amp;Gegenmaßnahme starten…</translation>
    </message>
    <message>
        <source>Open a countermeasure (a block, a takedown) for this incident</source>
        <translation>Eine Gegenmaßnahme (eine Sperre, einen Takedown) zu diesem Sicherheitsvorfall eröffnen</translation>
    </message>
    <message>
        <source>&amp;Link to ticket…</source>
        <translation>Mit Ticket &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Verknüpfung &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Fold this duplicate report into another report</source>
        <translation>Diese doppelte Meldung mit einer anderen Meldung zusammenführen</translation>
    </message>
    <message>
        <source>Add &amp;observable…</source>
        <translation>&amp;Observable hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove observable</source>
        <translation>Observable &amp;entfernen</translation>
    </message>
    <message>
        <source>Add t&amp;ag…</source>
        <translation>&amp;Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <source>Remove ta&amp;g…</source>
        <translation>Schlagwort ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Set &amp;lessons learned…</source>
        <translation>Lessons Learned fes&amp;tlegen…</translation>
    </message>
    <message>
        <source>Set re&amp;solution…</source>
        <translation>&amp;Lösung festlegen…</translation>
    </message>
    <message>
        <source>&amp;Link a ticket…</source>
        <translation>Ein Ticket &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Link to incident…</source>
        <translation>Mit Sicherheitsvorfall &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket number.</source>
        <translation>„%1“ ist keine Ticketnummer.</translation>
    </message>
    <message>
        <source>Take ticket</source>
        <translation>Ticket übernehmen</translation>
    </message>
    <message>
        <source>Ticket #%1 is now yours.</source>
        <translation>Sie bearbeiten jetzt Ticket #%1.</translation>
    </message>
    <message>
        <source>Launch countermeasure</source>
        <translation>Gegenmaßnahme starten</translation>
    </message>
    <message>
        <source>Launch investigation</source>
        <translation>Untersuchung starten</translation>
    </message>
    <message>
        <source>%1 #%2 launched for incident #%3.</source>
        <translation>%1 #%2 für Sicherheitsvorfall #%3 gestartet.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Number of the report, investigation or countermeasure to put under incident #%1:</source>
        <translation>Nummer der Meldung, Untersuchung oder Gegenmaßnahme, die Sicherheitsvorfall #%1 untergeordnet werden soll:</translation>
    </message>
    <message>
        <source>Number of the incident to link #%1 to:</source>
        <translation>Nummer des Sicherheitsvorfalls, mit dem #%1 verknüpft werden soll:</translation>
    </message>
    <message>
        <source>Ticket #%1 linked to incident #%2.</source>
        <translation>Ticket #%1 mit Sicherheitsvorfall #%2 verknüpft.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung aufheben</translation>
    </message>
    <message>
        <source>Ticket #%1 is not linked to any ticket.</source>
        <translation>Ticket #%1 ist mit keinem Ticket verknüpft.</translation>
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
        <translation>Verknüpfung welches Tickets mit #%1 aufheben?</translation>
    </message>
    <message>
        <source>Ticket #%1 unlinked from incident #%2.</source>
        <translation>Verknüpfung von Ticket #%1 mit Sicherheitsvorfall #%2 aufgehoben.</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <source>Number of the report that stays (#%1 is merged into it):</source>
        <translation>Nummer der Meldung, die bestehen bleibt (#%1 wird mit ihr zusammengeführt):</translation>
    </message>
    <message>
        <source>Merge report #%1 into %2? Its observables, tags, links and description move over, and #%1 is marked as merged.</source>
        <translation>Meldung #%1 mit %2 zusammenführen? Ihre Observables, Schlagwörter, Verknüpfungen und Beschreibung werden übernommen, und #%1 wird als zusammengeführt markiert.</translation>
    </message>
    <message>
        <source>Ticket #%1 merged into #%2.</source>
        <translation>Ticket #%1 mit #%2 zusammengeführt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an observable type.</source>
        <translation>„%1“ ist kein Observable-Typ.</translation>
    </message>
    <message>
        <source>Add observable</source>
        <translation>Observable hinzufügen</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 added.</source>
        <translation>Ticket #%1: %2 %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove observable</source>
        <translation>Observable entfernen</translation>
    </message>
    <message>
        <source>Ticket #%1 has no observables.</source>
        <translation>Ticket #%1 hat keine Observables.</translation>
    </message>
    <message>
        <source>Remove which observable from #%1?</source>
        <translation>Welches Observable von #%1 entfernen?</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 removed.</source>
        <translation>Ticket #%1: %2 %3 entfernt.</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Tag for ticket #%1:</source>
        <translation>Schlagwort für Ticket #%1:</translation>
    </message>
    <message>
        <source>Ticket #%1: tag added.</source>
        <translation>Ticket #%1: Schlagwort hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>Ticket #%1 has no tags.</source>
        <translation>Ticket #%1 hat keine Schlagwörter.</translation>
    </message>
    <message>
        <source>Tag to remove from #%1:</source>
        <translation>Von #%1 zu entfernendes Schlagwort:</translation>
    </message>
    <message>
        <source>Ticket #%1: tag removed.</source>
        <translation>Ticket #%1: Schlagwort entfernt.</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons Learned</translation>
    </message>
    <message>
        <source>What should the team do differently next time?</source>
        <translation>Was sollte das Team beim nächsten Mal anders machen?</translation>
    </message>
    <message>
        <source>Lessons learned cannot be empty: write what the team learned. Nothing was changed.</source>
        <translation>Die Lessons Learned dürfen nicht leer sein: Schreiben Sie, was das Team gelernt hat. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>Wie wurde es gelöst?</translation>
    </message>
    <message>
        <source>The resolution cannot be empty: write how it was resolved. Nothing was changed.</source>
        <translation>Die Lösung darf nicht leer sein: Schreiben Sie, wie es gelöst wurde. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Ticket #%1. %2</source>
        <translation>Ticket #%1. %2</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 set.</source>
        <translation>Ticket #%1: %2 gesetzt.</translation>
    </message>
    <message>
        <source>Make me the owner of this ticket</source>
        <translation>Mich zum Bearbeiter dieses Tickets machen</translation>
    </message>
    <message>
        <source>Launch in&amp;vestigations…</source>
        <translation>U&amp;ntersuchungen starten…</translation>
    </message>
    <message>
        <source>Ask every team responsible for the incident&apos;s observables: one investigation and notification each</source>
        <translation>Jedes für die Observables des Sicherheitsvorfalls zuständige Team anfragen: je eine Untersuchung und Benachrichtigung</translation>
    </message>
    <message>
        <source>Reply to all re&amp;porters…</source>
        <translation>Allen &amp;Meldern antworten…</translation>
    </message>
    <message>
        <source>Write one reply to each reporter of the incident&apos;s reports</source>
        <translation>Jedem Melder der Meldungen des Sicherheitsvorfalls eine Antwort schreiben</translation>
    </message>
    <message>
        <source>Launch investigations</source>
        <translation>Untersuchungen starten</translation>
    </message>
    <message>
        <source>Investigations %1 launched for incident #%2.</source>
        <translation>Untersuchungen %1 für Sicherheitsvorfall #%2 gestartet.</translation>
    </message>
    <message>
        <source>Reply to all reporters</source>
        <translation>Allen Meldern antworten</translation>
    </message>
    <message numerus="yes">
        <source>Replies stored on %n report(s) of incident #%1.</source>
        <translation>
            <numerusform>Antworten bei %n Meldung von Sicherheitsvorfall #%1 gespeichert.</numerusform>
            <numerusform>Antworten bei %n Meldungen von Sicherheitsvorfall #%1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::TicketAudit</name>
    <message>
        <source>Ticket #%1, %2: the history says “%3”, the ticket holds “%4”.</source>
        <translation>Ticket #%1, %2: Der Verlauf sagt „%3“, das Ticket enthält „%4“.</translation>
    </message>
    <message>
        <source>Ticket #%1, %2: history row %3 found “%4” where the history before it says “%5”: the ticket was changed without going through Firebreak before that row.</source>
        <translation>Ticket #%1, %2: Verlaufszeile %3 fand „%4“, wo der Verlauf davor „%5“ sagt: Das Ticket wurde vor dieser Zeile an Firebreak vorbei geändert.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no creation in the history: it was added without going through Firebreak.</source>
        <translation>Ticket #%1 hat keine Anlage im Verlauf: Es wurde an Firebreak vorbei hinzugefügt.</translation>
    </message>
    <message>
        <source>Ticket #%1 was deleted: the history records its creation, the workspace has no such ticket.</source>
        <translation>Ticket #%1 wurde gelöscht: Der Verlauf verzeichnet seine Anlage, der Arbeitsbereich hat kein solches Ticket.</translation>
    </message>
    <message>
        <source>Ticket #%1: the history records %2 comments, the ticket holds %3, differing from comment %4 on: a comment was changed, added or deleted without going through Firebreak.</source>
        <translation>Ticket #%1: Der Verlauf verzeichnet %2 Kommentare, das Ticket enthält %3, abweichend ab Kommentar %4: Ein Kommentar wurde an Firebreak vorbei geändert, hinzugefügt oder gelöscht.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Ticket #%1, task %2: the history and the ticket&apos;s tasks differ: a task or its notes were changed, added or deleted without going through Firebreak.</source>
        <translation>Ticket #%1, Aufgabe %2: Der Verlauf und die Aufgaben des Tickets weichen voneinander ab: Eine Aufgabe oder ihre Notizen wurden an Firebreak vorbei geändert, hinzugefügt oder gelöscht.</translation>
    </message>
    <message>
        <source>Ticket #%1, evidence %2 “%3”: its content no longer matches what was recorded (%4 bytes, SHA-256 %5); it now has %6 bytes, SHA-256 %7.</source>
        <translation>Ticket #%1, Beweismittel %2 „%3“: Sein Inhalt passt nicht mehr zu dem, was vermerkt wurde (%4 Byte, SHA-256 %5); er hat jetzt %6 Byte, SHA-256 %7.</translation>
    </message>
    <message>
        <source>Ticket #%1, evidence %2: the history and the ticket&apos;s evidence differ: a file was added, changed or removed without going through Firebreak.</source>
        <translation>Ticket #%1, Beweismittel %2: Der Verlauf und die Beweismittel des Tickets weichen voneinander ab: Eine Datei wurde an Firebreak vorbei hinzugefügt, geändert oder entfernt.</translation>
    </message>
    <message>
        <source>Ticket #%1, timeline event %2: the history and the ticket&apos;s timeline differ: an event was added, changed or removed without going through Firebreak.</source>
        <translation>Ticket #%1, Zeitleisten-Ereignis %2: Der Verlauf und die Zeitleiste des Tickets weichen voneinander ab: Ein Ereignis wurde an Firebreak vorbei hinzugefügt, geändert oder entfernt.</translation>
    </message>
</context>
<context>
    <name>fb::TicketBulk</name>
    <message>
        <source>Choose at least one ticket.</source>
        <translation>Wählen Sie mindestens ein Ticket.</translation>
    </message>
    <message>
        <source>At most %L1 tickets can be changed at once; %L2 were chosen.</source>
        <translation>Höchstens %L1 Tickets können auf einmal geändert werden; %L2 wurden gewählt.</translation>
    </message>
</context>
<context>
    <name>fb::TicketCommands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class/type of the Reference Security Incident Taxonomy (see: taxonomy list rsit).</source>
        <translation>„%1“ ist keine Klasse/kein Typ der Reference Security Incident Taxonomy (siehe: taxonomy list rsit).</translation>
    </message>
    <message>
        <source>report, incident, investigation or countermeasure.</source>
        <translation>report, incident, investigation oder countermeasure.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>One line saying what happened.</source>
        <translation>Eine Zeile, die sagt, was passiert ist.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The description.</source>
        <translation>Die Beschreibung.</translation>
    </message>
    <message>
        <source>Read the description from FILE (- for stdin).</source>
        <translation>Die Beschreibung aus DATEI lesen (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Who works on it.</source>
        <translation>Wer daran arbeitet.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TLP 2.0 label: clear, green, amber, amber+strict, red (default amber).</source>
        <translation>TLP-2.0-Kennzeichnung: clear, green, amber, amber+strict, red (Standard amber).</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>KENNZEICHNUNG</translation>
    </message>
    <message>
        <source>RSIT class/type, e.g. malicious-code/c2-server.</source>
        <translation>RSIT-Klasse/-Typ, z. B. malicious-code/c2-server.</translation>
    </message>
    <message>
        <source>CLASS/TYPE</source>
        <translation>KLASSE/TYP</translation>
    </message>
    <message>
        <source>1-4 or critical, high, medium, low (default medium).</source>
        <translation>1-4 oder critical, high, medium, low (Standard medium).</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>The constituency concerned.</source>
        <translation>Der betroffene Zuständigkeitsbereich.</translation>
    </message>
    <message>
        <source>Who reported it.</source>
        <translation>Wer es gemeldet hat.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Eines von: %1.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>WIE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation>Ein Schlagwort (wiederholbar).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>SCHLAGWORT</translation>
    </message>
    <message>
        <source>An observable, type guessed (repeatable).</source>
        <translation>Ein Observable, Typ wird erraten (wiederholbar).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>Attach the observables found in the title and description.</source>
        <translation>Die in Titel und Beschreibung gefundenen Observables anhängen.</translation>
    </message>
    <message>
        <source>Link the new ticket under this incident.</source>
        <translation>Das neue Ticket diesem Sicherheitsvorfall unterordnen.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Create a ticket and print its number.</source>
        <translation>Ein Ticket anlegen und seine Nummer ausgeben.</translation>
    </message>
    <message>
        <source>ticket create needs --kind and --title.</source>
        <translation>ticket create benötigt --kind und --title.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket kind (%2).</source>
        <translation>„%1“ ist keine Ticketart (%2).</translation>
    </message>
    <message>
        <source>Give --description or --description-file, not both.</source>
        <translation>Geben Sie --description oder --description-file an, nicht beides.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TLP 2.0 label.</source>
        <translation>„%1“ ist keine TLP-2.0-Kennzeichnung.</translation>
    </message>
    <message>
        <source>Severity must be 1 to 4 or critical, high, medium, low; not &apos;%1&apos;.</source>
        <translation>Der Schweregrad muss 1 bis 4 oder critical, high, medium, low sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>„%1“ ist keines von: %2.</translation>
    </message>
    <message>
        <source>Only tickets of this kind.</source>
        <translation>Nur Tickets dieser Art.</translation>
    </message>
    <message>
        <source>Only tickets in this state (repeatable).</source>
        <translation>Nur Tickets in diesem Status (wiederholbar).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Only open work (active states).</source>
        <translation>Nur offene Arbeit (aktive Status).</translation>
    </message>
    <message>
        <source>Only tickets of this owner.</source>
        <translation>Nur Tickets dieses Bearbeiters.</translation>
    </message>
    <message>
        <source>Only tickets with this TLP label.</source>
        <translation>Nur Tickets mit dieser TLP-Kennzeichnung.</translation>
    </message>
    <message>
        <source>Only tickets of this RSIT class.</source>
        <translation>Nur Tickets dieser RSIT-Klasse.</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>KLASSE</translation>
    </message>
    <message>
        <source>Include reports merged into others.</source>
        <translation>Mit anderen zusammengeführte Meldungen einschließen.</translation>
    </message>
    <message>
        <source>id, due, created, updated or severity (default id).</source>
        <translation>id, due, created, updated oder severity (Standard id).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Descending order.</source>
        <translation>Absteigende Reihenfolge.</translation>
    </message>
    <message>
        <source>At most N tickets (default 100).</source>
        <translation>Höchstens N Tickets (Standard 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip the first N tickets.</source>
        <translation>Die ersten N Tickets überspringen.</translation>
    </message>
    <message>
        <source>List tickets.</source>
        <translation>Tickets auflisten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sort key (%2).</source>
        <translation>„%1“ ist kein Sortierschlüssel (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of tickets.</source>
        <translation>„%1“ ist keine Ticketanzahl.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>Die Ticketnummer.</translation>
    </message>
    <message>
        <source>The new value (dates in ISO 8601).</source>
        <translation>Der neue Wert (Datumsangaben nach ISO 8601).</translation>
    </message>
    <message>
        <source>Change one field of a ticket.</source>
        <translation>Ein Feld eines Tickets ändern.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field that can be set; fields: %2.</source>
        <translation>„%1“ ist kein setzbares Feld; Felder: %2.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 set.</source>
        <translation>Ticket #%1: %2 gesetzt.</translation>
    </message>
    <message>
        <source>How it was resolved.</source>
        <translation>Wie es gelöst wurde.</translation>
    </message>
    <message>
        <source>Lessons learned (needed to resolve an incident).</source>
        <translation>Lessons Learned (erforderlich, um einen Sicherheitsvorfall zu lösen).</translation>
    </message>
    <message>
        <source>The new state, e.g. open, resolved, rejected, active, pending-removal.</source>
        <translation>Der neue Status, z. B. open, resolved, rejected, active, pending-removal.</translation>
    </message>
    <message>
        <source>Move a ticket to another state.</source>
        <translation>Ein Ticket in einen anderen Status überführen.</translation>
    </message>
    <message>
        <source>Ticket #%1 is now %2.</source>
        <translation>Ticket #%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>The report, investigation or countermeasure.</source>
        <translation>Die Meldung, Untersuchung oder Gegenmaßnahme.</translation>
    </message>
    <message>
        <source>The incident.</source>
        <translation>Der Sicherheitsvorfall.</translation>
    </message>
    <message>
        <source>Remove a ticket from an incident.</source>
        <translation>Ein Ticket aus einem Sicherheitsvorfall entfernen.</translation>
    </message>
    <message>
        <source>Link a ticket under an incident.</source>
        <translation>Ein Ticket einem Sicherheitsvorfall unterordnen.</translation>
    </message>
    <message>
        <source>Ticket #%1 unlinked from incident #%2.</source>
        <translation>Verknüpfung von Ticket #%1 mit Sicherheitsvorfall #%2 aufgehoben.</translation>
    </message>
    <message>
        <source>Ticket #%1 linked to incident #%2.</source>
        <translation>Ticket #%1 mit Sicherheitsvorfall #%2 verknüpft.</translation>
    </message>
    <message>
        <source>The report that stays.</source>
        <translation>Die Meldung, die bestehen bleibt.</translation>
    </message>
    <message>
        <source>The duplicate report, marked as merged.</source>
        <translation>Die doppelte Meldung, als zusammengeführt markiert.</translation>
    </message>
    <message>
        <source>Merge a duplicate report into another: its observables, tags, links and description move over.</source>
        <translation>Eine doppelte Meldung mit einer anderen zusammenführen: Ihre Observables, Schlagwörter, Verknüpfungen und Beschreibung werden übernommen.</translation>
    </message>
    <message>
        <source>Ticket #%1 merged into #%2.</source>
        <translation>Ticket #%1 mit #%2 zusammengeführt.</translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation>Das Schlagwort.</translation>
    </message>
    <message>
        <source>Remove a tag from a ticket.</source>
        <translation>Ein Schlagwort von einem Ticket entfernen.</translation>
    </message>
    <message>
        <source>Add a tag to a ticket.</source>
        <translation>Einem Ticket ein Schlagwort hinzufügen.</translation>
    </message>
    <message>
        <source>Ticket #%1: tag removed.</source>
        <translation>Ticket #%1: Schlagwort entfernt.</translation>
    </message>
    <message>
        <source>Ticket #%1: tag added.</source>
        <translation>Ticket #%1: Schlagwort hinzugefügt.</translation>
    </message>
    <message>
        <source>The observable type when guessing is not wanted: %1.</source>
        <translation>Der Observable-Typ, wenn nicht geraten werden soll: %1.</translation>
    </message>
    <message>
        <source>Address, network, domain, URL, e-mail, hash, CVE or AS number.</source>
        <translation>Adresse, Netz, Domain, URL, E-Mail-Adresse, Hash, CVE oder AS-Nummer.</translation>
    </message>
    <message>
        <source>Add an observable to a ticket.</source>
        <translation>Einem Ticket ein Observable hinzufügen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an observable type.</source>
        <translation>„%1“ ist kein Observable-Typ.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 added.</source>
        <translation>Ticket #%1: %2 %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>Free words (every one must match; word* matches a prefix) and typed terms: %1 (e.g. ip:192.0.2.0/24 owner:me state:open).</source>
        <translation>Freie Wörter (jedes muss passen; wort* passt auf ein Präfix) und typisierte Begriffe: %1 (z. B. ip:192.0.2.0/24 owner:me state:open).</translation>
    </message>
    <message>
        <source>Search tickets: full text over titles and descriptions, narrowed by typed terms as in the GUI&apos;s search box. Newest first.</source>
        <translation>Tickets durchsuchen: Volltext über Titel und Beschreibungen, eingegrenzt durch typisierte Begriffe wie im Suchfeld der GUI. Neueste zuerst.</translation>
    </message>
    <message>
        <source>Nothing to search for.</source>
        <translation>Nichts zu suchen.</translation>
    </message>
    <message>
        <source>Show the history of a ticket, oldest first.</source>
        <translation>Den Verlauf eines Tickets anzeigen, älteste Einträge zuerst.</translation>
    </message>
    <message>
        <source>Remove an observable from a ticket; the value stays on other tickets.</source>
        <translation>Ein Observable von einem Ticket entfernen; der Wert bleibt an anderen Tickets.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 removed.</source>
        <translation>Ticket #%1: %2 %3 entfernt.</translation>
    </message>
    <message>
        <source>Add an internal comment to a ticket&apos;s worklog. Comments are never mailed; they are kept as written, recorded in the history and found by ticket search.</source>
        <translation>Dem Arbeitsprotokoll eines Tickets einen internen Kommentar hinzufügen. Kommentare werden nie gemailt; sie werden so aufbewahrt, wie sie geschrieben wurden, im Verlauf vermerkt und von ticket search gefunden.</translation>
    </message>
    <message>
        <source>The comment; or give --file.</source>
        <translation>Der Kommentar; oder geben Sie --file an.</translation>
    </message>
    <message>
        <source>Read the comment from FILE (- for stdin).</source>
        <translation>Den Kommentar aus DATEI lesen (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Give the comment as TEXT or with --file, one of the two.</source>
        <translation>Geben Sie den Kommentar als TEXT oder mit --file an, eines von beiden.</translation>
    </message>
    <message>
        <source>Ticket #%1: comment added.</source>
        <translation>Ticket #%1: Kommentar hinzugefügt.</translation>
    </message>
    <message>
        <source>Show a ticket with its links, its comments, its correspondence (signatures checked against the workspace keyring) and its history.</source>
        <translation>Ein Ticket mit seinen Verknüpfungen, seinen Kommentaren, seiner Korrespondenz (Signaturen gegen den Schlüsselbund des Arbeitsbereichs geprüft) und seinem Verlauf anzeigen.</translation>
    </message>
    <message>
        <source>Apply one change to every ticket given: a state change, a field, or a link to an incident. Each ticket follows the same rules as one at a time; unless all of them can take the change, none is changed and every refusal is listed.</source>
        <translation>Eine Änderung auf jedes angegebene Ticket anwenden: einen Statuswechsel, ein Feld oder eine Verknüpfung mit einem Sicherheitsvorfall. Für jedes Ticket gelten dieselben Regeln wie bei einer Änderung einzeln; wenn nicht alle die Änderung annehmen können, wird keines geändert und jede Ablehnung aufgelistet.</translation>
    </message>
    <message>
        <source>The ticket numbers.</source>
        <translation>Die Ticketnummern.</translation>
    </message>
    <message>
        <source>Move each ticket to STATE.</source>
        <translation>Jedes Ticket in den Status STATUS überführen.</translation>
    </message>
    <message>
        <source>With --transition: how they were resolved.</source>
        <translation>Mit --transition: wie sie gelöst wurden.</translation>
    </message>
    <message>
        <source>With --transition: lessons learned.</source>
        <translation>Mit --transition: Lessons Learned.</translation>
    </message>
    <message>
        <source>Set a field on each ticket: FIELD=VALUE.</source>
        <translation>Bei jedem Ticket ein Feld setzen: FELD=WERT.</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>FELD=WERT</translation>
    </message>
    <message>
        <source>Link each ticket to incident ID.</source>
        <translation>Jedes Ticket mit Sicherheitsvorfall ID verknüpfen.</translation>
    </message>
    <message>
        <source>Give exactly one of --transition, --set and --link.</source>
        <translation>Geben Sie genau eines von --transition, --set und --link an.</translation>
    </message>
    <message>
        <source>--resolution and --lessons go with --transition.</source>
        <translation>--resolution und --lessons gehören zu --transition.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, e.g. tlp=green.</source>
        <translation>--set erwartet FELD=WERT, z. B. tlp=green.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>%n Ticket geändert.</numerusform>
            <numerusform>%n Tickets geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) refused the change; nothing was changed.</source>
        <translation>
            <numerusform>%n Ticket hat die Änderung abgelehnt; es wurde nichts geändert.</numerusform>
            <numerusform>%n Tickets haben die Änderung abgelehnt; es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look up the incident&apos;s observables (or the ones given) in the directory, group them by the most specific team that handles them and print the plan: one Investigation per team with its observables, address, key status, TLP and whether the notification is encrypted; refused teams with the reason, and the observables no team covers. --preview adds every notification&apos;s text. --confirm creates the Investigations, linked to the incident, and stores on each its notification, signed with the team key and encrypted where the team has a valid key, ready to send (export it with &apos;mail export&apos;). All or nothing.</source>
        <translation>Die Observables des Sicherheitsvorfalls (oder die angegebenen) im Verzeichnis nachschlagen, sie nach dem spezifischsten zuständigen Team gruppieren und den Plan ausgeben: eine Untersuchung je Team mit ihren Observables, Adresse, Schlüsselstatus, TLP und ob die Benachrichtigung verschlüsselt wird; abgelehnte Teams mit dem Grund und die Observables, für die kein Team zuständig ist. --preview fügt den Text jeder Benachrichtigung hinzu. --confirm legt die Untersuchungen an, mit dem Sicherheitsvorfall verknüpft, und speichert bei jeder ihre Benachrichtigung, signiert mit dem Teamschlüssel und verschlüsselt, wo das Team einen gültigen Schlüssel hat, bereit zum Senden (exportieren Sie sie mit „mail export“). Alles oder nichts.</translation>
    </message>
    <message>
        <source>Plan for this observable instead of the incident&apos;s (repeatable).</source>
        <translation>Für dieses Observable statt für die des Sicherheitsvorfalls planen (wiederholbar).</translation>
    </message>
    <message>
        <source>Plan for the observables in this file (white space, commas or semicolons between them; &apos;-&apos; for standard input).</source>
        <translation>Für die Observables in dieser Datei planen (durch Leerraum, Kommas oder Semikolons getrennt; „-“ für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Leave this team out (its id or name; repeatable).</source>
        <translation>Dieses Team auslassen (seine ID oder sein Name; wiederholbar).</translation>
    </message>
    <message>
        <source>Print the plan only (the default).</source>
        <translation>Nur den Plan ausgeben (der Standard).</translation>
    </message>
    <message>
        <source>Print the plan and the text of every notification.</source>
        <translation>Den Plan und den Text jeder Benachrichtigung ausgeben.</translation>
    </message>
    <message>
        <source>Launch: create the Investigations and store their notifications.</source>
        <translation>Starten: die Untersuchungen anlegen und ihre Benachrichtigungen speichern.</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key.</source>
        <translation>Mit diesem Schlüssel statt mit dem Teamschlüssel signieren.</translation>
    </message>
    <message>
        <source>Give one of --plan, --preview and --confirm.</source>
        <translation>Geben Sie eines von --plan, --preview und --confirm an.</translation>
    </message>
    <message>
        <source>No observable was given.</source>
        <translation>Es wurde kein Observable angegeben.</translation>
    </message>
    <message>
        <source>--- Notification to %1 (new Investigation “%2”) ---</source>
        <translation>--- Benachrichtigung an %1 (neue Untersuchung „%2“) ---</translation>
    </message>
    <message>
        <source>No team named “%1” is in the plan.</source>
        <translation>Im Plan ist kein Team namens „%1“.</translation>
    </message>
    <message>
        <source>Investigations for incident #%1 “%2” (%3):</source>
        <translation>Untersuchungen für Sicherheitsvorfall #%1 „%2“ (%3):</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>OBSERVABLES</source>
        <translation>OBSERVABLES</translation>
    </message>
    <message>
        <source>RECIPIENT</source>
        <translation>EMPFÄNGER</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>ENCRYPTED</source>
        <translation>VERSCHLÜSSELT</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>No team in the directory covers these observables.</source>
        <translation>Kein Team im Verzeichnis ist für diese Observables zuständig.</translation>
    </message>
    <message>
        <source>Refused: %1: %2</source>
        <translation>Abgelehnt: %1: %2</translation>
    </message>
    <message>
        <source>For manual handling (no team will be asked):</source>
        <translation>Zur manuellen Bearbeitung (kein Team wird angefragt):</translation>
    </message>
    <message>
        <source>Investigation #%1 for %2: notification stored (%3).</source>
        <translation>Untersuchung #%1 für %2: Benachrichtigung gespeichert (%3).</translation>
    </message>
    <message>
        <source>signed and encrypted</source>
        <translation>signiert und verschlüsselt</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message numerus="yes">
        <source>Launched %n investigation(s) for incident #%1; export the notifications with &apos;mail export TICKET&apos;.</source>
        <translation>
            <numerusform>%n Untersuchung für Sicherheitsvorfall #%1 gestartet; exportieren Sie die Benachrichtigung mit „mail export TICKET“.</numerusform>
            <numerusform>%n Untersuchungen für Sicherheitsvorfall #%1 gestartet; exportieren Sie die Benachrichtigungen mit „mail export TICKET“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write one incident as a report for people outside the tool: summary, linked reports, investigations and countermeasures, tasks, observables, evidence (name, size, SHA-256) and a correspondence summary (date, direction, from, to, subject; no bodies), with our team&apos;s identity and the TLP label at the top and bottom of every page. --sections chooses what goes in (%1; history adds a digest of the ticket&apos;s history). A TLP:RED incident is written only with --confirm-red.</source>
        <translation>Einen Sicherheitsvorfall als Bericht für Personen außerhalb des Werkzeugs schreiben: Zusammenfassung, verknüpfte Meldungen, Untersuchungen und Gegenmaßnahmen, Aufgaben, Observables, Beweismittel (Name, Größe, SHA-256) und eine Übersicht der Korrespondenz (Datum, Richtung, Von, An, Betreff; ohne Nachrichtentexte), mit der Identität unseres Teams und der TLP-Kennzeichnung oben und unten auf jeder Seite. --sections wählt aus, was hineinkommt (%1; history fügt eine Zusammenfassung des Ticketverlaufs hinzu). Ein TLP:RED-Sicherheitsvorfall wird nur mit --confirm-red geschrieben.</translation>
    </message>
    <message>
        <source>pdf, html or md.</source>
        <translation>pdf, html oder md.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>The sections, separated by commas (default: all but history).</source>
        <translation>Die Abschnitte, durch Kommas getrennt (Standard: alle außer history).</translation>
    </message>
    <message>
        <source>Confirm that a TLP:RED report may be written.</source>
        <translation>Bestätigen, dass ein TLP:RED-Bericht geschrieben werden darf.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>Give --format pdf, html or md.</source>
        <translation>Geben Sie --format pdf, html oder md an.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>Geben Sie die zu schreibende Datei mit --out FILE an.</translation>
    </message>
    <message>
        <source>PDF output needs the graphical runtime, which did not start.</source>
        <translation>Die PDF-Ausgabe braucht die grafische Laufzeitumgebung, die nicht gestartet ist.</translation>
    </message>
    <message>
        <source>Incident #%1: report written to %2.</source>
        <translation>Sicherheitsvorfall #%1: Bericht nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>fb::TicketEditor</name>
    <message>
        <source>A ticket needs a title.</source>
        <translation>Ein Ticket benötigt einen Titel.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>Der Titel ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>Severity must be 1 (critical) to 4 (low), not %1.</source>
        <translation>Der Schweregrad muss 1 (kritisch) bis 4 (niedrig) sein, nicht %1.</translation>
    </message>
    <message>
        <source>&apos;%1/%2&apos; is not a class and type of the Reference Security Incident Taxonomy.</source>
        <translation>„%1/%2“ ist keine Klasse und kein Typ der Reference Security Incident Taxonomy.</translation>
    </message>
    <message>
        <source>A countermeasure must be linked to an incident when it is created.</source>
        <translation>Eine Gegenmaßnahme muss beim Anlegen mit einem Sicherheitsvorfall verknüpft werden.</translation>
    </message>
    <message>
        <source>An incident cannot be linked under another incident.</source>
        <translation>Ein Sicherheitsvorfall kann keinem anderen Sicherheitsvorfall untergeordnet werden.</translation>
    </message>
    <message>
        <source>A ticket needs a title of at most %1 characters.</source>
        <translation>Ein Ticket benötigt einen Titel mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TLP 2.0 label (CLEAR, GREEN, AMBER, AMBER+STRICT, RED).</source>
        <translation>„%1“ ist keine TLP-2.0-Kennzeichnung (CLEAR, GREEN, AMBER, AMBER+STRICT, RED).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class/type of the Reference Security Incident Taxonomy.</source>
        <translation>„%1“ ist keine Klasse/kein Typ der Reference Security Incident Taxonomy.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>„%1“ ist keines von: %2.</translation>
    </message>
    <message>
        <source>Severity must be 1 to 4 or critical, high, medium, low; not &apos;%1&apos;.</source>
        <translation>Der Schweregrad muss 1 bis 4 oder critical, high, medium, low sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-05-01T17:00:00Z).</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601 (z. B. 2026-05-01T17:00:00Z).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field that can be set; fields: %2.</source>
        <translation>„%1“ ist kein setzbares Feld; Felder: %2.</translation>
    </message>
</context>
<context>
    <name>fb::TicketEnums</name>
    <message>
        <source>Incident Report</source>
        <translation>Vorfallmeldung</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Sicherheitsvorfall</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <source>Countermeasure</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>how reported</comment>
        <extracomment>How an incident was reported</extracomment>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Constituent</source>
        <translation>Angehöriger des Zuständigkeitsbereichs</translation>
    </message>
    <message>
        <source>Other CSIRT</source>
        <translation>Anderes CSIRT</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>ISP</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Strafverfolgung</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Privatperson</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>reporter type</comment>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
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
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Korrespondenz</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Other tickets with this value</source>
        <translation>Andere Tickets mit diesem Wert</translation>
    </message>
    <message>
        <source>Who handles this?</source>
        <translation>Wer ist zuständig?</translation>
    </message>
    <message>
        <source>Chain not verified yet.</source>
        <translation>Kette noch nicht verifiziert.</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette verifizieren</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
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
        <translation>Übergeordneter Sicherheitsvorfall: %1</translation>
    </message>
    <message>
        <source>Child: %1</source>
        <translation>Untergeordnet: %1</translation>
    </message>
    <message>
        <source>Merged into: %1</source>
        <translation>Zusammengeführt mit: %1</translation>
    </message>
    <message>
        <source>No other ticket carries %1.</source>
        <translation>Kein anderes Ticket trägt %1.</translation>
    </message>
    <message numerus="yes">
        <source>History chain intact (%n row(s) checked).</source>
        <translation>
            <numerusform>Verlaufskette intakt (%n Zeile geprüft).</numerusform>
            <numerusform>Verlaufskette intakt (%n Zeilen geprüft).</numerusform>
        </translation>
    </message>
    <message>
        <source>History chain BROKEN at row %1: %2</source>
        <translation>Verlaufskette bei Zeile %1 UNTERBROCHEN: %2</translation>
    </message>
    <message>
        <source>Look the selected value up in the directory of teams and constituencies.</source>
        <translation>Den ausgewählten Wert im Verzeichnis der Teams und Zuständigkeitsbereiche nachschlagen.</translation>
    </message>
    <message>
        <source>Correspondence (%1)</source>
        <translation>Korrespondenz (%1)</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>%1 (country fallback: %2)</source>
        <translation>%1 (Rückfall auf Land: %2)</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1 (über %2)</translation>
    </message>
    <message>
        <source>No team in the directory handles %1.</source>
        <translation>Kein Team im Verzeichnis ist für %1 zuständig.</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>Gespeichert als: %1</translation>
    </message>
    <message>
        <source>Worklog</source>
        <translation>Arbeitsprotokoll</translation>
    </message>
    <message>
        <source>No observables yet</source>
        <translation>Noch keine Observables</translation>
    </message>
    <message>
        <source>Add the addresses, domains, URLs and hashes of this ticket with the button below; other tickets with the same value are found from them.</source>
        <translation>Fügen Sie die Adressen, Domains, URLs und Hashes dieses Tickets mit der Schaltfläche unten hinzu; darüber werden andere Tickets mit demselben Wert gefunden.</translation>
    </message>
    <message>
        <source>No linked tickets</source>
        <translation>Keine verknüpften Tickets</translation>
    </message>
    <message>
        <source>Link this ticket to its incident, or to a related ticket, with the buttons below.</source>
        <translation>Verknüpfen Sie dieses Ticket mit den Schaltflächen unten mit seinem Sicherheitsvorfall oder einem verwandten Ticket.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to and from this ticket</source>
        <translation>
            <numerusform>%n ein- oder ausgehende Nachricht zu diesem Ticket</numerusform>
            <numerusform>%n ein- und ausgehende Nachrichten zu diesem Ticket</numerusform>
        </translation>
    </message>
    <message>
        <source>Worklog (%1)</source>
        <translation>Arbeitsprotokoll (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Comments, mail and changes in time order; %n comment(s)</source>
        <translation>
            <numerusform>Kommentare, Mails und Änderungen in zeitlicher Reihenfolge; %n Kommentar</numerusform>
            <numerusform>Kommentare, Mails und Änderungen in zeitlicher Reihenfolge; %n Kommentare</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to timeline…</source>
        <translation>Zur Zeitleiste hinzufügen…</translation>
    </message>
    <message>
        <source>Add an event for the selected value to the ticket&apos;s timeline.</source>
        <translation>Der Zeitleiste des Tickets ein Ereignis zum ausgewählten Wert hinzufügen.</translation>
    </message>
</context>
<context>
    <name>fb::TicketRepository</name>
    <message>
        <source>Ticket %1 was merged into %2; change that ticket instead.</source>
        <translation>Ticket %1 wurde mit %2 zusammengeführt; ändern Sie stattdessen jenes Ticket.</translation>
    </message>
</context>
<context>
    <name>fb::TicketSearch</name>
    <message>
        <source>Give at least one word to search for.</source>
        <translation>Geben Sie mindestens ein Suchwort an.</translation>
    </message>
    <message>
        <source>The search &apos;%1&apos; could not be run.</source>
        <translation>Die Suche „%1“ konnte nicht ausgeführt werden.</translation>
    </message>
</context>
<context>
    <name>fb::TicketSearchQuery</name>
    <message>
        <source>&apos;%1&apos; is not a value for %2:.</source>
        <translation>„%1“ ist kein Wert für %2:.</translation>
    </message>
    <message>
        <source>Give a value after %1:.</source>
        <translation>Geben Sie nach %1: einen Wert an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TLP label.</source>
        <translation>„%1“ ist keine TLP-Kennzeichnung.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket state.</source>
        <translation>„%1“ ist kein Ticketstatus.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket kind.</source>
        <translation>„%1“ ist keine Ticketart.</translation>
    </message>
</context>
<context>
    <name>fb::TicketStatistics</name>
    <message>
        <source>The date range needs a first day on or before its last day.</source>
        <translation>Der Datumsbereich braucht einen ersten Tag, der am oder vor dem letzten Tag liegt.</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <source>First response late</source>
        <translation>Erste Antwort verspätet</translation>
    </message>
    <message>
        <source>Resolution late</source>
        <translation>Lösung verspätet</translation>
    </message>
    <message>
        <source>Median first response (h)</source>
        <translation>Median erste Antwort (h)</translation>
    </message>
    <message>
        <source>90th percentile first response (h)</source>
        <translation>90. Perzentil erste Antwort (h)</translation>
    </message>
    <message>
        <source>Median resolution (h)</source>
        <translation>Median Lösung (h)</translation>
    </message>
    <message>
        <source>90th percentile resolution (h)</source>
        <translation>90. Perzentil Lösung (h)</translation>
    </message>
    <message>
        <source>Reports responded to</source>
        <translation>Beantwortete Meldungen</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>Gelöste Tickets</translation>
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
        <translation>Titel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
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
        <translation>%1 T %2 h</translation>
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
        <translation>Lessons Learned</translation>
    </message>
    <message>
        <source>Resolving incident %1. What should the team do differently next time?</source>
        <translation>Sicherheitsvorfall %1 wird gelöst. Was sollte das Team beim nächsten Mal anders machen?</translation>
    </message>
    <message>
        <source>Select a ticket to see it here.</source>
        <translation>Wählen Sie ein Ticket aus, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht klassifiziert</translation>
    </message>
    <message>
        <source>TLP:</source>
        <translation>TLP:</translation>
    </message>
    <message>
        <source>Class / type:</source>
        <translation>Klasse / Typ:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Bearbeiter:</translation>
    </message>
    <message>
        <source>Constituency:</source>
        <translation>Zuständigkeitsbereich:</translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation>Lösung fällig:</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · reported by %4</source>
        <translation>#%1 · %2 · %3 · gemeldet von %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>%1 markieren</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Beliebiger Typ</translation>
    </message>
    <message>
        <source>First response due in %1 (%2)</source>
        <translation>Erste Reaktion fällig in %1 (%2)</translation>
    </message>
    <message>
        <source>First response overdue by %1 (%2)</source>
        <translation>Erste Reaktion überfällig seit %1 (%2)</translation>
    </message>
    <message>
        <source>Resolution due in %1 (%2)</source>
        <translation>Lösung fällig in %1 (%2)</translation>
    </message>
    <message>
        <source>Resolution overdue by %1 (%2)</source>
        <translation>Lösung überfällig seit %1 (%2)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SEV</source>
        <translation>SG</translation>
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
        <translation>BEARBEITER</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>[merged into #%1] %2</source>
        <translation>[zusammengeführt mit #%1] %2</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>Keine Tickets.</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>ZEILE</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Zusammengeführt mit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Zuständigkeitsbereich</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Melder</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Reporter type</source>
        <translation>Art des Melders</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Reaktion</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Reaktion fällig</translation>
    </message>
    <message>
        <source>Resolve due</source>
        <translation>Lösung fällig</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Sicherheitsvorfälle</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Untergeordnete</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Observables:</source>
        <translation>Observables:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Write mail…</source>
        <translation>Mail schreiben…</translation>
    </message>
    <message>
        <source>Correspondence:</source>
        <translation>Korrespondenz:</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Who works on it: someone who already owns tickets here, you, or a new name</source>
        <translation>Wer es bearbeitet: jemand, der hier bereits Tickets bearbeitet, Sie selbst oder ein neuer Name</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Resolving incident %1 needs its lessons learned; it stays %2.</source>
        <translation>Zum Lösen des Sicherheitsvorfalls %1 werden seine Lessons Learned benötigt; er bleibt %2.</translation>
    </message>
    <message>
        <source>The list of owners could not be read: %1</source>
        <translation>Die Liste der Bearbeiter konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reply to the reporter, or notify a correspondent or team</source>
        <translation>Dem Melder antworten oder einen Korrespondenzpartner oder ein Team benachrichtigen</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Kommentare:</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>Tasks (%1):</source>
        <extracomment>A ticket&apos;s tasks, followed by how far they are: &quot;Tasks (3 of 7 done):&quot;.</extracomment>
        <translation>Aufgaben (%1):</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Write this incident up as PDF, HTML or Markdown, with a preview</source>
        <translation>Diesen Sicherheitsvorfall als PDF, HTML oder Markdown beschreiben, mit Vorschau</translation>
    </message>
    <message>
        <source>Export a TLP:RED report</source>
        <translation>Einen TLP:RED-Bericht exportieren</translation>
    </message>
    <message>
        <source>Incident #%1 or a ticket linked to it is TLP:RED: its report is for the people present only. Write it anyway?</source>
        <translation>Sicherheitsvorfall #%1 oder ein mit ihm verknüpftes Ticket ist TLP:RED: sein Bericht ist nur für die Anwesenden bestimmt. Trotzdem schreiben?</translation>
    </message>
    <message>
        <source>Share with a team…</source>
        <translation>Mit einem Team teilen…</translation>
    </message>
    <message>
        <source>Save this incident&apos;s observables as a MISP event or IODEF document for another team, behind the TLP gate</source>
        <translation>Die Observables dieses Sicherheitsvorfalls als MISP-Event oder IODEF-Dokument für ein anderes Team speichern, hinter der TLP-Sperre</translation>
    </message>
</context>
<context>
    <name>fb::TicketWorkflow</name>
    <message>
        <source>Ticket %1 is not an incident.</source>
        <translation>Ticket %1 ist kein Sicherheitsvorfall.</translation>
    </message>
    <message>
        <source>Resolving incident %1 needs its lessons learned.</source>
        <translation>Zum Lösen des Sicherheitsvorfalls %1 werden seine Lessons Learned benötigt.</translation>
    </message>
    <message>
        <source>Incident %1 cannot be linked under another incident.</source>
        <translation>Sicherheitsvorfall %1 kann keinem anderen Sicherheitsvorfall untergeordnet werden.</translation>
    </message>
    <message>
        <source>Ticket %1 is already linked to incident %2.</source>
        <translation>Ticket %1 ist bereits mit Sicherheitsvorfall %2 verknüpft.</translation>
    </message>
    <message>
        <source>%1 %2 already belongs to incident %3; it can belong to one incident only.</source>
        <translation>%1 %2 gehört bereits zu Sicherheitsvorfall %3; ein Ticket kann nur zu einem Sicherheitsvorfall gehören.</translation>
    </message>
    <message>
        <source>Ticket %1 is not linked to incident %2.</source>
        <translation>Ticket %1 ist nicht mit Sicherheitsvorfall %2 verknüpft.</translation>
    </message>
    <message>
        <source>Countermeasure %1 must stay linked to an incident; link it to another one first.</source>
        <translation>Gegenmaßnahme %1 muss mit einem Sicherheitsvorfall verknüpft bleiben; verknüpfen Sie sie zuerst mit einem anderen.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Ein Ticket kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Only incident reports are merged; %1 and %2 are not both reports.</source>
        <translation>Nur Vorfallmeldungen werden zusammengeführt; %1 und %2 sind nicht beide Meldungen.</translation>
    </message>
    <message>
        <source>--- Merged from %1: %2 ---</source>
        <translation>--- Zusammengeführt aus %1: %2 ---</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a state of %2.</source>
        <translation>„%1“ ist kein Status der Ticketart %2.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2 now, not %3; nothing was undone.</source>
        <translation>Ticket %1 ist jetzt %2, nicht %3; es wurde nichts rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>fb::TimelineChart</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Time (local); events stacked per hour</source>
        <extracomment>The chart&apos;s time axis; the dots of one hour (day, week) are stacked.</extracomment>
        <translation>Zeit (lokal); Ereignisse je Stunde gestapelt</translation>
    </message>
    <message>
        <source>Time (local); events stacked per day</source>
        <translation>Zeit (lokal); Ereignisse je Tag gestapelt</translation>
    </message>
    <message>
        <source>Time (local); events stacked per week</source>
        <translation>Zeit (lokal); Ereignisse je Woche gestapelt</translation>
    </message>
</context>
<context>
    <name>fb::TimelineCommands</name>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 time with a zone, such as 2026-03-01T14:05:00Z or 2026-03-01T15:05:00+01:00.</source>
        <translation>„%1“ ist keine Zeit nach ISO 8601 mit Zeitzone, etwa 2026-03-01T14:05:00Z oder 2026-03-01T15:05:00+01:00.</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601 with a zone).</source>
        <translation>Wann es geschah (ISO 8601 mit Zeitzone).</translation>
    </message>
    <message>
        <source>Until when it lasted; none for a moment.</source>
        <translation>Bis wann es dauerte; none für einen Zeitpunkt.</translation>
    </message>
    <message>
        <source>Until when it lasted.</source>
        <translation>Bis wann es dauerte.</translation>
    </message>
    <message>
        <source>More about it.</source>
        <translation>Mehr dazu.</translation>
    </message>
    <message>
        <source>Where the account comes from (firewall log, mail #12, by hand).</source>
        <translation>Woher die Angabe stammt (Firewall-Log, Mail #12, von Hand).</translation>
    </message>
    <message>
        <source>The raw data it rests on.</source>
        <translation>Die Rohdaten, auf denen es beruht.</translation>
    </message>
    <message>
        <source>Read the raw data from FILE (- for stdin).</source>
        <translation>Die Rohdaten aus FILE lesen (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>Was geschah.</translation>
    </message>
    <message>
        <source>Give --raw or --raw-file, not both.</source>
        <translation>Geben Sie --raw oder --raw-file an, nicht beides.</translation>
    </message>
    <message numerus="yes">
        <source> %n observable(s) added to the ticket.</source>
        <translation>
            <numerusform> %n Observable dem Ticket hinzugefügt.</numerusform>
            <numerusform> %n Observables dem Ticket hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a dated event to a ticket&apos;s timeline: by hand (WHAT and --at), or taken from a message (--message: its date, subject and sender) or an observable (--observable); the options given replace what is taken. Observables in the description and raw data are added to the ticket.</source>
        <translation>Der Zeitleiste eines Tickets ein datiertes Ereignis hinzufügen: von Hand (WHAT und --at) oder übernommen aus einer Nachricht (--message: ihr Datum, Betreff und Absender) oder einem Observable (--observable); angegebene Optionen ersetzen das Übernommene. Observables in der Beschreibung und den Rohdaten werden dem Ticket hinzugefügt.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>Die Ticketnummer.</translation>
    </message>
    <message>
        <source>Take the event from this message (see mail list).</source>
        <translation>Das Ereignis aus dieser Nachricht übernehmen (siehe mail list).</translation>
    </message>
    <message>
        <source>Take the event from this observable (type guessed).</source>
        <translation>Das Ereignis aus diesem Observable übernehmen (Typ wird erkannt).</translation>
    </message>
    <message>
        <source>Give --message or --observable, not both.</source>
        <translation>Geben Sie --message oder --observable an, nicht beides.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a message number.</source>
        <translation>„%1“ ist keine Nachrichtennummer.</translation>
    </message>
    <message>
        <source>Say what happened (WHAT), or give --message or --observable.</source>
        <translation>Geben Sie an, was geschah (WHAT), oder geben Sie --message oder --observable an.</translation>
    </message>
    <message>
        <source>Say when it happened with --at.</source>
        <translation>Geben Sie mit --at an, wann es geschah.</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>Ticket #%1: event %2 added.</source>
        <translation>Ticket #%1: Ereignis %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>List a ticket&apos;s timeline events by the time they happened.</source>
        <translation>Die Ereignisse der Zeitleiste eines Tickets nach dem Zeitpunkt auflisten, zu dem sie geschahen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event number.</source>
        <translation>„%1“ ist keine Ereignisnummer.</translation>
    </message>
    <message>
        <source>Change what a timeline event says; the options not given stay as they are.</source>
        <translation>Ändern, was ein Ereignis der Zeitleiste aussagt; nicht angegebene Optionen bleiben unverändert.</translation>
    </message>
    <message>
        <source>The event number (see timeline list).</source>
        <translation>Die Ereignisnummer (siehe timeline list).</translation>
    </message>
    <message>
        <source>Event %1 changed.</source>
        <translation>Ereignis %1 geändert.</translation>
    </message>
    <message>
        <source>Remove an event from its ticket&apos;s timeline (the history keeps what it said).</source>
        <translation>Ein Ereignis aus der Zeitleiste seines Tickets entfernen (der Verlauf bewahrt, was es aussagte).</translation>
    </message>
    <message>
        <source>Event %1 removed.</source>
        <translation>Ereignis %1 entfernt.</translation>
    </message>
    <message>
        <source>Add the events of a CSV file to a ticket&apos;s timeline: a header row names the columns (time and what are needed; end, description, source, raw may be given; see docs/file-format.md), times are ISO 8601 with a zone. All rows or none: a file with a bad row is refused, naming row and column, and nothing is added. At most 10,000 events and 16 MiB.</source>
        <translation>Die Ereignisse einer CSV-Datei der Zeitleiste eines Tickets hinzufügen: Eine Kopfzeile benennt die Spalten (time und what sind erforderlich; end, description, source, raw können angegeben werden; siehe docs/file-format.md), Zeiten sind ISO 8601 mit Zeitzone. Alle Zeilen oder keine: Eine Datei mit einer fehlerhaften Zeile wird unter Angabe von Zeile und Spalte abgelehnt, und es wird nichts hinzugefügt. Höchstens 10.000 Ereignisse und 16 MiB.</translation>
    </message>
    <message>
        <source>The CSV file; - reads standard input.</source>
        <translation>Die CSV-Datei; - liest die Standardeingabe.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1: %n event(s) added.</source>
        <translation>
            <numerusform>Ticket #%1: %n Ereignis hinzugefügt.</numerusform>
            <numerusform>Ticket #%1: %n Ereignisse hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Nicht gelesene Spalten: %1.</translation>
    </message>
    <message>
        <source>Write a ticket&apos;s timeline as CSV (time, end, what, description, source, raw; times in UTC), the form timeline import reads.</source>
        <translation>Die Zeitleiste eines Tickets als CSV schreiben (time, end, what, description, source, raw; Zeiten in UTC), in der Form, die timeline import liest.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Eine vorhandene Ausgabedatei ersetzen.</translation>
    </message>
    <message>
        <source>Timeline of ticket #%1 written to %2.</source>
        <translation>Zeitleiste von Ticket #%1 nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>fb::TimelineCsv</name>
    <message>
        <source>The file is empty: it needs a header row (time, what, ...) and events.</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile (time, what, ...) und Ereignisse.</translation>
    </message>
    <message>
        <source>Row 1, column %1: “%2” names the %3 column a second time (column %4 did first).</source>
        <translation>Zeile 1, Spalte %1: „%2“ benennt die Spalte %3 ein zweites Mal (zuerst in Spalte %4).</translation>
    </message>
    <message>
        <source>The header row has no %1 column; it needs time and what (and may have end, description, source, raw).</source>
        <translation>Die Kopfzeile hat keine Spalte %1; sie braucht time und what (und kann end, description, source, raw haben).</translation>
    </message>
    <message>
        <source>Row %L1 has %2 fields; the header has %3.</source>
        <translation>Zeile %L1 hat %2 Felder; die Kopfzeile hat %3.</translation>
    </message>
    <message>
        <source>Row %L1, column %2 (%3): “%4” is not an ISO 8601 time with a zone, such as 2026-03-01T14:05:00Z or 2026-03-01 15:05:00+01:00.</source>
        <translation>Zeile %L1, Spalte %2 (%3): „%4“ ist keine Zeit nach ISO 8601 mit Zeitzone, etwa 2026-03-01T14:05:00Z oder 2026-03-01 15:05:00+01:00.</translation>
    </message>
</context>
<context>
    <name>fb::TimelineEventDialog</name>
    <message>
        <source>Change timeline event</source>
        <translation>Ereignis der Zeitleiste ändern</translation>
    </message>
    <message>
        <source>Add timeline event</source>
        <translation>Ereignis zur Zeitleiste hinzufügen</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Endet:</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Was geschah, in einer Zeile</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>W&amp;as:</translation>
    </message>
    <message>
        <source>firewall log, mail #12, by hand…</source>
        <translation>Firewall-Log, Mail #12, von Hand…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>The log line or text this rests on; observables in it are added to the ticket.</source>
        <translation>Die Logzeile oder der Text, auf dem dies beruht; darin enthaltene Observables werden dem Ticket hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Raw data:</source>
        <translation>&amp;Rohdaten:</translation>
    </message>
</context>
<context>
    <name>fb::TimelinePanel</name>
    <message numerus="yes">
        <source>%n observable(s) added to the ticket.</source>
        <translation>
            <numerusform>%n Observable dem Ticket hinzugefügt.</numerusform>
            <numerusform>%n Observables dem Ticket hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>No timeline yet</source>
        <translation>Noch keine Zeitleiste</translation>
    </message>
    <message>
        <source>Add what happened when with the buttons below, import a CSV file, or use “Add to timeline” on a message or an observable.</source>
        <translation>Fügen Sie mit den Schaltflächen unten hinzu, was wann geschah, importieren Sie eine CSV-Datei oder verwenden Sie „Zur Zeitleiste hinzufügen“ bei einer Nachricht oder einem Observable.</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>Ereignis hinzufügen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Add the events of a CSV file: a header row (time, what; end, description, source, raw), times in ISO 8601 with a zone. A file with a bad row adds nothing.</source>
        <translation>Die Ereignisse einer CSV-Datei hinzufügen: eine Kopfzeile (time, what; end, description, source, raw), Zeiten nach ISO 8601 mit Zeitzone. Eine Datei mit einer fehlerhaften Zeile fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>Import timeline</source>
        <translation>Zeitleiste importieren</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>The tab of a ticket&apos;s timeline, with its number of events.</extracomment>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Zeitleiste (%1)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 has %L2 bytes; at most %L3 are read.</source>
        <translation>%1 hat %L2 Byte; höchstens %L3 werden gelesen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported.</source>
        <translation>
            <numerusform>%n Ereignis importiert.</numerusform>
            <numerusform>%n Ereignisse importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Nicht gelesene Spalten: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 geschrieben.</numerusform>
            <numerusform>%n Ereignisse nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::TimelineStore</name>
    <message>
        <source>An event needs the time it happened.</source>
        <translation>Ein Ereignis braucht den Zeitpunkt, zu dem es geschah.</translation>
    </message>
    <message>
        <source>An event cannot end (%1) before it begins (%2).</source>
        <translation>Ein Ereignis kann nicht enden (%1), bevor es beginnt (%2).</translation>
    </message>
    <message>
        <source>An event needs a title (what happened) of at most %1 characters.</source>
        <translation>Ein Ereignis braucht einen Titel (was geschah) mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A source can be at most %1 characters long.</source>
        <translation>Eine Quelle darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The %1 holds a control character (U+%2) at position %3.</source>
        <translation>Das Feld %1 enthält an Position %3 ein Steuerzeichen (U+%2).</translation>
    </message>
    <message>
        <source>The %1 can be at most %L2 characters long; this one has %L3.</source>
        <translation>Das Feld %1 darf höchstens %L2 Zeichen lang sein; dieses hat %L3.</translation>
    </message>
    <message>
        <source>Event %L1: %2</source>
        <translation>Ereignis %L1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Adding events</source>
        <translation>Ereignisse werden hinzugefügt</translation>
    </message>
    <message>
        <source>The file has a header row but no events.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Ereignisse.</translation>
    </message>
    <message>
        <source>Row %L1, column %2 (%3): %4</source>
        <translation>Zeile %L1, Spalte %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 %2 seen</source>
        <extracomment>A timeline event taken from an observable: %1 its type (ipv4, domain...), %2 its value.</extracomment>
        <translation>%1 %2 gesehen</translation>
    </message>
    <message>
        <source>observable</source>
        <translation>Observable</translation>
    </message>
</context>
<context>
    <name>fb::TimelineView</name>
    <message>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>END</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
</context>
<context>
    <name>fb::Tlp</name>
    <message>
        <source>Recipients can spread this to the world, there is no limit on disclosure.</source>
        <translation>Empfänger dürfen dies weltweit verbreiten; es gibt keine Beschränkung der Weitergabe.</translation>
    </message>
    <message>
        <source>Limited disclosure, recipients can spread this within their community.</source>
        <translation>Eingeschränkte Weitergabe: Empfänger dürfen dies innerhalb ihrer Community verbreiten.</translation>
    </message>
    <message>
        <source>Limited disclosure, recipients can only spread this on a need-to-know basis within their organization and its clients.</source>
        <translation>Eingeschränkte Weitergabe: Empfänger dürfen dies nur nach dem Need-to-know-Prinzip innerhalb ihrer Organisation und an deren Kunden weitergeben.</translation>
    </message>
    <message>
        <source>Limited disclosure, recipients can only spread this on a need-to-know basis within their organization.</source>
        <translation>Eingeschränkte Weitergabe: Empfänger dürfen dies nur nach dem Need-to-know-Prinzip innerhalb ihrer Organisation weitergeben.</translation>
    </message>
    <message>
        <source>For the eyes and ears of individual recipients only, no further disclosure.</source>
        <translation>Nur für Augen und Ohren der einzelnen Empfänger, keine weitere Weitergabe.</translation>
    </message>
</context>
<context>
    <name>fb::Triage</name>
    <message>
        <source>Report %1: %2 set.</source>
        <translation>Meldung %1: %2 gesetzt.</translation>
    </message>
    <message>
        <source>Say why the report is rejected.</source>
        <translation>Geben Sie an, warum die Meldung abgelehnt wird.</translation>
    </message>
    <message>
        <source>Report %1 rejected.</source>
        <translation>Meldung %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Report %1 is now part of the new incident %2.</source>
        <translation>Meldung %1 gehört jetzt zum neuen Sicherheitsvorfall %2.</translation>
    </message>
    <message>
        <source>Report %1 linked to incident %2.</source>
        <translation>Meldung %1 mit Sicherheitsvorfall %2 verknüpft.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Report %1 was changed since; its history shows what happened. Nothing was undone.</source>
        <translation>Meldung %1 wurde seitdem geändert; ihr Verlauf zeigt, was passiert ist. Es wurde nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Incident %1 was worked on since it was made; it stays. Nothing was undone.</source>
        <translation>Am Sicherheitsvorfall %1 wurde seit seiner Anlage gearbeitet; er bleibt bestehen. Es wurde nichts rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Made in triage by mistake; undone (report %1).</source>
        <translation>Bei der Sichtung versehentlich angelegt; rückgängig gemacht (Meldung %1).</translation>
    </message>
</context>
<context>
    <name>fb::TriagePage</name>
    <message>
        <source>Type an incident&apos;s number or title…</source>
        <translation>Nummer oder Titel eines Sicherheitsvorfalls eingeben…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>State: %1 · TLP: %2 · Severity: %3 · Class: %4</source>
        <translation>Status: %1 · TLP: %2 · Schweregrad: %3 · Klasse: %4</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>nicht klassifiziert</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Gemeldet von %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>Type an incident&apos;s number, or pick one from the list.</source>
        <translation>Geben Sie die Nummer eines Sicherheitsvorfalls ein oder wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Link to incident (%1)</source>
        <translation>Mit Sicherheitsvorfall verknüpfen (%1)</translation>
    </message>
    <message>
        <source>No new reports to triage. Import mail (Ctrl+I) or wait for the next report.</source>
        <translation>Keine neuen Meldungen zu sichten. Importieren Sie Mail (Strg+I) oder warten Sie auf die nächste Meldung.</translation>
    </message>
    <message numerus="yes">
        <source>All new reports triaged (%n handled here; K goes back).</source>
        <translation>
            <numerusform>Alle neuen Meldungen gesichtet (%n hier bearbeitet; K geht zurück).</numerusform>
            <numerusform>Alle neuen Meldungen gesichtet (%n hier bearbeitet; K geht zurück).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report %1 of %2 (%3 still new)</source>
        <translation>Meldung %1 von %2 (%3 noch neu)</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Neuer Sicherheitsvorfall</translation>
    </message>
    <message>
        <source>Title of the new incident for report %1:</source>
        <translation>Titel des neuen Sicherheitsvorfalls für Meldung %1:</translation>
    </message>
    <message>
        <source>An incident needs a title; nothing was made.</source>
        <translation>Ein Sicherheitsvorfall braucht einen Titel; es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Reject report</source>
        <translation>Meldung ablehnen</translation>
    </message>
    <message>
        <source>Why is report %1 rejected? (For example: spam, not an incident, outside our constituency, duplicate.)</source>
        <translation>Warum wird Meldung %1 abgelehnt? (Zum Beispiel: Spam, kein Sicherheitsvorfall, außerhalb unseres Zuständigkeitsbereichs, Duplikat.)</translation>
    </message>
    <message>
        <source>TLP:RED</source>
        <translation>TLP:RED</translation>
    </message>
    <message>
        <source>Mark report %1 TLP:RED? It may then be shared only with the people present, never mailed unencrypted.</source>
        <translation>Meldung %1 als TLP:RED kennzeichnen? Sie darf dann nur mit den anwesenden Personen geteilt und nie unverschlüsselt gemailt werden.</translation>
    </message>
    <message>
        <source>No new reports to triage</source>
        <translation>Keine neuen Meldungen zu sichten</translation>
    </message>
    <message>
        <source>Reports arrive with mail: import it with File → Import mail files…, or wait for the next report.</source>
        <translation>Meldungen kommen per Mail: Importieren Sie sie mit Datei → Mail-Dateien importieren… oder warten Sie auf die nächste Meldung.</translation>
    </message>
</context>
<context>
    <name>fb::TrustedIntroducerReader</name>
    <message>
        <source>The field is missing.</source>
        <translation>Das Feld fehlt.</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>Text erwartet.</translation>
    </message>
    <message>
        <source>Expected a list of text.</source>
        <translation>Eine Liste von Texten erwartet.</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>Eine Liste erwartet.</translation>
    </message>
    <message>
        <source>“%1” is not a channel usage (one of: %2).</source>
        <translation>„%1“ ist keine Kanalverwendung (eine von: %2).</translation>
    </message>
    <message>
        <source>Expected text or an object.</source>
        <translation>Text oder ein Objekt erwartet.</translation>
    </message>
    <message>
        <source>“%1” is not a team type (one of: %2).</source>
        <translation>„%1“ ist kein Teamtyp (einer von: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a Trusted Introducer status.</source>
        <translation>„%1“ ist kein Trusted-Introducer-Status.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>true oder false erwartet.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Ein Objekt erwartet.</translation>
    </message>
    <message>
        <source>Expected an ISO 8601 time.</source>
        <translation>Eine Zeit nach ISO 8601 erwartet.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>Die Datei ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The file holds no list of teams (expected an array or {&quot;teams&quot;: [...]}).</source>
        <translation>Die Datei enthält keine Liste von Teams (erwartet: ein Array oder {&quot;teams&quot;: [...]}).</translation>
    </message>
    <message>
        <source>Expected an object for a team.</source>
        <translation>Für ein Team wurde ein Objekt erwartet.</translation>
    </message>
</context>
<context>
    <name>fb::UserGuideDialog</name>
    <message>
        <source>Firebreak user guide</source>
        <translation>Firebreak-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>This build of Firebreak has no user guide.</source>
        <translation>Dieser Build von Firebreak hat kein Benutzerhandbuch.</translation>
    </message>
</context>
<context>
    <name>fb::VCardReader</name>
    <message>
        <source>Not a property line (a folded line must start with a space or a tab).</source>
        <translation>Keine Eigenschaftszeile (eine gefaltete Zeile muss mit einem Leerzeichen oder Tabulator beginnen).</translation>
    </message>
    <message>
        <source>A parameter must have the form NAME=value.</source>
        <translation>Ein Parameter muss die Form NAME=value haben.</translation>
    </message>
    <message>
        <source>A quoted parameter value is not closed.</source>
        <translation>Ein Parameterwert in Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>A double quote may only enclose a whole parameter value.</source>
        <translation>Doppelte Anführungszeichen dürfen nur einen ganzen Parameterwert umschließen.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>A continuation line has nothing to continue.</source>
        <translation>Eine Fortsetzungszeile hat nichts, das sie fortsetzen könnte.</translation>
    </message>
    <message>
        <source>The card starting here has no END:VCARD.</source>
        <translation>Die hier beginnende Karte hat kein END:VCARD.</translation>
    </message>
    <message>
        <source>Text outside BEGIN:VCARD ... END:VCARD.</source>
        <translation>Text außerhalb von BEGIN:VCARD ... END:VCARD.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>the text is not valid %1; it was read as Latin-1 (ISO 8859-1): check it.</source>
        <translation>der Text ist kein gültiges %1; er wurde als Latin-1 (ISO 8859-1) gelesen: Prüfen Sie ihn.</translation>
    </message>
    <message>
        <source>the character set “%1” is unknown; the text was read as UTF-8 or Latin-1: check it.</source>
        <translation>der Zeichensatz „%1“ ist unbekannt; der Text wurde als UTF-8 oder Latin-1 gelesen: Prüfen Sie ihn.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; it was read as Latin-1 (ISO 8859-1): check it.</source>
        <translation>der Text ist kein gültiges UTF-8; er wurde als Latin-1 (ISO 8859-1) gelesen: Prüfen Sie ihn.</translation>
    </message>
    <message>
        <source>The card has no VERSION (2.1, 3.0 or 4.0).</source>
        <translation>Die Karte hat keine VERSION (2.1, 3.0 oder 4.0).</translation>
    </message>
    <message>
        <source>vCard version “%1” is not read (2.1, 3.0 and 4.0 are).</source>
        <translation>vCard-Version „%1“ wird nicht gelesen (2.1, 3.0 und 4.0 werden gelesen).</translation>
    </message>
</context>
<context>
    <name>fb::Vault</name>
    <message>
        <source>%1 already exists; Firebreak does not overwrite files.</source>
        <translation>%1 existiert bereits; Firebreak überschreibt keine Dateien.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The key was derived for another file than %1.</source>
        <translation>Der Schlüssel wurde für eine andere Datei als %1 abgeleitet.</translation>
    </message>
    <message>
        <source>Cannot %1 the workspace %2: %3</source>
        <translation>%1 des Arbeitsbereichs %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>setting the key</source>
        <translation>Setzen des Schlüssels</translation>
    </message>
    <message>
        <source>reading the workspace</source>
        <translation>Lesen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>%1 is read-only; Firebreak needs to write to it.</source>
        <translation>%1 ist schreibgeschützt; Firebreak muss hineinschreiben können.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Firebreak workspace.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Firebreak-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Firebreak (workspace format %2; this program knows up to %3). Update Firebreak to open it; the file has not been changed.</source>
        <translation>%1 wurde von einer neueren Firebreak-Version geschrieben (Arbeitsbereichsformat %2; dieses Programm kennt bis %3). Aktualisieren Sie Firebreak, um ihn zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging; is its folder writable?</source>
        <translation>%1 kann nicht auf Write-Ahead-Logging umgestellt werden; ist sein Ordner beschreibbar?</translation>
    </message>
    <message>
        <source>%1 returned nothing.</source>
        <translation>%1 hat nichts zurückgegeben.</translation>
    </message>
    <message>
        <source>The schema migration %1 is missing from this build.</source>
        <translation>Die Schemamigration %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Upgrading %1 to format %2 failed: %3</source>
        <translation>Aktualisierung von %1 auf Format %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>This database is not encrypted.</source>
        <translation>Diese Datenbank ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>The workspace %1 is closed.</source>
        <translation>Der Arbeitsbereich %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>Vorbereiten einer Abfrage</translation>
    </message>
    <message>
        <source>running a statement</source>
        <translation>Ausführen einer Anweisung</translation>
    </message>
    <message>
        <source>The workspace %1 could not be written (%2 while %3).</source>
        <translation>Der Arbeitsbereich %1 konnte nicht geschrieben werden (%2 beim %3).</translation>
    </message>
    <message>
        <source>The workspace %1 is in use by another program (%2 while %3).</source>
        <translation>Der Arbeitsbereich %1 wird von einem anderen Programm verwendet (%2 beim %3).</translation>
    </message>
    <message>
        <source>The change conflicts with what is stored (%1 while %2).</source>
        <translation>Die Änderung steht im Konflikt mit dem Gespeicherten (%1 beim %2).</translation>
    </message>
    <message>
        <source>Database error in %1 (%2 while %3).</source>
        <translation>Datenbankfehler in %1 (%2 beim %3).</translation>
    </message>
    <message>
        <source>The transaction is no longer open.</source>
        <translation>Die Transaktion ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>A step of this change failed, so none of it was saved.</source>
        <translation>Ein Schritt dieser Änderung ist fehlgeschlagen, daher wurde nichts davon gespeichert.</translation>
    </message>
    <message>
        <source>binding a query parameter</source>
        <translation>Binden eines Abfrageparameters</translation>
    </message>
    <message>
        <source>running a query</source>
        <translation>Ausführen einer Abfrage</translation>
    </message>
    <message>
        <source>preparing the copy of %1</source>
        <translation>Vorbereiten der Kopie von %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>Kopieren von %1</translation>
    </message>
    <message>
        <source>The passphrase does not open %1 (or the file is not a Firebreak workspace, or its first page is damaged).</source>
        <translation>Die Passphrase öffnet %1 nicht (oder die Datei ist kein Firebreak-Arbeitsbereich, oder ihre erste Seite ist beschädigt).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2, and its write-ahead log %3 holds changes that are not yet in the file. Make the file and its folder writable and open it again; nothing has been changed.</source>
        <translation>%1 kann nicht geöffnet werden: %2, und das Write-Ahead-Log %3 enthält Änderungen, die noch nicht in der Datei sind. Machen Sie die Datei und ihren Ordner beschreibbar und öffnen Sie sie erneut; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 is in workspace format %2 and must be upgraded to format %3 to be opened, but %4. Make it writable and open it again; nothing has been changed.</source>
        <translation>%1 liegt im Arbeitsbereichsformat %2 vor und muss zum Öffnen auf Format %3 aktualisiert werden, aber %4. Machen Sie die Datei beschreibbar und öffnen Sie sie erneut; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2): changes cannot be saved. Make the file and its folder writable and open it again.</source>
        <translation>%1 ist schreibgeschützt geöffnet (%2): Änderungen können nicht gespeichert werden. Machen Sie die Datei und ihren Ordner beschreibbar und öffnen Sie sie erneut.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: a page fails its integrity check (while %2). Restore it from a backup; verify lists the tables that can still be read.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt: Eine Seite besteht ihre Integritätsprüfung nicht (beim %2). Stellen Sie ihn aus einer Sicherung wieder her; verify listet die Tabellen auf, die noch gelesen werden können.</translation>
    </message>
    <message>
        <source>The passphrase cannot be changed inside a transaction.</source>
        <translation>Die Passphrase kann nicht innerhalb einer Transaktion geändert werden.</translation>
    </message>
    <message>
        <source>Cannot replace %1 with its re-encrypted copy: %2</source>
        <translation>%1 kann nicht durch seine neu verschlüsselte Kopie ersetzt werden: %2</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed, but the workspace could not be opened again: %2</source>
        <translation>Die Passphrase von %1 wurde geändert, aber der Arbeitsbereich konnte nicht erneut geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is in use by another window or program; close it and change the passphrase again.</source>
        <translation>Der Arbeitsbereich %1 wird von einem anderen Fenster oder Programm verwendet; schließen Sie ihn dort und ändern Sie die Passphrase erneut.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>creating the re-encrypted copy</source>
        <translation>Anlegen der neu verschlüsselten Kopie</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged at page %2 (%3). Restore it from a backup; verify lists the tables that can still be read.</source>
        <translation>Der Arbeitsbereich %1 ist auf Seite %2 beschädigt (%3). Stellen Sie ihn aus einer Sicherung wieder her; verify listet die Tabellen auf, die noch gelesen werden können.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (%2). Restore it from a backup; verify lists the tables that can still be read.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt (%2). Stellen Sie ihn aus einer Sicherung wieder her; verify listet die Tabellen auf, die noch gelesen werden können.</translation>
    </message>
</context>
<context>
    <name>fb::WorklogPanel</name>
    <message>
        <source>Internal comment for the team — never mailed. %1 adds it.</source>
        <translation>Interner Kommentar für das Team — wird nie gemailt. %1 fügt ihn hinzu.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Select an entry to read it whole.</source>
        <translation>Wählen Sie einen Eintrag, um ihn vollständig zu lesen.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Kommentar hinzufügen</translation>
    </message>
    <message>
        <source>This ticket was merged into another one; comment there.</source>
        <translation>Dieses Ticket wurde mit einem anderen zusammengeführt; kommentieren Sie dort.</translation>
    </message>
    <message>
        <source>Mail from %1: %2</source>
        <translation>Mail von %1: %2</translation>
    </message>
    <message>
        <source>Mail to %1: %2</source>
        <translation>Mail an %1: %2</translation>
    </message>
    <message>
        <source>From: %1
To: %2
Subject: %3

%4</source>
        <translation>Von: %1
An: %2
Betreff: %3

%4</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Nothing logged yet</source>
        <translation>Noch nichts protokolliert</translation>
    </message>
    <message>
        <source>Comments and changes to this ticket show here; write a comment below.</source>
        <translation>Kommentare und Änderungen an diesem Ticket erscheinen hier; schreiben Sie unten einen Kommentar.</translation>
    </message>
    <message>
        <source>%1

As recorded: %2</source>
        <translation>%1

Wie vermerkt: %2</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceCommands</name>
    <message>
        <source>Create a new, empty workspace at --workspace (or $%1), encrypted with a key derived from the passphrase. An existing file is never overwritten. When the passphrase is asked for, it is asked twice.</source>
        <translation>Einen neuen, leeren Arbeitsbereich unter --workspace (oder $%1) anlegen, verschlüsselt mit einem aus der Passphrase abgeleiteten Schlüssel. Eine vorhandene Datei wird nie überschrieben. Wird die Passphrase abgefragt, geschieht das zweimal.</translation>
    </message>
    <message>
        <source>%1 already exists; init never overwrites a file.</source>
        <translation>%1 existiert bereits; init überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <source>New workspace passphrase: </source>
        <translation>Passphrase des neuen Arbeitsbereichs: </translation>
    </message>
    <message>
        <source>Created workspace %1.</source>
        <translation>Arbeitsbereich %1 angelegt.</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE (else $%1, else asked twice).</source>
        <translation>Die neue Passphrase aus der ersten Zeile von DATEI lesen (sonst $%1, sonst zweimal abgefragt).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Passphrase geändert.</translation>
    </message>
    <message>
        <source>Integrity check: ok.</source>
        <translation>Integritätsprüfung: ok.</translation>
    </message>
    <message>
        <source>History: %1 rows, chain intact.</source>
        <translation>Verlauf: %1 Zeilen, Kette intakt.</translation>
    </message>
    <message>
        <source>History: chain broken.</source>
        <translation>Verlauf: Kette unterbrochen.</translation>
    </message>
    <message>
        <source>History row %1 breaks the chain: %2</source>
        <translation>Verlaufszeile %1 unterbricht die Kette: %2</translation>
    </message>
    <message>
        <source>Create a demo workspace at --workspace when there is no file there yet: about forty tickets of every kind over the last ninety days (botnet, SSH brute force, CVE-2024-3094, DDoS, ransomware, phishing, spam). Then show its queues.</source>
        <translation>Einen Demo-Arbeitsbereich unter --workspace anlegen, wenn dort noch keine Datei liegt: etwa vierzig Tickets aller Arten aus den letzten neunzig Tagen (Botnetz, SSH-Brute-Force, CVE-2024-3094, DDoS, Ransomware, Phishing, Spam). Dann seine Warteschlangen anzeigen.</translation>
    </message>
    <message>
        <source>Passphrase for the demo workspace: </source>
        <translation>Passphrase für den Demo-Arbeitsbereich: </translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>SLA BREACHED</source>
        <translation>SLA ÜBERSCHRITTEN</translation>
    </message>
    <message>
        <source>BY STATE</source>
        <translation>NACH STATUS</translation>
    </message>
    <message>
        <source>Created the demo workspace %1 with %2 tickets.</source>
        <translation>Demo-Arbeitsbereich %1 mit %2 Tickets angelegt.</translation>
    </message>
    <message>
        <source>Demo workspace %1 (%2 tickets).</source>
        <translation>Demo-Arbeitsbereich %1 (%2 Tickets).</translation>
    </message>
    <message>
        <source>Try:
  firebreak-cli ticket list --active --sort due
  firebreak-cli ticket show 2
  firebreak-cli observable search 203.0.113.0/24
  firebreak-cli ticket search phishing owner:bob
  firebreak-cli verify
</source>
        <translation>Probieren Sie:
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
            <numerusform>  lesbar      %1 (%n Zeile)</numerusform>
            <numerusform>  lesbar      %1 (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  DAMAGED     %1 (%n row(s) read before the damage)</source>
        <translation>
            <numerusform>  BESCHÄDIGT  %1 (%n Zeile vor der Beschädigung gelesen)</numerusform>
            <numerusform>  BESCHÄDIGT  %1 (%n Zeilen vor der Beschädigung gelesen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Every table can still be read: the damage is in an index or in unused pages.</source>
        <translation>%1 Jede Tabelle kann noch gelesen werden: Die Beschädigung liegt in einem Index oder in unbenutzten Seiten.</translation>
    </message>
    <message>
        <source>%1 Tables that cannot be read whole: %2.</source>
        <translation>%1 Tabellen, die nicht vollständig gelesen werden können: %2.</translation>
    </message>
    <message>
        <source>Tickets: %1 match their history.</source>
        <translation>Tickets: %1 stimmen mit ihrem Verlauf überein.</translation>
    </message>
    <message numerus="yes">
        <source>Tickets: %n difference(s) from their history:</source>
        <translation>
            <numerusform>Tickets: %n Abweichung von ihrem Verlauf:</numerusform>
            <numerusform>Tickets: %n Abweichungen von ihrem Verlauf:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … und %n weitere.</numerusform>
            <numerusform>  … und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tickets do not match their history: %n difference(s), the first in ticket #%1 (%2).</source>
        <translation>
            <numerusform>Die Tickets stimmen nicht mit ihrem Verlauf überein: %n Abweichung, in Ticket #%1 (%2).</numerusform>
            <numerusform>Die Tickets stimmen nicht mit ihrem Verlauf überein: %n Abweichungen, die erste in Ticket #%1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy&apos;s passphrase from the first line of FILE (else $%1, else the damaged workspace&apos;s passphrase).</source>
        <translation>Die Passphrase der Kopie aus der ersten Zeile von DATEI (sonst $%1, sonst die Passphrase des beschädigten Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>Copy every row that can still be read of a damaged workspace into a new workspace OUT (never overwritten), skipping the pages that fail their check; full-text indexes are rebuilt. The damaged file is only read. Exit code 0 when everything was copied, 2 when rows were lost (run verify on the copy: its history chain names where).</source>
        <translation>Jede noch lesbare Zeile eines beschädigten Arbeitsbereichs in einen neuen Arbeitsbereich OUT kopieren (wird nie überschrieben) und dabei die Seiten überspringen, die ihre Prüfung nicht bestehen; Volltextindizes werden neu aufgebaut. Die beschädigte Datei wird nur gelesen. Exit-Code 0, wenn alles kopiert wurde, 2, wenn Zeilen verloren gingen (führen Sie verify auf der Kopie aus: Ihre Verlaufskette nennt die Stellen).</translation>
    </message>
    <message>
        <source>Passphrase for the copy: </source>
        <translation>Passphrase für die Kopie: </translation>
    </message>
    <message>
        <source>Passphrase for the copy (the same as before): </source>
        <translation>Passphrase für die Kopie (dieselbe wie bisher): </translation>
    </message>
    <message numerus="yes">
        <source>  copied      %1 (%n row(s))</source>
        <translation>
            <numerusform>  kopiert     %1 (%n Zeile)</numerusform>
            <numerusform>  kopiert     %1 (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  PARTLY      %1 (%n row(s); rows on unreadable pages lost)</source>
        <translation>
            <numerusform>  TEILWEISE   %1 (%n Zeile; Zeilen auf unlesbaren Seiten verloren)</numerusform>
            <numerusform>  TEILWEISE   %1 (%n Zeilen; Zeilen auf unlesbaren Seiten verloren)</numerusform>
        </translation>
    </message>
    <message>
        <source>Salvaged into %1.</source>
        <translation>In %1 gerettet.</translation>
    </message>
    <message numerus="yes">
        <source>Some rows could not be read and are not in %1 (%n copied row(s) refer to lost rows). Run verify on the copy.</source>
        <translation>
            <numerusform>Einige Zeilen konnten nicht gelesen werden und fehlen in %1 (%n kopierte Zeile verweist auf verlorene Zeilen). Führen Sie verify auf der Kopie aus.</numerusform>
            <numerusform>Einige Zeilen konnten nicht gelesen werden und fehlen in %1 (%n kopierte Zeilen verweisen auf verlorene Zeilen). Führen Sie verify auf der Kopie aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new workspace file.</source>
        <translation>Die neue Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity check over every page, walk the hash chain of the history, and replay the history of every ticket to compare it with the tickets (each difference names the ticket, the field, what the history says and what the ticket holds), and recompute every evidence file&apos;s size and SHA-256 (a changed file names its ticket and file). Exit code 0 when all is intact, 2 otherwise.</source>
        <translation>Die Integritätsprüfung von SQLite über jede Seite laufen lassen, die Hash-Kette des Verlaufs durchgehen, den Verlauf jedes Tickets nachspielen, um ihn mit den Tickets zu vergleichen (jede Abweichung nennt das Ticket, das Feld, was der Verlauf sagt und was das Ticket enthält), und Größe und SHA-256 jeder Beweisdatei neu berechnen (eine veränderte Datei wird mit Ticket und Datei genannt). Exit-Code 0, wenn alles intakt ist, sonst 2.</translation>
    </message>
    <message>
        <source>Change the passphrase: the whole file is re-encrypted under a key from the new passphrase and a fresh salt. The current passphrase comes from the usual sources, never from a key kept by unlock; that key is forgotten.</source>
        <translation>Die Passphrase ändern: Die ganze Datei wird unter einem Schlüssel aus der neuen Passphrase und einem frischen Salt neu verschlüsselt. Die aktuelle Passphrase kommt aus den üblichen Quellen, nie aus einem von unlock aufbewahrten Schlüssel; dieser Schlüssel wird vergessen.</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceFile</name>
    <message>
        <source>There is no workspace file at %1.</source>
        <translation>Unter %1 gibt es keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Firebreak workspace.</source>
        <translation>%1 ist eine unverschlüsselte SQLite-Datenbank, kein Firebreak-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is not a Firebreak workspace, or it is truncated (%2 bytes).</source>
        <translation>%1 ist kein Firebreak-Arbeitsbereich oder ist abgeschnitten (%2 Byte).</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>die Datei liegt auf einem schreibgeschützten Dateisystem</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>its folder %1 is read-only</source>
        <translation>der Ordner %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Cannot open %1 for changes: %2 cannot be written by this user. Make it writable, or remove it when no program has the workspace open.</source>
        <translation>%1 kann nicht zum Ändern geöffnet werden: %2 kann von diesem Benutzer nicht geschrieben werden. Machen Sie die Datei beschreibbar, oder entfernen Sie sie, wenn kein Programm den Arbeitsbereich geöffnet hat.</translation>
    </message>
    <message>
        <source>Cannot open %1 for changes: its write-ahead log %2 cannot be written by this user. Make it writable; do not remove it, it holds saved changes.</source>
        <translation>%1 kann nicht zum Ändern geöffnet werden: Das Write-Ahead-Log %2 kann von diesem Benutzer nicht geschrieben werden. Machen Sie es beschreibbar; entfernen Sie es nicht, es enthält gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk: %2</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceSession</name>
    <message>
        <source>&apos;%1&apos; is not a duration from 1s to 12h: give seconds, minutes or hours, as 30s, 15m or 2h.</source>
        <translation>„%1“ ist keine Dauer von 1s bis 12h: Geben Sie Sekunden, Minuten oder Stunden an, etwa 30s, 15m oder 2h.</translation>
    </message>
    <message>
        <source>A session lasts from 1 second to 12 hours.</source>
        <translation>Eine Sitzung dauert 1 Sekunde bis 12 Stunden.</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceSettings</name>
    <message>
        <source>SLA times are %1 minutes to %2 days; not %3 minutes (severity %4).</source>
        <translation>SLA-Zeiten liegen zwischen %1 Minuten und %2 Tagen; nicht %3 Minuten (Schweregrad %4).</translation>
    </message>
    <message>
        <source>The first response cannot be due after the resolution (severity %1).</source>
        <translation>Die erste Antwort kann nicht nach der Lösung fällig sein (Schweregrad %1).</translation>
    </message>
    <message>
        <source>Directory entries are stale after %1 to %2 days; not %3.</source>
        <translation>Verzeichniseinträge veralten nach %1 bis %2 Tagen; nicht %3.</translation>
    </message>
    <message>
        <source>Auto-lock is 0 (never) to %1 minutes; not %2.</source>
        <translation>Automatisches Sperren liegt zwischen 0 (nie) und %1 Minuten; nicht %2.</translation>
    </message>
    <message>
        <source>“%1” is not a language of Firebreak; choose one of %2, or nothing for the system&apos;s.</source>
        <translation>„%1“ ist keine Sprache von Firebreak; wählen Sie eine von %2 oder nichts für die des Systems.</translation>
    </message>
    <message>
        <source>This computer&apos;s settings could not be saved to %1.</source>
        <translation>Die Einstellungen dieses Computers konnten nicht in %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Incident-handling workbench for CSIRTs</source>
        <translation>Werkbank zur Vorfallbearbeitung für CSIRTs</translation>
    </message>
    <message>
        <source>Open the demo workspace, creating it if needed.</source>
        <translation>Den Demo-Arbeitsbereich öffnen und bei Bedarf anlegen.</translation>
    </message>
    <message>
        <source>Render the main window to PNG files in &lt;dir&gt; (sample data) and quit.</source>
        <translation>Das Hauptfenster in PNG-Dateien in &lt;dir&gt; rendern (Beispieldaten) und beenden.</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei.</translation>
    </message>
</context>
</TS>
