package meshplane.global.agreements_test

import data.meshplane.global.agreements

now := "2026-11-22"

product(classification) := {
	"metadata": {"id": "podcast.a", "lifecycle": "active"},
	"spec": {
		"outputPorts": [{"name": "daily", "schema": [
			{"name": "listener_id", "type": "string", "classification": "pii"},
			{"name": "health", "type": "string", "classification": "sensitive-pii"},
			{"name": "plays", "type": "integer"},
		]}],
		"access": {"classification": classification},
	},
}

agreement(port) := {"name": "growth", "file": "catalog/podcast/a/agreements/growth.yaml", "spec": {
	"provider": {"product": "podcast.a", "ports": [port]},
	"consumer": {"team": "growth-analytics"},
	"purpose": "Growth dashboard",
	"legalBasis": "legitimate-interests",
	"start": "2026-11-01",
	"end": "2027-06-30",
}}

whole := agreement({"name": "daily"})

check(p, list) := {"deny": d, "warn": w} if {
	d := agreements.deny with input as {"product": p, "now": now, "agreements": list}
	w := agreements.warn with input as {"product": p, "now": now, "agreements": list}
}

ids(results) := {r.id | some r in results}

set_spec(x, key, value) := object.union(x, {"spec": object.union(x.spec, {key: value})})

set_metadata(x, key, value) := object.union(x, {"metadata": object.union(x.metadata, {key: value})})

test_valid_agreement_ok if {
	r := check(product("confidential"), [whole])
	count(r.deny) == 0
	count(r.warn) == 0
}

test_no_agreements_ok if {
	r := check(product("confidential"), [])
	count(r.deny) == 0
	d := agreements.deny with input as {"product": product("confidential"), "now": now}
	count(d) == 0
}

test_blank_purpose if {
	some r in check(product("internal"), [set_spec(whole, "purpose", "  \n")]).deny
	r.id == "global.agreements.purpose"
	r.pointer == "/spec/purpose"
	r.agreement == "growth"
	contains(r.msg, "what growth-analytics uses the data for")
}

test_personal_data_needs_a_legal_basis if {
	some r in check(product("internal"), [json.remove(whole, ["spec/legalBasis"])]).deny
	r.id == "global.agreements.legal-basis"
	contains(r.msg, "(health, listener_id)")
}

test_no_legal_basis_needed_without_personal_columns if {
	plays := json.remove(agreement({"name": "daily", "columns": ["plays"]}), ["spec/legalBasis"])
	count(check(product("internal"), [plays]).deny) == 0
	capped := json.remove(agreement({"name": "daily", "maxClassification": "confidential"}), ["spec/legalBasis"])
	count(check(product("internal"), [capped]).deny) == 0
}

test_a_restricted_ceiling_shares_personal_data_not_special_categories if {
	capped := json.remove(agreement({"name": "daily", "maxClassification": "restricted"}), ["spec/legalBasis"])
	some r in check(product("internal"), [capped]).deny
	r.id == "global.agreements.legal-basis"
	contains(r.msg, "(listener_id)")
	listed := json.remove(agreement({"name": "daily", "columns": ["listener_id", "plays"]}), ["spec/legalBasis"])
	"global.agreements.legal-basis" in ids(check(product("internal"), [listed]).deny)
}

test_personal_data_runs_a_year_at_most if {
	long := set_spec(whole, "end", "2027-11-02")
	some r in check(product("internal"), [long]).deny
	r.id == "global.agreements.max-duration"
	r.msg == "Agreement `growth` runs 366 days; agreements on personal data run at most 365. End it sooner, and renew it then."
	year := set_spec(whole, "end", "2027-11-01")
	count(check(product("internal"), [year]).deny) == 0
}

test_classification_bounds_the_duration if {
	plays := agreement({"name": "daily", "columns": ["plays"]})
	long := set_spec(plays, "end", "2029-01-01")
	some r in check(product("confidential"), [long]).deny
	contains(r.msg, "agreements on confidential data run at most 730")
	some s in check(product("restricted"), [long]).deny
	contains(s.msg, "agreements on restricted data run at most 365")
	count(check(product("internal"), [long]).deny) == 0
}

test_not_past_the_sunset if {
	p := set_metadata(product("internal"), "sunset", "2027-03-31")
	some r in check(p, [whole]).deny
	r.id == "global.agreements.after-sunset"
	contains(r.msg, "after `podcast.a` stops serving data (sunset 2027-03-31)")
	early := set_spec(whole, "end", "2027-03-31")
	count(check(p, [early]).deny) == 0
}

test_none_in_force_on_a_retired_product if {
	p := set_metadata(product("internal"), "lifecycle", "retired")
	"global.agreements.after-retirement" in ids(check(p, [whole]).deny)
	ended := set_spec(whole, "end", "2026-11-21")
	not "global.agreements.after-retirement" in ids(check(p, [ended]).deny)
}

test_an_ended_agreement_on_personal_data_fails if {
	ended := set_spec(whole, "end", "2026-11-21")
	some r in check(product("internal"), [ended]).deny
	r.id == "global.agreements.personal-data-ended"
	r.pointer == "/spec/end"
	count(check(product("internal"), [ended]).warn) == 0
}

test_an_ended_agreement_without_personal_data_warns if {
	ended := set_spec(agreement({"name": "daily", "columns": ["plays"]}), "end", "2026-11-21")
	r := check(product("internal"), [ended])
	count(r.deny) == 0
	some w in r.warn
	w.id == "global.agreements.ended"
	w.agreement == "growth"
	last := set_spec(ended, "end", now)
	count(check(product("internal"), [last]).warn) == 0
}

test_day_numbers_count_civil_days if {
	agreements.day_number("1970-01-01") == 0
	agreements.day_number("2000-03-01") - agreements.day_number("2000-02-28") == 2
	agreements.day_number("2100-03-01") - agreements.day_number("2100-02-28") == 1
	agreements.duration_days("2026-11-01", "2027-11-01") == 365
	agreements.duration_days("2027-11-01", "2028-11-01") == 366
}
