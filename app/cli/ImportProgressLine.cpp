// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/ImportProgressLine.h"

#include <atomic>
#include <cstdio>

#include <unistd.h>

namespace fb {

namespace {

std::atomic<bool> g_interrupted{false}; // set by the signal handler, read by the importer between messages
static_assert(std::atomic<bool>::is_always_lock_free);

void onInterrupt(int)
{
    g_interrupted.store(true);
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

ImportProgressLine::ImportProgressLine()
    : m_terminal(::isatty(STDERR_FILENO) == 1)
{
    g_interrupted.store(false);
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND; // the second Ctrl+C is not caught
    sigaction(SIGINT, &action, &m_previous);
}

ImportProgressLine::~ImportProgressLine()
{
    sigaction(SIGINT, &m_previous, nullptr);
    finish();
}

bool ImportProgressLine::isStopRequested() const
{
    return g_interrupted.load();
}

void ImportProgressLine::report(const JobProgress& progress)
{
    if (!m_terminal)
        return;
    const bool last = progress.total > 0 && progress.done >= progress.total;
    if (m_shown && !last && m_sinceShown.elapsed() < 100)
        return;
    const QString line = tr("%1 of %2 messages, %3 of %4 MB")
                             .arg(progress.itemsDone)
                             .arg(progress.itemsTotal)
                             .arg(megabytes(progress.done), megabytes(progress.total));
    const QByteArray bytes = "\r" + line.toLocal8Bit() + "\033[K";
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    m_shown = true;
    m_sinceShown.start();
}

void ImportProgressLine::finish()
{
    if (!m_shown)
        return;
    std::fputs("\r\033[K", stderr);
    std::fflush(stderr);
    m_shown = false;
}

} // namespace fb
