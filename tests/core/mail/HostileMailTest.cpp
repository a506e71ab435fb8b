// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailImporter.h"
#include "core/mail/MailStore.h"
#include "core/tickets/TicketSearch.h"
#include "tests/core/mail/MailTestSupport.h"

#include <QFile>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace fb;
using namespace fb::test;

namespace {

QByteArray nested(int depth)
{
    QByteArray head = "From: a@example.org\nSubject: deep\nMessage-ID: <deep@example.org>\nMIME-Version: 1.0\n";
    QByteArray body;
    QByteArray tail;
    for (int i = 0; i < depth; ++i) {
        body += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\n\n--b" +
                QByteArray::number(i) + "\n";
        tail.prepend("\n--b" + QByteArray::number(i) + "--\n");
    }
    return head + body + "Content-Type: text/plain\n\ninnermost text\n" + tail;
}

qint64 count(Vault& vault, const char* sql)
{
    auto value = vault.pragmaInt(sql);
    REQUIRE(value);
    return *value;
}

} // namespace

TEST_CASE("Hostile input is quarantined or imported with warnings and nothing is lost", "[mail][hostile]")
{
    MailWorkspace ws;
    TempDir in;
    writeAll(in.file(QStringLiteral("empty.eml")), QByteArray());
    QByteArray junk;
    for (int i = 0; i < 65536; ++i)
        junk.append(char((i * 7919 + 13) % 256));
    writeAll(in.file(QStringLiteral("junk.eml")), junk);
    QByteArray big = plainMessage("big@example.org", "big", "");
    big.append(QByteArray(50 * 1024 * 1024, 'A'));
    writeAll(in.file(QStringLiteral("big.eml")), big);
    QByteArray bomb = "From: a@example.org\nSubject: bomb\nMessage-ID: <bomb@example.org>\n";
    for (int i = 0; i < 20000; ++i)
        bomb += "X-Bomb-" + QByteArray::number(i) + ": " + QByteArray(20, 'x') + "\n";
    bomb += "Subject2: " + QByteArray(100000, 's') + "\n\nbody after the bomb\n";
    writeAll(in.file(QStringLiteral("bomb.eml")), bomb);
    writeAll(in.file(QStringLiteral("deep.eml")), nested(200));
    const QByteArray box = mailbox(3);
    writeAll(in.file(QStringLiteral("truncated.mbox")), box.left(box.size() - 40));

    const MailImportReport report =
        importPaths(ws, {in.file(QStringLiteral("empty.eml")), in.file(QStringLiteral("junk.eml")),
                         in.file(QStringLiteral("big.eml")), in.file(QStringLiteral("bomb.eml")),
                         in.file(QStringLiteral("deep.eml")), in.file(QStringLiteral("truncated.mbox"))});
    REQUIRE(report.cases.size() == 8);
    auto caseFor = [&report](const char* name) {
        for (const ImportCase& c : report.cases)
            if (c.source.endsWith(QLatin1String(name)))
                return c;
        FAIL("no case");
        return ImportCase{};
    };
    CHECK(caseFor("empty.eml").outcome == ImportOutcome::Quarantined);
    CHECK(caseFor("empty.eml").notes.value(0).contains(QLatin1String("empty")));
    CHECK(caseFor("junk.eml").outcome == ImportOutcome::Quarantined);
    CHECK(caseFor("junk.eml").notes.value(0).contains(QLatin1String("message")));
    CHECK(caseFor("big.eml").outcome == ImportOutcome::Quarantined);
    CHECK(caseFor("big.eml").notes.value(0).contains(QLatin1String("MiB")));
    const ImportCase bombCase = caseFor("bomb.eml");
    CHECK(bombCase.outcome == ImportOutcome::Imported);
    CHECK(hasWarning(bombCase.warnings, MailWarningCode::HeaderBomb));
    CHECK(bombCase.notes == warningTexts(bombCase.warnings));
    const ImportCase deepCase = caseFor("deep.eml");
    CHECK(deepCase.outcome == ImportOutcome::Imported);
    CHECK((hasWarning(deepCase.warnings, MailWarningCode::NestedTooDeeply) ||
           hasWarning(deepCase.warnings, MailWarningCode::NestingOverflow)));
    const ImportCase last = report.cases.last();
    CHECK(last.source.endsWith(QLatin1String("truncated.mbox")));
    CHECK(last.position.startsWith(QLatin1String("message 3 at byte")));
    CHECK(hasWarning(last.warnings, MailWarningCode::MailboxTruncated));
    CHECK(report.quarantined == 3);
    CHECK(report.problems().size() >= 6);

    // Quarantine keeps the raw bytes, all 50 MB of them.
    MailStore store(*ws.vault);
    auto list = store.quarantineList();
    REQUIRE(list);
    REQUIRE(list->size() == 3);
    for (const QuarantineEntry& e : *list) {
        auto full = store.quarantineEntry(e.id);
        REQUIRE(full);
        CHECK(full->raw == readAll(e.source));
    }
    // The deep message keeps its raw bytes whole, too.
    auto messages = store.messagesOf(deepCase.ticketId, true);
    REQUIRE(messages);
    REQUIRE(messages->size() == 1);
    CHECK(messages->at(0).message.raw == nested(200));
}

