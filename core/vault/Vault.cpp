// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/Vault.h"

#include "core/crypto/PassphraseKdf.h"
#include "core/vault/SqlCipherKey.h"
#include "core/vault/Transaction.h"
#include "core/vault/WorkspaceFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <algorithm>

namespace fb {

namespace {

QString displayPath(const QString& path)
{
    return WorkspaceFile::displayPath(path);
}

QList<std::pair<int, QString>> migrationFiles()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    QList<std::pair<int, QString>> files;
    const QStringList names = QDir(QStringLiteral(":/sql")).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            files.append({match.captured(1).toInt(), QStringLiteral(":/sql/") + name});
    }
    std::sort(files.begin(), files.end());
    return files;
}

Error wrongPassphrase(const QString& path)
{
    return {ErrorCode::WrongPassphrase,
            Vault::tr("The passphrase does not open %1 (or the file is not a Firebreak workspace, or its first page is "
                      "damaged).")
                .arg(displayPath(path)),
            {}};
}

// Tries the key on the file's first page alone, on an immutable read-only connection: it ignores a -wal, creates no
// -shm and writes nothing, also when closed. Only a wrong key is decided here (page 1 is always under the current
// key); anything else is left to the real open, which also sees the -wal.
Status checkKeyWithoutWriting(const QString& path, const WorkspaceKey& key)
{
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(WorkspaceFile::immutableUri(path).constData(), &db,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc == SQLITE_OK)
        rc = SqlCipherKey::apply(db, key);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, "PRAGMA user_version", nullptr, nullptr, nullptr);
    sqlite3_close_v2(db);
    if ((rc & 0xff) == SQLITE_NOTADB)
        return fail(wrongPassphrase(path));
    return {};
}

} // namespace

Vault::Vault(sqlite3* db, QString path, bool encrypted)
    : m_db(db)
    , m_path(std::move(path))
    , m_encrypted(encrypted)
{
}

Vault::~Vault()
{
    close();
}

