// SPDX-License-Identifier: GPL-3.0-or-later
// ReporterLookup: who sent a message, as the directory knows them (reporter recognition). A verified
// signature's key is asked first, then the From address; unknown senders give nothing.
#pragma once

#include "core/base/Clock.h"
#include "core/base/Result.h"
#include "core/directory/DirectoryQueries.h"
#include "core/directory/TeamReader.h"
#include "core/mail/ParsedMessage.h"
#include "core/tickets/TicketKind.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace fb {

class Vault;

struct KnownReporter
{
    QString reporter; // for the ticket: "CERT-XX <cert@example.org>", "Jane Doe (CERT-XX) <jane@...>"
    ReporterType type = ReporterType::Other;
    qint64 teamId = 0;   // 0 when the person belongs to no team
    qint64 personId = 0; // 0 for a team's own address or key
    bool byKey = false;  // found by the signer's key fingerprint, not only by address
    QString note;        // for the import report, for people
};

class ReporterLookup
{
    Q_DECLARE_TR_FUNCTIONS(fb::ReporterLookup)

public:
    ReporterLookup(Vault& vault, const Clock& clock);

    // The directory entry behind the message's verified signer, else behind its From address.
    Result<std::optional<KnownReporter>> find(const ParsedMessage& message);

    // What kind of reporter a directory team is: an ISP, else another CSIRT.
    static ReporterType typeOfTeam(TeamType type);
    // Signature states (MailCrypto keys) whose fingerprint may be trusted to name the sender.
    static bool isVerified(const QString& signatureStatus);

private:
    Result<std::optional<KnownReporter>> fromHits(const QList<DirectoryHit>& hits, const ParsedMessage& message,
                                                  bool byKey);

    DirectoryQueries m_directory;
    TeamReader m_teams;
    QHash<qint64, TeamType> m_teamTypes; // teams looked up in this run
};

} // namespace fb
