<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>mlops::AuditTrailCard</name>
    <message numerus="yes">
        <source>%n entry(ies), hash chain verified</source>
        <translation>
            <numerusform>%n entry, hash chain verified</numerusform>
            <numerusform>%n entries, hash chain verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older entry(ies): mlops audit</source>
        <translation>
            <numerusform>%n older entry: mlops audit</numerusform>
            <numerusform>%n older entries: mlops audit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::ChangesPanel</name>
    <message numerus="yes">
        <source>%n uncommitted change(s). Commit the checked ones with a message; runs then record a clean commit and can be reproduced exactly.</source>
        <translation>
            <numerusform>%n uncommitted change. Commit the checked ones with a message; runs then record a clean commit and can be reproduced exactly.</numerusform>
            <numerusform>%n uncommitted changes. Commit the checked ones with a message; runs then record a clean commit and can be reproduced exactly.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::CommandStep</name>
    <message numerus="yes">
        <source>mlops: %n line(s) of the metrics file ignored: %1</source>
        <translation>
            <numerusform>mlops: %n line of the metrics file ignored: %1</numerusform>
            <numerusform>mlops: %n lines of the metrics file ignored: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>step &apos;%1&apos; asks for GPUs (gpus: %n), but the %2 runner gives its steps none: remove &apos;gpus&apos; from its resources, or run it with the process runner, which uses this machine&apos;s GPUs</source>
        <translation>
            <numerusform>step &apos;%1&apos; asks for a GPU (gpus: %n), but the %2 runner gives its steps none: remove &apos;gpus&apos; from its resources, or run it with the process runner, which uses this machine&apos;s GPUs</numerusform>
            <numerusform>step &apos;%1&apos; asks for GPUs (gpus: %n), but the %2 runner gives its steps none: remove &apos;gpus&apos; from its resources, or run it with the process runner, which uses this machine&apos;s GPUs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::ContentScanner</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::DataVersioning</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::ExperimentsScreen</name>
    <message numerus="yes">
        <source>Copy run ID(s)</source>
        <translation>
            <numerusform>Copy run ID</numerusform>
            <numerusform>Copy run IDs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::FindBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::GitScreen</name>
    <message numerus="yes">
        <source>%n uncommitted change(s)</source>
        <translation>
            <numerusform>%n uncommitted change</numerusform>
            <numerusform>%n uncommitted changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s)</source>
        <translation>
            <numerusform>%n commit</numerusform>
            <numerusform>%n commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) recorded at them</source>
        <translation>
            <numerusform>%n run recorded at them</numerusform>
            <numerusform>%n runs recorded at them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::JupyterMessage</name>
    <message numerus="yes">
        <source>malformed Jupyter message: %n frame(s) without the &lt;IDS|MSG&gt; delimiter and the four JSON parts</source>
        <translation>
            <numerusform>malformed Jupyter message: %n frame without the &lt;IDS|MSG&gt; delimiter and the four JSON parts</numerusform>
            <numerusform>malformed Jupyter message: %n frames without the &lt;IDS|MSG&gt; delimiter and the four JSON parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::Lifecycle</name>
    <message numerus="yes">
        <source>%n data file(s)</source>
        <translation>
            <numerusform>%n data file</numerusform>
            <numerusform>%n data files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data set version(s) used by runs</source>
        <translation>
            <numerusform>%n data set version used by runs</numerusform>
            <numerusform>%n data set versions used by runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) trained</source>
        <translation>
            <numerusform>%n model trained</numerusform>
            <numerusform>%n models trained</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n failed</source>
        <translation>
            <numerusform> · %n failed</numerusform>
            <numerusform> · %n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Metrics on %n run(s)</source>
        <translation>
            <numerusform>Metrics on %n run</numerusform>
            <numerusform>Metrics on %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting approval</source>
        <translation>
            <numerusform>%n awaiting approval</numerusform>
            <numerusform>%n awaiting approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n approved</source>
        <translation>
            <numerusform>%n approved</numerusform>
            <numerusform>%n approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n endpoint</numerusform>
            <numerusform>%n endpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n capture file(s)</source>
        <translation>
            <numerusform>%n capture file</numerusform>
            <numerusform>%n capture files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n model(s) trained before</source>
        <translation>
            <numerusform> · %n model trained before</numerusform>
            <numerusform> · %n models trained before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::LineageDetailPanel</name>
    <message numerus="yes">
        <source>%n association(s) in</source>
        <translation>
            <numerusform>%n association in</numerusform>
            <numerusform>%n associations in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n association(s) out</source>
        <translation>
            <numerusform>%n association out</numerusform>
            <numerusform>%n associations out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::LineageScreen</name>
    <message numerus="yes">
        <source>%n entities in view</source>
        <translation>
            <numerusform>%n entities in view</numerusform>
            <numerusform>%n entities in view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the workspace</source>
        <translation>
            <numerusform>%n in the workspace</numerusform>
            <numerusform>%n in the workspace</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n association(s)</source>
        <translation>
            <numerusform>%n association</numerusform>
            <numerusform>%n associations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>only the first %n entities are shown</source>
        <translation>
            <numerusform>only the first %n entities are shown</numerusform>
            <numerusform>only the first %n entities are shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::MaturityCriteria</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s)</source>
        <translation>
            <numerusform>%n more file</numerusform>
            <numerusform>%n more files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>git repository at %1 with %n commit(s)</source>
        <translation>
            <numerusform>git repository at %1 with %n commit</numerusform>
            <numerusform>git repository at %1 with %n commits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncommitted change(s) in the working tree</source>
        <translation>
            <numerusform>%n uncommitted change in the working tree</numerusform>
            <numerusform>%n uncommitted changes in the working tree</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notebook(s): %1</source>
        <translation>
            <numerusform>%n notebook: %1</numerusform>
            <numerusform>%n notebooks: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s): %1</source>
        <translation>
            <numerusform>%n pipeline: %1</numerusform>
            <numerusform>%n pipelines: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) recorded in %1</source>
        <translation>
            <numerusform>%n run recorded in %1</numerusform>
            <numerusform>%n runs recorded in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n experiment(s)</source>
        <translation>
            <numerusform>%n experiment</numerusform>
            <numerusform>%n experiments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) with metrics, comparable in the Experiments screen</source>
        <translation>
            <numerusform>%n run with metrics, comparable in the Experiments screen</numerusform>
            <numerusform>%n runs with metrics, comparable in the Experiments screen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) started from uncommitted changes, latest %1</source>
        <translation>
            <numerusform>%n run started from uncommitted changes, latest %1</numerusform>
            <numerusform>%n runs started from uncommitted changes, latest %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed pipeline execution(s)</source>
        <translation>
            <numerusform>%n completed pipeline execution</numerusform>
            <numerusform>%n completed pipeline executions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline execution(s) started by %1</source>
        <translation>
            <numerusform>%n pipeline execution started by %1</numerusform>
            <numerusform>%n pipeline executions started by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model group(s)</source>
        <translation>
            <numerusform>%n model group</numerusform>
            <numerusform>%n model groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step run(s) reused cached results</source>
        <translation>
            <numerusform>%n step run reused cached results</numerusform>
            <numerusform>%n step runs reused cached results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) deployed</source>
        <translation>
            <numerusform>%n endpoint deployed</numerusform>
            <numerusform>%n endpoints deployed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment record(s)</source>
        <translation>
            <numerusform>%n deployment record</numerusform>
            <numerusform>%n deployment records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(ies), hash chain intact</source>
        <translation>
            <numerusform>%n audit entry, hash chain intact</numerusform>
            <numerusform>%n audit entries, hash chain intact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pipeline(s) with completed executions</source>
        <translation>
            <numerusform>%n pipeline with completed executions</numerusform>
            <numerusform>%n pipelines with completed executions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) committed: %1</source>
        <translation>
            <numerusform>%n person committed: %1</numerusform>
            <numerusform>%n persons committed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data capture file(s) of deployed endpoints, e.g. %1</source>
        <translation>
            <numerusform>%n data capture file of deployed endpoints, e.g. %1</numerusform>
            <numerusform>%n data capture files of deployed endpoints, e.g. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed step run(s) with the %1 runner</source>
        <translation>
            <numerusform>%n completed step run with the %1 runner</numerusform>
            <numerusform>%n completed step runs with the %1 runner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) promoted by approval, latest %1</source>
        <translation>
            <numerusform>%n version promoted by approval, latest %1</numerusform>
            <numerusform>%n versions promoted by approval, latest %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s) to work on</source>
        <translation>
            <numerusform>%n data file to work on</numerusform>
            <numerusform>%n data files to work on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s), but no notebook or pipeline to explore them</source>
        <translation>
            <numerusform>%n data file, but no notebook or pipeline to explore it</numerusform>
            <numerusform>%n data files, but no notebook or pipeline to explore them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::MaturityScreen</name>
    <message numerus="yes">
        <source>%n recommended</source>
        <translation>
            <numerusform>%n recommended</numerusform>
            <numerusform>%n recommended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::NotebookRunner</name>
    <message numerus="yes">
        <source>kernel %1 started; %n code cell(s) to run</source>
        <translation>
            <numerusform>kernel %1 started; %n code cell to run</numerusform>
            <numerusform>kernel %1 started; %n code cells to run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::OverviewScreen</name>
    <message numerus="yes">
        <source>%n step run(s)</source>
        <translation>
            <numerusform>%n step run</numerusform>
            <numerusform>%n step runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n running</source>
        <translation>
            <numerusform>, %n running</numerusform>
            <numerusform>, %n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncommitted change(s)</source>
        <translation>
            <numerusform>%n uncommitted change</numerusform>
            <numerusform>%n uncommitted changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::ParametersModel</name>
    <message numerus="yes">
        <source>Remove %n Parameter(s)</source>
        <translation>
            <numerusform>Remove %n Parameter</numerusform>
            <numerusform>Remove %n Parameters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::PipelineDocument</name>
    <message numerus="yes">
        <source>Delete %n Step(s)</source>
        <translation>
            <numerusform>Delete %n Step</numerusform>
            <numerusform>Delete %n Steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n Step(s)</source>
        <translation>
            <numerusform>Move %n Step</numerusform>
            <numerusform>Move %n Steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::PipelineEditor</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n step(s)</source>
        <translation>
            <numerusform>Copied %n step</numerusform>
            <numerusform>Copied %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Step(s)</source>
        <translation>
            <numerusform>Paste %n Step</numerusform>
            <numerusform>Paste %n Steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Connection(s)</source>
        <translation>
            <numerusform>Delete %n Connection</numerusform>
            <numerusform>Delete %n Connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::PipelineListModel</name>
    <message numerus="yes">
        <source>%1
