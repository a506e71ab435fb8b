// SPDX-License-Identifier: GPL-3.0-or-later
// Sharing an incident with another team's tools from the GUI (ExchangeExportDialog, ExchangeImportDialog): the TLP
// gate by recipient, MISP and IODEF written as a job and shown, and read back into another workspace; a document
// that cannot be read stores nothing.
#include "ui/exchange/ExchangeExportDialog.h"
#include "ui/exchange/ExchangeImportDialog.h"

#include "core/directory/TeamStore.h"
#include "core/observables/Observable.h"
#include "tests/ui/UiTestSupport.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace fb;
using namespace fb::test;

namespace {

qint64 botnetIncident(SessionFixture& f)
{
    NewTicket t;
    t.kind = TicketKind::Incident;
    t.title = QStringLiteral("Botnet C2");
    t.tlp = TlpLevel::Amber;
    for (const char* value : {"192.0.2.5", "c2.example.net", "https://c2.example.net/gate.php"}) {
        auto o = Observables::fromUserInput(QString::fromLatin1(value));
        REQUIRE(o);
        t.observables.append(*o);
    }
    auto id = f.session->workflow().create(t);
    REQUIRE(id);
    return *id;
}

void addTeam(SessionFixture& f, const QString& name, std::optional<TlpLevel> highest)
{
    Team team;
    team.shortName = name;
    team.officialName = name;
    team.highestTlp = highest;
    REQUIRE(TeamStore(f.session->change()).addTeam(team));
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Sharing an incident: the recipient's TLP gate, MISP and IODEF written and read into another workspace",
          "[ui][exchange]")
{
    SessionFixture f;
    const qint64 id = botnetIncident(f);
    addTeam(f, QStringLiteral("PEER-CERT"), TlpLevel::Amber);
    addTeam(f, QStringLiteral("PUBLIC-FORUM"), TlpLevel::Green);

    ExchangeExportDialog dialog(*f.session, id);
    dialog.show();
    auto* recipients = dialog.findChild<QComboBox*>(QStringLiteral("exchangeRecipientComboBox"));
    auto* distribution = dialog.findChild<QComboBox*>(QStringLiteral("exchangeDistributionComboBox"));
    auto* purpose = dialog.findChild<QComboBox*>(QStringLiteral("exchangePurposeComboBox"));
    REQUIRE((recipients && distribution && purpose));
    CHECK(recipients->count() == 3);
    CHECK(recipients->itemText(1).contains(QStringLiteral("TLP:AMBER")));
    CHECK(distribution->isEnabled());
    CHECK_FALSE(purpose->isEnabled());

    const QString refusedPath = f.dir.file(QStringLiteral("refused.json"));
    SECTION("an unknown recipient, or one cleared for GREEN, gets nothing of an AMBER incident")
    {
        REQUIRE(dialog.saveTo(refusedPath));
        REQUIRE(QTest::qWaitFor([&]() { return !dialog.busy(); }, 120000));
        CHECK(dialog.message().contains(QStringLiteral("TLP:AMBER")));
        CHECK_FALSE(QFile::exists(refusedPath));
        REQUIRE(dialog.setRecipient(QStringLiteral("public-forum")));
        REQUIRE(dialog.saveTo(refusedPath));
        REQUIRE(QTest::qWaitFor([&]() { return !dialog.busy(); }, 120000));
        CHECK(dialog.message().contains(QStringLiteral("PUBLIC-FORUM")));
        CHECK_FALSE(QFile::exists(refusedPath));
        CHECK(dialog.writtenText().isEmpty());
    }
    SECTION("a cleared team gets the document, which another workspace imports")
    {
        REQUIRE(dialog.setRecipient(QStringLiteral("PEER-CERT")));
        const QString format = GENERATE(QStringLiteral("misp"), QStringLiteral("iodef"));
        CAPTURE(format);
        dialog.setFormat(format);
        CHECK(distribution->isEnabled() == (format == QLatin1String("misp")));
        CHECK(purpose->isEnabled() == (format == QLatin1String("iodef")));
        const QString path = f.dir.file(QStringLiteral("shared.") + format);
        QSignalSpy saved(&dialog, &ExchangeExportDialog::saved);
        REQUIRE(dialog.saveTo(path));
        REQUIRE(QTest::qWaitFor([&]() { return !dialog.busy(); }, 120000));
        INFO(dialog.message().toStdString());
        REQUIRE(saved.count() == 1);
        CHECK(dialog.message().contains(QStringLiteral("3 observable(s)")));
        CHECK(dialog.message().contains(QStringLiteral("TLP:AMBER")));
        const QByteArray written = contentOf(path);
        CHECK(dialog.writtenText() == QString::fromUtf8(written));
        CHECK(written.trimmed().startsWith(format == QLatin1String("misp") ? "{" : "<?xml"));
        CHECK(written.contains("c2.example.net"));
        CHECK((QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther)) == 0);

        SessionFixture other;
        ExchangeImportDialog import(*other.session);
        import.show();
        auto* open = import.findChild<QPushButton*>(QStringLiteral("exchangeOpenTicketButton"));
        REQUIRE(open);
        CHECK_FALSE(open->isEnabled());
        QSignalSpy imported(&import, &ExchangeImportDialog::imported);
        import.setPath(path);
        REQUIRE(import.startImport());
        REQUIRE(QTest::qWaitFor([&]() { return !import.busy(); }, 120000));
        INFO(import.message().toStdString());
        REQUIRE(imported.count() == 1);
        const qint64 made = import.importedTicket();
        CHECK(import.message().contains(QStringLiteral("became incident #%1").arg(made)));
        CHECK(open->isEnabled());
        const Ticket ticket = other.get(made);
        CHECK(ticket.kind == TicketKind::Incident);
        CHECK(ticket.tlp == TlpLevel::Amber);
        QStringList values;
        for (const Observable& o : ticket.observables)
            values.append(o.value);
        CHECK(values.contains(QStringLiteral("192.0.2.5")));
        CHECK(values.contains(QStringLiteral("c2.example.net")));
        CHECK(values.contains(QStringLiteral("https://c2.example.net/gate.php")));
        QSignalSpy opened(&import, &ExchangeImportDialog::openTicket);
        QTest::mouseClick(open, Qt::LeftButton);
        REQUIRE(opened.count() == 1);
        CHECK(opened.first().first().toLongLong() == made);
    }
}

