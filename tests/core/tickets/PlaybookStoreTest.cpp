// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history/HistoryPhrasing.h"
#include "core/taxonomy/Rsit.h"
#include "core/tickets/PlaybookJson.h"
#include "core/tickets/PlaybookRules.h"

#include "tests/core/tickets/TicketFixture.h"

using namespace fb;
using fb::test::TicketFixture;

namespace {

QByteArray document(const QByteArray& playbooks)
{
    return "{\"format\": \"firebreak-playbooks\", \"version\": 1, \"playbooks\": [" + playbooks + "]}";
}

const QByteArray kScan = R"({"id": "scan", "name": "Scanning", "match": {"class": "information-gathering",
    "type": "scanner"}, "tasks": [{"title": "Notify the network owner", "ownerRole": "handler", "due": "1d"},
    {"title": "Check for follow-up attempts", "due": "2d12h"}]})";

} // namespace

TEST_CASE("The shipped playbooks read, cover the common RSIT classes and name real classes and types", "[playbooks]")
{
    const QList<Playbook> shipped = PlaybookStore::shipped();
    REQUIRE(shipped.size() >= 6);
    for (const Playbook& p : shipped) {
        INFO(p.key.toStdString());
        CHECK(PlaybookJson::problems(p).isEmpty());
        CHECK(p.tasks.size() >= 3);
    }
    struct Case
    {
        const char* rsitClass;
        const char* type;
        const char* playbook;
    };
    const auto c =
        GENERATE(Case{"fraud", "phishing", "phishing"}, Case{"malicious-code", "infected-system", "malware-infection"},
                 Case{"malicious-code", "c2-server", "malicious-code"}, Case{"availability", "ddos", "ddos"},
                 Case{"intrusions", "unprivileged-account-compromise", "compromised-account"},
                 Case{"vulnerable", "vulnerable-system", "vulnerable-service"},
                 Case{"information-content-security", "data-leak", "data-leak"});
    REQUIRE(Rsit::builtin().isValid(QString::fromLatin1(c.rsitClass), QString::fromLatin1(c.type)));
    const Playbook* chosen =
        PlaybookRules::select(shipped, QString::fromLatin1(c.rsitClass), QString::fromLatin1(c.type), QString());
    REQUIRE(chosen);
    CHECK(chosen->key == QString::fromLatin1(c.playbook));
}

TEST_CASE("Playbooks import, export and import again unchanged, each change in the history", "[playbooks]")
{
    TicketFixture f;
    auto imported = f.playbooks->importJson(document(kScan));
    REQUIRE(imported);
    CHECK(*imported == QStringList{QStringLiteral("scan")});
    const Playbook scan = f.playbooks->playbook(QStringLiteral("scan")).value();
    CHECK(scan.name == QStringLiteral("Scanning"));
    CHECK(scan.rsitType == QStringLiteral("scanner"));
    REQUIRE(scan.tasks.size() == 2);
    CHECK(scan.tasks.at(0).ownerRole == QStringLiteral("handler"));
    CHECK(scan.tasks.at(0).dueMinutes == 1440);
    CHECK(scan.tasks.at(1).dueMinutes == 2 * 1440 + 12 * 60);

    // Round trip: the export reads back as the same playbooks, and importing it again changes nothing.
    const QByteArray exported = f.playbooks->exportJson().value();
    CHECK(PlaybookJson::read(exported).value() == f.playbooks->playbooks().value());
    const qint64 before = f.tickets->history().verify().value().rowsChecked;
    CHECK(f.playbooks->importJson(exported).value().isEmpty());
    CHECK(f.tickets->history().verify().value().rowsChecked == before);

    // A changed playbook replaces the stored one; the history holds both versions.
    Playbook changed = scan;
    changed.tasks.append(PlaybookTask{QStringLiteral("Close when the scans stop"), {}, {}, std::nullopt});
    REQUIRE(f.playbooks->save(changed));
    CHECK(f.playbooks->playbook(QStringLiteral("scan")).value().tasks.size() == 3);
    const auto rows = f.tickets->history().forFieldPrefix(QStringLiteral("scan")).value();
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).action == QStringLiteral("playbook"));
    CHECK(rows.at(1).field == QStringLiteral("scan"));
    CHECK(rows.at(1).oldValue.has_value());
    CHECK(HistoryPhrasing::sentence(rows.at(0)) == QStringLiteral("Playbook added: Scanning"));
    CHECK(HistoryPhrasing::sentence(rows.at(1)) == QStringLiteral("Playbook changed: Scanning"));

    CHECK(f.playbooks->exportJson({QStringLiteral("nope")}).error().code == ErrorCode::NotFound);
    REQUIRE(f.playbooks->remove(QStringLiteral("scan")));
    CHECK(f.playbooks->playbooks().value().isEmpty());
    CHECK(HistoryPhrasing::sentence(f.tickets->history().forFieldPrefix(QStringLiteral("scan")).value().last()) ==
          QStringLiteral("Playbook removed: Scanning"));
    CHECK(f.playbooks->remove(QStringLiteral("scan")).error().code == ErrorCode::NotFound);
    CHECK(f.tickets->history().verify().value().intact);
}

