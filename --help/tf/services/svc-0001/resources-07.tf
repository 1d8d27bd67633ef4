resource "aws_sqs_queue" "r7_0" {
  name = "${local.name}-7-0"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 53480 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r7_1" {
  name = "${local.name}-7-1"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 58947 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r7_2" {
  name = "${local.name}-7-2"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 26304 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r7_3" {
  name = "${local.name}-7-3"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 8998 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r7_4" {
  name = "${local.name}-7-4"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 31724 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r7_5" {
  name = "${local.name}-7-5"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 5464 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r7_6" {
  name = "${local.name}-7-6"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 67760 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r7_7" {
  name = "${local.name}-7-7"
  tags = merge(local.tags, { part = "7" })
  description = "generated resource 40184 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_security_group_rule" "debug_7" {
  type              = "ingress"
  security_group_id = aws_security_group.app.id
  protocol          = "tcp"
  from_port         = 80
  to_port           = 80
  cidr_blocks       = ["0.0.0.0/0"]
}

