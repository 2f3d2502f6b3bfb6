#!/usr/bin/env python3
"""Writes ui/settingsdialog.ui from the table below (groups of labelled fields)."""
from xml.sax.saxutils import escape

# (group, [(name, widget class, label, accessible description, extra properties)])
GROUPS = [
    ("Credentials", [
        ("secretKey", "QLineEdit", "&Secret key", "Secret key from the merchant portal, PA_TEST_ or PA_LIVE_", {"echoMode": "<enum>QLineEdit::Password</enum>", "placeholderText": "<string notr=\"true\">PA_TEST_…</string>"}),
        ("encryptionKey", "QLineEdit", "&Encryption key", "32-character encryption key from the merchant portal", {"echoMode": "<enum>QLineEdit::Password</enum>"}),
        ("environment", "QLabel", "Environment", "Environment derived from the secret key", {}),
        ("keychainStatus", "QLabel", "Keychain", "Where the credentials are stored", {"wordWrap": "<bool>true</bool>"}),
    ]),
    ("Gateway", [
        ("baseUrl", "QLineEdit", "&Base URL", "Gateway base URL, https", {}),
        ("timeout", "QSpinBox", "&Timeout", "Seconds to wait for the gateway", {"minimum": "<number>1</number>", "maximum": "<number>120</number>", "suffix": "<string> s</string>"}),
        ("countryFormat", "QComboBox", "&Country code format", "How the country is sent: alpha-3 or alpha-2", {}),
        ("amountUnit", "QComboBox", "&Amount unit", "How the amount is sent: minor units or major units", {}),
        ("partialRefunds", "QComboBox", "&Partial refunds", "Whether a refund may be of part of a charge; turn on only when the gateway has confirmed it takes a refund's amount", {}),
    ]),
    ("Defaults for new charges", [
        ("defaultCurrency", "QLineEdit", "C&urrency", "Default currency code", {}),
        ("defaultCountry", "QLineEdit", "Countr&y", "Default country code", {}),
        ("redirectUrl", "QLineEdit", "&Redirect URL", "Default redirect URL after 3-D Secure", {}),
        ("webhookUrl", "QLineEdit", "&Webhook URL", "Default webhook URL", {}),
        ("customerIp", "QLineEdit", "Customer &IP", "Default customer IP address for phone orders", {}),
        ("terminalId", "QLineEdit", "Ter&minal id", "Default terminal id", {}),
        ("customerSuggestions", "QComboBox", "Pre&vious customers", "Whether typing an e-mail, last name or phone offers previous customers from the journal", {}),
    ]),
    ("Terminal", [
        ("operatorName", "QLineEdit", "&Operator name", "Your name, recorded with each charge", {}),
        ("idleClear", "QSpinBox", "Clear card &after", "Seconds without activity before the card fields are cleared", {"minimum": "<number>10</number>", "maximum": "<number>3600</number>", "suffix": "<string> s</string>"}),
        ("lockAfter", "QSpinBox", "Loc&k after", "Minutes without activity before the window locks, when operators sign in", {"minimum": "<number>1</number>", "maximum": "<number>15</number>", "suffix": "<string> min</string>"}),
        ("journalBackend", "QComboBox", "&Journal", "Where charges are recorded: this computer or a shared PostgreSQL server", {}),
        ("journalConnection", "QLineEdit", "PostgreSQL &connection", "host=… port=… dbname=… user=…", {}),
        ("duplicateWindow", "QSpinBox", "&Warn of a double charge within", "Seconds in which a charge like an earlier one (same card, amount and currency) is warned about; 0 turns the warning off", {"minimum": "<number>0</number>", "maximum": "<number>86400</number>", "suffix": "<string> s</string>"}),
        ("linkExpiry", "QSpinBox", "&Follow payment links for", "Hours a payment link is followed after it was made; then the terminal stops and records it as expired (the gateway is not asked to cancel it)", {"suffix": "<string> h</string>"}),
        ("language", "QComboBox", "&Language", "Language of the terminal", {}),
    ]),
]


def prop(name, inner):
    return f'<property name="{name}">{inner}</property>'


items = []
tab = []
for title, fields in GROUPS:
    rows = []
    for r, (name, cls, label, desc, extra) in enumerate(fields):
        plain = label.replace('&', '')
        buddy = prop("buddy", f"<cstring>{name}Edit</cstring>") if cls != "QLabel" else ""
        props = "".join(prop(k, v) for k, v in extra.items())
        widget_name = f"{name}Edit" if cls != "QLabel" else f"{name}Value"
        if cls != "QLabel":
            tab.append(widget_name)
        rows.append(f'''
      <item row="{r}" column="0"><widget class="QLabel" name="{name}Label">{prop("text", f"<string>{escape(label)}</string>")}{buddy}</widget></item>
      <item row="{r}" column="1"><widget class="{cls}" name="{widget_name}">{prop("accessibleName", f"<string>{escape(plain)}</string>")}{prop("accessibleDescription", f"<string>{escape(desc)}</string>")}{props}</widget></item>''')
    gname = "".join(w.capitalize() for w in title.split()) 
    items.append(f'''
  <item><widget class="QGroupBox" name="group{gname}">{prop("title", f"<string>{escape(title)}</string>")}
    <layout class="QFormLayout" name="form{gname}">{"".join(rows)}
    </layout></widget></item>''')

ui = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by tools/make-settings-ui.py. -->
<ui version="4.0">
 <class>SettingsDialog</class>
 <widget class="QDialog" name="SettingsDialog">
  {prop("windowTitle", "<string>Settings</string>")}
  <layout class="QVBoxLayout" name="settingsLayout">{"".join(items)}
   <item><widget class="QLabel" name="problemLabel">{prop("wordWrap", "<bool>true</bool>")}{prop("accessibleName", "<string>Problems with the settings</string>")}</widget></item>
   <item><widget class="QDialogButtonBox" name="buttons">{prop("standardButtons", "<set>QDialogButtonBox::Cancel|QDialogButtonBox::Save</set>")}</widget></item>
  </layout>
 </widget>
 <tabstops>{"".join(f"<tabstop>{t}</tabstop>" for t in tab)}<tabstop>buttons</tabstop></tabstops>
 <resources/>
 <connections/>
</ui>
'''
open("ui/settingsdialog.ui", "w", encoding="utf-8").write(ui)
