// SPDX-License-Identifier: MIT
// pavt-cli report: the end-of-day report, counts and totals of one day per currency and outcome,
// and the day's refunds (docs/cli.md).
#include "cli/commandline.h"
#include "core/service/sessionservice.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pavt::cli {

int CommandLine::runReport(const CommandOptions &options, TerminalSettings &settings)
{
    QDate day = QDate::currentDate();
    if (options.parser.isSet(options.day)) {
        day = QDate::fromString(options.parser.value(options.day), Qt::ISODate);
        if (!day.isValid())
            return usageError(tr("--day takes a day as YYYY-MM-DD."));
    }
    auto journal = openJournal(settings, JournalConfig::HealthCheck::None); // reads only
    if (!journal)
        return ExitUsage;
    JournalQuery query;
    query.from = day.startOfDay().toUTC();
    query.to = day.addDays(1).startOfDay().toUTC();
    auto totals = journal->totals(query);
    if (!totals)
        return usageError(totals.error().message);
    auto refunds = m_session->accounts().refunds(query.from);
    if (!refunds)
        return usageError(refunds.error().message);
    qint64 entries = 0;
    for (const JournalTotal &t : std::as_const(*totals))
        entries += t.count;
    m_session->audit(QString::fromLatin1(AuditEvent::ReportMade),
                     { { QStringLiteral("day"), day.toString(Qt::ISODate) },
                       { QStringLiteral("rows"), entries } });
    if (m_json) {
        QJsonArray lines;
        for (const JournalTotal &t : std::as_const(*totals))
            lines.append(QJsonObject { { QStringLiteral("currency"), t.currency },
                                       { QStringLiteral("outcome"), entryOutcomeId(t.outcome) },
                                       { QStringLiteral("count"), t.count },
                                       { QStringLiteral("amount_minor"), t.amountMinor } });
        QJsonArray refunded;
        for (const RefundLogEntry &r : std::as_const(*refunds)) {
            if (r.at >= query.to)
                continue;
            refunded.append(QJsonObject { { QStringLiteral("entry_id"), r.entryId },
                                          { QStringLiteral("operator"), r.operatorName },
                                          { QStringLiteral("amount_minor"), r.amountMinor },
                                          { QStringLiteral("currency"), r.currency },
                                          { QStringLiteral("approved_by"), r.approvedBy } });
        }
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("day"), day.toString(Qt::ISODate) },
                                             { QStringLiteral("entries"), entries },
                                             { QStringLiteral("totals"), lines },
                                             { QStringLiteral("refunds"), refunded } })
                     .toJson(QJsonDocument::Compact)
              << '\n';
        m_out.flush();
        return ExitOk;
    }
    m_out << tr("End-of-day report for %1: %n charge(s).", nullptr, int(entries))
                 .arg(day.toString(Qt::ISODate))
          << '\n';
    for (const JournalTotal &t : std::as_const(*totals))
        m_out << entryOutcomeId(t.outcome) << '\t' << t.count << '\t'
              << moneyText(t.amountMinor, t.currency) << '\n';
    int refundCount = 0;
    for (const RefundLogEntry &r : std::as_const(*refunds)) {
        if (r.at >= query.to)
            continue;
        ++refundCount;
        m_out << "refund\t" << r.entryId << '\t' << r.operatorName << '\t'
              << moneyText(r.amountMinor, r.currency)
              << (r.approvedBy.isEmpty() ? QString() : u'\t' + r.approvedBy) << '\n';
    }
    m_out << tr("%n refund(s) asked for that day.", nullptr, refundCount) << '\n';
    m_out.flush();
    return ExitOk;
}

} // namespace pavt::cli
