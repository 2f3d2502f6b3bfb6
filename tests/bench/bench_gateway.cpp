// SPDX-License-Identifier: MIT
// Benchmark: charges through the gateway client against the gateway simulator on loopback, the
// simulator under 8 concurrent clients, and pavt-cli from process start to printed result.
// Prints figures with the machine they were taken on; never fails on timing (exit status 1 only
// when something did not work at all, e.g. the simulator did not start or charges failed).
//
//   bench_gateway [CHARGES=2000] [SECONDS=5] [CLI_RUNS=30]
#include "core/gateway/gatewayclient.h"
#include "sim/gatewaysimulator.h"
#include "support/testdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <openssl/crypto.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <latch>
#include <memory>
#include <pthread.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace pavt;

namespace {

constexpr int WarmUpCharges = 100;
constexpr int Clients = 8;

Credentials credentials()
{
    return Credentials { SecretBytes(QByteArrayView(test::TestSecretKey)),
                         SecretBytes(QByteArrayView(test::TestEncryptionKey)) };
}

sim::SimulatorOptions simulatorOptions()
{
    sim::SimulatorOptions o;
    o.secretKey = QByteArray(test::TestSecretKey);
    o.encryptionKey = QByteArray(test::TestEncryptionKey);
    return o;
}

double seconds(const timespec &t)
{
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

double processCpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// CPU seconds (user + system) of another process, from /proc (10 ms resolution).
double otherProcessCpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // Fields after the ")" that closes the command name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

struct Percentiles
{
    double median = 0, p90 = 0, p99 = 0, min = 0, max = 0;
};

Percentiles percentiles(std::vector<double> values)
{
    Percentiles p;
    if (values.empty())
        return p;
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) { return values[size_t(q * double(values.size() - 1) + 0.5)]; };
    p.median = at(0.5);
    p.p90 = at(0.9);
    p.p99 = at(0.99);
    p.min = values.front();
    p.max = values.back();
    return p;
}

QString cpuModel()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown CPU");
    QString model;
    int processors = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("processor"))
            ++processors;
        else if (model.isEmpty() && line.startsWith("model name"))
            model = QString::fromLatin1(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return QStringLiteral("%1, %2 logical cores in /proc/cpuinfo, %3 usable by this process")
        .arg(model.isEmpty() ? QStringLiteral("unknown CPU") : model)
        .arg(processors)
        .arg(QThread::idealThreadCount());
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed())
                                          : QStringLiteral("?");
}

// Sequential charges, one in flight, through one client: returns the latency of each (ms).
struct SequentialResult
{
    std::vector<double> latencyMs;
    int failures = 0;
    double wallSeconds = 0;
    double clientCpuSeconds = 0;
    double simulatorCpuSeconds = -1; // -1: the simulator shares the client's thread
};

// simulatorCpu: CPU seconds used so far by a simulator in another thread of this process
// (inThisProcess) or in another process; null when it shares the client's thread.
SequentialResult sequentialCharges(const QUrl &base, int count,
                                   const std::function<double()> &simulatorCpu, bool inThisProcess)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    GatewayConfig config;
    config.baseUrl = base;
    GatewayClient client(&network, credentials(), config);
    const PaymentRequest request
        = test::validRequest(); // no order id: the client makes a new one each time
    SequentialResult result;
    result.latencyMs.reserve(size_t(count));

    auto run = [&](int n, bool record) {
        QEventLoop loop;
        int remaining = n;
        QElapsedTimer one;
        std::function<void()> next = [&] {
            if (remaining-- == 0) {
                loop.quit();
                return;
            }
            one.start();
            client.charge(request, &loop, [&](const GatewayOutcome &outcome) {
                if (record) {
                    result.latencyMs.push_back(double(one.nsecsElapsed()) / 1e6);
                    if (outcome.kind != OutcomeKind::Approved)
                        ++result.failures;
                }
                next();
            });
        };
        next();
        loop.exec();
    };
    run(WarmUpCharges, false);
    const double cpu0 = processCpuSeconds();
    const double sim0 = simulatorCpu ? simulatorCpu() : 0;
    QElapsedTimer wall;
    wall.start();
    run(count, true);
    result.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    result.clientCpuSeconds = processCpuSeconds() - cpu0;
    if (simulatorCpu) {
        result.simulatorCpuSeconds = simulatorCpu() - sim0;
        if (inThisProcess)
            result.clientCpuSeconds -= result.simulatorCpuSeconds;
    }
    return result;
}

