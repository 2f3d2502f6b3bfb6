// SPDX-License-Identifier: MIT
// The field validator: pavt::validateField(field, text, context), the rules behind the form's live
// validation and behind validateRequest().
//
// Input: byte 0 picks the field, byte 1 the locale, byte 2 the country, byte 3 the currency, byte 4
// the card brand of the context; bit 7 of byte 0 reads the rest as raw UTF-16 (unpaired surrogates
// included) instead of UTF-8.
//
// Invariants (beyond "no crash, no sanitizer report"):
// - A problem names the field asked about and has a code and a message.
// - Accepting means what the rule promises: a card number is 12-19 digits of a known brand with an
//   allowed length and a valid Luhn digit; a CVV is cvvLength(brand) ASCII digits; an expiry date
//   parses to month 1-12 and is not expired; an amount parses with parseAmount(); an e-mail address
//   has one '@' and at most 254 characters; a phone number has 7-15 digits; a URL is an absolute
//   http(s) URL with a host, no user info, at most 2048 characters; free text has no control,
//   line-separator or bidi-override characters and respects its length limit; an order id is
//   1-64 of A-Z a-z 0-9 . _ : -.
// - Spaces around the value change nothing (for every field whose rule trims).
// - The same input gives the same answer twice.
#include "core/payment/card.h"
#include "core/payment/currency.h"
#include "core/payment/money.h"
#include "core/payment/requestvalidator.h"
#include "support/fuzzsupport.h"

#include <QHostAddress>
#include <QUrl>

using namespace pavt;

