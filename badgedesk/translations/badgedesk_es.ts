<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ApiErrors</name>
    <message>
        <source>The server gave no answer within {seconds} s. Check the network connection.</source>
        <translation>El servidor no respondió en {seconds} s. Compruebe la conexión de red.</translation>
    </message>
    <message>
        <source>The server is busy and asked BadgeDesk to slow down. Try again in {seconds} s.</source>
        <translation>El servidor está ocupado y pidió a BadgeDesk que redujera el ritmo. Vuelva a intentarlo dentro de {seconds} s.</translation>
    </message>
    <message>
        <source>The server did not accept the request: {detail}</source>
        <translation>El servidor no aceptó la solicitud: {detail}</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>El servidor rechazó la solicitud (HTTP {status}).</translation>
    </message>
    <message>
        <source>Cancelled before the server answered: checked with the server before any resend.</source>
        <translation>Cancelado antes de que respondiera el servidor: se comprobó con el servidor antes de cualquier reenvío.</translation>
    </message>
    <message>
        <source>Cancelled before the server answered: read back before any resend.</source>
        <translation>Cancelado antes de que respondiera el servidor: se vuelve a leer del servidor antes de cualquier reenvío.</translation>
    </message>
    <message>
        <source>The server&apos;s answer said nothing about this award.</source>
        <translation>La respuesta del servidor no decía nada de esta concesión.</translation>
    </message>
    <message>
        <source>You are not signed in to the server.</source>
        <translation>No ha iniciado sesión en el servidor.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the network connection.</source>
        <translation>No se puede contactar con el servidor. Compruebe la conexión de red.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Please sign in again.</source>
        <translation>Su inicio de sesión ha caducado o se ha revocado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server is busy and asked BadgeDesk to slow down.</source>
        <translation>El servidor está ocupado y pidió a BadgeDesk que redujera el ritmo.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a few minutes.</source>
        <translation>El servidor tuvo un problema. Vuelva a intentarlo dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Not found, or your account is not allowed to see it.</source>
        <translation>No se encontró, o su cuenta no tiene permiso para verlo.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>El servidor no aceptó la solicitud.</translation>
    </message>
    <message>
        <source>The server sent a response BadgeDesk could not understand.</source>
        <translation>El servidor envió una respuesta que BadgeDesk no pudo interpretar.</translation>
    </message>
    <message>
        <source>The sign-in was not accepted: the code or refresh token has expired or was already used. Please sign in again.</source>
        <translation>No se aceptó el inicio de sesión: el código o el token de actualización ha caducado o ya se usó. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>This server does not know BadgeDesk&apos;s client id. Check the server profile.</source>
        <translation>Este servidor no reconoce el ID de cliente de BadgeDesk. Compruebe el perfil de servidor.</translation>
    </message>
    <message>
        <source>The server refused the requested permissions (scopes).</source>
        <translation>El servidor rechazó los permisos solicitados (scopes).</translation>
    </message>
    <message>
        <source>Sign-in was cancelled or access was denied.</source>
        <translation>Se canceló el inicio de sesión o se denegó el acceso.</translation>
    </message>
    <message>
        <source>The server does not support this way of signing in.</source>
        <translation>El servidor no admite esta forma de iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in request was malformed.</source>
        <translation>La solicitud de inicio de sesión estaba mal formada.</translation>
    </message>
    <message>
        <source>Signing in failed ({code}).</source>
        <translation>El inicio de sesión falló ({code}).</translation>
    </message>
</context>
<context>
    <name>ApiWords</name>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Not yet accepted</source>
        <translation>Sin aceptar todavía</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Quitada</translation>
    </message>
</context>
<context>
    <name>AssertionDetail</name>
    <message>
        <source>Badge image</source>
        <translation>Imagen de la insignia</translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation>Clase de insignia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Copiar &amp;ID</translation>
    </message>
    <message>
        <source>Copy the entity ID</source>
        <translation>Copiar el ID de entidad</translation>
    </message>
    <message>
        <source>Copy reci&amp;pient</source>
        <translation>Copiar &amp;destinatario</translation>
    </message>
    <message>
        <source>Copy the recipient identity</source>
        <translation>Copiar la identidad del destinatario</translation>
    </message>
    <message>
        <source>Copy &amp;Open Badge ID</source>
        <translation>Copiar ID de &amp;Open Badges</translation>
    </message>
    <message>
        <source>Copy the Open Badge ID</source>
        <translation>Copiar el ID de Open Badges</translation>
    </message>
    <message>
        <source>Open p&amp;ublic page</source>
        <translation>&amp;Abrir página pública</translation>
    </message>
    <message>
        <source>Open the public page in the browser</source>
        <translation>Abrir la página pública en el navegador</translation>
    </message>
    <message>
        <source>Award details</source>
        <translation>Detalles de la concesión</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Concesión</translation>
    </message>
    <message>
        <source>● Active</source>
        <translation>● Activa</translation>
    </message>
    <message>
        <source>◐ Expired</source>
        <translation>◐ Caducada</translation>
    </message>
    <message>
        <source>✕ Revoked</source>
        <translation>✕ Revocada</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Hashed</source>
        <translation>Con hash</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Salt</source>
        <translation>Sal</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(sin motivo indicado)</translation>
    </message>
    <message>
        <source>Revocation reason</source>
        <translation>Motivo de la revocación</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>ID de entidad</translation>
    </message>
    <message>
        <source>Public link</source>
        <translation>Enlace público</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>No narrative.</source>
        <translation>Sin narrativa.</translation>
    </message>
    <message>
        <source>Open Badges 3 award properties</source>
        <translation>Propiedades Open Badges 3 de la concesión</translation>
    </message>
    <message>
        <source>Activity start</source>
        <translation>Inicio de la actividad</translation>
    </message>
    <message>
        <source>Activity end</source>
        <translation>Fin de la actividad</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Número de licencia</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>No evidence.</source>
        <translation>Sin evidencias.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
</context>
<context>
    <name>AssertionTableModel</name>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Revocada: {reason}</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation>Clase de insignia</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
</context>
<context>
    <name>AssertionsTab</name>
    <message>
        <source>Assertions</source>
        <translation>Aserciones</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>Aviso sin conexión</translation>
    </message>
    <message>
        <source>Issuers and badge classes</source>
        <translation>Emisores y clases de insignia</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Concesiones</translation>
    </message>
    <message>
        <source>Loading error</source>
        <translation>Error de carga</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Rein&amp;tentar</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Reintentar la carga</translation>
    </message>
    <message>
        <source>Loading state</source>
        <translation>Estado de la carga</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Look for it in the loaded rows</source>
        <translation>Buscarlo en las filas cargadas</translation>
    </message>
    <message>
        <source>Look for the text in the loaded rows instead</source>
        <translation>Buscar el texto en las filas cargadas</translation>
    </message>
    <message>
        <source>Select an award to see its details.</source>
        <translation>Seleccione una concesión para ver sus detalles.</translation>
    </message>
    <message>
        <source>&amp;Award…</source>
        <translation>&amp;Otorgar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <source>Revoke &amp;selected…</source>
        <translation>Revocar &amp;seleccionadas…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show or hide the award&apos;s details (Ctrl+D)</source>
        <translation>Mostrar u ocultar los detalles de la concesión (Ctrl+D)</translation>
    </message>
    <message>
        <source>Show &amp;revoked</source>
        <translation>Mostrar &amp;revocadas</translation>
    </message>
    <message>
        <source>Show revoked awards</source>
        <translation>Mostrar las concesiones revocadas</translation>
    </message>
    <message>
        <source>Show e&amp;xpired</source>
        <translation>Mostrar ca&amp;ducadas</translation>
    </message>
    <message>
        <source>Show expired awards</source>
        <translation>Mostrar las concesiones caducadas</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <source>Show the award&apos;s details</source>
        <translation>Mostrar los detalles de la concesión</translation>
    </message>
    <message>
        <source>Filter loaded rows (Ctrl+F)</source>
        <translation>Filtrar las filas cargadas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Filtrar la tabla</translation>
    </message>
    <message>
        <source>Find whole identities on the server…</source>
        <translation>Buscar identidades completas en el servidor…</translation>
    </message>
    <message>
        <source>One or more whole identities (email, URL, phone), separated by commas or spaces. The server finds only identities written in full: “dana@example.org” finds Dana, “dana” finds nobody. To look for part of a name or address, use the filter of the loaded rows (Ctrl+F).</source>
        <translation>Una o varias identidades completas (correo electrónico, URL, teléfono), separadas por comas o espacios. El servidor solo encuentra identidades escritas completas: «dana@example.org» encuentra a Dana; «dana» no encuentra a nadie. Para buscar parte de un nombre o de una dirección, use el filtro de las filas cargadas (Ctrl+F).</translation>
    </message>
    <message>
        <source>Recipients to find on the server</source>
        <translation>Destinatarios que buscar en el servidor</translation>
    </message>
    <message>
        <source>⚠ Offline — showing the issuers and badge classes saved at your last sign-in.</source>
        <translation>⚠ Sin conexión: se muestran los emisores y las clases de insignia guardados en su último inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign in to load the awards of this badge class.</source>
        <translation>Inicie sesión para cargar las concesiones de esta clase de insignia.</translation>
    </message>
    <message>
        <source>Counts unavailable: {error}</source>
        <translation>Recuentos no disponibles: {error}</translation>
    </message>
    <message>
        <source>A draft has no awards: it becomes a badge class when it is sent.</source>
        <translation>Un borrador no tiene concesiones: se convierte en clase de insignia cuando se envía.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) as saved at your last visit: the server cannot be asked now.</source>
        <translation>
            <numerusform>Concesiones guardadas en su última visita: %Ln; ahora no se puede consultar al servidor.</numerusform>
            <numerusform>Concesiones guardadas en su última visita: %Ln; ahora no se puede consultar al servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) as saved at your last visit, being brought up to date…</source>
        <translation>
            <numerusform>Concesiones guardadas en su última visita: %Ln; actualizando…</numerusform>
            <numerusform>Concesiones guardadas en su última visita: %Ln; actualizando…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load more awards: {message} The rows above are kept.</source>
        <translation>No se pudieron cargar más concesiones: {message} Se conservan las filas de arriba.</translation>
    </message>
    <message>
        <source>Could not load this award: {error}</source>
        <translation>No se pudo cargar esta concesión: {error}</translation>
    </message>
    <message>
        <source>The award was not made: {error}</source>
        <translation>No se realizó la concesión: {error}</translation>
    </message>
    <message>
        <source>Awarded to {recipient}.</source>
        <translation>Otorgada a {recipient}.</translation>
    </message>
    <message>
        <source>Could not open the award: {error}</source>
        <translation>No se pudo abrir la concesión: {error}</translation>
    </message>
    <message>
        <source>The changes were not saved: {error}</source>
        <translation>Los cambios no se guardaron: {error}</translation>
    </message>
    <message>
        <source>The award was not revoked: {error}</source>
        <translation>La concesión no se revocó: {error}</translation>
    </message>
    <message>
        <source>Revoked the award of {recipient}.</source>
        <translation>Revocada la concesión de {recipient}.</translation>
    </message>
    <message>
        <source>Export stopped: {error}</source>
        <translation>Exportación detenida: {error}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>Choose an issuer or badge class on the left.</source>
        <translation>Elija un emisor o una clase de insignia a la izquierda.</translation>
    </message>
    <message>
        <source>Loading awards…</source>
        <translation>Cargando concesiones…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) loaded, loading more…</source>
        <translation>
            <numerusform>Concesiones cargadas: %Ln; cargando más…</numerusform>
            <numerusform>Concesiones cargadas: %Ln; cargando más…</numerusform>
        </translation>
    </message>
    <message>
        <source>No award is for exactly these identities: the server matches whole identities only.</source>
        <translation>Ninguna concesión corresponde exactamente a estas identidades: el servidor solo busca identidades completas.</translation>
    </message>
    <message>
        <source>No awards to show here.</source>
        <translation>No hay concesiones que mostrar aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) loaded, no more to load.</source>
        <translation>
            <numerusform>Concesiones cargadas: %Ln; no hay más que cargar.</numerusform>
            <numerusform>Concesiones cargadas: %Ln; no hay más que cargar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) loaded; scroll down for more.</source>
        <translation>
            <numerusform>Concesiones cargadas: %Ln; desplácese hacia abajo para ver más.</numerusform>
            <numerusform>Concesiones cargadas: %Ln; desplácese hacia abajo para ver más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown by the filter.</source>
        <translation>
            <numerusform>Mostradas por el filtro: %Ln.</numerusform>
            <numerusform>Mostradas por el filtro: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) selected.</source>
        <translation>
            <numerusform>Concesiones seleccionadas: %Ln.</numerusform>
            <numerusform>Concesiones seleccionadas: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to see the details of this award.</source>
        <translation>Inicie sesión para ver los detalles de esta concesión.</translation>
    </message>
    <message>
        <source>Choose a badge class on the left first.</source>
        <translation>Elija primero una clase de insignia a la izquierda.</translation>
    </message>
    <message>
        <source>A revoked award cannot be edited.</source>
        <translation>Una concesión revocada no se puede editar.</translation>
    </message>
    <message>
        <source>Select one award to edit.</source>
        <translation>Seleccione una sola concesión para editarla.</translation>
    </message>
    <message>
        <source>This award is already revoked.</source>
        <translation>Esta concesión ya está revocada.</translation>
    </message>
    <message>
        <source>Select one award to revoke; for several, use Revoke selected.</source>
        <translation>Seleccione una sola concesión para revocarla; para varias, use Revocar seleccionadas.</translation>
    </message>
    <message>
        <source>A draft is awarded through a draft batch (Drafts tab), or here once it is sent to the server.</source>
        <translation>Un borrador se otorga mediante un lote en borrador (pestaña Borradores), o aquí una vez enviado al servidor.</translation>
    </message>
    <message>
        <source>Start a revocation batch with the selected awards (reviewed before sending)</source>
        <translation>Crear un lote de revocación con las concesiones seleccionadas (se revisa antes de enviarlo)</translation>
    </message>
    <message>
        <source>Select the awards to revoke (Ctrl+A for all shown).</source>
        <translation>Seleccione las concesiones que revocar (Ctrl+A para todas las mostradas).</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Cambios guardados.</translation>
    </message>
    <message>
        <source>Export awards as CSV</source>
        <translation>Exportar concesiones como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Loading every page before exporting: %Ln award(s)…</source>
        <translation>
            <numerusform>Cargando todas las páginas antes de exportar (concesiones: %Ln)…</numerusform>
            <numerusform>Cargando todas las páginas antes de exportar (concesiones: %Ln)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln award(s) to {path}.</source>
        <translation>
            <numerusform>Concesiones exportadas a {path}: %Ln.</numerusform>
            <numerusform>Concesiones exportadas a {path}: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Show the operation</source>
        <translation>Mostrar la operación</translation>
    </message>
    <message>
        <source>Show the outcome</source>
        <translation>Mostrar el resultado</translation>
    </message>
    <message>
        <source>Show entries containing</source>
        <translation>Mostrar las entradas que contengan</translation>
    </message>
    <message>
        <source>Recipient, badge, error…</source>
        <translation>Destinatario, insignia, error…</translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation>O&amp;peración:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;Containing:</source>
        <translation>&amp;Que contengan:</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entradas de auditoría</translation>
    </message>
    <message>
        <source>Nothing has been written to a server from this computer yet.</source>
        <translation>Todavía no se ha escrito nada en ningún servidor desde este equipo.</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Exportar el registro de auditoría como CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>Cerrar el registro de auditoría</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Todas las operaciones</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>BadgeDesk audit log</source>
        <translation>Registro de auditoría de BadgeDesk</translation>
    </message>
    <message>
        <source>Could not write the file: {reason}</source>
        <translation>No se pudo escribir el archivo: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to {path}</source>
        <translation>
            <numerusform>%n registro escrito en {path}</numerusform>
            <numerusform>%n registros escritos en {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Edit award</source>
        <translation>Editar concesión</translation>
    </message>
    <message>
        <source>Award a badge</source>
        <translation>Otorgar una insignia</translation>
    </message>
    <message>
        <source>Edit an award of {badge_class}</source>
        <translation>Editar una concesión de {badge_class}</translation>
    </message>
    <message>
        <source>Award {badge_class}</source>
        <translation>Otorgar {badge_class}</translation>
    </message>
    <message>
        <source>Award fields</source>
        <translation>Campos de la concesión</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>Recipient identity</source>
        <translation>Identidad del destinatario</translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>Tipo de destinatario</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Open Badges ID</source>
        <translation>ID de Open Badges</translation>
    </message>
    <message>
        <source>&amp;Hash the identity in the public badge</source>
        <translation>Ocultar la identidad con &amp;hash en la insignia pública</translation>
    </message>
    <message>
        <source>Hash the identity</source>
        <translation>Ocultar la identidad con hash</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation>Fecha de &amp;emisión</translation>
    </message>
    <message>
        <source>Leave unticked to use the moment of the award.</source>
        <translation>Déjelo sin marcar para usar el momento de la concesión.</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>&amp;Caduca</translation>
    </message>
    <message>
        <source>Allow a &amp;duplicate if this person already holds the badge</source>
        <translation>Permitir un du&amp;plicado si esta persona ya tiene la insignia</translation>
    </message>
    <message>
        <source>Allow duplicate awards</source>
        <translation>Permitir concesiones duplicadas</translation>
    </message>
    <message>
        <source>&amp;Notify the recipient by email</source>
        <translation>Noti&amp;ficar al destinatario por correo electrónico</translation>
    </message>
    <message>
        <source>Notify the recipient by email</source>
        <translation>Notificar al destinatario por correo electrónico</translation>
    </message>
    <message>
        <source>Recipient and dates</source>
        <translation>Destinatario y fechas</translation>
    </message>
    <message>
        <source>Narrative (Markdown)</source>
        <translation>Narrativa (Markdown)</translation>
    </message>
    <message>
        <source>What the recipient did, in Markdown.</source>
        <translation>Lo que hizo el destinatario, en Markdown.</translation>
    </message>
    <message>
        <source>Narrative preview</source>
        <translation>Vista previa de la narrativa</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Evidence {number}: {message}</source>
        <translation>Evidencia {number}: {message}</translation>
    </message>
    <message>
        <source>This award was revoked ({reason}). A revoked award cannot be edited.</source>
        <translation>Esta concesión se revocó ({reason}). Una concesión revocada no se puede editar.</translation>
    </message>
    <message>
        <source>This is not valid JSON: {error}</source>
        <translation>Esto no es JSON válido: {error}</translation>
    </message>
    <message>
        <source>Add e&amp;vidence</source>
        <translation>Añadir e&amp;videncia</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Añadir evidencia</translation>
    </message>
    <message>
        <source>Re&amp;move evidence</source>
        <translation>&amp;Quitar evidencia</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>Quitar la evidencia seleccionada</translation>
    </message>
    <message>
        <source>Activity s&amp;tart</source>
        <translation>&amp;Inicio de la actividad</translation>
    </message>
    <message>
        <source>Activity &amp;end</source>
        <translation>Fin de la ac&amp;tividad</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Número de licencia</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation>&amp;Número de licencia:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Open Badges 3</source>
        <translation>Open Badges 3</translation>
    </message>
    <message>
        <source>Extensions (JSON)</source>
        <translation>Extensiones (JSON)</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Award</source>
        <translation>&amp;Otorgar</translation>
    </message>
    <message>
        <source>The recipient of an award cannot be changed.</source>
        <translation>El destinatario de una concesión no se puede cambiar.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>A revoked award cannot be edited.</source>
        <translation>Una concesión revocada no se puede editar.</translation>
    </message>
    <message>
        <source>Extensions must be a JSON object ({…}).</source>
        <translation>Las extensiones deben ser un objeto JSON ({…}).</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>BackpackCollections</name>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>All badges</source>
        <translation>Todas las insignias</translation>
    </message>
    <message>
        <source>Every badge in your backpack, no collection open</source>
        <translation>Todas las insignias de su mochila, sin ninguna colección abierta</translation>
    </message>
    <message>
        <source> · shared</source>
        <translation> · compartida</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n badge(s))</source>
        <translation>
            <numerusform>{name} (%n insignia)</numerusform>
            <numerusform>{name} (%n insignias)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Editar colección</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>Nombre de la colección</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problema con el nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Problem with the description</source>
        <translation>Problema con la descripción</translation>
    </message>
    <message>
        <source>&amp;Shared: anyone with the link can see it</source>
        <translation>Co&amp;mpartida: cualquiera con el enlace puede verla</translation>
    </message>
    <message>
        <source>Shared with a link</source>
        <translation>Compartida con un enlace</translation>
    </message>
    <message>
        <source>Problem saving</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected badge(s) will be put in it.</source>
        <translation>
            <numerusform>La insignia seleccionada se añadirá a ella.</numerusform>
            <numerusform>Las %n insignias seleccionadas se añadirán a ella.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the collection</source>
        <translation>Guardar la colección</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>Enlace para compartir</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copiar enlace</translation>
    </message>
    <message>
        <source>Copy the share link</source>
        <translation>Copiar el enlace para compartir</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Abrir en el na&amp;vegador</translation>
    </message>
    <message>
        <source>Open the share link in the browser</source>
        <translation>Abrir el enlace para compartir en el navegador</translation>
    </message>
    <message>
        <source>Open a collection to tick the badges it holds, or drag badges onto one.</source>
        <translation>Abra una colección para marcar las insignias que contiene, o arrastre insignias sobre una.</translation>
    </message>
    <message>
        <source>Tick the badges it holds, or drag badges onto it.</source>
        <translation>Marque las insignias que contiene, o arrastre insignias sobre ella.</translation>
    </message>
    <message>
        <source>Shared: anyone with this link can see it.</source>
        <translation>Compartida: cualquiera con este enlace puede verla.</translation>
    </message>
    <message>
        <source>Not shared. Edit the collection (F2) and tick Shared to get a link.</source>
        <translation>No compartida. Edite la colección (F2) y marque Compartida para obtener un enlace.</translation>
    </message>
