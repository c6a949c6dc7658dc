<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <name>Stepper</name>
        <message numerus="yes">
            <source>{what}: expected %n number(s), got {got}</source>
            <translation>
                <numerusform>{what}: expected %n number, got {got}</numerusform>
                <numerusform>{what}: expected %n numbers, got {got}</numerusform>
            </translation>
        </message>
    </context>
</TS>
