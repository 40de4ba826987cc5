<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
