// SPDX-License-Identifier: MIT
#include "gui/settingsdialog.h"

#include "core/base/translations.h"
#include "core/gateway/credentialstore.h"
#include "core/payment/country.h"
#include "core/payment/currency.h"
#include "core/payment/fieldrules.h"
#include "core/settings/settingspec.h"
#include "core/settings/terminalsettings.h"
#include "gui/chargepage.h"
#include "gui/screenfit.h"
#include "gui/style.h"
#include "ui_settingsdialog.h"

#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace pavt::gui {

SettingsDialog::SettingsDialog(TerminalSettings &settings, CredentialStore &store, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings),
      m_store(store)
{
    m_ui->setupUi(this);
    applyStyleSheet(m_ui->problemLabel, "settings"); // in the theme's highlight colour (pavt.qss)
    // On a small screen (1280 x 800 at 200 %) the form scrolls; the problem and the buttons stay.
    scrollDialogContents(this, { m_ui->problemLabel, m_ui->buttons });
    m_ui->countryFormatEdit->addItem(QString(), QStringLiteral("alpha3"));
    m_ui->countryFormatEdit->addItem(QString(), QStringLiteral("alpha2"));
    m_ui->amountUnitEdit->addItem(QString(), QStringLiteral("minor"));
    m_ui->amountUnitEdit->addItem(QString(), QStringLiteral("major"));
    m_ui->partialRefundsEdit->addItem(QString(), QStringLiteral("off"));
    m_ui->partialRefundsEdit->addItem(QString(), QStringLiteral("on"));
    m_ui->customerSuggestionsEdit->addItem(QString(), QStringLiteral("on"));
    m_ui->customerSuggestionsEdit->addItem(QString(), QStringLiteral("off"));
    m_ui->journalBackendEdit->addItem(QString(), QStringLiteral("sqlite"));
    m_ui->journalBackendEdit->addItem(QString(), QStringLiteral("postgresql"));
    m_ui->languageEdit->addItem(QString(), QString());
    // Each language in its own words, so that an operator finds theirs whatever is shown now.
    m_ui->languageEdit->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : Translations::available()) {
        const QLocale locale(code);
        const QString name = locale.nativeLanguageName();
        m_ui->languageEdit->addItem(locale.toUpper(name.left(1)) + name.mid(1), code);
    }
    retranslate();
    m_ui->secretKeyEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_ui->encryptionKeyEdit->setContextMenuPolicy(Qt::NoContextMenu);
    connect(m_ui->secretKeyEdit, &QLineEdit::textEdited, this, &SettingsDialog::updateEnvironment);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load();
}

SettingsDialog::~SettingsDialog()
{
    wipeLineEdit(m_ui->secretKeyEdit);
    wipeLineEdit(m_ui->encryptionKeyEdit);
}

void SettingsDialog::retranslate()
{
    m_ui->countryFormatEdit->setItemText(0, tr("Alpha-3 (GBR): the documentation's table"));
    m_ui->countryFormatEdit->setItemText(1, tr("Alpha-2 (GB): the SDK's example"));
    m_ui->amountUnitEdit->setItemText(0, tr("Minor units (1250 = 12.50): the documentation"));
    m_ui->amountUnitEdit->setItemText(1, tr("Major units (12.50): the SDK README"));
    m_ui->partialRefundsEdit->setItemText(0, tr("Off: a refund is of the whole charge"));
    m_ui->partialRefundsEdit->setItemText(
        1, tr("On: a refund may be of part of the charge (confirmed with the gateway)"));
    m_ui->customerSuggestionsEdit->setItemText(
        0, tr("Offered while typing an e-mail, last name or phone"));
    m_ui->customerSuggestionsEdit->setItemText(1, tr("Off"));
    m_ui->journalBackendEdit->setItemText(0, tr("This computer (SQLite)"));
    m_ui->journalBackendEdit->setItemText(1, tr("Shared PostgreSQL server"));
    m_ui->languageEdit->setItemText(0, tr("System language"));
    showKeyState();
}

void SettingsDialog::setKeyState(const KeyState &state)
{
    m_keys = state;
    showKeyState();
    updateEnvironment();
}

