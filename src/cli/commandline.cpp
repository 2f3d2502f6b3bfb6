// SPDX-License-Identifier: MIT
#include "cli/commandline.h"

#include "core/gateway/credentialstore.h"
#include "core/journal/csvexport.h"
#include "core/journal/reconciler.h"
#include "core/payment/card.h"
#include "core/payment/currency.h"
#include "core/payment/money.h"
#include "core/payment/requestjson.h"
#include "core/service/chargeservice.h"
#include "core/settings/terminalsettings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace pavt::cli {

namespace {

constexpr char Synopsis[] = R"(Usage: pavt-cli [--base-url URL] [--timeout SECONDS] [--json] COMMAND

Commands:
  charge [--input FILE]   one request as JSON (the contract's field names; amount an integer of
                          minor units; country as alpha-2, alpha-3 or name) from FILE or stdin;
                          journalled before it is sent. A charge like an approved or pending one
                          of the last 120 s (setting journal/duplicateWindowSeconds; same card
                          brand, last four, amount and currency) is warned about on stderr;
                          --refuse-duplicate refuses it instead (exit 1, nothing sent)
  status TRANSACTION_ID
  refund TRANSACTION_ID --reason TEXT
  transactions --from YYYY-MM-DD --to YYYY-MM-DD
  history [FILTERS] [--limit N]   the journal's entries, newest first (default 100; 0: all);
                                  with --json one JSON array of entries
  export --csv FILE [FILTERS]     the journal's entries as CSV (RFC 4180, masked card data only)
  reconcile               looks every unknown, server-error and 3-D Secure entry of the journal up
                          once at the gateway (never charging again) and records the answers

Journal filters (history, export): --from YYYY-MM-DD --to YYYY-MM-DD (days, both included),
  --outcome approved,declined,pending,needs_3ds,rejected,server_error,not_sent,unknown,unresolved
  --last4 DIGITS  --name TEXT (first or last name starts with it)  --email TEXT (starts with it)
  --order ORDER_ID  --transaction TRANSACTION_ID

Credentials come from PAVT_SECRET_KEY and PAVT_ENCRYPTION_KEY, else from the terminal's keychain;
never from the command line. The base URL comes from --base-url, PAVT_BASE_URL or the settings.
The journal is the terminal's (settings: SQLite in the data folder, PAVT_DATA_DIR overrides it; or
PostgreSQL, its password from PAVT_JOURNAL_PASSWORD or ~/.pgpass).

Exit status: 0 approved or done; 1 usage or validation error, or the journal could not be written
(nothing sent); 2 declined; 3 needs 3-D Secure (the URL is printed); 4 outcome unknown (look it
up, do not charge again); 5 rejected or server error; 6 not sent (could not reach the gateway).
)";

QJsonObject outcomeJson(const GatewayOutcome &o)
{
    QJsonArray fieldErrors;
    for (const FieldProblem &p : o.fieldErrors)
        fieldErrors.append(
            QJsonObject { { QStringLiteral("field"), QString::fromLatin1(wireName(p.field)) },
                          { QStringLiteral("code"), p.code },
                          { QStringLiteral("message"), p.message } });
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject json {
        { QStringLiteral("outcome"), outcomeKindId(o.kind) },
        { QStringLiteral("transaction_id"), orNull(o.transaction.transactionId) },
        { QStringLiteral("order_id"),
          orNull(o.orderId.isEmpty() ? o.transaction.orderId : o.orderId) },
        { QStringLiteral("message"), orNull(o.message) },
        { QStringLiteral("redirect_url"),
          o.redirectUrl.isEmpty() ? QJsonValue() : QJsonValue(o.redirectUrl.toString()) },
        { QStringLiteral("http_status"),
          o.httpStatus == 0 ? QJsonValue() : QJsonValue(o.httpStatus) },
        { QStringLiteral("field_errors"), fieldErrors },
    };
    if (!o.transaction.status.isEmpty())
        json.insert(QStringLiteral("gateway_status"), o.transaction.status);
    return json;
}

