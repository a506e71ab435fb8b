// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/IodefReader.h"

#include "core/exchange/IodefTypes.h"
#include "core/exchange/IodefWriter.h"
#include "core/taxonomy/Rsit.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace fb {

namespace {

QString s(const char* text)
{
    return QString::fromLatin1(text);
}

QString str(const xmlChar* text)
{
    return text ? QString::fromUtf8(reinterpret_cast<const char*>(text)) : QString();
}

// ---- the schema, compiled once from the copies in the resources ----

// The schema documents by the locations the IODEF schema and its imports name (the catalog's entries).
const QHash<QByteArray, QByteArray>& schemaFiles()
{
    static const QHash<QByteArray, QByteArray> files = [] {
        auto read = [](const char* name) {
            QFile file(QStringLiteral(":/schema/iodef/") + QLatin1String(name));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QHash<QByteArray, QByteArray> map;
        map.insert("iodef-2.0.xsd", read("iodef-2.0.xsd"));
        map.insert("http://www.w3.org/TR/2002/REC-xmldsig-core-20020212/xmldsig-core-schema.xsd",
                   read("xmldsig-core-schema.xsd"));
        map.insert("http://www.iana.org/assignments/xml-registry/schema/iodef-enum-1.0.xsd",
                   read("iodef-enum-1.0.xsd"));
        map.insert("http://www.iana.org/assignments/xml-registry/schema/iodef-sci-1.0.xsd", read("iodef-sci-1.0.xsd"));
        map.insert("http://www.iana.org/assignments/xml-registry/schema/iodef-1.0.xsd", read("iodef-1.0.xsd"));
        const QByteArray xml = read("xml.xsd");
        map.insert("http://www.w3c.org/2001/xml.xsd", xml);
        map.insert("http://www.w3.org/2001/xml.xsd", xml);
        map.insert("http://www.w3.org/2009/01/xml.xsd", xml);
        return map;
    }();
    return files;
}

// libxml2 input callbacks that serve the schema documents from memory, by the exact locations above: compiling
// the schema never reaches the network or the file system. Other locations are not theirs (match returns 0).
struct SchemaCursor
{
    const QByteArray* data = nullptr;
    qsizetype position = 0;
};

int matchSchema(const char* uri)
{
    return uri && schemaFiles().contains(QByteArray(uri)) ? 1 : 0;
}

void* openSchema(const char* uri)
{
    const auto it = schemaFiles().constFind(QByteArray(uri));
    if (it == schemaFiles().cend())
        return nullptr;
    return new SchemaCursor{&*it, 0};
}

int readSchema(void* context, char* buffer, int length)
{
    auto* cursor = static_cast<SchemaCursor*>(context);
    const qsizetype n = std::min<qsizetype>(length, cursor->data->size() - cursor->position);
    std::memcpy(buffer, cursor->data->constData() + cursor->position, size_t(n));
    cursor->position += n;
    return int(n);
}

int closeSchema(void* context)
{
    delete static_cast<SchemaCursor*>(context);
    return 0;
}

void silent(void*, const char*, ...) {}

struct Problem
{
    int line = 0;
    QString message;
};

void collect(void* data, xmlErrorPtr error)
{
    auto* problems = static_cast<QList<Problem>*>(data);
    if (problems->size() < 20 && error)
        problems->append({error->line, str(reinterpret_cast<const xmlChar*>(error->message)).trimmed()});
}

struct CompiledSchema
{
    xmlSchemaPtr schema = nullptr;
    QString error;
};

const CompiledSchema& compiledSchema()
{
    static CompiledSchema compiled;
    static std::once_flag once;
    std::call_once(once, [] {
        xmlInitParser();
        xmlRegisterInputCallbacks(matchSchema, openSchema, readSchema, closeSchema);
        // The imported schema documents are parsed by parsers of their own that report through the thread's
        // handlers: collected here, never printed.
        QList<Problem> problems;
        void* const genericContext = xmlGenericErrorContext;
        const xmlGenericErrorFunc generic = xmlGenericError;
        void* const structuredContext = xmlStructuredErrorContext;
        const xmlStructuredErrorFunc structured = xmlStructuredError;
        xmlSetGenericErrorFunc(nullptr, silent);
        xmlSetStructuredErrorFunc(&problems, collect);
        const QByteArray& main = schemaFiles().value("iodef-2.0.xsd");
        xmlSchemaParserCtxtPtr parser = xmlSchemaNewMemParserCtxt(main.constData(), int(main.size()));
        if (parser) {
            xmlSchemaSetParserStructuredErrors(parser, collect, &problems);
            compiled.schema = xmlSchemaParse(parser);
            xmlSchemaFreeParserCtxt(parser);
        }
        xmlSetStructuredErrorFunc(structuredContext, structured);
        xmlSetGenericErrorFunc(genericContext, generic);
        if (!compiled.schema)
            compiled.error = problems.isEmpty() ? s("no schema") : problems.first().message;
    });
    return compiled;
}

struct DocFree
{
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using Doc = std::unique_ptr<xmlDoc, DocFree>;

QString lineOf(int line)
{
    return IodefReader::tr("line %1").arg(line);
}

bool isIodef(const xmlNode* node)
{
    return node && node->type == XML_ELEMENT_NODE && node->ns &&
           xmlStrEqual(node->ns->href, reinterpret_cast<const xmlChar*>(IodefTypes::kNamespace));
}

QString name(const xmlNode* node)
{
    return str(node->name);
}

// The first element nested deeper than kMaxDepth; nullptr when there is none.
const xmlNode* firstTooDeep(const xmlNode* node, int depth)
{
    if (depth > IodefReader::kMaxDepth)
        return node;
    for (const xmlNode* child = node->children; child; child = child->next) {
        if (child->type != XML_ELEMENT_NODE)
            continue;
        if (const xmlNode* deep = firstTooDeep(child, depth + 1))
            return deep;
    }
    return nullptr;
}

// Parsed, IODEF v2 root, within bounds; schema not yet checked.
Result<Doc> parse(const QByteArray& bytes)
{
    if (bytes.size() > IodefReader::kMaxBytes)
        return fail(ErrorCode::BadInput,
                    IodefReader::tr("The document is %L1 bytes; IODEF documents of at most %L2 bytes are read.")
                        .arg(bytes.size())
                        .arg(IodefReader::kMaxBytes));
    if (bytes.trimmed().isEmpty())
        return fail(ErrorCode::BadInput, IodefReader::tr("The document is empty."));
    std::unique_ptr<xmlParserCtxt, decltype(&xmlFreeParserCtxt)> context(xmlNewParserCtxt(), xmlFreeParserCtxt);
    if (!context)
        return fail(ErrorCode::Internal, IodefReader::tr("The XML parser could not be started."));
    // No network, no DTD loading, no entity substitution (no XML_PARSE_NOENT), no messages on stderr.
    const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
    Doc doc(xmlCtxtReadMemory(context.get(), bytes.constData(), int(bytes.size()), nullptr, nullptr, options));
    if (!doc || !context->wellFormed) {
        const xmlError* error = xmlCtxtGetLastError(context.get());
        const QString message =
            error ? str(reinterpret_cast<const xmlChar*>(error->message)).trimmed() : IodefReader::tr("unknown error");
        return fail(ErrorCode::BadInput, IodefReader::tr("The document is not well-formed XML: %1.").arg(message),
                    lineOf(error ? error->line : 0));
    }
    if (doc->intSubset || doc->extSubset) {
        const qsizetype doctype = bytes.indexOf("<!DOCTYPE");
        const int line = doctype < 0 ? 0 : int(bytes.left(doctype).count('\n')) + 1;
        return fail(ErrorCode::BadInput,
                    IodefReader::tr("The document has a document type declaration (DOCTYPE); IODEF needs none, and "
                                    "its entities could read files or expand without bound, so it is refused."),
                    lineOf(line));
    }
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    if (!root || name(root) != QLatin1String("IODEF-Document") || !isIodef(root)) {
        const QString found =
            root ? (root->ns ? QStringLiteral("{%1}%2").arg(str(root->ns->href), name(root)) : name(root))
                 : IodefReader::tr("(none)");
        return fail(ErrorCode::BadInput,
                    IodefReader::tr("The root element is %1, not an IODEF v2 IODEF-Document in the namespace %2.")
                        .arg(found, s(IodefTypes::kNamespace)),
                    lineOf(root ? int(xmlGetLineNo(root)) : 0));
    }
    if (const xmlNode* deep = firstTooDeep(root, 1))
        return fail(ErrorCode::BadInput,
                    IodefReader::tr("Elements are nested deeper than %1 levels.").arg(IodefReader::kMaxDepth),
                    lineOf(int(xmlGetLineNo(deep))));
    return doc;
}

// The schema's complaints; empty when valid.
Result<QList<Problem>> schemaProblems(xmlDoc* doc)
{
    const CompiledSchema& compiled = compiledSchema();
    if (!compiled.schema)
        return fail(ErrorCode::Internal,
                    IodefReader::tr("The IODEF schema could not be loaded: %1").arg(compiled.error));
    QList<Problem> problems;
    std::unique_ptr<xmlSchemaValidCtxt, decltype(&xmlSchemaFreeValidCtxt)> valid(xmlSchemaNewValidCtxt(compiled.schema),
                                                                                 xmlSchemaFreeValidCtxt);
    if (!valid)
        return fail(ErrorCode::Internal, IodefReader::tr("The schema validator could not be started."));
    xmlSchemaSetValidStructuredErrors(valid.get(), collect, &problems);
    const int rc = xmlSchemaValidateDoc(valid.get(), doc);
    if (rc != 0 && problems.isEmpty())
        problems.append({0, IodefReader::tr("the validator failed (%1)").arg(rc)});
    return problems;
}

Error schemaError(const Problem& first, qsizetype count)
{
    return Error{ErrorCode::BadInput,
                 IodefReader::tr("The document does not follow the IODEF v2 schema (RFC 7970): %1 (%n problem(s) in "
                                 "all).",
                                 nullptr, int(count))
                     .arg(first.message),
                 lineOf(first.line)};
}

// ---- reading the Incident ----

const QRegularExpression& cvePattern()
{
    static const QRegularExpression pattern(QStringLiteral("CVE-\\d{4}-\\d{4,}"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString collapsed(const QString& text)
{
    return text.simplified();
}

QString textOf(const xmlNode* node)
{
    xmlChar* content = xmlNodeGetContent(node);
    const QString text = str(content);
    xmlFree(content);
    return text;
}

QString attr(const xmlNode* node, const char* attribute)
{
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(attribute));
    const QString text = str(value);
    xmlFree(value);
    return text;
}

// "Name(a=1, b=2): text; Child(...): text" for a note; at most 2000 characters.
QString describe(const xmlNode* node)
{
    QString out = name(node);
    QStringList attributes;
    for (const xmlAttr* a = node->properties; a; a = a->next) {
        xmlChar* value = xmlNodeListGetString(node->doc, a->children, 1);
        attributes.append(str(a->name) + QLatin1Char('=') + str(value));
        xmlFree(value);
    }
    if (!attributes.isEmpty())
        out += QLatin1Char('(') + attributes.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList parts;
    bool hasElements = false;
    for (const xmlNode* child = node->children; child; child = child->next) {
        if (child->type == XML_ELEMENT_NODE) {
            hasElements = true;
            parts.append(describe(child));
        }
    }
    if (!hasElements) {
        const QString text = collapsed(textOf(node));
        if (!text.isEmpty())
            out += QStringLiteral(": ") + text;
    } else {
        out += QStringLiteral(" { ") + parts.join(QStringLiteral("; ")) + QStringLiteral(" }");
    }
    return out.left(2000);
}

class Reading
{
public:
    IodefIncident incident;

    void warn(const xmlNode* node, const QString& message) { incident.warnings.append({where(node), message}); }

    QString where(const xmlNode* node) const
    {
        return QStringLiteral("%1 (%2)").arg(name(node), lineOf(int(xmlGetLineNo(node))));
    }

    void note(const xmlNode* node, const QString& text)
    {
        if (incident.noteLines.size() >= IodefReader::kMaxNoteLines)
            return;
        incident.noteLines.append(QStringLiteral("%1: %2").arg(where(node), printable(text)));
    }

    void noteUnknown(const xmlNode* node)
    {
        note(node, describe(node));
        warn(node, IodefReader::tr("Firebreak keeps no field for %1; it is kept in a note.").arg(name(node)));
    }

    void add(const xmlNode* node, ObservableType type, const QString& raw)
    {
        if (incident.observables.size() >= IodefReader::kMaxObservables) {
            if (!m_full)
                warn(node,
                     IodefReader::tr("Only the first %L1 observables are read.").arg(IodefReader::kMaxObservables));
            m_full = true;
            return;
        }
        auto observable = Observables::normalise(type, raw.trimmed());
        if (!observable) {
            warn(node, IodefReader::tr("“%1” is not a valid %2 value (%3); it is kept in a note.")
                           .arg(raw.trimmed().left(200), observableTypeKey(type), observable.error().message));
            note(node, raw.trimmed());
            return;
        }
        if (m_seen.contains(*observable))
            return;
        m_seen.insert(*observable);
        incident.observables.append(*observable);
    }

    void address(const xmlNode* node, const QString& category, const QString& value)
    {
        auto type = IodefTypes::fromCategory(category);
        if (!type) {
            warn(node, IodefReader::tr("Addresses of category “%1” are not observables in Firebreak; it is kept in a "
                                       "note.")
                           .arg(category));
            note(node, describe(node));
            return;
        }
        QString v = value.trimmed();
        if (*type == ObservableType::Asn && !v.startsWith(QLatin1String("AS"), Qt::CaseInsensitive))
            v.prepend(QStringLiteral("AS"));
        if (*type == ObservableType::Ipv4 && v.contains(QLatin1Char('/')))
            type = ObservableType::Cidr;
        if (*type == ObservableType::Ipv6 && v.contains(QLatin1Char('/')))
            type = ObservableType::Cidr;
        add(node, *type, v);
    }

    void hash(const xmlNode* node)
    {
        QString algorithm;
        QString value;
        for (const xmlNode* c = node->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            if (name(c) == QLatin1String("DigestMethod"))
                algorithm = attr(c, "Algorithm");
            else if (name(c) == QLatin1String("DigestValue"))
                value = textOf(c).trimmed();
        }
        const auto type = IodefTypes::hashType(algorithm);
        if (!type) {
            warn(node, IodefReader::tr("Hashes made with “%1” are not observables in Firebreak; it is kept in a note.")
                           .arg(algorithm));
            note(node, describe(node));
            return;
        }
        const auto decoded = QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            warn(node, IodefReader::tr("The digest value is not Base64; it is kept in a note."));
            note(node, value);
            return;
        }
        add(node, *type, QString::fromLatin1(decoded.decoded.toHex()));
    }

    void bulk(const xmlNode* node)
    {
        const QString type = attr(node, "type");
        QString list;
        for (const xmlNode* c = node->children; c; c = c->next) {
            if (c->type == XML_ELEMENT_NODE && name(c) == QLatin1String("BulkObservableList"))
                list = textOf(c);
        }
        const auto observableType = IodefTypes::fromCategory(type);
        if (!observableType) {
            warn(node, IodefReader::tr("Bulk observables of type “%1” are not observables in Firebreak; they are kept "
                                       "in a note.")
                           .arg(type));
            note(node, describe(node));
            return;
        }
        const QStringList values = list.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
        for (const QString& value : values)
            address(node, type, value);
    }

    void reference(const xmlNode* node)
    {
        const QString text = describe(node);
        bool found = false;
        auto it = cvePattern().globalMatch(text);
        while (it.hasNext()) {
            add(node, ObservableType::Cve, it.next().captured(0).toUpper());
            found = true;
        }
        if (!found)
            note(node, text);
    }

    // Observables anywhere below `node`; informational leaves become notes, unknown ones notes with a warning.
    void harvest(const xmlNode* node)
    {
        static const QSet<QString> containers = {
            s("EventData"),  s("Flow"),     s("System"), s("Node"),     s("IndicatorData"), s("Indicator"),
            s("Observable"), s("FileData"), s("File"),   s("HashData"), s("Method"),        s("IndicatorExpression"),
            s("Record")};
        static const QSet<QString> informational = {
            s("Description"), s("DetectTime"),  s("StartTime"), s("EndTime"),     s("RecoveryTime"),
            s("ReportTime"),  s("IndicatorID"), s("FileName"),  s("NodeRole"),    s("Confidence"),
            s("Location"),    s("Expectation"), s("Service"),   s("AttackPhase"), s("Contact")};
        for (const xmlNode* c = node->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            const QString n = name(c);
            if (!isIodef(c))
                noteUnknown(c);
            else if (n == QLatin1String("Address"))
                address(c, attr(c, "category"), textOf(c));
            else if (n == QLatin1String("DomainData")) {
                for (const xmlNode* d = c->children; d; d = d->next) {
                    if (d->type == XML_ELEMENT_NODE && name(d) == QLatin1String("Name"))
                        add(d, ObservableType::Domain, textOf(d));
                }
            } else if (n == QLatin1String("Hash"))
                hash(c);
            else if (n == QLatin1String("BulkObservable"))
                bulk(c);
            else if (n == QLatin1String("Reference"))
                reference(c);
            else if (containers.contains(n))
                harvest(c);
            else if (informational.contains(n))
                note(c, describe(c));
            else
                noteUnknown(c);
        }
    }

    void additionalData(const xmlNode* node)
    {
        const QString meaning = attr(node, "meaning");
        const QString value = textOf(node).trimmed();
        if (meaning == QLatin1String(IodefWriter::kUuidMeaning)) {
            const QUuid uuid = QUuid::fromString(value);
            if (!uuid.isNull()) {
                incident.uuid = uuid;
                incident.uuidWritten = true;
                return;
            }
        } else if (meaning == QLatin1String(IodefWriter::kRsitMeaning)) {
            if (auto rsit = Rsit::builtin().parseMachineTag(value)) {
                incident.rsit = rsit;
                return;
            }
            warn(node, IodefReader::tr("“%1” is not a class and type of the Reference Security Incident Taxonomy; "
                                       "it is kept in a note.")
                           .arg(value.left(200)));
            note(node, value);
            return;
        } else if (meaning == QLatin1String(IodefWriter::kSeverityMeaning)) {
            bool number = false;
            const int severity = value.toInt(&number);
            if (number && severity >= 1 && severity <= 4) {
                incident.severity = severity;
                return;
            }
        } else if (meaning == QLatin1String(IodefWriter::kConstituencyMeaning)) {
            incident.constituency = printable(value).left(200);
            return;
        }
        noteUnknown(node);
    }

    void contact(const xmlNode* node)
    {
        QStringList parts;
        QString contactName;
        QStringList emails;
        for (const xmlNode* c = node->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            if (name(c) == QLatin1String("ContactName"))
                contactName = collapsed(textOf(c));
            else if (name(c) == QLatin1String("Email")) {
                for (const xmlNode* e = c->children; e; e = e->next) {
                    if (e->type == XML_ELEMENT_NODE && name(e) == QLatin1String("EmailTo"))
                        emails.append(collapsed(textOf(e)));
                }
            } else
                parts.append(describe(c));
        }
        QString line = IodefReader::tr("Contact (%1, %2): %3")
                           .arg(attr(node, "role"), attr(node, "type"),
                                (QStringList{contactName} + emails).join(QLatin1Char(' ')).trimmed());
        if (!parts.isEmpty())
            line += QStringLiteral("; ") + parts.join(QStringLiteral("; "));
        incident.details.append(printable(line).left(2000));
    }

    void read(const xmlNode* incidentNode)
    {
        incident.purpose = attr(incidentNode, "purpose");
        incident.status = attr(incidentNode, "status");
        QString restriction = attr(incidentNode, "restriction");
        if (restriction.isEmpty())
            restriction = s("private"); // the schema's default
        incident.tlp = IodefTypes::tlpOf(restriction, attr(incidentNode, "ext-restriction"));
        if (!incident.tlp)
            warn(incidentNode,
                 IodefReader::tr("The restriction “%1” names no TLP label.")
                     .arg(restriction == QLatin1String("ext-value") ? attr(incidentNode, "ext-restriction")
                                                                    : restriction));
        static const QHash<QString, const char*> times = {
            {s("DetectTime"), QT_TRANSLATE_NOOP("fb::IodefReader", "Detected: %1")},
            {s("StartTime"), QT_TRANSLATE_NOOP("fb::IodefReader", "Started: %1")},
            {s("EndTime"), QT_TRANSLATE_NOOP("fb::IodefReader", "Ended: %1")},
            {s("RecoveryTime"), QT_TRANSLATE_NOOP("fb::IodefReader", "Recovered: %1")},
            {s("ReportTime"), QT_TRANSLATE_NOOP("fb::IodefReader", "Reported: %1")},
            {s("GenerationTime"), QT_TRANSLATE_NOOP("fb::IodefReader", "Document written: %1")},
        };
        for (const xmlNode* c = incidentNode->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE)
                continue;
            const QString n = name(c);
            if (!isIodef(c))
                noteUnknown(c);
            else if (n == QLatin1String("IncidentID")) {
                incident.idName = printable(collapsed(attr(c, "name")));
                incident.id = printable(collapsed(textOf(c)));
            } else if (times.contains(n))
                incident.details.append(IodefReader::tr(times.value(n)).arg(collapsed(textOf(c))));
            else if (n == QLatin1String("Description"))
                incident.descriptions.append(printable(textOf(c).trimmed()));
            else if (n == QLatin1String("Assessment")) {
                bool other = false;
                for (const xmlNode* a = c->children; a; a = a->next) {
                    if (a->type != XML_ELEMENT_NODE)
                        continue;
                    const auto severity = name(a) == QLatin1String("SystemImpact")
                                              ? IodefTypes::severityOf(attr(a, "severity"))
                                              : std::nullopt;
                    if (severity && (!incident.severity || *severity < *incident.severity))
                        incident.severity = severity;
                    if (name(a) != QLatin1String("SystemImpact") || attr(a, "type") != QLatin1String("unknown"))
                        other = true;
                }
                if (other)
                    note(c, describe(c));
            } else if (n == QLatin1String("Contact"))
                contact(c);
            else if (n == QLatin1String("EventData") || n == QLatin1String("IndicatorData"))
                harvest(c);
            else if (n == QLatin1String("Method")) {
                for (const xmlNode* m = c->children; m; m = m->next) {
                    if (m->type != XML_ELEMENT_NODE)
                        continue;
                    if (name(m) == QLatin1String("Reference"))
                        reference(m);
                    else
                        noteUnknown(m);
                }
            } else if (n == QLatin1String("AdditionalData"))
                additionalData(c);
            else
                noteUnknown(c);
        }
        if (!incident.uuidWritten && !incident.idName.isEmpty()) {
            // A foreign incident: its identity is the team and number it carries, the same every time it comes.
            static const QUuid kNamespaceUuid = QUuid::fromString(u"6f0d7c2e-3a53-4f4c-9a8e-1d2b8c4e5f60");
            incident.uuid = QUuid::createUuidV5(kNamespaceUuid, incident.idName + QLatin1Char('\n') + incident.id);
        }
    }

    static QString printable(QString text)
    {
        for (QChar& c : text) {
            if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
                c = QChar::ReplacementCharacter;
        }
        return text;
    }

private:
    QSet<Observable> m_seen;
    bool m_full = false;
};

} // namespace

Status IodefReader::validate(const QByteArray& bytes)
{
    FB_TRY_ASSIGN(auto doc, parse(bytes));
    FB_TRY_ASSIGN(auto problems, schemaProblems(doc.get()));
    if (!problems.isEmpty())
        return fail(schemaError(problems.first(), problems.size()));
    return {};
}

Result<IodefIncident> IodefReader::read(const QByteArray& bytes, bool lenient)
{
    FB_TRY_ASSIGN(auto doc, parse(bytes));
    FB_TRY_ASSIGN(auto problems, schemaProblems(doc.get()));
    if (!problems.isEmpty() && !lenient)
        return fail(schemaError(problems.first(), problems.size()));

    const xmlNode* root = xmlDocGetRootElement(doc.get());
    Reading reading;
    for (const Problem& problem : std::as_const(problems))
        reading.incident.warnings.append(
            {lineOf(problem.line), tr("Not as the IODEF schema says: %1").arg(problem.message)});
    const xmlNode* first = nullptr;
    int incidents = 0;
    for (const xmlNode* c = root->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && isIodef(c) && name(c) == QLatin1String("Incident")) {
            ++incidents;
            if (!first)
                first = c;
            else
                reading.warn(c, tr("Only the first Incident of a document is imported; this one is not."));
        }
    }
    if (!first)
        return fail(ErrorCode::BadInput, tr("The document holds no Incident."), lineOf(int(xmlGetLineNo(root))));
    reading.read(first);
    if (reading.incident.idName.isEmpty() && reading.incident.uuid.isNull())
        reading.warn(first, tr("The incident has no IncidentID; importing it again will not be recognised."));
    return reading.incident;
}

} // namespace fb
