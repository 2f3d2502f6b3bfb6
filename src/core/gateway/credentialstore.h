// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/base/secretbytes.h"
#include "core/gateway/layer.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace pavt {

// Where the secret key and encryption key live: the OS keychain in the program, memory in tests.
// Calls are asynchronous (a keychain may ask the user); the callback runs on the caller's thread.
class CredentialStore
{
public:
    static constexpr char SecretKeyName[] = "secret-key";
    static constexpr char EncryptionKeyName[] = "encryption-key";

    virtual ~CredentialStore() = default;
    // Error code "not_found" when nothing is stored under the name.
    virtual void read(const QString &name, std::function<void(Result<SecretBytes>)> done) = 0;
    virtual void write(const QString &name, const SecretBytes &value,
                       std::function<void(std::optional<Error>)> done)
        = 0;
    virtual void remove(const QString &name, std::function<void(std::optional<Error>)> done) = 0;
    // What backs it, for the settings page ("macOS Keychain", "Secret Service", "memory").
    virtual QString description() const = 0;

    // For command-line use: waits for read() at most timeoutMs (a locked keychain may prompt
    // forever).
    Result<SecretBytes> readBlocking(const QString &name, int timeoutMs = 5000);
};

class MemoryCredentialStore final : public CredentialStore
{
public:
    void read(const QString &name, std::function<void(Result<SecretBytes>)> done) override;
    void write(const QString &name, const SecretBytes &value,
               std::function<void(std::optional<Error>)> done) override;
    void remove(const QString &name, std::function<void(std::optional<Error>)> done) override;
    QString description() const override;
    // Tests: make every call fail as a broken keychain would.
    void setBroken(bool broken) { m_broken = broken; }

private:
    QHash<QString, SecretBytes> m_values;
    bool m_broken = false;
};

// The operating system's keychain through QtKeychain (Keychain on macOS, Credential Manager on
// Windows, Secret Service/KWallet on Linux). Failures are reported in words, never hidden.
class KeychainCredentialStore final : public CredentialStore
{
public:
    explicit KeychainCredentialStore(QString service
                                     = QStringLiteral("PayAgency Virtual Terminal"));
    void read(const QString &name, std::function<void(Result<SecretBytes>)> done) override;
    void write(const QString &name, const SecretBytes &value,
               std::function<void(std::optional<Error>)> done) override;
    void remove(const QString &name, std::function<void(std::optional<Error>)> done) override;
    QString description() const override;

private:
    QString m_service;
};

// What a keychain failure means for a person (QtKeychain's error code and text): whole
// sentences that say what happens now and what to do; "Unknown error" is never shown. Without a
// keychain service on the desktop (no Secret Service on Linux) the code is "no_keychain_service".
Error describeKeychainFailure(int code, const QString &detail, bool keychainServiceRunning);

} // namespace pavt