</context>
<context>
    <name>BackpackModel</name>
    <message>
        <source>Badge</source>
        <translation>Insignia</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
</context>
<context>
    <name>BackpackTab</name>
    <message>
        <source>Backpack</source>
        <translation>Mochila</translation>
    </message>
    <message>
        <source>Filter by badge, issuer or recipient</source>
        <translation>Filtrar por insignia, emisor o destinatario</translation>
    </message>
    <message>
        <source>Filter badges</source>
        <translation>Filtrar insignias</translation>
    </message>
    <message>
        <source>Show badges by acceptance</source>
        <translation>Mostrar las insignias según su aceptación</translation>
    </message>
    <message>
        <source>All badges</source>
        <translation>Todas las insignias</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Not yet accepted</source>
        <translation>Sin aceptar todavía</translation>
    </message>
    <message>
        <source>Removed in this session</source>
        <translation>Quitadas en esta sesión</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>E&amp;xpired and revoked too</source>
        <translation>También caducadas y re&amp;vocadas</translation>
    </message>
    <message>
        <source>Include expired and revoked badges</source>
        <translation>Incluir las insignias caducadas y revocadas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import a badge</source>
        <translation>Importar una insignia</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Reload the backpack</source>
        <translation>Volver a cargar la mochila</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Co&amp;llections</source>
        <translation>&amp;Colecciones</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nueva colección</translation>
    </message>
    <message>
        <source>Edit the collection</source>
        <translation>Editar la colección</translation>
    </message>
    <message>
        <source>Delete the collection</source>
        <translation>Eliminar la colección</translation>
    </message>
    <message>
        <source>Problem with the collection</source>
        <translation>Problema con la colección</translation>
    </message>
    <message>
        <source>Badges in your backpack</source>
        <translation>Insignias de su mochila</translation>
    </message>
    <message>
        <source>Backpack message</source>
        <translation>Mensaje de la mochila</translation>
    </message>
    <message>
        <source>Choose a badge to see it in full.</source>
        <translation>Elija una insignia para verla completa.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Accept the selected badges</source>
        <translation>Aceptar las insignias seleccionadas</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove or decline the selected badges (Del, Ctrl+Backspace): one issued to you on this server leaves your backpack and can be brought back; an imported one is deleted</source>
        <translation>Quitar o rechazar las insignias seleccionadas (Del, Ctrl+Backspace): una emitida para usted en este servidor sale de su mochila y se puede recuperar; una importada se elimina</translation>
    </message>
    <message>
        <source>&amp;Undo removal</source>
        <translation>&amp;Deshacer la retirada</translation>
    </message>
    <message>
        <source>Bring back the badges you just removed (they come back accepted)</source>
        <translation>Recuperar las insignias que acaba de quitar (vuelven como aceptadas)</translation>
    </message>
    <message>
        <source>Remove the selected badges from your backpack</source>
        <translation>Quitar de su mochila las insignias seleccionadas</translation>
    </message>
    <message>
        <source>Bring back the badges just removed</source>
        <translation>Recuperar las insignias recién quitadas</translation>
    </message>
    <message>
        <source>Problem with the badge</source>
        <translation>Problema con la insignia</translation>
    </message>
    <message>
        <source>You removed this badge from your backpack in this session. The award itself stays valid; Undo (Ctrl+Z) or Accept brings it back, accepted.</source>
        <translation>Quitó esta insignia de su mochila en esta sesión. La concesión sigue siendo válida; Deshacer (Ctrl+Z) o Aceptar la recupera, como aceptada.</translation>
    </message>
    <message>
        <source>Removed badge</source>
        <translation>Insignia quitada</translation>
    </message>
    <message>
        <source>Loading your backpack…</source>
        <translation>Cargando su mochila…</translation>
    </message>
    <message>
        <source>Could not load your backpack: {error}</source>
        <translation>No se pudo cargar su mochila: {error}</translation>
    </message>
    <message>
        <source>Could not accept “{name}”:
{error}</source>
        <translation>No se pudo aceptar «{name}»:
{error}</translation>
    </message>
    <message>
        <source>Could not remove “{name}”:
{error}</source>
        <translation>No se pudo quitar «{name}»:
{error}</translation>
    </message>
    <message>
        <source>Could not bring back “{name}”:
{error}</source>
        <translation>No se pudo recuperar «{name}»:
{error}</translation>
    </message>
    <message>
        <source>Imported “{name}” into your backpack.</source>
        <translation>«{name}» importada en su mochila.</translation>
    </message>
    <message>
        <source>Already in “{name}”.</source>
        <translation>Ya está en «{name}».</translation>
    </message>
    <message>
        <source>Could not change the badges of “{name}”:
{error}</source>
        <translation>No se pudieron modificar las insignias de «{name}»:
{error}</translation>
    </message>
    <message>
        <source>Saved the collection “{name}”.</source>
        <translation>Colección «{name}» guardada.</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?</source>
        <translation>¿Eliminar la colección «{name}»?</translation>
    </message>
    <message>
        <source>Its badges stay in your backpack. Its share link stops working for everyone you gave it to.</source>
        <translation>Sus insignias se quedan en su mochila. Su enlace para compartir deja de funcionar para todas las personas a las que se lo dio.</translation>
    </message>
    <message>
        <source>Its badges stay in your backpack.</source>
        <translation>Sus insignias se quedan en su mochila.</translation>
    </message>
    <message>
        <source>Could not delete “{name}”:
{error}</source>
        <translation>No se pudo eliminar «{name}»:
{error}</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>Colección «{name}» eliminada.</translation>
    </message>
    <message>
        <source>Your backpack is empty. Badges awarded to your verified email addresses appear here; import one from elsewhere with Import… (Ctrl+I), or drop a badge image here.</source>
        <translation>Su mochila está vacía. Aquí aparecen las insignias otorgadas a sus direcciones de correo electrónico verificadas; importe una de otro sitio con Importar… (Ctrl+I) o suelte aquí una imagen de insignia.</translation>
    </message>
    <message>
        <source>No badge matches the filter.</source>
        <translation>Ninguna insignia coincide con el filtro.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n badge(s)</source>
        <translation>
            <numerusform>{shown} de %n insignia</numerusform>
            <numerusform>{shown} de %n insignias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n insignia</numerusform>
            <numerusform>%n insignias</numerusform>
        </translation>
    </message>
    <message>
        <source>You have removed no badge in this session. The server does not list removed badges, so only those removed here can be shown.</source>
        <translation>No ha quitado ninguna insignia en esta sesión. El servidor no enumera las insignias quitadas, así que solo se pueden mostrar las quitadas aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) removed in this session. Undo (Ctrl+Z) or Accept brings it(them) back; removing never revokes an award.</source>
        <translation>
            <numerusform>%n insignia quitada en esta sesión. Deshacer (Ctrl+Z) o Aceptar la recupera; quitar una insignia nunca revoca la concesión.</numerusform>
            <numerusform>%n insignias quitadas en esta sesión. Deshacer (Ctrl+Z) o Aceptar las recupera; quitar una insignia nunca revoca la concesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed “{name}” from your backpack.</source>
        <translation>Se quitó «{name}» de su mochila.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n badge(s) from your backpack.</source>
        <translation>
            <numerusform>Se quitó %n insignia de su mochila.</numerusform>
            <numerusform>Se quitaron %n insignias de su mochila.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings them back.</source>
        <translation>Deshacer (Ctrl+Z) las recupera.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings back those issued on this server.</source>
        <translation>Deshacer (Ctrl+Z) recupera las emitidas en este servidor.</translation>
    </message>
    <message>
        <source>Delete “{name}” from your backpack?</source>
        <translation>¿Eliminar «{name}» de su mochila?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n badge(s) from your backpack?</source>
        <translation>
            <numerusform>¿Quitar %n insignia de su mochila?</numerusform>
            <numerusform>¿Quitar %n insignias de su mochila?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n badge(s) from your backpack?</source>
        <translation>
            <numerusform>¿Eliminar %n insignia de su mochila?</numerusform>
            <numerusform>¿Eliminar %n insignias de su mochila?</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from elsewhere ({sources}): deleted from your backpack on this server. This cannot be undone here; to have it back, import it again from its address.</source>
        <translation>Importada de otro sitio ({sources}): se elimina de su mochila en este servidor. No se puede deshacer aquí; para recuperarla, vuelva a importarla desde su dirección.</translation>
    </message>
    <message>
        <source>Issued to you on this server ({names}): leaves your backpack. The award itself stays valid, and Undo (Ctrl+Z) brings it back.</source>
        <translation>Emitida para usted en este servidor ({names}): sale de su mochila. La concesión sigue siendo válida, y Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Remove badges</source>
        <translation>Quitar insignias</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Brought back “{name}”, accepted.</source>
        <translation>Se recuperó «{name}», aceptada.</translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n badge(s), accepted.</source>
        <translation>
            <numerusform>Se recuperó %n insignia, aceptada.</numerusform>
            <numerusform>Se recuperaron %n insignias, aceptadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n badge(s) to “{name}”…</source>
        <translation>
            <numerusform>Añadiendo %n insignia a «{name}»…</numerusform>
            <numerusform>Añadiendo %n insignias a «{name}»…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Eliminar colección</translation>
    </message>
