// SPDX-License-Identifier: MIT
#include "core/gateway/payloadcipher.h"

#include <QCoreApplication>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace pavt {

namespace {

struct CtxDeleter
{
    void operator()(EVP_CIPHER_CTX *ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
using CtxPtr = std::unique_ptr<EVP_CIPHER_CTX, CtxDeleter>;

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown OpenSSL error");
    char buffer[256];
    ERR_error_string_n(code, buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

constexpr char HexDigits[] = "0123456789abcdef";

void appendHex(QByteArray &out, const unsigned char *data, qsizetype size)
{
    const qsizetype start = out.size();
    out.resize(start + size * 2);
    char *dst = out.data() + start;
    for (qsizetype i = 0; i < size; ++i) {
        dst[2 * i] = HexDigits[data[i] >> 4];
        dst[2 * i + 1] = HexDigits[data[i] & 0x0f];
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Decodes strict hex (even length, hex digits only) into out; false otherwise.
bool decodeHex(QByteArrayView hex, QByteArray &out)
{
    if (hex.size() % 2 != 0)
        return false;
    out.resize(hex.size() / 2);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int hi = hexValue(hex[2 * i]);
        const int lo = hexValue(hex[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        out[i] = char((hi << 4) | lo);
    }
    return true;
}

} // namespace

Result<PayloadCipher> PayloadCipher::create(QByteArrayView key)
{
    if (key.size() != KeySize)
        return fail(
            QStringLiteral("key_size"),
            QCoreApplication::translate(
                "pavt::PayloadCipher",
                "The encryption key must be exactly 32 characters (bytes); this one has %1.")
                .arg(key.size()));
    PayloadCipher cipher;
    cipher.m_key = SecretBytes(key);
    return cipher;
}

Result<QByteArray> PayloadCipher::rawCbc(QByteArrayView input, QByteArrayView iv, bool encrypt,
                                         bool padding) const
{
    if (iv.size() != IvSize)
        return fail(QStringLiteral("iv_size"),
                    QCoreApplication::translate("pavt::PayloadCipher",
                                                "The initialisation vector must be 16 bytes."));
    CtxPtr ctx(EVP_CIPHER_CTX_new());
    if (!ctx)
        return fail(QStringLiteral("openssl"), opensslError());
    const auto *key = reinterpret_cast<const unsigned char *>(m_key.constData());
    const auto *ivp = reinterpret_cast<const unsigned char *>(iv.data());
    if (EVP_CipherInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr, key, ivp, encrypt ? 1 : 0) != 1)
        return fail(QStringLiteral("openssl"), opensslError());
    EVP_CIPHER_CTX_set_padding(ctx.get(), padding ? 1 : 0);
    if (input.size() > std::numeric_limits<int>::max() - 2 * IvSize)
        return fail(QStringLiteral("too_large"),
                    QCoreApplication::translate("pavt::PayloadCipher",
                                                "The payload is too large to encrypt."));

    QByteArray out(input.size() + IvSize, Qt::Uninitialized);
    int written = 0;
    int finalLen = 0;
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    const bool ok
        = EVP_CipherUpdate(ctx.get(), dst, &written,
                           reinterpret_cast<const unsigned char *>(input.data()), int(input.size()))
            == 1
        && EVP_CipherFinal_ex(ctx.get(), dst + written, &finalLen) == 1;
    if (!ok) {
        wipe(out);
        ERR_clear_error();
        if (!encrypt)
            return fail(QStringLiteral("bad_padding"),
                        QCoreApplication::translate(
                            "pavt::PayloadCipher",
                            "The payload could not be decrypted: wrong key or corrupted data "
                            "(bad padding)."));
        return fail(QStringLiteral("openssl"), opensslError());
    }
    out.resize(written + finalLen);
    return out;
}

Result<QByteArray> PayloadCipher::encryptWithIv(QByteArrayView plaintext, QByteArrayView iv) const
{
    auto cipherText = rawCbc(plaintext, iv, true, true);
    if (!cipherText)
        return std::unexpected(cipherText.error());
    QByteArray envelope;
    envelope.reserve(IvSize * 2 + 1 + cipherText->size() * 2);
    appendHex(envelope, reinterpret_cast<const unsigned char *>(iv.data()), iv.size());
    envelope.append(':');
    appendHex(envelope, reinterpret_cast<const unsigned char *>(cipherText->constData()),
              cipherText->size());
    return envelope;
}

Result<QByteArray> PayloadCipher::encrypt(QByteArrayView plaintext) const
{
    unsigned char iv[IvSize];
    if (RAND_bytes(iv, IvSize) != 1)
        return fail(QStringLiteral("random"),
                    QCoreApplication::translate("pavt::PayloadCipher",
                                                "The system's random number generator failed: %1")
                        .arg(opensslError()));
    return encryptWithIv(plaintext, QByteArrayView(reinterpret_cast<const char *>(iv), IvSize));
}

Result<SecretBytes> PayloadCipher::decrypt(QByteArrayView envelope) const
{
    const qsizetype colon = envelope.indexOf(':');
    if (colon < 0)
        return fail(
            QStringLiteral("malformed"),
            QCoreApplication::translate(
                "pavt::PayloadCipher", "The payload is not of the form iv:ciphertext (no colon)."));
    QByteArray iv;
    if (colon != IvSize * 2 || !decodeHex(envelope.first(colon), iv))
        return fail(QStringLiteral("malformed"),
                    QCoreApplication::translate("pavt::PayloadCipher",
                                                "The payload's IV must be 32 hexadecimal digits."));
    const QByteArrayView hex = envelope.sliced(colon + 1);
    QByteArray cipherText;
    if (hex.isEmpty() || !decodeHex(hex, cipherText))
        return fail(QStringLiteral("malformed"),
                    QCoreApplication::translate("pavt::PayloadCipher",
                                                "The payload's ciphertext is not hexadecimal."));
    if (cipherText.size() % IvSize != 0)
        return fail(QStringLiteral("malformed"),
                    QCoreApplication::translate(
                        "pavt::PayloadCipher",
                        "The payload's ciphertext is not a whole number of 16-byte blocks."));
    auto plain = rawCbc(cipherText, iv, false, true);
    if (!plain)
        return std::unexpected(plain.error());
    SecretBytes result(*plain);
    wipe(*plain);
    return result;
}

QString PayloadCipher::libraryVersion()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

} // namespace pavt
