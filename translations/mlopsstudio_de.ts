<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>mlops::AccessPolicy</name>
    <message>
        <source> of &apos;%1&apos;</source>
        <translation> von „%1“</translation>
    </message>
    <message>
        <source>%1 may not %2%3: this needs the role &apos;%4&apos;, which nobody holds. Add it to mlops.yaml, e.g. roles: {%4: [&quot;%1&quot;]}</source>
        <translation>%1 darf nicht %2%3: Dafür ist die Rolle „%4“ nötig, die niemand hat. Tragen Sie sie in mlops.yaml ein, z. B. roles: {%4: [&quot;%1&quot;]}</translation>
    </message>
    <message>
        <source>%1 may not %2%3: this needs the role &apos;%4&apos;, held by %5. Ask one of them, or have yourself added under &apos;roles: %4:&apos; in mlops.yaml</source>
        <translation>%1 darf nicht %2%3: Dafür ist die Rolle „%4“ nötig, die %5 hat. Fragen Sie eine dieser Personen oder lassen Sie sich in mlops.yaml unter „roles: %4:“ eintragen</translation>
    </message>
    <message>
        <source>Note: git has no %1 configured, so you act as %2; if the role is yours, set them with &apos;git config --global user.name &quot;Your Name&quot;&apos; and &apos;git config --global user.email you@example.org&apos;.</source>
        <translation>Hinweis: In git ist kein %1 eingerichtet, daher handeln Sie als %2; wenn die Rolle Ihnen gehört, richten Sie beides mit &apos;git config --global user.name &quot;Ihr Name&quot;&apos; und &apos;git config --global user.email sie@example.org&apos; ein.</translation>
    </message>
</context>
<context>
    <name>mlops::ApprovalStatus</name>
    <message>
        <source>Pending approval</source>
        <translation>Freigabe ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
</context>
<context>
    <name>mlops::ArtifactCache</name>
    <message>
        <source>cannot create a cache folder</source>
        <translation>kann keinen Cache-Ordner anlegen</translation>
    </message>
    <message>
        <source>cannot copy into the artifact cache</source>
        <translation>kann nicht in den Artefakt-Cache kopieren</translation>
    </message>
    <message>
        <source>cannot move an object into the artifact cache</source>
        <translation>kann kein Objekt in den Artefakt-Cache verschieben</translation>
    </message>
    <message>
        <source>a symbolic link leads out of the folder; refusing to store it</source>
        <translation>ein symbolischer Link führt aus dem Ordner hinaus; er wird nicht gespeichert</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a content hash</source>
        <translation>&apos;%1&apos; ist kein Inhalts-Hash</translation>
    </message>
    <message>
        <source>damaged folder manifest: %1</source>
        <translation>beschädigtes Ordnerverzeichnis: %1</translation>
    </message>
    <message>
        <source>damaged folder manifest: bad entry &apos;%1&apos;</source>
        <translation>beschädigtes Ordnerverzeichnis: ungültiger Eintrag &apos;%1&apos;</translation>
    </message>
    <message>
        <source>there is no file &apos;%1&apos; in the stored folder</source>
        <translation>im gespeicherten Ordner gibt es keine Datei &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>kann den Ordner nicht anlegen</translation>
    </message>
    <message>
        <source>cannot copy out of the artifact cache (object %1)</source>
        <translation>kann nicht aus dem Artefakt-Cache kopieren (Objekt %1)</translation>
    </message>
    <message>
        <source>object %1 is missing from the artifact cache</source>
        <translation>Objekt %1 fehlt im Artefakt-Cache</translation>
    </message>
</context>
<context>
    <name>mlops::AuditLog</name>
    <message>
        <source>#%1 (%2 %3 by %4 at %5)</source>
        <translation>#%1 (%2 %3 von %4 am %5)</translation>
    </message>
    <message>
        <source>audit entry #%1 is missing: entry %2 follows entry #%3</source>
        <translation>Audit-Eintrag #%1 fehlt: Auf Eintrag #%3 folgt Eintrag %2</translation>
    </message>
    <message>
        <source>audit entries #%1 to #%2 are missing: entry %3 follows entry #%4</source>
        <translation>Audit-Einträge #%1 bis #%2 fehlen: Auf Eintrag #%4 folgt Eintrag %3</translation>
    </message>
    <message>
        <source>audit entry %1 is out of order: it was written after entry #%2 (entries were reordered)</source>
        <translation>Audit-Eintrag %1 steht an falscher Stelle: Er wurde nach Eintrag #%2 geschrieben (Einträge wurden umsortiert)</translation>
    </message>
    <message>
        <source>audit entry %1 was changed after it was written: its content no longer matches its hash</source>
        <translation>Audit-Eintrag %1 wurde nachträglich geändert: Sein Inhalt passt nicht mehr zu seinem Hash</translation>
    </message>
    <message>
        <source>audit entry %1 was replaced after it was written: the chain of hashes breaks at entry #%2, which was written after a different entry</source>
        <translation>Audit-Eintrag %1 wurde nachträglich ersetzt: Die Hash-Kette bricht bei Eintrag #%2, der nach einem anderen Eintrag geschrieben wurde</translation>
    </message>
    <message>
        <source>audit entry %1 is not the first entry written: the chain of hashes is broken before it</source>
        <translation>Audit-Eintrag %1 ist nicht der erste geschriebene Eintrag: Die Hash-Kette ist davor unterbrochen</translation>
    </message>
    <message>
        <source>the audit log&apos;s head record is missing: the log cannot be shown to be complete</source>
        <translation>Der Kopfdatensatz des Audit-Protokolls fehlt: Die Vollständigkeit des Protokolls lässt sich nicht belegen</translation>
    </message>
    <message>
        <source>audit entry #%1 is missing: it was the last entry written</source>
        <translation>Audit-Eintrag #%1 fehlt: Er war der zuletzt geschriebene Eintrag</translation>
    </message>
    <message>
        <source>audit entries #%1 to #%2 are missing: they were the last entries written</source>
        <translation>Audit-Einträge #%1 bis #%2 fehlen: Sie waren die zuletzt geschriebenen Einträge</translation>
    </message>
    <message>
        <source>the audit log&apos;s head record does not match entry #%1: entries were added or replaced outside the studio</source>
        <translation>Der Kopfdatensatz des Audit-Protokolls passt nicht zu Eintrag #%1: Einträge wurden außerhalb des Studios hinzugefügt oder ersetzt</translation>
    </message>
    <message>
        <source>the audit log&apos;s head file %1 was not written by the studio: the log cannot be shown to be complete</source>
        <translation>Die Kopfdatei %1 des Audit-Protokolls wurde nicht vom Studio geschrieben: Die Vollständigkeit des Protokolls lässt sich nicht nachweisen</translation>
    </message>
    <message>
        <source>the audit log is empty, but its head file %1 records %2 entries written</source>
        <translation>Das Audit-Protokoll ist leer, aber seine Kopfdatei %1 verzeichnet %2 geschriebene Einträge</translation>
    </message>
    <message>
        <source>audit entry #%1 is missing: the head file %2 records it as the last entry written</source>
        <translation>Audit-Eintrag #%1 fehlt: Die Kopfdatei %2 verzeichnet ihn als zuletzt geschriebenen Eintrag</translation>
    </message>
    <message>
        <source>audit entries #%1 to #%2 are missing: the head file %3 records #%2 as the last entry written</source>
        <translation>Audit-Einträge #%1 bis #%2 fehlen: Die Kopfdatei %3 verzeichnet #%2 als zuletzt geschriebenen Eintrag</translation>
    </message>
    <message>
        <source>audit entry %1 does not match the hash in the head file %2: entries were replaced outside the studio</source>
        <translation>Audit-Eintrag %1 passt nicht zum Hash in der Kopfdatei %2: Einträge wurden außerhalb des Studios ersetzt</translation>
    </message>
    <message>
        <source>audit entry %1 was not written by the audit log: it follows entry #%2, which the log recorded as its last entry</source>
        <translation>Audit-Eintrag %1 wurde nicht vom Audit-Log geschrieben: er folgt auf Eintrag #%2, den das Log als seinen letzten Eintrag festgehalten hat</translation>
    </message>
</context>
<context>
    <name>mlops::AuditTrailCard</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit log was tampered with:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Das Audit-Protokoll wurde manipuliert:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>No decisions recorded yet: registrations, approvals and alias moves will appear here.</source>
        <translation>Noch keine Entscheidungen aufgezeichnet: Registrierungen, Freigaben und Alias-Änderungen erscheinen hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), hash chain verified</source>
        <translation>
            <numerusform>%n Eintrag, Hash-Kette geprüft</numerusform>
            <numerusform>%n Einträge, Hash-Kette geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>entry #%1</source>
        <translation>Eintrag #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n older entry(ies): mlops audit</source>
        <translation>
            <numerusform>%n älterer Eintrag: mlops audit</numerusform>
            <numerusform>%n ältere Einträge: mlops audit</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;The model registry does not match the audit log:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Die Modell-Registry stimmt nicht mit dem Audit-Protokoll überein:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>mlops::BlockingRun</name>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1 ist ungültig: %2</translation>
    </message>
</context>
<context>
    <name>mlops::BuildContext</name>
    <message>
        <source>build context is not a folder: %1</source>
        <translation>Der Build-Kontext ist kein Ordner: %1</translation>
    </message>
    <message>
        <source>Dockerfile not found: %1</source>
        <translation>Dockerfile nicht gefunden: %1</translation>
    </message>
    <message>
        <source>cannot read %1 in the build context</source>
        <translation>%1 im Build-Kontext kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>mlops::CellWidget</name>
    <message>
        <source>Empty Markdown cell: double-click to edit</source>
        <translation>Leere Markdown-Zelle: zum Bearbeiten doppelklicken</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>Eingabe:</translation>
    </message>
</context>
<context>
    <name>mlops::ChangeParameters</name>
    <message>
        <source>Rename Parameter %1 to %2</source>
        <translation>Parameter %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>mlops::ChangeStep</name>
    <message>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
</context>
<context>
    <name>mlops::ChangesPanel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>conflicted</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Committen</translation>
    </message>
    <message>
        <source>What changed and why</source>
        <translation>Was sich geändert hat und warum</translation>
    </message>
    <message>
        <source>The working tree is clean: every change is committed.</source>
        <translation>Das Arbeitsverzeichnis ist sauber: Jede Änderung ist committet.</translation>
    </message>
    <message numerus="yes">
        <source>%n uncommitted change(s). Commit the checked ones with a message; runs then record a clean commit and can be reproduced exactly.</source>
        <translation>
            <numerusform>%n nicht committete Änderung. Committen Sie die markierte mit einer Nachricht; Läufe zeichnen dann einen sauberen Commit auf und lassen sich exakt reproduzieren.</numerusform>
            <numerusform>%n nicht committete Änderungen. Committen Sie die markierten mit einer Nachricht; Läufe zeichnen dann einen sauberen Commit auf und lassen sich exakt reproduzieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve the conflict with git itself, then commit it</source>
        <translation>Lösen Sie den Konflikt mit git selbst und committen Sie ihn dann</translation>
    </message>
    <message>
        <source>Checked, the commit removes this file from git</source>
        <translation>Angehakt entfernt der Commit diese Datei aus git</translation>
    </message>
</context>
<context>
    <name>mlops::CommandLineText</name>
    <message>
        <source>the quote at column %1 is not closed</source>
        <translation>das Anführungszeichen in Spalte %1 wird nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>mlops::CommandStep</name>
    <message>
        <source>%1 is not an input of step &apos;%2&apos;</source>
        <translation>%1 ist keine Eingabe von Schritt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>runner &apos;%1&apos; is not available in this build (available: %2)</source>
        <translation>Runner &apos;%1&apos; ist in diesem Build nicht verfügbar (verfügbar: %2)</translation>
    </message>
    <message>
        <source>%1 cannot be part of a path</source>
        <translation>%1 kann nicht Teil eines Pfads sein</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; must stay inside the workspace: %2</source>
        <translation>Eingabe &apos;%1&apos; muss im Arbeitsbereich bleiben: %2</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;: %2 does not exist</source>
        <translation>Eingabe &apos;%1&apos;: %2 existiert nicht</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>stopped before it started</source>
        <translation>angehalten, bevor er begann</translation>
    </message>
    <message numerus="yes">
        <source>mlops: %n line(s) of the metrics file ignored: %1</source>
        <translation>
            <numerusform>mlops: %n Zeile der Metrikdatei ignoriert: %1</numerusform>
            <numerusform>mlops: %n Zeilen der Metrikdatei ignoriert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>timed out after %1</source>
        <translation>Zeitüberschreitung nach %1</translation>
    </message>
    <message>
        <source>the step crashed</source>
        <translation>der Schritt ist abgestürzt</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>mit Code %1 beendet</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>vom Benutzer angehalten</translation>
    </message>
    <message>
        <source>mlops: attempt %1 of %2 failed (%3); retrying in %4</source>
        <translation>mlops: Versuch %1 von %2 fehlgeschlagen (%3); neuer Versuch in %4</translation>
    </message>
    <message>
        <source>property &apos;%1&apos;: the step did not write %2</source>
        <translation>Eigenschaft &apos;%1&apos;: der Schritt hat %2 nicht geschrieben</translation>
    </message>
    <message>
        <source>property &apos;%1&apos;: %2 is not valid JSON: %3 (at byte %4)</source>
        <translation>Eigenschaft &apos;%1&apos;: %2 ist kein gültiges JSON: %3 (bei Byte %4)</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;: %2</source>
        <translation>Eingabe &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>a %1 step cannot use the runner &apos;%2&apos; (it runs with: %3)</source>
        <translation>ein %1-Schritt kann den Runner &apos;%2&apos; nicht verwenden (er läuft mit: %3)</translation>
    </message>
    <message numerus="yes">
        <source>step &apos;%1&apos; asks for GPUs (gpus: %n), but the %2 runner gives its steps none: remove &apos;gpus&apos; from its resources, or run it with the process runner, which uses this machine&apos;s GPUs</source>
        <translation>
            <numerusform>Schritt &apos;%1&apos; verlangt GPUs (gpus: %n), aber der Runner %2 gibt seinen Schritten keine: entfernen Sie &apos;gpus&apos; aus seinen Ressourcen, oder führen Sie ihn mit dem Runner process aus, der die GPUs dieses Rechners nutzt</numerusform>
            <numerusform>Schritt &apos;%1&apos; verlangt GPUs (gpus: %n), aber der Runner %2 gibt seinen Schritten keine: entfernen Sie &apos;gpus&apos; aus seinen Ressourcen, oder führen Sie ihn mit dem Runner process aus, der die GPUs dieses Rechners nutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>mlops: building the image of step &apos;%1&apos; from %2
</source>
        <translation>mlops: Image des Schritts &apos;%1&apos; wird aus %2 gebaut
</translation>
    </message>
    <message>
        <source>timed out after %1 while building the image</source>
        <translation>Zeitlimit nach %1 beim Bauen des Images überschritten</translation>
    </message>
    <message>
        <source>mlops: log_param(&apos;%1&apos;, %2) ignored: &apos;%1&apos; is a parameter of the pipeline, and the step ran with %1 = %3; log the value under another name</source>
        <translation>mlops: log_param(&apos;%1&apos;, %2) ignoriert: &apos;%1&apos; ist ein Parameter der Pipeline, und der Schritt lief mit %1 = %3; protokollieren Sie den Wert unter einem anderen Namen</translation>
    </message>
    <message>
        <source>mlops: %1</source>
        <translation>mlops: %1</translation>
    </message>
    <message>
        <source>mlops: warning: the training step wrote no model: %1 is empty (write the model to SM_MODEL_DIR)</source>
        <translation>mlops: Warnung: der Trainingsschritt hat kein Modell geschrieben: %1 ist leer (schreiben Sie das Modell nach SM_MODEL_DIR)</translation>
    </message>
    <message>
        <source>stopped while waiting to retry; attempt %1 of %2 failed: %3</source>
        <translation>angehalten während des Wartens auf einen erneuten Versuch; Versuch %1 von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;: %2 is inside the versioned folder %3, which is not checked out; restore it with &apos;mlops data checkout %4&apos;, or make the folder the input</source>
        <translation>Eingabe &apos;%1&apos;: %2 liegt im versionierten Ordner %3, der nicht ausgecheckt ist; stellen Sie ihn mit &apos;mlops data checkout %4&apos; wieder her oder machen Sie den Ordner zur Eingabe</translation>
    </message>
</context>
<context>
    <name>mlops::CommitRunsPanel</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Pipeline or notebook</source>
        <translation>Pipeline oder Notebook</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Reproduce run</source>
        <translation>Lauf reproduzieren</translation>
    </message>
    <message>
        <source>Run it again in a git worktree at this commit, with the same parameters and data, and compare the metrics</source>
        <translation>Erneut in einem Git-Worktree bei diesem Commit ausführen, mit denselben Parametern und Daten, und die Metriken vergleichen</translation>
    </message>
    <message>
        <source>Show lineage</source>
        <translation>Herkunft anzeigen</translation>
    </message>
    <message>
        <source>Reproduction</source>
        <translation>Reproduktion</translation>
    </message>
    <message>
        <source>Select a pipeline run and press Reproduce run.</source>
        <translation>Wählen Sie einen Pipeline-Lauf aus und klicken Sie auf „Lauf reproduzieren“.</translation>
    </message>
    <message>
        <source>Step / metric or data</source>
        <translation>Schritt / Metrik oder Daten</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Reproduced</source>
        <translation>Reproduziert</translation>
    </message>
    <message>
        <source>Select a commit to see the runs recorded at it.</source>
        <translation>Wählen Sie einen Commit aus, um die dabei aufgezeichneten Läufe zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source> (uncommitted changes)</source>
        <translation> (nicht committete Änderungen)</translation>
    </message>
    <message>
        <source>Could not reproduce the run: %1</source>
        <translation>Der Lauf konnte nicht reproduziert werden: %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>different</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>The reproduction ended %1: %2</source>
        <translation>Die Reproduktion wurde beendet (%1): %2</translation>
    </message>
    <message>
        <source>Reproduced: the same data and the same metrics, at commit %1.</source>
        <translation>Reproduziert: dieselben Daten und dieselben Metriken bei Commit %1.</translation>
    </message>
    <message>
        <source>The reproduction ran, but some data or metrics differ (marked above).</source>
        <translation>Die Reproduktion lief, aber einige Daten oder Metriken weichen ab (oben markiert).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the reproduction and remove its worktree</source>
        <translation>Die Reproduktion stoppen und ihren Worktree entfernen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Only pipeline executions can be reproduced; this is a %1 run</source>
        <translation>Nur Pipeline-Ausführungen können reproduziert werden; dies ist ein %1-Lauf</translation>
    </message>
    <message>
        <source>Reproduction of %1 as %2, at commit %3 with the run&apos;s uncommitted changes</source>
        <translation>Reproduktion von %1 als %2, bei Commit %3 mit den nicht committeten Änderungen des Laufs</translation>
    </message>
    <message>
        <source>Reproduction of %1 as %2, at commit %3</source>
        <translation>Reproduktion von %1 als %2, bei Commit %3</translation>
    </message>
    <message>
        <source>Reproduced: the same data and the same metrics, at commit %1 with the run&apos;s uncommitted changes applied.</source>
        <translation>Reproduziert: dieselben Daten und dieselben Metriken, bei Commit %1 mit den nicht committeten Änderungen des Laufs.</translation>
    </message>
</context>
<context>
    <name>mlops::ConnectionInfo</name>
    <message>
        <source>cannot find a free port for the kernel: %1</source>
        <translation>kein freier Port für den Kernel: %1</translation>
    </message>
    <message>
        <source>the connection file lacks a port</source>
        <translation>in der Verbindungsdatei fehlt ein Port</translation>
    </message>
</context>
<context>
    <name>mlops::ContainerEngine</name>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 is not installed</source>
        <translation>%1 ist nicht installiert</translation>
    </message>
    <message>
        <source>the Docker daemon did not answer</source>
        <translation>der Docker-Daemon hat nicht geantwortet</translation>
    </message>
    <message>
        <source>no image named</source>
        <translation>kein Image angegeben</translation>
    </message>
    <message>
        <source>%1 is not installed: %2</source>
        <translation>%1 ist nicht installiert: %2</translation>
    </message>
    <message>
        <source>image not found locally: %1 — build it or import it; no registry is reachable</source>
        <translation>Image lokal nicht gefunden: %1 — bauen oder importieren Sie es; keine Registry ist erreichbar</translation>
    </message>
    <message>
        <source>%1 cannot inspect image %2: %3</source>
        <translation>%1 kann das Image %2 nicht untersuchen: %3</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 (FROM in %2)</source>
        <translation>%1 (FROM in %2)</translation>
    </message>
    <message>
        <source>%1 build of %2 failed: %3</source>
        <translation>%1-Build von %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>a container needs a name or a run id</source>
        <translation>ein Container braucht einen Namen oder eine Lauf-ID</translation>
    </message>
    <message>
        <source>cannot create the job directory %1</source>
        <translation>das Job-Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 could not start the container: %2</source>
        <translation>%1 konnte den Container nicht starten: %2</translation>
    </message>
    <message>
        <source>the %1 runner cannot run containers: %2 %3</source>
        <translation>der Runner %1 kann keine Container ausführen: %2 %3</translation>
    </message>
    <message>
        <source>Install and start Docker: run %1 as root (installs docker.io and starts dockerd), or apt-get install docker.io</source>
        <translation>Docker installieren und starten: %1 als root ausführen (installiert docker.io und startet dockerd), oder apt-get install docker.io</translation>
    </message>
    <message>
        <source>Install Podman: apt-get install podman runc, then run %1 as root to configure it</source>
        <translation>Podman installieren: apt-get install podman runc, dann %1 als root ausführen, um es einzurichten</translation>
    </message>
    <message>
        <source>Start the Docker engine: run %1 as root (dockerd on %2), or systemctl start docker; set DOCKER_HOST when it listens elsewhere</source>
        <translation>Docker-Engine starten: %1 als root ausführen (dockerd auf %2), oder systemctl start docker; DOCKER_HOST setzen, wenn sie anderswo lauscht</translation>
    </message>
    <message>
        <source>Podman does not work here: run %1 as root (runc and fixed ulimits in /etc/containers/containers.conf.d)</source>
        <translation>Podman funktioniert hier nicht: %1 als root ausführen (runc und feste ulimits in /etc/containers/containers.conf.d)</translation>
    </message>
    <message>
        <source>Start the Docker engine: run %1 as root</source>
        <translation>Docker-Engine starten: %1 als root ausführen</translation>
    </message>
    <message>
        <source>the build of %1 was stopped</source>
        <translation>der Build von %1 wurde gestoppt</translation>
    </message>
    <message>
        <source>the build of %1 timed out</source>
        <translation>der Build von %1 hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source> (%1, run as root, creates it)</source>
        <translation> (%1, als root ausgeführt, erstellt es)</translation>
    </message>
</context>
<context>
    <name>mlops::ContainerEnginesCard</name>
    <message>
        <source>Container engines</source>
        <translation>Container-Engines</translation>
    </message>
    <message>
        <source>Detecting Docker and Podman…</source>
        <translation>Docker und Podman werden erkannt …</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>rootless</source>
        <translation>ohne root</translation>
    </message>
    <message>
        <source>rootful</source>
        <translation>mit root</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Pipeline steps and model servers can run with the docker or podman runner.</source>
        <translation>Pipeline-Schritte und Modellserver können mit dem Runner docker oder podman laufen.</translation>
    </message>
    <message>
        <source>Without an engine, steps run as processes or in the bubblewrap sandbox.</source>
        <translation>Ohne Engine laufen Schritte als Prozesse oder in der bubblewrap-Sandbox.</translation>
    </message>
</context>
<context>
    <name>mlops::ContainerRunner</name>
    <message>
        <source>step &apos;%1&apos; runs in a %2 container but names no image (set &apos;image:&apos; or &apos;build:&apos;)</source>
        <translation>Schritt &apos;%1&apos; läuft in einem %2-Container, nennt aber kein Image (setzen Sie &apos;image:&apos; oder &apos;build:&apos;)</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>kann %1 nicht starten: %2</translation>
    </message>
    <message>
        <source>the %1 client was killed by a signal</source>
        <translation>der %1-Client wurde durch ein Signal beendet</translation>
    </message>
    <message>
        <source>%1 could not start the container: %2</source>
        <translation>%1 konnte den Container nicht starten: %2</translation>
    </message>
    <message>
        <source> (limit %1)</source>
        <translation> (Grenze %1)</translation>
    </message>
    <message>
        <source>killed: out of memory%1</source>
        <translation>beendet: Speicher erschöpft%1</translation>
    </message>
    <message>
        <source>killed (exit code 137): most likely out of memory%1</source>
        <translation>beendet (Exit-Code 137): höchstwahrscheinlich Speicher erschöpft%1</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;: the build context must stay inside the workspace: %2</source>
        <translation>Schritt &apos;%1&apos;: der Build-Kontext muss im Arbeitsbereich bleiben: %2</translation>
    </message>
</context>
<context>
    <name>mlops::ContentScanner</name>
    <message>
        <source>no artifact cache to store into</source>
        <translation>kein Artefakt-Cache zum Speichern vorhanden</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>a symbolic link leads to nothing (%1); remove it or make it point at a file in the folder</source>
        <translation>ein symbolischer Link führt ins Leere (%1); entfernen Sie ihn oder lassen Sie ihn auf eine Datei im Ordner zeigen</translation>
    </message>
    <message>
        <source>a symbolic link leads out of the folder (to %1); refusing to store it</source>
        <translation>ein symbolischer Link führt aus dem Ordner hinaus (nach %1); er wird nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>the folder holds symbolic links, which versioned data cannot record: %1; replace them with the files they point at, or remove them</source>
        <translation>der Ordner enthält symbolische Links, die versionierte Daten nicht festhalten können: %1; ersetzen Sie sie durch die Dateien, auf die sie zeigen, oder entfernen Sie sie</translation>
    </message>
    <message>
        <source>the folder holds empty folders, which versioned data cannot record: %1; remove them, or put a file in them</source>
        <translation>der Ordner enthält leere Ordner, die versionierte Daten nicht festhalten können: %1; entfernen Sie sie oder legen Sie eine Datei hinein</translation>
    </message>
    <message>
        <source>the folder is empty: there is nothing to version; put the data in it first</source>
        <translation>der Ordner ist leer: es gibt nichts zu versionieren; legen Sie zuerst die Daten hinein</translation>
    </message>
    <message>
        <source>the file changed while it was being read (is something still writing it?); nothing of it was stored: try again when it is complete</source>
        <translation>die Datei hat sich beim Lesen geändert (schreibt noch etwas in sie?); nichts davon wurde gespeichert: versuchen Sie es erneut, wenn sie vollständig ist</translation>
    </message>
</context>
<context>
    <name>mlops::CriteriaTree</name>
    <message>
        <source>Criterion and evidence</source>
        <translation>Kriterium und Nachweis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>%1 of %2 required criteria met</source>
        <translation>%1 von %2 Pflichtkriterien erfüllt</translation>
    </message>
    <message>
        <source> (recommended)</source>
        <translation> (empfohlen)</translation>
    </message>
</context>
<context>
    <name>mlops::DataPointer</name>
    <message>
        <source>%1 must be a number of bytes, not &apos;%2&apos;</source>
        <translation>%1 muss eine Anzahl von Bytes sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be a SHA-256 hash (64 lowercase hex digits), not &apos;%2&apos;</source>
        <translation>%1 muss ein SHA-256-Hash sein (64 hexadezimale Ziffern in Kleinbuchstaben), nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>a data pointer must be a mapping of keys to values</source>
        <translation>ein Datenzeiger muss eine Zuordnung von Schlüsseln zu Werten sein</translation>
    </message>
    <message>
        <source>the data pointer</source>
        <translation>der Datenzeiger</translation>
    </message>
    <message>
        <source>the data pointer has no &apos;%1&apos;</source>
        <translation>dem Datenzeiger fehlt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>data pointer version %1 is not supported by this version of MLOps Studio (it reads version 1)</source>
        <translation>Datenzeiger-Version %1 wird von dieser Version von MLOps Studio nicht unterstützt (sie liest Version 1)</translation>
    </message>
    <message>
        <source>&apos;path&apos; must be the name of the data next to the pointer, not &apos;%1&apos;</source>
        <translation>&apos;path&apos; muss der Name der Daten neben dem Zeiger sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be file or folder, not &apos;%1&apos;</source>
        <translation>&apos;kind&apos; muss file oder folder sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a file pointer has no &apos;files&apos; or &apos;entries&apos;</source>
        <translation>ein Dateizeiger hat kein &apos;files&apos; oder &apos;entries&apos;</translation>
    </message>
    <message>
        <source>a folder pointer needs the list &apos;entries&apos;</source>
        <translation>ein Ordnerzeiger benötigt die Liste &apos;entries&apos;</translation>
    </message>
    <message>
        <source>each entry must be a mapping with path, hash and size</source>
        <translation>jeder Eintrag muss eine Zuordnung mit path, hash und size sein</translation>
    </message>
    <message>
        <source>an entry</source>
        <translation>ein Eintrag</translation>
    </message>
    <message>
        <source>each entry needs path, hash and size</source>
        <translation>jeder Eintrag benötigt path, hash und size</translation>
    </message>
    <message>
        <source>entry path &apos;%1&apos; must stay inside the folder (no &apos;..&apos;, not absolute)</source>
        <translation>Eintragspfad &apos;%1&apos; muss innerhalb des Ordners bleiben (kein &apos;..&apos;, nicht absolut)</translation>
    </message>
    <message>
        <source>&apos;files&apos; says %1 but the pointer lists %2 entries</source>
        <translation>&apos;files&apos; gibt %1 an, aber der Zeiger listet %2 Einträge auf</translation>
    </message>
    <message>
        <source>&apos;size&apos; says %1 bytes but the entries add up to %2</source>
        <translation>&apos;size&apos; gibt %1 Bytes an, aber die Einträge ergeben zusammen %2</translation>
    </message>
    <message>
        <source>the folder&apos;s hash does not match its entries (was the pointer edited by hand?)</source>
        <translation>der Hash des Ordners passt nicht zu seinen Einträgen (wurde der Zeiger von Hand bearbeitet?)</translation>
    </message>
    <message>
        <source>the pointer names &apos;%1&apos; but sits next to &apos;%2&apos;; rename it or run &apos;mlops data add&apos; again</source>
        <translation>der Zeiger nennt &apos;%1&apos;, liegt aber neben &apos;%2&apos;; benennen Sie ihn um oder führen Sie &apos;mlops data add&apos; erneut aus</translation>
    </message>
</context>
<context>
    <name>mlops::DataVersioning</name>
    <message>
        <source>cannot create folder</source>
        <translation>Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot put the restored file in place</source>
        <translation>die wiederhergestellte Datei kann nicht an ihren Platz gelegt werden</translation>
    </message>
    <message>
        <source>%1 is not inside the workspace %2</source>
        <translation>%1 liegt nicht im Arbeitsbereich %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is versioned data that is not checked out, and its content (%2) is not in this workspace&apos;s cache</source>
        <translation>%1 sind versionierte Daten, die nicht ausgecheckt sind, und ihr Inhalt (%2) ist nicht im Cache dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>%1 changed since &apos;mlops data add&apos; (%2 on disk, %3 in %1.mlops); run &apos;mlops data add %1&apos; to version the change, or &apos;mlops data checkout --force %1&apos; to undo it</source>
        <translation>%1 wurde seit &apos;mlops data add&apos; geändert (%2 auf der Festplatte, %3 in %1.mlops); führen Sie &apos;mlops data add %1&apos; aus, um die Änderung zu versionieren, oder &apos;mlops data checkout --force %1&apos;, um sie rückgängig zu machen</translation>
    </message>
    <message>
        <source>%1 belongs to the workspace&apos;s own state and cannot be versioned</source>
        <translation>%1 gehört zum eigenen Zustand des Arbeitsbereichs und kann nicht versioniert werden</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1 leads out of the workspace (a symbolic link?)</source>
        <translation>%1 führt aus dem Arbeitsbereich heraus (ein symbolischer Link?)</translation>
    </message>
    <message>
        <source>%1 is a workspace file that git must track itself</source>
        <translation>%1 ist eine Datei des Arbeitsbereichs, die git selbst verfolgen muss</translation>
    </message>
    <message>
        <source>%1 is inside the versioned folder %2; run &apos;mlops data add %2&apos; to version the folder as it is now</source>
        <translation>%1 liegt im versionierten Ordner %2; führen Sie &apos;mlops data add %2&apos; aus, um den Ordner in seinem aktuellen Zustand zu versionieren</translation>
    </message>
    <message>
        <source>%1 holds versioned data of its own (%2); version its parts or the whole folder, not both</source>
        <translation>%1 enthält selbst versionierte Daten (%2); versionieren Sie entweder die Teile oder den ganzen Ordner, nicht beides</translation>
    </message>
    <message>
        <source>name at least one file or folder to add</source>
        <translation>geben Sie mindestens eine Datei oder einen Ordner zum Hinzufügen an</translation>
    </message>
    <message>
        <source>%1 is not versioned data (there is no %1.mlops); add it with &apos;mlops data add %1&apos;</source>
        <translation>%1 sind keine versionierten Daten (es gibt kein %1.mlops); fügen Sie sie mit &apos;mlops data add %1&apos; hinzu</translation>
    </message>
    <message>
        <source>cannot remove the folder in the way</source>
        <translation>der im Weg stehende Ordner kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot remove the file in the way</source>
        <translation>die im Weg stehende Datei kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot remove what is in the way of a folder</source>
        <translation>was einem Ordner im Weg ist, lässt sich nicht entfernen</translation>
    </message>
    <message>
        <source>%1 changed since it was added, and the change is in no version; use --force to replace it, or &apos;mlops data add&apos; to keep it as a new version</source>
        <translation>%1 hat sich seit dem Hinzufügen geändert, und die Änderung ist in keiner Version; mit --force ersetzen oder mit &apos;mlops data add&apos; als neue Version behalten</translation>
    </message>
    <message>
        <source>cannot remove the symbolic link in the way</source>
        <translation>der symbolische Link im Weg lässt sich nicht entfernen</translation>
    </message>
    <message>
        <source>the cache object is corrupted: its content hashes to %1, not %2; %3 was left as it was</source>
        <translation>das Cache-Objekt ist beschädigt: sein Inhalt hat den Hash %1, nicht %2; %3 wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>the cache object has %1 bytes, but the pointer says %2; %3 was left as it was</source>
        <translation>das Cache-Objekt hat %1 Bytes, aber der Pointer nennt %2; %3 wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>%1 is reached through the symbolic link %2 (to %3); add the data where the link points instead</source>
        <translation>%1 wird über den symbolischen Link %2 (nach %3) erreicht; fügen Sie die Daten dort hinzu, wohin der Link zeigt</translation>
    </message>
    <message>
        <source>%1 is a symbolic link (to %2); add its target instead</source>
        <translation>%1 ist ein symbolischer Link (nach %2); fügen Sie stattdessen sein Ziel hinzu</translation>
    </message>
    <message>
        <source>%1 is inside the folder %2, which this command versions too; version its parts or the whole folder, not both</source>
        <translation>%1 liegt im Ordner %2, den dieser Befehl ebenfalls versioniert; versionieren Sie seine Teile oder den ganzen Ordner, nicht beides</translation>
    </message>
    <message>
        <source>%1.mlops says %2 bytes, but the content with its hash has %3; the pointer file was changed by hand</source>
        <translation>%1.mlops nennt %2 Bytes, aber der Inhalt mit seinem Hash hat %3; die Pointer-Datei wurde von Hand geändert</translation>
    </message>
    <message>
        <source>%1: the name holds a line break or another control character, which .gitignore cannot express; rename it first</source>
        <translation>%1: der Name enthält einen Zeilenumbruch oder ein anderes Steuerzeichen, das .gitignore nicht ausdrücken kann; benennen Sie ihn zuerst um</translation>
    </message>
    <message>
        <source>%1 is inside the versioned folder %2, which is versioned as a whole; name %2 instead</source>
        <translation>%1 liegt im versionierten Ordner %2, der als Ganzes versioniert ist; geben Sie stattdessen %2 an</translation>
    </message>
    <message>
        <source>%1 is a folder without versioned data: neither it nor anything in it has a .mlops pointer</source>
        <translation>%1 ist ein Ordner ohne versionierte Daten: weder er noch etwas darin hat einen .mlops-Zeiger</translation>
    </message>
    <message>
        <source>the workspace itself cannot be versioned data; name the files or folders in it to add</source>
        <translation>der Arbeitsbereich selbst kann keine versionierten Daten sein; geben Sie die Dateien oder Ordner darin an</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>the content of %1 is not in this workspace&apos;s cache (it was added on another machine, or the cache was cleared); missing: %2; nothing was restored</source>
        <translation>der Inhalt von %1 ist nicht im Cache dieses Arbeitsbereichs (er wurde auf einem anderen Rechner hinzugefügt, oder der Cache wurde geleert); es fehlt: %2; nichts wurde wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>mlops::Database</name>
    <message>
        <source>database error: %1 (in: %2)</source>
        <translation>Datenbankfehler: %1 (in: %2)</translation>
    </message>
    <message>
        <source>cannot open database: %1</source>
        <translation>Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>mlops::Diagnostic</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>mlops::DiffPanel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Working tree (uncommitted)</source>
        <translation>Arbeitsverzeichnis (nicht committet)</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleiche…</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Notebooks are compared by their cells&apos; sources (outputs left out).</source>
        <translation>Notebooks werden anhand des Quelltexts ihrer Zellen verglichen (ohne Ausgaben).</translation>
    </message>
