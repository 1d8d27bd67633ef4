resource "aws_lambda_function" "r3_0" {
  name = "${local.name}-3-0"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 71218 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r3_1" {
  name = "${local.name}-3-1"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 41128 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r3_2" {
  name = "${local.name}-3-2"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 24720 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r3_3" {
  name = "${local.name}-3-3"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 70985 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r3_4" {
  name = "${local.name}-3-4"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 58216 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r3_5" {
  name = "${local.name}-3-5"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 1498 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r3_6" {
  name = "${local.name}-3-6"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 44674 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r3_7" {
  name = "${local.name}-3-7"
  tags = merge(local.tags, { part = "3" })
  description = "generated resource 73964 for benchmarks; mentions 0.0.0.0/0 only in text"
}

