"""Uses the Python clients generated from the specs against a running server.

    PYTHONPATH=<flex client>:<flowglad client> python3 check.py <specs dir> http://localhost:8080

The requests are the specs' own request examples (each with a fresh code, so the check can run
again); the answers are held to what the specs document. A failure names the language, the
operation and the answer. Runs on Debian's python3-pydantic (1.10), python3-urllib3,
python3-dateutil and python3-yaml alone.
"""
import copy
import sys
import time
import uuid

import yaml

import flex_client
import flowglad_client

# The demo keys the server starts with (see the README): one account or organization, test mode.
FLEX_TEST_KEY = "fsk_test_acme_4f8a2c61d9b7e350"
FLOWGLAD_TEST_KEY = "sk_test_acme_5d2b9f47e1c3a860"


class Failed(Exception):
    pass


def request_examples(spec, operation_id):
    """The named request examples of the operation, as plain JSON."""
    for path in spec["paths"].values():
        for operation in path.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                examples = operation["requestBody"]["content"]["application/json"]["examples"]
                return {name: example["value"] for name, example in examples.items()}
    raise KeyError(operation_id)


def fresh_code(prefix):
    return (prefix + uuid.uuid4().hex[:12]).upper()


def call(operation_id, function, *args, **kwargs):
    """Calls the client; an error answer fails the check, naming the operation and the answer."""
    try:
        return function(*args, **kwargs)
    except (flex_client.ApiException, flowglad_client.ApiException) as error:
        raise Failed(f"python {operation_id}: answered {error.status}: {error.body}") from None
    except ValueError as error:  # pydantic's ValidationError: the client could not read the answer
        raise Failed(f"python {operation_id}: the answer does not fit the client's model: {error}") from None


def expect(condition, operation_id, what, answer):
    if not condition:
        raise Failed(f"python {operation_id}: expected {what}; answered {answer}")


def check_flex(spec, base_url):
    configuration = flex_client.Configuration(host=base_url, access_token=FLEX_TEST_KEY)
    with flex_client.ApiClient(configuration) as client:
        api = flex_client.PromoCodesApi(client)
        created = []
        for name, example in request_examples(spec, "createPromoCode").items():
            body = copy.deepcopy(example)
            if "code" in body["promo_code"]:
                body["promo_code"]["code"] = fresh_code("PY")
            answer = call("createPromoCode", api.create_promo_code,
                          flex_client.CreatePromoCodeRequest.from_dict(body)).promo_code
            sent = body["promo_code"]
            expect(answer.coupon.coupon_id == sent["coupon_id"], "createPromoCode", f"the coupon of example '{name}'", answer)
            expect(answer.code == sent.get("code", answer.code), "createPromoCode", "the code sent", answer)
            created.append(answer)
            print(f"ok   python Flex createPromoCode ({name}): {answer.promo_code_id}")

        for promo_code in created:
            read = call("retrievePromoCode", api.retrieve_promo_code, promo_code.promo_code_id).promo_code
            expect(read == promo_code, "retrievePromoCode", "the object the create answered", read)
        print(f"ok   python Flex retrievePromoCode: {len(created)} read back as created")

        listed, after = [], None
        while True:
            page = call("listPromoCodes", api.list_promo_codes, limit=100, starting_after=after)
            listed += [promo_code.promo_code_id for promo_code in page.promo_codes]
            if not page.has_more:
                break
            after = page.promo_codes[-1].promo_code_id
        missing = [p.promo_code_id for p in created if p.promo_code_id not in listed]
        expect(not missing, "listPromoCodes", "every created promo code", f"{len(listed)} promo codes without {missing}")
        print(f"ok   python Flex listPromoCodes: {len(listed)} promo codes, the created ones among them")

        for name, example in request_examples(spec, "updatePromoCode").items():
            target = created[0].promo_code_id
            answer = call("updatePromoCode", api.update_promo_code, target,
                          flex_client.UpdatePromoCodeRequest.from_dict(example)).promo_code
            for member, value in example["promo_code"].items():
                expect(answer.to_dict().get(member) == value, "updatePromoCode", f"{member} as sent in '{name}'", answer)
            read = call("retrievePromoCode", api.retrieve_promo_code, target).promo_code
            expect(read == answer, "retrievePromoCode", "the updated object", read)
            print(f"ok   python Flex updatePromoCode ({name}): {target}")

        try:
            api.retrieve_promo_code("fpromo_" + "0" * 26)
            raise Failed("python retrievePromoCode: expected 404 for an id nobody has; answered 200")
        except flex_client.ApiException as error:
            expect(error.status == 404, "retrievePromoCode", "404 for an id nobody has", f"{error.status}: {error.body}")
        print("ok   python Flex retrievePromoCode: 404 for an id nobody has")


