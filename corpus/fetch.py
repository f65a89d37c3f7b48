"""Opt-in, polite, SSRF-safe fetcher for images referenced by URL and found nowhere locally.

Standard library only. Each hop of a request resolves the host once, checks every address it will
use, and connects to exactly that address (no second lookup that DNS rebinding could change).
robots.txt is read once per host and obeyed; a host gets one request at a time from fetch_many and
a pause of cfg.fetch_per_host_delay (or its robots Crawl-delay) between requests.
"""
from __future__ import annotations

import contextlib
import email.utils
import hashlib
import http.client
import ipaddress
import json
import logging
import math
import os
import queue
import socket
import ssl
import tempfile
import threading
import time
import urllib.robotparser
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import quote, unquote, urljoin, urlsplit

from .config import ImagesConfig
from .images.process import sniff_image_type
from .rejects import Reason, Rejected

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
ROBOTS_MAX_BYTES = 512 * 1024  # Google reads the first 500 KiB of robots.txt
# types a server may give real image bytes; anything else (text/html, application/json...) is refused
BINARY_TYPES = ("application/octet-stream", "binary/octet-stream", "application/binary")
READ_CHUNK = 64 * 1024
GZIP_MAGIC = b"\x1f\x8b"
TOTAL_TIME_FACTOR = 3  # a request (connect, TLS, headers, body) takes at most this many fetch_timeouts in all
MAX_CRAWL_DELAY = 60.0  # a robots.txt asking for longer pauses is obeyed by not fetching from that host
# never contacted, even with allow_private_hosts (tests): cloud metadata services and link-local ranges
METADATA_NETWORKS = tuple(ipaddress.ip_network(n) for n in ("169.254.0.0/16", "fe80::/10", "fd00:ec2::254/128"))
NAT64 = ipaddress.ip_network("64:ff9b::/96")
# a URL that failed for good (404, 410, too large, not an image...) is not asked for again for a week;
# after that the host may have fixed it
FAILURE_TTL = 7 * 24 * 3600.0
# bump when the fetcher would judge the same response differently: failures cached before are retried
# (2: gzip and deflate Content-Encoding decoded, where the bytes were judged still compressed)
VERDICT_RULES = 2


class FetchError(Rejected):
    """A URL that gave no image; `transient` failures (timeouts, 429, 5xx) are retried, never cached.
    `retry` False: transient, but retrying now cannot help (the host's robots.txt could not be read, and
    that verdict holds for the rest of this build). `from_robots`: refused by the host's robots.txt
    (Disallow, Crawl-delay), which each build reads afresh: never cached, so a changed robots.txt counts."""

    def __init__(self, reason: Reason, detail: str = "", transient: bool = False,
                 retry_after: float | None = None, retry: bool = True, from_robots: bool = False):
        super().__init__(reason, detail)
        self.transient = transient
        self.retry_after = retry_after
        self.retry = retry
        self.from_robots = from_robots


@dataclass(slots=True)
class _Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes


