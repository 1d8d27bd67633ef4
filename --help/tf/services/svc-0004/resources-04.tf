resource "aws_dynamodb_table" "r4_0" {
  name = "${local.name}-4-0"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 67992 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r4_1" {
  name = "${local.name}-4-1"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 37197 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r4_2" {
  name = "${local.name}-4-2"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 19273 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r4_3" {
  name = "${local.name}-4-3"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 2501 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r4_4" {
  name = "${local.name}-4-4"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 62123 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r4_5" {
  name = "${local.name}-4-5"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 67149 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r4_6" {
  name = "${local.name}-4-6"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 54404 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r4_7" {
  name = "${local.name}-4-7"
  tags = merge(local.tags, { part = "4" })
  description = "generated resource 46294 for benchmarks; mentions 0.0.0.0/0 only in text"
}

