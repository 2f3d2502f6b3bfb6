// SPDX-License-Identifier: MIT
// pavt-cli audit: the audit trail listed, its head, and its hash chain verified (docs/cli.md).
#include "cli/commandline.h"
#include "core/service/sessionservice.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pavt::cli {

namespace {

constexpr int ExitAuditBroken = 7;

QJsonObject recordJson(const AuditRecord &r)
{
    return QJsonObject { { QStringLiteral("seq"), r.seq },
                         { QStringLiteral("at"), r.at.toString(Qt::ISODateWithMs) },
                         { QStringLiteral("seat"), r.seat },
                         { QStringLiteral("operator"), r.operatorName },
                         { QStringLiteral("event"), r.event },
                         { QStringLiteral("details"), r.detailsObject() },
                         { QStringLiteral("hash"), r.hash } };
}

} // namespace

int CommandLine::runAudit(const CommandOptions &options, const QStringList &args)
{
    const QString sub = args.value(1);
    const QCommandLineParser &parser = options.parser;
    if (sub.isEmpty() || sub == u"list") {
        AuditQuery query;
        if (parser.isSet(options.from)) {
            const QDate from = QDate::fromString(parser.value(options.from), Qt::ISODate);
            if (!from.isValid())
                return usageError(tr("--from takes a day as YYYY-MM-DD."));
            query.from = from.startOfDay().toUTC();
        }
        if (parser.isSet(options.to)) {
            const QDate to = QDate::fromString(parser.value(options.to), Qt::ISODate);
            if (!to.isValid())
                return usageError(tr("--to takes a day as YYYY-MM-DD."));
            query.to = to.addDays(1).startOfDay().toUTC();
        }
        if (parser.isSet(options.limit)) {
            bool ok = false;
            query.limit = parser.value(options.limit).toInt(&ok);
            if (!ok || query.limit < 0)
                return usageError(tr("--limit takes a number of entries (0: all)."));
        }
        auto records = m_session->auditTrail().list(query);
        if (!records)
            return usageError(records.error().message);
        if (m_json) {
            QJsonArray array;
            for (const AuditRecord &r : std::as_const(*records))
                array.append(recordJson(r));
            m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
        } else {
            for (const AuditRecord &r : std::as_const(*records))
                m_out << r.seq << '\t' << r.at.toLocalTime().toString(Qt::ISODateWithMs) << '\t'
                      << r.seat << '\t'
                      << (r.operatorName.isEmpty() ? QStringLiteral("-") : r.operatorName) << '\t'
                      << r.event << '\t' << r.details << '\n';
            m_out << tr("%n record(s).", nullptr, int(records->size())) << '\n';
        }
        m_out.flush();
        return ExitOk;
    }
    if (sub == u"head") {
        auto head = m_session->auditTrail().head();
        if (!head)
            return usageError(head.error().message);
        if (m_json)
            m_out << QJsonDocument(QJsonObject { { QStringLiteral("seq"), head->first },
                                                 { QStringLiteral("hash"), head->second } })
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        else
            m_out << head->first << ':' << head->second << '\n';
        m_out.flush();
        return ExitOk;
    }
    if (sub == u"verify") {
        std::optional<std::pair<qint64, QString>> expected;
        if (parser.isSet(options.head)) {
            const QString text = parser.value(options.head).trimmed();
            bool ok = false;
            const qint64 seq = text.section(u':', 0, 0).toLongLong(&ok);
            const QString hash = text.section(u':', 1).toLower();
            if (!ok || seq < 0 || hash.size() != 64)
                return usageError(tr("--head takes SEQ:HASH as audit head prints it."));
            expected = std::pair<qint64, QString>(seq, hash);
        }
        auto v = m_session->verifyAudit(expected);
        if (!v)
            return refusal(v.error());
        if (m_json) {
            m_out << QJsonDocument(QJsonObject { { QStringLiteral("outcome"),
                                                   v->isIntact() ? QStringLiteral("intact")
                                                                 : QStringLiteral("broken") },
                                                 { QStringLiteral("records"), v->records },
                                                 { QStringLiteral("first_broken"),
                                                   v->isIntact() ? QJsonValue()
                                                                 : QJsonValue(v->firstBroken) },
                                                 { QStringLiteral("message"), v->problem },
                                                 { QStringLiteral("head_seq"), v->headSeq },
                                                 { QStringLiteral("head_hash"), v->headHash } })
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        } else if (v->isIntact()) {
            m_out << tr("The audit trail is intact: %n record(s); its head is %1:%2.", nullptr,
                        int(v->records))
                         .arg(v->headSeq)
                         .arg(v->headHash)
                  << '\n';
        } else {
            m_out << tr("The audit trail is broken at record %1: %2")
                         .arg(v->firstBroken)
                         .arg(v->problem)
                  << '\n';
        }
        m_out.flush();
        return v->isIntact() ? int(ExitOk) : ExitAuditBroken;
    }
    return usageError(tr("audit takes list, head or verify."));
}

} // namespace pavt::cli
