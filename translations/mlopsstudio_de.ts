<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>no MLOps Studio workspace found: there is no %1 in this folder or any folder above it (use -C DIR, or create one with &apos;mlops init&apos;)</source>
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
