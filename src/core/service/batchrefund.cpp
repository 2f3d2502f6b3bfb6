// SPDX-License-Identifier: MIT
#include "core/service/batchrefund.h"

#include "core/journal/audittrail.h"
#include "core/journal/journal.h"
#include "core/journal/reconciler.h"
#include "core/payment/currency.h"
#include "core/payment/money.h"
#include "core/service/chargeservice.h"
#include "core/service/sessionservice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace pavt {

struct BatchRefund::Parsed
{
    struct Line
    {
        QStringList fields;
        bool unterminated = false;
    };
    QList<Line> lines;
    bool header = false;
};

int BatchPreview::okCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const BatchCheck &c) { return c.ok; }));
}

BatchRefund::BatchRefund(Journal *journal, GatewayClient *client, ChargeService *service,
                         SessionService *session, QObject *parent)
    : QObject(parent), m_journal(journal), m_client(client), m_service(service), m_session(session),
      m_store(journal->database())
{ }

BatchRefund::~BatchRefund() = default;

QDateTime BatchRefund::now() const
{
    return m_journal->clock().now().toUTC();
}

// RFC 4180: fields separated by commas, quoted with '"' ("" inside), lines by LF or CRLF; blank
// lines are skipped. A first line whose first field is "transaction_id" is the header.
BatchRefund::Parsed BatchRefund::parse(const QByteArray &data)
{
    Parsed parsed;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    Parsed::Line line;
    QString field;
    bool quoted = false;
    bool any = false;
    auto endLine = [&] {
        line.fields << field;
        field.clear();
        const bool blank = line.fields.size() == 1 && line.fields.first().trimmed().isEmpty();
        if (!blank || line.unterminated)
            parsed.lines << line;
        line = {};
        any = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        any = true;
        if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
        } else if (c == u',') {
            line.fields << field;
            field.clear();
        } else if (c == u'\n') {
            endLine();
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (quoted)
        line.unterminated = true;
    if (any || quoted || !field.isEmpty())
        endLine();
    if (!parsed.lines.isEmpty()
        && parsed.lines.first().fields.first().trimmed().compare(u"transaction_id",
                                                                 Qt::CaseInsensitive)
            == 0) {
        parsed.header = true;
        parsed.lines.removeFirst();
    }
    return parsed;
}

Result<BatchPreview> BatchRefund::preview(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("batch_file"),
                    tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
    if (file.size() > MaxFileBytes)
        return fail(QStringLiteral("batch_file"),
                    tr("The file %1 is larger than %2 MiB.").arg(path).arg(MaxFileBytes >> 20));
    return previewData(file.readAll(), QFileInfo(path).fileName());
}

Result<BatchPreview> BatchRefund::previewData(const QByteArray &data, const QString &source)
{
    if (m_session)
        if (auto refused = m_session->require(Action::BatchRefund))
            return std::unexpected(*refused);
    if (data.size() > MaxFileBytes)
        return fail(QStringLiteral("batch_file"),
                    tr("The file %1 is larger than %2 MiB.").arg(source).arg(MaxFileBytes >> 20));
    const Parsed parsed = parse(data);
    if (parsed.lines.isEmpty())
        return fail(QStringLiteral("batch_empty"), tr("The file %1 has no rows.").arg(source));
    if (parsed.lines.size() > MaxRows)
        return fail(QStringLiteral("batch_file"),
                    tr("The file %1 has more than %2 rows; split it.").arg(source).arg(MaxRows));

    BatchPreview preview;
    preview.source = source;
    preview.fileHash
        = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    const QString environment = environmentId(m_client->environment());
    auto earlier = m_store.findByHash(preview.fileHash, environment);
    if (!earlier)
        return std::unexpected(earlier.error());
    preview.earlier = *earlier;

    QSet<QString> seen;
    QHash<QString, qint64> today; // the rows' amounts so far per currency, for the daily limit
    int number = 0;
    for (const Parsed::Line &line : parsed.lines) {
        BatchCheck check;
        check.row = ++number;
        check.transactionId = line.fields.value(0).trimmed();
        check.reason = line.fields.value(1).trimmed();
        const QString amountText = line.fields.value(2).trimmed();
        auto reject = [&](const char *code, const QString &message) {
            check.code = QString::fromLatin1(code);
            check.message = message;
            preview.rows << check;
        };
        if (line.unterminated || line.fields.size() < 2 || line.fields.size() > 3) {
            reject("malformed",
                   tr("The row does not have two or three fields (transaction id, reason, "
                      "amount)."));
            continue;
        }
        if (check.transactionId.isEmpty() || check.transactionId.size() > 128) {
            reject("transaction_id", tr("The row has no transaction id."));
            continue;
        }
        if (check.reason.isEmpty()) {
            reject("reason", tr("The row gives no reason for the refund."));
            continue;
        }
        if (seen.contains(check.transactionId)) {
            reject("duplicate",
                   tr("The transaction %1 is in the file more than once; only its "
                      "first row is refunded.")
                       .arg(check.transactionId));
            continue;
        }
        seen.insert(check.transactionId);
        auto found = m_journal->entryByTransactionId(check.transactionId);
        if (!found)
            return std::unexpected(found.error());
        if (!*found) {
            reject("unknown",
                   tr("The journal has no charge with the transaction id %1.")
                       .arg(check.transactionId));
            continue;
        }
        const JournalEntry &e = **found;
        check.entryId = e.id;
        check.currency = e.currency;
        check.refundableMinor = e.refundableMinor();
        if (e.environment != environment) {
            reject("environment",
                   tr("This charge was made in the %1 environment; the terminal is set up for %2.")
                       .arg(e.environment, environment));
            continue;
        }
        if (e.refundState == RefundState::Refunded) {
            reject("already_refunded", tr("This charge has already been refunded."));
            continue;
        }
        if (!e.isRefundable()) {
            reject("not_refundable",
                   e.refundState == RefundState::Requested
                       ? tr("A refund of this charge is already on its way; wait for its answer.")
                       : tr("Only an approved charge that is not charged back can be refunded; "
                            "this one is %1.")
                             .arg(entryOutcomeLabel(e.outcome)));
            continue;
        }
        if (!amountText.isEmpty()) {
            const Currency *currency = Currencies::find(e.currency);
            if (!currency) {
                reject("amount", tr("The charge's currency %1 is not known.").arg(e.currency));
                continue;
            }
            auto amount = parseAmount(amountText, *currency);
            if (!amount) {
                reject("amount",
                       tr("The amount \"%1\" cannot be used: %2")
                           .arg(amountText.left(40), amount.error().message));
                continue;
            }
            check.amountMinor = *amount;
        }
        if (auto wrong = m_service->checkRefundAmount(e, check.amountMinor)) {
            reject(wrong->code == u"refund_too_much" ? "refund_too_much" : "partial_refunds_off",
                   wrong->message);
            continue;
        }
        const qint64 amount = check.amountMinor > 0 ? check.amountMinor : e.refundableMinor();
        if (m_session) {
            // A batch takes no approvals: a row above the limit is refused here.
            if (auto needed = m_session->refundNeedsApproval(&e, amount, today.value(e.currency))) {
                reject("approval_required", needed->message);
                continue;
            }
        }
        today[e.currency] += amount;
        check.ok = true;
        preview.rows << check;
    }
    return preview;
}

Result<qint64> BatchRefund::start(const BatchPreview &preview)
{
    if (m_session)
        if (auto refused = m_session->require(Action::BatchRefund))
            return std::unexpected(*refused);
    if (preview.earlier)
        return fail(QStringLiteral("batch_seen"),
                    preview.earlier->finished
                        ? tr("This file was refunded as batch %1 on %2; nothing is sent again.")
                              .arg(preview.earlier->id)
                              .arg(preview.earlier->createdAt.toLocalTime().toString(
                                  QStringLiteral("yyyy-MM-dd HH:mm")))
                        : tr("This file is batch %1, which has not finished; resume it instead.")
                              .arg(preview.earlier->id));
    if (preview.okCount() == 0)
        return fail(QStringLiteral("batch_empty"), tr("No row of the file can be refunded."));
    if (auto refused = m_journal->healthError())
        return std::unexpected(*refused);
    RefundBatch batch;
    batch.createdAt = now();
    batch.operatorName = m_service->operatorName();
    batch.environment = environmentId(m_client->environment());
    batch.source = preview.source;
    batch.fileHash = preview.fileHash;
    QList<RefundBatchRow> rows;
    for (const BatchCheck &c : preview.rows) {
        RefundBatchRow r;
        r.row = c.row;
        r.transactionId = c.transactionId;
        r.reason = c.reason;
        r.amountMinor = c.amountMinor;
        r.currency = c.currency;
        r.entryId = c.entryId;
        r.state = c.ok ? BatchRowState::Queued : BatchRowState::Rejected;
        r.message = c.message;
        rows << r;
    }
    if (m_session) {
        auto recorded = m_session->audit(QString::fromLatin1(AuditEvent::RefundBatchStarted),
                                         { { QStringLiteral("source"), preview.source },
                                           { QStringLiteral("file_sha256"), preview.fileHash },
                                           { QStringLiteral("rows"), int(preview.rows.size()) },
                                           { QStringLiteral("queued"), preview.okCount() } });
        if (!recorded)
            return std::unexpected(recorded.error()); // not recorded: not started
    }
    auto written = m_store.create(batch, rows);
    if (!written)
        return std::unexpected(written.error());
    return written->id;
}

Result<QList<RefundBatchRow>> BatchRefund::rows(qint64 batchId)
{
    return m_store.rows(batchId);
}

void BatchRefund::run(qint64 batchId)
{
    if (m_batchId != 0)
        return;
    m_batchId = batchId;
    m_cancel = false;
    auto all = m_store.rows(batchId);
    m_total = all ? int(std::count_if(
                  all->cbegin(), all->cend(),
                  [](const RefundBatchRow &r) { return r.state != BatchRowState::Rejected; }))
                  : 0;
    // Asynchronously, so that a caller connects to the signals first.
    QTimer::singleShot(0, this, &BatchRefund::next);
}

void BatchRefund::cancel()
{
    m_cancel = true;
}

void BatchRefund::next()
{
    auto all = m_store.rows(m_batchId);
    if (!all) {
        qCWarning(lcJournal).noquote() << "batch" << m_batchId << all.error().message;
        return end(false);
    }
    int done = 0;
    const RefundBatchRow *sending = nullptr;
    const RefundBatchRow *queued = nullptr;
    for (const RefundBatchRow &r : std::as_const(*all)) {
        if (r.state == BatchRowState::Rejected)
            continue;
        if (isFinal(r.state))
            ++done;
        else if (r.state == BatchRowState::Sending && !sending)
            sending = &r;
        else if (r.state == BatchRowState::Queued && !queued)
            queued = &r;
    }
    emit progress(done, m_total);
    if (sending)
        return lookUp(*sending); // a crash left it: its outcome is looked up, never resent
    if (m_cancel) {
        m_store.cancelQueued(m_batchId, now());
        return end(true);
    }
    if (queued)
        return send(*queued);
    end(false);
}

void BatchRefund::send(const RefundBatchRow &row)
{
    auto entry = m_journal->entry(row.entryId);
    if (!entry || !*entry) {
        settle(
            row, BatchRowState::Failed,
            entry
                ? tr("The journal has no charge with the transaction id %1.").arg(row.transactionId)
                : entry.error().message);
        return QTimer::singleShot(0, this, &BatchRefund::next);
    }
    const JournalEntry &e = **entry;
    const qint64 amount = row.amountMinor > 0 ? row.amountMinor : e.refundableMinor();
    // Claimed and committed before anything is sent.
    auto claimed = m_store.claim(m_batchId, row.row, amount, e.refundedMinor, now());
    if (!claimed) {
        qCWarning(lcJournal).noquote() << "batch" << m_batchId << claimed.error().message;
        return end(false); // nothing sent: the row stays queued
    }
    if (!*claimed)
        return QTimer::singleShot(0, this, &BatchRefund::next); // another seat or process took it
    RefundBatchRow sent = row;
    sent.amountMinor = amount;
    sent.refundedBefore = e.refundedMinor;
    sent.state = BatchRowState::Sending;
    auto begun = m_service->refund(
        row.entryId, row.reason, this,
        [this, sent](const RefundResult &result) {
            switch (result.outcome.kind) {
            case OutcomeKind::Approved:
                settle(sent, BatchRowState::Refunded, result.outcome.message);
                break;
            case OutcomeKind::Declined:
            case OutcomeKind::Rejected:
            case OutcomeKind::NotSent:
                settle(sent, BatchRowState::Failed, result.outcome.message);
                break;
            case OutcomeKind::NeedsThreeDS:
            case OutcomeKind::Pending:
            case OutcomeKind::ServerError:
            case OutcomeKind::Unknown:
            case OutcomeKind::Listed:
            case OutcomeKind::AwaitingPayment:
                return lookUp(sent); // the answer was lost: looked up, never resent
            }
            next();
        },
        nullptr, row.amountMinor);
    if (!begun) {
        // Refused before sending (another seat refunded it meanwhile, a limit): nothing left.
        settle(sent, BatchRowState::Failed, begun.error().message);
        QTimer::singleShot(0, this, &BatchRefund::next); // not deeper on the stack per row
    }
}

void BatchRefund::lookUp(const RefundBatchRow &row)
{
    m_client->status(row.transactionId, this, [this, row](const GatewayOutcome &outcome) {
        if (outcome.kind != OutcomeKind::Approved && outcome.kind != OutcomeKind::Declined) {
            settle(row, BatchRowState::Unknown,
                   tr("The refund was sent and its outcome is not known (the status could not "
                      "be read: %1); check it at the gateway before refunding again.")
                       .arg(outcome.message));
            return next();
        }
        auto entry = m_journal->entry(row.entryId);
        JournalEntry asSent = entry && *entry ? **entry : JournalEntry {};
        asSent.refundedMinor = row.refundedBefore;
        asSent.refundPendingMinor = row.amountMinor;
        const RefundSeen seen
            = refundSeenAtGateway(asSent, outcome.transaction, m_client->config().wire.amountUnit);
        if (seen == RefundSeen::Unclear) {
            settle(row, BatchRowState::Unknown,
                   tr("The gateway does not say whether this partial refund was made; check it "
                      "at the gateway before refunding again."));
            return next();
        }
        const bool done = seen == RefundSeen::Done;
        const QString message = done ? tr("The gateway shows the refund (looked up).")
                                     : tr("The gateway shows no refund; it was not sent again. "
                                          "Refund it in a new batch if it is still due.");
        // The journal's entry learns it too, when its refund is still waiting for an answer.
        const QDateTime at = now();
        auto updated = m_journal->update(row.entryId, [&](JournalEntry &e) -> std::optional<Error> {
            if (e.refundState != RefundState::Requested)
                return Error { QStringLiteral("settled"), QString() };
            e.settleRefund(done, at);
            e.refundMessage = message;
            return std::nullopt;
        });
        Q_UNUSED(updated);
        settle(row, done ? BatchRowState::Refunded : BatchRowState::Failed, message);
        next();
    });
}

void BatchRefund::settle(const RefundBatchRow &row, BatchRowState state, const QString &message)
{
    if (auto written = m_store.settle(m_batchId, row.row, state, message, now()); !written)
        qCWarning(lcJournal).noquote()
            << "batch" << m_batchId << "row" << row.row << written.error().message;
    RefundBatchRow settled = row;
    settled.state = state;
    settled.message = message;
    emit rowFinished(settled);
}

void BatchRefund::end(bool cancelled)
{
    const qint64 id = m_batchId;
    auto all = m_store.rows(id);
    bool open = !all;
    QHash<BatchRowState, int> counts;
    if (all)
        for (const RefundBatchRow &r : std::as_const(*all)) {
            counts[r.state] += 1;
            open = open || !isFinal(r.state);
        }
    if (!open)
        m_store.finish(id, now());
    if (m_session)
        m_session->audit(QString::fromLatin1(AuditEvent::RefundBatchFinished),
                         { { QStringLiteral("batch"), id },
                           { QStringLiteral("refunded"), counts.value(BatchRowState::Refunded) },
                           { QStringLiteral("failed"), counts.value(BatchRowState::Failed) },
                           { QStringLiteral("unknown"), counts.value(BatchRowState::Unknown) },
                           { QStringLiteral("cancelled"), counts.value(BatchRowState::Cancelled) },
                           { QStringLiteral("rejected"), counts.value(BatchRowState::Rejected) } });
    m_batchId = 0;
    emit finished(id, cancelled);
}

namespace {

QByteArray csvField(const QString &text)
{
    // Text fields that a spreadsheet would take for a formula get a leading apostrophe.
    QString value = text;
    if (!value.isEmpty()
        && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-'
            || value.front() == u'@'))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n')
        || value.contains(u'\r'))
        return '"' + value.replace(u'"', QStringLiteral("\"\"")).toUtf8() + '"';
    return value.toUtf8();
}

} // namespace

Result<void> BatchRefund::writeResult(const QList<RefundBatchRow> &rows, QIODevice &out)
{
    QByteArray text = "row,transaction_id,outcome,message\r\n";
    for (const RefundBatchRow &r : rows)
        text += QByteArray::number(r.row) + ',' + csvField(r.transactionId) + ','
            + batchRowStateId(r.state).toLatin1() + ',' + csvField(r.message) + "\r\n";
    if (out.write(text) != text.size())
        return fail(QStringLiteral("batch_result"),
                    tr("The result file could not be written: %1").arg(out.errorString()));
    return {};
}

} // namespace pavt
