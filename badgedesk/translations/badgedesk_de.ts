<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AssertionDetail</name>
    <message>
        <source>Badge image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the entity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy reci&amp;pient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recipient identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Open Badge ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Open Badge ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open p&amp;ublic page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the public page in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◐ Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssertionsTab</name>
    <message>
        <source>Assertions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuers and badge classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for it in the loaded rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the text in the loaded rows instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an award to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Award…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke &amp;selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the award&apos;s details (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show revoked awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show e&amp;xpired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show expired awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the award&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter loaded rows (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find whole identities on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more whole identities (email, URL, phone), separated by commas or spaces. The server finds only identities written in full: “dana@example.org” finds Dana, “dana” finds nobody. To look for part of a name or address, use the filter of the loaded rows (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients to find on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Offline — showing the issuers and badge classes saved at your last sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to load the awards of this badge class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts unavailable: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an issuer or badge class on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading awards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) loaded, loading more…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No award is for exactly these identities: the server matches whole identities only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No awards to show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) loaded, no more to load.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) loaded; scroll down for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown by the filter.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load more awards: %s The rows above are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln award(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to see the details of this award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load this award: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a badge class on the left first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revoked award cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one award to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This award is already revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one award to revoke; for several, use Revoke selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a revocation batch with the selected awards (reviewed before sending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the awards to revoke (Ctrl+A for all shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award was not made: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded to %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the award: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not saved: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award was not revoked: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the award of %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export awards as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading every page before exporting: %Ln award(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export stopped: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln award(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries containing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient, badge, error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Containing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written to a server from this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BadgeDesk audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) written to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit an award of %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badges ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hash the identity in the public badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash the identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave unticked to use the moment of the award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a &amp;duplicate if this person already holds the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow duplicate awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify the recipient by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the recipient by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the recipient did, in Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %d: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity s&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity &amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badges 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient of an award cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This award was revoked (%s). A revoked award cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revoked award cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions must be a JSON object ({…}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackpackTab</name>
    <message>
        <source>Backpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by badge, issuer or recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show badges by acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpired and revoked too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include expired and revoked badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the backpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;llections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges in your backpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpack message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a badge to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or decline the selected badges (Del, Ctrl+Backspace): one issued to you on this server leaves your backpack and can be brought back; an imported one is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the badges you just removed (they come back accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected badges from your backpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the badges just removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You removed this badge from your backpack in this session. The award itself stays valid; Undo (Ctrl+Z) or Accept brings it back, accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your backpack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load your backpack: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backpack is empty. Badges awarded to your verified email addresses appear here; import one from elsewhere with Import… (Ctrl+I), or drop a badge image here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badge matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n badge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You have removed no badge in this session. The server does not list removed badges, so only those removed here can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s) removed in this session. Undo (Ctrl+Z) or Accept brings it(them) back; removing never revokes an award.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not {verb} “{name}”:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{name}” from your backpack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n badge(s) from your backpack.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings back those issued on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{name}” from your backpack?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n badge(s) from your backpack?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n badge(s) from your backpack?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported from elsewhere ({sources}): deleted from your backpack on this server. This cannot be undone here; to have it back, import it again from its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to you on this server ({names}): leaves your backpack. The award itself stays valid, and Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought back “{name}”, accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Brought back %n badge(s), accepted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported “%s” into your backpack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n badge(s) to “{name}”…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the badges of “%s”:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the collection “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the collection “%s”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its badges stay in your backpack.%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Its share link stops working for everyone you gave it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete “%s”:
%s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the collection “%s”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeClassEditor</name>
    <message>
        <source>Edit badge class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New badge class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New badge class of {issuer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge class fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;riteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the server (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a draft, sent later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: keep the badge class to send it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the badge stands for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadership, first aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days after the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks after the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months after the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years after the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards e&amp;xpire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an earner must do, in &amp;Markdown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and/or a web page of the criteria (&amp;URL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the criteria address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards or frameworks the badge aligns to. Each needs a name and a web address. Insert adds a row, Delete removes the selected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment {number}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected alignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the alignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the badge&apos;s image: a PNG or SVG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the criteria here, or give the web address of a page that states them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgeDesign</name>
    <message>
        <source>&amp;New badge class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit badge class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete badge class…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge class and issuer actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new badge class of the issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this badge class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this badge class (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the issuer and its staff; owners and editors change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the server, which cannot be reached now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an issuer or badge class on the left first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a badge class on the left first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are staff of this issuer: you may award its badges, but only its owners and editors may create, change or delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not on this issuer&apos;s staff, so you cannot change its badge classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge class was not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge class “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge class “{name}” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge class was not deleted: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge class “{name}” deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete badge class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the badge class “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its awards are still being counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It has %n award(s) in all, {live} of them live (neither revoked nor expired): the server keeps a badge class while any award of it is live.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has %n award(s), all revoked or expired: they are deleted with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke its awards that are still live, then delete it again; or keep the badge class (nobody needs to award it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It still has %n live award(s) (neither revoked nor expired). Revoke them first (select them and use Revoke selected), then delete it again; or keep the badge class (nobody needs to award it).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Badge class not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not delete “{name}”: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The badge class was not deleted: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer was not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DropArea</name>
    <message>
        <source>Drop a baked badge image (PNG or SVG) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop area for a badge image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a PNG or SVG badge image file here, or use Choose file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Revocation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on a batch to open it; tooltips give reasons and errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing revoked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation batches you submit, and awards you revoke one at a time in the Assertions tab, are listed here with what became of them, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the history again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every row of every submitted batch and every single revocation to a CSV file (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the revocation history as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been revoked with this profile from this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation batches: {batches}. Single revocations: {singles}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the revocation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %s: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n line(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <source>Preview of the image at {size} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or SVG; or drop the file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.svg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({kind}, {width} x {height} px, {kilobytes} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({kind}, {kilobytes} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: choose a PNG or SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB, which no badge image is: choose a smaller PNG or SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a {kind} image; the server takes PNG or SVG only. Save it as PNG and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PNG file is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PNG is {width} x {height} pixels, more than the server opens ({limit} million pixels). Make it smaller: the server keeps at most 400 x 400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SVG does not declare xmlns=&quot;http://www.w3.org/2000/svg&quot; on its svg element, so the server would refuse it as an invalid image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an image: choose a PNG or SVG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBadgeDialog</name>
    <message>
        <source>Import a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a badge you earned elsewhere to your backpack. Nothing is sent until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to import a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an &amp;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the server did not import the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://badges.example.org/public/assertions/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the assertion address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address of the badge&apos;s assertion, as given by the organisation that awarded it (often on the badge&apos;s public page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a badge image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the badge image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the image file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds is shown here before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste the badge&apos;s Open Badges assertion (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Badges assertion JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the JSON holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON: %(message)s (line %(line)d, column %(column)d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON must be one object ({ … }): the badge&apos;s Open Badges assertion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON names no badge, issuer or recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertion ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an email address, hashed in the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a web address, hashed in the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a telephone number, hashed in the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashed in the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(label)s: %(value)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a badge image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge images (*.png *.svg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 5 MB, which no badge image is: choose the badge&apos;s image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not import the badge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuerDialog</name>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you may change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of your verified addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff and their roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff are added, removed and given roles in the web app, by the issuer&apos;s owners: API v2 does not change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will be the new issuer&apos;s owner. Its email must be one of your verified addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are an owner of this issuer: you may change everything here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are an editor of this issuer: you may change its details and image; only its owners may delete it or change its staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are staff of this issuer: you may award its badges but not change it. Ask one of its owners or editors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not on this issuer&apos;s staff, so you cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site being visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in page not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page cannot be shown: the server did not answer (the reason is above).

Your drafts and the issuers and badge classes saved at your last sign-in are still there to work with. Choose Retry once the server can be reached, or check the server&apos;s address in File → Server profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in page hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: another site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;system browser instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the system browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1Signing in at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are now on %(host)s, not on %(home)s. Only sign in if you expect your school&apos;s sign-in page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BadgeDesk refused to open %(url)s: it looks like BadgeDesk&apos;s own sign-in address but is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BadgeDesk refused to open %(url)s: it is a plain http address, which others on the network could read or change. Sign-in pages must use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BadgeDesk refused to open %(url)s: it is not a web page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page %(url)s was not found (HTTP 404). Check the profile&apos;s Web app address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %(status)s for the sign-in page %(url)s. Try again later; if this goes on, check the profile&apos;s Web app address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in page could not be loaded: cannot reach %(host)s (%(reason)s). Check the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(url)s is not a sign-in page: it answered with a document of type %(type)s. Check the profile&apos;s Web app address (where people sign in, not the API address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a sign-in page: no password field appeared at %(url)s. If you cannot sign in here, check the profile&apos;s Web app address: it must be the web app where people sign in, not the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in (state mismatch), so it was ignored for your safety. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied, so BadgeDesk is not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sign-in (%s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for the browser&apos;s answer on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BadgeDesk main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches of revocations, drafted offline and submitted with a review step, appear here with their history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award batches you prepare offline will be kept here until you submit them. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline drafting arrives in a later version of BadgeDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assertions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About BadgeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About BadgeDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;BadgeDesk %s&lt;/b&gt;&lt;br&gt;A desktop console for the Digital Badges API v2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where sign-in is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in rejected: sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in kept for this session only (no keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit BadgeDesk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quit while %n batch(es) is(are) being sent?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit now, no more rows are sent. The requests already on their way are given time to finish, so that their outcome is recorded; the other rows stay pending and can be sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait for the requests in flight, then quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the requests in flight, then quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the requests in flight, then quitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthBars</name>
    <message>
        <source>Awards per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{month}: %n award(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BadgeDesk will use this language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Server profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with %(field)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secre&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the API answers (badgr-server); tokens are fetched and revoked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where people sign in: the web app (badgr-ui). On a self-hosted server this is usually not the API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses BadgeDesk will use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New custom profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate as a custom profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close server profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox bundled with BadgeDesk: demo data, no account needed. It starts on a free port when used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hosted region. Parchment issues the client id (and secret) your institution uses: duplicate this profile to enter them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom server, such as a self-hosted Badgr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s (custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new custom profile: fill it in and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profiles: %(reason)s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the revocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n award(s)? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What will be revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge classes and reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients whose awards are revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n award(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the awards now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>To confirm, &amp;type the number of awards to revoke (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Number of awards to revoke, typed to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Already revoked on the server, so skipped: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the award of %s?

The badge stops being valid for its holder and for anyone who checks it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required, shown with the revoked badge):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: awarded in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokedView</name>
    <message>
        <source>Revoked awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No badge class known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad&amp;ge class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the badge class&apos;s revoked awards (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading (Esc); what is listed stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the revoked awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a badge class and Load to list its revoked awards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to list revoked awards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %Ln revoked award(s): the list may be incomplete.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked award(s) listed before the error. Load to try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing listed. Load to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the revoked awards: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln revoked award(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No award of “%s” is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln revoked award(s) of “{name}”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionReasons</name>
    <message>
        <source>Sign in to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the “{scope}” permission, which this sign-in did not grant. Sign out and sign in again to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Connecting to %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: %s cannot be reached. Your sign-in is kept for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected your sign-in. Sign in again (Account → Sign in…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing issuers and badge classes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available offline: {issuers} and {classes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issuer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n badge class(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Switching to %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens were removed from this computer but the server did not confirm the sign-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until it does, they may still work. BadgeDesk keeps them in the system keyring only, and asks the server again when it next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until it does, they may still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the sign-in at the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreProblemBox</name>
    <message>
        <source>BadgeDesk cannot open its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the old file aside and start afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping it aside renames it with today&apos;s date, so nothing in it is lost, and starts an empty store: batches and the history of sent rows start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data was saved by a newer version of BadgeDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} can only be opened by that newer version. Update BadgeDesk, or work in another data folder. {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BadgeDesk&apos;s data file has been replaced by another kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a BadgeDesk data file, so BadgeDesk will not write to it. {kept}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BadgeDesk&apos;s data file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is incomplete or damaged (for example after a crash, a full disk or an interrupted copy), so BadgeDesk will not write to it. {kept} A backup of the data folder, if there is one, can be opened instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else is where BadgeDesk keeps its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} should be BadgeDesk&apos;s, but it is a folder or file of something else. Move it away and try again, or work in another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BadgeDesk is not allowed to save its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} may not be written to (it is read-only, or belongs to another account). Ask for write access and try again, or work in another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BadgeDesk could not open {file} because the disk has no space left. Free some space and try again; the data already saved is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not read or write BadgeDesk&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file} failed. If it is on a network or removable drive, check that it is connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a data folder for BadgeDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryStrip</name>
    <message>
        <source>Award counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the badge class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active %s
Expired %s
Revoked %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards per month,
%s to %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is set up yet, so BadgeDesk uses its local sandbox. Choose your server in File → Server profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking BadgeDesk&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
