// SPDX-License-Identifier: GPL-3.0-or-later
// Vault: changing the passphrase (a re-encrypted copy renamed over the file).
#include "core/vault/Vault.h"

#include "core/crypto/PassphraseKdf.h"
#include "core/vault/SqlCipherKey.h"
#include "core/vault/WorkspaceFile.h"

#include <QFile>
#include <QFileInfo>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <utility>

namespace fb {

Status Vault::changePassphrase(const SecretBytes& newPassphrase)
{
    if (!m_encrypted)
        return fail(ErrorCode::Usage, tr("This database is not encrypted."));
    if (!m_db)
        return fail(ErrorCode::Internal, tr("The workspace %1 is closed.").arg(WorkspaceFile::displayPath(m_path)));
    if (isReadOnly())
        return fail(readOnlyError());
    if (m_transactionDepth > 0)
        return fail(ErrorCode::Usage, tr("The passphrase cannot be changed inside a transaction."));
    WorkspaceKey key{{}, PassphraseKdf::randomSalt()};
    FB_TRY_ASSIGN(auto derived, PassphraseKdf::derive(newPassphrase, key.salt));
    key.key = std::move(derived);

    // The file is never re-encrypted in place (a crash between pages and journal could leave a header salt that
    // matches neither key): a re-keyed copy is written beside it, synced, and renamed over it in one step.
    // A workspace reached through a symbolic link is replaced where the link points, and the link stays.
    const QString canonical = QFileInfo(m_path).canonicalFilePath();
    const QString target = canonical.isEmpty() ? m_path : canonical;
    const QString copy = WorkspaceFile::rekeyCopyPath(target);
    auto status = rekeyIntoCopy(key, copy);
    if (status && ::rename(QFile::encodeName(copy).constData(), QFile::encodeName(target).constData()) != 0)
        status = fail(ErrorCode::Io, tr("Cannot replace %1 with its re-encrypted copy: %2")
                                         .arg(WorkspaceFile::displayPath(m_path), WorkspaceFile::systemError(errno)));
    if (!status) {
        WorkspaceFile::removeRekeyLeftovers(target);
        // Back to shared locking and write-ahead logging on the unchanged file.
        (void)execScript("PRAGMA main.locking_mode = NORMAL; SELECT count(*) FROM sqlite_master;");
        (void)applyPragmas();
        return status;
    }
    const Status synced = WorkspaceFile::syncToDisk(QFileInfo(target).absolutePath(), true);

    // This connection still reads the old file (now unlinked); continue on the new one under the same Vault.
    auto reopened = openWith(m_path, &key, OpenKind::Connect);
    close();
    if (!reopened)
        return fail(reopened.error().code,
                    tr("The passphrase of %1 was changed, but the workspace could not be opened again: %2")
                        .arg(WorkspaceFile::displayPath(m_path), reopened.error().message));
    m_db = std::exchange((*reopened)->m_db, nullptr);
    m_statements = std::exchange((*reopened)->m_statements, {});
    m_key = std::move(key);
    return synced;
}

Status Vault::rekeyIntoCopy(const WorkspaceKey& key, const QString& copyPath)
{
    // Leaving WAL mode needs the file to itself: another connection (a window, a job, another process) makes this
    // fail with "in use" before anything is written. In rollback mode with exclusive locking the lock taken by the
    // empty transaction is then kept, so nobody changes the file between the copy and the rename.
    if (auto status = execScript("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;"); !status)
        return status;
    {
        FB_TRY_ASSIGN(auto mode, query("PRAGMA main.journal_mode"));
        FB_TRY_ASSIGN(auto row, mode.next());
        if (!row || mode.text(0).compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
            return fail(ErrorCode::Conflict, tr("The workspace %1 is in use by another window or program; close it "
                                                "and change the passphrase again.")
                                                 .arg(WorkspaceFile::displayPath(m_path)));
    }
    if (auto status = execScript("PRAGMA main.locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;"); !status)
        return status;

    QFile::remove(copyPath);
    QFile::remove(copyPath + QLatin1String("-journal"));
    {
        QFile file(copyPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(ErrorCode::Io,
                        tr("Cannot create %1: %2").arg(WorkspaceFile::displayPath(copyPath), file.errorString()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // The key goes in as a bound parameter pointing at wiped memory: never through SQL text, never copied.
    SecretBytes spec = SqlCipherKey::rawSpec(key);
    const QByteArray nativeCopy = QFile::encodeName(copyPath);
    sqlite3_stmt* attach = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "ATTACH DATABASE ?1 AS fb_rekey KEY ?2", -1, &attach, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_text(attach, 1, nativeCopy.constData(), int(nativeCopy.size()), SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = sqlite3_bind_blob(attach, 2, spec.data(), int(spec.size()), SQLITE_STATIC);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(attach) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(m_db);
    sqlite3_finalize(attach);
    spec.clear();
    if (rc != SQLITE_OK)
        return fail(sqlError(rc, tr("creating the re-encrypted copy")));

    QByteArray script;
    if (cipherMajorVersion() >= 4)
        script += "PRAGMA fb_rekey.cipher_compatibility = 3;";
    // One transaction for the whole copy: the new file is written once and synced once.
    script += "PRAGMA fb_rekey.cipher_page_size = 4096;"
              "PRAGMA fb_rekey.synchronous = FULL;"
              "BEGIN;"
              "SELECT sqlcipher_export('fb_rekey');"
              "PRAGMA fb_rekey.user_version = " +
              QByteArray::number(schemaVersion()) +
              ";PRAGMA fb_rekey.application_id = " + QByteArray::number(kApplicationId) + ";COMMIT;";
    auto status = execScript(script);
    if (!status)
        (void)execScript("ROLLBACK;");
    (void)execScript("DETACH DATABASE fb_rekey;");
    if (!status)
        return status;
    return WorkspaceFile::syncToDisk(copyPath, false);
}

} // namespace fb
