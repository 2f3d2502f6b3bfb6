// SPDX-License-Identifier: MIT
// The audit trail (core/journal/audittrail.h) on SQLite (tst_audittrail) and PostgreSQL
// (tst_audittrail_postgresql): a chain of SHA-256 hashes that verify walks; the database refuses
// UPDATE and DELETE; an attacker with access to the file or the owner's rights, who drops the
// triggers first, changes, deletes, inserts or reorders records and verify names the first broken
// one; a whole rewritten chain is caught by a head exported earlier; 8 writers at once keep one
// valid chain.
#include "core/journal/audittrail.h"
#include "core/journal/journaldatabase.h"
#include "core/journal/securityschema.h"
#include "support/journaltestsupport.h"

#include <QJsonArray>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace pavt;
using namespace pavt::test;

class TestAuditTrail : public QObject
{
    Q_OBJECT
public:
    explicit TestAuditTrail(JournalTestBackend backend) : m_backend(std::move(backend)) { }

private:
    JournalTestBackend m_backend;
    QTemporaryDir m_dir;
    const QDateTime m_t0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

    // PostgreSQL: the test's databases are dropped when it is done, so that the fixture's server
    // does not pile up files for its clean-up to delete.
    QList<JournalConfig> m_created;
    JournalConfig fresh()
    {
        const JournalConfig config = m_backend.freshConfig(m_dir);
        m_created << config;
        return config;
    }
    void dropCreated()
    {
        for (const JournalConfig &config : std::as_const(m_created))
            if (config.backend == JournalBackend::PostgreSQL)
                m_backend.execOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                           .arg(config.connection.section(u'=', -1)));
        m_created.clear();
    }

    std::unique_ptr<JournalDatabase> open(const JournalConfig &config)
    {
        auto db = JournalDatabase::open(config, QStringLiteral("audit-test"));
        if (!db)
            qFatal("cannot open the journal: %s", qPrintable(db.error().message));
        return std::move(*db);
    }

    // A trail of `n` records.
    JournalConfig trailOf(int n)
    {
        const JournalConfig config = fresh();
        auto db = open(config);
        AuditTrail trail(*db);
        for (int i = 1; i <= n; ++i) {
            auto r = trail.append(m_t0.addSecs(i), QStringLiteral("seat-1"),
                                  i % 2 ? QStringLiteral("ann") : QStringLiteral("bob"),
                                  QString::fromLatin1(AuditEvent::ChargeAttempted),
                                  { { QStringLiteral("entry"), i },
                                    { QStringLiteral("amount_minor"), 1250 * i },
                                    { QStringLiteral("card"), QStringLiteral("411111…1111") } });
            if (!r)
                qFatal("append: %s", qPrintable(r.error().message));
        }
        return config;
    }

    // What an attacker with access to the database does first.
    void dropTriggers(const JournalConfig &config)
    {
        QStringList sql;
        if (config.backend == JournalBackend::PostgreSQL)
            sql = { QStringLiteral("DROP TRIGGER audit_log_no_change ON audit_log"),
                    QStringLiteral("DROP TRIGGER audit_log_no_truncate ON audit_log"),
                    QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log"),
                    QStringLiteral("DROP TRIGGER audit_head_forward ON audit_head"),
                    QStringLiteral("DROP TRIGGER audit_head_no_delete ON audit_head"),
                    QStringLiteral("GRANT UPDATE, DELETE ON audit_log TO CURRENT_USER") };
        else
            sql = { QStringLiteral("DROP TRIGGER audit_log_no_update"),
                    QStringLiteral("DROP TRIGGER audit_log_no_delete"),
                    QStringLiteral("DROP TRIGGER audit_log_append_only"),
                    QStringLiteral("DROP TRIGGER audit_head_forward"),
                    QStringLiteral("DROP TRIGGER audit_head_no_delete") };
        for (const QString &s : std::as_const(sql))
            rawRows(config, s);
    }

    AuditVerification verify(const JournalConfig &config,
                             const std::optional<std::pair<qint64, QString>> &expected = {})
    {
        auto db = open(config);
        AuditTrail trail(*db);
        auto v = trail.verify(expected);
        if (!v)
            qFatal("verify: %s", qPrintable(v.error().message));
        return *v;
    }

    // Runs SQL that the database must refuse; returns its error text.
    QString refused(const JournalConfig &config, const QString &sql)
    {
        const QString name = QStringLiteral("audit-attacker");
        QString error;
        {
            QSqlDatabase db = openRawConnection(config, name);
            QSqlQuery q(db);
            if (q.exec(sql))
                error = QStringLiteral("(accepted)");
            else
                error = q.lastError().text();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { dropCreated(); }

    void aChainOfHashes()
    {
        const JournalConfig config = trailOf(5);
        auto db = open(config);
        AuditTrail trail(*db);
        auto all = trail.list({});
        PAVT_VERIFY_OK(all);
        QCOMPARE(all->size(), 5);
        QString previous = QString::fromLatin1(AuditGenesisHash);
        for (int i = 0; i < 5; ++i) {
            const AuditRecord &r = all->at(i);
            QCOMPARE(r.seq, i + 1);
            QCOMPARE(r.hash.size(), 64);
            QCOMPARE(r.hash, AuditTrail::hashOf(previous, r));
            QCOMPARE(r.seat, QStringLiteral("seat-1"));
            QCOMPARE(r.detailsObject().value(QLatin1String("entry")).toInt(), i + 1);
            previous = r.hash;
        }
        QCOMPARE(trail.head()->first, 5);
        QCOMPARE(trail.head()->second, previous);
        const auto v = trail.verify();
        PAVT_VERIFY_OK(v);
        QVERIFY2(v->isIntact(), qPrintable(v->problem));
        QCOMPARE(v->records, 5);
        QCOMPARE(v->headHash, previous);
        // The newest two, oldest first.
        AuditQuery last;
        last.limit = 2;
        auto two = trail.list(last);
        QCOMPARE(two->size(), 2);
        QCOMPARE(two->at(0).seq, 4);
        QCOMPARE(two->at(1).seq, 5);
        AuditQuery range;
        range.from = m_t0.addSecs(2);
        range.to = m_t0.addSecs(4);
        QCOMPARE(trail.list(range)->size(), 2);
    }

    void anEmptyTrailIsIntact()
    {
        const auto v = verify(trailOf(0));
        QVERIFY(v.isIntact());
        QCOMPARE(v.records, 0);
        QCOMPARE(v.headSeq, 0);
    }

    void detailsNeverHoldACardNumber()
    {
        const JournalConfig config = trailOf(0);
        auto db = open(config);
        AuditTrail trail(*db);
        auto r = trail.append(
            m_t0, QStringLiteral("seat"), QStringLiteral("ann"), QStringLiteral("charge_attempted"),
            { { QStringLiteral("note"), QStringLiteral("card 4111 1111 1111 1111") },
              { QStringLiteral("list"), QJsonArray { QStringLiteral("4111111111111111") } } });
        PAVT_VERIFY_OK(r);
        QVERIFY2(!r->details.contains(u"4111111111111111") && !r->details.contains(u"1111 1111"),
                 qPrintable(r->details));
        for (const QVariantList &row :
             rawRows(config, QStringLiteral("SELECT details FROM audit_log")))
            QVERIFY(!row.first().toString().contains(u"4111111111111111"));
    }

    void theDatabaseRefusesChanges()
    {
        const JournalConfig config = trailOf(3);
        QVERIFY(
            refused(config, QStringLiteral("UPDATE audit_log SET operator = 'eve' WHERE seq = 2"))
                .contains(u"append-only"));
        QVERIFY(refused(config, QStringLiteral("DELETE FROM audit_log WHERE seq = 3"))
                    .contains(u"append-only"));
        // Not in the middle, not behind the head, and the head does not move by itself.
        QVERIFY(refused(config,
                        QStringLiteral("INSERT INTO audit_log (seq, at, seat, operator, event, "
                                       "details, hash) VALUES (9, 0, 's', 'eve', 'x', '{}', 'h')"))
                    .contains(u"append-only"));
        QVERIFY(refused(config, QStringLiteral("UPDATE audit_head SET seq = 2")).contains(u"head"));
        QVERIFY(!refused(config, QStringLiteral("DELETE FROM audit_head")).contains(u"(accepted)"));
        if (config.backend == JournalBackend::PostgreSQL)
            QVERIFY(refused(config, QStringLiteral("TRUNCATE audit_log")).contains(u"append-only"));
        const auto v = verify(config);
        QVERIFY2(v.isIntact(), qPrintable(v.problem));
        QCOMPARE(v.records, 3);
    }

    void tampering_data()
    {
        QTest::addColumn<QStringList>("attack");
        QTest::addColumn<qint64>("firstBroken");
        QTest::addColumn<QString>("says");
        // Changed: one field of record 4.
        QTest::newRow("changed operator")
            << QStringList { QStringLiteral("UPDATE audit_log SET operator = 'eve' WHERE seq = 4") }
            << qint64(4) << QStringLiteral("does not match its hash");
        QTest::newRow("changed details")
            << QStringList { QStringLiteral("UPDATE audit_log SET details = '{\"entry\":99}' WHERE "
                                            "seq = 6") }
            << qint64(6) << QStringLiteral("does not match its hash");
        QTest::newRow("changed time")
            << QStringList { QStringLiteral("UPDATE audit_log SET at = at + 1 WHERE seq = 2") }
            << qint64(2) << QStringLiteral("does not match its hash");
        // Deleted: record 5 is missing.
        QTest::newRow("deleted") << QStringList {
            QStringLiteral("DELETE FROM audit_log WHERE seq = 5")
        } << qint64(5) << QStringLiteral("missing");
        // Deleted and the rest renumbered to hide the gap: 6 (now 5) does not match.
        QTest::newRow("deleted and renumbered")
            << QStringList { QStringLiteral("DELETE FROM audit_log WHERE seq = 5"),
                             QStringLiteral("UPDATE audit_log SET seq = -seq WHERE seq > 5"),
                             QStringLiteral("UPDATE audit_log SET seq = -seq - 1 WHERE seq < 0"),
                             QStringLiteral("UPDATE audit_head SET seq = seq - 1") }
            << qint64(5) << QStringLiteral("does not match its hash");
        // The last records deleted: the head still counts them.
        QTest::newRow("tail deleted")
            << QStringList { QStringLiteral("DELETE FROM audit_log WHERE seq > 8") } << qint64(9)
            << QStringLiteral("missing");
        // Inserted: a forged record 5, the later ones moved up.
        QTest::newRow("inserted") << QStringList {
            QStringLiteral("UPDATE audit_log SET seq = -seq WHERE seq >= 5"),
            QStringLiteral("UPDATE audit_log SET seq = -seq + 1 WHERE seq < 0"),
            QStringLiteral("INSERT INTO audit_log (seq, at, seat, operator, "
                           "event, details, hash) SELECT 5, at, seat, 'eve', "
                           "'refund_approved', '{}', hash FROM audit_log WHERE "
                           "seq = 4"),
            QStringLiteral("UPDATE audit_head SET seq = seq + 1")
        } << qint64(5) << QStringLiteral("does not match its hash");
        // Appended behind the head, by hand.
        QTest::newRow("appended") << QStringList {
            QStringLiteral("INSERT INTO audit_log (seq, at, seat, operator, "
                           "event, details, hash) SELECT 11, at, seat, 'eve', "
                           "event, details, hash FROM audit_log WHERE seq = 10")
        } << qint64(11) << QStringLiteral("Record 11");
        // Reordered: records 3 and 4 swap their numbers.
        QTest::newRow("reordered")
            << QStringList { QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 3"),
                             QStringLiteral("UPDATE audit_log SET seq = 3 WHERE seq = 4"),
                             QStringLiteral("UPDATE audit_log SET seq = 4 WHERE seq = -1") }
            << qint64(3) << QStringLiteral("does not match its hash");
        // Reordered: the contents of records 7 and 8 swapped, numbers kept.
        QTest::newRow("contents swapped") << QStringList {
            QStringLiteral("UPDATE audit_log SET operator = 'x' WHERE seq = 7"),
            QStringLiteral("UPDATE audit_log SET operator = 'ann' WHERE seq = 8"),
            QStringLiteral("UPDATE audit_log SET operator = 'bob' WHERE seq = 7"),
        } << qint64(7) << QStringLiteral("does not match its hash");
    }
    void tampering()
    {
        QFETCH(QStringList, attack);
        QFETCH(qint64, firstBroken);
        QFETCH(QString, says);
        const JournalConfig config = trailOf(10);
        QVERIFY(verify(config).isIntact());
        dropTriggers(config);
        for (const QString &sql : std::as_const(attack))
            rawRows(config, sql);
        const AuditVerification v = verify(config);
        QVERIFY2(!v.isIntact(), "the tampering went unnoticed");
        QCOMPARE(v.firstBroken, firstBroken);
        QVERIFY2(v.problem.contains(says), qPrintable(v.problem));
        QVERIFY2(v.problem.contains(QString::number(firstBroken)), qPrintable(v.problem));
    }

    void aRewrittenChainIsCaughtByAnExportedHead()
    {
        // An attacker with the owner's rights rebuilds the whole chain with valid hashes: it
        // verifies on its own, but not against the head exported before.
        const JournalConfig config = trailOf(6);
        auto exported = [&] {
            auto db = open(config);
            return AuditTrail(*db).head().value();
        }();
        QCOMPARE(exported.first, 6);
        dropTriggers(config);
        rawRows(config, QStringLiteral("UPDATE audit_log SET operator = 'eve' WHERE seq = 2"));
        {
            auto db = open(config);
            AuditTrail trail(*db);
            auto records = trail.list({});
            QString previous = QString::fromLatin1(AuditGenesisHash);
            for (AuditRecord r : *records) {
                r.hash = AuditTrail::hashOf(previous, r);
                PAVT_VERIFY_OK(db->execRaw(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE "
                                                          "seq = %2")
                                               .arg(r.hash)
                                               .arg(r.seq)));
                previous = r.hash;
            }
            PAVT_VERIFY_OK(db->execRaw(
                QStringLiteral("UPDATE audit_head SET hash = '%1' WHERE id = 1").arg(previous)));
        }
        QVERIFY(verify(config).isIntact()); // undetectable from the database alone
        const AuditVerification v = verify(config, exported);
        QVERIFY(!v.isIntact());
        QCOMPARE(v.firstBroken, 6);
        QVERIFY2(v.problem.contains(u"exported"), qPrintable(v.problem));
        // And an exported head that the trail still has is fine.
        const JournalConfig clean = trailOf(4);
        auto head = [&] {
            auto db = open(clean);
            return AuditTrail(*db).head().value();
        }();
        QVERIFY(verify(clean, head).isIntact());
    }

    void eightWritersAtOnceKeepOneChain()
    {
        const JournalConfig config = trailOf(0);
        constexpr int Writers = 8;
        constexpr int PerWriter = 40;
        std::atomic_int failures { 0 };
        std::atomic_int ready { 0 };
        QStringList errors;
        QMutex errorsMutex;
        QList<QThread *> threads;
        for (int w = 0; w < Writers; ++w) {
            threads << QThread::create([&, w] {
                auto db = JournalDatabase::open(config, QStringLiteral("writer"), false);
                if (!db) {
                    ++failures;
                    return;
                }
                AuditTrail trail(**db);
                ++ready;
                while (ready.load() < Writers)
                    QThread::yieldCurrentThread();
                for (int i = 0; i < PerWriter; ++i) {
                    auto r = trail.append(QDateTime::currentDateTimeUtc(),
                                          QStringLiteral("seat-%1").arg(w),
                                          QStringLiteral("op%1").arg(w), QStringLiteral("sign_in"),
                                          { { QStringLiteral("i"), i } });
                    if (!r) {
                        ++failures;
                        QMutexLocker lock(&errorsMutex);
                        errors << r.error().message;
                    }
                }
            });
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QVERIFY2(failures.load() == 0, qPrintable(errors.join(u'\n')));
        const AuditVerification v = verify(config);
        QVERIFY2(v.isIntact(), qPrintable(v.problem));
        QCOMPARE(v.records, qint64(Writers * PerWriter));
        QCOMPARE(v.headSeq, qint64(Writers * PerWriter));
        // Every writer's records are all there.
        const auto perSeat = rawRows(
            config,
            QStringLiteral("SELECT seat, COUNT(*) FROM audit_log GROUP BY seat ORDER BY seat"));
        QCOMPARE(perSeat.size(), Writers);
        for (const QVariantList &row : perSeat)
            QCOMPARE(row.at(1).toInt(), PerWriter);
    }
};

PAVT_JOURNAL_TEST_MAIN(TestAuditTrail, "tst_audittrail")
#include "tst_audittrail.moc"
