<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>About this account</source>
        <translation>Über dieses Konto</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Name des Kontos</translation>
    </message>
    <message>
        <source>Letters a to z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; used to sign in</source>
        <translation>Buchstaben a bis z, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;; damit meldet man sich an</translation>
    </message>
    <message>
        <source>Shown &amp;as</source>
        <translation>&amp;Angezeigt als</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Angezeigter Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;Operator: charges, payment links, own entries of today, receipts</source>
        <translation>&amp;Bediener: Belastungen, Zahlungslinks, eigene Einträge von heute, Belege</translation>
    </message>
    <message>
        <source>S&amp;upervisor: also every entry, look-ups, refunds, approvals, reconciliation</source>
        <translation>S&amp;upervisor: dazu alle Einträge, Abfragen, Erstattungen, Genehmigungen, Abgleich</translation>
    </message>
    <message>
        <source>&amp;Finance: every entry read-only, exports, reports, refunds within limits</source>
        <translation>Buc&amp;hhaltung: alle Einträge nur lesend, Exporte, Berichte, Erstattungen in Grenzen</translation>
    </message>
    <message>
        <source>Ad&amp;ministrator: accounts, settings, keys; no charging on its own</source>
        <translation>Ad&amp;ministrator: Konten, Einstellungen, Schlüssel; belastet allein keine Karten</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation>Mindestens 12 Zeichen</translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation>&amp;Wiederholung</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort noch einmal</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>About the accounts</source>
        <translation>Über die Konten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ein Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Rollen…</translation>
    </message>
    <message>
        <source>Change the roles and the name shown</source>
        <translation>Rollen und angezeigten Namen ändern</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Disable or enable the account</source>
        <translation>Das Konto deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Neues &amp;Passwort…</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Ein neues Passwort setzen</translation>
    </message>
    <message>
        <source>Security p&amp;olicy…</source>
        <translation>Sicherheitsrichtlinie (&amp;o)…</translation>
    </message>
    <message>
        <source>The lock time, the lock-out and the refund limits for every seat</source>
        <translation>Sperrzeit, Kontosperre und Erstattungsgrenzen für jeden Arbeitsplatz</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>About the audit trail</source>
        <translation>Über das Audit-Protokoll</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Einträge des Audit-Protokolls</translation>
    </message>
    <message>
        <source>The result of the check</source>
        <translation>Das Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Verify the audit trail&apos;s hash chain</source>
        <translation>Die Hash-Kette des Audit-Protokolls prüfen</translation>
    </message>
</context>
<context>
    <name>BatchRefundDialog</name>
    <message>
        <source>Batch refund</source>
        <translation>Sammelerstattung</translation>
    </message>
    <message>
        <source>The file of refunds</source>
        <translation>Die Datei der Erstattungen</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the CSV file of refunds</source>
        <translation>Die CSV-Datei der Erstattungen wählen</translation>
    </message>
    <message>
        <source>Rows of the file and what the check found</source>
        <translation>Zeilen der Datei und was die Prüfung ergab</translation>
    </message>
    <message>
        <source>Summary of the batch</source>
        <translation>Zusammenfassung des Stapels</translation>
    </message>
    <message>
        <source>Rows done</source>
        <translation>Erledigte Zeilen</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Erstatten</translation>
    </message>
    <message>
        <source>Refund the rows that passed the check</source>
        <translation>Die Zeilen erstatten, die die Prüfung bestanden haben</translation>
    </message>
    <message>
        <source>&amp;Save result…</source>
        <translation>Ergebnis &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the result of every row as CSV</source>
        <translation>Das Ergebnis jeder Zeile als CSV speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the rows not sent yet</source>
        <translation>Die noch nicht gesendeten Zeilen abbrechen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Schl&amp;ießen</translation>
    </message>
</context>
<context>
    <name>ChargePage</name>
    <message>
        <source>Charge form</source>
        <translation>Belastungsformular</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Währun&amp;g</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Currency of the charge: type a code or a name</source>
        <translation>Währung der Belastung: Code oder Namen eingeben</translation>
    </message>
    <message>
        <source>Currency problem</source>
        <translation>Problem bei der Währung</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>Amount to charge in the currency&apos;s units</source>
        <translation>Zu belastender Betrag in Einheiten der Währung</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Problem beim Betrag</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>&amp;Kartennummer</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>Card number; the brand is detected as you type</source>
        <translation>Kartennummer; die Kartenmarke wird beim Tippen erkannt</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Kartenmarke</translation>
    </message>
    <message>
        <source>Card number problem</source>
        <translation>Problem bei der Kartennummer</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>&amp;Ablaufdatum</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Expiry date as MM/YY</source>
        <translation>Ablaufdatum als MM/JJ</translation>
    </message>
    <message>
        <source>Expiry problem</source>
        <translation>Problem beim Ablaufdatum</translation>
    </message>
    <message>
        <source>C&amp;VV</source>
        <translation>C&amp;VV</translation>
    </message>
    <message>
        <source>CVV</source>
        <translation>CVV</translation>
    </message>
    <message>
        <source>Card security code, 3 digits or 4 for American Express</source>
        <translation>Kartenprüfnummer, 3 Ziffern oder 4 bei American Express</translation>
    </message>
    <message>
        <source>CVV problem</source>
        <translation>Problem bei der CVV</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Karteninhaber</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>Vo&amp;rname</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Cardholder&apos;s first name as on the card</source>
        <translation>Vorname des Karteninhabers wie auf der Karte</translation>
    </message>
    <message>
        <source>First name problem</source>
        <translation>Problem beim Vornamen</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Cardholder&apos;s last name as on the card</source>
        <translation>Nachname des Karteninhabers wie auf der Karte</translation>
    </message>
    <message>
        <source>Last name problem</source>
        <translation>Problem beim Nachnamen</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Cardholder&apos;s email address</source>
        <translation>E-Mail-Adresse des Karteninhabers</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>Problem bei der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Cardholder&apos;s phone number</source>
        <translation>Telefonnummer des Karteninhabers</translation>
    </message>
    <message>
        <source>Phone problem</source>
        <translation>Problem bei der Telefonnummer</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>A&amp;dresse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Billing address street and number</source>
        <translation>Straße und Hausnummer der Rechnungsadresse</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problem bei der Adresse</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Billing address city</source>
        <translation>Ort der Rechnungsadresse</translation>
    </message>
    <message>
        <source>City problem</source>
        <translation>Problem beim Ort</translation>
    </message>
    <message>
        <source>&amp;State / county</source>
        <translation>B&amp;undesland / Region</translation>
    </message>
    <message>
        <source>State / county</source>
        <translation>Bundesland / Region</translation>
    </message>
    <message>
        <source>Billing address state, county or region</source>
        <translation>Bundesland, Kanton oder Region der Rechnungsadresse</translation>
    </message>
    <message>
        <source>State / county problem</source>
        <translation>Problem bei Bundesland / Region</translation>
    </message>
    <message>
        <source>&amp;Zip / postcode</source>
        <translation>&amp;Postleitzahl</translation>
    </message>
    <message>
        <source>Zip / postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Billing address postcode</source>
        <translation>Postleitzahl der Rechnungsadresse</translation>
    </message>
    <message>
        <source>Zip / postcode problem</source>
        <translation>Problem bei der Postleitzahl</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Billing country: type a code or a name</source>
        <translation>Land der Rechnungsadresse: Code oder Namen eingeben</translation>
    </message>
    <message>
        <source>Country problem</source>
        <translation>Problem beim Land</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>&amp;Order id</source>
        <translation>Be&amp;stellnummer</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>Order reference sent with the charge</source>
        <translation>Bestellreferenz, die mit der Belastung gesendet wird</translation>
    </message>
    <message>
        <source>Order id problem</source>
        <translation>Problem bei der Bestellnummer</translation>
    </message>
    <message>
        <source>&amp;Terminal id</source>
        <translation>Ter&amp;minal-ID</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>Terminal-ID</translation>
    </message>
    <message>
        <source>Connector to use; leave empty for routing</source>
        <translation>Zu verwendender Connector; leer lassen für automatisches Routing</translation>
    </message>
    <message>
        <source>Terminal id problem</source>
        <translation>Problem bei der Terminal-ID</translation>
    </message>
    <message>
        <source>Customer IP</source>
        <translation>Kunden-IP</translation>
    </message>
    <message>
        <source>Customer IP address</source>
        <translation>IP-Adresse des Kunden</translation>
    </message>
    <message>
        <source>Customer IP problem</source>
        <translation>Problem bei der Kunden-IP</translation>
    </message>
    <message>
        <source>&amp;Redirect URL</source>
        <translation>&amp;Weiterleitungs-URL</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>Weiterleitungs-URL</translation>
    </message>
    <message>
        <source>Where the cardholder lands after 3-D Secure</source>
        <translation>Wohin der Karteninhaber nach 3-D Secure gelangt</translation>
    </message>
    <message>
        <source>Redirect URL problem</source>
        <translation>Problem bei der Weiterleitungs-URL</translation>
    </message>
    <message>
        <source>&amp;Webhook URL</source>
        <translation>Web&amp;hook-URL</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Your server&apos;s notification address</source>
        <translation>Benachrichtigungsadresse Ihres Servers</translation>
    </message>
    <message>
        <source>Webhook URL problem</source>
        <translation>Problem bei der Webhook-URL</translation>
    </message>
    <message>
        <source>Why the charge button is disabled</source>
        <translation>Warum die Schaltfläche „Belasten“ deaktiviert ist</translation>
    </message>
    <message>
        <source>Charge in progress</source>
        <translation>Belastung läuft</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Leeren (Esc)</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Formular leeren</translation>
    </message>
    <message>
        <source>Charge (Enter)</source>
        <translation>Belasten (Eingabe)</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Belasten</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;fon</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Charge history</source>
        <translation>Belastungsverlauf</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Which charges to show</source>
        <translation>Welche Belastungen angezeigt werden</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>E&amp;rgebnis</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filter nach Ergebnis</translation>
    </message>
    <message>
        <source>Search: last four, name, email, order or transaction id</source>
        <translation>Suche: letzte vier Ziffern, Name, E-Mail, Bestell- oder Transaktions-ID</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Four digits find the card&apos;s last four; an address with @ finds the email; otherwise names, order ids and transaction ids</source>
        <translation>Vier Ziffern finden die letzten vier der Karte; eine Adresse mit @ findet die E-Mail; sonst Namen, Bestellnummern und Transaktions-IDs</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Belastungen</translation>
    </message>
    <message>
        <source>Details of the selected charge</source>
        <translation>Details der ausgewählten Belastung</translation>
    </message>
    <message>
        <source>Look up &amp;status</source>
        <translation>&amp;Status abfragen</translation>
    </message>
    <message>
        <source>Look up the status of the selected charge at the gateway</source>
        <translation>Status der ausgewählten Belastung beim Gateway abfragen</translation>
    </message>
    <message>
        <source>Refund the selected charge</source>
        <translation>Ausgewählte Belastung erstatten</translation>
    </message>
    <message>
        <source>Summary of the charges shown</source>
        <translation>Zusammenfassung der angezeigten Belastungen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the export or search</source>
        <translation>Export oder Suche abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the charges shown as CSV</source>
        <translation>Angezeigte Belastungen als CSV exportieren</translation>
    </message>
    <message>
        <source>O&amp;perator</source>
        <translation>Be&amp;diener</translation>
    </message>
    <message>
        <source>Operator filter</source>
        <translation>Filter nach Bediener</translation>
    </message>
    <message>
        <source>Only the charges of this operator; empty for every operator</source>
        <translation>Nur die Belastungen dieses Bedieners; leer für alle Bediener</translation>
    </message>
    <message>
        <source>&amp;Batch refund…</source>
        <translation>Sammelerstattun&amp;g…</translation>
    </message>
    <message>
        <source>Refund many charges from a CSV file</source>
        <translation>Viele Zahlungen aus einer CSV-Datei erstatten</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Erstatten…</translation>
    </message>
    <message>
        <source>Rece&amp;ipt…</source>
        <translation>Be&amp;leg…</translation>
    </message>
    <message>
        <source>Print, save or e-mail the receipt of the selected charge</source>
        <translation>Den Beleg der ausgewählten Belastung drucken, speichern oder per E-Mail senden</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>What is asked</source>
        <translation>Was gefragt ist</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Name des Kontos</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Bisheriges Passwort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Bisheriges Passwort</translation>
    </message>
    <message>
        <source>N&amp;ew password</source>
        <translation>N&amp;eues Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation>Mindestens 12 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Wiederholung</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort noch einmal</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was nicht stimmt</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>The charge to refund</source>
        <translation>Die zu erstattende Zahlung</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Zu erstattender Betrag</translation>
    </message>
    <message>
        <source>At most what is left of the charge; all of it by default</source>
        <translation>Höchstens der Rest der Zahlung; ohne Änderung der ganze Rest</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Grund der Erstattung</translation>
    </message>
    <message>
        <source>Problem with the refund</source>
        <translation>Problem mit der Erstattung</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Result of the last charge</source>
        <translation>Ergebnis der letzten Belastung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the transaction id</source>
        <translation>Transaktions-ID kopieren</translation>
    </message>
    <message>
        <source>3-D Secure link for the cardholder</source>
        <translation>3-D-Secure-Link für den Karteninhaber</translation>
    </message>
    <message>
        <source>Open the 3-D Secure link in the browser</source>
        <translation>3-D-Secure-Link im Browser öffnen</translation>
    </message>
    <message>
        <source>Copy the 3-D Secure link</source>
        <translation>3-D-Secure-Link kopieren</translation>
    </message>
    <message>
        <source>Charge this customer again with a new card entry</source>
        <translation>Diesen Kunden mit neuer Karteneingabe erneut belasten</translation>
    </message>
    <message>
        <source>Print or save the receipt</source>
        <translation>Beleg drucken oder speichern</translation>
    </message>
    <message>
        <source>Close the result and start a new charge</source>
        <translation>Ergebnis schließen und neue Belastung beginnen</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Copy lin&amp;k</source>
        <translation>Lin&amp;k kopieren</translation>
    </message>
    <message>
        <source>Charge this customer a&amp;gain</source>
        <translation>Diesen Kunden erneut bela&amp;sten</translation>
    </message>
    <message>
        <source>Recei&amp;pt…</source>
        <translation>Quittun&amp;g…</translation>
    </message>
    <message>
        <source>New charge (Ctrl+N)</source>
        <translation>Neue Belastung (Strg+N)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>&amp;Secret key</source>
        <translation>&amp;Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <source>Secret key from the merchant portal, PA_TEST_ or PA_LIVE_</source>
        <translation>Geheimer Schlüssel aus dem Händlerportal, PA_TEST_ oder PA_LIVE_</translation>
    </message>
    <message>
        <source>&amp;Encryption key</source>
        <translation>&amp;Verschlüsselungsschlüssel</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Verschlüsselungsschlüssel</translation>
    </message>
    <message>
        <source>32-character encryption key from the merchant portal</source>
        <translation>32 Zeichen langer Verschlüsselungsschlüssel aus dem Händlerportal</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Environment derived from the secret key</source>
        <translation>Aus dem geheimen Schlüssel abgeleitete Umgebung</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Where the credentials are stored</source>
        <translation>Wo die Zugangsdaten gespeichert sind</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>Basis-&amp;URL</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Gateway base URL, https</source>
        <translation>Basis-URL des Gateways, https</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>&amp;Zeitlimit</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Seconds to wait for the gateway</source>
        <translation>Sekunden, die auf das Gateway gewartet wird</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Country code format</source>
        <translation>&amp;Format des Ländercodes</translation>
    </message>
    <message>
        <source>Country code format</source>
        <translation>Format des Ländercodes</translation>
    </message>
    <message>
        <source>How the country is sent: alpha-3 or alpha-2</source>
        <translation>Wie das Land gesendet wird: Alpha-3 oder Alpha-2</translation>
    </message>
    <message>
        <source>&amp;Amount unit</source>
        <translation>&amp;Betragseinheit</translation>
    </message>
    <message>
        <source>Amount unit</source>
        <translation>Betragseinheit</translation>
    </message>
    <message>
        <source>How the amount is sent: minor units or major units</source>
        <translation>Wie der Betrag gesendet wird: in kleinen oder großen Währungseinheiten</translation>
    </message>
    <message>
        <source>Defaults for new charges</source>
        <translation>Vorgaben für neue Belastungen</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Wä&amp;hrung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Default currency code</source>
        <translation>Vorgegebener Währungscode</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Default country code</source>
        <translation>Vorgegebener Ländercode</translation>
    </message>
    <message>
        <source>&amp;Redirect URL</source>
        <translation>W&amp;eiterleitungs-URL</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>Weiterleitungs-URL</translation>
    </message>
    <message>
        <source>Default redirect URL after 3-D Secure</source>
        <translation>Vorgegebene Weiterleitungs-URL nach 3-D Secure</translation>
    </message>
    <message>
        <source>&amp;Webhook URL</source>
        <translation>&amp;Webhook-URL</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Default webhook URL</source>
        <translation>Vorgegebene Webhook-URL</translation>
    </message>
    <message>
        <source>Customer &amp;IP</source>
        <translation>Kunden-&amp;IP</translation>
    </message>
    <message>
        <source>Customer IP</source>
        <translation>Kunden-IP</translation>
    </message>
    <message>
        <source>Default customer IP address for phone orders</source>
        <translation>Vorgegebene Kunden-IP-Adresse für Telefonbestellungen</translation>
    </message>
    <message>
        <source>Ter&amp;minal id</source>
        <translation>&amp;Terminal-ID</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>Terminal-ID</translation>
    </message>
    <message>
        <source>Default terminal id</source>
        <translation>Vorgegebene Terminal-ID</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>&amp;Operator name</source>
        <translation>&amp;Name des Bedieners</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Name des Bedieners</translation>
    </message>
    <message>
        <source>Your name, recorded with each charge</source>
        <translation>Ihr Name, der mit jeder Belastung gespeichert wird</translation>
    </message>
    <message>
        <source>Clear card &amp;after</source>
        <translation>&amp;Karte leeren nach</translation>
    </message>
    <message>
        <source>Clear card after</source>
        <translation>Karte leeren nach</translation>
    </message>
    <message>
        <source>Seconds without activity before the card fields are cleared</source>
        <translation>Sekunden ohne Aktivität, bis die Kartenfelder geleert werden</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Where charges are recorded: this computer or a shared PostgreSQL server</source>
        <translation>Wo Belastungen aufgezeichnet werden: dieser Computer oder ein gemeinsamer PostgreSQL-Server</translation>
    </message>
    <message>
        <source>PostgreSQL &amp;connection</source>
        <translation>&amp;PostgreSQL-Verbindung</translation>
    </message>
    <message>
        <source>PostgreSQL connection</source>
        <translation>PostgreSQL-Verbindung</translation>
    </message>
    <message>
        <source>host=… port=… dbname=… user=…</source>
        <translation>host=… port=… dbname=… user=…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Language of the terminal</source>
        <translation>Sprache des Terminals</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Probleme mit den Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Warn of a double charge within</source>
        <translation>Vor doppelter Belastung &amp;warnen innerhalb von</translation>
    </message>
    <message>
        <source>Warn of a double charge within</source>
        <translation>Vor doppelter Belastung warnen innerhalb von</translation>
    </message>
    <message>
        <source>Seconds in which a charge like an earlier one (same card, amount and currency) is warned about; 0 turns the warning off</source>
        <translation>Sekunden, in denen vor einer Belastung wie einer früheren (gleiche Karte, gleicher Betrag, gleiche Währung) gewarnt wird; 0 schaltet die Warnung ab</translation>
    </message>
    <message>
        <source>Pre&amp;vious customers</source>
        <translation>Frühere &amp;Kunden</translation>
    </message>
    <message>
        <source>Previous customers</source>
        <translation>Frühere Kunden</translation>
    </message>
    <message>
        <source>Whether typing an e-mail, last name or phone offers previous customers from the journal</source>
        <translation>Ob beim Tippen einer E-Mail, eines Nachnamens oder einer Telefonnummer frühere Kunden aus dem Journal angeboten werden</translation>
    </message>
    <message>
        <source>Follow payment links for</source>
        <translation>Zahlungslinks verfolgen für</translation>
    </message>
    <message>
        <source>Hours a payment link is followed after it was made; then the terminal stops and records it as expired (the gateway is not asked to cancel it)</source>
        <translation>Stunden, die ein Zahlungslink nach seiner Erstellung verfolgt wird; danach hört das Terminal auf und vermerkt ihn als abgelaufen (das Gateway wird nicht gebeten, ihn zu stornieren)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Follow payment links for</source>
        <translation>Zahlungslinks &amp;verfolgen für</translation>
    </message>
    <message>
        <source>&amp;Partial refunds</source>
        <translation>&amp;Teilerstattungen</translation>
    </message>
    <message>
        <source>Partial refunds</source>
        <translation>Teilerstattungen</translation>
    </message>
    <message>
        <source>Whether a refund may be of part of a charge; turn on only when the gateway has confirmed it takes a refund&apos;s amount</source>
        <translation>Ob eine Erstattung nur einen Teil einer Zahlung betreffen darf; nur einschalten, wenn das Gateway bestätigt hat, dass es den Betrag einer Erstattung annimmt</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Sign-in title</source>
        <translation>Titel der Anmeldung</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Name des Kontos</translation>
    </message>
    <message>
        <source>The name of your account, as your administrator gave it</source>
        <translation>Der Name Ihres Kontos, wie ihn Ihr Administrator vergeben hat</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Your own password; it is never shown or saved</source>
        <translation>Ihr eigenes Passwort; es wird nie angezeigt oder gespeichert</translation>
    </message>
    <message>
        <source>Why the sign-in failed</source>
        <translation>Warum die Anmeldung fehlschlug</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>pavt::Accounts</name>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Die Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The refund log could not be written or read: %1</source>
        <translation>Das Erstattungsprotokoll konnte nicht geschrieben oder gelesen werden: %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Buchhaltung</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>An account name has 1 to 64 characters: letters a to z, digits, and &apos;.&apos;, &apos;_&apos; or &apos;-&apos; after the first.</source>
        <translation>Ein Kontoname hat 1 bis 64 Zeichen: Buchstaben a bis z, Ziffern und nach dem ersten Zeichen auch &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Accounts exist already: an administrator must sign in to add one.</source>
        <translation>Es gibt bereits Konten: Ein Administrator muss sich anmelden, um eines hinzuzufügen.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Es gibt bereits ein Konto namens %1.</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>Es gibt kein Konto namens %1.</translation>
    </message>
    <message>
        <source>An account needs at least one role.</source>
        <translation>Ein Konto braucht mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>Das erste Konto muss ein Administrator sein.</translation>
    </message>
    <message>
        <source>This is the last enabled administrator: make another one first.</source>
        <translation>Dies ist der letzte aktive Administrator: Legen Sie zuerst einen weiteren an.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren.</translation>
    </message>