QJsonObject transactionJson(const TransactionInfo &t)
{
    return QJsonObject { { QStringLiteral("transaction_id"), t.transactionId },
                         { QStringLiteral("order_id"), t.orderId },
                         { QStringLiteral("status"), t.status },
                         { QStringLiteral("amount"), t.amount },
                         { QStringLiteral("currency"), t.currency },
                         { QStringLiteral("first_name"), t.firstName },
                         { QStringLiteral("last_name"), t.lastName },
                         { QStringLiteral("email"), t.email },
                         { QStringLiteral("card_type"), t.cardType },
                         { QStringLiteral("card_number"), t.maskedCard },
                         { QStringLiteral("transaction_date"), t.transactionDate },
                         { QStringLiteral("refunded"), t.refunded },
                         { QStringLiteral("refund_date"), t.refundDate } };
}

QJsonObject entryJson(const JournalEntry &e)
{
    const Currency *currency = Currencies::find(e.currency);
    const int minorUnits = currency && currency->minorUnits >= 0 ? currency->minorUnits : 2;
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return QJsonObject {
        { QStringLiteral("id"), e.id },
        { QStringLiteral("created_at"), time(e.createdAt) },
        { QStringLiteral("updated_at"), time(e.updatedAt) },
        { QStringLiteral("operator"), e.operatorName },
        { QStringLiteral("environment"), e.environment },
        { QStringLiteral("order_id"), e.orderId },
        { QStringLiteral("transaction_id"), orNull(e.transactionId) },
        { QStringLiteral("amount"),
          QString::fromLatin1(majorUnitsDecimal(e.amountMinor, minorUnits)) },
        { QStringLiteral("amount_minor"), e.amountMinor },
        { QStringLiteral("currency"), e.currency },
        { QStringLiteral("card_brand"), e.cardBrand },
        { QStringLiteral("card_first_six"), e.cardFirstSix },
        { QStringLiteral("card_last_four"), e.cardLastFour },
        { QStringLiteral("first_name"), e.firstName },
        { QStringLiteral("last_name"), e.lastName },
        { QStringLiteral("email"), e.email },
        { QStringLiteral("country"), e.country },
        { QStringLiteral("outcome"), entryOutcomeId(e.outcome) },
        { QStringLiteral("message"), orNull(e.message) },
        { QStringLiteral("http_status"),
          e.httpStatus == 0 ? QJsonValue() : QJsonValue(e.httpStatus) },
        { QStringLiteral("three_ds_url"), orNull(e.threeDSUrl) },
        { QStringLiteral("refund_state"), refundStateId(e.refundState) },
        { QStringLiteral("refund_reason"), orNull(e.refundReason) },
        { QStringLiteral("refund_message"), orNull(e.refundMessage) },
        { QStringLiteral("refunded_at"), time(e.refundedAt) },
        { QStringLiteral("lookups"), e.lookups },
    };
}

QString moneyText(qint64 minor, const QString &code)
{
    if (const Currency *c = Currencies::find(code); c && c->isPayable())
        return formatMoney(minor, *c);
    return code + u' ' + QString::number(minor);
}

// One tab-separated line of `history`.
QString entryLine(const JournalEntry &e)
{
    const QString brand = Cards::brandName(Cards::brandFromId(e.cardBrand));
    return QStringList { e.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         entryOutcomeId(e.outcome)
                             + (e.refundState == RefundState::None
                                    ? QString()
                                    : u'/' + refundStateId(e.refundState)),
                         moneyText(e.amountMinor, e.currency),
                         (brand.isEmpty() ? QString() : brand + u' ') + e.maskedCard(),
                         QString(e.firstName + u' ' + e.lastName).trimmed(),
                         e.email,
                         e.orderId,
                         e.transactionId.isEmpty() ? QStringLiteral("-") : e.transactionId,
                         e.operatorName }
        .join(u'\t');
}

// The operator recorded with a charge: the setting, else the account's user name.
QString operatorName(TerminalSettings &settings)
{
    QString name = settings.operatorName().trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name;
}

} // namespace