void SettingsDialog::showKeyState()
{
    // Every line true for the state the terminal is in: keys saved or not, a keychain or none.
    if (!m_keys.keychainProblem.isEmpty())
        m_ui->keychainStatusValue->setText(m_keys.keychainProblem);
    else if (m_keys.saved)
        m_ui->keychainStatusValue->setText(tr("Saved in: %1").arg(m_store.description()));
    else
        m_ui->keychainStatusValue->setText(
            tr("Nothing saved yet; keys are saved in: %1").arg(m_store.description()));
    const QString placeholder
        = m_keys.saved ? tr("unchanged (leave empty to keep the saved key)") : QString();
    m_ui->secretKeyEdit->setPlaceholderText(m_keys.saved ? placeholder
                                                         : tr("PA_TEST_… or PA_LIVE_…"));
    m_ui->encryptionKeyEdit->setPlaceholderText(
        m_keys.saved ? placeholder : tr("32 characters, from the merchant portal"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    // Saving a new language switches it at once; the dialog may still be open (keychain write).
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateEnvironment();
    }
    QDialog::changeEvent(event);
}

QList<SettingsDialog::Binding> SettingsDialog::bindings() const
{
    const auto &ui = *m_ui;
    return {
        { "gateway/baseUrl", ui.baseUrlEdit, ui.baseUrlLabel },
        { "gateway/timeoutSeconds", ui.timeoutEdit, ui.timeoutLabel },
        { "gateway/countryFormat", ui.countryFormatEdit, ui.countryFormatLabel },
        { "gateway/amountUnit", ui.amountUnitEdit, ui.amountUnitLabel },
        { "gateway/partialRefunds", ui.partialRefundsEdit, ui.partialRefundsLabel },
        { "defaults/currency", ui.defaultCurrencyEdit, ui.defaultCurrencyLabel },
        { "defaults/country", ui.defaultCountryEdit, ui.defaultCountryLabel },
        { "defaults/redirectUrl", ui.redirectUrlEdit, ui.redirectUrlLabel },
        { "defaults/webhookUrl", ui.webhookUrlEdit, ui.webhookUrlLabel },
        { "defaults/customerIp", ui.customerIpEdit, ui.customerIpLabel },
        { "defaults/terminalId", ui.terminalIdEdit, ui.terminalIdLabel },
        { "defaults/customerSuggestions", ui.customerSuggestionsEdit, ui.customerSuggestionsLabel },
        { "operator/name", ui.operatorNameEdit, ui.operatorNameLabel },
        { "security/idleClearSeconds", ui.idleClearEdit, ui.idleClearLabel },
        { "journal/backend", ui.journalBackendEdit, ui.journalBackendLabel },
        { "journal/connection", ui.journalConnectionEdit, ui.journalConnectionLabel },
        { "journal/duplicateWindowSeconds", ui.duplicateWindowEdit, ui.duplicateWindowLabel },
        { "links/expiryHours", ui.linkExpiryEdit, ui.linkExpiryLabel },
        { "ui/language", ui.languageEdit, ui.languageLabel },
    };
}

QString SettingsDialog::valueOf(QWidget *widget)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return edit->text();
    if (auto *spin = qobject_cast<QSpinBox *>(widget))
        return QString::number(spin->value());
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentData().toString();
    return {};
}

void SettingsDialog::showValue(const Binding &b)
{
    const SettingSpec *spec = findSetting(QLatin1StringView(b.key));
    auto value = m_settings.read(*spec);
    if (auto *edit = qobject_cast<QLineEdit *>(b.widget)) {
        // A value that cannot be used is shown as it is written, so that it can be corrected.
        edit->setText(value ? *value : m_settings.raw().value(QLatin1StringView(b.key)).toString());
    } else if (auto *spin = qobject_cast<QSpinBox *>(b.widget)) {
        // The range is the setting's (settingspec.cpp), not a second copy of it in the form.
        spin->setRange(spec->minimum, spec->maximum);
        spin->setValue(value.value_or(spec->defaultValue()).toInt());
    } else if (auto *combo = qobject_cast<QComboBox *>(b.widget)) {
        const int index = combo->findData(value.value_or(spec->defaultValue()));
        combo->setCurrentIndex(index < 0 ? 0 : index);
    }
}

void SettingsDialog::load()
{
    for (const Binding &b : bindings())
        showValue(b);
    updateEnvironment();
    showCurrentProblems();
}

void SettingsDialog::showCurrentProblems()
{
    QStringList lines;
    for (const SettingProblem &p : m_settings.problems())
        lines << p.message;
    m_ui->problemLabel->setText(lines.join(QLatin1Char('\n')));
}

