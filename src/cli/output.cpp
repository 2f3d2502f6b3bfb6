// SPDX-License-Identifier: MIT
#include "cli/output.h"

#include "core/journal/journalcolumns.h"
#include "core/payment/card.h"
#include "core/payment/currency.h"
#include "core/payment/money.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace pavt::cli {

namespace {

// The sentences were CommandLine's before they moved here: they keep its translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(pavt::cli::CommandLine)
};

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

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
    case OutcomeKind::AwaitingPayment: // a payment by link: the cardholder pays at the URL
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

QJsonObject outcomeJson(const GatewayOutcome &o)
{
    QJsonArray fieldErrors;
    for (const FieldProblem &p : o.fieldErrors)
        fieldErrors.append(
            QJsonObject { { QStringLiteral("field"), QString::fromLatin1(wireName(p.field)) },
                          { QStringLiteral("code"), p.code },
                          { QStringLiteral("message"), p.message } });
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
    // The journal's columns marked Json (core/journal/journalcolumns.cpp): the one description of
    // an entry's fields, shared with the table and the CSV export.
    return JournalColumns::toJson(e);
}

QString moneyText(qint64 minor, const QString &code)
{
    if (const Currency *c = Currencies::find(code); c && c->isPayable())
        return formatMoney(minor, *c);
    return code + u' ' + QString::number(minor);
}

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

QString sentence(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.endsWith(QLatin1Char('.')) || t.endsWith(QLatin1Char('!'))
        || t.endsWith(QLatin1Char('?')))
        return t;
    return t + QLatin1Char('.');
}

QString outcomeText(const GatewayOutcome &o, const QString &command)
{
    const QString order = o.orderId.isEmpty() ? o.transaction.orderId : o.orderId;
    const QString ids = (o.transaction.transactionId.isEmpty()
                             ? QString()
                             : Text::tr(" Transaction %1.").arg(o.transaction.transactionId))
        + (order.isEmpty() ? QString() : Text::tr(" Order %1.").arg(order));
    auto fieldLines = [&] {
        QString lines;
        for (const FieldProblem &p : o.fieldErrors)
            lines += QLatin1Char('\n')
                + Text::tr("  %1: %2").arg(QString::fromLatin1(wireName(p.field)), p.message);
        return lines;
    };
    QString line;
    switch (o.kind) {
    case OutcomeKind::Listed: // transactions prints its own table
        line = Text::tr("Done.");
        break;
    case OutcomeKind::Approved:
        line = command == u"charge" ? Text::tr("Approved.")
            : command == u"refund"  ? Text::tr("Refunded.")
                                    : Text::tr("Status: approved (SUCCESS).");
        break;
    case OutcomeKind::Declined:
        line = command == u"status" ? Text::tr("Status: failed: %1").arg(sentence(o.message))
                                    : Text::tr("Declined: %1").arg(sentence(o.message));
        break;
    case OutcomeKind::Pending:
        line = Text::tr("Status: pending (3-D Secure not completed yet).");
        break;
    case OutcomeKind::NeedsThreeDS:
        line = Text::tr("3-D Secure needed: the cardholder must open %1")
                   .arg(o.redirectUrl.toString());
        break;
    case OutcomeKind::Rejected:
        line = Text::tr("Rejected by the gateway (HTTP %1): %2").arg(o.httpStatus).arg(o.message)
            + fieldLines();
        break;
    case OutcomeKind::ServerError:
        line = Text::tr("Gateway error (HTTP %1): %2").arg(o.httpStatus).arg(o.message);
        break;
    case OutcomeKind::NotSent:
        // Refused by the local validation, the message says so itself ("Nothing was sent: these
        // fields need attention: ..."); otherwise the reason the call could not be made.
        line = (o.fieldErrors.isEmpty() ? Text::tr("Not sent: %1").arg(o.message) : o.message)
            + fieldLines();
        break;
    case OutcomeKind::AwaitingPayment:
        line = Text::tr("Awaiting the cardholder: send them %1").arg(o.redirectUrl.toString());
        break;
    case OutcomeKind::Unknown:
        if (command == u"link") {
            line
                = Text::tr("Outcome unknown: %1 The link may exist: 'pavt-cli reconcile' looks for "
                           "it by its order id; do not make another one for this order.")
                      .arg(o.message);
            break;
        }
        line = Text::tr(
                   "Outcome unknown: %1 Do not charge again; look it up with 'pavt-cli status' or "
                   "'pavt-cli transactions' for today.")
                   .arg(o.message);
        break;
    }
    return line + ids;
}

} // namespace pavt::cli
