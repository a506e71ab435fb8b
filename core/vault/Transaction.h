// SPDX-License-Identifier: GPL-3.0-or-later
// Transaction: one user action as one atomic change. Nested transactions become savepoints;
// anything not committed is rolled back when the object goes away.
#pragma once

#include "core/base/Result.h"

namespace fb {

class Vault;

class Transaction
{
public:
    explicit Transaction(Vault& vault);
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
};

} // namespace fb
