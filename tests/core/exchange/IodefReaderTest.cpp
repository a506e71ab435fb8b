// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/IodefReader.h"
#include "core/exchange/IodefWriter.h"
#include "tests/core/exchange/IodefValidation.h"

using namespace fb;
using namespace Qt::StringLiterals;

namespace {

// A foreign team's document, valid against the schema, with something of everything the reader handles.
const QByteArray kForeign = R"(<?xml version="1.0" encoding="UTF-8"?>
<IODEF-Document version="2.00" xml:lang="en" xmlns="urn:ietf:params:xml:ns:iodef-2.0"
    xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:x="urn:example:private">
  <Incident purpose="mitigation" status="new" restriction="need-to-know">
    <IncidentID name="cert.example.net">INC-77</IncidentID>
    <ReportTime>2026-03-01T10:00:00Z</ReportTime>
    <GenerationTime>2026-03-01T11:00:00Z</GenerationTime>
    <Description>Brute force against SSH</Description>
    <Discovery source="nidps"><Description>Seen by our sensors</Description></Discovery>
    <Assessment><SystemImpact severity="medium" type="takeover-account"/></Assessment>
    <Method><Reference><Description>Exploited CVE-2023-48795 (Terrapin)</Description></Reference></Method>
    <Contact role="creator" type="organization"><ContactName>CERT Example</ContactName>
      <Email><EmailTo>cert@example.net</EmailTo></Email></Contact>
    <EventData>
      <Description>Sources</Description>
      <Flow>
        <System category="source"><Node><Address category="ipv4-addr">203.0.113.7</Address>
          <Address category="ipv4-addr">203.0.113.0/28</Address>
          <Address category="mac">00:11:22:33:44:55</Address>
          <Address category="ipv4-addr">999.1.1.1</Address></Node></System>
        <System category="target"><Node><DomainData><Name>ssh.victim.example.org</Name></DomainData>
          <Address category="asn">64500</Address></Node></System>
      </Flow>
    </EventData>
    <IndicatorData>
      <Indicator>
        <IndicatorID name="cert.example.net" version="1">ind-1</IndicatorID>
        <Observable>
          <FileData><File><HashData scope="file-contents"><Hash>
            <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmldsig-more#md5"/>
            <ds:DigestValue>1B2M2Y8AsgTpgAmY7PhCfg==</ds:DigestValue>
          </Hash></HashData></File></FileData>
        </Observable>
      </Indicator>
      <Indicator>
        <IndicatorID name="cert.example.net" version="1">ind-2</IndicatorID>
        <Observable><BulkObservable type="ipv6-addr"><BulkObservableList>2001:db8::5
          2001:db8::6</BulkObservableList></BulkObservable></Observable>
      </Indicator>
    </IndicatorData>
    <AdditionalData dtype="string" meaning="their-queue">abuse</AdditionalData>
  </Incident>
  <Incident purpose="reporting">
    <IncidentID name="cert.example.net">INC-78</IncidentID>
    <GenerationTime>2026-03-01T11:00:00Z</GenerationTime>
    <Contact role="creator" type="organization"><ContactName>CERT Example</ContactName></Contact>
  </Incident>
</IODEF-Document>
)";

bool warned(const IodefIncident& incident, const QString& where, const QString& part)
{
    for (const ExchangeWarning& w : incident.warnings) {
        if (w.where == where && w.message.contains(part))
            return true;
    }
    return false;
}

QStringList values(const IodefIncident& incident)
{
    QStringList out;
    for (const Observable& o : incident.observables)
        out.append(observableTypeKey(o.type) + u':' + o.value);
    return out;
}

} // namespace

