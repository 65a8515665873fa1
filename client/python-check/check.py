"""Uses the Python clients generated from the specs against a running server, every operation of
every API as the spec catalog's manifest lists them, by kind:

    PYTHONPATH=<each API's client> python3 check.py <catalog.json> <demo-tenants.yaml> http://localhost:8080

For each collection of an API, each documented create example is sent (its unique member made
fresh, the members naming the tenant's own objects set to the demo tenant's), read back, found in
the list's pages, then updated with each documented update example and read back again; an id
nobody has is a 404. The clients are called by the generator's naming rules (class from the tag,
method and model names from the operationId and schema names), so nothing here names an
operation. A failure names the language, the operation and the answer. Runs on Debian's
python3-pydantic (1.10), python3-urllib3, python3-dateutil and python3-yaml alone.
"""
import copy
import importlib
import json
import re
import sys
import uuid

import yaml


class Failed(Exception):
    pass


def snake(name):
    """The generator's Python name of an operationId, schema or parameter: createPromoCode -> create_promo_code."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


def pascal(words):
    """The generator's class name of a tag: Promo Codes -> PromoCodes."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^A-Za-z0-9]+", words) if word)


def at(body, pointer):
    """The object holding the member a JSON pointer names, and the member's name; None when absent."""
    *parents, member = pointer.strip("/").split("/")
    for parent in parents:
        body = body.get(parent) if isinstance(body, dict) else None
    return (body, member) if isinstance(body, dict) and member in body else (None, member)


def other_id(value):
    """An id of the same form that no object has: its last character changed."""
    return value[:-1] + ("1" if value[-1] == "0" else "0")


class Api:
    """One API of the manifest, through its generated client, as the demo tenant's test key."""

    def __init__(self, described, tenant, base_url):
        self.name = described["name"]
        self.module = importlib.import_module(f"{self.name}_client")
        key = described["key"]
        if key["bearer"]:
            configuration = self.module.Configuration(host=base_url, access_token=tenant["test"])
        else:
            configuration = self.module.Configuration(host=base_url, api_key={key["scheme"]: tenant["test"]})
        self.client = self.module.ApiClient(configuration)
        self.tenant = tenant

    def call(self, operation, body=None, **parameters):
        """Calls the operation; its answer as JSON (members the server sent as null left out), or Failed."""
        api = getattr(self.module, pascal(operation["tag"]) + "Api")(self.client)
        arguments = {snake(name): value for name, value in parameters.items()}
        if body is not None:
            arguments[snake(operation["requestSchema"])] = getattr(self.module, operation["requestSchema"]).from_dict(body)
        try:
            return getattr(api, snake(operation["operationId"]))(**arguments).to_dict()
        except self.module.ApiException as error:
            raise Failed(f"python {operation['operationId']}: answered {error.status}: {error.body}") from None
        except ValueError as error:  # pydantic's ValidationError: the client could not read the answer
            raise Failed(f"python {operation['operationId']}: the answer does not fit the client's model: {error}") from None

    def status_of(self, operation, **parameters):
        """The status of an answer the call is expected to refuse."""
        try:
            self.call(operation, **parameters)
        except Failed as failure:
            match = re.search(r"answered (\d+)", str(failure))
            return int(match.group(1)) if match else None
        return 200

    def bound(self, example, operation):
        """A documented body as this tenant sends it: its own objects named, the unique member fresh."""
        body = copy.deepcopy(example)
        for pointer, value in self.tenant.get("names", {}).items():
            parent, member = at(body, pointer)
            if parent is not None:
                parent[member] = value
        if operation.get("unique"):
            parent, member = at(body, operation["unique"])
            if parent is not None:
                parent[member] = ("PY" + uuid.uuid4().hex[:12]).upper()
        return body


def expect(condition, operation, what, answer):
    if not condition:
        raise Failed(f"python {operation['operationId']}: expected {what}; answered {answer}")


def wrapped(answer):
    """The object an answer wraps ({"promo_code": {...}} -> {...})."""
    return next(iter(answer.values()))


