// SPDX-License-Identifier: GPL-3.0-or-later
// MailPipeline: the reading half of an import. A worker thread reads and parses the sources in order
// (MailReader, GMime) while the caller's thread stores what it is handed; a bounded queue keeps memory flat
// and the messages in reading order. Parsing is pure (bytes to ParsedMessage) and touches no workspace.
#pragma once

#include "core/base/Result.h"
#include "core/mail/MailReader.h"

#include <QList>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace fb {

class MailPipeline
{
public:
    static constexpr int kMaxQueuedMessages = 256;
    static constexpr qint64 kMaxQueuedBytes = 64ll * 1024 * 1024; // one larger message still passes alone

    struct Item
    {
        enum class Kind { Message, FileDone, Failed };
        Kind kind = Kind::Message;
        ReadMessage message;        // Kind::Message
        qint64 fileSize = 0;        // Kind::FileDone: the size of the file just finished
        std::optional<Error> error; // Kind::Failed: a source could not be read; nothing follows
    };

    // Starts reading at once.
    explicit MailPipeline(QList<MailSourceFile> files);
    // Stops the reader and waits for it.
    ~MailPipeline();
    MailPipeline(const MailPipeline&) = delete;
    MailPipeline& operator=(const MailPipeline&) = delete;

    // The next item in reading order, waiting for the reader if needed; nullopt when everything was read.
    std::optional<Item> next();
    // Asks the reader to stop after the message it is parsing; next() then returns nullopt.
    void stop();

private:
    void run();
    bool push(Item&& item);

    QList<MailSourceFile> m_files;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_queue;
    qint64 m_queuedBytes = 0;
    bool m_finished = false;
    bool m_stopped = false;
    std::thread m_reader; // last: starts after everything it uses exists
};

} // namespace fb
