// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/base/secretbytes.h"

#include <QString>

#include <optional>

namespace pavt {

// The cost of one password hash: scrypt (RFC 7914) through OpenSSL 3's EVP_PBE_scrypt. The
// parameters travel with every hash, so they can be raised later: a hash made with lower ones is
// still verified, and PasswordHash::needsRehash() says when to make it again at a sign-in.
struct ScryptParameters
{
    int logN = 15; // N = 2^15: 32 MiB of memory per hash with r = 8 (128 * r * N bytes)
    int r = 8;
    int p = 1;
    friend bool operator==(const ScryptParameters &, const ScryptParameters &) = default;
};

// Passwords of the operators' accounts (SECURITY.md): a memory-hard key derivation (scrypt) with
// a fresh 16-byte salt per hash, the parameters stored with it, and a constant-time comparison.
// A stored hash reads "$scrypt$ln=15,r=8,p=1$<salt, base64>$<32-byte key, base64>".
namespace PasswordHash {

inline constexpr int MinimumLength = 12; // characters (PCI DSS 8.3.6)
inline constexpr int MaximumLength = 256;

// The parameters new hashes get (ScryptParameters{}: about 100-300 ms on one core, see
// bench_operators).
ScryptParameters defaultParameters();

// A new hash of the password (UTF-8) with a fresh random salt.
Result<QString> hash(const SecretBytes &password,
                     const ScryptParameters &parameters = defaultParameters());
// Whether the password matches the stored hash (constant-time comparison of the derived keys).
// A stored text that is not a hash of this kind, or with parameters out of the accepted range,
// is an Error ("password_hash"), never a match.
Result<bool> verify(const SecretBytes &password, const QString &stored);
// Spends the time of one verification without a stored hash: for a name that has no account, so
// that a wrong name takes as long as a wrong password.
void spendVerificationTime(const SecretBytes &password);
// The stored hash was made with other parameters than `wanted` (or cannot be read).
bool needsRehash(const QString &stored, const ScryptParameters &wanted = defaultParameters());
// The parameters of a stored hash; nullopt when it cannot be read.
std::optional<ScryptParameters> parametersOf(const QString &stored);

// The password rule: at least MinimumLength characters, at most MaximumLength, no control
// characters, not the account's name. nullopt when the password may be used; else an Error
// ("password_rule") whose message says why.
std::optional<Error> checkRule(const SecretBytes &password, const QString &accountName = {});

} // namespace PasswordHash

} // namespace pavt
