<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ApiErrors</name>
    <message>
        <source>The server gave no answer within {seconds} s. Check the network connection.</source>
        <translation>Der Server hat innerhalb von {seconds} s nicht geantwortet. Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server is busy and asked BadgeDesk to slow down. Try again in {seconds} s.</source>
        <translation>Der Server ist ausgelastet und hat BadgeDesk gebeten, langsamer zu machen. Versuchen Sie es in {seconds} s erneut.</translation>
    </message>
    <message>
        <source>The server did not accept the request: {detail}</source>
        <translation>Der Server hat die Anfrage nicht angenommen: {detail}</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP {status}).</translation>
    </message>
    <message>
        <source>Cancelled before the server answered: checked with the server before any resend.</source>
        <translation>Abgebrochen, bevor der Server antwortete: vor jedem erneuten Senden beim Server geprüft.</translation>
    </message>
    <message>
        <source>Cancelled before the server answered: read back before any resend.</source>
        <translation>Abgebrochen, bevor der Server antwortete: vor jedem erneuten Senden vom Server zurückgelesen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer said nothing about this award.</source>
        <translation>Die Antwort des Servers sagte nichts über diese Vergabe.</translation>
    </message>
    <message>
        <source>You are not signed in to the server.</source>
        <translation>Sie sind nicht beim Server angemeldet.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the network connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Please sign in again.</source>
        <translation>Ihre Anmeldung ist abgelaufen oder wurde widerrufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server is busy and asked BadgeDesk to slow down.</source>
        <translation>Der Server ist ausgelastet und hat BadgeDesk gebeten, langsamer zu machen.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a few minutes.</source>
        <translation>Auf dem Server ist ein Problem aufgetreten. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>Not found, or your account is not allowed to see it.</source>
        <translation>Nicht gefunden, oder Ihr Konto darf es nicht sehen.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Der Server hat die Anfrage nicht angenommen.</translation>
    </message>
    <message>
        <source>The server sent a response BadgeDesk could not understand.</source>
        <translation>Der Server hat eine Antwort gesendet, die BadgeDesk nicht verstehen konnte.</translation>
    </message>
    <message>
        <source>The sign-in was not accepted: the code or refresh token has expired or was already used. Please sign in again.</source>
        <translation>Die Anmeldung wurde nicht akzeptiert: Der Code oder das Refresh-Token ist abgelaufen oder wurde bereits verwendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This server does not know BadgeDesk&apos;s client id. Check the server profile.</source>
        <translation>Dieser Server kennt die Client-ID von BadgeDesk nicht. Prüfen Sie das Serverprofil.</translation>
    </message>
    <message>
        <source>The server refused the requested permissions (scopes).</source>
        <translation>Der Server hat die angeforderten Berechtigungen (Scopes) abgelehnt.</translation>
    </message>
    <message>
        <source>Sign-in was cancelled or access was denied.</source>
        <translation>Die Anmeldung wurde abgebrochen oder der Zugriff wurde verweigert.</translation>
    </message>
    <message>
        <source>The server does not support this way of signing in.</source>
        <translation>Der Server unterstützt diese Art der Anmeldung nicht.</translation>
    </message>
    <message>
        <source>The sign-in request was malformed.</source>
        <translation>Die Anmeldeanfrage war fehlerhaft.</translation>
    </message>
    <message>
        <source>Signing in failed ({code}).</source>
        <translation>Die Anmeldung ist fehlgeschlagen ({code}).</translation>
    </message>
</context>
<context>
    <name>ApiWords</name>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Not yet accepted</source>
        <translation>Noch nicht angenommen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
</context>
<context>
    <name>AssertionDetail</name>
    <message>
        <source>Badge image</source>
        <translation>Badge-Bild</translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation>Badge-Klasse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy the entity ID</source>
        <translation>Entity-ID kopieren</translation>
    </message>
    <message>
        <source>Copy reci&amp;pient</source>
        <translation>&amp;Empfänger kopieren</translation>
    </message>
    <message>
        <source>Copy the recipient identity</source>
        <translation>Kennung des Empfängers kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Open Badge ID</source>
        <translation>&amp;Open-Badges-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the Open Badge ID</source>
        <translation>Open-Badges-ID kopieren</translation>
    </message>
    <message>
        <source>Open p&amp;ublic page</source>
        <translation>Öffentliche &amp;Seite öffnen</translation>
    </message>
    <message>
        <source>Open the public page in the browser</source>
        <translation>Öffentliche Seite im Browser öffnen</translation>
    </message>
    <message>
        <source>Award details</source>
        <translation>Details der Vergabe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Vergabe</translation>
    </message>
    <message>
        <source>● Active</source>
        <translation>● Gültig</translation>
    </message>
    <message>
        <source>◐ Expired</source>
        <translation>◐ Abgelaufen</translation>
    </message>
    <message>
        <source>✕ Revoked</source>
        <translation>✕ Widerrufen</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Hashed</source>
        <translation>Gehasht</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Salt</source>
        <translation>Salt</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Revocation reason</source>
        <translation>Widerrufsgrund</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>Entity-ID</translation>
    </message>
    <message>
        <source>Public link</source>
        <translation>Öffentlicher Link</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>No narrative.</source>
        <translation>Keine Erläuterung.</translation>
    </message>
    <message>
        <source>Open Badges 3 award properties</source>
        <translation>Open-Badges-3-Eigenschaften der Vergabe</translation>
    </message>
    <message>
        <source>Activity start</source>
        <translation>Aktivitätsbeginn</translation>
    </message>
    <message>
        <source>Activity end</source>
        <translation>Aktivitätsende</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Lizenznummer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>No evidence.</source>
        <translation>Kein Nachweis.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
</context>
<context>
    <name>AssertionTableModel</name>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Widerrufen: {reason}</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation>Badge-Klasse</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>AssertionsTab</name>
    <message>
        <source>Assertions</source>
        <translation>Vergaben</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>Offline-Hinweis</translation>
    </message>
    <message>
        <source>Issuers and badge classes</source>
        <translation>Aussteller und Badge-Klassen</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Vergaben</translation>
    </message>
    <message>
        <source>Loading error</source>
        <translation>Ladefehler</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Erneut laden</translation>
    </message>
    <message>
        <source>Loading state</source>
        <translation>Ladezustand</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Look for it in the loaded rows</source>
        <translation>In den geladenen Zeilen suchen</translation>
    </message>
    <message>
        <source>Look for the text in the loaded rows instead</source>
        <translation>Stattdessen den Text in den geladenen Zeilen suchen</translation>
    </message>
    <message>
        <source>Select an award to see its details.</source>
        <translation>Wählen Sie eine Vergabe aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Award…</source>
        <translation>&amp;Vergeben…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke &amp;selected…</source>
        <translation>&amp;Auswahl widerrufen…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show or hide the award&apos;s details (Ctrl+D)</source>
        <translation>Details der Vergabe ein- oder ausblenden (Ctrl+D)</translation>
    </message>
    <message>
        <source>Show &amp;revoked</source>
        <translation>Wide&amp;rrufene anzeigen</translation>
    </message>
    <message>
        <source>Show revoked awards</source>
        <translation>Widerrufene Vergaben anzeigen</translation>
    </message>
    <message>
        <source>Show e&amp;xpired</source>
        <translation>Abgela&amp;ufene anzeigen</translation>
    </message>
    <message>
        <source>Show expired awards</source>
        <translation>Abgelaufene Vergaben anzeigen</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Show the award&apos;s details</source>
        <translation>Details der Vergabe anzeigen</translation>
    </message>
    <message>
        <source>Filter loaded rows (Ctrl+F)</source>
        <translation>Geladene Zeilen filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Tabelle filtern</translation>
    </message>
    <message>
        <source>Find whole identities on the server…</source>
        <translation>Vollständige Kennungen auf dem Server suchen…</translation>
    </message>
    <message>
        <source>One or more whole identities (email, URL, phone), separated by commas or spaces. The server finds only identities written in full: “dana@example.org” finds Dana, “dana” finds nobody. To look for part of a name or address, use the filter of the loaded rows (Ctrl+F).</source>
        <translation>Eine oder mehrere vollständige Kennungen (E-Mail, URL, Telefon), durch Kommas oder Leerzeichen getrennt. Der Server findet nur vollständig geschriebene Kennungen: „dana@example.org“ findet Dana, „dana“ findet niemanden. Um nach einem Teil eines Namens oder einer Adresse zu suchen, verwenden Sie den Filter der geladenen Zeilen (Ctrl+F).</translation>
    </message>
    <message>
        <source>Recipients to find on the server</source>
        <translation>Auf dem Server zu suchende Empfänger</translation>
    </message>
    <message>
        <source>⚠ Offline — showing the issuers and badge classes saved at your last sign-in.</source>
        <translation>⚠ Offline – angezeigt werden die Aussteller und Badge-Klassen von Ihrer letzten Anmeldung.</translation>
    </message>
    <message>
        <source>Sign in to load the awards of this badge class.</source>
        <translation>Melden Sie sich an, um die Vergaben dieser Badge-Klasse zu laden.</translation>
    </message>
    <message>
        <source>Counts unavailable: {error}</source>
        <translation>Zahlen nicht verfügbar: {error}</translation>
    </message>
    <message>
        <source>A draft has no awards: it becomes a badge class when it is sent.</source>
        <translation>Ein Entwurf hat keine Vergaben: Er wird beim Senden zu einer Badge-Klasse.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) as saved at your last visit: the server cannot be asked now.</source>
        <translation>
            <numerusform>Vergaben wie beim letzten Besuch gespeichert: %Ln; der Server kann gerade nicht gefragt werden.</numerusform>
            <numerusform>Vergaben wie beim letzten Besuch gespeichert: %Ln; der Server kann gerade nicht gefragt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) as saved at your last visit, being brought up to date…</source>
        <translation>
            <numerusform>Vergaben wie beim letzten Besuch gespeichert: %Ln; werden aktualisiert…</numerusform>
            <numerusform>Vergaben wie beim letzten Besuch gespeichert: %Ln; werden aktualisiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load more awards: {message} The rows above are kept.</source>
        <translation>Weitere Vergaben konnten nicht geladen werden: {message} Die Zeilen oben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Could not load this award: {error}</source>
        <translation>Diese Vergabe konnte nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>The award was not made: {error}</source>
        <translation>Die Vergabe wurde nicht vorgenommen: {error}</translation>
    </message>
    <message>
        <source>Awarded to {recipient}.</source>
        <translation>An {recipient} vergeben.</translation>
    </message>
    <message>
        <source>Could not open the award: {error}</source>
        <translation>Die Vergabe konnte nicht geöffnet werden: {error}</translation>
    </message>
    <message>
        <source>The changes were not saved: {error}</source>
        <translation>Die Änderungen wurden nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>The award was not revoked: {error}</source>
        <translation>Die Vergabe wurde nicht widerrufen: {error}</translation>
    </message>
    <message>
        <source>Revoked the award of {recipient}.</source>
        <translation>Vergabe an {recipient} widerrufen.</translation>
    </message>
    <message>
        <source>Export stopped: {error}</source>
        <translation>Export abgebrochen: {error}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Choose an issuer or badge class on the left.</source>
        <translation>Wählen Sie links einen Aussteller oder eine Badge-Klasse.</translation>
    </message>
    <message>
        <source>Loading awards…</source>
        <translation>Vergaben werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) loaded, loading more…</source>
        <translation>
            <numerusform>Vergaben geladen: %Ln; weitere werden geladen…</numerusform>
            <numerusform>Vergaben geladen: %Ln; weitere werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>No award is for exactly these identities: the server matches whole identities only.</source>
        <translation>Keine Vergabe gehört genau zu diesen Kennungen: Der Server findet nur vollständige Kennungen.</translation>
    </message>
    <message>
        <source>No awards to show here.</source>
        <translation>Hier gibt es keine Vergaben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) loaded, no more to load.</source>
        <translation>
            <numerusform>Vergaben geladen: %Ln; es gibt keine weiteren.</numerusform>
            <numerusform>Vergaben geladen: %Ln; es gibt keine weiteren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) loaded; scroll down for more.</source>
        <translation>
            <numerusform>Vergaben geladen: %Ln; für weitere nach unten scrollen.</numerusform>
            <numerusform>Vergaben geladen: %Ln; für weitere nach unten scrollen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown by the filter.</source>
        <translation>
            <numerusform>Vom Filter angezeigt: %Ln.</numerusform>
            <numerusform>Vom Filter angezeigt: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) selected.</source>
        <translation>
            <numerusform>Ausgewählte Vergaben: %Ln.</numerusform>
            <numerusform>Ausgewählte Vergaben: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to see the details of this award.</source>
        <translation>Melden Sie sich an, um die Details dieser Vergabe zu sehen.</translation>
    </message>
    <message>
        <source>Choose a badge class on the left first.</source>
        <translation>Wählen Sie zuerst links eine Badge-Klasse.</translation>
    </message>
    <message>
        <source>A revoked award cannot be edited.</source>
        <translation>Eine widerrufene Vergabe kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Select one award to edit.</source>
        <translation>Wählen Sie genau eine Vergabe zum Bearbeiten aus.</translation>
    </message>
    <message>
        <source>This award is already revoked.</source>
        <translation>Diese Vergabe ist bereits widerrufen.</translation>
    </message>
    <message>
        <source>Select one award to revoke; for several, use Revoke selected.</source>
        <translation>Wählen Sie genau eine Vergabe zum Widerrufen aus; für mehrere verwenden Sie „Auswahl widerrufen“.</translation>
    </message>
    <message>
        <source>A draft is awarded through a draft batch (Drafts tab), or here once it is sent to the server.</source>
        <translation>Ein Entwurf wird über einen Entwurfsstapel (Tab „Entwürfe“) vergeben oder hier, sobald er an den Server gesendet ist.</translation>
    </message>
    <message>
        <source>Start a revocation batch with the selected awards (reviewed before sending)</source>
        <translation>Einen Widerrufsstapel mit den ausgewählten Vergaben beginnen (wird vor dem Senden geprüft)</translation>
    </message>
    <message>
        <source>Select the awards to revoke (Ctrl+A for all shown).</source>
        <translation>Wählen Sie die zu widerrufenden Vergaben aus (Ctrl+A für alle angezeigten).</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>Export awards as CSV</source>
        <translation>Vergaben als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Loading every page before exporting: %Ln award(s)…</source>
        <translation>
            <numerusform>Vor dem Export werden alle Seiten geladen (Vergaben: %Ln)…</numerusform>
            <numerusform>Vor dem Export werden alle Seiten geladen (Vergaben: %Ln)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln award(s) to {path}.</source>
        <translation>
            <numerusform>Vergaben nach {path} exportiert: %Ln.</numerusform>
            <numerusform>Vergaben nach {path} exportiert: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Show the operation</source>
        <translation>Vorgang anzeigen</translation>
    </message>
    <message>
        <source>Show the outcome</source>
        <translation>Ergebnis anzeigen</translation>
    </message>
    <message>
        <source>Show entries containing</source>
        <translation>Einträge anzeigen, die Folgendes enthalten</translation>
    </message>
    <message>
        <source>Recipient, badge, error…</source>
        <translation>Empfänger, Badge, Fehler…</translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Er&amp;gebnis:</translation>
    </message>
    <message>
        <source>&amp;Containing:</source>
        <translation>&amp;Enthält:</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Protokolleinträge</translation>
    </message>
    <message>
        <source>Nothing has been written to a server from this computer yet.</source>
        <translation>Von diesem Computer wurde noch nichts an einen Server geschrieben.</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Protokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>Protokoll schließen</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Protokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>BadgeDesk audit log</source>
        <translation>BadgeDesk-Protokoll</translation>
    </message>
    <message>
        <source>Could not write the file: {reason}</source>
        <translation>Die Datei konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to {path}</source>
        <translation>
            <numerusform>%n Eintrag nach {path} geschrieben</numerusform>
            <numerusform>%n Einträge nach {path} geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Edit award</source>
        <translation>Vergabe bearbeiten</translation>
    </message>
    <message>
        <source>Award a badge</source>
        <translation>Badge vergeben</translation>
    </message>
    <message>
        <source>Edit an award of {badge_class}</source>
        <translation>Vergabe von {badge_class} bearbeiten</translation>
    </message>
    <message>
        <source>Award {badge_class}</source>
        <translation>{badge_class} vergeben</translation>
    </message>
    <message>
        <source>Award fields</source>
        <translation>Vergabefelder</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Recipient identity</source>
        <translation>Kennung des Empfängers</translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>Empfängertyp</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Open Badges ID</source>
        <translation>Open-Badges-ID</translation>
    </message>
    <message>
        <source>&amp;Hash the identity in the public badge</source>
        <translation>Kennung im öffentlichen Badge &amp;hashen</translation>
    </message>
    <message>
        <source>Hash the identity</source>
        <translation>Kennung hashen</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation>Ausgestellt &amp;am</translation>
    </message>
    <message>
        <source>Leave unticked to use the moment of the award.</source>
        <translation>Ohne Häkchen gilt der Zeitpunkt der Vergabe.</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>&amp;Läuft ab</translation>
    </message>
    <message>
        <source>Allow a &amp;duplicate if this person already holds the badge</source>
        <translation>&amp;Doppelte Vergabe erlauben, wenn die Person das Badge bereits hat</translation>
    </message>
    <message>
        <source>Allow duplicate awards</source>
        <translation>Doppelte Vergaben erlauben</translation>
    </message>
    <message>
        <source>&amp;Notify the recipient by email</source>
        <translation>Empfänger per E-Mail be&amp;nachrichtigen</translation>
    </message>
    <message>
        <source>Notify the recipient by email</source>
        <translation>Empfänger per E-Mail benachrichtigen</translation>
    </message>
    <message>
        <source>Recipient and dates</source>
        <translation>Empfänger und Daten</translation>
    </message>
    <message>
        <source>Narrative (Markdown)</source>
        <translation>Erläuterung (Markdown)</translation>
    </message>
    <message>
        <source>What the recipient did, in Markdown.</source>
        <translation>Was der Empfänger geleistet hat, in Markdown.</translation>
    </message>
    <message>
        <source>Narrative preview</source>
        <translation>Vorschau der Erläuterung</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Evidence {number}: {message}</source>
        <translation>Nachweis {number}: {message}</translation>
    </message>
    <message>
        <source>This award was revoked ({reason}). A revoked award cannot be edited.</source>
        <translation>Diese Vergabe wurde widerrufen ({reason}). Eine widerrufene Vergabe kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>This is not valid JSON: {error}</source>
        <translation>Dies ist kein gültiges JSON: {error}</translation>
    </message>
    <message>
        <source>Add e&amp;vidence</source>
        <translation>Nach&amp;weis hinzufügen</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move evidence</source>
        <translation>Nachweis ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>Ausgewählten Nachweis entfernen</translation>
    </message>
    <message>
        <source>Activity s&amp;tart</source>
        <translation>Aktivitäts&amp;beginn</translation>
    </message>
    <message>
        <source>Activity &amp;end</source>
        <translation>Ak&amp;tivitätsende</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Lizenznummer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation>Li&amp;zenznummer:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Open Badges 3</source>
        <translation>Open Badges 3</translation>
    </message>
    <message>
        <source>Extensions (JSON)</source>
        <translation>Erweiterungen (JSON)</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Award</source>
        <translation>&amp;Vergeben</translation>
    </message>
    <message>
        <source>The recipient of an award cannot be changed.</source>
        <translation>Der Empfänger einer Vergabe kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>A revoked award cannot be edited.</source>
        <translation>Eine widerrufene Vergabe kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Extensions must be a JSON object ({…}).</source>
        <translation>Erweiterungen müssen ein JSON-Objekt sein ({…}).</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>BackpackCollections</name>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>All badges</source>
        <translation>Alle Badges</translation>
    </message>
    <message>
        <source>Every badge in your backpack, no collection open</source>
        <translation>Alle Badges in Ihrem Backpack, keine Sammlung geöffnet</translation>
    </message>
    <message>
        <source> · shared</source>
        <translation> · geteilt</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n badge(s))</source>
        <translation>
            <numerusform>{name} (%n Badge)</numerusform>
            <numerusform>{name} (%n Badges)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Sammlung bearbeiten</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>Name der Sammlung</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Problem with the description</source>
        <translation>Problem mit der Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Shared: anyone with the link can see it</source>
        <translation>&amp;Geteilt: Jeder mit dem Link kann sie sehen</translation>
    </message>
    <message>
        <source>Shared with a link</source>
        <translation>Per Link geteilt</translation>
    </message>
    <message>
        <source>Problem saving</source>
        <translation>Problem beim Speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected badge(s) will be put in it.</source>
        <translation>
            <numerusform>Das %n ausgewählte Badge wird aufgenommen.</numerusform>
            <numerusform>Die %n ausgewählten Badges werden aufgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the collection</source>
        <translation>Sammlung speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>Freigabelink</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the share link</source>
        <translation>Freigabelink kopieren</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Im Br&amp;owser öffnen</translation>
    </message>
    <message>
        <source>Open the share link in the browser</source>
        <translation>Freigabelink im Browser öffnen</translation>
    </message>
    <message>
        <source>Open a collection to tick the badges it holds, or drag badges onto one.</source>
        <translation>Öffnen Sie eine Sammlung, um die Badges darin anzuhaken, oder ziehen Sie Badges auf eine Sammlung.</translation>
    </message>
    <message>
        <source>Tick the badges it holds, or drag badges onto it.</source>
        <translation>Haken Sie die enthaltenen Badges an oder ziehen Sie Badges darauf.</translation>
    </message>
    <message>
        <source>Shared: anyone with this link can see it.</source>
        <translation>Geteilt: Jeder mit diesem Link kann sie sehen.</translation>
    </message>
    <message>
        <source>Not shared. Edit the collection (F2) and tick Shared to get a link.</source>
        <translation>Nicht geteilt. Bearbeiten Sie die Sammlung (F2) und setzen Sie das Häkchen bei „Geteilt“, um einen Link zu erhalten.</translation>
    </message>
