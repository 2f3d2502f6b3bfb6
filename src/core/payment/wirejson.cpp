// SPDX-License-Identifier: MIT
// The payment request as the compact JSON object that is encrypted into the payload. Written by
// hand into a wiped buffer (SecretBytes): the plaintext holds the card number and CVV, and a
// QJsonDocument would leave copies of them in memory the terminal cannot wipe.
#include "core/payment/wirejson.h"

#include "core/payment/card.h"
#include "core/payment/country.h"
#include "core/payment/currency.h"
#include "core/payment/money.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace pavt {

namespace {

void appendRaw(SecretBytes &out, const char *text)
{
    out.append(QByteArrayView(text, qsizetype(std::strlen(text))));
}

// Appends a JSON string literal (RFC 8259 escaping) of UTF-8 bytes.
void appendJsonString(SecretBytes &out, QByteArrayView utf8)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out.append('"');
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.sliced(runStart, i - runStart));
        runStart = i + 1;
        switch (c) {
        case '"':
            appendRaw(out, "\\\"");
            break;
        case '\\':
            appendRaw(out, "\\\\");
            break;
        case '\n':
            appendRaw(out, "\\n");
            break;
        case '\r':
            appendRaw(out, "\\r");
            break;
        case '\t':
            appendRaw(out, "\\t");
            break;
        default: {
            const char esc[6] = { '\\', 'u', '0', '0', Hex[c >> 4], Hex[c & 0xf] };
            out.append(QByteArrayView(esc, 6));
        }
        }
    }
    out.append(utf8.sliced(runStart));
    out.append('"');
}

void appendJsonString(SecretBytes &out, const QString &text)
{
    // Names and addresses are ASCII most of the time: skip the conversion then.
    bool ascii = true;
    for (QChar ch : text) {
        if (ch.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        const qsizetype n = text.size();
        char buffer[256];
        if (n <= qsizetype(sizeof buffer)) {
            for (qsizetype i = 0; i < n; ++i)
                buffer[i] = char(text.at(i).unicode());
            appendJsonString(out, QByteArrayView(buffer, n));
            return;
        }
    }
    appendJsonString(out, QByteArrayView(text.toUtf8()));
}

class ObjectWriter
{
public:
    explicit ObjectWriter(SecretBytes &out) : m_out(out) { m_out.append('{'); }
    void key(const char *name)
    {
        if (!m_first)
            m_out.append(',');
        m_first = false;
        m_out.append('"');
        appendRaw(m_out, name);
        appendRaw(m_out, "\":");
    }
    void string(const char *name, const QString &value)
    {
        key(name);
        appendJsonString(m_out, value);
    }
    void optionalString(const char *name, const QString &value)
    {
        if (!value.trimmed().isEmpty())
            string(name, value.trimmed());
    }
    void secret(const char *name, const SecretBytes &value)
    {
        key(name);
        appendJsonString(m_out, value.view());
    }
    void raw(const char *name, QByteArrayView json)
    {
        key(name);
        m_out.append(json);
    }
    void close() { m_out.append('}'); }

private:
    SecretBytes &m_out;
    bool m_first = true;
};

} // namespace