void Vault::close()
{
    if (!m_db)
        return;
    for (void* statement : std::as_const(m_statements))
        sqlite3_finalize(static_cast<sqlite3_stmt*>(statement));
    m_statements.clear();
    m_key = WorkspaceKey{};
    // A clean close checkpoints the WAL into the main file and removes -wal and -shm.
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Result<std::unique_ptr<Vault>> Vault::create(const QString& path, const SecretBytes& passphrase)
{
    if (QFileInfo::exists(path))
        return fail(ErrorCode::Conflict,
                    tr("%1 already exists; Firebreak does not overwrite files.").arg(displayPath(path)));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return fail(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(displayPath(info.absolutePath())));
    WorkspaceKey key{{}, PassphraseKdf::randomSalt()};
    FB_TRY_ASSIGN(auto derived, PassphraseKdf::derive(passphrase, key.salt));
    key.key = std::move(derived);
    // Owner-only from the first byte (SQLite gives the -wal and -shm files the database's mode). If the file
    // cannot be made here, opening it below reports why.
    {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return openWith(path, &key, OpenKind::Create);
}

Result<WorkspaceKey> Vault::deriveKey(const QString& path, const SecretBytes& passphrase)
{
    FB_TRY_ASSIGN(auto probe, WorkspaceFile::probe(path));
    FB_TRY_ASSIGN(auto derived, PassphraseKdf::derive(passphrase, probe.head));
    return WorkspaceKey{std::move(derived), probe.head};
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const SecretBytes& passphrase)
{
    FB_TRY_ASSIGN(auto key, deriveKey(path, passphrase));
    return open(path, key);
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const WorkspaceKey& key)
{
    FB_TRY_ASSIGN(auto probe, WorkspaceFile::probe(path));
    if (probe.head != key.salt)
        return fail(ErrorCode::WrongPassphrase,
                    tr("The key was derived for another file than %1.").arg(displayPath(path)));
    return openWith(path, &key, OpenKind::Open);
}

Result<std::unique_ptr<Vault>> Vault::openUnencryptedForBenchmark(const QString& path)
{
    return openWith(path, nullptr, QFileInfo::exists(path) ? OpenKind::Open : OpenKind::Create);
}

Result<std::unique_ptr<Vault>> Vault::openConnection() const
{
    if (!m_db)
        return fail(ErrorCode::Internal, tr("The workspace %1 is closed.").arg(displayPath(m_path)));
    return openWith(m_path, m_encrypted ? &m_key : nullptr, OpenKind::Connect);
}

Result<std::unique_ptr<Vault>> Vault::openWith(const QString& path, const WorkspaceKey* key, OpenKind kind)
{
    const bool create = kind == OpenKind::Create;
    QString readOnly;
    if (!create) {
        readOnly = WorkspaceFile::whyReadOnly(path);
        if (readOnly.isEmpty()) {
            FB_TRY(WorkspaceFile::prepareSideFiles(path));
            // Before a connection that can write sees a -wal a crash left: it would fold it into the file and delete
            // it on close, even for a key that turns out wrong. (Without a -wal, a wrong key fails on page 1 before
            // SQLite creates or writes anything, so the common open skips this second connection.)
            if (key && kind == OpenKind::Open && QFileInfo::exists(path + QLatin1String("-wal"))) {
                FB_TRY(checkKeyWithoutWriting(path, *key));
            }
        } else if (WorkspaceFile::walHasFrames(path)) {
            return fail(ErrorCode::Io,
                        tr("Cannot open %1: %2, and its write-ahead log %3 holds changes that are not yet in the file. "
                           "Make the file and its folder writable and open it again; nothing has been changed.")
                            .arg(displayPath(path), readOnly, displayPath(path + QLatin1String("-wal"))),
                        displayPath(path));
        }
    }

    // A read-only workspace is opened immutable: SQLite then creates no -wal or -shm that could block a later open.
    const QByteArray target = readOnly.isEmpty() ? QFile::encodeName(path) : WorkspaceFile::immutableUri(path);
    const int flags = SQLITE_OPEN_NOMUTEX |
                      (readOnly.isEmpty() ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY | SQLITE_OPEN_URI) |
                      (create ? SQLITE_OPEN_CREATE : 0);
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(target.constData(), &db, flags, nullptr);
    std::unique_ptr<Vault> vault(new Vault(db, path, key != nullptr));
    vault->m_readOnlyReason = readOnly;
    auto abandon = [&](Error error) -> Result<std::unique_ptr<Vault>> {
        vault->close();
        if (create)
            WorkspaceFile::removeAll(path);
        return fail(std::move(error));
    };
    if (rc != SQLITE_OK) {
        Error error{
            ErrorCode::Io,
            tr("Cannot %1 the workspace %2: %3")
                .arg(create ? tr("create") : tr("open"), displayPath(path), QString::fromUtf8(sqlite3_errstr(rc))),
            {}};
        return abandon(error);
    }
    sqlite3_extended_result_codes(db, 1);

    if (key) {
        if (rc = SqlCipherKey::apply(db, *key); rc != SQLITE_OK)
            return abandon(vault->sqlError(rc, tr("setting the key")));
    }

    // First read: this is where a wrong key shows, before anything is written.
    rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_NOTADB && key)
            return abandon(wrongPassphrase(path));
        return abandon(vault->sqlError(rc, tr("reading the workspace")));
    }
    if (!create && readOnly.isEmpty() && sqlite3_db_readonly(db, "main") == 1)
        return abandon(
            Error{ErrorCode::Io, tr("%1 is read-only; Firebreak needs to write to it.").arg(displayPath(path)), {}});

    if (create) {
        if (auto status =
                vault->execScript(QByteArray("PRAGMA application_id = ") + QByteArray::number(kApplicationId));
            !status)
            return abandon(status.error());
    } else {
        const auto appId = vault->pragmaInt("PRAGMA application_id");
        if (!appId)
            return abandon(appId.error());
        if (*appId != kApplicationId)
            return abandon(Error{ErrorCode::NotAWorkspace,
                                 tr("%1 is an SQLite database but not a Firebreak workspace.").arg(displayPath(path)),
                                 {}});
        if (vault->schemaVersion() > latestSchemaVersion())
            return abandon(
                Error{ErrorCode::TooNew,
                      tr("%1 was written by a newer version of Firebreak (workspace format %2; this program knows up "
                         "to %3). Update Firebreak to open it; the file has not been changed.")
                          .arg(displayPath(path))
                          .arg(vault->schemaVersion())
                          .arg(latestSchemaVersion()),
                      {}});
    }
    if (auto status = vault->applyPragmas(); !status)
        return abandon(status.error());
    if (auto status = vault->migrate(); !status)
        return abandon(status.error());
    if (key)
        vault->m_key = WorkspaceKey{key->key.copy(), key->salt};
    if (kind == OpenKind::Open && readOnly.isEmpty())
        WorkspaceFile::removeRekeyLeftovers(path);
    return vault;
}

