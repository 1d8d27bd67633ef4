# sglint's model of terraform-aws-modules/eks/aws (any version): the cluster
# and node security groups with their additional rules. The module's own
# default rules come from the other group, the group itself, or are egress,
# so only what callers add can be public.

variable "create" {
  default = true
}

variable "create_cluster_security_group" {
  default = true
}

variable "create_node_security_group" {
  default = true
}

variable "cluster_security_group_additional_rules" {
  default = {}
}

variable "node_security_group_additional_rules" {
  default = {}
}

locals {
  create_cluster_sg = var.create && var.create_cluster_security_group
  create_node_sg    = var.create && var.create_node_security_group
}

resource "aws_security_group" "cluster" {
  count = local.create_cluster_sg ? 1 : 0
}

resource "aws_security_group" "node" {
  count = local.create_node_sg ? 1 : 0
}

resource "aws_security_group_rule" "cluster" {
  for_each = { for key, rule in var.cluster_security_group_additional_rules : key => rule if local.create_cluster_sg }

  security_group_id        = aws_security_group.cluster[0].id
  type                     = each.value.type
  protocol                 = each.value.protocol
  from_port                = each.value.from_port
  to_port                  = each.value.to_port
  cidr_blocks              = lookup(each.value, "cidr_blocks", null)
  ipv6_cidr_blocks         = lookup(each.value, "ipv6_cidr_blocks", null)
  prefix_list_ids          = lookup(each.value, "prefix_list_ids", null)
  self                     = lookup(each.value, "self", null)
  source_security_group_id = lookup(each.value, "source_node_security_group", false) ? aws_security_group.node[0].id : lookup(each.value, "source_security_group_id", null)
}

resource "aws_security_group_rule" "node" {
  for_each = { for key, rule in var.node_security_group_additional_rules : key => rule if local.create_node_sg }

  security_group_id        = aws_security_group.node[0].id
  type                     = each.value.type
  protocol                 = each.value.protocol
  from_port                = each.value.from_port
  to_port                  = each.value.to_port
  cidr_blocks              = lookup(each.value, "cidr_blocks", null)
  ipv6_cidr_blocks         = lookup(each.value, "ipv6_cidr_blocks", null)
  prefix_list_ids          = lookup(each.value, "prefix_list_ids", null)
  self                     = lookup(each.value, "self", null)
  source_security_group_id = lookup(each.value, "source_cluster_security_group", false) ? aws_security_group.cluster[0].id : lookup(each.value, "source_security_group_id", null)
}
