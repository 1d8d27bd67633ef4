# sglint's model of terraform-aws-modules/security-group/aws (any version),
# evaluated when the module is not downloaded. It declares only what decides
# ingress: the group, and one rule resource per input form, with the same
# addresses as the published module so findings read the same either way.

variable "create" {
  default = true
}

variable "create_sg" {
  default = true
}

variable "security_group_id" {
  default = null
}

variable "use_name_prefix" {
  default = true
}

variable "name" {
  default = null
}

variable "ingress_rules" {
  default = []
}

variable "ingress_cidr_blocks" {
  default = []
}

variable "ingress_ipv6_cidr_blocks" {
  default = []
}

variable "ingress_prefix_list_ids" {
  default = []
}

variable "ingress_with_cidr_blocks" {
  default = []
}

variable "ingress_with_ipv6_cidr_blocks" {
  default = []
}

variable "ingress_with_self" {
  default = []
}

variable "ingress_with_source_security_group_id" {
  default = []
}

variable "ingress_with_prefix_list_ids" {
  default = []
}

variable "computed_ingress_rules" {
  default = []
}

variable "computed_ingress_with_cidr_blocks" {
  default = []
}

variable "computed_ingress_with_ipv6_cidr_blocks" {
  default = []
}

variable "computed_ingress_with_self" {
  default = []
}

variable "computed_ingress_with_source_security_group_id" {
  default = []
}

variable "number_of_computed_ingress_rules" {
  default = 0
}

variable "number_of_computed_ingress_with_cidr_blocks" {
  default = 0
}

variable "number_of_computed_ingress_with_ipv6_cidr_blocks" {
  default = 0
}

variable "number_of_computed_ingress_with_self" {
  default = 0
}

variable "number_of_computed_ingress_with_source_security_group_id" {
  default = 0
}

locals {
  # The group the rules join: the one created here, or the one passed in.
  group_id = var.create_sg ? (var.use_name_prefix ? aws_security_group.this_name_prefix[0].id : aws_security_group.this[0].id) : var.security_group_id
}

resource "aws_security_group" "this" {
  count = var.create && var.create_sg && !var.use_name_prefix ? 1 : 0
  name  = var.name
}

resource "aws_security_group" "this_name_prefix" {
  count       = var.create && var.create_sg && var.use_name_prefix ? 1 : 0
  name_prefix = "${var.name}-"
}

# Named rules, each opened to every block of ingress_cidr_blocks,
# ingress_ipv6_cidr_blocks and ingress_prefix_list_ids.
resource "aws_security_group_rule" "ingress_rules" {
  count             = var.create ? length(var.ingress_rules) : 0
  type              = "ingress"
  security_group_id = local.group_id
  cidr_blocks       = var.ingress_cidr_blocks
  ipv6_cidr_blocks  = var.ingress_ipv6_cidr_blocks
  prefix_list_ids   = var.ingress_prefix_list_ids
  from_port         = var.rules[var.ingress_rules[count.index]][0]
  to_port           = var.rules[var.ingress_rules[count.index]][1]
  protocol          = var.rules[var.ingress_rules[count.index]][2]
}

resource "aws_security_group_rule" "computed_ingress_rules" {
  count             = var.create ? var.number_of_computed_ingress_rules : 0
  type              = "ingress"
  security_group_id = local.group_id
  cidr_blocks       = var.ingress_cidr_blocks
  ipv6_cidr_blocks  = var.ingress_ipv6_cidr_blocks
  prefix_list_ids   = var.ingress_prefix_list_ids
  from_port         = var.rules[var.computed_ingress_rules[count.index]][0]
  to_port           = var.rules[var.computed_ingress_rules[count.index]][1]
  protocol          = var.rules[var.computed_ingress_rules[count.index]][2]
}

