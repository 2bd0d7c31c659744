package meshplane.global.privacy_test

import data.meshplane.global.privacy

port(cls) := {"name": "daily", "schema": [
	{"name": "listener_id", "type": "string", "identifier": "listener", "classification": cls},
	{"name": "plays", "type": "integer"},
]}

product(cls, access, policies) := {
	"metadata": {"id": "podcast.a"},
	"spec": {"outputPorts": [port(cls)], "access": {"classification": access}, "policies": policies},
}

gdpr_encrypted := {"regulations": ["GDPR"], "encryption": "at-rest"}

ids(results) := {r.id | some r in results}

test_pii_confidential_ok if {
	p := product("pii", "confidential", gdpr_encrypted)
	count(privacy.deny) == 0 with input as {"product": p}
	count(privacy.warn) == 0 with input as {"product": p}
}

test_public_product_without_pii_ok if {
	p := product("public", "public", {})
	count(privacy.deny) == 0 with input as {"product": p}
	count(privacy.warn) == 0 with input as {"product": p}
}

test_pii_internal_denied if {
	some r in privacy.deny with input as {"product": product("pii", "internal", gdpr_encrypted)}
	r.id == "global.privacy.pii-classification"
	r.pointer == "/spec/access/classification"
	contains(r.msg, "daily.listener_id")
}

test_sensitive_pii_ok if {
	p := product("sensitive-pii", "restricted", {"regulations": ["GDPR"], "encryption": "column-level"})
	count(privacy.deny) == 0 with input as {"product": p}
}

test_sensitive_pii_not_restricted if {
	p := product("sensitive-pii", "confidential", {"regulations": ["GDPR"], "encryption": "column-level"})
	some r in privacy.deny with input as {"product": p}
	r.id == "global.privacy.sensitive-pii"
	r.pointer == "/spec/outputPorts/0/schema/0/classification"
	contains(r.msg, "`restricted`")
}

test_sensitive_pii_not_column_encrypted if {
	p := product("sensitive-pii", "restricted", gdpr_encrypted)
	some r in privacy.deny with input as {"product": p}
	r.id == "global.privacy.sensitive-pii"
	contains(r.msg, "`column-level`")
}

test_pii_unencrypted_denied if {
	some r in privacy.deny with input as {"product": product("pii", "confidential", {"regulations": ["GDPR"]})}
	r.id == "global.privacy.encryption"
	r.pointer == "/spec/policies"
}

test_pii_encryption_none_denied if {
	p := product("pii", "confidential", {"regulations": ["GDPR"], "encryption": "none"})
	some r in privacy.deny with input as {"product": p}
	r.id == "global.privacy.encryption"
	r.pointer == "/spec/policies/encryption"
}

test_pii_without_policies if {
	p := json.remove(product("pii", "confidential", {}), ["spec/policies"])
	some r in privacy.deny with input as {"product": p}
	r.id == "global.privacy.encryption"
	r.pointer == "/spec"
}

test_pii_without_privacy_regulation if {
	p := product("pii", "confidential", {"regulations": ["SOX"], "encryption": "at-rest"})
	some r in privacy.warn with input as {"product": p}
	r.id == "global.privacy.regulation"
	r.pointer == "/spec/policies/regulations"
	not "global.privacy.encryption" in ids(privacy.deny) with input as {"product": p}
}
