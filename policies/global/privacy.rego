# METADATA
# title: Privacy and protection of personal data
# description: >-
#   Data Mesh ch. 5: governance defines the sensitivity levels every product must support, and personal information is
#   protected by default (encrypted, access-controlled) through policies each product executes locally. Columns with
#   personal data are flagged `pii` or `sensitive-pii`; the product's access and encryption policies must match.
package meshplane.global.privacy

import data.meshplane.lib

# METADATA
# title: Personal data is confidential or above
# description: >-
#   Data Mesh ch. 5 (G12 data privacy, G19 sensitivity levels every product must support): a product that serves
#   personal data may not be readable by the whole company. Its access classification is confidential or restricted.
# custom:
#   id: global.privacy.pii-classification
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": "/spec/access/classification"} if {
	lib.has_pii(input.product)
	level := input.product.spec.access.classification
	not lib.at_least_confidential(level)
	msg := sprintf("The product serves personal data (%s) but its access classification is `%s`. Set spec.access.classification to `confidential` or `restricted`, or remove the personal data.", [pii_list(input.product), level])
}

# The flagged personal-data columns of a product, as `port.column` text.
pii_list(product) := concat(", ", sort([sprintf("%s.%s", [port.name, c]) | some port in product.spec.outputPorts; some c in lib.pii_columns(port)]))

# METADATA
# title: Special-category personal data is restricted and column-encrypted
# description: >-
#   Data Mesh ch. 5 (G12 PII protection, G29 industry-specific law): special categories of personal data (GDPR Art. 9:
#   health, beliefs, orientation, precise location histories flagged `sensitive-pii`) need the highest access level
#   and encryption of the columns themselves.
# custom:
#   id: global.privacy.sensitive-pii
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	some i, port in input.product.spec.outputPorts
	some j, col in port.schema
	col.classification == "sensitive-pii"
	some problem in sensitive_problems(input.product)
	ptr := sprintf("%s/classification", [lib.column_pointer(i, j)])
	msg := sprintf("Column `%s` of output port `%s` is sensitive-pii but %s.", [col.name, port.name, problem])
}

sensitive_problems(product) := {p |
	some p in [
		"the product is not `restricted`: set spec.access.classification to `restricted`",
		"its columns are not encrypted: set spec.policies.encryption to `column-level`",
	]
	sensitive_problem_applies(product, p)
}

sensitive_problem_applies(product, p) if {
	startswith(p, "the product is not")
	product.spec.access.classification != "restricted"
}

sensitive_problem_applies(product, p) if {
	startswith(p, "its columns")
	object.get(product, ["spec", "policies", "encryption"], "none") != "column-level"
}

# METADATA
# title: Personal data is encrypted by default
# description: >-
#   Data Mesh ch. 5 and ch. 15 list "encryption of personal information by default" among the global policies every product
#   implements (G7). A product with personal data sets spec.policies.encryption to `at-rest` or `column-level`.
#   Enforced from 2027-01-01 so that existing products have time to migrate their storage.
# custom:
#   id: global.privacy.encryption
#   severity: deny
#   owner: "@daff/data-governance"
#   enforceFrom: "2027-01-01"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	lib.has_pii(input.product)
	encryption := object.get(input.product, ["spec", "policies", "encryption"], "none")
	encryption == "none"
	ptr := lib.policies_pointer(input.product, "encryption")
	msg := sprintf("The product serves personal data (%s) without encryption. Set spec.policies.encryption to `at-rest` or `column-level`.", [pii_list(input.product)])
}

# METADATA
# title: Personal data names the data-protection law it falls under
# description: >-
#   Data Mesh ch. 5 (G29 privacy and compliance: PII and industry-specific law; G24 domain-specific regulatory
#   policies): which privacy regulation applies decides retention, consent and the right to be forgotten, so a product
#   with personal data lists it in spec.policies.regulations.
# custom:
#   id: global.privacy.regulation
#   severity: warn
#   owner: "@daff/data-governance"
warn contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	lib.has_pii(input.product)
	count(lib.regulations(input.product) & lib.privacy_regulations) == 0
	ptr := lib.policies_pointer(input.product, "regulations")
	msg := sprintf("The product serves personal data (%s) but declares no data-protection regulation. Add the applicable ones (e.g. `GDPR`, `CCPA`) to spec.policies.regulations.", [pii_list(input.product)])
}
