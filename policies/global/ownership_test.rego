package meshplane.global.ownership_test

import data.meshplane.global.ownership

mesh := {
	"teams": {"podcast-data": {"github": "@daff/podcast-data", "members": ["@daff/maria"]}},
	"domains": {"podcast": {"owner": "podcast-data", "governanceRep": "@daff/omar"}},
}

product(owner) := {"metadata": {"id": "podcast.a", "domain": "podcast", "owner": owner, "productOwner": "@daff/maria"}, "spec": {}}

with_meta(patch) := object.union(product("podcast-data"), {"metadata": patch})

ids(results) := {r.id | some r in results}

test_owner_team_exists if {
	count(ownership.deny) == 0 with input as {"product": product("podcast-data")} with data.mesh as mesh
}

test_owner_team_missing if {
	some r in ownership.deny with input as {"product": product("nobody")} with data.mesh as mesh
	r.id == "global.ownership.owner-team"
	r.pointer == "/metadata/owner"
}

test_domain_governance_ok if {
	not "global.ownership.domain-governance" in ids(ownership.deny) with input as {"product": product("podcast-data")} with data.mesh as mesh
}

test_domain_not_registered if {
	some r in ownership.deny with input as {"product": with_meta({"domain": "radio"})} with data.mesh as mesh
	r.id == "global.ownership.domain-governance"
	r.pointer == "/metadata/domain"
	contains(r.msg, "catalog/radio/domain.yaml")
}

test_domain_without_governance_rep if {
	m := object.union(mesh, {"domains": {"podcast": {"owner": "podcast-data", "governanceRep": ""}}})
	some r in ownership.deny with input as {"product": product("podcast-data")} with data.mesh as m
	r.id == "global.ownership.domain-governance"
	r.pointer == "/metadata/domain"
	contains(r.msg, "governance representative")
}

test_domain_owner_not_a_team if {
	m := object.union(mesh, {"domains": {"podcast": {"owner": "ghosts", "governanceRep": "@daff/omar"}}})
	some r in ownership.deny with input as {"product": product("podcast-data")} with data.mesh as m
	r.id == "global.ownership.domain-governance"
	contains(r.msg, "`ghosts`")
}

test_product_owner_member if {
	count(ownership.warn) == 0 with input as {"product": product("podcast-data")} with data.mesh as mesh
}

test_product_owner_not_member if {
	some r in ownership.warn with input as {"product": with_meta({"productOwner": "@daff/zed"})} with data.mesh as mesh
	r.id == "global.ownership.product-owner-member"
	r.pointer == "/metadata/productOwner"
}
