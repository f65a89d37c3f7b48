"""fetch: a real HTTP server on 127.0.0.1 (bounded, stops by itself) and the address rules."""
from __future__ import annotations

import dataclasses
import gzip
import io
import json
import socket
import threading
import time
import zlib
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PIL import Image

from corpus import fetch as fetch_mod
from corpus.config import ImagesConfig
from corpus.fetch import FetchError, Fetcher, is_public_address, parse_retry_after
from corpus.rejects import Reason

SERVER_LIFETIME = 30.0  # the server shuts itself down after this even if a test hangs


def jpeg_bytes() -> bytes:
    buf = io.BytesIO()
    Image.effect_noise((120, 80), 50).convert("RGB").save(buf, "JPEG")
    return buf.getvalue()


JPEG = jpeg_bytes()
ROBOTS = b"User-agent: *\nDisallow: /private/\n"


class Handler(BaseHTTPRequestHandler):
    """Routes by path; every hit is counted on the server so tests can see what was requested."""

    def log_message(self, *args):  # keep pytest output clean
        pass

    def do_GET(self):
        self.server.hits[self.path] += 1
        route = ROUTES.get(self.path.split("?")[0])
        if route is None:
            return self.reply(404, b"<html>not found</html>", "text/html")
        route(self)

    def reply(self, status, body=b"", ctype="image/jpeg", headers=(), length=True):
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


def flaky_429(h):
    first = h.server.hits[h.path] == 1
    h.reply(429, b"slow down", "text/plain", [("Retry-After", "0")]) if first else h.reply(200, JPEG)


def flaky_503(h):
    h.reply(503, b"busy", "text/plain") if h.server.hits[h.path] < 3 else h.reply(200, JPEG)


def slow(h):
    time.sleep(1.0)
    h.reply(200, JPEG)


def drip(h, headers_too=False):
    """One byte every 0.1 s, forever (until the client hangs up): never idle long enough for a per-read
    timeout to fire."""
    try:
        if headers_too:
            for byte in b"HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nX-Pad: " + b"a" * 1000:
                h.wfile.write(bytes([byte]))
                h.wfile.flush()
                time.sleep(0.1)
        h.send_response(200)
        h.send_header("Content-Type", "image/jpeg")
        h.end_headers()
        for byte in JPEG:
            h.wfile.write(bytes([byte]))
            h.wfile.flush()
            time.sleep(0.1)
    except OSError:
        pass


ROUTES = {
    "/drip.jpg": drip,
    "/drip-headers.jpg": lambda h: drip(h, headers_too=True),
    "/robots.txt": lambda h: h.reply(200, ROBOTS, "text/plain"),
    "/img.jpg": lambda h: h.reply(200, JPEG),
    "/octet.jpg": lambda h: h.reply(200, JPEG, "application/octet-stream"),
    "/private/img.jpg": lambda h: h.reply(200, JPEG),
    "/redirect": lambda h: h.reply(302, b"", "text/html", [("Location", "/img.jpg")]),
    "/loop": lambda h: h.reply(301, b"", "text/html", [("Location", "/loop")]),
    "/to-private-dir": lambda h: h.reply(302, b"", "text/html", [("Location", "/private/img.jpg")]),
    "/500": lambda h: h.reply(500, b"oops", "text/plain"),
    "/429": flaky_429,
    "/429-long": lambda h: h.reply(429, b"", "text/plain", [("Retry-After", "3600")]),
    "/503": flaky_503,
    "/slow": slow,
    "/page.jpg": lambda h: h.reply(200, b"<!DOCTYPE html><html>soft 404</html>", "text/html"),
    "/html-as-image.jpg": lambda h: h.reply(200, b"<!DOCTYPE html><html>soft 404</html>", "image/jpeg"),
    "/big.jpg": lambda h: h.reply(200, JPEG + b"\0" * 5000),
    "/big-unsized.jpg": lambda h: h.reply(200, JPEG + b"\0" * 5000, length=False),
}


