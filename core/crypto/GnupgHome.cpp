// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/GnupgHome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <optional>
#include <utility>

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fb {

namespace {

constexpr int kKillTimeoutMs = 5000;
constexpr int kSocketWaitMs = 3000;
constexpr int kSocketPollMs = 20;

const char kGpgConf[] = "# Written by Firebreak for a sealed, temporary GnuPG home.\n"
                        "# Trust is decided by the workspace: keys are made valid by ownertrust only.\n"
                        "trust-model direct\n"
                        "no-auto-key-retrieve\n"
                        "no-auto-key-locate\n"
                        "disable-dirmngr\n"
                        "no-greeting\n";

const char kAgentConf[] = "# Written by Firebreak for a sealed, temporary GnuPG home.\n"
                          "# Passphrases come from Firebreak through loopback pinentry and are never cached.\n"
                          "allow-loopback-pinentry\n"
                          "default-cache-ttl 0\n"
                          "max-cache-ttl 0\n"
                          "disable-scdaemon\n";

// A home's name holds the pid of the process that made it, so that a later run can tell a leftover of a killed
// process from the home of one still running.
QString templateIn(const QString& parentDir)
{
    return QDir::cleanPath(parentDir) + QStringLiteral("/fbg-%1-XXXXXX").arg(::getpid());
}

bool shortEnough(const QString& parentDir)
{
    // XXXXXX is replaced by as many characters.
    return QFile::encodeName(templateIn(parentDir)).size() <= GnupgHome::kMaxHomePathBytes;
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// An existing folder that is ours and no symbolic link; made 0700 when it is looser.
Status checkPrivateFolder(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info = {};
    if (::lstat(native.constData(), &info) != 0)
        return fail(ErrorCode::Io,
                    GnupgHome::tr("Cannot use the folder for temporary GnuPG homes: %1").arg(systemError()),
                    QDir::toNativeSeparators(path));
    if (!S_ISDIR(info.st_mode))
        return fail(ErrorCode::Io,
                    GnupgHome::tr("The folder for temporary GnuPG homes is not a folder (a symbolic link or a file)."),
                    QDir::toNativeSeparators(path));
    if (info.st_uid != ::geteuid())
        return fail(ErrorCode::Io, GnupgHome::tr("The folder for temporary GnuPG homes belongs to another user."),
                    QDir::toNativeSeparators(path));
    if ((info.st_mode & 077) != 0 && ::chmod(native.constData(), 0700) != 0)
        return fail(ErrorCode::Io,
                    GnupgHome::tr("Cannot make the folder for temporary GnuPG homes private: %1").arg(systemError()),
                    QDir::toNativeSeparators(path));
    return {};
}

Status ensurePrivateFolder(const QString& path)
{
    if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0 && errno != EEXIST)
        return fail(ErrorCode::Io,
                    GnupgHome::tr("Cannot create the folder for temporary GnuPG homes: %1").arg(systemError()),
                    QDir::toNativeSeparators(path));
    return checkPrivateFolder(path);
}

// $XDG_RUNTIME_DIR/firebreak when XDG_RUNTIME_DIR is a private folder of ours, as the XDG spec requires.
std::optional<QString> runtimeParent()
{
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty() || !QDir::isAbsolutePath(runtime))
        return std::nullopt;
    struct stat info = {};
    if (::lstat(QFile::encodeName(runtime).constData(), &info) != 0 || !S_ISDIR(info.st_mode) ||
        info.st_uid != ::geteuid() || (info.st_mode & 077) != 0)
        return std::nullopt;
    return QDir::cleanPath(runtime) + QStringLiteral("/firebreak");
}

QString tempParent(const QString& tempDir)
{
    return QDir::cleanPath(tempDir) + QStringLiteral("/firebreak-%1").arg(::geteuid());
}

// Where temporary homes may be, in the order they are preferred.
QStringList candidateParents()
{
    QStringList parents;
    if (const auto runtime = runtimeParent())
        parents.append(*runtime);
    for (const QString& parent : {tempParent(QDir::tempPath()), tempParent(QStringLiteral("/tmp"))}) {
        if (!parents.contains(parent))
            parents.append(parent);
    }
    return parents;
}

bool pidIsGone(qint64 pid)
{
    // EPERM: it runs, under another user.
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

void runGpgconf(const QString& gpgconf, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(gpgconf, arguments);
    if (process.waitForStarted(kKillTimeoutMs) && !process.waitForFinished(kKillTimeoutMs)) {
        process.kill();
        process.waitForFinished(kKillTimeoutMs);
    }
}

bool writeFile(const QString& path, const char* text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes(text);
    return file.write(bytes) == bytes.size() && file.flush();
}

} // namespace

GnupgHome::GnupgHome(QString path, std::unique_ptr<QTemporaryDir> dir)
    : m_path(std::move(path))
    , m_dir(std::move(dir))
{
}

GnupgHome::~GnupgHome()
{
    release();
}

GnupgHome::GnupgHome(GnupgHome&& other) noexcept
    : m_path(std::exchange(other.m_path, QString()))
    , m_dir(std::move(other.m_dir))
{
}

GnupgHome& GnupgHome::operator=(GnupgHome&& other) noexcept
{
    if (this != &other) {
        release();
        m_path = std::exchange(other.m_path, QString());
        m_dir = std::move(other.m_dir);
    }
    return *this;
}

Result<GnupgHome> GnupgHome::createTemporary()
{
    FB_TRY_ASSIGN(auto parent, privateParent());
    return createTemporaryIn(parent);
}

Result<QString> GnupgHome::privateParent()
{
    std::optional<Error> lastError;
    for (const QString& parent : candidateParents()) {
        if (!shortEnough(parent))
            continue;
        if (auto status = ensurePrivateFolder(parent); !status) {
            lastError = status.error();
            continue;
        }
        return parent;
    }
    if (lastError)
        return fail(*lastError);
    return fail(ErrorCode::Io,
                tr("Cannot create a GnuPG home: the temporary folder path is too long for gpg-agent's sockets."),
                QDir::toNativeSeparators(QDir::tempPath()));
}

Result<GnupgHome> GnupgHome::createTemporaryIn(const QString& parentDir)
{
    QString parent = QDir::cleanPath(parentDir);
    if (shortEnough(parent)) {
        FB_TRY(ensurePrivateFolder(parent));
    } else {
        // The agent could not bind its sockets there.
        FB_TRY_ASSIGN(auto fallback, privateParent());
        parent = fallback;
    }
    auto dir = std::make_unique<QTemporaryDir>(templateIn(parent));
    if (!dir->isValid())
        return fail(ErrorCode::Io, tr("Cannot create a temporary GnuPG home: %1").arg(dir->errorString()),
                    QDir::toNativeSeparators(parent));
    const QString path = dir->path();
    // QTemporaryDir creates the folder 0700 already; say so explicitly, gpg warns about anything looser.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!writeFile(path + QStringLiteral("/gpg.conf"), kGpgConf) ||
        !writeFile(path + QStringLiteral("/gpg-agent.conf"), kAgentConf))
        return fail(ErrorCode::Io, tr("Cannot write the configuration of a temporary GnuPG home."),
                    QDir::toNativeSeparators(path));
    return GnupgHome(path, std::move(dir));
}

