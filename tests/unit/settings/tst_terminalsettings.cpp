// SPDX-License-Identifier: MIT
// The settings layer: every setting with good, bad, empty, overlong and wrong-case values, read
// from a real INI file; a damaged or unreadable file; unknown keys; and the defects that made a
// wrong setting fall back quietly (amountUnit=Major meant minor units, an invalid base URL meant
// the production gateway, a bad timeout became 1 s).
#include "core/journal/securitypolicy.h"
#include "core/settings/settingspec.h"
#include "core/settings/terminalsettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace pavt;

namespace {

struct Case
{
    const char *name;
    QString value;
    bool ok;
    QString stored; // when ok: the stored form (empty: the value trimmed)
};

QString repeated(int n)
{
    return QString(n, u'a');
}

// The cases of one kind of setting.
QList<Case> casesFor(const SettingSpec &spec)
{
    const QString overlong = repeated(spec.maximum > 0 ? spec.maximum + 1 : 300);
    switch (spec.kind) {
    case SettingKind::GatewayUrl:
        return { { "good", QStringLiteral("https://gw.example"), true, {} },
                 { "loopback http", QStringLiteral("http://127.0.0.1:8080"), true, {} },
                 { "wrong case", QStringLiteral("HTTPS://GW.EXAMPLE"), true, {} },
                 { "colons", QStringLiteral("::::"), false, {} },
                 { "space and bad port", QStringLiteral("http://exa mple.com:99999"), false, {} },
                 { "bad port", QStringLiteral("https://gw.example:99999"), false, {} },
                 { "ftp", QStringLiteral("ftp://x"), false, {} },
                 { "plain http", QStringLiteral("http://gw.example"), false, {} },
                 { "empty", QString(), false, {} },
                 { "overlong", QStringLiteral("https://gw.example/") + overlong, false, {} } };
    case SettingKind::OptionalUrl:
        return { { "good", QStringLiteral("https://m.example/return"), true, {} },
                 { "empty", QString(), true, {} },
                 { "wrong case", QStringLiteral("HTTPS://M.EXAMPLE/r"), true, {} },
                 { "plain http", QStringLiteral("http://m.example/r"), false, {} },
                 { "not a url", QStringLiteral("not a url"), false, {} },
                 { "overlong", QStringLiteral("https://m.example/") + overlong, false, {} } };
    case SettingKind::Integer:
        return { { "good", QString::number(spec.minimum), true, {} },
                 { "largest", QString::number(spec.maximum), true, {} },
                 { "spaces", QStringLiteral(" %1 ").arg(spec.maximum), true,
                   QString::number(spec.maximum) },
                 { "below", QString::number(spec.minimum - 1), false, {} },
                 { "above", QString::number(spec.maximum + 1), false, {} },
                 { "negative", QStringLiteral("-5"), false, {} },
                 { "letters", QStringLiteral("abc"), false, {} },
                 { "decimal", QStringLiteral("15.5"), false, {} },
                 { "huge", QStringLiteral("99999999999"), false, {} },
                 { "empty", QString(), false, {} },
                 { "overlong", QString(300, u'1'), false, {} } };
    case SettingKind::Choice: {
        const QString first = QString::fromLatin1(spec.choices.front());
        const QString last = QString::fromLatin1(spec.choices.back());
        return { { "good", first, true, {} },
                 { "other", last, true, {} },
                 { "wrong case", last.toUpper(), true, last },
                 { "capitalised", last.left(1).toUpper() + last.mid(1), true, last },
                 { "unknown", last + QStringLiteral("9"), false, {} },
                 { "empty", QString(), false, {} },
                 { "overlong", overlong, false, {} } };
    }
    case SettingKind::Currency:
        return { { "good", QStringLiteral("EUR"), true, {} },
                 { "wrong case", QStringLiteral("eur"), true, QStringLiteral("EUR") },
                 { "not payable", QStringLiteral("XAU"), false, {} },
                 { "unknown", QStringLiteral("ABC"), false, {} },
                 { "empty", QString(), false, {} },
                 { "overlong", overlong, false, {} } };
    case SettingKind::Country:
        return { { "good", QStringLiteral("DE"), true, {} },
                 { "alpha-3", QStringLiteral("DEU"), true, QStringLiteral("DE") },
                 { "wrong case", QStringLiteral("de"), true, QStringLiteral("DE") },
                 { "unknown", QStringLiteral("XX"), false, {} },
                 { "empty", QString(), false, {} },
                 { "overlong", overlong, false, {} } };
    case SettingKind::IpAddress:
        return { { "good", QStringLiteral("203.0.113.7"), true, {} },
                 { "ipv6", QStringLiteral("2001:db8::1"), true, {} },
                 { "wrong case", QStringLiteral("2001:DB8::1"), true, {} },
                 { "empty", QString(), true, {} },
                 { "short form", QStringLiteral("1.2.3"), false, {} },
                 { "overlong", overlong, false, {} } };
    case SettingKind::Text:
        return { { "good", QStringLiteral("Front desk"), true, {} },
                 { "empty", QString(), true, {} },
                 { "wrong case", QStringLiteral("FRONT DESK"), true, {} },
                 { "control character", QStringLiteral("a\x01z"), false, {} },
                 { "overlong", overlong, false, {} } };
    case SettingKind::Language:
        return { { "good", QStringLiteral("de"), true, {} },
                 { "system", QString(), true, {} },
                 { "english", QStringLiteral("en"), true, {} },
                 { "wrong case", QStringLiteral("DE"), true, QStringLiteral("de") },
                 { "unknown", QStringLiteral("xx"), false, {} },
                 { "overlong", overlong, false, {} } };
    case SettingKind::JournalConnection:
        return { { "good", QStringLiteral("host=db.example dbname=pavt user=seat"), true, {} },
                 { "url", QStringLiteral("postgresql://seat@db.example:5432/pavt"), true, {} },
                 { "empty", QString(), true, {} },
                 { "wrong case", QStringLiteral("host=DB.EXAMPLE dbname=PAVT"), true, {} },
                 { "password", QStringLiteral("host=db dbname=pavt password=hunter2"), false, {} },
                 { "bad port", QStringLiteral("host=db port=abc"), false, {} },
                 { "overlong", QStringLiteral("host=") + overlong, false, {} } };
    case SettingKind::Bytes:
        break;
    }
    return {};
}

} // namespace

class TestTerminalSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString file(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("pavt-%1.ini").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void everySettingWithGoodBadEmptyOverlongAndWrongCase_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("stored");
        int rows = 0;
        for (const SettingSpec &spec : settingSpecs()) {
            if (spec.kind == SettingKind::Bytes)
                continue;
            const QList<Case> cases = casesFor(spec);
            QVERIFY2(cases.size() >= 5, spec.key);
            for (const Case &c : cases) {
                QTest::addRow("%s %s", spec.key, c.name)
                    << QString::fromLatin1(spec.key) << c.value << c.ok
                    << (c.stored.isEmpty() ? c.value.trimmed() : c.stored);
                ++rows;
            }
        }
        QVERIFY(rows > 100);
    }

    void everySettingWithGoodBadEmptyOverlongAndWrongCase()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QFETCH(QString, stored);
        // Through a real INI file, as an administrator writes it (quoted: commas stay text).
        QString quoted = value;
        quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        const QString group = key.section(u'/', 0, 0);
        const QString name = key.section(u'/', 1);
        TerminalSettings settings(
            file(QStringLiteral("[%1]\n%2=\"%3\"\n").arg(group, name, quoted).toUtf8()));
        const SettingSpec *spec = findSetting(key);
        QVERIFY(spec);
        const auto read = settings.read(*spec);
        QCOMPARE(bool(read), ok);
        const auto problem = settings.problemFor({ spec->area });
        QCOMPARE(problem.has_value(), !ok);
        if (ok) {
            QCOMPARE(*read, stored);
            return;
        }
        // The message names the file, the key, the value (or its start) and what is allowed.
        const QString message = read.error().message;
        QVERIFY2(message.contains(key), qPrintable(message));
        QVERIFY2(message.contains(settings.fileName()), qPrintable(message));
        QString shown = value.trimmed().left(40);
        for (QChar &ch : shown)
            if (ch.category() == QChar::Other_Control)
                ch = u' '; // a message is one line of printable text
        QVERIFY2(message.contains(shown), qPrintable(message));
        QVERIFY2(message.contains(allowedValues(*spec)), qPrintable(message));
        QCOMPARE(problem->key, key);
        QCOMPARE(problem->message, message);
        // The dialog's check is the same one: it cannot save this value either.
        QVERIFY(!normaliseSetting(*spec, value));
        QVERIFY(!settings.set(*spec, value));
    }

    void defaultsWhenNothingIsSet()
    {
        TerminalSettings settings(m_dir.filePath(QStringLiteral("missing.ini")));
        QVERIFY(settings.problems().isEmpty());
        const auto gateway = settings.gatewayConfig();
        QVERIFY(gateway);
        QCOMPARE(gateway->baseUrl, QUrl(QStringLiteral("https://backend.pay.agency")));
        QCOMPARE(gateway->timeoutMs, 15000);
        QCOMPARE(gateway->wire.amountUnit, AmountUnit::Minor);
        QCOMPARE(gateway->wire.countryFormat, CountryFormat::Alpha3);
        QCOMPARE(settings.journalConfig()->backend, JournalBackend::SQLite);
        QCOMPARE(settings.defaultCurrency(), QStringLiteral("GBP"));
        QCOMPARE(settings.linkExpiryHours(), 48); // a payment link is followed for 48 h
    }

    // Defect 2: "Major" meant minor units (100 times the amount); "alpha9" meant alpha-3.
    void choicesIgnoreCaseAndUnknownOnesStop()
    {
        TerminalSettings major(file("[gateway]\namountUnit=Major\ncountryFormat=ALPHA2\n"));
        QVERIFY(major.problems().isEmpty());
        QCOMPARE(major.gatewayConfig()->wire.amountUnit, AmountUnit::Major);
        QCOMPARE(major.gatewayConfig()->wire.countryFormat, CountryFormat::Alpha2);
        TerminalSettings alpha9(file("[gateway]\ncountryFormat=alpha9\n"));
        const auto config = alpha9.gatewayConfig();
        QVERIFY(!config);
        QVERIFY2(config.error().message.contains(u"gateway/countryFormat")
                     && config.error().message.contains(u"alpha3 or alpha2"),
                 qPrintable(config.error().message));
    }

    // Defect 3: an invalid baseUrl fell back to the production gateway.
    void anInvalidBaseUrlIsAnError_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("colons") << QByteArray("::::");
        QTest::newRow("space, port") << QByteArray("\"http://exa mple.com:99999\"");
        QTest::newRow("ftp") << QByteArray("ftp://x");
        QTest::newRow("empty") << QByteArray("");
    }
    void anInvalidBaseUrlIsAnError()
    {
        QFETCH(QByteArray, value);
        TerminalSettings settings(file("[gateway]\nbaseUrl=" + value + "\n"));
        const auto config = settings.gatewayConfig();
        QVERIFY(!config);
        QVERIFY2(config.error().message.contains(u"gateway/baseUrl"),
                 qPrintable(config.error().message));
        QVERIFY(!config.error().message.contains(u"backend.pay.agency"));
    }

    // Defect 4: -5, 0 and abc became 1 s (charges that went through became "unknown"), 99999
    // became 120.
    void aBadTimeoutIsAnError_data()
    {
        QTest::addColumn<QByteArray>("value");
        for (const char *v : { "-5", "0", "abc", "99999", "1.5", "" })
            QTest::newRow(v) << QByteArray(v);
    }
    void aBadTimeoutIsAnError()
    {
        QFETCH(QByteArray, value);
        TerminalSettings settings(file("[gateway]\ntimeoutSeconds=" + value + "\n"));
        const auto config = settings.gatewayConfig();
        QVERIFY(!config);
        QVERIFY2(config.error().message.contains(u"from 1 to 120"),
                 qPrintable(config.error().message));
    }

    // Defect 1: a damaged or unreadable file was ignored, and a seat set up for the shared
    // PostgreSQL journal journalled into a new local SQLite file.
    void aDamagedFileStopsEverything_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("stray quote")
            << QByteArray("\"\n[journal]\nbackend=postgresql\nconnection=host=db dbname=pavt\n");
        QByteArray junk(5 * 1024 * 1024, '\0');
        for (qsizetype i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("5 MB of junk") << (junk + "\n[journal]\nbackend=postgresql\n");
    }
    void aDamagedFileStopsEverything()
    {
        QFETCH(QByteArray, content);
        const QString path = file(content);
        TerminalSettings settings(path);
        const auto journal = settings.journalConfig();
        QVERIFY(!journal);
        QVERIFY2(journal.error().message.contains(settings.fileName())
                     && journal.error().message.contains(u"damaged"),
                 qPrintable(journal.error().message));
        QVERIFY(!settings.gatewayConfig());
        const auto problem = settings.problemFor({ SettingArea::Window });
        QVERIFY(problem && problem->isFile());
        // Nothing is written to it: QSettings would replace it with what it could read.
        QVERIFY(settings.writeProblem());
        settings.setTimeoutSeconds(20);
        QVERIFY(!settings.set(*findSetting(QStringLiteral("gateway/timeoutSeconds")),
                              QStringLiteral("20")));
        settings.sync();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void anUnreadableFileStopsEverything()
    {
        // A folder where the file should be reads as "no access" even for root; a file of mode
        // 000 does so for anyone else.
        const QString folder = m_dir.filePath(QStringLiteral("folder.ini"));
        QVERIFY(QDir().mkpath(folder));
        TerminalSettings settings(folder);
        const auto journal = settings.journalConfig();
        QVERIFY(!journal);
        QVERIFY2(journal.error().message.contains(u"cannot be read"),
                 qPrintable(journal.error().message));
        const QString locked = file("[journal]\nbackend=postgresql\nconnection=host=db dbname=x\n");
        QFile::setPermissions(locked, QFileDevice::Permissions());
        if (::geteuid() == 0) {
            // Root reads a file of mode 000: the folder above was the unreadable file.
            QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner);
            qInfo("running as root: the mode-000 file is readable; the folder case was checked");
            return;
        }
        TerminalSettings unreadable(locked);
        QVERIFY(!unreadable.journalConfig());
        QVERIFY(unreadable.problemFor({ SettingArea::Journal }));
        QFile::setPermissions(locked, QFile::ReadOwner | QFile::WriteOwner);
    }

    void unknownKeysAreReported()
    {
        TerminalSettings settings(
            file("[gateway]\namountunit=major\n[journal]\nbakend=sqlite\n[other]\nx=1\n"));
        const auto problems = settings.problems();
        QCOMPARE(problems.size(), 3);
        // A key of the terminal's groups in the wrong case: it stops, and says which key it is.
        const auto typo = settings.problemFor({ SettingArea::Gateway });
        QVERIFY(typo);
        QCOMPARE(typo->key, QStringLiteral("gateway/amountunit"));
        QVERIFY2(typo->message.contains(u"did you mean gateway/amountUnit"),
                 qPrintable(typo->message));
        QVERIFY(!settings.gatewayConfig());
        const auto journal = settings.problemFor({ SettingArea::Journal });
        QVERIFY(journal && journal->key == u"journal/bakend" && journal->fatal);
        // Another program's group: reported, not fatal.
        bool other = false;
        for (const SettingProblem &p : problems)
            if (p.key == u"other/x")
                other = !p.fatal;
        QVERIFY(other);
        settings.removeUnknownKeys();
        QCOMPARE(settings.problems().size(), 1); // other/x stays
    }

    // The lock time, the lock-out and the refund limits were settings; they are the journal's
    // security policy now. A file that still has one stops the terminal with a message naming the
    // key and the rule, in any case of the key; Settings → Save removes it.
    void formerSecuritySettingsStopAndNameTheirRule_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("rule");
        for (const PolicyRuleSpec &spec : policyRules())
            QTest::addRow("%s", spec.formerSetting)
                << QString::fromLatin1(spec.formerSetting) << QString::fromLatin1(spec.name);
        QTest::addRow("wrong case") << QStringLiteral("refunds/SUPERVISORPERREFUND")
                                    << QStringLiteral("supervisor_per_refund");
    }
    void formerSecuritySettingsStopAndNameTheirRule()
    {
        QFETCH(QString, key);
        QFETCH(QString, rule);
        TerminalSettings settings(file(QStringLiteral("[%1]\n%2=999999\n")
                                           .arg(key.section(u'/', 0, 0), key.section(u'/', 1))
                                           .toUtf8()));
        const auto problem = settings.problemFor({ SettingArea::Terminal });
        QVERIFY(problem);
        QCOMPARE(problem->key, key);
        QVERIFY(problem->fatal);
        QVERIFY2(problem->message.contains(rule), qPrintable(problem->message));
        QVERIFY2(problem->message.contains(u"pavt-cli operators policy set"),
                 qPrintable(problem->message));
        QVERIFY2(problem->message.contains(settings.fileName()), qPrintable(problem->message));
        QVERIFY(!findSetting(key)); // not a setting any more
        settings.removeUnknownKeys();
        QVERIFY(settings.problems().isEmpty());
    }

    void aListIsNotAValue()
    {
        // An unquoted comma makes QSettings read a list.
        TerminalSettings settings(file("[defaults]\noperator=a\n[operator]\nname=Smith, Jane\n"));
        const auto problem = settings.problemFor({ SettingArea::Terminal });
        QVERIFY(problem);
        QVERIFY2(problem->message.contains(u"operator/name"), qPrintable(problem->message));
    }

    void writtenValuesAreStoredInTheirForm()
    {
        TerminalSettings settings(m_dir.filePath(QStringLiteral("written.ini")));
        QVERIFY(settings.set(*findSetting(QStringLiteral("gateway/amountUnit")),
                             QStringLiteral("MAJOR")));
        QVERIFY(settings.set(*findSetting(QStringLiteral("defaults/country")),
                             QStringLiteral("Germany")));
        settings.sync();
        TerminalSettings again(m_dir.filePath(QStringLiteral("written.ini")));
        QCOMPARE(again.raw().value(QStringLiteral("gateway/amountUnit")).toString(),
                 QStringLiteral("major"));
        QCOMPARE(again.defaultCountry(), QStringLiteral("DE"));
        QVERIFY(again.problems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTerminalSettings)
#include "tst_terminalsettings.moc"
