// SPDX-License-Identifier: MIT
#include "core/gateway/payloadcipher.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace pavt;

class TestPayloadCipher : public QObject
{
    Q_OBJECT

private:
    static QByteArray key32() { return QByteArrayLiteral("0123456789abcdef0123456789ABCDEF"); }

private slots:
    // NIST SP 800-38A, F.2.5 (CBC-AES256.Encrypt) and F.2.6 (CBC-AES256.Decrypt).
    void nistVectors()
    {
        const QByteArray key = QByteArray::fromHex(
            "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");
        const QByteArray iv = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
        const QByteArray plain = QByteArray::fromHex(
            "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
            "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
        const QByteArray cipher = QByteArray::fromHex(
            "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d"
            "39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b");
        auto c = PayloadCipher::create(key);
        QVERIFY(c.has_value());
        auto enc = c->rawCbc(plain, iv, true, false);
        QVERIFY(enc.has_value());
        QCOMPARE(enc->toHex(), cipher.toHex());
        auto dec = c->rawCbc(cipher, iv, false, false);
        QVERIFY(dec.has_value());
        QCOMPARE(dec->toHex(), plain.toHex());
        // With PKCS#7 a whole extra block of padding follows the four NIST blocks.
        auto padded = c->encryptWithIv(plain, iv);
        QVERIFY(padded.has_value());
        QVERIFY(padded->startsWith(
            QByteArray("000102030405060708090a0b0c0d0e0f:").append(cipher.toHex())));
        QCOMPARE(padded->size(), 32 + 1 + (64 + 16) * 2);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one") << QByteArray("x");
        QTest::newRow("block-1") << QByteArray(15, 'a');
        QTest::newRow("block") << QByteArray(16, 'b');
        QTest::newRow("json") << QByteArray(
            R"({"first_name":"James","amount":1250,"currency":"GBP"})");
        QTest::newRow("utf8") << QStringLiteral("Zoë Ångström – 東京").toUtf8();
        QTest::newRow("large") << QByteArray(100000, 'z');
    }
    void roundTrip()
    {
        QFETCH(QByteArray, plain);
        auto c = PayloadCipher::create(key32());
        QVERIFY(c.has_value());
        auto env = c->encrypt(plain);
        QVERIFY(env.has_value());
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}:([0-9a-f]{32})+$"))
                    .match(QString::fromLatin1(*env))
                    .hasMatch());
        auto back = c->decrypt(*env);
        QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->view(), QByteArrayView(plain));
    }

    void freshIvEveryCall()
    {
        auto c = PayloadCipher::create(key32());
        QSet<QByteArray> ivs;
        for (int i = 0; i < 200; ++i) {
            auto env = c->encrypt("same plaintext");
            QVERIFY(env.has_value());
            ivs.insert(env->left(32));
        }
        QCOMPARE(ivs.size(), 200);
    }

    void keySize_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("31") << QByteArray(31, 'k');
        QTest::newRow("33") << QByteArray(33, 'k');
        QTest::newRow("16") << QByteArray(16, 'k');
        QTest::newRow("utf8 32 chars 33 bytes")
            << (QByteArray(31, 'k') + QStringLiteral("é").toUtf8());
    }
    void keySize()
    {
        QFETCH(QByteArray, key);
        auto c = PayloadCipher::create(key);
        QVERIFY(!c.has_value());
        QCOMPARE(c.error().code, QStringLiteral("key_size"));
        QVERIFY(c.error().message.contains(QStringLiteral("32")));
    }

    void malformedEnvelope_data()
    {
        QTest::addColumn<QByteArray>("envelope");
        QTest::addColumn<QString>("code");
        const QByteArray iv(32, 'a');
        QTest::newRow("empty") << QByteArray() << "malformed";
        QTest::newRow("no colon") << QByteArray(64, 'a') << "malformed";
        QTest::newRow("short iv") << QByteArray("abcd:" + QByteArray(32, 'a')) << "malformed";
        QTest::newRow("non-hex iv")
            << QByteArray(QByteArray(32, 'g') + ':' + QByteArray(32, 'a')) << "malformed";
        QTest::newRow("empty ct") << QByteArray(iv + ':') << "malformed";
        QTest::newRow("odd ct") << QByteArray(iv + ':' + QByteArray(31, 'a')) << "malformed";
        QTest::newRow("partial block") << QByteArray(iv + ':' + QByteArray(30, 'a')) << "malformed";
        QTest::newRow("non-hex ct")
            << QByteArray(iv + ':' + QByteArray(31, 'a') + 'z') << "malformed";
        QTest::newRow("two colons") << QByteArray(iv + "::" + QByteArray(32, 'a')) << "malformed";
        QTest::newRow("garbage block")
            << QByteArray(iv + ':' + QByteArray(32, 'a')) << "bad_padding";
        QTest::newRow("control chars") << QByteArray("\x01\x02\x03:\x00\x7f", 7) << "malformed";
        QTest::newRow("10000") << QByteArray(10000, ':') << "malformed";
    }
    void malformedEnvelope()
    {
        QFETCH(QByteArray, envelope);
        QFETCH(QString, code);
        auto c = PayloadCipher::create(key32());
        auto r = c->decrypt(envelope);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
    }

    void wrongKeyIsAnError()
    {
        auto a = PayloadCipher::create(key32());
        auto b = PayloadCipher::create(QByteArray(32, 'w'));
        int errors = 0;
        // A wrong key gives bad padding nearly always; when the padding happens to be valid
        // the plaintext differs. Either way the original never comes back.
        for (int i = 0; i < 50; ++i) {
            auto env = a->encrypt("{\"card_number\":\"4111111111111111\"}");
            auto r = b->decrypt(*env);
            if (!r)
                ++errors;
            else
                QVERIFY(r->view() != QByteArrayView("{\"card_number\":\"4111111111111111\"}"));
        }
        QVERIFY(errors > 40);
    }

    void tamperedCiphertext()
    {
        auto c = PayloadCipher::create(key32());
        auto env = c->encrypt("hello world");
        QByteArray bad = *env;
        bad[bad.size() - 1] = bad.at(bad.size() - 1) == '0' ? '1' : '0';
        auto r = c->decrypt(bad);
        if (r)
            QVERIFY(r->view() != QByteArrayView("hello world"));
    }

    // Interoperability with `openssl enc -aes-256-cbc -K <hex> -iv <hex>` both ways.
    void opensslCommandInterop()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is not installed");
        const QByteArray key = key32();
        auto c = PayloadCipher::create(key);
        const QByteArray plain = R"({"amount":1250,"currency":"GBP","first_name":"James"})";
        auto env = c->encrypt(plain);
        QVERIFY(env.has_value());
        const QByteArray ivHex = env->left(32);
        const QByteArray ctHex = env->mid(33);

        // The key goes to openssl through argv here; it is a test key, never a merchant's.
        QProcess dec;
        dec.start(openssl,
                  { QStringLiteral("enc"), QStringLiteral("-d"), QStringLiteral("-aes-256-cbc"),
                    QStringLiteral("-K"), QString::fromLatin1(key.toHex()), QStringLiteral("-iv"),
                    QString::fromLatin1(ivHex) });
        QVERIFY(dec.waitForStarted());
        dec.write(QByteArray::fromHex(ctHex));
        dec.closeWriteChannel();
        QVERIFY(dec.waitForFinished());
        QCOMPARE(dec.exitCode(), 0);
        QCOMPARE(dec.readAllStandardOutput(), plain);

        const QByteArray iv2 = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        QProcess enc;
        enc.start(openssl,
                  { QStringLiteral("enc"), QStringLiteral("-aes-256-cbc"), QStringLiteral("-K"),
                    QString::fromLatin1(key.toHex()), QStringLiteral("-iv"),
                    QString::fromLatin1(iv2.toHex()) });
        QVERIFY(enc.waitForStarted());
        enc.write(plain);
        enc.closeWriteChannel();
        QVERIFY(enc.waitForFinished());
        QCOMPARE(enc.exitCode(), 0);
        const QByteArray fromCli = iv2.toHex() + ':' + enc.readAllStandardOutput().toHex();
        auto mine = c->encryptWithIv(plain, iv2);
        QCOMPARE(*mine, fromCli);
        auto back = c->decrypt(fromCli);
        QVERIFY(back.has_value());
        QCOMPARE(back->view(), QByteArrayView(plain));
    }
};

QTEST_GUILESS_MAIN(TestPayloadCipher)
#include "tst_payloadcipher.moc"
