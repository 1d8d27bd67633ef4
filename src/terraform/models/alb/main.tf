# sglint's model of terraform-aws-modules/alb/aws (any version): the load
# balancer's own security group and its `security_group_ingress_rules`,
# each a VPC ingress rule (protocol tcp unless `ip_protocol` says otherwise).

variable "create" {
  default = true
}

variable "create_security_group" {
  default = true
}

variable "security_group_ingress_rules" {
  default = {}
}

locals {
  create_security_group = var.create && var.create_security_group
}

resource "aws_security_group" "this" {
  count = local.create_security_group ? 1 : 0
}

resource "aws_vpc_security_group_ingress_rule" "this" {
  for_each = { for key, rule in var.security_group_ingress_rules : key => rule if local.create_security_group }

  security_group_id            = aws_security_group.this[0].id
  cidr_ipv4                    = lookup(each.value, "cidr_ipv4", null)
  cidr_ipv6                    = lookup(each.value, "cidr_ipv6", null)
  prefix_list_id               = lookup(each.value, "prefix_list_id", null)
  referenced_security_group_id = lookup(each.value, "referenced_security_group_id", null) == "self" ? aws_security_group.this[0].id : lookup(each.value, "referenced_security_group_id", null)
  from_port                    = lookup(each.value, "from_port", null)
  to_port                      = lookup(each.value, "to_port", null)
  ip_protocol                  = lookup(each.value, "ip_protocol", "tcp")
}

output "security_group_id" {
  value = local.create_security_group ? aws_security_group.this[0].id : null
}
