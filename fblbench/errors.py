"""One error hierarchy for fblbench.

Every error a user can cause derives from :class:`FblbenchError`; the CLI prints
its message (which names the problem and the fix) and exits with status 2
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


class OptionalDependencyError(FblbenchError, ImportError):
    """An optional dependency is missing; the message gives the install command."""
