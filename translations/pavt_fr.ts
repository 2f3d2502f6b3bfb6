<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>About this account</source>
        <translation>À propos de ce compte</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Letters a to z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; used to sign in</source>
        <translation>Lettres a à z, chiffres, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; ; sert à se connecter</translation>
    </message>
    <message>
        <source>Shown &amp;as</source>
        <translation>&amp;Affiché comme</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>&amp;Operator: charges, payment links, own entries of today, receipts</source>
        <translation>&amp;Opérateur : débits, liens de paiement, ses propres entrées du jour, reçus</translation>
    </message>
    <message>
        <source>S&amp;upervisor: also every entry, look-ups, refunds, approvals, reconciliation</source>
        <translation>S&amp;uperviseur : en plus toutes les entrées, consultations, remboursements, approbations, rapprochement</translation>
    </message>
    <message>
        <source>&amp;Finance: every entry read-only, exports, reports, refunds within limits</source>
        <translation>&amp;Finance : toutes les entrées en lecture seule, exports, rapports, remboursements dans les limites</translation>
    </message>
    <message>
        <source>Ad&amp;ministrator: accounts, settings, keys; no charging on its own</source>
        <translation>Ad&amp;ministrateur : comptes, paramètres, clés ; ne débite pas à lui seul</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation>Au moins 12 caractères</translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe à nouveau</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>About the accounts</source>
        <translation>À propos des comptes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Rôles…</translation>
    </message>
    <message>
        <source>Change the roles and the name shown</source>
        <translation>Changer les rôles et le nom affiché</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Disable or enable the account</source>
        <translation>Désactiver ou activer le compte</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Nouveau mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Définir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Security p&amp;olicy…</source>
        <translation>P&amp;olitique de sécurité…</translation>
    </message>
    <message>
        <source>The lock time, the lock-out and the refund limits for every seat</source>
        <translation>Délai de verrouillage, blocage du compte et plafonds de remboursement pour chaque poste</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>About the audit trail</source>
        <translation>À propos du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Enregistrements d&apos;audit</translation>
    </message>
    <message>
        <source>The result of the check</source>
        <translation>Le résultat de la vérification</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Verify the audit trail&apos;s hash chain</source>
        <translation>Vérifier la chaîne de hachage du journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>BatchRefundDialog</name>
    <message>
        <source>Batch refund</source>
        <translation>Remboursement groupé</translation>
    </message>
    <message>
        <source>The file of refunds</source>
        <translation>Le fichier des remboursements</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>C&amp;hoisir le fichier…</translation>
    </message>
    <message>
        <source>Choose the CSV file of refunds</source>
        <translation>Choisir le fichier CSV des remboursements</translation>
    </message>
    <message>
        <source>Rows of the file and what the check found</source>
        <translation>Lignes du fichier et résultat de la vérification</translation>
    </message>
    <message>
        <source>Summary of the batch</source>
        <translation>Résumé du lot</translation>
    </message>
    <message>
        <source>Rows done</source>
        <translation>Lignes traitées</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Rembourser</translation>
    </message>
    <message>
        <source>Refund the rows that passed the check</source>
        <translation>Rembourser les lignes qui ont passé la vérification</translation>
    </message>
    <message>
        <source>&amp;Save result…</source>
        <translation>&amp;Enregistrer le résultat…</translation>
    </message>
    <message>
        <source>Save the result of every row as CSV</source>
        <translation>Enregistrer le résultat de chaque ligne en CSV</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the rows not sent yet</source>
        <translation>Annuler les lignes pas encore envoyées</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>ChargePage</name>
    <message>
        <source>Charge form</source>
        <translation>Formulaire de débit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Currency of the charge: type a code or a name</source>
        <translation>Devise du débit : saisissez un code ou un nom</translation>
    </message>
    <message>
        <source>Currency problem</source>
        <translation>Problème de devise</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>Amount to charge in the currency&apos;s units</source>
        <translation>Montant à débiter, dans l&apos;unité de la devise</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Problème de montant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>&amp;Numéro de carte</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>Card number; the brand is detected as you type</source>
        <translation>Numéro de carte ; la marque est reconnue pendant la saisie</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Marque de la carte</translation>
    </message>
    <message>
        <source>Card number problem</source>
        <translation>Problème de numéro de carte</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>E&amp;xpiration</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Expiry date as MM/YY</source>
        <translation>Date d&apos;expiration au format MM/AA</translation>
    </message>
    <message>
        <source>Expiry problem</source>
        <translation>Problème de date d&apos;expiration</translation>
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
        <translation>Cryptogramme de la carte, 3 chiffres ou 4 pour American Express</translation>
    </message>
    <message>
        <source>CVV problem</source>
        <translation>Problème de CVV</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Titulaire de la carte</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Cardholder&apos;s first name as on the card</source>
        <translation>Prénom du titulaire, tel qu&apos;il figure sur la carte</translation>
    </message>
    <message>
        <source>First name problem</source>
        <translation>Problème de prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Cardholder&apos;s last name as on the card</source>
        <translation>Nom du titulaire, tel qu&apos;il figure sur la carte</translation>
    </message>
    <message>
        <source>Last name problem</source>
        <translation>Problème de nom</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Cardholder&apos;s email address</source>
        <translation>Adresse e-mail du titulaire</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>Problème d&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Cardholder&apos;s phone number</source>
        <translation>Numéro de téléphone du titulaire</translation>
    </message>
    <message>
        <source>Phone problem</source>
        <translation>Problème de téléphone</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Billing address street and number</source>
        <translation>Rue et numéro de l&apos;adresse de facturation</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problème d&apos;adresse</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>V&amp;ille</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Billing address city</source>
        <translation>Ville de l&apos;adresse de facturation</translation>
    </message>
    <message>
        <source>City problem</source>
        <translation>Problème de ville</translation>
    </message>
    <message>
        <source>&amp;State / county</source>
        <translation>État / ré&amp;gion</translation>
    </message>
    <message>
        <source>State / county</source>
        <translation>État / région</translation>
    </message>
    <message>
        <source>Billing address state, county or region</source>
        <translation>État, province ou région de l&apos;adresse de facturation</translation>
    </message>
    <message>
        <source>State / county problem</source>
        <translation>Problème d&apos;état / région</translation>
    </message>
    <message>
        <source>&amp;Zip / postcode</source>
        <translation>&amp;Code postal</translation>
    </message>
    <message>
        <source>Zip / postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Billing address postcode</source>
        <translation>Code postal de l&apos;adresse de facturation</translation>
    </message>
    <message>
        <source>Zip / postcode problem</source>
        <translation>Problème de code postal</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Billing country: type a code or a name</source>
        <translation>Pays de facturation : saisissez un code ou un nom</translation>
    </message>
    <message>
        <source>Country problem</source>
        <translation>Problème de pays</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>&amp;Order id</source>
        <translation>Ré&amp;férence de commande</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>Référence de commande</translation>
    </message>
    <message>
        <source>Order reference sent with the charge</source>
        <translation>Référence de commande envoyée avec le débit</translation>
    </message>
    <message>
        <source>Order id problem</source>
        <translation>Problème de référence de commande</translation>
    </message>
    <message>
        <source>&amp;Terminal id</source>
        <translation>ID du termina&amp;l</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>ID du terminal</translation>
    </message>
    <message>
        <source>Connector to use; leave empty for routing</source>
        <translation>Connecteur à utiliser ; laisser vide pour le routage automatique</translation>
    </message>
    <message>
        <source>Terminal id problem</source>
        <translation>Problème d&apos;ID du terminal</translation>
    </message>
    <message>
        <source>Customer IP</source>
        <translation>IP du client</translation>
    </message>
    <message>
        <source>Customer IP address</source>
        <translation>Adresse IP du client</translation>
    </message>
    <message>
        <source>Customer IP problem</source>
        <translation>Problème d&apos;IP du client</translation>
    </message>
    <message>
        <source>&amp;Redirect URL</source>
        <translation>URL de &amp;redirection</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>URL de redirection</translation>
    </message>
    <message>
        <source>Where the cardholder lands after 3-D Secure</source>
        <translation>Page où arrive le titulaire après 3-D Secure</translation>
    </message>
    <message>
        <source>Redirect URL problem</source>
        <translation>Problème d&apos;URL de redirection</translation>
    </message>
    <message>
        <source>&amp;Webhook URL</source>
        <translation>URL du &amp;webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Your server&apos;s notification address</source>
        <translation>Adresse de notification de votre serveur</translation>
    </message>
    <message>
        <source>Webhook URL problem</source>
        <translation>Problème d&apos;URL du webhook</translation>
    </message>
    <message>
        <source>Why the charge button is disabled</source>
        <translation>Pourquoi le bouton « Débiter » est désactivé</translation>
    </message>
    <message>
        <source>Charge in progress</source>
        <translation>Débit en cours</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Effacer (Échap)</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Effacer le formulaire</translation>
    </message>
    <message>
        <source>Charge (Enter)</source>
        <translation>Débiter (Entrée)</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Débiter</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Télép&amp;hone</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Charge history</source>
        <translation>Historique des débits</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>Which charges to show</source>
        <translation>Débits à afficher</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtre par résultat</translation>
    </message>
    <message>
        <source>Search: last four, name, email, order or transaction id</source>
        <translation>Recherche : quatre derniers chiffres, nom, e-mail, référence de commande ou ID de transaction</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Four digits find the card&apos;s last four; an address with @ finds the email; otherwise names, order ids and transaction ids</source>
        <translation>Quatre chiffres trouvent les quatre derniers de la carte ; une adresse avec @ trouve l&apos;e-mail ; sinon les noms, références de commande et ID de transaction</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Débits</translation>
    </message>
    <message>
        <source>Details of the selected charge</source>
        <translation>Détails du débit sélectionné</translation>
    </message>
    <message>
        <source>Look up &amp;status</source>
        <translation>Consulter le &amp;statut</translation>
    </message>
    <message>
        <source>Look up the status of the selected charge at the gateway</source>
        <translation>Consulter auprès de la passerelle le statut du débit sélectionné</translation>
    </message>
    <message>
        <source>Refund the selected charge</source>
        <translation>Rembourser le débit sélectionné</translation>
    </message>
    <message>
        <source>Summary of the charges shown</source>
        <translation>Récapitulatif des débits affichés</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the export or search</source>
        <translation>Annuler l&apos;export ou la recherche</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the charges shown as CSV</source>
        <translation>Exporter en CSV les débits affichés</translation>
    </message>
    <message>
        <source>O&amp;perator</source>
        <translation>O&amp;pérateur</translation>
    </message>
    <message>
        <source>Operator filter</source>
        <translation>Filtre par opérateur</translation>
    </message>
    <message>
        <source>Only the charges of this operator; empty for every operator</source>
        <translation>Uniquement les débits de cet opérateur ; vide pour tous les opérateurs</translation>
    </message>
    <message>
        <source>&amp;Batch refund…</source>
        <translation>Remboursement &amp;groupé…</translation>
    </message>
    <message>
        <source>Refund many charges from a CSV file</source>
        <translation>Rembourser de nombreux paiements depuis un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>Rem&amp;bourser…</translation>
    </message>
    <message>
        <source>Rece&amp;ipt…</source>
        <translation>Reç&amp;u…</translation>
    </message>
    <message>
        <source>Print, save or e-mail the receipt of the selected charge</source>
        <translation>Imprimer, enregistrer ou envoyer par e-mail le reçu du débit sélectionné</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>What is asked</source>
        <translation>Ce qui est demandé</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Mot de passe ac&amp;tuel</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>N&amp;ew password</source>
        <translation>Nou&amp;veau mot de passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation>Au moins 12 caractères</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nouveau mot de passe à nouveau</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>The charge to refund</source>
        <translation>Le paiement à rembourser</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Montant à rembourser</translation>
    </message>
    <message>
        <source>At most what is left of the charge; all of it by default</source>
        <translation>Au plus ce qui reste du paiement ; tout le reste par défaut</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Motif du remboursement</translation>
    </message>
    <message>
        <source>Problem with the refund</source>
        <translation>Problème avec le remboursement</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Result of the last charge</source>
        <translation>Résultat du dernier débit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>ID de transaction</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Copy the transaction id</source>
        <translation>Copier l&apos;ID de transaction</translation>
    </message>
    <message>
        <source>3-D Secure link for the cardholder</source>
        <translation>Lien 3-D Secure pour le titulaire</translation>
    </message>
    <message>
        <source>Open the 3-D Secure link in the browser</source>
        <translation>Ouvrir le lien 3-D Secure dans le navigateur</translation>
    </message>
    <message>
        <source>Copy the 3-D Secure link</source>
        <translation>Copier le lien 3-D Secure</translation>
    </message>
    <message>
        <source>Charge this customer again with a new card entry</source>
        <translation>Débiter à nouveau ce client en saisissant une nouvelle carte</translation>
    </message>
    <message>
        <source>Print or save the receipt</source>
        <translation>Imprimer ou enregistrer le reçu</translation>
    </message>
    <message>
        <source>Close the result and start a new charge</source>
        <translation>Fermer le résultat et commencer un nouveau débit</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>Copy lin&amp;k</source>
        <translation>Copier le lien (&amp;K)</translation>
    </message>
    <message>
        <source>Charge this customer a&amp;gain</source>
        <translation>Débiter à nouveau ce client (&amp;G)</translation>
    </message>
    <message>
        <source>Recei&amp;pt…</source>
        <translation>Reç&amp;u…</translation>
    </message>
    <message>
        <source>New charge (Ctrl+N)</source>
        <translation>Nouveau débit (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>&amp;Secret key</source>
        <translation>Clé &amp;secrète</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clé secrète</translation>
    </message>
    <message>
        <source>Secret key from the merchant portal, PA_TEST_ or PA_LIVE_</source>
        <translation>Clé secrète du portail marchand, PA_TEST_ ou PA_LIVE_</translation>
    </message>
    <message>
        <source>&amp;Encryption key</source>
        <translation>&amp;Clé de chiffrement</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Clé de chiffrement</translation>
    </message>
    <message>
        <source>32-character encryption key from the merchant portal</source>
        <translation>Clé de chiffrement de 32 caractères du portail marchand</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Environment derived from the secret key</source>
        <translation>Environnement déduit de la clé secrète</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>Where the credentials are stored</source>
        <translation>Où les identifiants sont enregistrés</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>URL de &amp;base</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Gateway base URL, https</source>
        <translation>URL de base de la passerelle, https</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>Délai d&apos;&amp;attente</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Délai d&apos;attente</translation>
    </message>
    <message>
        <source>Seconds to wait for the gateway</source>
        <translation>Secondes d&apos;attente de la passerelle</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Country code format</source>
        <translation>&amp;Format du code pays</translation>
    </message>
    <message>
        <source>Country code format</source>
        <translation>Format du code pays</translation>
    </message>
    <message>
        <source>How the country is sent: alpha-3 or alpha-2</source>
        <translation>Comment le pays est envoyé : alpha-3 ou alpha-2</translation>
    </message>
    <message>
        <source>&amp;Amount unit</source>
        <translation>&amp;Unité du montant</translation>
    </message>
    <message>
        <source>Amount unit</source>
        <translation>Unité du montant</translation>
    </message>
    <message>
        <source>How the amount is sent: minor units or major units</source>
        <translation>Comment le montant est envoyé : en unités mineures ou en unités principales</translation>
    </message>
    <message>
        <source>Defaults for new charges</source>
        <translation>Valeurs par défaut des nouveaux débits</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Default currency code</source>
        <translation>Code de devise par défaut</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Default country code</source>
        <translation>Code pays par défaut</translation>
    </message>
    <message>
        <source>&amp;Redirect URL</source>
        <translation>URL de &amp;redirection</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>URL de redirection</translation>
    </message>
    <message>
        <source>Default redirect URL after 3-D Secure</source>
        <translation>URL de redirection par défaut après 3-D Secure</translation>
    </message>
    <message>
        <source>&amp;Webhook URL</source>
        <translation>URL du &amp;webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Default webhook URL</source>
        <translation>URL du webhook par défaut</translation>
    </message>
    <message>
        <source>Customer &amp;IP</source>
        <translation>&amp;IP du client</translation>
    </message>
    <message>
        <source>Customer IP</source>
        <translation>IP du client</translation>
    </message>
    <message>
        <source>Default customer IP address for phone orders</source>
        <translation>Adresse IP du client par défaut pour les commandes par téléphone</translation>
    </message>
    <message>
        <source>Ter&amp;minal id</source>
        <translation>ID du &amp;terminal</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>ID du terminal</translation>
    </message>
    <message>
        <source>Default terminal id</source>
        <translation>ID du terminal par défaut</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>&amp;Operator name</source>
        <translation>&amp;Nom de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nom de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Your name, recorded with each charge</source>
        <translation>Votre nom, enregistré avec chaque débit</translation>
    </message>
    <message>
        <source>Clear card &amp;after</source>
        <translation>&amp;Effacer la carte après</translation>
    </message>
    <message>
        <source>Clear card after</source>
        <translation>Effacer la carte après</translation>
    </message>
    <message>
        <source>Seconds without activity before the card fields are cleared</source>
        <translation>Secondes sans activité avant l&apos;effacement des champs de la carte</translation>
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
        <translation>Où les débits sont enregistrés : cet ordinateur ou un serveur PostgreSQL partagé</translation>
    </message>
    <message>
        <source>PostgreSQL &amp;connection</source>
        <translation>C&amp;onnexion PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL connection</source>
        <translation>Connexion PostgreSQL</translation>
    </message>
    <message>
        <source>host=… port=… dbname=… user=…</source>
        <translation>host=… port=… dbname=… user=…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the terminal</source>
        <translation>Langue du terminal</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problèmes dans les paramètres</translation>
    </message>
    <message>
        <source>&amp;Warn of a double charge within</source>
        <translation>&amp;Avertir d&apos;un double débit dans les</translation>
    </message>
    <message>
        <source>Warn of a double charge within</source>
        <translation>Avertir d&apos;un double débit dans les</translation>
    </message>
    <message>
        <source>Seconds in which a charge like an earlier one (same card, amount and currency) is warned about; 0 turns the warning off</source>
        <translation>Secondes pendant lesquelles un débit semblable à un précédent (même carte, montant et devise) fait l&apos;objet d&apos;un avertissement ; 0 désactive l&apos;avertissement</translation>
    </message>
    <message>
        <source>Pre&amp;vious customers</source>
        <translation>Clients pré&amp;cédents</translation>
    </message>
    <message>
        <source>Previous customers</source>
        <translation>Clients précédents</translation>
    </message>
    <message>
        <source>Whether typing an e-mail, last name or phone offers previous customers from the journal</source>
        <translation>Si la saisie d&apos;un e-mail, d&apos;un nom ou d&apos;un téléphone propose les clients précédents du journal</translation>
    </message>
    <message>
        <source>Follow payment links for</source>
        <translation>Suivre les liens de paiement pendant</translation>
    </message>
    <message>
        <source>Hours a payment link is followed after it was made; then the terminal stops and records it as expired (the gateway is not asked to cancel it)</source>
        <translation>Heures pendant lesquelles un lien de paiement est suivi après sa création ; ensuite le terminal s&apos;arrête et l&apos;enregistre comme expiré (la passerelle n&apos;est pas priée de l&apos;annuler)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Follow payment links for</source>
        <translation>&amp;Suivre les liens de paiement pendant</translation>
    </message>
    <message>
        <source>&amp;Partial refunds</source>
        <translation>Remboursements &amp;partiels</translation>
    </message>
    <message>
        <source>Partial refunds</source>
        <translation>Remboursements partiels</translation>
    </message>
    <message>
        <source>Whether a refund may be of part of a charge; turn on only when the gateway has confirmed it takes a refund&apos;s amount</source>
        <translation>Si un remboursement peut porter sur une partie d&apos;un paiement ; à activer seulement quand la passerelle a confirmé qu&apos;elle accepte le montant d&apos;un remboursement</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in title</source>
        <translation>Titre de la connexion</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>The name of your account, as your administrator gave it</source>
        <translation>Le nom de votre compte, tel que votre administrateur l&apos;a donné</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Your own password; it is never shown or saved</source>
        <translation>Votre propre mot de passe ; il n&apos;est jamais affiché ni enregistré</translation>
    </message>
    <message>
        <source>Why the sign-in failed</source>
        <translation>Pourquoi la connexion a échoué</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>pavt::Accounts</name>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>Les comptes n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>Le compte n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>The refund log could not be written or read: %1</source>
        <translation>Le journal des remboursements n&apos;a pas pu être écrit ou lu : %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>An account name has 1 to 64 characters: letters a to z, digits, and &apos;.&apos;, &apos;_&apos; or &apos;-&apos; after the first.</source>
        <translation>Un nom de compte a de 1 à 64 caractères : lettres de a à z, chiffres, et &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; après le premier.</translation>
    </message>
    <message>
        <source>Accounts exist already: an administrator must sign in to add one.</source>
        <translation>Des comptes existent déjà : un administrateur doit se connecter pour en ajouter un.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Il existe déjà un compte nommé %1.</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>Il n&apos;existe aucun compte nommé %1.</translation>
    </message>
    <message>
        <source>An account needs at least one role.</source>
        <translation>Un compte a besoin d&apos;au moins un rôle.</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>Le premier compte doit être un administrateur.</translation>
    </message>
    <message>
        <source>This is the last enabled administrator: make another one first.</source>
        <translation>C&apos;est le dernier administrateur actif : créez-en d&apos;abord un autre.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
</context>
<context>
    <name>pavt::Audit</name>
    <message>
        <source>The audit trail could not be written: %1</source>
        <translation>La piste d&apos;audit n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>La piste d&apos;audit n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>the trail&apos;s head row is missing</source>
        <translation>la ligne de tête de la piste manque</translation>
    </message>
    <message>
        <source>Record %1 is missing: it was deleted, or the records after it were renumbered.</source>
        <translation>L&apos;enregistrement %1 manque : il a été supprimé, ou les enregistrements suivants ont été renumérotés.</translation>
    </message>
    <message>
        <source>Record %1 is out of order.</source>
        <translation>L&apos;enregistrement %1 n&apos;est pas à sa place.</translation>
    </message>
    <message>
        <source>Record %1 does not match its hash: it was changed, or a record before it was removed, inserted or moved.</source>
        <translation>L&apos;enregistrement %1 ne correspond pas à son empreinte : il a été modifié, ou un enregistrement antérieur a été supprimé, inséré ou déplacé.</translation>
    </message>
    <message>
        <source>Record %1 does not carry the head hash exported earlier: the trail was rewritten from there on.</source>
        <translation>L&apos;enregistrement %1 ne porte pas l&apos;empreinte de tête exportée auparavant : la piste a été réécrite à partir de là.</translation>
    </message>
    <message>
        <source>Records %1 to %2 are missing: the last records of the trail were deleted.</source>
        <translation>Les enregistrements %1 à %2 manquent : les derniers enregistrements de la piste ont été supprimés.</translation>
    </message>
    <message>
        <source>Record %1 and those after it were added behind the trail&apos;s head, not by the terminal.</source>
        <translation>L&apos;enregistrement %1 et les suivants ont été ajoutés après la tête de la piste, pas par le terminal.</translation>
    </message>
    <message>
        <source>Record %1 does not match the trail&apos;s head.</source>
        <translation>L&apos;enregistrement %1 ne correspond pas à la tête de la piste.</translation>
    </message>
    <message>
        <source>Record %1 of the head hash exported earlier is gone.</source>
        <translation>L&apos;enregistrement %1 de l&apos;empreinte de tête exportée auparavant a disparu.</translation>
    </message>
</context>
<context>
    <name>pavt::BatchRefund</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB.</source>
        <translation>Le fichier %1 dépasse %2 Mio.</translation>
    </message>
    <message>
        <source>The file %1 has no rows.</source>
        <translation>Le fichier %1 n&apos;a aucune ligne.</translation>
    </message>
    <message>
        <source>The file %1 has more than %2 rows; split it.</source>
        <translation>Le fichier %1 a plus de %2 lignes ; divisez-le.</translation>
    </message>
    <message>
        <source>The row does not have two or three fields (transaction id, reason, amount).</source>
        <translation>La ligne n&apos;a pas deux ou trois champs (identifiant de transaction, motif, montant).</translation>
    </message>
    <message>
        <source>The row has no transaction id.</source>
        <translation>La ligne n&apos;a pas d&apos;identifiant de transaction.</translation>
    </message>
    <message>
        <source>The row gives no reason for the refund.</source>
        <translation>La ligne ne donne aucun motif de remboursement.</translation>
    </message>
    <message>
        <source>The transaction %1 is in the file more than once; only its first row is refunded.</source>
        <translation>La transaction %1 figure plusieurs fois dans le fichier ; seule sa première ligne est remboursée.</translation>
    </message>
    <message>
        <source>The journal has no charge with the transaction id %1.</source>
        <translation>Le journal n&apos;a aucun paiement avec l&apos;identifiant de transaction %1.</translation>
    </message>
    <message>
        <source>This charge was made in the %1 environment; the terminal is set up for %2.</source>
        <translation>Ce débit a été effectué dans l&apos;environnement %1 ; le terminal est configuré pour %2.</translation>
    </message>
    <message>
        <source>This charge has already been refunded.</source>
        <translation>Ce débit a déjà été remboursé.</translation>
    </message>
    <message>
        <source>A refund of this charge is already on its way; wait for its answer.</source>
        <translation>Un remboursement de ce débit est déjà en cours ; attendez sa réponse.</translation>
    </message>
    <message>
        <source>Only an approved charge that is not charged back can be refunded; this one is %1.</source>
        <translation>Seul un paiement approuvé et non contesté peut être remboursé ; celui-ci est %1.</translation>
    </message>
    <message>
        <source>The charge&apos;s currency %1 is not known.</source>
        <translation>La devise %1 du paiement est inconnue.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; cannot be used: %2</source>
        <translation>Le montant « %1 » ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>This file was refunded as batch %1 on %2; nothing is sent again.</source>
        <translation>Ce fichier a été remboursé comme lot %1 le %2 ; rien n&apos;est renvoyé.</translation>
    </message>
    <message>
        <source>This file is batch %1, which has not finished; resume it instead.</source>
        <translation>Ce fichier est le lot %1, qui n&apos;est pas terminé ; reprenez-le plutôt.</translation>
    </message>
    <message>
        <source>No row of the file can be refunded.</source>
        <translation>Aucune ligne du fichier ne peut être remboursée.</translation>
    </message>
    <message>
        <source>The refund was sent and its outcome is not known (the status could not be read: %1); check it at the gateway before refunding again.</source>
        <translation>Le remboursement a été envoyé et son résultat est inconnu (le statut n&apos;a pas pu être lu : %1) ; vérifiez-le auprès de la passerelle avant de rembourser à nouveau.</translation>
    </message>
    <message>
        <source>The gateway does not say whether this partial refund was made; check it at the gateway before refunding again.</source>
        <translation>La passerelle n&apos;indique pas si ce remboursement partiel a été effectué ; vérifiez-le auprès de la passerelle avant de rembourser à nouveau.</translation>
    </message>
    <message>
        <source>The gateway shows the refund (looked up).</source>
        <translation>La passerelle indique le remboursement (vérifié).</translation>
    </message>
    <message>
        <source>The gateway shows no refund; it was not sent again. Refund it in a new batch if it is still due.</source>
        <translation>La passerelle n&apos;indique aucun remboursement ; il n&apos;a pas été renvoyé. Remboursez-le dans un nouveau lot s&apos;il est encore dû.</translation>
    </message>
    <message>
        <source>The result file could not be written: %1</source>
        <translation>Le fichier de résultat n&apos;a pas pu être écrit : %1</translation>
    </message>
</context>
<context>
    <name>pavt::Cards</name>
    <message>
        <source>The card number can contain only digits, with spaces or dashes between the groups. Remove any letters or other characters that came with it.</source>
        <translation>Le numéro de carte ne peut contenir que des chiffres, avec des espaces ou des tirets entre les groupes. Supprimez les lettres ou autres caractères copiés avec lui.</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Saisissez le numéro de carte.</translation>
    </message>
    <message numerus="yes">
        <source>The card number has too many digits: a card number has at most %n digits.</source>
        <translation>
            <numerusform>Le numéro de carte a trop de chiffres : un numéro de carte a au plus %n chiffre.</numerusform>
            <numerusform>Le numéro de carte a trop de chiffres : un numéro de carte a au plus %n chiffres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The card number has too many digits: a %1 card number has at most %n digits.</source>
        <translation>
            <numerusform>Le numéro de carte a trop de chiffres : un numéro de carte %1 a au plus %n chiffre.</numerusform>
            <numerusform>Le numéro de carte a trop de chiffres : un numéro de carte %1 a au plus %n chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card number is incomplete. Check that every digit has been entered.</source>
        <translation>Le numéro de carte est incomplet. Vérifiez que tous les chiffres ont été saisis.</translation>
    </message>
    <message>
        <source>The card number does not belong to a card brand this terminal accepts. Check the first digits.</source>
        <translation>Le numéro de carte n&apos;appartient à aucune marque acceptée par ce terminal. Vérifiez les premiers chiffres.</translation>
    </message>
    <message>
        <source>The card number is not valid. Check it for a mistyped or swapped digit.</source>
        <translation>Le numéro de carte n&apos;est pas valide. Vérifiez qu&apos;aucun chiffre n&apos;a été mal saisi ou inversé.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s security code: the 4 digits printed on the front of the American Express card.</source>
        <translation>Saisissez le cryptogramme de la carte : les 4 chiffres imprimés au recto de la carte American Express.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s security code: the 3 digits on the back of the card.</source>
        <translation>Saisissez le cryptogramme de la carte : les 3 chiffres au verso de la carte.</translation>
    </message>
    <message>
        <source>The security code can contain only digits.</source>
        <translation>Le cryptogramme ne peut contenir que des chiffres.</translation>
    </message>
    <message>
        <source>The security code must be 4 digits for American Express.</source>
        <translation>Le cryptogramme doit comporter 4 chiffres pour American Express.</translation>
    </message>
    <message>
        <source>The security code must be 3 digits.</source>
        <translation>Le cryptogramme doit comporter 3 chiffres.</translation>
    </message>
    <message>
        <source>Enter the expiry date shown on the card, like 08/27.</source>
        <translation>Saisissez la date d&apos;expiration indiquée sur la carte, par exemple 08/27.</translation>
    </message>
    <message>
        <source>Enter the expiry date as month and year, like 08/27.</source>
        <translation>Saisissez la date d&apos;expiration sous forme de mois et d&apos;année, par exemple 08/27.</translation>
    </message>
    <message>
        <source>The expiry month must be from 01 to 12.</source>
        <translation>Le mois d&apos;expiration doit être compris entre 01 et 12.</translation>
    </message>
    <message>
        <source>Enter the expiry year with four digits, like 2027.</source>
        <translation>Saisissez l&apos;année d&apos;expiration sur quatre chiffres, par exemple 2027.</translation>
    </message>
    <message>
        <source>The card expired at the end of %1/%2. Ask the cardholder for another card.</source>
        <translation>La carte a expiré fin %1/%2. Demandez une autre carte au titulaire.</translation>
    </message>
    <message>
        <source>The expiry year %1 is more than 20 years away. Check the year on the card.</source>
        <translation>L&apos;année d&apos;expiration %1 est à plus de 20 ans. Vérifiez l&apos;année sur la carte.</translation>
    </message>
</context>
<context>
    <name>pavt::ChargeService</name>
    <message>
        <source>This charge was made in the %1 environment; the terminal is set up for %2.</source>
        <translation>Ce débit a été effectué dans l&apos;environnement %1 ; le terminal est configuré pour %2.</translation>
    </message>
    <message>
        <source>The journal&apos;s database cannot be reached, so the outcome is not written yet; the terminal keeps trying, and until then the entry stays pending. (%1)</source>
        <translation>La base de données du journal est injoignable : le résultat n&apos;est donc pas encore écrit ; le terminal continue d&apos;essayer, et d&apos;ici là l&apos;entrée reste en attente. (%1)</translation>
    </message>
    <message>
        <source>A refund&apos;s amount must be above zero.</source>
        <translation>Le montant d&apos;un remboursement doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Partial refunds are turned off in the settings; only the whole charge can be refunded.</source>
        <translation>Les remboursements partiels sont désactivés dans les paramètres ; seul le paiement entier peut être remboursé.</translation>
    </message>
    <message>
        <source>Part of this charge has been refunded; the rest can be refunded only with partial refunds turned on in the settings.</source>
        <translation>Une partie de ce paiement a été remboursée ; le reste ne peut l&apos;être qu&apos;avec les remboursements partiels activés dans les paramètres.</translation>
    </message>
    <message>
        <source>Only %1 of this charge is left to refund.</source>
        <translation>Il ne reste que %1 de ce paiement à rembourser.</translation>
    </message>
    <message>
        <source>The journal has no charge with this transaction id, so its currency and what is left of it are not known here: only a whole refund can be asked for.</source>
        <translation>Le journal n&apos;a aucun paiement avec cet identifiant de transaction : sa devise et ce qui en reste sont inconnus ici, seul un remboursement entier peut être demandé.</translation>
    </message>
</context>
<context>
    <name>pavt::CredentialStore</name>
    <message>
        <source>No credentials are saved in the keychain yet.</source>
        <translation>Aucun identifiant n&apos;est encore enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused: %1</source>
        <translation>L&apos;accès au trousseau a été refusé : %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Le trousseau a échoué : %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>Le trousseau n&apos;a pas répondu dans les %1 secondes.</translation>
    </message>
    <message>
        <source>The keychain failed: simulated failure</source>
        <translation>Le trousseau a échoué : échec simulé</translation>
    </message>
    <message>
        <source>memory (not saved)</source>
        <translation>mémoire (non enregistré)</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service (trousseau GNOME / KWallet)</translation>
    </message>
    <message>
        <source>No keychain service is running on this desktop (such as GNOME Keyring or KWallet), so the merchant&apos;s keys cannot be saved: keys entered in Settings work for this session only. To keep them, start a keychain service (for example install gnome-keyring and sign in again) and save the keys once more.</source>
        <translation>Aucun service de trousseau ne fonctionne sur ce bureau (comme GNOME Keyring ou KWallet) ; les clés du commerçant ne peuvent donc pas être enregistrées : celles saisies dans les Paramètres valent pour cette session seulement. Pour les garder, démarrez un service de trousseau (par exemple installez gnome-keyring et reconnectez-vous) puis enregistrez à nouveau les clés.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>L&apos;accès au trousseau a été refusé.</translation>
    </message>
    <message>
        <source>This computer has no keychain the terminal can use, so the merchant&apos;s keys cannot be saved: keys entered in Settings work for this session only.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau utilisable par le terminal ; les clés du commerçant ne peuvent donc pas être enregistrées : celles saisies dans les Paramètres valent pour cette session seulement.</translation>
    </message>
    <message>
        <source>The keychain did not give the saved keys, and did not say why. Keys entered in Settings work for this session.</source>
        <translation>Le trousseau n&apos;a pas fourni les clés enregistrées et n&apos;a pas dit pourquoi. Les clés saisies dans les Paramètres valent pour cette session.</translation>
    </message>
</context>
<context>
    <name>pavt::CsvExport</name>
    <message>
        <source>write error</source>
        <translation>erreur d&apos;écriture</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>Le fichier CSV n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
</context>
<context>
    <name>pavt::FieldRules</name>
    <message>
        <source>Enter the cardholder&apos;s email address, like name@example.com.</source>
        <translation>Saisissez l&apos;adresse e-mail du titulaire, par exemple nom@example.com.</translation>
    </message>
    <message numerus="yes">
        <source>The email address is too long: it can have at most %n characters.</source>
        <translation>
            <numerusform>L&apos;adresse e-mail est trop longue : elle peut avoir au plus %n caractère.</numerusform>
            <numerusform>L&apos;adresse e-mail est trop longue : elle peut avoir au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The email address cannot contain spaces or invisible characters.</source>
        <translation>L&apos;adresse e-mail ne peut pas contenir d&apos;espaces ni de caractères invisibles.</translation>
    </message>
    <message>
        <source>The email address needs an @ sign, like name@example.com.</source>
        <translation>L&apos;adresse e-mail doit contenir un @, par exemple nom@example.com.</translation>
    </message>
    <message>
        <source>The email address can contain only one @ sign.</source>
        <translation>L&apos;adresse e-mail ne peut contenir qu&apos;un seul @.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ is missing or contains characters that are not allowed.</source>
        <translation>La partie de l&apos;adresse e-mail avant le @ manque ou contient des caractères non autorisés.</translation>
    </message>
    <message>
        <source>The part of the email address after the @ must be a domain name, like example.com.</source>
        <translation>La partie de l&apos;adresse e-mail après le @ doit être un nom de domaine, par exemple example.com.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s IP address, like 203.0.113.7 or 2001:db8::1.</source>
        <translation>Saisissez l&apos;adresse IP du client, par exemple 203.0.113.7 ou 2001:db8::1.</translation>
    </message>
    <message>
        <source>This is not a valid IP address. Enter it like 203.0.113.7 or 2001:db8::1.</source>
        <translation>Ce n&apos;est pas une adresse IP valide. Saisissez-la sous la forme 203.0.113.7 ou 2001:db8::1.</translation>
    </message>
    <message>
        <source>Enter the cardholder&apos;s phone number, like +44 20 7946 0958.</source>
        <translation>Saisissez le numéro de téléphone du titulaire, par exemple +44 20 7946 0958.</translation>
    </message>
    <message>
        <source>A + can only be the first character of the phone number.</source>
        <translation>Un + ne peut être que le premier caractère du numéro de téléphone.</translation>
    </message>
    <message>
        <source>The brackets in the phone number do not match.</source>
        <translation>Les parenthèses du numéro de téléphone ne correspondent pas.</translation>
    </message>
    <message>
        <source>The phone number can contain only digits, spaces, dashes, dots, brackets and a leading +.</source>
        <translation>Le numéro de téléphone ne peut contenir que des chiffres, des espaces, des tirets, des points, des parenthèses et un + au début.</translation>
    </message>
    <message numerus="yes">
        <source>The phone number is too short: it needs at least %n digits, with the area code.</source>
        <translation>
            <numerusform>Le numéro de téléphone est trop court : il faut au moins %n chiffre, indicatif compris.</numerusform>
            <numerusform>Le numéro de téléphone est trop court : il faut au moins %n chiffres, indicatif compris.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number is too long: it can have at most %n digits.</source>
        <translation>
            <numerusform>Le numéro de téléphone est trop long : il peut avoir au plus %n chiffre.</numerusform>
            <numerusform>Le numéro de téléphone est trop long : il peut avoir au plus %n chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the web address, starting with https://, like https://example.com/notify.</source>
        <translation>Saisissez l&apos;adresse web, en commençant par https://, par exemple https://example.com/notify.</translation>
    </message>
    <message>
        <source>This is not a complete web address. Enter it with https:// and a host name, like https://example.com/notify.</source>
        <translation>Ce n&apos;est pas une adresse web complète. Saisissez-la avec https:// et un nom d&apos;hôte, par exemple https://example.com/notify.</translation>
    </message>
    <message numerus="yes">
        <source>The web address is too long: it can have at most %n characters.</source>
        <translation>
            <numerusform>L&apos;adresse web est trop longue : elle peut avoir au plus %n caractère.</numerusform>
            <numerusform>L&apos;adresse web est trop longue : elle peut avoir au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The web address cannot contain spaces or invisible characters.</source>
        <translation>L&apos;adresse web ne peut pas contenir d&apos;espaces ni de caractères invisibles.</translation>
    </message>
    <message>
        <source>The web address must not contain a user name or password.</source>
        <translation>L&apos;adresse web ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The web address must start with https:// so that the connection is encrypted. http:// is allowed only for this computer (localhost).</source>
        <translation>L&apos;adresse web doit commencer par https:// pour que la connexion soit chiffrée. http:// n&apos;est autorisé que pour cet ordinateur (localhost).</translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation>Remplissez ce champ.</translation>
    </message>
    <message numerus="yes">
        <source>This field can have at most %n characters.</source>
        <translation>
            <numerusform>Ce champ peut avoir au plus %n caractère.</numerusform>
            <numerusform>Ce champ peut avoir au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the line break, tab or other invisible control character from this field.</source>
        <translation>Supprimez de ce champ le saut de ligne, la tabulation ou l&apos;autre caractère de contrôle invisible.</translation>
    </message>
    <message>
        <source>This field contains a broken character. Retype the text instead of pasting it.</source>
        <translation>Ce champ contient un caractère endommagé. Retapez le texte au lieu de le coller.</translation>
    </message>
    <message>
        <source>Enter the state, province or region.</source>
        <translation>Saisissez l&apos;État, la province ou la région.</translation>
    </message>
    <message>
        <source>Enter the two-letter state code, like NY or CA.</source>
        <translation>Saisissez le code à deux lettres de l&apos;État, par exemple NY ou CA.</translation>
    </message>
    <message>
        <source>Enter the two-letter province code, like ON or QC.</source>
        <translation>Saisissez le code à deux lettres de la province, par exemple ON ou QC.</translation>
    </message>
    <message>
        <source>Enter the postcode (ZIP code) of the billing address.</source>
        <translation>Saisissez le code postal de l&apos;adresse de facturation.</translation>
    </message>
    <message numerus="yes">
        <source>The postcode is too long: it can have at most %n characters.</source>
        <translation>
            <numerusform>Le code postal est trop long : il peut avoir au plus %n caractère.</numerusform>
            <numerusform>Le code postal est trop long : il peut avoir au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The postcode can contain only letters, digits, spaces and dashes.</source>
        <translation>Le code postal ne peut contenir que des lettres, des chiffres, des espaces et des tirets.</translation>
    </message>
    <message>
        <source>Enter the ZIP code as 5 digits, like 90210, or as ZIP+4, like 90210-1234.</source>
        <translation>Saisissez le code ZIP sur 5 chiffres, par exemple 90210, ou au format ZIP+4, par exemple 90210-1234.</translation>
    </message>
    <message>
        <source>This postcode does not have the form used in the selected country, like %1.</source>
        <translation>Ce code postal n&apos;a pas la forme utilisée dans le pays choisi, par exemple %1.</translation>
    </message>
    <message>
        <source>Enter the order reference.</source>
        <translation>Saisissez la référence de commande.</translation>
    </message>
    <message numerus="yes">
        <source>The order reference can have at most %n characters.</source>
        <translation>
            <numerusform>La référence de commande peut avoir au plus %n caractère.</numerusform>
            <numerusform>La référence de commande peut avoir au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order reference can contain only letters A-Z, digits, dots, underscores, colons and dashes.</source>
        <translation>La référence de commande ne peut contenir que des lettres A à Z, des chiffres, des points, des tirets bas, des deux-points et des tirets.</translation>
    </message>
    <message>
        <source>This field contains a code that is not a character (such as U+FFFF). Retype the text instead of pasting it.</source>
        <translation>Ce champ contient un code qui n&apos;est pas un caractère (comme U+FFFF). Retapez le texte au lieu de le coller.</translation>
    </message>
    <message>
        <source>This field contains a private-use character that only some programs can show. Retype the text instead of pasting it.</source>
        <translation>Ce champ contient un caractère à usage privé que seuls certains programmes savent afficher. Retapez le texte au lieu de le coller.</translation>
    </message>
    <message>
        <source>This field holds only invisible characters (such as zero-width spaces); type the text.</source>
        <translation>Ce champ ne contient que des caractères invisibles (comme des espaces sans chasse) ; tapez le texte.</translation>
    </message>
</context>
<context>
    <name>pavt::GatewayClient</name>
    <message>
        <source>No secret key is configured.</source>
        <translation>Aucune clé secrète n&apos;est configurée.</translation>
    </message>
    <message>
        <source>The secret key must start with PA_TEST_ (test) or PA_LIVE_ (live).</source>
        <translation>La clé secrète doit commencer par PA_TEST_ (test) ou PA_LIVE_ (live).</translation>
    </message>
    <message>
        <source>The gateway address is not a valid URL.</source>
        <translation>L&apos;adresse de la passerelle n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The gateway address must use https:// (plain http is allowed only to this computer).</source>
        <translation>L&apos;adresse de la passerelle doit utiliser https:// (le http simple n&apos;est autorisé que vers cet ordinateur).</translation>
    </message>
    <message>
        <source>The transaction id is not valid.</source>
        <translation>L&apos;ID de transaction n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>Indiquez un motif pour le remboursement.</translation>
    </message>
    <message>
        <source>Give a valid date range (from on or before to).</source>
        <translation>Indiquez une période valide (début au plus tard à la date de fin).</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was larger than %1 KiB and was cut off; it could not be read.</source>
        <translation>La réponse de la passerelle dépassait %1 Kio et a été tronquée ; elle n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Could not reach the gateway within %1 seconds; nothing was sent.</source>
        <translation>La passerelle n&apos;a pas pu être jointe dans les %1 secondes ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>No answer from the gateway within %1 seconds. The request was sent, so the charge may have gone through; it must be looked up, not sent again.</source>
        <translation>Pas de réponse de la passerelle dans les %1 secondes. La demande a été envoyée, le débit a donc pu aboutir ; il faut le vérifier, pas le renvoyer.</translation>
    </message>
    <message>
        <source>No answer from the gateway within %1 seconds.</source>
        <translation>Pas de réponse de la passerelle dans les %1 secondes.</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate was not accepted, so nothing was sent: %1</source>
        <translation>Le certificat de la passerelle n&apos;a pas été accepté, rien n&apos;a donc été envoyé : %1</translation>
    </message>
    <message>
        <source>Could not reach the gateway, so nothing was sent: %1</source>
        <translation>La passerelle n&apos;a pas pu être jointe, rien n&apos;a donc été envoyé : %1</translation>
    </message>
    <message>
        <source>The connection to the gateway was lost after the request was sent; the charge may have gone through and must be looked up: %1</source>
        <translation>La connexion à la passerelle a été perdue après l&apos;envoi de la demande ; le débit a pu aboutir et doit être vérifié : %1</translation>
    </message>
    <message>
        <source>The connection to the gateway was lost: %1</source>
        <translation>La connexion à la passerelle a été perdue : %1</translation>
    </message>
    <message>
        <source>No templates in the test environment: payment templates exist only with a live key (PA_LIVE_).</source>
        <translation>Aucun modèle dans l&apos;environnement de test : les modèles de paiement n&apos;existent qu&apos;avec une clé live (PA_LIVE_).</translation>
    </message>
    <message>
        <source>No answer from the gateway within %1 seconds. The request was sent, so the payment may have been created; it must be looked up, not created again.</source>
        <translation>Pas de réponse de la passerelle dans les %1 secondes. La demande a été envoyée, le paiement a donc pu être créé ; il faut le vérifier, pas le recréer.</translation>
    </message>
    <message>
        <source>The connection to the gateway was lost after the request was sent; the payment may have been created and must be looked up: %1</source>
        <translation>La connexion à la passerelle a été perdue après l&apos;envoi de la demande ; le paiement a pu être créé et doit être vérifié : %1</translation>
    </message>
    <message>
        <source>Partial refunds are turned off in the settings; only a whole charge can be refunded.</source>
        <translation>Les remboursements partiels sont désactivés dans les paramètres ; seul un paiement entier peut être remboursé.</translation>
    </message>
    <message>
        <source>The refund&apos;s currency is not known.</source>
        <translation>La devise du remboursement est inconnue.</translation>
    </message>
</context>
<context>
    <name>pavt::GatewayOutcome</name>
    <message>
        <source>The gateway could not read the request (HTTP 400).</source>
        <translation>La passerelle n&apos;a pas pu lire la demande (HTTP 400).</translation>
    </message>
    <message>
        <source>The gateway refused the secret key (HTTP 401). Check the credentials in Settings.</source>
        <translation>La passerelle a refusé la clé secrète (HTTP 401). Vérifiez les identifiants dans les paramètres.</translation>
    </message>
    <message>
        <source>The gateway rejected some fields of the request (HTTP %1).</source>
        <translation>La passerelle a rejeté certains champs de la demande (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway blocked this request (HTTP 403).</source>
        <translation>La passerelle a bloqué cette demande (HTTP 403).</translation>
    </message>
    <message>
        <source>The gateway does not know this transaction or address (HTTP 404).</source>
        <translation>La passerelle ne connaît pas cette transaction ou cette adresse (HTTP 404).</translation>
    </message>
    <message>
        <source>The gateway had an internal error (HTTP %1).</source>
        <translation>La passerelle a eu une erreur interne (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway answered HTTP %1.</source>
        <translation>La passerelle a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>The gateway gave an unexpected answer (HTTP %1).</source>
        <translation>La passerelle a donné une réponse inattendue (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway answered with an empty body.</source>
        <translation>La passerelle a répondu avec un corps vide.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer could not be read (not JSON).</source>
        <translation>La réponse de la passerelle n&apos;a pas pu être lue (pas du JSON).</translation>
    </message>
    <message>
        <source>The payment was declined; the gateway gave no reason.</source>
        <translation>Le paiement a été refusé ; la passerelle n&apos;a donné aucun motif.</translation>
    </message>
    <message>
        <source>The gateway asked for 3-D Secure but gave no usable address.</source>
        <translation>La passerelle a demandé 3-D Secure sans donner d&apos;adresse utilisable.</translation>
    </message>
    <message>
        <source>The gateway answered with an unknown status &quot;%1&quot;.</source>
        <translation>La passerelle a répondu avec un statut inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The gateway refused to create the payment link; it gave no reason.</source>
        <translation>La passerelle a refusé de créer le lien de paiement, sans en donner la raison.</translation>
    </message>
    <message>
        <source>The gateway answered without a usable address for the payment link, so there is no link to hand the cardholder. It may have been created: look for its order id in the transaction list before making another.</source>
        <translation>La passerelle a répondu sans adresse utilisable pour le lien de paiement : il n&apos;y a donc aucun lien à remettre au titulaire de la carte. Il a pu être créé : cherchez sa référence de commande dans la liste des transactions avant d&apos;en créer un autre.</translation>
    </message>
    <message>
        <source>The gateway answered without a usable address for the payment page, so there is nothing to hand the cardholder. The payment may have been created: look it up before making another.</source>
        <translation>La passerelle a répondu sans adresse utilisable pour la page de paiement : il n&apos;y a donc rien à remettre au titulaire de la carte. Le paiement a pu être créé : vérifiez-le avant d&apos;en créer un autre.</translation>
    </message>
</context>
<context>
    <name>pavt::HistoryModel</name>
    <message>
        <source>Refund requested</source>
        <translation>Remboursement demandé</translation>
    </message>
    <message>
        <source>Refunded %1</source>
        <translation>Remboursé le %1</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Refund failed</source>
        <translation>Échec du remboursement</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Template&apos;s amount</source>
        <translation>Montant du modèle</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Partly refunded: %1 of %2</source>
        <translation>Partiellement remboursé : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>pavt::Journal</name>
    <message>
        <source>A charge needs an order id (at most 128 characters) to be journalled.</source>
        <translation>Un débit doit avoir une référence de commande (128 caractères au plus) pour être inscrit au journal.</translation>
    </message>
    <message>
        <source>A charge needs a currency and an environment to be journalled.</source>
        <translation>Un débit doit avoir une devise et un environnement pour être inscrit au journal.</translation>
    </message>
    <message>
        <source>A charge needs the card&apos;s last four digits to be journalled.</source>
        <translation>Un débit doit avoir les quatre derniers chiffres de la carte pour être inscrit au journal.</translation>
    </message>
    <message>
        <source>The journal already has a charge with order id %1; an order id is used once.</source>
        <translation>Le journal contient déjà un débit avec la référence de commande %1 ; une référence de commande ne sert qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Entry %1 was already completed (%2).</source>
        <translation>L&apos;entrée %1 a déjà été clôturée (%2).</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>Indiquez un motif pour le remboursement.</translation>
    </message>
    <message>
        <source>Only an approved charge can be refunded; this one is %1.</source>
        <translation>Seul un débit accepté peut être remboursé ; celui-ci est : %1.</translation>
    </message>
    <message>
        <source>This charge has already been refunded.</source>
        <translation>Ce débit a déjà été remboursé.</translation>
    </message>
    <message>
        <source>A refund of this charge is already on its way; wait for its answer.</source>
        <translation>Un remboursement de ce débit est déjà en cours ; attendez sa réponse.</translation>
    </message>
    <message>
        <source>This charge has no transaction id to refund.</source>
        <translation>Ce débit n&apos;a pas d&apos;ID de transaction à rembourser.</translation>
    </message>
    <message>
        <source>No refund of entry %1 is waiting for an answer.</source>
        <translation>Aucun remboursement de l&apos;entrée %1 n&apos;attend de réponse.</translation>
    </message>
    <message>
        <source>The terminal stopped before the gateway&apos;s answer arrived; the charge may have gone through. It is being looked up; do not charge again.</source>
        <translation>Le terminal s&apos;est arrêté avant l&apos;arrivée de la réponse de la passerelle ; le débit a pu aboutir. Il est en cours de vérification ; ne débitez pas à nouveau.</translation>
    </message>
    <message>
        <source>The journal is set to PostgreSQL but no connection is configured.</source>
        <translation>Le journal est réglé sur PostgreSQL mais aucune connexion n&apos;est configurée.</translation>
    </message>
    <message>
        <source>The journal&apos;s connection string must not contain a password: keep the password in the keychain (or in ~/.pgpass).</source>
        <translation>La chaîne de connexion du journal ne doit pas contenir de mot de passe : gardez le mot de passe dans le trousseau (ou dans ~/.pgpass).</translation>
    </message>
    <message>
        <source>The journal&apos;s port &quot;%1&quot; is not a port number.</source>
        <translation>Le port « %1 » du journal n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <source>The journal&apos;s address is not a valid URL.</source>
        <translation>L&apos;adresse du journal n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The journal&apos;s PostgreSQL connection names neither a host nor a database.</source>
        <translation>La connexion PostgreSQL du journal n&apos;indique ni hôte ni base de données.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation>Le pilote PostgreSQL pour Qt (QPSQL, paquet Debian libqt6sql6-psql) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE, Debian package libqt6sql6-sqlite) is not installed.</source>
        <translation>Le pilote SQLite pour Qt (QSQLITE, paquet Debian libqt6sql6-sqlite) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Cannot create the journal&apos;s folder %1.</source>
        <translation>Impossible de créer le dossier du journal %1.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation>Impossible de créer le journal %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open the journal (%1): %2</source>
        <translation>Impossible d&apos;ouvrir le journal (%1) : %2</translation>
    </message>
    <message>
        <source>The journal has schema version %1; this program needs %2.</source>
        <translation>Le journal a la version de schéma %1 ; ce programme a besoin de la %2.</translation>
    </message>
    <message>
        <source>The journal&apos;s file system does not support SQLite&apos;s write-ahead log (got &quot;%1&quot;).</source>
        <translation>Le système de fichiers du journal ne prend pas en charge le journal à écriture anticipée (WAL) de SQLite (réponse « %1 »).</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>erreur de base de données inconnue</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of the terminal (schema %1; this version knows up to %2). Update the terminal.</source>
        <translation>Le journal a été écrit par une version plus récente du terminal (schéma %1 ; cette version connaît jusqu&apos;au %2). Mettez le terminal à jour.</translation>
    </message>
    <message>
        <source>The journal has an unknown schema version %1.</source>
        <translation>Le journal a une version de schéma inconnue %1.</translation>
    </message>
    <message>
        <source>The journal did not return the new entry&apos;s number.</source>
        <translation>Le journal n&apos;a pas renvoyé le numéro de la nouvelle entrée.</translation>
    </message>
    <message>
        <source>The journal has no entry number %1.</source>
        <translation>Le journal n&apos;a pas d&apos;entrée numéro %1.</translation>
    </message>
    <message>
        <source>The journal could not set up the database: %1</source>
        <translation>Le journal n&apos;a pas pu préparer la base de données : %1</translation>
    </message>
    <message>
        <source>The journal could not set up the connection to the database: %1</source>
        <translation>Le journal n&apos;a pas pu établir la connexion à la base de données : %1</translation>
    </message>
    <message>
        <source>The journal could not set how durably changes are saved: %1</source>
        <translation>Le journal n&apos;a pas pu régler la durabilité de l&apos;enregistrement des modifications : %1</translation>
    </message>
    <message>
        <source>The journal could not run a statement: %1</source>
        <translation>Le journal n&apos;a pas pu exécuter une instruction : %1</translation>
    </message>
    <message>
        <source>The journal could not prepare a statement: %1</source>
        <translation>Le journal n&apos;a pas pu préparer une instruction : %1</translation>
    </message>
    <message>
        <source>The journal could not start a transaction: %1</source>
        <translation>Le journal n&apos;a pas pu commencer une transaction : %1</translation>
    </message>
    <message>
        <source>The journal could not save a transaction: %1</source>
        <translation>Le journal n&apos;a pas pu valider une transaction : %1</translation>
    </message>
    <message>
        <source>The journal could not read its schema version: %1</source>
        <translation>Le journal n&apos;a pas pu lire sa version de schéma : %1</translation>
    </message>
    <message>
        <source>The journal could not lock its schema for an update: %1</source>
        <translation>Le journal n&apos;a pas pu verrouiller son schéma pour la mise à jour : %1</translation>
    </message>
    <message>
        <source>The journal could not create its tables: %1</source>
        <translation>Le journal n&apos;a pas pu créer ses tables : %1</translation>
    </message>
    <message>
        <source>The journal could not migrate its schema to this version: %1</source>
        <translation>Le journal n&apos;a pas pu faire passer son schéma à cette version : %1</translation>
    </message>
    <message>
        <source>The journal could not record its schema version: %1</source>
        <translation>Le journal n&apos;a pas pu inscrire sa version de schéma : %1</translation>
    </message>
    <message>
        <source>The journal could not write the entry: %1</source>
        <translation>Le journal n&apos;a pas pu écrire l&apos;entrée : %1</translation>
    </message>
    <message>
        <source>The journal could not write the entries: %1</source>
        <translation>Le journal n&apos;a pas pu écrire les entrées : %1</translation>
    </message>
    <message>
        <source>The journal could not read its entries: %1</source>
        <translation>Le journal n&apos;a pas pu lire ses entrées : %1</translation>
    </message>
    <message>
        <source>The journal could not update the entry: %1</source>
        <translation>Le journal n&apos;a pas pu mettre à jour l&apos;entrée : %1</translation>
    </message>
    <message>
        <source>The journal could not look for interrupted charges: %1</source>
        <translation>Le journal n&apos;a pas pu rechercher les débits interrompus : %1</translation>
    </message>
    <message>
        <source>The journal could not search its entries: %1</source>
        <translation>Le journal n&apos;a pas pu chercher dans ses entrées : %1</translation>
    </message>
    <message>
        <source>The journal could not add up its entries: %1</source>
        <translation>Le journal n&apos;a pas pu totaliser ses entrées : %1</translation>
    </message>
    <message>
        <source>The journal could not count its entries: %1</source>
        <translation>Le journal n&apos;a pas pu compter ses entrées : %1</translation>
    </message>
    <message>
        <source>The journal (%1) records two schema versions that disagree: %2 in its schema_version table and %3 in the file&apos;s user_version. Another program has changed it, or it is damaged; it was left as it is. Restore a backup, or see the administrator&apos;s guide (the journal).</source>
        <translation>Le journal (%1) indique deux versions de schéma qui ne concordent pas : %2 dans sa table schema_version et %3 dans le user_version du fichier. Un autre programme l&apos;a modifié, ou il est endommagé ; il a été laissé tel quel. Restaurez une sauvegarde ou consultez le guide de l&apos;administrateur (le journal).</translation>
    </message>
    <message>
        <source>The journal (%1) was opened without its check, so nothing can be charged through it.</source>
        <translation>Le journal (%1) a été ouvert sans sa vérification ; rien ne peut donc être débité par son intermédiaire.</translation>
    </message>
    <message>
        <source>The journal (%1) is still being checked; nothing can be charged until the check has passed. Try again in a moment.</source>
        <translation>Le journal (%1) est encore en cours de vérification ; rien ne peut être débité tant que la vérification n&apos;a pas réussi. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The journal could not check its file: %1</source>
        <translation>Le journal n&apos;a pas pu vérifier son fichier : %1</translation>
    </message>
    <message>
        <source>The journal (%1) is damaged (%2), so nothing can be charged. Close the terminal, keep a copy of the file and see the administrator&apos;s guide (a damaged journal).</source>
        <translation>Le journal (%1) est endommagé (%2) ; rien ne peut donc être débité. Fermez le terminal, gardez une copie du fichier et consultez le guide de l&apos;administrateur (un journal endommagé).</translation>
    </message>
    <message>
        <source>SQLite&apos;s check gave no answer</source>
        <translation>la vérification de SQLite n&apos;a donné aucune réponse</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1, et %n autre problème</numerusform>
            <numerusform>%1, et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal cannot use %1: it must be a file, and it is not (a folder, perhaps). Move it out of the way and start again.</source>
        <translation>Le journal ne peut pas utiliser %1 : ce doit être un fichier, et ce n&apos;en est pas un (peut-être un dossier). Déplacez-le ailleurs et redémarrez.</translation>
    </message>
    <message>
        <source>The journal&apos;s folder %1 belongs to another user (%2), and this user (%3) may not write to it. Give the folder to %3 (for example: chown -R %3 &quot;%1&quot;) or use another data folder (PAVT_DATA_DIR), and start again.</source>
        <translation>Le dossier du journal %1 appartient à un autre utilisateur (%2), et cet utilisateur (%3) ne peut pas y écrire. Donnez le dossier à %3 (par exemple : chown -R %3 &quot;%1&quot;) ou utilisez un autre dossier de données (PAVT_DATA_DIR), puis redémarrez.</translation>
    </message>
    <message>
        <source>The journal&apos;s file %1 belongs to another user (%2), and this user (%3) may not use it. Once no program of %2 has the journal open, give the file to %3 (for example: chown %3 &quot;%1&quot;) and start again.</source>
        <translation>Le fichier du journal %1 appartient à un autre utilisateur (%2), et cet utilisateur (%3) ne peut pas l&apos;utiliser. Dès qu&apos;aucun programme de %2 n&apos;a le journal ouvert, donnez le fichier à %3 (par exemple : chown %3 &quot;%1&quot;) et redémarrez.</translation>
    </message>
    <message>
        <source>The journal cannot use %1: it may not be read or written, and its rights could not be given back (%2). Give it the rights 0600 (a folder 0700) and start again.</source>
        <translation>Le journal ne peut pas utiliser %1 : il ne peut être ni lu ni écrit, et ses droits n&apos;ont pas pu être rétablis (%2). Donnez-lui les droits 0600 (un dossier : 0700) et redémarrez.</translation>
    </message>
    <message>
        <source>The journal&apos;s database (%1) cannot be reached: %2</source>
        <translation>La base de données du journal (%1) est injoignable : %2</translation>
    </message>
    <message>
        <source>A payment by link is journalled with its expiry and without card data.</source>
        <translation>Un paiement par lien est journalisé avec son échéance et sans données de carte.</translation>
    </message>
    <message>
        <source>A refund&apos;s amount must be above zero.</source>
        <translation>Le montant d&apos;un remboursement doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>This charge has been charged back; it cannot be refunded.</source>
        <translation>Ce paiement a fait l&apos;objet d&apos;une rétrofacturation ; il ne peut pas être remboursé.</translation>
    </message>
    <message>
        <source>Only %1 of this charge is left to refund.</source>
        <translation>Il ne reste que %1 de ce paiement à rembourser.</translation>
    </message>
    <message>
        <source>The batch of refunds could not be written or read: %1</source>
        <translation>Le lot de remboursements n&apos;a pas pu être écrit ou lu : %1</translation>
    </message>
</context>
<context>
    <name>pavt::JournalEntry</name>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Waiting for 3-D Secure</source>
        <translation>En attente de 3-D Secure</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Gateway error (checking)</source>
        <translation>Erreur de la passerelle (vérification en cours)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Unknown (checking)</source>
        <translation>Inconnu (vérification en cours)</translation>
    </message>
    <message>
        <source>Unresolved: check by hand</source>
        <translation>Non résolu : à vérifier manuellement</translation>
    </message>
    <message>
        <source>The last four digits must be exactly four digits.</source>
        <translation>Les quatre derniers chiffres doivent être exactement quatre chiffres.</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>Le premier jour ne doit pas être après le dernier jour.</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>En attente de paiement</translation>
    </message>
    <message>
        <source>Link expired (not followed)</source>
        <translation>Lien expiré (plus suivi)</translation>
    </message>
    <message>
        <source>Card details</source>
        <translation>Données de carte</translation>
    </message>
    <message>
        <source>Link: card page</source>
        <translation>Lien : page carte</translation>
    </message>
    <message>
        <source>Link: other methods</source>
        <translation>Lien : autres moyens</translation>
    </message>
    <message>
        <source>Link: template</source>
        <translation>Lien : modèle</translation>
    </message>
</context>
<context>
    <name>pavt::JournalReader</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>pavt::LinkFollower</name>
    <message>
        <source>The gateway&apos;s transaction list could not be read, so the open payment links were not checked: %1</source>
        <translation>La liste des transactions de la passerelle n&apos;a pas pu être lue ; les liens de paiement ouverts n&apos;ont donc pas été vérifiés : %1</translation>
    </message>
    <message>
        <source>The cardholder paid on the gateway&apos;s page (status call: %1).</source>
        <translation>Le titulaire a payé sur la page de la passerelle (appel de statut : %1).</translation>
    </message>
    <message>
        <source>The payment on the gateway&apos;s page failed: %1</source>
        <translation>Le paiement sur la page de la passerelle a échoué : %1</translation>
    </message>
    <message>
        <source>The cardholder paid on the gateway&apos;s page (found in the transaction list).</source>
        <translation>Le titulaire a payé sur la page de la passerelle (trouvé dans la liste des transactions).</translation>
    </message>
    <message>
        <source>The payment on the gateway&apos;s page failed (found in the transaction list).</source>
        <translation>Le paiement sur la page de la passerelle a échoué (trouvé dans la liste des transactions).</translation>
    </message>
    <message>
        <source>The link exists at the gateway (found by its order id in the transaction list), but its address never came back, so it cannot be handed to the customer. Make a new link if the customer still wants to pay.</source>
        <translation>Le lien existe à la passerelle (trouvé par sa référence de commande dans la liste des transactions), mais son adresse n&apos;est jamais revenue ; il ne peut donc pas être remis au client. Créez un nouveau lien si le client veut toujours payer.</translation>
    </message>
    <message>
        <source>The gateway shows this payment as refunded.</source>
        <translation>La passerelle indique ce paiement comme remboursé.</translation>
    </message>
    <message>
        <source>Not paid by %1, so the terminal stopped following this link. The gateway was not asked to cancel it: if the customer pays after all, the payment shows in the gateway&apos;s transaction list, and Check now in the history looks it up.</source>
        <translation>Non payé au %1 : le terminal ne suit plus ce lien. La passerelle n&apos;a pas été priée de l&apos;annuler : si le client paie malgré tout, le paiement apparaît dans la liste des transactions de la passerelle, et « Vérifier maintenant » dans l&apos;historique le recherche.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer to this link was lost and the link was not found in the transaction list by %1. Check the order at the gateway by hand before making another link.</source>
        <translation>La réponse de la passerelle à ce lien a été perdue et le lien n&apos;a pas été trouvé dans la liste des transactions au %1. Vérifiez la commande à la passerelle manuellement avant de créer un autre lien.</translation>
    </message>
</context>
<context>
    <name>pavt::Money</name>
    <message>
        <source>The amount is too long: it has more than %1 characters.</source>
        <translation>Le montant est trop long : il a plus de %1 caractères.</translation>
    </message>
    <message>
        <source>The amount can contain only digits, one decimal sign and thousands separators, without a sign or a currency code or symbol.</source>
        <translation>Le montant ne peut contenir que des chiffres, un séparateur décimal et des séparateurs de milliers, sans signe, code ni symbole de devise.</translation>
    </message>
    <message>
        <source>The amount has no digits.</source>
        <translation>Le montant ne contient aucun chiffre.</translation>
    </message>
    <message>
        <source>The amount has more than one decimal sign.</source>
        <translation>Le montant a plus d&apos;un séparateur décimal.</translation>
    </message>
    <message>
        <source>The amount has a thousands separator after its decimal sign.</source>
        <translation>Le montant a un séparateur de milliers après le séparateur décimal.</translation>
    </message>
    <message>
        <source>A thousands separator or decimal sign is in the wrong place: thousands separators go between groups of three digits.</source>
        <translation>Un séparateur de milliers ou décimal est mal placé : les séparateurs de milliers se placent entre des groupes de trois chiffres.</translation>
    </message>
    <message>
        <source>%1 has no decimal places.</source>
        <translation>%1 n&apos;a pas de décimales.</translation>
    </message>
    <message>
        <source>%1 allows at most 1 decimal place.</source>
        <translation>%1 permet au plus 1 décimale.</translation>
    </message>
    <message numerus="yes">
        <source>%1 allows at most %n decimal places.</source>
        <translation>
            <numerusform>%1 permet au plus %n décimale.</numerusform>
            <numerusform>%1 permet au plus %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) cannot be charged: it has no minor unit.</source>
        <translation>%1 (%2) ne peut pas être débité : la devise n&apos;a pas d&apos;unité divisionnaire.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Saisissez un montant.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Le montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The amount is too large: at most %1 can be charged.</source>
        <translation>Le montant est trop élevé : %1 au maximum peut être débité.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
</context>
<context>
    <name>pavt::Password</name>
    <message>
        <source>The password could not be hashed: %1</source>
        <translation>Le mot de passe n&apos;a pas pu être haché : %1</translation>
    </message>
    <message>
        <source>The password hashing parameters are out of range.</source>
        <translation>Les paramètres de hachage du mot de passe sont hors limites.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Le générateur de nombres aléatoires du système a échoué.</translation>
    </message>
    <message>
        <source>The account&apos;s stored password hash cannot be read.</source>
        <translation>L&apos;empreinte du mot de passe enregistrée pour le compte est illisible.</translation>
    </message>
    <message>
        <source>A password must not contain control characters.</source>
        <translation>Un mot de passe ne doit pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe doit avoir au moins %1 caractères.</translation>
    </message>
    <message>
        <source>A password may have at most %1 characters.</source>
        <translation>Un mot de passe peut avoir au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A password must not be the account&apos;s name.</source>
        <translation>Un mot de passe ne doit pas être le nom du compte.</translation>
    </message>
</context>
<context>
    <name>pavt::PayloadCipher</name>
    <message>
        <source>The encryption key must be exactly 32 characters (bytes); this one has %1.</source>
        <translation>La clé de chiffrement doit faire exactement 32 caractères (octets) ; celle-ci en a %1.</translation>
    </message>
    <message>
        <source>The initialisation vector must be 16 bytes.</source>
        <translation>Le vecteur d&apos;initialisation doit faire 16 octets.</translation>
    </message>
    <message>
        <source>The payload is too large to encrypt.</source>
        <translation>Les données sont trop volumineuses pour être chiffrées.</translation>
    </message>
    <message>
        <source>The payload could not be decrypted: wrong key or corrupted data (bad padding).</source>
        <translation>Les données n&apos;ont pas pu être déchiffrées : clé incorrecte ou données endommagées (remplissage incorrect).</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed: %1</source>
        <translation>Le générateur de nombres aléatoires du système a échoué : %1</translation>
    </message>
    <message>
        <source>The payload is not of the form iv:ciphertext (no colon).</source>
        <translation>Les données n&apos;ont pas la forme iv:ciphertext (pas de deux-points).</translation>
    </message>
    <message>
        <source>The payload&apos;s IV must be 32 hexadecimal digits.</source>
        <translation>L&apos;IV des données doit comporter 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The payload&apos;s ciphertext is not hexadecimal.</source>
        <translation>Le texte chiffré des données n&apos;est pas hexadécimal.</translation>
    </message>
    <message>
        <source>The payload&apos;s ciphertext is not a whole number of 16-byte blocks.</source>
        <translation>Le texte chiffré des données n&apos;est pas un nombre entier de blocs de 16 octets.</translation>
    </message>
</context>
<context>
    <name>pavt::PaymentLink</name>
    <message>
        <source>Choose the payment template the link is made from.</source>
        <translation>Choisissez le modèle de paiement à partir duquel le lien est créé.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero, or none for the template&apos;s amount.</source>
        <translation>Saisissez un montant supérieur à zéro, ou aucun pour le montant du modèle.</translation>
    </message>
    <message>
        <source>Give the currency of the amount.</source>
        <translation>Indiquez la devise du montant.</translation>
    </message>
    <message>
        <source>The link&apos;s expiry date %1 is in the past: give today or a later day.</source>
        <translation>La date d&apos;expiration %1 du lien est passée : indiquez aujourd&apos;hui ou un jour ultérieur.</translation>
    </message>
    <message>
        <source>Nothing was sent: the payment link needs attention: %1</source>
        <translation>Rien n&apos;a été envoyé ; le lien de paiement est à vérifier : %1</translation>
    </message>
</context>
<context>
    <name>pavt::PaymentRequest</name>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>email</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>state</source>
        <translation>État / région</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>customer IP address</source>
        <translation>adresse IP du client</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>numéro de carte</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>date d&apos;expiration</translation>
    </message>
    <message>
        <source>security code (CVV)</source>
        <translation>cryptogramme (CVV)</translation>
    </message>
    <message>
        <source>redirect URL</source>
        <translation>URL de redirection</translation>
    </message>
    <message>
        <source>webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>référence de commande</translation>
    </message>
    <message>
        <source>terminal id</source>
        <translation>ID du terminal</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not an ISO 3166 country.</source>
        <translation>Le pays « %1 » n&apos;est pas un pays de la norme ISO 3166.</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not an ISO 4217 currency that can be charged.</source>
        <translation>La devise « %1 » n&apos;est pas une devise ISO 4217 qui peut être débitée.</translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at offset %2.</source>
        <translation>La demande n&apos;est pas du JSON valide : %1 à la position %2.</translation>
    </message>
    <message>
        <source>The request must be one JSON object.</source>
        <translation>La demande doit être un seul objet JSON.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu « %1 »</translation>
    </message>
    <message>
        <source>&quot;amount&quot; must be an integer number of minor units (1250 for 12.50)</source>
        <translation>« amount » doit être un nombre entier d&apos;unités mineures (1250 pour 12,50)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>« %1 » doit être un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>« %1 » doit être une chaîne</translation>
    </message>
    <message>
        <source>The request has problems: %1.</source>
        <translation>La demande présente des problèmes : %1.</translation>
    </message>
    <message>
        <source>The request gives &quot;%1&quot; more than once; give each field once.</source>
        <translation>La requête donne « %1 » plus d&apos;une fois ; donnez chaque champ une seule fois.</translation>
    </message>
</context>
<context>
    <name>pavt::Permissions</name>
    <message>
        <source>Your account may not charge cards (roles that may: %1).</source>
        <translation>Votre compte ne peut pas débiter de cartes (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may not create payment links (roles that may: %1).</source>
        <translation>Votre compte ne peut pas créer de liens de paiement (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may not look at the journal&apos;s entries (roles that may: %1).</source>
        <translation>Votre compte ne peut pas consulter les entrées du journal (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may not print receipts (roles that may: %1).</source>
        <translation>Votre compte ne peut pas imprimer de reçus (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may see only its own entries of today; other entries need one of these roles: %1.</source>
        <translation>Votre compte ne peut voir que ses propres entrées du jour ; les autres entrées demandent l&apos;un de ces rôles : %1.</translation>
    </message>
    <message>
        <source>Your account may not look up a charge&apos;s status (roles that may: %1).</source>
        <translation>Votre compte ne peut pas consulter le statut d&apos;un paiement (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may not list the gateway&apos;s transactions (roles that may: %1).</source>
        <translation>Votre compte ne peut pas lister les transactions de la passerelle (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may not refund charges (roles that may: %1).</source>
        <translation>Votre compte ne peut pas rembourser de paiements (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>This account may not approve refunds (roles that may: %1).</source>
        <translation>Ce compte ne peut pas approuver de remboursements (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may not reconcile the journal (roles that may: %1).</source>
        <translation>Votre compte ne peut pas rapprocher le journal (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may not export the journal (roles that may: %1).</source>
        <translation>Votre compte ne peut pas exporter le journal (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may not make the end-of-day report (roles that may: %1).</source>
        <translation>Votre compte ne peut pas établir le rapport de fin de journée (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may not manage the operators&apos; accounts (roles that may: %1).</source>
        <translation>Votre compte ne peut pas gérer les comptes des opérateurs (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may not change settings (roles that may: %1).</source>
        <translation>Votre compte ne peut pas modifier les paramètres (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may not change the merchant&apos;s keys (roles that may: %1).</source>
        <translation>Votre compte ne peut pas modifier les clés du marchand (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may not read the audit trail (roles that may: %1).</source>
        <translation>Votre compte ne peut pas lire la piste d&apos;audit (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may not verify the audit trail (roles that may: %1).</source>
        <translation>Votre compte ne peut pas vérifier la piste d&apos;audit (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may not settle the day against the gateway (roles that may: %1).</source>
        <translation>Votre compte ne peut pas rapprocher la journée avec la passerelle (rôles autorisés : %1).</translation>
    </message>
    <message>
        <source>Your account may not refund charges from a file (roles that may: %1).</source>
        <translation>Votre compte ne peut pas rembourser des paiements depuis un fichier (rôles autorisés : %1).</translation>
    </message>
</context>
<context>
    <name>pavt::Policy</name>
    <message>
        <source>The security policy could not be read: %1</source>
        <translation>La politique de sécurité n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>The security policy could not be saved: %1</source>
        <translation>La politique de sécurité n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>The security policy&apos;s %1 cannot be %2: it must be a whole number from %3 to %4.</source>
        <translation>La règle %1 de la politique de sécurité ne peut pas valoir %2 : ce doit être un nombre entier de %3 à %4.</translation>
    </message>
    <message>
        <source>The journal&apos;s security policy has a rule %1 that this version of the terminal does not know.</source>
        <translation>La politique de sécurité du journal contient une règle %1 que cette version du terminal ne connaît pas.</translation>
    </message>
    <message>
        <source>The journal&apos;s security policy has a value for %1 that is not a number.</source>
        <translation>La politique de sécurité du journal a pour %1 une valeur qui n’est pas un nombre.</translation>
    </message>
    <message>
        <source>There is no security policy rule %1. The rules are: %2.</source>
        <translation>Il n’existe pas de règle %1 dans la politique de sécurité. Les règles sont : %2.</translation>
    </message>
    <message>
        <source>With accounts, the window locks after this many minutes without a key press or click (1 to 15).</source>
        <translation>Avec des comptes, la fenêtre se verrouille après ce nombre de minutes sans frappe ni clic (1 à 15).</translation>
    </message>
    <message>
        <source>Wrong passwords in a row that lock an account (1 to 10).</source>
        <translation>Mots de passe erronés consécutifs qui bloquent un compte (1 à 10).</translation>
    </message>
    <message>
        <source>How many minutes a locked-out account stays locked (30 to 1440).</source>
        <translation>Combien de minutes un compte bloqué le reste (30 à 1440).</translation>
    </message>
    <message>
        <source>What a supervisor may refund without another supervisor&apos;s approval, per refund, in major units of the refund&apos;s currency (0: every refund needs an approval).</source>
        <translation>Ce qu’un superviseur peut rembourser sans l’approbation d’un autre superviseur, par remboursement, en unités principales de la devise du remboursement (0 : chaque remboursement doit être approuvé).</translation>
    </message>
    <message>
        <source>What a supervisor may refund without approval per day, in major units of the currency.</source>
        <translation>Ce qu’un superviseur peut rembourser sans approbation par jour, en unités principales de la devise.</translation>
    </message>
    <message>
        <source>What finance staff may refund without a supervisor&apos;s approval, per refund, in major units of the refund&apos;s currency (0: every refund needs an approval).</source>
        <translation>Ce que la comptabilité peut rembourser sans l’approbation d’un superviseur, par remboursement, en unités principales de la devise du remboursement (0 : chaque remboursement doit être approuvé).</translation>
    </message>
    <message>
        <source>What finance staff may refund without approval per day, in major units of the currency.</source>
        <translation>Ce que la comptabilité peut rembourser sans approbation par jour, en unités principales de la devise.</translation>
    </message>
</context>
<context>
    <name>pavt::Reconciler</name>
    <message>
        <source>The gateway&apos;s transaction list could not be read: %1</source>
        <translation>La liste des transactions de la passerelle n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Found by its order id in the gateway&apos;s transaction list (%1).</source>
        <translation>Trouvé par sa référence de commande dans la liste des transactions de la passerelle (%1).</translation>
    </message>
    <message>
        <source>Order %1 is not in the gateway&apos;s transaction list for %2 to %3.</source>
        <translation>La commande %1 ne figure pas dans la liste des transactions de la passerelle du %2 au %3.</translation>
    </message>
    <message>
        <source>The gateway shows the refund.</source>
        <translation>La passerelle indique le remboursement.</translation>
    </message>
    <message>
        <source>The gateway shows no refund for this transaction; the request may not have arrived. It can be sent again.</source>
        <translation>La passerelle n&apos;indique aucun remboursement pour cette transaction ; la demande n&apos;est peut-être pas arrivée. Elle peut être renvoyée.</translation>
    </message>
    <message>
        <source>The status could not be read: %1</source>
        <translation>Le statut n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Looked up at the gateway: %1</source>
        <translation>Vérifié auprès de la passerelle : %1</translation>
    </message>
    <message>
        <source>3-D Secure is not completed yet.</source>
        <translation>3-D Secure n&apos;est pas encore terminé.</translation>
    </message>
    <message>
        <source>The gateway shows this charge as refunded.</source>
        <translation>La passerelle indique ce débit comme remboursé.</translation>
    </message>
    <message numerus="yes">
        <source>Not settled after %n lookup(s); check this charge at the gateway by hand. Last: %1</source>
        <translation>
            <numerusform>Non résolu après %n vérification ; vérifiez ce débit manuellement auprès de la passerelle. Dernière réponse : %1</numerusform>
            <numerusform>Non résolu après %n vérifications ; vérifiez ce débit manuellement auprès de la passerelle. Dernière réponse : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The refund&apos;s outcome is still not known; check it at the gateway. Last: %1</source>
        <translation>Le résultat du remboursement est toujours inconnu ; vérifiez-le auprès de la passerelle. Dernière réponse : %1</translation>
    </message>
    <message>
        <source>The journal&apos;s entry could not be read.</source>
        <translation>L&apos;entrée du journal n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The gateway does not say whether this partial refund was made; check it at the gateway before refunding again.</source>
        <translation>La passerelle n&apos;indique pas si ce remboursement partiel a été effectué ; vérifiez-le auprès de la passerelle avant de rembourser à nouveau.</translation>
    </message>
</context>
<context>
    <name>pavt::RequestValidator</name>
    <message>
        <source>Choose the cardholder&apos;s country.</source>
        <translation>Choisissez le pays du titulaire.</translation>
    </message>
    <message>
        <source>This is not a country of ISO 3166; type its name or its code, like GB or GBR.</source>
        <translation>Ce n&apos;est pas un pays de la norme ISO 3166 ; saisissez son nom ou son code, par exemple GB ou GBR.</translation>
    </message>
    <message>
        <source>Choose the currency.</source>
        <translation>Choisissez la devise.</translation>
    </message>
    <message>
        <source>This is not an ISO 4217 currency code, like GBP or EUR.</source>
        <translation>Ce n&apos;est pas un code de devise ISO 4217, comme GBP ou EUR.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be charged: it has no minor unit.</source>
        <translation>%1 (%2) ne peut pas être débité : la devise n&apos;a pas d&apos;unité divisionnaire.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>The amount is larger than this terminal accepts.</source>
        <translation>Le montant dépasse ce que ce terminal accepte.</translation>
    </message>
    <message>
        <source>Enter the amount to charge.</source>
        <translation>Saisissez le montant à débiter.</translation>
    </message>
    <message>
        <source>Choose a currency first.</source>
        <translation>Choisissez d&apos;abord une devise.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s expiry date, like 12/27.</source>
        <translation>Saisissez la date d&apos;expiration de la carte, par exemple 12/27.</translation>
    </message>
    <message>
        <source>Nothing was sent: these fields need attention: %1.</source>
        <translation>Rien n&apos;a été envoyé ; ces champs sont à vérifier : %1.</translation>
    </message>
    <message>
        <source>A payment by link must not carry a card number: the cardholder types the card on the payment page. A link request with card fields is refused before sending.</source>
        <translation>Un paiement par lien ne doit pas contenir de numéro de carte : le titulaire saisit la carte sur la page de paiement. Une demande de lien avec des champs de carte est refusée avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>A payment by link must not carry a card expiry date. A link request with card fields is refused before sending.</source>
        <translation>Un paiement par lien ne doit pas contenir de date d&apos;expiration de carte. Une demande de lien avec des champs de carte est refusée avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>A payment by link must not carry a security code (CVV). A link request with card fields is refused before sending.</source>
        <translation>Un paiement par lien ne doit pas contenir de cryptogramme (CVV). Une demande de lien avec des champs de carte est refusée avant l&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>pavt::Session</name>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>Le nom ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many wrong passwords until %2; an administrator can unlock it by setting a new password.</source>
        <translation>Le compte %1 est verrouillé jusqu&apos;à %2 après trop de mots de passe erronés ; un administrateur peut le déverrouiller en définissant un nouveau mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>The name or the password is wrong. After %n wrong passwords the account is locked for %1 minutes.</source>
        <translation>
            <numerusform>Le nom ou le mot de passe est incorrect. Après %n mot de passe erroné, le compte est verrouillé pendant %1 minutes.</numerusform>
            <numerusform>Le nom ou le mot de passe est incorrect. Après %n mots de passe erronés, le compte est verrouillé pendant %1 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an administrator.</source>
        <translation>Le compte %1 est désactivé : adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>There are no accounts yet: the terminal runs without sign-in.</source>
        <translation>Il n&apos;y a encore aucun compte : le terminal fonctionne sans connexion.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>The session is locked: sign in again.</source>
        <translation>La session est verrouillée : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Change your password first: an administrator set it.</source>
        <translation>Changez d&apos;abord votre mot de passe : un administrateur l&apos;a défini.</translation>
    </message>
    <message>
        <source>Your account was disabled: you have been signed out.</source>
        <translation>Votre compte a été désactivé : vous avez été déconnecté.</translation>
    </message>
    <message>
        <source>The journal has no charge for this transaction, so its amount is not known here: a supervisor must approve the refund.</source>
        <translation>Le journal n&apos;a aucun paiement pour cette transaction, son montant n&apos;est donc pas connu ici : un superviseur doit approuver le remboursement.</translation>
    </message>
    <message>
        <source>This refund is above your limit of %1 %2 per refund: a supervisor must approve it.</source>
        <translation>Ce remboursement dépasse votre limite de %1 %2 par remboursement : un superviseur doit l&apos;approuver.</translation>
    </message>
    <message>
        <source>This refund would take you above your limit of %1 %2 of refunds a day: a supervisor must approve it.</source>
        <translation>Ce remboursement vous ferait dépasser votre limite de %1 %2 de remboursements par jour : un superviseur doit l&apos;approuver.</translation>
    </message>
    <message>
        <source>A refund must be approved by another person, not by the one who asks for it.</source>
        <translation>Un remboursement doit être approuvé par une autre personne que celle qui le demande.</translation>
    </message>
</context>
<context>
    <name>pavt::Settings</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>an https:// address (http:// only to this computer)</source>
        <translation>une adresse https:// (http:// seulement vers cet ordinateur)</translation>
    </message>
    <message>
        <source>nothing, or an https:// address (http:// only to this computer)</source>
        <translation>rien, ou une adresse https:// (http:// seulement vers cet ordinateur)</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>an ISO 4217 currency code that can be charged, like GBP or EUR</source>
        <translation>un code de devise ISO 4217 dans lequel on peut débiter, comme GBP ou EUR</translation>
    </message>
    <message>
        <source>an ISO 3166 country, like GB, GBR or United Kingdom</source>
        <translation>un pays ISO 3166, comme GB, GBR ou United Kingdom</translation>
    </message>
    <message>
        <source>nothing, or an IPv4 or IPv6 address</source>
        <translation>rien, ou une adresse IPv4 ou IPv6</translation>
    </message>
    <message>
        <source>text of at most %1 characters, without control characters</source>
        <translation>un texte d&apos;au plus %1 caractères, sans caractères de contrôle</translation>
    </message>
    <message>
        <source>nothing (the system&apos;s language) or %1</source>
        <translation>rien (la langue du système) ou %1</translation>
    </message>
    <message>
        <source>a PostgreSQL connection (host=… dbname=… user=…) without a password</source>
        <translation>une connexion PostgreSQL (host=… dbname=… user=…) sans mot de passe</translation>
    </message>
    <message>
        <source>It is longer than %1 characters.</source>
        <translation>Elle dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>It contains control characters.</source>
        <translation>Elle contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>It is empty.</source>
        <translation>Elle est vide.</translation>
    </message>
    <message>
        <source>It is not a whole number.</source>
        <translation>Ce n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3.</source>
        <translation>%1 n&apos;est pas compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>It is not one of the allowed values.</source>
        <translation>Ce n&apos;est pas une des valeurs permises.</translation>
    </message>
    <message>
        <source>It is not a currency that can be charged.</source>
        <translation>Ce n&apos;est pas une devise dans laquelle on peut débiter.</translation>
    </message>
    <message>
        <source>It is not an ISO 3166 country.</source>
        <translation>Ce n&apos;est pas un pays ISO 3166.</translation>
    </message>
    <message>
        <source>It is not a language of the terminal.</source>
        <translation>Ce n&apos;est pas une langue du terminal.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (no permission, or it is not a file). Nothing is charged until it can be read: give this user read and write access to it.</source>
        <translation>Le fichier de paramètres %1 ne peut pas être lu (pas d&apos;autorisation, ou ce n&apos;est pas un fichier). Rien n&apos;est débité tant qu&apos;il ne peut pas être lu : donnez à cet utilisateur le droit de le lire et de l&apos;écrire.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged (a line that is not &quot;key=value&quot;, a stray quote, or binary data). Nothing is charged until it is corrected or removed; the terminal does not write to it meanwhile.</source>
        <translation>Le fichier de paramètres %1 est endommagé (une ligne qui n&apos;est pas « clé=valeur », un guillemet égaré ou des données binaires). Rien n&apos;est débité tant qu&apos;il n&apos;est pas corrigé ou supprimé ; le terminal n&apos;y écrit pas d&apos;ici là.</translation>
    </message>
    <message>
        <source>The setting %1 in %2 is &quot;%3&quot;: %4 Allowed: %5.</source>
        <translation>Le paramètre %1 dans %2 vaut « %3 » : %4 Valeurs permises : %5.</translation>
    </message>
    <message>
        <source>It is a list (a comma outside quotes).</source>
        <translation>C&apos;est une liste (une virgule hors des guillemets).</translation>
    </message>
    <message>
        <source>The settings file %1 has a setting %2 that the terminal does not know: did you mean %3? Until it is corrected, %3 has its default value.</source>
        <translation>Le fichier de paramètres %1 contient un paramètre %2 que le terminal ne connaît pas : vouliez-vous dire %3 ? Tant que ce n&apos;est pas corrigé, %3 garde sa valeur par défaut.</translation>
    </message>
    <message>
        <source>The settings file %1 has a setting %2 that the terminal does not know.</source>
        <translation>Le fichier de paramètres %1 contient un paramètre %2 que le terminal ne connaît pas.</translation>
    </message>
    <message>
        <source>The settings file %1 has %2, which the terminal no longer reads from a settings file: it is the journal&apos;s security policy now, which only an administrator changes for every seat (Terminal → Operators… → Security policy…, or pavt-cli operators policy set %3 VALUE). Remove %2 from the file (Settings → Save does it).</source>
        <translation>Le fichier de réglages %1 contient %2, que le terminal ne lit plus dans un fichier de réglages : c’est désormais la politique de sécurité du journal, que seul un administrateur modifie pour tous les postes (Terminal → Opérateurs… → Politique de sécurité…, ou pavt-cli operators policy set %3 VALUE). Retirez %2 du fichier (Réglages → Enregistrer le fait).</translation>
    </message>
</context>
<context>
    <name>pavt::Settlement</name>
    <message>
        <source>A settlement is already running.</source>
        <translation>Un rapprochement est déjà en cours.</translation>
    </message>
    <message>
        <source>Give a valid range of days (from on or before to).</source>
        <translation>Indiquez une plage de jours valide (du au plus tard le au).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The settlement was cancelled.</source>
        <translation>Le rapprochement a été annulé.</translation>
    </message>
    <message>
        <source>Page %1 of the gateway&apos;s transaction list could not be read: %2</source>
        <translation>La page %1 de la liste des transactions de la passerelle n&apos;a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>Page %1 of the gateway&apos;s transaction list came without its paging information (meta), so the list cannot be followed to its end.</source>
        <translation>La page %1 de la liste des transactions de la passerelle est arrivée sans ses informations de pagination (meta) : la liste ne peut pas être suivie jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>The gateway&apos;s transaction list does not end: page %1 goes past the %2 transactions it announced.</source>
        <translation>La liste des transactions de la passerelle ne finit pas : la page %1 dépasse les %2 transactions annoncées.</translation>
    </message>
    <message>
        <source>The gateway&apos;s list gives transaction %1 the amount &quot;%2&quot;, which is not a number.</source>
        <translation>La liste de la passerelle donne à la transaction %1 le montant « %2 », qui n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The gateway&apos;s list gives transaction %1 a date that is not a date.</source>
        <translation>La liste de la passerelle donne à la transaction %1 une date qui n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>Page %1 of the gateway&apos;s transaction list says more follow but gives no cursor for them.</source>
        <translation>La page %1 de la liste des transactions de la passerelle annonce une suite mais ne donne pas de curseur.</translation>
    </message>
    <message>
        <source>The gateway&apos;s transaction list gave the same cursor twice (page %1): following it would go round in circles.</source>
        <translation>La liste des transactions de la passerelle a donné deux fois le même curseur (page %1) : le suivre ferait tourner en rond.</translation>
    </message>
    <message>
        <source>The gateway&apos;s transaction list does not end: %1 pages and still more.</source>
        <translation>La liste des transactions de la passerelle ne finit pas : %1 pages et encore d&apos;autres.</translation>
    </message>
    <message>
        <source>The order id is of this terminal&apos;s own format, but the journal has no such entry.</source>
        <translation>Le numéro de commande est au format propre à ce terminal, mais le journal n&apos;a pas cette entrée.</translation>
    </message>
    <message>
        <source>currency: journal %1, gateway %2</source>
        <translation>devise : journal %1, passerelle %2</translation>
    </message>
    <message>
        <source>amount: journal %1, gateway %2 (minor units)</source>
        <translation>montant : journal %1, passerelle %2 (unités mineures)</translation>
    </message>
    <message>
        <source>status: journal %1, gateway %2</source>
        <translation>statut : journal %1, passerelle %2</translation>
    </message>
    <message>
        <source>the journal has it refunded, the gateway does not</source>
        <translation>le journal l&apos;a comme remboursée, la passerelle non</translation>
    </message>
    <message>
        <source>transaction id: journal %1, gateway %2</source>
        <translation>identifiant de transaction : journal %1, passerelle %2</translation>
    </message>
    <message>
        <source>entry %1 (%2): refunded at the gateway on %3</source>
        <translation>entrée %1 (%2) : remboursée sur la passerelle le %3</translation>
    </message>
    <message>
        <source>entry %1 (%2): charged back on %3</source>
        <translation>entrée %1 (%2) : rétrofacturée le %3</translation>
    </message>
    <message>
        <source>entry %1 (%2): flagged as suspicious on %3</source>
        <translation>entrée %1 (%2) : signalée comme suspecte le %3</translation>
    </message>
    <message>
        <source>The journal has it as %1, the gateway has no record of it.</source>
        <translation>Le journal l&apos;a comme %1, la passerelle n&apos;en a aucune trace.</translation>
    </message>
    <message>
        <source>Refunded at the gateway; learnt by the settlement.</source>
        <translation>Remboursée sur la passerelle ; appris par le rapprochement.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>pavt::app</name>
    <message>
        <source>Keyed card payments through the Pay Agency gateway.</source>
        <translation>Paiements par carte saisis via la passerelle Pay Agency.</translation>
    </message>
    <message>
        <source>Run against the built-in gateway simulator.</source>
        <translation>Fonctionner avec le simulateur de passerelle intégré.</translation>
    </message>
</context>
<context>
    <name>pavt::app::TerminalApp</name>
    <message>
        <source>approved</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>declined: card declined</source>
        <translation>refusé : carte refusée</translation>
    </message>
    <message>
        <source>declined: insufficient funds</source>
        <translation>refusé : provision insuffisante</translation>
    </message>
    <message>
        <source>declined: expired card</source>
        <translation>refusé : carte expirée</translation>
    </message>
    <message>
        <source>3-D Secure: the simulator&apos;s check page opens; pending until it is approved or failed there</source>
        <translation>3-D Secure : la page de vérification du simulateur s&apos;ouvre ; en attente jusqu&apos;à acceptation ou échec sur cette page</translation>
    </message>
    <message>
        <source>gateway error (HTTP 500); nothing is recorded</source>
        <translation>erreur de la passerelle (HTTP 500) ; rien n&apos;est enregistré</translation>
    </message>
    <message>
        <source>slow: approved, but the answer comes after the time limit: an unknown outcome</source>
        <translation>lent : accepté, mais la réponse arrive après le délai : un résultat inconnu</translation>
    </message>
    <message>
        <source>dropped: approved, but the connection closes without an answer: an unknown outcome</source>
        <translation>coupé : accepté, mais la connexion se ferme sans réponse : un résultat inconnu</translation>
    </message>
    <message>
        <source>The journal settings are wrong, so nothing can be charged: %1</source>
        <translation>Les paramètres du journal sont incorrects, rien ne peut donc être débité : %1</translation>
    </message>
    <message>
        <source>The journal (%1) could not be opened, so nothing can be charged: %2</source>
        <translation>Le journal (%1) n&apos;a pas pu être ouvert, rien ne peut donc être débité : %2</translation>
    </message>
    <message>
        <source>The saved credentials cannot be used: %1 Running in demo mode.</source>
        <translation>Les identifiants enregistrés ne peuvent pas être utilisés : %1 Le terminal fonctionne en mode démo.</translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>Le simulateur de démo n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The new gateway and journal settings take effect at the next start: a charge was in progress.</source>
        <translation>Les nouveaux réglages de la passerelle et du journal prendront effet au prochain démarrage : un débit était en cours.</translation>
    </message>
    <message>
        <source>Settings applied.</source>
        <translation>Réglages appliqués.</translation>
    </message>
    <message>
        <source>It was started with --demo.</source>
        <translation>Il a été lancé avec --demo.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s); keys entered in Settings work for this session.</source>
        <translation>
            <numerusform>Le trousseau n&apos;a pas répondu en %n seconde ; les clés saisies dans les Paramètres valent pour cette session.</numerusform>
            <numerusform>Le trousseau n&apos;a pas répondu en %n secondes ; les clés saisies dans les Paramètres valent pour cette session.</numerusform>
        </translation>
    </message>
    <message>
        <source>No merchant keys are saved yet: enter them in Settings (Ctrl+,) to charge real cards.</source>
        <translation>Aucune clé de commerçant n&apos;est encore enregistrée : saisissez-les dans les Paramètres (Ctrl+,) pour débiter de vraies cartes.</translation>
    </message>
    <message>
        <source>No gateway: %1 This build of the terminal has no demo mode; save the merchant&apos;s keys in Settings.</source>
        <translation>Aucune passerelle : %1 Cette version du terminal n&apos;a pas de mode démo ; enregistrez les clés du commerçant dans les Paramètres.</translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator answers and no card is charged. %1</source>
        <translation>Mode démo : le simulateur intégré répond et aucune carte n&apos;est débitée. %1</translation>
    </message>
    <message>
        <source>The journal has been checked; charges can be sent.</source>
        <translation>Le journal a été vérifié ; les débits peuvent être envoyés.</translation>
    </message>
    <message>
        <source>Checking the journal (%1); charges can be sent as soon as the check has passed.</source>
        <translation>Vérification du journal (%1) ; les débits pourront être envoyés dès que la vérification aura réussi.</translation>
    </message>
    <message>
        <source>The journal&apos;s database is back: the outcome of order %1 has been written.</source>
        <translation>La base de données du journal est de nouveau joignable : le résultat de la commande %1 a été écrit.</translation>
    </message>
    <message>
        <source>The operators&apos; accounts in the journal could not be read: %1</source>
        <translation>Les comptes des opérateurs dans le journal n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>Batch refunds need the journal and the gateway; the status bar and Settings (Ctrl+,) say what keeps them from starting.</source>
        <translation>Les remboursements groupés ont besoin du journal et de la passerelle ; la barre d&apos;état et les Paramètres (Ctrl+,) disent ce qui les empêche de démarrer.</translation>
    </message>
</context>
<context>
    <name>pavt::cli</name>
    <message>
        <source>Gateway base URL.</source>
        <translation>URL de base de la passerelle.</translation>
    </message>
    <message>
        <source>Timeout in seconds (default 15).</source>
        <translation>Délai d&apos;attente en secondes (15 par défaut).</translation>
    </message>
    <message>
        <source>Print one JSON object (history: array).</source>
        <translation>Afficher un seul objet JSON (history : un tableau).</translation>
    </message>
    <message>
        <source>charge: read the request from FILE.</source>
        <translation>charge : lire la demande dans FILE.</translation>
    </message>
    <message>
        <source>refund: the reason.</source>
        <translation>refund : le motif.</translation>
    </message>
    <message>
        <source>charge: refuse a charge like a recent one.</source>
        <translation>charge : refuser un débit semblable à un débit récent.</translation>
    </message>
    <message>
        <source>history, export: outcomes, comma-separated.</source>
        <translation>history, export : résultats, séparés par des virgules.</translation>
    </message>
    <message>
        <source>history, export: the card&apos;s last four digits.</source>
        <translation>history, export : les quatre derniers chiffres de la carte.</translation>
    </message>
    <message>
        <source>history, export: first or last name starts with TEXT.</source>
        <translation>history, export : le prénom ou le nom commence par TEXT.</translation>
    </message>
    <message>
        <source>history, export: e-mail starts with TEXT.</source>
        <translation>history, export : l&apos;e-mail commence par TEXT.</translation>
    </message>
    <message>
        <source>history, export: this order id.</source>
        <translation>history, export : cette référence de commande.</translation>
    </message>
    <message>
        <source>history, export: this transaction id.</source>
        <translation>history, export : cet ID de transaction.</translation>
    </message>
    <message>
        <source>history: at most N entries (0: all).</source>
        <translation>history : au plus N entrées (0 : toutes).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Usage: pavt-cli [--base-url URL] [--timeout SECONDS] [--json] COMMAND</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Utilisation : pavt-cli [--base-url URL] [--timeout SECONDS] [--json] COMMAND</translation>
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
        <translation>Commandes :
  charge [--input FILE]   une demande en JSON (les noms de champ du contrat ; amount un entier en
                          unités mineures ; country en alpha-2, en alpha-3 ou en toutes lettres)
                          lue dans FILE ou sur stdin ; inscrite au journal avant l&apos;envoi. Un débit
                          semblable à un débit accepté ou en attente des 120 dernières secondes
                          (paramètre journal/duplicateWindowSeconds ; même marque de carte, mêmes
                          quatre derniers chiffres, même montant et même devise) est signalé sur
                          stderr ; --refuse-duplicate le refuse à la place (code 1, rien n&apos;est
                          envoyé)
  status TRANSACTION_ID
  refund TRANSACTION_ID --reason TEXT
  transactions --from YYYY-MM-DD --to YYYY-MM-DD
  history [FILTERS] [--limit N]   les entrées du journal, les plus récentes d&apos;abord (100 par
                                  défaut ; 0 : toutes) ; avec --json un tableau JSON d&apos;entrées
  export --csv FILE [FILTERS]     les entrées du journal en CSV (RFC 4180, données de carte
                                  masquées uniquement)
  reconcile               interroge une fois la passerelle sur chaque entrée du journal au résultat
                          inconnu, en erreur de serveur ou en attente de 3-D Secure (sans jamais
                          débiter à nouveau) et enregistre les réponses</translation>
    </message>
    <message>
        <source>Journal filters (history, export): --from YYYY-MM-DD --to YYYY-MM-DD (days, both included),
  --outcome approved,declined,pending,needs_3ds,rejected,server_error,not_sent,unknown,unresolved
  --last4 DIGITS  --name TEXT (first or last name starts with it)  --email TEXT (starts with it)
  --order ORDER_ID  --transaction TRANSACTION_ID</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Filtres du journal (history, export) :
  --from YYYY-MM-DD --to YYYY-MM-DD (jours, tous deux inclus),
  --outcome approved,declined,pending,needs_3ds,rejected,server_error,not_sent,unknown,unresolved
  --last4 DIGITS  --name TEXT (le prénom ou le nom commence par TEXT)
  --email TEXT (commence par TEXT)  --order ORDER_ID  --transaction TRANSACTION_ID</translation>
    </message>
    <message>
        <source>Credentials come from PAVT_SECRET_KEY and PAVT_ENCRYPTION_KEY, else from the terminal&apos;s keychain;
never from the command line. The base URL comes from --base-url, PAVT_BASE_URL or the settings.
The journal is the terminal&apos;s (settings: SQLite in the data folder, PAVT_DATA_DIR overrides it; or
PostgreSQL, its password from PAVT_JOURNAL_PASSWORD or ~/.pgpass).</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Les identifiants viennent de PAVT_SECRET_KEY et PAVT_ENCRYPTION_KEY, sinon du trousseau du
terminal ; jamais de la ligne de commande. L&apos;URL de base vient de --base-url, de PAVT_BASE_URL ou
des paramètres. Le journal est celui du terminal (paramètres : SQLite dans le dossier de données,
que PAVT_DATA_DIR remplace ; ou PostgreSQL, avec le mot de passe de PAVT_JOURNAL_PASSWORD ou de
~/.pgpass).</translation>
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
        <translation>Paiements par lien (le titulaire paie sur la page de la passerelle ; jamais de carte ici) :
  link [--input FILE] [--method hosted|apm]   le JSON du débit sans champs de carte (un JSON avec
                          des champs de carte est refusé, rien n&apos;est envoyé) ; affiche l&apos;URL
  templates               les modèles de paiement du marchand (clés live uniquement)
  payment-link --template ID [--amount N --currency C --expires YYYY-MM-DD --order-id X]
                          un lien à partir d&apos;un modèle ; N en unités mineures
Les deux sont journalisés avant l&apos;envoi et se terminent par 3 (en attente du titulaire) dès que le
lien existe ; reconcile suit aussi les liens ouverts (payés, échoués ou expirés après
links/expiryHours).</translation>
    </message>
    <message>
        <source>link: hosted (default) or apm.</source>
        <translation>link : hosted (par défaut) ou apm.</translation>
    </message>
    <message>
        <source>payment-link: the template&apos;s id.</source>
        <translation>payment-link : l&apos;identifiant du modèle.</translation>
    </message>
    <message>
        <source>payment-link: the amount&apos;s currency.</source>
        <translation>payment-link : la devise du montant.</translation>
    </message>
    <message>
        <source>payment-link: the last day it can be paid.</source>
        <translation>payment-link : le dernier jour où il peut être payé.</translation>
    </message>
    <message>
        <source>payment-link: the order id to send.</source>
        <translation>payment-link : la référence de commande à envoyer.</translation>
    </message>
    <message>
        <source>With operators&apos; accounts every command signs in as PAVT_OPERATOR, with the password from
PAVT_OPERATOR_PASSWORD or asked on the terminal (never from the command line), and is refused
(exit 1) when the account&apos;s role does not allow it. A refund above the role&apos;s limit needs
--approver NAME: a supervisor&apos;s password from PAVT_APPROVER_PASSWORD or the terminal.</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Avec des comptes d&apos;opérateurs, chaque commande se connecte en tant que PAVT_OPERATOR, avec le mot
de passe de PAVT_OPERATOR_PASSWORD ou demandé au terminal (jamais sur la ligne de commande), et est
refusée (sortie 1) si le rôle du compte ne l&apos;autorise pas. Un remboursement au-delà de la limite du
rôle demande --approver NAME : le mot de passe d&apos;un superviseur, de PAVT_APPROVER_PASSWORD ou du
terminal.</translation>
    </message>
    <message>
        <source>Exit status: 0 approved or done; 1 usage or validation error, refused for the role, or the journal
could not be written (nothing sent); 2 declined; 3 needs 3-D Secure (the URL is printed); 4 outcome
unknown (look it up, do not charge again); 5 rejected or server error; 6 not sent (could not reach
the gateway); 7 the audit trail is broken.</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Code de sortie : 0 approuvé ou terminé ; 1 erreur d&apos;utilisation ou de validation, refus pour le
rôle, ou le journal n&apos;a pas pu être écrit (rien envoyé) ; 2 refusé ; 3 3-D Secure nécessaire (l&apos;URL
est affichée) ; 4 issue inconnue (la consulter, ne pas débiter à nouveau) ; 5 rejeté ou erreur du
serveur ; 6 non envoyé (passerelle injoignable) ; 7 la piste d&apos;audit est rompue.</translation>
    </message>
    <message>
        <source>history, export: entries of this operator.</source>
        <translation>history, export : entrées de cet opérateur.</translation>
    </message>
    <message>
        <source>operators add: operator, supervisor, finance or admin (or several, comma-separated).</source>
        <translation>operators add : operator, supervisor, finance ou admin (ou plusieurs, séparés par des virgules).</translation>
    </message>
    <message>
        <source>operators add: the person&apos;s name as shown.</source>
        <translation>operators add : le nom de la personne tel qu&apos;affiché.</translation>
    </message>
    <message>
        <source>refund: the supervisor who approves a refund above the limit.</source>
        <translation>refund : le superviseur qui approuve un remboursement au-delà de la limite.</translation>
    </message>
    <message>
        <source>audit verify: a head printed earlier by audit head.</source>
        <translation>audit verify : une tête affichée auparavant par audit head.</translation>
    </message>
    <message>
        <source>report: the day (default today).</source>
        <translation>report : le jour (par défaut aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>charge, status, refund, transactions, history, export, reconcile, link, templates, payment-link, report, operators or audit</source>
        <translation>charge, status, refund, transactions, history, export, reconcile, link, templates, payment-link, report, operators ou audit</translation>
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
        <translation>  report [--day YYYY-MM-DD]       rapport de fin de journée : nombres et totaux par devise et issue
  settle --from YYYY-MM-DD --to YYYY-MM-DD [--csv FILE] [--apply]   le journal rapproché de la
                          liste de la passerelle ; --apply écrit les remboursements,
                          rétrofacturations et signalements listés ; sortie 7 si c&apos;est grave
  operators add NAME --role operator|supervisor|finance|admin [--display-name TEXT]
  operators list | disable NAME | enable NAME | reset-password NAME | passwd
                          les comptes des opérateurs ; un nouveau mot de passe est lu sur stdin, ou
                          demandé deux fois au terminal. Sans aucun compte, &apos;operators add NAME
                          --role admin&apos; crée le premier administrateur et active la connexion
  audit [--from YYYY-MM-DD --to YYYY-MM-DD]   la piste d&apos;audit (--json : un tableau)
  audit verify [--head SEQ:HASH]  parcourt la chaîne d&apos;empreintes ; la sortie 7 nomme le premier
                          enregistrement rompu. audit head affiche la tête à garder pour --head</translation>
    </message>
    <message>
        <source>transactions, history, export, settle: first day.</source>
        <translation>transactions, history, export, settle : premier jour.</translation>
    </message>
    <message>
        <source>transactions, history, export, settle: last day.</source>
        <translation>transactions, history, export, settle : dernier jour.</translation>
    </message>
    <message>
        <source>export, settle: the CSV file to write.</source>
        <translation>export, settle : le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>settle: write the listed changes to the journal.</source>
        <translation>settle : écrire dans le journal les modifications listées.</translation>
    </message>
    <message>
        <source>Security policy (every seat of the journal; only an administrator changes it):
  operators policy [--json]          the session lock, the lock-out and the refund limits
  operators policy set RULE VALUE    e.g. operators policy set supervisor_per_refund 300</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Politique de sécurité (tous les postes du journal ; seul un administrateur la modifie) :
  operators policy [--json]          verrouillage de session, blocage du compte, plafonds de remboursement
  operators policy set RULE VALUE    p. ex. operators policy set supervisor_per_refund 300</translation>
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
        <translation>Remboursements pour la comptabilité :
  refund TRANSACTION_ID --reason TEXT --amount N   un remboursement partiel de N unités mineures
                          (paramètre gateway/partialRefunds=on)
  refund --batch FILE [--result FILE] [--yes]   remboursements d&apos;un fichier CSV (transaction_id,
                          reason[,amount]) : chaque ligne vérifiée d&apos;abord, une seule confirmation
                          (--yes sans terminal) ; un lot interrompu reprend en relançant la
                          commande, rien n&apos;est remboursé deux fois ; un CSV de résultat par ligne</translation>
    </message>
    <message>
        <source>payment-link, refund: the amount in minor units.</source>
        <translation>payment-link, refund : le montant en unités mineures.</translation>
    </message>
    <message>
        <source>refund: the CSV file of refunds.</source>
        <translation>refund : le fichier CSV des remboursements.</translation>
    </message>
    <message>
        <source>refund --batch: the result file (default: FILE.result.csv).</source>
        <translation>refund --batch : le fichier de résultat (par défaut : FILE.result.csv).</translation>
    </message>
    <message>
        <source>refund --batch: confirmed; no question is asked.</source>
        <translation>refund --batch : confirmé ; aucune question n&apos;est posée.</translation>
    </message>
</context>
<context>
    <name>pavt::cli::CommandLine</name>
    <message>
        <source>Try &apos;pavt-cli --help&apos;.</source>
        <translation>Essayez &apos;pavt-cli --help&apos;.</translation>
    </message>
    <message>
        <source>No credentials: set PAVT_SECRET_KEY and PAVT_ENCRYPTION_KEY, or save them in the terminal&apos;s settings (%1).</source>
        <translation>Aucun identifiant : définissez PAVT_SECRET_KEY et PAVT_ENCRYPTION_KEY, ou enregistrez-les dans les paramètres du terminal (%1).</translation>
    </message>
    <message>
        <source> Transaction %1.</source>
        <translation> Transaction %1.</translation>
    </message>
    <message>
        <source> Order %1.</source>
        <translation> Commande %1.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Accepté.</translation>
    </message>
    <message>
        <source>Refunded.</source>
        <translation>Remboursé.</translation>
    </message>
    <message>
        <source>Status: approved (SUCCESS).</source>
        <translation>Statut : accepté (SUCCESS).</translation>
    </message>
    <message>
        <source>Status: failed: %1</source>
        <translation>Statut : échec : %1</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Status: pending (3-D Secure not completed yet).</source>
        <translation>Statut : en attente (3-D Secure pas encore terminé).</translation>
    </message>
    <message>
        <source>3-D Secure needed: the cardholder must open %1</source>
        <translation>3-D Secure requis : le titulaire doit ouvrir %1</translation>
    </message>
    <message>
        <source>Rejected by the gateway (HTTP %1): %2</source>
        <translation>Rejeté par la passerelle (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source>Gateway error (HTTP %1): %2</source>
        <translation>Erreur de la passerelle (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 Do not charge again; look it up with &apos;pavt-cli status&apos; or &apos;pavt-cli transactions&apos; for today.</source>
        <translation>Résultat inconnu : %1 Ne débitez pas à nouveau ; vérifiez-le avec &apos;pavt-cli status&apos; ou &apos;pavt-cli transactions&apos; pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>charge takes no arguments; the request is read from --input FILE or stdin.</source>
        <translation>charge n&apos;accepte pas d&apos;argument ; la demande est lue depuis --input FILE ou l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>%1 takes one transaction id.</source>
        <translation>%1 attend un seul ID de transaction.</translation>
    </message>
    <message>
        <source>refund needs --reason TEXT.</source>
        <translation>refund nécessite --reason TEXT.</translation>
    </message>
    <message>
        <source>transactions needs --from YYYY-MM-DD --to YYYY-MM-DD, from on or before to.</source>
        <translation>transactions nécessite --from YYYY-MM-DD --to YYYY-MM-DD, from au plus tard à to.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s).</source>
        <translation>
            <numerusform>%n transaction.</numerusform>
            <numerusform>%n transactions.</numerusform>
        </translation>
    </message>
    <message>
        <source>history takes no arguments, only filters (see --help).</source>
        <translation>history n&apos;accepte pas d&apos;argument, seulement des filtres (voir --help).</translation>
    </message>
    <message>
        <source>export takes no arguments: export --csv FILE [filters].</source>
        <translation>export n&apos;accepte pas d&apos;argument : export --csv FILE [filtres].</translation>
    </message>
    <message>
        <source>reconcile takes no arguments.</source>
        <translation>reconcile n&apos;accepte pas d&apos;argument.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Cannot read the request: %1</source>
        <translation>Impossible de lire la demande : %1</translation>
    </message>
    <message>
        <source>The request is larger than 1 MiB.</source>
        <translation>La demande dépasse 1 Mio.</translation>
    </message>
    <message numerus="yes">
        <source>pavt-cli: %n earlier charge(s) were interrupted before their answer; &apos;pavt-cli reconcile&apos; looks them up.</source>
        <translation>
            <numerusform>pavt-cli : %n débit précédent a été interrompu avant sa réponse ; &apos;pavt-cli reconcile&apos; le vérifie.</numerusform>
            <numerusform>pavt-cli : %n débits précédents ont été interrompus avant leur réponse ; &apos;pavt-cli reconcile&apos; les vérifie.</numerusform>
        </translation>
    </message>
    <message>
        <source>A charge of %1 on %2 was %3 %4 seconds ago (order %5).</source>
        <translation>Un débit de %1 sur %2 était %3 il y a %4 secondes (commande %5).</translation>
    </message>
    <message>
        <source>Not sent (--refuse-duplicate).</source>
        <translation>Non envoyé (--refuse-duplicate).</translation>
    </message>
    <message>
        <source>warning: %1 Sending anyway.</source>
        <translation>Avertissement : %1 Envoi quand même.</translation>
    </message>
    <message>
        <source>The charge could not be journalled, so nothing was sent: %1</source>
        <translation>Le débit n&apos;a pas pu être inscrit au journal, rien n&apos;a donc été envoyé : %1</translation>
    </message>
    <message>
        <source>warning: the outcome could not be written to the journal: %1</source>
        <translation>Avertissement : le résultat n&apos;a pas pu être écrit dans le journal : %1</translation>
    </message>
    <message>
        <source>warning: the refund could not be written to the journal: %1</source>
        <translation>Avertissement : le remboursement n&apos;a pas pu être écrit dans le journal : %1</translation>
    </message>
    <message>
        <source>--from takes a day as YYYY-MM-DD.</source>
        <translation>--from attend un jour au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to takes a day as YYYY-MM-DD.</source>
        <translation>--to attend un jour au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot; (use approved, declined, pending, needs_3ds, rejected, server_error, not_sent, unknown or unresolved).</source>
        <translation>Résultat inconnu « %1 » (utilisez approved, declined, pending, needs_3ds, rejected, server_error, not_sent, unknown ou unresolved).</translation>
    </message>
    <message>
        <source>--limit takes a number of entries (0: all).</source>
        <translation>--limit attend un nombre d&apos;entrées (0 : toutes).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries (--limit to see more).</source>
        <translation>
            <numerusform>%1 sur %n entrée (--limit pour en voir plus).</numerusform>
            <numerusform>%1 sur %n entrées (--limit pour en voir plus).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs --csv FILE.</source>
        <translation>export nécessite --csv FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrée exportée vers %1.</numerusform>
            <numerusform>%n entrées exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries looked up; %1 still open.</source>
        <translation>
            <numerusform>%n entrée vérifiée ; %1 encore ouverte(s).</numerusform>
            <numerusform>%n entrées vérifiées ; %1 encore ouverte(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0.001 and 600.</source>
        <translation>--timeout attend un nombre de secondes entre 0 et 600. {0.001 ?} {600.?}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting up to %n second(s) for the journal&apos;s database.</source>
        <translation>
            <numerusform>attente de la base de données du journal pendant %n seconde au plus.</numerusform>
            <numerusform>attente de la base de données du journal pendant %n secondes au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>the outcome has been written to the journal.</source>
        <translation>le résultat a été écrit dans le journal.</translation>
    </message>
    <message numerus="yes">
        <source>the outcome could not be written to the journal: its database could not be reached within %n second(s). The entry stays pending; the next start of the terminal, or &apos;pavt-cli reconcile&apos;, looks it up at the gateway. Do not charge again.</source>
        <translation>
            <numerusform>le résultat n&apos;a pas pu être écrit dans le journal : sa base de données est restée injoignable pendant %n seconde. L&apos;entrée reste en attente ; le prochain démarrage du terminal, ou &apos;pavt-cli reconcile&apos;, la vérifie auprès de la passerelle. Ne débitez pas une seconde fois.</numerusform>
            <numerusform>le résultat n&apos;a pas pu être écrit dans le journal : sa base de données est restée injoignable pendant %n secondes. L&apos;entrée reste en attente ; le prochain démarrage du terminal, ou &apos;pavt-cli reconcile&apos;, la vérifie auprès de la passerelle. Ne débitez pas une seconde fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes no arguments, only options (see --help).</source>
        <translation>%1 ne prend pas d&apos;arguments, seulement des options (voir --help).</translation>
    </message>
    <message>
        <source>Followed until %1; &apos;pavt-cli reconcile&apos; looks for its payment.</source>
        <translation>Suivi jusqu&apos;au %1 ; &apos;pavt-cli reconcile&apos; recherche son paiement.</translation>
    </message>
    <message>
        <source>--method is hosted (the gateway&apos;s card page) or apm.</source>
        <translation>--method vaut hosted (la page carte de la passerelle) ou apm.</translation>
    </message>
    <message>
        <source>The link could not be journalled, so nothing was sent: %1</source>
        <translation>Le lien n&apos;a pas pu être inscrit au journal, rien n&apos;a donc été envoyé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n modèle.</numerusform>
            <numerusform>%n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>payment-link needs --template ID (&apos;pavt-cli templates&apos; lists them).</source>
        <translation>payment-link exige --template ID (&apos;pavt-cli templates&apos; les liste).</translation>
    </message>
    <message>
        <source>--amount takes a whole number of minor units greater than 0 (1250 is GBP 12.50).</source>
        <translation>--amount prend un nombre entier d&apos;unités mineures supérieur à 0 (1250 vaut GBP 12.50).</translation>
    </message>
    <message>
        <source>--expires takes a day as YYYY-MM-DD.</source>
        <translation>--expires prend un jour au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Awaiting the cardholder: send them %1</source>
        <translation>En attente du titulaire : envoyez-lui %1</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 The link may exist: &apos;pavt-cli reconcile&apos; looks for it by its order id; do not make another one for this order.</source>
        <translation>Résultat inconnu : %1 Le lien existe peut-être : &apos;pavt-cli reconcile&apos; le recherche par sa référence de commande ; n&apos;en créez pas d&apos;autre pour cette commande.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n enregistrement.</numerusform>
            <numerusform>%n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>--head takes SEQ:HASH as audit head prints it.</source>
        <translation>--head attend SEQ:HASH tel qu&apos;audit head l&apos;affiche.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s); its head is %1:%2.</source>
        <translation>
            <numerusform>La piste d&apos;audit est intacte : %n enregistrement ; sa tête est %1:%2.</numerusform>
            <numerusform>La piste d&apos;audit est intacte : %n enregistrements ; sa tête est %1:%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at record %1: %2</source>
        <translation>La piste d&apos;audit est rompue à l&apos;enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>audit takes list, head or verify.</source>
        <translation>audit attend list, head ou verify.</translation>
    </message>
    <message>
        <source>report takes no arguments, only --day YYYY-MM-DD.</source>
        <translation>report ne prend pas d&apos;arguments, seulement --day YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>operators add takes one name: operators add NAME --role ROLE.</source>
        <translation>operators add attend un nom : operators add NAME --role ROLE.</translation>
    </message>
    <message>
        <source>operators add needs --role operator, supervisor, finance or admin (several comma-separated).</source>
        <translation>operators add demande --role operator, supervisor, finance ou admin (plusieurs séparés par des virgules).</translation>
    </message>
    <message>
        <source>Created the first administrator %1: from now on every seat and pavt-cli sign in.</source>
        <translation>Premier administrateur %1 créé : désormais chaque poste et pavt-cli se connectent.</translation>
    </message>
    <message>
        <source>Created the account %1 (%2); the password must be changed at the first sign-in.</source>
        <translation>Compte %1 (%2) créé ; le mot de passe doit être changé à la première connexion.</translation>
    </message>
    <message>
        <source>operators list takes no arguments.</source>
        <translation>operators list ne prend pas d&apos;arguments.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>bloqué jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>doit changer le mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n compte.</numerusform>
            <numerusform>%n comptes.</numerusform>
        </translation>
    </message>
    <message>
        <source>operators %1 takes one name.</source>
        <translation>operators %1 attend un nom.</translation>
    </message>
    <message>
        <source>Enabled the account %1.</source>
        <translation>Compte %1 activé.</translation>
    </message>
    <message>
        <source>Disabled the account %1.</source>
        <translation>Compte %1 désactivé.</translation>
    </message>
    <message>
        <source>operators reset-password takes one name.</source>
        <translation>operators reset-password attend un nom.</translation>
    </message>
    <message>
        <source>Set a new password for %1, to be changed at the next sign-in.</source>
        <translation>Nouveau mot de passe défini pour %1, à changer à la prochaine connexion.</translation>
    </message>
    <message>
        <source>operators passwd takes no arguments.</source>
        <translation>operators passwd ne prend pas d&apos;arguments.</translation>
    </message>
    <message>
        <source>Without accounts there is no password to change.</source>
        <translation>Sans comptes, il n&apos;y a pas de mot de passe à changer.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Mot de passe actuel :</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <source>--day takes a day as YYYY-MM-DD.</source>
        <translation>--day attend un jour au format YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>End-of-day report for %1: %n charge(s).</source>
        <translation>
            <numerusform>Rapport de fin de journée du %1 : %n paiement.</numerusform>
            <numerusform>Rapport de fin de journée du %1 : %n paiements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) asked for that day.</source>
        <translation>
            <numerusform>%n remboursement demandé ce jour-là.</numerusform>
            <numerusform>%n remboursements demandés ce jour-là.</numerusform>
        </translation>
    </message>
    <message>
        <source>No terminal to ask for the password on: %1</source>
        <translation>Aucun terminal où demander le mot de passe : %1</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Le même mot de passe à nouveau :</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Aucun mot de passe n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>The new password for %1 is read from standard input: give it as one line.</source>
        <translation>Le nouveau mot de passe de %1 est lu sur l&apos;entrée standard : donnez-le sur une ligne.</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Nouveau mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>The journal, where the operators&apos; accounts are, could not be opened: %1</source>
        <translation>Le journal, où se trouvent les comptes des opérateurs, n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>There are no accounts yet. Create the first administrator: pavt-cli operators add NAME --role admin</source>
        <translation>Il n&apos;y a encore aucun compte. Créez le premier administrateur : pavt-cli operators add NAME --role admin</translation>
    </message>
    <message>
        <source>Operators sign in: set PAVT_OPERATOR to your account&apos;s name (the password from PAVT_OPERATOR_PASSWORD or asked on the terminal).</source>
        <translation>Les opérateurs se connectent : définissez PAVT_OPERATOR au nom de votre compte (le mot de passe vient de PAVT_OPERATOR_PASSWORD ou est demandé au terminal).</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>An administrator set your password: change it first with pavt-cli operators passwd.</source>
        <translation>Un administrateur a défini votre mot de passe : changez-le d&apos;abord avec pavt-cli operators passwd.</translation>
    </message>
    <message>
        <source>Give the approving supervisor with --approver NAME (the password from PAVT_APPROVER_PASSWORD or asked on the terminal).</source>
        <translation>Indiquez le superviseur qui approuve avec --approver NAME (le mot de passe vient de PAVT_APPROVER_PASSWORD ou est demandé au terminal).</translation>
    </message>
    <message>
        <source>Password of %1, who approves the refund:</source>
        <translation>Mot de passe de %1, qui approuve le remboursement :</translation>
    </message>
    <message>
        <source>settle takes no arguments, only --from, --to, --csv and --apply.</source>
        <translation>settle ne prend pas d&apos;arguments, seulement --from, --to, --csv et --apply.</translation>
    </message>
    <message>
        <source>settle needs --from YYYY-MM-DD --to YYYY-MM-DD, from on or before to.</source>
        <translation>settle a besoin de --from YYYY-MM-DD --to YYYY-MM-DD, from au plus tard to.</translation>
    </message>
    <message>
        <source>--csv needs a file name.</source>
        <translation>--csv a besoin d&apos;un nom de fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Settlement of %1 to %2: %n gateway transaction(s).</source>
        <translation>
            <numerusform>Rapprochement du %1 au %2 : %n transaction de la passerelle.</numerusform>
            <numerusform>Rapprochement du %1 au %2 : %n transactions de la passerelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>serious</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modification</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries changed.</source>
        <translation>
            <numerusform>%n entrée du journal modifiée.</numerusform>
            <numerusform>%n entrées du journal modifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) for the journal; run again with --apply to write them.</source>
        <translation>
            <numerusform>%n modification pour le journal ; relancez avec --apply pour l&apos;écrire.</numerusform>
            <numerusform>%n modifications pour le journal ; relancez avec --apply pour les écrire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
    <message>
        <source>operators policy set takes a rule and a whole number: operators policy set RULE VALUE.</source>
        <translation>operators policy set attend une règle et un nombre entier : operators policy set RULE VALUE.</translation>
    </message>
    <message>
        <source>The security policy&apos;s %1 is now %2 (it was %3), for every seat of this journal.</source>
        <translation>La règle %1 de la politique de sécurité vaut maintenant %2 (avant : %3), pour tous les postes de ce journal.</translation>
    </message>
    <message>
        <source>operators policy takes no arguments, or set RULE VALUE.</source>
        <translation>operators policy n’attend aucun argument, ou set RULE VALUE.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>set by %1</source>
        <translation>défini par %1</translation>
    </message>
    <message>
        <source>operators takes add, list, disable, enable, reset-password, passwd or policy.</source>
        <translation>operators attend add, list, disable, enable, reset-password, passwd ou policy.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>Nothing was refunded: confirm with --yes when there is no terminal to ask on.</source>
        <translation>Rien n&apos;a été remboursé : confirmez avec --yes quand il n&apos;y a pas de terminal pour demander.</translation>
    </message>
    <message>
        <source>This file was refunded as batch %1 on %2; nothing is sent again. Its result: %3</source>
        <translation>Ce fichier a été remboursé comme lot %1 le %2 ; rien n&apos;est renvoyé. Son résultat : %3</translation>
    </message>
    <message numerus="yes">
        <source>This file is batch %1, interrupted before it finished: %n row(s) are not finished; a row whose refund was on its way is looked up at the gateway, never sent again.</source>
        <translation>
            <numerusform>Ce fichier est le lot %1, interrompu avant la fin : %n ligne n&apos;est pas terminée ; une ligne dont le remboursement était en route est vérifiée auprès de la passerelle, jamais renvoyée.</numerusform>
            <numerusform>Ce fichier est le lot %1, interrompu avant la fin : %n lignes ne sont pas terminées ; une ligne dont le remboursement était en route est vérifiée auprès de la passerelle, jamais renvoyée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume batch %1?</source>
        <translation>Reprendre le lot %1 ?</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be refunded: %1.</source>
        <translation>
            <numerusform>%n ligne peut être remboursée : %1.</numerusform>
            <numerusform>%n lignes peuvent être remboursées : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are refused and will not be sent.</source>
        <translation>
            <numerusform>%n ligne est refusée et ne sera pas envoyée.</numerusform>
            <numerusform>%n lignes sont refusées et ne seront pas envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the file can be refunded.</source>
        <translation>Aucune ligne du fichier ne peut être remboursée.</translation>
    </message>
    <message numerus="yes">
        <source>Refund %n charge(s) now?</source>
        <translation>
            <numerusform>Rembourser %n paiement maintenant ?</numerusform>
            <numerusform>Rembourser %n paiements maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>The result file %1 cannot be written: %2</source>
        <translation>Le fichier de résultat %1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Batch %1: refunded %2, not refunded %3, unknown %4 (check those at the gateway). The result of every row is in %5.</source>
        <translation>Lot %1 : remboursés %2, non remboursés %3, inconnus %4 (à vérifier auprès de la passerelle). Le résultat de chaque ligne est dans %5.</translation>
    </message>
    <message>
        <source>refund --batch FILE takes no transaction id.</source>
        <translation>refund --batch FILE ne prend pas d&apos;identifiant de transaction.</translation>
    </message>
    <message>
        <source>--amount takes a whole number of minor units above zero.</source>
        <translation>--amount prend un nombre entier d&apos;unités mineures supérieur à zéro.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::AccountEditDialog</name>
    <message>
        <source>The first administrator</source>
        <translation>Le premier administrateur</translation>
    </message>
    <message>
        <source>This account turns sign-in on: from then on every seat of this journal and pavt-cli need an account. Choose your own password (at least %1 characters).</source>
        <translation>Ce compte active la connexion : dès lors, chaque poste de ce journal et pavt-cli ont besoin d&apos;un compte. Choisissez votre propre mot de passe (au moins %1 caractères).</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>The person changes this password at the first sign-in.</source>
        <translation>La personne change ce mot de passe à la première connexion.</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Compte %1</translation>
    </message>
    <message>
        <source>The new roles apply at the person&apos;s next action.</source>
        <translation>Les nouveaux rôles s&apos;appliquent dès la prochaine action de la personne.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Donnez au compte au moins un rôle.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::AccountsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Opérateurs</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Affiché comme</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>There are no accounts: the terminal runs for one person without sign-in. Add the first administrator to give everyone an account of their own.</source>
        <translation>Il n&apos;y a aucun compte : le terminal fonctionne pour une personne, sans connexion. Ajoutez le premier administrateur pour donner à chacun son propre compte.</translation>
    </message>
    <message>
        <source>&amp;Add the first administrator…</source>
        <translation>&amp;Ajouter le premier administrateur…</translation>
    </message>
    <message>
        <source>Every account signs in with its own password. A locked-out account opens again after the lock-out time, or at once with a new password.</source>
        <translation>Chaque compte se connecte avec son propre mot de passe. Un compte bloqué se rouvre après la durée de blocage, ou aussitôt avec un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>bloqué jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>new password not yet changed</source>
        <translation>nouveau mot de passe pas encore changé</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>The first administrator %1 was created: sign in with it.</source>
        <translation>Le premier administrateur %1 a été créé : connectez-vous avec ce compte.</translation>
    </message>
    <message>
        <source>The account %1 was created.</source>
        <translation>Le compte %1 a été créé.</translation>
    </message>
    <message>
        <source>The account %1 now has the roles %2.</source>
        <translation>Le compte %1 a maintenant les rôles %2.</translation>
    </message>
    <message>
        <source>The account %1 is enabled.</source>
        <translation>Le compte %1 est activé.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: it cannot sign in any more.</source>
        <translation>Le compte %1 est désactivé : il ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>A new password for %1, to be changed at the next sign-in. It also ends a lock-out.</source>
        <translation>Un nouveau mot de passe pour %1, à changer à la prochaine connexion. Il met aussi fin à un blocage.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 a un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The security policy was saved for every seat of this journal.</source>
        <translation>La politique de sécurité a été enregistrée pour tous les postes de ce journal.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Who did what, on which seat, newest last (the latest %1 records). Each record carries a hash over the one before it, so a record changed, removed or moved breaks the chain.</source>
        <translation>Qui a fait quoi, sur quel poste, le plus récent en dernier (les %1 derniers enregistrements). Chaque enregistrement porte une empreinte du précédent : un enregistrement modifié, supprimé ou déplacé rompt la chaîne.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Checking the whole chain…</source>
        <translation>Vérification de toute la chaîne…</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n record(s). Its head is %1:%2; keep it elsewhere to find out later whether the trail was rewritten.</source>
        <translation>
            <numerusform>La chaîne est intacte : %n enregistrement. Sa tête est %1:%2 ; conservez-la ailleurs pour savoir plus tard si le journal a été réécrit.</numerusform>
            <numerusform>La chaîne est intacte : %n enregistrements. Sa tête est %1:%2 ; conservez-la ailleurs pour savoir plus tard si le journal a été réécrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at record %1: %2</source>
        <translation>La chaîne est rompue à l&apos;enregistrement %1 : %2</translation>
    </message>
</context>
<context>
    <name>pavt::gui::BatchRefundDialog</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Check or outcome</source>
        <translation>Vérification ou résultat</translation>
    </message>
    <message>
        <source>Choose a CSV file: transaction id, reason and, optionally, the amount in the currency&apos;s units (12.50).</source>
        <translation>Choisissez un fichier CSV : identifiant de transaction, motif et, si besoin, le montant dans les unités de la devise (12.50).</translation>
    </message>
    <message>
        <source>Batch refund</source>
        <translation>Remboursement groupé</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the result</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n row(s) refunded; the rows not sent were cancelled.</source>
        <translation>
            <numerusform>Annulé : %n ligne remboursée ; les lignes non envoyées ont été annulées.</numerusform>
            <numerusform>Annulé : %n lignes remboursées ; les lignes non envoyées ont été annulées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) refunded. Save the result to keep the outcome of every row.</source>
        <translation>
            <numerusform>Terminé : %n ligne remboursée. Enregistrez le résultat pour garder l&apos;issue de chaque ligne.</numerusform>
            <numerusform>Terminé : %n lignes remboursées. Enregistrez le résultat pour garder l&apos;issue de chaque ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was refunded as batch %1 on %2; nothing is sent again.</source>
        <translation>Ce fichier a été remboursé comme lot %1 le %2 ; rien n&apos;est renvoyé.</translation>
    </message>
    <message>
        <source>This file is batch %1, interrupted before it finished. Resume it: a row whose refund was on its way is looked up at the gateway, never sent again.</source>
        <translation>Ce fichier est le lot %1, interrompu avant la fin. Reprenez-le : une ligne dont le remboursement était en route est vérifiée auprès de la passerelle, jamais renvoyée.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be refunded: %1.</source>
        <translation>
            <numerusform>%n ligne peut être remboursée : %1.</numerusform>
            <numerusform>%n lignes peuvent être remboursées : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are refused and will not be sent.</source>
        <translation>
            <numerusform>%n ligne est refusée et ne sera pas envoyée.</numerusform>
            <numerusform>%n lignes sont refusées et ne seront pas envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refund %n charge(s) now? Each is sent once, one after the other.</source>
        <translation>
            <numerusform>Rembourser %n paiement maintenant ? Chacun est envoyé une fois, l&apos;un après l&apos;autre.</numerusform>
            <numerusform>Rembourser %n paiements maintenant ? Chacun est envoyé une fois, l&apos;un après l&apos;autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume batch %1?</source>
        <translation>Reprendre le lot %1 ?</translation>
    </message>
    <message>
        <source>The result file %1 cannot be written: %2</source>
        <translation>Le fichier de résultat %1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>The result was saved in %1.</source>
        <translation>Le résultat a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Rembourser</translation>
    </message>
</context>
<context>
    <name>pavt::gui::ChargeCoordinator</name>
    <message>
        <source>A charge is already in progress.</source>
        <translation>Un débit est déjà en cours.</translation>
    </message>
    <message>
        <source>No gateway or journal is configured.</source>
        <translation>Aucune passerelle ni aucun journal n&apos;est configuré.</translation>
    </message>
    <message>
        <source>Warning: the outcome could not be written to the journal: %1</source>
        <translation>Avertissement : le résultat n&apos;a pas pu être écrit dans le journal : %1</translation>
    </message>
    <message>
        <source>The gateway could not confirm this charge in time: look it up in the merchant portal before charging again. %1</source>
        <translation>La passerelle n&apos;a pas pu confirmer ce débit à temps : vérifiez-le dans le portail marchand avant de débiter à nouveau. %1</translation>
    </message>
</context>
<context>
    <name>pavt::gui::ChargeForm</name>
    <message numerus="yes">
        <source>Fill in %n more field(s), starting with the %1.</source>
        <translation>
            <numerusform>Remplissez encore %n champ, en commençant par : %1.</numerusform>
            <numerusform>Remplissez encore %n champs, en commençant par : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the %1: %2</source>
        <translation>Vérifiez le champ « %1 » : %2</translation>
    </message>
    <message>
        <source>Charge %1 to %2, %3?</source>
        <translation>Débiter %1 sur %2, %3 ?</translation>
    </message>
</context>
<context>
    <name>pavt::gui::ChargePage</name>
    <message>
        <source>Card brand not known yet</source>
        <translation>Marque de la carte pas encore reconnue</translation>
    </message>
    <message>
        <source>Card brand: %1</source>
        <translation>Marque de la carte : %1</translation>
    </message>
    <message>
        <source>A charge is in progress…</source>
        <translation>Débit en cours…</translation>
    </message>
    <message>
        <source>Charge the card (Enter)</source>
        <translation>Débiter la carte (Entrée)</translation>
    </message>
    <message>
        <source>Card details</source>
        <translation>Données de carte</translation>
    </message>
    <message>
        <source>Key the customer&apos;s card (Ctrl+K)</source>
        <translation>Saisir la carte du client (Ctrl+K)</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <source>Send the customer a link to pay on the gateway&apos;s page (Ctrl+L)</source>
        <translation>Envoyer au client un lien pour payer sur la page de la passerelle (Ctrl+L)</translation>
    </message>
    <message>
        <source>The payment link is being created…</source>
        <translation>Le lien de paiement est en cours de création…</translation>
    </message>
    <message>
        <source>Create link (Enter)</source>
        <translation>Créer le lien (Entrée)</translation>
    </message>
    <message>
        <source>Charge (Enter)</source>
        <translation>Débiter (Entrée)</translation>
    </message>
    <message>
        <source>Create the payment link (Enter)</source>
        <translation>Créer le lien de paiement (Entrée)</translation>
    </message>
</context>
<context>
    <name>pavt::gui::CustomerSuggestions</name>
    <message>
        <source>Previous customers</source>
        <translation>Clients précédents</translation>
    </message>
    <message>
        <source>last order %1</source>
        <translation>dernière commande %1</translation>
    </message>
</context>
<context>
    <name>pavt::gui::EndOfDayPage</name>
    <message>
        <source>Apply changes to the journal</source>
        <translation>Appliquer les modifications au journal</translation>
    </message>
    <message numerus="yes">
        <source>The journal learns these %n change(s) from the gateway. Nothing else is changed, and each change is recorded in the audit trail.</source>
        <translation>
            <numerusform>Le journal reprend cette %n modification de la passerelle. Rien d&apos;autre n&apos;est modifié, et chaque modification est consignée dans la piste d&apos;audit.</numerusform>
            <numerusform>Le journal reprend ces %n modifications de la passerelle. Rien d&apos;autre n&apos;est modifié, et chaque modification est consignée dans la piste d&apos;audit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>Modifications à appliquer</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>The settlement was stopped: the gateway or the journal changed.</source>
        <translation>Le rapprochement a été arrêté : la passerelle ou le journal a changé.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No gateway is configured, so there is nothing to settle against: open Settings (Ctrl+,).</source>
        <translation>Aucune passerelle n&apos;est configurée, il n&apos;y a donc rien à rapprocher : ouvrez les Paramètres (Ctrl+,).</translation>
    </message>
    <message>
        <source>The first day is after the last: choose a range from an earlier day to a later one.</source>
        <translation>Le premier jour est après le dernier : choisissez une période d&apos;un jour antérieur à un jour postérieur.</translation>
    </message>
    <message>
        <source>Reading the gateway&apos;s transaction list…</source>
        <translation>Lecture de la liste des transactions de la passerelle…</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the page under way, then stopping…</source>
        <translation>Annulation : attente de la page en cours, puis arrêt…</translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %n transaction(s)</source>
        <translation>
            <numerusform>Page %1 : %n transaction</numerusform>
            <numerusform>Page %1 : %n transactions</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no more pages were fetched, nothing is shown and nothing was changed.</source>
        <translation>Annulé : aucune autre page n&apos;a été récupérée, rien n&apos;est affiché et rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n gateway transaction(s) on %1 page(s).</source>
        <translation>
            <numerusform>%n transaction de la passerelle sur %1 page(s).</numerusform>
            <numerusform>%n transactions de la passerelle sur %1 page(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serious row(s) to look into (marked ⚠, on the first tabs).</source>
        <translation>
            <numerusform>%n ligne grave à examiner (marquée ⚠, dans les premiers onglets).</numerusform>
            <numerusform>%n lignes graves à examiner (marquées ⚠, dans les premiers onglets).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing serious.</source>
        <translation>Rien de grave.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) for the journal: Apply changes… lists them.</source>
        <translation>
            <numerusform>%n modification pour le journal : « Appliquer les modifications… » la liste.</numerusform>
            <numerusform>%n modifications pour le journal : « Appliquer les modifications… » les liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first page…</source>
        <translation>En attente de la première page…</translation>
    </message>
    <message>
        <source>Nothing to apply: the journal already knows what the gateway knows.</source>
        <translation>Rien à appliquer : le journal sait déjà ce que sait la passerelle.</translation>
    </message>
    <message>
        <source>Nothing was applied.</source>
        <translation>Rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>The changes could not all be applied: %1</source>
        <translation>Les modifications n&apos;ont pas toutes pu être appliquées : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries changed.</source>
        <translation>
            <numerusform>%n entrée du journal modifiée.</numerusform>
            <numerusform>%n entrées du journal modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the settlement as CSV</source>
        <translation>Exporter le rapprochement en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n ligne écrite dans %1.</numerusform>
            <numerusform>%n lignes écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the end-of-day report as PDF</source>
        <translation>Enregistrer le rapport de fin de journée en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>Le rapport a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Settle the days against the gateway&apos;s list (Enter)</source>
        <translation>Rapprocher les jours avec la liste de la passerelle (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop reading the gateway&apos;s list (Esc); nothing is changed</source>
        <translation>Arrêter la lecture de la liste de la passerelle (Échap) ; rien n&apos;est modifié</translation>
    </message>
    <message>
        <source>Pages of the gateway&apos;s list read</source>
        <translation>Pages lues de la liste de la passerelle</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Per day and currency</source>
        <translation>Par jour et devise</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>Par opérateur</translation>
    </message>
    <message>
        <source>Per kind</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>Totals per day and currency</source>
        <translation>Totaux par jour et devise</translation>
    </message>
    <message>
        <source>Totals per operator</source>
        <translation>Totaux par opérateur</translation>
    </message>
    <message>
        <source>Totals per kind</source>
        <translation>Totaux par type</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Daily net</source>
        <translation>Net quotidien</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Apply changes…</source>
        <translation>&amp;Appliquer les modifications…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Choose the days and press Run (Enter): the gateway&apos;s list is read and matched with the journal.</source>
        <translation>Choisissez les jours et appuyez sur Lancer (Entrée) : la liste de la passerelle est lue et rapprochée du journal.</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>ID de transaction</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ID de commande</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Ce qui diffère</translation>
    </message>
    <message>
        <source>Serious: a person must look at this one.</source>
        <translation>Grave : quelqu&apos;un doit examiner celle-ci.</translation>
    </message>
    <message>
        <source>(no entry)</source>
        <translation>(aucune entrée)</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(aucun enregistrement)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>%1; on %2</source>
        <translation>%1 ; le %2</translation>
    </message>
    <message>
        <source>%1 (%2, serious)</source>
        <translation>%1 (%2, grave)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Serious rows: a person must look at them.</source>
        <translation>Lignes graves : quelqu&apos;un doit les examiner.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n transaction(s)</source>
        <translation>
            <numerusform>%1 : %n transaction</numerusform>
            <numerusform>%1 : %n transactions</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation>Montant approuvé</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Remboursements</translation>
    </message>
    <message>
        <source>Chargebacks</source>
        <translation>Rétrofacturations</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Chart: daily net per currency</source>
        <translation>Graphique : net quotidien par devise</translation>
    </message>
    <message>
        <source>Chart: transactions per category</source>
        <translation>Graphique : transactions par catégorie</translation>
    </message>
</context>
<context>
    <name>pavt::gui::EndOfDayPdf</name>
    <message numerus="yes">
        <source>%n gateway transaction(s) on %1 page(s) of the gateway&apos;s list.</source>
        <translation>
            <numerusform>%n transaction sur %1 page(s) de la liste de la passerelle.</numerusform>
            <numerusform>%n transactions sur %1 page(s) de la liste de la passerelle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pavt::gui::Help</name>
    <message>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;User guide…</source>
        <translation>&amp;Guide d&apos;utilisation…</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>À &amp;propos…</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>Card payments taken by phone, through the Pay Agency gateway.</source>
        <translation>Paiements par carte pris par téléphone, via la passerelle Pay Agency.</translation>
    </message>
    <message>
        <source>Licence: MIT. Running on %1 (%2).</source>
        <translation>Licence : MIT. Fonctionne sous %1 (%2).</translation>
    </message>
    <message>
        <source>Built with these libraries, each under its own licence:</source>
        <translation>Construit avec ces bibliothèques, chacune sous sa propre licence :</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
</context>
<context>
    <name>pavt::gui::HistoryCoordinator</name>
    <message>
        <source>Looking up the charge at the gateway…</source>
        <translation>Vérification du débit auprès de la passerelle…</translation>
    </message>
    <message>
        <source>Refunded: order %1.</source>
        <translation>Remboursé : commande %1.</translation>
    </message>
    <message>
        <source>The refund of order %1 did not go through: %2</source>
        <translation>Le remboursement de la commande %1 n&apos;a pas abouti : %2</translation>
    </message>
    <message>
        <source>Refunding order %1…</source>
        <translation>Remboursement de la commande %1…</translation>
    </message>
    <message>
        <source>Looking for the payment link at the gateway…</source>
        <translation>Recherche du lien de paiement à la passerelle…</translation>
    </message>
    <message>
        <source>Partly refunded: order %1, %2 of %3 refunded so far.</source>
        <translation>Partiellement remboursé : commande %1, %2 sur %3 remboursés jusqu&apos;ici.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::HistoryPage</name>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Export charges</source>
        <translation>Exporter les débits</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n charge(s).</source>
        <translation>
            <numerusform>%n débit exporté.</numerusform>
            <numerusform>%n débits exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <source>No charges match.</source>
        <translation>Aucun débit ne correspond.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Gateway message</source>
        <translation>Message de la passerelle</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>3-D Secure link</source>
        <translation>Lien 3-D Secure</translation>
    </message>
    <message>
        <source>Refund reason</source>
        <translation>Motif du remboursement</translation>
    </message>
    <message>
        <source>Refund message</source>
        <translation>Message du remboursement</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Cette session</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <source>Followed until</source>
        <translation>Suivi jusqu&apos;au</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Kind of payment filter</source>
        <translation>Filtre par mode de paiement</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Tous les modes</translation>
    </message>
    <message>
        <source>Payment links (any)</source>
        <translation>Liens de paiement (tous)</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>Copy the payment link of the selected entry</source>
        <translation>Copier le lien de paiement de l&apos;entrée choisie</translation>
    </message>
    <message>
        <source>E-&amp;mail again…</source>
        <translation>Renvoyer par e-&amp;mail…</translation>
    </message>
    <message>
        <source>E-mail the payment link to the customer again</source>
        <translation>Renvoyer le lien de paiement au client par e-mail</translation>
    </message>
    <message>
        <source>Refunded so far</source>
        <translation>Remboursé jusqu&apos;ici</translation>
    </message>
</context>
<context>
    <name>pavt::gui::LinkCoordinator</name>
    <message>
        <source>Warning: the outcome could not be written to the journal: %1</source>
        <translation>Attention : le résultat n&apos;a pas pu être écrit dans le journal : %1</translation>
    </message>
    <message>
        <source>A payment link is already being created.</source>
        <translation>Un lien de paiement est déjà en cours de création.</translation>
    </message>
    <message>
        <source>No gateway or journal is configured.</source>
        <translation>Aucune passerelle ni aucun journal n&apos;est configuré.</translation>
    </message>
    <message>
        <source>No gateway is configured.</source>
        <translation>Aucune passerelle n&apos;est configurée.</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Les modèles n&apos;ont pas pu être lus : %1</translation>
    </message>
</context>
<context>
    <name>pavt::gui::LinkMail</name>
    <message>
        <source>Your payment link for order %1</source>
        <translation>Votre lien de paiement pour la commande %1</translation>
    </message>
    <message>
        <source>Your payment link for order %1 (%2)</source>
        <translation>Votre lien de paiement pour la commande %1 (%2)</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>As agreed, you can pay for order %1 securely on this page:</source>
        <translation>Comme convenu, vous pouvez payer la commande %1 en toute sécurité sur cette page :</translation>
    </message>
    <message>
        <source>As agreed, you can pay %1 for order %2 securely on this page:</source>
        <translation>Comme convenu, vous pouvez payer %1 pour la commande %2 en toute sécurité sur cette page :</translation>
    </message>
    <message>
        <source>Please pay by %1. You type your card details on the payment page only; we never ask for them by e-mail.</source>
        <translation>Merci de payer avant le %1. Vous saisissez vos données de carte uniquement sur la page de paiement ; nous ne les demandons jamais par e-mail.</translation>
    </message>
    <message>
        <source>You type your card details on the payment page only; we never ask for them by e-mail.</source>
        <translation>Vous saisissez vos données de carte uniquement sur la page de paiement ; nous ne les demandons jamais par e-mail.</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Merci.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::LinkNotice</name>
    <message>
        <source>Payment link paid: %1, order %2.</source>
        <translation>Lien de paiement payé : %1, commande %2.</translation>
    </message>
    <message>
        <source>Payment link paid: %1 by %2, order %3.</source>
        <translation>Lien de paiement payé : %1 par %2, commande %3.</translation>
    </message>
    <message>
        <source>The payment by link for order %1 failed; no money was taken.</source>
        <translation>Le paiement par lien de la commande %1 a échoué ; aucun montant n&apos;a été prélevé.</translation>
    </message>
    <message>
        <source>The payment link for order %1 expired unpaid; it is no longer followed.</source>
        <translation>Le lien de paiement de la commande %1 a expiré sans être payé ; il n&apos;est plus suivi.</translation>
    </message>
    <message>
        <source>The payment link for order %1 needs checking: %2</source>
        <translation>Le lien de paiement de la commande %1 doit être vérifié : %2</translation>
    </message>
    <message>
        <source>Payment link paid</source>
        <translation>Lien de paiement payé</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message numerus="yes">
        <source>(%n more since you last looked)</source>
        <translation>
            <numerusform>(%n autre depuis votre dernier coup d&apos;œil)</numerusform>
            <numerusform>(%n autres depuis votre dernier coup d&apos;œil)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in history</source>
        <translation>Afficher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>pavt::gui::LinkOptions</name>
    <message>
        <source>Choose a template for the payment link.</source>
        <translation>Choisissez un modèle pour le lien de paiement.</translation>
    </message>
    <message>
        <source>There is no template to make a payment link from.</source>
        <translation>Il n&apos;y a aucun modèle à partir duquel créer un lien de paiement.</translation>
    </message>
    <message>
        <source>The customer types the card on the gateway&apos;s own payment page; you never hear it. The link is followed until it is paid or expires.</source>
        <translation>Le client saisit sa carte sur la page de paiement de la passerelle ; vous ne l&apos;entendez jamais. Le lien est suivi jusqu&apos;à ce qu&apos;il soit payé ou expire.</translation>
    </message>
    <message>
        <source>The customer pays on the gateway&apos;s page with one of the merchant&apos;s other payment methods. The link is followed until it is paid or expires.</source>
        <translation>Le client paie sur la page de la passerelle avec l&apos;un des autres moyens de paiement du marchand. Le lien est suivi jusqu&apos;à ce qu&apos;il soit payé ou expire.</translation>
    </message>
    <message>
        <source>Loading the merchant&apos;s templates…</source>
        <translation>Chargement des modèles du marchand…</translation>
    </message>
    <message>
        <source>The merchant has no payment templates.</source>
        <translation>Le marchand n&apos;a aucun modèle de paiement.</translation>
    </message>
    <message>
        <source>A link from the chosen template; the customer can pay it until the end of the expiry date.</source>
        <translation>Un lien à partir du modèle choisi ; le client peut le payer jusqu&apos;à la fin de la date d&apos;expiration.</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Lien de paiement</translation>
    </message>
    <message>
        <source>Payme&amp;nt method</source>
        <translation>Moye&amp;n de paiement</translation>
    </message>
    <message>
        <source>Templat&amp;e</source>
        <translation>Modèl&amp;e</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Card, on the gateway&apos;s page</source>
        <translation>Carte, sur la page de la passerelle</translation>
    </message>
    <message>
        <source>Other payment methods (APM)</source>
        <translation>Autres moyens de paiement (APM)</translation>
    </message>
    <message>
        <source>Link from a template (live only)</source>
        <translation>Lien à partir d&apos;un modèle (live uniquement)</translation>
    </message>
    <message>
        <source>Payment method of the link</source>
        <translation>Moyen de paiement du lien</translation>
    </message>
    <message>
        <source>Template of the payment link</source>
        <translation>Modèle du lien de paiement</translation>
    </message>
    <message>
        <source>Last day the link can be paid</source>
        <translation>Dernier jour où le lien peut être payé</translation>
    </message>
</context>
<context>
    <name>pavt::gui::LinkPanel</name>
    <message>
        <source>Link not created</source>
        <translation>Lien non créé</translation>
    </message>
    <message>
        <source>%1
Nothing reached the gateway and no link exists; you can try again.</source>
        <translation>%1
Rien n&apos;a atteint la passerelle et aucun lien n&apos;existe ; vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Waiting for the customer to pay</source>
        <translation>En attente du paiement du client</translation>
    </message>
    <message>
        <source>Hand %1 this link for %2: copy it, e-mail it, or let them scan the code. It is followed until it is paid or until %3; you may go on with other orders, the terminal tells you when it is paid.</source>
        <translation>Remettez à %1 ce lien pour %2 : copiez-le, envoyez-le par e-mail ou faites scanner le code. Il est suivi jusqu&apos;à son paiement ou jusqu&apos;au %3 ; vous pouvez passer à d&apos;autres commandes, le terminal vous prévient quand il est payé.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>le client</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>%1 paid by %2 on the gateway&apos;s page.</source>
        <translation>%1 payé par %2 sur la page de la passerelle.</translation>
    </message>
    <message>
        <source>%1 paid by %2 on the gateway&apos;s page with %3.</source>
        <translation>%1 payé par %2 sur la page de la passerelle avec %3.</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Paiement échoué</translation>
    </message>
    <message>
        <source>%1
No money was taken. You can make a new link for the customer.</source>
        <translation>%1
Aucun montant n&apos;a été prélevé. Vous pouvez créer un nouveau lien pour le client.</translation>
    </message>
    <message>
        <source>Link expired: no longer followed</source>
        <translation>Lien expiré : plus suivi</translation>
    </message>
    <message>
        <source>Unresolved: check by hand</source>
        <translation>Non résolu : à vérifier manuellement</translation>
    </message>
    <message>
        <source>Rejected by the gateway</source>
        <translation>Rejeté par la passerelle</translation>
    </message>
    <message>
        <source>%1
No link was made.</source>
        <translation>%1
Aucun lien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>Link not confirmed: being looked up</source>
        <translation>Lien non confirmé : recherche en cours</translation>
    </message>
    <message>
        <source>The request was sent but no usable answer came back (%1). The link MAY exist: the terminal is looking for order %2 at the gateway. Do not make another link for this order until the history shows the result.</source>
        <translation>La demande a été envoyée mais aucune réponse exploitable n&apos;est revenue (%1). Le lien PEUT exister : le terminal recherche la commande %2 à la passerelle. Ne créez pas d&apos;autre lien pour cette commande avant que l&apos;historique n&apos;affiche le résultat.</translation>
    </message>
    <message>
        <source>QR code of the payment link, for a customer at the counter</source>
        <translation>Code QR du lien de paiement, pour un client au comptoir</translation>
    </message>
    <message>
        <source>Copy lin&amp;k</source>
        <translation>Copier le lie&amp;n</translation>
    </message>
    <message>
        <source>&amp;E-mail to customer…</source>
        <translation>&amp;Envoyer au client par e-mail…</translation>
    </message>
    <message>
        <source>No e-mail address was given for the customer.</source>
        <translation>Aucune adresse e-mail n&apos;a été donnée pour le client.</translation>
    </message>
    <message>
        <source>Opens your mail program with a message to %1; you send it.</source>
        <translation>Ouvre votre logiciel de messagerie avec un message à %1 ; c&apos;est vous qui l&apos;envoyez.</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>New charge (Ctrl+N)</source>
        <translation>Nouveau débit (Ctrl+N)</translation>
    </message>
    <message>
        <source>Payment link for the customer</source>
        <translation>Lien de paiement pour le client</translation>
    </message>
    <message>
        <source>QR code of the payment link</source>
        <translation>Code QR du lien de paiement</translation>
    </message>
</context>
<context>
    <name>pavt::gui::MainWindow</name>
    <message>
        <source>Confirm the charge</source>
        <translation>Confirmer le débit</translation>
    </message>
    <message>
        <source>&amp;Charge</source>
        <translation>&amp;Débiter</translation>
    </message>
    <message>
        <source>&amp;New charge</source>
        <translation>&amp;Nouveau débit</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>DEMO — payments go to the built-in gateway simulator; no real card is charged. Use the test cards on the right. Enter credentials in Settings (Ctrl+,) to go live.</source>
        <translation>DEMO — les paiements vont au simulateur de passerelle intégré ; aucune vraie carte n&apos;est débitée. Utilisez les cartes de test à droite. Saisissez les identifiants dans les paramètres (Ctrl+,) pour passer en LIVE.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Mode démo</translation>
    </message>
    <message>
        <source>Test cards (demo)</source>
        <translation>Cartes de test (démo)</translation>
    </message>
    <message>
        <source>Any future expiry (e.g. 12/30), any CVV (3 digits, 4 for Amex).</source>
        <translation>N&apos;importe quelle date d&apos;expiration future (par ex. 12/30), n&apos;importe quel CVV (3 chiffres, 4 pour Amex).</translation>
    </message>
    <message>
        <source>Test cards of the simulator</source>
        <translation>Cartes de test du simulateur</translation>
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
        <translation>LIVE — de vraies cartes sont débitées.</translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation>Mode LIVE</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement : %1</translation>
    </message>
    <message>
        <source>No gateway is configured: open Settings (Ctrl+,).</source>
        <translation>Aucune passerelle n&apos;est configurée : ouvrez les paramètres (Ctrl+,).</translation>
    </message>
    <message>
        <source>The journal could not be checked for a duplicate charge: %1</source>
        <translation>Le journal n&apos;a pas pu être vérifié pour un débit en double : %1</translation>
    </message>
    <message numerus="yes">
        <source>Possible double charge: the same amount was charged to this card %n second(s) ago (order %1, %2). Charge it again only if the customer asked for a second payment.</source>
        <translation>
            <numerusform>Double débit possible : le même montant a été débité sur cette carte il y a %n seconde (commande %1, %2). Ne débitez à nouveau que si le client a demandé un second paiement.</numerusform>
            <numerusform>Double débit possible : le même montant a été débité sur cette carte il y a %n secondes (commande %1, %2). Ne débitez à nouveau que si le client a demandé un second paiement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charging %1…</source>
        <translation>Débit de %1…</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Commande %1 : %2</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Enregistrer le reçu</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Reçu enregistré dans %1</translation>
    </message>
    <message numerus="yes">
        <source>The card details were cleared after %n second(s) without activity.</source>
        <translation>
            <numerusform>Les données de la carte ont été effacées après %n seconde sans activité.</numerusform>
            <numerusform>Les données de la carte ont été effacées après %n secondes sans activité.</numerusform>
        </translation>
    </message>
    <message>
        <source>A charge is in progress</source>
        <translation>Un débit est en cours</translation>
    </message>
    <message>
        <source>A charge is waiting for the gateway&apos;s answer. If you quit now its outcome will be looked up the next time the terminal starts. Quit anyway?</source>
        <translation>Un débit attend la réponse de la passerelle. Si vous quittez maintenant, son résultat sera vérifié au prochain démarrage du terminal. Quitter quand même ?</translation>
    </message>
    <message>
        <source>T&amp;erminal</source>
        <translation>T&amp;erminal</translation>
    </message>
    <message>
        <source>Nothing can be charged until this is fixed in Settings (Ctrl+,): %1</source>
        <translation>Rien ne peut être débité tant que ceci n&apos;est pas corrigé dans les Paramètres (Ctrl+,) : %1</translation>
    </message>
    <message>
        <source>Charging is stopped</source>
        <translation>Les débits sont arrêtés</translation>
    </message>
    <message>
        <source>DEMO — %1</source>
        <translation>DEMO — %1</translation>
    </message>
    <message>
        <source>Charge form</source>
        <translation>Formulaire de paiement</translation>
    </message>
    <message>
        <source>Charge (a confirmation follows)</source>
        <translation>Débiter (une confirmation suit)</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Vider le formulaire</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;About PayAgency Virtual Terminal</source>
        <translation>À &amp;propos de PayAgency Virtual Terminal</translation>
    </message>
    <message>
        <source>Print the receipt, save it as PDF or e-mail it to the customer?</source>
        <translation>Imprimer le reçu, l&apos;enregistrer en PDF ou l&apos;envoyer au client par e-mail ?</translation>
    </message>
    <message>
        <source>&amp;E-mail receipt…</source>
        <translation>Envoyer par &amp;e-mail…</translation>
    </message>
    <message>
        <source>No mail program could be opened on this computer. Set one as the desktop&apos;s default e-mail application, or save the receipt as PDF and attach it.</source>
        <translation>Aucun programme de messagerie n&apos;a pu être ouvert sur cet ordinateur. Choisissez-en un comme application de messagerie par défaut du bureau, ou enregistrez le reçu en PDF et joignez-le.</translation>
    </message>
    <message>
        <source>The receipt is in a new e-mail in your mail program; add the customer&apos;s address there.</source>
        <translation>Le reçu est dans un nouvel e-mail de votre messagerie ; ajoutez-y l&apos;adresse du client.</translation>
    </message>
    <message>
        <source>The receipt is in a new e-mail to %1 in your mail program.</source>
        <translation>Le reçu est dans un nouvel e-mail à %1 dans votre messagerie.</translation>
    </message>
    <message>
        <source>Filled in the details of %1 from their order of %2. The card is never kept: key it again.</source>
        <translation>Les coordonnées de %1 ont été reprises de sa commande du %2. La carte n&apos;est jamais conservée : saisissez-la à nouveau.</translation>
    </message>
    <message>
        <source>&amp;Card details</source>
        <translation>&amp;Données de carte</translation>
    </message>
    <message>
        <source>Payment &amp;link</source>
        <translation>&amp;Lien de paiement</translation>
    </message>
    <message>
        <source>Creating the payment link for %1…</source>
        <translation>Création du lien de paiement pour %1…</translation>
    </message>
    <message>
        <source>The payment link of order %1 is on the clipboard.</source>
        <translation>Le lien de paiement de la commande %1 est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Your mail program opens with the link of order %1; send it from there.</source>
        <translation>Votre logiciel de messagerie s&apos;ouvre avec le lien de la commande %1 ; envoyez-le de là.</translation>
    </message>
    <message>
        <source>This account does not charge cards.</source>
        <translation>Ce compte ne débite pas de cartes.</translation>
    </message>
    <message>
        <source>This account does not print receipts.</source>
        <translation>Ce compte n&apos;imprime pas de reçus.</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Fin de journée</translation>
    </message>
    <message>
        <source>Run the settlement of the chosen days</source>
        <translation>Lancer le rapprochement des jours choisis</translation>
    </message>
    <message>
        <source>Cancel a settlement under way</source>
        <translation>Annuler un rapprochement en cours</translation>
    </message>
    <message>
        <source>En&amp;d of day</source>
        <translation>Fin de &amp;journée</translation>
    </message>
    <message>
        <source>&amp;Batch refund…</source>
        <translation>Remboursement &amp;groupé…</translation>
    </message>
    <message>
        <source>Only an approved charge has a receipt.</source>
        <translation>Seul un débit approuvé a un reçu.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::PasswordDialog</name>
    <message>
        <source>A supervisor&apos;s approval</source>
        <translation>Approbation d&apos;un superviseur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>The supervisor&apos;s password</source>
        <translation>Le mot de passe du superviseur</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Changer votre mot de passe</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Définir un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s name and password.</source>
        <translation>Saisissez le nom et le mot de passe du superviseur.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::PolicyDialog</name>
    <message>
        <source>&amp;Lock the window after</source>
        <translation>&amp;Verrouiller la fenêtre après</translation>
    </message>
    <message>
        <source>Lock an account after &amp;wrong passwords</source>
        <translation>Bloquer un compte après des mots de passe &amp;erronés</translation>
    </message>
    <message>
        <source>Keep it locked &amp;for</source>
        <translation>Le laisser bloqué &amp;pendant</translation>
    </message>
    <message>
        <source>&amp;Supervisor, per refund</source>
        <translation>&amp;Superviseur, par remboursement</translation>
    </message>
    <message>
        <source>Supervisor, per &amp;day</source>
        <translation>Superviseur, par &amp;jour</translation>
    </message>
    <message>
        <source>F&amp;inance, per refund</source>
        <translation>C&amp;omptabilité, par remboursement</translation>
    </message>
    <message>
        <source>Finance, per d&amp;ay</source>
        <translation>Comptabilité, par jou&amp;r</translation>
    </message>
    <message>
        <source>Security policy</source>
        <translation>Politique de sécurité</translation>
    </message>
    <message>
        <source>These rules apply to every seat of this journal and to pavt-cli. Refund limits are in major units of the refund&apos;s currency; a refund above them needs a supervisor&apos;s approval.</source>
        <translation>Ces règles s’appliquent à tous les postes de ce journal et à pavt-cli. Les plafonds de remboursement sont en unités principales de la devise du remboursement ; un remboursement au-delà doit être approuvé par un superviseur.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
</context>
<context>
    <name>pavt::gui::Receipt</name>
    <message>
        <source>Payment receipt</source>
        <translation>Reçu de paiement</translation>
    </message>
    <message>
        <source>DEMO: no real payment was made.</source>
        <translation>DEMO : aucun paiement réel n&apos;a été effectué.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Numéro de carte</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Card payment taken by phone through Pay Agency.</source>
        <translation>Paiement par carte reçu par téléphone via Pay Agency.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>Le reçu n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>Your payment receipt (%1)</source>
        <translation>Votre reçu de paiement (%1)</translation>
    </message>
    <message>
        <source>Your payment receipt from %1 (%2)</source>
        <translation>Votre reçu de paiement de %1 (%2)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Refunded in full (%1)</source>
        <translation>Remboursé en totalité (%1)</translation>
    </message>
    <message>
        <source>Partly refunded: %1 of %2</source>
        <translation>Partiellement remboursé : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>pavt::gui::RefundDialog</name>
    <message>
        <source>Refund to %1 %2 (card …%3, transaction %4): %5 was charged, %6 is left to refund.</source>
        <translation>Remboursement à %1 %2 (carte …%3, transaction %4) : %5 ont été débités, il reste %6 à rembourser.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Montant (%1)</translation>
    </message>
    <message>
        <source>Refund %1 to %2 %3 (card …%4, transaction %5) in full?</source>
        <translation>Rembourser %1 en totalité à %2 %3 (carte …%4, transaction %5) ?</translation>
    </message>
    <message>
        <source>The charge&apos;s currency %1 is not known.</source>
        <translation>La devise %1 du paiement est inconnue.</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>Indiquez un motif pour le remboursement.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::ResultPanel</name>
    <message>
        <source>%1 on %2 for %3.</source>
        <translation>%1 sur %2 pour %3.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>The card was declined: %1
No money was taken. Ask the customer for another card.</source>
        <translation>La carte a été refusée : %1
Aucun montant n&apos;a été prélevé. Demandez une autre carte au client.</translation>
    </message>
    <message>
        <source>3-D Secure needed</source>
        <translation>3-D Secure requis</translation>
    </message>
    <message>
        <source>The cardholder must confirm this payment with their bank. Open the link in a browser or send it to the cardholder. The status is followed until it is final.
%1</source>
        <translation>Le titulaire doit confirmer ce paiement auprès de sa banque. Ouvrez le lien dans un navigateur ou envoyez-le au titulaire. Le statut est suivi jusqu&apos;à ce qu&apos;il soit définitif.
%1</translation>
    </message>
    <message>
        <source>Waiting for 3-D Secure</source>
        <translation>En attente de 3-D Secure</translation>
    </message>
    <message>
        <source>The cardholder has not finished the 3-D Secure check yet. %1</source>
        <translation>Le titulaire n&apos;a pas encore terminé la vérification 3-D Secure. %1</translation>
    </message>
    <message>
        <source>Rejected by the gateway</source>
        <translation>Rejeté par la passerelle</translation>
    </message>
    <message>
        <source>%1
No money was taken.</source>
        <translation>%1
Aucun montant n&apos;a été prélevé.</translation>
    </message>
    <message>
        <source>%1
The fields the gateway complained about are marked on the form. No money was taken.</source>
        <translation>%1
Les champs contestés par la passerelle sont signalés dans le formulaire. Aucun montant n&apos;a été prélevé.</translation>
    </message>
    <message>
        <source>The gateway refused the credentials (HTTP 401). Check the secret key in Settings. No money was taken.</source>
        <translation>La passerelle a refusé les identifiants (HTTP 401). Vérifiez la clé secrète dans les paramètres. Aucun montant n&apos;a été prélevé.</translation>
    </message>
    <message>
        <source>Gateway error</source>
        <translation>Erreur de la passerelle</translation>
    </message>
    <message>
        <source>The gateway had a problem (%1). The charge is being looked up to be sure no money was taken; do not charge again until the history shows the result.</source>
        <translation>La passerelle a rencontré un problème (%1). Le débit est en cours de vérification pour s&apos;assurer qu&apos;aucun montant n&apos;a été prélevé ; ne débitez pas à nouveau avant que l&apos;historique affiche le résultat.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <source>%1
Nothing reached the gateway and no money was taken; you can try again.</source>
        <translation>%1
Rien n&apos;est parvenu à la passerelle et aucun montant n&apos;a été prélevé ; vous pouvez réessayer.</translation>
    </message>
    <message>
        <source>Outcome unknown: being looked up</source>
        <translation>Résultat inconnu : vérification en cours</translation>
    </message>
    <message>
        <source>The charge was sent but no clear answer came back, so it MAY HAVE GONE THROUGH. Do not charge this card again. The terminal is looking it up with the gateway (order %1) and the history will show the result.
%2</source>
        <translation>Le débit a été envoyé mais aucune réponse claire n&apos;est revenue : il A PEUT-ÊTRE ABOUTI. Ne débitez pas cette carte à nouveau. Le terminal le vérifie auprès de la passerelle (commande %1) et l&apos;historique affichera le résultat.
%2</translation>
    </message>
    <message>
        <source>Following the status…</source>
        <translation>Suivi du statut…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Transaction %1 · order %2</source>
        <translation>Transaction %1 · commande %2</translation>
    </message>
</context>
<context>
    <name>pavt::gui::SessionController</name>
    <message>
        <source>An administrator set your password. Choose your own now; nobody else will know it.</source>
        <translation>Un administrateur a défini votre mot de passe. Choisissez le vôtre maintenant ; personne d&apos;autre ne le connaîtra.</translation>
    </message>
    <message>
        <source>A supervisor approves it here with their own name and password.</source>
        <translation>Un superviseur l&apos;approuve ici avec son propre nom et son mot de passe.</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Se déconnec&amp;ter</translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation>Changer le mot de pa&amp;sse…</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>&amp;Opérateurs…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Journal d&apos;a&amp;udit…</translation>
    </message>
    <message>
        <source>The terminal is locked: sign in to see the charges.</source>
        <translation>Le terminal est verrouillé : connectez-vous pour voir les débits.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <source>Choose your own password to go on.</source>
        <translation>Choisissez votre propre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <source>The audit trail is broken at record %1: %2 Someone changed the journal&apos;s database outside the terminal; keep a copy of it and find out who.</source>
        <translation>Le journal d&apos;audit est rompu à l&apos;enregistrement %1 : %2 Quelqu&apos;un a modifié la base de données du journal en dehors du terminal ; gardez-en une copie et cherchez qui.</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation>Le journal d&apos;audit n&apos;a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Verrouiller</translation>
    </message>
</context>
<context>
    <name>pavt::gui::SettingsDialog</name>
    <message>
        <source>Alpha-3 (GBR): the documentation&apos;s table</source>
        <translation>Alpha-3 (GBR) : tableau de la documentation</translation>
    </message>
    <message>
        <source>Alpha-2 (GB): the SDK&apos;s example</source>
        <translation>Alpha-2 (GB) : exemple du SDK</translation>
    </message>
    <message>
        <source>Minor units (1250 = 12.50): the documentation</source>
        <translation>Unités mineures (1250 = 12,50) : la documentation</translation>
    </message>
    <message>
        <source>Major units (12.50): the SDK README</source>
        <translation>Unités principales (12,50) : le README du SDK</translation>
    </message>
    <message>
        <source>This computer (SQLite)</source>
        <translation>Cet ordinateur (SQLite)</translation>
    </message>
    <message>
        <source>Shared PostgreSQL server</source>
        <translation>Serveur PostgreSQL partagé</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Saved in: %1</source>
        <translation>Enregistrés dans : %1</translation>
    </message>
    <message>
        <source>unchanged (leave empty to keep the saved key)</source>
        <translation>inchangée (laisser vide pour garder la clé enregistrée)</translation>
    </message>
    <message>
        <source>LIVE: real cards will be charged</source>
        <translation>LIVE : de vraies cartes seront débitées</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Enter both the secret key and the encryption key.</source>
        <translation>Saisissez la clé secrète et la clé de chiffrement.</translation>
    </message>
    <message>
        <source>The encryption key must be exactly 32 characters; this one has %1.</source>
        <translation>La clé de chiffrement doit faire exactement 32 caractères ; celle-ci en a %1.</translation>
    </message>
    <message>
        <source>The credentials are in use for this session but could not be saved: %1</source>
        <translation>Les identifiants sont utilisés pour cette session mais n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>%1 %2 Allowed: %3.</source>
        <translation>%1 %2 Valeurs permises : %3.</translation>
    </message>
    <message>
        <source>Nothing saved yet; keys are saved in: %1</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant ; les clés sont enregistrées dans : %1</translation>
    </message>
    <message>
        <source>PA_TEST_… or PA_LIVE_…</source>
        <translation>PA_TEST_… ou PA_LIVE_…</translation>
    </message>
    <message>
        <source>32 characters, from the merchant portal</source>
        <translation>32 caractères, depuis le portail commerçant</translation>
    </message>
    <message>
        <source>Demo: the built-in simulator answers; no card is charged</source>
        <translation>Démo : le simulateur intégré répond ; aucune carte n&apos;est débitée</translation>
    </message>
    <message>
        <source>None yet: enter the merchant&apos;s keys</source>
        <translation>Aucun pour l&apos;instant : saisissez les clés du commerçant</translation>
    </message>
    <message>
        <source>Offered while typing an e-mail, last name or phone</source>
        <translation>Proposés pendant la saisie d&apos;un e-mail, d&apos;un nom ou d&apos;un téléphone</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivés</translation>
    </message>
    <message>
        <source>Off: a refund is of the whole charge</source>
        <translation>Désactivé : un remboursement porte sur le paiement entier</translation>
    </message>
    <message>
        <source>On: a refund may be of part of the charge (confirmed with the gateway)</source>
        <translation>Activé : un remboursement peut porter sur une partie du paiement (confirmé avec la passerelle)</translation>
    </message>
</context>
<context>
    <name>pavt::gui::SignInPanel</name>
    <message>
        <source>The terminal is locked</source>
        <translation>Le terminal est verrouillé</translation>
    </message>
    <message>
        <source>Signed in: %1. Enter your password to go on, or sign in with another account, which signs %1 out.</source>
        <translation>Connecté : %1. Saisissez votre mot de passe pour continuer, ou connectez-vous avec un autre compte, ce qui déconnecte %1.</translation>
    </message>
    <message>
        <source>Sign in to the terminal</source>
        <translation>Se connecter au terminal</translation>
    </message>
    <message>
        <source>Every charge and refund is recorded under your account.</source>
        <translation>Chaque débit et chaque remboursement est enregistré sous votre compte.</translation>
    </message>
    <message>
        <source>Enter your account&apos;s name.</source>
        <translation>Saisissez le nom de votre compte.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
</TS>
