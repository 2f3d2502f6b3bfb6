// SPDX-License-Identifier: MIT
// A large journal for the benchmarks (bench_journal, bench_gui): deterministic, realistic-looking
// entries over a year, written in transactions of 100,000.
#pragma once

#include "core/journal/journal.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>

namespace pavt::bench {

// Deterministic, realistic-looking entries: a year of charges, newest last.
class Generator
{
public:
    explicit Generator(QDateTime end, qint64 count) : m_end(end), m_count(count)
    {
        static const char *syllables[]
            = { "an", "be", "ca", "da", "el", "fi", "go", "ha", "is", "jo", "ka", "li",
                "mo", "na", "ol", "pe", "qu", "ra", "sa", "ti", "ul", "ve", "wi", "ya" };
        for (int i = 0; i < 300; ++i) {
            QString first = QString::fromLatin1(syllables[i % 24])
                + QString::fromLatin1(syllables[(i * 7) % 24]);
            first[0] = first[0].toUpper();
            m_first << first + (i >= 24 * 7 ? QString::fromLatin1(syllables[i % 11]) : QString());
        }
        for (int i = 0; i < 2000; ++i) {
            QString last = QString::fromLatin1(syllables[i % 24])
                + QString::fromLatin1(syllables[(i / 24) % 24])
                + QString::fromLatin1(syllables[(i * 5 + 3) % 24]);
            last[0] = last[0].toUpper();
            m_last << last;
        }
        for (int i = 0; i < 25; ++i)
            m_operators << QStringLiteral("agent%1").arg(i, 2, 10, QLatin1Char('0'));
    }

    QString alnum(int n)
    {
        static constexpr char Alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        QString out(n, Qt::Uninitialized);
        for (int i = 0; i < n; ++i)
            out[i] = QLatin1Char(Alphabet[m_random.bounded(32)]);
        return out;
    }

