// SPDX-License-Identifier: MIT
// pavt-cli settle: the journal matched with the gateway's transaction list for a range of days;
// --apply writes what the gateway alone knew (docs/cli.md).
#include "cli/commandline.h"
#include "core/service/sessionservice.h"
#include "core/service/settlement.h"
#include "core/service/settlementreport.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace pavt::cli {

namespace {

// settle: exit status when something serious was found (the same number as a broken audit trail:
// something a person must look into).
constexpr int ExitSerious = 7;

constexpr SettlementCategory Categories[] = {
    SettlementCategory::Matched,     SettlementCategory::GatewayOnly,
    SettlementCategory::JournalOnly, SettlementCategory::Mismatched,
    SettlementCategory::Refunded,    SettlementCategory::ChargedBack,
    SettlementCategory::Suspicious,
};

QJsonObject itemJson(const SettlementItem &item)
{
    QJsonObject o { { QStringLiteral("transaction_id"), item.transactionId },
                    { QStringLiteral("order_id"), item.orderId },
                    { QStringLiteral("day"), item.day.toString(Qt::ISODate) },
                    { QStringLiteral("amount_minor"), item.amountMinor },
                    { QStringLiteral("currency"), item.currency },
                    { QStringLiteral("status"), item.status },
                    { QStringLiteral("serious"), item.serious } };
    if (item.entryId != 0)
        o.insert(QStringLiteral("entry_id"), item.entryId);
    if (!item.date.isEmpty())
        o.insert(QStringLiteral("date"), item.date);
    if (!item.detail.isEmpty())
        o.insert(QStringLiteral("detail"), item.detail);
    return o;
}

QJsonArray totalsJson(const QList<SettlementTotal> &totals, const QString &keyName)
{
    QJsonArray array;
    for (const SettlementTotal &t : totals)
        array.append(QJsonObject { { keyName, t.key },
                                   { QStringLiteral("currency"), t.currency },
                                   { QStringLiteral("approved_count"), t.approvedCount },
                                   { QStringLiteral("approved_minor"), t.approvedMinor },
                                   { QStringLiteral("refund_count"), t.refundCount },
                                   { QStringLiteral("refund_minor"), t.refundMinor },
                                   { QStringLiteral("chargeback_count"), t.chargebackCount },
                                   { QStringLiteral("chargeback_minor"), t.chargebackMinor },
                                   { QStringLiteral("net_minor"), t.netMinor() } });
    return array;
}

} // namespace

