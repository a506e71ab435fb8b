// SPDX-License-Identifier: GPL-3.0-or-later
// History: the append-only, hash-chained record of every change in a workspace.
// Each row stores SHA-256(previous row's hash || its own canonical content); the head (last id
// and hash) is kept in settings so that removing the newest rows shows too.
#pragma once

#include "core/base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace fb {

class Vault;

struct HistoryEntry
{
    qint64 id = 0;
    std::optional<qint64> ticketId;
    QDateTime at;
    QString actor;
    QString action; // create, set, transition, link, unlink, merge, observable, tag, untag...
    QString field;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    QByteArray hash; // filled when read
};

struct HistoryVerification
{
    qint64 rowsChecked = 0;
    bool intact = true;
    qint64 firstBrokenId = 0; // 0 when intact
    QString problem;          // what is wrong with that row, for people
};

class History
{
    Q_DECLARE_TR_FUNCTIONS(fb::History)

public:
    explicit History(Vault& vault);

    // Appends one row; call inside the transaction that makes the change.
    Status append(const HistoryEntry& entry);
    // A change that belongs to no ticket (directory, distribution lists, team profile).
    Status appendChange(const QDateTime& at, const QString& actor, const QString& action, const QString& field,
                        std::optional<QString> oldValue, std::optional<QString> newValue);
    Result<QList<HistoryEntry>> forTicket(qint64 ticketId);
    // Rows that belong to no ticket and whose field starts with `fieldPrefix` (e.g. "team/12/" for the
    // directory's rows about team 12), oldest first.
    Result<QList<HistoryEntry>> forFieldPrefix(const QString& fieldPrefix);
    // Walks the whole chain and names the first row that does not fit.
    Result<HistoryVerification> verify();

    // The canonical bytes a row's hash covers (exposed for tests and for external anchoring).
    static QByteArray canonical(const HistoryEntry& entry);
    static QByteArray chainHash(const QByteArray& previousHash, const HistoryEntry& entry);

private:
    Vault& m_vault;
};

} // namespace fb
