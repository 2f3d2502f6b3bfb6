// SPDX-License-Identifier: MIT
#include "core/journal/accounts.h"

#include "core/journal/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pavt {

namespace {

QString readFailure()
{
    return QCoreApplication::translate("pavt::Accounts", "The accounts could not be read: %1");
}

QString writeFailure()
{
    return QCoreApplication::translate("pavt::Accounts", "The account could not be saved: %1");
}

QString refundLogFailure()
{
    return QCoreApplication::translate("pavt::Accounts",
                                       "The refund log could not be written or read: %1");
}

const QString Columns = QStringLiteral(
    "id, name, display_name, roles, enabled, password_hash, failed_attempts, locked_until, "
    "must_change_password, created_at, updated_at, last_sign_in_at, password_changed_at");

Account accountFrom(const QSqlQuery &q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.roles = rolesFromId(q.value(3).toString()).value_or(Roles {});
    a.enabled = q.value(4).toInt() != 0;
    a.passwordHash = q.value(5).toString();
    a.failedAttempts = q.value(6).toInt();
    a.lockedUntil = SqlSupport::timeFrom(q.value(7));
    a.mustChangePassword = q.value(8).toInt() != 0;
    a.createdAt = SqlSupport::timeFrom(q.value(9));
    a.updatedAt = SqlSupport::timeFrom(q.value(10));
    a.lastSignInAt = SqlSupport::timeFrom(q.value(11));
    a.passwordChangedAt = SqlSupport::timeFrom(q.value(12));
    return a;
}

QString cleanText(const QString &text, int limit)
{
    QString out = text.simplified().left(limit);
    for (QChar &ch : out)
        if (ch.category() == QChar::Other_Control)
            ch = u' ';
    return out;
}

} // namespace

QString roleId(Role role)
{
    switch (role) {
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Finance:
        return QStringLiteral("finance");
    case Role::Administrator:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromId(QStringView id)
{
    const QString lower = id.trimmed().toString().toLower();
    for (Role role : AllRoles)
        if (lower == roleId(role))
            return role;
    if (lower == u"administrator")
        return Role::Administrator;
    return std::nullopt;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Operator:
        return QCoreApplication::translate("pavt::Accounts", "Operator");
    case Role::Supervisor:
        return QCoreApplication::translate("pavt::Accounts", "Supervisor");
    case Role::Finance:
        return QCoreApplication::translate("pavt::Accounts", "Finance");
    case Role::Administrator:
        return QCoreApplication::translate("pavt::Accounts", "Administrator");
    }
    return {};
}

QString rolesId(Roles roles)
{
    QStringList ids;
    for (Role role : AllRoles)
        if (roles.has(role))
            ids << roleId(role);
    return ids.join(u',');
}

std::optional<Roles> rolesFromId(QStringView ids)
{
    Roles roles;
    for (QStringView id : ids.split(u',', Qt::SkipEmptyParts)) {
        if (id.trimmed().isEmpty())
            continue;
        const auto role = roleFromId(id);
        if (!role)
            return std::nullopt;
        roles |= *role;
    }
    return roles;
}

QString rolesLabel(Roles roles)
{
    QStringList labels;
    for (Role role : AllRoles)
        if (roles.has(role))
            labels << roleLabel(role);
    return labels.join(QStringLiteral(", "));
}

QString Account::describe() const
{
    if (displayName.isEmpty() || displayName == name)
        return name;
    return QStringLiteral("%1 (%2)").arg(displayName, name);
}

AccountStore::AccountStore(JournalDatabase &db) : m_db(db) { }

Result<QString> AccountStore::normaliseName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    bool ok = !n.isEmpty() && n.size() <= 64;
    for (qsizetype i = 0; ok && i < n.size(); ++i) {
        const QChar c = n.at(i);
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        ok = alnum || (i > 0 && (c == u'.' || c == u'_' || c == u'-'));
    }
    if (!ok)
        return fail(QStringLiteral("account_name"),
                    QCoreApplication::translate(
                        "pavt::Accounts",
                        "An account name has 1 to 64 characters: letters a to z, digits, and "
                        "'.', '_' or '-' after the first."));
    return n;
}

Result<QList<Account>> AccountStore::select(const QString &where, const QVariantList &binds,
                                            const QString &tail)
{
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral("SELECT %1 FROM accounts%2 ORDER BY name%3").arg(Columns, where, tail)))
        return std::unexpected(SqlSupport::error(q.lastError(), readFailure()));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (auto done = SqlSupport::exec(q, readFailure()); !done)
        return std::unexpected(done.error());
    QList<Account> out;
    while (q.next())
        out << accountFrom(q);
    return out;
}

