# sglint's model of a preset, terraform-aws-modules/security-group/aws//modules/<name>:
# the main module with the preset's named rules added to `ingress_rules`.
# `auto_ingress_rules` is declared beside this file, from presets.txt.

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

variable "auto_ingress_with_self" {
  default = [{ rule = "all-all" }]
}

variable "ingress_with_source_security_group_id" {
  default = []
}

variable "computed_ingress_rules" {
  default = []
}

variable "auto_computed_ingress_rules" {
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

module "sg" {
  source = "../../"

  create            = var.create
  create_sg         = var.create_sg
  security_group_id = var.security_group_id
  use_name_prefix   = var.use_name_prefix
  name              = var.name

  ingress_rules            = sort(compact(distinct(concat(var.auto_ingress_rules, var.ingress_rules, [""]))))
  ingress_cidr_blocks      = var.ingress_cidr_blocks
  ingress_ipv6_cidr_blocks = var.ingress_ipv6_cidr_blocks
  ingress_prefix_list_ids  = var.ingress_prefix_list_ids

  ingress_with_cidr_blocks              = var.ingress_with_cidr_blocks
  ingress_with_ipv6_cidr_blocks         = var.ingress_with_ipv6_cidr_blocks
  ingress_with_self                     = concat(var.auto_ingress_with_self, var.ingress_with_self)
  ingress_with_source_security_group_id = var.ingress_with_source_security_group_id

  computed_ingress_rules                         = concat(var.auto_computed_ingress_rules, var.computed_ingress_rules)
  computed_ingress_with_cidr_blocks              = var.computed_ingress_with_cidr_blocks
  computed_ingress_with_ipv6_cidr_blocks         = var.computed_ingress_with_ipv6_cidr_blocks
  computed_ingress_with_self                     = var.computed_ingress_with_self
  computed_ingress_with_source_security_group_id = var.computed_ingress_with_source_security_group_id

  number_of_computed_ingress_rules                         = var.number_of_computed_ingress_rules
  number_of_computed_ingress_with_cidr_blocks              = var.number_of_computed_ingress_with_cidr_blocks
  number_of_computed_ingress_with_ipv6_cidr_blocks         = var.number_of_computed_ingress_with_ipv6_cidr_blocks
  number_of_computed_ingress_with_self                     = var.number_of_computed_ingress_with_self
  number_of_computed_ingress_with_source_security_group_id = var.number_of_computed_ingress_with_source_security_group_id
}

output "security_group_id" {
  value = module.sg.security_group_id
}
