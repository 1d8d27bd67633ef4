resource "aws_iam_role" "r21_0" {
  name = "${local.name}-21-0"
  tags = merge(local.tags, { part = "21" })
  description = "generated resource 34793 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r21_1" {
  name = "${local.name}-21-1"
  tags = merge(local.tags, { part = "21" })
  description = "generated resource 43481 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r21_2" {
  name = "${local.name}-21-2"
  tags = merge(local.tags, { part = "21" })
  description = "generated resource 48644 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r21_3" {
  name = "${local.name}-21-3"
  tags = merge(local.tags, { part = "21" })
  description = "generated resource 32294 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r21_4" {
  name = "${local.name}-21-4"
  tags = merge(local.tags, { part = "21" })
  description = "generated resource 89155 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r21_5" {
  name = "${local.name}-21-5"
  tags = merge(local.tags, { part = "21" })
  description = "generated resource 44003 for benchmarks; mentions 0.0.0.0/0 only in text"
}