namespace {

const FixedClock &fixedClock()
{
    static const FixedClock c(QDateTime(QDate(2026, 1, 15), QTime(12, 0), Qt::UTC));
    return c;
}

const QList<QLocale> &locales()
{
    static const QList<QLocale> list { QLocale::c(),
                                       QLocale(QLatin1StringView("en_GB")),
                                       QLocale(QLatin1StringView("de_DE")),
                                       QLocale(QLatin1StringView("fr_FR")),
                                       QLocale(QLatin1StringView("de_CH")),
                                       QLocale(QLatin1StringView("en_IN")),
                                       QLocale(QLatin1StringView("ar_EG")),
                                       QLocale(QLatin1StringView("hi_IN")) };
    return list;
}

QString problemText(Field field, QStringView text, const std::optional<FieldProblem> &p)
{
    return QStringLiteral("field %1 \"%2\": %3")
        .arg(int(field))
        .arg(fuzz::printable(text))
        .arg(p ? p->code : QStringLiteral("accepted"));
}

bool isForbiddenTextChar(char16_t c)
{
    return c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

void checkAccepted(Field field, QStringView text, const FieldContext &context)
{
    const QStringView t = text.trimmed();
    const QString what = problemText(field, text, std::nullopt);
    switch (field) {
    case Field::CardNumber: {
        const QString digits = Cards::normalise(text);
        const CardBrand brand = Cards::detectBrand(digits);
        FUZZ_CHECK(!digits.isEmpty() && Cards::luhnValid(digits) && brand != CardBrand::Unknown
                       && Cards::isAllowedLength(brand, int(digits.size())),
                   what);
        break;
    }
    case Field::CardCvv:
        FUZZ_CHECK(
            t.size() == Cards::cvvLength(context.brand)
                && std::all_of(t.begin(), t.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }),
            what);
        break;
    case Field::CardExpiry: {
        const auto expiry = parseExpiry(text);
        FUZZ_CHECK(expiry && expiry->month >= 1 && expiry->month <= 12
                       && !checkExpiry(*expiry, *context.clock),
                   what);
        break;
    }
    case Field::Amount: {
        const Currency *currency = Currencies::find(context.currency);
        FUZZ_CHECK(currency && parseAmount(text, *currency, context.locale).has_value(), what);
        break;
    }
    case Field::Email:
        FUZZ_CHECK(t.size() <= 254 && t.count(u'@') == 1, what);
        break;
    case Field::PhoneNumber: {
        const auto digits
            = std::count_if(t.begin(), t.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        FUZZ_CHECK(digits >= 7 && digits <= 15, what);
        break;
    }
    case Field::RedirectUrl:
    case Field::WebhookUrl: {
        if (field == Field::WebhookUrl && t.isEmpty())
            break;
        const QUrl url(t.toString(), QUrl::StrictMode);
        FUZZ_CHECK(t.size() <= 2048 && url.isValid()
                       && (url.scheme() == u"https" || url.scheme() == u"http")
                       && !url.host().isEmpty() && url.userInfo().isEmpty(),
                   what);
        break;
    }
    case Field::IpAddress:
        FUZZ_CHECK(!QHostAddress(t.toString()).isNull(), what);
        break;
    case Field::FirstName:
    case Field::LastName:
    case Field::Address:
    case Field::City:
    case Field::TerminalId: {
        const int limit = field == Field::Address ? Limits::Address
            : field == Field::City                ? Limits::City
            : field == Field::TerminalId          ? Limits::TerminalId
                                                  : Limits::Name;
        FUZZ_CHECK(t.size() <= limit, what);
        for (QChar c : t)
            FUZZ_CHECK(!isForbiddenTextChar(c.unicode()), what);
        break;
    }
    case Field::OrderId:
        FUZZ_CHECK(t.size() <= 64
                       && std::all_of(t.begin(), t.end(),
                                      [](QChar c) {
                                          return (c >= u'A' && c <= u'Z')
                                              || (c >= u'a' && c <= u'z')
                                              || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_'
                                              || c == u':' || c == u'-';
                                      }),
                   what);
        break;
    case Field::State:
    case Field::Zip:
    case Field::Country:
    case Field::Currency:
        FUZZ_CHECK(!t.isEmpty(), what);
        break;
    }
}

bool rulesTrim(Field field)
{
    // Every rule but the expiry date's, whose grammar is its own (spaces around the separator).
    return field != Field::CardExpiry;
}

bool same(const std::optional<FieldProblem> &a, const std::optional<FieldProblem> &b)
{
    return a.has_value() == b.has_value() && (!a || (a->code == b->code && a->field == b->field));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    locales();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 14)
        return -1;
    fuzz::Input in(data, size);
    const uint8_t fieldByte = in.byte();
    const Field field = Field(fieldByte % FieldCount);
    FieldContext context;
    context.clock = &fixedClock();
    context.locale = locales().at(in.pick(locales().size()));
    static const char *const countries[]
        = { "GB", "US", "CA", "DE", "FR", "NL", "IE",  "SE",
            "JP", "ES", "AU", "CH", "",   "XX", "gbr", "United States" };
    context.country = QString::fromLatin1(countries[in.pick(std::size(countries))]);
    static const char *const currencyCodes[]
        = { "GBP", "JPY", "KWD", "CLF", "XAU", "", "EUR", "usd" };
    context.currency = QString::fromLatin1(currencyCodes[in.pick(std::size(currencyCodes))]);
    context.brand = CardBrand(in.pick(int(CardBrand::Mir) + 1));
    const QString text = (fieldByte & 0x80) ? fuzz::utf16(in.rest()) : QString::fromUtf8(in.rest());

    const auto problem = validateField(field, text, context);
    if (problem) {
        FUZZ_CHECK(problem->field == field && !problem->code.isEmpty()
                       && !problem->message.isEmpty(),
                   problemText(field, text, problem));
    } else {
        checkAccepted(field, text, context);
    }
    if (rulesTrim(field)) {
        const QString padded = QStringLiteral("  ") + text + QStringLiteral(" ");
        const auto paddedProblem = validateField(field, padded, context);
        FUZZ_CHECK(same(problem, paddedProblem),
                   QStringLiteral("spaces change %1 into %2")
                       .arg(problemText(field, text, problem),
                            paddedProblem ? paddedProblem->code : QStringLiteral("accepted")));
    }
    FUZZ_CHECK(same(problem, validateField(field, text, context)),
               problemText(field, text, problem));
    return 0;
}