</context>
<context>
    <name>mlops::DiskChangeBar</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Show the file as it is on disk now; Undo brings your edits back</source>
        <translation>Die Datei so zeigen, wie sie jetzt auf der Festplatte ist; Rückgängig bringt Ihre Änderungen zurück</translation>
    </message>
    <message>
        <source>Keep editing your version; Save will write it over the file</source>
        <translation>Ihre Version weiter bearbeiten; Speichern überschreibt damit die Datei</translation>
    </message>
    <message>
        <source>%1 was deleted on disk; Save writes it again</source>
        <translation>%1 wurde auf der Festplatte gelöscht; Speichern schreibt sie erneut</translation>
    </message>
    <message>
        <source>Reloaded %1: it changed on disk (Undo brings the previous version back)</source>
        <translation>%1 neu geladen: die Datei hat sich auf der Festplatte geändert (Rückgängig bringt die vorige Version zurück)</translation>
    </message>
    <message>
        <source>%1 changed on disk, and you have unsaved changes. Reload the file (Undo brings your changes back) or keep your version?</source>
        <translation>%1 hat sich auf der Festplatte geändert, und Sie haben ungespeicherte Änderungen. Datei neu laden (Rückgängig bringt Ihre Änderungen zurück) oder Ihre Version behalten?</translation>
    </message>
    <message>
        <source>Save Pipeline</source>
        <translation>Pipeline speichern</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened or saved here.</source>
        <translation>%1 hat sich auf der Festplatte geändert, seit sie hier geöffnet oder gespeichert wurde.</translation>
    </message>
    <message>
        <source>Overwrite the file with your version, or reload it and drop your unsaved changes (Undo brings them back)?</source>
        <translation>Die Datei mit Ihrer Version überschreiben, oder sie neu laden und Ihre ungespeicherten Änderungen verwerfen (Rückgängig bringt sie zurück)?</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Could not reload %1: %2</source>
        <translation>%1 konnte nicht neu geladen werden: %2</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk</source>
        <translation>%1 von der Festplatte neu geladen</translation>
    </message>
</context>
<context>
    <name>mlops::Doctor</name>
    <message>
        <source>Docker engine</source>
        <translation>Docker-Engine</translation>
    </message>
    <message>
        <source>Podman engine</source>
        <translation>Podman-Engine</translation>
    </message>
    <message>
        <source>rootless</source>
        <translation>ohne root</translation>
    </message>
    <message>
        <source>rootful</source>
        <translation>mit root</translation>
    </message>
    <message>
        <source>runtime %1</source>
        <translation>Laufzeit %1</translation>
    </message>
    <message>
        <source>running (%1)</source>
        <translation>läuft (%1)</translation>
    </message>
    <message>
        <source>installed (client %1) but not usable: %2</source>
        <translation>installiert (Client %1), aber nicht nutzbar: %2</translation>
    </message>
    <message>
        <source>bubblewrap (sandbox runner)</source>
        <translation>bubblewrap (Sandbox-Runner)</translation>
    </message>
    <message>
        <source>bwrap is not installed</source>
        <translation>bwrap ist nicht installiert</translation>
    </message>
    <message>
        <source>apt-get install bubblewrap</source>
        <translation>apt-get install bubblewrap</translation>
    </message>
    <message>
        <source>a trial sandbox works (no network, read-only system, job directory at /opt/ml)</source>
        <translation>eine Probe-Sandbox funktioniert (kein Netz, schreibgeschütztes System, Job-Verzeichnis unter /opt/ml)</translation>
    </message>
    <message>
        <source>installed, but a trial sandbox failed: %1</source>
        <translation>installiert, aber eine Probe-Sandbox ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>allow unprivileged user namespaces (sysctl kernel.unprivileged_userns_clone=1) or run steps with the process runner</source>
        <translation>unprivilegierte User-Namespaces erlauben (sysctl kernel.unprivileged_userns_clone=1) oder Schritte mit dem Runner process ausführen</translation>
    </message>
    <message>
        <source>Workspace Python</source>
        <translation>Python des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>%1 not found</source>
        <translation>%1 nicht gefunden</translation>
    </message>
    <message>
        <source>apt-get install python3, or set &apos;python:&apos; in mlops.yaml to an interpreter</source>
        <translation>apt-get install python3 oder in mlops.yaml unter „python:“ einen Interpreter angeben</translation>
    </message>
    <message>
        <source>%1 does not run: %2</source>
        <translation>%1 läuft nicht: %2</translation>
    </message>
    <message>
        <source>numpy, pandas, scikit-learn</source>
        <translation>numpy, pandas, scikit-learn</translation>
    </message>
    <message>
        <source>%1 cannot import: %2</source>
        <translation>%1 kann nicht importieren: %2</translation>
    </message>
    <message>
        <source>apt-get install %1</source>
        <translation>apt-get install %1</translation>
    </message>
    <message>
        <source>%1 -m pip install %2</source>
        <translation>%1 -m pip install %2</translation>
    </message>
    <message>
        <source>Jupyter kernels</source>
        <translation>Jupyter-Kernel</translation>
    </message>
    <message>
        <source>no kernelspec found in %1</source>
        <translation>keine Kernelspec gefunden in %1</translation>
    </message>
    <message>
        <source>apt-get install python3-ipykernel (provides the python3 kernel)</source>
        <translation>apt-get install python3-ipykernel (stellt den Kernel python3 bereit)</translation>
    </message>
    <message>
        <source>; image %1 present</source>
        <translation>; Image %1 vorhanden</translation>
    </message>
    <message>
        <source>; no image %1 (the default of the demo pipeline and of mlops serve)</source>
        <translation>; kein Image %1 (der Standard der Demo-Pipeline und von mlops serve)</translation>
    </message>
    <message>
        <source>run %1 as root: it creates %2 without a registry; or name an image you have in a step&apos;s image: (and in mlops serve --image)</source>
        <translation>führen Sie %1 als root aus: es erstellt %2 ohne Registry; oder nennen Sie ein vorhandenes Image in image: eines Schritts (und in mlops serve --image)</translation>
    </message>
</context>
<context>
    <name>mlops::DocumentDiff</name>
    <message>
        <source>%1 is neither at commit %2 nor in the working tree</source>
        <translation>%1 ist weder bei Commit %2 noch im Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>%1 is not at commit %2</source>
        <translation>%1 ist nicht bei Commit %2</translation>
    </message>
    <message>
        <source>%1 is at neither commit %2 nor commit %3</source>
        <translation>%1 ist weder bei Commit %2 noch bei Commit %3</translation>
    </message>
</context>
<context>
    <name>mlops::EdgeItem</name>
    <message>
        <source>%1 runs after %2 (depends_on)</source>
        <translation>%1 läuft nach %2 (depends_on)</translation>
    </message>
    <message>
        <source>%1&apos;s model</source>
        <translation>das Modell von %1</translation>
    </message>
    <message>
        <source>%1&apos;s output &apos;%2&apos;</source>
        <translation>die Ausgabe &apos;%2&apos; von %1</translation>
    </message>
    <message>
        <source>%1&apos;s property &apos;%2&apos;</source>
        <translation>die Eigenschaft &apos;%2&apos; von %1</translation>
    </message>
    <message>
        <source>%1 reads %2 as input &apos;%3&apos;</source>
        <translation>%1 liest %2 als Eingabe &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1&apos;s condition reads %2</source>
        <translation>die Bedingung von %1 liest %2</translation>
    </message>
    <message>
        <source>%1 takes %2 as its model</source>
        <translation>%1 nimmt %2 als sein Modell</translation>
    </message>
    <message>
        <source>%1&apos;s %2 reads %3</source>
        <translation>%2 von %1 liest %3</translation>
    </message>
    <message>
        <source>%1 runs when %2&apos;s condition is true</source>
        <translation>%1 läuft, wenn die Bedingung von %2 wahr ist</translation>
    </message>
    <message>
        <source>%1 runs when %2&apos;s condition is false</source>
        <translation>%1 läuft, wenn die Bedingung von %2 falsch ist</translation>
    </message>
</context>
<context>
    <name>mlops::EditYaml</name>
    <message>
        <source>Edit YAML</source>
        <translation>YAML bearbeiten</translation>
    </message>
</context>
<context>
    <name>mlops::EnvironmentBuild</name>
    <message>
        <source>runner &apos;%1&apos; is not available in this build</source>
        <translation>Runner &apos;%1&apos; ist in diesem Build nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>mlops::ExecutionContext</name>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation>unbekannter Parameter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has not produced its properties</source>
        <translation>Schritt &apos;%1&apos; hat seine Eigenschaften noch nicht erzeugt</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation>Schritt &apos;%1&apos; hat keine Eigenschaft &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in property &apos;%2&apos; of step &apos;%3&apos;</source>
        <translation>&apos;%1&apos; ist nicht in Eigenschaft &apos;%2&apos; von Schritt &apos;%3&apos;</translation>
    </message>
    <message>
        <source>property %1 of step &apos;%2&apos; has no key &apos;%3&apos;%4</source>
        <translation>Eigenschaft %1 von Schritt &apos;%2&apos; hat keinen Schlüssel &apos;%3&apos;%4</translation>
    </message>
    <message>
        <source>%1 is an artifact, not a value</source>
        <translation>%1 ist ein Artefakt, kein Wert</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has not finished, so %2 is not available</source>
        <translation>Schritt &apos;%1&apos; ist nicht fertig, daher ist %2 nicht verfügbar</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; produced no model</source>
        <translation>Schritt &apos;%1&apos; hat kein Modell erzeugt</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; produced no output &apos;%2&apos;</source>
        <translation>Schritt &apos;%1&apos; hat keine Ausgabe &apos;%2&apos; erzeugt</translation>
    </message>
    <message>
        <source>%1 is a value, not an artifact</source>
        <translation>%1 ist ein Wert, kein Artefakt</translation>
    </message>
    <message>
        <source>pipeline &apos;%1&apos; has no parameter &apos;%2&apos;%3 (it has: %4)</source>
        <translation>Pipeline &apos;%1&apos; hat keinen Parameter &apos;%2&apos;%3 (vorhanden: %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; needs a number (its default is %2), not &apos;%3&apos;</source>
        <translation>Parameter &apos;%1&apos; braucht eine Zahl (sein Standardwert ist %2), nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; needs true or false, not &apos;%2&apos;</source>
        <translation>Parameter &apos;%1&apos; braucht true oder false, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; needs a finite number (its default is %2), not &apos;%3&apos;</source>
        <translation>Parameter &apos;%1&apos; braucht eine endliche Zahl (sein Standardwert ist %2), nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; needs a whole number (its default is %2), not &apos;%3&apos;</source>
        <translation>Parameter &apos;%1&apos; braucht eine ganze Zahl (sein Standardwert ist %2), nicht &apos;%3&apos;</translation>
    </message>
</context>
<context>
    <name>mlops::ExecutionModel</name>
    <message>
        <source>hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Results reused from run %1</source>
        <translation>Ergebnisse aus Lauf %1 wiederverwendet</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Try</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>mlops::ExperimentsScreen</name>
    <message numerus="yes">
        <source>Copy run ID(s)</source>
        <translation>
            <numerusform>Lauf-ID kopieren</numerusform>
            <numerusform>Lauf-IDs kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy commit %1</source>
        <translation>Commit %1 kopieren</translation>
    </message>
    <message>
        <source>Only runs of %1</source>
        <translation>Nur Läufe von %1</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <source>Running %1 for the tour…</source>
        <translation>%1 läuft für die Tour …</translation>
    </message>
    <message>
        <source>The demo pipeline did not complete: %1</source>
        <translation>Die Demo-Pipeline wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Ran %1 for the tour</source>
        <translation>%1 für die Tour ausgeführt</translation>
    </message>
</context>
<context>
    <name>mlops::Expression</name>
    <message>
        <source>&apos;${&apos; is not closed by &apos;}&apos;</source>
        <translation>&apos;${&apos; wird nicht durch &apos;}&apos; geschlossen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>the text starting here is not closed by %1</source>
        <translation>der hier beginnende Text wird nicht durch %1 geschlossen</translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos; (use ==, !=, &lt;, &lt;=, &gt;, &gt;=, and, or, not)</source>
        <translation>unbekannter Operator &apos;%1&apos; (verwenden Sie ==, !=, &lt;, &lt;=, &gt;, &gt;=, and, or, not)</translation>
    </message>
    <message>
        <source>unexpected word &apos;%1&apos;: quote text (&apos;%1&apos;), or write a reference such as ${parameters.%1}</source>
        <translation>unerwartetes Wort &apos;%1&apos;: setzen Sie Text in Anführungszeichen (&apos;%1&apos;) oder schreiben Sie einen Verweis wie ${parameters.%1}</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the condition is empty</source>
        <translation>die Bedingung ist leer</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>comparisons cannot be chained; join them with &apos;and&apos;</source>
        <translation>Vergleiche lassen sich nicht verketten; verbinden Sie sie mit &apos;and&apos;</translation>
    </message>
    <message>
        <source>&apos;)&apos; expected</source>
        <translation>&apos;)&apos; erwartet</translation>
    </message>
    <message>
        <source>the condition ends too early: a value is missing</source>
        <translation>die Bedingung endet zu früh: ein Wert fehlt</translation>
    </message>
    <message>
        <source>a value is expected here, not &apos;%1&apos;</source>
        <translation>hier wird ein Wert erwartet, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>wahr/falsch</translation>
    </message>
    <message>
        <source>an artifact</source>
        <translation>ein Artefakt</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>type mismatch: %1 is an artifact (files), not a value; compare a property such as ${steps.%2.properties.NAME.key}</source>
        <translation>Typfehler: %1 ist ein Artefakt (Dateien), kein Wert; vergleichen Sie eine Eigenschaft wie ${steps.%2.properties.NAME.key}</translation>
    </message>
    <message>
        <source>type mismatch: &apos;not&apos; needs true/false, not %1</source>
        <translation>Typfehler: &apos;not&apos; braucht wahr/falsch, nicht %1</translation>
    </message>
    <message>
        <source>type mismatch: &apos;%1&apos; needs true/false on both sides, not %2</source>
        <translation>Typfehler: &apos;%1&apos; braucht auf beiden Seiten wahr/falsch, nicht %2</translation>
    </message>
    <message>
        <source>type mismatch: cannot compare %1 with %2</source>
        <translation>Typfehler: %1 lässt sich nicht mit %2 vergleichen</translation>
    </message>
    <message>
        <source>type mismatch: &apos;%1&apos; cannot order true/false</source>
        <translation>Typfehler: &apos;%1&apos; kann wahr/falsch nicht ordnen</translation>
    </message>
    <message>
        <source>&apos;not&apos; needs true/false, got &apos;%1&apos;</source>
        <translation>&apos;not&apos; braucht wahr/falsch, erhielt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs true/false, got &apos;%2&apos;</source>
        <translation>&apos;%1&apos; braucht wahr/falsch, erhielt &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot compare &apos;%1&apos; with &apos;%2&apos;</source>
        <translation>&apos;%1&apos; lässt sich nicht mit &apos;%2&apos; vergleichen</translation>
    </message>
    <message>
        <source>type mismatch: a condition must be true or false, but this is %1; compare it, e.g. &apos;%2 &gt;= 0.9&apos;</source>
        <translation>Typfehler: eine Bedingung muss wahr oder falsch sein, dies ist aber %1; vergleichen Sie es, z. B. &apos;%2 &gt;= 0.9&apos;</translation>
    </message>
    <message>
        <source>the condition gave &apos;%1&apos;, not true or false</source>
        <translation>die Bedingung ergab &apos;%1&apos;, nicht wahr oder falsch</translation>
    </message>
    <message>
        <source>unexpected word &apos;%1&apos; (did you mean &apos;%2&apos;? keywords are lower case)</source>
        <translation>unerwartetes Wort &apos;%1&apos; (meinten Sie &apos;%2&apos;? Schlüsselwörter werden kleingeschrieben)</translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos; (use &apos;%2&apos;)</source>
        <translation>unbekannter Operator &apos;%1&apos; (verwenden Sie &apos;%2&apos;)</translation>
    </message>
</context>
<context>
    <name>mlops::FileCopy</name>
    <message>
        <source>cannot copy: %1</source>
        <translation>Kopieren nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>mlops::FileLock</name>
    <message>
        <source>cannot create the folder of a lock file</source>
        <translation>der Ordner einer Sperrdatei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the lock file: %1</source>
        <translation>die Sperrdatei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot lock: %1</source>
        <translation>Sperren nicht möglich: %1</translation>
    </message>
    <message>
        <source>another mlops command or the studio kept the workspace locked for %1 s; try again when it has finished</source>
        <translation>ein anderer mlops-Befehl oder das Studio hielt den Workspace %1 s lang gesperrt; versuchen Sie es erneut, wenn er fertig ist</translation>
    </message>
</context>
<context>
    <name>mlops::FileUtil</name>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>cannot change the permissions of %1: %2</source>
        <translation>Die Berechtigungen von %1 lassen sich nicht ändern: %2</translation>
    </message>
</context>
<context>
    <name>mlops::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Find in notebook</source>
        <translation>Im Notebook suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>mlops::Git</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>mlops::GitRepository</name>
    <message>
        <source>cannot open the git repository</source>
        <translation>Das Git-Repository kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>a bare git repository has no working tree</source>
        <translation>Ein Bare-Git-Repository hat kein Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>cannot create the git repository</source>
        <translation>Das Git-Repository kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot read the git status</source>
        <translation>Der Git-Status kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation>HEAD kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the HEAD commit</source>
        <translation>Der HEAD-Commit kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the history</source>
        <translation>Der Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read a commit</source>
        <translation>Ein Commit kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot commit a file that does not exist</source>
        <translation>Eine Datei, die es nicht gibt, kann nicht committet werden</translation>
    </message>
    <message>
        <source>cannot create an index</source>
        <translation>Ein Index kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot read HEAD&apos;s tree</source>
        <translation>Der Baum von HEAD kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot open the repository index</source>
        <translation>Der Index des Repositorys kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot store a file in git</source>
        <translation>Eine Datei kann nicht in Git gespeichert werden</translation>
    </message>
    <message>
        <source>cannot add a file to the commit</source>
        <translation>Eine Datei kann nicht in den Commit aufgenommen werden</translation>
    </message>
    <message>
        <source>cannot add a file to the index</source>
        <translation>Eine Datei kann nicht in den Index aufgenommen werden</translation>
    </message>
    <message>
        <source>nothing to commit</source>
        <translation>Nichts zu committen</translation>
    </message>
    <message>
        <source>cannot write the commit tree</source>
        <translation>Der Baum des Commits kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot make a commit signature</source>
        <translation>Die Signatur des Commits kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot create the commit</source>
        <translation>Der Commit kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write the repository index</source>
        <translation>Der Index des Repositorys kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot compute the diff</source>
        <translation>Der Diff kann nicht berechnet werden</translation>
    </message>
    <message>
        <source>cannot format the diff</source>
        <translation>Der Diff kann nicht formatiert werden</translation>
    </message>
    <message>
        <source>cannot read the repository index</source>
        <translation>Der Index des Repositorys kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot remove a path from the index</source>
        <translation>ein Pfad kann nicht aus dem Index entfernt werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a commit of this repository</source>
        <translation>&apos;%1&apos; ist kein Commit dieses Repositorys</translation>
    </message>
    <message>
        <source>cannot read commit %1</source>
        <translation>Commit %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 does not exist at commit %2</source>
        <translation>%1 existiert bei Commit %2 nicht</translation>
    </message>
    <message>
        <source>%1 is a folder at commit %2, not a file</source>
        <translation>%1 ist bei Commit %2 ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot read the patch</source>
        <translation>der Patch kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot apply the patch</source>
        <translation>der Patch kann nicht angewendet werden</translation>
    </message>
    <message>
        <source>cannot create a branch for the worktree</source>
        <translation>für den Worktree kann kein Branch erstellt werden</translation>
    </message>
    <message>
        <source>cannot create the worktree</source>
        <translation>der Worktree kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot open the worktree</source>
        <translation>der Worktree kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot detach the worktree&apos;s HEAD</source>
        <translation>der HEAD des Worktrees kann nicht losgelöst werden</translation>
    </message>
    <message>
        <source>cannot delete the worktree&apos;s temporary branch</source>
        <translation>der temporäre Branch des Worktrees kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>no worktree named %1</source>
        <translation>kein Worktree namens %1</translation>
    </message>
    <message>
        <source>cannot remove the worktree %1</source>
        <translation>der Worktree %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot move HEAD to the new commit</source>
        <translation>HEAD lässt sich nicht auf den neuen Commit setzen</translation>
    </message>
    <message>
        <source>%1 (a folder git does not look into, such as another repository)</source>
        <translation>%1 (ein Ordner, in den git nicht schaut, etwa ein anderes Repository)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source># Untracked files left out of this diff (more than %1 bytes, or folders):</source>
        <translation># Nicht versionierte Dateien, die in diesem Diff fehlen (größer als %1 Bytes, oder Ordner):</translation>
    </message>
    <message>
        <source>cannot remove a file from the commit</source>
        <translation>eine Datei lässt sich nicht aus dem Commit entfernen</translation>
    </message>
    <message>
        <source>cannot remove a file from the index</source>
        <translation>eine Datei lässt sich nicht aus dem Index entfernen</translation>
    </message>
</context>
<context>
    <name>mlops::GitScreen</name>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Runs at this commit</source>
        <translation>Läufe bei diesem Commit</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>This workspace is not in a git repository, so runs cannot be tied to commits or reproduced.</source>
        <translation>Dieser Arbeitsbereich liegt nicht in einem Git-Repository, daher können Läufe nicht mit Commits verknüpft oder reproduziert werden.</translation>
    </message>
    <message>
        <source>detached HEAD</source>
        <translation>losgelöster HEAD</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>Branch %1</translation>
    </message>
    <message numerus="yes">
        <source>%n uncommitted change(s)</source>
        <translation>
            <numerusform>%n nicht committete Änderung</numerusform>
            <numerusform>%n nicht committete Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>clean</source>
        <translation>sauber</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s)</source>
        <translation>
            <numerusform>%n Commit</numerusform>
            <numerusform>%n Commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) recorded at them</source>
        <translation>
            <numerusform>%n dazu aufgezeichneter Lauf</numerusform>
            <numerusform>%n dazu aufgezeichnete Läufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes (%1)</source>
        <translation>Änderungen (%1)</translation>
    </message>
    <message>
        <source>No commits yet.</source>
        <translation>Noch keine Commits.</translation>
    </message>
    <message>
        <source>Commit failed: %1</source>
        <translation>Commit fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation>Committet.</translation>
    </message>
    <message>
        <source>Reproducing run %1…</source>
        <translation>Lauf %1 wird reproduziert…</translation>
    </message>
</context>
<context>
    <name>mlops::Hasher</name>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht lesen: %1</translation>
    </message>
    <message>
        <source>cannot start SHA-256</source>
        <translation>kann SHA-256 nicht starten</translation>
    </message>
</context>
<context>
    <name>mlops::JobLayout</name>
    <message>
        <source>cannot create the job folder</source>
        <translation>kann den Job-Ordner nicht anlegen</translation>
    </message>
    <message>
        <source>cannot write the job configuration: %1</source>
        <translation>kann die Job-Konfiguration nicht schreiben: %1</translation>
    </message>
    <message>
        <source>cannot empty the job folder&apos;s copy</source>
        <translation>die Kopie im Job-Ordner kann nicht geleert werden</translation>
    </message>
</context>
<context>
    <name>mlops::JupyterMessage</name>
    <message numerus="yes">
        <source>malformed Jupyter message: %n frame(s) without the &lt;IDS|MSG&gt; delimiter and the four JSON parts</source>
        <translation>
            <numerusform>fehlerhafte Jupyter-Nachricht: %n Frame ohne den Trenner &lt;IDS|MSG&gt; und die vier JSON-Teile</numerusform>
            <numerusform>fehlerhafte Jupyter-Nachricht: %n Frames ohne den Trenner &lt;IDS|MSG&gt; und die vier JSON-Teile</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped a Jupyter message with an invalid signature</source>
        <translation>Jupyter-Nachricht mit ungültiger Signatur verworfen</translation>
    </message>
    <message>
        <source>malformed Jupyter message: a JSON part is not an object</source>
        <translation>fehlerhafte Jupyter-Nachricht: ein JSON-Teil ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>mlops::KernelChannels</name>
    <message>
        <source>ZeroMQ: %1</source>
        <translation>ZeroMQ: %1</translation>
    </message>
    <message>
        <source>not connected to a kernel</source>
        <translation>mit keinem Kernel verbunden</translation>
    </message>
</context>
<context>
    <name>mlops::KernelClient</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>The kernel &apos;%1&apos; did not answer within %2 s of starting.</source>
        <translation>Der Kernel &apos;%1&apos; hat nach dem Start %2 s lang nicht geantwortet.</translation>
    </message>
    <message>
        <source>the kernel is not running</source>
        <translation>der Kernel läuft nicht</translation>
    </message>
    <message>
        <source>The kernel &apos;%1&apos; stopped responding (no heartbeat for %2 s) and was stopped.</source>
        <translation>Der Kernel &apos;%1&apos; reagierte nicht mehr (%2 s ohne Heartbeat) und wurde beendet.</translation>
    </message>
    <message>
        <source>The kernel &apos;%1&apos; died: it %2.</source>
        <translation>Der Kernel &apos;%1&apos; ist abgestürzt: er %2.</translation>
    </message>
    <message>
        <source>The kernel&apos;s last output:</source>
        <translation>Die letzte Ausgabe des Kernels:</translation>
    </message>
</context>
<context>
    <name>mlops::KernelProcess</name>
    <message>
        <source>cannot create a folder for the kernel&apos;s connection file: %1</source>
        <translation>kein Ordner für die Verbindungsdatei des Kernels: %1</translation>
    </message>
    <message>
        <source>cannot start the kernel &apos;%1&apos; (%2): %3</source>
        <translation>der Kernel &apos;%1&apos; (%2) lässt sich nicht starten: %3</translation>
    </message>
    <message>
        <source>was killed by signal %1 (%2)</source>
        <translation>wurde durch Signal %1 (%2) beendet</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>hat sich mit Code %1 beendet</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>hat sich beendet</translation>
    </message>
</context>
<context>
    <name>mlops::KernelSpec</name>
    <message>
        <source>kernel.json has no argv to start the kernel with</source>
        <translation>kernel.json enthält kein argv zum Starten des Kernels</translation>
    </message>
    <message>
        <source>Python 3 (ipykernel)</source>
        <translation>Python 3 (ipykernel)</translation>
    </message>
    <message>
        <source>no Jupyter kernel named &apos;%1&apos; is installed (installed: %2)</source>
        <translation>kein Jupyter-Kernel namens &apos;%1&apos; installiert (installiert: %2)</translation>
    </message>
    <message>
        <source>not a valid kernel.json: the JSON is broken (%1)</source>
        <translation>keine gültige kernel.json: das JSON ist fehlerhaft (%1)</translation>
    </message>
    <message>
        <source>not a valid kernel.json: not a JSON object</source>
        <translation>keine gültige kernel.json: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the Jupyter kernel &apos;%1&apos; is installed, but its kernelspec is broken: %2</source>
        <translation>der Jupyter-Kernel &apos;%1&apos; ist installiert, aber seine Kernelspec ist fehlerhaft: %2</translation>
    </message>
</context>
<context>
    <name>mlops::KernelWorker</name>
    <message>
        <source>The kernel is not running.</source>
        <translation>Der Kernel läuft nicht.</translation>
    </message>
    <message>
        <source>a cell was aborted</source>
        <translation>eine Zelle wurde abgebrochen</translation>
    </message>
    <message>
        <source>interrupted by the user</source>
        <translation>vom Benutzer unterbrochen</translation>
    </message>
</context>
<context>
    <name>mlops::Lifecycle</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Add data with mlops data add</source>
        <translation>Daten mit mlops data add hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s)</source>
        <translation>
            <numerusform>%n Datendatei</numerusform>
            <numerusform>%n Datendateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data set version(s) used by runs</source>
        <translation>
            <numerusform>%n Datensatzversion von Läufen genutzt</numerusform>
            <numerusform>%n Datensatzversionen von Läufen genutzt</numerusform>
        </translation>
    </message>
    <message>
        <source>not used by a run yet</source>
        <translation>noch von keinem Lauf genutzt</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>latest %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <source>No model trained</source>
        <translation>Kein Modell trainiert</translation>
    </message>
    <message>
        <source>Define a pipeline with a training step</source>
        <translation>Eine Pipeline mit einem Trainingsschritt anlegen</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) trained</source>
        <translation>
            <numerusform>%n Modell trainiert</numerusform>
            <numerusform>%n Modelle trainiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n failed</source>
        <translation>
            <numerusform> · %n fehlgeschlagen</numerusform>
            <numerusform> · %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <source>No metrics yet</source>
        <translation>Noch keine Metriken</translation>
    </message>
    <message>
        <source>no quality gate</source>
        <translation>kein Qualitätstor</translation>
    </message>
    <message>
        <source>gate in %1</source>
        <translation>Tor in %1</translation>
    </message>
    <message numerus="yes">
        <source>Metrics on %n run(s)</source>
        <translation>
            <numerusform>Metriken zu %n Lauf</numerusform>
            <numerusform>Metriken zu %n Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>no quality gate in a pipeline</source>
        <translation>kein Qualitätstor in einer Pipeline</translation>
    </message>
    <message>
        <source>gated by %1 (%2)</source>
        <translation>geprüft durch %1 (%2)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Nothing registered</source>
        <translation>Nichts registriert</translation>
    </message>
    <message>
        <source>model of run %1 is waiting</source>
        <translation>Modell aus Lauf %1 wartet</translation>
    </message>
    <message>
        <source>train a model first</source>
        <translation>zuerst ein Modell trainieren</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting approval</source>
        <translation>
            <numerusform>%n wartet auf Freigabe</numerusform>
            <numerusform>%n warten auf Freigabe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n freigegeben</numerusform>
            <numerusform>%n freigegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Not deployed</source>
        <translation>Nicht bereitgestellt</translation>
    </message>
    <message>
        <source>approve a version first</source>
        <translation>zuerst eine Version freigeben</translation>
    </message>
    <message>
        <source>%1 is ready</source>
        <translation>%1 ist bereit</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n Endpunkt</numerusform>
            <numerusform>%n Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Not monitored</source>
        <translation>Nicht überwacht</translation>
    </message>
    <message>
        <source>no data capture</source>
        <translation>keine Datenerfassung</translation>
    </message>
    <message numerus="yes">
        <source>%n capture file(s)</source>
        <translation>
            <numerusform>%n Erfassungsdatei</numerusform>
            <numerusform>%n Erfassungsdateien</numerusform>
        </translation>
    </message>
    <message>
        <source>no baseline yet</source>
        <translation>noch keine Baseline</translation>
    </message>
    <message>
        <source>checked against a baseline</source>
        <translation>gegen eine Baseline geprüft</translation>
    </message>
    <message>
        <source>nothing deployed</source>
        <translation>nichts bereitgestellt</translation>
    </message>
    <message numerus="yes">
        <source> · %n model(s) trained before</source>
        <translation>
            <numerusform> · %n Modell zuvor trainiert</numerusform>
            <numerusform> · %n Modelle zuvor trainiert</numerusform>
        </translation>
    </message>
    <message>
        <source>latest model failed the gate %1 (%2)</source>
        <translation>das neueste Modell hat die Schwelle %1 nicht bestanden (%2)</translation>
    </message>
    <message>
        <source>latest model passed the gate %1 (%2)</source>
        <translation>das neueste Modell hat die Schwelle %1 bestanden (%2)</translation>
    </message>
</context>
<context>
    <name>mlops::LifecycleCard</name>
    <message>
        <source>ML lifecycle</source>
        <translation>ML-Lebenszyklus</translation>
    </message>
</context>
<context>
    <name>mlops::LineageDetailPanel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Show its lineage</source>
        <translation>Herkunft anzeigen</translation>
    </message>
    <message>
        <source>Open in Registry</source>
        <translation>In der Registry öffnen</translation>
    </message>
    <message>
        <source>Copy id</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Select an entity to see its details.</source>
        <translation>Wählen Sie eine Entität aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Step type</source>
        <translation>Schritttyp</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Runner</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source> (with uncommitted changes)</source>
        <translation> (mit nicht committeten Änderungen)</translation>
    </message>
    <message>
        <source>Cache hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <source>reused the outputs of run %1</source>
        <translation>Ausgaben von Lauf %1 wiederverwendet</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message numerus="yes">
        <source>%n association(s) in</source>
        <translation>
            <numerusform>%n eingehende Verknüpfung</numerusform>
            <numerusform>%n eingehende Verknüpfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n association(s) out</source>
        <translation>
            <numerusform>%n ausgehende Verknüpfung</numerusform>
            <numerusform>%n ausgehende Verknüpfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (Lauf %2)</translation>
    </message>
    <message>
        <source>Show the lineage of the run that produced it</source>
        <translation>Die Lineage des Laufs zeigen, der es erzeugt hat</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Erzeugt von</translation>
    </message>
    <message>
        <source>Parameters of the producing run</source>
        <translation>Parameter des erzeugenden Laufs</translation>
    </message>
</context>
<context>
    <name>mlops::LineageEntity</name>
    <message>
        <source>data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>code commit</source>
        <translation>Code-Commit</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>uncommitted diff</source>
        <translation>nicht committeter Diff</translation>
    </message>
    <message>
        <source>step run</source>
        <translation>Schrittlauf</translation>
    </message>
    <message>
        <source>notebook run</source>
        <translation>Notebook-Lauf</translation>
    </message>
    <message>
        <source>pipeline execution</source>
        <translation>Pipeline-Ausführung</translation>
    </message>
    <message>
        <source>model package</source>
        <translation>Modellpaket</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
</context>
<context>
    <name>mlops::LineageExport</name>
    <message>
        <source>not enough memory for a %1 × %2 picture</source>
        <translation>nicht genug Speicher für ein Bild von %1 × %2</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>the graph was replaced while it was exported; export it again</source>
        <translation>der Graph wurde während des Exports ersetzt; exportieren Sie ihn erneut</translation>
    </message>
    <message>
        <source>cannot draw the graph as %1</source>
        <translation>der Graph kann nicht als %1 gezeichnet werden</translation>
    </message>
    <message>
        <source>cannot encode the graph as PNG</source>
        <translation>der Graph kann nicht als PNG kodiert werden</translation>
    </message>
    <message>
        <source>cannot draw the graph as SVG</source>
        <translation>der Graph kann nicht als SVG gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>mlops::LineageLegend</name>
    <message>
        <source>upstream of the focus</source>
        <translation>dem Fokus vorgelagert</translation>
    </message>
    <message>
        <source>downstream of the focus</source>
        <translation>dem Fokus nachgelagert</translation>
    </message>
