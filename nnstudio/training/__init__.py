"""Training in the app: the engine runs in its own process (driven from a QThread), streams frozen
snapshots, and the panel, plots and canvas redraw from one timer.

Modules: ``install`` (``install(window) -> TrainingController``), ``controller`` (play/pause/step/
commit), ``engine_process`` and ``remote`` (the engine process and its proxy), ``worker`` (the relay
QThread worker and the in-thread fallback), ``loop`` (the chunked training loop), ``history``,
``data`` (dataset blocks → arrays, feature toggles), ``adapt``/``commands`` (fitting the network to
the data, undoably), ``panel`` (the training dock), ``views`` (the plots dock), ``csv_dialog``.
This package file imports nothing, so the engine process stays free of Qt.
"""