    JournalEntry entry(qint64 i)
    {
        JournalEntry e;
        const qint64 span = 365LL * 24 * 3600 * 1000;
        e.createdAt = m_end.addMSecs(-span + span * i / m_count + m_random.bounded(1000));
        e.updatedAt = e.createdAt.addMSecs(800 + m_random.bounded(2000));
        e.operatorName = m_operators.at(m_random.bounded(int(m_operators.size())));
        e.environment = QStringLiteral("live");
        e.orderId = QStringLiteral("VT") + e.createdAt.toString(QStringLiteral("yyyyMMddHHmmss"))
            + u'-' + alnum(10);
        const int brand = m_random.bounded(100);
        if (brand < 55) {
            e.cardBrand = QStringLiteral("visa");
            e.cardFirstSix
                = QStringLiteral("4%1").arg(m_random.bounded(100000), 5, 10, QLatin1Char('0'));
        } else if (brand < 90) {
            e.cardBrand = QStringLiteral("mastercard");
            e.cardFirstSix = QStringLiteral("5%1").arg(100000 + m_random.bounded(500000)).left(6);
        } else {
            e.cardBrand = QStringLiteral("amex");
            e.cardFirstSix
                = QStringLiteral("37%1").arg(m_random.bounded(10000), 4, 10, QLatin1Char('0'));
        }
        e.cardLastFour = QStringLiteral("%1").arg(m_random.bounded(10000), 4, 10, QLatin1Char('0'));
        e.firstName = m_first.at(m_random.bounded(int(m_first.size())));
        e.lastName = m_last.at(m_random.bounded(int(m_last.size())));
        e.email = e.firstName.toLower() + u'.' + e.lastName.toLower()
            + QString::number(m_random.bounded(100)) + QStringLiteral("@example.com");
        e.country = QStringLiteral("GB");
        // The rest of the customer (schema 3): a phone, street, city and postcode.
        e.phone = QStringLiteral("+44 20 7946 %1")
                      .arg(m_random.bounded(10000), 4, 10, QLatin1Char('0'));
        e.address = QStringLiteral("%1 High Street").arg(1 + m_random.bounded(200));
        static const char *cities[] = { "London", "Leeds", "Bristol", "York", "Bath", "Derby" };
        e.city = QString::fromLatin1(cities[m_random.bounded(6)]);
        e.zip = QStringLiteral("SW%1 %2AA").arg(1 + m_random.bounded(20)).arg(m_random.bounded(10));
        const int cur = m_random.bounded(10);
        e.currency = cur < 7 ? QStringLiteral("GBP")
            : cur < 9        ? QStringLiteral("EUR")
                             : QStringLiteral("USD");
        e.amountMinor = 100 + m_random.bounded(200000);
        const int o = m_random.bounded(1000);
        if (o < 800) {
            e.outcome = EntryOutcome::Approved;
            e.message = QStringLiteral("Transaction successful");
        } else if (o < 920) {
            e.outcome = EntryOutcome::Declined;
            e.message
                = o < 880 ? QStringLiteral("Card declined") : QStringLiteral("Insufficient funds");
        } else if (o < 950) {
            e.outcome = EntryOutcome::Rejected;
            e.message = QStringLiteral("The given data was invalid.");
            e.httpStatus = 422;
        } else if (o < 970) {
            e.outcome = EntryOutcome::NotSent;
            e.message = QStringLiteral("Could not reach the gateway, so nothing was sent.");
        } else if (o < 985) {
            e.outcome = EntryOutcome::NeedsThreeDS;
            e.message = QStringLiteral("3-D Secure authentication is pending.");
        } else if (o < 993) {
            e.outcome = EntryOutcome::Unknown;
            e.message = QStringLiteral("No answer from the gateway within 15 seconds.");
        } else if (o < 997) {
            e.outcome = EntryOutcome::ServerError;
            e.message = QStringLiteral("The gateway had an internal error (HTTP 500).");
            e.httpStatus = 500;
        } else {
            e.outcome = EntryOutcome::Unresolved;
            e.message = QStringLiteral("Not settled; check this charge at the gateway by hand.");
        }
        if (e.httpStatus == 0 && e.outcome != EntryOutcome::NotSent
            && e.outcome != EntryOutcome::Unknown)
            e.httpStatus = 200;
        if (e.outcome == EntryOutcome::Approved || e.outcome == EntryOutcome::Declined
            || e.outcome == EntryOutcome::NeedsThreeDS)
            e.transactionId = QStringLiteral("PA") + alnum(14);
        if (e.outcome == EntryOutcome::NeedsThreeDS)
            e.threeDSUrl = QStringLiteral("https://backend.pay.agency/3ds/") + e.transactionId;
        if (e.outcome == EntryOutcome::Approved && m_random.bounded(100) == 0) {
            e.refundState = RefundState::Refunded;
            e.refundReason = QStringLiteral("Goods returned");
            e.refundedAt = e.updatedAt.addDays(2);
        }
        return e;
    }

private:
    QDateTime m_end;
    qint64 m_count;
    QRandomGenerator m_random { 20261125 };
    QStringList m_first, m_last, m_operators;
};

// Writes `count` entries, the newest just before `end`, into a new SQLite journal at `path`.
// Returns an error in words, or an empty string.
inline QString writeJournal(const QString &path, qint64 count, const QDateTime &end)
{
    JournalConfig bulk;
    bulk.sqlitePath = path;
    bulk.durableCommits = false; // synchronous=NORMAL for the bulk load only
    auto journal = Journal::open(bulk);
    if (!journal)
        return journal.error().message;
    Generator gen(end, count);
    constexpr qint64 Chunk = 100000;
    for (qint64 done = 0; done < count; done += Chunk) {
        QList<JournalEntry> batch;
        batch.reserve(Chunk);
        for (qint64 i = done; i < std::min(count, done + Chunk); ++i)
            batch.append(gen.entry(i));
        if (auto written = (*journal)->insertBatch(batch); !written)
            return written.error().message;
    }
    (*journal)->database().execRaw(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return {};
}

} // namespace pavt::bench
