"""One small exception tree; the CLI turns each into a one-line message and an exit code.

::

    BiaslensError            anything biaslens reports to a user
    ├── InputError           one input file, feed or URL cannot be used (the run goes on)
    ├── SettingsError        a settings file or option is wrong (the run stops)
    └── NothingToDoError     no usable article was found (the run stops)
"""

from __future__ import annotations


class BiaslensError(Exception):
    """Base of every error biaslens reports to a user as one line."""


class InputError(BiaslensError):
    """An input (file, feed, URL) that cannot be used: names it and says what is wrong."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class SettingsError(BiaslensError):
    """A settings file or command-line option that cannot be used."""


class NothingToDoError(BiaslensError):
    """No usable article was found in the inputs."""
