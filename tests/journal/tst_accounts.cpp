// SPDX-License-Identifier: MIT
// The operators' accounts and the refund log in the journal's database (core/journal/accounts.h),
// on SQLite (tst_accounts) and PostgreSQL (tst_accounts_postgresql): names, roles, the first
// administrator once even when two seats try at once, updates in a transaction, the refund log's
// daily sums; the security policy (schema 7); and the migrations, which add the new tables and
// keep the entries.
#include "core/journal/accounts.h"
#include "core/journal/journal.h"
#include "core/journal/securitypolicy.h"
#include "support/journaltestsupport.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace pavt;
using namespace pavt::test;

class TestAccounts : public QObject
{
    Q_OBJECT
public:
    explicit TestAccounts(JournalTestBackend backend) : m_backend(std::move(backend)) { }

private:
    JournalTestBackend m_backend;
    QTemporaryDir m_dir;
    const QDateTime m_now = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

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
        auto db = JournalDatabase::open(config, QStringLiteral("accounts-test"));
        if (!db)
            qFatal("cannot open the journal: %s", qPrintable(db.error().message));
        return std::move(*db);
    }

    static Account account(const char *name, Roles roles)
    {
        Account a;
        a.name = QString::fromLatin1(name);
        a.displayName = QString::fromLatin1(name).toUpper();
        a.roles = roles;
        a.passwordHash = QStringLiteral("$scrypt$ln=10,r=8,p=1$c2FsdA==$a2V5");
        return a;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { dropCreated(); }

    void rolesAndNames()
    {
        QCOMPARE(rolesId(Roles(Role::Administrator) | Role::Operator),
                 QStringLiteral("operator,admin"));
        QCOMPARE(rolesFromId(u"admin, Supervisor")->bits,
                 (Roles(Role::Administrator) | Role::Supervisor).bits);
        QVERIFY(!rolesFromId(u"operator,root"));
        QCOMPARE(roleFromId(u"administrator"), std::optional<Role>(Role::Administrator));
        QCOMPARE(AccountStore::normaliseName(QStringLiteral("  Ann.Smith ")).value(),
                 QStringLiteral("ann.smith"));
        for (const char *bad : { "", ".ann", "ann smith", "anna@example", "ännä" })
            QVERIFY2(!AccountStore::normaliseName(QString::fromUtf8(bad)), bad);
        QVERIFY(!AccountStore::normaliseName(QString(65, u'a')));
        QVERIFY(AccountStore::normaliseName(QString(64, u'a')));
    }

    void createFindListUpdate()
    {
        auto db = open(fresh());
        AccountStore store(*db);
        QCOMPARE(store.count().value(), 0);
        auto ann = store.create(account("Ann", Role::Supervisor), m_now);
        PAVT_VERIFY_OK(ann);
        QVERIFY(ann->id > 0);
        QCOMPARE(ann->name, QStringLiteral("ann"));
        QCOMPARE(store.count().value(), 1);
        auto again = store.create(account("ANN", Role::Operator), m_now);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("account_exists"));
        PAVT_VERIFY_OK(store.create(account("bob", Roles(Role::Operator) | Role::Finance), m_now));
        auto found = store.find(QStringLiteral(" Bob "));
        PAVT_VERIFY_OK(found);
        QVERIFY(found->has_value());
        QVERIFY((*found)->roles.has(Role::Finance));
        QVERIFY(!(*found)->roles.has(Role::Supervisor));
        QCOMPARE((*found)->createdAt, m_now);
        QVERIFY(!store.find(QStringLiteral("carol"))->has_value());
        auto all = store.list();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, QStringLiteral("ann"));

        const QDateTime later = m_now.addSecs(60);
        auto updated = store.update(
            QStringLiteral("bob"),
            [&](Account &a) -> std::optional<Error> {
                a.failedAttempts = 3;
                a.lockedUntil = later.addSecs(1800);
                a.enabled = false;
                a.mustChangePassword = true;
                return std::nullopt;
            },
            later);
        PAVT_VERIFY_OK(updated);
        auto bob = store.find(QStringLiteral("bob"))->value();
        QCOMPARE(bob.failedAttempts, 3);
        QCOMPARE(bob.lockedUntil, later.addSecs(1800));
        QVERIFY(bob.isLockedAt(later));
        QVERIFY(!bob.isLockedAt(later.addSecs(1801)));
        QVERIFY(!bob.enabled);
        QVERIFY(bob.mustChangePassword);
        QCOMPARE(bob.updatedAt, later);
        // A refusing change writes nothing.
        auto refused = store.update(
            QStringLiteral("bob"),
            [](Account &a) -> std::optional<Error> {
                a.enabled = true;
                return Error { QStringLiteral("no"), QStringLiteral("no") };
            },
            later);
        QCOMPARE(refused.error().code, QStringLiteral("no"));
        QVERIFY(!store.find(QStringLiteral("bob"))->value().enabled);
        QCOMPARE(store
                     .update(
                         QStringLiteral("nobody"),
                         [](Account &) -> std::optional<Error> { return std::nullopt; }, later)
                     .error()
                     .code,
                 QStringLiteral("account_unknown"));
    }

    void theFirstAdministratorOnceEvenFromTwoSeats()
    {
        const JournalConfig config = fresh();
        open(config); // the schema
        std::atomic_int created { 0 };
        std::atomic_int refused { 0 };
        QList<QThread *> seats;
        for (int i = 0; i < 4; ++i)
            seats << QThread::create([&, i] {
                auto db = JournalDatabase::open(config, QStringLiteral("seat"), false);
                if (!db)
                    return;
                AccountStore store(**db);
                Account a = account("root", Role::Administrator);
                a.name = QStringLiteral("root%1").arg(i);
                auto r = store.create(a, m_now, true);
                if (r)
                    ++created;
                else if (r.error().code == u"accounts_exist")
                    ++refused;
            });
        for (QThread *t : seats)
            t->start();
        for (QThread *t : seats) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QCOMPARE(created.load(), 1);
        QCOMPARE(refused.load(), 3);
    }

    void refundLogSumsPerOperatorCurrencyAndDay()
    {
        auto db = open(fresh());
        AccountStore store(*db);
        const QDateTime midnight = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
        PAVT_VERIFY_OK(store.logRefund({ midnight.addSecs(-60),
                                         QStringLiteral("ann"),
                                         1,
                                         9000,
                                         QStringLiteral("GBP"),
                                         {} })); // yesterday
        PAVT_VERIFY_OK(store.logRefund(
            { midnight.addSecs(60), QStringLiteral("ann"), 2, 1250, QStringLiteral("GBP"), {} }));
        PAVT_VERIFY_OK(store.logRefund({ midnight.addSecs(120), QStringLiteral("ann"), 3, 700,
                                         QStringLiteral("GBP"), QStringLiteral("sam") }));
        PAVT_VERIFY_OK(store.logRefund(
            { midnight.addSecs(180), QStringLiteral("ann"), 4, 500, QStringLiteral("EUR"), {} }));
        PAVT_VERIFY_OK(store.logRefund(
            { midnight.addSecs(240), QStringLiteral("bob"), 5, 300, QStringLiteral("GBP"), {} }));
        QCOMPARE(
            store.refundedSince(QStringLiteral("ann"), QStringLiteral("GBP"), midnight).value(),
            1950);
        QCOMPARE(
            store.refundedSince(QStringLiteral("ann"), QStringLiteral("EUR"), midnight).value(),
            500);
        QCOMPARE(
            store.refundedSince(QStringLiteral("carol"), QStringLiteral("GBP"), midnight).value(),
            0);
        auto today = store.refunds(midnight);
        QCOMPARE(today->size(), 4);
        QCOMPARE(today->at(1).approvedBy, QStringLiteral("sam"));
        QVERIFY(today->at(0).approvedBy.isEmpty());
    }

    void migratesFromSchema4KeepingTheEntries()
    {
        const JournalConfig config = fresh();
        {
            auto journal = Journal::open(config);
            QVERIFY(journal);
            PAVT_VERIFY_OK((*journal)->recordPending(sampleEntry(QStringLiteral("KEEP-1"))));
        }
        // Make it a journal of schema 4: back to schema 6, then no accounts, refund log or audit
        // trail (schema 5) and no settlement columns (schema 6).
        const bool pg = config.backend == JournalBackend::PostgreSQL;
        QStringList drop = backToSchema6Sql(pg);
        drop << QStringLiteral("DROP TABLE audit_log") << QStringLiteral("DROP TABLE audit_head")
             << QStringLiteral("DROP TABLE accounts") << QStringLiteral("DROP TABLE refund_log")
             << QStringLiteral("ALTER TABLE entries DROP COLUMN chargeback_at")
             << QStringLiteral("ALTER TABLE entries DROP COLUMN suspicious_at")
             << QStringLiteral("UPDATE schema_version SET version = 4");
        if (!pg)
            drop << QStringLiteral("PRAGMA user_version = 4");
        if (pg)
            drop << QStringLiteral(
                "DROP FUNCTION pavt_audit_refuse, pavt_audit_append, pavt_audit_head");
        for (const QString &sql : std::as_const(drop))
            rawRows(config, sql);
        auto journal = Journal::open(config);
        PAVT_VERIFY_OK(journal);
        QCOMPARE((*journal)->schemaVersion().value(), Journal::SchemaVersion);
        QCOMPARE((*journal)->count({}).value(), 1);
        AccountStore store((*journal)->database());
        QCOMPARE(store.count().value(), 0);
        QCOMPARE(
            rawRows(config, QStringLiteral("SELECT seq FROM audit_head")).first().first().toInt(),
            0);
    }

    // The security policy (schema 7): defaults until an administrator changes a rule; each rule
    // checked against its range when written and when read; the one who changed it kept.
    void securityPolicyDefaultsRangesAndChanges()
    {
        auto db = open(fresh());
        SecurityPolicyStore store(*db);
        auto read = store.read();
        PAVT_VERIFY_OK(read);
        for (const PolicyRuleSpec &spec : policyRules()) {
            QCOMPARE(read->value(spec.rule), spec.defaultValue);
            QVERIFY(read->changedBy(spec.rule).isEmpty());
            QVERIFY(!policyRuleDescription(spec.rule).isEmpty());
        }
        auto changed
            = store.set(QStringLiteral("finance_per_day"), 300, QStringLiteral("root"), m_now);
        PAVT_VERIFY_OK(changed);
        QCOMPARE(changed->rule, PolicyRule::FinancePerDay);
        QCOMPARE(changed->from, 1000);
        QCOMPARE(changed->to, 300);
        auto again = store.set(QStringLiteral("FINANCE_PER_DAY"), 0, QStringLiteral("adm"), m_now);
        PAVT_VERIFY_OK(again);
        QCOMPARE(again->from, 300);
        read = store.read();
        PAVT_VERIFY_OK(read);
        QCOMPARE(read->value(PolicyRule::FinancePerDay), 0);
        QCOMPARE(read->changedBy(PolicyRule::FinancePerDay), QStringLiteral("adm"));
        QCOMPARE(read->changedAt(PolicyRule::FinancePerDay), m_now);
        QCOMPARE(read->value(PolicyRule::FinancePerRefund), 250);
        // Out of range or unknown: refused, nothing written.
        const QList<std::pair<const char *, qint64>> bad {
            { "lock_after_minutes", 0 },     { "lock_after_minutes", 16 },
            { "max_failed_sign_ins", 11 },   { "lock_out_minutes", 29 },
            { "supervisor_per_refund", -1 }, { "supervisor_per_day", 10000001 }
        };
        for (const auto &[name, value] : bad) {
            auto refused = store.set(QString::fromLatin1(name), value, QStringLiteral("x"), m_now);
            QVERIFY2(!refused, name);
            QCOMPARE(refused.error().code, QStringLiteral("policy_value"));
            QVERIFY2(refused.error().message.contains(QLatin1StringView(name)),
                     qPrintable(refused.error().message));
        }
        QCOMPARE(store.set(QStringLiteral("nope"), 1, QStringLiteral("x"), m_now).error().code,
                 QStringLiteral("policy_unknown"));
        QCOMPARE(rawRows(db->config(), QStringLiteral("SELECT COUNT(*) FROM security_policy"))
                     .first()
                     .first()
                     .toInt(),
                 1);
        // A value that something else wrote outside the range is an error naming the rule, never
        // the default in its place.
        db.reset();
        rawRows(m_created.last(),
                QStringLiteral("UPDATE security_policy SET value = -5 WHERE name = "
                               "'finance_per_day'"));
        db = open(m_created.last());
        auto broken = SecurityPolicyStore(*db).read();
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, QStringLiteral("policy_value"));
        QVERIFY(broken.error().message.contains(u"finance_per_day"));
        rawRows(m_created.last(),
                QStringLiteral("INSERT INTO security_policy (name, value, changed_by, changed_at) "
                               "VALUES ('max_refund_ever', 1, 'x', 0)"));
        rawRows(m_created.last(),
                QStringLiteral("UPDATE security_policy SET value = 5 WHERE name = "
                               "'finance_per_day'"));
        broken = SecurityPolicyStore(*db).read();
        QCOMPARE(broken.error().code, QStringLiteral("policy_unknown"));
        QVERIFY(broken.error().message.contains(u"max_refund_ever"));
    }

    void migratesFromSchema6WithTheDefaultPolicy()
    {
        const JournalConfig config = fresh();
        {
            auto journal = Journal::open(config);
            PAVT_VERIFY_OK(journal);
            PAVT_VERIFY_OK((*journal)->recordPending(sampleEntry(QStringLiteral("KEEP-6"))));
        }
        for (const QString &sql : backToSchema6Sql(config.backend == JournalBackend::PostgreSQL))
            rawRows(config, sql);
        auto journal = Journal::open(config);
        PAVT_VERIFY_OK(journal);
        QCOMPARE((*journal)->schemaVersion().value(), Journal::SchemaVersion);
        QCOMPARE((*journal)->count({}).value(), 1);
        SecurityPolicyStore store((*journal)->database());
        auto read = store.read();
        PAVT_VERIFY_OK(read);
        QCOMPARE(read->value(PolicyRule::SupervisorPerRefund), 500);
        PAVT_VERIFY_OK(
            store.set(QStringLiteral("supervisor_per_refund"), 100, QStringLiteral("root"), m_now));
    }
};

PAVT_JOURNAL_TEST_MAIN(TestAccounts, "tst_accounts")
#include "tst_accounts.moc"