// Every option pavt-cli knows; commands read the ones they take.
struct CommandOptions
{
    QCommandLineParser parser;
    const QCommandLineOption baseUrl {
        QStringLiteral("base-url"), QCoreApplication::translate("pavt::cli", "Gateway base URL."),
        QStringLiteral("URL")
    };
    const QCommandLineOption timeout { QStringLiteral("timeout"),
                                       QCoreApplication::translate(
                                           "pavt::cli", "Timeout in seconds (default 15)."),
                                       QStringLiteral("SECONDS") };
    const QCommandLineOption json { QStringLiteral("json"),
                                    QCoreApplication::translate(
                                        "pavt::cli", "Print one JSON object (history: array).") };
    const QCommandLineOption input { QStringLiteral("input"),
                                     QCoreApplication::translate(
                                         "pavt::cli", "charge: read the request from FILE."),
                                     QStringLiteral("FILE") };
    const QCommandLineOption reason {
        QStringLiteral("reason"), QCoreApplication::translate("pavt::cli", "refund: the reason."),
        QStringLiteral("TEXT")
    };
    const QCommandLineOption from { QStringLiteral("from"),
                                    QCoreApplication::translate(
                                        "pavt::cli", "transactions, history, export: first day."),
                                    QStringLiteral("YYYY-MM-DD") };
    const QCommandLineOption to { QStringLiteral("to"),
                                  QCoreApplication::translate(
                                      "pavt::cli", "transactions, history, export: last day."),
                                  QStringLiteral("YYYY-MM-DD") };
    const QCommandLineOption refuseDuplicate {
        QStringLiteral("refuse-duplicate"),
        QCoreApplication::translate("pavt::cli", "charge: refuse a charge like a recent one.")
    };
    const QCommandLineOption outcome {
        QStringLiteral("outcome"),
        QCoreApplication::translate("pavt::cli", "history, export: outcomes, comma-separated."),
        QStringLiteral("LIST")
    };
    const QCommandLineOption last4 {
        QStringLiteral("last4"),
        QCoreApplication::translate("pavt::cli", "history, export: the card's last four digits."),
        QStringLiteral("DIGITS")
    };
    const QCommandLineOption name { QStringLiteral("name"),
                                    QCoreApplication::translate(
                                        "pavt::cli",
                                        "history, export: first or last name starts with TEXT."),
                                    QStringLiteral("TEXT") };
    const QCommandLineOption email { QStringLiteral("email"),
                                     QCoreApplication::translate(
                                         "pavt::cli", "history, export: e-mail starts with TEXT."),
                                     QStringLiteral("TEXT") };
    const QCommandLineOption order { QStringLiteral("order"),
                                     QCoreApplication::translate("pavt::cli",
                                                                 "history, export: this order id."),
                                     QStringLiteral("ORDER_ID") };
    const QCommandLineOption transaction {
        QStringLiteral("transaction"),
        QCoreApplication::translate("pavt::cli", "history, export: this transaction id."),
        QStringLiteral("TRANSACTION_ID")
    };
    const QCommandLineOption limit { QStringLiteral("limit"),
                                     QCoreApplication::translate(
                                         "pavt::cli", "history: at most N entries (0: all)."),
                                     QStringLiteral("N") };
    const QCommandLineOption csv { QStringLiteral("csv"),
                                   QCoreApplication::translate("pavt::cli",
                                                               "export: the CSV file to write."),
                                   QStringLiteral("FILE") };
    const QCommandLineOption help { { QStringLiteral("h"), QStringLiteral("help") },
                                    QCoreApplication::translate("pavt::cli", "Show this help.") };
    const QCommandLineOption version {
        QStringLiteral("version"), QCoreApplication::translate("pavt::cli", "Show the version.")
    };

    CommandOptions()
    {
        parser.setApplicationDescription(QString::fromLatin1(Synopsis));
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        parser.addOptions({ baseUrl, timeout, json, input, reason, from, to, refuseDuplicate,
                            outcome, last4, name, email, order, transaction, limit, csv, help,
                            version });
        parser.addPositionalArgument(
            QStringLiteral("command"),
            QCoreApplication::translate(
                "pavt::cli", "charge, status, refund, transactions, history, export or reconcile"));
    }
};

