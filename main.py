#!/usr/bin/env python3
"""Start NN Studio: ``python main.py [FILE] [--screenshot OUT.png]`` (same as ``python -m nnstudio``)."""

import sys

from nnstudio.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
