// SPDX-License-Identifier: MIT
#include "cli/commandline.h"

#include "core/gateway/credentialstore.h"
#include "core/gateway/gatewayconfig.h"
#include "core/service/sessionservice.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cmath>
#include <cstdio>

namespace pavt::cli {

QString helpText()
{
    // Whole paragraphs, so that a translation can reflow them (the //: lines reach translators).
    const QStringList paragraphs {
        //: pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they
        //: are; lines of at most 100 characters.
        QCoreApplication::translate(
            "pavt::cli", "Usage: pavt-cli [--base-url URL] [--timeout SECONDS] [--json] COMMAND"),
        //: pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they
        //: are; lines of at most 100 characters.
        QCoreApplication::translate(
            "pavt::cli",
            "Commands:\n"
            "  charge [--input FILE]   one request as JSON (the contract's field names; amount an "
            "integer of\n"
            "                          minor units; country as alpha-2, alpha-3 or name) from FILE "
            "or stdin;\n"
            "                          journalled before it is sent. A charge like an approved or "
            "pending one\n"
            "                          of the last 120 s (setting journal/duplicateWindowSeconds; "
            "same card\n"
            "                          brand, last four, amount and currency) is warned about on "
            "stderr;\n"
            "                          --refuse-duplicate refuses it instead (exit 1, nothing "
            "sent)\n"
            "  status TRANSACTION_ID\n"
            "  refund TRANSACTION_ID --reason TEXT\n"
            "  transactions --from YYYY-MM-DD --to YYYY-MM-DD\n"
            "  history [FILTERS] [--limit N]   the journal's entries, newest first (default 100; "
            "0: all);\n"
            "                                  with --json one JSON array of entries\n"
            "  export --csv FILE [FILTERS]     the journal's entries as CSV (RFC 4180, masked card "
            "data only)\n"
            "  reconcile               looks every unknown, server-error and 3-D Secure entry of "
            "the journal up\n"
            "                          once at the gateway (never charging again) and records the "
            "answers"),
        //: pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they
        //: are; lines of at most 100 characters.
        QCoreApplication::translate(
            "pavt::cli",
            "Refunds for finance:\n"
            "  refund TRANSACTION_ID --reason TEXT --amount N   a partial refund of N minor units "
            "(setting\n"
            "                          gateway/partialRefunds=on)\n"
            "  refund --batch FILE [--result FILE] [--yes]   refunds from a CSV file "
            "(transaction_id,\n"
            "                          reason[,amount]): every row checked and shown first, one "
            "confirmation\n"
            "                          (--yes without a terminal); an interrupted batch is "
            "resumed by running\n"
            "                          it again, nothing refunded twice; a result CSV per row"),
        //: pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they
        //: are; lines of at most 100 characters.
        QCoreApplication::translate(
            "pavt::cli",
            "Payments by link (the cardholder pays on the gateway's page; never a card here):\n"
            "  link [--input FILE] [--method hosted|apm]   the charge's JSON without card fields "
            "(one with\n"
            "                          card fields is refused, nothing sent); prints the payment "
            "URL\n"
            "  templates               the merchant's payment templates (live keys only)\n"
            "  payment-link --template ID [--amount N --currency C --expires YYYY-MM-DD "
            "--order-id X]\n"
            "                          a link from a template; N in minor units\n"
            "Both are journalled before they are sent and exit with 3 (awaiting the cardholder) "
            "once the\n"
            "link exists; reconcile also follows the open links (paid, failed or expired after "
            "links/expiryHours)."),
        //: pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they
        //: are; lines of at most 100 characters.
        QCoreApplication::translate(
            "pavt::cli",
            "  report [--day YYYY-MM-DD]       the end-of-day report: counts and totals per "
            "currency and outcome\n"
            "  settle --from YYYY-MM-DD --to YYYY-MM-DD [--csv FILE] [--apply]   the journal "
            "matched with the\n"
            "                          gateway's list; --apply writes the refunds, chargebacks "
            "and suspicious\n"
            "                          flags it lists; exit 7 when something is serious\n"
            "  operators add NAME --role operator|supervisor|finance|admin [--display-name TEXT]\n"
            "  operators list | disable NAME | enable NAME | reset-password NAME | passwd\n"
            "                          accounts of the operators; a new password is read from "
            "stdin, or asked\n"
            "                          twice on a terminal. With no account yet, 'operators add "
            "NAME --role\n"
            "                          admin' creates the first administrator and turns sign-in "
            "on\n"
            "  audit [--from YYYY-MM-DD --to YYYY-MM-DD]   the audit trail (--json: an array)\n"
            "  audit verify [--head SEQ:HASH]  walks the audit trail's hash chain; exit 7 names "
            "the first broken\n"
            "                          record. audit head prints the head to keep for a later "
            "--head"),
        //: pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they
        //: are; lines of at most 100 characters.
        QCoreApplication::translate(
            "pavt::cli",
            "Security policy (every seat of the journal; only an administrator changes it):\n"
            "  operators policy [--json]          the session lock, the lock-out and the refund "
            "limits\n"
            "  operators policy set RULE VALUE    e.g. operators policy set supervisor_per_refund "
            "300"),
        //: pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they
        //: are; lines of at most 100 characters.
        QCoreApplication::translate(
            "pavt::cli",
            "With operators' accounts every command signs in as PAVT_OPERATOR, with the password "
            "from\n"
            "PAVT_OPERATOR_PASSWORD or asked on the terminal (never from the command line), and is "
            "refused\n"
            "(exit 1) when the account's role does not allow it. A refund above the role's limit "
            "needs\n"
            "--approver NAME: a supervisor's password from PAVT_APPROVER_PASSWORD or the "
            "terminal."),
        //: pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they
        //: are; lines of at most 100 characters.
        QCoreApplication::translate(
            "pavt::cli",
            "Journal filters (history, export): --from YYYY-MM-DD --to YYYY-MM-DD (days, both "
            "included),\n"
            "  --outcome "
            "approved,declined,pending,needs_3ds,rejected,server_error,not_sent,unknown,"
            "unresolved\n"
            "  --last4 DIGITS  --name TEXT (first or last name starts with it)  --email TEXT "
            "(starts with it)\n"
            "  --order ORDER_ID  --transaction TRANSACTION_ID"),
        //: pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they
        //: are; lines of at most 100 characters.
        QCoreApplication::translate(
            "pavt::cli",
            "Credentials come from PAVT_SECRET_KEY and PAVT_ENCRYPTION_KEY, else from the "
            "terminal's keychain;\n"
            "never from the command line. The base URL comes from --base-url, PAVT_BASE_URL or "
            "the settings.\n"
            "The journal is the terminal's (settings: SQLite in the data folder, PAVT_DATA_DIR "
            "overrides it; or\n"
            "PostgreSQL, its password from PAVT_JOURNAL_PASSWORD or ~/.pgpass)."),
        //: pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they
        //: are; lines of at most 100 characters.
        QCoreApplication::translate(
            "pavt::cli",
            "Exit status: 0 approved or done; 1 usage or validation error, refused for the role, "
            "or the journal\n"
            "could not be written (nothing sent); 2 declined; 3 needs 3-D Secure (the URL is "
            "printed); 4 outcome\n"
            "unknown (look it up, do not charge again); 5 rejected or server error; 6 not sent "
            "(could not reach\n"
            "the gateway); 7 the audit trail is broken."),
    };
    return paragraphs.join(QStringLiteral("\n\n")) + u'\n';
}

CommandOptions::CommandOptions()
    : baseUrl(QStringLiteral("base-url"),
              QCoreApplication::translate("pavt::cli", "Gateway base URL."), QStringLiteral("URL")),
      timeout(QStringLiteral("timeout"),
              QCoreApplication::translate("pavt::cli", "Timeout in seconds (default 15)."),
              QStringLiteral("SECONDS")),
      json(QStringLiteral("json"),
           QCoreApplication::translate("pavt::cli", "Print one JSON object (history: array).")),
      input(QStringLiteral("input"),
            QCoreApplication::translate("pavt::cli", "charge: read the request from FILE."),
            QStringLiteral("FILE")),
      reason(QStringLiteral("reason"),
             QCoreApplication::translate("pavt::cli", "refund: the reason."),
             QStringLiteral("TEXT")),
      from(QStringLiteral("from"),
           QCoreApplication::translate("pavt::cli",
                                       "transactions, history, export, settle: first day."),
           QStringLiteral("YYYY-MM-DD")),
      to(QStringLiteral("to"),
         QCoreApplication::translate("pavt::cli",
                                     "transactions, history, export, settle: last day."),
         QStringLiteral("YYYY-MM-DD")),
      refuseDuplicate(
          QStringLiteral("refuse-duplicate"),
          QCoreApplication::translate("pavt::cli", "charge: refuse a charge like a recent one.")),
      outcome(
          QStringLiteral("outcome"),
          QCoreApplication::translate("pavt::cli", "history, export: outcomes, comma-separated."),
          QStringLiteral("LIST")),
      last4(
          QStringLiteral("last4"),
          QCoreApplication::translate("pavt::cli", "history, export: the card's last four digits."),
          QStringLiteral("DIGITS")),
      name(QStringLiteral("name"),
           QCoreApplication::translate("pavt::cli",
                                       "history, export: first or last name starts with TEXT."),
           QStringLiteral("TEXT")),
      email(QStringLiteral("email"),
            QCoreApplication::translate("pavt::cli", "history, export: e-mail starts with TEXT."),
            QStringLiteral("TEXT")),
      order(QStringLiteral("order"),
            QCoreApplication::translate("pavt::cli", "history, export: this order id."),
            QStringLiteral("ORDER_ID")),
      transaction(QStringLiteral("transaction"),
                  QCoreApplication::translate("pavt::cli", "history, export: this transaction id."),
                  QStringLiteral("TRANSACTION_ID")),
      limit(QStringLiteral("limit"),
            QCoreApplication::translate("pavt::cli", "history: at most N entries (0: all)."),
            QStringLiteral("N")),
      csv(QStringLiteral("csv"),
          QCoreApplication::translate("pavt::cli", "export, settle: the CSV file to write."),
          QStringLiteral("FILE")),
      method(QStringLiteral("method"),
             QCoreApplication::translate("pavt::cli", "link: hosted (default) or apm."),
             QStringLiteral("METHOD")),
      templateId(QStringLiteral("template"),
                 QCoreApplication::translate("pavt::cli", "payment-link: the template's id."),
                 QStringLiteral("ID")),
      amount(QStringLiteral("amount"),
             QCoreApplication::translate("pavt::cli",
                                         "payment-link, refund: the amount in minor units."),
             QStringLiteral("N")),
      currency(QStringLiteral("currency"),
               QCoreApplication::translate("pavt::cli", "payment-link: the amount's currency."),
               QStringLiteral("CODE")),
      expires(
          QStringLiteral("expires"),
          QCoreApplication::translate("pavt::cli", "payment-link: the last day it can be paid."),
          QStringLiteral("YYYY-MM-DD")),
      orderId(QStringLiteral("order-id"),
              QCoreApplication::translate("pavt::cli", "payment-link: the order id to send."),
              QStringLiteral("ORDER_ID")),
      operatorName(
          QStringLiteral("operator"),
          QCoreApplication::translate("pavt::cli", "history, export: entries of this operator."),
          QStringLiteral("NAME")),
      role(QStringLiteral("role"),
           QCoreApplication::translate(
               "pavt::cli",
               "operators add: operator, supervisor, finance or admin (or several, "
               "comma-separated)."),
           QStringLiteral("ROLES")),
      displayName(
          QStringLiteral("display-name"),
          QCoreApplication::translate("pavt::cli", "operators add: the person's name as shown."),
          QStringLiteral("TEXT")),
      approver(QStringLiteral("approver"),
               QCoreApplication::translate(
                   "pavt::cli", "refund: the supervisor who approves a refund above the limit."),
               QStringLiteral("NAME")),
      head(QStringLiteral("head"),
           QCoreApplication::translate("pavt::cli",
                                       "audit verify: a head printed earlier by audit head."),
           QStringLiteral("SEQ:HASH")),
      day(QStringLiteral("day"),
          QCoreApplication::translate("pavt::cli", "report: the day (default today)."),
          QStringLiteral("YYYY-MM-DD")),
      apply(QStringLiteral("apply"),
            QCoreApplication::translate("pavt::cli",
                                        "settle: write the listed changes to the journal.")),
      batch(QStringLiteral("batch"),
            QCoreApplication::translate("pavt::cli", "refund: the CSV file of refunds."),
            QStringLiteral("FILE")),
      result(QStringLiteral("result"),
             QCoreApplication::translate(
                 "pavt::cli", "refund --batch: the result file (default: FILE.result.csv)."),
             QStringLiteral("FILE")),
      yes(QStringLiteral("yes"),
          QCoreApplication::translate("pavt::cli",
                                      "refund --batch: confirmed; no question is asked.")),
      help({ QStringLiteral("h"), QStringLiteral("help") },
           QCoreApplication::translate("pavt::cli", "Show this help.")),
      version(QStringLiteral("version"),
              QCoreApplication::translate("pavt::cli", "Show the version."))
{
    parser.setApplicationDescription(helpText());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions({ baseUrl,     timeout,         json,    input, reason,       from,
                        to,          refuseDuplicate, outcome, last4, name,         email,
                        order,       transaction,     limit,   csv,   operatorName, role,
                        displayName, approver,        head,    day,   help,         version });
    parser.addOptions({ method, templateId, amount, currency, expires, orderId, apply });
    parser.addOptions({ batch, result, yes });
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("pavt::cli",
                                    "charge, status, refund, transactions, history, export, "
                                    "reconcile, link, templates, payment-link, report, operators "
                                    "or audit"));
}

