package meshplane.global.consent_test

import data.meshplane.global.consent

product(cls, policies) := {
	"metadata": {"id": "listener.a"},
	"spec": {
		"outputPorts": [{"name": "daily", "schema": [{"name": "listener_id", "type": "string", "classification": cls}]}],
		"policies": policies,
	},
}

test_consent_declared_ok if {
	count(consent.warn) == 0 with input as {"product": product("pii", {"regulations": ["GDPR"], "consent": "analytics-opt-in"})}
}

test_no_pii_ok if {
	count(consent.warn) == 0 with input as {"product": product("internal", {"regulations": ["GDPR"]})}
}

test_sox_records_ok if {
	count(consent.warn) == 0 with input as {"product": product("pii", {"regulations": ["GDPR", "SOX"]})}
}

test_consent_missing if {
	some r in consent.warn with input as {"product": product("sensitive-pii", {"regulations": ["GDPR", "CCPA"]})}
	r.id == "global.consent.declared"
	r.pointer == "/spec/policies"
}

test_consent_empty if {
	some r in consent.warn with input as {"product": product("pii", {"regulations": ["GDPR"], "consent": ""})}
	r.id == "global.consent.declared"
	r.pointer == "/spec/policies/consent"
}
