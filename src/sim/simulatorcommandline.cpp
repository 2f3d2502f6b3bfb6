// SPDX-License-Identifier: MIT
#include "sim/simulatorcommandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>

namespace pavt::sim {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char *text)
{
    return QCoreApplication::translate("pavt::sim::SimulatorCommandLine", text);
}

Result<QByteArray> readKeyFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"key_file"_s,
                    tr("Cannot read the %1 file %2: %3").arg(what, path, file.errorString()));
    QByteArray key = file.read(4096).trimmed();
    if (key.isEmpty())
        return fail(u"key_file"_s, tr("The %1 file %2 is empty.").arg(what, path));
    return key;
}

QByteArray randomText(int length)
{
    static constexpr char Alphabet[]
        = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray text(length, Qt::Uninitialized);
    for (char &c : text)
        c = Alphabet[QRandomGenerator::system()->bounded(int(sizeof Alphabet) - 1)];
    return text;
}

Result<void> writeKeys(const QString &path, const QByteArray &secret, const QByteArray &encryption)
{
    // Created afresh with mode 0600, so an existing file's wider permissions cannot leak them.
    if (QFile::exists(path) && !QFile::remove(path))
        return fail(u"write_keys"_s, tr("Cannot replace the existing file %1.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(u"write_keys"_s, tr("Cannot create %1: %2").arg(path, file.errorString()));
    const QByteArray text = QByteArray(SimulatorCommandLine::SecretKeyVariable) + '=' + secret
        + '\n' + SimulatorCommandLine::EncryptionKeyVariable + '=' + encryption + '\n';
    if (file.write(text) != text.size() || !file.flush())
        return fail(u"write_keys"_s, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

QString SimulatorCommandLine::testCardTable()
{
    QString text = tr("Test cards of the Pay Agency simulator (not of the real sandbox); any "
                      "expiry date not in the past and any 3-4 digit CVV:\n");
    for (const TestCard &card : GatewaySimulator::testCards())
        text += u"  %1  %2  %3\n"_s.arg(card.number, card.description.leftJustified(6),
                                        card.outcome);
    text += tr("  any other Luhn-valid number of 12-19 digits is approved.\n");
    return text;
}

Result<SimulatorCommandLine> SimulatorCommandLine::parse(const QStringList &arguments,
                                                         const QProcessEnvironment &environment)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A stand-in for the Pay Agency card gateway, for tests and demonstrations.\n"
           "Keys: %1 and %2 in the environment, or the --*-key-file options; with neither, "
           "--write-keys FILE generates test keys and writes them to FILE (mode 0600).")
            .arg(QLatin1StringView(SecretKeyVariable), QLatin1StringView(EncryptionKeyVariable)));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, tr("Show this help."));
    const QCommandLineOption version(u"version"_s, tr("Show the version."));
    const QCommandLineOption port(u"port"_s, tr("The TCP port; 0 picks a free one."), u"N"_s,
                                  u"0"_s);
    const QCommandLineOption address(u"address"_s, tr("The address to listen on."), u"ADDRESS"_s,
                                     u"127.0.0.1"_s);
    const QCommandLineOption tlsCert(u"tls-cert"_s, tr("Serve HTTPS with this PEM certificate."),
                                     u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, tr("The PEM private key of --tls-cert."),
                                    u"FILE"_s);
    const QCommandLineOption slow(
        u"slow-ms"_s, tr("Delay of the slow test card, in milliseconds (default 20000)."), u"N"_s);
    const QCommandLineOption secretFile(
        u"secret-key-file"_s, tr("Read the secret key (PA_TEST_... or PA_LIVE_...) from FILE."),
        u"FILE"_s);
    const QCommandLineOption encryptionFile(
        u"encryption-key-file"_s, tr("Read the 32-character encryption key from FILE."), u"FILE"_s);
    const QCommandLineOption writeKeysOption(
        u"write-keys"_s,
        tr("Generate test keys and write them to FILE (mode 0600) as NAME=value lines."),
        u"FILE"_s);
    const QCommandLineOption listCards(u"list-cards"_s, tr("Print the test cards and exit."));
    const QCommandLineOption seed(
        u"seed"_s,
        tr("Start with N made-up transactions (a fifth of them of other channels) over the last "
           "days (--seed-days, default 30)."),
        u"N"_s);
    const QCommandLineOption seedDays(
        u"seed-days"_s, tr("The number of days --seed spreads its transactions over."), u"DAYS"_s);
    // Refused on purpose, with an explanation: an early draft had them.
    QCommandLineOption secretOnCommandLine(u"secret-key"_s, QString(), u"KEY"_s);
    secretOnCommandLine.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption encryptionOnCommandLine(u"encryption-key"_s, QString(), u"KEY"_s);
    encryptionOnCommandLine.setFlags(QCommandLineOption::HiddenFromHelp);

    parser.addOptions({ help, version, port, address, tlsCert, tlsKey, slow, secretFile,
                        encryptionFile, writeKeysOption, listCards, seed, seedDays,
                        secretOnCommandLine, encryptionOnCommandLine });
    if (!parser.parse(arguments))
        return fail(u"usage"_s, parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(u"usage"_s,
                    tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));

    SimulatorCommandLine result;
    if (parser.isSet(help)) {
        result.action = Action::ShowHelp;
        result.helpText = parser.helpText() + u'\n' + testCardTable();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::ShowVersion;
        return result;
    }
    if (parser.isSet(listCards)) {
        result.action = Action::ListCards;
        return result;
    }
    if (parser.isSet(secretOnCommandLine) || parser.isSet(encryptionOnCommandLine))
        return fail(
            u"usage"_s,
            tr("Keys are not accepted on the command line, where every user of this machine "
               "can read them. Use the environment variables %1 and %2, or "
               "--secret-key-file and --encryption-key-file.")
                .arg(QLatin1StringView(SecretKeyVariable),
                     QLatin1StringView(EncryptionKeyVariable)));

    SimulatorOptions &options = result.options;
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return fail(u"usage"_s, tr("--port needs a number from 0 to 65535."));
    options.port = quint16(portNumber);
    if (!options.address.setAddress(parser.value(address)))
        return fail(u"usage"_s,
                    tr("--address needs an IP address, not %1.").arg(parser.value(address)));
    if (parser.isSet(slow)) {
        options.slowCardDelayMs = parser.value(slow).toInt(&ok);
        if (!ok || options.slowCardDelayMs < 0)
            return fail(u"usage"_s, tr("--slow-ms needs a number of milliseconds."));
    }
    if (parser.isSet(seed) || parser.isSet(seedDays)) {
        const int count = parser.value(seed).toInt(&ok);
        if (!ok || count < 1 || count > 5000000)
            return fail(u"usage"_s, tr("--seed needs a number of transactions from 1 to 5000000."));
        int days = 30;
        if (parser.isSet(seedDays)) {
            days = parser.value(seedDays).toInt(&ok);
            if (!ok || days < 1 || days > 3660)
                return fail(u"usage"_s, tr("--seed-days needs a number of days from 1 to 3660."));
        }
        const QDate today = QDateTime::currentDateTimeUtc().date();
        result.seed.count = count;
        result.seed.from = today.addDays(1 - days);
        result.seed.to = today;
    }

    if (parser.isSet(tlsCert) != parser.isSet(tlsKey))
        return fail(u"usage"_s, tr("--tls-cert and --tls-key go together."));
    if (parser.isSet(tlsCert)) {
        const auto certificates = QSslCertificate::fromPath(
            parser.value(tlsCert), QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (certificates.isEmpty())
            return fail(u"tls"_s, tr("No PEM certificate in %1.").arg(parser.value(tlsCert)));
        options.certificate = certificates.first();
        QFile keyFile(parser.value(tlsKey));
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(u"tls"_s,
                        tr("Cannot read %1: %2").arg(keyFile.fileName(), keyFile.errorString()));
        const QByteArray pem = keyFile.readAll();
        for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
            options.privateKey = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
            if (!options.privateKey.isNull())
                break;
        }
        if (options.privateKey.isNull())
            return fail(u"tls"_s,
                        tr("No unencrypted PEM private key (RSA, EC or DSA) in %1.")
                            .arg(keyFile.fileName()));
    }

    // Keys: a file wins over the environment; with neither, --write-keys generates them.
    QStringList sources;
    if (parser.isSet(secretFile)) {
        auto key = readKeyFile(parser.value(secretFile), tr("secret key"));
        if (!key)
            return std::unexpected(key.error());
        options.secretKey = *key;
        sources << u"secret key from file"_s;
    } else if (const QString value = environment.value(QLatin1StringView(SecretKeyVariable));
               !value.isEmpty()) {
        options.secretKey = value.toUtf8();
        sources << u"secret key from environment"_s;
    }
    if (parser.isSet(encryptionFile)) {
        auto key = readKeyFile(parser.value(encryptionFile), tr("encryption key"));
        if (!key)
            return std::unexpected(key.error());
        options.encryptionKey = *key;
        sources << u"encryption key from file"_s;
    } else if (const QString value = environment.value(QLatin1StringView(EncryptionKeyVariable));
               !value.isEmpty()) {
        options.encryptionKey = value.toUtf8();
        sources << u"encryption key from environment"_s;
    }

    const bool haveSecret = !options.secretKey.isEmpty();
    const bool haveEncryption = !options.encryptionKey.isEmpty();
    if (parser.isSet(writeKeysOption)) {
        if (haveSecret || haveEncryption)
            return fail(u"usage"_s,
                        tr("--write-keys generates new keys, but keys were given (%1).")
                            .arg(sources.join(u", "_s)));
        options.secretKey = "PA_TEST_" + randomText(24);
        options.encryptionKey = randomText(32);
        const QString path = parser.value(writeKeysOption);
        if (auto written = writeKeys(path, options.secretKey, options.encryptionKey); !written)
            return std::unexpected(written.error());
        result.keySource = tr("keys: generated, written to %1 (mode 0600)").arg(path);
        return result;
    }
    if (!haveSecret || !haveEncryption)
        return fail(u"keys"_s,
                    tr("Missing %1. Set %2 and %3 in the environment, use --secret-key-file and "
                       "--encryption-key-file, or let --write-keys FILE generate test keys.")
                        .arg(!haveSecret && !haveEncryption ? tr("both keys")
                                 : !haveSecret              ? tr("the secret key")
                                                            : tr("the encryption key"),
                             QLatin1StringView(SecretKeyVariable),
                             QLatin1StringView(EncryptionKeyVariable)));
    if (sources
        == QStringList { u"secret key from environment"_s, u"encryption key from environment"_s })
        result.keySource = u"keys: from environment"_s;
    else if (sources == QStringList { u"secret key from file"_s, u"encryption key from file"_s })
        result.keySource = u"keys: from files"_s;
    else
        result.keySource = u"keys: "_s + sources.join(u", "_s);
    return result;
}

} // namespace pavt::sim
