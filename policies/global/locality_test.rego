package meshplane.global.locality_test

import data.meshplane.global.locality

product(spec) := {"metadata": {"id": "music.a"}, "spec": spec}

test_locality_ok if {
	count(locality.deny) == 0 with input as {"product": product({"policies": {"locality": ["eu", "us"]}})}
}

test_locality_empty if {
	some r in locality.deny with input as {"product": product({"policies": {"locality": []}})}
	r.id == "global.locality.declared"
	r.pointer == "/spec/policies/locality"
}

test_locality_no_policies if {
	some r in locality.deny with input as {"product": product({})}
	r.id == "global.locality.declared"
	r.pointer == "/spec"
}
