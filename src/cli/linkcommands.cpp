// SPDX-License-Identifier: MIT
// pavt-cli link, templates and payment-link: payments by link, journalled before they are sent
// (docs/cli.md). The cardholder pays on the gateway's page; `pavt-cli reconcile` follows them.
#include "cli/commandline.h"
#include "core/journal/linkentry.h"
#include "core/payment/currency.h"
#include "core/payment/requestjson.h"
#include "core/service/linkservice.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace pavt::cli {

namespace {

QString operatorOf(TerminalSettings &settings)
{
    QString name = settings.operatorName().trimmed();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name;
}

} // namespace

int CommandLine::finishLink(const Result<JournalEntry> &pending,
                            const std::optional<LinkResult> &result, QEventLoop &loop)
{
    if (!pending)
        return usageError(pending.error().message); // refused, or not journalled: not sent
    if (!result)
        loop.exec();
    if (!result)
        return ExitUnknown;
    QJsonObject extra {
        { QStringLiteral("entry_id"), result->entry.id },
        { QStringLiteral("kind"), entryKindId(result->entry.kind) },
        { QStringLiteral("payment_url"),
          result->entry.paymentUrl.isEmpty() ? QJsonValue()
                                             : QJsonValue(result->entry.paymentUrl) },
        { QStringLiteral("expires_at"),
          result->entry.expiresAt.isValid()
              ? QJsonValue(result->entry.expiresAt.toString(Qt::ISODateWithMs))
              : QJsonValue() },
    };
    printOutcome(result->outcome, QStringLiteral("link"), extra);
    if (!m_json && result->outcome.kind == OutcomeKind::AwaitingPayment
        && result->entry.expiresAt.isValid()) {
        m_out << tr("Followed until %1; 'pavt-cli reconcile' looks for its payment.")
                     .arg(result->entry.expiresAt.toLocalTime().toString(
                         QStringLiteral("yyyy-MM-dd HH:mm")))
              << '\n';
        m_out.flush();
    }
    if (result->journalError) {
        m_err << "pavt-cli: "
              << tr("warning: the outcome could not be written to the journal: %1")
                     .arg(result->journalError->message)
              << '\n';
        m_err.flush();
    }
    return exitCodeFor(result->outcome);
}

int CommandLine::runLink(const CommandOptions &options, TerminalSettings &settings,
                         const GatewayConfig &config)
{
    const QCommandLineParser &parser = options.parser;
    const QString method = parser.value(options.method).trimmed().toLower();
    if (!method.isEmpty() && method != u"hosted" && method != u"apm")
        return usageError(tr("--method is hosted (the gateway's card page) or apm."));
    auto request = readRequest(options);
    if (!request)
        return usageError(request.error().message);
    // The charge's fields without the card: a request with card fields is refused here, before
    // anything is journalled or sent (the cardholder types the card on the gateway's page).
    const QList<FieldProblem> problems = validateLinkRequest(*request);
    if (auto refused = requestRefusal(problems)) {
        request->clearCardData();
        GatewayOutcome outcome;
        outcome.kind = OutcomeKind::NotSent;
        outcome.message = refused->message;
        outcome.fieldErrors = problems;
        outcome.orderId = request->orderId;
        printOutcome(outcome, QStringLiteral("link"));
        return ExitUsage;
    }
    const auto credentials = loadCredentials();
    if (!credentials)
        return ExitUsage;
    QNetworkAccessManager network;
    GatewayClient client(&network, *credentials, config);
    if (auto error = client.configurationError())
        return usageError(error->message);
    // Checked first (PRAGMA quick_check on SQLite): a damaged journal sends no link.
    auto journal = openJournal(settings, JournalConfig::HealthCheck::AtOpen);
    if (!journal)
        return ExitUsage;
    if (auto unhealthy = journal->healthError())
        return usageError(tr("The link could not be journalled, so nothing was sent: %1")
                              .arg(unhealthy->message));
    LinkService service(journal.get(), &client);
    service.setSession(m_session.get()); // refused when the role may not make links; audited
    service.setOperatorName(operatorOf(settings));
    service.setExpiry(std::chrono::hours(settings.linkExpiryHours()));
    std::optional<LinkResult> result;
    QEventLoop loop;
    const auto done = [&](const LinkResult &r) {
        result = r;
        loop.quit();
    };
    const auto pending = method == u"apm" ? service.createApm(*request, &loop, done)
                                          : service.createHosted(*request, &loop, done);
    return finishLink(pending, result, loop);
}

