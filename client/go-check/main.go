// Uses the Go clients generated from the specs against a running server: every operation of every
// API as the spec catalog's manifest lists them, by kind.
//
//	go-check <catalog.json> <demo tenants as JSON> http://localhost:8080
//
// For each collection of an API, each documented create example is sent (its unique member made
// fresh, the members naming the tenant's own objects set to the demo tenant's), read back, found in
// the list's pages, then updated with each documented update example and read back again; an id
// nobody has is a 404. The clients are called by the go generator's naming rules (the service from
// the tag, the method from the operationId, the request's setters from the parameter and schema
// names), through reflection, so nothing here names an operation; run.sh writes apis.go, which
// connects each API's client package by the manifest. A failure names the language, the operation
// and the answer. Needs the standard library alone.
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
	"reflect"
	"regexp"
	"strings"
)

// connectors make each API's generated client and the context carrying a key; apis.go registers them.
var connectors = map[string]func(baseURL, key string) (any, context.Context){}

func register(name string, connect func(baseURL, key string) (any, context.Context)) {
	connectors[name] = connect
}

type operation struct {
	OperationID     string                      `json:"operationId"`
	Method          string                      `json:"method"`
	Path            string                      `json:"path"`
	Kind            string                      `json:"kind"`
	Tag             string                      `json:"tag"`
	Parameters      []struct{ Name, In string } `json:"parameters"`
	RequestSchema   string                      `json:"requestSchema"`
	RequestExamples map[string]any              `json:"requestExamples"`
	Unique          string                      `json:"unique"`
	ID              string                      `json:"id"`
	IDInBody        []string                    `json:"id-in-body"`
	Paging          map[string]string           `json:"paging"`
}

type described struct {
	Name       string      `json:"name"`
	Operations []operation `json:"operations"`
}

type tenant struct {
	Test  string         `json:"test"`
	Names map[string]any `json:"names"`
}

type failed struct{ message string }

func (f failed) Error() string { return f.message }

func fail(op operation, format string, args ...any) {
	panic(failed{"go " + op.OperationID + ": " + fmt.Sprintf(format, args...)})
}

var words = regexp.MustCompile(`[^A-Za-z0-9]+`)

// pascal is the generator's Go name of a tag, operationId or parameter: Promo Codes -> PromoCodes, starting_after -> StartingAfter.
func pascal(name string) string {
	var joined strings.Builder
	for _, word := range words.Split(name, -1) {
		if word != "" {
			joined.WriteString(strings.ToUpper(word[:1]) + word[1:])
		}
	}
	return joined.String()
}

// api is one API of the manifest, through its generated client, as the demo tenant's test key.
type api struct {
	name   string
	client reflect.Value
	ctx    context.Context
	tenant tenant
}

// call calls the operation with path and query parameters by name and a body; its answer as JSON.
func (a api) call(op operation, body any, parameters map[string]any) map[string]any {
	service := a.client.Elem().FieldByName(pascal(op.Tag) + "API")
	method := service.MethodByName(pascal(op.OperationID))
	if !method.IsValid() {
		fail(op, "the client has no %s.%s", pascal(op.Tag)+"API", pascal(op.OperationID))
	}
	arguments := []reflect.Value{reflect.ValueOf(a.ctx)}
	for _, parameter := range op.Parameters {
		if parameter.In == "path" {
			arguments = append(arguments, reflect.ValueOf(parameters[parameter.Name]))
		}
	}
	request := method.Call(arguments)[0]
	for _, parameter := range op.Parameters {
		if value, given := parameters[parameter.Name]; given && parameter.In == "query" {
			request = set(op, request, pascal(parameter.Name), value)
		}
	}
	if body != nil {
		request = set(op, request, op.RequestSchema, body)
	}
	results := request.MethodByName("Execute").Call(nil)
	if err, _ := results[2].Interface().(error); err != nil {
		var apiError interface{ Body() []byte }
		if response, _ := results[1].Interface().(*http.Response); response != nil && errors.As(err, &apiError) {
			fail(op, "answered %d: %s", response.StatusCode, apiError.Body())
		}
		fail(op, "%v", err)
	}
	return members(results[0].Interface())
}