TEST_CASE("An import with any problem names each one by its place and changes nothing", "[playbooks]")
{
    TicketFixture f;
    REQUIRE(f.playbooks->importJson(document(kScan)));
    const auto stored = f.playbooks->playbooks().value();
    const qint64 rows = f.tickets->history().verify().value().rowsChecked;

    struct Case
    {
        QByteArray json;
        const char* where;   // Error::where: the first problem
        const char* mention; // in the message
    };
    const auto c = GENERATE(
        Case{"not json", "byte 1", "not JSON"},
        Case{"{\"format\": \"other\", \"version\": 1, \"playbooks\": []}", "format", "firebreak-playbooks"},
        Case{"{\"format\": \"firebreak-playbooks\", \"version\": 7, \"playbooks\": []}", "version", "version 7"},
        Case{document(R"({"id": "Bad Id", "name": "x", "tasks": [{"title": "t"}]})"), "playbooks[0].id", "Bad Id"},
        Case{document(R"({"id": "x", "name": "", "tasks": [{"title": "t"}]})"), "playbooks[0].name", "name"},
        Case{document(R"({"id": "x", "name": "x", "match": {"class": "fraud", "type": "ddos"},
                         "tasks": [{"title": "t"}]})"),
             "playbooks[0].match.type", "fraud/ddos"},
        Case{document(R"({"id": "x", "name": "x", "match": {"class": "nonsense"}, "tasks": [{"title": "t"}]})"),
             "playbooks[0].match.class", "nonsense"},
        Case{document(R"({"id": "x", "name": "x", "tasks": []})"), "playbooks[0].tasks", "at least one task"},
        Case{document(R"({"id": "x", "name": "x", "tasks": [{"title": "t"}, {"title": ""}]})"),
             "playbooks[0].tasks[1].title", "title"},
        Case{document(R"({"id": "x", "name": "x", "tasks": [{"title": "Same"}, {"title": "same"}]})"),
             "playbooks[0].tasks[1].title", "earlier task"},
        Case{document(R"({"id": "x", "name": "x", "tasks": [{"title": "t", "due": "4 weeks"}]})"),
             "playbooks[0].tasks[0].due", "4 weeks"},
        Case{document(R"({"id": "x", "name": "x", "tasks": [{"title": "t", "ownerRole": 3}]})"),
             "playbooks[0].tasks[0].ownerRole", "must be text"},
        // A good first playbook does not get in when the second is bad.
        Case{document(R"({"id": "good", "name": "Good", "tasks": [{"title": "t"}]},
                         {"id": "good", "name": "Again", "tasks": [{"title": "t"}]})"),
             "playbooks[1].id", "earlier playbook"});
    INFO(c.json.toStdString());
    auto refused = f.playbooks->importJson(c.json);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
    CHECK(refused.error().where == QString::fromLatin1(c.where));
    CHECK(refused.error().message.contains(QString::fromLatin1(c.mention)));
    CHECK(f.playbooks->playbooks().value() == stored);
    CHECK(f.tickets->history().verify().value().rowsChecked == rows);
}

