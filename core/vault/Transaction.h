// SPDX-License-Identifier: GPL-3.0-or-later
// Transaction: one user action as one atomic change; anything not committed is rolled back when the
// object goes away.
//
// Nested transactions join the outer one by default: they cost nothing, and if one of them is not
// committed the whole outer transaction can only roll back (its commit() fails), so no half-done
// action is ever saved. A caller that must keep going after a failed inner step asks for a savepoint
// instead; SQLCipher encrypts every page a savepoint journals, so savepoints are not free.
#pragma once

#include "core/base/Result.h"

namespace fb {

class Vault;

class Transaction
{
public:
    enum class Nesting {
        Join,      // inside another transaction: part of it, all or nothing
        Savepoint, // inside another transaction: can be rolled back alone
    };

    explicit Transaction(Vault& vault, Nesting nesting = Nesting::Join);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // The begin failed (e.g. the database is locked): check before doing work.
    const Status& status() const { return m_status; }
    Status commit();
    void rollback();

private:
    Vault& m_vault;
    Status m_status;
    int m_depth = 0;
    bool m_open = false;
    bool m_joined = false;
};

} // namespace fb