// The gateway's message as a sentence of its own: ends with a full stop.
QString sentence(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char('!'))
        || t.endsWith(QLatin1Char('?')))
        return t;
    return t + QLatin1Char('.');
}

int exitCodeFor(const GatewayOutcome &outcome)
{
    switch (outcome.kind) {
    case OutcomeKind::Approved:
    case OutcomeKind::Pending:
    case OutcomeKind::Listed:
        return ExitOk;
    case OutcomeKind::Declined:
        return ExitDeclined;
    case OutcomeKind::NeedsThreeDS:
        return ExitThreeDS;
    case OutcomeKind::Unknown:
        return ExitUnknown;
    case OutcomeKind::Rejected:
    case OutcomeKind::ServerError:
        return ExitRejected;
    case OutcomeKind::NotSent:
        return outcome.fieldErrors.isEmpty() ? ExitNotSent : ExitUsage;
    }
    return ExitUnknown;
}

CommandLine::CommandLine() : m_out(stdout), m_err(stderr) { }

int CommandLine::usageError(const QString &message)
{
    if (m_json) {
        m_out << QJsonDocument(
                     QJsonObject { { QStringLiteral("outcome"), QStringLiteral("usage_error") },
                                   { QStringLiteral("message"), message } })
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
        return checkedCredentials(std::move(credentials));
    }
    wipe(secret);
    wipe(key);
    KeychainCredentialStore store;
    auto s = store.readBlocking(QString::fromLatin1(CredentialStore::SecretKeyName));
    auto k = s ? store.readBlocking(QString::fromLatin1(CredentialStore::EncryptionKeyName))
               : Result<SecretBytes>();
    if (!s || !k) {
        usageError(
            tr("No credentials: set PAVT_SECRET_KEY and PAVT_ENCRYPTION_KEY, or save them in the "
               "terminal's settings (%1).")
                .arg(!s ? s.error().message : k.error().message));
        return std::nullopt;
    }
    credentials.secretKey = std::move(*s);
    credentials.encryptionKey = std::move(*k);
    return checkedCredentials(std::move(credentials));
}

std::optional<Credentials> CommandLine::checkedCredentials(Credentials credentials)
{
    // A malformed key is the operator's to fix (exit 1), not a gateway that could not be reached.
    if (auto env = environmentFromSecretKey(credentials.secretKey.view()); !env) {
        usageError(env.error().message);
        return std::nullopt;
    }
    if (auto cipher = PayloadCipher::create(credentials.encryptionKey); !cipher) {
        usageError(cipher.error().message);
        return std::nullopt;
    }
    return credentials;
}

GatewayOutcome CommandLine::await(
    const std::function<void(GatewayClient &, QObject *, GatewayClient::Callback)> &call,
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
    return result.value_or(GatewayOutcome {});
}

