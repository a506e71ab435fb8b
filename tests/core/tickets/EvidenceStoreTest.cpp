// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/Job.h"
#include "core/history/HistoryPhrasing.h"
#include "core/history/TicketAudit.h"

#include "tests/core/tickets/TicketFixture.h"
#include "tests/core/vault/LaterFormats.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

using namespace fb;
using fb::test::readAll;
using fb::test::TicketFixture;
using fb::test::writeAll;

namespace {

qint64 count(Vault& vault, const char* sql)
{
    auto q = vault.query(sql);
    REQUIRE(q);
    REQUIRE(*q->next());
    return q->int64(0);
}

QByteArray content(TicketFixture& f, qint64 evidenceId)
{
    QByteArray all;
    REQUIRE(f.evidence->readContent(evidenceId, [&](const QByteArray& chunk) -> Status {
        all += chunk;
        return {};
    }));
    return all;
}

// 3.5 MiB that no two chunks share.
QByteArray largeContent()
{
    QByteArray data;
    data.reserve(3 * 1024 * 1024 + 512 * 1024);
    for (quint32 i = 0; data.size() < 3 * 1024 * 1024 + 512 * 1024; ++i)
        data.append(reinterpret_cast<const char*>(&i), sizeof i);
    return data;
}

QStringList sentences(TicketFixture& f, qint64 id)
{
    QStringList out;
    const QList<HistoryEntry> entries = f.tickets->history().forTicket(id).value();
    for (const HistoryEntry& entry : entries)
        out.append(HistoryPhrasing::sentence(entry));
    return out;
}

} // namespace

TEST_CASE("Evidence is stored in chunks with its size and SHA-256, who added it and when, and read back whole",
          "[evidence]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident, QStringLiteral("Botnet C2"));
    const QString small = f.dir.file(QStringLiteral("abc.txt"));
    writeAll(small, "abc");
    const QString large = f.dir.file(QStringLiteral("capture.pcap"));
    const QByteArray data = largeContent();
    writeAll(large, data);

    const auto first = f.evidence->addFile(id, small, QStringLiteral("  The note the reporter sent. "));
    REQUIRE(first);
    CHECK(first->name == QStringLiteral("abc.txt"));
    CHECK(first->size == 3);
    // FIPS 180-2 known answer for "abc".
    CHECK(first->sha256 == QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(first->mediaType == QStringLiteral("text/plain"));
    CHECK(first->description == QStringLiteral("The note the reporter sent."));
    CHECK(first->addedBy == QStringLiteral("alice"));
    CHECK(first->addedAt == f.clock.nowUtc());
    CHECK_FALSE(first->removed());

    QList<JobProgress> progress;
    DirectJobControl control([&](const JobProgress& p) { progress.append(p); });
    const auto second = f.evidence->addFile(id, large, {}, &control);
    REQUIRE(second);
    CHECK(second->size == data.size());
    CHECK(second->sha256 == QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    CHECK(count(*f.vault, "SELECT count(*) FROM evidence_chunks WHERE evidence_id = 2") == 4);
    CHECK(count(*f.vault, "SELECT max(length(data)) FROM evidence_chunks") == EvidenceStore::kChunkSize);
    REQUIRE(progress.size() == 4);
    CHECK(progress.last().done == data.size());
    CHECK(progress.last().total == data.size());

    CHECK(content(f, first->id) == "abc");
    CHECK(content(f, second->id) == data);
    const auto list = f.evidence->evidence(id).value();
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).id == first->id);
    CHECK(list.at(1).name == QStringLiteral("capture.pcap"));
    CHECK(sentences(f, id).contains(QStringLiteral("Evidence added: abc.txt (SHA-256 ba7816bf8f01cfea…)")));
    CHECK(f.tickets->history().verify().value().intact);
    CHECK(TicketAudit(*f.vault).run().value().intact());
}

