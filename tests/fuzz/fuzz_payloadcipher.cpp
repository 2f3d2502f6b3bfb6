// SPDX-License-Identifier: MIT
// The payload decryptor: PayloadCipher::decrypt(envelope), and the round trip with encrypt.
//
// Input: the whole input is an envelope for decrypt() with the test key; the same bytes are then
// split into a 32-byte key, a 16-byte IV and a plaintext for the round trip (shorter inputs use
// the test key and a zero IV).
//
// Invariants (beyond "no crash, no sanitizer report"):
// - decrypt() succeeds only for a well-formed envelope: 32 hex digits, ':', a non-empty even run
//   of hex digits that is a whole number of 16-byte blocks; the plaintext is 1..16 bytes shorter
//   than the ciphertext (PKCS#7).
// - decrypt(encryptWithIv(x, iv)) == x and decrypt(encrypt(x)) == x for any key, IV and x; the
//   envelope is exactly 32 lower-case hex digits, ':', lower-case hex of 16 * (|x| / 16 + 1) bytes,
//   and it begins with the IV.
// - Hex digits are read in either case: the upper-cased envelope decrypts to the same x.
// - A successful decrypt of anything is stable: decrypting it again gives the same bytes.
#include "core/gateway/payloadcipher.h"
#include "support/fuzzsupport.h"

using namespace pavt;

namespace {

constexpr char TestKey[] = "0123456789abcdef0123456789abcdef";

bool isHex(QByteArrayView text, bool lowerOnly)
{
    for (char c : text) {
        const bool digit = c >= '0' && c <= '9';
        const bool lower = c >= 'a' && c <= 'f';
        const bool upper = c >= 'A' && c <= 'F';
        if (!digit && !lower && !(upper && !lowerOnly))
            return false;
    }
    return true;
}

QString hexDump(QByteArrayView bytes)
{
    return QString::fromLatin1(
        bytes.first(qMin<qsizetype>(bytes.size(), 96)).toByteArray().toHex());
}

void checkDecryptOfAnything(const PayloadCipher &cipher, QByteArrayView envelope)
{
    const auto plain = cipher.decrypt(envelope);
    if (!plain) {
        FUZZ_CHECK(!plain.error().code.isEmpty() && !plain.error().message.isEmpty(),
                   hexDump(envelope));
        return;
    }
    const qsizetype colon = envelope.indexOf(':');
    FUZZ_CHECK(colon == 32, QStringLiteral("accepted without a colon at 32: ") + hexDump(envelope));
    const QByteArrayView iv = envelope.first(colon);
    const QByteArrayView hex = envelope.sliced(colon + 1);
    FUZZ_CHECK(isHex(iv, false) && isHex(hex, false) && !hex.isEmpty() && hex.size() % 32 == 0,
               QStringLiteral("accepted a malformed envelope: ") + hexDump(envelope));
    const qsizetype cipherBytes = hex.size() / 2;
    FUZZ_CHECK(plain->size() < cipherBytes && plain->size() >= cipherBytes - 16,
               QStringLiteral("%1 plaintext bytes from %2 ciphertext bytes")
                   .arg(plain->size())
                   .arg(cipherBytes));
    const auto again = cipher.decrypt(envelope);
    FUZZ_CHECK(again && *again == *plain, QStringLiteral("decrypt is not stable"));
}

void checkRoundTrip(const PayloadCipher &cipher, QByteArrayView iv, QByteArrayView plaintext)
{
    const auto envelope = cipher.encryptWithIv(plaintext, iv);
    FUZZ_CHECK(envelope.has_value(), envelope ? QString() : envelope.error().message);
    const qsizetype cipherBytes = 16 * (plaintext.size() / 16 + 1);
    FUZZ_CHECK(envelope->size() == 32 + 1 + 2 * cipherBytes,
               QStringLiteral("envelope of %1 bytes for %2 plaintext bytes")
                   .arg(envelope->size())
                   .arg(plaintext.size()));
    FUZZ_CHECK(envelope->at(32) == ':' && isHex(QByteArrayView(*envelope).first(32), true)
                   && isHex(QByteArrayView(*envelope).sliced(33), true),
               QString::fromLatin1(envelope->left(120)));
    FUZZ_CHECK(envelope->left(32) == iv.toByteArray().toHex(),
               QStringLiteral("the envelope does not start with the IV"));

    const auto plain = cipher.decrypt(*envelope);
    FUZZ_CHECK(plain && plain->view() == plaintext,
               QStringLiteral("decrypt(encryptWithIv(x)) != x for x = ") + hexDump(plaintext));
    const auto upper = cipher.decrypt(envelope->toUpper());
    FUZZ_CHECK(upper && upper->view() == plaintext,
               QStringLiteral("upper-case hex does not decrypt to x = ") + hexDump(plaintext));

    const auto fresh = cipher.encrypt(plaintext);
    FUZZ_CHECK(fresh.has_value(), fresh ? QString() : fresh.error().message);
    const auto freshPlain = cipher.decrypt(*fresh);
    FUZZ_CHECK(freshPlain && freshPlain->view() == plaintext,
               QStringLiteral("decrypt(encrypt(x)) != x for x = ") + hexDump(plaintext));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::quietQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16)
        return -1;
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    static const PayloadCipher testCipher = *PayloadCipher::create(QByteArrayView(TestKey, 32));
    checkDecryptOfAnything(testCipher, bytes);

    if (bytes.size() >= 48) {
        const auto cipher = PayloadCipher::create(bytes.first(32));
        FUZZ_CHECK(cipher.has_value(), QStringLiteral("a 32-byte key was refused"));
        checkRoundTrip(*cipher, bytes.sliced(32, 16), bytes.sliced(48));
        // Any 32 bytes are a key, and only 32.
        FUZZ_CHECK(!PayloadCipher::create(bytes.first(31))
                       && !PayloadCipher::create(bytes.first(33)),
                   QStringLiteral("a key that is not 32 bytes was accepted"));
    } else {
        static const char zeroIv[16] = {};
        checkRoundTrip(testCipher, QByteArrayView(zeroIv, 16), bytes);
    }
    return 0;
}
