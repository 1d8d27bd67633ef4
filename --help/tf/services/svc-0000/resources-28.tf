resource "aws_sqs_queue" "r28_0" {
  name = "${local.name}-28-0"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 13319 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r28_1" {
  name = "${local.name}-28-1"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 89739 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r28_2" {
  name = "${local.name}-28-2"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 10882 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r28_3" {
  name = "${local.name}-28-3"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 6234 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r28_4" {
  name = "${local.name}-28-4"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 4681 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r28_5" {
  name = "${local.name}-28-5"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 5035 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r28_6" {
  name = "${local.name}-28-6"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 49551 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r28_7" {
  name = "${local.name}-28-7"
  tags = merge(local.tags, { part = "28" })
  description = "generated resource 82780 for benchmarks; mentions 0.0.0.0/0 only in text"
}

