// SPDX-License-Identifier: MIT
#include "core/base/secretbytes.h"

#include <QTest>

using namespace pavt;

class TestSecretBytes : public QObject
{
    Q_OBJECT
private slots:
    void copiesAreDeep()
    {
        SecretBytes a(QByteArrayView("4111111111111111"));
        SecretBytes b = a;
        QVERIFY(a.constData() != b.constData());
        QVERIFY(a == b);
        a.clear();
        QVERIFY(a.isEmpty());
        QCOMPARE(b.view(), QByteArrayView("4111111111111111"));
    }
    void appendGrowsAndKeepsContent()
    {
        SecretBytes s;
        for (int i = 0; i < 1000; ++i)
            s.append(char('0' + i % 10));
        QCOMPARE(s.size(), 1000);
        QCOMPARE(s.view().first(12), QByteArrayView("012345678901"));
    }
    void wipeClearsQByteArray()
    {
        QByteArray a("secret");
        QByteArray shared = a;
        wipe(a);
        QVERIFY(a.isEmpty());
        QCOMPARE(shared, QByteArray("secret")); // a shared copy elsewhere is not corrupted
        QString t = QStringLiteral("4111");
        wipe(t);
        QVERIFY(t.isEmpty());
    }
    void fromStringIsUtf8()
    {
        auto s = SecretBytes::fromString(QStringLiteral("é1"));
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.toString(), QStringLiteral("é1"));
    }
};

QTEST_GUILESS_MAIN(TestSecretBytes)
#include "tst_secretbytes.moc"
