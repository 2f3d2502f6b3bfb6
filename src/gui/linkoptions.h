// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/gatewayoutcome.h"
#include "gui/linkcoordinator.h"

#include <QGroupBox>

class QComboBox;
class QDateEdit;
class QLabel;

namespace pavt::gui {

// The charge page's "Payment link" box: how the cardholder pays (the gateway's card page, its
// other methods, or one of the merchant's templates, live only) and, for a template, which one
// and until when. Shown instead of the card fields in link mode.
class LinkOptions : public QGroupBox
{
    Q_OBJECT
public:
    explicit LinkOptions(QWidget *parent = nullptr);

    LinkMethod method() const;
    void setMethod(LinkMethod method);
    // The chosen template's payment_template_id (empty: none).
    QString templateId() const;
    QString templateName() const;
    QDate expiryDate() const;
    void setExpiryDate(QDate date);
    // The merchant's templates; with none, `message` says why (the test environment has none).
    void setTemplates(const QList<PaymentTemplate> &templates, const QString &message);
    bool hasTemplates() const;
    // Why a link cannot be made with these options (a template link without a template); empty
    // when it can.
    QString problem() const;
    QComboBox *methodCombo() const { return m_method; }
    QComboBox *templateCombo() const { return m_template; }
    QDateEdit *expiryEdit() const { return m_expiry; }

signals:
    void methodChanged(pavt::gui::LinkMethod method);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();

    QComboBox *m_method;
    QLabel *m_methodLabel;
    QComboBox *m_template;
    QLabel *m_templateLabel;
    QDateEdit *m_expiry;
    QLabel *m_expiryLabel;
    QLabel *m_note;
    QString m_templatesMessage;
    bool m_loaded = false;
};

} // namespace pavt::gui
