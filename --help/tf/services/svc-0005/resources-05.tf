resource "aws_dynamodb_table" "r5_0" {
  name = "${local.name}-5-0"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 83462 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r5_1" {
  name = "${local.name}-5-1"
  tags = merge(local.tags, { part = "5" })
  description = "generated resource 10848 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_security_group_rule" "debug_5" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  protocol          = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_blocks       = ["0.0.0.0/0"]
}

