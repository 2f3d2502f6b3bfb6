// SPDX-License-Identifier: MIT
#include "gui/chargeformcontroller.h"

#include "core/base/secretbytes.h"
#include "core/payment/country.h"
#include "core/payment/currency.h"
#include "core/payment/money.h"

#include <QCoreApplication>

namespace pavt::gui {

namespace {

constexpr Field FormOrder[] = {
    Field::Currency,   Field::Amount,    Field::CardNumber,  Field::CardExpiry,  Field::CardCvv,
    Field::FirstName,  Field::LastName,  Field::Email,       Field::PhoneNumber, Field::Address,
    Field::City,       Field::State,     Field::Zip,         Field::Country,     Field::OrderId,
    Field::TerminalId, Field::IpAddress, Field::RedirectUrl, Field::WebhookUrl,
};

} // namespace

ChargeFormController::ChargeFormController(const Clock &clock, QObject *parent)
    : QObject(parent), m_clock(clock)
{
    for (Field f : FormOrder)
        revalidate(f);
    m_chargeable = canCharge();
}

void ChargeFormController::setLocale(const QLocale &locale)
{
    m_locale = locale;
    revalidate(Field::Amount);
}

FieldContext ChargeFormController::context() const
{
    FieldContext c;
    c.clock = &m_clock;
    c.locale = m_locale;
    c.country = m_text.value(Field::Country);
    c.currency = m_text.value(Field::Currency);
    c.brand = m_brand;
    return c;
}

void ChargeFormController::setText(Field field, const QString &text)
{
    QString &slot = m_text[field];
    if (field == Field::CardNumber || field == Field::CardCvv)
        wipe(slot);
    slot = text;
    if (field == Field::CardNumber) {
        const CardBrand brand = Cards::detectBrand(Cards::normalise(text));
        if (brand != m_brand) {
            m_brand = brand;
            emit brandChanged(brand);
            revalidate(Field::CardCvv);
        }
    }
    revalidate(field);
    if (field == Field::Country) {
        revalidate(Field::Zip);
        revalidate(Field::State);
    }
    if (field == Field::Currency)
        revalidate(Field::Amount);
}

void ChargeFormController::revalidateAll()
{
    const QList<Field> fields = m_text.keys();
    for (Field field : fields)
        revalidate(field);
}

void ChargeFormController::setMode(FormMode mode)
{
    if (mode == m_mode)
        return;
    if (mode != FormMode::Card)
        clearCard(); // the operator never types a card for a link
    m_mode = mode;
    for (Field f : FormOrder)
        revalidate(f);
}

bool ChargeFormController::needs(Field field) const
{
    switch (m_mode) {
    case FormMode::Card:
        return true;
    case FormMode::Hosted:
        return field != Field::CardNumber && field != Field::CardExpiry && field != Field::CardCvv;
    case FormMode::Template:
        return field == Field::Currency || field == Field::Amount || field == Field::FirstName
            || field == Field::LastName || field == Field::Email || field == Field::OrderId
            || field == Field::TerminalId;
    }
    return true;
}

void ChargeFormController::revalidate(Field field)
{
    const auto found = needs(field) ? validateField(field, m_text.value(field), context())
                                    : std::optional<FieldProblem>();
    const auto old = m_problems.constFind(field);
    const bool changed = found.has_value() != (old != m_problems.constEnd())
        || (found && (old->code != found->code || old->message != found->message));
    if (found)
        m_problems.insert(field, *found);
    else
        m_problems.remove(field);
    if (changed)
        emit problemChanged(field);
    const bool chargeable = m_problems.isEmpty();
    if (chargeable != m_chargeable) {
        m_chargeable = chargeable;
        emit chargeableChanged(chargeable);
    }
}

std::optional<FieldProblem> ChargeFormController::problem(Field field) const
{
    const auto it = m_problems.constFind(field);
    if (it == m_problems.constEnd())
        return std::nullopt;
    return *it;
}

bool ChargeFormController::showWhileTyping(const FieldProblem &problem)
{
    return problem.code != u"required" && problem.code != u"incomplete";
}

QList<FieldProblem> ChargeFormController::problems() const
{
    QList<FieldProblem> out;
    for (Field f : FormOrder) {
        const auto it = m_problems.constFind(f);
        if (it != m_problems.constEnd())
            out.append(*it);
    }
    return out;
}

bool ChargeFormController::isComplete(Field field) const
{
    const QString text = m_text.value(field);
    switch (field) {
    case Field::CardNumber: {
        // Valid at the brand's only length, or at 16+ digits for brands that allow more (a
        // 19-digit Visa is rare; 16 is the length to move on at).
        const CardCheck check = checkCardNumber(text);
        return check.ok() && (!check.canGrow || check.digitCount >= 16);
    }
    case Field::CardExpiry: {
        int digits = 0;
        for (QChar c : text)
            digits += c.isDigit() ? 1 : 0;
        return digits == 4 && !problem(field);
    }
    case Field::CardCvv:
        return text.size() == Cards::cvvLength(m_brand) && !problem(field);
    default:
        return !problem(field);
    }
}

QString ChargeFormController::blockedReason() const
{
    const QList<FieldProblem> all = problems();
    if (all.isEmpty())
        return {};
    int missing = 0;
    for (const FieldProblem &p : all)
        missing += p.code == u"required" ? 1 : 0;
    const FieldProblem &first = all.first();
    if (missing == all.size())
        return QCoreApplication::translate("pavt::gui::ChargeForm",
                                           "Fill in %n more field(s), starting with the %1.",
                                           nullptr, int(missing))
            .arg(fieldLabel(first.field));
    return QCoreApplication::translate("pavt::gui::ChargeForm", "Check the %1: %2")
        .arg(fieldLabel(first.field), first.message);
}

std::optional<qint64> ChargeFormController::amountMinor() const
{
    const Currency *currency = Currencies::find(m_text.value(Field::Currency));
    if (!currency || !currency->isPayable())
        return std::nullopt;
    auto amount = parseAmount(m_text.value(Field::Amount), *currency, m_locale);
    if (!amount)
        return std::nullopt;
    return *amount;
}

std::optional<PaymentRequest> ChargeFormController::request() const
{
    if (!canCharge())
        return std::nullopt;
    const auto amount = amountMinor();
    const bool card = m_mode == FormMode::Card;
    std::optional<Expiry> expiry;
    if (card) {
        auto parsed = parseExpiry(m_text.value(Field::CardExpiry));
        if (!parsed)
            return std::nullopt;
        expiry = *parsed;
    }
    if (!amount)
        return std::nullopt;
    PaymentRequest r;
    r.firstName = m_text.value(Field::FirstName).trimmed();
    r.lastName = m_text.value(Field::LastName).trimmed();
    r.email = m_text.value(Field::Email).trimmed();
    r.address = m_text.value(Field::Address).trimmed();
    r.city = m_text.value(Field::City).trimmed();
    r.state = m_text.value(Field::State).trimmed();
    r.zip = m_text.value(Field::Zip).trimmed();
    r.country = m_text.value(Field::Country).trimmed();
    r.ipAddress = m_text.value(Field::IpAddress).trimmed();
    r.phoneNumber = m_text.value(Field::PhoneNumber).trimmed();
    r.amountMinor = *amount;
    r.currency = Currencies::find(m_text.value(Field::Currency))->code;
    if (card) {
        QString digits = Cards::normalise(m_text.value(Field::CardNumber));
        r.cardNumber = SecretBytes::fromString(digits);
        wipe(digits);
        r.expiryMonth = expiry->month;
        r.expiryYear = expiry->year;
        r.cvv = SecretBytes::fromString(m_text.value(Field::CardCvv).trimmed());
    }
    r.redirectUrl = m_text.value(Field::RedirectUrl).trimmed();
    r.webhookUrl = m_text.value(Field::WebhookUrl).trimmed();
    r.orderId = m_text.value(Field::OrderId).trimmed();
    r.terminalId = m_text.value(Field::TerminalId).trimmed();
    return r;
}

QString ChargeFormController::confirmationQuestion() const
{
    const Currency *currency = Currencies::find(m_text.value(Field::Currency));
    const auto amount = amountMinor();
    const QString money
        = currency && amount ? formatMoney(*amount, *currency, m_locale) : QString();
    QString digits = Cards::normalise(m_text.value(Field::CardNumber));
    const QString card = Cards::brandName(m_brand) + QLatin1Char(' ') + Cards::maskedShort(digits);
    wipe(digits);
    const QString name = m_text.value(Field::FirstName).trimmed() + QLatin1Char(' ')
        + m_text.value(Field::LastName).trimmed();
    return QCoreApplication::translate("pavt::gui::ChargeForm", "Charge %1 to %2, %3?")
        .arg(money, card.trimmed(), name);
}

void ChargeFormController::clearCard()
{
    for (Field f : { Field::CardNumber, Field::CardExpiry, Field::CardCvv }) {
        wipe(m_text[f]);
        m_text.remove(f);
    }
    if (m_brand != CardBrand::Unknown) {
        m_brand = CardBrand::Unknown;
        emit brandChanged(m_brand);
    }
    for (Field f : { Field::CardNumber, Field::CardExpiry, Field::CardCvv })
        revalidate(f);
}

void ChargeFormController::clearAll()
{
    clearCard();
    for (Field f : FormOrder) {
        if (f == Field::CardNumber || f == Field::CardExpiry || f == Field::CardCvv)
            continue;
        m_text.remove(f);
        revalidate(f);
    }
}

QString ChargeFormController::groupCardNumber(const QString &typed)
{
    QString digits = Cards::normalise(typed);
    if (digits.isEmpty())
        return typed; // letters etc.: leave as typed so the operator sees what is wrong
    QString grouped = Cards::formatForDisplay(digits);
    wipe(digits);
    return grouped;
}

QString ChargeFormController::formatExpiry(const QString &typed)
{
    QString digits;
    for (QChar c : typed)
        if (c.isDigit())
            digits.append(c);
    const bool hasSeparator = typed.contains(QLatin1Char('/'));
    if (!hasSeparator && digits.size() == 4)
        return digits.left(2) + QLatin1Char('/') + digits.mid(2);
    return typed;
}

} // namespace pavt::gui
