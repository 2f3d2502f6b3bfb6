// SPDX-License-Identifier: MIT
// The keychain's failures in words: "Unknown error" (what QtKeychain says when no Secret Service
// runs) never reaches a person, and a desktop without a keychain service is named as such.
#include "core/gateway/credentialstore.h"

#include <QTest>
#include <qt6keychain/keychain.h>

using namespace pavt;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // No session bus: no keychain service can answer (and none can prompt for a password).
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pavt-test-bus");
    }

    void failuresInWords_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<bool>("service");
        QTest::addColumn<QString>("expectedCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("no service, unknown error")
            << int(QKeychain::OtherError) << QStringLiteral("Unknown error") << false
            << QStringLiteral("no_keychain_service")
            << QStringLiteral("No keychain service is running");
        QTest::newRow("service, unknown error")
            << int(QKeychain::OtherError) << QStringLiteral("Unknown error") << true
            << QStringLiteral("keychain") << QStringLiteral("did not say why");
        QTest::newRow("service, a real reason")
            << int(QKeychain::OtherError) << QStringLiteral("The collection is locked") << true
            << QStringLiteral("keychain") << QStringLiteral("The collection is locked");
        QTest::newRow("not found")
            << int(QKeychain::EntryNotFound) << QStringLiteral("Unknown error") << false
            << QStringLiteral("not_found") << QStringLiteral("No credentials are saved");
        QTest::newRow("denied") << int(QKeychain::AccessDeniedByUser)
                                << QStringLiteral("Unknown error") << true
                                << QStringLiteral("access_denied") << QStringLiteral("refused");
        QTest::newRow("no backend")
            << int(QKeychain::NoBackendAvailable) << QString() << true
            << QStringLiteral("no_keychain") << QStringLiteral("this session only");
    }
    void failuresInWords()
    {
        QFETCH(int, code);
        QFETCH(QString, detail);
        QFETCH(bool, service);
        QFETCH(QString, expectedCode);
        QFETCH(QString, says);
        const Error error = describeKeychainFailure(code, detail, service);
        QCOMPARE(error.code, expectedCode);
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QVERIFY2(!error.message.contains(u"Unknown error", Qt::CaseInsensitive),
                 qPrintable(error.message));
    }

    // Through QtKeychain itself, with no keychain service to reach.
    void aDesktopWithoutAKeychainServiceIsNamed()
    {
        KeychainCredentialStore store(QStringLiteral("pavt-test-no-service"));
        const auto read = store.readBlocking(QStringLiteral("secret"), 5000);
        QVERIFY(!read);
        QVERIFY2(!read.error().message.contains(u"Unknown error", Qt::CaseInsensitive),
                 qPrintable(read.error().message));
        QVERIFY2(read.error().code == u"no_keychain_service" || read.error().code == u"no_keychain",
                 qPrintable(read.error().code + u": " + read.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
