// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/base/secretbytes.h"
#include "core/gateway/layer.h"
#include "core/payment/wirejson.h"

#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <optional>

namespace pavt {

// How the terminal reaches the gateway, without the client itself: what settings describe and
// what a client is made from.

enum class Environment { Test, Live };
// "test" / "live": the {env} of the contract's paths.
QString environmentId(Environment environment);
// PA_TEST_… selects test, PA_LIVE_… live; any other prefix is a configuration error.
Result<Environment> environmentFromSecretKey(QByteArrayView secretKey);

struct Credentials
{
    SecretBytes secretKey;
    SecretBytes encryptionKey;
};

// The credentials are usable: a secret key with a known prefix and a 32-byte encryption key;
// else the reason ("no_secret_key", "secret_key_prefix", "encryption_key").
std::optional<Error> checkCredentials(const Credentials &credentials);

// The production gateway (a merchant may have a sub-domain of its own: a setting).
inline constexpr char DefaultBaseUrl[] = "https://backend.pay.agency";

struct GatewayConfig
{
    QUrl baseUrl = QUrl(QString::fromLatin1(DefaultBaseUrl));
    int timeoutMs = 15000; // whole call, from start to the last byte of the answer
    WireOptions wire;
    // A refund may carry the optional "amount" (a string in wire.amountUnit): a partial refund.
    // Off by default (the setting gateway/partialRefunds): only the Java SDK knows the field.
    bool partialRefunds = false;
    QList<QSslCertificate> extraCaCertificates; // e.g. a test CA; the system's are always trusted
    qsizetype maxResponseBytes = 1024 * 1024;
};

// Checks a base URL: https anywhere, plain http only to loopback.
std::optional<Error> checkBaseUrl(const QUrl &url);

} // namespace pavt