Result<qint64> AccountStore::count()
{
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM accounts")) || !q.next())
        return std::unexpected(SqlSupport::error(q.lastError(), readFailure()));
    return q.value(0).toLongLong();
}

Result<QList<Account>> AccountStore::list()
{
    return select(QString(), {});
}

Result<std::optional<Account>> AccountStore::find(const QString &name)
{
    auto normalised = normaliseName(name);
    if (!normalised)
        return std::optional<Account>();
    auto rows = select(QStringLiteral(" WHERE name = ?"), { *normalised });
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<Account>();
    return std::optional<Account>(rows->first());
}

Result<Account> AccountStore::create(const Account &candidate, const QDateTime &now,
                                     bool onlyIfNone)
{
    auto name = normaliseName(candidate.name);
    if (!name)
        return std::unexpected(name.error());
    Account a = candidate;
    a.name = *name;
    a.displayName = cleanText(a.displayName.isEmpty() ? a.name : a.displayName, 100);
    a.createdAt = now.toUTC();
    a.updatedAt = a.createdAt;
    if (!a.passwordChangedAt.isValid())
        a.passwordChangedAt = a.createdAt;
    const bool pg = m_db.backend() == JournalBackend::PostgreSQL;
    if (auto begun = SqlSupport::begin(m_db, writeFailure()); !begun)
        return std::unexpected(begun.error());
    if (pg) {
        // Two seats creating the first administrator at once: one waits for the other.
        if (auto locked = SqlSupport::exec(
                m_db, QStringLiteral("SELECT pg_advisory_xact_lock(7283010402)"), writeFailure());
            !locked) {
            SqlSupport::rollback(m_db);
            return std::unexpected(locked.error());
        }
    }
    if (onlyIfNone) {
        auto existing = count();
        if (!existing) {
            SqlSupport::rollback(m_db);
            return std::unexpected(existing.error());
        }
        if (*existing > 0) {
            SqlSupport::rollback(m_db);
            return fail(QStringLiteral("accounts_exist"),
                        QCoreApplication::translate(
                            "pavt::Accounts",
                            "Accounts exist already: an administrator must sign in to add one."));
        }
    }
    QSqlQuery q(m_db.database());
    QString sql = QStringLiteral(
        "INSERT INTO accounts (name, display_name, roles, enabled, password_hash, "
        "failed_attempts, locked_until, must_change_password, created_at, updated_at, "
        "last_sign_in_at, password_changed_at) VALUES (?, ?, ?, ?, ?, 0, NULL, ?, ?, ?, NULL, ?)");
    if (pg)
        sql += QStringLiteral(" RETURNING id");
    if (!q.prepare(sql)) {
        const Error e = SqlSupport::error(q.lastError(), writeFailure());
        SqlSupport::rollback(m_db);
        return std::unexpected(e);
    }
    const QVariantList binds { a.name,
                               a.displayName,
                               rolesId(a.roles),
                               a.enabled ? 1 : 0,
                               a.passwordHash,
                               a.mustChangePassword ? 1 : 0,
                               a.createdAt.toMSecsSinceEpoch(),
                               a.updatedAt.toMSecsSinceEpoch(),
                               a.passwordChangedAt.toMSecsSinceEpoch() };
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec()) {
        Error e = SqlSupport::error(q.lastError(), writeFailure());
        SqlSupport::rollback(m_db);
        if (e.code == u"journal_duplicate")
            e = Error { QStringLiteral("account_exists"),
                        QCoreApplication::translate("pavt::Accounts",
                                                    "There is already an account named %1.")
                            .arg(a.name) };
        return std::unexpected(e);
    }
    if (pg) {
        if (q.next())
            a.id = q.value(0).toLongLong();
    } else {
        a.id = q.lastInsertId().toLongLong();
    }
    q.finish();
    if (auto done = SqlSupport::commit(m_db, writeFailure()); !done)
        return std::unexpected(done.error());
    return a;
}

