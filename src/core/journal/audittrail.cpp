// SPDX-License-Identifier: MIT
#include "core/journal/audittrail.h"

#include "core/journal/journalentry.h"
#include "core/journal/securityschema.h"
#include "core/journal/sqlsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/evp.h>

#include <algorithm>
#include <limits>

namespace pavt {

namespace {

QString writeFailure()
{
    return QCoreApplication::translate("pavt::Audit", "The audit trail could not be written: %1");
}

QString readFailure()
{
    return QCoreApplication::translate("pavt::Audit", "The audit trail could not be read: %1");
}

constexpr int PageSize = 20000;

QJsonValue sanitised(const QJsonValue &value)
{
    if (value.isString())
        return sanitizeJournalText(value.toString(), 500);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(sanitised(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(sanitizeJournalText(it.key(), 64), sanitised(it.value()));
        return out;
    }
    return value;
}

// SHA-256 with one reusable context (the chain is walked a million records at a time).
class Sha256
{
public:
    Sha256() : m_ctx(EVP_MD_CTX_new()) { }
    ~Sha256() { EVP_MD_CTX_free(m_ctx); }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    // Lower-case hex of the digest; empty when OpenSSL fails.
    QByteArray hex(const QByteArray &data)
    {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        if (!m_ctx || EVP_DigestInit_ex(m_ctx, m_md, nullptr) != 1
            || EVP_DigestUpdate(m_ctx, data.constData(), size_t(data.size())) != 1
            || EVP_DigestFinal_ex(m_ctx, md, &length) != 1)
            return {};
        return QByteArray(reinterpret_cast<const char *>(md), int(length)).toHex();
    }

private:
    EVP_MD_CTX *m_ctx;
    const EVP_MD *m_md = EVP_sha256();
};

void appendBytes(QByteArray &out, QByteArrayView utf8)
{
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += '\n';
}

// The hash (hex) of a record after `previousHash` (hex): over a versioned, length-prefixed encoding
// of its content, the text fields in UTF-8. One function for append() and verify(), which feeds
// it the columns as read.
QByteArray contentHash(Sha256 &sha, QByteArrayView previousHash, qint64 seq, qint64 atMs,
                       QByteArrayView seat, QByteArrayView operatorName, QByteArrayView event,
                       QByteArrayView details)
{
    QByteArray content;
    content.reserve(160 + seat.size() + operatorName.size() + event.size() + details.size());
    content += "pavt-audit-v1\n";
    content += previousHash;
    content += '\n';
    content += QByteArray::number(seq);
    content += '\n';
    content += QByteArray::number(atMs);
    content += '\n';
    appendBytes(content, seat);
    appendBytes(content, operatorName);
    appendBytes(content, event);
    appendBytes(content, details);
    return sha.hex(content);
}

QString hashWith(Sha256 &sha, const QString &previousHash, const AuditRecord &r)
{
    return QString::fromLatin1(
        contentHash(sha, previousHash.toLatin1(), r.seq, r.at.toMSecsSinceEpoch(), r.seat.toUtf8(),
                    r.operatorName.toUtf8(), r.event.toUtf8(), r.details.toUtf8()));
}

AuditRecord recordFrom(const QSqlQuery &q)
{
    AuditRecord r;
    r.seq = q.value(0).toLongLong();
    r.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    r.seat = q.value(2).toString();
    r.operatorName = q.value(3).toString();
    r.event = q.value(4).toString();
    r.details = q.value(5).toString();
    r.hash = q.value(6).toString();
    return r;
}

const QString RecordColumns = QStringLiteral("seq, at, seat, operator, event, details, hash");

} // namespace

QJsonObject AuditRecord::detailsObject() const
{
    return QJsonDocument::fromJson(details.toUtf8()).object();
}

AuditTrail::AuditTrail(JournalDatabase &db) : m_db(db) { }

AuditTrail::~AuditTrail() = default;

Result<AuditVerification> AuditTrail::verifyJournal(const JournalConfig &config)
{
    auto db = JournalDatabase::open(config, QStringLiteral("audit-verify"), false);
    if (!db)
        return std::unexpected(db.error());
    AuditTrail trail(**db);
    return trail.verify();
}

QString AuditTrail::hashOf(const QString &previousHash, const AuditRecord &record)
{
    Sha256 sha;
    return hashWith(sha, previousHash, record);
}

Result<QSqlQuery *> AuditTrail::statement(int which, const QString &sql)
{
    if (!m_statements[which]) {
        auto q = std::make_unique<QSqlQuery>(m_db.database());
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return std::unexpected(SqlSupport::error(q->lastError(), writeFailure()));
        m_statements[which] = std::move(q);
    }
    return m_statements[which].get();
}

Result<AuditRecord> AuditTrail::append(const QDateTime &at, const QString &seat,
                                       const QString &operatorName, const QString &event,
                                       const QJsonObject &details)
{
    AuditRecord r;
    r.at = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    r.seat = sanitizeJournalText(seat, 255);
    r.operatorName = sanitizeJournalText(operatorName, 100);
    r.event = sanitizeJournalText(event, 64);
    r.details = QString::fromUtf8(
        QJsonDocument(sanitised(details).toObject()).toJson(QJsonDocument::Compact));
    if (r.details.size() > 2000)
        r.details
            = QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("truncated"), true } })
                                    .toJson(QJsonDocument::Compact));
    const bool pg = m_db.backend() == JournalBackend::PostgreSQL;
    auto head = statement(0,
                          pg ? QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1 FOR "
                                              "UPDATE")
                             : QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    auto insert
        = statement(1,
                    QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?)")
                        .arg(RecordColumns));
    auto move
        = statement(2, QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"));
    if (!head || !insert || !move)
        return std::unexpected(!head ? head.error() : !insert ? insert.error() : move.error());
    if (auto begun = SqlSupport::begin(m_db, writeFailure()); !begun)
        return std::unexpected(begun.error());
    QSqlQuery &h = **head;
    if (auto done = SqlSupport::exec(h, writeFailure()); !done || !h.next()) {
        const Error e = done ? Error { QStringLiteral("journal_sql"),
                                       writeFailure().arg(QCoreApplication::translate(
                                           "pavt::Audit", "the trail's head row is missing")) }
                             : done.error();
        h.finish();
        SqlSupport::rollback(m_db);
        return std::unexpected(e);
    }
    const qint64 last = h.value(0).toLongLong();
    const QString previous = h.value(1).toString();
    h.finish();
    r.seq = last + 1;
    r.hash = hashOf(previous, r);
    QSqlQuery &i = **insert;
    const QVariantList binds {
        r.seq, r.at.toMSecsSinceEpoch(), r.seat, r.operatorName, r.event, r.details, r.hash
    };
    for (int n = 0; n < binds.size(); ++n)
        i.bindValue(n, binds.at(n));
    if (auto done = SqlSupport::exec(i, writeFailure()); !done) {
        i.finish();
        SqlSupport::rollback(m_db);
        return std::unexpected(done.error());
    }
    i.finish();
    QSqlQuery &m = **move;
    m.bindValue(0, r.seq);
    m.bindValue(1, r.hash);
    if (auto done = SqlSupport::exec(m, writeFailure()); !done) {
        m.finish();
        SqlSupport::rollback(m_db);
        return std::unexpected(done.error());
    }
    m.finish();
    if (auto done = SqlSupport::commit(m_db, writeFailure()); !done)
        return std::unexpected(done.error());
    return r;
}

