// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/Transaction.h"

#include "core/vault/Vault.h"

namespace fb {

Transaction::Transaction(Vault& vault, Nesting nesting)
    : m_vault(vault)
    , m_depth(vault.m_transactionDepth)
    , m_joined(m_depth > 0 && nesting == Nesting::Join)
{
    if (m_depth == 0)
        m_vault.m_rollbackOnly = false;
    m_status = m_joined ? Status() : m_vault.begin(m_depth);
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
    if (m_depth == 0 && m_vault.m_rollbackOnly) {
        rollback();
        return fail(ErrorCode::Conflict, Vault::tr("A step of this change failed, so none of it was saved."));
    }
    auto status = m_joined ? Status() : m_vault.commit(m_depth);
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
    if (m_joined)
        m_vault.m_rollbackOnly = true; // the outer transaction can no longer be committed
    else
        m_vault.rollback(m_depth);
    m_open = false;
    --m_vault.m_transactionDepth;
}

} // namespace fb