</context>
<context>
    <name>BackpackModel</name>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Annahme</translation>
    </message>
</context>
<context>
    <name>BackpackTab</name>
    <message>
        <source>Backpack</source>
        <translation>Backpack</translation>
    </message>
    <message>
        <source>Filter by badge, issuer or recipient</source>
        <translation>Nach Badge, Aussteller oder Empfänger filtern</translation>
    </message>
    <message>
        <source>Filter badges</source>
        <translation>Badges filtern</translation>
    </message>
    <message>
        <source>Show badges by acceptance</source>
        <translation>Badges nach Annahme anzeigen</translation>
    </message>
    <message>
        <source>All badges</source>
        <translation>Alle Badges</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Not yet accepted</source>
        <translation>Noch nicht angenommen</translation>
    </message>
    <message>
        <source>Removed in this session</source>
        <translation>In dieser Sitzung entfernt</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>E&amp;xpired and revoked too</source>
        <translation>Auch abgelaufene und &amp;widerrufene</translation>
    </message>
    <message>
        <source>Include expired and revoked badges</source>
        <translation>Auch abgelaufene und widerrufene Badges anzeigen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a badge</source>
        <translation>Badge importieren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload the backpack</source>
        <translation>Backpack neu laden</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Co&amp;llections</source>
        <translation>Sa&amp;mmlungen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Edit the collection</source>
        <translation>Sammlung bearbeiten</translation>
    </message>
    <message>
        <source>Delete the collection</source>
        <translation>Sammlung löschen</translation>
    </message>
    <message>
        <source>Problem with the collection</source>
        <translation>Problem mit der Sammlung</translation>
    </message>
    <message>
        <source>Badges in your backpack</source>
        <translation>Badges in Ihrem Backpack</translation>
    </message>
    <message>
        <source>Backpack message</source>
        <translation>Backpack-Meldung</translation>
    </message>
    <message>
        <source>Choose a badge to see it in full.</source>
        <translation>Wählen Sie ein Badge, um es vollständig zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Accept the selected badges</source>
        <translation>Ausgewählte Badges annehmen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove or decline the selected badges (Del, Ctrl+Backspace): one issued to you on this server leaves your backpack and can be brought back; an imported one is deleted</source>
        <translation>Ausgewählte Badges entfernen oder ablehnen (Del, Ctrl+Backspace): Ein Ihnen auf diesem Server ausgestelltes Badge verlässt Ihr Backpack und kann zurückgeholt werden; ein importiertes wird gelöscht</translation>
    </message>
    <message>
        <source>&amp;Undo removal</source>
        <translation>Entfernen &amp;rückgängig</translation>
    </message>
    <message>
        <source>Bring back the badges you just removed (they come back accepted)</source>
        <translation>Soeben entfernte Badges zurückholen (sie kommen angenommen zurück)</translation>
    </message>
    <message>
        <source>Remove the selected badges from your backpack</source>
        <translation>Ausgewählte Badges aus Ihrem Backpack entfernen</translation>
    </message>
    <message>
        <source>Bring back the badges just removed</source>
        <translation>Soeben entfernte Badges zurückholen</translation>
    </message>
    <message>
        <source>Problem with the badge</source>
        <translation>Problem mit dem Badge</translation>
    </message>
    <message>
        <source>You removed this badge from your backpack in this session. The award itself stays valid; Undo (Ctrl+Z) or Accept brings it back, accepted.</source>
        <translation>Sie haben dieses Badge in dieser Sitzung aus Ihrem Backpack entfernt. Die Vergabe selbst bleibt gültig; „Rückgängig“ (Ctrl+Z) oder „Annehmen“ holt es angenommen zurück.</translation>
    </message>
    <message>
        <source>Removed badge</source>
        <translation>Entferntes Badge</translation>
    </message>
    <message>
        <source>Loading your backpack…</source>
        <translation>Ihr Backpack wird geladen…</translation>
    </message>
    <message>
        <source>Could not load your backpack: {error}</source>
        <translation>Ihr Backpack konnte nicht geladen werden: {error}</translation>
    </message>
    <message>
        <source>Could not accept “{name}”:
{error}</source>
        <translation>„{name}“ konnte nicht angenommen werden:
{error}</translation>
    </message>
    <message>
        <source>Could not remove “{name}”:
{error}</source>
        <translation>„{name}“ konnte nicht entfernt werden:
{error}</translation>
    </message>
    <message>
        <source>Could not bring back “{name}”:
{error}</source>
        <translation>„{name}“ konnte nicht zurückgeholt werden:
{error}</translation>
    </message>
    <message>
        <source>Imported “{name}” into your backpack.</source>
        <translation>„{name}“ in Ihr Backpack importiert.</translation>
    </message>
    <message>
        <source>Already in “{name}”.</source>
        <translation>Bereits in „{name}“.</translation>
    </message>
    <message>
        <source>Could not change the badges of “{name}”:
{error}</source>
        <translation>Die Badges von „{name}“ konnten nicht geändert werden:
{error}</translation>
    </message>
    <message>
        <source>Saved the collection “{name}”.</source>
        <translation>Sammlung „{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?</source>
        <translation>Sammlung „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Its badges stay in your backpack. Its share link stops working for everyone you gave it to.</source>
        <translation>Die Badges der Sammlung bleiben in Ihrem Backpack. Der Freigabelink funktioniert dann für niemanden mehr, dem Sie ihn gegeben haben.</translation>
    </message>
    <message>
        <source>Its badges stay in your backpack.</source>
        <translation>Die Badges der Sammlung bleiben in Ihrem Backpack.</translation>
    </message>
    <message>
        <source>Could not delete “{name}”:
{error}</source>
        <translation>„{name}“ konnte nicht gelöscht werden:
{error}</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>Sammlung „{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>Your backpack is empty. Badges awarded to your verified email addresses appear here; import one from elsewhere with Import… (Ctrl+I), or drop a badge image here.</source>
        <translation>Ihr Backpack ist leer. Badges, die an Ihre bestätigten E-Mail-Adressen vergeben werden, erscheinen hier; importieren Sie eines von anderswo mit „Importieren…“ (Ctrl+I) oder legen Sie hier ein Badge-Bild ab.</translation>
    </message>
    <message>
        <source>No badge matches the filter.</source>
        <translation>Kein Badge passt zum Filter.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n badge(s)</source>
        <translation>
            <numerusform>{shown} von %n Badge</numerusform>
            <numerusform>{shown} von %n Badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n Badge</numerusform>
            <numerusform>%n Badges</numerusform>
        </translation>
    </message>
    <message>
        <source>You have removed no badge in this session. The server does not list removed badges, so only those removed here can be shown.</source>
        <translation>Sie haben in dieser Sitzung kein Badge entfernt. Der Server listet entfernte Badges nicht auf, daher können nur hier entfernte angezeigt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) removed in this session. Undo (Ctrl+Z) or Accept brings it(them) back; removing never revokes an award.</source>
        <translation>
            <numerusform>%n Badge in dieser Sitzung entfernt. „Rückgängig“ (Ctrl+Z) oder „Annehmen“ holt es zurück; Entfernen widerruft nie eine Vergabe.</numerusform>
            <numerusform>%n Badges in dieser Sitzung entfernt. „Rückgängig“ (Ctrl+Z) oder „Annehmen“ holt sie zurück; Entfernen widerruft nie eine Vergabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed “{name}” from your backpack.</source>
        <translation>„{name}“ aus Ihrem Backpack entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n badge(s) from your backpack.</source>
        <translation>
            <numerusform>%n Badge aus Ihrem Backpack entfernt.</numerusform>
            <numerusform>%n Badges aus Ihrem Backpack entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>„Rückgängig“ (Ctrl+Z) holt es zurück.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings them back.</source>
        <translation>„Rückgängig“ (Ctrl+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings back those issued on this server.</source>
        <translation>„Rückgängig“ (Ctrl+Z) holt die auf diesem Server ausgestellten zurück.</translation>
    </message>
    <message>
        <source>Delete “{name}” from your backpack?</source>
        <translation>„{name}“ aus Ihrem Backpack löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n badge(s) from your backpack?</source>
        <translation>
            <numerusform>%n Badge aus Ihrem Backpack entfernen?</numerusform>
            <numerusform>%n Badges aus Ihrem Backpack entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n badge(s) from your backpack?</source>
        <translation>
            <numerusform>%n Badge aus Ihrem Backpack löschen?</numerusform>
            <numerusform>%n Badges aus Ihrem Backpack löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from elsewhere ({sources}): deleted from your backpack on this server. This cannot be undone here; to have it back, import it again from its address.</source>
        <translation>Anderswo importiert ({sources}): wird auf diesem Server aus Ihrem Backpack gelöscht. Dies kann hier nicht rückgängig gemacht werden; um es zurückzuerhalten, importieren Sie es erneut über seine Adresse.</translation>
    </message>
    <message>
        <source>Issued to you on this server ({names}): leaves your backpack. The award itself stays valid, and Undo (Ctrl+Z) brings it back.</source>
        <translation>Ihnen auf diesem Server ausgestellt ({names}): verlässt Ihr Backpack. Die Vergabe selbst bleibt gültig, und „Rückgängig“ (Ctrl+Z) holt es zurück.</translation>
    </message>
    <message>
        <source>Remove badges</source>
        <translation>Badges entfernen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Brought back “{name}”, accepted.</source>
        <translation>„{name}“ zurückgeholt, angenommen.</translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n badge(s), accepted.</source>
        <translation>
            <numerusform>%n Badge zurückgeholt, angenommen.</numerusform>
            <numerusform>%n Badges zurückgeholt, angenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n badge(s) to “{name}”…</source>
        <translation>
            <numerusform>%n Badge wird zu „{name}“ hinzugefügt…</numerusform>
            <numerusform>%n Badges werden zu „{name}“ hinzugefügt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Sammlung löschen</translation>
    </message>
</context>
<context>
    <name>BadgeClassDetails</name>
    <message>
        <source>Criteria</source>
        <translation>Kriterien</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>The server gives no description.</source>
        <translation>Der Server liefert keine Beschreibung.</translation>
    </message>
    <message>
        <source>About this badge class</source>
        <translation>Über diese Badge-Klasse</translation>
    </message>
    <message>
        <source>Show or hide what this badge class is (Ctrl+Shift+B)</source>
        <translation>Beschreibung dieser Badge-Klasse ein- oder ausblenden (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Badge class image</source>
        <translation>Bild der Badge-Klasse</translation>
    </message>
    <message>
        <source>Badge class description</source>
        <translation>Beschreibung der Badge-Klasse</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>Über {name}</translation>
    </message>
</context>
<context>
    <name>BadgeClassEditor</name>
    <message>
        <source>Edit draft badge class</source>
        <translation>Badge-Klassen-Entwurf bearbeiten</translation>
    </message>
    <message>
        <source>Edit badge class</source>
        <translation>Badge-Klasse bearbeiten</translation>
    </message>
    <message>
        <source>New badge class</source>
        <translation>Neue Badge-Klasse</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>New badge class of {issuer}</source>
        <translation>Neue Badge-Klasse von {issuer}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Badge class fields</source>
        <translation>Felder der Badge-Klasse</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>Ba&amp;dge</translation>
    </message>
    <message>
        <source>C&amp;riteria</source>
        <translation>&amp;Kriterien</translation>
    </message>
    <message>
        <source>A&amp;lignments</source>
        <translation>&amp;Zuordnungen</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Keep it on this computer, to send later (Ctrl+Return)</source>
        <translation>Auf diesem Computer behalten und später senden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Send to the server (Ctrl+Return)</source>
        <translation>An den Server senden (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>Save as a draft, sent later</source>
        <translation>Als Entwurf speichern, später senden</translation>
    </message>
    <message>
        <source>The server cannot be reached: keep the badge class to send it later.</source>
        <translation>Der Server ist nicht erreichbar: Behalten Sie die Badge-Klasse, um sie später zu senden.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>What the badge stands for.</source>
        <translation>Wofür das Badge steht.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>leadership, first aid</source>
        <translation>Führung, Erste Hilfe</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Sch&amp;lagwörter:</translation>
    </message>
    <message>
        <source>Awards expire</source>
        <translation>Vergaben laufen ab</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>days after the award</source>
        <translation>Tage nach der Vergabe</translation>
    </message>
    <message>
        <source>weeks after the award</source>
        <translation>Wochen nach der Vergabe</translation>
    </message>
    <message>
        <source>months after the award</source>
        <translation>Monate nach der Vergabe</translation>
    </message>
    <message>
        <source>years after the award</source>
        <translation>Jahre nach der Vergabe</translation>
    </message>
    <message>
        <source>Expiry amount</source>
        <translation>Ablaufdauer</translation>
    </message>
    <message>
        <source>Awards e&amp;xpire:</source>
        <translation>Vergaben laufen &amp;ab:</translation>
    </message>
    <message>
        <source>Problem with the expiry</source>
        <translation>Problem mit dem Ablauf</translation>
    </message>
    <message>
        <source>What an earner must do, in &amp;Markdown:</source>
        <translation>Was ein Inhaber leisten muss, in &amp;Markdown:</translation>
    </message>
    <message>
        <source>Criteria (Markdown)</source>
        <translation>Kriterien (Markdown)</translation>
    </message>
    <message>
        <source>Criteria preview</source>
        <translation>Vorschau der Kriterien</translation>
    </message>
    <message>
        <source>Criteria web address</source>
        <translation>Webadresse der Kriterien</translation>
    </message>
    <message>
        <source>…and/or a web page of the criteria (&amp;URL):</source>
        <translation>…und/oder eine Webseite mit den Kriterien (&amp;URL):</translation>
    </message>
    <message>
        <source>Problem with the criteria</source>
        <translation>Problem mit den Kriterien</translation>
    </message>
    <message>
        <source>Problem with the criteria address</source>
        <translation>Problem mit der Adresse der Kriterien</translation>
    </message>
    <message>
        <source>Standards or frameworks the badge aligns to. Each needs a name and a web address. Insert adds a row, Delete removes the selected rows.</source>
        <translation>Standards oder Rahmenwerke, denen das Badge zugeordnet ist. Jede Zuordnung braucht einen Namen und eine Webadresse. Insert fügt eine Zeile hinzu, Delete entfernt die ausgewählten Zeilen.</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Zuordnungen</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>Name des Ziels</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Alignment {number}: {message}</source>
        <translation>Zuordnung {number}: {message}</translation>
    </message>
    <message>
        <source>&amp;Add alignment</source>
        <translation>Zuordnung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add an alignment</source>
        <translation>Zuordnung hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move alignment</source>
        <translation>Zuordnung ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected alignments</source>
        <translation>Ausgewählte Zuordnungen entfernen</translation>
    </message>
    <message>
        <source>Problem with the alignments</source>
        <translation>Problem mit den Zuordnungen</translation>
    </message>
    <message>
        <source>Choose the badge&apos;s image: a PNG or SVG file.</source>
        <translation>Wählen Sie das Bild des Badges: eine PNG- oder SVG-Datei.</translation>
    </message>
    <message>
        <source>Write the criteria here, or give the web address of a page that states them.</source>
        <translation>Schreiben Sie die Kriterien hier oder geben Sie die Webadresse einer Seite an, die sie nennt.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>BadgeDesign</name>
    <message>
        <source>{name} (draft, refused)</source>
        <translation>{name} (Entwurf, abgelehnt)</translation>
    </message>
    <message>
        <source>{name} (draft, being sent)</source>
        <translation>{name} (Entwurf, wird gesendet)</translation>
    </message>
    <message>
        <source>{name} (draft)</source>
        <translation>{name} (Entwurf)</translation>
    </message>
    <message>
        <source>The server refused this draft: {reason}
Change it (Ctrl+B) and send it again, or delete it.</source>
        <translation>Der Server hat diesen Entwurf abgelehnt: {reason}
Ändern Sie ihn (Ctrl+B) und senden Sie ihn erneut, oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>This draft was sent but no answer came back. Send drafts looks for it on the server before sending it again.</source>
        <translation>Dieser Entwurf wurde gesendet, aber es kam keine Antwort. „Entwürfe an den Server senden“ sucht ihn auf dem Server, bevor er erneut gesendet wird.</translation>
    </message>
    <message>
        <source>A draft, not on the server yet. It is made when you choose Badge classes → Send drafts, or when a batch that awards it is submitted.</source>
        <translation>Ein Entwurf, noch nicht auf dem Server. Er wird angelegt, wenn Sie Badge-Klassen → Entwürfe an den Server senden wählen oder wenn ein Stapel abgesendet wird, der ihn vergibt.</translation>
    </message>
    <message>
        <source>&amp;New badge class…</source>
        <translation>&amp;Neue Badge-Klasse…</translation>
    </message>
    <message>
        <source>&amp;Edit badge class…</source>
        <translation>Badge-Klasse &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete badge class…</source>
        <translation>Badge-Klasse &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Issuer details…</source>
        <translation>&amp;Ausstellerdetails…</translation>
    </message>
    <message>
        <source>New iss&amp;uer…</source>
        <translation>Neuer A&amp;ussteller…</translation>
    </message>
    <message>
        <source>Send d&amp;rafts to the server</source>
        <translation>&amp;Entwürfe an den Server senden</translation>
    </message>
    <message>
        <source>Badge classes</source>
        <translation>Badge-Klassen</translation>
    </message>
    <message>
        <source>Badge class and issuer actions</source>
        <translation>Aktionen für Badge-Klassen und Aussteller</translation>
    </message>
    <message>
        <source>A new badge class of the issuer</source>
        <translation>Eine neue Badge-Klasse des Ausstellers</translation>
    </message>
    <message>
        <source>Change this badge class</source>
        <translation>Diese Badge-Klasse ändern</translation>
    </message>
    <message>
        <source>Delete this badge class (asks first)</source>
        <translation>Diese Badge-Klasse löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>A new issuer, of which you will be the owner</source>
        <translation>Ein neuer Aussteller, dessen Eigentümer Sie werden</translation>
    </message>
    <message>
        <source>See the issuer and its staff; owners and editors change it</source>
        <translation>Aussteller und Mitarbeiter ansehen; Eigentümer und Bearbeiter können ihn ändern</translation>
    </message>
    <message>
        <source>This draft may have reached the server: Send drafts finds out first.</source>
        <translation>Dieser Entwurf hat den Server möglicherweise erreicht: „Entwürfe an den Server senden“ prüft das zuerst.</translation>
    </message>
    <message>
        <source>Change this draft</source>
        <translation>Diesen Entwurf ändern</translation>
    </message>
    <message>
        <source>Delete this draft (asks first)</source>
        <translation>Diesen Entwurf löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>No draft badge class is waiting to be sent.</source>
        <translation>Kein Badge-Klassen-Entwurf wartet darauf, gesendet zu werden.</translation>
    </message>
    <message numerus="yes">
        <source>Make the %n waiting draft badge class(es) on the server</source>
        <translation>
            <numerusform>%n wartenden Badge-Klassen-Entwurf auf dem Server anlegen</numerusform>
            <numerusform>%n wartende Badge-Klassen-Entwürfe auf dem Server anlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>This needs the server, which cannot be reached now.</source>
        <translation>Dafür wird der Server benötigt, der gerade nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Offline, BadgeDesk does not know yet which issuers you may design for: it learns it the next time it reaches the server.</source>
        <translation>Offline weiß BadgeDesk noch nicht, für welche Aussteller Sie Badge-Klassen entwerfen dürfen: Es erfährt das, sobald es den Server das nächste Mal erreicht.</translation>
    </message>
    <message>
        <source>Choose an issuer or badge class on the left first.</source>
        <translation>Wählen Sie zuerst links einen Aussteller oder eine Badge-Klasse.</translation>
    </message>
    <message>
        <source>Choose a badge class on the left first.</source>
        <translation>Wählen Sie zuerst links eine Badge-Klasse.</translation>
    </message>
    <message>
        <source>You are staff of this issuer: you may award its badges, but only its owners and editors may create, change or delete them.</source>
        <translation>Sie sind Mitarbeiter dieses Ausstellers: Sie dürfen seine Badges vergeben, aber nur Eigentümer und Bearbeiter dürfen sie anlegen, ändern oder löschen.</translation>
    </message>
    <message>
        <source>You are not on this issuer&apos;s staff, so you cannot change its badge classes.</source>
        <translation>Sie gehören nicht zu den Mitarbeitern dieses Ausstellers und können seine Badge-Klassen daher nicht ändern.</translation>
    </message>
    <message>
        <source>The badge class was not saved: {error}</source>
        <translation>Die Badge-Klasse wurde nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Badge class “{name}” saved.</source>
        <translation>Badge-Klasse „{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Badge class “{name}” created.</source>
        <translation>Badge-Klasse „{name}“ angelegt.</translation>
    </message>
    <message>
        <source>Badge class “{name}” saved as a draft: it is made on the server when you send drafts (Badge classes menu).</source>
        <translation>Badge-Klasse „{name}“ als Entwurf gespeichert: Sie wird auf dem Server angelegt, wenn Sie die Entwürfe senden (Menü „Badge-Klassen“).</translation>
    </message>
    <message>
        <source>The draft “{name}” was sent or deleted meanwhile: not changed.</source>
        <translation>Der Entwurf „{name}“ wurde inzwischen gesendet oder gelöscht: nicht geändert.</translation>
    </message>
    <message>
        <source>Draft “{name}” saved.</source>
        <translation>Entwurf „{name}“ gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n draft badge class(es)…</source>
        <translation>
            <numerusform>%n Badge-Klassen-Entwurf wird gesendet…</numerusform>
            <numerusform>%n Badge-Klassen-Entwürfe werden gesendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending drafts stopped after %n badge class(es) made: {error}</source>
        <translation>
            <numerusform>Senden der Entwürfe nach %n angelegten Badge-Klasse abgebrochen: {error}</numerusform>
            <numerusform>Senden der Entwürfe nach %n angelegten Badge-Klassen abgebrochen: {error}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft badge class(es) made; {refused} refused by the server (see its reason on the draft).</source>
        <translation>
            <numerusform>%n Badge-Klassen-Entwurf angelegt; {refused} vom Server abgelehnt (den Grund sehen Sie jeweils am Entwurf).</numerusform>
            <numerusform>%n Badge-Klassen-Entwürfe angelegt; {refused} vom Server abgelehnt (den Grund sehen Sie jeweils am Entwurf).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft badge class(es) made on the server.</source>
        <translation>
            <numerusform>%n Badge-Klassen-Entwurf auf dem Server angelegt.</numerusform>
            <numerusform>%n Badge-Klassen-Entwürfe auf dem Server angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete the draft badge class “{name}”?</source>
        <translation>Badge-Klassen-Entwurf „{name}“ löschen?</translation>
    </message>
    <message>
        <source>It was never made on the server. A draft batch that awards it cannot be sent.</source>
        <translation>Er wurde nie auf dem Server angelegt. Ein Entwurfsstapel, der ihn vergibt, kann dann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>The draft “{name}” is being sent: not deleted.</source>
        <translation>Der Entwurf „{name}“ wird gerade gesendet: nicht gelöscht.</translation>
    </message>
    <message>
        <source>Draft “{name}” deleted.</source>
        <translation>Entwurf „{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>The badge class was not deleted: {error}</source>
        <translation>Die Badge-Klasse wurde nicht gelöscht: {error}</translation>
    </message>
    <message>
        <source>Badge class “{name}” deleted.</source>
        <translation>Badge-Klasse „{name}“ gelöscht.</translation>
    </message>
    <message>
        <source>Delete badge class</source>
        <translation>Badge-Klasse löschen</translation>
    </message>
    <message>
        <source>Delete the badge class “{name}”?</source>
        <translation>Badge-Klasse „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Its awards are still being counted.</source>
        <translation>Ihre Vergaben werden noch gezählt.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n award(s) in all, {live} of them live (neither revoked nor expired): the server keeps a badge class while any award of it is live.</source>
        <translation>
            <numerusform>Sie hat insgesamt %n Vergabe, davon {live} gültig (weder widerrufen noch abgelaufen): Der Server behält eine Badge-Klasse, solange eine ihrer Vergaben gültig ist.</numerusform>
            <numerusform>Sie hat insgesamt %n Vergaben, davon {live} gültig (weder widerrufen noch abgelaufen): Der Server behält eine Badge-Klasse, solange eine ihrer Vergaben gültig ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n award(s), all revoked or expired: they are deleted with it.</source>
        <translation>
            <numerusform>Sie hat %n Vergabe, widerrufen oder abgelaufen: Sie wird mit ihr gelöscht.</numerusform>
            <numerusform>Sie hat %n Vergaben, alle widerrufen oder abgelaufen: Sie werden mit ihr gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Revoke its awards that are still live, then delete it again; or keep the badge class (nobody needs to award it).</source>
        <translation>Widerrufen Sie ihre noch gültigen Vergaben und löschen Sie sie dann erneut; oder behalten Sie die Badge-Klasse (niemand muss sie vergeben).</translation>
    </message>
    <message numerus="yes">
        <source>It still has %n live award(s) (neither revoked nor expired). Revoke them first (select them and use Revoke selected), then delete it again; or keep the badge class (nobody needs to award it).</source>
        <translation>
            <numerusform>Sie hat noch %n gültige Vergabe (weder widerrufen noch abgelaufen). Widerrufen Sie sie zuerst (auswählen und „Auswahl widerrufen“ verwenden) und löschen Sie die Badge-Klasse dann erneut; oder behalten Sie die Badge-Klasse (niemand muss sie vergeben).</numerusform>
            <numerusform>Sie hat noch %n gültige Vergaben (weder widerrufen noch abgelaufen). Widerrufen Sie diese zuerst (auswählen und „Auswahl widerrufen“ verwenden) und löschen Sie die Badge-Klasse dann erneut; oder behalten Sie die Badge-Klasse (niemand muss sie vergeben).</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge class not deleted</source>
        <translation>Badge-Klasse nicht gelöscht</translation>
    </message>
    <message>
        <source>The server did not delete “{name}”: {words}</source>
        <translation>Der Server hat „{name}“ nicht gelöscht: {words}</translation>
    </message>
    <message>
        <source>The badge class was not deleted: {words}</source>
        <translation>Die Badge-Klasse wurde nicht gelöscht: {words}</translation>
    </message>
    <message>
        <source>The issuer was not saved: {error}</source>
        <translation>Der Aussteller wurde nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Issuer “{name}” created: you are its owner.</source>
        <translation>Aussteller „{name}“ angelegt: Sie sind sein Eigentümer.</translation>
    </message>
    <message>
        <source>Issuer “{name}” saved.</source>
        <translation>Aussteller „{name}“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>BatchEditor</name>
    <message numerus="yes">
        <source>delete %n row(s)</source>
        <translation>
            <numerusform>%n Zeile löschen</numerusform>
            <numerusform>%n Zeilen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>That change could not be saved: {error}</source>
        <translation>Diese Änderung konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>edit row</source>
        <translation>Zeile bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>add %n row(s)</source>
        <translation>
            <numerusform>%n Zeile hinzufügen</numerusform>
            <numerusform>%n Zeilen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>Empfängertyp</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>Name des Stapels</translation>
    </message>
    <message>
        <source>Badge class to award</source>
        <translation>Zu vergebende Badge-Klasse</translation>
    </message>
    <message>
        <source>Default narrative</source>
        <translation>Standard-Erläuterung</translation>
    </message>
    <message>
        <source>What every recipient did (Markdown)</source>
        <translation>Was alle Empfänger geleistet haben (Markdown)</translation>
    </message>
    <message>
        <source>Default evidence URL</source>
        <translation>Standard-Nachweis-URL</translation>
    </message>
    <message>
        <source>Default evidence narrative</source>
        <translation>Standard-Erläuterung zum Nachweis</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Allow &amp;duplicate awards</source>
        <translation>&amp;Doppelte Vergaben erlauben</translation>
    </message>
    <message>
        <source>Off: a recipient who already holds this badge is refused by the server.</source>
        <translation>Aus: Einen Empfänger, der dieses Badge bereits hat, lehnt der Server ab.</translation>
    </message>
    <message>
        <source>&amp;Notify recipients by email</source>
        <translation>Empfänger per E-Mail be&amp;nachrichtigen</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Badge class:</source>
        <translation>&amp;Badge-Klasse:</translation>
    </message>
    <message>
        <source>Defaults for every row (a row&apos;s own values win)</source>
        <translation>Standardwerte für jede Zeile (eigene Werte einer Zeile haben Vorrang)</translation>
    </message>
    <message>
        <source>Na&amp;rrative:</source>
        <translation>E&amp;rläuterung:</translation>
    </message>
    <message>
        <source>Evidence &amp;URL:</source>
        <translation>Nachweis-&amp;URL:</translation>
    </message>
    <message>
        <source>Evidence narra&amp;tive:</source>
        <translation>Erläu&amp;terung zum Nachweis:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Zeilen löschen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>Zeilen ein&amp;fügen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Absenden…</translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>Fehlgeschlagene erneut &amp;senden</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Add an empty row to fill in</source>
        <translation>Leere Zeile zum Ausfüllen hinzufügen</translation>
    </message>
    <message>
        <source>Delete the selected rows (undo brings them back)</source>
        <translation>Ausgewählte Zeilen löschen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Add rows from a CSV file, with a preview</source>
        <translation>Zeilen aus einer CSV-Datei hinzufügen, mit Vorschau</translation>
    </message>
    <message>
        <source>Add rows copied from a spreadsheet</source>
        <translation>Aus einer Tabellenkalkulation kopierte Zeilen hinzufügen</translation>
    </message>
    <message>
        <source>Undo the last change to the rows</source>
        <translation>Letzte Änderung an den Zeilen rückgängig machen</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rückgängig Gemachtes wiederholen</translation>
    </message>
    <message>
        <source>Send the failed rows again (the selected ones, or all of them)</source>
        <translation>Fehlgeschlagene Zeilen erneut senden (die ausgewählten oder alle)</translation>
    </message>
    <message>
        <source>Save each row&apos;s outcome as CSV</source>
        <translation>Ergebnis jeder Zeile als CSV speichern</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Gleichzeitige Anfragen</translation>
    </message>
    <message>
        <source>The most awards sent at the same time (fewer while the server is busy)</source>
        <translation>Höchstzahl gleichzeitig gesendeter Vergaben (weniger, solange der Server ausgelastet ist)</translation>
    </message>
    <message>
        <source>Re&amp;quests at once:</source>
        <translation>Gleichzeitige Anfra&amp;gen:</translation>
    </message>
    <message>
        <source>Row check</source>
        <translation>Zeilenprüfung</translation>
    </message>
    <message>
        <source>Rows of the batch</source>
        <translation>Zeilen des Stapels</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Absenden</translation>
    </message>
    <message>
        <source>Choose the badge class…</source>
        <translation>Badge-Klasse wählen…</translation>
    </message>
    <message>
        <source>{badge_class} (draft, made when the batch is submitted)</source>
        <translation>{badge_class} (Entwurf, wird beim Absenden des Stapels angelegt)</translation>
    </message>
    <message>
        <source>This badge class is not in your offline catalogue: sign in to check it exists.</source>
        <translation>Diese Badge-Klasse ist nicht in Ihrem Offline-Katalog: Melden Sie sich an, um zu prüfen, ob sie existiert.</translation>
    </message>
    <message>
        <source>Untitled batch</source>
        <translation>Unbenannter Stapel</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>Nachweis-URL</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) (Ctrl+Z brings them back).</source>
        <translation>
            <numerusform>%n Zeile gelöscht (Ctrl+Z holt sie zurück).</numerusform>
            <numerusform>%n Zeilen gelöscht (Ctrl+Z holt sie zurück).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking with the server which rows an interrupted run already sent…</source>
        <translation>Beim Server wird geprüft, welche Zeilen ein unterbrochener Lauf bereits gesendet hat…</translation>
    </message>
    <message>
        <source>Paused: requests in flight finish, nothing new is sent.</source>
        <translation>Pausiert: Laufende Anfragen werden beendet, nichts Neues wird gesendet.</translation>
    </message>
    <message>
        <source>{counts} · {rate:.1f} per second · {left}</source>
        <translation>{counts} · {rate:.1f} pro Sekunde · {left}</translation>
    </message>
    <message>
        <source>{awarded} awarded, {held} already held, {failed} failed</source>
        <translation>{awarded} vergeben, {held} bereits erhalten, {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>{awarded} awarded, {failed} failed</source>
        <translation>{awarded} vergeben, {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>Finished: {counts}.</source>
        <translation>Abgeschlossen: {counts}.</translation>
    </message>
    <message>
        <source>Sign in to submit: drafting works offline.</source>
        <translation>Melden Sie sich zum Absenden an: Entwürfe erstellen geht auch offline.</translation>
    </message>
    <message>
        <source>Choose the badge class to award first.</source>
        <translation>Wählen Sie zuerst die zu vergebende Badge-Klasse.</translation>
    </message>
    <message>
        <source>Fix the rows marked in red first.</source>
        <translation>Korrigieren Sie zuerst die rot markierten Zeilen.</translation>
    </message>
    <message>
        <source>Fix the batch&apos;s defaults first.</source>
        <translation>Korrigieren Sie zuerst die Standardwerte des Stapels.</translation>
    </message>
    <message>
        <source>Award the badge to every pending row</source>
        <translation>Das Badge an alle ausstehenden Zeilen vergeben</translation>
    </message>
    <message>
        <source>Sending: the batch cannot change until the run ends.</source>
        <translation>Wird gesendet: Der Stapel kann sich erst nach dem Ende des Durchlaufs ändern.</translation>
    </message>
    <message numerus="yes">
        <source>To fix before sending: {count} of %n row(s) (first: row {first}).</source>
        <translation>
            <numerusform>Vor dem Senden zu korrigieren: {count} von %n Zeile (erste: Zeile {first}).</numerusform>
            <numerusform>Vor dem Senden zu korrigieren: {count} von %n Zeilen (erste: Zeile {first}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to send, {failed} failed, {total} in all.</source>
        <translation>
            <numerusform>%n Zeile bereit zum Senden, {failed} fehlgeschlagen, {total} insgesamt.</numerusform>
            <numerusform>%n Zeilen bereit zum Senden, {failed} fehlgeschlagen, {total} insgesamt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchTab</name>
    <message>
        <source>New batch</source>
        <translation>Neuer Stapel</translation>
    </message>
    <message>
        <source>The disk is full: BadgeDesk could not save the last change. Free some space and do it again; what was saved before is safe.</source>
        <translation>Der Datenträger ist voll: BadgeDesk konnte die letzte Änderung nicht speichern. Geben Sie Speicherplatz frei und wiederholen Sie sie; was vorher gespeichert wurde, ist sicher.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgegangen: {error}</translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation>Stapel löschen</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
    <message>
        <source>{name} is larger than 50 MB; split it into smaller files.</source>
        <translation>{name} ist größer als 50 MB; teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>The disk is full: BadgeDesk could not record the outcome of the rows being sent, so it stopped sending this batch. Free some space; the rows already recorded are safe and the batch can be sent again.</source>
        <translation>Der Datenträger ist voll: BadgeDesk konnte das Ergebnis der gesendeten Zeilen nicht speichern und hat das Senden dieses Stapels daher angehalten. Geben Sie Speicherplatz frei; die bereits gespeicherten Zeilen sind sicher, und der Stapel kann erneut gesendet werden.</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>Copied ✓</source>
        <translation>Kopiert ✓</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>senkrechte Striche</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Tag zuerst (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Monat zuerst (12/31/2026)</translation>
    </message>
    <message>
        <source>Order of day and month in the dates</source>
        <translation>Reihenfolge von Tag und Monat in den Daten</translation>
    </message>
    <message>
        <source>&amp;Dates such as 03/04/2026 are written:</source>
        <translation>&amp;Datumsangaben wie 03/04/2026 sind geschrieben:</translation>
    </message>
    <message>
        <source>Decided for you: a date in the file has a day over 12, such as 14/11/2026.</source>
        <translation>Für Sie entschieden: Ein Datum in der Datei hat einen Tag über 12, etwa 14/11/2026.</translation>
    </message>
    <message>
        <source>Decided for you: a date in the file has a day over 12, such as 11/14/2026.</source>
        <translation>Für Sie entschieden: Ein Datum in der Datei hat einen Tag über 12, etwa 11/14/2026.</translation>
    </message>
    <message>
        <source>No date in the file tells whether the day or the month comes first: choose how they were written.</source>
        <translation>Kein Datum in der Datei verrät, ob der Tag oder der Monat zuerst steht: Wählen Sie, wie die Daten geschrieben wurden.</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %Ln line(s), {encoding}, columns separated by {delimiter}.</source>
        <translation>
            <numerusform>{source}: {encoding}, Spalten getrennt durch {delimiter}, Zeilen: %Ln.</numerusform>
            <numerusform>{source}: {encoding}, Spalten getrennt durch {delimiter}, Zeilen: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first line holds column &amp;names</source>
        <translation>Die erste Zeile enthält Spalten&amp;namen</translation>
    </message>
    <message>
        <source>Column {number} ({heading})</source>
        <translation>Spalte {number} ({heading})</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Spalte {number}</translation>
    </message>
    <message>
        <source>Preview of the first lines</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>Lines that will not be imported</source>
        <translation>Zeilen, die nicht importiert werden</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the list of rejected lines</source>
        <translation>Liste der abgelehnten Zeilen speichern</translation>
    </message>
    <message>
        <source>What each column holds:</source>
        <translation>Inhalt der Spalten:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Checking every line…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be added.</source>
        <translation>
            <numerusform>Hinzuzufügende Zeilen: %Ln.</numerusform>
            <numerusform>Hinzuzufügende Zeilen: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) will not be imported:</source>
        <translation>
            <numerusform>Nicht importiert werden (Zeilen: %Ln):</numerusform>
            <numerusform>Nicht importiert werden (Zeilen: %Ln):</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (Save report lists them all)</source>
        <translation>
            <numerusform>… und weitere (%Ln; „Bericht speichern“ listet alle auf)</numerusform>
            <numerusform>… und weitere (%Ln; „Bericht speichern“ listet alle auf)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Zeilen importieren: %Ln</numerusform>
            <numerusform>Zeilen importieren: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>You changed this window. Close it and lose what you changed?</source>
        <translation>Sie haben in diesem Fenster etwas geändert. Schließen und die Änderungen verlieren?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>DraftModels</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Wird abgesendet</translation>
    </message>
    <message>
        <source>Partly submitted</source>
        <translation>Teilweise abgesendet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation>Badge-Klasse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>{state} · {failed} failed</source>
        <translation>{state} · {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>(choose a badge class)</source>
        <translation>(Badge-Klasse wählen)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): {awarded} awarded, {held} already held, {failed} failed, {left} to send</source>
        <translation>
            <numerusform>%n Zeile: {awarded} vergeben, {held} bereits erhalten, {failed} fehlgeschlagen, {left} zu senden</numerusform>
            <numerusform>%n Zeilen: {awarded} vergeben, {held} bereits erhalten, {failed} fehlgeschlagen, {left} zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>(reason required)</source>
        <translation>(Grund erforderlich)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): {revoked} revoked, {skipped} already revoked, {failed} failed, {left} to send</source>
        <translation>
            <numerusform>%n Zeile: {revoked} widerrufen, {skipped} bereits widerrufen, {failed} fehlgeschlagen, {left} zu senden</numerusform>
            <numerusform>%n Zeilen: {revoked} widerrufen, {skipped} bereits widerrufen, {failed} fehlgeschlagen, {left} zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>Nachweis-URL</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>This row can no longer change: see its outcome.</source>
        <translation>Diese Zeile kann sich nicht mehr ändern: siehe ihr Ergebnis.</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Vergeben</translation>
    </message>
    <message>
        <source>Already held</source>
        <translation>Bereits erhalten</translation>
    </message>
    <message>
        <source>Awarded ({entity_id})</source>
        <translation>Vergeben ({entity_id})</translation>
    </message>
    <message>
        <source>Already held: awarded on an earlier date ({entity_id}), not by this batch</source>
        <translation>Bereits erhalten (früher vergeben, {entity_id}), nicht durch diesen Stapel</translation>
    </message>
    <message>
        <source>Already held: awarded on {date} ({entity_id}), not by this batch</source>
        <translation>Bereits erhalten (vergeben: {date}, {entity_id}), nicht durch diesen Stapel</translation>
    </message>
    <message>
        <source>Sent: awaiting the answer…</source>
        <translation>Gesendet: Warten auf Antwort…</translation>
    </message>
    <message>
        <source>Failed: {error} (retry can help)</source>
        <translation>Fehlgeschlagen: {error} (erneuter Versuch kann helfen)</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Will retry: {error}</source>
        <translation>Neuer Versuch: {error}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>DraftsTab</name>
    <message>
        <source>Draft batches</source>
        <translation>Entwurfsstapel</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Ne&amp;w batch</source>
        <translation>&amp;Neuer Stapel</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Sav&amp;e as file…</source>
        <translation>Als Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>De&amp;lete batch…</source>
        <translation>Stapel &amp;löschen…</translation>
    </message>
    <message>
        <source>Start a batch of awards (works offline)</source>
        <translation>Einen Vergabestapel beginnen (funktioniert offline)</translation>
    </message>
    <message>
        <source>Import a batch a colleague saved (*{suffix})</source>
        <translation>Einen Stapel importieren, den eine Kollegin oder ein Kollege gespeichert hat (*{suffix})</translation>
    </message>
    <message>
        <source>Save the batch&apos;s rows not yet awarded as a file to hand to a colleague</source>
        <translation>Die noch nicht vergebenen Zeilen des Stapels als Datei speichern, um sie an Kollegen weiterzugeben</translation>
    </message>
    <message>
        <source>Delete the batch from this computer</source>
        <translation>Stapel von diesem Computer löschen</translation>
    </message>
    <message>
        <source>No batch open</source>
        <translation>Kein Stapel geöffnet</translation>
    </message>
    <message>
        <source>A batch awards one badge class to many recipients. Create one with New batch (Ctrl+Shift+N), then add rows by typing, pasting from a spreadsheet (Ctrl+V) or importing a CSV file (Ctrl+I). Everything is kept on this computer as you type, with or without a network; submit when you are signed in.</source>
        <translation>Ein Stapel vergibt eine Badge-Klasse an viele Empfänger. Legen Sie mit „Neuer Stapel“ (Ctrl+Shift+N) einen an und fügen Sie dann Zeilen hinzu: durch Eintippen, durch Einfügen aus einer Tabellenkalkulation (Ctrl+V) oder durch Importieren einer CSV-Datei (Ctrl+I). Alles wird beim Tippen auf diesem Computer gespeichert, mit oder ohne Netzwerk; senden Sie ab, sobald Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Neuer Stapel</translation>
    </message>
    <message>
        <source>Batch of {date}</source>
        <translation>Stapel von {date}</translation>
    </message>
    <message>
        <source>Delete “{name}” from this computer? Awards already made stay on the server.</source>
        <translation>„{name}“ von diesem Computer löschen? Bereits vorgenommene Vergaben bleiben auf dem Server.</translation>
    </message>
    <message>
        <source>Open a batch file</source>
        <translation>Stapeldatei öffnen</translation>
    </message>
    <message>
        <source>BadgeDesk batches (*{suffix});;All files (*)</source>
        <translation>BadgeDesk-Stapel (*{suffix});;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open this batch file</source>
        <translation>Diese Stapeldatei kann nicht geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>Opened “{name}” with %n row(s) from {file}.</source>
        <translation>
            <numerusform>„{name}“ mit %n Zeile aus {file} geöffnet.</numerusform>
            <numerusform>„{name}“ mit %n Zeilen aus {file} geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the batch as a file</source>
        <translation>Stapel als Datei speichern</translation>
    </message>
    <message>
        <source>BadgeDesk batches (*{suffix})</source>
        <translation>BadgeDesk-Stapel (*{suffix})</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to {path}.</source>
        <translation>
            <numerusform>%n Zeile in {path} gespeichert.</numerusform>
            <numerusform>%n Zeilen in {path} gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already awarded is(are) left out.</source>
        <translation>
            <numerusform>%n bereits vergebene Zeile wird ausgelassen.</numerusform>
            <numerusform>%n bereits vergebene Zeilen werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported the outcome of %n row(s) to {path}.</source>
        <translation>
            <numerusform>Ergebnis von %n Zeile nach {path} exportiert.</numerusform>
            <numerusform>Ergebnisse von %n Zeilen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import rows from CSV</source>
        <translation>Zeilen aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s).</source>
        <translation>
            <numerusform>%n Zeile hinzugefügt.</numerusform>
            <numerusform>%n Zeilen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not imported (see the report).</source>
        <translation>
            <numerusform>%n Zeile nicht importiert (siehe Bericht).</numerusform>
            <numerusform>%n Zeilen nicht importiert (siehe Bericht).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: {error}</source>
        <translation>Nichts zum Einfügen: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s).</source>
        <translation>
            <numerusform>%n Zeile eingefügt.</numerusform>
            <numerusform>%n Zeilen eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026 were read day first, as your locale writes them.</source>
        <translation>Daten wie 03/04/2026 wurden mit dem Tag zuerst gelesen, wie Ihr Gebietsschema sie schreibt.</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026 were read month first, as your locale writes them.</source>
        <translation>Daten wie 03/04/2026 wurden mit dem Monat zuerst gelesen, wie Ihr Gebietsschema sie schreibt.</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>die Zwischenablage</translation>
    </message>
    <message>
        <source>Submit the batch</source>
        <translation>Stapel absenden</translation>
    </message>
    <message numerus="yes">
        <source>Award “{badge}” to %n recipient(s) now?</source>
        <translation>
            <numerusform>„{badge}“ jetzt an %n Empfänger vergeben?</numerusform>
            <numerusform>„{badge}“ jetzt an %n Empfängern vergeben?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Awards are sent %n at a time. You can pause or cancel; rows not yet sent stay in the batch.</source>
        <translation>
            <numerusform>Vergaben werden einzeln gesendet. Sie können pausieren oder abbrechen; noch nicht gesendete Zeilen bleiben im Stapel.</numerusform>
            <numerusform>Vergaben werden zu je %n gleichzeitig gesendet. Sie können pausieren oder abbrechen; noch nicht gesendete Zeilen bleiben im Stapel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Award %n</source>
        <translation>
            <numerusform>An %n vergeben</numerusform>
            <numerusform>An %n vergeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop a baked badge image (PNG or SVG) here</source>
        <translation>Gebackenes Badge-Bild (PNG oder SVG) hier ablegen</translation>
    </message>
    <message>
        <source>Drop area for a badge image</source>
        <translation>Ablagebereich für ein Badge-Bild</translation>
    </message>
    <message>
        <source>Drop a PNG or SVG badge image file here, or use Choose file.</source>
        <translation>Legen Sie hier eine PNG- oder SVG-Bilddatei eines Badges ab oder verwenden Sie „Datei wählen“.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Sign in to a server to begin (Account → Sign in, Ctrl+L).</source>
        <translation>Melden Sie sich zum Beginnen bei einem Server an (Konto → Anmelden, Ctrl+L).</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Vergaben</translation>
    </message>
    <message>
        <source>The badges your issuers have awarded will be listed here, by issuer and badge class, to browse, award, edit and revoke. </source>
        <translation>Die von Ihren Ausstellern vergebenen Badges werden hier nach Aussteller und Badge-Klasse aufgelistet, zum Durchsehen, Vergeben, Bearbeiten und Widerrufen. </translation>
    </message>
    <message>
        <source>Backpack</source>
        <translation>Backpack</translation>
    </message>
    <message>
        <source>Your own badges, from any issuer, will appear here to accept, import and gather into collections you can share. </source>
        <translation>Ihre eigenen Badges von beliebigen Ausstellern erscheinen hier, zum Annehmen, Importieren und Ordnen in Sammlungen, die Sie teilen können. </translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <source>&amp;UTF-8 (the lines marked “not UTF-8” are left out)</source>
        <translation>&amp;UTF-8 (die als „nicht UTF-8“ markierten Zeilen werden ausgelassen)</translation>
    </message>
    <message>
        <source>&amp;Windows-1252 (Western European, older Excel on Windows)</source>
        <translation>&amp;Windows-1252 (Westeuropäisch, älteres Excel unter Windows)</translation>
    </message>
    <message>
        <source>&amp;ISO-8859-1 (Latin-1)</source>
        <translation>&amp;ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>As UTF-8</source>
        <translation>Als UTF-8</translation>
    </message>
    <message>
        <source>As Windows-1252</source>
        <translation>Als Windows-1252</translation>
    </message>
    <message>
        <source>As ISO-8859-1</source>
        <translation>Als ISO-8859-1</translation>
    </message>
    <message>
        <source>How is {file} encoded?</source>
        <translation>Wie ist {file} kodiert?</translation>
    </message>
    <message numerus="yes">
        <source>{lines} and %Ln more</source>
        <translation>
            <numerusform>{lines} und %Ln weitere</numerusform>
            <numerusform>{lines} und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) cannot be read as UTF-8 (line(s) {lines})</source>
        <translation>
            <numerusform>Zeilen, die nicht als UTF-8 lesbar sind: %Ln ({lines})</numerusform>
            <numerusform>Zeilen, die nicht als UTF-8 lesbar sind: %Ln ({lines})</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 text: {which}. Below, those lines and a few others as each encoding reads them. Choose the one that shows the recipients as they are, or cancel and save the file again as CSV UTF-8.</source>
        <translation>{file} ist kein gültiger UTF-8-Text: {which}. Unten sehen Sie diese Zeilen und einige weitere so, wie jede Kodierung sie liest. Wählen Sie die Kodierung, bei der die Empfänger richtig angezeigt werden, oder brechen Sie ab und speichern Sie die Datei erneut als „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>Lines of the file as each encoding reads them</source>
        <translation>Zeilen der Datei, wie jede Kodierung sie liest</translation>
    </message>
    <message>
        <source>{line} (not UTF-8)</source>
        <translation>{line} (nicht UTF-8)</translation>
    </message>
    <message>
        <source>&amp;Read the file this way</source>
        <translation>Datei so &amp;lesen</translation>
    </message>
    <message>
        <source>Read the file as</source>
        <translation>Datei lesen als</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The disk is full: BadgeDesk could not save what it was doing. Free some space and try again; what was saved before is safe.</source>
        <translation>Der Datenträger ist voll: BadgeDesk konnte nicht speichern, woran es gerade arbeitete. Geben Sie Speicherplatz frei und versuchen Sie es erneut; was vorher gespeichert wurde, ist sicher.</translation>
    </message>
    <message>
        <source>BadgeDesk hit an unexpected problem and could not finish that action.</source>
        <translation>BadgeDesk ist auf ein unerwartetes Problem gestoßen und konnte diese Aktion nicht abschließen.</translation>
    </message>
    <message>
        <source>BadgeDesk</source>
        <translation>BadgeDesk</translation>
    </message>
    <message>
        <source>The details were written to the log:
{log_file}</source>
        <translation>Die Details wurden ins Log geschrieben:
{log_file}</translation>
    </message>
</context>
<context>
    <name>ExpiryRule</name>
    <message numerus="yes">
        <source>From the badge class&apos;s rule: %n day(s) after the issue date.</source>
        <translation>
            <numerusform>Aus der Regel der Badge-Klasse: %n Tag nach dem Ausstellungsdatum.</numerusform>
            <numerusform>Aus der Regel der Badge-Klasse: %n Tage nach dem Ausstellungsdatum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the badge class&apos;s rule: %n week(s) after the issue date.</source>
        <translation>
            <numerusform>Aus der Regel der Badge-Klasse: %n Woche nach dem Ausstellungsdatum.</numerusform>
            <numerusform>Aus der Regel der Badge-Klasse: %n Wochen nach dem Ausstellungsdatum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the badge class&apos;s rule: %n month(s) after the issue date.</source>
        <translation>
            <numerusform>Aus der Regel der Badge-Klasse: %n Monat nach dem Ausstellungsdatum.</numerusform>
            <numerusform>Aus der Regel der Badge-Klasse: %n Monate nach dem Ausstellungsdatum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the badge class&apos;s rule: %n year(s) after the issue date.</source>
        <translation>
            <numerusform>Aus der Regel der Badge-Klasse: %n Jahr nach dem Ausstellungsdatum.</numerusform>
            <numerusform>Aus der Regel der Badge-Klasse: %n Jahre nach dem Ausstellungsdatum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own choice; the badge class&apos;s rule is %n day(s) after the issue date.</source>
        <translation>
            <numerusform>Ihre eigene Wahl; die Regel der Badge-Klasse lautet %n Tag nach dem Ausstellungsdatum.</numerusform>
            <numerusform>Ihre eigene Wahl; die Regel der Badge-Klasse lautet %n Tage nach dem Ausstellungsdatum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own choice; the badge class&apos;s rule is %n week(s) after the issue date.</source>
        <translation>
            <numerusform>Ihre eigene Wahl; die Regel der Badge-Klasse lautet %n Woche nach dem Ausstellungsdatum.</numerusform>
            <numerusform>Ihre eigene Wahl; die Regel der Badge-Klasse lautet %n Wochen nach dem Ausstellungsdatum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own choice; the badge class&apos;s rule is %n month(s) after the issue date.</source>
        <translation>
            <numerusform>Ihre eigene Wahl; die Regel der Badge-Klasse lautet %n Monat nach dem Ausstellungsdatum.</numerusform>
            <numerusform>Ihre eigene Wahl; die Regel der Badge-Klasse lautet %n Monate nach dem Ausstellungsdatum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own choice; the badge class&apos;s rule is %n year(s) after the issue date.</source>
        <translation>
            <numerusform>Ihre eigene Wahl; die Regel der Badge-Klasse lautet %n Jahr nach dem Ausstellungsdatum.</numerusform>
            <numerusform>Ihre eigene Wahl; die Regel der Badge-Klasse lautet %n Jahre nach dem Ausstellungsdatum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows without an expiry get the badge class&apos;s rule: %n day(s) after issue.</source>
        <translation>
            <numerusform>Zeilen ohne Ablaufdatum erhalten die Regel der Badge-Klasse: %n Tag nach Ausstellung.</numerusform>
            <numerusform>Zeilen ohne Ablaufdatum erhalten die Regel der Badge-Klasse: %n Tage nach Ausstellung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows without an expiry get the badge class&apos;s rule: %n week(s) after issue.</source>
        <translation>
            <numerusform>Zeilen ohne Ablaufdatum erhalten die Regel der Badge-Klasse: %n Woche nach Ausstellung.</numerusform>
            <numerusform>Zeilen ohne Ablaufdatum erhalten die Regel der Badge-Klasse: %n Wochen nach Ausstellung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows without an expiry get the badge class&apos;s rule: %n month(s) after issue.</source>
        <translation>
            <numerusform>Zeilen ohne Ablaufdatum erhalten die Regel der Badge-Klasse: %n Monat nach Ausstellung.</numerusform>
            <numerusform>Zeilen ohne Ablaufdatum erhalten die Regel der Badge-Klasse: %n Monate nach Ausstellung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows without an expiry get the badge class&apos;s rule: %n year(s) after issue.</source>
        <translation>
            <numerusform>Zeilen ohne Ablaufdatum erhalten die Regel der Badge-Klasse: %n Jahr nach Ausstellung.</numerusform>
            <numerusform>Zeilen ohne Ablaufdatum erhalten die Regel der Badge-Klasse: %n Jahre nach Ausstellung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The default expiry replaces the badge class&apos;s rule (%n day(s) after issue).</source>
        <translation>
            <numerusform>Das Standard-Ablaufdatum ersetzt die Regel der Badge-Klasse (%n Tag nach Ausstellung).</numerusform>
            <numerusform>Das Standard-Ablaufdatum ersetzt die Regel der Badge-Klasse (%n Tage nach Ausstellung).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The default expiry replaces the badge class&apos;s rule (%n week(s) after issue).</source>
        <translation>
            <numerusform>Das Standard-Ablaufdatum ersetzt die Regel der Badge-Klasse (%n Woche nach Ausstellung).</numerusform>
            <numerusform>Das Standard-Ablaufdatum ersetzt die Regel der Badge-Klasse (%n Wochen nach Ausstellung).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The default expiry replaces the badge class&apos;s rule (%n month(s) after issue).</source>
        <translation>
            <numerusform>Das Standard-Ablaufdatum ersetzt die Regel der Badge-Klasse (%n Monat nach Ausstellung).</numerusform>
            <numerusform>Das Standard-Ablaufdatum ersetzt die Regel der Badge-Klasse (%n Monate nach Ausstellung).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The default expiry replaces the badge class&apos;s rule (%n year(s) after issue).</source>
        <translation>
            <numerusform>Das Standard-Ablaufdatum ersetzt die Regel der Badge-Klasse (%n Jahr nach Ausstellung).</numerusform>
            <numerusform>Das Standard-Ablaufdatum ersetzt die Regel der Badge-Klasse (%n Jahre nach Ausstellung).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Welcome to BadgeDesk</source>
        <translation>Willkommen bei BadgeDesk</translation>
    </message>
    <message>
        <source>No server is set up yet. Practise on the sandbox, or connect BadgeDesk to your school&apos;s badge server.</source>
        <translation>Es ist noch kein Server eingerichtet. Üben Sie in der Sandbox oder verbinden Sie BadgeDesk mit dem Badge-Server Ihrer Schule.</translation>
    </message>
    <message>
        <source>The sandbox: a practice server on this computer</source>
        <translation>Die Sandbox: ein Übungsserver auf diesem Computer</translation>
    </message>
    <message>
        <source>The sandbox runs inside BadgeDesk, with demo issuers, badge classes and awards. Nothing you do there reaches a real server or mails anyone. Sign in with {account} and the password {password}.</source>
        <translation>Die Sandbox läuft in BadgeDesk, mit Demo-Ausstellern, -Badge-Klassen und -Vergaben. Nichts, was Sie dort tun, erreicht einen echten Server oder verschickt E-Mails. Melden Sie sich mit {account} und dem Passwort {password} an.</translation>
    </message>
    <message>
        <source>Parchment Digital Badges or Canvas Credentials</source>
        <translation>Parchment Digital Badges oder Canvas Credentials</translation>
    </message>
    <message>
        <source>Ask Parchment for a client id and secret for your region, with the redirect address {redirect}. Then, in File → Server profiles, duplicate your region&apos;s profile, enter the client id and secret, save, and choose Use this profile.</source>
        <translation>Bitten Sie Parchment um eine Client-ID und ein Client-Secret für Ihre Region, mit der Weiterleitungsadresse {redirect}. Duplizieren Sie dann unter Datei → Serverprofile das Profil Ihrer Region, geben Sie Client-ID und Client-Secret ein, speichern Sie und wählen Sie „Dieses Profil verwenden“.</translation>
    </message>
    <message>
        <source>A self-hosted Badgr server</source>
        <translation>Ein selbst betriebener Badgr-Server</translation>
    </message>
    <message>
        <source>The server&apos;s administrator adds BadgeDesk as an OAuth application (public, authorization code, redirect address {redirect}). Then, in File → Server profiles → New, enter the API address, the web app address where people sign in, and the client id. The README&apos;s sections “Connecting to a hosted region” and “Connecting to a self-hosted Badgr server” give every step.</source>
        <translation>Die Administration des Servers trägt BadgeDesk als OAuth-Anwendung ein (öffentlich, Autorisierungscode, Weiterleitungsadresse {redirect}). Geben Sie dann unter Datei → Serverprofile → Neu die API-Adresse, die Adresse der Web-App, in der man sich anmeldet, und die Client-ID ein. Die Abschnitte „Connecting to a hosted region“ und „Connecting to a self-hosted Badgr server“ der README beschreiben jeden Schritt.</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>Sandbox &amp;ausprobieren</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Set &amp;up a server…</source>
        <translation>Server &amp;einrichten…</translation>
    </message>
    <message>
        <source>Set up a server</source>
        <translation>Server einrichten</translation>
    </message>
    <message>
        <source>Hide this &amp;page</source>
        <translation>Diese Seite aus&amp;blenden</translation>
    </message>
    <message>
        <source>Hide this page</source>
        <translation>Diese Seite ausblenden</translation>
    </message>
    <message>
        <source>It stays in Help → Getting started.</source>
        <translation>Sie bleibt unter Hilfe → Erste Schritte erreichbar.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Revocation history</source>
        <translation>Widerrufsverlauf</translation>
    </message>
    <message>
        <source>Press Enter on a batch to open it; tooltips give reasons and errors.</source>
        <translation>Drücken Sie Enter auf einem Stapel, um ihn zu öffnen; Tooltips zeigen Gründe und Fehler.</translation>
    </message>
    <message>
        <source>Nothing revoked yet</source>
        <translation>Noch nichts widerrufen</translation>
    </message>
    <message>
        <source>Revocation batches you submit, and awards you revoke one at a time in the Assertions tab, are listed here with what became of them, newest first.</source>
        <translation>Widerrufsstapel, die Sie absenden, und Vergaben, die Sie einzeln im Tab „Vergaben“ widerrufen, werden hier mit ihrem Ergebnis aufgelistet, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <source>History summary</source>
        <translation>Zusammenfassung des Verlaufs</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>Verlauf neu lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write every row of every submitted batch and every single revocation to a CSV file (Ctrl+Shift+E)</source>
        <translation>Jede Zeile jedes abgesendeten Stapels und jeden einzelnen Widerruf in eine CSV-Datei schreiben (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Refresh the history</source>
        <translation>Verlauf aktualisieren</translation>
    </message>
    <message>
        <source>Export the revocation history as CSV</source>
        <translation>Widerrufsverlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgegangen: {error}</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Export nach {path}…</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Nothing has been revoked with this profile from this computer yet.</source>
        <translation>Mit diesem Profil wurde von diesem Computer aus noch nichts widerrufen.</translation>
    </message>
    <message>
        <source>Revocation batches: {batches}. Single revocations: {singles}.</source>
        <translation>Widerrufsstapel: {batches}. Einzelne Widerrufe: {singles}.</translation>
    </message>
    <message>
        <source>Export the revocation history</source>
        <translation>Widerrufsverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to {path}.</source>
        <translation>
            <numerusform>%n Zeile nach {path} exportiert.</numerusform>
            <numerusform>%n Zeilen nach {path} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Preview of the image at {size} pixels</source>
        <translation>Vorschau des Bildes mit {size} Pixeln</translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation>B&amp;ild wählen…</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>Bilddatei wählen</translation>
    </message>
    <message>
        <source>PNG or SVG; or drop the file here.</source>
        <translation>PNG oder SVG; oder legen Sie die Datei hier ab.</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Bilddatei</translation>
    </message>
    <message>
        <source>Problem with the image</source>
        <translation>Problem mit dem Bild</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.svg);;All files (*)</source>
        <translation>Bilder (*.png *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} ({kind}, {width} x {height} px, {kilobytes} KB)</source>
        <translation>{name} ({kind}, {width} × {height} px, {kilobytes} KB)</translation>
    </message>
    <message>
        <source>{name} ({kind}, {kilobytes} KB)</source>
        <translation>{name} ({kind}, {kilobytes} KB)</translation>
    </message>
    <message>
        <source>The file is empty: choose a PNG or SVG image.</source>
        <translation>Die Datei ist leer: Wählen Sie ein PNG- oder SVG-Bild.</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB, which no badge image is: choose a smaller PNG or SVG.</source>
        <translation>Die Datei ist größer als {megabytes} MB, was kein Badge-Bild ist: Wählen Sie ein kleineres PNG oder SVG.</translation>
    </message>
    <message>
        <source>This is a {kind} image; the server takes PNG or SVG only. Save it as PNG and choose that file.</source>
        <translation>Dies ist ein {kind}-Bild; der Server nimmt nur PNG oder SVG an. Speichern Sie es als PNG und wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>This PNG file is damaged and cannot be opened.</source>
        <translation>Diese PNG-Datei ist beschädigt und kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>This PNG is {width} x {height} pixels, more than the server opens ({limit} million pixels). Make it smaller: the server keeps at most 400 x 400.</source>
        <translation>Dieses PNG hat {width} × {height} Pixel, mehr als der Server öffnet ({limit} Millionen Pixel). Verkleinern Sie es: Der Server speichert höchstens 400 × 400.</translation>
    </message>
    <message>
        <source>This SVG does not declare xmlns=&quot;http://www.w3.org/2000/svg&quot; on its svg element, so the server would refuse it as an invalid image.</source>
        <translation>Dieses SVG deklariert kein xmlns=&quot;http://www.w3.org/2000/svg&quot; in seinem svg-Element, daher würde der Server es als ungültiges Bild ablehnen.</translation>
    </message>
    <message>
        <source>This file is not an image: choose a PNG or SVG file.</source>
        <translation>Diese Datei ist kein Bild: Wählen Sie eine PNG- oder SVG-Datei.</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
</context>
<context>
    <name>ImportBadgeDialog</name>
    <message>
        <source>Import a badge</source>
        <translation>Badge importieren</translation>
    </message>
    <message>
        <source>Add a badge you earned elsewhere to your backpack. Nothing is sent until you press Import.</source>
        <translation>Fügen Sie Ihrem Backpack ein Badge hinzu, das Sie anderswo erworben haben. Es wird erst etwas gesendet, wenn Sie auf „Importieren“ klicken.</translation>
    </message>
    <message>
        <source>Ways to import a badge</source>
        <translation>Möglichkeiten, ein Badge zu importieren</translation>
    </message>
    <message>
        <source>From a &amp;URL</source>
        <translation>Von einer &amp;URL</translation>
    </message>
    <message>
        <source>From an &amp;image</source>
        <translation>Aus einem &amp;Bild</translation>
    </message>
    <message>
        <source>From &amp;JSON</source>
        <translation>Aus &amp;JSON</translation>
    </message>
    <message>
        <source>Why the server did not import the badge</source>
        <translation>Warum der Server das Badge nicht importiert hat</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import the badge</source>
        <translation>Badge importieren</translation>
    </message>
    <message>
        <source>Assertion &amp;address:</source>
        <translation>&amp;Adresse der Vergabe:</translation>
    </message>
    <message>
        <source>https://badges.example.org/public/assertions/…</source>
        <translation>https://badges.example.org/public/assertions/…</translation>
    </message>
    <message>
        <source>Assertion address</source>
        <translation>Adresse der Vergabe</translation>
    </message>
    <message>
        <source>Problem with the assertion address</source>
        <translation>Problem mit der Adresse der Vergabe</translation>
    </message>
    <message>
        <source>The web address of the badge&apos;s assertion, as given by the organisation that awarded it (often on the badge&apos;s public page).</source>
        <translation>Die Webadresse der Vergabe (Assertion) des Badges, wie sie die Organisation angibt, die es vergeben hat (oft auf der öffentlichen Seite des Badges).</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Choose a badge image file</source>
        <translation>Badge-Bilddatei wählen</translation>
    </message>
    <message>
        <source>Preview of the badge image</source>
        <translation>Vorschau des Badge-Bildes</translation>
    </message>
    <message>
        <source>What the image file holds</source>
        <translation>Inhalt der Bilddatei</translation>
    </message>
    <message>
        <source>What the file holds is shown here before anything is sent.</source>
        <translation>Der Inhalt der Datei wird hier angezeigt, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Problem with the image file</source>
        <translation>Problem mit der Bilddatei</translation>
    </message>
    <message>
        <source>&amp;Paste the badge&apos;s Open Badges assertion (JSON):</source>
        <translation>Open-Badges-JSON der Vergabe &amp;einfügen:</translation>
    </message>
    <message>
        <source>Open Badges assertion JSON</source>
        <translation>Open-Badges-JSON der Vergabe</translation>
    </message>
    <message>
        <source>Problem with the JSON</source>
        <translation>Problem mit dem JSON</translation>
    </message>
    <message>
        <source>What the JSON holds</source>
        <translation>Inhalt des JSON</translation>
    </message>
    <message>
        <source>This is not valid JSON: {message} (line {line}, column {column}).</source>
        <translation>Dies ist kein gültiges JSON: {message} (Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>Die Datei kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Datei: {name}</translation>
    </message>
    <message>
        <source>The JSON must be one object ({ … }): the badge&apos;s Open Badges assertion.</source>
        <translation>Das JSON muss ein einzelnes Objekt sein ({ … }): die Open-Badges-Vergabe (Assertion) des Badges.</translation>
    </message>
    <message>
        <source>The image carries “{payload}”, which is not the web address of an assertion.</source>
        <translation>Das Bild enthält „{payload}“; das ist keine Webadresse einer Vergabe.</translation>
    </message>
    <message>
        <source>The baked assertion is not valid JSON.</source>
        <translation>Die eingebackene Vergabe ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The baked assertion is not a JSON object.</source>
        <translation>Die eingebackene Vergabe ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The file is neither a PNG nor an SVG image.</source>
        <translation>Die Datei ist weder ein PNG- noch ein SVG-Bild.</translation>
    </message>
    <message>
        <source>The PNG image is damaged.</source>
        <translation>Das PNG-Bild ist beschädigt.</translation>
    </message>
    <message>
        <source>The PNG&apos;s openbadges chunk is damaged.</source>
        <translation>Der openbadges-Chunk des PNG ist beschädigt.</translation>
    </message>
    <message>
        <source>The PNG image carries no Open Badges assertion.</source>
        <translation>Das PNG-Bild enthält keine Open-Badges-Vergabe.</translation>
    </message>
    <message>
        <source>The SVG image carries no Open Badges assertion.</source>
        <translation>Das SVG-Bild enthält keine Open-Badges-Vergabe.</translation>
    </message>
    <message>
        <source>The SVG&apos;s openbadges:assertion element has no verify URL.</source>
        <translation>Das Element openbadges:assertion des SVG hat keine verify-URL.</translation>
    </message>
    <message>
        <source>The JSON names no badge, issuer or recipient.</source>
        <translation>Das JSON nennt weder Badge noch Aussteller noch Empfänger.</translation>
    </message>
    <message>
        <source>Assertion URL</source>
        <translation>Vergabe-URL</translation>
    </message>
    <message>
        <source>Assertion ID</source>
        <translation>Vergabe-ID</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>an email address, hashed in the badge</source>
        <translation>eine E-Mail-Adresse, im Badge gehasht</translation>
    </message>
    <message>
        <source>a web address, hashed in the badge</source>
        <translation>eine Webadresse, im Badge gehasht</translation>
    </message>
    <message>
        <source>a telephone number, hashed in the badge</source>
        <translation>eine Telefonnummer, im Badge gehasht</translation>
    </message>
    <message>
        <source>hashed in the badge</source>
        <translation>im Badge gehasht</translation>
    </message>
    <message>
        <source>Choose a badge image</source>
        <translation>Badge-Bild wählen</translation>
    </message>
    <message>
        <source>Badge images (*.png *.svg);;All files (*)</source>
        <translation>Badge-Bilder (*.png *.svg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The file is larger than 5 MB, which no badge image is: choose the badge&apos;s image file.</source>
        <translation>Die Datei ist größer als 5 MB, was kein Badge-Bild ist: Wählen Sie die Bilddatei des Badges.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>Cannot reach the server: {message}</source>
        <translation>Server nicht erreichbar: {message}</translation>
    </message>
    <message>
        <source>The server did not import the badge:</source>
        <translation>Der Server hat das Badge nicht importiert:</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
</context>
<context>
    <name>ImportRefusals</name>
    <message>
        <source>The file has no rows.</source>
        <translation>Die Datei enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>No column is chosen as the recipient (email, phone or URL).</source>
        <translation>Keine Spalte ist als Empfänger gewählt (E-Mail, Telefon oder URL).</translation>
    </message>
    <message>
        <source>This file needs a column of assertion entityIds (or assertion URLs) or a column of recipients (email, phone or URL); none was found or chosen.</source>
        <translation>Diese Datei braucht eine Spalte mit entityIds (oder URLs) von Vergaben oder eine Spalte mit Empfängern (E-Mail, Telefon oder URL); keine davon wurde gefunden oder gewählt.</translation>
    </message>
    <message>
        <source>This file is {encoding} text, but line {line} is not.</source>
        <translation>Diese Datei ist {encoding}-Text, Zeile {line} jedoch nicht.</translation>
    </message>
    <message>
        <source>This file looks like a spreadsheet workbook (.xlsx or .ods), not CSV; save it as CSV first.</source>
        <translation>Diese Datei sieht wie eine Arbeitsmappe einer Tabellenkalkulation aus (.xlsx oder .ods), nicht wie CSV; speichern Sie sie zuerst als CSV.</translation>
    </message>
    <message>
        <source>This file looks like a spreadsheet workbook (an old Excel .xls), not CSV; save it as CSV first.</source>
        <translation>Diese Datei sieht wie eine Arbeitsmappe einer Tabellenkalkulation aus (altes Excel .xls), nicht wie CSV; speichern Sie sie zuerst als CSV.</translation>
    </message>
    <message>
        <source>This file is a PNG image, not CSV.</source>
        <translation>Diese Datei ist ein PNG-Bild, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>This file is a JPEG image, not CSV.</source>
        <translation>Diese Datei ist ein JPEG-Bild, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>This file is a GIF image, not CSV.</source>
        <translation>Diese Datei ist ein GIF-Bild, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>This file is a PDF document, not CSV.</source>
        <translation>Diese Datei ist ein PDF-Dokument, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>This file has a line far too long for a CSV file of rows.</source>
        <translation>Diese Datei enthält eine Zeile, die für eine CSV-Datei mit Zeilen viel zu lang ist.</translation>
    </message>
    <message>
        <source>This file looks like a binary file (an Excel workbook?), not CSV; save it as CSV first.</source>
        <translation>Diese Datei sieht wie eine Binärdatei aus (eine Excel-Arbeitsmappe?), nicht wie CSV; speichern Sie sie zuerst als CSV.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} is too large for a BadgeDesk batch file (over {limit} bytes).</source>
        <translation>{name} ist zu groß für eine BadgeDesk-Stapeldatei (über {limit} Byte).</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file: it is not UTF-8 text.</source>
        <translation>{name} ist keine BadgeDesk-Stapeldatei: Sie ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file: it is empty.</source>
        <translation>{name} ist keine BadgeDesk-Stapeldatei: Sie ist leer.</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file: it is not JSON (line {line}, column {column}).</source>
        <translation>{name} ist keine BadgeDesk-Stapeldatei: Sie ist kein JSON (Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file: its JSON is nested far too deeply.</source>
        <translation>{name} ist keine BadgeDesk-Stapeldatei: Ihr JSON ist viel zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file: its JSON holds a number far too long.</source>
        <translation>{name} ist keine BadgeDesk-Stapeldatei: Ihr JSON enthält eine viel zu lange Zahl.</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file.</source>
        <translation>{name} ist keine BadgeDesk-Stapeldatei.</translation>
    </message>
    <message>
        <source>{name} was made by a newer BadgeDesk (batch file version {version}). Update BadgeDesk to open it.</source>
        <translation>{name} wurde von einer neueren Version von BadgeDesk erstellt (Stapeldatei-Version {version}). Aktualisieren Sie BadgeDesk, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {where} is missing.</source>
        <translation>{name} kann nicht geöffnet werden: {where} fehlt.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {where} does not hold what a batch file holds there.</source>
        <translation>{name} kann nicht geöffnet werden: {where} enthält nicht, was eine Stapeldatei dort enthält.</translation>
    </message>
</context>
<context>
    <name>ImportRowsDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>Empfängertyp</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>Nachweis-URL</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Import rows from {source}</source>
        <translation>Zeilen aus {source} importieren</translation>
    </message>
    <message>
        <source>Import rows</source>
        <translation>Zeilen importieren</translation>
    </message>
    <message>
        <source>Choose the column that holds the recipients.</source>
        <translation>Wählen Sie die Spalte mit den Empfängern.</translation>
    </message>
</context>
<context>
    <name>IssuerDialog</name>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>New issuer</source>
        <translation>Neuer Aussteller</translation>
    </message>
    <message>
        <source>What you may change</source>
        <translation>Was Sie ändern dürfen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Kontakt-E-Mail</translation>
    </message>
    <message>
        <source>one of your verified addresses</source>
        <translation>eine Ihrer bestätigten Adressen</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>&amp;Web site:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Bild:</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>Mi&amp;tarbeiter:</translation>
    </message>
    <message>
        <source>Staff and their roles</source>
        <translation>Mitarbeiter und ihre Rollen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Staff are added, removed and given roles in the web app, by the issuer&apos;s owners: API v2 does not change them.</source>
        <translation>Mitarbeiter werden in der Web-App von den Eigentümern des Ausstellers hinzugefügt, entfernt und mit Rollen versehen: API v2 ändert sie nicht.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>You will be the new issuer&apos;s owner. Its email must be one of your verified addresses.</source>
        <translation>Sie werden Eigentümer des neuen Ausstellers. Seine E-Mail-Adresse muss eine Ihrer bestätigten Adressen sein.</translation>
    </message>
    <message>
        <source>You are an owner of this issuer: you may change everything here.</source>
        <translation>Sie sind Eigentümer dieses Ausstellers: Sie dürfen hier alles ändern.</translation>
    </message>
    <message>
        <source>You are an editor of this issuer: you may change its details and image; only its owners may delete it or change its staff.</source>
        <translation>Sie sind Bearbeiter dieses Ausstellers: Sie dürfen seine Angaben und sein Bild ändern; nur seine Eigentümer dürfen ihn löschen oder seine Mitarbeiter ändern.</translation>
    </message>
    <message>
        <source>You are staff of this issuer: you may award its badges but not change it. Ask one of its owners or editors.</source>
        <translation>Sie sind Mitarbeiter dieses Ausstellers: Sie dürfen seine Badges vergeben, ihn aber nicht ändern. Wenden Sie sich an einen seiner Eigentümer oder Bearbeiter.</translation>
    </message>
    <message>
        <source>You are not on this issuer&apos;s staff, so you cannot change it.</source>
        <translation>Sie gehören nicht zu den Mitarbeitern dieses Ausstellers und können ihn daher nicht ändern.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to {name}</source>
        <translation>Bei {name} anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Site being visited</source>
        <translation>Besuchte Website</translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation>Ladefortschritt der Seite</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>Sign-in page not available</source>
        <translation>Anmeldeseite nicht verfügbar</translation>
    </message>
    <message>
        <source>The sign-in page cannot be shown: the server did not answer (the reason is above).

Your drafts and the issuers and badge classes saved at your last sign-in are still there to work with. Choose Retry once the server can be reached, or check the server&apos;s address in File → Server profiles.</source>
        <translation>Die Anmeldeseite kann nicht angezeigt werden: Der Server hat nicht geantwortet (der Grund steht oben).

Ihre Entwürfe sowie die Aussteller und Badge-Klassen von Ihrer letzten Anmeldung stehen weiterhin zur Verfügung. Wählen Sie „Erneut versuchen“, sobald der Server erreichbar ist, oder prüfen Sie die Adresse des Servers unter Datei → Serverprofile.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problem bei der Anmeldung</translation>
    </message>
    <message>
        <source>Sign-in page hint</source>
        <translation>Hinweis zur Anmeldeseite</translation>
    </message>
    <message>
        <source>Warning: another site</source>
        <translation>Warnung: andere Website</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry signing in</source>
        <translation>Anmeldung erneut versuchen</translation>
    </message>
    <message>
        <source>Use the &amp;system browser instead</source>
        <translation>Stattdessen den &amp;Systembrowser verwenden</translation>
    </message>
    <message>
        <source>Sign in with the system browser</source>
        <translation>Mit dem Systembrowser anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>%1Signing in at %2</source>
        <translation>%1Anmeldung bei %2</translation>
    </message>
    <message>
        <source>You are now on {host}, not on {home}. Only sign in if you expect your school&apos;s sign-in page.</source>
        <translation>Sie sind jetzt auf {host}, nicht auf {home}. Melden Sie sich nur an, wenn Sie die Anmeldeseite Ihrer Schule erwarten.</translation>
    </message>
    <message>
        <source>BadgeDesk refused to open {url}: it looks like BadgeDesk&apos;s own sign-in address but is not.</source>
        <translation>BadgeDesk hat das Öffnen von {url} verweigert: Es sieht aus wie die eigene Anmeldeadresse von BadgeDesk, ist es aber nicht.</translation>
    </message>
    <message>
        <source>BadgeDesk refused to open {url}: it is a plain http address, which others on the network could read or change. Sign-in pages must use https.</source>
        <translation>BadgeDesk hat das Öffnen von {url} verweigert: Es ist eine unverschlüsselte http-Adresse, die andere im Netzwerk mitlesen oder verändern könnten. Anmeldeseiten müssen https verwenden.</translation>
    </message>
    <message>
        <source>BadgeDesk refused to open {url}: it is not a web page.</source>
        <translation>BadgeDesk hat das Öffnen von {url} verweigert: Es ist keine Webseite.</translation>
    </message>
    <message>
        <source>The sign-in page {url} was not found (HTTP 404). Check the profile&apos;s Web app address.</source>
        <translation>Die Anmeldeseite {url} wurde nicht gefunden (HTTP 404). Prüfen Sie die Web-App-Adresse des Profils.</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} for the sign-in page {url}. Try again later; if this goes on, check the profile&apos;s Web app address.</source>
        <translation>Der Server antwortete für die Anmeldeseite {url} mit HTTP {status}. Versuchen Sie es später erneut; wenn das anhält, prüfen Sie die Web-App-Adresse des Profils.</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded: cannot reach {host} ({reason}). Check the network connection.</source>
        <translation>Die Anmeldeseite konnte nicht geladen werden: {host} ist nicht erreichbar ({reason}). Prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>{url} is not a sign-in page: it answered with a document of type {type}. Check the profile&apos;s Web app address (where people sign in, not the API address).</source>
        <translation>{url} ist keine Anmeldeseite: Sie lieferte ein Dokument vom Typ {type}. Prüfen Sie die Web-App-Adresse des Profils (wo man sich anmeldet, nicht die API-Adresse).</translation>
    </message>
    <message>
        <source>This does not look like a sign-in page: no password field appeared at {url}. If you cannot sign in here, check the profile&apos;s Web app address: it must be the web app where people sign in, not the API address.</source>
        <translation>Dies sieht nicht wie eine Anmeldeseite aus: Auf {url} ist kein Passwortfeld erschienen. Wenn Sie sich hier nicht anmelden können, prüfen Sie die Web-App-Adresse des Profils: Es muss die Web-App sein, in der man sich anmeldet, nicht die API-Adresse.</translation>
    </message>
    <message>
        <source>The server refused the sign-in ({error}).</source>
        <translation>Der Server hat die Anmeldung abgelehnt ({error}).</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in (state mismatch), so it was ignored for your safety. Please try again.</source>
        <translation>Die Antwort auf die Anmeldung gehörte nicht zu dieser Anmeldung (state stimmt nicht überein) und wurde zu Ihrer Sicherheit ignoriert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access was denied, so BadgeDesk is not signed in.</source>
        <translation>Der Zugriff wurde verweigert, daher ist BadgeDesk nicht angemeldet.</translation>
    </message>
    <message>
        <source>Cannot listen for the browser&apos;s answer on %1: %2</source>
        <translation>Auf die Antwort des Browsers kann an %1 nicht gewartet werden: %2</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Warten auf die Anmeldung in Ihrem Browser…</translation>
    </message>
    <message>
        <source>The sign-in code was not accepted: it expired, was already used, or did not match this sign-in. Please try again.</source>
        <translation>Der Anmeldecode wurde nicht akzeptiert: Er ist abgelaufen, wurde bereits verwendet oder passt nicht zu dieser Anmeldung. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the network connection and retry.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server had a problem while signing you in. Try again shortly.</source>
        <translation>Beim Anmelden ist auf dem Server ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Signing in failed unexpectedly.</source>
        <translation>Die Anmeldung ist unerwartet fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BadgeDesk main window</source>
        <translation>BadgeDesk-Hauptfenster</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Widerrufe</translation>
    </message>
    <message>
        <source>Batches of revocations, drafted offline and submitted with a review step, appear here with their history.</source>
        <translation>Widerrufsstapel, offline vorbereitet und nach einer Prüfung abgesendet, erscheinen hier mit ihrem Verlauf.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Award batches you prepare offline will be kept here until you submit them. </source>
        <translation>Vergabestapel, die Sie offline vorbereiten, werden hier aufbewahrt, bis Sie sie absenden. </translation>
    </message>
    <message>
        <source>Offline drafting arrives in a later version of BadgeDesk.</source>
        <translation>Offline-Entwürfe kommen in einer späteren Version von BadgeDesk.</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Vergaben</translation>
    </message>
    <message>
        <source>Backpack</source>
        <translation>Backpack</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Server &amp;profiles…</source>
        <translation>&amp;Serverprofile…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Protokoll…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;About BadgeDesk</source>
        <translation>&amp;Über BadgeDesk</translation>
    </message>
    <message>
        <source>About BadgeDesk</source>
        <translation>Über BadgeDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;BadgeDesk {version}&lt;/b&gt;&lt;br&gt;A desktop console for the Digital Badges API v2.</source>
        <translation>&lt;b&gt;BadgeDesk {version}&lt;/b&gt;&lt;br&gt;Eine Desktop-Konsole für die Digital Badges API v2.</translation>
    </message>
    <message>
        <source>Server: {name}</source>
        <translation>Server: {name}</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Serverprofil</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Where sign-in is kept</source>
        <translation>Wo die Anmeldung gespeichert ist</translation>
    </message>
    <message>
        <source>Background activity</source>
        <translation>Hintergrundaktivität</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Sign-in rejected: sign in again</source>
        <translation>Anmeldung abgelehnt: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Angemeldet als {name}</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only (no keyring)</source>
        <translation>Anmeldung nur für diese Sitzung gespeichert (kein Schlüsselbund)</translation>
    </message>
    <message>
        <source>Quit BadgeDesk?</source>
        <translation>BadgeDesk beenden?</translation>
    </message>
    <message numerus="yes">
        <source>Quit while %n batch(es) is(are) being sent?</source>
        <translation>
            <numerusform>Beenden, während %n Stapel gesendet wird?</numerusform>
            <numerusform>Beenden, während %n Stapel gesendet werden?</numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit now, no more rows are sent. The requests already on their way are given time to finish, so that their outcome is recorded; the other rows stay pending and can be sent later.</source>
        <translation>Wenn Sie jetzt beenden, werden keine weiteren Zeilen gesendet. Bereits unterwegs befindliche Anfragen erhalten Zeit zum Abschluss, damit ihr Ergebnis gespeichert wird; die übrigen Zeilen bleiben ausstehend und können später gesendet werden.</translation>
    </message>
    <message>
        <source>&amp;Wait for the requests in flight, then quit</source>
        <translation>&amp;Laufende Anfragen abwarten, dann beenden</translation>
    </message>
    <message>
        <source>Wait for the requests in flight, then quit</source>
        <translation>Laufende Anfragen abwarten, dann beenden</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <source>Finishing the requests in flight, then quitting…</source>
        <translation>Laufende Anfragen werden abgeschlossen, dann wird beendet…</translation>
    </message>
    <message>
        <source>Quitting…</source>
        <translation>Wird beendet…</translation>
    </message>
</context>
<context>
    <name>MonthBars</name>
    <message>
        <source>Awards per month</source>
        <translation>Vergaben pro Monat</translation>
    </message>
    <message numerus="yes">
        <source>{month}: %n award(s)</source>
        <translation>
            <numerusform>{month}: %n Vergabe</numerusform>
            <numerusform>{month}: %n Vergaben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Systemstandard ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>BadgeDesk will use this language from its next start.</source>
        <translation>BadgeDesk verwendet diese Sprache ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>This is required.</source>
        <translation>Dies ist erforderlich.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.org.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein, etwa name@example.org.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https:// or http://.</source>
        <translation>Geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>Enter a phone number: digits, optionally after a +.</source>
        <translation>Geben Sie eine Telefonnummer ein: Ziffern, optional nach einem +.</translation>
    </message>
    <message>
        <source>The issue date cannot be in the future.</source>
        <translation>Das Ausstellungsdatum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The expiry must come after the issue date.</source>
        <translation>Das Ablaufdatum muss nach dem Ausstellungsdatum liegen.</translation>
    </message>
    <message>
        <source>The activity cannot end before it starts.</source>
        <translation>Die Aktivität kann nicht enden, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>Give a URL or a narrative for each evidence item.</source>
        <translation>Geben Sie für jeden Nachweis eine URL oder eine Erläuterung an.</translation>
    </message>
    <message>
        <source>The recipient type must be email, url, telephone or openBadgeId.</source>
        <translation>Der Empfängertyp muss email, url, telephone oder openBadgeId sein.</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY (with / . - or a space between the numbers), or as an Excel date number.</source>
        <translation>Schreiben Sie Daten als JJJJ-MM-TT, TT/MM/JJJJ oder MM/TT/JJJJ (mit / . - oder einem Leerzeichen zwischen den Zahlen) oder als Excel-Datumszahl.</translation>
    </message>
    <message>
        <source>This recipient is already in the batch.</source>
        <translation>Dieser Empfänger ist bereits im Stapel.</translation>
    </message>
    <message>
        <source>This holds a control character (such as NUL), which no one types: the file or text it came from is damaged. Retype it.</source>
        <translation>Dies enthält ein Steuerzeichen (etwa NUL), das niemand tippt: Die Datei oder der Text, aus dem es stammt, ist beschädigt. Geben Sie es neu ein.</translation>
    </message>
    <message>
        <source>This holds an invisible character (zero-width space, direction mark or soft hyphen), so it is not the address it looks like. Retype it.</source>
        <translation>Dies enthält ein unsichtbares Zeichen (Leerzeichen ohne Breite, Richtungsmarke oder weiches Trennzeichen), daher ist es nicht die Adresse, nach der es aussieht. Geben Sie es neu ein.</translation>
    </message>
    <message>
        <source>This holds a character that could not be read (�): the file is in another encoding. Save it again as UTF-8.</source>
        <translation>Dies enthält ein Zeichen, das nicht gelesen werden konnte (�): Die Datei hat eine andere Kodierung. Speichern Sie sie erneut als UTF-8.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Server profiles</source>
        <translation>Serverprofile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>optional; kept in the system keyring</source>
        <translation>optional; im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>&amp;API-Adresse:</translation>
    </message>
    <message>
        <source>&amp;Web app address:</source>
        <translation>&amp;Web-App-Adresse:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Redir&amp;ect URI:</source>
        <translation>Weiterleitungs-&amp;URI:</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>Sc&amp;opes:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>Web app address</source>
        <translation>Web-App-Adresse</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Token revocation URL</source>
        <translation>URL zum Widerrufen von Tokens</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>“{name}” is the name of a built-in profile.</source>
        <translation>„{name}“ ist der Name eines eingebauten Profils.</translation>
    </message>
    <message>
        <source>A profile called “{name}” already exists.</source>
        <translation>Ein Profil namens „{name}“ existiert bereits.</translation>
    </message>
    <message>
        <source>{field} must be a web address starting with https:// or http://.</source>
        <translation>{field} muss eine Webadresse sein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>{field} must start with https://: plain http:// is only for a server on this computer, since the sign-in and every badge would cross the network unprotected.</source>
        <translation>{field} muss mit https:// beginnen: Unverschlüsseltes http:// ist nur für einen Server auf diesem Computer zulässig, da die Anmeldung und jedes Badge sonst ungeschützt über das Netzwerk gingen.</translation>
    </message>
    <message>
        <source>A client id is required.</source>
        <translation>Eine Client-ID ist erforderlich.</translation>
    </message>
    <message>
        <source>Only custom profiles can be removed.</source>
        <translation>Nur benutzerdefinierte Profile können entfernt werden.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem mit {field}</translation>
    </message>
    <message>
        <source>Client secre&amp;t:</source>
        <translation>Client-Secre&amp;t:</translation>
    </message>
    <message>
        <source>Where the API answers (badgr-server); tokens are fetched and revoked here.</source>
        <translation>Wo die API antwortet (badgr-server); hier werden Tokens abgerufen und widerrufen.</translation>
    </message>
    <message>
        <source>Where people sign in: the web app (badgr-ui). On a self-hosted server this is usually not the API address.</source>
        <translation>Wo man sich anmeldet: die Web-App (badgr-ui). Bei einem selbst betriebenen Server ist das meist nicht die API-Adresse.</translation>
    </message>
    <message>
        <source>Addresses BadgeDesk will use</source>
        <translation>Adressen, die BadgeDesk verwendet</translation>
    </message>
    <message>
        <source>Problem with this profile</source>
        <translation>Problem mit diesem Profil</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>Dieses Profil &amp;verwenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>New custom profile</source>
        <translation>Neues benutzerdefiniertes Profil</translation>
    </message>
    <message>
        <source>Duplicate as a custom profile</source>
        <translation>Als benutzerdefiniertes Profil duplizieren</translation>
    </message>
    <message>
        <source>Remove this profile</source>
        <translation>Dieses Profil entfernen</translation>
    </message>
    <message>
        <source>Save this profile</source>
        <translation>Dieses Profil speichern</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Zu diesem Profil wechseln</translation>
    </message>
    <message>
        <source>Close server profiles</source>
        <translation>Serverprofile schließen</translation>
    </message>
    <message>
        <source>{name} (in use)</source>
        <translation>{name} (in Verwendung)</translation>
    </message>
    <message>
        <source>{name} (custom)</source>
        <translation>{name} (benutzerdefiniert)</translation>
    </message>
    <message>
        <source>Could not save the profiles: {reason}</source>
        <translation>Die Profile konnten nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>The local sandbox bundled with BadgeDesk: demo data, no account needed. It starts on a free port when used.</source>
        <translation>Die mit BadgeDesk gelieferte lokale Sandbox: Demodaten, kein Konto nötig. Sie startet bei Verwendung auf einem freien Port.</translation>
    </message>
    <message>
        <source>A hosted region. Parchment issues the client id (and secret) your institution uses: duplicate this profile to enter them.</source>
        <translation>Eine gehostete Region. Parchment vergibt die Client-ID (und das Client-Secret) Ihrer Einrichtung: Duplizieren Sie dieses Profil, um sie einzugeben.</translation>
    </message>
    <message>
        <source>A custom server, such as a self-hosted Badgr.</source>
        <translation>Ein benutzerdefinierter Server, etwa ein selbst betriebenes Badgr.</translation>
    </message>
    <message>
        <source>A new custom profile: fill it in and save it.</source>
        <translation>Ein neues benutzerdefiniertes Profil: Füllen Sie es aus und speichern Sie es.</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>estimating time left</source>
        <translation>Restzeit wird geschätzt</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
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
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the rows not sent stay pending.</source>
        <translation>Abgebrochen: Die nicht gesendeten Zeilen bleiben ausstehend.</translation>
    </message>
    <message>
        <source>Stopped: the server could not be reached. Submit again later; rows whose answer was lost are checked with the server first.</source>
        <translation>Angehalten: Der Server war nicht erreichbar. Senden Sie später erneut ab; Zeilen, deren Antwort verloren ging, werden zuerst beim Server geprüft.</translation>
    </message>
    <message>
        <source>Stopped: sign in again, then submit to continue.</source>
        <translation>Angehalten: Melden Sie sich erneut an und senden Sie dann ab, um fortzufahren.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) sent without an answer will be checked with the server before anything is sent again.</source>
        <translation>
            <numerusform>%n ohne Antwort gesendete Zeile wird beim Server geprüft, bevor erneut etwas gesendet wird.</numerusform>
            <numerusform>%n ohne Antwort gesendete Zeilen werden beim Server geprüft, bevor erneut etwas gesendet wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>Server nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server is not answering.</source>
        <translation>Der Server antwortet nicht.</translation>
    </message>
    <message>
        <source>The server is failing.</source>
        <translation>Der Server hat Fehler.</translation>
    </message>
    <message>
        <source>The server asked BadgeDesk to wait.</source>
        <translation>Der Server hat BadgeDesk gebeten zu warten.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n row(s) done, {waiting} waiting.</source>
        <translation>
            <numerusform>{done} von %n Zeile erledigt, {waiting} wartend.</numerusform>
            <numerusform>{done} von %n Zeilen erledigt, {waiting} wartend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent without an answer: %n row(s), checked with the server before anything is sent again.</source>
        <translation>
            <numerusform>Ohne Antwort gesendet: %n Zeile, die beim Server geprüft wird, bevor erneut etwas gesendet wird.</numerusform>
            <numerusform>Ohne Antwort gesendet: %n Zeilen, die beim Server geprüft werden, bevor erneut etwas gesendet wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying in {time}.</source>
        <translation>Neuer Versuch in {time}.</translation>
    </message>
    <message>
        <source>Making the badge class {name} on the server first: no award leaves before it exists.</source>
        <translation>Die Badge-Klasse {name} wird zuerst auf dem Server angelegt: Keine Vergabe wird gesendet, bevor sie existiert.</translation>
    </message>
    <message>
        <source>the server asked BadgeDesk to wait {time}</source>
        <translation>der Server hat BadgeDesk gebeten, {time} zu warten</translation>
    </message>
    <message>
        <source>waiting for the server: no answer for {time}</source>
        <translation>Warten auf den Server: seit {time} keine Antwort</translation>
    </message>
    <message>
        <source>{what} progress</source>
        <translation>Fortschritt: {what}</translation>
    </message>
    <message>
        <source>{what} status</source>
        <translation>Status: {what}</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <source>Retry now instead of waiting</source>
        <translation>Jetzt wiederholen statt zu warten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel: rows not sent stay pending, requests in flight are abandoned</source>
        <translation>Abbrechen: Nicht gesendete Zeilen bleiben ausstehend, laufende Anfragen werden aufgegeben</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the revocations</source>
        <translation>Widerrufe prüfen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n award(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n Vergabe widerrufen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Vergaben widerrufen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be revoked</source>
        <translation>Was widerrufen wird</translation>
    </message>
    <message>
        <source>Badge classes and reasons</source>
        <translation>Badge-Klassen und Gründe</translation>
    </message>
    <message>
        <source>Re&amp;cipients:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <source>Recipients whose awards are revoked</source>
        <translation>Empfänger, deren Vergaben widerrufen werden</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n award(s)</source>
        <translation>
            <numerusform>%n Vergabe widerrufen</numerusform>
            <numerusform>%n Vergaben widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the awards now</source>
        <translation>Vergaben jetzt widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>To confirm, &amp;type the number of awards to revoke (%n):</source>
        <translation>
            <numerusform>Zur Bestätigung die Anzahl der zu widerrufenden Vergaben ein&amp;tippen (%n):</numerusform>
            <numerusform>Zur Bestätigung die Anzahl der zu widerrufenden Vergaben ein&amp;tippen (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of awards to revoke, typed to confirm</source>
        <translation>Anzahl der zu widerrufenden Vergaben, zur Bestätigung eingetippt</translation>
    </message>
    <message>
        <source>Badge classes:</source>
        <translation>Badge-Klassen:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Gründe:</translation>
    </message>
    <message numerus="yes">
        <source>Already revoked on the server, so skipped: %n.</source>
        <translation>
            <numerusform>Bereits auf dem Server widerrufen, daher übersprungen: %n.</numerusform>
            <numerusform>Bereits auf dem Server widerrufen, daher übersprungen: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevocationEditor</name>
    <message numerus="yes">
        <source>Revoke %n award(s) ({day})</source>
        <translation>
            <numerusform>%n Vergabe widerrufen ({day})</numerusform>
            <numerusform>%n Vergaben widerrufen ({day})</numerusform>
        </translation>
    </message>
    <message>
        <source>change a reason</source>
        <translation>Grund ändern</translation>
    </message>
    <message>
        <source>Revocation batch</source>
        <translation>Widerrufsstapel</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>Name des Stapels</translation>
    </message>
    <message>
        <source>Reason for every row</source>
        <translation>Grund für jede Zeile</translation>
    </message>
    <message>
        <source>Required: shown with each revoked badge, e.g. “Course was cancelled”</source>
        <translation>Erforderlich: wird bei jedem widerrufenen Badge angezeigt, z. B. „Kurs wurde abgesagt“</translation>
    </message>
    <message>
        <source>Awards revoked per request</source>
        <translation>Widerrufene Vergaben pro Anfrage</translation>
    </message>
    <message>
        <source>How many awards go in one request to the server (the server answers per award)</source>
        <translation>Wie viele Vergaben in eine Anfrage an den Server gehen (der Server antwortet je Vergabe)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Per re&amp;quest:</source>
        <translation>Pro &amp;Anfrage:</translation>
    </message>
    <message>
        <source>Awards to revoke</source>
        <translation>Zu widerrufende Vergaben</translation>
    </message>
    <message>
        <source>&amp;Add from CSV…</source>
        <translation>Aus CSV &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add rows from a CSV of assertion entityIds, or of recipients and a badge class</source>
        <translation>Zeilen aus einer CSV-Datei mit entityIds von Vergaben oder mit Empfängern und einer Badge-Klasse hinzufügen</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Zeilen löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ch&amp;eck with server</source>
        <translation>Mit Server &amp;prüfen</translation>
    </message>
    <message>
        <source>Find each row&apos;s award on the server and see its status now</source>
        <translation>Die Vergabe jeder Zeile auf dem Server suchen und ihren aktuellen Status anzeigen</translation>
    </message>
    <message>
        <source>Rev&amp;iew and revoke…</source>
        <translation>Prüfen und &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Re&amp;try failed</source>
        <translation>Fehlgeschlagene erneut &amp;senden</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>Ergebnisse e&amp;xportieren…</translation>
    </message>
    <message>
        <source>What the batch still needs</source>
        <translation>Was dem Stapel noch fehlt</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <source>Checking with the server: {found} found, {revoked} already revoked, {missing} not found, {ambiguous} ambiguous, {duplicates} duplicate</source>
        <translation>Prüfung beim Server: {found} gefunden, {revoked} bereits widerrufen, {missing} nicht gefunden, {ambiguous} mehrdeutig, {duplicates} doppelt</translation>
    </message>
    <message>
        <source>Reading back the awards an interrupted run may have revoked…</source>
        <translation>Die Vergaben, die ein unterbrochener Lauf widerrufen haben könnte, werden erneut gelesen…</translation>
    </message>
    <message>
        <source>Paused: the request in flight finishes, nothing new is sent.</source>
        <translation>Pausiert: Die laufende Anfrage wird beendet, nichts Neues wird gesendet.</translation>
    </message>
    <message>
        <source>{revoked} revoked, {skipped} already revoked, {failed} failed · {left}</source>
        <translation>{revoked} widerrufen, {skipped} bereits widerrufen, {failed} fehlgeschlagen · {left}</translation>
    </message>
    <message>
        <source>{revoked} revoked, {skipped} already revoked, {failed} failed</source>
        <translation>{revoked} widerrufen, {skipped} bereits widerrufen, {failed} fehlgeschlagen</translation>
    </message>
    <message>
        <source>Finished: {counts}.</source>
        <translation>Abgeschlossen: {counts}.</translation>
    </message>
    <message>
        <source>Add the awards to revoke: Add from CSV, or Revoke selected in the Assertions tab.</source>
        <translation>Fügen Sie die zu widerrufenden Vergaben hinzu: „Aus CSV hinzufügen“ oder „Auswahl widerrufen“ im Tab „Vergaben“.</translation>
    </message>
    <message numerus="yes">
        <source>Rows that do not name one award: %n (first: row {row}). See their Status, then delete them or check again.</source>
        <translation>
            <numerusform>Zeilen, die nicht genau eine Vergabe bezeichnen: %n (erste: Zeile {row}). Sehen Sie sich ihren Status an und löschen Sie sie oder prüfen Sie erneut.</numerusform>
            <numerusform>Zeilen, die nicht genau eine Vergabe bezeichnen: %n (erste: Zeile {row}). Sehen Sie sich ihren Status an und löschen Sie sie oder prüfen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is required: write one for the batch.</source>
        <translation>Ein Grund ist erforderlich: Geben Sie einen für den Stapel ein.</translation>
    </message>
    <message>
        <source>Rows may have been sent with this reason: review and revoke again to settle them before changing it.</source>
        <translation>Möglicherweise wurden Zeilen mit diesem Grund gesendet: Prüfen und widerrufen Sie erneut, um sie zu klären, bevor Sie ihn ändern.</translation>
    </message>
    <message>
        <source>Sign in to check and revoke: drafting works offline.</source>
        <translation>Melden Sie sich zum Prüfen und Widerrufen an: Entwürfe erstellen geht auch offline.</translation>
    </message>
    <message>
        <source>Review the batch, then revoke</source>
        <translation>Stapel prüfen, dann widerrufen</translation>
    </message>
</context>
<context>
    <name>RevocationImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Assertion entityId or URL</source>
        <translation>entityId oder URL der Vergabe</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>Empfängertyp</translation>
    </message>
    <message>
        <source>Badge class (name or entityId)</source>
        <translation>Badge-Klasse (Name oder entityId)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>not an assertion entityId or URL</source>
        <translation>keine entityId oder URL einer Vergabe</translation>
    </message>
    <message>
        <source>not a valid recipient for its type</source>
        <translation>kein gültiger Empfänger für seinen Typ</translation>
    </message>
    <message>
        <source>unknown recipient type</source>
        <translation>unbekannter Empfängertyp</translation>
    </message>
    <message>
        <source>no badge class: add a column, or choose one below</source>
        <translation>keine Badge-Klasse: Fügen Sie eine Spalte hinzu oder wählen Sie unten eine</translation>
    </message>
    <message>
        <source>no badge class of that name</source>
        <translation>keine Badge-Klasse dieses Namens</translation>
    </message>
    <message>
        <source>several badge classes have that name: use its entityId</source>
        <translation>mehrere Badge-Klassen haben diesen Namen: Verwenden Sie ihre entityId</translation>
    </message>
    <message>
        <source>the same award is on an earlier line</source>
        <translation>dieselbe Vergabe steht in einer früheren Zeile</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>holds a control character (such as NUL): the file is damaged</source>
        <translation>enthält ein Steuerzeichen (etwa NUL): Die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>holds an invisible character (zero-width space, direction mark or soft hyphen)</source>
        <translation>enthält ein unsichtbares Zeichen (Leerzeichen ohne Breite, Richtungsmarke oder weiches Trennzeichen)</translation>
    </message>
    <message>
        <source>holds a character that could not be read in the file&apos;s encoding (�)</source>
        <translation>enthält ein Zeichen, das in der Kodierung der Datei nicht gelesen werden konnte (�)</translation>
    </message>
    <message>
        <source>Add awards to revoke from {source}</source>
        <translation>Zu widerrufende Vergaben aus {source} hinzufügen</translation>
    </message>
    <message>
        <source>Badge class of recipients without one</source>
        <translation>Badge-Klasse für Empfänger ohne eigene</translation>
    </message>
    <message>
        <source>(none: the file names them)</source>
        <translation>(keine: die Datei nennt sie)</translation>
    </message>
    <message>
        <source>&amp;Badge class for recipients:</source>
        <translation>&amp;Badge-Klasse für Empfänger:</translation>
    </message>
    <message>
        <source>Choose the column that holds assertion entityIds (or URLs), or the one that holds recipients.</source>
        <translation>Wählen Sie die Spalte mit den entityIds (oder URLs) der Vergaben oder die Spalte mit den Empfängern.</translation>
    </message>
</context>
<context>
    <name>RevocationModels</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Not sent: the award was already revoked</source>
        <translation>Nicht gesendet: Die Vergabe war bereits widerrufen</translation>
    </message>
    <message>
        <source>Rows never sent, or sent without an answer yet</source>
        <translation>Nie gesendete Zeilen oder gesendete ohne bisherige Antwort</translation>
    </message>
    <message>
        <source>Batch: {title}</source>
        <translation>Stapel: {title}</translation>
    </message>
    <message>
        <source>Single (outcome unknown): {title}</source>
        <translation>Einzeln (Ergebnis unbekannt): {title}</translation>
    </message>
    <message>
        <source>Single: {title}</source>
        <translation>Einzeln: {title}</translation>
    </message>
    <message>
        <source>By {user}.</source>
        <translation>Von {user}.</translation>
    </message>
    <message>
        <source>{revoked} revoked, {failed} failed, {skipped} skipped (already revoked), {left} not sent.</source>
        <translation>{revoked} widerrufen, {failed} fehlgeschlagen, {skipped} übersprungen (bereits widerrufen), {left} nicht gesendet.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the batch.</source>
        <translation>Doppelklicken oder Enter drücken, um den Stapel zu öffnen.</translation>
    </message>
    <message>
        <source>Reason: {detail}</source>
        <translation>Grund: {detail}</translation>
    </message>
    <message>
        <source>Not revoked: {detail}</source>
        <translation>Nicht widerrufen: {detail}</translation>
    </message>
    <message>
        <source>The server&apos;s answer never came: check the award in the Assertions tab. {detail}</source>
        <translation>Die Antwort des Servers kam nie an: Prüfen Sie die Vergabe im Tab „Vergaben“. {detail}</translation>
    </message>
    <message>
        <source>Assertion {entity_id}</source>
        <translation>Vergabe {entity_id}</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>entityId</source>
        <translation>entityId</translation>
    </message>
    <message>
        <source>The server gives no reason</source>
        <translation>Der Server nennt keinen Grund</translation>
    </message>
</context>
<context>
    <name>RevocationRowsModel</name>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Mehrdeutig</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Sent: awaiting the answer…</source>
        <translation>Gesendet: Warten auf Antwort…</translation>
    </message>
    <message>
        <source>Skipped: already revoked</source>
        <translation>Übersprungen: bereits widerrufen</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Fehlgeschlagen: {error}</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation>Badge-Klasse</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>(reason required)</source>
        <translation>(Grund erforderlich)</translation>
    </message>
    <message>
        <source>Own reason: {reason}</source>
        <translation>Eigener Grund: {reason}</translation>
    </message>
    <message>
        <source>Batch reason: {reason}</source>
        <translation>Grund des Stapels: {reason}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keiner</translation>
    </message>
    <message>
        <source>entityId: {entity_id}</source>
        <translation>entityId: {entity_id}</translation>
    </message>
    <message>
        <source>Last seen {time}</source>
        <translation>Zuletzt gesehen: {time}</translation>
    </message>
    <message>
        <source>This row&apos;s own reason (clear it to use the batch&apos;s).</source>
        <translation>Der eigene Grund dieser Zeile (leeren, um den des Stapels zu verwenden).</translation>
    </message>
    <message>
        <source>The batch&apos;s reason; type here to give this row its own.</source>
        <translation>Der Grund des Stapels; tippen Sie hier, um dieser Zeile einen eigenen zu geben.</translation>
    </message>
</context>
<context>
    <name>RevocationsTab</name>
    <message>
        <source>Revocation batches</source>
        <translation>Widerrufsstapel</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Widerrufe</translation>
    </message>
    <message>
        <source>Ne&amp;w batch</source>
        <translation>&amp;Neuer Stapel</translation>
    </message>
    <message>
        <source>Start a batch of revocations (works offline)</source>
        <translation>Einen Widerrufsstapel beginnen (funktioniert offline)</translation>
    </message>
    <message>
        <source>De&amp;lete batch…</source>
        <translation>Stapel &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the batch from this computer (what was revoked stays revoked)</source>
        <translation>Stapel von diesem Computer löschen (Widerrufenes bleibt widerrufen)</translation>
    </message>
    <message>
        <source>No revocation batch open</source>
        <translation>Kein Widerrufsstapel geöffnet</translation>
    </message>
    <message>
        <source>A revocation batch revokes many awards at once, with a reason. Select awards in the Assertions tab and use Revoke selected, or start a New batch (Ctrl+Shift+N) and add a CSV of assertion entityIds or of recipients (Ctrl+I). Batches are kept on this computer and can be drafted offline; nothing is revoked before you review the batch (Ctrl+Return) and confirm.</source>
        <translation>Ein Widerrufsstapel widerruft viele Vergaben auf einmal, mit einem Grund. Wählen Sie Vergaben im Tab „Vergaben“ aus und verwenden Sie „Auswahl widerrufen“, oder beginnen Sie einen neuen Stapel (Ctrl+Shift+N) und fügen Sie eine CSV-Datei mit entityIds von Vergaben oder mit Empfängern hinzu (Ctrl+I). Stapel werden auf diesem Computer gespeichert und können offline vorbereitet werden; widerrufen wird erst, wenn Sie den Stapel geprüft (Ctrl+Return) und bestätigt haben.</translation>
    </message>
    <message>
        <source>New revocation batch</source>
        <translation>Neuer Widerrufsstapel</translation>
    </message>
    <message>
        <source>Revocations pages</source>
        <translation>Seiten der Widerrufe</translation>
    </message>
    <message>
        <source>Batche&amp;s</source>
        <translation>&amp;Stapel</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Revo&amp;ked awards</source>
        <translation>&amp;Widerrufene Vergaben</translation>
    </message>
    <message>
        <source>Revocations of {date}</source>
        <translation>Widerrufe von {date}</translation>
    </message>
    <message numerus="yes">
        <source>Started a revocation batch with %n award(s): write the reason, then review.</source>
        <translation>
            <numerusform>Widerrufsstapel mit %n Vergabe begonnen: Geben Sie den Grund ein und prüfen Sie dann.</numerusform>
            <numerusform>Widerrufsstapel mit %n Vergaben begonnen: Geben Sie den Grund ein und prüfen Sie dann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}” from this computer? Awards it already revoked stay revoked, and the audit log keeps every revocation.</source>
        <translation>„{name}“ von diesem Computer löschen? Bereits widerrufene Vergaben bleiben widerrufen, und das Protokoll behält jeden Widerruf.</translation>
    </message>
    <message>
        <source>Add awards to revoke from CSV</source>
        <translation>Zu widerrufende Vergaben aus CSV hinzufügen</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s).</source>
        <translation>
            <numerusform>%n Zeile hinzugefügt.</numerusform>
            <numerusform>%n Zeilen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was(were) already in the batch.</source>
        <translation>
            <numerusform>%n war bereits im Stapel.</numerusform>
            <numerusform>%n waren bereits im Stapel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not imported (see the report).</source>
        <translation>
            <numerusform>%n Zeile nicht importiert (siehe Bericht).</numerusform>
            <numerusform>%n Zeilen nicht importiert (siehe Bericht).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check with server (F5) to see each award&apos;s status.</source>
        <translation>„Mit Server prüfen“ (F5) zeigt den Status jeder Vergabe.</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported the outcome of %n row(s) to {path}.</source>
        <translation>
            <numerusform>Ergebnis von %n Zeile nach {path} exportiert.</numerusform>
            <numerusform>Ergebnisse von %n Zeilen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check the rows with the server: {error}</source>
        <translation>Die Zeilen konnten nicht beim Server geprüft werden: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s): {found} to revoke, {revoked} already revoked, {missing} not found, {ambiguous} ambiguous, {duplicates} duplicate.</source>
        <translation>
            <numerusform>%n Zeile geprüft: {found} zu widerrufen, {revoked} bereits widerrufen, {missing} nicht gefunden, {ambiguous} mehrdeutig, {duplicates} doppelt.</numerusform>
            <numerusform>%n Zeilen geprüft: {found} zu widerrufen, {revoked} bereits widerrufen, {missing} nicht gefunden, {ambiguous} mehrdeutig, {duplicates} doppelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to revoke: every row is settled.</source>
        <translation>Nichts mehr zu widerrufen: Jede Zeile ist erledigt.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke award</source>
        <translation>Vergabe widerrufen</translation>
    </message>
    <message>
        <source>Revoke the award of {recipient}?

The badge stops being valid for its holder and for anyone who checks it. This cannot be undone.</source>
        <translation>Die Vergabe an {recipient} widerrufen?

Das Badge ist dann weder für seinen Inhaber noch für andere, die es prüfen, gültig. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Reason (required, shown with the revoked badge):</source>
        <translation>&amp;Grund (erforderlich, wird beim widerrufenen Badge angezeigt):</translation>
    </message>
    <message>
        <source>Revocation reason</source>
        <translation>Widerrufsgrund</translation>
    </message>
    <message>
        <source>For example: awarded in error.</source>
        <translation>Zum Beispiel: irrtümlich vergeben.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Re&amp;voke award</source>
        <translation>Vergabe &amp;widerrufen</translation>
    </message>
    <message>
        <source>Write a reason first.</source>
        <translation>Geben Sie zuerst einen Grund ein.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen…</translation>
    </message>
</context>
<context>
    <name>RevokedView</name>
    <message>
        <source>Revoked awards</source>
        <translation>Widerrufene Vergaben</translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation>Badge-Klasse</translation>
    </message>
    <message>
        <source>No badge class known yet</source>
        <translation>Noch keine Badge-Klasse bekannt</translation>
    </message>
    <message>
        <source>Bad&amp;ge class:</source>
        <translation>Badge-&amp;Klasse:</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>List the badge class&apos;s revoked awards (F5)</source>
        <translation>Widerrufene Vergaben der Badge-Klasse auflisten (F5)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading (Esc); what is listed stays</source>
        <translation>Laden beenden (Esc); das Aufgelistete bleibt</translation>
    </message>
    <message>
        <source>Load the revoked awards</source>
        <translation>Widerrufene Vergaben laden</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Choose a badge class and Load to list its revoked awards.</source>
        <translation>Wählen Sie eine Badge-Klasse und „Laden“, um ihre widerrufenen Vergaben aufzulisten.</translation>
    </message>
    <message>
        <source>Load progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Load error</source>
        <translation>Ladefehler</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Etwas ist schiefgegangen: {error}</translation>
    </message>
    <message>
        <source>Could not list the revoked awards: {error}</source>
        <translation>Die widerrufenen Vergaben konnten nicht aufgelistet werden: {error}</translation>
    </message>
    <message>
        <source>No award of “{name}” is revoked.</source>
        <translation>Keine Vergabe von „{name}“ ist widerrufen.</translation>
    </message>
    <message>
        <source>Sign in to list revoked awards.</source>
        <translation>Melden Sie sich an, um widerrufene Vergaben aufzulisten.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln revoked award(s): the list may be incomplete.</source>
        <translation>
            <numerusform>Abgebrochen (bis dahin widerrufene Vergaben: %Ln): Die Liste ist möglicherweise unvollständig.</numerusform>
            <numerusform>Abgebrochen (bis dahin widerrufene Vergaben: %Ln): Die Liste ist möglicherweise unvollständig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked award(s) listed before the error. Load to try again.</source>
        <translation>
            <numerusform>Vor dem Fehler aufgelistete widerrufene Vergaben: %Ln. „Laden“ versucht es erneut.</numerusform>
            <numerusform>Vor dem Fehler aufgelistete widerrufene Vergaben: %Ln. „Laden“ versucht es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing listed. Load to try again.</source>
        <translation>Nichts aufgelistet. „Laden“ versucht es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln revoked award(s)…</source>
        <translation>
            <numerusform>Widerrufene Vergaben geladen: %Ln…</numerusform>
            <numerusform>Widerrufene Vergaben geladen: %Ln…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked award(s) of “{name}”.</source>
        <translation>
            <numerusform>Widerrufene Vergaben von „{name}“: %Ln.</numerusform>
            <numerusform>Widerrufene Vergaben von „{name}“: %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionReasons</name>
    <message>
        <source>Sign in to do this.</source>
        <translation>Melden Sie sich dafür an.</translation>
    </message>
    <message>
        <source>Needs the “{scope}” permission, which this sign-in did not grant. Sign out and sign in again to allow it.</source>
        <translation>Dafür ist die Berechtigung „{scope}“ nötig, die bei dieser Anmeldung nicht erteilt wurde. Melden Sie sich ab und wieder an, um sie zu erteilen.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>The server rejected your sign-in. Sign in again (Account → Sign in…).</source>
        <translation>Der Server hat Ihre Anmeldung abgelehnt. Melden Sie sich erneut an (Konto → Anmelden…).</translation>
    </message>
    <message>
        <source>Refreshing issuers and badge classes…</source>
        <translation>Aussteller und Badge-Klassen werden aktualisiert…</translation>
    </message>
    <message>
        <source>Available offline: {issuers} and {classes}.</source>
        <translation>Offline verfügbar: {issuers} und {classes}.</translation>
    </message>
    <message numerus="yes">
        <source>%n issuer(s)</source>
        <translation>
            <numerusform>%n Aussteller</numerusform>
            <numerusform>%n Aussteller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge class(es)</source>
        <translation>
            <numerusform>%n Badge-Klasse</numerusform>
            <numerusform>%n Badge-Klassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>Verbindung zu {name} wird hergestellt…</translation>
    </message>
    <message>
        <source>Offline: {name} cannot be reached. Your sign-in is kept for later.</source>
        <translation>Offline: {name} ist nicht erreichbar. Ihre Anmeldung bleibt für später erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge class(es) drafted offline can now be sent: Assertions → Badge classes → Send drafts to the server.</source>
        <translation>
            <numerusform>%n offline entworfene Badge-Klasse kann jetzt gesendet werden: Vergaben → Badge-Klassen → Entwürfe an den Server senden.</numerusform>
            <numerusform>%n offline entworfene Badge-Klassen können jetzt gesendet werden: Vergaben → Badge-Klassen → Entwürfe an den Server senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switching to {name}…</source>
        <translation>Wechsel zu {name}…</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign-out not confirmed</source>
        <translation>Abmeldung nicht bestätigt</translation>
    </message>
    <message>
        <source>The tokens were removed from this computer but the server did not confirm the sign-out.</source>
        <translation>Die Tokens wurden von diesem Computer entfernt, aber der Server hat die Abmeldung nicht bestätigt.</translation>
    </message>
    <message>
        <source>Until it does, they may still work. BadgeDesk keeps them in the system keyring only, and asks the server again when it next starts.</source>
        <translation>Bis er das tut, funktionieren sie möglicherweise noch. BadgeDesk bewahrt sie nur im Schlüsselbund des Systems auf und fragt den Server beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>Until it does, they may still work.</source>
        <translation>Bis er das tut, funktionieren sie möglicherweise noch.</translation>
    </message>
    <message>
        <source>Revoking the sign-in at the server…</source>
        <translation>Die Anmeldung wird beim Server widerrufen…</translation>
    </message>
</context>
<context>
    <name>StoreProblemBox</name>
    <message>
        <source>BadgeDesk cannot open its data</source>
        <translation>BadgeDesk kann seine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Keep the old file aside and start afresh</source>
        <translation>Alte Datei beiseitelegen und &amp;neu beginnen</translation>
    </message>
    <message>
        <source>&amp;Open another data folder…</source>
        <translation>Anderen Datenordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Keeping it aside renames it with today&apos;s date, so nothing in it is lost, and starts an empty store: batches and the history of sent rows start afresh.</source>
        <translation>Beim Beiseitelegen wird die Datei mit dem heutigen Datum umbenannt, sodass nichts darin verloren geht, und ein leerer Speicher angelegt: Stapel und der Verlauf gesendeter Zeilen beginnen neu.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of BadgeDesk.</source>
        <translation>Diese Daten wurden von einer neueren Version von BadgeDesk gespeichert.</translation>
    </message>
    <message>
        <source>{file} can only be opened by that newer version. Update BadgeDesk, or work in another data folder. {kept}</source>
        <translation>{file} kann nur von dieser neueren Version geöffnet werden. Aktualisieren Sie BadgeDesk oder arbeiten Sie in einem anderen Datenordner. {kept}</translation>
    </message>
    <message>
        <source>BadgeDesk&apos;s data file has been replaced by another kind of file.</source>
        <translation>Die Datendatei von BadgeDesk wurde durch eine andere Art von Datei ersetzt.</translation>
    </message>
    <message>
        <source>{file} is not a BadgeDesk data file, so BadgeDesk will not write to it. {kept}</source>
        <translation>{file} ist keine Datendatei von BadgeDesk, daher schreibt BadgeDesk nicht hinein. {kept}</translation>
    </message>
    <message>
        <source>BadgeDesk&apos;s data file is damaged.</source>
        <translation>Die Datendatei von BadgeDesk ist beschädigt.</translation>
    </message>
    <message>
        <source>{file} is incomplete or damaged (for example after a crash, a full disk or an interrupted copy), so BadgeDesk will not write to it. {kept} A backup of the data folder, if there is one, can be opened instead.</source>
        <translation>{file} ist unvollständig oder beschädigt (etwa nach einem Absturz, einem vollen Datenträger oder einem abgebrochenen Kopiervorgang), daher schreibt BadgeDesk nicht hinein. {kept} Stattdessen kann eine Sicherung des Datenordners geöffnet werden, falls vorhanden.</translation>
    </message>
    <message>
        <source>Something else is where BadgeDesk keeps its data.</source>
        <translation>Dort, wo BadgeDesk seine Daten speichert, liegt etwas anderes.</translation>
    </message>
    <message>
        <source>{file} should be BadgeDesk&apos;s, but it is a folder or file of something else. Move it away and try again, or work in another data folder.</source>
        <translation>{file} sollte zu BadgeDesk gehören, ist aber ein Ordner oder eine Datei von etwas anderem. Verschieben Sie es und versuchen Sie es erneut, oder arbeiten Sie in einem anderen Datenordner.</translation>
    </message>
    <message>
        <source>BadgeDesk is not allowed to save its data.</source>
        <translation>BadgeDesk darf seine Daten nicht speichern.</translation>
    </message>
    <message>
        <source>{file} may not be written to (it is read-only, or belongs to another account). Ask for write access and try again, or work in another data folder.</source>
        <translation>In {file} darf nicht geschrieben werden (schreibgeschützt oder einem anderen Konto gehörend). Bitten Sie um Schreibzugriff und versuchen Sie es erneut, oder arbeiten Sie in einem anderen Datenordner.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>BadgeDesk could not open {file} because the disk has no space left. Free some space and try again; the data already saved is safe.</source>
        <translation>BadgeDesk konnte {file} nicht öffnen, weil auf dem Datenträger kein Platz mehr ist. Geben Sie Speicherplatz frei und versuchen Sie es erneut; die bereits gespeicherten Daten sind sicher.</translation>
    </message>
    <message>
        <source>The disk could not read or write BadgeDesk&apos;s data.</source>
        <translation>Der Datenträger konnte die Daten von BadgeDesk nicht lesen oder schreiben.</translation>
    </message>
    <message>
        <source>Reading {file} failed. If it is on a network or removable drive, check that it is connected, then try again.</source>
        <translation>Das Lesen von {file} ist fehlgeschlagen. Wenn die Datei auf einem Netzlaufwerk oder Wechseldatenträger liegt, prüfen Sie, ob dieser verbunden ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Choose a data folder for BadgeDesk</source>
        <translation>Datenordner für BadgeDesk wählen</translation>
    </message>
</context>
<context>
    <name>SubmitRefusals</name>
    <message>
        <source>Sign in to submit.</source>
        <translation>Melden Sie sich zum Absenden an.</translation>
    </message>
    <message>
        <source>Choose the badge class to award first.</source>
        <translation>Wählen Sie zuerst die zu vergebende Badge-Klasse.</translation>
    </message>
    <message>
        <source>The batch&apos;s badge class is a draft that cannot be sent here.</source>
        <translation>Die Badge-Klasse des Stapels ist ein Entwurf, der hier nicht gesendet werden kann.</translation>
    </message>
    <message>
        <source>The draft badge class {name} could not be made on the server yet: {detail}</source>
        <translation>Der Badge-Klassen-Entwurf {name} konnte noch nicht auf dem Server angelegt werden: {detail}</translation>
    </message>
    <message>
        <source>The batch&apos;s draft badge class was deleted.</source>
        <translation>Der Badge-Klassen-Entwurf des Stapels wurde gelöscht.</translation>
    </message>
    <message>
        <source>The draft badge class {name} was refused by the server: {detail}</source>
        <translation>Der Badge-Klassen-Entwurf {name} wurde vom Server abgelehnt: {detail}</translation>
    </message>
    <message>
        <source>Fix the batch&apos;s defaults before it can be sent.</source>
        <translation>Korrigieren Sie die Standardwerte des Stapels, bevor er gesendet werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>To fix before the batch can be sent: %n row(s) (the first is {name}).</source>
        <translation>
            <numerusform>Vor dem Senden des Stapels zu korrigieren: %n Zeile ({name}).</numerusform>
            <numerusform>Vor dem Senden des Stapels zu korrigieren: %n Zeilen (die erste ist {name}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To fix before the batch can be sent: %n row(s) (the first is an empty row).</source>
        <translation>
            <numerusform>Vor dem Senden des Stapels zu korrigieren: %n Zeile (eine leere Zeile).</numerusform>
            <numerusform>Vor dem Senden des Stapels zu korrigieren: %n Zeilen (die erste ist leer).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some recipients appear more than once in the batch.</source>
        <translation>Einige Empfänger kommen mehr als einmal im Stapel vor.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not matched to one award (the first is {name}): check them with the server, or delete them.</source>
        <translation>
            <numerusform>%n Zeile ist keiner eindeutigen Vergabe zugeordnet ({name}): Prüfen Sie sie beim Server oder löschen Sie sie.</numerusform>
            <numerusform>%n Zeilen sind keiner eindeutigen Vergabe zugeordnet (die erste ist {name}): Prüfen Sie sie beim Server oder löschen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is required: give the batch one, or each row its own.</source>
        <translation>Ein Grund ist erforderlich: Geben Sie einen für den Stapel ein oder für jede Zeile einen eigenen.</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>Award counts</source>
        <translation>Anzahl der Vergaben</translation>
    </message>
    <message>
        <source>Months in the chart</source>
        <translation>Monate im Diagramm</translation>
    </message>
    <message>
        <source>Summary of the badge class</source>
        <translation>Übersicht der Badge-Klasse</translation>
    </message>
    <message>
        <source>Active {active}
Expired {expired}
Revoked {revoked}</source>
        <translation>Gültig {active}
Abgelaufen {expired}
Widerrufen {revoked}</translation>
    </message>
    <message>
        <source>Awards per month,
{first} to {last}</source>
        <translation>Vergaben pro Monat,
{first} bis {last}</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Lokale Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>No server is set up yet, so BadgeDesk uses its local sandbox. Choose your server in File → Server profiles.</source>
        <translation>Es ist noch kein Server eingerichtet, daher verwendet BadgeDesk seine lokale Sandbox. Wählen Sie Ihren Server unter Datei → Serverprofile.</translation>
    </message>
    <message>
        <source>Checking BadgeDesk&apos;s data…</source>
        <translation>BadgeDesk prüft seine Daten…</translation>
    </message>
</context>
</TS>
