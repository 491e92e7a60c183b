"""
Logs as JSON lines on stdout, one object a line: easy for a log platform to parse, still
readable by a person. Django's own logs (errors, refusals) come through `json_logging`, the
LOGGING setting; the one line each request gets is gunicorn's access line, through
`gunicorn_logging` (config/gunicorn.py), so no middleware times and logs every request again.
"""

import json
import logging
from datetime import UTC, datetime


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update(getattr(record, "fields", {}))
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry)


def json_logging(*, level: str) -> dict:
    """The LOGGING setting: JSON lines to the console, quiet where Django is noisy."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "sitewide.logging.JsonFormatter"}},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": "json"},
            "null": {"class": "logging.NullHandler"},
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # Scanners send bad Host headers all day; Django already answers them with a 400.
            "django.security.DisallowedHost": {"handlers": ["null"], "propagate": False},
            # The line for every request is gunicorn's (`gunicorn_logging`); Django's own says
            # only what went wrong.
            "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
            "django.server": {"handlers": ["null"], "propagate": False},
        },
    }


class AccessFormatter(JsonFormatter):
    """gunicorn's line for one request, from the values it logs it with (its "atoms")."""

    FIELDS = {
        "m": "method",
        "U": "path",
        "q": "query",
        "s": "status",
        "B": "bytes",
        "M": "duration_ms",
        "h": "client",
        "{x-request-id}i": "request_id",
        "{hx-request}i": "htmx",
    }

    def format(self, record: logging.LogRecord) -> str:
        atoms = record.args
        record.fields = {name: atoms[atom] for atom, name in self.FIELDS.items()}
        return super().format(record)


def gunicorn_logging() -> dict:
    """gunicorn's `logconfig_dict`: its access line and its own messages, as JSON lines. (It
    lays this over its own defaults, so the handlers keep its names.)"""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "access": {"()": "sitewide.logging.AccessFormatter"},
            "json": {"()": "sitewide.logging.JsonFormatter"},
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "access",
                "stream": "ext://sys.stdout",
            },
            "error_console": {"class": "logging.StreamHandler", "formatter": "json"},
        },
        "root": {"level": "INFO", "handlers": ["error_console"]},
        "loggers": {
            "gunicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
            "gunicorn.error": {"handlers": ["error_console"], "level": "INFO", "propagate": False},
        },
    }
