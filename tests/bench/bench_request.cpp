// SPDX-License-Identifier: MIT
// Benchmark: whole-request validation and JSON + encryption of a payload, the typing and submit
// paths. Prints median and p99 per operation; never fails on timing.
#include "core/gateway/payloadcipher.h"
#include "core/payment/paymentrequest.h"
#include "core/payment/requestvalidator.h"
#include "core/payment/wirejson.h"
#include "support/testdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSysInfo>

#include <openssl/crypto.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pavt;

namespace {

template<typename F> void measure(const char *name, int iterations, F &&f)
{
    for (int i = 0; i < iterations / 10; ++i) // warm-up
        f();
    std::vector<qint64> ns;
    ns.reserve(size_t(iterations));
    QElapsedTimer timer;
    for (int i = 0; i < iterations; ++i) {
        timer.start();
        f();
        ns.push_back(timer.nsecsElapsed());
    }
    std::sort(ns.begin(), ns.end());
    const auto at
        = [&](double q) { return double(ns[size_t(q * double(ns.size() - 1))]) / 1000.0; };
    std::printf("%-34s median %8.2f us   p99 %8.2f us   (%d runs)\n", name, at(0.5), at(0.99),
                iterations);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(100, atoi(argv[1])) : 20000;
    std::printf("PayAgency Virtual Terminal request benchmark\n%s, %s, Qt %s, %s\n\n",
                OpenSSL_version(OPENSSL_VERSION), qPrintable(QSysInfo::prettyProductName()),
                qVersion(), qPrintable(QSysInfo::currentCpuArchitecture()));
    const PaymentRequest request = test::validRequest();
    auto cipher = PayloadCipher::create(QByteArrayView(test::TestEncryptionKey));
    volatile qsizetype sink = 0;

    measure("validateRequest (whole request)", n,
            [&] { sink = sink + validateRequest(request).size(); });
    FieldContext context;
    context.currency = QStringLiteral("GBP");
    context.country = QStringLiteral("GB");
    measure("validateField (card number)", n, [&] {
        sink = sink + validateField(Field::CardNumber, u"4111 1111 1111 1111", context).has_value();
    });
    measure("validateField (amount)", n,
            [&] { sink = sink + validateField(Field::Amount, u"1,234.56", context).has_value(); });
    measure("toWireJson", n, [&] { sink = sink + toWireJson(request)->size(); });
    const SecretBytes json = *toWireJson(request);
    measure("encrypt (AES-256-CBC + hex)", n,
            [&] { sink = sink + cipher->encrypt(json.view())->size(); });
    measure("toWireJson + encrypt", n, [&] {
        auto j = toWireJson(request);
        sink = sink + cipher->encrypt(j->view())->size();
    });
    measure("validate + JSON + encrypt", n, [&] {
        sink = sink + validateRequest(request).size();
        auto j = toWireJson(request);
        sink = sink + cipher->encrypt(j->view())->size();
    });
    std::printf("\npayload plaintext: %lld bytes\n", static_cast<long long>(json.size()));
    return 0;
}