// set calls a request's setter with a value read, as JSON, into the type the setter takes.
func set(op operation, request reflect.Value, setter string, value any) reflect.Value {
	method := request.MethodByName(setter)
	if !method.IsValid() {
		fail(op, "the request has no setter %s", setter)
	}
	argument := reflect.New(method.Type().In(0))
	raw, _ := json.Marshal(value)
	if err := json.Unmarshal(raw, argument.Interface()); err != nil {
		fail(op, "%s does not fit the client's model: %v", raw, err)
	}
	return method.Call([]reflect.Value{argument.Elem()})[0]
}

// status is the status of an answer the call is expected to refuse.
func (a api) status(op operation, parameters map[string]any) (status int) {
	defer func() {
		if refused := recover(); refused != nil {
			message := refused.(failed).message
			fmt.Sscanf(message[strings.Index(message, "answered ")+len("answered "):], "%d", &status)
		}
	}()
	a.call(op, nil, parameters)
	return http.StatusOK
}

// members is a value as JSON members.
func members(value any) map[string]any {
	raw, _ := json.Marshal(value)
	object := map[string]any{}
	_ = json.Unmarshal(raw, &object)
	return object
}

// at is the object holding the member a JSON pointer names, and the member's name; nil when absent.
func at(body map[string]any, pointer string) (map[string]any, string) {
	names := strings.Split(strings.TrimPrefix(pointer, "/"), "/")
	object := body
	for _, name := range names[:len(names)-1] {
		object, _ = object[name].(map[string]any)
	}
	member := names[len(names)-1]
	if _, present := object[member]; object == nil || !present {
		return nil, member
	}
	return object, member
}

func copied(value any) map[string]any {
	return members(value)
}

func wrapped(answer map[string]any) map[string]any {
	for _, object := range answer {
		inner, _ := object.(map[string]any)
		return inner
	}
	return nil
}

func fresh() string {
	random := make([]byte, 6)
	_, _ = rand.Read(random)
	return strings.ToUpper("GO" + hex.EncodeToString(random))
}

// otherID is an id of the same form that no object has: its last character changed.
func otherID(id string) string {
	if strings.HasSuffix(id, "0") {
		return id[:len(id)-1] + "1"
	}
	return id[:len(id)-1] + "0"
}

// holds says whether the members sent that the answer has by the same name (null ones aside) have the value sent; the unique one regardless of case.
func holds(answered, sent map[string]any, unique string) bool {
	for member, value := range sent {
		got, present := answered[member]
		if _, object := value.(map[string]any); value == nil || object || !present {
			continue
		}
		if text, isText := value.(string); member == unique && isText {
			if gotText, _ := got.(string); strings.EqualFold(gotText, text) {
				continue
			}
			return false
		}
		if fmt.Sprint(got) != fmt.Sprint(value) {
			return false
		}
	}
	return true
}

func (a api) bound(example any, op operation) map[string]any {
	body := copied(example)
	for pointer, value := range a.tenant.Names {
		if object, member := at(body, pointer); object != nil {
			object[member] = value
		}
	}
	if op.Unique != "" {
		if object, member := at(body, op.Unique); object != nil {
			object[member] = fresh()
		}
	}
	return body
}

