"""Tests of nnstudio.stepper (a package so that test module names do not clash with tests/engine)."""
