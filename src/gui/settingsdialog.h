// SPDX-License-Identifier: MIT
#pragma once

#include "core/gateway/gatewayclient.h"

#include <QDialog>
#include <QLabel>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace pavt {
class CredentialStore;
class TerminalSettings;
} // namespace pavt

namespace pavt::gui {

// Settings: credentials to the keychain (never to the settings file), gateway, defaults, terminal.
// A keychain that fails is reported in words; the credentials still work for this session.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // What the terminal knows of the merchant's keys, so that every line of the dialog is true.
    struct KeyState
    {
        bool saved = false; // keys were read from the keychain
        std::optional<Environment> environment; // of the keys in use (none in demo mode)
        bool demo = false; // the built-in simulator answers
        QString keychainProblem; // why the keychain cannot be used; empty: it can
    };
    SettingsDialog(TerminalSettings &settings, CredentialStore &store, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setKeyState(const KeyState &state);

    // Puts the cursor on the field of this setting ("gateway/timeoutSeconds") and shows the
    // problems the settings have now.
    void focusSetting(const QString &key);

signals:
    // New credentials to use now (they may or may not have reached the keychain).
    void credentialsChanged(const pavt::Credentials &credentials);
    void settingsSaved();

protected:
    void changeEvent(QEvent *event) override;

private:
    // A field of the form and the setting it edits.
    struct Binding
    {
        const char *key;
        QWidget *widget;
        QLabel *label;
    };
    QList<Binding> bindings() const;
    static QString valueOf(QWidget *widget);
    void showValue(const Binding &binding);
    void showCurrentProblems();
    void retranslate();
    void load();
    void save();
    void updateEnvironment();

    void showKeyState();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    KeyState m_keys;
    TerminalSettings &m_settings;
    CredentialStore &m_store;
};

} // namespace pavt::gui
