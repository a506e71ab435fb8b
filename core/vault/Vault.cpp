// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/Vault.h"

#include "core/crypto/PassphraseKdf.h"
#include "core/vault/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace fb {

namespace {

// Encrypted page size. SQLCipher's cost is mostly per page (IV, cipher and HMAC set-up), so 4096-byte pages
// (SQLCipher 4's default, and SQLite's own) cost a quarter of SQLCipher 3's 1024 (docs/benchmarks.md).
constexpr qint64 kCipherPageSize = 4096;
const QByteArray kPlainSqliteHeader("SQLite format 3\0", 16);

QString displayPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// The raw key+salt form SQLCipher takes as key: x'<64 hex key><32 hex salt>'. The salt is written
// as the file's first 16 bytes, so nothing beside the file is needed to open it again.
SecretBytes rawKeySpec(const WorkspaceKey& key)
{
    const SecretBytes keyHex = key.key.toHex();
    const QByteArray saltHex = key.salt.toHex();
    SecretBytes spec(keyHex.size() + static_cast<std::size_t>(saltHex.size()) + 3);
    unsigned char* out = spec.data();
    *out++ = 'x';
    *out++ = '\'';
    std::memcpy(out, keyHex.data(), keyHex.size());
    out += keyHex.size();
    std::memcpy(out, saltHex.constData(), static_cast<std::size_t>(saltHex.size()));
    out += saltHex.size();
    *out = '\'';
    return spec;
}

struct FileProbe
{
    QByteArray head;
    qint64 size = 0;
};

// Reads what can be known of a workspace file without a key.
Result<FileProbe> probeFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, Vault::tr("There is no workspace file at %1.").arg(displayPath(path)));
    if (!info.isFile())
        return fail(ErrorCode::NotAWorkspace, Vault::tr("%1 is not a file.").arg(displayPath(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Vault::tr("Cannot read %1: %2").arg(displayPath(path), file.errorString()));
    FileProbe probe{file.read(PassphraseKdf::kSaltSize), file.size()};
    if (probe.head == kPlainSqliteHeader)
        return fail(
            ErrorCode::NotAWorkspace,
            Vault::tr("%1 is an unencrypted SQLite database, not a Firebreak workspace.").arg(displayPath(path)));
    if (probe.size < kCipherPageSize || probe.size % kCipherPageSize != 0)
        return fail(ErrorCode::NotAWorkspace,
                    Vault::tr("%1 is not a Firebreak workspace, or it is truncated (%2 bytes).")
                        .arg(displayPath(path))
                        .arg(probe.size));
    return probe;
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

void removeWorkspaceFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
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
    auto derived = PassphraseKdf::derive(passphrase, key.salt);
    if (!derived)
        return fail(derived.error());
    key.key = std::move(*derived);
    // Owner-only from the first byte (SQLite gives the -wal and -shm files the database's mode). If the file
    // cannot be made here, opening it below reports why.
    {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return openWith(path, &key, true);
}

Result<WorkspaceKey> Vault::deriveKey(const QString& path, const SecretBytes& passphrase)
{
    auto probe = probeFile(path);
    if (!probe)
        return fail(probe.error());
    auto derived = PassphraseKdf::derive(passphrase, probe->head);
    if (!derived)
        return fail(derived.error());
    return WorkspaceKey{std::move(*derived), probe->head};
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const SecretBytes& passphrase)
{
    auto key = deriveKey(path, passphrase);
    if (!key)
        return fail(key.error());
    return open(path, *key);
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const WorkspaceKey& key)
{
    auto probe = probeFile(path);
    if (!probe)
        return fail(probe.error());
    if (probe->head != key.salt)
        return fail(ErrorCode::WrongPassphrase,
                    tr("The key was derived for another file than %1.").arg(displayPath(path)));
    return openWith(path, &key, false);
}

Result<std::unique_ptr<Vault>> Vault::openUnencryptedForBenchmark(const QString& path)
{
    return openWith(path, nullptr, !QFileInfo::exists(path));
}

Result<std::unique_ptr<Vault>> Vault::openConnection() const
{
    if (!m_db)
        return fail(ErrorCode::Internal, tr("The workspace %1 is closed.").arg(displayPath(m_path)));
    if (!m_encrypted)
        return openWith(m_path, nullptr, false);
    return openWith(m_path, &m_key, false);
}

Result<std::unique_ptr<Vault>> Vault::openWith(const QString& path, const WorkspaceKey* key, bool create)
{
    const QByteArray nativePath = QFile::encodeName(path);
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
    int rc = sqlite3_open_v2(nativePath.constData(), &db, flags, nullptr);
    std::unique_ptr<Vault> vault(new Vault(db, path, key != nullptr));
    auto abandon = [&](Error error) -> Result<std::unique_ptr<Vault>> {
        vault->close();
        if (create)
            removeWorkspaceFiles(path);
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
        SecretBytes spec = rawKeySpec(*key);
        rc = sqlite3_key(db, spec.data(), static_cast<int>(spec.size()));
        spec.clear();
        if (rc != SQLITE_OK)
            return abandon(vault->sqlError(rc, tr("setting the key")));
        // Files stay in SQLCipher 3's format (with 4096-byte pages), so SQLCipher 4 and later read and write
        // them unchanged.
        if (vault->cipherMajorVersion() >= 4) {
            if (auto status = vault->execScript("PRAGMA cipher_compatibility = 3;"); !status)
                return abandon(status.error());
        }
        if (auto status = vault->execScript("PRAGMA cipher_page_size = 4096;"); !status)
            return abandon(status.error());
    }

    // First read: this is where a wrong key shows, before anything is written.
    rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_NOTADB && key)
            return abandon(Error{ErrorCode::WrongPassphrase,
                                 tr("The passphrase does not open %1 (or the file is not a Firebreak workspace).")
                                     .arg(displayPath(path)),
                                 {}});
        return abandon(vault->sqlError(rc, tr("reading the workspace")));
    }
    if (!create && sqlite3_db_readonly(db, "main") == 1)
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
    if (!status)
        return status;
    auto mode = query("PRAGMA journal_mode = WAL");
    if (!mode)
        return fail(mode.error());
    auto row = mode->next();
    if (!row)
        return fail(row.error());
    if (!*row || mode->text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
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
    sqlite3_stmt* statement = nullptr;
    int major = 0;
    if (sqlite3_prepare_v2(m_db, "PRAGMA cipher_version", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        major =
            QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))).split('.').value(0).toInt();
    sqlite3_finalize(statement);
    return major;
}

