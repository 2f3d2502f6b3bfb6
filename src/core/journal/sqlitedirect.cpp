// SPDX-License-Identifier: MIT
// JournalDatabase::streamSqlite(): a long read (the CSV export) run with SQLite's own API on the
// QSQLITE driver's connection, without a QVariant and a UTF-16 copy of every value. Used only
// where this program's libsqlite3 is the very library the driver runs on (checked at run time:
// two copies of SQLite in one process must never share a connection); otherwise it answers
// nullopt and the caller reads through QtSql.
#include "core/journal/journaldatabase.h"

#include <QSqlDriver>
#include <QSqlError>

#ifdef PAVT_SQLITE_DIRECT
#include <dlfcn.h>
#include <sqlite3.h>
#endif

namespace pavt {

#ifdef PAVT_SQLITE_DIRECT

namespace {

// Whether the driver's plugin resolves sqlite3_step to the same function as this program: the
// plugin is found from the driver's virtual table, and looked up among the loaded libraries only.
bool driverSharesOurSqlite(const QSqlDriver *driver)
{
    Dl_info info {};
    const void *vtable = *reinterpret_cast<void *const *>(driver);
    if (!dladdr(vtable, &info) || !info.dli_fname)
        return false;
    void *plugin = dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD);
    if (!plugin)
        return false;
    void *step = dlsym(plugin, "sqlite3_step");
    dlclose(plugin);
    return step == reinterpret_cast<void *>(&sqlite3_step);
}

} // namespace

bool SqliteRow::isNull(int column) const
{
    return sqlite3_column_type(static_cast<sqlite3_stmt *>(m_statement), column) == SQLITE_NULL;
}

qint64 SqliteRow::integer(int column) const
{
    return sqlite3_column_int64(static_cast<sqlite3_stmt *>(m_statement), column);
}

QByteArrayView SqliteRow::text(int column) const
{
    auto *statement = static_cast<sqlite3_stmt *>(m_statement);
    const auto *bytes = sqlite3_column_text(statement, column);
    return QByteArrayView(reinterpret_cast<const char *>(bytes),
                          bytes ? sqlite3_column_bytes(statement, column) : 0);
}

std::optional<Result<qint64>>
JournalDatabase::streamSqlite(const QString &sql, const QVariantList &binds,
                              const std::atomic_bool *cancel,
                              const std::function<bool(const SqliteRow &)> &body)
{
    if (m_backend != JournalBackend::SQLite || !m_db.driver())
        return std::nullopt;
    static const bool shared = driverSharesOurSqlite(m_db.driver());
    const QVariant handle = m_db.driver()->handle();
    if (!shared || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return std::nullopt;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db)
        return std::nullopt;
    auto failed = [this, db](int code) {
        return std::unexpected(sqlError(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)),
                                                  QSqlError::StatementError, QString::number(code)),
                                        Step::ReadEntries));
    };
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (const int rc
        = sqlite3_prepare_v2(db, text.constData(), int(text.size()), &statement, nullptr);
        rc != SQLITE_OK)
        return failed(rc);
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> owned(statement, sqlite3_finalize);
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        int rc;
        if (v.typeId() == QMetaType::QString) {
            const QByteArray utf8 = v.toString().toUtf8();
            rc = sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()),
                                   SQLITE_TRANSIENT);
        } else {
            rc = sqlite3_bind_int64(statement, i + 1, v.toLongLong());
        }
        if (rc != SQLITE_OK)
            return failed(rc);
    }
    qint64 rows = 0;
    const SqliteRow row(statement);
    while (true) {
        // Checked every 1,024 rows: a cancelled export stops within a millisecond or so.
        if (cancel && (rows & 1023) == 0 && cancel->load())
            return rows;
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_DONE)
            return rows;
        if (rc != SQLITE_ROW)
            return failed(rc);
        ++rows;
        if (!body(row))
            return rows;
    }
}

#else

bool SqliteRow::isNull(int) const
{
    return true;
}

qint64 SqliteRow::integer(int) const
{
    return 0;
}

QByteArrayView SqliteRow::text(int) const
{
    return {};
}

std::optional<Result<qint64>>
JournalDatabase::streamSqlite(const QString &, const QVariantList &, const std::atomic_bool *,
                              const std::function<bool(const SqliteRow &)> &)
{
    return std::nullopt; // built without SQLite's headers, or not on Linux
}

#endif

} // namespace pavt
