// SPDX-License-Identifier: MIT
// A terminal that dies in the middle of a charge, for tst_journal_crash.
//
//   journal_crash_helper before-send ORDER_ID   journals the charge as pending, then SIGKILLs
//                                               itself before anything is sent
//   journal_crash_helper in-flight ORDER_ID     journals it and sends it (ChargeService), then
//                                               waits for the test to kill it
//
// The journal comes from PAVT_TEST_JOURNAL_BACKEND ("sqlite" or "postgresql") with
// PAVT_TEST_JOURNAL_PATH (SQLite file) or PAVT_TEST_JOURNAL_CONNECTION (PostgreSQL); the gateway
// from PAVT_BASE_URL, PAVT_SECRET_KEY and PAVT_ENCRYPTION_KEY. It prints "pending ID" when the
// entry is committed and "sent" once the request has been handed to the network.
#include "core/journal/journal.h"
#include "core/service/chargeservice.h"
#include "support/testdata.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTimer>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace pavt;

namespace {

[[noreturn]] void die()
{
#ifdef Q_OS_UNIX
    ::kill(::getpid(), SIGKILL);
#endif
    std::abort();
}

int usage()
{
    std::fprintf(stderr, "usage: journal_crash_helper before-send|in-flight ORDER_ID\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return usage();
    const QString mode = args.at(1);
    const QString orderId = args.at(2);

    JournalConfig config;
    if (qEnvironmentVariable("PAVT_TEST_JOURNAL_BACKEND") == u"postgresql") {
        config.backend = JournalBackend::PostgreSQL;
        config.connection = qEnvironmentVariable("PAVT_TEST_JOURNAL_CONNECTION");
    } else {
        config.sqlitePath = qEnvironmentVariable("PAVT_TEST_JOURNAL_PATH");
    }
    auto journal = Journal::open(config);
    if (!journal) {
        std::fprintf(stderr, "journal: %s\n", qPrintable(journal.error().message));
        return 3;
    }

    PaymentRequest request = test::validRequest("4000000000000259"); // the simulator's slow card
    request.orderId = orderId;

    if (mode == u"before-send") {
        auto pending = (*journal)->recordPending(pendingEntryFor(
            request, orderId, QStringLiteral("crash-helper"), QStringLiteral("test")));
        if (!pending)
            return 4;
        std::printf("pending %lld\n", pending->id);
        std::fflush(stdout);
        die(); // nothing was sent
    }
    if (mode != u"in-flight")
        return usage();

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy);
    GatewayConfig gateway;
    gateway.baseUrl = QUrl(qEnvironmentVariable("PAVT_BASE_URL"));
    gateway.timeoutMs = 60000; // the test kills us long before
    GatewayClient client(&network,
                         Credentials { SecretBytes(qgetenv("PAVT_SECRET_KEY")),
                                       SecretBytes(qgetenv("PAVT_ENCRYPTION_KEY")) },
                         gateway);
    ChargeService service(journal->get(), &client);
    service.setOperatorName(QStringLiteral("crash-helper"));
    auto pending = service.charge(request, &app, [](const ChargeResult &result) {
        // Should not happen: the test kills us while the simulator holds the answer back.
        std::printf("answered %s\n", qPrintable(entryOutcomeId(result.entry.outcome)));
        std::fflush(stdout);
        QCoreApplication::exit(5);
    });
    if (!pending) {
        std::fprintf(stderr, "charge: %s\n", qPrintable(pending.error().message));
        return 4;
    }
    std::printf("pending %lld\nsent\n", pending->id);
    std::fflush(stdout);
    return app.exec();
}
