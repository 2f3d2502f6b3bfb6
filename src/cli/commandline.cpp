// SPDX-License-Identifier: MIT
#include "cli/commandline.h"

#include "core/card.h"
#include "core/credentialstore.h"
#include "core/currency.h"
#include "core/money.h"
#include "core/terminalsettings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <cstdio>

namespace pavt::cli {

namespace {

constexpr char Synopsis[] = R"(Usage: pavt-cli [--base-url URL] [--timeout SECONDS] [--json] COMMAND

Commands:
  charge [--input FILE]   one request as JSON (the contract's field names; amount an integer of
                          minor units; country as alpha-2, alpha-3 or name) from FILE or stdin
  status TRANSACTION_ID
  refund TRANSACTION_ID --reason TEXT
  transactions --from YYYY-MM-DD --to YYYY-MM-DD

Credentials come from PAVT_SECRET_KEY and PAVT_ENCRYPTION_KEY, else from the terminal's keychain;
never from the command line. The base URL comes from --base-url, PAVT_BASE_URL or the settings.

Exit status: 0 approved or done; 1 usage or validation error (nothing sent); 2 declined;
3 needs 3-D Secure (the URL is printed); 4 outcome unknown (look it up, do not charge again);
5 rejected or server error; 6 not sent (could not reach the gateway).
)";

QJsonObject outcomeJson(const GatewayOutcome &o)
{
    QJsonArray fieldErrors;
    for (const FieldProblem &p : o.fieldErrors)
        fieldErrors.append(QJsonObject{{QStringLiteral("field"), QString::fromLatin1(wireName(p.field))},
                                       {QStringLiteral("code"), p.code},
                                       {QStringLiteral("message"), p.message}});
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject json{
        {QStringLiteral("outcome"), outcomeKindId(o.kind)},
        {QStringLiteral("transaction_id"), orNull(o.transaction.transactionId)},
        {QStringLiteral("order_id"), orNull(o.orderId.isEmpty() ? o.transaction.orderId : o.orderId)},
        {QStringLiteral("message"), orNull(o.message)},
        {QStringLiteral("redirect_url"), o.redirectUrl.isEmpty() ? QJsonValue() : QJsonValue(o.redirectUrl.toString())},
        {QStringLiteral("http_status"), o.httpStatus == 0 ? QJsonValue() : QJsonValue(o.httpStatus)},
        {QStringLiteral("field_errors"), fieldErrors},
    };
    if (!o.transaction.status.isEmpty())
        json.insert(QStringLiteral("gateway_status"), o.transaction.status);
    return json;
}

QJsonObject transactionJson(const TransactionInfo &t)
{
    return QJsonObject{{QStringLiteral("transaction_id"), t.transactionId}, {QStringLiteral("order_id"), t.orderId},
                       {QStringLiteral("status"), t.status},          {QStringLiteral("amount"), t.amount},
                       {QStringLiteral("currency"), t.currency},      {QStringLiteral("first_name"), t.firstName},
                       {QStringLiteral("last_name"), t.lastName},     {QStringLiteral("email"), t.email},
                       {QStringLiteral("card_type"), t.cardType},     {QStringLiteral("card_number"), t.maskedCard},
                       {QStringLiteral("transaction_date"), t.transactionDate},
                       {QStringLiteral("refunded"), t.refunded},      {QStringLiteral("refund_date"), t.refundDate}};
}

} // namespace

int exitCodeFor(const GatewayOutcome &outcome)
{
    switch (outcome.kind) {
    case OutcomeKind::Approved:
    case OutcomeKind::Pending: return ExitOk;
    case OutcomeKind::Declined: return ExitDeclined;
    case OutcomeKind::NeedsThreeDS: return ExitThreeDS;
    case OutcomeKind::Unknown: return ExitUnknown;
    case OutcomeKind::Rejected:
    case OutcomeKind::ServerError: return ExitRejected;
    case OutcomeKind::NotSent: return outcome.fieldErrors.isEmpty() ? ExitNotSent : ExitUsage;
    }
    return ExitUnknown;
}

CommandLine::CommandLine() : m_out(stdout), m_err(stderr) {}

int CommandLine::usageError(const QString &message)
{
    if (m_json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("outcome"), QStringLiteral("usage_error")},
                                           {QStringLiteral("message"), message}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        m_err << "pavt-cli: " << message << '\n' << tr("Try 'pavt-cli --help'.") << '\n';
    }
    m_out.flush();
    m_err.flush();
    return ExitUsage;
}

