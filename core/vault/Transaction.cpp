// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/Transaction.h"

#include "core/vault/Vault.h"

namespace fb {

Transaction::Transaction(Vault& vault)
    : m_vault(vault)
    , m_depth(vault.m_transactionDepth)
{
    m_status = m_vault.begin(m_depth);
    if (m_status) {
        m_open = true;
        ++m_vault.m_transactionDepth;
    }
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_status ? fail(ErrorCode::Internal, Vault::tr("The transaction is no longer open.")) : m_status;
    auto status = m_vault.commit(m_depth);
    if (!status) {
        rollback();
        return status;
    }
    m_open = false;
    --m_vault.m_transactionDepth;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_vault.rollback(m_depth);
    m_open = false;
    --m_vault.m_transactionDepth;
}

} // namespace fb