int CommandLine::runTemplates(const GatewayConfig &config)
{
    const auto credentials = loadCredentials();
    if (!credentials)
        return ExitUsage;
    const GatewayOutcome outcome
        = await([](GatewayClient &client, QObject *ctx,
                   GatewayClient::Callback cb) { client.paymentTemplates(ctx, cb); },
                *credentials, config);
    if (outcome.kind != OutcomeKind::Listed) {
        printOutcome(outcome, QStringLiteral("templates"));
        return exitCodeFor(outcome);
    }
    if (m_json) {
        QJsonArray list;
        for (const PaymentTemplate &t : outcome.templates)
            list.append(QJsonObject {
                { QStringLiteral("template_id"), t.templateId },
                { QStringLiteral("template_name"), t.templateName },
                { QStringLiteral("payment_template_id"), t.paymentTemplateId },
                { QStringLiteral("redirect_url"),
                  t.redirectUrl.isEmpty() ? QJsonValue() : QJsonValue(t.redirectUrl.toString()) },
            });
        QJsonObject json = outcomeJson(outcome);
        json.insert(QStringLiteral("templates"), list);
        m_out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
    } else {
        for (const PaymentTemplate &t : outcome.templates)
            m_out << t.paymentTemplateId << '\t' << t.templateName << '\t' << t.templateId << '\n';
        if (outcome.templates.isEmpty() && !outcome.message.isEmpty())
            m_out << outcome.message << '\n';
        m_out << tr("%n template(s).", nullptr, int(outcome.templates.size())) << '\n';
    }
    m_out.flush();
    return ExitOk;
}

int CommandLine::runPaymentLink(const CommandOptions &options, TerminalSettings &settings,
                                const GatewayConfig &config)
{
    const QCommandLineParser &parser = options.parser;
    PaymentLinkRequest request;
    request.paymentTemplateId = parser.value(options.templateId).trimmed();
    if (request.paymentTemplateId.isEmpty())
        return usageError(
            tr("payment-link needs --template ID ('pavt-cli templates' lists them)."));
    if (parser.isSet(options.amount)) {
        bool ok = false;
        const qint64 amount = parser.value(options.amount).trimmed().toLongLong(&ok);
        if (!ok || amount <= 0)
            return usageError(
                tr("--amount takes a whole number of minor units greater than 0 (1250 is GBP "
                   "12.50)."));
        request.amountMinor = amount;
    }
    request.currency = parser.value(options.currency).trimmed().toUpper();
    if (parser.isSet(options.expires)) {
        request.expiryDate
            = QDate::fromString(parser.value(options.expires).trimmed(), Qt::ISODate);
        if (!request.expiryDate.isValid())
            return usageError(tr("--expires takes a day as YYYY-MM-DD."));
    }
    request.orderId = parser.value(options.orderId).trimmed();
    request.terminalId = settings.terminalId();
    const auto credentials = loadCredentials();
    if (!credentials)
        return ExitUsage;
    QNetworkAccessManager network;
    GatewayClient client(&network, *credentials, config);
    if (auto error = client.configurationError())
        return usageError(error->message);
    // Checked first (PRAGMA quick_check on SQLite): a damaged journal sends no link.
    auto journal = openJournal(settings, JournalConfig::HealthCheck::AtOpen);
    if (!journal)
        return ExitUsage;
    if (auto unhealthy = journal->healthError())
        return usageError(tr("The link could not be journalled, so nothing was sent: %1")
                              .arg(unhealthy->message));
    LinkService service(journal.get(), &client);
    service.setSession(m_session.get()); // refused when the role may not make links; audited
    service.setOperatorName(operatorOf(settings));
    service.setExpiry(std::chrono::hours(settings.linkExpiryHours()));
    std::optional<LinkResult> result;
    QEventLoop loop;
    const auto pending
        = service.createTemplateLink(request, LinkCustomer {}, &loop, [&](const LinkResult &r) {
              result = r;
              loop.quit();
          });
    return finishLink(pending, result, loop);
}

} // namespace pavt::cli
