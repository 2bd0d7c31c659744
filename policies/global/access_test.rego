package meshplane.global.access_test

import data.meshplane.global.access

mesh := {"teams": {"podcast-analytics": {}, "growth-analytics": {}}}

now := "2026-11-22"

product(pii, consumers) := {
	"metadata": {"id": "podcast.a"},
	"spec": {
		"outputPorts": [{"name": "daily", "schema": [{"name": "listener_id", "type": "string", "classification": pii}]}],
		"access": {"classification": "confidential", "consumers": consumers},
	},
}

grant := {"team": "podcast-analytics", "purpose": "weekly reports", "until": "2027-06-30"}

check(p) := {"deny": d, "warn": w} if {
	d := access.deny with input as {"product": p, "now": now} with data.mesh as mesh
	w := access.warn with input as {"product": p, "now": now} with data.mesh as mesh
}

test_grants_ok if {
	r := check(product("pii", [grant, object.union(grant, {"team": "growth-analytics", "until": now})]))
	count(r.deny) == 0
	count(r.warn) == 0
}

test_no_consumers_ok if {
	p := json.remove(product("pii", []), ["spec/access/consumers"])
	r := check(p)
	count(r.deny) == 0
	count(r.warn) == 0
}

test_unknown_team if {
	some r in check(product("public", [grant, object.union(grant, {"team": "ghosts"})])).deny
	r.id == "global.access.consumer-team"
	r.pointer == "/spec/access/consumers/1/team"
}

test_pii_grant_without_until if {
	some r in check(product("pii", [json.remove(grant, ["until"])])).deny
	r.id == "global.access.personal-data-grant"
	r.pointer == "/spec/access/consumers/0"
	contains(r.msg, "no expiry")
}

test_pii_grant_expired if {
	some r in check(product("pii", [object.union(grant, {"until": "2026-11-21"})])).deny
	r.id == "global.access.personal-data-grant"
	r.pointer == "/spec/access/consumers/0/until"
	contains(r.msg, "expired on 2026-11-21")
}

test_pii_grant_without_purpose if {
	some r in check(product("pii", [object.union(grant, {"purpose": " "})])).deny
	r.id == "global.access.personal-data-grant"
	r.pointer == "/spec/access/consumers/0/purpose"
}

test_non_pii_grant_without_until_ok if {
	r := check(product("public", [json.remove(grant, ["until"])]))
	count(r.deny) == 0
	count(r.warn) == 0
}

test_non_pii_grant_expired_warns if {
	r := check(product("public", [object.union(grant, {"until": "2025-12-31"})]))
	count(r.deny) == 0
	some w in r.warn
	w.id == "global.access.grant-expired"
	w.pointer == "/spec/access/consumers/0/until"
}