@dataclass(slots=True)
class _Target:
    """One URL taken apart for a request."""

    url: str
    scheme: str
    host: str  # IDNA ascii
    port: int
    path: str  # with query, percent-encoded

    @property
    def host_key(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default = 443 if self.scheme == "https" else 80
        return host if self.port == default else f"{host}:{self.port}"


class _HostGate:
    """Spaces the requests to one host by at least `delay` seconds (thread-safe)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.next_at = 0.0
        self.delay_floor = 0.0  # the host's robots.txt Crawl-delay, when it asks for more than we give

    def wait(self, delay: float) -> None:
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_at)
            self.next_at = start + delay
        if start > now:
            time.sleep(start - now)


def parse_target(url: str) -> _Target:
    """Split and check a URL: http/https with a host, else FetchError(refused)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as e:
        raise FetchError(Reason.IMAGE_FETCH_REFUSED, f"malformed URL: {e}") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(Reason.IMAGE_FETCH_REFUSED, f"scheme {parts.scheme or 'none'!r} is not http/https")
    if not parts.hostname:
        raise FetchError(Reason.IMAGE_FETCH_REFUSED, "URL has no host")
    try:
        host = parts.hostname.encode("idna").decode("ascii")
    except UnicodeError:
        raise FetchError(Reason.IMAGE_FETCH_REFUSED, f"host {parts.hostname!r} is not a valid name") from None
    path = quote(parts.path or "/", safe="/%;:@&=+$,!~*'()")
    if parts.query:
        path += "?" + quote(parts.query, safe="/%;:@&=+$,!~*'()?")
    return _Target(url, parts.scheme, host, port or (443 if parts.scheme == "https" else 80), path)


def embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address wraps and would reach: mapped, 6to4 (2002::/16), Teredo
    (server and client), NAT64 (64:ff9b::/96) and the deprecated IPv4-compatible ::a.b.c.d."""
    found = [ip.ipv4_mapped, ip.sixtofour, *(ip.teredo or ())]
    if ip in NAT64 or (int(ip) >> 32 == 0 and int(ip) > 0xFFFF):
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return [v4 for v4 in found if v4 is not None]


def is_public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True only for globally routable unicast addresses (and none that wraps a non-public IPv4 one)."""
    if ip.version == 6:
        wrapped = embedded_ipv4(ip)
        if wrapped:
            return all(is_public_address(v4) for v4 in wrapped)
    blocked = (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
               or ip.is_unspecified)
    return ip.is_global and not blocked


def is_metadata_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Link-local and cloud metadata addresses, wrapped in IPv6 or not: never fetched from."""
    candidates = [ip, *(embedded_ipv4(ip) if ip.version == 6 else ())]
    return any(c in net for c in candidates for net in METADATA_NETWORKS if c.version == net.version)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class Fetcher:
    """Fetches image URLs under the rules above, caching successes and permanent failures on disk (a failure
    for FAILURE_TTL, and only for builds with the same settings: see _cache_get)."""

    def __init__(self, cfg: ImagesConfig, cache_dir: Path, backoff: float = 1.0, max_retry_after: float = 120.0):
        self.cfg = cfg
        self.cache_dir = Path(cache_dir) / "fetch"
        self.backoff = backoff  # first retry waits backoff, then 2x, 4x ...
        self.max_retry_after = max_retry_after  # a server asking for a longer pause is given up on
        self._lock = threading.Lock()
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | FetchError] = {}
        self._robots_locks: dict[str, threading.Lock] = {}

    # -- public ---------------------------------------------------------------------------------

    def fetch(self, url: str) -> bytes:
        """Image bytes for url, from the disk cache or the network; FetchError otherwise."""
        cached = self._cache_get(url)
        if cached is not None:
            return cached
        try:
            body = self._fetch_with_retries(url)
        except FetchError as e:
            if not e.transient and not e.from_robots:
                record = {"reason": e.reason.value, "detail": e.detail, "at": time.time(),
                          "settings": self._failure_settings()}
                self._cache_put(url, json.dumps(record).encode(), ".err")
            raise
        self._cache_put(url, body + hashlib.sha256(body).digest() + _CHECKED, "")
        with contextlib.suppress(FileNotFoundError):  # a failure recorded earlier no longer holds
            self._cache_path(url).with_suffix(".err").unlink()
        return body

    def fetch_many(self, urls: Iterable[str]) -> Iterator[tuple[str, bytes | FetchError]]:
        """(url, bytes or FetchError) for each distinct URL, as they complete; one worker per host at a time."""
        by_host: dict[str, list[str]] = {}
        for url in dict.fromkeys(urls):
            try:
                by_host.setdefault(parse_target(url).host_key, []).append(url)
            except FetchError as e:
                yield url, e
        yield from self._run_hosts(by_host)

    # -- scheduling -----------------------------------------------------------------------------

    def _run_hosts(self, by_host: dict[str, list[str]]) -> Iterator[tuple[str, bytes | FetchError]]:
        results: queue.Queue = queue.Queue()
        stop = threading.Event()
        pool = ThreadPoolExecutor(max_workers=max(1, self.cfg.fetch_concurrency), thread_name_prefix="fetch")
        for host_urls in by_host.values():
            pool.submit(self._run_host, host_urls, results, stop)
        try:
            for _ in range(sum(len(v) for v in by_host.values())):
                yield results.get()
        finally:
            stop.set()  # the consumer stopped early: let running workers finish their current URL only
            pool.shutdown(wait=True, cancel_futures=True)

    def _run_host(self, urls: list[str], results: queue.Queue, stop: threading.Event) -> None:
        for url in urls:
            if stop.is_set():
                return
            try:
                results.put((url, self.fetch(url)))
            except FetchError as e:
                results.put((url, e))
            except Exception as e:  # noqa: BLE001 - a worker must always report, or the consumer waits forever
                log.exception("internal error fetching %s", url)
                results.put((url, FetchError(Reason.INTERNAL_ERROR, f"{type(e).__name__}: {e}")))

    # -- one URL --------------------------------------------------------------------------------

    def _fetch_with_retries(self, url: str) -> bytes:
        for attempt in range(self.cfg.fetch_retries + 1):
            try:
                return self._fetch_once(url)
            except FetchError as e:
                if not e.transient or not e.retry or attempt == self.cfg.fetch_retries:
                    raise
                self._pause_before_retry(e, attempt)
        raise AssertionError("unreachable")

    def _pause_before_retry(self, e: FetchError, attempt: int) -> None:
        wait = e.retry_after if e.retry_after is not None else self.backoff * 2 ** attempt
        if wait > self.max_retry_after:
            # honouring Retry-After means not asking sooner; give up rather than hold a worker for long
            raise FetchError(e.reason, f"{e.detail}; Retry-After {wait:.0f}s exceeds {self.max_retry_after:.0f}s",
                             transient=True)
        log.debug("retrying after %.2fs: %s", wait, e.detail)
        time.sleep(wait)

    def _fetch_once(self, url: str) -> bytes:
        resp = self._follow(url, robots=False)
        if resp.status != 200:
            transient = resp.status == 429 or resp.status >= 500
            raise FetchError(Reason.IMAGE_FETCH_FAILED, f"HTTP {resp.status} for {url}", transient=transient,
                             retry_after=parse_retry_after(resp.headers.get("Retry-After")) if transient else None)
        kind = sniff_image_type(resp.body)
        if kind is None:
            raise FetchError(Reason.IMAGE_NOT_AN_IMAGE,
                             f"body is not an image (starts {resp.body[:16]!r}); content type "
                             f"{resp.headers.get('Content-Type')}")
        return resp.body

    def _follow(self, url: str, robots: bool) -> _Response:
        """GET url following up to MAX_REDIRECTS redirects by hand; every hop is checked like the first."""
        for _ in range(MAX_REDIRECTS + 1):
            target = parse_target(url)
            if not robots:
                self._check_robots(target)
            resp = self._exchange(target, robots)
            location = resp.headers.get("Location")
            if resp.status not in REDIRECT_STATUSES:
                return resp
            if not location:
                raise FetchError(Reason.IMAGE_FETCH_FAILED, f"HTTP {resp.status} without Location for {url}")
            url = urljoin(url, location)
        raise FetchError(Reason.IMAGE_FETCH_FAILED, f"more than {MAX_REDIRECTS} redirects, last {url}")

    # -- robots.txt -----------------------------------------------------------------------------

    def _check_robots(self, target: _Target) -> None:
        rules = self._robots_for(target)
        if isinstance(rules, FetchError):
            raise rules
        if not rules.can_fetch(self.cfg.user_agent, target.url):
            raise FetchError(Reason.IMAGE_FETCH_REFUSED, f"robots.txt of {target.host} disallows {target.path}",
                             from_robots=True)

    def _robots_for(self, target: _Target) -> urllib.robotparser.RobotFileParser | FetchError:
        key = target.host_key
        with self._lock:
            lock = self._robots_locks.setdefault(key, threading.Lock())
        with lock:  # read once per host, even with several threads asking at once
            if key not in self._robots:
                self._robots[key] = self._read_robots(target)
            return self._robots[key]

    def _read_robots(self, target: _Target) -> urllib.robotparser.RobotFileParser | FetchError:
        rules = urllib.robotparser.RobotFileParser(f"{target.scheme}://{target.host_header}/robots.txt")
        try:
            resp = self._follow(rules.url, robots=True)
        except FetchError as e:
            if e.reason == Reason.IMAGE_FETCH_REFUSED:
                return e
            return FetchError(Reason.IMAGE_FETCH_REFUSED, f"robots.txt unavailable: {e.detail}", transient=True,
                              retry=False)
        if resp.status in (401, 403):
            rules.disallow_all = True  # the robotparser convention: a protected robots.txt forbids all
        elif resp.status >= 500 or resp.status == 429:
            return FetchError(Reason.IMAGE_FETCH_REFUSED, f"robots.txt gave HTTP {resp.status}", transient=True,
                              retry=False)
        elif resp.status >= 400:
            rules.allow_all = True
        else:
            lines = resp.body.decode("utf-8", errors="replace").splitlines()
            rules.parse(lines)
            return self._note_crawl_delay(target, crawl_delay_text(lines, self.cfg.user_agent)) or rules
        return rules

    def _note_crawl_delay(self, target: _Target, delay: str | None) -> FetchError | None:
        """The host's Crawl-delay becomes its pause; one above MAX_CRAWL_DELAY is obeyed by fetching
        nothing more from that host in this build, rather than holding a worker for hours. A value that is
        no number, or a negative one, asks for nothing and is ignored (as robotparser ignores it)."""
        try:
            seconds = float(delay) if delay else 0.0
        except ValueError:
            return None
        if math.isnan(seconds) or seconds <= 0:
            return None
        if seconds > MAX_CRAWL_DELAY:
            return FetchError(Reason.IMAGE_FETCH_REFUSED, f"robots.txt of {target.host} asks for a Crawl-delay of "
                              f"{delay} s, above the {MAX_CRAWL_DELAY:.0f} s this fetcher waits", retry=False,
                              from_robots=True)
        self._gate(target).delay_floor = seconds
        return None

    # -- the wire -------------------------------------------------------------------------------

    def _gate(self, target: _Target) -> _HostGate:
        with self._lock:
            return self._gates.setdefault(target.host_key, _HostGate())

    def _exchange(self, target: _Target, robots: bool) -> _Response:
        """One GET to a checked address; the body is read only for 200 (capped, with a deadline)."""
        ip = self._resolve(target.host, target.port)
        gate = self._gate(target)
        gate.wait(max(self.cfg.fetch_per_host_delay, gate.delay_floor))
        total = TOTAL_TIME_FACTOR * self.cfg.fetch_timeout
        deadline = time.monotonic() + total
        watchdog = None
        try:
            raw = socket.create_connection((ip, target.port), timeout=self.cfg.fetch_timeout)
            # the deadline is for the whole request: a server dripping a byte at a time never trips a
            # per-read timeout, so at the deadline the connection is cut under whatever is reading it
            watchdog = threading.Timer(max(0.0, deadline - time.monotonic()), _cut, (raw,))
            watchdog.daemon = True
            watchdog.start()
            sock = self._wrap_tls(raw, target)
            conn = http.client.HTTPConnection(target.host, target.port, timeout=self.cfg.fetch_timeout)
            conn.sock = sock  # http.client never connects (or resolves) by itself when sock is set
            try:
                resp = self._send(conn, target, robots, deadline)
            finally:
                conn.close()
            if time.monotonic() >= deadline:  # cut by the watchdog: what was read may be a fragment
                raise TimeoutError()
            return resp
        except FetchError:
            raise
        except (OSError, http.client.HTTPException, ValueError) as e:
            if isinstance(e, (socket.timeout, TimeoutError)) and time.monotonic() < deadline:
                raise FetchError(Reason.IMAGE_FETCH_FAILED, f"timeout after {self.cfg.fetch_timeout}s for "
                                 f"{target.url}", transient=True) from None
            if time.monotonic() >= deadline:
                raise FetchError(Reason.IMAGE_FETCH_FAILED, f"not complete within the {total:.0f}s request "
                                 f"deadline for {target.url}", transient=True) from None
            if isinstance(e, ssl.SSLCertVerificationError):
                raise FetchError(Reason.IMAGE_FETCH_FAILED, f"TLS certificate: {e.verify_message}") from None
            raise FetchError(Reason.IMAGE_FETCH_FAILED, f"{type(e).__name__}: {e} for {target.url}",
                             transient=True) from None
        finally:
            if watchdog is not None:
                watchdog.cancel()

    def _resolve(self, host: str, port: int) -> str:
        """Resolve once; return the first address allowed to be contacted."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as e:
            raise FetchError(Reason.IMAGE_FETCH_FAILED, f"DNS lookup of {host} failed: {e}", transient=True) from None
        addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
        for ip in addresses:
            if is_metadata_address(ip):
                continue  # not even the tests' allow_private_hosts opens these
            if self.cfg.allow_private_hosts or is_public_address(ip):
                return str(ip)
        shown = ", ".join(sorted({str(a) for a in addresses}))
        raise FetchError(Reason.IMAGE_FETCH_REFUSED, f"{host} resolves only to non-public addresses ({shown})")

    def _wrap_tls(self, sock: socket.socket, target: _Target) -> socket.socket:
        if target.scheme != "https":
            return sock
        try:
            # certificate and SNI are checked against the host name, not the address we dialled
            return ssl.create_default_context().wrap_socket(sock, server_hostname=target.host)
        except BaseException:
            sock.close()
            raise

    def _send(self, conn: http.client.HTTPConnection, target: _Target, robots: bool, deadline: float) -> _Response:
        conn.putrequest("GET", target.path, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", target.host_header)
        conn.putheader("User-Agent", self.cfg.user_agent)
        conn.putheader("Accept", "text/plain" if robots else "image/avif,image/webp,image/*;q=0.9,*/*;q=0.5")
        conn.endheaders()
        resp = conn.getresponse()
        if resp.status != 200:
            return _Response(resp.status, resp.headers, b"")
        cap = ROBOTS_MAX_BYTES if robots else self.cfg.max_bytes
        if not robots:
            self._check_headers(resp, target)
        body = _read_capped(resp, cap, deadline, truncate=robots)
        if len(body) > cap:
            raise FetchError(Reason.IMAGE_TOO_LARGE, f"body above max_bytes {cap} for {target.url}")
        coding = resp.headers.get("Content-Encoding", "")
        body = decode_content(body, coding, cap)
        if len(body) > cap:
            if robots:
                body = body[:cap]
            else:
                raise FetchError(Reason.IMAGE_TOO_LARGE, f"body above max_bytes {cap} once its Content-Encoding "
                                 f"{coding} is decoded, for {target.url}")
        return _Response(resp.status, resp.headers, body)

    def _check_headers(self, resp: http.client.HTTPResponse, target: _Target) -> None:
        """Refuse before downloading: declared size above the cap, or a non-image content type."""
        length = resp.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > self.cfg.max_bytes:
            raise FetchError(Reason.IMAGE_TOO_LARGE, f"Content-Length {length} > max_bytes {self.cfg.max_bytes}")
        ctype = (resp.headers.get_content_type() if resp.headers.get("Content-Type") else "").lower()
        if ctype and not ctype.startswith("image/") and ctype not in BINARY_TYPES:
            raise FetchError(Reason.IMAGE_FETCH_REFUSED, f"content type {ctype} for {target.url}")

    # -- disk cache -----------------------------------------------------------------------------

    def _cache_path(self, url: str) -> Path:
        return self.cache_dir / hashlib.sha256(url.encode("utf-8")).hexdigest()

    def _failure_settings(self) -> dict:
        """The settings a permanent failure can depend on: a size limit, whether private hosts may be
        reached, the user agent (servers answer some agents differently) and the fetcher's own rules."""
        return {"user_agent": self.cfg.user_agent, "max_bytes": self.cfg.max_bytes,
                "allow_private_hosts": self.cfg.allow_private_hosts, "rules": VERDICT_RULES}

    def _cache_get(self, url: str) -> bytes | None:
        """The cached image, or raises the cached failure; None when the network must be asked. A failure
        recorded under other settings (max_bytes raised, private hosts allowed, another user agent) or
        more than FAILURE_TTL ago is not served: the URL is fetched again and its record replaced."""
        path = self._cache_path(url)
        try:
            body = _checked_body(path.read_bytes())
        except FileNotFoundError:
            pass
        else:
            if body is not None:
                return body
            log.warning("cached picture of %s is damaged: fetching it again", url)
            return None
        try:
            failure = json.loads(path.with_suffix(".err").read_text(encoding="utf-8"))
            reason, detail, at = Reason(failure["reason"]), str(failure["detail"]), float(failure["at"])
            settings = failure["settings"]
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError):  # damaged, or written before settings were recorded
            return None
        if settings != self._failure_settings() or not 0 <= time.time() - at < FAILURE_TTL:
            return None
        raise FetchError(reason, f"{detail} (cached)")

    def _cache_put(self, url: str, data: bytes, suffix: str) -> None:
        path = self._cache_path(url).with_suffix(suffix) if suffix else self._cache_path(url)
        path.parent.mkdir(parents=True, exist_ok=True)
        # write then rename: a killed build never leaves a half file that later reads as an image
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".part-")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)


