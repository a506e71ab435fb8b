// SPDX-License-Identifier: GPL-3.0-or-later
// Vault: one open Firebreak workspace, an SQLCipher file keyed by Argon2id of the passphrase.
// A Vault is one connection and belongs to the thread that opened it.
#pragma once

#include "core/base/Result.h"
#include "core/crypto/SecretBytes.h"
#include "core/vault/Query.h"
#include "core/vault/WorkspaceKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <algorithm>
#include <memory>
#include <optional>

struct sqlite3;

namespace fb {

class Vault
{
    Q_DECLARE_TR_FUNCTIONS(fb::Vault)

public:
    static constexpr int kApplicationId = 0x46426b31; // "FBk1"

    // Creates a new workspace file; refuses to overwrite an existing file.
    static Result<std::unique_ptr<Vault>> create(const QString& path, const SecretBytes& passphrase);
    // Opens an existing workspace. Wrong passphrase: ErrorCode::WrongPassphrase, file and -wal untouched (the key is
    // checked on a connection that cannot write before the real one opens). A workspace whose file or folder is
    // read-only opens read-only: reads work, every transaction is refused naming the reason.
    static Result<std::unique_ptr<Vault>> open(const QString& path, const SecretBytes& passphrase);

    // The two halves of open(), so the slow KDF can run apart from opening (worker thread, benchmarks).
    static Result<WorkspaceKey> deriveKey(const QString& path, const SecretBytes& passphrase);
    static Result<std::unique_ptr<Vault>> open(const QString& path, const WorkspaceKey& key);

    // An unencrypted SQLite file with the same schema: only for measuring SQLCipher's cost against
    // a baseline in benchmarks. Never offered to users.
    static Result<std::unique_ptr<Vault>> openUnencryptedForBenchmark(const QString& path);

    // A second connection to this workspace, for a job on a worker thread (a Vault belongs to one thread):
    // opened with the key this Vault keeps (in locked memory) while it is open. Fails once closed.
    Result<std::unique_ptr<Vault>> openConnection() const;

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    // Re-encrypts the whole file under a key from the new passphrase and a fresh salt. Crash-safe: the re-keyed copy
    // is written beside the file (<file>-rekey), synced and renamed over it, so after a crash at any point the file
    // opens with exactly one of the two passphrases and holds every committed change. Needs the only connection.
    Status changePassphrase(const SecretBytes& newPassphrase);
    // Checkpoints the WAL and closes; also done by the destructor.
    void close();

    QString path() const { return m_path; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    // 3 for SQLCipher 3.x, 4 for 4.x...; 0 for an SQLite without SQLCipher.
    int cipherMajorVersion() const;
    // The one integer a pragma or query returns.
    Result<qint64> pragmaInt(const char* sql);
    bool isEncrypted() const { return m_encrypted; }
    // Opened read-only because the file or its folder cannot be written; readOnlyReason() says which.
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // A copy of the key this connection was opened with (after a passphrase change: the new one), so that a job
    // can open its own connection to the same file on its worker thread: Vault::open(path(), key). The copy lives
    // in wiped memory like the original, which goes when this Vault does. Usage error for an unencrypted file.
    Result<WorkspaceKey> copyKey() const;

    // A cached prepared statement. SQL belongs in the *Store classes, nowhere else.
    Result<Query> query(const char* sql);
    // Runs one or more statements without parameters (schema scripts, pragmas).
    Status execScript(const QByteArray& sql);
    qint64 lastInsertId() const;
    int changes() const;
    // Counts rollbacks (of transactions and savepoints) on this connection: a cache of row ids read or written
    // since the count it saw stays valid while the count does not change.
    quint64 rollbackCount() const { return m_rollbacks; }
    // SQLite's integrity check (every page decrypted and verified): one problem a line ("Page 66: ..."), none when
    // intact. A page SQLCipher rejects early ends it with ErrorCode::Damaged instead.
    Result<QStringList> integrityCheck();
    // The error for problems integrityCheck() found, naming the first damaged page.
    Error damageReport(const QStringList& problems) const;

    // Turns an SQLite result code into an fb::Error naming this workspace; never includes data. A page that fails
    // SQLCipher's HMAC check (or SQLite's own corruption checks) is ErrorCode::Damaged.
    Error sqlError(int rc, const QString& during) const;

    // Reads every row of every table on a connection of its own, so that a damaged workspace can say what is still
    // readable: one entry per table, in schema order.
    struct TableHealth
    {
        QString table;
        qint64 rowsRead = 0;
        bool readable = true;
        QString problem; // empty when readable
    };
    Result<QList<TableHealth>> tableHealth() const;

    // Copies what can still be read of this (damaged) workspace into a new workspace at targetPath, keyed by
    // passphrase: every row of every table that decrypts, skipping unreadable pages; full-text indexes rebuilt. This
    // file is only read. On failure the new file is removed.
    struct SalvageReport
    {
        struct Table
        {
            QString table;
            qint64 rowsCopied = 0;
            int gaps = 0; // unreadable runs of rows skipped
        };
        QList<Table> tables;
        qint64 orphanRows = 0; // copied rows that refer to a row that was lost
        QString target;
        bool complete() const
        {
            return orphanRows == 0 &&
                   std::all_of(tables.begin(), tables.end(), [](const Table& t) { return t.gaps == 0; });
        }
    };
    Result<SalvageReport> salvageInto(const QString& targetPath, const SecretBytes& passphrase) const;

private:
    friend class Transaction;
    Vault(sqlite3* db, QString path, bool encrypted);
    // Create: a new file; Open: a file and a key from the user (checked before anything can write); Connect: another
    // connection with the key of an open Vault.
    enum class OpenKind { Create, Open, Connect };
    static Result<std::unique_ptr<Vault>> openWith(const QString& path, const WorkspaceKey* key, OpenKind kind);
    Error readOnlyError() const;
    Status rekeyIntoCopy(const WorkspaceKey& key, const QString& copyPath);
    Status applyPragmas();
    Status migrate();
    Status begin(int depth);
    Status commit(int depth);
    void rollback(int depth);

    sqlite3* m_db = nullptr;
    QString m_path;
    // For openConnection() and copyKey(); empty when not encrypted or closed; wiped on close. SQLCipher holds the
    // same key in this process anyway.
    WorkspaceKey m_key;
    bool m_encrypted = true;
    QString m_readOnlyReason;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false; // a joined inner transaction was rolled back
    quint64 m_rollbacks = 0;
    QHash<QByteArray, void*> m_statements; // sqlite3_stmt*, finalised on close
};

} // namespace fb
