# sglint's model of terraform-aws-modules/vpc/aws (any version): the VPC's
# default security group (`default_security_group_ingress`, comma-separated
# `cidr_blocks`, every protocol unless `protocol` says otherwise) and the
# CIDR outputs, which are VPC and subnet blocks, never the internet.

variable "create_vpc" {
  default = true
}

variable "manage_default_security_group" {
  default = true
}

variable "default_security_group_ingress" {
  default = []
}

variable "public_subnets" {
  default = []
}

variable "private_subnets" {
  default = []
}

variable "database_subnets" {
  default = []
}

variable "redshift_subnets" {
  default = []
}

variable "elasticache_subnets" {
  default = []
}

variable "intra_subnets" {
  default = []
}

variable "outpost_subnets" {
  default = []
}

variable "secondary_cidr_blocks" {
  default = []
}

resource "aws_vpc" "this" {
  count = var.create_vpc ? 1 : 0
}

resource "aws_default_security_group" "this" {
  count = var.create_vpc && var.manage_default_security_group ? 1 : 0

  dynamic "ingress" {
    for_each = var.default_security_group_ingress
    content {
      self             = lookup(ingress.value, "self", null)
      cidr_blocks      = compact(split(",", lookup(ingress.value, "cidr_blocks", "")))
      ipv6_cidr_blocks = compact(split(",", lookup(ingress.value, "ipv6_cidr_blocks", "")))
      prefix_list_ids  = compact(split(",", lookup(ingress.value, "prefix_list_ids", "")))
      security_groups  = compact(split(",", lookup(ingress.value, "security_groups", "")))
      from_port        = lookup(ingress.value, "from_port", 0)
      to_port          = lookup(ingress.value, "to_port", 0)
      protocol         = lookup(ingress.value, "protocol", "-1")
    }
  }
}

resource "aws_subnet" "public" {
  count = length(var.public_subnets)
}

resource "aws_subnet" "private" {
  count = length(var.private_subnets)
}

resource "aws_subnet" "database" {
  count = length(var.database_subnets)
}

resource "aws_subnet" "redshift" {
  count = length(var.redshift_subnets)
}

resource "aws_subnet" "elasticache" {
  count = length(var.elasticache_subnets)
}

resource "aws_subnet" "intra" {
  count = length(var.intra_subnets)
}

resource "aws_subnet" "outpost" {
  count = length(var.outpost_subnets)
}

resource "aws_vpc_ipv4_cidr_block_association" "this" {
  count = length(var.secondary_cidr_blocks)
}

output "vpc_cidr_block" {
  value = aws_vpc.this[0].cidr_block
}

output "vpc_ipv6_cidr_block" {
  value = aws_vpc.this[0].ipv6_cidr_block
}

output "vpc_secondary_cidr_blocks" {
  value = aws_vpc_ipv4_cidr_block_association.this[*].cidr_block
}

output "public_subnets_cidr_blocks" {
  value = aws_subnet.public[*].cidr_block
}

output "public_subnets_ipv6_cidr_blocks" {
  value = aws_subnet.public[*].ipv6_cidr_block
}

output "private_subnets_cidr_blocks" {
  value = aws_subnet.private[*].cidr_block
}

output "private_subnets_ipv6_cidr_blocks" {
  value = aws_subnet.private[*].ipv6_cidr_block
}

output "database_subnets_cidr_blocks" {
  value = aws_subnet.database[*].cidr_block
}

output "database_subnets_ipv6_cidr_blocks" {
  value = aws_subnet.database[*].ipv6_cidr_block
}

output "redshift_subnets_cidr_blocks" {
  value = aws_subnet.redshift[*].cidr_block
}

output "elasticache_subnets_cidr_blocks" {
  value = aws_subnet.elasticache[*].cidr_block
}

output "intra_subnets_cidr_blocks" {
  value = aws_subnet.intra[*].cidr_block
}

output "outpost_subnets_cidr_blocks" {
  value = aws_subnet.outpost[*].cidr_block
}

output "default_security_group_id" {
  value = aws_default_security_group.this[0].id
}

output "vpc_id" {
  value = aws_vpc.this[0].id
}