# A fetched picture is cached with its sha256 and this mark after it: a damaged or cut file is fetched again,
# never published (the other files of the cache are checked the same way).
_CHECKED = b"corpus-fetch-sha256"


def _checked_body(stored: bytes) -> bytes | None:
    """The picture a cache file holds, or None when the file is damaged (or was written before the check)."""
    if not stored.endswith(_CHECKED) or len(stored) < 32 + len(_CHECKED):
        return None
    body, digest = stored[:-32 - len(_CHECKED)], stored[-32 - len(_CHECKED):-len(_CHECKED)]
    return body if hashlib.sha256(body).digest() == digest else None


def decode_content(body: bytes, coding: str, cap: int) -> bytes:
    """body with a gzip or deflate Content-Encoding undone. This fetcher sends no Accept-Encoding, yet some
    servers compress anyway, and the compressed bytes were judged "not an image". At most cap + 1 bytes are
    decoded, so a body that inflates past the cap (a zip bomb) shows as too large without being held whole.
    Other codings are left to the image check, and so are bytes that are already plain (a body labelled
    gzip that does not start like gzip, or labelled deflate that already starts like an image)."""
    coding = coding.strip().lower()
    gzipped = coding in ("gzip", "x-gzip")
    if gzipped:
        if not body.startswith(GZIP_MAGIC):
            return body
        wbits = 16 + zlib.MAX_WBITS
    elif coding == "deflate":
        if sniff_image_type(body) is not None:
            return body
        # HTTP's deflate is zlib-wrapped, but many servers send the raw stream: the header tells them apart
        zlib_header = len(body) >= 2 and body[0] & 0x0F == 8 and (body[0] << 8 | body[1]) % 31 == 0
        wbits = zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS
    else:
        return body
    out, size, rest = [], 0, body
    while rest:
        inflater = zlib.decompressobj(wbits)
        try:
            chunk = inflater.decompress(rest, cap + 1 - size)
        except zlib.error as e:
            raise FetchError(Reason.IMAGE_FETCH_FAILED, f"damaged {coding} Content-Encoding: {e}") from None
        out.append(chunk)
        size += len(chunk)
        if size > cap:
            break  # past the cap: the caller refuses it, and nothing more is inflated
        if not inflater.eof:
            raise FetchError(Reason.IMAGE_FETCH_FAILED, f"truncated {coding} Content-Encoding")
        # a gzip body may hold several members one after another (as `cat a.gz b.gz` makes)
        rest = inflater.unused_data if gzipped and inflater.unused_data.startswith(GZIP_MAGIC) else b""
    return b"".join(out)


