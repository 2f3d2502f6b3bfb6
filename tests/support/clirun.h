// SPDX-License-Identifier: MIT
// Running pavt-cli from a test: its environment (nothing of the caller's PAVT_* settings, a
// home of its own) and one run while the test's event loop keeps an in-process simulator serving.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>
#include <QUrl>

#include <functional>

namespace pavt::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QString outcome() const { return json().object().value(QLatin1String("outcome")).toString(); }
    QByteArray describe() const
    {
        return "exit " + QByteArray::number(exitCode) + "\nstdout: " + out + "\nstderr: " + err;
    }
};

// A charge request for `pavt-cli charge` / `link` (the contract's field names), the simulator's
// approved test card by default (docs/simulator.md; not a real card). `card` null: no card fields
// (a payment link). The CVV 739 is what test::printsSecret looks for in the output.
inline QByteArray cliRequestJson(const char *card = "4111111111111111", const char *first = "Ada",
                                 const char *last = "Lovelace", int amount = 1250,
                                 const char *orderId = nullptr)
{
    QJsonObject o {
        { QStringLiteral("first_name"), QString::fromUtf8(first) },
        { QStringLiteral("last_name"), QString::fromUtf8(last) },
        { QStringLiteral("email"), QStringLiteral("ada@example.com") },
        { QStringLiteral("address"), QStringLiteral("12 St James's Square") },
        { QStringLiteral("city"), QStringLiteral("London") },
        { QStringLiteral("state"), QStringLiteral("London") },
        { QStringLiteral("zip"), QStringLiteral("SW1Y 4JH") },
        { QStringLiteral("country"), QStringLiteral("GB") },
        { QStringLiteral("ip_address"), QStringLiteral("203.0.113.9") },
        { QStringLiteral("phone_number"), QStringLiteral("+44 20 7946 0000") },
        { QStringLiteral("amount"), amount },
        { QStringLiteral("currency"), QStringLiteral("GBP") },
        { QStringLiteral("redirect_url"), QStringLiteral("https://merchant.example/return") },
    };
    if (card) {
        o.insert(QStringLiteral("card_number"), QString::fromLatin1(card));
        o.insert(QStringLiteral("card_expiry_month"), QStringLiteral("09"));
        o.insert(QStringLiteral("card_expiry_year"),
                 QString::number(QDate::currentDate().year() + 2));
        o.insert(QStringLiteral("card_cvv"), QStringLiteral("739"));
    }
    if (orderId)
        o.insert(QStringLiteral("order_id"), QString::fromLatin1(orderId));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// pavt-cli's environment under `home`: the journal in `dataDir`, the keys and the gateway given.
inline QProcessEnvironment cliEnvironment(const QString &home, const QString &dataDir,
                                          const QByteArray &secretKey,
                                          const QByteArray &encryptionKey, const QUrl &baseUrl)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : env.keys())
        if (name.startsWith(u"PAVT_"))
            env.remove(name);
    const QDir dir(home);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("PAVT_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("PAVT_CONFIG_DIR"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("PAVT_SECRET_KEY"), QString::fromLatin1(secretKey));
    env.insert(QStringLiteral("PAVT_ENCRYPTION_KEY"), QString::fromLatin1(encryptionKey));
    env.insert(QStringLiteral("PAVT_BASE_URL"), baseUrl.toString());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("pavt.*.info=false"));
    return env;
}

// Runs `program` with `input` on stdin; `started` sees the process id before the input goes in.
// Aborts the test when it does not start or does not end within a minute.
inline CliRun runCli(const QString &program, const QStringList &args,
                     const QProcessEnvironment &env, const QByteArray &input = {},
                     const std::function<void(qint64)> &started = {})
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(args);
    process.setProcessEnvironment(env);
    process.start();
    if (!process.waitForStarted())
        qFatal("%s did not start", qPrintable(program));
    if (started)
        started(process.processId());
    process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
        qFatal("%s did not finish", qPrintable(program));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace pavt::test
