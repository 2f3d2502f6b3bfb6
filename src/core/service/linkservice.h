// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/gatewayclient.h"
#include "core/journal/journalentry.h"
#include "core/journal/linkentry.h"
#include "core/service/layer.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <optional>

namespace pavt {

class Journal;
class LinkFollower;

struct LinkResult
{
    JournalEntry entry; // as completed (as written before sending, when journalError is set)
    GatewayOutcome outcome;
    std::optional<Error> journalError; // the outcome could not be written to the journal
};

// Payments by link, the way of a charge (architecture.md) without a card: checked (nothing
// journalled or sent when refused), journalled as pending with its kind, customer, amount and
// local expiry, committed before anything leaves, sent once (never again), completed with the
// gateway's answer: AwaitingPayment with the page's address and, for hosted card and APM
// payments, the transaction id. Every open link, and every creation whose answer was lost, is
// handed to the LinkFollower.
class SessionService;

class LinkService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const LinkResult &)>;

    LinkService(Journal *journal, GatewayClient *client, QObject *parent = nullptr);

    void setOperatorName(const QString &name) { m_operator = name; }
    // The signed-in operator's name with accounts, else the one set above.
    QString operatorName() const;
    // With operators' accounts: a link is made only when the role may (CreatePaymentLink), and
    // each is audited (link_attempted) before it is sent; one the trail cannot record is not sent.
    void setSession(SessionService *session);
    void setFollower(LinkFollower *follower);
    // How long a hosted card or APM link is followed (the setting links/expiryHours), and a
    // template link made without an expiry date (it is sent with the date this gives).
    void setExpiry(std::chrono::hours expiry) { m_expiry = expiry; }
    std::chrono::hours expiry() const { return m_expiry; }

    // A link to the gateway's card page (hosted) or to its alternative methods (APM). Refuses
    // ("invalid", nothing journalled or sent) a request that validateLinkRequest() refuses, card
    // fields included. Uses the request's order id or generates one. `done` runs once, on this
    // thread, unless `context` is destroyed first. Returns the pending entry.
    Result<JournalEntry> createHosted(const PaymentRequest &request, QObject *context, Done done);
    Result<JournalEntry> createApm(const PaymentRequest &request, QObject *context, Done done);
    // A payment link from a template, for `customer` (journalled with it; the gateway gets only
    // the link request). Refused as validatePaymentLinkRequest() refuses (an expiry date in the
    // past, an amount without currency...). Without an expiry date it gets the date of now plus
    // expiry(), so that the gateway and the terminal agree on when it ends.
    Result<JournalEntry> createTemplateLink(const PaymentLinkRequest &request,
                                            const LinkCustomer &customer, QObject *context,
                                            Done done);

    // The merchant's templates (none, and no call, in the test environment).
    void paymentTemplates(QObject *context, GatewayClient::Callback callback);

    GatewayClient *client() const { return m_client; }

private:
    Result<JournalEntry> createHostedOrApm(EntryKind kind, const PaymentRequest &request,
                                           QObject *context, Done done);
    GatewayClient::Callback completion(const JournalEntry &written, QObject *context, Done done);
    std::optional<Error> refusedBySession(qint64 amountMinor, const QString &currency) const;
    // The link_attempted record; on failure the entry is completed as not sent.
    std::optional<Error> audited(const JournalEntry &written);

    Journal *m_journal;
    GatewayClient *m_client;
    QPointer<LinkFollower> m_follower;
    QPointer<SessionService> m_session;
    QString m_operator;
    std::chrono::hours m_expiry { 48 };
};

} // namespace pavt
