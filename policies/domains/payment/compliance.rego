# METADATA
# title: Payment compliance
# description: >-
#   A local policy of the payment domain (Data Mesh ch. 5: domain-specific regulatory policies, G24, such as HIPAA for
#   health data). Everything the payment domain serves is a financial record, audited under SOX or, for card payments,
#   PCI-DSS.
package meshplane.domains.payment.compliance

import data.meshplane.lib

# METADATA
# title: Payment products declare PCI-DSS or SOX
# description: >-
#   Data Mesh ch. 5 (G24 domain-specific regulatory policies): the payment domain's products are financial records. Each
#   declares the financial regulation it is audited under, so retention and access follow the auditors' rules.
# custom:
#   id: payment.compliance.financial-regulation
#   severity: deny
#   owner: "@daff/payment-data"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	count(lib.regulations(input.product) & {"PCI-DSS", "SOX"}) == 0
	ptr := lib.policies_pointer(input.product, "regulations")
	msg := "Payment products are financial records: add `SOX` (and `PCI-DSS` if it touches card payments) to spec.policies.regulations."
}

# METADATA
# title: Financial records are kept long enough for audits
# description: >-
#   Data Mesh ch. 5 (local policies, G17 retention): records audited under SOX are kept for at least seven years, so
#   every output port of a SOX product declares a retention of at least P7Y.
# custom:
#   id: payment.compliance.audit-retention
#   severity: deny
#   owner: "@daff/payment-data"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": ptr} if {
	"SOX" in lib.regulations(input.product)
	some i, port in input.product.spec.outputPorts
	retention := object.get(port, "retention", "")
	retention != "infinite"
	not long_enough(retention)
	ptr := lib.key_pointer(port, lib.port_pointer(i), "retention")
	msg := sprintf("Output port `%s` of a SOX product keeps records for `%s`. Financial records are kept at least `P7Y`: set `retention` to `P7Y` or longer.", [port.name, retention])
}

long_enough(retention) if lib.duration_days(retention) >= 7 * 365
