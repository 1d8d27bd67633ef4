resource "aws_security_group" "app" {
  name   = local.name
  vpc_id = "vpc-00000003"
  tags   = local.tags

  dynamic "ingress" {
    for_each = toset(local.ports)
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = local.office
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "extra" {
  count             = 2
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  protocol          = "tcp"
  from_port         = 9000 + count.index
  to_port           = 9000 + count.index
  cidr_blocks       = ["100.64.0.0/10"]
}

module "edge" {
  source = "../../shared/sg"
  name   = "svc-3-edge"
  rules = {
    https = { port = 443, cidrs = var.allowed_cidrs }
  }
}