void CommandLine::printOutcome(const GatewayOutcome &o, const QString &command,
                               const QJsonObject &extra)
{
    if (m_json) {
        QJsonObject json = outcomeJson(o);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            json.insert(it.key(), it.value());
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        m_out.flush();
        return;
    }
    const QString order = o.orderId.isEmpty() ? o.transaction.orderId : o.orderId;
    const QString ids = (o.transaction.transactionId.isEmpty()
                             ? QString()
                             : tr(" Transaction %1.").arg(o.transaction.transactionId))
        + (order.isEmpty() ? QString() : tr(" Order %1.").arg(order));
    QString line;
    switch (o.kind) {
    case OutcomeKind::Listed: // transactions prints its own table
        line = tr("Done.");
        break;
    case OutcomeKind::Approved:
        line = command == u"charge" ? tr("Approved.")
            : command == u"refund"  ? tr("Refunded.")
                                    : tr("Status: approved (SUCCESS).");
        break;
    case OutcomeKind::Declined:
        line = command == u"status" ? tr("Status: failed: %1").arg(sentence(o.message))
                                    : tr("Declined: %1").arg(sentence(o.message));
        break;
    case OutcomeKind::Pending:
        line = tr("Status: pending (3-D Secure not completed yet).");
        break;
    case OutcomeKind::NeedsThreeDS:
        line = tr("3-D Secure needed: the cardholder must open %1").arg(o.redirectUrl.toString());
        break;
    case OutcomeKind::Rejected:
        line = tr("Rejected by the gateway (HTTP %1): %2").arg(o.httpStatus).arg(o.message);
        for (const FieldProblem &p : o.fieldErrors)
            line += QLatin1Char('\n')
                + tr("  %1: %2").arg(QString::fromLatin1(wireName(p.field)), p.message);
        break;
    case OutcomeKind::ServerError:
        line = tr("Gateway error (HTTP %1): %2").arg(o.httpStatus).arg(o.message);
        break;
    case OutcomeKind::NotSent:
        line = tr("Not sent: %1").arg(o.message);
        for (const FieldProblem &p : o.fieldErrors)
            line += QLatin1Char('\n')
                + tr("  %1: %2").arg(QString::fromLatin1(wireName(p.field)), p.message);
        break;
    case OutcomeKind::Unknown:
        line = tr("Outcome unknown: %1 Do not charge again; look it up with 'pavt-cli status' or "
                  "'pavt-cli transactions' for today.")
                   .arg(o.message);
        break;
    }
    m_out << line << ids << '\n';
    m_out.flush();
}

