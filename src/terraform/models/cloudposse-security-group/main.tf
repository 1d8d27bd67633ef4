# sglint's model of cloudposse/security-group/aws (any version): rules given
# as a list (`rules`), as lists under keys (`rules_map`), or as a matrix of
# sources by rules (`rule_matrix`). `allow_all_egress` is egress only.

variable "enabled" {
  default = true
}

variable "create_security_group" {
  default = true
}

variable "target_security_group_id" {
  default = []
}

variable "rules" {
  default = []
}

variable "rules_map" {
  default = {}
}

variable "rule_matrix" {
  default = []
}

locals {
  create = var.enabled && var.create_security_group
  # The group the rules join: the one created here, or the one passed in.
  group_id = local.create ? aws_security_group.default[0].id : one(var.target_security_group_id)

  listed = [for index, rule in var.rules : merge(rule, { key = lookup(rule, "key", "_list_[${index}]") })]
  mapped = flatten([for name, rules in var.rules_map : [
    for index, rule in rules : merge(rule, { key = lookup(rule, "key", "_m[${name}]#${index}") })
  ]])
  matrix = flatten([for index, subject in var.rule_matrix : [
    for rule_index, rule in subject.rules : merge(rule, {
      key                      = lookup(rule, "key", "_matrix_[${index}]#${rule_index}")
      cidr_blocks              = lookup(subject, "cidr_blocks", null)
      ipv6_cidr_blocks         = lookup(subject, "ipv6_cidr_blocks", null)
      prefix_list_ids          = lookup(subject, "prefix_list_ids", null)
      self                     = lookup(subject, "self", null)
      source_security_group_id = try(subject.source_security_group_ids[0], null)
    })
  ]])
  all_rules = { for rule in concat(local.listed, local.mapped, local.matrix) : rule.key => rule if var.enabled }
}

resource "aws_security_group" "default" {
  count = local.create ? 1 : 0
}

resource "aws_security_group_rule" "keyed" {
  for_each = local.all_rules

  security_group_id        = local.group_id
  type                     = each.value.type
  protocol                 = each.value.protocol
  from_port                = each.value.from_port
  to_port                  = each.value.to_port
  cidr_blocks              = lookup(each.value, "cidr_blocks", null)
  ipv6_cidr_blocks         = lookup(each.value, "ipv6_cidr_blocks", null)
  prefix_list_ids          = lookup(each.value, "prefix_list_ids", null)
  self                     = lookup(each.value, "self", null)
  source_security_group_id = lookup(each.value, "source_security_group_id", null)
}

output "id" {
  value = local.group_id
}
