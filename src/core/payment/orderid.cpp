// SPDX-License-Identifier: MIT
#include "core/payment/orderid.h"

#include <QRandomGenerator>

#include <openssl/rand.h>

namespace pavt {

namespace {

constexpr char Alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
constexpr qsizetype TimeDigits = 14;

bool inAlphabet(QChar ch)
{
    const char16_t u = ch.unicode();
    return (u >= u'A' && u <= u'Z' && u != u'I' && u != u'O') || (u >= u'2' && u <= u'9');
}

// The ASCII digits text[from, from + count) as a number; -1 when one is no ASCII digit.
int asciiNumber(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u < u'0' || u > u'9')
            return -1;
        value = value * 10 + int(u - u'0');
    }
    return value;
}

} // namespace

QString generateOrderId(const Clock &clock)
{
    static_assert(sizeof Alphabet - 1 == 32);
    unsigned char random[10];
    if (RAND_bytes(random, sizeof random) != 1) {
        for (unsigned char &byte : random)
            byte = static_cast<unsigned char>(QRandomGenerator::system()->generate());
    }
    QString suffix;
    for (unsigned char byte : random)
        suffix.append(QLatin1Char(Alphabet[byte % 32]));
    return QStringLiteral("VT") + clock.now().toUTC().toString(QStringLiteral("yyyyMMddHHmmss"))
        + QLatin1Char('-') + suffix;
}

bool isTerminalOrderId(QStringView text)
{
    if (text.size() != TerminalOrderIdLength || text.at(0) != u'V' || text.at(1) != u'T'
        || text.at(2 + TimeDigits) != u'-')
        return false;
    for (qsizetype i = 2 + TimeDigits + 1; i < text.size(); ++i)
        if (!inAlphabet(text.at(i)))
            return false;
    const int year = asciiNumber(text, 2, 4);
    const int month = asciiNumber(text, 6, 2);
    const int day = asciiNumber(text, 8, 2);
    const int hour = asciiNumber(text, 10, 2);
    const int minute = asciiNumber(text, 12, 2);
    const int second = asciiNumber(text, 14, 2);
    if (year < 2000 || year > 2999 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return false;
    return QDate::isValid(year, month, day) && QTime::isValid(hour, minute, second, 0);
}

} // namespace pavt
