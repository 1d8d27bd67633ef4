variable "a" {}
variable "b" {}

locals {
  v1   = "p` is true and `q" == var.a ? 1 : 2
  v2   = "p` is false and `r" == var.b ? 10 : 20
  sum  = local.v1 + local.v2
  port = local.sum + 1
}

resource "aws_security_group_rule" "r" {
  type              = "ingress"
  security_group_id = "sg-1"
  protocol          = "tcp"
  from_port         = local.port
  to_port           = local.port
  cidr_blocks       = ["0.0.0.0/0"]
}
