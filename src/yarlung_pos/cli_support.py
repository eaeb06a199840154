"""What both command-line programs (``yarlung-pos`` and ``yarlung-pos-server``) share: the
argument parser's rules and the one error path.

Every failure ends the same way: one line ``PROG: reason`` on stderr, a non-zero exit code
and, with ``--json``, ``{"error": reason}`` as the one JSON document on stdout — never a
traceback.  That includes a closed pipe (``… | head``: exit 141 and nothing more) and a bug
(``PROG: internal error: …``, exit 70, the traceback only with ``YARLUNG_DEBUG=1``).

A repeated option either adds up (``--sku A:3 --sku B:2``, declared ``action="extend"``) or is
refused: an option that takes one value may be given once.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence

EXIT_OK = 0
EXIT_FAIL = 1
EXIT_USAGE = 2
#: a bug: sysexits.h's EX_SOFTWARE
EXIT_INTERNAL = 70
#: stdout was a pipe whose reader went away (128 + SIGPIPE, what a shell reports)
EXIT_PIPE = 141


class CliError(Exception):
    """A user-facing failure: printed as ``PROG: <message>``, exit code ``code``."""

    def __init__(self, message: str, code: int = EXIT_FAIL):
        super().__init__(message)
        self.code = code


class _Once(argparse._StoreAction):  # noqa: SLF001 - argparse's documented extension point
    """``store`` that refuses a second value for the same option."""

    def __call__(self, parser, namespace, values, option_string=None):
        seen = namespace.__dict__.setdefault("_given_once", set())
        if option_string is not None and self.dest in seen:
            parser.error(f"{option_string} is given more than once")
        seen.add(self.dest)
        super().__call__(parser, namespace, values, option_string)


class Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose errors are :class:`CliError` (one line, exit 2, no usage
    dump) and whose single-value options may be given only once."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("allow_abbrev", False)  # a shortened option could silently mean another
        super().__init__(*args, **kwargs)
        self.register("action", None, _Once)
        self.register("action", "store", _Once)

    def error(self, message: str):
        raise CliError(f"{message} (see '{self.prog} --help')", EXIT_USAGE)

    def parse_args(self, args=None, namespace=None):
        ns = super().parse_args(args, namespace)
        ns.__dict__.pop("_given_once", None)
        return ns


def emit(args, document, text: str) -> None:
    """Print ``document`` as one JSON document with ``--json``, else ``text``."""
    if getattr(args, "json", False):
        print(json.dumps(document, ensure_ascii=False))
    else:
        print(text)


def _quiet_stdout() -> None:
    """Point stdout at the null device so the interpreter's last flush cannot fail again
    (the Python documentation's advice for SIGPIPE, "Note on SIGPIPE" in the signal module)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def run_main(prog: str, argv: Sequence[str] | None, body: Callable[[list[str]], int],
             reasons: Callable[[BaseException], str | None] = lambda exc: None) -> int:
    """Run ``body(argv)`` (argv default ``sys.argv[1:]``) behind the one error path; returns
    the exit code.  ``reasons(exc)`` turns an expected error of the program into its one-line
    reason (``None``: not one of them); ``DomainError`` (its English reason) and
    :class:`CliError` are handled here."""
    from yarlung_pos.domain.errors import DomainError
    argv = list(sys.argv[1:] if argv is None else argv)

    def fail(reason: str, code: int) -> int:
        try:
            print(f"{prog}: {reason}", file=sys.stderr)
            if "--json" in argv:
                print(json.dumps({"error": reason}, ensure_ascii=False), flush=True)
        except BrokenPipeError:
            _quiet_stdout()
            return EXIT_PIPE
        return code

    try:
        code = body(argv)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_PIPE
    except CliError as exc:
        return fail(str(exc), exc.code)
    except DomainError as exc:
        return fail(str(exc), EXIT_FAIL)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        reason = reasons(exc)
        if reason is not None:
            return fail(reason, EXIT_FAIL)
        if os.environ.get("YARLUNG_DEBUG"):
            traceback.print_exc()
        first = (str(exc).strip().splitlines() or [""])[0]
        return fail(f"internal error: {type(exc).__name__}: {first} (run again with YARLUNG_DEBUG=1 for details)",
                    EXIT_INTERNAL)
