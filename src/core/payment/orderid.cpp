// SPDX-License-Identifier: MIT
#include "core/payment/orderid.h"

#include <QRandomGenerator>

#include <openssl/rand.h>

namespace pavt {

QString generateOrderId(const Clock &clock)
{
    static constexpr char Alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
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

} // namespace pavt
