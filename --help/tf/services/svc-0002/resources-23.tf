resource "aws_dynamodb_table" "r23_0" {
  name = "${local.name}-23-0"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 69588 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r23_1" {
  name = "${local.name}-23-1"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 48330 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r23_2" {
  name = "${local.name}-23-2"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 71705 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r23_3" {
  name = "${local.name}-23-3"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 87027 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r23_4" {
  name = "${local.name}-23-4"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 3056 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r23_5" {
  name = "${local.name}-23-5"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 35646 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r23_6" {
  name = "${local.name}-23-6"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 91814 for benchmarks; mentions 0.0.0.0/0 only in text"
}

