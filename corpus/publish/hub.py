"""hub: publish a finished release to the Hugging Face Hub as one commit plus a version tag.

The upload replaces everything an earlier version put there (shards, card, datasheet, manifest), so
stale shards never linger; the tag `v<version>` (a tag, not a branch) pins the commit for
`load_dataset(repo_id, revision="v<version>")`. A release is refused while a datasheet question is
unanswered or its checksums do not match its manifest.
"""
from __future__ import annotations

import argparse
import logging
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .. import exit_codes

log = logging.getLogger(__name__)

#: remote files an upload replaces: what a release writes, whatever version wrote it
DELETE_PATTERNS = ["data/**", "*.md", "*.json", "datasheet/**"]
#: never uploaded: hidden files and folders (editor swap files, .cache, .git)
IGNORE_PATTERNS = [".*", "*/.*"]
REPO_ID = re.compile(r"[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*")


class PublishError(RuntimeError):
    """The release may not be published as it is; the message says what to change. `code` is the exit code."""

    def __init__(self, message: str, code: int = exit_codes.REFUSED):
        super().__init__(message)
        self.code = code


class HubUnavailable(PublishError):
    """The Hub could not be used (no token, token refused, no network): nothing was uploaded."""

    def __init__(self, message: str):
        super().__init__(message, exit_codes.UNAVAILABLE)


@dataclass
class PlannedFile:
    path: str  # relative to the release, POSIX separators
    size: int


@dataclass
class PublishPlan:
    repo_id: str
    version: str
    tag: str
    commit_message: str
    files: list[PlannedFile] = field(default_factory=list)
    delete_patterns: list[str] = field(default_factory=lambda: list(DELETE_PATTERNS))
    dry_run: bool = True
    commit: str | None = None  # oid of the uploaded commit (None in a dry run)

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files)

    def describe(self) -> str:
        head = "would upload" if self.dry_run else "uploaded"
        lines = [f"{head} {len(self.files)} files ({human(self.total_bytes)}) to dataset {self.repo_id}:"]
        lines += [f"  {f.size:>12}  {f.path}" for f in self.files]
        lines.append(f"remote files matching {', '.join(self.delete_patterns)} and not in this release: deleted")
        lines.append(f"commit message: {self.commit_message}")
        done = f" on commit {self.commit}" if self.commit else ""
        lines.append(f"{'would tag' if self.dry_run else 'tagged'}: {self.tag}{done}")
        return "\n".join(lines)


def human(n: int) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} B"


def release_files(release: Path) -> list[PlannedFile]:
    """Every file upload_folder sends (hidden ones skipped, see IGNORE_PATTERNS), sorted."""
    out = []
    for path in sorted(release.rglob("*")):
        rel = path.relative_to(release)
        if path.is_file() and not any(part.startswith(".") for part in rel.parts):
            out.append(PlannedFile(rel.as_posix(), path.stat().st_size))
    return out


def load_manifest(release: Path) -> dict:
    from ..release import release_manifest

    try:
        return release_manifest(release)
    except exit_codes.BuildError as e:
        raise PublishError(str(e), exit_codes.USAGE) from None


def refusals(release: Path, manifest: dict, repo_id: str) -> list[str]:
    """Everything that stops a publish, one line each (empty: go)."""
    from ..verify import verify_release

    problems = []
    from .datasheet import QUESTIONS, missing_answers  # imports datasets: only when publishing

    for key in missing_answers(manifest):
        problems.append(f"datasheet.{key} is unanswered: {QUESTIONS[key]}")
    for name in ("README.md", "DATASHEET.md"):
        if not (release / name).is_file():
            problems.append(f"{name} is missing from the release; rebuild it")
    problems += verify_release(release)
    return problems


def plan_for(release: Path, repo_id: str, dry_run: bool) -> PublishPlan:
    release = Path(release)
    if not REPO_ID.fullmatch(repo_id or ""):
        raise PublishError(f"repo id {repo_id!r} is not of the form <user or org>/<name>", exit_codes.USAGE)
    manifest = load_manifest(release)
    problems = refusals(release, manifest, repo_id)
    if problems:
        raise PublishError(f"refusing to publish {release}:\n  " + "\n  ".join(problems))
    version = manifest["version"]
    return PublishPlan(repo_id, version, f"v{version}", f"Release v{version}", release_files(release),
                       dry_run=dry_run)


def tag_exists(api, repo_id: str, tag: str) -> bool:
    refs = api.list_repo_refs(repo_id, repo_type="dataset")
    return any(ref.name == tag for ref in refs.tags)


