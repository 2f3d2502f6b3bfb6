// SPDX-License-Identifier: MIT
// The translations are complete and current (docs/translations.md):
// - no committed .ts has an unfinished, obsolete or vanished message, or an empty translation;
// - lupdate over today's sources finds no text (in its context) that a .ts lacks;
// - every translation keeps the placeholders (%1…%99, %n) and the accelerator of its source;
// - the .qm files embedded under :/i18n/ load and translate, and Translations picks languages.
#include "core/base/translations.h"
#include "core/journal/journal.h"
#include "core/journal/journaldatabase.h"
#include "support/testdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>

using namespace pavt;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or one per plural form
    QString location; // "file:line" when the .ts has locations

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString describe() const
    {
        return QStringLiteral("[%1] \"%2\"%3%4")
            .arg(context, source,
                 comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment),
                 location.isEmpty() ? QString() : QStringLiteral(" at ") + location);
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"TS") {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == u"context") {
            context.clear();
        } else if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message {};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
        } else if (name == u"location") {
            if (message.location.isEmpty())
                message.location = xml.attributes().value(QLatin1String("filename")).toString()
                    + u':' + xml.attributes().value(QLatin1String("line")).toString();
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform")
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
            ts.messages << message; // <translation> is the last element of a <message> we need
        }
    }
    if (xml.hasError())
        ts.error = QStringLiteral("%1 (line %2)").arg(xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QStringList tsFiles()
{
    QStringList files;
    for (const QString &name : QStringLiteral(PAVT_TS_FILES).split(u',', Qt::SkipEmptyParts))
        files << name;
    return files;
}

// %1…%99 (also %L1) and %n, as a sorted list: a translation must have the same ones.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(1);
    found.sort();
    return found;
}

// A text has an accelerator when it has an '&' that is not "&&" and is followed by a letter or
// digit.
bool hasAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (text[i + 1].isLetterOrNumber())
            return true;
    }
    return false;
}

QString shown(const QStringList &placeholders)
{
    return placeholders.isEmpty() ? QStringLiteral("(none)")
                                  : u'%' + placeholders.join(QStringLiteral(" %"));
}

