// SPDX-License-Identifier: MIT
// Password hashing (core/base/passwordhash.h): scrypt with a fresh salt per hash and its
// parameters stored with it, constant-time verification, hostile stored texts refused quickly,
// and the password rule (at least 12 characters).
#include "core/base/passwordhash.h"

#include <QElapsedTimer>
#include <QTest>

using namespace pavt;

namespace {

SecretBytes pw(const char *text)
{
    return SecretBytes(QByteArrayView(text));
}

// Cheap parameters where the cost does not matter to what is checked.
const ScryptParameters Cheap { 10, 8, 1 };

} // namespace

class TestPasswordHash : public QObject
{
    Q_OBJECT

private slots:
    void roundTripWithTheDefaultCost()
    {
        QElapsedTimer timer;
        timer.start();
        auto stored = PasswordHash::hash(pw("correct horse battery"));
        const qint64 ms = timer.elapsed();
        QVERIFY(stored);
        QVERIFY2(stored->startsWith(u"$scrypt$ln=15,r=8,p=1$"), qPrintable(*stored));
        QVERIFY(!stored->contains(u"correct"));
        QCOMPARE(PasswordHash::verify(pw("correct horse battery"), *stored).value(), true);
        QCOMPARE(PasswordHash::verify(pw("correct horse batterz"), *stored).value(), false);
        QCOMPARE(PasswordHash::verify(pw(""), *stored).value(), false);
        QCOMPARE(PasswordHash::parametersOf(*stored), PasswordHash::defaultParameters());
        QVERIFY(!PasswordHash::needsRehash(*stored));
        qInfo("one hash with the default parameters: %lld ms", ms);
    }

    void everyHashHasItsOwnSalt()
    {
        auto a = PasswordHash::hash(pw("the same password"), Cheap);
        auto b = PasswordHash::hash(pw("the same password"), Cheap);
        QVERIFY(a && b);
        QVERIFY(*a != *b);
        QCOMPARE(a->section(u'$', 3, 3).size(), 24); // 16 bytes of salt, base64
        QCOMPARE(a->section(u'$', 4, 4).size(), 44); // 32 bytes of key, base64
        QVERIFY(PasswordHash::verify(pw("the same password"), *b).value());
    }

    void olderParametersAreVerifiedAndMarkedForARehash()
    {
        auto stored = PasswordHash::hash(pw("a password of old"), Cheap);
        QVERIFY(stored);
        QCOMPARE(PasswordHash::parametersOf(*stored), Cheap);
        QVERIFY(PasswordHash::verify(pw("a password of old"), *stored).value());
        QVERIFY(PasswordHash::needsRehash(*stored));
        QVERIFY(!PasswordHash::needsRehash(*stored, Cheap));
    }

    void storedTextsThatAreNotHashesAreErrors_data()
    {
        QTest::addColumn<QString>("stored");
        const QString salt = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA==");
        const QString key = QString::fromLatin1(QByteArray(32, 'k').toBase64());
        QTest::newRow("empty") << QString();
        QTest::newRow("plain text") << QStringLiteral("correct horse battery");
        QTest::newRow("other scheme")
            << QStringLiteral("$argon2id$v=19$m=65536,t=3,p=4$%1$%2").arg(salt, key);
        QTest::newRow("missing part") << QStringLiteral("$scrypt$ln=10,r=8,p=1$%1").arg(salt);
        QTest::newRow("bad base64") << QStringLiteral("$scrypt$ln=10,r=8,p=1$%1$!!!!").arg(salt);
        QTest::newRow("short key")
            << QStringLiteral("$scrypt$ln=10,r=8,p=1$%1$%2").arg(salt, QStringLiteral("AAAA"));
        // Hostile parameters: minutes of work or gigabytes of memory are never started.
        QTest::newRow("huge N") << QStringLiteral("$scrypt$ln=30,r=8,p=1$%1$%2").arg(salt, key);
        QTest::newRow("huge r") << QStringLiteral("$scrypt$ln=15,r=4096,p=1$%1$%2").arg(salt, key);
        QTest::newRow("huge p") << QStringLiteral("$scrypt$ln=15,r=8,p=999$%1$%2").arg(salt, key);
        QTest::newRow("tiny N") << QStringLiteral("$scrypt$ln=1,r=8,p=1$%1$%2").arg(salt, key);
        QTest::newRow("words") << QStringLiteral("$scrypt$ln=x,r=8,p=1$%1$%2").arg(salt, key);
    }
    void storedTextsThatAreNotHashesAreErrors()
    {
        QFETCH(QString, stored);
        QElapsedTimer timer;
        timer.start();
        auto result = PasswordHash::verify(pw("correct horse battery"), stored);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("password_hash"));
        QVERIFY(timer.elapsed() < 50);
        QVERIFY(PasswordHash::needsRehash(stored));
    }

    void theRule_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("11 characters") << QByteArray("abcdefghijk") << QString() << false;
        QTest::newRow("12 characters") << QByteArray("abcdefghijkl") << QString() << true;
        // Characters, not bytes: 12 two-byte letters are 12 characters, 11 are not enough.
        QTest::newRow("12 umlauts") << QString(12, QChar(0xE4)).toUtf8() << QString() << true;
        QTest::newRow("11 umlauts") << QString(11, QChar(0xE4)).toUtf8() << QString() << false;
        QTest::newRow("control character") << QByteArray("abcdefghijkl\tm") << QString() << false;
        QTest::newRow("the name") << QByteArray("Ann.Supervisor")
                                  << QStringLiteral("ann.supervisor") << false;
        QTest::newRow("too long") << QByteArray(257, 'a') << QString() << false;
        QTest::newRow("256") << QByteArray(256, 'a') << QString() << true;
    }
    void theRule()
    {
        QFETCH(QByteArray, password);
        QFETCH(QString, name);
        QFETCH(bool, ok);
        const auto problem = PasswordHash::checkRule(SecretBytes(password), name);
        QCOMPARE(!problem.has_value(), ok);
        if (problem) {
            QCOMPARE(problem->code, QStringLiteral("password_rule"));
            QVERIFY(!problem->message.isEmpty());
        }
    }

    void anUnknownNameCostsAsMuchAsAWrongPassword()
    {
        auto stored = PasswordHash::hash(pw("correct horse battery"));
        QVERIFY(stored);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!PasswordHash::verify(pw("wrong horse battery"), *stored).value());
        const qint64 wrong = timer.restart();
        PasswordHash::spendVerificationTime(pw("wrong horse battery"));
        const qint64 unknown = timer.elapsed();
        // Same work; generous bounds for a loaded machine.
        QVERIFY2(unknown * 3 >= wrong && wrong * 3 >= unknown,
                 qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(wrong).arg(unknown)));
    }
};

QTEST_APPLESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
