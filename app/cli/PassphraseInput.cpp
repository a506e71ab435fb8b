// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/PassphraseInput.h"

#include <QFile>

#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace fb {

namespace {

constexpr std::size_t kMaxPassphraseBytes = 4096;

// The terminal to put back when a signal interrupts a prompt with echo off.
volatile sig_atomic_t g_ttyFd = -1;
termios g_savedTermios;

extern "C" void restoreTerminalAndDie(int signal)
{
    if (g_ttyFd >= 0)
        tcsetattr(g_ttyFd, TCSAFLUSH, &g_savedTermios);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

class EchoOff
{
public:
    EchoOff(int fd, const termios& saved)
        : m_fd(fd)
    {
        g_savedTermios = saved;
        g_ttyFd = fd;
        struct sigaction action = {};
        action.sa_handler = restoreTerminalAndDie;
        sigemptyset(&action.sa_mask);
        for (int i = 0; i < 3; ++i)
            sigaction(kSignals[i], &action, &m_previous[i]);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ICANON;
        m_ok = tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        tcsetattr(m_fd, TCSAFLUSH, &g_savedTermios);
        for (int i = 0; i < 3; ++i)
            sigaction(kSignals[i], &m_previous[i], nullptr);
        g_ttyFd = -1;
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;
    bool ok() const { return m_ok; }

private:
    static constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};
    int m_fd;
    bool m_ok = false;
    struct sigaction m_previous[3] = {};
};

void writeAll(int fd, const QByteArray& bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, std::size_t(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

} // namespace

Result<SecretBytes> PassphraseInput::fromFile(const QString& path)
{
    QFile file(path);
    // Unbuffered: no copy of the passphrase stays behind in QFile's read buffer.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(ErrorCode::BadInput, tr("Cannot read the passphrase file %1: %2").arg(path, file.errorString()));
    QByteArray content = file.read(kMaxPassphraseBytes + 2);
    const qsizetype newline = content.indexOf('\n');
    qsizetype length = newline >= 0 ? newline : content.size();
    if (length > 0 && content.at(length - 1) == '\r')
        --length;
    if (length > qsizetype(kMaxPassphraseBytes)) {
        SecretBytes::wipe(content);
        return fail(ErrorCode::BadInput, tr("The first line of %1 is too long for a passphrase.").arg(path));
    }
    SecretBytes passphrase(content.constData(), std::size_t(length));
    SecretBytes::wipe(content);
    if (passphrase.isEmpty())
        return fail(ErrorCode::BadInput, tr("The passphrase file %1 starts with an empty line.").arg(path));
    return passphrase;
}

std::optional<SecretBytes> PassphraseInput::fromEnvironment(const char* name)
{
    QByteArray value = qgetenv(name);
    if (value.isEmpty())
        return std::nullopt;
    return SecretBytes::take(value);
}

Result<SecretBytes> PassphraseInput::prompt(const QString& question, const QString& hint)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    termios saved = {};
    if (fd < 0 || tcgetattr(fd, &saved) != 0) {
        if (fd >= 0)
            ::close(fd);
        return fail(ErrorCode::Usage, hint);
    }
    SecretBytes buffer(kMaxPassphraseBytes);
    std::size_t length = 0;
    bool tooLong = false;
    bool interrupted = false;
    {
        writeAll(fd, question.toLocal8Bit());
        EchoOff echoOff(fd, saved);
        if (!echoOff.ok()) {
            ::close(fd);
            return fail(ErrorCode::Usage, hint);
        }
        while (true) {
            char c = 0;
            const ssize_t n = ::read(fd, &c, 1);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                interrupted = true; // end of input before the line ended
                break;
            }
            if (c == '\n' || c == '\r')
                break;
            if (length == kMaxPassphraseBytes) {
                tooLong = true;
                continue;
            }
            buffer.data()[length++] = static_cast<unsigned char>(c);
            c = 0;
        }
    }
    writeAll(fd, QByteArrayLiteral("\n"));
    ::close(fd);
    if (interrupted)
        return fail(ErrorCode::Usage, tr("No passphrase was entered."));
    if (tooLong)
        return fail(ErrorCode::BadInput, tr("The passphrase is longer than %1 bytes.").arg(kMaxPassphraseBytes));
    if (length == 0)
        return fail(ErrorCode::BadInput, tr("The passphrase is empty."));
    return SecretBytes(reinterpret_cast<const char*>(buffer.data()), length);
}

Result<SecretBytes> PassphraseInput::promptTwice(const QString& question, const QString& again, const QString& hint)
{
    auto first = prompt(question, hint);
    if (!first)
        return first;
    auto second = prompt(again, hint);
    if (!second)
        return second;
    if (!(*first == *second))
        return fail(ErrorCode::BadInput, tr("The two passphrases do not match."));
    return first;
}

} // namespace fb
