#!/usr/bin/env python3
"""Writes ui/chargepage.ui: the charge form's groups, fields, error labels, buddies, tab order and
accessible names come from the table below, so the form stays regular. Open the result in Qt
Designer as usual; rerun this script only to regenerate the whole layout."""
import sys
from xml.sax.saxutils import escape

# Spacing of the form, in one place (pixels at 100 %; the style scales nothing else).
PAGE_SPACING = 12     # between the mode bar, the columns and the action row
COLUMN_SPACING = 12   # between the two columns and between the groups of a column
FIELD_SPACING = 8     # between a label and its field, and between fields of one row
MESSAGE_SPACING = 2   # between a field and its message below it
# Fields that share a row share its width evenly, except these (relative stretch; default 1): the
# currency shows its name too ("GBP — Pound Sterling").
STRETCH = {"currency": 3, "amount": 2}

# (group title, column, rows): each row is a list of fields shown side by side,
# (name, label, placeholder, accessible description, echo password). The amount and the card are
# what the operator reads first: the amount and currency on one row, the card's expiry and CVV
# beside each other under its number and brand mark, as on the card itself.
GROUPS = [
    ("Amount", 0, [
        [("currency", "C&urrency", "GBP", "Currency of the charge: type a code or a name", False),
         ("amount", "&Amount", "0.00", "Amount to charge in the currency's units", False)],
    ]),
    ("Card", 0, [
        [("cardNumber", "Card &number", "1234 5678 9012 3456", "Card number; the brand is detected as you type", False)],
        [("expiry", "E&xpiry", "MM/YY", "Expiry date as MM/YY", False),
         ("cvv", "C&VV", "123", "Card security code, 3 digits or 4 for American Express", True)],
    ]),
    ("Cardholder", 0, [
        [("firstName", "&First name", "", "Cardholder's first name as on the card", False),
         ("lastName", "&Last name", "", "Cardholder's last name as on the card", False)],
        [("email", "E&mail", "name@example.com", "Cardholder's email address", False)],
        [("phone", "P&hone", "+44 20 7946 0000", "Cardholder's phone number", False)],
    ]),
    ("Billing address", 1, [
        [("address", "A&ddress", "", "Billing address street and number", False)],
        [("city", "C&ity", "", "Billing address city", False)],
        [("state", "&State / county", "", "Billing address state, county or region", False),
         ("zip", "&Zip / postcode", "", "Billing address postcode", False)],
        [("country", "Countr&y", "GB", "Billing country: type a code or a name", False)],
    ]),
    ("Order", 1, [
        [("orderId", "&Order id", "", "Order reference sent with the charge", False)],
        [("terminalId", "&Terminal id", "optional", "Connector to use; leave empty for routing", False)],
        [("ip", "Customer IP", "203.0.113.7", "Customer IP address", False)],
        [("redirectUrl", "&Redirect URL", "https://", "Where the cardholder lands after 3-D Secure", False)],
        [("webhookUrl", "&Webhook URL", "optional", "Your server's notification address", False)],
    ]),
]


def prop(name, inner):
    return f'<property name="{name}">{inner}</property>'


def string(text, notr=False):
    extra = ' notr="true"' if notr else ''
    return f'<string{extra}>{escape(text)}</string>'


def field_widget(name, placeholder, desc, password, plain):
    edit_extra = ''
    if password:
        edit_extra += prop("echoMode", "<enum>QLineEdit::Password</enum>")
        edit_extra += prop("maxLength", "<number>4</number>")
    if name == "cardNumber":
        # The brand mark sits in the number's row: the card reads as one unit.
        return f'''
         <layout class="QHBoxLayout" name="cardNumberRow">
          {prop("spacing", f"<number>{FIELD_SPACING}</number>")}
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
            {prop("alignment", "<set>Qt::AlignCenter</set>")}
            {prop("accessibleName", string("Card brand"))}
           </widget>
          </item>
         </layout>'''
    return f'''
         <widget class="QLineEdit" name="{name}Edit">
          {prop("placeholderText", string(placeholder, True)) if placeholder else ""}
          {prop("accessibleName", string(plain))}
          {prop("accessibleDescription", string(desc))}
          {edit_extra}
         </widget>'''


