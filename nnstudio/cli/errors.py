"""The one exception type for user errors on the command line."""


class CliError(Exception):
    """A user error: printed as one line, exit status 2."""
