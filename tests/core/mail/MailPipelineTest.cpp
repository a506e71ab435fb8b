// SPDX-License-Identifier: GPL-3.0-or-later
// MailPipeline: the reader thread hands over every message in reading order through its bounded queue,
// marks the end of each file, reports a source it cannot read, and stops cleanly when asked to.
#include "core/mail/MailPipeline.h"
#include "tests/core/mail/MailTestSupport.h"

using namespace fb;
using namespace fb::test;

namespace {

QByteArray numberedMbox(int first, int n)
{
    QByteArray out;
    for (int i = first; i < first + n; ++i)
        out += "From x Mon Mar  2 10:00:00 2026\n" +
               plainMessage("p" + QByteArray::number(i) + "@example.net", "Message " + QByteArray::number(i), "text") +
               "\n";
    return out;
}

} // namespace

TEST_CASE("The pipeline keeps reading order across files and more messages than its queue holds", "[mail][pipeline]")
{
    TempDir in;
    // More messages than kMaxQueuedMessages, so the reader has to wait for the consumer.
    const int perFile = MailPipeline::kMaxQueuedMessages + 50;
    writeAll(in.file(QStringLiteral("a.mbox")), numberedMbox(0, perFile));
    writeAll(in.file(QStringLiteral("b.eml")), plainMessage("single@example.net", "Message single", "text"));
    writeAll(in.file(QStringLiteral("c.mbox")), numberedMbox(perFile, perFile));
    auto files = MailReader::collect(
        {in.file(QStringLiteral("a.mbox")), in.file(QStringLiteral("b.eml")), in.file(QStringLiteral("c.mbox"))});
    REQUIRE(files);
    REQUIRE(files->size() == 3);
    CHECK(MailReader::countMessages(files->at(0)) == perFile);
    CHECK(MailReader::countMessages(files->at(1)) == 1);

    MailPipeline pipeline(*files);
    QStringList ids;
    QList<qint64> fileEnds;
    while (auto item = pipeline.next()) {
        REQUIRE(item->kind != MailPipeline::Item::Kind::Failed);
        if (item->kind == MailPipeline::Item::Kind::FileDone)
            fileEnds.append(item->fileSize);
        else
            ids.append(item->message.outcome.message.messageId);
    }
    REQUIRE(ids.size() == 2 * perFile + 1);
    CHECK(fileEnds == QList<qint64>{files->at(0).size, files->at(1).size, files->at(2).size});
    for (int i = 0; i < perFile; ++i) {
        CHECK(ids[i] == QStringLiteral("p%1@example.net").arg(i));
        CHECK(ids[perFile + 1 + i] == QStringLiteral("p%1@example.net").arg(perFile + i));
    }
    CHECK(ids[perFile] == QStringLiteral("single@example.net"));
}

TEST_CASE("The pipeline reports a source it cannot read after what it read before", "[mail][pipeline]")
{
    TempDir in;
    writeAll(in.file(QStringLiteral("a.mbox")), numberedMbox(0, 3));
    auto files = MailReader::collect({in.file(QStringLiteral("a.mbox"))});
    REQUIRE(files);
    files->append(MailSourceFile{in.file(QStringLiteral("gone.eml")), MailSourceKind::Eml, 10});
    MailPipeline pipeline(*files);
    int messages = 0;
    std::optional<Error> error;
    while (auto item = pipeline.next()) {
        if (item->kind == MailPipeline::Item::Kind::Message)
            ++messages;
        if (item->kind == MailPipeline::Item::Kind::Failed)
            error = item->error;
    }
    CHECK(messages == 3);
    REQUIRE(error);
    CHECK(error->code == ErrorCode::Io);
    CHECK(error->where.contains(QStringLiteral("gone.eml")));
}

TEST_CASE("A stopped pipeline hands over nothing more and its reader ends", "[mail][pipeline]")
{
    TempDir in;
    writeAll(in.file(QStringLiteral("a.mbox")), numberedMbox(0, MailPipeline::kMaxQueuedMessages * 3));
    auto files = MailReader::collect({in.file(QStringLiteral("a.mbox"))});
    REQUIRE(files);
    {
        MailPipeline pipeline(*files);
        REQUIRE(pipeline.next());
        pipeline.stop();
        CHECK_FALSE(pipeline.next());
    } // the destructor joins the reader, which was waiting on a full queue
    {
        MailPipeline dropped(*files); // destroyed without reading: must not hang
    }
    SUCCEED();
}
