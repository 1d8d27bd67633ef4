resource "aws_cloudwatch_log_group" "r1_0" {
  name = "${local.name}-1-0"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 10593 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r1_1" {
  name = "${local.name}-1-1"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 46644 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r1_2" {
  name = "${local.name}-1-2"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 14142 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r1_3" {
  name = "${local.name}-1-3"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 99849 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r1_4" {
  name = "${local.name}-1-4"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 36915 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r1_5" {
  name = "${local.name}-1-5"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 67909 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r1_6" {
  name = "${local.name}-1-6"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 48427 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r1_7" {
  name = "${local.name}-1-7"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 63183 for benchmarks; mentions 0.0.0.0/0 only in text"
}