TEST_CASE("A document that cannot be read is refused by name and stores nothing", "[ui][exchange]")
{
    SessionFixture f;
    const QString path = f.dir.file(QStringLiteral("broken.xml"));
    const QByteArray content = GENERATE(QByteArray("<?xml version=\"1.0\"?>\n<IODEF-Document><Incident>"),
                                        QByteArray("{\"Event\": {\"info\": "), QByteArray("not a document"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    ExchangeImportDialog import(*f.session);
    import.setPath(path);
    REQUIRE(import.startImport());
    REQUIRE(QTest::qWaitFor([&]() { return !import.busy(); }, 120000));
    INFO(import.message().toStdString());
    CHECK(import.message().startsWith(QStringLiteral("Nothing was imported: ")));
    CHECK(import.importedTicket() == 0);
    CHECK_FALSE(import.findChild<QPushButton*>(QStringLiteral("exchangeOpenTicketButton"))->isEnabled());
    CHECK_FALSE(f.session->tickets().get(1)); // the fresh workspace still has no ticket

    import.setPath(f.dir.file(QStringLiteral("missing.json")));
    REQUIRE(import.startImport());
    REQUIRE(QTest::qWaitFor([&]() { return !import.busy(); }, 120000));
    CHECK(import.message().contains(QStringLiteral("missing.json")));
}