// The simulator in a thread of its own, with its own event loop.
class SimulatorThread : public QThread
{
public:
    bool startAndWait()
    {
        start();
        m_ready.acquire();
        return m_port != 0;
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }
    double cpuSeconds() const
    {
        clockid_t id {};
        timespec t {};
        if (pthread_getcpuclockid(m_thread, &id) != 0 || clock_gettime(id, &t) != 0)
            return -1;
        return seconds(t);
    }
    void stop()
    {
        quit();
        wait();
    }

protected:
    void run() override
    {
        m_thread = pthread_self();
        sim::GatewaySimulator simulator(simulatorOptions());
        if (simulator.start())
            m_port = simulator.port();
        else
            std::fprintf(stderr, "simulator: %s\n", qPrintable(simulator.errorString()));
        m_ready.release();
        if (m_port)
            exec();
    }

private:
    QSemaphore m_ready;
    std::atomic<quint16> m_port = 0;
    pthread_t m_thread {};
};

// pavt-sim as a process.
class SimulatorProcess
{
public:
    bool start()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PAVT_SIM_SECRET_KEY"), QString::fromLatin1(test::TestSecretKey));
        env.insert(QStringLiteral("PAVT_SIM_ENCRYPTION_KEY"),
                   QString::fromLatin1(test::TestEncryptionKey));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(PAVT_SIM_EXECUTABLE),
                        { QStringLiteral("--port"), QStringLiteral("0") });
        if (!m_process.waitForStarted(5000))
            return false;
        QElapsedTimer t;
        t.start();
        while (!m_process.canReadLine() && t.elapsed() < 10000)
            m_process.waitForReadyRead(500);
        static const QRegularExpression pattern(
            QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        const auto match = pattern.match(QString::fromLatin1(m_process.readLine()));
        if (!match.hasMatch())
            return false;
        m_base = QUrl(match.captured(1));
        return true;
    }
    ~SimulatorProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
        }
    }
    QUrl baseUrl() const { return m_base; }
    double cpuSeconds() const { return otherProcessCpuSeconds(m_process.processId()); }

private:
    QProcess m_process;
    QUrl m_base;
};

void printSequential(const char *label, const SequentialResult &r)
{
    const auto p = percentiles(r.latencyMs);
    const double n = double(r.latencyMs.size());
    std::printf("  %-36s %7.0f charges/s   latency median %.3f ms  p90 %.3f ms  p99 %.3f ms\n",
                label, n / r.wallSeconds, p.median, p.p90, p.p99);
    if (r.simulatorCpuSeconds >= 0)
        std::printf("  %-36s CPU per charge: client %.0f us, simulator %.0f us\n", "",
                    r.clientCpuSeconds * 1e6 / n, r.simulatorCpuSeconds * 1e6 / n);
    else
        std::printf("  %-36s CPU per charge: client + simulator %.0f us\n", "",
                    r.clientCpuSeconds * 1e6 / n);
    if (r.failures)
        std::printf("  %-36s %d charges were NOT approved\n", "", r.failures);
}

// 8 clients, each a thread with its own QNetworkAccessManager and GatewayClient, one charge in
// flight each, for `duration` seconds.
struct ConcurrentResult
{
    qint64 charges = 0;
    qint64 failures = 0;
    double wallSeconds = 0;
    double clientCpuSeconds = 0;
    double simulatorCpuSeconds = 0;
    std::vector<double> latencyMs;
};

