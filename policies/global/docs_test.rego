package meshplane.global.docs_test

import data.meshplane.global.docs

good_spec := {
	"description": "One row per listener and episode per day, from the podcast player.",
	"outputPorts": [{"name": "daily", "schema": [
		{"name": "listener_id", "type": "string", "identifier": "listener"},
		{"name": "plays", "type": "integer", "description": "Starts that day"},
	]}],
	"docs": {"readme": "./README.md"},
	"support": {"channel": "#podcast-data"},
}

product(spec) := {"metadata": {"id": "podcast.a"}, "spec": spec}

check(spec) := {"deny": d, "warn": w} if {
	d := docs.deny with input as {"product": product(spec)}
	w := docs.warn with input as {"product": product(spec)}
}

test_docs_ok if {
	r := check(good_spec)
	count(r.deny) == 0
	count(r.warn) == 0
}

test_description_short if {
	some r in check(object.union(good_spec, {"description": "Podcast listeners.\n"})).deny
	r.id == "global.docs.description"
	r.pointer == "/spec/description"
	contains(r.msg, "18 characters")
}

test_description_missing if {
	some r in check(json.remove(good_spec, ["description"])).deny
	r.id == "global.docs.description"
	r.pointer == "/spec"
}

test_readme_missing if {
	some r in check(json.remove(good_spec, ["docs/readme"])).deny
	r.id == "global.docs.readme"
	r.pointer == "/spec/docs"
}

test_docs_missing if {
	some r in check(json.remove(good_spec, ["docs"])).deny
	r.id == "global.docs.readme"
	r.pointer == "/spec"
}

test_column_without_description if {
	spec := object.union(good_spec, {"outputPorts": [{"name": "daily", "schema": [
		{"name": "plays", "type": "integer", "description": "Starts that day"},
		{"name": "downloaded", "type": "boolean", "description": ""},
	]}]})
	some r in check(spec).deny
	r.id == "global.docs.column-description"
	r.pointer == "/spec/outputPorts/0/schema/1"
	contains(r.msg, "`downloaded`")
}

test_support_missing if {
	some r in check(json.remove(good_spec, ["support"])).warn
	r.id == "global.docs.support-channel"
	r.pointer == "/spec"
}

test_support_channel_missing if {
	some r in check(json.remove(good_spec, ["support/channel"])).warn
	r.id == "global.docs.support-channel"
	r.pointer == "/spec/support"
}
