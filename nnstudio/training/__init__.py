"""Training in the app: the engine runs in its own process (driven from a QThread), streams frozen
snapshots, and the panel, plots and canvas redraw from one timer.

Modules: ``install`` (``install(host) -> TrainingPanels``; ``host`` is a ``document.host.PanelHost``),
``controller`` (play/pause/step/commit) and its parts, ``engine_process`` and ``remote`` (the engine
process and its proxy), ``worker`` (the relay QThread worker and the in-thread fallback), ``loop`` (the
chunked training loop), ``history``, ``plane`` (the input plane), ``adapt``/``commands`` (fitting the
network to the data, undoably), ``panel`` (the training dock), ``views`` (the plots dock),
``csv_dialog``. The data come from ``nnstudio.io.dataset_block``.
This package file imports nothing, so the engine process stays free of Qt.
"""