TEST_CASE("A foreign IODEF document gives observables, label, severity, notes and warnings by line", "[iodef]")
{
    test::TempDir dir;
    test::writeAll(dir.file(u"foreign.xml"_s), kForeign);
    INFO(test::xmllintProblems(dir.file(u"foreign.xml"_s)).toStdString());
    REQUIRE(test::xmllintProblems(dir.file(u"foreign.xml"_s)).isEmpty()); // the fixture itself is valid
    REQUIRE(IodefReader::validate(kForeign));

    auto read = IodefReader::read(kForeign);
    INFO((read ? QString() : read.error().toString()).toStdString());
    REQUIRE(read);
    CHECK(read->idName == u"cert.example.net"_s);
    CHECK(read->id == u"INC-77"_s);
    CHECK(read->purpose == u"mitigation"_s);
    CHECK(read->tlp == TlpLevel::Amber); // need-to-know
    CHECK(read->severity == 3);
    CHECK_FALSE(read->uuidWritten);
    CHECK_FALSE(read->uuid.isNull());
    CHECK(IodefReader::read(kForeign)->uuid == read->uuid); // the same incident, the same identity
    CHECK(values(*read) == QStringList{u"cve:CVE-2023-48795"_s, u"ipv4:203.0.113.7"_s, u"cidr:203.0.113.0/28"_s,
                                       u"domain:ssh.victim.example.org"_s, u"asn:AS64500"_s,
                                       u"md5:d41d8cd98f00b204e9800998ecf8427e"_s, u"ipv6:2001:db8::5"_s,
                                       u"ipv6:2001:db8::6"_s});
    CHECK(read->descriptions == QStringList{u"Brute force against SSH"_s});
    CHECK(read->details.join(u'\n').contains(u"Contact (creator, organization): CERT Example cert@example.net"_s));
    CHECK(read->details.join(u'\n').contains(u"Reported: 2026-03-01T10:00:00Z"_s));

    // What is not kept as a field is kept as a note, an unknown thing with a warning naming element and line.
    CHECK(warned(*read, u"Discovery (line 9)"_s, u"no field"_s));
    CHECK(warned(*read, u"Address (line 19)"_s, u"“mac”"_s));
    CHECK(warned(*read, u"Address (line 20)"_s, u"999.1.1.1"_s));
    CHECK(warned(*read, u"AdditionalData (line 41)"_s, u"no field"_s));
    CHECK(warned(*read, u"Incident (line 43)"_s, u"Only the first Incident"_s));
    const QString notes = read->noteLines.join(u'\n');
    CHECK(notes.contains(u"Seen by our sensors"_s));
    CHECK(notes.contains(u"00:11:22:33:44:55"_s));
    CHECK(notes.contains(u"their-queue"_s));
    CHECK(notes.contains(u"Description (line 15): Description: Sources"_s));
    CHECK(notes.contains(u"takeover-account"_s)); // the assessment beyond its severity
}

TEST_CASE("A schema deviation is refused with the validator's line, or read as a warning when lenient", "[iodef]")
{
    QByteArray doc = kForeign;
    doc.replace("<Incident purpose=\"reporting\">", "<Incident purpose=\"reporting\" colour=\"blue\">");
    auto strict = IodefReader::read(doc);
    REQUIRE_FALSE(strict);
    CHECK(strict.error().where == u"line 43"_s);
    CHECK(strict.error().message.contains(u"colour"_s));
    CHECK(IodefReader::validate(doc).error().where == u"line 43"_s);
    auto lenient = IodefReader::read(doc, true);
    REQUIRE(lenient);
    CHECK(warned(*lenient, u"line 43"_s, u"colour"_s));
    CHECK(lenient->observables.size() == 8);
}

TEST_CASE("IODEF status follows the ticket's lifecycle", "[iodef]")
{
    CHECK(IodefWriter::status(TicketKind::Report, u"new"_s) == u"new"_s);
    CHECK(IodefWriter::status(TicketKind::Incident, u"open"_s) == u"in-progress"_s);
    CHECK(IodefWriter::status(TicketKind::Incident, u"abandoned"_s) == u"resolved"_s);
}
