<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Incident reports received</source>
        <translation>Notificaciones de incidente recibidas</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Incidentes abiertos</translation>
    </message>
    <message>
        <source>Incidents resolved</source>
        <translation>Incidentes resueltos</translation>
    </message>
    <message>
        <source>Incidents still open at the end of the period</source>
        <translation>Incidentes aún abiertos al final del periodo</translation>
    </message>
    <message>
        <source>Incidents opened by RSIT class and type</source>
        <translation>Incidentes abiertos por clase y tipo RSIT</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>No incident was opened in the period.</source>
        <translation>No se abrió ningún incidente en el periodo.</translation>
    </message>
    <message>
        <source>Incident reports by reporter type</source>
        <translation>Notificaciones de incidente por tipo de notificante</translation>
    </message>
    <message>
        <source>Reporter type</source>
        <translation>Tipo de notificante</translation>
    </message>
    <message>
        <source>No incident report was received in the period.</source>
        <translation>No se recibió ninguna notificación de incidente en el periodo.</translation>
    </message>
    <message>
        <source>Response and resolution times</source>
        <translation>Tiempos de respuesta y de resolución</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>Percentil 90</translation>
    </message>
    <message>
        <source>First response to an incident report</source>
        <translation>Primera respuesta a una notificación de incidente</translation>
    </message>
    <message>
        <source>Resolution of an incident</source>
        <translation>Resolución de un incidente</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Incumplimientos del SLA</translation>
    </message>
    <message>
        <source>Due date missed</source>
        <translation>Plazo incumplido</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
</context>
<context>
    <name>fb::AboutDialog</name>
    <message>
        <source>About Firebreak</source>
        <translation>Acerca de Firebreak</translation>
    </message>
    <message>
        <source>Firebreak %1</source>
        <translation>Firebreak %1</translation>
    </message>
    <message>
        <source>An incident-handling workbench for CSIRTs.</source>
        <translation>Un entorno de trabajo para la gestión de incidentes de los CSIRT.</translation>
    </message>
    <message>
        <source>Licence: %1. Firebreak is free software: you may share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>Licencia: %1. Firebreak es software libre: puede compartirlo y modificarlo según los términos de la Licencia Pública General de GNU, versión 3 o cualquier versión posterior. Se distribuye sin ninguna garantía.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2.</translation>
    </message>
</context>
<context>
    <name>fb::AbuseReports</name>
    <message>
        <source>The X-ARF report lacks the required field %1.</source>
        <translation>Al informe X-ARF le falta el campo obligatorio %1.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 must be a non-empty text.</source>
        <translation>El campo X-ARF %1 debe ser un texto no vacío.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not an IP address.</source>
        <translation>El campo X-ARF %1 no es una dirección IP.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not an e-mail address.</source>
        <translation>El campo X-ARF %1 no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not an RFC 3339 date and time.</source>
        <translation>El campo X-ARF %1 no es una fecha y hora RFC 3339.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not a port number (0 to 65535).</source>
        <translation>El campo X-ARF %1 no es un número de puerto (0 a 65535).</translation>
    </message>
    <message>
        <source>The X-ARF report&apos;s Version must be &quot;3&quot;.</source>
        <translation>El campo Version del informe X-ARF debe ser «3».</translation>
    </message>
    <message>
        <source>The X-ARF report lacks the required field ReporterInfo.</source>
        <translation>Al informe X-ARF le falta el campo obligatorio ReporterInfo.</translation>
    </message>
    <message>
        <source>The X-ARF report lacks the required field Disclosure (true or false).</source>
        <translation>Al informe X-ARF le falta el campo obligatorio Disclosure (true o false).</translation>
    </message>
    <message>
        <source>The X-ARF report lacks the required field Report.</source>
        <translation>Al informe X-ARF le falta el campo obligatorio Report.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v3 report class.</source>
        <translation>«%1» no es una clase de informe X-ARF v3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v3 report type of class %2.</source>
        <translation>«%1» no es un tipo de informe X-ARF v3 de la clase %2.</translation>
    </message>
    <message>
        <source>The X-ARF version &apos;%1&apos; is not 4.x.</source>
        <translation>La versión X-ARF «%1» no es 4.x.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v4 category.</source>
        <translation>«%1» no es una categoría X-ARF v4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v4 type of category %2.</source>
        <translation>«%1» no es un tipo X-ARF v4 de la categoría %2.</translation>
    </message>
    <message>
        <source>The YAML parser could not be started.</source>
        <translation>No se pudo iniciar el analizador YAML.</translation>
    </message>
    <message>
        <source>The X-ARF report is not valid YAML (line %1: %2).</source>
        <translation>El informe X-ARF no es YAML válido (línea %1: %2).</translation>
    </message>
    <message>
        <source>The X-ARF report must be a flat list of fields.</source>
        <translation>El informe X-ARF debe ser una lista plana de campos.</translation>
    </message>
    <message>
        <source>The X-ARF report must be a list of fields, not a sequence.</source>
        <translation>El informe X-ARF debe ser una lista de campos, no una secuencia.</translation>
    </message>
    <message>
        <source>The X-ARF report must be a list of fields.</source>
        <translation>El informe X-ARF debe ser una lista de campos.</translation>
    </message>
    <message>
        <source>The X-ARF report uses YAML aliases, which are not accepted.</source>
        <translation>El informe X-ARF usa alias YAML, que no se aceptan.</translation>
    </message>
    <message>
        <source>The ARF report lacks the required field Feedback-Type.</source>
        <translation>Al informe ARF le falta el campo obligatorio Feedback-Type.</translation>
    </message>
    <message>
        <source>The X-ARF report is not valid JSON (%1 at byte %2).</source>
        <translation>El informe X-ARF no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The X-ARF report is not a JSON object.</source>
        <translation>El informe X-ARF no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The JSON is not an X-ARF report (no Version or xarf_version).</source>
        <translation>El JSON no es un informe X-ARF (no tiene Version ni xarf_version).</translation>
    </message>
    <message>
        <source>The X-ARF version &apos;%1&apos; is not 0.1 or 0.2.</source>
        <translation>La versión X-ARF «%1» no es 0.1 ni 0.2.</translation>
    </message>
    <message>
        <source>The X-ARF field Source is not an IP address.</source>
        <translation>El campo X-ARF Source no es una dirección IP.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryCommands</name>
    <message>
        <source>Start an advisory from the options and/or a JSON file; it gets the next identifier of the team&apos;s scheme and is a draft (version 0) until published.</source>
        <translation>Crea un aviso a partir de las opciones y/o de un archivo JSON; recibe el siguiente identificador del esquema del equipo y es un borrador (versión 0) hasta que se publica.</translation>
    </message>
    <message>
        <source>advisory new needs a title (--title or in --from-json).</source>
        <translation>advisory new necesita un título (--title o en --from-json).</translation>
    </message>
    <message>
        <source>Created advisory %1 (#%2).</source>
        <translation>Aviso %1 creado (#%2).</translation>
    </message>
    <message>
        <source>Row id or identifier.</source>
        <translation>Id de fila o identificador.</translation>
    </message>
    <message>
        <source>Publish as interim or final: adds a revision and bumps the version (lint errors block final).</source>
        <translation>Publica como interim o final: añade una revisión e incrementa la versión (los errores de lint bloquean final).</translation>
    </message>
    <message>
        <source>With --publish: what changed in this revision.</source>
        <translation>Con --publish: qué cambió en esta revisión.</translation>
    </message>
    <message>
        <source>Change fields (each change is a history row), then optionally publish a revision.</source>
        <translation>Modifica campos (cada cambio es una fila del historial) y, opcionalmente, publica una revisión.</translation>
    </message>
    <message>
        <source>--publish takes interim or final, not “%1”.</source>
        <translation>--publish admite interim o final, no «%1».</translation>
    </message>
    <message>
        <source>--publish needs --revision-summary saying what changed.</source>
        <translation>--publish necesita --revision-summary indicando qué cambió.</translation>
    </message>
    <message>
        <source>--revision-summary goes with --publish.</source>
        <translation>--revision-summary va con --publish.</translation>
    </message>
    <message>
        <source>Nothing to change; see advisory edit --help.</source>
        <translation>Nada que cambiar; consulte advisory edit --help.</translation>
    </message>
    <message>
        <source>Published %1 as %2, version %3.</source>
        <translation>%1 publicado como %2, versión %3.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 actualizado.</translation>
    </message>
    <message>
        <source>Show an advisory.</source>
        <translation>Muestra un aviso.</translation>
    </message>
    <message>
        <source>Only advisories with this status (draft, interim, final).</source>
        <translation>Solo avisos con este estado (draft, interim, final).</translation>
    </message>
    <message>
        <source>List the advisories, newest first.</source>
        <translation>Enumera los avisos, los más recientes primero.</translation>
    </message>
    <message>
        <source>--status takes draft, interim or final.</source>
        <translation>--status admite draft, interim o final.</translation>
    </message>
    <message>
        <source>Check an advisory: errors (which block publishing as final, exit code 2) and warnings, each naming the field.</source>
        <translation>Comprueba un aviso: errores (que bloquean la publicación como definitivo, código de salida 2) y advertencias, cada uno con el nombre del campo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s) that block publishing as final.</source>
        <translation>
            <numerusform>%1 tiene %n error que bloquea la publicación como definitivo.</numerusform>
            <numerusform>%1 tiene %n errores que bloquean la publicación como definitivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>A CSAF 2.0 JSON document.</source>
        <translation>Un documento CSAF 2.0 JSON.</translation>
    </message>
    <message>
        <source>Where the document came from (else its &apos;self&apos; reference).</source>
        <translation>De dónde procede el documento (si no, su referencia «self»).</translation>
    </message>
    <message>
        <source>Start a draft from a CSAF 2.0 document, keeping its publisher, tracking id, source URL and SHA-256; what the model cannot hold is named in warnings.</source>
        <translation>Crea un borrador a partir de un documento CSAF 2.0, conservando su editor, id de seguimiento, URL de origen y SHA-256; lo que el modelo no puede contener se indica en advertencias.</translation>
    </message>
    <message>
        <source>Created advisory %1 (#%2) from %3 of %4.</source>
        <translation>Aviso %1 creado (#%2) a partir de %3 de %4.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryEditor</name>
    <message>
        <source>affected</source>
        <translation>afectado</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corregido</translation>
    </message>
    <message>
        <source>not affected</source>
        <translation>no afectado</translation>
    </message>
    <message>
        <source>under investigation</source>
        <translation>en investigación</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
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
        <translation>Nombre CWE</translation>
    </message>
    <message>
        <source>CVSS v3.1 vector</source>
        <translation>Vector CVSS v3.1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Version or range (vers:…)</source>
        <translation>Versión o rango (vers:…)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Impacto</translation>
    </message>
    <message>
        <source>S&amp;olution</source>
        <translation>S&amp;olución</translation>
    </message>
    <message>
        <source>&amp;Workarounds</source>
        <translation>Soluciones &amp;alternativas</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Acknowledgments</source>
        <translation>A&amp;gradecimientos</translation>
    </message>
    <message>
        <source>Distribution lists, separated by commas</source>
        <translation>Listas de distribución, separadas por comas</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>A&amp;udiencia</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · versión %3</translation>
    </message>
    <message>
        <source>Distribution lists: %1</source>
        <translation>Listas de distribución: %1</translation>
    </message>
    <message>
        <source>No CVSS vector in the current row.</source>
        <translation>No hay vector CVSS en la fila actual.</translation>
    </message>
    <message>
        <source>Row %1: the CVSS vector is wrong at %2: %3</source>
        <translation>Fila %1: el vector CVSS es incorrecto en %2: %3</translation>
    </message>
    <message>
        <source>Row %1: base %2 (%3)</source>
        <translation>Fila %1: base %2 (%3)</translation>
    </message>
    <message>
        <source>%1, temporal %2</source>
        <translation>%1, temporal %2</translation>
    </message>
    <message>
        <source>%1, environmental %2</source>
        <translation>%1, ambiental %2</translation>
    </message>
    <message>
        <source>No distribution lists yet: make one in Team → Directory → Lists</source>
        <extracomment>Team → Directory → Lists is where the window makes distribution lists</extracomment>
        <translation>Todavía no hay listas de distribución: cree una en Equipo → Directorio → Listas</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryExport</name>
    <message>
        <source>This format needs --out FILE.</source>
        <translation>Este formato necesita --out ARCHIVO.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 escrito.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Uno de: %1.</translation>
    </message>
    <message>
        <source>Where to write (&apos;-&apos; for standard output). For csaf a folder, or nothing for the current one, gets the file name of the CSAF rule.</source>
        <translation>Dónde escribir («-» para la salida estándar). Para csaf, una carpeta (o nada, para la actual) recibe el nombre de archivo de la regla CSAF.</translation>
    </message>
    <message>
        <source>With text: clear-sign with the team key (OpenPGP).</source>
        <translation>Con text: firma en claro con la clave del equipo (OpenPGP).</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key.</source>
        <translation>Firma con esta clave en lugar de la clave del equipo.</translation>
    </message>
    <message>
        <source>With mail: the distribution list to send to.</source>
        <translation>Con mail: la lista de distribución a la que enviar.</translation>
    </message>
    <message>
        <source>With mail: do not sign (mail is signed by default).</source>
        <translation>Con mail: no firmar (el correo se firma de forma predeterminada).</translation>
    </message>
    <message>
        <source>Write an advisory: csaf (CSAF 2.0 JSON), text (72 columns, with --sign clear-signed with the team key from your GnuPG home), html, pdf, or mail (a signed message to a distribution list, refused when a recipient may not receive the TLP label).</source>
        <translation>Escribe un aviso: csaf (CSAF 2.0 JSON), text (72 columnas, con --sign firmado en claro con la clave del equipo de su directorio personal de GnuPG), html, pdf o mail (un mensaje firmado a una lista de distribución, rechazado si un destinatario no puede recibir la etiqueta TLP).</translation>
    </message>
    <message>
        <source>--format takes one of: %1.</source>
        <translation>--format admite uno de: %1.</translation>
    </message>
    <message>
        <source>--sign and --key go with --format text or mail.</source>
        <translation>--sign y --key van con --format text o mail.</translation>
    </message>
    <message>
        <source>--list and --no-sign go with --format mail.</source>
        <translation>--list y --no-sign van con --format mail.</translation>
    </message>
    <message>
        <source>--format mail needs --list NAME and --out FILE.eml.</source>
        <translation>--format mail necesita --list NOMBRE y --out ARCHIVO.eml.</translation>
    </message>
    <message>
        <source>--no-sign cannot go with --sign or --key.</source>
        <translation>--no-sign no puede ir con --sign ni con --key.</translation>
    </message>
    <message>
        <source>PDF output needs the graphical runtime, which did not start.</source>
        <translation>La salida PDF necesita el entorno gráfico, que no se inició.</translation>
    </message>
    <message>
        <source>There is no team key to sign with: link a key to our team in the directory, or give --key FINGERPRINT.</source>
        <translation>No hay clave del equipo con la que firmar: vincule una clave a nuestro equipo en el directorio o indique --key HUELLA_DIGITAL.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Bcc: %1</source>
        <translation>CCO: %1</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryLint</name>
    <message>
        <source>The advisory has no identifier.</source>
        <translation>El aviso no tiene identificador.</translation>
    </message>
    <message>
        <source>The advisory has no title.</source>
        <translation>El aviso no tiene título.</translation>
    </message>
    <message>
        <source>The advisory has no summary.</source>
        <translation>El aviso no tiene resumen.</translation>
    </message>
    <message>
        <source>The advisory has no description.</source>
        <translation>El aviso no tiene descripción.</translation>
    </message>
    <message>
        <source>The advisory names no affected product.</source>
        <translation>El aviso no nombra ningún producto afectado.</translation>
    </message>
    <message>
        <source>Product %1 needs a vendor and a product name.</source>
        <translation>El producto %1 necesita un fabricante y un nombre de producto.</translation>
    </message>
    <message>
        <source>The advisory lists no vulnerability (CVE, CWE or CVSS).</source>
        <translation>El aviso no enumera ninguna vulnerabilidad (CVE, CWE o CVSS).</translation>
    </message>
    <message>
        <source>%1 is not a CVE identifier.</source>
        <translation>%1 no es un identificador CVE.</translation>
    </message>
    <message>
        <source>%1 is not a CWE identifier (CWE-number).</source>
        <translation>%1 no es un identificador CWE (CWE-número).</translation>
    </message>
    <message>
        <source>%1 has no name; CSAF wants the CWE title.</source>
        <translation>%1 no tiene nombre; CSAF requiere el título CWE.</translation>
    </message>
    <message>
        <source>%1 has no CVSS vector.</source>
        <translation>%1 no tiene vector CVSS.</translation>
    </message>
    <message>
        <source>Reference %1 is not an http(s) URL: %2</source>
        <translation>La referencia %1 no es una URL http(s): %2</translation>
    </message>
    <message>
        <source>The advisory has no references.</source>
        <translation>El aviso no tiene referencias.</translation>
    </message>
    <message>
        <source>The advisory offers neither a solution nor a workaround.</source>
        <translation>El aviso no ofrece ni una solución ni una medida alternativa.</translation>
    </message>
    <message>
        <source>The advisory has no revision history yet.</source>
        <translation>El aviso aún no tiene historial de revisiones.</translation>
    </message>
    <message>
        <source>The CSAF document fails mandatory test %1: %2</source>
        <translation>El documento CSAF no supera la prueba obligatoria %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryMailer</name>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1 (hasta %2)</translation>
    </message>
    <message>
        <source>%1 (no TLP level set)</source>
        <translation>%1 (sin nivel TLP definido)</translation>
    </message>
    <message>
        <source>The distribution list “%1” has no members.</source>
        <translation>La lista de distribución «%1» no tiene miembros.</translation>
    </message>
    <message>
        <source>Not sent: %1 may not go to %2 on the list “%3”. Take them off the list, raise their level in the directory, or lower the advisory&apos;s label.</source>
        <translation>No enviado: %1 no puede llegar a %2 de la lista «%3». Quítelos de la lista, suba su nivel en el directorio o baje la etiqueta del aviso.</translation>
    </message>
    <message>
        <source>Not sent: %1 on the list “%2” have no e-mail address in the directory.</source>
        <translation>No enviado: %1 de la lista «%2» no tienen dirección de correo electrónico en el directorio.</translation>
    </message>
    <message>
        <source>Not sent: %1 is a draft. Publish it (interim or final) before mailing it to a list.</source>
        <translation>No enviado: %1 es un borrador. Publíquelo (interim o final) antes de enviarlo a una lista.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryOptions</name>
    <message>
        <source>Take the fields from a JSON file in the form of &apos;advisory show --json&apos;.</source>
        <translation>Toma los campos de un archivo JSON con la forma de «advisory show --json».</translation>
    </message>
    <message>
        <source>The title.</source>
        <translation>El título.</translation>
    </message>
    <message>
        <source>TLP 2.0 label: clear, green, amber, amber+strict, red (default amber).</source>
        <translation>Etiqueta TLP 2.0: clear, green, amber, amber+strict, red (predeterminada: amber).</translation>
    </message>
    <message>
        <source>The summary: what it is and what to do, in a few lines.</source>
        <translation>El resumen: qué es y qué hacer, en pocas líneas.</translation>
    </message>
    <message>
        <source>The description.</source>
        <translation>La descripción.</translation>
    </message>
    <message>
        <source>The impact.</source>
        <translation>El impacto.</translation>
    </message>
    <message>
        <source>The solution (vendor fix).</source>
        <translation>La solución (corrección del fabricante).</translation>
    </message>
    <message>
        <source>Workarounds and mitigations.</source>
        <translation>Soluciones alternativas y mitigaciones.</translation>
    </message>
    <message>
        <source>Add a vulnerability: cve=CVE;cvss=VECTOR;cwe=CWE-n;cwe-name=NAME;title=TEXT (each part optional; repeatable).</source>
        <translation>Añade una vulnerabilidad: cve=CVE;cvss=VECTOR;cwe=CWE-n;cwe-name=NOMBRE;title=TEXTO (cada parte es opcional; repetible).</translation>
    </message>
    <message>
        <source>Add a product: vendor=V;product=P;version=X or range=vers:...;status=S (status known_affected, fixed, known_not_affected, under_investigation; repeatable).</source>
        <translation>Añade un producto: vendor=V;product=P;version=X o range=vers:...;status=S (status known_affected, fixed, known_not_affected, under_investigation; repetible).</translation>
    </message>
    <message>
        <source>Add a reference: URL, optionally followed by a space and a summary.</source>
        <translation>Añade una referencia: URL, opcionalmente seguida de un espacio y un resumen.</translation>
    </message>
    <message>
        <source>Acknowledge someone (repeatable).</source>
        <translation>Agradece a alguien (repetible).</translation>
    </message>
    <message>
        <source>Add a distribution list to the audience (repeatable).</source>
        <translation>Añade una lista de distribución a la audiencia (repetible).</translation>
    </message>
    <message>
        <source>Link a ticket (repeatable).</source>
        <translation>Vincula un ticket (repetible).</translation>
    </message>
    <message>
        <source>Empty a list before adding: %1.</source>
        <translation>Vacía una lista antes de añadir: %1.</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2.</source>
        <translation>«%1» no es JSON válido: %2.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>posición %1</translation>
    </message>
    <message>
        <source>“%1” must hold one JSON object (an advisory).</source>
        <translation>«%1» debe contener un único objeto JSON (un aviso).</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label.</source>
        <translation>«%1» no es una etiqueta TLP 2.0.</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE with a key of: %2.</source>
        <translation>«%1» no es CLAVE=VALOR con una clave de: %2.</translation>
    </message>
    <message>
        <source>“%1” is given twice.</source>
        <translation>«%1» se indica dos veces.</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>El valor está vacío.</translation>
    </message>
    <message>
        <source>Give a version or a range, not both.</source>
        <translation>Indique una versión o un rango, no ambos.</translation>
    </message>
    <message>
        <source>“%1” is not a product status (known_affected, fixed, known_not_affected, under_investigation).</source>
        <translation>«%1» no es un estado de producto (known_affected, fixed, known_not_affected, under_investigation).</translation>
    </message>
    <message>
        <source>--clear takes one of: %1; not “%2”.</source>
        <translation>--clear admite uno de: %1; no «%2».</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryPage</name>
    <message>
        <source>Advisories</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>&amp;New advisory</source>
        <translation>&amp;Nuevo aviso</translation>
    </message>
    <message>
        <source>&amp;Import CSAF…</source>
        <translation>&amp;Importar CSAF…</translation>
    </message>
    <message>
        <source>Start an advisory from a CSAF 2.0 document, e.g. a vendor&apos;s.</source>
        <translation>Crea un aviso a partir de un documento CSAF 2.0, p. ej. de un fabricante.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Fix the errors listed under Checks before publishing.</source>
        <translation>Corrija los errores indicados en Comprobaciones antes de publicar.</translation>
    </message>
    <message>
        <source>Publish a new revision and write its files into a folder.</source>
        <translation>Publica una nueva revisión y escribe sus archivos en una carpeta.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>New advisory</source>
        <translation>Nuevo aviso</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 creado.</translation>
    </message>
    <message>
        <source>Import a CSAF 2.0 document</source>
        <translation>Importar un documento CSAF 2.0</translation>
    </message>
    <message>
        <source>CSAF documents (*.json)</source>
        <translation>Documentos CSAF (*.json)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No importado: %1</translation>
    </message>
    <message>
        <source>Created %1 from %2 of %3.</source>
        <translation>%1 creado a partir de %2 de %3.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>No publicado: %1</translation>
    </message>
    <message>
        <source>Published, but the files were not written: %1</source>
        <translation>Publicado, pero no se escribieron los archivos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s); the PDF could not be laid out.</source>
        <translation>
            <numerusform>Se escribió %n archivo; no se pudo maquetar el PDF.</numerusform>
            <numerusform>Se escribieron %n archivos; no se pudo maquetar el PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation>
            <numerusform>Se escribió %n archivo.</numerusform>
            <numerusform>Se escribieron %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing %1 and writing its files…</source>
        <translation>Publicando %1 y escribiendo sus archivos…</translation>
    </message>
    <message>
        <source>No advisories yet</source>
        <translation>Todavía no hay avisos</translation>
    </message>
    <message>
        <source>Write one with New advisory below, or start from a vendor&apos;s CSAF document with Import CSAF…</source>
        <translation>Escriba uno con Nuevo aviso, abajo, o parta del documento CSAF de un fabricante con Importar CSAF…</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryPreview</name>
    <message>
        <source>Text (signed)</source>
        <translation>Texto (firmado)</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Error en %1: %2</translation>
    </message>
    <message>
        <source>Warning about %1: %2</source>
        <translation>Advertencia sobre %1: %2</translation>
    </message>
    <message>
        <source>No findings: ready to publish.</source>
        <translation>Sin hallazgos: listo para publicar.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryPublisher</name>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>La carpeta «%1» no existe.</translation>
    </message>
    <message>
        <source>Writing CSAF and HTML</source>
        <translation>Escribiendo CSAF y HTML</translation>
    </message>
    <message>
        <source>Signing the text with the team key</source>
        <translation>Firmando el texto con la clave del equipo</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was written.</source>
        <translation>Se canceló la publicación; no se escribió nada.</translation>
    </message>
    <message>
        <source>Writing the files</source>
        <translation>Escribiendo los archivos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>There is no team key to sign with; choose one in the directory or publish unsigned.</source>
        <translation>No hay clave del equipo con la que firmar; elija una en el directorio o publique sin firmar.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryRenderer</name>
    <message>
        <source>affected</source>
        <translation>afectado</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corregido</translation>
    </message>
    <message>
        <source>not affected</source>
        <translation>no afectado</translation>
    </message>
    <message>
        <source>under investigation</source>
        <translation>en investigación</translation>
    </message>
    <message>
        <source>CVSS %1 base score %2 (%3)</source>
        <translation>CVSS %1, puntuación base %2 (%3)</translation>
    </message>
    <message>
        <source>, temporal %1</source>
        <translation>, temporal %1</translation>
    </message>
    <message>
        <source>, environmental %1</source>
        <translation>, ambiental %1</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerabilidad</translation>
    </message>
    <message>
        <source>Status: %1, version %2</source>
        <translation>Estado: %1, versión %2</translation>
    </message>
    <message>
        <source>First published: %1</source>
        <translation>Primera publicación: %1</translation>
    </message>
    <message>
        <source>This version: %1</source>
        <translation>Esta versión: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
    </message>
    <message>
        <source>Affected products</source>
        <translation>Productos afectados</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solución</translation>
    </message>
    <message>
        <source>Workarounds</source>
        <translation>Medidas alternativas</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Acknowledgments</source>
        <translation>Agradecimientos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Based on %1 %2.</source>
        <translation>Basado en %1 %2.</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Historial de revisiones</translation>
    </message>
    <message>
        <source>Status: %1, version %2. First published: %3. This version: %4.</source>
        <translation>Estado: %1, versión %2. Primera publicación: %3. Esta versión: %4.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryStore</name>
    <message>
        <source>An advisory identifier scheme needs {YYYY} and {NNNN}, e.g. CERT-XX-{YYYY}-{NNNN}.</source>
        <translation>Un esquema de identificadores de avisos necesita {YYYY} y {NNNN}, p. ej. CERT-XX-{YYYY}-{NNNN}.</translation>
    </message>
    <message>
        <source>An advisory identifier may only hold letters, digits and . _ + : - (got %1).</source>
        <translation>Un identificador de aviso solo puede contener letras, dígitos y . _ + : - (se recibió %1).</translation>
    </message>
    <message>
        <source>An advisory needs a title.</source>
        <translation>Un aviso necesita un título.</translation>
    </message>
    <message>
        <source>%1 is not a CWE identifier (CWE-number).</source>
        <translation>%1 no es un identificador CWE (CWE-número).</translation>
    </message>
    <message>
        <source>Product %1 has no name.</source>
        <translation>El producto %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>El ticket %1 no existe.</translation>
    </message>
    <message>
        <source>Could not number the advisory.</source>
        <translation>No se pudo numerar el aviso.</translation>
    </message>
    <message>
        <source>Draft created.</source>
        <translation>Borrador creado.</translation>
    </message>
    <message>
        <source>The new advisory could not be read back.</source>
        <translation>No se pudo volver a leer el nuevo aviso.</translation>
    </message>
    <message>
        <source>No such advisory.</source>
        <translation>No existe ese aviso.</translation>
    </message>
    <message>
        <source>Publishing means interim or final.</source>
        <translation>Publicar significa provisional o definitivo.</translation>
    </message>
    <message>
        <source>A final advisory cannot go back to interim; publish a new final version.</source>
        <translation>Un aviso definitivo no puede volver a ser provisional; publique una nueva versión definitiva.</translation>
    </message>
    <message>
        <source>The advisory cannot be final yet: %1</source>
        <translation>El aviso todavía no puede ser definitivo: %1</translation>
    </message>
    <message>
        <source>Final version.</source>
        <translation>Versión definitiva.</translation>
    </message>
    <message>
        <source>Interim version.</source>
        <translation>Versión provisional.</translation>
    </message>
    <message>
        <source>CVSS 3.0 vectors are not accepted here; give a CVSS:3.1/ vector (the base metrics are the same). Only a vector from an imported CSAF document is kept as 3.0.</source>
        <translation>Aquí no se aceptan vectores CVSS 3.0; indique un vector CVSS:3.1/ (las métricas base son las mismas). Solo se conserva como 3.0 un vector procedente de un documento CSAF importado.</translation>
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
        <translation>IDENTIFICADOR</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>PUNTUACIÓN</translation>
    </message>
    <message>
        <source>RELEASED</source>
        <translation>PUBLICADO</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>Advisory #%1 %2, %3, version %4</source>
        <translation>Aviso #%1 %2, %3, versión %4</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>Audiencia: %1</translation>
    </message>
    <message>
        <source>Linked tickets: %1</source>
        <translation>Tickets vinculados: %1</translation>
    </message>
    <message>
        <source>Imported from %1 (%2), document %3, SHA-256 %4</source>
        <translation>Importado de %1 (%2), documento %3, SHA-256 %4</translation>
    </message>
    <message>
        <source>Revision %1, %2: %3</source>
        <translation>Revisión %1, %2: %3</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Sin hallazgos.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVEDAD</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CAMPO</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MENSAJE</translation>
    </message>
</context>
<context>
    <name>fb::AtomicFile</name>
    <message>
        <source>Cannot write a file without a name.</source>
        <translation>No se puede escribir un archivo sin nombre.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>fb::BulkActions</name>
    <message numerus="yes">
        <source>%n selected ticket(s)</source>
        <translation>
            <numerusform>%n ticket seleccionado</numerusform>
            <numerusform>%n tickets seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <source>Abandon…</source>
        <translation>Abandonar…</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Asignar a…</translation>
    </message>
    <message>
        <source>Set TLP</source>
        <translation>Establecer TLP</translation>
    </message>
    <message>
        <source>Set class…</source>
        <translation>Establecer clase…</translation>
    </message>
    <message>
        <source>Link to incident…</source>
        <translation>Vincular a un incidente…</translation>
    </message>
    <message numerus="yes">
        <source>Make %n ticket(s) %1</source>
        <translation>
            <numerusform>Poner %n ticket en estado %1</numerusform>
            <numerusform>Poner %n tickets en estado %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Why are they rejected? (Kept as each ticket&apos;s resolution.)</source>
        <translation>¿Por qué se rechazan? (Se guarda como la resolución de cada ticket.)</translation>
    </message>
    <message>
        <source>Resolution (kept on each ticket):</source>
        <translation>Resolución (se guarda en cada ticket):</translation>
    </message>
    <message>
        <source>Say why the tickets are rejected; nothing was changed.</source>
        <translation>Indique por qué se rechazan los tickets; no se cambió nada.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) now %1.</source>
        <translation>
            <numerusform>%n ticket pasa a %1.</numerusform>
            <numerusform>%n tickets pasan a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message numerus="yes">
        <source>Owner of the %n ticket(s):</source>
        <translation>
            <numerusform>Responsable de %n ticket:</numerusform>
            <numerusform>Responsable de los %n tickets:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to %1.</source>
        <translation>
            <numerusform>%n ticket asignado a %1.</numerusform>
            <numerusform>%n tickets asignados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Set class</source>
        <translation>Establecer clase</translation>
    </message>
    <message numerus="yes">
        <source>Class and type of the %n ticket(s):</source>
        <translation>
            <numerusform>Clase y tipo de %n ticket:</numerusform>
            <numerusform>Clase y tipo de los %n tickets:</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to incident</source>
        <translation>Vincular a un incidente</translation>
    </message>
    <message numerus="yes">
        <source>Number of the incident for the %n ticket(s):</source>
        <translation>
            <numerusform>Número del incidente para %n ticket:</numerusform>
            <numerusform>Número del incidente para los %n tickets:</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket number; nothing was changed.</source>
        <translation>«%1» no es un número de ticket; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) linked to incident %1.</source>
        <translation>
            <numerusform>%n ticket vinculado al incidente %1.</numerusform>
            <numerusform>%n tickets vinculados al incidente %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n ticket(s)</source>
        <translation>
            <numerusform>Cambiar %n ticket</numerusform>
            <numerusform>Cambiar %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

All of them change in one step, or none does.</source>
        <translation>%1

O cambian todos en un solo paso, o no cambia ninguno.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>No se cambió nada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n ticket(s) refused.</source>
        <translation>
            <numerusform>No se cambió nada: %n ticket no admitió el cambio.</numerusform>
            <numerusform>No se cambió nada: %n tickets no admitieron el cambio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ChangePassphraseDialog</name>
    <message>
        <source>The current passphrase is not the one of this workspace.</source>
        <translation>La frase de contraseña actual no es la de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The whole workspace is re-encrypted under a key from the new passphrase. If the computer stops meanwhile, the old passphrase still opens it. The new passphrase cannot be recovered: keep it somewhere safe.</source>
        <translation>Todo el espacio de trabajo se vuelve a cifrar con una clave derivada de la nueva frase de contraseña. Si el ordenador se detiene entretanto, la frase de contraseña anterior sigue abriéndolo. La nueva frase de contraseña no se puede recuperar: guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Frase de contraseña actual:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Re-encrypting the workspace…</source>
        <translation>Volviendo a cifrar el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Introduzca la frase de contraseña actual.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
</context>
<context>
    <name>fb::ChannelTable</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address or number</source>
        <translation>Dirección o número</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Out of band</source>
        <translation>Fuera de banda</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>An abuse address is an e-mail channel with the usage Abuse. Out-of-band channels are for when the usual ones may be compromised or down.</source>
        <translation>Una dirección de abuso es un canal de correo electrónico con el uso Abuso. Los canales fuera de banda son para cuando los habituales pueden estar comprometidos o caídos.</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Añadir canal</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Quitar canal</translation>
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
        <translation>Exportar este gráfico como %1</translation>
    </message>
    <message>
        <source>The chart could not be written as PNG.</source>
        <translation>No se pudo escribir el gráfico como PNG.</translation>
    </message>
    <message>
        <source>The chart could not be written as SVG.</source>
        <translation>No se pudo escribir el gráfico como SVG.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
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
        <translation>Uso: %1 [opciones globales] &lt;sustantivo&gt; &lt;verbo&gt; [opciones]

Gestión de incidentes de Firebreak desde la línea de comandos: tickets (notificaciones, incidentes, investigaciones,
contramedidas), observables, taxonomías y SLA en un único archivo de espacio de trabajo cifrado.

Comandos:
</translation>
    </message>
    <message>
        <source>
Global options (also accepted after the command):
</source>
        <translation>
Opciones globales (también se aceptan después del comando):
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>; see %1 --help.</source>
        <translation>; consulte %1 --help.</translation>
    </message>
    <message>
        <source>No command given; see %1 --help.</source>
        <translation>No se indicó ningún comando; consulte %1 --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; see %2 --help.</source>
        <translation>«%1» no es un comando; consulte %2 --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a verb: %2.</source>
        <translation>«%1» necesita un verbo: %2.</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; is not a command; verbs of %1: %3.</source>
        <translation>«%1 %2» no es un comando; verbos de %1: %3.</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>No se pudo inicializar libsodium.</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; is not a command; %1 needs %3.</source>
        <translation>«%1 %2» no es un comando; %1 necesita %3.</translation>
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
        <translation>  -h, --help                 Muestra esta ayuda; «%1 &lt;comando&gt; --help» muestra las opciones de un comando.
  --version                  Muestra la versión.

Entorno:
  FIREBREAK_WORKSPACE        El archivo de espacio de trabajo cuando no se indica --workspace.
  FIREBREAK_PASSPHRASE       La frase de contraseña cuando no se indica --passphrase-file (si no, se pide
                             en el terminal sin eco; sin terminal el comando falla).
  FIREBREAK_NEW_PASSPHRASE   La nueva frase de contraseña para passwd.
  FIREBREAK_ACTOR            El nombre registrado en el historial (si no, $USER).
  FIREBREAK_NO_SESSION       Si está definida (y no es 0), como --no-session: nunca usa una clave
                             guardada por unlock.

Las horas se muestran en hora local; JSON (--json) da ISO 8601 UTC.

Códigos de salida:
</translation>
    </message>
</context>
<context>
    <name>fb::CliContext</name>
    <message>
        <source>The workspace file (default: $%1).</source>
        <translation>El archivo de espacio de trabajo (predeterminado: $%1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else $%1, else a prompt).</source>
        <translation>Lee la frase de contraseña de la primera línea de ARCHIVO (si no, $%1; si no, se pide).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Imprime JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Name recorded in the history (default: $%1, else the login name).</source>
        <translation>Nombre registrado en el historial (predeterminado: $%1; si no, el nombre de inicio de sesión).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>No workspace given: use --workspace FILE or set %1.</source>
        <translation>No se indicó ningún espacio de trabajo: use --workspace ARCHIVO o defina %1.</translation>
    </message>
    <message>
        <source>No passphrase given and no terminal to ask for one: use --passphrase-file FILE or set %1.</source>
        <translation>No se indicó ninguna frase de contraseña y no hay terminal para pedirla: use --passphrase-file ARCHIVO o defina %1.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repita la frase de contraseña: </translation>
    </message>
    <message>
        <source>No new passphrase given and no terminal to ask for one: use a passphrase file or set %1.</source>
        <translation>No se indicó ninguna frase de contraseña nueva y no hay terminal para pedirla: use un archivo de frase de contraseña o defina %1.</translation>
    </message>
    <message>
        <source>There is no workspace file at %1.</source>
        <translation>No hay ningún archivo de espacio de trabajo en %1.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña para %1: </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket number.</source>
        <translation>«%1» no es un número de ticket.</translation>
    </message>
    <message>
        <source>Ignore a key kept by unlock: ask for the passphrase (also $%1=1).</source>
        <translation>Ignora una clave guardada por unlock: pide la frase de contraseña (también $%1=1).</translation>
    </message>
</context>
<context>
    <name>fb::CliFiles</name>
    <message>
        <source>Cannot read standard input.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation>No se ha indicado ningún archivo de salida.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>No se puede escribir «%1»: es una carpeta.</translation>
    </message>
    <message>
        <source>“%1” already exists; give --force to replace it.</source>
        <translation>«%1» ya existe; indique --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: there is no folder %2.</source>
        <translation>No se puede escribir «%1»: no existe la carpeta %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder is not writable.</source>
        <translation>No se puede escribir «%1»: no se puede escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>fb::Command</name>
    <message>
        <source>Add a team (or a person) to the contact directory</source>
        <translation>Añade un equipo (o una persona) al directorio de contactos</translation>
    </message>
    <message>
        <source>Change a team in the directory</source>
        <translation>Modifica un equipo del directorio</translation>
    </message>
    <message>
        <source>Show a team with its contacts and warnings</source>
        <translation>Muestra un equipo con sus contactos y advertencias</translation>
    </message>
    <message>
        <source>List the teams (and people) of the directory</source>
        <translation>Enumera los equipos (y personas) del directorio</translation>
    </message>
    <message>
        <source>Who handles an IP, CIDR, ASN, domain or e-mail address</source>
        <translation>Quién se ocupa de una IP, CIDR, ASN, dominio o dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Import a Trusted Introducer teams.json or vCards</source>
        <translation>Importa un teams.json de Trusted Introducer o vCards</translation>
    </message>
    <message>
        <source>Export the directory as vCard or JSON</source>
        <translation>Exporta el directorio como vCard o JSON</translation>
    </message>
    <message>
        <source>List entries not verified for a while</source>
        <translation>Enumera las entradas no verificadas desde hace tiempo</translation>
    </message>
    <message>
        <source>Import, link and check the OpenPGP keys of teams and people</source>
        <translation>Importa, vincula y comprueba las claves OpenPGP de equipos y personas</translation>
    </message>
    <message>
        <source>List RSIT classes and types, TLP and PAP labels (no workspace needed)</source>
        <translation>Enumera las clases y tipos RSIT y las etiquetas TLP y PAP (no requiere espacio de trabajo)</translation>
    </message>
    <message>
        <source>Create a ticket and print its number</source>
        <translation>Crea un ticket e imprime su número</translation>
    </message>
    <message>
        <source>List tickets: queues by kind, state, owner...</source>
        <translation>Enumera tickets: colas por tipo, estado, responsable...</translation>
    </message>
    <message>
        <source>Change one field of a ticket</source>
        <translation>Modifica un campo de un ticket</translation>
    </message>
    <message>
        <source>Move a ticket to another state</source>
        <translation>Pasa un ticket a otro estado</translation>
    </message>
    <message>
        <source>Link a ticket under an incident</source>
        <translation>Vincula un ticket a un incidente</translation>
    </message>
    <message>
        <source>Remove a ticket from an incident</source>
        <translation>Quita un ticket de un incidente</translation>
    </message>
    <message>
        <source>Merge a duplicate report into another</source>
        <translation>Fusiona una notificación duplicada con otra</translation>
    </message>
    <message>
        <source>Add a tag to a ticket</source>
        <translation>Añade una etiqueta a un ticket</translation>
    </message>
    <message>
        <source>Remove a tag from a ticket</source>
        <translation>Quita una etiqueta de un ticket</translation>
    </message>
    <message>
        <source>Add an observable (address, domain, hash...)</source>
        <translation>Añade un observable (dirección, dominio, hash...)</translation>
    </message>
    <message>
        <source>Search: full text plus typed terms (ip:, cve:, owner:me...)</source>
        <translation>Busca: texto completo más términos con tipo (ip:, cve:, owner:me...)</translation>
    </message>
    <message>
        <source>Show the history of a ticket</source>
        <translation>Muestra el historial de un ticket</translation>
    </message>
    <message>
        <source>Tickets with an observable; a network finds every address inside</source>
        <translation>Tickets con un observable; una red encuentra todas las direcciones que contiene</translation>
    </message>
    <message>
        <source>Print the observables in a text (no workspace needed)</source>
        <translation>Imprime los observables de un texto (no requiere espacio de trabajo)</translation>
    </message>
    <message>
        <source>Show response and resolution times per severity</source>
        <translation>Muestra los tiempos de respuesta y resolución por gravedad</translation>
    </message>
    <message>
        <source>Change the times of one severity</source>
        <translation>Modifica los tiempos de una gravedad</translation>
    </message>
    <message>
        <source>Create a new encrypted workspace</source>
        <translation>Crea un nuevo espacio de trabajo cifrado</translation>
    </message>
    <message>
        <source>Change the passphrase of a workspace</source>
        <translation>Cambia la frase de contraseña de un espacio de trabajo</translation>
    </message>
    <message>
        <source>Create a demo workspace (if needed) and show its queues</source>
        <translation>Crea un espacio de trabajo de demostración (si hace falta) y muestra sus colas</translation>
    </message>
    <message>
        <source>Start an advisory (a draft)</source>
        <translation>Crea un aviso (un borrador)</translation>
    </message>
    <message>
        <source>Change an advisory, or publish a revision</source>
        <translation>Modifica un aviso o publica una revisión</translation>
    </message>
    <message>
        <source>Show an advisory</source>
        <translation>Muestra un aviso</translation>
    </message>
    <message>
        <source>List the advisories</source>
        <translation>Enumera los avisos</translation>
    </message>
    <message>
        <source>Check an advisory before publishing</source>
        <translation>Comprueba un aviso antes de publicarlo</translation>
    </message>
    <message>
        <source>Write an advisory as CSAF, signed text, HTML, PDF or mail</source>
        <translation>Escribe un aviso como CSAF, texto firmado, HTML, PDF o correo</translation>
    </message>
    <message>
        <source>Start an advisory from a CSAF 2.0 document (e.g. a vendor&apos;s)</source>
        <translation>Crea un aviso a partir de un documento CSAF 2.0 (p. ej. de un fabricante)</translation>
    </message>
    <message>
        <source>Import mail (mbox, Maildir, .eml) into reports and their tickets</source>
        <translation>Importa correo (mbox, Maildir, .eml) en notificaciones y sus tickets</translation>
    </message>
    <message>
        <source>Write a reply, notification or list message from a ticket (.eml)</source>
        <translation>Escribe una respuesta, notificación o mensaje de lista desde un ticket (.eml)</translation>
    </message>
    <message>
        <source>Export a ticket&apos;s correspondence as mbox, or one message as .eml</source>
        <translation>Exporta la correspondencia de un ticket como mbox, o un mensaje como .eml</translation>
    </message>
    <message>
        <source>Edit the team&apos;s RFC 2350 profile by section number, from a file or the directory</source>
        <translation>Edita el perfil RFC 2350 del equipo por número de sección, desde un archivo o el directorio</translation>
    </message>
    <message>
        <source>Show the profile draft, or another team&apos;s import</source>
        <translation>Muestra el borrador del perfil, o la importación de otro equipo</translation>
    </message>
    <message>
        <source>Check the profile before signing</source>
        <translation>Comprueba el perfil antes de firmarlo</translation>
    </message>
    <message>
        <source>Render the profile as text, HTML or PDF</source>
        <translation>Genera el perfil como texto, HTML o PDF</translation>
    </message>
    <message>
        <source>List the published versions of the profile</source>
        <translation>Enumera las versiones publicadas del perfil</translation>
    </message>
    <message>
        <source>Show what changed between two versions</source>
        <translation>Muestra qué cambió entre dos versiones</translation>
    </message>
    <message>
        <source>Sign the profile with the team key and keep it as a new version</source>
        <translation>Firma el perfil con la clave del equipo y lo guarda como nueva versión</translation>
    </message>
    <message>
        <source>Check the signature of an RFC 2350 document</source>
        <translation>Comprueba la firma de un documento RFC 2350</translation>
    </message>
    <message>
        <source>Write (and sign) an RFC 9116 security.txt, or lint one</source>
        <translation>Escribe (y firma) un security.txt RFC 9116, o lo valida</translation>
    </message>
    <message>
        <source>Read another team&apos;s RFC 2350 document into the directory</source>
        <translation>Lee el documento RFC 2350 de otro equipo en el directorio</translation>
    </message>
    <message>
        <source>Show a stored message: headers, text, attachments, signature</source>
        <translation>Muestra un mensaje guardado: encabezados, texto, adjuntos, firma</translation>
    </message>
    <message>
        <source>Show every setting with its value</source>
        <translation>Muestra todos los ajustes con su valor</translation>
    </message>
    <message>
        <source>Show one setting&apos;s value</source>
        <translation>Muestra el valor de un ajuste</translation>
    </message>
    <message>
        <source>Change settings (as the GUI&apos;s Settings page)</source>
        <translation>Cambia ajustes (como la página Configuración de la interfaz gráfica)</translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity, the history chain and the tickets</source>
        <translation>Comprueba la integridad del archivo, la cadena del historial y los tickets</translation>
    </message>
    <message>
        <source>Copy what can still be read of a damaged workspace into a new one</source>
        <translation>Copia lo que aún se puede leer de un espacio de trabajo dañado en uno nuevo</translation>
    </message>
    <message>
        <source>Save an attachment of a stored message</source>
        <translation>Guarda un adjunto de un mensaje guardado</translation>
    </message>
    <message>
        <source>Show a distribution list with its members and recipients</source>
        <translation>Muestra una lista de distribución con sus miembros y destinatarios</translation>
    </message>
    <message>
        <source>Delete a distribution list</source>
        <translation>Elimina una lista de distribución</translation>
    </message>
    <message>
        <source>List the distribution lists</source>
        <translation>Enumera las listas de distribución</translation>
    </message>
    <message>
        <source>Put teams and people on a distribution list</source>
        <translation>Añade equipos y personas a una lista de distribución</translation>
    </message>
    <message>
        <source>Take teams and people off a distribution list</source>
        <translation>Quita equipos y personas de una lista de distribución</translation>
    </message>
    <message>
        <source>Create a distribution list</source>
        <translation>Crea una lista de distribución</translation>
    </message>
    <message>
        <source>List the mail that could not be imported</source>
        <translation>Enumera el correo que no se pudo importar</translation>
    </message>
    <message>
        <source>Show one quarantined message, or save its raw bytes</source>
        <translation>Muestra un mensaje en cuarentena o guarda sus bytes sin procesar</translation>
    </message>
    <message>
        <source>Remove an observable from a ticket</source>
        <translation>Quita un observable de un ticket</translation>
    </message>
    <message>
        <source>Add an internal comment to a ticket</source>
        <translation>Añade un comentario interno a un ticket</translation>
    </message>
    <message>
        <source>Show a ticket with its links, comments, mail and history</source>
        <translation>Muestra un ticket con sus vínculos, comentarios, correo e historial</translation>
    </message>
    <message>
        <source>Change many tickets at once, all or nothing</source>
        <translation>Modifica muchos tickets a la vez, todos o ninguno</translation>
    </message>
    <message>
        <source>List the workspace&apos;s playbooks</source>
        <translation>Enumera los playbooks del espacio de trabajo</translation>
    </message>
    <message>
        <source>Show a playbook and its tasks</source>
        <translation>Muestra un playbook y sus tareas</translation>
    </message>
    <message>
        <source>Import playbooks from a JSON file</source>
        <translation>Importa playbooks de un archivo JSON</translation>
    </message>
    <message>
        <source>Export playbooks as JSON</source>
        <translation>Exporta playbooks como JSON</translation>
    </message>
    <message>
        <source>Remove a playbook</source>
        <translation>Elimina un playbook</translation>
    </message>
    <message>
        <source>Give a ticket the tasks of a playbook</source>
        <translation>Añade a un ticket las tareas de un playbook</translation>
    </message>
    <message>
        <source>Add a task to a ticket</source>
        <translation>Añade una tarea a un ticket</translation>
    </message>
    <message>
        <source>List tasks: a ticket&apos;s, yours, or the overdue ones</source>
        <translation>Enumera tareas: las de un ticket, las suyas o las vencidas</translation>
    </message>
    <message>
        <source>Give a task to someone</source>
        <translation>Asigna una tarea a alguien</translation>
    </message>
    <message>
        <source>Set when a task is due</source>
        <translation>Establece cuándo vence una tarea</translation>
    </message>
    <message>
        <source>Add a note to a task</source>
        <translation>Añade una nota a una tarea</translation>
    </message>
    <message>
        <source>Mark a task done</source>
        <translation>Marca una tarea como completada</translation>
    </message>
    <message>
        <source>Mark a task not applicable</source>
        <translation>Marca una tarea como no aplicable</translation>
    </message>
    <message>
        <source>Open a done or not applicable task again</source>
        <translation>Vuelve a abrir una tarea completada o no aplicable</translation>
    </message>
    <message>
        <source>Attach files to a ticket as evidence</source>
        <translation>Adjunta archivos a un ticket como evidencias</translation>
    </message>
    <message>
        <source>List a ticket&apos;s evidence files</source>
        <translation>Enumera los archivos de evidencia de un ticket</translation>
    </message>
    <message>
        <source>Export a ticket&apos;s evidence to a folder with SHA256SUMS</source>
        <translation>Exporta las evidencias de un ticket a una carpeta con SHA256SUMS</translation>
    </message>
    <message>
        <source>Remove an evidence file from its ticket</source>
        <translation>Quita un archivo de evidencia de su ticket</translation>
    </message>
    <message>
        <source>Reply to every reporter of an incident</source>
        <translation>Responde a todos los notificantes de un incidente</translation>
    </message>
    <message>
        <source>Add an event to a ticket&apos;s timeline</source>
        <translation>Añade un evento a la cronología de un ticket</translation>
    </message>
    <message>
        <source>List a ticket&apos;s timeline</source>
        <translation>Enumera la cronología de un ticket</translation>
    </message>
    <message>
        <source>Change a timeline event</source>
        <translation>Modifica un evento de la cronología</translation>
    </message>
    <message>
        <source>Remove a timeline event</source>
        <translation>Quita un evento de la cronología</translation>
    </message>
    <message>
        <source>Import timeline events from CSV</source>
        <translation>Importa eventos de la cronología desde CSV</translation>
    </message>
    <message>
        <source>Export a ticket&apos;s timeline as CSV</source>
        <translation>Exporta la cronología de un ticket como CSV</translation>
    </message>
    <message>
        <source>Launch investigations: ask each responsible team</source>
        <translation>Inicia investigaciones: consulta a cada equipo responsable</translation>
    </message>
    <message>
        <source>Write an incident report as PDF, HTML or Markdown</source>
        <translation>Escribe un informe de incidente como PDF, HTML o Markdown</translation>
    </message>
    <message>
        <source>Export a ticket as a MISP event</source>
        <translation>Exporta un ticket como evento MISP</translation>
    </message>
    <message>
        <source>Import a MISP event</source>
        <translation>Importa un evento MISP</translation>
    </message>
    <message>
        <source>Write the periodic report on a constituency</source>
        <translation>Escribe el informe periódico de una comunidad atendida</translation>
    </message>
    <message>
        <source>Export an incident as a MISP event or IODEF document</source>
        <translation>Exporta un incidente como evento MISP o documento IODEF</translation>
    </message>
    <message>
        <source>Import a MISP event or IODEF document</source>
        <translation>Importa un evento MISP o un documento IODEF</translation>
    </message>
    <message>
        <source>Keep the workspace&apos;s key for a while: later commands skip the passphrase</source>
        <translation>Guarda la clave del espacio de trabajo durante un tiempo: los comandos posteriores omiten la frase de contraseña</translation>
    </message>
    <message>
        <source>Forget the key that unlock kept</source>
        <translation>Olvida la clave que guardó unlock</translation>
    </message>
    <message>
        <source>Export statistics that can be shared (small counts suppressed)</source>
        <translation>Exporta estadísticas que se pueden compartir (con los recuentos pequeños suprimidos)</translation>
    </message>
</context>
<context>
    <name>fb::CommandHelp</name>
    <message>
        <source>Usage: %1 %2 [options]%3</source>
        <translation>Uso: %1 %2 [opciones]%3</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Needs no workspace.</source>
        <translation>No requiere espacio de trabajo.</translation>
    </message>
    <message>
        <source>Creates the workspace (--workspace or $%1).</source>
        <translation>Crea el espacio de trabajo (--workspace o $%1).</translation>
    </message>
    <message>
        <source>Usage: %1 %2 &lt;verb&gt; [options]

Verbs:
</source>
        <translation>Uso: %1 %2 &lt;verbo&gt; [opciones]

Verbos:
</translation>
    </message>
    <message>
        <source>
&apos;%1 %2 &lt;verb&gt; --help&apos; shows the options of a verb.
</source>
        <translation>
«%1 %2 &lt;verbo&gt; --help» muestra las opciones de un verbo.
</translation>
    </message>
    <message>
        <source>Opens the workspace (--workspace or $%1) with the key kept by unlock, else with its passphrase.</source>
        <translation>Abre el espacio de trabajo (--workspace o $%1) con la clave guardada por unlock; si no, con su frase de contraseña.</translation>
    </message>
    <message>
        <source>Opens the workspace (--workspace or $%1) with its passphrase, never with a key kept by unlock.</source>
        <translation>Abre el espacio de trabajo (--workspace o $%1) con su frase de contraseña, nunca con una clave guardada por unlock.</translation>
    </message>
    <message>
        <source>Names the workspace (--workspace or $%1) without opening it.</source>
        <translation>Indica el espacio de trabajo (--workspace o $%1) sin abrirlo.</translation>
    </message>
</context>
<context>
    <name>fb::CommentStore</name>
    <message>
        <source>A comment cannot be empty.</source>
        <translation>Un comentario no puede estar vacío.</translation>
    </message>
    <message>
        <source>A comment can be at most %L1 characters long; this one has %L2. Attach long texts as files.</source>
        <translation>Un comentario puede tener como máximo %L1 caracteres; este tiene %L2. Adjunte los textos largos como archivos.</translation>
    </message>
</context>
<context>
    <name>fb::ComposerDialog</name>
    <message>
        <source>Save message</source>
        <translation>Guardar mensaje</translation>
    </message>
    <message>
        <source>Mail message (*.eml)</source>
        <translation>Mensaje de correo (*.eml)</translation>
    </message>
    <message>
        <source>Write mail for ticket %1</source>
        <translation>Escribir correo para el ticket %1</translation>
    </message>
    <message>
        <source>the incident response team</source>
        <translation>el equipo de respuesta a incidentes</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Reporter: %1</source>
        <translation>Notificante: %1</translation>
    </message>
    <message>
        <source>Investigation #%1: %2</source>
        <translation>Investigación #%1: %2</translation>
    </message>
    <message>
        <source>Team: %1 &lt;%2&gt;</source>
        <translation>Equipo: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No known correspondent: type the address below</source>
        <translation>Ningún corresponsal conocido: escriba la dirección abajo</translation>
    </message>
    <message>
        <source>name@example.org, another@example.net</source>
        <translation>nombre@example.org, otro@example.net</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Editar plantilla…</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinatario:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>TLP:</source>
        <translation>TLP:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>The subject gets the ticket tag %1 and the TLP label; the TLP label also goes above the text.</source>
        <translation>El asunto recibe la etiqueta del ticket %1 y la etiqueta TLP; la etiqueta TLP también va encima del texto.</translation>
    </message>
    <message>
        <source>Sign with the team key</source>
        <translation>Firmar con la clave del equipo</translation>
    </message>
    <message>
        <source>No team key: choose our team and its key in the directory to sign mail.</source>
        <translation>No hay clave del equipo: elija nuestro equipo y su clave en el directorio para firmar el correo.</translation>
    </message>
    <message>
        <source>Team key %1</source>
        <translation>Clave del equipo %1</translation>
    </message>
    <message>
        <source>Encrypt to every recipient</source>
        <translation>Cifrar para cada destinatario</translation>
    </message>
    <message>
        <source>Looking up recipients&apos; keys…</source>
        <translation>Buscando las claves de los destinatarios…</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Guardar como .eml…</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>colega</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>Editar plantilla</translation>
    </message>
    <message>
        <source>The template is saved in this workspace.</source>
        <translation>La plantilla se guarda en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The workspace keyring could not be read: %1</source>
        <translation>No se pudo leer el anillo de claves del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>No recipient yet.</source>
        <translation>Todavía no hay destinatario.</translation>
    </message>
    <message>
        <source>✔ %1: usable key %2</source>
        <translation>✔ %1: clave utilizable %2</translation>
    </message>
    <message>
        <source>✘ %1: no usable key in the workspace keyring (Import key… in the directory)</source>
        <translation>✘ %1: no hay clave utilizable en el anillo de claves del espacio de trabajo (Importar clave… en el directorio)</translation>
    </message>
    <message>
        <source>Every recipient has a usable key.</source>
        <translation>Todos los destinatarios tienen una clave utilizable.</translation>
    </message>
    <message>
        <source>Composing…</source>
        <translation>Redactando…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1. Sending over SMTP comes later.</source>
        <translation>Guardado en %1. El envío por SMTP llegará más adelante.</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>CC:</translation>
    </message>
    <message>
        <source>Bcc:</source>
        <translation>CCO:</translation>
    </message>
    <message>
        <source>Blind copies: the other recipients do not see these addresses. The line stays in the saved .eml for the program that sends it, which removes it. Not with encryption, whose message would name their keys.</source>
        <translation>Copias ocultas: los demás destinatarios no ven estas direcciones. La línea queda en el .eml guardado para el programa que lo envía, que la elimina. No con cifrado, cuyo mensaje nombraría sus claves.</translation>
    </message>
    <message>
        <source>Sender of the last message: %1</source>
        <translation>Remitente del último mensaje: %1</translation>
    </message>
    <message>
        <source>Encryption needs a recipient with a usable key.</source>
        <translation>El cifrado necesita un destinatario con una clave utilizable.</translation>
    </message>
    <message>
        <source>Cannot encrypt: no usable key for %1.</source>
        <translation>No se puede cifrar: no hay clave utilizable para %1.</translation>
    </message>
    <message>
        <source>⚠ %1 is less restrictive than the ticket&apos;s %2: check that everything in this message may be shared as %1.</source>
        <translation>⚠ %1 es menos restrictivo que el %2 del ticket: compruebe que todo lo que contiene este mensaje puede compartirse como %1.</translation>
    </message>
    <message>
        <source>“%1” for this workspace. Placeholders: {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting}, {observables}. Empty text brings back the built-in template.</source>
        <translation>«%1» para este espacio de trabajo. Marcadores: {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting}, {observables}. Un texto vacío restablece la plantilla predefinida.</translation>
    </message>
</context>
<context>
    <name>fb::Constituency</name>
    <message>
        <source>“%1” is not an IP address or CIDR block.</source>
        <translation>«%1» no es una dirección IP ni un bloque CIDR.</translation>
    </message>
    <message>
        <source>“%1” is not an address range (first-last).</source>
        <translation>«%1» no es un rango de direcciones (primera-última).</translation>
    </message>
    <message>
        <source>The range “%1” mixes IPv4 and IPv6.</source>
        <translation>El rango «%1» mezcla IPv4 e IPv6.</translation>
    </message>
    <message>
        <source>The range “%1” ends before it starts.</source>
        <translation>El rango «%1» termina antes de empezar.</translation>
    </message>
    <message>
        <source>“%1” is not an AS number.</source>
        <translation>«%1» no es un número de AS.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>«%1» no es un nombre de dominio.</translation>
    </message>
    <message>
        <source>A constituency entry cannot be empty.</source>
        <translation>Una entrada de la comunidad atendida no puede estar vacía.</translation>
    </message>
    <message>
        <source>Unknown constituency kind.</source>
        <translation>Tipo de entrada de la comunidad atendida desconocido.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number, %2 why the line was refused</extracomment>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::ConstituencyReport</name>
    <message>
        <source>All constituencies</source>
        <translation>Todas las comunidades atendidas</translation>
    </message>
    <message>
        <source>Generated %1 by %2.</source>
        <translation>Generado el %1 por %2.</translation>
    </message>
    <message>
        <source>Generated %1 by %2 for %3.</source>
        <translation>Generado el %1 por %2 para %3.</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Sin tipo</translation>
    </message>
    <message>
        <source>No ticket names the constituency “%1”.</source>
        <translation>Ningún ticket indica la comunidad atendida «%1».</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>Contando tickets…</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
        <translation>%1, del %2 al %3</translation>
    </message>
    <message>
        <source>Constituency report: %1</source>
        <translation>Informe de la comunidad atendida: %1</translation>
    </message>
    <message>
        <source>Incident reports received</source>
        <translation>Notificaciones de incidente recibidas</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Incidentes abiertos</translation>
    </message>
    <message>
        <source>Incidents resolved</source>
        <translation>Incidentes resueltos</translation>
    </message>
    <message>
        <source>Incidents still open at the end of the period</source>
        <translation>Incidentes aún abiertos al final del periodo</translation>
    </message>
    <message>
        <source>First response to an incident report</source>
        <translation>Primera respuesta a una notificación de incidente</translation>
    </message>
    <message>
        <source>Resolution of an incident</source>
        <translation>Resolución de un incidente</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
</context>
<context>
    <name>fb::ConstituencyReportDialog</name>
    <message>
        <source>Constituency report</source>
        <translation>Informe de la comunidad atendida</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Constituency:</source>
        <translation>&amp;Comunidad atendida:</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Con formato</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Vista previa:</translation>
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
        <translation>CSV (una fila por cifra)</translation>
    </message>
    <message>
        <source>Export &amp;as:</source>
        <translation>Exportar &amp;como:</translation>
    </message>
    <message>
        <source>Counts only, no ticket content: the report is labelled TLP:AMBER.</source>
        <translation>Solo recuentos, ningún contenido de tickets: el informe lleva la etiqueta TLP:AMBER.</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>All constituencies</source>
        <translation>Todas las comunidades atendidas</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>El primer día es posterior al último día.</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>Contando tickets…</translation>
    </message>
    <message>
        <source>Export the constituency report</source>
        <translation>Exportar el informe de la comunidad atendida</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Informe escrito en %1.</translation>
    </message>
</context>
<context>
    <name>fb::ConstituencyReportFile</name>
    <message>
        <source>A constituency report is written as text, html, pdf or csv.</source>
        <translation>Un informe de la comunidad atendida se escribe como text, html, pdf o csv.</translation>
    </message>
</context>
<context>
    <name>fb::CorrespondencePanel</name>
    <message>
        <source>Save attachment</source>
        <translation>Guardar adjunto</translation>
    </message>
    <message>
        <source>Import the signer&apos;s public key</source>
        <translation>Importar la clave pública del firmante</translation>
    </message>
    <message>
        <source>OpenPGP keys (*.asc *.gpg *.pgp *.key);;All files (*)</source>
        <translation>Claves OpenPGP (*.asc *.gpg *.pgp *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import key…</source>
        <translation>Importar clave…</translation>
    </message>
    <message>
        <source>Import the signer&apos;s public key into the workspace keyring and check again</source>
        <translation>Importa la clave pública del firmante en el anillo de claves del espacio de trabajo y vuelve a comprobar</translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation>Entrada/Salida</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>In, encrypted</source>
        <translation>Entrada, cifrado</translation>
    </message>
    <message>
        <source>Out, encrypted</source>
        <translation>Salida, cifrado</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>The message was encrypted; Firebreak has not decrypted it.</source>
        <translation>El mensaje estaba cifrado; Firebreak no lo ha descifrado.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>a signature is being checked right now</extracomment>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The signature is being checked against the workspace keyring.</source>
        <translation>Se está comprobando la firma con el anillo de claves del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The message is signed; the signature has not been checked.</source>
        <translation>El mensaje está firmado; la firma no se ha comprobado.</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
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
        <translation>No se puede guardar el adjunto en %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>%1 is too large for a key file.</source>
        <translation>%1 es demasiado grande para un archivo de clave.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>archivo %1</translation>
    </message>
    <message>
        <source>Importing the key…</source>
        <translation>Importando la clave…</translation>
    </message>
    <message>
        <source>Imported into the workspace keyring: %1. Compare the fingerprint with the sender through another channel.</source>
        <translation>Importada en el anillo de claves del espacio de trabajo: %1. Compare la huella digital con el remitente por otro canal.</translation>
    </message>
    <message>
        <source>The signatures could not be checked: %1</source>
        <translation>No se pudieron comprobar las firmas: %1</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Mostrar texto citado</translation>
    </message>
    <message>
        <source>Quoted lines of earlier messages are folded into one line; tick to read them.</source>
        <translation>Las líneas citadas de mensajes anteriores se pliegan en una sola línea; marque la casilla para leerlas.</translation>
    </message>
    <message>
        <source>Open in window</source>
        <translation>Abrir en una ventana</translation>
    </message>
    <message>
        <source>Read the message in a window of its own (or double-click it in the list).</source>
        <translation>Leer el mensaje en una ventana propia (o hacer doble clic en él en la lista).</translation>
    </message>
    <message>
        <source>(The message came as HTML; shown as text, without its links&apos; targets, images and scripts.)</source>
        <translation>(El mensaje llegó como HTML; se muestra como texto, sin los destinos de sus enlaces, imágenes ni scripts.)</translation>
    </message>
    <message>
        <source>OpenPGP part, not an attachment: %1 (%2)</source>
        <translation>Parte OpenPGP, no un adjunto: %1 (%2)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Todavía no hay mensajes</translation>
    </message>
    <message>
        <source>Import mail about it (File → Import mail files…) or write one (Write mail…).</source>
        <translation>Importe correo sobre este ticket (Archivo → Importar archivos de correo…) o escriba uno (Escribir correo…).</translation>
    </message>
    <message>
        <source>Add to timeline…</source>
        <translation>Añadir a la cronología…</translation>
    </message>
    <message>
        <source>Add an event for this message to the ticket&apos;s timeline: its date, subject and sender.</source>
        <translation>Añadir a la cronología del ticket un evento para este mensaje: su fecha, asunto y remitente.</translation>
    </message>
</context>
<context>
    <name>fb::Countries</name>
    <message>
        <source>“%1” is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>«%1» no es un código de país ISO 3166-1 alfa-2.</translation>
    </message>
</context>
<context>
    <name>fb::CsafMandatoryTests</name>
    <message>
        <source>Product ID %1 is defined twice.</source>
        <translation>El ID de producto %1 está definido dos veces.</translation>
    </message>
    <message>
        <source>Product ID %1 is not defined in the product tree.</source>
        <translation>El ID de producto %1 no está definido en el árbol de productos.</translation>
    </message>
    <message>
        <source>Product ID %1 is defined in terms of itself.</source>
        <translation>El ID de producto %1 está definido en función de sí mismo.</translation>
    </message>
    <message>
        <source>Product group ID %1 is defined twice.</source>
        <translation>El ID de grupo de productos %1 está definido dos veces.</translation>
    </message>
    <message>
        <source>Product group ID %1 is not defined in the product tree.</source>
        <translation>El ID de grupo de productos %1 no está definido en el árbol de productos.</translation>
    </message>
    <message>
        <source>Product %1 is both %2 and %3.</source>
        <translation>El producto %1 es a la vez %2 y %3.</translation>
    </message>
    <message>
        <source>The required property %1 is missing.</source>
        <translation>Falta la propiedad obligatoria %1.</translation>
    </message>
    <message>
        <source>%1 is not a CVSS v3 version.</source>
        <translation>%1 no es una versión de CVSS v3.</translation>
    </message>
    <message>
        <source>The vector does not start with CVSS:%1/.</source>
        <translation>El vector no empieza por CVSS:%1/.</translation>
    </message>
    <message>
        <source>%1 is not a value of %2.</source>
        <translation>%1 no es un valor de %2.</translation>
    </message>
    <message>
        <source>%1 is not a score from 0 to 10.</source>
        <translation>%1 no es una puntuación de 0 a 10.</translation>
    </message>
    <message>
        <source>%1 is not a severity.</source>
        <translation>%1 no es una gravedad.</translation>
    </message>
    <message>
        <source>Product %1 has more than one CVSS %2 score.</source>
        <translation>El producto %1 tiene más de una puntuación CVSS %2.</translation>
    </message>
    <message>
        <source>Revision %1 is dated after revision %2 but numbered below it.</source>
        <translation>La revisión %1 tiene fecha posterior a la revisión %2, pero un número inferior.</translation>
    </message>
    <message>
        <source>The revision history skips from %1 to %2.</source>
        <translation>El historial de revisiones salta de %1 a %2.</translation>
    </message>
    <message>
        <source>The first revision is %1; it must be 0 or 1.</source>
        <translation>La primera revisión es %1; debe ser 0 o 1.</translation>
    </message>
    <message>
        <source>The document is %1 but its revision history holds the draft version %2.</source>
        <translation>El documento es %1, pero su historial de revisiones contiene la versión de borrador %2.</translation>
    </message>
    <message>
        <source>Revision %1 is a pre-release.</source>
        <translation>La revisión %1 es una versión preliminar (pre-release).</translation>
    </message>
    <message>
        <source>Version %1 appears twice in the revision history.</source>
        <translation>La versión %1 aparece dos veces en el historial de revisiones.</translation>
    </message>
    <message>
        <source>The document version is %1 but the latest revision is %2.</source>
        <translation>La versión del documento es %1, pero la última revisión es %2.</translation>
    </message>
    <message>
        <source>Version %1 is a draft version but the status is %2.</source>
        <translation>La versión %1 es una versión de borrador, pero el estado es %2.</translation>
    </message>
    <message>
        <source>The document is %1 but its version %2 is a pre-release.</source>
        <translation>El documento es %1, pero su versión %2 es una versión preliminar (pre-release).</translation>
    </message>
    <message>
        <source>Version %1 mixes integer and semantic versioning.</source>
        <translation>La versión %1 mezcla el versionado entero y el semántico.</translation>
    </message>
    <message>
        <source>The publisher is a translator but the source language is not given.</source>
        <translation>El editor es un traductor, pero no se indica el idioma de origen.</translation>
    </message>
    <message>
        <source>The source language is the document language (%1).</source>
        <translation>El idioma de origen es el idioma del documento (%1).</translation>
    </message>
    <message>
        <source>%1 is used by more than one vulnerability.</source>
        <translation>%1 lo usa más de una vulnerabilidad.</translation>
    </message>
    <message>
        <source>Party %1 is involved twice at the same date.</source>
        <translation>La parte %1 interviene dos veces en la misma fecha.</translation>
    </message>
    <message>
        <source>Hash algorithm %1 is used twice.</source>
        <translation>El algoritmo de hash %1 se usa dos veces.</translation>
    </message>
    <message>
        <source>The category %1 is reserved for a CSAF profile.</source>
        <translation>La categoría %1 está reservada para un perfil CSAF.</translation>
    </message>
    <message>
        <source>The document has no note of category description, details, general or summary.</source>
        <translation>El documento no tiene ninguna nota de categoría description, details, general o summary.</translation>
    </message>
    <message>
        <source>The document has no external reference.</source>
        <translation>El documento no tiene ninguna referencia externa.</translation>
    </message>
    <message>
        <source>An informational advisory has no vulnerabilities.</source>
        <translation>Un aviso informativo no debe tener vulnerabilidades.</translation>
    </message>
    <message>
        <source>The document has no product tree.</source>
        <translation>El documento no tiene árbol de productos.</translation>
    </message>
    <message>
        <source>The document has no vulnerabilities.</source>
        <translation>El documento no tiene vulnerabilidades.</translation>
    </message>
    <message>
        <source>The vulnerability has no notes.</source>
        <translation>La vulnerabilidad no tiene notas.</translation>
    </message>
    <message>
        <source>The vulnerability has no product status.</source>
        <translation>La vulnerabilidad no tiene estado de producto.</translation>
    </message>
    <message>
        <source>The product status has none of fixed, known_affected, known_not_affected and under_investigation.</source>
        <translation>El estado de producto no contiene ninguno de fixed, known_affected, known_not_affected ni under_investigation.</translation>
    </message>
    <message>
        <source>The vulnerability has neither a CVE nor ids.</source>
        <translation>La vulnerabilidad no tiene ni CVE ni ids.</translation>
    </message>
    <message>
        <source>There is no impact statement for %1.</source>
        <translation>No hay declaración de impacto para %1.</translation>
    </message>
    <message>
        <source>There is no action statement for %1.</source>
        <translation>No hay declaración de acción para %1.</translation>
    </message>
    <message>
        <source>The remediation names no product or product group.</source>
        <translation>La remediación no indica ningún producto ni grupo de productos.</translation>
    </message>
    <message>
        <source>The product version %1 is a version range.</source>
        <translation>La versión de producto %1 es un rango de versiones.</translation>
    </message>
</context>
<context>
    <name>fb::CsafReader</name>
    <message>
        <source>This is not a JSON document: %1.</source>
        <translation>No es un documento JSON: %1.</translation>
    </message>
    <message>
        <source>Only CSAF 2.0 documents can be imported.</source>
        <translation>Solo se pueden importar documentos CSAF 2.0.</translation>
    </message>
    <message>
        <source>The CSAF document has no tracking id or title.</source>
        <translation>El documento CSAF no tiene id de seguimiento (tracking id) ni título.</translation>
    </message>
    <message>
        <source>CVSS v2 is not kept</source>
        <translation>CVSS v2 no se conserva</translation>
    </message>
    <message>
        <source>a further CVSS v3 score is not kept (one vector per vulnerability)</source>
        <translation>no se conserva otra puntuación CVSS v3 (un vector por vulnerabilidad)</translation>
    </message>
    <message>
        <source>the vector is not kept: %1</source>
        <translation>no se conserva el vector: %1</translation>
    </message>
    <message>
        <source>a CVSS 3.0 vector, kept as given (its base score is that of CVSS 3.1)</source>
        <translation>un vector CVSS 3.0, conservado tal como se indicó (su puntuación base es la de CVSS 3.1)</translation>
    </message>
    <message>
        <source>%1 given, %2 from the vector; corrected</source>
        <translation>se indicó %1, pero el vector indica %2; corregido</translation>
    </message>
    <message>
        <source>%1 given, %2 computed from the vector; corrected</source>
        <translation>se indicó %1, pero del vector se calcula %2; corregido</translation>
    </message>
    <message>
        <source>%1 given, %2 in the vector; corrected</source>
        <translation>se indicó %1, pero el vector tiene %2; corregido</translation>
    </message>
    <message>
        <source>not kept (Firebreak&apos;s advisory has no place for it)</source>
        <translation>no se conserva (el aviso de Firebreak no tiene lugar para ello)</translation>
    </message>
    <message>
        <source>the document&apos;s profile is %1, not csaf_security_advisory</source>
        <translation>el perfil del documento es %1, no csaf_security_advisory</translation>
    </message>
    <message>
        <source>the document carries no TLP label; it was set to TLP:AMBER</source>
        <translation>el documento no lleva etiqueta TLP; se estableció TLP:AMBER</translation>
    </message>
    <message>
        <source>the note “%1” of category %2 is not kept</source>
        <translation>no se conserva la nota «%1» de categoría %2</translation>
    </message>
    <message>
        <source>%1 is already %2 from an earlier vulnerability; one status per product is kept</source>
        <translation>%1 ya es %2 por una vulnerabilidad anterior; se conserva un estado por producto</translation>
    </message>
    <message>
        <source>the remediation of category %1 is not kept</source>
        <translation>no se conserva la remediación de categoría %1</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) had no status and were set to under investigation</source>
        <translation>
            <numerusform>%n producto no tenía estado y se estableció como en investigación</numerusform>
            <numerusform>%n productos no tenían estado y se establecieron como en investigación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product status entr(y/ies) named products outside the product branches (e.g. relationships); they were not imported</source>
        <translation>
            <numerusform>%n entrada de estado de producto nombraba productos fuera de las ramas de productos (p. ej. relaciones); no se importó</numerusform>
            <numerusform>%n entradas de estado de producto nombraban productos fuera de las ramas de productos (p. ej. relaciones); no se importaron</numerusform>
        </translation>
    </message>
    <message>
        <source>the source fails CSAF mandatory test %1: %2</source>
        <translation>el origen no supera la prueba obligatoria de CSAF %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::CsafWriter</name>
    <message>
        <source>Not exported: %1 (see advisory lint).</source>
        <translation>No exportado: %1 (consulte advisory lint).</translation>
    </message>
    <message>
        <source>Not exported: the CSAF document fails mandatory test %1 at %2: %3</source>
        <translation>No exportado: el documento CSAF no supera la prueba obligatoria %1 en %2: %3</translation>
    </message>
</context>
<context>
    <name>fb::CsvReader</name>
    <message>
        <source>The file has %L1 bytes; at most %L2 are read.</source>
        <translation>El archivo tiene %L1 bytes; se leen como máximo %L2.</translation>
    </message>
    <message>
        <source>Line %L1 is not valid UTF-8.</source>
        <translation>La línea %L1 no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows.</source>
        <translation>El archivo tiene más de %L1 filas.</translation>
    </message>
    <message>
        <source>Row %L1, column %L2 holds a control character (U+%3).</source>
        <translation>La fila %L1, columna %L2 contiene un carácter de control (U+%3).</translation>
    </message>
    <message>
        <source>Row %L1, column %L2: text follows the closing quote of a field.</source>
        <translation>Fila %L1, columna %L2: hay texto después de las comillas de cierre de un campo.</translation>
    </message>
    <message>
        <source>Row %L1, column %L2: a quote inside a field that does not start with one (write the field in quotes and double the quote).</source>
        <translation>Fila %L1, columna %L2: hay comillas dentro de un campo que no empieza con comillas (escriba el campo entre comillas y duplique las comillas).</translation>
    </message>
    <message>
        <source>Row %L1, column %L2: a quoted field is not closed before the end of the file.</source>
        <translation>Fila %L1, columna %L2: un campo entre comillas no se cierra antes del final del archivo.</translation>
    </message>
</context>
<context>
    <name>fb::Cvss31</name>
    <message>
        <source>CVSS 3.0 vectors are not accepted here; give a CVSS:3.1/ vector.</source>
        <translation>Aquí no se aceptan vectores CVSS 3.0; indique un vector CVSS:3.1/.</translation>
    </message>
    <message>
        <source>A CVSS v3.1 vector starts with &quot;CVSS:3.1/&quot;.</source>
        <translation>Un vector CVSS v3.1 empieza por «CVSS:3.1/».</translation>
    </message>
    <message>
        <source>The CVSS vector has no metrics.</source>
        <translation>El vector CVSS no tiene métricas.</translation>
    </message>
    <message>
        <source>The CVSS vector has an empty component after %1 (a stray or trailing slash).</source>
        <translation>El vector CVSS tiene un componente vacío después de %1 (una barra suelta o final).</translation>
    </message>
    <message>
        <source>CVSS metric names are upper case: %1.</source>
        <translation>Los nombres de las métricas CVSS van en mayúsculas: %1.</translation>
    </message>
    <message>
        <source>%1 is not a CVSS v3.1 metric.</source>
        <translation>%1 no es una métrica CVSS v3.1.</translation>
    </message>
    <message>
        <source>The CVSS metric %1 has no value.</source>
        <translation>La métrica CVSS %1 no tiene valor.</translation>
    </message>
    <message>
        <source>The CVSS metric %1 is given twice.</source>
        <translation>La métrica CVSS %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 is not a value of the CVSS metric %2 (allowed: %3).</source>
        <translation>%1 no es un valor de la métrica CVSS %2 (permitidos: %3).</translation>
    </message>
    <message>
        <source>The CVSS base metric %1 is missing.</source>
        <translation>Falta la métrica base CVSS %1.</translation>
    </message>
    <message>
        <source>CVSS 3.0 vectors are read for their base score only; %1 is not accepted. Give a CVSS:3.1/ vector.</source>
        <translation>De los vectores CVSS 3.0 solo se lee la puntuación base; %1 no se acepta. Indique un vector CVSS:3.1/.</translation>
    </message>
</context>
<context>
    <name>fb::CvssJson</name>
    <message>
        <source>The vector cannot be scored: %1</source>
        <translation>No se puede puntuar el vector: %1</translation>
    </message>
    <message>
        <source>%1 is %2 but the vector gives %3.</source>
        <translation>%1 es %2, pero el vector da %3.</translation>
    </message>
    <message>
        <source>version %1 does not match the vector&apos;s prefix.</source>
        <translation>la versión %1 no coincide con el prefijo del vector.</translation>
    </message>
    <message>
        <source>%1 is %2 but the vector says %3 (%4).</source>
        <translation>%1 es %2, pero el vector indica %3 (%4).</translation>
    </message>
</context>
<context>
    <name>fb::DashboardPage</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;hasta:</translation>
    </message>
    <message>
        <source>&amp;Constituency:</source>
        <translation>&amp;Comunidad atendida:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Incidents per RSIT class and month</source>
        <translation>Incidentes por clase RSIT y mes</translation>
    </message>
    <message>
        <source>Open tickets by kind and state</source>
        <translation>Tickets abiertos por tipo y estado</translation>
    </message>
    <message>
        <source>SLA breaches per week</source>
        <translation>Incumplimientos del SLA por semana</translation>
    </message>
    <message>
        <source>Incident reports by channel and reporter type</source>
        <translation>Notificaciones de incidentes por canal y tipo de notificante</translation>
    </message>
    <message>
        <source>Time to first response by severity (hours)</source>
        <translation>Tiempo hasta la primera respuesta por gravedad (horas)</translation>
    </message>
    <message>
        <source>Time to resolution by severity (hours)</source>
        <translation>Tiempo hasta la resolución por gravedad (horas)</translation>
    </message>
    <message>
        <source>All constituencies</source>
        <translation>Todas las comunidades atendidas</translation>
    </message>
    <message>
        <source>No tickets to chart yet</source>
        <translation>Todavía no hay tickets para los gráficos</translation>
    </message>
    <message>
        <source>The charts fill as reports come in: import mail with File → Import mail files…</source>
        <translation>Los gráficos se llenan a medida que llegan notificaciones: importe correo con Archivo → Importar archivos de correo…</translation>
    </message>
    <message>
        <source>Overdue tasks now: %L1</source>
        <extracomment>On the dashboard: open tasks past their due date, now (not in the chosen range).</extracomment>
        <translation>Tareas vencidas ahora: %L1</translation>
    </message>
    <message>
        <source>Shareable &amp;statistics…</source>
        <translation>E&amp;stadísticas para compartir…</translation>
    </message>
    <message>
        <source>Counts per RSIT class, month and sector or country that reveal no single case</source>
        <translation>Recuentos por clase RSIT, mes y sector o país que no revelan ningún caso concreto</translation>
    </message>
    <message>
        <source>Constituency &amp;report…</source>
        <translation>&amp;Informe de la comunidad atendida…</translation>
    </message>
    <message>
        <source>Counts, response and resolution times and SLA breaches of the chosen range and constituency, as text, HTML, PDF or CSV</source>
        <translation>Recuentos, tiempos de respuesta y de resolución e incumplimientos del SLA del intervalo y la comunidad atendida elegidos, como texto, HTML, PDF o CSV</translation>
    </message>
</context>
<context>
    <name>fb::DemoCorrespondence</name>
    <message>
        <source>The demo file %1 is missing from this build.</source>
        <translation>Falta el archivo de demostración %1 en esta compilación.</translation>
    </message>
    <message>
        <source>The demo report from %1 is missing.</source>
        <translation>Falta la notificación de demostración de %1.</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>datos de demostración</translation>
    </message>
</context>
<context>
    <name>fb::DemoDirectory</name>
    <message>
        <source>The demo directory goes into an empty directory; this one has teams.</source>
        <translation>El directorio de demostración va en un directorio vacío; este tiene equipos.</translation>
    </message>
</context>
<context>
    <name>fb::DemoWorkspace</name>
    <message>
        <source>The demo goes into an empty workspace; this one has tickets.</source>
        <translation>La demostración se crea en un espacio de trabajo vacío; este ya tiene tickets.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryCommands</name>
    <message>
        <source>The team&apos;s official name (or the person&apos;s name with --person).</source>
        <translation>El nombre oficial del equipo (o el nombre de la persona con --person).</translation>
    </message>
    <message>
        <source>The team&apos;s short name (CERT-XX).</source>
        <translation>El nombre corto del equipo (CERT-XX).</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 country code.</source>
        <translation>Código de país ISO 3166-1 alfa-2.</translation>
    </message>
    <message>
        <source>Team type: %1.</source>
        <translation>Tipo de equipo: %1.</translation>
    </message>
    <message>
        <source>Add a person instead of a team.</source>
        <translation>Añade una persona en lugar de un equipo.</translation>
    </message>
    <message>
        <source>With --person: the team the person belongs to.</source>
        <translation>Con --person: el equipo al que pertenece la persona.</translation>
    </message>
    <message>
        <source>With --person: the role in that team (lead, handler...).</source>
        <translation>Con --person: la función en ese equipo (lead, handler...).</translation>
    </message>
    <message>
        <source>With --person: member since (yyyy-mm-dd).</source>
        <translation>Con --person: miembro desde (aaaa-mm-dd).</translation>
    </message>
    <message>
        <source>Add a team with its channels, constituency, keys and agreements, or a person with --person.</source>
        <translation>Añade un equipo con sus canales, comunidad atendida, claves y acuerdos, o una persona con --person.</translation>
    </message>
    <message>
        <source>Added person #%1.</source>
        <translation>Se añadió la persona #%1.</translation>
    </message>
    <message>
        <source>Added team #%1.</source>
        <translation>Se añadió el equipo #%1.</translation>
    </message>
    <message>
        <source>Team id, UUID, short or official name.</source>
        <translation>Id del equipo, UUID, nombre corto u oficial.</translation>
    </message>
    <message>
        <source>Change a team. Every change is recorded in the history and protects the field from being overwritten by older imports.</source>
        <translation>Modifica un equipo. Cada cambio se registra en el historial y protege el campo para que no lo sobrescriban importaciones más antiguas.</translation>
    </message>
    <message>
        <source>Updated team #%1.</source>
        <translation>Se actualizó el equipo #%1.</translation>
    </message>
    <message>
        <source>Show everything known about a team.</source>
        <translation>Muestra todo lo que se sabe de un equipo.</translation>
    </message>
    <message>
        <source>Only teams of this country.</source>
        <translation>Solo equipos de este país.</translation>
    </message>
    <message>
        <source>Only teams of this type.</source>
        <translation>Solo equipos de este tipo.</translation>
    </message>
    <message>
        <source>List people instead of teams.</source>
        <translation>Enumera personas en lugar de equipos.</translation>
    </message>
    <message>
        <source>List the teams of the directory.</source>
        <translation>Enumera los equipos del directorio.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>TEAMS</source>
        <translation>EQUIPOS</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (hasta %1)</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>TI</source>
        <translation>TI</translation>
    </message>
    <message>
        <source>ENTRIES</source>
        <translation>ENTRADAS</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>VERIFICADO</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>IP address, CIDR, AS number, domain, e-mail address or country code.</source>
        <translation>Dirección IP, CIDR, número de AS, dominio, dirección de correo electrónico o código de país.</translation>
    </message>
    <message>
        <source>  no team handles this</source>
        <translation>  ningún equipo se ocupa de esto</translation>
    </message>
    <message>
        <source>  nothing specific; national team of %1:</source>
        <translation>  nada específico; equipo nacional de %1:</translation>
    </message>
    <message>
        <source>teams.json (Trusted Introducer), a .vcf file, or ASCII-armoured keys (.asc).</source>
        <translation>teams.json (Trusted Introducer), un archivo .vcf o claves con armadura ASCII (.asc).</translation>
    </message>
    <message>
        <source>ti, vcard or keys (default: from the file name).</source>
        <translation>ti, vcard o keys (predeterminado: según el nombre del archivo).</translation>
    </message>
    <message>
        <source>With keys: link the imported keys to this team.</source>
        <translation>Con keys: vincula las claves importadas a este equipo.</translation>
    </message>
    <message>
        <source>Import teams and people. Valid entries are imported, entries with problems are reported with their position and left out (exit code 2); fields you edited after the imported record was last changed are kept and listed.</source>
        <translation>Importa equipos y personas. Las entradas válidas se importan; las que tienen problemas se notifican con su posición y se omiten (código de salida 2); los campos que usted editó después de la última modificación del registro importado se conservan y se enumeran.</translation>
    </message>
    <message>
        <source>--format is ti, vcard or keys.</source>
        <translation>--format es ti, vcard o keys.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the input; the valid entries were imported.</source>
        <translation>
            <numerusform>%n problema en la entrada; se importaron las entradas válidas.</numerusform>
            <numerusform>%n problemas en la entrada; se importaron las entradas válidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where to write; &apos;-&apos; for standard output.</source>
        <translation>Dónde escribir; «-» para la salida estándar.</translation>
    </message>
    <message>
        <source>vcard or json (default: from the file name).</source>
        <translation>vcard o json (predeterminado: según el nombre del archivo).</translation>
    </message>
    <message>
        <source>Export only this team (repeatable).</source>
        <translation>Exporta solo este equipo (repetible).</translation>
    </message>
    <message>
        <source>Export the directory, or the teams named with --team and their people.</source>
        <translation>Exporta el directorio, o los equipos indicados con --team y sus personas.</translation>
    </message>
    <message>
        <source>--format is vcard or json.</source>
        <translation>--format es vcard o json.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>Exported %1 teams and %2 people to %3.</source>
        <translation>Se exportaron %1 equipos y %2 personas a %3.</translation>
    </message>
    <message>
        <source>Not verified for this many days (default: the setting).</source>
        <translation>Sin verificar desde hace este número de días (predeterminado: el ajuste).</translation>
    </message>
    <message>
        <source>Change the setting (default 180 days).</source>
        <translation>Cambia el ajuste (predeterminado: 180 días).</translation>
    </message>
    <message>
        <source>The number of days must be a whole number above zero.</source>
        <translation>El número de días debe ser un número entero mayor que cero.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>LAST VERIFIED</source>
        <translation>ÚLTIMA VERIFICACIÓN</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>POR</translation>
    </message>
    <message>
        <source>Only this team&apos;s keys.</source>
        <translation>Solo las claves de este equipo.</translation>
    </message>
    <message>
        <source>Add the public keys of an ASCII-armoured file to the workspace keyring.</source>
        <translation>Añade las claves públicas de un archivo con armadura ASCII al anillo de claves del espacio de trabajo.</translation>
    </message>
    <message>
        <source>With --import: link the imported keys to this team.</source>
        <translation>Con --import: vincula las claves importadas a este equipo.</translation>
    </message>
    <message>
        <source>List the OpenPGP keys linked to teams and people with fingerprint, algorithm, dates, user IDs, validity and warnings (expired, expiring within 30 days, revoked, weak, not in the keyring). Link a key you already hold with &apos;directory edit TEAM --link-key FINGERPRINT&apos;.</source>
        <translation>Enumera las claves OpenPGP vinculadas a equipos y personas con huella digital, algoritmo, fechas, ID de usuario, validez y advertencias (caducada, caduca en menos de 30 días, revocada, débil, no está en el anillo de claves). Vincule una clave que ya tenga con «directory edit EQUIPO --link-key HUELLA».</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>archivo %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s).</source>
        <translation>
            <numerusform>Se importó %n clave.</numerusform>
            <numerusform>Se importaron %n claves.</numerusform>
        </translation>
    </message>
    <message>
        <source>--link goes with --import.</source>
        <translation>--link va con --import.</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>TITULAR</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>HUELLA DIGITAL</translation>
    </message>
    <message>
        <source>ALGORITHM</source>
        <translation>ALGORITMO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADA</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>CADUCA</translation>
    </message>
    <message>
        <source>VALIDITY</source>
        <translation>VALIDEZ</translation>
    </message>
    <message>
        <source>USER IDS</source>
        <translation>ID DE USUARIO</translation>
    </message>
    <message>
        <source>WARNINGS</source>
        <translation>ADVERTENCIAS</translation>
    </message>
    <message>
        <source>Key %1: %2</source>
        <translation>Clave %1: %2</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>ORGANIZACIÓN</translation>
    </message>
    <message>
        <source>Also answer the queries in this file, one a line (&apos;-&apos;: standard input).</source>
        <translation>Responde también a las consultas de este archivo, una por línea («-»: entrada estándar).</translation>
    </message>
    <message>
        <source>Which teams handle these, most specific first, with the path of each match. Nothing specific: a name under a ccTLD falls back to that country&apos;s national team. A query that is not valid is reported and the others are answered (exit code 2).</source>
        <translation>Qué equipos se ocupan de estas consultas, del más específico al menos, con la ruta de cada coincidencia. Si no hay nada específico, un nombre bajo un ccTLD recurre al equipo nacional de ese país. Una consulta no válida se notifica y las demás se responden (código de salida 2).</translation>
    </message>
    <message>
        <source>Name at least one query, or a file of them with --queries.</source>
        <translation>Indique al menos una consulta, o un archivo con ellas mediante --queries.</translation>
    </message>
    <message>
        <source>not a valid query</source>
        <translation>no es una consulta válida</translation>
    </message>
    <message>
        <source>%1 of %2 queries were not valid; the others were answered.</source>
        <translation>%1 de %2 consultas no eran válidas; las demás se respondieron.</translation>
    </message>
    <message>
        <source>List teams and people not confirmed within the stale period: for a team, the later of our verification and its update at the source.</source>
        <translation>Enumera los equipos y personas no confirmados dentro del periodo de desactualización: para un equipo, la más reciente entre nuestra verificación y su actualización en el origen.</translation>
    </message>
    <message>
        <source>UPDATED AT SOURCE</source>
        <translation>ACTUALIZADO EN ORIGEN</translation>
    </message>
    <message>
        <source>COUNTED FROM</source>
        <translation>CONTADO DESDE</translation>
    </message>
    <message>
        <source>source update</source>
        <translation>actualización en origen</translation>
    </message>
    <message>
        <source>our verification</source>
        <translation>nuestra verificación</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryImportJob</name>
    <message numerus="yes">
        <source>%1: %n key(s) imported.</source>
        <translation>
            <numerusform>%1: %n clave importada.</numerusform>
            <numerusform>%1: %n claves importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
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
        <translation>%1: equipo %2 añadido al directorio.</translation>
    </message>
    <message>
        <source>%1: team %2 updated in the directory.</source>
        <translation>%1: equipo %2 actualizado en el directorio.</translation>
    </message>
    <message>
        <source>Not mapped to an RFC 2350 section, kept with the import: %1</source>
        <extracomment>%1 is a heading in the imported document that matches no RFC 2350 section</extracomment>
        <translation>No corresponde a ninguna sección de RFC 2350; se conserva con la importación: %1</translation>
    </message>
    <message>
        <source>Checking the signature and importing the document…</source>
        <translation>Comprobando la firma e importando el documento…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <source>The import file could not be opened.</source>
        <translation>No se pudo abrir el archivo de importación.</translation>
    </message>
    <message>
        <source>The import file is larger than 256 MiB.</source>
        <translation>El archivo de importación ocupa más de 256 MiB.</translation>
    </message>
    <message>
        <source>The import file could not be read.</source>
        <translation>No se pudo leer el archivo de importación.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Merging the entries…</source>
        <translation>Fusionando las entradas…</translation>
    </message>
    <message>
        <source>Importing the keys…</source>
        <translation>Importando las claves…</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>archivo %1</translation>
    </message>
    <message>
        <source>Reading the entries…</source>
        <translation>Leyendo las entradas…</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation>%1: %2 añadidos, %3 actualizados, %4 sin cambios, %5 omitidos.</translation>
    </message>
    <message>
        <source>The key named in 2.8 (%1) was not linked to the team.</source>
        <extracomment>%1 is an OpenPGP fingerprint</extracomment>
        <translation>La clave indicada en 2.8 (%1) no se vinculó al equipo.</translation>
    </message>
    <message>
        <source>Constituency (3.2), not taken: %1</source>
        <extracomment>%1 is a piece of section 3.2 of an imported RFC 2350 document and why it was not taken</extracomment>
        <translation>Comunidad atendida (3.2), no se incorporó: %1</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <extracomment>%1 is a position in the import file (contacts.vcf, line 12), %2 what was read differently or left out</extracomment>
        <translation>%1: advertencia: %2</translation>
    </message>
    <message>
        <source>%1: stopped on request, the entries merged so far are kept: %2 added, %3 updated, %4 unchanged, %5 skipped, %6 not reached. Import the file again to complete it.</source>
        <translation>%1: detenido a petición, se conservan las entradas fusionadas hasta ahora: %2 añadidos, %3 actualizados, %4 sin cambios, %5 omitidos, %6 sin procesar. Importe el archivo de nuevo para completarlo.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryImportProgressDialog</name>
    <message>
        <source>Importing into the directory</source>
        <translation>Importando en el directorio</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>&amp;Stop and keep</source>
        <translation>&amp;Detener y conservar</translation>
    </message>
    <message>
        <source>Keep the entries merged so far; importing the file again completes the import.</source>
        <translation>Conservar las entradas fusionadas hasta ahora; al importar el archivo de nuevo se completa la importación.</translation>
    </message>
    <message>
        <source>Undo the whole import: nothing is changed.</source>
        <translation>Deshacer toda la importación: no se cambia nada.</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be changed…</source>
        <translation>Cancelando: no se cambiará nada…</translation>
    </message>
    <message>
        <source>Stopping: the entries merged so far are kept…</source>
        <translation>Deteniendo: se conservan las entradas fusionadas hasta ahora…</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryImporter</name>
    <message>
        <source>%1 %2: kept your edit of %3</source>
        <translation>%1 %2: se conservó su edición de %3</translation>
    </message>
    <message>
        <source>The team %1 is not in the directory; the membership was left out.</source>
        <translation>El equipo %1 no está en el directorio; se omitió la pertenencia.</translation>
    </message>
    <message>
        <source>%1: kept your edits</source>
        <translation>%1: se conservaron sus ediciones</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Se canceló la importación; no se importó nada.</translation>
    </message>
    <message>
        <source>Importing directory entries</source>
        <translation>Importando entradas del directorio</translation>
    </message>
    <message>
        <source>%1: the field %2 is %L3 characters long, more than the %L4 a directory field may hold; it was left out.</source>
        <translation>%1: el campo %2 tiene %L3 caracteres, más de los %L4 que admite un campo del directorio; se omitió.</translation>
    </message>
    <message>
        <source>%1 (matched by e-mail address)</source>
        <translation>%1 (coincidencia por dirección de correo electrónico)</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryKeys</name>
    <message>
        <source>The key is not in the workspace keyring; import it before relying on it.</source>
        <translation>La clave no está en el anillo de claves del espacio de trabajo; impórtela antes de confiar en ella.</translation>
    </message>
    <message>
        <source>the Trusted Introducer entry</source>
        <translation>la entrada de Trusted Introducer</translation>
    </message>
    <message>
        <source>the imported entry</source>
        <translation>la entrada importada</translation>
    </message>
    <message>
        <source>the team&apos;s RFC 2350 profile (imported %1)</source>
        <translation>el perfil RFC 2350 del equipo (importado %1)</translation>
    </message>
    <message>
        <source>the team&apos;s RFC 2350 profile</source>
        <translation>el perfil RFC 2350 del equipo</translation>
    </message>
    <message>
        <source>%1 names the key %2, but no key is linked to the team.</source>
        <translation>%1 indica la clave %2, pero no hay ninguna clave vinculada al equipo.</translation>
    </message>
    <message>
        <source>The linked key %1 differs from the key %2 names (%3): check which one the team uses.</source>
        <translation>La clave vinculada %1 difiere de la clave que indica %2 (%3): compruebe cuál usa el equipo.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Who handles… (address, network, AS, domain, e-mail)</source>
        <translation>Quién atiende… (dirección, red, AS, dominio, correo electrónico)</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Trusted Introducer teams.json…</source>
        <translation>teams.json de Trusted Introducer…</translation>
    </message>
    <message>
        <source>vCard file…</source>
        <translation>Archivo vCard…</translation>
    </message>
    <message>
        <source>OpenPGP keys…</source>
        <translation>Claves OpenPGP…</translation>
    </message>
    <message>
        <source>&amp;Export vCard…</source>
        <translation>&amp;Exportar vCard…</translation>
    </message>
    <message>
        <source>The directory could not be read completely.</source>
        <translation>No se pudo leer el directorio por completo.</translation>
    </message>
    <message>
        <source>Nobody in the directory handles %1.</source>
        <translation>Nadie del directorio atiende %1.</translation>
    </message>
    <message>
        <source>Nobody holds %1 itself; %2 is the team for its country (%3).</source>
        <translation>Nadie tiene %1 directamente; %2 es el equipo de su país (%3).</translation>
    </message>
    <message>
        <source>%1 is handled by %2 (constituency entry %3).</source>
        <translation>%1 lo atiende %2 (entrada de la comunidad atendida %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n more team(s) also match.</source>
        <translation>
            <numerusform>También coincide %n equipo más.</numerusform>
            <numerusform>También coinciden %n equipos más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trusted Introducer JSON (*.json)</source>
        <translation>JSON de Trusted Introducer (*.json)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>Archivos vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>OpenPGP keys (*.asc *.gpg *.pgp)</source>
        <translation>Claves OpenPGP (*.asc *.gpg *.pgp)</translation>
    </message>
    <message>
        <source>Import into the directory</source>
        <translation>Importar en el directorio</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Export the directory as vCard</source>
        <translation>Exportar el directorio como vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Directory written to %1.</source>
        <translation>Directorio escrito en %1.</translation>
    </message>
    <message>
        <source>RFC 2350 document…</source>
        <translation>Documento RFC 2350…</translation>
    </message>
    <message>
        <source>RFC 2350 documents (*.txt *.asc)</source>
        <translation>Documentos RFC 2350 (*.txt *.asc)</translation>
    </message>
    <message>
        <source>Signer is not the team&apos;s key</source>
        <translation>El firmante no es la clave del equipo</translation>
    </message>
    <message>
        <source>This document is signed by another key than the team&apos;s own key named in its section 2.8. Anybody can sign a text that names somebody else&apos;s key.</source>
        <translation>Este documento está firmado con una clave distinta de la clave propia del equipo indicada en su sección 2.8. Cualquiera puede firmar un texto que indique la clave de otra persona.</translation>
    </message>
    <message>
        <source>Signed by: %1 %2
Key named in 2.8: %3

Link the key named in 2.8 to the team anyway? Answer Yes only after checking with the team that the signer may speak for it.</source>
        <extracomment>%1 and %3 are OpenPGP fingerprints, %2 the signer&apos;s user id</extracomment>
        <translation>Firmado por: %1 %2
Clave indicada en 2.8: %3

¿Vincular de todos modos al equipo la clave indicada en 2.8? Responda Sí solo después de comprobar con el equipo que el firmante puede hablar en su nombre.</translation>
    </message>
    <message>
        <source>&amp;Link the key</source>
        <translation>&amp;Vincular la clave</translation>
    </message>
    <message>
        <source>&amp;Do not link</source>
        <translation>&amp;No vincular</translation>
    </message>
    <message>
        <source>You accepted the signer: the key %1 is linked to the team.</source>
        <extracomment>%1 is an OpenPGP fingerprint</extracomment>
        <translation>Usted aceptó al firmante: la clave %1 está vinculada al equipo.</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>E&amp;quipos</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Li&amp;sts</source>
        <translation>&amp;Listas</translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation>&amp;Añadir equipo…</translation>
    </message>
    <message>
        <source>&amp;Edit team…</source>
        <translation>E&amp;ditar equipo…</translation>
    </message>
    <message>
        <source>&amp;Remove team…</source>
        <translation>Elimina&amp;r equipo…</translation>
    </message>
    <message>
        <source>Add team…</source>
        <translation>Añadir equipo…</translation>
    </message>
    <message>
        <source>Edit team…</source>
        <translation>Editar equipo…</translation>
    </message>
    <message>
        <source>Remove team…</source>
        <translation>Eliminar equipo…</translation>
    </message>
    <message>
        <source>%1 was added to the directory.</source>
        <extracomment>%1 is the team&apos;s name</extracomment>
        <translation>%1 se añadió al directorio.</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Eliminar equipo</translation>
    </message>
    <message>
        <source>Remove %1 from the directory? Its channels, constituency, key links and agreements go with it, and it is taken off every distribution list; people keep their other teams. The history keeps a record.</source>
        <translation>¿Eliminar %1 del directorio? Con él se eliminan sus canales, su comunidad atendida, sus vínculos de claves y sus acuerdos, y se quita de todas las listas de distribución; las personas conservan sus otros equipos. El historial conserva un registro.</translation>
    </message>
    <message>
        <source>&amp;Remove team</source>
        <translation>&amp;Eliminar equipo</translation>
    </message>
    <message>
        <source>%1 was removed from the directory.</source>
        <translation>%1 se eliminó del directorio.</translation>
    </message>
    <message>
        <source>No teams in the directory yet</source>
        <translation>Todavía no hay equipos en el directorio</translation>
    </message>
    <message>
        <source>Add the teams you work with (Add team… above), or import the Trusted Introducer list, vCards or RFC 2350 documents with Import.</source>
        <translation>Añada los equipos con los que trabaja (Añadir equipo…, arriba) o importe la lista de Trusted Introducer, vCards o documentos RFC 2350 con Importar.</translation>
    </message>
    <message>
        <source>No team matches the filter</source>
        <translation>Ningún equipo coincide con el filtro</translation>
    </message>
    <message>
        <source>Try other words, or fewer filters.</source>
        <translation>Pruebe con otras palabras o con menos filtros.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryQueries</name>
    <message>
        <source>The number of days must be positive.</source>
        <translation>El número de días debe ser positivo.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryTypes</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>Governmental</source>
        <translation>Gubernamental</translation>
    </message>
    <message>
        <source>Critical information infrastructure</source>
        <translation>Infraestructura de información crítica</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Académico</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>Military</source>
        <translation>Militar</translation>
    </message>
    <message>
        <source>ISP / abuse</source>
        <translation>ISP / abuso</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>No listado</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listado</translation>
    </message>
    <message>
        <source>Accreditation candidate</source>
        <translation>Candidato a acreditación</translation>
    </message>
    <message>
        <source>Accredited</source>
        <translation>Acreditado</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>A channel that is neither e-mail nor phone: Signal, satellite phone...</extracomment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Abuse</source>
        <extracomment>The channel for abuse reports (abuse@...)</extracomment>
        <translation>Abuso</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryVCard</name>
    <message>
        <source>“%1” is not an ISO 8601 time.</source>
        <translation>«%1» no es una hora ISO 8601.</translation>
    </message>
    <message>
        <source>“%1” is not a channel usage.</source>
        <translation>«%1» no es un uso de canal.</translation>
    </message>
    <message>
        <source>The agreement kind is missing or unknown.</source>
        <translation>Falta el tipo de acuerdo o es desconocido.</translation>
    </message>
    <message>
        <source>A person needs a name (FN).</source>
        <translation>Una persona necesita un nombre (FN).</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 time; left out.</source>
        <translation>«%1» no es una hora ISO 8601; se omitió.</translation>
    </message>
    <message>
        <source>the key is embedded in the card and was not imported; import it with “directory keys --import” and link it to the entry.</source>
        <translation>la clave está incrustada en la tarjeta y no se importó; impórtela con «directory keys --import» y vincúlela a la entrada.</translation>
    </message>
    <message>
        <source>“%1” is neither a fingerprint nor a valid URI; left out.</source>
        <translation>«%1» no es ni una huella digital ni un URI válido; se omitió.</translation>
    </message>
    <message>
        <source>The key was left out.</source>
        <translation>Se omitió la clave.</translation>
    </message>
    <message>
        <source>The address was left out.</source>
        <translation>Se omitió la dirección.</translation>
    </message>
    <message>
        <source>a person has one key in the directory; this second one was left out.</source>
        <translation>una persona tiene una sola clave en el directorio; se omitió esta segunda.</translation>
    </message>
    <message>
        <source>a person has one key address in the directory; this second one was left out.</source>
        <translation>una persona tiene una sola dirección de clave en el directorio; se omitió esta segunda.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>«%1» no es una etiqueta TLP.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryView</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Official name</source>
        <translation>Nombre oficial</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organización anfitriona</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Fundado</translation>
    </message>
    <message>
        <source>Trusted Introducer</source>
        <translation>Trusted Introducer</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> desde %1</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Pertenencias</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>RFC 2350</source>
        <translation>RFC 2350</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Comunidad atendida</translation>
    </message>
    <message>
        <source>Constituency entries</source>
        <translation>Entradas de la comunidad atendida</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Highest TLP</source>
        <translation>TLP máximo</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Presentado por</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3, skipped %4.
</source>
        <translation>Añadidos %1, actualizados %2, sin cambios %3, omitidos %4.
</translation>
    </message>
    <message>
        <source>  added: %1</source>
        <translation>  añadido: %1</translation>
    </message>
    <message>
        <source>  updated: %1</source>
        <translation>  actualizado: %1</translation>
    </message>
    <message>
        <source>  not overwritten: %1</source>
        <translation>  no sobrescrito: %1</translation>
    </message>
    <message>
        <source>  problem at %1: %2</source>
        <translation>  problema en %1: %2</translation>
    </message>
    <message>
        <source>%1 (not in the keyring)</source>
        <translation>%1 (no está en el anillo de claves)</translation>
    </message>
    <message>
        <source>%1 (%2, created %3, expires %4, validity %5)</source>
        <translation>%1 (%2, creada %3, caduca %4, validez %5)</translation>
    </message>
    <message>
        <source>Key addresses</source>
        <translation>Direcciones de clave</translation>
    </message>
    <message>
        <source>Updated at source</source>
        <translation>Actualizado en origen</translation>
    </message>
    <message>
        <source>  warning at %1: %2</source>
        <translation>  advertencia en %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::DistributionListCommands</name>
    <message>
        <source>The list&apos;s name (unique, not a number).</source>
        <translation>El nombre de la lista (único, no un número).</translation>
    </message>
    <message>
        <source>What the list is for.</source>
        <translation>Para qué sirve la lista.</translation>
    </message>
    <message>
        <source>Create a distribution list.</source>
        <translation>Crea una lista de distribución.</translation>
    </message>
    <message>
        <source>Added distribution list #%1.</source>
        <translation>Lista de distribución #%1 añadida.</translation>
    </message>
    <message>
        <source>List id or name.</source>
        <translation>Id o nombre de la lista.</translation>
    </message>
    <message>
        <source>Remove a distribution list (its teams and people stay in the directory).</source>
        <translation>Elimina una lista de distribución (sus equipos y personas permanecen en el directorio).</translation>
    </message>
    <message>
        <source>Removed distribution list “%1”.</source>
        <translation>Lista de distribución «%1» eliminada.</translation>
    </message>
    <message>
        <source>Show a list&apos;s members with their e-mail address and the highest TLP label we may share with each (a person&apos;s own, else their team&apos;s).</source>
        <translation>Muestra los miembros de una lista con su dirección de correo electrónico y la etiqueta TLP más alta que podemos compartir con cada uno (la de la persona o, si no, la de su equipo).</translation>
    </message>
    <message>
        <source>Distribution list #%1 “%2”</source>
        <translation>Lista de distribución #%1 «%2»</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>HIGHEST TLP</source>
        <translation>TLP MÁXIMO</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>(no e-mail)</source>
        <translation>(sin correo)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>List the distribution lists.</source>
        <translation>Enumera las listas de distribución.</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MIEMBROS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPCIÓN</translation>
    </message>
    <message>
        <source>A team: id, UUID, short or official name (repeatable).</source>
        <translation>Un equipo: id, UUID, nombre corto u oficial (repetible).</translation>
    </message>
    <message>
        <source>A person: id or name (repeatable).</source>
        <translation>Una persona: id o nombre (repetible).</translation>
    </message>
    <message>
        <source>Put teams and people on a list.</source>
        <translation>Añade equipos y personas a una lista.</translation>
    </message>
    <message>
        <source>Take teams and people off a list.</source>
        <translation>Quita equipos y personas de una lista.</translation>
    </message>
    <message>
        <source>Name at least one --team or --person.</source>
        <translation>Indique al menos un --team o --person.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) to “%1”.</source>
        <translation>
            <numerusform>%n miembro añadido a «%1».</numerusform>
            <numerusform>%n miembros añadidos a «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n member(s) from “%1”.</source>
        <translation>
            <numerusform>%n miembro quitado de «%1».</numerusform>
            <numerusform>%n miembros quitados de «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::DistributionListDialog</name>
    <message>
        <source>New distribution list</source>
        <translation>Nueva lista de distribución</translation>
    </message>
    <message>
        <source>national-partners</source>
        <translation>socios-nacionales</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Create list</source>
        <translation>&amp;Crear lista</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <extracomment>Shown in the new list dialog when the list could not be made; %1 is the reason</extracomment>
        <translation>No creada: %1</translation>
    </message>
</context>
<context>
    <name>fb::DistributionListStore</name>
    <message>
        <source>A distribution list needs a name.</source>
        <translation>Una lista de distribución necesita un nombre.</translation>
    </message>
    <message>
        <source>A distribution list&apos;s name cannot be a number (numbers are ids).</source>
        <translation>El nombre de una lista de distribución no puede ser un número (los números son ids).</translation>
    </message>
    <message>
        <source>There is already a distribution list “%1”.</source>
        <translation>Ya existe una lista de distribución «%1».</translation>
    </message>
    <message>
        <source>There is no distribution list #%1.</source>
        <translation>No existe la lista de distribución #%1.</translation>
    </message>
    <message>
        <source>There is no distribution list “%1”.</source>
        <translation>No existe la lista de distribución «%1».</translation>
    </message>
    <message>
        <source>A list member is a team or a person.</source>
        <translation>Un miembro de lista es un equipo o una persona.</translation>
    </message>
    <message>
        <source>%1 is already on the list “%2”.</source>
        <translation>%1 ya está en la lista «%2».</translation>
    </message>
    <message>
        <source>That entry is not on the list “%1”.</source>
        <translation>Esa entrada no está en la lista «%1».</translation>
    </message>
</context>
<context>
    <name>fb::DistributionListsPanel</name>
    <message>
        <source>&amp;New list…</source>
        <translation>&amp;Nueva lista…</translation>
    </message>
    <message>
        <source>Remove &amp;list…</source>
        <translation>Elimina&amp;r lista…</translation>
    </message>
    <message>
        <source>&amp;Add members…</source>
        <translation>&amp;Añadir miembros…</translation>
    </message>
    <message>
        <source>Take &amp;off the list</source>
        <translation>Quitar &amp;de la lista</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Share up to</source>
        <translation>Compartir hasta</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <extracomment>A distribution list in the list of lists: its name and how many members it has</extracomment>
        <translation>
            <numerusform>%1 (%n miembro)</numerusform>
            <numerusform>%1 (%n miembros)</numerusform>
        </translation>
    </message>
    <message>
        <source>No distribution lists yet. An advisory&apos;s audience names lists: make one with New list….</source>
        <translation>Todavía no hay listas de distribución. La audiencia de un aviso indica listas: cree una con Nueva lista….</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>no acordado</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>sin dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Remove distribution list</source>
        <translation>Eliminar lista de distribución</translation>
    </message>
    <message>
        <source>Remove the list “%1”? The teams and people on it stay in the directory; advisories that name the list as their audience no longer find it.</source>
        <translation>¿Eliminar la lista «%1»? Los equipos y personas que contiene permanecen en el directorio; los avisos que indican la lista como audiencia dejan de encontrarla.</translation>
    </message>
    <message>
        <source>&amp;Remove list</source>
        <translation>&amp;Eliminar lista</translation>
    </message>
    <message>
        <source>The list “%1” was removed.</source>
        <translation>Se eliminó la lista «%1».</translation>
    </message>
    <message>
        <source>%1 was taken off the list.</source>
        <translation>%1 se quitó de la lista.</translation>
    </message>
</context>
<context>
    <name>fb::EvidenceCommands</name>
    <message>
        <source>Store each FILE inside the workspace as evidence of the ticket, with its size, SHA-256, media type, who added it and when, each in the ticket&apos;s history. A file can be at most %1; an empty file or a folder is refused. The files are added one by one: when one is refused, those before it stay added.</source>
        <translation>Guarda cada ARCHIVO dentro del espacio de trabajo como evidencia del ticket, con su tamaño, SHA-256, tipo de medio, quién lo añadió y cuándo, cada uno en el historial del ticket. Un archivo puede tener como máximo %1; se rechazan los archivos vacíos y las carpetas. Los archivos se añaden uno a uno: si se rechaza uno, los anteriores siguen añadidos.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>El número del ticket.</translation>
    </message>
    <message>
        <source>A file to attach.</source>
        <translation>Un archivo que adjuntar.</translation>
    </message>
    <message>
        <source>What the files are (for each of them).</source>
        <translation>Qué son los archivos (para cada uno de ellos).</translation>
    </message>
    <message>
        <source>Ticket #%1: evidence %2 added: %3 (%4, SHA-256 %5).</source>
        <translation>Ticket #%1: evidencia %2 añadida: %3 (%4, SHA-256 %5).</translation>
    </message>
    <message>
        <source>List the evidence of a ticket: number, name, size, SHA-256, who added it and when. --removed lists removed files too (their content is gone, their record stays).</source>
        <translation>Enumera las evidencias de un ticket: número, nombre, tamaño, SHA-256, quién la añadió y cuándo. --removed enumera también los archivos eliminados (su contenido ya no está, su registro se conserva).</translation>
    </message>
    <message>
        <source>Include removed files.</source>
        <translation>Incluye los archivos eliminados.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no evidence.</source>
        <translation>El ticket #%1 no tiene evidencias.</translation>
    </message>
    <message>
        <source>(removed %1 by %2)</source>
        <translation>(eliminada el %1 por %2)</translation>
    </message>
    <message>
        <source>Write the ticket&apos;s evidence files into a new or empty folder, under safe names (no folder part, repeated names numbered), with a SHA256SUMS file: check them with `sha256sum -c SHA256SUMS` in that folder. A file whose content no longer matches its recorded SHA-256 is not written (run verify).</source>
        <translation>Escribe los archivos de evidencia del ticket en una carpeta nueva o vacía, con nombres seguros (sin parte de carpeta, con los nombres repetidos numerados), junto con un archivo SHA256SUMS: compruébelos con `sha256sum -c SHA256SUMS` en esa carpeta. Un archivo cuyo contenido ya no coincide con su SHA-256 registrado no se escribe (ejecute verify).</translation>
    </message>
    <message>
        <source>The folder to write (made when missing; must be empty).</source>
        <translation>La carpeta en la que escribir (se crea si no existe; debe estar vacía).</translation>
    </message>
    <message>
        <source>Name the folder to export to with --out DIR.</source>
        <translation>Indique la carpeta a la que exportar con --out DIR.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1: %n evidence file(s) and SHA256SUMS written to %2.</source>
        <translation>
            <numerusform>Ticket #%1: %n archivo de evidencia y SHA256SUMS escritos en %2.</numerusform>
            <numerusform>Ticket #%1: %n archivos de evidencia y SHA256SUMS escritos en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete an evidence file&apos;s content from the workspace. Its record (name, size, SHA-256, who added and removed it and when) and its history stay.</source>
        <translation>Borra del espacio de trabajo el contenido de un archivo de evidencia. Su registro (nombre, tamaño, SHA-256, quién lo añadió y lo eliminó y cuándo) y su historial se conservan.</translation>
    </message>
    <message>
        <source>The evidence number (see evidence list).</source>
        <translation>El número de la evidencia (consulte evidence list).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an evidence number.</source>
        <translation>«%1» no es un número de evidencia.</translation>
    </message>
    <message>
        <source>Ticket #%1: evidence %2 (%3) removed.</source>
        <translation>Ticket #%1: evidencia %2 (%3) eliminada.</translation>
    </message>
</context>
<context>
    <name>fb::EvidencePanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Añadido por</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Todavía no hay evidencias</translation>
    </message>
    <message>
        <source>Add files, or drop them here. Each is kept inside the workspace with its SHA-256.</source>
        <translation>Añada archivos o suéltelos aquí. Cada uno se guarda dentro del espacio de trabajo con su SHA-256.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Attach files as evidence (at most %1 each); you can also drop them here.</source>
        <translation>Adjuntar archivos como evidencias (como máximo %1 cada uno); también puede soltarlos aquí.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the files into a new folder with a SHA256SUMS file</source>
        <translation>Escribir los archivos en una carpeta nueva con un archivo SHA256SUMS</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copiar SHA-256</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Delete the file&apos;s content; its name, size, SHA-256 and history stay</source>
        <translation>Borrar el contenido del archivo; su nombre, tamaño, SHA-256 e historial se conservan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <extracomment>The tab of a ticket&apos;s evidence files, with their number.</extracomment>
        <translation>Evidencias (%1)</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 bytes</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Add evidence to ticket #%1</source>
        <translation>Añadir evidencias al ticket #%1</translation>
    </message>
    <message>
        <source>Export the evidence into a folder</source>
        <translation>Exportar las evidencias a una carpeta</translation>
    </message>
    <message>
        <source>ticket-%1-evidence</source>
        <translation>ticket-%1-evidencias</translation>
    </message>
    <message>
        <source>ticket-%1-evidence-%2</source>
        <translation>ticket-%1-evidencias-%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n archivo añadido.</numerusform>
            <numerusform>%n archivos añadidos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and SHA256SUMS written to %1.</source>
        <translation>
            <numerusform>%n archivo y SHA256SUMS escritos en %1.</numerusform>
            <numerusform>%n archivos y SHA256SUMS escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from ticket #%2? Its content is deleted from the workspace; its name, size, SHA-256 and history stay.</source>
        <translation>¿Quitar «%1» del ticket #%2? Su contenido se borra del espacio de trabajo; su nombre, tamaño, SHA-256 e historial se conservan.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Quitar evidencia</translation>
    </message>
</context>
<context>
    <name>fb::EvidenceStore</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>No existe el archivo «%1».</translation>
    </message>
    <message>
        <source>“%1” is a folder; add the files in it one by one.</source>
        <translation>«%1» es una carpeta; añada uno a uno los archivos que contiene.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>«%1» no es un archivo normal.</translation>
    </message>
    <message>
        <source>“%1” is empty; there is nothing to keep as evidence.</source>
        <translation>«%1» está vacío; no hay nada que guardar como evidencia.</translation>
    </message>
    <message>
        <source>“%1” has %2; evidence can be at most %3.</source>
        <translation>«%1» tiene %2; una evidencia puede tener como máximo %3.</translation>
    </message>
    <message>
        <source>A description can be at most %L1 characters long.</source>
        <translation>Una descripción puede tener como máximo %L1 caracteres.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” grew beyond %2 while it was read.</source>
        <translation>«%1» superó %2 mientras se leía.</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>Añadiendo %1</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) was removed already.</source>
        <translation>La evidencia %1 (%2) ya se había eliminado.</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) was removed; its content is gone.</source>
        <translation>La evidencia %1 (%2) se eliminó; su contenido ya no está.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no evidence to export.</source>
        <translation>El ticket #%1 no tiene evidencias que exportar.</translation>
    </message>
    <message>
        <source>Name a folder to export the evidence to.</source>
        <translation>Indique una carpeta a la que exportar las evidencias.</translation>
    </message>
    <message>
        <source>The folder “%1” is not empty; export the evidence into a new or empty folder.</source>
        <translation>La carpeta «%1» no está vacía; exporte las evidencias a una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportando %1</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) of ticket #%3 no longer matches its recorded SHA-256 and size; run verify.</source>
        <translation>La evidencia %1 (%2) del ticket #%3 ya no coincide con el SHA-256 y el tamaño registrados; ejecute verify.</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeCommands</name>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribe en ARCHIVO en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Reemplaza un archivo de salida existente.</translation>
    </message>
    <message>
        <source>The team the document goes to (name or UID in the directory).</source>
        <translation>El equipo al que va el documento (nombre o UID en el directorio).</translation>
    </message>
    <message>
        <source>The highest TLP label the recipient may receive.</source>
        <translation>La etiqueta TLP más alta que puede recibir el destinatario.</translation>
    </message>
    <message>
        <source>Export addresses as src (where the activity came from; the default) or dst (where it went): MISP ip-src or ip-dst, IODEF System category source or target.</source>
        <translation>Exporta las direcciones como src (de donde procede la actividad; predeterminado) o dst (adonde se dirigió): MISP ip-src o ip-dst, categoría System de IODEF source o target.</translation>
    </message>
    <message>
        <source>MISP distribution: 0 your organisation only (default), 1 this community, 2 connected communities, 3 all communities.</source>
        <translation>Distribución MISP: 0 solo su organización (predeterminado), 1 esta comunidad, 2 comunidades conectadas, 3 todas las comunidades.</translation>
    </message>
    <message>
        <source>Give --format misp or --format iodef.</source>
        <translation>Indique --format misp o --format iodef.</translation>
    </message>
    <message>
        <source>--format takes misp or iodef, not “%1”.</source>
        <translation>--format admite misp o iodef, no «%1».</translation>
    </message>
    <message>
        <source>Give --recipient or --clearance, not both.</source>
        <translation>Indique --recipient o --clearance, no ambos.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label.</source>
        <translation>«%1» no es una etiqueta TLP 2.0.</translation>
    </message>
    <message>
        <source>--addresses takes src or dst, not “%1”.</source>
        <translation>--addresses admite src o dst, no «%1».</translation>
    </message>
    <message>
        <source>--distribution is for MISP events only.</source>
        <translation>--distribution es solo para eventos MISP.</translation>
    </message>
    <message>
        <source>--distribution takes a number from 0 to 3.</source>
        <translation>--distribution admite un número del 0 al 3.</translation>
    </message>
    <message>
        <source>--purpose is for IODEF documents only.</source>
        <translation>--purpose es solo para documentos IODEF.</translation>
    </message>
    <message>
        <source>--purpose takes reporting or mitigation, not “%1”.</source>
        <translation>--purpose admite reporting o mitigation, no «%1».</translation>
    </message>
    <message>
        <source>--json needs --out: standard output carries the document otherwise.</source>
        <translation>--json necesita --out: de lo contrario, la salida estándar lleva el documento.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1 written to %2 as MISP event %3 (%4, %n attribute(s)).</source>
        <translation>
            <numerusform>Ticket #%1 escrito en %2 como evento MISP %3 (%4, %n atributo).</numerusform>
            <numerusform>Ticket #%1 escrito en %2 como evento MISP %3 (%4, %n atributos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1 written to %2 as an IODEF document (%3, %n observable(s)).</source>
        <translation>
            <numerusform>Ticket #%1 escrito en %2 como documento IODEF (%3, %n observable).</numerusform>
            <numerusform>Ticket #%1 escrito en %2 como documento IODEF (%3, %n observables).</numerusform>
        </translation>
    </message>
    <message>
        <source>New incident #%1 from the MISP event.</source>
        <translation>Nuevo incidente #%1 a partir del evento MISP.</translation>
    </message>
    <message>
        <source>The MISP event added to ticket #%1.</source>
        <translation>Evento MISP añadido al ticket #%1.</translation>
    </message>
    <message>
        <source>New incident #%1 from the IODEF document.</source>
        <translation>Nuevo incidente #%1 a partir del documento IODEF.</translation>
    </message>
    <message>
        <source>The IODEF document added to ticket #%1.</source>
        <translation>Documento IODEF añadido al ticket #%1.</translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s) in the event, %1 new; %2 note(s).</source>
        <translation>
            <numerusform>%n observable en el evento, nuevos: %1; notas: %2.</numerusform>
            <numerusform>%n observables en el evento, nuevos: %1; notas: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s) in the document, %1 new; %2 note(s).</source>
        <translation>
            <numerusform>%n observable en el documento, nuevos: %1; notas: %2.</numerusform>
            <numerusform>%n observables en el documento, nuevos: %1; notas: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>advertencia: %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeExport</name>
    <message>
        <source>the recipient</source>
        <translation>el destinatario</translation>
    </message>
    <message>
        <source>cleared up to %1</source>
        <translation>autorizado hasta %1</translation>
    </message>
    <message>
        <source>no TLP level known</source>
        <translation>sin nivel TLP conocido</translation>
    </message>
    <message>
        <source>Not exported: ticket %1 (with its children) is %2, and %3 may not receive it (%4). Name a recipient who may, or lower the tickets&apos; labels.</source>
        <translation>No exportado: el ticket %1 (con sus hijos) es %2, y %3 no puede recibirlo (%4). Indique un destinatario que pueda recibirlo o baje las etiquetas de los tickets.</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeExportDialog</name>
    <message>
        <source>Share incident #%1 with a team</source>
        <translation>Compartir el incidente #%1 con un equipo</translation>
    </message>
    <message>
        <source>MISP event (JSON)</source>
        <translation>Evento MISP (JSON)</translation>
    </message>
    <message>
        <source>IODEF v2 document (XML, RFC 7970)</source>
        <translation>Documento IODEF v2 (XML, RFC 7970)</translation>
    </message>
    <message>
        <source>Someone not in the directory (TLP:CLEAR and TLP:GREEN only)</source>
        <translation>Alguien que no está en el directorio (solo TLP:CLEAR y TLP:GREEN)</translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1 (hasta %2)</translation>
    </message>
    <message>
        <source>%1 (TLP:CLEAR and TLP:GREEN only)</source>
        <translation>%1 (solo TLP:CLEAR y TLP:GREEN)</translation>
    </message>
    <message>
        <source>Sources (where attacks come from)</source>
        <translation>Orígenes (de donde vienen los ataques)</translation>
    </message>
    <message>
        <source>Targets (what was attacked)</source>
        <translation>Objetivos (lo que fue atacado)</translation>
    </message>
    <message>
        <source>Your organisation only</source>
        <translation>Solo su organización</translation>
    </message>
    <message>
        <source>This community only</source>
        <translation>Solo esta comunidad</translation>
    </message>
    <message>
        <source>Connected communities</source>
        <translation>Comunidades conectadas</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>Todas las comunidades</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Notificación</translation>
    </message>
    <message>
        <source>Mitigation (asking the recipient to act)</source>
        <translation>Mitigación (se pide al destinatario que actúe)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;Addresses are:</source>
        <translation>&amp;Las direcciones son:</translation>
    </message>
    <message>
        <source>MISP &amp;distribution:</source>
        <translation>D&amp;istribución MISP:</translation>
    </message>
    <message>
        <source>IODEF &amp;purpose:</source>
        <translation>&amp;Propósito IODEF:</translation>
    </message>
    <message>
        <source>The document carries the incident&apos;s observables and those of its reports, investigations and countermeasures, labelled with the most restrictive TLP among them. It is refused when the recipient may not receive that label.</source>
        <translation>El documento lleva los observables del incidente y los de sus notificaciones, investigaciones y contramedidas, con la etiqueta TLP más restrictiva de entre ellos. Se rechaza cuando el destinatario no puede recibir esa etiqueta.</translation>
    </message>
    <message>
        <source>What was written appears here.</source>
        <translation>Aquí aparece lo que se escribió.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Escribiendo el documento…</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Guardar el documento</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n observable(s) from %2 ticket(s), labelled %3.</source>
        <translation>
            <numerusform>Se escribió %1: %n observable de %2 ticket(s), con la etiqueta %3.</numerusform>
            <numerusform>Se escribió %1: %n observables de %2 ticket(s), con la etiqueta %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ExchangeImport</name>
    <message>
        <source>(no UUID)</source>
        <translation>(sin UUID)</translation>
    </message>
    <message>
        <source>Ticket %1 was %2; it is now %3, the document&apos;s label.</source>
        <translation>El ticket %1 era %2; ahora es %3, la etiqueta del documento.</translation>
    </message>
    <message>
        <source>The document is classified %1; ticket %2 keeps its classification %3/%4.</source>
        <translation>El documento está clasificado como %1; el ticket %2 conserva su clasificación %3/%4.</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeImportDialog</name>
    <message>
        <source>Import an incident from a team</source>
        <translation>Importar un incidente de un equipo</translation>
    </message>
    <message>
        <source>A MISP event (JSON) or an IODEF v2 document (XML) becomes a new incident, or goes onto the incident it came from or was imported into before. Its indicators become observables; what is not an observable is kept in comments. Nothing is stored when the document cannot be read.</source>
        <translation>Un evento MISP (JSON) o un documento IODEF v2 (XML) se convierte en un incidente nuevo, o se añade al incidente del que procede o al que se importó antes. Sus indicadores se convierten en observables; lo que no es un observable se guarda en comentarios. No se guarda nada cuando no se puede leer el documento.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Accept an IODEF document that deviates from the schema (each deviation a warning)</source>
        <translation>Aceptar un documento IODEF que se aparta del esquema (cada desviación, una advertencia)</translation>
    </message>
    <message>
        <source>&amp;Warnings:</source>
        <translation>&amp;Advertencias:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>Abrir &amp;ticket</translation>
    </message>
    <message>
        <source>Importing the document…</source>
        <translation>Importando el documento…</translation>
    </message>
    <message>
        <source>Import an incident</source>
        <translation>Importar un incidente</translation>
    </message>
    <message>
        <source>MISP events and IODEF documents (*.json *.xml *.iodef);;All files (*)</source>
        <translation>Eventos MISP y documentos IODEF (*.json *.xml *.iodef);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; an exchanged incident is at most %3 MiB.</source>
        <translation>%1 ocupa %2 MiB; un incidente intercambiado ocupa como máximo %3 MiB.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>IODEF document</source>
        <translation>documento IODEF</translation>
    </message>
    <message>
        <source>MISP event</source>
        <translation>evento MISP</translation>
    </message>
    <message>
        <source>The %1 became incident #%2.</source>
        <translation>El %1 se convirtió en el incidente #%2.</translation>
    </message>
    <message>
        <source>The %1 was added to ticket #%2.</source>
        <translation>El %1 se añadió al ticket #%2.</translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s) added of %1 in the document.</source>
        <translation>
            <numerusform>%n observable añadido de los %1 del documento.</numerusform>
            <numerusform>%n observables añadidos de los %1 del documento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) keep what is not an observable.</source>
        <translation>
            <numerusform>%n comentario guarda lo que no es un observable.</numerusform>
            <numerusform>%n comentarios guardan lo que no es un observable.</numerusform>
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
        <translation>El ticket %1 ya tiene un UUID.</translation>
    </message>
    <message>
        <source>The UUID %1 belongs to ticket %2 already.</source>
        <translation>El UUID %1 ya pertenece al ticket %2.</translation>
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
        <translation>  0  éxito
  1  uso: comando u opción desconocidos, falta un argumento, no hay origen de la
     frase de contraseña
  2  entrada errónea: un valor rechazado, un archivo que no es un espacio de trabajo o
     es de un Firebreak más reciente, un espacio de trabajo dañado, una comprobación
     de integridad fallida o una cadena del historial rota (verify)
  3  frase de contraseña o clave incorrecta
  4  no encontrado (ticket, archivo, vínculo) o conflicto (transición rechazada,
     archivo existente)
  5  error interno, o el sistema se negó (error de E/S, disco lleno)
</translation>
    </message>
</context>
<context>
    <name>fb::FirstRun</name>
    <message>
        <source>Give our team&apos;s name.</source>
        <translation>Indique el nombre de nuestro equipo.</translation>
    </message>
    <message>
        <source>Give our team&apos;s e-mail address.</source>
        <translation>Indique la dirección de correo electrónico de nuestro equipo.</translation>
    </message>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>«%1» no es una huella digital OpenPGP completa.</translation>
    </message>
</context>
<context>
    <name>fb::FirstRunGuide</name>
    <message>
        <source>First steps in this workspace</source>
        <translation>Primeros pasos en este espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>&amp;Omitir este paso</translation>
    </message>
    <message>
        <source>Leave this as it is; it can be set later in Settings.</source>
        <translation>Dejar esto como está; se puede configurar más tarde en Configuración.</translation>
    </message>
    <message>
        <source>Skip &amp;all</source>
        <translation>Omitir &amp;todo</translation>
    </message>
    <message>
        <source>Close the guide and change nothing (Esc). It is in Settings.</source>
        <translation>Cerrar la guía sin cambiar nada (Esc). Está en Configuración.</translation>
    </message>
    <message>
        <source>&amp;Skip this step and finish</source>
        <translation>&amp;Omitir este paso y finalizar</translation>
    </message>
</context>
<context>
    <name>fb::FirstRunKeyPage</name>
    <message>
        <source>(no user id)</source>
        <translation>(sin ID de usuario)</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>caduca el %1</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>no caduca</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no secret key that can sign. The team key needs its secret part, e.g. as exported with “gpg --export-secret-keys”.</source>
        <translation>%1 no contiene ninguna clave secreta que pueda firmar. La clave del equipo necesita su parte secreta, p. ej. tal como la exporta «gpg --export-secret-keys».</translation>
    </message>
    <message>
        <source>Our key</source>
        <translation>Nuestra clave</translation>
    </message>
    <message>
        <source>The OpenPGP key that signs our mail, team profile and advisories. It stays in your GnuPG home, %1.</source>
        <translation>La clave OpenPGP que firma nuestro correo, el perfil del equipo y los avisos. Permanece en su directorio personal de GnuPG, %1.</translation>
    </message>
    <message>
        <source>Import a secret key</source>
        <translation>Importar una clave secreta</translation>
    </message>
    <message>
        <source>OpenPGP keys (*.asc *.gpg *.pgp *.key);;All files (*)</source>
        <translation>Claves OpenPGP (*.asc *.gpg *.pgp *.key);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A key you have</source>
        <translation>Una clave que ya tiene</translation>
    </message>
    <message>
        <source>The secret keys in your GnuPG home that can sign.</source>
        <translation>Las claves secretas de su directorio personal de GnuPG que pueden firmar.</translation>
    </message>
    <message>
        <source>Team &amp;key:</source>
        <translation>Clave del e&amp;quipo:</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Importar desde un archivo…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Or a new key</source>
        <translation>O una clave nueva</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>E-&amp;mail address:</source>
        <translation>Dirección de correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>ed25519 and cv25519 (recommended)</source>
        <translation>ed25519 y cv25519 (recomendado)</translation>
    </message>
    <message>
        <source>RSA 3072 (for older software)</source>
        <translation>RSA 3072 (para software más antiguo)</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>Al&amp;goritmo:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Válida durante:</translation>
    </message>
    <message>
        <source>two years (it can be extended later with GnuPG)</source>
        <translation>dos años (se puede prorrogar más tarde con GnuPG)</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de la clave:</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>&amp;Crear clave</translation>
    </message>
    <message>
        <source>Reading the keys of your GnuPG home…</source>
        <translation>Leyendo las claves de su directorio personal de GnuPG…</translation>
    </message>
    <message>
        <source>The keys could not be read</source>
        <translation>No se pudieron leer las claves</translation>
    </message>
    <message>
        <source>No secret key in your GnuPG home yet</source>
        <translation>Todavía no hay ninguna clave secreta en su directorio personal de GnuPG</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Elija una clave</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported the key %1.</source>
        <translation>Se importó la clave %1.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Creando la clave…</translation>
    </message>
    <message>
        <source>Key creation cancelled; no key was kept.</source>
        <translation>Creación de la clave cancelada; no se conservó ninguna clave.</translation>
    </message>
    <message>
        <source>Created the key %1 for %2.</source>
        <translation>Se creó la clave %1 para %2.</translation>
    </message>
    <message>
        <source>Wait until the key is ready, or cancel it.</source>
        <translation>Espere a que la clave esté lista o cancele su creación.</translation>
    </message>
    <message>
        <source>Choose a key, import one or create one — or skip this step.</source>
        <translation>Elija una clave, importe una o cree una — o bien omita este paso.</translation>
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
        <translation>Niveles de servicio</translation>
    </message>
    <message>
        <source>How soon a ticket gets its first response, and how soon it should be resolved, by severity. Times are calendar time, round the clock.</source>
        <translation>Cuándo recibe un ticket su primera respuesta y cuándo debería resolverse, según la gravedad. Los tiempos son de calendario, las 24 horas.</translation>
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
        <translation>Nuestro equipo</translation>
    </message>
    <message>
        <source>Who we are in mail, the team profile and advisories. Firebreak keeps it as our entry in the directory.</source>
        <translation>Quiénes somos en el correo, el perfil del equipo y los avisos. Firebreak lo guarda como nuestra entrada en el directorio.</translation>
    </message>
    <message>
        <source>e.g. CERT-X, the Example Computer Emergency Response Team</source>
        <translation>p. ej. CERT-X, el Example Computer Emergency Response Team</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>&amp;Nombre del equipo:</translation>
    </message>
    <message>
        <source>e.g. cert@example.org</source>
        <translation>p. ej. cert@example.org</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Dirección de correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>e.g. CERT-X</source>
        <translation>p. ej. CERT-X</translation>
    </message>
    <message>
        <source>Mail subject &amp;tag:</source>
        <translation>Eti&amp;queta del asunto del correo:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Subjects will read “[%1 #123] …”.</source>
        <translation>Los asuntos serán «[%1 #123] …».</translation>
    </message>
</context>
<context>
    <name>fb::GnupgHome</name>
    <message>
        <source>Cannot create a GnuPG home: the temporary folder path is too long for gpg-agent&apos;s sockets.</source>
        <translation>No se puede crear un directorio personal de GnuPG: la ruta de la carpeta temporal es demasiado larga para los sockets de gpg-agent.</translation>
    </message>
    <message>
        <source>Cannot create a temporary GnuPG home: %1</source>
        <translation>No se puede crear un directorio personal temporal de GnuPG: %1</translation>
    </message>
    <message>
        <source>Cannot write the configuration of a temporary GnuPG home.</source>
        <translation>No se puede escribir la configuración de un directorio personal temporal de GnuPG.</translation>
    </message>
    <message>
        <source>Cannot use the folder for temporary GnuPG homes: %1</source>
        <translation>No se puede usar la carpeta para directorios personales temporales de GnuPG: %1</translation>
    </message>
    <message>
        <source>The folder for temporary GnuPG homes is not a folder (a symbolic link or a file).</source>
        <translation>La carpeta para directorios personales temporales de GnuPG no es una carpeta (es un enlace simbólico o un archivo).</translation>
    </message>
    <message>
        <source>The folder for temporary GnuPG homes belongs to another user.</source>
        <translation>La carpeta para directorios personales temporales de GnuPG pertenece a otro usuario.</translation>
    </message>
    <message>
        <source>Cannot make the folder for temporary GnuPG homes private: %1</source>
        <translation>No se puede hacer privada la carpeta para directorios personales temporales de GnuPG: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for temporary GnuPG homes: %1</source>
        <translation>No se puede crear la carpeta para directorios personales temporales de GnuPG: %1</translation>
    </message>
</context>
<context>
    <name>fb::GpgmeBoundary</name>
    <message>
        <source>%1 failed: %2.</source>
        <extracomment>%1 is an operation (&quot;Signing&quot;), %2 what GnuPG said</extracomment>
        <translation>%1 falló: %2.</translation>
    </message>
    <message>
        <source>%1 failed: out of memory.</source>
        <translation>%1 falló: memoria insuficiente.</translation>
    </message>
    <message>
        <source>an unknown exception</source>
        <translation>una excepción desconocida</translation>
    </message>
    <message>
        <source>%1 failed unexpectedly in GPGME: %2.</source>
        <translation>%1 falló de forma inesperada en GPGME: %2.</translation>
    </message>
</context>
<context>
    <name>fb::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Firebreak</source>
        <translation>&amp;Acerca de Firebreak</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>fb::History</name>
    <message>
        <source>History row %1 follows row %2: rows %3 to %4 are missing.</source>
        <translation>La fila %1 del historial sigue a la fila %2: faltan las filas %3 a %4.</translation>
    </message>
    <message>
        <source>History row %1 does not follow the row before it (a row was removed, reordered or replaced).</source>
        <translation>La fila %1 del historial no sigue a la fila anterior (se eliminó, reordenó o sustituyó una fila).</translation>
    </message>
    <message>
        <source>History row %1 was changed after it was written.</source>
        <translation>La fila %1 del historial se modificó después de escribirse.</translation>
    </message>
    <message>
        <source>History rows %1 to %2 were removed.</source>
        <translation>Se eliminaron las filas %1 a %2 del historial.</translation>
    </message>
    <message>
        <source>The history&apos;s recorded head does not match its last row %1.</source>
        <translation>La cabecera registrada del historial no coincide con su última fila %1.</translation>
    </message>
</context>
<context>
    <name>fb::HistoryPhrasing</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Comunidad atendida</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Notificante</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Notificado por</translation>
    </message>
    <message>
        <source>Reporter type</source>
        <translation>Tipo de notificante</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Respuesta antes de</translation>
    </message>
    <message>
        <source>Resolve due</source>
        <translation>Resolución antes de</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
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
        <translation>Creado como %1, %2</translation>
    </message>
    <message>
        <source>Created as %1</source>
        <translation>Creado como %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>State: %1 → %2 (follows its incident)</source>
        <extracomment>The state changed because of a link or of its incident&apos;s outcome.</extracomment>
        <translation>Estado: %1 → %2 (sigue a su incidente)</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>Vinculado al incidente %1</translation>
    </message>
    <message>
        <source>Ticket %1 linked to this incident</source>
        <translation>Ticket %1 vinculado a este incidente</translation>
    </message>
    <message>
        <source>Unlinked from incident %1</source>
        <translation>Desvinculado del incidente %1</translation>
    </message>
    <message>
        <source>Ticket %1 unlinked from this incident</source>
        <translation>Ticket %1 desvinculado de este incidente</translation>
    </message>
    <message>
        <source>Merged %1 into this ticket</source>
        <translation>%1 fusionado con este ticket</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Fusionado con %1</translation>
    </message>
    <message>
        <source>Observable added: %1 %2</source>
        <translation>Observable añadido: %1 %2</translation>
    </message>
    <message>
        <source>Observable removed: %1 %2</source>
        <translation>Observable eliminado: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Observables added: %1</source>
        <translation>Observables añadidos: %1</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Etiqueta añadida: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Etiqueta eliminada: %1</translation>
    </message>
    <message>
        <source>Mail received: %1</source>
        <translation>Correo recibido: %1</translation>
    </message>
    <message>
        <source>Mail sent: %1</source>
        <translation>Correo enviado: %1</translation>
    </message>
    <message>
        <source>Mail received (no Message-ID)</source>
        <translation>Correo recibido (sin Message-ID)</translation>
    </message>
    <message>
        <source>Mail sent (no Message-ID)</source>
        <translation>Correo enviado (sin Message-ID)</translation>
    </message>
    <message>
        <source>SLA policy changed</source>
        <translation>Política de SLA modificada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation>%1: se eliminó %2</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>State: %1 → %2 (undone)</source>
        <extracomment>A triage decision taken back: the state it had before.</extracomment>
        <translation>Estado: %1 → %2 (deshecho)</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentario: %1</translation>
    </message>
    <message>
        <source>Task added: %1</source>
        <extracomment>A task added to a ticket, from the playbook named in parentheses.</extracomment>
        <translation>Tarea añadida: %1</translation>
    </message>
    <message>
        <source>Task added: %1 (playbook %2)</source>
        <translation>Tarea añadida: %1 (playbook %2)</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Tarea completada: %1</translation>
    </message>
    <message>
        <source>Task not applicable: %1</source>
        <translation>Tarea no aplicable: %1</translation>
    </message>
    <message>
        <source>Task reopened: %1</source>
        <translation>Tarea reabierta: %1</translation>
    </message>
    <message>
        <source>Task unassigned: %1</source>
        <translation>Tarea sin responsable: %1</translation>
    </message>
    <message>
        <source>Task %1 assigned to %2</source>
        <translation>Tarea %1 asignada a %2</translation>
    </message>
    <message>
        <source>Task %1 due %2</source>
        <translation>Tarea %1: vence el %2</translation>
    </message>
    <message>
        <source>Task %1: due date removed</source>
        <translation>Tarea %1: fecha límite eliminada</translation>
    </message>
    <message>
        <source>Note on task %1: %2</source>
        <translation>Nota en la tarea %1: %2</translation>
    </message>
    <message>
        <source>Playbook changed: %1</source>
        <translation>Playbook modificado: %1</translation>
    </message>
    <message>
        <source>Playbook added: %1</source>
        <translation>Playbook añadido: %1</translation>
    </message>
    <message>
        <source>Playbook removed: %1</source>
        <translation>Playbook eliminado: %1</translation>
    </message>
    <message>
        <source>Evidence added: %1 (SHA-256 %2…)</source>
        <extracomment>Evidence added to a ticket: the file&apos;s name and the start of its SHA-256.</extracomment>
        <translation>Evidencia añadida: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Evidence removed: %1 (SHA-256 %2…)</source>
        <translation>Evidencia eliminada: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Timeline event added: %1 (%2)</source>
        <extracomment>%1 is the event&apos;s title, %2 the date and time it happened.</extracomment>
        <translation>Evento de la cronología añadido: %1 (%2)</translation>
    </message>
    <message>
        <source>Timeline event changed: %1 (%2)</source>
        <translation>Evento de la cronología modificado: %1 (%2)</translation>
    </message>
    <message>
        <source>Timeline event removed: %1 (%2)</source>
        <translation>Evento de la cronología eliminado: %1 (%2)</translation>
    </message>
    <message>
        <source>Exchange UUID: %1</source>
        <extracomment>The stable UUID a ticket is exported under (MISP events, IODEF documents).</extracomment>
        <translation>UUID de intercambio: %1</translation>
    </message>
    <message numerus="yes">
        <source>MISP event %1 imported, %n observable(s) added</source>
        <translation>
            <numerusform>Evento MISP %1 importado, %n observable añadido</numerusform>
            <numerusform>Evento MISP %1 importado, %n observables añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>IODEF incident %1 imported, %n observable(s) added</source>
        <translation>
            <numerusform>Incidente IODEF %1 importado, %n observable añadido</numerusform>
            <numerusform>Incidente IODEF %1 importado, %n observables añadidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportDialog</name>
    <message>
        <source>Importing mail</source>
        <translation>Importando correo</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancelling: the messages read so far are kept…</source>
        <translation>Cancelando: se conservan los mensajes leídos hasta ahora…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>fb::ImportProgressLine</name>
    <message>
        <source>%1 of %2 messages, %3 of %4 MB</source>
        <translation>%1 de %2 mensajes, %3 de %4 MB</translation>
    </message>
</context>
<context>
    <name>fb::ImportSummaryDialog</name>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Threaded</source>
        <translation>En hilo</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>En cuarentena</translation>
    </message>
    <message>
        <source>Mail import summary</source>
        <translation>Resumen de la importación de correo</translation>
    </message>
    <message>
        <source>The import was cancelled; what was read before is kept.</source>
        <translation>Se canceló la importación; se conserva lo leído antes.</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>La importación ha finalizado.</translation>
    </message>
    <message>
        <source>New reports:</source>
        <translation>Nuevas notificaciones:</translation>
    </message>
    <message>
        <source>Added to existing tickets:</source>
        <translation>Añadidos a tickets existentes:</translation>
    </message>
    <message>
        <source>Duplicates (already there):</source>
        <translation>Duplicados (ya existentes):</translation>
    </message>
    <message>
        <source>Quarantined:</source>
        <translation>En cuarentena:</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Leídos:</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nada requiere su atención.</translation>
    </message>
    <message>
        <source>Needs your attention (select one to inspect it):</source>
        <translation>Requiere su atención (seleccione uno para inspeccionarlo):</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Motivo o nota</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation>Abrir ticket</translation>
    </message>
    <message numerus="yes">
        <source>Kept in the quarantine: %n byte(s); the first of them below.</source>
        <translation>
            <numerusform>Guardado en la cuarentena: %n byte; el principio se muestra abajo.</numerusform>
            <numerusform>Guardados en la cuarentena: %n bytes; el principio se muestra abajo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::IncidentExchange</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is neither a MISP event (JSON) nor an IODEF document (XML).</source>
        <translation>El archivo no es ni un evento MISP (JSON) ni un documento IODEF (XML).</translation>
    </message>
    <message>
        <source>byte %1</source>
        <translation>byte %1</translation>
    </message>
</context>
<context>
    <name>fb::IncidentExportCommand</name>
    <message>
        <source>Write a ticket (an incident with the observables of its children) for another team&apos;s tools: --format misp gives a MISP event (JSON, as misp export), --format iodef an IODEF v2 document (RFC 7970, XML, checked against the schema): our team and the ticket number as IncidentID, the TLP as restriction, the observables as EventData systems, hashes as indicators, RSIT as AdditionalData. The label is the most restrictive of the tickets it draws from; it is refused, with nothing written, when the recipient may not receive it (--recipient or --clearance; without either only TLP:CLEAR and TLP:GREEN go out). The ticket keeps one UUID for all its exports.</source>
        <translation>Escribe un ticket (un incidente con los observables de sus hijos) para las herramientas de otro equipo: --format misp da un evento MISP (JSON, como misp export), --format iodef un documento IODEF v2 (RFC 7970, XML, comprobado con el esquema): nuestro equipo y el número del ticket como IncidentID, el TLP como restricción, los observables como sistemas de EventData, los hashes como indicadores, RSIT como AdditionalData. La etiqueta es la más restrictiva de los tickets de los que procede; se rechaza, sin escribir nada, cuando el destinatario no puede recibirla (--recipient o --clearance; sin ninguno de los dos solo salen TLP:CLEAR y TLP:GREEN). El ticket conserva un único UUID para todas sus exportaciones.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>El número del ticket.</translation>
    </message>
    <message>
        <source>misp or iodef.</source>
        <translation>misp o iodef.</translation>
    </message>
    <message>
        <source>IODEF purpose: reporting (the default) or mitigation (asking the recipient to act).</source>
        <translation>Propósito IODEF: reporting (predeterminado) o mitigation (se pide al destinatario que actúe).</translation>
    </message>
</context>
<context>
    <name>fb::IncidentImportCommand</name>
    <message>
        <source>Read a MISP event (JSON) or an IODEF v2 document (RFC 7970, XML; told from the content) into a new incident, or onto the ticket given with --into: indicators become observables, the label and classification are taken over, what is not an observable is kept in a comment, each odd part named in a warning. A document seen before goes onto its ticket again. An IODEF document must follow the schema (read offline, without network or DTD); --lenient imports one that deviates, each deviation a warning. A file that cannot be read is refused with the line or place, and nothing is stored.</source>
        <translation>Lee un evento MISP (JSON) o un documento IODEF v2 (RFC 7970, XML; se distingue por el contenido) en un nuevo incidente, o en el ticket indicado con --into: los indicadores se convierten en observables, se adoptan la etiqueta y la clasificación, lo que no es un observable se guarda en un comentario, y cada parte anómala se indica en una advertencia. Un documento ya visto vuelve a su ticket. Un documento IODEF debe seguir el esquema (leído sin conexión, sin red ni DTD); --lenient importa uno que se aparta de él, con cada desviación como advertencia. Un archivo que no se puede leer se rechaza indicando la línea o el lugar, y no se guarda nada.</translation>
    </message>
    <message>
        <source>The document; - reads standard input.</source>
        <translation>El documento; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>Add the document to this ticket.</source>
        <translation>Añade el documento a este ticket.</translation>
    </message>
    <message>
        <source>Import an IODEF document that deviates from the schema.</source>
        <translation>Importa un documento IODEF que se aparta del esquema.</translation>
    </message>
</context>
<context>
    <name>fb::IncidentOutcomePanel</name>
    <message>
        <source>Resolution:</source>
        <translation>Resolución:</translation>
    </message>
    <message>
        <source>Lessons learned:</source>
        <translation>Lecciones aprendidas:</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Todavía no se ha escrito.</translation>
    </message>
</context>
<context>
    <name>fb::IncidentReport</name>
    <message>
        <source>not classified</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Classification (RSIT)</source>
        <translation>Clasificación (RSIT)</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Comunidad atendida</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>not closed</source>
        <translation>sin cerrar</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>No linked reports.</source>
        <translation>No hay notificaciones vinculadas.</translation>
    </message>
    <message>
        <source>No investigations.</source>
        <translation>No hay investigaciones.</translation>
    </message>
    <message>
        <source>No countermeasures.</source>
        <translation>No hay contramedidas.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>No hay tareas.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>No timeline events.</source>
        <translation>No hay eventos en la cronología.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>No observables.</source>
        <translation>No hay observables.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No evidence files.</source>
        <translation>No hay archivos de evidencia.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>No correspondence.</source>
        <translation>No hay correspondencia.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>No hay historial.</translation>
    </message>
    <message>
        <source>Generated %1 by %2.</source>
        <translation>Generado el %1 por %2.</translation>
    </message>
    <message>
        <source>Generated %1 by %2 for %3.</source>
        <translation>Generado el %1 por %2 para %3.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Investigations</source>
        <translation>Investigaciones</translation>
    </message>
    <message>
        <source>Countermeasures</source>
        <translation>Contramedidas</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report section; choose from %2.</source>
        <translation>«%1» no es una sección del informe; elija entre %2.</translation>
    </message>
    <message>
        <source>The %1 section is not available yet.</source>
        <translation>La sección %1 todavía no está disponible.</translation>
    </message>
    <message>
        <source>Choose at least one report section.</source>
        <translation>Elija al menos una sección del informe.</translation>
    </message>
    <message>
        <source>Ticket #%1 is a %2; a report is written for an incident.</source>
        <translation>El ticket #%1 es de tipo %2; el informe se escribe para un incidente.</translation>
    </message>
    <message>
        <source>Incident #%1</source>
        <translation>Incidente #%1</translation>
    </message>
    <message>
        <source>Incident #%1: %2</source>
        <translation>Incidente #%1: %2</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>The report on incident #%1 holds TLP:RED content: it is for the people present only. Confirm that before it is written.</source>
        <translation>El informe del incidente #%1 contiene información TLP:RED: es solo para las personas presentes. Confírmelo antes de escribirlo.</translation>
    </message>
</context>
<context>
    <name>fb::IncidentReportDialog</name>
    <message>
        <source>Export report of incident #%1</source>
        <translation>Exportar el informe del incidente #%1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
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
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Elija al menos una sección.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Informe escrito en %1.</translation>
    </message>
</context>
<context>
    <name>fb::InvestigationLauncher</name>
    <message>
        <source>the incident response team</source>
        <translation>el equipo de respuesta a incidentes</translation>
    </message>
    <message>
        <source>Dear colleagues,</source>
        <translation>Estimados/as colegas,</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The title of an Investigation launched from an incident: team, then the incident&apos;s title</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to launch: no team is left that can be asked (each was refused or left out).</source>
        <translation>Nada que iniciar: no queda ningún equipo al que consultar (cada uno se rechazó o se omitió).</translation>
    </message>
    <message>
        <source>There is no team key to sign the notifications with; set the team key (or give one).</source>
        <translation>No hay clave del equipo con la que firmar las notificaciones; defina la clave del equipo (o indique una).</translation>
    </message>
    <message>
        <source>Signing the notifications needs the team&apos;s OpenPGP keys; none were given.</source>
        <translation>Para firmar las notificaciones se necesitan las claves OpenPGP del equipo; no se indicó ninguna.</translation>
    </message>
    <message>
        <source>Cancelled: no investigation was launched.</source>
        <translation>Cancelado: no se inició ninguna investigación.</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>Escribiendo a %1…</translation>
    </message>
    <message>
        <source>The notification to %1 could not be written: %2</source>
        <translation>No se pudo escribir la notificación a %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Launched %n investigation(s).</source>
        <translation>
            <numerusform>Se inició %n investigación.</numerusform>
            <numerusform>Se iniciaron %n investigaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted, not signed: there is no team key</source>
        <translation>cifrado, sin firmar: no hay clave del equipo</translation>
    </message>
    <message>
        <source>not signed: there is no team key</source>
        <translation>sin firmar: no hay clave del equipo</translation>
    </message>
    <message>
        <source>signed and encrypted</source>
        <translation>firmado y cifrado</translation>
    </message>
    <message>
        <source>signed, not encrypted (no valid key)</source>
        <translation>firmado, sin cifrar (no hay clave válida)</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2 %3
Protection: %4

%5</source>
        <translation>Para: %1
Asunto: %2 %3
Protección: %4

%5</translation>
    </message>
</context>
<context>
    <name>fb::InvestigationPlanDialog</name>
    <message>
        <source>A valid key for %1 (%2): the notification is encrypted.</source>
        <translation>Una clave válida para %1 (%2): la notificación se cifra.</translation>
    </message>
    <message>
        <source>The key %1 has expired: the notification cannot be encrypted.</source>
        <translation>La clave %1 ha caducado: la notificación no se puede cifrar.</translation>
    </message>
    <message>
        <source>The key %1 was revoked: the notification cannot be encrypted.</source>
        <translation>La clave %1 se revocó: la notificación no se puede cifrar.</translation>
    </message>
    <message>
        <source>The workspace keyring has no usable key for %1: the notification is signed but not encrypted. Import the team&apos;s key in the directory to encrypt.</source>
        <translation>El anillo de claves del espacio de trabajo no tiene ninguna clave utilizable para %1: la notificación se firma, pero no se cifra. Importe la clave del equipo en el directorio para cifrar.</translation>
    </message>
    <message>
        <source>Launch investigations for incident %1</source>
        <translation>Iniciar investigaciones para el incidente %1</translation>
    </message>
    <message>
        <source>The incident&apos;s observables are planned. To plan for others, paste addresses, networks, AS numbers, domains or e-mail addresses here and press Plan again.</source>
        <translation>Se planifican los observables del incidente. Para planificar otros, pegue aquí direcciones, redes, números de AS, dominios o direcciones de correo electrónico y pulse Volver a planificar.</translation>
    </message>
    <message>
        <source>&amp;Plan again</source>
        <translation>&amp;Volver a planificar</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy these observables, one a line, to handle them by hand</source>
        <translation>Copiar estos observables, uno por línea, para tratarlos a mano</translation>
    </message>
    <message>
        <source>No team to ask (for manual handling):</source>
        <translation>Ningún equipo al que consultar (para tratamiento manual):</translation>
    </message>
    <message>
        <source>Notification to the selected team (nothing is created before Launch):</source>
        <translation>Notificación al equipo seleccionado (no se crea nada antes de Iniciar investigaciones):</translation>
    </message>
    <message>
        <source>&amp;Launch investigations</source>
        <translation>&amp;Iniciar investigaciones</translation>
    </message>
    <message>
        <source>Looking up the observables in the directory and the keyring…</source>
        <translation>Buscando los observables en el directorio y el anillo de claves…</translation>
    </message>
    <message>
        <source>Incident #%1 “%2”, %3: one Investigation per team below, each with a notification from the “%4” template, signed with the team key.</source>
        <translation>Incidente #%1 «%2», %3: una investigación por cada equipo de abajo, cada una con una notificación de la plantilla «%4», firmada con la clave del equipo.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>will be launched</source>
        <translation>se iniciará</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No team in the directory covers these observables: there is nothing to launch.</source>
        <translation>Ningún equipo del directorio cubre estos observables: no hay nada que iniciar.</translation>
    </message>
    <message>
        <source>There is no team key to sign the notifications with: choose our team&apos;s key in Settings before launching.</source>
        <translation>No hay clave del equipo con la que firmar las notificaciones: elija la clave de nuestro equipo en Configuración antes de iniciar.</translation>
    </message>
    <message>
        <source>Select a team to read its notification.</source>
        <translation>Seleccione un equipo para leer su notificación.</translation>
    </message>
    <message>
        <source>No notification: %1</source>
        <translation>Sin notificación: %1</translation>
    </message>
    <message>
        <source>Left out: tick the team to launch its investigation.</source>
        <translation>Omitido: marque el equipo para iniciar su investigación.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n observable(s).</source>
        <translation>
            <numerusform>Se copió %n observable.</numerusform>
            <numerusform>Se copiaron %n observables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelled: no investigation was launched.</source>
        <translation>Cancelado: no se inició ninguna investigación.</translation>
    </message>
    <message>
        <source>Launched %1; each notification is stored on its investigation, ready to send.</source>
        <translation>Investigaciones iniciadas: %1; cada notificación se guarda en su investigación, lista para enviarse.</translation>
    </message>
    <message>
        <source>Cancel launch</source>
        <translation>Cancelar el inicio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>fb::InvestigationPlanner</name>
    <message>
        <source>%1 has no e-mail address in the directory.</source>
        <translation>%1 no tiene dirección de correo electrónico en el directorio.</translation>
    </message>
    <message>
        <source>%1 may only be sent encrypted, and there is no valid key for %2 (key: %3).</source>
        <translation>%1 solo se puede enviar cifrado, y no hay ninguna clave válida para %2 (clave: %3).</translation>
    </message>
    <message>
        <source>%1 may not go to %2, which may receive up to %3 (directory).</source>
        <translation>%1 no puede llegar a %2, que puede recibir hasta %3 (directorio).</translation>
    </message>
    <message>
        <source>not an address, network, AS number, domain, e-mail address or URL</source>
        <translation>no es una dirección, red, número de AS, dominio, dirección de correo electrónico ni URL</translation>
    </message>
    <message>
        <source>no team is responsible for a %1</source>
        <translation>ningún equipo es responsable de un observable de tipo %1</translation>
    </message>
    <message>
        <source>no team in the directory covers it</source>
        <translation>ningún equipo del directorio lo cubre</translation>
    </message>
    <message>
        <source>in our own constituency (%1): ours to handle</source>
        <translation>en nuestra propia comunidad atendida (%1): nos corresponde tratarlo</translation>
    </message>
    <message>
        <source>Ticket #%1 is no incident: investigations are launched from an incident.</source>
        <translation>El ticket #%1 no es un incidente: las investigaciones se inician desde un incidente.</translation>
    </message>
</context>
<context>
    <name>fb::IodefExchange</name>
    <message>
        <source>The IODEF document written for ticket %1 does not follow the schema: %2</source>
        <translation>El documento IODEF escrito para el ticket %1 no sigue el esquema: %2</translation>
    </message>
    <message>
        <source>(no IncidentID)</source>
        <translation>(sin IncidentID)</translation>
    </message>
    <message>
        <source>IODEF incident %1</source>
        <translation>Incidente IODEF %1</translation>
    </message>
    <message>
        <source>Imported from IODEF incident %1.</source>
        <translation>Importado del incidente IODEF %1.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Propósito: %1</translation>
    </message>
    <message>
        <source>Status there: %1</source>
        <translation>Estado en el origen: %1</translation>
    </message>
    <message>
        <source>The incident&apos;s restriction names no TLP label; it is labelled %1.</source>
        <translation>La restricción del incidente no indica ninguna etiqueta TLP; se etiqueta como %1.</translation>
    </message>
    <message>
        <source>From IODEF incident %1, what is not an observable:</source>
        <translation>Del incidente IODEF %1, lo que no es un observable:</translation>
    </message>
    <message>
        <source>From IODEF incident %1 (%2), what is not an observable:</source>
        <translation>Del incidente IODEF %1 (%2), lo que no es un observable:</translation>
    </message>
</context>
<context>
    <name>fb::IodefReader</name>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>The document is %L1 bytes; IODEF documents of at most %L2 bytes are read.</source>
        <translation>El documento tiene %L1 bytes; se leen documentos IODEF de %L2 bytes como máximo.</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>El documento está vacío.</translation>
    </message>
    <message>
        <source>The XML parser could not be started.</source>
        <translation>No se pudo iniciar el analizador XML.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>The document is not well-formed XML: %1.</source>
        <translation>El documento no es XML bien formado: %1.</translation>
    </message>
    <message>
        <source>The document has a document type declaration (DOCTYPE); IODEF needs none, and its entities could read files or expand without bound, so it is refused.</source>
        <translation>El documento tiene una declaración de tipo de documento (DOCTYPE); IODEF no necesita ninguna, y sus entidades podrían leer archivos o expandirse sin límite, por lo que se rechaza.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The root element is %1, not an IODEF v2 IODEF-Document in the namespace %2.</source>
        <translation>El elemento raíz es %1, no un IODEF-Document de IODEF v2 en el espacio de nombres %2.</translation>
    </message>
    <message>
        <source>Elements are nested deeper than %1 levels.</source>
        <translation>Los elementos están anidados a más de %1 niveles de profundidad.</translation>
    </message>
    <message>
        <source>The IODEF schema could not be loaded: %1</source>
        <translation>No se pudo cargar el esquema IODEF: %1</translation>
    </message>
    <message>
        <source>The schema validator could not be started.</source>
        <translation>No se pudo iniciar el validador de esquemas.</translation>
    </message>
    <message>
        <source>the validator failed (%1)</source>
        <translation>el validador falló (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The document does not follow the IODEF v2 schema (RFC 7970): %1 (%n problem(s) in all).</source>
        <translation>
            <numerusform>El documento no sigue el esquema IODEF v2 (RFC 7970): %1 (%n problema en total).</numerusform>
            <numerusform>El documento no sigue el esquema IODEF v2 (RFC 7970): %1 (%n problemas en total).</numerusform>
        </translation>
    </message>
    <message>
        <source>Firebreak keeps no field for %1; it is kept in a note.</source>
        <translation>Firebreak no tiene ningún campo para %1; se guarda en una nota.</translation>
    </message>
    <message>
        <source>Only the first %L1 observables are read.</source>
        <translation>Solo se leen los primeros %L1 observables.</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 value (%3); it is kept in a note.</source>
        <translation>«%1» no es un valor %2 válido (%3); se guarda en una nota.</translation>
    </message>
    <message>
        <source>Addresses of category “%1” are not observables in Firebreak; it is kept in a note.</source>
        <translation>Las direcciones de categoría «%1» no son observables en Firebreak; se guardan en una nota.</translation>
    </message>
    <message>
        <source>Hashes made with “%1” are not observables in Firebreak; it is kept in a note.</source>
        <translation>Los hashes hechos con «%1» no son observables en Firebreak; se guardan en una nota.</translation>
    </message>
    <message>
        <source>The digest value is not Base64; it is kept in a note.</source>
        <translation>El valor del digest no está en Base64; se guarda en una nota.</translation>
    </message>
    <message>
        <source>Bulk observables of type “%1” are not observables in Firebreak; they are kept in a note.</source>
        <translation>Los observables en bloque de tipo «%1» no son observables en Firebreak; se guardan en una nota.</translation>
    </message>
    <message>
        <source>“%1” is not a class and type of the Reference Security Incident Taxonomy; it is kept in a note.</source>
        <translation>«%1» no es una clase y tipo de la Reference Security Incident Taxonomy; se guarda en una nota.</translation>
    </message>
    <message>
        <source>Contact (%1, %2): %3</source>
        <translation>Contacto (%1, %2): %3</translation>
    </message>
    <message>
        <source>The restriction “%1” names no TLP label.</source>
        <translation>La restricción «%1» no indica ninguna etiqueta TLP.</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Iniciado: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Finalizado: %1</translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation>Recuperado: %1</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>Notificado: %1</translation>
    </message>
    <message>
        <source>Document written: %1</source>
        <translation>Documento escrito: %1</translation>
    </message>
    <message>
        <source>Not as the IODEF schema says: %1</source>
        <translation>No conforme al esquema IODEF: %1</translation>
    </message>
    <message>
        <source>Only the first Incident of a document is imported; this one is not.</source>
        <translation>Solo se importa el primer Incident de un documento; este no.</translation>
    </message>
    <message>
        <source>The document holds no Incident.</source>
        <translation>El documento no contiene ningún Incident.</translation>
    </message>
    <message>
        <source>The incident has no IncidentID; importing it again will not be recognised.</source>
        <translation>El incidente no tiene IncidentID; si se vuelve a importar, no se reconocerá.</translation>
    </message>
</context>
<context>
    <name>fb::JobRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>fb::KeyPassphrase</name>
    <message>
        <source>The passphrase of the OpenPGP secret key, first line of FILE.</source>
        <translation>La frase de contraseña de la clave secreta OpenPGP, primera línea de ARCHIVO.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña para %1: </translation>
    </message>
    <message>
        <source>No passphrase for the OpenPGP key and no terminal to ask for one: use --key-passphrase-file or set %1.</source>
        <translation>No hay frase de contraseña para la clave OpenPGP ni terminal para pedirla: use --key-passphrase-file o defina %1.</translation>
    </message>
</context>
<context>
    <name>fb::KeyPassphrasePrompt</name>
    <message>
        <source>Passphrase of the key</source>
        <translation>Frase de contraseña de la clave</translation>
    </message>
    <message>
        <source>GnuPG needs the passphrase of
%1</source>
        <translation>GnuPG necesita la frase de contraseña de
%1</translation>
    </message>
</context>
<context>
    <name>fb::KeyStatusText</name>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation>Inutilizable</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Caduca pronto</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Limitada</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>The key is valid until %1.</source>
        <translation>La clave es válida hasta %1.</translation>
    </message>
    <message>
        <source>The key is valid and does not expire.</source>
        <translation>La clave es válida y no caduca.</translation>
    </message>
</context>
<context>
    <name>fb::KeyringSession</name>
    <message>
        <source>A session key must hold 1 to %1 bytes and last a while.</source>
        <translation>Una clave de sesión debe tener de 1 a %1 bytes y durar un tiempo.</translation>
    </message>
    <message>
        <source>This process can reach neither a session keyring nor a user keyring: %1</source>
        <translation>Este proceso no puede acceder ni a un anillo de claves de sesión ni a un anillo de claves de usuario: %1</translation>
    </message>
    <message>
        <source>The kernel keyring refused the session key: %1</source>
        <translation>El anillo de claves del kernel rechazó la clave de sesión: %1</translation>
    </message>
    <message>
        <source>The kernel keyring refused the session key&apos;s timeout or permissions: %1</source>
        <translation>El anillo de claves del kernel rechazó el tiempo de expiración o los permisos de la clave de sesión: %1</translation>
    </message>
    <message>
        <source>The kernel keyring refused to forget a session key: %1</source>
        <translation>El anillo de claves del kernel se negó a olvidar una clave de sesión: %1</translation>
    </message>
    <message>
        <source>Unlocked sessions need the Linux kernel keyring, which this system lacks.</source>
        <translation>Las sesiones desbloqueadas necesitan el anillo de claves del kernel de Linux, que este sistema no tiene.</translation>
    </message>
</context>
<context>
    <name>fb::KeyringStore</name>
    <message>
        <source>“%1” is not an OpenPGP fingerprint.</source>
        <translation>«%1» no es una huella digital OpenPGP.</translation>
    </message>
    <message>
        <source>The key %1 is not in the workspace keyring.</source>
        <translation>La clave %1 no está en el anillo de claves del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The key has been revoked by its owner; do not use it.</source>
        <translation>Su titular ha revocado la clave; no la use.</translation>
    </message>
    <message>
        <source>The key expired on %1; ask its owner for a current key.</source>
        <translation>La clave caducó el %1; pida a su titular una clave vigente.</translation>
    </message>
    <message numerus="yes">
        <source>The key expires in %n day(s), on %1; ask its owner for an extended or new key.</source>
        <translation>
            <numerusform>La clave caduca dentro de %n día, el %1; pida a su titular una clave prorrogada o nueva.</numerusform>
            <numerusform>La clave caduca dentro de %n días, el %1; pida a su titular una clave prorrogada o nueva.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key is disabled.</source>
        <translation>La clave está desactivada.</translation>
    </message>
    <message>
        <source>GnuPG considers the key invalid.</source>
        <translation>GnuPG considera que la clave no es válida.</translation>
    </message>
    <message>
        <source>The key is weak: %1 bits are fewer than the %2 bits considered safe.</source>
        <translation>La clave es débil: %1 bits son menos que los %2 bits que se consideran seguros.</translation>
    </message>
    <message>
        <source>The key cannot sign: signatures from it cannot be expected.</source>
        <translation>La clave no puede firmar: no cabe esperar firmas de ella.</translation>
    </message>
    <message>
        <source>The key cannot encrypt: messages to its owner cannot be encrypted to it.</source>
        <translation>La clave no puede cifrar: no se pueden cifrar mensajes para su titular con ella.</translation>
    </message>
</context>
<context>
    <name>fb::LaunchDialog</name>
    <message>
        <source>Launch countermeasure</source>
        <translation>Iniciar contramedida</translation>
    </message>
    <message>
        <source>Launch investigation</source>
        <translation>Iniciar investigación</translation>
    </message>
    <message>
        <source>For incident #%1: %2</source>
        <translation>Para el incidente #%1: %2</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;LP:</source>
        <translation>T&amp;LP:</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>fb::Lifecycle</name>
    <message>
        <source>&apos;%1&apos; is not a state of a ticket of kind %2 (its states: %3).</source>
        <translation>«%1» no es un estado de un ticket de tipo %2 (sus estados: %3).</translation>
    </message>
    <message>
        <source>A ticket of kind %1 in state &apos;%2&apos; cannot move to &apos;%3&apos;; allowed from &apos;%2&apos;: %4.</source>
        <translation>Un ticket de tipo %1 en el estado «%2» no puede pasar a «%3»; permitidos desde «%2»: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>pending activation</source>
        <translation>pendiente de activación</translation>
    </message>
    <message>
        <source>pending removal</source>
        <translation>pendiente de retirada</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirado</translation>
    </message>
</context>
<context>
    <name>fb::ListMembersDialog</name>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Tick the teams and people to put on the list “%1”.</source>
        <translation>Marque los equipos y personas que desea añadir a la lista «%1».</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <extracomment>A team offered as a list member: &quot;Team: EXU-CERT (Example University CERT)&quot;</extracomment>
        <translation>Equipo: %1</translation>
    </message>
    <message>
        <source>Team: %1 (%2)</source>
        <translation>Equipo: %1 (%2)</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Persona: %1</translation>
    </message>
    <message>
        <source>&amp;Add to list</source>
        <translation>&amp;Añadir a la lista</translation>
    </message>
    <message>
        <source>Nobody was added: %1</source>
        <extracomment>Shown when members could not be put on a list; %1 is the reason. Nothing was added.</extracomment>
        <translation>No se añadió a nadie: %1</translation>
    </message>
</context>
<context>
    <name>fb::LockScreen</name>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Frase de contraseña incorrecta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;&lt;p&gt;%1 is closed and its key dropped. Enter the passphrase to continue.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bloqueado&lt;/h2&gt;&lt;p&gt;%1 está cerrado y su clave se ha descartado. Introduzca la frase de contraseña para continuar.&lt;/p&gt;</translation>
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
        <translation>nueva notificación #%1</translation>
    </message>
    <message>
        <source>added to #%1</source>
        <translation>añadido a #%1</translation>
    </message>
    <message>
        <source>already on #%1</source>
        <translation>ya está en #%1</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>en cuarentena</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quarantine id (a number from mail quarantine list).</source>
        <translation>«%1» no es un id de cuarentena (un número de mail quarantine list).</translation>
    </message>
    <message>
        <source>Messages read: %1 (%2 MB); new reports: %3, added to existing tickets: %4, duplicates: %5, quarantined: %6.
</source>
        <translation>Mensajes leídos: %1 (%2 MB); nuevas notificaciones: %3, añadidos a tickets existentes: %4, duplicados: %5, en cuarentena: %6.
</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s) name their reporter from the directory.
</source>
        <translation>
            <numerusform>%n nueva notificación indica su notificante a partir del directorio.
</numerusform>
            <numerusform>%n nuevas notificaciones indican su notificante a partir del directorio.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: what was read so far is stored; running the same import again completes it.
</source>
        <translation>Interrumpido: lo leído hasta ahora está guardado; ejecutar de nuevo la misma importación la completa.
</translation>
    </message>
    <message>
        <source>Needs a look:
</source>
        <translation>Requiere revisión:
</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
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
        <translation>Un archivo mbox, una carpeta Maildir, un archivo .eml o una carpeta de ellos.</translation>
    </message>
    <message>
        <source>Import mail into the workspace: each new message becomes an Incident Report, a reply (our subject tag, or In-Reply-To/References naming a stored message) goes to its ticket, a message already stored is skipped, and input that is not a usable message is kept whole in the quarantine. Signed mail is verified against the workspace keyring and encrypted mail decrypted with the team key (your GnuPG home). Senders the directory knows are named as the report&apos;s reporter. Ctrl+C stops after the current message; what was stored stays and a re-run completes the import. Exit code 2 when messages were quarantined.</source>
        <translation>Importa correo en el espacio de trabajo: cada mensaje nuevo se convierte en una notificación de incidente, una respuesta (nuestra etiqueta de asunto, o In-Reply-To/References que nombran un mensaje guardado) va a su ticket, un mensaje ya guardado se omite, y la entrada que no es un mensaje utilizable se conserva íntegra en la cuarentena. El correo firmado se verifica con el anillo de claves del espacio de trabajo y el cifrado se descifra con la clave del equipo (su directorio personal de GnuPG). Los remitentes que conoce el directorio se indican como notificante de la notificación. Ctrl+C se detiene tras el mensaje actual; lo guardado se conserva y una nueva ejecución completa la importación. Código de salida 2 si hubo mensajes en cuarentena.</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>No existe el archivo o la carpeta %1.</translation>
    </message>
    <message>
        <source>The import was interrupted; the messages read so far are stored, and running the same import again completes it.</source>
        <translation>Se interrumpió la importación; los mensajes leídos hasta ahora están guardados y ejecutar de nuevo la misma importación la completa.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be imported and were quarantined; see mail quarantine list.</source>
        <translation>
            <numerusform>%n mensaje no se pudo importar y se puso en cuarentena; consulte mail quarantine list.</numerusform>
            <numerusform>%n mensajes no se pudieron importar y se pusieron en cuarentena; consulte mail quarantine list.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the mail that could not be imported: id, when, size, where it came from and why.</source>
        <translation>Enumera el correo que no se pudo importar: id, cuándo, tamaño, procedencia y motivo.</translation>
    </message>
    <message>
        <source>The quarantine is empty.</source>
        <translation>La cuarentena está vacía.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>Save the raw message to FILE (never shown on a terminal).</source>
        <translation>Guarda el mensaje sin procesar en ARCHIVO (nunca se muestra en un terminal).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Reemplaza ARCHIVO si existe.</translation>
    </message>
    <message>
        <source>The quarantine id, from mail quarantine list.</source>
        <translation>El id de cuarentena, de mail quarantine list.</translation>
    </message>
    <message>
        <source>Show one quarantined message: where it came from, why it was kept aside and its size. With --out, its raw bytes are saved to a file; &apos;-&apos; writes them to standard output when that is not a terminal.</source>
        <translation>Muestra un mensaje en cuarentena: su procedencia, por qué se apartó y su tamaño. Con --out, sus bytes sin procesar se guardan en un archivo; «-» los escribe en la salida estándar cuando esta no es un terminal.</translation>
    </message>
    <message>
        <source>Raw mail is not written to a terminal; give --out FILE or redirect.</source>
        <translation>El correo sin procesar no se escribe en un terminal; indique --out ARCHIVO o redirija la salida.</translation>
    </message>
    <message>
        <source>With --json, give --out FILE for the raw message.</source>
        <translation>Con --json, indique --out ARCHIVO para el mensaje sin procesar.</translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it.</source>
        <translation>%1 ya existe; indique --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Quarantined message %1
  From:    %2
  At:      %3
  Size:    %4 bytes
  Reason:  %5
</source>
        <translation>Mensaje en cuarentena %1
  De:      %2
  Fecha:   %3
  Tamaño:  %4 bytes
  Motivo:  %5
</translation>
    </message>
    <message>
        <source>Saved the raw message to %1.</source>
        <translation>Mensaje sin procesar guardado en %1.</translation>
    </message>
    <message>
        <source>Give --out FILE to save the raw message.</source>
        <translation>Indique --out ARCHIVO para guardar el mensaje sin procesar.</translation>
    </message>
</context>
<context>
    <name>fb::MailComposer</name>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Give at least one recipient.</source>
        <translation>Indique al menos un destinatario.</translation>
    </message>
    <message>
        <source>%1 information may only be sent encrypted; ask for encryption to the recipient&apos;s key.</source>
        <translation>La información %1 solo puede enviarse cifrada; solicite el cifrado con la clave del destinatario.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no stored message %2 to reply to.</source>
        <translation>El ticket #%1 no tiene ningún mensaje almacenado %2 al que responder.</translation>
    </message>
    <message>
        <source>The composed message could not be read back: %1</source>
        <translation>No se pudo volver a leer el mensaje redactado: %1</translation>
    </message>
    <message>
        <source>Signing or encrypting mail needs the team&apos;s OpenPGP keys; none were given.</source>
        <translation>Firmar o cifrar correo requiere las claves OpenPGP del equipo; no se indicó ninguna.</translation>
    </message>
    <message>
        <source>Mail that belongs to no ticket needs a subject and cannot be a reply.</source>
        <translation>El correo que no pertenece a ningún ticket necesita un asunto y no puede ser una respuesta.</translation>
    </message>
    <message>
        <source>The message part to sign could not be prepared.</source>
        <translation>No se pudo preparar la parte del mensaje que se debe firmar.</translation>
    </message>
    <message>
        <source>Only mail about a ticket is stored with it.</source>
        <translation>Solo el correo sobre un ticket se guarda con él.</translation>
    </message>
    <message>
        <source>Blind copies cannot go in an encrypted message: it names every recipient&apos;s key, so the others would see who else received it. Send the blind copies as a separate message.</source>
        <translation>Las copias ocultas no caben en un mensaje cifrado: nombra la clave de cada destinatario, así que los demás verían quién más lo recibió. Envíe las copias ocultas como un mensaje aparte.</translation>
    </message>
</context>
<context>
    <name>fb::MailCrypto</name>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1 (decrypted)</source>
        <translation>%1 (descifrado)</translation>
    </message>
</context>
<context>
    <name>fb::MailExportCommands</name>
    <message>
        <source>Ticket #%1 has no reporter address to reply to; give --to.</source>
        <translation>El ticket #%1 no tiene dirección de notificante a la que responder; indique --to.</translation>
    </message>
    <message>
        <source>Give the recipient with --to.</source>
        <translation>Indique el destinatario con --to.</translation>
    </message>
    <message>
        <source>Our team has no e-mail address in the directory; give --from or choose our team with one.</source>
        <translation>Nuestro equipo no tiene dirección de correo electrónico en el directorio; indique --from o elija nuestro equipo con una.</translation>
    </message>
    <message>
        <source>The ticket the message is about.</source>
        <translation>El ticket al que se refiere el mensaje.</translation>
    </message>
    <message>
        <source>reply (to the reporter, answering the newest received message; the default), notify (another team; an Investigation&apos;s correspondent unless --to is given) or list (a mailing list).</source>
        <translation>reply (al notificante, respondiendo al mensaje recibido más reciente; el predeterminado), notify (otro equipo; el corresponsal de una investigación salvo que se indique --to) o list (una lista de correo).</translation>
    </message>
    <message>
        <source>A recipient (repeatable).</source>
        <translation>Un destinatario (repetible).</translation>
    </message>
    <message>
        <source>A copy recipient (repeatable).</source>
        <translation>Un destinatario en copia (repetible).</translation>
    </message>
    <message>
        <source>The sender (default: our team&apos;s name and first e-mail).</source>
        <translation>El remitente (predeterminado: el nombre de nuestro equipo y su primer correo electrónico).</translation>
    </message>
    <message>
        <source>The subject, without tag and TLP label.</source>
        <translation>El asunto, sin la etiqueta del ticket ni la etiqueta TLP.</translation>
    </message>
    <message>
        <source>The UTF-8 text of the message; &apos;-&apos; for standard input.</source>
        <translation>El texto UTF-8 del mensaje; «-» para la entrada estándar.</translation>
    </message>
    <message>
        <source>Attach a file (repeatable).</source>
        <translation>Adjunta un archivo (repetible).</translation>
    </message>
    <message>
        <source>TLP label (default: the ticket&apos;s): CLEAR, GREEN, AMBER, AMBER+STRICT, RED.</source>
        <translation>Etiqueta TLP (predeterminada: la del ticket): CLEAR, GREEN, AMBER, AMBER+STRICT, RED.</translation>
    </message>
    <message>
        <source>With --kind reply: the stored message (id from &apos;mail export --json&apos;) to answer.</source>
        <translation>Con --kind reply: el mensaje guardado (id de «mail export --json») al que responder.</translation>
    </message>
    <message>
        <source>Sign with PGP/MIME using the team key.</source>
        <translation>Firma con PGP/MIME usando la clave del equipo.</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key (implies --sign).</source>
        <translation>Firma con esta clave en lugar de la clave del equipo (implica --sign).</translation>
    </message>
    <message>
        <source>Encrypt to every recipient&apos;s key in the workspace keyring (PGP/MIME).</source>
        <translation>Cifra para la clave de cada destinatario del anillo de claves del espacio de trabajo (PGP/MIME).</translation>
    </message>
    <message>
        <source>Where to write the .eml; &apos;-&apos; for standard output.</source>
        <translation>Dónde escribir el .eml; «-» para la salida estándar.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Reemplaza un archivo de salida existente.</translation>
    </message>
    <message>
        <source>Compose a message from a ticket with our subject tag and the TLP label, sign and encrypt it with OpenPGP when asked, write it as .eml and store it on the ticket.</source>
        <translation>Redacta un mensaje desde un ticket con nuestra etiqueta de asunto y la etiqueta TLP, lo firma y cifra con OpenPGP si se pide, lo escribe como .eml y lo guarda en el ticket.</translation>
    </message>
    <message>
        <source>--kind is reply, notify or list.</source>
        <translation>--kind es reply, notify o list.</translation>
    </message>
    <message>
        <source>Give --out FILE.eml (or &apos;-&apos; for standard output).</source>
        <translation>Indique --out ARCHIVO.eml (o «-» para la salida estándar).</translation>
    </message>
    <message>
        <source>Give the text with --body-file FILE (or &apos;-&apos; for standard input).</source>
        <translation>Indique el texto con --body-file ARCHIVO (o «-» para la entrada estándar).</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>«%1» no es una etiqueta TLP.</translation>
    </message>
    <message>
        <source>--reply-to takes a stored message id.</source>
        <translation>--reply-to admite un id de mensaje guardado.</translation>
    </message>
    <message>
        <source>There is no team key to sign with; give --key or set the team key.</source>
        <translation>No hay clave del equipo con la que firmar; indique --key o defina la clave del equipo.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2 and stored it on ticket #%3.</source>
        <translation>%1 escrito en %2 y guardado en el ticket #%3.</translation>
    </message>
    <message>
        <source>The ticket whose mail to export.</source>
        <translation>El ticket cuyo correo se exporta.</translation>
    </message>
    <message>
        <source>Export only this stored message, as .eml.</source>
        <translation>Exporta solo este mensaje guardado, como .eml.</translation>
    </message>
    <message>
        <source>Where to write (mboxrd, or .eml with --message); &apos;-&apos; or none for standard output.</source>
        <translation>Dónde escribir (mboxrd, o .eml con --message); «-» o nada para la salida estándar.</translation>
    </message>
    <message>
        <source>Write a ticket&apos;s whole correspondence, received and sent, oldest first, as an mboxrd file, or one message exactly as received or sent. With --json, list the exported messages.</source>
        <translation>Escribe toda la correspondencia de un ticket, recibida y enviada, de la más antigua a la más reciente, como archivo mboxrd, o un mensaje exactamente como se recibió o envió. Con --json, enumera los mensajes exportados.</translation>
    </message>
    <message>
        <source>--message takes a stored message id.</source>
        <translation>--message admite un id de mensaje guardado.</translation>
    </message>
    <message>
        <source>With --json, give --out FILE for the mail itself.</source>
        <translation>Con --json, indique --out ARCHIVO para el propio correo.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no stored message %2.</source>
        <translation>El ticket #%1 no tiene ningún mensaje guardado %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) of ticket #%1 to %2.</source>
        <translation>
            <numerusform>Se escribió %n mensaje del ticket #%1 en %2.</numerusform>
            <numerusform>Se escribieron %n mensajes del ticket #%1 en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” already exists; give --force to replace it.</source>
        <translation>«%1» ya existe; indique --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>A blind copy recipient (repeatable; for the sending MTA, which drops the line).</source>
        <translation>Un destinatario en copia oculta (repetible; para el MTA que envía, que elimina la línea).</translation>
    </message>
</context>
<context>
    <name>fb::MailImporter</name>
    <message>
        <source>Reading mail</source>
        <translation>Leyendo el correo</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n mensaje leído</numerusform>
            <numerusform>%n mensajes leídos</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in quarantine from an earlier import.</source>
        <translation>Ya está en cuarentena por una importación anterior.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
</context>
<context>
    <name>fb::MailKeys</name>
    <message>
        <source>The workspace keyring has no valid key for %1 that can encrypt; add the recipient&apos;s key (after comparing its fingerprint) or send without encryption.</source>
        <translation>El anillo de claves del espacio de trabajo no tiene ninguna clave válida para %1 que pueda cifrar; añada la clave del destinatario (tras comparar su huella digital) o envíe sin cifrar.</translation>
    </message>
    <message>
        <source>valid</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>válida</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>caducada</translation>
    </message>
    <message>
        <source>revoked</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>revocada</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>fb::MailReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>No existe ningún archivo o carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>message %1 at byte %2</source>
        <translation>mensaje %1 en el byte %2</translation>
    </message>
</context>
<context>
    <name>fb::MailReply</name>
    <message>
        <source>Ticket #%1 has no stored message %2 to reply to.</source>
        <translation>El ticket #%1 no tiene ningún mensaje almacenado %2 al que responder.</translation>
    </message>
    <message>
        <source>Hello,</source>
        <extracomment>The greeting of a reply when the recipient&apos;s name is not known.</extracomment>
        <translation>Hola,</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <extracomment>The greeting of a reply: &quot;Dear Jane Doe,&quot;.</extracomment>
        <translation>Estimado/a %1,</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>el remitente</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <extracomment>Above the quoted original of a reply: &quot;On 2 Mar 2026 10:00 CET, Jane Doe wrote:&quot;.</extracomment>
        <translation>El %1, %2 escribió:</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <extracomment>Above the quoted original of a reply whose date is not known.</extracomment>
        <translation>%1 escribió:</translation>
    </message>
</context>
<context>
    <name>fb::MailReplyAllCommands</name>
    <message>
        <source>List the reporters of an incident&apos;s reports (one line each: address, the report answered, key status, whether the reply is encrypted or refused by the TLP gate). --preview adds every reply&apos;s text; --confirm writes one reply per reporter, threaded to that reporter&apos;s newest report and stored there as sent mail (export it with &apos;mail export&apos;), all or none. The text is the &apos;update-reporters&apos; template unless --body-file gives one; its placeholders are filled for each reporter.</source>
        <translation>Enumera los notificantes de las notificaciones de un incidente (una línea por cada uno: dirección, la notificación respondida, estado de la clave, si la respuesta se cifra o si la rechaza el control TLP). --preview añade el texto de cada respuesta; --confirm escribe una respuesta por notificante, en el hilo de la notificación más reciente de ese notificante y guardada allí como correo enviado (expórtela con «mail export»), todas o ninguna. El texto es la plantilla «update-reporters» salvo que --body-file indique otro; sus marcadores se rellenan para cada notificante.</translation>
    </message>
    <message>
        <source>The incident whose reporters to answer.</source>
        <translation>El incidente a cuyos notificantes responder.</translation>
    </message>
    <message>
        <source>Leave this reporter out (repeatable).</source>
        <translation>Omite este notificante (repetible).</translation>
    </message>
    <message>
        <source>The text of the replies, with placeholders such as {greeting}; &apos;-&apos; for standard input.</source>
        <translation>El texto de las respuestas, con marcadores como {greeting}; «-» para la entrada estándar.</translation>
    </message>
    <message>
        <source>Print every reply&apos;s text as well.</source>
        <translation>Imprime también el texto de cada respuesta.</translation>
    </message>
    <message>
        <source>Write and store the replies.</source>
        <translation>Escribe y guarda las respuestas.</translation>
    </message>
    <message>
        <source>Sign with PGP/MIME using the team key.</source>
        <translation>Firma con PGP/MIME usando la clave del equipo.</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key (implies --sign).</source>
        <translation>Firma con esta clave en lugar de la clave del equipo (implica --sign).</translation>
    </message>
    <message>
        <source>Give --preview or --confirm, not both.</source>
        <translation>Indique --preview o --confirm, no ambos.</translation>
    </message>
    <message>
        <source>There is no team key to sign with; give --key or set the team key.</source>
        <translation>No hay clave del equipo con la que firmar; indique --key o defina la clave del equipo.</translation>
    </message>
    <message>
        <source>--- Reply to %1 on report #%2 (%3) ---</source>
        <translation>--- Respuesta a %1 sobre la notificación #%2 (%3) ---</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>cifrada</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message>
        <source>Reply to %1 stored on report #%2.</source>
        <translation>Respuesta a %1 guardada en la notificación #%2.</translation>
    </message>
    <message>
        <source>REPORTER</source>
        <translation>NOTIFICANTE</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>NOTIFICACIÓN</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>ENCRYPTED</source>
        <translation>CIFRADO</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazada: %1</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>responder</translation>
    </message>
    <message>
        <source>Incident #%1 has no reporter with an address.</source>
        <translation>El incidente #%1 no tiene ningún notificante con dirección.</translation>
    </message>
</context>
<context>
    <name>fb::MailShowCommands</name>
    <message>
        <source>“%1” is not a message id (a number from the correspondence of ticket show).</source>
        <translation>«%1» no es un id de mensaje (un número de la correspondencia de ticket show).</translation>
    </message>
    <message numerus="yes">
        <source>Message %1 has no attachment %2; it has %n.</source>
        <translation>
            <numerusform>El mensaje %1 no tiene el adjunto %2; tiene %n.</numerusform>
            <numerusform>El mensaje %1 no tiene el adjunto %2; tiene %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 has several attachments called “%2”; give the number.</source>
        <translation>El mensaje %1 tiene varios adjuntos llamados «%2»; indique el número.</translation>
    </message>
    <message>
        <source>Message %1 has no attachment called “%2”.</source>
        <translation>El mensaje %1 no tiene ningún adjunto llamado «%2».</translation>
    </message>
    <message>
        <source>The message id, from the correspondence of ticket show.</source>
        <translation>El id del mensaje, de la correspondencia de ticket show.</translation>
    </message>
    <message>
        <source>Show a stored message as the correspondence tab of the GUI does: its headers, its decoded text, its attachments (number, name, type, size, SHA-256) and what its signature says, checked now against the workspace keyring.</source>
        <translation>Muestra un mensaje guardado como lo hace la pestaña de correspondencia de la interfaz gráfica: sus encabezados, su texto descodificado, sus adjuntos (número, nombre, tipo, tamaño, SHA-256) y lo que dice su firma, comprobada ahora con el anillo de claves del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>El archivo que se escribirá (obligatorio).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Reemplaza ARCHIVO si existe.</translation>
    </message>
    <message>
        <source>The attachment&apos;s number in mail show, or its file name.</source>
        <translation>El número del adjunto en mail show, o su nombre de archivo.</translation>
    </message>
    <message>
        <source>Save one attachment of a stored message to FILE, exactly as decoded, readable by the owner only. The file is written whole or not at all; an existing file is replaced only with --force.</source>
        <translation>Guarda un adjunto de un mensaje guardado en ARCHIVO, exactamente como se descodificó, legible solo por el propietario. El archivo se escribe completo o no se escribe; un archivo existente solo se reemplaza con --force.</translation>
    </message>
    <message>
        <source>Give --out FILE: where to save the attachment.</source>
        <translation>Indique --out ARCHIVO: dónde guardar el adjunto.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes) to %3.</source>
        <translation>Se guardó %1 (%2 bytes) en %3.</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>adjunto %1</translation>
    </message>
</context>
<context>
    <name>fb::MailStore</name>
    <message>
        <source>The subject tag must be 1 to 40 characters without &apos;[&apos;, &apos;]&apos; or &apos;#&apos;, e.g. CERT-XX.</source>
        <translation>La etiqueta del asunto debe tener de 1 a 40 caracteres sin «[», «]» ni «#», p. ej. CERT-XX.</translation>
    </message>
    <message>
        <source>There is no quarantined message %1.</source>
        <translation>No hay ningún mensaje en cuarentena %1.</translation>
    </message>
    <message>
        <source>There is no stored message %1.</source>
        <translation>No hay ningún mensaje guardado %1.</translation>
    </message>
</context>
<context>
    <name>fb::MailTemplates</name>
    <message>
        <source>Reply to the reporter</source>
        <translation>Responder al notificante</translation>
    </message>
    <message>
        <source>Notify a team</source>
        <translation>Notificar a un equipo</translation>
    </message>
    <message>
        <source>Ask an investigation&apos;s correspondent</source>
        <translation>Consultar al corresponsal de una investigación</translation>
    </message>
    <message>
        <source>There is no mail template named “%1”.</source>
        <translation>No existe ninguna plantilla de correo llamada «%1».</translation>
    </message>
    <message>
        <source>The mail template “%1” is missing from this build.</source>
        <translation>Falta la plantilla de correo «%1» en esta compilación.</translation>
    </message>
    <message>
        <source>Ask a team to investigate (launched investigations)</source>
        <translation>Pedir a un equipo que investigue (investigaciones iniciadas)</translation>
    </message>
    <message>
        <source>Update every reporter of an incident</source>
        <translation>Informar a todos los notificantes de un incidente</translation>
    </message>
    <message>
        <source>The template “%1” uses %2, which is not a placeholder; use {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting} or {observables}.</source>
        <translation>La plantilla «%1» usa %2, que no es un marcador; use {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting} o {observables}.</translation>
    </message>
</context>
<context>
    <name>fb::MailView</name>
    <message>
        <source>in, encrypted</source>
        <translation>entrada, cifrado</translation>
    </message>
    <message>
        <source>out, encrypted</source>
        <translation>salida, cifrado</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>out</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>The message is signed; the signature has not been checked.</source>
        <translation>El mensaje está firmado; la firma no se ha comprobado.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1</source>
        <translation>No se pudo comprobar la firma: %1</translation>
    </message>
    <message>
        <source>MSG</source>
        <translation>MSJ</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation>FIRMA</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>REMITENTE</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ASUNTO</translation>
    </message>
    <message>
        <source>The signatures could not be checked: %1</source>
        <translation>No se pudieron comprobar las firmas: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>%1 on ticket #%2 (%3)</source>
        <translation>%1 en el ticket #%2 (%3)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>yes (the workspace keeps the message as it was sent or received)</source>
        <translation>sí (el espacio de trabajo conserva el mensaje tal como se envió o recibió)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>fb::MailWarning</name>
    <message>
        <source>The header field %1 appears more than once.</source>
        <translation>El campo de cabecera %1 aparece más de una vez.</translation>
    </message>
    <message>
        <source>A header parameter appears more than once (%1).</source>
        <translation>Un parámetro de cabecera aparece más de una vez (%1).</translation>
    </message>
    <message>
        <source>A header field holds unencoded 8-bit text (%1).</source>
        <translation>Un campo de cabecera contiene texto de 8 bits sin codificar (%1).</translation>
    </message>
    <message>
        <source>An invalid content type (%1) was read as application/octet-stream.</source>
        <translation>Un tipo de contenido no válido (%1) se leyó como application/octet-stream.</translation>
    </message>
    <message>
        <source>A header field has an invalid encoded word (%1).</source>
        <translation>Un campo de cabecera tiene una palabra codificada no válida (%1).</translation>
    </message>
    <message>
        <source>A multipart has no parts (%1).</source>
        <translation>Un multipart no tiene partes (%1).</translation>
    </message>
    <message>
        <source>The message is truncated.</source>
        <translation>El mensaje está truncado.</translation>
    </message>
    <message>
        <source>The message is malformed.</source>
        <translation>El mensaje está mal formado.</translation>
    </message>
    <message>
        <source>An invalid header field name was found; part of the message may be skipped.</source>
        <translation>Se encontró un nombre de campo de cabecera no válido; puede que se omita parte del mensaje.</translation>
    </message>
    <message>
        <source>Header fields conflict (%1).</source>
        <translation>Los campos de cabecera están en conflicto (%1).</translation>
    </message>
    <message>
        <source>Header parameters conflict (%1).</source>
        <translation>Los parámetros de cabecera están en conflicto (%1).</translation>
    </message>
    <message>
        <source>A multipart has no boundary parameter; it was read as one opaque part.</source>
        <translation>Un multipart no tiene parámetro boundary; se leyó como una única parte opaca.</translation>
    </message>
    <message>
        <source>A header parameter is invalid (%1).</source>
        <translation>Un parámetro de cabecera no es válido (%1).</translation>
    </message>
    <message>
        <source>An address list is invalid (%1).</source>
        <translation>Una lista de direcciones no es válida (%1).</translation>
    </message>
    <message>
        <source>The MIME structure is nested too deeply; the deepest parts were not parsed.</source>
        <translation>La estructura MIME está anidada a demasiada profundidad; las partes más profundas no se analizaron.</translation>
    </message>
    <message>
        <source>A MIME part ends right after its header.</source>
        <translation>Una parte MIME termina justo después de su cabecera.</translation>
    </message>
    <message>
        <source>A MIME part has neither header nor content.</source>
        <translation>Una parte MIME no tiene ni cabecera ni contenido.</translation>
    </message>
    <message>
        <source>The parser reported a problem (%1).</source>
        <translation>El analizador notificó un problema (%1).</translation>
    </message>
    <message>
        <source>The MIME structure is nested deeper than %1 levels; the deeper parts are kept only in the raw message.</source>
        <translation>La estructura MIME está anidada a más de %1 niveles; las partes más profundas solo se conservan en el mensaje sin procesar.</translation>
    </message>
    <message>
        <source>The %1 header field is %2 characters long; only the first %3 are kept.</source>
        <translation>El campo de cabecera %1 tiene %2 caracteres; solo se conservan los primeros %3.</translation>
    </message>
    <message>
        <source>The message has %1 header fields (a header bomb?).</source>
        <translation>El mensaje tiene %1 campos de cabecera (¿una bomba de cabeceras?).</translation>
    </message>
    <message>
        <source>The X-ARF report %1 was not accepted: %2</source>
        <translation>No se aceptó el informe X-ARF %1: %2</translation>
    </message>
    <message>
        <source>The message says it is an X-ARF report (Feedback-Type: xarf) but has no X-ARF JSON part that could be read.</source>
        <translation>El mensaje indica que es un informe X-ARF (Feedback-Type: xarf), pero no tiene ninguna parte JSON X-ARF que se pueda leer.</translation>
    </message>
    <message>
        <source>The message says it is an X-ARF report but has no report part.</source>
        <translation>El mensaje dice ser un informe X-ARF, pero no tiene parte de informe.</translation>
    </message>
    <message>
        <source>The message is encrypted and was not decrypted.</source>
        <translation>El mensaje está cifrado y no se descifró.</translation>
    </message>
    <message>
        <source>The message holds inline OpenPGP encrypted text that was not decrypted.</source>
        <translation>El mensaje contiene texto cifrado OpenPGP en línea que no se descifró.</translation>
    </message>
    <message>
        <source>The mailbox ends in the middle of a line: it may be truncated.</source>
        <translation>El buzón termina a mitad de una línea: puede estar truncado.</translation>
    </message>
    <message>
        <source>OpenPGP signatures and encryption of this message were not handled: the keys could not be prepared (%1).</source>
        <translation>No se trataron las firmas ni el cifrado OpenPGP de este mensaje: no se pudieron preparar las claves (%1).</translation>
    </message>
    <message>
        <source>The attachment “%1” is OpenPGP-encrypted and could not be decrypted: %2</source>
        <translation>El adjunto «%1» está cifrado con OpenPGP y no se pudo descifrar: %2</translation>
    </message>
    <message>
        <source>The attachment “%1” decrypts to %2 MB, more than a message may hold; only the encrypted file is kept.</source>
        <translation>El adjunto «%1» descifrado ocupa %2 MB, más de lo que puede contener un mensaje; solo se conserva el archivo cifrado.</translation>
    </message>
    <message>
        <source>The decrypted attachment “%1” also carries an OpenPGP signature, which was not checked.</source>
        <translation>El adjunto descifrado «%1» también lleva una firma OpenPGP, que no se comprobó.</translation>
    </message>
    <message>
        <source>The encrypted message has no encrypted part.</source>
        <translation>El mensaje cifrado no tiene parte cifrada.</translation>
    </message>
    <message>
        <source>The message could not be decrypted: %1</source>
        <translation>No se pudo descifrar el mensaje: %1</translation>
    </message>
    <message>
        <source>The decrypted content is not a MIME entity.</source>
        <translation>El contenido descifrado no es una entidad MIME.</translation>
    </message>
    <message>
        <source>The inline OpenPGP message was not decrypted: no complete armored block starts at the beginning of a line.</source>
        <translation>El mensaje OpenPGP en línea no se descifró: ningún bloque completo con armadura empieza al principio de una línea.</translation>
    </message>
    <message>
        <source>The inline OpenPGP message could not be decrypted: %1</source>
        <translation>No se pudo descifrar el mensaje OpenPGP en línea: %1</translation>
    </message>
    <message>
        <source>The signed message has no signature part.</source>
        <translation>El mensaje firmado no tiene parte de firma.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1</source>
        <translation>No se pudo comprobar la firma: %1</translation>
    </message>
    <message>
        <source>Only part of the message is signed; the other parts are not covered by the signature.</source>
        <translation>Solo una parte del mensaje está firmada; las demás partes no están cubiertas por la firma.</translation>
    </message>
    <message>
        <source>The text quotes an inline signature but holds no complete signed block at the beginning of a line; nothing was checked.</source>
        <translation>El texto cita una firma en línea pero no contiene ningún bloque firmado completo al principio de una línea; no se comprobó nada.</translation>
    </message>
    <message>
        <source>Part of the text is outside the signed block and not covered by the signature.</source>
        <translation>Parte del texto está fuera del bloque firmado y no está cubierta por la firma.</translation>
    </message>
    <message>
        <source>The signature inside the encrypted message was checked in the GnuPG home that decrypted it, not against the workspace keyring.</source>
        <translation>La firma dentro del mensaje cifrado se comprobó en el directorio personal de GnuPG que lo descifró, no con el anillo de claves del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The subject names ticket #%1, which does not exist; the message was imported as a new report and can be attached to the right ticket later.</source>
        <translation>El asunto nombra el ticket #%1, que no existe; el mensaje se importó como una nueva notificación y puede adjuntarse más tarde al ticket correcto.</translation>
    </message>
</context>
<context>
    <name>fb::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Nuevo ticket…</translation>
    </message>
    <message>
        <source>&amp;Lock workspace</source>
        <translation>&amp;Bloquear espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Triage new reports</source>
        <translation>&amp;Triaje de notificaciones nuevas</translation>
    </message>
    <message>
        <source>&amp;Dark palette</source>
        <translation>Paleta &amp;oscura</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
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
        <translation> (bloqueado)</translation>
    </message>
    <message>
        <source>&amp;Import mail files…</source>
        <translation>&amp;Importar archivos de correo…</translation>
    </message>
    <message>
        <source>Import &amp;Maildir folder…</source>
        <translation>Importar carpeta &amp;Maildir…</translation>
    </message>
    <message>
        <source>Import mail</source>
        <translation>Importar correo</translation>
    </message>
    <message>
        <source>Mail (*.eml *.mbox *.mbx *.txt);;All files (*)</source>
        <translation>Correo (*.eml *.mbox *.mbx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import a Maildir folder</source>
        <translation>Importar una carpeta Maildir</translation>
    </message>
    <message numerus="yes">
        <source>Mail import: %n new report(s).</source>
        <translation>
            <numerusform>Importación de correo: %n notificación nueva.</numerusform>
            <numerusform>Importación de correo: %n notificaciones nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Go to ticket…</source>
        <translation>&amp;Ir al ticket…</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <source>Created %1 #%2.</source>
        <translation>Se creó: %1 #%2.</translation>
    </message>
    <message>
        <source>The open incidents could not be read: %1</source>
        <translation>No se pudieron leer los incidentes abiertos: %1</translation>
    </message>
    <message>
        <source>Go to &amp;page</source>
        <translation>Ir a la &amp;página</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Nombre de la búsqueda guardada:</translation>
    </message>
    <message>
        <source>&amp;Navigation pane</source>
        <translation>Panel de &amp;navegación</translation>
    </message>
    <message>
        <source>&amp;Write mail…</source>
        <translation>&amp;Escribir correo…</translation>
    </message>
    <message>
        <source>Reply to the reporter of the shown ticket, or notify a correspondent or team</source>
        <translation>Responder al notificante del ticket mostrado o notificar a un corresponsal o equipo</translation>
    </message>
    <message>
        <source>%1 was not opened: this window works on %2. Quit Firebreak to open another workspace.</source>
        <translation>%1 no se abrió: esta ventana trabaja con %2. Salga de Firebreak para abrir otro espacio de trabajo.</translation>
    </message>
    <message>
        <source>Open a ticket first: mail is written about a ticket.</source>
        <translation>Abra primero un ticket: el correo se escribe sobre un ticket.</translation>
    </message>
    <message>
        <source>Import incident from a &amp;team…</source>
        <translation>Importar incidente de un &amp;equipo…</translation>
    </message>
    <message>
        <source>Read a MISP event or IODEF document into an incident</source>
        <translation>Leer un evento MISP o un documento IODEF en un incidente</translation>
    </message>
</context>
<context>
    <name>fb::MessageParser</name>
    <message>
        <source>The input is empty.</source>
        <translation>La entrada está vacía.</translation>
    </message>
    <message>
        <source>The message is %1 MiB; messages over %2 MiB are not imported.</source>
        <translation>El mensaje ocupa %1 MiB; los mensajes de más de %2 MiB no se importan.</translation>
    </message>
    <message>
        <source>GMime could not read a message from the input.</source>
        <translation>GMime no pudo leer un mensaje de la entrada.</translation>
    </message>
    <message>
        <source>The input is not a mail message (no mail header fields, or binary data).</source>
        <translation>La entrada no es un mensaje de correo (no hay campos de cabecera de correo, o son datos binarios).</translation>
    </message>
</context>
<context>
    <name>fb::MessageTimeline</name>
    <message>
        <source>Mail without a subject</source>
        <translation>Correo sin asunto</translation>
    </message>
    <message>
        <source>mail #%1</source>
        <translation>correo #%1</translation>
    </message>
    <message>
        <source>mail #%1 from %2</source>
        <translation>correo #%1 de %2</translation>
    </message>
    <message>
        <source>mail #%1 sent</source>
        <translation>correo #%1 enviado</translation>
    </message>
</context>
<context>
    <name>fb::MessageVerifier</name>
    <message>
        <source>GMime could not read the message whose signature was to be checked.</source>
        <translation>GMime no pudo leer el mensaje cuya firma se debía comprobar.</translation>
    </message>
    <message>
        <source>The signed part of the message has no signature part.</source>
        <translation>La parte firmada del mensaje no tiene parte de firma.</translation>
    </message>
    <message>
        <source>The signature part of the message is empty.</source>
        <translation>La parte de firma del mensaje está vacía.</translation>
    </message>
    <message>
        <source>Preparing the keyring</source>
        <translation>Preparando el anillo de claves</translation>
    </message>
    <message>
        <source>Checking signatures</source>
        <translation>Comprobando firmas</translation>
    </message>
    <message>
        <source>Checked when the message was decrypted at import; the workspace keeps it encrypted as received.</source>
        <translation>Comprobada al descifrar el mensaje durante la importación; el espacio de trabajo lo guarda cifrado tal como llegó.</translation>
    </message>
</context>
<context>
    <name>fb::MispEventReader</name>
    <message>
        <source>A tag without a name is skipped.</source>
        <translation>Se omite una etiqueta sin nombre.</translation>
    </message>
    <message>
        <source>The tag is longer than %1 characters or holds control characters; it is kept in a note.</source>
        <translation>La etiqueta tiene más de %1 caracteres o contiene caracteres de control; se guarda en una nota.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label; it is kept as a tag.</source>
        <translation>«%1» no es una etiqueta TLP 2.0; se conserva como etiqueta del ticket.</translation>
    </message>
    <message>
        <source>“%1” is not a class and type of the Reference Security Incident Taxonomy; it is kept as a tag.</source>
        <translation>«%1» no es una clase y tipo de la Reference Security Incident Taxonomy; se conserva como etiqueta del ticket.</translation>
    </message>
    <message>
        <source>The attribute is not a JSON object; it is kept in a note.</source>
        <translation>El atributo no es un objeto JSON; se guarda en una nota.</translation>
    </message>
    <message>
        <source>The attribute is marked deleted; it is skipped.</source>
        <translation>El atributo está marcado como eliminado; se omite.</translation>
    </message>
    <message>
        <source>The attribute has no type; its value is kept in a note.</source>
        <translation>El atributo no tiene tipo; su valor se guarda en una nota.</translation>
    </message>
    <message>
        <source>The value of the %1 attribute is not text; it is kept in a note.</source>
        <translation>El valor del atributo %1 no es texto; se guarda en una nota.</translation>
    </message>
    <message>
        <source>The value of the %1 attribute is longer than %2 characters; it is skipped.</source>
        <translation>El valor del atributo %1 tiene más de %2 caracteres; se omite.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a %2 value (%n part(s) separated by “|” expected); it is kept in a note.</source>
        <translation>
            <numerusform>«%1» no es un valor %2 (se espera %n parte separada por «|»); se guarda en una nota.</numerusform>
            <numerusform>«%1» no es un valor %2 (se esperan %n partes separadas por «|»); se guarda en una nota.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 value (%3); it is kept in a note.</source>
        <translation>«%1» no es un valor %2 válido (%3); se guarda en una nota.</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) of type “%1” (first %2) have no observable type here; they are kept in a note.</source>
        <translation>
            <numerusform>%n atributo de tipo «%1» (el primero: %2) no tiene aquí tipo de observable; se guarda en una nota.</numerusform>
            <numerusform>%n atributos de tipo «%1» (el primero: %2) no tienen aquí tipo de observable; se guardan en una nota.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is %L1 bytes; a MISP event of more than %L2 bytes is not read.</source>
        <translation>El archivo tiene %L1 bytes; no se lee un evento MISP de más de %L2 bytes.</translation>
    </message>
    <message>
        <source>This is not JSON: %1 at byte %2.</source>
        <translation>Esto no es JSON: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>This is not a MISP event: the JSON is not an object.</source>
        <translation>Esto no es un evento MISP: el JSON no es un objeto.</translation>
    </message>
    <message>
        <source>This is not a MISP event: &quot;Event&quot; is not an object.</source>
        <translation>Esto no es un evento MISP: «Event» no es un objeto.</translation>
    </message>
    <message>
        <source>This is not a MISP event: it has no &quot;Event&quot;, and no &quot;info&quot;, &quot;uuid&quot;, &quot;Attribute&quot; or &quot;Object&quot; of a bare event.</source>
        <translation>Esto no es un evento MISP: no tiene «Event», ni «info», «uuid», «Attribute» u «Object» de un evento sin envoltorio.</translation>
    </message>
    <message>
        <source>&quot;Attribute&quot; must be a list.</source>
        <translation>«Attribute» debe ser una lista.</translation>
    </message>
    <message>
        <source>&quot;Object&quot; must be a list.</source>
        <translation>«Object» debe ser una lista.</translation>
    </message>
    <message>
        <source>The event has %L1 objects; at most %L2 are read.</source>
        <translation>El evento tiene %L1 objetos; se leen como máximo %L2.</translation>
    </message>
    <message>
        <source>The event has %L1 attributes; at most %L2 are read.</source>
        <translation>El evento tiene %L1 atributos; se leen como máximo %L2.</translation>
    </message>
    <message>
        <source>The event has no valid UUID; importing it again will not be recognised.</source>
        <translation>El evento no tiene un UUID válido; si se vuelve a importar, no se reconocerá.</translation>
    </message>
    <message>
        <source>&quot;info&quot; is not text; it is ignored.</source>
        <translation>«info» no es texto; se ignora.</translation>
    </message>
    <message>
        <source>The threat level “%1” is not 1 to 4; it is ignored.</source>
        <translation>El nivel de amenaza «%1» no está entre 1 y 4; se ignora.</translation>
    </message>
    <message>
        <source>&quot;Tag&quot; is not a list; the event&apos;s tags are ignored.</source>
        <translation>«Tag» no es una lista; se ignoran las etiquetas del evento.</translation>
    </message>
    <message>
        <source>Only the first %L1 of %L2 tags are read.</source>
        <translation>Solo se leen las primeras %L1 de %L2 etiquetas.</translation>
    </message>
    <message>
        <source>The object is not a JSON object; it is kept in a note.</source>
        <translation>El objeto no es un objeto JSON; se guarda en una nota.</translation>
    </message>
</context>
<context>
    <name>fb::MispExchange</name>
    <message>
        <source>The distribution must be 0 to 3 (your organisation only, this community, connected communities, all communities), not %1.</source>
        <translation>La distribución debe estar entre 0 y 3 (solo su organización, esta comunidad, comunidades conectadas, todas las comunidades), no %1.</translation>
    </message>
    <message>
        <source>(no UUID)</source>
        <translation>(sin UUID)</translation>
    </message>
    <message>
        <source>MISP event %1</source>
        <translation>Evento MISP %1</translation>
    </message>
    <message>
        <source>Imported from MISP event %1.</source>
        <translation>Importado del evento MISP %1.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Created by: %1</source>
        <translation>Creado por: %1</translation>
    </message>
    <message>
        <source>Event date: %1</source>
        <translation>Fecha del evento: %1</translation>
    </message>
    <message>
        <source>Info: %1</source>
        <translation>Info: %1</translation>
    </message>
    <message>
        <source>The event has no TLP tag; the incident is labelled %1.</source>
        <translation>El evento no tiene etiqueta TLP; el incidente se etiqueta como %1.</translation>
    </message>
    <message>
        <source>From MISP event %1, what is not an observable:</source>
        <translation>Del evento MISP %1, lo que no es un observable:</translation>
    </message>
    <message>
        <source>From MISP event %1 (%2), what is not an observable:</source>
        <translation>Del evento MISP %1 (%2), lo que no es un observable:</translation>
    </message>
</context>
<context>
    <name>fb::MispExportCommand</name>
    <message>
        <source>Write a ticket as a MISP event (JSON): an incident with the observables of its children, its TLP and RSIT as machine tags, and an rtir object with its number, classification, constituency, queue and status. The event&apos;s label is the most restrictive of the tickets it draws from; it is refused, with nothing written, when the recipient may not receive it (--recipient names a team of the directory and uses its highest TLP, --clearance gives the level; without either only TLP:CLEAR and TLP:GREEN go out). The ticket keeps one UUID for all its exports. The same as incident export --format misp.</source>
        <translation>Escribe un ticket como evento MISP (JSON): un incidente con los observables de sus hijos, su TLP y RSIT como machine tags, y un objeto rtir con su número, clasificación, comunidad atendida, cola y estado. La etiqueta del evento es la más restrictiva de los tickets de los que procede; se rechaza, sin escribir nada, cuando el destinatario no puede recibirla (--recipient indica un equipo del directorio y usa su TLP más alto, --clearance da el nivel; sin ninguno de los dos solo salen TLP:CLEAR y TLP:GREEN). El ticket conserva un único UUID para todas sus exportaciones. Lo mismo que incident export --format misp.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>El número del ticket.</translation>
    </message>
</context>
<context>
    <name>fb::MispImportCommand</name>
    <message>
        <source>Read a MISP event (JSON) into a new incident, or onto the ticket given with --onto: attributes become observables, tlp: and rsit: tags the label and classification, other tags ticket tags; what is not an observable is kept in a comment, each odd attribute named in a warning. An event seen before (one we exported, or imported already) goes onto its ticket again. A file that is not a readable event is refused and nothing is stored.</source>
        <translation>Lee un evento MISP (JSON) en un nuevo incidente, o en el ticket indicado con --onto: los atributos se convierten en observables, las etiquetas tlp: y rsit: en la etiqueta TLP y la clasificación, las demás etiquetas en etiquetas del ticket; lo que no es un observable se guarda en un comentario, y cada atributo anómalo se indica en una advertencia. Un evento ya visto (uno que exportamos o que ya se importó) vuelve a su ticket. Un archivo que no es un evento legible se rechaza y no se guarda nada.</translation>
    </message>
    <message>
        <source>The event file; - reads standard input.</source>
        <translation>El archivo del evento; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>Add the event to this ticket.</source>
        <translation>Añade el evento a este ticket.</translation>
    </message>
</context>
<context>
    <name>fb::NavigationPane</name>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Triage new reports</source>
        <translation>Triaje de notificaciones nuevas</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Perfil del equipo</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>%1  %2 · %3 breached</source>
        <translation>%1  %2 · %3 incumplidos</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n active ticket(s), none past an SLA due date.</source>
        <translation>
            <numerusform>%n ticket activo, ninguno ha superado una fecha límite del SLA.</numerusform>
            <numerusform>%n tickets activos, ninguno ha superado una fecha límite del SLA.</numerusform>
        </translation>
    </message>
    <message>
        <source>Advisories</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Cambiar el nombre de la búsqueda guardada</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n active ticket(s), %2 of them past an SLA due date.</source>
        <translation>
            <numerusform>%1: %n ticket activo; con una fecha límite del SLA superada: %2.</numerusform>
            <numerusform>%1: %n tickets activos; con una fecha límite del SLA superada: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::NetworkLookup</name>
    <message>
        <source>“%1” is not an IP address, CIDR block, AS number, domain, e-mail address or country code.</source>
        <translation>«%1» no es una dirección IP, bloque CIDR, número de AS, dominio, dirección de correo electrónico ni código de país.</translation>
    </message>
    <message>
        <source>“%1” is not a valid query: an AS number needs its number (AS64496).</source>
        <translation>«%1» no es una consulta válida: un número de AS necesita su número (AS64496).</translation>
    </message>
</context>
<context>
    <name>fb::NewPassphraseFields</name>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Repita la frase de contraseña:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustez:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña son distintas.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use several unrelated words or a longer phrase.</source>
        <translation>Esta frase de contraseña es demasiado fácil de adivinar. Use varias palabras sin relación entre sí o una frase más larga.</translation>
    </message>
    <message>
        <source>Enter a passphrase</source>
        <translation>Introduzca una frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>Las frases de contraseña coinciden.</translation>
    </message>
    <message>
        <source>Keep typing: the repeat is shorter.</source>
        <translation>Siga escribiendo: la repetición es más corta.</translation>
    </message>
</context>
<context>
    <name>fb::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Nuevo ticket</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tipo de tic&amp;ket:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>T&amp;LP:</source>
        <translation>T&amp;LP:</translation>
    </message>
    <message>
        <source>&amp;Class:</source>
        <translation>&amp;Clase:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incidente:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
<context>
    <name>fb::ObservableCommands</name>
    <message>
        <source>At most N hits (default 1000).</source>
        <translation>Como máximo N resultados (predeterminado: 1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>An address, network (CIDR), domain, URL, e-mail, hash, CVE or AS number; defanged forms are accepted.</source>
        <translation>Una dirección, red (CIDR), dominio, URL, correo electrónico, hash, CVE o número de AS; se aceptan formas desactivadas (defanged).</translation>
    </message>
    <message>
        <source>Find the tickets that carry an observable. An address or network gives every ticket with an address or network inside it.</source>
        <translation>Busca los tickets que contienen un observable. Una dirección o red da todos los tickets con una dirección o red dentro de ella.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hits.</source>
        <translation>«%1» no es un número de resultados.</translation>
    </message>
    <message>
        <source>No ticket carries %1.</source>
        <translation>Ningún ticket contiene %1.</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>Read FILE instead of standard input.</source>
        <translation>Lee ARCHIVO en lugar de la entrada estándar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Print the observables (addresses, networks, domains, URLs, e-mail addresses, hashes, CVE ids, AS numbers) found in a text, one per line as TYPE&lt;TAB&gt;VALUE, in order of first appearance. Defanged text is refanged.</source>
        <translation>Imprime los observables (direcciones, redes, dominios, URL, direcciones de correo electrónico, hashes, ids CVE, números de AS) encontrados en un texto, uno por línea como TIPO&lt;TAB&gt;VALOR, en orden de primera aparición. El texto desactivado (defanged) se reactiva (refang).</translation>
    </message>
</context>
<context>
    <name>fb::ObservableDialog</name>
    <message>
        <source>Add observable</source>
        <translation>Añadir observable</translation>
    </message>
    <message>
        <source>Guess from the value</source>
        <translation>Deducir del valor</translation>
    </message>
    <message>
        <source>Address, network, domain, URL, e-mail, hash, CVE or AS number</source>
        <translation>Dirección, red, dominio, URL, correo electrónico, hash, CVE o número de AS</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
</context>
<context>
    <name>fb::ObservableStore</name>
    <message>
        <source>Ticket %1 has no observable %2 %3.</source>
        <translation>El ticket %1 no tiene el observable %2 %3.</translation>
    </message>
</context>
<context>
    <name>fb::Observables</name>
    <message>
        <source>A domain name is empty.</source>
        <translation>Un nombre de dominio está vacío.</translation>
    </message>
    <message>
        <source>“%1” is longer than the 253 characters a domain name may have.</source>
        <translation>«%1» supera los 253 caracteres que puede tener un nombre de dominio.</translation>
    </message>
    <message>
        <source>“%1” is not a valid internationalised domain name.</source>
        <translation>«%1» no es un nombre de dominio internacionalizado válido.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name: it needs at least two labels.</source>
        <translation>«%1» no es un nombre de dominio: necesita al menos dos etiquetas.</translation>
    </message>
    <message>
        <source>“%1” has an empty label.</source>
        <translation>«%1» tiene una etiqueta vacía.</translation>
    </message>
    <message>
        <source>“%1” has a label longer than 63 characters.</source>
        <translation>«%1» tiene una etiqueta de más de 63 caracteres.</translation>
    </message>
    <message>
        <source>“%1” has a label starting or ending with a hyphen.</source>
        <translation>«%1» tiene una etiqueta que empieza o termina con un guion.</translation>
    </message>
    <message>
        <source>“%1” contains a character not allowed in a domain name.</source>
        <translation>«%1» contiene un carácter no permitido en un nombre de dominio.</translation>
    </message>
    <message>
        <source>“%1” does not end in a known top-level domain.</source>
        <translation>«%1» no termina en un dominio de nivel superior conocido.</translation>
    </message>
    <message>
        <source>“%1” is a public suffix, not a domain that can be registered.</source>
        <translation>«%1» es un sufijo público, no un dominio que se pueda registrar.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address (four numbers 0 to 255 without leading zeros, like 192.0.2.1).</source>
        <translation>«%1» no es una dirección IPv4 (cuatro números de 0 a 255 sin ceros a la izquierda, como 192.0.2.1).</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>«%1» no es una dirección IPv6.</translation>
    </message>
    <message>
        <source>“%1” is not a CIDR block (an address, a slash and a prefix length, like 192.0.2.0/24 or 2001:db8::/32).</source>
        <translation>«%1» no es un bloque CIDR (una dirección, una barra y una longitud de prefijo, como 192.0.2.0/24 o 2001:db8::/32).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: %2</source>
        <translation>«%1» no es una dirección de correo electrónico: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid http, https or ftp URL.</source>
        <translation>«%1» no es una URL http, https o ftp válida.</translation>
    </message>
    <message>
        <source>The URL “%1” is longer than 8192 characters.</source>
        <translation>La URL «%1» supera los 8192 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2</source>
        <translation>«%1» no es una URL válida: %2</translation>
    </message>
    <message>
        <source>“%1” is not a %2 hash (%3 hexadecimal digits).</source>
        <translation>«%1» no es un hash %2 (%3 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>“%1” is not a CVE identifier (CVE-YYYY-NNNN, year 1999 or later, four or more digits).</source>
        <translation>«%1» no es un identificador CVE (CVE-AAAA-NNNN, año 1999 o posterior, cuatro o más dígitos).</translation>
    </message>
    <message>
        <source>“%1” is not an AS number (AS followed by 1 to 4294967295, like AS64496).</source>
        <translation>«%1» no es un número de AS (AS seguido de 1 a 4294967295, como AS64496).</translation>
    </message>
    <message>
        <source>Unknown observable type.</source>
        <translation>Tipo de observable desconocido.</translation>
    </message>
    <message>
        <source>Nothing was entered.</source>
        <translation>No se introdujo nada.</translation>
    </message>
    <message>
        <source>“%1” is not an address, domain, URL, e-mail address, hash, CVE or AS number.</source>
        <translation>«%1» no es una dirección, dominio, URL, dirección de correo electrónico, hash, CVE ni número de AS.</translation>
    </message>
</context>
<context>
    <name>fb::OpenPgp</name>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (clave %2)</translation>
    </message>
    <message>
        <source>GnuPG is not available: GPGME could not start the OpenPGP engine.</source>
        <translation>GnuPG no está disponible: GPGME no pudo iniciar el motor OpenPGP.</translation>
    </message>
    <message>
        <source>Opening the GnuPG home</source>
        <translation>Abriendo el directorio personal de GnuPG</translation>
    </message>
    <message>
        <source>%1 failed: wrong passphrase for %2.</source>
        <translation>%1 falló: frase de contraseña incorrecta para %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2 needs a passphrase and none was given.</source>
        <translation>%1 falló: %2 necesita una frase de contraseña y no se indicó ninguna.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>Se canceló %1.</translation>
    </message>
    <message>
        <source>“%1” is not an OpenPGP fingerprint.</source>
        <translation>«%1» no es una huella digital OpenPGP.</translation>
    </message>
    <message>
        <source>There is no secret key %1 in the GnuPG home.</source>
        <translation>No hay ninguna clave secreta %1 en el directorio personal de GnuPG.</translation>
    </message>
    <message>
        <source>There is no key %1 in the GnuPG home.</source>
        <translation>No hay ninguna clave %1 en el directorio personal de GnuPG.</translation>
    </message>
    <message>
        <source>Looking up a key</source>
        <translation>Buscando una clave</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>The key %1 cannot sign: it is revoked, expired or has no signing subkey.</source>
        <translation>La clave %1 no puede firmar: está revocada, caducada o no tiene subclave de firma.</translation>
    </message>
    <message>
        <source>%1 failed: GnuPG made no signature.</source>
        <translation>%1 falló: GnuPG no generó ninguna firma.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Importing keys</source>
        <translation>Importación de claves</translation>
    </message>
    <message>
        <source>%1 failed: the data holds no OpenPGP key.</source>
        <translation>%1 falló: los datos no contienen ninguna clave OpenPGP.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed: GnuPG accepted none of the %n keys in the data.</source>
        <translation>
            <numerusform>%1 falló: GnuPG no aceptó la clave de los datos (%n en total).</numerusform>
            <numerusform>%1 falló: GnuPG no aceptó ninguna de las %n claves de los datos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing keys</source>
        <translation>Listado de claves</translation>
    </message>
    <message>
        <source>Exporting a key</source>
        <translation>Exportación de una clave</translation>
    </message>
    <message>
        <source>%1 failed: GnuPG exported nothing.</source>
        <translation>%1 falló: GnuPG no exportó nada.</translation>
    </message>
    <message>
        <source>Trusting keys</source>
        <translation>Asignación de confianza a claves</translation>
    </message>
    <message>
        <source>Firebreak does not change the trust settings of your own GnuPG home.</source>
        <translation>Firebreak no modifica los ajustes de confianza de su propio directorio personal de GnuPG.</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>%1 failed: no recipient was given.</source>
        <translation>%1 falló: no se indicó ningún destinatario.</translation>
    </message>
    <message>
        <source>The key %1 cannot be encrypted to: it is revoked, expired, disabled or has no encryption subkey.</source>
        <translation>No se puede cifrar para la clave %1: está revocada, caducada, desactivada o no tiene subclave de cifrado.</translation>
    </message>
    <message>
        <source>The key %1 is not trusted here, so Firebreak does not encrypt to it. Compare its fingerprint with its owner and add it to the workspace keyring.</source>
        <translation>La clave %1 no es de confianza aquí, así que Firebreak no cifra para ella. Compare su huella digital con su titular y añádala al anillo de claves del espacio de trabajo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed: GnuPG refused %n of the recipients.</source>
        <translation>
            <numerusform>%1 falló: GnuPG rechazó %n de los destinatarios.</numerusform>
            <numerusform>%1 falló: GnuPG rechazó %n de los destinatarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Descifrado</translation>
    </message>
    <message>
        <source>%1 failed: none of the keys the message is encrypted to is here.</source>
        <translation>%1 falló: ninguna de las claves para las que está cifrado el mensaje está aquí.</translation>
    </message>
    <message>
        <source>A key needs a name without &apos;&lt;&apos;, &apos;&gt;&apos; or line breaks.</source>
        <translation>Una clave necesita un nombre sin «&lt;», «&gt;» ni saltos de línea.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Creating a key</source>
        <translation>Creación de una clave</translation>
    </message>
    <message numerus="yes">
        <source>A key is valid for 1 day to 100 years; not %n days.</source>
        <translation>
            <numerusform>Una clave es válida de 1 día a 100 años; no %n día.</numerusform>
            <numerusform>Una clave es válida de 1 día a 100 años; no %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: a new key needs a passphrase and none was given.</source>
        <translation>%1 falló: una clave nueva necesita una frase de contraseña y no se indicó ninguna.</translation>
    </message>
    <message>
        <source>Creating the signing key…</source>
        <translation>Creando la clave de firma…</translation>
    </message>
    <message>
        <source>%1 failed: GnuPG made no key.</source>
        <translation>%1 falló: GnuPG no creó ninguna clave.</translation>
    </message>
    <message>
        <source>Creating the encryption subkey…</source>
        <translation>Creando la subclave de cifrado…</translation>
    </message>
    <message>
        <source>Key created.</source>
        <translation>Clave creada.</translation>
    </message>
</context>
<context>
    <name>fb::OwnTeam</name>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>«%1» no es una huella digital OpenPGP completa.</translation>
    </message>
</context>
<context>
    <name>fb::Pap</name>
    <message>
        <source>No restrictions in using this information.</source>
        <translation>Sin restricciones en el uso de esta información.</translation>
    </message>
    <message>
        <source>Active actions allowed. Recipients may use PAP:GREEN information to ping the target, block incoming/outgoing traffic from/to the target or specifically configure honeypots to interact with the target.</source>
        <translation>Se permiten acciones activas. Los destinatarios pueden usar información PAP:GREEN para hacer ping al objetivo, bloquear el tráfico entrante/saliente desde/hacia el objetivo o configurar honeypots específicamente para interactuar con el objetivo.</translation>
    </message>
    <message>
        <source>Passive cross check. Recipients may use PAP:AMBER information for conducting online checks, like using services provided by third parties (e.g. ripe whois), or set up a monitoring honeypot.</source>
        <translation>Comprobación cruzada pasiva. Los destinatarios pueden usar información PAP:AMBER para realizar comprobaciones en línea, como usar servicios de terceros (p. ej. ripe whois), o instalar un honeypot de monitorización.</translation>
    </message>
    <message>
        <source>Non-detectable actions only. Recipients may not use PAP:RED information on the network. Only passive actions on logs, that are not detectable from the outside.</source>
        <translation>Solo acciones no detectables. Los destinatarios no pueden usar información PAP:RED en la red. Solo acciones pasivas sobre registros, que no sean detectables desde fuera.</translation>
    </message>
</context>
<context>
    <name>fb::PassphraseInput</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>No se puede leer el archivo de frase de contraseña %1: %2</translation>
    </message>
    <message>
        <source>The first line of %1 is too long for a passphrase.</source>
        <translation>La primera línea de %1 es demasiado larga para una frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase file %1 starts with an empty line.</source>
        <translation>El archivo de frase de contraseña %1 empieza con una línea vacía.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>No se introdujo ninguna frase de contraseña.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>La frase de contraseña supera los %1 bytes.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>fb::PassphraseKdf</name>
    <message>
        <source>The cryptographic library could not be initialised.</source>
        <translation>No se pudo inicializar la biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>The key derivation salt has the wrong size.</source>
        <translation>La sal de derivación de clave tiene un tamaño incorrecto.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB).</source>
        <translation>No hay memoria suficiente para derivar la clave de la frase de contraseña (Argon2id necesita %1 MiB).</translation>
    </message>
</context>
<context>
    <name>fb::PassphraseStrength</name>
    <message>
        <source>Very weak: choose a longer passphrase</source>
        <translation>Muy débil: elija una frase de contraseña más larga</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
</context>
<context>
    <name>fb::PdfRenderer</name>
    <message>
        <source>PDF output needs the graphical runtime, which was not started.</source>
        <translation>La salida PDF necesita el entorno gráfico, que no se inició.</translation>
    </message>
    <message>
        <source>Could not prepare the PDF buffer.</source>
        <translation>No se pudo preparar el búfer del PDF.</translation>
    </message>
    <message>
        <source>The PDF writer produced no document.</source>
        <translation>El generador de PDF no produjo ningún documento.</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
</context>
<context>
    <name>fb::PeoplePanel</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Añadir persona…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>E&amp;ditar persona…</translation>
    </message>
    <message>
        <source>&amp;Remove person…</source>
        <translation>Elimina&amp;r persona…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Share up to</source>
        <translation>Compartir hasta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person&apos;s team and role in the people list: &quot;EXU-CERT (lead)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>as their team</source>
        <translation>como su equipo</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Remove %1 from the directory? Their channels, team memberships and places on distribution lists go with them; the history keeps a record.</source>
        <translation>¿Eliminar %1 del directorio? Con la persona se eliminan sus canales, sus pertenencias a equipos y sus puestos en listas de distribución; el historial conserva un registro.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>%1 was removed from the directory.</source>
        <translation>%1 se eliminó del directorio.</translation>
    </message>
</context>
<context>
    <name>fb::PersonEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Where the person works; it may differ from the teams they belong to.</source>
        <translation>Dónde trabaja la persona; puede ser distinto de los equipos a los que pertenece.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>40 or 64 hex digits</source>
        <translation>40 o 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>OpenPGP &amp;key:</source>
        <translation>&amp;Clave OpenPGP:</translation>
    </message>
    <message>
        <source>As their current team</source>
        <translation>Como su equipo actual</translation>
    </message>
    <message>
        <source>The most restrictive TLP label we may share with this person; unset: that of the teams they currently belong to.</source>
        <translation>La etiqueta TLP más restrictiva que podemos compartir con esta persona; sin definir: la de los equipos a los que pertenece actualmente.</translation>
    </message>
    <message>
        <source>Share &amp;up to:</source>
        <translation>Co&amp;mpartir hasta:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Dates as yyyy-mm-dd; an empty Until means they are still there. Give a past membership an end date rather than removing it, so that it stays on record.</source>
        <translation>Fechas en formato aaaa-mm-dd; un Hasta vacío significa que la persona sigue allí. Ponga una fecha de fin a una pertenencia pasada en lugar de quitarla, para que quede registrada.</translation>
    </message>
    <message>
        <source>Add to a team</source>
        <translation>Añadir a un equipo</translation>
    </message>
    <message>
        <source>Remove membership</source>
        <translation>Quitar pertenencia</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Añadir persona</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>Team row %1: %2</source>
        <extracomment>%1 is the row number in the Teams table, %2 why its date was refused</extracomment>
        <translation>Fila %1 de equipos: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>Shown in the person dialog when the person could not be saved; %1 is the reason</extracomment>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>fb::PersonReader</name>
    <message>
        <source>There is no person %1 in the directory.</source>
        <translation>No hay ninguna persona %1 en el directorio.</translation>
    </message>
    <message>
        <source>Several people are called “%1”; use the id.</source>
        <translation>Varias personas se llaman «%1»; use el id.</translation>
    </message>
    <message>
        <source>There is no person “%1” in the directory.</source>
        <translation>No hay ninguna persona «%1» en el directorio.</translation>
    </message>
</context>
<context>
    <name>fb::PersonStore</name>
    <message>
        <source>A person needs a name.</source>
        <translation>Una persona necesita un nombre.</translation>
    </message>
    <message>
        <source>A membership cannot end before it starts.</source>
        <translation>Una pertenencia no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>There is no team %1 in the directory.</source>
        <translation>No hay ningún equipo %1 en el directorio.</translation>
    </message>
</context>
<context>
    <name>fb::PlaybookCommands</name>
    <message>
        <source>List the playbooks: their id, name, the RSIT class/type (and constituency) they are chosen for, and how many tasks they give.</source>
        <translation>Enumera los playbooks: su id, su nombre, la clase/tipo RSIT (y la comunidad atendida) para los que se eligen y cuántas tareas dan.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>CHOSEN FOR</source>
        <translation>ELEGIDO PARA</translation>
    </message>
    <message>
        <source>TASKS</source>
        <translation>TAREAS</translation>
    </message>
    <message>
        <source>Show a playbook: what it is chosen for and each task with its owner role and due offset.</source>
        <translation>Muestra un playbook: para qué se elige y cada tarea con el rol de su responsable y su plazo de vencimiento.</translation>
    </message>
    <message>
        <source>The playbook&apos;s id (see playbook list).</source>
        <translation>El id del playbook (consulte playbook list).</translation>
    </message>
    <message>
        <source>Chosen for: %1</source>
        <translation>Elegido para: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>TAREA</translation>
    </message>
    <message>
        <source>OWNER ROLE</source>
        <translation>ROL DEL RESPONSABLE</translation>
    </message>
    <message>
        <source>DUE AFTER</source>
        <translation>VENCE TRAS</translation>
    </message>
    <message>
        <source>with the ticket</source>
        <translation>con el ticket</translation>
    </message>
    <message>
        <source>Add or replace playbooks from a JSON file (the form playbook export writes; see docs/file-format.md), or the ones Firebreak ships with --shipped (those the workspace has already are kept). A file with any problem is refused whole, each problem named by its place, and nothing is changed.</source>
        <translation>Añade o reemplaza playbooks a partir de un archivo JSON (el formato que escribe playbook export; consulte docs/file-format.md), o los que incluye Firebreak con --shipped (se conservan los que el espacio de trabajo ya tiene). Un archivo con cualquier problema se rechaza entero, con cada problema indicado por su posición, y no se cambia nada.</translation>
    </message>
    <message>
        <source>The JSON file; - reads standard input.</source>
        <translation>El archivo JSON; - lee la entrada estándar.</translation>
    </message>
    <message>
        <source>Add the playbooks Firebreak ships that the workspace lacks.</source>
        <translation>Añade los playbooks que incluye Firebreak y que faltan en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Give a FILE or --shipped, one of the two.</source>
        <translation>Indique un ARCHIVO o --shipped, solo uno de los dos.</translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s) added.</source>
        <translation>
            <numerusform>Se añadió %n playbook.</numerusform>
            <numerusform>Se añadieron %n playbooks.</numerusform>
        </translation>
    </message>
    <message>
        <source>No playbook changed: the workspace has them as they are in the file.</source>
        <translation>No cambió ningún playbook: el espacio de trabajo ya los tiene tal como están en el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s) added or changed: %1.</source>
        <translation>
            <numerusform>Se añadió o modificó %n playbook: %1.</numerusform>
            <numerusform>Se añadieron o modificaron %n playbooks: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write playbooks (all, or those named) as JSON, the form playbook import reads.</source>
        <translation>Escribe playbooks (todos o los indicados) como JSON, el formato que lee playbook import.</translation>
    </message>
    <message>
        <source>A playbook&apos;s id; all playbooks when none is given.</source>
        <translation>El id de un playbook; todos los playbooks si no se indica ninguno.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribe en ARCHIVO en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Reemplaza un archivo de salida existente.</translation>
    </message>
    <message>
        <source>Playbooks written to %1.</source>
        <translation>Playbooks escritos en %1.</translation>
    </message>
    <message>
        <source>Remove a playbook from the workspace. Tasks it gave tickets stay.</source>
        <translation>Elimina un playbook del espacio de trabajo. Las tareas que dio a los tickets se conservan.</translation>
    </message>
    <message>
        <source>The playbook&apos;s id.</source>
        <translation>El id del playbook.</translation>
    </message>
    <message>
        <source>Playbook %1 removed.</source>
        <translation>Playbook %1 eliminado.</translation>
    </message>
    <message>
        <source>Add the tasks of a playbook to a ticket, those it does not have from that playbook yet. Incidents get the playbook that matches their classification when they are created or reclassified; this applies one by hand.</source>
        <translation>Añade a un ticket las tareas de un playbook que aún no tiene de ese playbook. Los incidentes reciben el playbook que coincide con su clasificación cuando se crean o se reclasifican; este comando aplica uno a mano.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>El número del ticket.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1: %n task(s) added.</source>
        <translation>
            <numerusform>Ticket #%1: %n tarea añadida.</numerusform>
            <numerusform>Ticket #%1: %n tareas añadidas.</numerusform>
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
        <translation>Nuevo playbook</translation>
    </message>
    <message>
        <source>lower-case letters, digits and &apos;-&apos;, e.g. phishing-bank</source>
        <translation>letras minúsculas, dígitos y «-», p. ej. phishing-bank</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Identificador:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Chosen for &amp;class / type:</source>
        <translation>Elegido para la &amp;clase / tipo:</translation>
    </message>
    <message>
        <source>any constituency</source>
        <translation>cualquier comunidad atendida</translation>
    </message>
    <message>
        <source>C&amp;onstituency:</source>
        <translation>Co&amp;munidad atendida:</translation>
    </message>
    <message>
        <source>Unclassified: the playbook is applied by hand only. The most specific playbook is chosen for a new or reclassified incident.</source>
        <translation>Sin clasificar: el playbook solo se aplica a mano. Para un incidente nuevo o reclasificado se elige el playbook más específico.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Rol del responsable</translation>
    </message>
    <message>
        <source>Due after</source>
        <translation>Vence tras</translation>
    </message>
    <message>
        <source>How long after the task is added, e.g. 30m, 4h, 2d, 1d12h; empty: due with the ticket&apos;s resolution.</source>
        <translation>Cuánto tiempo después de añadirse la tarea, p. ej. 30m, 4h, 2d, 1d12h; vacío: vence con la resolución del ticket.</translation>
    </message>
    <message>
        <source>A role in the directory (e.g. handler, lead): the task goes to a person who has it.</source>
        <translation>Un rol del directorio (p. ej. handler, lead): la tarea se asigna a una persona que lo tenga.</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Añadir tarea</translation>
    </message>
    <message>
        <source>&amp;Remove task</source>
        <translation>&amp;Quitar tarea</translation>
    </message>
    <message>
        <source>Task %1: &apos;%2&apos; is not a due offset such as 30m, 4h, 2d or 1d12h.</source>
        <translation>Tarea %1: «%2» no es un plazo de vencimiento como 30m, 4h, 2d o 1d12h.</translation>
    </message>
</context>
<context>
    <name>fb::PlaybookJson</name>
    <message>
        <source>&apos;%1&apos; is not a playbook id: use 1 to 64 lower-case letters, digits and &apos;-&apos;.</source>
        <translation>«%1» no es un id de playbook: use de 1 a 64 letras minúsculas, dígitos y «-».</translation>
    </message>
    <message>
        <source>A playbook needs a name of at most %1 characters.</source>
        <translation>Un playbook necesita un nombre de como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>La descripción tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>A playbook that names a type or constituency must name a class.</source>
        <translation>Un playbook que indica un tipo o una comunidad atendida debe indicar una clase.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class/type of the Reference Security Incident Taxonomy.</source>
        <translation>«%1» no es una clase/tipo de la Reference Security Incident Taxonomy.</translation>
    </message>
    <message>
        <source>A playbook needs at least one task.</source>
        <translation>Un playbook necesita al menos una tarea.</translation>
    </message>
    <message>
        <source>A playbook can have at most %1 tasks.</source>
        <translation>Un playbook puede tener como máximo %1 tareas.</translation>
    </message>
    <message>
        <source>A task needs a title of at most %1 characters.</source>
        <translation>Una tarea necesita un título de como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The title &apos;%1&apos; is used by an earlier task of this playbook.</source>
        <translation>El título «%1» ya lo usa una tarea anterior de este playbook.</translation>
    </message>
    <message>
        <source>A due offset must be between one minute and a year.</source>
        <translation>Un plazo de vencimiento debe estar entre un minuto y un año.</translation>
    </message>
    <message>
        <source>This is not JSON: %1 at byte %2.</source>
        <translation>Esto no es JSON: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>This is not a Firebreak playbook file (its &quot;format&quot; must be &quot;firebreak-playbooks&quot;).</source>
        <translation>Esto no es un archivo de playbooks de Firebreak (su «format» debe ser «firebreak-playbooks»).</translation>
    </message>
    <message>
        <source>This playbook file has version %1; this Firebreak reads version %2.</source>
        <translation>Este archivo de playbooks tiene la versión %1; este Firebreak lee la versión %2.</translation>
    </message>
    <message>
        <source>The file needs a &quot;playbooks&quot; list.</source>
        <translation>El archivo necesita una lista «playbooks».</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>debe ser texto.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>debe ser un objeto.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>debe ser una lista.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a due offset such as 30m, 4h, 2d or 1d12h (at most a year).</source>
        <translation>«%1» no es un plazo de vencimiento como 30m, 4h, 2d o 1d12h (como máximo un año).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the id of an earlier playbook in this file.</source>
        <translation>«%1» es el id de un playbook anterior de este archivo.</translation>
    </message>
    <message numerus="yes">
        <source>The playbooks were not imported; nothing was changed. %n problem(s):</source>
        <translation>
            <numerusform>No se importaron los playbooks; no se cambió nada. %n problema:</numerusform>
            <numerusform>No se importaron los playbooks; no se cambió nada. %n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>The text contains a control character (such as NUL or ESC).</source>
        <translation>El texto contiene un carácter de control (como NUL o ESC).</translation>
    </message>
</context>
<context>
    <name>fb::PlaybookStore</name>
    <message>
        <source>There is no playbook &apos;%1&apos;.</source>
        <translation>No existe el playbook «%1».</translation>
    </message>
</context>
<context>
    <name>fb::PlaybooksPanel</name>
    <message>
        <source>applied by hand</source>
        <translation>aplicado a mano</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Task lists that a new or reclassified incident gets by its class; others are applied by hand from the ticket&apos;s Tasks tab.</source>
        <translation>Listas de tareas que recibe un incidente nuevo o reclasificado según su clase; las demás se aplican a mano desde la pestaña Tareas del ticket.</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Chosen for</source>
        <translation>Elegido para</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Elimina&amp;r</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importar JSON…</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xportar JSON…</translation>
    </message>
    <message>
        <source>Playbooks (*.json)</source>
        <translation>Playbooks (*.json)</translation>
    </message>
    <message>
        <source>Export playbooks</source>
        <translation>Exportar playbooks</translation>
    </message>
    <message>
        <source>Import playbooks</source>
        <translation>Importar playbooks</translation>
    </message>
    <message>
        <source>Remove playbook</source>
        <translation>Eliminar playbook</translation>
    </message>
    <message>
        <source>Remove the playbook %1? Tasks it gave tickets stay.</source>
        <translation>¿Eliminar el playbook %1? Las tareas que dio a los tickets se conservan.</translation>
    </message>
    <message>
        <source>Saved the playbook %1.</source>
        <translation>Playbook %1 guardado.</translation>
    </message>
    <message>
        <source>Removed the playbook %1.</source>
        <translation>Playbook %1 eliminado.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>No se importó nada de %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n playbook(s): %1.</source>
        <translation>
            <numerusform>Se importó %n playbook: %1.</numerusform>
            <numerusform>Se importaron %n playbooks: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the playbooks to %1.</source>
        <translation>Playbooks exportados a %1.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileCliSupport</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>The translation in this language (ISO 639-1); default: the original.</source>
        <translation>La traducción en este idioma (ISO 639-1); predeterminado: el original.</translation>
    </message>
    <message>
        <source>Read the passphrase of the team&apos;s secret key from the first line of FILE (else a prompt).</source>
        <translation>Lee la frase de contraseña de la clave secreta del equipo de la primera línea de ARCHIVO (si no, se pregunta).</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña para %1: </translation>
    </message>
    <message>
        <source>No terminal to ask for the key&apos;s passphrase: use --key-passphrase-file FILE.</source>
        <translation>No hay terminal para pedir la frase de contraseña de la clave: use --key-passphrase-file ARCHIVO.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileCommands</name>
    <message>
        <source>Set a section&apos;s text by its number (--set 3.1=&quot;...&quot;, \n for a line break; empty removes it) or a field: title, last-update, locations, fingerprint, languages, hours, priority (PRIORITY|REACTION|HANDLING, repeatable; empty clears), tlp, original-url. Repeatable.</source>
        <translation>Define el texto de una sección por su número (--set 3.1=&quot;...&quot;, \n para un salto de línea; vacío lo elimina) o un campo: title, last-update, locations, fingerprint, languages, hours, priority (PRIORIDAD|REACCIÓN|GESTIÓN, repetible; vacío lo borra), tlp, original-url. Repetible.</translation>
    </message>
    <message>
        <source>Read the profile from a JSON file (as &apos;profile show --json&apos; prints it; only the keys given change) or an RFC 2350 text; &apos;-&apos; for standard input.</source>
        <translation>Lee el perfil de un archivo JSON (tal como lo imprime «profile show --json»; solo cambian las claves indicadas) o de un texto RFC 2350; «-» para la entrada estándar.</translation>
    </message>
    <message>
        <source>Fill name, address, time zone, phones, e-mail, key, languages, hours, URL and constituency from our team&apos;s directory entry.</source>
        <translation>Rellena nombre, dirección, zona horaria, teléfonos, correo electrónico, clave, idiomas, horario, URL y comunidad atendida a partir de la entrada de nuestro equipo en el directorio.</translation>
    </message>
    <message>
        <source>With --language: create or edit a translation of the original in LANG.</source>
        <translation>Con --language: crea o edita una traducción del original en IDIOMA.</translation>
    </message>
    <message>
        <source>Make this directory entry our own team.</source>
        <translation>Convierte esta entrada del directorio en nuestro propio equipo.</translation>
    </message>
    <message>
        <source>The fingerprint of the team key that signs the profile.</source>
        <translation>La huella digital de la clave del equipo que firma el perfil.</translation>
    </message>
    <message>
        <source>Remove the draft of --language (a translation).</source>
        <translation>Elimina el borrador de --language (una traducción).</translation>
    </message>
    <message>
        <source>Create or change the team profile (or a translation of it). Options apply in this order: --from, --fill-from-directory, --set.</source>
        <translation>Crea o modifica el perfil del equipo (o una traducción). Las opciones se aplican en este orden: --from, --fill-from-directory, --set.</translation>
    </message>
    <message>
        <source>Our team is now #%1 (%2).</source>
        <translation>Nuestro equipo es ahora #%1 (%2).</translation>
    </message>
    <message>
        <source>The team signing key is now %1.</source>
        <translation>La clave de firma del equipo es ahora %1.</translation>
    </message>
    <message>
        <source>--remove needs --language.</source>
        <translation>--remove necesita --language.</translation>
    </message>
    <message>
        <source>Removed the profile in “%1”.</source>
        <translation>Perfil en «%1» eliminado.</translation>
    </message>
    <message>
        <source>Nothing to change: give --set, --from, --fill-from-directory, --translation-of, --team or --signing-key.</source>
        <translation>Nada que cambiar: indique --set, --from, --fill-from-directory, --translation-of, --team o --signing-key.</translation>
    </message>
    <message>
        <source>--translation-of needs --language.</source>
        <translation>--translation-of necesita --language.</translation>
    </message>
    <message>
        <source>There is no profile in “%1”; create a translation with --translation-of %2.</source>
        <translation>No hay perfil en «%1»; cree una traducción con --translation-of %2.</translation>
    </message>
    <message>
        <source>No directory entry is marked as our team; choose one with “profile edit --team TEAM”.</source>
        <translation>Ninguna entrada del directorio está marcada como nuestro equipo; elija una con «profile edit --team EQUIPO».</translation>
    </message>
    <message>
        <source>The profile in “%1” is the original, not a translation.</source>
        <translation>El perfil en «%1» es el original, no una traducción.</translation>
    </message>
    <message>
        <source>Saved the profile draft (%1).</source>
        <translation>Borrador del perfil guardado (%1).</translation>
    </message>
    <message>
        <source>Show the newest imported profile of this team, with the text that maps to no section.</source>
        <translation>Muestra el perfil importado más reciente de este equipo, con el texto que no corresponde a ninguna sección.</translation>
    </message>
    <message>
        <source>Show the profile draft in the canonical layout (or as JSON with --json).</source>
        <translation>Muestra el borrador del perfil con la disposición canónica (o como JSON con --json).</translation>
    </message>
    <message>
        <source>No RFC 2350 profile of %1 was imported.</source>
        <translation>No se importó ningún perfil RFC 2350 de %1.</translation>
    </message>
    <message>
        <source>Check the profile draft by section number: required sections, mission and constituency, the 2.8 fingerprint against the signing key, the key&apos;s expiry and revocation, e-mail addresses without a key, the Date of Last Update, https locations. Errors block signing (exit code 2); warnings do not.</source>
        <translation>Comprueba el borrador del perfil por número de sección: secciones obligatorias, misión y comunidad atendida, la huella digital de 2.8 frente a la clave de firma, la caducidad y revocación de la clave, direcciones de correo electrónico sin clave, la fecha de la última actualización y las ubicaciones https. Los errores bloquean la firma (código de salida 2); las advertencias no.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the profile cannot be signed yet.</source>
        <translation>
            <numerusform>%n error: todavía no se puede firmar el perfil.</numerusform>
            <numerusform>%n errores: todavía no se puede firmar el perfil.</numerusform>
        </translation>
    </message>
    <message>
        <source>text (default), html or pdf.</source>
        <translation>text (predeterminado), html o pdf.</translation>
    </message>
    <message>
        <source>Write to FILE (default: standard output).</source>
        <translation>Escribe en ARCHIVO (predeterminado: salida estándar).</translation>
    </message>
    <message>
        <source>Render this published version instead of the draft.</source>
        <translation>Genera esta versión publicada en lugar del borrador.</translation>
    </message>
    <message>
        <source>With --version: the clear-signed text exactly as published.</source>
        <translation>Con --version: el texto firmado en claro exactamente como se publicó.</translation>
    </message>
    <message>
        <source>Render the profile: the canonical plain text (72 columns, UTF-8), HTML, or PDF.</source>
        <translation>Genera el perfil: el texto plano canónico (72 columnas, UTF-8), HTML o PDF.</translation>
    </message>
    <message>
        <source>--format is text, html or pdf.</source>
        <translation>--format es text, html o pdf.</translation>
    </message>
    <message>
        <source>--signed goes with --version and the text format.</source>
        <translation>--signed va con --version y el formato text.</translation>
    </message>
    <message>
        <source>“%1” is not a version number.</source>
        <translation>«%1» no es un número de versión.</translation>
    </message>
    <message>
        <source>List the published (signed) versions of the profile, newest first. &apos;profile render --version N --signed&apos; prints one as published.</source>
        <translation>Enumera las versiones publicadas (firmadas) del perfil, las más recientes primero. «profile render --version N --signed» imprime una tal como se publicó.</translation>
    </message>
    <message>
        <source>A version number, or &apos;draft&apos;.</source>
        <translation>Un número de versión, o «draft».</translation>
    </message>
    <message>
        <source>A version number, or &apos;draft&apos; (default).</source>
        <translation>Un número de versión, o «draft» (predeterminado).</translation>
    </message>
    <message>
        <source>Show the changes between two versions of the profile&apos;s canonical text as a unified diff.</source>
        <translation>Muestra los cambios entre dos versiones del texto canónico del perfil como diff unificado.</translation>
    </message>
    <message>
        <source>“%1” is neither a version number nor &apos;draft&apos;.</source>
        <translation>«%1» no es un número de versión ni «draft».</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No hay diferencias.</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, e.g. --set 3.1=&quot;Our mission&quot;.</source>
        <translation>--set admite CLAVE=VALOR, p. ej. --set 3.1=&quot;Nuestra misión&quot;.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2024-05-01.</source>
        <translation>«%1» no es una fecha como 2024-05-01.</translation>
    </message>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>«%1» no es una huella digital OpenPGP completa.</translation>
    </message>
    <message>
        <source>A priority is PRIORITY|REACTION|HANDLING, e.g. &quot;P1|within 1 hour|within 1 day&quot;.</source>
        <translation>Una prioridad es PRIORIDAD|REACCIÓN|GESTIÓN, p. ej. &quot;P1|en 1 hora|en 1 día&quot;.</translation>
    </message>
    <message>
        <source>“%1” is neither an RFC 2350 section number nor one of title, last-update, locations, fingerprint, languages, hours, priority, tlp, original-url.</source>
        <translation>«%1» no es un número de sección RFC 2350 ni uno de title, last-update, locations, fingerprint, languages, hours, priority, tlp, original-url.</translation>
    </message>
    <message>
        <source>There is no team profile yet; create one with “profile edit”.</source>
        <translation>Todavía no hay perfil del equipo; cree uno con «profile edit».</translation>
    </message>
    <message>
        <source>There is no profile in “%1”.</source>
        <translation>No hay perfil en «%1».</translation>
    </message>
</context>
<context>
    <name>fb::ProfileConstituency</name>
    <message>
        <source>“%1”: %2</source>
        <extracomment>%1 is a piece of text from section 3.2 of an RFC 2350 document, %2 why it was not taken</extracomment>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>a range of AS numbers; list each AS number on its own.</source>
        <translation>un rango de números de AS; indique cada número de AS por separado.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileFiller</name>
    <message>
        <source>%1 (emergency)</source>
        <translation>%1 (emergencia)</translation>
    </message>
    <message>
        <source>%1 (out of band)</source>
        <translation>%1 (fuera de banda)</translation>
    </message>
    <message>
        <source>RFC 2350 description of %1</source>
        <translation>Descripción RFC 2350 de %1</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>We handle incidents of every class of the Reference Security Incident Taxonomy:</source>
        <translation>Gestionamos incidentes de todas las clases de la Reference Security Incident Taxonomy:</translation>
    </message>
</context>
<context>
    <name>fb::ProfileImporter</name>
    <message>
        <source>The signature of %1 is bad: the document was changed after it was signed. Nothing was imported.</source>
        <translation>La firma de %1 no es válida: el documento se modificó después de firmarse. No se importó nada.</translation>
    </message>
    <message>
        <source>The document names no team in section 2.1.</source>
        <translation>El documento no nombra ningún equipo en la sección 2.1.</translation>
    </message>
    <message>
        <source>The imported team was not stored.</source>
        <translation>No se guardó el equipo importado.</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <extracomment>%1 is a file name, %2 an RFC 2350 section number such as 2.7</extracomment>
        <translation>%1, sección %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No importado: %1</translation>
    </message>
    <message>
        <source>This import held back no key.</source>
        <translation>Esta importación no retuvo ninguna clave.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileJson</name>
    <message>
        <source>“%1” must be a list of texts.</source>
        <translation>«%1» debe ser una lista de textos.</translation>
    </message>
    <message>
        <source>“%1” must be a text.</source>
        <translation>«%1» debe ser un texto.</translation>
    </message>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>«%1» no es una huella digital OpenPGP completa.</translation>
    </message>
    <message>
        <source>“%1” must be a date such as 2024-05-01.</source>
        <translation>«%1» debe ser una fecha como 2024-05-01.</translation>
    </message>
    <message>
        <source>“%1” must be a list of objects.</source>
        <translation>«%1» debe ser una lista de objetos.</translation>
    </message>
    <message>
        <source>Each entry of “%1” needs a “priority”, a “reaction” and a “handling” text.</source>
        <translation>Cada entrada de «%1» necesita un texto «priority», «reaction» y «handling».</translation>
    </message>
    <message>
        <source>“%1” must map section numbers to texts.</source>
        <translation>«%1» debe asignar números de sección a textos.</translation>
    </message>
    <message>
        <source>“%1” is not a section of RFC 2350.</source>
        <translation>«%1» no es una sección de RFC 2350.</translation>
    </message>
    <message>
        <source>“%1” is not a field of a team profile.</source>
        <translation>«%1» no es un campo de un perfil de equipo.</translation>
    </message>
    <message>
        <source>The profile is not valid JSON: %1.</source>
        <translation>El perfil no es JSON válido: %1.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>posición %1</translation>
    </message>
    <message>
        <source>The profile must be a JSON object.</source>
        <translation>El perfil debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>offset 0</source>
        <translation>posición 0</translation>
    </message>
</context>
<context>
    <name>fb::ProfileLint</name>
    <message>
        <source>The mission statement (3.1) is empty.</source>
        <translation>La declaración de misión (3.1) está vacía.</translation>
    </message>
    <message>
        <source>The constituency (3.2) is empty.</source>
        <translation>La comunidad atendida (3.2) está vacía.</translation>
    </message>
    <message>
        <source>The required section %1 “%2” is missing or empty.</source>
        <translation>Falta la sección obligatoria %1 «%2» o está vacía.</translation>
    </message>
    <message>
        <source>The Date of Last Update (%1) is older than the newest change (%2); it is set anew when the profile is signed.</source>
        <translation>La fecha de la última actualización (%1) es anterior al cambio más reciente (%2); se vuelve a fijar al firmar el perfil.</translation>
    </message>
    <message>
        <source>“%1” is not an https URL; publish the document where readers can check where it came from.</source>
        <translation>«%1» no es una URL https; publique el documento donde los lectores puedan comprobar su procedencia.</translation>
    </message>
    <message>
        <source>Section 2.8 names no key fingerprint; the key that will sign is %1.</source>
        <translation>La sección 2.8 no indica ninguna huella digital de clave; la clave que firmará es %1.</translation>
    </message>
    <message>
        <source>The fingerprint in 2.8 (%1) is not that of the key that will sign (%2).</source>
        <translation>La huella digital de 2.8 (%1) no es la de la clave que firmará (%2).</translation>
    </message>
    <message>
        <source>The signing key %1 is not in the GnuPG home.</source>
        <translation>La clave de firma %1 no está en el directorio personal de GnuPG.</translation>
    </message>
    <message>
        <source>The signing key: %1</source>
        <translation>La clave de firma: %1</translation>
    </message>
    <message>
        <source>The secret part of the signing key %1 is not available.</source>
        <translation>La parte secreta de la clave de firma %1 no está disponible.</translation>
    </message>
    <message>
        <source>No OpenPGP key is known for %1; partners cannot write to it encrypted.</source>
        <translation>No se conoce ninguna clave OpenPGP para %1; los socios no pueden escribirle cifrado.</translation>
    </message>
    <message>
        <source>No team signing key is chosen, and no key is linked to our team&apos;s directory entry.</source>
        <translation>No se ha elegido ninguna clave de firma del equipo y no hay ninguna clave vinculada a la entrada de nuestro equipo en el directorio.</translation>
    </message>
</context>
<context>
    <name>fb::ProfilePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The original profile or one of its translations</source>
        <translation>El perfil original o una de sus traducciones</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Fill from directory</source>
        <translation>&amp;Rellenar desde el directorio</translation>
    </message>
    <message>
        <source>Take name, addresses, phone numbers, key and languages from our team&apos;s directory entry</source>
        <translation>Tomar nombre, direcciones, teléfonos, clave e idiomas de la entrada de nuestro equipo en el directorio</translation>
    </message>
    <message>
        <source>Sign and &amp;publish…</source>
        <translation>Firmar y &amp;publicar…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versiones…</translation>
    </message>
    <message>
        <source>Sections (RFC 2350)</source>
        <translation>Secciones (RFC 2350)</translation>
    </message>
    <message>
        <source>Dates, locations, the key fingerprint, languages and service levels come from the directory (Fill from directory) and show in the preview.</source>
        <translation>Las fechas, ubicaciones, la huella de la clave, los idiomas y los niveles de servicio vienen del directorio (Rellenar desde el directorio) y se muestran en la vista previa.</translation>
    </message>
    <message>
        <source>Errors block signing; warnings do not. Activate a finding to go to its section.</source>
        <translation>Los errores impiden firmar; las advertencias no. Active un hallazgo para ir a su sección.</translation>
    </message>
    <message>
        <source>Required: the lint reports it when it is empty.</source>
        <translation>Obligatoria: la validación la señala cuando está vacía.</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (original)</translation>
    </message>
    <message>
        <source>%1 (translation)</source>
        <translation>%1 (traducción)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Perfil nuevo</translation>
    </message>
    <message>
        <source>The team key could not be checked: %1</source>
        <translation>No se pudo comprobar la clave del equipo: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Error en %1: %2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>Advertencia en %1: %2</translation>
    </message>
    <message>
        <source>No findings: the profile is ready to sign.</source>
        <translation>Sin hallazgos: el perfil está listo para firmar.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved the profile draft.</source>
        <translation>Se guardó el borrador del perfil.</translation>
    </message>
    <message>
        <source>No directory entry is marked as our team; choose one in the directory first.</source>
        <translation>Ninguna entrada del directorio está marcada como nuestro equipo; elija una primero en el directorio.</translation>
    </message>
    <message>
        <source>Filled from our directory entry “%1”; check the sections and save.</source>
        <translation>Rellenado desde nuestra entrada del directorio «%1»; revise las secciones y guarde.</translation>
    </message>
    <message>
        <source>Signing and publishing…</source>
        <translation>Firmando y publicando…</translation>
    </message>
    <message>
        <source>Version %1 was signed and kept, but the files were not written: %2</source>
        <translation>La versión %1 se firmó y se guardó, pero los archivos no se escribieron: %2</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>No publicado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Signed version %1 and wrote %n file(s) to %2.</source>
        <translation>
            <numerusform>Versión %1 firmada y %n archivo escrito en %2.</numerusform>
            <numerusform>Versión %1 firmada y %n archivos escritos en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The PDF was not written: %2</source>
        <translation>%1 El PDF no se escribió: %2</translation>
    </message>
    <message>
        <source>Choose the team key in the directory first.</source>
        <translation>Elija primero la clave del equipo en el directorio.</translation>
    </message>
    <message>
        <source>The lint reports errors: fix them first, errors block signing.</source>
        <translation>La validación señala errores: corríjalos primero, los errores impiden firmar.</translation>
    </message>
    <message>
        <source>Sign with the team key and write the files to a folder</source>
        <translation>Firmar con la clave del equipo y escribir los archivos en una carpeta</translation>
    </message>
    <message>
        <source>New &amp;translation…</source>
        <translation>Nueva &amp;traducción…</translation>
    </message>
    <message>
        <source>Start a translation of the profile as a copy of the original</source>
        <translation>Comenzar una traducción del perfil como copia del original</translation>
    </message>
    <message>
        <source>There is no profile to translate yet; write the original first.</source>
        <translation>Todavía no hay ningún perfil que traducir; escriba primero el original.</translation>
    </message>
    <message>
        <source>The profile already has a version in “%1”.</source>
        <translation>El perfil ya tiene una versión en «%1».</translation>
    </message>
    <message>
        <source>No translation created: %1</source>
        <translation>No se ha creado la traducción: %1</translation>
    </message>
    <message>
        <source>Created the translation into “%1” as a copy of the original.</source>
        <translation>Se ha creado la traducción a «%1» como copia del original.</translation>
    </message>
    <message>
        <source>Choose one in Team → Settings (Team signing key), or import our key for our team in Team → Directory (Import key…).</source>
        <extracomment>Where the window chooses the team signing key, or links a key to our team</extracomment>
        <translation>Elija una en Equipo → Configuración (Clave de firma del equipo) o importe nuestra clave para nuestro equipo en Equipo → Directorio (Importar clave…).</translation>
    </message>
</context>
<context>
    <name>fb::ProfileParser</name>
    <message>
        <source>This is not an RFC 2350 document: none of its lines is a heading such as “2.1 Name of the Team”.</source>
        <translation>Este no es un documento RFC 2350: ninguna de sus líneas es un encabezado como «2.1 Name of the Team».</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>línea 1</translation>
    </message>
</context>
<context>
    <name>fb::ProfilePublishCommands</name>
    <message>
        <source>%1 is not signed.</source>
        <translation>%1 no está firmado.</translation>
    </message>
    <message>
        <source>The signature of %1 is bad: the text was changed after signing.</source>
        <translation>La firma de %1 no es válida: el texto se modificó después de firmarse.</translation>
    </message>
    <message>
        <source>%1 is signed by another key than the one its section 2.8 names.</source>
        <translation>%1 está firmado con una clave distinta de la que indica su sección 2.8.</translation>
    </message>
    <message>
        <source>Write the clear-signed text to FILE (default: standard output).</source>
        <translation>Escribe el texto firmado en claro en ARCHIVO (predeterminado: salida estándar).</translation>
    </message>
    <message>
        <source>Set the Date of Last Update to today, lint (errors stop here), clear-sign the canonical text with the team key from your GnuPG home and keep it as the next version. Stock &apos;gpg --verify&apos; checks the result.</source>
        <translation>Fija la fecha de la última actualización en hoy, valida (los errores detienen aquí), firma en claro el texto canónico con la clave del equipo de su directorio personal de GnuPG y lo guarda como la siguiente versión. Un «gpg --verify» estándar comprueba el resultado.</translation>
    </message>
    <message>
        <source>Signed version %1 of the profile (%2) with %3; written to %4.</source>
        <translation>Versión %1 del perfil (%2) firmada con %3; escrita en %4.</translation>
    </message>
    <message>
        <source>The RFC 2350 document (&apos;-&apos; for standard input).</source>
        <translation>El documento RFC 2350 («-» para la entrada estándar).</translation>
    </message>
    <message>
        <source>Check a clear-signed RFC 2350 document: signer, fingerprint, date, validity, and whether the signer is the key the document names in 2.8. Keys come from the workspace keyring, else from your GnuPG home. Exit code 0 only for a valid signature by that key; 2 for a bad or missing signature; 3 for a missing, expired or revoked key or another signer.</source>
        <translation>Comprueba un documento RFC 2350 firmado en claro: firmante, huella digital, fecha, validez y si el firmante es la clave que el documento indica en 2.8. Las claves proceden del anillo de claves del espacio de trabajo o, si no, de su directorio personal de GnuPG. Código de salida 0 solo para una firma válida de esa clave; 2 para una firma no válida o ausente; 3 para una clave ausente, caducada o revocada, u otro firmante.</translation>
    </message>
    <message>
        <source>Expiry date (yyyy-mm-dd, UTC end of day); default: in %1 days.</source>
        <translation>Fecha de caducidad (aaaa-mm-dd, fin del día UTC); predeterminado: dentro de %1 días.</translation>
    </message>
    <message>
        <source>The URL the file is published at (default: from the first https location in 1.3).</source>
        <translation>La URL en la que se publica el archivo (predeterminado: la primera ubicación https de 1.3).</translation>
    </message>
    <message>
        <source>The policy URL (default: the RFC 2350 document&apos;s first https location).</source>
        <translation>La URL de la política (predeterminado: la primera ubicación https del documento RFC 2350).</translation>
    </message>
    <message>
        <source>Where the key is (default: openpgp4fpr: with the 2.8 fingerprint).</source>
        <translation>Dónde está la clave (predeterminado: openpgp4fpr: con la huella digital de 2.8).</translation>
    </message>
    <message>
        <source>Clear-sign the file with the team key.</source>
        <translation>Firma en claro el archivo con la clave del equipo.</translation>
    </message>
    <message>
        <source>Write to FILE (default: standard output).</source>
        <translation>Escribe en ARCHIVO (predeterminado: salida estándar).</translation>
    </message>
    <message>
        <source>Lint this security.txt (signed or not) instead of writing one.</source>
        <translation>Valida este security.txt (firmado o no) en lugar de escribir uno.</translation>
    </message>
    <message>
        <source>Write an RFC 9116 security.txt from the profile (Contact, Expires, Encryption, Preferred-Languages, Canonical, Policy), checked against RFC 9116&apos;s rules, or lint an existing one with --lint.</source>
        <translation>Escribe un security.txt RFC 9116 a partir del perfil (Contact, Expires, Encryption, Preferred-Languages, Canonical, Policy), comprobado según las reglas de RFC 9116, o valida uno existente con --lint.</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>The signature of the security.txt is bad.</source>
        <translation>La firma del security.txt no es válida.</translation>
    </message>
    <message>
        <source>The security.txt does not meet RFC 9116.</source>
        <translation>El security.txt no cumple RFC 9116.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-12-31.</source>
        <translation>«%1» no es una fecha como 2026-12-31.</translation>
    </message>
    <message>
        <source>No team signing key is chosen; choose one with “profile edit --signing-key”.</source>
        <translation>No se ha elegido ninguna clave de firma del equipo; elija una con «profile edit --signing-key».</translation>
    </message>
    <message>
        <source>Another team&apos;s RFC 2350 document, plain or clear-signed.</source>
        <translation>El documento RFC 2350 de otro equipo, en texto plano o firmado en claro.</translation>
    </message>
    <message>
        <source>Link the key named in 2.8 even though another key signed the document (after you checked the signer with the team).</source>
        <translation>Vincula la clave indicada en 2.8 aunque otra clave haya firmado el documento (después de comprobar el firmante con el equipo).</translation>
    </message>
    <message>
        <source>Read another team&apos;s RFC 2350 document (numbered or not, plain text or Markdown, plain or clear-signed), check its signature (workspace keyring, else your GnuPG home), and create or update that team&apos;s directory entry. Edits you made to the entry are kept; text that maps to no section stays attached (&apos;profile show --team&apos;). A bad signature imports nothing. A document signed by another key than the one its 2.8 names is imported without linking that key (exit code 3) unless --accept-signer is given.</source>
        <translation>Lee el documento RFC 2350 de otro equipo (numerado o no, texto sin formato o Markdown, sin firmar o firmado en claro), comprueba su firma (anillo de claves del espacio de trabajo o, si no, su directorio personal de GnuPG) y crea o actualiza la entrada del directorio de ese equipo. Se conservan las modificaciones que usted hizo en la entrada; el texto que no corresponde a ninguna sección queda adjunto («profile show --team»). Una firma incorrecta no importa nada. Un documento firmado con una clave distinta de la que indica su 2.8 se importa sin vincular esa clave (código de salida 3), salvo que se indique --accept-signer.</translation>
    </message>
    <message>
        <source>%1 is signed by another key than the team&apos;s own key named in its section 2.8: the team was imported, that key was not linked. Check the signer with the team, then import again with --accept-signer to link it.</source>
        <translation>%1 está firmado con una clave distinta de la clave propia del equipo indicada en su sección 2.8: el equipo se importó, esa clave no se vinculó. Compruebe el firmante con el equipo y vuelva a importar con --accept-signer para vincularla.</translation>
    </message>
</context>
<context>
    <name>fb::ProfilePublishDialog</name>
    <message>
        <source>Sign and publish the team profile</source>
        <translation>Firmar y publicar el perfil del equipo</translation>
    </message>
    <message>
        <source>The profile is signed with the team key and kept as a new version. The signed text, HTML, PDF and a signed security.txt are written to the folder.</source>
        <translation>El perfil se firma con la clave del equipo y se guarda como una nueva versión. El texto firmado, HTML, PDF y un security.txt firmado se escriben en la carpeta.</translation>
    </message>
    <message>
        <source>Team key:</source>
        <translation>Clave del equipo:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation>Firmar y publicar</translation>
    </message>
    <message>
        <source>Publish the team profile to</source>
        <translation>Publicar el perfil del equipo en</translation>
    </message>
</context>
<context>
    <name>fb::ProfilePublisher</name>
    <message>
        <source>There is no team profile yet; create one with “profile edit”.</source>
        <translation>Todavía no hay perfil del equipo; cree uno con «profile edit».</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>La carpeta «%1» no existe.</translation>
    </message>
    <message>
        <source>There is no team key to sign with; choose one in the directory.</source>
        <translation>No hay clave del equipo con la que firmar; elija una en el directorio.</translation>
    </message>
    <message>
        <source>Checking the profile</source>
        <translation>Comprobando el perfil</translation>
    </message>
    <message>
        <source>There is no saved profile to sign.</source>
        <translation>No hay ningún perfil guardado que firmar.</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was written.</source>
        <translation>Se canceló la publicación; no se escribió nada.</translation>
    </message>
    <message>
        <source>Signing the profile with the team key</source>
        <translation>Firmando el perfil con la clave del equipo</translation>
    </message>
    <message>
        <source>Signing the security.txt</source>
        <translation>Firmando el security.txt</translation>
    </message>
    <message>
        <source>Writing the files</source>
        <translation>Escribiendo los archivos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>fb::ProfileRenderer</name>
    <message>
        <source>This document is a translation. Only the original language version is binding; in case of doubt, refer to it.</source>
        <translation>Este documento es una traducción. Solo la versión en el idioma original es vinculante; en caso de duda, consúltela.</translation>
    </message>
    <message>
        <source>RFC 2350 description of %1</source>
        <translation>Descripción RFC 2350 de %1</translation>
    </message>
</context>
<context>
    <name>fb::ProfileSigner</name>
    <message>
        <source>Checking the profile</source>
        <translation>Comprobando el perfil</translation>
    </message>
    <message>
        <source>There is no team profile yet; create one with “profile edit”.</source>
        <translation>Todavía no hay perfil del equipo; cree uno con «profile edit».</translation>
    </message>
    <message>
        <source>There is no profile in “%1”.</source>
        <translation>No hay perfil en «%1».</translation>
    </message>
    <message>
        <source>The profile cannot be signed: %1</source>
        <translation>No se puede firmar el perfil: %1</translation>
    </message>
    <message>
        <source>Signing was cancelled.</source>
        <translation>Se canceló la firma.</translation>
    </message>
    <message>
        <source>Signing the profile</source>
        <translation>Firmando el perfil</translation>
    </message>
    <message>
        <source>Saving the version</source>
        <translation>Guardando la versión</translation>
    </message>
</context>
<context>
    <name>fb::ProfileStore</name>
    <message>
        <source>The stored profile is damaged: %1</source>
        <translation>El perfil guardado está dañado: %1</translation>
    </message>
    <message>
        <source>A profile needs the language it is written in.</source>
        <translation>Un perfil necesita el idioma en que está escrito.</translation>
    </message>
    <message>
        <source>A translation needs the original profile in “%1”; the original is in “%2”.</source>
        <translation>Una traducción necesita el perfil original en «%1»; el original está en «%2».</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(todavía ninguno)</translation>
    </message>
    <message>
        <source>A translation cannot be in the language of its original.</source>
        <translation>Una traducción no puede estar en el idioma de su original.</translation>
    </message>
    <message>
        <source>The original profile is in “%1”; a profile in “%2” must be saved as a translation of it.</source>
        <translation>El perfil original está en «%1»; un perfil en «%2» debe guardarse como traducción de él.</translation>
    </message>
    <message>
        <source>There is no profile in “%1”.</source>
        <translation>No hay perfil en «%1».</translation>
    </message>
    <message>
        <source>The original profile still has translations; remove them first.</source>
        <translation>El perfil original todavía tiene traducciones; elimínelas primero.</translation>
    </message>
    <message>
        <source>The profile has no version %1.</source>
        <translation>El perfil no tiene versión %1.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileTranslationDialog</name>
    <message>
        <source>New translation of the team profile</source>
        <translation>Nueva traducción del perfil del equipo</translation>
    </message>
    <message>
        <source>The translation starts as a copy of the original. Its renderings say that only the original language version is binding.</source>
        <translation>La traducción comienza como copia del original. Sus versiones generadas indican que solo la versión en el idioma original es vinculante.</translation>
    </message>
    <message>
        <source>A language code such as de or pt-BR; any code can be typed in</source>
        <translation>Un código de idioma como de o pt-BR; se puede escribir cualquier código</translation>
    </message>
    <message>
        <source>&amp;Language code:</source>
        <translation>Código de &amp;idioma:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
</context>
<context>
    <name>fb::ProfileVerifier</name>
    <message>
        <source>Whether the signer is the key the profile names in 2.8 cannot be told.</source>
        <translation>No se puede determinar si el firmante es la clave que el perfil indica en 2.8.</translation>
    </message>
    <message>
        <source>The signer is the key the profile names in 2.8.</source>
        <translation>El firmante es la clave que el perfil indica en 2.8.</translation>
    </message>
    <message>
        <source>The signer is NOT the team&apos;s own key: the document is signed by %1, but its section 2.8 names %2.</source>
        <extracomment>%1 and %2 are OpenPGP fingerprints</extracomment>
        <translation>El firmante NO es la clave propia del equipo: el documento está firmado por %1, pero su sección 2.8 indica %2.</translation>
    </message>
    <message>
        <source>The profile names no key in 2.8, so the signer cannot be checked against the team&apos;s own key.</source>
        <translation>El perfil no indica ninguna clave en 2.8, por lo que el firmante no se puede comprobar con la clave propia del equipo.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileVersionsDialog</name>
    <message>
        <source>Team profile versions</source>
        <translation>Versiones del perfil del equipo</translation>
    </message>
    <message>
        <source>Version %1, %2, signed by %3</source>
        <translation>Versión %1, %2, firmada por %3</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>&amp;Anterior:</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>&amp;Posterior:</translation>
    </message>
    <message>
        <source>No version of the profile has been published yet.</source>
        <translation>Todavía no se ha publicado ninguna versión del perfil.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>Las dos versiones tienen el mismo texto.</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Lado a lado</translation>
    </message>
    <message>
        <source>&amp;Unified</source>
        <translation>Diff &amp;unificado</translation>
    </message>
</context>
<context>
    <name>fb::ProfileView</name>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVEDAD</translation>
    </message>
    <message>
        <source>SECTION</source>
        <translation>SECCIÓN</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEMA</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Firmante: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Huella digital: %1</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Firmado: %1</translation>
    </message>
    <message>
        <source>Date of Last Update: %1</source>
        <translation>Fecha de la última actualización: %1</translation>
    </message>
    <message>
        <source>Key named in 2.8: %1</source>
        <translation>Clave indicada en 2.8: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The signed text is not an RFC 2350 document: %1</source>
        <translation>El texto firmado no es un documento RFC 2350: %1</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSIÓN</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>PUBLISHED</source>
        <translation>PUBLICADO</translation>
    </message>
    <message>
        <source>DATE OF LAST UPDATE</source>
        <translation>FECHA DE ÚLTIMA ACTUALIZACIÓN</translation>
    </message>
    <message>
        <source>SIGNER</source>
        <translation>FIRMANTE</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>POR</translation>
    </message>
    <message>
        <source>Added team #%1 (%2).</source>
        <translation>Equipo #%1 añadido (%2).</translation>
    </message>
    <message>
        <source>Updated team #%1 (%2).</source>
        <translation>Equipo #%1 actualizado (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the document map to no RFC 2350 section; they are kept with the import (profile show --team).</source>
        <translation>
            <numerusform>%n parte del documento no corresponde a ninguna sección RFC 2350; se conserva con la importación (profile show --team).</numerusform>
            <numerusform>%n partes del documento no corresponden a ninguna sección RFC 2350; se conservan con la importación (profile show --team).</numerusform>
        </translation>
    </message>
    <message>
        <source>[Not mapped to RFC 2350] %1</source>
        <translation>[Sin correspondencia en RFC 2350] %1</translation>
    </message>
    <message>
        <source>The key named in 2.8 (%1) was NOT linked to the team.</source>
        <translation>La clave indicada en 2.8 (%1) NO se vinculó al equipo.</translation>
    </message>
    <message>
        <source>Constituency (3.2), not taken: %1</source>
        <translation>Comunidad atendida (3.2), no se incorporó: %1</translation>
    </message>
    <message>
        <source>You accepted the signer: the key named in 2.8 is linked to the team.</source>
        <translation>Usted aceptó al firmante: la clave indicada en 2.8 está vinculada al equipo.</translation>
    </message>
    <message>
        <source>Choose one with “profile edit --signing-key”.</source>
        <translation>Elija una con «profile edit --signing-key».</translation>
    </message>
</context>
<context>
    <name>fb::PublicSuffix</name>
    <message>
        <source>%1 is under “.%2”, a special-use name for documentation, tests or private networks: it does not resolve in the public DNS.</source>
        <extracomment>%1 is a domain name, %2 the special-use suffix it ends in, such as &quot;example&quot; or &quot;internal&quot;</extracomment>
        <translation>%1 está bajo «.%2», un nombre de uso especial para documentación, pruebas o redes privadas: no se resuelve en el DNS público.</translation>
    </message>
</context>
<context>
    <name>fb::PublishDialog</name>
    <message>
        <source>Publish %1</source>
        <translation>Publicar %1</translation>
    </message>
    <message>
        <source>Interim (more to come)</source>
        <translation>Provisional (habrá más)</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitivo</translation>
    </message>
    <message>
        <source>Publish as</source>
        <translation>Publicar como</translation>
    </message>
    <message>
        <source>What changed in this revision</source>
        <translation>Qué cambió en esta revisión</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Clear-sign the text with the team key</source>
        <translation>Firmar en claro el texto con la clave del equipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Write the files into</source>
        <translation>Escribir los archivos en</translation>
    </message>
    <message>
        <source>Our team has no signing key chosen: choose it in Team → Settings, then publish again to sign.</source>
        <translation>Nuestro equipo no tiene ninguna clave de firma elegida: elíjala en Equipo → Configuración y vuelva a publicar para firmar.</translation>
    </message>
</context>
<context>
    <name>fb::QueuePage</name>
    <message>
        <source>Any TLP</source>
        <translation>Cualquier TLP</translation>
    </message>
    <message>
        <source>Any class</source>
        <translation>Cualquier clase</translation>
    </message>
    <message>
        <source>Search: words, ip:192.0.2.0/24, domain:, cve:, owner:me, tlp:red…</source>
        <translation>Buscar: palabras, ip:192.0.2.0/24, domain:, cve:, owner:me, tlp:red…</translation>
    </message>
    <message>
        <source>Free words search titles and descriptions. Typed terms: %1.</source>
        <translation>Las palabras libres buscan en títulos y descripciones. Términos con tipo: %1.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Yo (%1)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Search not understood: %1</source>
        <translation>Búsqueda no entendida: %1</translation>
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
        <translation>Ir al ticket: escriba su número y pulse Intro</translation>
    </message>
    <message>
        <source>There is no ticket #%1.</source>
        <translation>No existe el ticket #%1.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>Ticket #%1: %2</translation>
    </message>
    <message>
        <source>Press Enter to open ticket #%1.</source>
        <translation>Pulse Intro para abrir el ticket #%1.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Keep this search under Saved searches</source>
        <translation>Guardar esta búsqueda en Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Type a search first; it is the search box&apos;s text that is kept.</source>
        <translation>Escriba primero una búsqueda; lo que se guarda es el texto del cuadro de búsqueda.</translation>
    </message>
    <message>
        <source>No tickets match</source>
        <translation>Ningún ticket coincide</translation>
    </message>
    <message>
        <source>Try other words, or fewer filters.</source>
        <translation>Pruebe con otras palabras o con menos filtros.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Borrar la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>No reports</source>
        <translation>No hay notificaciones</translation>
    </message>
    <message>
        <source>Reports arrive with mail: import it with File → Import mail files… (or drop mail files on the window).</source>
        <translation>Las notificaciones llegan con el correo: impórtelo con Archivo → Importar archivos de correo… (o suelte archivos de correo sobre la ventana).</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>No hay incidentes</translation>
    </message>
    <message>
        <source>An incident is opened from a report in Triage, or with File → New ticket…</source>
        <translation>Un incidente se abre a partir de una notificación en Triaje, o con Archivo → Nuevo ticket…</translation>
    </message>
    <message>
        <source>No investigations</source>
        <translation>No hay investigaciones</translation>
    </message>
    <message>
        <source>An investigation is launched from an incident (Ticket → Launch investigation…).</source>
        <translation>Una investigación se inicia desde un incidente (Ticket → Iniciar investigación…).</translation>
    </message>
    <message>
        <source>No countermeasures</source>
        <translation>No hay contramedidas</translation>
    </message>
    <message>
        <source>A countermeasure is launched from an incident (Ticket → Launch countermeasure…).</source>
        <translation>Una contramedida se inicia desde un incidente (Ticket → Iniciar contramedida…).</translation>
    </message>
</context>
<context>
    <name>fb::QuotedText</name>
    <message numerus="yes">
        <source>[%n quoted line(s) hidden]</source>
        <translation>
            <numerusform>[%n línea citada oculta]</numerusform>
            <numerusform>[%n líneas citadas ocultas]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ReplyAllDialog</name>
    <message>
        <source>Reply to all reporters of incident %1</source>
        <translation>Responder a todos los notificantes del incidente %1</translation>
    </message>
    <message>
        <source>&amp;Reporters (one reply each, on their newest report; untick to leave one out):</source>
        <translation>&amp;Notificantes (una respuesta a cada uno, sobre su notificación más reciente; desmarque uno para omitirlo):</translation>
    </message>
    <message>
        <source>&amp;Text ({greeting}, {reporter}, {ticket}, {title}, {tlp} and {team} are filled in for each reporter; the answered message is quoted below):</source>
        <translation>&amp;Texto ({greeting}, {reporter}, {ticket}, {title}, {tlp} y {team} se rellenan para cada notificante; el mensaje respondido se cita debajo):</translation>
    </message>
    <message>
        <source>&amp;Sign with the team key</source>
        <translation>&amp;Firmar con la clave del equipo</translation>
    </message>
    <message>
        <source>There is no team key: choose one in Settings to sign.</source>
        <translation>No hay clave del equipo: elija una en Configuración para firmar.</translation>
    </message>
    <message>
        <source>&amp;Write replies</source>
        <translation>&amp;Escribir respuestas</translation>
    </message>
    <message>
        <source>Finding the reporters and their keys…</source>
        <translation>Buscando los notificantes y sus claves…</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>cifrada</translation>
    </message>
    <message>
        <source>not encrypted (key: %1)</source>
        <translation>sin cifrar (clave: %1)</translation>
    </message>
    <message>
        <source>%1 — reports %2 — refused: %3</source>
        <translation>%1 — notificaciones %2 — rechazada: %3</translation>
    </message>
    <message>
        <source>%1 — reports %2 — %3</source>
        <translation>%1 — notificaciones %2 — %3</translation>
    </message>
    <message>
        <source>Incident #%1 has no reporter with an address.</source>
        <translation>El incidente #%1 no tiene ningún notificante con dirección.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n reply(ies)…</source>
        <translation>
            <numerusform>Escribiendo %n respuesta…</numerusform>
            <numerusform>Escribiendo %n respuestas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no reply was stored.</source>
        <translation>Cancelado: no se guardó ninguna respuesta.</translation>
    </message>
</context>
<context>
    <name>fb::ReportCommands</name>
    <message>
        <source>Write the report on one constituency (or all) for a date range, as RTIR&apos;s periodic report: incident reports received, incidents opened, resolved and still open at the end of the range, incidents by RSIT class and type, reports by reporter type, the median and 90th percentile (nearest rank) of the time to first response and to resolution, and SLA breaches. Days are UTC, both included. The report holds counts only, labelled TLP:AMBER. Without --out, text, html and csv are printed.</source>
        <translation>Escribe el informe de una comunidad atendida (o de todas) para un intervalo de fechas, como el informe periódico de RTIR: notificaciones de incidente recibidas, incidentes abiertos, resueltos y aún abiertos al final del intervalo, incidentes por clase y tipo RSIT, notificaciones por tipo de notificante, la mediana y el percentil 90 (rango más cercano) del tiempo hasta la primera respuesta y hasta la resolución, e incumplimientos del SLA. Los días son UTC, ambos incluidos. El informe solo contiene recuentos, con la etiqueta TLP:AMBER. Sin --out, se imprimen text, html y csv.</translation>
    </message>
    <message>
        <source>The first day, such as 2026-01-01.</source>
        <translation>El primer día, como 2026-01-01.</translation>
    </message>
    <message>
        <source>The last day (included).</source>
        <translation>El último día (incluido).</translation>
    </message>
    <message>
        <source>Only tickets of this constituency (default: all).</source>
        <translation>Solo tickets de esta comunidad atendida (predeterminado: todas).</translation>
    </message>
    <message>
        <source>text, html, pdf or csv.</source>
        <translation>text, html, pdf o csv.</translation>
    </message>
    <message>
        <source>The file to write (needed for pdf).</source>
        <translation>El archivo que se escribe (necesario para pdf).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Reemplaza ARCHIVO si existe.</translation>
    </message>
    <message>
        <source>Give the range with --from DATE and --to DATE.</source>
        <translation>Indique el intervalo con --from FECHA y --to FECHA.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 es posterior a --to %2.</translation>
    </message>
    <message>
        <source>Give --format text, html, pdf or csv.</source>
        <translation>Indique --format text, html, pdf o csv.</translation>
    </message>
    <message>
        <source>PDF needs a file: name it with --out FILE.</source>
        <translation>PDF necesita un archivo: indíquelo con --out ARCHIVO.</translation>
    </message>
    <message>
        <source>PDF output needs the graphical runtime, which did not start.</source>
        <translation>La salida PDF necesita el entorno gráfico, que no se inició.</translation>
    </message>
    <message>
        <source>Constituency report written to %1.</source>
        <translation>Informe de la comunidad atendida escrito en %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-01-31.</source>
        <translation>«%1» no es una fecha como 2026-01-31.</translation>
    </message>
</context>
<context>
    <name>fb::ReportedMessage</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Reported message</source>
        <translation>Mensaje notificado</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) in the ticket&apos;s correspondence.</source>
        <translation>
            <numerusform>%n mensaje más en la correspondencia del ticket.</numerusform>
            <numerusform>%n mensajes más en la correspondencia del ticket.</numerusform>
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
        <translation>Notificante reconocido por la clave de firma: %1 (persona %2).</translation>
    </message>
    <message>
        <source>Reporter recognised by signing key: %1 (team %2).</source>
        <translation>Notificante reconocido por la clave de firma: %1 (equipo %2).</translation>
    </message>
    <message>
        <source>Reporter recognised by address: %1 (person %2).</source>
        <translation>Notificante reconocido por la dirección: %1 (persona %2).</translation>
    </message>
    <message>
        <source>Reporter recognised by address: %1 (team %2).</source>
        <translation>Notificante reconocido por la dirección: %1 (equipo %2).</translation>
    </message>
</context>
<context>
    <name>fb::ReporterReplies</name>
    <message>
        <source>Ticket #%1 is no incident: only an incident&apos;s reporters can be answered together.</source>
        <translation>El ticket #%1 no es un incidente: solo se puede responder conjuntamente a los notificantes de un incidente.</translation>
    </message>
    <message>
        <source>%1 may only be sent encrypted, and there is no valid key for %2 (key: %3).</source>
        <translation>%1 solo se puede enviar cifrado, y no hay ninguna clave válida para %2 (clave: %3).</translation>
    </message>
    <message>
        <source>the incident response team</source>
        <translation>el equipo de respuesta a incidentes</translation>
    </message>
    <message>
        <source>Nobody to reply to: incident #%1 has no reporter left to answer.</source>
        <translation>Nadie a quien responder: al incidente #%1 no le queda ningún notificante al que responder.</translation>
    </message>
    <message>
        <source>Cancelled: no reply was stored.</source>
        <translation>Cancelado: no se guardó ninguna respuesta.</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>Escribiendo a %1…</translation>
    </message>
    <message>
        <source>The reply to %1 could not be written: %2</source>
        <translation>No se pudo escribir la respuesta a %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n reply(ies).</source>
        <translation>
            <numerusform>Se guardó %n respuesta.</numerusform>
            <numerusform>Se guardaron %n respuestas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::Rsit</name>
    <message>
        <source>Abusive Content</source>
        <translation>Contenido abusivo</translation>
    </message>
    <message>
        <source>Abusive Content.</source>
        <translation>Contenido abusivo.</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Or &apos;Unsolicited Bulk Email&apos;, this means that the recipient has not granted verifiable permission for the message to be sent and that the message is sent as part of a larger collection of messages, all having a functionally comparable content. This IOC refers to resources which make up spam infrastructure, for example, harvesters like address verification, URLs in spam emails, etc.</source>
        <translation>O «correo masivo no solicitado» (Unsolicited Bulk Email): significa que el destinatario no ha concedido un permiso verificable para que se le envíe el mensaje y que el mensaje se envía como parte de un conjunto mayor de mensajes, todos con un contenido funcionalmente comparable. Este IOC se refiere a recursos que forman la infraestructura de spam, por ejemplo, recolectores como la verificación de direcciones, URL en correos de spam, etc.</translation>
    </message>
    <message>
        <source>Harmful Speech</source>
        <translation>Discurso dañino</translation>
    </message>
    <message>
        <source>Bullying, harassment or discrimination of somebody, e.g., cyber stalking, racism or threats against one or more individuals.</source>
        <translation>Acoso, hostigamiento o discriminación de alguien, p. ej., ciberacoso, racismo o amenazas contra una o varias personas.</translation>
    </message>
    <message>
        <source>(Child) Sexual Exploitation/Sexual/Violent Content</source>
        <translation>Explotación sexual (infantil)/contenido sexual/violento</translation>
    </message>
    <message>
        <source>Child Sexual Exploitation (CSE), sexual content, glorification of violence, etc.</source>
        <translation>Explotación sexual infantil (CSE), contenido sexual, apología de la violencia, etc.</translation>
    </message>
    <message>
        <source>Malicious Code</source>
        <translation>Código malicioso</translation>
    </message>
    <message>
        <source>Software that is intentionally included or inserted in a system for a harmful purpose. A user interaction is normally necessary to activate the code.</source>
        <translation>Software incluido o insertado intencionadamente en un sistema con un fin dañino. Normalmente es necesaria una interacción del usuario para activar el código.</translation>
    </message>
    <message>
        <source>Infected System</source>
        <translation>Sistema infectado</translation>
    </message>
    <message>
        <source>System infected with malware, e.g., a PC, smartphone or server infected with a rootkit. Most often this refers to a connection to a sinkholed command and control server.</source>
        <translation>Sistema infectado con malware, p. ej., un PC, smartphone o servidor infectado con un rootkit. Casi siempre se refiere a una conexión a un servidor de mando y control redirigido a un sinkhole.</translation>
    </message>
    <message>
        <source>C2 Server</source>
        <translation>Servidor C2</translation>
    </message>
    <message>
        <source>Command and control server contacted by malware on infected systems.</source>
        <translation>Servidor de mando y control contactado por malware en sistemas infectados.</translation>
    </message>
    <message>
        <source>Malware Distribution</source>
        <translation>Distribución de malware</translation>
    </message>
    <message>
        <source>URI used for malware distribution, e.g., a download URL included in fake invoice malware spam or exploit kits (on websites).</source>
        <translation>URI usada para distribuir malware, p. ej., una URL de descarga incluida en spam con malware de facturas falsas o en kits de exploits (en sitios web).</translation>
    </message>
    <message>
        <source>Malware Configuration</source>
        <translation>Configuración de malware</translation>
    </message>
    <message>
        <source>URI hosting a malware configuration file, e.g., web injects for a banking trojan.</source>
        <translation>URI que aloja un archivo de configuración de malware, p. ej., inyecciones web para un troyano bancario.</translation>
    </message>
    <message>
        <source>Information Gathering</source>
        <translation>Recopilación de información</translation>
    </message>
    <message>
        <source>Information Gathering.</source>
        <translation>Recopilación de información.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Escaneo</translation>
    </message>
    <message>
        <source>Attacks that send requests to a system to discover weaknesses. This also includes testing processes to gather information on hosts, services and accounts. This includes fingerd, DNS querying, ICMP, SMTP (EXPN, RCPT, etc) port scanning.</source>
        <translation>Ataques que envían peticiones a un sistema para descubrir debilidades. Incluye también procesos de prueba para recopilar información sobre hosts, servicios y cuentas. Incluye fingerd, consultas DNS, ICMP, SMTP (EXPN, RCPT, etc.) y escaneo de puertos.</translation>
    </message>
    <message>
        <source>Sniffing</source>
        <translation>Sniffing</translation>
    </message>
    <message>
        <source>Observing and recording of network traffic (i.e. wiretapping).</source>
        <translation>Observación y registro del tráfico de red (es decir, escuchas).</translation>
    </message>
    <message>
        <source>Social Engineering</source>
        <translation>Ingeniería social</translation>
    </message>
    <message>
        <source>Gathering information from a human being in a non-technical way (e.g., using lies, tricks, bribes, or threats).</source>
        <translation>Obtención de información de una persona de forma no técnica (p. ej., mediante mentiras, engaños, sobornos o amenazas).</translation>
    </message>
    <message>
        <source>Intrusion Attempts</source>
        <translation>Intentos de intrusión</translation>
    </message>
    <message>
        <source>Intrusion Attempts.</source>
        <translation>Intentos de intrusión.</translation>
    </message>
    <message>
        <source>Exploitation of Known Vulnerabilities</source>
        <translation>Explotación de vulnerabilidades conocidas</translation>
    </message>
    <message>
        <source>An attempt to compromise a system or to disrupt any service by exploiting vulnerabilities with a standardised identifier such as CVE name (e.g., using a buffer overflow, backdoor, cross site scripting)</source>
        <translation>Un intento de comprometer un sistema o de interrumpir cualquier servicio explotando vulnerabilidades con un identificador estandarizado, como un nombre CVE (p. ej., mediante un desbordamiento de búfer, una puerta trasera o cross-site scripting)</translation>
    </message>
    <message>
        <source>Login Attempts</source>
        <translation>Intentos de inicio de sesión</translation>
    </message>
    <message>
        <source>Multiple brute-force login attempts (including guessing or cracking of passwords). This IOC refers to a resource, which has been observed to perform brute-force attacks over a given application protocol.</source>
        <translation>Múltiples intentos de inicio de sesión por fuerza bruta (incluida la adivinación o el descifrado de contraseñas). Este IOC se refiere a un recurso que se ha observado realizando ataques de fuerza bruta sobre un protocolo de aplicación determinado.</translation>
    </message>
    <message>
        <source>New Attack Signature</source>
        <translation>Nueva firma de ataque</translation>
    </message>
    <message>
        <source>An attack using an unknown exploit.</source>
        <translation>Un ataque que usa un exploit desconocido.</translation>
    </message>
    <message>
        <source>Intrusions</source>
        <translation>Intrusiones</translation>
    </message>
    <message>
        <source>A successful compromise of a system or application (service). This can have been caused remotely by a known or new vulnerability, but also by an unauthorised local access. Also includes being part of a botnet.</source>
        <translation>Un compromiso con éxito de un sistema o aplicación (servicio). Puede haberse causado de forma remota mediante una vulnerabilidad conocida o nueva, pero también mediante un acceso local no autorizado. Incluye también formar parte de una botnet.</translation>
    </message>
    <message>
        <source>Privileged Account Compromise</source>
        <translation>Compromiso de cuenta privilegiada</translation>
    </message>
    <message>
        <source>Compromise of a system where the attacker has gained administrative privileges.</source>
        <translation>Compromiso de un sistema en el que el atacante ha obtenido privilegios de administrador.</translation>
    </message>
    <message>
        <source>Unprivileged Account Compromise</source>
        <translation>Compromiso de cuenta sin privilegios</translation>
    </message>
    <message>
        <source>Compromise of a system using an unprivileged (user/service) account.</source>
        <translation>Compromiso de un sistema mediante una cuenta sin privilegios (de usuario/servicio).</translation>
    </message>
    <message>
        <source>Application Compromise</source>
        <translation>Compromiso de aplicación</translation>
    </message>
    <message>
        <source>Compromise of an application by exploiting (un)known software vulnerabilities, e.g., SQL injection.</source>
        <translation>Compromiso de una aplicación explotando vulnerabilidades de software (des)conocidas, p. ej., inyección SQL.</translation>
    </message>
    <message>
        <source>System Compromise</source>
        <translation>Compromiso de sistema</translation>
    </message>
    <message>
        <source>Compromise of a system, e.g., unauthorised logins or commands. This includes attempts to compromise honeypot systems.</source>
        <translation>Compromiso de un sistema, p. ej., inicios de sesión o comandos no autorizados. Incluye los intentos de comprometer sistemas honeypot.</translation>
    </message>
    <message>
        <source>Burglary</source>
        <translation>Robo con allanamiento</translation>
    </message>
    <message>
        <source>Physical intrusion, e.g., into a corporate building or data centre.</source>
        <translation>Intrusión física, p. ej., en un edificio corporativo o un centro de datos.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>By this kind of an attack a system is bombarded with so many packets that the operations are delayed or the system crashes. DoS examples are ICMP and SYN floods, Teardrop attacks and mail-bombing. DDoS often is based on DoS attacks originating from botnets, but also other scenarios exist like DNS Amplification attacks. However, the availability also can be affected by local actions (destruction, disruption of power supply, etc.) – or by Act of God, spontaneous failures or human error, without malice or gross neglect being involved.</source>
        <translation>En este tipo de ataque se bombardea un sistema con tantos paquetes que las operaciones se retrasan o el sistema se bloquea. Ejemplos de DoS son las inundaciones ICMP y SYN, los ataques Teardrop y el bombardeo de correo. Los DDoS suelen basarse en ataques DoS originados en botnets, pero existen también otros escenarios, como los ataques de amplificación DNS. Sin embargo, la disponibilidad también puede verse afectada por acciones locales (destrucción, interrupción del suministro eléctrico, etc.), o por causas de fuerza mayor, fallos espontáneos o errores humanos, sin que medie mala intención ni negligencia grave.</translation>
    </message>
    <message>
        <source>Denial of Service</source>
        <translation>Denegación de servicio</translation>
    </message>
    <message>
        <source>Denial of Service attack, e.g., sending specially crafted requests to a web application which causes the application to crash or slow down.</source>
        <translation>Ataque de denegación de servicio, p. ej., enviando peticiones especialmente diseñadas a una aplicación web que hacen que la aplicación se bloquee o se ralentice.</translation>
    </message>
    <message>
        <source>Distributed Denial of Service</source>
        <translation>Denegación de servicio distribuida</translation>
    </message>
    <message>
        <source>Distributed Denial of Service attack, e.g., SYN flood or UDP-based reflection/amplification attacks.</source>
        <translation>Ataque de denegación de servicio distribuida, p. ej., inundación SYN o ataques de reflexión/amplificación basados en UDP.</translation>
    </message>
    <message>
        <source>Misconfiguration</source>
        <translation>Configuración errónea</translation>
    </message>
    <message>
        <source>Software misconfiguration resulting in service availability issues, e.g., DNS server with outdated DNSSEC Root Zone KSK.</source>
        <translation>Configuración errónea del software que provoca problemas de disponibilidad del servicio, p. ej., un servidor DNS con una KSK de la zona raíz DNSSEC obsoleta.</translation>
    </message>
    <message>
        <source>Sabotage</source>
        <translation>Sabotaje</translation>
    </message>
    <message>
        <source>Intentional actions maliciously threatening to, attempting to or actually damaging a system or component with the aim of disrupting the availability of a service. These can happen both at logical and physical levels, from malicious firewall rules dropping all traffic, to wire-cutting, bomb threats or arson.</source>
        <translation>Acciones intencionadas que amenazan con dañar, intentan dañar o dañan de forma maliciosa un sistema o componente con el objetivo de interrumpir la disponibilidad de un servicio. Pueden darse tanto en el nivel lógico como en el físico, desde reglas de cortafuegos maliciosas que descartan todo el tráfico hasta el corte de cables, amenazas de bomba o incendios provocados.</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Interrupción</translation>
    </message>
    <message>
        <source>An outage caused, for example, by air conditioning failure or natural disaster.</source>
        <translation>Una interrupción causada, por ejemplo, por un fallo del aire acondicionado o un desastre natural.</translation>
    </message>
    <message>
        <source>Information Content Security</source>
        <translation>Seguridad del contenido de la información</translation>
    </message>
    <message>
        <source>Besides a local abuse of data and systems the information security can be endangered by a successful account or application compromise. Furthermore attacks are possible that intercept and access information during transmission (wiretapping, spoofing or hijacking). Human/configuration/software error can also be the cause.</source>
        <translation>Además de un abuso local de datos y sistemas, la seguridad de la información puede verse amenazada por un compromiso con éxito de una cuenta o aplicación. Además, son posibles ataques que interceptan la información y acceden a ella durante su transmisión (escuchas, suplantación o secuestro). También pueden ser la causa errores humanos, de configuración o de software.</translation>
    </message>
    <message>
        <source>Unauthorised Access to Information</source>
        <translation>Acceso no autorizado a la información</translation>
    </message>
    <message>
        <source>Unauthorised access to information, e.g., by abusing stolen login credentials for a system or application, intercepting traffic or gaining access to physical documents.</source>
        <translation>Acceso no autorizado a la información, p. ej., abusando de credenciales de inicio de sesión robadas de un sistema o aplicación, interceptando tráfico u obteniendo acceso a documentos físicos.</translation>
    </message>
    <message>
        <source>Unauthorised Modification of Information</source>
        <translation>Modificación no autorizada de la información</translation>
    </message>
    <message>
        <source>Unauthorised modification of information, e.g., by an attacker abusing stolen login credentials for a system or application, or ransomware encrypting data. Also includes defacements.</source>
        <translation>Modificación no autorizada de la información, p. ej., por un atacante que abusa de credenciales de inicio de sesión robadas de un sistema o aplicación, o por ransomware que cifra datos. Incluye también las desfiguraciones (defacements).</translation>
    </message>
    <message>
        <source>Data Loss</source>
        <translation>Pérdida de datos</translation>
    </message>
    <message>
        <source>Loss of data caused by, for example, hard disk failure or physical theft.</source>
        <translation>Pérdida de datos causada, por ejemplo, por un fallo del disco duro o un robo físico.</translation>
    </message>
    <message>
        <source>Leak of Confidential Information</source>
        <translation>Fuga de información confidencial</translation>
    </message>
    <message>
        <source>Leaked confidential information, e.g., credentials or personal data.</source>
        <translation>Información confidencial filtrada, p. ej., credenciales o datos personales.</translation>
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
        <translation>Uso no autorizado de recursos</translation>
    </message>
    <message>
        <source>Using resources for unauthorised purposes including profit-making ventures, e.g., the use of email to participate in illegal profit chain letters or pyramid schemes.</source>
        <translation>Uso de recursos con fines no autorizados, incluidas actividades con ánimo de lucro, p. ej., el uso del correo electrónico para participar en cadenas de cartas ilegales con fines de lucro o en esquemas piramidales.</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Derechos de autor</translation>
    </message>
    <message>
        <source>Offering or installing copies of unlicensed commercial software or other copyright protected materials (also known as Warez).</source>
        <translation>Ofrecer o instalar copias de software comercial sin licencia u otros materiales protegidos por derechos de autor (también conocido como Warez).</translation>
    </message>
    <message>
        <source>Masquerade</source>
        <translation>Suplantación</translation>
    </message>
    <message>
        <source>Type of attack in which one entity illegitimately impersonates the identity of another in order to benefit from it.</source>
        <translation>Tipo de ataque en el que una entidad suplanta ilegítimamente la identidad de otra para obtener un beneficio.</translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation>Phishing</translation>
    </message>
    <message>
        <source>Masquerading as another entity in order to persuade the user to reveal private credentials. This IOC most often refers to a URL, which is used to phish user credentials.</source>
        <translation>Hacerse pasar por otra entidad para persuadir al usuario de que revele credenciales privadas. Este IOC se refiere casi siempre a una URL que se usa para obtener credenciales de usuarios mediante phishing.</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Vulnerable</translation>
    </message>
    <message>
        <source>Open resolvers, world-readable printers, vulnerabilities apparent from scans, anti-virus signatures not up-to-date, etc.</source>
        <translation>Resolvedores abiertos, impresoras accesibles por todos, vulnerabilidades evidentes en escaneos, firmas antivirus no actualizadas, etc.</translation>
    </message>
    <message>
        <source>Weak Cryptography</source>
        <translation>Criptografía débil</translation>
    </message>
    <message>
        <source>Publicly accessible services offering weak cryptography, e.g., web servers susceptible to POODLE/FREAK attacks.</source>
        <translation>Servicios de acceso público que ofrecen criptografía débil, p. ej., servidores web vulnerables a ataques POODLE/FREAK.</translation>
    </message>
    <message>
        <source>DDoS Amplifier</source>
        <translation>Amplificador DDoS</translation>
    </message>
    <message>
        <source>Publicly accessible services that can be abused for conducting DDoS reflection/amplification attacks, e.g., DNS open-resolvers or NTP servers with monlist enabled.</source>
        <translation>Servicios de acceso público de los que se puede abusar para realizar ataques DDoS de reflexión/amplificación, p. ej., resolvedores DNS abiertos o servidores NTP con monlist activado.</translation>
    </message>
    <message>
        <source>Potentially Unwanted Accessible Services</source>
        <translation>Servicios accesibles potencialmente no deseados</translation>
    </message>
    <message>
        <source>Potentially unwanted publicly accessible services, e.g., Telnet, RDP or VNC.</source>
        <translation>Servicios de acceso público potencialmente no deseados, p. ej., Telnet, RDP o VNC.</translation>
    </message>
    <message>
        <source>Information Disclosure</source>
        <translation>Divulgación de información</translation>
    </message>
    <message>
        <source>Publicly accessible services potentially disclosing sensitive information, e.g., SNMP or Redis.</source>
        <translation>Servicios de acceso público que pueden divulgar información sensible, p. ej., SNMP o Redis.</translation>
    </message>
    <message>
        <source>Vulnerable System</source>
        <translation>Sistema vulnerable</translation>
    </message>
    <message>
        <source>A system which is vulnerable to certain attacks, e.g., misconfigured client proxy settings (such as WPAD), outdated operating system version, or cross-site scripting vulnerabilities.</source>
        <translation>Un sistema vulnerable a determinados ataques, p. ej., configuración de proxy de cliente errónea (como WPAD), versión obsoleta del sistema operativo o vulnerabilidades de cross-site scripting.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>All incidents which don&apos;t fit in one of the given categories should be put into this class. If the number of incidents in this category increases, it is an indicator that the classification scheme must be revised.</source>
        <translation>Todos los incidentes que no encajan en ninguna de las categorías dadas deben clasificarse en esta clase. Si aumenta el número de incidentes de esta categoría, es un indicio de que debe revisarse el esquema de clasificación.</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Sin categorizar</translation>
    </message>
    <message>
        <source>All incidents which don&apos;t fit in one of the given categories should be put into this class or the incident is not categorised.</source>
        <translation>Todos los incidentes que no encajan en ninguna de las categorías dadas deben clasificarse en esta clase, o bien el incidente no está categorizado.</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Indeterminado</translation>
    </message>
    <message>
        <source>The categorisation of the incident is unknown/undetermined.</source>
        <translation>La categorización del incidente es desconocida o indeterminada.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Meant for testing.</source>
        <translation>Destinado a pruebas.</translation>
    </message>
    <message>
        <source>An entry of the incident taxonomy is not a JSON object.</source>
        <translation>Una entrada de la taxonomía de incidentes no es un objeto JSON.</translation>
    </message>
    <message>
        <source>An entry of the incident taxonomy has no &quot;value&quot; text (its machine-tag key).</source>
        <translation>Una entrada de la taxonomía de incidentes no tiene texto «value» (su clave de machine tag).</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not allowed: use lower-case letters, digits and hyphens.</source>
        <translation>La clave «%1» no está permitida: use letras minúsculas, dígitos y guiones.</translation>
    </message>
    <message>
        <source>The display name (&quot;expanded&quot;) must be text.</source>
        <translation>El nombre visible («expanded») debe ser texto.</translation>
    </message>
    <message>
        <source>The description must be text.</source>
        <translation>La descripción debe ser texto.</translation>
    </message>
    <message>
        <source>The incident taxonomy has no &quot;%1&quot; list.</source>
        <translation>La taxonomía de incidentes no tiene ninguna lista «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the incident taxonomy must be a list.</source>
        <translation>«%1» en la taxonomía de incidentes debe ser una lista.</translation>
    </message>
    <message>
        <source>The incident taxonomy is not valid JSON: %1.</source>
        <translation>La taxonomía de incidentes no es JSON válido: %1.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>desplazamiento %1</translation>
    </message>
    <message>
        <source>The incident taxonomy must be a JSON object with &quot;predicates&quot; and &quot;values&quot;.</source>
        <translation>La taxonomía de incidentes debe ser un objeto JSON con «predicates» y «values».</translation>
    </message>
    <message>
        <source>The taxonomy&apos;s namespace is not &quot;%1&quot;.</source>
        <translation>El espacio de nombres de la taxonomía no es «%1».</translation>
    </message>
    <message>
        <source>The incident taxonomy lists no incident classes.</source>
        <translation>La taxonomía de incidentes no enumera ninguna clase de incidente.</translation>
    </message>
    <message>
        <source>The incident class &quot;%1&quot; is listed twice.</source>
        <translation>La clase de incidente «%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>Each item of &quot;values&quot; must be a JSON object with &quot;predicate&quot; and &quot;entry&quot;.</source>
        <translation>Cada elemento de «values» debe ser un objeto JSON con «predicate» y «entry».</translation>
    </message>
    <message>
        <source>Types are given without the &quot;predicate&quot; (incident class) they belong to.</source>
        <translation>Se indican tipos sin el «predicate» (clase de incidente) al que pertenecen.</translation>
    </message>
    <message>
        <source>Types are given for &quot;%1&quot;, which is not an incident class in &quot;predicates&quot;.</source>
        <translation>Se indican tipos para «%1», que no es una clase de incidente en «predicates».</translation>
    </message>
    <message>
        <source>The incident type &quot;%1&quot; is listed twice in the class &quot;%2&quot;.</source>
        <translation>El tipo de incidente «%1» aparece dos veces en la clase «%2».</translation>
    </message>
</context>
<context>
    <name>fb::SavedSearches</name>
    <message>
        <source>My active tickets</source>
        <translation>Mis tickets activos</translation>
    </message>
    <message>
        <source>TLP:RED</source>
        <translation>TLP:RED</translation>
    </message>
    <message>
        <source>My open tasks</source>
        <extracomment>A saved search: tickets with a task of mine still open.</extracomment>
        <translation>Mis tareas abiertas</translation>
    </message>
</context>
<context>
    <name>fb::SecurityTxt</name>
    <message>
        <source>The profile names no e-mail address (2.7) for the Contact field.</source>
        <translation>El perfil no indica ninguna dirección de correo electrónico (2.7) para el campo Contact.</translation>
    </message>
    <message>
        <source>Line %1 of the security.txt is neither a comment nor a “Field: value” line.</source>
        <translation>La línea %1 del security.txt no es ni un comentario ni una línea «Campo: valor».</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (línea %2)</translation>
    </message>
    <message>
        <source>“%1” is not an RFC 3339 date and time such as 2026-12-31T23:59:00Z.</source>
        <translation>«%1» no es una fecha y hora RFC 3339 como 2026-12-31T23:59:00Z.</translation>
    </message>
    <message>
        <source>The file expired on %1.</source>
        <translation>El archivo caducó el %1.</translation>
    </message>
    <message>
        <source>Expires (%1) is more than a year ahead; RFC 9116 asks for less.</source>
        <translation>Expires (%1) está a más de un año; RFC 9116 pide menos.</translation>
    </message>
    <message>
        <source>“%1” is not a URI.</source>
        <translation>«%1» no es un URI.</translation>
    </message>
    <message>
        <source>“%1” must use https, not http.</source>
        <translation>«%1» debe usar https, no http.</translation>
    </message>
    <message>
        <source>The canonical URI “%1” must be an https URL.</source>
        <translation>El URI canónico «%1» debe ser una URL https.</translation>
    </message>
    <message>
        <source>The Contact field is required.</source>
        <translation>El campo Contact es obligatorio.</translation>
    </message>
    <message>
        <source>The Expires field is required.</source>
        <translation>El campo Expires es obligatorio.</translation>
    </message>
    <message>
        <source>The Expires field must appear only once.</source>
        <translation>El campo Expires solo debe aparecer una vez.</translation>
    </message>
    <message>
        <source>The Preferred-Languages field must appear only once.</source>
        <translation>El campo Preferred-Languages solo debe aparecer una vez.</translation>
    </message>
</context>
<context>
    <name>fb::SessionCommands</name>
    <message>
        <source>Ask for the passphrase once, check that it opens the workspace, and keep the key derived from it (never the passphrase) in the kernel keyring of this login session for DURATION. Until then, or until lock, later commands of the same user on the same workspace file open it without asking and without the slow key derivation. The key is never written to the disk; the user&apos;s other processes and root can read it while it is kept. A passphrase change forgets it; --no-session ignores it.</source>
        <translation>Pide la frase de contraseña una vez, comprueba que abre el espacio de trabajo y guarda la clave derivada de ella (nunca la frase de contraseña) en el anillo de claves del kernel de esta sesión de inicio durante DURACIÓN. Hasta entonces, o hasta lock, los comandos posteriores del mismo usuario sobre el mismo archivo de espacio de trabajo lo abren sin preguntar y sin la lenta derivación de la clave. La clave nunca se escribe en el disco; los demás procesos del usuario y root pueden leerla mientras se guarda. Un cambio de frase de contraseña la olvida; --no-session la ignora.</translation>
    </message>
    <message>
        <source>Keep the key for DURATION: 30s, 15m, 2h... (default 15m, at most 12h).</source>
        <translation>Guarda la clave durante DURACIÓN: 30s, 15m, 2h... (predeterminado 15m, como máximo 12h).</translation>
    </message>
    <message>
        <source>Unlocked %1 until %2; lock forgets the key sooner.</source>
        <translation>%1 desbloqueado hasta %2; lock olvida la clave antes.</translation>
    </message>
    <message>
        <source>Forget the key that unlock kept for the workspace, so that the next command asks for the passphrase again; with --all, the keys of every workspace. Forgetting when nothing is kept is not an error.</source>
        <translation>Olvida la clave que unlock guardó para el espacio de trabajo, de modo que el siguiente comando vuelva a pedir la frase de contraseña; con --all, las claves de todos los espacios de trabajo. Olvidar cuando no hay nada guardado no es un error.</translation>
    </message>
    <message>
        <source>Forget the kept keys of every workspace.</source>
        <translation>Olvida las claves guardadas de todos los espacios de trabajo.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n kept workspace key(s).</source>
        <translation>
            <numerusform>Se olvidó %n clave guardada de espacio de trabajo.</numerusform>
            <numerusform>Se olvidaron %n claves guardadas de espacios de trabajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked %1: its key is forgotten.</source>
        <translation>%1 bloqueado: su clave se ha olvidado.</translation>
    </message>
    <message>
        <source>No key was kept for %1.</source>
        <translation>No había ninguna clave guardada para %1.</translation>
    </message>
</context>
<context>
    <name>fb::SettingKeys</name>
    <message>
        <source>Our team: the directory entry that names us in mail, profiles and advisories (id, UUID or name; none to clear)</source>
        <translation>Nuestro equipo: la entrada del directorio que nos nombra en correos, perfiles y avisos (id, UUID o nombre; none para borrarla)</translation>
    </message>
    <message>
        <source>The fingerprint of the team key that signs and decrypts (auto: the first key of our team)</source>
        <translation>La huella digital de la clave del equipo que firma y descifra (auto: la primera clave de nuestro equipo)</translation>
    </message>
    <message>
        <source>The tag in mail subjects, [TAG #123]</source>
        <translation>La etiqueta en los asuntos de correo, [TAG #123]</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity critical</source>
        <translation>Minutos hasta la primera respuesta, gravedad crítica</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity critical</source>
        <translation>Minutos hasta la resolución, gravedad crítica</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity high</source>
        <translation>Minutos hasta la primera respuesta, gravedad alta</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity high</source>
        <translation>Minutos hasta la resolución, gravedad alta</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity medium</source>
        <translation>Minutos hasta la primera respuesta, gravedad media</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity medium</source>
        <translation>Minutos hasta la resolución, gravedad media</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity low</source>
        <translation>Minutos hasta la primera respuesta, gravedad baja</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity low</source>
        <translation>Minutos hasta la resolución, gravedad baja</translation>
    </message>
    <message>
        <source>Directory entries not verified for this many days are stale</source>
        <translation>Las entradas del directorio no verificadas durante este número de días están desactualizadas</translation>
    </message>
    <message>
        <source>This computer: lock the GUI after this many idle minutes (0: never)</source>
        <translation>Este ordenador: bloquea la interfaz gráfica tras estos minutos de inactividad (0: nunca)</translation>
    </message>
    <message>
        <source>This computer: the language of the program (empty: the system&apos;s)</source>
        <translation>Este ordenador: el idioma del programa (vacío: el del sistema)</translation>
    </message>
    <message>
        <source>%1 takes a whole number; not “%2”.</source>
        <translation>%1 admite un número entero; no «%2».</translation>
    </message>
    <message>
        <source>There is no setting “%1”.</source>
        <translation>No existe el ajuste «%1».</translation>
    </message>
    <message>
        <source>Replies written in the composer quote the message they answer (yes or no)</source>
        <translation>Las respuestas escritas en el redactor citan el mensaje al que responden (yes o no)</translation>
    </message>
    <message>
        <source>%1 takes yes or no; not “%2”.</source>
        <translation>%1 admite yes o no; no «%2».</translation>
    </message>
</context>
<context>
    <name>fb::SettingsCommands</name>
    <message>
        <source>(automatic: our team has no key)</source>
        <translation>(automática: nuestro equipo no tiene clave)</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (automática)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(sistema)</translation>
    </message>
    <message>
        <source>There is no setting “%1”; see %2 settings list.</source>
        <translation>No existe el ajuste «%1»; consulte %2 settings list.</translation>
    </message>
    <message>
        <source>Show every setting of the Settings page: the workspace&apos;s (our team, signing key, subject tag, SLA times, stale threshold) and this computer&apos;s (auto-lock, language).</source>
        <translation>Muestra todos los ajustes de la página Configuración: los del espacio de trabajo (nuestro equipo, clave de firma, etiqueta de asunto, tiempos del SLA, umbral de desactualización) y los de este ordenador (bloqueo automático, idioma).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ÁMBITO</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPCIÓN</translation>
    </message>
    <message>
        <source>A setting, as settings list names it.</source>
        <translation>Un ajuste, tal como lo nombra settings list.</translation>
    </message>
    <message>
        <source>Show one setting&apos;s value: the value alone (empty when unset), or with --json an object with key, value, scope and description.</source>
        <translation>Muestra el valor de un ajuste: el valor solo (vacío si no está definido) o, con --json, un objeto con key, value, scope y description.</translation>
    </message>
    <message>
        <source>Its new value; more KEY VALUE pairs may follow.</source>
        <translation>Su nuevo valor; pueden seguir más pares CLAVE VALOR.</translation>
    </message>
    <message>
        <source>Change settings as the GUI&apos;s Settings page does, checked by the same rules: all pairs are saved together or none is. Times are whole minutes; team takes an id, UUID or name (none clears it); signing-key a full fingerprint (auto: the first key of our team); language a code (system: the system&apos;s).</source>
        <translation>Cambia ajustes como lo hace la página Configuración de la interfaz gráfica, comprobados con las mismas reglas: se guardan todos los pares juntos o ninguno. Los tiempos son minutos enteros; team admite un id, UUID o nombre (none lo borra); signing-key una huella digital completa (auto: la primera clave de nuestro equipo); language un código (system: el del sistema).</translation>
    </message>
    <message>
        <source>settings set takes KEY VALUE pairs; “%1” has no value.</source>
        <translation>settings set admite pares CLAVE VALOR; «%1» no tiene valor.</translation>
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
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Este espacio de trabajo</translation>
    </message>
    <message>
        <source>The directory entry that is us: it names the team in mail, profiles and advisories.</source>
        <translation>La entrada del directorio que somos nosotros: nombra al equipo en el correo, los perfiles y los avisos.</translation>
    </message>
    <message>
        <source>Our &amp;team:</source>
        <translation>Nuestro &amp;equipo:</translation>
    </message>
    <message>
        <source>The fingerprint of the team key that signs and decrypts for the team. Empty: the first key linked to our directory entry.</source>
        <translation>La huella digital de la clave del equipo que firma y descifra para el equipo. Vacío: la primera clave vinculada a nuestra entrada del directorio.</translation>
    </message>
    <message>
        <source>Automatic: the first key linked to our team</source>
        <translation>Automática: la primera clave vinculada a nuestro equipo</translation>
    </message>
    <message>
        <source>Team signing &amp;key:</source>
        <translation>&amp;Clave de firma del equipo:</translation>
    </message>
    <message>
        <source>e.g. CERT-XX</source>
        <translation>p. ej. CERT-XX</translation>
    </message>
    <message>
        <source>Mail subjects carry it with the ticket number, e.g. [CERT-XX #123].</source>
        <translation>Los asuntos del correo la llevan con el número de ticket, p. ej. [CERT-XX #123].</translation>
    </message>
    <message>
        <source>Mail subject ta&amp;g:</source>
        <translation>Eti&amp;queta del asunto del correo:</translation>
    </message>
    <message>
        <source>SLA policy:</source>
        <translation>Política de SLA:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Directory entries not verified for this long are marked stale.</source>
        <translation>Las entradas del directorio no verificadas durante este tiempo se marcan como desactualizadas.</translation>
    </message>
    <message>
        <source>Directory entries are stal&amp;e after:</source>
        <translation>Las entradas del directorio se desactuali&amp;zan tras:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este ordenador</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock the workspace after this many idle minutes (0: never).</source>
        <translation>Bloquea el espacio de trabajo tras estos minutos de inactividad (0: nunca).</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after:</source>
        <translation>&amp;Bloqueo automático tras:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>A new language takes effect when Firebreak is started again.</source>
        <translation>Un idioma nuevo se aplica cuando Firebreak se inicia de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Sin elegir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No hay ningún espacio de trabajo abierto.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>No se guardó nada: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <source>&amp;Quote the answered message in replies</source>
        <translation>Cit&amp;ar el mensaje respondido en las respuestas</translation>
    </message>
    <message>
        <source>A reply written in the composer starts with the text of the message it answers below the template, each line behind “&gt; ”.</source>
        <translation>Una respuesta escrita en el redactor empieza con el texto del mensaje al que responde, debajo de la plantilla, con cada línea precedida de «&gt; ».</translation>
    </message>
    <message>
        <source>Run &amp;first-run guide…</source>
        <translation>Ejecutar la guía de &amp;primeros pasos…</translation>
    </message>
    <message>
        <source>Our team, our key and the SLA policy, step by step.</source>
        <translation>Nuestro equipo, nuestra clave y la política de SLA, paso a paso.</translation>
    </message>
</context>
<context>
    <name>fb::SharedStatistics</name>
    <message>
        <source>The statistics export was cancelled.</source>
        <translation>Se canceló la exportación de estadísticas.</translation>
    </message>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation>El periodo necesita un primer día igual o anterior a su último día.</translation>
    </message>
    <message>
        <source>The threshold k must be at least %1: with k = %2 a cell of a single incident would be published.</source>
        <translation>El umbral k debe ser al menos %1: con k = %2 se publicaría una celda de un solo incidente.</translation>
    </message>
    <message>
        <source>Reading the directory…</source>
        <translation>Leyendo el directorio…</translation>
    </message>
    <message>
        <source>Counting incidents…</source>
        <translation>Contando incidentes…</translation>
    </message>
    <message>
        <source>Suppressing small counts…</source>
        <translation>Suprimiendo recuentos pequeños…</translation>
    </message>
    <message>
        <source>Counted.</source>
        <translation>Recuento completado.</translation>
    </message>
    <message>
        <source>The statistics are written as csv or json.</source>
        <translation>Las estadísticas se escriben como csv o json.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Every cell with a count above 0 and below k = %1 is suppressed: its count is left out and the cell is marked suppressed. Cells not listed are zero. No totals or subtotals are published, so a suppressed cell cannot be recomputed from them.</source>
        <translation>Se suprime toda celda con un recuento mayor que 0 y menor que k = %1: su recuento se omite y la celda se marca como suprimida. Las celdas no enumeradas son cero. No se publican totales ni subtotales, de modo que una celda suprimida no puede recalcularse a partir de ellos.</translation>
    </message>
    <message>
        <source>Incidents (not reports, investigations or countermeasures; merged incidents left out) by the UTC month they were created in, their RSIT class and type, and the sector or country of their constituency as the directory records it.</source>
        <translation>Incidentes (no notificaciones, investigaciones ni contramedidas; se omiten los incidentes fusionados) por el mes UTC en que se crearon, su clase y tipo RSIT, y el sector o país de su comunidad atendida según lo registra el directorio.</translation>
    </message>
</context>
<context>
    <name>fb::Shortcuts</name>
    <message>
        <source>Everywhere in the window</source>
        <translation>En cualquier parte de la ventana</translation>
    </message>
    <message>
        <source>Pages of the navigation</source>
        <translation>Páginas de la navegación</translation>
    </message>
    <message>
        <source>The shown ticket</source>
        <translation>El ticket mostrado</translation>
    </message>
    <message>
        <source>Triage (single keys, while the triage page has the focus)</source>
        <translation>Triaje (teclas sueltas, mientras la página de triaje tiene el foco)</translation>
    </message>
    <message>
        <source>New ticket (kind, title, TLP, class, incident)</source>
        <translation>Nuevo ticket (tipo, título, TLP, clase, incidente)</translation>
    </message>
    <message>
        <source>Import mail files</source>
        <translation>Importar archivos de correo</translation>
    </message>
    <message>
        <source>Search box (free words; ip:, domain:, cve:, owner:me, tlp:, state: …)</source>
        <translation>Cuadro de búsqueda (palabras libres; ip:, domain:, cve:, owner:me, tlp:, state: …)</translation>
    </message>
    <message>
        <source>Go to a ticket: its number in the search box, then Enter</source>
        <translation>Ir a un ticket: su número en el cuadro de búsqueda y luego Intro</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Triage new reports</source>
        <translation>Triaje de notificaciones nuevas</translation>
    </message>
    <message>
        <source>Lock the workspace</source>
        <translation>Bloquear el espacio de trabajo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (this list)</source>
        <translation>Atajos de teclado (esta lista)</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <source>Take the shown ticket (you become its owner)</source>
        <translation>Tomar el ticket mostrado (pasa a ser su responsable)</translation>
    </message>
    <message>
        <source>Write mail from the shown ticket (reply or notification)</source>
        <translation>Escribir correo desde el ticket mostrado (respuesta o notificación)</translation>
    </message>
    <message>
        <source>Add the comment being written to the ticket&apos;s worklog (in the comment box)</source>
        <translation>Añadir el comentario que se está escribiendo al registro de trabajo del ticket (en el cuadro de comentario)</translation>
    </message>
    <message>
        <source>Mark the shown ticket %1 (%2)</source>
        <translation>Marcar el ticket mostrado como %1 (%2)</translation>
    </message>
    <message>
        <source>New incident from this report (asks its title; copies class, TLP, severity, observables; links the report)</source>
        <translation>Nuevo incidente a partir de esta notificación (pide su título; copia clase, TLP, gravedad y observables; vincula la notificación)</translation>
    </message>
    <message>
        <source>Link to an existing incident (type to search, Enter links, Esc goes back)</source>
        <translation>Vincular a un incidente existente (escriba para buscar, Intro vincula, Esc vuelve)</translation>
    </message>
    <message>
        <source>Reject the report (asks why)</source>
        <translation>Rechazar la notificación (pide el motivo)</translation>
    </message>
    <message>
        <source>Next report</source>
        <translation>Notificación siguiente</translation>
    </message>
    <message>
        <source>Previous report</source>
        <translation>Notificación anterior</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Gravedad: %1</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Clase: %1</translation>
    </message>
    <message>
        <source>Undo the last decision</source>
        <translation>Deshacer la última decisión</translation>
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
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter: a key or a word</source>
        <translation>Filtro: una tecla o una palabra</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>fb::SignatureText</name>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <extracomment>the key that made a signature is not in the keyring</extracomment>
        <translation>Firmante desconocido</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Valid, key not trusted</source>
        <translation>Válida, clave no fiable</translation>
    </message>
    <message>
        <source>Key expired</source>
        <translation>Clave caducada</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Clave revocada</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Firma incorrecta</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>un firmante desconocido</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>The data is not signed.</source>
        <translation>Los datos no están firmados.</translation>
    </message>
    <message>
        <source>Signed on %1 with the key %2, which is not in the keyring, so the signature cannot be checked.</source>
        <translation>Firmado el %1 con la clave %2, que no está en el anillo de claves, así que no se puede comprobar la firma.</translation>
    </message>
    <message>
        <source>Valid signature by %1 (key %2) made on %3.</source>
        <translation>Firma válida de %1 (clave %2) realizada el %3.</translation>
    </message>
    <message>
        <source>Valid signature by %1 (key %2) made on %3, but the key is not among the trusted keys, so it may not belong to %1.</source>
        <translation>Firma válida de %1 (clave %2) realizada el %3, pero la clave no está entre las claves de confianza, así que puede que no pertenezca a %1.</translation>
    </message>
    <message>
        <source>Signature by %1 (key %2) made on %3 with a key that has expired.</source>
        <translation>Firma de %1 (clave %2) realizada el %3 con una clave que ha caducado.</translation>
    </message>
    <message>
        <source>Signature by %1 (key %2) made on %3 with a key that its owner has revoked.</source>
        <translation>Firma de %1 (clave %2) realizada el %3 con una clave que su titular ha revocado.</translation>
    </message>
    <message>
        <source>Bad signature by %1 (key %2): the data was changed after it was signed, or the signature is forged.</source>
        <translation>Firma incorrecta de %1 (clave %2): los datos se modificaron después de firmarse, o la firma está falsificada.</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>No se pudo comprobar la firma.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1.</source>
        <translation>No se pudo comprobar la firma: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The data carries %n signatures; this is the worst of them.</source>
        <translation>
            <numerusform>Los datos llevan %n firma; esta es la peor de ellas.</numerusform>
            <numerusform>Los datos llevan %n firmas; esta es la peor de ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the sender to sign it, or confirm the content through another channel.</source>
        <translation>Pida al remitente que lo firme, o confirme el contenido por otro canal.</translation>
    </message>
    <message>
        <source>Import the signer&apos;s public key into the workspace keyring (Import key…), compare its fingerprint with the sender through another channel, then verify again.</source>
        <translation>Importe la clave pública del firmante al anillo de claves del espacio de trabajo (Importar clave…), compare su huella digital con el remitente por otro canal y vuelva a verificar.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>No hay nada que hacer.</translation>
    </message>
    <message>
        <source>Compare the key&apos;s fingerprint with the sender through another channel, then add the key to the workspace keyring.</source>
        <translation>Compare la huella digital de la clave con el remitente por otro canal y añada después la clave al anillo de claves del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Ask the sender for their current key and, if it matters, a new signature.</source>
        <translation>Pida al remitente su clave vigente y, si es importante, una nueva firma.</translation>
    </message>
    <message>
        <source>Do not rely on this content. Ask the sender, through another channel, for their new key and a new signature.</source>
        <translation>No confíe en este contenido. Pida al remitente, por otro canal, su nueva clave y una nueva firma.</translation>
    </message>
    <message>
        <source>Do not rely on this content. Get the original again from the sender and verify it again.</source>
        <translation>No confíe en este contenido. Vuelva a obtener el original del remitente y verifíquelo de nuevo.</translation>
    </message>
    <message>
        <source>Check that GnuPG is installed and working, then try again.</source>
        <translation>Compruebe que GnuPG está instalado y funciona y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Signature expired</source>
        <extracomment>a good signature whose validity period, set by the signer, is over</extracomment>
        <translation>Firma caducada</translation>
    </message>
    <message>
        <source>Valid signature by %1 (key %2) made on %3, but the signature itself has expired: its signer limited how long it is valid.</source>
        <translation>Firma válida de %1 (clave %2) realizada el %3, pero la propia firma ha caducado: su firmante limitó su periodo de validez.</translation>
    </message>
    <message>
        <source>Ask the sender for a fresh signature if the content still matters.</source>
        <translation>Pida al remitente una nueva firma si el contenido sigue siendo importante.</translation>
    </message>
</context>
<context>
    <name>fb::SingleInstance</name>
    <message>
        <source>Another Firebreak is running.</source>
        <translation>Ya hay otra instancia de Firebreak en ejecución.</translation>
    </message>
</context>
<context>
    <name>fb::SlaCommands</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
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
        <translation>GRAVEDAD</translation>
    </message>
    <message>
        <source>RESPONSE</source>
        <translation>RESPUESTA</translation>
    </message>
    <message>
        <source>RESOLVE</source>
        <translation>RESOLUCIÓN</translation>
    </message>
    <message>
        <source>Show the time to first response and to resolution for each severity. Times are calendar time, round the clock.</source>
        <translation>Muestra el tiempo hasta la primera respuesta y hasta la resolución para cada gravedad. Los tiempos son de calendario, las 24 horas.</translation>
    </message>
    <message>
        <source>1-4 or critical, high, medium, low.</source>
        <translation>1-4 o critical, high, medium, low.</translation>
    </message>
    <message>
        <source>Time to first response, in minutes.</source>
        <translation>Tiempo hasta la primera respuesta, en minutos.</translation>
    </message>
    <message>
        <source>Time to resolution, in minutes.</source>
        <translation>Tiempo hasta la resolución, en minutos.</translation>
    </message>
    <message>
        <source>Change the times of one severity. Due dates of new tickets, and of tickets whose severity changes, follow the new times.</source>
        <translation>Modifica los tiempos de una gravedad. Las fechas límite de los tickets nuevos, y de los tickets cuya gravedad cambie, siguen los nuevos tiempos.</translation>
    </message>
    <message>
        <source>Severity must be 1 to 4 or critical, high, medium, low; not &apos;%1&apos;.</source>
        <translation>La gravedad debe ser de 1 a 4 o critical, high, medium, low; no «%1».</translation>
    </message>
    <message>
        <source>SLA times are whole numbers of minutes above zero.</source>
        <translation>Los tiempos del SLA son números enteros de minutos mayores que cero.</translation>
    </message>
    <message>
        <source>The time to resolution cannot be shorter than the time to response.</source>
        <translation>El tiempo hasta la resolución no puede ser menor que el tiempo hasta la respuesta.</translation>
    </message>
</context>
<context>
    <name>fb::SlaPolicy</name>
    <message>
        <source>No due date</source>
        <translation>Sin fecha límite</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Incumplido</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
</context>
<context>
    <name>fb::SlaPolicyEditor</name>
    <message>
        <source>First response (hours)</source>
        <translation>Primera respuesta (horas)</translation>
    </message>
    <message>
        <source>Resolution (hours)</source>
        <translation>Resolución (horas)</translation>
    </message>
    <message>
        <source>First response for %1, hours</source>
        <translation>Primera respuesta para %1, horas</translation>
    </message>
    <message>
        <source>Resolution for %1, hours</source>
        <translation>Resolución para %1, horas</translation>
    </message>
    <message>
        <source>Applies to tickets created or re-rated from now on; existing due dates stay.</source>
        <translation>Se aplica a los tickets creados o cuya gravedad cambie a partir de ahora; las fechas límite existentes se mantienen.</translation>
    </message>
</context>
<context>
    <name>fb::SlaPolicyStore</name>
    <message>
        <source>SLA times must be positive (severity %1).</source>
        <translation>Los tiempos del SLA deben ser positivos (gravedad %1).</translation>
    </message>
</context>
<context>
    <name>fb::SqliteTicketRepository</name>
    <message>
        <source>There is no ticket %1.</source>
        <translation>No existe el ticket %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is not linked to incident %2.</source>
        <translation>El ticket %1 no está vinculado al incidente %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address or network.</source>
        <translation>«%1» no es una dirección IP ni una red.</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>No existe la tarea %1.</translation>
    </message>
    <message>
        <source>There is no playbook &apos;%1&apos;.</source>
        <translation>No existe el playbook «%1».</translation>
    </message>
    <message>
        <source>There is no evidence %1.</source>
        <translation>No existe la evidencia %1.</translation>
    </message>
    <message>
        <source>There is no timeline event %1.</source>
        <translation>No existe el evento de cronología %1.</translation>
    </message>
</context>
<context>
    <name>fb::StartDialog</name>
    <message>
        <source>Firebreak: open a workspace</source>
        <translation>Firebreak: abrir un espacio de trabajo</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>Derivando la clave…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Workspace file:</source>
        <translation>Archivo del espacio de trabajo:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open demo workspace</source>
        <translation>Abrir el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Firebreak workspaces (*.firebreak)</source>
        <translation>Espacios de trabajo de Firebreak (*.firebreak)</translation>
    </message>
    <message>
        <source>A workspace is one encrypted file. Its passphrase cannot be recovered: keep it somewhere safe.</source>
        <translation>Un espacio de trabajo es un único archivo cifrado. Su frase de contraseña no se puede recuperar: guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>New file:</source>
        <translation>Archivo nuevo:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Choose a workspace file first.</source>
        <translation>Elija primero un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>There is no workspace file at %1.</source>
        <translation>No hay ningún archivo de espacio de trabajo en %1.</translation>
    </message>
    <message>
        <source>Enter the workspace&apos;s passphrase.</source>
        <translation>Introduzca la frase de contraseña del espacio de trabajo.</translation>
    </message>
    <message>
        <source>The demo workspace is not available in this build yet: its demo data generator has not landed.</source>
        <translation>El espacio de trabajo de demostración aún no está disponible en esta compilación: su generador de datos de demostración no se ha incorporado.</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Creando el espacio de trabajo de demostración…</translation>
    </message>
    <message>
        <source>Choose where the new workspace file goes.</source>
        <translation>Elija dónde se guarda el nuevo archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>Creando el espacio de trabajo…</translation>
    </message>
    <message>
        <source>Wrong passphrase for this workspace. Try again.</source>
        <translation>Frase de contraseña incorrecta para este espacio de trabajo. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>fb::StatisticsExportDialog</name>
    <message>
        <source>Shareable statistics</source>
        <translation>Estadísticas para compartir</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Counts from 1 to k-1 are suppressed.</source>
        <translation>Se suprimen los recuentos de 1 a k-1.</translation>
    </message>
    <message>
        <source>Threshold &amp;k:</source>
        <translation>Umbral &amp;k:</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Por:</translation>
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
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>C&amp;ancel export</source>
        <translation>C&amp;ancelar exportación</translation>
    </message>
    <message>
        <source>Writing the statistics…</source>
        <translation>Escribiendo las estadísticas…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>RSIT class</source>
        <translation>Clase RSIT</translation>
    </message>
    <message>
        <source>RSIT type</source>
        <translation>Tipo RSIT</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>suppressed (&lt; %1)</source>
        <translation>suprimido (&lt; %1)</translation>
    </message>
    <message>
        <source>Between 1 and %1 incidents: left out of the file.</source>
        <translation>Entre 1 y %1 incidentes: se omite del archivo.</translation>
    </message>
    <message>
        <source>No incidents in this period: the file will list no cells.</source>
        <translation>No hay incidentes en este periodo: el archivo no enumerará ninguna celda.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s), of which %1 suppressed. No totals are written.</source>
        <translation>
            <numerusform>%n celda; suprimidas: %1. No se escriben totales.</numerusform>
            <numerusform>%n celdas; suprimidas: %1. No se escriben totales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Guardar las estadísticas</translation>
    </message>
    <message>
        <source>The statistics export was cancelled.</source>
        <translation>Se canceló la exportación de estadísticas.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>Statistics written to %1.</source>
        <translation>Estadísticas escritas en %1.</translation>
    </message>
</context>
<context>
    <name>fb::StatsCommands</name>
    <message>
        <source>Write the number of incidents per RSIT class, RSIT type, month and constituency sector or country for a period, for publication or for a national team. No observables, titles, ticket numbers or constituency names are written. Every count from 1 to k-1 is suppressed (left out and marked), and no totals are written, so a suppressed count cannot be recomputed. The file states the threshold, the rule, the period, the generator and when it was made. Sector and country come from the directory team whose host organisation, official name or short name is the ticket&apos;s constituency.</source>
        <translation>Escribe el número de incidentes por clase RSIT, tipo RSIT, mes y sector o país de la comunidad atendida para un periodo, para su publicación o para un equipo nacional. No se escriben observables, títulos, números de ticket ni nombres de comunidades atendidas. Todo recuento de 1 a k-1 se suprime (se omite y se marca), y no se escriben totales, de modo que un recuento suprimido no puede recalcularse. El archivo indica el umbral, la regla, el periodo, el generador y cuándo se creó. El sector y el país proceden del equipo del directorio cuya organización anfitriona, nombre oficial o nombre corto es la comunidad atendida del ticket.</translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD, UTC).</source>
        <translation>El primer día del periodo (AAAA-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>The last day of the period (YYYY-MM-DD, UTC), included.</source>
        <translation>El último día del periodo (AAAA-MM-DD, UTC), incluido.</translation>
    </message>
    <message>
        <source>The threshold: counts below it are suppressed (default 5, at least 2).</source>
        <translation>El umbral: los recuentos por debajo de él se suprimen (predeterminado 5, como mínimo 2).</translation>
    </message>
    <message>
        <source>sector (default) or country.</source>
        <translation>sector (predeterminado) o country.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv o json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribe en ARCHIVO en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Reemplaza un archivo de salida existente.</translation>
    </message>
    <message>
        <source>Give --k as a whole number (at least 2).</source>
        <translation>Indique --k como número entero (como mínimo 2).</translation>
    </message>
    <message>
        <source>Give --by sector or country.</source>
        <translation>Indique --by sector o country.</translation>
    </message>
    <message>
        <source>Give --format csv or json.</source>
        <translation>Indique --format csv o json.</translation>
    </message>
    <message numerus="yes">
        <source>Statistics written to %1: %n cell(s), of which %2 suppressed.</source>
        <translation>
            <numerusform>Estadísticas escritas en %1: %n celda; suprimidas: %2.</numerusform>
            <numerusform>Estadísticas escritas en %1: %n celdas; suprimidas: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --%1 YYYY-MM-DD.</source>
        <translation>Indique --%1 AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--%1 is not a date of the form YYYY-MM-DD.</source>
        <translation>--%1 no es una fecha con el formato AAAA-MM-DD.</translation>
    </message>
</context>
<context>
    <name>fb::TagStore</name>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Una etiqueta no puede estar vacía.</translation>
    </message>
    <message>
        <source>Ticket %1 has no tag &apos;%2&apos;.</source>
        <translation>El ticket %1 no tiene la etiqueta «%2».</translation>
    </message>
</context>
<context>
    <name>fb::TaskCommands</name>
    <message>
        <source>&apos;%1&apos; is not a due date: give an ISO 8601 time (2026-05-01T17:00:00Z), an offset from now (30m, 4h, 2d) or none.</source>
        <translation>«%1» no es una fecha límite: indique una hora ISO 8601 (2026-05-01T17:00:00Z), un plazo desde ahora (30m, 4h, 2d) o none.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task number.</source>
        <translation>«%1» no es un número de tarea.</translation>
    </message>
    <message>
        <source>The task number (see task list).</source>
        <translation>El número de la tarea (consulte task list).</translation>
    </message>
    <message>
        <source>Add a task to a ticket by hand, with an owner and a due date if given.</source>
        <translation>Añade a mano una tarea a un ticket, con un responsable y una fecha límite si se indican.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>El número del ticket.</translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation>Qué hay que hacer.</translation>
    </message>
    <message>
        <source>More about the task.</source>
        <translation>Más información sobre la tarea.</translation>
    </message>
    <message>
        <source>Who does it.</source>
        <translation>Quién la hace.</translation>
    </message>
    <message>
        <source>When it is due: an ISO 8601 time or an offset from now (4h, 2d).</source>
        <translation>Cuándo vence: una hora ISO 8601 o un plazo desde ahora (4h, 2d).</translation>
    </message>
    <message>
        <source>Ticket #%1: task %2 added.</source>
        <translation>Ticket #%1: tarea %2 añadida.</translation>
    </message>
    <message>
        <source>List the tasks of a ticket with its progress, or tasks across tickets: --mine for your open tasks, --owner, --open, --overdue.</source>
        <translation>Enumera las tareas de un ticket con su progreso, o tareas de todos los tickets: --mine para sus tareas abiertas, --owner, --open, --overdue.</translation>
    </message>
    <message>
        <source>The ticket number; all tickets when not given.</source>
        <translation>El número del ticket; todos los tickets si no se indica.</translation>
    </message>
    <message>
        <source>Only your own open tasks (FIREBREAK_ACTOR or the user name).</source>
        <translation>Solo sus propias tareas abiertas (FIREBREAK_ACTOR o el nombre de usuario).</translation>
    </message>
    <message>
        <source>Only tasks of this owner.</source>
        <translation>Solo tareas de este responsable.</translation>
    </message>
    <message>
        <source>Only open tasks.</source>
        <translation>Solo tareas abiertas.</translation>
    </message>
    <message>
        <source>Only open tasks whose due date has passed.</source>
        <translation>Solo tareas abiertas cuya fecha límite ya ha pasado.</translation>
    </message>
    <message>
        <source>At most N tasks (default 1000).</source>
        <translation>Como máximo N tareas (predeterminado: 1000).</translation>
    </message>
    <message>
        <source>Give --mine or --owner, not both.</source>
        <translation>Indique --mine o --owner, no ambos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of tasks.</source>
        <translation>«%1» no es un número de tareas.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>Ticket #%1: %2</translation>
    </message>
    <message>
        <source>Task %1: %2.</source>
        <translation>Tarea %1: %2.</translation>
    </message>
    <message>
        <source>Set who does a task; without OWNER the task has no owner.</source>
        <translation>Establece quién hace una tarea; sin RESPONSABLE la tarea queda sin responsable.</translation>
    </message>
    <message>
        <source>Task %1 has no owner.</source>
        <translation>La tarea %1 no tiene responsable.</translation>
    </message>
    <message>
        <source>Task %1 assigned to %2.</source>
        <translation>Tarea %1 asignada a %2.</translation>
    </message>
    <message>
        <source>Set a task&apos;s due date: an ISO 8601 time, an offset from now (30m, 4h, 2d) or none.</source>
        <translation>Establece la fecha límite de una tarea: una hora ISO 8601, un plazo desde ahora (30m, 4h, 2d) o none.</translation>
    </message>
    <message>
        <source>2026-05-01T17:00:00Z, 4h, 2d or none.</source>
        <translation>2026-05-01T17:00:00Z, 4h, 2d o none.</translation>
    </message>
    <message>
        <source>Task %1 due %2.</source>
        <translation>La tarea %1 vence el %2.</translation>
    </message>
    <message>
        <source>Task %1 has no due date.</source>
        <translation>La tarea %1 no tiene fecha límite.</translation>
    </message>
    <message>
        <source>Add a note to a task&apos;s log: kept as written, recorded in the ticket&apos;s history and found by ticket search.</source>
        <translation>Añade una nota al registro de una tarea: se guarda tal como se escribió, se registra en el historial del ticket y la búsqueda de tickets la encuentra.</translation>
    </message>
    <message>
        <source>The note; or give --file.</source>
        <translation>La nota; o indique --file.</translation>
    </message>
    <message>
        <source>Read the note from FILE (- for stdin).</source>
        <translation>Lee la nota de ARCHIVO (- para la entrada estándar).</translation>
    </message>
    <message>
        <source>Give the note as TEXT or with --file, one of the two.</source>
        <translation>Indique la nota como TEXTO o con --file, solo uno de los dos.</translation>
    </message>
    <message>
        <source>Task %1: note added.</source>
        <translation>Tarea %1: nota añadida.</translation>
    </message>
    <message>
        <source>Mark a task done.</source>
        <translation>Marca una tarea como completada.</translation>
    </message>
    <message>
        <source>Mark a task not applicable: it does not fit this ticket (tasks are never deleted).</source>
        <translation>Marca una tarea como no aplicable: no corresponde a este ticket (las tareas nunca se eliminan).</translation>
    </message>
    <message>
        <source>Open a done or not applicable task again.</source>
        <translation>Vuelve a abrir una tarea completada o no aplicable.</translation>
    </message>
</context>
<context>
    <name>fb::TaskStore</name>
    <message>
        <source>A task needs a title of at most %1 characters.</source>
        <translation>Una tarea necesita un título de como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Task %1 is already %2.</source>
        <translation>La tarea %1 ya está %2.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Una nota no puede estar vacía.</translation>
    </message>
    <message>
        <source>A note can be at most %L1 characters long; this one has %L2.</source>
        <translation>Una nota puede tener como máximo %L1 caracteres; esta tiene %L2.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
</context>
<context>
    <name>fb::TaskView</name>
    <message>
        <source>TASK</source>
        <translation>TAREA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>VENCE</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>RESPONSABLE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <extracomment>A task&apos;s due date that has passed.</extracomment>
        <translation>%1 vencida</translation>
    </message>
    <message numerus="yes">
        <source>(%n note(s))</source>
        <translation>
            <numerusform>(%n nota)</numerusform>
            <numerusform>(%n notas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 completadas</translation>
    </message>
    <message numerus="yes">
        <source>, %n not applicable</source>
        <translation>
            <numerusform>, %n no aplicable</numerusform>
            <numerusform>, %n no aplicables</numerusform>
        </translation>
    </message>
    <message>
        <source>by hand only</source>
        <translation>solo a mano</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>fb::TasksPanel</name>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>The selected task&apos;s description and notes.</source>
        <translation>La descripción y las notas de la tarea seleccionada.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>The task does not fit this ticket. Tasks are never deleted.</source>
        <translation>La tarea no corresponde a este ticket. Las tareas nunca se eliminan.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Owner of the selected task</source>
        <translation>Responsable de la tarea seleccionada</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>A note on the selected task</source>
        <translation>Una nota sobre la tarea seleccionada</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Añadir tarea</translation>
    </message>
    <message>
        <source>Add the tasks of a playbook that this ticket does not have yet.</source>
        <translation>Añadir las tareas de un playbook que este ticket aún no tiene.</translation>
    </message>
    <message>
        <source>Apply playbook</source>
        <translation>Aplicar playbook</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Tasks (%1/%2)</source>
        <extracomment>The tab of a ticket&apos;s tasks: done (and not applicable) of all.</extracomment>
        <translation>Tareas (%1/%2)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>A task&apos;s due date that has passed (said in words, not only by colour).</extracomment>
        <translation>%1 (vencida)</translation>
    </message>
    <message>
        <source>No tasks yet.</source>
        <translation>Todavía no hay tareas.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 completadas</translation>
    </message>
    <message numerus="yes">
        <source>, %n not applicable</source>
        <translation>
            <numerusform>, %n no aplicable</numerusform>
            <numerusform>, %n no aplicables</numerusform>
        </translation>
    </message>
    <message>
        <source>From playbook %1.</source>
        <translation>Del playbook %1.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>This ticket has every task of that playbook already.</source>
        <translation>Este ticket ya tiene todas las tareas de ese playbook.</translation>
    </message>
</context>
<context>
    <name>fb::TaxonomyCommands</name>
    <message>
        <source>LABEL</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>SIGNIFICADO</translation>
    </message>
    <message>
        <source>rsit, tlp or pap; all three when left out.</source>
        <translation>rsit, tlp o pap; las tres si se omite.</translation>
    </message>
    <message>
        <source>List the Reference Security Incident Taxonomy (class/type keys as --rsit takes them), the TLP 2.0 labels and the PAP labels.</source>
        <translation>Enumera la Reference Security Incident Taxonomy (claves clase/tipo tal como las acepta --rsit), las etiquetas TLP 2.0 y las etiquetas PAP.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a taxonomy; use rsit, tlp or pap.</source>
        <translation>«%1» no es una taxonomía; use rsit, tlp o pap.</translation>
    </message>
    <message>
        <source>RSIT</source>
        <translation>RSIT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
</context>
<context>
    <name>fb::TeamDetailView</name>
    <message>
        <source>OpenPGP keys</source>
        <translation>Claves OpenPGP</translation>
    </message>
    <message>
        <source>Import key…</source>
        <translation>Importar clave…</translation>
    </message>
    <message>
        <source>Import an ASCII-armoured key file and link its keys to this team.</source>
        <translation>Importa un archivo de clave con armadura ASCII y vincula sus claves a este equipo.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <source>No OpenPGP key is linked to this team.</source>
        <translation>No hay ninguna clave OpenPGP vinculada a este equipo.</translation>
    </message>
    <message>
        <source>Select a team to see its details.</source>
        <translation>Seleccione un equipo para ver sus detalles.</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organización anfitriona</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Trusted Introducer</source>
        <translation>Trusted Introducer</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 desde %2</translation>
    </message>
    <message>
        <source>Share with them</source>
        <translation>Compartir con ellos</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>not agreed: ask before sharing anything above TLP:CLEAR</source>
        <translation>no acordado: pregunte antes de compartir algo por encima de TLP:CLEAR</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horario laboral</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>RFC 2350</source>
        <translation>RFC 2350</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>The contact details were not verified recently; check them with the team.</source>
        <translation>Los datos de contacto no se han verificado recientemente; compruébelos con el equipo.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Comunidad atendida</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>%1, %2: added</source>
        <extracomment>The edit log in the team detail: &quot;2026-03-02 09:00, alice: added&quot;</extracomment>
        <translation>%1, %2: añadido</translation>
    </message>
    <message>
        <source>%1, %2: %3 set to “%4”</source>
        <extracomment>&quot;2026-03-02 09:00, alice: notes set to “Call first.”&quot;</extracomment>
        <translation>%1, %2: se estableció %3 en «%4»</translation>
    </message>
    <message>
        <source>%1, %2: %3 cleared (was “%4”)</source>
        <translation>%1, %2: se borró %3 (antes: «%4»)</translation>
    </message>
    <message>
        <source>%1, %2: %3 “%4” → “%5”</source>
        <extracomment>&quot;2026-03-02 09:00, alice: website “https://a.example” → “https://b.example”&quot;</extracomment>
        <translation>%1, %2: %3 «%4» → «%5»</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s)</source>
        <translation>
            <numerusform>%n cambio anterior</numerusform>
            <numerusform>%n cambios anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest changes</source>
        <translation>Últimos cambios</translation>
    </message>
</context>
<context>
    <name>fb::TeamEditDialog</name>
    <message>
        <source>Edit team %1</source>
        <translation>Editar el equipo %1</translation>
    </message>
    <message>
        <source>Add a team</source>
        <translation>Añadir un equipo</translation>
    </message>
    <message>
        <source>Example University CSIRT</source>
        <translation>CSIRT de la Universidad de Ejemplo</translation>
    </message>
    <message>
        <source>&amp;Official name:</source>
        <translation>Nombre &amp;oficial:</translation>
    </message>
    <message>
        <source>EXU-CSIRT</source>
        <translation>EXU-CSIRT</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Nombre &amp;corto:</translation>
    </message>
    <message>
        <source>&amp;Host organisation:</source>
        <translation>Organi&amp;zación anfitriona:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>&amp;RFC 2350 URL:</source>
        <translation>URL de &amp;RFC 2350:</translation>
    </message>
    <message>
        <source>Mon-Fri 08:00-17:00</source>
        <translation>Lun-Vie 08:00-17:00</translation>
    </message>
    <message>
        <source>&amp;Business hours:</source>
        <translation>Horario &amp;laboral:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zona &amp;horaria:</translation>
    </message>
    <message>
        <source>Reachable &amp;24/7</source>
        <translation>Localizable &amp;24/7</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>No acordado</translation>
    </message>
    <message>
        <source>The most restrictive TLP label we may share with this team.</source>
        <translation>La etiqueta TLP más restrictiva que podemos compartir con este equipo.</translation>
    </message>
    <message>
        <source>Share &amp;up to:</source>
        <translation>Co&amp;mpartir hasta:</translation>
    </message>
    <message>
        <source>I &amp;verified these details now</source>
        <translation>He &amp;verificado estos datos ahora</translation>
    </message>
    <message>
        <source>Records that you confirmed the contact details today; the team is then no longer stale.</source>
        <translation>Registra que usted ha confirmado hoy los datos de contacto; así el equipo deja de estar desactualizado.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Comunidad atendida</translation>
    </message>
    <message>
        <source>One entry a line: a network (192.0.2.0/24, 2001:db8::/32), an address range, an AS number (AS64496), a domain (example.org, *.ac.uk), a country code (DE), or free text after “text:”.</source>
        <translation>Una entrada por línea: una red (192.0.2.0/24, 2001:db8::/32), un rango de direcciones, un número de AS (AS64496), un dominio (example.org, *.ac.uk), un código de país (DE) o texto libre tras «text:».</translation>
    </message>
    <message>
        <source>Linked OpenPGP keys</source>
        <translation>Claves OpenPGP vinculadas</translation>
    </message>
    <message>
        <source>One fingerprint a line. Import the keys themselves with Import → OpenPGP keys… or the team&apos;s Import key… button.</source>
        <translation>Una huella digital por línea. Importe las claves en sí con Importar → Claves OpenPGP… o con el botón Importar clave… del equipo.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation>&amp;Añadir equipo</translation>
    </message>
    <message>
        <source>The constituency has lines that are not entries:
%1</source>
        <extracomment>%1 lists the refused lines, one a line (&quot;Line 2: …&quot;)</extracomment>
        <translation>La comunidad atendida tiene líneas que no son entradas:
%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>Shown in the team dialog when the team could not be saved; %1 is the reason</extracomment>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>fb::TeamFields</name>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>«%1» no es una dirección http o https.</translation>
    </message>
    <message>
        <source>“%1” is not a team type (one of: %2).</source>
        <translation>«%1» no es un tipo de equipo (uno de: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a Trusted Introducer status (one of: %2).</source>
        <translation>«%1» no es un estado de Trusted Introducer (uno de: %2).</translation>
    </message>
    <message>
        <source>Say yes or no.</source>
        <translation>Responda yes o no.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>«%1» no es una etiqueta TLP.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date or time.</source>
        <translation>«%1» no es una fecha u hora ISO 8601.</translation>
    </message>
    <message>
        <source>“%1” is not a field that can be set this way (one of: %2).</source>
        <translation>«%1» no es un campo que se pueda establecer de esta forma (uno de: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a date (yyyy-mm-dd).</source>
        <translation>«%1» no es una fecha (aaaa-mm-dd).</translation>
    </message>
    <message>
        <source>“%1” is not an OpenPGP fingerprint (40 or 64 hex digits).</source>
        <translation>«%1» no es una huella digital OpenPGP (40 o 64 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>A team needs an official name.</source>
        <translation>Un equipo necesita un nombre oficial.</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone (such as Europe/Berlin).</source>
        <translation>«%1» no es una zona horaria IANA (como Europe/Madrid).</translation>
    </message>
    <message>
        <source>A channel needs a value.</source>
        <translation>Un canal necesita un valor.</translation>
    </message>
    <message>
        <source>The %1 with %2 expired on %3.</source>
        <translation>El acuerdo %1 con %2 venció el %3.</translation>
    </message>
    <message>
        <source>The %1 with %2 expires on %3.</source>
        <translation>El acuerdo %1 con %2 vence el %3.</translation>
    </message>
    <message>
        <source>No OpenPGP key is linked: encrypted mail to this team is not possible.</source>
        <translation>No hay ninguna clave OpenPGP vinculada: no es posible enviar correo cifrado a este equipo.</translation>
    </message>
    <message>
        <source>Never verified.</source>
        <translation>Nunca verificado.</translation>
    </message>
    <message>
        <source>No OpenPGP key is linked; the entry says where to get one (%1): fetch it, check it and import it.</source>
        <translation>No hay ninguna clave OpenPGP vinculada; la entrada indica dónde obtenerla (%1): descárguela, compruébela e impórtela.</translation>
    </message>
    <message>
        <source>Stale: last verified by us on %1, more than %2 days ago.</source>
        <translation>Desactualizado: verificado por nosotros por última vez el %1, hace más de %2 días.</translation>
    </message>
    <message>
        <source>Stale: last updated at the source on %1 (after our last verification on %2), more than %3 days ago.</source>
        <translation>Desactualizado: actualizado en el origen por última vez el %1 (después de nuestra última verificación el %2), hace más de %3 días.</translation>
    </message>
    <message>
        <source>Stale: last updated at the source on %1, more than %2 days ago; never verified by us.</source>
        <translation>Desactualizado: actualizado en el origen por última vez el %1, hace más de %2 días; nunca verificado por nosotros.</translation>
    </message>
    <message>
        <source>Never verified by us; updated at the source on %1.</source>
        <translation>Nunca verificado por nosotros; actualizado en el origen el %1.</translation>
    </message>
</context>
<context>
    <name>fb::TeamFilterBar</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Cualquier país</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Any TI status</source>
        <translation>Cualquier estado TI</translation>
    </message>
    <message>
        <source>&amp;Stale only</source>
        <translation>&amp;Solo desactualizados</translation>
    </message>
    <message>
        <source>Teams whose contact details were not verified within the stale threshold (Settings).</source>
        <translation>Equipos cuyos datos de contacto no se verificaron dentro del umbral de desactualización (Configuración).</translation>
    </message>
    <message>
        <source>&amp;Key problems</source>
        <translation>Problemas de &amp;clave</translation>
    </message>
    <message>
        <source>Teams with a key that is missing, revoked, expired or expires within 30 days.</source>
        <translation>Equipos con una clave que falta, está revocada, ha caducado o caduca en 30 días.</translation>
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
        <translation>Establece un campo: CAMPO=VALOR (repetible). Campos: %1.</translation>
    </message>
    <message>
        <source>Add an e-mail address, optionally with a usage: ADDRESS[=USAGE].</source>
        <translation>Añade una dirección de correo electrónico, opcionalmente con un uso: DIRECCIÓN[=USO].</translation>
    </message>
    <message>
        <source>Add a phone number: NUMBER[=USAGE].</source>
        <translation>Añade un número de teléfono: NÚMERO[=USO].</translation>
    </message>
    <message>
        <source>Add an out-of-band channel: VALUE[=USAGE].</source>
        <translation>Añade un canal fuera de banda: VALOR[=USO].</translation>
    </message>
    <message>
        <source>Remove the channel with this value.</source>
        <translation>Quita el canal con este valor.</translation>
    </message>
    <message>
        <source>Add a constituency entry: CIDR, range a-b, ASN, domain, *.domain or country.</source>
        <translation>Añade una entrada de la comunidad atendida: CIDR, rango a-b, ASN, dominio, *.dominio o país.</translation>
    </message>
    <message>
        <source>Add a free-text constituency entry.</source>
        <translation>Añade una entrada de texto libre de la comunidad atendida.</translation>
    </message>
    <message>
        <source>Remove a constituency entry.</source>
        <translation>Quita una entrada de la comunidad atendida.</translation>
    </message>
    <message>
        <source>Link an OpenPGP key by fingerprint.</source>
        <translation>Vincula una clave OpenPGP por su huella digital.</translation>
    </message>
    <message>
        <source>Remove a linked key.</source>
        <translation>Quita una clave vinculada.</translation>
    </message>
    <message>
        <source>Add an agreement: KIND:PARTY:SIGNED[:EXPIRES] (kind nda, mou, code-of-conduct, other).</source>
        <translation>Añade un acuerdo: TIPO:PARTE:FIRMADO[:VENCE] (tipo nda, mou, code-of-conduct, other).</translation>
    </message>
    <message>
        <source>Record that the entry was verified now, by you.</source>
        <translation>Registra que la entrada ha sido verificada ahora, por usted.</translation>
    </message>
    <message>
        <source>“%1” is not a channel usage (one of: %2).</source>
        <translation>«%1» no es un uso de canal (uno de: %2).</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>--set acepta CAMPO=VALOR, no «%1».</translation>
    </message>
    <message>
        <source>The team has no constituency entry “%1”.</source>
        <translation>El equipo no tiene ninguna entrada de la comunidad atendida «%1».</translation>
    </message>
    <message>
        <source>--agreement takes KIND:PARTY:SIGNED[:EXPIRES], not “%1”.</source>
        <translation>--agreement acepta TIPO:PARTE:FIRMADO[:VENCE], no «%1».</translation>
    </message>
    <message>
        <source>The highest TLP label we may share with them (a person without one: their team&apos;s).</source>
        <translation>La etiqueta TLP más alta que podemos compartir con ellos (una persona sin etiqueta: la de su equipo).</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label.</source>
        <translation>«%1» no es una etiqueta TLP 2.0.</translation>
    </message>
</context>
<context>
    <name>fb::TeamReader</name>
    <message>
        <source>There is no team %1 in the directory.</source>
        <translation>No hay ningún equipo %1 en el directorio.</translation>
    </message>
    <message>
        <source>Several teams are called “%1”; use the id.</source>
        <translation>Varios equipos se llaman «%1»; use el id.</translation>
    </message>
    <message>
        <source>There is no team “%1” in the directory.</source>
        <translation>No hay ningún equipo «%1» en el directorio.</translation>
    </message>
</context>
<context>
    <name>fb::TeamTableModel</name>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n keys)</source>
        <translation>
            <numerusform>%1 (%n clave)</numerusform>
            <numerusform>%1 (%n claves)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid (%n keys)</source>
        <translation>
            <numerusform>Válida (%n clave)</numerusform>
            <numerusform>Válidas (%n claves)</numerusform>
        </translation>
    </message>
    <message>
        <source>No OpenPGP key is linked to this team.</source>
        <translation>No hay ninguna clave OpenPGP vinculada a este equipo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (desactualizado)</translation>
    </message>
    <message>
        <source>Not verified recently: check the contact details with the team.</source>
        <translation>No verificado recientemente: compruebe los datos de contacto con el equipo.</translation>
    </message>
    <message>
        <source>Contact details verified recently.</source>
        <translation>Datos de contacto verificados recientemente.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Official name</source>
        <translation>Nombre oficial</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>TI status</source>
        <translation>Estado TI</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
</context>
<context>
    <name>fb::TicketActions</name>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Tomar</translation>
    </message>
    <message>
        <source>Launch &amp;investigation…</source>
        <translation>Iniciar &amp;investigación…</translation>
    </message>
    <message>
        <source>Open an investigation for this incident, linked to it</source>
        <translation>Abrir una investigación para este incidente, vinculada a él</translation>
    </message>
    <message>
        <source>Launch &amp;countermeasure…</source>
        <translation>Iniciar &amp;contramedida…</translation>
    </message>
    <message>
        <source>Open a countermeasure (a block, a takedown) for this incident</source>
        <translation>Abrir una contramedida (un bloqueo, una retirada de contenido) para este incidente</translation>
    </message>
    <message>
        <source>&amp;Link to ticket…</source>
        <translation>&amp;Vincular a un ticket…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Desvincular</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>Fold this duplicate report into another report</source>
        <translation>Fusionar esta notificación duplicada con otra notificación</translation>
    </message>
    <message>
        <source>Add &amp;observable…</source>
        <translation>Añadir &amp;observable…</translation>
    </message>
    <message>
        <source>&amp;Remove observable</source>
        <translation>&amp;Quitar observable</translation>
    </message>
    <message>
        <source>Add t&amp;ag…</source>
        <translation>Añadir &amp;etiqueta…</translation>
    </message>
    <message>
        <source>Remove ta&amp;g…</source>
        <translation>Quitar etiq&amp;ueta…</translation>
    </message>
    <message>
        <source>Set &amp;lessons learned…</source>
        <translation>Establecer &amp;lecciones aprendidas…</translation>
    </message>
    <message>
        <source>Set re&amp;solution…</source>
        <translation>Establecer re&amp;solución…</translation>
    </message>
    <message>
        <source>&amp;Link a ticket…</source>
        <translation>&amp;Vincular un ticket…</translation>
    </message>
    <message>
        <source>&amp;Link to incident…</source>
        <translation>&amp;Vincular a un incidente…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket number.</source>
        <translation>«%1» no es un número de ticket.</translation>
    </message>
    <message>
        <source>Take ticket</source>
        <translation>Tomar ticket</translation>
    </message>
    <message>
        <source>Ticket #%1 is now yours.</source>
        <translation>El ticket #%1 ahora es suyo.</translation>
    </message>
    <message>
        <source>Launch countermeasure</source>
        <translation>Iniciar contramedida</translation>
    </message>
    <message>
        <source>Launch investigation</source>
        <translation>Iniciar investigación</translation>
    </message>
    <message>
        <source>%1 #%2 launched for incident #%3.</source>
        <translation>%1 #%2 iniciada para el incidente #%3.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Number of the report, investigation or countermeasure to put under incident #%1:</source>
        <translation>Número de la notificación, investigación o contramedida que se vinculará al incidente #%1:</translation>
    </message>
    <message>
        <source>Number of the incident to link #%1 to:</source>
        <translation>Número del incidente al que vincular #%1:</translation>
    </message>
    <message>
        <source>Ticket #%1 linked to incident #%2.</source>
        <translation>Ticket #%1 vinculado al incidente #%2.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Ticket #%1 is not linked to any ticket.</source>
        <translation>El ticket #%1 no está vinculado a ningún ticket.</translation>
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
        <translation>¿Qué ticket desea desvincular de #%1?</translation>
    </message>
    <message>
        <source>Ticket #%1 unlinked from incident #%2.</source>
        <translation>Ticket #%1 desvinculado del incidente #%2.</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Fusionar con</translation>
    </message>
    <message>
        <source>Number of the report that stays (#%1 is merged into it):</source>
        <translation>Número de la notificación que se conserva (#%1 se fusiona con ella):</translation>
    </message>
    <message>
        <source>Merge report #%1 into %2? Its observables, tags, links and description move over, and #%1 is marked as merged.</source>
        <translation>¿Fusionar la notificación #%1 con %2? Sus observables, etiquetas, vínculos y descripción pasan a la otra, y #%1 se marca como fusionada.</translation>
    </message>
    <message>
        <source>Ticket #%1 merged into #%2.</source>
        <translation>Ticket #%1 fusionado con el #%2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an observable type.</source>
        <translation>«%1» no es un tipo de observable.</translation>
    </message>
    <message>
        <source>Add observable</source>
        <translation>Añadir observable</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 added.</source>
        <translation>Ticket #%1: %2 %3 añadido.</translation>
    </message>
    <message>
        <source>Remove observable</source>
        <translation>Quitar observable</translation>
    </message>
    <message>
        <source>Ticket #%1 has no observables.</source>
        <translation>El ticket #%1 no tiene observables.</translation>
    </message>
    <message>
        <source>Remove which observable from #%1?</source>
        <translation>¿Qué observable desea quitar de #%1?</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 removed.</source>
        <translation>Ticket #%1: %2 %3 quitado.</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <source>Tag for ticket #%1:</source>
        <translation>Etiqueta para el ticket #%1:</translation>
    </message>
    <message>
        <source>Ticket #%1: tag added.</source>
        <translation>Ticket #%1: etiqueta añadida.</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Quitar etiqueta</translation>
    </message>
    <message>
        <source>Ticket #%1 has no tags.</source>
        <translation>El ticket #%1 no tiene etiquetas.</translation>
    </message>
    <message>
        <source>Tag to remove from #%1:</source>
        <translation>Etiqueta que quitar de #%1:</translation>
    </message>
    <message>
        <source>Ticket #%1: tag removed.</source>
        <translation>Ticket #%1: etiqueta quitada.</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>What should the team do differently next time?</source>
        <translation>¿Qué debería hacer el equipo de otra forma la próxima vez?</translation>
    </message>
    <message>
        <source>Lessons learned cannot be empty: write what the team learned. Nothing was changed.</source>
        <translation>Las lecciones aprendidas no pueden estar vacías: escriba lo que aprendió el equipo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>¿Cómo se resolvió?</translation>
    </message>
    <message>
        <source>The resolution cannot be empty: write how it was resolved. Nothing was changed.</source>
        <translation>La resolución no puede estar vacía: escriba cómo se resolvió. No se cambió nada.</translation>
    </message>
    <message>
        <source>Ticket #%1. %2</source>
        <translation>Ticket #%1. %2</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 set.</source>
        <translation>Ticket #%1: campo «%2» establecido.</translation>
    </message>
    <message>
        <source>Make me the owner of this ticket</source>
        <translation>Hacerme responsable de este ticket</translation>
    </message>
    <message>
        <source>Launch in&amp;vestigations…</source>
        <translation>Iniciar in&amp;vestigaciones…</translation>
    </message>
    <message>
        <source>Ask every team responsible for the incident&apos;s observables: one investigation and notification each</source>
        <translation>Consultar a cada equipo responsable de los observables del incidente: una investigación y una notificación para cada uno</translation>
    </message>
    <message>
        <source>Reply to all re&amp;porters…</source>
        <translation>Responder a todos los noti&amp;ficantes…</translation>
    </message>
    <message>
        <source>Write one reply to each reporter of the incident&apos;s reports</source>
        <translation>Escribir una respuesta a cada notificante de las notificaciones del incidente</translation>
    </message>
    <message>
        <source>Launch investigations</source>
        <translation>Iniciar investigaciones</translation>
    </message>
    <message>
        <source>Investigations %1 launched for incident #%2.</source>
        <translation>Investigaciones %1 iniciadas para el incidente #%2.</translation>
    </message>
    <message>
        <source>Reply to all reporters</source>
        <translation>Responder a todos los notificantes</translation>
    </message>
    <message numerus="yes">
        <source>Replies stored on %n report(s) of incident #%1.</source>
        <translation>
            <numerusform>Respuestas guardadas en %n notificación del incidente #%1.</numerusform>
            <numerusform>Respuestas guardadas en %n notificaciones del incidente #%1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::TicketAudit</name>
    <message>
        <source>Ticket #%1, %2: the history says “%3”, the ticket holds “%4”.</source>
        <translation>Ticket #%1, %2: el historial dice «%3», el ticket contiene «%4».</translation>
    </message>
    <message>
        <source>Ticket #%1, %2: history row %3 found “%4” where the history before it says “%5”: the ticket was changed without going through Firebreak before that row.</source>
        <translation>Ticket #%1, %2: la fila %3 del historial encontró «%4» donde el historial anterior dice «%5»: el ticket se modificó sin pasar por Firebreak antes de esa fila.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no creation in the history: it was added without going through Firebreak.</source>
        <translation>El ticket #%1 no tiene creación en el historial: se añadió sin pasar por Firebreak.</translation>
    </message>
    <message>
        <source>Ticket #%1 was deleted: the history records its creation, the workspace has no such ticket.</source>
        <translation>El ticket #%1 se eliminó: el historial registra su creación, pero el espacio de trabajo no tiene ese ticket.</translation>
    </message>
    <message>
        <source>Ticket #%1: the history records %2 comments, the ticket holds %3, differing from comment %4 on: a comment was changed, added or deleted without going through Firebreak.</source>
        <translation>Ticket #%1: el historial registra %2 comentarios y el ticket contiene %3, que difieren a partir del comentario %4: se modificó, añadió o eliminó un comentario sin pasar por Firebreak.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Ticket #%1, task %2: the history and the ticket&apos;s tasks differ: a task or its notes were changed, added or deleted without going through Firebreak.</source>
        <translation>Ticket #%1, tarea %2: el historial y las tareas del ticket difieren: se modificó, añadió o eliminó una tarea o sus notas sin pasar por Firebreak.</translation>
    </message>
    <message>
        <source>Ticket #%1, evidence %2 “%3”: its content no longer matches what was recorded (%4 bytes, SHA-256 %5); it now has %6 bytes, SHA-256 %7.</source>
        <translation>Ticket #%1, evidencia %2 «%3»: su contenido ya no coincide con lo registrado (%4 bytes, SHA-256 %5); ahora tiene %6 bytes, SHA-256 %7.</translation>
    </message>
    <message>
        <source>Ticket #%1, evidence %2: the history and the ticket&apos;s evidence differ: a file was added, changed or removed without going through Firebreak.</source>
        <translation>Ticket #%1, evidencia %2: el historial y las evidencias del ticket difieren: se añadió, modificó o eliminó un archivo sin pasar por Firebreak.</translation>
    </message>
    <message>
        <source>Ticket #%1, timeline event %2: the history and the ticket&apos;s timeline differ: an event was added, changed or removed without going through Firebreak.</source>
        <translation>Ticket #%1, evento de la cronología %2: el historial y la cronología del ticket difieren: se añadió, modificó o eliminó un evento sin pasar por Firebreak.</translation>
    </message>
</context>
<context>
    <name>fb::TicketBulk</name>
    <message>
        <source>Choose at least one ticket.</source>
        <translation>Elija al menos un ticket.</translation>
    </message>
    <message>
        <source>At most %L1 tickets can be changed at once; %L2 were chosen.</source>
        <translation>Como máximo se pueden cambiar %L1 tickets a la vez; se eligieron %L2.</translation>
    </message>
</context>
<context>
    <name>fb::TicketCommands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class/type of the Reference Security Incident Taxonomy (see: taxonomy list rsit).</source>
        <translation>«%1» no es una clase/tipo de la Reference Security Incident Taxonomy (consulte: taxonomy list rsit).</translation>
    </message>
    <message>
        <source>report, incident, investigation or countermeasure.</source>
        <translation>report, incident, investigation o countermeasure.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>One line saying what happened.</source>
        <translation>Una línea que diga qué ocurrió.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>The description.</source>
        <translation>La descripción.</translation>
    </message>
    <message>
        <source>Read the description from FILE (- for stdin).</source>
        <translation>Lee la descripción de ARCHIVO (- para la entrada estándar).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Who works on it.</source>
        <translation>Quién trabaja en él.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>TLP 2.0 label: clear, green, amber, amber+strict, red (default amber).</source>
        <translation>Etiqueta TLP 2.0: clear, green, amber, amber+strict, red (predeterminado: amber).</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>RSIT class/type, e.g. malicious-code/c2-server.</source>
        <translation>Clase/tipo RSIT, p. ej. malicious-code/c2-server.</translation>
    </message>
    <message>
        <source>CLASS/TYPE</source>
        <translation>CLASE/TIPO</translation>
    </message>
    <message>
        <source>1-4 or critical, high, medium, low (default medium).</source>
        <translation>1-4 o critical, high, medium, low (predeterminado: medium).</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>GRAVEDAD</translation>
    </message>
    <message>
        <source>The constituency concerned.</source>
        <translation>La comunidad atendida afectada.</translation>
    </message>
    <message>
        <source>Who reported it.</source>
        <translation>Quién lo notificó.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Uno de: %1.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>CÓMO</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation>Una etiqueta (repetible).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>An observable, type guessed (repeatable).</source>
        <translation>Un observable, con tipo deducido (repetible).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>Attach the observables found in the title and description.</source>
        <translation>Adjunta los observables encontrados en el título y la descripción.</translation>
    </message>
    <message>
        <source>Link the new ticket under this incident.</source>
        <translation>Vincula el nuevo ticket a este incidente.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Create a ticket and print its number.</source>
        <translation>Crea un ticket e imprime su número.</translation>
    </message>
    <message>
        <source>ticket create needs --kind and --title.</source>
        <translation>ticket create necesita --kind y --title.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket kind (%2).</source>
        <translation>«%1» no es un tipo de ticket (%2).</translation>
    </message>
    <message>
        <source>Give --description or --description-file, not both.</source>
        <translation>Indique --description o --description-file, no ambos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TLP 2.0 label.</source>
        <translation>«%1» no es una etiqueta TLP 2.0.</translation>
    </message>
    <message>
        <source>Severity must be 1 to 4 or critical, high, medium, low; not &apos;%1&apos;.</source>
        <translation>La gravedad debe ser de 1 a 4 o critical, high, medium, low; no «%1».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>«%1» no es uno de: %2.</translation>
    </message>
    <message>
        <source>Only tickets of this kind.</source>
        <translation>Solo tickets de este tipo.</translation>
    </message>
    <message>
        <source>Only tickets in this state (repeatable).</source>
        <translation>Solo tickets en este estado (repetible).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>Only open work (active states).</source>
        <translation>Solo trabajo abierto (estados activos).</translation>
    </message>
    <message>
        <source>Only tickets of this owner.</source>
        <translation>Solo tickets de este responsable.</translation>
    </message>
    <message>
        <source>Only tickets with this TLP label.</source>
        <translation>Solo tickets con esta etiqueta TLP.</translation>
    </message>
    <message>
        <source>Only tickets of this RSIT class.</source>
        <translation>Solo tickets de esta clase RSIT.</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>CLASE</translation>
    </message>
    <message>
        <source>Include reports merged into others.</source>
        <translation>Incluye las notificaciones fusionadas con otras.</translation>
    </message>
    <message>
        <source>id, due, created, updated or severity (default id).</source>
        <translation>id, due, created, updated o severity (predeterminado: id).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>Descending order.</source>
        <translation>Orden descendente.</translation>
    </message>
    <message>
        <source>At most N tickets (default 100).</source>
        <translation>Como máximo N tickets (predeterminado: 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip the first N tickets.</source>
        <translation>Omite los primeros N tickets.</translation>
    </message>
    <message>
        <source>List tickets.</source>
        <translation>Enumera tickets.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sort key (%2).</source>
        <translation>«%1» no es una clave de ordenación (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of tickets.</source>
        <translation>«%1» no es un número de tickets.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>El número del ticket.</translation>
    </message>
    <message>
        <source>The new value (dates in ISO 8601).</source>
        <translation>El nuevo valor (fechas en ISO 8601).</translation>
    </message>
    <message>
        <source>Change one field of a ticket.</source>
        <translation>Modifica un campo de un ticket.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field that can be set; fields: %2.</source>
        <translation>«%1» no es un campo que se pueda establecer; campos: %2.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 set.</source>
        <translation>Ticket #%1: %2 establecido.</translation>
    </message>
    <message>
        <source>How it was resolved.</source>
        <translation>Cómo se resolvió.</translation>
    </message>
    <message>
        <source>Lessons learned (needed to resolve an incident).</source>
        <translation>Lecciones aprendidas (necesarias para resolver un incidente).</translation>
    </message>
    <message>
        <source>The new state, e.g. open, resolved, rejected, active, pending-removal.</source>
        <translation>El nuevo estado, p. ej. open, resolved, rejected, active, pending-removal.</translation>
    </message>
    <message>
        <source>Move a ticket to another state.</source>
        <translation>Pasa un ticket a otro estado.</translation>
    </message>
    <message>
        <source>Ticket #%1 is now %2.</source>
        <translation>El ticket #%1 está ahora %2.</translation>
    </message>
    <message>
        <source>The report, investigation or countermeasure.</source>
        <translation>La notificación, investigación o contramedida.</translation>
    </message>
    <message>
        <source>The incident.</source>
        <translation>El incidente.</translation>
    </message>
    <message>
        <source>Remove a ticket from an incident.</source>
        <translation>Quita un ticket de un incidente.</translation>
    </message>
    <message>
        <source>Link a ticket under an incident.</source>
        <translation>Vincula un ticket a un incidente.</translation>
    </message>
    <message>
        <source>Ticket #%1 unlinked from incident #%2.</source>
        <translation>Ticket #%1 desvinculado del incidente #%2.</translation>
    </message>
    <message>
        <source>Ticket #%1 linked to incident #%2.</source>
        <translation>Ticket #%1 vinculado al incidente #%2.</translation>
    </message>
    <message>
        <source>The report that stays.</source>
        <translation>La notificación que se conserva.</translation>
    </message>
    <message>
        <source>The duplicate report, marked as merged.</source>
        <translation>La notificación duplicada, marcada como fusionada.</translation>
    </message>
    <message>
        <source>Merge a duplicate report into another: its observables, tags, links and description move over.</source>
        <translation>Fusiona una notificación duplicada con otra: sus observables, etiquetas, vínculos y descripción pasan a la otra.</translation>
    </message>
    <message>
        <source>Ticket #%1 merged into #%2.</source>
        <translation>Ticket #%1 fusionado con el #%2.</translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation>La etiqueta.</translation>
    </message>
    <message>
        <source>Remove a tag from a ticket.</source>
        <translation>Quita una etiqueta de un ticket.</translation>
    </message>
    <message>
        <source>Add a tag to a ticket.</source>
        <translation>Añade una etiqueta a un ticket.</translation>
    </message>
    <message>
        <source>Ticket #%1: tag removed.</source>
        <translation>Ticket #%1: etiqueta quitada.</translation>
    </message>
    <message>
        <source>Ticket #%1: tag added.</source>
        <translation>Ticket #%1: etiqueta añadida.</translation>
    </message>
    <message>
        <source>The observable type when guessing is not wanted: %1.</source>
        <translation>El tipo de observable cuando no se desea que se deduzca: %1.</translation>
    </message>
    <message>
        <source>Address, network, domain, URL, e-mail, hash, CVE or AS number.</source>
        <translation>Dirección, red, dominio, URL, correo electrónico, hash, CVE o número de AS.</translation>
    </message>
    <message>
        <source>Add an observable to a ticket.</source>
        <translation>Añade un observable a un ticket.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an observable type.</source>
        <translation>«%1» no es un tipo de observable.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 added.</source>
        <translation>Ticket #%1: %2 %3 añadido.</translation>
    </message>
    <message>
        <source>Free words (every one must match; word* matches a prefix) and typed terms: %1 (e.g. ip:192.0.2.0/24 owner:me state:open).</source>
        <translation>Palabras libres (todas deben coincidir; palabra* coincide con un prefijo) y términos con tipo: %1 (p. ej. ip:192.0.2.0/24 owner:me state:open).</translation>
    </message>
    <message>
        <source>Search tickets: full text over titles and descriptions, narrowed by typed terms as in the GUI&apos;s search box. Newest first.</source>
        <translation>Busca tickets: texto completo en títulos y descripciones, acotado por términos con tipo como en el cuadro de búsqueda de la interfaz gráfica. Los más recientes primero.</translation>
    </message>
    <message>
        <source>Nothing to search for.</source>
        <translation>No hay nada que buscar.</translation>
    </message>
    <message>
        <source>Show the history of a ticket, oldest first.</source>
        <translation>Muestra el historial de un ticket, del más antiguo al más reciente.</translation>
    </message>
    <message>
        <source>Remove an observable from a ticket; the value stays on other tickets.</source>
        <translation>Quita un observable de un ticket; el valor se mantiene en otros tickets.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 removed.</source>
        <translation>Ticket #%1: %2 %3 quitado.</translation>
    </message>
    <message>
        <source>Add an internal comment to a ticket&apos;s worklog. Comments are never mailed; they are kept as written, recorded in the history and found by ticket search.</source>
        <translation>Añade un comentario interno al registro de trabajo de un ticket. Los comentarios nunca se envían por correo; se guardan tal como se escribieron, se registran en el historial y la búsqueda de tickets los encuentra.</translation>
    </message>
    <message>
        <source>The comment; or give --file.</source>
        <translation>El comentario; o indique --file.</translation>
    </message>
    <message>
        <source>Read the comment from FILE (- for stdin).</source>
        <translation>Lee el comentario de ARCHIVO (- para la entrada estándar).</translation>
    </message>
    <message>
        <source>Give the comment as TEXT or with --file, one of the two.</source>
        <translation>Indique el comentario como TEXTO o con --file, solo uno de los dos.</translation>
    </message>
    <message>
        <source>Ticket #%1: comment added.</source>
        <translation>Ticket #%1: comentario añadido.</translation>
    </message>
    <message>
        <source>Show a ticket with its links, its comments, its correspondence (signatures checked against the workspace keyring) and its history.</source>
        <translation>Muestra un ticket con sus vínculos, sus comentarios, su correspondencia (con las firmas comprobadas con el anillo de claves del espacio de trabajo) y su historial.</translation>
    </message>
    <message>
        <source>Apply one change to every ticket given: a state change, a field, or a link to an incident. Each ticket follows the same rules as one at a time; unless all of them can take the change, none is changed and every refusal is listed.</source>
        <translation>Aplica un mismo cambio a todos los tickets indicados: un cambio de estado, un campo o un vínculo a un incidente. Cada ticket sigue las mismas reglas que si se cambiara por separado; si no todos pueden admitir el cambio, no se cambia ninguno y se enumeran todos los rechazos.</translation>
    </message>
    <message>
        <source>The ticket numbers.</source>
        <translation>Los números de ticket.</translation>
    </message>
    <message>
        <source>Move each ticket to STATE.</source>
        <translation>Pasa cada ticket a ESTADO.</translation>
    </message>
    <message>
        <source>With --transition: how they were resolved.</source>
        <translation>Con --transition: cómo se resolvieron.</translation>
    </message>
    <message>
        <source>With --transition: lessons learned.</source>
        <translation>Con --transition: lecciones aprendidas.</translation>
    </message>
    <message>
        <source>Set a field on each ticket: FIELD=VALUE.</source>
        <translation>Establece un campo en cada ticket: CAMPO=VALOR.</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>CAMPO=VALOR</translation>
    </message>
    <message>
        <source>Link each ticket to incident ID.</source>
        <translation>Vincula cada ticket al incidente ID.</translation>
    </message>
    <message>
        <source>Give exactly one of --transition, --set and --link.</source>
        <translation>Indique exactamente uno de --transition, --set y --link.</translation>
    </message>
    <message>
        <source>--resolution and --lessons go with --transition.</source>
        <translation>--resolution y --lessons van con --transition.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, e.g. tlp=green.</source>
        <translation>--set admite CAMPO=VALOR, p. ej. tlp=green.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>%n ticket modificado.</numerusform>
            <numerusform>%n tickets modificados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) refused the change; nothing was changed.</source>
        <translation>
            <numerusform>%n ticket no admitió el cambio; no se cambió nada.</numerusform>
            <numerusform>%n tickets no admitieron el cambio; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look up the incident&apos;s observables (or the ones given) in the directory, group them by the most specific team that handles them and print the plan: one Investigation per team with its observables, address, key status, TLP and whether the notification is encrypted; refused teams with the reason, and the observables no team covers. --preview adds every notification&apos;s text. --confirm creates the Investigations, linked to the incident, and stores on each its notification, signed with the team key and encrypted where the team has a valid key, ready to send (export it with &apos;mail export&apos;). All or nothing.</source>
        <translation>Busca los observables del incidente (o los indicados) en el directorio, los agrupa por el equipo más específico que los atiende e imprime el plan: una investigación por equipo con sus observables, dirección, estado de la clave, TLP y si la notificación se cifra; los equipos rechazados con el motivo, y los observables que ningún equipo cubre. --preview añade el texto de cada notificación. --confirm crea las investigaciones, vinculadas al incidente, y guarda en cada una su notificación, firmada con la clave del equipo y cifrada cuando el equipo tiene una clave válida, lista para enviarse (expórtela con «mail export»). Todo o nada.</translation>
    </message>
    <message>
        <source>Plan for this observable instead of the incident&apos;s (repeatable).</source>
        <translation>Planifica para este observable en lugar de los del incidente (repetible).</translation>
    </message>
    <message>
        <source>Plan for the observables in this file (white space, commas or semicolons between them; &apos;-&apos; for standard input).</source>
        <translation>Planifica para los observables de este archivo (separados por espacios en blanco, comas o puntos y coma; «-» para la entrada estándar).</translation>
    </message>
    <message>
        <source>Leave this team out (its id or name; repeatable).</source>
        <translation>Omite este equipo (su id o nombre; repetible).</translation>
    </message>
    <message>
        <source>Print the plan only (the default).</source>
        <translation>Imprime solo el plan (el valor predeterminado).</translation>
    </message>
    <message>
        <source>Print the plan and the text of every notification.</source>
        <translation>Imprime el plan y el texto de cada notificación.</translation>
    </message>
    <message>
        <source>Launch: create the Investigations and store their notifications.</source>
        <translation>Inicia: crea las investigaciones y guarda sus notificaciones.</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key.</source>
        <translation>Firma con esta clave en lugar de la clave del equipo.</translation>
    </message>
    <message>
        <source>Give one of --plan, --preview and --confirm.</source>
        <translation>Indique una de las opciones --plan, --preview y --confirm.</translation>
    </message>
    <message>
        <source>No observable was given.</source>
        <translation>No se indicó ningún observable.</translation>
    </message>
    <message>
        <source>--- Notification to %1 (new Investigation “%2”) ---</source>
        <translation>--- Notificación a %1 (nueva investigación «%2») ---</translation>
    </message>
    <message>
        <source>No team named “%1” is in the plan.</source>
        <translation>No hay ningún equipo llamado «%1» en el plan.</translation>
    </message>
    <message>
        <source>Investigations for incident #%1 “%2” (%3):</source>
        <translation>Investigaciones para el incidente #%1 «%2» (%3):</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>EQUIPO</translation>
    </message>
    <message>
        <source>OBSERVABLES</source>
        <translation>OBSERVABLES</translation>
    </message>
    <message>
        <source>RECIPIENT</source>
        <translation>DESTINATARIO</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>ENCRYPTED</source>
        <translation>CIFRADO</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>iniciar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No team in the directory covers these observables.</source>
        <translation>Ningún equipo del directorio cubre estos observables.</translation>
    </message>
    <message>
        <source>Refused: %1: %2</source>
        <translation>Rechazado: %1: %2</translation>
    </message>
    <message>
        <source>For manual handling (no team will be asked):</source>
        <translation>Para tratamiento manual (no se consultará a ningún equipo):</translation>
    </message>
    <message>
        <source>Investigation #%1 for %2: notification stored (%3).</source>
        <translation>Investigación #%1 para %2: notificación guardada (%3).</translation>
    </message>
    <message>
        <source>signed and encrypted</source>
        <translation>firmada y cifrada</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message numerus="yes">
        <source>Launched %n investigation(s) for incident #%1; export the notifications with &apos;mail export TICKET&apos;.</source>
        <translation>
            <numerusform>Se inició %n investigación para el incidente #%1; exporte las notificaciones con «mail export TICKET».</numerusform>
            <numerusform>Se iniciaron %n investigaciones para el incidente #%1; exporte las notificaciones con «mail export TICKET».</numerusform>
        </translation>
    </message>
    <message>
        <source>Write one incident as a report for people outside the tool: summary, linked reports, investigations and countermeasures, tasks, observables, evidence (name, size, SHA-256) and a correspondence summary (date, direction, from, to, subject; no bodies), with our team&apos;s identity and the TLP label at the top and bottom of every page. --sections chooses what goes in (%1; history adds a digest of the ticket&apos;s history). A TLP:RED incident is written only with --confirm-red.</source>
        <translation>Escribe un incidente como informe para personas ajenas a la herramienta: resumen, notificaciones vinculadas, investigaciones y contramedidas, tareas, observables, evidencias (nombre, tamaño, SHA-256) y un resumen de la correspondencia (fecha, dirección, de, para, asunto; sin cuerpos), con la identidad de nuestro equipo y la etiqueta TLP en la parte superior e inferior de cada página. --sections elige lo que se incluye (%1; history añade un resumen del historial del ticket). Un incidente TLP:RED solo se escribe con --confirm-red.</translation>
    </message>
    <message>
        <source>pdf, html or md.</source>
        <translation>pdf, html o md.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que escribir.</translation>
    </message>
    <message>
        <source>The sections, separated by commas (default: all but history).</source>
        <translation>Las secciones, separadas por comas (predeterminado: todas menos history).</translation>
    </message>
    <message>
        <source>Confirm that a TLP:RED report may be written.</source>
        <translation>Confirma que se puede escribir un informe TLP:RED.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Reemplaza ARCHIVO si existe.</translation>
    </message>
    <message>
        <source>Give --format pdf, html or md.</source>
        <translation>Indique --format pdf, html o md.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>Indique el archivo que escribir con --out ARCHIVO.</translation>
    </message>
    <message>
        <source>PDF output needs the graphical runtime, which did not start.</source>
        <translation>La salida PDF necesita el entorno gráfico, que no se inició.</translation>
    </message>
    <message>
        <source>Incident #%1: report written to %2.</source>
        <translation>Incidente #%1: informe escrito en %2.</translation>
    </message>
</context>
<context>
    <name>fb::TicketEditor</name>
    <message>
        <source>A ticket needs a title.</source>
        <translation>Un ticket necesita un título.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>El título supera los %1 caracteres.</translation>
    </message>
    <message>
        <source>Severity must be 1 (critical) to 4 (low), not %1.</source>
        <translation>La gravedad debe ser de 1 (crítica) a 4 (baja), no %1.</translation>
    </message>
    <message>
        <source>&apos;%1/%2&apos; is not a class and type of the Reference Security Incident Taxonomy.</source>
        <translation>«%1/%2» no es una clase y tipo de la Reference Security Incident Taxonomy.</translation>
    </message>
    <message>
        <source>A countermeasure must be linked to an incident when it is created.</source>
        <translation>Una contramedida debe vincularse a un incidente al crearse.</translation>
    </message>
    <message>
        <source>An incident cannot be linked under another incident.</source>
        <translation>Un incidente no puede vincularse a otro incidente.</translation>
    </message>
    <message>
        <source>A ticket needs a title of at most %1 characters.</source>
        <translation>Un ticket necesita un título de %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TLP 2.0 label (CLEAR, GREEN, AMBER, AMBER+STRICT, RED).</source>
        <translation>«%1» no es una etiqueta TLP 2.0 (CLEAR, GREEN, AMBER, AMBER+STRICT, RED).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class/type of the Reference Security Incident Taxonomy.</source>
        <translation>«%1» no es una clase/tipo de la Reference Security Incident Taxonomy.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>«%1» no es uno de: %2.</translation>
    </message>
    <message>
        <source>Severity must be 1 to 4 or critical, high, medium, low; not &apos;%1&apos;.</source>
        <translation>La gravedad debe ser de 1 a 4 o critical, high, medium, low; no «%1».</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-05-01T17:00:00Z).</source>
        <translation>«%1» no es una fecha y hora ISO 8601 (p. ej. 2026-05-01T17:00:00Z).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field that can be set; fields: %2.</source>
        <translation>«%1» no es un campo que se pueda establecer; campos: %2.</translation>
    </message>
</context>
<context>
    <name>fb::TicketEnums</name>
    <message>
        <source>Incident Report</source>
        <translation>Notificación de incidente</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigación</translation>
    </message>
    <message>
        <source>Countermeasure</source>
        <translation>Contramedida</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulario web</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>how reported</comment>
        <extracomment>How an incident was reported</extracomment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Constituent</source>
        <translation>Miembro de la comunidad atendida</translation>
    </message>
    <message>
        <source>Other CSIRT</source>
        <translation>Otro CSIRT</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>ISP</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Fuerzas del orden</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Particular</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>reporter type</comment>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
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
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Other tickets with this value</source>
        <translation>Otros tickets con este valor</translation>
    </message>
    <message>
        <source>Who handles this?</source>
        <translation>¿Quién se ocupa de esto?</translation>
    </message>
    <message>
        <source>Chain not verified yet.</source>
        <translation>Cadena aún no verificada.</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verificar la cadena</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
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
        <translation>Incidente padre: %1</translation>
    </message>
    <message>
        <source>Child: %1</source>
        <translation>Hijo: %1</translation>
    </message>
    <message>
        <source>Merged into: %1</source>
        <translation>Fusionado con: %1</translation>
    </message>
    <message>
        <source>No other ticket carries %1.</source>
        <translation>Ningún otro ticket contiene %1.</translation>
    </message>
    <message numerus="yes">
        <source>History chain intact (%n row(s) checked).</source>
        <translation>
            <numerusform>Cadena del historial intacta (%n fila comprobada).</numerusform>
            <numerusform>Cadena del historial intacta (%n filas comprobadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>History chain BROKEN at row %1: %2</source>
        <translation>Cadena del historial ROTA en la fila %1: %2</translation>
    </message>
    <message>
        <source>Look the selected value up in the directory of teams and constituencies.</source>
        <translation>Busca el valor seleccionado en el directorio de equipos y comunidades atendidas.</translation>
    </message>
    <message>
        <source>Correspondence (%1)</source>
        <translation>Correspondencia (%1)</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>equipo %1</translation>
    </message>
    <message>
        <source>%1 (country fallback: %2)</source>
        <translation>%1 (alternativa por país: %2)</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1 (mediante %2)</translation>
    </message>
    <message>
        <source>No team in the directory handles %1.</source>
        <translation>Ningún equipo del directorio atiende %1.</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>Guardado como: %1</translation>
    </message>
    <message>
        <source>Worklog</source>
        <translation>Registro de trabajo</translation>
    </message>
    <message>
        <source>No observables yet</source>
        <translation>Todavía no hay observables</translation>
    </message>
    <message>
        <source>Add the addresses, domains, URLs and hashes of this ticket with the button below; other tickets with the same value are found from them.</source>
        <translation>Añada las direcciones, dominios, URL y hashes de este ticket con el botón de abajo; a partir de ellos se encuentran otros tickets con el mismo valor.</translation>
    </message>
    <message>
        <source>No linked tickets</source>
        <translation>No hay tickets vinculados</translation>
    </message>
    <message>
        <source>Link this ticket to its incident, or to a related ticket, with the buttons below.</source>
        <translation>Vincule este ticket a su incidente, o a un ticket relacionado, con los botones de abajo.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to and from this ticket</source>
        <translation>
            <numerusform>%n mensaje enviado o recibido en este ticket</numerusform>
            <numerusform>%n mensajes enviados o recibidos en este ticket</numerusform>
        </translation>
    </message>
    <message>
        <source>Worklog (%1)</source>
        <translation>Registro de trabajo (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Comments, mail and changes in time order; %n comment(s)</source>
        <translation>
            <numerusform>Comentarios, correo y cambios en orden cronológico; %n comentario</numerusform>
            <numerusform>Comentarios, correo y cambios en orden cronológico; %n comentarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to timeline…</source>
        <translation>Añadir a la cronología…</translation>
    </message>
    <message>
        <source>Add an event for the selected value to the ticket&apos;s timeline.</source>
        <translation>Añadir a la cronología del ticket un evento para el valor seleccionado.</translation>
    </message>
</context>
<context>
    <name>fb::TicketRepository</name>
    <message>
        <source>Ticket %1 was merged into %2; change that ticket instead.</source>
        <translation>El ticket %1 se fusionó con %2; modifique ese ticket en su lugar.</translation>
    </message>
</context>
<context>
    <name>fb::TicketSearch</name>
    <message>
        <source>Give at least one word to search for.</source>
        <translation>Indique al menos una palabra que buscar.</translation>
    </message>
    <message>
        <source>The search &apos;%1&apos; could not be run.</source>
        <translation>No se pudo ejecutar la búsqueda «%1».</translation>
    </message>
</context>
<context>
    <name>fb::TicketSearchQuery</name>
    <message>
        <source>&apos;%1&apos; is not a value for %2:.</source>
        <translation>«%1» no es un valor para %2:.</translation>
    </message>
    <message>
        <source>Give a value after %1:.</source>
        <translation>Indique un valor después de %1:.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TLP label.</source>
        <translation>«%1» no es una etiqueta TLP.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket state.</source>
        <translation>«%1» no es un estado de ticket.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket kind.</source>
        <translation>«%1» no es un tipo de ticket.</translation>
    </message>
</context>
<context>
    <name>fb::TicketStatistics</name>
    <message>
        <source>The date range needs a first day on or before its last day.</source>
        <translation>El intervalo de fechas necesita un primer día igual o anterior al último.</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>First response late</source>
        <translation>Primera respuesta tardía</translation>
    </message>
    <message>
        <source>Resolution late</source>
        <translation>Resolución tardía</translation>
    </message>
    <message>
        <source>Median first response (h)</source>
        <translation>Mediana de primera respuesta (h)</translation>
    </message>
    <message>
        <source>90th percentile first response (h)</source>
        <translation>Percentil 90 de primera respuesta (h)</translation>
    </message>
    <message>
        <source>Median resolution (h)</source>
        <translation>Mediana de resolución (h)</translation>
    </message>
    <message>
        <source>90th percentile resolution (h)</source>
        <translation>Percentil 90 de resolución (h)</translation>
    </message>
    <message>
        <source>Reports responded to</source>
        <translation>Notificaciones respondidas</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>Tickets resueltos</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
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
        <translation>%1 d %2 h</translation>
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
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Resolving incident %1. What should the team do differently next time?</source>
        <translation>Resolviendo el incidente %1. ¿Qué debería hacer el equipo de otra forma la próxima vez?</translation>
    </message>
    <message>
        <source>Select a ticket to see it here.</source>
        <translation>Seleccione un ticket para verlo aquí.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Sin clasificar</translation>
    </message>
    <message>
        <source>TLP:</source>
        <translation>TLP:</translation>
    </message>
    <message>
        <source>Class / type:</source>
        <translation>Clase / tipo:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Gravedad:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <source>Constituency:</source>
        <translation>Comunidad atendida:</translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation>Resolución antes de:</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · reported by %4</source>
        <translation>#%1 · %2 · %3 · notificado por %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Marcar %1</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>First response due in %1 (%2)</source>
        <translation>Primera respuesta en %1 (%2)</translation>
    </message>
    <message>
        <source>First response overdue by %1 (%2)</source>
        <translation>Primera respuesta vencida hace %1 (%2)</translation>
    </message>
    <message>
        <source>Resolution due in %1 (%2)</source>
        <translation>Resolución en %1 (%2)</translation>
    </message>
    <message>
        <source>Resolution overdue by %1 (%2)</source>
        <translation>Resolución vencida hace %1 (%2)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
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
        <translation>TITULAR</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>VENCE</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>[merged into #%1] %2</source>
        <translation>[fusionado con #%1] %2</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>No hay tickets.</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>FILA</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>ACTOR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>CAMBIO</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionado con</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Comunidad atendida</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Notificante</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Notificado por</translation>
    </message>
    <message>
        <source>Reporter type</source>
        <translation>Tipo de notificante</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primera respuesta</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Respuesta antes de</translation>
    </message>
    <message>
        <source>Resolve due</source>
        <translation>Resolución antes de</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidentes</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Hijos</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Observables:</source>
        <translation>Observables:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>Write mail…</source>
        <translation>Escribir correo…</translation>
    </message>
    <message>
        <source>Correspondence:</source>
        <translation>Correspondencia:</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Who works on it: someone who already owns tickets here, you, or a new name</source>
        <translation>Quién trabaja en él: alguien que ya es responsable de tickets aquí, usted o un nombre nuevo</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Resolving incident %1 needs its lessons learned; it stays %2.</source>
        <translation>Para resolver el incidente %1 se necesitan sus lecciones aprendidas; sigue en estado %2.</translation>
    </message>
    <message>
        <source>The list of owners could not be read: %1</source>
        <translation>No se pudo leer la lista de responsables: %1</translation>
    </message>
    <message>
        <source>Reply to the reporter, or notify a correspondent or team</source>
        <translation>Responder al notificante o notificar a un corresponsal o equipo</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Comentarios:</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>Tasks (%1):</source>
        <extracomment>A ticket&apos;s tasks, followed by how far they are: &quot;Tasks (3 of 7 done):&quot;.</extracomment>
        <translation>Tareas (%1):</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Write this incident up as PDF, HTML or Markdown, with a preview</source>
        <translation>Redactar este incidente como PDF, HTML o Markdown, con vista previa</translation>
    </message>
    <message>
        <source>Export a TLP:RED report</source>
        <translation>Exportar un informe TLP:RED</translation>
    </message>
    <message>
        <source>Incident #%1 or a ticket linked to it is TLP:RED: its report is for the people present only. Write it anyway?</source>
        <translation>El incidente #%1 o un ticket vinculado a él es TLP:RED: su informe es solo para las personas presentes. ¿Escribirlo de todos modos?</translation>
    </message>
    <message>
        <source>Share with a team…</source>
        <translation>Compartir con un equipo…</translation>
    </message>
    <message>
        <source>Save this incident&apos;s observables as a MISP event or IODEF document for another team, behind the TLP gate</source>
        <translation>Guardar los observables de este incidente como evento MISP o documento IODEF para otro equipo, tras el control TLP</translation>
    </message>
</context>
<context>
    <name>fb::TicketWorkflow</name>
    <message>
        <source>Ticket %1 is not an incident.</source>
        <translation>El ticket %1 no es un incidente.</translation>
    </message>
    <message>
        <source>Resolving incident %1 needs its lessons learned.</source>
        <translation>Para resolver el incidente %1 se necesitan sus lecciones aprendidas.</translation>
    </message>
    <message>
        <source>Incident %1 cannot be linked under another incident.</source>
        <translation>El incidente %1 no puede vincularse a otro incidente.</translation>
    </message>
    <message>
        <source>Ticket %1 is already linked to incident %2.</source>
        <translation>El ticket %1 ya está vinculado al incidente %2.</translation>
    </message>
    <message>
        <source>%1 %2 already belongs to incident %3; it can belong to one incident only.</source>
        <translation>%1 %2 ya pertenece al incidente %3; solo puede pertenecer a un incidente.</translation>
    </message>
    <message>
        <source>Ticket %1 is not linked to incident %2.</source>
        <translation>El ticket %1 no está vinculado al incidente %2.</translation>
    </message>
    <message>
        <source>Countermeasure %1 must stay linked to an incident; link it to another one first.</source>
        <translation>La contramedida %1 debe seguir vinculada a un incidente; vincúlela primero a otro.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Un ticket no puede fusionarse consigo mismo.</translation>
    </message>
    <message>
        <source>Only incident reports are merged; %1 and %2 are not both reports.</source>
        <translation>Solo se fusionan notificaciones de incidente; %1 y %2 no son ambos notificaciones.</translation>
    </message>
    <message>
        <source>--- Merged from %1: %2 ---</source>
        <translation>--- Fusionado desde %1: %2 ---</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a state of %2.</source>
        <translation>«%1» no es un estado de %2.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2 now, not %3; nothing was undone.</source>
        <translation>El ticket %1 está ahora en estado %2, no %3; no se deshizo nada.</translation>
    </message>
</context>
<context>
    <name>fb::TimelineChart</name>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Time (local); events stacked per hour</source>
        <extracomment>The chart&apos;s time axis; the dots of one hour (day, week) are stacked.</extracomment>
        <translation>Hora (local); eventos apilados por hora</translation>
    </message>
    <message>
        <source>Time (local); events stacked per day</source>
        <translation>Hora (local); eventos apilados por día</translation>
    </message>
    <message>
        <source>Time (local); events stacked per week</source>
        <translation>Hora (local); eventos apilados por semana</translation>
    </message>
</context>
<context>
    <name>fb::TimelineCommands</name>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 time with a zone, such as 2026-03-01T14:05:00Z or 2026-03-01T15:05:00+01:00.</source>
        <translation>«%1» no es una hora ISO 8601 con zona, como 2026-03-01T14:05:00Z o 2026-03-01T15:05:00+01:00.</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601 with a zone).</source>
        <translation>Cuándo ocurrió (ISO 8601 con zona).</translation>
    </message>
    <message>
        <source>Until when it lasted; none for a moment.</source>
        <translation>Hasta cuándo duró; none para un momento puntual.</translation>
    </message>
    <message>
        <source>Until when it lasted.</source>
        <translation>Hasta cuándo duró.</translation>
    </message>
    <message>
        <source>More about it.</source>
        <translation>Más información al respecto.</translation>
    </message>
    <message>
        <source>Where the account comes from (firewall log, mail #12, by hand).</source>
        <translation>De dónde procede la información (registro del cortafuegos, correo #12, a mano).</translation>
    </message>
    <message>
        <source>The raw data it rests on.</source>
        <translation>Los datos sin procesar en los que se basa.</translation>
    </message>
    <message>
        <source>Read the raw data from FILE (- for stdin).</source>
        <translation>Lee los datos sin procesar de ARCHIVO (- para stdin).</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>Qué ocurrió.</translation>
    </message>
    <message>
        <source>Give --raw or --raw-file, not both.</source>
        <translation>Indique --raw o --raw-file, no ambos.</translation>
    </message>
    <message numerus="yes">
        <source> %n observable(s) added to the ticket.</source>
        <translation>
            <numerusform> %n observable añadido al ticket.</numerusform>
            <numerusform> %n observables añadidos al ticket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a dated event to a ticket&apos;s timeline: by hand (WHAT and --at), or taken from a message (--message: its date, subject and sender) or an observable (--observable); the options given replace what is taken. Observables in the description and raw data are added to the ticket.</source>
        <translation>Añade un evento fechado a la cronología de un ticket: a mano (WHAT y --at), o tomado de un mensaje (--message: su fecha, asunto y remitente) o de un observable (--observable); las opciones indicadas reemplazan lo tomado. Los observables de la descripción y de los datos sin procesar se añaden al ticket.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>El número del ticket.</translation>
    </message>
    <message>
        <source>Take the event from this message (see mail list).</source>
        <translation>Toma el evento de este mensaje (consulte mail list).</translation>
    </message>
    <message>
        <source>Take the event from this observable (type guessed).</source>
        <translation>Toma el evento de este observable (se deduce el tipo).</translation>
    </message>
    <message>
        <source>Give --message or --observable, not both.</source>
        <translation>Indique --message o --observable, no ambos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a message number.</source>
        <translation>«%1» no es un número de mensaje.</translation>
    </message>
    <message>
        <source>Say what happened (WHAT), or give --message or --observable.</source>
        <translation>Indique qué ocurrió (WHAT), o bien --message o --observable.</translation>
    </message>
    <message>
        <source>Say when it happened with --at.</source>
        <translation>Indique cuándo ocurrió con --at.</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>Ticket #%1: event %2 added.</source>
        <translation>Ticket #%1: evento %2 añadido.</translation>
    </message>
    <message>
        <source>List a ticket&apos;s timeline events by the time they happened.</source>
        <translation>Enumera los eventos de la cronología de un ticket según el momento en que ocurrieron.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event number.</source>
        <translation>«%1» no es un número de evento.</translation>
    </message>
    <message>
        <source>Change what a timeline event says; the options not given stay as they are.</source>
        <translation>Modifica lo que dice un evento de la cronología; las opciones no indicadas se quedan como están.</translation>
    </message>
    <message>
        <source>The event number (see timeline list).</source>
        <translation>El número del evento (consulte timeline list).</translation>
    </message>
    <message>
        <source>Event %1 changed.</source>
        <translation>Evento %1 modificado.</translation>
    </message>
    <message>
        <source>Remove an event from its ticket&apos;s timeline (the history keeps what it said).</source>
        <translation>Quita un evento de la cronología de su ticket (el historial conserva lo que decía).</translation>
    </message>
    <message>
        <source>Event %1 removed.</source>
        <translation>Evento %1 eliminado.</translation>
    </message>
    <message>
        <source>Add the events of a CSV file to a ticket&apos;s timeline: a header row names the columns (time and what are needed; end, description, source, raw may be given; see docs/file-format.md), times are ISO 8601 with a zone. All rows or none: a file with a bad row is refused, naming row and column, and nothing is added. At most 10,000 events and 16 MiB.</source>
        <translation>Añade los eventos de un archivo CSV a la cronología de un ticket: una fila de encabezado nombra las columnas (time y what son obligatorias; pueden indicarse end, description, source, raw; consulte docs/file-format.md), y las horas son ISO 8601 con zona. Todas las filas o ninguna: un archivo con una fila errónea se rechaza, indicando la fila y la columna, y no se añade nada. Como máximo 10.000 eventos y 16 MiB.</translation>
    </message>
    <message>
        <source>The CSV file; - reads standard input.</source>
        <translation>El archivo CSV; - lee la entrada estándar.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1: %n event(s) added.</source>
        <translation>
            <numerusform>Ticket #%1: %n evento añadido.</numerusform>
            <numerusform>Ticket #%1: %n eventos añadidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Columnas no leídas: %1.</translation>
    </message>
    <message>
        <source>Write a ticket&apos;s timeline as CSV (time, end, what, description, source, raw; times in UTC), the form timeline import reads.</source>
        <translation>Escribe la cronología de un ticket como CSV (time, end, what, description, source, raw; horas en UTC), el formato que lee timeline import.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribe en ARCHIVO en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Reemplaza un archivo de salida existente.</translation>
    </message>
    <message>
        <source>Timeline of ticket #%1 written to %2.</source>
        <translation>Cronología del ticket #%1 escrita en %2.</translation>
    </message>
</context>
<context>
    <name>fb::TimelineCsv</name>
    <message>
        <source>The file is empty: it needs a header row (time, what, ...) and events.</source>
        <translation>El archivo está vacío: necesita una fila de encabezado (time, what, ...) y eventos.</translation>
    </message>
    <message>
        <source>Row 1, column %1: “%2” names the %3 column a second time (column %4 did first).</source>
        <translation>Fila 1, columna %1: «%2» nombra la columna %3 por segunda vez (la columna %4 ya la nombró).</translation>
    </message>
    <message>
        <source>The header row has no %1 column; it needs time and what (and may have end, description, source, raw).</source>
        <translation>La fila de encabezado no tiene la columna %1; necesita time y what (y puede tener end, description, source, raw).</translation>
    </message>
    <message>
        <source>Row %L1 has %2 fields; the header has %3.</source>
        <translation>La fila %L1 tiene %2 campos; el encabezado tiene %3.</translation>
    </message>
    <message>
        <source>Row %L1, column %2 (%3): “%4” is not an ISO 8601 time with a zone, such as 2026-03-01T14:05:00Z or 2026-03-01 15:05:00+01:00.</source>
        <translation>Fila %L1, columna %2 (%3): «%4» no es una hora ISO 8601 con zona, como 2026-03-01T14:05:00Z o 2026-03-01 15:05:00+01:00.</translation>
    </message>
</context>
<context>
    <name>fb::TimelineEventDialog</name>
    <message>
        <source>Change timeline event</source>
        <translation>Modificar evento de la cronología</translation>
    </message>
    <message>
        <source>Add timeline event</source>
        <translation>Añadir evento a la cronología</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Qué ocurrió, en una línea</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>firewall log, mail #12, by hand…</source>
        <translation>registro del cortafuegos, correo #12, a mano…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>The log line or text this rests on; observables in it are added to the ticket.</source>
        <translation>La línea de registro o el texto en que se basa; los observables que contenga se añaden al ticket.</translation>
    </message>
    <message>
        <source>&amp;Raw data:</source>
        <translation>Datos sin &amp;procesar:</translation>
    </message>
</context>
<context>
    <name>fb::TimelinePanel</name>
    <message numerus="yes">
        <source>%n observable(s) added to the ticket.</source>
        <translation>
            <numerusform>%n observable añadido al ticket.</numerusform>
            <numerusform>%n observables añadidos al ticket.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>No timeline yet</source>
        <translation>Todavía no hay cronología</translation>
    </message>
    <message>
        <source>Add what happened when with the buttons below, import a CSV file, or use “Add to timeline” on a message or an observable.</source>
        <translation>Añada qué ocurrió y cuándo con los botones de abajo, importe un archivo CSV o use «Añadir a la cronología» en un mensaje o un observable.</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>Añadir evento…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Add the events of a CSV file: a header row (time, what; end, description, source, raw), times in ISO 8601 with a zone. A file with a bad row adds nothing.</source>
        <translation>Añadir los eventos de un archivo CSV: una fila de encabezado (time, what; end, description, source, raw), horas en ISO 8601 con zona. Un archivo con una fila errónea no añade nada.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Exportar cronología</translation>
    </message>
    <message>
        <source>Import timeline</source>
        <translation>Importar cronología</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>The tab of a ticket&apos;s timeline, with its number of events.</extracomment>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Cronología (%1)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 has %L2 bytes; at most %L3 are read.</source>
        <translation>%1 tiene %L2 bytes; se leen como máximo %L3.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) imported.</source>
        <translation>
            <numerusform>%n evento importado.</numerusform>
            <numerusform>%n eventos importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Columnas no leídas: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n evento escrito en %1.</numerusform>
            <numerusform>%n eventos escritos en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::TimelineStore</name>
    <message>
        <source>An event needs the time it happened.</source>
        <translation>Un evento necesita la hora en que ocurrió.</translation>
    </message>
    <message>
        <source>An event cannot end (%1) before it begins (%2).</source>
        <translation>Un evento no puede terminar (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>An event needs a title (what happened) of at most %1 characters.</source>
        <translation>Un evento necesita un título (qué ocurrió) de como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A source can be at most %1 characters long.</source>
        <translation>Una fuente puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The %1 holds a control character (U+%2) at position %3.</source>
        <translation>El campo %1 contiene un carácter de control (U+%2) en la posición %3.</translation>
    </message>
    <message>
        <source>The %1 can be at most %L2 characters long; this one has %L3.</source>
        <translation>El campo %1 puede tener como máximo %L2 caracteres; este tiene %L3.</translation>
    </message>
    <message>
        <source>Event %L1: %2</source>
        <translation>Evento %L1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Se canceló la importación; no se añadió nada.</translation>
    </message>
    <message>
        <source>Adding events</source>
        <translation>Añadiendo eventos</translation>
    </message>
    <message>
        <source>The file has a header row but no events.</source>
        <translation>El archivo tiene una fila de encabezado, pero ningún evento.</translation>
    </message>
    <message>
        <source>Row %L1, column %2 (%3): %4</source>
        <translation>Fila %L1, columna %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 %2 seen</source>
        <extracomment>A timeline event taken from an observable: %1 its type (ipv4, domain...), %2 its value.</extracomment>
        <translation>%1 %2 observado</translation>
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
        <translation>EVENTO</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HORA</translation>
    </message>
    <message>
        <source>END</source>
        <translation>FIN</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>FUENTE</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUÉ</translation>
    </message>
</context>
<context>
    <name>fb::Tlp</name>
    <message>
        <source>Recipients can spread this to the world, there is no limit on disclosure.</source>
        <translation>Los destinatarios pueden difundir esto a todo el mundo; no hay límite de divulgación.</translation>
    </message>
    <message>
        <source>Limited disclosure, recipients can spread this within their community.</source>
        <translation>Divulgación limitada: los destinatarios pueden difundir esto dentro de su comunidad.</translation>
    </message>
    <message>
        <source>Limited disclosure, recipients can only spread this on a need-to-know basis within their organization and its clients.</source>
        <translation>Divulgación limitada: los destinatarios solo pueden difundir esto según la necesidad de conocer dentro de su organización y sus clientes.</translation>
    </message>
    <message>
        <source>Limited disclosure, recipients can only spread this on a need-to-know basis within their organization.</source>
        <translation>Divulgación limitada: los destinatarios solo pueden difundir esto según la necesidad de conocer dentro de su organización.</translation>
    </message>
    <message>
        <source>For the eyes and ears of individual recipients only, no further disclosure.</source>
        <translation>Solo para los ojos y oídos de los destinatarios individuales; ninguna divulgación adicional.</translation>
    </message>
</context>
<context>
    <name>fb::Triage</name>
    <message>
        <source>Report %1: %2 set.</source>
        <translation>Notificación %1: se estableció %2.</translation>
    </message>
    <message>
        <source>Say why the report is rejected.</source>
        <translation>Indique por qué se rechaza la notificación.</translation>
    </message>
    <message>
        <source>Report %1 rejected.</source>
        <translation>Notificación %1 rechazada.</translation>
    </message>
    <message>
        <source>Report %1 is now part of the new incident %2.</source>
        <translation>La notificación %1 forma parte ahora del nuevo incidente %2.</translation>
    </message>
    <message>
        <source>Report %1 linked to incident %2.</source>
        <translation>Notificación %1 vinculada al incidente %2.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
        <source>Report %1 was changed since; its history shows what happened. Nothing was undone.</source>
        <translation>La notificación %1 se ha modificado desde entonces; su historial muestra lo ocurrido. No se deshizo nada.</translation>
    </message>
    <message>
        <source>Incident %1 was worked on since it was made; it stays. Nothing was undone.</source>
        <translation>Se ha trabajado en el incidente %1 desde que se creó; se mantiene. No se deshizo nada.</translation>
    </message>
    <message>
        <source>Made in triage by mistake; undone (report %1).</source>
        <translation>Creado en el triaje por error; deshecho (notificación %1).</translation>
    </message>
</context>
<context>
    <name>fb::TriagePage</name>
    <message>
        <source>Type an incident&apos;s number or title…</source>
        <translation>Escriba el número o el título de un incidente…</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>State: %1 · TLP: %2 · Severity: %3 · Class: %4</source>
        <translation>Estado: %1 · TLP: %2 · Gravedad: %3 · Clase: %4</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Notificado por %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>Type an incident&apos;s number, or pick one from the list.</source>
        <translation>Escriba el número de un incidente o elija uno de la lista.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Link to incident (%1)</source>
        <translation>Vincular a un incidente (%1)</translation>
    </message>
    <message>
        <source>No new reports to triage. Import mail (Ctrl+I) or wait for the next report.</source>
        <translation>No hay notificaciones nuevas para el triaje. Importe correo (Ctrl+I) o espere a la próxima notificación.</translation>
    </message>
    <message numerus="yes">
        <source>All new reports triaged (%n handled here; K goes back).</source>
        <translation>
            <numerusform>Triaje de todas las notificaciones nuevas completado (%n gestionada aquí; K vuelve atrás).</numerusform>
            <numerusform>Triaje de todas las notificaciones nuevas completado (%n gestionadas aquí; K vuelve atrás).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report %1 of %2 (%3 still new)</source>
        <translation>Notificación %1 de %2 (nuevas pendientes: %3)</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nuevo incidente</translation>
    </message>
    <message>
        <source>Title of the new incident for report %1:</source>
        <translation>Título del nuevo incidente para la notificación %1:</translation>
    </message>
    <message>
        <source>An incident needs a title; nothing was made.</source>
        <translation>Un incidente necesita un título; no se creó nada.</translation>
    </message>
    <message>
        <source>Reject report</source>
        <translation>Rechazar notificación</translation>
    </message>
    <message>
        <source>Why is report %1 rejected? (For example: spam, not an incident, outside our constituency, duplicate.)</source>
        <translation>¿Por qué se rechaza la notificación %1? (Por ejemplo: spam, no es un incidente, fuera de nuestra comunidad atendida, duplicada.)</translation>
    </message>
    <message>
        <source>TLP:RED</source>
        <translation>TLP:RED</translation>
    </message>
    <message>
        <source>Mark report %1 TLP:RED? It may then be shared only with the people present, never mailed unencrypted.</source>
        <translation>¿Marcar la notificación %1 como TLP:RED? Entonces solo podrá compartirse con las personas presentes y nunca enviarse por correo sin cifrar.</translation>
    </message>
    <message>
        <source>No new reports to triage</source>
        <translation>No hay notificaciones nuevas para el triaje</translation>
    </message>
    <message>
        <source>Reports arrive with mail: import it with File → Import mail files…, or wait for the next report.</source>
        <translation>Las notificaciones llegan con el correo: impórtelo con Archivo → Importar archivos de correo…, o espere a la próxima notificación.</translation>
    </message>
</context>
<context>
    <name>fb::TrustedIntroducerReader</name>
    <message>
        <source>The field is missing.</source>
        <translation>Falta el campo.</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>Se esperaba texto.</translation>
    </message>
    <message>
        <source>Expected a list of text.</source>
        <translation>Se esperaba una lista de textos.</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>Se esperaba una lista.</translation>
    </message>
    <message>
        <source>“%1” is not a channel usage (one of: %2).</source>
        <translation>«%1» no es un uso de canal (uno de: %2).</translation>
    </message>
    <message>
        <source>Expected text or an object.</source>
        <translation>Se esperaba texto o un objeto.</translation>
    </message>
    <message>
        <source>“%1” is not a team type (one of: %2).</source>
        <translation>«%1» no es un tipo de equipo (uno de: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a Trusted Introducer status.</source>
        <translation>«%1» no es un estado de Trusted Introducer.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Se esperaba true o false.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Se esperaba un objeto.</translation>
    </message>
    <message>
        <source>Expected an ISO 8601 time.</source>
        <translation>Se esperaba una hora ISO 8601.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>El archivo no es JSON válido: %1.</translation>
    </message>
    <message>
        <source>The file holds no list of teams (expected an array or {&quot;teams&quot;: [...]}).</source>
        <translation>El archivo no contiene ninguna lista de equipos (se esperaba un array o {&quot;teams&quot;: [...]}).</translation>
    </message>
    <message>
        <source>Expected an object for a team.</source>
        <translation>Se esperaba un objeto para un equipo.</translation>
    </message>
</context>
<context>
    <name>fb::UserGuideDialog</name>
    <message>
        <source>Firebreak user guide</source>
        <translation>Guía del usuario de Firebreak</translation>
    </message>
    <message>
        <source>This build of Firebreak has no user guide.</source>
        <translation>Esta compilación de Firebreak no incluye guía del usuario.</translation>
    </message>
</context>
<context>
    <name>fb::VCardReader</name>
    <message>
        <source>Not a property line (a folded line must start with a space or a tab).</source>
        <translation>No es una línea de propiedad (una línea plegada debe empezar con un espacio o un tabulador).</translation>
    </message>
    <message>
        <source>A parameter must have the form NAME=value.</source>
        <translation>Un parámetro debe tener la forma NOMBRE=valor.</translation>
    </message>
    <message>
        <source>A quoted parameter value is not closed.</source>
        <translation>Un valor de parámetro entre comillas no está cerrado.</translation>
    </message>
    <message>
        <source>A double quote may only enclose a whole parameter value.</source>
        <translation>Unas comillas dobles solo pueden encerrar un valor de parámetro completo.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>A continuation line has nothing to continue.</source>
        <translation>Una línea de continuación no tiene nada que continuar.</translation>
    </message>
    <message>
        <source>The card starting here has no END:VCARD.</source>
        <translation>La tarjeta que empieza aquí no tiene END:VCARD.</translation>
    </message>
    <message>
        <source>Text outside BEGIN:VCARD ... END:VCARD.</source>
        <translation>Texto fuera de BEGIN:VCARD ... END:VCARD.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>the text is not valid %1; it was read as Latin-1 (ISO 8859-1): check it.</source>
        <translation>el texto no es %1 válido; se leyó como Latin-1 (ISO 8859-1): compruébelo.</translation>
    </message>
    <message>
        <source>the character set “%1” is unknown; the text was read as UTF-8 or Latin-1: check it.</source>
        <translation>el juego de caracteres «%1» es desconocido; el texto se leyó como UTF-8 o Latin-1: compruébelo.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; it was read as Latin-1 (ISO 8859-1): check it.</source>
        <translation>el texto no es UTF-8 válido; se leyó como Latin-1 (ISO 8859-1): compruébelo.</translation>
    </message>
    <message>
        <source>The card has no VERSION (2.1, 3.0 or 4.0).</source>
        <translation>La tarjeta no tiene VERSION (2.1, 3.0 o 4.0).</translation>
    </message>
    <message>
        <source>vCard version “%1” is not read (2.1, 3.0 and 4.0 are).</source>
        <translation>La versión de vCard «%1» no se lee (se leen 2.1, 3.0 y 4.0).</translation>
    </message>
</context>
<context>
    <name>fb::Vault</name>
    <message>
        <source>%1 already exists; Firebreak does not overwrite files.</source>
        <translation>%1 ya existe; Firebreak no sobrescribe archivos.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The key was derived for another file than %1.</source>
        <translation>La clave se derivó para un archivo distinto de %1.</translation>
    </message>
    <message>
        <source>Cannot %1 the workspace %2: %3</source>
        <translation>No se puede %1 el espacio de trabajo %2: %3</translation>
    </message>
    <message>
        <source>create</source>
        <translation>crear</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abrir</translation>
    </message>
    <message>
        <source>setting the key</source>
        <translation>establecer la clave</translation>
    </message>
    <message>
        <source>reading the workspace</source>
        <translation>leer el espacio de trabajo</translation>
    </message>
    <message>
        <source>%1 is read-only; Firebreak needs to write to it.</source>
        <translation>%1 es de solo lectura; Firebreak necesita escribir en él.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Firebreak workspace.</source>
        <translation>%1 es una base de datos SQLite, pero no un espacio de trabajo de Firebreak.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Firebreak (workspace format %2; this program knows up to %3). Update Firebreak to open it; the file has not been changed.</source>
        <translation>%1 lo escribió una versión más reciente de Firebreak (formato de espacio de trabajo %2; este programa conoce hasta el %3). Actualice Firebreak para abrirlo; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging; is its folder writable?</source>
        <translation>No se puede pasar %1 al registro de escritura anticipada (WAL); ¿se puede escribir en su carpeta?</translation>
    </message>
    <message>
        <source>%1 returned nothing.</source>
        <translation>%1 no devolvió nada.</translation>
    </message>
    <message>
        <source>The schema migration %1 is missing from this build.</source>
        <translation>Falta la migración de esquema %1 en esta compilación.</translation>
    </message>
    <message>
        <source>Upgrading %1 to format %2 failed: %3</source>
        <translation>Falló la actualización de %1 al formato %2: %3</translation>
    </message>
    <message>
        <source>This database is not encrypted.</source>
        <translation>Esta base de datos no está cifrada.</translation>
    </message>
    <message>
        <source>The workspace %1 is closed.</source>
        <translation>El espacio de trabajo %1 está cerrado.</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>preparar una consulta</translation>
    </message>
    <message>
        <source>running a statement</source>
        <translation>ejecutar una sentencia</translation>
    </message>
    <message>
        <source>The workspace %1 could not be written (%2 while %3).</source>
        <translation>No se pudo escribir el espacio de trabajo %1 (%2 al %3).</translation>
    </message>
    <message>
        <source>The workspace %1 is in use by another program (%2 while %3).</source>
        <translation>Otro programa está usando el espacio de trabajo %1 (%2 al %3).</translation>
    </message>
    <message>
        <source>The change conflicts with what is stored (%1 while %2).</source>
        <translation>El cambio entra en conflicto con lo almacenado (%1 al %2).</translation>
    </message>
    <message>
        <source>Database error in %1 (%2 while %3).</source>
        <translation>Error de base de datos en %1 (%2 al %3).</translation>
    </message>
    <message>
        <source>The transaction is no longer open.</source>
        <translation>La transacción ya no está abierta.</translation>
    </message>
    <message>
        <source>A step of this change failed, so none of it was saved.</source>
        <translation>Un paso de este cambio falló, así que no se guardó nada de él.</translation>
    </message>
    <message>
        <source>binding a query parameter</source>
        <translation>vincular un parámetro de consulta</translation>
    </message>
    <message>
        <source>running a query</source>
        <translation>ejecutar una consulta</translation>
    </message>
    <message>
        <source>preparing the copy of %1</source>
        <translation>preparar la copia de %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>leer %1</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>copiar %1</translation>
    </message>
    <message>
        <source>The passphrase does not open %1 (or the file is not a Firebreak workspace, or its first page is damaged).</source>
        <translation>La frase de contraseña no abre %1 (o el archivo no es un espacio de trabajo de Firebreak, o su primera página está dañada).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2, and its write-ahead log %3 holds changes that are not yet in the file. Make the file and its folder writable and open it again; nothing has been changed.</source>
        <translation>No se puede abrir %1: %2, y su registro de escritura anticipada %3 contiene cambios que aún no están en el archivo. Haga que se pueda escribir en el archivo y en su carpeta y vuelva a abrirlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is in workspace format %2 and must be upgraded to format %3 to be opened, but %4. Make it writable and open it again; nothing has been changed.</source>
        <translation>%1 está en el formato de espacio de trabajo %2 y debe actualizarse al formato %3 para abrirse, pero %4. Haga que se pueda escribir en él y vuelva a abrirlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2): changes cannot be saved. Make the file and its folder writable and open it again.</source>
        <translation>%1 está abierto en solo lectura (%2): no se pueden guardar los cambios. Haga que se pueda escribir en el archivo y en su carpeta y vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: a page fails its integrity check (while %2). Restore it from a backup; verify lists the tables that can still be read.</source>
        <translation>El espacio de trabajo %1 está dañado: una página no supera su comprobación de integridad (al %2). Restáurelo desde una copia de seguridad; verify enumera las tablas que aún se pueden leer.</translation>
    </message>
    <message>
        <source>The passphrase cannot be changed inside a transaction.</source>
        <translation>La frase de contraseña no se puede cambiar dentro de una transacción.</translation>
    </message>
    <message>
        <source>Cannot replace %1 with its re-encrypted copy: %2</source>
        <translation>No se puede reemplazar %1 por su copia recifrada: %2</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed, but the workspace could not be opened again: %2</source>
        <translation>Se cambió la frase de contraseña de %1, pero no se pudo volver a abrir el espacio de trabajo: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is in use by another window or program; close it and change the passphrase again.</source>
        <translation>El espacio de trabajo %1 está en uso por otra ventana u otro programa; ciérrelo y vuelva a cambiar la frase de contraseña.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>creating the re-encrypted copy</source>
        <translation>crear la copia recifrada</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged at page %2 (%3). Restore it from a backup; verify lists the tables that can still be read.</source>
        <translation>El espacio de trabajo %1 está dañado en la página %2 (%3). Restáurelo desde una copia de seguridad; verify enumera las tablas que aún se pueden leer.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (%2). Restore it from a backup; verify lists the tables that can still be read.</source>
        <translation>El espacio de trabajo %1 está dañado (%2). Restáurelo desde una copia de seguridad; verify enumera las tablas que aún se pueden leer.</translation>
    </message>
</context>
<context>
    <name>fb::WorklogPanel</name>
    <message>
        <source>Internal comment for the team — never mailed. %1 adds it.</source>
        <translation>Comentario interno para el equipo — nunca se envía por correo. %1 lo añade.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Select an entry to read it whole.</source>
        <translation>Seleccione una entrada para leerla completa.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Añadir comentario</translation>
    </message>
    <message>
        <source>This ticket was merged into another one; comment there.</source>
        <translation>Este ticket se fusionó con otro; comente allí.</translation>
    </message>
    <message>
        <source>Mail from %1: %2</source>
        <translation>Correo de %1: %2</translation>
    </message>
    <message>
        <source>Mail to %1: %2</source>
        <translation>Correo para %1: %2</translation>
    </message>
    <message>
        <source>From: %1
To: %2
Subject: %3

%4</source>
        <translation>De: %1
Para: %2
Asunto: %3

%4</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentario: %1</translation>
    </message>
    <message>
        <source>Nothing logged yet</source>
        <translation>Todavía no hay nada registrado</translation>
    </message>
    <message>
        <source>Comments and changes to this ticket show here; write a comment below.</source>
        <translation>Los comentarios y cambios de este ticket aparecen aquí; escriba un comentario abajo.</translation>
    </message>
    <message>
        <source>%1

As recorded: %2</source>
        <translation>%1

Tal como se registró: %2</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceCommands</name>
    <message>
        <source>Create a new, empty workspace at --workspace (or $%1), encrypted with a key derived from the passphrase. An existing file is never overwritten. When the passphrase is asked for, it is asked twice.</source>
        <translation>Crea un espacio de trabajo nuevo y vacío en --workspace (o $%1), cifrado con una clave derivada de la frase de contraseña. Nunca se sobrescribe un archivo existente. Cuando se pide la frase de contraseña, se pide dos veces.</translation>
    </message>
    <message>
        <source>%1 already exists; init never overwrites a file.</source>
        <translation>%1 ya existe; init nunca sobrescribe un archivo.</translation>
    </message>
    <message>
        <source>New workspace passphrase: </source>
        <translation>Frase de contraseña del nuevo espacio de trabajo: </translation>
    </message>
    <message>
        <source>Created workspace %1.</source>
        <translation>Se creó el espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE (else $%1, else asked twice).</source>
        <translation>Lee la nueva frase de contraseña de la primera línea de ARCHIVO (si no, $%1; si no, se pide dos veces).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Frase de contraseña cambiada.</translation>
    </message>
    <message>
        <source>Integrity check: ok.</source>
        <translation>Comprobación de integridad: correcta.</translation>
    </message>
    <message>
        <source>History: %1 rows, chain intact.</source>
        <translation>Historial: %1 filas, cadena intacta.</translation>
    </message>
    <message>
        <source>History: chain broken.</source>
        <translation>Historial: cadena rota.</translation>
    </message>
    <message>
        <source>History row %1 breaks the chain: %2</source>
        <translation>La fila %1 del historial rompe la cadena: %2</translation>
    </message>
    <message>
        <source>Create a demo workspace at --workspace when there is no file there yet: about forty tickets of every kind over the last ninety days (botnet, SSH brute force, CVE-2024-3094, DDoS, ransomware, phishing, spam). Then show its queues.</source>
        <translation>Crea un espacio de trabajo de demostración en --workspace cuando todavía no hay ningún archivo allí: unos cuarenta tickets de todos los tipos de los últimos noventa días (botnet, fuerza bruta SSH, CVE-2024-3094, DDoS, ransomware, phishing, spam). Después muestra sus colas.</translation>
    </message>
    <message>
        <source>Passphrase for the demo workspace: </source>
        <translation>Frase de contraseña del espacio de trabajo de demostración: </translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVOS</translation>
    </message>
    <message>
        <source>SLA BREACHED</source>
        <translation>SLA INCUMPLIDO</translation>
    </message>
    <message>
        <source>BY STATE</source>
        <translation>POR ESTADO</translation>
    </message>
    <message>
        <source>Created the demo workspace %1 with %2 tickets.</source>
        <translation>Se creó el espacio de trabajo de demostración %1 con %2 tickets.</translation>
    </message>
    <message>
        <source>Demo workspace %1 (%2 tickets).</source>
        <translation>Espacio de trabajo de demostración %1 (%2 tickets).</translation>
    </message>
    <message>
        <source>Try:
  firebreak-cli ticket list --active --sort due
  firebreak-cli ticket show 2
  firebreak-cli observable search 203.0.113.0/24
  firebreak-cli ticket search phishing owner:bob
  firebreak-cli verify
</source>
        <translation>Pruebe:
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
            <numerusform>  legible     %1 (%n fila)</numerusform>
            <numerusform>  legible     %1 (%n filas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  DAMAGED     %1 (%n row(s) read before the damage)</source>
        <translation>
            <numerusform>  DAÑADA      %1 (%n fila leída antes del daño)</numerusform>
            <numerusform>  DAÑADA      %1 (%n filas leídas antes del daño)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Every table can still be read: the damage is in an index or in unused pages.</source>
        <translation>%1 Todas las tablas se pueden leer aún: el daño está en un índice o en páginas sin usar.</translation>
    </message>
    <message>
        <source>%1 Tables that cannot be read whole: %2.</source>
        <translation>%1 Tablas que no se pueden leer completas: %2.</translation>
    </message>
    <message>
        <source>Tickets: %1 match their history.</source>
        <translation>Tickets: %1 coinciden con su historial.</translation>
    </message>
    <message numerus="yes">
        <source>Tickets: %n difference(s) from their history:</source>
        <translation>
            <numerusform>Tickets: %n diferencia con su historial:</numerusform>
            <numerusform>Tickets: %n diferencias con su historial:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … y %n más.</numerusform>
            <numerusform>  … y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tickets do not match their history: %n difference(s), the first in ticket #%1 (%2).</source>
        <translation>
            <numerusform>Los tickets no coinciden con su historial: %n diferencia, la primera en el ticket #%1 (%2).</numerusform>
            <numerusform>Los tickets no coinciden con su historial: %n diferencias, la primera en el ticket #%1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy&apos;s passphrase from the first line of FILE (else $%1, else the damaged workspace&apos;s passphrase).</source>
        <translation>La frase de contraseña de la copia, de la primera línea de ARCHIVO (si no, $%1; si no, la frase de contraseña del espacio de trabajo dañado).</translation>
    </message>
    <message>
        <source>Copy every row that can still be read of a damaged workspace into a new workspace OUT (never overwritten), skipping the pages that fail their check; full-text indexes are rebuilt. The damaged file is only read. Exit code 0 when everything was copied, 2 when rows were lost (run verify on the copy: its history chain names where).</source>
        <translation>Copia todas las filas que aún se pueden leer de un espacio de trabajo dañado en un nuevo espacio de trabajo OUT (nunca se sobrescribe), omitiendo las páginas que no superan su comprobación; los índices de texto completo se reconstruyen. El archivo dañado solo se lee. Código de salida 0 si se copió todo; 2 si se perdieron filas (ejecute verify sobre la copia: su cadena del historial indica dónde).</translation>
    </message>
    <message>
        <source>Passphrase for the copy: </source>
        <translation>Frase de contraseña de la copia: </translation>
    </message>
    <message>
        <source>Passphrase for the copy (the same as before): </source>
        <translation>Frase de contraseña de la copia (la misma que antes): </translation>
    </message>
    <message numerus="yes">
        <source>  copied      %1 (%n row(s))</source>
        <translation>
            <numerusform>  copiada     %1 (%n fila)</numerusform>
            <numerusform>  copiada     %1 (%n filas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  PARTLY      %1 (%n row(s); rows on unreadable pages lost)</source>
        <translation>
            <numerusform>  PARCIAL     %1 (%n fila; se perdieron las filas de páginas ilegibles)</numerusform>
            <numerusform>  PARCIAL     %1 (%n filas; se perdieron las filas de páginas ilegibles)</numerusform>
        </translation>
    </message>
    <message>
        <source>Salvaged into %1.</source>
        <translation>Recuperado en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Some rows could not be read and are not in %1 (%n copied row(s) refer to lost rows). Run verify on the copy.</source>
        <translation>
            <numerusform>Algunas filas no se pudieron leer y no están en %1 (%n fila copiada hace referencia a filas perdidas). Ejecute verify sobre la copia.</numerusform>
            <numerusform>Algunas filas no se pudieron leer y no están en %1 (%n filas copiadas hacen referencia a filas perdidas). Ejecute verify sobre la copia.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new workspace file.</source>
        <translation>El nuevo archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity check over every page, walk the hash chain of the history, and replay the history of every ticket to compare it with the tickets (each difference names the ticket, the field, what the history says and what the ticket holds), and recompute every evidence file&apos;s size and SHA-256 (a changed file names its ticket and file). Exit code 0 when all is intact, 2 otherwise.</source>
        <translation>Ejecuta la comprobación de integridad de SQLite sobre todas las páginas, recorre la cadena de hashes del historial, reproduce el historial de cada ticket para compararlo con los tickets (cada diferencia indica el ticket, el campo, lo que dice el historial y lo que contiene el ticket) y recalcula el tamaño y el SHA-256 de cada archivo de evidencia (un archivo modificado indica su ticket y su archivo). Código de salida 0 si todo está intacto, 2 en caso contrario.</translation>
    </message>
    <message>
        <source>Change the passphrase: the whole file is re-encrypted under a key from the new passphrase and a fresh salt. The current passphrase comes from the usual sources, never from a key kept by unlock; that key is forgotten.</source>
        <translation>Cambia la frase de contraseña: todo el archivo se vuelve a cifrar con una clave derivada de la nueva frase de contraseña y una sal nueva. La frase de contraseña actual procede de las fuentes habituales, nunca de una clave guardada por unlock; esa clave se olvida.</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceFile</name>
    <message>
        <source>There is no workspace file at %1.</source>
        <translation>No hay ningún archivo de espacio de trabajo en %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Firebreak workspace.</source>
        <translation>%1 es una base de datos SQLite sin cifrar, no un espacio de trabajo de Firebreak.</translation>
    </message>
    <message>
        <source>%1 is not a Firebreak workspace, or it is truncated (%2 bytes).</source>
        <translation>%1 no es un espacio de trabajo de Firebreak, o está truncado (%2 bytes).</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>está en un sistema de archivos de solo lectura</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <source>its folder %1 is read-only</source>
        <translation>su carpeta %1 es de solo lectura</translation>
    </message>
    <message>
        <source>Cannot open %1 for changes: %2 cannot be written by this user. Make it writable, or remove it when no program has the workspace open.</source>
        <translation>No se puede abrir %1 para hacer cambios: este usuario no puede escribir en %2. Haga que se pueda escribir en él, o elimínelo cuando ningún programa tenga abierto el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot open %1 for changes: its write-ahead log %2 cannot be written by this user. Make it writable; do not remove it, it holds saved changes.</source>
        <translation>No se puede abrir %1 para hacer cambios: este usuario no puede escribir en su registro de escritura anticipada %2. Haga que se pueda escribir en él; no lo elimine, contiene cambios guardados.</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk: %2</source>
        <translation>No se puede escribir %1 en el disco: %2</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceSession</name>
    <message>
        <source>&apos;%1&apos; is not a duration from 1s to 12h: give seconds, minutes or hours, as 30s, 15m or 2h.</source>
        <translation>«%1» no es una duración de 1s a 12h: indique segundos, minutos u horas, como 30s, 15m o 2h.</translation>
    </message>
    <message>
        <source>A session lasts from 1 second to 12 hours.</source>
        <translation>Una sesión dura de 1 segundo a 12 horas.</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceSettings</name>
    <message>
        <source>SLA times are %1 minutes to %2 days; not %3 minutes (severity %4).</source>
        <translation>Los tiempos del SLA van de %1 minutos a %2 días; no %3 minutos (gravedad %4).</translation>
    </message>
    <message>
        <source>The first response cannot be due after the resolution (severity %1).</source>
        <translation>La primera respuesta no puede vencer después de la resolución (gravedad %1).</translation>
    </message>
    <message>
        <source>Directory entries are stale after %1 to %2 days; not %3.</source>
        <translation>Las entradas del directorio se desactualizan tras %1 a %2 días; no %3.</translation>
    </message>
    <message>
        <source>Auto-lock is 0 (never) to %1 minutes; not %2.</source>
        <translation>El bloqueo automático va de 0 (nunca) a %1 minutos; no %2.</translation>
    </message>
    <message>
        <source>“%1” is not a language of Firebreak; choose one of %2, or nothing for the system&apos;s.</source>
        <translation>«%1» no es un idioma de Firebreak; elija uno de %2, o nada para el del sistema.</translation>
    </message>
    <message>
        <source>This computer&apos;s settings could not be saved to %1.</source>
        <translation>No se pudieron guardar los ajustes de este ordenador en %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Incident-handling workbench for CSIRTs</source>
        <translation>Banco de trabajo de gestión de incidentes para CSIRT</translation>
    </message>
    <message>
        <source>Open the demo workspace, creating it if needed.</source>
        <translation>Abre el espacio de trabajo de demostración, creándolo si hace falta.</translation>
    </message>
    <message>
        <source>Render the main window to PNG files in &lt;dir&gt; (sample data) and quit.</source>
        <translation>Representa la ventana principal en archivos PNG en &lt;dir&gt; (datos de ejemplo) y sale.</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>El archivo de espacio de trabajo que se abrirá.</translation>
    </message>
</context>
</TS>
