<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Canvas</name>
        <message numerus="yes">
            <source>z = Σ w·a&lt;sub&gt;prev&lt;/sub&gt; + b over %n incoming connection(s)</source>
            <translation>
                <numerusform>z = Σ w·a&lt;sub&gt;prev&lt;/sub&gt; + b over %n incoming connection</numerusform>
                <numerusform>z = Σ w·a&lt;sub&gt;prev&lt;/sub&gt; + b over %n incoming connections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>showing all %n connection(s)</source>
            <translation>
                <numerusform>showing all %n connection</numerusform>
                <numerusform>showing all %n connections</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message numerus="yes">
            <source>Move %n neuron(s)</source>
            <translation>
                <numerusform>Move %n neuron</numerusform>
                <numerusform>Move %n neurons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n neuron(s)</source>
            <translation>
                <numerusform>Remove %n neuron</numerusform>
                <numerusform>Remove %n neurons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n connection(s)</source>
            <translation>
                <numerusform>Delete %n connection</numerusform>
                <numerusform>Delete %n connections</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n neuron(s) selected&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n neuron selected&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n neurons selected&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove %n neuron(s)</source>
            <translation>
                <numerusform>Remove %n neuron</numerusform>
                <numerusform>Remove %n neurons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n connection(s)</source>
            <translation>
                <numerusform>%n connection</numerusform>
                <numerusform>%n connections</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Lab</name>
        <message numerus="yes">
            <source>{head}: {point}, f = {value} after %n step(s)</source>
            <translation>
                <numerusform>{head}: {point}, f = {value} after %n step</numerusform>
                <numerusform>{head}: {point}, f = {value} after %n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Training a copy for %n epoch(s)…</source>
            <translation>
                <numerusform>Training a copy for %n epoch…</numerusform>
                <numerusform>Training a copy for %n epochs…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es), {stop}. Suggestion: {rule} (edge η = {edge}, lowest loss at η = {lowest}).</source>
            <translation>
                <numerusform>%n batch, {stop}. Suggestion: {rule} (edge η = {edge}, lowest loss at η = {lowest}).</numerusform>
                <numerusform>%n batches, {stop}. Suggestion: {rule} (edge η = {edge}, lowest loss at η = {lowest}).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>{sizes}  ·  %n parameter(s)  ·  loss {loss}</source>
            <translation>
                <numerusform>{sizes}  ·  %n parameter  ·  loss {loss}</numerusform>
                <numerusform>{sizes}  ·  %n parameters  ·  loss {loss}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message numerus="yes">
            <source>{what}: expected %n number(s), got {got}</source>
            <translation>
                <numerusform>{what}: expected %n number, got {got}</numerusform>
                <numerusform>{what}: expected %n numbers, got {got}</numerusform>
            </translation>
        </message>
    </context>
</TS>
