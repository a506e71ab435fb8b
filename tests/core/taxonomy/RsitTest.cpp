// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/taxonomy/Rsit.h"

#include "core/taxonomy/RsitStrings.h"
#include "tests/core/taxonomy/TaxonomyTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <catch2/catch.hpp>

using fb::Rsit;
using fb::RsitClass;
using fb::RsitType;

namespace {

// Class key -> its type keys, worked out straight from a machinetag file (not through Rsit).
QMap<QString, QSet<QString>> keysIn(const QJsonObject& root)
{
    QMap<QString, QSet<QString>> keys;
    for (const QJsonValue& predicate : root.value(QLatin1StringView("predicates")).toArray())
        keys.insert(predicate.toObject().value(QLatin1StringView("value")).toString(), {});
    for (const QJsonValue& group : root.value(QLatin1StringView("values")).toArray()) {
        const QString classKey = group.toObject().value(QLatin1StringView("predicate")).toString();
        for (const QJsonValue& entry : group.toObject().value(QLatin1StringView("entry")).toArray())
            keys[classKey].insert(entry.toObject().value(QLatin1StringView("value")).toString());
    }
    return keys;
}

QMap<QString, QSet<QString>> keysIn(const Rsit& rsit)
{
    QMap<QString, QSet<QString>> keys;
    for (const RsitClass& rsitClass : rsit.classes()) {
        QSet<QString>& types = keys[rsitClass.key];
        for (const RsitType& type : rsitClass.types)
            types.insert(type.key);
    }
    return keys;
}

qsizetype typeCount(const QMap<QString, QSet<QString>>& keys)
{
    qsizetype count = 0;
    for (const QSet<QString>& types : keys)
        count += types.size();
    return count;
}

QByteArray builtinJson()
{
    return fb::test::readAll(QStringLiteral(":/taxonomy/rsit.json"));
}

} // namespace

TEST_CASE("Rsit: the built-in data file reads without error", "[taxonomy][rsit]")
{
    const fb::Result<Rsit> loaded = Rsit::fromJson(builtinJson(), QStringLiteral("rsit.json"));
    INFO((loaded ? std::string() : loaded.error().toString().toStdString()));
    REQUIRE(loaded.has_value());
    CHECK(keysIn(*loaded) == keysIn(Rsit::builtin()));
}

TEST_CASE("Rsit: the built-in taxonomy has exactly the classes and types of RSIT", "[taxonomy][rsit]")
{
    // Worked out independently, from MISP's copy of the taxonomy (same classes and types as ENISA's).
    const QJsonObject misp =
        fb::test::readJsonObject(fb::test::conformancePath(QStringLiteral("rsit/misp/rsit/machinetag.json")));
    const QMap<QString, QSet<QString>> expected = keysIn(misp);
    REQUIRE(expected.size() > 0);

    const Rsit& rsit = Rsit::builtin();
    const QMap<QString, QSet<QString>> actual = keysIn(rsit);
    CHECK(rsit.classes().size() == expected.size());
    CHECK(typeCount(actual) == typeCount(expected));
    CHECK(actual.keys() == expected.keys());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO("class: " << it.key().toStdString());
        CHECK(actual.value(it.key()) == it.value());
    }

    // And the resource is ENISA's file, in ENISA's order.
    const QJsonObject enisa =
        fb::test::readJsonObject(fb::test::conformancePath(QStringLiteral("rsit/enisa/machinev1")));
    const QJsonArray predicates = enisa.value(QLatin1StringView("predicates")).toArray();
    REQUIRE(predicates.size() == rsit.classes().size());
    for (qsizetype i = 0; i < predicates.size(); ++i)
        CHECK(rsit.classes().at(i).key == predicates.at(i).toObject().value(QLatin1StringView("value")).toString());
}

TEST_CASE("Rsit: the RSIT classes are all there, with their names", "[taxonomy][rsit]")
{
    const auto [key, name] = GENERATE(table<const char*, const char*>({
        {"abusive-content", "Abusive Content"},
        {"malicious-code", "Malicious Code"},
        {"information-gathering", "Information Gathering"},
        {"intrusion-attempts", "Intrusion Attempts"},
        {"intrusions", "Intrusions"},
        {"availability", "Availability"},
        {"information-content-security", "Information Content Security"},
        {"fraud", "Fraud"},
        {"vulnerable", "Vulnerable"},
        {"other", "Other"},
        {"test", "Test"},
    }));
    const RsitClass* rsitClass = Rsit::builtin().findClass(QString::fromUtf8(key));
    REQUIRE(rsitClass != nullptr);
    CHECK(rsitClass->key == QString::fromUtf8(key));
    CHECK(rsitClass->name == QString::fromUtf8(name));
    CHECK_FALSE(rsitClass->description.isEmpty());
    CHECK_FALSE(rsitClass->types.isEmpty());
    CHECK(Rsit::builtin().isValid(rsitClass->key));
}