namespace {

Result<SecretBytes> writeWireJson(const PaymentRequest &request, const WireOptions &options,
                                  bool withCard)
{
    const Country *country = Countries::find(request.country);
    if (!country)
        return fail(QStringLiteral("country"),
                    QCoreApplication::translate("pavt::PaymentRequest",
                                                "The country \"%1\" is not an ISO 3166 country.")
                        .arg(request.country.left(64)));
    const Currency *currency = Currencies::find(request.currency);
    if (!currency || !currency->isPayable())
        return fail(QStringLiteral("currency"),
                    QCoreApplication::translate(
                        "pavt::PaymentRequest",
                        "The currency \"%1\" is not an ISO 4217 currency that can be charged.")
                        .arg(request.currency.left(16)));

    SecretBytes out;
    out.reserve(640);
    ObjectWriter json(out);
    json.string("first_name", request.firstName.trimmed());
    json.string("last_name", request.lastName.trimmed());
    json.string("email", request.email.trimmed());
    json.string("address", request.address.trimmed());
    json.string("city", request.city.trimmed());
    json.string("state", request.state.trimmed());
    json.string("zip", request.zip.trimmed());
    json.string("country",
                options.countryFormat == CountryFormat::Alpha2 ? country->alpha2 : country->alpha3);
    json.string("ip_address", request.ipAddress.trimmed());
    json.string("phone_number", request.phoneNumber.trimmed());
    if (options.amountUnit == AmountUnit::Major)
        json.raw("amount", majorUnitsDecimal(request.amountMinor, currency->minorUnits));
    else
        json.raw("amount", QByteArray::number(request.amountMinor));
    json.string("currency", currency->code);
    if (withCard) {
        json.secret("card_number", request.cardNumber);
        char month[3] = { char('0' + (request.expiryMonth / 10) % 10),
                          char('0' + request.expiryMonth % 10), 0 };
        json.string("card_expiry_month", QString::fromLatin1(month));
        json.string("card_expiry_year", QString::number(request.expiryYear));
        json.secret("card_cvv", request.cvv);
    }
    json.string("redirect_url", request.redirectUrl.trimmed());
    json.optionalString("webhook_url", request.webhookUrl);
    json.optionalString("order_id", request.orderId);
    json.optionalString("terminal_id", request.terminalId);
    json.close();
    return out;
}

} // namespace

Result<SecretBytes> toWireJson(const PaymentRequest &request, const WireOptions &options)
{
    return writeWireJson(request, options, true);
}

Result<SecretBytes> toLinkWireJson(const PaymentRequest &request, const WireOptions &options)
{
    return writeWireJson(request, options, false);
}

Result<QByteArray> toPaymentLinkJson(const PaymentLinkRequest &request, const WireOptions &options)
{
    const Currency *currency = nullptr;
    if (!request.currency.trimmed().isEmpty() || request.amountMinor) {
        currency = Currencies::find(request.currency.trimmed());
        if (!currency || !currency->isPayable())
            return fail(QStringLiteral("currency"),
                        QCoreApplication::translate("pavt::PaymentRequest",
                                                    "The currency \"%1\" is not an ISO 4217 "
                                                    "currency that can be charged.")
                            .arg(request.currency.left(16)));
    }
    SecretBytes out;
    out.reserve(256);
    {
        ObjectWriter json(out);
        json.string("payment_template_id", request.paymentTemplateId.trimmed());
        if (request.amountMinor) {
            if (options.amountUnit == AmountUnit::Major)
                json.raw("amount", majorUnitsDecimal(*request.amountMinor, currency->minorUnits));
            else
                json.raw("amount", QByteArray::number(*request.amountMinor));
        }
        if (currency)
            json.string("currency", currency->code);
        if (request.expiryDate.isValid())
            json.string("expiry_date", request.expiryDate.toString(Qt::ISODate));
        json.optionalString("terminal_id", request.terminalId);
        json.optionalString("order_id", request.orderId);
        json.close();
    }
    return out.view().toByteArray();
}

std::optional<qint64> parseWireAmount(QStringView text, int minorUnits, AmountUnit unit)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 30)
        return std::nullopt;
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    auto digitsOnly = [](QStringView s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (whole.isEmpty() || !digitsOnly(whole) || !digitsOnly(fraction)
        || (dot >= 0 && fraction.isEmpty()) || whole.size() > 18)
        return std::nullopt;
    const int places = std::clamp(minorUnits, 0, 6);
    qint64 value = whole.toLongLong();
    if (unit == AmountUnit::Minor) {
        // Minor units are whole numbers: "1250.00" is 1250, "1250.5" is not an amount.
        if (!std::all_of(fraction.begin(), fraction.end(), [](QChar c) { return c == u'0'; }))
            return std::nullopt;
        return value;
    }
    if (fraction.size() > places)
        return std::nullopt;
    for (int i = 0; i < places; ++i) {
        value *= 10;
        if (i < fraction.size())
            value += fraction.at(i).unicode() - u'0';
    }
    return value;
}

QByteArray wireAmountText(qint64 minor, int minorUnits, AmountUnit unit)
{
    if (unit == AmountUnit::Major)
        return majorUnitsDecimal(minor, minorUnits);
    return QByteArray::number(minor);
}

} // namespace pavt