# Objects with `cidr_blocks` as one comma-separated string (default: the
# blocks of ingress_cidr_blocks), and `rule` or explicit ports.
resource "aws_security_group_rule" "ingress_with_cidr_blocks" {
  count             = var.create ? length(var.ingress_with_cidr_blocks) : 0
  type              = "ingress"
  security_group_id = local.group_id
  cidr_blocks       = compact([for block in split(",", lookup(var.ingress_with_cidr_blocks[count.index], "cidr_blocks", join(",", var.ingress_cidr_blocks))) : trimspace(block)])
  prefix_list_ids   = var.ingress_prefix_list_ids
  from_port         = lookup(var.ingress_with_cidr_blocks[count.index], "from_port", var.rules[lookup(var.ingress_with_cidr_blocks[count.index], "rule", "_")][0])
  to_port           = lookup(var.ingress_with_cidr_blocks[count.index], "to_port", var.rules[lookup(var.ingress_with_cidr_blocks[count.index], "rule", "_")][1])
  protocol          = lookup(var.ingress_with_cidr_blocks[count.index], "protocol", var.rules[lookup(var.ingress_with_cidr_blocks[count.index], "rule", "_")][2])
}

resource "aws_security_group_rule" "computed_ingress_with_cidr_blocks" {
  count             = var.create ? var.number_of_computed_ingress_with_cidr_blocks : 0
  type              = "ingress"
  security_group_id = local.group_id
  cidr_blocks       = compact([for block in split(",", lookup(var.computed_ingress_with_cidr_blocks[count.index], "cidr_blocks", join(",", var.ingress_cidr_blocks))) : trimspace(block)])
  prefix_list_ids   = var.ingress_prefix_list_ids
  from_port         = lookup(var.computed_ingress_with_cidr_blocks[count.index], "from_port", var.rules[lookup(var.computed_ingress_with_cidr_blocks[count.index], "rule", "_")][0])
  to_port           = lookup(var.computed_ingress_with_cidr_blocks[count.index], "to_port", var.rules[lookup(var.computed_ingress_with_cidr_blocks[count.index], "rule", "_")][1])
  protocol          = lookup(var.computed_ingress_with_cidr_blocks[count.index], "protocol", var.rules[lookup(var.computed_ingress_with_cidr_blocks[count.index], "rule", "_")][2])
}

resource "aws_security_group_rule" "ingress_with_ipv6_cidr_blocks" {
  count             = var.create ? length(var.ingress_with_ipv6_cidr_blocks) : 0
  type              = "ingress"
  security_group_id = local.group_id
  ipv6_cidr_blocks  = compact([for block in split(",", lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "ipv6_cidr_blocks", join(",", var.ingress_ipv6_cidr_blocks))) : trimspace(block)])
  prefix_list_ids   = var.ingress_prefix_list_ids
  from_port         = lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "from_port", var.rules[lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "rule", "_")][0])
  to_port           = lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "to_port", var.rules[lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "rule", "_")][1])
  protocol          = lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "protocol", var.rules[lookup(var.ingress_with_ipv6_cidr_blocks[count.index], "rule", "_")][2])
}

resource "aws_security_group_rule" "computed_ingress_with_ipv6_cidr_blocks" {
  count             = var.create ? var.number_of_computed_ingress_with_ipv6_cidr_blocks : 0
  type              = "ingress"
  security_group_id = local.group_id
  ipv6_cidr_blocks  = compact([for block in split(",", lookup(var.computed_ingress_with_ipv6_cidr_blocks[count.index], "ipv6_cidr_blocks", join(",", var.ingress_ipv6_cidr_blocks))) : trimspace(block)])
  prefix_list_ids   = var.ingress_prefix_list_ids
  from_port         = lookup(var.computed_ingress_with_ipv6_cidr_blocks[count.index], "from_port", var.rules[lookup(var.computed_ingress_with_ipv6_cidr_blocks[count.index], "rule", "_")][0])
  to_port           = lookup(var.computed_ingress_with_ipv6_cidr_blocks[count.index], "to_port", var.rules[lookup(var.computed_ingress_with_ipv6_cidr_blocks[count.index], "rule", "_")][1])
  protocol          = lookup(var.computed_ingress_with_ipv6_cidr_blocks[count.index], "protocol", var.rules[lookup(var.computed_ingress_with_ipv6_cidr_blocks[count.index], "rule", "_")][2])
}

# Sources that are never public: the group itself, another group, prefix
# lists. Modelled so a union with them is still judged as AWS would.
resource "aws_security_group_rule" "ingress_with_self" {
  count             = var.create ? length(var.ingress_with_self) : 0
  type              = "ingress"
  security_group_id = local.group_id
  self              = lookup(var.ingress_with_self[count.index], "self", true)
  prefix_list_ids   = var.ingress_prefix_list_ids
  from_port         = lookup(var.ingress_with_self[count.index], "from_port", var.rules[lookup(var.ingress_with_self[count.index], "rule", "_")][0])
  to_port           = lookup(var.ingress_with_self[count.index], "to_port", var.rules[lookup(var.ingress_with_self[count.index], "rule", "_")][1])
  protocol          = lookup(var.ingress_with_self[count.index], "protocol", var.rules[lookup(var.ingress_with_self[count.index], "rule", "_")][2])
}

