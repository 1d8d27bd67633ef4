resource "aws_dynamodb_table" "r17_0" {
  name = "${local.name}-17-0"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 86826 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r17_1" {
  name = "${local.name}-17-1"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 7606 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r17_2" {
  name = "${local.name}-17-2"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 74066 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r17_3" {
  name = "${local.name}-17-3"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 35437 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r17_4" {
  name = "${local.name}-17-4"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 84631 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r17_5" {
  name = "${local.name}-17-5"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 43396 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r17_6" {
  name = "${local.name}-17-6"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 53555 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r17_7" {
  name = "${local.name}-17-7"
  tags = merge(local.tags, { part = "17" })
  description = "generated resource 19382 for benchmarks; mentions 0.0.0.0/0 only in text"
}

