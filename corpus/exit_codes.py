"""exit_codes: what the exit status of every `corpus` subcommand means (one table for all of them).

Kept apart from the CLI so that the stages that raise errors with a code (pipeline, publish) and the
command line agree without importing each other.
"""
from __future__ import annotations

OK = 0  # done; a build with rejects is done (they are counted in the release, see `corpus stats`)
USAGE = 2  # a bad argument, value or config key; a path that does not exist; a directory that is no release
REFUSED = 3  # checked and refused: a build that kept nothing or broke an invariant, a release that failed
#              `verify`, a release `publish` will not upload (datasheet unanswered, version already tagged)
INTERNAL = 4  # a build whose unexpected errors exceed 1% of its inputs: the release is not trustworthy
UNAVAILABLE = 5  # an outside service could not be used: no Hub token or bucket credentials, token refused, no
#                   network (publish; s3:// sources, --out, --cache-dir and verify)
STORAGE = 6  # the output or cache folder could not be written: disk full, no permission, read-only
INTERRUPTED = 130  # Ctrl-C
TERMINATED = 143  # SIGTERM (timeout, docker stop, a cancelled job): stopped as Ctrl-C stops it, temporary files removed

TABLE = [
    (OK, "done (a build with rejects is done: they are counted in the release; see `corpus stats DIR`)"),
    (USAGE, "usage: a bad argument, value or config key, a path that does not exist, a directory that is "
            "not a release; nothing was written"),
    (REFUSED, "refused after checking: a build that kept nothing or broke an invariant (no release "
              "written), `verify` found a problem, `publish` will not upload the release"),
    (INTERNAL, "a build with unexpected errors in more than 1% of its inputs (run with --strict to debug)"),
    (UNAVAILABLE, "an outside service could not be used: no Hub token or bucket credentials, the token refused, "
                  "no network"),
    (STORAGE, "the output or cache folder could not be written (disk full, no permission, read-only); "
              "nothing was published and the temporary files were removed"),
    (INTERRUPTED, "interrupted (Ctrl-C)"),
    (TERMINATED, "terminated (SIGTERM: `timeout`, `docker stop`, a cancelled job); like Ctrl-C, nothing half "
                 "written is left"),
]


def table_text() -> str:
    """The table for --help epilogs and the README."""
    return "exit codes (all subcommands):\n" + "\n".join(f"  {code:>3}  {meaning}" for code, meaning in TABLE)


class BuildError(RuntimeError):
    """The build could not produce a complete release; `code` is the CLI exit code."""

    def __init__(self, message: str, code: int = 3):
        super().__init__(message)
        self.code = code
