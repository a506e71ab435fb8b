// SPDX-License-Identifier: GPL-3.0-or-later
// VaultChangeScope: a ChangeScope over a Transaction of the Vault, for the stores that keep their rows in it.
#pragma once

#include "core/history/ChangeScope.h"
#include "core/vault/Transaction.h"

namespace fb {

class VaultChangeScope : public ChangeScope
{
public:
    // A scope whose transaction has begun, or the reason it could not begin (e.g. the database is locked).
    static Result<ChangeScopePtr> begin(Vault& vault)
    {
        auto scope = std::unique_ptr<VaultChangeScope>(new VaultChangeScope(vault));
        if (!scope->m_transaction.status())
            return fail(scope->m_transaction.status().error());
        return ChangeScopePtr(std::move(scope));
    }

    Status commit() override { return m_transaction.commit(); }

private:
    explicit VaultChangeScope(Vault& vault)
        : m_transaction(vault)
    {
    }

    Transaction m_transaction;
};

} // namespace fb