Result<Account> AccountStore::update(const QString &name, const Change &change,
                                     const QDateTime &now)
{
    auto normalised = normaliseName(name);
    const auto unknown = [&] {
        return fail(QStringLiteral("account_unknown"),
                    QCoreApplication::translate("pavt::Accounts", "There is no account named %1.")
                        .arg(name.trimmed().left(64)));
    };
    if (!normalised)
        return unknown();
    if (auto begun = SqlSupport::begin(m_db, writeFailure()); !begun)
        return std::unexpected(begun.error());
    const bool pg = m_db.backend() == JournalBackend::PostgreSQL;
    auto rows = select(QStringLiteral(" WHERE name = ?"), { *normalised },
                       pg ? QStringLiteral(" FOR UPDATE") : QString());
    if (!rows) {
        SqlSupport::rollback(m_db);
        return std::unexpected(rows.error());
    }
    if (rows->isEmpty()) {
        SqlSupport::rollback(m_db);
        return unknown();
    }
    Account a = rows->first();
    const qint64 id = a.id;
    if (auto refused = change(a)) {
        SqlSupport::rollback(m_db);
        return std::unexpected(*refused);
    }
    a.id = id;
    a.name = *normalised;
    a.displayName = cleanText(a.displayName.isEmpty() ? a.name : a.displayName, 100);
    a.updatedAt = now.toUTC();
    QSqlQuery q(m_db.database());
    if (!q.prepare(QStringLiteral(
            "UPDATE accounts SET display_name = ?, roles = ?, enabled = ?, password_hash = ?, "
            "failed_attempts = ?, locked_until = ?, must_change_password = ?, updated_at = ?, "
            "last_sign_in_at = ?, password_changed_at = ? WHERE id = ?"))) {
        const Error e = SqlSupport::error(q.lastError(), writeFailure());
        SqlSupport::rollback(m_db);
        return std::unexpected(e);
    }
    const QVariantList binds { a.displayName,
                               rolesId(a.roles),
                               a.enabled ? 1 : 0,
                               a.passwordHash,
                               a.failedAttempts,
                               SqlSupport::timeValue(a.lockedUntil),
                               a.mustChangePassword ? 1 : 0,
                               a.updatedAt.toMSecsSinceEpoch(),
                               SqlSupport::timeValue(a.lastSignInAt),
                               SqlSupport::timeValue(a.passwordChangedAt),
                               id };
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (auto done = SqlSupport::exec(q, writeFailure()); !done) {
        SqlSupport::rollback(m_db);
        return std::unexpected(done.error());
    }
    q.finish();
    if (auto done = SqlSupport::commit(m_db, writeFailure()); !done)
        return std::unexpected(done.error());
    return a;
}

Result<void> AccountStore::logRefund(const RefundLogEntry &refund)
{
    QSqlQuery q(m_db.database());
    if (!q.prepare(QStringLiteral("INSERT INTO refund_log (at, operator, entry_id, amount_minor, "
                                  "currency, approved_by) VALUES (?, ?, ?, ?, ?, ?)")))
        return std::unexpected(SqlSupport::error(q.lastError(), refundLogFailure()));
    q.bindValue(0, refund.at.toMSecsSinceEpoch());
    q.bindValue(1, refund.operatorName);
    q.bindValue(2, refund.entryId);
    q.bindValue(3, refund.amountMinor);
    q.bindValue(4, refund.currency);
    q.bindValue(5,
                refund.approvedBy.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(refund.approvedBy));
    return SqlSupport::exec(q, refundLogFailure());
}

Result<qint64> AccountStore::refundedSince(const QString &operatorName, const QString &currency,
                                           const QDateTime &since)
{
    QSqlQuery q(m_db.database());
    if (!q.prepare(QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM refund_log WHERE "
                                  "operator = ? AND at >= ? AND currency = ?")))
        return std::unexpected(SqlSupport::error(q.lastError(), refundLogFailure()));
    q.bindValue(0, operatorName);
    q.bindValue(1, since.toMSecsSinceEpoch());
    q.bindValue(2, currency);
    if (auto done = SqlSupport::exec(q, refundLogFailure()); !done)
        return std::unexpected(done.error());
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<RefundLogEntry>> AccountStore::refunds(const QDateTime &since)
{
    QSqlQuery q(m_db.database());
    if (!q.prepare(QStringLiteral("SELECT at, operator, entry_id, amount_minor, currency, "
                                  "approved_by FROM refund_log WHERE at >= ? ORDER BY at, id")))
        return std::unexpected(SqlSupport::error(q.lastError(), refundLogFailure()));
    q.bindValue(0, since.toMSecsSinceEpoch());
    if (auto done = SqlSupport::exec(q, refundLogFailure()); !done)
        return std::unexpected(done.error());
    QList<RefundLogEntry> out;
    while (q.next())
        out << RefundLogEntry {
            SqlSupport::timeFrom(q.value(0)), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toLongLong(),          q.value(4).toString(), q.value(5).toString()
        };
    return out;
}

} // namespace pavt