</context>
<context>
    <name>pavt::Audit</name>
    <message>
        <source>The audit trail could not be written: %1</source>
        <translation>Das Prüfprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the trail&apos;s head row is missing</source>
        <translation>die Kopfzeile des Protokolls fehlt</translation>
    </message>
    <message>
        <source>Record %1 is missing: it was deleted, or the records after it were renumbered.</source>
        <translation>Eintrag %1 fehlt: Er wurde gelöscht, oder die Einträge danach wurden umnummeriert.</translation>
    </message>
    <message>
        <source>Record %1 is out of order.</source>
        <translation>Eintrag %1 steht an der falschen Stelle.</translation>
    </message>
    <message>
        <source>Record %1 does not match its hash: it was changed, or a record before it was removed, inserted or moved.</source>
        <translation>Eintrag %1 passt nicht zu seinem Hash: Er wurde geändert, oder ein Eintrag davor wurde entfernt, eingefügt oder verschoben.</translation>
    </message>
    <message>
        <source>Record %1 does not carry the head hash exported earlier: the trail was rewritten from there on.</source>
        <translation>Eintrag %1 trägt nicht den früher exportierten Kopf-Hash: Das Protokoll wurde ab dort neu geschrieben.</translation>
    </message>
    <message>
        <source>Records %1 to %2 are missing: the last records of the trail were deleted.</source>
        <translation>Die Einträge %1 bis %2 fehlen: Die letzten Einträge des Protokolls wurden gelöscht.</translation>
    </message>
    <message>
        <source>Record %1 and those after it were added behind the trail&apos;s head, not by the terminal.</source>
        <translation>Eintrag %1 und die folgenden wurden hinter dem Kopf des Protokolls angefügt, nicht vom Terminal.</translation>
    </message>
    <message>
        <source>Record %1 does not match the trail&apos;s head.</source>
        <translation>Eintrag %1 passt nicht zum Kopf des Protokolls.</translation>
    </message>
    <message>
        <source>Record %1 of the head hash exported earlier is gone.</source>
        <translation>Eintrag %1 des früher exportierten Kopf-Hashes ist verschwunden.</translation>
    </message>
</context>
<context>
    <name>pavt::BatchRefund</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB.</source>
        <translation>Die Datei %1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>The file %1 has no rows.</source>
        <translation>Die Datei %1 hat keine Zeilen.</translation>
    </message>
    <message>
        <source>The file %1 has more than %2 rows; split it.</source>
        <translation>Die Datei %1 hat mehr als %2 Zeilen; teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>The row does not have two or three fields (transaction id, reason, amount).</source>
        <translation>Die Zeile hat nicht zwei oder drei Felder (Transaktions-ID, Grund, Betrag).</translation>
    </message>
    <message>
        <source>The row has no transaction id.</source>
        <translation>Die Zeile hat keine Transaktions-ID.</translation>
    </message>
    <message>
        <source>The row gives no reason for the refund.</source>
        <translation>Die Zeile nennt keinen Grund für die Erstattung.</translation>
    </message>
    <message>
        <source>The transaction %1 is in the file more than once; only its first row is refunded.</source>
        <translation>Die Transaktion %1 steht mehrmals in der Datei; nur ihre erste Zeile wird erstattet.</translation>
    </message>
    <message>
        <source>The journal has no charge with the transaction id %1.</source>
        <translation>Das Journal hat keine Zahlung mit der Transaktions-ID %1.</translation>
    </message>
    <message>
        <source>This charge was made in the %1 environment; the terminal is set up for %2.</source>
        <translation>Diese Belastung wurde in der Umgebung %1 vorgenommen; das Terminal ist für %2 eingerichtet.</translation>
    </message>
    <message>
        <source>This charge has already been refunded.</source>
        <translation>Diese Belastung wurde bereits erstattet.</translation>
    </message>
    <message>
        <source>A refund of this charge is already on its way; wait for its answer.</source>
        <translation>Eine Erstattung dieser Belastung ist bereits unterwegs; warten Sie auf deren Antwort.</translation>
    </message>
    <message>
        <source>Only an approved charge that is not charged back can be refunded; this one is %1.</source>
        <translation>Nur eine genehmigte Zahlung ohne Rückbuchung kann erstattet werden; diese ist %1.</translation>
    </message>
    <message>
        <source>The charge&apos;s currency %1 is not known.</source>
        <translation>Die Währung %1 der Zahlung ist nicht bekannt.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; cannot be used: %2</source>
        <translation>Der Betrag „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>This file was refunded as batch %1 on %2; nothing is sent again.</source>
        <translation>Diese Datei wurde am %2 als Stapel %1 erstattet; nichts wird erneut gesendet.</translation>
    </message>
    <message>
        <source>This file is batch %1, which has not finished; resume it instead.</source>
        <translation>Diese Datei ist Stapel %1, der nicht fertig ist; setzen Sie ihn stattdessen fort.</translation>
    </message>
    <message>
        <source>No row of the file can be refunded.</source>
        <translation>Keine Zeile der Datei kann erstattet werden.</translation>
    </message>
    <message>
        <source>The refund was sent and its outcome is not known (the status could not be read: %1); check it at the gateway before refunding again.</source>
        <translation>Die Erstattung wurde gesendet, ihr Ergebnis ist unbekannt (der Status konnte nicht gelesen werden: %1); prüfen Sie sie beim Gateway, bevor Sie erneut erstatten.</translation>
    </message>
    <message>
        <source>The gateway does not say whether this partial refund was made; check it at the gateway before refunding again.</source>
        <translation>Das Gateway sagt nicht, ob diese Teilerstattung gemacht wurde; prüfen Sie sie beim Gateway, bevor Sie erneut erstatten.</translation>
    </message>
    <message>
        <source>The gateway shows the refund (looked up).</source>
        <translation>Das Gateway zeigt die Erstattung (nachgeschlagen).</translation>
    </message>
    <message>
        <source>The gateway shows no refund; it was not sent again. Refund it in a new batch if it is still due.</source>
        <translation>Das Gateway zeigt keine Erstattung; sie wurde nicht erneut gesendet. Erstatten Sie sie in einem neuen Stapel, wenn sie noch fällig ist.</translation>
    </message>
    <message>
        <source>The result file could not be written: %1</source>
        <translation>Die Ergebnisdatei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>pavt::Cards</name>
    <message>
        <source>The card number can contain only digits, with spaces or dashes between the groups. Remove any letters or other characters that came with it.</source>
        <translation>Die Kartennummer darf nur Ziffern enthalten, mit Leerzeichen oder Bindestrichen zwischen den Gruppen. Entfernen Sie mitkopierte Buchstaben oder andere Zeichen.</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Geben Sie die Kartennummer ein.</translation>
    </message>
    <message numerus="yes">
        <source>The card number has too many digits: a card number has at most %n digits.</source>
        <translation>
            <numerusform>Die Kartennummer hat zu viele Ziffern: Eine Kartennummer hat höchstens %n Ziffer.</numerusform>
            <numerusform>Die Kartennummer hat zu viele Ziffern: Eine Kartennummer hat höchstens %n Ziffern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The card number has too many digits: a %1 card number has at most %n digits.</source>
        <translation>
            <numerusform>Die Kartennummer hat zu viele Ziffern: Eine %1-Kartennummer hat höchstens %n Ziffer.</numerusform>
            <numerusform>Die Kartennummer hat zu viele Ziffern: Eine %1-Kartennummer hat höchstens %n Ziffern.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card number is incomplete. Check that every digit has been entered.</source>
        <translation>Die Kartennummer ist unvollständig. Prüfen Sie, ob jede Ziffer eingegeben wurde.</translation>
    </message>
    <message>
        <source>The card number does not belong to a card brand this terminal accepts. Check the first digits.</source>
        <translation>Die Kartennummer gehört zu keiner Kartenmarke, die dieses Terminal annimmt. Prüfen Sie die ersten Ziffern.</translation>
    </message>
    <message>
        <source>The card number is not valid. Check it for a mistyped or swapped digit.</source>
        <translation>Die Kartennummer ist ungültig. Prüfen Sie sie auf eine vertippte oder vertauschte Ziffer.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s security code: the 4 digits printed on the front of the American Express card.</source>
        <translation>Geben Sie die Kartenprüfnummer ein: die 4 Ziffern auf der Vorderseite der American-Express-Karte.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s security code: the 3 digits on the back of the card.</source>
        <translation>Geben Sie die Kartenprüfnummer ein: die 3 Ziffern auf der Rückseite der Karte.</translation>
    </message>
    <message>
        <source>The security code can contain only digits.</source>
        <translation>Die Kartenprüfnummer darf nur Ziffern enthalten.</translation>
    </message>
    <message>
        <source>The security code must be 4 digits for American Express.</source>
        <translation>Die Kartenprüfnummer muss bei American Express 4 Ziffern haben.</translation>
    </message>
    <message>
        <source>The security code must be 3 digits.</source>
        <translation>Die Kartenprüfnummer muss 3 Ziffern haben.</translation>
    </message>
    <message>
        <source>Enter the expiry date shown on the card, like 08/27.</source>
        <translation>Geben Sie das Ablaufdatum wie auf der Karte ein, z. B. 08/27.</translation>
    </message>
    <message>
        <source>Enter the expiry date as month and year, like 08/27.</source>
        <translation>Geben Sie das Ablaufdatum als Monat und Jahr ein, z. B. 08/27.</translation>
    </message>
    <message>
        <source>The expiry month must be from 01 to 12.</source>
        <translation>Der Ablaufmonat muss zwischen 01 und 12 liegen.</translation>
    </message>
    <message>
        <source>Enter the expiry year with four digits, like 2027.</source>
        <translation>Geben Sie das Ablaufjahr vierstellig ein, z. B. 2027.</translation>
    </message>
    <message>
        <source>The card expired at the end of %1/%2. Ask the cardholder for another card.</source>
        <translation>Die Karte ist Ende %1/%2 abgelaufen. Bitten Sie den Karteninhaber um eine andere Karte.</translation>
    </message>
    <message>
        <source>The expiry year %1 is more than 20 years away. Check the year on the card.</source>
        <translation>Das Ablaufjahr %1 liegt mehr als 20 Jahre in der Zukunft. Prüfen Sie das Jahr auf der Karte.</translation>
    </message>
</context>
<context>
    <name>pavt::ChargeService</name>
    <message>
        <source>This charge was made in the %1 environment; the terminal is set up for %2.</source>
        <translation>Diese Belastung wurde in der Umgebung %1 vorgenommen; das Terminal ist für %2 eingerichtet.</translation>
    </message>
    <message>
        <source>The journal&apos;s database cannot be reached, so the outcome is not written yet; the terminal keeps trying, and until then the entry stays pending. (%1)</source>
        <translation>Die Datenbank des Journals ist nicht erreichbar, daher ist das Ergebnis noch nicht geschrieben; das Terminal versucht es weiter, und bis dahin bleibt der Eintrag ausstehend. (%1)</translation>
    </message>
    <message>
        <source>A refund&apos;s amount must be above zero.</source>
        <translation>Der Betrag einer Erstattung muss über null liegen.</translation>
    </message>
    <message>
        <source>Partial refunds are turned off in the settings; only the whole charge can be refunded.</source>
        <translation>Teilerstattungen sind in den Einstellungen ausgeschaltet; nur die ganze Zahlung kann erstattet werden.</translation>
    </message>
    <message>
        <source>Part of this charge has been refunded; the rest can be refunded only with partial refunds turned on in the settings.</source>
        <translation>Ein Teil dieser Zahlung wurde erstattet; der Rest kann nur mit eingeschalteten Teilerstattungen erstattet werden.</translation>
    </message>
    <message>
        <source>Only %1 of this charge is left to refund.</source>
        <translation>Von dieser Zahlung sind nur noch %1 zu erstatten.</translation>
    </message>
    <message>
        <source>The journal has no charge with this transaction id, so its currency and what is left of it are not known here: only a whole refund can be asked for.</source>
        <translation>Das Journal hat keine Zahlung mit dieser Transaktions-ID, daher sind ihre Währung und ihr Rest hier unbekannt: nur eine vollständige Erstattung kann verlangt werden.</translation>
    </message>
</context>
<context>
    <name>pavt::CredentialStore</name>
    <message>
        <source>No credentials are saved in the keychain yet.</source>
        <translation>Im Schlüsselbund sind noch keine Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused: %1</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The keychain failed: simulated failure</source>
        <translation>Der Schlüsselbund meldet einen Fehler: simulierter Fehler</translation>
    </message>
    <message>
        <source>memory (not saved)</source>
        <translation>Arbeitsspeicher (nicht gespeichert)</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service (GNOME-Schlüsselbund / KWallet)</translation>
    </message>
    <message>
        <source>No keychain service is running on this desktop (such as GNOME Keyring or KWallet), so the merchant&apos;s keys cannot be saved: keys entered in Settings work for this session only. To keep them, start a keychain service (for example install gnome-keyring and sign in again) and save the keys once more.</source>
        <translation>Auf diesem Desktop läuft kein Schlüsselbund-Dienst (etwa GNOME Keyring oder KWallet), daher können die Schlüssel des Händlers nicht gespeichert werden: In den Einstellungen eingegebene Schlüssel gelten nur für diese Sitzung. Um sie zu behalten, starten Sie einen Schlüsselbund-Dienst (zum Beispiel gnome-keyring installieren und neu anmelden) und speichern Sie die Schlüssel noch einmal.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <source>This computer has no keychain the terminal can use, so the merchant&apos;s keys cannot be saved: keys entered in Settings work for this session only.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, den das Terminal nutzen kann, daher können die Schlüssel des Händlers nicht gespeichert werden: In den Einstellungen eingegebene Schlüssel gelten nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain did not give the saved keys, and did not say why. Keys entered in Settings work for this session.</source>
        <translation>Der Schlüsselbund hat die gespeicherten Schlüssel nicht herausgegeben und keinen Grund genannt. In den Einstellungen eingegebene Schlüssel gelten für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>pavt::CsvExport</name>
    <message>
        <source>write error</source>
        <translation>Schreibfehler</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>pavt::FieldRules</name>
    <message>
        <source>Enter the cardholder&apos;s email address, like name@example.com.</source>
        <translation>Geben Sie die E-Mail-Adresse des Karteninhabers ein, z. B. name@example.com.</translation>
    </message>
    <message numerus="yes">
        <source>The email address is too long: it can have at most %n characters.</source>
        <translation>
            <numerusform>Die E-Mail-Adresse ist zu lang: Sie darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Die E-Mail-Adresse ist zu lang: Sie darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The email address cannot contain spaces or invisible characters.</source>
        <translation>Die E-Mail-Adresse darf keine Leerzeichen oder unsichtbaren Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The email address needs an @ sign, like name@example.com.</source>
        <translation>Die E-Mail-Adresse braucht ein @-Zeichen, z. B. name@example.com.</translation>
    </message>
    <message>
        <source>The email address can contain only one @ sign.</source>
        <translation>Die E-Mail-Adresse darf nur ein @-Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ is missing or contains characters that are not allowed.</source>
        <translation>Der Teil der E-Mail-Adresse vor dem @ fehlt oder enthält unzulässige Zeichen.</translation>
    </message>
    <message>
        <source>The part of the email address after the @ must be a domain name, like example.com.</source>
        <translation>Der Teil der E-Mail-Adresse nach dem @ muss ein Domainname sein, z. B. example.com.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s IP address, like 203.0.113.7 or 2001:db8::1.</source>
        <translation>Geben Sie die IP-Adresse des Kunden ein, z. B. 203.0.113.7 oder 2001:db8::1.</translation>
    </message>
    <message>
        <source>This is not a valid IP address. Enter it like 203.0.113.7 or 2001:db8::1.</source>
        <translation>Das ist keine gültige IP-Adresse. Geben Sie sie wie 203.0.113.7 oder 2001:db8::1 ein.</translation>
    </message>
    <message>
        <source>Enter the cardholder&apos;s phone number, like +44 20 7946 0958.</source>
        <translation>Geben Sie die Telefonnummer des Karteninhabers ein, z. B. +44 20 7946 0958.</translation>
    </message>
    <message>
        <source>A + can only be the first character of the phone number.</source>
        <translation>Ein + darf nur das erste Zeichen der Telefonnummer sein.</translation>
    </message>
    <message>
        <source>The brackets in the phone number do not match.</source>
        <translation>Die Klammern in der Telefonnummer passen nicht zusammen.</translation>
    </message>
    <message>
        <source>The phone number can contain only digits, spaces, dashes, dots, brackets and a leading +.</source>
        <translation>Die Telefonnummer darf nur Ziffern, Leerzeichen, Bindestriche, Punkte, Klammern und ein führendes + enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>The phone number is too short: it needs at least %n digits, with the area code.</source>
        <translation>
            <numerusform>Die Telefonnummer ist zu kurz: Sie braucht mindestens %n Ziffer, mit Vorwahl.</numerusform>
            <numerusform>Die Telefonnummer ist zu kurz: Sie braucht mindestens %n Ziffern, mit Vorwahl.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number is too long: it can have at most %n digits.</source>
        <translation>
            <numerusform>Die Telefonnummer ist zu lang: Sie darf höchstens %n Ziffer haben.</numerusform>
            <numerusform>Die Telefonnummer ist zu lang: Sie darf höchstens %n Ziffern haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the web address, starting with https://, like https://example.com/notify.</source>
        <translation>Geben Sie die Webadresse ein, beginnend mit https://, z. B. https://example.com/notify.</translation>
    </message>
    <message>
        <source>This is not a complete web address. Enter it with https:// and a host name, like https://example.com/notify.</source>
        <translation>Das ist keine vollständige Webadresse. Geben Sie sie mit https:// und einem Hostnamen ein, z. B. https://example.com/notify.</translation>
    </message>
    <message numerus="yes">
        <source>The web address is too long: it can have at most %n characters.</source>
        <translation>
            <numerusform>Die Webadresse ist zu lang: Sie darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Die Webadresse ist zu lang: Sie darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The web address cannot contain spaces or invisible characters.</source>
        <translation>Die Webadresse darf keine Leerzeichen oder unsichtbaren Zeichen enthalten.</translation>
    </message>
    <message>
        <source>The web address must not contain a user name or password.</source>
        <translation>Die Webadresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The web address must start with https:// so that the connection is encrypted. http:// is allowed only for this computer (localhost).</source>
        <translation>Die Webadresse muss mit https:// beginnen, damit die Verbindung verschlüsselt ist. http:// ist nur für diesen Computer (localhost) erlaubt.</translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation>Füllen Sie dieses Feld aus.</translation>
    </message>
    <message numerus="yes">
        <source>This field can have at most %n characters.</source>
        <translation>
            <numerusform>Dieses Feld darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Dieses Feld darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the line break, tab or other invisible control character from this field.</source>
        <translation>Entfernen Sie den Zeilenumbruch, den Tabulator oder das andere unsichtbare Steuerzeichen aus diesem Feld.</translation>
    </message>
    <message>
        <source>This field contains a broken character. Retype the text instead of pasting it.</source>
        <translation>Dieses Feld enthält ein beschädigtes Zeichen. Tippen Sie den Text ab, statt ihn einzufügen.</translation>
    </message>
    <message>
        <source>Enter the state, province or region.</source>
        <translation>Geben Sie das Bundesland, die Provinz oder die Region ein.</translation>
    </message>
    <message>
        <source>Enter the two-letter state code, like NY or CA.</source>
        <translation>Geben Sie den zweistelligen Code des Bundesstaats ein, z. B. NY oder CA.</translation>
    </message>
    <message>
        <source>Enter the two-letter province code, like ON or QC.</source>
        <translation>Geben Sie den zweistelligen Code der Provinz ein, z. B. ON oder QC.</translation>
    </message>
    <message>
        <source>Enter the postcode (ZIP code) of the billing address.</source>
        <translation>Geben Sie die Postleitzahl der Rechnungsadresse ein.</translation>
    </message>
    <message numerus="yes">
        <source>The postcode is too long: it can have at most %n characters.</source>
        <translation>
            <numerusform>Die Postleitzahl ist zu lang: Sie darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Die Postleitzahl ist zu lang: Sie darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The postcode can contain only letters, digits, spaces and dashes.</source>
        <translation>Die Postleitzahl darf nur Buchstaben, Ziffern, Leerzeichen und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>Enter the ZIP code as 5 digits, like 90210, or as ZIP+4, like 90210-1234.</source>
        <translation>Geben Sie die ZIP-Postleitzahl mit 5 Ziffern ein, z. B. 90210, oder als ZIP+4, z. B. 90210-1234.</translation>
    </message>
    <message>
        <source>This postcode does not have the form used in the selected country, like %1.</source>
        <translation>Diese Postleitzahl hat nicht die Form, die im gewählten Land üblich ist, z. B. %1.</translation>
    </message>
    <message>
        <source>Enter the order reference.</source>
        <translation>Geben Sie die Bestellreferenz ein.</translation>
    </message>
    <message numerus="yes">
        <source>The order reference can have at most %n characters.</source>
        <translation>
            <numerusform>Die Bestellreferenz darf höchstens %n Zeichen haben.</numerusform>
            <numerusform>Die Bestellreferenz darf höchstens %n Zeichen haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order reference can contain only letters A-Z, digits, dots, underscores, colons and dashes.</source>
        <translation>Die Bestellreferenz darf nur die Buchstaben A–Z, Ziffern, Punkte, Unterstriche, Doppelpunkte und Bindestriche enthalten.</translation>
    </message>
    <message>
        <source>This field contains a code that is not a character (such as U+FFFF). Retype the text instead of pasting it.</source>
        <translation>Dieses Feld enthält einen Code, der kein Zeichen ist (etwa U+FFFF). Tippen Sie den Text ab, statt ihn einzufügen.</translation>
    </message>
    <message>
        <source>This field contains a private-use character that only some programs can show. Retype the text instead of pasting it.</source>
        <translation>Dieses Feld enthält ein Zeichen für private Nutzung, das nur manche Programme anzeigen können. Tippen Sie den Text ab, statt ihn einzufügen.</translation>
    </message>
    <message>
        <source>This field holds only invisible characters (such as zero-width spaces); type the text.</source>
        <translation>Dieses Feld enthält nur unsichtbare Zeichen (etwa Leerzeichen ohne Breite); geben Sie den Text ein.</translation>
    </message>