void SettingsDialog::focusSetting(const QString &key)
{
    showCurrentProblems();
    for (const Binding &b : bindings())
        if (key == QLatin1StringView(b.key)) {
            b.widget->setFocus(Qt::OtherFocusReason);
            if (auto *edit = qobject_cast<QLineEdit *>(b.widget))
                edit->selectAll();
            return;
        }
}

void SettingsDialog::updateEnvironment()
{
    const QByteArray key = m_ui->secretKeyEdit->text().trimmed().toUtf8();
    if (key.isEmpty()) {
        // Nothing typed: the keys in use say it.
        if (m_keys.demo)
            m_ui->environmentValue->setText(
                tr("Demo: the built-in simulator answers; no card is charged"));
        else if (m_keys.environment == Environment::Live)
            m_ui->environmentValue->setText(tr("LIVE: real cards will be charged"));
        else if (m_keys.environment == Environment::Test)
            m_ui->environmentValue->setText(tr("Test"));
        else
            m_ui->environmentValue->setText(tr("None yet: enter the merchant's keys"));
        return;
    }
    auto env = environmentFromSecretKey(key);
    m_ui->environmentValue->setText(!env ? env.error().message
                                        : *env == Environment::Live
                                        ? tr("LIVE: real cards will be charged")
                                        : tr("Test"));
}

void SettingsDialog::save()
{
    QStringList problems;
    const QString secret = m_ui->secretKeyEdit->text().trimmed();
    const QString encryption = m_ui->encryptionKeyEdit->text();
    if (!secret.isEmpty() || !encryption.isEmpty()) {
        if (secret.isEmpty() || encryption.isEmpty())
            problems << tr("Enter both the secret key and the encryption key.");
        else if (auto env = environmentFromSecretKey(secret.toUtf8()); !env)
            problems << env.error().message;
        else if (encryption.toUtf8().size() != PayloadCipher::KeySize)
            problems << tr("The encryption key must be exactly 32 characters; this one has %1.")
                            .arg(encryption.toUtf8().size());
    }
    // Every field through the same check as the settings file (settingspec.h): the dialog cannot
    // save a value that the terminal would refuse when it reads it.
    QWidget *firstProblem = nullptr;
    QList<std::pair<const SettingSpec *, QString>> values;
    for (const Binding &b : bindings()) {
        const SettingSpec *spec = findSetting(QLatin1StringView(b.key));
        const QString value = valueOf(b.widget);
        auto checked = normaliseSetting(*spec, value);
        if (!checked) {
            problems << tr("%1 %2 Allowed: %3.")
                            .arg(b.label->text().remove(u'&') + u':', checked.error().message,
                                 allowedValues(*spec));
            if (!firstProblem)
                firstProblem = b.widget;
            continue;
        }
        values.append({ spec, *checked });
    }
    if (auto problem = m_settings.writeProblem())
        problems << problem->message;
    if (!problems.isEmpty()) {
        m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
        if (firstProblem)
            firstProblem->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (const auto &[spec, value] : values) {
        if (auto written = m_settings.set(*spec, value); !written) {
            m_ui->problemLabel->setText(written.error().message);
            return;
        }
    }
    // Keys of the terminal's groups that it does not know were listed when the dialog opened;
    // saving replaces them by the values above.
    m_settings.removeUnknownKeys();
    m_settings.sync();
    emit settingsSaved();

    if (secret.isEmpty()) {
        accept();
        return;
    }
    Credentials credentials { SecretBytes::fromString(secret),
                              SecretBytes::fromString(encryption) };
    wipeLineEdit(m_ui->secretKeyEdit);
    wipeLineEdit(m_ui->encryptionKeyEdit);
    emit credentialsChanged(credentials);
    m_ui->buttons->setEnabled(false);
    m_store.write(
        QString::fromLatin1(CredentialStore::SecretKeyName), credentials.secretKey,
        [this, credentials](std::optional<Error> error) {
            if (error) {
                m_ui->buttons->setEnabled(true);
                m_ui->problemLabel->setText(
                    tr("The credentials are in use for this session but could not be saved: %1")
                        .arg(error->message));
                m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(false);
                return;
            }
            m_store.write(QString::fromLatin1(CredentialStore::EncryptionKeyName),
                          credentials.encryptionKey, [this](std::optional<Error> error2) {
                              m_ui->buttons->setEnabled(true);
                              if (error2) {
                                  m_ui->problemLabel->setText(
                                      tr("The credentials are in use for this session but could "
                                         "not be saved: %1")
                                          .arg(error2->message));
                                  return;
                              }
                              accept();
                          });
        });
}

} // namespace pavt::gui
