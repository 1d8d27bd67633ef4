resource "aws_iam_role" "r28_0" {
  name = "${local.name}-28-0"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 15270 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r28_1" {
  name = "${local.name}-28-1"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 36423 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r28_2" {
  name = "${local.name}-28-2"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 81133 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r28_3" {
  name = "${local.name}-28-3"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 8201 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r28_4" {
  name = "${local.name}-28-4"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 59284 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r28_5" {
  name = "${local.name}-28-5"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 4411 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r28_6" {
  name = "${local.name}-28-6"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 67622 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r28_7" {
  name = "${local.name}-28-7"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 22931 for benchmarks; mentions 0.0.0.0/0 only in text"
}