TEST_CASE("A file that is missing, a folder, empty, too large or unreadable is refused and nothing is stored",
          "[evidence]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident, QStringLiteral("Botnet C2"));
    const qint64 rows = count(*f.vault, "SELECT count(*) FROM history");
    const QString empty = f.dir.file(QStringLiteral("empty.bin"));
    writeAll(empty, {});
    const QString huge = f.dir.file(QStringLiteral("huge.bin"));
    {
        QFile file(huge); // sparse: takes no space
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(EvidenceStore::kMaxFileSize + 1));
    }
    const QString fits = f.dir.file(QStringLiteral("fits.txt"));
    writeAll(fits, "ok");

    struct Case
    {
        QString path;
        QString says;
    };
    const QList<Case> cases{{f.dir.file(QStringLiteral("missing.txt")), QStringLiteral("There is no file")},
                            {f.dir.path(), QStringLiteral("is a folder")},
                            {empty, QStringLiteral("is empty")},
                            {huge, QStringLiteral("evidence can be at most 256")}};
    for (const Case& c : cases) {
        const auto refused = f.evidence->addFile(id, c.path);
        REQUIRE_FALSE(refused);
        INFO(refused.error().message.toStdString());
        CHECK(refused.error().code == ErrorCode::BadInput);
        CHECK(refused.error().message.contains(c.says));
    }
    if (::geteuid() != 0) { // root reads any file
        const QString locked = f.dir.file(QStringLiteral("locked.txt"));
        writeAll(locked, "secret");
        REQUIRE(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        const auto refused = f.evidence->addFile(id, locked);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().message.contains(QStringLiteral("Cannot read")));
    }
    CHECK(f.evidence->addFile(999, fits).error().code == ErrorCode::NotFound);
    CHECK(f.evidence->addFile(id, fits, QString(EvidenceStore::kMaxDescriptionLength + 1, QLatin1Char('x')))
              .error()
              .code == ErrorCode::BadInput);

    // Cancelled half way: the chunks written so far go with the change.
    const QString large = f.dir.file(QStringLiteral("large.bin"));
    writeAll(large, largeContent());
    DirectJobControl control;
    control.cancel();
    CHECK(f.evidence->addFile(id, large, {}, &control).error().code == ErrorCode::Cancelled);
    struct CancelAfterFirst final : JobControl
    {
        bool cancelled = false;
        bool isCancelled() const override { return cancelled; }
        void report(const JobProgress&) override { cancelled = true; }
    } later;
    CHECK(f.evidence->addFile(id, large, {}, &later).error().code == ErrorCode::Cancelled);

    CHECK(count(*f.vault, "SELECT count(*) FROM ticket_evidence") == 0);
    CHECK(count(*f.vault, "SELECT count(*) FROM evidence_chunks") == 0);
    CHECK(count(*f.vault, "SELECT count(*) FROM history") == rows);
}

TEST_CASE("Removing evidence deletes its content and keeps its row and history", "[evidence]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident, QStringLiteral("Phishing wave"));
    const QString path = f.dir.file(QStringLiteral("mail.eml"));
    writeAll(path, "From: a@example.org\r\n\r\nHello");
    const TicketEvidence added = f.evidence->addFile(id, path).value();
    f.clock.advanceSecs(120);
    f.tickets = std::make_unique<SqliteTicketRepository>(f.change(QStringLiteral("bob")));
    EvidenceStore store(*f.tickets);

    REQUIRE(store.remove(added.id));
    const TicketEvidence removed = store.item(added.id).value();
    CHECK(removed.removed());
    CHECK(removed.removedBy == QStringLiteral("bob"));
    CHECK(removed.removedAt == f.clock.nowUtc());
    CHECK(removed.sha256 == added.sha256);
    CHECK(count(*f.vault, "SELECT count(*) FROM evidence_chunks") == 0);
    CHECK(store.evidence(id).value().isEmpty());
    CHECK(store.evidence(id, true).value().size() == 1);
    CHECK(store.remove(added.id).error().code == ErrorCode::Conflict);
    CHECK(store.remove(42).error().code == ErrorCode::NotFound);
    CHECK(store.readContent(added.id, [](const QByteArray&) -> Status { return {}; }).error().code ==
          ErrorCode::Conflict);
    CHECK(sentences(f, id).contains(
        QStringLiteral("Evidence removed: mail.eml (SHA-256 %1…)").arg(added.sha256.left(16))));
    CHECK(TicketAudit(*f.vault).run().value().intact());
}

