resource "aws_dynamodb_table" "r1_0" {
  name = "${local.name}-1-0"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 80404 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r1_1" {
  name = "${local.name}-1-1"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 28518 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r1_2" {
  name = "${local.name}-1-2"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 67350 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_dynamodb_table" "r1_3" {
  name = "${local.name}-1-3"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 7935 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r1_4" {
  name = "${local.name}-1-4"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 79674 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r1_5" {
  name = "${local.name}-1-5"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 26500 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r1_6" {
  name = "${local.name}-1-6"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 71393 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_lambda_function" "r1_7" {
  name = "${local.name}-1-7"
  tags = merge(local.tags, { part = "1" })
  description = "generated resource 5514 for benchmarks; mentions 0.0.0.0/0 only in text"
}

