// SPDX-License-Identifier: MIT
// pavt-cli refund --batch FILE [--result FILE] [--yes]: refunds from a CSV file (docs/cli.md).
#include "cli/commandline.h"
#include "core/service/batchrefund.h"
#include "core/service/chargeservice.h"
#include "core/service/sessionservice.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSaveFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace pavt::cli {

bool CommandLine::confirm(const QString &question)
{
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        m_err << question << ' ' << tr("[y/N]") << ' ';
        m_err.flush();
        char answer[16] = {};
        if (!std::fgets(answer, sizeof answer, stdin))
            return false;
        return answer[0] == 'y' || answer[0] == 'Y';
    }
#endif
    Q_UNUSED(question);
    usageError(tr("Nothing was refunded: confirm with --yes when there is no terminal to ask on."));
    return false;
}

int CommandLine::runRefundBatch(const CommandOptions &options, TerminalSettings &settings,
                                const GatewayConfig &config)
{
    const QCommandLineParser &parser = options.parser;
    const QString path = parser.value(options.batch);
    const QString resultPath = parser.isSet(options.result) ? parser.value(options.result)
                                                            : path + QStringLiteral(".result.csv");
    const auto credentials = loadCredentials();
    if (!credentials)
        return ExitUsage;
    auto journal = openJournal(settings, JournalConfig::HealthCheck::AtOpen);
    if (!journal)
        return ExitUsage;
    QNetworkAccessManager network;
    GatewayClient client(&network, *credentials, config);
    ChargeService service(journal.get(), &client);
    service.setSession(m_session.get());
    BatchRefund batch(journal.get(), &client, &service, m_session.get());

    auto preview = batch.preview(path);
    if (!preview) {
        if (preview.error().code == u"not_allowed")
            return refusal(preview.error());
        return usageError(preview.error().message);
    }
    qint64 batchId = 0;
    if (preview->earlier && preview->earlier->finished) {
        return usageError(tr("This file was refunded as batch %1 on %2; nothing is sent again. "
                             "Its result: %3")
                              .arg(preview->earlier->id)
                              .arg(preview->earlier->createdAt.toLocalTime().toString(
                                  QStringLiteral("yyyy-MM-dd HH:mm")))
                              .arg(resultPath));
    }
    if (preview->earlier) {
        batchId = preview->earlier->id;
        auto rows = batch.rows(batchId);
        if (!rows)
            return usageError(rows.error().message);
        const auto open = std::count_if(rows->cbegin(), rows->cend(),
                                        [](const RefundBatchRow &r) { return !isFinal(r.state); });
        m_err << tr("This file is batch %1, interrupted before it finished: %n row(s) are not "
                    "finished; a row whose refund was on its way is looked up at the gateway, "
                    "never sent again.",
                    nullptr, int(open))
                     .arg(batchId)
              << '\n';
        m_err.flush();
        if (!parser.isSet(options.yes) && !confirm(tr("Resume batch %1?").arg(batchId)))
            return ExitUsage;
    } else {
        // The preview: every row, checked, before anything is sent.
        QHash<QString, qint64> totals;
        for (const BatchCheck &c : std::as_const(preview->rows)) {
            const qint64 amount = c.amountMinor > 0 ? c.amountMinor : c.refundableMinor;
            m_err << c.row << '\t' << c.transactionId << '\t'
                  << (c.currency.isEmpty() ? QStringLiteral("-") : moneyText(amount, c.currency))
                  << '\t' << (c.ok ? tr("ok") : c.code + QStringLiteral(": ") + c.message) << '\n';
            if (c.ok)
                totals[c.currency] += amount;
        }
        QStringList sums;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            sums << moneyText(it.value(), it.key());
        sums.sort();
        const int ok = preview->okCount();
        m_err << tr("%n row(s) can be refunded: %1.", nullptr, ok).arg(sums.join(u", ")) << ' '
              << tr("%n row(s) are refused and will not be sent.", nullptr,
                    int(preview->rows.size()) - ok)
              << '\n';
        m_err.flush();
        if (ok == 0)
            return usageError(tr("No row of the file can be refunded."));
        if (!parser.isSet(options.yes) && !confirm(tr("Refund %n charge(s) now?", nullptr, ok)))
            return ExitUsage;
        auto started = batch.start(*preview);
        if (!started)
            return usageError(started.error().message);
        batchId = *started;
    }

    QEventLoop loop;
    QObject::connect(&batch, &BatchRefund::rowFinished, &loop, [this](const RefundBatchRow &r) {
        m_err << r.row << '\t' << r.transactionId << '\t' << batchRowStateId(r.state) << '\t'
              << r.message << '\n';
        m_err.flush();
    });
    QObject::connect(&batch, &BatchRefund::finished, &loop, &QEventLoop::quit);
    batch.run(batchId);
    loop.exec();

    auto rows = batch.rows(batchId);
    if (!rows)
        return usageError(rows.error().message);
    QSaveFile file(resultPath);
    if (!file.open(QIODevice::WriteOnly)) {
        m_err << "pavt-cli: "
              << tr("The result file %1 cannot be written: %2").arg(resultPath, file.errorString())
              << '\n';
    } else if (auto written = BatchRefund::writeResult(*rows, file); !written || !file.commit()) {
        m_err << "pavt-cli: "
              << (written ? tr("The result file %1 cannot be written: %2")
                                .arg(resultPath, file.errorString())
                          : written.error().message)
              << '\n';
    }
    QHash<BatchRowState, int> counts;
    QJsonArray list;
    for (const RefundBatchRow &r : std::as_const(*rows)) {
        counts[r.state] += 1;
        list.append(QJsonObject { { QStringLiteral("row"), r.row },
                                  { QStringLiteral("transaction_id"), r.transactionId },
                                  { QStringLiteral("outcome"), batchRowStateId(r.state) },
                                  { QStringLiteral("message"), r.message } });
    }
    const int refunded = counts.value(BatchRowState::Refunded);
    const int unknown = counts.value(BatchRowState::Unknown);
    const int failed = counts.value(BatchRowState::Failed) + counts.value(BatchRowState::Rejected)
        + counts.value(BatchRowState::Cancelled);
    if (m_json) {
        m_out << QJsonDocument(
                     QJsonObject {
                         { QStringLiteral("batch"), batchId },
                         { QStringLiteral("refunded"), refunded },
                         { QStringLiteral("failed"), counts.value(BatchRowState::Failed) },
                         { QStringLiteral("rejected"), counts.value(BatchRowState::Rejected) },
                         { QStringLiteral("unknown"), unknown },
                         { QStringLiteral("cancelled"), counts.value(BatchRowState::Cancelled) },
                         { QStringLiteral("result_file"), resultPath },
                         { QStringLiteral("rows"), list } })
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        m_out << tr("Batch %1: refunded %2, not refunded %3, unknown %4 (check those at the "
                    "gateway). The result of every row is in %5.")
                     .arg(batchId)
                     .arg(refunded)
                     .arg(failed)
                     .arg(unknown)
                     .arg(resultPath)
              << '\n';
    }
    m_out.flush();
    if (unknown > 0)
        return ExitUnknown;
    return failed > 0 ? ExitDeclined : ExitOk;
}

} // namespace pavt::cli
