"""Grows one tenant of each API to each size and times its list and get requests (stdlib only).

Usage: scaling.py BASE_URL SIZE... ; prints one Markdown table row per API and size.
Creates go through the API itself (16 at a time), so every object is stored as a client's would be.
Timings are the median of 51 sequential requests, after 300 not counted.
"""
import base64
import http.client
import json
import statistics
import sys
import threading
import time
import urllib.parse
import uuid

FLEX_KEY = "Bearer fsk_test_acme_4f8a2c61d9b7e350"
FLOWGLAD_KEY = "sk_test_acme_5d2b9f47e1c3a860"
APIS = {
    "flex": {"path": "/v1/promo_codes", "key": FLEX_KEY, "wrapper": "promo_code",
             "body": lambda code: {"promo_code": {"coupon_id": "fcoup_1234567890", "code": code}}},
    "flowglad": {"path": "/api/v1/discounts", "key": FLOWGLAD_KEY, "wrapper": "discount",
                 "body": lambda code: {"discount": {"name": "Scale", "code": code, "amount": 5,
                                                    "amountType": "percent", "duration": "forever"}}},
}
WARM_UP, MEASURED = 300, 51
local = threading.local()


def connection(base):
    if getattr(local, "conn", None) is None:
        url = urllib.parse.urlparse(base)
        local.conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    return local.conn


def call(base, method, path, key, body=None):
    conn = connection(base)
    headers = {"Authorization": key}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    try:
        conn.request(method, path, body=data, headers=headers)
        reply = conn.getresponse()
    except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
        # The server closes a connection left idle past its keep-alive timeout (as while a
        # tenant grows); a read is sent again on a new one, a create is not.
        local.conn = None
        if method != "GET":
            raise
        conn = connection(base)
        conn.request(method, path, body=data, headers=headers)
        reply = conn.getresponse()
    text = reply.read()
    if reply.status != 200:
        raise SystemExit(f"{method} {path} answered {reply.status}: {text[:300]!r}")
    return json.loads(text)


def total(base, api):
    spec = APIS[api]
    if api == "flowglad":
        return call(base, "GET", spec["path"] + "?limit=1", spec["key"])["total"]
    count, after = 0, None
    while True:
        page = call(base, "GET", spec["path"] + "?limit=100" + (f"&starting_after={after}" if after else ""), spec["key"])
        count += len(page["promo_codes"])
        if not page["has_more"]:
            return count
        after = page["promo_codes"][-1]["promo_code_id"]


def grow(base, api, objects, target):
    """Creates objects until the tenant has `target`; keeps the answers (in creation order)."""
    spec = APIS[api]
    missing = target - total(base, api)
    lock = threading.Lock()
    made = []

    def worker(count):
        for _ in range(count):
            code = "S" + uuid.uuid4().hex[:15].upper()
            answer = call(base, "POST", spec["path"], spec["key"], spec["body"](code))[spec["wrapper"]]
            with lock:
                made.append(answer)

    workers = [threading.Thread(target=worker, args=(missing // 16 + (1 if i < missing % 16 else 0),)) for i in range(16)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    objects.extend(sorted(made, key=lambda o: (o.get("createdAt") or o.get("created_at"), o.get("id") or o.get("promo_code_id"))))


def timed(base, path, key):
    # Enough unmeasured requests that the JIT has compiled the path first: the 1k row is not a cold start.
    for _ in range(WARM_UP):
        call(base, "GET", path, key)
    samples = []
    for _ in range(MEASURED):
        started = time.perf_counter()
        call(base, "GET", path, key)
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def measure(base, api, objects):
    spec = APIS[api]
    middle = objects[len(objects) // 2]
    if api == "flowglad":
        # The server's cursor is opaque to clients; this is how it spells a position, to start mid-list.
        cursor = base64.urlsafe_b64encode(f"{middle['createdAt']}|{middle['id']}".encode()).decode().rstrip("=")
        deep = f"{spec['path']}?limit=10&cursor={cursor}"
        one = f"{spec['path']}/{middle['id']}"
    else:
        deep = f"{spec['path']}?limit=10&starting_after={middle['promo_code_id']}"
        one = f"{spec['path']}/{middle['promo_code_id']}"
    return (timed(base, f"{spec['path']}?limit=10", spec["key"]), timed(base, deep, spec["key"]), timed(base, one, spec["key"]))


def main():
    base, sizes = sys.argv[1], [int(size) for size in sys.argv[2:]]
    objects = {api: [] for api in APIS}
    for size in sizes:
        for api in APIS:
            started = time.perf_counter()
            grow(base, api, objects[api], size)
            grew = time.perf_counter() - started
            first, deep, one = measure(base, api, objects[api])
            print(f"| {api} | {total(base, api):,} | {first:.1f} | {deep:.1f} | {one:.1f} | {grew:.0f} |", flush=True)


main()
