<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountEditDialog</name>
    <message>
        <source>About this account</source>
        <translation>Acerca de esta cuenta</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>Letters a to z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; used to sign in</source>
        <translation>Letras de la a a la z, cifras, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;; sirve para iniciar sesión</translation>
    </message>
    <message>
        <source>Shown &amp;as</source>
        <translation>&amp;Visible como</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>&amp;Operator: charges, payment links, own entries of today, receipts</source>
        <translation>&amp;Operador: cobros, enlaces de pago, sus propias entradas de hoy, recibos</translation>
    </message>
    <message>
        <source>S&amp;upervisor: also every entry, look-ups, refunds, approvals, reconciliation</source>
        <translation>S&amp;upervisor: además todas las entradas, consultas, reembolsos, aprobaciones, conciliación</translation>
    </message>
    <message>
        <source>&amp;Finance: every entry read-only, exports, reports, refunds within limits</source>
        <translation>&amp;Finanzas: todas las entradas solo lectura, exportaciones, informes, reembolsos dentro de los límites</translation>
    </message>
    <message>
        <source>Ad&amp;ministrator: accounts, settings, keys; no charging on its own</source>
        <translation>Ad&amp;ministrador: cuentas, configuración, claves; por sí solo no cobra</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation>Al menos 12 caracteres</translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Contraseña otra vez</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>About the accounts</source>
        <translation>Acerca de las cuentas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Añadir una cuenta</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Roles…</translation>
    </message>
    <message>
        <source>Change the roles and the name shown</source>
        <translation>Cambiar los roles y el nombre visible</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Disable or enable the account</source>
        <translation>Desactivar o activar la cuenta</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>&amp;Contraseña nueva…</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Fijar una contraseña nueva</translation>
    </message>
    <message>
        <source>Security p&amp;olicy…</source>
        <translation>P&amp;olítica de seguridad…</translation>
    </message>
    <message>
        <source>The lock time, the lock-out and the refund limits for every seat</source>
        <translation>Tiempo de bloqueo, bloqueo de cuenta y límites de reembolso para cada puesto</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>About the audit trail</source>
        <translation>Acerca del registro de auditoría</translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation>Registros de auditoría</translation>
    </message>
    <message>
        <source>The result of the check</source>
        <translation>El resultado de la verificación</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>Verify the audit trail&apos;s hash chain</source>
        <translation>Verificar la cadena de hashes del registro de auditoría</translation>
    </message>
</context>
<context>
    <name>BatchRefundDialog</name>
    <message>
        <source>Batch refund</source>
        <translation>Reembolso por lotes</translation>
    </message>
    <message>
        <source>The file of refunds</source>
        <translation>El archivo de reembolsos</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Elegir arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Choose the CSV file of refunds</source>
        <translation>Elegir el archivo CSV de reembolsos</translation>
    </message>
    <message>
        <source>Rows of the file and what the check found</source>
        <translation>Filas del archivo y lo que encontró la comprobación</translation>
    </message>
    <message>
        <source>Summary of the batch</source>
        <translation>Resumen del lote</translation>
    </message>
    <message>
        <source>Rows done</source>
        <translation>Filas hechas</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Reembolsar</translation>
    </message>
    <message>
        <source>Refund the rows that passed the check</source>
        <translation>Reembolsar las filas que pasaron la comprobación</translation>
    </message>
    <message>
        <source>&amp;Save result…</source>
        <translation>&amp;Guardar el resultado…</translation>
    </message>
    <message>
        <source>Save the result of every row as CSV</source>
        <translation>Guardar el resultado de cada fila como CSV</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the rows not sent yet</source>
        <translation>Cancelar las filas aún no enviadas</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>ChargePage</name>
    <message>
        <source>Charge form</source>
        <translation>Formulario de cobro</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Currency of the charge: type a code or a name</source>
        <translation>Moneda del cobro: escriba un código o un nombre</translation>
    </message>
    <message>
        <source>Currency problem</source>
        <translation>Problema con la moneda</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>Amount to charge in the currency&apos;s units</source>
        <translation>Importe que se cobra, en unidades de la moneda</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Problema con el importe</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>&amp;Número de tarjeta</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>Card number; the brand is detected as you type</source>
        <translation>Número de tarjeta; la marca se reconoce mientras escribe</translation>
    </message>
    <message>
        <source>Card brand</source>
        <translation>Marca de la tarjeta</translation>
    </message>
    <message>
        <source>Card number problem</source>
        <translation>Problema con el número de tarjeta</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>&amp;Caducidad</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>Expiry date as MM/YY</source>
        <translation>Fecha de caducidad como MM/AA</translation>
    </message>
    <message>
        <source>Expiry problem</source>
        <translation>Problema con la caducidad</translation>
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
        <translation>Código de seguridad de la tarjeta, 3 dígitos o 4 en American Express</translation>
    </message>
    <message>
        <source>CVV problem</source>
        <translation>Problema con el CVV</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Titular de la tarjeta</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>Nom&amp;bre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Cardholder&apos;s first name as on the card</source>
        <translation>Nombre del titular tal como figura en la tarjeta</translation>
    </message>
    <message>
        <source>First name problem</source>
        <translation>Problema con el nombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Cardholder&apos;s last name as on the card</source>
        <translation>Apellidos del titular tal como figuran en la tarjeta</translation>
    </message>
    <message>
        <source>Last name problem</source>
        <translation>Problema con los apellidos</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>C&amp;orreo electrónico</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Cardholder&apos;s email address</source>
        <translation>Correo electrónico del titular</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>Problema con el correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Cardholder&apos;s phone number</source>
        <translation>Teléfono del titular</translation>
    </message>
    <message>
        <source>Phone problem</source>
        <translation>Problema con el teléfono</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Billing address street and number</source>
        <translation>Calle y número de la dirección de facturación</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problema con la dirección</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>Ci&amp;udad</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Billing address city</source>
        <translation>Ciudad de la dirección de facturación</translation>
    </message>
    <message>
        <source>City problem</source>
        <translation>Problema con la ciudad</translation>
    </message>
    <message>
        <source>&amp;State / county</source>
        <translation>&amp;Estado / provincia</translation>
    </message>
    <message>
        <source>State / county</source>
        <translation>Estado / provincia</translation>
    </message>
    <message>
        <source>Billing address state, county or region</source>
        <translation>Estado, provincia o región de la dirección de facturación</translation>
    </message>
    <message>
        <source>State / county problem</source>
        <translation>Problema con el estado / provincia</translation>
    </message>
    <message>
        <source>&amp;Zip / postcode</source>
        <translation>Códi&amp;go postal</translation>
    </message>
    <message>
        <source>Zip / postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Billing address postcode</source>
        <translation>Código postal de la dirección de facturación</translation>
    </message>
    <message>
        <source>Zip / postcode problem</source>
        <translation>Problema con el código postal</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>Paí&amp;s</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Billing country: type a code or a name</source>
        <translation>País de facturación: escriba un código o un nombre</translation>
    </message>
    <message>
        <source>Country problem</source>
        <translation>Problema con el país</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>&amp;Order id</source>
        <translation>ID de &amp;pedido</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ID de pedido</translation>
    </message>
    <message>
        <source>Order reference sent with the charge</source>
        <translation>Referencia del pedido que se envía con el cobro</translation>
    </message>
    <message>
        <source>Order id problem</source>
        <translation>Problema con el ID de pedido</translation>
    </message>
    <message>
        <source>&amp;Terminal id</source>
        <translation>ID de &amp;terminal</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>ID de terminal</translation>
    </message>
    <message>
        <source>Connector to use; leave empty for routing</source>
        <translation>Conector que se usará; déjelo vacío para el enrutamiento automático</translation>
    </message>
    <message>
        <source>Terminal id problem</source>
        <translation>Problema con el ID de terminal</translation>
    </message>
    <message>
        <source>Customer IP</source>
        <translation>IP del cliente</translation>
    </message>
    <message>
        <source>Customer IP address</source>
        <translation>Dirección IP del cliente</translation>
    </message>
    <message>
        <source>Customer IP problem</source>
        <translation>Problema con la IP del cliente</translation>
    </message>
    <message>
        <source>&amp;Redirect URL</source>
        <translation>URL de &amp;redirección</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>URL de redirección</translation>
    </message>
    <message>
        <source>Where the cardholder lands after 3-D Secure</source>
        <translation>Página a la que llega el titular tras 3-D Secure</translation>
    </message>
    <message>
        <source>Redirect URL problem</source>
        <translation>Problema con la URL de redirección</translation>
    </message>
    <message>
        <source>&amp;Webhook URL</source>
        <translation>URL del &amp;webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Your server&apos;s notification address</source>
        <translation>Dirección de notificación de su servidor</translation>
    </message>
    <message>
        <source>Webhook URL problem</source>
        <translation>Problema con la URL del webhook</translation>
    </message>
    <message>
        <source>Why the charge button is disabled</source>
        <translation>Por qué el botón «Cobrar» está desactivado</translation>
    </message>
    <message>
        <source>Charge in progress</source>
        <translation>Cobro en curso</translation>
    </message>
    <message>
        <source>Clear (Esc)</source>
        <translation>Borrar (Esc)</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Borrar el formulario</translation>
    </message>
    <message>
        <source>Charge (Enter)</source>
        <translation>Cobrar (Intro)</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Telé&amp;fono</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Charge history</source>
        <translation>Historial de cobros</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Which charges to show</source>
        <translation>Qué cobros se muestran</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>R&amp;esultado</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtro por resultado</translation>
    </message>
    <message>
        <source>Search: last four, name, email, order or transaction id</source>
        <translation>Buscar: últimos cuatro dígitos, nombre, correo, ID de pedido o de transacción</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Four digits find the card&apos;s last four; an address with @ finds the email; otherwise names, order ids and transaction ids</source>
        <translation>Cuatro dígitos buscan los cuatro últimos de la tarjeta; una dirección con @ busca el correo; lo demás busca nombres, ID de pedido e ID de transacción</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Cobros</translation>
    </message>
    <message>
        <source>Details of the selected charge</source>
        <translation>Detalles del cobro seleccionado</translation>
    </message>
    <message>
        <source>Look up &amp;status</source>
        <translation>Consultar e&amp;stado</translation>
    </message>
    <message>
        <source>Look up the status of the selected charge at the gateway</source>
        <translation>Consultar en la pasarela el estado del cobro seleccionado</translation>
    </message>
    <message>
        <source>Refund the selected charge</source>
        <translation>Reembolsar el cobro seleccionado</translation>
    </message>
    <message>
        <source>Summary of the charges shown</source>
        <translation>Resumen de los cobros mostrados</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the export or search</source>
        <translation>Cancelar la exportación o la búsqueda</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Export the charges shown as CSV</source>
        <translation>Exportar los cobros mostrados como CSV</translation>
    </message>
    <message>
        <source>O&amp;perator</source>
        <translation>O&amp;perador</translation>
    </message>
    <message>
        <source>Operator filter</source>
        <translation>Filtro por operador</translation>
    </message>
    <message>
        <source>Only the charges of this operator; empty for every operator</source>
        <translation>Solo los cobros de este operador; vacío para todos los operadores</translation>
    </message>
    <message>
        <source>&amp;Batch refund…</source>
        <translation>Reembolso por &amp;lotes…</translation>
    </message>
    <message>
        <source>Refund many charges from a CSV file</source>
        <translation>Reembolsar muchos cobros desde un archivo CSV</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Reembolsar…</translation>
    </message>
    <message>
        <source>Rece&amp;ipt…</source>
        <translation>Reci&amp;bo…</translation>
    </message>
    <message>
        <source>Print, save or e-mail the receipt of the selected charge</source>
        <translation>Imprimir, guardar o enviar por correo el recibo del cobro seleccionado</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>What is asked</source>
        <translation>Qué se pide</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>N&amp;ew password</source>
        <translation>Contraseña n&amp;ueva</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation>Al menos 12 caracteres</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Contraseña nueva otra vez</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>The charge to refund</source>
        <translation>El cobro a reembolsar</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Importe</translation>
    </message>
    <message>
        <source>Amount to refund</source>
        <translation>Importe a reembolsar</translation>
    </message>
    <message>
        <source>At most what is left of the charge; all of it by default</source>
        <translation>Como mucho lo que queda del cobro; por defecto, todo</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Motivo del reembolso</translation>
    </message>
    <message>
        <source>Problem with the refund</source>
        <translation>Problema con el reembolso</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Result of the last charge</source>
        <translation>Resultado del último cobro</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>ID de transacción</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Copiar ID</translation>
    </message>
    <message>
        <source>Copy the transaction id</source>
        <translation>Copiar el ID de transacción</translation>
    </message>
    <message>
        <source>3-D Secure link for the cardholder</source>
        <translation>Enlace de 3-D Secure para el titular</translation>
    </message>
    <message>
        <source>Open the 3-D Secure link in the browser</source>
        <translation>Abrir el enlace de 3-D Secure en el navegador</translation>
    </message>
    <message>
        <source>Copy the 3-D Secure link</source>
        <translation>Copiar el enlace de 3-D Secure</translation>
    </message>
    <message>
        <source>Charge this customer again with a new card entry</source>
        <translation>Cobrar otra vez a este cliente con una nueva tarjeta</translation>
    </message>
    <message>
        <source>Print or save the receipt</source>
        <translation>Imprimir o guardar el recibo</translation>
    </message>
    <message>
        <source>Close the result and start a new charge</source>
        <translation>Cerrar el resultado y empezar un nuevo cobro</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <source>Copy lin&amp;k</source>
        <translation>Copiar en&amp;lace</translation>
    </message>
    <message>
        <source>Charge this customer a&amp;gain</source>
        <translation>Cobrar de nuevo a este cliente (&amp;G)</translation>
    </message>
    <message>
        <source>Recei&amp;pt…</source>
        <translation>Reci&amp;bo…</translation>
    </message>
    <message>
        <source>New charge (Ctrl+N)</source>
        <translation>Nuevo cobro (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <source>&amp;Secret key</source>
        <translation>Clave &amp;secreta</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>Secret key from the merchant portal, PA_TEST_ or PA_LIVE_</source>
        <translation>Clave secreta del portal del comercio, PA_TEST_ o PA_LIVE_</translation>
    </message>
    <message>
        <source>&amp;Encryption key</source>
        <translation>&amp;Clave de cifrado</translation>
    </message>
    <message>
        <source>Encryption key</source>
        <translation>Clave de cifrado</translation>
    </message>
    <message>
        <source>32-character encryption key from the merchant portal</source>
        <translation>Clave de cifrado de 32 caracteres del portal del comercio</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Environment derived from the secret key</source>
        <translation>Entorno deducido de la clave secreta</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>Where the credentials are stored</source>
        <translation>Dónde se guardan las credenciales</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>&amp;Base URL</source>
        <translation>URL &amp;base</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Gateway base URL, https</source>
        <translation>URL base de la pasarela, https</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>Tiempo de &amp;espera</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>Seconds to wait for the gateway</source>
        <translation>Segundos de espera a la pasarela</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Country code format</source>
        <translation>&amp;Formato del código de país</translation>
    </message>
    <message>
        <source>Country code format</source>
        <translation>Formato del código de país</translation>
    </message>
    <message>
        <source>How the country is sent: alpha-3 or alpha-2</source>
        <translation>Cómo se envía el país: alfa-3 o alfa-2</translation>
    </message>
    <message>
        <source>&amp;Amount unit</source>
        <translation>Unid&amp;ad del importe</translation>
    </message>
    <message>
        <source>Amount unit</source>
        <translation>Unidad del importe</translation>
    </message>
    <message>
        <source>How the amount is sent: minor units or major units</source>
        <translation>Cómo se envía el importe: en unidades menores o en unidades principales</translation>
    </message>
    <message>
        <source>Defaults for new charges</source>
        <translation>Valores predeterminados de los cobros nuevos</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Default currency code</source>
        <translation>Código de moneda predeterminado</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Default country code</source>
        <translation>Código de país predeterminado</translation>
    </message>
    <message>
        <source>&amp;Redirect URL</source>
        <translation>&amp;URL de redirección</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>URL de redirección</translation>
    </message>
    <message>
        <source>Default redirect URL after 3-D Secure</source>
        <translation>URL de redirección predeterminada tras 3-D Secure</translation>
    </message>
    <message>
        <source>&amp;Webhook URL</source>
        <translation>URL del &amp;webhook</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>Default webhook URL</source>
        <translation>URL del webhook predeterminada</translation>
    </message>
    <message>
        <source>Customer &amp;IP</source>
        <translation>IP &amp;del cliente</translation>
    </message>
    <message>
        <source>Customer IP</source>
        <translation>IP del cliente</translation>
    </message>
    <message>
        <source>Default customer IP address for phone orders</source>
        <translation>Dirección IP del cliente predeterminada para pedidos telefónicos</translation>
    </message>
    <message>
        <source>Ter&amp;minal id</source>
        <translation>ID de &amp;terminal</translation>
    </message>
    <message>
        <source>Terminal id</source>
        <translation>ID de terminal</translation>
    </message>
    <message>
        <source>Default terminal id</source>
        <translation>ID de terminal predeterminado</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>&amp;Operator name</source>
        <translation>&amp;Nombre del operador</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nombre del operador</translation>
    </message>
    <message>
        <source>Your name, recorded with each charge</source>
        <translation>Su nombre, que se registra con cada cobro</translation>
    </message>
    <message>
        <source>Clear card &amp;after</source>
        <translation>Borrar &amp;la tarjeta tras</translation>
    </message>
    <message>
        <source>Clear card after</source>
        <translation>Borrar la tarjeta tras</translation>
    </message>
    <message>
        <source>Seconds without activity before the card fields are cleared</source>
        <translation>Segundos sin actividad antes de borrar los campos de la tarjeta</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Where charges are recorded: this computer or a shared PostgreSQL server</source>
        <translation>Dónde se registran los cobros: este equipo o un servidor PostgreSQL compartido</translation>
    </message>
    <message>
        <source>PostgreSQL &amp;connection</source>
        <translation>C&amp;onexión PostgreSQL</translation>
    </message>
    <message>
        <source>PostgreSQL connection</source>
        <translation>Conexión PostgreSQL</translation>
    </message>
    <message>
        <source>host=… port=… dbname=… user=…</source>
        <translation>host=… port=… dbname=… user=…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the terminal</source>
        <translation>Idioma del terminal</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problemas en la configuración</translation>
    </message>
    <message>
        <source>&amp;Warn of a double charge within</source>
        <translation>&amp;Avisar de un cobro doble en</translation>
    </message>
    <message>
        <source>Warn of a double charge within</source>
        <translation>Avisar de un cobro doble en</translation>
    </message>
    <message>
        <source>Seconds in which a charge like an earlier one (same card, amount and currency) is warned about; 0 turns the warning off</source>
        <translation>Segundos en los que se avisa de un cobro igual a uno anterior (misma tarjeta, importe y moneda); 0 desactiva el aviso</translation>
    </message>
    <message>
        <source>Pre&amp;vious customers</source>
        <translation>Clientes an&amp;teriores</translation>
    </message>
    <message>
        <source>Previous customers</source>
        <translation>Clientes anteriores</translation>
    </message>
    <message>
        <source>Whether typing an e-mail, last name or phone offers previous customers from the journal</source>
        <translation>Si al escribir un correo, un apellido o un teléfono se ofrecen clientes anteriores del diario</translation>
    </message>
    <message>
        <source>Follow payment links for</source>
        <translation>Seguir enlaces de pago durante</translation>
    </message>
    <message>
        <source>Hours a payment link is followed after it was made; then the terminal stops and records it as expired (the gateway is not asked to cancel it)</source>
        <translation>Horas durante las que se sigue un enlace de pago tras crearlo; después el terminal deja de seguirlo y lo registra como caducado (no se pide a la pasarela que lo cancele)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>&amp;Follow payment links for</source>
        <translation>&amp;Seguir los enlaces de pago durante</translation>
    </message>
    <message>
        <source>&amp;Partial refunds</source>
        <translation>Reembolsos &amp;parciales</translation>
    </message>
    <message>
        <source>Partial refunds</source>
        <translation>Reembolsos parciales</translation>
    </message>
    <message>
        <source>Whether a refund may be of part of a charge; turn on only when the gateway has confirmed it takes a refund&apos;s amount</source>
        <translation>Si un reembolso puede ser de una parte de un cobro; actívelo solo cuando la pasarela haya confirmado que acepta el importe de un reembolso</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in title</source>
        <translation>Título del inicio de sesión</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>The name of your account, as your administrator gave it</source>
        <translation>El nombre de su cuenta, tal como se lo dio su administrador</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Your own password; it is never shown or saved</source>
        <translation>Su propia contraseña; nunca se muestra ni se guarda</translation>
    </message>
    <message>
        <source>Why the sign-in failed</source>
        <translation>Por qué falló el inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>pavt::Accounts</name>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>No se pudieron leer las cuentas: %1</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>No se pudo guardar la cuenta: %1</translation>
    </message>
    <message>
        <source>The refund log could not be written or read: %1</source>
        <translation>No se pudo escribir o leer el registro de reembolsos: %1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>An account name has 1 to 64 characters: letters a to z, digits, and &apos;.&apos;, &apos;_&apos; or &apos;-&apos; after the first.</source>
        <translation>Un nombre de cuenta tiene de 1 a 64 caracteres: letras de la a a la z, dígitos y &apos;.&apos;, &apos;_&apos; o &apos;-&apos; después del primero.</translation>
    </message>
    <message>
        <source>Accounts exist already: an administrator must sign in to add one.</source>
        <translation>Ya existen cuentas: un administrador debe iniciar sesión para añadir una.</translation>
    </message>
    <message>
        <source>There is already an account named %1.</source>
        <translation>Ya existe una cuenta llamada %1.</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>No existe ninguna cuenta llamada %1.</translation>
    </message>
    <message>
        <source>An account needs at least one role.</source>
        <translation>Una cuenta necesita al menos un rol.</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>La primera cuenta debe ser de administrador.</translation>
    </message>
    <message>
        <source>This is the last enabled administrator: make another one first.</source>
        <translation>Es el último administrador activo: cree otro primero.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
</context>
<context>
    <name>pavt::Audit</name>
    <message>
        <source>The audit trail could not be written: %1</source>
        <translation>No se pudo escribir el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>the trail&apos;s head row is missing</source>
        <translation>falta la fila de cabecera del registro</translation>
    </message>
    <message>
        <source>Record %1 is missing: it was deleted, or the records after it were renumbered.</source>
        <translation>Falta el registro %1: se eliminó, o se renumeraron los registros posteriores.</translation>
    </message>
    <message>
        <source>Record %1 is out of order.</source>
        <translation>El registro %1 está fuera de orden.</translation>
    </message>
    <message>
        <source>Record %1 does not match its hash: it was changed, or a record before it was removed, inserted or moved.</source>
        <translation>El registro %1 no coincide con su hash: se modificó, o un registro anterior se eliminó, insertó o movió.</translation>
    </message>
    <message>
        <source>Record %1 does not carry the head hash exported earlier: the trail was rewritten from there on.</source>
        <translation>El registro %1 no lleva el hash de cabecera exportado antes: el registro se reescribió desde ahí.</translation>
    </message>
    <message>
        <source>Records %1 to %2 are missing: the last records of the trail were deleted.</source>
        <translation>Faltan los registros %1 a %2: se eliminaron los últimos registros.</translation>
    </message>
    <message>
        <source>Record %1 and those after it were added behind the trail&apos;s head, not by the terminal.</source>
        <translation>El registro %1 y los siguientes se añadieron tras la cabecera del registro, no por el terminal.</translation>
    </message>
    <message>
        <source>Record %1 does not match the trail&apos;s head.</source>
        <translation>El registro %1 no coincide con la cabecera del registro.</translation>
    </message>
    <message>
        <source>Record %1 of the head hash exported earlier is gone.</source>
        <translation>El registro %1 del hash de cabecera exportado antes ha desaparecido.</translation>
    </message>
</context>
<context>
    <name>pavt::BatchRefund</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB.</source>
        <translation>El archivo %1 supera los %2 MiB.</translation>
    </message>
    <message>
        <source>The file %1 has no rows.</source>
        <translation>El archivo %1 no tiene filas.</translation>
    </message>
    <message>
        <source>The file %1 has more than %2 rows; split it.</source>
        <translation>El archivo %1 tiene más de %2 filas; divídalo.</translation>
    </message>
    <message>
        <source>The row does not have two or three fields (transaction id, reason, amount).</source>
        <translation>La fila no tiene dos o tres campos (id de transacción, motivo, importe).</translation>
    </message>
    <message>
        <source>The row has no transaction id.</source>
        <translation>La fila no tiene id de transacción.</translation>
    </message>
    <message>
        <source>The row gives no reason for the refund.</source>
        <translation>La fila no da ningún motivo para el reembolso.</translation>
    </message>
    <message>
        <source>The transaction %1 is in the file more than once; only its first row is refunded.</source>
        <translation>La transacción %1 aparece más de una vez en el archivo; solo se reembolsa su primera fila.</translation>
    </message>
    <message>
        <source>The journal has no charge with the transaction id %1.</source>
        <translation>El diario no tiene ningún cobro con el id de transacción %1.</translation>
    </message>
    <message>
        <source>This charge was made in the %1 environment; the terminal is set up for %2.</source>
        <translation>Este cobro se hizo en el entorno %1; el terminal está configurado para %2.</translation>
    </message>
    <message>
        <source>This charge has already been refunded.</source>
        <translation>Este cobro ya se ha reembolsado.</translation>
    </message>
    <message>
        <source>A refund of this charge is already on its way; wait for its answer.</source>
        <translation>Ya hay un reembolso de este cobro en curso; espere su respuesta.</translation>
    </message>
    <message>
        <source>Only an approved charge that is not charged back can be refunded; this one is %1.</source>
        <translation>Solo se puede reembolsar un cobro aprobado y sin contracargo; este está %1.</translation>
    </message>
    <message>
        <source>The charge&apos;s currency %1 is not known.</source>
        <translation>No se conoce la moneda %1 del cobro.</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; cannot be used: %2</source>
        <translation>El importe «%1» no se puede usar: %2</translation>
    </message>
    <message>
        <source>This file was refunded as batch %1 on %2; nothing is sent again.</source>
        <translation>Este archivo se reembolsó como lote %1 el %2; no se vuelve a enviar nada.</translation>
    </message>
    <message>
        <source>This file is batch %1, which has not finished; resume it instead.</source>
        <translation>Este archivo es el lote %1, que no ha terminado; reanúdelo en su lugar.</translation>
    </message>
    <message>
        <source>No row of the file can be refunded.</source>
        <translation>Ninguna fila del archivo se puede reembolsar.</translation>
    </message>
    <message>
        <source>The refund was sent and its outcome is not known (the status could not be read: %1); check it at the gateway before refunding again.</source>
        <translation>El reembolso se envió y su resultado no se conoce (no se pudo leer el estado: %1); compruébelo en la pasarela antes de reembolsar de nuevo.</translation>
    </message>
    <message>
        <source>The gateway does not say whether this partial refund was made; check it at the gateway before refunding again.</source>
        <translation>La pasarela no dice si este reembolso parcial se hizo; compruébelo en la pasarela antes de reembolsar de nuevo.</translation>
    </message>
    <message>
        <source>The gateway shows the refund (looked up).</source>
        <translation>La pasarela muestra el reembolso (consultado).</translation>
    </message>
    <message>
        <source>The gateway shows no refund; it was not sent again. Refund it in a new batch if it is still due.</source>
        <translation>La pasarela no muestra ningún reembolso; no se volvió a enviar. Reembólselo en un lote nuevo si aún corresponde.</translation>
    </message>
    <message>
        <source>The result file could not be written: %1</source>
        <translation>No se pudo escribir el archivo de resultado: %1</translation>
    </message>
</context>
<context>
    <name>pavt::Cards</name>
    <message>
        <source>The card number can contain only digits, with spaces or dashes between the groups. Remove any letters or other characters that came with it.</source>
        <translation>El número de tarjeta solo puede contener dígitos, con espacios o guiones entre los grupos. Quite las letras u otros caracteres que se hayan copiado con él.</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Introduzca el número de tarjeta.</translation>
    </message>
    <message numerus="yes">
        <source>The card number has too many digits: a card number has at most %n digits.</source>
        <translation>
            <numerusform>El número de tarjeta tiene demasiados dígitos: un número de tarjeta tiene como máximo %n dígito.</numerusform>
            <numerusform>El número de tarjeta tiene demasiados dígitos: un número de tarjeta tiene como máximo %n dígitos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The card number has too many digits: a %1 card number has at most %n digits.</source>
        <translation>
            <numerusform>El número de tarjeta tiene demasiados dígitos: un número de tarjeta %1 tiene como máximo %n dígito.</numerusform>
            <numerusform>El número de tarjeta tiene demasiados dígitos: un número de tarjeta %1 tiene como máximo %n dígitos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The card number is incomplete. Check that every digit has been entered.</source>
        <translation>El número de tarjeta está incompleto. Compruebe que se han introducido todos los dígitos.</translation>
    </message>
    <message>
        <source>The card number does not belong to a card brand this terminal accepts. Check the first digits.</source>
        <translation>El número de tarjeta no pertenece a ninguna marca que acepte este terminal. Compruebe los primeros dígitos.</translation>
    </message>
    <message>
        <source>The card number is not valid. Check it for a mistyped or swapped digit.</source>
        <translation>El número de tarjeta no es válido. Compruebe si hay un dígito mal escrito o cambiado de lugar.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s security code: the 4 digits printed on the front of the American Express card.</source>
        <translation>Introduzca el código de seguridad: los 4 dígitos impresos en el anverso de la tarjeta American Express.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s security code: the 3 digits on the back of the card.</source>
        <translation>Introduzca el código de seguridad: los 3 dígitos del reverso de la tarjeta.</translation>
    </message>
    <message>
        <source>The security code can contain only digits.</source>
        <translation>El código de seguridad solo puede contener dígitos.</translation>
    </message>
    <message>
        <source>The security code must be 4 digits for American Express.</source>
        <translation>El código de seguridad debe tener 4 dígitos en American Express.</translation>
    </message>
    <message>
        <source>The security code must be 3 digits.</source>
        <translation>El código de seguridad debe tener 3 dígitos.</translation>
    </message>
    <message>
        <source>Enter the expiry date shown on the card, like 08/27.</source>
        <translation>Introduzca la fecha de caducidad que figura en la tarjeta, por ejemplo 08/27.</translation>
    </message>
    <message>
        <source>Enter the expiry date as month and year, like 08/27.</source>
        <translation>Introduzca la fecha de caducidad como mes y año, por ejemplo 08/27.</translation>
    </message>
    <message>
        <source>The expiry month must be from 01 to 12.</source>
        <translation>El mes de caducidad debe estar entre 01 y 12.</translation>
    </message>
    <message>
        <source>Enter the expiry year with four digits, like 2027.</source>
        <translation>Introduzca el año de caducidad con cuatro dígitos, por ejemplo 2027.</translation>
    </message>
    <message>
        <source>The card expired at the end of %1/%2. Ask the cardholder for another card.</source>
        <translation>La tarjeta caducó a finales de %1/%2. Pida otra tarjeta al titular.</translation>
    </message>
    <message>
        <source>The expiry year %1 is more than 20 years away. Check the year on the card.</source>
        <translation>El año de caducidad %1 está a más de 20 años. Compruebe el año en la tarjeta.</translation>
    </message>
</context>
<context>
    <name>pavt::ChargeService</name>
    <message>
        <source>This charge was made in the %1 environment; the terminal is set up for %2.</source>
        <translation>Este cobro se hizo en el entorno %1; el terminal está configurado para %2.</translation>
    </message>
    <message>
        <source>The journal&apos;s database cannot be reached, so the outcome is not written yet; the terminal keeps trying, and until then the entry stays pending. (%1)</source>
        <translation>No se puede acceder a la base de datos del registro, así que el resultado aún no está escrito; el terminal sigue intentándolo y, mientras tanto, la entrada queda pendiente. (%1)</translation>
    </message>
    <message>
        <source>A refund&apos;s amount must be above zero.</source>
        <translation>El importe de un reembolso debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Partial refunds are turned off in the settings; only the whole charge can be refunded.</source>
        <translation>Los reembolsos parciales están desactivados en los ajustes; solo se puede reembolsar el cobro entero.</translation>
    </message>
    <message>
        <source>Part of this charge has been refunded; the rest can be refunded only with partial refunds turned on in the settings.</source>
        <translation>Parte de este cobro se ha reembolsado; el resto solo se puede reembolsar con los reembolsos parciales activados en los ajustes.</translation>
    </message>
    <message>
        <source>Only %1 of this charge is left to refund.</source>
        <translation>Solo quedan %1 de este cobro por reembolsar.</translation>
    </message>
    <message>
        <source>The journal has no charge with this transaction id, so its currency and what is left of it are not known here: only a whole refund can be asked for.</source>
        <translation>El diario no tiene ningún cobro con este id de transacción, así que aquí no se conocen su moneda ni lo que queda: solo se puede pedir un reembolso completo.</translation>
    </message>
</context>
<context>
    <name>pavt::CredentialStore</name>
    <message>
        <source>No credentials are saved in the keychain yet.</source>
        <translation>Todavía no hay credenciales guardadas en el llavero.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused: %1</source>
        <translation>Se denegó el acceso al llavero: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Falló el llavero: %1</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 seconds.</source>
        <translation>El llavero no respondió en %1 segundos.</translation>
    </message>
    <message>
        <source>The keychain failed: simulated failure</source>
        <translation>Falló el llavero: fallo simulado</translation>
    </message>
    <message>
        <source>memory (not saved)</source>
        <translation>memoria (no guardado)</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring / KWallet)</source>
        <translation>Secret Service (llavero de GNOME / KWallet)</translation>
    </message>
    <message>
        <source>No keychain service is running on this desktop (such as GNOME Keyring or KWallet), so the merchant&apos;s keys cannot be saved: keys entered in Settings work for this session only. To keep them, start a keychain service (for example install gnome-keyring and sign in again) and save the keys once more.</source>
        <translation>No hay ningún servicio de llavero en este escritorio (como GNOME Keyring o KWallet), así que las claves del comercio no se pueden guardar: las introducidas en Ajustes sirven solo para esta sesión. Para conservarlas, inicie un servicio de llavero (por ejemplo instale gnome-keyring y vuelva a iniciar sesión) y guarde de nuevo las claves.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused.</source>
        <translation>Se denegó el acceso al llavero.</translation>
    </message>
    <message>
        <source>This computer has no keychain the terminal can use, so the merchant&apos;s keys cannot be saved: keys entered in Settings work for this session only.</source>
        <translation>Este ordenador no tiene un llavero que el terminal pueda usar, así que las claves del comercio no se pueden guardar: las introducidas en Ajustes sirven solo para esta sesión.</translation>
    </message>
    <message>
        <source>The keychain did not give the saved keys, and did not say why. Keys entered in Settings work for this session.</source>
        <translation>El llavero no entregó las claves guardadas y no dijo por qué. Las claves introducidas en Ajustes sirven para esta sesión.</translation>
    </message>
