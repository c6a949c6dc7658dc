<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CSV</name>
        <message numerus="yes">
            <source>regression, %n output(s)</source>
            <translation>
                <numerusform>regression, %n output</numerusform>
                <numerusform>regression, %n outputs</numerusform>
            </translation>
        </message>
    </context>
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
            <source>z = Σ w·a&lt;sub&gt;prev&lt;/sub&gt; over %n incoming connection(s)</source>
            <translation>
                <numerusform>z = Σ w·a&lt;sub&gt;prev&lt;/sub&gt; over %n incoming connection</numerusform>
                <numerusform>z = Σ w·a&lt;sub&gt;prev&lt;/sub&gt; over %n incoming connections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>showing all %n connection(s)</source>
            <translation>
                <numerusform>showing all %n connection</numerusform>
                <numerusform>showing all %n connections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{title}&lt;/b&gt; — {kind} layer {l}: %n neuron(s)</source>
            <translation>
                <numerusform>&lt;b&gt;{title}&lt;/b&gt; — {kind} layer {l}: %n neuron</numerusform>
                <numerusform>&lt;b&gt;{title}&lt;/b&gt; — {kind} layer {l}: %n neurons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feature(s)</source>
            <translation>
                <numerusform>%n feature</numerusform>
                <numerusform>%n features</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n neuron(s) · {activation}</source>
            <translation>
                <numerusform>%n neuron · {activation}</numerusform>
                <numerusform>%n neurons · {activation}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n neuron(s)</source>
            <translation>
                <numerusform>Delete %n neuron</numerusform>
                <numerusform>Delete %n neurons</numerusform>
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
        <name>Files</name>
        <message numerus="yes">
            <source>%n number(s)</source>
            <translation>
                <numerusform>%n number</numerusform>
                <numerusform>%n numbers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n layer(s)</source>
            <translation>
                <numerusform>%n layer</numerusform>
                <numerusform>%n layers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n value(s)</source>
            <translation>
                <numerusform>%n value</numerusform>
                <numerusform>%n values</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n [x, y] point(s)</source>
            <translation>
                <numerusform>%n [x, y] point</numerusform>
                <numerusform>%n [x, y] points</numerusform>
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
    <context>
        <name>Training</name>
        <message numerus="yes">
            <source>the data has %n input(s)</source>
            <translation>
                <numerusform>the data has %n input</numerusform>
                <numerusform>the data has %n inputs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> but the network has %n input neuron(s)</source>
            <translation>
                <numerusform> but the network has %n input neuron</numerusform>
                <numerusform> but the network has %n input neurons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done: %n epoch(s).</source>
            <translation>
                <numerusform>Done: %n epoch.</numerusform>
                <numerusform>Done: %n epochs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Train %n epoch(s)</source>
            <translation>
                <numerusform>Train %n epoch</numerusform>
                <numerusform>Train %n epochs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Train %n step(s)</source>
            <translation>
                <numerusform>Train %n step</numerusform>
                <numerusform>Train %n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: %n row(s), {columns} columns, separated by {delimiter}</source>
            <translation>
                <numerusform>{name}: %n row, {columns} columns, separated by {delimiter}</numerusform>
                <numerusform>{name}: %n rows, {columns} columns, separated by {delimiter}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{train} training and {test} test samples, %n input(s)</source>
            <translation>
                <numerusform>{train} training and {test} test samples, %n input</numerusform>
                <numerusform>{train} training and {test} test samples, %n inputs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) per frame ({rate} steps/s)</source>
            <translation>
                <numerusform>%n step per frame ({rate} steps/s)</numerusform>
                <numerusform>%n steps per frame ({rate} steps/s)</numerusform>
            </translation>
        </message>
    </context>
</TS>
