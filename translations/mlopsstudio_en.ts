<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>mlops::CommandStep</name>
    <message numerus="yes">
        <source>mlops: %n line(s) of the metrics file ignored: %1</source>
        <translation>
            <numerusform>mlops: %n line of the metrics file ignored: %1</numerusform>
            <numerusform>mlops: %n lines of the metrics file ignored: %1</numerusform>
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
