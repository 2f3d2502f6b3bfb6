// SPDX-License-Identifier: MIT
#include "gui/settingsdialog.h"

#include "core/base/translations.h"
#include "core/gateway/credentialstore.h"
#include "core/payment/country.h"
#include "core/payment/currency.h"
#include "core/payment/fieldrules.h"
#include "core/settings/terminalsettings.h"
#include "gui/chargepage.h"
#include "ui_settingsdialog.h"

#include <QEvent>
#include <QPushButton>

namespace pavt::gui {

SettingsDialog::SettingsDialog(TerminalSettings &settings, CredentialStore &store, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings),
      m_store(store)
{
    m_ui->setupUi(this);
    m_ui->countryFormatEdit->addItem(QString(), QStringLiteral("alpha3"));
    m_ui->countryFormatEdit->addItem(QString(), QStringLiteral("alpha2"));
    m_ui->amountUnitEdit->addItem(QString(), QStringLiteral("minor"));
    m_ui->amountUnitEdit->addItem(QString(), QStringLiteral("major"));
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
    m_ui->journalBackendEdit->setItemText(0, tr("This computer (SQLite)"));
    m_ui->journalBackendEdit->setItemText(1, tr("Shared PostgreSQL server"));
    m_ui->languageEdit->setItemText(0, tr("System language"));
    m_ui->keychainStatusValue->setText(tr("Saved in: %1").arg(m_store.description()));
    m_ui->secretKeyEdit->setPlaceholderText(tr("unchanged (leave empty to keep the saved key)"));
    m_ui->encryptionKeyEdit->setPlaceholderText(
        tr("unchanged (leave empty to keep the saved key)"));
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

void SettingsDialog::load()
{
    m_ui->baseUrlEdit->setText(m_settings.baseUrl().toString());
    m_ui->timeoutEdit->setValue(m_settings.timeoutSeconds());
    m_ui->countryFormatEdit->setCurrentIndex(
        m_settings.countryFormat() == CountryFormat::Alpha2 ? 1 : 0);
    m_ui->amountUnitEdit->setCurrentIndex(m_settings.amountUnit() == AmountUnit::Major ? 1 : 0);
    m_ui->defaultCurrencyEdit->setText(m_settings.defaultCurrency());
    m_ui->defaultCountryEdit->setText(m_settings.defaultCountry());
    m_ui->redirectUrlEdit->setText(m_settings.redirectUrl());
    m_ui->webhookUrlEdit->setText(m_settings.webhookUrl());
    m_ui->customerIpEdit->setText(m_settings.customerIp());
    m_ui->terminalIdEdit->setText(m_settings.terminalId());
    m_ui->operatorNameEdit->setText(m_settings.operatorName());
    m_ui->idleClearEdit->setValue(m_settings.idleClearSeconds());
    m_ui->journalBackendEdit->setCurrentIndex(m_settings.journalBackend() == u"postgresql" ? 1 : 0);
    m_ui->journalConnectionEdit->setText(m_settings.journalConnection());
    const int language = m_ui->languageEdit->findData(m_settings.language());
    m_ui->languageEdit->setCurrentIndex(language < 0 ? 0 : language);
    updateEnvironment();
}

void SettingsDialog::updateEnvironment()
{
    const QByteArray key = m_ui->secretKeyEdit->text().trimmed().toUtf8();
    if (key.isEmpty()) {
        m_ui->environmentValue->setText(tr("from the saved key"));
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
    const QUrl base(m_ui->baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    if (auto error = checkBaseUrl(base))
        problems << error->message;
    if (!Currencies::find(m_ui->defaultCurrencyEdit->text()))
        problems << tr("The default currency is not an ISO 4217 code.");
    if (!Countries::find(m_ui->defaultCountryEdit->text()))
        problems << tr("The default country is not an ISO 3166 country.");
    for (QLineEdit *url : { m_ui->redirectUrlEdit, m_ui->webhookUrlEdit })
        if (auto e = FieldRules::checkUrl(url->text(), false))
            problems << e->message;
    if (!m_ui->customerIpEdit->text().trimmed().isEmpty())
        if (auto e = FieldRules::checkIpAddress(m_ui->customerIpEdit->text()))
            problems << e->message;
    if (!problems.isEmpty()) {
        m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
        return;
    }
    m_settings.setBaseUrl(base);
    m_settings.setTimeoutSeconds(m_ui->timeoutEdit->value());
    m_settings.setCountryFormat(m_ui->countryFormatEdit->currentIndex() == 1
                                    ? CountryFormat::Alpha2
                                    : CountryFormat::Alpha3);
    m_settings.setAmountUnit(m_ui->amountUnitEdit->currentIndex() == 1 ? AmountUnit::Major
                                                                       : AmountUnit::Minor);
    m_settings.setDefaultCurrency(Currencies::find(m_ui->defaultCurrencyEdit->text())->code);
    m_settings.setDefaultCountry(Countries::find(m_ui->defaultCountryEdit->text())->alpha2);
    m_settings.setRedirectUrl(m_ui->redirectUrlEdit->text().trimmed());
    m_settings.setWebhookUrl(m_ui->webhookUrlEdit->text().trimmed());
    m_settings.setCustomerIp(m_ui->customerIpEdit->text().trimmed());
    m_settings.setTerminalId(m_ui->terminalIdEdit->text().trimmed());
    m_settings.setOperatorName(m_ui->operatorNameEdit->text().trimmed());
    m_settings.setIdleClearSeconds(m_ui->idleClearEdit->value());
    m_settings.setJournalBackend(m_ui->journalBackendEdit->currentData().toString());
    m_settings.setJournalConnection(m_ui->journalConnectionEdit->text().trimmed());
    m_settings.setLanguage(m_ui->languageEdit->currentData().toString());
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
