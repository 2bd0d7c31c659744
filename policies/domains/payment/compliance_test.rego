package meshplane.domains.payment.compliance_test

import data.meshplane.domains.payment.compliance

product(policies, ret) := {
	"metadata": {"id": "payment.a", "domain": "payment"},
	"spec": {"outputPorts": [{"name": "statements", "retention": ret}], "policies": policies},
}

test_compliant if {
	count(compliance.deny) == 0 with input as {"product": product({"regulations": ["GDPR", "SOX"]}, "P10Y")}
}

test_pci_only_compliant if {
	count(compliance.deny) == 0 with input as {"product": product({"regulations": ["PCI-DSS"]}, "P1Y")}
}

test_sox_infinite_ok if {
	count(compliance.deny) == 0 with input as {"product": product({"regulations": ["SOX"]}, "infinite")}
}

test_no_financial_regulation if {
	some r in compliance.deny with input as {"product": product({"regulations": ["GDPR"]}, "P10Y")}
	r.id == "payment.compliance.financial-regulation"
	r.pointer == "/spec/policies/regulations"
}

test_no_policies if {
	p := json.remove(product({}, "P10Y"), ["spec/policies"])
	some r in compliance.deny with input as {"product": p}
	r.id == "payment.compliance.financial-regulation"
	r.pointer == "/spec"
}

test_sox_retention_too_short if {
	some r in compliance.deny with input as {"product": product({"regulations": ["SOX"]}, "P5Y")}
	r.id == "payment.compliance.audit-retention"
	r.pointer == "/spec/outputPorts/0/retention"
}