Result<WorkspaceKey> Vault::copyKey() const
{
    if (!m_encrypted)
        return fail(ErrorCode::Usage, tr("This database is not encrypted."));
    if (!m_db)
        return fail(ErrorCode::Internal, tr("The workspace %1 is closed.").arg(displayPath(m_path)));
    return WorkspaceKey{m_key.key.copy(), m_key.salt};
}

Status Vault::applyPragmas()
{
    // secure_delete overwrites freed content; temp_store keeps temporary tables and sort runs in
    // memory, never in plaintext temp files; WAL for concurrent readers; FULL sync for durability.
    // cache_size: up to 64 MiB of pages (allocated only as used). Every page that falls out of the
    // cache costs an AES + HMAC on the way out and again on the way back in; SQLite's 2 MiB default
    // made a 100,000-ticket batch re-encrypt the same index pages over and over (docs/benchmarks.md).
    auto status = execScript("PRAGMA foreign_keys = ON;"
                             "PRAGMA secure_delete = ON;"
                             "PRAGMA temp_store = MEMORY;"
                             "PRAGMA cache_size = -65536;"
                             "PRAGMA synchronous = FULL;"
                             "PRAGMA busy_timeout = 5000;");
    if (!status || isReadOnly())
        return status;
    FB_TRY_ASSIGN(auto mode, query("PRAGMA journal_mode = WAL"));
    FB_TRY_ASSIGN(auto row, mode.next());
    if (!row || mode.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::Io,
                    tr("Cannot switch %1 to write-ahead logging; is its folder writable?").arg(displayPath(m_path)));
    return {};
}

int Vault::schemaVersion() const
{
    sqlite3_stmt* statement = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        version = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return version;
}

int Vault::cipherMajorVersion() const
{
    return SqlCipherKey::cipherMajorVersion(m_db);
}

Result<qint64> Vault::pragmaInt(const char* sql)
{
    FB_TRY_ASSIGN(auto q, query(sql));
    FB_TRY_ASSIGN(auto row, q.next());
    if (!row)
        return fail(ErrorCode::Internal, tr("%1 returned nothing.").arg(QString::fromLatin1(sql)));
    return q.int64(0);
}

int Vault::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.last().first;
}

Status Vault::migrate()
{
    const int current = schemaVersion();
    if (isReadOnly() && current < latestSchemaVersion())
        return fail(ErrorCode::Io, tr("%1 is in workspace format %2 and must be upgraded to format %3 to be opened, "
                                      "but %4. Make it writable and open it again; nothing has been changed.")
                                       .arg(displayPath(m_path))
                                       .arg(current)
                                       .arg(latestSchemaVersion())
                                       .arg(m_readOnlyReason));
    for (const auto& [number, resource] : migrationFiles()) {
        if (number <= current)
            continue;
        QFile file(resource);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Internal, tr("The schema migration %1 is missing from this build.").arg(resource));
        Transaction transaction(*this);
        if (!transaction.status())
            return transaction.status();
        if (auto status = execScript(file.readAll()); !status)
            return fail(ErrorCode::Internal, tr("Upgrading %1 to format %2 failed: %3")
                                                 .arg(displayPath(m_path))
                                                 .arg(number)
                                                 .arg(status.error().message));
        if (auto status = execScript(QByteArray("PRAGMA user_version = ") + QByteArray::number(number)); !status)
            return status;
        if (auto status = transaction.commit(); !status)
            return status;
    }
    return {};
}