</context>
<context>
    <name>pavt::CsvExport</name>
    <message>
        <source>write error</source>
        <translation>error de escritura</translation>
    </message>
    <message>
        <source>The CSV file could not be written: %1</source>
        <translation>No se pudo escribir el archivo CSV: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
</context>
<context>
    <name>pavt::FieldRules</name>
    <message>
        <source>Enter the cardholder&apos;s email address, like name@example.com.</source>
        <translation>Introduzca el correo electrónico del titular, por ejemplo nombre@example.com.</translation>
    </message>
    <message numerus="yes">
        <source>The email address is too long: it can have at most %n characters.</source>
        <translation>
            <numerusform>El correo electrónico es demasiado largo: puede tener como máximo %n carácter.</numerusform>
            <numerusform>El correo electrónico es demasiado largo: puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The email address cannot contain spaces or invisible characters.</source>
        <translation>El correo electrónico no puede contener espacios ni caracteres invisibles.</translation>
    </message>
    <message>
        <source>The email address needs an @ sign, like name@example.com.</source>
        <translation>El correo electrónico necesita una @, por ejemplo nombre@example.com.</translation>
    </message>
    <message>
        <source>The email address can contain only one @ sign.</source>
        <translation>El correo electrónico solo puede contener una @.</translation>
    </message>
    <message>
        <source>The part of the email address before the @ is missing or contains characters that are not allowed.</source>
        <translation>La parte del correo electrónico antes de la @ falta o contiene caracteres no permitidos.</translation>
    </message>
    <message>
        <source>The part of the email address after the @ must be a domain name, like example.com.</source>
        <translation>La parte del correo electrónico después de la @ debe ser un nombre de dominio, por ejemplo example.com.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s IP address, like 203.0.113.7 or 2001:db8::1.</source>
        <translation>Introduzca la dirección IP del cliente, por ejemplo 203.0.113.7 o 2001:db8::1.</translation>
    </message>
    <message>
        <source>This is not a valid IP address. Enter it like 203.0.113.7 or 2001:db8::1.</source>
        <translation>No es una dirección IP válida. Introdúzcala como 203.0.113.7 o 2001:db8::1.</translation>
    </message>
    <message>
        <source>Enter the cardholder&apos;s phone number, like +44 20 7946 0958.</source>
        <translation>Introduzca el teléfono del titular, por ejemplo +44 20 7946 0958.</translation>
    </message>
    <message>
        <source>A + can only be the first character of the phone number.</source>
        <translation>Un + solo puede ser el primer carácter del teléfono.</translation>
    </message>
    <message>
        <source>The brackets in the phone number do not match.</source>
        <translation>Los paréntesis del teléfono no están emparejados.</translation>
    </message>
    <message>
        <source>The phone number can contain only digits, spaces, dashes, dots, brackets and a leading +.</source>
        <translation>El teléfono solo puede contener dígitos, espacios, guiones, puntos, paréntesis y un + al principio.</translation>
    </message>
    <message numerus="yes">
        <source>The phone number is too short: it needs at least %n digits, with the area code.</source>
        <translation>
            <numerusform>El teléfono es demasiado corto: necesita al menos %n dígito, con el prefijo.</numerusform>
            <numerusform>El teléfono es demasiado corto: necesita al menos %n dígitos, con el prefijo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The phone number is too long: it can have at most %n digits.</source>
        <translation>
            <numerusform>El teléfono es demasiado largo: puede tener como máximo %n dígito.</numerusform>
            <numerusform>El teléfono es demasiado largo: puede tener como máximo %n dígitos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the web address, starting with https://, like https://example.com/notify.</source>
        <translation>Introduzca la dirección web, empezando por https://, por ejemplo https://example.com/notify.</translation>
    </message>
    <message>
        <source>This is not a complete web address. Enter it with https:// and a host name, like https://example.com/notify.</source>
        <translation>No es una dirección web completa. Introdúzcala con https:// y un nombre de host, por ejemplo https://example.com/notify.</translation>
    </message>
    <message numerus="yes">
        <source>The web address is too long: it can have at most %n characters.</source>
        <translation>
            <numerusform>La dirección web es demasiado larga: puede tener como máximo %n carácter.</numerusform>
            <numerusform>La dirección web es demasiado larga: puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The web address cannot contain spaces or invisible characters.</source>
        <translation>La dirección web no puede contener espacios ni caracteres invisibles.</translation>
    </message>
    <message>
        <source>The web address must not contain a user name or password.</source>
        <translation>La dirección web no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>The web address must start with https:// so that the connection is encrypted. http:// is allowed only for this computer (localhost).</source>
        <translation>La dirección web debe empezar por https:// para que la conexión esté cifrada. http:// solo se permite para este equipo (localhost).</translation>
    </message>
    <message>
        <source>Fill in this field.</source>
        <translation>Rellene este campo.</translation>
    </message>
    <message numerus="yes">
        <source>This field can have at most %n characters.</source>
        <translation>
            <numerusform>Este campo puede tener como máximo %n carácter.</numerusform>
            <numerusform>Este campo puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the line break, tab or other invisible control character from this field.</source>
        <translation>Quite de este campo el salto de línea, el tabulador u otro carácter de control invisible.</translation>
    </message>
    <message>
        <source>This field contains a broken character. Retype the text instead of pasting it.</source>
        <translation>Este campo contiene un carácter dañado. Vuelva a escribir el texto en lugar de pegarlo.</translation>
    </message>
    <message>
        <source>Enter the state, province or region.</source>
        <translation>Introduzca el estado, la provincia o la región.</translation>
    </message>
    <message>
        <source>Enter the two-letter state code, like NY or CA.</source>
        <translation>Introduzca el código de dos letras del estado, por ejemplo NY o CA.</translation>
    </message>
    <message>
        <source>Enter the two-letter province code, like ON or QC.</source>
        <translation>Introduzca el código de dos letras de la provincia, por ejemplo ON o QC.</translation>
    </message>
    <message>
        <source>Enter the postcode (ZIP code) of the billing address.</source>
        <translation>Introduzca el código postal de la dirección de facturación.</translation>
    </message>
    <message numerus="yes">
        <source>The postcode is too long: it can have at most %n characters.</source>
        <translation>
            <numerusform>El código postal es demasiado largo: puede tener como máximo %n carácter.</numerusform>
            <numerusform>El código postal es demasiado largo: puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The postcode can contain only letters, digits, spaces and dashes.</source>
        <translation>El código postal solo puede contener letras, dígitos, espacios y guiones.</translation>
    </message>
    <message>
        <source>Enter the ZIP code as 5 digits, like 90210, or as ZIP+4, like 90210-1234.</source>
        <translation>Introduzca el código ZIP con 5 dígitos, por ejemplo 90210, o como ZIP+4, por ejemplo 90210-1234.</translation>
    </message>
    <message>
        <source>This postcode does not have the form used in the selected country, like %1.</source>
        <translation>Este código postal no tiene la forma que se usa en el país elegido, por ejemplo %1.</translation>
    </message>
    <message>
        <source>Enter the order reference.</source>
        <translation>Introduzca la referencia del pedido.</translation>
    </message>
    <message numerus="yes">
        <source>The order reference can have at most %n characters.</source>
        <translation>
            <numerusform>La referencia del pedido puede tener como máximo %n carácter.</numerusform>
            <numerusform>La referencia del pedido puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order reference can contain only letters A-Z, digits, dots, underscores, colons and dashes.</source>
        <translation>La referencia del pedido solo puede contener letras de la A a la Z, dígitos, puntos, guiones bajos, dos puntos y guiones.</translation>
    </message>
    <message>
        <source>This field contains a code that is not a character (such as U+FFFF). Retype the text instead of pasting it.</source>
        <translation>Este campo contiene un código que no es un carácter (como U+FFFF). Escriba el texto en lugar de pegarlo.</translation>
    </message>
    <message>
        <source>This field contains a private-use character that only some programs can show. Retype the text instead of pasting it.</source>
        <translation>Este campo contiene un carácter de uso privado que solo algunos programas pueden mostrar. Escriba el texto en lugar de pegarlo.</translation>
    </message>
    <message>
        <source>This field holds only invisible characters (such as zero-width spaces); type the text.</source>
        <translation>Este campo solo contiene caracteres invisibles (como espacios de ancho cero); escriba el texto.</translation>
    </message>
</context>
<context>
    <name>pavt::GatewayClient</name>
    <message>
        <source>No secret key is configured.</source>
        <translation>No hay ninguna clave secreta configurada.</translation>
    </message>
    <message>
        <source>The secret key must start with PA_TEST_ (test) or PA_LIVE_ (live).</source>
        <translation>La clave secreta debe empezar por PA_TEST_ (prueba) o PA_LIVE_ (real).</translation>
    </message>
    <message>
        <source>The gateway address is not a valid URL.</source>
        <translation>La dirección de la pasarela no es una URL válida.</translation>
    </message>
    <message>
        <source>The gateway address must use https:// (plain http is allowed only to this computer).</source>
        <translation>La dirección de la pasarela debe usar https:// (http sin cifrar solo se permite hacia este equipo).</translation>
    </message>
    <message>
        <source>The transaction id is not valid.</source>
        <translation>El ID de transacción no es válido.</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>Indique un motivo para el reembolso.</translation>
    </message>
    <message>
        <source>Give a valid date range (from on or before to).</source>
        <translation>Indique un periodo válido (el inicio igual o anterior al final).</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer was larger than %1 KiB and was cut off; it could not be read.</source>
        <translation>La respuesta de la pasarela superaba %1 KiB y se cortó; no se pudo leer.</translation>
    </message>
    <message>
        <source>Could not reach the gateway within %1 seconds; nothing was sent.</source>
        <translation>No se pudo contactar con la pasarela en %1 segundos; no se envió nada.</translation>
    </message>
    <message>
        <source>No answer from the gateway within %1 seconds. The request was sent, so the charge may have gone through; it must be looked up, not sent again.</source>
        <translation>Sin respuesta de la pasarela en %1 segundos. La solicitud se envió, así que el cobro puede haberse realizado; hay que consultarlo, no enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>No answer from the gateway within %1 seconds.</source>
        <translation>Sin respuesta de la pasarela en %1 segundos.</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate was not accepted, so nothing was sent: %1</source>
        <translation>No se aceptó el certificado de la pasarela, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>Could not reach the gateway, so nothing was sent: %1</source>
        <translation>No se pudo contactar con la pasarela, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>The connection to the gateway was lost after the request was sent; the charge may have gone through and must be looked up: %1</source>
        <translation>Se perdió la conexión con la pasarela después de enviar la solicitud; el cobro puede haberse realizado y hay que consultarlo: %1</translation>
    </message>
    <message>
        <source>The connection to the gateway was lost: %1</source>
        <translation>Se perdió la conexión con la pasarela: %1</translation>
    </message>
    <message>
        <source>No templates in the test environment: payment templates exist only with a live key (PA_LIVE_).</source>
        <translation>No hay plantillas en el entorno de pruebas: las plantillas de pago solo existen con una clave live (PA_LIVE_).</translation>
    </message>
    <message>
        <source>No answer from the gateway within %1 seconds. The request was sent, so the payment may have been created; it must be looked up, not created again.</source>
        <translation>Sin respuesta de la pasarela en %1 segundos. La solicitud se envió, así que el pago puede haberse creado; hay que consultarlo, no crearlo de nuevo.</translation>
    </message>
    <message>
        <source>The connection to the gateway was lost after the request was sent; the payment may have been created and must be looked up: %1</source>
        <translation>Se perdió la conexión con la pasarela después de enviar la solicitud; el pago puede haberse creado y hay que consultarlo: %1</translation>
    </message>
    <message>
        <source>Partial refunds are turned off in the settings; only a whole charge can be refunded.</source>
        <translation>Los reembolsos parciales están desactivados en los ajustes; solo se puede reembolsar un cobro entero.</translation>
    </message>
    <message>
        <source>The refund&apos;s currency is not known.</source>
        <translation>No se conoce la moneda del reembolso.</translation>
    </message>
