// SPDX-License-Identifier: MIT
// pavt-cli status, refund and transactions: one call (or one per page) to the gateway.
#include "cli/commandline.h"
#include "core/service/chargeservice.h"
#include "core/service/sessionservice.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace pavt::cli {

int CommandLine::runStatus(const QString &id, const GatewayConfig &config)
{
    const auto credentials = loadCredentials();
    if (!credentials)
        return ExitUsage;
    m_session->audit(QString::fromLatin1(AuditEvent::StatusLookedUp),
                     { { QStringLiteral("transaction"), id.trimmed().left(128) } });
    const GatewayOutcome outcome
        = await([&](GatewayClient &client, QObject *ctx,
                    GatewayClient::Callback cb) { client.status(id, ctx, cb); },
                *credentials, config);
    printOutcome(outcome, QStringLiteral("status"));
    return exitCodeFor(outcome);
}

int CommandLine::runRefund(const CommandOptions &options, const QString &id, const QString &reason,
                           TerminalSettings &settings, const GatewayConfig &config)
{
    qint64 amountMinor = 0;
    if (options.parser.isSet(options.amount)) {
        bool ok = false;
        amountMinor = options.parser.value(options.amount).trimmed().toLongLong(&ok);
        if (!ok || amountMinor <= 0)
            return usageError(tr("--amount takes a whole number of minor units above zero."));
    }
    const auto credentials = loadCredentials();
    if (!credentials)
        return ExitUsage;
    // Checked first: a damaged journal refunds nothing (ChargeService refuses).
    auto journal = openJournal(settings, JournalConfig::HealthCheck::AtOpen, true);
    if (!journal && amountMinor > 0)
        return ExitUsage; // a partial refund needs the charge in the journal (why: on stderr)
    if (!journal) {
        // Without the journal (the reason is on stderr) nothing is known of the charge: the refund
        // is sent as before, and the gateway decides.
        const GatewayOutcome outcome
            = await([&](GatewayClient &client, QObject *ctx,
                        GatewayClient::Callback cb) { client.refund(id, reason, ctx, cb); },
                    *credentials, config);
        printOutcome(outcome, QStringLiteral("refund"));
        return exitCodeFor(outcome);
    }
    // The service's way: a charge of the journal is recorded as being refunded, sent and settled;
    // one of the other environment (test / live) is refused; one the journal does not have, or
    // cannot refund (already refunded, declined), is sent and the gateway decides.
    QNetworkAccessManager network;
    GatewayClient client(&network, *credentials, config);
    ChargeService service(journal.get(), &client);
    service.setSession(m_session.get()); // the role, the limit and the approval; audited
    std::optional<RefundResult> result;
    QEventLoop loop;
    const auto finish = [&](const RefundResult &r) {
        result = r;
        loop.quit();
    };
    auto sent = service.refundTransaction(id, reason, &loop, finish, nullptr, amountMinor);
    if (!sent && sent.error().code == u"approval_required") {
        // Above the role's limit: a supervisor approves it on this seat (--approver).
        const auto approved = approval(options, ChargeService::refundSubject(id), sent.error());
        if (!approved)
            return ExitUsage;
        sent = service.refundTransaction(id, reason, &loop, finish, &*approved, amountMinor);
    }
    if (!sent) {
        if (sent.error().code == u"not_allowed" || sent.error().code == u"approval_required")
            return refusal(sent.error());
        return usageError(sent.error().message); // nothing was sent
    }
    if (!result)
        loop.exec();
    if (result->journalRetrying) {
        awaitJournal(service, *result->journalError);
    } else if (result->journalError) {
        m_err << "pavt-cli: "
              << tr("warning: the refund could not be written to the journal: %1")
                     .arg(result->journalError->message)
              << '\n';
        m_err.flush();
    }
    printOutcome(result->outcome, QStringLiteral("refund"));
    return exitCodeFor(result->outcome);
}

int CommandLine::runTransactions(const CommandOptions &options, const GatewayConfig &config)
{
    const QCommandLineParser &parser = options.parser;
    const QDate from = QDate::fromString(parser.value(options.from), Qt::ISODate);
    const QDate to = QDate::fromString(parser.value(options.to), Qt::ISODate);
    if (!from.isValid() || !to.isValid() || from > to)
        return usageError(
            tr("transactions needs --from YYYY-MM-DD --to YYYY-MM-DD, from on or before to."));
    const auto credentials = loadCredentials();
    if (!credentials)
        return ExitUsage;
    QList<TransactionInfo> all;
    GatewayOutcome outcome;
    QString cursor;
    for (int page = 0; page < 1000; ++page) { // every page, bounded
        outcome = await(
            [&](GatewayClient &client, QObject *ctx, GatewayClient::Callback cb) {
                client.transactions(from, to, cursor, true, ctx, cb);
            },
            *credentials, config);
        if (outcome.kind != OutcomeKind::Listed)
            break;
        all += outcome.transactions;
        if (!outcome.page.hasNextPage || outcome.page.nextCursor.isEmpty()
            || outcome.page.nextCursor == cursor)
            break;
        cursor = outcome.page.nextCursor;
    }
    if (outcome.kind != OutcomeKind::Listed) {
        printOutcome(outcome, QStringLiteral("transactions"));
        return exitCodeFor(outcome);
    }
    if (m_json) {
        QJsonArray list;
        for (const TransactionInfo &t : all)
            list.append(transactionJson(t));
        QJsonObject json = outcomeJson(outcome);
        // "approved" as pavt-cli 0.1 wrote it for a list that was read (docs/cli.md): scripts
        // test it. Inside the terminal the list's outcome is OutcomeKind::Listed.
        json.insert(QStringLiteral("outcome"), QStringLiteral("approved"));
        json.insert(QStringLiteral("transactions"), list);
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const TransactionInfo &t : all)
            m_out << t.transactionDate << '\t' << t.transactionId << '\t' << t.orderId << '\t'
                  << t.status << '\t' << t.amount << ' ' << t.currency << '\t' << t.maskedCard
                  << '\t' << t.firstName << ' ' << t.lastName << '\n';
        m_out << tr("%n transaction(s).", nullptr, int(all.size())) << '\n';
    }
    m_out.flush();
    return ExitOk;
}

} // namespace pavt::cli
