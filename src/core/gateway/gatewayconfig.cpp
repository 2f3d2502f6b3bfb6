// SPDX-License-Identifier: MIT
#include "core/gateway/gatewayconfig.h"

#include "core/gateway/payloadcipher.h"
#include "core/payment/fieldrules.h"

#include <QCoreApplication>

namespace pavt {

QString environmentId(Environment environment)
{
    return environment == Environment::Live ? QStringLiteral("live") : QStringLiteral("test");
}

Result<Environment> environmentFromSecretKey(QByteArrayView secretKey)
{
    if (secretKey.startsWith("PA_TEST_") && secretKey.size() > 8)
        return Environment::Test;
    if (secretKey.startsWith("PA_LIVE_") && secretKey.size() > 8)
        return Environment::Live;
    if (secretKey.isEmpty())
        return fail(
            QStringLiteral("no_secret_key"),
            QCoreApplication::translate("pavt::GatewayClient", "No secret key is configured."));
    return fail(QStringLiteral("secret_key_prefix"),
                QCoreApplication::translate(
                    "pavt::GatewayClient",
                    "The secret key must start with PA_TEST_ (test) or PA_LIVE_ (live)."));
}

std::optional<Error> checkCredentials(const Credentials &credentials)
{
    if (auto env = environmentFromSecretKey(credentials.secretKey.view()); !env)
        return env.error();
    if (auto cipher = PayloadCipher::create(credentials.encryptionKey); !cipher)
        return cipher.error();
    return std::nullopt;
}

std::optional<Error> checkBaseUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error { QStringLiteral("base_url"),
                       QCoreApplication::translate("pavt::GatewayClient",
                                                   "The gateway address is not a valid URL.") };
    if (url.scheme() == u"https")
        return std::nullopt;
    if (url.scheme() == u"http" && FieldRules::isLoopbackHost(url.host()))
        return std::nullopt;
    return Error { QStringLiteral("insecure_url"),
                   QCoreApplication::translate("pavt::GatewayClient",
                                               "The gateway address must use https:// (plain http "
                                               "is allowed only to this computer).") };
}

} // namespace pavt
