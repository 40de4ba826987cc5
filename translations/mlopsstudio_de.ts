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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <name>mlops::ExperimentsScreen</name>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Übersicht</translation>
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
        <translation type="unfinished">%1 · %2</translation>
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
    <name>mlops::PipelineRunThread</name>
    <message>
        <source>%1 is not a valid pipeline</source>
        <translation>%1 ist keine gültige Pipeline</translation>
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
        <translation type="unfinished"></translation>
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
        <source>The best value of each metric is in bold (lowest for losses and errors, highest otherwise)</source>
        <translation>Der beste Wert jeder Metrik ist fett (der niedrigste bei Verlusten und Fehlern, sonst der höchste)</translation>
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
    <message>
        <source>&apos;%1&apos; is text: compare it with =, != or ~ (contains), not %2</source>
        <translation>&apos;%1&apos; ist Text: mit =, != oder ~ (enthält) vergleichen, nicht mit %2</translation>
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
        <translation type="unfinished"></translation>
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
        <source>Check pipeline files and report every problem</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished">Artefakte</translation>
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
        <translation type="unfinished">Schritte</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation type="unfinished"></translation>
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
