// SPDX-License-Identifier: MIT
// pavt-cli reconcile: every open entry of the journal looked up once at the gateway.
#include "cli/commandline.h"
#include "core/journal/linkentry.h"
#include "core/journal/linkfollower.h"
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
    // A payment by link is the link follower's (below), unless a refund of it is waiting.
    open->removeIf([](const JournalEntry &e) {
        return isLink(e.kind) && e.refundState != RefundState::Requested;
    });
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

    // The open payments by link: one walk of the transaction list for all of them (and their
    // expiry); the reconciler leaves them to the follower.
    QList<JournalEntry> links;
    {
        const JournalQuery query = openLinksQuery(environmentId(client.environment()));
        auto found = journal->database().forEach(query, 500, nullptr,
                                                 [&links](const QList<JournalEntry> &page) {
                                                     links += page;
                                                     return true;
                                                 });
        if (!found)
            return usageError(found.error().message);
    }
    if (!links.isEmpty()) {
        LinkFollower follower(journal.get(), &client, policy);
        QEventLoop walked;
        connect(&follower, &LinkFollower::pollFinished, &walked, &QEventLoop::quit);
        connect(&follower, &LinkFollower::errorOccurred, &walked,
                [&](const Error &error) { m_err << "pavt-cli: " << error.message << '\n'; });
        QTimer::singleShot(std::min<qint64>(600000, qint64(config.timeoutMs) * 10), &walked,
                           &QEventLoop::quit);
        follower.pollNow();
        if (follower.isBusy())
            walked.exec();
    }
    QSet<qint64> listed;
    for (const JournalEntry &e : std::as_const(*open))
        listed.insert(e.id);
    for (const JournalEntry &e : std::as_const(links))
        if (!listed.contains(e.id))
            open->append(e);

    QJsonArray array;
    int stillOpen = 0;
    for (const JournalEntry &before : std::as_const(*open)) {
        auto now = journal->entry(before.id);
        const JournalEntry e = now && *now ? **now : before;
        const bool openLink = isLink(e.kind) && isOpenLink(e.outcome);
        if ((!isLink(e.kind) && needsReconciliation(e.outcome)) || openLink
            || e.refundState == RefundState::Requested)
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
