"""Processes, pools and cancellation for the Lab and the CLI (no Qt).

``pool``: the shared worker-process pool with cross-process cancel flags. ``sweep``: learning-rate
sweeps run on it (the computation of one run is the engine's, ``nnstudio.engine.lr_sweep``).
"""