Result<std::pair<qint64, QString>> AuditTrail::head()
{
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1")))
        return std::unexpected(SqlSupport::error(q.lastError(), readFailure()));
    if (!q.next())
        return std::pair<qint64, QString>(0, QString::fromLatin1(AuditGenesisHash));
    return std::pair<qint64, QString>(q.value(0).toLongLong(), q.value(1).toString());
}

Result<QList<AuditRecord>> AuditTrail::list(const AuditQuery &query)
{
    QStringList where;
    QVariantList binds;
    if (query.from.isValid()) {
        where << QStringLiteral("at >= ?");
        binds << query.from.toMSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        where << QStringLiteral("at < ?");
        binds << query.to.toMSecsSinceEpoch();
    }
    QString sql = QStringLiteral("SELECT %1 FROM audit_log").arg(RecordColumns);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += query.limit > 0 ? QStringLiteral(" ORDER BY seq DESC LIMIT %1").arg(query.limit)
                           : QStringLiteral(" ORDER BY seq");
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return std::unexpected(SqlSupport::error(q.lastError(), readFailure()));
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (auto done = SqlSupport::exec(q, readFailure()); !done)
        return std::unexpected(done.error());
    QList<AuditRecord> out;
    while (q.next())
        out << recordFrom(q);
    if (query.limit > 0)
        std::reverse(out.begin(), out.end());
    return out;
}

