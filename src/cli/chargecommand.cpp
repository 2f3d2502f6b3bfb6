// SPDX-License-Identifier: MIT
// pavt-cli charge: one request, validated, journalled, sent (docs/cli.md).
#include "cli/commandline.h"
#include "core/payment/requestjson.h"
#include "core/service/chargeservice.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>

#include <cstdio>

namespace pavt::cli {

namespace {

// The operator recorded with a charge: the setting, else the account's user name.
QString operatorName(TerminalSettings &settings)
{
    QString name = settings.operatorName().trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name;
}

} // namespace

Result<PaymentRequest> CommandLine::readRequest(const CommandOptions &options)
{
    // The request's JSON from --input FILE or stdin, at most 1 MiB; the bytes (which hold the
    // card) are wiped once parsed.
    const QCommandLineParser &parser = options.parser;
    QFile file;
    const bool opened = parser.isSet(options.input)
        ? (file.setFileName(parser.value(options.input)), file.open(QIODevice::ReadOnly))
        : file.open(stdin, QIODevice::ReadOnly);
    if (!opened)
        return std::unexpected(Error { QStringLiteral("usage"),
                                       tr("Cannot read the request: %1").arg(file.errorString()) });
    QByteArray input = file.read(1024 * 1024 + 1);
    if (input.size() > 1024 * 1024) {
        wipe(input);
        return std::unexpected(
            Error { QStringLiteral("usage"), tr("The request is larger than 1 MiB.") });
    }
    auto request = paymentRequestFromJson(input);
    wipe(input);
    return request;
}

int CommandLine::runCharge(const CommandOptions &options, TerminalSettings &settings,
                           const GatewayConfig &config)
{
    const QCommandLineParser &parser = options.parser;
    auto request = readRequest(options);
    if (!request)
        return usageError(request.error().message);
    const QList<FieldProblem> problems = validateRequest(*request);
    if (auto refused = requestRefusal(problems)) {
        GatewayOutcome outcome;
        outcome.kind = OutcomeKind::NotSent;
        outcome.message = refused->message;
        outcome.fieldErrors = problems;
        outcome.orderId = request->orderId;
        printOutcome(outcome, QStringLiteral("charge"));
        return ExitUsage;
    }
    const auto credentials = loadCredentials();
    if (!credentials)
        return ExitUsage;

    QNetworkAccessManager network;
    GatewayClient client(&network, *credentials, config);
    if (auto error = client.configurationError()) {
        // As before the journal: a configuration the client refuses sends nothing.
        GatewayOutcome outcome;
        outcome.kind = OutcomeKind::NotSent;
        outcome.message = error->message;
        outcome.orderId = request->orderId;
        request->clearCardData();
        printOutcome(outcome, QStringLiteral("charge"));
        return exitCodeFor(outcome);
    }
    // The journal first: a charge that cannot be journalled is not sent.
    // Checked before anything else is done with it (PRAGMA quick_check on SQLite): a damaged
    // journal charges nothing.
    auto journal = openJournal(settings, JournalConfig::HealthCheck::AtOpen);
    if (!journal) {
        request->clearCardData();
        return ExitUsage;
    }
    if (auto unhealthy = journal->healthError()) {
        request->clearCardData();
        return usageError(tr("The charge could not be journalled, so nothing was sent: %1")
                              .arg(unhealthy->message));
    }
    if (auto recovered = journal->recoverAbandoned(); recovered && !recovered->isEmpty())
        m_err << tr("pavt-cli: %n earlier charge(s) were interrupted before their answer; "
                    "'pavt-cli reconcile' looks "
                    "them up.",
                    nullptr, int(recovered->size()))
              << '\n';
    ChargeService service(journal.get(), &client);
    service.setOperatorName(operatorName(settings));
    service.setSession(m_session.get()); // refused when the role may not charge; audited
    QJsonObject extra;
    if (auto duplicate = service.findDuplicate(*request); duplicate && *duplicate) {
        const JournalEntry &d = **duplicate;
        const QString text = tr("A charge of %1 on %2 was %3 %4 seconds ago (order %5).")
                                 .arg(moneyText(d.amountMinor, d.currency), d.maskedCard(),
                                      entryOutcomeLabel(d.outcome).toLower())
                                 .arg(d.createdAt.secsTo(QDateTime::currentDateTimeUtc()))
                                 .arg(d.orderId);
        extra.insert(QStringLiteral("duplicate_of"), d.orderId);
        if (parser.isSet(options.refuseDuplicate)) {
            request->clearCardData();
            return usageError(text + u' ' + tr("Not sent (--refuse-duplicate)."));
        }
        m_err << "pavt-cli: " << tr("warning: %1 Sending anyway.").arg(text) << '\n';
        m_err.flush();
    }
    std::optional<ChargeResult> result;
    QEventLoop loop;
    auto pending = service.charge(*request, &loop, [&](const ChargeResult &r) {
        result = r;
        loop.quit();
    });
    if (!pending) {
        request->clearCardData();
        return usageError(tr("The charge could not be journalled, so nothing was sent: %1")
                              .arg(pending.error().message));
    }
    request->clearCardData();
    if (!result)
        loop.exec();
    extra.insert(QStringLiteral("entry_id"), pending->id);
    if (result->journalRetrying) {
        // The database went away while the charge was on its way: the outcome is written when
        // it is back, if that is within a few seconds; else the entry stays pending.
        const bool written = awaitJournal(service, *result->journalError);
        if (!written)
            extra.insert(QStringLiteral("journal_pending"), true);
        printOutcome(result->outcome, QStringLiteral("charge"), extra);
        return exitCodeFor(result->outcome);
    }
    printOutcome(result->outcome, QStringLiteral("charge"), extra);
    if (result->journalError) {
        m_err << "pavt-cli: "
              << tr("warning: the outcome could not be written to the journal: %1")
                     .arg(result->journalError->message)
              << '\n';
        m_err.flush();
    }
    return exitCodeFor(result->outcome);
}

} // namespace pavt::cli