int CommandLine::runSettle(const CommandOptions &options, TerminalSettings &settings,
                           const GatewayConfig &config)
{
    const QCommandLineParser &parser = options.parser;
    const QDate from = QDate::fromString(parser.value(options.from), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(options.to), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to)
        return usageError(
            tr("settle needs --from YYYY-MM-DD --to YYYY-MM-DD, from on or before to."));
    const QString csvPath = parser.value(options.csv);
    if (parser.isSet(options.csv) && csvPath.trimmed().isEmpty())
        return usageError(tr("--csv needs a file name."));
    const bool apply = parser.isSet(options.apply);
    const auto credentials = loadCredentials();
    if (!credentials)
        return ExitUsage;
    auto journal = openJournal(
        settings, apply ? JournalConfig::HealthCheck::AtOpen : JournalConfig::HealthCheck::None);
    if (!journal)
        return ExitUsage;
    if (apply)
        if (auto unhealthy = journal->healthError())
            return usageError(unhealthy->message);
    QNetworkAccessManager network;
    GatewayClient client(&network, *credentials, config);
    if (auto error = client.configurationError())
        return usageError(error->message);

    SettlementOptions settlementOptions;
    settlementOptions.amountUnit = config.wire.amountUnit;
    Settlement settlement(journal.get(), &client, settlementOptions);
    QEventLoop loop;
    connect(&settlement, &Settlement::finished, &loop, &QEventLoop::quit);
    settlement.run(from, to);
    if (settlement.isRunning())
        loop.exec();
    const Result<SettlementReport> &result = settlement.result();
    if (!result)
        return usageError(result.error().message);
    const SettlementReport &report = *result;

    int applied = 0;
    if (apply) {
        auto changed = settlement.apply(report, m_session.get());
        if (!changed)
            return usageError(changed.error().message);
        applied = *changed;
    }
    m_session->audit(QString::fromLatin1(AuditEvent::SettlementMade),
                     { { QStringLiteral("from"), from.toString(Qt::ISODate) },
                       { QStringLiteral("to"), to.toString(Qt::ISODate) },
                       { QStringLiteral("transactions"), report.gatewayTransactions },
                       { QStringLiteral("changes"), qint64(report.changes.size()) },
                       { QStringLiteral("applied"), applied } });

    if (!csvPath.isEmpty())
        if (auto written = saveSettlementCsv(report, csvPath); !written)
            return usageError(written.error().message);

    const bool serious = report.hasSerious();
    if (m_json) {
        QJsonObject o { { QStringLiteral("from"), from.toString(Qt::ISODate) },
                        { QStringLiteral("to"), to.toString(Qt::ISODate) },
                        { QStringLiteral("pages"), report.pages },
                        { QStringLiteral("gateway_transactions"), report.gatewayTransactions },
                        { QStringLiteral("serious"), serious } };
        for (SettlementCategory category : Categories) {
            QJsonArray array;
            for (const SettlementItem &item : report.items)
                if (item.category == category)
                    array.append(itemJson(item));
            o.insert(settlementCategoryId(category), array);
        }
        o.insert(QStringLiteral("totals"),
                 QJsonObject { { QStringLiteral("per_day"),
                                 totalsJson(report.perDay, QStringLiteral("day")) },
                               { QStringLiteral("per_operator"),
                                 totalsJson(report.perOperator, QStringLiteral("operator")) },
                               { QStringLiteral("per_kind"),
                                 totalsJson(report.perKind, QStringLiteral("kind")) } });
        QJsonArray changes;
        for (const SettlementChange &c : report.changes)
            changes.append(QJsonObject { { QStringLiteral("entry_id"), c.entryId },
                                         { QStringLiteral("transaction_id"), c.transactionId },
                                         { QStringLiteral("change"), settlementChangeId(c.kind) },
                                         { QStringLiteral("at"), c.at.toString(Qt::ISODate) } });
        o.insert(QStringLiteral("changes"), changes);
        o.insert(QStringLiteral("applied"), applied);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    } else {
        m_out << tr("Settlement of %1 to %2: %n gateway transaction(s).", nullptr,
                    int(report.gatewayTransactions))
                     .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
              << '\n';
        for (SettlementCategory category : Categories)
            m_out << settlementCategoryId(category) << '\t' << report.count(category) << '\n';
        for (const SettlementItem &item : report.items)
            if (item.serious)
                m_out << tr("serious") << '\t' << settlementCategoryId(item.category) << '\t'
                      << item.transactionId << '\t' << item.orderId << '\t' << item.detail << '\n';
        for (const SettlementTotal &t : report.perDay)
            m_out << "total\t" << t.key << '\t' << t.currency << '\t' << t.approvedCount << '\t'
                  << moneyText(t.approvedMinor, t.currency) << '\t'
                  << moneyText(t.refundMinor, t.currency) << '\t'
                  << moneyText(t.chargebackMinor, t.currency) << '\t'
                  << moneyText(t.netMinor(), t.currency) << '\n';
        for (const SettlementChange &c : report.changes)
            m_out << tr("change") << '\t' << c.description << '\n';
        if (apply)
            m_out << tr("%n journal entries changed.", nullptr, applied) << '\n';
        else if (!report.changes.isEmpty())
            m_out << tr("%n change(s) for the journal; run again with --apply to write them.",
                        nullptr, int(report.changes.size()))
                  << '\n';
        if (!csvPath.isEmpty())
            m_out << tr("Written to %1.").arg(QDir::toNativeSeparators(csvPath)) << '\n';
    }
    m_out.flush();
    return serious ? ExitSerious : int(ExitOk);
}

} // namespace pavt::cli