TEST_CASE("Rsit: known types", "[taxonomy][rsit]")
{
    const auto [classKey, typeKey, name, tag] = GENERATE(table<const char*, const char*, const char*, const char*>({
        {"malicious-code", "c2-server", "C2 Server", R"(rsit:malicious-code="c2-server")"},
        {"fraud", "phishing", "Phishing", R"(rsit:fraud="phishing")"},
        {"abusive-content", "spam", "Spam", R"(rsit:abusive-content="spam")"},
        {"intrusion-attempts", "brute-force", "Login Attempts", R"(rsit:intrusion-attempts="brute-force")"},
        {"information-gathering", "scanner", "Scanning", R"(rsit:information-gathering="scanner")"},
        {"availability", "ddos", "Distributed Denial of Service", R"(rsit:availability="ddos")"},
        {"information-content-security", "data-leak", "Leak of Confidential Information",
         R"(rsit:information-content-security="data-leak")"},
        {"vulnerable", "weak-crypto", "Weak Cryptography", R"(rsit:vulnerable="weak-crypto")"},
        {"other", "undetermined", "Undetermined", R"(rsit:other="undetermined")"},
        {"test", "test", "Test", R"(rsit:test="test")"},
    }));
    const Rsit& rsit = Rsit::builtin();
    const QString c = QString::fromUtf8(classKey);
    const QString t = QString::fromUtf8(typeKey);
    const RsitType* type = rsit.findType(c, t);
    REQUIRE(type != nullptr);
    CHECK(type->key == t);
    CHECK(type->name == QString::fromUtf8(name));
    CHECK_FALSE(type->description.isEmpty());
    CHECK(rsit.isValid(c, t));
    CHECK(rsit.machineTag(c, t) == QString::fromUtf8(tag));
    const auto parsed = rsit.parseMachineTag(QString::fromUtf8(tag));
    REQUIRE(parsed.has_value());
    CHECK(parsed->first == c);
    CHECK(parsed->second == t);
}

TEST_CASE("Rsit: validity of class and type pairs", "[taxonomy][rsit]")
{
    const auto [classKey, typeKey, valid] = GENERATE(table<const char*, const char*, bool>({
        {"fraud", "", true}, // a class alone
        {"fraud", "phishing", true},
        {"fraud", "spam", false}, // a type of another class
        {"fraud", "Phishing", false},
        {"Fraud", "phishing", false},
        {"phishing", "", false},
        {"", "", false},
        {"", "phishing", false},
        {"no-such-class", "", false},
        {"malicious-code", "c2", false},
    }));
    const Rsit& rsit = Rsit::builtin();
    const QString c = QString::fromUtf8(classKey);
    const QString t = QString::fromUtf8(typeKey);
    CHECK(rsit.isValid(c, t) == valid);
    CHECK(rsit.machineTag(c, t).isEmpty() == !valid);
    if (!t.isEmpty())
        CHECK((rsit.findType(c, t) != nullptr) == valid);
}

TEST_CASE("Rsit: every class and type survives a machine-tag round trip", "[taxonomy][rsit]")
{
    const Rsit& rsit = Rsit::builtin();
    REQUIRE_FALSE(rsit.classes().isEmpty());
    for (const RsitClass& rsitClass : rsit.classes()) {
        const QString classTag = rsit.machineTag(rsitClass.key);
        CHECK(classTag == QStringLiteral("rsit:") + rsitClass.key);
        CHECK(rsit.parseMachineTag(classTag) == std::make_pair(rsitClass.key, QString()));
        for (const RsitType& type : rsitClass.types) {
            const QString tag = rsit.machineTag(rsitClass.key, type.key);
            INFO("tag: " << tag.toStdString());
            CHECK(rsit.parseMachineTag(tag) == std::make_pair(rsitClass.key, type.key));
        }
    }
}

