// SPDX-License-Identifier: MIT
// pavt-cli reconcile: every open entry of the journal looked up once at the gateway.
#include "cli/commandline.h"
#include "core/journal/reconciler.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTimer>

namespace pavt::cli {

int CommandLine::runReconcile(TerminalSettings &settings, const GatewayConfig &config)
{
    const auto credentials = loadCredentials();
    if (!credentials)
        return ExitUsage;
    auto journal = openJournal(settings, JournalConfig::HealthCheck::AtOpen);
    if (!journal)
        return ExitUsage;
    if (auto unhealthy = journal->healthError())
        return usageError(unhealthy->message);
    QNetworkAccessManager network;
    GatewayClient client(&network, *credentials, config);
    if (auto error = client.configurationError())
        return usageError(error->message);
    if (auto recovered = journal->recoverAbandoned(); !recovered)
        return usageError(recovered.error().message);
    auto open = journal->entriesToReconcile(environmentId(client.environment()));
    if (!open)
        return usageError(open.error().message);
    ReconcilerPolicy policy;
    policy.firstDelay = std::chrono::milliseconds(0);
    Reconciler reconciler(journal.get(), &client, policy);
    // One lookup each: done when every entry has been written once.
    QSet<qint64> waiting;
    for (const JournalEntry &e : std::as_const(*open))
        waiting.insert(e.id);
    QEventLoop loop;
    connect(&reconciler, &Reconciler::entryUpdated, &loop, [&](const JournalEntry &e) {
        waiting.remove(e.id);
        if (waiting.isEmpty())
            loop.quit();
    });
    connect(&reconciler, &Reconciler::errorOccurred, &loop,
            [&](const Error &error) { m_err << "pavt-cli: " << error.message << '\n'; });
    for (qint64 id : std::as_const(waiting))
        reconciler.checkNow(id);
    QTimer::singleShot(
        std::min<qint64>(600000, qint64(config.timeoutMs) * 3 * (waiting.size() + 1)), &loop,
        &QEventLoop::quit);
    if (!waiting.isEmpty())
        loop.exec();
    reconciler.stop();
    QJsonArray array;
    int stillOpen = 0;
    for (const JournalEntry &before : std::as_const(*open)) {
        auto now = journal->entry(before.id);
        const JournalEntry e = now && *now ? **now : before;
        if (needsReconciliation(e.outcome) || e.refundState == RefundState::Requested)
            ++stillOpen;
        if (m_json)
            array.append(entryJson(e));
        else
            m_out << entryLine(e) << '\n';
    }
    if (m_json)
        m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    else
        m_out
            << tr("%n entries looked up; %1 still open.", nullptr, int(open->size())).arg(stillOpen)
            << '\n';
    m_out.flush();
    return ExitOk;
}

} // namespace pavt::cli
