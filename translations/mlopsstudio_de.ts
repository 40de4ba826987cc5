<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>mlops::ArtifactCache</name>
    <message>
        <source>cannot create a cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy into the artifact cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move an object into the artifact cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link leads out of the folder; refusing to store it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a content hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged folder manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged folder manifest: bad entry &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no file &apos;%1&apos; in the stored folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy out of the artifact cache (object %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 is missing from the artifact cache</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runner &apos;%1&apos; is not available in this build (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be part of a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos; must stay inside the workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos;: %2 is versioned data that is not checked out; run &apos;mlops data checkout %2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos;: %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished">Versuch %1</translation>
    </message>
    <message>
        <source>stopped before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>mlops: %n line(s) of the metrics file ignored: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>timed out after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlops: attempt %1 of %2 failed (%3); retrying in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training step wrote no model: %1 is empty (write the model to SM_MODEL_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property &apos;%1&apos;: the step did not write %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property &apos;%1&apos;: %2 is not valid JSON: %3 (at byte %4)</source>
        <translation type="unfinished"></translation>
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
    <name>mlops::Diagnostic</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::EdgeItem</name>
    <message>
        <source>%1 feeds input &apos;%3&apos; of %2</source>
        <translation>%1 speist Eingabe „%3“ von %2</translation>
    </message>
    <message>
        <source>the model of %1</source>
        <translation>das Modell von %1</translation>
    </message>
    <message>
        <source>%1 uses %2.%3 in %4</source>
        <translation>%1 verwendet %2.%3 in %4</translation>
    </message>
    <message>
        <source>%1 runs after %2 (depends_on)</source>
        <translation>%1 läuft nach %2 (depends_on)</translation>
    </message>
    <message>
        <source>%1 runs when %2 is true</source>
        <translation>%1 läuft, wenn %2 wahr ist</translation>
    </message>
    <message>
        <source>%1 runs when %2 is false</source>
        <translation>%1 läuft, wenn %2 falsch ist</translation>
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
    <name>mlops::ExecutionContext</name>
    <message>
        <source>unknown parameter &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has not produced its properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not in property &apos;%2&apos; of step &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property %1 of step &apos;%2&apos; has no key &apos;%3&apos;%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an artifact, not a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has not finished, so %2 is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; produced no model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; produced no output &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a value, not an artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline &apos;%1&apos; has no parameter &apos;%2&apos;%3 (it has: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">keine</translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; needs a number (its default is %2), not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter &apos;%1&apos; needs true or false, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
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
    <name>mlops::Expression</name>
    <message>
        <source>&apos;${&apos; is not closed by &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text starting here is not closed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &apos;%1&apos; (use ==, !=, &lt;, &lt;=, &gt;, &gt;=, and, or, not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected word &apos;%1&apos;: quote text (&apos;%1&apos;), or write a reference such as ${parameters.%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparisons cannot be chained; join them with &apos;and&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;)&apos; expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition ends too early: a value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is expected here, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished">Text</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished">wahr/falsch</translation>
    </message>
    <message>
        <source>an artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: %1 is an artifact (files), not a value; compare a property such as ${steps.%2.properties.NAME.key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: &apos;not&apos; needs true/false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: &apos;%1&apos; needs true/false on both sides, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: cannot compare %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: &apos;%1&apos; cannot order true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;not&apos; needs true/false, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs true/false, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compare &apos;%1&apos; with &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: a condition must be true or false, but this is %1; compare it, e.g. &apos;%2 &gt;= 0.9&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition gave &apos;%1&apos;, not true or false</source>
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
    <name>mlops::Hasher</name>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::JobLayout</name>
    <message>
        <source>cannot create the job folder</source>
        <translation type="unfinished"></translation>
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
    <name>mlops::MetricsFile</name>
    <message>
        <source>not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metric line needs a &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric &apos;%1&apos; has no finite numeric &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the metrics file: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Name</translation>
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
        <translation type="unfinished">Erstellen</translation>
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
    <name>mlops::OverviewScreen</name>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished">Pipelines</translation>
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
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>%1 wiederholen (Strg+Umschalt+Z)</translation>
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
        <source>A value used inside a field (a dotted line) goes away when the field no longer uses it</source>
        <translation>Ein Wert, der in einem Feld verwendet wird (gepunktete Linie), verschwindet, wenn das Feld ihn nicht mehr verwendet</translation>
    </message>
</context>
<context>
    <name>mlops::PipelineExecution</name>
    <message>
        <source>the pipeline&apos;s steps form a cycle; run &apos;mlops validate&apos; for details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runner &apos;%1&apos; is not available (available: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream step &apos;%1&apos; did not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition &apos;%1&apos; was true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition &apos;%1&apos; was false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upstream step &apos;%1&apos; was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true: runs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false: runs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline reached fail step &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by the user</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: %1 must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: %1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: %1 must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: every item of %1 must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: %1 must be a mapping of names to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: &apos;%1&apos; in %2 must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: retries must be a whole number of retries (0 or more) or {max_attempts, interval, backoff_rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: retries must be a number or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: max_attempts must be a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: interval must be a duration such as 5s or PT5S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: backoff_rate must be a number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: cache must be true, false or {enabled, expire_after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: expire_after must be a duration such as P7D or 12h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: timeout must be a duration such as 30m, 90s or PT1H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown runner &apos;%1&apos; (one of: %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: parameters must map names to default values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid parameter name (letters, digits, _ and -, starting with a letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: the default of parameter &apos;%1&apos; must be a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: defaults must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid step name (letters, digits, _ and -, starting with a letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: step &apos;%1&apos; must be a mapping with at least a &apos;type&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has no &apos;type&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step type &apos;%1&apos; is not supported by this version of MLOps Studio yet (supported: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step type &apos;%1&apos; (one of: %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 step needs &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: command must be a list of arguments, e.g. [python, src/train.py, --epochs, &quot;10&quot;] (commands never go through a shell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid input name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid output name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;model&apos; is reserved: a training step&apos;s model is ${steps.%1.model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output &apos;%1&apos; is declared twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hyperparameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: metrics must be a list of {name, regex}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: each metric must be {name: ..., regex: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metric definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metric name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metric definition needs a &apos;name&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metric regex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid regular expression for metric &apos;%1&apos;: %2 (at character %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the regex of metric &apos;%1&apos; needs a group, e.g. accuracy=([0-9.]+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metric definition needs a &apos;regex&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build.context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build needs a &apos;context&apos; folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build.dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: build must be a folder or {context, dockerfile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: resources must be {cpus, memory, gpus}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: cpus must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: memory must be a size such as 512m or 4g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: gpus must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code must be a folder inside the workspace, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depends_on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pipeline file must be a mapping with &apos;name&apos; and &apos;steps&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline has no &apos;steps&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: &apos;steps&apos; must map step names to steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is defined twice</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>mlops::PipelineValidator</name>
    <message>
        <source>unknown parameter &apos;%1&apos; in %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step &apos;%1&apos; in %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; refers to itself in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: step &apos;%1&apos; is a %2 step and has no outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has no output &apos;%2&apos;%3 (it declares: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">keine</translation>
    </message>
    <message>
        <source>type mismatch: only training steps have a model; &apos;%1&apos; is a %2 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; has no property &apos;%2&apos;%3 (declare it under &apos;properties:&apos; of &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type mismatch: input &apos;%1&apos; needs files (an output, a model or a workspace path), but %2 is a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos; must be exactly one ${steps…} reference, without text around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos; must be a path inside the workspace, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos;: %2 does not exist in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; cannot list itself in &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown step &apos;%1&apos; in &apos;%2&apos;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad condition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; is in both &apos;then&apos; and &apos;else&apos; of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition &apos;%1&apos; has neither &apos;then&apos; nor &apos;else&apos; steps, so it decides nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step &apos;%1&apos; runs in a %2 container but names no image (set &apos;image:&apos; or &apos;build:&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property &apos;%1&apos; must point into one of the step&apos;s outputs (%2), e.g. %3/report.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the steps form a cycle: %1 (a step cannot wait for itself)</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>mlops::ProcessRunner</name>
    <message>
        <source>cannot start &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step was killed by a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox runner needs bubblewrap, which is not installed (apt install bubblewrap), or use runner: process</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::Reference</name>
    <message>
        <source>use ${parameters.NAME}, ${steps.STEP.outputs.NAME}, ${steps.STEP.model} or ${steps.STEP.properties.NAME.key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a parameter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference &apos;${%1}&apos; names no step; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid key in &apos;${%2}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference &apos;${%1}&apos; does not name an output, the model or a property of step &apos;%2&apos;; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown reference &apos;${%1}&apos;; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;${&apos; is not closed by &apos;}&apos; (write &apos;$${&apos; for a literal &apos;${&apos;)</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>mlops::RunHistory</name>
    <message>
        <source>stderr</source>
        <translation>stderr</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains a model from input channels and writes it to the model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chooses a branch by comparing parameters and properties of earlier steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the pipeline as failed, with a message</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">mlops: Fehler: %1</translation>
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
        <source>Check pipeline files and report every problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewrite pipeline files in canonical form</source>
        <translation>Pipeline-Dateien in kanonische Form bringen</translation>
    </message>
    <message>
        <source>Run a pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one run: steps, parameters, metrics, artifacts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mlops::cli::FmtCommand</name>
    <message>
        <source>Change nothing; list the files that are not in canonical form and exit with 1 if there are any.</source>
        <translation>Nichts ändern; die Dateien auflisten, die nicht in kanonischer Form sind, und mit 1 beenden, wenn es welche gibt.</translation>
    </message>
    <message>
        <source>The pipeline file(s) to format.</source>
        <translation>Die zu formatierenden Pipeline-Dateien.</translation>
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
    <name>mlops::cli::RunCommand</name>
    <message>
        <source>running (%1, attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached</source>
        <translation type="unfinished">Aus dem Cache</translation>
    </message>
    <message>
        <source>from run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override a pipeline parameter (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every command step with this runner (process, sandbox, docker, podman).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RUNNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every step, reusing no cached result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run at most N steps at once (default: the number of cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the steps&apos; output as it comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the finished run as JSON (as &apos;mlops show --json&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline file to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mlops run PIPELINE [--param NAME=VALUE]... [--runner RUNNER] [--no-cache] [--max-parallel N] [--logs] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run needs exactly one pipeline file
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--param needs NAME=VALUE, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-parallel needs a positive number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlops: error: %1 is not valid; nothing was run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pipeline %1 · run %2 · commit %3 (%4) · %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">keine</translation>
    </message>
    <message>
        <source>not in git</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, uncommitted changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: terminating running steps (Ctrl-C again to stop waiting)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3 completed (%4 from cache), %5 skipped, %6 failed. Details: mlops show %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mlops: %1</source>
        <translation type="unfinished"></translation>
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
    <name>mlops::cli::ShowCommand</name>
    <message>
        <source>Run %1  (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  status      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  pipeline    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  type        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  runner      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  started     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ended       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  duration    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  commit      %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">keine</translation>
    </message>
    <message>
        <source> (with uncommitted changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  cache       reused the outputs of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  attempts    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  exit code   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reason      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished">Parameter</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation type="unfinished">Hyperparameter</translation>
    </message>
    <message>
        <source>Metrics (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last lines of stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (format in the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run id or a unique prefix of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mlops show RUN [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs exactly one run id
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached</source>
        <translation type="unfinished">Aus dem Cache</translation>
    </message>
</context>
<context>
    <name>mlops::cli::ValidateCommand</name>
    <message>
        <source>Print the diagnostics as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline file(s) to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mlops validate PIPELINE... [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate needs a pipeline file
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: valid (%n step(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
