// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/IodefWriter.h"

#include "core/exchange/ExchangeStore.h"
#include "core/exchange/IodefTypes.h"
#include "core/exchange/MispEventWriter.h"
#include "core/taxonomy/Rsit.h"

#include <libxml/xmlwriter.h>

#include <memory>

namespace fb {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

const xmlChar* x(const QByteArray& bytes)
{
    return reinterpret_cast<const xmlChar*>(bytes.constData());
}

// Text for XML: characters XML 1.0 cannot hold (controls but tab and line breaks) become U+FFFD.
QByteArray xmlText(const QString& text)
{
    QString clean = text;
    for (QChar& c : clean) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != 0x09 && u != 0x0A && u != 0x0D) || u == 0xFFFE || u == 0xFFFF)
            c = QChar::ReplacementCharacter;
    }
    return clean.toUtf8();
}

// xmlTextWriter with the calls this writer makes; errors are impossible on a memory buffer but for allocation.
class Xml
{
public:
    Xml()
        : m_buffer(xmlBufferCreate(), xmlBufferFree)
    {
        m_writer = xmlNewTextWriterMemory(m_buffer.get(), 0);
        xmlTextWriterSetIndent(m_writer, 1);
        xmlTextWriterSetIndentString(m_writer, reinterpret_cast<const xmlChar*>("  "));
        xmlTextWriterStartDocument(m_writer, nullptr, "UTF-8", nullptr);
    }
    ~Xml()
    {
        if (m_writer)
            xmlFreeTextWriter(m_writer);
    }
    Xml(const Xml&) = delete;
    Xml& operator=(const Xml&) = delete;

    void start(const char* name) { xmlTextWriterStartElement(m_writer, reinterpret_cast<const xmlChar*>(name)); }
    void startNs(const char* prefix, const char* name)
    {
        xmlTextWriterStartElementNS(m_writer, reinterpret_cast<const xmlChar*>(prefix),
                                    reinterpret_cast<const xmlChar*>(name), nullptr);
    }
    void end() { xmlTextWriterEndElement(m_writer); }
    void attribute(const char* name, const QString& value)
    {
        xmlTextWriterWriteAttribute(m_writer, reinterpret_cast<const xmlChar*>(name), x(xmlText(value)));
    }
    void text(const QString& value) { xmlTextWriterWriteString(m_writer, x(xmlText(value))); }
    void element(const char* name, const QString& value)
    {
        start(name);
        text(value);
        end();
    }
    void elementNs(const char* prefix, const char* name, const QString& value)
    {
        startNs(prefix, name);
        text(value);
        end();
    }

    QByteArray finish()
    {
        xmlTextWriterEndDocument(m_writer);
        xmlFreeTextWriter(m_writer);
        m_writer = nullptr;
        return QByteArray(reinterpret_cast<const char*>(xmlBufferContent(m_buffer.get())),
                          xmlBufferLength(m_buffer.get()));
    }

private:
    std::unique_ptr<xmlBuffer, decltype(&xmlBufferFree)> m_buffer;
    xmlTextWriterPtr m_writer = nullptr;
};

QString dateTime(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODate);
}

void additionalData(Xml& xml, const char* meaning, const char* dtype, const QString& value)
{
    xml.start("AdditionalData");
    xml.attribute("dtype", s(dtype));
    xml.attribute("meaning", s(meaning));
    xml.text(value);
    xml.end();
}

} // namespace

QString IodefWriter::status(TicketKind kind, const QString& state)
{
    switch (MispEventWriter::analysis(kind, state)) {
    case 0:
        return s("new");
    case 2:
        return s("resolved");
    default:
        return s("in-progress");
    }
}