TEST_CASE("mboxrd From_ escaping is undone", "[mail][mbox]")
{
    MailWorkspace ws;
    TempDir in;
    writeAll(in.file(QStringLiteral("box.mbox")), mailbox(2));
    const MailImportReport report = importPaths(ws, {in.file(QStringLiteral("box.mbox"))});
    REQUIRE(report.imported == 2);
    MailStore store(*ws.vault);
    auto messages = store.messagesOf(report.cases[0].ticketId, true);
    REQUIRE(messages);
    CHECK(messages->at(0).message.body.contains(QLatin1String("\nFrom the logs.")));
    CHECK_FALSE(messages->at(0).message.raw.contains(">From"));
    CHECK(MailReader::unescapeMboxFrom(">From a\n>>From b\n> From c\n") == "From a\n>From b\n> From c\n");
}

TEST_CASE("Maildir folders are read from cur and new", "[mail][maildir]")
{
    MailWorkspace ws;
    TempDir in;
    QDir root(in.path());
    REQUIRE(root.mkpath(QStringLiteral("box/cur")));
    REQUIRE(root.mkpath(QStringLiteral("box/new")));
    REQUIRE(root.mkpath(QStringLiteral("box/tmp")));
    writeAll(in.file(QStringLiteral("box/cur/1.host:2,S")), plainMessage("c@example.org", "cur", "one"));
    writeAll(in.file(QStringLiteral("box/new/2.host")), plainMessage("n@example.org", "new", "two"));
    writeAll(in.file(QStringLiteral("box/tmp/3.host")), plainMessage("t@example.org", "tmp", "three"));
    const MailImportReport report = importPaths(ws, {in.file(QStringLiteral("box"))});
    CHECK(report.imported == 2);
    REQUIRE(report.cases.size() == 2);
    CHECK(report.cases[0].position == QLatin1String("1.host:2,S"));
}

TEST_CASE("Progress is reported and cancel stops between messages", "[mail][job]")
{
    MailWorkspace ws;
    TempDir in;
    writeAll(in.file(QStringLiteral("box.mbox")), mailbox(30));
    MailImporter importer(ws.change());
    qint64 lastDone = -1;
    qint64 lastTotal = 0;
    int calls = 0;
    DirectJobControl* self = nullptr;
    QList<JobProgress> seen;
    DirectJobControl job([&](const JobProgress& progress) {
        CHECK(progress.done >= lastDone);
        lastDone = progress.done;
        lastTotal = progress.total;
        seen.append(progress);
        if (++calls == 11)
            self->cancel();
    });
    self = &job;
    auto report = importer.importPaths({in.file(QStringLiteral("box.mbox"))}, job);
    REQUIRE(report);
    CHECK(report->cancelled);
    CHECK(report->imported == 10);
    // Messages counted before the first one is read; then one call per message stored, and one at the end.
    REQUIRE(seen.size() == 12);
    CHECK(seen.first().itemsDone == 0);
    CHECK(seen.first().itemsTotal == 30);
    CHECK(seen[5].itemsDone == 5);
    CHECK(seen.last().itemsDone == 10);
    CHECK(seen.last().total == QFileInfo(in.file(QStringLiteral("box.mbox"))).size());
    CHECK(seen.last().done < seen.last().total);
    CHECK(lastTotal == QFileInfo(in.file(QStringLiteral("box.mbox"))).size());
    CHECK(count(*ws.vault, "SELECT count(*) FROM messages") == 10);

    DirectJobControl again;
    auto rest = importer.importPaths({in.file(QStringLiteral("box.mbox"))}, again);
    REQUIRE(rest);
    CHECK(rest->imported == 20);
    CHECK(rest->duplicates == 10);
}

