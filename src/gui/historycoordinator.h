// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/linkfollower.h"
#include "core/journal/reconciler.h"
#include "core/service/chargeservice.h"
#include "core/service/sessionservice.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace pavt::gui {

// What the history page asks for, without widgets: a status look-up goes to the Reconciler, a
// refund to the journal's ChargeService (recorded, sent once, settled). Each step is reported as
// a status message for the window.
class HistoryCoordinator : public QObject
{
    Q_OBJECT
public:
    explicit HistoryCoordinator(QObject *parent = nullptr);

    // nullptr: nothing to look up with or refund through (no gateway or no journal).
    void setService(ChargeService *service, Reconciler *reconciler);
    ChargeService *service() const { return m_service; }
    Reconciler *reconciler() const { return m_reconciler; }
    // Payments by link are looked up by the link follower.
    void setLinkFollower(LinkFollower *follower) { m_follower = follower; }
    // With operators' accounts: a refund above the role's limit asks a supervisor on this seat for
    // their name and password (nullopt: not approved); SessionService checks them.
    void setSession(SessionService *session) { m_session = session; }
    std::function<std::optional<std::pair<QString, SecretBytes>>(const QString &why)> askApproval;

public slots:
    // Asks the reconciler to look the entry up at once.
    void lookUp(qint64 entryId);
    // Asks the link follower to look for the payment by link at once (an expired one too).
    void lookUpLink(qint64 entryId);
    // A refund of the entry (amountMinor 0: all that is left; more only with partial refunds);
    // refused by the service or the journal (nothing sent) when it cannot be refunded.
    void refund(qint64 entryId, const QString &reason, qint64 amountMinor = 0);

signals:
    // For the status bar; timeoutMs 0 keeps the message until the next one.
    void status(const QString &message, int timeoutMs);

private:
    QPointer<ChargeService> m_service;
    QPointer<Reconciler> m_reconciler;
    QPointer<LinkFollower> m_follower;
    QPointer<SessionService> m_session;
};

} // namespace pavt::gui