TEST_CASE("Every problem of a document is listed, each with its place", "[playbooks]")
{
    auto read = PlaybookJson::read(document(R"({"id": "a", "name": "", "tasks": [{"title": "t", "due": "0m"}]},
        {"id": "b", "name": "B", "tasks": [{"description": "no title"}]})"));
    REQUIRE_FALSE(read);
    const QString& message = read.error().message;
    CHECK(message.contains(QStringLiteral("3 problem")));
    CHECK(message.contains(QStringLiteral("playbooks[0].name:")));
    CHECK(message.contains(QStringLiteral("playbooks[0].tasks[0].due:")));
    CHECK(message.contains(QStringLiteral("playbooks[1].tasks[0].title:")));
}

TEST_CASE("Due offsets read and write as days, hours and minutes", "[playbooks]")
{
    CHECK(PlaybookJson::parseOffset(QStringLiteral("30m")) == 30);
    CHECK(PlaybookJson::parseOffset(QStringLiteral("4h")) == 240);
    CHECK(PlaybookJson::parseOffset(QStringLiteral("2d")) == 2880);
    CHECK(PlaybookJson::parseOffset(QStringLiteral("1d 12h")) == 2160);
    CHECK(PlaybookJson::parseOffset(QStringLiteral("1d12h30m")) == 2190);
    for (const char* bad : {"", "0m", "4", "h", "4w", "-1h", "1h1d", "400d"})
        CHECK_FALSE(PlaybookJson::parseOffset(QString::fromLatin1(bad)));
    for (int minutes : {1, 59, 60, 90, 1440, 2190, 2880})
        CHECK(PlaybookJson::parseOffset(PlaybookJson::offsetText(minutes)) == minutes);
    CHECK(PlaybookJson::offsetText(2190) == QStringLiteral("1d12h30m"));
}

TEST_CASE("Installing the shipped playbooks adds the missing ones and keeps the workspace's own", "[playbooks]")
{
    TicketFixture f;
    Playbook mine = PlaybookStore::shipped().first();
    mine.name = QStringLiteral("Our own phishing steps");
    REQUIRE(f.playbooks->save(mine));
    const int shipped = int(PlaybookStore::shipped().size());
    CHECK(f.playbooks->installShipped().value() == shipped - 1);
    CHECK(f.playbooks->playbook(mine.key).value().name == QStringLiteral("Our own phishing steps"));
    CHECK(f.playbooks->playbooks().value().size() == shipped);
    CHECK(f.playbooks->installShipped().value() == 0);
}

TEST_CASE("Hostile playbook files are refused with a clear error and change nothing", "[playbooks]")
{
    TicketFixture f;
    REQUIRE(f.playbooks->importJson(document(kScan)));
    const auto stored = f.playbooks->playbooks().value();
    const qint64 rows = f.tickets->history().verify().value().rowsChecked;

    const QByteArray whole = document(kScan);
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    QByteArray nul = document(kScan);
    nul.insert(nul.indexOf("Scanning") + 4, '\0');
    QByteArray badUtf8 = document(kScan);
    badUtf8.replace("Scanning", "Scan\xff\xfe\xc3ing");
    const auto json = GENERATE_COPY(whole.left(whole.size() / 2), whole.left(1), deep, nul, badUtf8,
                                    QByteArray("\xef\xbb\xbf") + QByteArray(5 * 1024 * 1024, ' '));
    INFO(json.left(80).toStdString() << " (" << json.size() << " bytes, NUL at " << json.indexOf(char(0)) << ")");
    auto refused = f.playbooks->importJson(json);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::BadInput);
    CHECK_FALSE(refused.error().message.isEmpty());
    CHECK(f.playbooks->playbooks().value() == stored);
    CHECK(f.tickets->history().verify().value().rowsChecked == rows);
}