TEST_CASE("Rsit: machine tags are read leniently in case and spacing only", "[taxonomy][rsit]")
{
    const Rsit& rsit = Rsit::builtin();
    CHECK(rsit.parseMachineTag(QStringLiteral("  RSIT:Fraud=\"Phishing\"\n")) ==
          std::make_pair(QStringLiteral("fraud"), QStringLiteral("phishing")));
    CHECK(rsit.parseMachineTag(QStringLiteral("rsit:FRAUD")) == std::make_pair(QStringLiteral("fraud"), QString()));

    const char* bad =
        GENERATE(R"(rsit:fraud="unknown")", R"(rsit:fraud=phishing)", R"(rsit:fraud="")", R"(rsit:fraud=")",
                 R"(rsit:fraud="phishing)", R"(rsit:fraud=phishing")", R"(rsit:="phishing")", R"(rsit:)", R"(rsit)", "",
                 R"(fraud="phishing")", R"(ecsirt:fraud="phishing")", R"(tlp:fraud="phishing")", R"(rsit:spam)",
                 R"(rsit: fraud="phishing")", R"(rsit:fraud ="phishing")", R"(rsit:fraud="phishing" extra)",
                 R"(rsit:abusive-content="phishing")");
    INFO("tag: " << bad);
    CHECK_FALSE(rsit.parseMachineTag(QString::fromUtf8(bad)).has_value());
}

TEST_CASE("Rsit: fromJson reads a minimal document", "[taxonomy][rsit]")
{
    const QByteArray json = R"({"namespace": "rsit",
        "predicates": [{"value": "fraud", "expanded": "Fraud"}, {"value": "lonely"}],
        "values": [{"predicate": "fraud", "entry": [{"value": "phishing", "expanded": "Phishing",
                                                      "description": "Credentials."}]}]})";
    const fb::Result<Rsit> rsit = Rsit::fromJson(json, QStringLiteral("mini.json"));
    INFO((rsit ? std::string() : rsit.error().toString().toStdString()));
    REQUIRE(rsit.has_value());
    REQUIRE(rsit->classes().size() == 2);
    CHECK(rsit->findType(QStringLiteral("fraud"), QStringLiteral("phishing"))->description ==
          QStringLiteral("Credentials."));
    const RsitClass* lonely = rsit->findClass(QStringLiteral("lonely"));
    REQUIRE(lonely != nullptr);
    CHECK(lonely->name == QStringLiteral("lonely")); // no "expanded": the key stands in
    CHECK(lonely->types.isEmpty());
    CHECK(rsit->isValid(QStringLiteral("lonely")));
}

