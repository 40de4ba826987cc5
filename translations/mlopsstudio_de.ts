<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>run id &apos;%1&apos; is ambiguous: give more characters</source>
        <translation>Lauf-ID „%1“ ist mehrdeutig: Geben Sie mehr Zeichen an</translation>
    </message>
    <message>
        <source>no run with row id %1</source>
        <translation>kein Lauf mit der Zeilen-ID %1</translation>
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
</context>
<context>
    <name>mlops::Suggest</name>
    <message>
        <source> (did you mean &apos;%1&apos;?)</source>
        <translation> (meinten Sie „%1“?)</translation>
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
        <source>cannot create the folder</source>
        <translation>Der Ordner kann nicht angelegt werden</translation>
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
        <source>The Python interpreter for steps and notebooks (default: /usr/bin/python3).</source>
        <translation>Der Python-Interpreter für Schritte und Notebooks (Standard: /usr/bin/python3).</translation>
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
        <source>Note: git has no user.name/user.email configured; commits use %1. Set them with &apos;git config --global user.name ...&apos;.</source>
        <translation>Hinweis: In Git sind user.name/user.email nicht eingerichtet; Commits verwenden %1. Legen Sie sie mit „git config --global user.name …“ fest.</translation>
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
</context>
</TS>