</context>
<context>
    <name>mlops::LineageQuery</name>
    <message>
        <source>there is no lineage entity %1</source>
        <translation>es gibt keine Herkunftsentität %1</translation>
    </message>
    <message>
        <source>%1 has no lineage recorded</source>
        <translation>für %1 ist keine Herkunft aufgezeichnet</translation>
    </message>
    <message>
        <source>no artifact or commit has a hash starting with &apos;%1&apos;</source>
        <translation>kein Artefakt und kein Commit hat einen Hash, der mit &apos;%1&apos; beginnt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ambiguous: it starts %2; give more characters</source>
        <translation>&apos;%1&apos; ist mehrdeutig: damit beginnen %2; geben Sie mehr Zeichen an</translation>
    </message>
    <message>
        <source>name a run, an artifact hash, a file or a model version</source>
        <translation>geben Sie einen Lauf, einen Artefakt-Hash, eine Datei oder eine Modellversion an</translation>
    </message>
    <message>
        <source>no run used or produced %1 as it is now (content hash %2)</source>
        <translation>kein Lauf hat %1 in seinem jetzigen Zustand verwendet oder erzeugt (Inhalts-Hash %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ambiguous: several runs start with it; give more characters</source>
        <translation>&apos;%1&apos; ist mehrdeutig: mehrere Läufe beginnen damit; geben Sie mehr Zeichen an</translation>
    </message>
    <message>
        <source>run %1 is %2 and has no lineage</source>
        <translation>Lauf %1 ist %2 und hat keine Herkunft</translation>
    </message>
    <message>
        <source>no run starts with &apos;%1&apos; (hash prefixes need at least 6 characters)</source>
        <translation>kein Lauf beginnt mit &apos;%1&apos; (Hash-Präfixe benötigen mindestens 6 Zeichen)</translation>
    </message>
    <message>
        <source>the two entities are not connected</source>
        <translation>die beiden Entitäten sind nicht verbunden</translation>
    </message>
    <message>
        <source>%1 is not inside the workspace %2; lineage knows the workspace&apos;s files only</source>
        <translation>%1 liegt nicht im Arbeitsbereich %2; die Herkunft kennt nur die Dateien des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ambiguous: it starts the run %2 and the hash of an artifact; give more characters, or write run:ID or artifact:HASH</source>
        <translation>&apos;%1&apos; ist mehrdeutig: damit beginnen der Lauf %2 und der Hash eines Artefakts; geben Sie mehr Zeichen an oder schreiben Sie run:ID oder artifact:HASH</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too short: give at least 4 characters of a run id, or 6 of an artifact hash</source>
        <translation>&apos;%1&apos; ist zu kurz: geben Sie mindestens 4 Zeichen einer Lauf-ID oder 6 eines Artefakt-Hashes an</translation>
    </message>
    <message>
        <source>more</source>
        <translation>weitere</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ambiguous: it names %2 (newest first); give one of these ids instead</source>
        <translation>&apos;%1&apos; ist mehrdeutig: es bezeichnet %2 (neueste zuerst); geben Sie stattdessen eine dieser IDs an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a run id, an artifact hash, a file of the workspace, a model version (GROUP/VERSION) or the name of an entity</source>
        <translation>&apos;%1&apos; ist weder eine Lauf-ID, ein Artefakt-Hash, eine Datei des Arbeitsbereichs, eine Modellversion (GRUPPE/VERSION) noch der Name einer Entität</translation>
    </message>
</context>
<context>
    <name>mlops::LineageRecorder</name>
    <message>
        <source>cannot record the lineage entity %1</source>
        <translation>die Herkunftsentität %1 kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>there is no model version %1 in the registry</source>
        <translation>in der Registry gibt es keine Modellversion %1</translation>
    </message>
    <message>
        <source>there is no run with row id %1</source>
        <translation>es gibt keinen Lauf mit der Zeilen-ID %1</translation>
    </message>
</context>
<context>
    <name>mlops::LineageScreen</name>
    <message>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Run id, hash, file or GROUP/VERSION — Enter shows its lineage</source>
        <translation>Lauf-ID, Hash, Datei oder GROUP/VERSION — Eingabetaste zeigt die Herkunft</translation>
    </message>
    <message>
        <source>Upstream and downstream</source>
        <translation>Vor- und nachgelagert</translation>
    </message>
    <message>
        <source>Upstream: where it came from</source>
        <translation>Vorgelagert: woher es stammt</translation>
    </message>
    <message>
        <source>Downstream: what it fed</source>
        <translation>Nachgelagert: worin es eingeflossen ist</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>How many associations to follow from the focus (all: no limit)</source>
        <translation>Wie vielen Verknüpfungen vom Fokus aus gefolgt wird (alle: keine Begrenzung)</translation>
    </message>
    <message>
        <source>Whole workspace</source>
        <translation>Ganzer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Show every entity of the workspace (the newest 20,000)</source>
        <translation>Jede Entität des Arbeitsbereichs anzeigen (die neuesten 20.000)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the graph into the view (0)</source>
        <translation>Den Graphen in die Ansicht einpassen (0)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG-Bild…</translation>
    </message>
    <message>
        <source>SVG drawing…</source>
        <translation>SVG-Zeichnung…</translation>
    </message>
    <message>
        <source>Graphviz DOT…</source>
        <translation>Graphviz-DOT…</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Loading lineage…</source>
        <translation>Herkunft wird geladen…</translation>
    </message>
    <message>
        <source>Cannot show that lineage: %1</source>
        <translation>Diese Herkunft kann nicht angezeigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entities in view</source>
        <translation>
            <numerusform>%n Entität in der Ansicht</numerusform>
            <numerusform>%n Entitäten in der Ansicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the workspace</source>
        <translation>
            <numerusform>%n im Arbeitsbereich</numerusform>
            <numerusform>%n im Arbeitsbereich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>No lineage yet.

Run a pipeline (mlops run PIPELINE, or the Run button) and its data sets, code commit, step runs, models and registered versions appear here.</source>
        <translation>Noch keine Herkunft.

Führen Sie eine Pipeline aus (mlops run PIPELINE oder die Schaltfläche „Ausführen“), dann erscheinen hier ihre Datensätze, der Code-Commit, die Schrittläufe, Modelle und registrierten Versionen.</translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Graphviz dot</source>
        <translation>Graphviz dot</translation>
    </message>
    <message>
        <source>the layered layout (large graph)</source>
        <translation>das geschichtete Layout (großer Graph)</translation>
    </message>
    <message numerus="yes">
        <source>%n association(s)</source>
        <translation>
            <numerusform>%n Verknüpfung</numerusform>
            <numerusform>%n Verknüpfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>laid out by %1 in %2 ms</source>
        <translation>von %1 in %2 ms angeordnet</translation>
    </message>
    <message numerus="yes">
        <source>only the first %n entities are shown</source>
        <translation>
            <numerusform>nur %n Entität wird angezeigt</numerusform>
            <numerusform>nur die ersten %n Entitäten werden angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>click: details and highlight · double-click: its lineage · wheel: zoom</source>
        <translation>Klick: Details und Hervorhebung · Doppelklick: seine Herkunft · Mausrad: Zoom</translation>
    </message>
    <message>
        <source>Select an entity to see its details.</source>
        <translation>Wählen Sie eine Entität aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Graphviz DOT files (*.dot)</source>
        <translation>Graphviz-DOT-Dateien (*.dot)</translation>
    </message>
    <message>
        <source>Export the lineage graph</source>
        <translation>Herkunftsgraph exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Running %1 to record its lineage…</source>
        <translation>%1 wird ausgeführt, um seine Herkunft aufzuzeichnen…</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the export; the file is left as it was</source>
        <translation>Den Export anhalten; die Datei bleibt, wie sie war</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schreibe…</translation>
    </message>
    <message>
        <source>Drawing %p%</source>
        <translation>Zeichne %p%</translation>
    </message>
    <message>
        <source>Export to %1 cancelled; the file was not written</source>
        <translation>Export nach %1 abgebrochen; die Datei wurde nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>mlops::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MLOps Studio</source>
        <translation>&amp;Über MLOps Studio</translation>
    </message>
    <message>
        <source>About MLOps Studio</source>
        <translation>Über MLOps Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MLOps Studio %1&lt;/h3&gt;&lt;p&gt;A native desktop MLOps studio: notebooks on real Jupyter kernels, visual pipelines over YAML, runs tracked in git and SQLite, lineage, registry and deployments on one workstation.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MLOps Studio %1&lt;/h3&gt;&lt;p&gt;Ein natives MLOps-Studio für den Desktop: Notebooks auf echten Jupyter-Kernels, visuelle Pipelines über YAML, in Git und SQLite verfolgte Läufe, Herkunft, Registry und Deployments auf einem Arbeitsplatzrechner.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Creating workspace %1…</source>
        <translation>Arbeitsbereich %1 wird angelegt…</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation>Arbeitsbereich kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>%1 is not inside an MLOps Studio workspace (there is no mlops.yaml in it or above it).</source>
        <translation>%1 liegt in keinem MLOps-Studio-Arbeitsbereich (weder dort noch darüber gibt es eine mlops.yaml).</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>MLOps Studio</source>
        <translation>MLOps Studio</translation>
    </message>
    <message>
        <source>%1 — %2 — MLOps Studio</source>
        <translation>%1 — %2 — MLOps Studio</translation>
    </message>
    <message>
        <source>The workspace folder %1 was deleted or moved, so it was closed.</source>
        <translation>Der Arbeitsbereichsordner %1 wurde gelöscht oder verschoben und daher geschlossen.</translation>
    </message>
</context>
<context>
    <name>mlops::MaturityCriteria</name>
    <message>
        <source>run %1 (%2)</source>
        <translation>Lauf %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (committed)</source>
        <translation>%1 (committet)</translation>
    </message>
    <message>
        <source>%1 exists but is not committed</source>
        <translation>%1 ist vorhanden, aber nicht committet</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s)</source>
        <translation>
            <numerusform>%n weitere Datei</numerusform>
            <numerusform>%n weitere Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>git repository at %1 with %n commit(s)</source>
        <translation>
            <numerusform>Git-Repository in %1 mit %n Commit</numerusform>
            <numerusform>Git-Repository in %1 mit %n Commits</numerusform>
        </translation>
    </message>
    <message>
        <source>HEAD is %1 &quot;%2&quot; by %3</source>
        <translation>HEAD ist %1 „%2“ von %3</translation>
    </message>
    <message numerus="yes">
        <source>%n uncommitted change(s) in the working tree</source>
        <translation>
            <numerusform>%n nicht committete Änderung im Arbeitsverzeichnis</numerusform>
            <numerusform>%n nicht committete Änderungen im Arbeitsverzeichnis</numerusform>
        </translation>
    </message>
    <message>
        <source>no git repository: %1</source>
        <translation>kein Git-Repository: %1</translation>
    </message>
    <message>
        <source>Put the workspace under version control with a first commit</source>
        <translation>Den Arbeitsbereich mit einem ersten Commit unter Versionskontrolle stellen</translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s): %1</source>
        <translation>
            <numerusform>%n Notebook: %1</numerusform>
            <numerusform>%n Notebooks: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s): %1</source>
        <translation>
            <numerusform>%n Pipeline: %1</numerusform>
            <numerusform>%n Pipelines: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no notebooks, pipelines or data in the workspace</source>
        <translation>keine Notebooks, Pipelines oder Daten im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Start experimenting: add a notebook under notebooks/ or a pipeline under pipelines/</source>
        <translation>Mit dem Experimentieren beginnen: ein Notebook unter notebooks/ oder eine Pipeline unter pipelines/ anlegen</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) recorded in %1</source>
        <translation>
            <numerusform>%n Lauf aufgezeichnet in %1</numerusform>
            <numerusform>%n Läufe aufgezeichnet in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n experiment(s)</source>
        <translation>
            <numerusform>%n Experiment</numerusform>
            <numerusform>%n Experimenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with metrics, comparable in the Experiments screen</source>
        <translation>
            <numerusform>%n Lauf mit Metriken, vergleichbar in der Ansicht Experimente</numerusform>
            <numerusform>%n Läufe mit Metriken, vergleichbar in der Ansicht Experimente</numerusform>
        </translation>
    </message>
    <message>
        <source>Run the pipeline so parameters and metrics are tracked</source>
        <translation>Die Pipeline ausführen, damit Parameter und Metriken aufgezeichnet werden</translation>
    </message>
    <message>
        <source>the latest completed %1 recorded no commit</source>
        <translation>der letzte abgeschlossene %1 hat keinen Commit aufgezeichnet</translation>
    </message>
    <message>
        <source>the latest completed %1 ran at commit %2 with uncommitted changes</source>
        <translation>der letzte abgeschlossene %1 lief auf Commit %2 mit nicht committeten Änderungen</translation>
    </message>
    <message>
        <source>the latest completed %1 ran at commit %2, clean</source>
        <translation>der letzte abgeschlossene %1 lief auf Commit %2, sauber</translation>
    </message>
    <message>
        <source>%1 of %2 runs record their git commit</source>
        <translation>%1 von %2 Läufen zeichnen ihren Git-Commit auf</translation>
    </message>
    <message>
        <source>no completed runs yet</source>
        <translation>noch keine abgeschlossenen Läufe</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) started from uncommitted changes, latest %1</source>
        <translation>
            <numerusform>%n Lauf mit nicht committeten Änderungen gestartet, zuletzt %1</numerusform>
            <numerusform>%n Läufe mit nicht committeten Änderungen gestartet, zuletzt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Commit your changes, then run the pipeline from the clean commit</source>
        <translation>Änderungen committen und die Pipeline dann vom sauberen Commit aus ausführen</translation>
    </message>
    <message>
        <source>pipeline definition %1</source>
        <translation>Pipeline-Definition %1</translation>
    </message>
    <message>
        <source>no pipeline definitions in pipelines/</source>
        <translation>keine Pipeline-Definitionen in pipelines/</translation>
    </message>
    <message numerus="yes">
        <source>%n completed pipeline execution(s)</source>
        <translation>
            <numerusform>%n abgeschlossene Pipeline-Ausführung</numerusform>
            <numerusform>%n abgeschlossene Pipeline-Ausführungen</numerusform>
        </translation>
    </message>
    <message>
        <source> (of %1)</source>
        <translation> (von %1)</translation>
    </message>
    <message>
        <source>Describe processing and training as a pipeline in pipelines/ and check it</source>
        <translation>Verarbeitung und Training als Pipeline in pipelines/ beschreiben und prüfen</translation>
    </message>
    <message>
        <source>Run the pipeline end to end</source>
        <translation>Die Pipeline vollständig ausführen</translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline execution(s) started by %1</source>
        <translation>
            <numerusform>%n Pipeline-Ausführung gestartet über %1</numerusform>
            <numerusform>%n Pipeline-Ausführungen gestartet über %1</numerusform>
        </translation>
    </message>
    <message>
        <source>latest unattended: %1 at %2</source>
        <translation>zuletzt unbeaufsichtigt: %1 am %2</translation>
    </message>
    <message>
        <source>no pipeline execution records what started it</source>
        <translation>keine Pipeline-Ausführung zeichnet auf, wodurch sie gestartet wurde</translation>
    </message>
    <message>
        <source>no pipeline executions yet</source>
        <translation>noch keine Pipeline-Ausführungen</translation>
    </message>
    <message>
        <source>Run the pipeline headless from the command line (or a scheduler or CI job)</source>
        <translation>Die Pipeline ohne Oberfläche über die Kommandozeile ausführen (oder per Zeitplan oder CI-Job)</translation>
    </message>
    <message>
        <source>%1 with %2: %3 pending, %4 approved, %5 rejected</source>
        <translation>%1 mit %2: %3 ausstehend, %4 freigegeben, %5 abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n model group(s)</source>
        <translation>
            <numerusform>%n Modellgruppe</numerusform>
            <numerusform>%n Modellgruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Register the model trained by %1</source>
        <translation>Das von %1 trainierte Modell registrieren</translation>
    </message>
    <message>
        <source>Train a model (a training step writes it to SM_MODEL_DIR), then register it</source>
        <translation>Ein Modell trainieren (ein Trainingsschritt schreibt es nach SM_MODEL_DIR) und dann registrieren</translation>
    </message>
    <message numerus="yes">
        <source>%n step run(s) reused cached results</source>
        <translation>
            <numerusform>%n Schrittlauf hat zwischengespeicherte Ergebnisse wiederverwendet</numerusform>
            <numerusform>%n Schrittläufe haben zwischengespeicherte Ergebnisse wiederverwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>latest: step %1 (%2)</source>
        <translation>zuletzt: Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>Run the pipeline again without changes: unchanged steps come from the cache</source>
        <translation>Die Pipeline unverändert erneut ausführen: Unveränderte Schritte kommen aus dem Cache</translation>
    </message>
    <message>
        <source>no tests in tests/ and no test_*.py next to the code in src/</source>
        <translation>keine Tests in tests/ und keine test_*.py neben dem Code in src/</translation>
    </message>
    <message>
        <source>Write tests for the step code (e.g. tests/test_prepare.py) and commit them</source>
        <translation>Tests für den Schrittcode schreiben (z. B. tests/test_prepare.py) und committen</translation>
    </message>
    <message>
        <source>Commit the tests so CI runs them</source>
        <translation>Die Tests committen, damit die CI sie ausführt</translation>
    </message>
    <message>
        <source>no CI configuration (.github/workflows/, .gitlab-ci.yml, .ci/, Jenkinsfile…)</source>
        <translation>keine CI-Konfiguration (.github/workflows/, .gitlab-ci.yml, .ci/, Jenkinsfile …)</translation>
    </message>
    <message>
        <source>Add a CI job that validates and runs the pipeline on every push</source>
        <translation>Einen CI-Job anlegen, der die Pipeline bei jedem Push prüft und ausführt</translation>
    </message>
    <message>
        <source>Commit the CI configuration</source>
        <translation>Die CI-Konfiguration committen</translation>
    </message>
    <message>
        <source>no CI configuration</source>
        <translation>keine CI-Konfiguration</translation>
    </message>
    <message>
        <source>Validate and run the pipeline in CI (CI=true tags the runs as &apos;ci&apos;)</source>
        <translation>Die Pipeline in der CI prüfen und ausführen (CI=true kennzeichnet die Läufe als „ci“)</translation>
    </message>
    <message>
        <source>%1 gates the model with the condition step &apos;%2&apos;</source>
        <translation>%1 prüft das Modell mit dem Bedingungsschritt „%2“</translation>
    </message>
    <message>
        <source>no pipeline has a condition step</source>
        <translation>keine Pipeline hat einen Bedingungsschritt</translation>
    </message>
    <message>
        <source>Add a condition step that stops the pipeline when the evaluation misses a threshold</source>
        <translation>Einen Bedingungsschritt ergänzen, der die Pipeline anhält, wenn die Evaluierung eine Schwelle verfehlt</translation>
    </message>
    <message>
        <source>nobody holds the approver role</source>
        <translation>niemand hat die Rolle approver</translation>
    </message>
    <message>
        <source>approver role held by %1</source>
        <translation>Rolle approver liegt bei %1</translation>
    </message>
    <message>
        <source>%1 %2 by %3 at %4</source>
        <translation>%1 %2 von %3 am %4</translation>
    </message>
    <message>
        <source>no version was approved or rejected yet</source>
        <translation>noch keine Version freigegeben oder abgelehnt</translation>
    </message>
    <message>
        <source>Name who may approve models in mlops.yaml: roles: approver: [&quot;Name &lt;email&gt;&quot;]</source>
        <translation>In mlops.yaml festlegen, wer Modelle freigeben darf: roles: approver: [&quot;Name &lt;E-Mail&gt;&quot;]</translation>
    </message>
    <message>
        <source>Review %1 and decide</source>
        <translation>%1 prüfen und entscheiden</translation>
    </message>
    <message>
        <source>Register a model version, then approve or reject it</source>
        <translation>Eine Modellversion registrieren und dann freigeben oder ablehnen</translation>
    </message>
    <message>
        <source>no deployment environments</source>
        <translation>keine Bereitstellungsumgebungen</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) deployed</source>
        <translation>
            <numerusform>%n Endpunkt bereitgestellt</numerusform>
            <numerusform>%n Endpunkte bereitgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>monitoring baseline %1</source>
        <translation>Überwachungs-Baseline %1</translation>
    </message>
    <message>
        <source>Run the steps in containers, the same way on every machine</source>
        <translation>Die Schritte in Containern ausführen, auf jedem Rechner gleich</translation>
    </message>
    <message numerus="yes">
        <source>%n deployment record(s)</source>
        <translation>
            <numerusform>%n Bereitstellungsdatensatz</numerusform>
            <numerusform>%n Bereitstellungsdatensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>no model is deployed</source>
        <translation>kein Modell ist bereitgestellt</translation>
    </message>
    <message>
        <source>Find out who edited the audit log</source>
        <translation>Herausfinden, wer das Audit-Protokoll bearbeitet hat</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies), hash chain intact</source>
        <translation>
            <numerusform>%n Audit-Eintrag, Hash-Kette intakt</numerusform>
            <numerusform>%n Audit-Einträge, Hash-Kette intakt</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions are recorded once versions are registered and approved</source>
        <translation>Entscheidungen werden aufgezeichnet, sobald Versionen registriert und freigegeben werden</translation>
    </message>
    <message>
        <source>no project templates in templates/</source>
        <translation>keine Projektvorlagen in templates/</translation>
    </message>
    <message>
        <source>Turn this workspace into a template other teams start from</source>
        <translation>Diesen Arbeitsbereich zu einer Vorlage machen, mit der andere Teams beginnen</translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s) with completed executions</source>
        <translation>
            <numerusform>%n Pipeline mit abgeschlossenen Ausführungen</numerusform>
            <numerusform>%n Pipelines mit abgeschlossenen Ausführungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Automate a second use case with its own pipeline</source>
        <translation>Einen zweiten Anwendungsfall mit eigener Pipeline automatisieren</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) committed: %1</source>
        <translation>
            <numerusform>%n Person hat committet: %1</numerusform>
            <numerusform>%n Personen haben committet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring in a second person or team: they commit here and hold roles in mlops.yaml</source>
        <translation>Eine zweite Person oder ein Team einbeziehen: Sie committen hier und haben Rollen in mlops.yaml</translation>
    </message>
    <message>
        <source>Work is under version control</source>
        <translation>Die Arbeit steht unter Versionskontrolle</translation>
    </message>
    <message>
        <source>The workspace is a git repository with commits.</source>
        <translation>Der Arbeitsbereich ist ein Git-Repository mit Commits.</translation>
    </message>
    <message>
        <source>An experimentation environment</source>
        <translation>Eine Experimentierumgebung</translation>
    </message>
    <message>
        <source>Experiments are tracked</source>
        <translation>Experimente werden aufgezeichnet</translation>
    </message>
    <message>
        <source>Runs record parameters and metrics, so results can be compared.</source>
        <translation>Läufe zeichnen Parameter und Metriken auf, sodass sich Ergebnisse vergleichen lassen.</translation>
    </message>
    <message>
        <source>Runs come from clean commits</source>
        <translation>Läufe stammen von sauberen Commits</translation>
    </message>
    <message>
        <source>Every run records its commit; the latest ran without uncommitted changes, so it can be reproduced.</source>
        <translation>Jeder Lauf zeichnet seinen Commit auf; der letzte lief ohne nicht committete Änderungen und ist daher reproduzierbar.</translation>
    </message>
    <message>
        <source>Training is an automated pipeline</source>
        <translation>Das Training ist eine automatisierte Pipeline</translation>
    </message>
    <message>
        <source>Processing and training are defined as a pipeline that completed.</source>
        <translation>Verarbeitung und Training sind als Pipeline definiert, die abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>Pipelines run unattended</source>
        <translation>Pipelines laufen unbeaufsichtigt</translation>
    </message>
    <message>
        <source>A pipeline was started from the command line, CI or a schedule.</source>
        <translation>Eine Pipeline wurde über die Kommandozeile, die CI oder einen Zeitplan gestartet.</translation>
    </message>
    <message>
        <source>Models are kept in a registry</source>
        <translation>Modelle liegen in einer Registry</translation>
    </message>
    <message>
        <source>Trained models are registered as versions with their run and metrics.</source>
        <translation>Trainierte Modelle sind als Versionen mit ihrem Lauf und ihren Metriken registriert.</translation>
    </message>
    <message>
        <source>Unchanged steps are reused</source>
        <translation>Unveränderte Schritte werden wiederverwendet</translation>
    </message>
    <message>
        <source>Step caching skips work whose inputs and code did not change.</source>
        <translation>Schritt-Caching überspringt Arbeit, deren Eingaben und Code sich nicht geändert haben.</translation>
    </message>
    <message>
        <source>Code has automated tests</source>
        <translation>Der Code hat automatisierte Tests</translation>
    </message>
    <message>
        <source>Tests of the step code are committed.</source>
        <translation>Tests für den Schrittcode sind committet.</translation>
    </message>
    <message>
        <source>Continuous integration</source>
        <translation>Kontinuierliche Integration</translation>
    </message>
    <message>
        <source>A committed CI configuration checks every change.</source>
        <translation>Eine committete CI-Konfiguration prüft jede Änderung.</translation>
    </message>
    <message>
        <source>Models pass a quality gate</source>
        <translation>Modelle durchlaufen ein Qualitätstor</translation>
    </message>
    <message>
        <source>A pipeline condition stops models that miss the required quality.</source>
        <translation>Eine Pipeline-Bedingung hält Modelle auf, die die geforderte Qualität verfehlen.</translation>
    </message>
    <message>
        <source>Promotion needs a manual approval</source>
        <translation>Eine Beförderung braucht eine manuelle Freigabe</translation>
    </message>
    <message>
        <source>Approvers are named in mlops.yaml and have approved or rejected versions.</source>
        <translation>Freigebende sind in mlops.yaml benannt und haben Versionen freigegeben oder abgelehnt.</translation>
    </message>
    <message>
        <source>Separate staging and production</source>
        <translation>Getrenntes Staging und Produktion</translation>
    </message>
    <message>
        <source>Distinct staging and production targets are declared.</source>
        <translation>Getrennte Staging- und Produktionsziele sind festgelegt.</translation>
    </message>
    <message>
        <source>Deployed models are monitored</source>
        <translation>Bereitgestellte Modelle werden überwacht</translation>
    </message>
    <message>
        <source>Requests are captured and checked against a baseline.</source>
        <translation>Anfragen werden erfasst und gegen eine Baseline geprüft.</translation>
    </message>
    <message>
        <source>CI runs the pipeline</source>
        <translation>Die CI führt die Pipeline aus</translation>
    </message>
    <message>
        <source>The CI configuration validates or runs pipelines with mlops.</source>
        <translation>Die CI-Konfiguration prüft oder führt Pipelines mit mlops aus.</translation>
    </message>
    <message>
        <source>Steps run in containers</source>
        <translation>Schritte laufen in Containern</translation>
    </message>
    <message>
        <source>Steps ran with the docker or podman runner: same environment everywhere.</source>
        <translation>Schritte liefen mit dem Runner docker oder podman: überall dieselbe Umgebung.</translation>
    </message>
    <message>
        <source>Models are deployed</source>
        <translation>Modelle sind bereitgestellt</translation>
    </message>
    <message>
        <source>A registered model serves requests from an endpoint.</source>
        <translation>Ein registriertes Modell beantwortet Anfragen an einem Endpunkt.</translation>
    </message>
    <message>
        <source>Decisions leave an audit trail</source>
        <translation>Entscheidungen hinterlassen eine Audit-Spur</translation>
    </message>
    <message>
        <source>The audit log records decisions and its hash chain is intact.</source>
        <translation>Das Audit-Protokoll zeichnet Entscheidungen auf und seine Hash-Kette ist intakt.</translation>
    </message>
    <message>
        <source>Reusable project templates</source>
        <translation>Wiederverwendbare Projektvorlagen</translation>
    </message>
    <message>
        <source>A template in templates/ lets other teams start the same way.</source>
        <translation>Eine Vorlage in templates/ lässt andere Teams auf dieselbe Weise beginnen.</translation>
    </message>
    <message>
        <source>Several use cases automated</source>
        <translation>Mehrere Anwendungsfälle automatisiert</translation>
    </message>
    <message>
        <source>At least two pipelines have completed executions.</source>
        <translation>Mindestens zwei Pipelines haben abgeschlossene Ausführungen.</translation>
    </message>
    <message>
        <source>Several people contribute</source>
        <translation>Mehrere Personen arbeiten mit</translation>
    </message>
    <message>
        <source>At least two people committed to the repository.</source>
        <translation>Mindestens zwei Personen haben in das Repository committet.</translation>
    </message>
    <message>
        <source>Recorded endpoints are not part of this release yet; try an approved version with SageMaker&apos;s inference contract on 127.0.0.1 meanwhile (this does not count as a deployment)</source>
        <translation>Erfasste Endpunkte sind noch nicht Teil dieser Version; probieren Sie eine freigegebene Version derweil mit dem Inferenzvertrag von SageMaker auf 127.0.0.1 aus (das zählt nicht als Bereitstellung)</translation>
    </message>
    <message>
        <source>%1 runs: %2</source>
        <translation>%1 führt aus: %2</translation>
    </message>
    <message>
        <source>%1 runs: %2, but the file is not committed, so CI never sees it</source>
        <translation>%1 führt aus: %2, aber die Datei ist nicht committet, daher sieht CI sie nie</translation>
    </message>
    <message>
        <source>Commit the CI configuration that runs the pipeline</source>
        <translation>Die CI-Konfiguration committen, die die Pipeline ausführt</translation>
    </message>
    <message>
        <source>the CI configuration never calls mlops validate, run, fmt or notebook (comments do not count)</source>
        <translation>die CI-Konfiguration ruft nie mlops validate, run, fmt oder notebook auf (Kommentare zählen nicht)</translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; is neither staging nor production</source>
        <translation>Umgebung &apos;%1&apos; ist weder Staging noch Produktion</translation>
    </message>
    <message>
        <source>staging environment &apos;%1&apos; has no deployment target (endpoint, url, host, port or target)</source>
        <translation>Staging-Umgebung &apos;%1&apos; hat kein Bereitstellungsziel (endpoint, url, host, port oder target)</translation>
    </message>
    <message>
        <source>production environment &apos;%1&apos; has no deployment target (endpoint, url, host, port or target)</source>
        <translation>Produktionsumgebung &apos;%1&apos; hat kein Bereitstellungsziel (endpoint, url, host, port oder target)</translation>
    </message>
    <message>
        <source>Give staging and production each a deployment target in mlops.yaml: environments: {staging: {endpoint: http://127.0.0.1:8081}, production: {endpoint: http://127.0.0.1:8082}}</source>
        <translation>Geben Sie Staging und Produktion in mlops.yaml je ein Bereitstellungsziel: environments: {staging: {endpoint: http://127.0.0.1:8081}, production: {endpoint: http://127.0.0.1:8082}}</translation>
    </message>
    <message>
        <source>nothing is deployed, so there is nothing to monitor</source>
        <translation>nichts ist bereitgestellt, also gibt es nichts zu überwachen</translation>
    </message>
    <message>
        <source>%1 is empty and does not count</source>
        <translation>%1 ist leer und zählt nicht</translation>
    </message>
    <message>
        <source>staging environment &apos;%1&apos; deploys to %2</source>
        <translation>Staging-Umgebung &apos;%1&apos; stellt nach %2 bereit</translation>
    </message>
    <message>
        <source>production environment &apos;%1&apos; deploys to %2</source>
        <translation>Produktionsumgebung &apos;%1&apos; stellt nach %2 bereit</translation>
    </message>
    <message>
        <source>staging &apos;%1&apos; and production &apos;%2&apos; deploy to the same target (%3): they are not separate</source>
        <translation>Staging &apos;%1&apos; und Produktion &apos;%2&apos; stellen auf dasselbe Ziel bereit (%3): sie sind nicht getrennt</translation>
    </message>
    <message>
        <source>endpoint %1 has captured requests and a baseline to check them against</source>
        <translation>Endpoint %1 hat aufgezeichnete Anfragen und eine Baseline, an der sie geprüft werden</translation>
    </message>
    <message numerus="yes">
        <source>%n data capture file(s) of deployed endpoints, e.g. %1</source>
        <translation>
            <numerusform>%n Datenaufzeichnungsdatei bereitgestellter Endpoints, z. B. %1</numerusform>
            <numerusform>%n Datenaufzeichnungsdateien bereitgestellter Endpoints, z. B. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no captured requests of a deployed endpoint</source>
        <translation>keine aufgezeichneten Anfragen eines bereitgestellten Endpoints</translation>
    </message>
    <message>
        <source>no monitoring baseline of a deployed endpoint</source>
        <translation>keine Monitoring-Baseline eines bereitgestellten Endpoints</translation>
    </message>
    <message>
        <source>%1 belongs to no deployed endpoint (.mlops/endpoints/NAME/ with an endpoint.json) and does not count</source>
        <translation>%1 gehört zu keinem bereitgestellten Endpoint (.mlops/endpoints/NAME/ mit einer endpoint.json) und zählt nicht</translation>
    </message>
    <message>
        <source>Monitoring a deployment against a baseline is not part of this release yet; serving an approved version locally shows what it would watch</source>
        <translation>Das Monitoring einer Bereitstellung gegen eine Baseline gehört noch nicht zu diesem Release; eine freigegebene Version lokal zu servieren zeigt, was es beobachten würde</translation>
    </message>
    <message numerus="yes">
        <source>%n completed step run(s) with the %1 runner</source>
        <translation>
            <numerusform>%n abgeschlossener Schrittlauf mit dem Runner %1</numerusform>
            <numerusform>%n abgeschlossene Schrittläufe mit dem Runner %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no completed step runs yet</source>
        <translation>noch keine abgeschlossenen Schrittläufe</translation>
    </message>
    <message>
        <source>endpoint %1 serves %2</source>
        <translation>Endpoint %1 serviert %2</translation>
    </message>
    <message>
        <source>%1 does not count as a deployment: %2</source>
        <translation>%1 zählt nicht als Bereitstellung: %2</translation>
    </message>
    <message>
        <source>no pipeline execution was started by CI or a schedule (mlops.launcher ci or schedule)</source>
        <translation>keine Pipeline-Ausführung wurde von CI oder einem Zeitplan gestartet (mlops.launcher ci oder schedule)</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) promoted by approval, latest %1</source>
        <translation>
            <numerusform>%n Version durch Freigabe befördert, zuletzt %1</numerusform>
            <numerusform>%n Versionen durch Freigabe befördert, zuletzt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no version was promoted by approval</source>
        <translation>keine Version wurde durch Freigabe befördert</translation>
    </message>
    <message>
        <source>Let CI run the pipeline: `mlops run` records CI as the launcher when CI=true</source>
        <translation>Lassen Sie CI die Pipeline ausführen: `mlops run` hält CI als Starter fest, wenn CI=true gesetzt ist</translation>
    </message>
    <message>
        <source>Register the model the automated run trained, then approve it</source>
        <translation>Registrieren Sie das Modell, das der automatische Lauf trainiert hat, und geben Sie es dann frei</translation>
    </message>
    <message>
        <source>Retraining and promotion are automated</source>
        <translation>Neutraining und Beförderung sind automatisiert</translation>
    </message>
    <message>
        <source>CI or a schedule starts the pipeline, and its models are promoted through approvals.</source>
        <translation>CI oder ein Zeitplan startet die Pipeline, und ihre Modelle werden durch Freigaben befördert.</translation>
    </message>
    <message>
        <source>%1 has nothing but comments: it configures no CI job</source>
        <translation>%1 enthält nur Kommentare: es richtet keinen CI-Job ein</translation>
    </message>
    <message>
        <source>Write the CI job that validates and runs the pipeline on every push, and commit it</source>
        <translation>Schreiben Sie den CI-Job, der die Pipeline bei jedem Push prüft und ausführt, und committen Sie ihn</translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s) to work on</source>
        <translation>
            <numerusform>%n Datendatei zum Bearbeiten</numerusform>
            <numerusform>%n Datendateien zum Bearbeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s), but no notebook or pipeline to explore them</source>
        <translation>
            <numerusform>%n Datendatei, aber kein Notebook und keine Pipeline, die sie untersuchen</numerusform>
            <numerusform>%n Datendateien, aber kein Notebook und keine Pipeline, die sie untersuchen</numerusform>
        </translation>
    </message>
    <message>
        <source>default interpreter</source>
        <translation>Standard-Interpreter</translation>
    </message>
    <message>
        <source>Python interpreter %1 runs the notebooks and steps</source>
        <translation>Python-Interpreter %1 führt die Notebooks und Schritte aus</translation>
    </message>
    <message>
        <source>the Python interpreter %1 does not exist or cannot be run</source>
        <translation>der Python-Interpreter %1 existiert nicht oder kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Name an installed Python interpreter as python: in mlops.yaml</source>
        <translation>Geben Sie in mlops.yaml unter python: einen installierten Python-Interpreter an</translation>
    </message>
    <message>
        <source>%1 is empty: it tests nothing</source>
        <translation>%1 ist leer: es testet nichts</translation>
    </message>
    <message>
        <source>%1 in tests/, but no test a runner collects (test_*.py, *_test.py, test*.R…)</source>
        <translation>%1 in tests/, aber kein Test, den ein Test-Runner findet (test_*.py, *_test.py, test*.R…)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the condition step &apos;%2&apos; compares no step&apos;s result (${steps.…}), so it stops no model</source>
        <translation>%1: der Bedingungsschritt &apos;%2&apos; vergleicht kein Ergebnis eines Schritts (${steps.…}) und hält daher kein Modell auf</translation>
    </message>
    <message>
        <source>project template %1 (committed)</source>
        <translation>Projektvorlage %1 (committet)</translation>
    </message>
    <message>
        <source>project template %1 is not committed, so no other project can start from it</source>
        <translation>Projektvorlage %1 ist nicht committet, daher kann kein anderes Projekt mit ihr beginnen</translation>
    </message>
    <message>
        <source>Commit the project template so other projects can start from it</source>
        <translation>Committen Sie die Projektvorlage, damit andere Projekte mit ihr beginnen können</translation>
    </message>
    <message>
        <source>Notebooks or pipelines to explore data and train models, and a Python interpreter that runs them.</source>
        <translation>Notebooks oder Pipelines, um Daten zu untersuchen und Modelle zu trainieren, und ein Python-Interpreter, der sie ausführt.</translation>
    </message>
</context>
<context>
    <name>mlops::MaturityLevels</name>
    <message>
        <source>Manual process</source>
        <translation>Manueller Prozess</translation>
    </message>
    <message>
        <source>Every step is manual, driven by notebooks; models are handed over by hand.</source>
        <translation>Jeder Schritt ist manuell und notebookgetrieben; Modelle werden von Hand übergeben.</translation>
    </message>
    <message>
        <source>ML pipeline automation</source>
        <translation>ML-Pipeline-Automatisierung</translation>
    </message>
    <message>
        <source>Orchestrated, repeatable pipelines with a metadata store and model validation: continuous training.</source>
        <translation>Orchestrierte, wiederholbare Pipelines mit Metadatenspeicher und Modellvalidierung: kontinuierliches Training.</translation>
    </message>
    <message>
        <source>CI/CD pipeline automation</source>
        <translation>CI/CD-Pipeline-Automatisierung</translation>
    </message>
    <message>
        <source>The pipeline itself is built, tested and delivered automatically.</source>
        <translation>Die Pipeline selbst wird automatisch gebaut, getestet und ausgeliefert.</translation>
    </message>
    <message>
        <source>No MLOps</source>
        <translation>Kein MLOps</translation>
    </message>
    <message>
        <source>Manual builds and deployments; results are hard to reproduce.</source>
        <translation>Manuelle Builds und Bereitstellungen; Ergebnisse sind schwer zu reproduzieren.</translation>
    </message>
    <message>
        <source>DevOps but no MLOps</source>
        <translation>DevOps, aber kein MLOps</translation>
    </message>
    <message>
        <source>Code is versioned and built automatically; training and releases are manual.</source>
        <translation>Code ist versioniert und wird automatisch gebaut; Training und Releases sind manuell.</translation>
    </message>
    <message>
        <source>Automated training</source>
        <translation>Automatisiertes Training</translation>
    </message>
    <message>
        <source>Training is automated, tracked, versioned and reproducible; releases are manual.</source>
        <translation>Das Training ist automatisiert, aufgezeichnet, versioniert und reproduzierbar; Releases sind manuell.</translation>
    </message>
    <message>
        <source>Automated model deployment</source>
        <translation>Automatisierte Modellbereitstellung</translation>
    </message>
    <message>
        <source>Models are released through approvals and staging with tests; deployments trace back to data.</source>
        <translation>Modelle werden über Freigaben und Staging mit Tests ausgeliefert; Bereitstellungen lassen sich bis zu den Daten zurückverfolgen.</translation>
    </message>
    <message>
        <source>Full MLOps automated operations</source>
        <translation>Vollständig automatisierter MLOps-Betrieb</translation>
    </message>
    <message>
        <source>Monitoring drives retraining and policy-based promotion with near-zero downtime.</source>
        <translation>Überwachung löst Neutraining und regelbasierte Beförderung aus, nahezu ohne Ausfallzeit.</translation>
    </message>
</context>
<context>
    <name>mlops::MaturityPhase</name>
    <message>
        <source>Initial</source>
        <translation>Initial</translation>
    </message>
    <message>
        <source>An experimentation environment: data scientists explore, train and deploy by hand.</source>
        <translation>Eine Experimentierumgebung: Data Scientists erkunden, trainieren und stellen von Hand bereit.</translation>
    </message>
    <message>
        <source>Repeatable</source>
        <translation>Wiederholbar</translation>
    </message>
    <message>
        <source>Standard code repositories, automated pipelines for processing and training, models kept and compared in a registry.</source>
        <translation>Standardisierte Code-Repositories, automatisierte Pipelines für Verarbeitung und Training, Modelle in einer Registry verwahrt und verglichen.</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>Zuverlässig</translation>
    </message>
    <message>
        <source>Automated tests, CI, quality gates, isolated staging and production with manual approval to promote, and monitoring.</source>
        <translation>Automatisierte Tests, CI, Qualitätstore, isoliertes Staging und Produktion mit manueller Freigabe zur Beförderung sowie Überwachung.</translation>
    </message>
    <message>
        <source>Scalable</source>
        <translation>Skalierbar</translation>
    </message>
    <message>
        <source>Templated solutions that several teams reuse to run many use cases.</source>
        <translation>Vorlagenbasierte Lösungen, die mehrere Teams für viele Anwendungsfälle wiederverwenden.</translation>
    </message>
</context>
<context>
    <name>mlops::MaturityScreen</name>
    <message>
        <source>MLOps maturity</source>
        <translation>MLOps-Reifegrad</translation>
    </message>
    <message>
        <source>Assess again</source>
        <translation>Erneut bewerten</translation>
    </message>
    <message>
        <source>AWS phase</source>
        <translation>AWS-Phase</translation>
    </message>
    <message>
        <source>Google level (0–2)</source>
        <translation>Google-Stufe (0–2)</translation>
    </message>
    <message>
        <source>Azure level (0–4)</source>
        <translation>Azure-Stufe (0–4)</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Erfüllte Kriterien</translation>
    </message>
    <message>
        <source>Criteria and evidence</source>
        <translation>Kriterien und Nachweise</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Assessed %1 from the evidence in this workspace: git, files, runs, registry and audit log. Phases after AWS&apos;s MLOps foundation roadmap.</source>
        <translation>Bewertet am %1 anhand der Nachweise in diesem Arbeitsbereich: Git, Dateien, Läufe, Registry und Audit-Protokoll. Phasen nach der MLOps-Foundation-Roadmap von AWS.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>nächste: %1</translation>
    </message>
    <message>
        <source>the top of the ladder</source>
        <translation>die oberste Stufe</translation>
    </message>
    <message numerus="yes">
        <source>%n recommended</source>
        <translation>
            <numerusform>%n empfohlenes</numerusform>
            <numerusform>%n empfohlene</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::MetricChartGrid</name>
    <message>
        <source>Logarithmic scale</source>
        <translation>Logarithmische Skala</translation>
    </message>
    <message>
        <source>Show values on a logarithmic axis (series with only positive values)</source>
        <translation>Werte auf einer logarithmischen Achse zeigen (Reihen mit nur positiven Werten)</translation>
    </message>
    <message>
        <source>Drag across a chart to zoom into steps; right-click to zoom out</source>
        <translation>Über ein Diagramm ziehen, um Schritte zu vergrößern; Rechtsklick verkleinert wieder</translation>
    </message>
    <message>
        <source>No metric series yet. Metrics logged at several steps (a loss per iteration, an accuracy per epoch) are charted here.</source>
        <translation>Noch keine Metrikreihen. Metriken, die über mehrere Schritte protokolliert werden (ein Verlust je Iteration, eine Genauigkeit je Epoche), erscheinen hier als Diagramm.</translation>
    </message>
</context>
<context>
    <name>mlops::MetricChartView</name>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Drag to zoom into steps, scroll to zoom, right-click or double-click to see all</source>
        <translation>Ziehen vergrößert Schritte, das Mausrad zoomt, Rechts- oder Doppelklick zeigt alles</translation>
    </message>
    <message>
        <source>%1
step %2: %3</source>
        <translation>%1
Schritt %2: %3</translation>
    </message>
    <message>
        <source>linear (&lt;10×)</source>
        <comment>axis title: data spans less than a decade</comment>
        <translation>linear (&lt;10×)</translation>
    </message>
    <message>
        <source>linear (≤ 0)</source>
        <comment>axis title: data has values ≤ 0</comment>
        <translation>linear (≤ 0)</translation>
    </message>
    <message>
        <source>Linear scale: the values span less than a factor of 10</source>
        <translation>Lineare Skala: die Werte umfassen weniger als einen Faktor 10</translation>
    </message>
    <message>
        <source>Linear scale: a logarithmic one cannot show values ≤ 0</source>
        <translation>Lineare Skala: eine logarithmische kann keine Werte ≤ 0 zeigen</translation>
    </message>
</context>
<context>
    <name>mlops::MetricsFile</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>a metric line needs a &quot;name&quot;</source>
        <translation>eine Metrikzeile braucht einen &quot;name&quot;</translation>
    </message>
    <message>
        <source>metric &apos;%1&apos; has no finite numeric &quot;value&quot;</source>
        <translation>Metrik &apos;%1&apos; hat keinen endlichen numerischen &quot;value&quot;</translation>
    </message>
    <message>
        <source>cannot read the metrics file: %1</source>
        <translation>kann die Metrikdatei nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>mlops::MetricsHistoryChart</name>
    <message>
        <source>Metric across versions</source>
        <translation>Metrik über die Versionen</translation>
    </message>
    <message>
        <source>Each point is a version, coloured by its approval status; the ringed one is selected.</source>
        <translation>Jeder Punkt ist eine Version, eingefärbt nach ihrem Freigabestatus; die umrandete ist ausgewählt.</translation>
    </message>
    <message>
        <source>No metrics were recorded for these versions.</source>
        <translation>Für diese Versionen wurden keine Metriken aufgezeichnet.</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
</context>
<context>
    <name>mlops::MetricsOutputView</name>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
</context>
<context>
    <name>mlops::ModelCard</name>
    <message>
        <source>Model details</source>
        <translation>Modelldetails</translation>
    </message>
    <message>
        <source>Trained by run %1 (%2)</source>
        <translation>Trainiert von Lauf %1 (%2)</translation>
    </message>
    <message>
        <source>Code: commit %1, with uncommitted changes</source>
        <translation>Code: Commit %1, mit nicht committeten Änderungen</translation>
    </message>
    <message>
        <source>Code: commit %1</source>
        <translation>Code: Commit %1</translation>
    </message>
    <message>
        <source>Model: %1, sha256 %2</source>
        <translation>Modell: %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Intended use</source>
        <translation>Vorgesehene Verwendung</translation>
    </message>
    <message>
        <source>*Who should use this model, for what, and what it must not be used for.*</source>
        <translation>*Wer dieses Modell wofür verwenden soll und wofür es nicht verwendet werden darf.*</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>*No metrics were recorded.*</source>
        <translation>*Es wurden keine Metriken aufgezeichnet.*</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>*No input data was recorded.*</source>
        <translation>*Es wurden keine Eingabedaten aufgezeichnet.*</translation>
    </message>
    <message>
        <source>(unknown path)</source>
        <translation>(Pfad unbekannt)</translation>
    </message>
    <message>
        <source>Limitations and ethical considerations</source>
        <translation>Grenzen und ethische Überlegungen</translation>
    </message>
    <message>
        <source>*Known failure modes, groups it was not evaluated on, risks.*</source>
        <translation>*Bekannte Fehlerarten, nicht evaluierte Gruppen, Risiken.*</translation>
    </message>
</context>
<context>
    <name>mlops::ModelCardEditor</name>
    <message>
        <source>Save card</source>
        <translation>Karte speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Describe the model in Markdown: intended use, metrics, data, limitations.</source>
        <translation>Das Modell in Markdown beschreiben: vorgesehene Verwendung, Metriken, Daten, Grenzen.</translation>
    </message>
    <message>
        <source>Unsaved changes to the model card of %1</source>
        <translation>Ungespeicherte Änderungen an der Modellkarte von %1</translation>
    </message>
    <message>
        <source>Model card of %1 — saved; every change is audited</source>
        <translation>Modellkarte von %1 – gespeichert; jede Änderung wird protokolliert</translation>
    </message>
</context>
<context>
    <name>mlops::ModelRegistry</name>
    <message>
        <source>no model group &apos;%1&apos;: the registry is empty</source>
        <translation>keine Modellgruppe „%1“: die Registry ist leer</translation>
    </message>
    <message>
        <source>no model group &apos;%1&apos; (there are: %2)</source>
        <translation>keine Modellgruppe „%1“ (vorhanden sind: %2)</translation>
    </message>
    <message>
        <source>model group &apos;%1&apos; has no versions</source>
        <translation>Modellgruppe „%1“ hat keine Versionen</translation>
    </message>
    <message>
        <source>model group &apos;%1&apos; has no alias &apos;%2&apos; (it has no aliases)</source>
        <translation>Modellgruppe „%1“ hat keinen Alias „%2“ (sie hat keine Aliase)</translation>
    </message>
    <message>
        <source>model group &apos;%1&apos; has no alias &apos;%2&apos; (it has: %3)</source>
        <translation>Modellgruppe „%1“ hat keinen Alias „%2“ (sie hat: %3)</translation>
    </message>
    <message>
        <source>model group &apos;%1&apos; has no version %2 (it has versions 1 to %3)</source>
        <translation>Modellgruppe „%1“ hat keine Version %2 (sie hat die Versionen 1 bis %3)</translation>
    </message>
    <message>
        <source>a decision is Approved or Rejected; a version cannot go back to pending approval</source>
        <translation>eine Entscheidung lautet Approved oder Rejected; eine Version kann nicht zurück auf ausstehende Freigabe</translation>
    </message>
    <message>
        <source>a new version starts as PendingManualApproval or Approved, not Rejected: reject it after review with `mlops registry reject`</source>
        <translation>eine neue Version beginnt als PendingManualApproval oder Approved, nicht Rejected: Lehnen Sie sie nach der Prüfung mit `mlops registry reject` ab</translation>
    </message>
    <message>
        <source>%1 was rejected</source>
        <translation>%1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>%1 was rejected, so alias &apos;%2&apos; cannot point at it: approve it first, or point the alias at another version</source>
        <translation>%1 wurde abgelehnt, daher kann der Alias &apos;%2&apos; nicht darauf zeigen: geben Sie die Version zuerst frei oder lassen Sie den Alias auf eine andere Version zeigen</translation>
    </message>
    <message>
        <source>model group &apos;%1&apos; has no version %2</source>
        <translation>Modellgruppe &apos;%1&apos; hat keine Version %2</translation>
    </message>
</context>
<context>
    <name>mlops::ModelServer</name>
    <message>
        <source>cannot start the model server (%1): %2</source>
        <translation>der Modellserver kann nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>the model server was not started</source>
        <translation>der Modellserver wurde nicht gestartet</translation>
    </message>
    <message>
        <source>the model server exited (code %1) before it answered %2%3</source>
        <translation>der Modellserver hat sich beendet (Code %1), bevor er auf %2 antwortete%3</translation>
    </message>
    <message>
        <source>; see %1</source>
        <translation>; siehe %1</translation>
    </message>
    <message>
        <source>cancelled while waiting for the model server</source>
        <translation>beim Warten auf den Modellserver abgebrochen</translation>
    </message>
    <message>
        <source>the model server did not answer %1 within %2 s (last: %3)</source>
        <translation>der Modellserver hat %1 nicht innerhalb von %2 s beantwortet (zuletzt: %3)</translation>
    </message>
    <message>
        <source>timed out after %1 s without an answer</source>
        <translation>Zeitüberschreitung nach %1 s ohne Antwort</translation>
    </message>
    <message>
        <source>connection refused: nothing listens on %1</source>
        <translation>Verbindung abgelehnt: auf %1 lauscht nichts</translation>
    </message>
    <message>
        <source>the server at %1 closed the connection without an answer</source>
        <translation>der Server unter %1 hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>port %1 is in use on %2: another program listens there; choose another port (0 picks a free one)</source>
        <translation>Port %1 ist auf %2 belegt: Ein anderes Programm lauscht dort; wählen Sie einen anderen Port (0 wählt einen freien)</translation>
    </message>
</context>
<context>
    <name>mlops::ModelSource</name>
    <message>
        <source>no run produced a model with hash %1</source>
        <translation>kein Lauf hat ein Modell mit dem Hash %1 erzeugt</translation>
    </message>
    <message>
        <source>model hash &apos;%1&apos; is too short: give at least 8 characters</source>
        <translation>Modell-Hash „%1“ ist zu kurz: mindestens 8 Zeichen angeben</translation>
    </message>
    <message>
        <source>name the run that trained the model (or the model&apos;s hash)</source>
        <translation>den Lauf angeben, der das Modell trainiert hat (oder den Hash des Modells)</translation>
    </message>
    <message>
        <source>run %1 (%2) has no model artifact: register the run of a training step, or the pipeline execution that ran it</source>
        <translation>Lauf %1 (%2) hat kein Modellartefakt: den Lauf eines Trainingsschritts registrieren oder die Pipeline-Ausführung, die ihn enthielt</translation>
    </message>
    <message>
        <source>run %1 (%2) has no model with hash %3</source>
        <translation>Lauf %1 (%2) hat kein Modell mit dem Hash %3</translation>
    </message>
    <message>
        <source>run %1 produced several models: %2; pick one by its hash</source>
        <translation>Lauf %1 hat mehrere Modelle erzeugt: %2; eines über seinen Hash auswählen</translation>
    </message>
    <message>
        <source>run %1 (%2) is %3: only a model from a completed run can be registered</source>
        <translation>Lauf %1 (%2) ist %3: nur ein Modell aus einem abgeschlossenen Lauf kann registriert werden</translation>
    </message>
    <message>
        <source>run %1 (%2) has no model artifact</source>
        <translation>Lauf %1 (%2) hat kein Modell-Artefakt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a model folder nor a run (no workspace here to look it up in)</source>
        <translation>„%1“ ist weder ein Modellordner noch ein Lauf (hier gibt es keinen Arbeitsbereich, in dem er gesucht werden könnte)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a model folder nor a run of this workspace: %2</source>
        <translation>„%1“ ist weder ein Modellordner noch ein Lauf dieses Arbeitsbereichs: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a model folder nor a registered model version: %2</source>
        <translation>&apos;%1&apos; ist weder ein Modellordner noch eine registrierte Modellversion: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder: a model folder is needed</source>
        <translation>%1 ist kein Ordner: ein Modellordner wird gebraucht</translation>
    </message>
    <message>
        <source>no such folder: %1</source>
        <translation>Ordner existiert nicht: %1</translation>
    </message>
</context>
<context>
    <name>mlops::ModelVersionRef</name>
    <message>
        <source>&apos;%1&apos; is not a model group name: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit (at most 63)</source>
        <translation>„%1“ ist kein Modellgruppenname: Buchstaben, Ziffern, „-“, „_“ oder „.“ verwenden, beginnend mit einem Buchstaben oder einer Ziffer (höchstens 63)</translation>
    </message>
    <message>
        <source>&apos;latest&apos; is reserved: it always means the newest version</source>
        <translation>„latest“ ist reserviert: Es bezeichnet immer die neueste Version</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a model version: write GROUP/VERSION (e.g. breast-cancer/3) or GROUP@ALIAS (e.g. breast-cancer@champion)</source>
        <translation>„%1“ bezeichnet keine Modellversion: GRUPPE/VERSION (z. B. breast-cancer/3) oder GRUPPE@ALIAS (z. B. breast-cancer@champion) schreiben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a model version: the version after &apos;/&apos; must be a plain positive number without leading zeros (e.g. %2/3), not &apos;%3&apos;</source>
        <translation>&apos;%1&apos; bezeichnet keine Modellversion: Die Version nach &apos;/&apos; muss eine einfache positive Zahl ohne führende Nullen sein (z. B. %2/3), nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a model version: remove the spaces around it</source>
        <translation>&apos;%1&apos; bezeichnet keine Modellversion: entfernen Sie die Leerzeichen darum</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alias name: use lowercase letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter, at most 63 characters (e.g. champion)</source>
        <translation>&apos;%1&apos; ist kein Aliasname: verwenden Sie Kleinbuchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos;, beginnend mit einem Buchstaben, höchstens 63 Zeichen (z. B. champion)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a model version: %2 is larger than any version number can be (at most 999999999)</source>
        <translation>&apos;%1&apos; bezeichnet keine Modellversion: %2 ist größer als jede mögliche Versionsnummer (höchstens 999999999)</translation>
    </message>
</context>
<context>
    <name>mlops::NewPipelineDialog</name>
    <message>
        <source>New Pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <source>e.g. churn-model</source>
        <translation>z. B. churn-model</translation>
    </message>
    <message>
        <source>Empty pipeline</source>
        <translation>Leere Pipeline</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <source>The pipeline is saved as pipelines/NAME.yaml when you save it.</source>
        <translation>Beim Speichern wird die Pipeline als pipelines/NAME.yaml abgelegt.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Use letters, digits, _ and -, starting with a letter.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, _ und -, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>pipelines/%1.yaml exists already.</source>
        <translation>pipelines/%1.yaml gibt es bereits.</translation>
    </message>
</context>
<context>
    <name>mlops::NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Create the workspace in</source>
        <translation>Arbeitsbereich anlegen in</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>%1 exists and is not empty: pick another name, or use &apos;mlops init&apos; on a git repository.</source>
        <translation>%1 existiert und ist nicht leer: Wählen Sie einen anderen Namen oder verwenden Sie „mlops init“ in einem Git-Repository.</translation>
    </message>
    <message>
        <source>Creates %1 with a new git repository.</source>
        <translation>Legt %1 mit einem neuen Git-Repository an.</translation>
    </message>
</context>
<context>
    <name>mlops::NextActionsList</name>
    <message>
        <source>Every criterion is met: the workspace is at the Scalable phase.</source>
        <translation>Alle Kriterien sind erfüllt: Der Arbeitsbereich hat die Phase Skalierbar erreicht.</translation>
    </message>
    <message>
        <source>Nothing left for the next phase.</source>
        <translation>Für die nächste Phase ist nichts mehr offen.</translation>
    </message>
    <message>
        <source>To reach %1:</source>
        <translation>Um %1 zu erreichen:</translation>
    </message>
    <message>
        <source>(recommended)</source>
        <translation>(empfohlen)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>mlops::NotebookCommands</name>
    <message>
        <source>Add Cell</source>
        <translation>Zelle hinzufügen</translation>
    </message>
    <message>
        <source>Delete Cell</source>
        <translation>Zelle löschen</translation>
    </message>
    <message>
        <source>Change Cell Type</source>
        <translation>Zelltyp ändern</translation>
    </message>
    <message>
        <source>Edit Cell</source>
        <translation>Zelle bearbeiten</translation>
    </message>
    <message>
        <source>Merge Cells</source>
        <translation>Zellen zusammenführen</translation>
    </message>
    <message>
        <source>Move Cell Up</source>
        <translation>Zelle nach oben</translation>
    </message>
    <message>
        <source>Move Cell Down</source>
        <translation>Zelle nach unten</translation>
    </message>
    <message>
        <source>Split Cell</source>
        <translation>Zelle teilen</translation>
    </message>
</context>
<context>
    <name>mlops::NotebookFormat</name>
    <message>
        <source>cell %1 is not a JSON object</source>
        <translation>Zelle %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>cell %1 has no cell_type</source>
        <translation>Zelle %1 hat keinen cell_type</translation>
    </message>
    <message>
        <source>cell %1: source must be a string or a list of strings</source>
        <translation>Zelle %1: source muss ein String oder eine Liste von Strings sein</translation>
    </message>
    <message>
        <source>cell %1: metadata must be an object</source>
        <translation>Zelle %1: metadata muss ein Objekt sein</translation>
    </message>
    <message>
        <source>cell %1: outputs must be a list</source>
        <translation>Zelle %1: outputs muss eine Liste sein</translation>
    </message>
    <message>
        <source>cell %1: an output has no output_type</source>
        <translation>Zelle %1: eine Ausgabe hat keinen output_type</translation>
    </message>
    <message>
        <source>not a valid notebook: the JSON is broken (%1)</source>
        <translation>kein gültiges Notebook: das JSON ist fehlerhaft (%1)</translation>
    </message>
    <message>
        <source>not a Jupyter notebook: the file is not a JSON object</source>
        <translation>kein Jupyter-Notebook: die Datei ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a Jupyter notebook: it has no nbformat version</source>
        <translation>kein Jupyter-Notebook: es fehlt die nbformat-Version</translation>
    </message>
    <message>
        <source>this notebook has format version %1; the studio reads version 4 (convert it with &apos;jupyter nbconvert --to notebook&apos;)</source>
        <translation>dieses Notebook hat Formatversion %1; das Studio liest Version 4 (umwandeln mit &apos;jupyter nbconvert --to notebook&apos;)</translation>
    </message>
    <message>
        <source>not a Jupyter notebook: it has no list of cells</source>
        <translation>kein Jupyter-Notebook: es fehlt die Liste der Zellen</translation>
    </message>
    <message>
        <source>the notebook&apos;s metadata is not an object</source>
        <translation>die Metadaten des Notebooks sind kein Objekt</translation>
    </message>
    <message>
        <source>cell %1: unknown cell_type &apos;%2&apos; (nbformat 4 has code, markdown and raw)</source>
        <translation>Zelle %1: unbekannter cell_type &apos;%2&apos; (nbformat 4 kennt code, markdown und raw)</translation>
    </message>
</context>
<context>
    <name>mlops::NotebookParameter</name>
    <message>
        <source>a parameter is NAME=VALUE, not &apos;%1&apos;</source>
        <translation>ein Parameter hat die Form NAME=WERT, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the parameter name &apos;%1&apos; is not a Python variable name</source>
        <translation>der Parametername &apos;%1&apos; ist kein Python-Variablenname</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; is True or False in the parameters cell (%2); &apos;%3&apos; is passed as %4</source>
        <translation>der Parameter &apos;%1&apos; ist in der Parameterzelle True oder False (%2); &apos;%3&apos; wird als %4 übergeben</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; is a number in the parameters cell (%2); &apos;%3&apos; is not a number, so it is passed as the string %4</source>
        <translation>der Parameter &apos;%1&apos; ist in der Parameterzelle eine Zahl (%2); &apos;%3&apos; ist keine Zahl und wird daher als Zeichenkette %4 übergeben</translation>
    </message>
</context>
<context>
    <name>mlops::NotebookRunner</name>
    <message>
        <source>the kernel aborted the cell</source>
        <translation>der Kernel hat die Zelle abgebrochen</translation>
    </message>
    <message>
        <source>the output %1 is a folder; give the executed notebook a file name, such as %2</source>
        <translation>die Ausgabe %1 ist ein Ordner; geben Sie dem ausgeführten Notebook einen Dateinamen, etwa %2</translation>
    </message>
    <message>
        <source>the output %1 cannot be written (no permission)</source>
        <translation>die Ausgabe %1 kann nicht geschrieben werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>the output %1 cannot be written: %2 is a file, not a folder</source>
        <translation>die Ausgabe %1 kann nicht geschrieben werden: %2 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>the output %1 cannot be written: no permission to write in %2</source>
        <translation>die Ausgabe %1 kann nicht geschrieben werden: keine Schreibberechtigung in %2</translation>
    </message>
    <message>
        <source>the injected parameters cell</source>
        <translation>die eingefügte Parameterzelle</translation>
    </message>
    <message>
        <source>cell %1</source>
        <translation>Zelle %1</translation>
    </message>
    <message>
        <source>%1 has no cell tagged &apos;parameters&apos;: the parameters are injected at the top of the notebook (tag the cell that sets their defaults &apos;parameters&apos;)</source>
        <translation>%1 hat keine Zelle mit dem Tag &apos;parameters&apos;: die Parameter werden am Anfang des Notebooks eingefügt (versehen Sie die Zelle, die ihre Standardwerte setzt, mit dem Tag &apos;parameters&apos;)</translation>
    </message>
    <message>
        <source>notebook %1 has no parameter &apos;%2&apos; in its parameters cell (known: %3)</source>
        <translation>Notebook %1 hat keinen Parameter &apos;%2&apos; in seiner Parameterzelle (bekannt: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>kernel %1 started; %n code cell(s) to run</source>
        <translation>
            <numerusform>Kernel %1 gestartet; %n Codezelle auszuführen</numerusform>
            <numerusform>Kernel %1 gestartet; %n Codezellen auszuführen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 interrupted after %2 ms: the run was stopped</source>
        <translation>%1 nach %2 ms unterbrochen: der Lauf wurde gestoppt</translation>
    </message>
    <message>
        <source>the kernel died while this cell ran: %1</source>
        <translation>der Kernel ist während dieser Zelle abgestürzt: %1</translation>
    </message>
    <message>
        <source>%1 did not finish: %2</source>
        <translation>%1 wurde nicht beendet: %2</translation>
    </message>
    <message>
        <source>%1 failed after %2 ms: %3</source>
        <translation>%1 nach %2 ms fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 ran in %2 ms</source>
        <translation>%1 lief %2 ms</translation>
    </message>
    <message>
        <source>could not write %1 (%2); the executed notebook is kept in %3</source>
        <translation>%1 konnte nicht geschrieben werden (%2); das ausgeführte Notebook liegt in %3</translation>
    </message>
    <message>
        <source>stopped by the user while %1 ran</source>
        <translation>vom Benutzer gestoppt, während %1 lief</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>vom Benutzer gestoppt</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>mlops::NotebookScreen</name>
    <message>
        <source>Restart kernel</source>
        <translation>Kernel neu starten</translation>
    </message>
    <message>
        <source>New notebook</source>
        <translation>Neues Notebook</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>Save the notebook</source>
        <translation>Notebook speichern</translation>
    </message>
    <message>
        <source>+ Code</source>
        <translation>+ Code</translation>
    </message>
    <message>
        <source>Add a code cell below</source>
        <translation>Codezelle darunter einfügen</translation>
    </message>
    <message>
        <source>+ Markdown</source>
        <translation>+ Markdown</translation>
    </message>
    <message>
        <source>Add a Markdown cell below</source>
        <translation>Markdown-Zelle darunter einfügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the cell</source>
        <translation>Zelle löschen</translation>
    </message>
    <message>
        <source>Move the cell up</source>
        <translation>Zelle nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the cell down</source>
        <translation>Zelle nach unten verschieben</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>Split the cell at the cursor</source>
        <translation>Zelle am Cursor teilen</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Merge the cell with the one below</source>
        <translation>Zelle mit der folgenden zusammenführen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>▶ Run</source>
        <translation>▶ Ausführen</translation>
    </message>
    <message>
        <source>Run the cell and go to the next</source>
        <translation>Zelle ausführen und zur nächsten gehen</translation>
    </message>
    <message>
        <source>Run in place</source>
        <translation>Ausführen und bleiben</translation>
    </message>
    <message>
        <source>Run the cell and stay</source>
        <translation>Zelle ausführen und dort bleiben</translation>
    </message>
    <message>
        <source>Run above</source>
        <translation>Alle darüber</translation>
    </message>
    <message>
        <source>Run every cell above this one</source>
        <translation>Alle Zellen über dieser ausführen</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Alle ausführen</translation>
    </message>
    <message>
        <source>Run every cell from the top</source>
        <translation>Alle Zellen von oben ausführen</translation>
    </message>
    <message>
        <source>■ Interrupt</source>
        <translation>■ Unterbrechen</translation>
    </message>
    <message>
        <source>Interrupt the kernel</source>
        <translation>Kernel unterbrechen</translation>
    </message>
    <message>
        <source>↻ Restart</source>
        <translation>↻ Neustart</translation>
    </message>
    <message>
        <source>Restart the kernel (its variables are lost)</source>
        <translation>Kernel neu starten (seine Variablen gehen verloren)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear every output</source>
        <translation>Alle Ausgaben löschen</translation>
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
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Find in the notebook</source>
        <translation>Im Notebook suchen</translation>
    </message>
    <message>
        <source>Cannot open the notebook: %1</source>
        <translation>Das Notebook lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>The studio closed before %1 was saved. Restore the changes kept on %2?</source>
        <translation>Das Studio wurde geschlossen, bevor %1 gespeichert war. Die am %2 gesicherten Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>The kernel &apos;%1&apos; of this notebook is not installed; using %2</source>
        <translation>Der Kernel &apos;%1&apos; dieses Notebooks ist nicht installiert; verwendet wird %2</translation>
    </message>
    <message>
        <source>Restored unsaved changes to %1</source>
        <translation>Ungespeicherte Änderungen an %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Open a workspace to work with its notebooks.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um mit seinen Notebooks zu arbeiten.</translation>
    </message>
    <message>
        <source>There are no notebooks in notebooks/ yet. Create one with New notebook.</source>
        <translation>In notebooks/ gibt es noch keine Notebooks. Legen Sie eines mit „Neues Notebook“ an.</translation>
    </message>
    <message>
        <source>Opening the notebook…</source>
        <translation>Notebook wird geöffnet…</translation>
    </message>
    <message>
        <source>No kernel</source>
        <translation>Kein Kernel</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>Abgestürzt</translation>
    </message>
    <message>
        <source>Cannot create the notebook</source>
        <translation>Das Notebook lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>Unsaved notebook</source>
        <translation>Ungespeichertes Notebook</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>%1 (broken)</source>
        <translation>%1 (fehlerhaft)</translation>
    </message>
    <message>
        <source>The unsaved changes kept for %1 cannot be read (%2); the file is kept as %3.</source>
        <translation>Die für %1 aufbewahrten ungespeicherten Änderungen können nicht gelesen werden (%2); die Datei wird als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>Unsaved changes cannot be read</source>
        <translation>Ungespeicherte Änderungen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>mlops::NotebookSession</name>
    <message>
        <source>Values logged with mlops_studio are recorded as run %1</source>
        <translation>Mit mlops_studio protokollierte Werte werden als Lauf %1 aufgezeichnet</translation>
    </message>
    <message>
        <source>Could not record the run: %1</source>
        <translation>Der Lauf konnte nicht aufgezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Could not keep a recovery copy: %1</source>
        <translation>Keine Wiederherstellungskopie möglich: %1</translation>
    </message>
    <message>
        <source>Run %1 ended: %2</source>
        <translation>Lauf %1 beendet: %2</translation>
    </message>
    <message>
        <source>the kernel died while this cell ran: %1</source>
        <translation>der Kernel ist beendet worden, während diese Zelle lief: %1</translation>
    </message>
</context>
<context>
    <name>mlops::NotebookStep</name>
    <message>
        <source>Runs a notebook headless with its hyperparameters injected as parameters</source>
        <translation>Führt ein Notebook ohne Oberfläche aus, mit seinen Hyperparametern als eingefügte Parameter</translation>
    </message>
    <message>
        <source>&apos;notebook&apos; must name a .ipynb file of the workspace, e.g. notebooks/explore.ipynb</source>
        <translation>&apos;notebook&apos; muss eine .ipynb-Datei des Arbeitsbereichs nennen, z. B. notebooks/explore.ipynb</translation>
    </message>
    <message>
        <source>&apos;notebook&apos; must be a path inside the workspace, relative to it</source>
        <translation>&apos;notebook&apos; muss ein Pfad im Arbeitsbereich sein, relativ zu ihm</translation>
    </message>
    <message>
        <source>&apos;kernel&apos; names a Jupyter kernel, e.g. python3</source>
        <translation>&apos;kernel&apos; nennt einen Jupyter-Kernel, z. B. python3</translation>
    </message>
    <message>
        <source>Notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>The notebook to run, relative to the workspace; its cell tagged &apos;parameters&apos; receives the hyperparameters</source>
        <translation>Das auszuführende Notebook, relativ zum Arbeitsbereich; seine mit &apos;parameters&apos; markierte Zelle erhält die Hyperparameter</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <source>the notebook&apos;s own kernel</source>
        <translation>der eigene Kernel des Notebooks</translation>
    </message>
    <message>
        <source>A Jupyter kernel name, e.g. python3</source>
        <translation>Ein Jupyter-Kernelname, z. B. python3</translation>
    </message>
</context>
<context>
    <name>mlops::OutputArea</name>
    <message>
        <source>[output of type %1, which the studio does not show]</source>
        <translation>[Ausgabe vom Typ %1, die das Studio nicht anzeigt]</translation>
    </message>
</context>
<context>
    <name>mlops::OverviewScreen</name>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation>Notebooks</translation>
    </message>
    <message>
        <source>Data files</source>
        <translation>Datendateien</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Version control</source>
        <translation>Versionsverwaltung</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>HEAD</source>
        <translation>HEAD</translation>
    </message>
    <message>
        <source>Working tree</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Default runner</source>
        <translation>Standard-Runner</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>in pipelines/</source>
        <translation>in pipelines/</translation>
    </message>
    <message>
        <source>in notebooks/</source>
        <translation>in notebooks/</translation>
    </message>
    <message>
        <source>in data/</source>
        <translation>in data/</translation>
    </message>
    <message numerus="yes">
        <source>%n step run(s)</source>
        <translation>
            <numerusform>%n Schrittlauf</numerusform>
            <numerusform>%n Schrittläufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n running</source>
        <translation>
            <numerusform>, %n läuft</numerusform>
            <numerusform>, %n laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>not a git repository</source>
        <translation>kein Git-Repository</translation>
    </message>
    <message>
        <source>detached HEAD</source>
        <translation>losgelöster HEAD</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no commits yet</source>
        <translation>noch keine Commits</translation>
    </message>
    <message numerus="yes">
        <source>%n uncommitted change(s)</source>
        <translation>
            <numerusform>%n nicht committete Änderung</numerusform>
            <numerusform>%n nicht committete Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>clean — every file is committed</source>
        <translation>sauber — jede Datei ist committet</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>nicht verfolgt</translation>
    </message>
    <message>
        <source>conflicted</source>
        <translation>im Konflikt</translation>
    </message>
    <message>
        <source>the run store cannot be read</source>
        <translation>der Run-Speicher kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>mlops::ParametersModel</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>wahr/falsch</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Use it as ${parameters.%1}; override it when running</source>
        <translation>Als ${parameters.%1} verwenden; beim Ausführen überschreibbar</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standardwert</translation>
    </message>
    <message>
        <source>Add Parameter %1</source>
        <translation>Parameter %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove Parameter %1</source>
        <translation>Parameter %1 entfernen</translation>
    </message>
    <message>
        <source>Change Type of Parameter %1</source>
        <translation>Typ von Parameter %1 ändern</translation>
    </message>
    <message>
        <source>Change Default of Parameter %1</source>
        <translation>Standardwert von Parameter %1 ändern</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Parameter(s)</source>
        <translation>
            <numerusform>%n Parameter entfernen</numerusform>
            <numerusform>%n Parameter entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::Permissions</name>
    <message>
        <source>approve model versions</source>
        <translation>Modellversionen freigeben</translation>
    </message>
    <message>
        <source>reject model versions</source>
        <translation>Modellversionen ablehnen</translation>
    </message>
</context>
<context>
    <name>mlops::PhaseLadder</name>
    <message>
        <source>%1 of %2 required criteria met</source>
        <translation>%1 von %2 Pflichtkriterien erfüllt</translation>
    </message>
    <message>
        <source>current phase</source>
        <translation>aktuelle Phase</translation>
    </message>
    <message>
        <source>next</source>
        <translation>nächste</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
</context>
<context>
    <name>mlops::PipelineDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>the pipeline has no file yet; use Save As</source>
        <translation>die Pipeline hat noch keine Datei; verwenden Sie „Speichern unter“</translation>
    </message>
    <message>
        <source>Add Step %1</source>
        <translation>Schritt %1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete Step %1</source>
        <translation>Schritt %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Step(s)</source>
        <translation>
            <numerusform>%n Schritt löschen</numerusform>
            <numerusform>%n Schritte löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move Step %1</source>
        <translation>Schritt %1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Step(s)</source>
        <translation>
            <numerusform>%n Schritt verschieben</numerusform>
            <numerusform>%n Schritte verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange Steps</source>
        <translation>Schritte anordnen</translation>
    </message>
    <message>
        <source>unknown step</source>
        <translation>unbekannter Schritt</translation>
    </message>
    <message>
        <source>drag from an output, the model, a branch or the handle at a step&apos;s lower left</source>
        <translation>ziehen Sie von einer Ausgabe, dem Modell, einem Zweig oder dem Griff unten links an einem Schritt</translation>
    </message>
    <message>
        <source>a property is a value: use ${steps.%1.properties.%2} in a field of the other step, such as its command or condition</source>
        <translation>eine Eigenschaft ist ein Wert: verwenden Sie ${steps.%1.properties.%2} in einem Feld des anderen Schritts, etwa in seinem Befehl oder seiner Bedingung</translation>
    </message>
    <message>
        <source>drop on another step or one of its inputs</source>
        <translation>auf einem anderen Schritt oder einer seiner Eingaben ablegen</translation>
    </message>
    <message>
        <source>a step cannot connect to itself</source>
        <translation>ein Schritt kann nicht mit sich selbst verbunden werden</translation>
    </message>
    <message>
        <source>%1 already runs before %2: this connection would form a cycle</source>
        <translation>%1 läuft bereits vor %2: diese Verbindung ergäbe einen Zyklus</translation>
    </message>
    <message>
        <source>a %1 step has no inputs</source>
        <translation>ein %1-Schritt hat keine Eingaben</translation>
    </message>
    <message>
        <source>%1 already runs after %2</source>
        <translation>%1 läuft bereits nach %2</translation>
    </message>
    <message>
        <source>%1 is already on the &apos;then&apos; branch of %2</source>
        <translation>%1 liegt bereits im „then“-Zweig von %2</translation>
    </message>
    <message>
        <source>%1 is already on the &apos;else&apos; branch of %2</source>
        <translation>%1 liegt bereits im „else“-Zweig von %2</translation>
    </message>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Disconnect %1 from %2</source>
        <translation>Verbindung von %1 zu %2 lösen</translation>
    </message>
    <message>
        <source>Reload %1 from Disk</source>
        <translation>%1 von der Festplatte neu laden</translation>
    </message>
    <message>
        <source>a %1 step takes a model, not an output: drag from a training step&apos;s model</source>
        <translation>ein %1-Schritt nimmt ein Modell, keine Ausgabe: ziehen Sie vom Modell eines Trainingsschritts</translation>
    </message>
</context>
<context>
    <name>mlops::PipelineEditor</name>
    <message>
        <source>The YAML has errors, so the canvas shows the last version that loaded and cannot be edited. Fix the marked lines in the YAML view to edit the graph again.</source>
        <translation>Das YAML enthält Fehler, daher zeigt die Zeichenfläche den zuletzt geladenen Stand und kann nicht bearbeitet werden. Korrigieren Sie die markierten Zeilen in der YAML-Ansicht, um den Graphen wieder zu bearbeiten.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>Run %1: %2 — %3</source>
        <translation>Lauf %1: %2 – %3</translation>
    </message>
    <message>
        <source>The run did not start: %1</source>
        <translation>Der Lauf wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
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
        <source>Cut</source>
        <translation>Ausschneiden</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Lay the steps out automatically in layers (Ctrl+L)</source>
        <translation>Schritte automatisch in Ebenen anordnen (Strg+L)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>%1 rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Pipeline</source>
        <translation>Pipeline speichern</translation>
    </message>
    <message>
        <source>Could not save %1:
%2</source>
        <translation>%1 konnte nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save Pipeline As</source>
        <translation>Pipeline speichern unter</translation>
    </message>
    <message>
        <source>Pipelines (*.yaml *.yml)</source>
        <translation>Pipelines (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Run Pipeline</source>
        <translation>Pipeline ausführen</translation>
    </message>
    <message>
        <source>The run uses the saved file, and %1 has unsaved changes. Save and run?</source>
        <translation>Der Lauf verwendet die gespeicherte Datei, und %1 hat ungespeicherte Änderungen. Speichern und ausführen?</translation>
    </message>
    <message>
        <source>The pipeline has errors; fix them first:

%1</source>
        <translation>Die Pipeline enthält Fehler; beheben Sie sie zuerst:

%1</translation>
    </message>
    <message>
        <source>no pipeline is open</source>
        <translation>keine Pipeline ist geöffnet</translation>
    </message>
    <message>
        <source>open a workspace to run pipelines</source>
        <translation>öffnen Sie einen Arbeitsbereich, um Pipelines auszuführen</translation>
    </message>
    <message>
        <source>a run is already going</source>
        <translation>es läuft bereits ein Lauf</translation>
    </message>
    <message>
        <source>save the pipeline first: runs use the saved file</source>
        <translation>speichern Sie die Pipeline zuerst: Läufe verwenden die gespeicherte Datei</translation>
    </message>
    <message>
        <source>the pipeline has errors</source>
        <translation>die Pipeline enthält Fehler</translation>
    </message>
    <message>
        <source>Added %1 step %2</source>
        <translation>%1-Schritt %2 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n step(s)</source>
        <translation>
            <numerusform>%n Schritt kopiert</numerusform>
            <numerusform>%n Schritte kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no pipeline steps</source>
        <translation>Die Zwischenablage enthält keine Pipeline-Schritte</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Step(s)</source>
        <translation>
            <numerusform>%n Schritt einfügen</numerusform>
            <numerusform>%n Schritte einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Connection(s)</source>
        <translation>
            <numerusform>%n Verbindung löschen</numerusform>
            <numerusform>%n Verbindungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 is still running in the background</source>
        <translation>%1 läuft im Hintergrund weiter</translation>
    </message>
    <message>
        <source>Redo %1 (%2 or %3)</source>
        <translation>Wiederholen: %1 (%2 oder %3)</translation>
    </message>
    <message>
        <source>Run is unavailable while %1 runs in the background; wait for it to end or stop it</source>
        <translation>Ausführen ist nicht möglich, solange %1 im Hintergrund läuft; warten Sie, bis der Lauf endet, oder stoppen Sie ihn</translation>
    </message>
    <message>
        <source>Stop the run of %1 (%2)</source>
        <translation>Den Lauf von %1 stoppen (%2)</translation>
    </message>
    <message>
        <source>%1 is running in the background. This pipeline can run when that run ends, or after you stop it with Stop.</source>
        <translation>%1 läuft im Hintergrund. Diese Pipeline kann laufen, wenn dieser Lauf endet oder nachdem Sie ihn mit Stopp beendet haben.</translation>
    </message>
    <message>
        <source>This pipeline is running</source>
        <translation>Diese Pipeline läuft</translation>
    </message>
    <message>
        <source>Open a workspace to run pipelines</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um Pipelines auszuführen</translation>
    </message>
    <message>
        <source>Run (%1)</source>
        <translation>Ausführen (%1)</translation>
    </message>
    <message>
        <source>Stop (%1)</source>
        <translation>Stopp (%1)</translation>
    </message>
    <message>
        <source>Pipeline Running</source>
        <translation>Pipeline läuft</translation>
    </message>
    <message>
        <source>Stop the Run</source>
        <translation>Lauf stoppen</translation>
    </message>
    <message>
        <source>%1 is still running.</source>
        <translation>%1 läuft noch.</translation>
    </message>
    <message>
        <source>Stop the run, or keep it running in the background? Its progress stays with %1: open it again to follow the run.</source>
        <translation>Den Lauf stoppen oder im Hintergrund weiterlaufen lassen? Sein Fortschritt bleibt bei %1: öffnen Sie sie wieder, um den Lauf zu verfolgen.</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>A run of %1 is in progress.</source>
        <translation>Ein Lauf von %1 ist im Gange.</translation>
    </message>
    <message>
        <source>Closing stops the run.</source>
        <translation>Schließen stoppt den Lauf.</translation>
    </message>
    <message>
        <source>The dotted line from %1 to %2 comes from %2&apos;s condition text; edit the condition in the Step panel to remove it</source>
        <translation>Die gepunktete Linie von %1 zu %2 kommt aus dem Bedingungstext von %2; ändern Sie die Bedingung im Schritt-Bereich, um sie zu entfernen</translation>
    </message>
    <message>
        <source>The dotted line from %1 to %2 comes from the text of %2&apos;s %3 field; edit that field in the Step panel to remove it</source>
        <translation>Die gepunktete Linie von %1 zu %2 kommt aus dem Text des Feldes %3 von %2; ändern Sie dieses Feld im Schritt-Bereich, um sie zu entfernen</translation>
    </message>
    <message>
        <source>Stopping the run of %1…</source>
        <translation>Der Run von %1 wird gestoppt…</translation>
    </message>
    <message>
        <source>Stopping: the steps are asked to exit and are ended if they do not</source>
        <translation>Stoppen: die Schritte werden gebeten, sich zu beenden, und beendet, wenn sie es nicht tun</translation>
    </message>
    <message>
        <source>%1 on disk differs from the editor; reload it or save your version first</source>
        <translation>%1 auf der Festplatte unterscheidet sich vom Editor; laden Sie die Datei neu oder speichern Sie zuerst Ihre Version</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
</context>
<context>
    <name>mlops::PipelineExecution</name>
    <message>
        <source>the pipeline&apos;s steps form a cycle; run &apos;mlops validate&apos; for details</source>
        <translation>die Schritte der Pipeline bilden einen Zyklus; Einzelheiten zeigt &apos;mlops validate&apos;</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; failed: %2</source>
        <translation>Schritt &apos;%1&apos; ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the pipeline was stopped</source>
        <translation>die Pipeline wurde angehalten</translation>
    </message>
    <message>
        <source>upstream step &apos;%1&apos; did not complete</source>
        <translation>vorgelagerter Schritt &apos;%1&apos; wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>condition &apos;%1&apos; was true</source>
        <translation>Bedingung &apos;%1&apos; war wahr</translation>
    </message>
    <message>
        <source>condition &apos;%1&apos; was false</source>
        <translation>Bedingung &apos;%1&apos; war falsch</translation>
    </message>
    <message>
        <source>upstream step &apos;%1&apos; was skipped</source>
        <translation>vorgelagerter Schritt &apos;%1&apos; wurde übersprungen</translation>
    </message>
    <message>
        <source>unknown step type &apos;%1&apos;</source>
        <translation>unbekannter Schritttyp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>bad condition: %1</source>
        <translation>fehlerhafte Bedingung: %1</translation>
    </message>
    <message>
        <source>true: runs %1</source>
        <translation>wahr: führt %1 aus</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>false: runs %1</source>
        <translation>falsch: führt %1 aus</translation>
    </message>
    <message>
        <source>the pipeline reached fail step &apos;%1&apos;</source>
        <translation>die Pipeline hat den Fehlschritt &apos;%1&apos; erreicht</translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation>vom Benutzer angehalten</translation>
    </message>
    <message>
        <source>runner &apos;%1&apos; is not available (available: %2)%3</source>
        <translation>Runner &apos;%1&apos; ist nicht verfügbar (verfügbar: %2)%3</translation>
    </message>
</context>
<context>
    <name>mlops::PipelineListModel</name>
    <message numerus="yes">
        <source>%1
%n step(s)</source>
        <translation>
            <numerusform>%1
%n Schritt</numerusform>
            <numerusform>%1
%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n error(s)</source>
        <translation>
            <numerusform>%1
%n Fehler</numerusform>
            <numerusform>%1
%n Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::PipelineLoader</name>
    <message>
        <source>&apos;%1&apos; appears twice in %2</source>
        <translation>&apos;%1&apos; kommt in %2 zweimal vor</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2%3</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in %2%3</translation>
    </message>
    <message>
        <source>type mismatch: %1 must be a single value</source>
        <translation>Typfehler: %1 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>type mismatch: %1 must be true or false</source>
        <translation>Typfehler: %1 muss true oder false sein</translation>
    </message>
    <message>
        <source>type mismatch: %1 must be a list</source>
        <translation>Typfehler: %1 muss eine Liste sein</translation>
    </message>
    <message>
        <source>type mismatch: every item of %1 must be a single value</source>
        <translation>Typfehler: jeder Eintrag von %1 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>type mismatch: %1 must be a mapping of names to values</source>
        <translation>Typfehler: %1 muss Namen auf Werte abbilden</translation>
    </message>
    <message>
        <source>type mismatch: &apos;%1&apos; in %2 must be a single value</source>
        <translation>Typfehler: &apos;%1&apos; in %2 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>type mismatch: retries must be a whole number of retries (0 or more) or {max_attempts, interval, backoff_rate}</source>
        <translation>Typfehler: retries muss eine ganze Zahl von Wiederholungen (0 oder mehr) oder {max_attempts, interval, backoff_rate} sein</translation>
    </message>
    <message>
        <source>type mismatch: retries must be a number or a mapping</source>
        <translation>Typfehler: retries muss eine Zahl oder eine Zuordnung sein</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>retries</translation>
    </message>
    <message>
        <source>type mismatch: max_attempts must be a whole number of at least 1</source>
        <translation>Typfehler: max_attempts muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>type mismatch: interval must be a duration such as 5s or PT5S</source>
        <translation>Typfehler: interval muss eine Dauer wie 5s oder PT5S sein</translation>
    </message>
    <message>
        <source>type mismatch: backoff_rate must be a number of at least 1</source>
        <translation>Typfehler: backoff_rate muss eine Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <source>type mismatch: cache must be true, false or {enabled, expire_after}</source>
        <translation>Typfehler: cache muss true, false oder {enabled, expire_after} sein</translation>
    </message>
    <message>
        <source>type mismatch: expire_after must be a duration such as P7D or 12h</source>
        <translation>Typfehler: expire_after muss eine Dauer wie P7D oder 12h sein</translation>
    </message>
    <message>
        <source>type mismatch: timeout must be a duration such as 30m, 90s or PT1H</source>
        <translation>Typfehler: timeout muss eine Dauer wie 30m, 90s oder PT1H sein</translation>
    </message>
    <message>
        <source>runner</source>
        <translation>runner</translation>
    </message>
    <message>
        <source>unknown runner &apos;%1&apos; (one of: %2)%3</source>
        <translation>unbekannter Runner &apos;%1&apos; (einer von: %2)%3</translation>
    </message>
    <message>
        <source>type mismatch: parameters must map names to default values</source>
        <translation>Typfehler: parameters muss Namen auf Standardwerte abbilden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid parameter name (letters, digits, _ and -, starting with a letter)</source>
        <translation>&apos;%1&apos; ist kein gültiger Parametername (Buchstaben, Ziffern, _ und -, beginnend mit einem Buchstaben)</translation>
    </message>
    <message>
        <source>type mismatch: the default of parameter &apos;%1&apos; must be a single value</source>
        <translation>Typfehler: der Standardwert von Parameter &apos;%1&apos; muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>type mismatch: defaults must be a mapping</source>
        <translation>Typfehler: defaults muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>defaults</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environment</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid step name (letters, digits, _ and -, starting with a letter)</source>
        <translation>&apos;%1&apos; ist kein gültiger Schrittname (Buchstaben, Ziffern, _ und -, beginnend mit einem Buchstaben)</translation>
    </message>
    <message>
        <source>type mismatch: step &apos;%1&apos; must be a mapping with at least a &apos;type&apos;</source>
        <translation>Typfehler: Schritt &apos;%1&apos; muss eine Zuordnung mit mindestens einem &apos;type&apos; sein</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has no &apos;type&apos; (one of: %2)</source>
        <translation>Schritt &apos;%1&apos; hat keinen &apos;type&apos; (einer von: %2)</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>step type &apos;%1&apos; is not supported by this version of MLOps Studio yet (supported: %2)</source>
        <translation>Schritttyp &apos;%1&apos; wird von dieser Version von MLOps Studio noch nicht unterstützt (unterstützt: %2)</translation>
    </message>
    <message>
        <source>unknown step type &apos;%1&apos; (one of: %2)%3</source>
        <translation>unbekannter Schritttyp &apos;%1&apos; (einer von: %2)%3</translation>
    </message>
    <message>
        <source>step &apos;%1&apos;</source>
        <translation>Schritt &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a %1 step needs &apos;%2&apos;</source>
        <translation>ein %1-Schritt braucht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>type mismatch: command must be a list of arguments, e.g. [python, src/train.py, --epochs, &quot;10&quot;] (commands never go through a shell)</source>
        <translation>Typfehler: command muss eine Liste von Argumenten sein, z. B. [python, src/train.py, --epochs, &quot;10&quot;] (Befehle laufen nie über eine Shell)</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>der Befehl ist leer</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>inputs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid input name</source>
        <translation>&apos;%1&apos; ist kein gültiger Eingabename</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>outputs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid output name</source>
        <translation>&apos;%1&apos; ist kein gültiger Ausgabename</translation>
    </message>
    <message>
        <source>&apos;model&apos; is reserved: a training step&apos;s model is ${steps.%1.model}</source>
        <translation>&apos;model&apos; ist reserviert: das Modell eines Trainingsschritts ist ${steps.%1.model}</translation>
    </message>
    <message>
        <source>output &apos;%1&apos; is declared twice</source>
        <translation>Ausgabe &apos;%1&apos; ist zweimal deklariert</translation>
    </message>
    <message>
        <source>hyperparameters</source>
        <translation>hyperparameters</translation>
    </message>
    <message>
        <source>properties</source>
        <translation>properties</translation>
    </message>
    <message>
        <source>type mismatch: metrics must be a list of {name, regex}</source>
        <translation>Typfehler: metrics muss eine Liste von {name, regex} sein</translation>
    </message>
    <message>
        <source>type mismatch: each metric must be {name: ..., regex: ...}</source>
        <translation>Typfehler: jede Metrik muss {name: ..., regex: ...} sein</translation>
    </message>
    <message>
        <source>a metric definition</source>
        <translation>eine Metrikdefinition</translation>
    </message>
    <message>
        <source>the metric name</source>
        <translation>der Metrikname</translation>
    </message>
    <message>
        <source>a metric definition needs a &apos;name&apos;</source>
        <translation>eine Metrikdefinition braucht einen &apos;name&apos;</translation>
    </message>
    <message>
        <source>the metric regex</source>
        <translation>der reguläre Ausdruck der Metrik</translation>
    </message>
    <message>
        <source>invalid regular expression for metric &apos;%1&apos;: %2 (at character %3)</source>
        <translation>ungültiger regulärer Ausdruck für Metrik &apos;%1&apos;: %2 (bei Zeichen %3)</translation>
    </message>
    <message>
        <source>the regex of metric &apos;%1&apos; needs a group, e.g. accuracy=([0-9.]+)</source>
        <translation>der reguläre Ausdruck von Metrik &apos;%1&apos; braucht eine Gruppe, z. B. accuracy=([0-9.]+)</translation>
    </message>
    <message>
        <source>a metric definition needs a &apos;regex&apos;</source>
        <translation>eine Metrikdefinition braucht eine &apos;regex&apos;</translation>
    </message>
    <message>
        <source>build</source>
        <translation>build</translation>
    </message>
    <message>
        <source>build.context</source>
        <translation>build.context</translation>
    </message>
    <message>
        <source>build needs a &apos;context&apos; folder</source>
        <translation>build braucht einen Ordner &apos;context&apos;</translation>
    </message>
    <message>
        <source>build.dockerfile</source>
        <translation>build.dockerfile</translation>
    </message>
    <message>
        <source>type mismatch: build must be a folder or {context, dockerfile}</source>
        <translation>Typfehler: build muss ein Ordner oder {context, dockerfile} sein</translation>
    </message>
    <message>
        <source>type mismatch: resources must be {cpus, memory, gpus}</source>
        <translation>Typfehler: resources muss {cpus, memory, gpus} sein</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>resources</translation>
    </message>
    <message>
        <source>type mismatch: cpus must be a positive number</source>
        <translation>Typfehler: cpus muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>type mismatch: memory must be a size such as 512m or 4g</source>
        <translation>Typfehler: memory muss eine Größe wie 512m oder 4g sein</translation>
    </message>
    <message>
        <source>type mismatch: gpus must be a whole number</source>
        <translation>Typfehler: gpus muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>code must be a folder inside the workspace, not &apos;%1&apos;</source>
        <translation>code muss ein Ordner im Arbeitsbereich sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>depends_on</source>
        <translation>depends_on</translation>
    </message>
    <message>
        <source>when</source>
        <translation>when</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>a pipeline file must be a mapping with &apos;name&apos; and &apos;steps&apos;</source>
        <translation>eine Pipeline-Datei muss eine Zuordnung mit &apos;name&apos; und &apos;steps&apos; sein</translation>
    </message>
    <message>
        <source>the pipeline</source>
        <translation>der Pipeline</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>the pipeline has no &apos;steps&apos;</source>
        <translation>die Pipeline hat keine &apos;steps&apos;</translation>
    </message>
    <message>
        <source>type mismatch: &apos;steps&apos; must map step names to steps</source>
        <translation>Typfehler: &apos;steps&apos; muss Schrittnamen auf Schritte abbilden</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is defined twice</source>
        <translation>Schritt &apos;%1&apos; ist zweimal definiert</translation>
    </message>
    <message>
        <source>the pipeline file is empty: it needs &apos;name&apos; and &apos;steps&apos;</source>
        <translation>die Pipeline-Datei ist leer: sie braucht &apos;name&apos; und &apos;steps&apos;</translation>
    </message>
    <message>
        <source>YAML merge keys (&apos;&lt;&lt;&apos;) are not supported in %1: write the keys out (&apos;defaults&apos; gives every step the same runner, image, timeout, retries, cache and environment)</source>
        <translation>YAML-Merge-Schlüssel (&apos;&lt;&lt;&apos;) werden in %1 nicht unterstützt: schreiben Sie die Schlüssel aus (&apos;defaults&apos; gibt jedem Schritt denselben Runner, dasselbe Image, Timeout, dieselben Wiederholungen, Cache und Umgebung)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>&apos;%1&apos; ist kein gültiger Name für eine Umgebungsvariable (Buchstaben, Ziffern und &apos;_&apos;, nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is set by the runner (the step contract&apos;s variables SM_*, MLOPS_* and TRAINING_JOB_NAME); use another name</source>
        <translation>&apos;%1&apos; wird vom Runner gesetzt (die Variablen des Schrittvertrags SM_*, MLOPS_* und TRAINING_JOB_NAME); verwenden Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>cpus must be at least %1, the smallest share the container engines give</source>
        <translation>cpus muss mindestens %1 sein, der kleinste Anteil, den die Container-Engines vergeben</translation>
    </message>
    <message>
        <source>memory must be at least 6m, the smallest limit the container engines accept</source>
        <translation>memory muss mindestens 6m sein, die kleinste Grenze, die die Container-Engines annehmen</translation>
    </message>
    <message>
        <source>a folder with no pipeline files (*.yaml, *.yml) in it</source>
        <translation>ein Ordner ohne Pipeline-Dateien (*.yaml, *.yml)</translation>
    </message>
</context>
<context>
    <name>mlops::PipelinePropertiesPanel</name>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Workspace default</source>
        <translation>Standard des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>for docker and podman steps</source>
        <translation>für Docker- und Podman-Schritte</translation>
    </message>
    <message>
        <source>none (e.g. 30m)</source>
        <translation>keine (z. B. 30m)</translation>
    </message>
    <message>
        <source>not set (0)</source>
        <translation>nicht gesetzt (0)</translation>
    </message>
    <message>
        <source>Not set (reuse results)</source>
        <translation>Nicht gesetzt (Ergebnisse wiederverwenden)</translation>
    </message>
    <message>
        <source>Reuse results</source>
        <translation>Ergebnisse wiederverwenden</translation>
    </message>
    <message>
        <source>Always run</source>
        <translation>Immer ausführen</translation>
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
        <source>Defaults for every step</source>
        <translation>Standardwerte für jeden Schritt</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Runner</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Use them as ${parameters.NAME}; the Run dialog and &apos;mlops run --param&apos; override the defaults.</source>
        <translation>Verwenden Sie sie als ${parameters.NAME}; der Ausführen-Dialog und „mlops run --param“ überschreiben die Standardwerte.</translation>
    </message>
    <message>
        <source>Type in the last row to add a parameter; clear its name or press Delete to remove it</source>
        <translation>In der letzten Zeile tippen, um einen Parameter hinzuzufügen; Namen leeren oder Entf drücken, um ihn zu entfernen</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), %1</source>
        <translation>
            <numerusform>%n Schritt, %1</numerusform>
            <numerusform>%n Schritte, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parameter(s)</source>
        <translation>
            <numerusform>%n Parameter</numerusform>
            <numerusform>%n Parameter</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeout not changed: &apos;%1&apos; is not a duration such as 30m, 90s or PT1H</source>
        <translation>Zeitlimit nicht geändert: „%1“ ist keine Dauer wie 30m, 90s oder PT1H</translation>
    </message>
</context>
<context>
    <name>mlops::PipelineRunThread</name>
    <message>
        <source>%1 is not a valid pipeline</source>
        <translation>%1 ist keine gültige Pipeline</translation>
    </message>
</context>
<context>
    <name>mlops::PipelineScene</name>
    <message>
        <source>no type</source>
        <translation>kein Typ</translation>
    </message>
    <message>
        <source>%1 (unknown type)</source>
        <translation>%1 (unbekannter Typ)</translation>
    </message>
    <message>
        <source>no condition yet</source>
        <translation>noch keine Bedingung</translation>
    </message>
    <message>
        <source>stops the pipeline</source>
        <translation>beendet die Pipeline</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>(try %1)</source>
        <translation>(Versuch %1)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
</context>
<context>
    <name>mlops::PipelineValidator</name>
    <message>
        <source>unknown parameter &apos;%1&apos; in %2%3</source>
        <translation>unbekannter Parameter &apos;%1&apos; in %2%3</translation>
    </message>
    <message>
        <source>unknown step &apos;%1&apos; in %2%3</source>
        <translation>unbekannter Schritt &apos;%1&apos; in %2%3</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; refers to itself in %2</source>
        <translation>Schritt &apos;%1&apos; verweist in %2 auf sich selbst</translation>
    </message>
    <message>
        <source>type mismatch: step &apos;%1&apos; is a %2 step and has no outputs</source>
        <translation>Typfehler: Schritt &apos;%1&apos; ist ein %2-Schritt und hat keine Ausgaben</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has no output &apos;%2&apos;%3 (it declares: %4)</source>
        <translation>Schritt &apos;%1&apos; hat keine Ausgabe &apos;%2&apos;%3 (er deklariert: %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>type mismatch: only training steps have a model; &apos;%1&apos; is a %2 step</source>
        <translation>Typfehler: nur Trainingsschritte haben ein Modell; &apos;%1&apos; ist ein %2-Schritt</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has no property &apos;%2&apos;%3 (declare it under &apos;properties:&apos; of &apos;%1&apos;)</source>
        <translation>Schritt &apos;%1&apos; hat keine Eigenschaft &apos;%2&apos;%3 (deklarieren Sie sie unter &apos;properties:&apos; von &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>type mismatch: input &apos;%1&apos; needs files (an output, a model or a workspace path), but %2 is a value</source>
        <translation>Typfehler: Eingabe &apos;%1&apos; braucht Dateien (eine Ausgabe, ein Modell oder einen Pfad im Arbeitsbereich), aber %2 ist ein Wert</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; must be exactly one ${steps…} reference, without text around it</source>
        <translation>Eingabe &apos;%1&apos; muss genau ein ${steps…}-Verweis sein, ohne Text darum herum</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; must be a path inside the workspace, not &apos;%2&apos;</source>
        <translation>Eingabe &apos;%1&apos; muss ein Pfad im Arbeitsbereich sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;: %2 does not exist in the workspace</source>
        <translation>Eingabe &apos;%1&apos;: %2 existiert im Arbeitsbereich nicht</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; cannot list itself in &apos;%2&apos;</source>
        <translation>Schritt &apos;%1&apos; kann sich nicht selbst in &apos;%2&apos; aufführen</translation>
    </message>
    <message>
        <source>unknown step &apos;%1&apos; in &apos;%2&apos;%3</source>
        <translation>unbekannter Schritt &apos;%1&apos; in &apos;%2&apos;%3</translation>
    </message>
    <message>
        <source>bad condition: %1</source>
        <translation>fehlerhafte Bedingung: %1</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is in both &apos;then&apos; and &apos;else&apos; of &apos;%2&apos;</source>
        <translation>Schritt &apos;%1&apos; steht sowohl in &apos;then&apos; als auch in &apos;else&apos; von &apos;%2&apos;</translation>
    </message>
    <message>
        <source>condition &apos;%1&apos; has neither &apos;then&apos; nor &apos;else&apos; steps, so it decides nothing</source>
        <translation>Bedingung &apos;%1&apos; hat weder &apos;then&apos;- noch &apos;else&apos;-Schritte und entscheidet daher nichts</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; runs in a %2 container but names no image (set &apos;image:&apos; or &apos;build:&apos;)</source>
        <translation>Schritt &apos;%1&apos; läuft in einem %2-Container, nennt aber kein Image (setzen Sie &apos;image:&apos; oder &apos;build:&apos;)</translation>
    </message>
    <message>
        <source>property &apos;%1&apos; must point into one of the step&apos;s outputs (%2), e.g. %3/report.json</source>
        <translation>Eigenschaft &apos;%1&apos; muss in eine der Ausgaben des Schritts zeigen (%2), z. B. %3/report.json</translation>
    </message>
    <message>
        <source>the steps form a cycle: %1 (a step cannot wait for itself)</source>
        <translation>die Schritte bilden einen Zyklus: %1 (ein Schritt kann nicht auf sich selbst warten)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; and &apos;%3&apos; of step &apos;%4&apos; both become %5; rename one</source>
        <translation>%1 &apos;%2&apos; und &apos;%3&apos; von Schritt &apos;%4&apos; werden beide zu %5; benennen Sie eines um</translation>
    </message>
    <message>
        <source>input &apos;%1&apos; must stay inside the workspace: %2 leads to %3</source>
        <translation>Eingabe &apos;%1&apos; muss im Arbeitsbereich bleiben: %2 führt zu %3</translation>
    </message>
    <message>
        <source>property &apos;%1&apos; must stay inside the output &apos;%2&apos;: &apos;%3&apos; leads out of it with &apos;..&apos;</source>
        <translation>Eigenschaft &apos;%1&apos; muss in der Ausgabe &apos;%2&apos; bleiben: &apos;%3&apos; verlässt sie mit &apos;..&apos;</translation>
    </message>
    <message>
        <source>property &apos;%1&apos; must name a JSON file inside the output &apos;%2&apos;, e.g. %2/report.json</source>
        <translation>Eigenschaft &apos;%1&apos; muss eine JSON-Datei in der Ausgabe &apos;%2&apos; nennen, z. B. %2/report.json</translation>
    </message>
    <message>
        <source>pipeline name &apos;%1&apos; is also used by %2; give each pipeline of the workspace its own name</source>
        <translation>Der Pipeline-Name &apos;%1&apos; wird auch von %2 verwendet; geben Sie jeder Pipeline des Arbeitsbereichs einen eigenen Namen</translation>
    </message>
    <message>
        <source>build context must be a folder inside the workspace, not &apos;%1&apos;</source>
        <translation>der Build-Kontext muss ein Ordner im Arbeitsbereich sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the Dockerfile must be inside the workspace, not &apos;%1&apos;</source>
        <translation>das Dockerfile muss im Arbeitsbereich liegen, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>build context must stay inside the workspace: %1 leads to %2</source>
        <translation>der Build-Kontext muss im Arbeitsbereich bleiben: %1 führt nach %2</translation>
    </message>
    <message>
        <source>a pipeline needs at least one step</source>
        <translation>eine Pipeline braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>a %1 step cannot use the runner &apos;%2&apos; (it runs with: %3)</source>
        <translation>ein %1-Schritt kann den Runner &apos;%2&apos; nicht verwenden (er läuft mit: %3)</translation>
    </message>
    <message>
        <source>a %1 step cannot use the pipeline&apos;s default runner &apos;%2&apos; (it runs with: %3); set &apos;runner: %4&apos; on the step</source>
        <translation>ein %1-Schritt kann den Standard-Runner &apos;%2&apos; der Pipeline nicht verwenden (er läuft mit: %3); setzen Sie &apos;runner: %4&apos; am Schritt</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 does not exist in the workspace%3</source>
        <translation>&apos;%1&apos;: %2 existiert nicht im Arbeitsbereich%3</translation>
    </message>
</context>
<context>
    <name>mlops::PipelineWriter</name>
    <message>
        <source>the file could not be read</source>
        <translation>die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot format a pipeline with errors (%1)</source>
        <translation>eine Pipeline mit Fehlern kann nicht formatiert werden (%1)</translation>
    </message>
</context>
<context>
    <name>mlops::PipelinesScreen</name>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>New Pipeline…</source>
        <translation>Neue Pipeline …</translation>
    </message>
    <message>
        <source>Open Pipeline</source>
        <translation>Pipeline öffnen</translation>
    </message>
    <message>
        <source>New pipeline %1: add steps from the palette, then save (Ctrl+S)</source>
        <translation>Neue Pipeline %1: Schritte aus der Palette hinzufügen, dann speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Open a workspace to design and run its pipelines.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Pipelines zu entwerfen und auszuführen.</translation>
    </message>
    <message>
        <source>Reading the pipelines…</source>
        <translation>Pipelines werden gelesen…</translation>
    </message>
    <message>
        <source>There are no pipelines in pipelines/ yet. Create one with the button below, then add steps from the palette.</source>
        <translation>In pipelines/ gibt es noch keine Pipelines. Legen Sie mit der Schaltfläche unten eine an und fügen Sie dann Schritte aus der Palette hinzu.</translation>
    </message>
    <message>
        <source>Pick a pipeline from the list to open it.</source>
        <translation>Wählen Sie eine Pipeline aus der Liste, um sie zu öffnen.</translation>
    </message>
</context>
<context>
    <name>mlops::ProcessRunner</name>
    <message>
        <source>cannot start &apos;%1&apos;: %2</source>
        <translation>kann &apos;%1&apos; nicht starten: %2</translation>
    </message>
    <message>
        <source>the step was killed by a signal</source>
        <translation>der Schritt wurde durch ein Signal beendet</translation>
    </message>
    <message>
        <source>the sandbox runner needs bubblewrap, which is not installed (apt install bubblewrap), or use runner: process</source>
        <translation>der Sandbox-Runner braucht bubblewrap, das nicht installiert ist (apt install bubblewrap), oder verwenden Sie runner: process</translation>
    </message>
    <message>
        <source>there is no program of that name on PATH</source>
        <translation>es gibt kein Programm dieses Namens im PATH</translation>
    </message>
    <message>
        <source>the file is not executable (start it through its interpreter, as in [python, %1], or make it executable with chmod +x)</source>
        <translation>die Datei ist nicht ausführbar (starten Sie sie über ihren Interpreter, wie in [python, %1], oder machen Sie sie mit chmod +x ausführbar)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>mlops: the sandbox could not be set up (a mount changed while bubblewrap copied the mount tree); starting it again (attempt %1 of %2)</source>
        <translation>mlops: die Sandbox konnte nicht eingerichtet werden (ein Mount hat sich geändert, während bubblewrap den Mount-Baum kopierte); sie wird erneut gestartet (Versuch %1 von %2)</translation>
    </message>
</context>
<context>
    <name>mlops::Reference</name>
    <message>
        <source>use ${parameters.NAME}, ${steps.STEP.outputs.NAME}, ${steps.STEP.model} or ${steps.STEP.properties.NAME.key}</source>
        <translation>verwenden Sie ${parameters.NAME}, ${steps.STEP.outputs.NAME}, ${steps.STEP.model} oder ${steps.STEP.properties.NAME.key}</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter name</source>
        <translation>&apos;%1&apos; ist kein Parametername</translation>
    </message>
    <message>
        <source>the reference &apos;${%1}&apos; names no step; %2</source>
        <translation>der Verweis &apos;${%1}&apos; nennt keinen Schritt; %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid key in &apos;${%2}&apos;</source>
        <translation>&apos;%1&apos; ist kein gültiger Schlüssel in &apos;${%2}&apos;</translation>
    </message>
    <message>
        <source>the reference &apos;${%1}&apos; does not name an output, the model or a property of step &apos;%2&apos;; %3</source>
        <translation>der Verweis &apos;${%1}&apos; nennt weder eine Ausgabe noch das Modell noch eine Eigenschaft von Schritt &apos;%2&apos;; %3</translation>
    </message>
    <message>
        <source>unknown reference &apos;${%1}&apos;; %2</source>
        <translation>unbekannter Verweis &apos;${%1}&apos;; %2</translation>
    </message>
    <message>
        <source>&apos;${&apos; is not closed by &apos;}&apos; (write &apos;$${&apos; for a literal &apos;${&apos;)</source>
        <translation>&apos;${&apos; wird nicht durch &apos;}&apos; geschlossen (schreiben Sie &apos;$${&apos; für ein wörtliches &apos;${&apos;)</translation>
    </message>
</context>
<context>
    <name>mlops::RegisterModelStep</name>
    <message>
        <source>Registers a trained model as a new version in the model registry</source>
        <translation>Registriert ein trainiertes Modell als neue Version in der Modellregistrierung</translation>
    </message>
    <message>
        <source>type mismatch: &apos;model&apos; must be a training step&apos;s model, e.g. ${steps.train.model}, not &apos;%1&apos;</source>
        <translation>Typfehler: &apos;model&apos; muss das Modell eines Trainingsschritts sein, z. B. ${steps.train.model}, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid model group name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>&apos;%1&apos; ist kein gültiger Name einer Modellgruppe (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;)</translation>
    </message>
    <message>
        <source>unknown approval status &apos;%1&apos; (one of: %2)%3</source>
        <translation>unbekannter Freigabestatus &apos;%1&apos; (einer von: %2)%3</translation>
    </message>
    <message>
        <source>&apos;model&apos; must be a training step&apos;s model, e.g. ${steps.train.model}</source>
        <translation>&apos;model&apos; muss das Modell eines Trainingsschritts sein, z. B. ${steps.train.model}</translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has no run in this execution</source>
        <translation>Schritt &apos;%1&apos; hat in dieser Ausführung keinen Lauf</translation>
    </message>
    <message>
        <source>%1 cannot be used here</source>
        <translation>%1 kann hier nicht verwendet werden</translation>
    </message>
    <message>
        <source>registered %1 (%2)</source>
        <translation>%1 registriert (%2)</translation>
    </message>
    <message>
        <source>the model is already %1 (%2)</source>
        <translation>das Modell ist bereits %1 (%2)</translation>
    </message>
    <message>
        <source>no model group yet</source>
        <translation>noch keine Modellgruppe</translation>
    </message>
    <message>
        <source>into model group %1</source>
        <translation>in Modellgruppe %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The model of a training step of this pipeline</source>
        <translation>Das Modell eines Trainingsschritts dieser Pipeline</translation>
    </message>
    <message>
        <source>Model group</source>
        <translation>Modellgruppe</translation>
    </message>
    <message>
        <source>The group the new version joins; versions are numbered per group</source>
        <translation>Die Gruppe, der die neue Version beitritt; Versionen werden je Gruppe nummeriert</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>The new version&apos;s status; Approved needs the approver role</source>
        <translation>Status der neuen Version; Approved erfordert die Freigeber-Rolle</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Model Card</translation>
    </message>
    <message>
        <source>Markdown; empty: a generated card</source>
        <translation>Markdown; leer: eine erzeugte Karte</translation>
    </message>
    <message>
        <source>The version&apos;s model card (Markdown)</source>
        <translation>Die Model Card der Version (Markdown)</translation>
    </message>
</context>
<context>
    <name>mlops::RegistryAudit</name>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>its model hash is %1 but the log registered %2</source>
        <translation>ihr Modell-Hash ist %1, aber das Protokoll hat %2 registriert</translation>
    </message>
    <message>
        <source>its status is %1 but the log says %2 (entry #%3)</source>
        <translation>ihr Status ist %1, aber das Protokoll sagt %2 (Eintrag #%3)</translation>
    </message>
    <message>
        <source>it was decided by %1 but the log says %2 (entry #%3)</source>
        <translation>entschieden von %1, aber das Protokoll sagt %2 (Eintrag #%3)</translation>
    </message>
    <message>
        <source>it has a decision time (%1) but the log records no decision</source>
        <translation>sie hat einen Entscheidungszeitpunkt (%1), aber das Protokoll verzeichnet keine Entscheidung</translation>
    </message>
    <message>
        <source>it was decided at %1 but the log says %2 (entry #%3)</source>
        <translation>entschieden um %1, aber das Protokoll sagt %2 (Eintrag #%3)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>it was decided at %1 but the log&apos;s entry #%2 was written at %3</source>
        <translation>entschieden um %1, aber Eintrag #%2 des Protokolls wurde um %3 geschrieben</translation>
    </message>
    <message>
        <source>its approval comment &quot;%1&quot; differs from the log&apos;s &quot;%2&quot; (entry #%3)</source>
        <translation>ihr Freigabekommentar &quot;%1&quot; weicht von dem des Protokolls ab: &quot;%2&quot; (Eintrag #%3)</translation>
    </message>
    <message>
        <source>its model card differs from the one the log recorded (entry #%1)</source>
        <translation>ihre Modellkarte weicht von der im Protokoll verzeichneten ab (Eintrag #%1)</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more difference(s))</source>
        <translation>
            <numerusform> (und %n weiterer Unterschied)</numerusform>
            <numerusform> (und %n weitere Unterschiede)</numerusform>
        </translation>
    </message>
    <message>
        <source>model version %1 has no model.register entry in the audit log: it was added to the registry outside the studio</source>
        <translation>Modellversion %1 hat keinen model.register-Eintrag im Audit-Protokoll: Sie wurde außerhalb des Studios in die Registry eingetragen</translation>
    </message>
    <message>
        <source>model version %1 does not match the audit log: %2</source>
        <translation>Modellversion %1 stimmt nicht mit dem Audit-Protokoll überein: %2</translation>
    </message>
    <message>
        <source>alias &apos;%1&apos; of %2 points at version %3, but the audit log never set it</source>
        <translation>Alias &apos;%1&apos; von %2 zeigt auf Version %3, aber das Audit-Protokoll hat ihn nie gesetzt</translation>
    </message>
    <message>
        <source>alias &apos;%1&apos; of %2 points at version %3, but the audit log last moved it to version %4 (entry #%5)</source>
        <translation>Alias &apos;%1&apos; von %2 zeigt auf Version %3, aber das Audit-Protokoll hat ihn zuletzt auf Version %4 verschoben (Eintrag #%5)</translation>
    </message>
    <message>
        <source>model version %1 was registered (audit entry #%2) but is missing from the registry</source>
        <translation>Modellversion %1 wurde registriert (Audit-Eintrag #%2), fehlt aber in der Registry</translation>
    </message>
    <message>
        <source>alias &apos;%1&apos; of %2 was moved to version %3 (audit entry #%4) but is missing from the registry</source>
        <translation>Alias &apos;%1&apos; von %2 wurde auf Version %3 verschoben (Audit-Eintrag #%4), fehlt aber in der Registry</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>its run is %1 but the log registered run %2 (entry #%3)</source>
        <translation>ihr Lauf ist %1, aber das Log hat Lauf %2 registriert (Eintrag #%3)</translation>
    </message>
    <message>
        <source>its pipeline run is %1 but the log registered %2 (entry #%3)</source>
        <translation>ihr Pipeline-Lauf ist %1, aber das Log hat %2 registriert (Eintrag #%3)</translation>
    </message>
    <message>
        <source>its git commit is %1 but the log registered %2 (entry #%3)</source>
        <translation>ihr Git-Commit ist %1, aber das Log hat %2 registriert (Eintrag #%3)</translation>
    </message>
    <message>
        <source>it says its working tree was dirty but the log registered a clean one (entry #%1)</source>
        <translation>laut ihr war der Arbeitsbaum verändert, aber das Log hat einen sauberen registriert (Eintrag #%1)</translation>
    </message>
    <message>
        <source>it says its working tree was clean but the log registered a dirty one (entry #%1)</source>
        <translation>laut ihr war der Arbeitsbaum sauber, aber das Log hat einen veränderten registriert (Eintrag #%1)</translation>
    </message>
    <message>
        <source>its metrics (%1) differ from those the log registered (%2, entry #%3)</source>
        <translation>ihre Metriken (%1) weichen von denen ab, die das Log registriert hat (%2, Eintrag #%3)</translation>
    </message>
    <message>
        <source>its input data (%1) differ from those the log registered (%2, entry #%3)</source>
        <translation>ihre Eingabedaten (%1) weichen von denen ab, die das Log registriert hat (%2, Eintrag #%3)</translation>
    </message>
    <message>
        <source>its description &quot;%1&quot; differs from the one the log registered (&quot;%2&quot;, entry #%3)</source>
        <translation>ihre Beschreibung &quot;%1&quot; weicht von der ab, die das Log registriert hat (&quot;%2&quot;, Eintrag #%3)</translation>
    </message>
    <message>
        <source>alias &apos;%1&apos; of %2 points at version %3, but the audit log last removed it (entry #%4)</source>
        <translation>Alias &apos;%1&apos; von %2 zeigt auf Version %3, aber das Audit-Log hat ihn zuletzt entfernt (Eintrag #%4)</translation>
    </message>
    <message>
        <source>it was registered by %1 but the log says %2 (entry #%3)</source>
        <translation>registriert hat sie %1, das Protokoll nennt aber %2 (Eintrag #%3)</translation>
    </message>
    <message>
        <source>it was registered at %1 but the log says %2 (entry #%3)</source>
        <translation>registriert wurde sie am %1, das Protokoll nennt aber %2 (Eintrag #%3)</translation>
    </message>
    <message>
        <source>it was registered at %1 but the log&apos;s entry #%2 was written at %3</source>
        <translation>registriert wurde sie am %1, Eintrag #%2 des Protokolls wurde aber am %3 geschrieben</translation>
    </message>
    <message>
        <source>its model (%1, %2, %3 bytes, %4) differs from the one the log registered (%5, %6, %7 bytes, %8, entry #%9)</source>
        <translation>ihr Modell (%1, %2, %3 Byte, %4) weicht von dem ab, das das Protokoll registriert hat (%5, %6, %7 Byte, %8, Eintrag #%9)</translation>
    </message>
</context>
<context>
    <name>mlops::RegistryScreen</name>
    <message>
        <source>Model registry</source>
        <translation>Modell-Registry</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unsaved model card</source>
        <translation>Ungespeicherte Modellkarte</translation>
    </message>
    <message>
        <source>Discard the changes to the model card of %1?</source>
        <translation>Die Änderungen an der Modellkarte von %1 verwerfen?</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message numerus="yes">
        <source>%n model group(s)</source>
        <translation>
            <numerusform>%n Modellgruppe</numerusform>
            <numerusform>%n Modellgruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting approval</source>
        <translation>
            <numerusform>%n wartet auf Freigabe</numerusform>
            <numerusform>%n warten auf Freigabe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — registered %2</source>
        <translation>%1 – registriert am %2</translation>
    </message>
    <message>
        <source>No models are registered yet.

A pipeline&apos;s register-model step registers its model, or run:
mlops registry register GROUP --run RUN</source>
        <translation>Noch keine Modelle registriert.

Der Schritt register-model einer Pipeline registriert ihr Modell, oder ausführen:
mlops registry register GRUPPE --run LAUF</translation>
    </message>
    <message>
        <source>You hold the &apos;%1&apos; role for %2: you may approve or reject its versions.</source>
        <translation>Sie haben die Rolle „%1“ für %2: Sie dürfen ihre Versionen freigeben oder ablehnen.</translation>
    </message>
    <message>
        <source>Nobody holds the &apos;%1&apos; role for %2 in mlops.yaml: approving will be refused.</source>
        <translation>Niemand hat in mlops.yaml die Rolle „%1“ für %2: Eine Freigabe wird abgewiesen.</translation>
    </message>
    <message>
        <source>Approving %1 needs the &apos;%2&apos; role, held by %3.</source>
        <translation>Eine Freigabe in %1 braucht die Rolle „%2“, die %3 hat.</translation>
    </message>
    <message>
        <source>Select a model version.</source>
        <translation>Eine Modellversion auswählen.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgewiesen: %1</translation>
    </message>
    <message>
        <source>Approved %1.</source>
        <translation>%1 freigegeben.</translation>
    </message>
    <message>
        <source>Rejected %1.</source>
        <translation>%1 abgelehnt.</translation>
    </message>
    <message>
        <source>Moved %1 from version %2 to %3.</source>
        <translation>%1 von Version %2 auf %3 verschoben.</translation>
    </message>
    <message>
        <source>%1 points at %2.</source>
        <translation>%1 zeigt auf %2.</translation>
    </message>
    <message>
        <source>Saved the model card of %1.</source>
        <translation>Modellkarte von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Acting as &lt;b&gt;%1&lt;/b&gt; (git identity)&lt;br&gt;%2</source>
        <translation>Handelt als &lt;b&gt;%1&lt;/b&gt; (Git-Identität)&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>%1 is already approved; nothing changed.</source>
        <translation>%1 ist bereits freigegeben; nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is already rejected; nothing changed.</source>
        <translation>%1 ist bereits abgelehnt; nichts geändert.</translation>
    </message>
    <message>
        <source>Rejected %1 and removed its aliases: %2.</source>
        <translation>%1 abgelehnt und seine Aliase entfernt: %2.</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>Rejecting %1 also removes its aliases: %2. Nothing will serve through them until they are set on another version.

Reject %1?</source>
        <translation>Wenn Sie %1 ablehnen, werden auch seine Aliase entfernt: %2. Über sie wird nichts mehr bereitgestellt, bis sie auf eine andere Version gesetzt werden.

%1 ablehnen?</translation>
    </message>
    <message>
        <source>git has no %1 configured, so you act as %2; if the role is yours, set them with git config.</source>
        <translation>in git ist kein %1 eingerichtet, daher handeln Sie als %2; wenn die Rolle Ihnen gehört, richten Sie es mit git config ein.</translation>
    </message>
</context>
<context>
    <name>mlops::RenameStep</name>
    <message>
        <source>Rename Step %1 to %2</source>
        <translation>Schritt %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>mlops::RichOutputView</name>
    <message>
        <source>Only the first %1 of %2 table rows are shown here: a table this long would stall the view. The notebook keeps every row.</source>
        <translation>Nur die ersten %1 von %2 Tabellenzeilen werden hier gezeigt: eine so lange Tabelle würde die Ansicht blockieren. Das Notebook behält alle Zeilen.</translation>
    </message>
</context>
<context>
    <name>mlops::RunArtifactsPanel</name>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open job folder</source>
        <translation>Job-Ordner öffnen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Open the folder that holds the selected artifact</source>
        <translation>Den Ordner öffnen, der das gewählte Artefakt enthält</translation>
    </message>
    <message>
        <source>Open the step&apos;s job folder (laid out as SageMaker&apos;s /opt/ml)</source>
        <translation>Den Job-Ordner des Schritts öffnen (aufgebaut wie /opt/ml bei SageMaker)</translation>
    </message>
    <message>
        <source>%1 (folder)</source>
        <translation>%1 (Ordner)</translation>
    </message>
</context>
<context>
    <name>mlops::RunComparisonView</name>
    <message>
        <source>None of these runs has a metric logged at several steps.</source>
        <translation>Keiner dieser Läufe hat eine über mehrere Schritte protokollierte Metrik.</translation>
    </message>
    <message>
        <source>Parameters that differ</source>
        <translation>Abweichende Parameter</translation>
    </message>
    <message>
        <source>Final metrics</source>
        <translation>Endgültige Metriken</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Only parameters that differ</source>
        <translation>Nur abweichende Parameter</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Parameter vs metric</source>
        <translation>Parameter gegen Metrik</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n run(s)</source>
        <translation>
            <numerusform>Vergleich von %n Lauf</numerusform>
            <numerusform>Vergleich von %n Läufen</numerusform>
        </translation>
    </message>
    <message>
        <source>The runs differ in this parameter</source>
        <translation>Die Läufe unterscheiden sich in diesem Parameter</translation>
    </message>
    <message>
        <source>Pick a parameter and a metric</source>
        <translation>Einen Parameter und eine Metrik wählen</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>No run has both %1 and %2</source>
        <translation>Kein Lauf hat sowohl %1 als auch %2</translation>
    </message>
    <message>
        <source>None of these runs logged a metric.</source>
        <translation>Keiner dieser Läufe hat eine Metrik protokolliert.</translation>
    </message>
    <message>
        <source>The best value of a metric is in bold where its name says which way is better: lowest for losses, errors and times; highest for accuracy, AUC, F1, precision, recall, R² and scores. Other metrics (counts, sizes) are not ranked.</source>
        <translation>Der beste Wert einer Metrik ist fett, wo ihr Name sagt, welche Richtung besser ist: der niedrigste bei Verlusten, Fehlern und Zeiten; der höchste bei Accuracy, AUC, F1, Precision, Recall, R² und Scores. Andere Metriken (Anzahlen, Größen) werden nicht bewertet.</translation>
    </message>
    <message>
        <source>%1: lower is better; the lowest value is in bold</source>
        <translation>%1: niedriger ist besser; der niedrigste Wert ist fett</translation>
    </message>
    <message>
        <source>%1: higher is better; the highest value is in bold</source>
        <translation>%1: höher ist besser; der höchste Wert ist fett</translation>
    </message>
    <message>
        <source>%1: no value is marked best, as its name does not say whether higher or lower is better</source>
        <translation>%1: kein Wert ist als bester markiert, da der Name nicht sagt, ob höher oder niedriger besser ist</translation>
    </message>
    <message>
        <source>the lowest of these runs</source>
        <translation>der niedrigste dieser Läufe</translation>
    </message>
    <message>
        <source>the highest of these runs</source>
        <translation>der höchste dieser Läufe</translation>
    </message>
</context>
<context>
    <name>mlops::RunDetails</name>
    <message>
        <source>the recorded diff %1 is not in the artifact cache any more</source>
        <translation>der aufgezeichnete Diff %1 ist nicht mehr im Artefakt-Cache</translation>
    </message>
</context>
<context>
    <name>mlops::RunDetailsView</name>
    <message>
        <source>pipeline execution</source>
        <translation>Pipeline-Ausführung</translation>
    </message>
    <message>
        <source>notebook run</source>
        <translation>Notebook-Lauf</translation>
    </message>
    <message>
        <source>step run</source>
        <translation>Schrittlauf</translation>
    </message>
    <message>
        <source>%1 step</source>
        <translation>Schritt (%1)</translation>
    </message>
    <message>
        <source>Select a run to see its details, or several runs to compare them.</source>
        <translation>Einen Lauf wählen, um seine Details zu sehen, oder mehrere, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Final value</source>
        <translation>Endwert</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Protokolliert von</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Double-click a step to open its run</source>
        <translation>Doppelklick auf einen Schritt öffnet seinen Lauf</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Final metrics</source>
        <translation>Endgültige Metriken</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>Git</source>
        <translation>Git</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <source>runner %1</source>
        <translation>Runner %1</translation>
    </message>
    <message>
        <source>commit %1 on %2, with uncommitted changes</source>
        <translation>Commit %1 auf %2, mit nicht committeten Änderungen</translation>
    </message>
    <message>
        <source>commit %1 on %2</source>
        <translation>Commit %1 auf %2</translation>
    </message>
    <message>
        <source>Step of %1</source>
        <translation>Schritt von %1</translation>
    </message>
    <message>
        <source>Cache hit: reused the result of run %1</source>
        <translation>Cache-Treffer: das Ergebnis von Lauf %1 wurde wiederverwendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Failure: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>hyperparameter</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <source>hyperparameter · %1</source>
        <translation>Hyperparameter · %1</translation>
    </message>
    <message>
        <source>hit (from %1)</source>
        <translation>Treffer (von %1)</translation>
    </message>
    <message>
        <source>This run was not made in a git repository.</source>
        <translation>Dieser Lauf entstand nicht in einem Git-Repository.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Commit&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt; on branch &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Commit&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt; auf Branch &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The working tree was clean: checking out this commit reproduces the run.</source>
        <translation>Das Arbeitsverzeichnis war sauber: Wer diesen Commit auscheckt, kann den Lauf wiederholen.</translation>
    </message>
    <message>
        <source>The working tree had uncommitted changes; they are recorded below.</source>
        <translation>Das Arbeitsverzeichnis hatte nicht committete Änderungen; sie sind unten aufgezeichnet.</translation>
    </message>
    <message>
        <source>The working tree had uncommitted changes (only untracked files).</source>
        <translation>Das Arbeitsverzeichnis hatte nicht committete Änderungen (nur nicht versionierte Dateien).</translation>
    </message>
    <message>
        <source>[… the diff is longer; shown up to 2 MB]</source>
        <translation>[… der Diff ist länger; gezeigt werden bis zu 2 MB]</translation>
    </message>
</context>
<context>
    <name>mlops::RunDialog</name>
    <message>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>As the pipeline says (%1)</source>
        <translation>Wie in der Pipeline angegeben (%1)</translation>
    </message>
    <message>
        <source>Every step with %1</source>
        <translation>Jeden Schritt mit %1</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Runner</translation>
    </message>
    <message>
        <source>Run every step, reuse no cached result</source>
        <translation>Jeden Schritt ausführen, keine Ergebnisse aus dem Cache wiederverwenden</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>one per core (%1)</source>
        <translation>einer pro Kern (%1)</translation>
    </message>
    <message>
        <source>Steps at once</source>
        <translation>Schritte gleichzeitig</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <source>%1 must be a whole number (its default is %2)</source>
        <translation>%1 muss eine ganze Zahl sein (sein Standardwert ist %2)</translation>
    </message>
</context>
<context>
    <name>mlops::RunFilter</name>
    <message>
        <source>unexpected &apos;%1&apos; at column %2</source>
        <translation>unerwartetes &apos;%1&apos; in Spalte %2</translation>
    </message>
    <message>
        <source>the text starting at column %1 has no closing %2</source>
        <translation>dem Text ab Spalte %1 fehlt das schließende %2</translation>
    </message>
    <message>
        <source>&apos;)&apos; at column %1 has no matching &apos;(&apos;</source>
        <translation>zu &apos;)&apos; in Spalte %1 gibt es kein &apos;(&apos;</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; at column %2: join conditions with &apos;and&apos; or &apos;or&apos;</source>
        <translation>unerwartetes &apos;%1&apos; in Spalte %2: Bedingungen mit &apos;and&apos; oder &apos;or&apos; verbinden</translation>
    </message>
    <message>
        <source>empty parentheses at column %1</source>
        <translation>leere Klammern in Spalte %1</translation>
    </message>
    <message>
        <source>the &apos;(&apos; at column %1 is never closed</source>
        <translation>die &apos;(&apos; in Spalte %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>the filter is empty</source>
        <translation>der Filter ist leer</translation>
    </message>
    <message>
        <source>the filter ends too early: a condition is missing after &apos;%1&apos;</source>
        <translation>der Filter endet zu früh: nach &apos;%1&apos; fehlt eine Bedingung</translation>
    </message>
    <message>
        <source>expected a metric, a parameter or a run field at column %1, not &apos;%2&apos;</source>
        <translation>in Spalte %1 wird eine Metrik, ein Parameter oder ein Laufattribut erwartet, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos; at column %2</source>
        <translation>nach &apos;%1&apos; in Spalte %2 wird ein Wert erwartet</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos; at column %2, not &apos;%3&apos;</source>
        <translation>nach &apos;%1&apos; in Spalte %2 wird ein Wert erwartet, nicht &apos;%3&apos;</translation>
    </message>
</context>
<context>
    <name>mlops::RunFilterBar</name>
    <message>
        <source>Search name, id, commit…</source>
        <translation>Name, ID, Commit suchen …</translation>
    </message>
    <message>
        <source>Filter, e.g. accuracy &gt; 0.9 and status = Completed</source>
        <translation>Filter, z. B. accuracy &gt; 0.9 and status = Completed</translation>
    </message>
    <message>
        <source>&lt;p&gt;Conditions on final metrics, parameters and run fields, joined with &lt;b&gt;and&lt;/b&gt;, &lt;b&gt;or&lt;/b&gt;, &lt;b&gt;not&lt;/b&gt; and parentheses:&lt;/p&gt;&lt;p&gt;&lt;code&gt;accuracy &amp;gt; 0.9 and n_estimators &amp;gt;= 100&lt;/code&gt;&lt;br&gt;&lt;code&gt;status = Failed or duration &amp;gt; 5m&lt;/code&gt;&lt;br&gt;&lt;code&gt;name ~ train and not cached&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Operators: = != &amp;lt; &amp;lt;= &amp;gt; &amp;gt;= and ~ (contains). Run fields: %1. Write &lt;code&gt;metrics.x&lt;/code&gt; or &lt;code&gt;params.x&lt;/code&gt; when a name is both; quote other names with backquotes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bedingungen an endgültige Metriken, Parameter und Laufattribute, verbunden mit &lt;b&gt;and&lt;/b&gt;, &lt;b&gt;or&lt;/b&gt;, &lt;b&gt;not&lt;/b&gt; und Klammern:&lt;/p&gt;&lt;p&gt;&lt;code&gt;accuracy &amp;gt; 0.9 and n_estimators &amp;gt;= 100&lt;/code&gt;&lt;br&gt;&lt;code&gt;status = Failed or duration &amp;gt; 5m&lt;/code&gt;&lt;br&gt;&lt;code&gt;name ~ train and not cached&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Operatoren: = != &amp;lt; &amp;lt;= &amp;gt; &amp;gt;= und ~ (enthält). Laufattribute: %1. &lt;code&gt;metrics.x&lt;/code&gt; oder &lt;code&gt;params.x&lt;/code&gt; schreiben, wenn ein Name beides ist; andere Namen in Backquotes setzen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Top-level runs</source>
        <translation>Läufe der obersten Ebene</translation>
    </message>
    <message>
        <source>Pipeline executions</source>
        <translation>Pipeline-Ausführungen</translation>
    </message>
    <message>
        <source>Step runs</source>
        <translation>Schrittläufe</translation>
    </message>
    <message>
        <source>Notebook runs</source>
        <translation>Notebook-Läufe</translation>
    </message>
    <message>
        <source>Steps and notebooks</source>
        <translation>Schritte und Notebooks</translation>
    </message>
    <message>
        <source>All runs, flat</source>
        <translation>Alle Läufe, flach</translation>
    </message>
    <message>
        <source>Which runs to list: top level (pipeline executions, with their steps when expanded, and notebook runs), or one kind, flat</source>
        <translation>Welche Läufe angezeigt werden: die oberste Ebene (Pipeline-Ausführungen, aufgeklappt mit ihren Schritten, und Notebook-Läufe) oder eine Art, flach</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any pipeline</source>
        <translation>Jede Pipeline</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the parameters and final metrics shown as columns</source>
        <translation>Die Parameter und endgültigen Metriken wählen, die als Spalten erscheinen</translation>
    </message>
    <message>
        <source>(none recorded yet)</source>
        <translation>(noch keine aufgezeichnet)</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Final metrics</source>
        <translation>Endgültige Metriken</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::RunHistory</name>
    <message>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
</context>
<context>
    <name>mlops::RunLogPanel</name>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>Standard error</source>
        <translation>Standardfehler</translation>
    </message>
    <message>
        <source>Keep showing new lines while the step runs</source>
        <translation>Neue Zeilen anzeigen, solange der Schritt läuft</translation>
    </message>
    <message>
        <source>This run has no logs.</source>
        <translation>Dieser Lauf hat keine Protokolle.</translation>
    </message>
    <message>
        <source>No log yet</source>
        <translation>Noch kein Protokoll</translation>
    </message>
    <message>
        <source>Showing the end of the log</source>
        <translation>Das Ende des Protokolls wird gezeigt</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>mlops::RunPanel</name>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>The step&apos;s output appears here.</source>
        <translation>Hier erscheint die Ausgabe des Schritts.</translation>
    </message>
    <message>
        <source>The run did not start: %1</source>
        <translation>Der Lauf wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>No run yet. Press Run (F5) to run the pipeline; each step&apos;s status, duration, cache hit and log show here and on the canvas.</source>
        <translation>Noch kein Lauf. Drücken Sie „Ausführen“ (F5), um die Pipeline auszuführen; Status, Dauer, Cache-Treffer und Protokoll jedes Schritts erscheinen hier und auf der Zeichenfläche.</translation>
    </message>
    <message>
        <source>Last run %1</source>
        <translation>Letzter Lauf %1</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten fertig</translation>
    </message>
    <message>
        <source>Select a step to see its log and metrics</source>
        <translation>Wählen Sie einen Schritt, um sein Protokoll und seine Metriken zu sehen</translation>
    </message>
    <message>
        <source>(results of run %1)</source>
        <translation>(Ergebnisse von Lauf %1)</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
</context>
<context>
    <name>mlops::RunQuery</name>
    <message>
        <source>no run has a metric named &apos;%1&apos;%2</source>
        <translation>kein Lauf hat eine Metrik namens &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>no run has a parameter named &apos;%1&apos;%2</source>
        <translation>kein Lauf hat einen Parameter namens &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a metric, a parameter or a run field%2; run fields are: %3</source>
        <translation>&apos;%1&apos; ist weder Metrik noch Parameter noch Laufattribut%2; Laufattribute sind: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs a comparison, e.g. %1 = value</source>
        <translation>&apos;%1&apos; braucht einen Vergleich, z. B. %1 = Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is text: compare it with =, != or ~ (contains), not %2</source>
        <translation>&apos;%1&apos; ist Text: mit =, != oder ~ (enthält) vergleichen, nicht mit %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a number: compare it with =, !=, &lt;, &lt;=, &gt; or &gt;=</source>
        <translation>&apos;%1&apos; ist eine Zahl: mit =, !=, &lt;, &lt;=, &gt; oder &gt;= vergleichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is true or false: write &apos;%1&apos;, &apos;not %1&apos; or &apos;%1 = false&apos;</source>
        <translation>&apos;%1&apos; ist wahr oder falsch: &apos;%1&apos;, &apos;not %1&apos; oder &apos;%1 = false&apos; schreiben</translation>
    </message>
    <message>
        <source>&apos;duration&apos; compares with a time, e.g. duration &gt; 5m or duration &lt; 30s</source>
        <translation>&apos;duration&apos; wird mit einer Zeit verglichen, z. B. duration &gt; 5m oder duration &lt; 30s</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a number: compare it with a number, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ist eine Zahl: mit einer Zahl vergleichen, nicht mit &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a metric: compare it with a number, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ist eine Metrik: mit einer Zahl vergleichen, nicht mit &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a metric: compare it with =, !=, &lt;, &lt;=, &gt; or &gt;=</source>
        <translation>&apos;%1&apos; ist eine Metrik: mit =, !=, &lt;, &lt;=, &gt; oder &gt;= vergleichen</translation>
    </message>
    <message>
        <source>%1 compares numbers; &apos;%2&apos; is not a number</source>
        <translation>%1 vergleicht Zahlen; &apos;%2&apos; ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>mlops::RunReproducer</name>
    <message>
        <source>run %1 is a %2 run; only pipeline executions can be reproduced</source>
        <translation>Lauf %1 ist ein %2-Lauf; nur Pipeline-Ausführungen können reproduziert werden</translation>
    </message>
    <message>
        <source>run %1 has no git commit to reproduce it from</source>
        <translation>Lauf %1 hat keinen Git-Commit, von dem aus er reproduziert werden kann</translation>
    </message>
    <message>
        <source>run %1 names no pipeline file</source>
        <translation>Lauf %1 nennt keine Pipeline-Datei</translation>
    </message>
    <message>
        <source>commit %1 of run %2 is not in this repository any more</source>
        <translation>Commit %1 von Lauf %2 ist nicht mehr in diesem Repository</translation>
    </message>
    <message>
        <source>creating a git worktree at commit %1: %2</source>
        <translation>beim Erstellen eines Git-Worktrees bei Commit %1: %2</translation>
    </message>
    <message>
        <source>the uncommitted changes of run %1 are not in the cache</source>
        <translation>die nicht committeten Änderungen von Lauf %1 sind nicht im Cache</translation>
    </message>
    <message>
        <source>applied the run&apos;s uncommitted changes</source>
        <translation>die nicht committeten Änderungen des Laufs angewendet</translation>
    </message>
    <message>
        <source>the pipeline at commit %1 is not valid any more: %2</source>
        <translation>die Pipeline bei Commit %1 ist nicht mehr gültig: %2</translation>
    </message>
    <message>
        <source>running %1 as run %2</source>
        <translation>%1 wird als Lauf %2 ausgeführt</translation>
    </message>
    <message>
        <source>the run read %1 (%2, sha256 %3), and its content is not in this workspace&apos;s cache (it was added on another machine, or the cache was cleared); nothing was run</source>
        <translation>der Lauf las %1 (%2, sha256 %3), und sein Inhalt ist nicht im Cache dieses Workspaces (er wurde auf einem anderen Rechner hinzugefügt, oder der Cache wurde geleert); nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>versioned data</source>
        <translation>versionierte Daten</translation>
    </message>
    <message>
        <source>not in git at the run&apos;s commit</source>
        <translation>nicht in Git beim Commit des Laufs</translation>
    </message>
    <message>
        <source>the reproduction was cancelled before it ran</source>
        <translation>die Reproduktion wurde abgebrochen, bevor sie lief</translation>
    </message>
</context>
<context>
    <name>mlops::RunStatus</name>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>mlops::RunStore</name>
    <message>
        <source>run id &apos;%1&apos; is too short: give at least 4 characters</source>
        <translation>Lauf-ID „%1“ ist zu kurz: Geben Sie mindestens 4 Zeichen an</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a run id (run ids are hexadecimal)</source>
        <translation>„%1“ ist keine Lauf-ID (Lauf-IDs sind hexadezimal)</translation>
    </message>
    <message>
        <source>no run with id &apos;%1&apos;</source>
        <translation>kein Lauf mit der ID „%1“</translation>
    </message>
    <message>
        <source>no run with row id %1</source>
        <translation>kein Lauf mit der Zeilen-ID %1</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>and more</source>
        <translation>und weitere</translation>
    </message>
    <message>
        <source>run id &apos;%1&apos; is ambiguous: it could be %2; give more characters</source>
        <translation>Lauf-ID &apos;%1&apos; ist mehrdeutig: gemeint sein könnte %2; geben Sie mehr Zeichen an</translation>
    </message>
</context>
<context>
    <name>mlops::RunTableModel</name>
    <message>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>step · %1</source>
        <translation>Schritt · %1</translation>
    </message>
    <message>
        <source>notebook</source>
        <translation>Notebook</translation>
    </message>
    <message>
        <source>%1-dirty</source>
        <translation>%1-geändert</translation>
    </message>
    <message>
        <source>%1/%2 cached</source>
        <translation>%1/%2 aus dem Cache</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>%1 with uncommitted changes</source>
        <translation>%1 mit nicht committeten Änderungen</translation>
    </message>
    <message>
        <source>The result of an earlier run was reused</source>
        <translation>Das Ergebnis eines früheren Laufs wurde wiederverwendet</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>Final value of metric %1</source>
        <translation>Endwert der Metrik %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
</context>
<context>
    <name>mlops::RunTracker</name>
    <message>
        <source>cannot register the metric &apos;%1&apos;</source>
        <translation>Die Metrik „%1“ kann nicht registriert werden</translation>
    </message>
</context>
<context>
    <name>mlops::ServeRunnerRegistry</name>
    <message>
        <source>model folder not found: %1</source>
        <translation>Modellordner nicht gefunden: %1</translation>
    </message>
    <message>
        <source>inference code not found: %1</source>
        <translation>Inferenz-Code nicht gefunden: %1</translation>
    </message>
    <message>
        <source>bubblewrap (bwrap) is not installed: apt-get install bubblewrap</source>
        <translation>bubblewrap (bwrap) ist nicht installiert: apt-get install bubblewrap</translation>
    </message>
    <message>
        <source>unknown runner &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannter Runner „%1“ (einer von: %2)</translation>
    </message>
</context>
<context>
    <name>mlops::SetPipelineInfo</name>
    <message>
        <source>Change Pipeline %1</source>
        <translation>Pipeline-%1 ändern</translation>
    </message>
</context>
<context>
    <name>mlops::StepNodeItem</name>
    <message>
        <source>Drop a connection here to make this step run after another</source>
        <translation>Eine Verbindung hier ablegen, damit dieser Schritt nach einem anderen läuft</translation>
    </message>
    <message>
        <source>Drag to a step that should run after this one (depends_on)</source>
        <translation>Zu einem Schritt ziehen, der nach diesem laufen soll (depends_on)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output (drag to a step to feed it)</source>
        <translation>Ausgabe (zu einem Schritt ziehen, um ihn zu speisen)</translation>
    </message>
    <message>
        <source>The trained model (drag to a step to feed it)</source>
        <translation>Das trainierte Modell (zu einem Schritt ziehen, um ihn zu speisen)</translation>
    </message>
    <message>
        <source>Property: a value from a JSON file the step writes</source>
        <translation>Eigenschaft: ein Wert aus einer JSON-Datei, die der Schritt schreibt</translation>
    </message>
    <message>
        <source>Steps that run when the condition is true</source>
        <translation>Schritte, die laufen, wenn die Bedingung wahr ist</translation>
    </message>
    <message>
        <source>Steps that run when the condition is false</source>
        <translation>Schritte, die laufen, wenn die Bedingung falsch ist</translation>
    </message>
    <message>
        <source>Reads %1</source>
        <translation>Liest %1</translation>
    </message>
</context>
<context>
    <name>mlops::StepPalette</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Drag onto the canvas, or double-click.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;&lt;i&gt;Auf die Zeichenfläche ziehen oder doppelklicken.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>mlops::StepPropertiesPanel</name>
    <message>
        <source>Type in the last row to add; clear a name or press Delete to remove</source>
        <translation>In der letzten Zeile tippen, um hinzuzufügen; Namen leeren oder Entf drücken, um zu entfernen</translation>
    </message>
    <message>
        <source>Cannot rename %1 to &apos;%2&apos;: the name is taken or not valid (letters, digits, _ and -, starting with a letter)</source>
        <translation>%1 kann nicht in „%2“ umbenannt werden: der Name ist vergeben oder ungültig (Buchstaben, Ziffern, _ und -, beginnend mit einem Buchstaben)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Command not changed: %1</source>
        <translation>Befehl nicht geändert: %1</translation>
    </message>
    <message>
        <source>python src/train.py --epochs ${parameters.epochs}</source>
        <translation>python src/train.py --epochs ${parameters.epochs}</translation>
    </message>
    <message>
        <source>Arguments as you would type them; quotes keep spaces. No shell runs the command. A leading python is the workspace&apos;s interpreter.</source>
        <translation>Argumente so, wie Sie sie tippen würden; Anführungszeichen erhalten Leerzeichen. Keine Shell führt den Befehl aus. Ein führendes python ist der Interpreter des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>none yet, e.g. train, test</source>
        <translation>noch keine, z. B. train, test</translation>
    </message>
    <message>
        <source>Pipeline default</source>
        <translation>Standard der Pipeline</translation>
    </message>
    <message>
        <source>folder with a Dockerfile</source>
        <translation>Ordner mit einem Dockerfile</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Memory not changed: &apos;%1&apos; is not a size such as 512m or 4g</source>
        <translation>Speicher nicht geändert: „%1“ ist keine Größe wie 512m oder 4g</translation>
    </message>
    <message>
        <source>no limit (e.g. 4g)</source>
        <translation>keine Grenze (z. B. 4g)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Timeout not changed: &apos;%1&apos; is not a duration such as 30m, 90s or PT1H</source>
        <translation>Zeitlimit nicht geändert: „%1“ ist keine Dauer wie 30m, 90s oder PT1H</translation>
    </message>
    <message>
        <source>pipeline default</source>
        <translation>Standard der Pipeline</translation>
    </message>
    <message>
        <source>Reuse results</source>
        <translation>Ergebnisse wiederverwenden</translation>
    </message>
    <message>
        <source>Always run</source>
        <translation>Immer ausführen</translation>
    </message>
    <message>
        <source>Cache expiry not changed: &apos;%1&apos; is not a duration such as P7D or 12h</source>
        <translation>Cache-Ablauf nicht geändert: „%1“ ist keine Dauer wie P7D oder 12h</translation>
    </message>
    <message>
        <source>never expires (e.g. 7d)</source>
        <translation>läuft nie ab (z. B. 7d)</translation>
    </message>
    <message>
        <source>Allow network access</source>
        <translation>Netzwerkzugriff erlauben</translation>
    </message>
    <message>
        <source>the script&apos;s folder</source>
        <translation>der Ordner des Skripts</translation>
    </message>
    <message>
        <source>steps to wait for, besides the data</source>
        <translation>Schritte, auf die zusätzlich zu den Daten gewartet wird</translation>
    </message>
    <message>
        <source>${steps.evaluate.properties.report.accuracy} &gt;= ${parameters.min_accuracy}</source>
        <translation>${steps.evaluate.properties.report.accuracy} &gt;= ${parameters.min_accuracy}</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Then run</source>
        <translation>Dann ausführen</translation>
    </message>
    <message>
        <source>Else run</source>
        <translation>Sonst ausführen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Runner</source>
        <translation>Runner</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>CPUs, memory, GPUs</source>
        <translation>CPUs, Speicher, GPUs</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Code folder</source>
        <translation>Code-Ordner</translation>
    </message>
    <message>
        <source>Runs after</source>
        <translation>Läuft nach</translation>
    </message>
    <message>
        <source>No step selected</source>
        <translation>Kein Schritt ausgewählt</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Pipeline default (%1)</source>
        <translation>Standard der Pipeline (%1)</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>container runners only</source>
        <translation>nur für Container-Runner</translation>
    </message>
    <message>
        <source>A condition compares parameters and properties of earlier steps, e.g. ${steps.evaluate.properties.report.accuracy} &gt;= 0.9</source>
        <translation>Eine Bedingung vergleicht Parameter und Eigenschaften früherer Schritte, z. B. ${steps.evaluate.properties.report.accuracy} &gt;= 0.9</translation>
    </message>
    <message>
        <source>valid condition</source>
        <translation>gültige Bedingung</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Type default</source>
        <translation>Standard des Typs</translation>
    </message>
    <message>
        <source>Dockerfile not set: first name the build folder that holds it</source>
        <translation>Dockerfile nicht gesetzt: nennen Sie zuerst den Build-Ordner, der es enthält</translation>
    </message>
</context>
<context>
    <name>mlops::StepTableModel</name>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>the regex needs a group around the value, e.g. accuracy=([0-9.]+)</source>
        <translation>der reguläre Ausdruck braucht eine Gruppe um den Wert, z. B. accuracy=([0-9.]+)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid name (letters, digits, _ and -, starting with a letter)</source>
        <translation>„%1“ ist kein gültiger Name (Buchstaben, Ziffern, _ und -, beginnend mit einem Buchstaben)</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen …</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Path or ${steps…} reference</source>
        <translation>Pfad oder ${steps…}-Verweis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Regex (first group is the value)</source>
        <translation>Regex (erste Gruppe ist der Wert)</translation>
    </message>
    <message>
        <source>JSON file in an output</source>
        <translation>JSON-Datei in einer Ausgabe</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
</context>
<context>
    <name>mlops::StepType</name>
    <message>
        <source>Runs a command on inputs and writes outputs (data preparation, evaluation)</source>
        <translation>Führt einen Befehl auf Eingaben aus und schreibt Ausgaben (Datenaufbereitung, Auswertung)</translation>
    </message>
    <message>
        <source>Trains a model from input channels and writes it to the model folder</source>
        <translation>Trainiert ein Modell aus Eingabekanälen und schreibt es in den Modellordner</translation>
    </message>
    <message>
        <source>Chooses a branch by comparing parameters and properties of earlier steps</source>
        <translation>Wählt einen Zweig durch Vergleich von Parametern und Eigenschaften früherer Schritte</translation>
    </message>
    <message>
        <source>Stops the pipeline as failed, with a message</source>
        <translation>Beendet die Pipeline als fehlgeschlagen, mit einer Meldung</translation>
    </message>
</context>
<context>
    <name>mlops::StepTypeStyle</name>
    <message>
        <source>Cached</source>
        <translation>Aus dem Cache</translation>
    </message>
</context>
<context>
    <name>mlops::Store</name>
    <message>
        <source>cannot create the folder of the store</source>
        <translation>Der Ordner des Speichers kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>this store was written by a newer MLOps Studio (schema migration &apos;%1&apos; is unknown to this version); upgrade the studio</source>
        <translation>Dieser Speicher wurde von einem neueren MLOps Studio geschrieben (die Schemamigration „%1“ kennt diese Version nicht); aktualisieren Sie das Studio</translation>
    </message>
    <message>
        <source>schema migration %1 failed: %2</source>
        <translation>Schemamigration %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the program running it stopped unexpectedly</source>
        <translation>Das ausführende Programm wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>not started: the program running the pipeline stopped unexpectedly</source>
        <translation>nicht gestartet: Das Programm, das die Pipeline ausführte, wurde unerwartet beendet</translation>
    </message>
</context>
<context>
    <name>mlops::Suggest</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (meinten Sie „%1“?)</translation>
    </message>
</context>
<context>
    <name>mlops::TextOutputView</name>
    <message>
        <source> … [the line goes on; only its first %L1 characters are shown]</source>
        <translation> … [die Zeile geht weiter; nur ihre ersten %L1 Zeichen werden gezeigt]</translation>
    </message>
</context>
<context>
    <name>mlops::Tour</name>
    <message>
        <source>tour: cannot open %1: %2</source>
        <translation>Tour: %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>tour: %1 was still loading after %2 s; capturing it as is</source>
        <translation>Tour: %1 lud nach %2 s noch; wird so aufgenommen, wie es ist</translation>
    </message>
    <message>
        <source>tour: cannot write %1</source>
        <translation>Tour: %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>mlops::VersionDetailPanel</name>
    <message>
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>alias, e.g. champion</source>
        <translation>Alias, z. B. champion</translation>
    </message>
    <message>
        <source>Set alias</source>
        <translation>Alias setzen</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>Modellkarte</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Select a model version.</source>
        <translation>Eine Modellversion auswählen.</translation>
    </message>
    <message>
        <source> · pipeline run &lt;code&gt;%1&lt;/code&gt;</source>
        <translation> · Pipeline-Lauf &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>(%1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b45309&apos;&gt;with uncommitted changes&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b45309&apos;&gt;mit nicht committeten Änderungen&lt;/span&gt;</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>sauber</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>awaiting a decision</source>
        <translation>wartet auf eine Entscheidung</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 von %2, %3</translation>
    </message>
    <message>
        <source>no input data was recorded</source>
        <translation>es wurden keine Eingabedaten aufgezeichnet</translation>
    </message>
    <message>
        <source>audit entry #%1, hash %2</source>
        <translation>Audit-Eintrag #%1, Hash %2</translation>
    </message>
    <message>
        <source>Comment for the audit log</source>
        <translation>Kommentar für das Audit-Protokoll</translation>
    </message>
    <message>
        <source>Why you approve or reject this version; recorded with the decision in the audit log</source>
        <translation>Warum Sie diese Version freigeben oder ablehnen; wird mit der Entscheidung im Audit-Protokoll festgehalten</translation>
    </message>
</context>
<context>
    <name>mlops::WelcomeScreen</name>
    <message>
        <source>MLOps Studio</source>
        <translation>MLOps Studio</translation>
    </message>
    <message>
        <source>Experiment in notebooks, design pipelines, track every run and review lineage — on your own machine, in your own git repository.</source>
        <translation>In Notebooks experimentieren, Pipelines entwerfen, jeden Lauf verfolgen und die Herkunft prüfen — auf dem eigenen Rechner, im eigenen Git-Repository.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>New demo workspace…</source>
        <translation>Neuer Demo-Arbeitsbereich…</translation>
    </message>
    <message>
        <source>New empty workspace…</source>
        <translation>Neuer leerer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>A folder with an mlops.yaml, or a git repository you initialised with &apos;mlops init&apos;.</source>
        <translation>Ein Ordner mit einer mlops.yaml oder ein Git-Repository, das Sie mit „mlops init“ eingerichtet haben.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Workspaces you open appear here.</source>
        <translation>Arbeitsbereiche, die Sie öffnen, erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>mlops::Workspace</name>
    <message>
        <source>no such folder</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <source>not an MLOps Studio workspace: there is no %1 here (create one with &apos;mlops init&apos;)</source>
        <translation>kein MLOps-Studio-Arbeitsbereich: Hier gibt es keine %1 (legen Sie einen mit „mlops init“ an)</translation>
    </message>
    <message>
        <source>no MLOps Studio workspace found: there is no %1 in this folder or any folder above it (use -C DIR, or create one with &apos;mlops init&apos;)</source>
        <translation>kein MLOps-Studio-Arbeitsbereich gefunden: Weder in diesem Ordner noch in einem darüber gibt es eine %1 (verwenden Sie -C DIR oder legen Sie einen mit „mlops init“ an)</translation>
    </message>
</context>
<context>
    <name>mlops::WorkspaceFacts</name>
    <message>
        <source>it has no endpoint.json</source>
        <translation>es hat keine endpoint.json</translation>
    </message>
    <message>
        <source>its endpoint.json cannot be read</source>
        <translation>seine endpoint.json kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>its endpoint.json is not a JSON object</source>
        <translation>seine endpoint.json ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>its endpoint.json does not name the endpoint &apos;%1&apos; (&quot;name&quot;)</source>
        <translation>seine endpoint.json nennt den Endpoint &apos;%1&apos; nicht (&quot;name&quot;)</translation>
    </message>
    <message>
        <source>its endpoint.json lists no variants</source>
        <translation>seine endpoint.json führt keine Varianten auf</translation>
    </message>
    <message>
        <source>a variant in its endpoint.json names no model version (&quot;model&quot;: &quot;GROUP/VERSION&quot;)</source>
        <translation>eine Variante in seiner endpoint.json nennt keine Modellversion (&quot;model&quot;: &quot;GROUP/VERSION&quot;)</translation>
    </message>
    <message>
        <source>%1 (only for %2)</source>
        <translation>%1 (nur für %2)</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>Endpoint %1</translation>
    </message>
</context>
<context>
    <name>mlops::WorkspaceInitializer</name>
    <message>
        <source>the template&apos;s data generator is missing</source>
        <translation>Der Datengenerator der Vorlage fehlt</translation>
    </message>
    <message>
        <source>cannot produce the %1 data set: the Python interpreter %2 does not exist or is not executable (install python3-sklearn, or pass --python)</source>
        <translation>Der Datensatz %1 kann nicht erzeugt werden: Der Python-Interpreter %2 existiert nicht oder ist nicht ausführbar (installieren Sie python3-sklearn oder geben Sie --python an)</translation>
    </message>
    <message>
        <source>cannot produce the %1 data set: %2 did not start: %3</source>
        <translation>Der Datensatz %1 kann nicht erzeugt werden: %2 startete nicht: %3</translation>
    </message>
    <message>
        <source>cannot produce the %1 data set: %2 did not finish within 3 minutes</source>
        <translation>Der Datensatz %1 kann nicht erzeugt werden: %2 wurde nicht innerhalb von 3 Minuten fertig</translation>
    </message>
    <message>
        <source>cannot produce the %1 data set with %2: %3</source>
        <translation>Der Datensatz %1 kann mit %2 nicht erzeugt werden: %3</translation>
    </message>
    <message>
        <source>the generator failed</source>
        <translation>Der Generator ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos; (one of: %2)%3</source>
        <translation>unbekannte Vorlage „%1“ (eine von: %2)%3</translation>
    </message>
    <message>
        <source>no folder given for the new workspace</source>
        <translation>kein Ordner für den neuen Arbeitsbereich angegeben</translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation>existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>already an MLOps Studio workspace (it has an %1)</source>
        <translation>bereits ein MLOps-Studio-Arbeitsbereich (er hat eine %1)</translation>
    </message>
    <message>
        <source>the folder is not empty and is not in a git repository; refusing to create a workspace in it (use an empty or new folder, or a git repository)</source>
        <translation>Der Ordner ist nicht leer und liegt in keinem Git-Repository; darin wird kein Arbeitsbereich angelegt (verwenden Sie einen leeren oder neuen Ordner oder ein Git-Repository)</translation>
    </message>
    <message>
        <source>would overwrite existing files: %1; nothing was changed</source>
        <translation>Vorhandene Dateien würden überschrieben: %1; nichts wurde geändert</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot update the file</source>
        <translation>Die Datei kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot move a new file into place</source>
        <translation>Eine neue Datei kann nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <source>Add MLOps Studio workspace &apos;%1&apos;</source>
        <translation>MLOps-Studio-Arbeitsbereich „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Create MLOps Studio workspace &apos;%1&apos;</source>
        <translation>MLOps-Studio-Arbeitsbereich „%1“ anlegen</translation>
    </message>
    <message>
        <source>it did not write %1</source>
        <translation>%1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1:%2 has %3 columns instead of %4</source>
        <translation>%1:%2 hat %3 Spalten statt %4</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 has %2 data rows instead of %3</source>
        <translation>%1 hat %2 Datenzeilen statt %3</translation>
    </message>
    <message>
        <source>there is no Python interpreter &apos;%1&apos; on PATH (give its path with --python)</source>
        <translation>Es gibt keinen Python-Interpreter &apos;%1&apos; im PATH (geben Sie seinen Pfad mit --python an)</translation>
    </message>
    <message>
        <source>the Python interpreter does not exist</source>
        <translation>der Python-Interpreter existiert nicht</translation>
    </message>
    <message>
        <source>the Python interpreter is not an executable file</source>
        <translation>der Python-Interpreter ist keine ausführbare Datei</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist</source>
        <translation>%1 ist ein symbolischer Link auf %2, das nicht existiert</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>no permission to create folders in %1</source>
        <translation>keine Berechtigung, Ordner in %1 anzulegen</translation>
    </message>
    <message>
        <source>the system refused to create it</source>
        <translation>das System hat das Anlegen verweigert</translation>
    </message>
    <message>
        <source>the folder has no name to name the workspace after; give one with --name</source>
        <translation>der Ordner hat keinen Namen, nach dem der Arbeitsbereich benannt werden könnte; geben Sie einen mit --name an</translation>
    </message>
    <message>
        <source>the workspace name is blank; give a name with --name, or leave --name out to use the folder&apos;s</source>
        <translation>der Name des Arbeitsbereichs ist leer; geben Sie einen Namen mit --name an, oder lassen Sie --name weg, um den des Ordners zu verwenden</translation>
    </message>
    <message>
        <source>the workspace name cannot hold line breaks or other control characters</source>
        <translation>der Name des Arbeitsbereichs darf keine Zeilenumbrüche oder andere Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>cannot create the folder: %1</source>
        <translation>der Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>inside the MLOps Studio workspace %1; a workspace cannot hold another (choose a folder outside it)</source>
        <translation>innerhalb des MLOps-Studio-Arbeitsbereichs %1; ein Arbeitsbereich kann keinen anderen enthalten (wählen Sie einen Ordner außerhalb)</translation>
    </message>
</context>
<context>
    <name>mlops::WorkspaceManifest</name>
    <message>
        <source>the workspace manifest must be a mapping of keys</source>
        <translation>Das Manifest des Arbeitsbereichs muss eine Zuordnung von Schlüsseln sein</translation>
    </message>
    <message>
        <source>the workspace manifest</source>
        <translation>dem Manifest des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>the workspace manifest needs a &apos;name&apos;</source>
        <translation>Das Manifest des Arbeitsbereichs braucht einen „name“</translation>
    </message>
    <message>
        <source>unknown runner &apos;%1&apos; (one of: %2)%3</source>
        <translation>unbekannter Runner „%1“ (einer von: %2)%3</translation>
    </message>
    <message>
        <source>&apos;roles&apos; must map role names to lists of people</source>
        <translation>„roles“ muss Rollennamen Listen von Personen zuordnen</translation>
    </message>
    <message>
        <source>role &apos;%1&apos;</source>
        <translation>Rolle „%1“</translation>
    </message>
    <message>
        <source>&apos;environments&apos; must map names to settings</source>
        <translation>„environments“ muss Namen Einstellungen zuordnen</translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; must be a mapping of settings</source>
        <translation>Umgebung „%1“ muss eine Zuordnung von Einstellungen sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in %2 is not a person: write &quot;Name &lt;email&gt;&quot;</source>
        <translation>„%1“ in %2 ist keine Person: &quot;Name &lt;E-Mail&gt;&quot; schreiben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a model group name (role &apos;%2&apos;)</source>
        <translation>„%1“ ist kein Modellgruppenname (Rolle „%2“)</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; for &apos;%2&apos;</source>
        <translation>Rolle „%1“ für „%2“</translation>
    </message>
    <message>
        <source>%1 lists %2, which YAML reads as a number or a yes/no value, not a person: write &quot;Name &lt;email&gt;&quot;</source>
        <translation>%1 führt %2 auf, was YAML als Zahl oder Ja/Nein-Wert liest, nicht als Person: schreiben Sie &quot;Name &lt;email&gt;&quot;</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; in &apos;roles&apos; (known roles: %2)%3</source>
        <translation>unbekannte Rolle &apos;%1&apos; in &apos;roles&apos; (bekannte Rollen: %2)%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a pattern, but roles are given per model group name, or &quot;*&quot; for every group (role &apos;%2&apos;)</source>
        <translation>&apos;%1&apos; ist ein Muster, aber Rollen werden pro Modellgruppenname vergeben, oder &quot;*&quot; für jede Gruppe (Rolle &apos;%2&apos;)</translation>
    </message>
</context>
<context>
    <name>mlops::WorkspaceTemplate</name>
    <message>
        <source>An empty workspace with the standard folders</source>
        <translation>Ein leerer Arbeitsbereich mit den Standardordnern</translation>
    </message>
    <message>
        <source>Breast-cancer classification with a real data set (569 samples, 30 features) to start from</source>
        <translation>Brustkrebs-Klassifikation mit einem echten Datensatz (569 Proben, 30 Merkmale) als Ausgangspunkt</translation>
    </message>
</context>
<context>
    <name>mlops::Yaml</name>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2%3</source>
        <translation>unbekannter Schlüssel „%1“ in %2%3</translation>
    </message>
    <message>
        <source>%1 must be a single value</source>
        <translation>%1 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <source>every item of %1 must be a single value</source>
        <translation>jeder Eintrag von %1 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in %2 (first at line %3)</source>
        <translation>&apos;%1&apos; kommt in %2 zweimal vor (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (YAML files are UTF-8: save it in that encoding)</source>
        <translation>die Datei ist kein UTF-8-Text (YAML-Dateien sind UTF-8: speichern Sie sie in dieser Kodierung)</translation>
    </message>
    <message>
        <source>invalid YAML: a tab in the indentation (YAML indents with spaces only: replace the tab with spaces)</source>
        <translation>ungültiges YAML: ein Tabulator in der Einrückung (YAML rückt nur mit Leerzeichen ein: ersetzen Sie den Tabulator durch Leerzeichen)</translation>
    </message>
</context>
<context>
    <name>mlops::cli</name>
    <message>
        <source>mlops: error: %1</source>
        <translation>mlops: Fehler: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Create a workspace from a template</source>
        <translation>Einen Arbeitsbereich aus einer Vorlage anlegen</translation>
    </message>
    <message>
        <source>List the workspace&apos;s runs</source>
        <translation>Die Läufe des Arbeitsbereichs auflisten</translation>
    </message>
    <message>
        <source>Check pipeline files and report every problem</source>
        <translation>Pipeline-Dateien prüfen und jedes Problem melden</translation>
    </message>
    <message>
        <source>Run a pipeline</source>
        <translation>Eine Pipeline ausführen</translation>
    </message>
    <message>
        <source>Show one run: steps, parameters, metrics, artifacts</source>
        <translation>Einen Lauf zeigen: Schritte, Parameter, Metriken, Artefakte</translation>
    </message>
    <message>
        <source>Model registry: list, show, approve, reject, alias, register</source>
        <translation>Modell-Registry: auflisten, anzeigen, freigeben, ablehnen, Alias, registrieren</translation>
    </message>
    <message>
        <source>Show the governance audit log; --verify checks it</source>
        <translation>Das Governance-Audit-Protokoll anzeigen; --verify prüft es</translation>
    </message>
    <message>
        <source>Assess the workspace&apos;s MLOps maturity from its evidence</source>
        <translation>Den MLOps-Reifegrad des Arbeitsbereichs anhand seiner Nachweise bewerten</translation>
    </message>
    <message>
        <source>Run a notebook headless with parameters, tracked as a run</source>
        <translation>Ein Notebook ohne Oberfläche mit Parametern ausführen, als Lauf aufgezeichnet</translation>
    </message>
    <message>
        <source>Serve a model over HTTP (SageMaker&apos;s inference contract)</source>
        <translation>Ein Modell über HTTP bereitstellen (Inferenz-Vertrag von SageMaker)</translation>
    </message>
    <message>
        <source>Send a request to a model server&apos;s /invocations</source>
        <translation>Eine Anfrage an /invocations eines Modellservers senden</translation>
    </message>
    <message>
        <source>Check container engines, sandbox, Python and kernels</source>
        <translation>Container-Engines, Sandbox, Python und Kernel prüfen</translation>
    </message>
    <message>
        <source>Rewrite pipeline files in canonical form</source>
        <translation>Pipeline-Dateien in kanonische Form bringen</translation>
    </message>
    <message>
        <source>Version data by pointer files: add, status, checkout</source>
        <translation>Daten über Zeigerdateien versionieren: add, status, checkout</translation>
    </message>
    <message>
        <source>Show where a run, artifact, file or model version came from and what it fed</source>
        <translation>Anzeigen, woher ein Lauf, ein Artefakt, eine Datei oder eine Modellversion stammt und worin es eingeflossen ist</translation>
    </message>
    <message>
        <source>Run a pipeline execution again at its commit with its data and compare</source>
        <translation>Eine Pipeline-Ausführung bei ihrem Commit mit ihren Daten erneut ausführen und vergleichen</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;%2</source>
        <translation>unbekannte Option &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source>-C DIR goes before the command, as in git: mlops -C DIR COMMAND …</source>
        <translation>-C DIR steht vor dem Befehl, wie bei git: mlops -C DIR BEFEHL …</translation>
    </message>
</context>
<context>
    <name>mlops::cli::AuditCommand</name>
    <message>
        <source>Print JSON (format in the README).</source>
        <translation>JSON ausgeben (Format in der README).</translation>
    </message>
    <message>
        <source>Show at most N entries (newest first).</source>
        <translation>Höchstens N Einträge anzeigen (neueste zuerst).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: mlops audit [--json] [--verify] [--limit N]</source>
        <translation>Aufruf: mlops audit [--json] [--verify] [--limit N]</translation>
    </message>
    <message>
        <source>audit takes no arguments
%1</source>
        <translation>audit nimmt keine Argumente
%1</translation>
    </message>
    <message>
        <source>mlops: error: the audit log was tampered with: %1</source>
        <translation>mlops: Fehler: Das Audit-Protokoll wurde manipuliert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n entries, every hash and link checks out</source>
        <translation>
            <numerusform>Audit-Protokoll intakt: %n Eintrag, jeder Hash und jede Verknüpfung stimmt</numerusform>
            <numerusform>Audit-Protokoll intakt: %n Einträge, jeder Hash und jede Verknüpfung stimmt</numerusform>
        </translation>
    </message>
    <message>
        <source>Head: %1</source>
        <translation>Kopf: %1</translation>
    </message>
    <message>
        <source>The audit log is empty: registrations, approvals and alias moves will appear here.</source>
        <translation>Das Audit-Protokoll ist leer: Registrierungen, Freigaben und Alias-Änderungen erscheinen hier.</translation>
    </message>
    <message>
        <source>mlops: error: the model registry does not match the audit log: %1</source>
        <translation>mlops: Fehler: Die Modell-Registry stimmt nicht mit dem Audit-Protokoll überein: %1</translation>
    </message>
    <message>
        <source>Check the hash chain and the registry against it; exit 1 and name what differs if the log was edited, cut or reordered, or the registry was edited by hand.</source>
        <translation>Die Hash-Kette und die Registry dagegen prüfen; Exit-Code 1 und die Abweichung nennen, wenn das Protokoll bearbeitet, gekürzt oder umgeordnet oder die Registry von Hand bearbeitet wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Registry matches the log: %n model version(s) checked</source>
        <translation>
            <numerusform>Registry stimmt mit dem Protokoll überein: %n Modellversion geprüft</numerusform>
            <numerusform>Registry stimmt mit dem Protokoll überein: %n Modellversionen geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--limit braucht eine ganze Zahl von 1 bis %1, nicht &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>mlops::cli::DataCommand</name>
    <message>
        <source>Usage: mlops data add PATH...
       mlops data status [PATH...] [--json]
       mlops data checkout [PATH...] [--force]</source>
        <translation>Aufruf: mlops data add PATH...
        mlops data status [PATH...] [--json]
        mlops data checkout [PATH...] [--force]</translation>
    </message>
    <message>
        <source>Files or folders to version.</source>
        <translation>Zu versionierende Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>data add needs at least one file or folder
%1</source>
        <translation>data add benötigt mindestens eine Datei oder einen Ordner
%1</translation>
    </message>
    <message numerus="yes">
        <source>folder of %n file(s)</source>
        <translation>
            <numerusform>Ordner mit %n Datei</numerusform>
            <numerusform>Ordner mit %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>new version of</source>
        <translation>neue Version von</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) hashed</source>
        <translation>
            <numerusform>%n Datei gehasht</numerusform>
            <numerusform>%n Dateien gehasht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged since the last look</source>
        <translation>
            <numerusform>%n seit der letzten Prüfung unverändert</numerusform>
            <numerusform>%n seit der letzten Prüfung unverändert</numerusform>
        </translation>
    </message>
    <message>
        <source>git no longer tracks %1 itself (removed from the index; the data stays on disk)</source>
        <translation>git verfolgt %1 nicht mehr selbst (aus dem Index entfernt; die Daten bleiben auf der Festplatte)</translation>
    </message>
    <message>
        <source>Print JSON (format in the README).</source>
        <translation>JSON ausgeben (Format in der README).</translation>
    </message>
    <message>
        <source>Versioned data to check (default: all).</source>
        <translation>Zu prüfende versionierte Daten (Standard: alle).</translation>
    </message>
    <message>
        <source>No versioned data yet; add some with &apos;mlops data add PATH&apos;.</source>
        <translation>Noch keine versionierten Daten; fügen Sie welche mit &apos;mlops data add PATH&apos; hinzu.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>its content is not in this workspace&apos;s cache</source>
        <translation>sein Inhalt ist nicht im Cache dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace data that changed since it was added.</source>
        <translation>Daten ersetzen, die sich seit dem Hinzufügen geändert haben.</translation>
    </message>
    <message>
        <source>Versioned data to restore (default: all).</source>
        <translation>Wiederherzustellende versionierte Daten (Standard: alle).</translation>
    </message>
    <message>
        <source>%1 is up to date</source>
        <translation>%1 ist aktuell</translation>
    </message>
    <message>
        <source>restored %1 (%2, %3)</source>
        <translation>%1 wiederhergestellt (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not in this version removed</source>
        <translation>
            <numerusform>%n Datei, die nicht zu dieser Version gehört, entfernt</numerusform>
            <numerusform>%n Dateien, die nicht zu dieser Version gehören, entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown data command &apos;%1&apos; (add, status or checkout)
%2</source>
        <translation>unbekannter data-Befehl &apos;%1&apos; (add, status oder checkout)
%2</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>the version it points at is not in this workspace&apos;s cache</source>
        <translation>die Version, auf die er zeigt, ist nicht im Cache dieses Workspaces</translation>
    </message>
    <message>
        <source>The pointers and .gitignore are staged; commit them with: git commit %1</source>
        <translation>Die Zeiger und .gitignore sind vorgemerkt; committen Sie sie mit: git commit %1</translation>
    </message>
    <message>
        <source>The pointers, .gitignore and the removal of %1 from git are staged; commit the index with: git commit</source>
        <translation>Die Zeiger, .gitignore und das Entfernen von %1 aus git sind vorgemerkt; committen Sie den Index mit: git commit</translation>
    </message>
    <message>
        <source>  (naming paths, as in &apos;git commit %1&apos;, would put the data back into git)</source>
        <translation>  (Pfade zu nennen, wie in &apos;git commit %1&apos;, würde die Daten wieder in git aufnehmen)</translation>
    </message>
    <message>
        <source>restore it with: mlops data checkout %1</source>
        <translation>wiederherstellen mit: mlops data checkout %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>es fehlt: %1</translation>
    </message>
    <message>
        <source>a file now; its pointer has a folder</source>
        <translation>jetzt eine Datei; ihr Zeiger hat einen Ordner</translation>
    </message>
    <message>
        <source>a folder now; its pointer has a file</source>
        <translation>jetzt ein Ordner; sein Zeiger hat eine Datei</translation>
    </message>
</context>
<context>
    <name>mlops::cli::DoctorCommand</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Print JSON (format in the README).</source>
        <translation>JSON ausgeben (Format im README).</translation>
    </message>
    <message>
        <source>Usage: mlops doctor [--json]</source>
        <translation>Aufruf: mlops doctor [--json]</translation>
    </message>
    <message>
        <source>doctor takes no arguments
%1</source>
        <translation>doctor nimmt keine Argumente
%1</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>MLOps Studio is usable; runners whose checks are not ok stay unavailable.</source>
        <translation>MLOps Studio ist nutzbar; Runner, deren Prüfungen nicht ok sind, bleiben nicht verfügbar.</translation>
    </message>
    <message>
        <source>MLOps Studio cannot run pipelines until the essential checks above pass.</source>
        <translation>MLOps Studio kann keine Pipelines ausführen, bis die wesentlichen Prüfungen oben bestanden sind.</translation>
    </message>
</context>
<context>
    <name>mlops::cli::FmtCommand</name>
    <message>
        <source>Change nothing; list the files that are not in canonical form and exit with 1 if there are any.</source>
        <translation>Nichts ändern; die Dateien auflisten, die nicht in kanonischer Form sind, und mit 1 beenden, wenn es welche gibt.</translation>
    </message>
    <message>
        <source>Usage: mlops fmt [--check] PIPELINE...</source>
        <translation>Aufruf: mlops fmt [--check] PIPELINE...</translation>
    </message>
    <message>
        <source>fmt needs a pipeline file
%1</source>
        <translation>fmt braucht eine Pipeline-Datei
%1</translation>
    </message>
    <message>
        <source>mlops: error: %1</source>
        <translation>mlops: Fehler: %1</translation>
    </message>
    <message>
        <source>mlops: error: %1 has errors; it was not formatted</source>
        <translation>mlops: Fehler: %1 enthält Fehler; die Datei wurde nicht formatiert</translation>
    </message>
    <message>
        <source>%1 would be reformatted</source>
        <translation>%1 würde umformatiert</translation>
    </message>
    <message>
        <source>formatted %1</source>
        <translation>%1 formatiert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) would be reformatted; run &apos;mlops fmt&apos; on them</source>
        <translation>
            <numerusform>%n Datei würde umformatiert; führen Sie „mlops fmt“ darauf aus</numerusform>
            <numerusform>%n Dateien würden umformatiert; führen Sie „mlops fmt“ darauf aus</numerusform>
        </translation>
    </message>
    <message>
        <source>The pipeline file(s) to format, or a folder of them.</source>
        <translation>Die zu formatierenden Pipeline-Dateien oder ein Ordner mit ihnen.</translation>
    </message>
    <message>
        <source>mlops: error: %1: a folder with no pipeline files (*.yaml, *.yml) in it</source>
        <translation>mlops: Fehler: %1: ein Ordner ohne Pipeline-Dateien (*.yaml, *.yml)</translation>
    </message>
</context>
<context>
    <name>mlops::cli::InitCommand</name>
    <message>
        <source>The template: %1 (default: demo).</source>
        <translation>Die Vorlage: %1 (Standard: demo).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The workspace name (default: the folder&apos;s name).</source>
        <translation>Der Name des Arbeitsbereichs (Standard: der Name des Ordners).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>The folder of the new workspace.</source>
        <translation>Der Ordner des neuen Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Usage: mlops init DIR [--template demo|empty] [--name NAME] [--python PATH]</source>
        <translation>Aufruf: mlops init DIR [--template demo|empty] [--name NAME] [--python PFAD]</translation>
    </message>
    <message>
        <source>init needs exactly one folder
%1</source>
        <translation>init braucht genau einen Ordner
%1</translation>
    </message>
    <message>
        <source>Created workspace &apos;%1&apos; from the %2 template in %3</source>
        <translation>Arbeitsbereich „%1“ aus der Vorlage %2 in %3 angelegt</translation>
    </message>
    <message>
        <source>Added %1 files to the git repository %2 in commit %3 (by %4)</source>
        <translation>%1 Dateien zum Git-Repository %2 hinzugefügt, in Commit %3 (von %4)</translation>
    </message>
    <message>
        <source>New git repository with %1 files; first commit %2 (by %3)</source>
        <translation>Neues Git-Repository mit %1 Dateien; erster Commit %2 (von %3)</translation>
    </message>
    <message>
        <source>The Python interpreter for steps and notebooks: a path, or a command on PATH (default: /usr/bin/python3).</source>
        <translation>Der Python-Interpreter für Schritte und Notebooks: ein Pfad oder ein Befehl im PATH (Standard: /usr/bin/python3).</translation>
    </message>
    <message>
        <source>Note: git has neither user.name nor user.email configured; the commit and the approver role use %1. Set them with &apos;git config --global user.name &quot;Your Name&quot;&apos; and &apos;git config --global user.email you@example.org&apos;.</source>
        <translation>Hinweis: git hat weder user.name noch user.email konfiguriert; der Commit und die Approver-Rolle verwenden %1. Setzen Sie sie mit &apos;git config --global user.name &quot;Ihr Name&quot;&apos; und &apos;git config --global user.email sie@example.org&apos;.</translation>
    </message>
    <message>
        <source>Note: git has no user.name configured; the commit and the approver role use %1. Set it with &apos;git config --global user.name &quot;Your Name&quot;&apos;.</source>
        <translation>Hinweis: git hat kein user.name konfiguriert; der Commit und die Approver-Rolle verwenden %1. Setzen Sie es mit &apos;git config --global user.name &quot;Ihr Name&quot;&apos;.</translation>
    </message>
    <message>
        <source>Note: git has no user.email configured; the commit and the approver role use %1. Set it with &apos;git config --global user.email you@example.org&apos;.</source>
        <translation>Hinweis: git hat kein user.email konfiguriert; der Commit und die Approver-Rolle verwenden %1. Setzen Sie es mit &apos;git config --global user.email sie@example.org&apos;.</translation>
    </message>
    <message>
        <source>no folder given for the new workspace (use &apos;.&apos; for the current one)
%1</source>
        <translation>kein Ordner für den neuen Arbeitsbereich angegeben (verwenden Sie &apos;.&apos; für den aktuellen)
%1</translation>
    </message>
</context>
<context>
    <name>mlops::cli::InvokeCommand</name>
    <message>
        <source>Content-Type of the body (text/csv, application/json…).</source>
        <translation>Content-Type des Inhalts (text/csv, application/json …).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>Accept: the response type wanted.</source>
        <translation>Accept: der gewünschte Antworttyp.</translation>
    </message>
    <message>
        <source>The request body.</source>
        <translation>Der Inhalt der Anfrage.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Read the body from FILE (&apos;-&apos;: stdin).</source>
        <translation>Den Inhalt aus DATEI lesen („-“: Standardeingabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer (default 60, SageMaker&apos;s limit).</source>
        <translation>Sekunden, die auf die Antwort gewartet wird (Standard 60, das Limit von SageMaker).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Usage: mlops invoke URL --content-type TYPE [--accept TYPE] (--body TEXT | --file FILE)</source>
        <translation>Aufruf: mlops invoke URL --content-type TYP [--accept TYP] (--body TEXT | --file DATEI)</translation>
    </message>
    <message>
        <source>invoke needs exactly one URL
%1</source>
        <translation>invoke braucht genau eine URL
%1</translation>
    </message>
    <message>
        <source>not an http URL: %1</source>
        <translation>keine HTTP-URL: %1</translation>
    </message>
    <message>
        <source>--content-type is required
%1</source>
        <translation>--content-type ist erforderlich
%1</translation>
    </message>
    <message>
        <source>give exactly one of --body and --file
%1</source>
        <translation>genau eines von --body und --file angeben
%1</translation>
    </message>
    <message>
        <source>--timeout needs a positive number of seconds</source>
        <translation>--timeout braucht eine positive Zahl von Sekunden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no answer from %1: %2</source>
        <translation>keine Antwort von %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 %2%3</source>
        <translation>HTTP %1 %2%3</translation>
    </message>
</context>
<context>
    <name>mlops::cli::LineageCommand</name>
    <message>
        <source>run %1  %2</source>
        <translation>Lauf %1  %2</translation>
    </message>
    <message>
        <source>commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation>von %1 am %2</translation>
    </message>
    <message>
        <source>sha256 %1</source>
        <translation>sha256 %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>cache hit: reused the outputs of run %1</source>
        <translation>Cache-Treffer: Ausgaben von Lauf %1 wiederverwendet</translation>
    </message>
    <message>
        <source>commit %1%2</source>
        <translation>Commit %1%2</translation>
    </message>
    <message>
        <source> with uncommitted changes</source>
        <translation> mit nicht committeten Änderungen</translation>
    </message>
    <message>
        <source>parameters %1</source>
        <translation>Parameter %1</translation>
    </message>
    <message>
        <source>hyperparameters %1</source>
        <translation>Hyperparameter %1</translation>
    </message>
    <message>
        <source>metrics %1</source>
        <translation>Metriken %1</translation>
    </message>
    <message>
        <source>approval %1</source>
        <translation>Freigabe %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Only what ID came from.</source>
        <translation>Nur, woher ID stammt.</translation>
    </message>
    <message>
        <source>Only what ID fed.</source>
        <translation>Nur, worin ID eingeflossen ist.</translation>
    </message>
    <message>
        <source>Follow at most N associations (default: all).</source>
        <translation>Höchstens N Verknüpfungen folgen (Standard: alle).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON (format in the README).</source>
        <translation>JSON ausgeben (Format in der README).</translation>
    </message>
    <message>
        <source>Print a Graphviz DOT graph (render it with dot -Tsvg).</source>
        <translation>Einen Graphviz-DOT-Graphen ausgeben (rendern mit dot -Tsvg).</translation>
    </message>
    <message>
        <source>The shortest path from ID to OTHER instead.</source>
        <translation>Stattdessen den kürzesten Pfad von ID zu OTHER.</translation>
    </message>
    <message>
        <source>OTHER</source>
        <translation>OTHER</translation>
    </message>
    <message>
        <source>Usage: mlops lineage ID [--upstream|--downstream] [--depth N] [--json|--dot] [--to OTHER]</source>
        <translation>Aufruf: mlops lineage ID [--upstream|--downstream] [--depth N] [--json|--dot] [--to OTHER]</translation>
    </message>
    <message>
        <source>lineage needs exactly one ID
%1</source>
        <translation>lineage benötigt genau eine ID
%1</translation>
    </message>
    <message>
        <source>--upstream and --downstream exclude each other; leave both out for both</source>
        <translation>--upstream und --downstream schließen sich gegenseitig aus; lassen Sie beide weg, um beide Richtungen zu erhalten</translation>
    </message>
    <message>
        <source>choose --json or --dot, not both</source>
        <translation>wählen Sie --json oder --dot, nicht beides</translation>
    </message>
    <message>
        <source>--depth needs a positive number, not &apos;%1&apos;</source>
        <translation>--depth benötigt eine positive Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the lineage of %1 could not be read</source>
        <translation>die Herkunft von %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Shortest path</source>
        <translation>Kürzester Pfad</translation>
    </message>
    <message>
        <source>Shortest path (ignoring the direction of the associations)</source>
        <translation>Kürzester Pfad (ohne Berücksichtigung der Richtung der Verknüpfungen)</translation>
    </message>
    <message>
        <source>Upstream: what it came from</source>
        <translation>Vorgelagert: woher es stammt</translation>
    </message>
    <message>
        <source>Downstream: what it fed</source>
        <translation>Nachgelagert: worin es eingeflossen ist</translation>
    </message>
    <message>
        <source>--to finds the path between two entities; it does not take --depth, --upstream or --downstream</source>
        <translation>--to findet den Pfad zwischen zwei Entitäten; es nimmt kein --depth, --upstream oder --downstream</translation>
    </message>
    <message>
        <source>A run id, an artifact hash (prefix), a file of the workspace, a model version (GROUP/VERSION) or an entity&apos;s name (train/model).</source>
        <translation>Eine Lauf-ID, ein Artefakt-Hash (Präfix), eine Datei des Arbeitsbereichs, eine Modellversion (GRUPPE/VERSION) oder der Name einer Entität (train/model).</translation>
    </message>
</context>
<context>
    <name>mlops::cli::Main</name>
    <message>
        <source>Usage: mlops [-C DIR] COMMAND [OPTIONS]</source>
        <translation>Aufruf: mlops [-C DIR] BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>MLOps Studio on the command line: workspaces, pipelines, runs.</source>
        <translation>MLOps Studio auf der Kommandozeile: Arbeitsbereiche, Pipelines, Läufe.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Run as if started in DIR (the workspace folder)</source>
        <translation>So ausführen, als wäre mlops in DIR gestartet worden (dem Ordner des Arbeitsbereichs)</translation>
    </message>
    <message>
        <source>Print the version and exit</source>
        <translation>Die Version ausgeben und beenden</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;mlops COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>„mlops BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>-C needs a folder</source>
        <translation>-C braucht einen Ordner</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see &apos;mlops --help&apos;)</source>
        <translation>unbekannte Option „%1“ (siehe „mlops --help“)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;%2 (see &apos;mlops --help&apos;)</source>
        <translation>unbekannter Befehl „%1“%2 (siehe „mlops --help“)</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner existiert nicht</translation>
    </message>
    <message>
        <source>help takes one command (see &apos;mlops --help&apos;)</source>
        <translation>help nimmt einen Befehl (siehe &apos;mlops --help&apos;)</translation>
    </message>
</context>
<context>
    <name>mlops::cli::MaturityCommand</name>
    <message>
        <source> (recommended)</source>
        <translation> (empfohlen)</translation>
    </message>
    <message>
        <source>Print JSON (format in the README).</source>
        <translation>JSON ausgeben (Format in der README).</translation>
    </message>
    <message>
        <source>Usage: mlops maturity [--json]</source>
        <translation>Aufruf: mlops maturity [--json]</translation>
    </message>
    <message>
        <source>maturity takes no arguments
%1</source>
        <translation>maturity nimmt keine Argumente
%1</translation>
    </message>
    <message>
        <source>MLOps maturity of %1 (%2)</source>
        <translation>MLOps-Reifegrad von %1 (%2)</translation>
    </message>
    <message>
        <source>AWS phase:    %1</source>
        <translation>AWS-Phase:    %1</translation>
    </message>
    <message>
        <source>not yet Initial</source>
        <translation>noch nicht Initial</translation>
    </message>
    <message>
        <source>  (next: %1)</source>
        <translation>  (nächste: %1)</translation>
    </message>
    <message>
        <source>Google level: %1 of %2, %3</source>
        <translation>Google-Stufe: %1 von %2, %3</translation>
    </message>
    <message>
        <source>Azure level:  %1 of %2, %3</source>
        <translation>Azure-Stufe:  %1 von %2, %3</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>%1 of %2 required criteria met</source>
        <translation>%1 von %2 Pflichtkriterien erfüllt</translation>
    </message>
    <message>
        <source>Next actions:</source>
        <translation>Nächste Schritte:</translation>
    </message>
</context>
<context>
    <name>mlops::cli::NotebookCommand</name>
    <message>
        <source>notebook run needs exactly one notebook
%1</source>
        <translation>notebook run braucht genau ein Notebook
%1</translation>
    </message>
    <message>
        <source>no such notebook</source>
        <translation>Notebook nicht gefunden</translation>
    </message>
    <message>
        <source>mlops: note: %1 is not inside a workspace; the run is not tracked</source>
        <translation>mlops: Hinweis: %1 liegt in keinem Arbeitsbereich; der Lauf wird nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 wird ausgeführt</translation>
    </message>
    <message>
        <source>The cell:</source>
        <translation>Die Zelle:</translation>
    </message>
    <message>
        <source>Traceback:</source>
        <translation>Traceback:</translation>
    </message>
    <message>
        <source>The executed notebook, with the error, is in %1</source>
        <translation>Das ausgeführte Notebook mit dem Fehler liegt in %1</translation>
    </message>
    <message>
        <source>Run %1 failed.</source>
        <translation>Lauf %1 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Ran %1 with kernel %2: %n cell(s) in %3</source>
        <translation>
            <numerusform>%1 mit Kernel %2 ausgeführt: %n Zelle in %3</numerusform>
            <numerusform>%1 mit Kernel %2 ausgeführt: %n Zellen in %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Metriken: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Run %1 completed.</source>
        <translation>Lauf %1 abgeschlossen.</translation>
    </message>
    <message>
        <source>Write the executed notebook to FILE.</source>
        <translation>Das ausgeführte Notebook nach DATEI schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The Jupyter kernel (default: the notebook&apos;s, else python3).</source>
        <translation>Der Jupyter-Kernel (Vorgabe: der des Notebooks, sonst python3).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>Run a notebook headless and track the run.</source>
        <translation>Ein Notebook ohne Oberfläche ausführen und den Lauf aufzeichnen.</translation>
    </message>
    <message>
        <source>List the installed Jupyter kernels.</source>
        <translation>Die installierten Jupyter-Kernel auflisten.</translation>
    </message>
    <message>
        <source>Usage: mlops notebook run IN.ipynb [-o OUT.ipynb] [--kernel NAME] [-p NAME=VALUE]...
       mlops notebook kernels</source>
        <translation>Aufruf: mlops notebook run EIN.ipynb [-o AUS.ipynb] [--kernel NAME] [-p NAME=WERT]...
       mlops notebook kernels</translation>
    </message>
    <message>
        <source>notebook needs a subcommand
%1</source>
        <translation>notebook braucht einen Unterbefehl
%1</translation>
    </message>
    <message>
        <source>unknown notebook subcommand &apos;%1&apos;
%2</source>
        <translation>unbekannter notebook-Unterbefehl &apos;%1&apos;
%2</translation>
    </message>
    <message>
        <source>--step is for the notebook steps of a pipeline: the engine sets MLOPS_RUN_ID and MLOPS_OUTPUT_NOTEBOOK (run the notebook with &apos;mlops notebook run&apos; without --step instead)</source>
        <translation>--step ist für die Notebook-Schritte einer Pipeline: die Engine setzt MLOPS_RUN_ID und MLOPS_OUTPUT_NOTEBOOK (führen Sie das Notebook stattdessen mit &apos;mlops notebook run&apos; ohne --step aus)</translation>
    </message>
    <message>
        <source>hyperparameter &apos;%1&apos;: %2</source>
        <translation>Hyperparameter &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Running %1 as a pipeline step</source>
        <translation>%1 wird als Pipeline-Schritt ausgeführt</translation>
    </message>
    <message>
        <source>Run as a pipeline&apos;s notebook step (set by the engine): untracked, parameters from the step&apos;s hyperparameters, the executed notebook into the step&apos;s output &apos;notebook&apos;.</source>
        <translation>Als Notebook-Schritt einer Pipeline ausführen (setzt die Engine): ohne eigenen Lauf, Parameter aus den Hyperparametern des Schritts, das ausgeführte Notebook in die Ausgabe &apos;notebook&apos; des Schritts.</translation>
    </message>
    <message>
        <source>(broken)</source>
        <translation>(fehlerhaft)</translation>
    </message>
    <message>
        <source>Stopping (%1): interrupting the running cell, then writing the notebook (again to stop waiting for the cell)…</source>
        <translation>Stoppe (%1): die laufende Zelle wird unterbrochen, dann wird das Notebook geschrieben (erneut, um nicht auf die Zelle zu warten)…</translation>
    </message>
    <message>
        <source>Stopping now: abandoning the running cell…</source>
        <translation>Stoppe sofort: die laufende Zelle wird aufgegeben…</translation>
    </message>
    <message>
        <source>  [%1/%2] running %3…</source>
        <translation>  [%1/%2] führe %3 aus…</translation>
    </message>
    <message>
        <source>  [%1/%2] %3 %4 in %5</source>
        <translation>  [%1/%2] %3 %4 in %5</translation>
    </message>
    <message>
        <source>mlops: warning: %1</source>
        <translation>mlops: Warnung: %1</translation>
    </message>
    <message>
        <source>mlops: error: cannot write the executed notebook: %1</source>
        <translation>mlops: Fehler: das ausgeführte Notebook kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The executed notebook is kept in %1</source>
        <translation>Das ausgeführte Notebook liegt in %1</translation>
    </message>
    <message numerus="yes">
        <source>mlops: %1: stopped while %2 ran; %n cell(s) ran.</source>
        <translation>
            <numerusform>mlops: %1: gestoppt, während %2 lief; %n Zelle lief.</numerusform>
            <numerusform>mlops: %1: gestoppt, während %2 lief; %n Zellen liefen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mlops: %1: stopped; %n cell(s) ran.</source>
        <translation>
            <numerusform>mlops: %1: gestoppt; %n Zelle lief.</numerusform>
            <numerusform>mlops: %1: gestoppt; %n Zellen liefen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The executed notebook, up to where it stopped, is in %1</source>
        <translation>Das ausgeführte Notebook, bis dahin, wo es gestoppt wurde, liegt in %1</translation>
    </message>
    <message>
        <source>Run %1 stopped after %2.</source>
        <translation>Lauf %1 nach %2 gestoppt.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>mlops: error: %1: %2 failed: %3</source>
        <translation>mlops: Fehler: %1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Set a parameter (injected after the cell tagged &apos;parameters&apos;; numbers, True/False and None keep their type; a value reads as its default&apos;s type where it can: true for a True/False default).</source>
        <translation>Einen Parameter setzen (eingefügt nach der Zelle mit dem Tag &apos;parameters&apos;; Zahlen, True/False und None behalten ihren Typ; ein Wert wird, wo möglich, im Typ seines Standardwerts gelesen: true bei einem True/False-Standardwert).</translation>
    </message>
</context>
<context>
    <name>mlops::cli::RegistryCommand</name>
    <message>
        <source>Print JSON (format in the README).</source>
        <translation>JSON ausgeben (Format in der README).</translation>
    </message>
    <message>
        <source>Usage: mlops registry list [--json]</source>
        <translation>Aufruf: mlops registry list [--json]</translation>
    </message>
    <message>
        <source>registry list takes no arguments
%1</source>
        <translation>registry list nimmt keine Argumente
%1</translation>
    </message>
    <message>
        <source>No registered models yet. Register one with &apos;mlops registry register GROUP --run RUN&apos;.</source>
        <translation>Noch keine registrierten Modelle. Registrieren mit „mlops registry register GRUPPE --run LAUF“.</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ALIASES</source>
        <translation>ALIASE</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>DECIDED BY</source>
        <translation>ENTSCHIEDEN VON</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation>von %1 am %2</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliase</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Pipeline run</source>
        <translation>Pipeline-Lauf</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source> (with uncommitted changes)</source>
        <translation> (mit nicht committeten Änderungen)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Metriken:</translation>
    </message>
    <message>
        <source>Training data:</source>
        <translation>Trainingsdaten:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Model card:</source>
        <translation>Modellkarte:</translation>
    </message>
    <message>
        <source>GROUP/VERSION or GROUP@ALIAS.</source>
        <translation>GRUPPE/VERSION oder GRUPPE@ALIAS.</translation>
    </message>
    <message>
        <source>Usage: mlops registry show GROUP/VERSION [--json]</source>
        <translation>Aufruf: mlops registry show GRUPPE/VERSION [--json]</translation>
    </message>
    <message>
        <source>registry show needs one model version
%1</source>
        <translation>registry show braucht genau eine Modellversion
%1</translation>
    </message>
    <message>
        <source>Print the version as JSON.</source>
        <translation>Die Version als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Why: recorded with the decision and in the audit log.</source>
        <translation>Warum: wird mit der Entscheidung und im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Usage: mlops registry approve GROUP/VERSION [--comment TEXT] [--json]</source>
        <translation>Aufruf: mlops registry approve GRUPPE/VERSION [--comment TEXT] [--json]</translation>
    </message>
    <message>
        <source>Usage: mlops registry reject GROUP/VERSION [--comment TEXT] [--json]</source>
        <translation>Aufruf: mlops registry reject GRUPPE/VERSION [--comment TEXT] [--json]</translation>
    </message>
    <message>
        <source>name one model version
%1</source>
        <translation>genau eine Modellversion angeben
%1</translation>
    </message>
    <message>
        <source>Approved %1 (by %2)</source>
        <translation>%1 freigegeben (von %2)</translation>
    </message>
    <message>
        <source>Rejected %1 (by %2)</source>
        <translation>%1 abgelehnt (von %2)</translation>
    </message>
    <message>
        <source>Print the change as JSON.</source>
        <translation>Die Änderung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Why: recorded in the audit log.</source>
        <translation>Warum: wird im Audit-Protokoll festgehalten.</translation>
    </message>
    <message>
        <source>GROUP/VERSION the alias points at.</source>
        <translation>GRUPPE/VERSION, auf die der Alias zeigt.</translation>
    </message>
    <message>
        <source>The alias, e.g. champion.</source>
        <translation>Der Alias, z. B. champion.</translation>
    </message>
    <message>
        <source>Usage: mlops registry alias GROUP/VERSION NAME [--comment TEXT] [--json]</source>
        <translation>Aufruf: mlops registry alias GRUPPE/VERSION NAME [--comment TEXT] [--json]</translation>
    </message>
    <message>
        <source>registry alias needs a model version and an alias name
%1</source>
        <translation>registry alias braucht eine Modellversion und einen Aliasnamen
%1</translation>
    </message>
    <message>
        <source>%1 already points at %2; nothing changed</source>
        <translation>%1 zeigt bereits auf %2; nichts geändert</translation>
    </message>
    <message>
        <source>Moved %1 from version %2 to %3</source>
        <translation>%1 von Version %2 auf %3 verschoben</translation>
    </message>
    <message>
        <source>%1 now points at %2</source>
        <translation>%1 zeigt jetzt auf %2</translation>
    </message>
    <message>
        <source>Print the registration as JSON.</source>
        <translation>Die Registrierung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The run that trained the model: a training step run or its pipeline run.</source>
        <translation>Der Lauf, der das Modell trainiert hat: ein Trainingsschrittlauf oder sein Pipeline-Lauf.</translation>
    </message>
    <message>
        <source>The model&apos;s hash (prefix), when the run has several.</source>
        <translation>Der Hash (Präfix) des Modells, wenn der Lauf mehrere hat.</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>What this version is.</source>
        <translation>Was diese Version ist.</translation>
    </message>
    <message>
        <source>Initial status: PendingManualApproval (default) or Approved (needs the approver role).</source>
        <translation>Anfangsstatus: PendingManualApproval (Standard) oder Approved (braucht die Rolle approver).</translation>
    </message>
    <message>
        <source>The model group (created on first use).</source>
        <translation>Die Modellgruppe (wird bei der ersten Verwendung angelegt).</translation>
    </message>
    <message>
        <source>Usage: mlops registry register GROUP --run RUN [--model HASH] [--description TEXT] [--approval STATUS] [--json]</source>
        <translation>Aufruf: mlops registry register GRUPPE --run LAUF [--model HASH] [--description TEXT] [--approval STATUS] [--json]</translation>
    </message>
    <message>
        <source>registry register needs one model group
%1</source>
        <translation>registry register braucht genau eine Modellgruppe
%1</translation>
    </message>
    <message>
        <source>registry register needs --run RUN (or --model HASH)
%1</source>
        <translation>registry register braucht --run LAUF (oder --model HASH)
%1</translation>
    </message>
    <message>
        <source>Registered %1 (%2) from run %3</source>
        <translation>%1 (%2) aus Lauf %3 registriert</translation>
    </message>
    <message>
        <source>This model is already registered as %1; nothing changed</source>
        <translation>Dieses Modell ist bereits als %1 registriert; nichts geändert</translation>
    </message>
    <message>
        <source>List model groups and their versions</source>
        <translation>Modellgruppen und ihre Versionen auflisten</translation>
    </message>
    <message>
        <source>Show one version: run, model, metrics, card, history</source>
        <translation>Eine Version anzeigen: Lauf, Modell, Metriken, Karte, Verlauf</translation>
    </message>
    <message>
        <source>Approve a version (needs the approver role)</source>
        <translation>Eine Version freigeben (braucht die Rolle approver)</translation>
    </message>
    <message>
        <source>Reject a version (needs the approver role)</source>
        <translation>Eine Version ablehnen (braucht die Rolle approver)</translation>
    </message>
    <message>
        <source>Point an alias (e.g. champion) at a version</source>
        <translation>Einen Alias (z. B. champion) auf eine Version setzen</translation>
    </message>
    <message>
        <source>Register the model of a run as a new version</source>
        <translation>Das Modell eines Laufs als neue Version registrieren</translation>
    </message>
    <message>
        <source>Usage: mlops registry COMMAND [OPTIONS]</source>
        <translation>Aufruf: mlops registry BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;mlops registry COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>„mlops registry BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>unknown registry command &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannter registry-Befehl „%1“ (möglich: %2)</translation>
    </message>
    <message>
        <source>%1 is already Approved (by %2); nothing changed</source>
        <translation>%1 ist bereits Approved (von %2); nichts geändert</translation>
    </message>
    <message>
        <source>%1 is already Rejected (by %2); nothing changed</source>
        <translation>%1 ist bereits Rejected (von %2); nichts geändert</translation>
    </message>
    <message>
        <source>--approval takes PendingManualApproval or Approved, not &apos;%1&apos;%2</source>
        <translation>--approval nimmt PendingManualApproval oder Approved, nicht &apos;%1&apos;%2</translation>
    </message>
    <message>
        <source> (reject a version after review with mlops registry reject)</source>
        <translation> (eine Version nach der Prüfung mit mlops registry reject ablehnen)</translation>
    </message>
    <message>
        <source>Removed alias %1 from %2: a rejected version keeps no alias</source>
        <translation>Alias %1 von %2 entfernt: eine abgelehnte Version behält keinen Alias</translation>
    </message>
</context>
<context>
    <name>mlops::cli::ReproduceCommand</name>
    <message>
        <source>Leave the git worktree in .mlops/worktrees/ to look at.</source>
        <translation>Den Git-Worktree zur Ansicht in .mlops/worktrees/ belassen.</translation>
    </message>
    <message>
        <source>Reuse cached step results (by default every step runs again).</source>
        <translation>Zwischengespeicherte Schrittergebnisse wiederverwenden (standardmäßig wird jeder Schritt erneut ausgeführt).</translation>
    </message>
    <message>
        <source>Print JSON (format in the README).</source>
        <translation>JSON ausgeben (Format in der README).</translation>
    </message>
    <message>
        <source>A pipeline execution (or one of its step runs).</source>
        <translation>Eine Pipeline-Ausführung (oder einer ihrer Schrittläufe).</translation>
    </message>
    <message>
        <source>Usage: mlops reproduce RUN [--keep-worktree] [--use-cache] [--json]</source>
        <translation>Aufruf: mlops reproduce RUN [--keep-worktree] [--use-cache] [--json]</translation>
    </message>
    <message>
        <source>reproduce needs exactly one run id
%1</source>
        <translation>reproduce benötigt genau eine Lauf-ID
%1</translation>
    </message>
    <message>
        <source>Reproduced run %1 as run %2 (%3) at commit %4%5</source>
        <translation>Lauf %1 als Lauf %2 (%3) bei Commit %4%5 reproduziert</translation>
    </message>
    <message>
        <source> with its uncommitted changes</source>
        <translation> mit seinen nicht committeten Änderungen</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>ABWEICHEND</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>reproduced</source>
        <translation>reproduziert</translation>
    </message>
    <message>
        <source>The reproduction matches the original: same data, same metrics.</source>
        <translation>Die Reproduktion stimmt mit dem Original überein: gleiche Daten, gleiche Metriken.</translation>
    </message>
    <message>
        <source>The reproduction differs from the original.</source>
        <translation>Die Reproduktion weicht vom Original ab.</translation>
    </message>
</context>
<context>
    <name>mlops::cli::RunCommand</name>
    <message>
        <source>running (%1, attempt %2)</source>
        <translation>läuft (%1, Versuch %2)</translation>
    </message>
    <message>
        <source>running (%1)</source>
        <translation>läuft (%1)</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Zwischengespeichert</translation>
    </message>
    <message>
        <source>from run %1</source>
        <translation>aus Lauf %1</translation>
    </message>
    <message>
        <source>Override a pipeline parameter (repeatable).</source>
        <translation>Einen Pipeline-Parameter überschreiben (mehrfach möglich).</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>Run every command step with this runner (process, sandbox, docker, podman).</source>
        <translation>Jeden Befehlsschritt mit diesem Runner ausführen (process, sandbox, docker, podman).</translation>
    </message>
    <message>
        <source>RUNNER</source>
        <translation>RUNNER</translation>
    </message>
    <message>
        <source>Run every step, reusing no cached result.</source>
        <translation>Jeden Schritt ausführen und kein zwischengespeichertes Ergebnis wiederverwenden.</translation>
    </message>
    <message>
        <source>Run at most N steps at once (default: the number of cores).</source>
        <translation>Höchstens N Schritte gleichzeitig ausführen (Standard: die Anzahl der Kerne).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the steps&apos; output as it comes.</source>
        <translation>Die Ausgabe der Schritte laufend anzeigen.</translation>
    </message>
    <message>
        <source>Print the finished run as JSON (as &apos;mlops show --json&apos;).</source>
        <translation>Den fertigen Lauf als JSON ausgeben (wie &apos;mlops show --json&apos;).</translation>
    </message>
    <message>
        <source>The pipeline file to run.</source>
        <translation>Die auszuführende Pipeline-Datei.</translation>
    </message>
    <message>
        <source>Usage: mlops run PIPELINE [--param NAME=VALUE]... [--runner RUNNER] [--no-cache] [--max-parallel N] [--logs] [--json]</source>
        <translation>Aufruf: mlops run PIPELINE [--param NAME=WERT]... [--runner RUNNER] [--no-cache] [--max-parallel N] [--logs] [--json]</translation>
    </message>
    <message>
        <source>run needs exactly one pipeline file
%1</source>
        <translation>run braucht genau eine Pipeline-Datei
%1</translation>
    </message>
    <message>
        <source>--param needs NAME=VALUE, not &apos;%1&apos;</source>
        <translation>--param braucht NAME=WERT, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--max-parallel needs a positive number, not &apos;%1&apos;</source>
        <translation>--max-parallel braucht eine positive Zahl, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>mlops: error: %1 is not valid; nothing was run</source>
        <translation>mlops: Fehler: %1 ist nicht gültig; nichts wurde ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>Pipeline %1 · run %2 · commit %3 (%4) · %n step(s)</source>
        <translation>
            <numerusform>Pipeline %1 · Lauf %2 · Commit %3 (%4) · %n Schritt</numerusform>
            <numerusform>Pipeline %1 · Lauf %2 · Commit %3 (%4) · %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>not in git</source>
        <translation>nicht in git</translation>
    </message>
    <message>
        <source>%1, uncommitted changes</source>
        <translation>%1, nicht committete Änderungen</translation>
    </message>
    <message>
        <source>%1, clean</source>
        <translation>%1, sauber</translation>
    </message>
    <message>
        <source>%1 in %2: %3 completed (%4 from cache), %5 skipped, %6 failed. Details: mlops show %7</source>
        <translation>%1 in %2: %3 abgeschlossen (%4 aus dem Cache), %5 übersprungen, %6 fehlgeschlagen. Einzelheiten: mlops show %7</translation>
    </message>
    <message>
        <source>mlops: %1</source>
        <translation>mlops: %1</translation>
    </message>
    <message>
        <source>--param %1 given twice (%2 and %3); give each parameter once</source>
        <translation>--param %1 zweimal angegeben (%2 und %3); geben Sie jeden Parameter einmal an</translation>
    </message>
    <message>
        <source>Stopping: terminating running steps (Ctrl-C again to kill them now)…</source>
        <translation>Stoppen: laufende Schritte werden beendet (erneut Strg-C, um sie sofort zu beenden)…</translation>
    </message>
    <message>
        <source>Stopping now: killing running steps…</source>
        <translation>Sofortiger Stopp: laufende Schritte werden abgebrochen…</translation>
    </message>
</context>
<context>
    <name>mlops::cli::RunsCommand</name>
    <message>
        <source>Print JSON (format in the README).</source>
        <translation>JSON ausgeben (Format in der README).</translation>
    </message>
    <message>
        <source>Show at most N runs (newest first).</source>
        <translation>Höchstens N Läufe zeigen (neueste zuerst).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Usage: mlops runs [--json] [--limit N]</source>
        <translation>Aufruf: mlops runs [--json] [--limit N]</translation>
    </message>
    <message>
        <source>runs takes no arguments
%1</source>
        <translation>runs nimmt keine Argumente
%1</translation>
    </message>
    <message>
        <source>--limit needs a positive number, not &apos;%1&apos;</source>
        <translation>--limit braucht eine positive Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>No runs yet. Run a pipeline with &apos;mlops run pipelines/&lt;name&gt;.yaml&apos;.</source>
        <translation>Noch keine Läufe. Starten Sie eine Pipeline mit „mlops run pipelines/&lt;name&gt;.yaml“.</translation>
    </message>
    <message>
        <source>RUN</source>
        <translation>LAUF</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
</context>
<context>
    <name>mlops::cli::ServeCommand</name>
    <message>
        <source>Where the server runs: process, sandbox, docker or podman (default: process).</source>
        <translation>Wo der Server läuft: process, sandbox, docker oder podman (Standard: process).</translation>
    </message>
    <message>
        <source>RUNNER</source>
        <translation>RUNNER</translation>
    </message>
    <message>
        <source>Port on the host (default 8080; 0 picks a free one).</source>
        <translation>Port auf dem Rechner (Standard 8080; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>The inference code (default: MODEL/code/inference.py, else the workspace&apos;s src/inference.py).</source>
        <translation>Der Inferenz-Code (Standard: MODELL/code/inference.py, sonst src/inference.py des Arbeitsbereichs).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Image for docker and podman (default mlops/python:3.11).</source>
        <translation>Image für docker und podman (Standard mlops/python:3.11).</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>The image brings its own server: run it as &apos;IMAGE serve&apos;.</source>
        <translation>Das Image bringt einen eigenen Server mit: als „IMAGE serve“ starten.</translation>
    </message>
    <message>
        <source>Seconds to wait for /ping (default 240, SageMaker&apos;s limit).</source>
        <translation>Sekunden, die auf /ping gewartet wird (Standard 240, das Limit von SageMaker).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>serve needs exactly one MODEL
%1</source>
        <translation>serve braucht genau ein MODELL
%1</translation>
    </message>
    <message>
        <source>unknown runner &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannter Runner „%1“ (einer von: %2)</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535, not &apos;%1&apos;</source>
        <translation>--port braucht eine Zahl von 0 bis 65535, nicht „%1“</translation>
    </message>
    <message>
        <source>--startup-timeout needs a positive number of seconds</source>
        <translation>--startup-timeout braucht eine positive Zahl von Sekunden</translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>die Signalbehandlung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Starting the model server for %1 (runner %2, code: %3)…</source>
        <translation>Der Modellserver für %1 wird gestartet (Runner %2, Code: %3) …</translation>
    </message>
    <message>
        <source>default handlers</source>
        <translation>Standard-Handler</translation>
    </message>
    <message>
        <source>Serving %1 at %2</source>
        <translation>%1 wird unter %2 bereitgestellt</translation>
    </message>
    <message>
        <source>  GET %1/ping   POST %1/invocations   (Ctrl-C stops)</source>
        <translation>  GET %1/ping   POST %1/invocations   (Strg-C beendet)</translation>
    </message>
    <message>
        <source>Stopping the model server…</source>
        <translation>Der Modellserver wird beendet …</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>the model server exited unexpectedly (code %1)</source>
        <translation>der Modellserver hat sich unerwartet beendet (Code %1)</translation>
    </message>
    <message>
        <source>Usage: mlops serve MODEL [--runner process|sandbox|docker|podman] [--port P] [--host H]
  MODEL is a model folder, a run id (prefix) of the workspace, or a registered
  model version: GROUP/VERSION or GROUP@ALIAS.</source>
        <translation>Aufruf: mlops serve MODELL [--runner process|sandbox|docker|podman] [--port P] [--host H]
  MODELL ist ein Modellordner, eine Lauf-ID (Präfix) des Arbeitsbereichs oder eine
  registrierte Modellversion: GRUPPE/VERSION oder GRUPPE@ALIAS.</translation>
    </message>
    <message>
        <source>Starting the model server for %1 (runner %2, the image&apos;s own server)…</source>
        <translation>Modellserver für %1 wird gestartet (Runner %2, der eigene Server des Images)…</translation>
    </message>
    <message>
        <source>--image and --image-serves need the docker or podman runner; the %1 runner runs no image (add --runner docker or --runner podman)</source>
        <translation>--image und --image-serves brauchen den Runner docker oder podman; der Runner %1 führt kein Image aus (fügen Sie --runner docker oder --runner podman hinzu)</translation>
    </message>
</context>
<context>
    <name>mlops::cli::ShowCommand</name>
    <message>
        <source>Run %1  (%2 %3)</source>
        <translation>Lauf %1  (%2 %3)</translation>
    </message>
    <message>
        <source>  status      %1</source>
        <translation>  Status      %1</translation>
    </message>
    <message>
        <source>  pipeline    %1</source>
        <translation>  Pipeline    %1</translation>
    </message>
    <message>
        <source>  type        %1</source>
        <translation>  Typ         %1</translation>
    </message>
    <message>
        <source>  runner      %1</source>
        <translation>  Runner      %1</translation>
    </message>
    <message>
        <source>  started     %1</source>
        <translation>  gestartet   %1</translation>
    </message>
    <message>
        <source>  ended       %1</source>
        <translation>  beendet     %1</translation>
    </message>
    <message>
        <source>  duration    %1</source>
        <translation>  Dauer       %1</translation>
    </message>
    <message>
        <source>  commit      %1%2</source>
        <translation>  Commit      %1%2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source> (with uncommitted changes)</source>
        <translation> (mit nicht committeten Änderungen)</translation>
    </message>
    <message>
        <source>  cache       reused the outputs of run %1</source>
        <translation>  Cache       Ausgaben von Lauf %1 wiederverwendet</translation>
    </message>
    <message>
        <source>  attempts    %1</source>
        <translation>  Versuche    %1</translation>
    </message>
    <message>
        <source>  exit code   %1</source>
        <translation>  Exit-Code   %1</translation>
    </message>
    <message>
        <source>  reason      %1</source>
        <translation>  Grund       %1</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <source>Metrics (latest)</source>
        <translation>Metriken (neueste)</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>Last lines of stderr</source>
        <translation>Letzte Zeilen von stderr</translation>
    </message>
    <message>
        <source>Print JSON (format in the README).</source>
        <translation>JSON ausgeben (Format im README).</translation>
    </message>
    <message>
        <source>A run id or a unique prefix of it.</source>
        <translation>Eine Lauf-ID oder ein eindeutiger Anfang davon.</translation>
    </message>
    <message>
        <source>Usage: mlops show RUN [--json]</source>
        <translation>Aufruf: mlops show LAUF [--json]</translation>
    </message>
    <message>
        <source>show needs exactly one run id
%1</source>
        <translation>show braucht genau eine Lauf-ID
%1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Zwischengespeichert</translation>
    </message>
</context>
<context>
    <name>mlops::cli::ValidateCommand</name>
    <message>
        <source>Print the diagnostics as JSON.</source>
        <translation>Die Diagnosen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: mlops validate PIPELINE... [--json]</source>
        <translation>Aufruf: mlops validate PIPELINE... [--json]</translation>
    </message>
    <message>
        <source>validate needs a pipeline file
%1</source>
        <translation>validate braucht eine Pipeline-Datei
%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n step(s))</source>
        <translation>
            <numerusform>%1: gültig (%n Schritt)</numerusform>
            <numerusform>%1: gültig (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>pipeline name &apos;%1&apos; is used by %2; run one of them by its file, and give each its own name</source>
        <translation>Der Pipeline-Name &apos;%1&apos; wird von %2 verwendet; führen Sie eine davon über ihre Datei aus und geben Sie jeder einen eigenen Namen</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>pipeline &apos;%1&apos; not found: no such file, and no pipeline in pipelines/ has that name%2</source>
        <translation>Pipeline &apos;%1&apos; nicht gefunden: keine solche Datei, und keine Pipeline in pipelines/ hat diesen Namen%2</translation>
    </message>
    <message>
        <source>The pipeline file(s) to check, or a folder of them.</source>
        <translation>Die zu prüfenden Pipeline-Dateien oder ein Ordner mit ihnen.</translation>
    </message>
</context>
<context>
    <name>mlops::studio</name>
    <message>
        <source>MLOps Studio: notebooks, pipelines, runs and lineage on your machine.</source>
        <translation>MLOps Studio: Notebooks, Pipelines, Läufe und Herkunft auf dem eigenen Rechner.</translation>
    </message>
    <message>
        <source>Visit every screen and save one PNG per screen into OUTDIR, then quit. Without WORKSPACE, a fresh demo workspace is used.</source>
        <translation>Jeden Bildschirm besuchen, je ein PNG pro Bildschirm in AUSGABEORDNER speichern, dann beenden. Ohne WORKSPACE wird ein frischer Demo-Arbeitsbereich verwendet.</translation>
    </message>
    <message>
        <source>OUTDIR</source>
        <translation>AUSGABEORDNER</translation>
    </message>
    <message>
        <source>The workspace to open.</source>
        <translation>Der zu öffnende Arbeitsbereich.</translation>
    </message>
    <message>
        <source>mlops-studio: error: give at most one workspace</source>
        <translation>mlops-studio: Fehler: Geben Sie höchstens einen Arbeitsbereich an</translation>
    </message>
    <message>
        <source>mlops-studio: error: %1 is not inside an MLOps Studio workspace (no mlops.yaml in it or above it)</source>
        <translation>mlops-studio: Fehler: %1 liegt in keinem MLOps-Studio-Arbeitsbereich (weder dort noch darüber gibt es eine mlops.yaml)</translation>
    </message>
    <message>
        <source>mlops-studio: error: %1</source>
        <translation>mlops-studio: Fehler: %1</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>mlops-studio: error: %1 (see &apos;mlops-studio --help&apos;)</source>
        <translation>mlops-studio: Fehler: %1 (siehe &apos;mlops-studio --help&apos;)</translation>
    </message>
    <message>
        <source>mlops-studio: error: %1: no such folder</source>
        <translation>mlops-studio: Fehler: %1: Ordner existiert nicht</translation>
    </message>
</context>
</TS>
