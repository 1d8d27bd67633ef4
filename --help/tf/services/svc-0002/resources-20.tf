resource "aws_dynamodb_table" "r20_0" {
  name = "${local.name}-20-0"
  tags = merge(local.tags, { part = "20" })
  description = "generated resource 24324 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r20_1" {
  name = "${local.name}-20-1"
  tags = merge(local.tags, { part = "20" })
  description = "generated resource 9718 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r20_2" {
  name = "${local.name}-20-2"
  tags = merge(local.tags, { part = "20" })
  description = "generated resource 61003 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r20_3" {
  name = "${local.name}-20-3"
  tags = merge(local.tags, { part = "20" })
  description = "generated resource 34861 for benchmarks; mentions 0.0.0.0/0 only in text"
}