@pytest.fixture
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.hits = Counter()
    srv.daemon_threads = True
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    killer = threading.Timer(SERVER_LIFETIME, srv.shutdown)
    killer.daemon = True
    killer.start()
    yield srv
    killer.cancel()
    srv.shutdown()
    srv.server_close()
    thread.join(5)


def base(srv) -> str:
    return f"http://127.0.0.1:{srv.server_address[1]}"


def config(**kw) -> ImagesConfig:
    values = dict(allow_private_hosts=True, fetch_per_host_delay=0.0, fetch_timeout=2.0, fetch_retries=2,
                  max_bytes=len(JPEG) + 1000)
    values.update(kw)
    return dataclasses.replace(ImagesConfig(), **values)


def fetcher(tmp_path, **kw) -> Fetcher:
    return Fetcher(config(**kw), tmp_path, backoff=0.01, max_retry_after=1.0)


def fetch_error(f: Fetcher, url: str) -> FetchError:
    with pytest.raises(FetchError) as e:
        f.fetch(url)
    return e.value


def test_fetches_image_and_reads_robots_once(server, tmp_path):
    f = fetcher(tmp_path)
    assert f.fetch(base(server) + "/img.jpg") == JPEG
    assert f.fetch(base(server) + "/octet.jpg") == JPEG  # generic binary type, image magic bytes
    assert server.hits["/robots.txt"] == 1


def test_disk_cache_second_fetch_does_not_hit_server(server, tmp_path):
    url = base(server) + "/img.jpg"
    assert fetcher(tmp_path).fetch(url) == JPEG
    assert server.hits["/img.jpg"] == 1
    assert fetcher(tmp_path).fetch(url) == JPEG  # a new Fetcher: as in the next build
    assert server.hits["/img.jpg"] == 1
    assert len(list((tmp_path / "fetch").iterdir())) == 1


