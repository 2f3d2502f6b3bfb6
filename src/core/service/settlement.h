// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/gateway/gatewayclient.h"
#include "core/journal/journal.h"
#include "core/service/layer.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace pavt {

class SessionService;

// What the settlement found for one transaction. A transaction is matched, mismatched or
// gateway-only (or a journal entry journal-only); refunded, charged back and suspicious are listed
// as well, from the gateway's side.
enum class SettlementCategory {
    Matched,
    GatewayOnly, // the gateway has it, the journal does not (another channel, or a lost entry)
    JournalOnly, // the journal has it as approved or possibly approved, the gateway has no record
    Mismatched, // amount, currency or status differ
    Refunded, // the gateway lists a refund_date
    ChargedBack, // chargeback_date
    Suspicious, // suspicious_date
};
inline constexpr int SettlementCategoryCount = int(SettlementCategory::Suspicious) + 1;
// The order of a report's items: the categories that can be serious first (mismatched,
// journal-only, gateway-only), then matched, refunded, charged back, suspicious.
inline constexpr SettlementCategory SettlementDisplayOrder[SettlementCategoryCount] {
    SettlementCategory::Mismatched,  SettlementCategory::JournalOnly,
    SettlementCategory::GatewayOnly, SettlementCategory::Matched,
    SettlementCategory::Refunded,    SettlementCategory::ChargedBack,
    SettlementCategory::Suspicious,
};
// "matched", "gateway_only", "journal_only", "mismatched", "refunded", "charged_back",
// "suspicious": the JSON keys and the CSV's category column.
QString settlementCategoryId(SettlementCategory category);

struct SettlementItem
{
    SettlementCategory category = SettlementCategory::Matched;
    QString transactionId;
    QString orderId;
    qint64 entryId = 0; // the journal's entry, 0 when none
    QDate day; // the transaction's day (the gateway's transaction_date; the journal's local day)
    qint64 amountMinor = 0; // the gateway's (journal-only: the journal's)
    QString currency;
    QString status; // the gateway's status word (journal-only: the journal's outcome id)
    QString journalStatus; // the journal's outcome id; empty when the journal has no entry
    QString date; // refunded, charged back, suspicious: the gateway's date as written
    bool serious = false; // a person must look at it (exit status 7)
    QString detail; // what differs or why it is serious, in words (translated); may be empty
};

// One change the journal would learn from the gateway; applied only after confirmation.
struct SettlementChange
{
    enum class Kind { Refunded, ChargedBack, Suspicious };
    Kind kind = Kind::Refunded;
    qint64 entryId = 0;
    QString transactionId;
    QDateTime at; // UTC: the gateway's date
    QString description; // in words (translated)
};
// "refunded", "charged_back", "suspicious"
QString settlementChangeId(SettlementChange::Kind kind);

// Totals of one group (a day, an operator or a kind) in one currency, from the gateway's list:
// approved (SUCCESS) count and amount, refunds and chargebacks of those (on the transaction's
// day), net = approved - refunds - chargebacks.
struct SettlementTotal
{
    QString key; // the day (YYYY-MM-DD), the operator's name, or the kind's id ("keyed", "hosted")
    QString currency;
    qint64 approvedCount = 0;
    qint64 approvedMinor = 0;
    qint64 refundCount = 0;
    qint64 refundMinor = 0;
    qint64 chargebackCount = 0;
    qint64 chargebackMinor = 0;
    qint64 netMinor() const { return approvedMinor - refundMinor - chargebackMinor; }
};

struct SettlementReport
{
    QDate from;
    QDate to;
    QList<SettlementItem> items; // in the order of categories, then of the gateway's list
    QList<SettlementChange> changes; // what --apply would write
    QList<SettlementTotal> perDay; // by day, then currency
    QList<SettlementTotal> perOperator; // matched entries only (the operator is the journal's)
    QList<SettlementTotal> perKind; // likewise
    qint64 gatewayTransactions = 0;
    int pages = 0;

    QList<SettlementItem> itemsOf(SettlementCategory category) const;
    int count(SettlementCategory category) const;
    bool hasSerious() const;
    bool hasSerious(SettlementCategory category) const;
    // settlementreport.cpp. Every category once, for showing them: those with a serious item
    // first, each group in SettlementDisplayOrder.
    QList<SettlementCategory> categoriesSeriousFirst() const;
    // The serious items, in the order of `items`.
    QList<SettlementItem> seriousItems() const;
};

struct SettlementOptions
{
    // The unit of the list's amount strings: the charges' (GatewayConfig::wire.amountUnit).
    AmountUnit amountUnit = AmountUnit::Minor;
    QTimeZone zone = QTimeZone::systemTimeZone(); // the journal's days (created_at is UTC)
    int maxPages = 20000; // a list longer than this is taken as one that never ends
};

// End of day: the gateway's transaction list for a range of days (every page, by cursor), matched
// with the journal by transaction id, else by order id. Reads only; apply() writes the listed
// changes. Bad answers (a page without meta, a cursor given twice, a list that never ends, an
// amount that is not a number, an unreadable page) end the run with an Error in words, and nothing
// is reported or changed. See docs/cli.md (pavt-cli settle).
class Settlement : public QObject
{
    Q_OBJECT
public:
    Settlement(Journal *journal, GatewayClient *client, SettlementOptions options = {},
               QObject *parent = nullptr);
    ~Settlement() override;

    // Starts a run (asynchronous; finished() follows once). Refused (an error in result()) while
    // one runs.
    void run(QDate from, QDate to);
    // The last run's report, or why it failed (after finished()).
    const Result<SettlementReport> &result() const { return m_result; }
    void cancel();
    bool isRunning() const { return m_running; }

    // Writes the report's changes to the journal, each one again checked against the entry as it
    // is now (a change already made is skipped, so applying twice changes nothing), each audited
    // through `session` when given. Returns how many entries changed.
    Result<int> apply(const SettlementReport &report, SessionService *session = nullptr);

signals:
    void progress(int pages, qint64 transactions, qint64 totalCount);
    void finished(); // result() holds the report or the error

private:
    struct Known; // a journal entry, as much of it as the settlement needs
    struct Seen; // a gateway transaction of the list
    void fetch(const QString &cursor);
    void onPage(const GatewayOutcome &outcome);
    void fail(const QString &message);
    Result<void> loadJournal();
    SettlementReport build();

    Journal *m_journal;
    GatewayClient *m_client;
    SettlementOptions m_options;
    QDate m_from;
    QDate m_to;
    Result<SettlementReport> m_result;
    bool m_running = false;
    bool m_cancelled = false;
    int m_pages = 0;
    qint64 m_totalCount = -1;
    QSet<QString> m_cursors;
    std::vector<Seen> m_seen;
    std::vector<Known> m_known;
};

// The list's amount text in minor units of a currency of `minorUnits` decimals: with
// AmountUnit::Minor an integer ("1250"; "1250.00" too), with Major a decimal of at most minorUnits
// places ("12.5", "12.50"). nullopt when it is not such a number.
// (parseWireAmount(), core/payment/wirejson.h, which the refunds read too.)
inline std::optional<qint64> parseListAmount(QStringView text, int minorUnits, AmountUnit unit)
{
    return parseWireAmount(text, minorUnits, unit);
}

} // namespace pavt
