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
        <source>Install and start Docker: run packaging/container-engines.sh as root (installs docker.io and starts dockerd), or apt-get install docker.io</source>
        <translation>Docker installieren und starten: packaging/container-engines.sh als root ausführen (installiert docker.io und startet dockerd) oder apt-get install docker.io</translation>
    </message>
    <message>
        <source>Install Podman: apt-get install podman runc, then run packaging/container-engines.sh as root to configure it</source>
        <translation>Podman installieren: apt-get install podman runc, danach packaging/container-engines.sh als root ausführen, um es einzurichten</translation>
    </message>
    <message>
        <source>Start the Docker engine: run packaging/container-engines.sh as root (dockerd on %1), or systemctl start docker; set DOCKER_HOST when it listens elsewhere</source>
        <translation>Docker-Engine starten: packaging/container-engines.sh als root ausführen (dockerd auf %1) oder systemctl start docker; DOCKER_HOST setzen, wenn sie anderswo lauscht</translation>
    </message>
    <message>
        <source>Podman does not work here: run packaging/container-engines.sh as root (runc and fixed ulimits in /etc/containers/containers.conf.d)</source>
        <translation>Podman funktioniert hier nicht: packaging/container-engines.sh als root ausführen (runc und feste ulimits in /etc/containers/containers.conf.d)</translation>
    </message>
    <message>
        <source>the Docker daemon did not answer</source>
        <translation>der Docker-Daemon hat nicht geantwortet</translation>
    </message>
    <message>
        <source>Start the Docker engine: run packaging/container-engines.sh as root</source>
        <translation>Docker-Engine starten: packaging/container-engines.sh als root ausführen</translation>
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
</context>
<context>
    <name>mlops::ModelSource</name>
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
        <source>Usage: mlops serve MODEL [--runner process|sandbox|docker|podman] [--port P] [--host H]
  MODEL is a model folder or a run id (prefix) of the workspace.</source>
        <translation>Aufruf: mlops serve MODELL [--runner process|sandbox|docker|podman] [--port P] [--host H]
  MODELL ist ein Modellordner oder eine Lauf-ID (Präfix) des Arbeitsbereichs.</translation>
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
        <translation type="unfinished"></translation>
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