TEST_CASE("Rsit: fromJson says what is wrong", "[taxonomy][rsit]")
{
    const QByteArray full = builtinJson();
    REQUIRE(full.size() > 100);

    const auto [json, inMessage, inWhere] = GENERATE_COPY(table<QByteArray, const char*, const char*>({
        {full.left(full.size() / 2), "not valid JSON", "offset"},
        {full.left(full.size() - 2), "not valid JSON", "offset"},
        {QByteArray(), "not valid JSON", "offset"},
        {QByteArray("{\"predicates\": [}"), "not valid JSON", "offset "},
        {QByteArray("[]"), "must be a JSON object", ""},
        {QByteArray(R"([{"predicates": [], "values": []}])"), "must be a JSON object", ""},
        {QByteArray("{}"), "\"predicates\"", "predicates"},
        {QByteArray(R"({"values": []})"), "\"predicates\"", "predicates"},
        {QByteArray(R"({"predicates": {}, "values": []})"), "must be a list", "predicates"},
        {QByteArray(R"({"predicates": [], "values": []})"), "no incident classes", "predicates"},
        {QByteArray(R"({"predicates": [{"value": "fraud"}]})"), "\"values\"", "values"},
        {QByteArray(R"({"predicates": [{"value": "fraud"}], "values": 3})"), "must be a list", "values"},
        {QByteArray(R"({"predicates": [{"expanded": "Fraud"}], "values": []})"), "\"value\"", "predicates[0].value"},
        {QByteArray(R"({"predicates": [{"value": 7}], "values": []})"), "\"value\"", "predicates[0].value"},
        {QByteArray(R"({"predicates": ["fraud"], "values": []})"), "not a JSON object", "predicates[0]"},
        {QByteArray(R"({"predicates": [{"value": "Fraud Cases"}], "values": []})"), "\"Fraud Cases\"",
         "predicates[0].value"},
        {QByteArray(R"({"predicates": [{"value": "fraud", "expanded": 1}], "values": []})"), "\"expanded\"",
         "predicates[0].expanded"},
        {QByteArray(R"({"predicates": [{"value": "fraud"}, {"value": "fraud"}], "values": []})"), "twice",
         "predicates[1].value"},
        {QByteArray(R"({"predicates": [{"value": "fraud"}], "values": [{"predicate": "spam", "entry": []}]})"),
         "\"spam\"", "values[0].predicate"},
        {QByteArray(R"({"predicates": [{"value": "fraud"}], "values": [{"entry": []}]})"), "\"predicate\"",
         "values[0].predicate"},
        {QByteArray(R"({"predicates": [{"value": "fraud"}], "values": [{"predicate": "fraud"}]})"), "\"entry\"",
         "values[0].entry"},
        {QByteArray(R"({"predicates": [{"value": "fraud"}], "values": [[]]})"), "JSON object", "values[0]"},
        {QByteArray(R"({"predicates": [{"value": "fraud"}],
                        "values": [{"predicate": "fraud", "entry": [{"value": "a"}, {"value": "b"}, {}]}]})"),
         "\"value\"", "values[0].entry[2].value"},
        {QByteArray(R"({"predicates": [{"value": "fraud"}],
                        "values": [{"predicate": "fraud", "entry": [{"value": "a"}, {"value": "a"}]}]})"),
         "twice", "values[0].entry[1].value"},
        {QByteArray(R"({"namespace": "tlp", "predicates": [{"value": "fraud"}], "values": []})"), "namespace",
         "namespace"},
    }));
    INFO("json: " << json.left(200).toStdString());
    const fb::Result<Rsit> rsit = Rsit::fromJson(json, QStringLiteral("test.json"));
    REQUIRE_FALSE(rsit.has_value());
    const fb::Error& error = rsit.error();
    INFO("error: " << error.toString().toStdString());
    CHECK(error.code == fb::ErrorCode::BadInput);
    CHECK(error.message.contains(QString::fromUtf8(inMessage)));
    CHECK(error.where.startsWith(QStringLiteral("test.json")));
    CHECK(error.where.contains(QString::fromUtf8(inWhere)));
}

TEST_CASE("Rsit: the empty taxonomy knows nothing", "[taxonomy][rsit]")
{
    const Rsit empty;
    CHECK(empty.classes().isEmpty());
    CHECK(empty.findClass(QStringLiteral("fraud")) == nullptr);
    CHECK(empty.findType(QStringLiteral("fraud"), QStringLiteral("phishing")) == nullptr);
    CHECK_FALSE(empty.isValid(QStringLiteral("fraud")));
    CHECK(empty.machineTag(QStringLiteral("fraud")).isEmpty());
    CHECK_FALSE(empty.parseMachineTag(QStringLiteral("rsit:fraud")).has_value());
}

TEST_CASE("Rsit: every name and description in the data is registered for translation", "[taxonomy][rsit]")
{
    QSet<QString> inData;
    const QJsonObject root = fb::test::readJsonObject(QStringLiteral(":/taxonomy/rsit.json"));
    const auto collect = [&inData](const QJsonValue& value) {
        for (const QLatin1StringView field : {QLatin1StringView("expanded"), QLatin1StringView("description")}) {
            const QString text = value.toObject().value(field).toString();
            if (!text.isEmpty())
                inData.insert(text);
        }
    };
    for (const QJsonValue& predicate : root.value(QLatin1StringView("predicates")).toArray())
        collect(predicate);
    for (const QJsonValue& group : root.value(QLatin1StringView("values")).toArray()) {
        for (const QJsonValue& entry : group.toObject().value(QLatin1StringView("entry")).toArray())
            collect(entry);
    }
    REQUIRE(inData.size() > 50);

    QSet<QString> registered;
    for (const char* text : fb::detail::rsitTranslatableStrings())
        registered.insert(QString::fromUtf8(text));
    CHECK(registered.size() == fb::detail::rsitTranslatableStrings().size()); // each once

    for (const QString& text : inData) {
        INFO("missing from RsitStrings.cpp: " << text.toStdString());
        CHECK(registered.contains(text));
    }
    for (const QString& text : registered) {
        INFO("not in rsit.json any more: " << text.toStdString());
        CHECK(inData.contains(text));
    }
}
