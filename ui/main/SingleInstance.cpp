// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/SingleInstance.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace fb {

namespace {

constexpr int kWaitMs = 2000;
// One request is a path and a newline; nothing longer is read.
constexpr qint64 kMaxRequest = 8192;

} // namespace

SingleInstance::SingleInstance(const QString& name, QObject* parent)
    : QObject(parent)
{
    // The runtime directory is the user's alone (0700); without one, the user's cache directory.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    m_socketPath = QDir(dir).filePath(name);
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::forward(const QString& path) const
{
    QLocalSocket socket;
    socket.connectToServer(m_socketPath);
    if (!socket.waitForConnected(kWaitMs))
        return false;
    socket.write(path.toUtf8() + '\n');
    if (!socket.waitForBytesWritten(kWaitMs))
        return false;
    // The running instance answers once it has taken the request.
    return socket.waitForReadyRead(kWaitMs) && socket.readAll().startsWith("ok");
}

bool SingleInstance::listen()
{
    // Someone answering on the socket is a running instance; a socket nobody answers on was left by a killed
    // one and can go.
    QLocalSocket probe;
    probe.connectToServer(m_socketPath);
    if (probe.waitForConnected(kWaitMs / 4)) {
        probe.disconnectFromServer();
        m_error = tr("Another Firebreak is running.");
        return false;
    }
    QLocalServer::removeServer(m_socketPath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_socketPath)) {
        m_error = m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this]() {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket]() { readFrom(socket); });
        }
    });
    return true;
}

void SingleInstance::readFrom(QLocalSocket* socket)
{
    if (socket->bytesAvailable() > kMaxRequest) {
        socket->abort();
        return;
    }
    if (!socket->canReadLine())
        return;
    const QString path = QString::fromUtf8(socket->readLine(kMaxRequest)).trimmed();
    // Only a workspace file by absolute path is taken; anything else just brings the window forward.
    const bool usable = path.isEmpty() || QFileInfo(path).isAbsolute();
    socket->write("ok\n");
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT activated(usable ? QDir::cleanPath(path) : QString());
}

} // namespace fb