CommandLine::CommandLine() : m_out(stdout), m_err(stderr) { }

CommandLine::~CommandLine()
{
    // One command, one session: the sign-out is audited like the sign-in.
    if (m_session && m_session->account())
        m_session->signOut(QStringLiteral("command_done"));
}

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
    // A malformed key is the operator's to fix (exit 1), not a gateway that could not be reached.
    auto checked = [this](Credentials credentials) -> std::optional<Credentials> {
        if (auto error = checkCredentials(credentials)) {
            usageError(error->message);
            return std::nullopt;
        }
        return credentials;
    };
    Credentials credentials;
    QByteArray secret = qgetenv("PAVT_SECRET_KEY");
    QByteArray key = qgetenv("PAVT_ENCRYPTION_KEY");
    if (!secret.isEmpty() && !key.isEmpty()) {
        credentials.secretKey = SecretBytes(secret);
        credentials.encryptionKey = SecretBytes(key);
        wipe(secret);
        wipe(key);
        return checked(std::move(credentials));
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
    return checked(std::move(credentials));
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
    } else {
        m_out << outcomeText(o, command) << '\n';
    }
    m_out.flush();
}

std::unique_ptr<Journal> CommandLine::openJournal(TerminalSettings &settings,
                                                  JournalConfig::HealthCheck check, bool quiet)
{
    auto config = settings.journalConfig();
    if (config) {
        config->password = qEnvironmentVariable("PAVT_JOURNAL_PASSWORD");
        config->healthCheck = check;
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

bool CommandLine::awaitJournal(ChargeService &service, const Error &why)
{
    if (service.unwrittenOutcomes() == 0)
        return true;
    const int seconds = JournalWaitMs / 1000;
    m_err << "pavt-cli: " << tr("warning: %1").arg(why.message) << '\n'
          << "pavt-cli: "
          << tr("waiting up to %n second(s) for the journal's database.", nullptr, seconds) << '\n';
    m_err.flush();
    QEventLoop loop;
    auto check = [&] {
        if (service.unwrittenOutcomes() == 0)
            loop.quit();
    };
    connect(&service, &ChargeService::outcomeWritten, &loop, check);
    connect(&service, &ChargeService::outcomeWriteFailed, &loop, check);
    QTimer::singleShot(JournalWaitMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (service.unwrittenOutcomes() > 0)
        service.retryUnwrittenNow(); // once more, at the end of the wait
    if (service.unwrittenOutcomes() == 0) {
        m_err << "pavt-cli: " << tr("the outcome has been written to the journal.") << '\n';
        m_err.flush();
        return true;
    }
    m_err << "pavt-cli: "
          << tr("the outcome could not be written to the journal: its database could not be "
                "reached within %n second(s). The entry stays pending; the next start of the "
                "terminal, or 'pavt-cli reconcile', looks it up at the gateway. Do not charge "
                "again.",
                nullptr, seconds)
          << '\n';
    m_err.flush();
    return false;
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
        m_out << helpText();
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
    // Every setting this command reads, checked before anything else: a value pavt-cli cannot
    // use stops it (exit 1, nothing sent), never a quiet default. history and export do not
    // talk to the gateway.
    const bool journalOnly = command == u"history" || command == u"export" || command == u"report"
        || command == u"operators" || command == u"audit";
    if (auto problem = journalOnly
            ? settings.problemFor({ SettingArea::Journal, SettingArea::Terminal })
            : settings.problemFor(
                { SettingArea::Gateway, SettingArea::Journal, SettingArea::Terminal }))
        return usageError(problem->message);
    for (const SettingProblem &p : settings.problems())
        if (!p.fatal) {
            m_err << "pavt-cli: " << tr("warning: %1").arg(p.message) << '\n';
            m_err.flush();
        }
    GatewayConfig config = settings.gatewayConfig().value_or(GatewayConfig {});
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

    static const QStringList Commands {
        QStringLiteral("charge"),       QStringLiteral("status"),  QStringLiteral("refund"),
        QStringLiteral("transactions"), QStringLiteral("history"), QStringLiteral("export"),
        QStringLiteral("reconcile"),    QStringLiteral("report"),  QStringLiteral("operators"),
        QStringLiteral("audit"),        QStringLiteral("link"),    QStringLiteral("templates"),
        QStringLiteral("payment-link"), QStringLiteral("settle")
    };
    if (!Commands.contains(command))
        return usageError(tr("Unknown command \"%1\".").arg(command.left(64)));
    // Who is working: single-user mode without accounts, else a sign-in (signin.cpp); then what
    // the role allows.
    if (auto failed = openSession(settings, args))
        return *failed;

    if (command == u"charge") {
        if (args.size() != 1)
            return usageError(
                tr("charge takes no arguments; the request is read from --input FILE or stdin."));
        return runCharge(options, settings, config);
    }
    if (command == u"refund" && parser.isSet(options.batch)) {
        if (args.size() != 1)
            return usageError(tr("refund --batch FILE takes no transaction id."));
        return runRefundBatch(options, settings, config);
    }
    if (command == u"status" || command == u"refund") {
        if (args.size() != 2)
            return usageError(tr("%1 takes one transaction id.").arg(command));
        if (command == u"status")
            return runStatus(args.at(1), config);
        if (parser.value(options.reason).trimmed().isEmpty())
            return usageError(tr("refund needs --reason TEXT."));
        return runRefund(options, args.at(1), parser.value(options.reason), settings, config);
    }
    if (command == u"transactions")
        return runTransactions(options, config);
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
    if (command == u"link" || command == u"templates" || command == u"payment-link") {
        if (args.size() != 1)
            return usageError(tr("%1 takes no arguments, only options (see --help).").arg(command));
        if (command == u"link")
            return runLink(options, settings, config);
        if (command == u"templates")
            return runTemplates(config);
        return runPaymentLink(options, settings, config);
    }
    if (command == u"report") {
        if (args.size() != 1)
            return usageError(tr("report takes no arguments, only --day YYYY-MM-DD."));
        return runReport(options, settings);
    }
    if (command == u"settle") {
        if (args.size() != 1)
            return usageError(
                tr("settle takes no arguments, only --from, --to, --csv and --apply."));
        return runSettle(options, settings, config);
    }
    if (command == u"operators")
        return runOperators(options, args);
    if (command == u"audit")
        return runAudit(options, args);
    return usageError(tr("Unknown command \"%1\".").arg(command.left(64)));
}

} // namespace pavt::cli
