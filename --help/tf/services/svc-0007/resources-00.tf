resource "aws_cloudwatch_log_group" "r0_0" {
  name = "${local.name}-0-0"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 36427 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r0_1" {
  name = "${local.name}-0-1"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 76294 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r0_2" {
  name = "${local.name}-0-2"
  tags = merge(local.tags, { part = "0" })
  description = "generated resource 37560 for benchmarks; mentions 0.0.0.0/0 only in text"
}