Result<qint64> Vault::pragmaInt(const char* sql)
{
    auto q = query(sql);
    if (!q)
        return fail(q.error());
    auto row = q->next();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(ErrorCode::Internal, tr("%1 returned nothing.").arg(QString::fromLatin1(sql)));
    return q->int64(0);
}

int Vault::latestSchemaVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.last().first;
}

Status Vault::migrate()
{
    const int current = schemaVersion();
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

Status Vault::changePassphrase(const SecretBytes& newPassphrase)
{
    if (!m_encrypted)
        return fail(ErrorCode::Usage, tr("This database is not encrypted."));
    WorkspaceKey key{{}, PassphraseKdf::randomSalt()};
    auto derived = PassphraseKdf::derive(newPassphrase, key.salt);
    if (!derived)
        return fail(derived.error());
    key.key = std::move(*derived);

    // SQLCipher re-encrypts every page in one transaction; in rollback-journal mode so that the
    // WAL holds no page written under the old key.
    if (auto status = execScript("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;"); !status)
        return status;
    SecretBytes spec = rawKeySpec(key);
    const int rc = sqlite3_rekey(m_db, spec.data(), static_cast<int>(spec.size()));
    spec.clear();
    if (rc != SQLITE_OK) {
        Error error = sqlError(rc, tr("changing the passphrase"));
        (void)applyPragmas();
        return fail(error);
    }
    m_key = std::move(key);
    return applyPragmas();
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

Result<QStringList> Vault::integrityCheck()
{
    auto check = query("PRAGMA integrity_check");
    if (!check)
        return fail(check.error());
    QStringList problems;
    while (true) {
        auto row = check->next();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        const QString line = check->text(0);
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return problems;
}

Error Vault::sqlError(int rc, const QString& during) const
{
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const QString where = displayPath(m_path);
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return {ErrorCode::NotAWorkspace,
                tr("The workspace %1 is damaged or truncated (%2 while %3).").arg(where, detail, during), where};
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
