// SPDX-License-Identifier: MIT
// Benchmark: payments by link against the gateway simulator on loopback.
//  (a) link creation end to end: LinkService journals the pending entry (SQLite, durable commits),
//      the gateway client creates the hosted card (or APM) payment, the journal is completed;
//      the latency from the call to the completed entry.
//  (b) the cost of following open links: OPEN links created over the last day (hosted card and
//      APM, a simulated clock), then the LinkFollower runs for MINUTES simulated minutes, one
//      second at a time; every request it makes is counted, per minute, and its CPU time.
// Prints figures with the machine they were taken on; never fails on timing (exit status 1 only
// when something did not work at all).
//
//   bench_links [CREATIONS=300] [OPEN=1000] [MINUTES=30]
#include "core/journal/journal.h"
#include "core/journal/linkfollower.h"
#include "core/service/linkservice.h"
#include "sim/gatewaysimulator.h"
#include "support/testdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace pavt;

namespace {

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QStringLiteral("unknown CPU");
}

double cpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

PaymentRequest linkRequest()
{
    PaymentRequest r = test::validRequest();
    r.clearCardData();
    return r;
}

struct Rig
{
    explicit Rig(const Clock &clock, bool durable)
    {
        sim::SimulatorOptions o;
        o.secretKey = QByteArray(test::TestSecretKey);
        o.encryptionKey = QByteArray(test::TestEncryptionKey);
        o.clock = &clock;
        simulator = std::make_unique<sim::GatewaySimulator>(o);
        if (!simulator->start())
            qFatal("simulator: %s", qPrintable(simulator->errorString()));
        network.setProxy(QNetworkProxy::NoProxy);
        GatewayConfig gc;
        gc.baseUrl = simulator->baseUrl();
        gc.timeoutMs = 10000;
        client = std::make_unique<GatewayClient>(
            &network,
            Credentials { SecretBytes(QByteArrayView(test::TestSecretKey)),
                          SecretBytes(QByteArrayView(test::TestEncryptionKey)) },
            gc, clock);
        JournalConfig jc;
        jc.sqlitePath = dir.filePath(QStringLiteral("journal.sqlite3"));
        jc.durableCommits = durable;
        auto opened = Journal::open(jc, clock);
        if (!opened)
            qFatal("journal: %s", qPrintable(opened.error().message));
        journal = std::move(*opened);
        service = std::make_unique<LinkService>(journal.get(), client.get());
        service->setOperatorName(QStringLiteral("bench"));
    }

    // Creates one link and waits for its completed entry.
    JournalEntry create(bool apm)
    {
        std::optional<LinkResult> result;
        QEventLoop loop;
        const auto done = [&](const LinkResult &r) {
            result = r;
            loop.quit();
        };
        auto pending = apm ? service->createApm(linkRequest(), &loop, done)
                           : service->createHosted(linkRequest(), &loop, done);
        if (!pending)
            qFatal("link: %s", qPrintable(pending.error().message));
        if (!result)
            loop.exec();
        if (result->entry.outcome != EntryOutcome::AwaitingPayment)
            qFatal("link not created: %s", qPrintable(result->outcome.message));
        return result->entry;
    }

