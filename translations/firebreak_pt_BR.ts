<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>Count</source>
        <translation>Contagem</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Incident reports received</source>
        <translation>Notificações de incidente recebidas</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Incidentes abertos</translation>
    </message>
    <message>
        <source>Incidents resolved</source>
        <translation>Incidentes resolvidos</translation>
    </message>
    <message>
        <source>Incidents still open at the end of the period</source>
        <translation>Incidentes ainda abertos no fim do período</translation>
    </message>
    <message>
        <source>Incidents opened by RSIT class and type</source>
        <translation>Incidentes abertos por classe e tipo RSIT</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>No incident was opened in the period.</source>
        <translation>Nenhum incidente foi aberto no período.</translation>
    </message>
    <message>
        <source>Incident reports by reporter type</source>
        <translation>Notificações de incidente por tipo de notificante</translation>
    </message>
    <message>
        <source>Reporter type</source>
        <translation>Tipo de notificante</translation>
    </message>
    <message>
        <source>No incident report was received in the period.</source>
        <translation>Nenhuma notificação de incidente foi recebida no período.</translation>
    </message>
    <message>
        <source>Response and resolution times</source>
        <translation>Tempos de resposta e de resolução</translation>
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
        <translation>Primeira resposta a uma notificação de incidente</translation>
    </message>
    <message>
        <source>Resolution of an incident</source>
        <translation>Resolução de um incidente</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Violações de SLA</translation>
    </message>
    <message>
        <source>Due date missed</source>
        <translation>Prazo não cumprido</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primeira resposta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
</context>
<context>
    <name>fb::AboutDialog</name>
    <message>
        <source>About Firebreak</source>
        <translation>Sobre o Firebreak</translation>
    </message>
    <message>
        <source>Firebreak %1</source>
        <translation>Firebreak %1</translation>
    </message>
    <message>
        <source>An incident-handling workbench for CSIRTs.</source>
        <translation>Uma ferramenta de tratamento de incidentes para CSIRTs.</translation>
    </message>
    <message>
        <source>Licence: %1. Firebreak is free software: you may share and change it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.</source>
        <translation>Licença: %1. O Firebreak é software livre: você pode compartilhá-lo e modificá-lo nos termos da Licença Pública Geral GNU, versão 3 ou qualquer versão posterior. Ele é fornecido sem nenhuma garantia.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilado com Qt %1, em execução no Qt %2.</translation>
    </message>
</context>
<context>
    <name>fb::AbuseReports</name>
    <message>
        <source>The X-ARF report lacks the required field %1.</source>
        <translation>Falta no relatório X-ARF o campo obrigatório %1.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 must be a non-empty text.</source>
        <translation>O campo X-ARF %1 deve ser um texto não vazio.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not an IP address.</source>
        <translation>O campo X-ARF %1 não é um endereço IP.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not an e-mail address.</source>
        <translation>O campo X-ARF %1 não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not an RFC 3339 date and time.</source>
        <translation>O campo X-ARF %1 não é uma data e hora RFC 3339.</translation>
    </message>
    <message>
        <source>The X-ARF field %1 is not a port number (0 to 65535).</source>
        <translation>O campo X-ARF %1 não é um número de porta (0 a 65535).</translation>
    </message>
    <message>
        <source>The X-ARF report&apos;s Version must be &quot;3&quot;.</source>
        <translation>O campo Version do relatório X-ARF deve ser &quot;3&quot;.</translation>
    </message>
    <message>
        <source>The X-ARF report lacks the required field ReporterInfo.</source>
        <translation>Falta no relatório X-ARF o campo obrigatório ReporterInfo.</translation>
    </message>
    <message>
        <source>The X-ARF report lacks the required field Disclosure (true or false).</source>
        <translation>Falta no relatório X-ARF o campo obrigatório Disclosure (true ou false).</translation>
    </message>
    <message>
        <source>The X-ARF report lacks the required field Report.</source>
        <translation>Falta no relatório X-ARF o campo obrigatório Report.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v3 report class.</source>
        <translation>&quot;%1&quot; não é uma classe de relatório X-ARF v3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v3 report type of class %2.</source>
        <translation>&quot;%1&quot; não é um tipo de relatório X-ARF v3 da classe %2.</translation>
    </message>
    <message>
        <source>The X-ARF version &apos;%1&apos; is not 4.x.</source>
        <translation>A versão X-ARF &quot;%1&quot; não é 4.x.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v4 category.</source>
        <translation>&quot;%1&quot; não é uma categoria X-ARF v4.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an X-ARF v4 type of category %2.</source>
        <translation>&quot;%1&quot; não é um tipo X-ARF v4 da categoria %2.</translation>
    </message>
    <message>
        <source>The YAML parser could not be started.</source>
        <translation>Não foi possível iniciar o analisador YAML.</translation>
    </message>
    <message>
        <source>The X-ARF report is not valid YAML (line %1: %2).</source>
        <translation>O relatório X-ARF não é YAML válido (linha %1: %2).</translation>
    </message>
    <message>
        <source>The X-ARF report must be a flat list of fields.</source>
        <translation>O relatório X-ARF deve ser uma lista simples de campos.</translation>
    </message>
    <message>
        <source>The X-ARF report must be a list of fields, not a sequence.</source>
        <translation>O relatório X-ARF deve ser uma lista de campos, não uma sequência.</translation>
    </message>
    <message>
        <source>The X-ARF report must be a list of fields.</source>
        <translation>O relatório X-ARF deve ser uma lista de campos.</translation>
    </message>
    <message>
        <source>The X-ARF report uses YAML aliases, which are not accepted.</source>
        <translation>O relatório X-ARF usa aliases YAML, que não são aceitos.</translation>
    </message>
    <message>
        <source>The ARF report lacks the required field Feedback-Type.</source>
        <translation>Falta no relatório ARF o campo obrigatório Feedback-Type.</translation>
    </message>
    <message>
        <source>The X-ARF report is not valid JSON (%1 at byte %2).</source>
        <translation>O relatório X-ARF não é JSON válido (%1 no byte %2).</translation>
    </message>
    <message>
        <source>The X-ARF report is not a JSON object.</source>
        <translation>O relatório X-ARF não é um objeto JSON.</translation>
    </message>
    <message>
        <source>The JSON is not an X-ARF report (no Version or xarf_version).</source>
        <translation>O JSON não é um relatório X-ARF (sem Version nem xarf_version).</translation>
    </message>
    <message>
        <source>The X-ARF version &apos;%1&apos; is not 0.1 or 0.2.</source>
        <translation>A versão X-ARF &quot;%1&quot; não é 0.1 nem 0.2.</translation>
    </message>
    <message>
        <source>The X-ARF field Source is not an IP address.</source>
        <translation>O campo X-ARF Source não é um endereço IP.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryCommands</name>
    <message>
        <source>Start an advisory from the options and/or a JSON file; it gets the next identifier of the team&apos;s scheme and is a draft (version 0) until published.</source>
        <translation>Cria um boletim a partir das opções e/ou de um arquivo JSON; ele recebe o próximo identificador do esquema da equipe e é um rascunho (versão 0) até ser publicado.</translation>
    </message>
    <message>
        <source>advisory new needs a title (--title or in --from-json).</source>
        <translation>advisory new precisa de um título (--title ou em --from-json).</translation>
    </message>
    <message>
        <source>Created advisory %1 (#%2).</source>
        <translation>Boletim %1 criado (#%2).</translation>
    </message>
    <message>
        <source>Row id or identifier.</source>
        <translation>Id da linha ou identificador.</translation>
    </message>
    <message>
        <source>Publish as interim or final: adds a revision and bumps the version (lint errors block final).</source>
        <translation>Publica como interim ou final: adiciona uma revisão e incrementa a versão (erros de lint bloqueiam final).</translation>
    </message>
    <message>
        <source>With --publish: what changed in this revision.</source>
        <translation>Com --publish: o que mudou nesta revisão.</translation>
    </message>
    <message>
        <source>Change fields (each change is a history row), then optionally publish a revision.</source>
        <translation>Altera campos (cada alteração é uma linha do histórico) e, opcionalmente, publica uma revisão.</translation>
    </message>
    <message>
        <source>--publish takes interim or final, not “%1”.</source>
        <translation>--publish aceita interim ou final, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--publish needs --revision-summary saying what changed.</source>
        <translation>--publish precisa de --revision-summary dizendo o que mudou.</translation>
    </message>
    <message>
        <source>--revision-summary goes with --publish.</source>
        <translation>--revision-summary acompanha --publish.</translation>
    </message>
    <message>
        <source>Nothing to change; see advisory edit --help.</source>
        <translation>Nada a alterar; consulte advisory edit --help.</translation>
    </message>
    <message>
        <source>Published %1 as %2, version %3.</source>
        <translation>%1 publicado como %2, versão %3.</translation>
    </message>
    <message>
        <source>Updated %1.</source>
        <translation>%1 atualizado.</translation>
    </message>
    <message>
        <source>Show an advisory.</source>
        <translation>Mostra um boletim.</translation>
    </message>
    <message>
        <source>Only advisories with this status (draft, interim, final).</source>
        <translation>Só boletins com este status (draft, interim, final).</translation>
    </message>
    <message>
        <source>List the advisories, newest first.</source>
        <translation>Lista os boletins, os mais recentes primeiro.</translation>
    </message>
    <message>
        <source>--status takes draft, interim or final.</source>
        <translation>--status aceita draft, interim ou final.</translation>
    </message>
    <message>
        <source>Check an advisory: errors (which block publishing as final, exit code 2) and warnings, each naming the field.</source>
        <translation>Verifica um boletim: erros (que bloqueiam a publicação como final, código de saída 2) e avisos, cada um indicando o campo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n error(s) that block publishing as final.</source>
        <translation>
            <numerusform>%1 tem %n erro que bloqueia a publicação como final.</numerusform>
            <numerusform>%1 tem %n erros que bloqueiam a publicação como final.</numerusform>
        </translation>
    </message>
    <message>
        <source>A CSAF 2.0 JSON document.</source>
        <translation>Um documento CSAF 2.0 JSON.</translation>
    </message>
    <message>
        <source>Where the document came from (else its &apos;self&apos; reference).</source>
        <translation>De onde veio o documento (senão, sua referência &quot;self&quot;).</translation>
    </message>
    <message>
        <source>Start a draft from a CSAF 2.0 document, keeping its publisher, tracking id, source URL and SHA-256; what the model cannot hold is named in warnings.</source>
        <translation>Cria um rascunho a partir de um documento CSAF 2.0, mantendo seu publicador, id de rastreamento, URL de origem e SHA-256; o que o modelo não comporta é indicado em avisos.</translation>
    </message>
    <message>
        <source>Created advisory %1 (#%2) from %3 of %4.</source>
        <translation>Boletim %1 criado (#%2) a partir de %3 de %4.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryEditor</name>
    <message>
        <source>affected</source>
        <translation>afetado</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corrigido</translation>
    </message>
    <message>
        <source>not affected</source>
        <translation>não afetado</translation>
    </message>
    <message>
        <source>under investigation</source>
        <translation>em investigação</translation>
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
        <translation>&amp;Resumo</translation>
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
        <translation>Nome CWE</translation>
    </message>
    <message>
        <source>CVSS v3.1 vector</source>
        <translation>Vetor CVSS v3.1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fornecedor</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Version or range (vers:…)</source>
        <translation>Versão ou intervalo (vers:…)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descrição</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Impacto</translation>
    </message>
    <message>
        <source>S&amp;olution</source>
        <translation>S&amp;olução</translation>
    </message>
    <message>
        <source>&amp;Workarounds</source>
        <translation>Soluções &amp;alternativas</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referências</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nomes, separados por vírgulas</translation>
    </message>
    <message>
        <source>&amp;Acknowledgments</source>
        <translation>A&amp;gradecimentos</translation>
    </message>
    <message>
        <source>Distribution lists, separated by commas</source>
        <translation>Listas de distribuição, separadas por vírgulas</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>Pú&amp;blico</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>%1 · %2 · version %3</source>
        <translation>%1 · %2 · versão %3</translation>
    </message>
    <message>
        <source>Distribution lists: %1</source>
        <translation>Listas de distribuição: %1</translation>
    </message>
    <message>
        <source>No CVSS vector in the current row.</source>
        <translation>Não há vetor CVSS na linha atual.</translation>
    </message>
    <message>
        <source>Row %1: the CVSS vector is wrong at %2: %3</source>
        <translation>Linha %1: o vetor CVSS está errado em %2: %3</translation>
    </message>
    <message>
        <source>Row %1: base %2 (%3)</source>
        <translation>Linha %1: base %2 (%3)</translation>
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
        <translation>Ainda não há listas de distribuição: crie uma em Equipe → Diretório → Listas</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryExport</name>
    <message>
        <source>This format needs --out FILE.</source>
        <translation>Este formato precisa de --out ARQUIVO.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 gravado.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Um de: %1.</translation>
    </message>
    <message>
        <source>Where to write (&apos;-&apos; for standard output). For csaf a folder, or nothing for the current one, gets the file name of the CSAF rule.</source>
        <translation>Onde gravar (&quot;-&quot; para a saída padrão). Para csaf, uma pasta (ou nada, para a atual) recebe o nome de arquivo da regra CSAF.</translation>
    </message>
    <message>
        <source>With text: clear-sign with the team key (OpenPGP).</source>
        <translation>Com text: assina em texto claro com a chave da equipe (OpenPGP).</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key.</source>
        <translation>Assina com esta chave em vez da chave da equipe.</translation>
    </message>
    <message>
        <source>With mail: the distribution list to send to.</source>
        <translation>Com mail: a lista de distribuição para a qual enviar.</translation>
    </message>
    <message>
        <source>With mail: do not sign (mail is signed by default).</source>
        <translation>Com mail: não assinar (o e-mail é assinado por padrão).</translation>
    </message>
    <message>
        <source>Write an advisory: csaf (CSAF 2.0 JSON), text (72 columns, with --sign clear-signed with the team key from your GnuPG home), html, pdf, or mail (a signed message to a distribution list, refused when a recipient may not receive the TLP label).</source>
        <translation>Grava um boletim: csaf (CSAF 2.0 JSON), text (72 colunas, com --sign assinado em texto claro com a chave da equipe do seu diretório base do GnuPG), html, pdf ou mail (uma mensagem assinada para uma lista de distribuição, recusada quando um destinatário não pode receber o rótulo TLP).</translation>
    </message>
    <message>
        <source>--format takes one of: %1.</source>
        <translation>--format aceita um de: %1.</translation>
    </message>
    <message>
        <source>--sign and --key go with --format text or mail.</source>
        <translation>--sign e --key acompanham --format text ou mail.</translation>
    </message>
    <message>
        <source>--list and --no-sign go with --format mail.</source>
        <translation>--list e --no-sign acompanham --format mail.</translation>
    </message>
    <message>
        <source>--format mail needs --list NAME and --out FILE.eml.</source>
        <translation>--format mail precisa de --list NOME e --out ARQUIVO.eml.</translation>
    </message>
    <message>
        <source>--no-sign cannot go with --sign or --key.</source>
        <translation>--no-sign não pode ser usado com --sign ou --key.</translation>
    </message>
    <message>
        <source>PDF output needs the graphical runtime, which did not start.</source>
        <translation>A saída em PDF precisa do ambiente gráfico, que não foi iniciado.</translation>
    </message>
    <message>
        <source>There is no team key to sign with: link a key to our team in the directory, or give --key FINGERPRINT.</source>
        <translation>Não há chave da equipe para assinar: vincule uma chave à nossa equipe no diretório ou informe --key IMPRESSÃO_DIGITAL.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Bcc: %1</source>
        <translation>Cco: %1</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryLint</name>
    <message>
        <source>The advisory has no identifier.</source>
        <translation>O boletim não tem identificador.</translation>
    </message>
    <message>
        <source>The advisory has no title.</source>
        <translation>O boletim não tem título.</translation>
    </message>
    <message>
        <source>The advisory has no summary.</source>
        <translation>O boletim não tem resumo.</translation>
    </message>
    <message>
        <source>The advisory has no description.</source>
        <translation>O boletim não tem descrição.</translation>
    </message>
    <message>
        <source>The advisory names no affected product.</source>
        <translation>O boletim não cita nenhum produto afetado.</translation>
    </message>
    <message>
        <source>Product %1 needs a vendor and a product name.</source>
        <translation>O produto %1 precisa de um fornecedor e de um nome de produto.</translation>
    </message>
    <message>
        <source>The advisory lists no vulnerability (CVE, CWE or CVSS).</source>
        <translation>O boletim não lista nenhuma vulnerabilidade (CVE, CWE ou CVSS).</translation>
    </message>
    <message>
        <source>%1 is not a CVE identifier.</source>
        <translation>%1 não é um identificador CVE.</translation>
    </message>
    <message>
        <source>%1 is not a CWE identifier (CWE-number).</source>
        <translation>%1 não é um identificador CWE (CWE-número).</translation>
    </message>
    <message>
        <source>%1 has no name; CSAF wants the CWE title.</source>
        <translation>%1 não tem nome; o CSAF exige o título do CWE.</translation>
    </message>
    <message>
        <source>%1 has no CVSS vector.</source>
        <translation>%1 não tem vetor CVSS.</translation>
    </message>
    <message>
        <source>Reference %1 is not an http(s) URL: %2</source>
        <translation>A referência %1 não é uma URL http(s): %2</translation>
    </message>
    <message>
        <source>The advisory has no references.</source>
        <translation>O boletim não tem referências.</translation>
    </message>
    <message>
        <source>The advisory offers neither a solution nor a workaround.</source>
        <translation>O boletim não oferece nem uma solução nem uma medida alternativa.</translation>
    </message>
    <message>
        <source>The advisory has no revision history yet.</source>
        <translation>O boletim ainda não tem histórico de revisões.</translation>
    </message>
    <message>
        <source>The CSAF document fails mandatory test %1: %2</source>
        <translation>O documento CSAF não passa no teste obrigatório %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryMailer</name>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1 (até %2)</translation>
    </message>
    <message>
        <source>%1 (no TLP level set)</source>
        <translation>%1 (nenhum nível TLP definido)</translation>
    </message>
    <message>
        <source>The distribution list “%1” has no members.</source>
        <translation>A lista de distribuição &quot;%1&quot; não tem membros.</translation>
    </message>
    <message>
        <source>Not sent: %1 may not go to %2 on the list “%3”. Take them off the list, raise their level in the directory, or lower the advisory&apos;s label.</source>
        <translation>Não enviado: %1 não pode ir para %2 da lista &quot;%3&quot;. Retire-os da lista, aumente o nível deles no diretório ou reduza o rótulo do boletim.</translation>
    </message>
    <message>
        <source>Not sent: %1 on the list “%2” have no e-mail address in the directory.</source>
        <translation>Não enviado: %1 da lista &quot;%2&quot; não têm endereço de e-mail no diretório.</translation>
    </message>
    <message>
        <source>Not sent: %1 is a draft. Publish it (interim or final) before mailing it to a list.</source>
        <translation>Não enviado: %1 é um rascunho. Publique-o (interim ou final) antes de enviá-lo a uma lista.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryOptions</name>
    <message>
        <source>Take the fields from a JSON file in the form of &apos;advisory show --json&apos;.</source>
        <translation>Obtém os campos de um arquivo JSON no formato de &quot;advisory show --json&quot;.</translation>
    </message>
    <message>
        <source>The title.</source>
        <translation>O título.</translation>
    </message>
    <message>
        <source>TLP 2.0 label: clear, green, amber, amber+strict, red (default amber).</source>
        <translation>Rótulo TLP 2.0: clear, green, amber, amber+strict, red (padrão: amber).</translation>
    </message>
    <message>
        <source>The summary: what it is and what to do, in a few lines.</source>
        <translation>O resumo: o que é e o que fazer, em poucas linhas.</translation>
    </message>
    <message>
        <source>The description.</source>
        <translation>A descrição.</translation>
    </message>
    <message>
        <source>The impact.</source>
        <translation>O impacto.</translation>
    </message>
    <message>
        <source>The solution (vendor fix).</source>
        <translation>A solução (correção do fornecedor).</translation>
    </message>
    <message>
        <source>Workarounds and mitigations.</source>
        <translation>Soluções alternativas e mitigações.</translation>
    </message>
    <message>
        <source>Add a vulnerability: cve=CVE;cvss=VECTOR;cwe=CWE-n;cwe-name=NAME;title=TEXT (each part optional; repeatable).</source>
        <translation>Adiciona uma vulnerabilidade: cve=CVE;cvss=VETOR;cwe=CWE-n;cwe-name=NOME;title=TEXTO (cada parte é opcional; repetível).</translation>
    </message>
    <message>
        <source>Add a product: vendor=V;product=P;version=X or range=vers:...;status=S (status known_affected, fixed, known_not_affected, under_investigation; repeatable).</source>
        <translation>Adiciona um produto: vendor=V;product=P;version=X ou range=vers:...;status=S (status known_affected, fixed, known_not_affected, under_investigation; repetível).</translation>
    </message>
    <message>
        <source>Add a reference: URL, optionally followed by a space and a summary.</source>
        <translation>Adiciona uma referência: URL, opcionalmente seguida de um espaço e um resumo.</translation>
    </message>
    <message>
        <source>Acknowledge someone (repeatable).</source>
        <translation>Agradece a alguém (repetível).</translation>
    </message>
    <message>
        <source>Add a distribution list to the audience (repeatable).</source>
        <translation>Adiciona uma lista de distribuição ao público (repetível).</translation>
    </message>
    <message>
        <source>Link a ticket (repeatable).</source>
        <translation>Vincula um ticket (repetível).</translation>
    </message>
    <message>
        <source>Empty a list before adding: %1.</source>
        <translation>Esvazia uma lista antes de adicionar: %1.</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2.</source>
        <translation>&quot;%1&quot; não é um JSON válido: %2.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>posição %1</translation>
    </message>
    <message>
        <source>“%1” must hold one JSON object (an advisory).</source>
        <translation>&quot;%1&quot; deve conter um único objeto JSON (um boletim).</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label.</source>
        <translation>&quot;%1&quot; não é um rótulo TLP 2.0.</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE with a key of: %2.</source>
        <translation>&quot;%1&quot; não é CHAVE=VALOR com uma chave entre: %2.</translation>
    </message>
    <message>
        <source>“%1” is given twice.</source>
        <translation>&quot;%1&quot; foi informado duas vezes.</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>O valor está vazio.</translation>
    </message>
    <message>
        <source>Give a version or a range, not both.</source>
        <translation>Informe uma versão ou um intervalo, não ambos.</translation>
    </message>
    <message>
        <source>“%1” is not a product status (known_affected, fixed, known_not_affected, under_investigation).</source>
        <translation>&quot;%1&quot; não é um status de produto (known_affected, fixed, known_not_affected, under_investigation).</translation>
    </message>
    <message>
        <source>--clear takes one of: %1; not “%2”.</source>
        <translation>--clear aceita um de: %1; não &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryPage</name>
    <message>
        <source>Advisories</source>
        <translation>Boletins</translation>
    </message>
    <message>
        <source>&amp;New advisory</source>
        <translation>&amp;Novo boletim</translation>
    </message>
    <message>
        <source>&amp;Import CSAF…</source>
        <translation>&amp;Importar CSAF…</translation>
    </message>
    <message>
        <source>Start an advisory from a CSAF 2.0 document, e.g. a vendor&apos;s.</source>
        <translation>Cria um boletim a partir de um documento CSAF 2.0, por exemplo de um fornecedor.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
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
        <translation>%1, versão %2</translation>
    </message>
    <message>
        <source>Fix the errors listed under Checks before publishing.</source>
        <translation>Corrija os erros listados em Verificações antes de publicar.</translation>
    </message>
    <message>
        <source>Publish a new revision and write its files into a folder.</source>
        <translation>Publica uma nova revisão e grava seus arquivos em uma pasta.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>New advisory</source>
        <translation>Novo boletim</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 criado.</translation>
    </message>
    <message>
        <source>Import a CSAF 2.0 document</source>
        <translation>Importar um documento CSAF 2.0</translation>
    </message>
    <message>
        <source>CSAF documents (*.json)</source>
        <translation>Documentos CSAF (*.json)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Não é possível ler &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Não importado: %1</translation>
    </message>
    <message>
        <source>Created %1 from %2 of %3.</source>
        <translation>%1 criado a partir de %2 de %3.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Não publicado: %1</translation>
    </message>
    <message>
        <source>Published, but the files were not written: %1</source>
        <translation>Publicado, mas os arquivos não foram gravados: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s); the PDF could not be laid out.</source>
        <translation>
            <numerusform>%n arquivo gravado; não foi possível diagramar o PDF.</numerusform>
            <numerusform>%n arquivos gravados; não foi possível diagramar o PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s).</source>
        <translation>
            <numerusform>%n arquivo gravado.</numerusform>
            <numerusform>%n arquivos gravados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing %1 and writing its files…</source>
        <translation>Publicando %1 e gravando seus arquivos…</translation>
    </message>
    <message>
        <source>No advisories yet</source>
        <translation>Ainda não há boletins</translation>
    </message>
    <message>
        <source>Write one with New advisory below, or start from a vendor&apos;s CSAF document with Import CSAF…</source>
        <translation>Escreva um com Novo boletim abaixo ou comece a partir do documento CSAF de um fornecedor com Importar CSAF…</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryPreview</name>
    <message>
        <source>Text (signed)</source>
        <translation>Texto (assinado)</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Erro em %1: %2</translation>
    </message>
    <message>
        <source>Warning about %1: %2</source>
        <translation>Aviso sobre %1: %2</translation>
    </message>
    <message>
        <source>No findings: ready to publish.</source>
        <translation>Nenhuma constatação: pronto para publicar.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryPublisher</name>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>A pasta &quot;%1&quot; não existe.</translation>
    </message>
    <message>
        <source>Writing CSAF and HTML</source>
        <translation>Gravando CSAF e HTML</translation>
    </message>
    <message>
        <source>Signing the text with the team key</source>
        <translation>Assinando o texto com a chave da equipe</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was written.</source>
        <translation>A publicação foi cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <source>Writing the files</source>
        <translation>Gravando os arquivos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>There is no team key to sign with; choose one in the directory or publish unsigned.</source>
        <translation>Não há chave da equipe para assinar; escolha uma no diretório ou publique sem assinatura.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryRenderer</name>
    <message>
        <source>affected</source>
        <translation>afetado</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>corrigido</translation>
    </message>
    <message>
        <source>not affected</source>
        <translation>não afetado</translation>
    </message>
    <message>
        <source>under investigation</source>
        <translation>em investigação</translation>
    </message>
    <message>
        <source>CVSS %1 base score %2 (%3)</source>
        <translation>CVSS %1, pontuação base %2 (%3)</translation>
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
        <translation>Vulnerabilidade</translation>
    </message>
    <message>
        <source>Status: %1, version %2</source>
        <translation>Status: %1, versão %2</translation>
    </message>
    <message>
        <source>First published: %1</source>
        <translation>Primeira publicação: %1</translation>
    </message>
    <message>
        <source>This version: %1</source>
        <translation>Esta versão: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Vulnerabilities</source>
        <translation>Vulnerabilidades</translation>
    </message>
    <message>
        <source>Affected products</source>
        <translation>Produtos afetados</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solução</translation>
    </message>
    <message>
        <source>Workarounds</source>
        <translation>Medidas alternativas</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referências</translation>
    </message>
    <message>
        <source>Acknowledgments</source>
        <translation>Agradecimentos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Based on %1 %2.</source>
        <translation>Baseado em %1 %2.</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Histórico de revisões</translation>
    </message>
    <message>
        <source>Status: %1, version %2. First published: %3. This version: %4.</source>
        <translation>Status: %1, versão %2. Primeira publicação: %3. Esta versão: %4.</translation>
    </message>
</context>
<context>
    <name>fb::AdvisoryStore</name>
    <message>
        <source>An advisory identifier scheme needs {YYYY} and {NNNN}, e.g. CERT-XX-{YYYY}-{NNNN}.</source>
        <translation>Um esquema de identificadores de boletins precisa de {YYYY} e {NNNN}, por exemplo, CERT-XX-{YYYY}-{NNNN}.</translation>
    </message>
    <message>
        <source>An advisory identifier may only hold letters, digits and . _ + : - (got %1).</source>
        <translation>Um identificador de boletim só pode conter letras, dígitos e . _ + : - (recebido: %1).</translation>
    </message>
    <message>
        <source>An advisory needs a title.</source>
        <translation>Um boletim precisa de um título.</translation>
    </message>
    <message>
        <source>%1 is not a CWE identifier (CWE-number).</source>
        <translation>%1 não é um identificador CWE (CWE-número).</translation>
    </message>
    <message>
        <source>Product %1 has no name.</source>
        <translation>O produto %1 não tem nome.</translation>
    </message>
    <message>
        <source>Ticket %1 does not exist.</source>
        <translation>O ticket %1 não existe.</translation>
    </message>
    <message>
        <source>Could not number the advisory.</source>
        <translation>Não foi possível numerar o boletim.</translation>
    </message>
    <message>
        <source>Draft created.</source>
        <translation>Rascunho criado.</translation>
    </message>
    <message>
        <source>The new advisory could not be read back.</source>
        <translation>Não foi possível reler o novo boletim.</translation>
    </message>
    <message>
        <source>No such advisory.</source>
        <translation>Boletim inexistente.</translation>
    </message>
    <message>
        <source>Publishing means interim or final.</source>
        <translation>Publicar significa provisório ou final.</translation>
    </message>
    <message>
        <source>A final advisory cannot go back to interim; publish a new final version.</source>
        <translation>Um boletim final não pode voltar a ser provisório; publique uma nova versão final.</translation>
    </message>
    <message>
        <source>The advisory cannot be final yet: %1</source>
        <translation>O boletim ainda não pode ser final: %1</translation>
    </message>
    <message>
        <source>Final version.</source>
        <translation>Versão final.</translation>
    </message>
    <message>
        <source>Interim version.</source>
        <translation>Versão provisória.</translation>
    </message>
    <message>
        <source>CVSS 3.0 vectors are not accepted here; give a CVSS:3.1/ vector (the base metrics are the same). Only a vector from an imported CSAF document is kept as 3.0.</source>
        <translation>Vetores CVSS 3.0 não são aceitos aqui; informe um vetor CVSS:3.1/ (as métricas base são as mesmas). Só um vetor de um documento CSAF importado é mantido como 3.0.</translation>
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
        <translation>STATUS</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSÃO</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>PONTUAÇÃO</translation>
    </message>
    <message>
        <source>RELEASED</source>
        <translation>LANÇADO</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>Advisory #%1 %2, %3, version %4</source>
        <translation>Boletim #%1 %2, %3, versão %4</translation>
    </message>
    <message>
        <source>Audience: %1</source>
        <translation>Público: %1</translation>
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
        <translation>Revisão %1, %2: %3</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Nenhuma constatação.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SEVERIDADE</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CAMPO</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MENSAGEM</translation>
    </message>
</context>
<context>
    <name>fb::AtomicFile</name>
    <message>
        <source>Cannot write a file without a name.</source>
        <translation>Não é possível gravar um arquivo sem nome.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Não é possível gravar &quot;%1&quot;: %2.</translation>
    </message>
</context>
<context>
    <name>fb::BulkActions</name>
    <message numerus="yes">
        <source>%n selected ticket(s)</source>
        <translation>
            <numerusform>%n ticket selecionado</numerusform>
            <numerusform>%n tickets selecionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeitar…</translation>
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
        <translation>Atribuir a…</translation>
    </message>
    <message>
        <source>Set TLP</source>
        <translation>Definir TLP</translation>
    </message>
    <message>
        <source>Set class…</source>
        <translation>Definir classe…</translation>
    </message>
    <message>
        <source>Link to incident…</source>
        <translation>Vincular a um incidente…</translation>
    </message>
    <message numerus="yes">
        <source>Make %n ticket(s) %1</source>
        <translation>
            <numerusform>Mudar %n ticket para o estado %1</numerusform>
            <numerusform>Mudar %n tickets para o estado %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Why are they rejected? (Kept as each ticket&apos;s resolution.)</source>
        <translation>Por que são rejeitados? (Guardado como a resolução de cada ticket.)</translation>
    </message>
    <message>
        <source>Resolution (kept on each ticket):</source>
        <translation>Resolução (guardada em cada ticket):</translation>
    </message>
    <message>
        <source>Say why the tickets are rejected; nothing was changed.</source>
        <translation>Diga por que os tickets são rejeitados; nada foi alterado.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeitar</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) now %1.</source>
        <translation>
            <numerusform>%n ticket alterado para %1.</numerusform>
            <numerusform>%n tickets alterados para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message numerus="yes">
        <source>Owner of the %n ticket(s):</source>
        <translation>
            <numerusform>Responsável por %n ticket:</numerusform>
            <numerusform>Responsável pelos %n tickets:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to %1.</source>
        <translation>
            <numerusform>%n ticket atribuído a %1.</numerusform>
            <numerusform>%n tickets atribuídos a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Set class</source>
        <translation>Definir classe</translation>
    </message>
    <message numerus="yes">
        <source>Class and type of the %n ticket(s):</source>
        <translation>
            <numerusform>Classe e tipo de %n ticket:</numerusform>
            <numerusform>Classe e tipo dos %n tickets:</numerusform>
        </translation>
    </message>
    <message>
        <source>Link to incident</source>
        <translation>Vincular a um incidente</translation>
    </message>
    <message numerus="yes">
        <source>Number of the incident for the %n ticket(s):</source>
        <translation>
            <numerusform>Número do incidente para %n ticket:</numerusform>
            <numerusform>Número do incidente para os %n tickets:</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket number; nothing was changed.</source>
        <translation>&quot;%1&quot; não é um número de ticket; nada foi alterado.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) linked to incident %1.</source>
        <translation>
            <numerusform>%n ticket vinculado ao incidente %1.</numerusform>
            <numerusform>%n tickets vinculados ao incidente %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n ticket(s)</source>
        <translation>
            <numerusform>Alterar %n ticket</numerusform>
            <numerusform>Alterar %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

All of them change in one step, or none does.</source>
        <translation>%1

Todos são alterados em uma única etapa, ou nenhum é.</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Nada foi alterado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…e mais %n.</numerusform>
            <numerusform>…e mais %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed: %n ticket(s) refused.</source>
        <translation>
            <numerusform>Nada foi alterado: %n ticket recusou a alteração.</numerusform>
            <numerusform>Nada foi alterado: %n tickets recusaram a alteração.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ChangePassphraseDialog</name>
    <message>
        <source>The current passphrase is not the one of this workspace.</source>
        <translation>A frase secreta atual não é a deste espaço de trabalho.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Alterar a frase secreta</translation>
    </message>
    <message>
        <source>The whole workspace is re-encrypted under a key from the new passphrase. If the computer stops meanwhile, the old passphrase still opens it. The new passphrase cannot be recovered: keep it somewhere safe.</source>
        <translation>Todo o espaço de trabalho é criptografado novamente com uma chave derivada da nova frase secreta. Se o computador parar no meio do processo, a frase secreta antiga ainda o abre. A nova frase secreta não pode ser recuperada: guarde-a em um lugar seguro.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Frase secreta atual:</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nova frase secreta:</translation>
    </message>
    <message>
        <source>Re-encrypting the workspace…</source>
        <translation>Criptografando novamente o espaço de trabalho…</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>Digite a frase secreta atual.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Nenhum espaço de trabalho está aberto.</translation>
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
        <translation>Endereço ou número</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Out of band</source>
        <translation>Fora de banda</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>An abuse address is an e-mail channel with the usage Abuse. Out-of-band channels are for when the usual ones may be compromised or down.</source>
        <translation>Um endereço de abuso é um canal de e-mail com o uso Abuso. Os canais fora de banda servem para quando os habituais podem estar comprometidos ou fora do ar.</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Adicionar canal</translation>
    </message>
    <message>
        <source>Remove channel</source>
        <translation>Remover canal</translation>
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
        <translation>Não foi possível gravar o gráfico como PNG.</translation>
    </message>
    <message>
        <source>The chart could not be written as SVG.</source>
        <translation>Não foi possível gravar o gráfico como SVG.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imagens SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
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
        <translation>Uso: %1 [opções globais] &lt;substantivo&gt; &lt;verbo&gt; [opções]

Tratamento de incidentes do Firebreak pela linha de comando: tickets (notificações, incidentes, investigações,
contramedidas), observáveis, taxonomias e SLAs em um único arquivo de espaço de trabalho criptografado.

Comandos:
</translation>
    </message>
    <message>
        <source>
Global options (also accepted after the command):
</source>
        <translation>
Opções globais (também aceitas depois do comando):
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra esta ajuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra a versão.</translation>
    </message>
    <message>
        <source>; see %1 --help.</source>
        <translation>; consulte %1 --help.</translation>
    </message>
    <message>
        <source>No command given; see %1 --help.</source>
        <translation>Nenhum comando informado; consulte %1 --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command; see %2 --help.</source>
        <translation>&quot;%1&quot; não é um comando; consulte %2 --help.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a verb: %2.</source>
        <translation>&quot;%1&quot; precisa de um verbo: %2.</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; is not a command; verbs of %1: %3.</source>
        <translation>&quot;%1 %2&quot; não é um comando; verbos de %1: %3.</translation>
    </message>
    <message>
        <source>libsodium could not be initialised.</source>
        <translation>Não foi possível inicializar a libsodium.</translation>
    </message>
    <message>
        <source>&apos;%1 %2&apos; is not a command; %1 needs %3.</source>
        <translation>&quot;%1 %2&quot; não é um comando; %1 precisa de %3.</translation>
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
        <translation>  -h, --help                 Mostra esta ajuda; &apos;%1 &lt;comando&gt; --help&apos; mostra as opções de um comando.
  --version                  Mostra a versão.

Ambiente:
  FIREBREAK_WORKSPACE        O arquivo do espaço de trabalho quando --workspace não é informado.
  FIREBREAK_PASSPHRASE       A frase secreta quando --passphrase-file não é informado (senão, uma
                             solicitação sem eco no terminal; sem terminal, o comando falha).
  FIREBREAK_NEW_PASSPHRASE   A nova frase secreta para passwd.
  FIREBREAK_ACTOR            O nome registrado no histórico (senão, $USER).
  FIREBREAK_NO_SESSION       Quando definida (e diferente de 0), como --no-session: nunca usa uma chave mantida por unlock.

Os horários são mostrados no horário local; JSON (--json) fornece ISO 8601 em UTC.

Códigos de saída:
</translation>
    </message>
</context>
<context>
    <name>fb::CliContext</name>
    <message>
        <source>The workspace file (default: $%1).</source>
        <translation>O arquivo do espaço de trabalho (padrão: $%1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else $%1, else a prompt).</source>
        <translation>Lê a frase secreta da primeira linha de ARQUIVO (senão, $%1; senão, é pedida).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Imprime JSON em vez de texto.</translation>
    </message>
    <message>
        <source>Name recorded in the history (default: $%1, else the login name).</source>
        <translation>Nome registrado no histórico (padrão: $%1; senão, o nome de login).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>No workspace given: use --workspace FILE or set %1.</source>
        <translation>Nenhum espaço de trabalho informado: use --workspace ARQUIVO ou defina %1.</translation>
    </message>
    <message>
        <source>No passphrase given and no terminal to ask for one: use --passphrase-file FILE or set %1.</source>
        <translation>Nenhuma frase secreta informada e nenhum terminal para pedi-la: use --passphrase-file ARQUIVO ou defina %1.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Repita a frase secreta: </translation>
    </message>
    <message>
        <source>No new passphrase given and no terminal to ask for one: use a passphrase file or set %1.</source>
        <translation>Nenhuma frase secreta nova informada e nenhum terminal para pedi-la: use um arquivo de frase secreta ou defina %1.</translation>
    </message>
    <message>
        <source>There is no workspace file at %1.</source>
        <translation>Não há nenhum arquivo de espaço de trabalho em %1.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase secreta de %1: </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket number.</source>
        <translation>&quot;%1&quot; não é um número de ticket.</translation>
    </message>
    <message>
        <source>Ignore a key kept by unlock: ask for the passphrase (also $%1=1).</source>
        <translation>Ignora uma chave mantida por unlock: pede a frase secreta (também $%1=1).</translation>
    </message>
</context>
<context>
    <name>fb::CliFiles</name>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Não é possível ler a entrada padrão.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Não é possível ler &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>No output file given.</source>
        <translation>Nenhum arquivo de saída informado.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder.</source>
        <translation>Não é possível gravar &quot;%1&quot;: é uma pasta.</translation>
    </message>
    <message>
        <source>“%1” already exists; give --force to replace it.</source>
        <translation>&quot;%1&quot; já existe; informe --force para substituí-lo.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: there is no folder %2.</source>
        <translation>Não é possível gravar &quot;%1&quot;: a pasta %2 não existe.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder is not writable.</source>
        <translation>Não é possível gravar &quot;%1&quot;: a pasta não permite gravação.</translation>
    </message>
</context>
<context>
    <name>fb::Command</name>
    <message>
        <source>Add a team (or a person) to the contact directory</source>
        <translation>Adiciona uma equipe (ou uma pessoa) ao diretório de contatos</translation>
    </message>
    <message>
        <source>Change a team in the directory</source>
        <translation>Altera uma equipe do diretório</translation>
    </message>
    <message>
        <source>Show a team with its contacts and warnings</source>
        <translation>Mostra uma equipe com seus contatos e avisos</translation>
    </message>
    <message>
        <source>List the teams (and people) of the directory</source>
        <translation>Lista as equipes (e pessoas) do diretório</translation>
    </message>
    <message>
        <source>Who handles an IP, CIDR, ASN, domain or e-mail address</source>
        <translation>Quem trata um IP, CIDR, ASN, domínio ou endereço de e-mail</translation>
    </message>
    <message>
        <source>Import a Trusted Introducer teams.json or vCards</source>
        <translation>Importa um teams.json do Trusted Introducer ou vCards</translation>
    </message>
    <message>
        <source>Export the directory as vCard or JSON</source>
        <translation>Exporta o diretório como vCard ou JSON</translation>
    </message>
    <message>
        <source>List entries not verified for a while</source>
        <translation>Lista as entradas não verificadas há algum tempo</translation>
    </message>
    <message>
        <source>Import, link and check the OpenPGP keys of teams and people</source>
        <translation>Importa, vincula e verifica as chaves OpenPGP de equipes e pessoas</translation>
    </message>
    <message>
        <source>List RSIT classes and types, TLP and PAP labels (no workspace needed)</source>
        <translation>Lista classes e tipos RSIT e os rótulos TLP e PAP (não precisa de espaço de trabalho)</translation>
    </message>
    <message>
        <source>Create a ticket and print its number</source>
        <translation>Cria um ticket e imprime seu número</translation>
    </message>
    <message>
        <source>List tickets: queues by kind, state, owner...</source>
        <translation>Lista tickets: filas por tipo, estado, responsável...</translation>
    </message>
    <message>
        <source>Change one field of a ticket</source>
        <translation>Altera um campo de um ticket</translation>
    </message>
    <message>
        <source>Move a ticket to another state</source>
        <translation>Move um ticket para outro estado</translation>
    </message>
    <message>
        <source>Link a ticket under an incident</source>
        <translation>Vincula um ticket a um incidente</translation>
    </message>
    <message>
        <source>Remove a ticket from an incident</source>
        <translation>Remove um ticket de um incidente</translation>
    </message>
    <message>
        <source>Merge a duplicate report into another</source>
        <translation>Mescla uma notificação duplicada em outra</translation>
    </message>
    <message>
        <source>Add a tag to a ticket</source>
        <translation>Adiciona uma etiqueta a um ticket</translation>
    </message>
    <message>
        <source>Remove a tag from a ticket</source>
        <translation>Remove uma etiqueta de um ticket</translation>
    </message>
    <message>
        <source>Add an observable (address, domain, hash...)</source>
        <translation>Adiciona um observável (endereço, domínio, hash...)</translation>
    </message>
    <message>
        <source>Search: full text plus typed terms (ip:, cve:, owner:me...)</source>
        <translation>Pesquisa: texto completo mais termos tipados (ip:, cve:, owner:me...)</translation>
    </message>
    <message>
        <source>Show the history of a ticket</source>
        <translation>Mostra o histórico de um ticket</translation>
    </message>
    <message>
        <source>Tickets with an observable; a network finds every address inside</source>
        <translation>Tickets com um observável; uma rede encontra todos os endereços contidos nela</translation>
    </message>
    <message>
        <source>Print the observables in a text (no workspace needed)</source>
        <translation>Imprime os observáveis de um texto (não precisa de espaço de trabalho)</translation>
    </message>
    <message>
        <source>Show response and resolution times per severity</source>
        <translation>Mostra os tempos de resposta e de resolução por severidade</translation>
    </message>
    <message>
        <source>Change the times of one severity</source>
        <translation>Altera os tempos de uma severidade</translation>
    </message>
    <message>
        <source>Create a new encrypted workspace</source>
        <translation>Cria um novo espaço de trabalho criptografado</translation>
    </message>
    <message>
        <source>Change the passphrase of a workspace</source>
        <translation>Altera a frase secreta de um espaço de trabalho</translation>
    </message>
    <message>
        <source>Create a demo workspace (if needed) and show its queues</source>
        <translation>Cria um espaço de trabalho de demonstração (se necessário) e mostra suas filas</translation>
    </message>
    <message>
        <source>Start an advisory (a draft)</source>
        <translation>Cria um boletim (um rascunho)</translation>
    </message>
    <message>
        <source>Change an advisory, or publish a revision</source>
        <translation>Altera um boletim ou publica uma revisão</translation>
    </message>
    <message>
        <source>Show an advisory</source>
        <translation>Mostra um boletim</translation>
    </message>
    <message>
        <source>List the advisories</source>
        <translation>Lista os boletins</translation>
    </message>
    <message>
        <source>Check an advisory before publishing</source>
        <translation>Verifica um boletim antes de publicá-lo</translation>
    </message>
    <message>
        <source>Write an advisory as CSAF, signed text, HTML, PDF or mail</source>
        <translation>Grava um boletim como CSAF, texto assinado, HTML, PDF ou e-mail</translation>
    </message>
    <message>
        <source>Start an advisory from a CSAF 2.0 document (e.g. a vendor&apos;s)</source>
        <translation>Cria um boletim a partir de um documento CSAF 2.0 (por exemplo, de um fornecedor)</translation>
    </message>
    <message>
        <source>Import mail (mbox, Maildir, .eml) into reports and their tickets</source>
        <translation>Importa e-mails (mbox, Maildir, .eml) em notificações e seus tickets</translation>
    </message>
    <message>
        <source>Write a reply, notification or list message from a ticket (.eml)</source>
        <translation>Grava uma resposta, notificação ou mensagem de lista a partir de um ticket (.eml)</translation>
    </message>
    <message>
        <source>Export a ticket&apos;s correspondence as mbox, or one message as .eml</source>
        <translation>Exporta a correspondência de um ticket como mbox, ou uma mensagem como .eml</translation>
    </message>
    <message>
        <source>Edit the team&apos;s RFC 2350 profile by section number, from a file or the directory</source>
        <translation>Edita o perfil RFC 2350 da equipe por número de seção, a partir de um arquivo ou do diretório</translation>
    </message>
    <message>
        <source>Show the profile draft, or another team&apos;s import</source>
        <translation>Mostra o rascunho do perfil, ou a importação de outra equipe</translation>
    </message>
    <message>
        <source>Check the profile before signing</source>
        <translation>Verifica o perfil antes de assiná-lo</translation>
    </message>
    <message>
        <source>Render the profile as text, HTML or PDF</source>
        <translation>Gera o perfil como texto, HTML ou PDF</translation>
    </message>
    <message>
        <source>List the published versions of the profile</source>
        <translation>Lista as versões publicadas do perfil</translation>
    </message>
    <message>
        <source>Show what changed between two versions</source>
        <translation>Mostra o que mudou entre duas versões</translation>
    </message>
    <message>
        <source>Sign the profile with the team key and keep it as a new version</source>
        <translation>Assina o perfil com a chave da equipe e o guarda como nova versão</translation>
    </message>
    <message>
        <source>Check the signature of an RFC 2350 document</source>
        <translation>Verifica a assinatura de um documento RFC 2350</translation>
    </message>
    <message>
        <source>Write (and sign) an RFC 9116 security.txt, or lint one</source>
        <translation>Grava (e assina) um security.txt RFC 9116, ou valida um</translation>
    </message>
    <message>
        <source>Read another team&apos;s RFC 2350 document into the directory</source>
        <translation>Lê o documento RFC 2350 de outra equipe para o diretório</translation>
    </message>
    <message>
        <source>Show a stored message: headers, text, attachments, signature</source>
        <translation>Mostra uma mensagem armazenada: cabeçalhos, texto, anexos, assinatura</translation>
    </message>
    <message>
        <source>Show every setting with its value</source>
        <translation>Mostra todas as configurações com seus valores</translation>
    </message>
    <message>
        <source>Show one setting&apos;s value</source>
        <translation>Mostra o valor de uma configuração</translation>
    </message>
    <message>
        <source>Change settings (as the GUI&apos;s Settings page)</source>
        <translation>Altera configurações (como a página Configurações da interface gráfica)</translation>
    </message>
    <message>
        <source>Check the file&apos;s integrity, the history chain and the tickets</source>
        <translation>Verifica a integridade do arquivo, a cadeia do histórico e os tickets</translation>
    </message>
    <message>
        <source>Copy what can still be read of a damaged workspace into a new one</source>
        <translation>Copia o que ainda pode ser lido de um espaço de trabalho danificado para um novo</translation>
    </message>
    <message>
        <source>Save an attachment of a stored message</source>
        <translation>Salva um anexo de uma mensagem armazenada</translation>
    </message>
    <message>
        <source>Show a distribution list with its members and recipients</source>
        <translation>Mostra uma lista de distribuição com seus membros e destinatários</translation>
    </message>
    <message>
        <source>Delete a distribution list</source>
        <translation>Exclui uma lista de distribuição</translation>
    </message>
    <message>
        <source>List the distribution lists</source>
        <translation>Lista as listas de distribuição</translation>
    </message>
    <message>
        <source>Put teams and people on a distribution list</source>
        <translation>Coloca equipes e pessoas em uma lista de distribuição</translation>
    </message>
    <message>
        <source>Take teams and people off a distribution list</source>
        <translation>Retira equipes e pessoas de uma lista de distribuição</translation>
    </message>
    <message>
        <source>Create a distribution list</source>
        <translation>Cria uma lista de distribuição</translation>
    </message>
    <message>
        <source>List the mail that could not be imported</source>
        <translation>Lista os e-mails que não puderam ser importados</translation>
    </message>
    <message>
        <source>Show one quarantined message, or save its raw bytes</source>
        <translation>Mostra uma mensagem em quarentena ou salva seus bytes brutos</translation>
    </message>
    <message>
        <source>Remove an observable from a ticket</source>
        <translation>Remove um observável de um ticket</translation>
    </message>
    <message>
        <source>Add an internal comment to a ticket</source>
        <translation>Adiciona um comentário interno a um ticket</translation>
    </message>
    <message>
        <source>Show a ticket with its links, comments, mail and history</source>
        <translation>Mostra um ticket com seus vínculos, comentários, e-mails e histórico</translation>
    </message>
    <message>
        <source>Change many tickets at once, all or nothing</source>
        <translation>Altera muitos tickets de uma vez, todos ou nenhum</translation>
    </message>
    <message>
        <source>List the workspace&apos;s playbooks</source>
        <translation>Lista os playbooks do espaço de trabalho</translation>
    </message>
    <message>
        <source>Show a playbook and its tasks</source>
        <translation>Mostra um playbook e suas tarefas</translation>
    </message>
    <message>
        <source>Import playbooks from a JSON file</source>
        <translation>Importa playbooks de um arquivo JSON</translation>
    </message>
    <message>
        <source>Export playbooks as JSON</source>
        <translation>Exporta playbooks como JSON</translation>
    </message>
    <message>
        <source>Remove a playbook</source>
        <translation>Remove um playbook</translation>
    </message>
    <message>
        <source>Give a ticket the tasks of a playbook</source>
        <translation>Dá a um ticket as tarefas de um playbook</translation>
    </message>
    <message>
        <source>Add a task to a ticket</source>
        <translation>Adiciona uma tarefa a um ticket</translation>
    </message>
    <message>
        <source>List tasks: a ticket&apos;s, yours, or the overdue ones</source>
        <translation>Lista tarefas: as de um ticket, as suas ou as atrasadas</translation>
    </message>
    <message>
        <source>Give a task to someone</source>
        <translation>Atribui uma tarefa a alguém</translation>
    </message>
    <message>
        <source>Set when a task is due</source>
        <translation>Define o prazo de uma tarefa</translation>
    </message>
    <message>
        <source>Add a note to a task</source>
        <translation>Adiciona uma nota a uma tarefa</translation>
    </message>
    <message>
        <source>Mark a task done</source>
        <translation>Marca uma tarefa como concluída</translation>
    </message>
    <message>
        <source>Mark a task not applicable</source>
        <translation>Marca uma tarefa como não aplicável</translation>
    </message>
    <message>
        <source>Open a done or not applicable task again</source>
        <translation>Reabre uma tarefa concluída ou não aplicável</translation>
    </message>
    <message>
        <source>Attach files to a ticket as evidence</source>
        <translation>Anexa arquivos a um ticket como evidência</translation>
    </message>
    <message>
        <source>List a ticket&apos;s evidence files</source>
        <translation>Lista os arquivos de evidência de um ticket</translation>
    </message>
    <message>
        <source>Export a ticket&apos;s evidence to a folder with SHA256SUMS</source>
        <translation>Exporta as evidências de um ticket para uma pasta com SHA256SUMS</translation>
    </message>
    <message>
        <source>Remove an evidence file from its ticket</source>
        <translation>Remove um arquivo de evidência do seu ticket</translation>
    </message>
    <message>
        <source>Reply to every reporter of an incident</source>
        <translation>Responde a cada notificante de um incidente</translation>
    </message>
    <message>
        <source>Add an event to a ticket&apos;s timeline</source>
        <translation>Adiciona um evento à linha do tempo de um ticket</translation>
    </message>
    <message>
        <source>List a ticket&apos;s timeline</source>
        <translation>Lista a linha do tempo de um ticket</translation>
    </message>
    <message>
        <source>Change a timeline event</source>
        <translation>Altera um evento da linha do tempo</translation>
    </message>
    <message>
        <source>Remove a timeline event</source>
        <translation>Remove um evento da linha do tempo</translation>
    </message>
    <message>
        <source>Import timeline events from CSV</source>
        <translation>Importa eventos da linha do tempo de um CSV</translation>
    </message>
    <message>
        <source>Export a ticket&apos;s timeline as CSV</source>
        <translation>Exporta a linha do tempo de um ticket como CSV</translation>
    </message>
    <message>
        <source>Launch investigations: ask each responsible team</source>
        <translation>Inicia investigações: consulta cada equipe responsável</translation>
    </message>
    <message>
        <source>Write an incident report as PDF, HTML or Markdown</source>
        <translation>Grava um relatório de incidente como PDF, HTML ou Markdown</translation>
    </message>
    <message>
        <source>Export a ticket as a MISP event</source>
        <translation>Exporta um ticket como evento MISP</translation>
    </message>
    <message>
        <source>Import a MISP event</source>
        <translation>Importa um evento MISP</translation>
    </message>
    <message>
        <source>Write the periodic report on a constituency</source>
        <translation>Grava o relatório periódico de uma comunidade atendida</translation>
    </message>
    <message>
        <source>Export an incident as a MISP event or IODEF document</source>
        <translation>Exporta um incidente como evento MISP ou documento IODEF</translation>
    </message>
    <message>
        <source>Import a MISP event or IODEF document</source>
        <translation>Importa um evento MISP ou documento IODEF</translation>
    </message>
    <message>
        <source>Keep the workspace&apos;s key for a while: later commands skip the passphrase</source>
        <translation>Mantém a chave do espaço de trabalho por um tempo: os comandos seguintes dispensam a frase secreta</translation>
    </message>
    <message>
        <source>Forget the key that unlock kept</source>
        <translation>Esquece a chave que unlock manteve</translation>
    </message>
    <message>
        <source>Export statistics that can be shared (small counts suppressed)</source>
        <translation>Exporta estatísticas que podem ser compartilhadas (contagens pequenas suprimidas)</translation>
    </message>
</context>
<context>
    <name>fb::CommandHelp</name>
    <message>
        <source>Usage: %1 %2 [options]%3</source>
        <translation>Uso: %1 %2 [opções]%3</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opções globais:</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra esta ajuda.</translation>
    </message>
    <message>
        <source>Needs no workspace.</source>
        <translation>Não precisa de espaço de trabalho.</translation>
    </message>
    <message>
        <source>Creates the workspace (--workspace or $%1).</source>
        <translation>Cria o espaço de trabalho (--workspace ou $%1).</translation>
    </message>
    <message>
        <source>Usage: %1 %2 &lt;verb&gt; [options]

Verbs:
</source>
        <translation>Uso: %1 %2 &lt;verbo&gt; [opções]

Verbos:
</translation>
    </message>
    <message>
        <source>
&apos;%1 %2 &lt;verb&gt; --help&apos; shows the options of a verb.
</source>
        <translation>
&quot;%1 %2 &lt;verbo&gt; --help&quot; mostra as opções de um verbo.
</translation>
    </message>
    <message>
        <source>Opens the workspace (--workspace or $%1) with the key kept by unlock, else with its passphrase.</source>
        <translation>Abre o espaço de trabalho (--workspace ou $%1) com a chave mantida por unlock ou, senão, com a sua frase secreta.</translation>
    </message>
    <message>
        <source>Opens the workspace (--workspace or $%1) with its passphrase, never with a key kept by unlock.</source>
        <translation>Abre o espaço de trabalho (--workspace ou $%1) com a sua frase secreta, nunca com uma chave mantida por unlock.</translation>
    </message>
    <message>
        <source>Names the workspace (--workspace or $%1) without opening it.</source>
        <translation>Indica o espaço de trabalho (--workspace ou $%1) sem abri-lo.</translation>
    </message>
</context>
<context>
    <name>fb::CommentStore</name>
    <message>
        <source>A comment cannot be empty.</source>
        <translation>Um comentário não pode ficar vazio.</translation>
    </message>
    <message>
        <source>A comment can be at most %L1 characters long; this one has %L2. Attach long texts as files.</source>
        <translation>Um comentário pode ter no máximo %L1 caracteres; este tem %L2. Anexe textos longos como arquivos.</translation>
    </message>
</context>
<context>
    <name>fb::ComposerDialog</name>
    <message>
        <source>Save message</source>
        <translation>Salvar mensagem</translation>
    </message>
    <message>
        <source>Mail message (*.eml)</source>
        <translation>Mensagem de e-mail (*.eml)</translation>
    </message>
    <message>
        <source>Write mail for ticket %1</source>
        <translation>Escrever e-mail para o ticket %1</translation>
    </message>
    <message>
        <source>the incident response team</source>
        <translation>a equipe de resposta a incidentes</translation>
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
        <translation>Investigação #%1: %2</translation>
    </message>
    <message>
        <source>Team: %1 &lt;%2&gt;</source>
        <translation>Equipe: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>No known correspondent: type the address below</source>
        <translation>Nenhum correspondente conhecido: digite o endereço abaixo</translation>
    </message>
    <message>
        <source>name@example.org, another@example.net</source>
        <translation>nome@example.org, outro@example.net</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Editar modelo…</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinatário:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>TLP:</source>
        <translation>TLP:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Assunto:</translation>
    </message>
    <message>
        <source>The subject gets the ticket tag %1 and the TLP label; the TLP label also goes above the text.</source>
        <translation>O assunto recebe a etiqueta do ticket %1 e o rótulo TLP; o rótulo TLP também vai acima do texto.</translation>
    </message>
    <message>
        <source>Sign with the team key</source>
        <translation>Assinar com a chave da equipe</translation>
    </message>
    <message>
        <source>No team key: choose our team and its key in the directory to sign mail.</source>
        <translation>Não há chave da equipe: escolha nossa equipe e a chave dela no diretório para assinar e-mails.</translation>
    </message>
    <message>
        <source>Team key %1</source>
        <translation>Chave da equipe %1</translation>
    </message>
    <message>
        <source>Encrypt to every recipient</source>
        <translation>Criptografar para cada destinatário</translation>
    </message>
    <message>
        <source>Looking up recipients&apos; keys…</source>
        <translation>Procurando as chaves dos destinatários…</translation>
    </message>
    <message>
        <source>Save as .eml…</source>
        <translation>Salvar como .eml…</translation>
    </message>
    <message>
        <source>colleague</source>
        <translation>colega</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>Editar modelo</translation>
    </message>
    <message>
        <source>The template is saved in this workspace.</source>
        <translation>O modelo é salvo neste espaço de trabalho.</translation>
    </message>
    <message>
        <source>The workspace keyring could not be read: %1</source>
        <translation>Não foi possível ler o chaveiro do espaço de trabalho: %1</translation>
    </message>
    <message>
        <source>No recipient yet.</source>
        <translation>Ainda não há destinatário.</translation>
    </message>
    <message>
        <source>✔ %1: usable key %2</source>
        <translation>✔ %1: chave utilizável %2</translation>
    </message>
    <message>
        <source>✘ %1: no usable key in the workspace keyring (Import key… in the directory)</source>
        <translation>✘ %1: nenhuma chave utilizável no chaveiro do espaço de trabalho (Importar chave… no diretório)</translation>
    </message>
    <message>
        <source>Every recipient has a usable key.</source>
        <translation>Todos os destinatários têm uma chave utilizável.</translation>
    </message>
    <message>
        <source>Composing…</source>
        <translation>Redigindo…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Não salvo.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1. Sending over SMTP comes later.</source>
        <translation>Salvo em %1. O envio por SMTP virá depois.</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Bcc:</source>
        <translation>Cco:</translation>
    </message>
    <message>
        <source>Blind copies: the other recipients do not see these addresses. The line stays in the saved .eml for the program that sends it, which removes it. Not with encryption, whose message would name their keys.</source>
        <translation>Cópias ocultas: os outros destinatários não veem estes endereços. A linha fica no .eml salvo para o programa que o envia, que a remove. Não com cifragem, cuja mensagem nomearia as chaves delas.</translation>
    </message>
    <message>
        <source>Sender of the last message: %1</source>
        <translation>Remetente da última mensagem: %1</translation>
    </message>
    <message>
        <source>Encryption needs a recipient with a usable key.</source>
        <translation>A criptografia precisa de um destinatário com uma chave utilizável.</translation>
    </message>
    <message>
        <source>Cannot encrypt: no usable key for %1.</source>
        <translation>Não é possível criptografar: nenhuma chave utilizável para %1.</translation>
    </message>
    <message>
        <source>⚠ %1 is less restrictive than the ticket&apos;s %2: check that everything in this message may be shared as %1.</source>
        <translation>⚠ %1 é menos restritivo que o %2 do ticket: verifique se tudo nesta mensagem pode ser compartilhado como %1.</translation>
    </message>
    <message>
        <source>“%1” for this workspace. Placeholders: {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting}, {observables}. Empty text brings back the built-in template.</source>
        <translation>&quot;%1&quot; para este espaço de trabalho. Marcadores: {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting}, {observables}. Um texto vazio restaura o modelo embutido.</translation>
    </message>
</context>
<context>
    <name>fb::Constituency</name>
    <message>
        <source>“%1” is not an IP address or CIDR block.</source>
        <translation>&quot;%1&quot; não é um endereço IP nem um bloco CIDR.</translation>
    </message>
    <message>
        <source>“%1” is not an address range (first-last).</source>
        <translation>&quot;%1&quot; não é um intervalo de endereços (primeiro-último).</translation>
    </message>
    <message>
        <source>The range “%1” mixes IPv4 and IPv6.</source>
        <translation>O intervalo &quot;%1&quot; mistura IPv4 e IPv6.</translation>
    </message>
    <message>
        <source>The range “%1” ends before it starts.</source>
        <translation>O intervalo &quot;%1&quot; termina antes de começar.</translation>
    </message>
    <message>
        <source>“%1” is not an AS number.</source>
        <translation>&quot;%1&quot; não é um número de AS.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>&quot;%1&quot; não é um nome de domínio.</translation>
    </message>
    <message>
        <source>A constituency entry cannot be empty.</source>
        <translation>Uma entrada da comunidade atendida não pode estar vazia.</translation>
    </message>
    <message>
        <source>Unknown constituency kind.</source>
        <translation>Tipo de entrada da comunidade atendida desconhecido.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 is a line number, %2 why the line was refused</extracomment>
        <translation>Linha %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::ConstituencyReport</name>
    <message>
        <source>All constituencies</source>
        <translation>Todas as comunidades atendidas</translation>
    </message>
    <message>
        <source>Generated %1 by %2.</source>
        <translation>Gerado em %1 por %2.</translation>
    </message>
    <message>
        <source>Generated %1 by %2 for %3.</source>
        <translation>Gerado em %1 por %2 para %3.</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Não classificado</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Sem tipo</translation>
    </message>
    <message>
        <source>No ticket names the constituency “%1”.</source>
        <translation>Nenhum ticket indica a comunidade atendida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>Contando os tickets…</translation>
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
        <translation>%1, de %2 a %3</translation>
    </message>
    <message>
        <source>Constituency report: %1</source>
        <translation>Relatório da comunidade atendida: %1</translation>
    </message>
    <message>
        <source>Incident reports received</source>
        <translation>Notificações de incidente recebidas</translation>
    </message>
    <message>
        <source>Incidents opened</source>
        <translation>Incidentes abertos</translation>
    </message>
    <message>
        <source>Incidents resolved</source>
        <translation>Incidentes resolvidos</translation>
    </message>
    <message>
        <source>Incidents still open at the end of the period</source>
        <translation>Incidentes ainda abertos no fim do período</translation>
    </message>
    <message>
        <source>First response to an incident report</source>
        <translation>Primeira resposta a uma notificação de incidente</translation>
    </message>
    <message>
        <source>Resolution of an incident</source>
        <translation>Resolução de um incidente</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primeira resposta</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
</context>
<context>
    <name>fb::ConstituencyReportDialog</name>
    <message>
        <source>Constituency report</source>
        <translation>Relatório da comunidade atendida</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>&amp;Constituency:</source>
        <translation>&amp;Comunidade atendida:</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Formatado</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto simples</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Visualização:</translation>
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
        <translation>CSV (uma linha por número)</translation>
    </message>
    <message>
        <source>Export &amp;as:</source>
        <translation>Exportar &amp;como:</translation>
    </message>
    <message>
        <source>Counts only, no ticket content: the report is labelled TLP:AMBER.</source>
        <translation>Somente contagens, sem conteúdo de tickets: o relatório recebe o rótulo TLP:AMBER.</translation>
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
        <translation>Todas as comunidades atendidas</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>O primeiro dia é posterior ao último dia.</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>Contando os tickets…</translation>
    </message>
    <message>
        <source>Export the constituency report</source>
        <translation>Exportar o relatório da comunidade atendida</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Gravando o relatório…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Relatório gravado em %1.</translation>
    </message>
</context>
<context>
    <name>fb::ConstituencyReportFile</name>
    <message>
        <source>A constituency report is written as text, html, pdf or csv.</source>
        <translation>Um relatório da comunidade atendida é gravado como text, html, pdf ou csv.</translation>
    </message>
</context>
<context>
    <name>fb::CorrespondencePanel</name>
    <message>
        <source>Save attachment</source>
        <translation>Salvar anexo</translation>
    </message>
    <message>
        <source>Import the signer&apos;s public key</source>
        <translation>Importar a chave pública do signatário</translation>
    </message>
    <message>
        <source>OpenPGP keys (*.asc *.gpg *.pgp *.key);;All files (*)</source>
        <translation>Chaves OpenPGP (*.asc *.gpg *.pgp *.key);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import key…</source>
        <translation>Importar chave…</translation>
    </message>
    <message>
        <source>Import the signer&apos;s public key into the workspace keyring and check again</source>
        <translation>Importa a chave pública do signatário para o chaveiro do espaço de trabalho e verifica novamente</translation>
    </message>
    <message>
        <source>In/Out</source>
        <translation>Entrada/Saída</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <source>In, encrypted</source>
        <translation>Entrada, criptografada</translation>
    </message>
    <message>
        <source>Out, encrypted</source>
        <translation>Saída, criptografada</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Saída</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>The message was encrypted; Firebreak has not decrypted it.</source>
        <translation>A mensagem estava criptografada; o Firebreak não a descriptografou.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <extracomment>a signature is being checked right now</extracomment>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>The signature is being checked against the workspace keyring.</source>
        <translation>A assinatura está sendo verificada com o chaveiro do espaço de trabalho.</translation>
    </message>
    <message>
        <source>The message is signed; the signature has not been checked.</source>
        <translation>A mensagem está assinada; a assinatura não foi verificada.</translation>
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
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Assunto: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
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
        <translation>Não é possível salvar o anexo em %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 salvo.</translation>
    </message>
    <message>
        <source>%1 is too large for a key file.</source>
        <translation>%1 é grande demais para um arquivo de chave.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>arquivo %1</translation>
    </message>
    <message>
        <source>Importing the key…</source>
        <translation>Importando a chave…</translation>
    </message>
    <message>
        <source>Imported into the workspace keyring: %1. Compare the fingerprint with the sender through another channel.</source>
        <translation>Importada para o chaveiro do espaço de trabalho: %1. Compare a impressão digital com o remetente por outro canal.</translation>
    </message>
    <message>
        <source>The signatures could not be checked: %1</source>
        <translation>Não foi possível verificar as assinaturas: %1</translation>
    </message>
    <message>
        <source>Show quoted text</source>
        <translation>Mostrar texto citado</translation>
    </message>
    <message>
        <source>Quoted lines of earlier messages are folded into one line; tick to read them.</source>
        <translation>As linhas citadas de mensagens anteriores são recolhidas em uma só linha; marque para lê-las.</translation>
    </message>
    <message>
        <source>Open in window</source>
        <translation>Abrir em janela</translation>
    </message>
    <message>
        <source>Read the message in a window of its own (or double-click it in the list).</source>
        <translation>Abre a mensagem em uma janela própria (ou clique duas vezes nela na lista).</translation>
    </message>
    <message>
        <source>(The message came as HTML; shown as text, without its links&apos; targets, images and scripts.)</source>
        <translation>(A mensagem veio em HTML; exibida como texto, sem os destinos dos links, as imagens e os scripts.)</translation>
    </message>
    <message>
        <source>OpenPGP part, not an attachment: %1 (%2)</source>
        <translation>Parte OpenPGP, não um anexo: %1 (%2)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>No messages yet</source>
        <translation>Ainda não há mensagens</translation>
    </message>
    <message>
        <source>Import mail about it (File → Import mail files…) or write one (Write mail…).</source>
        <translation>Importe e-mails sobre ele (Arquivo → Importar arquivos de e-mail…) ou escreva um (Escrever e-mail…).</translation>
    </message>
    <message>
        <source>Add to timeline…</source>
        <translation>Adicionar à linha do tempo…</translation>
    </message>
    <message>
        <source>Add an event for this message to the ticket&apos;s timeline: its date, subject and sender.</source>
        <translation>Adicionar um evento para esta mensagem à linha do tempo do ticket: sua data, assunto e remetente.</translation>
    </message>
</context>
<context>
    <name>fb::Countries</name>
    <message>
        <source>“%1” is not an ISO 3166-1 alpha-2 country code.</source>
        <translation>&quot;%1&quot; não é um código de país ISO 3166-1 alfa-2.</translation>
    </message>
</context>
<context>
    <name>fb::CsafMandatoryTests</name>
    <message>
        <source>Product ID %1 is defined twice.</source>
        <translation>O ID de produto %1 está definido duas vezes.</translation>
    </message>
    <message>
        <source>Product ID %1 is not defined in the product tree.</source>
        <translation>O ID de produto %1 não está definido na árvore de produtos.</translation>
    </message>
    <message>
        <source>Product ID %1 is defined in terms of itself.</source>
        <translation>O ID de produto %1 está definido em termos de si mesmo.</translation>
    </message>
    <message>
        <source>Product group ID %1 is defined twice.</source>
        <translation>O ID de grupo de produtos %1 está definido duas vezes.</translation>
    </message>
    <message>
        <source>Product group ID %1 is not defined in the product tree.</source>
        <translation>O ID de grupo de produtos %1 não está definido na árvore de produtos.</translation>
    </message>
    <message>
        <source>Product %1 is both %2 and %3.</source>
        <translation>O produto %1 é ao mesmo tempo %2 e %3.</translation>
    </message>
    <message>
        <source>The required property %1 is missing.</source>
        <translation>Falta a propriedade obrigatória %1.</translation>
    </message>
    <message>
        <source>%1 is not a CVSS v3 version.</source>
        <translation>%1 não é uma versão do CVSS v3.</translation>
    </message>
    <message>
        <source>The vector does not start with CVSS:%1/.</source>
        <translation>O vetor não começa com CVSS:%1/.</translation>
    </message>
    <message>
        <source>%1 is not a value of %2.</source>
        <translation>%1 não é um valor de %2.</translation>
    </message>
    <message>
        <source>%1 is not a score from 0 to 10.</source>
        <translation>%1 não é uma pontuação de 0 a 10.</translation>
    </message>
    <message>
        <source>%1 is not a severity.</source>
        <translation>%1 não é uma severidade.</translation>
    </message>
    <message>
        <source>Product %1 has more than one CVSS %2 score.</source>
        <translation>O produto %1 tem mais de uma pontuação CVSS %2.</translation>
    </message>
    <message>
        <source>Revision %1 is dated after revision %2 but numbered below it.</source>
        <translation>A revisão %1 tem data posterior à da revisão %2, mas número inferior.</translation>
    </message>
    <message>
        <source>The revision history skips from %1 to %2.</source>
        <translation>O histórico de revisões salta de %1 para %2.</translation>
    </message>
    <message>
        <source>The first revision is %1; it must be 0 or 1.</source>
        <translation>A primeira revisão é %1; ela deve ser 0 ou 1.</translation>
    </message>
    <message>
        <source>The document is %1 but its revision history holds the draft version %2.</source>
        <translation>O status do documento é %1, mas seu histórico de revisões contém a versão de rascunho %2.</translation>
    </message>
    <message>
        <source>Revision %1 is a pre-release.</source>
        <translation>A revisão %1 é uma pré-versão.</translation>
    </message>
    <message>
        <source>Version %1 appears twice in the revision history.</source>
        <translation>A versão %1 aparece duas vezes no histórico de revisões.</translation>
    </message>
    <message>
        <source>The document version is %1 but the latest revision is %2.</source>
        <translation>A versão do documento é %1, mas a revisão mais recente é %2.</translation>
    </message>
    <message>
        <source>Version %1 is a draft version but the status is %2.</source>
        <translation>A versão %1 é uma versão de rascunho, mas o status é %2.</translation>
    </message>
    <message>
        <source>The document is %1 but its version %2 is a pre-release.</source>
        <translation>O status do documento é %1, mas sua versão %2 é uma pré-versão.</translation>
    </message>
    <message>
        <source>Version %1 mixes integer and semantic versioning.</source>
        <translation>A versão %1 mistura versionamento inteiro e semântico.</translation>
    </message>
    <message>
        <source>The publisher is a translator but the source language is not given.</source>
        <translation>O publicador é um tradutor, mas o idioma de origem não foi informado.</translation>
    </message>
    <message>
        <source>The source language is the document language (%1).</source>
        <translation>O idioma de origem é o idioma do documento (%1).</translation>
    </message>
    <message>
        <source>%1 is used by more than one vulnerability.</source>
        <translation>%1 é usado por mais de uma vulnerabilidade.</translation>
    </message>
    <message>
        <source>Party %1 is involved twice at the same date.</source>
        <translation>A parte %1 está envolvida duas vezes na mesma data.</translation>
    </message>
    <message>
        <source>Hash algorithm %1 is used twice.</source>
        <translation>O algoritmo de hash %1 é usado duas vezes.</translation>
    </message>
    <message>
        <source>The category %1 is reserved for a CSAF profile.</source>
        <translation>A categoria %1 é reservada a um perfil CSAF.</translation>
    </message>
    <message>
        <source>The document has no note of category description, details, general or summary.</source>
        <translation>O documento não tem nenhuma nota de categoria description, details, general ou summary.</translation>
    </message>
    <message>
        <source>The document has no external reference.</source>
        <translation>O documento não tem nenhuma referência externa.</translation>
    </message>
    <message>
        <source>An informational advisory has no vulnerabilities.</source>
        <translation>Um boletim informativo não tem vulnerabilidades.</translation>
    </message>
    <message>
        <source>The document has no product tree.</source>
        <translation>O documento não tem árvore de produtos.</translation>
    </message>
    <message>
        <source>The document has no vulnerabilities.</source>
        <translation>O documento não tem vulnerabilidades.</translation>
    </message>
    <message>
        <source>The vulnerability has no notes.</source>
        <translation>A vulnerabilidade não tem notas.</translation>
    </message>
    <message>
        <source>The vulnerability has no product status.</source>
        <translation>A vulnerabilidade não tem status de produto.</translation>
    </message>
    <message>
        <source>The product status has none of fixed, known_affected, known_not_affected and under_investigation.</source>
        <translation>O status de produto não tem nenhum de fixed, known_affected, known_not_affected e under_investigation.</translation>
    </message>
    <message>
        <source>The vulnerability has neither a CVE nor ids.</source>
        <translation>A vulnerabilidade não tem nem um CVE nem ids.</translation>
    </message>
    <message>
        <source>There is no impact statement for %1.</source>
        <translation>Não há declaração de impacto para %1.</translation>
    </message>
    <message>
        <source>There is no action statement for %1.</source>
        <translation>Não há declaração de ação para %1.</translation>
    </message>
    <message>
        <source>The remediation names no product or product group.</source>
        <translation>A correção não indica nenhum produto nem grupo de produtos.</translation>
    </message>
    <message>
        <source>The product version %1 is a version range.</source>
        <translation>A versão de produto %1 é um intervalo de versões.</translation>
    </message>
</context>
<context>
    <name>fb::CsafReader</name>
    <message>
        <source>This is not a JSON document: %1.</source>
        <translation>Não é um documento JSON: %1.</translation>
    </message>
    <message>
        <source>Only CSAF 2.0 documents can be imported.</source>
        <translation>Só é possível importar documentos CSAF 2.0.</translation>
    </message>
    <message>
        <source>The CSAF document has no tracking id or title.</source>
        <translation>O documento CSAF não tem id de rastreamento (tracking id) nem título.</translation>
    </message>
    <message>
        <source>CVSS v2 is not kept</source>
        <translation>O CVSS v2 não é mantido</translation>
    </message>
    <message>
        <source>a further CVSS v3 score is not kept (one vector per vulnerability)</source>
        <translation>uma pontuação CVSS v3 adicional não é mantida (um vetor por vulnerabilidade)</translation>
    </message>
    <message>
        <source>the vector is not kept: %1</source>
        <translation>o vetor não é mantido: %1</translation>
    </message>
    <message>
        <source>a CVSS 3.0 vector, kept as given (its base score is that of CVSS 3.1)</source>
        <translation>um vetor CVSS 3.0, mantido como informado (sua pontuação base é a do CVSS 3.1)</translation>
    </message>
    <message>
        <source>%1 given, %2 from the vector; corrected</source>
        <translation>%1 informado, %2 pelo vetor; corrigido</translation>
    </message>
    <message>
        <source>%1 given, %2 computed from the vector; corrected</source>
        <translation>%1 informado, %2 calculado a partir do vetor; corrigido</translation>
    </message>
    <message>
        <source>%1 given, %2 in the vector; corrected</source>
        <translation>%1 informado, %2 no vetor; corrigido</translation>
    </message>
    <message>
        <source>not kept (Firebreak&apos;s advisory has no place for it)</source>
        <translation>não mantido (o boletim do Firebreak não tem lugar para isso)</translation>
    </message>
    <message>
        <source>the document&apos;s profile is %1, not csaf_security_advisory</source>
        <translation>o perfil do documento é %1, não csaf_security_advisory</translation>
    </message>
    <message>
        <source>the document carries no TLP label; it was set to TLP:AMBER</source>
        <translation>o documento não traz rótulo TLP; ele foi definido como TLP:AMBER</translation>
    </message>
    <message>
        <source>the note “%1” of category %2 is not kept</source>
        <translation>a nota &quot;%1&quot; de categoria %2 não é mantida</translation>
    </message>
    <message>
        <source>%1 is already %2 from an earlier vulnerability; one status per product is kept</source>
        <translation>%1 já tem o status %2 por uma vulnerabilidade anterior; é mantido um status por produto</translation>
    </message>
    <message>
        <source>the remediation of category %1 is not kept</source>
        <translation>a correção de categoria %1 não é mantida</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) had no status and were set to under investigation</source>
        <translation>
            <numerusform>%n produto não tinha status e foi definido como em investigação</numerusform>
            <numerusform>%n produtos não tinham status e foram definidos como em investigação</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product status entr(y/ies) named products outside the product branches (e.g. relationships); they were not imported</source>
        <translation>
            <numerusform>%n entrada de status de produto indicava produtos fora dos ramos de produtos (por exemplo, relacionamentos); ela não foi importada</numerusform>
            <numerusform>%n entradas de status de produto indicavam produtos fora dos ramos de produtos (por exemplo, relacionamentos); elas não foram importadas</numerusform>
        </translation>
    </message>
    <message>
        <source>the source fails CSAF mandatory test %1: %2</source>
        <translation>a origem não passa no teste obrigatório CSAF %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::CsafWriter</name>
    <message>
        <source>Not exported: %1 (see advisory lint).</source>
        <translation>Não exportado: %1 (veja a validação do boletim).</translation>
    </message>
    <message>
        <source>Not exported: the CSAF document fails mandatory test %1 at %2: %3</source>
        <translation>Não exportado: o documento CSAF não passa no teste obrigatório %1 em %2: %3</translation>
    </message>
</context>
<context>
    <name>fb::CsvReader</name>
    <message>
        <source>The file has %L1 bytes; at most %L2 are read.</source>
        <translation>O arquivo tem %L1 bytes; no máximo %L2 são lidos.</translation>
    </message>
    <message>
        <source>Line %L1 is not valid UTF-8.</source>
        <translation>A linha %L1 não é UTF-8 válido.</translation>
    </message>
    <message>
        <source>The file has more than %L1 rows.</source>
        <translation>O arquivo tem mais de %L1 linhas.</translation>
    </message>
    <message>
        <source>Row %L1, column %L2 holds a control character (U+%3).</source>
        <translation>Linha %L1, coluna %L2: contém um caractere de controle (U+%3).</translation>
    </message>
    <message>
        <source>Row %L1, column %L2: text follows the closing quote of a field.</source>
        <translation>Linha %L1, coluna %L2: há texto após as aspas de fechamento de um campo.</translation>
    </message>
    <message>
        <source>Row %L1, column %L2: a quote inside a field that does not start with one (write the field in quotes and double the quote).</source>
        <translation>Linha %L1, coluna %L2: aspas dentro de um campo que não começa com aspas (escreva o campo entre aspas e duplique as aspas).</translation>
    </message>
    <message>
        <source>Row %L1, column %L2: a quoted field is not closed before the end of the file.</source>
        <translation>Linha %L1, coluna %L2: um campo entre aspas não é fechado antes do fim do arquivo.</translation>
    </message>
</context>
<context>
    <name>fb::Cvss31</name>
    <message>
        <source>CVSS 3.0 vectors are not accepted here; give a CVSS:3.1/ vector.</source>
        <translation>Vetores CVSS 3.0 não são aceitos aqui; informe um vetor CVSS:3.1/.</translation>
    </message>
    <message>
        <source>A CVSS v3.1 vector starts with &quot;CVSS:3.1/&quot;.</source>
        <translation>Um vetor CVSS v3.1 começa com &quot;CVSS:3.1/&quot;.</translation>
    </message>
    <message>
        <source>The CVSS vector has no metrics.</source>
        <translation>O vetor CVSS não tem métricas.</translation>
    </message>
    <message>
        <source>The CVSS vector has an empty component after %1 (a stray or trailing slash).</source>
        <translation>O vetor CVSS tem um componente vazio depois de %1 (uma barra avulsa ou no final).</translation>
    </message>
    <message>
        <source>CVSS metric names are upper case: %1.</source>
        <translation>Os nomes das métricas CVSS são em maiúsculas: %1.</translation>
    </message>
    <message>
        <source>%1 is not a CVSS v3.1 metric.</source>
        <translation>%1 não é uma métrica CVSS v3.1.</translation>
    </message>
    <message>
        <source>The CVSS metric %1 has no value.</source>
        <translation>A métrica CVSS %1 não tem valor.</translation>
    </message>
    <message>
        <source>The CVSS metric %1 is given twice.</source>
        <translation>A métrica CVSS %1 foi informada duas vezes.</translation>
    </message>
    <message>
        <source>%1 is not a value of the CVSS metric %2 (allowed: %3).</source>
        <translation>%1 não é um valor da métrica CVSS %2 (permitidos: %3).</translation>
    </message>
    <message>
        <source>The CVSS base metric %1 is missing.</source>
        <translation>Falta a métrica base CVSS %1.</translation>
    </message>
    <message>
        <source>CVSS 3.0 vectors are read for their base score only; %1 is not accepted. Give a CVSS:3.1/ vector.</source>
        <translation>De vetores CVSS 3.0 só é lida a pontuação base; %1 não é aceito. Informe um vetor CVSS:3.1/.</translation>
    </message>
</context>
<context>
    <name>fb::CvssJson</name>
    <message>
        <source>The vector cannot be scored: %1</source>
        <translation>Não é possível pontuar o vetor: %1</translation>
    </message>
    <message>
        <source>%1 is %2 but the vector gives %3.</source>
        <translation>%1 é %2, mas o vetor dá %3.</translation>
    </message>
    <message>
        <source>version %1 does not match the vector&apos;s prefix.</source>
        <translation>a versão %1 não corresponde ao prefixo do vetor.</translation>
    </message>
    <message>
        <source>%1 is %2 but the vector says %3 (%4).</source>
        <translation>%1 é %2, mas o vetor indica %3 (%4).</translation>
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
        <translation>Painel</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;até:</translation>
    </message>
    <message>
        <source>&amp;Constituency:</source>
        <translation>&amp;Comunidade atendida:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>At&amp;ualizar</translation>
    </message>
    <message>
        <source>Incidents per RSIT class and month</source>
        <translation>Incidentes por classe RSIT e mês</translation>
    </message>
    <message>
        <source>Open tickets by kind and state</source>
        <translation>Tickets abertos por tipo e estado</translation>
    </message>
    <message>
        <source>SLA breaches per week</source>
        <translation>Violações de SLA por semana</translation>
    </message>
    <message>
        <source>Incident reports by channel and reporter type</source>
        <translation>Notificações de incidente por canal e tipo de notificante</translation>
    </message>
    <message>
        <source>Time to first response by severity (hours)</source>
        <translation>Tempo até a primeira resposta por severidade (horas)</translation>
    </message>
    <message>
        <source>Time to resolution by severity (hours)</source>
        <translation>Tempo até a resolução por severidade (horas)</translation>
    </message>
    <message>
        <source>All constituencies</source>
        <translation>Todas as comunidades atendidas</translation>
    </message>
    <message>
        <source>No tickets to chart yet</source>
        <translation>Ainda não há tickets para os gráficos</translation>
    </message>
    <message>
        <source>The charts fill as reports come in: import mail with File → Import mail files…</source>
        <translation>Os gráficos se preenchem à medida que as notificações chegam: importe e-mails com Arquivo → Importar arquivos de e-mail…</translation>
    </message>
    <message>
        <source>Overdue tasks now: %L1</source>
        <extracomment>On the dashboard: open tasks past their due date, now (not in the chosen range).</extracomment>
        <translation>Tarefas atrasadas agora: %L1</translation>
    </message>
    <message>
        <source>Shareable &amp;statistics…</source>
        <translation>&amp;Estatísticas compartilháveis…</translation>
    </message>
    <message>
        <source>Counts per RSIT class, month and sector or country that reveal no single case</source>
        <translation>Contagens por classe RSIT, mês e setor ou país que não revelam nenhum caso individual</translation>
    </message>
    <message>
        <source>Constituency &amp;report…</source>
        <translation>&amp;Relatório da comunidade atendida…</translation>
    </message>
    <message>
        <source>Counts, response and resolution times and SLA breaches of the chosen range and constituency, as text, HTML, PDF or CSV</source>
        <translation>Contagens, tempos de resposta e de resolução e violações de SLA do período e da comunidade atendida escolhidos, como texto, HTML, PDF ou CSV</translation>
    </message>
</context>
<context>
    <name>fb::DemoCorrespondence</name>
    <message>
        <source>The demo file %1 is missing from this build.</source>
        <translation>O arquivo de demonstração %1 está faltando nesta compilação.</translation>
    </message>
    <message>
        <source>The demo report from %1 is missing.</source>
        <translation>A notificação de demonstração de %1 está faltando.</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>dados de demonstração</translation>
    </message>
</context>
<context>
    <name>fb::DemoDirectory</name>
    <message>
        <source>The demo directory goes into an empty directory; this one has teams.</source>
        <translation>O diretório de demonstração vai em um diretório vazio; este tem equipes.</translation>
    </message>
</context>
<context>
    <name>fb::DemoWorkspace</name>
    <message>
        <source>The demo goes into an empty workspace; this one has tickets.</source>
        <translation>A demonstração é criada em um espaço de trabalho vazio; este já tem tickets.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryCommands</name>
    <message>
        <source>The team&apos;s official name (or the person&apos;s name with --person).</source>
        <translation>O nome oficial da equipe (ou o nome da pessoa com --person).</translation>
    </message>
    <message>
        <source>The team&apos;s short name (CERT-XX).</source>
        <translation>O nome curto da equipe (CERT-XX).</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 country code.</source>
        <translation>Código de país ISO 3166-1 alfa-2.</translation>
    </message>
    <message>
        <source>Team type: %1.</source>
        <translation>Tipo de equipe: %1.</translation>
    </message>
    <message>
        <source>Add a person instead of a team.</source>
        <translation>Adiciona uma pessoa em vez de uma equipe.</translation>
    </message>
    <message>
        <source>With --person: the team the person belongs to.</source>
        <translation>Com --person: a equipe à qual a pessoa pertence.</translation>
    </message>
    <message>
        <source>With --person: the role in that team (lead, handler...).</source>
        <translation>Com --person: a função nessa equipe (lead, handler...).</translation>
    </message>
    <message>
        <source>With --person: member since (yyyy-mm-dd).</source>
        <translation>Com --person: membro desde (aaaa-mm-dd).</translation>
    </message>
    <message>
        <source>Add a team with its channels, constituency, keys and agreements, or a person with --person.</source>
        <translation>Adiciona uma equipe com seus canais, comunidade atendida, chaves e acordos, ou uma pessoa com --person.</translation>
    </message>
    <message>
        <source>Added person #%1.</source>
        <translation>Pessoa #%1 adicionada.</translation>
    </message>
    <message>
        <source>Added team #%1.</source>
        <translation>Equipe #%1 adicionada.</translation>
    </message>
    <message>
        <source>Team id, UUID, short or official name.</source>
        <translation>Id da equipe, UUID, nome curto ou oficial.</translation>
    </message>
    <message>
        <source>Change a team. Every change is recorded in the history and protects the field from being overwritten by older imports.</source>
        <translation>Altera uma equipe. Cada alteração é registrada no histórico e protege o campo contra a sobrescrita por importações mais antigas.</translation>
    </message>
    <message>
        <source>Updated team #%1.</source>
        <translation>Equipe #%1 atualizada.</translation>
    </message>
    <message>
        <source>Show everything known about a team.</source>
        <translation>Mostra tudo o que se sabe sobre uma equipe.</translation>
    </message>
    <message>
        <source>Only teams of this country.</source>
        <translation>Só equipes deste país.</translation>
    </message>
    <message>
        <source>Only teams of this type.</source>
        <translation>Só equipes deste tipo.</translation>
    </message>
    <message>
        <source>List people instead of teams.</source>
        <translation>Lista pessoas em vez de equipes.</translation>
    </message>
    <message>
        <source>List the teams of the directory.</source>
        <translation>Lista as equipes do diretório.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>TEAMS</source>
        <translation>EQUIPES</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source> (until %1)</source>
        <translation> (até %1)</translation>
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
        <translation>Endereço IP, CIDR, número de AS, domínio, endereço de e-mail ou código de país.</translation>
    </message>
    <message>
        <source>  no team handles this</source>
        <translation>  nenhuma equipe trata isto</translation>
    </message>
    <message>
        <source>  nothing specific; national team of %1:</source>
        <translation>  nada específico; equipe nacional de %1:</translation>
    </message>
    <message>
        <source>teams.json (Trusted Introducer), a .vcf file, or ASCII-armoured keys (.asc).</source>
        <translation>teams.json (Trusted Introducer), um arquivo .vcf ou chaves com blindagem ASCII (.asc).</translation>
    </message>
    <message>
        <source>ti, vcard or keys (default: from the file name).</source>
        <translation>ti, vcard ou keys (padrão: pelo nome do arquivo).</translation>
    </message>
    <message>
        <source>With keys: link the imported keys to this team.</source>
        <translation>Com keys: vincula as chaves importadas a esta equipe.</translation>
    </message>
    <message>
        <source>Import teams and people. Valid entries are imported, entries with problems are reported with their position and left out (exit code 2); fields you edited after the imported record was last changed are kept and listed.</source>
        <translation>Importa equipes e pessoas. As entradas válidas são importadas; as entradas com problemas são relatadas com sua posição e deixadas de fora (código de saída 2); os campos que você editou depois da última alteração do registro importado são mantidos e listados.</translation>
    </message>
    <message>
        <source>--format is ti, vcard or keys.</source>
        <translation>--format é ti, vcard ou keys.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the input; the valid entries were imported.</source>
        <translation>
            <numerusform>%n problema na entrada; as entradas válidas foram importadas.</numerusform>
            <numerusform>%n problemas na entrada; as entradas válidas foram importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where to write; &apos;-&apos; for standard output.</source>
        <translation>Onde gravar; &quot;-&quot; para a saída padrão.</translation>
    </message>
    <message>
        <source>vcard or json (default: from the file name).</source>
        <translation>vcard ou json (padrão: pelo nome do arquivo).</translation>
    </message>
    <message>
        <source>Export only this team (repeatable).</source>
        <translation>Exporta só esta equipe (repetível).</translation>
    </message>
    <message>
        <source>Export the directory, or the teams named with --team and their people.</source>
        <translation>Exporta o diretório, ou as equipes indicadas com --team e suas pessoas.</translation>
    </message>
    <message>
        <source>--format is vcard or json.</source>
        <translation>--format é vcard ou json.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Não é possível gravar &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Exported %1 teams and %2 people to %3.</source>
        <translation>%1 equipes e %2 pessoas exportadas para %3.</translation>
    </message>
    <message>
        <source>Not verified for this many days (default: the setting).</source>
        <translation>Não verificado há este número de dias (padrão: a configuração).</translation>
    </message>
    <message>
        <source>Change the setting (default 180 days).</source>
        <translation>Altera a configuração (padrão: 180 dias).</translation>
    </message>
    <message>
        <source>The number of days must be a whole number above zero.</source>
        <translation>O número de dias deve ser um número inteiro maior que zero.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>LAST VERIFIED</source>
        <translation>ÚLTIMA VERIFICAÇÃO</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>POR</translation>
    </message>
    <message>
        <source>Only this team&apos;s keys.</source>
        <translation>Só as chaves desta equipe.</translation>
    </message>
    <message>
        <source>Add the public keys of an ASCII-armoured file to the workspace keyring.</source>
        <translation>Adiciona as chaves públicas de um arquivo com blindagem ASCII ao chaveiro do espaço de trabalho.</translation>
    </message>
    <message>
        <source>With --import: link the imported keys to this team.</source>
        <translation>Com --import: vincula as chaves importadas a esta equipe.</translation>
    </message>
    <message>
        <source>List the OpenPGP keys linked to teams and people with fingerprint, algorithm, dates, user IDs, validity and warnings (expired, expiring within 30 days, revoked, weak, not in the keyring). Link a key you already hold with &apos;directory edit TEAM --link-key FINGERPRINT&apos;.</source>
        <translation>Lista as chaves OpenPGP vinculadas a equipes e pessoas com impressão digital, algoritmo, datas, IDs de usuário, validade e avisos (expirada, expira em até 30 dias, revogada, fraca, fora do chaveiro). Vincule uma chave que você já tem com &quot;directory edit EQUIPE --link-key IMPRESSÃO_DIGITAL&quot;.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>arquivo %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n key(s).</source>
        <translation>
            <numerusform>%n chave importada.</numerusform>
            <numerusform>%n chaves importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>--link goes with --import.</source>
        <translation>--link acompanha --import.</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>TITULAR</translation>
    </message>
    <message>
        <source>FINGERPRINT</source>
        <translation>IMPRESSÃO DIGITAL</translation>
    </message>
    <message>
        <source>ALGORITHM</source>
        <translation>ALGORITMO</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRIADA</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>EXPIRA</translation>
    </message>
    <message>
        <source>VALIDITY</source>
        <translation>VALIDADE</translation>
    </message>
    <message>
        <source>USER IDS</source>
        <translation>IDS DE USUÁRIO</translation>
    </message>
    <message>
        <source>WARNINGS</source>
        <translation>AVISOS</translation>
    </message>
    <message>
        <source>Key %1: %2</source>
        <translation>Chave %1: %2</translation>
    </message>
    <message>
        <source>ORGANISATION</source>
        <translation>ORGANIZAÇÃO</translation>
    </message>
    <message>
        <source>Also answer the queries in this file, one a line (&apos;-&apos;: standard input).</source>
        <translation>Responde também às consultas deste arquivo, uma por linha (&quot;-&quot;: entrada padrão).</translation>
    </message>
    <message>
        <source>Which teams handle these, most specific first, with the path of each match. Nothing specific: a name under a ccTLD falls back to that country&apos;s national team. A query that is not valid is reported and the others are answered (exit code 2).</source>
        <translation>Quais equipes tratam estes itens, da mais específica para a mais geral, com o caminho de cada correspondência. Sem nada específico: um nome sob um ccTLD recai na equipe nacional desse país. Uma consulta inválida é relatada e as demais são respondidas (código de saída 2).</translation>
    </message>
    <message>
        <source>Name at least one query, or a file of them with --queries.</source>
        <translation>Indique pelo menos uma consulta, ou um arquivo delas com --queries.</translation>
    </message>
    <message>
        <source>not a valid query</source>
        <translation>não é uma consulta válida</translation>
    </message>
    <message>
        <source>%1 of %2 queries were not valid; the others were answered.</source>
        <translation>%1 de %2 consultas não eram válidas; as demais foram respondidas.</translation>
    </message>
    <message>
        <source>List teams and people not confirmed within the stale period: for a team, the later of our verification and its update at the source.</source>
        <translation>Lista as equipes e pessoas não confirmadas dentro do período de desatualização: para uma equipe, a mais recente entre a nossa verificação e a sua atualização na origem.</translation>
    </message>
    <message>
        <source>UPDATED AT SOURCE</source>
        <translation>ATUALIZADO NA ORIGEM</translation>
    </message>
    <message>
        <source>COUNTED FROM</source>
        <translation>CONTADO A PARTIR DE</translation>
    </message>
    <message>
        <source>source update</source>
        <translation>atualização na origem</translation>
    </message>
    <message>
        <source>our verification</source>
        <translation>nossa verificação</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryImportJob</name>
    <message numerus="yes">
        <source>%1: %n key(s) imported.</source>
        <translation>
            <numerusform>%1: %n chave importada.</numerusform>
            <numerusform>%1: %n chaves importadas.</numerusform>
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
        <translation>%1: equipe %2 adicionada ao diretório.</translation>
    </message>
    <message>
        <source>%1: team %2 updated in the directory.</source>
        <translation>%1: equipe %2 atualizada no diretório.</translation>
    </message>
    <message>
        <source>Not mapped to an RFC 2350 section, kept with the import: %1</source>
        <extracomment>%1 is a heading in the imported document that matches no RFC 2350 section</extracomment>
        <translation>Não corresponde a nenhuma seção da RFC 2350; mantido com a importação: %1</translation>
    </message>
    <message>
        <source>Checking the signature and importing the document…</source>
        <translation>Verificando a assinatura e importando o documento…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>A importação foi cancelada; nada foi alterado.</translation>
    </message>
    <message>
        <source>The import file could not be opened.</source>
        <translation>Não foi possível abrir o arquivo de importação.</translation>
    </message>
    <message>
        <source>The import file is larger than 256 MiB.</source>
        <translation>O arquivo de importação tem mais de 256 MiB.</translation>
    </message>
    <message>
        <source>The import file could not be read.</source>
        <translation>Não foi possível ler o arquivo de importação.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lendo o arquivo…</translation>
    </message>
    <message>
        <source>Merging the entries…</source>
        <translation>Mesclando as entradas…</translation>
    </message>
    <message>
        <source>Importing the keys…</source>
        <translation>Importando as chaves…</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>arquivo %1</translation>
    </message>
    <message>
        <source>Reading the entries…</source>
        <translation>Lendo as entradas…</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 skipped.</source>
        <translation>%1: %2 adicionados, %3 atualizados, %4 inalterados, %5 ignorados.</translation>
    </message>
    <message>
        <source>The key named in 2.8 (%1) was not linked to the team.</source>
        <extracomment>%1 is an OpenPGP fingerprint</extracomment>
        <translation>A chave indicada em 2.8 (%1) não foi vinculada à equipe.</translation>
    </message>
    <message>
        <source>Constituency (3.2), not taken: %1</source>
        <extracomment>%1 is a piece of section 3.2 of an imported RFC 2350 document and why it was not taken</extracomment>
        <translation>Comunidade atendida (3.2), não aceita: %1</translation>
    </message>
    <message>
        <source>%1: warning: %2</source>
        <extracomment>%1 is a position in the import file (contacts.vcf, line 12), %2 what was read differently or left out</extracomment>
        <translation>%1: aviso: %2</translation>
    </message>
    <message>
        <source>%1: stopped on request, the entries merged so far are kept: %2 added, %3 updated, %4 unchanged, %5 skipped, %6 not reached. Import the file again to complete it.</source>
        <translation>%1: interrompido a pedido, as entradas mescladas até agora são mantidas: %2 adicionadas, %3 atualizadas, %4 inalteradas, %5 ignoradas, %6 não alcançadas. Importe o arquivo novamente para concluir a importação.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryImportProgressDialog</name>
    <message>
        <source>Importing into the directory</source>
        <translation>Importando para o diretório</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>&amp;Stop and keep</source>
        <translation>&amp;Parar e manter</translation>
    </message>
    <message>
        <source>Keep the entries merged so far; importing the file again completes the import.</source>
        <translation>Manter as entradas mescladas até agora; importar o arquivo novamente conclui a importação.</translation>
    </message>
    <message>
        <source>Undo the whole import: nothing is changed.</source>
        <translation>Desfazer toda a importação: nada é alterado.</translation>
    </message>
    <message>
        <source>Cancelling: nothing will be changed…</source>
        <translation>Cancelando: nada será alterado…</translation>
    </message>
    <message>
        <source>Stopping: the entries merged so far are kept…</source>
        <translation>Parando: as entradas mescladas até agora são mantidas…</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryImporter</name>
    <message>
        <source>%1 %2: kept your edit of %3</source>
        <translation>%1 %2: sua edição de %3 foi mantida</translation>
    </message>
    <message>
        <source>The team %1 is not in the directory; the membership was left out.</source>
        <translation>A equipe %1 não está no diretório; a associação foi deixada de fora.</translation>
    </message>
    <message>
        <source>%1: kept your edits</source>
        <translation>%1: suas edições foram mantidas</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>A importação foi cancelada; nada foi importado.</translation>
    </message>
    <message>
        <source>Importing directory entries</source>
        <translation>Importando entradas do diretório</translation>
    </message>
    <message>
        <source>%1: the field %2 is %L3 characters long, more than the %L4 a directory field may hold; it was left out.</source>
        <translation>%1: o campo %2 tem %L3 caracteres, mais do que os %L4 que um campo do diretório comporta; ele foi deixado de fora.</translation>
    </message>
    <message>
        <source>%1 (matched by e-mail address)</source>
        <translation>%1 (identificado pelo endereço de e-mail)</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryKeys</name>
    <message>
        <source>The key is not in the workspace keyring; import it before relying on it.</source>
        <translation>A chave não está no chaveiro do espaço de trabalho; importe-a antes de confiar nela.</translation>
    </message>
    <message>
        <source>the Trusted Introducer entry</source>
        <translation>a entrada do Trusted Introducer</translation>
    </message>
    <message>
        <source>the imported entry</source>
        <translation>a entrada importada</translation>
    </message>
    <message>
        <source>the team&apos;s RFC 2350 profile (imported %1)</source>
        <translation>o perfil RFC 2350 da equipe (importado em %1)</translation>
    </message>
    <message>
        <source>the team&apos;s RFC 2350 profile</source>
        <translation>o perfil RFC 2350 da equipe</translation>
    </message>
    <message>
        <source>%1 names the key %2, but no key is linked to the team.</source>
        <translation>%1 indica a chave %2, mas nenhuma chave está vinculada à equipe.</translation>
    </message>
    <message>
        <source>The linked key %1 differs from the key %2 names (%3): check which one the team uses.</source>
        <translation>A chave vinculada %1 difere da chave que %2 indica (%3): verifique qual delas a equipe usa.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <source>Who handles… (address, network, AS, domain, e-mail)</source>
        <translation>Quem trata… (endereço, rede, AS, domínio, e-mail)</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Consultar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Trusted Introducer teams.json…</source>
        <translation>teams.json do Trusted Introducer…</translation>
    </message>
    <message>
        <source>vCard file…</source>
        <translation>Arquivo vCard…</translation>
    </message>
    <message>
        <source>OpenPGP keys…</source>
        <translation>Chaves OpenPGP…</translation>
    </message>
    <message>
        <source>&amp;Export vCard…</source>
        <translation>&amp;Exportar vCard…</translation>
    </message>
    <message>
        <source>The directory could not be read completely.</source>
        <translation>Não foi possível ler o diretório por completo.</translation>
    </message>
    <message>
        <source>Nobody in the directory handles %1.</source>
        <translation>Ninguém no diretório trata %1.</translation>
    </message>
    <message>
        <source>Nobody holds %1 itself; %2 is the team for its country (%3).</source>
        <translation>Ninguém detém %1 diretamente; %2 é a equipe do país (%3).</translation>
    </message>
    <message>
        <source>%1 is handled by %2 (constituency entry %3).</source>
        <translation>%1 é tratado por %2 (entrada da comunidade atendida %3).</translation>
    </message>
    <message numerus="yes">
        <source>%n more team(s) also match.</source>
        <translation>
            <numerusform>Mais %n equipe também corresponde.</numerusform>
            <numerusform>Mais %n equipes também correspondem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trusted Introducer JSON (*.json)</source>
        <translation>JSON do Trusted Introducer (*.json)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>Arquivos vCard (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>OpenPGP keys (*.asc *.gpg *.pgp)</source>
        <translation>Chaves OpenPGP (*.asc *.gpg *.pgp)</translation>
    </message>
    <message>
        <source>Import into the directory</source>
        <translation>Importar para o diretório</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Nenhum espaço de trabalho está aberto.</translation>
    </message>
    <message>
        <source>Export the directory as vCard</source>
        <translation>Exportar o diretório como vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Arquivos vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Directory written to %1.</source>
        <translation>Diretório gravado em %1.</translation>
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
        <translation>O signatário não é a chave da equipe</translation>
    </message>
    <message>
        <source>This document is signed by another key than the team&apos;s own key named in its section 2.8. Anybody can sign a text that names somebody else&apos;s key.</source>
        <translation>Este documento está assinado por uma chave diferente da própria chave da equipe indicada em sua seção 2.8. Qualquer pessoa pode assinar um texto que indica a chave de outra pessoa.</translation>
    </message>
    <message>
        <source>Signed by: %1 %2
Key named in 2.8: %3

Link the key named in 2.8 to the team anyway? Answer Yes only after checking with the team that the signer may speak for it.</source>
        <extracomment>%1 and %3 are OpenPGP fingerprints, %2 the signer&apos;s user id</extracomment>
        <translation>Assinado por: %1 %2
Chave indicada em 2.8: %3

Vincular mesmo assim a chave indicada em 2.8 à equipe? Responda Sim somente depois de confirmar com a equipe que o signatário pode falar em nome dela.</translation>
    </message>
    <message>
        <source>&amp;Link the key</source>
        <translation>&amp;Vincular a chave</translation>
    </message>
    <message>
        <source>&amp;Do not link</source>
        <translation>&amp;Não vincular</translation>
    </message>
    <message>
        <source>You accepted the signer: the key %1 is linked to the team.</source>
        <extracomment>%1 is an OpenPGP fingerprint</extracomment>
        <translation>Você aceitou o signatário: a chave %1 está vinculada à equipe.</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>E&amp;quipes</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Pessoas</translation>
    </message>
    <message>
        <source>Li&amp;sts</source>
        <translation>Li&amp;stas</translation>
    </message>
    <message>
        <source>&amp;Add team…</source>
        <translation>&amp;Adicionar equipe…</translation>
    </message>
    <message>
        <source>&amp;Edit team…</source>
        <translation>E&amp;ditar equipe…</translation>
    </message>
    <message>
        <source>&amp;Remove team…</source>
        <translation>&amp;Remover equipe…</translation>
    </message>
    <message>
        <source>Add team…</source>
        <translation>Adicionar equipe…</translation>
    </message>
    <message>
        <source>Edit team…</source>
        <translation>Editar equipe…</translation>
    </message>
    <message>
        <source>Remove team…</source>
        <translation>Remover equipe…</translation>
    </message>
    <message>
        <source>%1 was added to the directory.</source>
        <extracomment>%1 is the team&apos;s name</extracomment>
        <translation>A equipe %1 foi adicionada ao diretório.</translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation>Remover equipe</translation>
    </message>
    <message>
        <source>Remove %1 from the directory? Its channels, constituency, key links and agreements go with it, and it is taken off every distribution list; people keep their other teams. The history keeps a record.</source>
        <translation>Remover %1 do diretório? Os canais, a comunidade atendida, os vínculos de chaves e os acordos dela são removidos junto, e ela é retirada de todas as listas de distribuição; as pessoas mantêm suas outras equipes. O histórico guarda um registro.</translation>
    </message>
    <message>
        <source>&amp;Remove team</source>
        <translation>&amp;Remover equipe</translation>
    </message>
    <message>
        <source>%1 was removed from the directory.</source>
        <translation>A equipe %1 foi removida do diretório.</translation>
    </message>
    <message>
        <source>No teams in the directory yet</source>
        <translation>Ainda não há equipes no diretório</translation>
    </message>
    <message>
        <source>Add the teams you work with (Add team… above), or import the Trusted Introducer list, vCards or RFC 2350 documents with Import.</source>
        <translation>Adicione as equipes com que você trabalha (Adicionar equipe… acima) ou importe a lista do Trusted Introducer, vCards ou documentos RFC 2350 com Importar.</translation>
    </message>
    <message>
        <source>No team matches the filter</source>
        <translation>Nenhuma equipe corresponde ao filtro</translation>
    </message>
    <message>
        <source>Try other words, or fewer filters.</source>
        <translation>Tente outras palavras ou menos filtros.</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Limpar o filtro</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryQueries</name>
    <message>
        <source>The number of days must be positive.</source>
        <translation>O número de dias deve ser positivo.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryTypes</name>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nacional</translation>
    </message>
    <message>
        <source>Governmental</source>
        <translation>Governamental</translation>
    </message>
    <message>
        <source>Critical information infrastructure</source>
        <translation>Infraestrutura crítica de informação</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Acadêmico</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fornecedor</translation>
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
        <translation>Não listado</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listado</translation>
    </message>
    <message>
        <source>Accreditation candidate</source>
        <translation>Candidato a acreditação</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>A channel that is neither e-mail nor phone: Signal, satellite phone...</extracomment>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergência</translation>
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
        <translation>&quot;%1&quot; não é um horário ISO 8601.</translation>
    </message>
    <message>
        <source>“%1” is not a channel usage.</source>
        <translation>&quot;%1&quot; não é um uso de canal.</translation>
    </message>
    <message>
        <source>The agreement kind is missing or unknown.</source>
        <translation>O tipo de acordo está ausente ou é desconhecido.</translation>
    </message>
    <message>
        <source>A person needs a name (FN).</source>
        <translation>Uma pessoa precisa de um nome (FN).</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 time; left out.</source>
        <translation>&quot;%1&quot; não é uma hora ISO 8601; deixado de fora.</translation>
    </message>
    <message>
        <source>the key is embedded in the card and was not imported; import it with “directory keys --import” and link it to the entry.</source>
        <translation>a chave está embutida no cartão e não foi importada; importe-a com &quot;directory keys --import&quot; e vincule-a à entrada.</translation>
    </message>
    <message>
        <source>“%1” is neither a fingerprint nor a valid URI; left out.</source>
        <translation>&quot;%1&quot; não é nem uma impressão digital nem um URI válido; deixado de fora.</translation>
    </message>
    <message>
        <source>The key was left out.</source>
        <translation>A chave foi deixada de fora.</translation>
    </message>
    <message>
        <source>The address was left out.</source>
        <translation>O endereço foi deixado de fora.</translation>
    </message>
    <message>
        <source>a person has one key in the directory; this second one was left out.</source>
        <translation>uma pessoa tem uma única chave no diretório; esta segunda foi deixada de fora.</translation>
    </message>
    <message>
        <source>a person has one key address in the directory; this second one was left out.</source>
        <translation>uma pessoa tem um único endereço de chave no diretório; este segundo foi deixado de fora.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>&quot;%1&quot; não é um rótulo TLP.</translation>
    </message>
</context>
<context>
    <name>fb::DirectoryView</name>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Official name</source>
        <translation>Nome oficial</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organização anfitriã</translation>
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
        <translation>Setores</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Fundada em</translation>
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
        <translation>Associações</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horário comercial</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Endereço postal</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>RFC 2350</source>
        <translation>RFC 2350</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Comunidade atendida</translation>
    </message>
    <message>
        <source>Constituency entries</source>
        <translation>Entradas da comunidade atendida</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chaves</translation>
    </message>
    <message>
        <source>Highest TLP</source>
        <translation>TLP máximo</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acordos</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Apresentada por</translation>
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
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Added %1, updated %2, unchanged %3, skipped %4.
</source>
        <translation>Adicionados %1, atualizados %2, inalterados %3, ignorados %4.
</translation>
    </message>
    <message>
        <source>  added: %1</source>
        <translation>  adicionado: %1</translation>
    </message>
    <message>
        <source>  updated: %1</source>
        <translation>  atualizado: %1</translation>
    </message>
    <message>
        <source>  not overwritten: %1</source>
        <translation>  não sobrescrito: %1</translation>
    </message>
    <message>
        <source>  problem at %1: %2</source>
        <translation>  problema em %1: %2</translation>
    </message>
    <message>
        <source>%1 (not in the keyring)</source>
        <translation>%1 (fora do chaveiro)</translation>
    </message>
    <message>
        <source>%1 (%2, created %3, expires %4, validity %5)</source>
        <translation>%1 (%2, criada em %3, expira em %4, validade %5)</translation>
    </message>
    <message>
        <source>Key addresses</source>
        <translation>Endereços de chave</translation>
    </message>
    <message>
        <source>Updated at source</source>
        <translation>Atualizado na origem</translation>
    </message>
    <message>
        <source>  warning at %1: %2</source>
        <translation>  aviso em %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::DistributionListCommands</name>
    <message>
        <source>The list&apos;s name (unique, not a number).</source>
        <translation>O nome da lista (único, não um número).</translation>
    </message>
    <message>
        <source>What the list is for.</source>
        <translation>Para que serve a lista.</translation>
    </message>
    <message>
        <source>Create a distribution list.</source>
        <translation>Cria uma lista de distribuição.</translation>
    </message>
    <message>
        <source>Added distribution list #%1.</source>
        <translation>Lista de distribuição #%1 adicionada.</translation>
    </message>
    <message>
        <source>List id or name.</source>
        <translation>Id ou nome da lista.</translation>
    </message>
    <message>
        <source>Remove a distribution list (its teams and people stay in the directory).</source>
        <translation>Remove uma lista de distribuição (suas equipes e pessoas permanecem no diretório).</translation>
    </message>
    <message>
        <source>Removed distribution list “%1”.</source>
        <translation>Lista de distribuição &quot;%1&quot; removida.</translation>
    </message>
    <message>
        <source>Show a list&apos;s members with their e-mail address and the highest TLP label we may share with each (a person&apos;s own, else their team&apos;s).</source>
        <translation>Mostra os membros de uma lista com o endereço de e-mail e o rótulo TLP mais alto que podemos compartilhar com cada um (o da própria pessoa; senão, o da equipe dela).</translation>
    </message>
    <message>
        <source>Distribution list #%1 “%2”</source>
        <translation>Lista de distribuição #%1 &quot;%2&quot;</translation>
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
        <translation>NOME</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ENDEREÇO</translation>
    </message>
    <message>
        <source>HIGHEST TLP</source>
        <translation>TLP MÁXIMO</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>ORIGEM</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipe</translation>
    </message>
    <message>
        <source>person</source>
        <translation>pessoa</translation>
    </message>
    <message>
        <source>(no e-mail)</source>
        <translation>(sem e-mail)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(não definido)</translation>
    </message>
    <message>
        <source>List the distribution lists.</source>
        <translation>Lista as listas de distribuição.</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MEMBROS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIÇÃO</translation>
    </message>
    <message>
        <source>A team: id, UUID, short or official name (repeatable).</source>
        <translation>Uma equipe: id, UUID, nome curto ou oficial (repetível).</translation>
    </message>
    <message>
        <source>A person: id or name (repeatable).</source>
        <translation>Uma pessoa: id ou nome (repetível).</translation>
    </message>
    <message>
        <source>Put teams and people on a list.</source>
        <translation>Coloca equipes e pessoas em uma lista.</translation>
    </message>
    <message>
        <source>Take teams and people off a list.</source>
        <translation>Retira equipes e pessoas de uma lista.</translation>
    </message>
    <message>
        <source>Name at least one --team or --person.</source>
        <translation>Informe pelo menos um --team ou --person.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n member(s) to “%1”.</source>
        <translation>
            <numerusform>%n membro adicionado a &quot;%1&quot;.</numerusform>
            <numerusform>%n membros adicionados a &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n member(s) from “%1”.</source>
        <translation>
            <numerusform>%n membro removido de &quot;%1&quot;.</numerusform>
            <numerusform>%n membros removidos de &quot;%1&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::DistributionListDialog</name>
    <message>
        <source>New distribution list</source>
        <translation>Nova lista de distribuição</translation>
    </message>
    <message>
        <source>national-partners</source>
        <translation>parceiros-nacionais</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>&amp;Create list</source>
        <translation>&amp;Criar lista</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <extracomment>Shown in the new list dialog when the list could not be made; %1 is the reason</extracomment>
        <translation>Não criada: %1</translation>
    </message>
</context>
<context>
    <name>fb::DistributionListStore</name>
    <message>
        <source>A distribution list needs a name.</source>
        <translation>Uma lista de distribuição precisa de um nome.</translation>
    </message>
    <message>
        <source>A distribution list&apos;s name cannot be a number (numbers are ids).</source>
        <translation>O nome de uma lista de distribuição não pode ser um número (números são ids).</translation>
    </message>
    <message>
        <source>There is already a distribution list “%1”.</source>
        <translation>Já existe uma lista de distribuição &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no distribution list #%1.</source>
        <translation>Não existe a lista de distribuição #%1.</translation>
    </message>
    <message>
        <source>There is no distribution list “%1”.</source>
        <translation>Não existe a lista de distribuição &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A list member is a team or a person.</source>
        <translation>Um membro de lista é uma equipe ou uma pessoa.</translation>
    </message>
    <message>
        <source>%1 is already on the list “%2”.</source>
        <translation>%1 já está na lista &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>That entry is not on the list “%1”.</source>
        <translation>Essa entrada não está na lista &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>fb::DistributionListsPanel</name>
    <message>
        <source>&amp;New list…</source>
        <translation>&amp;Nova lista…</translation>
    </message>
    <message>
        <source>Remove &amp;list…</source>
        <translation>Remover &amp;lista…</translation>
    </message>
    <message>
        <source>&amp;Add members…</source>
        <translation>&amp;Adicionar membros…</translation>
    </message>
    <message>
        <source>Take &amp;off the list</source>
        <translation>&amp;Retirar da lista</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membro</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Share up to</source>
        <translation>Compartilhar até</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <extracomment>A distribution list in the list of lists: its name and how many members it has</extracomment>
        <translation>
            <numerusform>%1 (%n membro)</numerusform>
            <numerusform>%1 (%n membros)</numerusform>
        </translation>
    </message>
    <message>
        <source>No distribution lists yet. An advisory&apos;s audience names lists: make one with New list….</source>
        <translation>Ainda não há listas de distribuição. O público de um boletim indica listas: crie uma com Nova lista….</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>não acordado</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>sem endereço de e-mail</translation>
    </message>
    <message>
        <source>Remove distribution list</source>
        <translation>Remover lista de distribuição</translation>
    </message>
    <message>
        <source>Remove the list “%1”? The teams and people on it stay in the directory; advisories that name the list as their audience no longer find it.</source>
        <translation>Remover a lista &quot;%1&quot;? As equipes e pessoas nela permanecem no diretório; os boletins que indicam a lista como público deixam de encontrá-la.</translation>
    </message>
    <message>
        <source>&amp;Remove list</source>
        <translation>&amp;Remover lista</translation>
    </message>
    <message>
        <source>The list “%1” was removed.</source>
        <translation>A lista &quot;%1&quot; foi removida.</translation>
    </message>
    <message>
        <source>%1 was taken off the list.</source>
        <translation>Retirado da lista: %1.</translation>
    </message>
</context>
<context>
    <name>fb::EvidenceCommands</name>
    <message>
        <source>Store each FILE inside the workspace as evidence of the ticket, with its size, SHA-256, media type, who added it and when, each in the ticket&apos;s history. A file can be at most %1; an empty file or a folder is refused. The files are added one by one: when one is refused, those before it stay added.</source>
        <translation>Armazena cada ARQUIVO dentro do espaço de trabalho como evidência do ticket, com seu tamanho, SHA-256, tipo de mídia, quem o adicionou e quando, cada um no histórico do ticket. Um arquivo pode ter no máximo %1; um arquivo vazio ou uma pasta é recusado. Os arquivos são adicionados um a um: quando um é recusado, os anteriores continuam adicionados.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>O número do ticket.</translation>
    </message>
    <message>
        <source>A file to attach.</source>
        <translation>Um arquivo a anexar.</translation>
    </message>
    <message>
        <source>What the files are (for each of them).</source>
        <translation>O que são os arquivos (para cada um deles).</translation>
    </message>
    <message>
        <source>Ticket #%1: evidence %2 added: %3 (%4, SHA-256 %5).</source>
        <translation>Ticket #%1: evidência %2 adicionada: %3 (%4, SHA-256 %5).</translation>
    </message>
    <message>
        <source>List the evidence of a ticket: number, name, size, SHA-256, who added it and when. --removed lists removed files too (their content is gone, their record stays).</source>
        <translation>Lista as evidências de um ticket: número, nome, tamanho, SHA-256, quem a adicionou e quando. --removed lista também os arquivos removidos (o conteúdo deles não existe mais, o registro permanece).</translation>
    </message>
    <message>
        <source>Include removed files.</source>
        <translation>Inclui os arquivos removidos.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no evidence.</source>
        <translation>O ticket #%1 não tem evidências.</translation>
    </message>
    <message>
        <source>(removed %1 by %2)</source>
        <translation>(removida em %1 por %2)</translation>
    </message>
    <message>
        <source>Write the ticket&apos;s evidence files into a new or empty folder, under safe names (no folder part, repeated names numbered), with a SHA256SUMS file: check them with `sha256sum -c SHA256SUMS` in that folder. A file whose content no longer matches its recorded SHA-256 is not written (run verify).</source>
        <translation>Grava os arquivos de evidência do ticket em uma pasta nova ou vazia, com nomes seguros (sem parte de pasta, nomes repetidos numerados), com um arquivo SHA256SUMS: verifique-os com `sha256sum -c SHA256SUMS` nessa pasta. Um arquivo cujo conteúdo não corresponde mais ao SHA-256 registrado não é gravado (execute verify).</translation>
    </message>
    <message>
        <source>The folder to write (made when missing; must be empty).</source>
        <translation>A pasta a gravar (criada se não existir; deve estar vazia).</translation>
    </message>
    <message>
        <source>Name the folder to export to with --out DIR.</source>
        <translation>Indique a pasta para a qual exportar com --out DIR.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1: %n evidence file(s) and SHA256SUMS written to %2.</source>
        <translation>
            <numerusform>Ticket #%1: %n arquivo de evidência e SHA256SUMS gravados em %2.</numerusform>
            <numerusform>Ticket #%1: %n arquivos de evidência e SHA256SUMS gravados em %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete an evidence file&apos;s content from the workspace. Its record (name, size, SHA-256, who added and removed it and when) and its history stay.</source>
        <translation>Exclui o conteúdo de um arquivo de evidência do espaço de trabalho. O seu registro (nome, tamanho, SHA-256, quem o adicionou e removeu e quando) e o seu histórico permanecem.</translation>
    </message>
    <message>
        <source>The evidence number (see evidence list).</source>
        <translation>O número da evidência (consulte evidence list).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an evidence number.</source>
        <translation>&quot;%1&quot; não é um número de evidência.</translation>
    </message>
    <message>
        <source>Ticket #%1: evidence %2 (%3) removed.</source>
        <translation>Ticket #%1: evidência %2 (%3) removida.</translation>
    </message>
</context>
<context>
    <name>fb::EvidencePanel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Adicionado por</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionado em</translation>
    </message>
    <message>
        <source>No evidence yet</source>
        <translation>Ainda não há evidências</translation>
    </message>
    <message>
        <source>Add files, or drop them here. Each is kept inside the workspace with its SHA-256.</source>
        <translation>Adicione arquivos ou solte-os aqui. Cada um é mantido dentro do espaço de trabalho com o seu SHA-256.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <source>Attach files as evidence (at most %1 each); you can also drop them here.</source>
        <translation>Anexar arquivos como evidência (no máximo %1 cada); você também pode soltá-los aqui.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the files into a new folder with a SHA256SUMS file</source>
        <translation>Gravar os arquivos em uma pasta nova com um arquivo SHA256SUMS</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copiar SHA-256</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Delete the file&apos;s content; its name, size, SHA-256 and history stay</source>
        <translation>Excluir o conteúdo do arquivo; o nome, o tamanho, o SHA-256 e o histórico permanecem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <extracomment>The tab of a ticket&apos;s evidence files, with their number.</extracomment>
        <translation>Evidências (%1)</translation>
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
        <translation>Adicionar evidências ao ticket #%1</translation>
    </message>
    <message>
        <source>Export the evidence into a folder</source>
        <translation>Exportar as evidências para uma pasta</translation>
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
            <numerusform>%n arquivo adicionado.</numerusform>
            <numerusform>%n arquivos adicionados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) and SHA256SUMS written to %1.</source>
        <translation>
            <numerusform>%n arquivo e SHA256SUMS gravados em %1.</numerusform>
            <numerusform>%n arquivos e SHA256SUMS gravados em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from ticket #%2? Its content is deleted from the workspace; its name, size, SHA-256 and history stay.</source>
        <translation>Remover &quot;%1&quot; do ticket #%2? O conteúdo é excluído do espaço de trabalho; o nome, o tamanho, o SHA-256 e o histórico permanecem.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Remover evidência</translation>
    </message>
</context>
<context>
    <name>fb::EvidenceStore</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; nada foi alterado.</translation>
    </message>
    <message>
        <source>There is no file “%1”.</source>
        <translation>Não há nenhum arquivo &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>“%1” is a folder; add the files in it one by one.</source>
        <translation>&quot;%1&quot; é uma pasta; adicione os arquivos dela um a um.</translation>
    </message>
    <message>
        <source>“%1” is not a regular file.</source>
        <translation>&quot;%1&quot; não é um arquivo comum.</translation>
    </message>
    <message>
        <source>“%1” is empty; there is nothing to keep as evidence.</source>
        <translation>&quot;%1&quot; está vazio; não há nada a guardar como evidência.</translation>
    </message>
    <message>
        <source>“%1” has %2; evidence can be at most %3.</source>
        <translation>&quot;%1&quot; tem %2; uma evidência pode ter no máximo %3.</translation>
    </message>
    <message>
        <source>A description can be at most %L1 characters long.</source>
        <translation>Uma descrição pode ter no máximo %L1 caracteres.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Não é possível ler &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>“%1” grew beyond %2 while it was read.</source>
        <translation>&quot;%1&quot; passou de %2 enquanto era lido.</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>Adicionando %1</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) was removed already.</source>
        <translation>A evidência %1 (%2) já foi removida.</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) was removed; its content is gone.</source>
        <translation>A evidência %1 (%2) foi removida; o conteúdo dela não existe mais.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no evidence to export.</source>
        <translation>O ticket #%1 não tem evidências a exportar.</translation>
    </message>
    <message>
        <source>Name a folder to export the evidence to.</source>
        <translation>Indique uma pasta para a qual exportar as evidências.</translation>
    </message>
    <message>
        <source>The folder “%1” is not empty; export the evidence into a new or empty folder.</source>
        <translation>A pasta &quot;%1&quot; não está vazia; exporte as evidências para uma pasta nova ou vazia.</translation>
    </message>
    <message>
        <source>Cannot make the folder “%1”.</source>
        <translation>Não é possível criar a pasta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportando %1</translation>
    </message>
    <message>
        <source>Evidence %1 (%2) of ticket #%3 no longer matches its recorded SHA-256 and size; run verify.</source>
        <translation>A evidência %1 (%2) do ticket #%3 não corresponde mais ao SHA-256 e ao tamanho registrados; execute verify.</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeCommands</name>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Grava em ARQUIVO em vez da saída padrão.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Substitui um arquivo de saída existente.</translation>
    </message>
    <message>
        <source>The team the document goes to (name or UID in the directory).</source>
        <translation>A equipe à qual o documento se destina (nome ou UID no diretório).</translation>
    </message>
    <message>
        <source>The highest TLP label the recipient may receive.</source>
        <translation>O rótulo TLP mais alto que o destinatário pode receber.</translation>
    </message>
    <message>
        <source>Export addresses as src (where the activity came from; the default) or dst (where it went): MISP ip-src or ip-dst, IODEF System category source or target.</source>
        <translation>Exporta os endereços como src (de onde veio a atividade; o padrão) ou dst (para onde ela foi): ip-src ou ip-dst no MISP, categoria source ou target de System no IODEF.</translation>
    </message>
    <message>
        <source>MISP distribution: 0 your organisation only (default), 1 this community, 2 connected communities, 3 all communities.</source>
        <translation>Distribuição MISP: 0 somente a sua organização (padrão), 1 esta comunidade, 2 comunidades conectadas, 3 todas as comunidades.</translation>
    </message>
    <message>
        <source>Give --format misp or --format iodef.</source>
        <translation>Informe --format misp ou --format iodef.</translation>
    </message>
    <message>
        <source>--format takes misp or iodef, not “%1”.</source>
        <translation>--format aceita misp ou iodef, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give --recipient or --clearance, not both.</source>
        <translation>Informe --recipient ou --clearance, não ambos.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label.</source>
        <translation>&quot;%1&quot; não é um rótulo TLP 2.0.</translation>
    </message>
    <message>
        <source>--addresses takes src or dst, not “%1”.</source>
        <translation>--addresses aceita src ou dst, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--distribution is for MISP events only.</source>
        <translation>--distribution vale somente para eventos MISP.</translation>
    </message>
    <message>
        <source>--distribution takes a number from 0 to 3.</source>
        <translation>--distribution aceita um número de 0 a 3.</translation>
    </message>
    <message>
        <source>--purpose is for IODEF documents only.</source>
        <translation>--purpose vale somente para documentos IODEF.</translation>
    </message>
    <message>
        <source>--purpose takes reporting or mitigation, not “%1”.</source>
        <translation>--purpose aceita reporting ou mitigation, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--json needs --out: standard output carries the document otherwise.</source>
        <translation>--json precisa de --out: caso contrário, a saída padrão transporta o documento.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1 written to %2 as MISP event %3 (%4, %n attribute(s)).</source>
        <translation>
            <numerusform>Ticket #%1 gravado em %2 como evento MISP %3 (%4, %n atributo).</numerusform>
            <numerusform>Ticket #%1 gravado em %2 como evento MISP %3 (%4, %n atributos).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1 written to %2 as an IODEF document (%3, %n observable(s)).</source>
        <translation>
            <numerusform>Ticket #%1 gravado em %2 como documento IODEF (%3, %n observável).</numerusform>
            <numerusform>Ticket #%1 gravado em %2 como documento IODEF (%3, %n observáveis).</numerusform>
        </translation>
    </message>
    <message>
        <source>New incident #%1 from the MISP event.</source>
        <translation>Novo incidente #%1 a partir do evento MISP.</translation>
    </message>
    <message>
        <source>The MISP event added to ticket #%1.</source>
        <translation>O evento MISP foi adicionado ao ticket #%1.</translation>
    </message>
    <message>
        <source>New incident #%1 from the IODEF document.</source>
        <translation>Novo incidente #%1 a partir do documento IODEF.</translation>
    </message>
    <message>
        <source>The IODEF document added to ticket #%1.</source>
        <translation>O documento IODEF foi adicionado ao ticket #%1.</translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s) in the event, %1 new; %2 note(s).</source>
        <translation>
            <numerusform>%n observável no evento, novos: %1; notas: %2.</numerusform>
            <numerusform>%n observáveis no evento, novos: %1; notas: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s) in the document, %1 new; %2 note(s).</source>
        <translation>
            <numerusform>%n observável no documento, novos: %1; notas: %2.</numerusform>
            <numerusform>%n observáveis no documento, novos: %1; notas: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>aviso: %1: %2</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeExport</name>
    <message>
        <source>the recipient</source>
        <translation>o destinatário</translation>
    </message>
    <message>
        <source>cleared up to %1</source>
        <translation>habilitado até %1</translation>
    </message>
    <message>
        <source>no TLP level known</source>
        <translation>nenhum nível TLP conhecido</translation>
    </message>
    <message>
        <source>Not exported: ticket %1 (with its children) is %2, and %3 may not receive it (%4). Name a recipient who may, or lower the tickets&apos; labels.</source>
        <translation>Não exportado: o ticket %1 (com seus filhos) é %2, e %3 não pode recebê-lo (%4). Indique um destinatário que possa recebê-lo ou reduza os rótulos dos tickets.</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeExportDialog</name>
    <message>
        <source>Share incident #%1 with a team</source>
        <translation>Compartilhar o incidente #%1 com uma equipe</translation>
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
        <translation>Alguém que não está no diretório (somente TLP:CLEAR e TLP:GREEN)</translation>
    </message>
    <message>
        <source>%1 (up to %2)</source>
        <translation>%1 (até %2)</translation>
    </message>
    <message>
        <source>%1 (TLP:CLEAR and TLP:GREEN only)</source>
        <translation>%1 (somente TLP:CLEAR e TLP:GREEN)</translation>
    </message>
    <message>
        <source>Sources (where attacks come from)</source>
        <translation>Origens (de onde vêm os ataques)</translation>
    </message>
    <message>
        <source>Targets (what was attacked)</source>
        <translation>Alvos (o que foi atacado)</translation>
    </message>
    <message>
        <source>Your organisation only</source>
        <translation>Somente a sua organização</translation>
    </message>
    <message>
        <source>This community only</source>
        <translation>Somente esta comunidade</translation>
    </message>
    <message>
        <source>Connected communities</source>
        <translation>Comunidades conectadas</translation>
    </message>
    <message>
        <source>All communities</source>
        <translation>Todas as comunidades</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Notificação</translation>
    </message>
    <message>
        <source>Mitigation (asking the recipient to act)</source>
        <translation>Mitigação (pedindo ao destinatário que aja)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatário:</translation>
    </message>
    <message>
        <source>&amp;Addresses are:</source>
        <translation>Os &amp;endereços são:</translation>
    </message>
    <message>
        <source>MISP &amp;distribution:</source>
        <translation>&amp;Distribuição MISP:</translation>
    </message>
    <message>
        <source>IODEF &amp;purpose:</source>
        <translation>&amp;Finalidade IODEF:</translation>
    </message>
    <message>
        <source>The document carries the incident&apos;s observables and those of its reports, investigations and countermeasures, labelled with the most restrictive TLP among them. It is refused when the recipient may not receive that label.</source>
        <translation>O documento transporta os observáveis do incidente e os das suas notificações, investigações e contramedidas, com o rótulo TLP mais restritivo entre eles. Ele é recusado quando o destinatário não pode receber esse rótulo.</translation>
    </message>
    <message>
        <source>What was written appears here.</source>
        <translation>O que foi gravado aparece aqui.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>Gravando o documento…</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Salvar o documento</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n observable(s) from %2 ticket(s), labelled %3.</source>
        <translation>
            <numerusform>%1 gravado: %n observável de %2 ticket(s), com o rótulo %3.</numerusform>
            <numerusform>%1 gravado: %n observáveis de %2 ticket(s), com o rótulo %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ExchangeImport</name>
    <message>
        <source>(no UUID)</source>
        <translation>(sem UUID)</translation>
    </message>
    <message>
        <source>Ticket %1 was %2; it is now %3, the document&apos;s label.</source>
        <translation>O ticket %1 era %2; agora é %3, o rótulo do documento.</translation>
    </message>
    <message>
        <source>The document is classified %1; ticket %2 keeps its classification %3/%4.</source>
        <translation>O documento está classificado como %1; o ticket %2 mantém a sua classificação %3/%4.</translation>
    </message>
</context>
<context>
    <name>fb::ExchangeImportDialog</name>
    <message>
        <source>Import an incident from a team</source>
        <translation>Importar um incidente de uma equipe</translation>
    </message>
    <message>
        <source>A MISP event (JSON) or an IODEF v2 document (XML) becomes a new incident, or goes onto the incident it came from or was imported into before. Its indicators become observables; what is not an observable is kept in comments. Nothing is stored when the document cannot be read.</source>
        <translation>Um evento MISP (JSON) ou um documento IODEF v2 (XML) se torna um novo incidente, ou vai para o incidente de onde veio ou para o qual já foi importado antes. Seus indicadores se tornam observáveis; o que não é um observável é mantido em comentários. Nada é armazenado quando o documento não pode ser lido.</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Accept an IODEF document that deviates from the schema (each deviation a warning)</source>
        <translation>Aceitar um documento IODEF que se desvia do esquema (cada desvio gera um aviso)</translation>
    </message>
    <message>
        <source>&amp;Warnings:</source>
        <translation>&amp;Avisos:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Open ticket</source>
        <translation>&amp;Abrir ticket</translation>
    </message>
    <message>
        <source>Importing the document…</source>
        <translation>Importando o documento…</translation>
    </message>
    <message>
        <source>Import an incident</source>
        <translation>Importar um incidente</translation>
    </message>
    <message>
        <source>MISP events and IODEF documents (*.json *.xml *.iodef);;All files (*)</source>
        <translation>Eventos MISP e documentos IODEF (*.json *.xml *.iodef);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; an exchanged incident is at most %3 MiB.</source>
        <translation>%1 tem %2 MiB; um incidente trocado tem no máximo %3 MiB.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nada foi importado: %1</translation>
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
        <translation>O %1 se tornou o incidente #%2.</translation>
    </message>
    <message>
        <source>The %1 was added to ticket #%2.</source>
        <translation>O %1 foi adicionado ao ticket #%2.</translation>
    </message>
    <message numerus="yes">
        <source>%n observable(s) added of %1 in the document.</source>
        <translation>
            <numerusform>%n observável adicionado de %1 no documento.</numerusform>
            <numerusform>%n observáveis adicionados de %1 no documento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) keep what is not an observable.</source>
        <translation>
            <numerusform>%n comentário mantém o que não é um observável.</numerusform>
            <numerusform>%n comentários mantêm o que não é um observável.</numerusform>
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
        <translation>O ticket %1 já tem um UUID.</translation>
    </message>
    <message>
        <source>The UUID %1 belongs to ticket %2 already.</source>
        <translation>O UUID %1 já pertence ao ticket %2.</translation>
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
        <translation>  0  sucesso
  1  uso: comando ou opção desconhecido, argumento ausente, nenhuma fonte de
     frase secreta
  2  entrada inválida: um valor recusado, um arquivo que não é um espaço de
     trabalho ou é de um Firebreak mais recente, um espaço de trabalho danificado,
     uma verificação de integridade com falha ou uma cadeia do histórico quebrada
     (verify)
  3  frase secreta ou chave errada
  4  não encontrado (ticket, arquivo, vínculo) ou conflito (transição recusada,
     arquivo existente)
  5  erro interno, ou o sistema recusou (erro de E/S, disco cheio)
</translation>
    </message>
</context>
<context>
    <name>fb::FirstRun</name>
    <message>
        <source>Give our team&apos;s name.</source>
        <translation>Informe o nome da nossa equipe.</translation>
    </message>
    <message>
        <source>Give our team&apos;s e-mail address.</source>
        <translation>Informe o endereço de e-mail da nossa equipe.</translation>
    </message>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>&quot;%1&quot; não é uma impressão digital OpenPGP completa.</translation>
    </message>
</context>
<context>
    <name>fb::FirstRunGuide</name>
    <message>
        <source>First steps in this workspace</source>
        <translation>Primeiros passos neste espaço de trabalho</translation>
    </message>
    <message>
        <source>&amp;Skip this step</source>
        <translation>&amp;Pular esta etapa</translation>
    </message>
    <message>
        <source>Leave this as it is; it can be set later in Settings.</source>
        <translation>Deixa isto como está; pode ser definido mais tarde em Configurações.</translation>
    </message>
    <message>
        <source>Skip &amp;all</source>
        <translation>Pular &amp;tudo</translation>
    </message>
    <message>
        <source>Close the guide and change nothing (Esc). It is in Settings.</source>
        <translation>Fecha o guia sem alterar nada (Esc). Ele fica em Configurações.</translation>
    </message>
    <message>
        <source>&amp;Skip this step and finish</source>
        <translation>&amp;Pular esta etapa e concluir</translation>
    </message>
</context>
<context>
    <name>fb::FirstRunKeyPage</name>
    <message>
        <source>(no user id)</source>
        <translation>(sem ID de usuário)</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expira em %1</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>não expira</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no secret key that can sign. The team key needs its secret part, e.g. as exported with “gpg --export-secret-keys”.</source>
        <translation>%1 não contém nenhuma chave secreta capaz de assinar. A chave da equipe precisa da sua parte secreta, por exemplo, como exportada com &quot;gpg --export-secret-keys&quot;.</translation>
    </message>
    <message>
        <source>Our key</source>
        <translation>Nossa chave</translation>
    </message>
    <message>
        <source>The OpenPGP key that signs our mail, team profile and advisories. It stays in your GnuPG home, %1.</source>
        <translation>A chave OpenPGP que assina nossos e-mails, o perfil da equipe e os boletins. Ela fica no seu diretório base do GnuPG, %1.</translation>
    </message>
    <message>
        <source>Import a secret key</source>
        <translation>Importar uma chave secreta</translation>
    </message>
    <message>
        <source>OpenPGP keys (*.asc *.gpg *.pgp *.key);;All files (*)</source>
        <translation>Chaves OpenPGP (*.asc *.gpg *.pgp *.key);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>A key you have</source>
        <translation>Uma chave que você tem</translation>
    </message>
    <message>
        <source>The secret keys in your GnuPG home that can sign.</source>
        <translation>As chaves secretas do seu diretório base do GnuPG que podem assinar.</translation>
    </message>
    <message>
        <source>Team &amp;key:</source>
        <translation>&amp;Chave da equipe:</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Importar de um arquivo…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Or a new key</source>
        <translation>Ou uma chave nova</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;me:</translation>
    </message>
    <message>
        <source>E-&amp;mail address:</source>
        <translation>&amp;Endereço de e-mail:</translation>
    </message>
    <message>
        <source>ed25519 and cv25519 (recommended)</source>
        <translation>ed25519 e cv25519 (recomendado)</translation>
    </message>
    <message>
        <source>RSA 3072 (for older software)</source>
        <translation>RSA 3072 (para softwares mais antigos)</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>A&amp;lgoritmo:</translation>
    </message>
    <message>
        <source>Valid for:</source>
        <translation>Validade:</translation>
    </message>
    <message>
        <source>two years (it can be extended later with GnuPG)</source>
        <translation>dois anos (pode ser prorrogada depois com o GnuPG)</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Frase secreta da chave:</translation>
    </message>
    <message>
        <source>&amp;Create key</source>
        <translation>C&amp;riar chave</translation>
    </message>
    <message>
        <source>Reading the keys of your GnuPG home…</source>
        <translation>Lendo as chaves do seu diretório base do GnuPG…</translation>
    </message>
    <message>
        <source>The keys could not be read</source>
        <translation>Não foi possível ler as chaves</translation>
    </message>
    <message>
        <source>No secret key in your GnuPG home yet</source>
        <translation>Ainda não há chave secreta no seu diretório base do GnuPG</translation>
    </message>
    <message>
        <source>Choose a key</source>
        <translation>Escolha uma chave</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported the key %1.</source>
        <translation>Chave %1 importada.</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Criando a chave…</translation>
    </message>
    <message>
        <source>Key creation cancelled; no key was kept.</source>
        <translation>Criação da chave cancelada; nenhuma chave foi mantida.</translation>
    </message>
    <message>
        <source>Created the key %1 for %2.</source>
        <translation>Chave %1 criada para %2.</translation>
    </message>
    <message>
        <source>Wait until the key is ready, or cancel it.</source>
        <translation>Aguarde até a chave ficar pronta ou cancele a criação.</translation>
    </message>
    <message>
        <source>Choose a key, import one or create one — or skip this step.</source>
        <translation>Escolha uma chave, importe uma ou crie uma — ou pule esta etapa.</translation>
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
        <translation>Níveis de serviço</translation>
    </message>
    <message>
        <source>How soon a ticket gets its first response, and how soon it should be resolved, by severity. Times are calendar time, round the clock.</source>
        <translation>Em quanto tempo um ticket recebe a primeira resposta e em quanto tempo deve ser resolvido, por severidade. Os tempos são corridos, 24 horas por dia.</translation>
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
        <translation>Nossa equipe</translation>
    </message>
    <message>
        <source>Who we are in mail, the team profile and advisories. Firebreak keeps it as our entry in the directory.</source>
        <translation>Quem somos nos e-mails, no perfil da equipe e nos boletins. O Firebreak guarda isso como a nossa entrada no diretório.</translation>
    </message>
    <message>
        <source>e.g. CERT-X, the Example Computer Emergency Response Team</source>
        <translation>por exemplo, CERT-X, Equipe de Resposta a Incidentes de Segurança de Exemplo</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>&amp;Nome da equipe:</translation>
    </message>
    <message>
        <source>e.g. cert@example.org</source>
        <translation>por exemplo, cert@example.org</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Endereço de e-mail:</translation>
    </message>
    <message>
        <source>e.g. CERT-X</source>
        <translation>por exemplo, CERT-X</translation>
    </message>
    <message>
        <source>Mail subject &amp;tag:</source>
        <translation>Eti&amp;queta do assunto dos e-mails:</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Subjects will read “[%1 #123] …”.</source>
        <translation>Os assuntos ficarão assim: &quot;[%1 #123] …&quot;.</translation>
    </message>
</context>
<context>
    <name>fb::GnupgHome</name>
    <message>
        <source>Cannot create a GnuPG home: the temporary folder path is too long for gpg-agent&apos;s sockets.</source>
        <translation>Não é possível criar um diretório base do GnuPG: o caminho da pasta temporária é longo demais para os sockets do gpg-agent.</translation>
    </message>
    <message>
        <source>Cannot create a temporary GnuPG home: %1</source>
        <translation>Não é possível criar um diretório base temporário do GnuPG: %1</translation>
    </message>
    <message>
        <source>Cannot write the configuration of a temporary GnuPG home.</source>
        <translation>Não é possível gravar a configuração de um diretório base temporário do GnuPG.</translation>
    </message>
    <message>
        <source>Cannot use the folder for temporary GnuPG homes: %1</source>
        <translation>Não é possível usar a pasta dos diretórios base temporários do GnuPG: %1</translation>
    </message>
    <message>
        <source>The folder for temporary GnuPG homes is not a folder (a symbolic link or a file).</source>
        <translation>A pasta dos diretórios base temporários do GnuPG não é uma pasta (é um link simbólico ou um arquivo).</translation>
    </message>
    <message>
        <source>The folder for temporary GnuPG homes belongs to another user.</source>
        <translation>A pasta dos diretórios base temporários do GnuPG pertence a outro usuário.</translation>
    </message>
    <message>
        <source>Cannot make the folder for temporary GnuPG homes private: %1</source>
        <translation>Não é possível tornar privada a pasta dos diretórios base temporários do GnuPG: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder for temporary GnuPG homes: %1</source>
        <translation>Não é possível criar a pasta dos diretórios base temporários do GnuPG: %1</translation>
    </message>
</context>
<context>
    <name>fb::GpgmeBoundary</name>
    <message>
        <source>%1 failed: %2.</source>
        <extracomment>%1 is an operation (&quot;Signing&quot;), %2 what GnuPG said</extracomment>
        <translation>%1 falhou: %2.</translation>
    </message>
    <message>
        <source>%1 failed: out of memory.</source>
        <translation>%1 falhou: memória insuficiente.</translation>
    </message>
    <message>
        <source>an unknown exception</source>
        <translation>uma exceção desconhecida</translation>
    </message>
    <message>
        <source>%1 failed unexpectedly in GPGME: %2.</source>
        <translation>%1 falhou inesperadamente no GPGME: %2.</translation>
    </message>
</context>
<context>
    <name>fb::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Firebreak</source>
        <translation>&amp;Sobre o Firebreak</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
</context>
<context>
    <name>fb::History</name>
    <message>
        <source>History row %1 follows row %2: rows %3 to %4 are missing.</source>
        <translation>A linha %1 do histórico segue a linha %2: faltam as linhas %3 a %4.</translation>
    </message>
    <message>
        <source>History row %1 does not follow the row before it (a row was removed, reordered or replaced).</source>
        <translation>A linha %1 do histórico não segue a linha anterior (uma linha foi removida, reordenada ou substituída).</translation>
    </message>
    <message>
        <source>History row %1 was changed after it was written.</source>
        <translation>A linha %1 do histórico foi alterada depois de gravada.</translation>
    </message>
    <message>
        <source>History rows %1 to %2 were removed.</source>
        <translation>As linhas %1 a %2 do histórico foram removidas.</translation>
    </message>
    <message>
        <source>The history&apos;s recorded head does not match its last row %1.</source>
        <translation>O cabeçalho registrado do histórico não corresponde à sua última linha %1.</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severidade</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Comunidade atendida</translation>
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
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lições aprendidas</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Prazo de resposta</translation>
    </message>
    <message>
        <source>Resolve due</source>
        <translation>Prazo de resolução</translation>
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
        <translation>(nenhum)</translation>
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
        <translation>Criado como %1, %2</translation>
    </message>
    <message>
        <source>Created as %1</source>
        <translation>Criado como %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>State: %1 → %2 (follows its incident)</source>
        <extracomment>The state changed because of a link or of its incident&apos;s outcome.</extracomment>
        <translation>Estado: %1 → %2 (acompanha seu incidente)</translation>
    </message>
    <message>
        <source>Linked to incident %1</source>
        <translation>Vinculado ao incidente %1</translation>
    </message>
    <message>
        <source>Ticket %1 linked to this incident</source>
        <translation>Ticket %1 vinculado a este incidente</translation>
    </message>
    <message>
        <source>Unlinked from incident %1</source>
        <translation>Desvinculado do incidente %1</translation>
    </message>
    <message>
        <source>Ticket %1 unlinked from this incident</source>
        <translation>Ticket %1 desvinculado deste incidente</translation>
    </message>
    <message>
        <source>Merged %1 into this ticket</source>
        <translation>%1 mesclado neste ticket</translation>
    </message>
    <message>
        <source>Merged into %1</source>
        <translation>Mesclado em %1</translation>
    </message>
    <message>
        <source>Observable added: %1 %2</source>
        <translation>Observável adicionado: %1 %2</translation>
    </message>
    <message>
        <source>Observable removed: %1 %2</source>
        <translation>Observável removido: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Observables added: %1</source>
        <translation>Observáveis adicionados: %1</translation>
    </message>
    <message>
        <source>Tag added: %1</source>
        <translation>Etiqueta adicionada: %1</translation>
    </message>
    <message>
        <source>Tag removed: %1</source>
        <translation>Etiqueta removida: %1</translation>
    </message>
    <message>
        <source>Mail received: %1</source>
        <translation>E-mail recebido: %1</translation>
    </message>
    <message>
        <source>Mail sent: %1</source>
        <translation>E-mail enviado: %1</translation>
    </message>
    <message>
        <source>Mail received (no Message-ID)</source>
        <translation>E-mail recebido (sem Message-ID)</translation>
    </message>
    <message>
        <source>Mail sent (no Message-ID)</source>
        <translation>E-mail enviado (sem Message-ID)</translation>
    </message>
    <message>
        <source>SLA policy changed</source>
        <translation>Política de SLA alterada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation>%1: %2 removido</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primeira resposta</translation>
    </message>
    <message>
        <source>State: %1 → %2 (undone)</source>
        <extracomment>A triage decision taken back: the state it had before.</extracomment>
        <translation>Estado: %1 → %2 (desfeito)</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentário: %1</translation>
    </message>
    <message>
        <source>Task added: %1</source>
        <extracomment>A task added to a ticket, from the playbook named in parentheses.</extracomment>
        <translation>Tarefa adicionada: %1</translation>
    </message>
    <message>
        <source>Task added: %1 (playbook %2)</source>
        <translation>Tarefa adicionada: %1 (playbook %2)</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Tarefa concluída: %1</translation>
    </message>
    <message>
        <source>Task not applicable: %1</source>
        <translation>Tarefa não aplicável: %1</translation>
    </message>
    <message>
        <source>Task reopened: %1</source>
        <translation>Tarefa reaberta: %1</translation>
    </message>
    <message>
        <source>Task unassigned: %1</source>
        <translation>Tarefa sem responsável: %1</translation>
    </message>
    <message>
        <source>Task %1 assigned to %2</source>
        <translation>Tarefa %1 atribuída a %2</translation>
    </message>
    <message>
        <source>Task %1 due %2</source>
        <translation>Tarefa %1 com prazo em %2</translation>
    </message>
    <message>
        <source>Task %1: due date removed</source>
        <translation>Tarefa %1: prazo removido</translation>
    </message>
    <message>
        <source>Note on task %1: %2</source>
        <translation>Nota na tarefa %1: %2</translation>
    </message>
    <message>
        <source>Playbook changed: %1</source>
        <translation>Playbook alterado: %1</translation>
    </message>
    <message>
        <source>Playbook added: %1</source>
        <translation>Playbook adicionado: %1</translation>
    </message>
    <message>
        <source>Playbook removed: %1</source>
        <translation>Playbook removido: %1</translation>
    </message>
    <message>
        <source>Evidence added: %1 (SHA-256 %2…)</source>
        <extracomment>Evidence added to a ticket: the file&apos;s name and the start of its SHA-256.</extracomment>
        <translation>Evidência adicionada: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Evidence removed: %1 (SHA-256 %2…)</source>
        <translation>Evidência removida: %1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Timeline event added: %1 (%2)</source>
        <extracomment>%1 is the event&apos;s title, %2 the date and time it happened.</extracomment>
        <translation>Evento da linha do tempo adicionado: %1 (%2)</translation>
    </message>
    <message>
        <source>Timeline event changed: %1 (%2)</source>
        <translation>Evento da linha do tempo alterado: %1 (%2)</translation>
    </message>
    <message>
        <source>Timeline event removed: %1 (%2)</source>
        <translation>Evento da linha do tempo removido: %1 (%2)</translation>
    </message>
    <message>
        <source>Exchange UUID: %1</source>
        <extracomment>The stable UUID a ticket is exported under (MISP events, IODEF documents).</extracomment>
        <translation>UUID de intercâmbio: %1</translation>
    </message>
    <message numerus="yes">
        <source>MISP event %1 imported, %n observable(s) added</source>
        <translation>
            <numerusform>Evento MISP %1 importado, %n observável adicionado</numerusform>
            <numerusform>Evento MISP %1 importado, %n observáveis adicionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>IODEF incident %1 imported, %n observable(s) added</source>
        <translation>
            <numerusform>Incidente IODEF %1 importado, %n observável adicionado</numerusform>
            <numerusform>Incidente IODEF %1 importado, %n observáveis adicionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ImportDialog</name>
    <message>
        <source>Importing mail</source>
        <translation>Importando e-mails</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancelling: the messages read so far are kept…</source>
        <translation>Cancelando: as mensagens lidas até agora são mantidas…</translation>
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
        <translation>%1 de %2 mensagens, %3 de %4 MB</translation>
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
        <translation>Encadeado</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Em quarentena</translation>
    </message>
    <message>
        <source>Mail import summary</source>
        <translation>Resumo da importação de e-mails</translation>
    </message>
    <message>
        <source>The import was cancelled; what was read before is kept.</source>
        <translation>A importação foi cancelada; o que foi lido antes é mantido.</translation>
    </message>
    <message>
        <source>The import is complete.</source>
        <translation>A importação foi concluída.</translation>
    </message>
    <message>
        <source>New reports:</source>
        <translation>Novas notificações:</translation>
    </message>
    <message>
        <source>Added to existing tickets:</source>
        <translation>Adicionados a tickets existentes:</translation>
    </message>
    <message>
        <source>Duplicates (already there):</source>
        <translation>Duplicados (já existentes):</translation>
    </message>
    <message>
        <source>Quarantined:</source>
        <translation>Em quarentena:</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Lidos:</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Nada precisa da sua atenção.</translation>
    </message>
    <message>
        <source>Needs your attention (select one to inspect it):</source>
        <translation>Precisa da sua atenção (selecione um para inspecioná-lo):</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Motivo ou observação</translation>
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
            <numerusform>Mantido na quarentena: %n byte; o início aparece abaixo.</numerusform>
            <numerusform>Mantidos na quarentena: %n bytes; o início aparece abaixo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::IncidentExchange</name>
    <message>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <source>The file is neither a MISP event (JSON) nor an IODEF document (XML).</source>
        <translation>O arquivo não é nem um evento MISP (JSON) nem um documento IODEF (XML).</translation>
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
        <translation>Grava um ticket (um incidente com os observáveis dos seus filhos) para as ferramentas de outra equipe: --format misp gera um evento MISP (JSON, como misp export), --format iodef um documento IODEF v2 (RFC 7970, XML, verificado em relação ao esquema): a nossa equipe e o número do ticket como IncidentID, o TLP como restrição, os observáveis como sistemas de EventData, os hashes como indicadores, o RSIT como AdditionalData. O rótulo é o mais restritivo dos tickets de onde vêm os dados; ele é recusado, sem que nada seja gravado, quando o destinatário não pode recebê-lo (--recipient ou --clearance; sem nenhum deles, somente TLP:CLEAR e TLP:GREEN saem). O ticket mantém um único UUID para todas as suas exportações.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>O número do ticket.</translation>
    </message>
    <message>
        <source>misp or iodef.</source>
        <translation>misp ou iodef.</translation>
    </message>
    <message>
        <source>IODEF purpose: reporting (the default) or mitigation (asking the recipient to act).</source>
        <translation>Finalidade IODEF: reporting (o padrão) ou mitigation (pedindo ao destinatário que aja).</translation>
    </message>
</context>
<context>
    <name>fb::IncidentImportCommand</name>
    <message>
        <source>Read a MISP event (JSON) or an IODEF v2 document (RFC 7970, XML; told from the content) into a new incident, or onto the ticket given with --into: indicators become observables, the label and classification are taken over, what is not an observable is kept in a comment, each odd part named in a warning. A document seen before goes onto its ticket again. An IODEF document must follow the schema (read offline, without network or DTD); --lenient imports one that deviates, each deviation a warning. A file that cannot be read is refused with the line or place, and nothing is stored.</source>
        <translation>Lê um evento MISP (JSON) ou um documento IODEF v2 (RFC 7970, XML; identificado pelo conteúdo) para um novo incidente, ou para o ticket informado com --into: os indicadores se tornam observáveis, o rótulo e a classificação são assumidos, o que não é um observável é mantido em um comentário, e cada parte estranha é indicada em um aviso. Um documento já visto vai de novo para o seu ticket. Um documento IODEF deve seguir o esquema (lido offline, sem rede nem DTD); --lenient importa um que se desvia, cada desvio gerando um aviso. Um arquivo que não pode ser lido é recusado com a linha ou o local, e nada é armazenado.</translation>
    </message>
    <message>
        <source>The document; - reads standard input.</source>
        <translation>O documento; - lê a entrada padrão.</translation>
    </message>
    <message>
        <source>Add the document to this ticket.</source>
        <translation>Adiciona o documento a este ticket.</translation>
    </message>
    <message>
        <source>Import an IODEF document that deviates from the schema.</source>
        <translation>Importa um documento IODEF que se desvia do esquema.</translation>
    </message>
</context>
<context>
    <name>fb::IncidentOutcomePanel</name>
    <message>
        <source>Resolution:</source>
        <translation>Resolução:</translation>
    </message>
    <message>
        <source>Lessons learned:</source>
        <translation>Lições aprendidas:</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Ainda sem texto.</translation>
    </message>
</context>
<context>
    <name>fb::IncidentReport</name>
    <message>
        <source>not classified</source>
        <translation>não classificado</translation>
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
        <translation>Classificação (RSIT)</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severidade</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Comunidade atendida</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
    </message>
    <message>
        <source>not closed</source>
        <translation>não fechado</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>No linked reports.</source>
        <translation>Nenhuma notificação vinculada.</translation>
    </message>
    <message>
        <source>No investigations.</source>
        <translation>Nenhuma investigação.</translation>
    </message>
    <message>
        <source>No countermeasures.</source>
        <translation>Nenhuma contramedida.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>Nenhuma tarefa.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>No timeline events.</source>
        <translation>Nenhum evento na linha do tempo.</translation>
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
        <translation>Nenhum observável.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>No evidence files.</source>
        <translation>Nenhum arquivo de evidência.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recebida</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direção</translation>
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
        <translation>Assunto</translation>
    </message>
    <message>
        <source>No correspondence.</source>
        <translation>Nenhuma correspondência.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>No history.</source>
        <translation>Nenhum histórico.</translation>
    </message>
    <message>
        <source>Generated %1 by %2.</source>
        <translation>Gerado em %1 por %2.</translation>
    </message>
    <message>
        <source>Generated %1 by %2 for %3.</source>
        <translation>Gerado em %1 por %2 para %3.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>Investigations</source>
        <translation>Investigações</translation>
    </message>
    <message>
        <source>Countermeasures</source>
        <translation>Contramedidas</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observáveis</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondência</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a report section; choose from %2.</source>
        <translation>&quot;%1&quot; não é uma seção do relatório; escolha entre %2.</translation>
    </message>
    <message>
        <source>The %1 section is not available yet.</source>
        <translation>A seção %1 ainda não está disponível.</translation>
    </message>
    <message>
        <source>Choose at least one report section.</source>
        <translation>Escolha pelo menos uma seção do relatório.</translation>
    </message>
    <message>
        <source>Ticket #%1 is a %2; a report is written for an incident.</source>
        <translation>O ticket #%1 é do tipo %2; um relatório é gravado para um incidente.</translation>
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
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lições aprendidas</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>The report on incident #%1 holds TLP:RED content: it is for the people present only. Confirm that before it is written.</source>
        <translation>O relatório do incidente #%1 contém conteúdo TLP:RED: é apenas para as pessoas presentes. Confirme isso antes de gravá-lo.</translation>
    </message>
</context>
<context>
    <name>fb::IncidentReportDialog</name>
    <message>
        <source>Export report of incident #%1</source>
        <translation>Exportar relatório do incidente #%1</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
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
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Gravando o relatório…</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Escolha pelo menos uma seção.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Relatório gravado em %1.</translation>
    </message>
</context>
<context>
    <name>fb::InvestigationLauncher</name>
    <message>
        <source>the incident response team</source>
        <translation>a equipe de resposta a incidentes</translation>
    </message>
    <message>
        <source>Dear colleagues,</source>
        <translation>Prezados colegas,</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>The title of an Investigation launched from an incident: team, then the incident&apos;s title</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to launch: no team is left that can be asked (each was refused or left out).</source>
        <translation>Nada a iniciar: não resta nenhuma equipe que possa ser consultada (cada uma foi recusada ou deixada de fora).</translation>
    </message>
    <message>
        <source>There is no team key to sign the notifications with; set the team key (or give one).</source>
        <translation>Não há chave da equipe para assinar os avisos; defina a chave da equipe (ou informe uma).</translation>
    </message>
    <message>
        <source>Signing the notifications needs the team&apos;s OpenPGP keys; none were given.</source>
        <translation>Assinar os avisos requer as chaves OpenPGP da equipe; nenhuma foi informada.</translation>
    </message>
    <message>
        <source>Cancelled: no investigation was launched.</source>
        <translation>Cancelado: nenhuma investigação foi iniciada.</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>Gravando para %1…</translation>
    </message>
    <message>
        <source>The notification to %1 could not be written: %2</source>
        <translation>Não foi possível gravar o aviso para %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Launched %n investigation(s).</source>
        <translation>
            <numerusform>%n investigação iniciada.</numerusform>
            <numerusform>%n investigações iniciadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted, not signed: there is no team key</source>
        <translation>criptografado, não assinado: não há chave da equipe</translation>
    </message>
    <message>
        <source>not signed: there is no team key</source>
        <translation>não assinado: não há chave da equipe</translation>
    </message>
    <message>
        <source>signed and encrypted</source>
        <translation>assinado e criptografado</translation>
    </message>
    <message>
        <source>signed, not encrypted (no valid key)</source>
        <translation>assinado, não criptografado (nenhuma chave válida)</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2 %3
Protection: %4

%5</source>
        <translation>Para: %1
Assunto: %2 %3
Proteção: %4

%5</translation>
    </message>
</context>
<context>
    <name>fb::InvestigationPlanDialog</name>
    <message>
        <source>A valid key for %1 (%2): the notification is encrypted.</source>
        <translation>Uma chave válida para %1 (%2): o aviso é criptografado.</translation>
    </message>
    <message>
        <source>The key %1 has expired: the notification cannot be encrypted.</source>
        <translation>A chave %1 expirou: o aviso não pode ser criptografado.</translation>
    </message>
    <message>
        <source>The key %1 was revoked: the notification cannot be encrypted.</source>
        <translation>A chave %1 foi revogada: o aviso não pode ser criptografado.</translation>
    </message>
    <message>
        <source>The workspace keyring has no usable key for %1: the notification is signed but not encrypted. Import the team&apos;s key in the directory to encrypt.</source>
        <translation>O chaveiro do espaço de trabalho não tem nenhuma chave utilizável para %1: o aviso é assinado, mas não criptografado. Importe a chave da equipe no diretório para criptografar.</translation>
    </message>
    <message>
        <source>Launch investigations for incident %1</source>
        <translation>Iniciar investigações para o incidente %1</translation>
    </message>
    <message>
        <source>The incident&apos;s observables are planned. To plan for others, paste addresses, networks, AS numbers, domains or e-mail addresses here and press Plan again.</source>
        <translation>O plano cobre os observáveis do incidente. Para planejar outros, cole aqui endereços, redes, números de AS, domínios ou endereços de e-mail e clique em Planejar novamente.</translation>
    </message>
    <message>
        <source>&amp;Plan again</source>
        <translation>&amp;Planejar novamente</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observáveis</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Criptografado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy these observables, one a line, to handle them by hand</source>
        <translation>Copiar estes observáveis, um por linha, para tratá-los manualmente</translation>
    </message>
    <message>
        <source>No team to ask (for manual handling):</source>
        <translation>Nenhuma equipe a consultar (para tratamento manual):</translation>
    </message>
    <message>
        <source>Notification to the selected team (nothing is created before Launch):</source>
        <translation>Aviso para a equipe selecionada (nada é criado antes de Iniciar):</translation>
    </message>
    <message>
        <source>&amp;Launch investigations</source>
        <translation>&amp;Iniciar investigações</translation>
    </message>
    <message>
        <source>Looking up the observables in the directory and the keyring…</source>
        <translation>Procurando os observáveis no diretório e no chaveiro…</translation>
    </message>
    <message>
        <source>Incident #%1 “%2”, %3: one Investigation per team below, each with a notification from the “%4” template, signed with the team key.</source>
        <translation>Incidente #%1 &quot;%2&quot;, %3: uma investigação por equipe abaixo, cada uma com um aviso do modelo &quot;%4&quot;, assinado com a chave da equipe.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (em %2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Recusada: %1</translation>
    </message>
    <message>
        <source>will be launched</source>
        <translation>será iniciada</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No team in the directory covers these observables: there is nothing to launch.</source>
        <translation>Nenhuma equipe do diretório cobre estes observáveis: não há nada a iniciar.</translation>
    </message>
    <message>
        <source>There is no team key to sign the notifications with: choose our team&apos;s key in Settings before launching.</source>
        <translation>Não há chave da equipe para assinar os avisos: escolha a chave da nossa equipe em Configurações antes de iniciar.</translation>
    </message>
    <message>
        <source>Select a team to read its notification.</source>
        <translation>Selecione uma equipe para ler o aviso dela.</translation>
    </message>
    <message>
        <source>No notification: %1</source>
        <translation>Nenhum aviso: %1</translation>
    </message>
    <message>
        <source>Left out: tick the team to launch its investigation.</source>
        <translation>Deixada de fora: marque a equipe para iniciar a investigação dela.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n observable(s).</source>
        <translation>
            <numerusform>%n observável copiado.</numerusform>
            <numerusform>%n observáveis copiados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelled: no investigation was launched.</source>
        <translation>Cancelado: nenhuma investigação foi iniciada.</translation>
    </message>
    <message>
        <source>Launched %1; each notification is stored on its investigation, ready to send.</source>
        <translation>Iniciadas: %1; cada aviso é armazenado na sua investigação, pronto para envio.</translation>
    </message>
    <message>
        <source>Cancel launch</source>
        <translation>Cancelar o início</translation>
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
        <translation>%1 não tem endereço de e-mail no diretório.</translation>
    </message>
    <message>
        <source>%1 may only be sent encrypted, and there is no valid key for %2 (key: %3).</source>
        <translation>%1 só pode ser enviado criptografado, e não há chave válida para %2 (chave: %3).</translation>
    </message>
    <message>
        <source>%1 may not go to %2, which may receive up to %3 (directory).</source>
        <translation>%1 não pode ir para %2, que pode receber até %3 (diretório).</translation>
    </message>
    <message>
        <source>not an address, network, AS number, domain, e-mail address or URL</source>
        <translation>não é um endereço, rede, número de AS, domínio, endereço de e-mail ou URL</translation>
    </message>
    <message>
        <source>no team is responsible for a %1</source>
        <translation>nenhuma equipe é responsável por um %1</translation>
    </message>
    <message>
        <source>no team in the directory covers it</source>
        <translation>nenhuma equipe do diretório o cobre</translation>
    </message>
    <message>
        <source>in our own constituency (%1): ours to handle</source>
        <translation>na nossa própria comunidade atendida (%1): cabe a nós tratar</translation>
    </message>
    <message>
        <source>Ticket #%1 is no incident: investigations are launched from an incident.</source>
        <translation>O ticket #%1 não é um incidente: as investigações são iniciadas a partir de um incidente.</translation>
    </message>
</context>
<context>
    <name>fb::IodefExchange</name>
    <message>
        <source>The IODEF document written for ticket %1 does not follow the schema: %2</source>
        <translation>O documento IODEF gravado para o ticket %1 não segue o esquema: %2</translation>
    </message>
    <message>
        <source>(no IncidentID)</source>
        <translation>(sem IncidentID)</translation>
    </message>
    <message>
        <source>IODEF incident %1</source>
        <translation>Incidente IODEF %1</translation>
    </message>
    <message>
        <source>Imported from IODEF incident %1.</source>
        <translation>Importado do incidente IODEF %1.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Arquivo: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Finalidade: %1</translation>
    </message>
    <message>
        <source>Status there: %1</source>
        <translation>Status lá: %1</translation>
    </message>
    <message>
        <source>The incident&apos;s restriction names no TLP label; it is labelled %1.</source>
        <translation>A restrição do incidente não indica nenhum rótulo TLP; ele recebe o rótulo %1.</translation>
    </message>
    <message>
        <source>From IODEF incident %1, what is not an observable:</source>
        <translation>Do incidente IODEF %1, o que não é um observável:</translation>
    </message>
    <message>
        <source>From IODEF incident %1 (%2), what is not an observable:</source>
        <translation>Do incidente IODEF %1 (%2), o que não é um observável:</translation>
    </message>
</context>
<context>
    <name>fb::IodefReader</name>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>The document is %L1 bytes; IODEF documents of at most %L2 bytes are read.</source>
        <translation>O documento tem %L1 bytes; são lidos documentos IODEF de no máximo %L2 bytes.</translation>
    </message>
    <message>
        <source>The document is empty.</source>
        <translation>O documento está vazio.</translation>
    </message>
    <message>
        <source>The XML parser could not be started.</source>
        <translation>Não foi possível iniciar o analisador XML.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erro desconhecido</translation>
    </message>
    <message>
        <source>The document is not well-formed XML: %1.</source>
        <translation>O documento não é um XML bem formado: %1.</translation>
    </message>
    <message>
        <source>The document has a document type declaration (DOCTYPE); IODEF needs none, and its entities could read files or expand without bound, so it is refused.</source>
        <translation>O documento tem uma declaração de tipo de documento (DOCTYPE); o IODEF não precisa de nenhuma, e as suas entidades poderiam ler arquivos ou se expandir sem limite, por isso ele é recusado.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>The root element is %1, not an IODEF v2 IODEF-Document in the namespace %2.</source>
        <translation>O elemento raiz é %1, não um IODEF-Document do IODEF v2 no namespace %2.</translation>
    </message>
    <message>
        <source>Elements are nested deeper than %1 levels.</source>
        <translation>Os elementos estão aninhados em mais de %1 níveis.</translation>
    </message>
    <message>
        <source>The IODEF schema could not be loaded: %1</source>
        <translation>Não foi possível carregar o esquema IODEF: %1</translation>
    </message>
    <message>
        <source>The schema validator could not be started.</source>
        <translation>Não foi possível iniciar o validador de esquema.</translation>
    </message>
    <message>
        <source>the validator failed (%1)</source>
        <translation>o validador falhou (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The document does not follow the IODEF v2 schema (RFC 7970): %1 (%n problem(s) in all).</source>
        <translation>
            <numerusform>O documento não segue o esquema IODEF v2 (RFC 7970): %1 (%n problema no total).</numerusform>
            <numerusform>O documento não segue o esquema IODEF v2 (RFC 7970): %1 (%n problemas no total).</numerusform>
        </translation>
    </message>
    <message>
        <source>Firebreak keeps no field for %1; it is kept in a note.</source>
        <translation>O Firebreak não tem campo para %1; ele é mantido em uma nota.</translation>
    </message>
    <message>
        <source>Only the first %L1 observables are read.</source>
        <translation>Somente os primeiros %L1 observáveis são lidos.</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 value (%3); it is kept in a note.</source>
        <translation>&quot;%1&quot; não é um valor %2 válido (%3); ele é mantido em uma nota.</translation>
    </message>
    <message>
        <source>Addresses of category “%1” are not observables in Firebreak; it is kept in a note.</source>
        <translation>Endereços da categoria &quot;%1&quot; não são observáveis no Firebreak; isso é mantido em uma nota.</translation>
    </message>
    <message>
        <source>Hashes made with “%1” are not observables in Firebreak; it is kept in a note.</source>
        <translation>Hashes gerados com &quot;%1&quot; não são observáveis no Firebreak; isso é mantido em uma nota.</translation>
    </message>
    <message>
        <source>The digest value is not Base64; it is kept in a note.</source>
        <translation>O valor do digest não está em Base64; ele é mantido em uma nota.</translation>
    </message>
    <message>
        <source>Bulk observables of type “%1” are not observables in Firebreak; they are kept in a note.</source>
        <translation>Observáveis em lote do tipo &quot;%1&quot; não são observáveis no Firebreak; eles são mantidos em uma nota.</translation>
    </message>
    <message>
        <source>“%1” is not a class and type of the Reference Security Incident Taxonomy; it is kept in a note.</source>
        <translation>&quot;%1&quot; não é uma classe e um tipo da Reference Security Incident Taxonomy; isso é mantido em uma nota.</translation>
    </message>
    <message>
        <source>Contact (%1, %2): %3</source>
        <translation>Contato (%1, %2): %3</translation>
    </message>
    <message>
        <source>The restriction “%1” names no TLP label.</source>
        <translation>A restrição &quot;%1&quot; não indica nenhum rótulo TLP.</translation>
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
        <translation>Encerrado: %1</translation>
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
        <translation>Documento gravado: %1</translation>
    </message>
    <message>
        <source>Not as the IODEF schema says: %1</source>
        <translation>Não conforme o esquema IODEF: %1</translation>
    </message>
    <message>
        <source>Only the first Incident of a document is imported; this one is not.</source>
        <translation>Somente o primeiro Incident de um documento é importado; este não é.</translation>
    </message>
    <message>
        <source>The document holds no Incident.</source>
        <translation>O documento não contém nenhum Incident.</translation>
    </message>
    <message>
        <source>The incident has no IncidentID; importing it again will not be recognised.</source>
        <translation>O incidente não tem IncidentID; se for importado novamente, não será reconhecido.</translation>
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
        <translation>A frase secreta da chave secreta OpenPGP, primeira linha de ARQUIVO.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase secreta de %1: </translation>
    </message>
    <message>
        <source>No passphrase for the OpenPGP key and no terminal to ask for one: use --key-passphrase-file or set %1.</source>
        <translation>Não há frase secreta para a chave OpenPGP nem terminal para pedi-la: use --key-passphrase-file ou defina %1.</translation>
    </message>
</context>
<context>
    <name>fb::KeyPassphrasePrompt</name>
    <message>
        <source>Passphrase of the key</source>
        <translation>Frase secreta da chave</translation>
    </message>
    <message>
        <source>GnuPG needs the passphrase of
%1</source>
        <translation>O GnuPG precisa da frase secreta de
%1</translation>
    </message>
</context>
<context>
    <name>fb::KeyStatusText</name>
    <message>
        <source>Missing</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revogada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirada</translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation>Inutilizável</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expira em breve</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Fraca</translation>
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
        <translation>A chave é válida até %1.</translation>
    </message>
    <message>
        <source>The key is valid and does not expire.</source>
        <translation>A chave é válida e não expira.</translation>
    </message>
</context>
<context>
    <name>fb::KeyringSession</name>
    <message>
        <source>A session key must hold 1 to %1 bytes and last a while.</source>
        <translation>Uma chave de sessão deve ter de 1 a %1 bytes e durar algum tempo.</translation>
    </message>
    <message>
        <source>This process can reach neither a session keyring nor a user keyring: %1</source>
        <translation>Este processo não consegue acessar nem um chaveiro de sessão nem um chaveiro de usuário: %1</translation>
    </message>
    <message>
        <source>The kernel keyring refused the session key: %1</source>
        <translation>O chaveiro do kernel recusou a chave de sessão: %1</translation>
    </message>
    <message>
        <source>The kernel keyring refused the session key&apos;s timeout or permissions: %1</source>
        <translation>O chaveiro do kernel recusou o tempo limite ou as permissões da chave de sessão: %1</translation>
    </message>
    <message>
        <source>The kernel keyring refused to forget a session key: %1</source>
        <translation>O chaveiro do kernel se recusou a esquecer uma chave de sessão: %1</translation>
    </message>
    <message>
        <source>Unlocked sessions need the Linux kernel keyring, which this system lacks.</source>
        <translation>Sessões desbloqueadas precisam do chaveiro do kernel Linux, que este sistema não tem.</translation>
    </message>
</context>
<context>
    <name>fb::KeyringStore</name>
    <message>
        <source>“%1” is not an OpenPGP fingerprint.</source>
        <translation>&quot;%1&quot; não é uma impressão digital OpenPGP.</translation>
    </message>
    <message>
        <source>The key %1 is not in the workspace keyring.</source>
        <translation>A chave %1 não está no chaveiro do espaço de trabalho.</translation>
    </message>
    <message>
        <source>The key has been revoked by its owner; do not use it.</source>
        <translation>A chave foi revogada pelo titular; não a use.</translation>
    </message>
    <message>
        <source>The key expired on %1; ask its owner for a current key.</source>
        <translation>A chave expirou em %1; peça ao titular uma chave atual.</translation>
    </message>
    <message numerus="yes">
        <source>The key expires in %n day(s), on %1; ask its owner for an extended or new key.</source>
        <translation>
            <numerusform>A chave expira em %n dia, em %1; peça ao titular uma chave prorrogada ou nova.</numerusform>
            <numerusform>A chave expira em %n dias, em %1; peça ao titular uma chave prorrogada ou nova.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key is disabled.</source>
        <translation>A chave está desativada.</translation>
    </message>
    <message>
        <source>GnuPG considers the key invalid.</source>
        <translation>O GnuPG considera a chave inválida.</translation>
    </message>
    <message>
        <source>The key is weak: %1 bits are fewer than the %2 bits considered safe.</source>
        <translation>A chave é fraca: %1 bits são menos que os %2 bits considerados seguros.</translation>
    </message>
    <message>
        <source>The key cannot sign: signatures from it cannot be expected.</source>
        <translation>A chave não pode assinar: não se podem esperar assinaturas dela.</translation>
    </message>
    <message>
        <source>The key cannot encrypt: messages to its owner cannot be encrypted to it.</source>
        <translation>A chave não pode criptografar: não é possível criptografar mensagens para o titular com ela.</translation>
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
        <translation>Iniciar investigação</translation>
    </message>
    <message>
        <source>For incident #%1: %2</source>
        <translation>Para o incidente #%1: %2</translation>
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
        <translation>&quot;%1&quot; não é um estado de um ticket do tipo %2 (seus estados: %3).</translation>
    </message>
    <message>
        <source>A ticket of kind %1 in state &apos;%2&apos; cannot move to &apos;%3&apos;; allowed from &apos;%2&apos;: %4.</source>
        <translation>Um ticket do tipo %1 no estado &quot;%2&quot; não pode passar para &quot;%3&quot;; permitidos a partir de &quot;%2&quot;: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberto</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolvido</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeitado</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>pending activation</source>
        <translation>ativação pendente</translation>
    </message>
    <message>
        <source>pending removal</source>
        <translation>remoção pendente</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removido</translation>
    </message>
</context>
<context>
    <name>fb::ListMembersDialog</name>
    <message>
        <source>Add to %1</source>
        <translation>Adicionar a %1</translation>
    </message>
    <message>
        <source>Tick the teams and people to put on the list “%1”.</source>
        <translation>Marque as equipes e pessoas que devem entrar na lista &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nome</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <extracomment>A team offered as a list member: &quot;Team: EXU-CERT (Example University CERT)&quot;</extracomment>
        <translation>Equipe: %1</translation>
    </message>
    <message>
        <source>Team: %1 (%2)</source>
        <translation>Equipe: %1 (%2)</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Pessoa: %1</translation>
    </message>
    <message>
        <source>&amp;Add to list</source>
        <translation>&amp;Adicionar à lista</translation>
    </message>
    <message>
        <source>Nobody was added: %1</source>
        <extracomment>Shown when members could not be put on a list; %1 is the reason. Nothing was added.</extracomment>
        <translation>Ninguém foi adicionado: %1</translation>
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
        <translation>Frase secreta incorreta. Tente novamente.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;&lt;p&gt;%1 is closed and its key dropped. Enter the passphrase to continue.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bloqueado&lt;/h2&gt;&lt;p&gt;%1 está fechado e sua chave foi descartada. Digite a frase secreta para continuar.&lt;/p&gt;</translation>
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
        <translation>nova notificação #%1</translation>
    </message>
    <message>
        <source>added to #%1</source>
        <translation>adicionado a #%1</translation>
    </message>
    <message>
        <source>already on #%1</source>
        <translation>já está em #%1</translation>
    </message>
    <message>
        <source>quarantined</source>
        <translation>em quarentena</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a quarantine id (a number from mail quarantine list).</source>
        <translation>&quot;%1&quot; não é um id de quarentena (um número de mail quarantine list).</translation>
    </message>
    <message>
        <source>Messages read: %1 (%2 MB); new reports: %3, added to existing tickets: %4, duplicates: %5, quarantined: %6.
</source>
        <translation>Mensagens lidas: %1 (%2 MB); novas notificações: %3, adicionadas a tickets existentes: %4, duplicadas: %5, em quarentena: %6.
</translation>
    </message>
    <message numerus="yes">
        <source>%n new report(s) name their reporter from the directory.
</source>
        <translation>
            <numerusform>%n nova notificação indica o notificante a partir do diretório.
</numerusform>
            <numerusform>%n novas notificações indicam o notificante a partir do diretório.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted: what was read so far is stored; running the same import again completes it.
</source>
        <translation>Interrompido: o que foi lido até agora está armazenado; executar a mesma importação novamente a conclui.
</translation>
    </message>
    <message>
        <source>Needs a look:
</source>
        <translation>Precisa de uma olhada:
</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
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
        <translation>Um arquivo mbox, uma pasta Maildir, um arquivo .eml ou uma pasta deles.</translation>
    </message>
    <message>
        <source>Import mail into the workspace: each new message becomes an Incident Report, a reply (our subject tag, or In-Reply-To/References naming a stored message) goes to its ticket, a message already stored is skipped, and input that is not a usable message is kept whole in the quarantine. Signed mail is verified against the workspace keyring and encrypted mail decrypted with the team key (your GnuPG home). Senders the directory knows are named as the report&apos;s reporter. Ctrl+C stops after the current message; what was stored stays and a re-run completes the import. Exit code 2 when messages were quarantined.</source>
        <translation>Importa e-mails para o espaço de trabalho: cada mensagem nova se torna uma notificação de incidente, uma resposta (nossa etiqueta de assunto, ou In-Reply-To/References citando uma mensagem armazenada) vai para o seu ticket, uma mensagem já armazenada é ignorada, e a entrada que não é uma mensagem utilizável é mantida inteira na quarentena. E-mails assinados são verificados com o chaveiro do espaço de trabalho e e-mails criptografados são descriptografados com a chave da equipe (seu diretório base do GnuPG). Os remetentes que o diretório conhece são indicados como notificante da notificação. Ctrl+C para após a mensagem atual; o que foi armazenado permanece e uma nova execução conclui a importação. Código de saída 2 quando houve mensagens em quarentena.</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Não existe o arquivo ou a pasta %1.</translation>
    </message>
    <message>
        <source>The import was interrupted; the messages read so far are stored, and running the same import again completes it.</source>
        <translation>A importação foi interrompida; as mensagens lidas até agora estão armazenadas, e executar a mesma importação novamente a conclui.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be imported and were quarantined; see mail quarantine list.</source>
        <translation>
            <numerusform>%n mensagem não pôde ser importada e foi colocada em quarentena; consulte mail quarantine list.</numerusform>
            <numerusform>%n mensagens não puderam ser importadas e foram colocadas em quarentena; consulte mail quarantine list.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the mail that could not be imported: id, when, size, where it came from and why.</source>
        <translation>Lista os e-mails que não puderam ser importados: id, quando, tamanho, origem e motivo.</translation>
    </message>
    <message>
        <source>The quarantine is empty.</source>
        <translation>A quarentena está vazia.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEM</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>Save the raw message to FILE (never shown on a terminal).</source>
        <translation>Salva a mensagem bruta em ARQUIVO (nunca exibida em um terminal).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Substitui ARQUIVO se ele existir.</translation>
    </message>
    <message>
        <source>The quarantine id, from mail quarantine list.</source>
        <translation>O id de quarentena, de mail quarantine list.</translation>
    </message>
    <message>
        <source>Show one quarantined message: where it came from, why it was kept aside and its size. With --out, its raw bytes are saved to a file; &apos;-&apos; writes them to standard output when that is not a terminal.</source>
        <translation>Mostra uma mensagem em quarentena: de onde veio, por que foi separada e seu tamanho. Com --out, seus bytes brutos são salvos em um arquivo; &quot;-&quot; os grava na saída padrão quando ela não é um terminal.</translation>
    </message>
    <message>
        <source>Raw mail is not written to a terminal; give --out FILE or redirect.</source>
        <translation>E-mails brutos não são gravados em um terminal; informe --out ARQUIVO ou redirecione.</translation>
    </message>
    <message>
        <source>With --json, give --out FILE for the raw message.</source>
        <translation>Com --json, informe --out ARQUIVO para a mensagem bruta.</translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it.</source>
        <translation>%1 já existe; informe --force para substituí-lo.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Não é possível gravar na saída padrão.</translation>
    </message>
    <message>
        <source>Quarantined message %1
  From:    %2
  At:      %3
  Size:    %4 bytes
  Reason:  %5
</source>
        <translation>Mensagem em quarentena %1
  De:      %2
  Data:    %3
  Tamanho: %4 bytes
  Motivo:  %5
</translation>
    </message>
    <message>
        <source>Saved the raw message to %1.</source>
        <translation>Mensagem bruta salva em %1.</translation>
    </message>
    <message>
        <source>Give --out FILE to save the raw message.</source>
        <translation>Informe --out ARQUIVO para salvar a mensagem bruta.</translation>
    </message>
</context>
<context>
    <name>fb::MailComposer</name>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>&quot;%1&quot; não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>Give at least one recipient.</source>
        <translation>Informe pelo menos um destinatário.</translation>
    </message>
    <message>
        <source>%1 information may only be sent encrypted; ask for encryption to the recipient&apos;s key.</source>
        <translation>Informações %1 só podem ser enviadas criptografadas; solicite a criptografia com a chave do destinatário.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no stored message %2 to reply to.</source>
        <translation>O ticket #%1 não tem nenhuma mensagem armazenada %2 para responder.</translation>
    </message>
    <message>
        <source>The composed message could not be read back: %1</source>
        <translation>Não foi possível reler a mensagem redigida: %1</translation>
    </message>
    <message>
        <source>Signing or encrypting mail needs the team&apos;s OpenPGP keys; none were given.</source>
        <translation>Assinar ou criptografar e-mails exige as chaves OpenPGP da equipe; nenhuma foi informada.</translation>
    </message>
    <message>
        <source>Mail that belongs to no ticket needs a subject and cannot be a reply.</source>
        <translation>E-mails que não pertencem a nenhum ticket precisam de um assunto e não podem ser uma resposta.</translation>
    </message>
    <message>
        <source>The message part to sign could not be prepared.</source>
        <translation>Não foi possível preparar a parte da mensagem a ser assinada.</translation>
    </message>
    <message>
        <source>Only mail about a ticket is stored with it.</source>
        <translation>Só os e-mails sobre um ticket são armazenados com ele.</translation>
    </message>
    <message>
        <source>Blind copies cannot go in an encrypted message: it names every recipient&apos;s key, so the others would see who else received it. Send the blind copies as a separate message.</source>
        <translation>Cópias ocultas não cabem em uma mensagem cifrada: ela nomeia a chave de cada destinatário, e os outros veriam quem mais a recebeu. Envie as cópias ocultas como uma mensagem separada.</translation>
    </message>
</context>
<context>
    <name>fb::MailCrypto</name>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>%1 (decrypted)</source>
        <translation>%1 (decifrado)</translation>
    </message>
</context>
<context>
    <name>fb::MailExportCommands</name>
    <message>
        <source>Ticket #%1 has no reporter address to reply to; give --to.</source>
        <translation>O ticket #%1 não tem endereço do notificante para responder; informe --to.</translation>
    </message>
    <message>
        <source>Give the recipient with --to.</source>
        <translation>Informe o destinatário com --to.</translation>
    </message>
    <message>
        <source>Our team has no e-mail address in the directory; give --from or choose our team with one.</source>
        <translation>Nossa equipe não tem endereço de e-mail no diretório; informe --from ou escolha nossa equipe com um.</translation>
    </message>
    <message>
        <source>The ticket the message is about.</source>
        <translation>O ticket a que se refere a mensagem.</translation>
    </message>
    <message>
        <source>reply (to the reporter, answering the newest received message; the default), notify (another team; an Investigation&apos;s correspondent unless --to is given) or list (a mailing list).</source>
        <translation>reply (ao notificante, respondendo à mensagem recebida mais recente; o padrão), notify (outra equipe; o correspondente de uma investigação, a menos que --to seja informado) ou list (uma lista de discussão).</translation>
    </message>
    <message>
        <source>A recipient (repeatable).</source>
        <translation>Um destinatário (repetível).</translation>
    </message>
    <message>
        <source>A copy recipient (repeatable).</source>
        <translation>Um destinatário em cópia (repetível).</translation>
    </message>
    <message>
        <source>The sender (default: our team&apos;s name and first e-mail).</source>
        <translation>O remetente (padrão: o nome da nossa equipe e o primeiro e-mail).</translation>
    </message>
    <message>
        <source>The subject, without tag and TLP label.</source>
        <translation>O assunto, sem a etiqueta do ticket nem o rótulo TLP.</translation>
    </message>
    <message>
        <source>The UTF-8 text of the message; &apos;-&apos; for standard input.</source>
        <translation>O texto UTF-8 da mensagem; &quot;-&quot; para a entrada padrão.</translation>
    </message>
    <message>
        <source>Attach a file (repeatable).</source>
        <translation>Anexa um arquivo (repetível).</translation>
    </message>
    <message>
        <source>TLP label (default: the ticket&apos;s): CLEAR, GREEN, AMBER, AMBER+STRICT, RED.</source>
        <translation>Rótulo TLP (padrão: o do ticket): CLEAR, GREEN, AMBER, AMBER+STRICT, RED.</translation>
    </message>
    <message>
        <source>With --kind reply: the stored message (id from &apos;mail export --json&apos;) to answer.</source>
        <translation>Com --kind reply: a mensagem armazenada (id de &quot;mail export --json&quot;) a responder.</translation>
    </message>
    <message>
        <source>Sign with PGP/MIME using the team key.</source>
        <translation>Assina com PGP/MIME usando a chave da equipe.</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key (implies --sign).</source>
        <translation>Assina com esta chave em vez da chave da equipe (implica --sign).</translation>
    </message>
    <message>
        <source>Encrypt to every recipient&apos;s key in the workspace keyring (PGP/MIME).</source>
        <translation>Criptografa para a chave de cada destinatário no chaveiro do espaço de trabalho (PGP/MIME).</translation>
    </message>
    <message>
        <source>Where to write the .eml; &apos;-&apos; for standard output.</source>
        <translation>Onde gravar o .eml; &quot;-&quot; para a saída padrão.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Substitui um arquivo de saída existente.</translation>
    </message>
    <message>
        <source>Compose a message from a ticket with our subject tag and the TLP label, sign and encrypt it with OpenPGP when asked, write it as .eml and store it on the ticket.</source>
        <translation>Redige uma mensagem a partir de um ticket com nossa etiqueta de assunto e o rótulo TLP, assina e criptografa com OpenPGP quando solicitado, grava como .eml e a armazena no ticket.</translation>
    </message>
    <message>
        <source>--kind is reply, notify or list.</source>
        <translation>--kind é reply, notify ou list.</translation>
    </message>
    <message>
        <source>Give --out FILE.eml (or &apos;-&apos; for standard output).</source>
        <translation>Informe --out ARQUIVO.eml (ou &quot;-&quot; para a saída padrão).</translation>
    </message>
    <message>
        <source>Give the text with --body-file FILE (or &apos;-&apos; for standard input).</source>
        <translation>Informe o texto com --body-file ARQUIVO (ou &quot;-&quot; para a entrada padrão).</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>&quot;%1&quot; não é um rótulo TLP.</translation>
    </message>
    <message>
        <source>--reply-to takes a stored message id.</source>
        <translation>--reply-to aceita um id de mensagem armazenada.</translation>
    </message>
    <message>
        <source>There is no team key to sign with; give --key or set the team key.</source>
        <translation>Não há chave da equipe para assinar; informe --key ou defina a chave da equipe.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2 and stored it on ticket #%3.</source>
        <translation>%1 gravado em %2 e armazenado no ticket #%3.</translation>
    </message>
    <message>
        <source>The ticket whose mail to export.</source>
        <translation>O ticket cujos e-mails serão exportados.</translation>
    </message>
    <message>
        <source>Export only this stored message, as .eml.</source>
        <translation>Exporta só esta mensagem armazenada, como .eml.</translation>
    </message>
    <message>
        <source>Where to write (mboxrd, or .eml with --message); &apos;-&apos; or none for standard output.</source>
        <translation>Onde gravar (mboxrd, ou .eml com --message); &quot;-&quot; ou nada para a saída padrão.</translation>
    </message>
    <message>
        <source>Write a ticket&apos;s whole correspondence, received and sent, oldest first, as an mboxrd file, or one message exactly as received or sent. With --json, list the exported messages.</source>
        <translation>Grava toda a correspondência de um ticket, recebida e enviada, da mais antiga para a mais recente, como um arquivo mboxrd, ou uma mensagem exatamente como foi recebida ou enviada. Com --json, lista as mensagens exportadas.</translation>
    </message>
    <message>
        <source>--message takes a stored message id.</source>
        <translation>--message aceita um id de mensagem armazenada.</translation>
    </message>
    <message>
        <source>With --json, give --out FILE for the mail itself.</source>
        <translation>Com --json, informe --out ARQUIVO para o próprio e-mail.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no stored message %2.</source>
        <translation>O ticket #%1 não tem a mensagem armazenada %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) of ticket #%1 to %2.</source>
        <translation>
            <numerusform>%n mensagem do ticket #%1 gravada em %2.</numerusform>
            <numerusform>%n mensagens do ticket #%1 gravadas em %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” already exists; give --force to replace it.</source>
        <translation>&quot;%1&quot; já existe; informe --force para substituí-lo.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Não é possível gravar &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Não é possível gravar na saída padrão.</translation>
    </message>
    <message>
        <source>A blind copy recipient (repeatable; for the sending MTA, which drops the line).</source>
        <translation>Um destinatário em cópia oculta (repetível; para o MTA de envio, que remove a linha).</translation>
    </message>
</context>
<context>
    <name>fb::MailImporter</name>
    <message>
        <source>Reading mail</source>
        <translation>Lendo e-mails</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read</source>
        <translation>
            <numerusform>%n mensagem lida</numerusform>
            <numerusform>%n mensagens lidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in quarantine from an earlier import.</source>
        <translation>Já está em quarentena por uma importação anterior.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
</context>
<context>
    <name>fb::MailKeys</name>
    <message>
        <source>The workspace keyring has no valid key for %1 that can encrypt; add the recipient&apos;s key (after comparing its fingerprint) or send without encryption.</source>
        <translation>O chaveiro do espaço de trabalho não tem nenhuma chave válida para %1 que possa criptografar; adicione a chave do destinatário (após comparar a impressão digital) ou envie sem criptografia.</translation>
    </message>
    <message>
        <source>valid</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>válida</translation>
    </message>
    <message>
        <source>expired</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>expirada</translation>
    </message>
    <message>
        <source>revoked</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>revogada</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>A recipient&apos;s OpenPGP key, in a table cell</extracomment>
        <translation>nenhuma</translation>
    </message>
</context>
<context>
    <name>fb::MailReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>There is no file or folder %1.</source>
        <translation>Não existe nenhum arquivo ou pasta %1.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Não é possível ler %1.</translation>
    </message>
    <message>
        <source>message %1 at byte %2</source>
        <translation>mensagem %1 no byte %2</translation>
    </message>
</context>
<context>
    <name>fb::MailReply</name>
    <message>
        <source>Ticket #%1 has no stored message %2 to reply to.</source>
        <translation>O ticket #%1 não tem nenhuma mensagem armazenada %2 para responder.</translation>
    </message>
    <message>
        <source>Hello,</source>
        <extracomment>The greeting of a reply when the recipient&apos;s name is not known.</extracomment>
        <translation>Olá,</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <extracomment>The greeting of a reply: &quot;Dear Jane Doe,&quot;.</extracomment>
        <translation>Prezado(a) %1,</translation>
    </message>
    <message>
        <source>the sender</source>
        <translation>o remetente</translation>
    </message>
    <message>
        <source>On %1, %2 wrote:</source>
        <extracomment>Above the quoted original of a reply: &quot;On 2 Mar 2026 10:00 CET, Jane Doe wrote:&quot;.</extracomment>
        <translation>Em %1, %2 escreveu:</translation>
    </message>
    <message>
        <source>%1 wrote:</source>
        <extracomment>Above the quoted original of a reply whose date is not known.</extracomment>
        <translation>%1 escreveu:</translation>
    </message>
</context>
<context>
    <name>fb::MailReplyAllCommands</name>
    <message>
        <source>List the reporters of an incident&apos;s reports (one line each: address, the report answered, key status, whether the reply is encrypted or refused by the TLP gate). --preview adds every reply&apos;s text; --confirm writes one reply per reporter, threaded to that reporter&apos;s newest report and stored there as sent mail (export it with &apos;mail export&apos;), all or none. The text is the &apos;update-reporters&apos; template unless --body-file gives one; its placeholders are filled for each reporter.</source>
        <translation>Lista os notificantes das notificações de um incidente (uma linha cada: endereço, a notificação respondida, status da chave, se a resposta é criptografada ou recusada pelo controle de TLP). --preview acrescenta o texto de cada resposta; --confirm grava uma resposta por notificante, encadeada na notificação mais recente desse notificante e armazenada nela como e-mail enviado (exporte-a com &quot;mail export&quot;), todas ou nenhuma. O texto é o modelo &quot;update-reporters&quot;, a menos que --body-file informe outro; os marcadores dele são preenchidos para cada notificante.</translation>
    </message>
    <message>
        <source>The incident whose reporters to answer.</source>
        <translation>O incidente cujos notificantes devem ser respondidos.</translation>
    </message>
    <message>
        <source>Leave this reporter out (repeatable).</source>
        <translation>Deixa este notificante de fora (repetível).</translation>
    </message>
    <message>
        <source>The text of the replies, with placeholders such as {greeting}; &apos;-&apos; for standard input.</source>
        <translation>O texto das respostas, com marcadores como {greeting}; &quot;-&quot; para a entrada padrão.</translation>
    </message>
    <message>
        <source>Print every reply&apos;s text as well.</source>
        <translation>Imprime também o texto de cada resposta.</translation>
    </message>
    <message>
        <source>Write and store the replies.</source>
        <translation>Grava e armazena as respostas.</translation>
    </message>
    <message>
        <source>Sign with PGP/MIME using the team key.</source>
        <translation>Assina com PGP/MIME usando a chave da equipe.</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key (implies --sign).</source>
        <translation>Assina com esta chave em vez da chave da equipe (implica --sign).</translation>
    </message>
    <message>
        <source>Give --preview or --confirm, not both.</source>
        <translation>Informe --preview ou --confirm, não ambos.</translation>
    </message>
    <message>
        <source>There is no team key to sign with; give --key or set the team key.</source>
        <translation>Não há chave da equipe para assinar; informe --key ou defina a chave da equipe.</translation>
    </message>
    <message>
        <source>--- Reply to %1 on report #%2 (%3) ---</source>
        <translation>--- Resposta para %1 na notificação #%2 (%3) ---</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>criptografada</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>não criptografada</translation>
    </message>
    <message>
        <source>Reply to %1 stored on report #%2.</source>
        <translation>Resposta para %1 armazenada na notificação #%2.</translation>
    </message>
    <message>
        <source>REPORTER</source>
        <translation>NOTIFICANTE</translation>
    </message>
    <message>
        <source>REPORT</source>
        <translation>NOTIFICAÇÃO</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>ENCRYPTED</source>
        <translation>CRIPTOGRAFADA</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLANO</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>recusada: %1</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>deixado de fora</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>responder</translation>
    </message>
    <message>
        <source>Incident #%1 has no reporter with an address.</source>
        <translation>O incidente #%1 não tem nenhum notificante com endereço.</translation>
    </message>
</context>
<context>
    <name>fb::MailShowCommands</name>
    <message>
        <source>“%1” is not a message id (a number from the correspondence of ticket show).</source>
        <translation>&quot;%1&quot; não é um id de mensagem (um número da correspondência de ticket show).</translation>
    </message>
    <message numerus="yes">
        <source>Message %1 has no attachment %2; it has %n.</source>
        <translation>
            <numerusform>A mensagem %1 não tem o anexo %2; ela tem %n.</numerusform>
            <numerusform>A mensagem %1 não tem o anexo %2; ela tem %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 has several attachments called “%2”; give the number.</source>
        <translation>A mensagem %1 tem vários anexos chamados &quot;%2&quot;; informe o número.</translation>
    </message>
    <message>
        <source>Message %1 has no attachment called “%2”.</source>
        <translation>A mensagem %1 não tem nenhum anexo chamado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The message id, from the correspondence of ticket show.</source>
        <translation>O id da mensagem, da correspondência de ticket show.</translation>
    </message>
    <message>
        <source>Show a stored message as the correspondence tab of the GUI does: its headers, its decoded text, its attachments (number, name, type, size, SHA-256) and what its signature says, checked now against the workspace keyring.</source>
        <translation>Mostra uma mensagem armazenada como a aba de correspondência da interface gráfica: seus cabeçalhos, seu texto decodificado, seus anexos (número, nome, tipo, tamanho, SHA-256) e o que diz sua assinatura, verificada agora com o chaveiro do espaço de trabalho.</translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation>O arquivo a gravar (obrigatório).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Substitui ARQUIVO se ele existir.</translation>
    </message>
    <message>
        <source>The attachment&apos;s number in mail show, or its file name.</source>
        <translation>O número do anexo em mail show, ou seu nome de arquivo.</translation>
    </message>
    <message>
        <source>Save one attachment of a stored message to FILE, exactly as decoded, readable by the owner only. The file is written whole or not at all; an existing file is replaced only with --force.</source>
        <translation>Salva um anexo de uma mensagem armazenada em ARQUIVO, exatamente como decodificado, legível somente pelo dono. O arquivo é gravado inteiro ou não é gravado; um arquivo existente só é substituído com --force.</translation>
    </message>
    <message>
        <source>Give --out FILE: where to save the attachment.</source>
        <translation>Informe --out ARQUIVO: onde salvar o anexo.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 bytes) to %3.</source>
        <translation>%1 (%2 bytes) salvo em %3.</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>anexo %1</translation>
    </message>
</context>
<context>
    <name>fb::MailStore</name>
    <message>
        <source>The subject tag must be 1 to 40 characters without &apos;[&apos;, &apos;]&apos; or &apos;#&apos;, e.g. CERT-XX.</source>
        <translation>A etiqueta de assunto deve ter de 1 a 40 caracteres sem &quot;[&quot;, &quot;]&quot; ou &quot;#&quot;, por exemplo, CERT-XX.</translation>
    </message>
    <message>
        <source>There is no quarantined message %1.</source>
        <translation>Não há nenhuma mensagem em quarentena %1.</translation>
    </message>
    <message>
        <source>There is no stored message %1.</source>
        <translation>Não há nenhuma mensagem armazenada %1.</translation>
    </message>
</context>
<context>
    <name>fb::MailTemplates</name>
    <message>
        <source>Reply to the reporter</source>
        <translation>Responder ao notificante</translation>
    </message>
    <message>
        <source>Notify a team</source>
        <translation>Notificar uma equipe</translation>
    </message>
    <message>
        <source>Ask an investigation&apos;s correspondent</source>
        <translation>Consultar o correspondente de uma investigação</translation>
    </message>
    <message>
        <source>There is no mail template named “%1”.</source>
        <translation>Não há nenhum modelo de e-mail chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The mail template “%1” is missing from this build.</source>
        <translation>O modelo de e-mail &quot;%1&quot; está faltando nesta compilação.</translation>
    </message>
    <message>
        <source>Ask a team to investigate (launched investigations)</source>
        <translation>Pedir a uma equipe que investigue (investigações iniciadas)</translation>
    </message>
    <message>
        <source>Update every reporter of an incident</source>
        <translation>Atualizar cada notificante de um incidente</translation>
    </message>
    <message>
        <source>The template “%1” uses %2, which is not a placeholder; use {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting} or {observables}.</source>
        <translation>O modelo &quot;%1&quot; usa %2, que não é um marcador; use {ticket}, {title}, {tlp}, {reporter}, {team}, {greeting} ou {observables}.</translation>
    </message>
</context>
<context>
    <name>fb::MailView</name>
    <message>
        <source>in, encrypted</source>
        <translation>entrada, criptografada</translation>
    </message>
    <message>
        <source>out, encrypted</source>
        <translation>saída, criptografada</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>out</source>
        <translation>saída</translation>
    </message>
    <message>
        <source>The message is signed; the signature has not been checked.</source>
        <translation>A mensagem está assinada; a assinatura não foi verificada.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1</source>
        <translation>Não foi possível verificar a assinatura: %1</translation>
    </message>
    <message>
        <source>MSG</source>
        <translation>MSG</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>SENTIDO</translation>
    </message>
    <message>
        <source>SIGNATURE</source>
        <translation>ASSINATURA</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>ORIGEM</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ASSUNTO</translation>
    </message>
    <message>
        <source>The signatures could not be checked: %1</source>
        <translation>Não foi possível verificar as assinaturas: %1</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>%1 on ticket #%2 (%3)</source>
        <translation>%1 no ticket #%2 (%3)</translation>
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
        <translation>Cc</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Message-ID</source>
        <translation>Message-ID</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Criptografada</translation>
    </message>
    <message>
        <source>yes (the workspace keeps the message as it was sent or received)</source>
        <translation>sim (o espaço de trabalho guarda a mensagem como foi enviada ou recebida)</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anexos:</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMANHO</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
</context>
<context>
    <name>fb::MailWarning</name>
    <message>
        <source>The header field %1 appears more than once.</source>
        <translation>O campo de cabeçalho %1 aparece mais de uma vez.</translation>
    </message>
    <message>
        <source>A header parameter appears more than once (%1).</source>
        <translation>Um parâmetro de cabeçalho aparece mais de uma vez (%1).</translation>
    </message>
    <message>
        <source>A header field holds unencoded 8-bit text (%1).</source>
        <translation>Um campo de cabeçalho contém texto de 8 bits não codificado (%1).</translation>
    </message>
    <message>
        <source>An invalid content type (%1) was read as application/octet-stream.</source>
        <translation>Um tipo de conteúdo inválido (%1) foi lido como application/octet-stream.</translation>
    </message>
    <message>
        <source>A header field has an invalid encoded word (%1).</source>
        <translation>Um campo de cabeçalho tem uma palavra codificada inválida (%1).</translation>
    </message>
    <message>
        <source>A multipart has no parts (%1).</source>
        <translation>Um multipart não tem partes (%1).</translation>
    </message>
    <message>
        <source>The message is truncated.</source>
        <translation>A mensagem está truncada.</translation>
    </message>
    <message>
        <source>The message is malformed.</source>
        <translation>A mensagem está malformada.</translation>
    </message>
    <message>
        <source>An invalid header field name was found; part of the message may be skipped.</source>
        <translation>Foi encontrado um nome de campo de cabeçalho inválido; parte da mensagem pode ser ignorada.</translation>
    </message>
    <message>
        <source>Header fields conflict (%1).</source>
        <translation>Campos de cabeçalho em conflito (%1).</translation>
    </message>
    <message>
        <source>Header parameters conflict (%1).</source>
        <translation>Parâmetros de cabeçalho em conflito (%1).</translation>
    </message>
    <message>
        <source>A multipart has no boundary parameter; it was read as one opaque part.</source>
        <translation>Um multipart não tem parâmetro boundary; ele foi lido como uma única parte opaca.</translation>
    </message>
    <message>
        <source>A header parameter is invalid (%1).</source>
        <translation>Um parâmetro de cabeçalho é inválido (%1).</translation>
    </message>
    <message>
        <source>An address list is invalid (%1).</source>
        <translation>Uma lista de endereços é inválida (%1).</translation>
    </message>
    <message>
        <source>The MIME structure is nested too deeply; the deepest parts were not parsed.</source>
        <translation>A estrutura MIME está aninhada em profundidade excessiva; as partes mais profundas não foram analisadas.</translation>
    </message>
    <message>
        <source>A MIME part ends right after its header.</source>
        <translation>Uma parte MIME termina logo após o cabeçalho.</translation>
    </message>
    <message>
        <source>A MIME part has neither header nor content.</source>
        <translation>Uma parte MIME não tem nem cabeçalho nem conteúdo.</translation>
    </message>
    <message>
        <source>The parser reported a problem (%1).</source>
        <translation>O analisador relatou um problema (%1).</translation>
    </message>
    <message>
        <source>The MIME structure is nested deeper than %1 levels; the deeper parts are kept only in the raw message.</source>
        <translation>A estrutura MIME está aninhada em mais de %1 níveis; as partes mais profundas só são mantidas na mensagem bruta.</translation>
    </message>
    <message>
        <source>The %1 header field is %2 characters long; only the first %3 are kept.</source>
        <translation>O campo de cabeçalho %1 tem %2 caracteres; só os primeiros %3 são mantidos.</translation>
    </message>
    <message>
        <source>The message has %1 header fields (a header bomb?).</source>
        <translation>A mensagem tem %1 campos de cabeçalho (uma bomba de cabeçalhos?).</translation>
    </message>
    <message>
        <source>The X-ARF report %1 was not accepted: %2</source>
        <translation>O relatório X-ARF %1 não foi aceito: %2</translation>
    </message>
    <message>
        <source>The message says it is an X-ARF report (Feedback-Type: xarf) but has no X-ARF JSON part that could be read.</source>
        <translation>A mensagem diz ser um relatório X-ARF (Feedback-Type: xarf), mas não tem nenhuma parte JSON X-ARF que possa ser lida.</translation>
    </message>
    <message>
        <source>The message says it is an X-ARF report but has no report part.</source>
        <translation>A mensagem diz ser um relatório X-ARF, mas não tem parte de relatório.</translation>
    </message>
    <message>
        <source>The message is encrypted and was not decrypted.</source>
        <translation>A mensagem está criptografada e não foi descriptografada.</translation>
    </message>
    <message>
        <source>The message holds inline OpenPGP encrypted text that was not decrypted.</source>
        <translation>A mensagem contém texto criptografado OpenPGP em linha que não foi descriptografado.</translation>
    </message>
    <message>
        <source>The mailbox ends in the middle of a line: it may be truncated.</source>
        <translation>A caixa de correio termina no meio de uma linha: ela pode estar truncada.</translation>
    </message>
    <message>
        <source>OpenPGP signatures and encryption of this message were not handled: the keys could not be prepared (%1).</source>
        <translation>As assinaturas e a criptografia OpenPGP desta mensagem não foram tratadas: não foi possível preparar as chaves (%1).</translation>
    </message>
    <message>
        <source>The attachment “%1” is OpenPGP-encrypted and could not be decrypted: %2</source>
        <translation>O anexo &quot;%1&quot; está criptografado com OpenPGP e não pôde ser descriptografado: %2</translation>
    </message>
    <message>
        <source>The attachment “%1” decrypts to %2 MB, more than a message may hold; only the encrypted file is kept.</source>
        <translation>O anexo &quot;%1&quot; descriptografado tem %2 MB, mais do que uma mensagem pode conter; só o arquivo criptografado é mantido.</translation>
    </message>
    <message>
        <source>The decrypted attachment “%1” also carries an OpenPGP signature, which was not checked.</source>
        <translation>O anexo descriptografado &quot;%1&quot; também traz uma assinatura OpenPGP, que não foi verificada.</translation>
    </message>
    <message>
        <source>The encrypted message has no encrypted part.</source>
        <translation>A mensagem criptografada não tem parte criptografada.</translation>
    </message>
    <message>
        <source>The message could not be decrypted: %1</source>
        <translation>Não foi possível descriptografar a mensagem: %1</translation>
    </message>
    <message>
        <source>The decrypted content is not a MIME entity.</source>
        <translation>O conteúdo descriptografado não é uma entidade MIME.</translation>
    </message>
    <message>
        <source>The inline OpenPGP message was not decrypted: no complete armored block starts at the beginning of a line.</source>
        <translation>A mensagem OpenPGP em linha não foi descriptografada: nenhum bloco completo com blindagem ASCII começa no início de uma linha.</translation>
    </message>
    <message>
        <source>The inline OpenPGP message could not be decrypted: %1</source>
        <translation>Não foi possível descriptografar a mensagem OpenPGP em linha: %1</translation>
    </message>
    <message>
        <source>The signed message has no signature part.</source>
        <translation>A mensagem assinada não tem parte de assinatura.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1</source>
        <translation>Não foi possível verificar a assinatura: %1</translation>
    </message>
    <message>
        <source>Only part of the message is signed; the other parts are not covered by the signature.</source>
        <translation>Só uma parte da mensagem está assinada; as outras partes não são cobertas pela assinatura.</translation>
    </message>
    <message>
        <source>The text quotes an inline signature but holds no complete signed block at the beginning of a line; nothing was checked.</source>
        <translation>O texto cita uma assinatura em linha, mas não contém nenhum bloco assinado completo no início de uma linha; nada foi verificado.</translation>
    </message>
    <message>
        <source>Part of the text is outside the signed block and not covered by the signature.</source>
        <translation>Parte do texto está fora do bloco assinado e não é coberta pela assinatura.</translation>
    </message>
    <message>
        <source>The signature inside the encrypted message was checked in the GnuPG home that decrypted it, not against the workspace keyring.</source>
        <translation>A assinatura dentro da mensagem criptografada foi verificada no diretório base do GnuPG que a descriptografou, não com o chaveiro do espaço de trabalho.</translation>
    </message>
    <message>
        <source>The subject names ticket #%1, which does not exist; the message was imported as a new report and can be attached to the right ticket later.</source>
        <translation>O assunto cita o ticket #%1, que não existe; a mensagem foi importada como uma nova notificação e pode ser anexada ao ticket correto depois.</translation>
    </message>
</context>
<context>
    <name>fb::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation>&amp;Novo ticket…</translation>
    </message>
    <message>
        <source>&amp;Lock workspace</source>
        <translation>&amp;Bloquear espaço de trabalho</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Pesquisar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Triage new reports</source>
        <translation>T&amp;riagem de notificações novas</translation>
    </message>
    <message>
        <source>&amp;Dark palette</source>
        <translation>Paleta &amp;escura</translation>
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
        <translation>&amp;Importar arquivos de e-mail…</translation>
    </message>
    <message>
        <source>Import &amp;Maildir folder…</source>
        <translation>Importar pasta &amp;Maildir…</translation>
    </message>
    <message>
        <source>Import mail</source>
        <translation>Importar e-mails</translation>
    </message>
    <message>
        <source>Mail (*.eml *.mbox *.mbx *.txt);;All files (*)</source>
        <translation>E-mail (*.eml *.mbox *.mbx *.txt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import a Maildir folder</source>
        <translation>Importar uma pasta Maildir</translation>
    </message>
    <message numerus="yes">
        <source>Mail import: %n new report(s).</source>
        <translation>
            <numerusform>Importação de e-mails: %n notificação nova.</numerusform>
            <numerusform>Importação de e-mails: %n notificações novas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Alterar &amp;frase secreta…</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>A frase secreta foi alterada.</translation>
    </message>
    <message>
        <source>&amp;Go to ticket…</source>
        <translation>&amp;Ir para o ticket…</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>Novo ticket</translation>
    </message>
    <message>
        <source>Created %1 #%2.</source>
        <translation>Ticket criado: %1 #%2.</translation>
    </message>
    <message>
        <source>The open incidents could not be read: %1</source>
        <translation>Não foi possível ler os incidentes abertos: %1</translation>
    </message>
    <message>
        <source>Go to &amp;page</source>
        <translation>Ir para a &amp;página</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Salvar pesquisa</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Nome da pesquisa salva:</translation>
    </message>
    <message>
        <source>&amp;Navigation pane</source>
        <translation>Painel de &amp;navegação</translation>
    </message>
    <message>
        <source>&amp;Write mail…</source>
        <translation>Escrever e-&amp;mail…</translation>
    </message>
    <message>
        <source>Reply to the reporter of the shown ticket, or notify a correspondent or team</source>
        <translation>Responder ao notificante do ticket exibido ou notificar um correspondente ou uma equipe</translation>
    </message>
    <message>
        <source>%1 was not opened: this window works on %2. Quit Firebreak to open another workspace.</source>
        <translation>%1 não foi aberto: esta janela trabalha com %2. Saia do Firebreak para abrir outro espaço de trabalho.</translation>
    </message>
    <message>
        <source>Open a ticket first: mail is written about a ticket.</source>
        <translation>Abra um ticket primeiro: o e-mail é escrito sobre um ticket.</translation>
    </message>
    <message>
        <source>Import incident from a &amp;team…</source>
        <translation>Importar incidente de uma &amp;equipe…</translation>
    </message>
    <message>
        <source>Read a MISP event or IODEF document into an incident</source>
        <translation>Lê um evento MISP ou documento IODEF para um incidente</translation>
    </message>
</context>
<context>
    <name>fb::MessageParser</name>
    <message>
        <source>The input is empty.</source>
        <translation>A entrada está vazia.</translation>
    </message>
    <message>
        <source>The message is %1 MiB; messages over %2 MiB are not imported.</source>
        <translation>A mensagem tem %1 MiB; mensagens com mais de %2 MiB não são importadas.</translation>
    </message>
    <message>
        <source>GMime could not read a message from the input.</source>
        <translation>O GMime não conseguiu ler uma mensagem da entrada.</translation>
    </message>
    <message>
        <source>The input is not a mail message (no mail header fields, or binary data).</source>
        <translation>A entrada não é uma mensagem de e-mail (sem campos de cabeçalho de e-mail, ou dados binários).</translation>
    </message>
</context>
<context>
    <name>fb::MessageTimeline</name>
    <message>
        <source>Mail without a subject</source>
        <translation>E-mail sem assunto</translation>
    </message>
    <message>
        <source>mail #%1</source>
        <translation>e-mail #%1</translation>
    </message>
    <message>
        <source>mail #%1 from %2</source>
        <translation>e-mail #%1 de %2</translation>
    </message>
    <message>
        <source>mail #%1 sent</source>
        <translation>e-mail #%1 enviado</translation>
    </message>
</context>
<context>
    <name>fb::MessageVerifier</name>
    <message>
        <source>GMime could not read the message whose signature was to be checked.</source>
        <translation>O GMime não conseguiu ler a mensagem cuja assinatura deveria ser verificada.</translation>
    </message>
    <message>
        <source>The signed part of the message has no signature part.</source>
        <translation>A parte assinada da mensagem não tem parte de assinatura.</translation>
    </message>
    <message>
        <source>The signature part of the message is empty.</source>
        <translation>A parte de assinatura da mensagem está vazia.</translation>
    </message>
    <message>
        <source>Preparing the keyring</source>
        <translation>Preparando o chaveiro</translation>
    </message>
    <message>
        <source>Checking signatures</source>
        <translation>Verificando assinaturas</translation>
    </message>
    <message>
        <source>Checked when the message was decrypted at import; the workspace keeps it encrypted as received.</source>
        <translation>Verificada ao decifrar a mensagem na importação; o espaço de trabalho a guarda cifrada como chegou.</translation>
    </message>
</context>
<context>
    <name>fb::MispEventReader</name>
    <message>
        <source>A tag without a name is skipped.</source>
        <translation>Uma etiqueta sem nome é ignorada.</translation>
    </message>
    <message>
        <source>The tag is longer than %1 characters or holds control characters; it is kept in a note.</source>
        <translation>A etiqueta tem mais de %1 caracteres ou contém caracteres de controle; ela é mantida em uma nota.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label; it is kept as a tag.</source>
        <translation>&quot;%1&quot; não é um rótulo TLP 2.0; ele é mantido como etiqueta.</translation>
    </message>
    <message>
        <source>“%1” is not a class and type of the Reference Security Incident Taxonomy; it is kept as a tag.</source>
        <translation>&quot;%1&quot; não é uma classe e tipo da Reference Security Incident Taxonomy; ele é mantido como etiqueta.</translation>
    </message>
    <message>
        <source>The attribute is not a JSON object; it is kept in a note.</source>
        <translation>O atributo não é um objeto JSON; ele é mantido em uma nota.</translation>
    </message>
    <message>
        <source>The attribute is marked deleted; it is skipped.</source>
        <translation>O atributo está marcado como excluído; ele é ignorado.</translation>
    </message>
    <message>
        <source>The attribute has no type; its value is kept in a note.</source>
        <translation>O atributo não tem tipo; o valor dele é mantido em uma nota.</translation>
    </message>
    <message>
        <source>The value of the %1 attribute is not text; it is kept in a note.</source>
        <translation>O valor do atributo %1 não é texto; ele é mantido em uma nota.</translation>
    </message>
    <message>
        <source>The value of the %1 attribute is longer than %2 characters; it is skipped.</source>
        <translation>O valor do atributo %1 tem mais de %2 caracteres; ele é ignorado.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is not a %2 value (%n part(s) separated by “|” expected); it is kept in a note.</source>
        <translation>
            <numerusform>&quot;%1&quot; não é um valor %2 (era esperada %n parte separada por &quot;|&quot;); ele é mantido em uma nota.</numerusform>
            <numerusform>&quot;%1&quot; não é um valor %2 (eram esperadas %n partes separadas por &quot;|&quot;); ele é mantido em uma nota.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a valid %2 value (%3); it is kept in a note.</source>
        <translation>&quot;%1&quot; não é um valor %2 válido (%3); ele é mantido em uma nota.</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) of type “%1” (first %2) have no observable type here; they are kept in a note.</source>
        <translation>
            <numerusform>%n atributo do tipo &quot;%1&quot; (o primeiro: %2) não tem tipo de observável aqui; ele é mantido em uma nota.</numerusform>
            <numerusform>%n atributos do tipo &quot;%1&quot; (o primeiro: %2) não têm tipo de observável aqui; eles são mantidos em uma nota.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is %L1 bytes; a MISP event of more than %L2 bytes is not read.</source>
        <translation>O arquivo tem %L1 bytes; um evento MISP com mais de %L2 bytes não é lido.</translation>
    </message>
    <message>
        <source>This is not JSON: %1 at byte %2.</source>
        <translation>Isto não é JSON: %1 no byte %2.</translation>
    </message>
    <message>
        <source>This is not a MISP event: the JSON is not an object.</source>
        <translation>Isto não é um evento MISP: o JSON não é um objeto.</translation>
    </message>
    <message>
        <source>This is not a MISP event: &quot;Event&quot; is not an object.</source>
        <translation>Isto não é um evento MISP: &quot;Event&quot; não é um objeto.</translation>
    </message>
    <message>
        <source>This is not a MISP event: it has no &quot;Event&quot;, and no &quot;info&quot;, &quot;uuid&quot;, &quot;Attribute&quot; or &quot;Object&quot; of a bare event.</source>
        <translation>Isto não é um evento MISP: não tem &quot;Event&quot;, nem &quot;info&quot;, &quot;uuid&quot;, &quot;Attribute&quot; ou &quot;Object&quot; de um evento simples.</translation>
    </message>
    <message>
        <source>&quot;Attribute&quot; must be a list.</source>
        <translation>&quot;Attribute&quot; deve ser uma lista.</translation>
    </message>
    <message>
        <source>&quot;Object&quot; must be a list.</source>
        <translation>&quot;Object&quot; deve ser uma lista.</translation>
    </message>
    <message>
        <source>The event has %L1 objects; at most %L2 are read.</source>
        <translation>O evento tem %L1 objetos; no máximo %L2 são lidos.</translation>
    </message>
    <message>
        <source>The event has %L1 attributes; at most %L2 are read.</source>
        <translation>O evento tem %L1 atributos; no máximo %L2 são lidos.</translation>
    </message>
    <message>
        <source>The event has no valid UUID; importing it again will not be recognised.</source>
        <translation>O evento não tem UUID válido; uma nova importação dele não será reconhecida.</translation>
    </message>
    <message>
        <source>&quot;info&quot; is not text; it is ignored.</source>
        <translation>&quot;info&quot; não é texto; ele é ignorado.</translation>
    </message>
    <message>
        <source>The threat level “%1” is not 1 to 4; it is ignored.</source>
        <translation>O nível de ameaça &quot;%1&quot; não está entre 1 e 4; ele é ignorado.</translation>
    </message>
    <message>
        <source>&quot;Tag&quot; is not a list; the event&apos;s tags are ignored.</source>
        <translation>&quot;Tag&quot; não é uma lista; as etiquetas do evento são ignoradas.</translation>
    </message>
    <message>
        <source>Only the first %L1 of %L2 tags are read.</source>
        <translation>Só as primeiras %L1 de %L2 etiquetas são lidas.</translation>
    </message>
    <message>
        <source>The object is not a JSON object; it is kept in a note.</source>
        <translation>O objeto não é um objeto JSON; ele é mantido em uma nota.</translation>
    </message>
</context>
<context>
    <name>fb::MispExchange</name>
    <message>
        <source>The distribution must be 0 to 3 (your organisation only, this community, connected communities, all communities), not %1.</source>
        <translation>A distribuição deve ser de 0 a 3 (somente a sua organização, esta comunidade, comunidades conectadas, todas as comunidades), não %1.</translation>
    </message>
    <message>
        <source>(no UUID)</source>
        <translation>(sem UUID)</translation>
    </message>
    <message>
        <source>MISP event %1</source>
        <translation>Evento MISP %1</translation>
    </message>
    <message>
        <source>Imported from MISP event %1.</source>
        <translation>Importado do evento MISP %1.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Arquivo: %1</translation>
    </message>
    <message>
        <source>Created by: %1</source>
        <translation>Criado por: %1</translation>
    </message>
    <message>
        <source>Event date: %1</source>
        <translation>Data do evento: %1</translation>
    </message>
    <message>
        <source>Info: %1</source>
        <translation>Info: %1</translation>
    </message>
    <message>
        <source>The event has no TLP tag; the incident is labelled %1.</source>
        <translation>O evento não tem etiqueta TLP; o incidente recebe o rótulo %1.</translation>
    </message>
    <message>
        <source>From MISP event %1, what is not an observable:</source>
        <translation>Do evento MISP %1, o que não é um observável:</translation>
    </message>
    <message>
        <source>From MISP event %1 (%2), what is not an observable:</source>
        <translation>Do evento MISP %1 (%2), o que não é um observável:</translation>
    </message>
</context>
<context>
    <name>fb::MispExportCommand</name>
    <message>
        <source>Write a ticket as a MISP event (JSON): an incident with the observables of its children, its TLP and RSIT as machine tags, and an rtir object with its number, classification, constituency, queue and status. The event&apos;s label is the most restrictive of the tickets it draws from; it is refused, with nothing written, when the recipient may not receive it (--recipient names a team of the directory and uses its highest TLP, --clearance gives the level; without either only TLP:CLEAR and TLP:GREEN go out). The ticket keeps one UUID for all its exports. The same as incident export --format misp.</source>
        <translation>Grava um ticket como evento MISP (JSON): um incidente com os observáveis dos seus filhos, o seu TLP e RSIT como machine tags, e um objeto rtir com o seu número, classificação, comunidade atendida, fila e status. O rótulo do evento é o mais restritivo dos tickets de onde vêm os dados; ele é recusado, sem que nada seja gravado, quando o destinatário não pode recebê-lo (--recipient indica uma equipe do diretório e usa o seu TLP mais alto, --clearance informa o nível; sem nenhum deles, somente TLP:CLEAR e TLP:GREEN saem). O ticket mantém um único UUID para todas as suas exportações. O mesmo que incident export --format misp.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>O número do ticket.</translation>
    </message>
</context>
<context>
    <name>fb::MispImportCommand</name>
    <message>
        <source>Read a MISP event (JSON) into a new incident, or onto the ticket given with --onto: attributes become observables, tlp: and rsit: tags the label and classification, other tags ticket tags; what is not an observable is kept in a comment, each odd attribute named in a warning. An event seen before (one we exported, or imported already) goes onto its ticket again. A file that is not a readable event is refused and nothing is stored.</source>
        <translation>Lê um evento MISP (JSON) para um novo incidente, ou para o ticket informado com --onto: os atributos se tornam observáveis, as etiquetas tlp: e rsit: se tornam o rótulo e a classificação, as demais etiquetas se tornam etiquetas do ticket; o que não é um observável é mantido em um comentário, e cada atributo estranho é indicado em um aviso. Um evento já visto (um que exportamos ou que já foi importado) vai de novo para o seu ticket. Um arquivo que não é um evento legível é recusado e nada é armazenado.</translation>
    </message>
    <message>
        <source>The event file; - reads standard input.</source>
        <translation>O arquivo do evento; - lê a entrada padrão.</translation>
    </message>
    <message>
        <source>Add the event to this ticket.</source>
        <translation>Adiciona o evento a este ticket.</translation>
    </message>
</context>
<context>
    <name>fb::NavigationPane</name>
    <message>
        <source>Queues</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Triage new reports</source>
        <translation>Triagem de notificações novas</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Pesquisas salvas</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <source>Team profile</source>
        <translation>Perfil da equipe</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>%1  %2 · %3 breached</source>
        <translation>%1  %2 · %3 violados</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n active ticket(s), none past an SLA due date.</source>
        <translation>
            <numerusform>%n ticket ativo, sem nenhum prazo de SLA ultrapassado.</numerusform>
            <numerusform>%n tickets ativos, nenhum com prazo de SLA ultrapassado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Advisories</source>
        <translation>Boletins</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Renomear pesquisa salva</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n active ticket(s), %2 of them past an SLA due date.</source>
        <translation>
            <numerusform>%1: %n ticket ativo, %2 com prazo de SLA ultrapassado.</numerusform>
            <numerusform>%1: %n tickets ativos, %2 deles com prazo de SLA ultrapassado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::NetworkLookup</name>
    <message>
        <source>“%1” is not an IP address, CIDR block, AS number, domain, e-mail address or country code.</source>
        <translation>&quot;%1&quot; não é um endereço IP, bloco CIDR, número de AS, domínio, endereço de e-mail nem código de país.</translation>
    </message>
    <message>
        <source>“%1” is not a valid query: an AS number needs its number (AS64496).</source>
        <translation>&quot;%1&quot; não é uma consulta válida: um número de AS precisa do seu número (AS64496).</translation>
    </message>
</context>
<context>
    <name>fb::NewPassphraseFields</name>
    <message>
        <source>Repeat passphrase:</source>
        <translation>Repita a frase secreta:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Força:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>As duas frases secretas são diferentes.</translation>
    </message>
    <message>
        <source>This passphrase is too easy to guess. Use several unrelated words or a longer phrase.</source>
        <translation>Esta frase secreta é fácil demais de adivinhar. Use várias palavras sem relação entre si ou uma frase mais longa.</translation>
    </message>
    <message>
        <source>Enter a passphrase</source>
        <translation>Digite uma frase secreta</translation>
    </message>
    <message>
        <source>The passphrases match.</source>
        <translation>As frases secretas coincidem.</translation>
    </message>
    <message>
        <source>Keep typing: the repeat is shorter.</source>
        <translation>Continue digitando: a repetição é mais curta.</translation>
    </message>
</context>
<context>
    <name>fb::NewTicketDialog</name>
    <message>
        <source>New ticket</source>
        <translation>Novo ticket</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
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
        <translation>&amp;Classe:</translation>
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
        <translation>Criar</translation>
    </message>
</context>
<context>
    <name>fb::ObservableCommands</name>
    <message>
        <source>At most N hits (default 1000).</source>
        <translation>No máximo N resultados (padrão: 1000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>An address, network (CIDR), domain, URL, e-mail, hash, CVE or AS number; defanged forms are accepted.</source>
        <translation>Um endereço, rede (CIDR), domínio, URL, e-mail, hash, CVE ou número de AS; formas desativadas (defanged) são aceitas.</translation>
    </message>
    <message>
        <source>Find the tickets that carry an observable. An address or network gives every ticket with an address or network inside it.</source>
        <translation>Encontra os tickets que contêm um observável. Um endereço ou rede retorna todos os tickets com um endereço ou rede contidos nele.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of hits.</source>
        <translation>&quot;%1&quot; não é um número de resultados.</translation>
    </message>
    <message>
        <source>No ticket carries %1.</source>
        <translation>Nenhum ticket contém %1.</translation>
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
        <translation>Lê ARQUIVO em vez da entrada padrão.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Print the observables (addresses, networks, domains, URLs, e-mail addresses, hashes, CVE ids, AS numbers) found in a text, one per line as TYPE&lt;TAB&gt;VALUE, in order of first appearance. Defanged text is refanged.</source>
        <translation>Imprime os observáveis (endereços, redes, domínios, URLs, endereços de e-mail, hashes, ids CVE, números de AS) encontrados em um texto, um por linha como TIPO&lt;TAB&gt;VALOR, na ordem da primeira ocorrência. Texto desativado (defanged) é reativado (refanged).</translation>
    </message>
</context>
<context>
    <name>fb::ObservableDialog</name>
    <message>
        <source>Add observable</source>
        <translation>Adicionar observável</translation>
    </message>
    <message>
        <source>Guess from the value</source>
        <translation>Deduzir do valor</translation>
    </message>
    <message>
        <source>Address, network, domain, URL, e-mail, hash, CVE or AS number</source>
        <translation>Endereço, rede, domínio, URL, e-mail, hash, CVE ou número de AS</translation>
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
        <translation>O ticket %1 não tem o observável %2 %3.</translation>
    </message>
</context>
<context>
    <name>fb::Observables</name>
    <message>
        <source>A domain name is empty.</source>
        <translation>Um nome de domínio está vazio.</translation>
    </message>
    <message>
        <source>“%1” is longer than the 253 characters a domain name may have.</source>
        <translation>&quot;%1&quot; ultrapassa os 253 caracteres que um nome de domínio pode ter.</translation>
    </message>
    <message>
        <source>“%1” is not a valid internationalised domain name.</source>
        <translation>&quot;%1&quot; não é um nome de domínio internacionalizado válido.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name: it needs at least two labels.</source>
        <translation>&quot;%1&quot; não é um nome de domínio: ele precisa de pelo menos dois rótulos.</translation>
    </message>
    <message>
        <source>“%1” has an empty label.</source>
        <translation>&quot;%1&quot; tem um rótulo vazio.</translation>
    </message>
    <message>
        <source>“%1” has a label longer than 63 characters.</source>
        <translation>&quot;%1&quot; tem um rótulo com mais de 63 caracteres.</translation>
    </message>
    <message>
        <source>“%1” has a label starting or ending with a hyphen.</source>
        <translation>&quot;%1&quot; tem um rótulo que começa ou termina com hífen.</translation>
    </message>
    <message>
        <source>“%1” contains a character not allowed in a domain name.</source>
        <translation>&quot;%1&quot; contém um caractere não permitido em um nome de domínio.</translation>
    </message>
    <message>
        <source>“%1” does not end in a known top-level domain.</source>
        <translation>&quot;%1&quot; não termina em um domínio de nível superior conhecido.</translation>
    </message>
    <message>
        <source>“%1” is a public suffix, not a domain that can be registered.</source>
        <translation>&quot;%1&quot; é um sufixo público, não um domínio que possa ser registrado.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address (four numbers 0 to 255 without leading zeros, like 192.0.2.1).</source>
        <translation>&quot;%1&quot; não é um endereço IPv4 (quatro números de 0 a 255 sem zeros à esquerda, como 192.0.2.1).</translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address.</source>
        <translation>&quot;%1&quot; não é um endereço IPv6.</translation>
    </message>
    <message>
        <source>“%1” is not a CIDR block (an address, a slash and a prefix length, like 192.0.2.0/24 or 2001:db8::/32).</source>
        <translation>&quot;%1&quot; não é um bloco CIDR (um endereço, uma barra e um comprimento de prefixo, como 192.0.2.0/24 ou 2001:db8::/32).</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>&quot;%1&quot; não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address: %2</source>
        <translation>&quot;%1&quot; não é um endereço de e-mail: %2</translation>
    </message>
    <message>
        <source>“%1” is not a valid http, https or ftp URL.</source>
        <translation>&quot;%1&quot; não é uma URL http, https ou ftp válida.</translation>
    </message>
    <message>
        <source>The URL “%1” is longer than 8192 characters.</source>
        <translation>A URL &quot;%1&quot; tem mais de 8192 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2</source>
        <translation>&quot;%1&quot; não é uma URL válida: %2</translation>
    </message>
    <message>
        <source>“%1” is not a %2 hash (%3 hexadecimal digits).</source>
        <translation>&quot;%1&quot; não é um hash %2 (%3 dígitos hexadecimais).</translation>
    </message>
    <message>
        <source>“%1” is not a CVE identifier (CVE-YYYY-NNNN, year 1999 or later, four or more digits).</source>
        <translation>&quot;%1&quot; não é um identificador CVE (CVE-AAAA-NNNN, ano 1999 ou posterior, quatro ou mais dígitos).</translation>
    </message>
    <message>
        <source>“%1” is not an AS number (AS followed by 1 to 4294967295, like AS64496).</source>
        <translation>&quot;%1&quot; não é um número de AS (AS seguido de 1 a 4294967295, como AS64496).</translation>
    </message>
    <message>
        <source>Unknown observable type.</source>
        <translation>Tipo de observável desconhecido.</translation>
    </message>
    <message>
        <source>Nothing was entered.</source>
        <translation>Nada foi digitado.</translation>
    </message>
    <message>
        <source>“%1” is not an address, domain, URL, e-mail address, hash, CVE or AS number.</source>
        <translation>&quot;%1&quot; não é um endereço, domínio, URL, endereço de e-mail, hash, CVE nem número de AS.</translation>
    </message>
</context>
<context>
    <name>fb::OpenPgp</name>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (chave %2)</translation>
    </message>
    <message>
        <source>GnuPG is not available: GPGME could not start the OpenPGP engine.</source>
        <translation>O GnuPG não está disponível: o GPGME não conseguiu iniciar o mecanismo OpenPGP.</translation>
    </message>
    <message>
        <source>Opening the GnuPG home</source>
        <translation>Abrindo o diretório base do GnuPG</translation>
    </message>
    <message>
        <source>%1 failed: wrong passphrase for %2.</source>
        <translation>%1 falhou: frase secreta incorreta para %2.</translation>
    </message>
    <message>
        <source>%1 failed: %2 needs a passphrase and none was given.</source>
        <translation>%1 falhou: %2 precisa de uma frase secreta e nenhuma foi informada.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 foi cancelado.</translation>
    </message>
    <message>
        <source>“%1” is not an OpenPGP fingerprint.</source>
        <translation>&quot;%1&quot; não é uma impressão digital OpenPGP.</translation>
    </message>
    <message>
        <source>There is no secret key %1 in the GnuPG home.</source>
        <translation>Não há nenhuma chave secreta %1 no diretório base do GnuPG.</translation>
    </message>
    <message>
        <source>There is no key %1 in the GnuPG home.</source>
        <translation>Não há nenhuma chave %1 no diretório base do GnuPG.</translation>
    </message>
    <message>
        <source>Looking up a key</source>
        <translation>Procurando uma chave</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>The key %1 cannot sign: it is revoked, expired or has no signing subkey.</source>
        <translation>A chave %1 não pode assinar: está revogada, expirada ou não tem subchave de assinatura.</translation>
    </message>
    <message>
        <source>%1 failed: GnuPG made no signature.</source>
        <translation>%1 falhou: o GnuPG não gerou nenhuma assinatura.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>Importing keys</source>
        <translation>Importação de chaves</translation>
    </message>
    <message>
        <source>%1 failed: the data holds no OpenPGP key.</source>
        <translation>%1 falhou: os dados não contêm nenhuma chave OpenPGP.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed: GnuPG accepted none of the %n keys in the data.</source>
        <translation>
            <numerusform>%1 falhou: o GnuPG não aceitou a chave dos dados (%n no total).</numerusform>
            <numerusform>%1 falhou: o GnuPG não aceitou nenhuma das %n chaves dos dados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing keys</source>
        <translation>Listagem de chaves</translation>
    </message>
    <message>
        <source>Exporting a key</source>
        <translation>Exportação de uma chave</translation>
    </message>
    <message>
        <source>%1 failed: GnuPG exported nothing.</source>
        <translation>%1 falhou: o GnuPG não exportou nada.</translation>
    </message>
    <message>
        <source>Trusting keys</source>
        <translation>Definição de confiança em chaves</translation>
    </message>
    <message>
        <source>Firebreak does not change the trust settings of your own GnuPG home.</source>
        <translation>O Firebreak não altera as configurações de confiança do seu próprio diretório base do GnuPG.</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>Criptografia</translation>
    </message>
    <message>
        <source>%1 failed: no recipient was given.</source>
        <translation>%1 falhou: nenhum destinatário foi informado.</translation>
    </message>
    <message>
        <source>The key %1 cannot be encrypted to: it is revoked, expired, disabled or has no encryption subkey.</source>
        <translation>Não é possível criptografar para a chave %1: ela está revogada, expirada, desativada ou não tem subchave de criptografia.</translation>
    </message>
    <message>
        <source>The key %1 is not trusted here, so Firebreak does not encrypt to it. Compare its fingerprint with its owner and add it to the workspace keyring.</source>
        <translation>A chave %1 não é confiável aqui, então o Firebreak não criptografa para ela. Compare a impressão digital dela com o titular e adicione-a ao chaveiro do espaço de trabalho.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed: GnuPG refused %n of the recipients.</source>
        <translation>
            <numerusform>%1 falhou: o GnuPG recusou %n dos destinatários.</numerusform>
            <numerusform>%1 falhou: o GnuPG recusou %n dos destinatários.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decrypting</source>
        <translation>Descriptografia</translation>
    </message>
    <message>
        <source>%1 failed: none of the keys the message is encrypted to is here.</source>
        <translation>%1 falhou: nenhuma das chaves para as quais a mensagem está criptografada está aqui.</translation>
    </message>
    <message>
        <source>A key needs a name without &apos;&lt;&apos;, &apos;&gt;&apos; or line breaks.</source>
        <translation>Uma chave precisa de um nome sem &quot;&lt;&quot;, &quot;&gt;&quot; ou quebras de linha.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>&quot;%1&quot; não é um endereço de e-mail.</translation>
    </message>
    <message>
        <source>Creating a key</source>
        <translation>Criação de uma chave</translation>
    </message>
    <message numerus="yes">
        <source>A key is valid for 1 day to 100 years; not %n days.</source>
        <translation>
            <numerusform>Uma chave é válida de 1 dia a 100 anos; não por %n dia.</numerusform>
            <numerusform>Uma chave é válida de 1 dia a 100 anos; não por %n dias.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: a new key needs a passphrase and none was given.</source>
        <translation>%1 falhou: uma chave nova precisa de uma frase secreta e nenhuma foi informada.</translation>
    </message>
    <message>
        <source>Creating the signing key…</source>
        <translation>Criando a chave de assinatura…</translation>
    </message>
    <message>
        <source>%1 failed: GnuPG made no key.</source>
        <translation>%1 falhou: o GnuPG não gerou nenhuma chave.</translation>
    </message>
    <message>
        <source>Creating the encryption subkey…</source>
        <translation>Criando a subchave de criptografia…</translation>
    </message>
    <message>
        <source>Key created.</source>
        <translation>Chave criada.</translation>
    </message>
</context>
<context>
    <name>fb::OwnTeam</name>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>&quot;%1&quot; não é uma impressão digital OpenPGP completa.</translation>
    </message>
</context>
<context>
    <name>fb::Pap</name>
    <message>
        <source>No restrictions in using this information.</source>
        <translation>Sem restrições no uso desta informação.</translation>
    </message>
    <message>
        <source>Active actions allowed. Recipients may use PAP:GREEN information to ping the target, block incoming/outgoing traffic from/to the target or specifically configure honeypots to interact with the target.</source>
        <translation>Ações ativas permitidas. Os destinatários podem usar informações PAP:GREEN para fazer ping no alvo, bloquear o tráfego de entrada/saída do/para o alvo ou configurar honeypots especificamente para interagir com o alvo.</translation>
    </message>
    <message>
        <source>Passive cross check. Recipients may use PAP:AMBER information for conducting online checks, like using services provided by third parties (e.g. ripe whois), or set up a monitoring honeypot.</source>
        <translation>Verificação cruzada passiva. Os destinatários podem usar informações PAP:AMBER para fazer verificações on-line, como usar serviços de terceiros (por exemplo, ripe whois), ou montar um honeypot de monitoramento.</translation>
    </message>
    <message>
        <source>Non-detectable actions only. Recipients may not use PAP:RED information on the network. Only passive actions on logs, that are not detectable from the outside.</source>
        <translation>Somente ações não detectáveis. Os destinatários não podem usar informações PAP:RED na rede. Somente ações passivas em logs, que não sejam detectáveis de fora.</translation>
    </message>
</context>
<context>
    <name>fb::PassphraseInput</name>
    <message>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Não é possível ler o arquivo de frase secreta %1: %2</translation>
    </message>
    <message>
        <source>The first line of %1 is too long for a passphrase.</source>
        <translation>A primeira linha de %1 é longa demais para uma frase secreta.</translation>
    </message>
    <message>
        <source>The passphrase file %1 starts with an empty line.</source>
        <translation>O arquivo de frase secreta %1 começa com uma linha vazia.</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>Nenhuma frase secreta foi digitada.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>A frase secreta tem mais de %1 bytes.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>A frase secreta está vazia.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>As duas frases secretas não coincidem.</translation>
    </message>
</context>
<context>
    <name>fb::PassphraseKdf</name>
    <message>
        <source>The cryptographic library could not be initialised.</source>
        <translation>Não foi possível inicializar a biblioteca criptográfica.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>A frase secreta está vazia.</translation>
    </message>
    <message>
        <source>The key derivation salt has the wrong size.</source>
        <translation>O salt de derivação de chave tem o tamanho errado.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB).</source>
        <translation>Memória insuficiente para derivar a chave da frase secreta (o Argon2id precisa de %1 MiB).</translation>
    </message>
</context>
<context>
    <name>fb::PassphraseStrength</name>
    <message>
        <source>Very weak: choose a longer passphrase</source>
        <translation>Muito fraca: escolha uma frase secreta mais longa</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Fraca</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Razoável</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muito forte</translation>
    </message>
</context>
<context>
    <name>fb::PdfRenderer</name>
    <message>
        <source>PDF output needs the graphical runtime, which was not started.</source>
        <translation>A saída em PDF precisa do ambiente gráfico, que não foi iniciado.</translation>
    </message>
    <message>
        <source>Could not prepare the PDF buffer.</source>
        <translation>Não foi possível preparar o buffer do PDF.</translation>
    </message>
    <message>
        <source>The PDF writer produced no document.</source>
        <translation>O gerador de PDF não produziu nenhum documento.</translation>
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
        <translation>&amp;Adicionar pessoa…</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>E&amp;ditar pessoa…</translation>
    </message>
    <message>
        <source>&amp;Remove person…</source>
        <translation>&amp;Remover pessoa…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipes</translation>
    </message>
    <message>
        <source>Share up to</source>
        <translation>Compartilhar até</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A person&apos;s team and role in the people list: &quot;EXU-CERT (lead)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>as their team</source>
        <translation>como a equipe</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remover pessoa</translation>
    </message>
    <message>
        <source>Remove %1 from the directory? Their channels, team memberships and places on distribution lists go with them; the history keeps a record.</source>
        <translation>Remover %1 do diretório? Os canais, as associações a equipes e os lugares em listas de distribuição dessa pessoa são removidos junto; o histórico guarda um registro.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>%1 was removed from the directory.</source>
        <translation>A pessoa %1 foi removida do diretório.</translation>
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
        <translation>Adicionar uma pessoa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Where the person works; it may differ from the teams they belong to.</source>
        <translation>Onde a pessoa trabalha; pode ser diferente das equipes às quais ela pertence.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>40 or 64 hex digits</source>
        <translation>40 ou 64 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>OpenPGP &amp;key:</source>
        <translation>&amp;Chave OpenPGP:</translation>
    </message>
    <message>
        <source>As their current team</source>
        <translation>Como a equipe atual</translation>
    </message>
    <message>
        <source>The most restrictive TLP label we may share with this person; unset: that of the teams they currently belong to.</source>
        <translation>O rótulo TLP mais restritivo que podemos compartilhar com esta pessoa; não definido: o das equipes às quais ela pertence atualmente.</translation>
    </message>
    <message>
        <source>Share &amp;up to:</source>
        <translation>Co&amp;mpartilhar até:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>O&amp;bservações:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipes</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Dates as yyyy-mm-dd; an empty Until means they are still there. Give a past membership an end date rather than removing it, so that it stays on record.</source>
        <translation>Datas no formato aaaa-mm-dd; um Até vazio significa que a pessoa ainda está lá. Dê uma data de término a uma associação passada em vez de removê-la, para que ela continue registrada.</translation>
    </message>
    <message>
        <source>Add to a team</source>
        <translation>Adicionar a uma equipe</translation>
    </message>
    <message>
        <source>Remove membership</source>
        <translation>Remover associação</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Adicionar pessoa</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipe %1</translation>
    </message>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>aaaa-mm-dd</translation>
    </message>
    <message>
        <source>Team row %1: %2</source>
        <extracomment>%1 is the row number in the Teams table, %2 why its date was refused</extracomment>
        <translation>Linha %1 da tabela Equipes: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>Shown in the person dialog when the person could not be saved; %1 is the reason</extracomment>
        <translation>Não salvo: %1</translation>
    </message>
</context>
<context>
    <name>fb::PersonReader</name>
    <message>
        <source>There is no person %1 in the directory.</source>
        <translation>Não há nenhuma pessoa %1 no diretório.</translation>
    </message>
    <message>
        <source>Several people are called “%1”; use the id.</source>
        <translation>Várias pessoas se chamam &quot;%1&quot;; use o id.</translation>
    </message>
    <message>
        <source>There is no person “%1” in the directory.</source>
        <translation>Não há nenhuma pessoa &quot;%1&quot; no diretório.</translation>
    </message>
</context>
<context>
    <name>fb::PersonStore</name>
    <message>
        <source>A person needs a name.</source>
        <translation>Uma pessoa precisa de um nome.</translation>
    </message>
    <message>
        <source>A membership cannot end before it starts.</source>
        <translation>Uma associação não pode terminar antes de começar.</translation>
    </message>
    <message>
        <source>There is no team %1 in the directory.</source>
        <translation>Não há nenhuma equipe %1 no diretório.</translation>
    </message>
</context>
<context>
    <name>fb::PlaybookCommands</name>
    <message>
        <source>List the playbooks: their id, name, the RSIT class/type (and constituency) they are chosen for, and how many tasks they give.</source>
        <translation>Lista os playbooks: o id, o nome, a classe/tipo RSIT (e a comunidade atendida) para os quais são usados e quantas tarefas eles dão.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>CHOSEN FOR</source>
        <translation>USADO PARA</translation>
    </message>
    <message>
        <source>TASKS</source>
        <translation>TAREFAS</translation>
    </message>
    <message>
        <source>Show a playbook: what it is chosen for and each task with its owner role and due offset.</source>
        <translation>Mostra um playbook: para que é usado e cada tarefa com a função do responsável e o prazo relativo.</translation>
    </message>
    <message>
        <source>The playbook&apos;s id (see playbook list).</source>
        <translation>O id do playbook (consulte playbook list).</translation>
    </message>
    <message>
        <source>Chosen for: %1</source>
        <translation>Usado para: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>TAREFA</translation>
    </message>
    <message>
        <source>OWNER ROLE</source>
        <translation>FUNÇÃO DO TITULAR</translation>
    </message>
    <message>
        <source>DUE AFTER</source>
        <translation>PRAZO APÓS</translation>
    </message>
    <message>
        <source>with the ticket</source>
        <translation>junto com o ticket</translation>
    </message>
    <message>
        <source>Add or replace playbooks from a JSON file (the form playbook export writes; see docs/file-format.md), or the ones Firebreak ships with --shipped (those the workspace has already are kept). A file with any problem is refused whole, each problem named by its place, and nothing is changed.</source>
        <translation>Adiciona ou substitui playbooks a partir de um arquivo JSON (no formato que playbook export grava; consulte docs/file-format.md), ou, com --shipped, os que acompanham o Firebreak (os que o espaço de trabalho já tem são mantidos). Um arquivo com qualquer problema é recusado por inteiro, cada problema é indicado pela sua posição, e nada é alterado.</translation>
    </message>
    <message>
        <source>The JSON file; - reads standard input.</source>
        <translation>O arquivo JSON; - lê a entrada padrão.</translation>
    </message>
    <message>
        <source>Add the playbooks Firebreak ships that the workspace lacks.</source>
        <translation>Adiciona os playbooks que acompanham o Firebreak e que faltam no espaço de trabalho.</translation>
    </message>
    <message>
        <source>Give a FILE or --shipped, one of the two.</source>
        <translation>Informe um ARQUIVO ou --shipped, um dos dois.</translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s) added.</source>
        <translation>
            <numerusform>%n playbook adicionado.</numerusform>
            <numerusform>%n playbooks adicionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No playbook changed: the workspace has them as they are in the file.</source>
        <translation>Nenhum playbook alterado: o espaço de trabalho já os tem como estão no arquivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n playbook(s) added or changed: %1.</source>
        <translation>
            <numerusform>%n playbook adicionado ou alterado: %1.</numerusform>
            <numerusform>%n playbooks adicionados ou alterados: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write playbooks (all, or those named) as JSON, the form playbook import reads.</source>
        <translation>Grava playbooks (todos ou os indicados) como JSON, no formato que playbook import lê.</translation>
    </message>
    <message>
        <source>A playbook&apos;s id; all playbooks when none is given.</source>
        <translation>O id de um playbook; todos os playbooks quando nenhum é informado.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Grava em ARQUIVO em vez da saída padrão.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Substitui um arquivo de saída existente.</translation>
    </message>
    <message>
        <source>Playbooks written to %1.</source>
        <translation>Playbooks gravados em %1.</translation>
    </message>
    <message>
        <source>Remove a playbook from the workspace. Tasks it gave tickets stay.</source>
        <translation>Remove um playbook do espaço de trabalho. As tarefas que ele deu aos tickets permanecem.</translation>
    </message>
    <message>
        <source>The playbook&apos;s id.</source>
        <translation>O id do playbook.</translation>
    </message>
    <message>
        <source>Playbook %1 removed.</source>
        <translation>Playbook %1 removido.</translation>
    </message>
    <message>
        <source>Add the tasks of a playbook to a ticket, those it does not have from that playbook yet. Incidents get the playbook that matches their classification when they are created or reclassified; this applies one by hand.</source>
        <translation>Adiciona a um ticket as tarefas de um playbook que ele ainda não tem desse playbook. Os incidentes recebem o playbook correspondente à sua classificação quando são criados ou reclassificados; este comando aplica um manualmente.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>O número do ticket.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1: %n task(s) added.</source>
        <translation>
            <numerusform>Ticket #%1: %n tarefa adicionada.</numerusform>
            <numerusform>Ticket #%1: %n tarefas adicionadas.</numerusform>
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
        <translation>Novo playbook</translation>
    </message>
    <message>
        <source>lower-case letters, digits and &apos;-&apos;, e.g. phishing-bank</source>
        <translation>letras minúsculas, dígitos e &quot;-&quot;, por exemplo, phishing-bank</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Chave:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>Chosen for &amp;class / type:</source>
        <translation>Usado para classe / &amp;tipo:</translation>
    </message>
    <message>
        <source>any constituency</source>
        <translation>qualquer comunidade atendida</translation>
    </message>
    <message>
        <source>C&amp;onstituency:</source>
        <translation>Comunidade at&amp;endida:</translation>
    </message>
    <message>
        <source>Unclassified: the playbook is applied by hand only. The most specific playbook is chosen for a new or reclassified incident.</source>
        <translation>Não classificado: o playbook só é aplicado manualmente. Para um incidente novo ou reclassificado, é escolhido o playbook mais específico.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Função do responsável</translation>
    </message>
    <message>
        <source>Due after</source>
        <translation>Prazo após</translation>
    </message>
    <message>
        <source>How long after the task is added, e.g. 30m, 4h, 2d, 1d12h; empty: due with the ticket&apos;s resolution.</source>
        <translation>Quanto tempo depois de a tarefa ser adicionada, por exemplo, 30m, 4h, 2d, 1d12h; vazio: vence junto com o prazo de resolução do ticket.</translation>
    </message>
    <message>
        <source>A role in the directory (e.g. handler, lead): the task goes to a person who has it.</source>
        <translation>Uma função do diretório (por exemplo, handler, lead): a tarefa é atribuída a uma pessoa que tenha essa função.</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>&amp;Adicionar tarefa</translation>
    </message>
    <message>
        <source>&amp;Remove task</source>
        <translation>&amp;Remover tarefa</translation>
    </message>
    <message>
        <source>Task %1: &apos;%2&apos; is not a due offset such as 30m, 4h, 2d or 1d12h.</source>
        <translation>Tarefa %1: &quot;%2&quot; não é um prazo relativo como 30m, 4h, 2d ou 1d12h.</translation>
    </message>
</context>
<context>
    <name>fb::PlaybookJson</name>
    <message>
        <source>&apos;%1&apos; is not a playbook id: use 1 to 64 lower-case letters, digits and &apos;-&apos;.</source>
        <translation>&quot;%1&quot; não é um id de playbook: use de 1 a 64 letras minúsculas, dígitos e &quot;-&quot;.</translation>
    </message>
    <message>
        <source>A playbook needs a name of at most %1 characters.</source>
        <translation>Um playbook precisa de um nome de no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation>A descrição tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <source>A playbook that names a type or constituency must name a class.</source>
        <translation>Um playbook que indica um tipo ou uma comunidade atendida deve indicar uma classe.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class/type of the Reference Security Incident Taxonomy.</source>
        <translation>&quot;%1&quot; não é uma classe/tipo da Reference Security Incident Taxonomy.</translation>
    </message>
    <message>
        <source>A playbook needs at least one task.</source>
        <translation>Um playbook precisa de pelo menos uma tarefa.</translation>
    </message>
    <message>
        <source>A playbook can have at most %1 tasks.</source>
        <translation>Um playbook pode ter no máximo %1 tarefas.</translation>
    </message>
    <message>
        <source>A task needs a title of at most %1 characters.</source>
        <translation>Uma tarefa precisa de um título de no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The title &apos;%1&apos; is used by an earlier task of this playbook.</source>
        <translation>O título &quot;%1&quot; já é usado por uma tarefa anterior deste playbook.</translation>
    </message>
    <message>
        <source>A due offset must be between one minute and a year.</source>
        <translation>Um prazo relativo deve ficar entre um minuto e um ano.</translation>
    </message>
    <message>
        <source>This is not JSON: %1 at byte %2.</source>
        <translation>Isto não é JSON: %1 no byte %2.</translation>
    </message>
    <message>
        <source>This is not a Firebreak playbook file (its &quot;format&quot; must be &quot;firebreak-playbooks&quot;).</source>
        <translation>Este não é um arquivo de playbooks do Firebreak (seu &quot;format&quot; deve ser &quot;firebreak-playbooks&quot;).</translation>
    </message>
    <message>
        <source>This playbook file has version %1; this Firebreak reads version %2.</source>
        <translation>Este arquivo de playbooks tem a versão %1; este Firebreak lê a versão %2.</translation>
    </message>
    <message>
        <source>The file needs a &quot;playbooks&quot; list.</source>
        <translation>O arquivo precisa de uma lista &quot;playbooks&quot;.</translation>
    </message>
    <message>
        <source>must be text.</source>
        <translation>deve ser um texto.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>deve ser um objeto.</translation>
    </message>
    <message>
        <source>must be a list.</source>
        <translation>deve ser uma lista.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a due offset such as 30m, 4h, 2d or 1d12h (at most a year).</source>
        <translation>&quot;%1&quot; não é um prazo relativo como 30m, 4h, 2d ou 1d12h (no máximo um ano).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the id of an earlier playbook in this file.</source>
        <translation>&quot;%1&quot; é o id de um playbook anterior neste arquivo.</translation>
    </message>
    <message numerus="yes">
        <source>The playbooks were not imported; nothing was changed. %n problem(s):</source>
        <translation>
            <numerusform>Os playbooks não foram importados; nada foi alterado. %n problema:</numerusform>
            <numerusform>Os playbooks não foram importados; nada foi alterado. %n problemas:</numerusform>
        </translation>
    </message>
    <message>
        <source>The text contains a control character (such as NUL or ESC).</source>
        <translation>O texto contém um caractere de controle (como NUL ou ESC).</translation>
    </message>
</context>
<context>
    <name>fb::PlaybookStore</name>
    <message>
        <source>There is no playbook &apos;%1&apos;.</source>
        <translation>O playbook &quot;%1&quot; não existe.</translation>
    </message>
</context>
<context>
    <name>fb::PlaybooksPanel</name>
    <message>
        <source>applied by hand</source>
        <translation>aplicado manualmente</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Playbooks</translation>
    </message>
    <message>
        <source>Task lists that a new or reclassified incident gets by its class; others are applied by hand from the ticket&apos;s Tasks tab.</source>
        <translation>Listas de tarefas que um incidente novo ou reclassificado recebe conforme a sua classe; os demais são aplicados manualmente na aba Tarefas do ticket.</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Chosen for</source>
        <translation>Usado para</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
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
        <translation>Remover playbook</translation>
    </message>
    <message>
        <source>Remove the playbook %1? Tasks it gave tickets stay.</source>
        <translation>Remover o playbook %1? As tarefas que ele deu aos tickets permanecem.</translation>
    </message>
    <message>
        <source>Saved the playbook %1.</source>
        <translation>Playbook %1 salvo.</translation>
    </message>
    <message>
        <source>Removed the playbook %1.</source>
        <translation>Playbook %1 removido.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1:
%2</source>
        <translation>Nada foi importado de %1:
%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n playbook(s): %1.</source>
        <translation>
            <numerusform>%n playbook importado: %1.</numerusform>
            <numerusform>%n playbooks importados: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported the playbooks to %1.</source>
        <translation>Playbooks exportados para %1.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileCliSupport</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Não é possível gravar na saída padrão.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2.</source>
        <translation>Não é possível gravar &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>The translation in this language (ISO 639-1); default: the original.</source>
        <translation>A tradução neste idioma (ISO 639-1); padrão: o original.</translation>
    </message>
    <message>
        <source>Read the passphrase of the team&apos;s secret key from the first line of FILE (else a prompt).</source>
        <translation>Lê a frase secreta da chave secreta da equipe da primeira linha de ARQUIVO (senão, é pedida).</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase secreta de %1: </translation>
    </message>
    <message>
        <source>No terminal to ask for the key&apos;s passphrase: use --key-passphrase-file FILE.</source>
        <translation>Não há terminal para pedir a frase secreta da chave: use --key-passphrase-file ARQUIVO.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileCommands</name>
    <message>
        <source>Set a section&apos;s text by its number (--set 3.1=&quot;...&quot;, \n for a line break; empty removes it) or a field: title, last-update, locations, fingerprint, languages, hours, priority (PRIORITY|REACTION|HANDLING, repeatable; empty clears), tlp, original-url. Repeatable.</source>
        <translation>Define o texto de uma seção pelo número (--set 3.1=&quot;...&quot;, \n para uma quebra de linha; vazio a remove) ou um campo: title, last-update, locations, fingerprint, languages, hours, priority (PRIORIDADE|REAÇÃO|TRATAMENTO, repetível; vazio limpa), tlp, original-url. Repetível.</translation>
    </message>
    <message>
        <source>Read the profile from a JSON file (as &apos;profile show --json&apos; prints it; only the keys given change) or an RFC 2350 text; &apos;-&apos; for standard input.</source>
        <translation>Lê o perfil de um arquivo JSON (como &quot;profile show --json&quot; o imprime; só as chaves informadas mudam) ou de um texto RFC 2350; &quot;-&quot; para a entrada padrão.</translation>
    </message>
    <message>
        <source>Fill name, address, time zone, phones, e-mail, key, languages, hours, URL and constituency from our team&apos;s directory entry.</source>
        <translation>Preenche nome, endereço, fuso horário, telefones, e-mail, chave, idiomas, horário, URL e comunidade atendida a partir da entrada da nossa equipe no diretório.</translation>
    </message>
    <message>
        <source>With --language: create or edit a translation of the original in LANG.</source>
        <translation>Com --language: cria ou edita uma tradução do original em IDIOMA.</translation>
    </message>
    <message>
        <source>Make this directory entry our own team.</source>
        <translation>Torna esta entrada do diretório a nossa própria equipe.</translation>
    </message>
    <message>
        <source>The fingerprint of the team key that signs the profile.</source>
        <translation>A impressão digital da chave da equipe que assina o perfil.</translation>
    </message>
    <message>
        <source>Remove the draft of --language (a translation).</source>
        <translation>Remove o rascunho de --language (uma tradução).</translation>
    </message>
    <message>
        <source>Create or change the team profile (or a translation of it). Options apply in this order: --from, --fill-from-directory, --set.</source>
        <translation>Cria ou altera o perfil da equipe (ou uma tradução dele). As opções são aplicadas nesta ordem: --from, --fill-from-directory, --set.</translation>
    </message>
    <message>
        <source>Our team is now #%1 (%2).</source>
        <translation>Nossa equipe agora é #%1 (%2).</translation>
    </message>
    <message>
        <source>The team signing key is now %1.</source>
        <translation>A chave de assinatura da equipe agora é %1.</translation>
    </message>
    <message>
        <source>--remove needs --language.</source>
        <translation>--remove precisa de --language.</translation>
    </message>
    <message>
        <source>Removed the profile in “%1”.</source>
        <translation>Perfil em &quot;%1&quot; removido.</translation>
    </message>
    <message>
        <source>Nothing to change: give --set, --from, --fill-from-directory, --translation-of, --team or --signing-key.</source>
        <translation>Nada a alterar: informe --set, --from, --fill-from-directory, --translation-of, --team ou --signing-key.</translation>
    </message>
    <message>
        <source>--translation-of needs --language.</source>
        <translation>--translation-of precisa de --language.</translation>
    </message>
    <message>
        <source>There is no profile in “%1”; create a translation with --translation-of %2.</source>
        <translation>Não há perfil em &quot;%1&quot;; crie uma tradução com --translation-of %2.</translation>
    </message>
    <message>
        <source>No directory entry is marked as our team; choose one with “profile edit --team TEAM”.</source>
        <translation>Nenhuma entrada do diretório está marcada como nossa equipe; escolha uma com &quot;profile edit --team EQUIPE&quot;.</translation>
    </message>
    <message>
        <source>The profile in “%1” is the original, not a translation.</source>
        <translation>O perfil em &quot;%1&quot; é o original, não uma tradução.</translation>
    </message>
    <message>
        <source>Saved the profile draft (%1).</source>
        <translation>Rascunho do perfil salvo (%1).</translation>
    </message>
    <message>
        <source>Show the newest imported profile of this team, with the text that maps to no section.</source>
        <translation>Mostra o perfil importado mais recente desta equipe, com o texto que não corresponde a nenhuma seção.</translation>
    </message>
    <message>
        <source>Show the profile draft in the canonical layout (or as JSON with --json).</source>
        <translation>Mostra o rascunho do perfil no layout canônico (ou como JSON com --json).</translation>
    </message>
    <message>
        <source>No RFC 2350 profile of %1 was imported.</source>
        <translation>Nenhum perfil RFC 2350 de %1 foi importado.</translation>
    </message>
    <message>
        <source>Check the profile draft by section number: required sections, mission and constituency, the 2.8 fingerprint against the signing key, the key&apos;s expiry and revocation, e-mail addresses without a key, the Date of Last Update, https locations. Errors block signing (exit code 2); warnings do not.</source>
        <translation>Verifica o rascunho do perfil por número de seção: seções obrigatórias, missão e comunidade atendida, a impressão digital de 2.8 em relação à chave de assinatura, expiração e revogação da chave, endereços de e-mail sem chave, a data da última atualização e os locais https. Erros bloqueiam a assinatura (código de saída 2); avisos não.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the profile cannot be signed yet.</source>
        <translation>
            <numerusform>%n erro: o perfil ainda não pode ser assinado.</numerusform>
            <numerusform>%n erros: o perfil ainda não pode ser assinado.</numerusform>
        </translation>
    </message>
    <message>
        <source>text (default), html or pdf.</source>
        <translation>text (padrão), html ou pdf.</translation>
    </message>
    <message>
        <source>Write to FILE (default: standard output).</source>
        <translation>Grava em ARQUIVO (padrão: saída padrão).</translation>
    </message>
    <message>
        <source>Render this published version instead of the draft.</source>
        <translation>Gera esta versão publicada em vez do rascunho.</translation>
    </message>
    <message>
        <source>With --version: the clear-signed text exactly as published.</source>
        <translation>Com --version: o texto assinado em texto claro exatamente como publicado.</translation>
    </message>
    <message>
        <source>Render the profile: the canonical plain text (72 columns, UTF-8), HTML, or PDF.</source>
        <translation>Gera o perfil: o texto simples canônico (72 colunas, UTF-8), HTML ou PDF.</translation>
    </message>
    <message>
        <source>--format is text, html or pdf.</source>
        <translation>--format é text, html ou pdf.</translation>
    </message>
    <message>
        <source>--signed goes with --version and the text format.</source>
        <translation>--signed acompanha --version e o formato text.</translation>
    </message>
    <message>
        <source>“%1” is not a version number.</source>
        <translation>&quot;%1&quot; não é um número de versão.</translation>
    </message>
    <message>
        <source>List the published (signed) versions of the profile, newest first. &apos;profile render --version N --signed&apos; prints one as published.</source>
        <translation>Lista as versões publicadas (assinadas) do perfil, as mais recentes primeiro. &quot;profile render --version N --signed&quot; imprime uma como publicada.</translation>
    </message>
    <message>
        <source>A version number, or &apos;draft&apos;.</source>
        <translation>Um número de versão, ou &quot;draft&quot;.</translation>
    </message>
    <message>
        <source>A version number, or &apos;draft&apos; (default).</source>
        <translation>Um número de versão, ou &quot;draft&quot; (padrão).</translation>
    </message>
    <message>
        <source>Show the changes between two versions of the profile&apos;s canonical text as a unified diff.</source>
        <translation>Mostra as alterações entre duas versões do texto canônico do perfil como diff unificado.</translation>
    </message>
    <message>
        <source>“%1” is neither a version number nor &apos;draft&apos;.</source>
        <translation>&quot;%1&quot; não é um número de versão nem &quot;draft&quot;.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Nenhuma diferença.</translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, e.g. --set 3.1=&quot;Our mission&quot;.</source>
        <translation>--set aceita CHAVE=VALOR, por exemplo --set 3.1=&quot;Nossa missão&quot;.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2024-05-01.</source>
        <translation>&quot;%1&quot; não é uma data como 2024-05-01.</translation>
    </message>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>&quot;%1&quot; não é uma impressão digital OpenPGP completa.</translation>
    </message>
    <message>
        <source>A priority is PRIORITY|REACTION|HANDLING, e.g. &quot;P1|within 1 hour|within 1 day&quot;.</source>
        <translation>Uma prioridade é PRIORIDADE|REAÇÃO|TRATAMENTO, por exemplo &quot;P1|em até 1 hora|em até 1 dia&quot;.</translation>
    </message>
    <message>
        <source>“%1” is neither an RFC 2350 section number nor one of title, last-update, locations, fingerprint, languages, hours, priority, tlp, original-url.</source>
        <translation>&quot;%1&quot; não é um número de seção RFC 2350 nem um de title, last-update, locations, fingerprint, languages, hours, priority, tlp, original-url.</translation>
    </message>
    <message>
        <source>There is no team profile yet; create one with “profile edit”.</source>
        <translation>Ainda não há perfil da equipe; crie um com &quot;profile edit&quot;.</translation>
    </message>
    <message>
        <source>There is no profile in “%1”.</source>
        <translation>Não há perfil em &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileConstituency</name>
    <message>
        <source>“%1”: %2</source>
        <extracomment>%1 is a piece of text from section 3.2 of an RFC 2350 document, %2 why it was not taken</extracomment>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a range of AS numbers; list each AS number on its own.</source>
        <translation>um intervalo de números de AS; liste cada número de AS separadamente.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileFiller</name>
    <message>
        <source>%1 (emergency)</source>
        <translation>%1 (emergência)</translation>
    </message>
    <message>
        <source>%1 (out of band)</source>
        <translation>%1 (fora de banda)</translation>
    </message>
    <message>
        <source>RFC 2350 description of %1</source>
        <translation>Descrição RFC 2350 de %1</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>We handle incidents of every class of the Reference Security Incident Taxonomy:</source>
        <translation>Tratamos incidentes de todas as classes da Reference Security Incident Taxonomy:</translation>
    </message>
</context>
<context>
    <name>fb::ProfileImporter</name>
    <message>
        <source>The signature of %1 is bad: the document was changed after it was signed. Nothing was imported.</source>
        <translation>A assinatura de %1 é inválida: o documento foi alterado depois de assinado. Nada foi importado.</translation>
    </message>
    <message>
        <source>The document names no team in section 2.1.</source>
        <translation>O documento não nomeia nenhuma equipe na seção 2.1.</translation>
    </message>
    <message>
        <source>The imported team was not stored.</source>
        <translation>A equipe importada não foi armazenada.</translation>
    </message>
    <message>
        <source>%1, section %2</source>
        <extracomment>%1 is a file name, %2 an RFC 2350 section number such as 2.7</extracomment>
        <translation>%1, seção %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Não importado: %1</translation>
    </message>
    <message>
        <source>This import held back no key.</source>
        <translation>Esta importação não reteve nenhuma chave.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileJson</name>
    <message>
        <source>“%1” must be a list of texts.</source>
        <translation>&quot;%1&quot; deve ser uma lista de textos.</translation>
    </message>
    <message>
        <source>“%1” must be a text.</source>
        <translation>&quot;%1&quot; deve ser um texto.</translation>
    </message>
    <message>
        <source>“%1” is not a full OpenPGP fingerprint.</source>
        <translation>&quot;%1&quot; não é uma impressão digital OpenPGP completa.</translation>
    </message>
    <message>
        <source>“%1” must be a date such as 2024-05-01.</source>
        <translation>&quot;%1&quot; deve ser uma data como 2024-05-01.</translation>
    </message>
    <message>
        <source>“%1” must be a list of objects.</source>
        <translation>&quot;%1&quot; deve ser uma lista de objetos.</translation>
    </message>
    <message>
        <source>Each entry of “%1” needs a “priority”, a “reaction” and a “handling” text.</source>
        <translation>Cada entrada de &quot;%1&quot; precisa de um texto &quot;priority&quot;, &quot;reaction&quot; e &quot;handling&quot;.</translation>
    </message>
    <message>
        <source>“%1” must map section numbers to texts.</source>
        <translation>&quot;%1&quot; deve mapear números de seção para textos.</translation>
    </message>
    <message>
        <source>“%1” is not a section of RFC 2350.</source>
        <translation>&quot;%1&quot; não é uma seção da RFC 2350.</translation>
    </message>
    <message>
        <source>“%1” is not a field of a team profile.</source>
        <translation>&quot;%1&quot; não é um campo de um perfil de equipe.</translation>
    </message>
    <message>
        <source>The profile is not valid JSON: %1.</source>
        <translation>O perfil não é um JSON válido: %1.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>posição %1</translation>
    </message>
    <message>
        <source>The profile must be a JSON object.</source>
        <translation>O perfil deve ser um objeto JSON.</translation>
    </message>
    <message>
        <source>offset 0</source>
        <translation>posição 0</translation>
    </message>
</context>
<context>
    <name>fb::ProfileLint</name>
    <message>
        <source>The mission statement (3.1) is empty.</source>
        <translation>A declaração de missão (3.1) está vazia.</translation>
    </message>
    <message>
        <source>The constituency (3.2) is empty.</source>
        <translation>A comunidade atendida (3.2) está vazia.</translation>
    </message>
    <message>
        <source>The required section %1 “%2” is missing or empty.</source>
        <translation>A seção obrigatória %1 &quot;%2&quot; está ausente ou vazia.</translation>
    </message>
    <message>
        <source>The Date of Last Update (%1) is older than the newest change (%2); it is set anew when the profile is signed.</source>
        <translation>A data da última atualização (%1) é anterior à alteração mais recente (%2); ela é definida de novo quando o perfil é assinado.</translation>
    </message>
    <message>
        <source>“%1” is not an https URL; publish the document where readers can check where it came from.</source>
        <translation>&quot;%1&quot; não é uma URL https; publique o documento onde os leitores possam verificar de onde ele veio.</translation>
    </message>
    <message>
        <source>Section 2.8 names no key fingerprint; the key that will sign is %1.</source>
        <translation>A seção 2.8 não indica nenhuma impressão digital de chave; a chave que vai assinar é %1.</translation>
    </message>
    <message>
        <source>The fingerprint in 2.8 (%1) is not that of the key that will sign (%2).</source>
        <translation>A impressão digital em 2.8 (%1) não é a da chave que vai assinar (%2).</translation>
    </message>
    <message>
        <source>The signing key %1 is not in the GnuPG home.</source>
        <translation>A chave de assinatura %1 não está no diretório base do GnuPG.</translation>
    </message>
    <message>
        <source>The signing key: %1</source>
        <translation>A chave de assinatura: %1</translation>
    </message>
    <message>
        <source>The secret part of the signing key %1 is not available.</source>
        <translation>A parte secreta da chave de assinatura %1 não está disponível.</translation>
    </message>
    <message>
        <source>No OpenPGP key is known for %1; partners cannot write to it encrypted.</source>
        <translation>Nenhuma chave OpenPGP é conhecida para %1; os parceiros não podem escrever para ele de forma criptografada.</translation>
    </message>
    <message>
        <source>No team signing key is chosen, and no key is linked to our team&apos;s directory entry.</source>
        <translation>Nenhuma chave de assinatura da equipe foi escolhida, e nenhuma chave está vinculada à entrada da nossa equipe no diretório.</translation>
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
        <translation>O perfil original ou uma de suas traduções</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Fill from directory</source>
        <translation>P&amp;reencher a partir do diretório</translation>
    </message>
    <message>
        <source>Take name, addresses, phone numbers, key and languages from our team&apos;s directory entry</source>
        <translation>Usar nome, endereços, telefones, chave e idiomas da entrada da nossa equipe no diretório</translation>
    </message>
    <message>
        <source>Sign and &amp;publish…</source>
        <translation>Assinar e &amp;publicar…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>&amp;Versões…</translation>
    </message>
    <message>
        <source>Sections (RFC 2350)</source>
        <translation>Seções (RFC 2350)</translation>
    </message>
    <message>
        <source>Dates, locations, the key fingerprint, languages and service levels come from the directory (Fill from directory) and show in the preview.</source>
        <translation>Datas, locais, a impressão digital da chave, idiomas e níveis de serviço vêm do diretório (Preencher a partir do diretório) e aparecem na pré-visualização.</translation>
    </message>
    <message>
        <source>Errors block signing; warnings do not. Activate a finding to go to its section.</source>
        <translation>Erros impedem a assinatura; avisos não. Ative uma constatação para ir à sua seção.</translation>
    </message>
    <message>
        <source>Required: the lint reports it when it is empty.</source>
        <translation>Obrigatória: a validação a aponta quando está vazia.</translation>
    </message>
    <message>
        <source>%1 (original)</source>
        <translation>%1 (original)</translation>
    </message>
    <message>
        <source>%1 (translation)</source>
        <translation>%1 (tradução)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>The team key could not be checked: %1</source>
        <translation>Não foi possível verificar a chave da equipe: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erro: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Error in %1: %2</source>
        <translation>Erro em %1: %2</translation>
    </message>
    <message>
        <source>Warning in %1: %2</source>
        <translation>Aviso em %1: %2</translation>
    </message>
    <message>
        <source>No findings: the profile is ready to sign.</source>
        <translation>Nenhuma constatação: o perfil está pronto para assinar.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Não salvo: %1</translation>
    </message>
    <message>
        <source>Saved the profile draft.</source>
        <translation>O rascunho do perfil foi salvo.</translation>
    </message>
    <message>
        <source>No directory entry is marked as our team; choose one in the directory first.</source>
        <translation>Nenhuma entrada do diretório está marcada como nossa equipe; escolha uma primeiro no diretório.</translation>
    </message>
    <message>
        <source>Filled from our directory entry “%1”; check the sections and save.</source>
        <translation>Preenchido a partir da nossa entrada no diretório “%1”; confira as seções e salve.</translation>
    </message>
    <message>
        <source>Signing and publishing…</source>
        <translation>Assinando e publicando…</translation>
    </message>
    <message>
        <source>Version %1 was signed and kept, but the files were not written: %2</source>
        <translation>A versão %1 foi assinada e guardada, mas os arquivos não foram gravados: %2</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Não publicado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Signed version %1 and wrote %n file(s) to %2.</source>
        <translation>
            <numerusform>Versão %1 assinada e %n arquivo gravado em %2.</numerusform>
            <numerusform>Versão %1 assinada e %n arquivos gravados em %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The PDF was not written: %2</source>
        <translation>%1 O PDF não foi gravado: %2</translation>
    </message>
    <message>
        <source>Choose the team key in the directory first.</source>
        <translation>Escolha primeiro a chave da equipe no diretório.</translation>
    </message>
    <message>
        <source>The lint reports errors: fix them first, errors block signing.</source>
        <translation>A validação aponta erros: corrija-os primeiro, erros impedem a assinatura.</translation>
    </message>
    <message>
        <source>Sign with the team key and write the files to a folder</source>
        <translation>Assinar com a chave da equipe e gravar os arquivos numa pasta</translation>
    </message>
    <message>
        <source>New &amp;translation…</source>
        <translation>Nova &amp;tradução…</translation>
    </message>
    <message>
        <source>Start a translation of the profile as a copy of the original</source>
        <translation>Começar uma tradução do perfil como cópia do original</translation>
    </message>
    <message>
        <source>There is no profile to translate yet; write the original first.</source>
        <translation>Ainda não há perfil para traduzir; escreva primeiro o original.</translation>
    </message>
    <message>
        <source>The profile already has a version in “%1”.</source>
        <translation>O perfil já tem uma versão em “%1”.</translation>
    </message>
    <message>
        <source>No translation created: %1</source>
        <translation>Nenhuma tradução criada: %1</translation>
    </message>
    <message>
        <source>Created the translation into “%1” as a copy of the original.</source>
        <translation>Tradução para “%1” criada como cópia do original.</translation>
    </message>
    <message>
        <source>Choose one in Team → Settings (Team signing key), or import our key for our team in Team → Directory (Import key…).</source>
        <extracomment>Where the window chooses the team signing key, or links a key to our team</extracomment>
        <translation>Escolha uma em Equipe → Configurações (Chave de assinatura da equipe) ou importe a nossa chave para a nossa equipe em Equipe → Diretório (Importar chave…).</translation>
    </message>
</context>
<context>
    <name>fb::ProfileParser</name>
    <message>
        <source>This is not an RFC 2350 document: none of its lines is a heading such as “2.1 Name of the Team”.</source>
        <translation>Este não é um documento RFC 2350: nenhuma de suas linhas é um título como &quot;2.1 Name of the Team&quot;.</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>linha 1</translation>
    </message>
</context>
<context>
    <name>fb::ProfilePublishCommands</name>
    <message>
        <source>%1 is not signed.</source>
        <translation>%1 não está assinado.</translation>
    </message>
    <message>
        <source>The signature of %1 is bad: the text was changed after signing.</source>
        <translation>A assinatura de %1 é inválida: o texto foi alterado depois da assinatura.</translation>
    </message>
    <message>
        <source>%1 is signed by another key than the one its section 2.8 names.</source>
        <translation>%1 foi assinado por uma chave diferente da indicada na seção 2.8.</translation>
    </message>
    <message>
        <source>Write the clear-signed text to FILE (default: standard output).</source>
        <translation>Grava o texto assinado em texto claro em ARQUIVO (padrão: saída padrão).</translation>
    </message>
    <message>
        <source>Set the Date of Last Update to today, lint (errors stop here), clear-sign the canonical text with the team key from your GnuPG home and keep it as the next version. Stock &apos;gpg --verify&apos; checks the result.</source>
        <translation>Define a data da última atualização como hoje, valida (erros param aqui), assina em texto claro o texto canônico com a chave da equipe do seu diretório base do GnuPG e o guarda como a próxima versão. Um &quot;gpg --verify&quot; comum verifica o resultado.</translation>
    </message>
    <message>
        <source>Signed version %1 of the profile (%2) with %3; written to %4.</source>
        <translation>Versão %1 do perfil (%2) assinada com %3; gravada em %4.</translation>
    </message>
    <message>
        <source>The RFC 2350 document (&apos;-&apos; for standard input).</source>
        <translation>O documento RFC 2350 (&quot;-&quot; para a entrada padrão).</translation>
    </message>
    <message>
        <source>Check a clear-signed RFC 2350 document: signer, fingerprint, date, validity, and whether the signer is the key the document names in 2.8. Keys come from the workspace keyring, else from your GnuPG home. Exit code 0 only for a valid signature by that key; 2 for a bad or missing signature; 3 for a missing, expired or revoked key or another signer.</source>
        <translation>Verifica um documento RFC 2350 assinado em texto claro: signatário, impressão digital, data, validade e se o signatário é a chave que o documento indica em 2.8. As chaves vêm do chaveiro do espaço de trabalho; senão, do seu diretório base do GnuPG. Código de saída 0 só para uma assinatura válida dessa chave; 2 para uma assinatura inválida ou ausente; 3 para uma chave ausente, expirada ou revogada, ou outro signatário.</translation>
    </message>
    <message>
        <source>Expiry date (yyyy-mm-dd, UTC end of day); default: in %1 days.</source>
        <translation>Data de expiração (aaaa-mm-dd, fim do dia em UTC); padrão: daqui a %1 dias.</translation>
    </message>
    <message>
        <source>The URL the file is published at (default: from the first https location in 1.3).</source>
        <translation>A URL em que o arquivo é publicado (padrão: o primeiro local https em 1.3).</translation>
    </message>
    <message>
        <source>The policy URL (default: the RFC 2350 document&apos;s first https location).</source>
        <translation>A URL da política (padrão: o primeiro local https do documento RFC 2350).</translation>
    </message>
    <message>
        <source>Where the key is (default: openpgp4fpr: with the 2.8 fingerprint).</source>
        <translation>Onde está a chave (padrão: openpgp4fpr: com a impressão digital de 2.8).</translation>
    </message>
    <message>
        <source>Clear-sign the file with the team key.</source>
        <translation>Assina o arquivo em texto claro com a chave da equipe.</translation>
    </message>
    <message>
        <source>Write to FILE (default: standard output).</source>
        <translation>Grava em ARQUIVO (padrão: saída padrão).</translation>
    </message>
    <message>
        <source>Lint this security.txt (signed or not) instead of writing one.</source>
        <translation>Valida este security.txt (assinado ou não) em vez de gravar um.</translation>
    </message>
    <message>
        <source>Write an RFC 9116 security.txt from the profile (Contact, Expires, Encryption, Preferred-Languages, Canonical, Policy), checked against RFC 9116&apos;s rules, or lint an existing one with --lint.</source>
        <translation>Grava um security.txt RFC 9116 a partir do perfil (Contact, Expires, Encryption, Preferred-Languages, Canonical, Policy), verificado segundo as regras da RFC 9116, ou valida um existente com --lint.</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Assinatura: %1</translation>
    </message>
    <message>
        <source>The signature of the security.txt is bad.</source>
        <translation>A assinatura do security.txt é inválida.</translation>
    </message>
    <message>
        <source>The security.txt does not meet RFC 9116.</source>
        <translation>O security.txt não atende à RFC 9116.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-12-31.</source>
        <translation>&quot;%1&quot; não é uma data como 2026-12-31.</translation>
    </message>
    <message>
        <source>No team signing key is chosen; choose one with “profile edit --signing-key”.</source>
        <translation>Nenhuma chave de assinatura da equipe foi escolhida; escolha uma com &quot;profile edit --signing-key&quot;.</translation>
    </message>
    <message>
        <source>Another team&apos;s RFC 2350 document, plain or clear-signed.</source>
        <translation>O documento RFC 2350 de outra equipe, simples ou assinado em texto claro.</translation>
    </message>
    <message>
        <source>Link the key named in 2.8 even though another key signed the document (after you checked the signer with the team).</source>
        <translation>Vincula a chave indicada em 2.8 mesmo que outra chave tenha assinado o documento (depois de você ter verificado o signatário com a equipe).</translation>
    </message>
    <message>
        <source>Read another team&apos;s RFC 2350 document (numbered or not, plain text or Markdown, plain or clear-signed), check its signature (workspace keyring, else your GnuPG home), and create or update that team&apos;s directory entry. Edits you made to the entry are kept; text that maps to no section stays attached (&apos;profile show --team&apos;). A bad signature imports nothing. A document signed by another key than the one its 2.8 names is imported without linking that key (exit code 3) unless --accept-signer is given.</source>
        <translation>Lê o documento RFC 2350 de outra equipe (numerado ou não, texto simples ou Markdown, simples ou assinado em texto claro), verifica sua assinatura (chaveiro do espaço de trabalho; senão, seu diretório base do GnuPG) e cria ou atualiza a entrada dessa equipe no diretório. As edições que você fez na entrada são mantidas; o texto que não corresponde a nenhuma seção fica anexado (&quot;profile show --team&quot;). Uma assinatura inválida não importa nada. Um documento assinado por uma chave diferente da indicada em sua seção 2.8 é importado sem vincular essa chave (código de saída 3), a menos que --accept-signer seja informado.</translation>
    </message>
    <message>
        <source>%1 is signed by another key than the team&apos;s own key named in its section 2.8: the team was imported, that key was not linked. Check the signer with the team, then import again with --accept-signer to link it.</source>
        <translation>%1 está assinado por uma chave diferente da própria chave da equipe indicada em sua seção 2.8: a equipe foi importada, essa chave não foi vinculada. Verifique o signatário com a equipe e importe novamente com --accept-signer para vinculá-la.</translation>
    </message>
</context>
<context>
    <name>fb::ProfilePublishDialog</name>
    <message>
        <source>Sign and publish the team profile</source>
        <translation>Assinar e publicar o perfil da equipe</translation>
    </message>
    <message>
        <source>The profile is signed with the team key and kept as a new version. The signed text, HTML, PDF and a signed security.txt are written to the folder.</source>
        <translation>O perfil é assinado com a chave da equipe e guardado como nova versão. O texto assinado, HTML, PDF e um security.txt assinado são gravados na pasta.</translation>
    </message>
    <message>
        <source>Team key:</source>
        <translation>Chave da equipe:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>Sign and publish</source>
        <translation>Assinar e publicar</translation>
    </message>
    <message>
        <source>Publish the team profile to</source>
        <translation>Publicar o perfil da equipe em</translation>
    </message>
</context>
<context>
    <name>fb::ProfilePublisher</name>
    <message>
        <source>There is no team profile yet; create one with “profile edit”.</source>
        <translation>Ainda não há perfil da equipe; crie um com &quot;profile edit&quot;.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>A pasta &quot;%1&quot; não existe.</translation>
    </message>
    <message>
        <source>There is no team key to sign with; choose one in the directory.</source>
        <translation>Não há chave da equipe para assinar; escolha uma no diretório.</translation>
    </message>
    <message>
        <source>Checking the profile</source>
        <translation>Verificando o perfil</translation>
    </message>
    <message>
        <source>There is no saved profile to sign.</source>
        <translation>Não há perfil salvo para assinar.</translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was written.</source>
        <translation>A publicação foi cancelada; nada foi gravado.</translation>
    </message>
    <message>
        <source>Signing the profile with the team key</source>
        <translation>Assinando o perfil com a chave da equipe</translation>
    </message>
    <message>
        <source>Signing the security.txt</source>
        <translation>Assinando o security.txt</translation>
    </message>
    <message>
        <source>Writing the files</source>
        <translation>Gravando os arquivos</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>fb::ProfileRenderer</name>
    <message>
        <source>This document is a translation. Only the original language version is binding; in case of doubt, refer to it.</source>
        <translation>Este documento é uma tradução. Só a versão no idioma original é vinculante; em caso de dúvida, consulte-a.</translation>
    </message>
    <message>
        <source>RFC 2350 description of %1</source>
        <translation>Descrição RFC 2350 de %1</translation>
    </message>
</context>
<context>
    <name>fb::ProfileSigner</name>
    <message>
        <source>Checking the profile</source>
        <translation>Verificando o perfil</translation>
    </message>
    <message>
        <source>There is no team profile yet; create one with “profile edit”.</source>
        <translation>Ainda não há perfil da equipe; crie um com &quot;profile edit&quot;.</translation>
    </message>
    <message>
        <source>There is no profile in “%1”.</source>
        <translation>Não há perfil em &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The profile cannot be signed: %1</source>
        <translation>O perfil não pode ser assinado: %1</translation>
    </message>
    <message>
        <source>Signing was cancelled.</source>
        <translation>A assinatura foi cancelada.</translation>
    </message>
    <message>
        <source>Signing the profile</source>
        <translation>Assinando o perfil</translation>
    </message>
    <message>
        <source>Saving the version</source>
        <translation>Salvando a versão</translation>
    </message>
</context>
<context>
    <name>fb::ProfileStore</name>
    <message>
        <source>The stored profile is damaged: %1</source>
        <translation>O perfil armazenado está danificado: %1</translation>
    </message>
    <message>
        <source>A profile needs the language it is written in.</source>
        <translation>Um perfil precisa do idioma em que está escrito.</translation>
    </message>
    <message>
        <source>A translation needs the original profile in “%1”; the original is in “%2”.</source>
        <translation>Uma tradução precisa do perfil original em &quot;%1&quot;; o original está em &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(nenhum ainda)</translation>
    </message>
    <message>
        <source>A translation cannot be in the language of its original.</source>
        <translation>Uma tradução não pode estar no idioma do seu original.</translation>
    </message>
    <message>
        <source>The original profile is in “%1”; a profile in “%2” must be saved as a translation of it.</source>
        <translation>O perfil original está em &quot;%1&quot;; um perfil em &quot;%2&quot; deve ser salvo como tradução dele.</translation>
    </message>
    <message>
        <source>There is no profile in “%1”.</source>
        <translation>Não há perfil em &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The original profile still has translations; remove them first.</source>
        <translation>O perfil original ainda tem traduções; remova-as primeiro.</translation>
    </message>
    <message>
        <source>The profile has no version %1.</source>
        <translation>O perfil não tem a versão %1.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileTranslationDialog</name>
    <message>
        <source>New translation of the team profile</source>
        <translation>Nova tradução do perfil da equipe</translation>
    </message>
    <message>
        <source>The translation starts as a copy of the original. Its renderings say that only the original language version is binding.</source>
        <translation>A tradução começa como cópia do original. Suas versões geradas informam que apenas a versão no idioma original é vinculante.</translation>
    </message>
    <message>
        <source>A language code such as de or pt-BR; any code can be typed in</source>
        <translation>Um código de idioma como de ou pt-BR; qualquer código pode ser digitado</translation>
    </message>
    <message>
        <source>&amp;Language code:</source>
        <translation>Código do &amp;idioma:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
</context>
<context>
    <name>fb::ProfileVerifier</name>
    <message>
        <source>Whether the signer is the key the profile names in 2.8 cannot be told.</source>
        <translation>Não é possível dizer se o signatário é a chave que o perfil indica em 2.8.</translation>
    </message>
    <message>
        <source>The signer is the key the profile names in 2.8.</source>
        <translation>O signatário é a chave que o perfil indica em 2.8.</translation>
    </message>
    <message>
        <source>The signer is NOT the team&apos;s own key: the document is signed by %1, but its section 2.8 names %2.</source>
        <extracomment>%1 and %2 are OpenPGP fingerprints</extracomment>
        <translation>O signatário NÃO é a própria chave da equipe: o documento está assinado por %1, mas sua seção 2.8 indica %2.</translation>
    </message>
    <message>
        <source>The profile names no key in 2.8, so the signer cannot be checked against the team&apos;s own key.</source>
        <translation>O perfil não indica nenhuma chave em 2.8, então o signatário não pode ser comparado com a própria chave da equipe.</translation>
    </message>
</context>
<context>
    <name>fb::ProfileVersionsDialog</name>
    <message>
        <source>Team profile versions</source>
        <translation>Versões do perfil da equipe</translation>
    </message>
    <message>
        <source>Version %1, %2, signed by %3</source>
        <translation>Versão %1, %2, assinada por %3</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>&amp;Anterior:</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>P&amp;osterior:</translation>
    </message>
    <message>
        <source>No version of the profile has been published yet.</source>
        <translation>Nenhuma versão do perfil foi publicada ainda.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versão %1</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>As duas versões têm o mesmo texto.</translation>
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
        <translation>Nenhum problema encontrado.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SEVERIDADE</translation>
    </message>
    <message>
        <source>SECTION</source>
        <translation>SEÇÃO</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>PROBLEMA</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Assinatura: %1</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Signatário: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Impressão digital: %1</translation>
    </message>
    <message>
        <source>Signed: %1</source>
        <translation>Assinado: %1</translation>
    </message>
    <message>
        <source>Date of Last Update: %1</source>
        <translation>Data da última atualização: %1</translation>
    </message>
    <message>
        <source>Key named in 2.8: %1</source>
        <translation>Chave indicada em 2.8: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>The signed text is not an RFC 2350 document: %1</source>
        <translation>O texto assinado não é um documento RFC 2350: %1</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSÃO</translation>
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
        <translation>DATA DA ÚLTIMA ATUALIZAÇÃO</translation>
    </message>
    <message>
        <source>SIGNER</source>
        <translation>SIGNATÁRIO</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>POR</translation>
    </message>
    <message>
        <source>Added team #%1 (%2).</source>
        <translation>Equipe #%1 adicionada (%2).</translation>
    </message>
    <message>
        <source>Updated team #%1 (%2).</source>
        <translation>Equipe #%1 atualizada (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the document map to no RFC 2350 section; they are kept with the import (profile show --team).</source>
        <translation>
            <numerusform>%n parte do documento não corresponde a nenhuma seção da RFC 2350; ela é mantida com a importação (profile show --team).</numerusform>
            <numerusform>%n partes do documento não correspondem a nenhuma seção da RFC 2350; elas são mantidas com a importação (profile show --team).</numerusform>
        </translation>
    </message>
    <message>
        <source>[Not mapped to RFC 2350] %1</source>
        <translation>[Sem correspondência na RFC 2350] %1</translation>
    </message>
    <message>
        <source>The key named in 2.8 (%1) was NOT linked to the team.</source>
        <translation>A chave indicada em 2.8 (%1) NÃO foi vinculada à equipe.</translation>
    </message>
    <message>
        <source>Constituency (3.2), not taken: %1</source>
        <translation>Comunidade atendida (3.2), não aceita: %1</translation>
    </message>
    <message>
        <source>You accepted the signer: the key named in 2.8 is linked to the team.</source>
        <translation>Você aceitou o signatário: a chave indicada em 2.8 está vinculada à equipe.</translation>
    </message>
    <message>
        <source>Choose one with “profile edit --signing-key”.</source>
        <translation>Escolha uma com &quot;profile edit --signing-key&quot;.</translation>
    </message>
</context>
<context>
    <name>fb::PublicSuffix</name>
    <message>
        <source>%1 is under “.%2”, a special-use name for documentation, tests or private networks: it does not resolve in the public DNS.</source>
        <extracomment>%1 is a domain name, %2 the special-use suffix it ends in, such as &quot;example&quot; or &quot;internal&quot;</extracomment>
        <translation>%1 está sob &quot;.%2&quot;, um nome de uso especial para documentação, testes ou redes privadas: ele não é resolvido no DNS público.</translation>
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
        <translation>Provisório (mais por vir)</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Publish as</source>
        <translation>Publicar como</translation>
    </message>
    <message>
        <source>What changed in this revision</source>
        <translation>O que mudou nesta revisão</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Clear-sign the text with the team key</source>
        <translation>Assinar o texto em texto claro com a chave da equipe</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Write the files into</source>
        <translation>Gravar os arquivos em</translation>
    </message>
    <message>
        <source>Our team has no signing key chosen: choose it in Team → Settings, then publish again to sign.</source>
        <translation>Nossa equipe não tem chave de assinatura escolhida: escolha-a em Equipe → Configurações e publique novamente para assinar.</translation>
    </message>
</context>
<context>
    <name>fb::QueuePage</name>
    <message>
        <source>Any TLP</source>
        <translation>Qualquer TLP</translation>
    </message>
    <message>
        <source>Any class</source>
        <translation>Qualquer classe</translation>
    </message>
    <message>
        <source>Search: words, ip:192.0.2.0/24, domain:, cve:, owner:me, tlp:red…</source>
        <translation>Pesquisar: palavras, ip:192.0.2.0/24, domain:, cve:, owner:me, tlp:red…</translation>
    </message>
    <message>
        <source>Free words search titles and descriptions. Typed terms: %1.</source>
        <translation>Palavras livres pesquisam títulos e descrições. Termos tipados: %1.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer um</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Eu (%1)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualquer estado</translation>
    </message>
    <message>
        <source>Search not understood: %1</source>
        <translation>Pesquisa não compreendida: %1</translation>
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
        <translation>Ir para o ticket: digite o número e pressione Enter</translation>
    </message>
    <message>
        <source>There is no ticket #%1.</source>
        <translation>Não há nenhum ticket #%1.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>Ticket #%1: %2</translation>
    </message>
    <message>
        <source>Press Enter to open ticket #%1.</source>
        <translation>Pressione Enter para abrir o ticket #%1.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Keep this search under Saved searches</source>
        <translation>Guardar esta pesquisa em Pesquisas salvas</translation>
    </message>
    <message>
        <source>Type a search first; it is the search box&apos;s text that is kept.</source>
        <translation>Digite uma pesquisa primeiro; é o texto da caixa de pesquisa que fica guardado.</translation>
    </message>
    <message>
        <source>No tickets match</source>
        <translation>Nenhum ticket corresponde</translation>
    </message>
    <message>
        <source>Try other words, or fewer filters.</source>
        <translation>Tente outras palavras ou menos filtros.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Limpar pesquisa e filtros</translation>
    </message>
    <message>
        <source>No reports</source>
        <translation>Nenhuma notificação</translation>
    </message>
    <message>
        <source>Reports arrive with mail: import it with File → Import mail files… (or drop mail files on the window).</source>
        <translation>As notificações chegam por e-mail: importe os e-mails com Arquivo → Importar arquivos de e-mail… (ou solte arquivos de e-mail na janela).</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>Nenhum incidente</translation>
    </message>
    <message>
        <source>An incident is opened from a report in Triage, or with File → New ticket…</source>
        <translation>Um incidente é aberto a partir de uma notificação na Triagem ou com Arquivo → Novo ticket…</translation>
    </message>
    <message>
        <source>No investigations</source>
        <translation>Nenhuma investigação</translation>
    </message>
    <message>
        <source>An investigation is launched from an incident (Ticket → Launch investigation…).</source>
        <translation>Uma investigação é iniciada a partir de um incidente (Ticket → Iniciar investigação…).</translation>
    </message>
    <message>
        <source>No countermeasures</source>
        <translation>Nenhuma contramedida</translation>
    </message>
    <message>
        <source>A countermeasure is launched from an incident (Ticket → Launch countermeasure…).</source>
        <translation>Uma contramedida é iniciada a partir de um incidente (Ticket → Iniciar contramedida…).</translation>
    </message>
</context>
<context>
    <name>fb::QuotedText</name>
    <message numerus="yes">
        <source>[%n quoted line(s) hidden]</source>
        <translation>
            <numerusform>[%n linha citada oculta]</numerusform>
            <numerusform>[%n linhas citadas ocultas]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::ReplyAllDialog</name>
    <message>
        <source>Reply to all reporters of incident %1</source>
        <translation>Responder a todos os notificantes do incidente %1</translation>
    </message>
    <message>
        <source>&amp;Reporters (one reply each, on their newest report; untick to leave one out):</source>
        <translation>&amp;Notificantes (uma resposta cada, na notificação mais recente dele; desmarque para deixar um de fora):</translation>
    </message>
    <message>
        <source>&amp;Text ({greeting}, {reporter}, {ticket}, {title}, {tlp} and {team} are filled in for each reporter; the answered message is quoted below):</source>
        <translation>&amp;Texto ({greeting}, {reporter}, {ticket}, {title}, {tlp} e {team} são preenchidos para cada notificante; a mensagem respondida é citada abaixo):</translation>
    </message>
    <message>
        <source>&amp;Sign with the team key</source>
        <translation>&amp;Assinar com a chave da equipe</translation>
    </message>
    <message>
        <source>There is no team key: choose one in Settings to sign.</source>
        <translation>Não há chave da equipe: escolha uma em Configurações para assinar.</translation>
    </message>
    <message>
        <source>&amp;Write replies</source>
        <translation>&amp;Gravar respostas</translation>
    </message>
    <message>
        <source>Finding the reporters and their keys…</source>
        <translation>Procurando os notificantes e as chaves deles…</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>criptografada</translation>
    </message>
    <message>
        <source>not encrypted (key: %1)</source>
        <translation>não criptografada (chave: %1)</translation>
    </message>
    <message>
        <source>%1 — reports %2 — refused: %3</source>
        <translation>%1 — notificações %2 — recusada: %3</translation>
    </message>
    <message>
        <source>%1 — reports %2 — %3</source>
        <translation>%1 — notificações %2 — %3</translation>
    </message>
    <message>
        <source>Incident #%1 has no reporter with an address.</source>
        <translation>O incidente #%1 não tem nenhum notificante com endereço.</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n reply(ies)…</source>
        <translation>
            <numerusform>Gravando %n resposta…</numerusform>
            <numerusform>Gravando %n respostas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no reply was stored.</source>
        <translation>Cancelado: nenhuma resposta foi armazenada.</translation>
    </message>
</context>
<context>
    <name>fb::ReportCommands</name>
    <message>
        <source>Write the report on one constituency (or all) for a date range, as RTIR&apos;s periodic report: incident reports received, incidents opened, resolved and still open at the end of the range, incidents by RSIT class and type, reports by reporter type, the median and 90th percentile (nearest rank) of the time to first response and to resolution, and SLA breaches. Days are UTC, both included. The report holds counts only, labelled TLP:AMBER. Without --out, text, html and csv are printed.</source>
        <translation>Grava o relatório de uma comunidade atendida (ou de todas) para um intervalo de datas, como o relatório periódico do RTIR: notificações de incidente recebidas, incidentes abertos, resolvidos e ainda abertos no fim do intervalo, incidentes por classe e tipo RSIT, notificações por tipo de notificante, a mediana e o percentil 90 (posição mais próxima) do tempo até a primeira resposta e até a resolução, e as violações de SLA. Os dias são em UTC, ambos incluídos. O relatório contém somente contagens, com o rótulo TLP:AMBER. Sem --out, text, html e csv são impressos.</translation>
    </message>
    <message>
        <source>The first day, such as 2026-01-01.</source>
        <translation>O primeiro dia, como 2026-01-01.</translation>
    </message>
    <message>
        <source>The last day (included).</source>
        <translation>O último dia (incluído).</translation>
    </message>
    <message>
        <source>Only tickets of this constituency (default: all).</source>
        <translation>Somente tickets desta comunidade atendida (padrão: todas).</translation>
    </message>
    <message>
        <source>text, html, pdf or csv.</source>
        <translation>text, html, pdf ou csv.</translation>
    </message>
    <message>
        <source>The file to write (needed for pdf).</source>
        <translation>O arquivo a gravar (necessário para pdf).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Substitui ARQUIVO se ele existir.</translation>
    </message>
    <message>
        <source>Give the range with --from DATE and --to DATE.</source>
        <translation>Informe o intervalo com --from DATA e --to DATA.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 é posterior a --to %2.</translation>
    </message>
    <message>
        <source>Give --format text, html, pdf or csv.</source>
        <translation>Informe --format text, html, pdf ou csv.</translation>
    </message>
    <message>
        <source>PDF needs a file: name it with --out FILE.</source>
        <translation>PDF precisa de um arquivo: indique-o com --out ARQUIVO.</translation>
    </message>
    <message>
        <source>PDF output needs the graphical runtime, which did not start.</source>
        <translation>A saída em PDF precisa do ambiente gráfico, que não foi iniciado.</translation>
    </message>
    <message>
        <source>Constituency report written to %1.</source>
        <translation>Relatório da comunidade atendida gravado em %1.</translation>
    </message>
    <message>
        <source>“%1” is not a date such as 2026-01-31.</source>
        <translation>&quot;%1&quot; não é uma data como 2026-01-31.</translation>
    </message>
</context>
<context>
    <name>fb::ReportedMessage</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Reported message</source>
        <translation>Mensagem notificada</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Assunto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more message(s) in the ticket&apos;s correspondence.</source>
        <translation>
            <numerusform>Mais %n mensagem na correspondência do ticket.</numerusform>
            <numerusform>Mais %n mensagens na correspondência do ticket.</numerusform>
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
        <translation>Notificante reconhecido pela chave de assinatura: %1 (pessoa %2).</translation>
    </message>
    <message>
        <source>Reporter recognised by signing key: %1 (team %2).</source>
        <translation>Notificante reconhecido pela chave de assinatura: %1 (equipe %2).</translation>
    </message>
    <message>
        <source>Reporter recognised by address: %1 (person %2).</source>
        <translation>Notificante reconhecido pelo endereço: %1 (pessoa %2).</translation>
    </message>
    <message>
        <source>Reporter recognised by address: %1 (team %2).</source>
        <translation>Notificante reconhecido pelo endereço: %1 (equipe %2).</translation>
    </message>
</context>
<context>
    <name>fb::ReporterReplies</name>
    <message>
        <source>Ticket #%1 is no incident: only an incident&apos;s reporters can be answered together.</source>
        <translation>O ticket #%1 não é um incidente: só os notificantes de um incidente podem ser respondidos em conjunto.</translation>
    </message>
    <message>
        <source>%1 may only be sent encrypted, and there is no valid key for %2 (key: %3).</source>
        <translation>%1 só pode ser enviado criptografado, e não há chave válida para %2 (chave: %3).</translation>
    </message>
    <message>
        <source>the incident response team</source>
        <translation>a equipe de resposta a incidentes</translation>
    </message>
    <message>
        <source>Nobody to reply to: incident #%1 has no reporter left to answer.</source>
        <translation>Ninguém a quem responder: o incidente #%1 não tem mais nenhum notificante a responder.</translation>
    </message>
    <message>
        <source>Cancelled: no reply was stored.</source>
        <translation>Cancelado: nenhuma resposta foi armazenada.</translation>
    </message>
    <message>
        <source>Writing to %1…</source>
        <translation>Gravando para %1…</translation>
    </message>
    <message>
        <source>The reply to %1 could not be written: %2</source>
        <translation>Não foi possível gravar a resposta para %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n reply(ies).</source>
        <translation>
            <numerusform>%n resposta armazenada.</numerusform>
            <numerusform>%n respostas armazenadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::Rsit</name>
    <message>
        <source>Abusive Content</source>
        <translation>Conteúdo abusivo</translation>
    </message>
    <message>
        <source>Abusive Content.</source>
        <translation>Conteúdo abusivo.</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Or &apos;Unsolicited Bulk Email&apos;, this means that the recipient has not granted verifiable permission for the message to be sent and that the message is sent as part of a larger collection of messages, all having a functionally comparable content. This IOC refers to resources which make up spam infrastructure, for example, harvesters like address verification, URLs in spam emails, etc.</source>
        <translation>Ou &quot;e-mail em massa não solicitado&quot; (Unsolicited Bulk Email): significa que o destinatário não concedeu permissão verificável para o envio da mensagem e que a mensagem é enviada como parte de um conjunto maior de mensagens, todas com conteúdo funcionalmente comparável. Este IOC se refere a recursos que compõem a infraestrutura de spam, por exemplo, coletores como a verificação de endereços, URLs em e-mails de spam etc.</translation>
    </message>
    <message>
        <source>Harmful Speech</source>
        <translation>Discurso nocivo</translation>
    </message>
    <message>
        <source>Bullying, harassment or discrimination of somebody, e.g., cyber stalking, racism or threats against one or more individuals.</source>
        <translation>Bullying, assédio ou discriminação de alguém, por exemplo, perseguição virtual (cyberstalking), racismo ou ameaças contra uma ou mais pessoas.</translation>
    </message>
    <message>
        <source>(Child) Sexual Exploitation/Sexual/Violent Content</source>
        <translation>Exploração sexual (infantil)/conteúdo sexual/violento</translation>
    </message>
    <message>
        <source>Child Sexual Exploitation (CSE), sexual content, glorification of violence, etc.</source>
        <translation>Exploração sexual infantil (CSE), conteúdo sexual, glorificação da violência etc.</translation>
    </message>
    <message>
        <source>Malicious Code</source>
        <translation>Código malicioso</translation>
    </message>
    <message>
        <source>Software that is intentionally included or inserted in a system for a harmful purpose. A user interaction is normally necessary to activate the code.</source>
        <translation>Software incluído ou inserido intencionalmente em um sistema com finalidade nociva. Normalmente é necessária uma interação do usuário para ativar o código.</translation>
    </message>
    <message>
        <source>Infected System</source>
        <translation>Sistema infectado</translation>
    </message>
    <message>
        <source>System infected with malware, e.g., a PC, smartphone or server infected with a rootkit. Most often this refers to a connection to a sinkholed command and control server.</source>
        <translation>Sistema infectado com malware, por exemplo, um PC, smartphone ou servidor infectado com um rootkit. Na maioria das vezes se refere a uma conexão com um servidor de comando e controle redirecionado para um sinkhole.</translation>
    </message>
    <message>
        <source>C2 Server</source>
        <translation>Servidor C2</translation>
    </message>
    <message>
        <source>Command and control server contacted by malware on infected systems.</source>
        <translation>Servidor de comando e controle contatado por malware em sistemas infectados.</translation>
    </message>
    <message>
        <source>Malware Distribution</source>
        <translation>Distribuição de malware</translation>
    </message>
    <message>
        <source>URI used for malware distribution, e.g., a download URL included in fake invoice malware spam or exploit kits (on websites).</source>
        <translation>URI usada para distribuir malware, por exemplo, uma URL de download incluída em spam com malware de faturas falsas ou em kits de exploits (em sites).</translation>
    </message>
    <message>
        <source>Malware Configuration</source>
        <translation>Configuração de malware</translation>
    </message>
    <message>
        <source>URI hosting a malware configuration file, e.g., web injects for a banking trojan.</source>
        <translation>URI que hospeda um arquivo de configuração de malware, por exemplo, web injects para um trojan bancário.</translation>
    </message>
    <message>
        <source>Information Gathering</source>
        <translation>Coleta de informações</translation>
    </message>
    <message>
        <source>Information Gathering.</source>
        <translation>Coleta de informações.</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Varredura</translation>
    </message>
    <message>
        <source>Attacks that send requests to a system to discover weaknesses. This also includes testing processes to gather information on hosts, services and accounts. This includes fingerd, DNS querying, ICMP, SMTP (EXPN, RCPT, etc) port scanning.</source>
        <translation>Ataques que enviam requisições a um sistema para descobrir fraquezas. Inclui também processos de teste para coletar informações sobre hosts, serviços e contas. Inclui fingerd, consultas DNS, ICMP, SMTP (EXPN, RCPT etc.) e varredura de portas.</translation>
    </message>
    <message>
        <source>Sniffing</source>
        <translation>Sniffing</translation>
    </message>
    <message>
        <source>Observing and recording of network traffic (i.e. wiretapping).</source>
        <translation>Observação e registro do tráfego de rede (ou seja, interceptação/grampo).</translation>
    </message>
    <message>
        <source>Social Engineering</source>
        <translation>Engenharia social</translation>
    </message>
    <message>
        <source>Gathering information from a human being in a non-technical way (e.g., using lies, tricks, bribes, or threats).</source>
        <translation>Obtenção de informações de um ser humano de forma não técnica (por exemplo, por meio de mentiras, truques, subornos ou ameaças).</translation>
    </message>
    <message>
        <source>Intrusion Attempts</source>
        <translation>Tentativas de intrusão</translation>
    </message>
    <message>
        <source>Intrusion Attempts.</source>
        <translation>Tentativas de intrusão.</translation>
    </message>
    <message>
        <source>Exploitation of Known Vulnerabilities</source>
        <translation>Exploração de vulnerabilidades conhecidas</translation>
    </message>
    <message>
        <source>An attempt to compromise a system or to disrupt any service by exploiting vulnerabilities with a standardised identifier such as CVE name (e.g., using a buffer overflow, backdoor, cross site scripting)</source>
        <translation>Uma tentativa de comprometer um sistema ou de interromper qualquer serviço explorando vulnerabilidades com um identificador padronizado, como um nome CVE (por exemplo, usando um estouro de buffer, backdoor ou cross-site scripting)</translation>
    </message>
    <message>
        <source>Login Attempts</source>
        <translation>Tentativas de login</translation>
    </message>
    <message>
        <source>Multiple brute-force login attempts (including guessing or cracking of passwords). This IOC refers to a resource, which has been observed to perform brute-force attacks over a given application protocol.</source>
        <translation>Várias tentativas de login por força bruta (incluindo adivinhação ou quebra de senhas). Este IOC se refere a um recurso que foi observado realizando ataques de força bruta sobre um determinado protocolo de aplicação.</translation>
    </message>
    <message>
        <source>New Attack Signature</source>
        <translation>Nova assinatura de ataque</translation>
    </message>
    <message>
        <source>An attack using an unknown exploit.</source>
        <translation>Um ataque que usa um exploit desconhecido.</translation>
    </message>
    <message>
        <source>Intrusions</source>
        <translation>Intrusões</translation>
    </message>
    <message>
        <source>A successful compromise of a system or application (service). This can have been caused remotely by a known or new vulnerability, but also by an unauthorised local access. Also includes being part of a botnet.</source>
        <translation>Um comprometimento bem-sucedido de um sistema ou aplicação (serviço). Pode ter sido causado remotamente por uma vulnerabilidade conhecida ou nova, mas também por um acesso local não autorizado. Inclui também fazer parte de uma botnet.</translation>
    </message>
    <message>
        <source>Privileged Account Compromise</source>
        <translation>Comprometimento de conta privilegiada</translation>
    </message>
    <message>
        <source>Compromise of a system where the attacker has gained administrative privileges.</source>
        <translation>Comprometimento de um sistema em que o atacante obteve privilégios administrativos.</translation>
    </message>
    <message>
        <source>Unprivileged Account Compromise</source>
        <translation>Comprometimento de conta não privilegiada</translation>
    </message>
    <message>
        <source>Compromise of a system using an unprivileged (user/service) account.</source>
        <translation>Comprometimento de um sistema usando uma conta não privilegiada (de usuário/serviço).</translation>
    </message>
    <message>
        <source>Application Compromise</source>
        <translation>Comprometimento de aplicação</translation>
    </message>
    <message>
        <source>Compromise of an application by exploiting (un)known software vulnerabilities, e.g., SQL injection.</source>
        <translation>Comprometimento de uma aplicação explorando vulnerabilidades de software (des)conhecidas, por exemplo, injeção de SQL.</translation>
    </message>
    <message>
        <source>System Compromise</source>
        <translation>Comprometimento de sistema</translation>
    </message>
    <message>
        <source>Compromise of a system, e.g., unauthorised logins or commands. This includes attempts to compromise honeypot systems.</source>
        <translation>Comprometimento de um sistema, por exemplo, logins ou comandos não autorizados. Inclui tentativas de comprometer sistemas honeypot.</translation>
    </message>
    <message>
        <source>Burglary</source>
        <translation>Arrombamento</translation>
    </message>
    <message>
        <source>Physical intrusion, e.g., into a corporate building or data centre.</source>
        <translation>Intrusão física, por exemplo, em um prédio corporativo ou data center.</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidade</translation>
    </message>
    <message>
        <source>By this kind of an attack a system is bombarded with so many packets that the operations are delayed or the system crashes. DoS examples are ICMP and SYN floods, Teardrop attacks and mail-bombing. DDoS often is based on DoS attacks originating from botnets, but also other scenarios exist like DNS Amplification attacks. However, the availability also can be affected by local actions (destruction, disruption of power supply, etc.) – or by Act of God, spontaneous failures or human error, without malice or gross neglect being involved.</source>
        <translation>Nesse tipo de ataque, um sistema é bombardeado com tantos pacotes que as operações ficam lentas ou o sistema trava. Exemplos de DoS são inundações ICMP e SYN, ataques Teardrop e mail-bombing. O DDoS costuma se basear em ataques DoS originados de botnets, mas também existem outros cenários, como ataques de amplificação de DNS. No entanto, a disponibilidade também pode ser afetada por ações locais (destruição, interrupção do fornecimento de energia etc.) – ou por casos fortuitos, falhas espontâneas ou erro humano, sem envolver má-fé ou negligência grave.</translation>
    </message>
    <message>
        <source>Denial of Service</source>
        <translation>Negação de serviço</translation>
    </message>
    <message>
        <source>Denial of Service attack, e.g., sending specially crafted requests to a web application which causes the application to crash or slow down.</source>
        <translation>Ataque de negação de serviço, por exemplo, o envio de requisições especialmente elaboradas a uma aplicação web que fazem a aplicação travar ou ficar lenta.</translation>
    </message>
    <message>
        <source>Distributed Denial of Service</source>
        <translation>Negação de serviço distribuída</translation>
    </message>
    <message>
        <source>Distributed Denial of Service attack, e.g., SYN flood or UDP-based reflection/amplification attacks.</source>
        <translation>Ataque de negação de serviço distribuída, por exemplo, inundação SYN ou ataques de reflexão/amplificação baseados em UDP.</translation>
    </message>
    <message>
        <source>Misconfiguration</source>
        <translation>Configuração incorreta</translation>
    </message>
    <message>
        <source>Software misconfiguration resulting in service availability issues, e.g., DNS server with outdated DNSSEC Root Zone KSK.</source>
        <translation>Configuração incorreta de software que resulta em problemas de disponibilidade do serviço, por exemplo, um servidor DNS com KSK da zona raiz DNSSEC desatualizada.</translation>
    </message>
    <message>
        <source>Sabotage</source>
        <translation>Sabotagem</translation>
    </message>
    <message>
        <source>Intentional actions maliciously threatening to, attempting to or actually damaging a system or component with the aim of disrupting the availability of a service. These can happen both at logical and physical levels, from malicious firewall rules dropping all traffic, to wire-cutting, bomb threats or arson.</source>
        <translation>Ações intencionais que ameaçam danificar, tentam danificar ou danificam de forma maliciosa um sistema ou componente com o objetivo de interromper a disponibilidade de um serviço. Podem ocorrer tanto no nível lógico quanto no físico, desde regras de firewall maliciosas que descartam todo o tráfego até o corte de cabos, ameaças de bomba ou incêndio criminoso.</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Interrupção</translation>
    </message>
    <message>
        <source>An outage caused, for example, by air conditioning failure or natural disaster.</source>
        <translation>Uma interrupção causada, por exemplo, por falha no ar-condicionado ou desastre natural.</translation>
    </message>
    <message>
        <source>Information Content Security</source>
        <translation>Segurança do conteúdo da informação</translation>
    </message>
    <message>
        <source>Besides a local abuse of data and systems the information security can be endangered by a successful account or application compromise. Furthermore attacks are possible that intercept and access information during transmission (wiretapping, spoofing or hijacking). Human/configuration/software error can also be the cause.</source>
        <translation>Além de um abuso local de dados e sistemas, a segurança da informação pode ser ameaçada por um comprometimento bem-sucedido de conta ou aplicação. Além disso, são possíveis ataques que interceptam e acessam informações durante a transmissão (grampo, spoofing ou sequestro). Erros humanos, de configuração ou de software também podem ser a causa.</translation>
    </message>
    <message>
        <source>Unauthorised Access to Information</source>
        <translation>Acesso não autorizado à informação</translation>
    </message>
    <message>
        <source>Unauthorised access to information, e.g., by abusing stolen login credentials for a system or application, intercepting traffic or gaining access to physical documents.</source>
        <translation>Acesso não autorizado à informação, por exemplo, abusando de credenciais de login roubadas de um sistema ou aplicação, interceptando tráfego ou obtendo acesso a documentos físicos.</translation>
    </message>
    <message>
        <source>Unauthorised Modification of Information</source>
        <translation>Modificação não autorizada da informação</translation>
    </message>
    <message>
        <source>Unauthorised modification of information, e.g., by an attacker abusing stolen login credentials for a system or application, or ransomware encrypting data. Also includes defacements.</source>
        <translation>Modificação não autorizada da informação, por exemplo, por um atacante que abusa de credenciais de login roubadas de um sistema ou aplicação, ou por ransomware que criptografa dados. Inclui também desfigurações (defacements).</translation>
    </message>
    <message>
        <source>Data Loss</source>
        <translation>Perda de dados</translation>
    </message>
    <message>
        <source>Loss of data caused by, for example, hard disk failure or physical theft.</source>
        <translation>Perda de dados causada, por exemplo, por falha de disco rígido ou furto físico.</translation>
    </message>
    <message>
        <source>Leak of Confidential Information</source>
        <translation>Vazamento de informações confidenciais</translation>
    </message>
    <message>
        <source>Leaked confidential information, e.g., credentials or personal data.</source>
        <translation>Informações confidenciais vazadas, por exemplo, credenciais ou dados pessoais.</translation>
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
        <translation>Uso não autorizado de recursos</translation>
    </message>
    <message>
        <source>Using resources for unauthorised purposes including profit-making ventures, e.g., the use of email to participate in illegal profit chain letters or pyramid schemes.</source>
        <translation>Uso de recursos para fins não autorizados, incluindo empreendimentos com fins lucrativos, por exemplo, o uso de e-mail para participar de correntes ilegais com fins lucrativos ou esquemas de pirâmide.</translation>
    </message>
    <message>
        <source>Copyright</source>
        <translation>Direitos autorais</translation>
    </message>
    <message>
        <source>Offering or installing copies of unlicensed commercial software or other copyright protected materials (also known as Warez).</source>
        <translation>Oferta ou instalação de cópias de software comercial sem licença ou de outros materiais protegidos por direitos autorais (também conhecidos como Warez).</translation>
    </message>
    <message>
        <source>Masquerade</source>
        <translation>Falsificação de identidade</translation>
    </message>
    <message>
        <source>Type of attack in which one entity illegitimately impersonates the identity of another in order to benefit from it.</source>
        <translation>Tipo de ataque em que uma entidade se passa ilegitimamente pela identidade de outra para obter benefício.</translation>
    </message>
    <message>
        <source>Phishing</source>
        <translation>Phishing</translation>
    </message>
    <message>
        <source>Masquerading as another entity in order to persuade the user to reveal private credentials. This IOC most often refers to a URL, which is used to phish user credentials.</source>
        <translation>Passar-se por outra entidade para persuadir o usuário a revelar credenciais privadas. Este IOC se refere na maioria das vezes a uma URL usada para obter credenciais de usuários por phishing.</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>Vulnerável</translation>
    </message>
    <message>
        <source>Open resolvers, world-readable printers, vulnerabilities apparent from scans, anti-virus signatures not up-to-date, etc.</source>
        <translation>Resolvedores abertos, impressoras acessíveis a todos, vulnerabilidades evidentes em varreduras, assinaturas de antivírus desatualizadas etc.</translation>
    </message>
    <message>
        <source>Weak Cryptography</source>
        <translation>Criptografia fraca</translation>
    </message>
    <message>
        <source>Publicly accessible services offering weak cryptography, e.g., web servers susceptible to POODLE/FREAK attacks.</source>
        <translation>Serviços acessíveis publicamente que oferecem criptografia fraca, por exemplo, servidores web suscetíveis a ataques POODLE/FREAK.</translation>
    </message>
    <message>
        <source>DDoS Amplifier</source>
        <translation>Amplificador de DDoS</translation>
    </message>
    <message>
        <source>Publicly accessible services that can be abused for conducting DDoS reflection/amplification attacks, e.g., DNS open-resolvers or NTP servers with monlist enabled.</source>
        <translation>Serviços acessíveis publicamente que podem ser abusados para realizar ataques DDoS de reflexão/amplificação, por exemplo, resolvedores DNS abertos ou servidores NTP com monlist ativado.</translation>
    </message>
    <message>
        <source>Potentially Unwanted Accessible Services</source>
        <translation>Serviços acessíveis potencialmente indesejados</translation>
    </message>
    <message>
        <source>Potentially unwanted publicly accessible services, e.g., Telnet, RDP or VNC.</source>
        <translation>Serviços acessíveis publicamente potencialmente indesejados, por exemplo, Telnet, RDP ou VNC.</translation>
    </message>
    <message>
        <source>Information Disclosure</source>
        <translation>Divulgação de informações</translation>
    </message>
    <message>
        <source>Publicly accessible services potentially disclosing sensitive information, e.g., SNMP or Redis.</source>
        <translation>Serviços acessíveis publicamente que podem divulgar informações sensíveis, por exemplo, SNMP ou Redis.</translation>
    </message>
    <message>
        <source>Vulnerable System</source>
        <translation>Sistema vulnerável</translation>
    </message>
    <message>
        <source>A system which is vulnerable to certain attacks, e.g., misconfigured client proxy settings (such as WPAD), outdated operating system version, or cross-site scripting vulnerabilities.</source>
        <translation>Um sistema vulnerável a determinados ataques, por exemplo, configurações de proxy do cliente incorretas (como WPAD), versão desatualizada do sistema operacional ou vulnerabilidades de cross-site scripting.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outros</translation>
    </message>
    <message>
        <source>All incidents which don&apos;t fit in one of the given categories should be put into this class. If the number of incidents in this category increases, it is an indicator that the classification scheme must be revised.</source>
        <translation>Todos os incidentes que não se encaixam em nenhuma das categorias dadas devem ser colocados nesta classe. Se o número de incidentes nesta categoria aumentar, é um indicador de que o esquema de classificação deve ser revisto.</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Não categorizado</translation>
    </message>
    <message>
        <source>All incidents which don&apos;t fit in one of the given categories should be put into this class or the incident is not categorised.</source>
        <translation>Todos os incidentes que não se encaixam em nenhuma das categorias dadas devem ser colocados nesta classe, ou o incidente não está categorizado.</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Indeterminado</translation>
    </message>
    <message>
        <source>The categorisation of the incident is unknown/undetermined.</source>
        <translation>A categorização do incidente é desconhecida/indeterminada.</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Teste</translation>
    </message>
    <message>
        <source>Meant for testing.</source>
        <translation>Destinado a testes.</translation>
    </message>
    <message>
        <source>An entry of the incident taxonomy is not a JSON object.</source>
        <translation>Uma entrada da taxonomia de incidentes não é um objeto JSON.</translation>
    </message>
    <message>
        <source>An entry of the incident taxonomy has no &quot;value&quot; text (its machine-tag key).</source>
        <translation>Uma entrada da taxonomia de incidentes não tem texto &quot;value&quot; (sua chave de machine tag).</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is not allowed: use lower-case letters, digits and hyphens.</source>
        <translation>A chave &quot;%1&quot; não é permitida: use letras minúsculas, dígitos e hífens.</translation>
    </message>
    <message>
        <source>The display name (&quot;expanded&quot;) must be text.</source>
        <translation>O nome de exibição (&quot;expanded&quot;) deve ser texto.</translation>
    </message>
    <message>
        <source>The description must be text.</source>
        <translation>A descrição deve ser texto.</translation>
    </message>
    <message>
        <source>The incident taxonomy has no &quot;%1&quot; list.</source>
        <translation>A taxonomia de incidentes não tem nenhuma lista &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the incident taxonomy must be a list.</source>
        <translation>&quot;%1&quot; na taxonomia de incidentes deve ser uma lista.</translation>
    </message>
    <message>
        <source>The incident taxonomy is not valid JSON: %1.</source>
        <translation>A taxonomia de incidentes não é JSON válido: %1.</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>deslocamento %1</translation>
    </message>
    <message>
        <source>The incident taxonomy must be a JSON object with &quot;predicates&quot; and &quot;values&quot;.</source>
        <translation>A taxonomia de incidentes deve ser um objeto JSON com &quot;predicates&quot; e &quot;values&quot;.</translation>
    </message>
    <message>
        <source>The taxonomy&apos;s namespace is not &quot;%1&quot;.</source>
        <translation>O namespace da taxonomia não é &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The incident taxonomy lists no incident classes.</source>
        <translation>A taxonomia de incidentes não lista nenhuma classe de incidente.</translation>
    </message>
    <message>
        <source>The incident class &quot;%1&quot; is listed twice.</source>
        <translation>A classe de incidente &quot;%1&quot; aparece duas vezes.</translation>
    </message>
    <message>
        <source>Each item of &quot;values&quot; must be a JSON object with &quot;predicate&quot; and &quot;entry&quot;.</source>
        <translation>Cada item de &quot;values&quot; deve ser um objeto JSON com &quot;predicate&quot; e &quot;entry&quot;.</translation>
    </message>
    <message>
        <source>Types are given without the &quot;predicate&quot; (incident class) they belong to.</source>
        <translation>Há tipos informados sem o &quot;predicate&quot; (classe de incidente) ao qual pertencem.</translation>
    </message>
    <message>
        <source>Types are given for &quot;%1&quot;, which is not an incident class in &quot;predicates&quot;.</source>
        <translation>Há tipos informados para &quot;%1&quot;, que não é uma classe de incidente em &quot;predicates&quot;.</translation>
    </message>
    <message>
        <source>The incident type &quot;%1&quot; is listed twice in the class &quot;%2&quot;.</source>
        <translation>O tipo de incidente &quot;%1&quot; aparece duas vezes na classe &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>fb::SavedSearches</name>
    <message>
        <source>My active tickets</source>
        <translation>Meus tickets ativos</translation>
    </message>
    <message>
        <source>TLP:RED</source>
        <translation>TLP:RED</translation>
    </message>
    <message>
        <source>My open tasks</source>
        <extracomment>A saved search: tickets with a task of mine still open.</extracomment>
        <translation>Minhas tarefas abertas</translation>
    </message>
</context>
<context>
    <name>fb::SecurityTxt</name>
    <message>
        <source>The profile names no e-mail address (2.7) for the Contact field.</source>
        <translation>O perfil não indica nenhum endereço de e-mail (2.7) para o campo Contact.</translation>
    </message>
    <message>
        <source>Line %1 of the security.txt is neither a comment nor a “Field: value” line.</source>
        <translation>A linha %1 do security.txt não é nem um comentário nem uma linha &quot;Campo: valor&quot;.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (linha %2)</translation>
    </message>
    <message>
        <source>“%1” is not an RFC 3339 date and time such as 2026-12-31T23:59:00Z.</source>
        <translation>&quot;%1&quot; não é uma data e hora RFC 3339 como 2026-12-31T23:59:00Z.</translation>
    </message>
    <message>
        <source>The file expired on %1.</source>
        <translation>O arquivo expirou em %1.</translation>
    </message>
    <message>
        <source>Expires (%1) is more than a year ahead; RFC 9116 asks for less.</source>
        <translation>Expires (%1) está a mais de um ano; a RFC 9116 pede menos.</translation>
    </message>
    <message>
        <source>“%1” is not a URI.</source>
        <translation>&quot;%1&quot; não é um URI.</translation>
    </message>
    <message>
        <source>“%1” must use https, not http.</source>
        <translation>&quot;%1&quot; deve usar https, não http.</translation>
    </message>
    <message>
        <source>The canonical URI “%1” must be an https URL.</source>
        <translation>O URI canônico &quot;%1&quot; deve ser uma URL https.</translation>
    </message>
    <message>
        <source>The Contact field is required.</source>
        <translation>O campo Contact é obrigatório.</translation>
    </message>
    <message>
        <source>The Expires field is required.</source>
        <translation>O campo Expires é obrigatório.</translation>
    </message>
    <message>
        <source>The Expires field must appear only once.</source>
        <translation>O campo Expires deve aparecer só uma vez.</translation>
    </message>
    <message>
        <source>The Preferred-Languages field must appear only once.</source>
        <translation>O campo Preferred-Languages deve aparecer só uma vez.</translation>
    </message>
</context>
<context>
    <name>fb::SessionCommands</name>
    <message>
        <source>Ask for the passphrase once, check that it opens the workspace, and keep the key derived from it (never the passphrase) in the kernel keyring of this login session for DURATION. Until then, or until lock, later commands of the same user on the same workspace file open it without asking and without the slow key derivation. The key is never written to the disk; the user&apos;s other processes and root can read it while it is kept. A passphrase change forgets it; --no-session ignores it.</source>
        <translation>Pede a frase secreta uma vez, verifica se ela abre o espaço de trabalho e mantém a chave derivada dela (nunca a frase secreta) no chaveiro do kernel desta sessão de login por DURATION. Até lá, ou até lock, os comandos seguintes do mesmo usuário no mesmo arquivo de espaço de trabalho o abrem sem perguntar e sem a lenta derivação de chave. A chave nunca é gravada no disco; os outros processos do usuário e o root podem lê-la enquanto ela é mantida. Uma alteração da frase secreta a esquece; --no-session a ignora.</translation>
    </message>
    <message>
        <source>Keep the key for DURATION: 30s, 15m, 2h... (default 15m, at most 12h).</source>
        <translation>Mantém a chave por DURATION: 30s, 15m, 2h... (padrão 15m, no máximo 12h).</translation>
    </message>
    <message>
        <source>Unlocked %1 until %2; lock forgets the key sooner.</source>
        <translation>%1 desbloqueado até %2; lock esquece a chave antes disso.</translation>
    </message>
    <message>
        <source>Forget the key that unlock kept for the workspace, so that the next command asks for the passphrase again; with --all, the keys of every workspace. Forgetting when nothing is kept is not an error.</source>
        <translation>Esquece a chave que unlock manteve para o espaço de trabalho, de modo que o próximo comando peça a frase secreta novamente; com --all, as chaves de todos os espaços de trabalho. Esquecer quando nada está mantido não é um erro.</translation>
    </message>
    <message>
        <source>Forget the kept keys of every workspace.</source>
        <translation>Esquece as chaves mantidas de todos os espaços de trabalho.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n kept workspace key(s).</source>
        <translation>
            <numerusform>%n chave de espaço de trabalho mantida foi esquecida.</numerusform>
            <numerusform>%n chaves de espaço de trabalho mantidas foram esquecidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked %1: its key is forgotten.</source>
        <translation>%1 bloqueado: a sua chave foi esquecida.</translation>
    </message>
    <message>
        <source>No key was kept for %1.</source>
        <translation>Nenhuma chave estava mantida para %1.</translation>
    </message>
</context>
<context>
    <name>fb::SettingKeys</name>
    <message>
        <source>Our team: the directory entry that names us in mail, profiles and advisories (id, UUID or name; none to clear)</source>
        <translation>Nossa equipe: a entrada do diretório que nos identifica em e-mails, perfis e boletins (id, UUID ou nome; none para limpar)</translation>
    </message>
    <message>
        <source>The fingerprint of the team key that signs and decrypts (auto: the first key of our team)</source>
        <translation>A impressão digital da chave da equipe que assina e descriptografa (auto: a primeira chave da nossa equipe)</translation>
    </message>
    <message>
        <source>The tag in mail subjects, [TAG #123]</source>
        <translation>A etiqueta nos assuntos dos e-mails, [TAG #123]</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity critical</source>
        <translation>Minutos até a primeira resposta, severidade crítica</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity critical</source>
        <translation>Minutos até a resolução, severidade crítica</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity high</source>
        <translation>Minutos até a primeira resposta, severidade alta</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity high</source>
        <translation>Minutos até a resolução, severidade alta</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity medium</source>
        <translation>Minutos até a primeira resposta, severidade média</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity medium</source>
        <translation>Minutos até a resolução, severidade média</translation>
    </message>
    <message>
        <source>Minutes to the first response, severity low</source>
        <translation>Minutos até a primeira resposta, severidade baixa</translation>
    </message>
    <message>
        <source>Minutes to the resolution, severity low</source>
        <translation>Minutos até a resolução, severidade baixa</translation>
    </message>
    <message>
        <source>Directory entries not verified for this many days are stale</source>
        <translation>As entradas do diretório não verificadas por este número de dias ficam desatualizadas</translation>
    </message>
    <message>
        <source>This computer: lock the GUI after this many idle minutes (0: never)</source>
        <translation>Este computador: bloqueia a interface gráfica após este número de minutos ocioso (0: nunca)</translation>
    </message>
    <message>
        <source>This computer: the language of the program (empty: the system&apos;s)</source>
        <translation>Este computador: o idioma do programa (vazio: o do sistema)</translation>
    </message>
    <message>
        <source>%1 takes a whole number; not “%2”.</source>
        <translation>%1 aceita um número inteiro; não &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>There is no setting “%1”.</source>
        <translation>Não há nenhuma configuração &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Replies written in the composer quote the message they answer (yes or no)</source>
        <translation>As respostas escritas no editor de e-mail citam a mensagem que respondem (yes ou no)</translation>
    </message>
    <message>
        <source>%1 takes yes or no; not “%2”.</source>
        <translation>%1 aceita yes ou no; não &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>fb::SettingsCommands</name>
    <message>
        <source>(automatic: our team has no key)</source>
        <translation>(automático: nossa equipe não tem chave)</translation>
    </message>
    <message>
        <source>%1 (automatic)</source>
        <translation>%1 (automático)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>(system)</source>
        <translation>(sistema)</translation>
    </message>
    <message>
        <source>There is no setting “%1”; see %2 settings list.</source>
        <translation>Não há nenhuma configuração &quot;%1&quot;; consulte %2 settings list.</translation>
    </message>
    <message>
        <source>Show every setting of the Settings page: the workspace&apos;s (our team, signing key, subject tag, SLA times, stale threshold) and this computer&apos;s (auto-lock, language).</source>
        <translation>Mostra todas as configurações da página Configurações: as do espaço de trabalho (nossa equipe, chave de assinatura, etiqueta de assunto, tempos de SLA, limite de desatualização) e as deste computador (bloqueio automático, idioma).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>ESCOPO</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIÇÃO</translation>
    </message>
    <message>
        <source>A setting, as settings list names it.</source>
        <translation>Uma configuração, como settings list a nomeia.</translation>
    </message>
    <message>
        <source>Show one setting&apos;s value: the value alone (empty when unset), or with --json an object with key, value, scope and description.</source>
        <translation>Mostra o valor de uma configuração: só o valor (vazio quando não definido) ou, com --json, um objeto com key, value, scope e description.</translation>
    </message>
    <message>
        <source>Its new value; more KEY VALUE pairs may follow.</source>
        <translation>O seu novo valor; outros pares CHAVE VALOR podem vir em seguida.</translation>
    </message>
    <message>
        <source>Change settings as the GUI&apos;s Settings page does, checked by the same rules: all pairs are saved together or none is. Times are whole minutes; team takes an id, UUID or name (none clears it); signing-key a full fingerprint (auto: the first key of our team); language a code (system: the system&apos;s).</source>
        <translation>Altera configurações como a página Configurações da interface gráfica, verificadas pelas mesmas regras: todos os pares são salvos juntos ou nenhum é. Os tempos são minutos inteiros; team aceita um id, UUID ou nome (none o limpa); signing-key, uma impressão digital completa (auto: a primeira chave da nossa equipe); language, um código (system: o do sistema).</translation>
    </message>
    <message>
        <source>settings set takes KEY VALUE pairs; “%1” has no value.</source>
        <translation>settings set aceita pares CHAVE VALOR; &quot;%1&quot; não tem valor.</translation>
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
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Este espaço de trabalho</translation>
    </message>
    <message>
        <source>The directory entry that is us: it names the team in mail, profiles and advisories.</source>
        <translation>A entrada do diretório que somos nós: ela nomeia a equipe nos e-mails, perfis e boletins.</translation>
    </message>
    <message>
        <source>Our &amp;team:</source>
        <translation>Nossa &amp;equipe:</translation>
    </message>
    <message>
        <source>The fingerprint of the team key that signs and decrypts for the team. Empty: the first key linked to our directory entry.</source>
        <translation>A impressão digital da chave da equipe que assina e descriptografa pela equipe. Vazio: a primeira chave vinculada à nossa entrada do diretório.</translation>
    </message>
    <message>
        <source>Automatic: the first key linked to our team</source>
        <translation>Automática: a primeira chave vinculada à nossa equipe</translation>
    </message>
    <message>
        <source>Team signing &amp;key:</source>
        <translation>&amp;Chave de assinatura da equipe:</translation>
    </message>
    <message>
        <source>e.g. CERT-XX</source>
        <translation>por exemplo, CERT-XX</translation>
    </message>
    <message>
        <source>Mail subjects carry it with the ticket number, e.g. [CERT-XX #123].</source>
        <translation>Os assuntos dos e-mails a levam com o número do ticket, por exemplo [CERT-XX #123].</translation>
    </message>
    <message>
        <source>Mail subject ta&amp;g:</source>
        <translation>Eti&amp;queta do assunto dos e-mails:</translation>
    </message>
    <message>
        <source>SLA policy:</source>
        <translation>Política de SLA:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Directory entries not verified for this long are marked stale.</source>
        <translation>As entradas do diretório não verificadas por este período são marcadas como desatualizadas.</translation>
    </message>
    <message>
        <source>Directory entries are stal&amp;e after:</source>
        <translation>As entradas do diretório ficam &amp;desatualizadas após:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
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
        <translation>Bloqueia o espaço de trabalho após este número de minutos ocioso (0: nunca).</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after:</source>
        <translation>&amp;Bloqueio automático após:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>A new language takes effect when Firebreak is started again.</source>
        <translation>Um novo idioma entra em vigor quando o Firebreak é iniciado novamente.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Não escolhido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Nenhum espaço de trabalho está aberto.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nada foi salvo: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Configurações salvas.</translation>
    </message>
    <message>
        <source>&amp;Quote the answered message in replies</source>
        <translation>Citar a &amp;mensagem respondida nas respostas</translation>
    </message>
    <message>
        <source>A reply written in the composer starts with the text of the message it answers below the template, each line behind “&gt; ”.</source>
        <translation>Uma resposta escrita no editor de e-mail começa com o texto da mensagem respondida abaixo do modelo, com cada linha precedida de &quot;&gt; &quot;.</translation>
    </message>
    <message>
        <source>Run &amp;first-run guide…</source>
        <translation>Executar o &amp;guia de primeiros passos…</translation>
    </message>
    <message>
        <source>Our team, our key and the SLA policy, step by step.</source>
        <translation>Nossa equipe, nossa chave e a política de SLA, passo a passo.</translation>
    </message>
</context>
<context>
    <name>fb::SharedStatistics</name>
    <message>
        <source>The statistics export was cancelled.</source>
        <translation>A exportação de estatísticas foi cancelada.</translation>
    </message>
    <message>
        <source>The period needs a first day on or before its last day.</source>
        <translation>O período precisa de um primeiro dia igual ou anterior ao último dia.</translation>
    </message>
    <message>
        <source>The threshold k must be at least %1: with k = %2 a cell of a single incident would be published.</source>
        <translation>O limite k deve ser de pelo menos %1: com k = %2, uma célula de um único incidente seria publicada.</translation>
    </message>
    <message>
        <source>Reading the directory…</source>
        <translation>Lendo o diretório…</translation>
    </message>
    <message>
        <source>Counting incidents…</source>
        <translation>Contando os incidentes…</translation>
    </message>
    <message>
        <source>Suppressing small counts…</source>
        <translation>Suprimindo contagens pequenas…</translation>
    </message>
    <message>
        <source>Counted.</source>
        <translation>Contagem concluída.</translation>
    </message>
    <message>
        <source>The statistics are written as csv or json.</source>
        <translation>As estatísticas são gravadas como csv ou json.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Every cell with a count above 0 and below k = %1 is suppressed: its count is left out and the cell is marked suppressed. Cells not listed are zero. No totals or subtotals are published, so a suppressed cell cannot be recomputed from them.</source>
        <translation>Toda célula com uma contagem acima de 0 e abaixo de k = %1 é suprimida: a sua contagem é omitida e a célula é marcada como suprimida. Células não listadas são zero. Nenhum total ou subtotal é publicado, de modo que uma célula suprimida não pode ser recalculada a partir deles.</translation>
    </message>
    <message>
        <source>Incidents (not reports, investigations or countermeasures; merged incidents left out) by the UTC month they were created in, their RSIT class and type, and the sector or country of their constituency as the directory records it.</source>
        <translation>Incidentes (não notificações, investigações ou contramedidas; incidentes mesclados omitidos) pelo mês UTC em que foram criados, pela sua classe e tipo RSIT e pelo setor ou país da sua comunidade atendida conforme registrado no diretório.</translation>
    </message>
</context>
<context>
    <name>fb::Shortcuts</name>
    <message>
        <source>Everywhere in the window</source>
        <translation>Em qualquer lugar da janela</translation>
    </message>
    <message>
        <source>Pages of the navigation</source>
        <translation>Páginas da navegação</translation>
    </message>
    <message>
        <source>The shown ticket</source>
        <translation>O ticket exibido</translation>
    </message>
    <message>
        <source>Triage (single keys, while the triage page has the focus)</source>
        <translation>Triagem (teclas simples, enquanto a página de triagem tem o foco)</translation>
    </message>
    <message>
        <source>New ticket (kind, title, TLP, class, incident)</source>
        <translation>Novo ticket (tipo, título, TLP, classe, incidente)</translation>
    </message>
    <message>
        <source>Import mail files</source>
        <translation>Importar arquivos de e-mail</translation>
    </message>
    <message>
        <source>Search box (free words; ip:, domain:, cve:, owner:me, tlp:, state: …)</source>
        <translation>Caixa de pesquisa (palavras livres; ip:, domain:, cve:, owner:me, tlp:, state: …)</translation>
    </message>
    <message>
        <source>Go to a ticket: its number in the search box, then Enter</source>
        <translation>Ir para um ticket: o número dele na caixa de pesquisa e, em seguida, Enter</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Triage new reports</source>
        <translation>Triagem de notificações novas</translation>
    </message>
    <message>
        <source>Lock the workspace</source>
        <translation>Bloquear o espaço de trabalho</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Keyboard shortcuts (this list)</source>
        <translation>Atalhos de teclado (esta lista)</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir para %1</translation>
    </message>
    <message>
        <source>Take the shown ticket (you become its owner)</source>
        <translation>Assumir o ticket exibido (você se torna o responsável)</translation>
    </message>
    <message>
        <source>Write mail from the shown ticket (reply or notification)</source>
        <translation>Escrever e-mail a partir do ticket exibido (resposta ou aviso a uma equipe)</translation>
    </message>
    <message>
        <source>Add the comment being written to the ticket&apos;s worklog (in the comment box)</source>
        <translation>Adicionar o comentário em redação ao registro de trabalho do ticket (na caixa de comentário)</translation>
    </message>
    <message>
        <source>Mark the shown ticket %1 (%2)</source>
        <translation>Marcar o ticket exibido como %1 (%2)</translation>
    </message>
    <message>
        <source>New incident from this report (asks its title; copies class, TLP, severity, observables; links the report)</source>
        <translation>Novo incidente a partir desta notificação (pede o título; copia classe, TLP, severidade, observáveis; vincula a notificação)</translation>
    </message>
    <message>
        <source>Link to an existing incident (type to search, Enter links, Esc goes back)</source>
        <translation>Vincular a um incidente existente (digite para pesquisar, Enter vincula, Esc volta)</translation>
    </message>
    <message>
        <source>Reject the report (asks why)</source>
        <translation>Rejeitar a notificação (pergunta o motivo)</translation>
    </message>
    <message>
        <source>Next report</source>
        <translation>Próxima notificação</translation>
    </message>
    <message>
        <source>Previous report</source>
        <translation>Notificação anterior</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Severidade: %1</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Classe: %1</translation>
    </message>
    <message>
        <source>Undo the last decision</source>
        <translation>Desfazer a última decisão</translation>
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
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Filter: a key or a word</source>
        <translation>Filtro: uma tecla ou uma palavra</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>O que fazem</translation>
    </message>
</context>
<context>
    <name>fb::SignatureText</name>
    <message>
        <source>Not signed</source>
        <translation>Não assinado</translation>
    </message>
    <message>
        <source>Unknown signer</source>
        <extracomment>the key that made a signature is not in the keyring</extracomment>
        <translation>Signatário desconhecido</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Valid, key not trusted</source>
        <translation>Válida, chave não confiável</translation>
    </message>
    <message>
        <source>Key expired</source>
        <translation>Chave expirada</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Chave revogada</translation>
    </message>
    <message>
        <source>Bad signature</source>
        <translation>Assinatura inválida</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Não verificada</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>um signatário desconhecido</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>uma data desconhecida</translation>
    </message>
    <message>
        <source>The data is not signed.</source>
        <translation>Os dados não estão assinados.</translation>
    </message>
    <message>
        <source>Signed on %1 with the key %2, which is not in the keyring, so the signature cannot be checked.</source>
        <translation>Assinado em %1 com a chave %2, que não está no chaveiro, então a assinatura não pode ser verificada.</translation>
    </message>
    <message>
        <source>Valid signature by %1 (key %2) made on %3.</source>
        <translation>Assinatura válida de %1 (chave %2) feita em %3.</translation>
    </message>
    <message>
        <source>Valid signature by %1 (key %2) made on %3, but the key is not among the trusted keys, so it may not belong to %1.</source>
        <translation>Assinatura válida de %1 (chave %2) feita em %3, mas a chave não está entre as chaves confiáveis, então pode não pertencer a %1.</translation>
    </message>
    <message>
        <source>Signature by %1 (key %2) made on %3 with a key that has expired.</source>
        <translation>Assinatura de %1 (chave %2) feita em %3 com uma chave que expirou.</translation>
    </message>
    <message>
        <source>Signature by %1 (key %2) made on %3 with a key that its owner has revoked.</source>
        <translation>Assinatura de %1 (chave %2) feita em %3 com uma chave que o titular revogou.</translation>
    </message>
    <message>
        <source>Bad signature by %1 (key %2): the data was changed after it was signed, or the signature is forged.</source>
        <translation>Assinatura inválida de %1 (chave %2): os dados foram alterados depois de assinados, ou a assinatura é forjada.</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>Não foi possível verificar a assinatura.</translation>
    </message>
    <message>
        <source>The signature could not be checked: %1.</source>
        <translation>Não foi possível verificar a assinatura: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The data carries %n signatures; this is the worst of them.</source>
        <translation>
            <numerusform>Os dados têm %n assinatura; esta é a pior delas.</numerusform>
            <numerusform>Os dados têm %n assinaturas; esta é a pior delas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the sender to sign it, or confirm the content through another channel.</source>
        <translation>Peça ao remetente que assine, ou confirme o conteúdo por outro canal.</translation>
    </message>
    <message>
        <source>Import the signer&apos;s public key into the workspace keyring (Import key…), compare its fingerprint with the sender through another channel, then verify again.</source>
        <translation>Importe a chave pública do signatário para o chaveiro do espaço de trabalho (Importar chave…), compare a impressão digital dela com o remetente por outro canal e verifique novamente.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nada a fazer.</translation>
    </message>
    <message>
        <source>Compare the key&apos;s fingerprint with the sender through another channel, then add the key to the workspace keyring.</source>
        <translation>Compare a impressão digital da chave com o remetente por outro canal e depois adicione a chave ao chaveiro do espaço de trabalho.</translation>
    </message>
    <message>
        <source>Ask the sender for their current key and, if it matters, a new signature.</source>
        <translation>Peça ao remetente a chave atual dele e, se for importante, uma nova assinatura.</translation>
    </message>
    <message>
        <source>Do not rely on this content. Ask the sender, through another channel, for their new key and a new signature.</source>
        <translation>Não confie neste conteúdo. Peça ao remetente, por outro canal, a nova chave dele e uma nova assinatura.</translation>
    </message>
    <message>
        <source>Do not rely on this content. Get the original again from the sender and verify it again.</source>
        <translation>Não confie neste conteúdo. Obtenha o original novamente com o remetente e verifique-o de novo.</translation>
    </message>
    <message>
        <source>Check that GnuPG is installed and working, then try again.</source>
        <translation>Verifique se o GnuPG está instalado e funcionando e tente novamente.</translation>
    </message>
    <message>
        <source>Signature expired</source>
        <extracomment>a good signature whose validity period, set by the signer, is over</extracomment>
        <translation>Assinatura expirada</translation>
    </message>
    <message>
        <source>Valid signature by %1 (key %2) made on %3, but the signature itself has expired: its signer limited how long it is valid.</source>
        <translation>Assinatura válida de %1 (chave %2) feita em %3, mas a própria assinatura expirou: o signatário limitou o tempo de validade dela.</translation>
    </message>
    <message>
        <source>Ask the sender for a fresh signature if the content still matters.</source>
        <translation>Peça ao remetente uma nova assinatura se o conteúdo ainda for importante.</translation>
    </message>
</context>
<context>
    <name>fb::SingleInstance</name>
    <message>
        <source>Another Firebreak is running.</source>
        <translation>Outra instância do Firebreak está em execução.</translation>
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
        <translation>SEVERIDADE</translation>
    </message>
    <message>
        <source>RESPONSE</source>
        <translation>RESPOSTA</translation>
    </message>
    <message>
        <source>RESOLVE</source>
        <translation>RESOLUÇÃO</translation>
    </message>
    <message>
        <source>Show the time to first response and to resolution for each severity. Times are calendar time, round the clock.</source>
        <translation>Mostra o tempo até a primeira resposta e até a resolução para cada severidade. Os tempos são corridos, 24 horas por dia.</translation>
    </message>
    <message>
        <source>1-4 or critical, high, medium, low.</source>
        <translation>1-4 ou critical, high, medium, low.</translation>
    </message>
    <message>
        <source>Time to first response, in minutes.</source>
        <translation>Tempo até a primeira resposta, em minutos.</translation>
    </message>
    <message>
        <source>Time to resolution, in minutes.</source>
        <translation>Tempo até a resolução, em minutos.</translation>
    </message>
    <message>
        <source>Change the times of one severity. Due dates of new tickets, and of tickets whose severity changes, follow the new times.</source>
        <translation>Altera os tempos de uma severidade. Os prazos dos tickets novos, e dos tickets cuja severidade mudar, seguem os novos tempos.</translation>
    </message>
    <message>
        <source>Severity must be 1 to 4 or critical, high, medium, low; not &apos;%1&apos;.</source>
        <translation>A severidade deve ser de 1 a 4 ou critical, high, medium, low; não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>SLA times are whole numbers of minutes above zero.</source>
        <translation>Os tempos de SLA são números inteiros de minutos maiores que zero.</translation>
    </message>
    <message>
        <source>The time to resolution cannot be shorter than the time to response.</source>
        <translation>O tempo até a resolução não pode ser menor que o tempo até a resposta.</translation>
    </message>
</context>
<context>
    <name>fb::SlaPolicy</name>
    <message>
        <source>No due date</source>
        <translation>Sem prazo</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>No prazo</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Vence em breve</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Violado</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumprido</translation>
    </message>
</context>
<context>
    <name>fb::SlaPolicyEditor</name>
    <message>
        <source>First response (hours)</source>
        <translation>Primeira resposta (horas)</translation>
    </message>
    <message>
        <source>Resolution (hours)</source>
        <translation>Resolução (horas)</translation>
    </message>
    <message>
        <source>First response for %1, hours</source>
        <translation>Primeira resposta para %1, em horas</translation>
    </message>
    <message>
        <source>Resolution for %1, hours</source>
        <translation>Resolução para %1, em horas</translation>
    </message>
    <message>
        <source>Applies to tickets created or re-rated from now on; existing due dates stay.</source>
        <translation>Aplica-se aos tickets criados ou reavaliados a partir de agora; os prazos existentes permanecem.</translation>
    </message>
</context>
<context>
    <name>fb::SlaPolicyStore</name>
    <message>
        <source>SLA times must be positive (severity %1).</source>
        <translation>Os tempos de SLA devem ser positivos (severidade %1).</translation>
    </message>
</context>
<context>
    <name>fb::SqliteTicketRepository</name>
    <message>
        <source>There is no ticket %1.</source>
        <translation>Não há nenhum ticket %1.</translation>
    </message>
    <message>
        <source>Ticket %1 is not linked to incident %2.</source>
        <translation>O ticket %1 não está vinculado ao incidente %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address or network.</source>
        <translation>&quot;%1&quot; não é um endereço IP nem uma rede.</translation>
    </message>
    <message>
        <source>There is no task %1.</source>
        <translation>A tarefa %1 não existe.</translation>
    </message>
    <message>
        <source>There is no playbook &apos;%1&apos;.</source>
        <translation>O playbook &quot;%1&quot; não existe.</translation>
    </message>
    <message>
        <source>There is no evidence %1.</source>
        <translation>Não há nenhuma evidência %1.</translation>
    </message>
    <message>
        <source>There is no timeline event %1.</source>
        <translation>Não há nenhum evento da linha do tempo %1.</translation>
    </message>
</context>
<context>
    <name>fb::StartDialog</name>
    <message>
        <source>Firebreak: open a workspace</source>
        <translation>Firebreak: abrir um espaço de trabalho</translation>
    </message>
    <message>
        <source>Deriving the key…</source>
        <translation>Derivando a chave…</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaços de trabalho recentes</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Workspace file:</source>
        <translation>Arquivo do espaço de trabalho:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase secreta:</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Novo espaço de trabalho…</translation>
    </message>
    <message>
        <source>Open demo workspace</source>
        <translation>Abrir o espaço de trabalho de demonstração</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espaço de trabalho</translation>
    </message>
    <message>
        <source>Firebreak workspaces (*.firebreak)</source>
        <translation>Espaços de trabalho do Firebreak (*.firebreak)</translation>
    </message>
    <message>
        <source>A workspace is one encrypted file. Its passphrase cannot be recovered: keep it somewhere safe.</source>
        <translation>Um espaço de trabalho é um único arquivo criptografado. A frase secreta não pode ser recuperada: guarde-a em um lugar seguro.</translation>
    </message>
    <message>
        <source>New file:</source>
        <translation>Novo arquivo:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Novo espaço de trabalho</translation>
    </message>
    <message>
        <source>Choose a workspace file first.</source>
        <translation>Escolha primeiro um arquivo de espaço de trabalho.</translation>
    </message>
    <message>
        <source>There is no workspace file at %1.</source>
        <translation>Não há nenhum arquivo de espaço de trabalho em %1.</translation>
    </message>
    <message>
        <source>Enter the workspace&apos;s passphrase.</source>
        <translation>Digite a frase secreta do espaço de trabalho.</translation>
    </message>
    <message>
        <source>The demo workspace is not available in this build yet: its demo data generator has not landed.</source>
        <translation>O espaço de trabalho de demonstração ainda não está disponível nesta versão: o gerador de dados de demonstração ainda não foi incorporado.</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Criando o espaço de trabalho de demonstração…</translation>
    </message>
    <message>
        <source>Choose where the new workspace file goes.</source>
        <translation>Escolha onde fica o novo arquivo de espaço de trabalho.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 já existe; escolha outro nome.</translation>
    </message>
    <message>
        <source>Creating the workspace…</source>
        <translation>Criando o espaço de trabalho…</translation>
    </message>
    <message>
        <source>Wrong passphrase for this workspace. Try again.</source>
        <translation>Frase secreta incorreta para este espaço de trabalho. Tente novamente.</translation>
    </message>
</context>
<context>
    <name>fb::StatisticsExportDialog</name>
    <message>
        <source>Shareable statistics</source>
        <translation>Estatísticas compartilháveis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Até:</translation>
    </message>
    <message>
        <source>Counts from 1 to k-1 are suppressed.</source>
        <translation>As contagens de 1 a k-1 são suprimidas.</translation>
    </message>
    <message>
        <source>Threshold &amp;k:</source>
        <translation>&amp;Limite k:</translation>
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
        <translation>C&amp;ancelar exportação</translation>
    </message>
    <message>
        <source>Writing the statistics…</source>
        <translation>Gravando as estatísticas…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>RSIT class</source>
        <translation>Classe RSIT</translation>
    </message>
    <message>
        <source>RSIT type</source>
        <translation>Tipo RSIT</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mês</translation>
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
        <translation>Entre 1 e %1 incidentes: omitido do arquivo.</translation>
    </message>
    <message>
        <source>No incidents in this period: the file will list no cells.</source>
        <translation>Nenhum incidente neste período: o arquivo não listará nenhuma célula.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s), of which %1 suppressed. No totals are written.</source>
        <translation>
            <numerusform>%n célula (suprimidas: %1). Nenhum total é gravado.</numerusform>
            <numerusform>%n células (suprimidas: %1). Nenhum total é gravado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the statistics</source>
        <translation>Salvar as estatísticas</translation>
    </message>
    <message>
        <source>The statistics export was cancelled.</source>
        <translation>A exportação de estatísticas foi cancelada.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>A exportação foi cancelada.</translation>
    </message>
    <message>
        <source>Statistics written to %1.</source>
        <translation>Estatísticas gravadas em %1.</translation>
    </message>
</context>
<context>
    <name>fb::StatsCommands</name>
    <message>
        <source>Write the number of incidents per RSIT class, RSIT type, month and constituency sector or country for a period, for publication or for a national team. No observables, titles, ticket numbers or constituency names are written. Every count from 1 to k-1 is suppressed (left out and marked), and no totals are written, so a suppressed count cannot be recomputed. The file states the threshold, the rule, the period, the generator and when it was made. Sector and country come from the directory team whose host organisation, official name or short name is the ticket&apos;s constituency.</source>
        <translation>Grava o número de incidentes por classe RSIT, tipo RSIT, mês e setor ou país da comunidade atendida em um período, para publicação ou para uma equipe nacional. Nenhum observável, título, número de ticket ou nome de comunidade atendida é gravado. Toda contagem de 1 a k-1 é suprimida (omitida e marcada), e nenhum total é gravado, de modo que uma contagem suprimida não pode ser recalculada. O arquivo informa o limite, a regra, o período, o gerador e quando foi gerado. O setor e o país vêm da equipe do diretório cuja organização anfitriã, nome oficial ou nome abreviado é a comunidade atendida do ticket.</translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD, UTC).</source>
        <translation>O primeiro dia do período (AAAA-MM-DD, UTC).</translation>
    </message>
    <message>
        <source>The last day of the period (YYYY-MM-DD, UTC), included.</source>
        <translation>O último dia do período (AAAA-MM-DD, UTC), incluído.</translation>
    </message>
    <message>
        <source>The threshold: counts below it are suppressed (default 5, at least 2).</source>
        <translation>O limite: as contagens abaixo dele são suprimidas (padrão 5, no mínimo 2).</translation>
    </message>
    <message>
        <source>sector (default) or country.</source>
        <translation>sector (padrão) ou country.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv ou json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Grava em ARQUIVO em vez da saída padrão.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Substitui um arquivo de saída existente.</translation>
    </message>
    <message>
        <source>Give --k as a whole number (at least 2).</source>
        <translation>Informe --k como um número inteiro (no mínimo 2).</translation>
    </message>
    <message>
        <source>Give --by sector or country.</source>
        <translation>Informe --by sector ou country.</translation>
    </message>
    <message>
        <source>Give --format csv or json.</source>
        <translation>Informe --format csv ou json.</translation>
    </message>
    <message numerus="yes">
        <source>Statistics written to %1: %n cell(s), of which %2 suppressed.</source>
        <translation>
            <numerusform>Estatísticas gravadas em %1: %n célula (suprimidas: %2).</numerusform>
            <numerusform>Estatísticas gravadas em %1: %n células (suprimidas: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --%1 YYYY-MM-DD.</source>
        <translation>Informe --%1 AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--%1 is not a date of the form YYYY-MM-DD.</source>
        <translation>--%1 não é uma data no formato AAAA-MM-DD.</translation>
    </message>
</context>
<context>
    <name>fb::TagStore</name>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Uma etiqueta não pode estar vazia.</translation>
    </message>
    <message>
        <source>Ticket %1 has no tag &apos;%2&apos;.</source>
        <translation>O ticket %1 não tem a etiqueta &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>fb::TaskCommands</name>
    <message>
        <source>&apos;%1&apos; is not a due date: give an ISO 8601 time (2026-05-01T17:00:00Z), an offset from now (30m, 4h, 2d) or none.</source>
        <translation>&quot;%1&quot; não é um prazo: informe um horário ISO 8601 (2026-05-01T17:00:00Z), um intervalo a partir de agora (30m, 4h, 2d) ou none.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a task number.</source>
        <translation>&quot;%1&quot; não é um número de tarefa.</translation>
    </message>
    <message>
        <source>The task number (see task list).</source>
        <translation>O número da tarefa (consulte task list).</translation>
    </message>
    <message>
        <source>Add a task to a ticket by hand, with an owner and a due date if given.</source>
        <translation>Adiciona manualmente uma tarefa a um ticket, com responsável e prazo, se informados.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>O número do ticket.</translation>
    </message>
    <message>
        <source>What is to be done.</source>
        <translation>O que deve ser feito.</translation>
    </message>
    <message>
        <source>More about the task.</source>
        <translation>Mais detalhes sobre a tarefa.</translation>
    </message>
    <message>
        <source>Who does it.</source>
        <translation>Quem a executa.</translation>
    </message>
    <message>
        <source>When it is due: an ISO 8601 time or an offset from now (4h, 2d).</source>
        <translation>O prazo: um horário ISO 8601 ou um intervalo a partir de agora (4h, 2d).</translation>
    </message>
    <message>
        <source>Ticket #%1: task %2 added.</source>
        <translation>Ticket #%1: tarefa %2 adicionada.</translation>
    </message>
    <message>
        <source>List the tasks of a ticket with its progress, or tasks across tickets: --mine for your open tasks, --owner, --open, --overdue.</source>
        <translation>Lista as tarefas de um ticket com o andamento, ou tarefas de vários tickets: --mine para as suas tarefas abertas, --owner, --open, --overdue.</translation>
    </message>
    <message>
        <source>The ticket number; all tickets when not given.</source>
        <translation>O número do ticket; todos os tickets quando não informado.</translation>
    </message>
    <message>
        <source>Only your own open tasks (FIREBREAK_ACTOR or the user name).</source>
        <translation>Só as suas próprias tarefas abertas (FIREBREAK_ACTOR ou o nome de usuário).</translation>
    </message>
    <message>
        <source>Only tasks of this owner.</source>
        <translation>Só tarefas deste responsável.</translation>
    </message>
    <message>
        <source>Only open tasks.</source>
        <translation>Só tarefas abertas.</translation>
    </message>
    <message>
        <source>Only open tasks whose due date has passed.</source>
        <translation>Só tarefas abertas cujo prazo já passou.</translation>
    </message>
    <message>
        <source>At most N tasks (default 1000).</source>
        <translation>No máximo N tarefas (padrão: 1000).</translation>
    </message>
    <message>
        <source>Give --mine or --owner, not both.</source>
        <translation>Informe --mine ou --owner, não ambos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of tasks.</source>
        <translation>&quot;%1&quot; não é um número de tarefas.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>Ticket #%1: %2</translation>
    </message>
    <message>
        <source>Task %1: %2.</source>
        <translation>Tarefa %1: %2.</translation>
    </message>
    <message>
        <source>Set who does a task; without OWNER the task has no owner.</source>
        <translation>Define quem executa uma tarefa; sem OWNER, a tarefa fica sem responsável.</translation>
    </message>
    <message>
        <source>Task %1 has no owner.</source>
        <translation>A tarefa %1 está sem responsável.</translation>
    </message>
    <message>
        <source>Task %1 assigned to %2.</source>
        <translation>Tarefa %1 atribuída a %2.</translation>
    </message>
    <message>
        <source>Set a task&apos;s due date: an ISO 8601 time, an offset from now (30m, 4h, 2d) or none.</source>
        <translation>Define o prazo de uma tarefa: um horário ISO 8601, um intervalo a partir de agora (30m, 4h, 2d) ou none.</translation>
    </message>
    <message>
        <source>2026-05-01T17:00:00Z, 4h, 2d or none.</source>
        <translation>2026-05-01T17:00:00Z, 4h, 2d ou none.</translation>
    </message>
    <message>
        <source>Task %1 due %2.</source>
        <translation>Tarefa %1 com prazo em %2.</translation>
    </message>
    <message>
        <source>Task %1 has no due date.</source>
        <translation>A tarefa %1 está sem prazo.</translation>
    </message>
    <message>
        <source>Add a note to a task&apos;s log: kept as written, recorded in the ticket&apos;s history and found by ticket search.</source>
        <translation>Adiciona uma nota ao registro de uma tarefa: a nota é mantida como foi escrita, registrada no histórico do ticket e encontrada pela pesquisa de tickets.</translation>
    </message>
    <message>
        <source>The note; or give --file.</source>
        <translation>A nota; ou informe --file.</translation>
    </message>
    <message>
        <source>Read the note from FILE (- for stdin).</source>
        <translation>Lê a nota de ARQUIVO (- para a entrada padrão).</translation>
    </message>
    <message>
        <source>Give the note as TEXT or with --file, one of the two.</source>
        <translation>Informe a nota como TEXT ou com --file, um dos dois.</translation>
    </message>
    <message>
        <source>Task %1: note added.</source>
        <translation>Tarefa %1: nota adicionada.</translation>
    </message>
    <message>
        <source>Mark a task done.</source>
        <translation>Marca uma tarefa como concluída.</translation>
    </message>
    <message>
        <source>Mark a task not applicable: it does not fit this ticket (tasks are never deleted).</source>
        <translation>Marca uma tarefa como não aplicável: ela não se aplica a este ticket (tarefas nunca são excluídas).</translation>
    </message>
    <message>
        <source>Open a done or not applicable task again.</source>
        <translation>Reabre uma tarefa concluída ou não aplicável.</translation>
    </message>
</context>
<context>
    <name>fb::TaskStore</name>
    <message>
        <source>A task needs a title of at most %1 characters.</source>
        <translation>Uma tarefa precisa de um título de no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Task %1 is already %2.</source>
        <translation>A tarefa %1 já está %2.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Uma nota não pode ficar vazia.</translation>
    </message>
    <message>
        <source>A note can be at most %L1 characters long; this one has %L2.</source>
        <translation>Uma nota pode ter no máximo %L1 caracteres; esta tem %L2.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>não aplicável</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
</context>
<context>
    <name>fb::TaskView</name>
    <message>
        <source>TASK</source>
        <translation>TAREFA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>PRAZO</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>TITULAR</translation>
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
        <translation>%1 vencido</translation>
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
        <translation>%1 de %2 concluídas</translation>
    </message>
    <message numerus="yes">
        <source>, %n not applicable</source>
        <translation>
            <numerusform>, %n não aplicável</numerusform>
            <numerusform>, %n não aplicáveis</numerusform>
        </translation>
    </message>
    <message>
        <source>by hand only</source>
        <translation>só aplicação manual</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 em %2</translation>
    </message>
</context>
<context>
    <name>fb::TasksPanel</name>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>The selected task&apos;s description and notes.</source>
        <translation>A descrição e as notas da tarefa selecionada.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Não aplicável</translation>
    </message>
    <message>
        <source>The task does not fit this ticket. Tasks are never deleted.</source>
        <translation>A tarefa não se aplica a este ticket. Tarefas nunca são excluídas.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Owner of the selected task</source>
        <translation>Responsável pela tarefa selecionada</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Atribuir</translation>
    </message>
    <message>
        <source>A note on the selected task</source>
        <translation>Uma nota sobre a tarefa selecionada</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adicionar nota</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nova tarefa</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Adicionar tarefa</translation>
    </message>
    <message>
        <source>Add the tasks of a playbook that this ticket does not have yet.</source>
        <translation>Adiciona as tarefas de um playbook que este ticket ainda não tem.</translation>
    </message>
    <message>
        <source>Apply playbook</source>
        <translation>Aplicar playbook</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Tasks (%1/%2)</source>
        <extracomment>The tab of a ticket&apos;s tasks: done (and not applicable) of all.</extracomment>
        <translation>Tarefas (%1/%2)</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>A task&apos;s due date that has passed (said in words, not only by colour).</extracomment>
        <translation>%1 (vencido)</translation>
    </message>
    <message>
        <source>No tasks yet.</source>
        <translation>Ainda não há tarefas.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 concluídas</translation>
    </message>
    <message numerus="yes">
        <source>, %n not applicable</source>
        <translation>
            <numerusform>, %n não aplicável</numerusform>
            <numerusform>, %n não aplicáveis</numerusform>
        </translation>
    </message>
    <message>
        <source>From playbook %1.</source>
        <translation>Do playbook %1.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>This ticket has every task of that playbook already.</source>
        <translation>Este ticket já tem todas as tarefas desse playbook.</translation>
    </message>
</context>
<context>
    <name>fb::TaxonomyCommands</name>
    <message>
        <source>LABEL</source>
        <translation>RÓTULO</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>SIGNIFICADO</translation>
    </message>
    <message>
        <source>rsit, tlp or pap; all three when left out.</source>
        <translation>rsit, tlp ou pap; os três quando omitido.</translation>
    </message>
    <message>
        <source>List the Reference Security Incident Taxonomy (class/type keys as --rsit takes them), the TLP 2.0 labels and the PAP labels.</source>
        <translation>Lista a Reference Security Incident Taxonomy (chaves classe/tipo como --rsit as aceita), os rótulos TLP 2.0 e os rótulos PAP.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a taxonomy; use rsit, tlp or pap.</source>
        <translation>&quot;%1&quot; não é uma taxonomia; use rsit, tlp ou pap.</translation>
    </message>
    <message>
        <source>RSIT</source>
        <translation>RSIT</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
</context>
<context>
    <name>fb::TeamDetailView</name>
    <message>
        <source>OpenPGP keys</source>
        <translation>Chaves OpenPGP</translation>
    </message>
    <message>
        <source>Import key…</source>
        <translation>Importar chave…</translation>
    </message>
    <message>
        <source>Import an ASCII-armoured key file and link its keys to this team.</source>
        <translation>Importa um arquivo de chave com blindagem ASCII e vincula suas chaves a esta equipe.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>User IDs</source>
        <translation>IDs de usuário</translation>
    </message>
    <message>
        <source>No OpenPGP key is linked to this team.</source>
        <translation>Nenhuma chave OpenPGP está vinculada a esta equipe.</translation>
    </message>
    <message>
        <source>Select a team to see its details.</source>
        <translation>Selecione uma equipe para ver seus detalhes.</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Organização anfitriã</translation>
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
        <translation>Compartilhar com eles</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <source>not agreed: ask before sharing anything above TLP:CLEAR</source>
        <translation>não acordado: pergunte antes de compartilhar qualquer coisa acima de TLP:CLEAR</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Horário comercial</translation>
    </message>
    <message>
        <source>24/7</source>
        <translation>24/7</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
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
        <translation>Os dados de contato não foram verificados recentemente; confira-os com a equipe.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Comunidade atendida</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Acordos</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>%1, %2: added</source>
        <extracomment>The edit log in the team detail: &quot;2026-03-02 09:00, alice: added&quot;</extracomment>
        <translation>%1, %2: equipe adicionada</translation>
    </message>
    <message>
        <source>%1, %2: %3 set to “%4”</source>
        <extracomment>&quot;2026-03-02 09:00, alice: notes set to “Call first.”&quot;</extracomment>
        <translation>%1, %2: campo %3 definido como &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1, %2: %3 cleared (was “%4”)</source>
        <translation>%1, %2: campo %3 apagado (era &quot;%4&quot;)</translation>
    </message>
    <message>
        <source>%1, %2: %3 “%4” → “%5”</source>
        <extracomment>&quot;2026-03-02 09:00, alice: website “https://a.example” → “https://b.example”&quot;</extracomment>
        <translation>%1, %2: campo %3 &quot;%4&quot; → &quot;%5&quot;</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier change(s)</source>
        <translation>
            <numerusform>%n alteração anterior</numerusform>
            <numerusform>%n alterações anteriores</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest changes</source>
        <translation>Últimas alterações</translation>
    </message>
</context>
<context>
    <name>fb::TeamEditDialog</name>
    <message>
        <source>Edit team %1</source>
        <translation>Editar equipe %1</translation>
    </message>
    <message>
        <source>Add a team</source>
        <translation>Adicionar uma equipe</translation>
    </message>
    <message>
        <source>Example University CSIRT</source>
        <translation>CSIRT da Universidade Exemplo</translation>
    </message>
    <message>
        <source>&amp;Official name:</source>
        <translation>Nome &amp;oficial:</translation>
    </message>
    <message>
        <source>EXU-CSIRT</source>
        <translation>EXU-CSIRT</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Nome c&amp;urto:</translation>
    </message>
    <message>
        <source>&amp;Host organisation:</source>
        <translation>Organização a&amp;nfitriã:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
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
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <source>&amp;RFC 2350 URL:</source>
        <translation>URL &amp;RFC 2350:</translation>
    </message>
    <message>
        <source>Mon-Fri 08:00-17:00</source>
        <translation>Seg-Sex 08:00-17:00</translation>
    </message>
    <message>
        <source>&amp;Business hours:</source>
        <translation>&amp;Horário comercial:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <source>Reachable &amp;24/7</source>
        <translation>Disponível &amp;24/7</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Não acordado</translation>
    </message>
    <message>
        <source>The most restrictive TLP label we may share with this team.</source>
        <translation>O rótulo TLP mais restritivo que podemos compartilhar com esta equipe.</translation>
    </message>
    <message>
        <source>Share &amp;up to:</source>
        <translation>Co&amp;mpartilhar até:</translation>
    </message>
    <message>
        <source>I &amp;verified these details now</source>
        <translation>&amp;Verifiquei estes dados agora</translation>
    </message>
    <message>
        <source>Records that you confirmed the contact details today; the team is then no longer stale.</source>
        <translation>Registra que você confirmou os dados de contato hoje; assim a equipe deixa de estar desatualizada.</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>O&amp;bservações:</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canais</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Comunidade atendida</translation>
    </message>
    <message>
        <source>One entry a line: a network (192.0.2.0/24, 2001:db8::/32), an address range, an AS number (AS64496), a domain (example.org, *.ac.uk), a country code (DE), or free text after “text:”.</source>
        <translation>Uma entrada por linha: uma rede (192.0.2.0/24, 2001:db8::/32), um intervalo de endereços, um número de AS (AS64496), um domínio (example.org, *.ac.uk), um código de país (DE) ou texto livre após &quot;text:&quot;.</translation>
    </message>
    <message>
        <source>Linked OpenPGP keys</source>
        <translation>Chaves OpenPGP vinculadas</translation>
    </message>
    <message>
        <source>One fingerprint a line. Import the keys themselves with Import → OpenPGP keys… or the team&apos;s Import key… button.</source>
        <translation>Uma impressão digital por linha. Importe as próprias chaves com Importar → Chaves OpenPGP… ou com o botão Importar chave… da equipe.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation>&amp;Adicionar equipe</translation>
    </message>
    <message>
        <source>The constituency has lines that are not entries:
%1</source>
        <extracomment>%1 lists the refused lines, one a line (&quot;Line 2: …&quot;)</extracomment>
        <translation>A comunidade atendida tem linhas que não são entradas:
%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <extracomment>Shown in the team dialog when the team could not be saved; %1 is the reason</extracomment>
        <translation>Não salvo: %1</translation>
    </message>
</context>
<context>
    <name>fb::TeamFields</name>
    <message>
        <source>“%1” is not an http or https address.</source>
        <translation>&quot;%1&quot; não é um endereço http ou https.</translation>
    </message>
    <message>
        <source>“%1” is not a team type (one of: %2).</source>
        <translation>&quot;%1&quot; não é um tipo de equipe (um de: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a Trusted Introducer status (one of: %2).</source>
        <translation>&quot;%1&quot; não é um status do Trusted Introducer (um de: %2).</translation>
    </message>
    <message>
        <source>Say yes or no.</source>
        <translation>Responda yes ou no.</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>&quot;%1&quot; não é um rótulo TLP.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 8601 date or time.</source>
        <translation>&quot;%1&quot; não é uma data ou horário ISO 8601.</translation>
    </message>
    <message>
        <source>“%1” is not a field that can be set this way (one of: %2).</source>
        <translation>&quot;%1&quot; não é um campo que possa ser definido desta forma (um de: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a date (yyyy-mm-dd).</source>
        <translation>&quot;%1&quot; não é uma data (aaaa-mm-dd).</translation>
    </message>
    <message>
        <source>“%1” is not an OpenPGP fingerprint (40 or 64 hex digits).</source>
        <translation>&quot;%1&quot; não é uma impressão digital OpenPGP (40 ou 64 dígitos hexadecimais).</translation>
    </message>
    <message>
        <source>A team needs an official name.</source>
        <translation>Uma equipe precisa de um nome oficial.</translation>
    </message>
    <message>
        <source>“%1” is not an IANA time zone (such as Europe/Berlin).</source>
        <translation>&quot;%1&quot; não é um fuso horário IANA (como America/Sao_Paulo).</translation>
    </message>
    <message>
        <source>A channel needs a value.</source>
        <translation>Um canal precisa de um valor.</translation>
    </message>
    <message>
        <source>The %1 with %2 expired on %3.</source>
        <translation>O acordo %1 com %2 expirou em %3.</translation>
    </message>
    <message>
        <source>The %1 with %2 expires on %3.</source>
        <translation>O acordo %1 com %2 expira em %3.</translation>
    </message>
    <message>
        <source>No OpenPGP key is linked: encrypted mail to this team is not possible.</source>
        <translation>Nenhuma chave OpenPGP está vinculada: não é possível enviar e-mails criptografados a esta equipe.</translation>
    </message>
    <message>
        <source>Never verified.</source>
        <translation>Nunca verificado.</translation>
    </message>
    <message>
        <source>No OpenPGP key is linked; the entry says where to get one (%1): fetch it, check it and import it.</source>
        <translation>Nenhuma chave OpenPGP está vinculada; a entrada diz onde obter uma (%1): baixe-a, verifique-a e importe-a.</translation>
    </message>
    <message>
        <source>Stale: last verified by us on %1, more than %2 days ago.</source>
        <translation>Desatualizado: verificado por nós pela última vez em %1, há mais de %2 dias.</translation>
    </message>
    <message>
        <source>Stale: last updated at the source on %1 (after our last verification on %2), more than %3 days ago.</source>
        <translation>Desatualizado: atualizado na origem pela última vez em %1 (depois da nossa última verificação em %2), há mais de %3 dias.</translation>
    </message>
    <message>
        <source>Stale: last updated at the source on %1, more than %2 days ago; never verified by us.</source>
        <translation>Desatualizado: atualizado na origem pela última vez em %1, há mais de %2 dias; nunca verificado por nós.</translation>
    </message>
    <message>
        <source>Never verified by us; updated at the source on %1.</source>
        <translation>Nunca verificado por nós; atualizado na origem em %1.</translation>
    </message>
</context>
<context>
    <name>fb::TeamFilterBar</name>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nome</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Qualquer país</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <source>Any TI status</source>
        <translation>Qualquer status TI</translation>
    </message>
    <message>
        <source>&amp;Stale only</source>
        <translation>&amp;Só desatualizados</translation>
    </message>
    <message>
        <source>Teams whose contact details were not verified within the stale threshold (Settings).</source>
        <translation>Equipes cujos dados de contato não foram verificados dentro do limite de desatualização (Configurações).</translation>
    </message>
    <message>
        <source>&amp;Key problems</source>
        <translation>&amp;Problemas de chave</translation>
    </message>
    <message>
        <source>Teams with a key that is missing, revoked, expired or expires within 30 days.</source>
        <translation>Equipes com uma chave ausente, revogada, expirada ou que expira em 30 dias.</translation>
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
        <translation>Define um campo: CAMPO=VALOR (repetível). Campos: %1.</translation>
    </message>
    <message>
        <source>Add an e-mail address, optionally with a usage: ADDRESS[=USAGE].</source>
        <translation>Adiciona um endereço de e-mail, opcionalmente com um uso: ENDEREÇO[=USO].</translation>
    </message>
    <message>
        <source>Add a phone number: NUMBER[=USAGE].</source>
        <translation>Adiciona um número de telefone: NÚMERO[=USO].</translation>
    </message>
    <message>
        <source>Add an out-of-band channel: VALUE[=USAGE].</source>
        <translation>Adiciona um canal fora de banda: VALOR[=USO].</translation>
    </message>
    <message>
        <source>Remove the channel with this value.</source>
        <translation>Remove o canal com este valor.</translation>
    </message>
    <message>
        <source>Add a constituency entry: CIDR, range a-b, ASN, domain, *.domain or country.</source>
        <translation>Adiciona uma entrada da comunidade atendida: CIDR, intervalo a-b, ASN, domínio, *.domínio ou país.</translation>
    </message>
    <message>
        <source>Add a free-text constituency entry.</source>
        <translation>Adiciona uma entrada de texto livre da comunidade atendida.</translation>
    </message>
    <message>
        <source>Remove a constituency entry.</source>
        <translation>Remove uma entrada da comunidade atendida.</translation>
    </message>
    <message>
        <source>Link an OpenPGP key by fingerprint.</source>
        <translation>Vincula uma chave OpenPGP pela impressão digital.</translation>
    </message>
    <message>
        <source>Remove a linked key.</source>
        <translation>Remove uma chave vinculada.</translation>
    </message>
    <message>
        <source>Add an agreement: KIND:PARTY:SIGNED[:EXPIRES] (kind nda, mou, code-of-conduct, other).</source>
        <translation>Adiciona um acordo: TIPO:PARTE:ASSINADO[:EXPIRA] (tipo nda, mou, code-of-conduct, other).</translation>
    </message>
    <message>
        <source>Record that the entry was verified now, by you.</source>
        <translation>Registra que a entrada foi verificada agora, por você.</translation>
    </message>
    <message>
        <source>“%1” is not a channel usage (one of: %2).</source>
        <translation>&quot;%1&quot; não é um uso de canal (um de: %2).</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, not “%1”.</source>
        <translation>--set aceita CAMPO=VALOR, não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The team has no constituency entry “%1”.</source>
        <translation>A equipe não tem nenhuma entrada da comunidade atendida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--agreement takes KIND:PARTY:SIGNED[:EXPIRES], not “%1”.</source>
        <translation>--agreement aceita TIPO:PARTE:ASSINADO[:EXPIRA], não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The highest TLP label we may share with them (a person without one: their team&apos;s).</source>
        <translation>O rótulo TLP mais alto que podemos compartilhar com eles (uma pessoa sem rótulo: o da equipe dela).</translation>
    </message>
    <message>
        <source>“%1” is not a TLP 2.0 label.</source>
        <translation>&quot;%1&quot; não é um rótulo TLP 2.0.</translation>
    </message>
</context>
<context>
    <name>fb::TeamReader</name>
    <message>
        <source>There is no team %1 in the directory.</source>
        <translation>Não há nenhuma equipe %1 no diretório.</translation>
    </message>
    <message>
        <source>Several teams are called “%1”; use the id.</source>
        <translation>Várias equipes se chamam &quot;%1&quot;; use o id.</translation>
    </message>
    <message>
        <source>There is no team “%1” in the directory.</source>
        <translation>Não há nenhuma equipe &quot;%1&quot; no diretório.</translation>
    </message>
</context>
<context>
    <name>fb::TeamTableModel</name>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n keys)</source>
        <translation>
            <numerusform>%1 (%n chave)</numerusform>
            <numerusform>%1 (%n chaves)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Valid (%n keys)</source>
        <translation>
            <numerusform>Válida (%n chave)</numerusform>
            <numerusform>Válidas (%n chaves)</numerusform>
        </translation>
    </message>
    <message>
        <source>No OpenPGP key is linked to this team.</source>
        <translation>Nenhuma chave OpenPGP está vinculada a esta equipe.</translation>
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
        <translation>%1 (desatualizado)</translation>
    </message>
    <message>
        <source>Not verified recently: check the contact details with the team.</source>
        <translation>Não verificado recentemente: confira os dados de contato com a equipe.</translation>
    </message>
    <message>
        <source>Contact details verified recently.</source>
        <translation>Dados de contato verificados recentemente.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Official name</source>
        <translation>Nome oficial</translation>
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
        <translation>Status TI</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chaves</translation>
    </message>
</context>
<context>
    <name>fb::TicketActions</name>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Assumir</translation>
    </message>
    <message>
        <source>Launch &amp;investigation…</source>
        <translation>Iniciar &amp;investigação…</translation>
    </message>
    <message>
        <source>Open an investigation for this incident, linked to it</source>
        <translation>Abrir uma investigação para este incidente, vinculada a ele</translation>
    </message>
    <message>
        <source>Launch &amp;countermeasure…</source>
        <translation>Iniciar &amp;contramedida…</translation>
    </message>
    <message>
        <source>Open a countermeasure (a block, a takedown) for this incident</source>
        <translation>Abrir uma contramedida (um bloqueio, um takedown) para este incidente</translation>
    </message>
    <message>
        <source>&amp;Link to ticket…</source>
        <translation>&amp;Vincular a um ticket…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Desvincular</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Mesclar em…</translation>
    </message>
    <message>
        <source>Fold this duplicate report into another report</source>
        <translation>Mesclar esta notificação duplicada em outra notificação</translation>
    </message>
    <message>
        <source>Add &amp;observable…</source>
        <translation>Adicionar &amp;observável…</translation>
    </message>
    <message>
        <source>&amp;Remove observable</source>
        <translation>&amp;Remover observável</translation>
    </message>
    <message>
        <source>Add t&amp;ag…</source>
        <translation>Adicionar &amp;etiqueta…</translation>
    </message>
    <message>
        <source>Remove ta&amp;g…</source>
        <translation>Remover e&amp;tiqueta…</translation>
    </message>
    <message>
        <source>Set &amp;lessons learned…</source>
        <translation>Definir &amp;lições aprendidas…</translation>
    </message>
    <message>
        <source>Set re&amp;solution…</source>
        <translation>Definir re&amp;solução…</translation>
    </message>
    <message>
        <source>&amp;Link a ticket…</source>
        <translation>&amp;Vincular um ticket…</translation>
    </message>
    <message>
        <source>&amp;Link to incident…</source>
        <translation>&amp;Vincular a um incidente…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket number.</source>
        <translation>&quot;%1&quot; não é um número de ticket.</translation>
    </message>
    <message>
        <source>Take ticket</source>
        <translation>Assumir ticket</translation>
    </message>
    <message>
        <source>Ticket #%1 is now yours.</source>
        <translation>O ticket #%1 agora é seu.</translation>
    </message>
    <message>
        <source>Launch countermeasure</source>
        <translation>Iniciar contramedida</translation>
    </message>
    <message>
        <source>Launch investigation</source>
        <translation>Iniciar investigação</translation>
    </message>
    <message>
        <source>%1 #%2 launched for incident #%3.</source>
        <translation>%1 #%2 iniciada para o incidente #%3.</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Number of the report, investigation or countermeasure to put under incident #%1:</source>
        <translation>Número da notificação, investigação ou contramedida a vincular ao incidente #%1:</translation>
    </message>
    <message>
        <source>Number of the incident to link #%1 to:</source>
        <translation>Número do incidente ao qual vincular #%1:</translation>
    </message>
    <message>
        <source>Ticket #%1 linked to incident #%2.</source>
        <translation>Ticket #%1 vinculado ao incidente #%2.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Desvincular</translation>
    </message>
    <message>
        <source>Ticket #%1 is not linked to any ticket.</source>
        <translation>O ticket #%1 não está vinculado a nenhum ticket.</translation>
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
        <translation>Desvincular qual ticket de #%1?</translation>
    </message>
    <message>
        <source>Ticket #%1 unlinked from incident #%2.</source>
        <translation>Ticket #%1 desvinculado do incidente #%2.</translation>
    </message>
    <message>
        <source>Merge into</source>
        <translation>Mesclar em</translation>
    </message>
    <message>
        <source>Number of the report that stays (#%1 is merged into it):</source>
        <translation>Número da notificação que permanece (#%1 é mesclada nela):</translation>
    </message>
    <message>
        <source>Merge report #%1 into %2? Its observables, tags, links and description move over, and #%1 is marked as merged.</source>
        <translation>Mesclar a notificação #%1 em %2? Seus observáveis, etiquetas, vínculos e descrição passam para a outra, e #%1 é marcada como mesclada.</translation>
    </message>
    <message>
        <source>Ticket #%1 merged into #%2.</source>
        <translation>Ticket #%1 mesclado em #%2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an observable type.</source>
        <translation>&quot;%1&quot; não é um tipo de observável.</translation>
    </message>
    <message>
        <source>Add observable</source>
        <translation>Adicionar observável</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 added.</source>
        <translation>Ticket #%1: %2 %3 adicionado.</translation>
    </message>
    <message>
        <source>Remove observable</source>
        <translation>Remover observável</translation>
    </message>
    <message>
        <source>Ticket #%1 has no observables.</source>
        <translation>O ticket #%1 não tem observáveis.</translation>
    </message>
    <message>
        <source>Remove which observable from #%1?</source>
        <translation>Remover qual observável de #%1?</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 removed.</source>
        <translation>Ticket #%1: %2 %3 removido.</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Adicionar etiqueta</translation>
    </message>
    <message>
        <source>Tag for ticket #%1:</source>
        <translation>Etiqueta para o ticket #%1:</translation>
    </message>
    <message>
        <source>Ticket #%1: tag added.</source>
        <translation>Ticket #%1: etiqueta adicionada.</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Remover etiqueta</translation>
    </message>
    <message>
        <source>Ticket #%1 has no tags.</source>
        <translation>O ticket #%1 não tem etiquetas.</translation>
    </message>
    <message>
        <source>Tag to remove from #%1:</source>
        <translation>Etiqueta a remover de #%1:</translation>
    </message>
    <message>
        <source>Ticket #%1: tag removed.</source>
        <translation>Ticket #%1: etiqueta removida.</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lições aprendidas</translation>
    </message>
    <message>
        <source>What should the team do differently next time?</source>
        <translation>O que a equipe deve fazer de forma diferente da próxima vez?</translation>
    </message>
    <message>
        <source>Lessons learned cannot be empty: write what the team learned. Nothing was changed.</source>
        <translation>As lições aprendidas não podem ficar vazias: escreva o que a equipe aprendeu. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>How was it resolved?</source>
        <translation>Como foi resolvido?</translation>
    </message>
    <message>
        <source>The resolution cannot be empty: write how it was resolved. Nothing was changed.</source>
        <translation>A resolução não pode ficar vazia: escreva como foi resolvido. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Ticket #%1. %2</source>
        <translation>Ticket #%1. %2</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 set.</source>
        <translation>Ticket #%1: campo %2 definido.</translation>
    </message>
    <message>
        <source>Make me the owner of this ticket</source>
        <translation>Tornar-me o responsável por este ticket</translation>
    </message>
    <message>
        <source>Launch in&amp;vestigations…</source>
        <translation>Iniciar investi&amp;gações…</translation>
    </message>
    <message>
        <source>Ask every team responsible for the incident&apos;s observables: one investigation and notification each</source>
        <translation>Consultar cada equipe responsável pelos observáveis do incidente: uma investigação e um aviso para cada</translation>
    </message>
    <message>
        <source>Reply to all re&amp;porters…</source>
        <translation>Responder a todos os &amp;notificantes…</translation>
    </message>
    <message>
        <source>Write one reply to each reporter of the incident&apos;s reports</source>
        <translation>Escrever uma resposta para cada notificante das notificações do incidente</translation>
    </message>
    <message>
        <source>Launch investigations</source>
        <translation>Iniciar investigações</translation>
    </message>
    <message>
        <source>Investigations %1 launched for incident #%2.</source>
        <translation>Investigações %1 iniciadas para o incidente #%2.</translation>
    </message>
    <message>
        <source>Reply to all reporters</source>
        <translation>Responder a todos os notificantes</translation>
    </message>
    <message numerus="yes">
        <source>Replies stored on %n report(s) of incident #%1.</source>
        <translation>
            <numerusform>Respostas armazenadas em %n notificação do incidente #%1.</numerusform>
            <numerusform>Respostas armazenadas em %n notificações do incidente #%1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::TicketAudit</name>
    <message>
        <source>Ticket #%1, %2: the history says “%3”, the ticket holds “%4”.</source>
        <translation>Ticket #%1, %2: o histórico diz &quot;%3&quot;, o ticket contém &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Ticket #%1, %2: history row %3 found “%4” where the history before it says “%5”: the ticket was changed without going through Firebreak before that row.</source>
        <translation>Ticket #%1, %2: a linha %3 do histórico encontrou &quot;%4&quot; onde o histórico anterior diz &quot;%5&quot;: o ticket foi alterado sem passar pelo Firebreak antes dessa linha.</translation>
    </message>
    <message>
        <source>Ticket #%1 has no creation in the history: it was added without going through Firebreak.</source>
        <translation>O ticket #%1 não tem criação no histórico: ele foi adicionado sem passar pelo Firebreak.</translation>
    </message>
    <message>
        <source>Ticket #%1 was deleted: the history records its creation, the workspace has no such ticket.</source>
        <translation>O ticket #%1 foi excluído: o histórico registra sua criação, o espaço de trabalho não tem esse ticket.</translation>
    </message>
    <message>
        <source>Ticket #%1: the history records %2 comments, the ticket holds %3, differing from comment %4 on: a comment was changed, added or deleted without going through Firebreak.</source>
        <translation>Ticket #%1: o histórico registra %2 comentários, o ticket contém %3, com diferenças a partir do comentário %4: um comentário foi alterado, adicionado ou excluído sem passar pelo Firebreak.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Ticket #%1, task %2: the history and the ticket&apos;s tasks differ: a task or its notes were changed, added or deleted without going through Firebreak.</source>
        <translation>Ticket #%1, tarefa %2: o histórico e as tarefas do ticket divergem: uma tarefa ou suas notas foram alteradas, adicionadas ou excluídas sem passar pelo Firebreak.</translation>
    </message>
    <message>
        <source>Ticket #%1, evidence %2 “%3”: its content no longer matches what was recorded (%4 bytes, SHA-256 %5); it now has %6 bytes, SHA-256 %7.</source>
        <translation>Ticket #%1, evidência %2 &quot;%3&quot;: o conteúdo não corresponde mais ao que foi registrado (%4 bytes, SHA-256 %5); agora tem %6 bytes, SHA-256 %7.</translation>
    </message>
    <message>
        <source>Ticket #%1, evidence %2: the history and the ticket&apos;s evidence differ: a file was added, changed or removed without going through Firebreak.</source>
        <translation>Ticket #%1, evidência %2: o histórico e as evidências do ticket divergem: um arquivo foi adicionado, alterado ou removido sem passar pelo Firebreak.</translation>
    </message>
    <message>
        <source>Ticket #%1, timeline event %2: the history and the ticket&apos;s timeline differ: an event was added, changed or removed without going through Firebreak.</source>
        <translation>Ticket #%1, evento da linha do tempo %2: o histórico e a linha do tempo do ticket divergem: um evento foi adicionado, alterado ou removido sem passar pelo Firebreak.</translation>
    </message>
</context>
<context>
    <name>fb::TicketBulk</name>
    <message>
        <source>Choose at least one ticket.</source>
        <translation>Escolha pelo menos um ticket.</translation>
    </message>
    <message>
        <source>At most %L1 tickets can be changed at once; %L2 were chosen.</source>
        <translation>No máximo %L1 tickets podem ser alterados de uma vez; %L2 foram escolhidos.</translation>
    </message>
</context>
<context>
    <name>fb::TicketCommands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class/type of the Reference Security Incident Taxonomy (see: taxonomy list rsit).</source>
        <translation>&quot;%1&quot; não é uma classe/tipo da Reference Security Incident Taxonomy (consulte: taxonomy list rsit).</translation>
    </message>
    <message>
        <source>report, incident, investigation or countermeasure.</source>
        <translation>report, incident, investigation ou countermeasure.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>One line saying what happened.</source>
        <translation>Uma linha dizendo o que aconteceu.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>The description.</source>
        <translation>A descrição.</translation>
    </message>
    <message>
        <source>Read the description from FILE (- for stdin).</source>
        <translation>Lê a descrição de ARQUIVO (- para a entrada padrão).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Who works on it.</source>
        <translation>Quem trabalha nele.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>TLP 2.0 label: clear, green, amber, amber+strict, red (default amber).</source>
        <translation>Rótulo TLP 2.0: clear, green, amber, amber+strict, red (padrão: amber).</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>RÓTULO</translation>
    </message>
    <message>
        <source>RSIT class/type, e.g. malicious-code/c2-server.</source>
        <translation>Classe/tipo RSIT, por exemplo, malicious-code/c2-server.</translation>
    </message>
    <message>
        <source>CLASS/TYPE</source>
        <translation>CLASSE/TIPO</translation>
    </message>
    <message>
        <source>1-4 or critical, high, medium, low (default medium).</source>
        <translation>1-4 ou critical, high, medium, low (padrão: medium).</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SEVERIDADE</translation>
    </message>
    <message>
        <source>The constituency concerned.</source>
        <translation>A comunidade atendida envolvida.</translation>
    </message>
    <message>
        <source>Who reported it.</source>
        <translation>Quem notificou.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Um de: %1.</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>COMO</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>A tag (repeatable).</source>
        <translation>Uma etiqueta (repetível).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>An observable, type guessed (repeatable).</source>
        <translation>Um observável, com tipo deduzido (repetível).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>Attach the observables found in the title and description.</source>
        <translation>Anexa os observáveis encontrados no título e na descrição.</translation>
    </message>
    <message>
        <source>Link the new ticket under this incident.</source>
        <translation>Vincula o novo ticket a este incidente.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Create a ticket and print its number.</source>
        <translation>Cria um ticket e imprime seu número.</translation>
    </message>
    <message>
        <source>ticket create needs --kind and --title.</source>
        <translation>ticket create precisa de --kind e --title.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket kind (%2).</source>
        <translation>&quot;%1&quot; não é um tipo de ticket (%2).</translation>
    </message>
    <message>
        <source>Give --description or --description-file, not both.</source>
        <translation>Informe --description ou --description-file, não ambos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TLP 2.0 label.</source>
        <translation>&quot;%1&quot; não é um rótulo TLP 2.0.</translation>
    </message>
    <message>
        <source>Severity must be 1 to 4 or critical, high, medium, low; not &apos;%1&apos;.</source>
        <translation>A severidade deve ser de 1 a 4 ou critical, high, medium, low; não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>&quot;%1&quot; não é um de: %2.</translation>
    </message>
    <message>
        <source>Only tickets of this kind.</source>
        <translation>Só tickets deste tipo.</translation>
    </message>
    <message>
        <source>Only tickets in this state (repeatable).</source>
        <translation>Só tickets neste estado (repetível).</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>Only open work (active states).</source>
        <translation>Só trabalho em aberto (estados ativos).</translation>
    </message>
    <message>
        <source>Only tickets of this owner.</source>
        <translation>Só tickets deste responsável.</translation>
    </message>
    <message>
        <source>Only tickets with this TLP label.</source>
        <translation>Só tickets com este rótulo TLP.</translation>
    </message>
    <message>
        <source>Only tickets of this RSIT class.</source>
        <translation>Só tickets desta classe RSIT.</translation>
    </message>
    <message>
        <source>CLASS</source>
        <translation>CLASSE</translation>
    </message>
    <message>
        <source>Include reports merged into others.</source>
        <translation>Inclui as notificações mescladas em outras.</translation>
    </message>
    <message>
        <source>id, due, created, updated or severity (default id).</source>
        <translation>id, due, created, updated ou severity (padrão: id).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CHAVE</translation>
    </message>
    <message>
        <source>Descending order.</source>
        <translation>Ordem decrescente.</translation>
    </message>
    <message>
        <source>At most N tickets (default 100).</source>
        <translation>No máximo N tickets (padrão: 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip the first N tickets.</source>
        <translation>Pula os primeiros N tickets.</translation>
    </message>
    <message>
        <source>List tickets.</source>
        <translation>Lista tickets.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sort key (%2).</source>
        <translation>&quot;%1&quot; não é uma chave de ordenação (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of tickets.</source>
        <translation>&quot;%1&quot; não é um número de tickets.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>O número do ticket.</translation>
    </message>
    <message>
        <source>The new value (dates in ISO 8601).</source>
        <translation>O novo valor (datas em ISO 8601).</translation>
    </message>
    <message>
        <source>Change one field of a ticket.</source>
        <translation>Altera um campo de um ticket.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field that can be set; fields: %2.</source>
        <translation>&quot;%1&quot; não é um campo que possa ser definido; campos: %2.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 set.</source>
        <translation>Ticket #%1: %2 definido.</translation>
    </message>
    <message>
        <source>How it was resolved.</source>
        <translation>Como foi resolvido.</translation>
    </message>
    <message>
        <source>Lessons learned (needed to resolve an incident).</source>
        <translation>Lições aprendidas (necessárias para resolver um incidente).</translation>
    </message>
    <message>
        <source>The new state, e.g. open, resolved, rejected, active, pending-removal.</source>
        <translation>O novo estado, por exemplo, open, resolved, rejected, active, pending-removal.</translation>
    </message>
    <message>
        <source>Move a ticket to another state.</source>
        <translation>Move um ticket para outro estado.</translation>
    </message>
    <message>
        <source>Ticket #%1 is now %2.</source>
        <translation>O ticket #%1 agora está %2.</translation>
    </message>
    <message>
        <source>The report, investigation or countermeasure.</source>
        <translation>A notificação, investigação ou contramedida.</translation>
    </message>
    <message>
        <source>The incident.</source>
        <translation>O incidente.</translation>
    </message>
    <message>
        <source>Remove a ticket from an incident.</source>
        <translation>Remove um ticket de um incidente.</translation>
    </message>
    <message>
        <source>Link a ticket under an incident.</source>
        <translation>Vincula um ticket a um incidente.</translation>
    </message>
    <message>
        <source>Ticket #%1 unlinked from incident #%2.</source>
        <translation>Ticket #%1 desvinculado do incidente #%2.</translation>
    </message>
    <message>
        <source>Ticket #%1 linked to incident #%2.</source>
        <translation>Ticket #%1 vinculado ao incidente #%2.</translation>
    </message>
    <message>
        <source>The report that stays.</source>
        <translation>A notificação que permanece.</translation>
    </message>
    <message>
        <source>The duplicate report, marked as merged.</source>
        <translation>A notificação duplicada, marcada como mesclada.</translation>
    </message>
    <message>
        <source>Merge a duplicate report into another: its observables, tags, links and description move over.</source>
        <translation>Mescla uma notificação duplicada em outra: seus observáveis, etiquetas, vínculos e descrição passam para a outra.</translation>
    </message>
    <message>
        <source>Ticket #%1 merged into #%2.</source>
        <translation>Ticket #%1 mesclado em #%2.</translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation>A etiqueta.</translation>
    </message>
    <message>
        <source>Remove a tag from a ticket.</source>
        <translation>Remove uma etiqueta de um ticket.</translation>
    </message>
    <message>
        <source>Add a tag to a ticket.</source>
        <translation>Adiciona uma etiqueta a um ticket.</translation>
    </message>
    <message>
        <source>Ticket #%1: tag removed.</source>
        <translation>Ticket #%1: etiqueta removida.</translation>
    </message>
    <message>
        <source>Ticket #%1: tag added.</source>
        <translation>Ticket #%1: etiqueta adicionada.</translation>
    </message>
    <message>
        <source>The observable type when guessing is not wanted: %1.</source>
        <translation>O tipo de observável quando não se deseja a dedução: %1.</translation>
    </message>
    <message>
        <source>Address, network, domain, URL, e-mail, hash, CVE or AS number.</source>
        <translation>Endereço, rede, domínio, URL, e-mail, hash, CVE ou número de AS.</translation>
    </message>
    <message>
        <source>Add an observable to a ticket.</source>
        <translation>Adiciona um observável a um ticket.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an observable type.</source>
        <translation>&quot;%1&quot; não é um tipo de observável.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 added.</source>
        <translation>Ticket #%1: %2 %3 adicionado.</translation>
    </message>
    <message>
        <source>Free words (every one must match; word* matches a prefix) and typed terms: %1 (e.g. ip:192.0.2.0/24 owner:me state:open).</source>
        <translation>Palavras livres (todas precisam corresponder; palavra* corresponde a um prefixo) e termos tipados: %1 (por exemplo, ip:192.0.2.0/24 owner:me state:open).</translation>
    </message>
    <message>
        <source>Search tickets: full text over titles and descriptions, narrowed by typed terms as in the GUI&apos;s search box. Newest first.</source>
        <translation>Pesquisa tickets: texto completo em títulos e descrições, refinado por termos tipados como na caixa de pesquisa da interface gráfica. Os mais recentes primeiro.</translation>
    </message>
    <message>
        <source>Nothing to search for.</source>
        <translation>Nada a pesquisar.</translation>
    </message>
    <message>
        <source>Show the history of a ticket, oldest first.</source>
        <translation>Mostra o histórico de um ticket, do mais antigo para o mais recente.</translation>
    </message>
    <message>
        <source>Remove an observable from a ticket; the value stays on other tickets.</source>
        <translation>Remove um observável de um ticket; o valor permanece em outros tickets.</translation>
    </message>
    <message>
        <source>Ticket #%1: %2 %3 removed.</source>
        <translation>Ticket #%1: %2 %3 removido.</translation>
    </message>
    <message>
        <source>Add an internal comment to a ticket&apos;s worklog. Comments are never mailed; they are kept as written, recorded in the history and found by ticket search.</source>
        <translation>Adiciona um comentário interno ao registro de trabalho de um ticket. Os comentários nunca são enviados por e-mail; são mantidos como foram escritos, registrados no histórico e encontrados pela pesquisa de tickets.</translation>
    </message>
    <message>
        <source>The comment; or give --file.</source>
        <translation>O comentário; ou informe --file.</translation>
    </message>
    <message>
        <source>Read the comment from FILE (- for stdin).</source>
        <translation>Lê o comentário de ARQUIVO (- para a entrada padrão).</translation>
    </message>
    <message>
        <source>Give the comment as TEXT or with --file, one of the two.</source>
        <translation>Informe o comentário como TEXT ou com --file, um dos dois.</translation>
    </message>
    <message>
        <source>Ticket #%1: comment added.</source>
        <translation>Ticket #%1: comentário adicionado.</translation>
    </message>
    <message>
        <source>Show a ticket with its links, its comments, its correspondence (signatures checked against the workspace keyring) and its history.</source>
        <translation>Mostra um ticket com seus vínculos, seus comentários, sua correspondência (assinaturas verificadas com o chaveiro do espaço de trabalho) e seu histórico.</translation>
    </message>
    <message>
        <source>Apply one change to every ticket given: a state change, a field, or a link to an incident. Each ticket follows the same rules as one at a time; unless all of them can take the change, none is changed and every refusal is listed.</source>
        <translation>Aplica uma alteração a cada ticket informado: uma mudança de estado, um campo ou um vínculo a um incidente. Cada ticket segue as mesmas regras de quando é alterado sozinho; a menos que todos possam receber a alteração, nenhum é alterado e cada recusa é listada.</translation>
    </message>
    <message>
        <source>The ticket numbers.</source>
        <translation>Os números dos tickets.</translation>
    </message>
    <message>
        <source>Move each ticket to STATE.</source>
        <translation>Move cada ticket para ESTADO.</translation>
    </message>
    <message>
        <source>With --transition: how they were resolved.</source>
        <translation>Com --transition: como foram resolvidos.</translation>
    </message>
    <message>
        <source>With --transition: lessons learned.</source>
        <translation>Com --transition: lições aprendidas.</translation>
    </message>
    <message>
        <source>Set a field on each ticket: FIELD=VALUE.</source>
        <translation>Define um campo em cada ticket: CAMPO=VALOR.</translation>
    </message>
    <message>
        <source>FIELD=VALUE</source>
        <translation>CAMPO=VALOR</translation>
    </message>
    <message>
        <source>Link each ticket to incident ID.</source>
        <translation>Vincula cada ticket ao incidente ID.</translation>
    </message>
    <message>
        <source>Give exactly one of --transition, --set and --link.</source>
        <translation>Informe exatamente um entre --transition, --set e --link.</translation>
    </message>
    <message>
        <source>--resolution and --lessons go with --transition.</source>
        <translation>--resolution e --lessons são usados com --transition.</translation>
    </message>
    <message>
        <source>--set takes FIELD=VALUE, e.g. tlp=green.</source>
        <translation>--set aceita CAMPO=VALOR, por exemplo, tlp=green.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) changed.</source>
        <translation>
            <numerusform>%n ticket alterado.</numerusform>
            <numerusform>%n tickets alterados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) refused the change; nothing was changed.</source>
        <translation>
            <numerusform>%n ticket recusou a alteração; nada foi alterado.</numerusform>
            <numerusform>%n tickets recusaram a alteração; nada foi alterado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look up the incident&apos;s observables (or the ones given) in the directory, group them by the most specific team that handles them and print the plan: one Investigation per team with its observables, address, key status, TLP and whether the notification is encrypted; refused teams with the reason, and the observables no team covers. --preview adds every notification&apos;s text. --confirm creates the Investigations, linked to the incident, and stores on each its notification, signed with the team key and encrypted where the team has a valid key, ready to send (export it with &apos;mail export&apos;). All or nothing.</source>
        <translation>Procura os observáveis do incidente (ou os informados) no diretório, agrupa-os pela equipe mais específica que os trata e imprime o plano: uma investigação por equipe com os seus observáveis, endereço, status da chave, TLP e se o aviso é criptografado; as equipes recusadas com o motivo, e os observáveis que nenhuma equipe cobre. --preview acrescenta o texto de cada aviso. --confirm cria as investigações, vinculadas ao incidente, e armazena em cada uma o seu aviso, assinado com a chave da equipe e criptografado quando a equipe tem uma chave válida, pronto para envio (exporte-o com &quot;mail export&quot;). Tudo ou nada.</translation>
    </message>
    <message>
        <source>Plan for this observable instead of the incident&apos;s (repeatable).</source>
        <translation>Planeja para este observável em vez dos do incidente (repetível).</translation>
    </message>
    <message>
        <source>Plan for the observables in this file (white space, commas or semicolons between them; &apos;-&apos; for standard input).</source>
        <translation>Planeja para os observáveis deste arquivo (separados por espaços em branco, vírgulas ou ponto e vírgula; &quot;-&quot; para a entrada padrão).</translation>
    </message>
    <message>
        <source>Leave this team out (its id or name; repeatable).</source>
        <translation>Deixa esta equipe de fora (id ou nome dela; repetível).</translation>
    </message>
    <message>
        <source>Print the plan only (the default).</source>
        <translation>Imprime só o plano (o padrão).</translation>
    </message>
    <message>
        <source>Print the plan and the text of every notification.</source>
        <translation>Imprime o plano e o texto de cada aviso.</translation>
    </message>
    <message>
        <source>Launch: create the Investigations and store their notifications.</source>
        <translation>Inicia: cria as investigações e armazena os avisos delas.</translation>
    </message>
    <message>
        <source>Sign with this key instead of the team key.</source>
        <translation>Assina com esta chave em vez da chave da equipe.</translation>
    </message>
    <message>
        <source>Give one of --plan, --preview and --confirm.</source>
        <translation>Informe um de --plan, --preview e --confirm.</translation>
    </message>
    <message>
        <source>No observable was given.</source>
        <translation>Nenhum observável foi informado.</translation>
    </message>
    <message>
        <source>--- Notification to %1 (new Investigation “%2”) ---</source>
        <translation>--- Aviso para %1 (nova investigação &quot;%2&quot;) ---</translation>
    </message>
    <message>
        <source>No team named “%1” is in the plan.</source>
        <translation>Nenhuma equipe chamada &quot;%1&quot; está no plano.</translation>
    </message>
    <message>
        <source>Investigations for incident #%1 “%2” (%3):</source>
        <translation>Investigações para o incidente #%1 &quot;%2&quot; (%3):</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>EQUIPE</translation>
    </message>
    <message>
        <source>OBSERVABLES</source>
        <translation>OBSERVÁVEIS</translation>
    </message>
    <message>
        <source>RECIPIENT</source>
        <translation>DESTINATÁRIO</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>ENCRYPTED</source>
        <translation>CRIPTOGRAFADO</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLANO</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>recusada</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>deixada de fora</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>iniciar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>No team in the directory covers these observables.</source>
        <translation>Nenhuma equipe do diretório cobre estes observáveis.</translation>
    </message>
    <message>
        <source>Refused: %1: %2</source>
        <translation>Recusada: %1: %2</translation>
    </message>
    <message>
        <source>For manual handling (no team will be asked):</source>
        <translation>Para tratamento manual (nenhuma equipe será consultada):</translation>
    </message>
    <message>
        <source>Investigation #%1 for %2: notification stored (%3).</source>
        <translation>Investigação #%1 para %2: aviso armazenado (%3).</translation>
    </message>
    <message>
        <source>signed and encrypted</source>
        <translation>assinado e criptografado</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>assinado</translation>
    </message>
    <message numerus="yes">
        <source>Launched %n investigation(s) for incident #%1; export the notifications with &apos;mail export TICKET&apos;.</source>
        <translation>
            <numerusform>%n investigação iniciada para o incidente #%1; exporte os avisos com &quot;mail export TICKET&quot;.</numerusform>
            <numerusform>%n investigações iniciadas para o incidente #%1; exporte os avisos com &quot;mail export TICKET&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write one incident as a report for people outside the tool: summary, linked reports, investigations and countermeasures, tasks, observables, evidence (name, size, SHA-256) and a correspondence summary (date, direction, from, to, subject; no bodies), with our team&apos;s identity and the TLP label at the top and bottom of every page. --sections chooses what goes in (%1; history adds a digest of the ticket&apos;s history). A TLP:RED incident is written only with --confirm-red.</source>
        <translation>Grava um incidente como relatório para pessoas de fora da ferramenta: resumo, notificações vinculadas, investigações e contramedidas, tarefas, observáveis, evidências (nome, tamanho, SHA-256) e um resumo da correspondência (data, direção, de, para, assunto; sem corpos), com a identidade da nossa equipe e o rótulo TLP no topo e no rodapé de cada página. --sections escolhe o que entra (%1; history acrescenta um resumo do histórico do ticket). Um incidente TLP:RED só é gravado com --confirm-red.</translation>
    </message>
    <message>
        <source>pdf, html or md.</source>
        <translation>pdf, html ou md.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>O arquivo a gravar.</translation>
    </message>
    <message>
        <source>The sections, separated by commas (default: all but history).</source>
        <translation>As seções, separadas por vírgulas (padrão: todas, exceto history).</translation>
    </message>
    <message>
        <source>Confirm that a TLP:RED report may be written.</source>
        <translation>Confirma que um relatório TLP:RED pode ser gravado.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Substitui ARQUIVO se ele existir.</translation>
    </message>
    <message>
        <source>Give --format pdf, html or md.</source>
        <translation>Informe --format pdf, html ou md.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>Indique o arquivo a gravar com --out ARQUIVO.</translation>
    </message>
    <message>
        <source>PDF output needs the graphical runtime, which did not start.</source>
        <translation>A saída em PDF precisa do ambiente gráfico, que não foi iniciado.</translation>
    </message>
    <message>
        <source>Incident #%1: report written to %2.</source>
        <translation>Incidente #%1: relatório gravado em %2.</translation>
    </message>
</context>
<context>
    <name>fb::TicketEditor</name>
    <message>
        <source>A ticket needs a title.</source>
        <translation>Um ticket precisa de um título.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>O título tem mais de %1 caracteres.</translation>
    </message>
    <message>
        <source>Severity must be 1 (critical) to 4 (low), not %1.</source>
        <translation>A severidade deve ser de 1 (crítica) a 4 (baixa), não %1.</translation>
    </message>
    <message>
        <source>&apos;%1/%2&apos; is not a class and type of the Reference Security Incident Taxonomy.</source>
        <translation>&quot;%1/%2&quot; não é uma classe e tipo da Reference Security Incident Taxonomy.</translation>
    </message>
    <message>
        <source>A countermeasure must be linked to an incident when it is created.</source>
        <translation>Uma contramedida deve ser vinculada a um incidente ao ser criada.</translation>
    </message>
    <message>
        <source>An incident cannot be linked under another incident.</source>
        <translation>Um incidente não pode ser vinculado a outro incidente.</translation>
    </message>
    <message>
        <source>A ticket needs a title of at most %1 characters.</source>
        <translation>Um ticket precisa de um título de no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TLP 2.0 label (CLEAR, GREEN, AMBER, AMBER+STRICT, RED).</source>
        <translation>&quot;%1&quot; não é um rótulo TLP 2.0 (CLEAR, GREEN, AMBER, AMBER+STRICT, RED).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a class/type of the Reference Security Incident Taxonomy.</source>
        <translation>&quot;%1&quot; não é uma classe/tipo da Reference Security Incident Taxonomy.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>&quot;%1&quot; não é um de: %2.</translation>
    </message>
    <message>
        <source>Severity must be 1 to 4 or critical, high, medium, low; not &apos;%1&apos;.</source>
        <translation>A severidade deve ser de 1 a 4 ou critical, high, medium, low; não &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time (e.g. 2026-05-01T17:00:00Z).</source>
        <translation>&quot;%1&quot; não é uma data e hora ISO 8601 (por exemplo, 2026-05-01T17:00:00Z).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field that can be set; fields: %2.</source>
        <translation>&quot;%1&quot; não é um campo que possa ser definido; campos: %2.</translation>
    </message>
</context>
<context>
    <name>fb::TicketEnums</name>
    <message>
        <source>Incident Report</source>
        <translation>Notificação de incidente</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incidente</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigação</translation>
    </message>
    <message>
        <source>Countermeasure</source>
        <translation>Contramedida</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulário web</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>how reported</comment>
        <extracomment>How an incident was reported</extracomment>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Constituent</source>
        <translation>Membro da comunidade atendida</translation>
    </message>
    <message>
        <source>Other CSIRT</source>
        <translation>Outro CSIRT</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>ISP</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Autoridade policial</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Pessoa física</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>reporter type</comment>
        <translation>Outro</translation>
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
        <translation>Média</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecida</translation>
    </message>
</context>
<context>
    <name>fb::TicketRelationsPanel</name>
    <message>
        <source>Observables</source>
        <translation>Observáveis</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Vínculos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Correspondence</source>
        <translation>Correspondência</translation>
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
        <translation>Outros tickets com este valor</translation>
    </message>
    <message>
        <source>Who handles this?</source>
        <translation>Quem trata isto?</translation>
    </message>
    <message>
        <source>Chain not verified yet.</source>
        <translation>Cadeia ainda não verificada.</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verificar a cadeia</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Alteração</translation>
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
        <translation>Incidente pai: %1</translation>
    </message>
    <message>
        <source>Child: %1</source>
        <translation>Filho: %1</translation>
    </message>
    <message>
        <source>Merged into: %1</source>
        <translation>Mesclado em: %1</translation>
    </message>
    <message>
        <source>No other ticket carries %1.</source>
        <translation>Nenhum outro ticket contém %1.</translation>
    </message>
    <message numerus="yes">
        <source>History chain intact (%n row(s) checked).</source>
        <translation>
            <numerusform>Cadeia do histórico intacta (%n linha verificada).</numerusform>
            <numerusform>Cadeia do histórico intacta (%n linhas verificadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>History chain BROKEN at row %1: %2</source>
        <translation>Cadeia do histórico QUEBRADA na linha %1: %2</translation>
    </message>
    <message>
        <source>Look the selected value up in the directory of teams and constituencies.</source>
        <translation>Consulta o valor selecionado no diretório de equipes e comunidades atendidas.</translation>
    </message>
    <message>
        <source>Correspondence (%1)</source>
        <translation>Correspondência (%1)</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>equipe %1</translation>
    </message>
    <message>
        <source>%1 (country fallback: %2)</source>
        <translation>%1 (alternativa por país: %2)</translation>
    </message>
    <message>
        <source>%1 (via %2)</source>
        <translation>%1 (via %2)</translation>
    </message>
    <message>
        <source>No team in the directory handles %1.</source>
        <translation>Nenhuma equipe no diretório trata %1.</translation>
    </message>
    <message>
        <source>Stored as: %1</source>
        <translation>Armazenado como: %1</translation>
    </message>
    <message>
        <source>Worklog</source>
        <translation>Registro de trabalho</translation>
    </message>
    <message>
        <source>No observables yet</source>
        <translation>Ainda não há observáveis</translation>
    </message>
    <message>
        <source>Add the addresses, domains, URLs and hashes of this ticket with the button below; other tickets with the same value are found from them.</source>
        <translation>Adicione os endereços, domínios, URLs e hashes deste ticket com o botão abaixo; a partir deles são encontrados outros tickets com o mesmo valor.</translation>
    </message>
    <message>
        <source>No linked tickets</source>
        <translation>Nenhum ticket vinculado</translation>
    </message>
    <message>
        <source>Link this ticket to its incident, or to a related ticket, with the buttons below.</source>
        <translation>Vincule este ticket ao seu incidente ou a um ticket relacionado com os botões abaixo.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) to and from this ticket</source>
        <translation>
            <numerusform>%n mensagem recebida ou enviada neste ticket</numerusform>
            <numerusform>%n mensagens recebidas e enviadas neste ticket</numerusform>
        </translation>
    </message>
    <message>
        <source>Worklog (%1)</source>
        <translation>Registro de trabalho (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Comments, mail and changes in time order; %n comment(s)</source>
        <translation>
            <numerusform>Comentários, e-mails e alterações em ordem cronológica; %n comentário</numerusform>
            <numerusform>Comentários, e-mails e alterações em ordem cronológica; %n comentários</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to timeline…</source>
        <translation>Adicionar à linha do tempo…</translation>
    </message>
    <message>
        <source>Add an event for the selected value to the ticket&apos;s timeline.</source>
        <translation>Adicionar um evento para o valor selecionado à linha do tempo do ticket.</translation>
    </message>
</context>
<context>
    <name>fb::TicketRepository</name>
    <message>
        <source>Ticket %1 was merged into %2; change that ticket instead.</source>
        <translation>O ticket %1 foi mesclado em %2; altere aquele ticket em vez deste.</translation>
    </message>
</context>
<context>
    <name>fb::TicketSearch</name>
    <message>
        <source>Give at least one word to search for.</source>
        <translation>Informe pelo menos uma palavra a pesquisar.</translation>
    </message>
    <message>
        <source>The search &apos;%1&apos; could not be run.</source>
        <translation>Não foi possível executar a pesquisa &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>fb::TicketSearchQuery</name>
    <message>
        <source>&apos;%1&apos; is not a value for %2:.</source>
        <translation>&quot;%1&quot; não é um valor para %2:.</translation>
    </message>
    <message>
        <source>Give a value after %1:.</source>
        <translation>Informe um valor depois de %1:.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a TLP label.</source>
        <translation>&quot;%1&quot; não é um rótulo TLP.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket state.</source>
        <translation>&quot;%1&quot; não é um estado de ticket.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a ticket kind.</source>
        <translation>&quot;%1&quot; não é um tipo de ticket.</translation>
    </message>
</context>
<context>
    <name>fb::TicketStatistics</name>
    <message>
        <source>The date range needs a first day on or before its last day.</source>
        <translation>O intervalo de datas precisa de um primeiro dia igual ou anterior ao último.</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Não classificado</translation>
    </message>
    <message>
        <source>First response late</source>
        <translation>Primeira resposta atrasada</translation>
    </message>
    <message>
        <source>Resolution late</source>
        <translation>Resolução atrasada</translation>
    </message>
    <message>
        <source>Median first response (h)</source>
        <translation>Mediana da primeira resposta (h)</translation>
    </message>
    <message>
        <source>90th percentile first response (h)</source>
        <translation>Percentil 90 da primeira resposta (h)</translation>
    </message>
    <message>
        <source>Median resolution (h)</source>
        <translation>Mediana da resolução (h)</translation>
    </message>
    <message>
        <source>90th percentile resolution (h)</source>
        <translation>Percentil 90 da resolução (h)</translation>
    </message>
    <message>
        <source>Reports responded to</source>
        <translation>Notificações respondidas</translation>
    </message>
    <message>
        <source>Tickets resolved</source>
        <translation>Tickets resolvidos</translation>
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
        <translation>Severidade</translation>
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
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
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
        <translation>Lições aprendidas</translation>
    </message>
    <message>
        <source>Resolving incident %1. What should the team do differently next time?</source>
        <translation>Resolvendo o incidente %1. O que a equipe deveria fazer de forma diferente da próxima vez?</translation>
    </message>
    <message>
        <source>Select a ticket to see it here.</source>
        <translation>Selecione um ticket para vê-lo aqui.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Não classificado</translation>
    </message>
    <message>
        <source>TLP:</source>
        <translation>TLP:</translation>
    </message>
    <message>
        <source>Class / type:</source>
        <translation>Classe / tipo:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severidade:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsável:</translation>
    </message>
    <message>
        <source>Constituency:</source>
        <translation>Comunidade atendida:</translation>
    </message>
    <message>
        <source>Resolution due:</source>
        <translation>Prazo de resolução:</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · reported by %4</source>
        <translation>#%1 · %2 · %3 · notificado por %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Marcar %1</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <source>First response due in %1 (%2)</source>
        <translation>Primeira resposta em %1 (%2)</translation>
    </message>
    <message>
        <source>First response overdue by %1 (%2)</source>
        <translation>Primeira resposta atrasada em %1 (%2)</translation>
    </message>
    <message>
        <source>Resolution due in %1 (%2)</source>
        <translation>Resolução em %1 (%2)</translation>
    </message>
    <message>
        <source>Resolution overdue by %1 (%2)</source>
        <translation>Resolução atrasada em %1 (%2)</translation>
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
        <translation>SEV</translation>
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
        <translation>PRAZO</translation>
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
        <translation>[mesclado em #%1] %2</translation>
    </message>
    <message>
        <source>No tickets.</source>
        <translation>Nenhum ticket.</translation>
    </message>
    <message>
        <source>ROW</source>
        <translation>LINHA</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AÇÃO</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ALTERAÇÃO</translation>
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
        <translation>Mesclado em</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severidade</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>Comunidade atendida</translation>
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
        <translation>Criado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primeira resposta</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Prazo de resposta</translation>
    </message>
    <message>
        <source>Resolve due</source>
        <translation>Prazo de resolução</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fechado</translation>
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
        <translation>Filhos</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <source>Observables:</source>
        <translation>Observáveis:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Histórico:</translation>
    </message>
    <message>
        <source>Write mail…</source>
        <translation>Escrever e-mail…</translation>
    </message>
    <message>
        <source>Correspondence:</source>
        <translation>Correspondência:</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Who works on it: someone who already owns tickets here, you, or a new name</source>
        <translation>Quem trabalha nele: alguém que já é responsável por tickets aqui, você ou um novo nome</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Resolving incident %1 needs its lessons learned; it stays %2.</source>
        <translation>Para resolver o incidente %1 são necessárias as lições aprendidas; ele permanece %2.</translation>
    </message>
    <message>
        <source>The list of owners could not be read: %1</source>
        <translation>Não foi possível ler a lista de responsáveis: %1</translation>
    </message>
    <message>
        <source>Reply to the reporter, or notify a correspondent or team</source>
        <translation>Responder ao notificante ou notificar um correspondente ou uma equipe</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Comentários:</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>Tasks (%1):</source>
        <extracomment>A ticket&apos;s tasks, followed by how far they are: &quot;Tasks (3 of 7 done):&quot;.</extracomment>
        <translation>Tarefas (%1):</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>prazo %1</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar relatório…</translation>
    </message>
    <message>
        <source>Write this incident up as PDF, HTML or Markdown, with a preview</source>
        <translation>Redigir este incidente como PDF, HTML ou Markdown, com pré-visualização</translation>
    </message>
    <message>
        <source>Export a TLP:RED report</source>
        <translation>Exportar um relatório TLP:RED</translation>
    </message>
    <message>
        <source>Incident #%1 or a ticket linked to it is TLP:RED: its report is for the people present only. Write it anyway?</source>
        <translation>O incidente #%1 ou um ticket vinculado a ele é TLP:RED: seu relatório é apenas para as pessoas presentes. Gravá-lo mesmo assim?</translation>
    </message>
    <message>
        <source>Share with a team…</source>
        <translation>Compartilhar com uma equipe…</translation>
    </message>
    <message>
        <source>Save this incident&apos;s observables as a MISP event or IODEF document for another team, behind the TLP gate</source>
        <translation>Salva os observáveis deste incidente como evento MISP ou documento IODEF para outra equipe, passando pelo controle de TLP</translation>
    </message>
</context>
<context>
    <name>fb::TicketWorkflow</name>
    <message>
        <source>Ticket %1 is not an incident.</source>
        <translation>O ticket %1 não é um incidente.</translation>
    </message>
    <message>
        <source>Resolving incident %1 needs its lessons learned.</source>
        <translation>Para resolver o incidente %1 são necessárias as lições aprendidas.</translation>
    </message>
    <message>
        <source>Incident %1 cannot be linked under another incident.</source>
        <translation>O incidente %1 não pode ser vinculado a outro incidente.</translation>
    </message>
    <message>
        <source>Ticket %1 is already linked to incident %2.</source>
        <translation>O ticket %1 já está vinculado ao incidente %2.</translation>
    </message>
    <message>
        <source>%1 %2 already belongs to incident %3; it can belong to one incident only.</source>
        <translation>%1 %2 já pertence ao incidente %3; só pode pertencer a um incidente.</translation>
    </message>
    <message>
        <source>Ticket %1 is not linked to incident %2.</source>
        <translation>O ticket %1 não está vinculado ao incidente %2.</translation>
    </message>
    <message>
        <source>Countermeasure %1 must stay linked to an incident; link it to another one first.</source>
        <translation>A contramedida %1 deve permanecer vinculada a um incidente; vincule-a primeiro a outro.</translation>
    </message>
    <message>
        <source>A ticket cannot be merged into itself.</source>
        <translation>Um ticket não pode ser mesclado em si mesmo.</translation>
    </message>
    <message>
        <source>Only incident reports are merged; %1 and %2 are not both reports.</source>
        <translation>Só notificações de incidente são mescladas; %1 e %2 não são ambos notificações.</translation>
    </message>
    <message>
        <source>--- Merged from %1: %2 ---</source>
        <translation>--- Mesclado de %1: %2 ---</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a state of %2.</source>
        <translation>&quot;%1&quot; não é um estado de um ticket do tipo %2.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2 now, not %3; nothing was undone.</source>
        <translation>O ticket %1 está agora no estado %2, não %3; nada foi desfeito.</translation>
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
        <translation>Horário (local); eventos empilhados por hora</translation>
    </message>
    <message>
        <source>Time (local); events stacked per day</source>
        <translation>Horário (local); eventos empilhados por dia</translation>
    </message>
    <message>
        <source>Time (local); events stacked per week</source>
        <translation>Horário (local); eventos empilhados por semana</translation>
    </message>
</context>
<context>
    <name>fb::TimelineCommands</name>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 time with a zone, such as 2026-03-01T14:05:00Z or 2026-03-01T15:05:00+01:00.</source>
        <translation>&quot;%1&quot; não é um horário ISO 8601 com fuso, como 2026-03-01T14:05:00Z ou 2026-03-01T15:05:00+01:00.</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601 with a zone).</source>
        <translation>Quando aconteceu (ISO 8601 com fuso).</translation>
    </message>
    <message>
        <source>Until when it lasted; none for a moment.</source>
        <translation>Até quando durou; none para um instante.</translation>
    </message>
    <message>
        <source>Until when it lasted.</source>
        <translation>Até quando durou.</translation>
    </message>
    <message>
        <source>More about it.</source>
        <translation>Mais detalhes.</translation>
    </message>
    <message>
        <source>Where the account comes from (firewall log, mail #12, by hand).</source>
        <translation>De onde vem o relato (log do firewall, e-mail #12, manual).</translation>
    </message>
    <message>
        <source>The raw data it rests on.</source>
        <translation>Os dados brutos em que se baseia.</translation>
    </message>
    <message>
        <source>Read the raw data from FILE (- for stdin).</source>
        <translation>Lê os dados brutos de ARQUIVO (- para a entrada padrão).</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>O que aconteceu.</translation>
    </message>
    <message>
        <source>Give --raw or --raw-file, not both.</source>
        <translation>Informe --raw ou --raw-file, não ambos.</translation>
    </message>
    <message numerus="yes">
        <source> %n observable(s) added to the ticket.</source>
        <translation>
            <numerusform> %n observável adicionado ao ticket.</numerusform>
            <numerusform> %n observáveis adicionados ao ticket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a dated event to a ticket&apos;s timeline: by hand (WHAT and --at), or taken from a message (--message: its date, subject and sender) or an observable (--observable); the options given replace what is taken. Observables in the description and raw data are added to the ticket.</source>
        <translation>Adiciona um evento datado à linha do tempo de um ticket: manualmente (WHAT e --at), ou tirado de uma mensagem (--message: data, assunto e remetente dela) ou de um observável (--observable); as opções informadas substituem o que é tirado. Os observáveis na descrição e nos dados brutos são adicionados ao ticket.</translation>
    </message>
    <message>
        <source>The ticket number.</source>
        <translation>O número do ticket.</translation>
    </message>
    <message>
        <source>Take the event from this message (see mail list).</source>
        <translation>Tira o evento desta mensagem (consulte mail list).</translation>
    </message>
    <message>
        <source>Take the event from this observable (type guessed).</source>
        <translation>Tira o evento deste observável (tipo deduzido).</translation>
    </message>
    <message>
        <source>Give --message or --observable, not both.</source>
        <translation>Informe --message ou --observable, não ambos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a message number.</source>
        <translation>&quot;%1&quot; não é um número de mensagem.</translation>
    </message>
    <message>
        <source>Say what happened (WHAT), or give --message or --observable.</source>
        <translation>Diga o que aconteceu (WHAT), ou informe --message ou --observable.</translation>
    </message>
    <message>
        <source>Say when it happened with --at.</source>
        <translation>Diga quando aconteceu com --at.</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>Ticket #%1: event %2 added.</source>
        <translation>Ticket #%1: evento %2 adicionado.</translation>
    </message>
    <message>
        <source>List a ticket&apos;s timeline events by the time they happened.</source>
        <translation>Lista os eventos da linha do tempo de um ticket pela ordem em que aconteceram.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event number.</source>
        <translation>&quot;%1&quot; não é um número de evento.</translation>
    </message>
    <message>
        <source>Change what a timeline event says; the options not given stay as they are.</source>
        <translation>Altera o que um evento da linha do tempo diz; as opções não informadas ficam como estão.</translation>
    </message>
    <message>
        <source>The event number (see timeline list).</source>
        <translation>O número do evento (consulte timeline list).</translation>
    </message>
    <message>
        <source>Event %1 changed.</source>
        <translation>Evento %1 alterado.</translation>
    </message>
    <message>
        <source>Remove an event from its ticket&apos;s timeline (the history keeps what it said).</source>
        <translation>Remove um evento da linha do tempo do seu ticket (o histórico guarda o que ele dizia).</translation>
    </message>
    <message>
        <source>Event %1 removed.</source>
        <translation>Evento %1 removido.</translation>
    </message>
    <message>
        <source>Add the events of a CSV file to a ticket&apos;s timeline: a header row names the columns (time and what are needed; end, description, source, raw may be given; see docs/file-format.md), times are ISO 8601 with a zone. All rows or none: a file with a bad row is refused, naming row and column, and nothing is added. At most 10,000 events and 16 MiB.</source>
        <translation>Adiciona os eventos de um arquivo CSV à linha do tempo de um ticket: uma linha de cabeçalho nomeia as colunas (time e what são obrigatórias; end, description, source, raw podem ser informadas; consulte docs/file-format.md), os horários são ISO 8601 com fuso. Todas as linhas ou nenhuma: um arquivo com uma linha inválida é recusado, com a indicação da linha e da coluna, e nada é adicionado. No máximo 10.000 eventos e 16 MiB.</translation>
    </message>
    <message>
        <source>The CSV file; - reads standard input.</source>
        <translation>O arquivo CSV; - lê a entrada padrão.</translation>
    </message>
    <message numerus="yes">
        <source>Ticket #%1: %n event(s) added.</source>
        <translation>
            <numerusform>Ticket #%1: %n evento adicionado.</numerusform>
            <numerusform>Ticket #%1: %n eventos adicionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not read: %1.</source>
        <translation>Colunas não lidas: %1.</translation>
    </message>
    <message>
        <source>Write a ticket&apos;s timeline as CSV (time, end, what, description, source, raw; times in UTC), the form timeline import reads.</source>
        <translation>Grava a linha do tempo de um ticket como CSV (time, end, what, description, source, raw; horários em UTC), no formato que timeline import lê.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Grava em ARQUIVO em vez da saída padrão.</translation>
    </message>
    <message>
        <source>Replace an existing output file.</source>
        <translation>Substitui um arquivo de saída existente.</translation>
    </message>
    <message>
        <source>Timeline of ticket #%1 written to %2.</source>
        <translation>Linha do tempo do ticket #%1 gravada em %2.</translation>
    </message>
</context>
<context>
    <name>fb::TimelineCsv</name>
    <message>
        <source>The file is empty: it needs a header row (time, what, ...) and events.</source>
        <translation>O arquivo está vazio: ele precisa de uma linha de cabeçalho (time, what, ...) e de eventos.</translation>
    </message>
    <message>
        <source>Row 1, column %1: “%2” names the %3 column a second time (column %4 did first).</source>
        <translation>Linha 1, coluna %1: &quot;%2&quot; nomeia a coluna %3 pela segunda vez (a coluna %4 o fez primeiro).</translation>
    </message>
    <message>
        <source>The header row has no %1 column; it needs time and what (and may have end, description, source, raw).</source>
        <translation>A linha de cabeçalho não tem a coluna %1; ela precisa de time e what (e pode ter end, description, source, raw).</translation>
    </message>
    <message>
        <source>Row %L1 has %2 fields; the header has %3.</source>
        <translation>A linha %L1 tem %2 campos; o cabeçalho tem %3.</translation>
    </message>
    <message>
        <source>Row %L1, column %2 (%3): “%4” is not an ISO 8601 time with a zone, such as 2026-03-01T14:05:00Z or 2026-03-01 15:05:00+01:00.</source>
        <translation>Linha %L1, coluna %2 (%3): &quot;%4&quot; não é um horário ISO 8601 com fuso, como 2026-03-01T14:05:00Z ou 2026-03-01 15:05:00+01:00.</translation>
    </message>
</context>
<context>
    <name>fb::TimelineEventDialog</name>
    <message>
        <source>Change timeline event</source>
        <translation>Alterar evento da linha do tempo</translation>
    </message>
    <message>
        <source>Add timeline event</source>
        <translation>Adicionar evento à linha do tempo</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Até</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>O que aconteceu, em uma linha</translation>
    </message>
    <message>
        <source>W&amp;hat:</source>
        <translation>&amp;O quê:</translation>
    </message>
    <message>
        <source>firewall log, mail #12, by hand…</source>
        <translation>log do firewall, e-mail #12, manual…</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrição:</translation>
    </message>
    <message>
        <source>The log line or text this rests on; observables in it are added to the ticket.</source>
        <translation>A linha de log ou o texto em que isto se baseia; os observáveis nele são adicionados ao ticket.</translation>
    </message>
    <message>
        <source>&amp;Raw data:</source>
        <translation>Dados &amp;brutos:</translation>
    </message>
</context>
<context>
    <name>fb::TimelinePanel</name>
    <message numerus="yes">
        <source>%n observable(s) added to the ticket.</source>
        <translation>
            <numerusform>%n observável adicionado ao ticket.</numerusform>
            <numerusform>%n observáveis adicionados ao ticket.</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>No timeline yet</source>
        <translation>Ainda não há linha do tempo</translation>
    </message>
    <message>
        <source>Add what happened when with the buttons below, import a CSV file, or use “Add to timeline” on a message or an observable.</source>
        <translation>Adicione o que aconteceu e quando com os botões abaixo, importe um arquivo CSV ou use &quot;Adicionar à linha do tempo&quot; em uma mensagem ou em um observável.</translation>
    </message>
    <message>
        <source>Add event…</source>
        <translation>Adicionar evento…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Alterar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Add the events of a CSV file: a header row (time, what; end, description, source, raw), times in ISO 8601 with a zone. A file with a bad row adds nothing.</source>
        <translation>Adicionar os eventos de um arquivo CSV: uma linha de cabeçalho (time, what; end, description, source, raw), horários em ISO 8601 com fuso. Um arquivo com uma linha inválida não adiciona nada.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Exportar linha do tempo</translation>
    </message>
    <message>
        <source>Import timeline</source>
        <translation>Importar linha do tempo</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>Timeline</source>
        <extracomment>The tab of a ticket&apos;s timeline, with its number of events.</extracomment>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Linha do tempo (%1)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>%1 has %L2 bytes; at most %L3 are read.</source>
        <translation>%1 tem %L2 bytes; no máximo %L3 são lidos.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nada foi importado: %1</translation>
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
        <translation>Colunas não lidas: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1.</source>
        <translation>
            <numerusform>%n evento gravado em %1.</numerusform>
            <numerusform>%n eventos gravados em %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fb::TimelineStore</name>
    <message>
        <source>An event needs the time it happened.</source>
        <translation>Um evento precisa do horário em que aconteceu.</translation>
    </message>
    <message>
        <source>An event cannot end (%1) before it begins (%2).</source>
        <translation>Um evento não pode terminar (%1) antes de começar (%2).</translation>
    </message>
    <message>
        <source>An event needs a title (what happened) of at most %1 characters.</source>
        <translation>Um evento precisa de um título (o que aconteceu) de no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A source can be at most %1 characters long.</source>
        <translation>Uma fonte pode ter no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The %1 holds a control character (U+%2) at position %3.</source>
        <translation>O campo %1 contém um caractere de controle (U+%2) na posição %3.</translation>
    </message>
    <message>
        <source>The %1 can be at most %L2 characters long; this one has %L3.</source>
        <translation>O campo %1 pode ter no máximo %L2 caracteres; este tem %L3.</translation>
    </message>
    <message>
        <source>Event %L1: %2</source>
        <translation>Evento %L1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>A importação foi cancelada; nada foi adicionado.</translation>
    </message>
    <message>
        <source>Adding events</source>
        <translation>Adicionando eventos</translation>
    </message>
    <message>
        <source>The file has a header row but no events.</source>
        <translation>O arquivo tem uma linha de cabeçalho, mas nenhum evento.</translation>
    </message>
    <message>
        <source>Row %L1, column %2 (%3): %4</source>
        <translation>Linha %L1, coluna %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 %2 seen</source>
        <extracomment>A timeline event taken from an observable: %1 its type (ipv4, domain...), %2 its value.</extracomment>
        <translation>%1 %2 visto</translation>
    </message>
    <message>
        <source>observable</source>
        <translation>observável</translation>
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
        <translation>HORÁRIO</translation>
    </message>
    <message>
        <source>END</source>
        <translation>FIM</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>FONTE</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>O QUÊ</translation>
    </message>
</context>
<context>
    <name>fb::Tlp</name>
    <message>
        <source>Recipients can spread this to the world, there is no limit on disclosure.</source>
        <translation>Os destinatários podem divulgar isto para o mundo; não há limite de divulgação.</translation>
    </message>
    <message>
        <source>Limited disclosure, recipients can spread this within their community.</source>
        <translation>Divulgação limitada: os destinatários podem divulgar isto dentro da sua comunidade.</translation>
    </message>
    <message>
        <source>Limited disclosure, recipients can only spread this on a need-to-know basis within their organization and its clients.</source>
        <translation>Divulgação limitada: os destinatários só podem divulgar isto com base na necessidade de conhecer, dentro da sua organização e dos clientes dela.</translation>
    </message>
    <message>
        <source>Limited disclosure, recipients can only spread this on a need-to-know basis within their organization.</source>
        <translation>Divulgação limitada: os destinatários só podem divulgar isto com base na necessidade de conhecer, dentro da sua organização.</translation>
    </message>
    <message>
        <source>For the eyes and ears of individual recipients only, no further disclosure.</source>
        <translation>Somente para os olhos e ouvidos dos destinatários individuais; nenhuma divulgação adicional.</translation>
    </message>
</context>
<context>
    <name>fb::Triage</name>
    <message>
        <source>Report %1: %2 set.</source>
        <translation>Notificação %1: campo %2 definido.</translation>
    </message>
    <message>
        <source>Say why the report is rejected.</source>
        <translation>Diga por que a notificação é rejeitada.</translation>
    </message>
    <message>
        <source>Report %1 rejected.</source>
        <translation>Notificação %1 rejeitada.</translation>
    </message>
    <message>
        <source>Report %1 is now part of the new incident %2.</source>
        <translation>A notificação %1 agora faz parte do novo incidente %2.</translation>
    </message>
    <message>
        <source>Report %1 linked to incident %2.</source>
        <translation>Notificação %1 vinculada ao incidente %2.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Não há nada para desfazer.</translation>
    </message>
    <message>
        <source>Report %1 was changed since; its history shows what happened. Nothing was undone.</source>
        <translation>A notificação %1 foi alterada desde então; o histórico dela mostra o que aconteceu. Nada foi desfeito.</translation>
    </message>
    <message>
        <source>Incident %1 was worked on since it was made; it stays. Nothing was undone.</source>
        <translation>O incidente %1 foi trabalhado desde que foi criado; ele permanece. Nada foi desfeito.</translation>
    </message>
    <message>
        <source>Made in triage by mistake; undone (report %1).</source>
        <translation>Criado na triagem por engano; desfeito (notificação %1).</translation>
    </message>
</context>
<context>
    <name>fb::TriagePage</name>
    <message>
        <source>Type an incident&apos;s number or title…</source>
        <translation>Digite o número ou o título de um incidente…</translation>
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
        <translation>Estado: %1 · TLP: %2 · Severidade: %3 · Classe: %4</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>não classificado</translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Notificado por %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observáveis</translation>
    </message>
    <message>
        <source>Type an incident&apos;s number, or pick one from the list.</source>
        <translation>Digite o número de um incidente ou escolha um na lista.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Link to incident (%1)</source>
        <translation>Vincular a um incidente (%1)</translation>
    </message>
    <message>
        <source>No new reports to triage. Import mail (Ctrl+I) or wait for the next report.</source>
        <translation>Nenhuma notificação nova para triagem. Importe e-mails (Ctrl+I) ou aguarde a próxima notificação.</translation>
    </message>
    <message numerus="yes">
        <source>All new reports triaged (%n handled here; K goes back).</source>
        <translation>
            <numerusform>Todas as notificações novas passaram pela triagem (%n tratada aqui; K volta).</numerusform>
            <numerusform>Todas as notificações novas passaram pela triagem (%n tratadas aqui; K volta).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report %1 of %2 (%3 still new)</source>
        <translation>Notificação %1 de %2 (ainda novas: %3)</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Desfeito: %1</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Novo incidente</translation>
    </message>
    <message>
        <source>Title of the new incident for report %1:</source>
        <translation>Título do novo incidente para a notificação %1:</translation>
    </message>
    <message>
        <source>An incident needs a title; nothing was made.</source>
        <translation>Um incidente precisa de um título; nada foi criado.</translation>
    </message>
    <message>
        <source>Reject report</source>
        <translation>Rejeitar notificação</translation>
    </message>
    <message>
        <source>Why is report %1 rejected? (For example: spam, not an incident, outside our constituency, duplicate.)</source>
        <translation>Por que a notificação %1 é rejeitada? (Por exemplo: spam, não é um incidente, fora da nossa comunidade atendida, duplicada.)</translation>
    </message>
    <message>
        <source>TLP:RED</source>
        <translation>TLP:RED</translation>
    </message>
    <message>
        <source>Mark report %1 TLP:RED? It may then be shared only with the people present, never mailed unencrypted.</source>
        <translation>Marcar a notificação %1 como TLP:RED? Ela só poderá então ser compartilhada com as pessoas presentes, nunca enviada por e-mail sem criptografia.</translation>
    </message>
    <message>
        <source>No new reports to triage</source>
        <translation>Nenhuma notificação nova para triagem</translation>
    </message>
    <message>
        <source>Reports arrive with mail: import it with File → Import mail files…, or wait for the next report.</source>
        <translation>As notificações chegam por e-mail: importe os e-mails com Arquivo → Importar arquivos de e-mail… ou aguarde a próxima notificação.</translation>
    </message>
</context>
<context>
    <name>fb::TrustedIntroducerReader</name>
    <message>
        <source>The field is missing.</source>
        <translation>O campo está ausente.</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>Era esperado texto.</translation>
    </message>
    <message>
        <source>Expected a list of text.</source>
        <translation>Era esperada uma lista de textos.</translation>
    </message>
    <message>
        <source>Expected a list.</source>
        <translation>Era esperada uma lista.</translation>
    </message>
    <message>
        <source>“%1” is not a channel usage (one of: %2).</source>
        <translation>&quot;%1&quot; não é um uso de canal (um de: %2).</translation>
    </message>
    <message>
        <source>Expected text or an object.</source>
        <translation>Era esperado texto ou um objeto.</translation>
    </message>
    <message>
        <source>“%1” is not a team type (one of: %2).</source>
        <translation>&quot;%1&quot; não é um tipo de equipe (um de: %2).</translation>
    </message>
    <message>
        <source>“%1” is not a Trusted Introducer status.</source>
        <translation>&quot;%1&quot; não é um status do Trusted Introducer.</translation>
    </message>
    <message>
        <source>Expected true or false.</source>
        <translation>Era esperado true ou false.</translation>
    </message>
    <message>
        <source>Expected an object.</source>
        <translation>Era esperado um objeto.</translation>
    </message>
    <message>
        <source>Expected an ISO 8601 time.</source>
        <translation>Era esperado um horário ISO 8601.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>linha %1, coluna %2</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1.</source>
        <translation>O arquivo não é JSON válido: %1.</translation>
    </message>
    <message>
        <source>The file holds no list of teams (expected an array or {&quot;teams&quot;: [...]}).</source>
        <translation>O arquivo não contém nenhuma lista de equipes (era esperado um array ou {&quot;teams&quot;: [...]}).</translation>
    </message>
    <message>
        <source>Expected an object for a team.</source>
        <translation>Era esperado um objeto para uma equipe.</translation>
    </message>
</context>
<context>
    <name>fb::UserGuideDialog</name>
    <message>
        <source>Firebreak user guide</source>
        <translation>Guia do usuário do Firebreak</translation>
    </message>
    <message>
        <source>This build of Firebreak has no user guide.</source>
        <translation>Esta compilação do Firebreak não tem guia do usuário.</translation>
    </message>
</context>
<context>
    <name>fb::VCardReader</name>
    <message>
        <source>Not a property line (a folded line must start with a space or a tab).</source>
        <translation>Não é uma linha de propriedade (uma linha dobrada deve começar com um espaço ou uma tabulação).</translation>
    </message>
    <message>
        <source>A parameter must have the form NAME=value.</source>
        <translation>Um parâmetro deve ter a forma NOME=valor.</translation>
    </message>
    <message>
        <source>A quoted parameter value is not closed.</source>
        <translation>Um valor de parâmetro entre aspas não foi fechado.</translation>
    </message>
    <message>
        <source>A double quote may only enclose a whole parameter value.</source>
        <translation>Aspas duplas só podem envolver um valor de parâmetro inteiro.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>linha %1</translation>
    </message>
    <message>
        <source>A continuation line has nothing to continue.</source>
        <translation>Uma linha de continuação não tem nada a continuar.</translation>
    </message>
    <message>
        <source>The card starting here has no END:VCARD.</source>
        <translation>O cartão que começa aqui não tem END:VCARD.</translation>
    </message>
    <message>
        <source>Text outside BEGIN:VCARD ... END:VCARD.</source>
        <translation>Texto fora de BEGIN:VCARD ... END:VCARD.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, linha %2</translation>
    </message>
    <message>
        <source>the text is not valid %1; it was read as Latin-1 (ISO 8859-1): check it.</source>
        <translation>o texto não é %1 válido; ele foi lido como Latin-1 (ISO 8859-1): verifique-o.</translation>
    </message>
    <message>
        <source>the character set “%1” is unknown; the text was read as UTF-8 or Latin-1: check it.</source>
        <translation>o conjunto de caracteres &quot;%1&quot; é desconhecido; o texto foi lido como UTF-8 ou Latin-1: verifique-o.</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8; it was read as Latin-1 (ISO 8859-1): check it.</source>
        <translation>o texto não é UTF-8 válido; ele foi lido como Latin-1 (ISO 8859-1): verifique-o.</translation>
    </message>
    <message>
        <source>The card has no VERSION (2.1, 3.0 or 4.0).</source>
        <translation>O cartão não tem VERSION (2.1, 3.0 ou 4.0).</translation>
    </message>
    <message>
        <source>vCard version “%1” is not read (2.1, 3.0 and 4.0 are).</source>
        <translation>A versão &quot;%1&quot; do vCard não é lida (as versões 2.1, 3.0 e 4.0 são).</translation>
    </message>
</context>
<context>
    <name>fb::Vault</name>
    <message>
        <source>%1 already exists; Firebreak does not overwrite files.</source>
        <translation>%1 já existe; o Firebreak não sobrescreve arquivos.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>The key was derived for another file than %1.</source>
        <translation>A chave foi derivada para um arquivo diferente de %1.</translation>
    </message>
    <message>
        <source>Cannot %1 the workspace %2: %3</source>
        <translation>Não é possível %1 o espaço de trabalho %2: %3</translation>
    </message>
    <message>
        <source>create</source>
        <translation>criar</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abrir</translation>
    </message>
    <message>
        <source>setting the key</source>
        <translation>definir a chave</translation>
    </message>
    <message>
        <source>reading the workspace</source>
        <translation>ler o espaço de trabalho</translation>
    </message>
    <message>
        <source>%1 is read-only; Firebreak needs to write to it.</source>
        <translation>%1 é somente leitura; o Firebreak precisa gravar nele.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Firebreak workspace.</source>
        <translation>%1 é um banco de dados SQLite, mas não um espaço de trabalho do Firebreak.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Firebreak (workspace format %2; this program knows up to %3). Update Firebreak to open it; the file has not been changed.</source>
        <translation>%1 foi gravado por uma versão mais recente do Firebreak (formato de espaço de trabalho %2; este programa conhece até o %3). Atualize o Firebreak para abri-lo; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging; is its folder writable?</source>
        <translation>Não é possível mudar %1 para o log de gravação antecipada (WAL); a pasta dele permite gravação?</translation>
    </message>
    <message>
        <source>%1 returned nothing.</source>
        <translation>%1 não retornou nada.</translation>
    </message>
    <message>
        <source>The schema migration %1 is missing from this build.</source>
        <translation>A migração de esquema %1 não existe nesta versão.</translation>
    </message>
    <message>
        <source>Upgrading %1 to format %2 failed: %3</source>
        <translation>Falha ao atualizar %1 para o formato %2: %3</translation>
    </message>
    <message>
        <source>This database is not encrypted.</source>
        <translation>Este banco de dados não está criptografado.</translation>
    </message>
    <message>
        <source>The workspace %1 is closed.</source>
        <translation>O espaço de trabalho %1 está fechado.</translation>
    </message>
    <message>
        <source>preparing a query</source>
        <translation>preparar uma consulta</translation>
    </message>
    <message>
        <source>running a statement</source>
        <translation>executar uma instrução</translation>
    </message>
    <message>
        <source>The workspace %1 could not be written (%2 while %3).</source>
        <translation>Não foi possível gravar o espaço de trabalho %1 (%2 ao %3).</translation>
    </message>
    <message>
        <source>The workspace %1 is in use by another program (%2 while %3).</source>
        <translation>O espaço de trabalho %1 está em uso por outro programa (%2 ao %3).</translation>
    </message>
    <message>
        <source>The change conflicts with what is stored (%1 while %2).</source>
        <translation>A alteração entra em conflito com o que está armazenado (%1 ao %2).</translation>
    </message>
    <message>
        <source>Database error in %1 (%2 while %3).</source>
        <translation>Erro de banco de dados em %1 (%2 ao %3).</translation>
    </message>
    <message>
        <source>The transaction is no longer open.</source>
        <translation>A transação não está mais aberta.</translation>
    </message>
    <message>
        <source>A step of this change failed, so none of it was saved.</source>
        <translation>Uma etapa desta alteração falhou, então nada dela foi salvo.</translation>
    </message>
    <message>
        <source>binding a query parameter</source>
        <translation>vincular um parâmetro de consulta</translation>
    </message>
    <message>
        <source>running a query</source>
        <translation>executar uma consulta</translation>
    </message>
    <message>
        <source>preparing the copy of %1</source>
        <translation>preparar a cópia de %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>ler %1</translation>
    </message>
    <message>
        <source>copying %1</source>
        <translation>copiar %1</translation>
    </message>
    <message>
        <source>The passphrase does not open %1 (or the file is not a Firebreak workspace, or its first page is damaged).</source>
        <translation>A frase secreta não abre %1 (ou o arquivo não é um espaço de trabalho do Firebreak, ou sua primeira página está danificada).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2, and its write-ahead log %3 holds changes that are not yet in the file. Make the file and its folder writable and open it again; nothing has been changed.</source>
        <translation>Não é possível abrir %1: %2, e seu log de gravação antecipada %3 contém alterações que ainda não estão no arquivo. Permita a gravação no arquivo e na pasta dele e abra-o novamente; nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 is in workspace format %2 and must be upgraded to format %3 to be opened, but %4. Make it writable and open it again; nothing has been changed.</source>
        <translation>%1 está no formato de espaço de trabalho %2 e precisa ser atualizado para o formato %3 para ser aberto, mas %4. Permita a gravação nele e abra-o novamente; nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 is open read-only (%2): changes cannot be saved. Make the file and its folder writable and open it again.</source>
        <translation>%1 está aberto somente para leitura (%2): as alterações não podem ser salvas. Permita a gravação no arquivo e na pasta dele e abra-o novamente.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged: a page fails its integrity check (while %2). Restore it from a backup; verify lists the tables that can still be read.</source>
        <translation>O espaço de trabalho %1 está danificado: uma página não passa na verificação de integridade (ao %2). Restaure-o a partir de um backup; verify lista as tabelas que ainda podem ser lidas.</translation>
    </message>
    <message>
        <source>The passphrase cannot be changed inside a transaction.</source>
        <translation>A frase secreta não pode ser alterada dentro de uma transação.</translation>
    </message>
    <message>
        <source>Cannot replace %1 with its re-encrypted copy: %2</source>
        <translation>Não é possível substituir %1 pela sua cópia criptografada novamente: %2</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed, but the workspace could not be opened again: %2</source>
        <translation>A frase secreta de %1 foi alterada, mas não foi possível abrir o espaço de trabalho novamente: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is in use by another window or program; close it and change the passphrase again.</source>
        <translation>O espaço de trabalho %1 está em uso por outra janela ou programa; feche-o e altere a frase secreta novamente.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Não é possível criar %1: %2</translation>
    </message>
    <message>
        <source>creating the re-encrypted copy</source>
        <translation>criar a cópia criptografada novamente</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged at page %2 (%3). Restore it from a backup; verify lists the tables that can still be read.</source>
        <translation>O espaço de trabalho %1 está danificado na página %2 (%3). Restaure-o a partir de um backup; verify lista as tabelas que ainda podem ser lidas.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (%2). Restore it from a backup; verify lists the tables that can still be read.</source>
        <translation>O espaço de trabalho %1 está danificado (%2). Restaure-o a partir de um backup; verify lista as tabelas que ainda podem ser lidas.</translation>
    </message>
</context>
<context>
    <name>fb::WorklogPanel</name>
    <message>
        <source>Internal comment for the team — never mailed. %1 adds it.</source>
        <translation>Comentário interno para a equipe — nunca enviado por e-mail. %1 o adiciona.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Alterações</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Select an entry to read it whole.</source>
        <translation>Selecione uma entrada para lê-la por inteiro.</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Adicionar comentário</translation>
    </message>
    <message>
        <source>This ticket was merged into another one; comment there.</source>
        <translation>Este ticket foi mesclado em outro; comente lá.</translation>
    </message>
    <message>
        <source>Mail from %1: %2</source>
        <translation>E-mail de %1: %2</translation>
    </message>
    <message>
        <source>Mail to %1: %2</source>
        <translation>E-mail para %1: %2</translation>
    </message>
    <message>
        <source>From: %1
To: %2
Subject: %3

%4</source>
        <translation>De: %1
Para: %2
Assunto: %3

%4</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comentário: %1</translation>
    </message>
    <message>
        <source>Nothing logged yet</source>
        <translation>Nada registrado ainda</translation>
    </message>
    <message>
        <source>Comments and changes to this ticket show here; write a comment below.</source>
        <translation>Os comentários e as alterações deste ticket aparecem aqui; escreva um comentário abaixo.</translation>
    </message>
    <message>
        <source>%1

As recorded: %2</source>
        <translation>%1

Como registrado: %2</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceCommands</name>
    <message>
        <source>Create a new, empty workspace at --workspace (or $%1), encrypted with a key derived from the passphrase. An existing file is never overwritten. When the passphrase is asked for, it is asked twice.</source>
        <translation>Cria um espaço de trabalho novo e vazio em --workspace (ou $%1), criptografado com uma chave derivada da frase secreta. Um arquivo existente nunca é sobrescrito. Quando a frase secreta é pedida, ela é pedida duas vezes.</translation>
    </message>
    <message>
        <source>%1 already exists; init never overwrites a file.</source>
        <translation>%1 já existe; init nunca sobrescreve um arquivo.</translation>
    </message>
    <message>
        <source>New workspace passphrase: </source>
        <translation>Frase secreta do novo espaço de trabalho: </translation>
    </message>
    <message>
        <source>Created workspace %1.</source>
        <translation>Espaço de trabalho %1 criado.</translation>
    </message>
    <message>
        <source>Read the new passphrase from the first line of FILE (else $%1, else asked twice).</source>
        <translation>Lê a nova frase secreta da primeira linha de ARQUIVO (senão, $%1; senão, é pedida duas vezes).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nova frase secreta: </translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>Frase secreta alterada.</translation>
    </message>
    <message>
        <source>Integrity check: ok.</source>
        <translation>Verificação de integridade: ok.</translation>
    </message>
    <message>
        <source>History: %1 rows, chain intact.</source>
        <translation>Histórico: %1 linhas, cadeia intacta.</translation>
    </message>
    <message>
        <source>History: chain broken.</source>
        <translation>Histórico: cadeia quebrada.</translation>
    </message>
    <message>
        <source>History row %1 breaks the chain: %2</source>
        <translation>A linha %1 do histórico quebra a cadeia: %2</translation>
    </message>
    <message>
        <source>Create a demo workspace at --workspace when there is no file there yet: about forty tickets of every kind over the last ninety days (botnet, SSH brute force, CVE-2024-3094, DDoS, ransomware, phishing, spam). Then show its queues.</source>
        <translation>Cria um espaço de trabalho de demonstração em --workspace quando ainda não há nenhum arquivo lá: cerca de quarenta tickets de todos os tipos nos últimos noventa dias (botnet, força bruta SSH, CVE-2024-3094, DDoS, ransomware, phishing, spam). Depois mostra suas filas.</translation>
    </message>
    <message>
        <source>Passphrase for the demo workspace: </source>
        <translation>Frase secreta do espaço de trabalho de demonstração: </translation>
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
        <translation>ATIVOS</translation>
    </message>
    <message>
        <source>SLA BREACHED</source>
        <translation>SLA VIOLADO</translation>
    </message>
    <message>
        <source>BY STATE</source>
        <translation>POR ESTADO</translation>
    </message>
    <message>
        <source>Created the demo workspace %1 with %2 tickets.</source>
        <translation>Espaço de trabalho de demonstração %1 criado com %2 tickets.</translation>
    </message>
    <message>
        <source>Demo workspace %1 (%2 tickets).</source>
        <translation>Espaço de trabalho de demonstração %1 (%2 tickets).</translation>
    </message>
    <message>
        <source>Try:
  firebreak-cli ticket list --active --sort due
  firebreak-cli ticket show 2
  firebreak-cli observable search 203.0.113.0/24
  firebreak-cli ticket search phishing owner:bob
  firebreak-cli verify
</source>
        <translation>Experimente:
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
            <numerusform>  legível     %1 (%n linha)</numerusform>
            <numerusform>  legível     %1 (%n linhas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  DAMAGED     %1 (%n row(s) read before the damage)</source>
        <translation>
            <numerusform>  DANIFICADA  %1 (%n linha lida antes do dano)</numerusform>
            <numerusform>  DANIFICADA  %1 (%n linhas lidas antes do dano)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Every table can still be read: the damage is in an index or in unused pages.</source>
        <translation>%1 Todas as tabelas ainda podem ser lidas: o dano está em um índice ou em páginas não usadas.</translation>
    </message>
    <message>
        <source>%1 Tables that cannot be read whole: %2.</source>
        <translation>%1 Tabelas que não podem ser lidas por inteiro: %2.</translation>
    </message>
    <message>
        <source>Tickets: %1 match their history.</source>
        <translation>Tickets: %1 correspondem ao seu histórico.</translation>
    </message>
    <message numerus="yes">
        <source>Tickets: %n difference(s) from their history:</source>
        <translation>
            <numerusform>Tickets: %n diferença em relação ao histórico:</numerusform>
            <numerusform>Tickets: %n diferenças em relação ao histórico:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … e mais %n.</numerusform>
            <numerusform>  … e mais %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tickets do not match their history: %n difference(s), the first in ticket #%1 (%2).</source>
        <translation>
            <numerusform>Os tickets não correspondem ao seu histórico: %n diferença, no ticket #%1 (%2).</numerusform>
            <numerusform>Os tickets não correspondem ao seu histórico: %n diferenças, a primeira no ticket #%1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy&apos;s passphrase from the first line of FILE (else $%1, else the damaged workspace&apos;s passphrase).</source>
        <translation>A frase secreta da cópia, da primeira linha de ARQUIVO (senão, $%1; senão, a frase secreta do espaço de trabalho danificado).</translation>
    </message>
    <message>
        <source>Copy every row that can still be read of a damaged workspace into a new workspace OUT (never overwritten), skipping the pages that fail their check; full-text indexes are rebuilt. The damaged file is only read. Exit code 0 when everything was copied, 2 when rows were lost (run verify on the copy: its history chain names where).</source>
        <translation>Copia todas as linhas que ainda podem ser lidas de um espaço de trabalho danificado para um novo espaço de trabalho SAÍDA (nunca sobrescrito), pulando as páginas que não passam na verificação; os índices de texto completo são reconstruídos. O arquivo danificado é apenas lido. Código de saída 0 quando tudo foi copiado; 2 quando linhas foram perdidas (execute verify na cópia: a cadeia do histórico dela indica onde).</translation>
    </message>
    <message>
        <source>Passphrase for the copy: </source>
        <translation>Frase secreta da cópia: </translation>
    </message>
    <message>
        <source>Passphrase for the copy (the same as before): </source>
        <translation>Frase secreta da cópia (a mesma de antes): </translation>
    </message>
    <message numerus="yes">
        <source>  copied      %1 (%n row(s))</source>
        <translation>
            <numerusform>  copiada     %1 (%n linha)</numerusform>
            <numerusform>  copiada     %1 (%n linhas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  PARTLY      %1 (%n row(s); rows on unreadable pages lost)</source>
        <translation>
            <numerusform>  PARCIAL     %1 (%n linha; linhas em páginas ilegíveis perdidas)</numerusform>
            <numerusform>  PARCIAL     %1 (%n linhas; linhas em páginas ilegíveis perdidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Salvaged into %1.</source>
        <translation>Recuperado em %1.</translation>
    </message>
    <message numerus="yes">
        <source>Some rows could not be read and are not in %1 (%n copied row(s) refer to lost rows). Run verify on the copy.</source>
        <translation>
            <numerusform>Algumas linhas não puderam ser lidas e não estão em %1 (%n linha copiada se refere a linhas perdidas). Execute verify na cópia.</numerusform>
            <numerusform>Algumas linhas não puderam ser lidas e não estão em %1 (%n linhas copiadas se referem a linhas perdidas). Execute verify na cópia.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new workspace file.</source>
        <translation>O novo arquivo de espaço de trabalho.</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity check over every page, walk the hash chain of the history, and replay the history of every ticket to compare it with the tickets (each difference names the ticket, the field, what the history says and what the ticket holds), and recompute every evidence file&apos;s size and SHA-256 (a changed file names its ticket and file). Exit code 0 when all is intact, 2 otherwise.</source>
        <translation>Executa a verificação de integridade do SQLite em todas as páginas, percorre a cadeia de hashes do histórico e reproduz o histórico de cada ticket para compará-lo com os tickets (cada diferença indica o ticket, o campo, o que o histórico diz e o que o ticket contém), e recalcula o tamanho e o SHA-256 de cada arquivo de evidência (um arquivo alterado indica o seu ticket e arquivo). Código de saída 0 quando tudo está intacto; 2 caso contrário.</translation>
    </message>
    <message>
        <source>Change the passphrase: the whole file is re-encrypted under a key from the new passphrase and a fresh salt. The current passphrase comes from the usual sources, never from a key kept by unlock; that key is forgotten.</source>
        <translation>Altera a frase secreta: todo o arquivo é criptografado novamente com uma chave derivada da nova frase secreta e de um salt novo. A frase secreta atual vem das fontes habituais, nunca de uma chave mantida por unlock; essa chave é esquecida.</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceFile</name>
    <message>
        <source>There is no workspace file at %1.</source>
        <translation>Não há nenhum arquivo de espaço de trabalho em %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 não é um arquivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite database, not a Firebreak workspace.</source>
        <translation>%1 é um banco de dados SQLite não criptografado, não um espaço de trabalho do Firebreak.</translation>
    </message>
    <message>
        <source>%1 is not a Firebreak workspace, or it is truncated (%2 bytes).</source>
        <translation>%1 não é um espaço de trabalho do Firebreak, ou está truncado (%2 bytes).</translation>
    </message>
    <message>
        <source>it is on a read-only file system</source>
        <translation>ele está em um sistema de arquivos somente leitura</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>o arquivo é somente leitura</translation>
    </message>
    <message>
        <source>its folder %1 is read-only</source>
        <translation>sua pasta %1 é somente leitura</translation>
    </message>
    <message>
        <source>Cannot open %1 for changes: %2 cannot be written by this user. Make it writable, or remove it when no program has the workspace open.</source>
        <translation>Não é possível abrir %1 para alterações: %2 não pode ser gravado por este usuário. Permita a gravação nele ou remova-o quando nenhum programa estiver com o espaço de trabalho aberto.</translation>
    </message>
    <message>
        <source>Cannot open %1 for changes: its write-ahead log %2 cannot be written by this user. Make it writable; do not remove it, it holds saved changes.</source>
        <translation>Não é possível abrir %1 para alterações: seu log de gravação antecipada %2 não pode ser gravado por este usuário. Permita a gravação nele; não o remova, ele contém alterações salvas.</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk: %2</source>
        <translation>Não é possível gravar %1 no disco: %2</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceSession</name>
    <message>
        <source>&apos;%1&apos; is not a duration from 1s to 12h: give seconds, minutes or hours, as 30s, 15m or 2h.</source>
        <translation>&quot;%1&quot; não é uma duração de 1s a 12h: informe segundos, minutos ou horas, como 30s, 15m ou 2h.</translation>
    </message>
    <message>
        <source>A session lasts from 1 second to 12 hours.</source>
        <translation>Uma sessão dura de 1 segundo a 12 horas.</translation>
    </message>
</context>
<context>
    <name>fb::WorkspaceSettings</name>
    <message>
        <source>SLA times are %1 minutes to %2 days; not %3 minutes (severity %4).</source>
        <translation>Os tempos de SLA vão de %1 minutos a %2 dias; não %3 minutos (severidade %4).</translation>
    </message>
    <message>
        <source>The first response cannot be due after the resolution (severity %1).</source>
        <translation>A primeira resposta não pode vencer depois da resolução (severidade %1).</translation>
    </message>
    <message>
        <source>Directory entries are stale after %1 to %2 days; not %3.</source>
        <translation>As entradas do diretório ficam desatualizadas após %1 a %2 dias; não %3.</translation>
    </message>
    <message>
        <source>Auto-lock is 0 (never) to %1 minutes; not %2.</source>
        <translation>O bloqueio automático vai de 0 (nunca) a %1 minutos; não %2.</translation>
    </message>
    <message>
        <source>“%1” is not a language of Firebreak; choose one of %2, or nothing for the system&apos;s.</source>
        <translation>&quot;%1&quot; não é um idioma do Firebreak; escolha um entre %2, ou nada para o do sistema.</translation>
    </message>
    <message>
        <source>This computer&apos;s settings could not be saved to %1.</source>
        <translation>Não foi possível salvar as configurações deste computador em %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Incident-handling workbench for CSIRTs</source>
        <translation>Bancada de tratamento de incidentes para CSIRTs</translation>
    </message>
    <message>
        <source>Open the demo workspace, creating it if needed.</source>
        <translation>Abre o espaço de trabalho de demonstração, criando-o se necessário.</translation>
    </message>
    <message>
        <source>Render the main window to PNG files in &lt;dir&gt; (sample data) and quit.</source>
        <translation>Renderiza a janela principal em arquivos PNG em &lt;dir&gt; (dados de exemplo) e sai.</translation>
    </message>
    <message>
        <source>The workspace file to open.</source>
        <translation>O arquivo de espaço de trabalho a abrir.</translation>
    </message>
</context>
</TS>
