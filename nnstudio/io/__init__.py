"""Files in and out: network files (:mod:`~nnstudio.io.netfile`), CSV import, exports.

Importing this package imports no Qt (DESIGN §1).
"""