@pytest.mark.parametrize("damage", ["flip", "cut", "empty"])
def test_a_damaged_cached_picture_is_fetched_again_not_served(server, tmp_path, damage):
    """Was: the cache file was served as the picture whatever it held (a flipped byte, a file cut by a full disk),
    while the README says everything in the cache is checked before it is used."""
    url = base(server) + "/img.jpg"
    assert fetcher(tmp_path).fetch(url) == JPEG
    [cached] = (tmp_path / "fetch").iterdir()
    data = bytearray(cached.read_bytes())
    if damage == "flip":
        data[len(JPEG) // 2] ^= 0x01
    cached.write_bytes(bytes(data[:len(data) // 2] if damage == "cut" else b"" if damage == "empty" else data))
    assert fetcher(tmp_path).fetch(url) == JPEG and server.hits["/img.jpg"] == 2
    assert fetcher(tmp_path).fetch(url) == JPEG and server.hits["/img.jpg"] == 2  # stored whole again


def test_follows_redirect(server, tmp_path):
    assert fetcher(tmp_path).fetch(base(server) + "/redirect") == JPEG
    assert server.hits["/img.jpg"] == 1


def test_redirect_loop_gives_up(server, tmp_path):
    e = fetch_error(fetcher(tmp_path), base(server) + "/loop")
    assert e.reason == Reason.IMAGE_FETCH_FAILED and "redirects" in e.detail
    assert server.hits["/loop"] == 6


def test_robots_disallow_is_obeyed_on_first_url_and_on_redirect_hops(server, tmp_path):
    f = fetcher(tmp_path)
    assert fetch_error(f, base(server) + "/private/img.jpg").reason == Reason.IMAGE_FETCH_REFUSED
    assert fetch_error(f, base(server) + "/to-private-dir").reason == Reason.IMAGE_FETCH_REFUSED
    assert server.hits["/private/img.jpg"] == 0


def test_404_is_permanent_and_cached(server, tmp_path):
    e = fetch_error(fetcher(tmp_path), base(server) + "/missing.jpg")
    assert e.reason == Reason.IMAGE_FETCH_FAILED and "404" in e.detail and not e.transient
    assert fetch_error(fetcher(tmp_path), base(server) + "/missing.jpg").reason == Reason.IMAGE_FETCH_FAILED
    assert server.hits["/missing.jpg"] == 1


def test_500_is_retried_then_fails_and_is_not_cached(server, tmp_path):
    e = fetch_error(fetcher(tmp_path, fetch_retries=2), base(server) + "/500")
    assert "HTTP 500" in e.detail and e.transient
    assert server.hits["/500"] == 3
    fetch_error(fetcher(tmp_path, fetch_retries=0), base(server) + "/500")
    assert server.hits["/500"] == 4


def test_503_then_success(server, tmp_path):
    assert fetcher(tmp_path, fetch_retries=3).fetch(base(server) + "/503") == JPEG
    assert server.hits["/503"] == 3


def test_429_honours_retry_after(server, tmp_path):
    assert fetcher(tmp_path).fetch(base(server) + "/429") == JPEG
    assert server.hits["/429"] == 2


def test_429_with_retry_after_above_cap_gives_up_without_hammering(server, tmp_path):
    e = fetch_error(fetcher(tmp_path), base(server) + "/429-long")
    assert "Retry-After" in e.detail and "429" in e.detail
    assert server.hits["/429-long"] == 1


def test_slow_response_times_out(server, tmp_path):
    e = fetch_error(fetcher(tmp_path, fetch_timeout=0.2, fetch_retries=0), base(server) + "/slow")
    assert e.reason == Reason.IMAGE_FETCH_FAILED and "timeout" in e.detail and e.transient


def test_wrong_content_type_is_refused(server, tmp_path):
    e = fetch_error(fetcher(tmp_path), base(server) + "/page.jpg")
    assert e.reason == Reason.IMAGE_FETCH_REFUSED and "text/html" in e.detail


def test_html_labelled_as_image_fails_magic_check(server, tmp_path):
    assert fetch_error(fetcher(tmp_path), base(server) + "/html-as-image.jpg").reason == Reason.IMAGE_NOT_AN_IMAGE


@pytest.mark.parametrize("path", ["/big.jpg", "/big-unsized.jpg"])
def test_oversize_body(server, tmp_path, path):
    assert fetch_error(fetcher(tmp_path), base(server) + path).reason == Reason.IMAGE_TOO_LARGE


def test_scheme_is_refused(tmp_path):
    for url in ("file:///etc/passwd", "ftp://example.com/a.jpg", "data:image/png;base64,AAAA", "//nohost"):
        assert fetch_error(fetcher(tmp_path), url).reason == Reason.IMAGE_FETCH_REFUSED


def test_loopback_refused_without_connecting(server, tmp_path):
    f = fetcher(tmp_path, allow_private_hosts=False)
    for url in (base(server) + "/img.jpg", f"http://localhost:{server.server_address[1]}/img.jpg"):
        e = fetch_error(f, url)
        assert e.reason == Reason.IMAGE_FETCH_REFUSED and "non-public" in e.detail
    assert sum(server.hits.values()) == 0  # not even robots.txt was asked for


def answer_dns_never_connect(monkeypatch, answers: dict[str, str]) -> None:
    """DNS answers host -> address, and any attempt to connect fails the test."""
    def fake_getaddrinfo(host, port, *args, **kw):
        family = socket.AF_INET6 if ":" in answers[host] else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (answers[host], port))]

    def no_connect(*args, **kw):
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(fetch_mod.socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr(fetch_mod.socket, "create_connection", no_connect)


def test_private_dns_answer_refused_without_connecting(tmp_path, monkeypatch):
    """A public-looking name whose DNS answer is private (rebinding, internal names) is never dialled."""
    answers = {"images.example.com": "10.1.2.3", "meta.example.com": "169.254.169.254", "v6.example.com": "::1",
               "mapped.example.com": "::ffff:127.0.0.1"}
    answer_dns_never_connect(monkeypatch, answers)
    f = fetcher(tmp_path, allow_private_hosts=False)
    for host in answers:
        assert fetch_error(f, f"https://{host}/photo.jpg").reason == Reason.IMAGE_FETCH_REFUSED


def test_redirect_to_private_host_is_refused(server, tmp_path, monkeypatch):
    """Each redirect hop is resolved and checked: a public site cannot bounce us to an internal one."""
    port = server.server_address[1]
    hop = [("Location", f"http://internal.test:{port}/img.jpg")]
    monkeypatch.setitem(ROUTES, "/hop", lambda h: h.reply(302, b"", "text/html", hop))
    dns = {"public.test": "93.184.216.34", "internal.test": "10.0.0.7"}
    dialled = []
    real_connect = socket.create_connection

    def fake_getaddrinfo(host, port, *args, **kw):
        # literal addresses pass through (create_connection "resolves" the address it is given)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (dns.get(host, host), port))]

    def fake_connect(address, *args, **kw):
        dialled.append(address[0])  # the public address is served by our local server
        return real_connect(("127.0.0.1", address[1]), *args, **kw)

    monkeypatch.setattr(fetch_mod.socket, "getaddrinfo", fake_getaddrinfo)
    monkeypatch.setattr(fetch_mod.socket, "create_connection", fake_connect)
    e = fetch_error(fetcher(tmp_path, allow_private_hosts=False), f"http://public.test:{port}/hop")
    assert e.reason == Reason.IMAGE_FETCH_REFUSED and "10.0.0.7" in e.detail
    assert set(dialled) == {"93.184.216.34"} and server.hits["/hop"] == 1 and server.hits["/img.jpg"] == 0


def test_fetch_many_reports_every_url(server, tmp_path):
    urls = [base(server) + p for p in ("/img.jpg", "/redirect", "/missing.jpg", "/private/img.jpg", "/img.jpg")]
    urls.append("mailto:someone@example.com")
    results = dict(fetcher(tmp_path, fetch_concurrency=2).fetch_many(urls))
    assert set(results) == set(urls)
    assert results[urls[0]] == JPEG and results[urls[1]] == JPEG
    assert isinstance(results[urls[2]], FetchError) and results[urls[3]].reason == Reason.IMAGE_FETCH_REFUSED
    assert results[urls[5]].reason == Reason.IMAGE_FETCH_REFUSED


def test_address_and_retry_after_helpers():
    import ipaddress
    for text in ("127.0.0.1", "10.0.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "224.0.0.1",
                 "0.0.0.0", "::1", "fe80::1", "fc00::1", "::ffff:10.0.0.1", "240.0.0.1"):
        assert not is_public_address(ipaddress.ip_address(text)), text
    assert is_public_address(ipaddress.ip_address("93.184.216.34"))
    assert is_public_address(ipaddress.ip_address("2606:4700::1111"))
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    assert parse_retry_after("soon") is None


@pytest.mark.parametrize("path", ["/drip.jpg", "/drip-headers.jpg"])
def test_the_request_deadline_is_total_even_against_a_server_dripping_bytes(server, tmp_path, path):
    """Was: one byte a second held a fetch 31-43 s against a 6 s limit (each read got its byte in time)."""
    f = fetcher(tmp_path, fetch_timeout=0.3, fetch_retries=0)
    t0 = time.monotonic()
    e = fetch_error(f, base(server) + path)
    took = time.monotonic() - t0
    assert e.reason == Reason.IMAGE_FETCH_FAILED and e.transient and "deadline" in e.detail
    assert took < fetch_mod.TOTAL_TIME_FACTOR * 0.3 + 1.0  # the deadline held: a figure, not a benchmark


def test_robots_txt_dripped_is_cut_at_the_deadline_too(server, tmp_path, monkeypatch):
    monkeypatch.setitem(ROUTES, "/robots.txt", drip)
    e = fetch_error(fetcher(tmp_path, fetch_timeout=0.3, fetch_retries=0), base(server) + "/img.jpg")
    assert e.reason == Reason.IMAGE_FETCH_REFUSED and "robots.txt unavailable" in e.detail
    assert server.hits["/img.jpg"] == 0


@pytest.mark.parametrize("delay", ["100000", "1" + "0" * 30, "-5", "soon"])
def test_a_crawl_delay_above_the_cap_is_obeyed_by_not_fetching_from_that_host(server, tmp_path, monkeypatch, delay):
    """Was: Crawl-delay 100000 made each later image on that host wait 27.8 h; 10^30 an internal error."""
    robots = f"User-agent: *\nCrawl-delay: {delay}\nDisallow: /private/\n".encode()
    monkeypatch.setitem(ROUTES, "/robots.txt", lambda h: h.reply(200, robots, "text/plain"))
    f = fetcher(tmp_path)
    results = dict(f.fetch_many([base(server) + "/img.jpg", base(server) + "/octet.jpg"]))
    if delay in ("-5", "soon"):  # no number, or a negative one: no delay asked, so none is kept
        assert all(isinstance(r, bytes) for r in results.values())
        return
    assert all(isinstance(r, FetchError) and r.reason == Reason.IMAGE_FETCH_REFUSED and "Crawl-delay" in r.detail
               for r in results.values())
    assert server.hits["/img.jpg"] == 0 and server.hits["/robots.txt"] == 1


def test_a_crawl_delay_under_the_cap_spaces_requests(server, tmp_path, monkeypatch):
    monkeypatch.setitem(ROUTES, "/robots.txt", lambda h: h.reply(200, b"User-agent: *\nCrawl-delay: 1\n", "text/plain"))
    f = fetcher(tmp_path)
    t0 = time.monotonic()
    results = dict(f.fetch_many([base(server) + "/img.jpg", base(server) + "/octet.jpg"]))
    assert all(isinstance(r, bytes) for r in results.values()) and time.monotonic() - t0 >= 1.0


def test_ipv6_forms_that_wrap_a_private_ipv4_address_are_not_public():
    import ipaddress
    for text in ("2002:0a00:0001::1",  # 6to4 of 10.0.0.1
                 "2002:7f00:0001::",  # 6to4 of 127.0.0.1
                 "2002:a9fe:a9fe::1",  # 6to4 of 169.254.169.254
                 "64:ff9b::10.0.0.1",  # NAT64 of 10.0.0.1
                 "64:ff9b::127.0.0.1",
                 "2001:0:4136:e378:8000:63bf:f5ff:fffe",  # Teredo whose client is 10.0.0.1
                 "::192.168.1.1"):  # IPv4-compatible
        assert not is_public_address(ipaddress.ip_address(text)), text
    assert is_public_address(ipaddress.ip_address("2002:5db8:d822::1"))  # 6to4 of 93.184.216.34


def test_metadata_and_link_local_addresses_are_refused_even_when_private_hosts_are_allowed(tmp_path, monkeypatch):
    """allow_private_hosts lets tests reach loopback; it never opens cloud metadata or link-local."""
    answers = {"meta.example.com": "169.254.169.254", "meta6.example.com": "fd00:ec2::254",
               "ll.example.com": "fe80::1", "meta6to4.example.com": "2002:a9fe:a9fe::1"}
    answer_dns_never_connect(monkeypatch, answers)
    f = fetcher(tmp_path, allow_private_hosts=True)
    for host in answers:
        e = fetch_error(f, f"http://{host}/photo.jpg")
        assert e.reason == Reason.IMAGE_FETCH_REFUSED, host


@pytest.mark.parametrize("robots", [
    "User-agent: *\nCrawl-delay: 90.5\n",
    # the group naming this fetcher applies, not the * group (and a blank line ends a group)
    "User-agent: *\nCrawl-delay: 0\n\nUser-agent: caption-corpus\nCrawl-delay: 90.5\nDisallow: /private/\n",
])
def test_a_decimal_crawl_delay_above_the_cap_is_obeyed(server, tmp_path, monkeypatch, robots):
    """Was: robotparser keeps a Crawl-delay only when it is a whole number, so 90.5 s read as no delay and
    the host was fetched from at full speed."""
    monkeypatch.setitem(ROUTES, "/robots.txt", lambda h: h.reply(200, robots.encode(), "text/plain"))
    e = fetch_error(fetcher(tmp_path), base(server) + "/img.jpg")
    assert e.reason == Reason.IMAGE_FETCH_REFUSED and "Crawl-delay of 90.5 s" in e.detail
    assert server.hits["/img.jpg"] == 0


def test_a_decimal_crawl_delay_under_the_cap_spaces_requests(server, tmp_path, monkeypatch):
    robots = b"User-agent: *\nCrawl-delay: 0.6\n"  # was read as no delay at all
    monkeypatch.setitem(ROUTES, "/robots.txt", lambda h: h.reply(200, robots, "text/plain"))
    t0 = time.monotonic()
    results = dict(fetcher(tmp_path).fetch_many([base(server) + "/img.jpg", base(server) + "/octet.jpg"]))
    # the second image is asked for 0.6 s after the first (without the delay both take a few ms)
    assert all(isinstance(r, bytes) for r in results.values()) and time.monotonic() - t0 >= 0.6


def test_a_crawl_delay_for_another_agent_is_not_ours():
    text = "User-agent: otherbot\nCrawl-delay: 90.5\n\nUser-agent: *\nCrawl-delay: 2.5\n"
    assert fetch_mod.crawl_delay_text(text.splitlines(), "caption-corpus/0.1 (+https://x)") == "2.5"
    assert fetch_mod.crawl_delay_text(text.splitlines(), "OtherBot/2.0") == "90.5"
    assert fetch_mod.crawl_delay_text(["User-agent: *", "Disallow: /a"], "caption-corpus/0.1") is None


def test_a_cached_failure_holds_only_under_the_settings_it_was_decided_under(server, tmp_path, monkeypatch):
    """Was: failures were cached by URL alone, forever, so a later build with max_bytes raised, private hosts
    allowed or another user agent was still told "Content-Length 1670 > max_bytes 1000 (cached)"."""
    big, page = base(server) + "/big.jpg", base(server) + "/page.jpg"
    assert fetch_error(fetcher(tmp_path), big).reason == Reason.IMAGE_TOO_LARGE
    assert "(cached)" in fetch_error(fetcher(tmp_path), big).detail  # same settings: not asked again
    assert server.hits["/big.jpg"] == 1
    assert fetcher(tmp_path, max_bytes=len(JPEG) + 10_000).fetch(big) == JPEG + b"\0" * 5000
    assert server.hits["/big.jpg"] == 2

    e = fetch_error(fetcher(tmp_path, allow_private_hosts=False), page)
    assert e.reason == Reason.IMAGE_FETCH_REFUSED and "non-public" in e.detail
    assert "non-public" in fetch_error(fetcher(tmp_path, allow_private_hosts=False), page).detail
    assert server.hits["/page.jpg"] == 0
    e = fetch_error(fetcher(tmp_path), page)  # private hosts allowed: the server is asked
    assert "text/html" in e.detail and "(cached)" not in e.detail and server.hits["/page.jpg"] == 1

    fetch_error(fetcher(tmp_path, user_agent="otherbot/2.0"), page)  # a server may answer agents differently
    assert server.hits["/page.jpg"] == 2


def test_robots_txt_refusals_are_never_cached(server, tmp_path, monkeypatch):
    """Was: a Disallow or a Crawl-delay refusal was cached for good, so the next build kept refusing after the
    host changed its robots.txt (which that build read again)."""
    url = base(server) + "/private/img.jpg"
    assert fetch_error(fetcher(tmp_path), url).reason == Reason.IMAGE_FETCH_REFUSED
    monkeypatch.setitem(ROUTES, "/robots.txt", lambda h: h.reply(200, b"User-agent: *\nCrawl-delay: 90\n"))
    assert "Crawl-delay" in fetch_error(fetcher(tmp_path), url).detail
    monkeypatch.setitem(ROUTES, "/robots.txt", lambda h: h.reply(200, b"User-agent: *\nAllow: /\n"))
    assert fetcher(tmp_path).fetch(url) == JPEG
    assert server.hits["/robots.txt"] == 3 and server.hits["/private/img.jpg"] == 1


def test_a_cached_failure_expires_after_a_week(server, tmp_path):
    url = base(server) + "/missing.jpg"
    fetch_error(fetcher(tmp_path), url)
    [record] = (tmp_path / "fetch").glob("*.err")
    failure = json.loads(record.read_text())
    failure["at"] -= fetch_mod.FAILURE_TTL - 60  # six days and 23 hours ago: still held
    record.write_text(json.dumps(failure))
    assert "(cached)" in fetch_error(fetcher(tmp_path), url).detail and server.hits["/missing.jpg"] == 1
    failure["at"] -= 120  # over a week ago: asked for again
    record.write_text(json.dumps(failure))
    assert "(cached)" not in fetch_error(fetcher(tmp_path), url).detail and server.hits["/missing.jpg"] == 2
    # a record written before the settings were recorded (or damaged) is not trusted either
    record.write_text(json.dumps({"reason": "image_fetch_failed", "detail": "HTTP 404"}))
    fetch_error(fetcher(tmp_path), url)
    record.write_text("{not json")
    fetch_error(fetcher(tmp_path), url)
    assert server.hits["/missing.jpg"] == 4


def test_a_success_replaces_a_failure_recorded_under_other_settings(server, tmp_path):
    url = base(server) + "/big.jpg"
    fetch_error(fetcher(tmp_path), url)
    fetcher(tmp_path, max_bytes=len(JPEG) + 10_000).fetch(url)
    assert [p.suffix for p in (tmp_path / "fetch").iterdir()] == [""]  # the image only, no stale failure


def raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


@pytest.mark.parametrize("coding, body", [
    ("gzip", gzip.compress(JPEG)),
    ("gzip", gzip.compress(JPEG[:500]) + gzip.compress(JPEG[500:])),  # two members, as `cat a.gz b.gz` makes
    ("deflate", zlib.compress(JPEG)),  # HTTP's deflate, zlib-wrapped
    ("deflate", raw_deflate(JPEG)),  # the raw stream many servers send instead
    ("gzip", JPEG),  # labelled gzip, sent plain
])
def test_a_compressed_image_is_decoded_before_it_is_judged(server, tmp_path, monkeypatch, coding, body):
    """Was: a 200 image/jpeg with Content-Encoding gzip was rejected as image_not_an_image (its compressed
    bytes were sniffed), though the fetcher never asked for compression."""
    monkeypatch.setitem(ROUTES, "/packed.jpg", lambda h: h.reply(200, body, headers=[("Content-Encoding", coding)]))
    assert fetcher(tmp_path).fetch(base(server) + "/packed.jpg") == JPEG


def test_a_compressed_body_is_capped_once_decoded(server, tmp_path, monkeypatch):
    """A small gzip body that inflates past max_bytes is too large, and never inflated whole (zip bomb)."""
    bomb = gzip.compress(JPEG + bytes(200_000))
    monkeypatch.setitem(ROUTES, "/bomb.jpg", lambda h: h.reply(200, bomb, headers=[("Content-Encoding", "gzip")]))
    f = fetcher(tmp_path)
    assert len(bomb) < f.cfg.max_bytes
    e = fetch_error(f, base(server) + "/bomb.jpg")
    assert e.reason == Reason.IMAGE_TOO_LARGE and "Content-Encoding gzip" in e.detail
    assert len(fetch_mod.decode_content(gzip.compress(bytes(50_000_000)), "gzip", 1000)) == 1001
    damaged = gzip.compress(JPEG)[:-40]
    with pytest.raises(FetchError, match="truncated gzip"):
        fetch_mod.decode_content(damaged, "gzip", 10**6)