def group_xml(title, rows):
    width = max(len(r) for r in rows)  # fields side by side in the widest row
    items = []
    r = 0
    for row in rows:
        for i, (name, label, placeholder, desc, password) in enumerate(row):
            plain = label.replace('&', '')
            col = 2 * i
            # The last field of a shorter row takes the rest of the width.
            span = 1 if i < len(row) - 1 else 2 * (width - i) - 1
            items.append(f'''
        <item row="{r}" column="{col}">
         <widget class="QLabel" name="{name}Label">
          {prop("text", string(label))}
          {prop("buddy", f"<cstring>{name}Edit</cstring>")}
         </widget>
        </item>
        <item row="{r}" column="{col + 1}" colspan="{span}">{field_widget(name, placeholder, desc, password, plain)}
        </item>
        <item row="{r + 1}" column="{col + 1}" colspan="{span}">
         <widget class="QLabel" name="{name}Error">
          {prop("visible", "<bool>false</bool>")}
          {prop("wordWrap", "<bool>true</bool>")}
          {prop("accessibleName", string(plain + " problem"))}
          {prop("textFormat", "<enum>Qt::PlainText</enum>")}
         </widget>
        </item>''')
        r += 2
    stretches = [0] * (2 * width)
    for row in rows:
        if len(row) == width:
            for i, field in enumerate(row):
                stretches[2 * i + 1] = max(stretches[2 * i + 1], STRETCH.get(field[0], 1))
    for c in range(1, 2 * width, 2):
        stretches[c] = stretches[c] or 1
    stretch = ",".join(str(v) for v in stretches)
    gname = title.lower().replace(' ', '') + "Group"
    return f'''
    <widget class="QGroupBox" name="{gname}">
     {prop("title", string(title))}
     <layout class="QGridLayout" name="{gname}Layout" columnstretch="{stretch}">
      {prop("horizontalSpacing", f"<number>{FIELD_SPACING}</number>")}
      {prop("verticalSpacing", f"<number>{MESSAGE_SPACING}</number>")}
      {"".join(items)}
     </layout>
    </widget>'''


def column_xml(col):
    items = []
    for title, c, fields in GROUPS:
        if c == col:
            items.append(f"<item>{group_xml(title, fields)}</item>")
    items.append('''<item><spacer name="column%dSpacer"><property name="orientation"><enum>Qt::Vertical</enum></property></spacer></item>''' % col)
    return (f'<layout class="QVBoxLayout" name="column{col}">'
            f'{prop("spacing", f"<number>{COLUMN_SPACING}</number>")}{"".join(items)}</layout>')


tab_order = [f[0] + "Edit" for g in GROUPS for row in g[2] for f in row] + ["chargeButton", "clearButton"]

ui = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by tools/make-chargepage-ui.py; edit the table there for new fields. -->
<ui version="4.0">
 <class>ChargePage</class>
 <widget class="QWidget" name="ChargePage">
  {prop("accessibleName", string("Charge form"))}
  <layout class="QVBoxLayout" name="pageLayout">
   {prop("spacing", f"<number>{PAGE_SPACING}</number>")}
   <item>
    <layout class="QHBoxLayout" name="columns">
     {prop("spacing", f"<number>{COLUMN_SPACING}</number>")}
     <item>{column_xml(0)}</item>
     <item>{column_xml(1)}</item>
    </layout>
   </item>
   <item>
    <widget class="QWidget" name="actionBar">
     <layout class="QHBoxLayout" name="actions">
      {prop("leftMargin", "<number>0</number>")}{prop("rightMargin", "<number>0</number>")}
      {prop("topMargin", f"<number>{FIELD_SPACING}</number>")}{prop("bottomMargin", "<number>0</number>")}
      {prop("spacing", f"<number>{FIELD_SPACING}</number>")}
      <item>
       <widget class="QPushButton" name="clearButton">
        {prop("text", string("Clear (Esc)"))}
        {prop("accessibleName", string("Clear the form"))}
        {prop("autoDefault", "<bool>false</bool>")}
       </widget>
      </item>
      <item>
       <widget class="QLabel" name="blockedLabel">
        {prop("sizePolicy", '<sizepolicy hsizetype="Expanding" vsizetype="Preferred"><horstretch>1</horstretch><verstretch>0</verstretch></sizepolicy>')}
        {prop("wordWrap", "<bool>true</bool>")}
        {prop("alignment", "<set>Qt::AlignRight|Qt::AlignVCenter</set>")}
        {prop("textFormat", "<enum>Qt::PlainText</enum>")}
        {prop("accessibleName", string("Why the charge button is disabled"))}
       </widget>
      </item>
      <item>
       <widget class="QProgressBar" name="progressBar">
        {prop("visible", "<bool>false</bool>")}
        {prop("maximum", "<number>0</number>")}
        {prop("textVisible", "<bool>false</bool>")}
        {prop("maximumSize", "<size><width>120</width><height>16777215</height></size>")}
        {prop("accessibleName", string("Charge in progress"))}
       </widget>
      </item>
      <item>
       <widget class="QPushButton" name="chargeButton">
        {prop("text", string("Charge (Enter)"))}
        {prop("accessibleName", string("Charge"))}
        {prop("default", "<bool>true</bool>")}
       </widget>
      </item>
     </layout>
    </widget>
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
