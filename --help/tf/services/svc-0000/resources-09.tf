resource "aws_iam_role" "r9_0" {
  name = "${local.name}-9-0"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 16020 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r9_1" {
  name = "${local.name}-9-1"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 323 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r9_2" {
  name = "${local.name}-9-2"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 29121 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r9_3" {
  name = "${local.name}-9-3"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 54773 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r9_4" {
  name = "${local.name}-9-4"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 98299 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r9_5" {
  name = "${local.name}-9-5"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 13864 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r9_6" {
  name = "${local.name}-9-6"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 72563 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r9_7" {
  name = "${local.name}-9-7"
  tags = merge(local.tags, { part = "9" })
  description = "generated resource 64346 for benchmarks; mentions 0.0.0.0/0 only in text"
}

