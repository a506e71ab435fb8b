// SPDX-License-Identifier: GPL-3.0-or-later
// OwnTeam: which directory team is us, and which OpenPGP key signs and decrypts for us (team profile,
// advisories, mail). The one source of the team's identity: other parts read it here.
#pragma once

#include "core/base/Result.h"
#include "core/directory/Team.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace fb {

class Vault;

class OwnTeam
{
    Q_DECLARE_TR_FUNCTIONS(fb::OwnTeam)

public:
    static constexpr const char* kTeamIdKey = "team.own_id";
    static constexpr const char* kSigningKeyKey = "team.signing_key";

    explicit OwnTeam(Vault& vault);

    // Our team's directory entry; nullopt until one is chosen (or when the chosen entry was removed).
    Result<std::optional<Team>> team();
    // NotFound when the directory has no such team.
    Status setTeam(qint64 teamId);
    Status clearTeam();

    // The team key's fingerprint (upper-case hex): the one chosen with setSigningKey(), else the first key
    // linked to our directory entry; empty when there is none.
    Result<QString> signingKey();
    // The key chosen with setSigningKey(); empty when none is (the automatic choice).
    Result<QString> chosenSigningKey();
    // BadInput unless fingerprint is a full 40 or 64 hex digit OpenPGP fingerprint (spaces allowed).
    Status setSigningKey(const QString& fingerprint);
    // Back to the automatic choice: the first key linked to our directory entry.
    Status clearSigningKey();

private:
    Vault& m_vault;
};

} // namespace fb
