"""Counts JFR CPU samples by request layer (stdlib only).

Usage: profile.py SAMPLES.txt, the output of `jfr print --events jdk.ExecutionSample`. A request
thread's sample counts for the outermost layer below on its stack (the spec check's own JSON work
counts for the spec check, a query made to authenticate for authentication); samples of other
threads are counted apart. Prints a Markdown table.
"""
import re
import sys

LAYERS = [
    ("path check and routing", ("server.pipeline.PathCheck.", "specs.SpecConformance.route")),
    ("authentication (key lookup included)", ("server.auth.",)),
    ("each key's share (rate and concurrency)", ("server.limits.",)),
    ("parameters against the spec", ("SpecOperation.parameterViolations",)),
    ("body read, UTF-8 checked, parsed to a tree", ("server.pipeline.BodyReader.", "server.pipeline.JsonBody.")),
    ("body against the spec's schema", ("SpecOperation.bodyViolations",)),
    ("body bound to the generated model", ("readWithMessageConverters",)),
    ("controller, service, database and durable commit", ("server.flowglad.", "server.flex.", "server.idempotency.")),
    ("answer written", ("writeWithMessageConverters",)),
    ("error answer written", ("server.errors.",)),
]
OTHER = "Tomcat, Spring dispatch and the rest"
BINDING = "body bound to the generated model"

text = open(sys.argv[1], encoding="utf-8").read()
counts = {name: 0 for name, _ in LAYERS}
counts[OTHER] = 0
elsewhere = 0
# Of the binding's samples, those in Jackson's parser (jackson-core, either major version): reading JSON text again
# when the model is bound from the request's bytes, walking the checked tree when it is bound from that.
in_parser = 0
for event in text.split("jdk.ExecutionSample {")[1:]:
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    if not thread or not thread.group(1).startswith("http-nio-"):
        elsewhere += 1
        continue
    frames = re.findall(r"^\s{4}(\S.*?)(?:\s+line:.*)?$", event.split("stackTrace = [", 1)[1], re.M)
    layer = OTHER
    for frame in reversed(frames):  # outermost first
        match = next((name for name, markers in LAYERS if any(m in frame for m in markers)), None)
        if match:
            layer = match
            break
    counts[layer] += 1
    if layer == BINDING and frames and frames[0].startswith(("tools.jackson.core.", "com.fasterxml.jackson.core.")):
        in_parser += 1

total = sum(counts.values())
print("| layer | samples | share of the request threads' CPU |")
print("| --- | ---: | ---: |")
for name, count in counts.items():
    if count:
        print(f"| {name} | {count} | {100 * count / total:.1f} % |")
    if name == BINDING and count:
        print(f"| … of which in Jackson's parser | {in_parser} | {100 * in_parser / total:.1f} % |")
print(f"| (samples of other threads, not in the shares) | {elsewhere} | |")