TEST_CASE("Stored names become safe, distinct file names", "[evidence]")
{
    const auto [stored, safe] = GENERATE(table<const char*, const char*>({
        {"report.pdf", "report.pdf"},
        {"../../etc/passwd", "passwd"},
        {"..\\..\\boot.ini", "boot.ini"},
        {"..", "evidence-7"},
        {".bashrc", "bashrc"},
        {"line\nbreak.txt", "line_break.txt"},
        {"a<b>c:d\"e|f?g*h", "a_b_c_d_e_f_g_h"},
        {"  spaced  ", "spaced"},
        {"", "evidence-7"},
        {"trailing. . ", "trailing"},
    }));
    CHECK(EvidenceStore::safeFileName(QString::fromUtf8(stored), 7) == QString::fromUtf8(safe));
    CHECK(EvidenceStore::safeFileName(QString(300, QLatin1Char('x')) + QStringLiteral(".pcap"), 1) ==
          QString(115, QLatin1Char('x')) + QStringLiteral(".pcap"));

    auto item = [](qint64 id, const char* name) {
        TicketEvidence e;
        e.id = id;
        e.name = QString::fromUtf8(name);
        return e;
    };
    CHECK(EvidenceStore::exportNames({item(1, "log.txt"), item(2, "LOG.txt"), item(3, "dir/log.txt"),
                                      item(4, "SHA256SUMS"), item(5, "noext"), item(6, "noext")}) ==
          QStringList{QStringLiteral("log.txt"), QStringLiteral("LOG (2).txt"), QStringLiteral("log (3).txt"),
                      QStringLiteral("SHA256SUMS (2)"), QStringLiteral("noext"), QStringLiteral("noext (2)")});
}

TEST_CASE("A ticket's evidence exports to a folder with a SHA256SUMS file that sha256sum -c accepts", "[evidence]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident, QStringLiteral("Data leak"));
    QDir(f.dir.path()).mkpath(QStringLiteral("a"));
    QDir(f.dir.path()).mkpath(QStringLiteral("b"));
    writeAll(f.dir.file(QStringLiteral("a/notes.txt")), "first");
    writeAll(f.dir.file(QStringLiteral("b/notes.txt")), "second");
    writeAll(f.dir.file(QStringLiteral("dump.bin")), largeContent());
    REQUIRE(f.evidence->addFile(id, f.dir.file(QStringLiteral("a/notes.txt"))));
    REQUIRE(f.evidence->addFile(id, f.dir.file(QStringLiteral("b/notes.txt"))));
    REQUIRE(f.evidence->addFile(id, f.dir.file(QStringLiteral("dump.bin"))));
    // A hostile name as another backend or an old import might hold it.
    {
        auto change = f.tickets->beginChange();
        REQUIRE(change);
        const qint64 evil =
            f.tickets->insertEvidence(id, NewEvidence{QStringLiteral("../../escape.sh"), {}, {}}).value();
        REQUIRE(f.tickets->insertEvidenceChunk(evil, 0, "#!/bin/sh\n"));
        REQUIRE(f.tickets->updateEvidenceDigest(
            evil, 10,
            QString::fromLatin1(QCryptographicHash::hash("#!/bin/sh\n", QCryptographicHash::Sha256).toHex())));
        REQUIRE((*change)->commit());
    }
    const QString out = f.dir.file(QStringLiteral("export/ticket-1"));
    const auto exported = f.evidence->exportTicket(id, out);
    REQUIRE(exported);
    CHECK(QDir(out).entryList(QDir::Files, QDir::Name) ==
          QStringList{QStringLiteral("SHA256SUMS"), QStringLiteral("dump.bin"), QStringLiteral("escape.sh"),
                      QStringLiteral("notes (2).txt"), QStringLiteral("notes.txt")});
    CHECK_FALSE(QFile::exists(f.dir.file(QStringLiteral("escape.sh"))));
    CHECK(readAll(QDir(out).filePath(QStringLiteral("notes (2).txt"))) == "second");
    CHECK(readAll(QDir(out).filePath(QStringLiteral("dump.bin"))) == largeContent());
    CHECK(exported->files.size() == 4);

    const QString sha256sum = QStandardPaths::findExecutable(QStringLiteral("sha256sum"));
    REQUIRE_FALSE(sha256sum.isEmpty());
    QProcess check;
    check.setWorkingDirectory(out);
    check.start(sha256sum, {QStringLiteral("-c"), QStringLiteral("--strict"), QStringLiteral("SHA256SUMS")});
    REQUIRE(check.waitForFinished(30000));
    INFO(check.readAllStandardOutput().toStdString() << check.readAllStandardError().toStdString());
    CHECK(check.exitCode() == 0);

    // A changed file fails the same check: the test can fail.
    writeAll(QDir(out).filePath(QStringLiteral("notes.txt")), "changed");
    QProcess recheck;
    recheck.setWorkingDirectory(out);
    recheck.start(sha256sum, {QStringLiteral("-c"), QStringLiteral("SHA256SUMS")});
    REQUIRE(recheck.waitForFinished(30000));
    CHECK(recheck.exitCode() != 0);

    // Never into a folder that holds anything; a ticket without evidence has nothing to export.
    CHECK(f.evidence->exportTicket(id, out).error().code == ErrorCode::Conflict);
    const qint64 bare = f.make(TicketKind::Report, QStringLiteral("Scan"));
    CHECK(f.evidence->exportTicket(bare, f.dir.file(QStringLiteral("bare"))).error().code == ErrorCode::NotFound);
}

