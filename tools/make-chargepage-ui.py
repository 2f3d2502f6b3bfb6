#!/usr/bin/env python3
"""Writes ui/chargepage.ui: the charge form's groups, fields, error labels, buddies, tab order and
accessible names come from the table below, so the form stays regular. Open the result in Qt
Designer as usual; rerun this script only to regenerate the whole layout."""
import sys
from xml.sax.saxutils import escape

# (group title, column, [(name, label, placeholder, accessible description, echo password)])
GROUPS = [
    ("Amount", 0, [
        ("currency", "C&urrency", "GBP", "Currency of the charge: type a code or a name", False),
        ("amount", "&Amount", "0.00", "Amount to charge in the currency's units", False),
    ]),
    ("Card", 0, [
        ("cardNumber", "Card &number", "1234 5678 9012 3456", "Card number; the brand is detected as you type", False),
        ("expiry", "E&xpiry", "MM/YY", "Expiry date as MM/YY", False),
        ("cvv", "C&VV", "123", "Card security code, 3 digits or 4 for American Express", True),
    ]),
    ("Cardholder", 0, [
        ("firstName", "&First name", "", "Cardholder's first name as on the card", False),
        ("lastName", "&Last name", "", "Cardholder's last name as on the card", False),
        ("email", "E&mail", "name@example.com", "Cardholder's email address", False),
        ("phone", "P&hone", "+44 20 7946 0000", "Cardholder's phone number", False),
    ]),
    ("Billing address", 1, [
        ("address", "A&ddress", "", "Billing address street and number", False),
        ("city", "C&ity", "", "Billing address city", False),
        ("state", "&State / county", "", "Billing address state, county or region", False),
        ("zip", "&Zip / postcode", "", "Billing address postcode", False),
        ("country", "Countr&y", "GB", "Billing country: type a code or a name", False),
    ]),
    ("Order", 1, [
        ("orderId", "&Order id", "", "Order reference sent with the charge", False),
        ("terminalId", "&Terminal id", "optional", "Connector to use; leave empty for routing", False),
        ("ip", "Customer IP", "203.0.113.7", "Customer IP address", False),
        ("redirectUrl", "&Redirect URL", "https://", "Where the cardholder lands after 3-D Secure", False),
        ("webhookUrl", "&Webhook URL", "optional", "Your server's notification address", False),
    ]),
]


def prop(name, inner):
    return f'<property name="{name}">{inner}</property>'


def string(text, notr=False):
    extra = ' notr="true"' if notr else ''
    return f'<string{extra}>{escape(text)}</string>'


def group_xml(title, fields):
    rows = []
    r = 0
    for name, label, placeholder, desc, password in fields:
        plain = label.replace('&', '')
        rows.append(f'''
        <item row="{r}" column="0">
         <widget class="QLabel" name="{name}Label">
          {prop("text", string(label))}
          {prop("buddy", f"<cstring>{name}Edit</cstring>")}
         </widget>
        </item>''')
        edit_extra = ''
        if password:
            edit_extra += prop("echoMode", "<enum>QLineEdit::Password</enum>")
            edit_extra += prop("maxLength", "<number>4</number>")
        if name == "cardNumber":
            field = f'''
        <item row="{r}" column="1">
         <layout class="QHBoxLayout" name="cardNumberRow">
          <item>
           <widget class="QLineEdit" name="cardNumberEdit">
            {prop("placeholderText", string(placeholder, True))}
            {prop("accessibleName", string(plain))}
            {prop("accessibleDescription", string(desc))}
            {prop("maxLength", "<number>32</number>")}
            {prop("inputMethodHints", "<set>Qt::ImhDigitsOnly|Qt::ImhSensitiveData|Qt::ImhNoPredictiveText</set>")}
           </widget>
          </item>
          <item>
           <widget class="QLabel" name="brandLabel">
            {prop("minimumSize", "<size><width>48</width><height>30</height></size>")}
            {prop("accessibleName", string("Card brand"))}
           </widget>
          </item>
         </layout>
        </item>'''
        else:
            field = f'''
        <item row="{r}" column="1">
         <widget class="QLineEdit" name="{name}Edit">
          {prop("placeholderText", string(placeholder, True)) if placeholder else ""}
          {prop("accessibleName", string(plain))}
          {prop("accessibleDescription", string(desc))}
          {edit_extra}
         </widget>
        </item>'''
        rows.append(field)
        rows.append(f'''
        <item row="{r + 1}" column="1">
         <widget class="QLabel" name="{name}Error">
          {prop("visible", "<bool>false</bool>")}
          {prop("wordWrap", "<bool>true</bool>")}
          {prop("accessibleName", string(plain + " problem"))}
          {prop("textFormat", "<enum>Qt::PlainText</enum>")}
         </widget>
        </item>''')
        r += 2
    gname = title.lower().replace(' ', '') + "Group"
    return f'''
    <widget class="QGroupBox" name="{gname}">
     {prop("title", string(title))}
     <layout class="QGridLayout" name="{gname}Layout">
      {prop("verticalSpacing", "<number>2</number>")}
      {"".join(rows)}
     </layout>
    </widget>'''


