// SPDX-License-Identifier: MIT
// The gateway response reader: pavt::classifyResponse(call, httpStatus, body).
//
// Input: an optional first line "<status> <call>" (status: decimal, at most 4 digits, optionally
// negative; call: c = charge, s = status, r = refund, l = transaction list, h = hosted card,
// a = APM, t = payment templates, p = payment link), then the body. Without a readable first line
// the whole input is the body of "200 c".
//
// Invariants (beyond "no crash, no sanitizer report"):
// - Approved, Declined, Pending and NeedsThreeDS only for a 2xx status; 5xx is always ServerError
//   and 4xx always Rejected; NeedsThreeDS only for a charge, with a valid http(s) URL with a host.
// - A charge answer that is not understood is never a final outcome that allows a resend or says
//   "approved": other statuses (1xx, 3xx, 0, negative) give Unknown for a charge (and for every
//   call that creates a payment: hosted card, APM, payment link).
// - AwaitingPayment only for a 2xx answer to a hosted card, APM or payment link call, with a valid
//   http(s) URL with a host.
// - No TransactionInfo keeps a full card number in maskedCard: at most 11 digits of any script
//   (a card number has 12 to 19), and where the gateway sent 12 or more characters, at most 10.
// - Messages are one bounded line: no control characters or line/paragraph separators.
// - At most 64 field errors, each with a message of the same kind.
// - The same input classifies the same way twice (no hidden state).
#include "core/gateway/gatewayoutcome.h"
#include "support/fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace pavt;

namespace {

struct Parsed
{
    int status = 200;
    CallKind call = CallKind::Charge;
    QByteArrayView body;
};

Parsed parseHeader(QByteArrayView data)
{
    Parsed p;
    p.body = data;
    const qsizetype newline = data.indexOf('\n');
    if (newline < 0 || newline > 12)
        return p;
    const QByteArrayView line = data.first(newline);
    const qsizetype space = line.indexOf(' ');
    if (space <= 0 || space > 5 || line.size() != space + 2)
        return p;
    bool ok = false;
    const int status = line.first(space).toInt(&ok);
    if (!ok)
        return p;
    CallKind call;
    switch (line[space + 1]) {
    case 'c':
        call = CallKind::Charge;
        break;
    case 's':
        call = CallKind::Status;
        break;
    case 'r':
        call = CallKind::Refund;
        break;
    case 'l':
        call = CallKind::TransactionList;
        break;
    case 'h':
        call = CallKind::HostedCard;
        break;
    case 'a':
        call = CallKind::Apm;
        break;
    case 't':
        call = CallKind::PaymentTemplates;
        break;
    case 'p':
        call = CallKind::PaymentLink;
        break;
    default:
        return p;
    }
    p.status = status;
    p.call = call;
    p.body = data.sliced(newline + 1);
    return p;
}

int digitCount(const QString &text)
{
    int digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        digits += QChar::isDigit(c) ? 1 : 0;
    }
    return digits;
}

void checkLine(const QString &text, qsizetype limit, const char *what)
{
    FUZZ_CHECK(
        text.size() <= limit,
        QStringLiteral("%1 is %2 characters long").arg(QLatin1StringView(what)).arg(text.size()));
    for (QChar ch : text) {
        const bool bad = ch.category() == QChar::Other_Control || ch == QChar::LineSeparator
            || ch == QChar::ParagraphSeparator;
        FUZZ_CHECK(!bad,
                   QStringLiteral("%1 holds U+%2: %3")
                       .arg(QLatin1StringView(what))
                       .arg(uint(ch.unicode()), 4, 16, QLatin1Char('0'))
                       .arg(fuzz::printable(text)));
    }
}

// What the gateway sent as card_number for one transaction, read independently of the code under
// test: its length decides how much masking is required.
qsizetype sentCardLength(const QJsonObject &data)
{
    const QJsonValue v = data.value(QLatin1StringView("card_number"));
    return v.isString() ? v.toString().size() : -1;
}

