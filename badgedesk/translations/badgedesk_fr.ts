<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ApiErrors</name>
    <message>
        <source>The server gave no answer within {seconds} s. Check the network connection.</source>
        <translation>Le serveur n&apos;a pas répondu en {seconds}&#xa0;s. Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>The server is busy and asked BadgeDesk to slow down. Try again in {seconds} s.</source>
        <translation>Le serveur est surchargé et a demandé à BadgeDesk de ralentir. Réessayez dans {seconds}&#xa0;s.</translation>
    </message>
    <message>
        <source>The server did not accept the request: {detail}</source>
        <translation>Le serveur n&apos;a pas accepté la requête&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>Le serveur a refusé la requête (HTTP {status}).</translation>
    </message>
    <message>
        <source>Cancelled before the server answered: checked with the server before any resend.</source>
        <translation>Annulé avant la réponse du serveur&#xa0;: vérifié auprès du serveur avant tout nouvel envoi.</translation>
    </message>
    <message>
        <source>Cancelled before the server answered: read back before any resend.</source>
        <translation>Annulé avant la réponse du serveur&#xa0;: relu sur le serveur avant tout nouvel envoi.</translation>
    </message>
    <message>
        <source>The server&apos;s answer said nothing about this award.</source>
        <translation>La réponse du serveur ne disait rien de cette attribution.</translation>
    </message>
    <message>
        <source>You are not signed in to the server.</source>
        <translation>Vous n&apos;êtes pas connecté au serveur.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the network connection.</source>
        <translation>Serveur injoignable. Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked. Please sign in again.</source>
        <translation>Votre connexion a expiré ou a été révoquée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The server is busy and asked BadgeDesk to slow down.</source>
        <translation>Le serveur est surchargé et a demandé à BadgeDesk de ralentir.</translation>
    </message>
    <message>
        <source>The server had a problem. Try again in a few minutes.</source>
        <translation>Le serveur a rencontré un problème. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>Not found, or your account is not allowed to see it.</source>
        <translation>Introuvable, ou votre compte n&apos;est pas autorisé à y accéder.</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Le serveur n&apos;a pas accepté la requête.</translation>
    </message>
    <message>
        <source>The server sent a response BadgeDesk could not understand.</source>
        <translation>Le serveur a envoyé une réponse que BadgeDesk n&apos;a pas pu comprendre.</translation>
    </message>
    <message>
        <source>The sign-in was not accepted: the code or refresh token has expired or was already used. Please sign in again.</source>
        <translation>La connexion n&apos;a pas été acceptée&#xa0;: le code ou le jeton d&apos;actualisation a expiré ou a déjà été utilisé. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>This server does not know BadgeDesk&apos;s client id. Check the server profile.</source>
        <translation>Ce serveur ne connaît pas l&apos;identifiant client de BadgeDesk. Vérifiez le profil de serveur.</translation>
    </message>
    <message>
        <source>The server refused the requested permissions (scopes).</source>
        <translation>Le serveur a refusé les autorisations demandées (portées).</translation>
    </message>
    <message>
        <source>Sign-in was cancelled or access was denied.</source>
        <translation>La connexion a été annulée ou l&apos;accès a été refusé.</translation>
    </message>
    <message>
        <source>The server does not support this way of signing in.</source>
        <translation>Le serveur ne prend pas en charge ce mode de connexion.</translation>
    </message>
    <message>
        <source>The sign-in request was malformed.</source>
        <translation>La demande de connexion était mal formée.</translation>
    </message>
    <message>
        <source>Signing in failed ({code}).</source>
        <translation>La connexion a échoué ({code}).</translation>
    </message>
</context>
<context>
    <name>ApiWords</name>
    <message>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Not yet accepted</source>
        <translation>Pas encore accepté</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
</context>
<context>
    <name>AssertionDetail</name>
    <message>
        <source>Badge image</source>
        <translation>Image du badge</translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation>Modèle de badge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>Copier l&apos;&amp;ID</translation>
    </message>
    <message>
        <source>Copy the entity ID</source>
        <translation>Copier l&apos;entityId</translation>
    </message>
    <message>
        <source>Copy reci&amp;pient</source>
        <translation>Copier le &amp;destinataire</translation>
    </message>
    <message>
        <source>Copy the recipient identity</source>
        <translation>Copier l&apos;identité du destinataire</translation>
    </message>
    <message>
        <source>Copy &amp;Open Badge ID</source>
        <translation>Copier l&apos;ID &amp;Open Badge</translation>
    </message>
    <message>
        <source>Copy the Open Badge ID</source>
        <translation>Copier l&apos;identifiant Open Badge</translation>
    </message>
    <message>
        <source>Open p&amp;ublic page</source>
        <translation>Ouvrir la page p&amp;ublique</translation>
    </message>
    <message>
        <source>Open the public page in the browser</source>
        <translation>Ouvrir la page publique dans le navigateur</translation>
    </message>
    <message>
        <source>Award details</source>
        <translation>Détails de l&apos;attribution</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>● Active</source>
        <translation>● Active</translation>
    </message>
    <message>
        <source>◐ Expired</source>
        <translation>◐ Expirée</translation>
    </message>
    <message>
        <source>✕ Revoked</source>
        <translation>✕ Révoquée</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Hashed</source>
        <translation>Hachée</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Salt</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucun motif indiqué)</translation>
    </message>
    <message>
        <source>Revocation reason</source>
        <translation>Motif de révocation</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>entityId</translation>
    </message>
    <message>
        <source>Public link</source>
        <translation>Lien public</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>No narrative.</source>
        <translation>Aucun récit.</translation>
    </message>
    <message>
        <source>Open Badges 3 award properties</source>
        <translation>Propriétés Open Badges 3 de l&apos;attribution</translation>
    </message>
    <message>
        <source>Activity start</source>
        <translation>Début de l&apos;activité</translation>
    </message>
    <message>
        <source>Activity end</source>
        <translation>Fin de l&apos;activité</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>N° de licence</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>No evidence.</source>
        <translation>Aucune preuve.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
</context>
<context>
    <name>AssertionTableModel</name>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Révoquée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation>Modèle de badge</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
