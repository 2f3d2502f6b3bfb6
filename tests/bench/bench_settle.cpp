// SPDX-License-Identifier: MIT
// The settlement's benchmark (issue 13): 100,000 gateway transactions (the in-process simulator on
// loopback, 50 a page) against a journal of 1,000,000 entries (pavt::bench::writeJournal). Prints
// the time of the whole run (page waits included) and the peak memory; never fails on timing.
// Targets: at most 5 s and 300 MB.
#include "core/journal/journal.h"
#include "core/service/settlement.h"
#include "sim/gatewaysimulator.h"
#include "support/benchjournal.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTemporaryDir>

#include <cstdio>

using namespace pavt;
using namespace pavt::sim;

namespace {

long statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toLong();
    return -1;
}

// Resets the peak (VmHWM) to the current resident size (Linux: clear_refs 5).
void resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
}

TransactionStatus statusOf(EntryOutcome outcome)
{
    if (outcome == EntryOutcome::Approved)
        return TransactionStatus::Success;
    if (outcome == EntryOutcome::NeedsThreeDS)
        return TransactionStatus::Pending;
    return TransactionStatus::Failed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("pavt.*.info=false"));
    const qint64 journalSize = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const int gatewaySize = argc > 2 ? QByteArray(argv[2]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite3"));
    const QDateTime end(QDate(2025, 12, 1), QTime(0, 0), Qt::UTC);
    QElapsedTimer timer;
    timer.start();
    if (const QString error = bench::writeJournal(path, journalSize, end); !error.isEmpty()) {
        std::fprintf(stderr, "bench_settle: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("journal: %lld entries written in %.1f s\n", journalSize, timer.elapsed() / 1000.0);
    JournalConfig config;
    config.sqlitePath = path;
    auto journal = Journal::open(config);
    if (!journal) {
        std::fprintf(stderr, "bench_settle: %s\n", qPrintable(journal.error().message));
        return 1;
    }

    const QByteArray secret = QByteArrayLiteral("PA_LIVE_"
                                                "bench0settle");
    const QByteArray key = QByteArrayLiteral("0123456789abcdef0123456789ABCDEF");
    SimulatorOptions options;
    options.secretKey = secret;
    options.encryptionKey = key;
    GatewaySimulator simulator(options);
    if (!simulator.start()) {
        std::fprintf(stderr, "bench_settle: %s\n", qPrintable(simulator.errorString()));
        return 1;
    }

    // The range: the last days of the journal, until the gateway holds about 90 % of
    // `gatewaySize` from the journal; the rest are other channels' transactions.
    const QDate to = end.date().addDays(-1);
    QDate from = to;
    qint64 fromJournal = 0;
    timer.restart();
    while (fromJournal < gatewaySize * 9 / 10 && from > to.addDays(-365)) {
        JournalQuery day;
        day.from = from.startOfDay(Qt::UTC);
        day.to = from.addDays(1).startOfDay(Qt::UTC);
        (*journal)->database().forEach(day, 5000, nullptr, [&](const QList<JournalEntry> &page) {
            for (const JournalEntry &e : page) {
                if (e.transactionId.isEmpty())
                    continue;
                TransactionRecord r;
                r.transactionId = e.transactionId;
                r.orderId = e.orderId;
                r.amount = double(e.amountMinor);
                r.currency = e.currency;
                r.status = statusOf(e.outcome);
                r.created = e.createdAt;
                r.cardBrand = QStringLiteral("Visa");
                if (simulator.addTransaction(r)) {
                    ++fromJournal;
                    if (fromJournal % 500 == 0 && r.status == TransactionStatus::Success)
                        simulator.markChargedBack(r.transactionId, e.createdAt.addDays(1));
                    if (fromJournal % 300 == 0 && r.status == TransactionStatus::Success)
                        simulator.markRefunded(r.transactionId, e.createdAt.addDays(1));
                }
            }
            return true;
        });
        from = from.addDays(-1);
    }
    from = from.addDays(1);
    SeedOptions seed;
    seed.count = int(gatewaySize - fromJournal);
    seed.from = from;
    seed.to = to;
    seed.otherChannelPercent = 100;
    simulator.seedTransactions(seed);
    std::printf(
        "gateway: %d transactions (%lld from the journal) over %s to %s, set up in %.1f s\n",
        simulator.transactionCount(), fromJournal, qPrintable(from.toString(Qt::ISODate)),
        qPrintable(to.toString(Qt::ISODate)), timer.elapsed() / 1000.0);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    GatewayConfig gc;
    gc.baseUrl = simulator.baseUrl();
    GatewayClient client(&network, Credentials { SecretBytes(secret), SecretBytes(key) }, gc);
    SettlementOptions so;
    so.zone = QTimeZone::utc();
    Settlement settlement(journal->get(), &client, so);

    const long before = statusKiB("VmRSS:");
    resetPeak();
    QEventLoop loop;
    QObject::connect(&settlement, &Settlement::finished, &loop, &QEventLoop::quit);
    timer.restart();
    settlement.run(from, to);
    if (settlement.isRunning())
        loop.exec();
    const double seconds = timer.elapsed() / 1000.0;
    const long peak = statusKiB("VmHWM:");
    const Result<SettlementReport> &report = settlement.result();
    if (!report) {
        std::fprintf(stderr, "bench_settle: %s\n", qPrintable(report.error().message));
        return 1;
    }
    std::printf("settlement: %lld transactions in %d pages: %.2f s (target <= 5 s)\n",
                report->gatewayTransactions, report->pages, seconds);
    std::printf(
        "  matched %d, gateway only %d, journal only %d, mismatched %d, refunded %d, "
        "charged back %d, changes %lld\n",
        report->count(SettlementCategory::Matched), report->count(SettlementCategory::GatewayOnly),
        report->count(SettlementCategory::JournalOnly),
        report->count(SettlementCategory::Mismatched), report->count(SettlementCategory::Refunded),
        report->count(SettlementCategory::ChargedBack), qint64(report->changes.size()));
    std::printf("memory: resident %.0f MB before (journal connection and the in-process "
                "simulator's store), peak %.0f MB during the run: %.0f MB for the settlement "
                "(target <= 300 MB)\n",
                before / 1024.0, peak / 1024.0, (peak - before) / 1024.0);
    return 0;
}