def column_xml(col):
    items = []
    for title, c, fields in GROUPS:
        if c == col:
            items.append(f"<item>{group_xml(title, fields)}</item>")
    items.append('''<item><spacer name="column%dSpacer"><property name="orientation"><enum>Qt::Vertical</enum></property></spacer></item>''' % col)
    return f'<layout class="QVBoxLayout" name="column{col}">{"".join(items)}</layout>'


tab_order = [f[0] + "Edit" for g in GROUPS for f in g[2]] + ["chargeButton", "clearButton"]

ui = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by tools/make-chargepage-ui.py; edit the table there for new fields. -->
<ui version="4.0">
 <class>ChargePage</class>
 <widget class="QWidget" name="ChargePage">
  {prop("accessibleName", string("Charge form"))}
  <layout class="QVBoxLayout" name="pageLayout">
   <item>
    <layout class="QHBoxLayout" name="columns">
     <item>{column_xml(0)}</item>
     <item>{column_xml(1)}</item>
    </layout>
   </item>
   <item>
    <layout class="QHBoxLayout" name="actions">
     <item>
      <widget class="QLabel" name="blockedLabel">
       {prop("wordWrap", "<bool>true</bool>")}
       {prop("accessibleName", string("Why the charge button is disabled"))}
      </widget>
     </item>
     <item>
      <widget class="QProgressBar" name="progressBar">
       {prop("visible", "<bool>false</bool>")}
       {prop("maximum", "<number>0</number>")}
       {prop("textVisible", "<bool>false</bool>")}
       {prop("accessibleName", string("Charge in progress"))}
      </widget>
     </item>
     <item>
      <widget class="QPushButton" name="clearButton">
       {prop("text", string("Clear (Esc)"))}
       {prop("accessibleName", string("Clear the form"))}
       {prop("autoDefault", "<bool>false</bool>")}
      </widget>
     </item>
     <item>
      <widget class="QPushButton" name="chargeButton">
       {prop("text", string("Charge (Enter)"))}
       {prop("accessibleName", string("Charge"))}
       {prop("minimumSize", "<size><width>160</width><height>36</height></size>")}
       {prop("default", "<bool>true</bool>")}
      </widget>
     </item>
    </layout>
   </item>
  </layout>
 </widget>
 <tabstops>
  {"".join(f"<tabstop>{t}</tabstop>" for t in tab_order)}
 </tabstops>
 <resources/>
 <connections/>
</ui>
'''
out = sys.argv[1] if len(sys.argv) > 1 else "ui/chargepage.ui"
open(out, "w", encoding="utf-8").write(ui)
