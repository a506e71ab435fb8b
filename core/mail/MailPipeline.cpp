// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/mail/MailPipeline.h"

#include "core/mail/MimeRuntime.h"

namespace fb {

MailPipeline::MailPipeline(QList<MailSourceFile> files)
    : m_files(std::move(files))
{
    MimeRuntime::ensureInitialised(); // once, before a second thread uses GMime
    m_reader = std::thread([this] { run(); });
}

MailPipeline::~MailPipeline()
{
    stop();
    if (m_reader.joinable())
        m_reader.join();
}

void MailPipeline::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_queue.clear();
        m_queuedBytes = 0;
    }
    m_changed.notify_all();
}

bool MailPipeline::push(Item&& item)
{
    const qint64 bytes = item.message.outcome.message.raw.size();
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] {
        return m_stopped || m_queue.empty() ||
               (int(m_queue.size()) < kMaxQueuedMessages && m_queuedBytes + bytes <= kMaxQueuedBytes);
    });
    if (m_stopped)
        return false;
    m_queuedBytes += bytes;
    m_queue.push_back(std::move(item));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

std::optional<MailPipeline::Item> MailPipeline::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_stopped || m_finished || !m_queue.empty(); });
    if (m_stopped || m_queue.empty())
        return std::nullopt;
    Item item = std::move(m_queue.front());
    m_queue.pop_front();
    m_queuedBytes -= item.message.outcome.message.raw.size();
    lock.unlock();
    m_changed.notify_all();
    return item;
}

void MailPipeline::run()
{
    for (const MailSourceFile& file : std::as_const(m_files)) {
        bool keepGoing = true;
        const Status status = MailReader::read(file, [&](ReadMessage&& message) {
            Item item;
            if (message.outcome.quarantineReason.isEmpty())
                message.observables = message.outcome.message.findObservables(); // off the storing thread
            item.message = std::move(message);
            keepGoing = push(std::move(item));
            return keepGoing;
        });
        if (!keepGoing)
            break;
        Item done;
        if (!status) {
            done.kind = Item::Kind::Failed;
            done.error = status.error();
            push(std::move(done));
            break;
        }
        done.kind = Item::Kind::FileDone;
        done.fileSize = file.size;
        if (!push(std::move(done)))
            break;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

} // namespace fb