TEST_CASE("A stop request ends the import between messages and keeps what was stored", "[mail][job]")
{
    MailWorkspace ws;
    TempDir in;
    writeAll(in.file(QStringLiteral("box.mbox")), mailbox(30));
    MailImporter importer(ws.change());
    importer.setBatchMessages(4); // the stop falls inside a batch: the open batch is kept too
    DirectJobControl* self = nullptr;
    JobProgress last;
    DirectJobControl job([&](const JobProgress& progress) {
        last = progress;
        if (progress.itemsDone == 7)
            self->requestStop();
    });
    self = &job;
    auto report = importer.importPaths({in.file(QStringLiteral("box.mbox"))}, job);
    REQUIRE(report);
    CHECK(report->cancelled);
    CHECK(report->imported == 7);
    CHECK(count(*ws.vault, "SELECT count(*) FROM messages") == 7);
    CHECK(last.itemsDone == 7);
    CHECK(last.itemsTotal == 30);

    DirectJobControl again;
    auto rest = importer.importPaths({in.file(QStringLiteral("box.mbox"))}, again);
    REQUIRE(rest);
    CHECK(rest->imported == 23);
    CHECK(rest->duplicates == 7);
}

TEST_CASE("Killing the importer mid-mailbox and re-running gives the clean result", "[mail][crash]")
{
    TempDir in;
    const int n = 600;
    writeAll(in.file(QStringLiteral("big.mbox")), mailbox(n));
    TempDir keep;
    const QString path = keep.file(QStringLiteral("killed.firebreak"));
    REQUIRE(Vault::create(path, SecretBytes("crash", 5)));

    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::close(fds[0]);
        auto vault = Vault::open(path, SecretBytes("crash", 5));
        if (!vault)
            _exit(3);
        SystemClock clock;
        MailImporter importer(ChangeContext{**vault, clock, QStringLiteral("writer")});
        importer.setBatchMessages(50); // commits before the kill, so the re-run finds stored messages
        DirectJobControl job([&](const JobProgress& progress) {
            const qint64 done = progress.done;
            if (write(fds[1], &done, sizeof done) != sizeof done)
                _exit(5);
        });
        (void)importer.importPaths({in.file(QStringLiteral("big.mbox"))}, job);
        _exit(0);
    }
    ::close(fds[1]);
    const qint64 size = QFileInfo(in.file(QStringLiteral("big.mbox"))).size();
    qint64 done = 0;
    while (done < size / 2 && read(fds[0], &done, sizeof done) == sizeof done) {
    }
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    ::close(fds[0]);
    REQUIRE(WIFSIGNALED(status));

    auto vault = Vault::open(path, SecretBytes("crash", 5));
    REQUIRE(vault);
    CHECK((*vault)->integrityCheck().value().isEmpty());
    const qint64 before = count(**vault, "SELECT count(*) FROM messages");
    CHECK(before < n);
    CHECK(before % 50 == 0); // whole batches only
    // Every stored message is whole: its ticket exists and has the message's observable.
    CHECK(count(**vault, "SELECT count(*) FROM messages m LEFT JOIN tickets t ON t.id = m.ticket_id "
                         "WHERE t.id IS NULL") == 0);
    FixedClock clock(QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC));
    MailImporter importer(ChangeContext{**vault, clock, QStringLiteral("rerun")});
    DirectJobControl job;
    auto rerun = importer.importPaths({in.file(QStringLiteral("big.mbox"))}, job);
    REQUIRE(rerun);
    CHECK(rerun->duplicates == before);
    CHECK(rerun->imported == n - before);
    CHECK(count(**vault, "SELECT count(*) FROM messages") == n);
    CHECK(count(**vault, "SELECT count(*) FROM tickets") == n);
    CHECK(count(**vault, "SELECT count(DISTINCT ticket_id) FROM ticket_observables") == n);
    CHECK(count(**vault, "SELECT count(*) FROM history WHERE action = 'mail'") == n);
}