GnupgHome::Leftovers GnupgHome::removeLeftovers()
{
    Leftovers all;
    for (const QString& parent : candidateParents()) {
        if (!QFileInfo::exists(parent))
            continue;
        const Leftovers found = removeLeftoversIn(parent);
        all.removed += found.removed;
        all.failed += found.failed;
    }
    return all;
}

GnupgHome::Leftovers GnupgHome::removeLeftoversIn(const QString& parentDir)
{
    static const QRegularExpression name(QStringLiteral("^fbg-([0-9]{1,10})-[A-Za-z0-9]{6}$"));
    Leftovers out;
    if (!checkPrivateFolder(parentDir))
        return out; // not ours: nothing in it is either
    const QDir parent(parentDir);
    const QStringList entries = parent.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QString& entry : entries) {
        const QRegularExpressionMatch match = name.match(entry);
        if (!match.hasMatch())
            continue;
        const qint64 pid = match.captured(1).toLongLong();
        if (pid <= 0 || pid == ::getpid() || !pidIsGone(pid))
            continue;
        const QString path = parent.filePath(entry);
        struct stat info = {};
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISDIR(info.st_mode) ||
            info.st_uid != ::geteuid())
            continue;
        stopDaemons(path);
        if (QDir(path).removeRecursively())
            out.removed.append(path);
        else
            out.failed.append(path);
    }
    return out;
}

GnupgHome GnupgHome::user()
{
    QString path = qEnvironmentVariable("GNUPGHOME");
    if (path.isEmpty())
        path = QDir::homePath() + QStringLiteral("/.gnupg");
    return GnupgHome(QDir::cleanPath(path), nullptr);
}

void GnupgHome::shutDown()
{
    if (m_dir)
        stopDaemons(m_path);
}

void GnupgHome::stopDaemons(const QString& path)
{
    const QString gpgconf = QStandardPaths::findExecutable(QStringLiteral("gpgconf"));
    if (gpgconf.isEmpty())
        return;
    runGpgconf(gpgconf, {QStringLiteral("--homedir"), path, QStringLiteral("--kill"), QStringLiteral("all")});
    // gpgconf returns once the daemons were told; each removes its socket as it exits. Wait for that,
    // so removing the folder does not race a daemon that is still cleaning up.
    const QDir home(path);
    const QStringList sockets{QStringLiteral("S.*")};
    for (int waited = 0; waited < kSocketWaitMs && !home.entryList(sockets, QDir::System | QDir::Files).isEmpty();
         waited += kSocketPollMs)
        QThread::msleep(kSocketPollMs);
    // Where /run/user/<uid> exists the sockets were in a folder of their own there instead.
    runGpgconf(gpgconf, {QStringLiteral("--homedir"), path, QStringLiteral("--remove-socketdir")});
}

void GnupgHome::release()
{
    if (m_dir) {
        shutDown();
        m_dir.reset(); // removes the folder and everything in it
        if (QFileInfo::exists(m_path))
            QDir(m_path).removeRecursively(); // a daemon slow to exit left something behind
    }
    m_path.clear();
}

} // namespace fb