QByteArray IodefWriter::write(const IodefExportInput& input)
{
    const Ticket& t = input.ticket;
    Xml xml;
    xml.start("IODEF-Document");
    xml.attribute("version", s("2.00"));
    xml.attribute("xml:lang", s("en"));
    xml.attribute("xmlns", s(IodefTypes::kNamespace));
    xml.attribute("xmlns:ds", s(IodefTypes::kDsNamespace));

    xml.start("Incident");
    xml.attribute("purpose", input.purpose == IodefPurpose::Mitigation ? s("mitigation") : s("reporting"));
    xml.attribute("status", status(t.kind, t.state));
    xml.attribute("restriction", IodefTypes::restriction(input.tlp));
    if (input.tlp == TlpLevel::AmberStrict)
        xml.attribute("ext-restriction", s(IodefTypes::kAmberStrict));

    xml.start("IncidentID");
    xml.attribute("name", input.teamName);
    xml.text(QString::number(t.id));
    xml.end();
    if (t.createdAt.isValid()) {
        // The ticket was opened when we learnt of the incident: that is when it was detected and reported to us.
        xml.element("DetectTime", dateTime(t.createdAt));
        xml.element("ReportTime", dateTime(t.createdAt));
    }
    xml.element("GenerationTime", dateTime(input.now));
    xml.element("Description", t.title);
    if (!t.description.trimmed().isEmpty())
        xml.element("Description", t.description);

    xml.start("Assessment");
    xml.start("SystemImpact");
    xml.attribute("severity", IodefTypes::severity(t.severity));
    xml.attribute("type", s("unknown"));
    xml.end();
    xml.end();

    QList<Observable> cves;
    QList<Observable> hashes;
    QList<Observable> systems;
    for (const Observable& o : input.observables) {
        if (o.type == ObservableType::Cve)
            cves.append(o);
        else if (!IodefTypes::digestAlgorithm(o.type).isEmpty())
            hashes.append(o);
        else
            systems.append(o);
    }
    if (!cves.isEmpty()) {
        xml.start("Method");
        for (const Observable& cve : std::as_const(cves)) {
            xml.start("Reference");
            xml.element("URL", s("https://www.cve.org/CVERecord?id=") + cve.value);
            xml.element("Description", cve.value);
            xml.end();
        }
        xml.end();
    }

    xml.start("Contact");
    xml.attribute("role", s("creator"));
    xml.attribute("type", s("organization"));
    xml.element("ContactName", input.teamName);
    if (!input.teamEmail.isEmpty()) {
        xml.start("Email");
        xml.element("EmailTo", input.teamEmail);
        xml.end();
    }
    xml.end();
    if (!t.reporter.trimmed().isEmpty()) {
        xml.start("Contact");
        xml.attribute("role", s("reporter"));
        xml.attribute("type", s("person"));
        const QString reporter = t.reporter.trimmed();
        const bool address = reporter.contains(QLatin1Char('@')) && !reporter.contains(QLatin1Char(' '));
        if (!address)
            xml.element("ContactName", reporter);
        else {
            xml.start("Email");
            xml.element("EmailTo", reporter);
            xml.end();
        }
        xml.end();
    }

    if (!systems.isEmpty()) {
        const QString category = input.addresses == ExchangeAddressRole::Source ? s("source") : s("target");
        xml.start("EventData");
        xml.start("Flow");
        for (const Observable& o : std::as_const(systems)) {
            xml.start("System");
            xml.attribute("category", category);
            xml.start("Node");
            if (o.type == ObservableType::Domain) {
                xml.start("DomainData");
                xml.element("Name", o.value);
                xml.end();
            } else {
                xml.start("Address");
                xml.attribute("category", IodefTypes::addressCategory(o));
                // IODEF writes an AS number as the number alone.
                xml.text(o.type == ObservableType::Asn ? o.value.mid(2) : o.value);
                xml.end();
            }
            xml.end(); // Node
            xml.end(); // System
        }
        xml.end(); // Flow
        xml.end(); // EventData
    }

    if (!hashes.isEmpty()) {
        xml.start("IndicatorData");
        int n = 0;
        for (const Observable& o : std::as_const(hashes)) {
            xml.start("Indicator");
            xml.start("IndicatorID");
            xml.attribute("name", input.teamName);
            xml.attribute("version", s("1"));
            // An xs:ID: unique in the document and starting with a letter.
            xml.text(QStringLiteral("ticket-%1-hash-%2").arg(t.id).arg(++n));
            xml.end();
            xml.start("Observable");
            xml.start("FileData");
            xml.start("File");
            xml.start("HashData");
            xml.attribute("scope", s("file-contents"));
            xml.start("Hash");
            xml.startNs("ds", "DigestMethod");
            xml.attribute("Algorithm", IodefTypes::digestAlgorithm(o.type));
            xml.end();
            xml.elementNs("ds", "DigestValue", QString::fromLatin1(QByteArray::fromHex(o.value.toLatin1()).toBase64()));
            xml.end(); // Hash
            xml.end(); // HashData
            xml.end(); // File
            xml.end(); // FileData
            xml.end(); // Observable
            xml.end(); // Indicator
        }
        xml.end();
    }

    additionalData(xml, kUuidMeaning, "string", ExchangeStore::text(input.uuid));
    const QString rsitTag = Rsit::builtin().machineTag(t.rsitClass, t.rsitType);
    if (!t.rsitClass.isEmpty() && !rsitTag.isEmpty())
        additionalData(xml, kRsitMeaning, "string", rsitTag);
    additionalData(xml, kSeverityMeaning, "integer", QString::number(t.severity));
    if (!t.constituency.isEmpty())
        additionalData(xml, kConstituencyMeaning, "string", t.constituency);

    xml.end(); // Incident
    xml.end(); // IODEF-Document
    return xml.finish();
}

} // namespace fb