</context>
<context>
    <name>AssertionsTab</name>
    <message>
        <source>Assertions</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation>Avis hors ligne</translation>
    </message>
    <message>
        <source>Issuers and badge classes</source>
        <translation>Émetteurs et modèles de badges</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <source>Loading error</source>
        <translation>Erreur de chargement</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Réessayer le chargement</translation>
    </message>
    <message>
        <source>Loading state</source>
        <translation>État du chargement</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Annuler l&apos;export</translation>
    </message>
    <message>
        <source>Look for it in the loaded rows</source>
        <translation>Le chercher dans les lignes chargées</translation>
    </message>
    <message>
        <source>Look for the text in the loaded rows instead</source>
        <translation>Chercher plutôt le texte dans les lignes chargées</translation>
    </message>
    <message>
        <source>Select an award to see its details.</source>
        <translation>Sélectionnez une attribution pour en voir les détails.</translation>
    </message>
    <message>
        <source>&amp;Award…</source>
        <translation>&amp;Attribuer…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Revoke &amp;selected…</source>
        <translation>Révoquer la &amp;sélection…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show or hide the award&apos;s details (Ctrl+D)</source>
        <translation>Afficher ou masquer les détails de l&apos;attribution (Ctrl+D)</translation>
    </message>
    <message>
        <source>Show &amp;revoked</source>
        <translation>Afficher les révo&amp;quées</translation>
    </message>
    <message>
        <source>Show revoked awards</source>
        <translation>Afficher les attributions révoquées</translation>
    </message>
    <message>
        <source>Show e&amp;xpired</source>
        <translation>Afficher les &amp;expirées</translation>
    </message>
    <message>
        <source>Show expired awards</source>
        <translation>Afficher les attributions expirées</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <source>Show the award&apos;s details</source>
        <translation>Afficher les détails de l&apos;attribution</translation>
    </message>
    <message>
        <source>Filter loaded rows (Ctrl+F)</source>
        <translation>Filtrer les lignes chargées (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Filtrer le tableau</translation>
    </message>
    <message>
        <source>Find whole identities on the server…</source>
        <translation>Rechercher des identités complètes sur le serveur…</translation>
    </message>
    <message>
        <source>One or more whole identities (email, URL, phone), separated by commas or spaces. The server finds only identities written in full: “dana@example.org” finds Dana, “dana” finds nobody. To look for part of a name or address, use the filter of the loaded rows (Ctrl+F).</source>
        <translation>Une ou plusieurs identités complètes (courriel, URL, téléphone), séparées par des virgules ou des espaces. Le serveur ne trouve que les identités écrites en entier&#xa0;: «&#xa0;dana@example.org&#xa0;» trouve Dana, «&#xa0;dana&#xa0;» ne trouve personne. Pour chercher une partie d&apos;un nom ou d&apos;une adresse, utilisez le filtre des lignes chargées (Ctrl+F).</translation>
    </message>
    <message>
        <source>Recipients to find on the server</source>
        <translation>Destinataires à rechercher sur le serveur</translation>
    </message>
    <message>
        <source>⚠ Offline — showing the issuers and badge classes saved at your last sign-in.</source>
        <translation>⚠ Hors ligne — affichage des émetteurs et modèles de badges enregistrés à votre dernière connexion.</translation>
    </message>
    <message>
        <source>Sign in to load the awards of this badge class.</source>
        <translation>Connectez-vous pour charger les attributions de ce modèle de badge.</translation>
    </message>
    <message>
        <source>Counts unavailable: {error}</source>
        <translation>Décomptes indisponibles&#xa0;: {error}</translation>
    </message>
    <message>
        <source>A draft has no awards: it becomes a badge class when it is sent.</source>
        <translation>Un brouillon n&apos;a pas d&apos;attributions&#xa0;: il devient un modèle de badge lorsqu&apos;il est envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) as saved at your last visit: the server cannot be asked now.</source>
        <translation>
            <numerusform>%Ln attribution telle qu’enregistrée lors de votre dernière visite&#xa0;: le serveur ne peut pas être interrogé pour l’instant.</numerusform>
            <numerusform>%Ln attributions telles qu’enregistrées lors de votre dernière visite&#xa0;: le serveur ne peut pas être interrogé pour l’instant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) as saved at your last visit, being brought up to date…</source>
        <translation>
            <numerusform>%Ln attribution telle qu’enregistrée lors de votre dernière visite, mise à jour en cours…</numerusform>
            <numerusform>%Ln attributions telles qu’enregistrées lors de votre dernière visite, mise à jour en cours…</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load more awards: {message} The rows above are kept.</source>
        <translation>Impossible de charger d&apos;autres attributions&#xa0;: {message} Les lignes ci-dessus sont conservées.</translation>
    </message>
    <message>
        <source>Could not load this award: {error}</source>
        <translation>Impossible de charger cette attribution&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The award was not made: {error}</source>
        <translation>L&apos;attribution n&apos;a pas été faite&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Awarded to {recipient}.</source>
        <translation>Attribué à {recipient}.</translation>
    </message>
    <message>
        <source>Could not open the award: {error}</source>
        <translation>Impossible d&apos;ouvrir l&apos;attribution&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The changes were not saved: {error}</source>
        <translation>Les modifications n&apos;ont pas été enregistrées&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The award was not revoked: {error}</source>
        <translation>L&apos;attribution n&apos;a pas été révoquée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Revoked the award of {recipient}.</source>
        <translation>Attribution de {recipient} révoquée.</translation>
    </message>
    <message>
        <source>Export stopped: {error}</source>
        <translation>Export interrompu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Choose an issuer or badge class on the left.</source>
        <translation>Choisissez un émetteur ou un modèle de badge à gauche.</translation>
    </message>
    <message>
        <source>Loading awards…</source>
        <translation>Chargement des attributions…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) loaded, loading more…</source>
        <translation>
            <numerusform>%Ln attribution chargée, chargement de la suite…</numerusform>
            <numerusform>%Ln attributions chargées, chargement de la suite…</numerusform>
        </translation>
    </message>
    <message>
        <source>No award is for exactly these identities: the server matches whole identities only.</source>
        <translation>Aucune attribution ne correspond exactement à ces identités&#xa0;: le serveur ne reconnaît que des identités complètes.</translation>
    </message>
    <message>
        <source>No awards to show here.</source>
        <translation>Aucune attribution à afficher ici.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) loaded, no more to load.</source>
        <translation>
            <numerusform>%Ln attribution chargée, il n&apos;y en a pas d&apos;autre.</numerusform>
            <numerusform>%Ln attributions chargées, il n&apos;y en a pas d&apos;autre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) loaded; scroll down for more.</source>
        <translation>
            <numerusform>%Ln attribution chargée&#x202f;; faites défiler pour en voir plus.</numerusform>
            <numerusform>%Ln attributions chargées&#x202f;; faites défiler pour en voir plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown by the filter.</source>
        <translation>
            <numerusform>%Ln affichée par le filtre.</numerusform>
            <numerusform>%Ln affichées par le filtre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) selected.</source>
        <translation>
            <numerusform>%Ln attribution sélectionnée.</numerusform>
            <numerusform>%Ln attributions sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to see the details of this award.</source>
        <translation>Connectez-vous pour voir les détails de cette attribution.</translation>
    </message>
    <message>
        <source>Choose a badge class on the left first.</source>
        <translation>Choisissez d&apos;abord un modèle de badge à gauche.</translation>
    </message>
    <message>
        <source>A revoked award cannot be edited.</source>
        <translation>Une attribution révoquée ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Select one award to edit.</source>
        <translation>Sélectionnez une seule attribution à modifier.</translation>
    </message>
    <message>
        <source>This award is already revoked.</source>
        <translation>Cette attribution est déjà révoquée.</translation>
    </message>
    <message>
        <source>Select one award to revoke; for several, use Revoke selected.</source>
        <translation>Sélectionnez une seule attribution à révoquer&#x202f;; pour plusieurs, utilisez Révoquer la sélection.</translation>
    </message>
    <message>
        <source>A draft is awarded through a draft batch (Drafts tab), or here once it is sent to the server.</source>
        <translation>Un brouillon s&apos;attribue au moyen d&apos;un lot en brouillon (onglet Brouillons), ou ici une fois envoyé au serveur.</translation>
    </message>
    <message>
        <source>Start a revocation batch with the selected awards (reviewed before sending)</source>
        <translation>Créer un lot de révocations avec les attributions sélectionnées (vérifié avant l&apos;envoi)</translation>
    </message>
    <message>
        <source>Select the awards to revoke (Ctrl+A for all shown).</source>
        <translation>Sélectionnez les attributions à révoquer (Ctrl+A pour toutes celles affichées).</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
    <message>
        <source>Export awards as CSV</source>
        <translation>Exporter les attributions en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Loading every page before exporting: %Ln award(s)…</source>
        <translation>
            <numerusform>Chargement de toutes les pages avant l&apos;export&#xa0;: %Ln attribution…</numerusform>
            <numerusform>Chargement de toutes les pages avant l&apos;export&#xa0;: %Ln attributions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln award(s) to {path}.</source>
        <translation>
            <numerusform>%Ln attribution exportée vers {path}.</numerusform>
            <numerusform>%Ln attributions exportées vers {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Show the operation</source>
        <translation>Afficher l&apos;opération</translation>
    </message>
    <message>
        <source>Show the outcome</source>
        <translation>Afficher le résultat</translation>
    </message>
    <message>
        <source>Show entries containing</source>
        <translation>Afficher les entrées contenant</translation>
    </message>
    <message>
        <source>Recipient, badge, error…</source>
        <translation>Destinataire, badge, erreur…</translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation>O&amp;pération&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Containing:</source>
        <translation>&amp;Contenant&#xa0;:</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Nothing has been written to a server from this computer yet.</source>
        <translation>Rien n&apos;a encore été écrit sur un serveur depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Exporter le journal d&apos;audit en CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>Fermer le journal d&apos;audit</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Toutes les opérations</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>BadgeDesk audit log</source>
        <translation>Journal d&apos;audit BadgeDesk</translation>
    </message>
    <message>
        <source>Could not write the file: {reason}</source>
        <translation>Impossible d&apos;écrire le fichier&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to {path}</source>
        <translation>
            <numerusform>%n entrée écrite dans {path}</numerusform>
            <numerusform>%n entrées écrites dans {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Edit award</source>
        <translation>Modifier l&apos;attribution</translation>
    </message>
    <message>
        <source>Award a badge</source>
        <translation>Attribuer un badge</translation>
    </message>
    <message>
        <source>Edit an award of {badge_class}</source>
        <translation>Modifier une attribution de {badge_class}</translation>
    </message>
    <message>
        <source>Award {badge_class}</source>
        <translation>Attribuer {badge_class}</translation>
    </message>
    <message>
        <source>Award fields</source>
        <translation>Champs de l&apos;attribution</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Recipient identity</source>
        <translation>Identité du destinataire</translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>Type de destinataire</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Open Badges ID</source>
        <translation>Identifiant Open Badges</translation>
    </message>
    <message>
        <source>&amp;Hash the identity in the public badge</source>
        <translation>&amp;Hacher l&apos;identité dans le badge public</translation>
    </message>
    <message>
        <source>Hash the identity</source>
        <translation>Hacher l&apos;identité</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinataire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation>Émis &amp;le</translation>
    </message>
    <message>
        <source>Leave unticked to use the moment of the award.</source>
        <translation>Laissez décoché pour utiliser le moment de l&apos;attribution.</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>E&amp;xpire le</translation>
    </message>
    <message>
        <source>Allow a &amp;duplicate if this person already holds the badge</source>
        <translation>Autoriser un d&amp;oublon si cette personne a déjà ce badge</translation>
    </message>
    <message>
        <source>Allow duplicate awards</source>
        <translation>Autoriser les attributions en double</translation>
    </message>
    <message>
        <source>&amp;Notify the recipient by email</source>
        <translation>&amp;Prévenir le destinataire par courriel</translation>
    </message>
    <message>
        <source>Notify the recipient by email</source>
        <translation>Prévenir le destinataire par courriel</translation>
    </message>
    <message>
        <source>Recipient and dates</source>
        <translation>Destinataire et dates</translation>
    </message>
    <message>
        <source>Narrative (Markdown)</source>
        <translation>Récit (Markdown)</translation>
    </message>
    <message>
        <source>What the recipient did, in Markdown.</source>
        <translation>Ce que le destinataire a fait, en Markdown.</translation>
    </message>
    <message>
        <source>Narrative preview</source>
        <translation>Aperçu du récit</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Evidence {number}: {message}</source>
        <translation>Preuve {number}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>This award was revoked ({reason}). A revoked award cannot be edited.</source>
        <translation>Cette attribution a été révoquée ({reason}). Une attribution révoquée ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>This is not valid JSON: {error}</source>
        <translation>Ce JSON n&apos;est pas valide&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Add e&amp;vidence</source>
        <translation>Ajouter une pre&amp;uve</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Ajouter une preuve</translation>
    </message>
    <message>
        <source>Re&amp;move evidence</source>
        <translation>Re&amp;tirer la preuve</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>Retirer la preuve sélectionnée</translation>
    </message>
    <message>
        <source>Activity s&amp;tart</source>
        <translation>Dé&amp;but de l&apos;activité</translation>
    </message>
    <message>
        <source>Activity &amp;end</source>
        <translation>&amp;Fin de l&apos;activité</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>N° de licence</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation>N° de l&amp;icence&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Open Badges 3</source>
        <translation>Open Badges 3</translation>
    </message>
    <message>
        <source>Extensions (JSON)</source>
        <translation>Extensions (JSON)</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Award</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <source>The recipient of an award cannot be changed.</source>
        <translation>Le destinataire d&apos;une attribution ne peut pas être changé.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>A revoked award cannot be edited.</source>
        <translation>Une attribution révoquée ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Extensions must be a JSON object ({…}).</source>
        <translation>Les extensions doivent être un objet JSON ({…}).</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>BackpackCollections</name>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>All badges</source>
        <translation>Tous les badges</translation>
    </message>
    <message>
        <source>Every badge in your backpack, no collection open</source>
        <translation>Tous les badges de votre sac à badges, aucune collection ouverte</translation>
    </message>
    <message>
        <source> · shared</source>
        <translation> · partagée</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n badge(s))</source>
        <translation>
            <numerusform>{name} (%n badge)</numerusform>
            <numerusform>{name} (%n badges)</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit collection</source>
        <translation>Modifier la collection</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Collection name</source>
        <translation>Nom de la collection</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problème dans le nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Problem with the description</source>
        <translation>Problème dans la description</translation>
    </message>
    <message>
        <source>&amp;Shared: anyone with the link can see it</source>
        <translation>&amp;Partagée&#xa0;: toute personne disposant du lien peut la voir</translation>
    </message>
    <message>
        <source>Shared with a link</source>
        <translation>Partagée par lien</translation>
    </message>
    <message>
        <source>Problem saving</source>
        <translation>Problème d&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected badge(s) will be put in it.</source>
        <translation>
            <numerusform>Le badge sélectionné (%n) y sera placé.</numerusform>
            <numerusform>Les %n badges sélectionnés y seront placés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the collection</source>
        <translation>Enregistrer la collection</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Share link</source>
        <translation>Lien de partage</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>&amp;Copier le lien</translation>
    </message>
    <message>
        <source>Copy the share link</source>
        <translation>Copier le lien de partage</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Ouvrir dans le navi&amp;gateur</translation>
    </message>
    <message>
        <source>Open the share link in the browser</source>
        <translation>Ouvrir le lien de partage dans le navigateur</translation>
    </message>
    <message>
        <source>Open a collection to tick the badges it holds, or drag badges onto one.</source>
        <translation>Ouvrez une collection pour cocher les badges qu&apos;elle contient, ou faites glisser des badges sur une collection.</translation>
    </message>
    <message>
        <source>Tick the badges it holds, or drag badges onto it.</source>
        <translation>Cochez les badges qu&apos;elle contient, ou faites-y glisser des badges.</translation>
    </message>
    <message>
        <source>Shared: anyone with this link can see it.</source>
        <translation>Partagée&#xa0;: toute personne disposant de ce lien peut la voir.</translation>
    </message>
    <message>
        <source>Not shared. Edit the collection (F2) and tick Shared to get a link.</source>
        <translation>Non partagée. Modifiez la collection (F2) et cochez Partagée pour obtenir un lien.</translation>
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
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Acceptation</translation>
    </message>
</context>
<context>
    <name>BackpackTab</name>
    <message>
        <source>Backpack</source>
        <translation>Sac à badges</translation>
    </message>
    <message>
        <source>Filter by badge, issuer or recipient</source>
        <translation>Filtrer par badge, émetteur ou destinataire</translation>
    </message>
    <message>
        <source>Filter badges</source>
        <translation>Filtrer les badges</translation>
    </message>
    <message>
        <source>Show badges by acceptance</source>
        <translation>Afficher les badges selon leur acceptation</translation>
    </message>
    <message>
        <source>All badges</source>
        <translation>Tous les badges</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Not yet accepted</source>
        <translation>Pas encore accepté</translation>
    </message>
    <message>
        <source>Removed in this session</source>
        <translation>Retirés pendant cette session</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;xpired and revoked too</source>
        <translation>E&amp;xpirés et révoqués aussi</translation>
    </message>
    <message>
        <source>Include expired and revoked badges</source>
        <translation>Inclure les badges expirés et révoqués</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import a badge</source>
        <translation>Importer un badge</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>Reload the backpack</source>
        <translation>Recharger le sac à badges</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Co&amp;llections</source>
        <translation>Co&amp;llections</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <source>Edit the collection</source>
        <translation>Modifier la collection</translation>
    </message>
    <message>
        <source>Delete the collection</source>
        <translation>Supprimer la collection</translation>
    </message>
    <message>
        <source>Problem with the collection</source>
        <translation>Problème avec la collection</translation>
    </message>
    <message>
        <source>Badges in your backpack</source>
        <translation>Badges de votre sac à badges</translation>
    </message>
    <message>
        <source>Backpack message</source>
        <translation>Message du sac à badges</translation>
    </message>
    <message>
        <source>Choose a badge to see it in full.</source>
        <translation>Choisissez un badge pour le voir en entier.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Accept the selected badges</source>
        <translation>Accepter les badges sélectionnés</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove or decline the selected badges (Del, Ctrl+Backspace): one issued to you on this server leaves your backpack and can be brought back; an imported one is deleted</source>
        <translation>Retirer ou refuser les badges sélectionnés (Del, Ctrl+Backspace)&#xa0;: un badge qui vous a été attribué sur ce serveur quitte votre sac à badges et peut être rétabli&#x202f;; un badge importé est supprimé</translation>
    </message>
    <message>
        <source>&amp;Undo removal</source>
        <translation>Ann&amp;uler le retrait</translation>
    </message>
    <message>
        <source>Bring back the badges you just removed (they come back accepted)</source>
        <translation>Rétablir les badges que vous venez de retirer (ils reviennent acceptés)</translation>
    </message>
    <message>
        <source>Remove the selected badges from your backpack</source>
        <translation>Retirer les badges sélectionnés de votre sac à badges</translation>
    </message>
    <message>
        <source>Bring back the badges just removed</source>
        <translation>Rétablir les badges qui viennent d&apos;être retirés</translation>
    </message>
    <message>
        <source>Problem with the badge</source>
        <translation>Problème avec le badge</translation>
    </message>
    <message>
        <source>You removed this badge from your backpack in this session. The award itself stays valid; Undo (Ctrl+Z) or Accept brings it back, accepted.</source>
        <translation>Vous avez retiré ce badge de votre sac à badges pendant cette session. L&apos;attribution elle-même reste valide&#x202f;; Annuler (Ctrl+Z) ou Accepter le rétablit, accepté.</translation>
    </message>
    <message>
        <source>Removed badge</source>
        <translation>Badge retiré</translation>
    </message>
    <message>
        <source>Loading your backpack…</source>
        <translation>Chargement de votre sac à badges…</translation>
    </message>
    <message>
        <source>Could not load your backpack: {error}</source>
        <translation>Impossible de charger votre sac à badges&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Could not accept “{name}”:
{error}</source>
        <translation>Impossible d&apos;accepter «&#xa0;{name}&#xa0;»&#xa0;:
{error}</translation>
    </message>
    <message>
        <source>Could not remove “{name}”:
{error}</source>
        <translation>Impossible de retirer «&#xa0;{name}&#xa0;»&#xa0;:
{error}</translation>
    </message>
    <message>
        <source>Could not bring back “{name}”:
{error}</source>
        <translation>Impossible de rétablir «&#xa0;{name}&#xa0;»&#xa0;:
{error}</translation>
    </message>
    <message>
        <source>Imported “{name}” into your backpack.</source>
        <translation>«&#xa0;{name}&#xa0;» importé dans votre sac à badges.</translation>
    </message>
    <message>
        <source>Already in “{name}”.</source>
        <translation>Déjà dans «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>Could not change the badges of “{name}”:
{error}</source>
        <translation>Impossible de modifier les badges de «&#xa0;{name}&#xa0;»&#xa0;:
{error}</translation>
    </message>
    <message>
        <source>Saved the collection “{name}”.</source>
        <translation>Collection «&#xa0;{name}&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Delete the collection “{name}”?</source>
        <translation>Supprimer la collection «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Its badges stay in your backpack. Its share link stops working for everyone you gave it to.</source>
        <translation>Ses badges restent dans votre sac à badges. Son lien de partage cessera de fonctionner pour tous ceux à qui vous l&apos;avez donné.</translation>
    </message>
    <message>
        <source>Its badges stay in your backpack.</source>
        <translation>Ses badges restent dans votre sac à badges.</translation>
    </message>
    <message>
        <source>Could not delete “{name}”:
{error}</source>
        <translation>Impossible de supprimer «&#xa0;{name}&#xa0;»&#xa0;:
{error}</translation>
    </message>
    <message>
        <source>Deleted the collection “{name}”.</source>
        <translation>Collection «&#xa0;{name}&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Your backpack is empty. Badges awarded to your verified email addresses appear here; import one from elsewhere with Import… (Ctrl+I), or drop a badge image here.</source>
        <translation>Votre sac à badges est vide. Les badges attribués à vos adresses de courriel vérifiées apparaissent ici&#x202f;; importez-en un d&apos;ailleurs avec Importer… (Ctrl+I), ou déposez ici une image de badge.</translation>
    </message>
    <message>
        <source>No badge matches the filter.</source>
        <translation>Aucun badge ne correspond au filtre.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n badge(s)</source>
        <translation>
            <numerusform>{shown} sur %n badge</numerusform>
            <numerusform>{shown} sur %n badges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n badge</numerusform>
            <numerusform>%n badges</numerusform>
        </translation>
    </message>
    <message>
        <source>You have removed no badge in this session. The server does not list removed badges, so only those removed here can be shown.</source>
        <translation>Vous n&apos;avez retiré aucun badge pendant cette session. Le serveur ne liste pas les badges retirés&#xa0;: seuls ceux retirés ici peuvent être affichés.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) removed in this session. Undo (Ctrl+Z) or Accept brings it(them) back; removing never revokes an award.</source>
        <translation>
            <numerusform>%n badge retiré pendant cette session. Annuler (Ctrl+Z) ou Accepter le rétablit&#x202f;; retirer un badge ne révoque jamais une attribution.</numerusform>
            <numerusform>%n badges retirés pendant cette session. Annuler (Ctrl+Z) ou Accepter les rétablit&#x202f;; retirer un badge ne révoque jamais une attribution.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed “{name}” from your backpack.</source>
        <translation>«&#xa0;{name}&#xa0;» retiré de votre sac à badges.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n badge(s) from your backpack.</source>
        <translation>
            <numerusform>%n badge retiré de votre sac à badges.</numerusform>
            <numerusform>%n badges retirés de votre sac à badges.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation>Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings them back.</source>
        <translation>Annuler (Ctrl+Z) les rétablit.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings back those issued on this server.</source>
        <translation>Annuler (Ctrl+Z) rétablit ceux attribués sur ce serveur.</translation>
    </message>
    <message>
        <source>Delete “{name}” from your backpack?</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;» de votre sac à badges&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n badge(s) from your backpack?</source>
        <translation>
            <numerusform>Retirer %n badge de votre sac à badges&#x202f;?</numerusform>
            <numerusform>Retirer %n badges de votre sac à badges&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n badge(s) from your backpack?</source>
        <translation>
            <numerusform>Supprimer %n badge de votre sac à badges&#x202f;?</numerusform>
            <numerusform>Supprimer %n badges de votre sac à badges&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from elsewhere ({sources}): deleted from your backpack on this server. This cannot be undone here; to have it back, import it again from its address.</source>
        <translation>Importé d&apos;ailleurs ({sources})&#xa0;: supprimé de votre sac à badges sur ce serveur. Cette action est irréversible ici&#x202f;; pour le récupérer, importez-le de nouveau depuis son adresse.</translation>
    </message>
    <message>
        <source>Issued to you on this server ({names}): leaves your backpack. The award itself stays valid, and Undo (Ctrl+Z) brings it back.</source>
        <translation>Attribué à vous sur ce serveur ({names})&#xa0;: quitte votre sac à badges. L&apos;attribution elle-même reste valide, et Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
    <message>
        <source>Remove badges</source>
        <translation>Retirer des badges</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Brought back “{name}”, accepted.</source>
        <translation>«&#xa0;{name}&#xa0;» rétabli, accepté.</translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n badge(s), accepted.</source>
        <translation>
            <numerusform>%n badge rétabli, accepté.</numerusform>
            <numerusform>%n badges rétablis, acceptés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n badge(s) to “{name}”…</source>
        <translation>
            <numerusform>Ajout de %n badge à «&#xa0;{name}&#xa0;»…</numerusform>
            <numerusform>Ajout de %n badges à «&#xa0;{name}&#xa0;»…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation>Supprimer la collection</translation>
    </message>
</context>
<context>
    <name>BadgeClassDetails</name>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Alignements</translation>
    </message>
    <message>
        <source>The server gives no description.</source>
        <translation>Le serveur ne fournit aucune description.</translation>
    </message>
    <message>
        <source>About this badge class</source>
        <translation>À propos de ce modèle de badge</translation>
    </message>
    <message>
        <source>Show or hide what this badge class is (Ctrl+Shift+B)</source>
        <translation>Afficher ou masquer la présentation de ce modèle de badge (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Badge class image</source>
        <translation>Image du modèle de badge</translation>
    </message>
    <message>
        <source>Badge class description</source>
        <translation>Description du modèle de badge</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
</context>
<context>
    <name>BadgeClassEditor</name>
    <message>
        <source>Edit draft badge class</source>
        <translation>Modifier le brouillon de modèle de badge</translation>
    </message>
    <message>
        <source>Edit badge class</source>
        <translation>Modifier le modèle de badge</translation>
    </message>
    <message>
        <source>New badge class</source>
        <translation>Nouveau modèle de badge</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>New badge class of {issuer}</source>
        <translation>Nouveau modèle de badge de {issuer}</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Badge class fields</source>
        <translation>Champs du modèle de badge</translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation>&amp;Badge</translation>
    </message>
    <message>
        <source>C&amp;riteria</source>
        <translation>C&amp;ritères</translation>
    </message>
    <message>
        <source>A&amp;lignments</source>
        <translation>A&amp;lignements</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Keep it on this computer, to send later (Ctrl+Return)</source>
        <translation>Le conserver sur cet ordinateur, pour l&apos;envoyer plus tard (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Send to the server (Ctrl+Return)</source>
        <translation>Envoyer au serveur (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Enregistrer en br&amp;ouillon</translation>
    </message>
    <message>
        <source>Save as a draft, sent later</source>
        <translation>Enregistrer comme brouillon, envoyé plus tard</translation>
    </message>
    <message>
        <source>The server cannot be reached: keep the badge class to send it later.</source>
        <translation>Le serveur est injoignable&#xa0;: gardez le modèle de badge pour l&apos;envoyer plus tard.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What the badge stands for.</source>
        <translation>Ce que le badge atteste.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>leadership, first aid</source>
        <translation>leadership, secourisme</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Awards expire</source>
        <translation>Expiration des attributions</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>days after the award</source>
        <translation>jours après l&apos;attribution</translation>
    </message>
    <message>
        <source>weeks after the award</source>
        <translation>semaines après l&apos;attribution</translation>
    </message>
    <message>
        <source>months after the award</source>
        <translation>mois après l&apos;attribution</translation>
    </message>
    <message>
        <source>years after the award</source>
        <translation>ans après l&apos;attribution</translation>
    </message>
    <message>
        <source>Expiry amount</source>
        <translation>Durée de validité</translation>
    </message>
    <message>
        <source>Awards e&amp;xpire:</source>
        <translation>E&amp;xpiration&#xa0;:</translation>
    </message>
    <message>
        <source>Problem with the expiry</source>
        <translation>Problème dans l&apos;expiration</translation>
    </message>
    <message>
        <source>What an earner must do, in &amp;Markdown:</source>
        <translation>Ce que le titulaire doit faire, en &amp;Markdown&#xa0;:</translation>
    </message>
    <message>
        <source>Criteria (Markdown)</source>
        <translation>Critères (Markdown)</translation>
    </message>
    <message>
        <source>Criteria preview</source>
        <translation>Aperçu des critères</translation>
    </message>
    <message>
        <source>Criteria web address</source>
        <translation>Adresse web des critères</translation>
    </message>
    <message>
        <source>…and/or a web page of the criteria (&amp;URL):</source>
        <translation>…et/ou une page web des critères (&amp;URL)&#xa0;:</translation>
    </message>
    <message>
        <source>Problem with the criteria</source>
        <translation>Problème dans les critères</translation>
    </message>
    <message>
        <source>Problem with the criteria address</source>
        <translation>Problème dans l&apos;adresse des critères</translation>
    </message>
    <message>
        <source>Standards or frameworks the badge aligns to. Each needs a name and a web address. Insert adds a row, Delete removes the selected rows.</source>
        <translation>Normes ou référentiels auxquels le badge est aligné. Chacun demande un nom et une adresse web. Insert ajoute une ligne, Delete supprime les lignes sélectionnées.</translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation>Alignements</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>Nom de la cible</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Alignment {number}: {message}</source>
        <translation>Alignement {number}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>&amp;Add alignment</source>
        <translation>&amp;Ajouter un alignement</translation>
    </message>
    <message>
        <source>Add an alignment</source>
        <translation>Ajouter un alignement</translation>
    </message>
    <message>
        <source>Re&amp;move alignment</source>
        <translation>Retirer l&apos;ali&amp;gnement</translation>
    </message>
    <message>
        <source>Remove the selected alignments</source>
        <translation>Retirer les alignements sélectionnés</translation>
    </message>
    <message>
        <source>Problem with the alignments</source>
        <translation>Problème dans les alignements</translation>
    </message>
    <message>
        <source>Choose the badge&apos;s image: a PNG or SVG file.</source>
        <translation>Choisissez l&apos;image du badge&#xa0;: un fichier PNG ou SVG.</translation>
    </message>
    <message>
        <source>Write the criteria here, or give the web address of a page that states them.</source>
        <translation>Écrivez les critères ici, ou indiquez l&apos;adresse web d&apos;une page qui les énonce.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>BadgeDesign</name>
    <message>
        <source>{name} (draft, refused)</source>
        <translation>{name} (brouillon, refusé)</translation>
    </message>
    <message>
        <source>{name} (draft, being sent)</source>
        <translation>{name} (brouillon, en cours d&apos;envoi)</translation>
    </message>
    <message>
        <source>{name} (draft)</source>
        <translation>{name} (brouillon)</translation>
    </message>
    <message>
        <source>The server refused this draft: {reason}
Change it (Ctrl+B) and send it again, or delete it.</source>
        <translation>Le serveur a refusé ce brouillon&#xa0;: {reason}
Modifiez-le (Ctrl+B) et renvoyez-le, ou supprimez-le.</translation>
    </message>
    <message>
        <source>This draft was sent but no answer came back. Send drafts looks for it on the server before sending it again.</source>
        <translation>Ce brouillon a été envoyé, mais aucune réponse n&apos;est revenue. Envoyer les brouillons le recherche sur le serveur avant de le renvoyer.</translation>
    </message>
    <message>
        <source>A draft, not on the server yet. It is made when you choose Badge classes → Send drafts, or when a batch that awards it is submitted.</source>
        <translation>Un brouillon, pas encore sur le serveur. Il est créé lorsque vous choisissez Modèles de badges → Envoyer les brouillons, ou lorsqu&apos;un lot qui l&apos;attribue est envoyé.</translation>
    </message>
    <message>
        <source>&amp;New badge class…</source>
        <translation>&amp;Nouveau modèle de badge…</translation>
    </message>
    <message>
        <source>&amp;Edit badge class…</source>
        <translation>&amp;Modifier le modèle de badge…</translation>
    </message>
    <message>
        <source>&amp;Delete badge class…</source>
        <translation>&amp;Supprimer le modèle de badge…</translation>
    </message>
    <message>
        <source>&amp;Issuer details…</source>
        <translation>Détails de l&apos;&amp;émetteur…</translation>
    </message>
    <message>
        <source>New iss&amp;uer…</source>
        <translation>N&amp;ouvel émetteur…</translation>
    </message>
    <message>
        <source>Send d&amp;rafts to the server</source>
        <translation>Envoyer les &amp;brouillons au serveur</translation>
    </message>
    <message>
        <source>Badge classes</source>
        <translation>Modèles de badges</translation>
    </message>
    <message>
        <source>Badge class and issuer actions</source>
        <translation>Actions sur le modèle de badge et l&apos;émetteur</translation>
    </message>
    <message>
        <source>A new badge class of the issuer</source>
        <translation>Un nouveau modèle de badge de l&apos;émetteur</translation>
    </message>
    <message>
        <source>Change this badge class</source>
        <translation>Modifier ce modèle de badge</translation>
    </message>
    <message>
        <source>Delete this badge class (asks first)</source>
        <translation>Supprimer ce modèle de badge (avec confirmation)</translation>
    </message>
    <message>
        <source>A new issuer, of which you will be the owner</source>
        <translation>Un nouvel émetteur, dont vous serez propriétaire</translation>
    </message>
    <message>
        <source>See the issuer and its staff; owners and editors change it</source>
        <translation>Voir l&apos;émetteur et son équipe&#x202f;; les propriétaires et éditeurs peuvent le modifier</translation>
    </message>
    <message>
        <source>This draft may have reached the server: Send drafts finds out first.</source>
        <translation>Ce brouillon a peut-être atteint le serveur&#xa0;: Envoyer les brouillons le vérifie d&apos;abord.</translation>
    </message>
    <message>
        <source>Change this draft</source>
        <translation>Modifier ce brouillon</translation>
    </message>
    <message>
        <source>Delete this draft (asks first)</source>
        <translation>Supprimer ce brouillon (avec confirmation)</translation>
    </message>
    <message>
        <source>No draft badge class is waiting to be sent.</source>
        <translation>Aucun brouillon de modèle de badge n&apos;attend d&apos;être envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Make the %n waiting draft badge class(es) on the server</source>
        <translation>
            <numerusform>Créer sur le serveur le brouillon de modèle de badge en attente (%n)</numerusform>
            <numerusform>Créer sur le serveur les %n brouillons de modèles de badges en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>This needs the server, which cannot be reached now.</source>
        <translation>Cette action nécessite le serveur, qui est injoignable pour le moment.</translation>
    </message>
    <message>
        <source>Offline, BadgeDesk does not know yet which issuers you may design for: it learns it the next time it reaches the server.</source>
        <translation>Hors ligne, BadgeDesk ne sait pas encore pour quels émetteurs vous pouvez concevoir des modèles de badges&#xa0;: il l&apos;apprendra la prochaine fois qu&apos;il joindra le serveur.</translation>
    </message>
    <message>
        <source>Choose an issuer or badge class on the left first.</source>
        <translation>Choisissez d&apos;abord un émetteur ou un modèle de badge à gauche.</translation>
    </message>
    <message>
        <source>Choose a badge class on the left first.</source>
        <translation>Choisissez d&apos;abord un modèle de badge à gauche.</translation>
    </message>
    <message>
        <source>You are staff of this issuer: you may award its badges, but only its owners and editors may create, change or delete them.</source>
        <translation>Vous êtes membre de l&apos;équipe de cet émetteur&#xa0;: vous pouvez attribuer ses badges, mais seuls ses propriétaires et éditeurs peuvent les créer, les modifier ou les supprimer.</translation>
    </message>
    <message>
        <source>You are not on this issuer&apos;s staff, so you cannot change its badge classes.</source>
        <translation>Vous ne faites pas partie de l&apos;équipe de cet émetteur&#xa0;: vous ne pouvez pas modifier ses modèles de badges.</translation>
    </message>
    <message>
        <source>The badge class was not saved: {error}</source>
        <translation>Le modèle de badge n&apos;a pas été enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Badge class “{name}” saved.</source>
        <translation>Modèle de badge «&#xa0;{name}&#xa0;» enregistré.</translation>
    </message>
    <message>
        <source>Badge class “{name}” created.</source>
        <translation>Modèle de badge «&#xa0;{name}&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Badge class “{name}” saved as a draft: it is made on the server when you send drafts (Badge classes menu).</source>
        <translation>Modèle de badge «&#xa0;{name}&#xa0;» enregistré comme brouillon&#xa0;: il sera créé sur le serveur lorsque vous enverrez les brouillons (menu Modèles de badges).</translation>
    </message>
    <message>
        <source>The draft “{name}” was sent or deleted meanwhile: not changed.</source>
        <translation>Le brouillon «&#xa0;{name}&#xa0;» a été envoyé ou supprimé entre-temps&#xa0;: non modifié.</translation>
    </message>
    <message>
        <source>Draft “{name}” saved.</source>
        <translation>Brouillon «&#xa0;{name}&#xa0;» enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n draft badge class(es)…</source>
        <translation>
            <numerusform>Envoi de %n brouillon de modèle de badge…</numerusform>
            <numerusform>Envoi de %n brouillons de modèles de badges…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending drafts stopped after %n badge class(es) made: {error}</source>
        <translation>
            <numerusform>Envoi des brouillons interrompu après la création de %n modèle de badge&#xa0;: {error}</numerusform>
            <numerusform>Envoi des brouillons interrompu après la création de %n modèles de badges&#xa0;: {error}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft badge class(es) made; {refused} refused by the server (see its reason on the draft).</source>
        <translation>
            <numerusform>%n brouillon de modèle de badge créé&#x202f;; {refused} refusé(s) par le serveur (voir le motif sur le brouillon).</numerusform>
            <numerusform>%n brouillons de modèles de badges créés&#x202f;; {refused} refusé(s) par le serveur (voir le motif sur le brouillon).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft badge class(es) made on the server.</source>
        <translation>
            <numerusform>%n brouillon de modèle de badge créé sur le serveur.</numerusform>
            <numerusform>%n brouillons de modèles de badges créés sur le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete the draft badge class “{name}”?</source>
        <translation>Supprimer le brouillon de modèle de badge «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>It was never made on the server. A draft batch that awards it cannot be sent.</source>
        <translation>Il n&apos;a jamais été créé sur le serveur. Un lot en brouillon qui l&apos;attribue ne pourra pas être envoyé.</translation>
    </message>
    <message>
        <source>The draft “{name}” is being sent: not deleted.</source>
        <translation>Le brouillon «&#xa0;{name}&#xa0;» est en cours d&apos;envoi&#xa0;: non supprimé.</translation>
    </message>
    <message>
        <source>Draft “{name}” deleted.</source>
        <translation>Brouillon «&#xa0;{name}&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>The badge class was not deleted: {error}</source>
        <translation>Le modèle de badge n&apos;a pas été supprimé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Badge class “{name}” deleted.</source>
        <translation>Modèle de badge «&#xa0;{name}&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Delete badge class</source>
        <translation>Supprimer le modèle de badge</translation>
    </message>
    <message>
        <source>Delete the badge class “{name}”?</source>
        <translation>Supprimer le modèle de badge «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Its awards are still being counted.</source>
        <translation>Ses attributions sont encore en cours de décompte.</translation>
    </message>
    <message numerus="yes">
        <source>It has %n award(s) in all, {live} of them live (neither revoked nor expired): the server keeps a badge class while any award of it is live.</source>
        <translation>
            <numerusform>Il compte %n attribution au total, dont {live} valide(s) (ni révoquée(s) ni expirée(s))&#xa0;: le serveur conserve un modèle de badge tant qu&apos;une de ses attributions est valide.</numerusform>
            <numerusform>Il compte %n attributions au total, dont {live} valide(s) (ni révoquée(s) ni expirée(s))&#xa0;: le serveur conserve un modèle de badge tant qu&apos;une de ses attributions est valide.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n award(s), all revoked or expired: they are deleted with it.</source>
        <translation>
            <numerusform>Il compte %n attribution, révoquée ou expirée&#xa0;: elle est supprimée avec lui.</numerusform>
            <numerusform>Il compte %n attributions, toutes révoquées ou expirées&#xa0;: elles sont supprimées avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Revoke its awards that are still live, then delete it again; or keep the badge class (nobody needs to award it).</source>
        <translation>Révoquez ses attributions encore valides, puis supprimez-le de nouveau&#x202f;; ou gardez le modèle de badge (personne n&apos;est obligé de l&apos;attribuer).</translation>
    </message>
    <message numerus="yes">
        <source>It still has %n live award(s) (neither revoked nor expired). Revoke them first (select them and use Revoke selected), then delete it again; or keep the badge class (nobody needs to award it).</source>
        <translation>
            <numerusform>Il compte encore %n attribution valide (ni révoquée ni expirée). Révoquez-la d&apos;abord (sélectionnez-la et utilisez Révoquer la sélection), puis supprimez-le de nouveau&#x202f;; ou gardez le modèle de badge (personne n&apos;est obligé de l&apos;attribuer).</numerusform>
            <numerusform>Il compte encore %n attributions valides (ni révoquées ni expirées). Révoquez-les d&apos;abord (sélectionnez-les et utilisez Révoquer la sélection), puis supprimez-le de nouveau&#x202f;; ou gardez le modèle de badge (personne n&apos;est obligé de l&apos;attribuer).</numerusform>
        </translation>
    </message>
    <message>
        <source>Badge class not deleted</source>
        <translation>Modèle de badge non supprimé</translation>
    </message>
    <message>
        <source>The server did not delete “{name}”: {words}</source>
        <translation>Le serveur n&apos;a pas supprimé «&#xa0;{name}&#xa0;»&#xa0;: {words}</translation>
    </message>
    <message>
        <source>The badge class was not deleted: {words}</source>
        <translation>Le modèle de badge n&apos;a pas été supprimé&#xa0;: {words}</translation>
    </message>
    <message>
        <source>The issuer was not saved: {error}</source>
        <translation>L&apos;émetteur n&apos;a pas été enregistré&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Issuer “{name}” created: you are its owner.</source>
        <translation>Émetteur «&#xa0;{name}&#xa0;» créé&#xa0;: vous en êtes propriétaire.</translation>
    </message>
    <message>
        <source>Issuer “{name}” saved.</source>
        <translation>Émetteur «&#xa0;{name}&#xa0;» enregistré.</translation>
    </message>
</context>
<context>
    <name>BatchEditor</name>
    <message numerus="yes">
        <source>delete %n row(s)</source>
        <translation>
            <numerusform>suppression de %n ligne</numerusform>
            <numerusform>suppression de %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>That change could not be saved: {error}</source>
        <translation>Cette modification n&apos;a pas pu être enregistrée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>edit row</source>
        <translation>modification de ligne</translation>
    </message>
    <message numerus="yes">
        <source>add %n row(s)</source>
        <translation>
            <numerusform>ajout de %n ligne</numerusform>
            <numerusform>ajout de %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>Type de destinataire</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>Nom du lot</translation>
    </message>
    <message>
        <source>Badge class to award</source>
        <translation>Modèle de badge à attribuer</translation>
    </message>
    <message>
        <source>Default narrative</source>
        <translation>Récit par défaut</translation>
    </message>
    <message>
        <source>What every recipient did (Markdown)</source>
        <translation>Ce que chaque destinataire a fait (Markdown)</translation>
    </message>
    <message>
        <source>Default evidence URL</source>
        <translation>URL de preuve par défaut</translation>
    </message>
    <message>
        <source>Default evidence narrative</source>
        <translation>Récit de preuve par défaut</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Allow &amp;duplicate awards</source>
        <translation>Autoriser les attributions en &amp;double</translation>
    </message>
    <message>
        <source>Off: a recipient who already holds this badge is refused by the server.</source>
        <translation>Désactivé&#xa0;: le serveur refuse un destinataire qui a déjà ce badge.</translation>
    </message>
    <message>
        <source>&amp;Notify recipients by email</source>
        <translation>&amp;Prévenir les destinataires par courriel</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Badge class:</source>
        <translation>Modèle de &amp;badge&#xa0;:</translation>
    </message>
    <message>
        <source>Defaults for every row (a row&apos;s own values win)</source>
        <translation>Valeurs par défaut de chaque ligne (les valeurs propres à une ligne l&apos;emportent)</translation>
    </message>
    <message>
        <source>Na&amp;rrative:</source>
        <translation>Ré&amp;cit&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence &amp;URL:</source>
        <translation>&amp;URL de la preuve&#xa0;:</translation>
    </message>
    <message>
        <source>Evidence narra&amp;tive:</source>
        <translation>&amp;Récit de la preuve&#xa0;:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Supprimer les lignes</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>C&amp;oller des lignes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Submit…</source>
        <translation>&amp;Envoyer…</translation>
    </message>
    <message>
        <source>Retr&amp;y failed</source>
        <translation>Renvo&amp;yer les échecs</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
    <message>
        <source>Add an empty row to fill in</source>
        <translation>Ajouter une ligne vide à remplir</translation>
    </message>
    <message>
        <source>Delete the selected rows (undo brings them back)</source>
        <translation>Supprimer les lignes sélectionnées (Annuler les rétablit)</translation>
    </message>
    <message>
        <source>Add rows from a CSV file, with a preview</source>
        <translation>Ajouter des lignes d&apos;un fichier CSV, avec aperçu</translation>
    </message>
    <message>
        <source>Add rows copied from a spreadsheet</source>
        <translation>Ajouter des lignes copiées d&apos;un tableur</translation>
    </message>
    <message>
        <source>Undo the last change to the rows</source>
        <translation>Annuler la dernière modification des lignes</translation>
    </message>
    <message>
        <source>Redo what was undone</source>
        <translation>Rétablir ce qui a été annulé</translation>
    </message>
    <message>
        <source>Send the failed rows again (the selected ones, or all of them)</source>
        <translation>Renvoyer les lignes en échec (celles sélectionnées, ou toutes)</translation>
    </message>
    <message>
        <source>Save each row&apos;s outcome as CSV</source>
        <translation>Enregistrer le résultat de chaque ligne en CSV</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Requêtes simultanées</translation>
    </message>
    <message>
        <source>The most awards sent at the same time (fewer while the server is busy)</source>
        <translation>Nombre maximal d&apos;attributions envoyées simultanément (moins tant que le serveur est surchargé)</translation>
    </message>
    <message>
        <source>Re&amp;quests at once:</source>
        <translation>Re&amp;quêtes simultanées&#xa0;:</translation>
    </message>
    <message>
        <source>Row check</source>
        <translation>Vérification des lignes</translation>
    </message>
    <message>
        <source>Rows of the batch</source>
        <translation>Lignes du lot</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Choose the badge class…</source>
        <translation>Choisir le modèle de badge…</translation>
    </message>
    <message>
        <source>{badge_class} (draft, made when the batch is submitted)</source>
        <translation>{badge_class} (brouillon, créé lors de l&apos;envoi du lot)</translation>
    </message>
    <message>
        <source>This badge class is not in your offline catalogue: sign in to check it exists.</source>
        <translation>Ce modèle de badge n&apos;est pas dans votre catalogue hors ligne&#xa0;: connectez-vous pour vérifier qu&apos;il existe.</translation>
    </message>
    <message>
        <source>Untitled batch</source>
        <translation>Lot sans titre</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>URL de la preuve</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s) (Ctrl+Z brings them back).</source>
        <translation>
            <numerusform>%n ligne supprimée (Ctrl+Z la rétablit).</numerusform>
            <numerusform>%n lignes supprimées (Ctrl+Z les rétablit).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking with the server which rows an interrupted run already sent…</source>
        <translation>Vérification auprès du serveur des lignes déjà envoyées par un envoi interrompu…</translation>
    </message>
    <message>
        <source>Paused: requests in flight finish, nothing new is sent.</source>
        <translation>En pause&#xa0;: les requêtes en cours se terminent, rien de nouveau n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>{counts} · {rate:.1f} per second · {left}</source>
        <translation>{counts} · {rate:.1f} par seconde · {left}</translation>
    </message>
    <message>
        <source>{awarded} awarded, {held} already held, {failed} failed</source>
        <translation>{awarded} attribuées, {held} déjà obtenues, {failed} en échec</translation>
    </message>
    <message>
        <source>{awarded} awarded, {failed} failed</source>
        <translation>{awarded} attribuées, {failed} en échec</translation>
    </message>
    <message>
        <source>Finished: {counts}.</source>
        <translation>Terminé&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>Sign in to submit: drafting works offline.</source>
        <translation>Connectez-vous pour envoyer&#xa0;: la préparation fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Choose the badge class to award first.</source>
        <translation>Choisissez d&apos;abord le modèle de badge à attribuer.</translation>
    </message>
    <message>
        <source>Fix the rows marked in red first.</source>
        <translation>Corrigez d&apos;abord les lignes marquées en rouge.</translation>
    </message>
    <message>
        <source>Fix the batch&apos;s defaults first.</source>
        <translation>Corrigez d&apos;abord les valeurs par défaut du lot.</translation>
    </message>
    <message>
        <source>Award the badge to every pending row</source>
        <translation>Attribuer le badge à chaque ligne en attente</translation>
    </message>
    <message>
        <source>Sending: the batch cannot change until the run ends.</source>
        <translation>Envoi en cours : le lot ne peut pas changer avant la fin de l&apos;envoi.</translation>
    </message>
    <message numerus="yes">
        <source>To fix before sending: {count} of %n row(s) (first: row {first}).</source>
        <translation>
            <numerusform>À corriger avant l&apos;envoi&#xa0;: {count} sur %n ligne (première&#xa0;: ligne {first}).</numerusform>
            <numerusform>À corriger avant l&apos;envoi&#xa0;: {count} sur %n lignes (première&#xa0;: ligne {first}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to send, {failed} failed, {total} in all.</source>
        <translation>
            <numerusform>%n ligne prête à envoyer, {failed} en échec, {total} au total.</numerusform>
            <numerusform>%n lignes prêtes à envoyer, {failed} en échec, {total} au total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchTab</name>
    <message>
        <source>New batch</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <source>The disk is full: BadgeDesk could not save the last change. Free some space and do it again; what was saved before is safe.</source>
        <translation>Le disque est plein&#xa0;: BadgeDesk n&apos;a pas pu enregistrer la dernière modification. Libérez de l&apos;espace et recommencez&#x202f;; ce qui avait été enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur s&apos;est produite&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Delete batch</source>
        <translation>Supprimer le lot</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Impossible d&apos;importer ce fichier</translation>
    </message>
    <message>
        <source>{name} is larger than 50 MB; split it into smaller files.</source>
        <translation>{name} dépasse 50 Mo&#x202f;; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The disk is full: BadgeDesk could not record the outcome of the rows being sent, so it stopped sending this batch. Free some space; the rows already recorded are safe and the batch can be sent again.</source>
        <translation>Le disque est plein&#xa0;: BadgeDesk n&apos;a pas pu enregistrer le résultat des lignes en cours d&apos;envoi et a donc arrêté l&apos;envoi de ce lot. Libérez de l&apos;espace&#x202f;; les lignes déjà enregistrées sont en sécurité et le lot peut être renvoyé.</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>Copied ✓</source>
        <translation>Copié ✓</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>barres verticales</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Jour en premier (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Mois en premier (12/31/2026)</translation>
    </message>
    <message>
        <source>Order of day and month in the dates</source>
        <translation>Ordre du jour et du mois dans les dates</translation>
    </message>
    <message>
        <source>&amp;Dates such as 03/04/2026 are written:</source>
        <translation>Les &amp;dates comme 03/04/2026 sont écrites&#xa0;:</translation>
    </message>
    <message>
        <source>Decided for you: a date in the file has a day over 12, such as 14/11/2026.</source>
        <translation>Choix automatique&#xa0;: une date du fichier a un jour supérieur à 12, comme 14/11/2026.</translation>
    </message>
    <message>
        <source>Decided for you: a date in the file has a day over 12, such as 11/14/2026.</source>
        <translation>Choix automatique&#xa0;: une date du fichier a un jour supérieur à 12, comme 11/14/2026.</translation>
    </message>
    <message>
        <source>No date in the file tells whether the day or the month comes first: choose how they were written.</source>
        <translation>Aucune date du fichier n&apos;indique si le jour ou le mois vient en premier&#xa0;: choisissez comment elles ont été écrites.</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %Ln line(s), {encoding}, columns separated by {delimiter}.</source>
        <translation>
            <numerusform>{source}&#xa0;: %Ln ligne, {encoding}, colonnes séparées par des {delimiter}.</numerusform>
            <numerusform>{source}&#xa0;: %Ln lignes, {encoding}, colonnes séparées par des {delimiter}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first line holds column &amp;names</source>
        <translation>La première ligne contient les &amp;noms de colonnes</translation>
    </message>
    <message>
        <source>Column {number} ({heading})</source>
        <translation>Colonne {number} ({heading})</translation>
    </message>
    <message>
        <source>Column {number}</source>
        <translation>Colonne {number}</translation>
    </message>
    <message>
        <source>Preview of the first lines</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Ce qui sera importé</translation>
    </message>
    <message>
        <source>Lines that will not be imported</source>
        <translation>Lignes qui ne seront pas importées</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save the list of rejected lines</source>
        <translation>Enregistrer la liste des lignes rejetées</translation>
    </message>
    <message>
        <source>What each column holds:</source>
        <translation>Contenu de chaque colonne&#xa0;:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>Checking every line…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) will be added.</source>
        <translation>
            <numerusform>%Ln ligne sera ajoutée.</numerusform>
            <numerusform>%Ln lignes seront ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) will not be imported:</source>
        <translation>
            <numerusform>%Ln ligne ne sera pas importée&#xa0;:</numerusform>
            <numerusform>%Ln lignes ne seront pas importées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more (Save report lists them all)</source>
        <translation>
            <numerusform>… et %Ln de plus (Enregistrer le rapport les liste toutes)</numerusform>
            <numerusform>… et %Ln de plus (Enregistrer le rapport les liste toutes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln row(s)</source>
        <translation>
            <numerusform>Importer %Ln ligne</numerusform>
            <numerusform>Importer %Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>why</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#x202f;?</translation>
    </message>
    <message>
        <source>You changed this window. Close it and lose what you changed?</source>
        <translation>Vous avez modifié cette fenêtre. La fermer et perdre vos modifications&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la modification</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la modification</translation>
    </message>
</context>
<context>
    <name>DraftModels</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Partly submitted</source>
        <translation>Envoyé en partie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation>Modèle de badge</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>{state} · {failed} failed</source>
        <translation>{state} · {failed} en échec</translation>
    </message>
    <message>
        <source>(choose a badge class)</source>
        <translation>(choisissez un modèle de badge)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): {awarded} awarded, {held} already held, {failed} failed, {left} to send</source>
        <translation>
            <numerusform>%n ligne&#xa0;: {awarded} attribuée(s), {held} déjà obtenue(s), {failed} en échec, {left} à envoyer</numerusform>
            <numerusform>%n lignes&#xa0;: {awarded} attribuée(s), {held} déjà obtenue(s), {failed} en échec, {left} à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>(reason required)</source>
        <translation>(motif obligatoire)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): {revoked} revoked, {skipped} already revoked, {failed} failed, {left} to send</source>
        <translation>
            <numerusform>%n ligne&#xa0;: {revoked} révoquée(s), {skipped} déjà révoquée(s), {failed} en échec, {left} à envoyer</numerusform>
            <numerusform>%n lignes&#xa0;: {revoked} révoquée(s), {skipped} déjà révoquée(s), {failed} en échec, {left} à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>URL de la preuve</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>This row can no longer change: see its outcome.</source>
        <translation>Cette ligne ne peut plus être modifiée&#xa0;: voyez son résultat.</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <source>Already held</source>
        <translation>Déjà obtenu</translation>
    </message>
    <message>
        <source>Awarded ({entity_id})</source>
        <translation>Attribuée ({entity_id})</translation>
    </message>
    <message>
        <source>Already held: awarded on an earlier date ({entity_id}), not by this batch</source>
        <translation>Déjà obtenu&#xa0;: attribué à une date antérieure ({entity_id}), pas par ce lot</translation>
    </message>
    <message>
        <source>Already held: awarded on {date} ({entity_id}), not by this batch</source>
        <translation>Déjà obtenu&#xa0;: attribué le {date} ({entity_id}), pas par ce lot</translation>
    </message>
    <message>
        <source>Sent: awaiting the answer…</source>
        <translation>Envoyée&#xa0;: en attente de la réponse…</translation>
    </message>
    <message>
        <source>Failed: {error} (retry can help)</source>
        <translation>Échec&#xa0;: {error} (réessayer peut aider)</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Échec&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Will retry: {error}</source>
        <translation>Nouvel essai prévu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
</context>
<context>
    <name>DraftsTab</name>
    <message>
        <source>Draft batches</source>
        <translation>Lots en brouillon</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Ne&amp;w batch</source>
        <translation>Nou&amp;veau lot</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Sav&amp;e as file…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>De&amp;lete batch…</source>
        <translation>&amp;Supprimer le lot…</translation>
    </message>
    <message>
        <source>Start a batch of awards (works offline)</source>
        <translation>Créer un lot d&apos;attributions (fonctionne hors ligne)</translation>
    </message>
    <message>
        <source>Import a batch a colleague saved (*{suffix})</source>
        <translation>Importer un lot enregistré par un collègue (*{suffix})</translation>
    </message>
    <message>
        <source>Save the batch&apos;s rows not yet awarded as a file to hand to a colleague</source>
        <translation>Enregistrer dans un fichier les lignes du lot pas encore attribuées, pour les transmettre à un collègue</translation>
    </message>
    <message>
        <source>Delete the batch from this computer</source>
        <translation>Supprimer le lot de cet ordinateur</translation>
    </message>
    <message>
        <source>No batch open</source>
        <translation>Aucun lot ouvert</translation>
    </message>
    <message>
        <source>A batch awards one badge class to many recipients. Create one with New batch (Ctrl+Shift+N), then add rows by typing, pasting from a spreadsheet (Ctrl+V) or importing a CSV file (Ctrl+I). Everything is kept on this computer as you type, with or without a network; submit when you are signed in.</source>
        <translation>Un lot attribue un modèle de badge à de nombreux destinataires. Créez-en un avec Nouveau lot (Ctrl+Shift+N), puis ajoutez des lignes en les saisissant, en les collant depuis un tableur (Ctrl+V) ou en important un fichier CSV (Ctrl+I). Tout est conservé sur cet ordinateur au fil de la saisie, avec ou sans réseau&#x202f;; envoyez le lot une fois connecté.</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <source>Batch of {date}</source>
        <translation>Lot de {date}</translation>
    </message>
    <message>
        <source>Delete “{name}” from this computer? Awards already made stay on the server.</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;» de cet ordinateur&#x202f;? Les attributions déjà faites restent sur le serveur.</translation>
    </message>
    <message>
        <source>Open a batch file</source>
        <translation>Ouvrir un fichier de lot</translation>
    </message>
    <message>
        <source>BadgeDesk batches (*{suffix});;All files (*)</source>
        <translation>Lots BadgeDesk (*{suffix});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open this batch file</source>
        <translation>Impossible d&apos;ouvrir ce fichier de lot</translation>
    </message>
    <message numerus="yes">
        <source>Opened “{name}” with %n row(s) from {file}.</source>
        <translation>
            <numerusform>«&#xa0;{name}&#xa0;» ouvert avec %n ligne depuis {file}.</numerusform>
            <numerusform>«&#xa0;{name}&#xa0;» ouvert avec %n lignes depuis {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the batch as a file</source>
        <translation>Enregistrer le lot dans un fichier</translation>
    </message>
    <message>
        <source>BadgeDesk batches (*{suffix})</source>
        <translation>Lots BadgeDesk (*{suffix})</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to {path}.</source>
        <translation>
            <numerusform>%n ligne enregistrée dans {path}.</numerusform>
            <numerusform>%n lignes enregistrées dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already awarded is(are) left out.</source>
        <translation>
            <numerusform>%n déjà attribuée est laissée de côté.</numerusform>
            <numerusform>%n déjà attribuées sont laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported the outcome of %n row(s) to {path}.</source>
        <translation>
            <numerusform>Résultat de %n ligne exporté vers {path}.</numerusform>
            <numerusform>Résultat de %n lignes exporté vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import rows from CSV</source>
        <translation>Importer des lignes depuis un CSV</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV et texte (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s).</source>
        <translation>
            <numerusform>%n ligne ajoutée.</numerusform>
            <numerusform>%n lignes ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not imported (see the report).</source>
        <translation>
            <numerusform>%n ligne non importée (voir le rapport).</numerusform>
            <numerusform>%n lignes non importées (voir le rapport).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: {error}</source>
        <translation>Rien à coller&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n row(s).</source>
        <translation>
            <numerusform>%n ligne collée.</numerusform>
            <numerusform>%n lignes collées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026 were read day first, as your locale writes them.</source>
        <translation>Les dates comme 03/04/2026 ont été lues jour en premier, comme les écrivent vos paramètres régionaux.</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026 were read month first, as your locale writes them.</source>
        <translation>Les dates comme 03/04/2026 ont été lues mois en premier, comme les écrivent vos paramètres régionaux.</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
    <message>
        <source>Submit the batch</source>
        <translation>Envoyer le lot</translation>
    </message>
    <message numerus="yes">
        <source>Award “{badge}” to %n recipient(s) now?</source>
        <translation>
            <numerusform>Attribuer «&#xa0;{badge}&#xa0;» à %n destinataire maintenant&#x202f;?</numerusform>
            <numerusform>Attribuer «&#xa0;{badge}&#xa0;» à %n destinataires maintenant&#x202f;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Awards are sent %n at a time. You can pause or cancel; rows not yet sent stay in the batch.</source>
        <translation>
            <numerusform>Les attributions sont envoyées une par une (%n à la fois). Vous pouvez mettre en pause ou annuler&#x202f;; les lignes pas encore envoyées restent dans le lot.</numerusform>
            <numerusform>Les attributions sont envoyées %n à la fois. Vous pouvez mettre en pause ou annuler&#x202f;; les lignes pas encore envoyées restent dans le lot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Award %n</source>
        <translation>
            <numerusform>Attribuer %n</numerusform>
            <numerusform>Attribuer %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop a baked badge image (PNG or SVG) here</source>
        <translation>Déposez ici une image de badge intégrant ses données (PNG ou SVG)</translation>
    </message>
    <message>
        <source>Drop area for a badge image</source>
        <translation>Zone de dépôt d&apos;une image de badge</translation>
    </message>
    <message>
        <source>Drop a PNG or SVG badge image file here, or use Choose file.</source>
        <translation>Déposez ici un fichier image de badge PNG ou SVG, ou utilisez Choisir un fichier.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Sign in to a server to begin (Account → Sign in, Ctrl+L).</source>
        <translation>Connectez-vous à un serveur pour commencer (Compte → Se connecter, Ctrl+L).</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <source>The badges your issuers have awarded will be listed here, by issuer and badge class, to browse, award, edit and revoke. </source>
        <translation>Les badges attribués par vos émetteurs seront listés ici, par émetteur et modèle de badge, pour les parcourir, les attribuer, les modifier et les révoquer. </translation>
    </message>
    <message>
        <source>Backpack</source>
        <translation>Sac à badges</translation>
    </message>
    <message>
        <source>Your own badges, from any issuer, will appear here to accept, import and gather into collections you can share. </source>
        <translation>Vos propres badges, de tout émetteur, apparaîtront ici pour les accepter, les importer et les regrouper en collections à partager. </translation>
    </message>
</context>
<context>
    <name>EncodingDialog</name>
    <message>
        <source>&amp;UTF-8 (the lines marked “not UTF-8” are left out)</source>
        <translation>&amp;UTF-8 (les lignes marquées «&#xa0;pas en UTF-8&#xa0;» sont ignorées)</translation>
    </message>
    <message>
        <source>&amp;Windows-1252 (Western European, older Excel on Windows)</source>
        <translation>&amp;Windows-1252 (Europe occidentale, anciens Excel sous Windows)</translation>
    </message>
    <message>
        <source>&amp;ISO-8859-1 (Latin-1)</source>
        <translation>&amp;ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>As UTF-8</source>
        <translation>En UTF-8</translation>
    </message>
    <message>
        <source>As Windows-1252</source>
        <translation>En Windows-1252</translation>
    </message>
    <message>
        <source>As ISO-8859-1</source>
        <translation>En ISO-8859-1</translation>
    </message>
    <message>
        <source>How is {file} encoded?</source>
        <translation>Quel est l&apos;encodage de {file}&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>{lines} and %Ln more</source>
        <translation>
            <numerusform>{lines} et %Ln de plus</numerusform>
            <numerusform>{lines} et %Ln de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) cannot be read as UTF-8 (line(s) {lines})</source>
        <translation>
            <numerusform>%Ln ligne illisible en UTF-8 (ligne {lines})</numerusform>
            <numerusform>%Ln lignes illisibles en UTF-8 (lignes {lines})</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} is not valid UTF-8 text: {which}. Below, those lines and a few others as each encoding reads them. Choose the one that shows the recipients as they are, or cancel and save the file again as CSV UTF-8.</source>
        <translation>{file} n&apos;est pas un texte UTF-8 valide&#xa0;: {which}. Ci-dessous, ces lignes et quelques autres telles que chaque encodage les lit. Choisissez celui qui affiche correctement les destinataires, ou annulez et réenregistrez le fichier en CSV UTF-8.</translation>
    </message>
    <message>
        <source>Lines of the file as each encoding reads them</source>
        <translation>Lignes du fichier telles que chaque encodage les lit</translation>
    </message>
    <message>
        <source>{line} (not UTF-8)</source>
        <translation>{line} (pas en UTF-8)</translation>
    </message>
    <message>
        <source>&amp;Read the file this way</source>
        <translation>&amp;Lire le fichier ainsi</translation>
    </message>
    <message>
        <source>Read the file as</source>
        <translation>Lire le fichier en</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>The disk is full: BadgeDesk could not save what it was doing. Free some space and try again; what was saved before is safe.</source>
        <translation>Le disque est plein&#xa0;: BadgeDesk n&apos;a pas pu enregistrer ce qu&apos;il faisait. Libérez de l&apos;espace et réessayez&#x202f;; ce qui avait été enregistré avant est en sécurité.</translation>
    </message>
    <message>
        <source>BadgeDesk hit an unexpected problem and could not finish that action.</source>
        <translation>BadgeDesk a rencontré un problème inattendu et n&apos;a pas pu terminer cette action.</translation>
    </message>
    <message>
        <source>BadgeDesk</source>
        <translation>BadgeDesk</translation>
    </message>
    <message>
        <source>The details were written to the log:
{log_file}</source>
        <translation>Les détails ont été écrits dans le journal&#xa0;:
{log_file}</translation>
    </message>
</context>
<context>
    <name>ExpiryRule</name>
    <message numerus="yes">
        <source>From the badge class&apos;s rule: %n day(s) after the issue date.</source>
        <translation>
            <numerusform>Selon la règle du modèle de badge&#xa0;: %n jour après la date d&apos;émission.</numerusform>
            <numerusform>Selon la règle du modèle de badge&#xa0;: %n jours après la date d&apos;émission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the badge class&apos;s rule: %n week(s) after the issue date.</source>
        <translation>
            <numerusform>Selon la règle du modèle de badge&#xa0;: %n semaine après la date d&apos;émission.</numerusform>
            <numerusform>Selon la règle du modèle de badge&#xa0;: %n semaines après la date d&apos;émission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the badge class&apos;s rule: %n month(s) after the issue date.</source>
        <translation>
            <numerusform>Selon la règle du modèle de badge&#xa0;: %n mois après la date d&apos;émission.</numerusform>
            <numerusform>Selon la règle du modèle de badge&#xa0;: %n mois après la date d&apos;émission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the badge class&apos;s rule: %n year(s) after the issue date.</source>
        <translation>
            <numerusform>Selon la règle du modèle de badge&#xa0;: %n an après la date d&apos;émission.</numerusform>
            <numerusform>Selon la règle du modèle de badge&#xa0;: %n ans après la date d&apos;émission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own choice; the badge class&apos;s rule is %n day(s) after the issue date.</source>
        <translation>
            <numerusform>Votre propre choix&#x202f;; la règle du modèle de badge est de %n jour après la date d&apos;émission.</numerusform>
            <numerusform>Votre propre choix&#x202f;; la règle du modèle de badge est de %n jours après la date d&apos;émission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own choice; the badge class&apos;s rule is %n week(s) after the issue date.</source>
        <translation>
            <numerusform>Votre propre choix&#x202f;; la règle du modèle de badge est de %n semaine après la date d&apos;émission.</numerusform>
            <numerusform>Votre propre choix&#x202f;; la règle du modèle de badge est de %n semaines après la date d&apos;émission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own choice; the badge class&apos;s rule is %n month(s) after the issue date.</source>
        <translation>
            <numerusform>Votre propre choix&#x202f;; la règle du modèle de badge est de %n mois après la date d&apos;émission.</numerusform>
            <numerusform>Votre propre choix&#x202f;; la règle du modèle de badge est de %n mois après la date d&apos;émission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your own choice; the badge class&apos;s rule is %n year(s) after the issue date.</source>
        <translation>
            <numerusform>Votre propre choix&#x202f;; la règle du modèle de badge est de %n an après la date d&apos;émission.</numerusform>
            <numerusform>Votre propre choix&#x202f;; la règle du modèle de badge est de %n ans après la date d&apos;émission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows without an expiry get the badge class&apos;s rule: %n day(s) after issue.</source>
        <translation>
            <numerusform>Les lignes sans expiration suivent la règle du modèle de badge&#xa0;: %n jour après l&apos;émission.</numerusform>
            <numerusform>Les lignes sans expiration suivent la règle du modèle de badge&#xa0;: %n jours après l&apos;émission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows without an expiry get the badge class&apos;s rule: %n week(s) after issue.</source>
        <translation>
            <numerusform>Les lignes sans expiration suivent la règle du modèle de badge&#xa0;: %n semaine après l&apos;émission.</numerusform>
            <numerusform>Les lignes sans expiration suivent la règle du modèle de badge&#xa0;: %n semaines après l&apos;émission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows without an expiry get the badge class&apos;s rule: %n month(s) after issue.</source>
        <translation>
            <numerusform>Les lignes sans expiration suivent la règle du modèle de badge&#xa0;: %n mois après l&apos;émission.</numerusform>
            <numerusform>Les lignes sans expiration suivent la règle du modèle de badge&#xa0;: %n mois après l&apos;émission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows without an expiry get the badge class&apos;s rule: %n year(s) after issue.</source>
        <translation>
            <numerusform>Les lignes sans expiration suivent la règle du modèle de badge&#xa0;: %n an après l&apos;émission.</numerusform>
            <numerusform>Les lignes sans expiration suivent la règle du modèle de badge&#xa0;: %n ans après l&apos;émission.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The default expiry replaces the badge class&apos;s rule (%n day(s) after issue).</source>
        <translation>
            <numerusform>L&apos;expiration par défaut remplace la règle du modèle de badge (%n jour après l&apos;émission).</numerusform>
            <numerusform>L&apos;expiration par défaut remplace la règle du modèle de badge (%n jours après l&apos;émission).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The default expiry replaces the badge class&apos;s rule (%n week(s) after issue).</source>
        <translation>
            <numerusform>L&apos;expiration par défaut remplace la règle du modèle de badge (%n semaine après l&apos;émission).</numerusform>
            <numerusform>L&apos;expiration par défaut remplace la règle du modèle de badge (%n semaines après l&apos;émission).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The default expiry replaces the badge class&apos;s rule (%n month(s) after issue).</source>
        <translation>
            <numerusform>L&apos;expiration par défaut remplace la règle du modèle de badge (%n mois après l&apos;émission).</numerusform>
            <numerusform>L&apos;expiration par défaut remplace la règle du modèle de badge (%n mois après l&apos;émission).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The default expiry replaces the badge class&apos;s rule (%n year(s) after issue).</source>
        <translation>
            <numerusform>L&apos;expiration par défaut remplace la règle du modèle de badge (%n an après l&apos;émission).</numerusform>
            <numerusform>L&apos;expiration par défaut remplace la règle du modèle de badge (%n ans après l&apos;émission).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Welcome to BadgeDesk</source>
        <translation>Bienvenue dans BadgeDesk</translation>
    </message>
    <message>
        <source>No server is set up yet. Practise on the sandbox, or connect BadgeDesk to your school&apos;s badge server.</source>
        <translation>Aucun serveur n&apos;est encore configuré. Exercez-vous dans le bac à sable, ou connectez BadgeDesk au serveur de badges de votre établissement.</translation>
    </message>
    <message>
        <source>The sandbox: a practice server on this computer</source>
        <translation>Le bac à sable&#xa0;: un serveur d&apos;entraînement sur cet ordinateur</translation>
    </message>
    <message>
        <source>The sandbox runs inside BadgeDesk, with demo issuers, badge classes and awards. Nothing you do there reaches a real server or mails anyone. Sign in with {account} and the password {password}.</source>
        <translation>Le bac à sable fonctionne dans BadgeDesk, avec des émetteurs, modèles de badges et attributions de démonstration. Rien de ce que vous y faites n&apos;atteint un vrai serveur ni n&apos;envoie de courriel. Connectez-vous avec {account} et le mot de passe {password}.</translation>
    </message>
    <message>
        <source>Parchment Digital Badges or Canvas Credentials</source>
        <translation>Parchment Digital Badges ou Canvas Credentials</translation>
    </message>
    <message>
        <source>Ask Parchment for a client id and secret for your region, with the redirect address {redirect}. Then, in File → Server profiles, duplicate your region&apos;s profile, enter the client id and secret, save, and choose Use this profile.</source>
        <translation>Demandez à Parchment un identifiant client et un secret pour votre région, avec l&apos;adresse de redirection {redirect}. Ensuite, dans Fichier → Profils de serveur, dupliquez le profil de votre région, saisissez l&apos;identifiant client et le secret, enregistrez, puis choisissez Utiliser ce profil.</translation>
    </message>
    <message>
        <source>A self-hosted Badgr server</source>
        <translation>Un serveur Badgr auto-hébergé</translation>
    </message>
    <message>
        <source>The server&apos;s administrator adds BadgeDesk as an OAuth application (public, authorization code, redirect address {redirect}). Then, in File → Server profiles → New, enter the API address, the web app address where people sign in, and the client id. The README&apos;s sections “Connecting to a hosted region” and “Connecting to a self-hosted Badgr server” give every step.</source>
        <translation>L&apos;administrateur du serveur ajoute BadgeDesk comme application OAuth (publique, code d&apos;autorisation, adresse de redirection {redirect}). Ensuite, dans Fichier → Profils de serveur → Nouveau, saisissez l&apos;adresse de l&apos;API, l&apos;adresse de l&apos;application web où l&apos;on se connecte, et l&apos;identifiant client. Les sections «&#xa0;Connecting to a hosted region&#xa0;» et «&#xa0;Connecting to a self-hosted Badgr server&#xa0;» du README (en anglais) détaillent chaque étape.</translation>
    </message>
    <message>
        <source>&amp;Try the sandbox</source>
        <translation>&amp;Essayer le bac à sable</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Essayer le bac à sable</translation>
    </message>
    <message>
        <source>Set &amp;up a server…</source>
        <translation>&amp;Configurer un serveur…</translation>
    </message>
    <message>
        <source>Set up a server</source>
        <translation>Configurer un serveur</translation>
    </message>
    <message>
        <source>Hide this &amp;page</source>
        <translation>Masquer cette &amp;page</translation>
    </message>
    <message>
        <source>Hide this page</source>
        <translation>Masquer cette page</translation>
    </message>
    <message>
        <source>It stays in Help → Getting started.</source>
        <translation>Elle reste accessible dans Aide → Premiers pas.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Revocation history</source>
        <translation>Historique des révocations</translation>
    </message>
    <message>
        <source>Press Enter on a batch to open it; tooltips give reasons and errors.</source>
        <translation>Appuyez sur Entrée sur un lot pour l&apos;ouvrir&#x202f;; les infobulles indiquent motifs et erreurs.</translation>
    </message>
    <message>
        <source>Nothing revoked yet</source>
        <translation>Rien de révoqué pour l&apos;instant</translation>
    </message>
    <message>
        <source>Revocation batches you submit, and awards you revoke one at a time in the Assertions tab, are listed here with what became of them, newest first.</source>
        <translation>Les lots de révocations que vous envoyez, et les attributions que vous révoquez une à une dans l&apos;onglet Attributions, sont listés ici avec leur résultat, les plus récents en premier.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <source>History summary</source>
        <translation>Résumé de l&apos;historique</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Résultat de l&apos;export</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation>Relire l&apos;historique (F5)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Write every row of every submitted batch and every single revocation to a CSV file (Ctrl+Shift+E)</source>
        <translation>Écrire chaque ligne de chaque lot envoyé et chaque révocation individuelle dans un fichier CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Refresh the history</source>
        <translation>Actualiser l&apos;historique</translation>
    </message>
    <message>
        <source>Export the revocation history as CSV</source>
        <translation>Exporter l&apos;historique des révocations en CSV</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur s&apos;est produite&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Exporting to {path}…</source>
        <translation>Export vers {path}…</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Nothing has been revoked with this profile from this computer yet.</source>
        <translation>Rien n&apos;a encore été révoqué avec ce profil depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Revocation batches: {batches}. Single revocations: {singles}.</source>
        <translation>Lots de révocations&#xa0;: {batches}. Révocations individuelles&#xa0;: {singles}.</translation>
    </message>
    <message>
        <source>Export the revocation history</source>
        <translation>Exporter l&apos;historique des révocations</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to {path}.</source>
        <translation>
            <numerusform>%n ligne exportée vers {path}.</numerusform>
            <numerusform>%n lignes exportées vers {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Preview of the image at {size} pixels</source>
        <translation>Aperçu de l&apos;image à {size} pixels</translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation>Choisir une &amp;image…</translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation>Choisir un fichier image</translation>
    </message>
    <message>
        <source>PNG or SVG; or drop the file here.</source>
        <translation>PNG ou SVG&#x202f;; ou déposez le fichier ici.</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Fichier image</translation>
    </message>
    <message>
        <source>Problem with the image</source>
        <translation>Problème avec l&apos;image</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <source>Images (*.png *.svg);;All files (*)</source>
        <translation>Images (*.png *.svg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{name} ({kind}, {width} x {height} px, {kilobytes} KB)</source>
        <translation>{name} ({kind}, {width} x {height} px, {kilobytes} Ko)</translation>
    </message>
    <message>
        <source>{name} ({kind}, {kilobytes} KB)</source>
        <translation>{name} ({kind}, {kilobytes} Ko)</translation>
    </message>
    <message>
        <source>The file is empty: choose a PNG or SVG image.</source>
        <translation>Le fichier est vide&#xa0;: choisissez une image PNG ou SVG.</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB, which no badge image is: choose a smaller PNG or SVG.</source>
        <translation>Le fichier dépasse {megabytes} Mo, ce qu&apos;aucune image de badge ne fait&#xa0;: choisissez un PNG ou SVG plus petit.</translation>
    </message>
    <message>
        <source>This is a {kind} image; the server takes PNG or SVG only. Save it as PNG and choose that file.</source>
        <translation>Ceci est une image {kind}&#x202f;; le serveur n&apos;accepte que PNG ou SVG. Enregistrez-la en PNG et choisissez ce fichier.</translation>
    </message>
    <message>
        <source>This PNG file is damaged and cannot be opened.</source>
        <translation>Ce fichier PNG est endommagé et ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>This PNG is {width} x {height} pixels, more than the server opens ({limit} million pixels). Make it smaller: the server keeps at most 400 x 400.</source>
        <translation>Ce PNG fait {width} x {height} pixels, plus que ce que le serveur accepte ({limit} millions de pixels). Réduisez-le&#xa0;: le serveur conserve au plus 400 x 400.</translation>
    </message>
    <message>
        <source>This SVG does not declare xmlns=&quot;http://www.w3.org/2000/svg&quot; on its svg element, so the server would refuse it as an invalid image.</source>
        <translation>Ce SVG ne déclare pas xmlns=&quot;http://www.w3.org/2000/svg&quot; sur son élément svg&#xa0;: le serveur le refuserait comme image non valide.</translation>
    </message>
    <message>
        <source>This file is not an image: choose a PNG or SVG file.</source>
        <translation>Ce fichier n&apos;est pas une image&#xa0;: choisissez un fichier PNG ou SVG.</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Aucun aperçu</translation>
    </message>
</context>
<context>
    <name>ImportBadgeDialog</name>
    <message>
        <source>Import a badge</source>
        <translation>Importer un badge</translation>
    </message>
    <message>
        <source>Add a badge you earned elsewhere to your backpack. Nothing is sent until you press Import.</source>
        <translation>Ajoutez à votre sac à badges un badge obtenu ailleurs. Rien n&apos;est envoyé avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <source>Ways to import a badge</source>
        <translation>Façons d&apos;importer un badge</translation>
    </message>
    <message>
        <source>From a &amp;URL</source>
        <translation>Depuis une &amp;URL</translation>
    </message>
    <message>
        <source>From an &amp;image</source>
        <translation>Depuis une &amp;image</translation>
    </message>
    <message>
        <source>From &amp;JSON</source>
        <translation>Depuis du &amp;JSON</translation>
    </message>
    <message>
        <source>Why the server did not import the badge</source>
        <translation>Pourquoi le serveur n&apos;a pas importé le badge</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l&apos;import</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l&apos;import</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>I&amp;mporter</translation>
    </message>
    <message>
        <source>Import the badge</source>
        <translation>Importer le badge</translation>
    </message>
    <message>
        <source>Assertion &amp;address:</source>
        <translation>&amp;Adresse de l&apos;assertion&#xa0;:</translation>
    </message>
    <message>
        <source>https://badges.example.org/public/assertions/…</source>
        <translation>https://badges.example.org/public/assertions/…</translation>
    </message>
    <message>
        <source>Assertion address</source>
        <translation>Adresse de l&apos;assertion</translation>
    </message>
    <message>
        <source>Problem with the assertion address</source>
        <translation>Problème dans l&apos;adresse de l&apos;assertion</translation>
    </message>
    <message>
        <source>The web address of the badge&apos;s assertion, as given by the organisation that awarded it (often on the badge&apos;s public page).</source>
        <translation>L&apos;adresse web de l&apos;assertion du badge, telle que fournie par l&apos;organisme qui l&apos;a attribué (souvent sur la page publique du badge).</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Choose a badge image file</source>
        <translation>Choisir un fichier image de badge</translation>
    </message>
    <message>
        <source>Preview of the badge image</source>
        <translation>Aperçu de l&apos;image du badge</translation>
    </message>
    <message>
        <source>What the image file holds</source>
        <translation>Contenu du fichier image</translation>
    </message>
    <message>
        <source>What the file holds is shown here before anything is sent.</source>
        <translation>Le contenu du fichier est affiché ici avant tout envoi.</translation>
    </message>
    <message>
        <source>Problem with the image file</source>
        <translation>Problème dans le fichier image</translation>
    </message>
    <message>
        <source>&amp;Paste the badge&apos;s Open Badges assertion (JSON):</source>
        <translation>Co&amp;llez l&apos;assertion Open Badges du badge (JSON)&#xa0;:</translation>
    </message>
    <message>
        <source>Open Badges assertion JSON</source>
        <translation>JSON de l&apos;assertion Open Badges</translation>
    </message>
    <message>
        <source>Problem with the JSON</source>
        <translation>Problème dans le JSON</translation>
    </message>
    <message>
        <source>What the JSON holds</source>
        <translation>Contenu du JSON</translation>
    </message>
    <message>
        <source>This is not valid JSON: {message} (line {line}, column {column}).</source>
        <translation>Ce JSON n&apos;est pas valide&#xa0;: {message} (ligne {line}, colonne {column}).</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Fichier&#xa0;: {name}</translation>
    </message>
    <message>
        <source>The JSON must be one object ({ … }): the badge&apos;s Open Badges assertion.</source>
        <translation>Le JSON doit être un seul objet ({ … })&#xa0;: l&apos;assertion Open Badges du badge.</translation>
    </message>
    <message>
        <source>The image carries “{payload}”, which is not the web address of an assertion.</source>
        <translation>L&apos;image contient «&#xa0;{payload}&#xa0;», qui n&apos;est pas l&apos;adresse web d&apos;une assertion.</translation>
    </message>
    <message>
        <source>The baked assertion is not valid JSON.</source>
        <translation>L&apos;assertion intégrée à l&apos;image n&apos;est pas un JSON valide.</translation>
    </message>
    <message>
        <source>The baked assertion is not a JSON object.</source>
        <translation>L&apos;assertion intégrée à l&apos;image n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The file is neither a PNG nor an SVG image.</source>
        <translation>Le fichier n&apos;est ni une image PNG ni une image SVG.</translation>
    </message>
    <message>
        <source>The PNG image is damaged.</source>
        <translation>L&apos;image PNG est endommagée.</translation>
    </message>
    <message>
        <source>The PNG&apos;s openbadges chunk is damaged.</source>
        <translation>Le bloc openbadges de l&apos;image PNG est endommagé.</translation>
    </message>
    <message>
        <source>The PNG image carries no Open Badges assertion.</source>
        <translation>L&apos;image PNG ne contient aucune assertion Open Badges.</translation>
    </message>
    <message>
        <source>The SVG image carries no Open Badges assertion.</source>
        <translation>L&apos;image SVG ne contient aucune assertion Open Badges.</translation>
    </message>
    <message>
        <source>The SVG&apos;s openbadges:assertion element has no verify URL.</source>
        <translation>L&apos;élément openbadges:assertion de l&apos;image SVG n&apos;indique aucune URL de vérification (verify).</translation>
    </message>
    <message>
        <source>The JSON names no badge, issuer or recipient.</source>
        <translation>Le JSON n&apos;indique ni badge, ni émetteur, ni destinataire.</translation>
    </message>
    <message>
        <source>Assertion URL</source>
        <translation>URL de l&apos;assertion</translation>
    </message>
    <message>
        <source>Assertion ID</source>
        <translation>ID de l&apos;assertion</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>an email address, hashed in the badge</source>
        <translation>une adresse de courriel, hachée dans le badge</translation>
    </message>
    <message>
        <source>a web address, hashed in the badge</source>
        <translation>une adresse web, hachée dans le badge</translation>
    </message>
    <message>
        <source>a telephone number, hashed in the badge</source>
        <translation>un numéro de téléphone, haché dans le badge</translation>
    </message>
    <message>
        <source>hashed in the badge</source>
        <translation>haché dans le badge</translation>
    </message>
    <message>
        <source>Choose a badge image</source>
        <translation>Choisir une image de badge</translation>
    </message>
    <message>
        <source>Badge images (*.png *.svg);;All files (*)</source>
        <translation>Images de badge (*.png *.svg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The file is larger than 5 MB, which no badge image is: choose the badge&apos;s image file.</source>
        <translation>Le fichier dépasse 5 Mo, ce qu&apos;aucune image de badge ne fait&#xa0;: choisissez le fichier image du badge.</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Aucun aperçu</translation>
    </message>
    <message>
        <source>Cannot reach the server: {message}</source>
        <translation>Serveur injoignable&#xa0;: {message}</translation>
    </message>
    <message>
        <source>The server did not import the badge:</source>
        <translation>Le serveur n&apos;a pas importé le badge&#xa0;:</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import…</translation>
    </message>
</context>
<context>
    <name>ImportRefusals</name>
    <message>
        <source>The file has no rows.</source>
        <translation>Le fichier ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>No column is chosen as the recipient (email, phone or URL).</source>
        <translation>Aucune colonne n&apos;est choisie comme destinataire (courriel, téléphone ou URL).</translation>
    </message>
    <message>
        <source>This file needs a column of assertion entityIds (or assertion URLs) or a column of recipients (email, phone or URL); none was found or chosen.</source>
        <translation>Ce fichier doit comporter une colonne d&apos;entityId d&apos;attributions (ou d&apos;URL d&apos;attributions) ou une colonne de destinataires (courriel, téléphone ou URL)&#x202f;; aucune n&apos;a été trouvée ni choisie.</translation>
    </message>
    <message>
        <source>This file is {encoding} text, but line {line} is not.</source>
        <translation>Ce fichier est un texte en {encoding}, mais la ligne {line} ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>This file looks like a spreadsheet workbook (.xlsx or .ods), not CSV; save it as CSV first.</source>
        <translation>Ce fichier semble être un classeur de tableur (.xlsx ou .ods) et non un CSV&#x202f;; enregistrez-le d&apos;abord au format CSV.</translation>
    </message>
    <message>
        <source>This file looks like a spreadsheet workbook (an old Excel .xls), not CSV; save it as CSV first.</source>
        <translation>Ce fichier semble être un classeur de tableur (ancien format Excel .xls) et non un CSV&#x202f;; enregistrez-le d&apos;abord au format CSV.</translation>
    </message>
    <message>
        <source>This file is a PNG image, not CSV.</source>
        <translation>Ce fichier est une image PNG, et non un CSV.</translation>
    </message>
    <message>
        <source>This file is a JPEG image, not CSV.</source>
        <translation>Ce fichier est une image JPEG, et non un CSV.</translation>
    </message>
    <message>
        <source>This file is a GIF image, not CSV.</source>
        <translation>Ce fichier est une image GIF, et non un CSV.</translation>
    </message>
    <message>
        <source>This file is a PDF document, not CSV.</source>
        <translation>Ce fichier est un document PDF, et non un CSV.</translation>
    </message>
    <message>
        <source>This file has a line far too long for a CSV file of rows.</source>
        <translation>Ce fichier contient une ligne beaucoup trop longue pour un fichier CSV.</translation>
    </message>
    <message>
        <source>This file looks like a binary file (an Excel workbook?), not CSV; save it as CSV first.</source>
        <translation>Ce fichier semble être un fichier binaire (un classeur Excel&#x202f;?) et non un CSV&#x202f;; enregistrez-le d&apos;abord au format CSV.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}.</source>
        <translation>Impossible de lire {name}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>{name} is too large for a BadgeDesk batch file (over {limit} bytes).</source>
        <translation>{name} est trop volumineux pour un fichier de lot BadgeDesk (plus de {limit} octets).</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file: it is not UTF-8 text.</source>
        <translation>{name} n&apos;est pas un fichier de lot BadgeDesk&#xa0;: ce n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file: it is empty.</source>
        <translation>{name} n&apos;est pas un fichier de lot BadgeDesk&#xa0;: il est vide.</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file: it is not JSON (line {line}, column {column}).</source>
        <translation>{name} n&apos;est pas un fichier de lot BadgeDesk&#xa0;: ce n&apos;est pas du JSON (ligne {line}, colonne {column}).</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file: its JSON is nested far too deeply.</source>
        <translation>{name} n&apos;est pas un fichier de lot BadgeDesk&#xa0;: son JSON est imbriqué beaucoup trop profondément.</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file: its JSON holds a number far too long.</source>
        <translation>{name} n&apos;est pas un fichier de lot BadgeDesk&#xa0;: son JSON contient un nombre beaucoup trop long.</translation>
    </message>
    <message>
        <source>{name} is not a BadgeDesk batch file.</source>
        <translation>{name} n&apos;est pas un fichier de lot BadgeDesk.</translation>
    </message>
    <message>
        <source>{name} was made by a newer BadgeDesk (batch file version {version}). Update BadgeDesk to open it.</source>
        <translation>{name} a été créé par une version plus récente de BadgeDesk (version de fichier de lot {version}). Mettez BadgeDesk à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {where} is missing.</source>
        <translation>Impossible d&apos;ouvrir {name}&#xa0;: la valeur {where} est absente.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {where} does not hold what a batch file holds there.</source>
        <translation>Impossible d&apos;ouvrir {name}&#xa0;: la valeur {where} ne correspond pas à ce qu&apos;un fichier de lot contient à cet endroit.</translation>
    </message>
</context>
<context>
    <name>ImportRowsDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>Type de destinataire</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Evidence URL</source>
        <translation>URL de la preuve</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Import rows from {source}</source>
        <translation>Importer des lignes depuis {source}</translation>
    </message>
    <message>
        <source>Import rows</source>
        <translation>Importer des lignes</translation>
    </message>
    <message>
        <source>Choose the column that holds the recipients.</source>
        <translation>Choisissez la colonne qui contient les destinataires.</translation>
    </message>
</context>
<context>
    <name>IssuerDialog</name>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>New issuer</source>
        <translation>Nouvel émetteur</translation>
    </message>
    <message>
        <source>What you may change</source>
        <translation>Ce que vous pouvez modifier</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation>Courriel de contact</translation>
    </message>
    <message>
        <source>one of your verified addresses</source>
        <translation>l&apos;une de vos adresses vérifiées</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>C&amp;ourriel&#xa0;:</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>&amp;Web site:</source>
        <translation>Site &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>Staff and their roles</source>
        <translation>Équipe et rôles</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Staff are added, removed and given roles in the web app, by the issuer&apos;s owners: API v2 does not change them.</source>
        <translation>Les membres de l&apos;équipe sont ajoutés, retirés et reçoivent leurs rôles dans l&apos;application web, par les propriétaires de l&apos;émetteur&#xa0;: l&apos;API v2 ne les modifie pas.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>You will be the new issuer&apos;s owner. Its email must be one of your verified addresses.</source>
        <translation>Vous serez propriétaire du nouvel émetteur. Son courriel doit être l&apos;une de vos adresses vérifiées.</translation>
    </message>
    <message>
        <source>You are an owner of this issuer: you may change everything here.</source>
        <translation>Vous êtes propriétaire de cet émetteur&#xa0;: vous pouvez tout modifier ici.</translation>
    </message>
    <message>
        <source>You are an editor of this issuer: you may change its details and image; only its owners may delete it or change its staff.</source>
        <translation>Vous êtes éditeur de cet émetteur&#xa0;: vous pouvez modifier ses détails et son image&#x202f;; seuls ses propriétaires peuvent le supprimer ou modifier son équipe.</translation>
    </message>
    <message>
        <source>You are staff of this issuer: you may award its badges but not change it. Ask one of its owners or editors.</source>
        <translation>Vous êtes membre de l&apos;équipe de cet émetteur&#xa0;: vous pouvez attribuer ses badges, mais pas le modifier. Adressez-vous à l&apos;un de ses propriétaires ou éditeurs.</translation>
    </message>
    <message>
        <source>You are not on this issuer&apos;s staff, so you cannot change it.</source>
        <translation>Vous ne faites pas partie de l&apos;équipe de cet émetteur&#xa0;: vous ne pouvez pas le modifier.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to {name}</source>
        <translation>Connexion à {name}</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Site being visited</source>
        <translation>Site visité</translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation>Progression du chargement de la page</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Page de connexion</translation>
    </message>
    <message>
        <source>Sign-in page not available</source>
        <translation>Page de connexion indisponible</translation>
    </message>
    <message>
        <source>The sign-in page cannot be shown: the server did not answer (the reason is above).

Your drafts and the issuers and badge classes saved at your last sign-in are still there to work with. Choose Retry once the server can be reached, or check the server&apos;s address in File → Server profiles.</source>
        <translation>La page de connexion ne peut pas être affichée&#xa0;: le serveur n&apos;a pas répondu (la raison est indiquée ci-dessus).

Vos brouillons ainsi que les émetteurs et modèles de badges enregistrés à votre dernière connexion restent disponibles. Choisissez Réessayer dès que le serveur est joignable, ou vérifiez l&apos;adresse du serveur dans Fichier → Profils de serveur.</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>Sign-in page hint</source>
        <translation>Indication sur la page de connexion</translation>
    </message>
    <message>
        <source>Warning: another site</source>
        <translation>Attention&#xa0;: autre site</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry signing in</source>
        <translation>Réessayer la connexion</translation>
    </message>
    <message>
        <source>Use the &amp;system browser instead</source>
        <translation>Utiliser plutôt le navigateur du &amp;système</translation>
    </message>
    <message>
        <source>Sign in with the system browser</source>
        <translation>Se connecter avec le navigateur du système</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>%1Signing in at %2</source>
        <translation>%1Connexion à %2</translation>
    </message>
    <message>
        <source>You are now on {host}, not on {home}. Only sign in if you expect your school&apos;s sign-in page.</source>
        <translation>Vous êtes maintenant sur {host}, et non sur {home}. Ne vous connectez que si vous attendez la page de connexion de votre établissement.</translation>
    </message>
    <message>
        <source>BadgeDesk refused to open {url}: it looks like BadgeDesk&apos;s own sign-in address but is not.</source>
        <translation>BadgeDesk a refusé d&apos;ouvrir {url}&#xa0;: elle ressemble à l&apos;adresse de connexion de BadgeDesk, mais ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>BadgeDesk refused to open {url}: it is a plain http address, which others on the network could read or change. Sign-in pages must use https.</source>
        <translation>BadgeDesk a refusé d&apos;ouvrir {url}&#xa0;: c&apos;est une adresse http simple, que d&apos;autres sur le réseau pourraient lire ou modifier. Les pages de connexion doivent utiliser https.</translation>
    </message>
    <message>
        <source>BadgeDesk refused to open {url}: it is not a web page.</source>
        <translation>BadgeDesk a refusé d&apos;ouvrir {url}&#xa0;: ce n&apos;est pas une page web.</translation>
    </message>
    <message>
        <source>The sign-in page {url} was not found (HTTP 404). Check the profile&apos;s Web app address.</source>
        <translation>La page de connexion {url} est introuvable (HTTP 404). Vérifiez l&apos;adresse de l&apos;application web du profil.</translation>
    </message>
    <message>
        <source>The server answered HTTP {status} for the sign-in page {url}. Try again later; if this goes on, check the profile&apos;s Web app address.</source>
        <translation>Le serveur a répondu HTTP {status} pour la page de connexion {url}. Réessayez plus tard&#x202f;; si le problème persiste, vérifiez l&apos;adresse de l&apos;application web du profil.</translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded: cannot reach {host} ({reason}). Check the network connection.</source>
        <translation>La page de connexion n&apos;a pas pu être chargée&#xa0;: {host} est injoignable ({reason}). Vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>{url} is not a sign-in page: it answered with a document of type {type}. Check the profile&apos;s Web app address (where people sign in, not the API address).</source>
        <translation>{url} n&apos;est pas une page de connexion&#xa0;: elle a répondu par un document de type {type}. Vérifiez l&apos;adresse de l&apos;application web du profil (là où l&apos;on se connecte, pas l&apos;adresse de l&apos;API).</translation>
    </message>
    <message>
        <source>This does not look like a sign-in page: no password field appeared at {url}. If you cannot sign in here, check the profile&apos;s Web app address: it must be the web app where people sign in, not the API address.</source>
        <translation>Ceci ne ressemble pas à une page de connexion&#xa0;: aucun champ de mot de passe n&apos;est apparu sur {url}. Si vous ne pouvez pas vous connecter ici, vérifiez l&apos;adresse de l&apos;application web du profil&#xa0;: ce doit être l&apos;application web où l&apos;on se connecte, pas l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>The server refused the sign-in ({error}).</source>
        <translation>Le serveur a refusé la connexion ({error}).</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in (state mismatch), so it was ignored for your safety. Please try again.</source>
        <translation>La réponse de connexion ne correspondait pas à cette connexion (state différent)&#xa0;: elle a été ignorée pour votre sécurité. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Access was denied, so BadgeDesk is not signed in.</source>
        <translation>L&apos;accès a été refusé&#xa0;: BadgeDesk n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Cannot listen for the browser&apos;s answer on %1: %2</source>
        <translation>Impossible d&apos;attendre la réponse du navigateur sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>En attente de la connexion dans votre navigateur…</translation>
    </message>
    <message>
        <source>The sign-in code was not accepted: it expired, was already used, or did not match this sign-in. Please try again.</source>
        <translation>Le code de connexion n&apos;a pas été accepté&#xa0;: il a expiré, a déjà été utilisé ou ne correspond pas à cette connexion. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the network connection and retry.</source>
        <translation>Le serveur est injoignable. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>The server had a problem while signing you in. Try again shortly.</source>
        <translation>Le serveur a rencontré un problème lors de votre connexion. Réessayez dans quelques instants.</translation>
    </message>
    <message>
        <source>Signing in failed unexpectedly.</source>
        <translation>La connexion a échoué de manière inattendue.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BadgeDesk main window</source>
        <translation>Fenêtre principale de BadgeDesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Révocations</translation>
    </message>
    <message>
        <source>Batches of revocations, drafted offline and submitted with a review step, appear here with their history.</source>
        <translation>Les lots de révocations, préparés hors ligne et envoyés après une étape de vérification, apparaissent ici avec leur historique.</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <source>Award batches you prepare offline will be kept here until you submit them. </source>
        <translation>Les lots d&apos;attributions préparés hors ligne sont conservés ici jusqu&apos;à leur envoi. </translation>
    </message>
    <message>
        <source>Offline drafting arrives in a later version of BadgeDesk.</source>
        <translation>La préparation hors ligne arrivera dans une version ultérieure de BadgeDesk.</translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <source>Backpack</source>
        <translation>Sac à badges</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Server &amp;profiles…</source>
        <translation>Profils de &amp;serveur…</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>Se co&amp;nnecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se déc&amp;onnecter</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>P&amp;remiers pas</translation>
    </message>
    <message>
        <source>&amp;About BadgeDesk</source>
        <translation>À &amp;propos de BadgeDesk</translation>
    </message>
    <message>
        <source>About BadgeDesk</source>
        <translation>À propos de BadgeDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;BadgeDesk {version}&lt;/b&gt;&lt;br&gt;A desktop console for the Digital Badges API v2.</source>
        <translation>&lt;b&gt;BadgeDesk {version}&lt;/b&gt;&lt;br&gt;Une console de bureau pour l&apos;API Digital Badges v2.</translation>
    </message>
    <message>
        <source>Server: {name}</source>
        <translation>Serveur&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Profil de serveur</translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation>Utilisateur connecté</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Where sign-in is kept</source>
        <translation>Où la connexion est conservée</translation>
    </message>
    <message>
        <source>Background activity</source>
        <translation>Activité en arrière-plan</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Sign-in rejected: sign in again</source>
        <translation>Connexion refusée&#xa0;: reconnectez-vous</translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation>Connecté en tant que {name}</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Sign-in kept for this session only (no keyring)</source>
        <translation>Connexion conservée pour cette session seulement (pas de trousseau)</translation>
    </message>
    <message>
        <source>Quit BadgeDesk?</source>
        <translation>Quitter BadgeDesk&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>Quit while %n batch(es) is(are) being sent?</source>
        <translation>
            <numerusform>Quitter pendant l&apos;envoi de %n lot&#x202f;?</numerusform>
            <numerusform>Quitter pendant l&apos;envoi de %n lots&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit now, no more rows are sent. The requests already on their way are given time to finish, so that their outcome is recorded; the other rows stay pending and can be sent later.</source>
        <translation>Si vous quittez maintenant, plus aucune ligne n&apos;est envoyée. Les requêtes déjà parties ont le temps de se terminer, afin que leur résultat soit enregistré&#x202f;; les autres lignes restent en attente et pourront être envoyées plus tard.</translation>
    </message>
    <message>
        <source>&amp;Wait for the requests in flight, then quit</source>
        <translation>A&amp;ttendre la fin des requêtes en cours, puis quitter</translation>
    </message>
    <message>
        <source>Wait for the requests in flight, then quit</source>
        <translation>Attendre la fin des requêtes en cours, puis quitter</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>Continuer à tra&amp;vailler</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Continuer à travailler</translation>
    </message>
    <message>
        <source>Finishing the requests in flight, then quitting…</source>
        <translation>Fin des requêtes en cours, puis fermeture…</translation>
    </message>
    <message>
        <source>Quitting…</source>
        <translation>Fermeture…</translation>
    </message>
</context>
<context>
    <name>MonthBars</name>
    <message>
        <source>Awards per month</source>
        <translation>Attributions par mois</translation>
    </message>
    <message numerus="yes">
        <source>{month}: %n award(s)</source>
        <translation>
            <numerusform>{month}&#xa0;: %n attribution</numerusform>
            <numerusform>{month}&#xa0;: %n attributions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>BadgeDesk will use this language from its next start.</source>
        <translation>BadgeDesk utilisera cette langue à partir de son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>This is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Enter an email address such as name@example.org.</source>
        <translation>Saisissez une adresse de courriel comme nom@example.org.</translation>
    </message>
    <message>
        <source>Enter a web address starting with https:// or http://.</source>
        <translation>Saisissez une adresse web commençant par https:// ou http://.</translation>
    </message>
    <message>
        <source>Enter a phone number: digits, optionally after a +.</source>
        <translation>Saisissez un numéro de téléphone&#xa0;: des chiffres, éventuellement précédés d&apos;un +.</translation>
    </message>
    <message>
        <source>The issue date cannot be in the future.</source>
        <translation>La date d&apos;émission ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The expiry must come after the issue date.</source>
        <translation>L&apos;expiration doit être postérieure à la date d&apos;émission.</translation>
    </message>
    <message>
        <source>The activity cannot end before it starts.</source>
        <translation>L&apos;activité ne peut pas se terminer avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <source>Give a URL or a narrative for each evidence item.</source>
        <translation>Indiquez une URL ou un récit pour chaque preuve.</translation>
    </message>
    <message>
        <source>The recipient type must be email, url, telephone or openBadgeId.</source>
        <translation>Le type de destinataire doit être email, url, telephone ou openBadgeId.</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, DD/MM/YYYY or MM/DD/YYYY (with / . - or a space between the numbers), or as an Excel date number.</source>
        <translation>Écrivez les dates sous la forme AAAA-MM-JJ, JJ/MM/AAAA ou MM/JJ/AAAA (avec / . - ou une espace entre les nombres), ou comme numéro de date Excel.</translation>
    </message>
    <message>
        <source>This recipient is already in the batch.</source>
        <translation>Ce destinataire est déjà dans le lot.</translation>
    </message>
    <message>
        <source>This holds a control character (such as NUL), which no one types: the file or text it came from is damaged. Retype it.</source>
        <translation>Ceci contient un caractère de contrôle (comme NUL), que personne ne saisit&#xa0;: le fichier ou le texte d&apos;origine est endommagé. Saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>This holds an invisible character (zero-width space, direction mark or soft hyphen), so it is not the address it looks like. Retype it.</source>
        <translation>Ceci contient un caractère invisible (espace sans chasse, marque de direction ou trait d&apos;union conditionnel)&#xa0;: ce n&apos;est donc pas l&apos;adresse qu&apos;il semble être. Saisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>This holds a character that could not be read (�): the file is in another encoding. Save it again as UTF-8.</source>
        <translation>Ceci contient un caractère illisible (�)&#xa0;: le fichier est dans un autre encodage. Réenregistrez-le en UTF-8.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Server profiles</source>
        <translation>Profils de serveur</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profils&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>optional; kept in the system keyring</source>
        <translation>facultatif&#x202f;; conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;API address:</source>
        <translation>Adresse de l&apos;&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web app address:</source>
        <translation>Adresse de l&apos;application &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <source>Redir&amp;ect URI:</source>
        <translation>URI de re&amp;direction&#xa0;:</translation>
    </message>
    <message>
        <source>Sc&amp;opes:</source>
        <translation>P&amp;ortées&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l&apos;API</translation>
    </message>
    <message>
        <source>Web app address</source>
        <translation>Adresse de l&apos;application web</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation>Page de connexion</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL des jetons</translation>
    </message>
    <message>
        <source>Token revocation URL</source>
        <translation>URL de révocation des jetons</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>“{name}” is the name of a built-in profile.</source>
        <translation>«&#xa0;{name}&#xa0;» est le nom d&apos;un profil intégré.</translation>
    </message>
    <message>
        <source>A profile called “{name}” already exists.</source>
        <translation>Un profil nommé «&#xa0;{name}&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>{field} must be a web address starting with https:// or http://.</source>
        <translation>{field} doit être une adresse web commençant par https:// ou http://.</translation>
    </message>
    <message>
        <source>{field} must start with https://: plain http:// is only for a server on this computer, since the sign-in and every badge would cross the network unprotected.</source>
        <translation>{field} doit commencer par https://&#xa0;: http:// simple est réservé à un serveur sur cet ordinateur, car la connexion et chaque badge traverseraient le réseau sans protection.</translation>
    </message>
    <message>
        <source>A client id is required.</source>
        <translation>Un identifiant client est obligatoire.</translation>
    </message>
    <message>
        <source>Only custom profiles can be removed.</source>
        <translation>Seuls les profils personnalisés peuvent être retirés.</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problème dans {field}</translation>
    </message>
    <message>
        <source>Client secre&amp;t:</source>
        <translation>Secre&amp;t client&#xa0;:</translation>
    </message>
    <message>
        <source>Where the API answers (badgr-server); tokens are fetched and revoked here.</source>
        <translation>Là où l&apos;API répond (badgr-server)&#x202f;; les jetons y sont obtenus et révoqués.</translation>
    </message>
    <message>
        <source>Where people sign in: the web app (badgr-ui). On a self-hosted server this is usually not the API address.</source>
        <translation>Là où l&apos;on se connecte&#xa0;: l&apos;application web (badgr-ui). Sur un serveur auto-hébergé, ce n&apos;est généralement pas l&apos;adresse de l&apos;API.</translation>
    </message>
    <message>
        <source>Addresses BadgeDesk will use</source>
        <translation>Adresses que BadgeDesk utilisera</translation>
    </message>
    <message>
        <source>Problem with this profile</source>
        <translation>Problème dans ce profil</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation>&amp;Utiliser ce profil</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>New custom profile</source>
        <translation>Nouveau profil personnalisé</translation>
    </message>
    <message>
        <source>Duplicate as a custom profile</source>
        <translation>Dupliquer comme profil personnalisé</translation>
    </message>
    <message>
        <source>Remove this profile</source>
        <translation>Retirer ce profil</translation>
    </message>
    <message>
        <source>Save this profile</source>
        <translation>Enregistrer ce profil</translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation>Passer à ce profil</translation>
    </message>
    <message>
        <source>Close server profiles</source>
        <translation>Fermer les profils de serveur</translation>
    </message>
    <message>
        <source>{name} (in use)</source>
        <translation>{name} (utilisé)</translation>
    </message>
    <message>
        <source>{name} (custom)</source>
        <translation>{name} (personnalisé)</translation>
    </message>
    <message>
        <source>Could not save the profiles: {reason}</source>
        <translation>Impossible d&apos;enregistrer les profils&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The local sandbox bundled with BadgeDesk: demo data, no account needed. It starts on a free port when used.</source>
        <translation>Le bac à sable local fourni avec BadgeDesk&#xa0;: données de démonstration, aucun compte nécessaire. Il démarre sur un port libre lorsqu&apos;il est utilisé.</translation>
    </message>
    <message>
        <source>A hosted region. Parchment issues the client id (and secret) your institution uses: duplicate this profile to enter them.</source>
        <translation>Une région hébergée. Parchment fournit l&apos;identifiant client (et le secret) de votre établissement&#xa0;: dupliquez ce profil pour les saisir.</translation>
    </message>
    <message>
        <source>A custom server, such as a self-hosted Badgr.</source>
        <translation>Un serveur personnalisé, comme un Badgr auto-hébergé.</translation>
    </message>
    <message>
        <source>A new custom profile: fill it in and save it.</source>
        <translation>Un nouveau profil personnalisé&#xa0;: remplissez-le et enregistrez-le.</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>estimating time left</source>
        <translation>estimation du temps restant</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} restant</translation>
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
        <translation>Annulé&#xa0;: les lignes non envoyées restent en attente.</translation>
    </message>
    <message>
        <source>Stopped: the server could not be reached. Submit again later; rows whose answer was lost are checked with the server first.</source>
        <translation>Arrêté&#xa0;: le serveur est injoignable. Renvoyez plus tard&#x202f;; les lignes dont la réponse a été perdue sont d&apos;abord vérifiées auprès du serveur.</translation>
    </message>
    <message>
        <source>Stopped: sign in again, then submit to continue.</source>
        <translation>Arrêté&#xa0;: reconnectez-vous, puis envoyez pour continuer.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) sent without an answer will be checked with the server before anything is sent again.</source>
        <translation>
            <numerusform>%n ligne envoyée sans réponse sera vérifiée auprès du serveur avant tout nouvel envoi.</numerusform>
            <numerusform>%n lignes envoyées sans réponse seront vérifiées auprès du serveur avant tout nouvel envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server.</source>
        <translation>Serveur injoignable.</translation>
    </message>
    <message>
        <source>The server is not answering.</source>
        <translation>Le serveur ne répond pas.</translation>
    </message>
    <message>
        <source>The server is failing.</source>
        <translation>Le serveur est en panne.</translation>
    </message>
    <message>
        <source>The server asked BadgeDesk to wait.</source>
        <translation>Le serveur a demandé à BadgeDesk de patienter.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n row(s) done, {waiting} waiting.</source>
        <translation>
            <numerusform>{done} sur %n ligne traitée, {waiting} en attente.</numerusform>
            <numerusform>{done} sur %n lignes traitées, {waiting} en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent without an answer: %n row(s), checked with the server before anything is sent again.</source>
        <translation>
            <numerusform>Envoyée sans réponse&#xa0;: %n ligne, vérifiée auprès du serveur avant tout nouvel envoi.</numerusform>
            <numerusform>Envoyées sans réponse&#xa0;: %n lignes, vérifiées auprès du serveur avant tout nouvel envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying in {time}.</source>
        <translation>Nouvel essai dans {time}.</translation>
    </message>
    <message>
        <source>Making the badge class {name} on the server first: no award leaves before it exists.</source>
        <translation>Création préalable du modèle de badge {name} sur le serveur&#xa0;: aucune attribution ne part avant qu&apos;il existe.</translation>
    </message>
    <message>
        <source>the server asked BadgeDesk to wait {time}</source>
        <translation>le serveur a demandé à BadgeDesk de patienter {time}</translation>
    </message>
    <message>
        <source>waiting for the server: no answer for {time}</source>
        <translation>en attente du serveur&#xa0;: aucune réponse depuis {time}</translation>
    </message>
    <message>
        <source>{what} progress</source>
        <translation>Progression&#xa0;: {what}</translation>
    </message>
    <message>
        <source>{what} status</source>
        <translation>État&#xa0;: {what}</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Mettre en pause ou reprendre</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>Réessayer &amp;maintenant</translation>
    </message>
    <message>
        <source>Retry now instead of waiting</source>
        <translation>Réessayer maintenant au lieu d&apos;attendre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel: rows not sent stay pending, requests in flight are abandoned</source>
        <translation>Annuler&#xa0;: les lignes non envoyées restent en attente, les requêtes en cours sont abandonnées</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the revocations</source>
        <translation>Vérifier les révocations</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n award(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Révoquer %n attribution&#x202f;? Cette action est irréversible.</numerusform>
            <numerusform>Révoquer %n attributions&#x202f;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>What will be revoked</source>
        <translation>Ce qui sera révoqué</translation>
    </message>
    <message>
        <source>Badge classes and reasons</source>
        <translation>Modèles de badges et motifs</translation>
    </message>
    <message>
        <source>Re&amp;cipients:</source>
        <translation>&amp;Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>Recipients whose awards are revoked</source>
        <translation>Destinataires dont les attributions sont révoquées</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n award(s)</source>
        <translation>
            <numerusform>Révoquer %n attribution</numerusform>
            <numerusform>Révoquer %n attributions</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the awards now</source>
        <translation>Révoquer les attributions maintenant</translation>
    </message>
    <message numerus="yes">
        <source>To confirm, &amp;type the number of awards to revoke (%n):</source>
        <translation>
            <numerusform>Pour confirmer, &amp;tapez le nombre d&apos;attributions à révoquer (%n)&#xa0;:</numerusform>
            <numerusform>Pour confirmer, &amp;tapez le nombre d&apos;attributions à révoquer (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of awards to revoke, typed to confirm</source>
        <translation>Nombre d&apos;attributions à révoquer, saisi pour confirmer</translation>
    </message>
    <message>
        <source>Badge classes:</source>
        <translation>Modèles de badges&#xa0;:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Motifs&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Already revoked on the server, so skipped: %n.</source>
        <translation>
            <numerusform>Déjà révoquée sur le serveur, donc ignorée&#xa0;: %n.</numerusform>
            <numerusform>Déjà révoquées sur le serveur, donc ignorées&#xa0;: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevocationEditor</name>
    <message numerus="yes">
        <source>Revoke %n award(s) ({day})</source>
        <translation>
            <numerusform>Révoquer %n attribution ({day})</numerusform>
            <numerusform>Révoquer %n attributions ({day})</numerusform>
        </translation>
    </message>
    <message>
        <source>change a reason</source>
        <translation>modification d&apos;un motif</translation>
    </message>
    <message>
        <source>Revocation batch</source>
        <translation>Lot de révocations</translation>
    </message>
    <message>
        <source>Batch name</source>
        <translation>Nom du lot</translation>
    </message>
    <message>
        <source>Reason for every row</source>
        <translation>Motif pour chaque ligne</translation>
    </message>
    <message>
        <source>Required: shown with each revoked badge, e.g. “Course was cancelled”</source>
        <translation>Obligatoire&#xa0;: affiché avec chaque badge révoqué, p. ex. «&#xa0;Formation annulée&#xa0;»</translation>
    </message>
    <message>
        <source>Awards revoked per request</source>
        <translation>Attributions révoquées par requête</translation>
    </message>
    <message>
        <source>How many awards go in one request to the server (the server answers per award)</source>
        <translation>Nombre d&apos;attributions par requête au serveur (le serveur répond pour chaque attribution)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Per re&amp;quest:</source>
        <translation>Par re&amp;quête&#xa0;:</translation>
    </message>
    <message>
        <source>Awards to revoke</source>
        <translation>Attributions à révoquer</translation>
    </message>
    <message>
        <source>&amp;Add from CSV…</source>
        <translation>&amp;Ajouter depuis un CSV…</translation>
    </message>
    <message>
        <source>Add rows from a CSV of assertion entityIds, or of recipients and a badge class</source>
        <translation>Ajouter des lignes depuis un CSV d&apos;entityId d&apos;attributions, ou de destinataires et d&apos;un modèle de badge</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>Supprimer les lignes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Ch&amp;eck with server</source>
        <translation>&amp;Vérifier auprès du serveur</translation>
    </message>
    <message>
        <source>Find each row&apos;s award on the server and see its status now</source>
        <translation>Retrouver l&apos;attribution de chaque ligne sur le serveur et voir son statut actuel</translation>
    </message>
    <message>
        <source>Rev&amp;iew and revoke…</source>
        <translation>Vérifier et &amp;révoquer…</translation>
    </message>
    <message>
        <source>Re&amp;try failed</source>
        <translation>Renvo&amp;yer les échecs</translation>
    </message>
    <message>
        <source>E&amp;xport results…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
    <message>
        <source>What the batch still needs</source>
        <translation>Ce qui manque encore au lot</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Checking with the server: {found} found, {revoked} already revoked, {missing} not found, {ambiguous} ambiguous, {duplicates} duplicate</source>
        <translation>Vérification auprès du serveur&#xa0;: {found} trouvée(s), {revoked} déjà révoquée(s), {missing} introuvable(s), {ambiguous} ambiguë(s), {duplicates} en double</translation>
    </message>
    <message>
        <source>Reading back the awards an interrupted run may have revoked…</source>
        <translation>Relecture des attributions qu&apos;un envoi interrompu a pu révoquer…</translation>
    </message>
    <message>
        <source>Paused: the request in flight finishes, nothing new is sent.</source>
        <translation>En pause&#xa0;: la requête en cours se termine, rien de nouveau n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>{revoked} revoked, {skipped} already revoked, {failed} failed · {left}</source>
        <translation>{revoked} révoquée(s), {skipped} déjà révoquée(s), {failed} en échec · {left}</translation>
    </message>
    <message>
        <source>{revoked} revoked, {skipped} already revoked, {failed} failed</source>
        <translation>{revoked} révoquée(s), {skipped} déjà révoquée(s), {failed} en échec</translation>
    </message>
    <message>
        <source>Finished: {counts}.</source>
        <translation>Terminé&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>Add the awards to revoke: Add from CSV, or Revoke selected in the Assertions tab.</source>
        <translation>Ajoutez les attributions à révoquer&#xa0;: Ajouter depuis un CSV, ou Révoquer la sélection dans l&apos;onglet Attributions.</translation>
    </message>
    <message numerus="yes">
        <source>Rows that do not name one award: %n (first: row {row}). See their Status, then delete them or check again.</source>
        <translation>
            <numerusform>Lignes ne désignant pas une seule attribution&#xa0;: %n (première&#xa0;: ligne {row}). Consultez son statut, puis supprimez-la ou vérifiez de nouveau.</numerusform>
            <numerusform>Lignes ne désignant pas une seule attribution&#xa0;: %n (première&#xa0;: ligne {row}). Consultez leur statut, puis supprimez-les ou vérifiez de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is required: write one for the batch.</source>
        <translation>Un motif est obligatoire&#xa0;: indiquez-en un pour le lot.</translation>
    </message>
    <message>
        <source>Rows may have been sent with this reason: review and revoke again to settle them before changing it.</source>
        <translation>Des lignes ont pu être envoyées avec ce motif&#xa0;: vérifiez et révoquez de nouveau pour les régler avant de le modifier.</translation>
    </message>
    <message>
        <source>Sign in to check and revoke: drafting works offline.</source>
        <translation>Connectez-vous pour vérifier et révoquer&#xa0;: la préparation fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Review the batch, then revoke</source>
        <translation>Vérifier le lot, puis révoquer</translation>
    </message>
</context>
<context>
    <name>RevocationImportDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>Assertion entityId or URL</source>
        <translation>entityId ou URL de l&apos;attribution</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>Type de destinataire</translation>
    </message>
    <message>
        <source>Badge class (name or entityId)</source>
        <translation>Modèle de badge (nom ou entityId)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>not an assertion entityId or URL</source>
        <translation>ni un entityId ni une URL d&apos;attribution</translation>
    </message>
    <message>
        <source>not a valid recipient for its type</source>
        <translation>destinataire non valide pour son type</translation>
    </message>
    <message>
        <source>unknown recipient type</source>
        <translation>type de destinataire inconnu</translation>
    </message>
    <message>
        <source>no badge class: add a column, or choose one below</source>
        <translation>aucun modèle de badge&#xa0;: ajoutez une colonne, ou choisissez-en un ci-dessous</translation>
    </message>
    <message>
        <source>no badge class of that name</source>
        <translation>aucun modèle de badge de ce nom</translation>
    </message>
    <message>
        <source>several badge classes have that name: use its entityId</source>
        <translation>plusieurs modèles de badges portent ce nom&#xa0;: utilisez son entityId</translation>
    </message>
    <message>
        <source>the same award is on an earlier line</source>
        <translation>la même attribution figure sur une ligne précédente</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>holds a control character (such as NUL): the file is damaged</source>
        <translation>contient un caractère de contrôle (comme NUL)&#xa0;: le fichier est endommagé</translation>
    </message>
    <message>
        <source>holds an invisible character (zero-width space, direction mark or soft hyphen)</source>
        <translation>contient un caractère invisible (espace sans chasse, marque de direction ou trait d&apos;union conditionnel)</translation>
    </message>
    <message>
        <source>holds a character that could not be read in the file&apos;s encoding (�)</source>
        <translation>contient un caractère illisible dans l&apos;encodage du fichier (�)</translation>
    </message>
    <message>
        <source>Add awards to revoke from {source}</source>
        <translation>Ajouter des attributions à révoquer depuis {source}</translation>
    </message>
    <message>
        <source>Badge class of recipients without one</source>
        <translation>Modèle de badge des destinataires qui n&apos;en ont pas</translation>
    </message>
    <message>
        <source>(none: the file names them)</source>
        <translation>(aucun&#xa0;: le fichier les indique)</translation>
    </message>
    <message>
        <source>&amp;Badge class for recipients:</source>
        <translation>Modèle de &amp;badge des destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the column that holds assertion entityIds (or URLs), or the one that holds recipients.</source>
        <translation>Choisissez la colonne qui contient les entityId des attributions (ou leurs URL), ou celle qui contient les destinataires.</translation>
    </message>
</context>
<context>
    <name>RevocationModels</name>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Not sent: the award was already revoked</source>
        <translation>Non envoyée&#xa0;: l&apos;attribution était déjà révoquée</translation>
    </message>
    <message>
        <source>Rows never sent, or sent without an answer yet</source>
        <translation>Lignes jamais envoyées, ou envoyées sans réponse pour l&apos;instant</translation>
    </message>
    <message>
        <source>Batch: {title}</source>
        <translation>Lot&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Single (outcome unknown): {title}</source>
        <translation>Individuelle (résultat inconnu)&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Single: {title}</source>
        <translation>Individuelle&#xa0;: {title}</translation>
    </message>
    <message>
        <source>By {user}.</source>
        <translation>Par {user}.</translation>
    </message>
    <message>
        <source>{revoked} revoked, {failed} failed, {skipped} skipped (already revoked), {left} not sent.</source>
        <translation>{revoked} révoquée(s), {failed} en échec, {skipped} ignorée(s) (déjà révoquées), {left} non envoyée(s).</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the batch.</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour ouvrir le lot.</translation>
    </message>
    <message>
        <source>Reason: {detail}</source>
        <translation>Motif&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Not revoked: {detail}</source>
        <translation>Non révoquée&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The server&apos;s answer never came: check the award in the Assertions tab. {detail}</source>
        <translation>La réponse du serveur n&apos;est jamais arrivée&#xa0;: vérifiez l&apos;attribution dans l&apos;onglet Attributions. {detail}</translation>
    </message>
    <message>
        <source>Assertion {entity_id}</source>
        <translation>Attribution {entity_id}</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>entityId</source>
        <translation>entityId</translation>
    </message>
    <message>
        <source>The server gives no reason</source>
        <translation>Le serveur n&apos;indique aucun motif</translation>
    </message>
</context>
<context>
    <name>RevocationRowsModel</name>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambiguë</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Sent: awaiting the answer…</source>
        <translation>Envoyée&#xa0;: en attente de la réponse…</translation>
    </message>
    <message>
        <source>Skipped: already revoked</source>
        <translation>Ignorée&#xa0;: déjà révoquée</translation>
    </message>
    <message>
        <source>Failed: {error}</source>
        <translation>Échec&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation>Modèle de badge</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>(reason required)</source>
        <translation>(motif obligatoire)</translation>
    </message>
    <message>
        <source>Own reason: {reason}</source>
        <translation>Motif propre&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Batch reason: {reason}</source>
        <translation>Motif du lot&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>entityId: {entity_id}</source>
        <translation>entityId&#xa0;: {entity_id}</translation>
    </message>
    <message>
        <source>Last seen {time}</source>
        <translation>Dernière vérification&#xa0;: {time}</translation>
    </message>
    <message>
        <source>This row&apos;s own reason (clear it to use the batch&apos;s).</source>
        <translation>Le motif propre de cette ligne (effacez-le pour utiliser celui du lot).</translation>
    </message>
    <message>
        <source>The batch&apos;s reason; type here to give this row its own.</source>
        <translation>Le motif du lot&#x202f;; saisissez-en un ici pour donner à cette ligne son propre motif.</translation>
    </message>
</context>
<context>
    <name>RevocationsTab</name>
    <message>
        <source>Revocation batches</source>
        <translation>Lots de révocations</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Révocations</translation>
    </message>
    <message>
        <source>Ne&amp;w batch</source>
        <translation>Nou&amp;veau lot</translation>
    </message>
    <message>
        <source>Start a batch of revocations (works offline)</source>
        <translation>Créer un lot de révocations (fonctionne hors ligne)</translation>
    </message>
    <message>
        <source>De&amp;lete batch…</source>
        <translation>&amp;Supprimer le lot…</translation>
    </message>
    <message>
        <source>Delete the batch from this computer (what was revoked stays revoked)</source>
        <translation>Supprimer le lot de cet ordinateur (ce qui a été révoqué le reste)</translation>
    </message>
    <message>
        <source>No revocation batch open</source>
        <translation>Aucun lot de révocations ouvert</translation>
    </message>
    <message>
        <source>A revocation batch revokes many awards at once, with a reason. Select awards in the Assertions tab and use Revoke selected, or start a New batch (Ctrl+Shift+N) and add a CSV of assertion entityIds or of recipients (Ctrl+I). Batches are kept on this computer and can be drafted offline; nothing is revoked before you review the batch (Ctrl+Return) and confirm.</source>
        <translation>Un lot de révocations révoque de nombreuses attributions à la fois, avec un motif. Sélectionnez des attributions dans l&apos;onglet Attributions et utilisez Révoquer la sélection, ou créez un Nouveau lot (Ctrl+Shift+N) et ajoutez un CSV d&apos;entityId d&apos;attributions ou de destinataires (Ctrl+I). Les lots sont conservés sur cet ordinateur et peuvent être préparés hors ligne&#x202f;; rien n&apos;est révoqué avant que vous ayez vérifié le lot (Ctrl+Return) et confirmé.</translation>
    </message>
    <message>
        <source>New revocation batch</source>
        <translation>Nouveau lot de révocations</translation>
    </message>
    <message>
        <source>Revocations pages</source>
        <translation>Pages des révocations</translation>
    </message>
    <message>
        <source>Batche&amp;s</source>
        <translation>&amp;Lots</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Revo&amp;ked awards</source>
        <translation>Attributions rév&amp;oquées</translation>
    </message>
    <message>
        <source>Revocations of {date}</source>
        <translation>Révocations de {date}</translation>
    </message>
    <message numerus="yes">
        <source>Started a revocation batch with %n award(s): write the reason, then review.</source>
        <translation>
            <numerusform>Lot de révocations créé avec %n attribution&#xa0;: indiquez le motif, puis vérifiez.</numerusform>
            <numerusform>Lot de révocations créé avec %n attributions&#xa0;: indiquez le motif, puis vérifiez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}” from this computer? Awards it already revoked stay revoked, and the audit log keeps every revocation.</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;» de cet ordinateur&#x202f;? Les attributions qu&apos;il a déjà révoquées le restent, et le journal d&apos;audit conserve chaque révocation.</translation>
    </message>
    <message>
        <source>Add awards to revoke from CSV</source>
        <translation>Ajouter des attributions à révoquer depuis un CSV</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV et texte (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Added %n row(s).</source>
        <translation>
            <numerusform>%n ligne ajoutée.</numerusform>
            <numerusform>%n lignes ajoutées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n was(were) already in the batch.</source>
        <translation>
            <numerusform>%n figurait déjà dans le lot.</numerusform>
            <numerusform>%n figuraient déjà dans le lot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) not imported (see the report).</source>
        <translation>
            <numerusform>%n ligne non importée (voir le rapport).</numerusform>
            <numerusform>%n lignes non importées (voir le rapport).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check with server (F5) to see each award&apos;s status.</source>
        <translation>Vérifiez auprès du serveur (F5) pour voir le statut de chaque attribution.</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Exported the outcome of %n row(s) to {path}.</source>
        <translation>
            <numerusform>Résultat de %n ligne exporté vers {path}.</numerusform>
            <numerusform>Résultat de %n lignes exporté vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check the rows with the server: {error}</source>
        <translation>Impossible de vérifier les lignes auprès du serveur&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s): {found} to revoke, {revoked} already revoked, {missing} not found, {ambiguous} ambiguous, {duplicates} duplicate.</source>
        <translation>
            <numerusform>%n ligne vérifiée&#xa0;: {found} à révoquer, {revoked} déjà révoquée(s), {missing} introuvable(s), {ambiguous} ambiguë(s), {duplicates} en double.</numerusform>
            <numerusform>%n lignes vérifiées&#xa0;: {found} à révoquer, {revoked} déjà révoquée(s), {missing} introuvable(s), {ambiguous} ambiguë(s), {duplicates} en double.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to revoke: every row is settled.</source>
        <translation>Plus rien à révoquer&#xa0;: toutes les lignes sont réglées.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke award</source>
        <translation>Révoquer l&apos;attribution</translation>
    </message>
    <message>
        <source>Revoke the award of {recipient}?

The badge stops being valid for its holder and for anyone who checks it. This cannot be undone.</source>
        <translation>Révoquer l&apos;attribution de {recipient}&#x202f;?

Le badge cesse d&apos;être valide pour son titulaire et pour quiconque le vérifie. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Reason (required, shown with the revoked badge):</source>
        <translation>&amp;Motif (obligatoire, affiché avec le badge révoqué)&#xa0;:</translation>
    </message>
    <message>
        <source>Revocation reason</source>
        <translation>Motif de révocation</translation>
    </message>
    <message>
        <source>For example: awarded in error.</source>
        <translation>Par exemple&#xa0;: attribué par erreur.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Re&amp;voke award</source>
        <translation>Ré&amp;voquer l&apos;attribution</translation>
    </message>
    <message>
        <source>Write a reason first.</source>
        <translation>Indiquez d&apos;abord un motif.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
</context>
<context>
    <name>RevokedView</name>
    <message>
        <source>Revoked awards</source>
        <translation>Attributions révoquées</translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation>Modèle de badge</translation>
    </message>
    <message>
        <source>No badge class known yet</source>
        <translation>Aucun modèle de badge connu pour l&apos;instant</translation>
    </message>
    <message>
        <source>Bad&amp;ge class:</source>
        <translation>Modèle de &amp;badge&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <source>List the badge class&apos;s revoked awards (F5)</source>
        <translation>Lister les attributions révoquées du modèle de badge (F5)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop loading (Esc); what is listed stays</source>
        <translation>Arrêter le chargement (Esc)&#x202f;; ce qui est listé reste affiché</translation>
    </message>
    <message>
        <source>Load the revoked awards</source>
        <translation>Charger les attributions révoquées</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Choose a badge class and Load to list its revoked awards.</source>
        <translation>Choisissez un modèle de badge et cliquez sur Charger pour lister ses attributions révoquées.</translation>
    </message>
    <message>
        <source>Load progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Load error</source>
        <translation>Erreur de chargement</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Une erreur s&apos;est produite&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Could not list the revoked awards: {error}</source>
        <translation>Impossible de lister les attributions révoquées&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No award of “{name}” is revoked.</source>
        <translation>Aucune attribution de «&#xa0;{name}&#xa0;» n&apos;est révoquée.</translation>
    </message>
    <message>
        <source>Sign in to list revoked awards.</source>
        <translation>Connectez-vous pour lister les attributions révoquées.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln revoked award(s): the list may be incomplete.</source>
        <translation>
            <numerusform>Annulé après %Ln attribution révoquée&#xa0;: la liste est peut-être incomplète.</numerusform>
            <numerusform>Annulé après %Ln attributions révoquées&#xa0;: la liste est peut-être incomplète.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked award(s) listed before the error. Load to try again.</source>
        <translation>
            <numerusform>%Ln attribution révoquée listée avant l&apos;erreur. Chargez pour réessayer.</numerusform>
            <numerusform>%Ln attributions révoquées listées avant l&apos;erreur. Chargez pour réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing listed. Load to try again.</source>
        <translation>Rien de listé. Chargez pour réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln revoked award(s)…</source>
        <translation>
            <numerusform>%Ln attribution révoquée chargée…</numerusform>
            <numerusform>%Ln attributions révoquées chargées…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked award(s) of “{name}”.</source>
        <translation>
            <numerusform>%Ln attribution révoquée de «&#xa0;{name}&#xa0;».</numerusform>
            <numerusform>%Ln attributions révoquées de «&#xa0;{name}&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionReasons</name>
    <message>
        <source>Sign in to do this.</source>
        <translation>Connectez-vous pour effectuer cette action.</translation>
    </message>
    <message>
        <source>Needs the “{scope}” permission, which this sign-in did not grant. Sign out and sign in again to allow it.</source>
        <translation>Nécessite l&apos;autorisation «&#xa0;{scope}&#xa0;», que cette connexion n&apos;a pas accordée. Déconnectez-vous puis reconnectez-vous pour l&apos;autoriser.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>The server rejected your sign-in. Sign in again (Account → Sign in…).</source>
        <translation>Le serveur a refusé votre connexion. Reconnectez-vous (Compte → Se connecter…).</translation>
    </message>
    <message>
        <source>Refreshing issuers and badge classes…</source>
        <translation>Actualisation des émetteurs et modèles de badges…</translation>
    </message>
    <message>
        <source>Available offline: {issuers} and {classes}.</source>
        <translation>Disponibles hors ligne&#xa0;: {issuers} et {classes}.</translation>
    </message>
    <message numerus="yes">
        <source>%n issuer(s)</source>
        <translation>
            <numerusform>%n émetteur</numerusform>
            <numerusform>%n émetteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge class(es)</source>
        <translation>
            <numerusform>%n modèle de badge</numerusform>
            <numerusform>%n modèles de badges</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to {name}…</source>
        <translation>Connexion à {name}…</translation>
    </message>
    <message>
        <source>Offline: {name} cannot be reached. Your sign-in is kept for later.</source>
        <translation>Hors ligne&#xa0;: {name} est injoignable. Votre connexion est conservée pour plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>%n badge class(es) drafted offline can now be sent: Assertions → Badge classes → Send drafts to the server.</source>
        <translation>
            <numerusform>%n modèle de badge préparé hors ligne peut maintenant être envoyé&#xa0;: Attributions → Modèles de badges → Envoyer les brouillons au serveur.</numerusform>
            <numerusform>%n modèles de badges préparés hors ligne peuvent maintenant être envoyés&#xa0;: Attributions → Modèles de badges → Envoyer les brouillons au serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Switching to {name}…</source>
        <translation>Passage à {name}…</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Sign-out not confirmed</source>
        <translation>Déconnexion non confirmée</translation>
    </message>
    <message>
        <source>The tokens were removed from this computer but the server did not confirm the sign-out.</source>
        <translation>Les jetons ont été supprimés de cet ordinateur, mais le serveur n&apos;a pas confirmé la déconnexion.</translation>
    </message>
    <message>
        <source>Until it does, they may still work. BadgeDesk keeps them in the system keyring only, and asks the server again when it next starts.</source>
        <translation>D&apos;ici là, ils peuvent encore fonctionner. BadgeDesk les conserve uniquement dans le trousseau du système et redemandera au serveur à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Until it does, they may still work.</source>
        <translation>D&apos;ici là, ils peuvent encore fonctionner.</translation>
    </message>
    <message>
        <source>Revoking the sign-in at the server…</source>
        <translation>Révocation de la connexion auprès du serveur…</translation>
    </message>
</context>
<context>
    <name>StoreProblemBox</name>
    <message>
        <source>BadgeDesk cannot open its data</source>
        <translation>BadgeDesk ne peut pas ouvrir ses données</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Keep the old file aside and start afresh</source>
        <translation>&amp;Mettre l&apos;ancien fichier de côté et repartir de zéro</translation>
    </message>
    <message>
        <source>&amp;Open another data folder…</source>
        <translation>&amp;Ouvrir un autre dossier de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Keeping it aside renames it with today&apos;s date, so nothing in it is lost, and starts an empty store: batches and the history of sent rows start afresh.</source>
        <translation>Le mettre de côté le renomme avec la date du jour, si bien que rien de son contenu n&apos;est perdu, et démarre un stockage vide&#xa0;: les lots et l&apos;historique des lignes envoyées repartent de zéro.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of BadgeDesk.</source>
        <translation>Ces données ont été enregistrées par une version plus récente de BadgeDesk.</translation>
    </message>
    <message>
        <source>{file} can only be opened by that newer version. Update BadgeDesk, or work in another data folder. {kept}</source>
        <translation>{file} ne peut être ouvert que par cette version plus récente. Mettez BadgeDesk à jour, ou travaillez dans un autre dossier de données. {kept}</translation>
    </message>
    <message>
        <source>BadgeDesk&apos;s data file has been replaced by another kind of file.</source>
        <translation>Le fichier de données de BadgeDesk a été remplacé par un autre type de fichier.</translation>
    </message>
    <message>
        <source>{file} is not a BadgeDesk data file, so BadgeDesk will not write to it. {kept}</source>
        <translation>{file} n&apos;est pas un fichier de données BadgeDesk&#xa0;: BadgeDesk n&apos;y écrira donc pas. {kept}</translation>
    </message>
    <message>
        <source>BadgeDesk&apos;s data file is damaged.</source>
        <translation>Le fichier de données de BadgeDesk est endommagé.</translation>
    </message>
    <message>
        <source>{file} is incomplete or damaged (for example after a crash, a full disk or an interrupted copy), so BadgeDesk will not write to it. {kept} A backup of the data folder, if there is one, can be opened instead.</source>
        <translation>{file} est incomplet ou endommagé (par exemple après un plantage, un disque plein ou une copie interrompue)&#xa0;: BadgeDesk n&apos;y écrira donc pas. {kept} Une sauvegarde du dossier de données, s&apos;il en existe une, peut être ouverte à la place.</translation>
    </message>
    <message>
        <source>Something else is where BadgeDesk keeps its data.</source>
        <translation>Autre chose occupe l&apos;emplacement des données de BadgeDesk.</translation>
    </message>
    <message>
        <source>{file} should be BadgeDesk&apos;s, but it is a folder or file of something else. Move it away and try again, or work in another data folder.</source>
        <translation>{file} devrait appartenir à BadgeDesk, mais c&apos;est un dossier ou un fichier d&apos;autre chose. Déplacez-le ailleurs et réessayez, ou travaillez dans un autre dossier de données.</translation>
    </message>
    <message>
        <source>BadgeDesk is not allowed to save its data.</source>
        <translation>BadgeDesk n&apos;est pas autorisé à enregistrer ses données.</translation>
    </message>
    <message>
        <source>{file} may not be written to (it is read-only, or belongs to another account). Ask for write access and try again, or work in another data folder.</source>
        <translation>{file} n&apos;est pas accessible en écriture (il est en lecture seule, ou appartient à un autre compte). Demandez l&apos;accès en écriture et réessayez, ou travaillez dans un autre dossier de données.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Le disque est plein.</translation>
    </message>
    <message>
        <source>BadgeDesk could not open {file} because the disk has no space left. Free some space and try again; the data already saved is safe.</source>
        <translation>BadgeDesk n&apos;a pas pu ouvrir {file}, car le disque n&apos;a plus d&apos;espace libre. Libérez de l&apos;espace et réessayez&#x202f;; les données déjà enregistrées sont en sécurité.</translation>
    </message>
    <message>
        <source>The disk could not read or write BadgeDesk&apos;s data.</source>
        <translation>Le disque n&apos;a pas pu lire ou écrire les données de BadgeDesk.</translation>
    </message>
    <message>
        <source>Reading {file} failed. If it is on a network or removable drive, check that it is connected, then try again.</source>
        <translation>La lecture de {file} a échoué. S&apos;il se trouve sur un lecteur réseau ou amovible, vérifiez qu&apos;il est connecté, puis réessayez.</translation>
    </message>
    <message>
        <source>Choose a data folder for BadgeDesk</source>
        <translation>Choisir un dossier de données pour BadgeDesk</translation>
    </message>
</context>
<context>
    <name>SubmitRefusals</name>
    <message>
        <source>Sign in to submit.</source>
        <translation>Connectez-vous pour envoyer.</translation>
    </message>
    <message>
        <source>Choose the badge class to award first.</source>
        <translation>Choisissez d&apos;abord le modèle de badge à attribuer.</translation>
    </message>
    <message>
        <source>The batch&apos;s badge class is a draft that cannot be sent here.</source>
        <translation>Le modèle de badge du lot est un brouillon qui ne peut pas être envoyé ici.</translation>
    </message>
    <message>
        <source>The draft badge class {name} could not be made on the server yet: {detail}</source>
        <translation>Le brouillon de modèle de badge {name} n&apos;a pas encore pu être créé sur le serveur&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The batch&apos;s draft badge class was deleted.</source>
        <translation>Le brouillon de modèle de badge du lot a été supprimé.</translation>
    </message>
    <message>
        <source>The draft badge class {name} was refused by the server: {detail}</source>
        <translation>Le brouillon de modèle de badge {name} a été refusé par le serveur&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Fix the batch&apos;s defaults before it can be sent.</source>
        <translation>Corrigez les valeurs par défaut du lot avant de pouvoir l&apos;envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>To fix before the batch can be sent: %n row(s) (the first is {name}).</source>
        <translation>
            <numerusform>À corriger avant l&apos;envoi du lot&#xa0;: %n ligne (première&#xa0;: {name}).</numerusform>
            <numerusform>À corriger avant l&apos;envoi du lot&#xa0;: %n lignes (première&#xa0;: {name}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To fix before the batch can be sent: %n row(s) (the first is an empty row).</source>
        <translation>
            <numerusform>À corriger avant l&apos;envoi du lot&#xa0;: %n ligne (la première est une ligne vide).</numerusform>
            <numerusform>À corriger avant l&apos;envoi du lot&#xa0;: %n lignes (la première est une ligne vide).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some recipients appear more than once in the batch.</source>
        <translation>Certains destinataires figurent plus d&apos;une fois dans le lot.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not matched to one award (the first is {name}): check them with the server, or delete them.</source>
        <translation>
            <numerusform>%n ligne ne correspond pas à une seule attribution (première&#xa0;: {name})&#xa0;: vérifiez-la auprès du serveur, ou supprimez-la.</numerusform>
            <numerusform>%n lignes ne correspondent pas à une seule attribution (première&#xa0;: {name})&#xa0;: vérifiez-les auprès du serveur, ou supprimez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reason is required: give the batch one, or each row its own.</source>
        <translation>Un motif est obligatoire&#xa0;: indiquez-en un pour le lot, ou un pour chaque ligne.</translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>Award counts</source>
        <translation>Nombre d&apos;attributions</translation>
    </message>
    <message>
        <source>Months in the chart</source>
        <translation>Mois du graphique</translation>
    </message>
    <message>
        <source>Summary of the badge class</source>
        <translation>Résumé du modèle de badge</translation>
    </message>
    <message>
        <source>Active {active}
Expired {expired}
Revoked {revoked}</source>
        <translation>Actives {active}
Expirées {expired}
Révoquées {revoked}</translation>
    </message>
    <message>
        <source>Awards per month,
{first} to {last}</source>
        <translation>Attributions par mois,
de {first} à {last}</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>décompte…</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Démarrage du bac à sable local…</translation>
    </message>
    <message>
        <source>No server is set up yet, so BadgeDesk uses its local sandbox. Choose your server in File → Server profiles.</source>
        <translation>Aucun serveur n&apos;est encore configuré&#xa0;: BadgeDesk utilise donc son bac à sable local. Choisissez votre serveur dans Fichier → Profils de serveur.</translation>
    </message>
    <message>
        <source>Checking BadgeDesk&apos;s data…</source>
        <translation>Vérification des données de BadgeDesk…</translation>
    </message>
</context>
</TS>
