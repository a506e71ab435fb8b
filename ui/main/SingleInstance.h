// SPDX-License-Identifier: GPL-3.0-or-later
// SingleInstance: one Firebreak window per user session. The first `firebreak` listens on a local socket in the
// user's runtime directory (XDG_RUNTIME_DIR, readable by the user alone); a later `firebreak [FILE]` hands its
// workspace file (or nothing) to the running one and exits, so the same workspace is never opened twice and the
// running window comes forward. Only an absolute path crosses the socket, never a passphrase.
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace fb {

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // name: the socket's name inside the runtime directory (tests use their own).
    explicit SingleInstance(const QString& name = QStringLiteral("firebreak.socket"), QObject* parent = nullptr);
    ~SingleInstance() override;

    // Hands `path` (absolute; empty: just come forward) to a running instance. true when one took it.
    bool forward(const QString& path) const;
    // Starts listening for later launches; false (with the reason in error()) when the socket cannot be made.
    bool listen();
    QString error() const { return m_error; }
    QString socketPath() const { return m_socketPath; }

Q_SIGNALS:
    // A later launch asked for `path` (empty: to come forward).
    void activated(const QString& path);

private:
    void readFrom(QLocalSocket* socket);

    QString m_socketPath;
    QLocalServer* m_server = nullptr;
    QString m_error;
};

} // namespace fb
