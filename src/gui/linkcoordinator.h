// SPDX-License-Identifier: MIT
#pragma once

#include "core/journal/linkfollower.h"
#include "core/service/linkservice.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace pavt::gui {

// What the window shows of one payment by link: its journal entry (kind, order id, link,
// expiry, outcome) and the words of the form it came from.
struct LinkSummary
{
    JournalEntry entry;
    GatewayOutcome outcome; // the answer to the creation (for its message and field errors)
    QString amountText; // "GBP 12.50"
    QString customerName; // "James Dean"
    bool notSent = false; // refused before anything was journalled or sent
};

enum class LinkMethod { Hosted, Apm, Template };

// A payment by link from the confirmed form to its final result, without widgets: LinkService
// journals it before it leaves and sends it once; the LinkFollower follows it. Reports the
// creation, every change of a link, and the links of this terminal's operator that get paid.
class LinkCoordinator : public QObject
{
    Q_OBJECT
public:
    explicit LinkCoordinator(QObject *parent = nullptr);

    void setService(LinkService *service, LinkFollower *follower);
    LinkService *service() const { return m_service; }
    LinkFollower *follower() const { return m_follower; }
    bool isBusy() const { return m_busy; }

    // Hosted card page or APM: `request` has no card. Returns why when nothing was sent.
    std::optional<Error> submit(LinkMethod method, const PaymentRequest &request,
                                LinkSummary summary);
    std::optional<Error> submitTemplate(const PaymentLinkRequest &request,
                                        const LinkCustomer &customer, LinkSummary summary);
    // Asks for the merchant's templates: templatesLoaded() follows (none in the test environment,
    // with the gateway client's message saying so).
    void loadTemplates();

signals:
    void finished(const pavt::gui::LinkSummary &result);
    // A link changed (paid, failed, expired, its card reported).
    void updated(const pavt::JournalEntry &entry);
    // A link of this operator, open a moment ago, was paid (or failed, or expired): for the
    // notice in the window and the tray, whatever the operator is doing meanwhile.
    void linkSettled(const pavt::JournalEntry &entry);
    void templatesLoaded(const QList<pavt::PaymentTemplate> &templates, const QString &message);

private:
    LinkService::Done completion(LinkSummary summary);

    QPointer<LinkService> m_service;
    QPointer<LinkFollower> m_follower;
    bool m_busy = false;
};

} // namespace pavt::gui