</context>
<context>
    <name>pavt::GatewayClient</name>
    <message>
        <source>No secret key is configured.</source>
        <translation>Es ist kein geheimer Schlüssel eingerichtet.</translation>
    </message>
    <message>
        <source>The secret key must start with PA_TEST_ (test) or PA_LIVE_ (live).</source>
        <translation>Der geheime Schlüssel muss mit PA_TEST_ (Test) oder PA_LIVE_ (live) beginnen.</translation>
    </message>
    <message>
        <source>The gateway address is not a valid URL.</source>
        <translation>Die Gateway-Adresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The gateway address must use https:// (plain http is allowed only to this computer).</source>
        <translation>Die Gateway-Adresse muss https:// verwenden (unverschlüsseltes http ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>The transaction id is not valid.</source>
        <translation>Die Transaktions-ID ist ungültig.</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>Geben Sie einen Grund für die Erstattung an.</translation>
    </message>
    <message>
        <source>Give a valid date range (from on or before to).</source>
        <translation>Geben Sie einen gültigen Zeitraum an (Beginn am oder vor dem Ende).</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was larger than %1 KiB and was cut off; it could not be read.</source>
        <translation>Die Antwort des Gateways war größer als %1 KiB und wurde abgeschnitten; sie konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not reach the gateway within %1 seconds; nothing was sent.</source>
        <translation>Das Gateway war innerhalb von %1 Sekunden nicht erreichbar; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>No answer from the gateway within %1 seconds. The request was sent, so the charge may have gone through; it must be looked up, not sent again.</source>
        <translation>Keine Antwort vom Gateway innerhalb von %1 Sekunden. Die Anfrage wurde gesendet, die Belastung kann also durchgegangen sein; sie muss abgefragt, nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>No answer from the gateway within %1 seconds.</source>
        <translation>Keine Antwort vom Gateway innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate was not accepted, so nothing was sent: %1</source>
        <translation>Das Zertifikat des Gateways wurde nicht akzeptiert, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Could not reach the gateway, so nothing was sent: %1</source>
        <translation>Das Gateway war nicht erreichbar, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The connection to the gateway was lost after the request was sent; the charge may have gone through and must be looked up: %1</source>
        <translation>Die Verbindung zum Gateway brach ab, nachdem die Anfrage gesendet war; die Belastung kann durchgegangen sein und muss abgefragt werden: %1</translation>
    </message>
    <message>
        <source>The connection to the gateway was lost: %1</source>
        <translation>Die Verbindung zum Gateway brach ab: %1</translation>
    </message>
    <message>
        <source>No templates in the test environment: payment templates exist only with a live key (PA_LIVE_).</source>
        <translation>Keine Vorlagen in der Testumgebung: Zahlungsvorlagen gibt es nur mit einem Live-Schlüssel (PA_LIVE_).</translation>
    </message>
    <message>
        <source>No answer from the gateway within %1 seconds. The request was sent, so the payment may have been created; it must be looked up, not created again.</source>
        <translation>Keine Antwort vom Gateway innerhalb von %1 Sekunden. Die Anfrage wurde gesendet, die Zahlung kann also angelegt worden sein; sie muss abgefragt, nicht erneut angelegt werden.</translation>
    </message>
    <message>
        <source>The connection to the gateway was lost after the request was sent; the payment may have been created and must be looked up: %1</source>
        <translation>Die Verbindung zum Gateway brach ab, nachdem die Anfrage gesendet war; die Zahlung kann angelegt worden sein und muss abgefragt werden: %1</translation>
    </message>
    <message>
        <source>Partial refunds are turned off in the settings; only a whole charge can be refunded.</source>
        <translation>Teilerstattungen sind in den Einstellungen ausgeschaltet; nur eine ganze Zahlung kann erstattet werden.</translation>
    </message>
    <message>
        <source>The refund&apos;s currency is not known.</source>
        <translation>Die Währung der Erstattung ist nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>pavt::GatewayOutcome</name>
    <message>
        <source>The gateway could not read the request (HTTP 400).</source>
        <translation>Das Gateway konnte die Anfrage nicht lesen (HTTP 400).</translation>
    </message>
    <message>
        <source>The gateway refused the secret key (HTTP 401). Check the credentials in Settings.</source>
        <translation>Das Gateway hat den geheimen Schlüssel abgelehnt (HTTP 401). Prüfen Sie die Zugangsdaten in den Einstellungen.</translation>
    </message>
    <message>
        <source>The gateway rejected some fields of the request (HTTP %1).</source>
        <translation>Das Gateway hat einige Felder der Anfrage zurückgewiesen (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway blocked this request (HTTP 403).</source>
        <translation>Das Gateway hat diese Anfrage gesperrt (HTTP 403).</translation>
    </message>
    <message>
        <source>The gateway does not know this transaction or address (HTTP 404).</source>
        <translation>Das Gateway kennt diese Transaktion oder Adresse nicht (HTTP 404).</translation>
    </message>
    <message>
        <source>The gateway had an internal error (HTTP %1).</source>
        <translation>Das Gateway hatte einen internen Fehler (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway answered HTTP %1.</source>
        <translation>Das Gateway antwortete mit HTTP %1.</translation>
    </message>
    <message>
        <source>The gateway gave an unexpected answer (HTTP %1).</source>
        <translation>Das Gateway gab eine unerwartete Antwort (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway answered with an empty body.</source>
        <translation>Das Gateway antwortete mit einem leeren Inhalt.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer could not be read (not JSON).</source>
        <translation>Die Antwort des Gateways konnte nicht gelesen werden (kein JSON).</translation>
    </message>
    <message>
        <source>The payment was declined; the gateway gave no reason.</source>
        <translation>Die Zahlung wurde abgelehnt; das Gateway nannte keinen Grund.</translation>
    </message>
    <message>
        <source>The gateway asked for 3-D Secure but gave no usable address.</source>
        <translation>Das Gateway verlangte 3-D Secure, gab aber keine verwendbare Adresse an.</translation>
    </message>
    <message>
        <source>The gateway answered with an unknown status &quot;%1&quot;.</source>
        <translation>Das Gateway antwortete mit einem unbekannten Status „%1“.</translation>
    </message>
    <message>
        <source>The gateway refused to create the payment link; it gave no reason.</source>
        <translation>Das Gateway hat das Anlegen des Zahlungslinks abgelehnt und keinen Grund genannt.</translation>
    </message>
    <message>
        <source>The gateway answered without a usable address for the payment link, so there is no link to hand the cardholder. It may have been created: look for its order id in the transaction list before making another.</source>
        <translation>Das Gateway hat ohne brauchbare Adresse für den Zahlungslink geantwortet, es gibt also keinen Link für den Karteninhaber. Er kann angelegt worden sein: Suchen Sie seine Bestellnummer in der Transaktionsliste, bevor Sie einen weiteren anlegen.</translation>
    </message>
    <message>
        <source>The gateway answered without a usable address for the payment page, so there is nothing to hand the cardholder. The payment may have been created: look it up before making another.</source>
        <translation>Das Gateway hat ohne brauchbare Adresse für die Zahlungsseite geantwortet, es gibt also nichts, was der Karteninhaber bekommen kann. Die Zahlung kann angelegt worden sein: Fragen Sie sie ab, bevor Sie eine weitere anlegen.</translation>
    </message>
</context>
<context>
    <name>pavt::HistoryModel</name>
    <message>
        <source>Refund requested</source>
        <translation>Erstattung angefordert</translation>
    </message>
    <message>
        <source>Refunded %1</source>
        <translation>Erstattet %1</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Refund failed</source>
        <translation>Erstattung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Karteninhaber</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Template&apos;s amount</source>
        <translation>Betrag der Vorlage</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Partly refunded: %1 of %2</source>
        <translation>Teilweise erstattet: %1 von %2</translation>
    </message>
</context>
<context>
    <name>pavt::Journal</name>
    <message>
        <source>A charge needs an order id (at most 128 characters) to be journalled.</source>
        <translation>Eine Belastung braucht eine Bestellnummer (höchstens 128 Zeichen), um im Journal erfasst zu werden.</translation>
    </message>
    <message>
        <source>A charge needs a currency and an environment to be journalled.</source>
        <translation>Eine Belastung braucht eine Währung und eine Umgebung, um im Journal erfasst zu werden.</translation>
    </message>
    <message>
        <source>A charge needs the card&apos;s last four digits to be journalled.</source>
        <translation>Eine Belastung braucht die letzten vier Ziffern der Karte, um im Journal erfasst zu werden.</translation>
    </message>
    <message>
        <source>The journal already has a charge with order id %1; an order id is used once.</source>
        <translation>Das Journal enthält bereits eine Belastung mit der Bestellnummer %1; eine Bestellnummer wird nur einmal verwendet.</translation>
    </message>
    <message>
        <source>Entry %1 was already completed (%2).</source>
        <translation>Eintrag %1 wurde bereits abgeschlossen (%2).</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>Geben Sie einen Grund für die Erstattung an.</translation>
    </message>
    <message>
        <source>Only an approved charge can be refunded; this one is %1.</source>
        <translation>Nur eine genehmigte Belastung kann erstattet werden; diese ist: %1.</translation>
    </message>
    <message>
        <source>This charge has already been refunded.</source>
        <translation>Diese Belastung wurde bereits erstattet.</translation>
    </message>
    <message>
        <source>A refund of this charge is already on its way; wait for its answer.</source>
        <translation>Eine Erstattung dieser Belastung ist bereits unterwegs; warten Sie auf deren Antwort.</translation>
    </message>
    <message>
        <source>This charge has no transaction id to refund.</source>
        <translation>Diese Belastung hat keine Transaktions-ID, die erstattet werden könnte.</translation>
    </message>
    <message>
        <source>No refund of entry %1 is waiting for an answer.</source>
        <translation>Keine Erstattung von Eintrag %1 wartet auf eine Antwort.</translation>
    </message>
    <message>
        <source>The terminal stopped before the gateway&apos;s answer arrived; the charge may have gone through. It is being looked up; do not charge again.</source>
        <translation>Das Terminal wurde beendet, bevor die Antwort des Gateways eintraf; die Belastung kann durchgegangen sein. Sie wird abgefragt; nicht erneut belasten.</translation>
    </message>
    <message>
        <source>The journal is set to PostgreSQL but no connection is configured.</source>
        <translation>Das Journal ist auf PostgreSQL eingestellt, aber es ist keine Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>The journal&apos;s connection string must not contain a password: keep the password in the keychain (or in ~/.pgpass).</source>
        <translation>Die Verbindungszeichenfolge des Journals darf kein Passwort enthalten: Bewahren Sie das Passwort im Schlüsselbund (oder in ~/.pgpass) auf.</translation>
    </message>
    <message>
        <source>The journal&apos;s port &quot;%1&quot; is not a port number.</source>
        <translation>Der Port „%1“ des Journals ist keine Portnummer.</translation>
    </message>
    <message>
        <source>The journal&apos;s address is not a valid URL.</source>
        <translation>Die Adresse des Journals ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The journal&apos;s PostgreSQL connection names neither a host nor a database.</source>
        <translation>Die PostgreSQL-Verbindung des Journals nennt weder einen Host noch eine Datenbank.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation>Der PostgreSQL-Treiber für Qt (QPSQL, Debian-Paket libqt6sql6-psql) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE, Debian package libqt6sql6-sqlite) is not installed.</source>
        <translation>Der SQLite-Treiber für Qt (QSQLITE, Debian-Paket libqt6sql6-sqlite) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Cannot create the journal&apos;s folder %1.</source>
        <translation>Der Ordner %1 für das Journal kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation>Das Journal %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the journal (%1): %2</source>
        <translation>Das Journal (%1) kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The journal has schema version %1; this program needs %2.</source>
        <translation>Das Journal hat die Schemaversion %1; dieses Programm braucht %2.</translation>
    </message>
    <message>
        <source>The journal&apos;s file system does not support SQLite&apos;s write-ahead log (got &quot;%1&quot;).</source>
        <translation>Das Dateisystem des Journals unterstützt das Write-Ahead-Log von SQLite nicht (Antwort „%1“).</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of the terminal (schema %1; this version knows up to %2). Update the terminal.</source>
        <translation>Das Journal wurde von einer neueren Version des Terminals geschrieben (Schema %1; diese Version kennt bis %2). Aktualisieren Sie das Terminal.</translation>
    </message>
    <message>
        <source>The journal has an unknown schema version %1.</source>
        <translation>Das Journal hat eine unbekannte Schemaversion %1.</translation>
    </message>
    <message>
        <source>The journal did not return the new entry&apos;s number.</source>
        <translation>Das Journal hat die Nummer des neuen Eintrags nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>The journal has no entry number %1.</source>
        <translation>Das Journal hat keinen Eintrag mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The journal could not set up the database: %1</source>
        <translation>Das Journal konnte die Datenbank nicht einrichten: %1</translation>
    </message>
    <message>
        <source>The journal could not set up the connection to the database: %1</source>
        <translation>Das Journal konnte die Verbindung zur Datenbank nicht einrichten: %1</translation>
    </message>
    <message>
        <source>The journal could not set how durably changes are saved: %1</source>
        <translation>Das Journal konnte nicht festlegen, wie dauerhaft Änderungen gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The journal could not run a statement: %1</source>
        <translation>Das Journal konnte eine Anweisung nicht ausführen: %1</translation>
    </message>
    <message>
        <source>The journal could not prepare a statement: %1</source>
        <translation>Das Journal konnte eine Anweisung nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>The journal could not start a transaction: %1</source>
        <translation>Das Journal konnte keine Transaktion beginnen: %1</translation>
    </message>
    <message>
        <source>The journal could not save a transaction: %1</source>
        <translation>Das Journal konnte eine Transaktion nicht abschließen: %1</translation>
    </message>
    <message>
        <source>The journal could not read its schema version: %1</source>
        <translation>Das Journal konnte seine Schemaversion nicht lesen: %1</translation>
    </message>
    <message>
        <source>The journal could not lock its schema for an update: %1</source>
        <translation>Das Journal konnte sein Schema für die Aktualisierung nicht sperren: %1</translation>
    </message>
    <message>
        <source>The journal could not create its tables: %1</source>
        <translation>Das Journal konnte seine Tabellen nicht anlegen: %1</translation>
    </message>
    <message>
        <source>The journal could not migrate its schema to this version: %1</source>
        <translation>Das Journal konnte sein Schema nicht auf diese Version umstellen: %1</translation>
    </message>
    <message>
        <source>The journal could not record its schema version: %1</source>
        <translation>Das Journal konnte seine Schemaversion nicht vermerken: %1</translation>
    </message>
    <message>
        <source>The journal could not write the entry: %1</source>
        <translation>Das Journal konnte den Eintrag nicht schreiben: %1</translation>
    </message>
    <message>
        <source>The journal could not write the entries: %1</source>
        <translation>Das Journal konnte die Einträge nicht schreiben: %1</translation>
    </message>
    <message>
        <source>The journal could not read its entries: %1</source>
        <translation>Das Journal konnte seine Einträge nicht lesen: %1</translation>
    </message>
    <message>
        <source>The journal could not update the entry: %1</source>
        <translation>Das Journal konnte den Eintrag nicht aktualisieren: %1</translation>
    </message>
    <message>
        <source>The journal could not look for interrupted charges: %1</source>
        <translation>Das Journal konnte nicht nach unterbrochenen Belastungen suchen: %1</translation>
    </message>
    <message>
        <source>The journal could not search its entries: %1</source>
        <translation>Das Journal konnte seine Einträge nicht durchsuchen: %1</translation>
    </message>
    <message>
        <source>The journal could not add up its entries: %1</source>
        <translation>Das Journal konnte seine Einträge nicht zusammenzählen: %1</translation>
    </message>
    <message>
        <source>The journal could not count its entries: %1</source>
        <translation>Das Journal konnte seine Einträge nicht zählen: %1</translation>
    </message>
    <message>
        <source>The journal (%1) records two schema versions that disagree: %2 in its schema_version table and %3 in the file&apos;s user_version. Another program has changed it, or it is damaged; it was left as it is. Restore a backup, or see the administrator&apos;s guide (the journal).</source>
        <translation>Das Journal (%1) verzeichnet zwei Schemaversionen, die nicht übereinstimmen: %2 in seiner Tabelle schema_version und %3 in der user_version der Datei. Ein anderes Programm hat es verändert, oder es ist beschädigt; es wurde so belassen, wie es ist. Stellen Sie eine Sicherung wieder her oder lesen Sie im Administratorhandbuch nach (das Journal).</translation>
    </message>
    <message>
        <source>The journal (%1) was opened without its check, so nothing can be charged through it.</source>
        <translation>Das Journal (%1) wurde ohne seine Prüfung geöffnet, daher kann darüber nichts belastet werden.</translation>
    </message>
    <message>
        <source>The journal (%1) is still being checked; nothing can be charged until the check has passed. Try again in a moment.</source>
        <translation>Das Journal (%1) wird noch geprüft; bis die Prüfung bestanden ist, kann nichts belastet werden. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The journal could not check its file: %1</source>
        <translation>Das Journal konnte seine Datei nicht prüfen: %1</translation>
    </message>
    <message>
        <source>The journal (%1) is damaged (%2), so nothing can be charged. Close the terminal, keep a copy of the file and see the administrator&apos;s guide (a damaged journal).</source>
        <translation>Das Journal (%1) ist beschädigt (%2), daher kann nichts belastet werden. Schließen Sie das Terminal, bewahren Sie eine Kopie der Datei auf und lesen Sie im Administratorhandbuch nach (ein beschädigtes Journal).</translation>
    </message>
    <message>
        <source>SQLite&apos;s check gave no answer</source>
        <translation>die Prüfung von SQLite hat keine Antwort gegeben</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1 und %n weiteres Problem</numerusform>
            <numerusform>%1 und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal cannot use %1: it must be a file, and it is not (a folder, perhaps). Move it out of the way and start again.</source>
        <translation>Das Journal kann %1 nicht verwenden: Dort muss eine Datei sein, und es ist keine (vielleicht ein Ordner). Schaffen Sie es aus dem Weg und starten Sie erneut.</translation>
    </message>
    <message>
        <source>The journal&apos;s folder %1 belongs to another user (%2), and this user (%3) may not write to it. Give the folder to %3 (for example: chown -R %3 &quot;%1&quot;) or use another data folder (PAVT_DATA_DIR), and start again.</source>
        <translation>Der Ordner des Journals %1 gehört einem anderen Benutzer (%2), und dieser Benutzer (%3) darf nicht hineinschreiben. Übergeben Sie den Ordner an %3 (zum Beispiel: chown -R %3 &quot;%1&quot;) oder verwenden Sie einen anderen Datenordner (PAVT_DATA_DIR), und starten Sie erneut.</translation>
    </message>
    <message>
        <source>The journal&apos;s file %1 belongs to another user (%2), and this user (%3) may not use it. Once no program of %2 has the journal open, give the file to %3 (for example: chown %3 &quot;%1&quot;) and start again.</source>
        <translation>Die Datei des Journals %1 gehört einem anderen Benutzer (%2), und dieser Benutzer (%3) darf sie nicht verwenden. Sobald kein Programm von %2 das Journal geöffnet hat, übergeben Sie die Datei an %3 (zum Beispiel: chown %3 &quot;%1&quot;) und starten Sie erneut.</translation>
    </message>
    <message>
        <source>The journal cannot use %1: it may not be read or written, and its rights could not be given back (%2). Give it the rights 0600 (a folder 0700) and start again.</source>
        <translation>Das Journal kann %1 nicht verwenden: Es darf weder gelesen noch geschrieben werden, und seine Rechte ließen sich nicht wiederherstellen (%2). Geben Sie ihm die Rechte 0600 (einem Ordner 0700) und starten Sie erneut.</translation>
    </message>
    <message>
        <source>The journal&apos;s database (%1) cannot be reached: %2</source>
        <translation>Die Datenbank des Journals (%1) ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>A payment by link is journalled with its expiry and without card data.</source>
        <translation>Eine Zahlung per Link wird mit ihrem Ablauf und ohne Kartendaten protokolliert.</translation>
    </message>
    <message>
        <source>A refund&apos;s amount must be above zero.</source>
        <translation>Der Betrag einer Erstattung muss über null liegen.</translation>
    </message>
    <message>
        <source>This charge has been charged back; it cannot be refunded.</source>
        <translation>Diese Zahlung wurde zurückgebucht; sie kann nicht erstattet werden.</translation>
    </message>
    <message>
        <source>Only %1 of this charge is left to refund.</source>
        <translation>Von dieser Zahlung sind nur noch %1 zu erstatten.</translation>
    </message>
    <message>
        <source>The batch of refunds could not be written or read: %1</source>
        <translation>Der Stapel der Erstattungen konnte nicht geschrieben oder gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>pavt::JournalEntry</name>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Waiting for 3-D Secure</source>
        <translation>Wartet auf 3-D Secure</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Gateway error (checking)</source>
        <translation>Gateway-Fehler (wird geprüft)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Unknown (checking)</source>
        <translation>Unbekannt (wird geprüft)</translation>
    </message>
    <message>
        <source>Unresolved: check by hand</source>
        <translation>Ungeklärt: von Hand prüfen</translation>
    </message>
    <message>
        <source>The last four digits must be exactly four digits.</source>
        <translation>Die letzten vier Ziffern müssen genau vier Ziffern sein.</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>Der erste Tag darf nicht nach dem letzten Tag liegen.</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Wartet auf Zahlung</translation>
    </message>
    <message>
        <source>Link expired (not followed)</source>
        <translation>Link abgelaufen (nicht mehr verfolgt)</translation>
    </message>
    <message>
        <source>Card details</source>
        <translation>Kartendaten</translation>
    </message>
    <message>
        <source>Link: card page</source>
        <translation>Link: Kartenseite</translation>
    </message>
    <message>
        <source>Link: other methods</source>
        <translation>Link: andere Zahlarten</translation>
    </message>
    <message>
        <source>Link: template</source>
        <translation>Link: Vorlage</translation>
    </message>
</context>
<context>
    <name>pavt::JournalReader</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pavt::LinkFollower</name>
    <message>
        <source>The gateway&apos;s transaction list could not be read, so the open payment links were not checked: %1</source>
        <translation>Die Transaktionsliste des Gateways konnte nicht gelesen werden, daher wurden die offenen Zahlungslinks nicht geprüft: %1</translation>
    </message>
    <message>
        <source>The cardholder paid on the gateway&apos;s page (status call: %1).</source>
        <translation>Der Karteninhaber hat auf der Seite des Gateways bezahlt (Statusabfrage: %1).</translation>
    </message>
    <message>
        <source>The payment on the gateway&apos;s page failed: %1</source>
        <translation>Die Zahlung auf der Seite des Gateways ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The cardholder paid on the gateway&apos;s page (found in the transaction list).</source>
        <translation>Der Karteninhaber hat auf der Seite des Gateways bezahlt (in der Transaktionsliste gefunden).</translation>
    </message>
    <message>
        <source>The payment on the gateway&apos;s page failed (found in the transaction list).</source>
        <translation>Die Zahlung auf der Seite des Gateways ist fehlgeschlagen (in der Transaktionsliste gefunden).</translation>
    </message>
    <message>
        <source>The link exists at the gateway (found by its order id in the transaction list), but its address never came back, so it cannot be handed to the customer. Make a new link if the customer still wants to pay.</source>
        <translation>Der Link existiert beim Gateway (über seine Bestellnummer in der Transaktionsliste gefunden), aber seine Adresse kam nie zurück; er kann dem Kunden daher nicht gegeben werden. Erstellen Sie einen neuen Link, wenn der Kunde noch zahlen möchte.</translation>
    </message>
    <message>
        <source>The gateway shows this payment as refunded.</source>
        <translation>Das Gateway zeigt diese Zahlung als erstattet an.</translation>
    </message>
    <message>
        <source>Not paid by %1, so the terminal stopped following this link. The gateway was not asked to cancel it: if the customer pays after all, the payment shows in the gateway&apos;s transaction list, and Check now in the history looks it up.</source>
        <translation>Bis %1 nicht bezahlt, daher verfolgt das Terminal diesen Link nicht mehr. Das Gateway wurde nicht gebeten, ihn zu stornieren: Zahlt der Kunde doch noch, erscheint die Zahlung in der Transaktionsliste des Gateways, und „Jetzt prüfen“ im Verlauf sucht sie.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer to this link was lost and the link was not found in the transaction list by %1. Check the order at the gateway by hand before making another link.</source>
        <translation>Die Antwort des Gateways zu diesem Link ging verloren, und der Link wurde bis %1 nicht in der Transaktionsliste gefunden. Prüfen Sie die Bestellung beim Gateway von Hand, bevor Sie einen weiteren Link erstellen.</translation>
    </message>
</context>
<context>
    <name>pavt::Money</name>
    <message>
        <source>The amount is too long: it has more than %1 characters.</source>
        <translation>Der Betrag ist zu lang: Er hat mehr als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The amount can contain only digits, one decimal sign and thousands separators, without a sign or a currency code or symbol.</source>
        <translation>Der Betrag darf nur Ziffern, ein Dezimalzeichen und Tausendertrennzeichen enthalten, ohne Vorzeichen, Währungscode oder Währungssymbol.</translation>
    </message>
    <message>
        <source>The amount has no digits.</source>
        <translation>Der Betrag enthält keine Ziffern.</translation>
    </message>
    <message>
        <source>The amount has more than one decimal sign.</source>
        <translation>Der Betrag hat mehr als ein Dezimalzeichen.</translation>
    </message>
    <message>
        <source>The amount has a thousands separator after its decimal sign.</source>
        <translation>Der Betrag hat ein Tausendertrennzeichen nach dem Dezimalzeichen.</translation>
    </message>
    <message>
        <source>A thousands separator or decimal sign is in the wrong place: thousands separators go between groups of three digits.</source>
        <translation>Ein Tausendertrennzeichen oder Dezimalzeichen steht an der falschen Stelle: Tausendertrennzeichen stehen zwischen Dreiergruppen von Ziffern.</translation>
    </message>
    <message>
        <source>%1 has no decimal places.</source>
        <translation>%1 hat keine Nachkommastellen.</translation>
    </message>
    <message>
        <source>%1 allows at most 1 decimal place.</source>
        <translation>%1 erlaubt höchstens 1 Nachkommastelle.</translation>
    </message>
    <message numerus="yes">
        <source>%1 allows at most %n decimal places.</source>
        <translation>
            <numerusform>%1 erlaubt höchstens %n Nachkommastelle.</numerusform>
            <numerusform>%1 erlaubt höchstens %n Nachkommastellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) cannot be charged: it has no minor unit.</source>
        <translation>%1 (%2) kann nicht belastet werden: Die Währung hat keine Untereinheit.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The amount is too large: at most %1 can be charged.</source>
        <translation>Der Betrag ist zu hoch: Es können höchstens %1 belastet werden.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
</context>
<context>
    <name>pavt::Password</name>
    <message>
        <source>The password could not be hashed: %1</source>
        <translation>Das Passwort konnte nicht gehasht werden: %1</translation>
    </message>
    <message>
        <source>The password hashing parameters are out of range.</source>
        <translation>Die Parameter für das Passwort-Hashing liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Der Zufallszahlengenerator des Systems ist ausgefallen.</translation>
    </message>
    <message>
        <source>The account&apos;s stored password hash cannot be read.</source>
        <translation>Der gespeicherte Passwort-Hash des Kontos ist nicht lesbar.</translation>
    </message>
    <message>
        <source>A password must not contain control characters.</source>
        <translation>Ein Passwort darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Ein Passwort braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A password may have at most %1 characters.</source>
        <translation>Ein Passwort darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>A password must not be the account&apos;s name.</source>
        <translation>Ein Passwort darf nicht der Name des Kontos sein.</translation>
    </message>
</context>
<context>
    <name>pavt::PayloadCipher</name>
    <message>
        <source>The encryption key must be exactly 32 characters (bytes); this one has %1.</source>
        <translation>Der Verschlüsselungsschlüssel muss genau 32 Zeichen (Bytes) lang sein; dieser hat %1.</translation>
    </message>
    <message>
        <source>The initialisation vector must be 16 bytes.</source>
        <translation>Der Initialisierungsvektor muss 16 Bytes lang sein.</translation>
    </message>
    <message>
        <source>The payload is too large to encrypt.</source>
        <translation>Die Nutzdaten sind zu groß zum Verschlüsseln.</translation>
    </message>
    <message>
        <source>The payload could not be decrypted: wrong key or corrupted data (bad padding).</source>
        <translation>Die Nutzdaten konnten nicht entschlüsselt werden: falscher Schlüssel oder beschädigte Daten (ungültiges Padding).</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed: %1</source>
        <translation>Der Zufallszahlengenerator des Systems ist ausgefallen: %1</translation>
    </message>
    <message>
        <source>The payload is not of the form iv:ciphertext (no colon).</source>
        <translation>Die Nutzdaten haben nicht die Form iv:ciphertext (kein Doppelpunkt).</translation>
    </message>
    <message>
        <source>The payload&apos;s IV must be 32 hexadecimal digits.</source>
        <translation>Der IV der Nutzdaten muss aus 32 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>The payload&apos;s ciphertext is not hexadecimal.</source>
        <translation>Der Chiffretext der Nutzdaten ist nicht hexadezimal.</translation>
    </message>
    <message>
        <source>The payload&apos;s ciphertext is not a whole number of 16-byte blocks.</source>
        <translation>Der Chiffretext der Nutzdaten besteht nicht aus ganzen 16-Byte-Blöcken.</translation>
    </message>
</context>
<context>
    <name>pavt::PaymentLink</name>
    <message>
        <source>Choose the payment template the link is made from.</source>
        <translation>Wählen Sie die Zahlungsvorlage, aus der der Link erstellt wird.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero, or none for the template&apos;s amount.</source>
        <translation>Geben Sie einen Betrag größer als null ein oder keinen für den Betrag der Vorlage.</translation>
    </message>
    <message>
        <source>Give the currency of the amount.</source>
        <translation>Geben Sie die Währung des Betrags an.</translation>
    </message>
    <message>
        <source>The link&apos;s expiry date %1 is in the past: give today or a later day.</source>
        <translation>Das Ablaufdatum %1 des Links liegt in der Vergangenheit: Geben Sie heute oder einen späteren Tag an.</translation>
    </message>
    <message>
        <source>Nothing was sent: the payment link needs attention: %1</source>
        <translation>Nichts wurde gesendet; der Zahlungslink muss geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>pavt::PaymentRequest</name>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Bundesland / Region</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>customer IP address</source>
        <translation>IP-Adresse des Kunden</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>security code (CVV)</source>
        <translation>Kartenprüfnummer (CVV)</translation>
    </message>
    <message>
        <source>redirect URL</source>
        <translation>Weiterleitungs-URL</translation>
    </message>
    <message>
        <source>webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>terminal id</source>
        <translation>Terminal-ID</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not an ISO 3166 country.</source>
        <translation>Das Land „%1“ ist kein Land nach ISO 3166.</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not an ISO 4217 currency that can be charged.</source>
        <translation>Die Währung „%1“ ist keine belastbare Währung nach ISO 4217.</translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at offset %2.</source>
        <translation>Die Anfrage ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The request must be one JSON object.</source>
        <translation>Die Anfrage muss genau ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>&quot;amount&quot; must be an integer number of minor units (1250 for 12.50)</source>
        <translation>„amount“ muss eine ganze Zahl in kleinen Währungseinheiten sein (1250 für 12,50)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>„%1“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>The request has problems: %1.</source>
        <translation>Die Anfrage hat Probleme: %1.</translation>
    </message>
    <message>
        <source>The request gives &quot;%1&quot; more than once; give each field once.</source>
        <translation>Die Anfrage gibt „%1“ mehr als einmal an; geben Sie jedes Feld nur einmal an.</translation>
    </message>
</context>
<context>
    <name>pavt::Permissions</name>
    <message>
        <source>Your account may not charge cards (roles that may: %1).</source>
        <translation>Ihr Konto darf keine Karten belasten (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may not create payment links (roles that may: %1).</source>
        <translation>Ihr Konto darf keine Zahlungslinks erstellen (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may not look at the journal&apos;s entries (roles that may: %1).</source>
        <translation>Ihr Konto darf die Einträge des Journals nicht ansehen (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may not print receipts (roles that may: %1).</source>
        <translation>Ihr Konto darf keine Belege drucken (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may see only its own entries of today; other entries need one of these roles: %1.</source>
        <translation>Ihr Konto darf nur seine eigenen Einträge von heute sehen; andere Einträge erfordern eine dieser Rollen: %1.</translation>
    </message>
    <message>
        <source>Your account may not look up a charge&apos;s status (roles that may: %1).</source>
        <translation>Ihr Konto darf den Status einer Zahlung nicht abfragen (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may not list the gateway&apos;s transactions (roles that may: %1).</source>
        <translation>Ihr Konto darf die Transaktionen des Gateways nicht auflisten (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may not refund charges (roles that may: %1).</source>
        <translation>Ihr Konto darf keine Zahlungen erstatten (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>This account may not approve refunds (roles that may: %1).</source>
        <translation>Dieses Konto darf keine Erstattungen genehmigen (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may not reconcile the journal (roles that may: %1).</source>
        <translation>Ihr Konto darf das Journal nicht abgleichen (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may not export the journal (roles that may: %1).</source>
        <translation>Ihr Konto darf das Journal nicht exportieren (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may not make the end-of-day report (roles that may: %1).</source>
        <translation>Ihr Konto darf den Tagesabschluss nicht erstellen (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may not manage the operators&apos; accounts (roles that may: %1).</source>
        <translation>Ihr Konto darf die Konten der Bediener nicht verwalten (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may not change settings (roles that may: %1).</source>
        <translation>Ihr Konto darf keine Einstellungen ändern (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may not change the merchant&apos;s keys (roles that may: %1).</source>
        <translation>Ihr Konto darf die Schlüssel des Händlers nicht ändern (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may not read the audit trail (roles that may: %1).</source>
        <translation>Ihr Konto darf das Prüfprotokoll nicht lesen (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may not verify the audit trail (roles that may: %1).</source>
        <translation>Ihr Konto darf das Prüfprotokoll nicht prüfen (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may not settle the day against the gateway (roles that may: %1).</source>
        <translation>Ihr Konto darf den Tag nicht mit dem Gateway abgleichen (Rollen, die es dürfen: %1).</translation>
    </message>
    <message>
        <source>Your account may not refund charges from a file (roles that may: %1).</source>
        <translation>Ihr Konto darf keine Zahlungen aus einer Datei erstatten (Rollen, die es dürfen: %1).</translation>
    </message>
</context>
<context>
    <name>pavt::Policy</name>
    <message>
        <source>The security policy could not be read: %1</source>
        <translation>Die Sicherheitsrichtlinie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The security policy could not be saved: %1</source>
        <translation>Die Sicherheitsrichtlinie konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The security policy&apos;s %1 cannot be %2: it must be a whole number from %3 to %4.</source>
        <translation>%1 der Sicherheitsrichtlinie kann nicht %2 sein: Es muss eine ganze Zahl von %3 bis %4 sein.</translation>
    </message>
    <message>
        <source>The journal&apos;s security policy has a rule %1 that this version of the terminal does not know.</source>
        <translation>Die Sicherheitsrichtlinie des Journals enthält eine Regel %1, die diese Version des Terminals nicht kennt.</translation>
    </message>
    <message>
        <source>The journal&apos;s security policy has a value for %1 that is not a number.</source>
        <translation>Die Sicherheitsrichtlinie des Journals hat für %1 einen Wert, der keine Zahl ist.</translation>
    </message>
    <message>
        <source>There is no security policy rule %1. The rules are: %2.</source>
        <translation>Es gibt keine Regel %1 in der Sicherheitsrichtlinie. Die Regeln sind: %2.</translation>
    </message>
    <message>
        <source>With accounts, the window locks after this many minutes without a key press or click (1 to 15).</source>
        <translation>Mit Konten sperrt sich das Fenster nach so vielen Minuten ohne Tastendruck oder Klick (1 bis 15).</translation>
    </message>
    <message>
        <source>Wrong passwords in a row that lock an account (1 to 10).</source>
        <translation>Falsche Passwörter in Folge, nach denen ein Konto gesperrt wird (1 bis 10).</translation>
    </message>
    <message>
        <source>How many minutes a locked-out account stays locked (30 to 1440).</source>
        <translation>Wie viele Minuten ein gesperrtes Konto gesperrt bleibt (30 bis 1440).</translation>
    </message>
    <message>
        <source>What a supervisor may refund without another supervisor&apos;s approval, per refund, in major units of the refund&apos;s currency (0: every refund needs an approval).</source>
        <translation>Was ein Supervisor ohne Freigabe eines anderen Supervisors erstatten darf, je Erstattung, in Haupteinheiten der Währung der Erstattung (0: jede Erstattung braucht eine Freigabe).</translation>
    </message>
    <message>
        <source>What a supervisor may refund without approval per day, in major units of the currency.</source>
        <translation>Was ein Supervisor ohne Freigabe pro Tag erstatten darf, in Haupteinheiten der Währung.</translation>
    </message>
    <message>
        <source>What finance staff may refund without a supervisor&apos;s approval, per refund, in major units of the refund&apos;s currency (0: every refund needs an approval).</source>
        <translation>Was die Buchhaltung ohne Freigabe eines Supervisors erstatten darf, je Erstattung, in Haupteinheiten der Währung der Erstattung (0: jede Erstattung braucht eine Freigabe).</translation>
    </message>
    <message>
        <source>What finance staff may refund without approval per day, in major units of the currency.</source>
        <translation>Was die Buchhaltung ohne Freigabe pro Tag erstatten darf, in Haupteinheiten der Währung.</translation>
    </message>
</context>
<context>
    <name>pavt::Reconciler</name>
    <message>
        <source>The gateway&apos;s transaction list could not be read: %1</source>
        <translation>Die Transaktionsliste des Gateways konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Found by its order id in the gateway&apos;s transaction list (%1).</source>
        <translation>Über die Bestellnummer in der Transaktionsliste des Gateways gefunden (%1).</translation>
    </message>
    <message>
        <source>Order %1 is not in the gateway&apos;s transaction list for %2 to %3.</source>
        <translation>Bestellung %1 ist nicht in der Transaktionsliste des Gateways für %2 bis %3.</translation>
    </message>
    <message>
        <source>The gateway shows the refund.</source>
        <translation>Das Gateway zeigt die Erstattung.</translation>
    </message>
    <message>
        <source>The gateway shows no refund for this transaction; the request may not have arrived. It can be sent again.</source>
        <translation>Das Gateway zeigt keine Erstattung für diese Transaktion; die Anfrage ist möglicherweise nicht angekommen. Sie kann erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The status could not be read: %1</source>
        <translation>Der Status konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Looked up at the gateway: %1</source>
        <translation>Beim Gateway abgefragt: %1</translation>
    </message>
    <message>
        <source>3-D Secure is not completed yet.</source>
        <translation>3-D Secure ist noch nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The gateway shows this charge as refunded.</source>
        <translation>Das Gateway zeigt diese Belastung als erstattet.</translation>
    </message>
    <message numerus="yes">
        <source>Not settled after %n lookup(s); check this charge at the gateway by hand. Last: %1</source>
        <translation>
            <numerusform>Nach %n Abfrage nicht geklärt; prüfen Sie diese Belastung von Hand beim Gateway. Zuletzt: %1</numerusform>
            <numerusform>Nach %n Abfragen nicht geklärt; prüfen Sie diese Belastung von Hand beim Gateway. Zuletzt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The refund&apos;s outcome is still not known; check it at the gateway. Last: %1</source>
        <translation>Das Ergebnis der Erstattung ist weiterhin unbekannt; prüfen Sie es beim Gateway. Zuletzt: %1</translation>
    </message>
    <message>
        <source>The journal&apos;s entry could not be read.</source>
        <translation>Der Eintrag des Journals konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The gateway does not say whether this partial refund was made; check it at the gateway before refunding again.</source>
        <translation>Das Gateway sagt nicht, ob diese Teilerstattung gemacht wurde; prüfen Sie sie beim Gateway, bevor Sie erneut erstatten.</translation>
    </message>
</context>
<context>
    <name>pavt::RequestValidator</name>
    <message>
        <source>Choose the cardholder&apos;s country.</source>
        <translation>Wählen Sie das Land des Karteninhabers.</translation>
    </message>
    <message>
        <source>This is not a country of ISO 3166; type its name or its code, like GB or GBR.</source>
        <translation>Das ist kein Land nach ISO 3166; geben Sie seinen Namen oder Code ein, z. B. GB oder GBR.</translation>
    </message>
    <message>
        <source>Choose the currency.</source>
        <translation>Wählen Sie die Währung.</translation>
    </message>
    <message>
        <source>This is not an ISO 4217 currency code, like GBP or EUR.</source>
        <translation>Das ist kein Währungscode nach ISO 4217, wie GBP oder EUR.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be charged: it has no minor unit.</source>
        <translation>%1 (%2) kann nicht belastet werden: Die Währung hat keine Untereinheit.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Geben Sie einen Betrag größer als null ein.</translation>
    </message>
    <message>
        <source>The amount is larger than this terminal accepts.</source>
        <translation>Der Betrag ist höher, als dieses Terminal annimmt.</translation>
    </message>
    <message>
        <source>Enter the amount to charge.</source>
        <translation>Geben Sie den zu belastenden Betrag ein.</translation>
    </message>
    <message>
        <source>Choose a currency first.</source>
        <translation>Wählen Sie zuerst eine Währung.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s expiry date, like 12/27.</source>
        <translation>Geben Sie das Ablaufdatum der Karte ein, z. B. 12/27.</translation>
    </message>
    <message>
        <source>Nothing was sent: these fields need attention: %1.</source>
        <translation>Nichts wurde gesendet; diese Felder müssen geprüft werden: %1.</translation>
    </message>
    <message>
        <source>A payment by link must not carry a card number: the cardholder types the card on the payment page. A link request with card fields is refused before sending.</source>
        <translation>Eine Zahlung per Link darf keine Kartennummer enthalten: Der Karteninhaber gibt die Karte auf der Zahlungsseite ein. Eine Link-Anfrage mit Kartenfeldern wird vor dem Senden abgelehnt.</translation>
    </message>
    <message>
        <source>A payment by link must not carry a card expiry date. A link request with card fields is refused before sending.</source>
        <translation>Eine Zahlung per Link darf kein Ablaufdatum der Karte enthalten. Eine Link-Anfrage mit Kartenfeldern wird vor dem Senden abgelehnt.</translation>
    </message>
    <message>
        <source>A payment by link must not carry a security code (CVV). A link request with card fields is refused before sending.</source>
        <translation>Eine Zahlung per Link darf keine Kartenprüfnummer (CVV) enthalten. Eine Link-Anfrage mit Kartenfeldern wird vor dem Senden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>pavt::Session</name>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>Der Name oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many wrong passwords until %2; an administrator can unlock it by setting a new password.</source>
        <translation>Das Konto %1 ist nach zu vielen falschen Passwörtern bis %2 gesperrt; ein Administrator kann es entsperren, indem er ein neues Passwort setzt.</translation>
    </message>
    <message numerus="yes">
        <source>The name or the password is wrong. After %n wrong passwords the account is locked for %1 minutes.</source>
        <translation>
            <numerusform>Der Name oder das Passwort ist falsch. Nach %n falschem Passwort ist das Konto für %1 Minuten gesperrt.</numerusform>
            <numerusform>Der Name oder das Passwort ist falsch. Nach %n falschen Passwörtern ist das Konto für %1 Minuten gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an administrator.</source>
        <translation>Das Konto %1 ist deaktiviert: Wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <source>There are no accounts yet: the terminal runs without sign-in.</source>
        <translation>Es gibt noch keine Konten: Das Terminal läuft ohne Anmeldung.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Das neue Passwort muss sich vom bisherigen unterscheiden.</translation>
    </message>
    <message>
        <source>The session is locked: sign in again.</source>
        <translation>Die Sitzung ist gesperrt: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Change your password first: an administrator set it.</source>
        <translation>Ändern Sie zuerst Ihr Passwort: Ein Administrator hat es gesetzt.</translation>
    </message>
    <message>
        <source>Your account was disabled: you have been signed out.</source>
        <translation>Ihr Konto wurde deaktiviert: Sie wurden abgemeldet.</translation>
    </message>
    <message>
        <source>The journal has no charge for this transaction, so its amount is not known here: a supervisor must approve the refund.</source>
        <translation>Das Journal hat keine Zahlung zu dieser Transaktion, daher ist ihr Betrag hier nicht bekannt: Ein Supervisor muss die Erstattung genehmigen.</translation>
    </message>
    <message>
        <source>This refund is above your limit of %1 %2 per refund: a supervisor must approve it.</source>
        <translation>Diese Erstattung liegt über Ihrer Grenze von %1 %2 je Erstattung: Ein Supervisor muss sie genehmigen.</translation>
    </message>
    <message>
        <source>This refund would take you above your limit of %1 %2 of refunds a day: a supervisor must approve it.</source>
        <translation>Mit dieser Erstattung überschreiten Sie Ihre Grenze von %1 %2 Erstattungen am Tag: Ein Supervisor muss sie genehmigen.</translation>
    </message>
    <message>
        <source>A refund must be approved by another person, not by the one who asks for it.</source>
        <translation>Eine Erstattung muss von einer anderen Person genehmigt werden, nicht von der, die sie beantragt.</translation>
    </message>
</context>
<context>
    <name>pavt::Settings</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>an https:// address (http:// only to this computer)</source>
        <translation>eine https://-Adresse (http:// nur zu diesem Computer)</translation>
    </message>
    <message>
        <source>nothing, or an https:// address (http:// only to this computer)</source>
        <translation>nichts oder eine https://-Adresse (http:// nur zu diesem Computer)</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>an ISO 4217 currency code that can be charged, like GBP or EUR</source>
        <translation>ein ISO-4217-Währungscode, in dem belastet werden kann, etwa GBP oder EUR</translation>
    </message>
    <message>
        <source>an ISO 3166 country, like GB, GBR or United Kingdom</source>
        <translation>ein Land nach ISO 3166, etwa GB, GBR oder United Kingdom</translation>
    </message>
    <message>
        <source>nothing, or an IPv4 or IPv6 address</source>
        <translation>nichts oder eine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>text of at most %1 characters, without control characters</source>
        <translation>Text mit höchstens %1 Zeichen, ohne Steuerzeichen</translation>
    </message>
    <message>
        <source>nothing (the system&apos;s language) or %1</source>
        <translation>nichts (die Sprache des Systems) oder %1</translation>
    </message>
    <message>
        <source>a PostgreSQL connection (host=… dbname=… user=…) without a password</source>
        <translation>eine PostgreSQL-Verbindung (host=… dbname=… user=…) ohne Passwort</translation>
    </message>
    <message>
        <source>It is longer than %1 characters.</source>
        <translation>Der Wert ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>It contains control characters.</source>
        <translation>Der Wert enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>It is empty.</source>
        <translation>Der Wert ist leer.</translation>
    </message>
    <message>
        <source>It is not a whole number.</source>
        <translation>Der Wert ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3.</source>
        <translation>%1 liegt nicht zwischen %2 und %3.</translation>
    </message>
    <message>
        <source>It is not one of the allowed values.</source>
        <translation>Das ist keiner der erlaubten Werte.</translation>
    </message>
    <message>
        <source>It is not a currency that can be charged.</source>
        <translation>Es ist keine Währung, in der belastet werden kann.</translation>
    </message>
    <message>
        <source>It is not an ISO 3166 country.</source>
        <translation>Es ist kein Land nach ISO 3166.</translation>
    </message>
    <message>
        <source>It is not a language of the terminal.</source>
        <translation>Es ist keine Sprache des Terminals.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (no permission, or it is not a file). Nothing is charged until it can be read: give this user read and write access to it.</source>
        <translation>Die Einstellungsdatei %1 kann nicht gelesen werden (keine Berechtigung, oder sie ist keine Datei). Bis sie gelesen werden kann, wird nichts belastet: Geben Sie diesem Benutzer Lese- und Schreibrechte darauf.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged (a line that is not &quot;key=value&quot;, a stray quote, or binary data). Nothing is charged until it is corrected or removed; the terminal does not write to it meanwhile.</source>
        <translation>Die Einstellungsdatei %1 ist beschädigt (eine Zeile, die nicht „Schlüssel=Wert“ ist, ein verirrtes Anführungszeichen oder Binärdaten). Bis sie korrigiert oder entfernt ist, wird nichts belastet; das Terminal schreibt bis dahin nicht hinein.</translation>
    </message>
    <message>
        <source>The setting %1 in %2 is &quot;%3&quot;: %4 Allowed: %5.</source>
        <translation>Die Einstellung %1 in %2 ist „%3“: %4 Erlaubt: %5.</translation>
    </message>
    <message>
        <source>It is a list (a comma outside quotes).</source>
        <translation>Es ist eine Liste (ein Komma außerhalb von Anführungszeichen).</translation>
    </message>
    <message>
        <source>The settings file %1 has a setting %2 that the terminal does not know: did you mean %3? Until it is corrected, %3 has its default value.</source>
        <translation>Die Einstellungsdatei %1 enthält eine Einstellung %2, die das Terminal nicht kennt: Meinten Sie %3? Bis das korrigiert ist, hat %3 seinen Standardwert.</translation>
    </message>
    <message>
        <source>The settings file %1 has a setting %2 that the terminal does not know.</source>
        <translation>Die Einstellungsdatei %1 enthält eine Einstellung %2, die das Terminal nicht kennt.</translation>
    </message>
    <message>
        <source>The settings file %1 has %2, which the terminal no longer reads from a settings file: it is the journal&apos;s security policy now, which only an administrator changes for every seat (Terminal → Operators… → Security policy…, or pavt-cli operators policy set %3 VALUE). Remove %2 from the file (Settings → Save does it).</source>
        <translation>Die Einstellungsdatei %1 enthält %2, das das Terminal nicht mehr aus einer Einstellungsdatei liest: Es gehört jetzt zur Sicherheitsrichtlinie des Journals, die nur ein Administrator für alle Arbeitsplätze ändert (Terminal → Bediener… → Sicherheitsrichtlinie…, oder pavt-cli operators policy set %3 VALUE). Entfernen Sie %2 aus der Datei (Einstellungen → Speichern erledigt das).</translation>
    </message>
</context>
<context>
    <name>pavt::Settlement</name>
    <message>
        <source>A settlement is already running.</source>
        <translation>Ein Abgleich läuft bereits.</translation>
    </message>
    <message>
        <source>Give a valid range of days (from on or before to).</source>
        <translation>Geben Sie einen gültigen Zeitraum an (von am oder vor bis).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The settlement was cancelled.</source>
        <translation>Der Abgleich wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Page %1 of the gateway&apos;s transaction list could not be read: %2</source>
        <translation>Seite %1 der Transaktionsliste des Gateways konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Page %1 of the gateway&apos;s transaction list came without its paging information (meta), so the list cannot be followed to its end.</source>
        <translation>Seite %1 der Transaktionsliste des Gateways kam ohne ihre Seiteninformation (meta), daher kann die Liste nicht bis zu ihrem Ende verfolgt werden.</translation>
    </message>
    <message>
        <source>The gateway&apos;s transaction list does not end: page %1 goes past the %2 transactions it announced.</source>
        <translation>Die Transaktionsliste des Gateways endet nicht: Seite %1 geht über die angekündigten %2 Transaktionen hinaus.</translation>
    </message>
    <message>
        <source>The gateway&apos;s list gives transaction %1 the amount &quot;%2&quot;, which is not a number.</source>
        <translation>Die Liste des Gateways gibt der Transaktion %1 den Betrag „%2“, der keine Zahl ist.</translation>
    </message>
    <message>
        <source>The gateway&apos;s list gives transaction %1 a date that is not a date.</source>
        <translation>Die Liste des Gateways gibt der Transaktion %1 ein Datum, das kein Datum ist.</translation>
    </message>
    <message>
        <source>Page %1 of the gateway&apos;s transaction list says more follow but gives no cursor for them.</source>
        <translation>Seite %1 der Transaktionsliste des Gateways sagt, dass weitere folgen, gibt aber keinen Cursor dafür.</translation>
    </message>
    <message>
        <source>The gateway&apos;s transaction list gave the same cursor twice (page %1): following it would go round in circles.</source>
        <translation>Die Transaktionsliste des Gateways gab denselben Cursor zweimal (Seite %1): Ihm zu folgen hieße, sich im Kreis zu drehen.</translation>
    </message>
    <message>
        <source>The gateway&apos;s transaction list does not end: %1 pages and still more.</source>
        <translation>Die Transaktionsliste des Gateways endet nicht: %1 Seiten und noch mehr.</translation>
    </message>
    <message>
        <source>The order id is of this terminal&apos;s own format, but the journal has no such entry.</source>
        <translation>Die Bestellnummer hat das eigene Format dieses Terminals, aber das Journal hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>currency: journal %1, gateway %2</source>
        <translation>Währung: Journal %1, Gateway %2</translation>
    </message>
    <message>
        <source>amount: journal %1, gateway %2 (minor units)</source>
        <translation>Betrag: Journal %1, Gateway %2 (kleinste Einheiten)</translation>
    </message>
    <message>
        <source>status: journal %1, gateway %2</source>
        <translation>Status: Journal %1, Gateway %2</translation>
    </message>
    <message>
        <source>the journal has it refunded, the gateway does not</source>
        <translation>das Journal hat sie als erstattet, das Gateway nicht</translation>
    </message>
    <message>
        <source>transaction id: journal %1, gateway %2</source>
        <translation>Transaktions-ID: Journal %1, Gateway %2</translation>
    </message>
    <message>
        <source>entry %1 (%2): refunded at the gateway on %3</source>
        <translation>Eintrag %1 (%2): am %3 beim Gateway erstattet</translation>
    </message>
    <message>
        <source>entry %1 (%2): charged back on %3</source>
        <translation>Eintrag %1 (%2): am %3 zurückgebucht</translation>
    </message>
    <message>
        <source>entry %1 (%2): flagged as suspicious on %3</source>
        <translation>Eintrag %1 (%2): am %3 als verdächtig markiert</translation>
    </message>
    <message>
        <source>The journal has it as %1, the gateway has no record of it.</source>
        <translation>Das Journal hat sie als %1, das Gateway kennt sie nicht.</translation>
    </message>
    <message>
        <source>Refunded at the gateway; learnt by the settlement.</source>
        <translation>Beim Gateway erstattet; durch den Abgleich erfahren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pavt::app</name>
    <message>
        <source>Keyed card payments through the Pay Agency gateway.</source>
        <translation>Kartenzahlungen per Eingabe über das Pay-Agency-Gateway.</translation>
    </message>
    <message>
        <source>Run against the built-in gateway simulator.</source>
        <translation>Mit dem eingebauten Gateway-Simulator arbeiten.</translation>
    </message>
</context>
<context>
    <name>pavt::app::TerminalApp</name>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>declined: card declined</source>
        <translation>abgelehnt: Karte abgelehnt</translation>
    </message>
    <message>
        <source>declined: insufficient funds</source>
        <translation>abgelehnt: Deckung nicht ausreichend</translation>
    </message>
    <message>
        <source>declined: expired card</source>
        <translation>abgelehnt: Karte abgelaufen</translation>
    </message>
    <message>
        <source>3-D Secure: the simulator&apos;s check page opens; pending until it is approved or failed there</source>
        <translation>3-D Secure: Die Prüfseite des Simulators öffnet sich; ausstehend, bis dort genehmigt oder abgelehnt wird</translation>
    </message>
    <message>
        <source>gateway error (HTTP 500); nothing is recorded</source>
        <translation>Gateway-Fehler (HTTP 500); nichts wird aufgezeichnet</translation>
    </message>
    <message>
        <source>slow: approved, but the answer comes after the time limit: an unknown outcome</source>
        <translation>langsam: genehmigt, aber die Antwort kommt nach dem Zeitlimit: ein unbekanntes Ergebnis</translation>
    </message>
    <message>
        <source>dropped: approved, but the connection closes without an answer: an unknown outcome</source>
        <translation>abgebrochen: genehmigt, aber die Verbindung wird ohne Antwort geschlossen: ein unbekanntes Ergebnis</translation>
    </message>
    <message>
        <source>The journal settings are wrong, so nothing can be charged: %1</source>
        <translation>Die Journal-Einstellungen sind falsch, daher kann nichts belastet werden: %1</translation>
    </message>
    <message>
        <source>The journal (%1) could not be opened, so nothing can be charged: %2</source>
        <translation>Das Journal (%1) konnte nicht geöffnet werden, daher kann nichts belastet werden: %2</translation>
    </message>
    <message>
        <source>The saved credentials cannot be used: %1 Running in demo mode.</source>
        <translation>Die gespeicherten Zugangsdaten können nicht verwendet werden: %1 Das Terminal läuft im Demo-Modus.</translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Der Demo-Simulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The new gateway and journal settings take effect at the next start: a charge was in progress.</source>
        <translation>Die neuen Gateway- und Journaleinstellungen gelten ab dem nächsten Start: Es lief gerade eine Belastung.</translation>
    </message>
    <message>
        <source>Settings applied.</source>
        <translation>Einstellungen übernommen.</translation>
    </message>
    <message>
        <source>It was started with --demo.</source>
        <translation>Es wurde mit --demo gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s); keys entered in Settings work for this session.</source>
        <translation>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; in den Einstellungen eingegebene Schlüssel gelten für diese Sitzung.</numerusform>
            <numerusform>Der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; in den Einstellungen eingegebene Schlüssel gelten für diese Sitzung.</numerusform>
        </translation>
    </message>
    <message>
        <source>No merchant keys are saved yet: enter them in Settings (Ctrl+,) to charge real cards.</source>
        <translation>Es sind noch keine Händlerschlüssel gespeichert: Geben Sie sie in den Einstellungen (Strg+,) ein, um echte Karten zu belasten.</translation>
    </message>
    <message>
        <source>No gateway: %1 This build of the terminal has no demo mode; save the merchant&apos;s keys in Settings.</source>
        <translation>Kein Gateway: %1 Dieser Build des Terminals hat keinen Demomodus; speichern Sie die Schlüssel des Händlers in den Einstellungen.</translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator answers and no card is charged. %1</source>
        <translation>Demomodus: Der eingebaute Simulator antwortet, keine Karte wird belastet. %1</translation>
    </message>
    <message>
        <source>The journal has been checked; charges can be sent.</source>
        <translation>Das Journal wurde geprüft; Belastungen können gesendet werden.</translation>
    </message>
    <message>
        <source>Checking the journal (%1); charges can be sent as soon as the check has passed.</source>
        <translation>Das Journal (%1) wird geprüft; Belastungen können gesendet werden, sobald die Prüfung bestanden ist.</translation>
    </message>
    <message>
        <source>The journal&apos;s database is back: the outcome of order %1 has been written.</source>
        <translation>Die Datenbank des Journals ist wieder erreichbar: Das Ergebnis der Bestellung %1 wurde geschrieben.</translation>
    </message>
    <message>
        <source>The operators&apos; accounts in the journal could not be read: %1</source>
        <translation>Die Konten der Bediener im Journal konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Batch refunds need the journal and the gateway; the status bar and Settings (Ctrl+,) say what keeps them from starting.</source>
        <translation>Sammelerstattungen brauchen das Journal und das Gateway; die Statusleiste und die Einstellungen (Strg+,) sagen, was sie am Start hindert.</translation>
    </message>
</context>
<context>
    <name>pavt::cli</name>
    <message>
        <source>Gateway base URL.</source>
        <translation>Basis-URL des Gateways.</translation>
    </message>
    <message>
        <source>Timeout in seconds (default 15).</source>
        <translation>Zeitlimit in Sekunden (Vorgabe 15).</translation>
    </message>
    <message>
        <source>Print one JSON object (history: array).</source>
        <translation>Ein JSON-Objekt ausgeben (history: ein Array).</translation>
    </message>
    <message>
        <source>charge: read the request from FILE.</source>
        <translation>charge: die Anfrage aus FILE lesen.</translation>
    </message>
    <message>
        <source>refund: the reason.</source>
        <translation>refund: der Grund.</translation>
    </message>
    <message>
        <source>charge: refuse a charge like a recent one.</source>
        <translation>charge: eine Belastung ablehnen, die einer kürzlichen gleicht.</translation>
    </message>
    <message>
        <source>history, export: outcomes, comma-separated.</source>
        <translation>history, export: Ergebnisse, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>history, export: the card&apos;s last four digits.</source>
        <translation>history, export: die letzten vier Ziffern der Karte.</translation>
    </message>
    <message>
        <source>history, export: first or last name starts with TEXT.</source>
        <translation>history, export: Vor- oder Nachname beginnt mit TEXT.</translation>
    </message>
    <message>
        <source>history, export: e-mail starts with TEXT.</source>
        <translation>history, export: E-Mail beginnt mit TEXT.</translation>
    </message>
    <message>
        <source>history, export: this order id.</source>
        <translation>history, export: diese Bestellnummer.</translation>
    </message>
    <message>
        <source>history, export: this transaction id.</source>
        <translation>history, export: diese Transaktions-ID.</translation>
    </message>
    <message>
        <source>history: at most N entries (0: all).</source>
        <translation>history: höchstens N Einträge (0: alle).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Usage: pavt-cli [--base-url URL] [--timeout SECONDS] [--json] COMMAND</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Aufruf: pavt-cli [--base-url URL] [--timeout SECONDS] [--json] COMMAND</translation>
    </message>
    <message>
        <source>Commands:
  charge [--input FILE]   one request as JSON (the contract&apos;s field names; amount an integer of
                          minor units; country as alpha-2, alpha-3 or name) from FILE or stdin;
                          journalled before it is sent. A charge like an approved or pending one
                          of the last 120 s (setting journal/duplicateWindowSeconds; same card
                          brand, last four, amount and currency) is warned about on stderr;
                          --refuse-duplicate refuses it instead (exit 1, nothing sent)
  status TRANSACTION_ID
  refund TRANSACTION_ID --reason TEXT
  transactions --from YYYY-MM-DD --to YYYY-MM-DD
  history [FILTERS] [--limit N]   the journal&apos;s entries, newest first (default 100; 0: all);
                                  with --json one JSON array of entries
  export --csv FILE [FILTERS]     the journal&apos;s entries as CSV (RFC 4180, masked card data only)
  reconcile               looks every unknown, server-error and 3-D Secure entry of the journal up
                          once at the gateway (never charging again) and records the answers</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Befehle:
  charge [--input FILE]   eine Anfrage als JSON (die Feldnamen des Vertrags; amount eine ganze Zahl
                          in kleinsten Einheiten; country als Alpha-2, Alpha-3 oder Name) aus FILE
                          oder stdin; vor dem Senden im Journal erfasst. Vor einer Belastung, die
                          einer genehmigten oder ausstehenden der letzten 120 s gleicht (Einstellung
                          journal/duplicateWindowSeconds; gleiche Kartenmarke, letzte vier Ziffern,
                          Betrag und Währung), wird auf stderr gewarnt; --refuse-duplicate lehnt
                          sie stattdessen ab (Exit-Status 1, nichts gesendet)
  status TRANSACTION_ID
  refund TRANSACTION_ID --reason TEXT
  transactions --from YYYY-MM-DD --to YYYY-MM-DD
  history [FILTERS] [--limit N]   die Einträge des Journals, neueste zuerst (Vorgabe 100; 0: alle);
                                  mit --json ein JSON-Array von Einträgen
  export --csv FILE [FILTERS]     die Einträge des Journals als CSV (RFC 4180, nur maskierte
                                  Kartendaten)
  reconcile               fragt jeden Eintrag des Journals mit unbekanntem Ergebnis, Serverfehler
                          oder 3-D Secure einmal beim Gateway nach (ohne je erneut zu belasten) und
                          erfasst die Antworten</translation>
    </message>
    <message>
        <source>Journal filters (history, export): --from YYYY-MM-DD --to YYYY-MM-DD (days, both included),
  --outcome approved,declined,pending,needs_3ds,rejected,server_error,not_sent,unknown,unresolved
  --last4 DIGITS  --name TEXT (first or last name starts with it)  --email TEXT (starts with it)
  --order ORDER_ID  --transaction TRANSACTION_ID</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Journalfilter (history, export): --from YYYY-MM-DD --to YYYY-MM-DD (Tage, beide eingeschlossen),
  --outcome approved,declined,pending,needs_3ds,rejected,server_error,not_sent,unknown,unresolved
  --last4 DIGITS  --name TEXT (Vor- oder Nachname beginnt damit)  --email TEXT (beginnt damit)
  --order ORDER_ID  --transaction TRANSACTION_ID</translation>
    </message>
    <message>
        <source>Credentials come from PAVT_SECRET_KEY and PAVT_ENCRYPTION_KEY, else from the terminal&apos;s keychain;
never from the command line. The base URL comes from --base-url, PAVT_BASE_URL or the settings.
The journal is the terminal&apos;s (settings: SQLite in the data folder, PAVT_DATA_DIR overrides it; or
PostgreSQL, its password from PAVT_JOURNAL_PASSWORD or ~/.pgpass).</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Die Zugangsdaten kommen aus PAVT_SECRET_KEY und PAVT_ENCRYPTION_KEY, sonst aus dem Schlüsselbund
des Terminals; nie von der Befehlszeile. Die Basis-URL kommt aus --base-url, PAVT_BASE_URL oder
den Einstellungen. Das Journal ist das des Terminals (Einstellungen: SQLite im Datenordner, den
PAVT_DATA_DIR ersetzt; oder PostgreSQL, das Passwort aus PAVT_JOURNAL_PASSWORD oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>Payments by link (the cardholder pays on the gateway&apos;s page; never a card here):
  link [--input FILE] [--method hosted|apm]   the charge&apos;s JSON without card fields (one with
                          card fields is refused, nothing sent); prints the payment URL
  templates               the merchant&apos;s payment templates (live keys only)
  payment-link --template ID [--amount N --currency C --expires YYYY-MM-DD --order-id X]
                          a link from a template; N in minor units
Both are journalled before they are sent and exit with 3 (awaiting the cardholder) once the
link exists; reconcile also follows the open links (paid, failed or expired after links/expiryHours).</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Zahlungen per Link (der Karteninhaber zahlt auf der Seite des Gateways; nie eine Karte hier):
  link [--input FILE] [--method hosted|apm]   das JSON der Belastung ohne Kartenfelder (eines mit
                          Kartenfeldern wird abgelehnt, nichts gesendet); gibt die Zahlungs-URL aus
  templates               die Zahlungsvorlagen des Händlers (nur Live-Schlüssel)
  payment-link --template ID [--amount N --currency C --expires YYYY-MM-DD --order-id X]
                          ein Link aus einer Vorlage; N in kleinsten Einheiten
Beide werden vor dem Senden protokolliert und enden mit 3 (wartet auf den Karteninhaber), sobald
der Link existiert; reconcile verfolgt auch die offenen Links (bezahlt, fehlgeschlagen oder nach
links/expiryHours abgelaufen).</translation>
    </message>
    <message>
        <source>link: hosted (default) or apm.</source>
        <translation>link: hosted (Standard) oder apm.</translation>
    </message>
    <message>
        <source>payment-link: the template&apos;s id.</source>
        <translation>payment-link: die ID der Vorlage.</translation>
    </message>
    <message>
        <source>payment-link: the amount&apos;s currency.</source>
        <translation>payment-link: die Währung des Betrags.</translation>
    </message>
    <message>
        <source>payment-link: the last day it can be paid.</source>
        <translation>payment-link: der letzte Tag, an dem er bezahlt werden kann.</translation>
    </message>
    <message>
        <source>payment-link: the order id to send.</source>
        <translation>payment-link: die zu sendende Bestellnummer.</translation>
    </message>
    <message>
        <source>With operators&apos; accounts every command signs in as PAVT_OPERATOR, with the password from
PAVT_OPERATOR_PASSWORD or asked on the terminal (never from the command line), and is refused
(exit 1) when the account&apos;s role does not allow it. A refund above the role&apos;s limit needs
--approver NAME: a supervisor&apos;s password from PAVT_APPROVER_PASSWORD or the terminal.</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Mit Bedienerkonten meldet sich jeder Befehl als PAVT_OPERATOR an, mit dem Passwort aus
PAVT_OPERATOR_PASSWORD oder vom Terminal abgefragt (nie von der Befehlszeile), und wird abgelehnt
(Exit 1), wenn die Rolle des Kontos ihn nicht erlaubt. Eine Erstattung über der Grenze der Rolle
braucht --approver NAME: das Passwort eines Supervisors aus PAVT_APPROVER_PASSWORD oder vom
Terminal.</translation>
    </message>
    <message>
        <source>Exit status: 0 approved or done; 1 usage or validation error, refused for the role, or the journal
could not be written (nothing sent); 2 declined; 3 needs 3-D Secure (the URL is printed); 4 outcome
unknown (look it up, do not charge again); 5 rejected or server error; 6 not sent (could not reach
the gateway); 7 the audit trail is broken.</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Exit-Status: 0 genehmigt oder erledigt; 1 Bedienungs- oder Prüffehler, für die Rolle abgelehnt,
oder das Journal konnte nicht geschrieben werden (nichts gesendet); 2 abgelehnt; 3 3-D Secure nötig
(die URL wird ausgegeben); 4 Ergebnis unbekannt (nachschlagen, nicht erneut belasten); 5 vom
Gateway zurückgewiesen oder Serverfehler; 6 nicht gesendet (Gateway nicht erreichbar);
7 das Prüfprotokoll ist defekt.</translation>
    </message>
    <message>
        <source>history, export: entries of this operator.</source>
        <translation>history, export: Einträge dieses Bedieners.</translation>
    </message>
    <message>
        <source>operators add: operator, supervisor, finance or admin (or several, comma-separated).</source>
        <translation>operators add: operator, supervisor, finance oder admin (oder mehrere, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>operators add: the person&apos;s name as shown.</source>
        <translation>operators add: der angezeigte Name der Person.</translation>
    </message>
    <message>
        <source>refund: the supervisor who approves a refund above the limit.</source>
        <translation>refund: der Supervisor, der eine Erstattung über der Grenze genehmigt.</translation>
    </message>
    <message>
        <source>audit verify: a head printed earlier by audit head.</source>
        <translation>audit verify: ein früher von audit head ausgegebener Kopf.</translation>
    </message>
    <message>
        <source>report: the day (default today).</source>
        <translation>report: der Tag (Standard: heute).</translation>
    </message>
    <message>
        <source>charge, status, refund, transactions, history, export, reconcile, link, templates, payment-link, report, operators or audit</source>
        <translation>charge, status, refund, transactions, history, export, reconcile, link, templates, payment-link, report, operators oder audit</translation>
    </message>
    <message>
        <source>  report [--day YYYY-MM-DD]       the end-of-day report: counts and totals per currency and outcome
  settle --from YYYY-MM-DD --to YYYY-MM-DD [--csv FILE] [--apply]   the journal matched with the
                          gateway&apos;s list; --apply writes the refunds, chargebacks and suspicious
                          flags it lists; exit 7 when something is serious
  operators add NAME --role operator|supervisor|finance|admin [--display-name TEXT]
  operators list | disable NAME | enable NAME | reset-password NAME | passwd
                          accounts of the operators; a new password is read from stdin, or asked
                          twice on a terminal. With no account yet, &apos;operators add NAME --role
                          admin&apos; creates the first administrator and turns sign-in on
  audit [--from YYYY-MM-DD --to YYYY-MM-DD]   the audit trail (--json: an array)
  audit verify [--head SEQ:HASH]  walks the audit trail&apos;s hash chain; exit 7 names the first broken
                          record. audit head prints the head to keep for a later --head</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>  report [--day YYYY-MM-DD]       der Tagesabschluss: Anzahl und Summen je Währung und Ergebnis
  settle --from YYYY-MM-DD --to YYYY-MM-DD [--csv FILE] [--apply]   das Journal abgeglichen mit der
                          Liste des Gateways; --apply schreibt die aufgeführten Erstattungen,
                          Rückbuchungen und Verdachtsmarken; Exit 7, wenn etwas ernst ist
  operators add NAME --role operator|supervisor|finance|admin [--display-name TEXT]
  operators list | disable NAME | enable NAME | reset-password NAME | passwd
                          die Konten der Bediener; ein neues Passwort wird von stdin gelesen oder
                          am Terminal zweimal abgefragt. Ohne Konto legt &apos;operators add NAME
                          --role admin&apos; den ersten Administrator an und schaltet die Anmeldung ein
  audit [--from YYYY-MM-DD --to YYYY-MM-DD]   das Prüfprotokoll (--json: ein Array)
  audit verify [--head SEQ:HASH]  prüft die Hash-Kette des Prüfprotokolls; Exit 7 nennt den ersten
                          defekten Eintrag. audit head gibt den Kopf für ein späteres --head aus</translation>
    </message>
    <message>
        <source>transactions, history, export, settle: first day.</source>
        <translation>transactions, history, export, settle: erster Tag.</translation>
    </message>
    <message>
        <source>transactions, history, export, settle: last day.</source>
        <translation>transactions, history, export, settle: letzter Tag.</translation>
    </message>
    <message>
        <source>export, settle: the CSV file to write.</source>
        <translation>export, settle: die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <source>settle: write the listed changes to the journal.</source>
        <translation>settle: die aufgeführten Änderungen ins Journal schreiben.</translation>
    </message>
    <message>
        <source>Security policy (every seat of the journal; only an administrator changes it):
  operators policy [--json]          the session lock, the lock-out and the refund limits
  operators policy set RULE VALUE    e.g. operators policy set supervisor_per_refund 300</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Sicherheitsrichtlinie (alle Arbeitsplätze des Journals; nur ein Administrator ändert sie):
  operators policy [--json]          Sitzungssperre, Kontosperre und Erstattungsgrenzen
  operators policy set RULE VALUE    z. B. operators policy set supervisor_per_refund 300</translation>
    </message>
    <message>
        <source>Refunds for finance:
  refund TRANSACTION_ID --reason TEXT --amount N   a partial refund of N minor units (setting
                          gateway/partialRefunds=on)
  refund --batch FILE [--result FILE] [--yes]   refunds from a CSV file (transaction_id,
                          reason[,amount]): every row checked and shown first, one confirmation
                          (--yes without a terminal); an interrupted batch is resumed by running
                          it again, nothing refunded twice; a result CSV per row</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Erstattungen für die Buchhaltung:
  refund TRANSACTION_ID --reason TEXT --amount N   eine Teilerstattung von N kleinsten Einheiten
                          (Einstellung gateway/partialRefunds=on)
  refund --batch FILE [--result FILE] [--yes]   Erstattungen aus einer CSV-Datei (transaction_id,
                          reason[,amount]): jede Zeile zuerst geprüft und gezeigt, eine Bestätigung
                          (--yes ohne Terminal); ein unterbrochener Stapel wird durch erneuten
                          Aufruf fortgesetzt, nichts doppelt erstattet; eine Ergebnis-CSV je Zeile</translation>
    </message>
    <message>
        <source>payment-link, refund: the amount in minor units.</source>
        <translation>payment-link, refund: der Betrag in kleinsten Einheiten.</translation>
    </message>
    <message>
        <source>refund: the CSV file of refunds.</source>
        <translation>refund: die CSV-Datei der Erstattungen.</translation>
    </message>
    <message>
        <source>refund --batch: the result file (default: FILE.result.csv).</source>
        <translation>refund --batch: die Ergebnisdatei (Vorgabe: FILE.result.csv).</translation>
    </message>
    <message>
        <source>refund --batch: confirmed; no question is asked.</source>
        <translation>refund --batch: bestätigt; es wird nicht nachgefragt.</translation>
    </message>
</context>
<context>
    <name>pavt::cli::CommandLine</name>
    <message>
        <source>Try &apos;pavt-cli --help&apos;.</source>
        <translation>Siehe &apos;pavt-cli --help&apos;.</translation>
    </message>
    <message>
        <source>No credentials: set PAVT_SECRET_KEY and PAVT_ENCRYPTION_KEY, or save them in the terminal&apos;s settings (%1).</source>
        <translation>Keine Zugangsdaten: Setzen Sie PAVT_SECRET_KEY und PAVT_ENCRYPTION_KEY oder speichern Sie sie in den Einstellungen des Terminals (%1).</translation>
    </message>
    <message>
        <source> Transaction %1.</source>
        <translation> Transaktion %1.</translation>
    </message>
    <message>
        <source> Order %1.</source>
        <translation> Bestellung %1.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Genehmigt.</translation>
    </message>
    <message>
        <source>Refunded.</source>
        <translation>Erstattet.</translation>
    </message>
    <message>
        <source>Status: approved (SUCCESS).</source>
        <translation>Status: genehmigt (SUCCESS).</translation>
    </message>
    <message>
        <source>Status: failed: %1</source>
        <translation>Status: fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Status: pending (3-D Secure not completed yet).</source>
        <translation>Status: ausstehend (3-D Secure noch nicht abgeschlossen).</translation>
    </message>
    <message>
        <source>3-D Secure needed: the cardholder must open %1</source>
        <translation>3-D Secure erforderlich: Der Karteninhaber muss %1 öffnen</translation>
    </message>
    <message>
        <source>Rejected by the gateway (HTTP %1): %2</source>
        <translation>Vom Gateway zurückgewiesen (HTTP %1): %2</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Gateway error (HTTP %1): %2</source>
        <translation>Gateway-Fehler (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 Do not charge again; look it up with &apos;pavt-cli status&apos; or &apos;pavt-cli transactions&apos; for today.</source>
        <translation>Ergebnis unbekannt: %1 Nicht erneut belasten; fragen Sie es mit &apos;pavt-cli status&apos; oder &apos;pavt-cli transactions&apos; für heute ab.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>charge takes no arguments; the request is read from --input FILE or stdin.</source>
        <translation>charge erwartet keine Argumente; die Anfrage wird aus --input FILE oder von stdin gelesen.</translation>
    </message>
    <message>
        <source>%1 takes one transaction id.</source>
        <translation>%1 erwartet genau eine Transaktions-ID.</translation>
    </message>
    <message>
        <source>refund needs --reason TEXT.</source>
        <translation>refund braucht --reason TEXT.</translation>
    </message>
    <message>
        <source>transactions needs --from YYYY-MM-DD --to YYYY-MM-DD, from on or before to.</source>
        <translation>transactions braucht --from YYYY-MM-DD --to YYYY-MM-DD, mit from am oder vor to.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s).</source>
        <translation>
            <numerusform>%n Transaktion.</numerusform>
            <numerusform>%n Transaktionen.</numerusform>
        </translation>
    </message>
    <message>
        <source>history takes no arguments, only filters (see --help).</source>
        <translation>history erwartet keine Argumente, nur Filter (siehe --help).</translation>
    </message>
    <message>
        <source>export takes no arguments: export --csv FILE [filters].</source>
        <translation>export erwartet keine Argumente: export --csv FILE [Filter].</translation>
    </message>
    <message>
        <source>reconcile takes no arguments.</source>
        <translation>reconcile erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Cannot read the request: %1</source>
        <translation>Die Anfrage kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The request is larger than 1 MiB.</source>
        <translation>Die Anfrage ist größer als 1 MiB.</translation>
    </message>
    <message numerus="yes">
        <source>pavt-cli: %n earlier charge(s) were interrupted before their answer; &apos;pavt-cli reconcile&apos; looks them up.</source>
        <translation>
            <numerusform>pavt-cli: %n frühere Belastung wurde vor ihrer Antwort unterbrochen; &apos;pavt-cli reconcile&apos; fragt sie ab.</numerusform>
            <numerusform>pavt-cli: %n frühere Belastungen wurden vor ihrer Antwort unterbrochen; &apos;pavt-cli reconcile&apos; fragt sie ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>A charge of %1 on %2 was %3 %4 seconds ago (order %5).</source>
        <translation>Eine Belastung von %1 auf %2 war vor %4 Sekunden %3 (Bestellung %5).</translation>
    </message>
    <message>
        <source>Not sent (--refuse-duplicate).</source>
        <translation>Nicht gesendet (--refuse-duplicate).</translation>
    </message>
    <message>
        <source>warning: %1 Sending anyway.</source>
        <translation>Warnung: %1 Wird trotzdem gesendet.</translation>
    </message>
    <message>
        <source>The charge could not be journalled, so nothing was sent: %1</source>
        <translation>Die Belastung konnte nicht im Journal erfasst werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>warning: the outcome could not be written to the journal: %1</source>
        <translation>Warnung: Das Ergebnis konnte nicht ins Journal geschrieben werden: %1</translation>
    </message>
    <message>
        <source>warning: the refund could not be written to the journal: %1</source>
        <translation>Warnung: Die Erstattung konnte nicht ins Journal geschrieben werden: %1</translation>
    </message>
    <message>
        <source>--from takes a day as YYYY-MM-DD.</source>
        <translation>--from erwartet einen Tag als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to takes a day as YYYY-MM-DD.</source>
        <translation>--to erwartet einen Tag als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot; (use approved, declined, pending, needs_3ds, rejected, server_error, not_sent, unknown or unresolved).</source>
        <translation>Unbekanntes Ergebnis „%1“ (verwenden Sie approved, declined, pending, needs_3ds, rejected, server_error, not_sent, unknown oder unresolved).</translation>
    </message>
    <message>
        <source>--limit takes a number of entries (0: all).</source>
        <translation>--limit erwartet eine Anzahl Einträge (0: alle).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries (--limit to see more).</source>
        <translation>
            <numerusform>%1 von %n Eintrag (--limit zeigt mehr).</numerusform>
            <numerusform>%1 von %n Einträgen (--limit zeigt mehr).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs --csv FILE.</source>
        <translation>export braucht --csv FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries looked up; %1 still open.</source>
        <translation>
            <numerusform>%n Eintrag abgefragt; %1 noch offen.</numerusform>
            <numerusform>%n Einträge abgefragt; %1 noch offen.</numerusform>
        </translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0.001 and 600.</source>
        <translation>--timeout erwartet eine Anzahl Sekunden zwischen 0 und 600. {0.001 ?} {600.?}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting up to %n second(s) for the journal&apos;s database.</source>
        <translation>
            <numerusform>warte bis zu %n Sekunde auf die Datenbank des Journals.</numerusform>
            <numerusform>warte bis zu %n Sekunden auf die Datenbank des Journals.</numerusform>
        </translation>
    </message>
    <message>
        <source>the outcome has been written to the journal.</source>
        <translation>das Ergebnis wurde ins Journal geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>the outcome could not be written to the journal: its database could not be reached within %n second(s). The entry stays pending; the next start of the terminal, or &apos;pavt-cli reconcile&apos;, looks it up at the gateway. Do not charge again.</source>
        <translation>
            <numerusform>das Ergebnis konnte nicht ins Journal geschrieben werden: Seine Datenbank war innerhalb von %n Sekunde nicht erreichbar. Der Eintrag bleibt ausstehend; der nächste Start des Terminals oder &apos;pavt-cli reconcile&apos; fragt ihn beim Gateway nach. Nicht noch einmal belasten.</numerusform>
            <numerusform>das Ergebnis konnte nicht ins Journal geschrieben werden: Seine Datenbank war innerhalb von %n Sekunden nicht erreichbar. Der Eintrag bleibt ausstehend; der nächste Start des Terminals oder &apos;pavt-cli reconcile&apos; fragt ihn beim Gateway nach. Nicht noch einmal belasten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes no arguments, only options (see --help).</source>
        <translation>%1 nimmt keine Argumente, nur Optionen (siehe --help).</translation>
    </message>
    <message>
        <source>Followed until %1; &apos;pavt-cli reconcile&apos; looks for its payment.</source>
        <translation>Verfolgt bis %1; &apos;pavt-cli reconcile&apos; sucht seine Zahlung.</translation>
    </message>
    <message>
        <source>--method is hosted (the gateway&apos;s card page) or apm.</source>
        <translation>--method ist hosted (die Kartenseite des Gateways) oder apm.</translation>
    </message>
    <message>
        <source>The link could not be journalled, so nothing was sent: %1</source>
        <translation>Der Link konnte nicht ins Journal geschrieben werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n Vorlage.</numerusform>
            <numerusform>%n Vorlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>payment-link needs --template ID (&apos;pavt-cli templates&apos; lists them).</source>
        <translation>payment-link braucht --template ID (&apos;pavt-cli templates&apos; listet sie).</translation>
    </message>
    <message>
        <source>--amount takes a whole number of minor units greater than 0 (1250 is GBP 12.50).</source>
        <translation>--amount nimmt eine ganze Zahl kleinster Einheiten größer als 0 (1250 ist GBP 12.50).</translation>
    </message>
    <message>
        <source>--expires takes a day as YYYY-MM-DD.</source>
        <translation>--expires nimmt einen Tag als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Awaiting the cardholder: send them %1</source>
        <translation>Wartet auf den Karteninhaber: senden Sie ihm %1</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 The link may exist: &apos;pavt-cli reconcile&apos; looks for it by its order id; do not make another one for this order.</source>
        <translation>Ergebnis unbekannt: %1 Der Link existiert vielleicht: &apos;pavt-cli reconcile&apos; sucht ihn über seine Bestellnummer; erstellen Sie keinen weiteren für diese Bestellung.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>--head takes SEQ:HASH as audit head prints it.</source>
        <translation>--head erwartet SEQ:HASH, wie audit head es ausgibt.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s); its head is %1:%2.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Eintrag; sein Kopf ist %1:%2.</numerusform>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Einträge; sein Kopf ist %1:%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at record %1: %2</source>
        <translation>Das Prüfprotokoll ist bei Eintrag %1 defekt: %2</translation>
    </message>
    <message>
        <source>audit takes list, head or verify.</source>
        <translation>audit erwartet list, head oder verify.</translation>
    </message>
    <message>
        <source>report takes no arguments, only --day YYYY-MM-DD.</source>
        <translation>report erwartet keine Argumente, nur --day YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>operators add takes one name: operators add NAME --role ROLE.</source>
        <translation>operators add erwartet einen Namen: operators add NAME --role ROLE.</translation>
    </message>
    <message>
        <source>operators add needs --role operator, supervisor, finance or admin (several comma-separated).</source>
        <translation>operators add braucht --role operator, supervisor, finance oder admin (mehrere durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Created the first administrator %1: from now on every seat and pavt-cli sign in.</source>
        <translation>Der erste Administrator %1 wurde angelegt: Ab jetzt melden sich alle Plätze und pavt-cli an.</translation>
    </message>
    <message>
        <source>Created the account %1 (%2); the password must be changed at the first sign-in.</source>
        <translation>Das Konto %1 (%2) wurde angelegt; das Passwort muss bei der ersten Anmeldung geändert werden.</translation>
    </message>
    <message>
        <source>operators list takes no arguments.</source>
        <translation>operators list erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>gesperrt bis %1</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>muss das Passwort ändern</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n Konto.</numerusform>
            <numerusform>%n Konten.</numerusform>
        </translation>
    </message>
    <message>
        <source>operators %1 takes one name.</source>
        <translation>operators %1 erwartet einen Namen.</translation>
    </message>
    <message>
        <source>Enabled the account %1.</source>
        <translation>Das Konto %1 wurde aktiviert.</translation>
    </message>
    <message>
        <source>Disabled the account %1.</source>
        <translation>Das Konto %1 wurde deaktiviert.</translation>
    </message>
    <message>
        <source>operators reset-password takes one name.</source>
        <translation>operators reset-password erwartet einen Namen.</translation>
    </message>
    <message>
        <source>Set a new password for %1, to be changed at the next sign-in.</source>
        <translation>Für %1 wurde ein neues Passwort gesetzt, das bei der nächsten Anmeldung zu ändern ist.</translation>
    </message>
    <message>
        <source>operators passwd takes no arguments.</source>
        <translation>operators passwd erwartet keine Argumente.</translation>
    </message>
    <message>
        <source>Without accounts there is no password to change.</source>
        <translation>Ohne Konten gibt es kein Passwort zu ändern.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Bisheriges Passwort:</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>--day takes a day as YYYY-MM-DD.</source>
        <translation>--day erwartet einen Tag als YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>End-of-day report for %1: %n charge(s).</source>
        <translation>
            <numerusform>Tagesabschluss für %1: %n Zahlung.</numerusform>
            <numerusform>Tagesabschluss für %1: %n Zahlungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) asked for that day.</source>
        <translation>
            <numerusform>%n Erstattung an diesem Tag beantragt.</numerusform>
            <numerusform>%n Erstattungen an diesem Tag beantragt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No terminal to ask for the password on: %1</source>
        <translation>Kein Terminal, an dem das Passwort abgefragt werden kann: %1</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Dasselbe Passwort noch einmal:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Es wurde kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>The new password for %1 is read from standard input: give it as one line.</source>
        <translation>Das neue Passwort für %1 wird von der Standardeingabe gelesen: Geben Sie es als eine Zeile an.</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Neues Passwort für %1:</translation>
    </message>
    <message>
        <source>The journal, where the operators&apos; accounts are, could not be opened: %1</source>
        <translation>Das Journal, in dem die Bedienerkonten liegen, konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>There are no accounts yet. Create the first administrator: pavt-cli operators add NAME --role admin</source>
        <translation>Es gibt noch keine Konten. Legen Sie den ersten Administrator an: pavt-cli operators add NAME --role admin</translation>
    </message>
    <message>
        <source>Operators sign in: set PAVT_OPERATOR to your account&apos;s name (the password from PAVT_OPERATOR_PASSWORD or asked on the terminal).</source>
        <translation>Bediener melden sich an: Setzen Sie PAVT_OPERATOR auf den Namen Ihres Kontos (das Passwort aus PAVT_OPERATOR_PASSWORD oder vom Terminal abgefragt).</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>An administrator set your password: change it first with pavt-cli operators passwd.</source>
        <translation>Ein Administrator hat Ihr Passwort gesetzt: Ändern Sie es zuerst mit pavt-cli operators passwd.</translation>
    </message>
    <message>
        <source>Give the approving supervisor with --approver NAME (the password from PAVT_APPROVER_PASSWORD or asked on the terminal).</source>
        <translation>Geben Sie den genehmigenden Supervisor mit --approver NAME an (das Passwort aus PAVT_APPROVER_PASSWORD oder vom Terminal abgefragt).</translation>
    </message>
    <message>
        <source>Password of %1, who approves the refund:</source>
        <translation>Passwort von %1, der die Erstattung genehmigt:</translation>
    </message>
    <message>
        <source>settle takes no arguments, only --from, --to, --csv and --apply.</source>
        <translation>settle erwartet keine Argumente, nur --from, --to, --csv und --apply.</translation>
    </message>
    <message>
        <source>settle needs --from YYYY-MM-DD --to YYYY-MM-DD, from on or before to.</source>
        <translation>settle braucht --from YYYY-MM-DD --to YYYY-MM-DD, from am oder vor to.</translation>
    </message>
    <message>
        <source>--csv needs a file name.</source>
        <translation>--csv braucht einen Dateinamen.</translation>
    </message>
    <message numerus="yes">
        <source>Settlement of %1 to %2: %n gateway transaction(s).</source>
        <translation>
            <numerusform>Abgleich vom %1 bis %2: %n Transaktion des Gateways.</numerusform>
            <numerusform>Abgleich vom %1 bis %2: %n Transaktionen des Gateways.</numerusform>
        </translation>
    </message>
    <message>
        <source>serious</source>
        <translation>ernst</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries changed.</source>
        <translation>
            <numerusform>%n Journaleintrag geändert.</numerusform>
            <numerusform>%n Journaleinträge geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) for the journal; run again with --apply to write them.</source>
        <translation>
            <numerusform>%n Änderung für das Journal; mit --apply erneut ausführen, um sie zu schreiben.</numerusform>
            <numerusform>%n Änderungen für das Journal; mit --apply erneut ausführen, um sie zu schreiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>operators policy set takes a rule and a whole number: operators policy set RULE VALUE.</source>
        <translation>operators policy set erwartet eine Regel und eine ganze Zahl: operators policy set RULE VALUE.</translation>
    </message>
    <message>
        <source>The security policy&apos;s %1 is now %2 (it was %3), for every seat of this journal.</source>
        <translation>%1 der Sicherheitsrichtlinie ist jetzt %2 (vorher %3), für alle Arbeitsplätze dieses Journals.</translation>
    </message>
    <message>
        <source>operators policy takes no arguments, or set RULE VALUE.</source>
        <translation>operators policy erwartet keine Argumente oder set RULE VALUE.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>set by %1</source>
        <translation>gesetzt von %1</translation>
    </message>
    <message>
        <source>operators takes add, list, disable, enable, reset-password, passwd or policy.</source>
        <translation>operators erwartet add, list, disable, enable, reset-password, passwd oder policy.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>Nothing was refunded: confirm with --yes when there is no terminal to ask on.</source>
        <translation>Nichts wurde erstattet: bestätigen Sie mit --yes, wenn es kein Terminal zum Nachfragen gibt.</translation>
    </message>
    <message>
        <source>This file was refunded as batch %1 on %2; nothing is sent again. Its result: %3</source>
        <translation>Diese Datei wurde am %2 als Stapel %1 erstattet; nichts wird erneut gesendet. Ihr Ergebnis: %3</translation>
    </message>
    <message numerus="yes">
        <source>This file is batch %1, interrupted before it finished: %n row(s) are not finished; a row whose refund was on its way is looked up at the gateway, never sent again.</source>
        <translation>
            <numerusform>Diese Datei ist Stapel %1, vor dem Ende unterbrochen: %n Zeile ist nicht fertig; eine Zeile, deren Erstattung unterwegs war, wird beim Gateway nachgeschlagen, nie erneut gesendet.</numerusform>
            <numerusform>Diese Datei ist Stapel %1, vor dem Ende unterbrochen: %n Zeilen sind nicht fertig; eine Zeile, deren Erstattung unterwegs war, wird beim Gateway nachgeschlagen, nie erneut gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume batch %1?</source>
        <translation>Stapel %1 fortsetzen?</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be refunded: %1.</source>
        <translation>
            <numerusform>%n Zeile kann erstattet werden: %1.</numerusform>
            <numerusform>%n Zeilen können erstattet werden: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are refused and will not be sent.</source>
        <translation>
            <numerusform>%n Zeile wird abgelehnt und nicht gesendet.</numerusform>
            <numerusform>%n Zeilen werden abgelehnt und nicht gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the file can be refunded.</source>
        <translation>Keine Zeile der Datei kann erstattet werden.</translation>
    </message>
    <message numerus="yes">
        <source>Refund %n charge(s) now?</source>
        <translation>
            <numerusform>%n Zahlung jetzt erstatten?</numerusform>
            <numerusform>%n Zahlungen jetzt erstatten?</numerusform>
        </translation>
    </message>
    <message>
        <source>The result file %1 cannot be written: %2</source>
        <translation>Die Ergebnisdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Batch %1: refunded %2, not refunded %3, unknown %4 (check those at the gateway). The result of every row is in %5.</source>
        <translation>Stapel %1: erstattet %2, nicht erstattet %3, unbekannt %4 (diese beim Gateway prüfen). Das Ergebnis jeder Zeile steht in %5.</translation>
    </message>
    <message>
        <source>refund --batch FILE takes no transaction id.</source>
        <translation>refund --batch FILE nimmt keine Transaktions-ID.</translation>
    </message>
    <message>
        <source>--amount takes a whole number of minor units above zero.</source>
        <translation>--amount nimmt eine ganze Zahl kleinster Einheiten über null.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::AccountEditDialog</name>
    <message>
        <source>The first administrator</source>
        <translation>Der erste Administrator</translation>
    </message>
    <message>
        <source>This account turns sign-in on: from then on every seat of this journal and pavt-cli need an account. Choose your own password (at least %1 characters).</source>
        <translation>Dieses Konto schaltet die Anmeldung ein: Von da an brauchen jeder Platz dieses Journals und pavt-cli ein Konto. Wählen Sie Ihr eigenes Passwort (mindestens %1 Zeichen).</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>The person changes this password at the first sign-in.</source>
        <translation>Die Person ändert dieses Passwort bei der ersten Anmeldung.</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>The new roles apply at the person&apos;s next action.</source>
        <translation>Die neuen Rollen gelten ab der nächsten Aktion der Person.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Geben Sie dem Konto mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::AccountsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Angezeigt als</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>There are no accounts: the terminal runs for one person without sign-in. Add the first administrator to give everyone an account of their own.</source>
        <translation>Es gibt keine Konten: Das Terminal läuft für eine Person ohne Anmeldung. Fügen Sie den ersten Administrator hinzu, um jedem ein eigenes Konto zu geben.</translation>
    </message>
    <message>
        <source>&amp;Add the first administrator…</source>
        <translation>Den ersten Administrator &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Every account signs in with its own password. A locked-out account opens again after the lock-out time, or at once with a new password.</source>
        <translation>Jedes Konto meldet sich mit seinem eigenen Passwort an. Ein gesperrtes Konto öffnet sich nach Ablauf der Sperrzeit wieder, oder sofort mit einem neuen Passwort.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>gesperrt bis %1</translation>
    </message>
    <message>
        <source>new password not yet changed</source>
        <translation>neues Passwort noch nicht geändert</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>The first administrator %1 was created: sign in with it.</source>
        <translation>Der erste Administrator %1 wurde angelegt: Melden Sie sich damit an.</translation>
    </message>
    <message>
        <source>The account %1 was created.</source>
        <translation>Das Konto %1 wurde angelegt.</translation>
    </message>
    <message>
        <source>The account %1 now has the roles %2.</source>
        <translation>Das Konto %1 hat jetzt die Rollen %2.</translation>
    </message>
    <message>
        <source>The account %1 is enabled.</source>
        <translation>Das Konto %1 ist aktiviert.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: it cannot sign in any more.</source>
        <translation>Das Konto %1 ist deaktiviert: Es kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>A new password for %1, to be changed at the next sign-in. It also ends a lock-out.</source>
        <translation>Ein neues Passwort für %1, das bei der nächsten Anmeldung zu ändern ist. Es beendet auch eine Sperre.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 hat ein neues Passwort.</translation>
    </message>
    <message>
        <source>The security policy was saved for every seat of this journal.</source>
        <translation>Die Sicherheitsrichtlinie wurde für alle Arbeitsplätze dieses Journals gespeichert.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Who did what, on which seat, newest last (the latest %1 records). Each record carries a hash over the one before it, so a record changed, removed or moved breaks the chain.</source>
        <translation>Wer was an welchem Platz getan hat, das Neueste zuletzt (die letzten %1 Einträge). Jeder Eintrag trägt einen Hash über den vorigen, sodass ein geänderter, entfernter oder verschobener Eintrag die Kette bricht.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Checking the whole chain…</source>
        <translation>Die ganze Kette wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n record(s). Its head is %1:%2; keep it elsewhere to find out later whether the trail was rewritten.</source>
        <translation>
            <numerusform>Die Kette ist intakt: %n Eintrag. Ihr Kopf ist %1:%2; bewahren Sie ihn anderswo auf, um später festzustellen, ob das Protokoll neu geschrieben wurde.</numerusform>
            <numerusform>Die Kette ist intakt: %n Einträge. Ihr Kopf ist %1:%2; bewahren Sie ihn anderswo auf, um später festzustellen, ob das Protokoll neu geschrieben wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at record %1: %2</source>
        <translation>Die Kette ist bei Eintrag %1 gebrochen: %2</translation>
    </message>
</context>
<context>
    <name>pavt::gui::BatchRefundDialog</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Check or outcome</source>
        <translation>Prüfung oder Ergebnis</translation>
    </message>
    <message>
        <source>Choose a CSV file: transaction id, reason and, optionally, the amount in the currency&apos;s units (12.50).</source>
        <translation>Wählen Sie eine CSV-Datei: Transaktions-ID, Grund und wahlweise der Betrag in den Einheiten der Währung (12.50).</translation>
    </message>
    <message>
        <source>Batch refund</source>
        <translation>Sammelerstattung</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save the result</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n row(s) refunded; the rows not sent were cancelled.</source>
        <translation>
            <numerusform>Abgebrochen: %n Zeile erstattet; die nicht gesendeten Zeilen wurden abgebrochen.</numerusform>
            <numerusform>Abgebrochen: %n Zeilen erstattet; die nicht gesendeten Zeilen wurden abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) refunded. Save the result to keep the outcome of every row.</source>
        <translation>
            <numerusform>Fertig: %n Zeile erstattet. Speichern Sie das Ergebnis, um den Ausgang jeder Zeile zu behalten.</numerusform>
            <numerusform>Fertig: %n Zeilen erstattet. Speichern Sie das Ergebnis, um den Ausgang jeder Zeile zu behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was refunded as batch %1 on %2; nothing is sent again.</source>
        <translation>Diese Datei wurde am %2 als Stapel %1 erstattet; nichts wird erneut gesendet.</translation>
    </message>
    <message>
        <source>This file is batch %1, interrupted before it finished. Resume it: a row whose refund was on its way is looked up at the gateway, never sent again.</source>
        <translation>Diese Datei ist Stapel %1, der vor dem Ende unterbrochen wurde. Setzen Sie ihn fort: eine Zeile, deren Erstattung unterwegs war, wird beim Gateway nachgeschlagen, nie erneut gesendet.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be refunded: %1.</source>
        <translation>
            <numerusform>%n Zeile kann erstattet werden: %1.</numerusform>
            <numerusform>%n Zeilen können erstattet werden: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are refused and will not be sent.</source>
        <translation>
            <numerusform>%n Zeile wird abgelehnt und nicht gesendet.</numerusform>
            <numerusform>%n Zeilen werden abgelehnt und nicht gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refund %n charge(s) now? Each is sent once, one after the other.</source>
        <translation>
            <numerusform>%n Zahlung jetzt erstatten? Jede wird einmal gesendet, eine nach der anderen.</numerusform>
            <numerusform>%n Zahlungen jetzt erstatten? Jede wird einmal gesendet, eine nach der anderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume batch %1?</source>
        <translation>Stapel %1 fortsetzen?</translation>
    </message>
    <message>
        <source>The result file %1 cannot be written: %2</source>
        <translation>Die Ergebnisdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The result was saved in %1.</source>
        <translation>Das Ergebnis wurde in %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Erstatten</translation>
    </message>
</context>
<context>
    <name>pavt::gui::ChargeCoordinator</name>
    <message>
        <source>A charge is already in progress.</source>
        <translation>Es läuft bereits eine Belastung.</translation>
    </message>
    <message>
        <source>No gateway or journal is configured.</source>
        <translation>Es ist kein Gateway oder Journal eingerichtet.</translation>
    </message>
    <message>
        <source>Warning: the outcome could not be written to the journal: %1</source>
        <translation>Warnung: Das Ergebnis konnte nicht ins Journal geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The gateway could not confirm this charge in time: look it up in the merchant portal before charging again. %1</source>
        <translation>Das Gateway konnte diese Belastung nicht rechtzeitig bestätigen: Prüfen Sie sie im Händlerportal, bevor Sie erneut belasten. %1</translation>
    </message>
</context>
<context>
    <name>pavt::gui::ChargeForm</name>
    <message numerus="yes">
        <source>Fill in %n more field(s), starting with the %1.</source>
        <translation>
            <numerusform>Füllen Sie noch %n Feld aus, beginnend mit: %1.</numerusform>
            <numerusform>Füllen Sie noch %n Felder aus, beginnend mit: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the %1: %2</source>
        <translation>Prüfen Sie das Feld „%1“: %2</translation>
    </message>
    <message>
        <source>Charge %1 to %2, %3?</source>
        <translation>%1 von %2 belasten, %3?</translation>
    </message>
</context>
<context>
    <name>pavt::gui::ChargePage</name>
    <message>
        <source>Card brand not known yet</source>
        <translation>Kartenmarke noch nicht erkannt</translation>
    </message>
    <message>
        <source>Card brand: %1</source>
        <translation>Kartenmarke: %1</translation>
    </message>
    <message>
        <source>A charge is in progress…</source>
        <translation>Eine Belastung läuft…</translation>
    </message>
    <message>
        <source>Charge the card (Enter)</source>
        <translation>Karte belasten (Eingabe)</translation>
    </message>
    <message>
        <source>Card details</source>
        <translation>Kartendaten</translation>
    </message>
    <message>
        <source>Key the customer&apos;s card (Ctrl+K)</source>
        <translation>Die Karte des Kunden eingeben (Strg+K)</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <source>Send the customer a link to pay on the gateway&apos;s page (Ctrl+L)</source>
        <translation>Dem Kunden einen Link zum Bezahlen auf der Seite des Gateways senden (Strg+L)</translation>
    </message>
    <message>
        <source>The payment link is being created…</source>
        <translation>Der Zahlungslink wird erstellt…</translation>
    </message>
    <message>
        <source>Create link (Enter)</source>
        <translation>Link erstellen (Eingabe)</translation>
    </message>
    <message>
        <source>Charge (Enter)</source>
        <translation>Belasten (Eingabe)</translation>
    </message>
    <message>
        <source>Create the payment link (Enter)</source>
        <translation>Den Zahlungslink erstellen (Eingabe)</translation>
    </message>
</context>
<context>
    <name>pavt::gui::CustomerSuggestions</name>
    <message>
        <source>Previous customers</source>
        <translation>Frühere Kunden</translation>
    </message>
    <message>
        <source>last order %1</source>
        <translation>letzte Bestellung %1</translation>
    </message>
</context>
<context>
    <name>pavt::gui::EndOfDayPage</name>
    <message>
        <source>Apply changes to the journal</source>
        <translation>Änderungen ins Journal übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>The journal learns these %n change(s) from the gateway. Nothing else is changed, and each change is recorded in the audit trail.</source>
        <translation>
            <numerusform>Das Journal übernimmt diese %n Änderung vom Gateway. Sonst wird nichts geändert, und jede Änderung wird im Prüfprotokoll festgehalten.</numerusform>
            <numerusform>Das Journal übernimmt diese %n Änderungen vom Gateway. Sonst wird nichts geändert, und jede Änderung wird im Prüfprotokoll festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>Zu übernehmende Änderungen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>The settlement was stopped: the gateway or the journal changed.</source>
        <translation>Der Abgleich wurde abgebrochen: Gateway oder Journal haben sich geändert.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No gateway is configured, so there is nothing to settle against: open Settings (Ctrl+,).</source>
        <translation>Es ist kein Gateway eingerichtet, also gibt es nichts zum Abgleichen: Öffnen Sie die Einstellungen (Strg+,).</translation>
    </message>
    <message>
        <source>The first day is after the last: choose a range from an earlier day to a later one.</source>
        <translation>Der erste Tag liegt nach dem letzten: Wählen Sie einen Zeitraum von einem früheren zu einem späteren Tag.</translation>
    </message>
    <message>
        <source>Reading the gateway&apos;s transaction list…</source>
        <translation>Die Transaktionsliste des Gateways wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the page under way, then stopping…</source>
        <translation>Wird abgebrochen: Die laufende Seite wird abgewartet, dann wird angehalten…</translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %n transaction(s)</source>
        <translation>
            <numerusform>Seite %1: %n Transaktion</numerusform>
            <numerusform>Seite %1: %n Transaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no more pages were fetched, nothing is shown and nothing was changed.</source>
        <translation>Abgebrochen: Es wurden keine weiteren Seiten abgerufen, nichts wird angezeigt und nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n gateway transaction(s) on %1 page(s).</source>
        <translation>
            <numerusform>%n Gateway-Transaktion auf %1 Seite(n).</numerusform>
            <numerusform>%n Gateway-Transaktionen auf %1 Seite(n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serious row(s) to look into (marked ⚠, on the first tabs).</source>
        <translation>
            <numerusform>%n ernste Zeile zu prüfen (mit ⚠ markiert, auf den ersten Reitern).</numerusform>
            <numerusform>%n ernste Zeilen zu prüfen (mit ⚠ markiert, auf den ersten Reitern).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing serious.</source>
        <translation>Nichts Ernstes.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) for the journal: Apply changes… lists them.</source>
        <translation>
            <numerusform>%n Änderung für das Journal: „Änderungen übernehmen…“ listet sie auf.</numerusform>
            <numerusform>%n Änderungen für das Journal: „Änderungen übernehmen…“ listet sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first page…</source>
        <translation>Warten auf die erste Seite…</translation>
    </message>
    <message>
        <source>Nothing to apply: the journal already knows what the gateway knows.</source>
        <translation>Nichts zu übernehmen: Das Journal weiß bereits, was das Gateway weiß.</translation>
    </message>
    <message>
        <source>Nothing was applied.</source>
        <translation>Es wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>The changes could not all be applied: %1</source>
        <translation>Die Änderungen konnten nicht alle übernommen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries changed.</source>
        <translation>
            <numerusform>%n Journaleintrag geändert.</numerusform>
            <numerusform>%n Journaleinträge geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the settlement as CSV</source>
        <translation>Abgleich als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the end-of-day report as PDF</source>
        <translation>Tagesabschlussbericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Der Bericht wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Settle the days against the gateway&apos;s list (Enter)</source>
        <translation>Die Tage mit der Liste des Gateways abgleichen (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop reading the gateway&apos;s list (Esc); nothing is changed</source>
        <translation>Lesen der Gateway-Liste anhalten (Esc); nichts wird geändert</translation>
    </message>
    <message>
        <source>Pages of the gateway&apos;s list read</source>
        <translation>Gelesene Seiten der Gateway-Liste</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Per day and currency</source>
        <translation>Pro Tag und Währung</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>Pro Bediener</translation>
    </message>
    <message>
        <source>Per kind</source>
        <translation>Pro Art</translation>
    </message>
    <message>
        <source>Totals per day and currency</source>
        <translation>Summen pro Tag und Währung</translation>
    </message>
    <message>
        <source>Totals per operator</source>
        <translation>Summen pro Bediener</translation>
    </message>
    <message>
        <source>Totals per kind</source>
        <translation>Summen pro Art</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Daily net</source>
        <translation>Netto pro Tag</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Apply changes…</source>
        <translation>Änderungen &amp;übernehmen…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>C&amp;SV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Choose the days and press Run (Enter): the gateway&apos;s list is read and matched with the journal.</source>
        <translation>Wählen Sie die Tage und drücken Sie „Ausführen“ (Eingabe): Die Liste des Gateways wird gelesen und mit dem Journal abgeglichen.</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Was abweicht</translation>
    </message>
    <message>
        <source>Serious: a person must look at this one.</source>
        <translation>Ernst: Das muss sich jemand ansehen.</translation>
    </message>
    <message>
        <source>(no entry)</source>
        <translation>(kein Eintrag)</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(kein Datensatz)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>%1; on %2</source>
        <translation>%1; am %2</translation>
    </message>
    <message>
        <source>%1 (%2, serious)</source>
        <translation>%1 (%2, ernst)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Serious rows: a person must look at them.</source>
        <translation>Ernste Zeilen: Die muss sich jemand ansehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n transaction(s)</source>
        <translation>
            <numerusform>%1: %n Transaktion</numerusform>
            <numerusform>%1: %n Transaktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation>Genehmigter Betrag</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Chargebacks</source>
        <translation>Rückbuchungen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Chart: daily net per currency</source>
        <translation>Diagramm: Netto pro Tag und Währung</translation>
    </message>
    <message>
        <source>Chart: transactions per category</source>
        <translation>Diagramm: Transaktionen pro Kategorie</translation>
    </message>
</context>
<context>
    <name>pavt::gui::EndOfDayPdf</name>
    <message numerus="yes">
        <source>%n gateway transaction(s) on %1 page(s) of the gateway&apos;s list.</source>
        <translation>
            <numerusform>%n Gateway-Transaktion auf %1 Seite(n) der Gateway-Liste.</numerusform>
            <numerusform>%n Gateway-Transaktionen auf %1 Seite(n) der Gateway-Liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pavt::gui::Help</name>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;User guide…</source>
        <translation>&amp;Benutzerhandbuch…</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>Ü&amp;ber…</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Card payments taken by phone, through the Pay Agency gateway.</source>
        <translation>Telefonisch entgegengenommene Kartenzahlungen über das Pay-Agency-Gateway.</translation>
    </message>
    <message>
        <source>Licence: MIT. Running on %1 (%2).</source>
        <translation>Lizenz: MIT. Läuft auf %1 (%2).</translation>
    </message>
    <message>
        <source>Built with these libraries, each under its own licence:</source>
        <translation>Erstellt mit diesen Bibliotheken, jede unter ihrer eigenen Lizenz:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
</context>
<context>
    <name>pavt::gui::HistoryCoordinator</name>
    <message>
        <source>Looking up the charge at the gateway…</source>
        <translation>Belastung wird beim Gateway abgefragt…</translation>
    </message>
    <message>
        <source>Refunded: order %1.</source>
        <translation>Erstattet: Bestellung %1.</translation>
    </message>
    <message>
        <source>The refund of order %1 did not go through: %2</source>
        <translation>Die Erstattung der Bestellung %1 ist nicht durchgegangen: %2</translation>
    </message>
    <message>
        <source>Refunding order %1…</source>
        <translation>Bestellung %1 wird erstattet…</translation>
    </message>
    <message>
        <source>Looking for the payment link at the gateway…</source>
        <translation>Der Zahlungslink wird beim Gateway gesucht…</translation>
    </message>
    <message>
        <source>Partly refunded: order %1, %2 of %3 refunded so far.</source>
        <translation>Teilweise erstattet: Bestellung %1, bisher %2 von %3 erstattet.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::HistoryPage</name>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Export charges</source>
        <translation>Belastungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n charge(s).</source>
        <translation>
            <numerusform>%n Belastung exportiert.</numerusform>
            <numerusform>%n Belastungen exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No charges match.</source>
        <translation>Keine passenden Belastungen.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Karteninhaber</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Gateway message</source>
        <translation>Meldung des Gateways</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>3-D Secure link</source>
        <translation>3-D-Secure-Link</translation>
    </message>
    <message>
        <source>Refund reason</source>
        <translation>Erstattungsgrund</translation>
    </message>
    <message>
        <source>Refund message</source>
        <translation>Erstattungsmeldung</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <source>Followed until</source>
        <translation>Verfolgt bis</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Ar&amp;t</translation>
    </message>
    <message>
        <source>Kind of payment filter</source>
        <translation>Filter nach Zahlungsart</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Payment links (any)</source>
        <translation>Zahlungslinks (alle)</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the payment link of the selected entry</source>
        <translation>Den Zahlungslink des gewählten Eintrags kopieren</translation>
    </message>
    <message>
        <source>E-&amp;mail again…</source>
        <translation>Erneut per E-&amp;Mail…</translation>
    </message>
    <message>
        <source>E-mail the payment link to the customer again</source>
        <translation>Den Zahlungslink erneut per E-Mail an den Kunden senden</translation>
    </message>
    <message>
        <source>Refunded so far</source>
        <translation>Bisher erstattet</translation>
    </message>
</context>
<context>
    <name>pavt::gui::LinkCoordinator</name>
    <message>
        <source>Warning: the outcome could not be written to the journal: %1</source>
        <translation>Warnung: das Ergebnis konnte nicht ins Journal geschrieben werden: %1</translation>
    </message>
    <message>
        <source>A payment link is already being created.</source>
        <translation>Es wird bereits ein Zahlungslink erstellt.</translation>
    </message>
    <message>
        <source>No gateway or journal is configured.</source>
        <translation>Kein Gateway oder Journal ist eingerichtet.</translation>
    </message>
    <message>
        <source>No gateway is configured.</source>
        <translation>Kein Gateway ist eingerichtet.</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Die Vorlagen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>pavt::gui::LinkMail</name>
    <message>
        <source>Your payment link for order %1</source>
        <translation>Ihr Zahlungslink für Bestellung %1</translation>
    </message>
    <message>
        <source>Your payment link for order %1 (%2)</source>
        <translation>Ihr Zahlungslink für Bestellung %1 (%2)</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Guten Tag %1,</translation>
    </message>
    <message>
        <source>As agreed, you can pay for order %1 securely on this page:</source>
        <translation>Wie vereinbart können Sie Bestellung %1 sicher auf dieser Seite bezahlen:</translation>
    </message>
    <message>
        <source>As agreed, you can pay %1 for order %2 securely on this page:</source>
        <translation>Wie vereinbart können Sie %1 für Bestellung %2 sicher auf dieser Seite bezahlen:</translation>
    </message>
    <message>
        <source>Please pay by %1. You type your card details on the payment page only; we never ask for them by e-mail.</source>
        <translation>Bitte zahlen Sie bis %1. Ihre Kartendaten geben Sie nur auf der Zahlungsseite ein; wir fragen nie per E-Mail danach.</translation>
    </message>
    <message>
        <source>You type your card details on the payment page only; we never ask for them by e-mail.</source>
        <translation>Ihre Kartendaten geben Sie nur auf der Zahlungsseite ein; wir fragen nie per E-Mail danach.</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Vielen Dank.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::LinkNotice</name>
    <message>
        <source>Payment link paid: %1, order %2.</source>
        <translation>Zahlungslink bezahlt: %1, Bestellung %2.</translation>
    </message>
    <message>
        <source>Payment link paid: %1 by %2, order %3.</source>
        <translation>Zahlungslink bezahlt: %1 von %2, Bestellung %3.</translation>
    </message>
    <message>
        <source>The payment by link for order %1 failed; no money was taken.</source>
        <translation>Die Zahlung per Link für Bestellung %1 ist fehlgeschlagen; es wurde kein Geld abgebucht.</translation>
    </message>
    <message>
        <source>The payment link for order %1 expired unpaid; it is no longer followed.</source>
        <translation>Der Zahlungslink für Bestellung %1 ist unbezahlt abgelaufen; er wird nicht mehr verfolgt.</translation>
    </message>
    <message>
        <source>The payment link for order %1 needs checking: %2</source>
        <translation>Der Zahlungslink für Bestellung %1 muss geprüft werden: %2</translation>
    </message>
    <message>
        <source>Payment link paid</source>
        <translation>Zahlungslink bezahlt</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message numerus="yes">
        <source>(%n more since you last looked)</source>
        <translation>
            <numerusform>(%n weitere seit Ihrem letzten Blick)</numerusform>
            <numerusform>(%n weitere seit Ihrem letzten Blick)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in history</source>
        <translation>Im Verlauf zeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>pavt::gui::LinkOptions</name>
    <message>
        <source>Choose a template for the payment link.</source>
        <translation>Wählen Sie eine Vorlage für den Zahlungslink.</translation>
    </message>
    <message>
        <source>There is no template to make a payment link from.</source>
        <translation>Es gibt keine Vorlage, aus der ein Zahlungslink erstellt werden kann.</translation>
    </message>
    <message>
        <source>The customer types the card on the gateway&apos;s own payment page; you never hear it. The link is followed until it is paid or expires.</source>
        <translation>Der Kunde gibt die Karte auf der Zahlungsseite des Gateways ein; Sie hören sie nie. Der Link wird verfolgt, bis er bezahlt ist oder abläuft.</translation>
    </message>
    <message>
        <source>The customer pays on the gateway&apos;s page with one of the merchant&apos;s other payment methods. The link is followed until it is paid or expires.</source>
        <translation>Der Kunde zahlt auf der Seite des Gateways mit einer der anderen Zahlarten des Händlers. Der Link wird verfolgt, bis er bezahlt ist oder abläuft.</translation>
    </message>
    <message>
        <source>Loading the merchant&apos;s templates…</source>
        <translation>Die Vorlagen des Händlers werden geladen…</translation>
    </message>
    <message>
        <source>The merchant has no payment templates.</source>
        <translation>Der Händler hat keine Zahlungsvorlagen.</translation>
    </message>
    <message>
        <source>A link from the chosen template; the customer can pay it until the end of the expiry date.</source>
        <translation>Ein Link aus der gewählten Vorlage; der Kunde kann ihn bis zum Ende des Ablaufdatums bezahlen.</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Zahlungslink</translation>
    </message>
    <message>
        <source>Payme&amp;nt method</source>
        <translation>Zahl&amp;art</translation>
    </message>
    <message>
        <source>Templat&amp;e</source>
        <translation>Vorlag&amp;e</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Gültig bis</translation>
    </message>
    <message>
        <source>Card, on the gateway&apos;s page</source>
        <translation>Karte, auf der Seite des Gateways</translation>
    </message>
    <message>
        <source>Other payment methods (APM)</source>
        <translation>Andere Zahlarten (APM)</translation>
    </message>
    <message>
        <source>Link from a template (live only)</source>
        <translation>Link aus einer Vorlage (nur live)</translation>
    </message>
    <message>
        <source>Payment method of the link</source>
        <translation>Zahlart des Links</translation>
    </message>
    <message>
        <source>Template of the payment link</source>
        <translation>Vorlage des Zahlungslinks</translation>
    </message>
    <message>
        <source>Last day the link can be paid</source>
        <translation>Letzter Tag, an dem der Link bezahlt werden kann</translation>
    </message>
</context>
<context>
    <name>pavt::gui::LinkPanel</name>
    <message>
        <source>Link not created</source>
        <translation>Link nicht erstellt</translation>
    </message>
    <message>
        <source>%1
Nothing reached the gateway and no link exists; you can try again.</source>
        <translation>%1
Nichts hat das Gateway erreicht und kein Link existiert; Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>Waiting for the customer to pay</source>
        <translation>Wartet auf die Zahlung des Kunden</translation>
    </message>
    <message>
        <source>Hand %1 this link for %2: copy it, e-mail it, or let them scan the code. It is followed until it is paid or until %3; you may go on with other orders, the terminal tells you when it is paid.</source>
        <translation>Geben Sie %1 diesen Link für %2: kopieren, per E-Mail senden oder den Code scannen lassen. Er wird verfolgt, bis er bezahlt ist oder bis %3; Sie können mit anderen Bestellungen weitermachen, das Terminal meldet, wenn er bezahlt ist.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>dem Kunden</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>%1 paid by %2 on the gateway&apos;s page.</source>
        <translation>%1 von %2 auf der Seite des Gateways bezahlt.</translation>
    </message>
    <message>
        <source>%1 paid by %2 on the gateway&apos;s page with %3.</source>
        <translation>%1 von %2 auf der Seite des Gateways mit %3 bezahlt.</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1
No money was taken. You can make a new link for the customer.</source>
        <translation>%1
Es wurde kein Geld abgebucht. Sie können einen neuen Link für den Kunden erstellen.</translation>
    </message>
    <message>
        <source>Link expired: no longer followed</source>
        <translation>Link abgelaufen: wird nicht mehr verfolgt</translation>
    </message>
    <message>
        <source>Unresolved: check by hand</source>
        <translation>Ungeklärt: von Hand prüfen</translation>
    </message>
    <message>
        <source>Rejected by the gateway</source>
        <translation>Vom Gateway zurückgewiesen</translation>
    </message>
    <message>
        <source>%1
No link was made.</source>
        <translation>%1
Es wurde kein Link erstellt.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Link not confirmed: being looked up</source>
        <translation>Link nicht bestätigt: wird gesucht</translation>
    </message>
    <message>
        <source>The request was sent but no usable answer came back (%1). The link MAY exist: the terminal is looking for order %2 at the gateway. Do not make another link for this order until the history shows the result.</source>
        <translation>Die Anfrage wurde gesendet, aber es kam keine brauchbare Antwort zurück (%1). Der Link KANN existieren: das Terminal sucht Bestellung %2 beim Gateway. Erstellen Sie keinen weiteren Link für diese Bestellung, bis der Verlauf das Ergebnis zeigt.</translation>
    </message>
    <message>
        <source>QR code of the payment link, for a customer at the counter</source>
        <translation>QR-Code des Zahlungslinks, für einen Kunden am Schalter</translation>
    </message>
    <message>
        <source>Copy lin&amp;k</source>
        <translation>Lin&amp;k kopieren</translation>
    </message>
    <message>
        <source>&amp;E-mail to customer…</source>
        <translation>Per &amp;E-Mail an den Kunden…</translation>
    </message>
    <message>
        <source>No e-mail address was given for the customer.</source>
        <translation>Für den Kunden wurde keine E-Mail-Adresse angegeben.</translation>
    </message>
    <message>
        <source>Opens your mail program with a message to %1; you send it.</source>
        <translation>Öffnet Ihr E-Mail-Programm mit einer Nachricht an %1; Sie senden sie.</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>New charge (Ctrl+N)</source>
        <translation>Neue Belastung (Strg+N)</translation>
    </message>
    <message>
        <source>Payment link for the customer</source>
        <translation>Zahlungslink für den Kunden</translation>
    </message>
    <message>
        <source>QR code of the payment link</source>
        <translation>QR-Code des Zahlungslinks</translation>
    </message>
</context>
<context>
    <name>pavt::gui::MainWindow</name>
    <message>
        <source>Confirm the charge</source>
        <translation>Belastung bestätigen</translation>
    </message>
    <message>
        <source>&amp;Charge</source>
        <translation>&amp;Belasten</translation>
    </message>
    <message>
        <source>&amp;New charge</source>
        <translation>&amp;Neue Belastung</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>DEMO — payments go to the built-in gateway simulator; no real card is charged. Use the test cards on the right. Enter credentials in Settings (Ctrl+,) to go live.</source>
        <translation>DEMO — Zahlungen gehen an den eingebauten Gateway-Simulator; keine echte Karte wird belastet. Verwenden Sie die Testkarten rechts. Geben Sie in den Einstellungen (Strg+,) Zugangsdaten ein, um live zu gehen.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demo-Modus</translation>
    </message>
    <message>
        <source>Test cards (demo)</source>
        <translation>Testkarten (Demo)</translation>
    </message>
    <message>
        <source>Any future expiry (e.g. 12/30), any CVV (3 digits, 4 for Amex).</source>
        <translation>Beliebiges zukünftiges Ablaufdatum (z. B. 12/30), beliebige CVV (3 Ziffern, 4 bei Amex).</translation>
    </message>
    <message>
        <source>Test cards of the simulator</source>
        <translation>Testkarten des Simulators</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>LIVE — real cards are charged.</source>
        <translation>LIVE — echte Karten werden belastet.</translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation>Live-Modus</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Umgebung: %1</translation>
    </message>
    <message>
        <source>No gateway is configured: open Settings (Ctrl+,).</source>
        <translation>Es ist kein Gateway eingerichtet: Öffnen Sie die Einstellungen (Strg+,).</translation>
    </message>
    <message>
        <source>The journal could not be checked for a duplicate charge: %1</source>
        <translation>Das Journal konnte nicht auf eine doppelte Belastung geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Possible double charge: the same amount was charged to this card %n second(s) ago (order %1, %2). Charge it again only if the customer asked for a second payment.</source>
        <translation>
            <numerusform>Mögliche Doppelbelastung: Derselbe Betrag wurde dieser Karte vor %n Sekunde belastet (Bestellung %1, %2). Belasten Sie erneut nur, wenn der Kunde eine zweite Zahlung gewünscht hat.</numerusform>
            <numerusform>Mögliche Doppelbelastung: Derselbe Betrag wurde dieser Karte vor %n Sekunden belastet (Bestellung %1, %2). Belasten Sie erneut nur, wenn der Kunde eine zweite Zahlung gewünscht hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charging %1…</source>
        <translation>%1 wird belastet…</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Bestellung %1: %2</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Beleg speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Beleg gespeichert unter %1</translation>
    </message>
    <message numerus="yes">
        <source>The card details were cleared after %n second(s) without activity.</source>
        <translation>
            <numerusform>Die Kartendaten wurden nach %n Sekunde ohne Aktivität geleert.</numerusform>
            <numerusform>Die Kartendaten wurden nach %n Sekunden ohne Aktivität geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A charge is in progress</source>
        <translation>Eine Belastung läuft</translation>
    </message>
    <message>
        <source>A charge is waiting for the gateway&apos;s answer. If you quit now its outcome will be looked up the next time the terminal starts. Quit anyway?</source>
        <translation>Eine Belastung wartet auf die Antwort des Gateways. Wenn Sie jetzt beenden, wird ihr Ergebnis beim nächsten Start des Terminals abgefragt. Trotzdem beenden?</translation>
    </message>
    <message>
        <source>T&amp;erminal</source>
        <translation>T&amp;erminal</translation>
    </message>
    <message>
        <source>Nothing can be charged until this is fixed in Settings (Ctrl+,): %1</source>
        <translation>Bis dies in den Einstellungen (Strg+,) behoben ist, kann nichts belastet werden: %1</translation>
    </message>
    <message>
        <source>Charging is stopped</source>
        <translation>Belasten ist angehalten</translation>
    </message>
    <message>
        <source>DEMO — %1</source>
        <translation>DEMO — %1</translation>
    </message>
    <message>
        <source>Charge form</source>
        <translation>Belastungsformular</translation>
    </message>
    <message>
        <source>Charge (a confirmation follows)</source>
        <translation>Belasten (eine Bestätigung folgt)</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Formular leeren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;About PayAgency Virtual Terminal</source>
        <translation>Ü&amp;ber PayAgency Virtual Terminal</translation>
    </message>
    <message>
        <source>Print the receipt, save it as PDF or e-mail it to the customer?</source>
        <translation>Beleg drucken, als PDF speichern oder dem Kunden per E-Mail senden?</translation>
    </message>
    <message>
        <source>&amp;E-mail receipt…</source>
        <translation>Per &amp;E-Mail senden…</translation>
    </message>
    <message>
        <source>No mail program could be opened on this computer. Set one as the desktop&apos;s default e-mail application, or save the receipt as PDF and attach it.</source>
        <translation>Auf diesem Computer konnte kein E-Mail-Programm geöffnet werden. Legen Sie eines als Standard-E-Mail-Anwendung des Desktops fest, oder speichern Sie den Beleg als PDF und hängen Sie ihn an.</translation>
    </message>
    <message>
        <source>The receipt is in a new e-mail in your mail program; add the customer&apos;s address there.</source>
        <translation>Der Beleg steht in einer neuen E-Mail in Ihrem E-Mail-Programm; tragen Sie dort die Adresse des Kunden ein.</translation>
    </message>
    <message>
        <source>The receipt is in a new e-mail to %1 in your mail program.</source>
        <translation>Der Beleg steht in einer neuen E-Mail an %1 in Ihrem E-Mail-Programm.</translation>
    </message>
    <message>
        <source>Filled in the details of %1 from their order of %2. The card is never kept: key it again.</source>
        <translation>Die Angaben von %1 aus der Bestellung vom %2 wurden eingetragen. Die Karte wird nie gespeichert: Geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>&amp;Card details</source>
        <translation>&amp;Kartendaten</translation>
    </message>
    <message>
        <source>Payment &amp;link</source>
        <translation>Zahlungs&amp;link</translation>
    </message>
    <message>
        <source>Creating the payment link for %1…</source>
        <translation>Der Zahlungslink für %1 wird erstellt…</translation>
    </message>
    <message>
        <source>The payment link of order %1 is on the clipboard.</source>
        <translation>Der Zahlungslink der Bestellung %1 ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Your mail program opens with the link of order %1; send it from there.</source>
        <translation>Ihr E-Mail-Programm öffnet sich mit dem Link der Bestellung %1; senden Sie ihn von dort.</translation>
    </message>
    <message>
        <source>This account does not charge cards.</source>
        <translation>Dieses Konto belastet keine Karten.</translation>
    </message>
    <message>
        <source>This account does not print receipts.</source>
        <translation>Dieses Konto druckt keine Belege.</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Tagesabschluss</translation>
    </message>
    <message>
        <source>Run the settlement of the chosen days</source>
        <translation>Den Abgleich der gewählten Tage ausführen</translation>
    </message>
    <message>
        <source>Cancel a settlement under way</source>
        <translation>Einen laufenden Abgleich abbrechen</translation>
    </message>
    <message>
        <source>En&amp;d of day</source>
        <translation>&amp;Tagesabschluss</translation>
    </message>
    <message>
        <source>&amp;Batch refund…</source>
        <translation>Sammelerstattun&amp;g…</translation>
    </message>
    <message>
        <source>Only an approved charge has a receipt.</source>
        <translation>Nur eine genehmigte Belastung hat einen Beleg.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::PasswordDialog</name>
    <message>
        <source>A supervisor&apos;s approval</source>
        <translation>Genehmigung eines Supervisors</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>The supervisor&apos;s password</source>
        <translation>Das Passwort des Supervisors</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Ihr Passwort ändern</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Ein neues Passwort setzen</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s name and password.</source>
        <translation>Geben Sie Name und Passwort des Supervisors ein.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Geben Sie Ihr bisheriges Passwort ein.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::PolicyDialog</name>
    <message>
        <source>&amp;Lock the window after</source>
        <translation>Fenster &amp;sperren nach</translation>
    </message>
    <message>
        <source>Lock an account after &amp;wrong passwords</source>
        <translation>Konto sperren nach &amp;falschen Passwörtern</translation>
    </message>
    <message>
        <source>Keep it locked &amp;for</source>
        <translation>Gesperrt &amp;lassen für</translation>
    </message>
    <message>
        <source>&amp;Supervisor, per refund</source>
        <translation>S&amp;upervisor, je Erstattung</translation>
    </message>
    <message>
        <source>Supervisor, per &amp;day</source>
        <translation>Supervisor, pro &amp;Tag</translation>
    </message>
    <message>
        <source>F&amp;inance, per refund</source>
        <translation>&amp;Buchhaltung, je Erstattung</translation>
    </message>
    <message>
        <source>Finance, per d&amp;ay</source>
        <translation>Buchhaltung, pro T&amp;ag</translation>
    </message>
    <message>
        <source>Security policy</source>
        <translation>Sicherheitsrichtlinie</translation>
    </message>
    <message>
        <source>These rules apply to every seat of this journal and to pavt-cli. Refund limits are in major units of the refund&apos;s currency; a refund above them needs a supervisor&apos;s approval.</source>
        <translation>Diese Regeln gelten für alle Arbeitsplätze dieses Journals und für pavt-cli. Erstattungsgrenzen sind in Haupteinheiten der Währung der Erstattung; eine Erstattung darüber braucht die Freigabe eines Supervisors.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
</context>
<context>
    <name>pavt::gui::Receipt</name>
    <message>
        <source>Payment receipt</source>
        <translation>Zahlungsbeleg</translation>
    </message>
    <message>
        <source>DEMO: no real payment was made.</source>
        <translation>DEMO: Es wurde keine echte Zahlung ausgeführt.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Karteninhaber</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Card payment taken by phone through Pay Agency.</source>
        <translation>Kartenzahlung telefonisch entgegengenommen über Pay Agency.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Beleg %1</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>Der Beleg konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Your payment receipt (%1)</source>
        <translation>Ihr Zahlungsbeleg (%1)</translation>
    </message>
    <message>
        <source>Your payment receipt from %1 (%2)</source>
        <translation>Ihr Zahlungsbeleg von %1 (%2)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Refunded in full (%1)</source>
        <translation>Vollständig erstattet (%1)</translation>
    </message>
    <message>
        <source>Partly refunded: %1 of %2</source>
        <translation>Teilweise erstattet: %1 von %2</translation>
    </message>
</context>
<context>
    <name>pavt::gui::RefundDialog</name>
    <message>
        <source>Refund to %1 %2 (card …%3, transaction %4): %5 was charged, %6 is left to refund.</source>
        <translation>Erstattung an %1 %2 (Karte …%3, Transaktion %4): %5 wurden belastet, %6 sind noch zu erstatten.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Betrag (%1)</translation>
    </message>
    <message>
        <source>Refund %1 to %2 %3 (card …%4, transaction %5) in full?</source>
        <translation>%1 vollständig an %2 %3 erstatten (Karte …%4, Transaktion %5)?</translation>
    </message>
    <message>
        <source>The charge&apos;s currency %1 is not known.</source>
        <translation>Die Währung %1 der Zahlung ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>Geben Sie einen Grund für die Erstattung an.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::ResultPanel</name>
    <message>
        <source>%1 on %2 for %3.</source>
        <translation>%1 auf %2 für %3.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>The card was declined: %1
No money was taken. Ask the customer for another card.</source>
        <translation>Die Karte wurde abgelehnt: %1
Es wurde kein Geld abgebucht. Bitten Sie den Kunden um eine andere Karte.</translation>
    </message>
    <message>
        <source>3-D Secure needed</source>
        <translation>3-D Secure erforderlich</translation>
    </message>
    <message>
        <source>The cardholder must confirm this payment with their bank. Open the link in a browser or send it to the cardholder. The status is followed until it is final.
%1</source>
        <translation>Der Karteninhaber muss diese Zahlung bei seiner Bank bestätigen. Öffnen Sie den Link in einem Browser oder senden Sie ihn dem Karteninhaber. Der Status wird verfolgt, bis er endgültig ist.
%1</translation>
    </message>
    <message>
        <source>Waiting for 3-D Secure</source>
        <translation>Wartet auf 3-D Secure</translation>
    </message>
    <message>
        <source>The cardholder has not finished the 3-D Secure check yet. %1</source>
        <translation>Der Karteninhaber hat die 3-D-Secure-Prüfung noch nicht abgeschlossen. %1</translation>
    </message>
    <message>
        <source>Rejected by the gateway</source>
        <translation>Vom Gateway zurückgewiesen</translation>
    </message>
    <message>
        <source>%1
No money was taken.</source>
        <translation>%1
Es wurde kein Geld abgebucht.</translation>
    </message>
    <message>
        <source>%1
The fields the gateway complained about are marked on the form. No money was taken.</source>
        <translation>%1
Die vom Gateway beanstandeten Felder sind im Formular markiert. Es wurde kein Geld abgebucht.</translation>
    </message>
    <message>
        <source>The gateway refused the credentials (HTTP 401). Check the secret key in Settings. No money was taken.</source>
        <translation>Das Gateway hat die Zugangsdaten abgelehnt (HTTP 401). Prüfen Sie den geheimen Schlüssel in den Einstellungen. Es wurde kein Geld abgebucht.</translation>
    </message>
    <message>
        <source>Gateway error</source>
        <translation>Gateway-Fehler</translation>
    </message>
    <message>
        <source>The gateway had a problem (%1). The charge is being looked up to be sure no money was taken; do not charge again until the history shows the result.</source>
        <translation>Das Gateway hatte ein Problem (%1). Die Belastung wird abgefragt, um sicherzugehen, dass kein Geld abgebucht wurde; belasten Sie nicht erneut, bis der Verlauf das Ergebnis zeigt.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>%1
Nothing reached the gateway and no money was taken; you can try again.</source>
        <translation>%1
Nichts hat das Gateway erreicht und es wurde kein Geld abgebucht; Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>Outcome unknown: being looked up</source>
        <translation>Ergebnis unbekannt: wird abgefragt</translation>
    </message>
    <message>
        <source>The charge was sent but no clear answer came back, so it MAY HAVE GONE THROUGH. Do not charge this card again. The terminal is looking it up with the gateway (order %1) and the history will show the result.
%2</source>
        <translation>Die Belastung wurde gesendet, aber es kam keine eindeutige Antwort zurück; sie KANN DURCHGEGANGEN SEIN. Belasten Sie diese Karte nicht erneut. Das Terminal fragt sie beim Gateway ab (Bestellung %1), und der Verlauf wird das Ergebnis zeigen.
%2</translation>
    </message>
    <message>
        <source>Following the status…</source>
        <translation>Status wird verfolgt…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Transaction %1 · order %2</source>
        <translation>Transaktion %1 · Bestellung %2</translation>
    </message>
</context>
<context>
    <name>pavt::gui::SessionController</name>
    <message>
        <source>An administrator set your password. Choose your own now; nobody else will know it.</source>
        <translation>Ein Administrator hat Ihr Passwort gesetzt. Wählen Sie jetzt Ihr eigenes; niemand sonst wird es kennen.</translation>
    </message>
    <message>
        <source>A supervisor approves it here with their own name and password.</source>
        <translation>Ein Supervisor genehmigt sie hier mit eigenem Namen und Passwort.</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation>Pass&amp;wort ändern…</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>Be&amp;diener…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit-Protokoll…</translation>
    </message>
    <message>
        <source>The terminal is locked: sign in to see the charges.</source>
        <translation>Das Terminal ist gesperrt: Melden Sie sich an, um die Belastungen zu sehen.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <source>Choose your own password to go on.</source>
        <translation>Wählen Sie Ihr eigenes Passwort, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Wählen Sie ein neues Passwort.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>The audit trail is broken at record %1: %2 Someone changed the journal&apos;s database outside the terminal; keep a copy of it and find out who.</source>
        <translation>Das Audit-Protokoll ist bei Eintrag %1 gebrochen: %2 Jemand hat die Datenbank des Journals außerhalb des Terminals geändert; bewahren Sie eine Kopie auf und finden Sie heraus, wer.</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation>Das Audit-Protokoll konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Sperren</translation>
    </message>
</context>
<context>
    <name>pavt::gui::SettingsDialog</name>
    <message>
        <source>Alpha-3 (GBR): the documentation&apos;s table</source>
        <translation>Alpha-3 (GBR): Tabelle der Dokumentation</translation>
    </message>
    <message>
        <source>Alpha-2 (GB): the SDK&apos;s example</source>
        <translation>Alpha-2 (GB): Beispiel des SDK</translation>
    </message>
    <message>
        <source>Minor units (1250 = 12.50): the documentation</source>
        <translation>Kleine Einheiten (1250 = 12,50): laut Dokumentation</translation>
    </message>
    <message>
        <source>Major units (12.50): the SDK README</source>
        <translation>Große Einheiten (12,50): laut SDK-README</translation>
    </message>
    <message>
        <source>This computer (SQLite)</source>
        <translation>Dieser Computer (SQLite)</translation>
    </message>
    <message>
        <source>Shared PostgreSQL server</source>
        <translation>Gemeinsamer PostgreSQL-Server</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Saved in: %1</source>
        <translation>Gespeichert in: %1</translation>
    </message>
    <message>
        <source>unchanged (leave empty to keep the saved key)</source>
        <translation>unverändert (leer lassen, um den gespeicherten Schlüssel zu behalten)</translation>
    </message>
    <message>
        <source>LIVE: real cards will be charged</source>
        <translation>LIVE: Echte Karten werden belastet</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Enter both the secret key and the encryption key.</source>
        <translation>Geben Sie den geheimen Schlüssel und den Verschlüsselungsschlüssel ein.</translation>
    </message>
    <message>
        <source>The encryption key must be exactly 32 characters; this one has %1.</source>
        <translation>Der Verschlüsselungsschlüssel muss genau 32 Zeichen lang sein; dieser hat %1.</translation>
    </message>
    <message>
        <source>The credentials are in use for this session but could not be saved: %1</source>
        <translation>Die Zugangsdaten werden in dieser Sitzung verwendet, konnten aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 %2 Allowed: %3.</source>
        <translation>%1 %2 Erlaubt: %3.</translation>
    </message>
    <message>
        <source>Nothing saved yet; keys are saved in: %1</source>
        <translation>Noch nichts gespeichert; Schlüssel werden gespeichert in: %1</translation>
    </message>
    <message>
        <source>PA_TEST_… or PA_LIVE_…</source>
        <translation>PA_TEST_… oder PA_LIVE_…</translation>
    </message>
    <message>
        <source>32 characters, from the merchant portal</source>
        <translation>32 Zeichen, aus dem Händlerportal</translation>
    </message>
    <message>
        <source>Demo: the built-in simulator answers; no card is charged</source>
        <translation>Demo: Der eingebaute Simulator antwortet; keine Karte wird belastet</translation>
    </message>
    <message>
        <source>None yet: enter the merchant&apos;s keys</source>
        <translation>Noch keine: Geben Sie die Schlüssel des Händlers ein</translation>
    </message>
    <message>
        <source>Offered while typing an e-mail, last name or phone</source>
        <translation>Beim Tippen von E-Mail, Nachname oder Telefon angeboten</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Off: a refund is of the whole charge</source>
        <translation>Aus: eine Erstattung betrifft die ganze Zahlung</translation>
    </message>
    <message>
        <source>On: a refund may be of part of the charge (confirmed with the gateway)</source>
        <translation>Ein: eine Erstattung darf einen Teil der Zahlung betreffen (mit dem Gateway bestätigt)</translation>
    </message>
</context>
<context>
    <name>pavt::gui::SignInPanel</name>
    <message>
        <source>The terminal is locked</source>
        <translation>Das Terminal ist gesperrt</translation>
    </message>
    <message>
        <source>Signed in: %1. Enter your password to go on, or sign in with another account, which signs %1 out.</source>
        <translation>Angemeldet: %1. Geben Sie Ihr Passwort ein, um weiterzumachen, oder melden Sie sich mit einem anderen Konto an; das meldet %1 ab.</translation>
    </message>
    <message>
        <source>Sign in to the terminal</source>
        <translation>Am Terminal anmelden</translation>
    </message>
    <message>
        <source>Every charge and refund is recorded under your account.</source>
        <translation>Jede Belastung und Erstattung wird unter Ihrem Konto aufgezeichnet.</translation>
    </message>
    <message>
        <source>Enter your account&apos;s name.</source>
        <translation>Geben Sie den Namen Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
</context>
</TS>
