package meshplane.global.runtime_test

import data.meshplane.global.runtime

mesh := {"products": {
	"listener.profiles": {"outputs": {"daily": {"kind": "table", "classification": "confidential"}}},
	"music.charts": {"outputs": {"top": {"kind": "table", "classification": "public"}}},
}}

read(product, port) := {
	"dataset": sprintf("%s/%s", [product, port]), "product": product, "port": port,
	"runId": "run-1", "job": "airflow/podcast.listeners", "time": "2026-11-21T01:00:00.000Z",
}

inp(spec, reads) := {
	"product": {"metadata": {"id": "podcast.listeners"}, "spec": spec},
	"runtime": {
		"lastRun": {"runId": "run-1", "job": "airflow/podcast.listeners", "time": "2026-11-21T01:00:00.000Z"},
		"undeclaredInputs": reads, "staleInputs": [], "undeclaredOutputs": [],
	},
}

test_undeclared_confidential_read_denied if {
	d := runtime.deny with input as inp({"inputPorts": [{"name": "x"}]}, [read("listener.profiles", "daily")]) with data.mesh as mesh
	some r in d
	r.id == "global.runtime.undeclared-confidential-input"
	r.pointer == "/spec/inputPorts"
	contains(r.msg, "the confidential port `daily` of `listener.profiles`")
	contains(r.msg, "run-1")
}

test_points_at_spec_without_input_ports if {
	some r in runtime.deny with input as inp({}, [read("listener.profiles", "daily")]) with data.mesh as mesh
	r.pointer == "/spec"
}

test_undeclared_public_read_left_to_warnings if {
	count(runtime.deny) == 0 with input as inp({}, [read("music.charts", "top")]) with data.mesh as mesh
}

test_never_observed_product_passes if {
	count(runtime.deny) == 0 with input as {"product": {"spec": {}}, "runtime": null} with data.mesh as mesh
}