</context>
<context>
    <name>pavt::GatewayOutcome</name>
    <message>
        <source>The gateway could not read the request (HTTP 400).</source>
        <translation>La pasarela no pudo leer la solicitud (HTTP 400).</translation>
    </message>
    <message>
        <source>The gateway refused the secret key (HTTP 401). Check the credentials in Settings.</source>
        <translation>La pasarela rechazó la clave secreta (HTTP 401). Revise las credenciales en la configuración.</translation>
    </message>
    <message>
        <source>The gateway rejected some fields of the request (HTTP %1).</source>
        <translation>La pasarela rechazó algunos campos de la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway blocked this request (HTTP 403).</source>
        <translation>La pasarela bloqueó esta solicitud (HTTP 403).</translation>
    </message>
    <message>
        <source>The gateway does not know this transaction or address (HTTP 404).</source>
        <translation>La pasarela no conoce esta transacción o dirección (HTTP 404).</translation>
    </message>
    <message>
        <source>The gateway had an internal error (HTTP %1).</source>
        <translation>La pasarela tuvo un error interno (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway answered HTTP %1.</source>
        <translation>La pasarela respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The gateway gave an unexpected answer (HTTP %1).</source>
        <translation>La pasarela dio una respuesta inesperada (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway answered with an empty body.</source>
        <translation>La pasarela respondió con un cuerpo vacío.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer could not be read (not JSON).</source>
        <translation>No se pudo leer la respuesta de la pasarela (no es JSON).</translation>
    </message>
    <message>
        <source>The payment was declined; the gateway gave no reason.</source>
        <translation>El pago fue denegado; la pasarela no dio ningún motivo.</translation>
    </message>
    <message>
        <source>The gateway asked for 3-D Secure but gave no usable address.</source>
        <translation>La pasarela pidió 3-D Secure pero no dio una dirección utilizable.</translation>
    </message>
    <message>
        <source>The gateway answered with an unknown status &quot;%1&quot;.</source>
        <translation>La pasarela respondió con un estado desconocido «%1».</translation>
    </message>
    <message>
        <source>The gateway refused to create the payment link; it gave no reason.</source>
        <translation>La pasarela se negó a crear el enlace de pago y no dio ningún motivo.</translation>
    </message>
    <message>
        <source>The gateway answered without a usable address for the payment link, so there is no link to hand the cardholder. It may have been created: look for its order id in the transaction list before making another.</source>
        <translation>La pasarela respondió sin una dirección utilizable para el enlace de pago, así que no hay ningún enlace que dar al titular de la tarjeta. Puede haberse creado: busque su ID de pedido en la lista de transacciones antes de crear otro.</translation>
    </message>
    <message>
        <source>The gateway answered without a usable address for the payment page, so there is nothing to hand the cardholder. The payment may have been created: look it up before making another.</source>
        <translation>La pasarela respondió sin una dirección utilizable para la página de pago, así que no hay nada que dar al titular de la tarjeta. El pago puede haberse creado: consúltelo antes de crear otro.</translation>
    </message>
</context>
<context>
    <name>pavt::HistoryModel</name>
    <message>
        <source>Refund requested</source>
        <translation>Reembolso solicitado</translation>
    </message>
    <message>
        <source>Refunded %1</source>
        <translation>Reembolsado el %1</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Refund failed</source>
        <translation>Reembolso fallido</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Template&apos;s amount</source>
        <translation>Importe de la plantilla</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Partly refunded: %1 of %2</source>
        <translation>Reembolsado en parte: %1 de %2</translation>
    </message>
</context>
<context>
    <name>pavt::Journal</name>
    <message>
        <source>A charge needs an order id (at most 128 characters) to be journalled.</source>
        <translation>Un cobro necesita un ID de pedido (como máximo 128 caracteres) para anotarse en el registro.</translation>
    </message>
    <message>
        <source>A charge needs a currency and an environment to be journalled.</source>
        <translation>Un cobro necesita una moneda y un entorno para anotarse en el registro.</translation>
    </message>
    <message>
        <source>A charge needs the card&apos;s last four digits to be journalled.</source>
        <translation>Un cobro necesita los cuatro últimos dígitos de la tarjeta para anotarse en el registro.</translation>
    </message>
    <message>
        <source>The journal already has a charge with order id %1; an order id is used once.</source>
        <translation>El registro ya tiene un cobro con el ID de pedido %1; un ID de pedido se usa una sola vez.</translation>
    </message>
    <message>
        <source>Entry %1 was already completed (%2).</source>
        <translation>La entrada %1 ya se completó (%2).</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>Indique un motivo para el reembolso.</translation>
    </message>
    <message>
        <source>Only an approved charge can be refunded; this one is %1.</source>
        <translation>Solo se puede reembolsar un cobro aprobado; este está: %1.</translation>
    </message>
    <message>
        <source>This charge has already been refunded.</source>
        <translation>Este cobro ya se ha reembolsado.</translation>
    </message>
    <message>
        <source>A refund of this charge is already on its way; wait for its answer.</source>
        <translation>Ya hay un reembolso de este cobro en curso; espere su respuesta.</translation>
    </message>
    <message>
        <source>This charge has no transaction id to refund.</source>
        <translation>Este cobro no tiene ID de transacción que reembolsar.</translation>
    </message>
    <message>
        <source>No refund of entry %1 is waiting for an answer.</source>
        <translation>Ningún reembolso de la entrada %1 está esperando respuesta.</translation>
    </message>
    <message>
        <source>The terminal stopped before the gateway&apos;s answer arrived; the charge may have gone through. It is being looked up; do not charge again.</source>
        <translation>El terminal se detuvo antes de que llegara la respuesta de la pasarela; el cobro puede haberse realizado. Se está consultando; no vuelva a cobrar.</translation>
    </message>
    <message>
        <source>The journal is set to PostgreSQL but no connection is configured.</source>
        <translation>El registro está configurado para PostgreSQL, pero no hay ninguna conexión configurada.</translation>
    </message>
    <message>
        <source>The journal&apos;s connection string must not contain a password: keep the password in the keychain (or in ~/.pgpass).</source>
        <translation>La cadena de conexión del registro no debe contener una contraseña: guarde la contraseña en el llavero (o en ~/.pgpass).</translation>
    </message>
    <message>
        <source>The journal&apos;s port &quot;%1&quot; is not a port number.</source>
        <translation>El puerto «%1» del registro no es un número de puerto.</translation>
    </message>
    <message>
        <source>The journal&apos;s address is not a valid URL.</source>
        <translation>La dirección del registro no es una URL válida.</translation>
    </message>
    <message>
        <source>The journal&apos;s PostgreSQL connection names neither a host nor a database.</source>
        <translation>La conexión PostgreSQL del registro no indica ni un host ni una base de datos.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt (QPSQL, Debian package libqt6sql6-psql) is not installed.</source>
        <translation>El controlador de PostgreSQL para Qt (QPSQL, paquete de Debian libqt6sql6-psql) no está instalado.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt (QSQLITE, Debian package libqt6sql6-sqlite) is not installed.</source>
        <translation>El controlador de SQLite para Qt (QSQLITE, paquete de Debian libqt6sql6-sqlite) no está instalado.</translation>
    </message>
    <message>
        <source>Cannot create the journal&apos;s folder %1.</source>
        <translation>No se puede crear la carpeta del registro %1.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation>No se puede crear el registro %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the journal (%1): %2</source>
        <translation>No se puede abrir el registro (%1): %2</translation>
    </message>
    <message>
        <source>The journal has schema version %1; this program needs %2.</source>
        <translation>El registro tiene la versión de esquema %1; este programa necesita la %2.</translation>
    </message>
    <message>
        <source>The journal&apos;s file system does not support SQLite&apos;s write-ahead log (got &quot;%1&quot;).</source>
        <translation>El sistema de archivos del registro no admite el registro de escritura anticipada (WAL) de SQLite (respuesta «%1»).</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>error de base de datos desconocido</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of the terminal (schema %1; this version knows up to %2). Update the terminal.</source>
        <translation>El registro lo escribió una versión más reciente del terminal (esquema %1; esta versión conoce hasta el %2). Actualice el terminal.</translation>
    </message>
    <message>
        <source>The journal has an unknown schema version %1.</source>
        <translation>El registro tiene una versión de esquema desconocida %1.</translation>
    </message>
    <message>
        <source>The journal did not return the new entry&apos;s number.</source>
        <translation>El registro no devolvió el número de la nueva entrada.</translation>
    </message>
    <message>
        <source>The journal has no entry number %1.</source>
        <translation>El registro no tiene ninguna entrada con el número %1.</translation>
    </message>
    <message>
        <source>The journal could not set up the database: %1</source>
        <translation>El registro no pudo preparar la base de datos: %1</translation>
    </message>
    <message>
        <source>The journal could not set up the connection to the database: %1</source>
        <translation>El registro no pudo establecer la conexión con la base de datos: %1</translation>
    </message>
    <message>
        <source>The journal could not set how durably changes are saved: %1</source>
        <translation>El registro no pudo fijar con qué durabilidad se guardan los cambios: %1</translation>
    </message>
    <message>
        <source>The journal could not run a statement: %1</source>
        <translation>El registro no pudo ejecutar una instrucción: %1</translation>
    </message>
    <message>
        <source>The journal could not prepare a statement: %1</source>
        <translation>El registro no pudo preparar una instrucción: %1</translation>
    </message>
    <message>
        <source>The journal could not start a transaction: %1</source>
        <translation>El registro no pudo iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>The journal could not save a transaction: %1</source>
        <translation>El registro no pudo confirmar una transacción: %1</translation>
    </message>
    <message>
        <source>The journal could not read its schema version: %1</source>
        <translation>El registro no pudo leer su versión de esquema: %1</translation>
    </message>
    <message>
        <source>The journal could not lock its schema for an update: %1</source>
        <translation>El registro no pudo bloquear su esquema para actualizarlo: %1</translation>
    </message>
    <message>
        <source>The journal could not create its tables: %1</source>
        <translation>El registro no pudo crear sus tablas: %1</translation>
    </message>
    <message>
        <source>The journal could not migrate its schema to this version: %1</source>
        <translation>El registro no pudo adaptar su esquema a esta versión: %1</translation>
    </message>
    <message>
        <source>The journal could not record its schema version: %1</source>
        <translation>El registro no pudo anotar su versión de esquema: %1</translation>
    </message>
    <message>
        <source>The journal could not write the entry: %1</source>
        <translation>El registro no pudo escribir la entrada: %1</translation>
    </message>
    <message>
        <source>The journal could not write the entries: %1</source>
        <translation>El registro no pudo escribir las entradas: %1</translation>
    </message>
    <message>
        <source>The journal could not read its entries: %1</source>
        <translation>El registro no pudo leer sus entradas: %1</translation>
    </message>
    <message>
        <source>The journal could not update the entry: %1</source>
        <translation>El registro no pudo actualizar la entrada: %1</translation>
    </message>
    <message>
        <source>The journal could not look for interrupted charges: %1</source>
        <translation>El registro no pudo buscar cobros interrumpidos: %1</translation>
    </message>
    <message>
        <source>The journal could not search its entries: %1</source>
        <translation>El registro no pudo buscar en sus entradas: %1</translation>
    </message>
    <message>
        <source>The journal could not add up its entries: %1</source>
        <translation>El registro no pudo sumar sus entradas: %1</translation>
    </message>
    <message>
        <source>The journal could not count its entries: %1</source>
        <translation>El registro no pudo contar sus entradas: %1</translation>
    </message>
    <message>
        <source>The journal (%1) records two schema versions that disagree: %2 in its schema_version table and %3 in the file&apos;s user_version. Another program has changed it, or it is damaged; it was left as it is. Restore a backup, or see the administrator&apos;s guide (the journal).</source>
        <translation>El registro (%1) indica dos versiones de esquema que no coinciden: %2 en su tabla schema_version y %3 en el user_version del archivo. Otro programa lo ha modificado, o está dañado; se ha dejado tal como está. Restaure una copia de seguridad o consulte la guía del administrador (el registro).</translation>
    </message>
    <message>
        <source>The journal (%1) was opened without its check, so nothing can be charged through it.</source>
        <translation>El registro (%1) se abrió sin su comprobación, así que no se puede cobrar nada a través de él.</translation>
    </message>
    <message>
        <source>The journal (%1) is still being checked; nothing can be charged until the check has passed. Try again in a moment.</source>
        <translation>El registro (%1) todavía se está comprobando; no se puede cobrar nada hasta que la comprobación haya terminado bien. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The journal could not check its file: %1</source>
        <translation>El registro no pudo comprobar su archivo: %1</translation>
    </message>
    <message>
        <source>The journal (%1) is damaged (%2), so nothing can be charged. Close the terminal, keep a copy of the file and see the administrator&apos;s guide (a damaged journal).</source>
        <translation>El registro (%1) está dañado (%2), así que no se puede cobrar nada. Cierre el terminal, guarde una copia del archivo y consulte la guía del administrador (un registro dañado).</translation>
    </message>
    <message>
        <source>SQLite&apos;s check gave no answer</source>
        <translation>la comprobación de SQLite no dio ninguna respuesta</translation>
    </message>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1, y %n problema más</numerusform>
            <numerusform>%1, y %n problemas más</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal cannot use %1: it must be a file, and it is not (a folder, perhaps). Move it out of the way and start again.</source>
        <translation>El registro no puede usar %1: debe ser un archivo y no lo es (quizá sea una carpeta). Apártelo y vuelva a iniciar.</translation>
    </message>
    <message>
        <source>The journal&apos;s folder %1 belongs to another user (%2), and this user (%3) may not write to it. Give the folder to %3 (for example: chown -R %3 &quot;%1&quot;) or use another data folder (PAVT_DATA_DIR), and start again.</source>
        <translation>La carpeta del registro %1 pertenece a otro usuario (%2), y este usuario (%3) no puede escribir en ella. Entregue la carpeta a %3 (por ejemplo: chown -R %3 &quot;%1&quot;) o use otra carpeta de datos (PAVT_DATA_DIR), y vuelva a iniciar.</translation>
    </message>
    <message>
        <source>The journal&apos;s file %1 belongs to another user (%2), and this user (%3) may not use it. Once no program of %2 has the journal open, give the file to %3 (for example: chown %3 &quot;%1&quot;) and start again.</source>
        <translation>El archivo del registro %1 pertenece a otro usuario (%2), y este usuario (%3) no puede usarlo. Cuando ningún programa de %2 tenga el registro abierto, entregue el archivo a %3 (por ejemplo: chown %3 &quot;%1&quot;) y vuelva a iniciar.</translation>
    </message>
    <message>
        <source>The journal cannot use %1: it may not be read or written, and its rights could not be given back (%2). Give it the rights 0600 (a folder 0700) and start again.</source>
        <translation>El registro no puede usar %1: no se puede leer ni escribir, y no se pudieron restablecer sus permisos (%2). Dele los permisos 0600 (a una carpeta, 0700) y vuelva a iniciar.</translation>
    </message>
    <message>
        <source>The journal&apos;s database (%1) cannot be reached: %2</source>
        <translation>No se puede acceder a la base de datos del registro (%1): %2</translation>
    </message>
    <message>
        <source>A payment by link is journalled with its expiry and without card data.</source>
        <translation>Un pago por enlace se registra con su caducidad y sin datos de tarjeta.</translation>
    </message>
    <message>
        <source>A refund&apos;s amount must be above zero.</source>
        <translation>El importe de un reembolso debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>This charge has been charged back; it cannot be refunded.</source>
        <translation>Este cobro tiene un contracargo; no se puede reembolsar.</translation>
    </message>
    <message>
        <source>Only %1 of this charge is left to refund.</source>
        <translation>Solo quedan %1 de este cobro por reembolsar.</translation>
    </message>
    <message>
        <source>The batch of refunds could not be written or read: %1</source>
        <translation>No se pudo escribir o leer el lote de reembolsos: %1</translation>
    </message>
</context>
<context>
    <name>pavt::JournalEntry</name>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Waiting for 3-D Secure</source>
        <translation>Esperando 3-D Secure</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Gateway error (checking)</source>
        <translation>Error de la pasarela (comprobando)</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Unknown (checking)</source>
        <translation>Desconocido (comprobando)</translation>
    </message>
    <message>
        <source>Unresolved: check by hand</source>
        <translation>Sin resolver: compruébelo a mano</translation>
    </message>
    <message>
        <source>The last four digits must be exactly four digits.</source>
        <translation>Los cuatro últimos dígitos deben ser exactamente cuatro dígitos.</translation>
    </message>
    <message>
        <source>The first day must not be after the last day.</source>
        <translation>El primer día no debe ser posterior al último día.</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Pendiente de pago</translation>
    </message>
    <message>
        <source>Link expired (not followed)</source>
        <translation>Enlace caducado (ya no se sigue)</translation>
    </message>
    <message>
        <source>Card details</source>
        <translation>Datos de tarjeta</translation>
    </message>
    <message>
        <source>Link: card page</source>
        <translation>Enlace: página de tarjeta</translation>
    </message>
    <message>
        <source>Link: other methods</source>
        <translation>Enlace: otros métodos</translation>
    </message>
    <message>
        <source>Link: template</source>
        <translation>Enlace: plantilla</translation>
    </message>
</context>
<context>
    <name>pavt::JournalReader</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>pavt::LinkFollower</name>
    <message>
        <source>The gateway&apos;s transaction list could not be read, so the open payment links were not checked: %1</source>
        <translation>No se pudo leer la lista de transacciones de la pasarela, así que no se comprobaron los enlaces de pago abiertos: %1</translation>
    </message>
    <message>
        <source>The cardholder paid on the gateway&apos;s page (status call: %1).</source>
        <translation>El titular pagó en la página de la pasarela (consulta de estado: %1).</translation>
    </message>
    <message>
        <source>The payment on the gateway&apos;s page failed: %1</source>
        <translation>El pago en la página de la pasarela falló: %1</translation>
    </message>
    <message>
        <source>The cardholder paid on the gateway&apos;s page (found in the transaction list).</source>
        <translation>El titular pagó en la página de la pasarela (encontrado en la lista de transacciones).</translation>
    </message>
    <message>
        <source>The payment on the gateway&apos;s page failed (found in the transaction list).</source>
        <translation>El pago en la página de la pasarela falló (encontrado en la lista de transacciones).</translation>
    </message>
    <message>
        <source>The link exists at the gateway (found by its order id in the transaction list), but its address never came back, so it cannot be handed to the customer. Make a new link if the customer still wants to pay.</source>
        <translation>El enlace existe en la pasarela (encontrado por su ID de pedido en la lista de transacciones), pero su dirección nunca llegó, así que no se puede dar al cliente. Cree un enlace nuevo si el cliente aún quiere pagar.</translation>
    </message>
    <message>
        <source>The gateway shows this payment as refunded.</source>
        <translation>La pasarela muestra este pago como reembolsado.</translation>
    </message>
    <message>
        <source>Not paid by %1, so the terminal stopped following this link. The gateway was not asked to cancel it: if the customer pays after all, the payment shows in the gateway&apos;s transaction list, and Check now in the history looks it up.</source>
        <translation>No pagado antes de %1, así que el terminal dejó de seguir este enlace. No se pidió a la pasarela que lo cancelara: si el cliente paga después, el pago aparece en la lista de transacciones de la pasarela y «Comprobar ahora» en el historial lo busca.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer to this link was lost and the link was not found in the transaction list by %1. Check the order at the gateway by hand before making another link.</source>
        <translation>La respuesta de la pasarela a este enlace se perdió y el enlace no se encontró en la lista de transacciones antes de %1. Compruebe el pedido en la pasarela a mano antes de crear otro enlace.</translation>
    </message>
</context>
<context>
    <name>pavt::Money</name>
    <message>
        <source>The amount is too long: it has more than %1 characters.</source>
        <translation>El importe es demasiado largo: tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The amount can contain only digits, one decimal sign and thousands separators, without a sign or a currency code or symbol.</source>
        <translation>El importe solo puede contener dígitos, un separador decimal y separadores de miles, sin signo ni código o símbolo de moneda.</translation>
    </message>
    <message>
        <source>The amount has no digits.</source>
        <translation>El importe no tiene dígitos.</translation>
    </message>
    <message>
        <source>The amount has more than one decimal sign.</source>
        <translation>El importe tiene más de un separador decimal.</translation>
    </message>
    <message>
        <source>The amount has a thousands separator after its decimal sign.</source>
        <translation>El importe tiene un separador de miles después del separador decimal.</translation>
    </message>
    <message>
        <source>A thousands separator or decimal sign is in the wrong place: thousands separators go between groups of three digits.</source>
        <translation>Un separador de miles o decimal está en un lugar incorrecto: los separadores de miles van entre grupos de tres dígitos.</translation>
    </message>
    <message>
        <source>%1 has no decimal places.</source>
        <translation>%1 no tiene decimales.</translation>
    </message>
    <message>
        <source>%1 allows at most 1 decimal place.</source>
        <translation>%1 admite como máximo 1 decimal.</translation>
    </message>
    <message numerus="yes">
        <source>%1 allows at most %n decimal places.</source>
        <translation>
            <numerusform>%1 admite como máximo %n decimal.</numerusform>
            <numerusform>%1 admite como máximo %n decimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) cannot be charged: it has no minor unit.</source>
        <translation>No se puede cobrar en %1 (%2): la moneda no tiene unidad fraccionaria.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Introduzca un importe.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>El importe no puede ser negativo.</translation>
    </message>
    <message>
        <source>The amount is too large: at most %1 can be charged.</source>
        <translation>El importe es demasiado alto: se puede cobrar como máximo %1.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>El importe debe ser mayor que cero.</translation>
    </message>
</context>
<context>
    <name>pavt::Password</name>
    <message>
        <source>The password could not be hashed: %1</source>
        <translation>No se pudo calcular el hash de la contraseña: %1</translation>
    </message>
    <message>
        <source>The password hashing parameters are out of range.</source>
        <translation>Los parámetros del hash de contraseñas están fuera de rango.</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed.</source>
        <translation>Falló el generador de números aleatorios del sistema.</translation>
    </message>
    <message>
        <source>The account&apos;s stored password hash cannot be read.</source>
        <translation>No se puede leer el hash de contraseña guardado de la cuenta.</translation>
    </message>
    <message>
        <source>A password must not contain control characters.</source>
        <translation>Una contraseña no debe contener caracteres de control.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Una contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>A password may have at most %1 characters.</source>
        <translation>Una contraseña puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A password must not be the account&apos;s name.</source>
        <translation>Una contraseña no debe ser el nombre de la cuenta.</translation>
    </message>
</context>
<context>
    <name>pavt::PayloadCipher</name>
    <message>
        <source>The encryption key must be exactly 32 characters (bytes); this one has %1.</source>
        <translation>La clave de cifrado debe tener exactamente 32 caracteres (bytes); esta tiene %1.</translation>
    </message>
    <message>
        <source>The initialisation vector must be 16 bytes.</source>
        <translation>El vector de inicialización debe tener 16 bytes.</translation>
    </message>
    <message>
        <source>The payload is too large to encrypt.</source>
        <translation>Los datos son demasiado grandes para cifrarlos.</translation>
    </message>
    <message>
        <source>The payload could not be decrypted: wrong key or corrupted data (bad padding).</source>
        <translation>No se pudieron descifrar los datos: clave incorrecta o datos dañados (relleno incorrecto).</translation>
    </message>
    <message>
        <source>The system&apos;s random number generator failed: %1</source>
        <translation>Falló el generador de números aleatorios del sistema: %1</translation>
    </message>
    <message>
        <source>The payload is not of the form iv:ciphertext (no colon).</source>
        <translation>Los datos no tienen la forma iv:ciphertext (falta los dos puntos).</translation>
    </message>
    <message>
        <source>The payload&apos;s IV must be 32 hexadecimal digits.</source>
        <translation>El IV de los datos debe tener 32 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The payload&apos;s ciphertext is not hexadecimal.</source>
        <translation>El texto cifrado de los datos no es hexadecimal.</translation>
    </message>
    <message>
        <source>The payload&apos;s ciphertext is not a whole number of 16-byte blocks.</source>
        <translation>El texto cifrado de los datos no es un número entero de bloques de 16 bytes.</translation>
    </message>
</context>
<context>
    <name>pavt::PaymentLink</name>
    <message>
        <source>Choose the payment template the link is made from.</source>
        <translation>Elija la plantilla de pago a partir de la que se crea el enlace.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero, or none for the template&apos;s amount.</source>
        <translation>Introduzca un importe mayor que cero, o ninguno para el importe de la plantilla.</translation>
    </message>
    <message>
        <source>Give the currency of the amount.</source>
        <translation>Indique la moneda del importe.</translation>
    </message>
    <message>
        <source>The link&apos;s expiry date %1 is in the past: give today or a later day.</source>
        <translation>La fecha de caducidad %1 del enlace ya ha pasado: indique hoy o un día posterior.</translation>
    </message>
    <message>
        <source>Nothing was sent: the payment link needs attention: %1</source>
        <translation>No se ha enviado nada; revise el enlace de pago: %1</translation>
    </message>
</context>
<context>
    <name>pavt::PaymentRequest</name>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado / provincia</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>customer IP address</source>
        <translation>dirección IP del cliente</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>número de tarjeta</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>fecha de caducidad</translation>
    </message>
    <message>
        <source>security code (CVV)</source>
        <translation>código de seguridad (CVV)</translation>
    </message>
    <message>
        <source>redirect URL</source>
        <translation>URL de redirección</translation>
    </message>
    <message>
        <source>webhook URL</source>
        <translation>URL del webhook</translation>
    </message>
    <message>
        <source>order id</source>
        <translation>ID de pedido</translation>
    </message>
    <message>
        <source>terminal id</source>
        <translation>ID de terminal</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not an ISO 3166 country.</source>
        <translation>El país «%1» no es un país de ISO 3166.</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; is not an ISO 4217 currency that can be charged.</source>
        <translation>La moneda «%1» no es una moneda de ISO 4217 en la que se pueda cobrar.</translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at offset %2.</source>
        <translation>La solicitud no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The request must be one JSON object.</source>
        <translation>La solicitud debe ser un único objeto JSON.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo desconocido «%1»</translation>
    </message>
    <message>
        <source>&quot;amount&quot; must be an integer number of minor units (1250 for 12.50)</source>
        <translation>«amount» debe ser un número entero de unidades menores (1250 para 12,50)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>«%1» debe ser un número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«%1» debe ser una cadena</translation>
    </message>
    <message>
        <source>The request has problems: %1.</source>
        <translation>La solicitud tiene problemas: %1.</translation>
    </message>
    <message>
        <source>The request gives &quot;%1&quot; more than once; give each field once.</source>
        <translation>La solicitud da «%1» más de una vez; dé cada campo una sola vez.</translation>
    </message>
</context>
<context>
    <name>pavt::Permissions</name>
    <message>
        <source>Your account may not charge cards (roles that may: %1).</source>
        <translation>Su cuenta no puede cobrar tarjetas (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may not create payment links (roles that may: %1).</source>
        <translation>Su cuenta no puede crear enlaces de pago (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may not look at the journal&apos;s entries (roles that may: %1).</source>
        <translation>Su cuenta no puede ver las entradas del registro (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may not print receipts (roles that may: %1).</source>
        <translation>Su cuenta no puede imprimir recibos (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may see only its own entries of today; other entries need one of these roles: %1.</source>
        <translation>Su cuenta solo puede ver sus propias entradas de hoy; las demás requieren uno de estos roles: %1.</translation>
    </message>
    <message>
        <source>Your account may not look up a charge&apos;s status (roles that may: %1).</source>
        <translation>Su cuenta no puede consultar el estado de un cobro (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may not list the gateway&apos;s transactions (roles that may: %1).</source>
        <translation>Su cuenta no puede listar las transacciones de la pasarela (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may not refund charges (roles that may: %1).</source>
        <translation>Su cuenta no puede reembolsar cobros (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>This account may not approve refunds (roles that may: %1).</source>
        <translation>Esta cuenta no puede aprobar reembolsos (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may not reconcile the journal (roles that may: %1).</source>
        <translation>Su cuenta no puede conciliar el registro (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may not export the journal (roles that may: %1).</source>
        <translation>Su cuenta no puede exportar el registro (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may not make the end-of-day report (roles that may: %1).</source>
        <translation>Su cuenta no puede hacer el informe de cierre del día (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may not manage the operators&apos; accounts (roles that may: %1).</source>
        <translation>Su cuenta no puede gestionar las cuentas de los operadores (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may not change settings (roles that may: %1).</source>
        <translation>Su cuenta no puede cambiar la configuración (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may not change the merchant&apos;s keys (roles that may: %1).</source>
        <translation>Su cuenta no puede cambiar las claves del comercio (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may not read the audit trail (roles that may: %1).</source>
        <translation>Su cuenta no puede leer el registro de auditoría (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may not verify the audit trail (roles that may: %1).</source>
        <translation>Su cuenta no puede verificar el registro de auditoría (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may not settle the day against the gateway (roles that may: %1).</source>
        <translation>Su cuenta no puede conciliar el día con la pasarela (roles que pueden: %1).</translation>
    </message>
    <message>
        <source>Your account may not refund charges from a file (roles that may: %1).</source>
        <translation>Su cuenta no puede reembolsar cobros desde un archivo (roles que pueden: %1).</translation>
    </message>
</context>
<context>
    <name>pavt::Policy</name>
    <message>
        <source>The security policy could not be read: %1</source>
        <translation>No se pudo leer la política de seguridad: %1</translation>
    </message>
    <message>
        <source>The security policy could not be saved: %1</source>
        <translation>No se pudo guardar la política de seguridad: %1</translation>
    </message>
    <message>
        <source>The security policy&apos;s %1 cannot be %2: it must be a whole number from %3 to %4.</source>
        <translation>La regla %1 de la política de seguridad no puede ser %2: debe ser un número entero de %3 a %4.</translation>
    </message>
    <message>
        <source>The journal&apos;s security policy has a rule %1 that this version of the terminal does not know.</source>
        <translation>La política de seguridad del diario tiene una regla %1 que esta versión del terminal no conoce.</translation>
    </message>
    <message>
        <source>The journal&apos;s security policy has a value for %1 that is not a number.</source>
        <translation>La política de seguridad del diario tiene para %1 un valor que no es un número.</translation>
    </message>
    <message>
        <source>There is no security policy rule %1. The rules are: %2.</source>
        <translation>No existe la regla %1 en la política de seguridad. Las reglas son: %2.</translation>
    </message>
    <message>
        <source>With accounts, the window locks after this many minutes without a key press or click (1 to 15).</source>
        <translation>Con cuentas, la ventana se bloquea tras estos minutos sin pulsar una tecla ni hacer clic (1 a 15).</translation>
    </message>
    <message>
        <source>Wrong passwords in a row that lock an account (1 to 10).</source>
        <translation>Contraseñas erróneas seguidas que bloquean una cuenta (1 a 10).</translation>
    </message>
    <message>
        <source>How many minutes a locked-out account stays locked (30 to 1440).</source>
        <translation>Cuántos minutos permanece bloqueada una cuenta bloqueada (30 a 1440).</translation>
    </message>
    <message>
        <source>What a supervisor may refund without another supervisor&apos;s approval, per refund, in major units of the refund&apos;s currency (0: every refund needs an approval).</source>
        <translation>Lo que un supervisor puede reembolsar sin la aprobación de otro supervisor, por reembolso, en unidades principales de la moneda del reembolso (0: todo reembolso necesita aprobación).</translation>
    </message>
    <message>
        <source>What a supervisor may refund without approval per day, in major units of the currency.</source>
        <translation>Lo que un supervisor puede reembolsar sin aprobación por día, en unidades principales de la moneda.</translation>
    </message>
    <message>
        <source>What finance staff may refund without a supervisor&apos;s approval, per refund, in major units of the refund&apos;s currency (0: every refund needs an approval).</source>
        <translation>Lo que el personal de finanzas puede reembolsar sin la aprobación de un supervisor, por reembolso, en unidades principales de la moneda del reembolso (0: todo reembolso necesita aprobación).</translation>
    </message>
    <message>
        <source>What finance staff may refund without approval per day, in major units of the currency.</source>
        <translation>Lo que el personal de finanzas puede reembolsar sin aprobación por día, en unidades principales de la moneda.</translation>
    </message>
</context>
<context>
    <name>pavt::Reconciler</name>
    <message>
        <source>The gateway&apos;s transaction list could not be read: %1</source>
        <translation>No se pudo leer la lista de transacciones de la pasarela: %1</translation>
    </message>
    <message>
        <source>Found by its order id in the gateway&apos;s transaction list (%1).</source>
        <translation>Encontrado por su ID de pedido en la lista de transacciones de la pasarela (%1).</translation>
    </message>
    <message>
        <source>Order %1 is not in the gateway&apos;s transaction list for %2 to %3.</source>
        <translation>El pedido %1 no está en la lista de transacciones de la pasarela del %2 al %3.</translation>
    </message>
    <message>
        <source>The gateway shows the refund.</source>
        <translation>La pasarela muestra el reembolso.</translation>
    </message>
    <message>
        <source>The gateway shows no refund for this transaction; the request may not have arrived. It can be sent again.</source>
        <translation>La pasarela no muestra ningún reembolso para esta transacción; puede que la solicitud no llegara. Se puede enviar de nuevo.</translation>
    </message>
    <message>
        <source>The status could not be read: %1</source>
        <translation>No se pudo leer el estado: %1</translation>
    </message>
    <message>
        <source>Looked up at the gateway: %1</source>
        <translation>Consultado en la pasarela: %1</translation>
    </message>
    <message>
        <source>3-D Secure is not completed yet.</source>
        <translation>3-D Secure aún no se ha completado.</translation>
    </message>
    <message>
        <source>The gateway shows this charge as refunded.</source>
        <translation>La pasarela muestra este cobro como reembolsado.</translation>
    </message>
    <message numerus="yes">
        <source>Not settled after %n lookup(s); check this charge at the gateway by hand. Last: %1</source>
        <translation>
            <numerusform>Sin resolver tras %n consulta; compruebe este cobro a mano en la pasarela. Última: %1</numerusform>
            <numerusform>Sin resolver tras %n consultas; compruebe este cobro a mano en la pasarela. Última: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The refund&apos;s outcome is still not known; check it at the gateway. Last: %1</source>
        <translation>El resultado del reembolso sigue sin conocerse; compruébelo en la pasarela. Última: %1</translation>
    </message>
    <message>
        <source>The journal&apos;s entry could not be read.</source>
        <translation>No se pudo leer la entrada del diario.</translation>
    </message>
    <message>
        <source>The gateway does not say whether this partial refund was made; check it at the gateway before refunding again.</source>
        <translation>La pasarela no dice si este reembolso parcial se hizo; compruébelo en la pasarela antes de reembolsar de nuevo.</translation>
    </message>
</context>
<context>
    <name>pavt::RequestValidator</name>
    <message>
        <source>Choose the cardholder&apos;s country.</source>
        <translation>Elija el país del titular.</translation>
    </message>
    <message>
        <source>This is not a country of ISO 3166; type its name or its code, like GB or GBR.</source>
        <translation>No es un país de ISO 3166; escriba su nombre o su código, por ejemplo GB o GBR.</translation>
    </message>
    <message>
        <source>Choose the currency.</source>
        <translation>Elija la moneda.</translation>
    </message>
    <message>
        <source>This is not an ISO 4217 currency code, like GBP or EUR.</source>
        <translation>No es un código de moneda de ISO 4217, como GBP o EUR.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be charged: it has no minor unit.</source>
        <translation>No se puede cobrar en %1 (%2): la moneda no tiene unidad fraccionaria.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Introduzca un importe mayor que cero.</translation>
    </message>
    <message>
        <source>The amount is larger than this terminal accepts.</source>
        <translation>El importe supera lo que admite este terminal.</translation>
    </message>
    <message>
        <source>Enter the amount to charge.</source>
        <translation>Introduzca el importe que se va a cobrar.</translation>
    </message>
    <message>
        <source>Choose a currency first.</source>
        <translation>Elija primero una moneda.</translation>
    </message>
    <message>
        <source>Enter the card&apos;s expiry date, like 12/27.</source>
        <translation>Introduzca la fecha de caducidad de la tarjeta, por ejemplo 12/27.</translation>
    </message>
    <message>
        <source>Nothing was sent: these fields need attention: %1.</source>
        <translation>No se ha enviado nada; revise estos campos: %1.</translation>
    </message>
    <message>
        <source>A payment by link must not carry a card number: the cardholder types the card on the payment page. A link request with card fields is refused before sending.</source>
        <translation>Un pago por enlace no debe llevar número de tarjeta: el titular introduce la tarjeta en la página de pago. Una solicitud de enlace con campos de tarjeta se rechaza antes de enviarse.</translation>
    </message>
    <message>
        <source>A payment by link must not carry a card expiry date. A link request with card fields is refused before sending.</source>
        <translation>Un pago por enlace no debe llevar fecha de caducidad de la tarjeta. Una solicitud de enlace con campos de tarjeta se rechaza antes de enviarse.</translation>
    </message>
    <message>
        <source>A payment by link must not carry a security code (CVV). A link request with card fields is refused before sending.</source>
        <translation>Un pago por enlace no debe llevar código de seguridad (CVV). Una solicitud de enlace con campos de tarjeta se rechaza antes de enviarse.</translation>
    </message>
</context>
<context>
    <name>pavt::Session</name>
    <message>
        <source>The name or the password is wrong.</source>
        <translation>El nombre o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The account %1 is locked after too many wrong passwords until %2; an administrator can unlock it by setting a new password.</source>
        <translation>La cuenta %1 está bloqueada hasta las %2 tras demasiadas contraseñas erróneas; un administrador puede desbloquearla fijando una contraseña nueva.</translation>
    </message>
    <message numerus="yes">
        <source>The name or the password is wrong. After %n wrong passwords the account is locked for %1 minutes.</source>
        <translation>
            <numerusform>El nombre o la contraseña no son correctos. Tras %n contraseña errónea la cuenta queda bloqueada %1 minutos.</numerusform>
            <numerusform>El nombre o la contraseña no son correctos. Tras %n contraseñas erróneas la cuenta queda bloqueada %1 minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 is disabled: ask an administrator.</source>
        <translation>La cuenta %1 está desactivada: consulte a un administrador.</translation>
    </message>
    <message>
        <source>There are no accounts yet: the terminal runs without sign-in.</source>
        <translation>Aún no hay cuentas: el terminal funciona sin inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La contraseña nueva debe ser distinta de la actual.</translation>
    </message>
    <message>
        <source>The session is locked: sign in again.</source>
        <translation>La sesión está bloqueada: vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Change your password first: an administrator set it.</source>
        <translation>Cambie primero su contraseña: la fijó un administrador.</translation>
    </message>
    <message>
        <source>Your account was disabled: you have been signed out.</source>
        <translation>Su cuenta se desactivó: se ha cerrado su sesión.</translation>
    </message>
    <message>
        <source>The journal has no charge for this transaction, so its amount is not known here: a supervisor must approve the refund.</source>
        <translation>El registro no tiene ningún cobro de esta transacción, así que su importe no se conoce aquí: un supervisor debe aprobar el reembolso.</translation>
    </message>
    <message>
        <source>This refund is above your limit of %1 %2 per refund: a supervisor must approve it.</source>
        <translation>Este reembolso supera su límite de %1 %2 por reembolso: un supervisor debe aprobarlo.</translation>
    </message>
    <message>
        <source>This refund would take you above your limit of %1 %2 of refunds a day: a supervisor must approve it.</source>
        <translation>Con este reembolso superaría su límite de %1 %2 de reembolsos al día: un supervisor debe aprobarlo.</translation>
    </message>
    <message>
        <source>A refund must be approved by another person, not by the one who asks for it.</source>
        <translation>Un reembolso debe aprobarlo otra persona, no quien lo solicita.</translation>
    </message>
</context>
<context>
    <name>pavt::Settings</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>an https:// address (http:// only to this computer)</source>
        <translation>una dirección https:// (http:// solo hacia este ordenador)</translation>
    </message>
    <message>
        <source>nothing, or an https:// address (http:// only to this computer)</source>
        <translation>nada, o una dirección https:// (http:// solo hacia este ordenador)</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>an ISO 4217 currency code that can be charged, like GBP or EUR</source>
        <translation>un código de moneda ISO 4217 en el que se pueda cobrar, como GBP o EUR</translation>
    </message>
    <message>
        <source>an ISO 3166 country, like GB, GBR or United Kingdom</source>
        <translation>un país de ISO 3166, como GB, GBR o United Kingdom</translation>
    </message>
    <message>
        <source>nothing, or an IPv4 or IPv6 address</source>
        <translation>nada, o una dirección IPv4 o IPv6</translation>
    </message>
    <message>
        <source>text of at most %1 characters, without control characters</source>
        <translation>un texto de como máximo %1 caracteres, sin caracteres de control</translation>
    </message>
    <message>
        <source>nothing (the system&apos;s language) or %1</source>
        <translation>nada (el idioma del sistema) o %1</translation>
    </message>
    <message>
        <source>a PostgreSQL connection (host=… dbname=… user=…) without a password</source>
        <translation>una conexión PostgreSQL (host=… dbname=… user=…) sin contraseña</translation>
    </message>
    <message>
        <source>It is longer than %1 characters.</source>
        <translation>Tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>It contains control characters.</source>
        <translation>Contiene caracteres de control.</translation>
    </message>
    <message>
        <source>It is empty.</source>
        <translation>Está vacío.</translation>
    </message>
    <message>
        <source>It is not a whole number.</source>
        <translation>No es un número entero.</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3.</source>
        <translation>%1 está fuera de %2 a %3.</translation>
    </message>
    <message>
        <source>It is not one of the allowed values.</source>
        <translation>No es uno de los valores permitidos.</translation>
    </message>
    <message>
        <source>It is not a currency that can be charged.</source>
        <translation>No es una moneda en la que se pueda cobrar.</translation>
    </message>
    <message>
        <source>It is not an ISO 3166 country.</source>
        <translation>No es un país de ISO 3166.</translation>
    </message>
    <message>
        <source>It is not a language of the terminal.</source>
        <translation>No es un idioma del terminal.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (no permission, or it is not a file). Nothing is charged until it can be read: give this user read and write access to it.</source>
        <translation>No se puede leer el archivo de configuración %1 (sin permiso, o no es un archivo). No se cobra nada hasta que pueda leerse: dé a este usuario permiso de lectura y escritura sobre él.</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged (a line that is not &quot;key=value&quot;, a stray quote, or binary data). Nothing is charged until it is corrected or removed; the terminal does not write to it meanwhile.</source>
        <translation>El archivo de configuración %1 está dañado (una línea que no es «clave=valor», unas comillas sueltas o datos binarios). No se cobra nada hasta que se corrija o se elimine; mientras tanto el terminal no escribe en él.</translation>
    </message>
    <message>
        <source>The setting %1 in %2 is &quot;%3&quot;: %4 Allowed: %5.</source>
        <translation>El ajuste %1 en %2 es «%3»: %4 Se permite: %5.</translation>
    </message>
    <message>
        <source>It is a list (a comma outside quotes).</source>
        <translation>Es una lista (una coma fuera de las comillas).</translation>
    </message>
    <message>
        <source>The settings file %1 has a setting %2 that the terminal does not know: did you mean %3? Until it is corrected, %3 has its default value.</source>
        <translation>El archivo de configuración %1 tiene un ajuste %2 que el terminal no conoce: ¿quería decir %3? Hasta que se corrija, %3 tiene su valor predeterminado.</translation>
    </message>
    <message>
        <source>The settings file %1 has a setting %2 that the terminal does not know.</source>
        <translation>El archivo de configuración %1 tiene un ajuste %2 que el terminal no conoce.</translation>
    </message>
    <message>
        <source>The settings file %1 has %2, which the terminal no longer reads from a settings file: it is the journal&apos;s security policy now, which only an administrator changes for every seat (Terminal → Operators… → Security policy…, or pavt-cli operators policy set %3 VALUE). Remove %2 from the file (Settings → Save does it).</source>
        <translation>El archivo de ajustes %1 contiene %2, que el terminal ya no lee de un archivo de ajustes: ahora forma parte de la política de seguridad del diario, que solo un administrador cambia para todos los puestos (Terminal → Operadores… → Política de seguridad…, o pavt-cli operators policy set %3 VALUE). Quite %2 del archivo (Ajustes → Guardar lo hace).</translation>
    </message>
</context>
<context>
    <name>pavt::Settlement</name>
    <message>
        <source>A settlement is already running.</source>
        <translation>Ya hay una conciliación en curso.</translation>
    </message>
    <message>
        <source>Give a valid range of days (from on or before to).</source>
        <translation>Indique un intervalo de días válido (desde igual o anterior a hasta).</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The settlement was cancelled.</source>
        <translation>La conciliación se ha cancelado.</translation>
    </message>
    <message>
        <source>Page %1 of the gateway&apos;s transaction list could not be read: %2</source>
        <translation>No se pudo leer la página %1 de la lista de transacciones de la pasarela: %2</translation>
    </message>
    <message>
        <source>Page %1 of the gateway&apos;s transaction list came without its paging information (meta), so the list cannot be followed to its end.</source>
        <translation>La página %1 de la lista de transacciones de la pasarela llegó sin su información de paginación (meta), así que la lista no se puede seguir hasta el final.</translation>
    </message>
    <message>
        <source>The gateway&apos;s transaction list does not end: page %1 goes past the %2 transactions it announced.</source>
        <translation>La lista de transacciones de la pasarela no termina: la página %1 pasa de las %2 transacciones anunciadas.</translation>
    </message>
    <message>
        <source>The gateway&apos;s list gives transaction %1 the amount &quot;%2&quot;, which is not a number.</source>
        <translation>La lista de la pasarela da a la transacción %1 el importe «%2», que no es un número.</translation>
    </message>
    <message>
        <source>The gateway&apos;s list gives transaction %1 a date that is not a date.</source>
        <translation>La lista de la pasarela da a la transacción %1 una fecha que no es una fecha.</translation>
    </message>
    <message>
        <source>Page %1 of the gateway&apos;s transaction list says more follow but gives no cursor for them.</source>
        <translation>La página %1 de la lista de transacciones de la pasarela dice que siguen más pero no da cursor para ellas.</translation>
    </message>
    <message>
        <source>The gateway&apos;s transaction list gave the same cursor twice (page %1): following it would go round in circles.</source>
        <translation>La lista de transacciones de la pasarela dio el mismo cursor dos veces (página %1): seguirlo sería dar vueltas en círculo.</translation>
    </message>
    <message>
        <source>The gateway&apos;s transaction list does not end: %1 pages and still more.</source>
        <translation>La lista de transacciones de la pasarela no termina: %1 páginas y aún más.</translation>
    </message>
    <message>
        <source>The order id is of this terminal&apos;s own format, but the journal has no such entry.</source>
        <translation>El número de pedido tiene el formato propio de este terminal, pero el diario no tiene esa entrada.</translation>
    </message>
    <message>
        <source>currency: journal %1, gateway %2</source>
        <translation>moneda: diario %1, pasarela %2</translation>
    </message>
    <message>
        <source>amount: journal %1, gateway %2 (minor units)</source>
        <translation>importe: diario %1, pasarela %2 (unidades menores)</translation>
    </message>
    <message>
        <source>status: journal %1, gateway %2</source>
        <translation>estado: diario %1, pasarela %2</translation>
    </message>
    <message>
        <source>the journal has it refunded, the gateway does not</source>
        <translation>el diario la tiene reembolsada, la pasarela no</translation>
    </message>
    <message>
        <source>transaction id: journal %1, gateway %2</source>
        <translation>id de transacción: diario %1, pasarela %2</translation>
    </message>
    <message>
        <source>entry %1 (%2): refunded at the gateway on %3</source>
        <translation>entrada %1 (%2): reembolsada en la pasarela el %3</translation>
    </message>
    <message>
        <source>entry %1 (%2): charged back on %3</source>
        <translation>entrada %1 (%2): contracargo el %3</translation>
    </message>
    <message>
        <source>entry %1 (%2): flagged as suspicious on %3</source>
        <translation>entrada %1 (%2): marcada como sospechosa el %3</translation>
    </message>
    <message>
        <source>The journal has it as %1, the gateway has no record of it.</source>
        <translation>El diario la tiene como %1, la pasarela no tiene constancia de ella.</translation>
    </message>
    <message>
        <source>Refunded at the gateway; learnt by the settlement.</source>
        <translation>Reembolsada en la pasarela; conocido por la conciliación.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>pavt::app</name>
    <message>
        <source>Keyed card payments through the Pay Agency gateway.</source>
        <translation>Pagos con tarjeta introducidos a mano a través de la pasarela de Pay Agency.</translation>
    </message>
    <message>
        <source>Run against the built-in gateway simulator.</source>
        <translation>Trabajar con el simulador de pasarela integrado.</translation>
    </message>
</context>
<context>
    <name>pavt::app::TerminalApp</name>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>declined: card declined</source>
        <translation>denegado: tarjeta denegada</translation>
    </message>
    <message>
        <source>declined: insufficient funds</source>
        <translation>denegado: fondos insuficientes</translation>
    </message>
    <message>
        <source>declined: expired card</source>
        <translation>denegado: tarjeta caducada</translation>
    </message>
    <message>
        <source>3-D Secure: the simulator&apos;s check page opens; pending until it is approved or failed there</source>
        <translation>3-D Secure: se abre la página de verificación del simulador; pendiente hasta que allí se apruebe o falle</translation>
    </message>
    <message>
        <source>gateway error (HTTP 500); nothing is recorded</source>
        <translation>error de la pasarela (HTTP 500); no se registra nada</translation>
    </message>
    <message>
        <source>slow: approved, but the answer comes after the time limit: an unknown outcome</source>
        <translation>lenta: aprobado, pero la respuesta llega tras el tiempo de espera: un resultado desconocido</translation>
    </message>
    <message>
        <source>dropped: approved, but the connection closes without an answer: an unknown outcome</source>
        <translation>cortada: aprobado, pero la conexión se cierra sin respuesta: un resultado desconocido</translation>
    </message>
    <message>
        <source>The journal settings are wrong, so nothing can be charged: %1</source>
        <translation>La configuración del registro es incorrecta, así que no se puede cobrar nada: %1</translation>
    </message>
    <message>
        <source>The journal (%1) could not be opened, so nothing can be charged: %2</source>
        <translation>No se pudo abrir el registro (%1), así que no se puede cobrar nada: %2</translation>
    </message>
    <message>
        <source>The saved credentials cannot be used: %1 Running in demo mode.</source>
        <translation>No se pueden usar las credenciales guardadas: %1 El terminal funciona en modo demo.</translation>
    </message>
    <message>
        <source>The demo simulator could not start: %1</source>
        <translation>No se pudo iniciar el simulador de demo: %1</translation>
    </message>
    <message>
        <source>The new gateway and journal settings take effect at the next start: a charge was in progress.</source>
        <translation>La nueva configuración de la pasarela y del registro se aplicará en el próximo inicio: había un cobro en curso.</translation>
    </message>
    <message>
        <source>Settings applied.</source>
        <translation>Configuración aplicada.</translation>
    </message>
    <message>
        <source>It was started with --demo.</source>
        <translation>Se inició con --demo.</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s); keys entered in Settings work for this session.</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo; las claves introducidas en Ajustes sirven para esta sesión.</numerusform>
            <numerusform>El llavero no respondió en %n segundos; las claves introducidas en Ajustes sirven para esta sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>No merchant keys are saved yet: enter them in Settings (Ctrl+,) to charge real cards.</source>
        <translation>Aún no hay claves del comercio guardadas: introdúzcalas en Ajustes (Ctrl+,) para cobrar tarjetas reales.</translation>
    </message>
    <message>
        <source>No gateway: %1 This build of the terminal has no demo mode; save the merchant&apos;s keys in Settings.</source>
        <translation>No hay pasarela: %1 Esta compilación del terminal no tiene modo de demostración; guarde las claves del comercio en Ajustes.</translation>
    </message>
    <message>
        <source>Demo mode: the built-in simulator answers and no card is charged. %1</source>
        <translation>Modo de demostración: responde el simulador integrado y no se cobra ninguna tarjeta. %1</translation>
    </message>
    <message>
        <source>The journal has been checked; charges can be sent.</source>
        <translation>El registro se ha comprobado; ya se pueden enviar cobros.</translation>
    </message>
    <message>
        <source>Checking the journal (%1); charges can be sent as soon as the check has passed.</source>
        <translation>Comprobando el registro (%1); se podrán enviar cobros en cuanto la comprobación haya terminado bien.</translation>
    </message>
    <message>
        <source>The journal&apos;s database is back: the outcome of order %1 has been written.</source>
        <translation>La base de datos del registro vuelve a estar disponible: se ha escrito el resultado del pedido %1.</translation>
    </message>
    <message>
        <source>The operators&apos; accounts in the journal could not be read: %1</source>
        <translation>No se pudieron leer las cuentas de los operadores en el diario: %1</translation>
    </message>
    <message>
        <source>Batch refunds need the journal and the gateway; the status bar and Settings (Ctrl+,) say what keeps them from starting.</source>
        <translation>Los reembolsos por lotes necesitan el diario y la pasarela; la barra de estado y la Configuración (Ctrl+,) indican qué les impide empezar.</translation>
    </message>
</context>
<context>
    <name>pavt::cli</name>
    <message>
        <source>Gateway base URL.</source>
        <translation>URL base de la pasarela.</translation>
    </message>
    <message>
        <source>Timeout in seconds (default 15).</source>
        <translation>Tiempo de espera en segundos (15 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Print one JSON object (history: array).</source>
        <translation>Mostrar un único objeto JSON (history: una matriz).</translation>
    </message>
    <message>
        <source>charge: read the request from FILE.</source>
        <translation>charge: leer la solicitud de FILE.</translation>
    </message>
    <message>
        <source>refund: the reason.</source>
        <translation>refund: el motivo.</translation>
    </message>
    <message>
        <source>charge: refuse a charge like a recent one.</source>
        <translation>charge: rechazar un cobro parecido a uno reciente.</translation>
    </message>
    <message>
        <source>history, export: outcomes, comma-separated.</source>
        <translation>history, export: resultados, separados por comas.</translation>
    </message>
    <message>
        <source>history, export: the card&apos;s last four digits.</source>
        <translation>history, export: los cuatro últimos dígitos de la tarjeta.</translation>
    </message>
    <message>
        <source>history, export: first or last name starts with TEXT.</source>
        <translation>history, export: el nombre o los apellidos empiezan por TEXT.</translation>
    </message>
    <message>
        <source>history, export: e-mail starts with TEXT.</source>
        <translation>history, export: el correo empieza por TEXT.</translation>
    </message>
    <message>
        <source>history, export: this order id.</source>
        <translation>history, export: este ID de pedido.</translation>
    </message>
    <message>
        <source>history, export: this transaction id.</source>
        <translation>history, export: este ID de transacción.</translation>
    </message>
    <message>
        <source>history: at most N entries (0: all).</source>
        <translation>history: como máximo N entradas (0: todas).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Usage: pavt-cli [--base-url URL] [--timeout SECONDS] [--json] COMMAND</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Uso: pavt-cli [--base-url URL] [--timeout SECONDS] [--json] COMMAND</translation>
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
        <translation>Comandos:
  charge [--input FILE]   una solicitud en JSON (los nombres de campo del contrato; amount un
                          entero en unidades menores; country en alfa-2, alfa-3 o con su nombre)
                          de FILE o de stdin; se anota en el registro antes de enviarse. Un cobro
                          parecido a uno aprobado o pendiente de los últimos 120 s (configuración
                          journal/duplicateWindowSeconds; misma marca de tarjeta, mismos cuatro
                          últimos dígitos, importe y moneda) se advierte en stderr;
                          --refuse-duplicate lo rechaza en su lugar (código 1, no se envía nada)
  status TRANSACTION_ID
  refund TRANSACTION_ID --reason TEXT
  transactions --from YYYY-MM-DD --to YYYY-MM-DD
  history [FILTERS] [--limit N]   las entradas del registro, las más recientes primero (100 de
                                  forma predeterminada; 0: todas); con --json una matriz JSON
                                  de entradas
  export --csv FILE [FILTERS]     las entradas del registro en CSV (RFC 4180, solo datos de
                                  tarjeta enmascarados)
  reconcile               consulta una vez a la pasarela cada entrada del registro con resultado
                          desconocido, error del servidor o 3-D Secure (sin volver a cobrar nunca)
                          y anota las respuestas</translation>
    </message>
    <message>
        <source>Journal filters (history, export): --from YYYY-MM-DD --to YYYY-MM-DD (days, both included),
  --outcome approved,declined,pending,needs_3ds,rejected,server_error,not_sent,unknown,unresolved
  --last4 DIGITS  --name TEXT (first or last name starts with it)  --email TEXT (starts with it)
  --order ORDER_ID  --transaction TRANSACTION_ID</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Filtros del registro (history, export):
  --from YYYY-MM-DD --to YYYY-MM-DD (días, ambos incluidos),
  --outcome approved,declined,pending,needs_3ds,rejected,server_error,not_sent,unknown,unresolved
  --last4 DIGITS  --name TEXT (el nombre o los apellidos empiezan por TEXT)
  --email TEXT (empieza por TEXT)  --order ORDER_ID  --transaction TRANSACTION_ID</translation>
    </message>
    <message>
        <source>Credentials come from PAVT_SECRET_KEY and PAVT_ENCRYPTION_KEY, else from the terminal&apos;s keychain;
never from the command line. The base URL comes from --base-url, PAVT_BASE_URL or the settings.
The journal is the terminal&apos;s (settings: SQLite in the data folder, PAVT_DATA_DIR overrides it; or
PostgreSQL, its password from PAVT_JOURNAL_PASSWORD or ~/.pgpass).</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Las credenciales vienen de PAVT_SECRET_KEY y PAVT_ENCRYPTION_KEY o, si no, del llavero del
terminal; nunca de la línea de comandos. La URL base viene de --base-url, de PAVT_BASE_URL o de la
configuración. El registro es el del terminal (configuración: SQLite en la carpeta de datos, que
PAVT_DATA_DIR sustituye; o PostgreSQL, con la contraseña de PAVT_JOURNAL_PASSWORD o ~/.pgpass).</translation>
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
        <translation>Pagos por enlace (el titular paga en la página de la pasarela; aquí nunca una tarjeta):
  link [--input FILE] [--method hosted|apm]   el JSON del cobro sin campos de tarjeta (uno con
                          campos de tarjeta se rechaza, no se envía nada); muestra la URL de pago
  templates               las plantillas de pago del comercio (solo claves live)
  payment-link --template ID [--amount N --currency C --expires YYYY-MM-DD --order-id X]
                          un enlace a partir de una plantilla; N en unidades menores
Ambos se registran antes de enviarse y terminan con 3 (pendiente del titular) cuando el enlace
existe; reconcile también sigue los enlaces abiertos (pagados, fallidos o caducados tras
links/expiryHours).</translation>
    </message>
    <message>
        <source>link: hosted (default) or apm.</source>
        <translation>link: hosted (predeterminado) o apm.</translation>
    </message>
    <message>
        <source>payment-link: the template&apos;s id.</source>
        <translation>payment-link: el ID de la plantilla.</translation>
    </message>
    <message>
        <source>payment-link: the amount&apos;s currency.</source>
        <translation>payment-link: la moneda del importe.</translation>
    </message>
    <message>
        <source>payment-link: the last day it can be paid.</source>
        <translation>payment-link: el último día en que se puede pagar.</translation>
    </message>
    <message>
        <source>payment-link: the order id to send.</source>
        <translation>payment-link: el ID de pedido que se envía.</translation>
    </message>
    <message>
        <source>With operators&apos; accounts every command signs in as PAVT_OPERATOR, with the password from
PAVT_OPERATOR_PASSWORD or asked on the terminal (never from the command line), and is refused
(exit 1) when the account&apos;s role does not allow it. A refund above the role&apos;s limit needs
--approver NAME: a supervisor&apos;s password from PAVT_APPROVER_PASSWORD or the terminal.</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Con cuentas de operadores, cada orden inicia sesión como PAVT_OPERATOR, con la contraseña de
PAVT_OPERATOR_PASSWORD o pedida en el terminal (nunca en la línea de comandos), y se rechaza
(salida 1) si el rol de la cuenta no la permite. Un reembolso por encima del límite del rol necesita
--approver NAME: la contraseña de un supervisor, de PAVT_APPROVER_PASSWORD o del terminal.</translation>
    </message>
    <message>
        <source>Exit status: 0 approved or done; 1 usage or validation error, refused for the role, or the journal
could not be written (nothing sent); 2 declined; 3 needs 3-D Secure (the URL is printed); 4 outcome
unknown (look it up, do not charge again); 5 rejected or server error; 6 not sent (could not reach
the gateway); 7 the audit trail is broken.</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Código de salida: 0 aprobado o hecho; 1 error de uso o de validación, rechazado para el rol, o no
se pudo escribir el registro (nada enviado); 2 denegado; 3 requiere 3-D Secure (se imprime la URL);
4 resultado desconocido (consúltelo, no vuelva a cobrar); 5 rechazado o error del servidor; 6 no
enviado (no se pudo alcanzar la pasarela); 7 el registro de auditoría está roto.</translation>
    </message>
    <message>
        <source>history, export: entries of this operator.</source>
        <translation>history, export: entradas de este operador.</translation>
    </message>
    <message>
        <source>operators add: operator, supervisor, finance or admin (or several, comma-separated).</source>
        <translation>operators add: operator, supervisor, finance o admin (o varios, separados por comas).</translation>
    </message>
    <message>
        <source>operators add: the person&apos;s name as shown.</source>
        <translation>operators add: el nombre de la persona tal como se muestra.</translation>
    </message>
    <message>
        <source>refund: the supervisor who approves a refund above the limit.</source>
        <translation>refund: el supervisor que aprueba un reembolso por encima del límite.</translation>
    </message>
    <message>
        <source>audit verify: a head printed earlier by audit head.</source>
        <translation>audit verify: una cabecera impresa antes por audit head.</translation>
    </message>
    <message>
        <source>report: the day (default today).</source>
        <translation>report: el día (por defecto hoy).</translation>
    </message>
    <message>
        <source>charge, status, refund, transactions, history, export, reconcile, link, templates, payment-link, report, operators or audit</source>
        <translation>charge, status, refund, transactions, history, export, reconcile, link, templates, payment-link, report, operators o audit</translation>
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
        <translation>  report [--day YYYY-MM-DD]       informe de cierre del día: número y totales por moneda y resultado
  settle --from YYYY-MM-DD --to YYYY-MM-DD [--csv FILE] [--apply]   el diario conciliado con la
                          lista de la pasarela; --apply escribe los reembolsos, contracargos y
                          marcas de sospecha listados; salida 7 si hay algo grave
  operators add NAME --role operator|supervisor|finance|admin [--display-name TEXT]
  operators list | disable NAME | enable NAME | reset-password NAME | passwd
                          las cuentas de los operadores; una contraseña nueva se lee de stdin o se
                          pide dos veces en el terminal. Sin ninguna cuenta, &apos;operators add NAME
                          --role admin&apos; crea el primer administrador y activa el inicio de sesión
  audit [--from YYYY-MM-DD --to YYYY-MM-DD]   el registro de auditoría (--json: un array)
  audit verify [--head SEQ:HASH]  recorre la cadena de hashes; la salida 7 nombra el primer registro
                          roto. audit head imprime la cabecera que guardar para un --head posterior</translation>
    </message>
    <message>
        <source>transactions, history, export, settle: first day.</source>
        <translation>transactions, history, export, settle: primer día.</translation>
    </message>
    <message>
        <source>transactions, history, export, settle: last day.</source>
        <translation>transactions, history, export, settle: último día.</translation>
    </message>
    <message>
        <source>export, settle: the CSV file to write.</source>
        <translation>export, settle: el archivo CSV que se escribe.</translation>
    </message>
    <message>
        <source>settle: write the listed changes to the journal.</source>
        <translation>settle: escribir en el diario los cambios listados.</translation>
    </message>
    <message>
        <source>Security policy (every seat of the journal; only an administrator changes it):
  operators policy [--json]          the session lock, the lock-out and the refund limits
  operators policy set RULE VALUE    e.g. operators policy set supervisor_per_refund 300</source>
        <extracomment>pavt-cli --help. Keep commands, options, upper-case placeholders and variables as they are; lines of at most 100 characters.</extracomment>
        <translation>Política de seguridad (todos los puestos del diario; solo un administrador la cambia):
  operators policy [--json]          bloqueo de sesión, bloqueo de cuenta y límites de reembolso
  operators policy set RULE VALUE    p. ej. operators policy set supervisor_per_refund 300</translation>
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
        <translation>Reembolsos para finanzas:
  refund TRANSACTION_ID --reason TEXT --amount N   un reembolso parcial de N unidades menores
                          (ajuste gateway/partialRefunds=on)
  refund --batch FILE [--result FILE] [--yes]   reembolsos desde un archivo CSV (transaction_id,
                          reason[,amount]): cada fila comprobada y mostrada antes, una confirmación
                          (--yes sin terminal); un lote interrumpido se reanuda al volver a
                          ejecutarlo, nada se reembolsa dos veces; un CSV de resultado por fila</translation>
    </message>
    <message>
        <source>payment-link, refund: the amount in minor units.</source>
        <translation>payment-link, refund: el importe en unidades menores.</translation>
    </message>
    <message>
        <source>refund: the CSV file of refunds.</source>
        <translation>refund: el archivo CSV de reembolsos.</translation>
    </message>
    <message>
        <source>refund --batch: the result file (default: FILE.result.csv).</source>
        <translation>refund --batch: el archivo de resultado (por defecto: FILE.result.csv).</translation>
    </message>
    <message>
        <source>refund --batch: confirmed; no question is asked.</source>
        <translation>refund --batch: confirmado; no se pregunta nada.</translation>
    </message>
</context>
<context>
    <name>pavt::cli::CommandLine</name>
    <message>
        <source>Try &apos;pavt-cli --help&apos;.</source>
        <translation>Pruebe &apos;pavt-cli --help&apos;.</translation>
    </message>
    <message>
        <source>No credentials: set PAVT_SECRET_KEY and PAVT_ENCRYPTION_KEY, or save them in the terminal&apos;s settings (%1).</source>
        <translation>Sin credenciales: defina PAVT_SECRET_KEY y PAVT_ENCRYPTION_KEY, o guárdelas en la configuración del terminal (%1).</translation>
    </message>
    <message>
        <source> Transaction %1.</source>
        <translation> Transacción %1.</translation>
    </message>
    <message>
        <source> Order %1.</source>
        <translation> Pedido %1.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Aprobado.</translation>
    </message>
    <message>
        <source>Refunded.</source>
        <translation>Reembolsado.</translation>
    </message>
    <message>
        <source>Status: approved (SUCCESS).</source>
        <translation>Estado: aprobado (SUCCESS).</translation>
    </message>
    <message>
        <source>Status: failed: %1</source>
        <translation>Estado: fallido: %1</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Denegado: %1</translation>
    </message>
    <message>
        <source>Status: pending (3-D Secure not completed yet).</source>
        <translation>Estado: pendiente (3-D Secure aún no completado).</translation>
    </message>
    <message>
        <source>3-D Secure needed: the cardholder must open %1</source>
        <translation>Se necesita 3-D Secure: el titular debe abrir %1</translation>
    </message>
    <message>
        <source>Rejected by the gateway (HTTP %1): %2</source>
        <translation>Rechazado por la pasarela (HTTP %1): %2</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Gateway error (HTTP %1): %2</source>
        <translation>Error de la pasarela (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 Do not charge again; look it up with &apos;pavt-cli status&apos; or &apos;pavt-cli transactions&apos; for today.</source>
        <translation>Resultado desconocido: %1 No vuelva a cobrar; consúltelo con &apos;pavt-cli status&apos; o &apos;pavt-cli transactions&apos; para hoy.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>charge takes no arguments; the request is read from --input FILE or stdin.</source>
        <translation>charge no admite argumentos; la solicitud se lee de --input FILE o de la entrada estándar.</translation>
    </message>
    <message>
        <source>%1 takes one transaction id.</source>
        <translation>%1 espera un único ID de transacción.</translation>
    </message>
    <message>
        <source>refund needs --reason TEXT.</source>
        <translation>refund necesita --reason TEXT.</translation>
    </message>
    <message>
        <source>transactions needs --from YYYY-MM-DD --to YYYY-MM-DD, from on or before to.</source>
        <translation>transactions necesita --from YYYY-MM-DD --to YYYY-MM-DD, con from igual o anterior a to.</translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s).</source>
        <translation>
            <numerusform>%n transacción.</numerusform>
            <numerusform>%n transacciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>history takes no arguments, only filters (see --help).</source>
        <translation>history no admite argumentos, solo filtros (vea --help).</translation>
    </message>
    <message>
        <source>export takes no arguments: export --csv FILE [filters].</source>
        <translation>export no admite argumentos: export --csv FILE [filtros].</translation>
    </message>
    <message>
        <source>reconcile takes no arguments.</source>
        <translation>reconcile no admite argumentos.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido «%1».</translation>
    </message>
    <message>
        <source>Cannot read the request: %1</source>
        <translation>No se puede leer la solicitud: %1</translation>
    </message>
    <message>
        <source>The request is larger than 1 MiB.</source>
        <translation>La solicitud supera 1 MiB.</translation>
    </message>
    <message numerus="yes">
        <source>pavt-cli: %n earlier charge(s) were interrupted before their answer; &apos;pavt-cli reconcile&apos; looks them up.</source>
        <translation>
            <numerusform>pavt-cli: %n cobro anterior se interrumpió antes de su respuesta; &apos;pavt-cli reconcile&apos; lo consulta.</numerusform>
            <numerusform>pavt-cli: %n cobros anteriores se interrumpieron antes de su respuesta; &apos;pavt-cli reconcile&apos; los consulta.</numerusform>
        </translation>
    </message>
    <message>
        <source>A charge of %1 on %2 was %3 %4 seconds ago (order %5).</source>
        <translation>Un cobro de %1 en %2 estaba %3 hace %4 segundos (pedido %5).</translation>
    </message>
    <message>
        <source>Not sent (--refuse-duplicate).</source>
        <translation>No enviado (--refuse-duplicate).</translation>
    </message>
    <message>
        <source>warning: %1 Sending anyway.</source>
        <translation>Aviso: %1 Se envía de todos modos.</translation>
    </message>
    <message>
        <source>The charge could not be journalled, so nothing was sent: %1</source>
        <translation>No se pudo anotar el cobro en el registro, así que no se envió nada: %1</translation>
    </message>
    <message>
        <source>warning: the outcome could not be written to the journal: %1</source>
        <translation>Aviso: no se pudo escribir el resultado en el registro: %1</translation>
    </message>
    <message>
        <source>warning: the refund could not be written to the journal: %1</source>
        <translation>Aviso: no se pudo escribir el reembolso en el registro: %1</translation>
    </message>
    <message>
        <source>--from takes a day as YYYY-MM-DD.</source>
        <translation>--from espera un día como YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--to takes a day as YYYY-MM-DD.</source>
        <translation>--to espera un día como YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;%1&quot; (use approved, declined, pending, needs_3ds, rejected, server_error, not_sent, unknown or unresolved).</source>
        <translation>Resultado desconocido «%1» (use approved, declined, pending, needs_3ds, rejected, server_error, not_sent, unknown o unresolved).</translation>
    </message>
    <message>
        <source>--limit takes a number of entries (0: all).</source>
        <translation>--limit espera un número de entradas (0: todas).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries (--limit to see more).</source>
        <translation>
            <numerusform>%1 de %n entrada (--limit para ver más).</numerusform>
            <numerusform>%1 de %n entradas (--limit para ver más).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrada.</numerusform>
            <numerusform>%n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs --csv FILE.</source>
        <translation>export necesita --csv FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrada exportada a %1.</numerusform>
            <numerusform>%n entradas exportadas a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries looked up; %1 still open.</source>
        <translation>
            <numerusform>%n entrada consultada; %1 aún abierta(s).</numerusform>
            <numerusform>%n entradas consultadas; %1 aún abierta(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0.001 and 600.</source>
        <translation>--timeout espera un número de segundos entre 0 y 600. {0.001 ?} {600.?}</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting up to %n second(s) for the journal&apos;s database.</source>
        <translation>
            <numerusform>esperando hasta %n segundo a la base de datos del registro.</numerusform>
            <numerusform>esperando hasta %n segundos a la base de datos del registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>the outcome has been written to the journal.</source>
        <translation>el resultado se ha escrito en el registro.</translation>
    </message>
    <message numerus="yes">
        <source>the outcome could not be written to the journal: its database could not be reached within %n second(s). The entry stays pending; the next start of the terminal, or &apos;pavt-cli reconcile&apos;, looks it up at the gateway. Do not charge again.</source>
        <translation>
            <numerusform>no se pudo escribir el resultado en el registro: no se pudo acceder a su base de datos en %n segundo. La entrada queda pendiente; el próximo inicio del terminal, o &apos;pavt-cli reconcile&apos;, la consulta en la pasarela. No vuelva a cobrar.</numerusform>
            <numerusform>no se pudo escribir el resultado en el registro: no se pudo acceder a su base de datos en %n segundos. La entrada queda pendiente; el próximo inicio del terminal, o &apos;pavt-cli reconcile&apos;, la consulta en la pasarela. No vuelva a cobrar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 takes no arguments, only options (see --help).</source>
        <translation>%1 no admite argumentos, solo opciones (vea --help).</translation>
    </message>
    <message>
        <source>Followed until %1; &apos;pavt-cli reconcile&apos; looks for its payment.</source>
        <translation>Seguido hasta %1; &apos;pavt-cli reconcile&apos; busca su pago.</translation>
    </message>
    <message>
        <source>--method is hosted (the gateway&apos;s card page) or apm.</source>
        <translation>--method es hosted (la página de tarjeta de la pasarela) o apm.</translation>
    </message>
    <message>
        <source>The link could not be journalled, so nothing was sent: %1</source>
        <translation>No se pudo registrar el enlace en el diario, así que no se envió nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s).</source>
        <translation>
            <numerusform>%n plantilla.</numerusform>
            <numerusform>%n plantillas.</numerusform>
        </translation>
    </message>
    <message>
        <source>payment-link needs --template ID (&apos;pavt-cli templates&apos; lists them).</source>
        <translation>payment-link necesita --template ID (&apos;pavt-cli templates&apos; las lista).</translation>
    </message>
    <message>
        <source>--amount takes a whole number of minor units greater than 0 (1250 is GBP 12.50).</source>
        <translation>--amount admite un número entero de unidades menores mayor que 0 (1250 es GBP 12.50).</translation>
    </message>
    <message>
        <source>--expires takes a day as YYYY-MM-DD.</source>
        <translation>--expires admite un día como YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Awaiting the cardholder: send them %1</source>
        <translation>Pendiente del titular: envíele %1</translation>
    </message>
    <message>
        <source>Outcome unknown: %1 The link may exist: &apos;pavt-cli reconcile&apos; looks for it by its order id; do not make another one for this order.</source>
        <translation>Resultado desconocido: %1 El enlace puede existir: &apos;pavt-cli reconcile&apos; lo busca por su ID de pedido; no cree otro para este pedido.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s).</source>
        <translation>
            <numerusform>%n registro.</numerusform>
            <numerusform>%n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>--head takes SEQ:HASH as audit head prints it.</source>
        <translation>--head espera SEQ:HASH tal como lo imprime audit head.</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s); its head is %1:%2.</source>
        <translation>
            <numerusform>El registro de auditoría está intacto: %n registro; su cabecera es %1:%2.</numerusform>
            <numerusform>El registro de auditoría está intacto: %n registros; su cabecera es %1:%2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at record %1: %2</source>
        <translation>El registro de auditoría está roto en el registro %1: %2</translation>
    </message>
    <message>
        <source>audit takes list, head or verify.</source>
        <translation>audit espera list, head o verify.</translation>
    </message>
    <message>
        <source>report takes no arguments, only --day YYYY-MM-DD.</source>
        <translation>report no admite argumentos, solo --day YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>operators add takes one name: operators add NAME --role ROLE.</source>
        <translation>operators add espera un nombre: operators add NAME --role ROLE.</translation>
    </message>
    <message>
        <source>operators add needs --role operator, supervisor, finance or admin (several comma-separated).</source>
        <translation>operators add necesita --role operator, supervisor, finance o admin (varios separados por comas).</translation>
    </message>
    <message>
        <source>Created the first administrator %1: from now on every seat and pavt-cli sign in.</source>
        <translation>Se creó el primer administrador %1: a partir de ahora cada puesto y pavt-cli inician sesión.</translation>
    </message>
    <message>
        <source>Created the account %1 (%2); the password must be changed at the first sign-in.</source>
        <translation>Se creó la cuenta %1 (%2); la contraseña debe cambiarse en el primer inicio de sesión.</translation>
    </message>
    <message>
        <source>operators list takes no arguments.</source>
        <translation>operators list no admite argumentos.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>bloqueada hasta %1</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>debe cambiar la contraseña</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s).</source>
        <translation>
            <numerusform>%n cuenta.</numerusform>
            <numerusform>%n cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <source>operators %1 takes one name.</source>
        <translation>operators %1 espera un nombre.</translation>
    </message>
    <message>
        <source>Enabled the account %1.</source>
        <translation>Se activó la cuenta %1.</translation>
    </message>
    <message>
        <source>Disabled the account %1.</source>
        <translation>Se desactivó la cuenta %1.</translation>
    </message>
    <message>
        <source>operators reset-password takes one name.</source>
        <translation>operators reset-password espera un nombre.</translation>
    </message>
    <message>
        <source>Set a new password for %1, to be changed at the next sign-in.</source>
        <translation>Se fijó una contraseña nueva para %1, que debe cambiarse en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>operators passwd takes no arguments.</source>
        <translation>operators passwd no admite argumentos.</translation>
    </message>
    <message>
        <source>Without accounts there is no password to change.</source>
        <translation>Sin cuentas no hay contraseña que cambiar.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Contraseña actual:</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Se cambió su contraseña.</translation>
    </message>
    <message>
        <source>--day takes a day as YYYY-MM-DD.</source>
        <translation>--day espera un día como YYYY-MM-DD.</translation>
    </message>
    <message numerus="yes">
        <source>End-of-day report for %1: %n charge(s).</source>
        <translation>
            <numerusform>Informe de cierre del día %1: %n cobro.</numerusform>
            <numerusform>Informe de cierre del día %1: %n cobros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refund(s) asked for that day.</source>
        <translation>
            <numerusform>%n reembolso solicitado ese día.</numerusform>
            <numerusform>%n reembolsos solicitados ese día.</numerusform>
        </translation>
    </message>
    <message>
        <source>No terminal to ask for the password on: %1</source>
        <translation>No hay terminal en el que pedir la contraseña: %1</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>La misma contraseña otra vez:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>No se indicó ninguna contraseña.</translation>
    </message>
    <message>
        <source>The new password for %1 is read from standard input: give it as one line.</source>
        <translation>La contraseña nueva de %1 se lee de la entrada estándar: indíquela en una línea.</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <translation>Contraseña nueva para %1:</translation>
    </message>
    <message>
        <source>The journal, where the operators&apos; accounts are, could not be opened: %1</source>
        <translation>No se pudo abrir el registro, donde están las cuentas de los operadores: %1</translation>
    </message>
    <message>
        <source>There are no accounts yet. Create the first administrator: pavt-cli operators add NAME --role admin</source>
        <translation>Aún no hay cuentas. Cree el primer administrador: pavt-cli operators add NAME --role admin</translation>
    </message>
    <message>
        <source>Operators sign in: set PAVT_OPERATOR to your account&apos;s name (the password from PAVT_OPERATOR_PASSWORD or asked on the terminal).</source>
        <translation>Los operadores inician sesión: ponga en PAVT_OPERATOR el nombre de su cuenta (la contraseña de PAVT_OPERATOR_PASSWORD o pedida en el terminal).</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña de %1:</translation>
    </message>
    <message>
        <source>An administrator set your password: change it first with pavt-cli operators passwd.</source>
        <translation>Un administrador fijó su contraseña: cámbiela primero con pavt-cli operators passwd.</translation>
    </message>
    <message>
        <source>Give the approving supervisor with --approver NAME (the password from PAVT_APPROVER_PASSWORD or asked on the terminal).</source>
        <translation>Indique el supervisor que aprueba con --approver NAME (la contraseña de PAVT_APPROVER_PASSWORD o pedida en el terminal).</translation>
    </message>
    <message>
        <source>Password of %1, who approves the refund:</source>
        <translation>Contraseña de %1, que aprueba el reembolso:</translation>
    </message>
    <message>
        <source>settle takes no arguments, only --from, --to, --csv and --apply.</source>
        <translation>settle no admite argumentos, solo --from, --to, --csv y --apply.</translation>
    </message>
    <message>
        <source>settle needs --from YYYY-MM-DD --to YYYY-MM-DD, from on or before to.</source>
        <translation>settle necesita --from YYYY-MM-DD --to YYYY-MM-DD, from igual o anterior a to.</translation>
    </message>
    <message>
        <source>--csv needs a file name.</source>
        <translation>--csv necesita un nombre de archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Settlement of %1 to %2: %n gateway transaction(s).</source>
        <translation>
            <numerusform>Conciliación del %1 al %2: %n transacción de la pasarela.</numerusform>
            <numerusform>Conciliación del %1 al %2: %n transacciones de la pasarela.</numerusform>
        </translation>
    </message>
    <message>
        <source>serious</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries changed.</source>
        <translation>
            <numerusform>%n entrada del diario cambiada.</numerusform>
            <numerusform>%n entradas del diario cambiadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) for the journal; run again with --apply to write them.</source>
        <translation>
            <numerusform>%n cambio para el diario; ejecute de nuevo con --apply para escribirlo.</numerusform>
            <numerusform>%n cambios para el diario; ejecute de nuevo con --apply para escribirlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Escrito en %1.</translation>
    </message>
    <message>
        <source>operators policy set takes a rule and a whole number: operators policy set RULE VALUE.</source>
        <translation>operators policy set espera una regla y un número entero: operators policy set RULE VALUE.</translation>
    </message>
    <message>
        <source>The security policy&apos;s %1 is now %2 (it was %3), for every seat of this journal.</source>
        <translation>La regla %1 de la política de seguridad es ahora %2 (antes %3), para todos los puestos de este diario.</translation>
    </message>
    <message>
        <source>operators policy takes no arguments, or set RULE VALUE.</source>
        <translation>operators policy no lleva argumentos, o set RULE VALUE.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>set by %1</source>
        <translation>fijado por %1</translation>
    </message>
    <message>
        <source>operators takes add, list, disable, enable, reset-password, passwd or policy.</source>
        <translation>operators espera add, list, disable, enable, reset-password, passwd o policy.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>Nothing was refunded: confirm with --yes when there is no terminal to ask on.</source>
        <translation>No se reembolsó nada: confirme con --yes cuando no haya un terminal en el que preguntar.</translation>
    </message>
    <message>
        <source>This file was refunded as batch %1 on %2; nothing is sent again. Its result: %3</source>
        <translation>Este archivo se reembolsó como lote %1 el %2; no se vuelve a enviar nada. Su resultado: %3</translation>
    </message>
    <message numerus="yes">
        <source>This file is batch %1, interrupted before it finished: %n row(s) are not finished; a row whose refund was on its way is looked up at the gateway, never sent again.</source>
        <translation>
            <numerusform>Este archivo es el lote %1, interrumpido antes de terminar: %n fila no ha terminado; una fila cuyo reembolso estaba en camino se consulta en la pasarela, nunca se vuelve a enviar.</numerusform>
            <numerusform>Este archivo es el lote %1, interrumpido antes de terminar: %n filas no han terminado; una fila cuyo reembolso estaba en camino se consulta en la pasarela, nunca se vuelve a enviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume batch %1?</source>
        <translation>¿Reanudar el lote %1?</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be refunded: %1.</source>
        <translation>
            <numerusform>%n fila se puede reembolsar: %1.</numerusform>
            <numerusform>%n filas se pueden reembolsar: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are refused and will not be sent.</source>
        <translation>
            <numerusform>%n fila se rechaza y no se enviará.</numerusform>
            <numerusform>%n filas se rechazan y no se enviarán.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of the file can be refunded.</source>
        <translation>Ninguna fila del archivo se puede reembolsar.</translation>
    </message>
    <message numerus="yes">
        <source>Refund %n charge(s) now?</source>
        <translation>
            <numerusform>¿Reembolsar %n cobro ahora?</numerusform>
            <numerusform>¿Reembolsar %n cobros ahora?</numerusform>
        </translation>
    </message>
    <message>
        <source>The result file %1 cannot be written: %2</source>
        <translation>No se puede escribir el archivo de resultado %1: %2</translation>
    </message>
    <message>
        <source>Batch %1: refunded %2, not refunded %3, unknown %4 (check those at the gateway). The result of every row is in %5.</source>
        <translation>Lote %1: reembolsados %2, no reembolsados %3, desconocidos %4 (compruébelos en la pasarela). El resultado de cada fila está en %5.</translation>
    </message>
    <message>
        <source>refund --batch FILE takes no transaction id.</source>
        <translation>refund --batch FILE no admite id de transacción.</translation>
    </message>
    <message>
        <source>--amount takes a whole number of minor units above zero.</source>
        <translation>--amount admite un número entero de unidades menores mayor que cero.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::AccountEditDialog</name>
    <message>
        <source>The first administrator</source>
        <translation>El primer administrador</translation>
    </message>
    <message>
        <source>This account turns sign-in on: from then on every seat of this journal and pavt-cli need an account. Choose your own password (at least %1 characters).</source>
        <translation>Esta cuenta activa el inicio de sesión: desde entonces cada puesto de este diario y pavt-cli necesitan una cuenta. Elija su propia contraseña (al menos %1 caracteres).</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Cuenta nueva</translation>
    </message>
    <message>
        <source>The person changes this password at the first sign-in.</source>
        <translation>La persona cambia esta contraseña en el primer inicio de sesión.</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Cuenta %1</translation>
    </message>
    <message>
        <source>The new roles apply at the person&apos;s next action.</source>
        <translation>Los roles nuevos se aplican desde la próxima acción de la persona.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Dé a la cuenta al menos un rol.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::AccountsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Visible como</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>There are no accounts: the terminal runs for one person without sign-in. Add the first administrator to give everyone an account of their own.</source>
        <translation>No hay cuentas: el terminal funciona para una persona sin inicio de sesión. Añada el primer administrador para dar a cada uno su propia cuenta.</translation>
    </message>
    <message>
        <source>&amp;Add the first administrator…</source>
        <translation>&amp;Añadir el primer administrador…</translation>
    </message>
    <message>
        <source>Every account signs in with its own password. A locked-out account opens again after the lock-out time, or at once with a new password.</source>
        <translation>Cada cuenta inicia sesión con su propia contraseña. Una cuenta bloqueada se abre de nuevo tras el tiempo de bloqueo, o en el acto con una contraseña nueva.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>bloqueada hasta %1</translation>
    </message>
    <message>
        <source>new password not yet changed</source>
        <translation>contraseña nueva aún sin cambiar</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tivar</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>The first administrator %1 was created: sign in with it.</source>
        <translation>Se creó el primer administrador %1: inicie sesión con él.</translation>
    </message>
    <message>
        <source>The account %1 was created.</source>
        <translation>Se creó la cuenta %1.</translation>
    </message>
    <message>
        <source>The account %1 now has the roles %2.</source>
        <translation>La cuenta %1 tiene ahora los roles %2.</translation>
    </message>
    <message>
        <source>The account %1 is enabled.</source>
        <translation>La cuenta %1 está activada.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: it cannot sign in any more.</source>
        <translation>La cuenta %1 está desactivada: ya no puede iniciar sesión.</translation>
    </message>
    <message>
        <source>A new password for %1, to be changed at the next sign-in. It also ends a lock-out.</source>
        <translation>Una contraseña nueva para %1, que debe cambiarse en el próximo inicio de sesión. También pone fin a un bloqueo.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 tiene una contraseña nueva.</translation>
    </message>
    <message>
        <source>The security policy was saved for every seat of this journal.</source>
        <translation>La política de seguridad se guardó para todos los puestos de este diario.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Who did what, on which seat, newest last (the latest %1 records). Each record carries a hash over the one before it, so a record changed, removed or moved breaks the chain.</source>
        <translation>Quién hizo qué, en qué puesto, lo más reciente al final (los últimos %1 registros). Cada registro lleva un hash sobre el anterior, así que un registro cambiado, borrado o movido rompe la cadena.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Checking the whole chain…</source>
        <translation>Verificando toda la cadena…</translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n record(s). Its head is %1:%2; keep it elsewhere to find out later whether the trail was rewritten.</source>
        <translation>
            <numerusform>La cadena está intacta: %n registro. Su cabeza es %1:%2; guárdela en otro lugar para saber más tarde si el registro se reescribió.</numerusform>
            <numerusform>La cadena está intacta: %n registros. Su cabeza es %1:%2; guárdela en otro lugar para saber más tarde si el registro se reescribió.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at record %1: %2</source>
        <translation>La cadena está rota en el registro %1: %2</translation>
    </message>
</context>
<context>
    <name>pavt::gui::BatchRefundDialog</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Check or outcome</source>
        <translation>Comprobación o resultado</translation>
    </message>
    <message>
        <source>Choose a CSV file: transaction id, reason and, optionally, the amount in the currency&apos;s units (12.50).</source>
        <translation>Elija un archivo CSV: id de transacción, motivo y, si quiere, el importe en las unidades de la moneda (12.50).</translation>
    </message>
    <message>
        <source>Batch refund</source>
        <translation>Reembolso por lotes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the result</source>
        <translation>Guardar el resultado</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n row(s) refunded; the rows not sent were cancelled.</source>
        <translation>
            <numerusform>Cancelado: %n fila reembolsada; las filas no enviadas se cancelaron.</numerusform>
            <numerusform>Cancelado: %n filas reembolsadas; las filas no enviadas se cancelaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n row(s) refunded. Save the result to keep the outcome of every row.</source>
        <translation>
            <numerusform>Hecho: %n fila reembolsada. Guarde el resultado para conservar el desenlace de cada fila.</numerusform>
            <numerusform>Hecho: %n filas reembolsadas. Guarde el resultado para conservar el desenlace de cada fila.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was refunded as batch %1 on %2; nothing is sent again.</source>
        <translation>Este archivo se reembolsó como lote %1 el %2; no se vuelve a enviar nada.</translation>
    </message>
    <message>
        <source>This file is batch %1, interrupted before it finished. Resume it: a row whose refund was on its way is looked up at the gateway, never sent again.</source>
        <translation>Este archivo es el lote %1, interrumpido antes de terminar. Reanúdelo: una fila cuyo reembolso estaba en camino se consulta en la pasarela, nunca se vuelve a enviar.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) can be refunded: %1.</source>
        <translation>
            <numerusform>%n fila se puede reembolsar: %1.</numerusform>
            <numerusform>%n filas se pueden reembolsar: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are refused and will not be sent.</source>
        <translation>
            <numerusform>%n fila se rechaza y no se enviará.</numerusform>
            <numerusform>%n filas se rechazan y no se enviarán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refund %n charge(s) now? Each is sent once, one after the other.</source>
        <translation>
            <numerusform>¿Reembolsar %n cobro ahora? Cada uno se envía una vez, uno tras otro.</numerusform>
            <numerusform>¿Reembolsar %n cobros ahora? Cada uno se envía una vez, uno tras otro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume batch %1?</source>
        <translation>¿Reanudar el lote %1?</translation>
    </message>
    <message>
        <source>The result file %1 cannot be written: %2</source>
        <translation>No se puede escribir el archivo de resultado %1: %2</translation>
    </message>
    <message>
        <source>The result was saved in %1.</source>
        <translation>El resultado se guardó en %1.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Reembolsar</translation>
    </message>
</context>
<context>
    <name>pavt::gui::ChargeCoordinator</name>
    <message>
        <source>A charge is already in progress.</source>
        <translation>Ya hay un cobro en curso.</translation>
    </message>
    <message>
        <source>No gateway or journal is configured.</source>
        <translation>No hay ninguna pasarela ni registro configurados.</translation>
    </message>
    <message>
        <source>Warning: the outcome could not be written to the journal: %1</source>
        <translation>Aviso: no se pudo escribir el resultado en el registro: %1</translation>
    </message>
    <message>
        <source>The gateway could not confirm this charge in time: look it up in the merchant portal before charging again. %1</source>
        <translation>La pasarela no pudo confirmar este cobro a tiempo: compruébelo en el portal del comercio antes de volver a cobrar. %1</translation>
    </message>
</context>
<context>
    <name>pavt::gui::ChargeForm</name>
    <message numerus="yes">
        <source>Fill in %n more field(s), starting with the %1.</source>
        <translation>
            <numerusform>Rellene %n campo más, empezando por: %1.</numerusform>
            <numerusform>Rellene %n campos más, empezando por: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the %1: %2</source>
        <translation>Revise el campo «%1»: %2</translation>
    </message>
    <message>
        <source>Charge %1 to %2, %3?</source>
        <translation>¿Cobrar %1 a %2, %3?</translation>
    </message>
</context>
<context>
    <name>pavt::gui::ChargePage</name>
    <message>
        <source>Card brand not known yet</source>
        <translation>Marca de la tarjeta aún no reconocida</translation>
    </message>
    <message>
        <source>Card brand: %1</source>
        <translation>Marca de la tarjeta: %1</translation>
    </message>
    <message>
        <source>A charge is in progress…</source>
        <translation>Cobro en curso…</translation>
    </message>
    <message>
        <source>Charge the card (Enter)</source>
        <translation>Cobrar la tarjeta (Intro)</translation>
    </message>
    <message>
        <source>Card details</source>
        <translation>Datos de tarjeta</translation>
    </message>
    <message>
        <source>Key the customer&apos;s card (Ctrl+K)</source>
        <translation>Teclear la tarjeta del cliente (Ctrl+K)</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Enlace de pago</translation>
    </message>
    <message>
        <source>Send the customer a link to pay on the gateway&apos;s page (Ctrl+L)</source>
        <translation>Enviar al cliente un enlace para pagar en la página de la pasarela (Ctrl+L)</translation>
    </message>
    <message>
        <source>The payment link is being created…</source>
        <translation>Se está creando el enlace de pago…</translation>
    </message>
    <message>
        <source>Create link (Enter)</source>
        <translation>Crear enlace (Intro)</translation>
    </message>
    <message>
        <source>Charge (Enter)</source>
        <translation>Cobrar (Intro)</translation>
    </message>
    <message>
        <source>Create the payment link (Enter)</source>
        <translation>Crear el enlace de pago (Intro)</translation>
    </message>
</context>
<context>
    <name>pavt::gui::CustomerSuggestions</name>
    <message>
        <source>Previous customers</source>
        <translation>Clientes anteriores</translation>
    </message>
    <message>
        <source>last order %1</source>
        <translation>último pedido %1</translation>
    </message>
</context>
<context>
    <name>pavt::gui::EndOfDayPage</name>
    <message>
        <source>Apply changes to the journal</source>
        <translation>Aplicar los cambios al diario</translation>
    </message>
    <message numerus="yes">
        <source>The journal learns these %n change(s) from the gateway. Nothing else is changed, and each change is recorded in the audit trail.</source>
        <translation>
            <numerusform>El diario toma este %n cambio de la pasarela. No se cambia nada más, y cada cambio queda registrado en el registro de auditoría.</numerusform>
            <numerusform>El diario toma estos %n cambios de la pasarela. No se cambia nada más, y cada cambio queda registrado en el registro de auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes to apply</source>
        <translation>Cambios que se aplicarán</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>The settlement was stopped: the gateway or the journal changed.</source>
        <translation>La conciliación se detuvo: la pasarela o el diario cambiaron.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No gateway is configured, so there is nothing to settle against: open Settings (Ctrl+,).</source>
        <translation>No hay ninguna pasarela configurada, así que no hay nada con que conciliar: abra la Configuración (Ctrl+,).</translation>
    </message>
    <message>
        <source>The first day is after the last: choose a range from an earlier day to a later one.</source>
        <translation>El primer día es posterior al último: elija un intervalo de un día anterior a uno posterior.</translation>
    </message>
    <message>
        <source>Reading the gateway&apos;s transaction list…</source>
        <translation>Leyendo la lista de transacciones de la pasarela…</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the page under way, then stopping…</source>
        <translation>Cancelando: se espera la página en curso y luego se detiene…</translation>
    </message>
    <message numerus="yes">
        <source>Page %1: %n transaction(s)</source>
        <translation>
            <numerusform>Página %1: %n transacción</numerusform>
            <numerusform>Página %1: %n transacciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no more pages were fetched, nothing is shown and nothing was changed.</source>
        <translation>Cancelado: no se obtuvieron más páginas, no se muestra nada y no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n gateway transaction(s) on %1 page(s).</source>
        <translation>
            <numerusform>%n transacción de la pasarela en %1 página(s).</numerusform>
            <numerusform>%n transacciones de la pasarela en %1 página(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serious row(s) to look into (marked ⚠, on the first tabs).</source>
        <translation>
            <numerusform>%n fila grave que revisar (marcada con ⚠, en las primeras pestañas).</numerusform>
            <numerusform>%n filas graves que revisar (marcadas con ⚠, en las primeras pestañas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing serious.</source>
        <translation>Nada grave.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) for the journal: Apply changes… lists them.</source>
        <translation>
            <numerusform>%n cambio para el diario: «Aplicar cambios…» lo enumera.</numerusform>
            <numerusform>%n cambios para el diario: «Aplicar cambios…» los enumera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the first page…</source>
        <translation>Esperando la primera página…</translation>
    </message>
    <message>
        <source>Nothing to apply: the journal already knows what the gateway knows.</source>
        <translation>Nada que aplicar: el diario ya sabe lo que sabe la pasarela.</translation>
    </message>
    <message>
        <source>Nothing was applied.</source>
        <translation>No se aplicó nada.</translation>
    </message>
    <message>
        <source>The changes could not all be applied: %1</source>
        <translation>No se pudieron aplicar todos los cambios: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries changed.</source>
        <translation>
            <numerusform>%n entrada del diario cambiada.</numerusform>
            <numerusform>%n entradas del diario cambiadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the settlement as CSV</source>
        <translation>Exportar la conciliación como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1.</source>
        <translation>
            <numerusform>%n fila escrita en %1.</numerusform>
            <numerusform>%n filas escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the end-of-day report as PDF</source>
        <translation>Guardar el informe de cierre del día como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>El informe se guardó en %1.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>Settle the days against the gateway&apos;s list (Enter)</source>
        <translation>Conciliar los días con la lista de la pasarela (Intro)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop reading the gateway&apos;s list (Esc); nothing is changed</source>
        <translation>Dejar de leer la lista de la pasarela (Esc); no se cambia nada</translation>
    </message>
    <message>
        <source>Pages of the gateway&apos;s list read</source>
        <translation>Páginas leídas de la lista de la pasarela</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Per day and currency</source>
        <translation>Por día y moneda</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>Por operador</translation>
    </message>
    <message>
        <source>Per kind</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <source>Totals per day and currency</source>
        <translation>Totales por día y moneda</translation>
    </message>
    <message>
        <source>Totals per operator</source>
        <translation>Totales por operador</translation>
    </message>
    <message>
        <source>Totals per kind</source>
        <translation>Totales por tipo</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Daily net</source>
        <translation>Neto diario</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&amp;Apply changes…</source>
        <translation>&amp;Aplicar cambios…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Choose the days and press Run (Enter): the gateway&apos;s list is read and matched with the journal.</source>
        <translation>Elija los días y pulse Ejecutar (Intro): se lee la lista de la pasarela y se concilia con el diario.</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>ID de transacción</translation>
    </message>
    <message>
        <source>Order id</source>
        <translation>ID de pedido</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Qué difiere</translation>
    </message>
    <message>
        <source>Serious: a person must look at this one.</source>
        <translation>Grave: alguien debe revisar esta.</translation>
    </message>
    <message>
        <source>(no entry)</source>
        <translation>(sin entrada)</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(sin registro)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>el %1</translation>
    </message>
    <message>
        <source>%1; on %2</source>
        <translation>%1; el %2</translation>
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
        <translation>Filas graves: alguien debe revisarlas.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n transaction(s)</source>
        <translation>
            <numerusform>%1: %n transacción</numerusform>
            <numerusform>%1: %n transacciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobadas</translation>
    </message>
    <message>
        <source>Approved amount</source>
        <translation>Importe aprobado</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Chargebacks</source>
        <translation>Contracargos</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Chart: daily net per currency</source>
        <translation>Gráfico: neto diario por moneda</translation>
    </message>
    <message>
        <source>Chart: transactions per category</source>
        <translation>Gráfico: transacciones por categoría</translation>
    </message>
</context>
<context>
    <name>pavt::gui::EndOfDayPdf</name>
    <message numerus="yes">
        <source>%n gateway transaction(s) on %1 page(s) of the gateway&apos;s list.</source>
        <translation>
            <numerusform>%n transacción en %1 página(s) de la lista de la pasarela.</numerusform>
            <numerusform>%n transacciones en %1 página(s) de la lista de la pasarela.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pavt::gui::Help</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;User guide…</source>
        <translation>&amp;Guía de uso…</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>&amp;Acerca de…</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>Card payments taken by phone, through the Pay Agency gateway.</source>
        <translation>Pagos con tarjeta tomados por teléfono, a través de la pasarela de Pay Agency.</translation>
    </message>
    <message>
        <source>Licence: MIT. Running on %1 (%2).</source>
        <translation>Licencia: MIT. Se ejecuta en %1 (%2).</translation>
    </message>
    <message>
        <source>Built with these libraries, each under its own licence:</source>
        <translation>Creado con estas bibliotecas, cada una con su propia licencia:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
</context>
<context>
    <name>pavt::gui::HistoryCoordinator</name>
    <message>
        <source>Looking up the charge at the gateway…</source>
        <translation>Consultando el cobro en la pasarela…</translation>
    </message>
    <message>
        <source>Refunded: order %1.</source>
        <translation>Reembolsado: pedido %1.</translation>
    </message>
    <message>
        <source>The refund of order %1 did not go through: %2</source>
        <translation>El reembolso del pedido %1 no se realizó: %2</translation>
    </message>
    <message>
        <source>Refunding order %1…</source>
        <translation>Reembolsando el pedido %1…</translation>
    </message>
    <message>
        <source>Looking for the payment link at the gateway…</source>
        <translation>Buscando el enlace de pago en la pasarela…</translation>
    </message>
    <message>
        <source>Partly refunded: order %1, %2 of %3 refunded so far.</source>
        <translation>Reembolsado en parte: pedido %1, %2 de %3 reembolsados hasta ahora.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::HistoryPage</name>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Export charges</source>
        <translation>Exportar cobros</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n charge(s).</source>
        <translation>
            <numerusform>%n cobro exportado.</numerusform>
            <numerusform>%n cobros exportados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Exportación cancelada.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message>
        <source>No charges match.</source>
        <translation>Ningún cobro coincide.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Gateway message</source>
        <translation>Mensaje de la pasarela</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>3-D Secure link</source>
        <translation>Enlace de 3-D Secure</translation>
    </message>
    <message>
        <source>Refund reason</source>
        <translation>Motivo del reembolso</translation>
    </message>
    <message>
        <source>Refund message</source>
        <translation>Mensaje del reembolso</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Enlace de pago</translation>
    </message>
    <message>
        <source>Followed until</source>
        <translation>Seguido hasta</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Kind of payment filter</source>
        <translation>Filtro por forma de pago</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier forma</translation>
    </message>
    <message>
        <source>Payment links (any)</source>
        <translation>Enlaces de pago (todos)</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>Copy the payment link of the selected entry</source>
        <translation>Copiar el enlace de pago de la entrada elegida</translation>
    </message>
    <message>
        <source>E-&amp;mail again…</source>
        <translation>Enviar de &amp;nuevo por correo…</translation>
    </message>
    <message>
        <source>E-mail the payment link to the customer again</source>
        <translation>Enviar de nuevo el enlace de pago al cliente por correo</translation>
    </message>
    <message>
        <source>Refunded so far</source>
        <translation>Reembolsado hasta ahora</translation>
    </message>
</context>
<context>
    <name>pavt::gui::LinkCoordinator</name>
    <message>
        <source>Warning: the outcome could not be written to the journal: %1</source>
        <translation>Aviso: el resultado no se pudo escribir en el registro: %1</translation>
    </message>
    <message>
        <source>A payment link is already being created.</source>
        <translation>Ya se está creando un enlace de pago.</translation>
    </message>
    <message>
        <source>No gateway or journal is configured.</source>
        <translation>No hay pasarela ni registro configurados.</translation>
    </message>
    <message>
        <source>No gateway is configured.</source>
        <translation>No hay ninguna pasarela configurada.</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>No se pudieron leer las plantillas: %1</translation>
    </message>
</context>
<context>
    <name>pavt::gui::LinkMail</name>
    <message>
        <source>Your payment link for order %1</source>
        <translation>Su enlace de pago para el pedido %1</translation>
    </message>
    <message>
        <source>Your payment link for order %1 (%2)</source>
        <translation>Su enlace de pago para el pedido %1 (%2)</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation>Estimado/a %1:</translation>
    </message>
    <message>
        <source>As agreed, you can pay for order %1 securely on this page:</source>
        <translation>Como acordamos, puede pagar el pedido %1 de forma segura en esta página:</translation>
    </message>
    <message>
        <source>As agreed, you can pay %1 for order %2 securely on this page:</source>
        <translation>Como acordamos, puede pagar %1 por el pedido %2 de forma segura en esta página:</translation>
    </message>
    <message>
        <source>Please pay by %1. You type your card details on the payment page only; we never ask for them by e-mail.</source>
        <translation>Pague antes de %1, por favor. Los datos de su tarjeta se escriben solo en la página de pago; nunca se los pedimos por correo.</translation>
    </message>
    <message>
        <source>You type your card details on the payment page only; we never ask for them by e-mail.</source>
        <translation>Los datos de su tarjeta se escriben solo en la página de pago; nunca se los pedimos por correo.</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>Gracias.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::LinkNotice</name>
    <message>
        <source>Payment link paid: %1, order %2.</source>
        <translation>Enlace de pago pagado: %1, pedido %2.</translation>
    </message>
    <message>
        <source>Payment link paid: %1 by %2, order %3.</source>
        <translation>Enlace de pago pagado: %1 por %2, pedido %3.</translation>
    </message>
    <message>
        <source>The payment by link for order %1 failed; no money was taken.</source>
        <translation>El pago por enlace del pedido %1 falló; no se cobró nada.</translation>
    </message>
    <message>
        <source>The payment link for order %1 expired unpaid; it is no longer followed.</source>
        <translation>El enlace de pago del pedido %1 caducó sin pagarse; ya no se sigue.</translation>
    </message>
    <message>
        <source>The payment link for order %1 needs checking: %2</source>
        <translation>El enlace de pago del pedido %1 debe comprobarse: %2</translation>
    </message>
    <message>
        <source>Payment link paid</source>
        <translation>Enlace de pago pagado</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Enlace de pago</translation>
    </message>
    <message numerus="yes">
        <source>(%n more since you last looked)</source>
        <translation>
            <numerusform>(%n más desde la última vez que miró)</numerusform>
            <numerusform>(%n más desde la última vez que miró)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show in history</source>
        <translation>Mostrar en el historial</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>pavt::gui::LinkOptions</name>
    <message>
        <source>Choose a template for the payment link.</source>
        <translation>Elija una plantilla para el enlace de pago.</translation>
    </message>
    <message>
        <source>There is no template to make a payment link from.</source>
        <translation>No hay ninguna plantilla con la que crear un enlace de pago.</translation>
    </message>
    <message>
        <source>The customer types the card on the gateway&apos;s own payment page; you never hear it. The link is followed until it is paid or expires.</source>
        <translation>El cliente escribe la tarjeta en la propia página de pago de la pasarela; usted nunca la oye. El enlace se sigue hasta que se paga o caduca.</translation>
    </message>
    <message>
        <source>The customer pays on the gateway&apos;s page with one of the merchant&apos;s other payment methods. The link is followed until it is paid or expires.</source>
        <translation>El cliente paga en la página de la pasarela con otro de los métodos de pago del comercio. El enlace se sigue hasta que se paga o caduca.</translation>
    </message>
    <message>
        <source>Loading the merchant&apos;s templates…</source>
        <translation>Cargando las plantillas del comercio…</translation>
    </message>
    <message>
        <source>The merchant has no payment templates.</source>
        <translation>El comercio no tiene plantillas de pago.</translation>
    </message>
    <message>
        <source>A link from the chosen template; the customer can pay it until the end of the expiry date.</source>
        <translation>Un enlace a partir de la plantilla elegida; el cliente puede pagarlo hasta el final de la fecha de caducidad.</translation>
    </message>
    <message>
        <source>Payment link</source>
        <translation>Enlace de pago</translation>
    </message>
    <message>
        <source>Payme&amp;nt method</source>
        <translation>Méto&amp;do de pago</translation>
    </message>
    <message>
        <source>Templat&amp;e</source>
        <translation>Plantill&amp;a</translation>
    </message>
    <message>
        <source>&amp;Valid until</source>
        <translation>&amp;Válido hasta</translation>
    </message>
    <message>
        <source>Card, on the gateway&apos;s page</source>
        <translation>Tarjeta, en la página de la pasarela</translation>
    </message>
    <message>
        <source>Other payment methods (APM)</source>
        <translation>Otros métodos de pago (APM)</translation>
    </message>
    <message>
        <source>Link from a template (live only)</source>
        <translation>Enlace desde una plantilla (solo live)</translation>
    </message>
    <message>
        <source>Payment method of the link</source>
        <translation>Método de pago del enlace</translation>
    </message>
    <message>
        <source>Template of the payment link</source>
        <translation>Plantilla del enlace de pago</translation>
    </message>
    <message>
        <source>Last day the link can be paid</source>
        <translation>Último día en que se puede pagar el enlace</translation>
    </message>
</context>
<context>
    <name>pavt::gui::LinkPanel</name>
    <message>
        <source>Link not created</source>
        <translation>Enlace no creado</translation>
    </message>
    <message>
        <source>%1
Nothing reached the gateway and no link exists; you can try again.</source>
        <translation>%1
Nada llegó a la pasarela y no existe ningún enlace; puede intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Waiting for the customer to pay</source>
        <translation>Esperando a que el cliente pague</translation>
    </message>
    <message>
        <source>Hand %1 this link for %2: copy it, e-mail it, or let them scan the code. It is followed until it is paid or until %3; you may go on with other orders, the terminal tells you when it is paid.</source>
        <translation>Dé a %1 este enlace por %2: cópielo, envíelo por correo o deje que escanee el código. Se sigue hasta que se pague o hasta %3; puede seguir con otros pedidos, el terminal le avisa cuando se pague.</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>el cliente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>%1 paid by %2 on the gateway&apos;s page.</source>
        <translation>%1 pagado por %2 en la página de la pasarela.</translation>
    </message>
    <message>
        <source>%1 paid by %2 on the gateway&apos;s page with %3.</source>
        <translation>%1 pagado por %2 en la página de la pasarela con %3.</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Pago fallido</translation>
    </message>
    <message>
        <source>%1
No money was taken. You can make a new link for the customer.</source>
        <translation>%1
No se cobró nada. Puede crear un enlace nuevo para el cliente.</translation>
    </message>
    <message>
        <source>Link expired: no longer followed</source>
        <translation>Enlace caducado: ya no se sigue</translation>
    </message>
    <message>
        <source>Unresolved: check by hand</source>
        <translation>Sin resolver: compruébelo a mano</translation>
    </message>
    <message>
        <source>Rejected by the gateway</source>
        <translation>Rechazado por la pasarela</translation>
    </message>
    <message>
        <source>%1
No link was made.</source>
        <translation>%1
No se creó ningún enlace.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>Link not confirmed: being looked up</source>
        <translation>Enlace no confirmado: se está buscando</translation>
    </message>
    <message>
        <source>The request was sent but no usable answer came back (%1). The link MAY exist: the terminal is looking for order %2 at the gateway. Do not make another link for this order until the history shows the result.</source>
        <translation>La solicitud se envió pero no llegó ninguna respuesta útil (%1). El enlace PUEDE existir: el terminal está buscando el pedido %2 en la pasarela. No cree otro enlace para este pedido hasta que el historial muestre el resultado.</translation>
    </message>
    <message>
        <source>QR code of the payment link, for a customer at the counter</source>
        <translation>Código QR del enlace de pago, para un cliente en el mostrador</translation>
    </message>
    <message>
        <source>Copy lin&amp;k</source>
        <translation>Copiar enla&amp;ce</translation>
    </message>
    <message>
        <source>&amp;E-mail to customer…</source>
        <translation>&amp;Enviar al cliente por correo…</translation>
    </message>
    <message>
        <source>No e-mail address was given for the customer.</source>
        <translation>No se indicó ninguna dirección de correo del cliente.</translation>
    </message>
    <message>
        <source>Opens your mail program with a message to %1; you send it.</source>
        <translation>Abre su programa de correo con un mensaje para %1; usted lo envía.</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
    <message>
        <source>New charge (Ctrl+N)</source>
        <translation>Nuevo cobro (Ctrl+N)</translation>
    </message>
    <message>
        <source>Payment link for the customer</source>
        <translation>Enlace de pago para el cliente</translation>
    </message>
    <message>
        <source>QR code of the payment link</source>
        <translation>Código QR del enlace de pago</translation>
    </message>
</context>
<context>
    <name>pavt::gui::MainWindow</name>
    <message>
        <source>Confirm the charge</source>
        <translation>Confirmar el cobro</translation>
    </message>
    <message>
        <source>&amp;Charge</source>
        <translation>&amp;Cobrar</translation>
    </message>
    <message>
        <source>&amp;New charge</source>
        <translation>&amp;Nuevo cobro</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>DEMO — payments go to the built-in gateway simulator; no real card is charged. Use the test cards on the right. Enter credentials in Settings (Ctrl+,) to go live.</source>
        <translation>DEMO — los pagos van al simulador de pasarela integrado; no se cobra ninguna tarjeta real. Use las tarjetas de prueba de la derecha. Introduzca las credenciales en Configuración (Ctrl+,) para pasar a LIVE.</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo demo</translation>
    </message>
    <message>
        <source>Test cards (demo)</source>
        <translation>Tarjetas de prueba (demo)</translation>
    </message>
    <message>
        <source>Any future expiry (e.g. 12/30), any CVV (3 digits, 4 for Amex).</source>
        <translation>Cualquier caducidad futura (p. ej. 12/30), cualquier CVV (3 dígitos, 4 en Amex).</translation>
    </message>
    <message>
        <source>Test cards of the simulator</source>
        <translation>Tarjetas de prueba del simulador</translation>
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
        <translation>LIVE — se cobran tarjetas reales.</translation>
    </message>
    <message>
        <source>Live mode</source>
        <translation>Modo LIVE</translation>
    </message>
    <message>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Entorno: %1</translation>
    </message>
    <message>
        <source>No gateway is configured: open Settings (Ctrl+,).</source>
        <translation>No hay ninguna pasarela configurada: abra Configuración (Ctrl+,).</translation>
    </message>
    <message>
        <source>The journal could not be checked for a duplicate charge: %1</source>
        <translation>No se pudo comprobar en el registro si hay un cobro duplicado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Possible double charge: the same amount was charged to this card %n second(s) ago (order %1, %2). Charge it again only if the customer asked for a second payment.</source>
        <translation>
            <numerusform>Posible cobro duplicado: se cobró el mismo importe a esta tarjeta hace %n segundo (pedido %1, %2). Cobre otra vez solo si el cliente pidió un segundo pago.</numerusform>
            <numerusform>Posible cobro duplicado: se cobró el mismo importe a esta tarjeta hace %n segundos (pedido %1, %2). Cobre otra vez solo si el cliente pidió un segundo pago.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charging %1…</source>
        <translation>Cobrando %1…</translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation>Pedido %1: %2</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>denegado</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Guardar el recibo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to %1</source>
        <translation>Recibo guardado en %1</translation>
    </message>
    <message numerus="yes">
        <source>The card details were cleared after %n second(s) without activity.</source>
        <translation>
            <numerusform>Los datos de la tarjeta se borraron tras %n segundo sin actividad.</numerusform>
            <numerusform>Los datos de la tarjeta se borraron tras %n segundos sin actividad.</numerusform>
        </translation>
    </message>
    <message>
        <source>A charge is in progress</source>
        <translation>Hay un cobro en curso</translation>
    </message>
    <message>
        <source>A charge is waiting for the gateway&apos;s answer. If you quit now its outcome will be looked up the next time the terminal starts. Quit anyway?</source>
        <translation>Un cobro está esperando la respuesta de la pasarela. Si sale ahora, su resultado se consultará la próxima vez que se inicie el terminal. ¿Salir de todos modos?</translation>
    </message>
    <message>
        <source>T&amp;erminal</source>
        <translation>T&amp;erminal</translation>
    </message>
    <message>
        <source>Nothing can be charged until this is fixed in Settings (Ctrl+,): %1</source>
        <translation>No se puede cobrar nada hasta que esto se corrija en Ajustes (Ctrl+,): %1</translation>
    </message>
    <message>
        <source>Charging is stopped</source>
        <translation>Los cobros están detenidos</translation>
    </message>
    <message>
        <source>DEMO — %1</source>
        <translation>DEMO — %1</translation>
    </message>
    <message>
        <source>Charge form</source>
        <translation>Formulario de cobro</translation>
    </message>
    <message>
        <source>Charge (a confirmation follows)</source>
        <translation>Cobrar (sigue una confirmación)</translation>
    </message>
    <message>
        <source>Clear the form</source>
        <translation>Vaciar el formulario</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>&amp;About PayAgency Virtual Terminal</source>
        <translation>A&amp;cerca de PayAgency Virtual Terminal</translation>
    </message>
    <message>
        <source>Print the receipt, save it as PDF or e-mail it to the customer?</source>
        <translation>¿Imprimir el recibo, guardarlo como PDF o enviarlo al cliente por correo electrónico?</translation>
    </message>
    <message>
        <source>&amp;E-mail receipt…</source>
        <translation>Enviar por &amp;correo…</translation>
    </message>
    <message>
        <source>No mail program could be opened on this computer. Set one as the desktop&apos;s default e-mail application, or save the receipt as PDF and attach it.</source>
        <translation>No se pudo abrir ningún programa de correo en este ordenador. Configure uno como aplicación de correo predeterminada del escritorio, o guarde el recibo como PDF y adjúntelo.</translation>
    </message>
    <message>
        <source>The receipt is in a new e-mail in your mail program; add the customer&apos;s address there.</source>
        <translation>El recibo está en un correo nuevo de su programa de correo; añada allí la dirección del cliente.</translation>
    </message>
    <message>
        <source>The receipt is in a new e-mail to %1 in your mail program.</source>
        <translation>El recibo está en un correo nuevo para %1 en su programa de correo.</translation>
    </message>
    <message>
        <source>Filled in the details of %1 from their order of %2. The card is never kept: key it again.</source>
        <translation>Se han rellenado los datos de %1 de su pedido del %2. La tarjeta nunca se guarda: introdúzcala de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Card details</source>
        <translation>&amp;Datos de tarjeta</translation>
    </message>
    <message>
        <source>Payment &amp;link</source>
        <translation>&amp;Enlace de pago</translation>
    </message>
    <message>
        <source>Creating the payment link for %1…</source>
        <translation>Creando el enlace de pago para %1…</translation>
    </message>
    <message>
        <source>The payment link of order %1 is on the clipboard.</source>
        <translation>El enlace de pago del pedido %1 está en el portapapeles.</translation>
    </message>
    <message>
        <source>Your mail program opens with the link of order %1; send it from there.</source>
        <translation>Su programa de correo se abre con el enlace del pedido %1; envíelo desde allí.</translation>
    </message>
    <message>
        <source>This account does not charge cards.</source>
        <translation>Esta cuenta no cobra tarjetas.</translation>
    </message>
    <message>
        <source>This account does not print receipts.</source>
        <translation>Esta cuenta no imprime recibos.</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>Cierre del día</translation>
    </message>
    <message>
        <source>Run the settlement of the chosen days</source>
        <translation>Ejecutar la conciliación de los días elegidos</translation>
    </message>
    <message>
        <source>Cancel a settlement under way</source>
        <translation>Cancelar una conciliación en curso</translation>
    </message>
    <message>
        <source>En&amp;d of day</source>
        <translation>C&amp;ierre del día</translation>
    </message>
    <message>
        <source>&amp;Batch refund…</source>
        <translation>Reembolso por &amp;lotes…</translation>
    </message>
    <message>
        <source>Only an approved charge has a receipt.</source>
        <translation>Solo un cobro aprobado tiene recibo.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::PasswordDialog</name>
    <message>
        <source>A supervisor&apos;s approval</source>
        <translation>Aprobación de un supervisor</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>The supervisor&apos;s password</source>
        <translation>La contraseña del supervisor</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Cambiar su contraseña</translation>
    </message>
    <message>
        <source>Set a new password</source>
        <translation>Fijar una contraseña nueva</translation>
    </message>
    <message>
        <source>Enter the supervisor&apos;s name and password.</source>
        <translation>Introduzca el nombre y la contraseña del supervisor.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Introduzca su contraseña actual.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::PolicyDialog</name>
    <message>
        <source>&amp;Lock the window after</source>
        <translation>&amp;Bloquear la ventana tras</translation>
    </message>
    <message>
        <source>Lock an account after &amp;wrong passwords</source>
        <translation>Bloquear una cuenta tras contraseñas &amp;erróneas</translation>
    </message>
    <message>
        <source>Keep it locked &amp;for</source>
        <translation>Mantenerla bloqueada &amp;durante</translation>
    </message>
    <message>
        <source>&amp;Supervisor, per refund</source>
        <translation>&amp;Supervisor, por reembolso</translation>
    </message>
    <message>
        <source>Supervisor, per &amp;day</source>
        <translation>Supervisor, por dí&amp;a</translation>
    </message>
    <message>
        <source>F&amp;inance, per refund</source>
        <translation>F&amp;inanzas, por reembolso</translation>
    </message>
    <message>
        <source>Finance, per d&amp;ay</source>
        <translation>Finanzas, p&amp;or día</translation>
    </message>
    <message>
        <source>Security policy</source>
        <translation>Política de seguridad</translation>
    </message>
    <message>
        <source>These rules apply to every seat of this journal and to pavt-cli. Refund limits are in major units of the refund&apos;s currency; a refund above them needs a supervisor&apos;s approval.</source>
        <translation>Estas reglas se aplican a todos los puestos de este diario y a pavt-cli. Los límites de reembolso están en unidades principales de la moneda del reembolso; un reembolso por encima necesita la aprobación de un supervisor.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que ha pasado</translation>
    </message>
</context>
<context>
    <name>pavt::gui::Receipt</name>
    <message>
        <source>Payment receipt</source>
        <translation>Recibo de pago</translation>
    </message>
    <message>
        <source>DEMO: no real payment was made.</source>
        <translation>DEMO: no se realizó ningún pago real.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>Cardholder</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Card payment taken by phone through Pay Agency.</source>
        <translation>Pago con tarjeta recibido por teléfono a través de Pay Agency.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation>No se pudo escribir el recibo en %1.</translation>
    </message>
    <message>
        <source>Your payment receipt (%1)</source>
        <translation>Su recibo de pago (%1)</translation>
    </message>
    <message>
        <source>Your payment receipt from %1 (%2)</source>
        <translation>Su recibo de pago de %1 (%2)</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Refunded in full (%1)</source>
        <translation>Reembolsado por completo (%1)</translation>
    </message>
    <message>
        <source>Partly refunded: %1 of %2</source>
        <translation>Reembolsado en parte: %1 de %2</translation>
    </message>
</context>
<context>
    <name>pavt::gui::RefundDialog</name>
    <message>
        <source>Refund to %1 %2 (card …%3, transaction %4): %5 was charged, %6 is left to refund.</source>
        <translation>Reembolso a %1 %2 (tarjeta …%3, transacción %4): se cobraron %5, quedan %6 por reembolsar.</translation>
    </message>
    <message>
        <source>&amp;Amount (%1)</source>
        <translation>&amp;Importe (%1)</translation>
    </message>
    <message>
        <source>Refund %1 to %2 %3 (card …%4, transaction %5) in full?</source>
        <translation>¿Reembolsar %1 por completo a %2 %3 (tarjeta …%4, transacción %5)?</translation>
    </message>
    <message>
        <source>The charge&apos;s currency %1 is not known.</source>
        <translation>No se conoce la moneda %1 del cobro.</translation>
    </message>
    <message>
        <source>Give a reason for the refund.</source>
        <translation>Indique un motivo para el reembolso.</translation>
    </message>
</context>
<context>
    <name>pavt::gui::ResultPanel</name>
    <message>
        <source>%1 on %2 for %3.</source>
        <translation>%1 en %2 para %3.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>The card was declined: %1
No money was taken. Ask the customer for another card.</source>
        <translation>La tarjeta fue denegada: %1
No se cobró dinero. Pida otra tarjeta al cliente.</translation>
    </message>
    <message>
        <source>3-D Secure needed</source>
        <translation>Se necesita 3-D Secure</translation>
    </message>
    <message>
        <source>The cardholder must confirm this payment with their bank. Open the link in a browser or send it to the cardholder. The status is followed until it is final.
%1</source>
        <translation>El titular debe confirmar este pago con su banco. Abra el enlace en un navegador o envíelo al titular. El estado se sigue hasta que sea definitivo.
%1</translation>
    </message>
    <message>
        <source>Waiting for 3-D Secure</source>
        <translation>Esperando 3-D Secure</translation>
    </message>
    <message>
        <source>The cardholder has not finished the 3-D Secure check yet. %1</source>
        <translation>El titular aún no ha terminado la verificación de 3-D Secure. %1</translation>
    </message>
    <message>
        <source>Rejected by the gateway</source>
        <translation>Rechazado por la pasarela</translation>
    </message>
    <message>
        <source>%1
No money was taken.</source>
        <translation>%1
No se cobró dinero.</translation>
    </message>
    <message>
        <source>%1
The fields the gateway complained about are marked on the form. No money was taken.</source>
        <translation>%1
Los campos que la pasarela rechazó están marcados en el formulario. No se cobró dinero.</translation>
    </message>
    <message>
        <source>The gateway refused the credentials (HTTP 401). Check the secret key in Settings. No money was taken.</source>
        <translation>La pasarela rechazó las credenciales (HTTP 401). Revise la clave secreta en la configuración. No se cobró dinero.</translation>
    </message>
    <message>
        <source>Gateway error</source>
        <translation>Error de la pasarela</translation>
    </message>
    <message>
        <source>The gateway had a problem (%1). The charge is being looked up to be sure no money was taken; do not charge again until the history shows the result.</source>
        <translation>La pasarela tuvo un problema (%1). Se está consultando el cobro para asegurarse de que no se cobró dinero; no vuelva a cobrar hasta que el historial muestre el resultado.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <source>%1
Nothing reached the gateway and no money was taken; you can try again.</source>
        <translation>%1
Nada llegó a la pasarela y no se cobró dinero; puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>Outcome unknown: being looked up</source>
        <translation>Resultado desconocido: consultando</translation>
    </message>
    <message>
        <source>The charge was sent but no clear answer came back, so it MAY HAVE GONE THROUGH. Do not charge this card again. The terminal is looking it up with the gateway (order %1) and the history will show the result.
%2</source>
        <translation>El cobro se envió pero no llegó una respuesta clara, así que PUEDE HABERSE REALIZADO. No vuelva a cobrar esta tarjeta. El terminal lo está consultando en la pasarela (pedido %1) y el historial mostrará el resultado.
%2</translation>
    </message>
    <message>
        <source>Following the status…</source>
        <translation>Siguiendo el estado…</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Transaction %1 · order %2</source>
        <translation>Transacción %1 · pedido %2</translation>
    </message>
</context>
<context>
    <name>pavt::gui::SessionController</name>
    <message>
        <source>An administrator set your password. Choose your own now; nobody else will know it.</source>
        <translation>Un administrador fijó su contraseña. Elija ahora la suya; nadie más la sabrá.</translation>
    </message>
    <message>
        <source>A supervisor approves it here with their own name and password.</source>
        <translation>Un supervisor lo aprueba aquí con su propio nombre y contraseña.</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation>Cambiar con&amp;traseña…</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>&amp;Operadores…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>Registro de a&amp;uditoría…</translation>
    </message>
    <message>
        <source>The terminal is locked: sign in to see the charges.</source>
        <translation>El terminal está bloqueado: inicie sesión para ver los cobros.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Sesión iniciada: %1</translation>
    </message>
    <message>
        <source>Choose your own password to go on.</source>
        <translation>Elija su propia contraseña para seguir.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Elija una contraseña nueva.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Se cambió su contraseña.</translation>
    </message>
    <message>
        <source>The audit trail is broken at record %1: %2 Someone changed the journal&apos;s database outside the terminal; keep a copy of it and find out who.</source>
        <translation>El registro de auditoría está roto en el registro %1: %2 Alguien cambió la base de datos del diario fuera del terminal; guarde una copia y averigüe quién.</translation>
    </message>
    <message>
        <source>The audit trail could not be checked: %1</source>
        <translation>No se pudo verificar el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Bloquear</translation>
    </message>
</context>
<context>
    <name>pavt::gui::SettingsDialog</name>
    <message>
        <source>Alpha-3 (GBR): the documentation&apos;s table</source>
        <translation>Alfa-3 (GBR): la tabla de la documentación</translation>
    </message>
    <message>
        <source>Alpha-2 (GB): the SDK&apos;s example</source>
        <translation>Alfa-2 (GB): el ejemplo del SDK</translation>
    </message>
    <message>
        <source>Minor units (1250 = 12.50): the documentation</source>
        <translation>Unidades menores (1250 = 12,50): la documentación</translation>
    </message>
    <message>
        <source>Major units (12.50): the SDK README</source>
        <translation>Unidades principales (12,50): el README del SDK</translation>
    </message>
    <message>
        <source>This computer (SQLite)</source>
        <translation>Este equipo (SQLite)</translation>
    </message>
    <message>
        <source>Shared PostgreSQL server</source>
        <translation>Servidor PostgreSQL compartido</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Saved in: %1</source>
        <translation>Guardadas en: %1</translation>
    </message>
    <message>
        <source>unchanged (leave empty to keep the saved key)</source>
        <translation>sin cambios (déjelo vacío para conservar la clave guardada)</translation>
    </message>
    <message>
        <source>LIVE: real cards will be charged</source>
        <translation>LIVE: se cobrarán tarjetas reales</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Enter both the secret key and the encryption key.</source>
        <translation>Introduzca la clave secreta y la clave de cifrado.</translation>
    </message>
    <message>
        <source>The encryption key must be exactly 32 characters; this one has %1.</source>
        <translation>La clave de cifrado debe tener exactamente 32 caracteres; esta tiene %1.</translation>
    </message>
    <message>
        <source>The credentials are in use for this session but could not be saved: %1</source>
        <translation>Las credenciales se usan en esta sesión, pero no se pudieron guardar: %1</translation>
    </message>
    <message>
        <source>%1 %2 Allowed: %3.</source>
        <translation>%1 %2 Se permite: %3.</translation>
    </message>
    <message>
        <source>Nothing saved yet; keys are saved in: %1</source>
        <translation>Aún no hay nada guardado; las claves se guardan en: %1</translation>
    </message>
    <message>
        <source>PA_TEST_… or PA_LIVE_…</source>
        <translation>PA_TEST_… o PA_LIVE_…</translation>
    </message>
    <message>
        <source>32 characters, from the merchant portal</source>
        <translation>32 caracteres, del portal del comercio</translation>
    </message>
    <message>
        <source>Demo: the built-in simulator answers; no card is charged</source>
        <translation>Demostración: responde el simulador integrado; no se cobra ninguna tarjeta</translation>
    </message>
    <message>
        <source>None yet: enter the merchant&apos;s keys</source>
        <translation>Ninguno aún: introduzca las claves del comercio</translation>
    </message>
    <message>
        <source>Offered while typing an e-mail, last name or phone</source>
        <translation>Se ofrecen al escribir un correo, un apellido o un teléfono</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivados</translation>
    </message>
    <message>
        <source>Off: a refund is of the whole charge</source>
        <translation>Desactivado: un reembolso es del cobro entero</translation>
    </message>
    <message>
        <source>On: a refund may be of part of the charge (confirmed with the gateway)</source>
        <translation>Activado: un reembolso puede ser de una parte del cobro (confirmado con la pasarela)</translation>
    </message>
</context>
<context>
    <name>pavt::gui::SignInPanel</name>
    <message>
        <source>The terminal is locked</source>
        <translation>El terminal está bloqueado</translation>
    </message>
    <message>
        <source>Signed in: %1. Enter your password to go on, or sign in with another account, which signs %1 out.</source>
        <translation>Sesión iniciada: %1. Introduzca su contraseña para seguir, o inicie sesión con otra cuenta, lo que cierra la sesión de %1.</translation>
    </message>
    <message>
        <source>Sign in to the terminal</source>
        <translation>Iniciar sesión en el terminal</translation>
    </message>
    <message>
        <source>Every charge and refund is recorded under your account.</source>
        <translation>Cada cobro y reembolso se registra con su cuenta.</translation>
    </message>
    <message>
        <source>Enter your account&apos;s name.</source>
        <translation>Introduzca el nombre de su cuenta.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
</context>
</TS>
