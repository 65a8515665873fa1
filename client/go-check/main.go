// Uses the Go clients generated from the specs against a running server:
//
//	go run . <specs as JSON dir> http://localhost:8080
//
// The requests are the specs' own request examples (each with a fresh code, so the check can run
// again); the answers are held to what the examples sent. A failure names the language, the
// operation and the answer. Needs the standard library alone.
package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"promo-contracts.io/clients/flex"
	"promo-contracts.io/clients/flowglad"
)

// The demo keys the server starts with (see the README): one account or organization, test mode.
const (
	flexTestKey     = "fsk_test_acme_4f8a2c61d9b7e350"
	flowgladTestKey = "sk_test_acme_5d2b9f47e1c3a860"
)

type failed struct{ message string }

func (f failed) Error() string { return f.message }

func fail(operationID, format string, args ...any) {
	panic(failed{"go " + operationID + ": " + fmt.Sprintf(format, args...)})
}

// answered fails the check when the call did not succeed, naming the operation and the answer.
func answered(operationID string, response *http.Response, err error) {
	if err == nil {
		return
	}
	var apiError interface{ Body() []byte }
	if errors.As(err, &apiError) && response != nil {
		fail(operationID, "answered %d: %s", response.StatusCode, apiError.Body())
	}
	fail(operationID, "%v", err)
}

// requestExamples are the named request examples of the operation, in JSON.
func requestExamples(spec map[string]any, operationID string) map[string]map[string]any {
	for _, path := range spec["paths"].(map[string]any) {
		for _, operation := range path.(map[string]any) {
			op, ok := operation.(map[string]any)
			if !ok || op["operationId"] != operationID {
				continue
			}
			examples := op["requestBody"].(map[string]any)["content"].(map[string]any)["application/json"].(map[string]any)["examples"].(map[string]any)
			named := map[string]map[string]any{}
			for name, example := range examples {
				named[name] = example.(map[string]any)["value"].(map[string]any)
			}
			return named
		}
	}
	panic("no operation " + operationID)
}

// decode fills a generated request model from an example, as the client's JSON would be read.
func decode(operationID string, example any, into any) {
	raw, _ := json.Marshal(example)
	if err := json.Unmarshal(raw, into); err != nil {
		fail(operationID, "the spec's example does not fit the client's model: %v", err)
	}
}

// members is what an answer's object holds, as JSON members.
func members(value any) map[string]any {
	raw, _ := json.Marshal(value)
	object := map[string]any{}
	_ = json.Unmarshal(raw, &object)
	return object
}

func freshCode() string {
	random := make([]byte, 6)
	_, _ = rand.Read(random)
	return strings.ToUpper("GO" + hex.EncodeToString(random))
}

func readSpec(dir, name string) map[string]any {
	raw, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		panic(err)
	}
	spec := map[string]any{}
	if err := json.Unmarshal(raw, &spec); err != nil {
		panic(err)
	}
	return spec
}

func checkFlex(spec map[string]any, baseURL string) {
	configuration := flex.NewConfiguration()
	configuration.Servers = flex.ServerConfigurations{{URL: baseURL}}
	api := flex.NewAPIClient(configuration).PromoCodesAPI
	ctx := context.WithValue(context.Background(), flex.ContextAccessToken, flexTestKey)

	var created []flex.PromoCode
	for name, example := range requestExamples(spec, "createPromoCode") {
		sent := example["promo_code"].(map[string]any)
		if _, hasCode := sent["code"]; hasCode {
			sent["code"] = freshCode()
		}
		var request flex.CreatePromoCodeRequest
		decode("createPromoCode", example, &request)
		answer, response, err := api.CreatePromoCode(ctx).CreatePromoCodeRequest(request).Execute()
		answered("createPromoCode", response, err)
		promoCode := answer.PromoCode
		if promoCode.Coupon.CouponId != sent["coupon_id"] || (sent["code"] != nil && promoCode.Code != sent["code"]) {
			fail("createPromoCode", "expected the coupon and code of example '%s'; answered %v", name, members(promoCode))
		}
		created = append(created, promoCode)
		fmt.Printf("ok   go Flex createPromoCode (%s): %s\n", name, promoCode.PromoCodeId)
	}

	for _, promoCode := range created {
		read, response, err := api.RetrievePromoCode(ctx, promoCode.PromoCodeId).Execute()
		answered("retrievePromoCode", response, err)
		if fmt.Sprint(members(read.PromoCode)) != fmt.Sprint(members(promoCode)) {
			fail("retrievePromoCode", "expected the object the create answered; answered %v", members(read.PromoCode))
		}
	}
	fmt.Printf("ok   go Flex retrievePromoCode: %d read back as created\n", len(created))

	listed := map[string]bool{}
	for after := ""; ; {
		request := api.ListPromoCodes(ctx).Limit(100)
		if after != "" {
			request = request.StartingAfter(after)
		}
		page, response, err := request.Execute()
		answered("listPromoCodes", response, err)
		for _, promoCode := range page.PromoCodes {
			listed[promoCode.PromoCodeId] = true
		}
		if !page.GetHasMore() || len(page.PromoCodes) == 0 {
			break
		}
		after = page.PromoCodes[len(page.PromoCodes)-1].PromoCodeId
	}
	for _, promoCode := range created {
		if !listed[promoCode.PromoCodeId] {
			fail("listPromoCodes", "expected %s among the %d listed", promoCode.PromoCodeId, len(listed))
		}
	}
	fmt.Printf("ok   go Flex listPromoCodes: %d promo codes, the created ones among them\n", len(listed))

	for name, example := range requestExamples(spec, "updatePromoCode") {
		target := created[0].PromoCodeId
		var request flex.UpdatePromoCodeRequest
		decode("updatePromoCode", example, &request)
		answer, response, err := api.UpdatePromoCode(ctx, target).UpdatePromoCodeRequest(request).Execute()
		answered("updatePromoCode", response, err)
		got := members(answer.PromoCode)
		for member, value := range example["promo_code"].(map[string]any) {
			if fmt.Sprint(got[member]) != fmt.Sprint(value) {
				fail("updatePromoCode", "expected %s as sent in '%s'; answered %v", member, name, got)
			}
		}
		fmt.Printf("ok   go Flex updatePromoCode (%s): %s\n", name, target)
	}

	_, response, err := api.RetrievePromoCode(ctx, "fpromo_"+strings.Repeat("0", 26)).Execute()
	if err == nil || response == nil || response.StatusCode != http.StatusNotFound {
		fail("retrievePromoCode", "expected 404 for an id nobody has; answered %v (%v)", response, err)
	}
	fmt.Println("ok   go Flex retrievePromoCode: 404 for an id nobody has")
}