std::optional<Credentials> CommandLine::loadCredentials()
{
    Credentials credentials;
    QByteArray secret = qgetenv("PAVT_SECRET_KEY");
    QByteArray key = qgetenv("PAVT_ENCRYPTION_KEY");
    if (!secret.isEmpty() && !key.isEmpty()) {
        credentials.secretKey = SecretBytes(secret);
        credentials.encryptionKey = SecretBytes(key);
        wipe(secret);
        wipe(key);
        return credentials;
    }
    wipe(secret);
    wipe(key);
    KeychainCredentialStore store;
    auto s = store.readBlocking(QString::fromLatin1(CredentialStore::SecretKeyName));
    auto k = s ? store.readBlocking(QString::fromLatin1(CredentialStore::EncryptionKeyName)) : Result<SecretBytes>();
    if (!s || !k) {
        usageError(tr("No credentials: set PAVT_SECRET_KEY and PAVT_ENCRYPTION_KEY, or save them in the "
                      "terminal's settings (%1).")
                       .arg(!s ? s.error().message : k.error().message));
        return std::nullopt;
    }
    credentials.secretKey = std::move(*s);
    credentials.encryptionKey = std::move(*k);
    return credentials;
}

GatewayOutcome CommandLine::await(const std::function<void(GatewayClient &, QObject *, GatewayClient::Callback)> &call,
                                  const Credentials &credentials, const GatewayConfig &config)
{
    QNetworkAccessManager network;
    GatewayClient client(&network, credentials, config);
    std::optional<GatewayOutcome> result;
    QEventLoop loop;
    call(client, &loop, [&](const GatewayOutcome &outcome) {
        result = outcome;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result.value_or(GatewayOutcome{});
}

void CommandLine::printOutcome(const GatewayOutcome &o, const QString &command)
{
    if (m_json) {
        m_out << QJsonDocument(outcomeJson(o)).toJson(QJsonDocument::Compact) << '\n';
        m_out.flush();
        return;
    }
    const QString order = o.orderId.isEmpty() ? o.transaction.orderId : o.orderId;
    const QString ids = (o.transaction.transactionId.isEmpty() ? QString() : tr(" Transaction %1.").arg(o.transaction.transactionId))
                        + (order.isEmpty() ? QString() : tr(" Order %1.").arg(order));
    QString line;
    switch (o.kind) {
    case OutcomeKind::Approved:
        line = command == u"charge" ? tr("Approved.") : command == u"refund" ? tr("Refunded.") : tr("Status: approved (SUCCESS).");
        break;
    case OutcomeKind::Declined:
        line = command == u"status" ? tr("Status: failed: %1").arg(o.message) : tr("Declined: %1").arg(o.message);
        break;
    case OutcomeKind::Pending: line = tr("Status: pending (3-D Secure not completed yet)."); break;
    case OutcomeKind::NeedsThreeDS:
        line = tr("3-D Secure needed: the cardholder must open %1").arg(o.redirectUrl.toString());
        break;
    case OutcomeKind::Rejected:
        line = tr("Rejected by the gateway (HTTP %1): %2").arg(o.httpStatus).arg(o.message);
        for (const FieldProblem &p : o.fieldErrors)
            line += QLatin1Char('\n') + tr("  %1: %2").arg(QString::fromLatin1(wireName(p.field)), p.message);
        break;
    case OutcomeKind::ServerError: line = tr("Gateway error (HTTP %1): %2").arg(o.httpStatus).arg(o.message); break;
    case OutcomeKind::NotSent:
        line = tr("Not sent: %1").arg(o.message);
        for (const FieldProblem &p : o.fieldErrors)
            line += QLatin1Char('\n') + tr("  %1: %2").arg(QString::fromLatin1(wireName(p.field)), p.message);
        break;
    case OutcomeKind::Unknown:
        line = tr("Outcome unknown: %1 Do not charge again; look it up with 'pavt-cli status' or "
                  "'pavt-cli transactions' for today.").arg(o.message);
        break;
    }
    m_out << line << ids << '\n';
    m_out.flush();
}

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromLatin1(Synopsis));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption baseUrlOption(QStringLiteral("base-url"), tr("Gateway base URL."), QStringLiteral("URL"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), tr("Timeout in seconds (default 15)."), QStringLiteral("SECONDS"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON object."));
    const QCommandLineOption inputOption(QStringLiteral("input"), tr("charge: read the request from FILE."), QStringLiteral("FILE"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"), tr("refund: the reason."), QStringLiteral("TEXT"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("transactions: first day."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("transactions: last day."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Show the version."));
    parser.addOptions({baseUrlOption, timeoutOption, jsonOption, inputOption, reasonOption, fromOption, toOption,
                       helpOption, versionOption});
    parser.addPositionalArgument(QStringLiteral("command"), tr("charge, status, refund or transactions"));

    const bool parsed = parser.parse(arguments);
    m_json = parser.isSet(jsonOption);
    if (!parsed)
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << Synopsis;
        m_out.flush();
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        m_out << "pavt-cli " << QCoreApplication::applicationVersion() << '\n';
        m_out.flush();
        return ExitOk;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usageError(tr("No command given."));
    const QString command = args.first();

    TerminalSettings settings;
    GatewayConfig config = settings.gatewayConfig();
    const QString base = parser.isSet(baseUrlOption) ? parser.value(baseUrlOption) : qEnvironmentVariable("PAVT_BASE_URL");
    if (!base.isEmpty())
        config.baseUrl = QUrl(base, QUrl::StrictMode);
    if (auto error = checkBaseUrl(config.baseUrl))
        return usageError(error->message);
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double seconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 600)
            return usageError(tr("--timeout takes a number of seconds between 0 and 600."));
        config.timeoutMs = int(seconds * 1000);
    }

    if (command == u"charge") {
        if (args.size() != 1)
            return usageError(tr("charge takes no arguments; the request is read from --input FILE or stdin."));
        QFile file;
        bool opened = false;
        if (parser.isSet(inputOption)) {
            file.setFileName(parser.value(inputOption));
            opened = file.open(QIODevice::ReadOnly);
        } else {
            opened = file.open(stdin, QIODevice::ReadOnly);
        }
        if (!opened)
            return usageError(tr("Cannot read the request: %1").arg(file.errorString()));
        QByteArray input = file.read(1024 * 1024 + 1);
        if (input.size() > 1024 * 1024) {
            wipe(input);
            return usageError(tr("The request is larger than 1 MiB."));
        }
        auto request = paymentRequestFromJson(input);
        wipe(input);
        if (!request)
            return usageError(request.error().message);
        const QList<FieldProblem> problems = validateRequest(*request);
        if (!problems.isEmpty()) {
            GatewayOutcome outcome;
            outcome.kind = OutcomeKind::NotSent;
            outcome.message = tr("The request is not valid; nothing was sent.");
            outcome.fieldErrors = problems;
            outcome.orderId = request->orderId;
            printOutcome(outcome, command);
            return ExitUsage;
        }
        const auto credentials = loadCredentials();
        if (!credentials)
            return ExitUsage;
        const GatewayOutcome outcome = await(
            [&](GatewayClient &client, QObject *ctx, GatewayClient::Callback cb) { client.charge(*request, ctx, cb); },
            *credentials, config);
        request->clearCardData();
        printOutcome(outcome, command);
        return exitCodeFor(outcome);
    }
    if (command == u"status" || command == u"refund") {
        if (args.size() != 2)
            return usageError(tr("%1 takes one transaction id.").arg(command));
        if (command == u"refund" && parser.value(reasonOption).trimmed().isEmpty())
            return usageError(tr("refund needs --reason TEXT."));
        const auto credentials = loadCredentials();
        if (!credentials)
            return ExitUsage;
        const QString id = args.at(1);
        const QString reason = parser.value(reasonOption);
        const GatewayOutcome outcome = await(
            [&](GatewayClient &client, QObject *ctx, GatewayClient::Callback cb) {
                if (command == u"status")
                    client.status(id, ctx, cb);
                else
                    client.refund(id, reason, ctx, cb);
            },
            *credentials, config);
        printOutcome(outcome, command);
        return exitCodeFor(outcome);
    }
    if (command == u"transactions") {
        const QDate from = QDate::fromString(parser.value(fromOption), Qt::ISODate);
        const QDate to = QDate::fromString(parser.value(toOption), Qt::ISODate);
        if (!from.isValid() || !to.isValid() || from > to)
            return usageError(tr("transactions needs --from YYYY-MM-DD --to YYYY-MM-DD, from on or before to."));
        const auto credentials = loadCredentials();
        if (!credentials)
            return ExitUsage;
        QList<TransactionInfo> all;
        GatewayOutcome outcome;
        QString cursor;
        for (int page = 0; page < 1000; ++page) { // every page, bounded
            outcome = await([&](GatewayClient &client, QObject *ctx, GatewayClient::Callback cb) {
                client.transactions(from, to, cursor, true, ctx, cb);
            }, *credentials, config);
            if (outcome.kind != OutcomeKind::Approved)
                break;
            all += outcome.transactions;
            if (!outcome.page.hasNextPage || outcome.page.nextCursor.isEmpty() || outcome.page.nextCursor == cursor)
                break;
            cursor = outcome.page.nextCursor;
        }
        if (outcome.kind != OutcomeKind::Approved) {
            printOutcome(outcome, command);
            return exitCodeFor(outcome);
        }
        if (m_json) {
            QJsonArray list;
            for (const TransactionInfo &t : all)
                list.append(transactionJson(t));
            QJsonObject json = outcomeJson(outcome);
            json.insert(QStringLiteral("transactions"), list);
            m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        } else {
            for (const TransactionInfo &t : all)
                m_out << t.transactionDate << '\t' << t.transactionId << '\t' << t.orderId << '\t' << t.status << '\t'
                      << t.amount << ' ' << t.currency << '\t' << t.maskedCard << '\t' << t.firstName << ' '
                      << t.lastName << '\n';
            m_out << tr("%n transaction(s).", nullptr, int(all.size())) << '\n';
        }
        m_out.flush();
        return ExitOk;
    }
    return usageError(tr("Unknown command \"%1\".").arg(command.left(64)));
}

} // namespace pavt::cli