def holds(answered, sent, unique):
    """Whether the members sent that the answer has by the same name (null ones aside) have the value sent; the unique one regardless of case."""
    for member, value in sent.items():
        if value is None or isinstance(value, dict) or member not in answered:
            continue
        got = answered.get(member)
        if member == unique and isinstance(value, str) and isinstance(got, str):
            got, value = got.upper(), value.upper()
        if got != value:
            return False
    return True


def check_collection(api, create, operations):
    """Create, read back, list, update and read back again, with every documented example."""
    def sibling(kind):
        prefix = create["path"]
        return next((operation for operation in operations if operation["kind"] == kind
                     and operation["path"].rsplit("/{", 1)[0] == prefix), None)
    read_one, listing, update = sibling("READ_ONE"), sibling("LIST"), sibling("UPDATE")
    id_member = read_one["id"]
    unique = create.get("unique", "").rsplit("/", 1)[-1]

    created = []
    for name, example in create["requestExamples"].items():
        body = api.bound(example, create)
        answer = wrapped(api.call(create, body))
        expect(holds(answer, wrapped(body), unique), create, f"the members of example '{name}' as sent", answer)
        created.append(answer)
        print(f"ok   python {api.name} {create['operationId']} ({name}): {answer[id_member]}")

    for answer in created:
        read = wrapped(api.call(read_one, id=answer[id_member]))
        expect(holds(read, answer, None), read_one, "the object the create answered", read)
    print(f"ok   python {api.name} {read_one['operationId']}: {len(created)} read back as created")
    expect(api.status_of(read_one, id=other_id(created[0][id_member])) == 404, read_one, "404 for an id nobody has", "another status")
    print(f"ok   python {api.name} {read_one['operationId']}: 404 for an id nobody has")

    paging, listed, position = listing["paging"], [], {}
    while True:
        page = api.call(listing, **position)
        items = page.get(paging["items"], [])
        listed += [item[id_member] for item in items]
        if not page.get(paging["more"]):
            break
        position = {paging["next"]: items[-1][id_member] if paging["from"] == "last-id" else page[paging["from"]]}
    missing = [answer[id_member] for answer in created if answer[id_member] not in listed]
    expect(not missing, listing, "every created object", f"{len(listed)} objects without {missing}")
    print(f"ok   python {api.name} {listing['operationId']}: {len(listed)} objects, the created ones among them")

    if update is None:
        return
    target = created[0]
    for name, example in update["requestExamples"].items():
        body = copy.deepcopy(example)
        for pointer in update.get("id-in-body", []):
            parent, member = at(body, pointer)
            if parent is not None:
                parent[member] = target[id_member]
        if update.get("unique"):
            parent, member = at(body, update["unique"])
            if parent is not None:
                parent[member] = target[member]
        answer = wrapped(api.call(update, body, id=target[id_member]))
        expect(holds(answer, wrapped(body), unique), update, f"the members of example '{name}' as sent", answer)
        read = wrapped(api.call(read_one, id=target[id_member]))
        expect(holds(read, answer, None), read_one, "the updated object", read)
        print(f"ok   python {api.name} {update['operationId']} ({name}): {target[id_member]}")


def main():
    if len(sys.argv) != 4:
        sys.exit("usage: check.py <catalog.json> <demo-tenants.yaml> <server base URL>")
    with open(sys.argv[1], encoding="utf-8") as file:
        catalog = json.load(file)
    with open(sys.argv[2], encoding="utf-8") as file:
        tenants = yaml.safe_load(file)
    failures = 0
    for described in catalog["apis"]:
        api = Api(described, tenants[described["name"]][0], sys.argv[3])
        for create in (operation for operation in described["operations"] if operation["kind"] == "CREATE"):
            try:
                check_collection(api, create, described["operations"])
            except Failed as failure:
                failures += 1
                print(f"FAIL {failure}")
    print(f"python-client: {'failed' if failures else 'passed'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