def check_flowglad(spec, base_url):
    configuration = flowglad_client.Configuration(host=base_url, api_key={"apiKey": FLOWGLAD_TEST_KEY})
    with flowglad_client.ApiClient(configuration) as client:
        api = flowglad_client.DiscountsApi(client)
        created = []
        for name, example in request_examples(spec, "createDiscount").items():
            body = copy.deepcopy(example)
            # An example naming its organization is the vendor's; the demo key acts for another one.
            if "organizationId" in body["discount"]:
                continue
            body["discount"]["code"] = fresh_code("PY")
            answer = call("createDiscount", api.create_discount,
                          flowglad_client.CreateDiscountRequest.from_dict(body)).discount.actual_instance
            for member in ("name", "amount", "duration"):
                expect(getattr(answer, member) == body["discount"][member], "createDiscount",
                       f"{member} of example '{name}'", answer)
            expect(answer.code == body["discount"]["code"].upper(), "createDiscount", "the code in upper case", answer)
            created.append(answer)
            print(f"ok   python Flowglad createDiscount ({name}): {answer.id}")
        expect(created, "createDiscount", "an example the demo key may send", "none")

        for discount in created:
            read = call("getDiscount", api.get_discount, discount.id).discount.actual_instance
            expect(read.id == discount.id and read.code == discount.code and read.amount == discount.amount,
                   "getDiscount", "the object the create answered", read)
        print(f"ok   python Flowglad getDiscount: {len(created)} read back as created")

        listed, cursor = [], None
        while True:
            page = call("listDiscounts", api.list_discounts, limit=100, cursor=cursor)
            listed += [discount.actual_instance.id for discount in page.data]
            if not page.has_more:
                break
            cursor = page.next_cursor
        missing = [d.id for d in created if d.id not in listed]
        expect(not missing, "listDiscounts", "every created discount", f"{len(listed)} discounts without {missing}")
        print(f"ok   python Flowglad listDiscounts: {len(listed)} discounts, the created ones among them")

        for name, example in request_examples(spec, "updateDiscount").items():
            target = created[0]
            body = copy.deepcopy(example)
            body["discount"]["id"] = target.id
            body["discount"]["code"] = target.code
            answer = call("updateDiscount", api.update_discount, target.id,
                          flowglad_client.UpdateDiscountRequest.from_dict(body)).discount.actual_instance
            for member in ("name", "amount", "duration"):
                expect(getattr(answer, member) == body["discount"][member], "updateDiscount",
                       f"{member} as sent in '{name}'", answer)
            read = call("getDiscount", api.get_discount, target.id).discount.actual_instance
            expect(read.name == answer.name and read.duration == answer.duration, "getDiscount", "the updated object", read)
            print(f"ok   python Flowglad updateDiscount ({name}): {target.id}")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: check.py <specs dir> <server base URL>")
    specs, base_url = sys.argv[1], sys.argv[2]
    with open(f"{specs}/flex/promo-codes.yaml", encoding="utf-8") as file:
        flex_spec = yaml.safe_load(file)
    with open(f"{specs}/flowglad/discounts.yaml", encoding="utf-8") as file:
        flowglad_spec = yaml.safe_load(file)
    failures = 0
    for check, spec in ((check_flex, flex_spec), (check_flowglad, flowglad_spec)):
        try:
            check(spec, base_url)
        except Failed as failure:
            failures += 1
            print(f"FAIL {failure}")
    print(f"python-client: {'failed' if failures else 'passed'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
