// SPDX-License-Identifier: MIT
#include "core/gateway/credentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#if PAVT_KEYCHAIN_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

namespace pavt {

namespace {

// Whether a Secret Service (GNOME Keyring, KWallet, KeePassXC...) answers on the session bus:
// QtKeychain reports its absence only as "Unknown error".
bool secretServiceRunning()
{
#if PAVT_KEYCHAIN_DBUS
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface()
        && bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")).value();
#else
    return true;
#endif
}

Error keychainError(QKeychain::Error code, const QString &detail)
{
    const bool service
        = code == QKeychain::NoError || code == QKeychain::EntryNotFound || secretServiceRunning();
    return describeKeychainFailure(int(code), detail, service);
}

} // namespace

Error describeKeychainFailure(int code, const QString &detail, bool keychainServiceRunning)
{
    // A detail that says nothing ("Unknown error") never reaches a person.
    const QString said = detail.trimmed().compare(u"Unknown error", Qt::CaseInsensitive) == 0
        ? QString()
        : detail.trimmed();
    if (!keychainServiceRunning && code != QKeychain::EntryNotFound)
        return Error { QStringLiteral("no_keychain_service"),
                       QCoreApplication::translate(
                           "pavt::CredentialStore",
                           "No keychain service is running on this desktop (such as GNOME Keyring "
                           "or KWallet), so the merchant's keys cannot be saved: keys entered in "
                           "Settings work for this session only. To keep them, start a keychain "
                           "service (for example install gnome-keyring and sign in again) and save "
                           "the keys once more.") };
    switch (QKeychain::Error(code)) {
    case QKeychain::EntryNotFound:
        return Error { QStringLiteral("not_found"),
                       QCoreApplication::translate(
                           "pavt::CredentialStore",
                           "No credentials are saved in the keychain yet.") };
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error { QStringLiteral("access_denied"),
                       said.isEmpty()
                           ? QCoreApplication::translate("pavt::CredentialStore",
                                                         "Access to the keychain was refused.")
                           : QCoreApplication::translate("pavt::CredentialStore",
                                                         "Access to the keychain was refused: %1")
                                 .arg(said) };
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error {
            QStringLiteral("no_keychain"),
            QCoreApplication::translate(
                "pavt::CredentialStore",
                "This computer has no keychain the terminal can use, so the merchant's keys cannot "
                "be saved: keys entered in Settings work for this session only.")
        };
    default:
        return Error { QStringLiteral("keychain"),
                       said.isEmpty() ? QCoreApplication::translate(
                           "pavt::CredentialStore",
                           "The keychain did not give the saved keys, and did not say why. "
                           "Keys entered in Settings work for this session.")
                                      : QCoreApplication::translate("pavt::CredentialStore",
                                                                    "The keychain failed: %1")
                                            .arg(said) };
    }
}

Result<SecretBytes> CredentialStore::readBlocking(const QString &name, int timeoutMs)
{
    std::optional<Result<SecretBytes>> result;
    QEventLoop loop;
    read(name, [&](Result<SecretBytes> r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!result)
        return fail(QStringLiteral("timeout"),
                    QCoreApplication::translate("pavt::CredentialStore",
                                                "The keychain did not answer within %1 seconds.")
                        .arg(timeoutMs / 1000));
    return std::move(*result);
}

namespace {

// What a broken MemoryCredentialStore answers (tests of the keychain's failure paths).
Error simulatedFailure()
{
    return Error { QStringLiteral("keychain"),
                   QCoreApplication::translate("pavt::CredentialStore",
                                               "The keychain failed: simulated failure") };
}

} // namespace

void MemoryCredentialStore::read(const QString &name, std::function<void(Result<SecretBytes>)> done)
{
    if (m_broken)
        return done(std::unexpected(simulatedFailure()));
    auto it = m_values.constFind(name);
    if (it == m_values.constEnd())
        return done(
            fail(QStringLiteral("not_found"),
                 QCoreApplication::translate("pavt::CredentialStore",
                                             "No credentials are saved in the keychain yet.")));
    done(*it);
}

void MemoryCredentialStore::write(const QString &name, const SecretBytes &value,
                                  std::function<void(std::optional<Error>)> done)
{
    if (m_broken)
        return done(simulatedFailure());
    m_values.insert(name, value);
    done(std::nullopt);
}

void MemoryCredentialStore::remove(const QString &name,
                                   std::function<void(std::optional<Error>)> done)
{
    if (m_broken)
        return done(simulatedFailure());
    m_values.remove(name);
    done(std::nullopt);
}

QString MemoryCredentialStore::description() const
{
    return QCoreApplication::translate("pavt::CredentialStore", "memory (not saved)");
}

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service)) { }

void KeychainCredentialStore::read(const QString &name,
                                   std::function<void(Result<SecretBytes>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(name);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
            auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(j);
            if (readJob->error() != QKeychain::NoError)
                return done(
                    std::unexpected(keychainError(readJob->error(), readJob->errorString())));
            QByteArray data = readJob->binaryData();
            SecretBytes secret(data);
            wipe(data);
            done(std::move(secret));
        });
    job->start();
}

void KeychainCredentialStore::write(const QString &name, const SecretBytes &value,
                                    std::function<void(std::optional<Error>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(name);
    job->setBinaryData(value.view().toByteArray());
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [done = std::move(done)](QKeychain::Job *j) {
                         if (j->error() != QKeychain::NoError)
                             return done(keychainError(j->error(), j->errorString()));
                         done(std::nullopt);
                     });
    job->start();
}

void KeychainCredentialStore::remove(const QString &name,
                                     std::function<void(std::optional<Error>)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(name);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *j) {
            if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
                return done(keychainError(j->error(), j->errorString()));
            done(std::nullopt);
        });
    job->start();
}

QString KeychainCredentialStore::description() const
{
#if defined(Q_OS_MACOS)
    return QCoreApplication::translate("pavt::CredentialStore", "macOS Keychain");
#elif defined(Q_OS_WIN)
    return QCoreApplication::translate("pavt::CredentialStore", "Windows Credential Manager");
#else
    return QCoreApplication::translate("pavt::CredentialStore",
                                       "Secret Service (GNOME Keyring / KWallet)");
#endif
}

} // namespace pavt
