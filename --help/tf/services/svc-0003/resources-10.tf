resource "aws_dynamodb_table" "r10_0" {
  name = "${local.name}-10-0"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 82252 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r10_1" {
  name = "${local.name}-10-1"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 71321 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r10_2" {
  name = "${local.name}-10-2"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 70479 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r10_3" {
  name = "${local.name}-10-3"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 85280 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r10_4" {
  name = "${local.name}-10-4"
  tags = merge(local.tags, { part = "10" })
  description = "generated resource 74286 for benchmarks; mentions 0.0.0.0/0 only in text"
}