ConcurrentResult concurrentCharges(const QUrl &base, double duration,
                                   const std::function<double()> &simulatorCpu, bool inThisProcess)
{
    std::latch ready(Clients + 1);
    std::latch go(1);
    std::atomic<qint64> charges = 0;
    std::atomic<qint64> failures = 0;
    std::vector<std::vector<double>> latencies(Clients);
    QElapsedTimer clock; // started by the main thread just before go
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < Clients; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            QNetworkAccessManager network;
            network.setProxy(QNetworkProxy::NoProxy);
            GatewayConfig config;
            config.baseUrl = base;
            GatewayClient client(&network, credentials(), config);
            const PaymentRequest request
                = test::validRequest(i % 2 ? "4242424242424242" : "4111111111111111");
            QEventLoop loop;
            bool measuring = false;
            int warmUp = 20;
            QElapsedTimer one;
            std::function<void()> next = [&] {
                if (!measuring && warmUp-- == 0) {
                    ready.count_down();
                    go.wait();
                    measuring = true;
                }
                if (measuring && double(clock.nsecsElapsed()) / 1e9 >= duration) {
                    loop.quit();
                    return;
                }
                one.start();
                client.charge(request, &loop, [&](const GatewayOutcome &outcome) {
                    if (measuring) {
                        latencies[size_t(i)].push_back(double(one.nsecsElapsed()) / 1e6);
                        ++charges;
                        if (outcome.kind != OutcomeKind::Approved)
                            ++failures;
                    }
                    next();
                });
            };
            next();
            loop.exec();
        }));
        threads.back()->start();
    }
    ready.arrive_and_wait(); // every client has warmed up its connection
    const double cpu0 = processCpuSeconds();
    const double sim0 = simulatorCpu();
    clock.start();
    go.count_down();
    for (auto &t : threads)
        t->wait();
    ConcurrentResult r;
    r.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    r.simulatorCpuSeconds = simulatorCpu() - sim0;
    r.clientCpuSeconds = processCpuSeconds() - cpu0 - (inThisProcess ? r.simulatorCpuSeconds : 0);
    r.charges = charges;
    r.failures = failures;
    for (const auto &l : latencies)
        r.latencyMs.insert(r.latencyMs.end(), l.begin(), l.end());
    return r;
}