resource "aws_security_group_rule" "computed_ingress_with_self" {
  count             = var.create ? var.number_of_computed_ingress_with_self : 0
  type              = "ingress"
  security_group_id = local.group_id
  self              = lookup(var.computed_ingress_with_self[count.index], "self", true)
  prefix_list_ids   = var.ingress_prefix_list_ids
  from_port         = lookup(var.computed_ingress_with_self[count.index], "from_port", var.rules[lookup(var.computed_ingress_with_self[count.index], "rule", "_")][0])
  to_port           = lookup(var.computed_ingress_with_self[count.index], "to_port", var.rules[lookup(var.computed_ingress_with_self[count.index], "rule", "_")][1])
  protocol          = lookup(var.computed_ingress_with_self[count.index], "protocol", var.rules[lookup(var.computed_ingress_with_self[count.index], "rule", "_")][2])
}

resource "aws_security_group_rule" "ingress_with_source_security_group_id" {
  count                    = var.create ? length(var.ingress_with_source_security_group_id) : 0
  type                     = "ingress"
  security_group_id        = local.group_id
  source_security_group_id = var.ingress_with_source_security_group_id[count.index]["source_security_group_id"]
  prefix_list_ids          = var.ingress_prefix_list_ids
  from_port                = lookup(var.ingress_with_source_security_group_id[count.index], "from_port", var.rules[lookup(var.ingress_with_source_security_group_id[count.index], "rule", "_")][0])
  to_port                  = lookup(var.ingress_with_source_security_group_id[count.index], "to_port", var.rules[lookup(var.ingress_with_source_security_group_id[count.index], "rule", "_")][1])
  protocol                 = lookup(var.ingress_with_source_security_group_id[count.index], "protocol", var.rules[lookup(var.ingress_with_source_security_group_id[count.index], "rule", "_")][2])
}

resource "aws_security_group_rule" "computed_ingress_with_source_security_group_id" {
  count                    = var.create ? var.number_of_computed_ingress_with_source_security_group_id : 0
  type                     = "ingress"
  security_group_id        = local.group_id
  source_security_group_id = var.computed_ingress_with_source_security_group_id[count.index]["source_security_group_id"]
  prefix_list_ids          = var.ingress_prefix_list_ids
  from_port                = lookup(var.computed_ingress_with_source_security_group_id[count.index], "from_port", var.rules[lookup(var.computed_ingress_with_source_security_group_id[count.index], "rule", "_")][0])
  to_port                  = lookup(var.computed_ingress_with_source_security_group_id[count.index], "to_port", var.rules[lookup(var.computed_ingress_with_source_security_group_id[count.index], "rule", "_")][1])
  protocol                 = lookup(var.computed_ingress_with_source_security_group_id[count.index], "protocol", var.rules[lookup(var.computed_ingress_with_source_security_group_id[count.index], "rule", "_")][2])
}

resource "aws_security_group_rule" "ingress_with_prefix_list_ids" {
  count             = var.create ? length(var.ingress_with_prefix_list_ids) : 0
  type              = "ingress"
  security_group_id = local.group_id
  prefix_list_ids   = compact([for id in split(",", lookup(var.ingress_with_prefix_list_ids[count.index], "prefix_list_ids", join(",", var.ingress_prefix_list_ids))) : trimspace(id)])
  from_port         = lookup(var.ingress_with_prefix_list_ids[count.index], "from_port", var.rules[lookup(var.ingress_with_prefix_list_ids[count.index], "rule", "_")][0])
  to_port           = lookup(var.ingress_with_prefix_list_ids[count.index], "to_port", var.rules[lookup(var.ingress_with_prefix_list_ids[count.index], "rule", "_")][1])
  protocol          = lookup(var.ingress_with_prefix_list_ids[count.index], "protocol", var.rules[lookup(var.ingress_with_prefix_list_ids[count.index], "rule", "_")][2])
}

output "security_group_id" {
  value = local.group_id
}