// checkCollection creates, reads back, lists, updates and reads back again, with every documented example.
func (a api) checkCollection(create operation, operations []operation) {
	sibling := func(kind string) *operation {
		for i := range operations {
			if operations[i].Kind == kind && strings.Split(operations[i].Path, "/{")[0] == create.Path {
				return &operations[i]
			}
		}
		return nil
	}
	readOne, listing, update := *sibling("READ_ONE"), *sibling("LIST"), sibling("UPDATE")
	idMember := readOne.ID
	unique := create.Unique[strings.LastIndex(create.Unique, "/")+1:]

	var created []map[string]any
	for name, example := range create.RequestExamples {
		body := a.bound(example, create)
		answer := wrapped(a.call(create, body, nil))
		if !holds(answer, wrapped(body), unique) {
			fail(create, "expected the members of example '%s' as sent; answered %v", name, answer)
		}
		created = append(created, answer)
		fmt.Printf("ok   go %s %s (%s): %v\n", a.name, create.OperationID, name, answer[idMember])
	}

	for _, answer := range created {
		read := wrapped(a.call(readOne, nil, map[string]any{"id": answer[idMember]}))
		if !holds(read, answer, "") {
			fail(readOne, "expected the object the create answered; answered %v", read)
		}
	}
	fmt.Printf("ok   go %s %s: %d read back as created\n", a.name, readOne.OperationID, len(created))
	if status := a.status(readOne, map[string]any{"id": otherID(created[0][idMember].(string))}); status != http.StatusNotFound {
		fail(readOne, "expected 404 for an id nobody has; answered %d", status)
	}
	fmt.Printf("ok   go %s %s: 404 for an id nobody has\n", a.name, readOne.OperationID)

	listed := map[any]bool{}
	for position := map[string]any{}; ; {
		page := a.call(listing, nil, position)
		items, _ := page[listing.Paging["items"]].([]any)
		for _, item := range items {
			listed[item.(map[string]any)[idMember]] = true
		}
		if more, _ := page[listing.Paging["more"]].(bool); !more {
			break
		}
		if listing.Paging["from"] == "last-id" {
			position = map[string]any{listing.Paging["next"]: items[len(items)-1].(map[string]any)[idMember]}
		} else {
			position = map[string]any{listing.Paging["next"]: page[listing.Paging["from"]]}
		}
	}
	for _, answer := range created {
		if !listed[answer[idMember]] {
			fail(listing, "expected every created object; %d objects without %v", len(listed), answer[idMember])
		}
	}
	fmt.Printf("ok   go %s %s: %d objects, the created ones among them\n", a.name, listing.OperationID, len(listed))

	if update == nil {
		return
	}
	target := created[0]
	for name, example := range update.RequestExamples {
		body := copied(example)
		for _, pointer := range update.IDInBody {
			if object, member := at(body, pointer); object != nil {
				object[member] = target[idMember]
			}
		}
		if update.Unique != "" {
			if object, member := at(body, update.Unique); object != nil {
				object[member] = target[member]
			}
		}
		answer := wrapped(a.call(*update, body, map[string]any{"id": target[idMember]}))
		if !holds(answer, wrapped(body), unique) {
			fail(*update, "expected the members of example '%s' as sent; answered %v", name, answer)
		}
		read := wrapped(a.call(readOne, nil, map[string]any{"id": target[idMember]}))
		if !holds(read, answer, "") {
			fail(readOne, "expected the updated object; answered %v", read)
		}
		fmt.Printf("ok   go %s %s (%s): %v\n", a.name, update.OperationID, name, target[idMember])
	}
}

func readJSON(file string, into any) {
	raw, err := os.ReadFile(file)
	if err == nil {
		err = json.Unmarshal(raw, into)
	}
	if err != nil {
		panic(err)
	}
}

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: go-check <catalog.json> <demo-tenants.json> <server base URL>")
		os.Exit(2)
	}
	var catalog struct{ Apis []described }
	readJSON(os.Args[1], &catalog)
	tenants := map[string][]tenant{}
	readJSON(os.Args[2], &tenants)
	failures := 0
	for _, spec := range catalog.Apis {
		connect, known := connectors[spec.Name]
		if !known {
			fmt.Printf("FAIL go: no client connected for the API %s (apis.go)\n", spec.Name)
			failures++
			continue
		}
		client, ctx := connect(os.Args[3], tenants[spec.Name][0].Test)
		a := api{name: spec.Name, client: reflect.ValueOf(client), ctx: ctx, tenant: tenants[spec.Name][0]}
		for _, op := range spec.Operations {
			if op.Kind != "CREATE" {
				continue
			}
			func() {
				defer func() {
					if failure := recover(); failure != nil {
						failures++
						fmt.Println("FAIL " + failure.(failed).message)
					}
				}()
				a.checkCollection(op, spec.Operations)
			}()
		}
	}
	if failures > 0 {
		fmt.Println("go-client: failed")
		os.Exit(1)
	}
	fmt.Println("go-client: passed")
}
