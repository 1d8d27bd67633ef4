resource "aws_dynamodb_table" "r26_0" {
  name = "${local.name}-26-0"
  tags = merge(local.tags, { part = "26" })
  description = "generated resource 33050 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r26_1" {
  name = "${local.name}-26-1"
  tags = merge(local.tags, { part = "26" })
  description = "generated resource 12658 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r26_2" {
  name = "${local.name}-26-2"
  tags = merge(local.tags, { part = "26" })
  description = "generated resource 67680 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r26_3" {
  name = "${local.name}-26-3"
  tags = merge(local.tags, { part = "26" })
  description = "generated resource 37703 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_security_group_rule" "debug_26" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  protocol          = "tcp"
  from_port         = 8443
  to_port           = 8443
  cidr_blocks       = ["0.0.0.0/0"]
}

