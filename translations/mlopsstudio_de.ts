<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>not a valid kernel.json: %1</source>
        <translation>keine gültige kernel.json: %1</translation>
    </message>
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
</context>
<context>
    <name>mlops::KernelWorker</name>
    <message>
        <source>The kernel is not running.</source>
        <translation>Der Kernel läuft nicht.</translation>
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
</context>
<context>
    <name>mlops::NotebookRunner</name>
    <message>
        <source>the kernel aborted the cell</source>
        <translation>der Kernel hat die Zelle abgebrochen</translation>
    </message>
    <message>
        <source>cell %1 failed: %2</source>
        <translation>Zelle %1 fehlgeschlagen: %2</translation>
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
        <source>The kernel &apos;%1&apos; of this notebook is not installed; using %2</source>
        <translation>Der Kernel &apos;%1&apos; dieses Notebooks ist nicht installiert; verwendet wird %2</translation>
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
        <translation>die Metrik &apos;%1&apos; lässt sich nicht registrieren</translation>
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
        <source>Run a notebook headless with parameters, tracked as a run</source>
        <translation>Ein Notebook ohne Oberfläche mit Parametern ausführen, als Lauf aufgezeichnet</translation>
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
        <translation type="unfinished">NAME</translation>
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
        <source>  [%1/%2] running cell %3…</source>
        <translation>  [%1/%2] Zelle %3 läuft…</translation>
    </message>
    <message>
        <source>  [%1/%2] cell %3 %4 in %5</source>
        <translation>  [%1/%2] Zelle %3 %4 in %5</translation>
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
        <source>mlops: error: %1: cell %2 failed: %3</source>
        <translation>mlops: Fehler: %1: Zelle %2 fehlgeschlagen: %3</translation>
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
        <source>Set a parameter (injected after the cell tagged &apos;parameters&apos;; numbers, True/False and None keep their type).</source>
        <translation>Einen Parameter setzen (eingefügt nach der Zelle mit dem Tag &apos;parameters&apos;; Zahlen, True/False und None behalten ihren Typ).</translation>
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
        <translation type="unfinished">NAME</translation>
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
