resource "aws_iam_role" "r3_0" {
  name = "${local.name}-3-0"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 9085 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r3_1" {
  name = "${local.name}-3-1"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 44997 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r3_2" {
  name = "${local.name}-3-2"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 1338 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r3_3" {
  name = "${local.name}-3-3"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 72165 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r3_4" {
  name = "${local.name}-3-4"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 52974 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r3_5" {
  name = "${local.name}-3-5"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 42649 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r3_6" {
  name = "${local.name}-3-6"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 24987 for benchmarks; mentions 0.0.0.0/0 only in text"
}

