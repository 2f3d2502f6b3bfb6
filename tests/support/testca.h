// SPDX-License-Identifier: MIT
// A throwaway certificate authority and a server certificate for 127.0.0.1, made by the test with
// the openssl command in a temporary folder. No private key is ever committed.
#pragma once

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace pavt::test {

struct TestCertificates
{
    QSslCertificate ca;
    QSslCertificate server;
    QSslKey serverKey;
    QString error; // non-empty when they could not be made
};

inline TestCertificates makeTestCertificates()
{
    TestCertificates out;
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        out.error = QStringLiteral("the openssl command is not installed");
        return out;
    }
    QTemporaryDir dir;
    const auto run = [&](const QStringList &arguments) {
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(openssl, arguments);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            out.error = QString::fromLocal8Bit(p.readAllStandardError());
            return false;
        }
        return true;
    };
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    {
        QFile ext(dir.filePath(s("server.ext")));
        if (!ext.open(QIODevice::WriteOnly))
            return out;
        ext.write(
            "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
            "keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
    }
    if (!run({ s("req"), s("-x509"), s("-newkey"), s("ec"), s("-pkeyopt"),
               s("ec_paramgen_curve:P-256"), s("-nodes"), s("-keyout"), s("ca.key"), s("-out"),
               s("ca.crt"), s("-days"), s("2"), s("-subj"), s("/CN=pavt test CA"), s("-addext"),
               s("basicConstraints=critical,CA:TRUE"), s("-addext"),
               s("keyUsage=critical,keyCertSign,cRLSign") })
        || !run({ s("req"), s("-newkey"), s("ec"), s("-pkeyopt"), s("ec_paramgen_curve:P-256"),
                  s("-nodes"), s("-keyout"), s("server.key"), s("-out"), s("server.csr"),
                  s("-subj"), s("/CN=127.0.0.1") })
        || !run({ s("x509"), s("-req"), s("-in"), s("server.csr"), s("-CA"), s("ca.crt"),
                  s("-CAkey"), s("ca.key"), s("-CAcreateserial"), s("-out"), s("server.crt"),
                  s("-days"), s("2"), s("-extfile"), s("server.ext") }))
        return out;
    const auto read = [&](const char *name) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    out.ca = QSslCertificate(read("ca.crt"), QSsl::Pem);
    out.server = QSslCertificate(read("server.crt"), QSsl::Pem);
    out.serverKey = QSslKey(read("server.key"), QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (out.ca.isNull() || out.server.isNull() || out.serverKey.isNull())
        out.error = QStringLiteral("the generated certificates could not be read");
    return out;
}

} // namespace pavt::test
