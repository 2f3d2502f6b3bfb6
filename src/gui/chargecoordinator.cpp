// SPDX-License-Identifier: MIT
#include "gui/chargecoordinator.h"

#include <QTimer>

namespace pavt::gui {

ChargeCoordinator::ChargeCoordinator(QObject *parent) : QObject(parent) {}

bool ChargeCoordinator::submit(const PaymentRequest &request, ChargeResult summary)
{
    if (m_busy || !m_client)
        return false;
    m_busy = true;
    emit started();
    m_client->charge(request, this, [this, summary](const GatewayOutcome &outcome) mutable {
        m_busy = false;
        summary.outcome = outcome;
        summary.when = QDateTime::currentDateTime();
        summary.lookingUp = outcome.kind == OutcomeKind::NeedsThreeDS || outcome.needsLookup();
        emit finished(summary);
        if (summary.lookingUp)
            QTimer::singleShot(m_followIntervalMs, this, [this, summary] { follow(summary, m_followIntervalMs); });
    });
    return true;
}

void ChargeCoordinator::follow(ChargeResult result, int elapsedMs)
{
    if (!m_client)
        return;
    if (elapsedMs > m_followLimitMs) {
        result.lookingUp = false;
        result.outcome.message = tr("No final answer after %1 minutes; check this order in the history later.")
                                     .arg(m_followLimitMs / 60000);
        emit updated(result);
        return;
    }
    const auto again = [this](ChargeResult r, int elapsed) {
        const int wait = qMin(m_followIntervalMs * (1 + elapsed / (m_followIntervalMs * 10 + 1)), 60000);
        QTimer::singleShot(wait, this, [this, r, elapsed, wait] { follow(r, elapsed + wait); });
    };
    const QString id = result.outcome.transaction.transactionId;
    if (!id.isEmpty()) {
        m_client->status(id, this, [this, result, elapsedMs, again](const GatewayOutcome &status) mutable {
            if (status.kind == OutcomeKind::Approved || status.kind == OutcomeKind::Declined) {
                result.outcome.kind = status.kind;
                result.outcome.transaction = status.transaction;
                result.outcome.message = status.message;
                result.lookingUp = false;
                emit updated(result);
                return;
            }
            again(result, elapsedMs);
        });
        return;
    }
    // No transaction id: find our order id in the day's list (and yesterday's, around midnight).
    const QDate today = QDate::currentDate();
    m_client->transactions(today.addDays(-1), today.addDays(1), {}, true, this,
                           [this, result, elapsedMs, again](const GatewayOutcome &list) mutable {
        for (const TransactionInfo &t : list.transactions) {
            if (t.orderId != result.outcome.orderId)
                continue;
            const QString s = t.status.toUpper();
            result.outcome.transaction = t;
            if (s == u"SUCCESS" || s == u"FAILED") {
                result.outcome.kind = s == u"SUCCESS" ? OutcomeKind::Approved : OutcomeKind::Declined;
                result.outcome.message = s == u"SUCCESS" ? tr("Found: the charge went through.")
                                                         : tr("Found: the charge failed; no money was taken.");
                result.lookingUp = false;
                emit updated(result);
                return;
            }
        }
        again(result, elapsedMs);
    });
}

} // namespace pavt::gui
