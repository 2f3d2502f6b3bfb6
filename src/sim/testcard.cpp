// SPDX-License-Identifier: MIT
#include "sim/testcard.h"

namespace pavt::sim {

const QList<TestCard> &testCardTable()
{
    static const QList<TestCard> table = {
        { QStringLiteral("4111111111111111"), QStringLiteral("Visa"),
          QStringLiteral("approved (SUCCESS)"), CardBehaviour::Approve },
        { QStringLiteral("4242424242424242"), QStringLiteral("Visa"),
          QStringLiteral("approved (SUCCESS)"), CardBehaviour::Approve },
        { QStringLiteral("4000000000000002"), QStringLiteral("Visa"),
          QStringLiteral("declined: FAILED \"Card declined\""), CardBehaviour::Decline },
        { QStringLiteral("4000000000009995"), QStringLiteral("Visa"),
          QStringLiteral("declined: FAILED \"Insufficient funds\""),
          CardBehaviour::InsufficientFunds },
        { QStringLiteral("4000000000000069"), QStringLiteral("Visa"),
          QStringLiteral("declined: FAILED \"Expired card\""), CardBehaviour::ExpiredCard },
        { QStringLiteral("4000000000003220"), QStringLiteral("Visa"),
          QStringLiteral("3-D Secure: REDIRECT to the simulator's check page, PENDING until the "
                         "cardholder approves or fails it"),
          CardBehaviour::ThreeDSecure },
        { QStringLiteral("4000000000000119"), QStringLiteral("Visa"),
          QStringLiteral("gateway error: HTTP 500 with an HTML page, nothing recorded"),
          CardBehaviour::ServerError },
        { QStringLiteral("4000000000000259"), QStringLiteral("Visa"),
          QStringLiteral("slow: recorded SUCCESS at once, answered only after the slow-card delay "
                         "(20 s by default, past the client's 15 s timeout): an unknown outcome"),
          CardBehaviour::Slow },
        { QStringLiteral("4000000000000341"), QStringLiteral("Visa"),
          QStringLiteral("dropped: recorded SUCCESS, then the connection is closed without an "
                         "answer: an unknown outcome"),
          CardBehaviour::DropConnection },
    };
    return table;
}

CardBehaviour behaviourOf(QStringView cardNumber)
{
    for (const TestCard &card : testCardTable()) {
        if (card.number == cardNumber)
            return card.behaviour;
    }
    return CardBehaviour::Approve;
}

namespace {

int prefixValue(QStringView number, int digits)
{
    if (number.size() < digits)
        return -1;
    int value = 0;
    for (int i = 0; i < digits; ++i)
        value = value * 10 + (number[i].unicode() - u'0');
    return value;
}

} // namespace

QString cardBrand(QStringView n)
{
    const int p1 = prefixValue(n, 1);
    const int p2 = prefixValue(n, 2);
    const int p3 = prefixValue(n, 3);
    const int p4 = prefixValue(n, 4);
    if (p1 == 4)
        return QStringLiteral("Visa");
    if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720))
        return QStringLiteral("Mastercard");
    if (p2 == 34 || p2 == 37)
        return QStringLiteral("American Express");
    if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649))
        return QStringLiteral("Discover");
    if (p4 >= 3528 && p4 <= 3589)
        return QStringLiteral("JCB");
    if ((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39)
        return QStringLiteral("Diners Club");
    if (p2 == 62)
        return QStringLiteral("UnionPay");
    if (p2 == 50 || (p2 >= 56 && p2 <= 69))
        return QStringLiteral("Maestro");
    return QStringLiteral("Unknown");
}

} // namespace pavt::sim