void checkTransaction(const TransactionInfo &t, qsizetype sentLength)
{
    const int digits = digitCount(t.maskedCard);
    FUZZ_CHECK(digits <= 11,
               QStringLiteral("maskedCard keeps %1 digits: %2")
                   .arg(digits)
                   .arg(fuzz::printable(t.maskedCard)));
    if (sentLength >= 12 && t.maskedCard.size() >= 12)
        FUZZ_CHECK(digits <= 10,
                   QStringLiteral("maskedCard of a long number keeps %1 digits: %2")
                       .arg(digits)
                       .arg(fuzz::printable(t.maskedCard)));
    for (const QString *field :
         { &t.transactionId, &t.orderId, &t.status, &t.amount, &t.currency, &t.firstName,
           &t.lastName, &t.email, &t.cardType, &t.maskedCard, &t.country, &t.transactionDate,
           &t.refundDate, &t.chargebackDate })
        checkLine(*field, 200, "a transaction field");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 20)
        return -1; // far beyond any answer the client reads
    const Parsed in
        = parseHeader(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    const GatewayOutcome out = classifyResponse(in.call, in.status, in.body);
    const bool is2xx = in.status >= 200 && in.status < 300;
    const auto kindText = [&] {
        return QStringLiteral("status %1 call %2 gave %3")
            .arg(in.status)
            .arg(int(in.call))
            .arg(outcomeKindId(out.kind));
    };

    FUZZ_CHECK(out.httpStatus == in.status, kindText());
    switch (out.kind) {
    case OutcomeKind::Approved:
    case OutcomeKind::Declined:
    case OutcomeKind::Pending:
        FUZZ_CHECK(is2xx && in.call != CallKind::TransactionList
                       && in.call != CallKind::PaymentTemplates,
                   kindText());
        break;
    case OutcomeKind::Listed:
        FUZZ_CHECK(
            is2xx
                && (in.call == CallKind::TransactionList || in.call == CallKind::PaymentTemplates),
            kindText());
        break;
    case OutcomeKind::AwaitingPayment:
        FUZZ_CHECK(is2xx
                       && (in.call == CallKind::HostedCard || in.call == CallKind::Apm
                           || in.call == CallKind::PaymentLink),
                   kindText());
        FUZZ_CHECK(
            out.redirectUrl.isValid() && !out.redirectUrl.host().isEmpty()
                && (out.redirectUrl.scheme() == u"https" || out.redirectUrl.scheme() == u"http"),
            kindText() + u' ' + fuzz::printable(out.redirectUrl.toString()));
        break;
    case OutcomeKind::NeedsThreeDS:
        FUZZ_CHECK(is2xx && in.call == CallKind::Charge, kindText());
        FUZZ_CHECK(
            out.redirectUrl.isValid() && !out.redirectUrl.host().isEmpty()
                && (out.redirectUrl.scheme() == u"https" || out.redirectUrl.scheme() == u"http"),
            kindText() + u' ' + fuzz::printable(out.redirectUrl.toString()));
        break;
    case OutcomeKind::Rejected:
        FUZZ_CHECK(in.status >= 400 && in.status < 500, kindText());
        break;
    case OutcomeKind::ServerError:
        FUZZ_CHECK(in.status >= 500 || !createsPayment(in.call), kindText());
        break;
    case OutcomeKind::NotSent:
        FUZZ_CHECK(false, kindText() + QStringLiteral(": an HTTP answer came, so it was sent"));
        break;
    case OutcomeKind::Unknown:
        FUZZ_CHECK(createsPayment(in.call) && in.status < 400, kindText());
        break;
    }
    if (in.status >= 500)
        FUZZ_CHECK(out.kind == OutcomeKind::ServerError, kindText());
    else if (in.status >= 400)
        FUZZ_CHECK(out.kind == OutcomeKind::Rejected, kindText());
    else if (!is2xx)
        FUZZ_CHECK(
            out.kind == (createsPayment(in.call) ? OutcomeKind::Unknown : OutcomeKind::ServerError),
            kindText());

    checkLine(out.message, 600, "message");
    FUZZ_CHECK(out.fieldErrors.size() <= 64,
               QStringLiteral("%1 field errors").arg(out.fieldErrors.size()));
    for (const FieldProblem &p : out.fieldErrors)
        checkLine(p.message, 600, "a field error");

    // The card numbers as sent, to know how strictly each must have been masked.
    QJsonObject json;
    if (!in.body.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(in.body.toByteArray());
        json = doc.object();
    }
    const QJsonValue dataValue = json.value(QLatin1StringView("data"));
    checkTransaction(out.transaction,
                     dataValue.isObject() ? sentCardLength(dataValue.toObject()) : -1);
    const QJsonArray list = dataValue.toArray();
    qsizetype objectIndex = 0;
    QList<qsizetype> sentLengths;
    for (const QJsonValue &entry : list)
        if (entry.isObject())
            sentLengths.append(sentCardLength(entry.toObject()));
    for (const TransactionInfo &t : out.transactions)
        checkTransaction(t, objectIndex < sentLengths.size() ? sentLengths.at(objectIndex++) : -1);
    if (!out.transactions.isEmpty())
        FUZZ_CHECK(in.call == CallKind::TransactionList
                       && out.transactions.size() == sentLengths.size(),
                   QStringLiteral("%1 transactions from %2 objects")
                       .arg(out.transactions.size())
                       .arg(sentLengths.size()));

    // Deterministic: the same answer classifies the same way.
    const GatewayOutcome again = classifyResponse(in.call, in.status, in.body);
    FUZZ_CHECK(again.kind == out.kind && again.message == out.message
                   && again.transaction.maskedCard == out.transaction.maskedCard,
               kindText());
    return 0;
}
