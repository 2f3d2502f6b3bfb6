// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/base/secretbytes.h"
#include "core/gateway/layer.h"

#include <QByteArray>

namespace pavt {

// The gateway's payload envelope: AES-256-CBC with PKCS#7 padding, key = the 32 UTF-8 bytes of the
// merchant's encryption key, a fresh 16-byte IV from RAND_bytes per call, written as
// "<32 lower-case hex digits of IV>:<lower-case hex ciphertext>".
class PayloadCipher
{
public:
    static constexpr int KeySize = 32;
    static constexpr int IvSize = 16;

    // Fails unless the key is exactly 32 bytes.
    static Result<PayloadCipher> create(QByteArrayView key);
    static Result<PayloadCipher> create(const SecretBytes &key) { return create(key.view()); }

    // "ivhex:ciphertexthex" of the plaintext, with a fresh random IV.
    Result<QByteArray> encrypt(QByteArrayView plaintext) const;
    // The same with a caller-chosen IV: for test vectors only.
    Result<QByteArray> encryptWithIv(QByteArrayView plaintext, QByteArrayView iv) const;
    // Raw AES-256-CBC without the envelope or padding removal: for the NIST vectors.
    Result<QByteArray> rawCbc(QByteArrayView input, QByteArrayView iv, bool encrypt,
                              bool padding) const;

    // Decrypts an envelope; a malformed envelope or bad padding is an error, never a crash.
    Result<SecretBytes> decrypt(QByteArrayView envelope) const;

    // The OpenSSL library in use ("OpenSSL 3.0.19 27 Jan 2026"), for the About box.
    static QString libraryVersion();

private:
    PayloadCipher() = default;
    SecretBytes m_key;
};

} // namespace pavt