    QTemporaryDir dir;
    std::unique_ptr<sim::GatewaySimulator> simulator;
    QNetworkAccessManager network;
    std::unique_ptr<GatewayClient> client;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<LinkService> service;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("pavt.*.info=false\npavt.*.debug=false"));
    const QStringList args = app.arguments();
    const int creations = args.size() > 1 ? args.at(1).toInt() : 300;
    const int openLinks = args.size() > 2 ? args.at(2).toInt() : 1000;
    const int minutes = args.size() > 3 ? args.at(3).toInt() : 30;

    std::printf("PayAgency Virtual Terminal payment link benchmark (loopback, plain HTTP)\n");
    std::printf("machine: %s, %d logical CPUs, %s %s, Qt %s\n\n", qPrintable(cpuModel()),
                QThread::idealThreadCount(), qPrintable(QSysInfo::prettyProductName()),
                qPrintable(QSysInfo::kernelVersion()), qVersion());

    // (a) Creation end to end, the simulator in the same thread.
    {
        Rig rig(SystemClock::instance(), true);
        for (int i = 0; i < 20; ++i)
            rig.create(i % 2 == 1); // warm-up
        for (const bool apm : { false, true }) {
            std::vector<double> ms;
            QElapsedTimer total;
            total.start();
            for (int i = 0; i < creations; ++i) {
                QElapsedTimer t;
                t.start();
                rig.create(apm);
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            std::printf("(a) %s link created end to end (journal pending -> POST -> journal "
                        "completed), %d links, SQLite with durable commits\n"
                        "    median %.2f ms  p90 %.2f ms  p99 %.2f ms  (%.0f links/s)\n",
                        apm ? "APM" : "hosted card", creations, percentile(ms, 0.5),
                        percentile(ms, 0.9), percentile(ms, 0.99),
                        creations / (double(total.nsecsElapsed()) / 1e9));
        }
        if (rig.simulator->chargeRequestCount() != 0)
            qFatal("a card was charged");
    }

    // (b) Following OPEN links at steady state, on a simulated clock.
    {
        const QDateTime start = QDateTime::currentDateTimeUtc();
        FixedClock clock(start.addSecs(-24 * 3600));
        Rig rig(clock, false);
        rig.service->setExpiry(std::chrono::hours(48));
        QElapsedTimer made;
        made.start();
        // Created over the last day, one every 86 s: their quick lookups are long over.
        const qint64 step = 24 * 3600 / std::max(1, openLinks);
        for (int i = 0; i < openLinks; ++i) {
            rig.create(i % 4 == 3);
            clock.set(clock.now().addSecs(step));
        }
        clock.set(start);
        std::printf("\n(b) %d open links (3/4 hosted card, 1/4 APM) created over the last 24 h "
                    "(%.1f s to make), followed for %d simulated minutes, default policy\n",
                    openLinks, double(made.elapsed()) / 1000, minutes);

        LinkFollower follower(rig.journal.get(), rig.client.get(), ReconcilerPolicy {}, clock);
        int requests = 0;
        int listRequests = 0;
        int statusRequests = 0;
        QObject::connect(&rig.network, &QNetworkAccessManager::finished, &app,
                         [&](QNetworkReply *reply) {
                             ++requests;
                             const QString path = reply->url().path();
                             if (path.contains(u"transactions"))
                                 ++listRequests;
                             else
                                 ++statusRequests;
                         });
        const auto settle = [&] {
            QEventLoop loop;
            while (follower.isBusy()) {
                QTimer::singleShot(1, &loop, &QEventLoop::quit);
                loop.exec();
            }
        };
        // The start: one walk finds what was paid while the terminal was closed.
        const double cpuBefore = cpuSeconds();
        QElapsedTimer wall;
        wall.start();
        follower.pollNow();
        settle();
        const int startRequests = requests;
        const int startList = listRequests;
        const int startStatus = statusRequests;
        const double startMs = double(wall.nsecsElapsed()) / 1e6;
        std::printf("    start (one walk of the list): %d requests (%d list pages), %.1f ms\n",
                    startRequests, listRequests, startMs);
        std::vector<int> perMinute(minutes, 0);
        for (int second = 1; second <= minutes * 60; ++second) {
            clock.set(start.addSecs(second));
            const int before = requests;
            follower.runDue();
            settle();
            perMinute[(second - 1) / 60] += requests - before;
        }
        const double cpu = cpuSeconds() - cpuBefore;
        const int steady = requests - startRequests;
        std::printf("    then %d requests in %d minutes (%d list pages, %d status calls): %.2f "
                    "requests per minute\n",
                    steady, minutes, listRequests - startList, statusRequests - startStatus,
                    double(steady) / minutes);
        std::printf("    per minute:");
        for (int n : perMinute)
            std::printf(" %d", n);
        std::printf("\n    one call per link per poll would be %d requests per walk\n", openLinks);
        // Everything in this process: the follower's every-second runDue(), its journal reads,
        // the client, and the simulator serving the list.
        std::printf("    CPU (follower, journal, client and simulator together): %.2f s for the "
                    "run, %.0f ms per simulated minute\n",
                    cpu, 1000.0 * cpu / std::max(1, minutes));
        std::printf("    still open at the end: %d (none paid, none past its expiry)\n",
                    follower.openCount());
        if (follower.openCount() != openLinks)
            qFatal("the follower lost links");
    }
    return 0;
}
