resource "aws_cloudwatch_log_group" "r0_0" {
  name = "${local.name}-0-0"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 99658 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r0_1" {
  name = "${local.name}-0-1"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 62755 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r0_2" {
  name = "${local.name}-0-2"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 34721 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r0_3" {
  name = "${local.name}-0-3"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 54799 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r0_4" {
  name = "${local.name}-0-4"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 17275 for benchmarks; mentions 0.0.0.0/0 only in text"
}