Result<AuditVerification>
AuditTrail::verify(const std::optional<std::pair<qint64, QString>> &expected,
                   const std::function<void(qint64)> &progress)
{
    AuditVerification v;
    auto head = this->head();
    if (!head)
        return std::unexpected(head.error());
    v.headSeq = head->first;
    v.headHash = head->second;
    const auto broken = [&v](qint64 seq, const QString &problem) {
        if (v.firstBroken == 0) {
            v.firstBroken = seq;
            v.problem = problem;
        }
    };
    Sha256 sha;
    QByteArray previous(AuditGenesisHash); // hex, as stored
    qint64 expectedSeq = 1;
    qint64 lastSeq = 0;
    bool expectedSeen = false;
    QSqlQuery q(m_db.database());
    q.setForwardOnly(true);
    // The text columns as their UTF-8 bytes, which is what is hashed: SQLite hands out its own
    // bytes for a BLOB (no conversion to QString and back, a third of the time of a long walk).
    bool sqlite = m_db.backend() == JournalBackend::SQLite;
    if (sqlite) {
        // Only when the database keeps its text in UTF-8 (every journal this program made).
        QSqlQuery encoding(m_db.database());
        sqlite = encoding.exec(QStringLiteral("PRAGMA encoding")) && encoding.next()
            && encoding.value(0).toString() == u"UTF-8";
    }
    const QString columns = sqlite
        ? QStringLiteral("seq, at, CAST(seat AS BLOB), CAST(operator AS BLOB), CAST(event AS "
                         "BLOB), CAST(details AS BLOB), hash")
        : RecordColumns;
    const auto text = [&q, sqlite](int column) {
        return sqlite ? q.value(column).toByteArray() : q.value(column).toString().toUtf8();
    };
    if (!q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? ORDER BY seq LIMIT %2")
                       .arg(columns)
                       .arg(PageSize)))
        return std::unexpected(SqlSupport::error(q.lastError(), readFailure()));
    qint64 after = std::numeric_limits<qint64>::min();
    while (true) {
        q.bindValue(0, after);
        if (auto done = SqlSupport::exec(q, readFailure()); !done)
            return std::unexpected(done.error());
        int rows = 0;
        while (q.next()) {
            ++rows;
            // The columns as read, without an AuditRecord (a million of them are walked at once).
            struct
            {
                qint64 seq;
                QString hash;
            } r { q.value(0).toLongLong(), q.value(6).toString() };
            after = r.seq;
            ++v.records;
            if (v.firstBroken == 0) {
                if (r.seq != expectedSeq) {
                    broken(expectedSeq,
                           r.seq > expectedSeq
                               ? QCoreApplication::translate(
                                     "pavt::Audit",
                                     "Record %1 is missing: it was deleted, or the records "
                                     "after it were renumbered.")
                                     .arg(expectedSeq)
                               : QCoreApplication::translate("pavt::Audit",
                                                             "Record %1 is out of order.")
                                     .arg(r.seq));
                } else if (const QByteArray computed
                           = contentHash(sha, previous, r.seq, q.value(1).toLongLong(), text(2),
                                         text(3), text(4), text(5));
                           QLatin1StringView(computed) != r.hash) {
                    broken(r.seq,
                           QCoreApplication::translate(
                               "pavt::Audit",
                               "Record %1 does not match its hash: it was changed, or a record "
                               "before it was removed, inserted or moved.")
                               .arg(r.seq));
                }
            }
            if (expected && r.seq == expected->first) {
                expectedSeen = true;
                if (r.hash != expected->second)
                    broken(r.seq,
                           QCoreApplication::translate(
                               "pavt::Audit",
                               "Record %1 does not carry the head hash exported earlier: the "
                               "trail was rewritten from there on.")
                               .arg(r.seq));
            }
            previous = r.hash.toLatin1();
            expectedSeq = r.seq + 1;
            lastSeq = r.seq;
        }
        q.finish();
        if (progress)
            progress(v.records);
        if (rows < PageSize)
            break;
    }
    if (v.headSeq > lastSeq)
        broken(lastSeq + 1,
               QCoreApplication::translate("pavt::Audit",
                                           "Records %1 to %2 are missing: the last records of the "
                                           "trail were deleted.")
                   .arg(lastSeq + 1)
                   .arg(v.headSeq));
    else if (v.headSeq < lastSeq)
        broken(v.headSeq + 1,
               QCoreApplication::translate("pavt::Audit",
                                           "Record %1 and those after it were added behind the "
                                           "trail's head, not by the terminal.")
                   .arg(v.headSeq + 1));
    else if (v.headSeq > 0 && v.headHash != QLatin1StringView(previous))
        broken(
            v.headSeq,
            QCoreApplication::translate("pavt::Audit", "Record %1 does not match the trail's head.")
                .arg(v.headSeq));
    if (expected && !expectedSeen && expected->first > 0)
        broken(expected->first,
               QCoreApplication::translate("pavt::Audit",
                                           "Record %1 of the head hash exported earlier is gone.")
                   .arg(expected->first));
    return v;
}

} // namespace pavt
