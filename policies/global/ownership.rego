# METADATA
# title: Ownership
# description: >-
#   Data products have long-term owners: a team that builds and runs the product for its whole life, and an
#   accountable product owner (Data Mesh, ch. 2 "domain ownership"; ch. 5 lists "assigning long-term owners to data
#   products" as a global policy).
package meshplane.global.ownership

# METADATA
# title: The owner is a long-term team of the mesh
# description: >-
#   Ownership is long-term product ownership, not project ownership. The owner named in metadata.owner must be a team
#   defined in catalog/teams/, so that reviews, SLO issues and questions reach people who stay.
# custom:
#   id: global.ownership.owner-team
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/metadata/owner"} if {
	owner := input.product.metadata.owner
	not data.mesh.teams[owner]
	msg := sprintf("The owner `%s` is not a team of the mesh: name a team from catalog/teams/ that will own the product long-term.", [owner])
}

# METADATA
# title: The product's domain is registered with an owner and a governance representative
# description: >-
#   Data Mesh ch. 5 (federated computational governance): every domain sends a representative, usually a data product
#   owner, to the federated governance team; ch. 2 makes the domain accountable for its products long-term. A product
#   may only live in a domain of catalog/<domain>/domain.yaml whose owner team exists and which names a governance
#   representative.
# custom:
#   id: global.ownership.domain-governance
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/metadata/domain"} if {
	some msg in domain_problems
}

domain_problems contains msg if {
	domain := input.product.metadata.domain
	not data.mesh.domains[domain]
	msg := sprintf("The domain `%s` is not registered: add catalog/%s/domain.yaml with an owner team and a governance representative, or move the product to an existing domain.", [domain, domain])
}

domain_problems contains msg if {
	domain := input.product.metadata.domain
	trim(object.get(data.mesh.domains[domain], "governanceRep", ""), " ") == ""
	msg := sprintf("The domain `%s` names no governance representative: set spec.governanceRep in catalog/%s/domain.yaml to the person who speaks for it in the federated governance team.", [domain, domain])
}

domain_problems contains msg if {
	domain := input.product.metadata.domain
	owner := object.get(data.mesh.domains[domain], "owner", "")
	not data.mesh.teams[owner]
	msg := sprintf("The domain `%s` is owned by `%s`, which is not a team of the mesh: name a team from catalog/teams/ as spec.owner in catalog/%s/domain.yaml.", [domain, owner, domain])
}

# METADATA
# title: The product owner belongs to the owner team
# description: >-
#   Data Mesh ch. 16: the data product owner is a role inside the domain's cross-functional team, accountable for the
#   product's success. A product owner outside the owner team usually means the ownership metadata has drifted.
# custom:
#   id: global.ownership.product-owner-member
#   severity: warn
#   owner: "@daff/data-governance"
warn contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/metadata/productOwner"} if {
	po := input.product.metadata.productOwner
	team := data.mesh.teams[input.product.metadata.owner]
	not po in object.get(team, "members", [])
	msg := sprintf("The product owner %s is not a member of the owner team `%s`: add them to catalog/teams/%s.yaml or name a product owner from that team.", [po, input.product.metadata.owner, input.product.metadata.owner])
}