TEST_CASE("The audit recomputes evidence content and names the ticket and file whose hash no longer matches",
          "[evidence][audit]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident, QStringLiteral("Ransomware"));
    writeAll(f.dir.file(QStringLiteral("note.txt")), largeContent());
    const TicketEvidence added = f.evidence->addFile(id, f.dir.file(QStringLiteral("note.txt"))).value();
    REQUIRE(TicketAudit(*f.vault).run().value().intact());

    SECTION("a changed chunk")
    {
        REQUIRE(f.vault->execScript("UPDATE evidence_chunks SET data = zeroblob(1048576) WHERE seq = 1"));
        const auto audit = TicketAudit(*f.vault).run().value();
        REQUIRE(audit.findingCount == 1);
        const TicketFinding& finding = audit.findings.first();
        CHECK(finding.ticketId == id);
        CHECK(finding.field == QStringLiteral("evidence"));
        CHECK(finding.message.contains(QStringLiteral("“note.txt”")));
        CHECK(finding.message.contains(added.sha256));
        // Exporting it refuses too, and leaves no file behind.
        CHECK(f.evidence->exportTicket(id, f.dir.file(QStringLiteral("out"))).error().code == ErrorCode::Damaged);
        CHECK_FALSE(QFile::exists(f.dir.file(QStringLiteral("out/note.txt"))));
    }
    SECTION("a chunk deleted")
    {
        REQUIRE(f.vault->execScript("DELETE FROM evidence_chunks WHERE seq = 3"));
        const auto audit = TicketAudit(*f.vault).run().value();
        REQUIRE(audit.findingCount == 1);
        CHECK(audit.findings.first().message.contains(QStringLiteral("3670016 bytes")));
    }
    SECTION("the recorded hash changed with the content")
    {
        REQUIRE(f.vault->execScript("UPDATE evidence_chunks SET data = x'00' WHERE seq = 0; UPDATE ticket_evidence "
                                    "SET sha256 = 'ab', size = 1"));
        const auto audit = TicketAudit(*f.vault).run().value();
        CHECK(audit.findingCount == 2); // the content against its row, the row against the history
        CHECK(audit.findings.last().message.contains(QStringLiteral("without going through Firebreak")));
    }
    SECTION("a row removed")
    {
        REQUIRE(f.vault->execScript("DELETE FROM evidence_chunks; DELETE FROM ticket_evidence"));
        const auto audit = TicketAudit(*f.vault).run().value();
        REQUIRE(audit.findingCount == 1);
        CHECK(audit.findings.first().ticketId == id);
    }
}

TEST_CASE("Upgrading to format 15 keeps the tickets and history, and evidence works at once", "[vault][migration]")
{
    TicketFixture f;
    const qint64 id = f.make(TicketKind::Incident, QStringLiteral("Botnet C2"));
    const qint64 history = count(*f.vault, "SELECT count(*) FROM history");
    fb::test::undoFormatsAfter(*f.vault, 14);
    const QString path = f.dir.file(QStringLiteral("tickets.firebreak"));
    f.vault->close();

    auto reopened = Vault::open(path, SecretBytes("test", 4));
    INFO((reopened ? QString() : reopened.error().toString()).toStdString());
    REQUIRE(reopened);
    Vault& vault = **reopened;
    CHECK(vault.schemaVersion() >= 15);
    CHECK(count(vault, "SELECT count(*) FROM history") == history);
    SqliteTicketRepository tickets(ChangeContext{vault, f.clock, QStringLiteral("alice")});
    EvidenceStore store(tickets);
    writeAll(f.dir.file(QStringLiteral("after.txt")), "after the upgrade");
    REQUIRE(store.addFile(id, f.dir.file(QStringLiteral("after.txt"))));
    CHECK(TicketAudit(vault).run().value().intact());
}
