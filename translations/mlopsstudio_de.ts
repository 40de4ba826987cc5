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
    <name>mlops::Database</name>
    <message>
        <source>database error: %1 (in: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::FileUtil</name>
    <message>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::Git</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::GitRepository</name>
    <message>
        <source>cannot open the git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bare git repository has no working tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the git status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the HEAD commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read a commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit a file that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create an index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read HEAD&apos;s tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the repository index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store a file in git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add a file to the commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add a file to the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the commit tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a commit signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the repository index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compute the diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot format the diff</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>mlops::LifecycleCard</name>
    <message>
        <source>ML lifecycle</source>
        <translation>ML-Lebenszyklus</translation>
    </message>
</context>
<context>
    <name>mlops::MainWindow</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
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
        <source>&amp;About MLOps Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MLOps Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MLOps Studio %1&lt;/h3&gt;&lt;p&gt;A native desktop MLOps studio: notebooks on real Jupyter kernels, visual pipelines over YAML, runs tracked in git and SQLite, lineage, registry and deployments on one workstation.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating workspace %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside an MLOps Studio workspace (there is no mlops.yaml in it or above it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLOps Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — MLOps Studio</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>%n data file(s)</source>
        <translation>
            <numerusform>%n Datendatei</numerusform>
            <numerusform>%n Datendateien</numerusform>
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
        <source>%1 runs mlops</source>
        <translation>%1 ruft mlops auf</translation>
    </message>
    <message>
        <source>the CI configuration never calls mlops</source>
        <translation>die CI-Konfiguration ruft mlops nie auf</translation>
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
    <message>
        <source>environments: %1</source>
        <translation>Umgebungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) deployed</source>
        <translation>
            <numerusform>%n Endpunkt bereitgestellt</numerusform>
            <numerusform>%n Endpunkte bereitgestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Declare separate targets in mlops.yaml: environments: {staging: {}, production: {}}</source>
        <translation>Getrennte Ziele in mlops.yaml festlegen: environments: {staging: {}, production: {}}</translation>
    </message>
    <message numerus="yes">
        <source>%n data capture file(s), e.g. %1</source>
        <translation>
            <numerusform>%n Datenerfassungsdatei, z. B. %1</numerusform>
            <numerusform>%n Datenerfassungsdateien, z. B. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>monitoring baseline %1</source>
        <translation>Überwachungs-Baseline %1</translation>
    </message>
    <message>
        <source>no captured requests and no monitoring baseline</source>
        <translation>keine erfassten Anfragen und keine Überwachungs-Baseline</translation>
    </message>
    <message>
        <source>Deploy an approved version with data capture and a baseline from the training data</source>
        <translation>Eine freigegebene Version mit Datenerfassung und einer Baseline aus den Trainingsdaten bereitstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n step run(s) with the %1 runner</source>
        <translation>
            <numerusform>%n Schrittlauf mit dem Runner %1</numerusform>
            <numerusform>%n Schrittläufe mit dem Runner %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no step runs yet</source>
        <translation>noch keine Schrittläufe</translation>
    </message>
    <message>
        <source>Run the steps in containers, the same way on every machine</source>
        <translation>Die Schritte in Containern ausführen, auf jedem Rechner gleich</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>Endpunkt %1</translation>
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
        <source>Deploy an approved version to a staging endpoint</source>
        <translation>Eine freigegebene Version auf einem Staging-Endpunkt bereitstellen</translation>
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
        <source>project template %1</source>
        <translation>Projektvorlage %1</translation>
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
        <source>Notebooks or pipelines to explore data and train models.</source>
        <translation>Notebooks oder Pipelines, um Daten zu erkunden und Modelle zu trainieren.</translation>
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
        <source>%1 is already %2 (by %3); nothing was changed</source>
        <translation>%1 ist bereits %2 (von %3); nichts wurde geändert</translation>
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
</context>
<context>
    <name>mlops::ModelVersionRef</name>
    <message>
        <source>&apos;%1&apos; is not a model group name: use letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting with a letter or digit (at most 63)</source>
        <translation>„%1“ ist kein Modellgruppenname: Buchstaben, Ziffern, „-“, „_“ oder „.“ verwenden, beginnend mit einem Buchstaben oder einer Ziffer (höchstens 63)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an alias name: use lowercase letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter (e.g. champion)</source>
        <translation>„%1“ ist kein Aliasname: Kleinbuchstaben, Ziffern, „-“ oder „_“ verwenden, beginnend mit einem Buchstaben (z. B. champion)</translation>
    </message>
    <message>
        <source>&apos;latest&apos; is reserved: it always means the newest version</source>
        <translation>„latest“ ist reserviert: Es bezeichnet immer die neueste Version</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not name a model version: write GROUP/VERSION (e.g. breast-cancer/3) or GROUP@ALIAS (e.g. breast-cancer@champion)</source>
        <translation>„%1“ bezeichnet keine Modellversion: GRUPPE/VERSION (z. B. breast-cancer/3) oder GRUPPE@ALIAS (z. B. breast-cancer@champion) schreiben</translation>
    </message>
</context>
<context>
    <name>mlops::NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the workspace in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not empty: pick another name, or use &apos;mlops init&apos; on a git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates %1 with a new git repository.</source>
        <translation type="unfinished"></translation>
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
    <name>mlops::OverviewScreen</name>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notebooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in pipelines/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in notebooks/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in data/</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not a git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detached HEAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commits yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n uncommitted change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>clean — every file is committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicted</source>
        <translation type="unfinished"></translation>
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
        <source>Acting as &lt;b&gt;%1&lt;/b&gt; (git identity)</source>
        <translation>Handelt als &lt;b&gt;%1&lt;/b&gt; (Git-Identität)</translation>
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
</context>
<context>
    <name>mlops::RunStatus</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::RunStore</name>
    <message>
        <source>run id &apos;%1&apos; is too short: give at least 4 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a run id (run ids are hexadecimal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run with id &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run id &apos;%1&apos; is ambiguous: give more characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no run with row id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::RunTracker</name>
    <message>
        <source>cannot register the metric &apos;%1&apos;</source>
        <translation>die Metrik „%1“ kann nicht registriert werden</translation>
    </message>
</context>
<context>
    <name>mlops::Store</name>
    <message>
        <source>cannot create the folder of the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this store was written by a newer MLOps Studio (schema migration &apos;%1&apos; is unknown to this version); upgrade the studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program running it stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::Suggest</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::Tour</name>
    <message>
        <source>tour: cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tour: %1 was still loading after %2 s; capturing it as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tour: cannot write %1</source>
        <translation type="unfinished"></translation>
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
        <source>Comment for the decision (recorded in the audit log)</source>
        <translation>Kommentar zur Entscheidung (wird im Audit-Protokoll festgehalten)</translation>
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
</context>
<context>
    <name>mlops::WelcomeScreen</name>
    <message>
        <source>MLOps Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment in notebooks, design pipelines, track every run and review lineage — on your own machine, in your own git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New empty workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder with an mlops.yaml, or a git repository you initialised with &apos;mlops init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces you open appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::Workspace</name>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an MLOps Studio workspace: there is no %1 here (create one with &apos;mlops init&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not inside an MLOps Studio workspace (no %1 in this folder or any folder above it); use -C DIR or &apos;mlops init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::WorkspaceInitializer</name>
    <message>
        <source>the template&apos;s data generator is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot produce the %1 data set: the Python interpreter %2 does not exist or is not executable (install python3-sklearn, or pass --python)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot produce the %1 data set: %2 did not start: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot produce the %1 data set: %2 did not finish within 3 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot produce the %1 data set with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generator failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos; (one of: %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no folder given for the new workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already an MLOps Studio workspace (it has an %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is not empty and is not in a git repository; refusing to create a workspace in it (use an empty or new folder, or a git repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would overwrite existing files: %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot update the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move a new file into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add MLOps Studio workspace &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create MLOps Studio workspace &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::WorkspaceManifest</name>
    <message>
        <source>the workspace manifest must be a mapping of keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace manifest needs a &apos;name&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown runner &apos;%1&apos; (one of: %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;roles&apos; must map role names to lists of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;environments&apos; must map names to settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; must be a mapping of settings</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>mlops::WorkspaceTemplate</name>
    <message>
        <source>Breast-cancer classification: a real data set, a pipeline and a notebook to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty workspace with the standard folders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::Yaml</name>
    <message>
        <source>invalid YAML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every item of %1 must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::cli</name>
    <message>
        <source>mlops: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a workspace from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the workspace&apos;s runs</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>mlops::cli::AuditCommand</name>
    <message>
        <source>Print JSON (format in the README).</source>
        <translation>JSON ausgeben (Format in der README).</translation>
    </message>
    <message>
        <source>Check the hash chain; exit 1 and name the first bad entry if the log was edited, cut or reordered.</source>
        <translation>Die Hash-Kette prüfen; bei Bearbeitung, Kürzung oder Umsortierung mit 1 beenden und den ersten fehlerhaften Eintrag nennen.</translation>
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
        <source>--limit needs a positive number, not &apos;%1&apos;</source>
        <translation>--limit braucht eine positive Zahl, nicht „%1“</translation>
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
</context>
<context>
    <name>mlops::cli::InitCommand</name>
    <message>
        <source>The template: %1 (default: demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace name (default: the folder&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Python interpreter for steps and notebooks (default: /usr/bin/python3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mlops init DIR [--template demo|empty] [--name NAME] [--python PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs exactly one folder
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace &apos;%1&apos; from the %2 template in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 files to the git repository %2 in commit %3 (by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New git repository with %1 files; first commit %2 (by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: git has no user.name/user.email configured; commits use %1. Set them with &apos;git config --global user.name ...&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::cli::Main</name>
    <message>
        <source>Usage: mlops [-C DIR] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLOps Studio on the command line: workspaces, pipelines, runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as if started in DIR (the workspace folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;mlops COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-C needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see &apos;mlops --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;%2 (see &apos;mlops --help&apos;)</source>
        <translation type="unfinished"></translation>
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
        <source>unknown approval status &apos;%1&apos; (one of: %2)</source>
        <translation>unbekannter Freigabestatus „%1“ (möglich: %2)</translation>
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
</context>
<context>
    <name>mlops::cli::RunsCommand</name>
    <message>
        <source>Print JSON (format in the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N runs (newest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mlops runs [--json] [--limit N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs takes no arguments
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet. Run a pipeline with &apos;mlops run pipelines/&lt;name&gt;.yaml&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::studio</name>
    <message>
        <source>MLOps Studio: notebooks, pipelines, runs and lineage on your machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit every screen and save one PNG per screen into OUTDIR, then quit. Without WORKSPACE, a fresh demo workspace is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTDIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlops-studio: error: give at most one workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlops-studio: error: %1 is not inside an MLOps Studio workspace (no mlops.yaml in it or above it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlops-studio: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
