// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/GnupgHome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <utility>

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

const QString kTemplateName = QStringLiteral("/fbg-XXXXXX");

bool shortEnough(const QString& baseDir)
{
    // XXXXXX is replaced by as many characters.
    return QFile::encodeName(QDir::cleanPath(baseDir) + kTemplateName).size() <= GnupgHome::kMaxHomePathBytes;
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
    return createTemporaryIn(QDir::tempPath());
}

Result<GnupgHome> GnupgHome::createTemporaryIn(const QString& baseDir)
{
    QString base = baseDir;
    if (!shortEnough(base)) {
        // The agent could not bind its sockets there; /tmp is short and private enough for a 0700 folder.
        base = QStringLiteral("/tmp");
        if (!shortEnough(base) || !QFileInfo(base).isDir())
            return fail(ErrorCode::Io,
                        tr("Cannot create a GnuPG home: the temporary folder path is too long for "
                           "gpg-agent's sockets."),
                        QDir::toNativeSeparators(baseDir));
    }
    auto dir = std::make_unique<QTemporaryDir>(QDir::cleanPath(base) + kTemplateName);
    if (!dir->isValid())
        return fail(ErrorCode::Io, tr("Cannot create a temporary GnuPG home: %1").arg(dir->errorString()),
                    QDir::toNativeSeparators(base));
    const QString path = dir->path();
    // QTemporaryDir creates the folder 0700 already; say so explicitly, gpg warns about anything looser.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!writeFile(path + QStringLiteral("/gpg.conf"), kGpgConf) ||
        !writeFile(path + QStringLiteral("/gpg-agent.conf"), kAgentConf))
        return fail(ErrorCode::Io, tr("Cannot write the configuration of a temporary GnuPG home."),
                    QDir::toNativeSeparators(path));
    return GnupgHome(path, std::move(dir));
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
    if (!m_dir)
        return;
    const QString gpgconf = QStandardPaths::findExecutable(QStringLiteral("gpgconf"));
    if (gpgconf.isEmpty())
        return;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(gpgconf, {QStringLiteral("--homedir"), m_path, QStringLiteral("--kill"), QStringLiteral("all")});
    if (process.waitForStarted(kKillTimeoutMs) && !process.waitForFinished(kKillTimeoutMs)) {
        process.kill();
        process.waitForFinished(kKillTimeoutMs);
    }
    // gpgconf returns once the daemons were told; each removes its socket as it exits. Wait for that,
    // so removing the folder does not race a daemon that is still cleaning up.
    const QDir home(m_path);
    const QStringList sockets{QStringLiteral("S.*")};
    for (int waited = 0; waited < kSocketWaitMs && !home.entryList(sockets, QDir::System | QDir::Files).isEmpty();
         waited += kSocketPollMs)
        QThread::msleep(kSocketPollMs);
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
