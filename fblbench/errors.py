"""One error hierarchy for fblbench.

Every error a user can cause derives from :class:`FblbenchError`; the CLI prints
its message (which names the problem and the fix) and exits with status 2 (EXIT_USER_ERROR)
instead of a traceback.
"""

from __future__ import annotations


class FblbenchError(Exception):
    """Base class of every error fblbench raises on purpose."""


class ConfigError(FblbenchError, ValueError):
    """A configuration value is invalid (names the setting, the value and the rule)."""


class DataError(FblbenchError):
    """A dataset is missing, corrupt or cannot be partitioned as asked."""


class MethodNotFound(FblbenchError, LookupError):
    """A method name or ``module:Class`` spec does not resolve to a Method."""


class SearchSpaceError(ConfigError):
    """A search-space YAML file is malformed (names the file, key and values)."""


class TrackingError(FblbenchError):
    """The MLflow tracking store or the Optuna storage cannot be reached."""


class DivergedError(FblbenchError, FloatingPointError):
    """Training produced a non-finite loss; the trial fails, the sweep goes on."""


class OutageError(FblbenchError):
    """The machine failed, not the input (a database lost, a disk full); the CLI exits
    with ``exit_code`` (EXIT_DATABASE_LOST or EXIT_DISK_FULL, defined below)."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code


class OptionalDependencyError(FblbenchError, ImportError):
    """An optional dependency is missing; the message gives the install command."""


# Exit statuses of the ``fblbench`` command (``fblbench --help`` and docs/bad_inputs.md list them).
EXIT_USER_ERROR = 2  # a bad input or setting: the message names it and the fix
EXIT_DATABASE_LOST = 3  # the Optuna/MLflow database went away mid-run: restart it, rerun to resume
EXIT_DISK_FULL = 4  # no space left on device (or quota exceeded): free space, rerun to resume
EXIT_INTERRUPTED = 130  # Ctrl-C: rerun to resume
EXIT_STATUS_HELP = (
    f"exit status: 0 done; {EXIT_USER_ERROR} a bad input (the message names it and the fix); {EXIT_DATABASE_LOST} "
    f"the database (--storage / --mlflow-uri) went away mid-run; {EXIT_DISK_FULL} no space left on device (or "
    f"quota exceeded); {EXIT_INTERRUPTED} interrupted (Ctrl-C; 143 when stopped by SIGTERM). After {EXIT_DATABASE_LOST}, {EXIT_DISK_FULL} or "
    f"{EXIT_INTERRUPTED} the stores stay consistent: rerun the same command to resume (docs/bad_inputs.md)"
)
