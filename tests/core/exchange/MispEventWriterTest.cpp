// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/MispEventWriter.h"
#include "core/taxonomy/Rsit.h"
#include "tests/TestSupport.h"
#include "tests/core/exchange/MispValidation.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>

using namespace fb;
using namespace Qt::StringLiterals;

namespace {

Observable obs(ObservableType type, const char* value)
{
    auto o = Observables::normalise(type, QString::fromUtf8(value));
    REQUIRE(o);
    return *o;
}

// One observable of every type Firebreak has.
QList<Observable> everyType()
{
    return {obs(ObservableType::Ipv4, "192.0.2.7"),
            obs(ObservableType::Ipv6, "2001:db8::7"),
            obs(ObservableType::Cidr, "198.51.100.0/24"),
            obs(ObservableType::Domain, "evil.example.com"),
            obs(ObservableType::Url, "http://evil.example.com/x.exe"),
            obs(ObservableType::Email, "phisher@example.net"),
            obs(ObservableType::Md5, "d41d8cd98f00b204e9800998ecf8427e"),
            obs(ObservableType::Sha1, "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
            obs(ObservableType::Sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            obs(ObservableType::Cve, "CVE-2024-3094"),
            obs(ObservableType::Asn, "AS64496")};
}

MispExportInput sample()
{
    MispExportInput in;
    in.ticket.id = 42;
    in.ticket.kind = TicketKind::Incident;
    in.ticket.state = QStringLiteral("open");
    in.ticket.title = QStringLiteral("Botnet C2 at a constituent");
    in.ticket.rsitClass = QStringLiteral("malicious-code");
    in.ticket.rsitType = QStringLiteral("c2-server");
    in.ticket.severity = 2;
    in.ticket.constituency = QStringLiteral("Example University");
    in.ticket.createdAt = QDateTime(QDate(2026, 3, 1), QTime(23, 30), Qt::UTC);
    in.uuid = QUuid::fromString(QStringLiteral("5f0c3c1e-7b5e-4f62-9d55-3a0c1f5e2a10"));
    in.tlp = TlpLevel::AmberStrict;
    in.observables = everyType();
    in.now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    return in;
}

QJsonObject attributeOfValue(const QJsonObject& event, const QString& value)
{
    for (const QJsonValue& a : event.value(QStringLiteral("Attribute")).toArray()) {
        if (a.toObject().value(QStringLiteral("value")).toString() == value)
            return a.toObject();
    }
    FAIL("no attribute with value " << value.toStdString());
    return {};
}

} // namespace

TEST_CASE("An exported event carries the ticket's fields, tags, typed attributes and the rtir object", "[misp]")
{
    const MispExportInput in = sample();
    const QJsonObject event = QJsonDocument::fromJson(MispEventWriter::write(in)).object().value(u"Event"_s).toObject();
    CHECK(event.value(u"uuid"_s).toString() == QStringLiteral("5f0c3c1e-7b5e-4f62-9d55-3a0c1f5e2a10"));
    CHECK(event.value(u"info"_s).toString() == in.ticket.title);
    CHECK(event.value(u"date"_s).toString() == QStringLiteral("2026-03-01"));
    CHECK(event.value(u"threat_level_id"_s).toString() == QStringLiteral("1"));
    CHECK(event.value(u"analysis"_s).toString() == QStringLiteral("1"));
    CHECK(event.value(u"distribution"_s).toString() == QStringLiteral("0"));
    CHECK(event.value(u"published"_s).toBool() == false);
    CHECK(event.value(u"timestamp"_s).toString() == QString::number(in.now.toSecsSinceEpoch()));

    QStringList tags;
    for (const QJsonValue& t : event.value(u"Tag"_s).toArray())
        tags.append(t.toObject().value(u"name"_s).toString());
    CHECK(tags == QStringList{QStringLiteral("tlp:amber+strict"), QStringLiteral("rsit:malicious-code=\"c2-server\"")});

    const QJsonArray attributes = event.value(u"Attribute"_s).toArray();
    REQUIRE(attributes.size() == 11);
    struct Expected
    {
        QString value;
        const char* type;
        const char* category;
        bool toIds;
    };
    const Expected expected[] = {
        {u"192.0.2.7"_s, "ip-src", "Network activity", true},
        {u"2001:db8::7"_s, "ip-src", "Network activity", true},
        {u"198.51.100.0/24"_s, "ip-src", "Network activity", true},
        {u"evil.example.com"_s, "domain", "Network activity", true},
        {u"http://evil.example.com/x.exe"_s, "url", "Network activity", true},
        {u"phisher@example.net"_s, "email-src", "Payload delivery", true},
        {u"d41d8cd98f00b204e9800998ecf8427e"_s, "md5", "Payload delivery", true},
        {u"da39a3ee5e6b4b0d3255bfef95601890afd80709"_s, "sha1", "Payload delivery", true},
        {u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s, "sha256", "Payload delivery", true},
        {u"CVE-2024-3094"_s, "vulnerability", "External analysis", false},
        {u"AS64496"_s, "AS", "Network activity", false},
    };
    for (const Expected& e : expected) {
        const QJsonObject a = attributeOfValue(event, e.value);
        INFO(e.value.toStdString());
        CHECK(a.value(u"type"_s).toString() == QString::fromUtf8(e.type));
        CHECK(a.value(u"category"_s).toString() == QString::fromUtf8(e.category));
        CHECK(a.value(u"to_ids"_s).toBool() == e.toIds);
        CHECK_FALSE(QUuid::fromString(a.value(u"uuid"_s).toString()).isNull());
    }

    const QJsonArray objects = event.value(u"Object"_s).toArray();
    REQUIRE(objects.size() == 1);
    const QJsonObject rtir = objects.at(0).toObject();
    CHECK(rtir.value(u"name"_s).toString() == QStringLiteral("rtir"));
    QMap<QString, QString> fields;
    for (const QJsonValue& a : rtir.value(u"Attribute"_s).toArray())
        fields.insert(a.toObject().value(u"object_relation"_s).toString(), a.toObject().value(u"value"_s).toString());
    CHECK(fields.value(u"ticket-number"_s) == QStringLiteral("42"));
    CHECK(fields.value(u"subject"_s) == in.ticket.title);
    CHECK(fields.value(u"classification"_s) == QStringLiteral("rsit:malicious-code=\"c2-server\""));
    CHECK(fields.value(u"constituency"_s) == QStringLiteral("Example University"));
    CHECK(fields.value(u"queue"_s) == QStringLiteral("incident"));
    CHECK(fields.value(u"status"_s) == QStringLiteral("open"));
}

TEST_CASE("Exporting twice gives the same attribute UUIDs, ip-dst when the addresses are destinations", "[misp]")
{
    MispExportInput in = sample();
    const QByteArray first = MispEventWriter::write(in);
    in.now = in.now.addDays(1);
    const QJsonObject again = QJsonDocument::fromJson(MispEventWriter::write(in)).object().value(u"Event"_s).toObject();
    const QJsonObject before = QJsonDocument::fromJson(first).object().value(u"Event"_s).toObject();
    CHECK(attributeOfValue(again, u"192.0.2.7"_s).value(u"uuid"_s) ==
          attributeOfValue(before, u"192.0.2.7"_s).value(u"uuid"_s));

    in.addresses = MispAddressRole::Destination;
    const QJsonObject dst = QJsonDocument::fromJson(MispEventWriter::write(in)).object().value(u"Event"_s).toObject();
    CHECK(attributeOfValue(dst, u"192.0.2.7"_s).value(u"type"_s).toString() == QStringLiteral("ip-dst"));
    CHECK(attributeOfValue(dst, u"2001:db8::7"_s).value(u"type"_s).toString() == QStringLiteral("ip-dst"));
    CHECK(attributeOfValue(dst, u"evil.example.com"_s).value(u"type"_s).toString() == QStringLiteral("domain"));
}

TEST_CASE("Severity and state give MISP's threat level and analysis", "[misp]")
{
    CHECK(MispEventWriter::threatLevel(1) == 1);
    CHECK(MispEventWriter::threatLevel(2) == 1);
    CHECK(MispEventWriter::threatLevel(3) == 2);
    CHECK(MispEventWriter::threatLevel(4) == 3);
    CHECK(MispEventWriter::analysis(TicketKind::Report, QStringLiteral("new")) == 0);
    CHECK(MispEventWriter::analysis(TicketKind::Report, QStringLiteral("open")) == 1);
    CHECK(MispEventWriter::analysis(TicketKind::Report, QStringLiteral("resolved")) == 2);
    CHECK(MispEventWriter::analysis(TicketKind::Incident, QStringLiteral("open")) == 1);
    CHECK(MispEventWriter::analysis(TicketKind::Incident, QStringLiteral("resolved")) == 2);
    CHECK(MispEventWriter::analysis(TicketKind::Incident, QStringLiteral("abandoned")) == 2);
    CHECK(MispEventWriter::queue(TicketKind::Report) == QStringLiteral("incident reports"));
    CHECK(MispEventWriter::queue(TicketKind::Countermeasure) == QStringLiteral("blocks"));
}

TEST_CASE("Exported events validate against MISP's schema, describeTypes, the rtir template and the taxonomies",
          "[misp][conformance]")
{
    test::TempDir dir;
    QStringList files;
    int n = 0;
    // Every TLP level, both address roles, every RSIT class (first type), every kind, with and without constituency.
    QList<MispExportInput> inputs;
    for (TlpLevel level : Tlp::all()) {
        MispExportInput in = sample();
        in.tlp = level;
        in.addresses = level == TlpLevel::Green ? MispAddressRole::Destination : MispAddressRole::Source;
        inputs.append(in);
    }
    for (const RsitClass& c : Rsit::builtin().classes()) {
        MispExportInput in = sample();
        in.ticket.rsitClass = c.key;
        in.ticket.rsitType = c.types.first().key;
        inputs.append(in);
    }
    for (TicketKind kind : {TicketKind::Report, TicketKind::Investigation, TicketKind::Countermeasure}) {
        MispExportInput in = sample();
        in.ticket.kind = kind;
        in.ticket.constituency.clear();
        in.ticket.rsitClass.clear();
        in.ticket.rsitType.clear();
        in.observables.clear();
        inputs.append(in);
    }
    for (const MispExportInput& in : std::as_const(inputs)) {
        const QString path = dir.file(QStringLiteral("event-%1.json").arg(++n));
        test::writeAll(path, MispEventWriter::write(in));
        files.append(path);
    }
    const auto problems = test::mispProblems(files);
    for (auto it = problems.cbegin(); it != problems.cend(); ++it) {
        INFO(it.key().toStdString() << ": " << it.value().toStdString());
        CHECK(it.value().isEmpty());
    }
}

TEST_CASE("The validator itself refuses a wrong category, an unknown type and a bad rtir relation", "[misp]")
{
    QJsonObject event = MispEventWriter::event(sample());
    QJsonArray attributes = event.value(u"Attribute"_s).toArray();
    QJsonObject first = attributes.at(0).toObject();
    first.insert(u"category"_s, QStringLiteral("Person")); // ip-src is not allowed in Person
    attributes.replace(0, first);
    QJsonObject second = attributes.at(1).toObject();
    second.insert(u"type"_s, QStringLiteral("ipv6-src")); // no such MISP type
    attributes.replace(1, second);
    event.insert(u"Attribute"_s, attributes);
    QJsonArray objects = event.value(u"Object"_s).toArray();
    QJsonObject rtir = objects.at(0).toObject();
    QJsonArray rtirAttributes = rtir.value(u"Attribute"_s).toArray();
    QJsonObject bad = rtirAttributes.at(0).toObject();
    bad.insert(u"object_relation"_s, QStringLiteral("priority"));
    rtirAttributes.replace(0, bad);
    rtir.insert(u"Attribute"_s, rtirAttributes);
    objects.replace(0, rtir);
    event.insert(u"Object"_s, objects);
    event.insert(u"threat_level_id"_s, 1); // the schema wants a string
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("bad.json"));
    test::writeAll(path, QJsonDocument(QJsonObject{{u"Event"_s, event}}).toJson());
    const QString verdict = test::mispProblems({path}).value(path);
    INFO(verdict.toStdString());
    CHECK(verdict.contains(QStringLiteral("does not allow type 'ip-src'")));
    CHECK(verdict.contains(QStringLiteral("'ipv6-src' is not a MISP type")));
    CHECK(verdict.contains(QStringLiteral("'priority' is not in the rtir template")));
    CHECK(verdict.contains(QStringLiteral("threat_level_id")));
}