int CommandLine::run(const QStringList &arguments)
{
    CommandOptions options;
    QCommandLineParser &parser = options.parser;
    const bool parsed = parser.parse(arguments);
    m_json = parser.isSet(options.json);
    if (!parsed)
        return usageError(parser.errorText());
    if (parser.isSet(options.help)) {
        m_out << Synopsis;
        m_out.flush();
        return ExitOk;
    }
    if (parser.isSet(options.version)) {
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
    const QString base = parser.isSet(options.baseUrl) ? parser.value(options.baseUrl)
                                                       : qEnvironmentVariable("PAVT_BASE_URL");
    if (!base.isEmpty())
        config.baseUrl = QUrl(base, QUrl::StrictMode);
    if (auto error = checkBaseUrl(config.baseUrl))
        return usageError(error->message);
    if (parser.isSet(options.timeout)) {
        bool ok = false;
        const double seconds = parser.value(options.timeout).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0.001 || seconds > 600)
            return usageError(tr("--timeout takes a number of seconds between 0.001 and 600."));
        config.timeoutMs = int(seconds * 1000);
    }

    if (command == u"charge") {
        if (args.size() != 1)
            return usageError(
                tr("charge takes no arguments; the request is read from --input FILE or stdin."));
        return runCharge(options, settings, config);
    }
    if (command == u"status" || command == u"refund") {
        if (args.size() != 2)
            return usageError(tr("%1 takes one transaction id.").arg(command));
        if (command == u"refund" && parser.value(options.reason).trimmed().isEmpty())
            return usageError(tr("refund needs --reason TEXT."));
        if (command == u"refund")
            return runRefund(args.at(1), parser.value(options.reason), settings, config);
        const auto credentials = loadCredentials();
        if (!credentials)
            return ExitUsage;
        const QString id = args.at(1);
        const GatewayOutcome outcome
            = await([&](GatewayClient &client, QObject *ctx,
                        GatewayClient::Callback cb) { client.status(id, ctx, cb); },
                    *credentials, config);
        printOutcome(outcome, command);
        return exitCodeFor(outcome);
    }
    if (command == u"transactions") {
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
            printOutcome(outcome, command);
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
    if (command == u"history") {
        if (args.size() != 1)
            return usageError(tr("history takes no arguments, only filters (see --help)."));
        return runHistory(options, settings);
    }
    if (command == u"export") {
        if (args.size() != 1)
            return usageError(tr("export takes no arguments: export --csv FILE [filters]."));
        return runExport(options, settings);
    }
    if (command == u"reconcile") {
        if (args.size() != 1)
            return usageError(tr("reconcile takes no arguments."));
        return runReconcile(settings, config);
    }
    return usageError(tr("Unknown command \"%1\".").arg(command.left(64)));
}

std::unique_ptr<Journal> CommandLine::openJournal(TerminalSettings &settings, bool quiet)
{
    auto config = settings.journalConfig();
    if (config) {
        config->password = qEnvironmentVariable("PAVT_JOURNAL_PASSWORD");
        auto journal = Journal::open(*config);
        if (journal)
            return std::move(*journal);
        config = std::unexpected(journal.error());
    }
    if (quiet)
        m_err << "pavt-cli: " << config.error().message << '\n';
    else
        usageError(config.error().message);
    m_err.flush();
    return nullptr;
}

int CommandLine::runCharge(const CommandOptions &options, TerminalSettings &settings,
                           const GatewayConfig &config)
{
    const QCommandLineParser &parser = options.parser;
    QFile file;
    bool opened = false;
    if (parser.isSet(options.input)) {
        file.setFileName(parser.value(options.input));
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
    auto journal = openJournal(settings);
    if (!journal)
        return ExitUsage;
    if (auto recovered = journal->recoverAbandoned(); recovered && !recovered->isEmpty())
        m_err << tr("pavt-cli: %n earlier charge(s) were interrupted before their answer; "
                    "'pavt-cli reconcile' looks "
                    "them up.",
                    nullptr, int(recovered->size()))
              << '\n';
    ChargeService service(journal.get(), &client);
    service.setOperatorName(operatorName(settings));
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

int CommandLine::runRefund(const QString &id, const QString &reason, TerminalSettings &settings,
                           const GatewayConfig &config)
{
    const auto credentials = loadCredentials();
    if (!credentials)
        return ExitUsage;
    // The refund is sent as before (the gateway decides); the journal records it when it has the
    // charge and the charge can be refunded.
    auto journal = openJournal(settings, true);
    std::optional<qint64> entryId;
    if (journal) {
        if (auto entry = journal->entryByTransactionId(id.trimmed());
            entry && *entry && (*entry)->isRefundable()) {
            if (auto begun = journal->beginRefund((*entry)->id, reason))
                entryId = begun->id;
        }
    }
    const GatewayOutcome outcome
        = await([&](GatewayClient &client, QObject *ctx,
                    GatewayClient::Callback cb) { client.refund(id, reason, ctx, cb); },
                *credentials, config);
    if (journal && entryId) {
        if (auto done = journal->finishRefund(*entryId, outcome); !done)
            m_err << "pavt-cli: "
                  << tr("warning: the refund could not be written to the journal: %1")
                         .arg(done.error().message)
                  << '\n';
    }
    printOutcome(outcome, QStringLiteral("refund"));
    return exitCodeFor(outcome);
}

std::optional<JournalQuery> CommandLine::journalQuery(const CommandOptions &options)
{
    const QCommandLineParser &parser = options.parser;
    JournalQuery query;
    if (parser.isSet(options.from)) {
        const QDate from = QDate::fromString(parser.value(options.from), Qt::ISODate);
        if (!from.isValid()) {
            usageError(tr("--from takes a day as YYYY-MM-DD."));
            return std::nullopt;
        }
        query.from = from.startOfDay();
    }
    if (parser.isSet(options.to)) {
        const QDate to = QDate::fromString(parser.value(options.to), Qt::ISODate);
        if (!to.isValid()) {
            usageError(tr("--to takes a day as YYYY-MM-DD."));
            return std::nullopt;
        }
        query.to = to.addDays(1).startOfDay();
    }
    if (parser.isSet(options.outcome)) {
        for (const QString &id : parser.value(options.outcome).split(u',', Qt::SkipEmptyParts)) {
            const auto outcome = entryOutcomeFromId(id.trimmed());
            if (!outcome) {
                usageError(tr("Unknown outcome \"%1\" (use approved, declined, pending, needs_3ds, "
                              "rejected, "
                              "server_error, not_sent, unknown or unresolved).")
                               .arg(id.trimmed().left(32)));
                return std::nullopt;
            }
            query.outcomes << *outcome;
        }
    }
    query.lastFour = parser.value(options.last4).trimmed();
    query.name = parser.value(options.name);
    query.email = parser.value(options.email);
    query.orderId = parser.value(options.order).trimmed();
    query.transactionId = parser.value(options.transaction).trimmed();
    if (auto invalid = query.validate()) {
        usageError(invalid->message);
        return std::nullopt;
    }
    return query;
}

int CommandLine::runHistory(const CommandOptions &options, TerminalSettings &settings)
{
    const auto query = journalQuery(options);
    if (!query)
        return ExitUsage;
    qint64 limit = 100;
    if (options.parser.isSet(options.limit)) {
        bool ok = false;
        limit = options.parser.value(options.limit).toLongLong(&ok);
        if (!ok || limit < 0)
            return usageError(tr("--limit takes a number of entries (0: all)."));
    }
    auto journal = openJournal(settings);
    if (!journal)
        return ExitUsage;
    QJsonArray array;
    qint64 shown = 0;
    JournalCursor cursor;
    bool more = true;
    while (more && (limit == 0 || shown < limit)) {
        const int page = int(limit == 0 ? 1000 : std::min<qint64>(1000, limit - shown));
        auto entries = journal->search(*query, cursor, page);
        if (!entries)
            return usageError(entries.error().message);
        for (const JournalEntry &e : std::as_const(entries->entries)) {
            if (m_json)
                array.append(entryJson(e));
            else
                m_out << entryLine(e) << '\n';
        }
        shown += entries->entries.size();
        more = entries->hasMore;
        cursor = entries->next;
    }
    if (m_json) {
        m_out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    } else {
        const auto total = journal->count(*query);
        m_out
            << (total && *total > shown
                    ? tr("%1 of %n entries (--limit to see more).", nullptr, int(*total)).arg(shown)
                    : tr("%n entries.", nullptr, int(shown)))
            << '\n';
        if (auto totals = journal->totals(*query); totals && !totals->isEmpty()) {
            QStringList parts;
            for (const JournalTotal &t : std::as_const(*totals))
                parts << QStringLiteral("%1 %2 %3")
                             .arg(t.count)
                             .arg(entryOutcomeId(t.outcome), moneyText(t.amountMinor, t.currency));
            m_out << parts.join(QStringLiteral("; ")) << '\n';
        }
    }
    m_out.flush();
    return ExitOk;
}

int CommandLine::runExport(const CommandOptions &options, TerminalSettings &settings)
{
    const QString path = options.parser.value(options.csv);
    if (path.trimmed().isEmpty())
        return usageError(tr("export needs --csv FILE."));
    const auto query = journalQuery(options);
    if (!query)
        return ExitUsage;
    auto journal = openJournal(settings);
    if (!journal)
        return ExitUsage;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return usageError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner
                        | QFile::WriteOwner); // customers' names and e-mail addresses
    auto rows = journal->exportCsv(*query, file);
    if (!rows) {
        file.cancelWriting();
        return usageError(rows.error().message);
    }
    if (!file.commit())
        return usageError(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (m_json)
        m_out << QJsonDocument(
                     QJsonObject { { QStringLiteral("outcome"), QStringLiteral("done") },
                                   { QStringLiteral("rows"), *rows },
                                   { QStringLiteral("file"), QFileInfo(path).absoluteFilePath() } })
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        m_out << tr("Exported %n entries to %1.", nullptr, int(*rows))
                     .arg(QDir::toNativeSeparators(path))
              << '\n';
    m_out.flush();
    return ExitOk;
}

int CommandLine::runReconcile(TerminalSettings &settings, const GatewayConfig &config)
{
    const auto credentials = loadCredentials();
    if (!credentials)
        return ExitUsage;
    auto journal = openJournal(settings);
    if (!journal)
        return ExitUsage;
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