void printConcurrent(const char *label, const ConcurrentResult &r)
{
    const auto p = percentiles(r.latencyMs);
    std::printf("  %-36s %7.0f charges/s   (%lld charges in %.2f s)   latency median %.2f ms  p90 "
                "%.2f ms  p99 %.2f ms\n",
                label, double(r.charges) / r.wallSeconds, static_cast<long long>(r.charges),
                r.wallSeconds, p.median, p.p90, p.p99);
    if (r.simulatorCpuSeconds > 0 && r.charges > 0)
        std::printf("  %-36s CPU per charge: clients %.0f us, simulator %.0f us (the simulator "
                    "alone: ~%.0f charges "
                    "per CPU-second)\n",
                    "", r.clientCpuSeconds * 1e6 / double(r.charges),
                    r.simulatorCpuSeconds * 1e6 / double(r.charges),
                    double(r.charges) / r.simulatorCpuSeconds);
    if (r.failures)
        std::printf("  %-36s %lld charges were NOT approved\n", "",
                    static_cast<long long>(r.failures));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("pavt.gateway.info=false\npavt.sim.info=false"));
    const int charges = argc > 1 ? std::max(100, atoi(argv[1])) : 2000;
    const double duration = argc > 2 ? std::max(1.0, atof(argv[2])) : 5.0;
    const int cliRuns = argc > 3 ? std::max(5, atoi(argv[3])) : 30;
    bool ok = true;

    std::printf("PayAgency Virtual Terminal gateway benchmark (loopback, plain HTTP)\n");
    std::printf("machine: %s\n", qPrintable(cpuModel()));
    std::printf("system:  %s, kernel %s, load average at start %s\n",
                qPrintable(QSysInfo::prettyProductName()), qPrintable(QSysInfo::kernelVersion()),
                qPrintable(loadAverage()));
    std::printf("Qt %s (built with %s), %s, build %s\n\n", qVersion(), QT_VERSION_STR,
                OpenSSL_version(OPENSSL_VERSION), PAVT_BUILD_TYPE);

    // (a) ---------------------------------------------------------------------------------------
    std::printf(
        "(a) sequential charges through GatewayClient: %d charges after %d warm-up, one in flight "
        "(target >= 1,500/s)\n",
        charges, WarmUpCharges);
    {
        sim::GatewaySimulator simulator(simulatorOptions());
        if (!simulator.start()) {
            std::printf("  simulator did not start: %s\n", qPrintable(simulator.errorString()));
            return 1;
        }
        const auto r = sequentialCharges(simulator.baseUrl(), charges, {}, true);
        printSequential("simulator in the same thread", r);
        ok &= r.failures == 0;
    }
    {
        SimulatorThread thread;
        if (!thread.startAndWait())
            return 1;
        const auto r = sequentialCharges(
            thread.baseUrl(), charges, [&] { return thread.cpuSeconds(); }, true);
        printSequential("simulator in its own QThread", r);
        thread.stop();
        ok &= r.failures == 0;
    }
    {
        SimulatorProcess process;
        if (!process.start()) {
            std::printf("  pavt-sim did not start\n");
            return 1;
        }
        const auto r = sequentialCharges(
            process.baseUrl(), charges, [&] { return process.cpuSeconds(); }, false);
        printSequential("simulator as a pavt-sim process", r);
        ok &= r.failures == 0;
    }

    // (b) ---------------------------------------------------------------------------------------
    std::printf("\n(b) %d concurrent clients (a thread each, own QNetworkAccessManager + "
                "GatewayClient, one charge "
                "in flight each), %.1f s (target >= 3,000/s)\n",
                Clients, duration);
    {
        SimulatorProcess process;
        if (!process.start())
            return 1;
        const auto r = concurrentCharges(
            process.baseUrl(), duration, [&] { return process.cpuSeconds(); }, false);
        printConcurrent("simulator as a pavt-sim process", r);
        ok &= r.failures == 0 && r.charges > 0;
    }
    {
        SimulatorThread thread;
        if (!thread.startAndWait())
            return 1;
        const auto r = concurrentCharges(
            thread.baseUrl(), duration, [&] { return thread.cpuSeconds(); }, true);
        printConcurrent("simulator in its own QThread", r);
        thread.stop();
        ok &= r.failures == 0 && r.charges > 0;
    }

    // (c) ---------------------------------------------------------------------------------------
    std::printf("\n(c) pavt-cli charge, process start to printed result, %d runs against a "
                "pavt-sim process "
                "(target <= 60 ms)\n",
                cliRuns);
    {
        SimulatorProcess process;
        QTemporaryDir dir;
        if (!process.start() || !dir.isValid())
            return 1;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(QLatin1String("PAVT_")))
                env.remove(name);
        }
        env.insert(QStringLiteral("PAVT_SECRET_KEY"), QString::fromLatin1(test::TestSecretKey));
        env.insert(QStringLiteral("PAVT_ENCRYPTION_KEY"),
                   QString::fromLatin1(test::TestEncryptionKey));
        env.insert(QStringLiteral("PAVT_BASE_URL"), process.baseUrl().toString());
        env.insert(QStringLiteral("PAVT_DATA_DIR"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("PAVT_CONFIG_DIR"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("xdg-cache")));

        const QString requestFile = dir.filePath(QStringLiteral("request.json"));
        {
            const PaymentRequest r = test::validRequest();
            QJsonObject json { { QStringLiteral("first_name"), r.firstName },
                               { QStringLiteral("last_name"), r.lastName },
                               { QStringLiteral("email"), r.email },
                               { QStringLiteral("address"), r.address },
                               { QStringLiteral("city"), r.city },
                               { QStringLiteral("state"), r.state },
                               { QStringLiteral("zip"), r.zip },
                               { QStringLiteral("country"), r.country },
                               { QStringLiteral("ip_address"), r.ipAddress },
                               { QStringLiteral("phone_number"), r.phoneNumber },
                               { QStringLiteral("amount"), r.amountMinor },
                               { QStringLiteral("currency"), r.currency },
                               { QStringLiteral("card_number"), r.cardNumber.toString() },
                               { QStringLiteral("card_expiry_month"),
                                 QStringLiteral("%1").arg(r.expiryMonth, 2, 10, QLatin1Char('0')) },
                               { QStringLiteral("card_expiry_year"),
                                 QString::number(r.expiryYear) },
                               { QStringLiteral("card_cvv"), r.cvv.toString() },
                               { QStringLiteral("redirect_url"), r.redirectUrl } };
            QFile file(requestFile);
            if (!file.open(QIODevice::WriteOnly))
                return 1;
            file.write(QJsonDocument(json).toJson());
        }

        // One run: milliseconds from start() to the first byte of the result, and to the exit.
        auto runCli
            = [&](const QStringList &arguments, double &printedMs, double &exitedMs) -> int {
            QProcess cli;
            cli.setProcessEnvironment(env);
            cli.setStandardInputFile(QProcess::nullDevice());
            QEventLoop loop;
            QElapsedTimer t;
            printedMs = -1;
            QObject::connect(&cli, &QProcess::readyReadStandardOutput, &loop, [&] {
                if (printedMs < 0)
                    printedMs = double(t.nsecsElapsed()) / 1e6;
            });
            QObject::connect(&cli, &QProcess::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(20000, &loop, &QEventLoop::quit);
            t.start();
            cli.start(QStringLiteral(PAVT_CLI_EXECUTABLE), arguments);
            loop.exec();
            exitedMs = double(t.nsecsElapsed()) / 1e6;
            if (cli.state() != QProcess::NotRunning) {
                cli.kill();
                cli.waitForFinished();
                return -1;
            }
            return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
        };

        auto series = [&](const char *label, const QStringList &arguments) {
            std::vector<double> printed, exited;
            int failures = 0;
            double p = 0, e = 0;
            for (int i = 0; i < 3; ++i) // warm-up: page cache, dynamic loader
                runCli(arguments, p, e);
            for (int i = 0; i < cliRuns; ++i) {
                if (runCli(arguments, p, e) != 0)
                    ++failures;
                printed.push_back(p);
                exited.push_back(e);
            }
            const auto pp = percentiles(printed);
            const auto pe = percentiles(exited);
            std::printf("  %-36s printed: median %5.1f ms  p90 %5.1f ms  (min %.1f, max %.1f)   "
                        "exited: median %5.1f ms  "
                        "p90 %5.1f ms\n",
                        label, pp.median, pp.p90, pp.min, pp.max, pe.median, pe.p90);
            if (failures)
                std::printf("  %-36s %d runs did NOT exit with 0\n", "", failures);
            return failures == 0;
        };
        ok &= series("pavt-cli charge --input FILE",
                     { QStringLiteral("charge"), QStringLiteral("--input"), requestFile });
        ok &= series("pavt-cli --json charge --input FILE",
                     { QStringLiteral("--json"), QStringLiteral("charge"),
                       QStringLiteral("--input"), requestFile });
        ok &= series("baseline: pavt-cli --version", { QStringLiteral("--version") });
    }
    std::printf("\nload average at end %s\n", qPrintable(loadAverage()));
    return ok ? 0 : 1;
}
