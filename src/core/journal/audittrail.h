// SPDX-License-Identifier: MIT
#pragma once

#include "core/base/error.h"
#include "core/journal/journaldatabase.h"
#include "core/journal/layer.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace pavt {

// The events of the audit trail (stable ids: pavt-cli prints them, tests and reviewers read them).
namespace AuditEvent {
inline constexpr char SignIn[] = "sign_in";
inline constexpr char SignOut[] = "sign_out";
inline constexpr char SignInFailed[] = "sign_in_failed";
inline constexpr char LockedOut[] = "account_locked_out";
inline constexpr char SessionLocked[] = "session_locked";
inline constexpr char SessionUnlocked[] = "session_unlocked";
inline constexpr char ActionRefused[] = "action_refused";
inline constexpr char ChargeAttempted[] = "charge_attempted";
inline constexpr char LinkAttempted[] = "link_attempted";
inline constexpr char RefundRequested[] = "refund_requested";
inline constexpr char RefundApproved[] = "refund_approved";
inline constexpr char RefundRefused[] = "refund_refused";
inline constexpr char RefundDone[] = "refund_done";
// A batch of refunds from a file: confirmed (rows, file), and finished or cancelled (counts).
inline constexpr char RefundBatchStarted[] = "refund_batch_started";
inline constexpr char RefundBatchFinished[] = "refund_batch_finished";
inline constexpr char StatusLookedUp[] = "status_looked_up";
inline constexpr char EntriesViewed[] = "entries_viewed";
inline constexpr char CsvExported[] = "csv_exported";
inline constexpr char ReportMade[] = "report_made";
inline constexpr char ReportExported[] = "report_exported";
inline constexpr char SettlementMade[] = "settlement_made";
inline constexpr char SettlementApplied[] = "settlement_applied";
inline constexpr char SettingsChanged[] = "settings_changed";
inline constexpr char CredentialsChanged[] = "credentials_changed";
inline constexpr char AccountCreated[] = "account_created";
inline constexpr char AccountChanged[] = "account_changed";
inline constexpr char AccountDisabled[] = "account_disabled";
inline constexpr char PasswordChanged[] = "password_changed";
inline constexpr char PasswordReset[] = "password_reset";
inline constexpr char AuditVerified[] = "audit_verified";
inline constexpr char PolicyChanged[] = "policy_changed";
} // namespace AuditEvent

// One record of the audit trail. `details` never holds a card number, a CVV, a password or a
// secret: only ids, amounts, masked cards, names of settings, filters and counts (the text values
// are masked like the journal's, sanitizeJournalText()).
struct AuditRecord
{
    qint64 seq = 0; // 1, 2, 3, ... without gaps
    QDateTime at; // UTC, millisecond precision
    QString seat; // the host name of the seat
    QString operatorName; // the account's name ("" before anyone signed in)
    QString event; // AuditEvent
    QString details; // a JSON object, compact, keys sorted
    QString hash; // SHA-256 (hex) over the previous record's hash and this record's content

    QJsonObject detailsObject() const;
};

struct AuditQuery
{
    QDateTime from; // at or after (invalid: from the start)
    QDateTime to; // before (invalid: to the end)
    int limit = 0; // the newest `limit` of them (0: all), still listed oldest first
};

// The result of walking the chain.
struct AuditVerification
{
    qint64 records = 0; // how many were read
    qint64 firstBroken = 0; // the first record that is not as written (0: the chain is intact)
    QString problem; // what is wrong there, a whole sentence
    qint64 headSeq = 0; // the trail's head: the last record's number and hash
    QString headHash;
    bool isIntact() const { return firstBroken == 0; }
};

// The tamper-evident audit trail in the journal's database (audit_log, audit_head; schema 3). Each
// record carries a SHA-256 hash over the previous record's hash and its own canonical content, so
// a record that was changed, deleted, inserted or moved breaks the chain from there on; the
// database refuses UPDATE and DELETE on the records (securityschema.cpp). Appends from several
// seats are serialised on the head row (SELECT ... FOR UPDATE on PostgreSQL, the write lock on
// SQLite), so the chain stays one line. Uses a JournalDatabase's connection, in its thread.
class AuditTrail
{
public:
    explicit AuditTrail(JournalDatabase &db);
    ~AuditTrail();
    AuditTrail(const AuditTrail &) = delete;
    AuditTrail &operator=(const AuditTrail &) = delete;

    // Appends the next record (details' text values sanitised, at most 2000 characters of JSON).
    Result<AuditRecord> append(const QDateTime &at, const QString &seat,
                               const QString &operatorName, const QString &event,
                               const QJsonObject &details);

    Result<QList<AuditRecord>> list(const AuditQuery &query);
    // The head: the last record's number and hash (0 and the genesis hash when empty).
    Result<std::pair<qint64, QString>> head();
    // Walks the whole chain from the first record, page by page (memory stays flat). With
    // `expected` (a head exported earlier: its number and hash) the record of that number must
    // still carry that hash: this catches a chain rewritten as a whole by someone with the
    // database owner's rights. `progress` gets the records read so far.
    Result<AuditVerification> verify(const std::optional<std::pair<qint64, QString>> &expected
                                     = std::nullopt,
                                     const std::function<void(qint64)> &progress = {});

    // verify() on a connection of its own to the journal of `config` (for a worker thread: the
    // window's check at start and its Audit trail dialog, which must not wait for a long walk).
    static Result<AuditVerification> verifyJournal(const JournalConfig &config);

    // The hash of a record after `previousHash` (hex), over its canonical content: a versioned,
    // length-prefixed encoding of seq, time, seat, operator, event and details.
    static QString hashOf(const QString &previousHash, const AuditRecord &record);

private:
    Result<QSqlQuery *> statement(int which, const QString &sql);
    JournalDatabase &m_db;
    std::unique_ptr<QSqlQuery> m_statements[3];
};

} // namespace pavt