def publish(release: Path, repo_id: str, dry_run: bool, api=None, token=None, private: bool = True) -> PublishPlan:
    """Uploads the release as one commit and tags it v<version>; a dry run only returns the plan.

    The token comes from `token`, else HF_TOKEN or the login stored by `hf auth login`; it is checked
    (whoami) before anything is created or uploaded. A new repository is private unless private=False.
    """
    plan = plan_for(release, repo_id, dry_run)
    if dry_run:
        return plan
    if api is None:
        api = hub_api(token)
    hub_call("checking the token", api.whoami)
    hub_call("creating the repository", api.create_repo, repo_id, repo_type="dataset", exist_ok=True, private=private)
    if hub_call("listing the tags", tag_exists, api, repo_id, plan.tag):
        raise PublishError(f"{repo_id} already has the tag {plan.tag}: releases are immutable; "
                           "build and publish a new version")
    info = hub_call("uploading", api.upload_folder, repo_id=repo_id, repo_type="dataset",
                    folder_path=str(Path(release)), commit_message=plan.commit_message,
                    delete_patterns=list(DELETE_PATTERNS), ignore_patterns=list(IGNORE_PATTERNS))
    plan.commit = info.oid
    hub_call("tagging", api.create_tag, repo_id, tag=plan.tag, revision=plan.commit, repo_type="dataset")
    log.info("published %s as %s@%s", release, repo_id, plan.tag)
    return plan


def hub_api(token: str | None):
    """An HfApi with a token, or HubUnavailable naming where a token comes from (before any network call)."""
    from huggingface_hub import HfApi, get_token

    token = token or get_token()
    if not token:
        raise HubUnavailable("no Hugging Face token: set HF_TOKEN or run `hf auth login` (nothing was uploaded)")
    return HfApi(token=token)


def hub_call(what: str, fn, *args, **kwargs):
    """fn(*args, **kwargs), with any failure of the Hub or the network turned into one line (HubUnavailable).
    huggingface_hub raises HfHubHTTPError for HTTP answers and its HTTP client's own errors (not OSError)
    for connection failures, so both are caught here by what they are about, not by class."""
    try:
        return fn(*args, **kwargs)
    except PublishError:
        raise
    except Exception as e:  # noqa: BLE001 - every Hub failure ends the publish with one line
        status = getattr(getattr(e, "response", None), "status_code", None)
        if type(e).__name__ == "OfflineModeIsEnabled":
            cause = "HF_HUB_OFFLINE is set in the environment; unset it to publish"
        elif status in (401, 403):
            cause = f"the Hub refused the token ({status}): check HF_TOKEN or run `hf auth login` again"
        elif status:
            cause = f"the Hub answered {status}: {str(e).splitlines()[0][:200]}"
        else:
            cause = f"the Hub could not be reached ({type(e).__name__}: {str(e)[:200]}); check the network"
        done = " (nothing was uploaded)" if what in ("checking the token", "creating the repository",
                                                      "listing the tags", "uploading") else ""
        raise HubUnavailable(f"{what} failed: {cause}{done}") from None


# ---------------------------------------------------------------- command line

def add_publish_parser(subparsers, add_subcommand) -> argparse.ArgumentParser:
    p = add_subcommand(
        subparsers, "publish", help="upload a release to the Hugging Face Hub and tag it v<version>",
        description="Upload a built release to a Hub dataset repository as one commit (files of earlier "
        "versions under data/ and datasheet/ are removed) and tag it v<version>. Refused while a datasheet "
        "question is unanswered. The token comes from HF_TOKEN or `hf auth login` and is checked first.",
        epilog="Visibility: a repository this command creates is private unless --public is given. News "
        "photographs and captions are usually the publishers' and photographers' work, not yours to share: "
        "check the rights (and the card's license) before --public. An existing repository keeps its "
        "visibility.")
    p.add_argument("dir", type=Path, help="release directory (from `corpus build`)")
    p.add_argument("--repo-id", "--repo", dest="repo", required=True, metavar="ORG/NAME",
                   help="Hub dataset repository id")
    p.add_argument("--dry-run", action="store_true", help="list the files and the tag; upload nothing")
    seen = p.add_mutually_exclusive_group()
    seen.add_argument("--private", dest="private", action="store_true", default=True,
                      help="create the repository private (the default)")
    seen.add_argument("--public", dest="private", action="store_false",
                      help="create the repository public: only when you hold the rights to share the pictures")
    return p


def cmd_publish(args, api=None) -> int:
    """The exit code of corpus.exit_codes: 0 published (or planned), 2 usage, 3 refused, 5 Hub unusable."""
    try:
        plan = publish(args.dir, args.repo, dry_run=args.dry_run, api=api, private=getattr(args, "private", True))
    except PublishError as e:
        print(f"corpus publish: {e}", file=sys.stderr)
        return e.code
    print(plan.describe())
    return exit_codes.OK
