// SPDX-License-Identifier: MIT
#include "core/base/passwordhash.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>

namespace pavt::PasswordHash {

namespace {

constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;
// What a stored hash may ask for: a damaged or hostile row must not make a sign-in take minutes
// or gigabytes. N up to 2^20, r up to 32, p up to 16, and at most 1 GiB.
constexpr int MaxLogN = 20;
constexpr int MaxR = 32;
constexpr int MaxP = 16;
constexpr quint64 MaxMemory = quint64(1) << 30;

quint64 memoryFor(const ScryptParameters &p)
{
    // scrypt's working set is 128 * r * N * p bytes (plus 128 * r * N for V); OpenSSL refuses
    // anything above maxmem, so give it that with room to spare.
    return quint64(128) * quint64(p.r) * ((quint64(1) << p.logN) + quint64(p.p)) + (1 << 20);
}

bool inRange(const ScryptParameters &p)
{
    return p.logN >= 10 && p.logN <= MaxLogN && p.r >= 1 && p.r <= MaxR && p.p >= 1 && p.p <= MaxP
        && memoryFor(p) <= MaxMemory;
}

Error hashError(const QString &message)
{
    return Error { QStringLiteral("password_hash"), message };
}

// The derived key, or an Error with OpenSSL's reason.
Result<SecretBytes> derive(const SecretBytes &password, QByteArrayView salt,
                           const ScryptParameters &p)
{
    std::array<unsigned char, KeyBytes> key {};
    const int ok = EVP_PBE_scrypt(password.constData(), size_t(password.size()),
                                  reinterpret_cast<const unsigned char *>(salt.data()),
                                  size_t(salt.size()), quint64(1) << p.logN, quint64(p.r),
                                  quint64(p.p), memoryFor(p), key.data(), key.size());
    if (ok != 1) {
        char reason[256] = {};
        ERR_error_string_n(ERR_get_error(), reason, sizeof reason);
        ERR_clear_error();
        return std::unexpected(hashError(
            QCoreApplication::translate("pavt::Password", "The password could not be hashed: %1")
                .arg(QString::fromLatin1(reason))));
    }
    SecretBytes out(QByteArrayView(reinterpret_cast<const char *>(key.data()), key.size()));
    OPENSSL_cleanse(key.data(), key.size());
    return out;
}

struct Parsed
{
    ScryptParameters parameters;
    QByteArray salt;
    QByteArray key;
};

std::optional<Parsed> parse(const QString &stored)
{
    // "", "scrypt", "ln=15,r=8,p=1", salt, key
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 5 || !parts.at(0).isEmpty() || parts.at(1) != u"scrypt")
        return std::nullopt;
    Parsed out;
    const QStringList settings = parts.at(2).split(u',');
    if (settings.size() != 3)
        return std::nullopt;
    int *targets[] = { &out.parameters.logN, &out.parameters.r, &out.parameters.p };
    const char *names[] = { "ln", "r", "p" };
    for (int i = 0; i < 3; ++i) {
        const QString setting = settings.at(i);
        const QString prefix = QLatin1StringView(names[i]) + u'=';
        if (!setting.startsWith(prefix))
            return std::nullopt;
        bool ok = false;
        *targets[i] = setting.mid(prefix.size()).toInt(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (!inRange(out.parameters))
        return std::nullopt;
    const auto decode = [](const QString &text) {
        return QByteArray::fromBase64Encoding(text.toLatin1(),
                                              QByteArray::AbortOnBase64DecodingErrors);
    };
    auto salt = decode(parts.at(3));
    auto key = decode(parts.at(4));
    if (!salt || !key || salt.decoded.size() < 8 || key.decoded.size() != KeyBytes)
        return std::nullopt;
    out.salt = salt.decoded;
    out.key = key.decoded;
    return out;
}

} // namespace

ScryptParameters defaultParameters()
{
    return ScryptParameters {};
}

Result<QString> hash(const SecretBytes &password, const ScryptParameters &parameters)
{
    if (!inRange(parameters))
        return std::unexpected(hashError(QCoreApplication::translate(
            "pavt::Password", "The password hashing parameters are out of range.")));
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), SaltBytes) != 1)
        return std::unexpected(hashError(QCoreApplication::translate(
            "pavt::Password", "The system's random number generator failed.")));
    auto key = derive(password, salt, parameters);
    if (!key)
        return std::unexpected(key.error());
    const QByteArray keyCopy = QByteArray(key->constData(), key->size());
    QString out
        = QStringLiteral("$scrypt$ln=%1,r=%2,p=%3$%4$%5")
              .arg(parameters.logN)
              .arg(parameters.r)
              .arg(parameters.p)
              .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(keyCopy.toBase64()));
    return out;
}

Result<bool> verify(const SecretBytes &password, const QString &stored)
{
    const auto parsed = parse(stored);
    if (!parsed)
        return std::unexpected(hashError(QCoreApplication::translate(
            "pavt::Password", "The account's stored password hash cannot be read.")));
    auto key = derive(password, parsed->salt, parsed->parameters);
    if (!key)
        return std::unexpected(key.error());
    return CRYPTO_memcmp(key->constData(), parsed->key.constData(), KeyBytes) == 0;
}

void spendVerificationTime(const SecretBytes &password)
{
    static const QByteArray salt(SaltBytes, '\0');
    (void)derive(password, salt, defaultParameters());
}

std::optional<ScryptParameters> parametersOf(const QString &stored)
{
    const auto parsed = parse(stored);
    if (!parsed)
        return std::nullopt;
    return parsed->parameters;
}

bool needsRehash(const QString &stored, const ScryptParameters &wanted)
{
    const auto parameters = parametersOf(stored);
    return !parameters || *parameters != wanted;
}

std::optional<Error> checkRule(const SecretBytes &password, const QString &accountName)
{
    const auto refuse = [](const QString &message) {
        return Error { QStringLiteral("password_rule"), message };
    };
    // Characters, not bytes: a UTF-8 continuation byte starts no character.
    int characters = 0;
    for (qsizetype i = 0; i < password.size(); ++i) {
        const auto byte = static_cast<unsigned char>(password.constData()[i]);
        if ((byte & 0xC0) != 0x80)
            ++characters;
        if (byte < 0x20 || byte == 0x7F)
            return refuse(QCoreApplication::translate(
                "pavt::Password", "A password must not contain control characters."));
    }
    if (characters < MinimumLength)
        return refuse(QCoreApplication::translate("pavt::Password",
                                                  "A password needs at least %1 characters.")
                          .arg(MinimumLength));
    if (characters > MaximumLength)
        return refuse(QCoreApplication::translate("pavt::Password",
                                                  "A password may have at most %1 characters.")
                          .arg(MaximumLength));
    if (!accountName.isEmpty()) {
        const QByteArray name = accountName.toUtf8().toLower();
        QByteArray lower = QByteArray(password.constData(), password.size()).toLower();
        const bool same = lower == name;
        wipe(lower);
        if (same)
            return refuse(QCoreApplication::translate(
                "pavt::Password", "A password must not be the account's name."));
    }
    return std::nullopt;
}

} // namespace pavt::PasswordHash
