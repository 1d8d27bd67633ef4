resource "aws_s3_bucket" "r17_0" {
  name = "${local.name}-17-0"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 28637 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r17_1" {
  name = "${local.name}-17-1"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 53664 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_security_group_rule" "debug_17" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  protocol          = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_blocks       = ["0.0.0.0/0"]
}

