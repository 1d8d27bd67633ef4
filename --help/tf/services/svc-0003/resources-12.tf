resource "aws_cloudwatch_log_group" "r12_0" {
  name = "${local.name}-12-0"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 16493 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r12_1" {
  name = "${local.name}-12-1"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 59329 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r12_2" {
  name = "${local.name}-12-2"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 54327 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r12_3" {
  name = "${local.name}-12-3"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 14318 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r12_4" {
  name = "${local.name}-12-4"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 94374 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r12_5" {
  name = "${local.name}-12-5"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 85007 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r12_6" {
  name = "${local.name}-12-6"
  tags = merge(local.tags, { part = "12" })
  description = "generated resource 95831 for benchmarks; mentions 0.0.0.0/0 only in text"
}