QString joined(const QStringList &problems)
{
    const qsizetype shown = qMin<qsizetype>(problems.size(), 40);
    QString text = problems.mid(0, shown).join(u'\n');
    if (problems.size() > shown)
        text += QStringLiteral("\n… and %1 more").arg(problems.size() - shown);
    return text;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!tsFiles().isEmpty(), "no .ts files configured");
        for (const QString &path : tsFiles()) {
            const TsFile ts = readTs(path);
            QVERIFY2(ts.error.isEmpty(), qPrintable(path + u": " + ts.error));
            QVERIFY2(!ts.messages.isEmpty(), qPrintable(path + u": no messages"));
        }
    }

    void complete_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    }

    // Every message finished: no unfinished, obsolete or vanished entry, no empty translation.
    void complete()
    {
        QFETCH(QString, path);
        const TsFile ts = readTs(path);
        QStringList problems;
        for (const Message &m : ts.messages) {
            if (!m.type.isEmpty())
                problems << m.type + u": " + m.describe();
            else if (m.translations.isEmpty()
                     || std::any_of(m.translations.cbegin(), m.translations.cend(),
                                    [](const QString &t) { return t.isEmpty(); }))
                problems << QStringLiteral("empty: ") + m.describe();
        }
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(QStringLiteral("%1 has %2 message(s) to finish (open it in Qt Linguist; "
                                      "obsolete ones go with the update_translations target):\n%3")
                           .arg(path)
                           .arg(problems.size())
                           .arg(joined(problems))));
    }

    void placeholdersAndAccelerators_data() { complete_data(); }

    // A translation keeps %1…%99 and %n of its source (each as often), and its accelerator.
    void placeholdersAndAccelerators()
    {
        QFETCH(QString, path);
        const TsFile ts = readTs(path);
        QStringList problems;
        for (const Message &m : ts.messages) {
            const QStringList expected = placeholders(m.source);
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    continue; // reported by complete()
                if (placeholders(t) != expected)
                    problems << QStringLiteral("placeholders %1 instead of %2 in \"%3\": %4")
                                    .arg(shown(placeholders(t)), shown(expected), t, m.describe());
                if (hasAccelerator(m.source) != hasAccelerator(t))
                    problems << QStringLiteral("accelerator (&) %1 in \"%2\": %3")
                                    .arg(hasAccelerator(t) ? QStringLiteral("added")
                                                           : QStringLiteral("dropped"),
                                         t, m.describe());
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(path + QStringLiteral(":\n") + joined(problems)));
    }

    // lupdate over the sources the build lists (the same list update_translations uses) into a
    // scratch .ts: every text it finds must be in each committed .ts, in the same context.
    void sourcesCovered()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString scratch = dir.filePath(QStringLiteral("pavt_xx.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(PAVT_LUPDATE),
                      { QStringLiteral("@") + QStringLiteral(PAVT_I18N_SOURCE_LIST),
                        QStringLiteral("-ts"), scratch });
        QVERIFY2(lupdate.waitForFinished(120000),
                 qPrintable(QStringLiteral(PAVT_LUPDATE) + u": " + lupdate.errorString()));
        const QByteArray output = lupdate.readAll();
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 output.constData());

        TsFile current = readTs(scratch);
        for (Message &m : current.messages) // locations are relative to the scratch .ts
            if (!m.location.isEmpty())
                m.location = QDir::cleanPath(dir.path() + u'/' + m.location);
        QVERIFY2(current.error.isEmpty(), qPrintable(current.error));
        QVERIFY2(current.messages.size() > 100, output.constData()); // the scan found the sources

        for (const QString &path : tsFiles()) {
            const TsFile committed = readTs(path);
            std::map<QString, const Message *> known;
            for (const Message &m : committed.messages)
                known.emplace(m.key(), &m);
            QStringList missing;
            for (const Message &m : current.messages) {
                const auto found = known.find(m.key());
                if (found == known.end())
                    missing << m.describe();
                else if (found->second->numerus != m.numerus)
                    missing << QStringLiteral("plural form (%n) changed: ") + m.describe();
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("%1 lacks %2 text(s) of the sources; build the "
                                               "update_translations target and translate them "
                                               "(docs/translations.md):\n%3")
                                    .arg(path)
                                    .arg(missing.size())
                                    .arg(joined(missing))));
        }
    }

    void embeddedQm_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("path");
        for (const QString &path : tsFiles()) {
            const QString language = QFileInfo(path).completeBaseName().section(u'_', 1);
            QTest::newRow(qPrintable(language)) << language << path;
        }
    }

    // The .qm compiled from each .ts is embedded and gives that .ts's translations.
    void embeddedQm()
    {
        QFETCH(QString, language);
        QFETCH(QString, path);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/pavt_%1.qm").arg(language)),
                 qPrintable(QStringLiteral(":/i18n/pavt_%1.qm is not embedded").arg(language)));
        const TsFile ts = readTs(path);
        int checked = 0;
        for (const Message &m : ts.messages) {
            if (m.numerus || m.translations.value(0).isEmpty() || !m.type.isEmpty())
                continue;
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            QCOMPARE(translator.translate(context.constData(), source.constData(),
                                          comment.isEmpty() ? nullptr : comment.constData()),
                     m.translations.first());
            ++checked;
        }
        QVERIFY(checked > 100);
    }

    // One known text, through the application as the terminal installs it.
    void knownStringInGerman()
    {
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(Translations::current(), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("pavt::Money", "Enter an amount."),
                 QStringLiteral("Geben Sie einen Betrag ein."));
        QCOMPARE(QCoreApplication::translate("pavt::gui::MainWindow", "&Quit"),
                 QStringLiteral("&Beenden"));
        // Plural forms: German has two.
        QCOMPARE(QCoreApplication::translate("pavt::cli::CommandLine", "%n entries.", nullptr, 1),
                 QStringLiteral("1 Eintrag."));
        QCOMPARE(QCoreApplication::translate("pavt::cli::CommandLine", "%n entries.", nullptr, 3),
                 QStringLiteral("3 Einträge."));

        QCOMPARE(Translations::install(QStringLiteral("es")), QStringLiteral("es"));
        QCOMPARE(QCoreApplication::translate("pavt::Money", "Enter an amount."),
                 QStringLiteral("Introduzca un importe."));
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("pavt::Money", "Enter an amount."),
                 QStringLiteral("Enter an amount."));
    }

    // Every failure the journal reports is one translated sentence: in German, none of the words
    // of the English source is left (the bug was "Es gelang dem Journal nicht, write the entry":
    // a frame translated, the fragment glued into it never extracted). French and Spanish at
    // least differ from English.
    void journalFailuresAreWholeSentences()
    {
        auto words = [](const QString &text) {
            static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
            // Words German shares with English.
            static const QSet<QString> shared { QStringLiteral("journal"), QStringLiteral("schema"),
                                                QStringLiteral("version"),
                                                QStringLiteral("detail") };
            QSet<QString> out;
            auto it = word.globalMatch(text);
            while (it.hasNext()) {
                const QString w = it.next().captured().toLower();
                if (!shared.contains(w))
                    out.insert(w);
            }
            return out;
        };
        const QString detail = QStringLiteral("DETAIL");
        QStringList english;
        Translations::install(QStringLiteral("en"));
        for (int i = 0; i < JournalDatabase::StepCount; ++i)
            english << JournalDatabase::failureMessage(JournalDatabase::Step(i), detail);
        QCOMPARE(QSet<QString>(english.begin(), english.end()).size(), english.size());
        for (const char *language : { "de", "fr", "es" }) {
            Translations::install(QString::fromLatin1(language));
            for (int i = 0; i < JournalDatabase::StepCount; ++i) {
                const QString text
                    = JournalDatabase::failureMessage(JournalDatabase::Step(i), detail);
                QVERIFY2(text != english.at(i), qPrintable(text));
                QVERIFY2(text.contains(detail), qPrintable(text));
                if (qstrcmp(language, "de") == 0) {
                    const QSet<QString> left = words(text) & words(english.at(i));
                    QVERIFY2(left.isEmpty(),
                             qPrintable(text + QStringLiteral(" keeps ")
                                        + QStringList(left.begin(), left.end()).join(u',')));
                }
            }
        }
        // And through a real failure: a journal whose table refuses new entries.
        Translations::install(QStringLiteral("de"));
        QTemporaryDir dir;
        JournalConfig config;
        config.sqlitePath = dir.filePath(QStringLiteral("journal.sqlite3"));
        auto journal = Journal::open(config);
        QVERIFY(journal);
        QVERIFY((*journal)->database().execRaw(
            QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON entries BEGIN SELECT "
                           "RAISE(ABORT, 'full'); END")));
        const JournalEntry entry = pendingEntryFor(test::validRequest(), QStringLiteral("ORDER-1"),
                                                   QStringLiteral("alice"), QStringLiteral("test"));
        const auto refused = (*journal)->recordPending(entry);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(
                     QStringLiteral("Das Journal konnte den Eintrag nicht schreiben")),
                 qPrintable(refused.error().message));
        Translations::install(QStringLiteral("en"));
    }

    void resolve()
    {
        QCOMPARE(
            Translations::available(),
            (QStringList { QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr") }));
        QCOMPARE(Translations::resolve(QStringLiteral("fr"), {}), QStringLiteral("fr"));
        QCOMPARE(Translations::resolve(QStringLiteral("en"), { QStringLiteral("de-DE") }),
                 QStringLiteral("en"));
        QCOMPARE(Translations::resolve(QStringLiteral("xx"), { QStringLiteral("de-DE") }),
                 QStringLiteral("en"));
        // The system's first language the terminal speaks; English counts.
        QCOMPARE(Translations::resolve({}, { QStringLiteral("de-CH"), QStringLiteral("fr") }),
                 QStringLiteral("de"));
        QCOMPARE(Translations::resolve({}, { QStringLiteral("pt-BR"), QStringLiteral("es-MX") }),
                 QStringLiteral("es"));
        QCOMPARE(Translations::resolve({}, { QStringLiteral("en-GB"), QStringLiteral("de-DE") }),
                 QStringLiteral("en"));
        QCOMPARE(Translations::resolve({}, { QStringLiteral("ja-JP") }), QStringLiteral("en"));
        QCOMPARE(Translations::resolve({}, { QStringLiteral("C") }), QStringLiteral("en"));
        QCOMPARE(Translations::resolve({}, {}), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