func checkFlowglad(spec map[string]any, baseURL string) {
	configuration := flowglad.NewConfiguration()
	configuration.Servers = flowglad.ServerConfigurations{{URL: baseURL}}
	api := flowglad.NewAPIClient(configuration).DiscountsAPI
	ctx := context.WithValue(context.Background(), flowglad.ContextAPIKeys,
		map[string]flowglad.APIKey{"apiKey": {Key: flowgladTestKey}})

	var created []map[string]any
	for name, example := range requestExamples(spec, "createDiscount") {
		sent := example["discount"].(map[string]any)
		// An example naming its organization is the vendor's; the demo key acts for another one.
		if _, named := sent["organizationId"]; named {
			continue
		}
		sent["code"] = freshCode()
		var request flowglad.CreateDiscountRequest
		decode("createDiscount", example, &request)
		answer, response, err := api.CreateDiscount(ctx).CreateDiscountRequest(request).Execute()
		answered("createDiscount", response, err)
		discount := members(answer.Discount)
		for _, member := range []string{"name", "amount", "duration", "code"} {
			if fmt.Sprint(discount[member]) != fmt.Sprint(sent[member]) {
				fail("createDiscount", "expected %s of example '%s'; answered %v", member, name, discount)
			}
		}
		created = append(created, discount)
		fmt.Printf("ok   go Flowglad createDiscount (%s): %s\n", name, discount["id"])
	}
	if len(created) == 0 {
		fail("createDiscount", "expected an example the demo key may send")
	}

	for _, discount := range created {
		read, response, err := api.GetDiscount(ctx, discount["id"].(string)).Execute()
		answered("getDiscount", response, err)
		got := members(read.Discount)
		if got["id"] != discount["id"] || got["code"] != discount["code"] || fmt.Sprint(got["amount"]) != fmt.Sprint(discount["amount"]) {
			fail("getDiscount", "expected the object the create answered; answered %v", got)
		}
	}
	fmt.Printf("ok   go Flowglad getDiscount: %d read back as created\n", len(created))

	listed := map[string]bool{}
	for cursor := ""; ; {
		request := api.ListDiscounts(ctx).Limit(100)
		if cursor != "" {
			request = request.Cursor(cursor)
		}
		page, response, err := request.Execute()
		answered("listDiscounts", response, err)
		for _, discount := range page.Data {
			listed[fmt.Sprint(members(discount)["id"])] = true
		}
		if !page.HasMore {
			break
		}
		cursor = page.GetNextCursor()
	}
	for _, discount := range created {
		if !listed[discount["id"].(string)] {
			fail("listDiscounts", "expected %s among the %d listed", discount["id"], len(listed))
		}
	}
	fmt.Printf("ok   go Flowglad listDiscounts: %d discounts, the created ones among them\n", len(listed))

	for name, example := range requestExamples(spec, "updateDiscount") {
		target := created[0]
		sent := example["discount"].(map[string]any)
		sent["id"], sent["code"] = target["id"], target["code"]
		var request flowglad.UpdateDiscountRequest
		decode("updateDiscount", example, &request)
		answer, response, err := api.UpdateDiscount(ctx, target["id"].(string)).UpdateDiscountRequest(request).Execute()
		answered("updateDiscount", response, err)
		got := members(answer.Discount)
		for _, member := range []string{"name", "amount", "duration"} {
			if fmt.Sprint(got[member]) != fmt.Sprint(sent[member]) {
				fail("updateDiscount", "expected %s as sent in '%s'; answered %v", member, name, got)
			}
		}
		fmt.Printf("ok   go Flowglad updateDiscount (%s): %s\n", name, target["id"])
	}
}

func run(check func(map[string]any, string), spec map[string]any, baseURL string) (err error) {
	defer func() {
		if recovered := recover(); recovered != nil {
			if failure, ok := recovered.(failed); ok {
				err = failure
				return
			}
			panic(recovered)
		}
	}()
	check(spec, baseURL)
	return nil
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: go-check <specs as JSON dir> <server base URL>")
		os.Exit(2)
	}
	specs, baseURL := os.Args[1], os.Args[2]
	failures := 0
	for _, check := range []struct {
		run  func(map[string]any, string)
		spec string
	}{{checkFlex, "flex.json"}, {checkFlowglad, "flowglad.json"}} {
		if err := run(check.run, readSpec(specs, check.spec), baseURL); err != nil {
			failures++
			fmt.Println("FAIL " + err.Error())
		}
	}
	if failures > 0 {
		fmt.Println("go-client: failed")
		os.Exit(1)
	}
	fmt.Println("go-client: passed")
}
