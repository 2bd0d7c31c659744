package meshplane.lib_test

import data.meshplane.lib

test_duration_days if {
	lib.duration_days("P3Y") == 1095
	lib.duration_days("P13M") == 390
	lib.duration_days("P2W") == 14
	lib.duration_days("P90D") == 90
	not lib.duration_days("infinite")
	not lib.duration_days("P1Y6M")
	not lib.duration_days(3)
}

test_major_version if {
	lib.major_version("2.1.0") == 2
	lib.major_version("10.0.0") == 10
	not lib.major_version("v2")
}

test_key_pointer if {
	lib.key_pointer({"a": false}, "/spec", "a") == "/spec/a"
	lib.key_pointer({"b": 1}, "/spec", "a") == "/spec"
	lib.key_pointer(null, "/spec", "a") == "/spec"
}

test_policies_pointer if {
	lib.policies_pointer({"spec": {"policies": {"consent": "x"}}}, "consent") == "/spec/policies/consent"
	lib.policies_pointer({"spec": {"policies": {}}}, "consent") == "/spec/policies"
	lib.policies_pointer({"spec": {}}, "consent") == "/spec"
}

test_inputs if {
	p := {"spec": {"inputPorts": [
		{"name": "a", "source": {"product": "x.a", "port": "p"}},
		{"name": "b", "source": {"product": "x.a", "port": "q"}},
		{"name": "s", "source": {"system": "svc", "kind": "api"}},
	]}}
	lib.input_products(p) == {"x.a"}
	lib.reads_system(p)
	not lib.reads_system({"spec": {"inputPorts": []}})
}

test_pii_helpers if {
	p := {"spec": {"outputPorts": [
		{"name": "a", "schema": [{"name": "x", "classification": "public"}]},
		{"name": "b", "schema": [{"name": "y", "classification": "sensitive-pii"}, {"name": "z", "classification": "pii"}]},
	]}}
	lib.pii_port_indexes(p) == {1}
	lib.sensitive_pii_columns(p.spec.outputPorts[1]) == {"y"}
	lib.has_pii(p)
	lib.regulations({"spec": {"policies": {"regulations": ["GDPR", "SOX"]}}}) == {"GDPR", "SOX"}
	lib.regulations({"spec": {}}) == set()
}

test_domain_package if {
	lib.domain_package("listener-session") == "listener_session"
}
