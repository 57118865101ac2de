"""The one exception the CLI turns into a one-line message and exit status 2."""


class InputError(Exception):
    """Bad input or usage: the message names the file or option and says what is wrong."""
