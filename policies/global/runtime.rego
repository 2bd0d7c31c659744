# METADATA
# title: Runtime lineage
# description: >-
#   Data Mesh ch. 5 (G6 access control, G9 lineage): what products' runs read and write at run time is compared with
#   what they declare (mesh lineage drift, input.runtime); governance decides here which drift blocks a change.
package meshplane.global.runtime

import data.meshplane.lib

# METADATA
# title: Runs read confidential data only through a declared input port
# description: >-
#   A run that reads another product's confidential or restricted port without an input port declaring it bypasses
#   the access review, the lineage and the owner's change notices. The other drift (undeclared public or internal
#   inputs, stale declarations, undeclared outputs) stays a warning of mesh lineage drift.
# custom:
#   id: global.runtime.undeclared-confidential-input
#   severity: deny
#   owner: "@daff/data-governance"
deny contains {"id": rego.metadata.rule().custom.id, "msg": msg, "pointer": inputs_pointer(input.product)} if {
	some read in input.runtime.undeclaredInputs
	level := data.mesh.products[read.product].outputs[read.port].classification
	lib.at_least_confidential(level)
	msg := sprintf(
		"Run %s of job `%s` (%s) read `%s`, the %s port `%s` of `%s`, but no input port declares it. Declare the input port (source: {product: %s, port: %s}) so its access is reviewed, or stop reading it.",
		[read.runId, read.job, read.time, read.dataset, level, read.port, read.product, read.product, read.port],
	)
}

# The pointer of the product's input ports, or of its spec when it declares none.
inputs_pointer(product) := "/spec/inputPorts" if {
	product.spec.inputPorts
} else := "/spec"
