resource "aws_iam_role" "r2_0" {
  name = "${local.name}-2-0"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 61682 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r2_1" {
  name = "${local.name}-2-1"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 6982 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r2_2" {
  name = "${local.name}-2-2"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 81337 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r2_3" {
  name = "${local.name}-2-3"
  tags = merge(local.tags, { part = "2" })
  description = "generated resource 72506 for benchmarks; mentions 0.0.0.0/0 only in text"
}