%n step(s)</source>
        <translation>
            <numerusform>%1
%n step</numerusform>
            <numerusform>%1
%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
%n error(s)</source>
        <translation>
            <numerusform>%1
%n error</numerusform>
            <numerusform>%1
%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::PipelinePropertiesPanel</name>
    <message numerus="yes">
        <source>%n step(s), %1</source>
        <translation>
            <numerusform>%n step, %1</numerusform>
            <numerusform>%n steps, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parameter(s)</source>
        <translation>
            <numerusform>%n parameter</numerusform>
            <numerusform>%n parameters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::RegistryAudit</name>
    <message numerus="yes">
        <source> (and %n more difference(s))</source>
        <translation>
            <numerusform> (and %n more difference)</numerusform>
            <numerusform> (and %n more differences)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::RegistryScreen</name>
    <message numerus="yes">
        <source>%n model group(s)</source>
        <translation>
            <numerusform>%n model group</numerusform>
            <numerusform>%n model groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting approval</source>
        <translation>
            <numerusform>%n awaiting approval</numerusform>
            <numerusform>%n awaiting approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::RunComparisonView</name>
    <message numerus="yes">
        <source>Comparing %n run(s)</source>
        <translation>
            <numerusform>Comparing %n run</numerusform>
            <numerusform>Comparing %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::RunFilterBar</name>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::cli::AuditCommand</name>
    <message numerus="yes">
        <source>Audit log intact: %n entries, every hash and link checks out</source>
        <translation>
            <numerusform>Audit log intact: %n entries, every hash and link checks out</numerusform>
            <numerusform>Audit log intact: %n entries, every hash and link checks out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registry matches the log: %n model version(s) checked</source>
        <translation>
            <numerusform>Registry matches the log: %n model version checked</numerusform>
            <numerusform>Registry matches the log: %n model versions checked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::cli::DataCommand</name>
    <message numerus="yes">
        <source>folder of %n file(s)</source>
        <translation>
            <numerusform>folder of %n file</numerusform>
            <numerusform>folder of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) hashed</source>
        <translation>
            <numerusform>%n file hashed</numerusform>
            <numerusform>%n files hashed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged since the last look</source>
        <translation>
            <numerusform>%n unchanged since the last look</numerusform>
            <numerusform>%n unchanged since the last look</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not in this version removed</source>
        <translation>
            <numerusform>%n file not in this version removed</numerusform>
            <numerusform>%n files not in this version removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::cli::FmtCommand</name>
    <message numerus="yes">
        <source>%n file(s) would be reformatted; run &apos;mlops fmt&apos; on them</source>
        <translation>
            <numerusform>%n file would be reformatted; run &apos;mlops fmt&apos; on them</numerusform>
            <numerusform>%n files would be reformatted; run &apos;mlops fmt&apos; on them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::cli::NotebookCommand</name>
    <message numerus="yes">
        <source>Ran %1 with kernel %2: %n cell(s) in %3</source>
        <translation>
            <numerusform>Ran %1 with kernel %2: %n cell in %3</numerusform>
            <numerusform>Ran %1 with kernel %2: %n cells in %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mlops: %1: stopped while %2 ran; %n cell(s) ran.</source>
        <translation>
            <numerusform>mlops: %1: stopped while %2 ran; %n cell ran.</numerusform>
            <numerusform>mlops: %1: stopped while %2 ran; %n cells ran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mlops: %1: stopped; %n cell(s) ran.</source>
        <translation>
            <numerusform>mlops: %1: stopped; %n cell ran.</numerusform>
            <numerusform>mlops: %1: stopped; %n cells ran.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::cli::RunCommand</name>
    <message numerus="yes">
        <source>Pipeline %1 · run %2 · commit %3 (%4) · %n step(s)</source>
        <translation>
            <numerusform>Pipeline %1 · run %2 · commit %3 (%4) · %n step</numerusform>
            <numerusform>Pipeline %1 · run %2 · commit %3 (%4) · %n steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mlops::cli::ValidateCommand</name>
    <message numerus="yes">
        <source>%1: valid (%n step(s))</source>
        <translation>
            <numerusform>%1: valid (%n step)</numerusform>
            <numerusform>%1: valid (%n steps)</numerusform>
        </translation>
    </message>
</context>
</TS>