def crawl_delay_text(lines: list[str], user_agent: str) -> str | None:
    """The Crawl-delay value, as written, of the robots.txt group that applies to user_agent.

    urllib.robotparser keeps a Crawl-delay only when it is a whole number, so "1.5" or "90.5" was
    read as no delay at all. Its groups are rebuilt here the way its parse() builds them (a blank line
    ends a group, User-agent lines after rules start a new one, the first `*` group is the fallback)
    and matched as its crawl_delay() matches them, so the delay comes from the same group as the
    Allow/Disallow rules that can_fetch() applies."""
    groups: list[tuple[list[str], str | None]] = []  # (user agents, Crawl-delay text) of each group
    agents: list[str] = []
    delay: str | None = None
    has_rules = False
    for raw in lines:
        if not raw:  # a blank line ends the group; one with agents but no rules yet is dropped
            if has_rules:
                groups.append((agents, delay))
            agents, delay, has_rules = [], None, False
            continue
        field, colon, value = raw.split("#", 1)[0].strip().partition(":")
        if not colon:
            continue
        field, value = field.strip().lower(), unquote(value.strip())
        if field == "user-agent":
            if has_rules:
                groups.append((agents, delay))
                agents, delay, has_rules = [], None, False
            agents.append(value)
        elif field in ("allow", "disallow", "crawl-delay", "request-rate") and agents:
            has_rules = True
            if field == "crawl-delay":
                delay = value
    if has_rules:
        groups.append((agents, delay))
    product = user_agent.split("/")[0].lower()
    for group_agents, group_delay in groups:
        if "*" not in group_agents and any(a.lower() in product for a in group_agents):
            return group_delay  # the group naming this agent applies alone, with or without a delay
    return next((group_delay for group_agents, group_delay in groups if "*" in group_agents), None)


def _cut(sock: socket.socket) -> None:
    """Shuts the connection's descriptor, waking any read blocked on it (TLS included: the plain socket's
    shutdown, under the TLS layer)."""
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _read_capped(resp: http.client.HTTPResponse, cap: int, deadline: float, truncate: bool) -> bytes:
    """Read at most cap+1 bytes (so 'too large' is visible) before the deadline."""
    chunks, total = [], 0
    while total <= cap:
        if time.monotonic() > deadline:
            raise socket.timeout("body not complete before the request deadline")
        chunk = resp.read(min(READ_CHUNK, cap + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    body = b"".join(chunks)
    return body[:cap] if truncate else body
