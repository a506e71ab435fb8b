// SPDX-License-Identifier: GPL-3.0-or-later
// MailReader: finds the messages in .eml files, mbox files (mboxo/mboxrd) and Maildir folders, and hands
// each one, parsed, to a visitor with where it came from.
#pragma once

#include "core/base/Result.h"
#include "core/mail/MessageParser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fb {

enum class MailSourceKind { Eml, Mbox, MaildirFile };

struct MailSourceFile
{
    QString path;
    MailSourceKind kind = MailSourceKind::Eml;
    qint64 size = 0;
};

struct ReadMessage
{
    QString source;       // the file
    QString position;     // where in it: empty for a whole file, "message 3 at byte 1234" in an mbox
    qint64 endOffset = 0; // bytes of the file read so far, for progress
    MessageParser::Outcome outcome;
    // Found on the reader thread by MailPipeline (ParsedMessage::findObservables); nullopt when not looked for.
    std::optional<QList<Observable>> observables;
};

class MailReader
{
    Q_DECLARE_TR_FUNCTIONS(fb::MailReader)

public:
    // Files and folders to read: a Maildir (has cur/ or new/) gives its messages in name order; another
    // folder gives its files; a file starting with "From " (after an optional UTF-8 BOM) is an mbox.
    static Result<QList<MailSourceFile>> collect(const QStringList& paths);

    // Called for each message; return false to stop reading.
    using Visitor = std::function<bool(ReadMessage&&)>;
    // Reads one source. Errors only for files that cannot be read at all.
    static Status read(const MailSourceFile& file, const Visitor& visit);

    // How many messages a source holds, for progress: 1 for a file, the From_ lines of an mbox. 0 when the
    // file cannot be read (read() then says why).
    static int countMessages(const MailSourceFile& file);

    // mboxrd unescaping: one '>' is removed from lines matching ^>+From (for mboxo files that also restores
    // the escaped "From " lines; a line that really began with ">From " cannot be told apart in mboxo).
    static QByteArray unescapeMboxFrom(const QByteArray& message);

private:
    static Status readMbox(const MailSourceFile& file, const Visitor& visit);
};

} // namespace fb