Error Vault::readOnlyError() const
{
    return {ErrorCode::Io,
            tr("%1 is open read-only (%2): changes cannot be saved. Make the file and its folder writable and open it "
               "again.")
                .arg(displayPath(m_path), m_readOnlyReason),
            displayPath(m_path)};
}

Result<Query> Vault::query(const char* sql)
{
    if (!m_db)
        return fail(ErrorCode::Internal, tr("The workspace %1 is closed.").arg(displayPath(m_path)));
    const QByteArray key(sql);
    auto it = m_statements.constFind(key);
    sqlite3_stmt* statement = nullptr;
    if (it != m_statements.constEnd()) {
        statement = static_cast<sqlite3_stmt*>(it.value());
    } else {
        const int rc = sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr);
        if (rc != SQLITE_OK)
            return fail(sqlError(rc, tr("preparing a query")));
        m_statements.insert(key, statement);
    }
    return Query(*this, statement);
}

Status Vault::execScript(const QByteArray& sql)
{
    if (!m_db)
        return fail(ErrorCode::Internal, tr("The workspace %1 is closed.").arg(displayPath(m_path)));
    const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(sqlError(rc, tr("running a statement")));
    return {};
}

qint64 Vault::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Vault::changes() const
{
    return sqlite3_changes(m_db);
}

Error Vault::sqlError(int rc, const QString& during) const
{
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const QString where = displayPath(m_path);
    const int primary = rc & 0xff;
    // SQLCipher reports a page whose HMAC does not match (a flipped bit, a bad sector) by putting the pager in an
    // error state without a message of its own: a bare "SQL logic error" (or "out of memory") from a step, where a
    // real SQL error always names what is wrong.
    const bool pageRejected = m_encrypted && m_db && (primary == SQLITE_ERROR || primary == SQLITE_NOMEM) &&
                              detail == QString::fromUtf8(sqlite3_errstr(primary));
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT || pageRejected)
        return {ErrorCode::Damaged,
                tr("The workspace %1 is damaged: a page fails its integrity check (while %2). Restore it from a "
                   "backup; verify lists the tables that can still be read.")
                    .arg(where, during),
                where};
    switch (primary) {
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_PERM:
        return {ErrorCode::Io, tr("The workspace %1 could not be written (%2 while %3).").arg(where, detail, during),
                where};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::Conflict,
                tr("The workspace %1 is in use by another program (%2 while %3).").arg(where, detail, during), where};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::Conflict, tr("The change conflicts with what is stored (%1 while %2).").arg(detail, during),
                where};
    default:
        return {ErrorCode::Internal, tr("Database error in %1 (%2 while %3).").arg(where, detail, during), where};
    }
}

Status Vault::begin(int depth)
{
    if (isReadOnly())
        return fail(readOnlyError());
    const QByteArray sql = depth == 0 ? QByteArray("BEGIN IMMEDIATE") : "SAVEPOINT fb_" + QByteArray::number(depth);
    return execScript(sql);
}

Status Vault::commit(int depth)
{
    const QByteArray sql = depth == 0 ? QByteArray("COMMIT") : "RELEASE fb_" + QByteArray::number(depth);
    return execScript(sql);
}

void Vault::rollback(int depth)
{
    ++m_rollbacks;
    if (depth == 0) {
        (void)execScript("ROLLBACK");
    } else {
        const QByteArray name = "fb_" + QByteArray::number(depth);
        (void)execScript("ROLLBACK TO " + name + "; RELEASE " + name);
    }
}

} // namespace fb
