"""``python -m nnstudio``: the command line, or the app when no sub-command is given."""

import sys

from nnstudio.cli import main

if __name__ == "__main__":
    sys.exit(main())