</context>
<context>
    <name>BadgeClassDetails</name>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Alineaciones</translation>
    </message>
    <message>
        <source>The server gives no description.</source>
        <translation>El servidor no ofrece ninguna descripción.</translation>
    </message>
    <message>
        <source>About this badge class</source>
        <translation>Acerca de esta clase de insignia</translation>
    </message>
    <message>
        <source>Show or hide what this badge class is (Ctrl+Shift+B)</source>
        <translation>Mostrar u ocultar qué es esta clase de insignia (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Badge class image</source>
        <translation>Imagen de la clase de insignia</translation>
    </message>
    <message>
        <source>Badge class description</source>
        <translation>Descripción de la clase de insignia</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Acerca de {name}</translation>
    </message>
</context>
<context>
    <name>BadgeClassEditor</name>
    <message>
        <source>Edit draft badge class</source>
        <translation>Editar clase de insignia en borrador</translation>
    </message>
    <message>
        <source>Edit badge class</source>
        <translation>Editar clase de insignia</translation>
    </message>
    <message>
        <source>New badge class</source>
        <translation>Nueva clase de insignia</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>New badge class of {issuer}</source>
        <translation>Nueva clase de insignia de {issuer}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Badge class fields</source>
        <translation>Campos de la clase de insignia</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>&amp;Insignia</translation>
    </message>
    <message>
        <source>C&amp;riteria</source>
        <translation>C&amp;riterios</translation>
    </message>
    <message>
        <source>A&amp;lignments</source>
        <translation>A&amp;lineaciones</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Keep it on this computer, to send later (Ctrl+Return)</source>
        <translation>Guardarla en este equipo para enviarla más tarde (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Send to the server (Ctrl+Return)</source>
        <translation>Enviar al servidor (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Guardar como &amp;borrador</translation>
    </message>
    <message>
        <source>Save as a draft, sent later</source>
        <translation>Guardar como borrador, para enviarlo más tarde</translation>
    </message>
    <message>
        <source>The server cannot be reached: keep the badge class to send it later.</source>
        <translation>No se puede contactar con el servidor: conserve la clase de insignia para enviarla más tarde.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What the badge stands for.</source>
        <translation>Lo que representa la insignia.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Imagen:</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>leadership, first aid</source>
        <translation>liderazgo, primeros auxilios</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>Awards expire</source>
        <translation>Las concesiones caducan</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>days after the award</source>
        <translation>días después de la concesión</translation>
    </message>
    <message>
        <source>weeks after the award</source>
        <translation>semanas después de la concesión</translation>
    </message>
    <message>
        <source>months after the award</source>
        <translation>meses después de la concesión</translation>
    </message>
    <message>
        <source>years after the award</source>
        <translation>años después de la concesión</translation>
    </message>
    <message>
        <source>Expiry amount</source>
        <translation>Plazo de caducidad</translation>
    </message>
    <message>
        <source>Awards e&amp;xpire:</source>
        <translation>Las concesiones &amp;caducan:</translation>
    </message>
    <message>
        <source>Problem with the expiry</source>
        <translation>Problema con la caducidad</translation>
    </message>
    <message>
        <source>What an earner must do, in &amp;Markdown:</source>
        <translation>Lo que debe hacer quien la obtenga, en &amp;Markdown:</translation>
    </message>
    <message>
        <source>Criteria (Markdown)</source>
        <translation>Criterios (Markdown)</translation>
    </message>
    <message>
        <source>Criteria preview</source>
        <translation>Vista previa de los criterios</translation>
    </message>
    <message>
        <source>Criteria web address</source>
        <translation>Dirección web de los criterios</translation>
    </message>
    <message>
        <source>…and/or a web page of the criteria (&amp;URL):</source>
        <translation>…y/o una página web con los criterios (&amp;URL):</translation>
    </message>
    <message>
        <source>Problem with the criteria</source>
        <translation>Problema con los criterios</translation>
    </message>
    <message>
        <source>Problem with the criteria address</source>
        <translation>Problema con la dirección de los criterios</translation>
    </message>
    <message>
        <source>Standards or frameworks the badge aligns to. Each needs a name and a web address. Insert adds a row, Delete removes the selected rows.</source>
        <translation>Estándares o marcos con los que se alinea la insignia. Cada uno necesita un nombre y una dirección web. Insert añade una fila; Delete quita las filas seleccionadas.</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Alineaciones</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>Nombre del objetivo</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Marco</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Alignment {number}: {message}</source>
        <translation>Alineación {number}: {message}</translation>
    </message>
    <message>
        <source>&amp;Add alignment</source>
        <translation>&amp;Añadir alineación</translation>
    </message>
    <message>
        <source>Add an alignment</source>
        <translation>Añadir una alineación</translation>
    </message>
    <message>
        <source>Re&amp;move alignment</source>
        <translation>&amp;Quitar alineación</translation>
    </message>
    <message>
        <source>Remove the selected alignments</source>
        <translation>Quitar las alineaciones seleccionadas</translation>
    </message>
    <message>
        <source>Problem with the alignments</source>
        <translation>Problema con las alineaciones</translation>
    </message>
    <message>
        <source>Choose the badge&apos;s image: a PNG or SVG file.</source>
        <translation>Elija la imagen de la insignia: un archivo PNG o SVG.</translation>
    </message>
    <message>
        <source>Write the criteria here, or give the web address of a page that states them.</source>
        <translation>Escriba aquí los criterios o indique la dirección web de una página que los exponga.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>BadgeDesign</name>
    <message>
        <source>{name} (draft, refused)</source>
        <translation>{name} (borrador, rechazado)</translation>
    </message>
    <message>
        <source>{name} (draft, being sent)</source>
        <translation>{name} (borrador, enviándose)</translation>
    </message>
    <message>
        <source>{name} (draft)</source>
        <translation>{name} (borrador)</translation>
    </message>
    <message>
        <source>The server refused this draft: {reason}
Change it (Ctrl+B) and send it again, or delete it.</source>
        <translation>El servidor rechazó este borrador: {reason}
Modifíquelo (Ctrl+B) y vuelva a enviarlo, o elimínelo.</translation>
    </message>
    <message>
        <source>This draft was sent but no answer came back. Send drafts looks for it on the server before sending it again.</source>
        <translation>Este borrador se envió, pero no llegó ninguna respuesta. La acción Enviar borradores lo busca en el servidor antes de volver a enviarlo.</translation>
    </message>
    <message>
        <source>A draft, not on the server yet. It is made when you choose Badge classes → Send drafts, or when a batch that awards it is submitted.</source>
        <translation>Un borrador que aún no está en el servidor. Se crea cuando elige Clases de insignia → Enviar borradores, o cuando se envía un lote que lo otorga.</translation>
    </message>
    <message>
        <source>&amp;New badge class…</source>
        <translation>&amp;Nueva clase de insignia…</translation>
    </message>
    <message>
        <source>&amp;Edit badge class…</source>
        <translation>E&amp;ditar clase de insignia…</translation>
    </message>
    <message>
        <source>&amp;Delete badge class…</source>
        <translation>&amp;Eliminar clase de insignia…</translation>
    </message>
    <message>
        <source>&amp;Issuer details…</source>
        <translation>Detalles del em&amp;isor…</translation>
    </message>
    <message>
        <source>New iss&amp;uer…</source>
        <translation>Nuevo e&amp;misor…</translation>
    </message>
    <message>
        <source>Send d&amp;rafts to the server</source>
        <translation>Enviar bo&amp;rradores al servidor</translation>
    </message>
    <message>
        <source>Badge classes</source>
        <translation>Clases de insignia</translation>
    </message>
    <message>
        <source>Badge class and issuer actions</source>
        <translation>Acciones de clase de insignia y de emisor</translation>
    </message>
    <message>
        <source>A new badge class of the issuer</source>
        <translation>Una nueva clase de insignia del emisor</translation>
    </message>
    <message>
        <source>Change this badge class</source>
        <translation>Modificar esta clase de insignia</translation>
    </message>
    <message>
        <source>Delete this badge class (asks first)</source>
        <translation>Eliminar esta clase de insignia (pide confirmación)</translation>
    </message>
    <message>
        <source>A new issuer, of which you will be the owner</source>
        <translation>Un nuevo emisor, del que usted será el propietario</translation>
    </message>
    <message>
        <source>See the issuer and its staff; owners and editors change it</source>
        <translation>Ver el emisor y su personal; los propietarios y editores pueden modificarlo</translation>
    </message>
    <message>
        <source>This draft may have reached the server: Send drafts finds out first.</source>
        <translation>Puede que este borrador haya llegado al servidor: la acción Enviar borradores lo comprueba primero.</translation>
    </message>
    <message>
        <source>Change this draft</source>
        <translation>Modificar este borrador</translation>
    </message>
    <message>
        <source>Delete this draft (asks first)</source>
        <translation>Eliminar este borrador (pide confirmación)</translation>
    </message>
    <message>
        <source>No draft badge class is waiting to be sent.</source>
        <translation>No hay ninguna clase de insignia en borrador pendiente de envío.</translation>
    </message>
    <message numerus="yes">
        <source>Make the %n waiting draft badge class(es) on the server</source>
        <translation>
            <numerusform>Crear en el servidor la clase de insignia en borrador pendiente (%n)</numerusform>
            <numerusform>Crear en el servidor las clases de insignia en borrador pendientes (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This needs the server, which cannot be reached now.</source>
        <translation>Esto necesita el servidor, y ahora no se puede contactar con él.</translation>
    </message>
    <message>
        <source>Offline, BadgeDesk does not know yet which issuers you may design for: it learns it the next time it reaches the server.</source>
        <translation>Sin conexión, BadgeDesk aún no sabe para qué emisores puede diseñar insignias: lo sabrá la próxima vez que contacte con el servidor.</translation>
    </message>
    <message>
        <source>Choose an issuer or badge class on the left first.</source>
        <translation>Elija primero un emisor o una clase de insignia a la izquierda.</translation>
    </message>
    <message>
        <source>Choose a badge class on the left first.</source>
        <translation>Elija primero una clase de insignia a la izquierda.</translation>
    </message>
    <message>
        <source>You are staff of this issuer: you may award its badges, but only its owners and editors may create, change or delete them.</source>
        <translation>Forma parte del personal de este emisor: puede otorgar sus insignias, pero solo sus propietarios y editores pueden crearlas, modificarlas o eliminarlas.</translation>
    </message>
    <message>
        <source>You are not on this issuer&apos;s staff, so you cannot change its badge classes.</source>
        <translation>No forma parte del personal de este emisor, así que no puede modificar sus clases de insignia.</translation>
    </message>
    <message>
        <source>The badge class was not saved: {error}</source>
        <translation>La clase de insignia no se guardó: {error}</translation>
    </message>
    <message>
        <source>Badge class “{name}” saved.</source>
        <translation>Clase de insignia «{name}» guardada.</translation>
    </message>
    <message>
        <source>Badge class “{name}” created.</source>
        <translation>Clase de insignia «{name}» creada.</translation>
    </message>
    <message>
        <source>Badge class “{name}” saved as a draft: it is made on the server when you send drafts (Badge classes menu).</source>
        <translation>Clase de insignia «{name}» guardada como borrador: se crea en el servidor cuando envíe los borradores (menú Clases de insignia).</translation>
    </message>
    <message>
        <source>The draft “{name}” was sent or deleted meanwhile: not changed.</source>
        <translation>El borrador «{name}» se envió o se eliminó entretanto: no se ha modificado.</translation>
    </message>
    <message>
        <source>Draft “{name}” saved.</source>
        <translation>Borrador «{name}» guardado.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n draft badge class(es)…</source>
        <translation>
            <numerusform>Enviando %n clase de insignia en borrador…</numerusform>
            <numerusform>Enviando %n clases de insignia en borrador…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending drafts stopped after %n badge class(es) made: {error}</source>
        <translation>
            <numerusform>El envío de borradores se detuvo tras crear %n clase de insignia: {error}</numerusform>
            <numerusform>El envío de borradores se detuvo tras crear %n clases de insignia: {error}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft badge class(es) made; {refused} refused by the server (see its reason on the draft).</source>
        <translation>
            <numerusform>%n clase de insignia en borrador creada; rechazadas por el servidor: {refused} (vea el motivo en cada borrador).</numerusform>
            <numerusform>%n clases de insignia en borrador creadas; rechazadas por el servidor: {refused} (vea el motivo en cada borrador).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft badge class(es) made on the server.</source>
        <translation>
            <numerusform>%n clase de insignia en borrador creada en el servidor.</numerusform>
            <numerusform>%n clases de insignia en borrador creadas en el servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <source>Delete the draft badge class “{name}”?</source>
        <translation>¿Eliminar la clase de insignia en borrador «{name}»?</translation>
    </message>
    <message>
        <source>It was never made on the server. A draft batch that awards it cannot be sent.</source>
        <translation>Nunca se creó en el servidor. Un lote en borrador que la otorgue no se podrá enviar.</translation>
    </message>
    <message>
        <source>The draft “{name}” is being sent: not deleted.</source>
        <translation>El borrador «{name}» se está enviando: no se ha eliminado.</translation>
    </message>
    <message>
        <source>Draft “{name}” deleted.</source>
        <translation>Borrador «{name}» eliminado.</translation>
    </message>
    <message>
        <source>The badge class was not deleted: {error}</source>
        <translation>La clase de insignia no se eliminó: {error}</translation>
    </message>
    <message>
        <source>Badge class “{name}” deleted.</source>
        <translation>Clase de insignia «{name}» eliminada.</translation>
    </message>
    <message>
        <source>Delete badge class</source>
        <translation>Eliminar clase de insignia</translation>
    </message>
    <message>
        <source>Delete the badge class “{name}”?</source>
        <translation>¿Eliminar la clase de insignia «{name}»?</translation>
    </message>
    <message>
        <source>Its awards are still being counted.</source>
        <translation>Todavía se están contando sus concesiones.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n award(s) in all, {live} of them live (neither revoked nor expired): the server keeps a badge class while any award of it is live.</source>
        <translation>
            <numerusform>Tiene %n concesión en total, {live} de ellas vigentes (ni revocadas ni caducadas): el servidor conserva una clase de insignia mientras tenga alguna concesión vigente.</numerusform>
            <numerusform>Tiene %n concesiones en total, {live} de ellas vigentes (ni revocadas ni caducadas): el servidor conserva una clase de insignia mientras tenga alguna concesión vigente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n award(s), all revoked or expired: they are deleted with it.</source>
        <translation>
            <numerusform>Tiene %n concesión, revocada o caducada: se elimina con ella.</numerusform>
            <numerusform>Tiene %n concesiones, todas revocadas o caducadas: se eliminan con ella.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Revoke its awards that are still live, then delete it again; or keep the badge class (nobody needs to award it).</source>
        <translation>Revoque sus concesiones que sigan vigentes y vuelva a eliminarla; o conserve la clase de insignia (nadie tiene por qué otorgarla).</translation>
    </message>
    <message numerus="yes">
        <source>It still has %n live award(s) (neither revoked nor expired). Revoke them first (select them and use Revoke selected), then delete it again; or keep the badge class (nobody needs to award it).</source>
        <translation>
            <numerusform>Todavía tiene %n concesión vigente (ni revocada ni caducada). Revóquela primero (selecciónela y use Revocar seleccionadas) y vuelva a eliminarla; o conserve la clase de insignia (nadie tiene por qué otorgarla).</numerusform>
            <numerusform>Todavía tiene %n concesiones vigentes (ni revocadas ni caducadas). Revóquelas primero (selecciónelas y use Revocar seleccionadas) y vuelva a eliminarla; o conserve la clase de insignia (nadie tiene por qué otorgarla).</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge class not deleted</source>
        <translation>Clase de insignia no eliminada</translation>
    </message>
    <message>
        <source>The server did not delete “{name}”: {words}</source>
        <translation>El servidor no eliminó «{name}»: {words}</translation>
    </message>
    <message>
        <source>The badge class was not deleted: {words}</source>
        <translation>La clase de insignia no se eliminó: {words}</translation>
    </message>
    <message>
        <source>The issuer was not saved: {error}</source>
        <translation>El emisor no se guardó: {error}</translation>
    </message>
    <message>
        <source>Issuer “{name}” created: you are its owner.</source>
        <translation>Emisor «{name}» creado: usted es su propietario.</translation>
    </message>
    <message>
        <source>Issuer “{name}” saved.</source>
        <translation>Emisor «{name}» guardado.</translation>
    </message>
</context>
<context>
    <name>BatchEditor</name>
    <message numerus="yes">
        <source>delete %n row(s)</source>
        <translation>
            <numerusform>eliminar %n fila</numerusform>
            <numerusform>eliminar %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>That change could not be saved: {error}</source>
        <translation>Ese cambio no se pudo guardar: {error}</translation>
    </message>
    <message>
        <source>edit row</source>
        <translation>editar fila</translation>
    </message>
    <message numerus="yes">
        <source>add %n row(s)</source>
        <translation>
            <numerusform>añadir %n fila</numerusform>
            <numerusform>añadir %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>Tipo de destinatario</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>Nombre del lote</translation>
    </message>
    <message>
        <source>Badge class to award</source>
        <translation>Clase de insignia que otorgar</translation>
    </message>
    <message>
        <source>Default narrative</source>
        <translation>Narrativa predeterminada</translation>
    </message>
    <message>
        <source>What every recipient did (Markdown)</source>
        <translation>Lo que hizo cada destinatario (Markdown)</translation>
    </message>
    <message>
        <source>Default evidence URL</source>
        <translation>URL de las evidencias predeterminada</translation>
    </message>
    <message>
        <source>Default evidence narrative</source>
        <translation>Narrativa de las evidencias predeterminada</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Allow &amp;duplicate awards</source>
        <translation>Permitir concesiones &amp;duplicadas</translation>
    </message>
    <message>
        <source>Off: a recipient who already holds this badge is refused by the server.</source>
        <translation>Desactivado: el servidor rechaza a un destinatario que ya tiene esta insignia.</translation>
    </message>
    <message>
        <source>&amp;Notify recipients by email</source>
        <translation>&amp;Notificar a los destinatarios por correo electrónico</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>&amp;Badge class:</source>
        <translation>&amp;Clase de insignia:</translation>
    </message>
    <message>
        <source>Defaults for every row (a row&apos;s own values win)</source>
        <translation>Valores predeterminados para todas las filas (prevalecen los valores propios de cada fila)</translation>
    </message>
    <message>
        <source>Na&amp;rrative:</source>
        <translation>Narra&amp;tiva:</translation>
    </message>
    <message>
        <source>Evidence &amp;URL:</source>
        <translation>&amp;URL de las evidencias:</translation>
    </message>
    <message>
        <source>Evidence narra&amp;tive:</source>
        <translation>Narrativa de las &amp;evidencias:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Añadir fila</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Eliminar filas</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>&amp;Pegar filas</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>En&amp;viar…</translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>&amp;Reintentar fallidas</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>E&amp;xportar resultados…</translation>
    </message>
    <message>
        <source>Add an empty row to fill in</source>
        <translation>Añadir una fila vacía para rellenarla</translation>
    </message>
    <message>
        <source>Delete the selected rows (undo brings them back)</source>
        <translation>Eliminar las filas seleccionadas (Deshacer las recupera)</translation>
    </message>
    <message>
        <source>Add rows from a CSV file, with a preview</source>
        <translation>Añadir filas desde un archivo CSV, con vista previa</translation>
    </message>
    <message>
        <source>Add rows copied from a spreadsheet</source>
        <translation>Añadir filas copiadas de una hoja de cálculo</translation>
    </message>
    <message>
        <source>Undo the last change to the rows</source>
        <translation>Deshacer el último cambio en las filas</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rehacer lo que se deshizo</translation>
    </message>
    <message>
        <source>Send the failed rows again (the selected ones, or all of them)</source>
        <translation>Volver a enviar las filas fallidas (las seleccionadas, o todas)</translation>
    </message>
    <message>
        <source>Save each row&apos;s outcome as CSV</source>
        <translation>Guardar el resultado de cada fila como CSV</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Solicitudes simultáneas</translation>
    </message>
    <message>
        <source>The most awards sent at the same time (fewer while the server is busy)</source>
        <translation>Máximo de concesiones que se envían a la vez (menos mientras el servidor está ocupado)</translation>
    </message>
    <message>
        <source>Re&amp;quests at once:</source>
        <translation>&amp;Solicitudes simultáneas:</translation>
    </message>
    <message>
        <source>Row check</source>
        <translation>Comprobación de la fila</translation>
    </message>
    <message>
        <source>Rows of the batch</source>
        <translation>Filas del lote</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Choose the badge class…</source>
        <translation>Elegir la clase de insignia…</translation>
    </message>
    <message>
        <source>{badge_class} (draft, made when the batch is submitted)</source>
        <translation>{badge_class} (borrador; se crea cuando se envía el lote)</translation>
    </message>
    <message>
        <source>This badge class is not in your offline catalogue: sign in to check it exists.</source>
        <translation>Esta clase de insignia no está en su catálogo sin conexión: inicie sesión para comprobar que existe.</translation>
    </message>
    <message>
        <source>Untitled batch</source>
        <translation>Lote sin título</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>URL de las evidencias</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) (Ctrl+Z brings them back).</source>
        <translation>
            <numerusform>Se eliminó %n fila (Ctrl+Z la recupera).</numerusform>
            <numerusform>Se eliminaron %n filas (Ctrl+Z las recupera).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking with the server which rows an interrupted run already sent…</source>
        <translation>Comprobando con el servidor qué filas ya envió un envío interrumpido…</translation>
    </message>
    <message>
        <source>Paused: requests in flight finish, nothing new is sent.</source>
        <translation>En pausa: las solicitudes en curso terminan y no se envía nada nuevo.</translation>
    </message>
    <message>
        <source>{counts} · {rate:.1f} per second · {left}</source>
        <translation>{counts} · {rate:.1f} por segundo · {left}</translation>
    </message>
    <message>
        <source>{awarded} awarded, {held} already held, {failed} failed</source>
        <translation>{awarded} otorgadas, {held} ya la tenían, {failed} fallidas</translation>
    </message>
    <message>
        <source>{awarded} awarded, {failed} failed</source>
        <translation>{awarded} otorgadas, {failed} fallidas</translation>
    </message>
    <message>
        <source>Finished: {counts}.</source>
        <translation>Terminado: {counts}.</translation>
    </message>
    <message>
        <source>Sign in to submit: drafting works offline.</source>
        <translation>Inicie sesión para enviar: la redacción de borradores funciona sin conexión.</translation>
    </message>
    <message>
        <source>Choose the badge class to award first.</source>
        <translation>Elija primero la clase de insignia que otorgar.</translation>
    </message>
    <message>
        <source>Fix the rows marked in red first.</source>
        <translation>Corrija primero las filas marcadas en rojo.</translation>
    </message>
    <message>
        <source>Fix the batch&apos;s defaults first.</source>
        <translation>Corrija primero los valores predeterminados del lote.</translation>
    </message>
    <message>
        <source>Award the badge to every pending row</source>
        <translation>Otorgar la insignia a todas las filas pendientes</translation>
    </message>
    <message>
        <source>Sending: the batch cannot change until the run ends.</source>
        <translation>Enviando: el lote no puede cambiar hasta que termine el envío.</translation>
    </message>
    <message numerus="yes">
        <source>To fix before sending: {count} of %n row(s) (first: row {first}).</source>
        <translation>
            <numerusform>Por corregir antes de enviar: {count} de %n fila (primera: fila {first}).</numerusform>
            <numerusform>Por corregir antes de enviar: {count} de %n filas (primera: fila {first}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to send, {failed} failed, {total} in all.</source>
        <translation>
            <numerusform>%n fila lista para enviar, {failed} fallidas, {total} en total.</numerusform>
            <numerusform>%n filas listas para enviar, {failed} fallidas, {total} en total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchTab</name>
    <message>
        <source>New batch</source>
        <translation>Nuevo lote</translation>
    </message>
    <message>
        <source>The disk is full: BadgeDesk could not save the last change. Free some space and do it again; what was saved before is safe.</source>
        <translation>El disco está lleno: BadgeDesk no pudo guardar el último cambio. Libere espacio y vuelva a hacerlo; lo que se guardó antes está a salvo.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Algo ha fallado: {error}</translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation>Eliminar lote</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>No se puede importar este archivo</translation>
    </message>
    <message>
        <source>{name} is larger than 50 MB; split it into smaller files.</source>
        <translation>{name} ocupa más de 50 MB; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>The disk is full: BadgeDesk could not record the outcome of the rows being sent, so it stopped sending this batch. Free some space; the rows already recorded are safe and the batch can be sent again.</source>
        <translation>El disco está lleno: BadgeDesk no pudo registrar el resultado de las filas que se estaban enviando, así que dejó de enviar este lote. Libere espacio; las filas ya registradas están a salvo y el lote se puede volver a enviar.</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>Copied ✓</source>
        <translation>Copiado ✓</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y coma</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>barras</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Día primero (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Mes primero (12/31/2026)</translation>
    </message>
    <message>
        <source>Order of day and month in the dates</source>
        <translation>Orden del día y el mes en las fechas</translation>
    </message>
    <message>
        <source>&amp;Dates such as 03/04/2026 are written:</source>
        <translation>Las &amp;fechas como 03/04/2026 están escritas:</translation>
    </message>
    <message>
        <source>Decided for you: a date in the file has a day over 12, such as 14/11/2026.</source>
        <translation>Decidido automáticamente: una fecha del archivo tiene un día mayor que 12, como 14/11/2026.</translation>
    </message>
    <message>
        <source>Decided for you: a date in the file has a day over 12, such as 11/14/2026.</source>
        <translation>Decidido automáticamente: una fecha del archivo tiene un día mayor que 12, como 11/14/2026.</translation>
    </message>
    <message>
        <source>No date in the file tells whether the day or the month comes first: choose how they were written.</source>
        <translation>Ninguna fecha del archivo indica si va primero el día o el mes: elija cómo se escribieron.</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %Ln line(s), {encoding}, columns separated by {delimiter}.</source>
        <translation>
            <numerusform>{source}: líneas: %Ln, {encoding}, columnas separadas por {delimiter}.</numerusform>
            <numerusform>{source}: líneas: %Ln, {encoding}, columnas separadas por {delimiter}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first line holds column &amp;names</source>
        <translation>La primera línea contiene los &amp;nombres de columna</translation>
    </message>
    <message>
        <source>Column {number} ({heading})</source>
        <translation>Columna {number} ({heading})</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Columna {number}</translation>
    </message>
    <message>
        <source>Preview of the first lines</source>
        <translation>Vista previa de las primeras líneas</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Lo que se importará</translation>
    </message>
    <message>
        <source>Lines that will not be imported</source>
        <translation>Líneas que no se importarán</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>Save the list of rejected lines</source>
        <translation>Guardar la lista de líneas rechazadas</translation>
    </message>
    <message>
        <source>What each column holds:</source>
        <translation>Lo que contiene cada columna:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>Checking every line…</source>
        <translation>Comprobando cada línea…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be added.</source>
        <translation>
            <numerusform>Filas que se añadirán: %Ln.</numerusform>
            <numerusform>Filas que se añadirán: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) will not be imported:</source>
        <translation>
            <numerusform>Líneas que no se importarán: %Ln</numerusform>
            <numerusform>Líneas que no se importarán: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (Save report lists them all)</source>
        <translation>
            <numerusform>… y %Ln más (Guardar informe las enumera todas)</numerusform>
            <numerusform>… y %Ln más (Guardar informe las enumera todas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Importar filas (%Ln)</numerusform>
            <numerusform>Importar filas (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>why</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>You changed this window. Close it and lose what you changed?</source>
        <translation>Ha hecho cambios en esta ventana. ¿Cerrarla y perder lo que cambió?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>DraftModels</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Partly submitted</source>
        <translation>Enviado en parte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation>Clase de insignia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{state} · {failed} failed</source>
        <translation>{state} · {failed} fallidas</translation>
    </message>
    <message>
        <source>(choose a badge class)</source>
        <translation>(elija una clase de insignia)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): {awarded} awarded, {held} already held, {failed} failed, {left} to send</source>
        <translation>
            <numerusform>%n fila: {awarded} otorgadas, {held} ya la tenían, {failed} fallidas, {left} por enviar</numerusform>
            <numerusform>%n filas: {awarded} otorgadas, {held} ya la tenían, {failed} fallidas, {left} por enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>(reason required)</source>
        <translation>(motivo obligatorio)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): {revoked} revoked, {skipped} already revoked, {failed} failed, {left} to send</source>
        <translation>
            <numerusform>%n fila: {revoked} revocadas, {skipped} ya revocadas, {failed} fallidas, {left} por enviar</numerusform>
            <numerusform>%n filas: {revoked} revocadas, {skipped} ya revocadas, {failed} fallidas, {left} por enviar</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>URL de las evidencias</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>This row can no longer change: see its outcome.</source>
        <translation>Esta fila ya no puede cambiar: vea su resultado.</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Otorgada</translation>
    </message>
    <message>
        <source>Already held</source>
        <translation>Ya la tenía</translation>
    </message>
    <message>
        <source>Awarded ({entity_id})</source>
        <translation>Otorgada ({entity_id})</translation>
    </message>
    <message>
        <source>Already held: awarded on an earlier date ({entity_id}), not by this batch</source>
        <translation>Ya la tenía: otorgada en una fecha anterior ({entity_id}), no por este lote</translation>
    </message>
    <message>
        <source>Already held: awarded on {date} ({entity_id}), not by this batch</source>
        <translation>Ya la tenía: otorgada el {date} ({entity_id}), no por este lote</translation>
    </message>
    <message>
        <source>Sent: awaiting the answer…</source>
        <translation>Enviada: esperando la respuesta…</translation>
    </message>
    <message>
        <source>Failed: {error} (retry can help)</source>
        <translation>Fallida: {error} (reintentar puede servir)</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Fallida: {error}</translation>
    </message>
    <message>
        <source>Will retry: {error}</source>
        <translation>Se reintentará: {error}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
</context>
<context>
    <name>DraftsTab</name>
    <message>
        <source>Draft batches</source>
        <translation>Lotes en borrador</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Ne&amp;w batch</source>
        <translation>Nuevo l&amp;ote</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Abrir arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Sav&amp;e as file…</source>
        <translation>&amp;Guardar como archivo…</translation>
    </message>
    <message>
        <source>De&amp;lete batch…</source>
        <translation>E&amp;liminar lote…</translation>
    </message>
    <message>
        <source>Start a batch of awards (works offline)</source>
        <translation>Crear un lote de concesiones (funciona sin conexión)</translation>
    </message>
    <message>
        <source>Import a batch a colleague saved (*{suffix})</source>
        <translation>Importar un lote que guardó un colega (*{suffix})</translation>
    </message>
    <message>
        <source>Save the batch&apos;s rows not yet awarded as a file to hand to a colleague</source>
        <translation>Guardar como archivo las filas del lote aún no otorgadas, para pasárselas a un colega</translation>
    </message>
    <message>
        <source>Delete the batch from this computer</source>
        <translation>Eliminar el lote de este equipo</translation>
    </message>
    <message>
        <source>No batch open</source>
        <translation>Ningún lote abierto</translation>
    </message>
    <message>
        <source>A batch awards one badge class to many recipients. Create one with New batch (Ctrl+Shift+N), then add rows by typing, pasting from a spreadsheet (Ctrl+V) or importing a CSV file (Ctrl+I). Everything is kept on this computer as you type, with or without a network; submit when you are signed in.</source>
        <translation>Un lote otorga una clase de insignia a muchos destinatarios. Cree uno con Nuevo lote (Ctrl+Shift+N) y añada filas escribiendo, pegando desde una hoja de cálculo (Ctrl+V) o importando un archivo CSV (Ctrl+I). Todo se guarda en este equipo mientras escribe, con o sin red; envíelo cuando haya iniciado sesión.</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Nuevo lote</translation>
    </message>
    <message>
        <source>Batch of {date}</source>
        <translation>Lote de {date}</translation>
    </message>
    <message>
        <source>Delete “{name}” from this computer? Awards already made stay on the server.</source>
        <translation>¿Eliminar «{name}» de este equipo? Las concesiones ya realizadas se quedan en el servidor.</translation>
    </message>
    <message>
        <source>Open a batch file</source>
        <translation>Abrir un archivo de lote</translation>
    </message>
    <message>
        <source>BadgeDesk batches (*{suffix});;All files (*)</source>
        <translation>Lotes de BadgeDesk (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open this batch file</source>
        <translation>No se puede abrir este archivo de lote</translation>
    </message>
    <message numerus="yes">
        <source>Opened “{name}” with %n row(s) from {file}.</source>
        <translation>
            <numerusform>Se abrió «{name}» con %n fila desde {file}.</numerusform>
            <numerusform>Se abrió «{name}» con %n filas desde {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the batch as a file</source>
        <translation>Guardar el lote como archivo</translation>
    </message>
    <message>
        <source>BadgeDesk batches (*{suffix})</source>
        <translation>Lotes de BadgeDesk (*{suffix})</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to {path}.</source>
        <translation>
            <numerusform>Se guardó %n fila en {path}.</numerusform>
            <numerusform>Se guardaron %n filas en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already awarded is(are) left out.</source>
        <translation>
            <numerusform>Se omite %n fila ya otorgada.</numerusform>
            <numerusform>Se omiten %n filas ya otorgadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported the outcome of %n row(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó el resultado de %n fila a {path}.</numerusform>
            <numerusform>Se exportó el resultado de %n filas a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import rows from CSV</source>
        <translation>Importar filas desde CSV</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV y de texto (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s).</source>
        <translation>
            <numerusform>Se añadió %n fila.</numerusform>
            <numerusform>Se añadieron %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not imported (see the report).</source>
        <translation>
            <numerusform>%n línea no importada (vea el informe).</numerusform>
            <numerusform>%n líneas no importadas (vea el informe).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: {error}</source>
        <translation>Nada que pegar: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s).</source>
        <translation>
            <numerusform>Se pegó %n fila.</numerusform>
            <numerusform>Se pegaron %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026 were read day first, as your locale writes them.</source>
        <translation>Las fechas como 03/04/2026 se leyeron con el día primero, como las escribe su configuración regional.</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026 were read month first, as your locale writes them.</source>
        <translation>Las fechas como 03/04/2026 se leyeron con el mes primero, como las escribe su configuración regional.</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>el portapapeles</translation>
    </message>
    <message>
        <source>Submit the batch</source>
        <translation>Enviar el lote</translation>
    </message>
    <message numerus="yes">
        <source>Award “{badge}” to %n recipient(s) now?</source>
        <translation>
            <numerusform>¿Otorgar «{badge}» a %n destinatario ahora?</numerusform>
            <numerusform>¿Otorgar «{badge}» a %n destinatarios ahora?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Awards are sent %n at a time. You can pause or cancel; rows not yet sent stay in the batch.</source>
        <translation>
            <numerusform>Se envía %n concesión a la vez. Puede pausar o cancelar; las filas aún no enviadas se quedan en el lote.</numerusform>
            <numerusform>Se envían %n concesiones a la vez. Puede pausar o cancelar; las filas aún no enviadas se quedan en el lote.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Award %n</source>
        <translation>
            <numerusform>Otorgar %n</numerusform>
            <numerusform>Otorgar %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop a baked badge image (PNG or SVG) here</source>
        <translation>Suelte aquí una imagen de insignia con los datos incrustados (PNG o SVG)</translation>
    </message>
    <message>
        <source>Drop area for a badge image</source>
        <translation>Zona para soltar una imagen de insignia</translation>
    </message>
    <message>
        <source>Drop a PNG or SVG badge image file here, or use Choose file.</source>
        <translation>Suelte aquí un archivo de imagen de insignia PNG o SVG, o use Elegir archivo.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Sign in to a server to begin (Account → Sign in, Ctrl+L).</source>
        <translation>Inicie sesión en un servidor para empezar (Cuenta → Iniciar sesión, Ctrl+L).</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Aserciones</translation>
    </message>
    <message>
        <source>The badges your issuers have awarded will be listed here, by issuer and badge class, to browse, award, edit and revoke. </source>
        <translation>Aquí se enumerarán las insignias que han otorgado sus emisores, por emisor y clase de insignia, para consultarlas, otorgarlas, editarlas y revocarlas. </translation>
    </message>
    <message>
        <source>Backpack</source>
        <translation>Mochila</translation>
    </message>
    <message>
        <source>Your own badges, from any issuer, will appear here to accept, import and gather into collections you can share. </source>
        <translation>Aquí aparecerán sus propias insignias, de cualquier emisor, para aceptarlas, importarlas y reunirlas en colecciones que puede compartir. </translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <source>&amp;UTF-8 (the lines marked “not UTF-8” are left out)</source>
        <translation>&amp;UTF-8 (se omiten las líneas marcadas «no es UTF-8»)</translation>
    </message>
    <message>
        <source>&amp;Windows-1252 (Western European, older Excel on Windows)</source>
        <translation>&amp;Windows-1252 (Europa occidental, Excel antiguo en Windows)</translation>
    </message>
    <message>
        <source>&amp;ISO-8859-1 (Latin-1)</source>
        <translation>&amp;ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>As UTF-8</source>
        <translation>Como UTF-8</translation>
    </message>
    <message>
        <source>As Windows-1252</source>
        <translation>Como Windows-1252</translation>
    </message>
    <message>
        <source>As ISO-8859-1</source>
        <translation>Como ISO-8859-1</translation>
    </message>
    <message>
        <source>How is {file} encoded?</source>
        <translation>¿Qué codificación tiene {file}?</translation>
    </message>
    <message numerus="yes">
        <source>{lines} and %Ln more</source>
        <translation>
            <numerusform>{lines} y %Ln más</numerusform>
            <numerusform>{lines} y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) cannot be read as UTF-8 (line(s) {lines})</source>
        <translation>
            <numerusform>líneas que no se pueden leer como UTF-8: %Ln (líneas {lines})</numerusform>
            <numerusform>líneas que no se pueden leer como UTF-8: %Ln (líneas {lines})</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 text: {which}. Below, those lines and a few others as each encoding reads them. Choose the one that shows the recipients as they are, or cancel and save the file again as CSV UTF-8.</source>
        <translation>{file} no es texto UTF-8 válido: {which}. Abajo aparecen esas líneas y algunas más tal como las lee cada codificación. Elija la que muestre los destinatarios tal como son, o cancele y vuelva a guardar el archivo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>Lines of the file as each encoding reads them</source>
        <translation>Líneas del archivo tal como las lee cada codificación</translation>
    </message>
    <message>
        <source>{line} (not UTF-8)</source>
        <translation>{line} (no es UTF-8)</translation>
    </message>
    <message>
        <source>&amp;Read the file this way</source>
        <translation>&amp;Leer el archivo así</translation>
    </message>
    <message>
        <source>Read the file as</source>
        <translation>Leer el archivo como</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The disk is full: BadgeDesk could not save what it was doing. Free some space and try again; what was saved before is safe.</source>
        <translation>El disco está lleno: BadgeDesk no pudo guardar lo que estaba haciendo. Libere espacio y vuelva a intentarlo; lo que se guardó antes está a salvo.</translation>
    </message>
    <message>
        <source>BadgeDesk hit an unexpected problem and could not finish that action.</source>
        <translation>BadgeDesk encontró un problema inesperado y no pudo terminar esa acción.</translation>
    </message>
    <message>
        <source>BadgeDesk</source>
        <translation>BadgeDesk</translation>
    </message>
    <message>
        <source>The details were written to the log:
{log_file}</source>
        <translation>Los detalles se escribieron en el registro:
{log_file}</translation>
    </message>
</context>
<context>
    <name>ExpiryRule</name>
    <message numerus="yes">
        <source>From the badge class&apos;s rule: %n day(s) after the issue date.</source>
        <translation>
            <numerusform>Según la regla de la clase de insignia: %n día después de la fecha de emisión.</numerusform>
            <numerusform>Según la regla de la clase de insignia: %n días después de la fecha de emisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the badge class&apos;s rule: %n week(s) after the issue date.</source>
        <translation>
            <numerusform>Según la regla de la clase de insignia: %n semana después de la fecha de emisión.</numerusform>
            <numerusform>Según la regla de la clase de insignia: %n semanas después de la fecha de emisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the badge class&apos;s rule: %n month(s) after the issue date.</source>
        <translation>
            <numerusform>Según la regla de la clase de insignia: %n mes después de la fecha de emisión.</numerusform>
            <numerusform>Según la regla de la clase de insignia: %n meses después de la fecha de emisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the badge class&apos;s rule: %n year(s) after the issue date.</source>
        <translation>
            <numerusform>Según la regla de la clase de insignia: %n año después de la fecha de emisión.</numerusform>
            <numerusform>Según la regla de la clase de insignia: %n años después de la fecha de emisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own choice; the badge class&apos;s rule is %n day(s) after the issue date.</source>
        <translation>
            <numerusform>Elección propia; la regla de la clase de insignia es %n día después de la fecha de emisión.</numerusform>
            <numerusform>Elección propia; la regla de la clase de insignia es %n días después de la fecha de emisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own choice; the badge class&apos;s rule is %n week(s) after the issue date.</source>
        <translation>
            <numerusform>Elección propia; la regla de la clase de insignia es %n semana después de la fecha de emisión.</numerusform>
            <numerusform>Elección propia; la regla de la clase de insignia es %n semanas después de la fecha de emisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own choice; the badge class&apos;s rule is %n month(s) after the issue date.</source>
        <translation>
            <numerusform>Elección propia; la regla de la clase de insignia es %n mes después de la fecha de emisión.</numerusform>
            <numerusform>Elección propia; la regla de la clase de insignia es %n meses después de la fecha de emisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own choice; the badge class&apos;s rule is %n year(s) after the issue date.</source>
        <translation>
            <numerusform>Elección propia; la regla de la clase de insignia es %n año después de la fecha de emisión.</numerusform>
            <numerusform>Elección propia; la regla de la clase de insignia es %n años después de la fecha de emisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows without an expiry get the badge class&apos;s rule: %n day(s) after issue.</source>
        <translation>
            <numerusform>Las filas sin caducidad reciben la regla de la clase de insignia: %n día después de la emisión.</numerusform>
            <numerusform>Las filas sin caducidad reciben la regla de la clase de insignia: %n días después de la emisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows without an expiry get the badge class&apos;s rule: %n week(s) after issue.</source>
        <translation>
            <numerusform>Las filas sin caducidad reciben la regla de la clase de insignia: %n semana después de la emisión.</numerusform>
            <numerusform>Las filas sin caducidad reciben la regla de la clase de insignia: %n semanas después de la emisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows without an expiry get the badge class&apos;s rule: %n month(s) after issue.</source>
        <translation>
            <numerusform>Las filas sin caducidad reciben la regla de la clase de insignia: %n mes después de la emisión.</numerusform>
            <numerusform>Las filas sin caducidad reciben la regla de la clase de insignia: %n meses después de la emisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows without an expiry get the badge class&apos;s rule: %n year(s) after issue.</source>
        <translation>
            <numerusform>Las filas sin caducidad reciben la regla de la clase de insignia: %n año después de la emisión.</numerusform>
            <numerusform>Las filas sin caducidad reciben la regla de la clase de insignia: %n años después de la emisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The default expiry replaces the badge class&apos;s rule (%n day(s) after issue).</source>
        <translation>
            <numerusform>La caducidad predeterminada sustituye a la regla de la clase de insignia (%n día después de la emisión).</numerusform>
            <numerusform>La caducidad predeterminada sustituye a la regla de la clase de insignia (%n días después de la emisión).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The default expiry replaces the badge class&apos;s rule (%n week(s) after issue).</source>
        <translation>
            <numerusform>La caducidad predeterminada sustituye a la regla de la clase de insignia (%n semana después de la emisión).</numerusform>
            <numerusform>La caducidad predeterminada sustituye a la regla de la clase de insignia (%n semanas después de la emisión).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The default expiry replaces the badge class&apos;s rule (%n month(s) after issue).</source>
        <translation>
            <numerusform>La caducidad predeterminada sustituye a la regla de la clase de insignia (%n mes después de la emisión).</numerusform>
            <numerusform>La caducidad predeterminada sustituye a la regla de la clase de insignia (%n meses después de la emisión).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The default expiry replaces the badge class&apos;s rule (%n year(s) after issue).</source>
        <translation>
            <numerusform>La caducidad predeterminada sustituye a la regla de la clase de insignia (%n año después de la emisión).</numerusform>
            <numerusform>La caducidad predeterminada sustituye a la regla de la clase de insignia (%n años después de la emisión).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Welcome to BadgeDesk</source>
        <translation>Le damos la bienvenida a BadgeDesk</translation>
    </message>
    <message>
        <source>No server is set up yet. Practise on the sandbox, or connect BadgeDesk to your school&apos;s badge server.</source>
        <translation>Todavía no hay ningún servidor configurado. Practique en el entorno de pruebas o conecte BadgeDesk al servidor de insignias de su centro.</translation>
    </message>
    <message>
        <source>The sandbox: a practice server on this computer</source>
        <translation>El entorno de pruebas: un servidor de práctica en este equipo</translation>
    </message>
    <message>
        <source>The sandbox runs inside BadgeDesk, with demo issuers, badge classes and awards. Nothing you do there reaches a real server or mails anyone. Sign in with {account} and the password {password}.</source>
        <translation>El entorno de pruebas funciona dentro de BadgeDesk, con emisores, clases de insignia y concesiones de demostración. Nada de lo que haga allí llega a un servidor real ni envía correos a nadie. Inicie sesión con {account} y la contraseña {password}.</translation>
    </message>
    <message>
        <source>Parchment Digital Badges or Canvas Credentials</source>
        <translation>Parchment Digital Badges o Canvas Credentials</translation>
    </message>
    <message>
        <source>Ask Parchment for a client id and secret for your region, with the redirect address {redirect}. Then, in File → Server profiles, duplicate your region&apos;s profile, enter the client id and secret, save, and choose Use this profile.</source>
        <translation>Solicite a Parchment un ID de cliente y un secreto para su región, con la dirección de redirección {redirect}. Después, en Archivo → Perfiles de servidor, duplique el perfil de su región, introduzca el ID de cliente y el secreto, guarde y elija Usar este perfil.</translation>
    </message>
    <message>
        <source>A self-hosted Badgr server</source>
        <translation>Un servidor Badgr propio</translation>
    </message>
    <message>
        <source>The server&apos;s administrator adds BadgeDesk as an OAuth application (public, authorization code, redirect address {redirect}). Then, in File → Server profiles → New, enter the API address, the web app address where people sign in, and the client id. The README&apos;s sections “Connecting to a hosted region” and “Connecting to a self-hosted Badgr server” give every step.</source>
        <translation>El administrador del servidor añade BadgeDesk como aplicación OAuth (pública, código de autorización, dirección de redirección {redirect}). Después, en Archivo → Perfiles de servidor → Nuevo, introduzca la dirección de la API, la dirección de la aplicación web donde se inicia sesión y el ID de cliente. Las secciones del README «Connecting to a hosted region» y «Connecting to a self-hosted Badgr server» (en inglés) explican cada paso.</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>&amp;Probar el entorno de pruebas</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Probar el entorno de pruebas</translation>
    </message>
    <message>
        <source>Set &amp;up a server…</source>
        <translation>&amp;Configurar un servidor…</translation>
    </message>
    <message>
        <source>Set up a server</source>
        <translation>Configurar un servidor</translation>
    </message>
    <message>
        <source>Hide this &amp;page</source>
        <translation>&amp;Ocultar esta página</translation>
    </message>
    <message>
        <source>Hide this page</source>
        <translation>Ocultar esta página</translation>
    </message>
    <message>
        <source>It stays in Help → Getting started.</source>
        <translation>Sigue disponible en Ayuda → Primeros pasos.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Revocation history</source>
        <translation>Historial de revocaciones</translation>
    </message>
    <message>
        <source>Press Enter on a batch to open it; tooltips give reasons and errors.</source>
        <translation>Pulse Intro sobre un lote para abrirlo; las descripciones emergentes indican motivos y errores.</translation>
    </message>
    <message>
        <source>Nothing revoked yet</source>
        <translation>Nada revocado todavía</translation>
    </message>
    <message>
        <source>Revocation batches you submit, and awards you revoke one at a time in the Assertions tab, are listed here with what became of them, newest first.</source>
        <translation>Aquí se enumeran los lotes de revocación que envía y las concesiones que revoca una a una en la pestaña Aserciones, con lo que ocurrió con ellos, de más reciente a más antiguo.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <source>History summary</source>
        <translation>Resumen del historial</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Resultado de la exportación</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>Volver a leer el historial (F5)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Write every row of every submitted batch and every single revocation to a CSV file (Ctrl+Shift+E)</source>
        <translation>Escribir en un archivo CSV todas las filas de todos los lotes enviados y cada revocación individual (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Refresh the history</source>
        <translation>Actualizar el historial</translation>
    </message>
    <message>
        <source>Export the revocation history as CSV</source>
        <translation>Exportar el historial de revocaciones como CSV</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Algo ha fallado: {error}</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Exportando a {path}…</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>Nothing has been revoked with this profile from this computer yet.</source>
        <translation>Todavía no se ha revocado nada con este perfil desde este equipo.</translation>
    </message>
    <message>
        <source>Revocation batches: {batches}. Single revocations: {singles}.</source>
        <translation>Lotes de revocación: {batches}. Revocaciones individuales: {singles}.</translation>
    </message>
    <message>
        <source>Export the revocation history</source>
        <translation>Exportar el historial de revocaciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó %n línea a {path}.</numerusform>
            <numerusform>Se exportaron %n líneas a {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Preview of the image at {size} pixels</source>
        <translation>Vista previa de la imagen a {size} píxeles</translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation>&amp;Seleccionar imagen…</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>Elegir un archivo de imagen</translation>
    </message>
    <message>
        <source>PNG or SVG; or drop the file here.</source>
        <translation>PNG o SVG; o suelte el archivo aquí.</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Archivo de imagen</translation>
    </message>
    <message>
        <source>Problem with the image</source>
        <translation>Problema con la imagen</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <source>Images (*.png *.svg);;All files (*)</source>
        <translation>Imágenes (*.png *.svg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>No se puede leer el archivo: {reason}.</translation>
    </message>
    <message>
        <source>{name} ({kind}, {width} x {height} px, {kilobytes} KB)</source>
        <translation>{name} ({kind}, {width} x {height} px, {kilobytes} KB)</translation>
    </message>
    <message>
        <source>{name} ({kind}, {kilobytes} KB)</source>
        <translation>{name} ({kind}, {kilobytes} KB)</translation>
    </message>
    <message>
        <source>The file is empty: choose a PNG or SVG image.</source>
        <translation>El archivo está vacío: elija una imagen PNG o SVG.</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB, which no badge image is: choose a smaller PNG or SVG.</source>
        <translation>El archivo ocupa más de {megabytes} MB, y ninguna imagen de insignia es tan grande: elija un PNG o SVG más pequeño.</translation>
    </message>
    <message>
        <source>This is a {kind} image; the server takes PNG or SVG only. Save it as PNG and choose that file.</source>
        <translation>Es una imagen {kind}; el servidor solo acepta PNG o SVG. Guárdela como PNG y elija ese archivo.</translation>
    </message>
    <message>
        <source>This PNG file is damaged and cannot be opened.</source>
        <translation>Este archivo PNG está dañado y no se puede abrir.</translation>
    </message>
    <message>
        <source>This PNG is {width} x {height} pixels, more than the server opens ({limit} million pixels). Make it smaller: the server keeps at most 400 x 400.</source>
        <translation>Este PNG mide {width} x {height} píxeles, más de lo que abre el servidor ({limit} millones de píxeles). Redúzcalo: el servidor guarda como máximo 400 x 400.</translation>
    </message>
    <message>
        <source>This SVG does not declare xmlns=&quot;http://www.w3.org/2000/svg&quot; on its svg element, so the server would refuse it as an invalid image.</source>
        <translation>Este SVG no declara xmlns=&quot;http://www.w3.org/2000/svg&quot; en su elemento svg, así que el servidor lo rechazaría como imagen no válida.</translation>
    </message>
    <message>
        <source>This file is not an image: choose a PNG or SVG file.</source>
        <translation>Este archivo no es una imagen: elija un archivo PNG o SVG.</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
</context>
<context>
    <name>ImportBadgeDialog</name>
    <message>
        <source>Import a badge</source>
        <translation>Importar una insignia</translation>
    </message>
    <message>
        <source>Add a badge you earned elsewhere to your backpack. Nothing is sent until you press Import.</source>
        <translation>Añada a su mochila una insignia que obtuvo en otro sitio. No se envía nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>Ways to import a badge</source>
        <translation>Formas de importar una insignia</translation>
    </message>
    <message>
        <source>From a &amp;URL</source>
        <translation>Desde una &amp;URL</translation>
    </message>
    <message>
        <source>From an &amp;image</source>
        <translation>Desde una &amp;imagen</translation>
    </message>
    <message>
        <source>From &amp;JSON</source>
        <translation>Desde &amp;JSON</translation>
    </message>
    <message>
        <source>Why the server did not import the badge</source>
        <translation>Por qué el servidor no importó la insignia</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>I&amp;mportar</translation>
    </message>
    <message>
        <source>Import the badge</source>
        <translation>Importar la insignia</translation>
    </message>
    <message>
        <source>Assertion &amp;address:</source>
        <translation>&amp;Dirección de la aserción:</translation>
    </message>
    <message>
        <source>https://badges.example.org/public/assertions/…</source>
        <translation>https://badges.example.org/public/assertions/…</translation>
    </message>
    <message>
        <source>Assertion address</source>
        <translation>Dirección de la aserción</translation>
    </message>
    <message>
        <source>Problem with the assertion address</source>
        <translation>Problema con la dirección de la aserción</translation>
    </message>
    <message>
        <source>The web address of the badge&apos;s assertion, as given by the organisation that awarded it (often on the badge&apos;s public page).</source>
        <translation>La dirección web de la aserción de la insignia, tal como la indica la organización que la otorgó (a menudo en la página pública de la insignia).</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose a badge image file</source>
        <translation>Elegir un archivo de imagen de insignia</translation>
    </message>
    <message>
        <source>Preview of the badge image</source>
        <translation>Vista previa de la imagen de la insignia</translation>
    </message>
    <message>
        <source>What the image file holds</source>
        <translation>Lo que contiene el archivo de imagen</translation>
    </message>
    <message>
        <source>What the file holds is shown here before anything is sent.</source>
        <translation>Lo que contiene el archivo se muestra aquí antes de enviar nada.</translation>
    </message>
    <message>
        <source>Problem with the image file</source>
        <translation>Problema con el archivo de imagen</translation>
    </message>
    <message>
        <source>&amp;Paste the badge&apos;s Open Badges assertion (JSON):</source>
        <translation>&amp;Pegue la aserción Open Badges de la insignia (JSON):</translation>
    </message>
    <message>
        <source>Open Badges assertion JSON</source>
        <translation>JSON de la aserción Open Badges</translation>
    </message>
    <message>
        <source>Problem with the JSON</source>
        <translation>Problema con el JSON</translation>
    </message>
    <message>
        <source>What the JSON holds</source>
        <translation>Lo que contiene el JSON</translation>
    </message>
    <message>
        <source>This is not valid JSON: {message} (line {line}, column {column}).</source>
        <translation>Esto no es JSON válido: {message} (línea {line}, columna {column}).</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>No se puede leer el archivo: {reason}.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Archivo: {name}</translation>
    </message>
    <message>
        <source>The JSON must be one object ({ … }): the badge&apos;s Open Badges assertion.</source>
        <translation>El JSON debe ser un único objeto ({ … }): la aserción Open Badges de la insignia.</translation>
    </message>
    <message>
        <source>The image carries “{payload}”, which is not the web address of an assertion.</source>
        <translation>La imagen contiene «{payload}», que no es la dirección web de una aserción.</translation>
    </message>
    <message>
        <source>The baked assertion is not valid JSON.</source>
        <translation>La aserción incrustada no es JSON válido.</translation>
    </message>
    <message>
        <source>The baked assertion is not a JSON object.</source>
        <translation>La aserción incrustada no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The file is neither a PNG nor an SVG image.</source>
        <translation>El archivo no es una imagen PNG ni SVG.</translation>
    </message>
    <message>
        <source>The PNG image is damaged.</source>
        <translation>La imagen PNG está dañada.</translation>
    </message>
    <message>
        <source>The PNG&apos;s openbadges chunk is damaged.</source>
        <translation>El fragmento openbadges del PNG está dañado.</translation>
    </message>
    <message>
        <source>The PNG image carries no Open Badges assertion.</source>
        <translation>La imagen PNG no contiene ninguna aserción de Open Badges.</translation>
    </message>
    <message>
        <source>The SVG image carries no Open Badges assertion.</source>
        <translation>La imagen SVG no contiene ninguna aserción de Open Badges.</translation>
    </message>
    <message>
        <source>The SVG&apos;s openbadges:assertion element has no verify URL.</source>
        <translation>El elemento openbadges:assertion del SVG no tiene URL de verificación (verify).</translation>
    </message>
    <message>
        <source>The JSON names no badge, issuer or recipient.</source>
        <translation>El JSON no indica ninguna insignia, emisor ni destinatario.</translation>
    </message>
    <message>
        <source>Assertion URL</source>
        <translation>URL de la aserción</translation>
    </message>
    <message>
        <source>Assertion ID</source>
        <translation>ID de la aserción</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Insignia</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>an email address, hashed in the badge</source>
        <translation>una dirección de correo electrónico, con hash en la insignia</translation>
    </message>
    <message>
        <source>a web address, hashed in the badge</source>
        <translation>una dirección web, con hash en la insignia</translation>
    </message>
    <message>
        <source>a telephone number, hashed in the badge</source>
        <translation>un número de teléfono, con hash en la insignia</translation>
    </message>
    <message>
        <source>hashed in the badge</source>
        <translation>con hash en la insignia</translation>
    </message>
    <message>
        <source>Choose a badge image</source>
        <translation>Elegir una imagen de insignia</translation>
    </message>
    <message>
        <source>Badge images (*.png *.svg);;All files (*)</source>
        <translation>Imágenes de insignia (*.png *.svg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file is larger than 5 MB, which no badge image is: choose the badge&apos;s image file.</source>
        <translation>El archivo ocupa más de 5 MB, y ninguna imagen de insignia es tan grande: elija el archivo de imagen de la insignia.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Sin vista previa</translation>
    </message>
    <message>
        <source>Cannot reach the server: {message}</source>
        <translation>No se puede contactar con el servidor: {message}</translation>
    </message>
    <message>
        <source>The server did not import the badge:</source>
        <translation>El servidor no importó la insignia:</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
</context>
<context>
    <name>ImportRefusals</name>
    <message>
        <source>The file has no rows.</source>
        <translation>El archivo no tiene filas.</translation>
    </message>
    <message>
        <source>No column is chosen as the recipient (email, phone or URL).</source>
        <translation>No se ha elegido ninguna columna como destinatario (correo electrónico, teléfono o URL).</translation>
    </message>
    <message>
        <source>This file needs a column of assertion entityIds (or assertion URLs) or a column of recipients (email, phone or URL); none was found or chosen.</source>
        <translation>Este archivo necesita una columna de entityIds de aserciones (o URL de aserciones) o una columna de destinatarios (correo electrónico, teléfono o URL); no se encontró ni se eligió ninguna.</translation>
    </message>
    <message>
        <source>This file is {encoding} text, but line {line} is not.</source>
        <translation>Este archivo es texto {encoding}, pero la línea {line} no lo es.</translation>
    </message>
    <message>
        <source>This file looks like a spreadsheet workbook (.xlsx or .ods), not CSV; save it as CSV first.</source>
        <translation>Este archivo parece un libro de hoja de cálculo (.xlsx u .ods), no un CSV; guárdelo primero como CSV.</translation>
    </message>
    <message>
        <source>This file looks like a spreadsheet workbook (an old Excel .xls), not CSV; save it as CSV first.</source>
        <translation>Este archivo parece un libro de hoja de cálculo (un .xls de Excel antiguo), no un CSV; guárdelo primero como CSV.</translation>
    </message>
    <message>
        <source>This file is a PNG image, not CSV.</source>
        <translation>Este archivo es una imagen PNG, no un CSV.</translation>
    </message>
    <message>
        <source>This file is a JPEG image, not CSV.</source>
        <translation>Este archivo es una imagen JPEG, no un CSV.</translation>
    </message>
    <message>
        <source>This file is a GIF image, not CSV.</source>
        <translation>Este archivo es una imagen GIF, no un CSV.</translation>
    </message>
    <message>
        <source>This file is a PDF document, not CSV.</source>
        <translation>Este archivo es un documento PDF, no un CSV.</translation>
    </message>
    <message>
        <source>This file has a line far too long for a CSV file of rows.</source>
        <translation>Este archivo tiene una línea demasiado larga para un archivo CSV de filas.</translation>
    </message>
    <message>
        <source>This file looks like a binary file (an Excel workbook?), not CSV; save it as CSV first.</source>
        <translation>Este archivo parece un archivo binario (¿un libro de Excel?), no un CSV; guárdelo primero como CSV.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>No se puede leer {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is too large for a BadgeDesk batch file (over {limit} bytes).</source>
        <translation>{name} es demasiado grande para un archivo de lote de BadgeDesk (más de {limit} bytes).</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file: it is not UTF-8 text.</source>
        <translation>{name} no es un archivo de lote de BadgeDesk: no es texto UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file: it is empty.</source>
        <translation>{name} no es un archivo de lote de BadgeDesk: está vacío.</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file: it is not JSON (line {line}, column {column}).</source>
        <translation>{name} no es un archivo de lote de BadgeDesk: no es JSON (línea {line}, columna {column}).</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file: its JSON is nested far too deeply.</source>
        <translation>{name} no es un archivo de lote de BadgeDesk: su JSON tiene demasiados niveles de anidamiento.</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file: its JSON holds a number far too long.</source>
        <translation>{name} no es un archivo de lote de BadgeDesk: su JSON contiene un número demasiado largo.</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file.</source>
        <translation>{name} no es un archivo de lote de BadgeDesk.</translation>
    </message>
    <message>
        <source>{name} was made by a newer BadgeDesk (batch file version {version}). Update BadgeDesk to open it.</source>
        <translation>{name} se creó con una versión más reciente de BadgeDesk (versión de archivo de lote {version}). Actualice BadgeDesk para abrirlo.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {where} is missing.</source>
        <translation>No se puede abrir {name}: falta {where}.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {where} does not hold what a batch file holds there.</source>
        <translation>No se puede abrir {name}: {where} no contiene lo que debería contener un archivo de lote.</translation>
    </message>
</context>
<context>
    <name>ImportRowsDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>Tipo de destinatario</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>URL de las evidencias</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Fecha de emisión</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Import rows from {source}</source>
        <translation>Importar filas desde {source}</translation>
    </message>
    <message>
        <source>Import rows</source>
        <translation>Importar filas</translation>
    </message>
    <message>
        <source>Choose the column that holds the recipients.</source>
        <translation>Elija la columna que contiene los destinatarios.</translation>
    </message>
</context>
<context>
    <name>IssuerDialog</name>
    <message>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <source>New issuer</source>
        <translation>Nuevo emisor</translation>
    </message>
    <message>
        <source>What you may change</source>
        <translation>Lo que puede modificar</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Correo electrónico de contacto</translation>
    </message>
    <message>
        <source>one of your verified addresses</source>
        <translation>una de sus direcciones verificadas</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>&amp;Web site:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Imagen:</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>&amp;Personal:</translation>
    </message>
    <message>
        <source>Staff and their roles</source>
        <translation>Personal y sus roles</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Staff are added, removed and given roles in the web app, by the issuer&apos;s owners: API v2 does not change them.</source>
        <translation>Los propietarios del emisor añaden y quitan personal, y le asignan roles, en la aplicación web: la API v2 no los modifica.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>C&amp;rear</translation>
    </message>
    <message>
        <source>You will be the new issuer&apos;s owner. Its email must be one of your verified addresses.</source>
        <translation>Será el propietario del nuevo emisor. Su correo electrónico debe ser una de sus direcciones verificadas.</translation>
    </message>
    <message>
        <source>You are an owner of this issuer: you may change everything here.</source>
        <translation>Es propietario de este emisor: puede modificar todo lo que hay aquí.</translation>
    </message>
    <message>
        <source>You are an editor of this issuer: you may change its details and image; only its owners may delete it or change its staff.</source>
        <translation>Es editor de este emisor: puede modificar sus detalles y su imagen; solo sus propietarios pueden eliminarlo o modificar su personal.</translation>
    </message>
    <message>
        <source>You are staff of this issuer: you may award its badges but not change it. Ask one of its owners or editors.</source>
        <translation>Forma parte del personal de este emisor: puede otorgar sus insignias, pero no modificarlo. Pídaselo a uno de sus propietarios o editores.</translation>
    </message>
    <message>
        <source>You are not on this issuer&apos;s staff, so you cannot change it.</source>
        <translation>No forma parte del personal de este emisor, así que no puede modificarlo.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to {name}</source>
        <translation>Iniciar sesión en {name}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Site being visited</source>
        <translation>Sitio que se está visitando</translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation>Progreso de carga de la página</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Página de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in page not available</source>
        <translation>Página de inicio de sesión no disponible</translation>
    </message>
    <message>
        <source>The sign-in page cannot be shown: the server did not answer (the reason is above).

Your drafts and the issuers and badge classes saved at your last sign-in are still there to work with. Choose Retry once the server can be reached, or check the server&apos;s address in File → Server profiles.</source>
        <translation>No se puede mostrar la página de inicio de sesión: el servidor no respondió (el motivo aparece arriba).

Sus borradores y los emisores y clases de insignia guardados en su último inicio de sesión siguen disponibles para trabajar. Elija Reintentar cuando se pueda contactar con el servidor, o compruebe la dirección del servidor en Archivo → Perfiles de servidor.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>Sign-in page hint</source>
        <translation>Indicación de la página de inicio de sesión</translation>
    </message>
    <message>
        <source>Warning: another site</source>
        <translation>Aviso: otro sitio</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Rein&amp;tentar</translation>
    </message>
    <message>
        <source>Retry signing in</source>
        <translation>Reintentar el inicio de sesión</translation>
    </message>
    <message>
        <source>Use the &amp;system browser instead</source>
        <translation>Usar el navegador del &amp;sistema</translation>
    </message>
    <message>
        <source>Sign in with the system browser</source>
        <translation>Iniciar sesión con el navegador del sistema</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>%1Signing in at %2</source>
        <translation>%1Iniciando sesión en %2</translation>
    </message>
    <message>
        <source>You are now on {host}, not on {home}. Only sign in if you expect your school&apos;s sign-in page.</source>
        <translation>Ahora está en {host}, no en {home}. Inicie sesión solo si espera la página de inicio de sesión de su centro.</translation>
    </message>
    <message>
        <source>BadgeDesk refused to open {url}: it looks like BadgeDesk&apos;s own sign-in address but is not.</source>
        <translation>BadgeDesk se negó a abrir {url}: se parece a la dirección de inicio de sesión de BadgeDesk, pero no lo es.</translation>
    </message>
    <message>
        <source>BadgeDesk refused to open {url}: it is a plain http address, which others on the network could read or change. Sign-in pages must use https.</source>
        <translation>BadgeDesk se negó a abrir {url}: es una dirección http sin cifrar, que otros en la red podrían leer o modificar. Las páginas de inicio de sesión deben usar https.</translation>
    </message>
    <message>
        <source>BadgeDesk refused to open {url}: it is not a web page.</source>
        <translation>BadgeDesk se negó a abrir {url}: no es una página web.</translation>
    </message>
    <message>
        <source>The sign-in page {url} was not found (HTTP 404). Check the profile&apos;s Web app address.</source>
        <translation>No se encontró la página de inicio de sesión {url} (HTTP 404). Compruebe la dirección de la aplicación web del perfil.</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} for the sign-in page {url}. Try again later; if this goes on, check the profile&apos;s Web app address.</source>
        <translation>El servidor respondió HTTP {status} para la página de inicio de sesión {url}. Vuelva a intentarlo más tarde; si continúa, compruebe la dirección de la aplicación web del perfil.</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded: cannot reach {host} ({reason}). Check the network connection.</source>
        <translation>No se pudo cargar la página de inicio de sesión: no se puede contactar con {host} ({reason}). Compruebe la conexión de red.</translation>
    </message>
    <message>
        <source>{url} is not a sign-in page: it answered with a document of type {type}. Check the profile&apos;s Web app address (where people sign in, not the API address).</source>
        <translation>{url} no es una página de inicio de sesión: respondió con un documento de tipo {type}. Compruebe la dirección de la aplicación web del perfil (donde se inicia sesión, no la dirección de la API).</translation>
    </message>
    <message>
        <source>This does not look like a sign-in page: no password field appeared at {url}. If you cannot sign in here, check the profile&apos;s Web app address: it must be the web app where people sign in, not the API address.</source>
        <translation>Esto no parece una página de inicio de sesión: no apareció ningún campo de contraseña en {url}. Si no puede iniciar sesión aquí, compruebe la dirección de la aplicación web del perfil: debe ser la aplicación web donde se inicia sesión, no la dirección de la API.</translation>
    </message>
    <message>
        <source>The server refused the sign-in ({error}).</source>
        <translation>El servidor rechazó el inicio de sesión ({error}).</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in (state mismatch), so it was ignored for your safety. Please try again.</source>
        <translation>La respuesta de inicio de sesión no correspondía a este inicio de sesión (el estado no coincide), así que se ignoró por su seguridad. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Access was denied, so BadgeDesk is not signed in.</source>
        <translation>Se denegó el acceso, así que BadgeDesk no ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Cannot listen for the browser&apos;s answer on %1: %2</source>
        <translation>No se puede esperar la respuesta del navegador en %1: %2</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Esperando el inicio de sesión en su navegador…</translation>
    </message>
    <message>
        <source>The sign-in code was not accepted: it expired, was already used, or did not match this sign-in. Please try again.</source>
        <translation>No se aceptó el código de inicio de sesión: caducó, ya se usó o no correspondía a este inicio de sesión. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the network connection and retry.</source>
        <translation>No se puede contactar con el servidor. Compruebe la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server had a problem while signing you in. Try again shortly.</source>
        <translation>El servidor tuvo un problema al iniciar su sesión. Vuelva a intentarlo en unos momentos.</translation>
    </message>
    <message>
        <source>Signing in failed unexpectedly.</source>
        <translation>El inicio de sesión falló de forma inesperada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BadgeDesk main window</source>
        <translation>Ventana principal de BadgeDesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Revocaciones</translation>
    </message>
    <message>
        <source>Batches of revocations, drafted offline and submitted with a review step, appear here with their history.</source>
        <translation>Aquí aparecen los lotes de revocaciones, redactados sin conexión y enviados tras una revisión, con su historial.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <source>Award batches you prepare offline will be kept here until you submit them. </source>
        <translation>Aquí se guardarán los lotes de concesiones que prepare sin conexión hasta que los envíe. </translation>
    </message>
    <message>
        <source>Offline drafting arrives in a later version of BadgeDesk.</source>
        <translation>La redacción sin conexión llegará en una versión posterior de BadgeDesk.</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Aserciones</translation>
    </message>
    <message>
        <source>Backpack</source>
        <translation>Mochila</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Server &amp;profiles…</source>
        <translation>&amp;Perfiles de servidor…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;About BadgeDesk</source>
        <translation>&amp;Acerca de BadgeDesk</translation>
    </message>
    <message>
        <source>About BadgeDesk</source>
        <translation>Acerca de BadgeDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;BadgeDesk {version}&lt;/b&gt;&lt;br&gt;A desktop console for the Digital Badges API v2.</source>
        <translation>&lt;b&gt;BadgeDesk {version}&lt;/b&gt;&lt;br&gt;Una consola de escritorio para la API v2 de Digital Badges.</translation>
    </message>
    <message>
        <source>Server: {name}</source>
        <translation>Servidor: {name}</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Perfil de servidor</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Usuario con sesión iniciada</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>Where sign-in is kept</source>
        <translation>Dónde se guarda el inicio de sesión</translation>
    </message>
    <message>
        <source>Background activity</source>
        <translation>Actividad en segundo plano</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Sign-in rejected: sign in again</source>
        <translation>Inicio de sesión rechazado: vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Sesión iniciada como {name}</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only (no keyring)</source>
        <translation>Sesión guardada solo para esta sesión (sin llavero)</translation>
    </message>
    <message>
        <source>Quit BadgeDesk?</source>
        <translation>¿Salir de BadgeDesk?</translation>
    </message>
    <message numerus="yes">
        <source>Quit while %n batch(es) is(are) being sent?</source>
        <translation>
            <numerusform>¿Salir mientras se envía %n lote?</numerusform>
            <numerusform>¿Salir mientras se envían %n lotes?</numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit now, no more rows are sent. The requests already on their way are given time to finish, so that their outcome is recorded; the other rows stay pending and can be sent later.</source>
        <translation>Si sale ahora, no se envían más filas. Las solicitudes ya en camino tienen tiempo para terminar, de modo que su resultado quede registrado; las demás filas siguen pendientes y se pueden enviar más tarde.</translation>
    </message>
    <message>
        <source>&amp;Wait for the requests in flight, then quit</source>
        <translation>&amp;Esperar a las solicitudes en curso y salir</translation>
    </message>
    <message>
        <source>Wait for the requests in flight, then quit</source>
        <translation>Esperar a las solicitudes en curso y salir</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Seguir trabajando</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
    <message>
        <source>Finishing the requests in flight, then quitting…</source>
        <translation>Terminando las solicitudes en curso antes de salir…</translation>
    </message>
    <message>
        <source>Quitting…</source>
        <translation>Saliendo…</translation>
    </message>
</context>
<context>
    <name>MonthBars</name>
    <message>
        <source>Awards per month</source>
        <translation>Concesiones por mes</translation>
    </message>
    <message numerus="yes">
        <source>{month}: %n award(s)</source>
        <translation>
            <numerusform>{month}: %n concesión</numerusform>
            <numerusform>{month}: %n concesiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Predeterminado del sistema ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>BadgeDesk will use this language from its next start.</source>
        <translation>BadgeDesk usará este idioma a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>This is required.</source>
        <translation>Este dato es obligatorio.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.org.</source>
        <translation>Introduzca una dirección de correo electrónico como nombre@example.org.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https:// or http://.</source>
        <translation>Introduzca una dirección web que empiece por https:// o http://.</translation>
    </message>
    <message>
        <source>Enter a phone number: digits, optionally after a +.</source>
        <translation>Introduzca un número de teléfono: dígitos, opcionalmente tras un +.</translation>
    </message>
    <message>
        <source>The issue date cannot be in the future.</source>
        <translation>La fecha de emisión no puede ser futura.</translation>
    </message>
    <message>
        <source>The expiry must come after the issue date.</source>
        <translation>La caducidad debe ser posterior a la fecha de emisión.</translation>
    </message>
    <message>
        <source>The activity cannot end before it starts.</source>
        <translation>La actividad no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>Give a URL or a narrative for each evidence item.</source>
        <translation>Indique una URL o una narrativa para cada evidencia.</translation>
    </message>
    <message>
        <source>The recipient type must be email, url, telephone or openBadgeId.</source>
        <translation>El tipo de destinatario debe ser email, url, telephone u openBadgeId.</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY (with / . - or a space between the numbers), or as an Excel date number.</source>
        <translation>Escriba las fechas como AAAA-MM-DD, DD/MM/AAAA o MM/DD/AAAA (con / . - o un espacio entre los números), o como número de fecha de Excel.</translation>
    </message>
    <message>
        <source>This recipient is already in the batch.</source>
        <translation>Este destinatario ya está en el lote.</translation>
    </message>
    <message>
        <source>This holds a control character (such as NUL), which no one types: the file or text it came from is damaged. Retype it.</source>
        <translation>Contiene un carácter de control (como NUL), que nadie escribe: el archivo o el texto de origen está dañado. Vuelva a escribirlo.</translation>
    </message>
    <message>
        <source>This holds an invisible character (zero-width space, direction mark or soft hyphen), so it is not the address it looks like. Retype it.</source>
        <translation>Contiene un carácter invisible (espacio de ancho cero, marca de dirección o guion opcional), así que no es la dirección que parece. Vuelva a escribirla.</translation>
    </message>
    <message>
        <source>This holds a character that could not be read (�): the file is in another encoding. Save it again as UTF-8.</source>
        <translation>Contiene un carácter que no se pudo leer (�): el archivo tiene otra codificación. Vuelva a guardarlo como UTF-8.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Server profiles</source>
        <translation>Perfiles de servidor</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Perfiles:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>optional; kept in the system keyring</source>
        <translation>opcional; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Dirección de la &amp;API:</translation>
    </message>
    <message>
        <source>&amp;Web app address:</source>
        <translation>Dirección de la aplicación &amp;web:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Redir&amp;ect URI:</source>
        <translation>URI de &amp;redirección:</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>Permis&amp;os:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>Web app address</source>
        <translation>Dirección de la aplicación web</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Página de inicio de sesión</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>Token revocation URL</source>
        <translation>URL de revocación del token</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>“{name}” is the name of a built-in profile.</source>
        <translation>«{name}» es el nombre de un perfil integrado.</translation>
    </message>
    <message>
        <source>A profile called “{name}” already exists.</source>
        <translation>Ya existe un perfil llamado «{name}».</translation>
    </message>
    <message>
        <source>{field} must be a web address starting with https:// or http://.</source>
        <translation>{field} debe ser una dirección web que empiece por https:// o http://.</translation>
    </message>
    <message>
        <source>{field} must start with https://: plain http:// is only for a server on this computer, since the sign-in and every badge would cross the network unprotected.</source>
        <translation>{field} debe empezar por https://: http:// sin cifrar solo sirve para un servidor en este equipo, ya que el inicio de sesión y cada insignia cruzarían la red sin protección.</translation>
    </message>
    <message>
        <source>A client id is required.</source>
        <translation>El ID de cliente es obligatorio.</translation>
    </message>
    <message>
        <source>Only custom profiles can be removed.</source>
        <translation>Solo se pueden quitar los perfiles personalizados.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problema con {field}</translation>
    </message>
    <message>
        <source>Client secre&amp;t:</source>
        <translation>&amp;Secreto de cliente:</translation>
    </message>
    <message>
        <source>Where the API answers (badgr-server); tokens are fetched and revoked here.</source>
        <translation>Donde responde la API (badgr-server); aquí se obtienen y revocan los tokens.</translation>
    </message>
    <message>
        <source>Where people sign in: the web app (badgr-ui). On a self-hosted server this is usually not the API address.</source>
        <translation>Donde se inicia sesión: la aplicación web (badgr-ui). En un servidor propio no suele ser la dirección de la API.</translation>
    </message>
    <message>
        <source>Addresses BadgeDesk will use</source>
        <translation>Direcciones que usará BadgeDesk</translation>
    </message>
    <message>
        <source>Problem with this profile</source>
        <translation>Problema con este perfil</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>&amp;Usar este perfil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>New custom profile</source>
        <translation>Nuevo perfil personalizado</translation>
    </message>
    <message>
        <source>Duplicate as a custom profile</source>
        <translation>Duplicar como perfil personalizado</translation>
    </message>
    <message>
        <source>Remove this profile</source>
        <translation>Quitar este perfil</translation>
    </message>
    <message>
        <source>Save this profile</source>
        <translation>Guardar este perfil</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Cambiar a este perfil</translation>
    </message>
    <message>
        <source>Close server profiles</source>
        <translation>Cerrar los perfiles de servidor</translation>
    </message>
    <message>
        <source>{name} (in use)</source>
        <translation>{name} (en uso)</translation>
    </message>
    <message>
        <source>{name} (custom)</source>
        <translation>{name} (personalizado)</translation>
    </message>
    <message>
        <source>Could not save the profiles: {reason}</source>
        <translation>No se pudieron guardar los perfiles: {reason}</translation>
    </message>
    <message>
        <source>The local sandbox bundled with BadgeDesk: demo data, no account needed. It starts on a free port when used.</source>
        <translation>El entorno de pruebas local incluido en BadgeDesk: datos de demostración, sin necesidad de cuenta. Se inicia en un puerto libre cuando se usa.</translation>
    </message>
    <message>
        <source>A hosted region. Parchment issues the client id (and secret) your institution uses: duplicate this profile to enter them.</source>
        <translation>Una región alojada. Parchment emite el ID de cliente (y el secreto) que usa su institución: duplique este perfil para introducirlos.</translation>
    </message>
    <message>
        <source>A custom server, such as a self-hosted Badgr.</source>
        <translation>Un servidor personalizado, como un Badgr propio.</translation>
    </message>
    <message>
        <source>A new custom profile: fill it in and save it.</source>
        <translation>Un nuevo perfil personalizado: rellénelo y guárdelo.</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>estimating time left</source>
        <translation>calculando el tiempo restante</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the rows not sent stay pending.</source>
        <translation>Cancelado: las filas no enviadas siguen pendientes.</translation>
    </message>
    <message>
        <source>Stopped: the server could not be reached. Submit again later; rows whose answer was lost are checked with the server first.</source>
        <translation>Detenido: no se pudo contactar con el servidor. Vuelva a enviar más tarde; las filas cuya respuesta se perdió se comprueban primero con el servidor.</translation>
    </message>
    <message>
        <source>Stopped: sign in again, then submit to continue.</source>
        <translation>Detenido: vuelva a iniciar sesión y envíe para continuar.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) sent without an answer will be checked with the server before anything is sent again.</source>
        <translation>
            <numerusform>%n fila enviada sin respuesta se comprobará con el servidor antes de volver a enviar nada.</numerusform>
            <numerusform>%n filas enviadas sin respuesta se comprobarán con el servidor antes de volver a enviar nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>No se puede contactar con el servidor.</translation>
    </message>
    <message>
        <source>The server is not answering.</source>
        <translation>El servidor no responde.</translation>
    </message>
    <message>
        <source>The server is failing.</source>
        <translation>El servidor está fallando.</translation>
    </message>
    <message>
        <source>The server asked BadgeDesk to wait.</source>
        <translation>El servidor pidió a BadgeDesk que esperara.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n row(s) done, {waiting} waiting.</source>
        <translation>
            <numerusform>Filas terminadas: {done} de %n; en espera: {waiting}.</numerusform>
            <numerusform>Filas terminadas: {done} de %n; en espera: {waiting}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent without an answer: %n row(s), checked with the server before anything is sent again.</source>
        <translation>
            <numerusform>Enviada sin respuesta: %n fila, que se comprueba con el servidor antes de volver a enviar nada.</numerusform>
            <numerusform>Enviadas sin respuesta: %n filas, que se comprueban con el servidor antes de volver a enviar nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying in {time}.</source>
        <translation>Reintento dentro de {time}.</translation>
    </message>
    <message>
        <source>Making the badge class {name} on the server first: no award leaves before it exists.</source>
        <translation>Creando primero la clase de insignia {name} en el servidor: no sale ninguna concesión antes de que exista.</translation>
    </message>
    <message>
        <source>the server asked BadgeDesk to wait {time}</source>
        <translation>el servidor pidió a BadgeDesk que esperara {time}</translation>
    </message>
    <message>
        <source>waiting for the server: no answer for {time}</source>
        <translation>esperando al servidor: sin respuesta desde hace {time}</translation>
    </message>
    <message>
        <source>{what} progress</source>
        <translation>Progreso: {what}</translation>
    </message>
    <message>
        <source>{what} status</source>
        <translation>Estado: {what}</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausar o reanudar</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Reintentar &amp;ahora</translation>
    </message>
    <message>
        <source>Retry now instead of waiting</source>
        <translation>Reintentar ahora en lugar de esperar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cancel: rows not sent stay pending, requests in flight are abandoned</source>
        <translation>Cancelar: las filas no enviadas siguen pendientes y se abandonan las solicitudes en curso</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the revocations</source>
        <translation>Revisar las revocaciones</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n award(s)? This cannot be undone.</source>
        <translation>
            <numerusform>¿Revocar %n concesión? Esta acción no se puede deshacer.</numerusform>
            <numerusform>¿Revocar %n concesiones? Esta acción no se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be revoked</source>
        <translation>Lo que se revocará</translation>
    </message>
    <message>
        <source>Badge classes and reasons</source>
        <translation>Clases de insignia y motivos</translation>
    </message>
    <message>
        <source>Re&amp;cipients:</source>
        <translation>&amp;Destinatarios:</translation>
    </message>
    <message>
        <source>Recipients whose awards are revoked</source>
        <translation>Destinatarios cuyas concesiones se revocan</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n award(s)</source>
        <translation>
            <numerusform>Revocar %n concesión</numerusform>
            <numerusform>Revocar %n concesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the awards now</source>
        <translation>Revocar las concesiones ahora</translation>
    </message>
    <message numerus="yes">
        <source>To confirm, &amp;type the number of awards to revoke (%n):</source>
        <translation>
            <numerusform>Para confirmar, &amp;escriba el número de concesiones que revocar (%n):</numerusform>
            <numerusform>Para confirmar, &amp;escriba el número de concesiones que revocar (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of awards to revoke, typed to confirm</source>
        <translation>Número de concesiones que revocar, escrito para confirmar</translation>
    </message>
    <message>
        <source>Badge classes:</source>
        <translation>Clases de insignia:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motivos:</translation>
    </message>
    <message numerus="yes">
        <source>Already revoked on the server, so skipped: %n.</source>
        <translation>
            <numerusform>Ya revocada en el servidor, por lo que se omite: %n.</numerusform>
            <numerusform>Ya revocadas en el servidor, por lo que se omiten: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevocationEditor</name>
    <message numerus="yes">
        <source>Revoke %n award(s) ({day})</source>
        <translation>
            <numerusform>Revocar %n concesión ({day})</numerusform>
            <numerusform>Revocar %n concesiones ({day})</numerusform>
        </translation>
    </message>
    <message>
        <source>change a reason</source>
        <translation>cambiar un motivo</translation>
    </message>
    <message>
        <source>Revocation batch</source>
        <translation>Lote de revocación</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>Nombre del lote</translation>
    </message>
    <message>
        <source>Reason for every row</source>
        <translation>Motivo para todas las filas</translation>
    </message>
    <message>
        <source>Required: shown with each revoked badge, e.g. “Course was cancelled”</source>
        <translation>Obligatorio: se muestra con cada insignia revocada, p. ej. «Se canceló el curso»</translation>
    </message>
    <message>
        <source>Awards revoked per request</source>
        <translation>Concesiones revocadas por solicitud</translation>
    </message>
    <message>
        <source>How many awards go in one request to the server (the server answers per award)</source>
        <translation>Cuántas concesiones van en cada solicitud al servidor (el servidor responde por concesión)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Mo&amp;tivo:</translation>
    </message>
    <message>
        <source>Per re&amp;quest:</source>
        <translation>Por soli&amp;citud:</translation>
    </message>
    <message>
        <source>Awards to revoke</source>
        <translation>Concesiones que revocar</translation>
    </message>
    <message>
        <source>&amp;Add from CSV…</source>
        <translation>&amp;Añadir desde CSV…</translation>
    </message>
    <message>
        <source>Add rows from a CSV of assertion entityIds, or of recipients and a badge class</source>
        <translation>Añadir filas desde un CSV de entityIds de aserciones, o de destinatarios y una clase de insignia</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Eliminar filas</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Ch&amp;eck with server</source>
        <translation>Compro&amp;bar con el servidor</translation>
    </message>
    <message>
        <source>Find each row&apos;s award on the server and see its status now</source>
        <translation>Buscar en el servidor la concesión de cada fila y ver su estado actual</translation>
    </message>
    <message>
        <source>Rev&amp;iew and revoke…</source>
        <translation>Rev&amp;isar y revocar…</translation>
    </message>
    <message>
        <source>Re&amp;try failed</source>
        <translation>&amp;Reintentar fallidas</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>E&amp;xportar resultados…</translation>
    </message>
    <message>
        <source>What the batch still needs</source>
        <translation>Lo que aún necesita el lote</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Revocación</translation>
    </message>
    <message>
        <source>Checking with the server: {found} found, {revoked} already revoked, {missing} not found, {ambiguous} ambiguous, {duplicates} duplicate</source>
        <translation>Comprobando con el servidor: {found} encontradas, {revoked} ya revocadas, {missing} no encontradas, {ambiguous} ambiguas, {duplicates} duplicadas</translation>
    </message>
    <message>
        <source>Reading back the awards an interrupted run may have revoked…</source>
        <translation>Releyendo las concesiones que puede haber revocado un envío interrumpido…</translation>
    </message>
    <message>
        <source>Paused: the request in flight finishes, nothing new is sent.</source>
        <translation>En pausa: la solicitud en curso termina y no se envía nada nuevo.</translation>
    </message>
    <message>
        <source>{revoked} revoked, {skipped} already revoked, {failed} failed · {left}</source>
        <translation>{revoked} revocadas, {skipped} ya revocadas, {failed} fallidas · {left}</translation>
    </message>
    <message>
        <source>{revoked} revoked, {skipped} already revoked, {failed} failed</source>
        <translation>{revoked} revocadas, {skipped} ya revocadas, {failed} fallidas</translation>
    </message>
    <message>
        <source>Finished: {counts}.</source>
        <translation>Terminado: {counts}.</translation>
    </message>
    <message>
        <source>Add the awards to revoke: Add from CSV, or Revoke selected in the Assertions tab.</source>
        <translation>Añada las concesiones que revocar: Añadir desde CSV, o Revocar seleccionadas en la pestaña Aserciones.</translation>
    </message>
    <message numerus="yes">
        <source>Rows that do not name one award: %n (first: row {row}). See their Status, then delete them or check again.</source>
        <translation>
            <numerusform>Filas que no indican una única concesión: %n (primera: fila {row}). Vea su Estado y elimínela o vuelva a comprobar.</numerusform>
            <numerusform>Filas que no indican una única concesión: %n (primera: fila {row}). Vea su Estado y elimínelas o vuelva a comprobar.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is required: write one for the batch.</source>
        <translation>El motivo es obligatorio: escriba uno para el lote.</translation>
    </message>
    <message>
        <source>Rows may have been sent with this reason: review and revoke again to settle them before changing it.</source>
        <translation>Puede que se hayan enviado filas con este motivo: revise y revoque de nuevo para resolverlas antes de cambiarlo.</translation>
    </message>
    <message>
        <source>Sign in to check and revoke: drafting works offline.</source>
        <translation>Inicie sesión para comprobar y revocar: la redacción de borradores funciona sin conexión.</translation>
    </message>
    <message>
        <source>Review the batch, then revoke</source>
        <translation>Revisar el lote y revocar</translation>
    </message>
</context>
<context>
    <name>RevocationImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <source>Assertion entityId or URL</source>
        <translation>entityId o URL de la aserción</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>Tipo de destinatario</translation>
    </message>
    <message>
        <source>Badge class (name or entityId)</source>
        <translation>Clase de insignia (nombre o entityId)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>not an assertion entityId or URL</source>
        <translation>no es un entityId ni una URL de aserción</translation>
    </message>
    <message>
        <source>not a valid recipient for its type</source>
        <translation>no es un destinatario válido para su tipo</translation>
    </message>
    <message>
        <source>unknown recipient type</source>
        <translation>tipo de destinatario desconocido</translation>
    </message>
    <message>
        <source>no badge class: add a column, or choose one below</source>
        <translation>sin clase de insignia: añada una columna o elija una abajo</translation>
    </message>
    <message>
        <source>no badge class of that name</source>
        <translation>no hay ninguna clase de insignia con ese nombre</translation>
    </message>
    <message>
        <source>several badge classes have that name: use its entityId</source>
        <translation>varias clases de insignia tienen ese nombre: use su entityId</translation>
    </message>
    <message>
        <source>the same award is on an earlier line</source>
        <translation>la misma concesión está en una línea anterior</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>holds a control character (such as NUL): the file is damaged</source>
        <translation>contiene un carácter de control (como NUL): el archivo está dañado</translation>
    </message>
    <message>
        <source>holds an invisible character (zero-width space, direction mark or soft hyphen)</source>
        <translation>contiene un carácter invisible (espacio de ancho cero, marca de dirección o guion opcional)</translation>
    </message>
    <message>
        <source>holds a character that could not be read in the file&apos;s encoding (�)</source>
        <translation>contiene un carácter que no se pudo leer en la codificación del archivo (�)</translation>
    </message>
    <message>
        <source>Add awards to revoke from {source}</source>
        <translation>Añadir concesiones que revocar desde {source}</translation>
    </message>
    <message>
        <source>Badge class of recipients without one</source>
        <translation>Clase de insignia de los destinatarios que no tienen una</translation>
    </message>
    <message>
        <source>(none: the file names them)</source>
        <translation>(ninguna: el archivo las indica)</translation>
    </message>
    <message>
        <source>&amp;Badge class for recipients:</source>
        <translation>&amp;Clase de insignia para los destinatarios:</translation>
    </message>
    <message>
        <source>Choose the column that holds assertion entityIds (or URLs), or the one that holds recipients.</source>
        <translation>Elija la columna que contiene los entityIds de las aserciones (o las URL), o la que contiene los destinatarios.</translation>
    </message>
</context>
<context>
    <name>RevocationModels</name>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Sin enviar</translation>
    </message>
    <message>
        <source>Not sent: the award was already revoked</source>
        <translation>Sin enviar: la concesión ya estaba revocada</translation>
    </message>
    <message>
        <source>Rows never sent, or sent without an answer yet</source>
        <translation>Filas nunca enviadas, o enviadas todavía sin respuesta</translation>
    </message>
    <message>
        <source>Batch: {title}</source>
        <translation>Lote: {title}</translation>
    </message>
    <message>
        <source>Single (outcome unknown): {title}</source>
        <translation>Individual (resultado desconocido): {title}</translation>
    </message>
    <message>
        <source>Single: {title}</source>
        <translation>Individual: {title}</translation>
    </message>
    <message>
        <source>By {user}.</source>
        <translation>Por {user}.</translation>
    </message>
    <message>
        <source>{revoked} revoked, {failed} failed, {skipped} skipped (already revoked), {left} not sent.</source>
        <translation>{revoked} revocadas, {failed} fallidas, {skipped} omitidas (ya revocadas), {left} sin enviar.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the batch.</source>
        <translation>Haga doble clic o pulse Intro para abrir el lote.</translation>
    </message>
    <message>
        <source>Reason: {detail}</source>
        <translation>Motivo: {detail}</translation>
    </message>
    <message>
        <source>Not revoked: {detail}</source>
        <translation>No revocada: {detail}</translation>
    </message>
    <message>
        <source>The server&apos;s answer never came: check the award in the Assertions tab. {detail}</source>
        <translation>La respuesta del servidor nunca llegó: compruebe la concesión en la pestaña Aserciones. {detail}</translation>
    </message>
    <message>
        <source>Assertion {entity_id}</source>
        <translation>Aserción {entity_id}</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>entityId</source>
        <translation>entityId</translation>
    </message>
    <message>
        <source>The server gives no reason</source>
        <translation>El servidor no indica ningún motivo</translation>
    </message>
</context>
<context>
    <name>RevocationRowsModel</name>
    <message>
        <source>Not found</source>
        <translation>No encontrada</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambigua</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Sin comprobar todavía</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Sent: awaiting the answer…</source>
        <translation>Enviada: esperando la respuesta…</translation>
    </message>
    <message>
        <source>Skipped: already revoked</source>
        <translation>Omitida: ya revocada</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Fallida: {error}</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation>Clase de insignia</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emisión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>(reason required)</source>
        <translation>(motivo obligatorio)</translation>
    </message>
    <message>
        <source>Own reason: {reason}</source>
        <translation>Motivo propio: {reason}</translation>
    </message>
    <message>
        <source>Batch reason: {reason}</source>
        <translation>Motivo del lote: {reason}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>entityId: {entity_id}</source>
        <translation>entityId: {entity_id}</translation>
    </message>
    <message>
        <source>Last seen {time}</source>
        <translation>Vista por última vez: {time}</translation>
    </message>
    <message>
        <source>This row&apos;s own reason (clear it to use the batch&apos;s).</source>
        <translation>El motivo propio de esta fila (bórrelo para usar el del lote).</translation>
    </message>
    <message>
        <source>The batch&apos;s reason; type here to give this row its own.</source>
        <translation>El motivo del lote; escriba aquí para dar a esta fila su propio motivo.</translation>
    </message>
</context>
<context>
    <name>RevocationsTab</name>
    <message>
        <source>Revocation batches</source>
        <translation>Lotes de revocación</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Revocaciones</translation>
    </message>
    <message>
        <source>Ne&amp;w batch</source>
        <translation>Nuevo l&amp;ote</translation>
    </message>
    <message>
        <source>Start a batch of revocations (works offline)</source>
        <translation>Crear un lote de revocaciones (funciona sin conexión)</translation>
    </message>
    <message>
        <source>De&amp;lete batch…</source>
        <translation>E&amp;liminar lote…</translation>
    </message>
    <message>
        <source>Delete the batch from this computer (what was revoked stays revoked)</source>
        <translation>Eliminar el lote de este equipo (lo revocado sigue revocado)</translation>
    </message>
    <message>
        <source>No revocation batch open</source>
        <translation>Ningún lote de revocación abierto</translation>
    </message>
    <message>
        <source>A revocation batch revokes many awards at once, with a reason. Select awards in the Assertions tab and use Revoke selected, or start a New batch (Ctrl+Shift+N) and add a CSV of assertion entityIds or of recipients (Ctrl+I). Batches are kept on this computer and can be drafted offline; nothing is revoked before you review the batch (Ctrl+Return) and confirm.</source>
        <translation>Un lote de revocación revoca muchas concesiones a la vez, con un motivo. Seleccione concesiones en la pestaña Aserciones y use Revocar seleccionadas, o cree un Nuevo lote (Ctrl+Shift+N) y añada un CSV de entityIds de aserciones o de destinatarios (Ctrl+I). Los lotes se guardan en este equipo y se pueden redactar sin conexión; no se revoca nada antes de que revise el lote (Ctrl+Return) y lo confirme.</translation>
    </message>
    <message>
        <source>New revocation batch</source>
        <translation>Nuevo lote de revocación</translation>
    </message>
    <message>
        <source>Revocations pages</source>
        <translation>Páginas de revocaciones</translation>
    </message>
    <message>
        <source>Batche&amp;s</source>
        <translation>Lote&amp;s</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Revo&amp;ked awards</source>
        <translation>Concesiones re&amp;vocadas</translation>
    </message>
    <message>
        <source>Revocations of {date}</source>
        <translation>Revocaciones de {date}</translation>
    </message>
    <message numerus="yes">
        <source>Started a revocation batch with %n award(s): write the reason, then review.</source>
        <translation>
            <numerusform>Se creó un lote de revocación con %n concesión: escriba el motivo y revíselo.</numerusform>
            <numerusform>Se creó un lote de revocación con %n concesiones: escriba el motivo y revíselo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}” from this computer? Awards it already revoked stay revoked, and the audit log keeps every revocation.</source>
        <translation>¿Eliminar «{name}» de este equipo? Las concesiones que ya revocó siguen revocadas, y el registro de auditoría conserva cada revocación.</translation>
    </message>
    <message>
        <source>Add awards to revoke from CSV</source>
        <translation>Añadir concesiones que revocar desde CSV</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV y de texto (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s).</source>
        <translation>
            <numerusform>Se añadió %n fila.</numerusform>
            <numerusform>Se añadieron %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was(were) already in the batch.</source>
        <translation>
            <numerusform>%n ya estaba en el lote.</numerusform>
            <numerusform>%n ya estaban en el lote.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not imported (see the report).</source>
        <translation>
            <numerusform>%n línea no importada (vea el informe).</numerusform>
            <numerusform>%n líneas no importadas (vea el informe).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check with server (F5) to see each award&apos;s status.</source>
        <translation>Compruebe con el servidor (F5) para ver el estado de cada concesión.</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported the outcome of %n row(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó el resultado de %n fila a {path}.</numerusform>
            <numerusform>Se exportó el resultado de %n filas a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check the rows with the server: {error}</source>
        <translation>No se pudieron comprobar las filas con el servidor: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s): {found} to revoke, {revoked} already revoked, {missing} not found, {ambiguous} ambiguous, {duplicates} duplicate.</source>
        <translation>
            <numerusform>Se comprobó %n fila: {found} por revocar, {revoked} ya revocadas, {missing} no encontradas, {ambiguous} ambiguas, {duplicates} duplicadas.</numerusform>
            <numerusform>Se comprobaron %n filas: {found} por revocar, {revoked} ya revocadas, {missing} no encontradas, {ambiguous} ambiguas, {duplicates} duplicadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to revoke: every row is settled.</source>
        <translation>No queda nada que revocar: todas las filas están resueltas.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke award</source>
        <translation>Revocar concesión</translation>
    </message>
    <message>
        <source>Revoke the award of {recipient}?

The badge stops being valid for its holder and for anyone who checks it. This cannot be undone.</source>
        <translation>¿Revocar la concesión de {recipient}?

La insignia deja de ser válida para su titular y para cualquiera que la compruebe. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Reason (required, shown with the revoked badge):</source>
        <translation>&amp;Motivo (obligatorio, se muestra con la insignia revocada):</translation>
    </message>
    <message>
        <source>Revocation reason</source>
        <translation>Motivo de la revocación</translation>
    </message>
    <message>
        <source>For example: awarded in error.</source>
        <translation>Por ejemplo: otorgada por error.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Re&amp;voke award</source>
        <translation>Re&amp;vocar concesión</translation>
    </message>
    <message>
        <source>Write a reason first.</source>
        <translation>Escriba primero un motivo.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revocando…</translation>
    </message>
</context>
<context>
    <name>RevokedView</name>
    <message>
        <source>Revoked awards</source>
        <translation>Concesiones revocadas</translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation>Clase de insignia</translation>
    </message>
    <message>
        <source>No badge class known yet</source>
        <translation>Todavía no se conoce ninguna clase de insignia</translation>
    </message>
    <message>
        <source>Bad&amp;ge class:</source>
        <translation>Clase de &amp;insignia:</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Cargar</translation>
    </message>
    <message>
        <source>List the badge class&apos;s revoked awards (F5)</source>
        <translation>Enumerar las concesiones revocadas de la clase de insignia (F5)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Stop loading (Esc); what is listed stays</source>
        <translation>Detener la carga (Esc); lo ya enumerado se conserva</translation>
    </message>
    <message>
        <source>Load the revoked awards</source>
        <translation>Cargar las concesiones revocadas</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Cancelar la carga</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Choose a badge class and Load to list its revoked awards.</source>
        <translation>Elija una clase de insignia y pulse Cargar para enumerar sus concesiones revocadas.</translation>
    </message>
    <message>
        <source>Load progress</source>
        <translation>Progreso de la carga</translation>
    </message>
    <message>
        <source>Load error</source>
        <translation>Error de carga</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Algo ha fallado: {error}</translation>
    </message>
    <message>
        <source>Could not list the revoked awards: {error}</source>
        <translation>No se pudieron enumerar las concesiones revocadas: {error}</translation>
    </message>
    <message>
        <source>No award of “{name}” is revoked.</source>
        <translation>Ninguna concesión de «{name}» está revocada.</translation>
    </message>
    <message>
        <source>Sign in to list revoked awards.</source>
        <translation>Inicie sesión para enumerar las concesiones revocadas.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln revoked award(s): the list may be incomplete.</source>
        <translation>
            <numerusform>Cancelado tras cargar concesiones revocadas: %Ln; puede que la lista esté incompleta.</numerusform>
            <numerusform>Cancelado tras cargar concesiones revocadas: %Ln; puede que la lista esté incompleta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked award(s) listed before the error. Load to try again.</source>
        <translation>
            <numerusform>Concesiones revocadas enumeradas antes del error: %Ln. Cargue para volver a intentarlo.</numerusform>
            <numerusform>Concesiones revocadas enumeradas antes del error: %Ln. Cargue para volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing listed. Load to try again.</source>
        <translation>No se enumeró nada. Cargue para volver a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln revoked award(s)…</source>
        <translation>
            <numerusform>Concesiones revocadas cargadas: %Ln…</numerusform>
            <numerusform>Concesiones revocadas cargadas: %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked award(s) of “{name}”.</source>
        <translation>
            <numerusform>Concesiones revocadas de «{name}»: %Ln.</numerusform>
            <numerusform>Concesiones revocadas de «{name}»: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionReasons</name>
    <message>
        <source>Sign in to do this.</source>
        <translation>Inicie sesión para hacer esto.</translation>
    </message>
    <message>
        <source>Needs the “{scope}” permission, which this sign-in did not grant. Sign out and sign in again to allow it.</source>
        <translation>Necesita el permiso «{scope}», que este inicio de sesión no concedió. Cierre la sesión y vuelva a iniciarla para permitirlo.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>The server rejected your sign-in. Sign in again (Account → Sign in…).</source>
        <translation>El servidor rechazó su inicio de sesión. Vuelva a iniciar sesión (Cuenta → Iniciar sesión…).</translation>
    </message>
    <message>
        <source>Refreshing issuers and badge classes…</source>
        <translation>Actualizando emisores y clases de insignia…</translation>
    </message>
    <message>
        <source>Available offline: {issuers} and {classes}.</source>
        <translation>Disponibles sin conexión: {issuers} y {classes}.</translation>
    </message>
    <message numerus="yes">
        <source>%n issuer(s)</source>
        <translation>
            <numerusform>%n emisor</numerusform>
            <numerusform>%n emisores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge class(es)</source>
        <translation>
            <numerusform>%n clase de insignia</numerusform>
            <numerusform>%n clases de insignia</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>Conectando con {name}…</translation>
    </message>
    <message>
        <source>Offline: {name} cannot be reached. Your sign-in is kept for later.</source>
        <translation>Sin conexión: no se puede contactar con {name}. Su inicio de sesión se conserva para más tarde.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge class(es) drafted offline can now be sent: Assertions → Badge classes → Send drafts to the server.</source>
        <translation>
            <numerusform>%n clase de insignia redactada sin conexión ya se puede enviar: Aserciones → Clases de insignia → Enviar borradores al servidor.</numerusform>
            <numerusform>%n clases de insignia redactadas sin conexión ya se pueden enviar: Aserciones → Clases de insignia → Enviar borradores al servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switching to {name}…</source>
        <translation>Cambiando a {name}…</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Cerrando sesión…</translation>
    </message>
    <message>
        <source>Sign-out not confirmed</source>
        <translation>Cierre de sesión sin confirmar</translation>
    </message>
    <message>
        <source>The tokens were removed from this computer but the server did not confirm the sign-out.</source>
        <translation>Los tokens se quitaron de este equipo, pero el servidor no confirmó el cierre de sesión.</translation>
    </message>
    <message>
        <source>Until it does, they may still work. BadgeDesk keeps them in the system keyring only, and asks the server again when it next starts.</source>
        <translation>Hasta que lo confirme, puede que sigan funcionando. BadgeDesk solo los guarda en el llavero del sistema y vuelve a preguntar al servidor la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Until it does, they may still work.</source>
        <translation>Hasta que lo confirme, puede que sigan funcionando.</translation>
    </message>
    <message>
        <source>Revoking the sign-in at the server…</source>
        <translation>Revocando el inicio de sesión en el servidor…</translation>
    </message>
</context>
<context>
    <name>StoreProblemBox</name>
    <message>
        <source>BadgeDesk cannot open its data</source>
        <translation>BadgeDesk no puede abrir sus datos</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>&amp;Keep the old file aside and start afresh</source>
        <translation>&amp;Apartar el archivo antiguo y empezar de cero</translation>
    </message>
    <message>
        <source>&amp;Open another data folder…</source>
        <translation>Abrir &amp;otra carpeta de datos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Keeping it aside renames it with today&apos;s date, so nothing in it is lost, and starts an empty store: batches and the history of sent rows start afresh.</source>
        <translation>Al apartarlo se le cambia el nombre con la fecha de hoy, así que no se pierde nada de su contenido, y se empieza con un almacén vacío: los lotes y el historial de filas enviadas empiezan de cero.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of BadgeDesk.</source>
        <translation>Estos datos se guardaron con una versión más reciente de BadgeDesk.</translation>
    </message>
    <message>
        <source>{file} can only be opened by that newer version. Update BadgeDesk, or work in another data folder. {kept}</source>
        <translation>{file} solo se puede abrir con esa versión más reciente. Actualice BadgeDesk o trabaje en otra carpeta de datos. {kept}</translation>
    </message>
    <message>
        <source>BadgeDesk&apos;s data file has been replaced by another kind of file.</source>
        <translation>El archivo de datos de BadgeDesk se ha sustituido por otro tipo de archivo.</translation>
    </message>
    <message>
        <source>{file} is not a BadgeDesk data file, so BadgeDesk will not write to it. {kept}</source>
        <translation>{file} no es un archivo de datos de BadgeDesk, así que BadgeDesk no escribirá en él. {kept}</translation>
    </message>
    <message>
        <source>BadgeDesk&apos;s data file is damaged.</source>
        <translation>El archivo de datos de BadgeDesk está dañado.</translation>
    </message>
    <message>
        <source>{file} is incomplete or damaged (for example after a crash, a full disk or an interrupted copy), so BadgeDesk will not write to it. {kept} A backup of the data folder, if there is one, can be opened instead.</source>
        <translation>{file} está incompleto o dañado (por ejemplo, tras un cierre inesperado, un disco lleno o una copia interrumpida), así que BadgeDesk no escribirá en él. {kept} En su lugar se puede abrir una copia de seguridad de la carpeta de datos, si la hay.</translation>
    </message>
    <message>
        <source>Something else is where BadgeDesk keeps its data.</source>
        <translation>Hay otra cosa donde BadgeDesk guarda sus datos.</translation>
    </message>
    <message>
        <source>{file} should be BadgeDesk&apos;s, but it is a folder or file of something else. Move it away and try again, or work in another data folder.</source>
        <translation>{file} debería ser de BadgeDesk, pero es una carpeta o un archivo de otra cosa. Muévalo a otro sitio y vuelva a intentarlo, o trabaje en otra carpeta de datos.</translation>
    </message>
    <message>
        <source>BadgeDesk is not allowed to save its data.</source>
        <translation>BadgeDesk no tiene permiso para guardar sus datos.</translation>
    </message>
    <message>
        <source>{file} may not be written to (it is read-only, or belongs to another account). Ask for write access and try again, or work in another data folder.</source>
        <translation>No se puede escribir en {file} (es de solo lectura o pertenece a otra cuenta). Solicite permiso de escritura y vuelva a intentarlo, o trabaje en otra carpeta de datos.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <source>BadgeDesk could not open {file} because the disk has no space left. Free some space and try again; the data already saved is safe.</source>
        <translation>BadgeDesk no pudo abrir {file} porque el disco no tiene espacio libre. Libere espacio y vuelva a intentarlo; los datos ya guardados están a salvo.</translation>
    </message>
    <message>
        <source>The disk could not read or write BadgeDesk&apos;s data.</source>
        <translation>El disco no pudo leer ni escribir los datos de BadgeDesk.</translation>
    </message>
    <message>
        <source>Reading {file} failed. If it is on a network or removable drive, check that it is connected, then try again.</source>
        <translation>No se pudo leer {file}. Si está en una unidad de red o extraíble, compruebe que esté conectada y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Choose a data folder for BadgeDesk</source>
        <translation>Elegir una carpeta de datos para BadgeDesk</translation>
    </message>
</context>
<context>
    <name>SubmitRefusals</name>
    <message>
        <source>Sign in to submit.</source>
        <translation>Inicie sesión para enviar.</translation>
    </message>
    <message>
        <source>Choose the badge class to award first.</source>
        <translation>Elija primero la clase de insignia que otorgar.</translation>
    </message>
    <message>
        <source>The batch&apos;s badge class is a draft that cannot be sent here.</source>
        <translation>La clase de insignia del lote es un borrador que no se puede enviar aquí.</translation>
    </message>
    <message>
        <source>The draft badge class {name} could not be made on the server yet: {detail}</source>
        <translation>La clase de insignia en borrador {name} aún no se pudo crear en el servidor: {detail}</translation>
    </message>
    <message>
        <source>The batch&apos;s draft badge class was deleted.</source>
        <translation>La clase de insignia en borrador del lote se eliminó.</translation>
    </message>
    <message>
        <source>The draft badge class {name} was refused by the server: {detail}</source>
        <translation>El servidor rechazó la clase de insignia en borrador {name}: {detail}</translation>
    </message>
    <message>
        <source>Fix the batch&apos;s defaults before it can be sent.</source>
        <translation>Corrija los valores predeterminados del lote antes de enviarlo.</translation>
    </message>
    <message numerus="yes">
        <source>To fix before the batch can be sent: %n row(s) (the first is {name}).</source>
        <translation>
            <numerusform>Por corregir antes de enviar el lote: %n fila (la primera es {name}).</numerusform>
            <numerusform>Por corregir antes de enviar el lote: %n filas (la primera es {name}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To fix before the batch can be sent: %n row(s) (the first is an empty row).</source>
        <translation>
            <numerusform>Por corregir antes de enviar el lote: %n fila (la primera es una fila vacía).</numerusform>
            <numerusform>Por corregir antes de enviar el lote: %n filas (la primera es una fila vacía).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some recipients appear more than once in the batch.</source>
        <translation>Algunos destinatarios aparecen más de una vez en el lote.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not matched to one award (the first is {name}): check them with the server, or delete them.</source>
        <translation>
            <numerusform>%n fila no corresponde a una única concesión (la primera es {name}): compruébela con el servidor o elimínela.</numerusform>
            <numerusform>%n filas no corresponden a una única concesión (la primera es {name}): compruébelas con el servidor o elimínelas.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is required: give the batch one, or each row its own.</source>
        <translation>El motivo es obligatorio: indique uno para el lote, o uno propio para cada fila.</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>Award counts</source>
        <translation>Recuento de concesiones</translation>
    </message>
    <message>
        <source>Months in the chart</source>
        <translation>Meses del gráfico</translation>
    </message>
    <message>
        <source>Summary of the badge class</source>
        <translation>Resumen de la clase de insignia</translation>
    </message>
    <message>
        <source>Active {active}
Expired {expired}
Revoked {revoked}</source>
        <translation>Activas {active}
Caducadas {expired}
Revocadas {revoked}</translation>
    </message>
    <message>
        <source>Awards per month,
{first} to {last}</source>
        <translation>Concesiones por mes,
de {first} a {last}</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Iniciando el entorno de pruebas local…</translation>
    </message>
    <message>
        <source>No server is set up yet, so BadgeDesk uses its local sandbox. Choose your server in File → Server profiles.</source>
        <translation>Todavía no hay ningún servidor configurado, así que BadgeDesk usa su entorno de pruebas local. Elija su servidor en Archivo → Perfiles de servidor.</translation>
    </message>
    <message>
        <source>Checking BadgeDesk&apos;s data…</source>
        <translation>Comprobando los datos de BadgeDesk…</translation>
    </message>
</context>
</TS>
