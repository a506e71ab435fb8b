// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/MispEventReader.h"
#include "tests/TestSupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fb;
using namespace Qt::StringLiterals;

namespace {

QByteArray example(const char* name)
{
    return test::readAll(test::conformancePath(QStringLiteral("misp/examples/") + QString::fromLatin1(name)));
}

QByteArray eventWith(const QJsonArray& attributes, const QJsonArray& tags = {})
{
    return QJsonDocument(QJsonObject{{u"Event"_s, QJsonObject{{u"uuid"_s, u"8d2f7a0e-4c51-4a8e-9f3e-0b1c2d3e4f50"_s},
                                                              {u"info"_s, u"Test event"_s},
                                                              {u"Attribute"_s, attributes},
                                                              {u"Tag"_s, tags}}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject attr(const char* type, const QJsonValue& value)
{
    return QJsonObject{
        {u"type"_s, QString::fromLatin1(type)}, {u"category"_s, u"Network activity"_s}, {u"value"_s, value}};
}

bool warned(const MispEvent& e, const QString& where, const QString& part = {})
{
    for (const ExchangeWarning& w : e.warnings) {
        if (w.where == where && w.message.contains(part))
            return true;
    }
    return false;
}

QString allWarnings(const MispEvent& e)
{
    QStringList out;
    for (const ExchangeWarning& w : e.warnings)
        out.append(w.where + QStringLiteral(": ") + w.message);
    return out.join(QLatin1Char('\n'));
}

// Every attribute value of the example (the event's and its objects') is an observable or in a note line.
void checkNothingLost(const QByteArray& bytes, const MispEvent& read)
{
    QJsonObject e = QJsonDocument::fromJson(bytes).object();
    if (e.contains(u"Event"_s))
        e = e.value(u"Event"_s).toObject();
    QJsonArray attributes = e.value(u"Attribute"_s).toArray();
    for (const QJsonValue& o : e.value(u"Object"_s).toArray())
        for (const QJsonValue& a : o.toObject().value(u"Attribute"_s).toArray())
            attributes.append(a);
    const QString notes = read.noteLines.join(QLatin1Char('\n'));
    for (const QJsonValue& a : attributes) {
        const QString value = a.toObject().value(u"value"_s).toString();
        QString shown = value; // notes show control characters (a CR) as U+FFFD
        for (QChar& c : shown)
            if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
                c = QChar::ReplacementCharacter;
        bool kept = notes.contains(shown);
        const auto normal = Observables::fromUserInput(value); // an observable is kept in its normal form
        for (const Observable& o : read.observables)
            kept = kept || (normal && o == *normal);
        INFO(value.toStdString());
        CHECK(kept);
    }
    CHECK(read.attributeCount == attributes.size());
}

} // namespace

TEST_CASE("MISP's example events are read without losing an observable", "[misp][conformance]")
{
    SECTION("existing_event.json: domains, sha1 of file objects, ip-dst of domain-ip objects, TLP:WHITE")
    {
        const QByteArray bytes = example("existing_event.json");
        auto read = MispEventReader::read(bytes);
        REQUIRE(read);
        INFO(allWarnings(*read).toStdString());
        CHECK(read->uuid == QUuid::fromString(QStringLiteral("5a3c2fcd-8328-42bb-a95e-4f4402de0b81")));
        CHECK(read->tlp == TlpLevel::Clear);
        CHECK(read->observables.size() == 66);
        CHECK(read->observables.contains(Observable{ObservableType::Domain, QStringLiteral("movieultimate.com")}));
        CHECK(read->tags.contains(QStringLiteral("misp-galaxy:threat-actor=\"Sofacy\"")));
        CHECK_FALSE(read->tags.contains(QStringLiteral("tlp:white")));
        CHECK(read->info == u"OSINT - Sednit update: How Fancy Bear Spent the Year"_s);
        checkNothingLost(bytes, *read);
        // text, link and filename have no observable type: one warning per type, naming the first place
        CHECK(warned(*read, QStringLiteral("Event.Attribute[0]"), QStringLiteral("“link”")));
    }
    SECTION("misp_event.json: a url, a text, the eCSIRT tag kept as a tag")
    {
        const QByteArray bytes = example("misp_event.json");
        auto read = MispEventReader::read(bytes);
        REQUIRE(read);
        CHECK(read->observables ==
              QList<Observable>{{ObservableType::Url, QStringLiteral("http://fake.website.com/malware/is/here")}});
        CHECK(read->tags.contains(QStringLiteral("ecsirt:malicious-code=\"ransomware\"")));
        CHECK_FALSE(read->tlp.has_value());
        checkNothingLost(bytes, *read);
    }
    SECTION("event_obj_attr_tag.json: objects only, no UUID")
    {
        const QByteArray bytes = example("event_obj_attr_tag.json");
        auto read = MispEventReader::read(bytes);
        REQUIRE(read);
        CHECK(read->observables.size() == 1);
        CHECK(read->uuid.isNull());
        CHECK(warned(*read, QStringLiteral("Event.uuid")));
        checkNothingLost(bytes, *read);
    }
    SECTION("event_tags.json: tags only")
    {
        auto read = MispEventReader::read(example("event_tags.json"));
        REQUIRE(read);
        CHECK(read->observables.isEmpty());
        CHECK(read->tags == QStringList{QStringLiteral("bar"), QStringLiteral("baz"), QStringLiteral("foo")});
    }
}

TEST_CASE("Attribute types map back to observables, composite types by part", "[misp]")
{
    const QJsonArray attributes{
        attr("ip-src", u"192.0.2.1"_s),
        attr("ip-dst", u"2001:DB8::1"_s),
        attr("ip-src", u"198.51.100.0/24"_s),
        attr("ip-dst|port", u"203.0.113.5|8443"_s),
        attr("domain|ip", u"c2.example.org|192.0.2.99"_s),
        attr("hostname", u"www.example.com"_s),
        attr("email-src", u"Bad@Example.NET"_s),
        attr("filename|md5", u"x.exe|d41d8cd98f00b204e9800998ecf8427e"_s),
        attr("vulnerability", u"cve-2021-44228"_s),
        attr("AS", u"64496"_s),
        attr("sha256", u"E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"_s),
    };
    const QJsonArray tags{QJsonObject{{u"name"_s, u"tlp:green"_s}},
                          QJsonObject{{u"name"_s, u"rsit:fraud=\"phishing\""_s}},
                          QJsonObject{{u"name"_s, u"tlp:amber"_s}}, QJsonObject{{u"name"_s, u"team:followup"_s}}};
    auto read = MispEventReader::read(eventWith(attributes, tags));
    REQUIRE(read);
    INFO(allWarnings(*read).toStdString());
    CHECK(read->warnings.isEmpty());
    const QList<Observable> expected{
        {ObservableType::Ipv4, u"192.0.2.1"_s},
        {ObservableType::Ipv6, u"2001:db8::1"_s},
        {ObservableType::Cidr, u"198.51.100.0/24"_s},
        {ObservableType::Ipv4, u"203.0.113.5"_s},
        {ObservableType::Domain, u"c2.example.org"_s},
        {ObservableType::Ipv4, u"192.0.2.99"_s},
        {ObservableType::Domain, u"www.example.com"_s},
        {ObservableType::Email, u"bad@example.net"_s},
        {ObservableType::Md5, u"d41d8cd98f00b204e9800998ecf8427e"_s},
        {ObservableType::Cve, u"CVE-2021-44228"_s},
        {ObservableType::Asn, u"AS64496"_s},
        {ObservableType::Sha256, u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s},
    };
    CHECK(read->observables == expected);
    CHECK(read->tlp == TlpLevel::Amber); // the most restrictive of the two
    REQUIRE(read->rsit);
    CHECK(read->rsit->first == QStringLiteral("fraud"));
    CHECK(read->rsit->second == QStringLiteral("phishing"));
    CHECK(read->tags == QStringList{QStringLiteral("team:followup")});
    // The port and the file name are no observables: those values are kept whole in notes.
    CHECK(read->noteLines.size() == 2);
    CHECK(read->noteLines.join(QLatin1Char('\n')).contains(QStringLiteral("203.0.113.5|8443")));
    CHECK(read->noteLines.join(QLatin1Char('\n')).contains(QStringLiteral("x.exe|")));
}

TEST_CASE("Odd attributes and tags are kept as notes and reported by place, the rest is read", "[misp]")
{
    const QJsonArray attributes{
        attr("ip-src", u"not-an-ip"_s),          // 0: not what its type says
        attr("domain", 42),                      // 1: value not text
        QJsonValue(QStringLiteral("a string")),  // 2: not an object
        attr("x-unknown-type", u"whatever"_s),   // 3: a type Firebreak does not know
        QJsonObject{{u"value"_s, u"no type"_s}}, // 4: no type
        attr("domain|ip", u"only-one-part"_s),   // 5: composite with one part
        attr("ip-dst", u"192.0.2.10"_s),         // 6: fine
        QJsonObject{{u"type"_s, u"ip-dst"_s}, {u"value"_s, u"192.0.2.11"_s}, {u"deleted"_s, true}}, // 7: deleted
    };
    const QJsonArray tags{QJsonObject{{u"name"_s, u"tlp:pink"_s}}, QJsonObject{{u"name"_s, u"rsit:nonsense=\"x\""_s}},
                          QJsonValue(7), QJsonObject{{u"name"_s, QString(QStringLiteral("bad\u0001tag"))}}};
    auto read = MispEventReader::read(eventWith(attributes, tags));
    REQUIRE(read);
    INFO(allWarnings(*read).toStdString());
    CHECK(read->observables == QList<Observable>{{ObservableType::Ipv4, QStringLiteral("192.0.2.10")}});
    CHECK(warned(*read, u"Event.Attribute[0]"_s, u"not-an-ip"_s));
    CHECK(warned(*read, u"Event.Attribute[1]"_s, u"not text"_s));
    CHECK(warned(*read, u"Event.Attribute[2]"_s, u"not a JSON object"_s));
    CHECK(warned(*read, u"Event.Attribute[3]"_s, u"x-unknown-type"_s));
    CHECK(warned(*read, u"Event.Attribute[4]"_s, u"no type"_s));
    CHECK(warned(*read, u"Event.Attribute[5]"_s, u"only-one-part"_s));
    CHECK_FALSE(warned(*read, u"Event.Attribute[6]"_s));
    CHECK(warned(*read, u"Event.Attribute[7]"_s, u"deleted"_s));
    CHECK(warned(*read, u"Event.Tag[0]"_s, u"tlp:pink"_s));
    CHECK(warned(*read, u"Event.Tag[1]"_s, u"rsit:nonsense"_s));
    CHECK(warned(*read, u"Event.Tag[2]"_s));
    CHECK(warned(*read, u"Event.Tag[3]"_s, u"control"_s));
    const QString notes = read->noteLines.join(QLatin1Char('\n'));
    for (const char* kept : {"not-an-ip", "42", "a string", "whatever", "no type", "only-one-part"})
        CHECK(notes.contains(QString::fromLatin1(kept)));
    CHECK_FALSE(notes.contains(QChar(0x0001)));
    CHECK_FALSE(read->tlp.has_value());
    CHECK_FALSE(read->rsit.has_value());
    CHECK(read->tags == QStringList{QStringLiteral("tlp:pink"), QStringLiteral("rsit:nonsense=\"x\"")});
}

TEST_CASE("Malformed, truncated, hostile and huge events are refused with what and where", "[misp][hostile]")
{
    const QByteArray good = eventWith(QJsonArray{attr("ip-src", u"192.0.2.1"_s)});
    struct Case
    {
        QString name;
        QByteArray bytes;
        const char* where;
        QString says;
    };
    QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    QByteArray badUtf8 = good;
    badUtf8.replace(QByteArray("Test event"), QByteArray("Test \xff\xfe event"));
    QJsonArray many;
    for (int i = 0; i <= MispEventReader::kMaxAttributes; ++i)
        many.append(attr("ip-src", u"192.0.2.1"_s));
    const Case cases[] = {
        {u"empty"_s, QByteArray(), "byte 0", u"not JSON"_s},
        {u"truncated"_s, good.left(good.size() / 2), "byte", u"not JSON"_s},
        {u"100,000-deep nesting"_s, deep, "byte", u"not JSON"_s},
        {u"bad UTF-8"_s, badUtf8, "byte", u"not JSON"_s},
        {u"a list, not an object"_s, QByteArray("[1,2]"), "file", u"not an object"_s},
        {u"no event at all"_s, QByteArray("{\"foo\": 1}"), "file", u"not a MISP event"_s},
        {u"Event not an object"_s, QByteArray("{\"Event\": [1]}"), "Event", u"not an object"_s},
        {u"Attribute not a list"_s, QByteArray("{\"Event\": {\"Attribute\": {\"type\": \"ip-src\"}}}"),
         "Event.Attribute", u"must be a list"_s},
        {u"Object not a list"_s, QByteArray("{\"Event\": {\"Object\": 5}}"), "Event.Object", u"must be a list"_s},
        {u"an object's Attribute not a list"_s, QByteArray("{\"Event\": {\"Object\": [{\"Attribute\": \"x\"}]}}"),
         "Event.Object[0].Attribute", u"must be a list"_s},
        {u"too many attributes"_s, eventWith(many), "Event.Attribute", u"at most"_s},
        {u"too large"_s, QByteArray(MispEventReader::kMaxBytes + 1, ' '), "file", u"bytes"_s},
    };
    for (const Case& c : cases) {
        INFO(c.name.toStdString());
        auto read = MispEventReader::read(c.bytes);
        REQUIRE_FALSE(read);
        INFO(read.error().toString().toStdString());
        CHECK(read.error().code == ErrorCode::BadInput);
        CHECK(read.error().where.startsWith(QString::fromLatin1(c.where)));
        CHECK(read.error().message.contains(c.says));
    }
}

TEST_CASE("A bare event (PyMISP's form) and a wrapped one read alike", "[misp]")
{
    const QJsonObject bare{{u"uuid"_s, u"8d2f7a0e-4c51-4a8e-9f3e-0b1c2d3e4f50"_s},
                           {u"info"_s, u"Bare"_s},
                           {u"threat_level_id"_s, u"1"_s},
                           {u"Attribute"_s, QJsonArray{attr("domain", u"bad.example.com"_s)}}};
    auto a = MispEventReader::read(QJsonDocument(bare).toJson());
    auto b = MispEventReader::read(QJsonDocument(QJsonObject{{u"Event"_s, bare}}).toJson());
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->observables == b->observables);
    CHECK(a->uuid == b->uuid);
    CHECK(a->threatLevel == 1);
    CHECK(a->info == QStringLiteral("Bare"));
}
